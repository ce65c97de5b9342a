"""``nashr build`` redoes only what changed: recorded by content hash in .nashr/build.sqlite."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from build_edition import make_edition, output_files, stamps
from conftest import SEEDS
from nashr.cli import app
from nashr.config import load_config
from nashr.pipeline import BuildOptions, BuildReport, build
from nashr.runner.state import BuildState, digest, tree_digest

REGISTER = {"persName": "persons", "orgName": "orgs", "placeName": "places"}
NEW_LINE = "این سطر پس از ساخت نخست به متن افزوده شد."


def run(root: Path, **options: object) -> BuildReport:
    return build(load_config(root), BuildOptions(jobs=1, volume=False, **options))


@pytest.fixture()
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, BuildReport]:
    """A two-text edition built once."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = make_edition(tmp_path / "edition")
    first = run(root)
    assert not first.failed and not first.unusable, first.failed + first.unusable
    return root, first


def test_a_build_with_nothing_changed_redoes_nothing_and_rewrites_nothing(built: tuple[Path, BuildReport]) -> None:
    root, first = built
    before = stamps(root)
    again = run(root)
    assert set(again.redone.values()) == {0}
    assert stamps(root) == before
    assert (again.tei, sorted(again.site), again.pdf) == (first.tei, sorted(first.site), first.pdf)
    result = CliRunner().invoke(app, ["build", "--edition", str(root), "--jobs", "1", "--no-volume"])
    assert result.exit_code == 0, result.output
    assert "redone: nothing, all up to date" in result.stderr


