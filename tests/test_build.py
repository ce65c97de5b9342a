"""``nashr build`` end to end on a small edition: every stage runs, one bad source stops nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from nashr.cli import app


@pytest.fixture()
def edition_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two seeds, an empty source, the project's registers, schemas and edition.toml; an empty
    schema cache of the test's own."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "edition"
    (root / "seeds").mkdir(parents=True)
    for seed in SEEDS[:2]:
        shutil.copy(seed, root / "seeds" / seed.name)
    (root / "seeds" / "empty.txt").write_bytes(b"")
    shutil.copytree(ROOT / "tei" / "registers", root / "tei" / "registers")
    shutil.copytree(ROOT / "tei" / "schema", root / "tei" / "schema")
    shutil.copy(ROOT / "edition.toml", root / "edition.toml")
    return root


def test_build_publishes_every_usable_text_and_exits_2_for_the_bad_one(edition_root: Path) -> None:
    # a user's Markdown page copied in with the .txt sources: left out by sources = "seeds/*.txt", and said so;
    # the catalog and a text's corrections of roles are the sources' companions, not left out
    shutil.copy(ROOT / "tests" / "data" / "user-texts" / "fa-react-dev-editor-setup.md", edition_root / "seeds")
    shutil.copy(ROOT / "seeds" / "catalog.csv", edition_root / "seeds")
    (edition_root / "seeds" / f"{SEEDS[0].stem}.roles.tsv").write_text("# no corrections yet\n", "utf-8")
    result = CliRunner().invoke(app, ["build", "--edition", str(edition_root)])
    assert ("warning: seeds/fa-react-dev-editor-setup.md: not converted: it does not match [paths] sources = "
            "'seeds/*.txt' in edition.toml") in result.stderr
    assert result.stderr.count("not converted") == 1
    assert result.exit_code == 2, result.output
    assert "empty.txt: empty file" in result.stderr
    stems = sorted(seed.stem for seed in SEEDS[:2])
    assert sorted(p.stem for p in (edition_root / "tei" / "texts").glob("*.xml")) == stems
    assert sorted(p.stem for p in (edition_root / "site" / "texts").glob("*.html")) == stems
    assert sorted(p.stem for p in (edition_root / "pdf").glob("*.pdf")) == [*stems, "volume"]
    assert result.stderr.count("error:") == 1  # the empty source only: the texts are valid


def test_two_sources_for_one_tei_file_stop_only_the_second(edition_root: Path) -> None:
    """A copy of a seed whose name differs from the seed's only where a TEI name makes «-» of what is
    not a Latin letter, digit, «.», «_» or «-» («~» here): the build converts the first in order
    of names (the seed's) and refuses the second, naming both."""
    seed = edition_root / "seeds" / SEEDS[0].name
    twin = seed.with_name(SEEDS[0].stem.replace("-", "~", 1) + ".txt")
    shutil.copy(seed, twin)
    result = CliRunner().invoke(app, ["build", "--edition", str(edition_root)])
    assert result.exit_code == 2
    assert f"{twin.relative_to(edition_root)}: its TEI would be {SEEDS[0].stem}.xml, as that of" in result.stderr
    assert sorted(p.stem for p in (edition_root / "site" / "texts").glob("*.html")) == sorted(s.stem for s in SEEDS[:2])


def test_a_register_with_an_xml_id_used_twice_is_an_error_naming_the_file_not_a_traceback(
        edition_root: Path) -> None:
    (edition_root / "seeds" / "empty.txt").unlink()
    persons = edition_root / "tei" / "registers" / "persons.xml"
    ids = [line.split('xml:id="')[1].split('"')[0] for line in persons.read_text("utf-8").splitlines()
           if "<person " in line and 'xml:id="' in line]
    persons.write_text(persons.read_text("utf-8").replace(f'xml:id="{ids[1]}"', f'xml:id="{ids[0]}"', 1), "utf-8")
    result = CliRunner().invoke(app, ["build", "--edition", str(edition_root), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert f"persons.xml: ID {ids[0]} already defined" in result.stderr
    assert "Traceback" not in result.output


def test_a_hand_edited_text_that_is_not_well_formed_stops_the_build_with_its_file_and_line(
        edition_root: Path) -> None:
    (edition_root / "seeds" / "empty.txt").unlink()
    runner = CliRunner()
    assert runner.invoke(app, ["build", "--edition", str(edition_root), "--jobs", "1"]).exit_code == 0
    tei = sorted((edition_root / "tei" / "texts").glob("*.xml"))[0]
    lines = tei.read_text("utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if "</body>" in line)
    lines[broken] = lines[broken].replace("</body>", "</bodyy>")  # a slip while editing by hand
    tei.write_text("\n".join(lines) + "\n", "utf-8")
    result = runner.invoke(app, ["build", "--edition", str(edition_root), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"{tei.name}:{broken + 1}: not well-formed XML" in result.stderr


def test_an_edition_of_one_text_builds_with_worker_processes(tmp_path: Path) -> None:
    """One text on two workers: its PDF is printed in this process while a thread joins the
    volume; both import WeasyPrint (a fresh interpreter: pytest's may have it imported already)."""
    import os
    import subprocess
    import sys

    root = tmp_path / "guides"
    made = CliRunner().invoke(app, ["init", str(root), "--title", "راهنماها", "--publisher", "نشر",
                                    "--date", "2026-12-02"])
    assert made.exit_code == 0, made.output
    toml = root / "edition.toml"
    toml.write_text(toml.read_text("utf-8").replace('"sources/*.txt"', '"sources/*.md"'), "utf-8")
    shutil.copy(ROOT / "tests" / "data" / "user-texts" / "fa-react-dev-editor-setup.md", root / "sources")
    result = subprocess.run(
        [sys.executable, "-c", "from nashr.cli import app; app()", "build", "--edition", str(root), "--jobs", "2"],
        capture_output=True, text=True, env={**os.environ, "NASHR_CACHE_DIR": str(tmp_path / "cache")},
        timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(p.name for p in (root / "pdf").glob("*.pdf")) == ["fa-react-dev-editor-setup.pdf", "volume.pdf"]


def test_no_source_matching_is_an_error_not_an_edition_up_to_date(edition_root: Path) -> None:
    toml = edition_root / "edition.toml"
    toml.write_text(toml.read_text("utf-8").replace('"seeds/*.txt"', '"texts/*.txt"'), "utf-8")
    result = CliRunner().invoke(app, ["build", "--edition", str(edition_root)])
    assert result.exit_code == 2, result.output
    assert "error: no sources match 'texts/*.txt'" in result.stderr
    assert "all up to date" not in result.stderr


def test_an_edition_without_a_licence_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """edition.toml needs only a title, a publisher and a date (README): a user's Markdown page,
    no licence; every conversion failed («nashr built TEI that its schema rejects»), then the
    search index of no text stopped the build with Pagefind's traceback."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "guides"
    made = CliRunner().invoke(app, ["init", str(root), "--title", "راهنماها", "--publisher", "نشر",
                                    "--date", "2026-12-02"])
    assert made.exit_code == 0, made.output
    (root / "edition.toml").write_text('[edition]\ntitle = "راهنماها"\npublisher = "نشر"\ndate = "2026-12-02"\n\n'
                                       '[paths]\nsources = "sources/*.md"\n', "utf-8")
    shutil.copy(ROOT / "tests" / "data" / "user-texts" / "fa-react-dev-editor-setup.md", root / "sources")
    result = CliRunner().invoke(app, ["build", "--edition", str(root), "--jobs", "1", "--no-volume"])
    assert result.exit_code == 0, result.output
    assert (root / "site" / "texts" / "fa-react-dev-editor-setup.html").is_file()
