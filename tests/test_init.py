"""nashr init: a new edition folder that builds, validates and deposits as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nashr.cli import app
from nashr.config import Edition, Editor, load_config
from nashr.validate.validator import validate_files

FLAGS = ["--title", "نامه‌های یک انجمن", "--title-en", "Letters of a society", "--publisher", "کتابخانه",
         "--date", "2026-12-01", "--editor", "سارا رضایی", "--editor", "Ali Karimi", "--licence", "CC BY-SA 4.0",
         "--description", "Letters of a society.", "--contact", "editors@example.org",
         "--base-url", "https://example.org/letters/"]


def init(folder: Path, *extra: str) -> object:
    return CliRunner().invoke(app, ["init", str(folder), *FLAGS, *extra])


def test_init_makes_an_edition_that_reads_back(tmp_path: Path) -> None:
    result = init(tmp_path / "ed")
    assert result.exit_code == 0, result.output
    config = load_config(tmp_path / "ed")
    assert config.edition == Edition(
        title="نامه‌های یک انجمن", title_en="Letters of a society", publisher="کتابخانه", date="2026-12-01",
        licence="CC BY-SA 4.0", licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
        description="Letters of a society.", contact="editors@example.org", base_url="https://example.org/letters/",
        editors=(Editor("سارا رضایی"), Editor("Ali Karimi")))
    root = tmp_path / "ed"
    assert (root / "sources").is_dir() and (root / "tei" / "texts").is_dir()
    assert sorted(p.name for p in (root / "tei" / "schema").iterdir()) == ["nashr.odd", "nashr.rng", "nashr.sch"]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "nashr build" in readme
    assert "cd site && python3 -m http.server" in readme  # search works only served
    registers = sorted((root / "tei" / "registers").glob("*.xml"))
    assert [p.name for p in registers] == ["orgs.xml", "persons.xml", "places.xml"]
    reports = validate_files(registers, schema="auto")
    assert [r.status for r in reports] == ["valid"] * 3, [p.message for r in reports for p in r.problems]


def test_init_never_overwrites_an_edition(tmp_path: Path) -> None:
    assert init(tmp_path).exit_code == 0
    config = (tmp_path / "edition.toml").read_bytes()
    again = init(tmp_path, "--title", "other")
    assert again.exit_code == 2 and "never overwrites" in again.stderr
    assert (tmp_path / "edition.toml").read_bytes() == config


def test_init_takes_a_year_for_the_date(tmp_path: Path) -> None:
    """``nashr init --date 2026`` (a year is ISO 8601) was refused."""
    result = init(tmp_path / "ed", "--date", "2026")
    assert result.exit_code == 0, result.output
    assert load_config(tmp_path / "ed").edition.date == "2026"


def test_init_refuses_a_base_url_that_is_no_web_address(tmp_path: Path) -> None:
    result = init(tmp_path / "ed", "--base-url", "example.org/letters")
    assert result.exit_code == 2 and "is not an http(s) URL" in result.stderr
    assert not (tmp_path / "ed").exists()


def test_init_refuses_a_wrong_value(tmp_path: Path) -> None:
    result = init(tmp_path / "ed", "--date", "1403-09-10")
    assert result.exit_code == 2 and "Solar Hijri" in result.stderr
    assert not (tmp_path / "ed").exists()


def test_an_edition_without_sources_is_an_error_naming_the_glob(tmp_path: Path) -> None:
    assert init(tmp_path).exit_code == 0
    result = CliRunner().invoke(app, ["build", "--edition", str(tmp_path)])
    assert result.exit_code == 2
    assert "no sources match 'sources/*.txt'" in result.stderr
    assert not (tmp_path / "site").exists() and not (tmp_path / "pdf").exists()


@pytest.mark.parametrize("command", ["html", "pdf"])
def test_new_xml_files_are_never_published(tmp_path: Path, command: str) -> None:
    assert init(tmp_path).exit_code == 0
    (tmp_path / "tei" / "texts" / "a.new.xml").write_text("<TEI/>", encoding="utf-8")
    result = CliRunner().invoke(app, [command, "--edition", str(tmp_path)])
    assert result.exit_code == 2 and "no TEI files given and none in" in result.stderr
    given = CliRunner().invoke(app, [command, "--edition", str(tmp_path), str(tmp_path / "tei/texts/a.new.xml")])
    assert given.exit_code == 2 and "a.new.xml: not published" in given.stderr


def test_init_in_a_script_needs_title_publisher_and_date(tmp_path: Path) -> None:
    # CliRunner's input is not a terminal, as in a script or CI: nothing is asked, nothing aborts.
    result = CliRunner().invoke(app, ["init", str(tmp_path / "ed"), "--publisher", "کتابخانه"])
    assert result.exit_code == 2, result.output
    assert "missing --title, --date" in result.output
    assert not (tmp_path / "ed").exists()


def test_init_in_a_script_takes_the_defaults_for_the_rest(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["init", str(tmp_path / "ed"), "--title", "نامه‌ها", "--publisher",
                                      "کتابخانه", "--date", "2026-12-01"])
    assert result.exit_code == 0, result.output
    edition = load_config(tmp_path / "ed").edition
    assert (edition.title, edition.licence, edition.title_en, edition.contact, edition.editors) == (
        "نامه‌ها", "CC BY 4.0", "", "", ())