def test_one_changed_source_redoes_its_text_and_the_shared_pages_only(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    changed, other = (root / "seeds" / seed.name for seed in SEEDS[:2])
    with changed.open("a", encoding="utf-8") as handle:
        handle.write(NEW_LINE + "\n")
    before = stamps(root)
    report = run(root)
    assert report.redone == {"convert": 1, "validate": 1, "page": 1, "nav": 1, "search": 1, "site": 1, "pdf": 1,
                             "site pdf": 1}
    after = stamps(root)
    rewritten = {path for path in after if after[path] != before.get(path)}
    stem = changed.stem
    assert {f"tei/texts/{stem}.xml", f"site/texts/{stem}.html", f"pdf/{stem}.pdf", "site/index.html"} <= rewritten
    assert not {f"tei/texts/{other.stem}.xml", f"site/texts/{other.stem}.html", f"pdf/{other.stem}.pdf"} & rewritten
    assert NEW_LINE in (root / "site" / "texts" / f"{stem}.html").read_text(encoding="utf-8")


def test_a_changed_register_reconverts_every_text(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    persons = root / "tei" / "registers" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</listPerson>", "\n</listPerson>", 1),
                       encoding="utf-8")
    report = run(root)
    assert report.redone["convert"] == 2
    assert report.redone["validate"] == 1  # the register; the texts converted to the same bytes


def test_a_deleted_or_changed_output_is_made_again(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    page = root / "site" / "texts" / f"{SEEDS[0].stem}.html"
    pdf = root / "pdf" / f"{SEEDS[1].stem}.pdf"
    expected = page.read_bytes()
    page.unlink()
    pdf.write_bytes(b"not a PDF")
    report = run(root)
    assert (report.redone["page"], report.redone["pdf"], report.redone["convert"]) == (1, 1, 0)
    assert page.read_bytes() == expected
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_removed_source_takes_its_page_and_pdf_with_it(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    gone = SEEDS[1].stem
    registers = root / "site" / "registers"
    before = {p.relative_to(registers).as_posix() for p in registers.glob("*/*.html")}
    (root / "seeds" / SEEDS[1].name).unlink()
    report = run(root)
    # the entries only the removed text named lose their pages; the kept text's names keep theirs
    kept = etree.parse(root / "tei" / "texts" / f"{SEEDS[0].stem}.xml")
    named = {f"{REGISTER[etree.QName(e).localname]}/{e.get('ref').rpartition('#')[2]}.html"
             for e in kept.iterfind(".//{http://www.tei-c.org/ns/1.0}text//*[@ref]")}
    after = {p.relative_to(registers).as_posix() for p in registers.glob("*/*.html")}
    assert after == named and after < before
    assert not (root / "site" / "texts" / f"{gone}.html").exists()
    assert not (root / "pdf" / f"{gone}.pdf").exists()
    assert gone not in (root / "site" / "index.html").read_text(encoding="utf-8")
    assert [p.stem for p in report.tei] == [SEEDS[0].stem]
    assert (root / "tei" / "texts" / f"{gone}.xml").exists()  # a TEI file may hold a person's edits: kept


def test_a_hand_edited_tei_is_published_and_kept(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    tei = root / "tei" / "texts" / f"{SEEDS[0].stem}.xml"
    edited = tei.read_text(encoding="utf-8").replace("پلنوم", "پلنومِ", 1)
    tei.write_text(edited, encoding="utf-8")
    report = run(root)
    assert tei.read_text(encoding="utf-8") == edited
    assert any("edited after conversion" in w for w in report.warnings)
    assert "پلنومِ" in (root / "site" / "texts" / f"{SEEDS[0].stem}.html").read_text(encoding="utf-8")
    assert (report.redone["page"], report.redone["pdf"]) == (1, 1)
    assert set(run(root).redone.values()) == {0}


def test_force_redoes_everything_to_the_same_files(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    before = output_files(root)
    report = run(root, force=True)
    assert report.redone == {"convert": 2, "validate": 5, "page": 2, "nav": 2, "search": 1, "site": 1, "pdf": 2,
                             "site pdf": 2}
    assert output_files(root) == before


def test_edition_toml_is_a_dependency_of_every_unit(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    toml = root / "edition.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('publisher = "', 'publisher = "نشر ', 1),
                    encoding="utf-8")
    report = run(root)
    assert report.redone == {"convert": 2, "validate": 5, "page": 2, "nav": 2, "search": 1, "site": 1, "pdf": 2,
                             "site pdf": 2}


def test_the_record_survives_a_new_connection_and_keys_follow_content(tmp_path: Path) -> None:
    with BuildState(tmp_path / "s" / "build.sqlite") as state:
        out = tmp_path / "out.txt"
        out.write_text("x")
        state.record("pdf", "a", digest("k", 1), [out], {"warnings": ["w"]})
    with BuildState(tmp_path / "s" / "build.sqlite") as state:
        assert state.fresh("pdf", "a", digest("k", 1)).payload == {"warnings": ["w"]}
        assert state.fresh("pdf", "a", digest("k", 2)) is None
        out.write_text("changed")
        assert state.fresh("pdf", "a", digest("k", 1)) is None
    sheets = tmp_path / "xslt"
    sheets.mkdir()
    (sheets / "a.xsl").write_text("<a/>")
    first = tree_digest(sheets)
    (sheets / "a.xsl").write_text("<b/>")
    assert tree_digest(sheets) != first


def test_a_build_from_inside_the_edition_after_one_from_outside_keeps_the_shared_pages(
        built: tuple[Path, BuildReport], monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build named the edition by its absolute path (``nashr build --edition DIR``), the
    next runs inside it (``nashr build``): the shared pages it rewrote under relative names were
    taken for stale outputs of the last build and deleted (a user's site lost index.html, about.html
    and search.html after ``nashr entities apply`` and a build)."""
    root, _ = built
    with (root / "seeds" / SEEDS[0].name).open("a", encoding="utf-8") as handle:
        handle.write(NEW_LINE + "\n")
    monkeypatch.chdir(root)
    report = run(Path("."))
    assert report.redone["site"] == 1
    assert all((root / "site" / name).is_file() for name in ("index.html", "about.html", "search.html"))


def test_a_build_inside_the_edition_after_one_from_outside_redoes_nothing(
        built: tuple[Path, BuildReport], monkeypatch: pytest.MonkeyPatch) -> None:
    """``nashr build --edition DIR`` from the folder above, then ``nashr build`` inside DIR, then
    from its sources folder: one edition, one record (a user's second build redid every text)."""
    root, first = built
    before = stamps(root)
    for folder, edition in ((root.parent, root.name), (root, "."), (root / "seeds", "..")):
        monkeypatch.chdir(folder)
        result = CliRunner().invoke(app, ["build", "--edition", edition, "--jobs", "1", "--no-volume"])
        assert result.exit_code == 0, result.output
        assert "redone: nothing, all up to date" in result.stderr, (folder, result.stderr)
    assert stamps(root) == before
    monkeypatch.chdir(root)
    assert run(Path(".")).tei == first.tei  # the report's paths are absolute from any folder


def test_build_messages_name_files_as_the_user_named_the_edition(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A warning names the source relative to the current folder, whichever folder the build
    before it ran from (the record keeps absolute paths)."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = make_edition(tmp_path / "edition")
    (root / "seeds" / "twice.txt").write_text("نامه\n\nاین سطر دو بار آمده است.\n\nاین سطر دو بار آمده است.\n",
                                              encoding="utf-8")
    shown = []
    for folder, edition, name in ((tmp_path, "edition", "edition/seeds/twice.txt"), (root, ".", "seeds/twice.txt")):
        monkeypatch.chdir(folder)
        result = CliRunner().invoke(app, ["build", "--edition", edition, "--jobs", "1", "--no-volume"])
        assert result.exit_code == 0, result.output
        shown.append([line for line in result.stderr.splitlines() if "duplicate of line" in line])
        assert shown[-1] and all(f"warning: {name}:5:" in line for line in shown[-1]), result.stderr
