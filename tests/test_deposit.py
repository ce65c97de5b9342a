"""nashr deposit: the BagIt bag, its determinism, the pre-flight checks, --check, the command."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import bagit
import pytest
import typer
from lxml import etree
from typer.testing import CliRunner

from conftest import ROOT
from deposit_project import EDITION, PROJECT, jing_validator, make_pdf, make_project
from nashr.commands.deposit import deposit as deposit_command
from nashr.deposit.bag import DepositError, check_bag, make_deposit
from nashr.deposit.preflight import Problem

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TAG_FILES = (
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "manifest-sha512.txt",
    "tagmanifest-sha256.txt",
    "tagmanifest-sha512.txt",
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".deposit"))


def _deposit_problems(project: Path, edition=EDITION, validator=None) -> list[Problem]:
    with pytest.raises(DepositError) as caught:
        make_deposit(project, project / "deposit", edition, validator=validator)
    return caught.value.problems


# --- the bag ---------------------------------------------------------------------------------


def test_bag_holds_the_edition_and_validates(project: Path) -> None:
    bag_dir = make_deposit(project, project / "deposit", EDITION)
    bag = bagit.Bag(str(bag_dir))
    assert bag.is_valid()
    assert sorted(bag.algorithms) == ["sha256", "sha512"]
    payload = sorted(bag.payload_files())
    assert payload == [
        "data/metadata/datacite.xml",
        "data/metadata/dc/internasional-216-plenum-29.xml",
        "data/metadata/dc/internasional-300-statement.xml",
        "data/metadata/zenodo.json",
        "data/mets.xml",
        "data/pdf/internasional-216-plenum-29.pdf",
        "data/pdf/internasional-300-statement.pdf",
        "data/site/index.html",
        "data/site/internasional-216-plenum-29.html",
        "data/site/internasional-300-statement.html",
        "data/site/style.css",
        "data/tei/corpus.xml",
        "data/tei/registers/persons.xml",
        "data/tei/schema/nashr.rng",
        "data/tei/texts/internasional-216-plenum-29.xml",
        "data/tei/texts/internasional-300-statement.xml",
    ]
    # copied, not moved: the project is as it was
    for name in ("tei/texts/internasional-216-plenum-29.xml", "site/index.html", "pdf/internasional-300-statement.pdf"):
        assert (project / name).read_bytes() == (bag_dir / "data" / name).read_bytes()
    assert check_bag(bag_dir) == []


def test_bag_info_fields(project: Path) -> None:
    bag_dir = make_deposit(project, project / "deposit", EDITION)
    info = bagit.Bag(str(bag_dir)).info
    assert info["Source-Organization"] == "nashr project"
    assert info["Contact-Name"] == "Shirin Karimi"
    assert info["Contact-Email"] == "editors@example.org"
    assert info["External-Description"] == "Two Persian party texts encoded in TEI P5."
    assert info["Bagging-Date"] == "2026-11-23"
    files = [p for p in (bag_dir / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in files)}.{len(files)}"


def test_bagging_date_comes_from_the_edition_or_source_date_epoch_the_publication_date_from_the_edition(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    older = dataclasses.replace(EDITION, date="2019-03-04")
    bag_dir = make_deposit(project, project / "a", older)
    assert bagit.Bag(str(bag_dir)).info["Bagging-Date"] == "2019-03-04"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14T22:13:20Z
    bag_dir = make_deposit(project, project / "b", older)
    assert bagit.Bag(str(bag_dir)).info["Bagging-Date"] == "2023-11-14"
    mets = (bag_dir / "data" / "mets.xml").read_text(encoding="utf-8")
    assert 'CREATEDATE="2023-11-14T00:00:00Z"' in mets
    # the publication date stays the declared one (the coordinator's rule of round 28)
    corpus = (bag_dir / "data" / "tei" / "corpus.xml").read_text(encoding="utf-8")
    assert '<date when="2019-03-04">2019-03-04</date>' in corpus and "2023-11-14" not in corpus
    datacite = (bag_dir / "data" / "metadata" / "datacite.xml").read_text(encoding="utf-8")
    assert '<date dateType="Issued">2019-03-04</date>' in datacite
    # mtimes are the build date too (an archive of the bag is reproducible)
    midnight = dt.datetime(2023, 11, 14, tzinfo=dt.UTC).timestamp()
    assert {p.stat().st_mtime for p in bag_dir.rglob("*")} == {midnight}


def test_rerun_gives_an_identical_bag(project: Path, tmp_path: Path) -> None:
    first = make_deposit(project, project / "deposit", EDITION)
    before = _files(first)
    again = make_deposit(project, project / "deposit", EDITION)  # replaces it
    elsewhere = make_deposit(project, tmp_path / "other" / "bag", EDITION)
    assert _files(again) == before
    assert _files(elsewhere) == before
    for name in TAG_FILES:
        assert name in before
    assert _leftovers(project) == []


def test_tag_manifests_are_sorted(project: Path) -> None:
    bag_dir = make_deposit(project, project / "deposit", EDITION)
    for alg in ("sha256", "sha512"):
        names = [line.split(" ", 1)[1] for line in
                 (bag_dir / f"tagmanifest-{alg}.txt").read_text(encoding="utf-8").splitlines()]
        assert names == sorted(names)
        assert names == ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"]


# --- pre-flight: never half a package ---------------------------------------------------------


def test_every_problem_is_listed_and_nothing_is_written(project: Path) -> None:
    texts = project / "tei" / "texts"
    first = texts / "internasional-216-plenum-29.xml"
    first.write_bytes(b"\xef\xbb\xbf" + first.read_bytes())  # BOM
    second = texts / "internasional-300-statement.xml"
    xml = second.read_text(encoding="utf-8")
    xml = re.sub(r"<\?xml-model[^>]*\?>\n", "", xml)  # no schema declaration
    xml = re.sub(r"<availability>.*?</availability>", "", xml)  # no licence
    second.write_text(xml, encoding="utf-8")
    (project / "tei" / "schema" / "nashr.rng").write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><empty/></start></grammar>\n',
        encoding="utf-8")  # no XML declaration
    (project / "site" / "my page.html").write_text("<p>صفحه</p>\n", encoding="utf-8")
    shutil.copyfile(project / "site" / "style.css", project / "site" / "style-copy.css")  # the site may copy
    shutil.copyfile(project / "pdf" / "internasional-216-plenum-29.pdf", project / "pdf" / "plenum-copy.pdf")
    make_pdf(project / "pdf" / "internasional-300-statement.pdf", "plain", pdf_a=False)
    edition = dataclasses.replace(EDITION, licence="", editors=())

    problems = _deposit_problems(project, edition)

    found = {(p.file, p.message) for p in problems}
    assert ("edition.toml", "[edition] has no licence") in found
    assert ("edition.toml", "no creators: [[edition.editors]] is empty") in found
    assert ("site/my page.html", "file name is not ASCII or contains spaces") in found
    assert ("tei/texts/internasional-216-plenum-29.xml", "begins with a byte order mark") in found
    assert ("pdf/plenum-copy.pdf", "has the same content as pdf/internasional-216-plenum-29.pdf") in found
    assert not any(name.startswith("site/style") for name, _ in found)
    assert ("tei/schema/nashr.rng", "has no XML declaration") in found
    assert ("tei/texts/internasional-300-statement.xml", "has no <?xml-model?> schema declaration") in found
    assert ("tei/texts/internasional-300-statement.xml", "has no licence") in found
    assert ("pdf/internasional-300-statement.pdf",
            "is not PDF/A (no pdfaid:part in its XMP metadata)") in found
    assert len(problems) == 9
    assert all(p.fix for p in problems)
    assert not (project / "deposit").exists()
    assert _leftovers(project) == []


def test_missing_parts_and_a_file_without_creator(project: Path) -> None:
    shutil.rmtree(project / "pdf")
    shutil.rmtree(project / "tei" / "registers")
    text = project / "tei" / "texts" / "internasional-300-statement.xml"
    xml = text.read_text(encoding="utf-8")
    text.write_text(re.sub(r"<author>.*?</author>", "", xml), encoding="utf-8")
    problems = _deposit_problems(project)
    assert [(p.file, p.message) for p in problems] == [
        ("tei/registers/", "is missing or empty"),
        ("pdf/", "is missing or empty"),
        ("tei/texts/internasional-300-statement.xml", "has no creator"),
    ]
    # the usual cause: the text was built before edition.toml named its editors
    assert "[[edition.editors]]" in problems[2].fix and "nashr build" in problems[2].fix


def test_a_hand_edited_text_deposits_without_its_draft(project: Path) -> None:
    """A text edited by hand after conversion has a ``NAME.new.xml`` beside it (the build's new
    version, never published): it went into the payload and its metadata record clashed with the
    text's ("has the same content"), so an edition with one hand edit could not be deposited; and
    the edited text, kept without the editors a later edition.toml named, was told to run the build
    that keeps it."""
    text = project / "tei" / "texts" / "internasional-300-statement.xml"
    draft = text.with_name("internasional-300-statement.new.xml")
    shutil.copyfile(text, draft)
    text.write_text(re.sub(r"<author>.*?</author>", "", text.read_text(encoding="utf-8")), encoding="utf-8")
    problems = _deposit_problems(project)
    assert [(p.file, p.message) for p in problems] == [("tei/texts/internasional-300-statement.xml", "has no creator")]
    assert draft.name in problems[0].fix and "--overwrite-edited" in problems[0].fix
    shutil.copyfile(draft, text)  # the editor copies the header's creator back
    bag = make_deposit(project, project / "deposit", EDITION)
    assert not list(bag.rglob("*.new.xml"))
    assert "new.xml" not in (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert (bag / "data" / "tei" / "texts" / text.name).is_file()


def test_invalid_tei_is_named_by_the_validator(project: Path) -> None:
    calls: list[list[Path]] = []

    def flag_one(paths: Sequence[Path]) -> list[tuple[Path, str]]:
        calls.append(list(paths))
        return [(p, "line 20: element \"foo\" not allowed here") for p in paths
                if p.name == "internasional-300-statement.xml"]

    problems = _deposit_problems(project, validator=flag_one)
    assert [(p.file, p.message) for p in problems] == [
        ("tei/texts/internasional-300-statement.xml",
         'is not valid: line 20: element "foo" not allowed here'),
    ]
    # every TEI document, texts and registers, went to the validator; schemas did not
    assert sorted(p.name for p in calls[0]) == [
        "internasional-216-plenum-29.xml", "internasional-300-statement.xml", "persons.xml"]


def test_real_relax_ng_validation_through_the_hook(project: Path) -> None:
    good = make_deposit(project, project / "deposit", EDITION, validator=jing_validator)
    assert check_bag(good, jing_validator) == []
    text = project / "tei" / "texts" / "internasional-300-statement.xml"
    text.write_text(text.read_text(encoding="utf-8").replace("<body>", "<body><foo/>"),
                    encoding="utf-8")
    problems = _deposit_problems(project, validator=jing_validator)
    assert len(problems) == 1
    assert problems[0].file == "tei/texts/internasional-300-statement.xml"
    assert "foo" in problems[0].message


def test_a_failed_deposit_leaves_the_previous_bag_untouched(project: Path) -> None:
    bag_dir = make_deposit(project, project / "deposit", EDITION)
    before = _files(bag_dir)
    (project / "site" / "نقشه.html").write_text("<p/>\n", encoding="utf-8")
    problems = _deposit_problems(project)
    assert [p.file for p in problems] == ["site/نقشه.html"]
    assert _files(bag_dir) == before
    assert _leftovers(project) == []


def test_a_directory_that_is_not_a_bag_is_never_replaced(project: Path) -> None:
    target = project / "notes"
    target.mkdir()
    (target / "todo.txt").write_text("keep me\n", encoding="utf-8")
    with pytest.raises(DepositError) as caught:
        make_deposit(project, target, EDITION)
    assert [p.message for p in caught.value.problems] == [
        "exists and is not a bag nashr made; nashr will not replace it"]
    assert (target / "todo.txt").read_text(encoding="utf-8") == "keep me\n"
    # nor is a bag made by another tool
    other = project / "other-bag"
    other.mkdir()
    (other / "todo.txt").write_text("keep me\n", encoding="utf-8")
    bagit.make_bag(str(other))
    with pytest.raises(DepositError):
        make_deposit(project, other, EDITION)
    assert (other / "data" / "todo.txt").read_text(encoding="utf-8") == "keep me\n"


def test_the_bag_may_not_go_inside_the_payload(project: Path) -> None:
    with pytest.raises(DepositError) as caught:
        make_deposit(project, project / "site" / "deposit", EDITION)
    assert [p.message for p in caught.value.problems] == [
        "overlaps site/, which goes into the deposit"]


# --- check_bag ------------------------------------------------------------------------------


@pytest.fixture
def bag(project: Path) -> Path:
    return make_deposit(project, project / "deposit", EDITION)


def test_check_names_a_changed_file(bag: Path) -> None:
    css = bag / "data" / "site" / "style.css"
    css.write_bytes(css.read_bytes().replace(b"rtl", b"ltr"))  # same size: Oxum still agrees
    problems = check_bag(bag)
    assert {(p.file, p.message) for p in problems} == {
        ("data/site/style.css", "changed since bagging (sha256 differs)"),
        ("data/site/style.css", "changed since bagging (sha512 differs)"),
    }


def test_check_names_missing_and_unexpected_files(bag: Path) -> None:
    (bag / "data" / "site" / "index.html").unlink()
    (bag / "data" / "site" / "extra.html").write_text("<p/>\n", encoding="utf-8")
    found = {(p.file, p.message) for p in check_bag(bag)}
    assert ("data/site/index.html", "is listed in the manifest but missing") in found
    assert ("data/site/extra.html", "is in the payload but not in the manifest") in found


def test_check_names_missing_bag_info_fields_and_metadata(bag: Path) -> None:
    info = bag / "bag-info.txt"
    info.write_text("".join(line for line in info.read_text(encoding="utf-8").splitlines(True)
                            if not line.startswith("Contact-Name")), encoding="utf-8")
    found = {(p.file, p.message) for p in check_bag(bag)}
    assert ("bag-info.txt", "lacks Contact-Name") in found
    # the tag manifest no longer matches the edited bag-info.txt
    assert ("bag-info.txt", "changed since bagging (sha256 differs)") in found


def test_check_of_something_that_is_not_a_bag(tmp_path: Path) -> None:
    problems = check_bag(tmp_path)
    assert len(problems) == 1 and problems[0].message.startswith("is not a bag")


# --- the command ----------------------------------------------------------------------------


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(deposit_command)
    return app


def test_command_writes_and_checks(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)  # nashr's own validator checks every TEI file, the teiCorpus included
    (project / "edition.toml").write_text(
        '[edition]\ntitle = "t"\npublisher = "p"\ndate = "2026-11-23"\ndescription = "d"\nlicence = "CC BY 4.0"\n'
        'contact = "c@example.org"\nbase_url = "https://example.org/t/"\n'
        '[[edition.editors]]\nname = "E"\nrole = "editor"\n',
        encoding="utf-8")
    runner = CliRunner()
    made = runner.invoke(_app(), ["-o", "out"])
    assert made.exit_code == 0, made.output
    assert bagit.Bag(str(project / "out")).is_valid()
    checked = runner.invoke(_app(), ["--check", "out"])
    assert checked.exit_code == 0
    (project / "out" / "data" / "tei" / "corpus.xml").unlink()
    broken = runner.invoke(_app(), ["--check", "out"])
    assert broken.exit_code == 1
    assert "data/tei/corpus.xml" in broken.output
    assert runner.invoke(_app(), ["--check", "nowhere"]).exit_code == 2


def test_an_edition_without_base_url_is_refused_before_its_datacite_record_is_written(project: Path) -> None:
    # DataCite's identifier is mandatory and may not be empty (kernel-4's nonemptycontentStringType):
    # an edition made by nashr init without --base-url wrote <identifier identifierType="URL"/>
    problems = _deposit_problems(project, dataclasses.replace(EDITION, base_url=""))
    assert [(p.file, p.message) for p in problems] == [
        ("edition.toml", "[edition] has no base_url (DataCite's record needs an identifier)")]
    assert 'base_url = "https://' in problems[0].fix
    assert not (project / "deposit").exists()


def test_command_lists_problems_and_exits_1(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    (project / "edition.toml").write_text(
        '[edition]\ntitle = "t"\npublisher = "p"\ndate = "2026-11-23"\n', encoding="utf-8")
    result = CliRunner().invoke(_app(), [])
    assert result.exit_code == 1
    assert "[edition] has no description" in result.output
    assert "fix:" in result.output
    assert not (project / "deposit").exists()


def test_command_says_a_problem_of_every_text_once(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edition whose edition.toml names no editor (a user's first deposit of held-out set 26's
    pages): every text lacks a creator; the command said so, with the same fix, once per text
    (15 times for 15 texts), and now once, naming the texts."""
    monkeypatch.chdir(project)
    texts = sorted((project / "tei" / "texts").glob("*.xml"))
    for text in texts:
        tree = etree.parse(str(text))
        for editor in tree.xpath("//tei:titleStmt/tei:editor | //tei:titleStmt/tei:author", namespaces=TEI):
            editor.getparent().remove(editor)
        tree.write(str(text), xml_declaration=True, encoding="UTF-8")
    fields = ("title", "publisher", "date", "description", "licence", "contact", "base_url")
    (project / "edition.toml").write_text("[edition]\n" + "".join(
        f'{key} = "{getattr(EDITION, key)}"\n' for key in fields), encoding="utf-8")
    result = CliRunner().invoke(_app(), [])
    assert result.exit_code == 1
    assert len(texts) > 1 and result.output.count("has no creator") == 1
    assert f"✗ {len(texts)} files: has no creator" in result.output
    assert all(f"    tei/texts/{text.name}\n" in result.output for text in texts)
    assert result.output.count("name the editors in edition.toml") == 1
    assert "no creators: [[edition.editors]] is empty" in result.output


