"""edition.toml is checked against its declared schema: each mistake named, with the key and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nashr.cli import app
from nashr.config import ConfigError, build_date, load_config

GOOD = '[edition]\ntitle = "ویرایش"\npublisher = "p"\ndate = "2026-11-23"\n'


def problem(tmp_path: Path, text: str) -> str:
    (tmp_path / "edition.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    return str(caught.value)


@pytest.mark.parametrize(("text", "message"), [
    (GOOD + 'license = "CC BY 4.0"\n', "[edition] license: unknown key (did you mean licence?)"),
    (GOOD + '[[edition.editor]]\nname = "x"\n', "[edition] editor: unknown key (did you mean editors?)"),
    (GOOD + '[[edition.editors]]\nname = "x"\nrol = "y"\n',
     "[[edition.editors]] entry 1 rol: unknown key (did you mean role?)"),
    (GOOD + '[paths]\nsource = "texts/*.txt"\n', "[paths] source: unknown key (did you mean sources?)"),
    (GOOD.replace('"2026-11-23"', '"1403-12-11"'),
     "[edition] date: '1403-12-11' looks like a Solar Hijri date; write it in the Gregorian calendar "
     "(ISO 8601): 2025-03-01"),
    (GOOD.replace('"2026-11-23"', '"2026-02-30"'), "[edition] date: '2026-02-30' is not an ISO 8601 date"),
    (GOOD.replace('"2026-11-23"', '"1405"'),
     "[edition] date: '1405' looks like a Solar Hijri date; write it in the Gregorian calendar "
     "(ISO 8601): 2026-03-21 (the year's first day)"),
    (GOOD.replace('"2026-11-23"', '"2026-13"'), "[edition] date: '2026-13' is not an ISO 8601 date"),
    (GOOD.replace('"2026-11-23"', '"26"'), "[edition] date: '26' is not an ISO 8601 date"),
    (GOOD.replace('"2026-11-23"', '"23/11/2026"'), "[edition] date: '23/11/2026' is not an ISO 8601 date"),
    (GOOD + 'licence = "free for all"\n', "[edition] licence: 'free for all' is neither an SPDX licence identifier"),
    (GOOD + 'base_url = "example.org/x"\n', "[edition] base_url: 'example.org/x' is not an http(s) URL"),
    (GOOD.replace('title = "ویرایش"', "title = 3"), "[edition] title: expected `str`, got `int`"),
    (GOOD.replace('publisher = "p"\n', ""), "[edition] publisher: required key missing"),
    ('[editon]\ntitle = "t"\n', "editon: unknown key (did you mean edition?)"),
    ('[edition\ntitle = "t"\n', "not valid TOML"),
])
def test_each_mistake_is_named_with_its_key(tmp_path: Path, text: str, message: str) -> None:
    assert message in problem(tmp_path, text)


def test_licences_by_spdx_id_creative_commons_name_or_url(tmp_path: Path) -> None:
    urls = {
        "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        "CC0 1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
        "MIT": "https://spdx.org/licenses/MIT.html",
        "http://rightsstatements.org/vocab/InC/1.0/": "http://rightsstatements.org/vocab/InC/1.0/",
    }
    for licence, url in urls.items():
        (tmp_path / "edition.toml").write_text(GOOD + f'licence = "{licence}"\n', encoding="utf-8")
        edition = load_config(tmp_path / "edition.toml").edition
        assert (edition.licence, edition.licence_url) == (licence, url)


def test_paths_default_to_the_edition_layout_and_can_be_moved(tmp_path: Path) -> None:
    (tmp_path / "edition.toml").write_text(GOOD + '[paths]\nsources = "texts/*.txt"\nsite = "public"\n',
                                           encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("متن", encoding="utf-8")
    layout = load_config(tmp_path).layout
    assert layout.source_files() == [tmp_path / "texts" / "a.txt"]
    assert (layout.site, layout.texts, layout.schema) == (tmp_path / "public", tmp_path / "tei/texts",
                                                          tmp_path / "tei/schema")


def test_a_date_literal_and_no_licence_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "edition.toml").write_text(GOOD.replace('"2026-11-23"', "2026-11-23"), encoding="utf-8")
    edition = load_config(tmp_path).edition
    assert (edition.date, edition.licence, edition.licence_url) == ("2026-11-23", "", "")


@pytest.mark.parametrize(("date", "stamped"), [("2026", "2026-01-01"), ("2026-12", "2026-12-01"),
                                               ("2026-12-04", "2026-12-04")])
def test_a_year_or_month_is_a_date_and_outputs_take_its_first_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str, stamped: str) -> None:
    """ISO 8601 dates a publication by its year or month (``2026``, ``2026-12``); the build's fixed
    date, which the headers, PDFs and bag need as a day, is that period's first day."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "edition.toml").write_text(GOOD.replace("2026-11-23", date), encoding="utf-8")
    edition = load_config(tmp_path).edition
    assert (edition.date, build_date(edition).isoformat()) == (date, stamped)


def test_the_command_prints_brackets_as_written(tmp_path: Path) -> None:
    (tmp_path / "edition.toml").write_text(GOOD + 'license = "MIT"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "--edition", str(tmp_path)])
    assert result.exit_code == 2
    assert "[edition] license: unknown key (did you mean licence?)" in result.stderr