def test_default_validator_is_the_validate_stage(project: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # nashr's own validator (the shipped tei_all, an empty cache) finds the one invalid text
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "empty-cache"))
    text = project / "tei/texts/internasional-300-statement.xml"
    text.write_text(text.read_text(encoding="utf-8").replace("<body>", "<body><bogus/>", 1), encoding="utf-8")
    problems = _deposit_problems(project, validator=None)
    assert [p.file for p in problems] == ["tei/texts/internasional-300-statement.xml"]
    assert "bogus" in problems[0].message


def test_this_repositorys_edition_deposits_with_nashrs_own_validator(tmp_path: Path) -> None:
    # The edition's own TEI texts, registers, schemas and settings; a small site and one PDF/A per
    # text stand in for the published outputs, which have tests of their own.
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tei", root / "tei")
    shutil.copy(ROOT / "edition.toml", root / "edition.toml")
    shutil.copytree(PROJECT / "site", root / "site")
    for text in sorted((root / "tei" / "texts").glob("*.xml")):
        make_pdf(root / "pdf" / f"{text.stem}.pdf", text.stem)
    result = CliRunner().invoke(_app(), ["--edition", str(root)])
    assert result.exit_code == 0, result.output
    assert check_bag(root / "deposit") == []
    corpus = (root / "deposit" / "data" / "tei" / "corpus.xml").read_text(encoding="utf-8")
    assert '<?xml-model href="schema/nashr.rng"' in corpus and '<?xml-model href="schema/nashr.sch"' in corpus
    # nashr build writes the editors into every text's titleStmt: its Dublin Core names them once,
    # as creators, a Latin name without the text's language (it said «nashr editorial team» as
    # creator xml:lang="fa" and again as contributor)
    dc = etree.parse(str(root / "deposit" / "data" / "metadata" / "dc" / "internasional-216-plenum-29-statement.xml"))
    names = {"dc": "http://purl.org/dc/elements/1.1/"}
    [creator] = dc.xpath("//dc:creator", namespaces=names)
    assert (creator.text, creator.attrib) == ("nashr editorial team", {})
    assert dc.xpath("//dc:contributor/text()", namespaces=names) == ["nashr"]
