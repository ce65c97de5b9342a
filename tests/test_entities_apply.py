"""``nashr entities apply`` / ``suggest``: re-tagging TEI files without touching anything else
(nashr.entities.retag, nashr.commands.entities)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from nashr.commands.entities import entities_app
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.fidelity import text_characters
from nashr.convert.tei import is_pristine, serialise
from nashr.entities.retag import retag_file
from nashr.entities.suggest import slug
from nashr.entities.tagger import Tagger
from nashr.markup import tei

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ROOT / "tei" / "registers"
EXAMPLE = Path(__file__).resolve().parent / "data" / "entities" / "000-plenum-statement.example.xml"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.from_registers(REGISTERS)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copy(EXAMPLE, tmp_path / "example.xml"))


def header(data: bytes) -> bytes:
    return data[: data.index(b"<text>")]


def test_apply_keeps_header_ids_corrections_and_characters(tagger: Tagger, example: Path) -> None:
    before = example.read_bytes()
    old = etree.parse(str(example))
    report = retag_file(example, tagger)
    assert report.status == "written" and report.skipped == []
    after = example.read_bytes()
    new = etree.parse(str(example))
    assert header(after) == header(before)
    assert text_characters(new) == text_characters(old)
    ids = [[e.get(XML_ID) for e in tree.iter() if e.get(XML_ID)] for tree in (new, old)]
    assert ids[0] == ids[1]
    for tag in ("choice", "sic", "corr"):
        assert [etree.tostring(e) for e in new.iter(tei(tag))] == [
            etree.tostring(e) for e in old.iter(tei(tag))
        ]
    # Register links now follow the registers; the hand-encoded example used "persons.xml#…".
    refs = {e.get("ref") for e in new.iter(tei("persName"))}
    assert "../registers/persons.xml#p-hamid-taqvai" in refs
    assert len(list(new.iter(tei("persName")))) == len(list(old.iter(tei("persName"))))


def test_apply_twice_changes_nothing(tagger: Tagger, example: Path) -> None:
    retag_file(example, tagger)
    once = example.read_bytes()
    assert retag_file(example, tagger).status == "unchanged"
    assert example.read_bytes() == once


def test_applied_example_is_valid_tei(tagger: Tagger, example: Path, tei_all: etree.RelaxNG) -> None:
    retag_file(example, tagger)
    assert tei_all.validate(etree.parse(str(example))), tei_all.error_log


def test_new_register_entry_reaches_the_text(tagger: Tagger, example: Path, tmp_path: Path) -> None:
    registers = tmp_path / "registers"
    shutil.copytree(REGISTERS, registers)
    places = registers / "places.xml"
    entry = '<place xml:id="pl-kurdistan-x"><placeName type="preferred" xml:lang="fa">جوار پلنوم</placeName></place>'  # noqa: E501
    places.write_text(places.read_text(encoding="utf-8").replace("</listPlace>", entry + "</listPlace>"), encoding="utf-8")  # noqa: E501
    retag_file(example, Tagger.from_registers(registers))
    assert 'ref="../registers/places.xml#pl-kurdistan-x">جوار پلنوم</placeName>' in example.read_text(encoding="utf-8")  # noqa: E501


def document(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
        f"<teiHeader/><text><body>{body}</body></text></TEI>\n"
    ).encode()


def test_editor_markup_is_kept_and_unrepresentable_blocks_are_left_alone(
    tagger: Tagger, tmp_path: Path
) -> None:
    path = tmp_path / "t.xml"
    kept = '<p xml:id="a"><persName resp="#ed" ref="#x">حمید تقوائی</persName> و <hi rend="b">ایران</hi></p>'  # noqa: E501
    alone = '<p xml:id="b">ایران<gap reason="illegible"/>ایران</p>'
    path.write_bytes(document(kept + alone))
    report = retag_file(path, tagger)
    text = path.read_text(encoding="utf-8")
    assert '<persName resp="#ed" ref="#x">حمید تقوائی</persName>' in text
    # A name whose range equals a kept element wraps it.
    assert '<placeName ref="../registers/places.xml#pl-iran"><hi rend="b">ایران</hi></placeName>' in text  # noqa: E501
    assert alone in text
    assert report.skipped == ["b: left as it is (empty element <gap>)"]


def test_apply_retags_hard_wrapped_paragraphs_as_the_converter_tags_them(
        tagger: Tagger, edition: Edition, tmp_path: Path) -> None:
    """A paragraph joined from hard-wrapped lines (``p`` with an ``lb`` per further line) is
    re-tagged a line at a time, its ``lb`` kept where they were: with its names, dates and numbers
    removed, ``apply`` writes it back as ``convert`` wrote it (before, such a block was left as it
    was). Real input: the 1957 commission resolution of set 7, wrapped at its source."""
    folder = ROOT / "tests" / "data" / "corpus" / "ghavanin-tasmim-komision-farhang-talimat-ejbari-1336-cp1256"
    shutil.copy(folder / "source.txt", tmp_path / "resolution.txt")
    converted = convert_file(tmp_path / "resolution.txt", tmp_path / "texts", edition, tagger=tagger).result.path
    tree = etree.parse(str(converted))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    expected = [etree.tostring(p) for p in tree.xpath("//t:body//t:p", namespaces=ns)]
    assert tree.xpath("//t:body//t:p[t:lb]//t:persName | //t:body//t:p[t:lb]//t:date", namespaces=ns)  # the case
    for paragraph in tree.xpath("//t:body//t:p", namespaces=ns):  # an older tagging: none at all
        etree.strip_tags(paragraph, *(tei(name) for name in ("persName", "orgName", "placeName", "date", "num")))
    tree.write(str(tmp_path / "edited.xml"), encoding="utf-8")
    report = retag_file(tmp_path / "edited.xml", tagger)
    assert (report.status, report.skipped) == ("written", [])
    edited = etree.parse(str(tmp_path / "edited.xml"))
    assert [etree.tostring(p) for p in edited.xpath("//t:body//t:p", namespaces=ns)] == expected


def test_a_file_nashr_wrote_gets_a_fresh_checksum(tagger: Tagger, tmp_path: Path) -> None:
    tree = etree.parse(str(EXAMPLE))
    for name in tree.getroot().iter(tei("persName")):
        name.tag = tei("rs")  # an older tagging, to be replaced
    path = tmp_path / "sealed.xml"
    path.write_bytes(serialise(tree))
    assert is_pristine(path.read_bytes())
    assert retag_file(path, tagger).status == "written"
    data = path.read_bytes()
    assert is_pristine(data) and data.count(b"<?nashr-checksum") == 1


def test_cli_apply_goes_on_after_an_unusable_file(example: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.xml"
    result = CliRunner().invoke(
        entities_app, ["apply", str(missing), str(example), "--registers", str(REGISTERS)]
    )
    assert result.exit_code == 2
    assert "persons.xml#p-hamid-taqvai" in example.read_text(encoding="utf-8")
    assert "../registers/" in example.read_text(encoding="utf-8")


def test_cli_suggest_prints_entries_to_paste(tmp_path: Path) -> None:
    path = tmp_path / "u.xml"
    path.write_bytes(document('<p xml:id="a">رفیق کاوان ئاسو در شهر بوکان سخنرانی کرد.</p>'))
    runner = CliRunner()
    result = runner.invoke(entities_app, ["suggest", "--xml", str(path), "-r", str(REGISTERS)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines == [
        '<person xml:id="p-kavan-iasv"><persName type="preferred" xml:lang="fa">کاوان ئاسو</persName>'
        '<idno type="wikidata"></idno></person>',
        '<place xml:id="pl-bvkan"><placeName type="preferred" xml:lang="fa">بوکان</placeName>'
        '<idno type="wikidata"></idno></place>',
    ]
    table = runner.invoke(entities_app, ["suggest", str(path), "-r", str(REGISTERS)])
    assert table.exit_code == 0 and "کاوان ئاسو" in table.stdout


def test_slug() -> None:
    assert slug("سارا نیکپور") == "sara-nikpvr"
    assert re.fullmatch(r"[a-z-]+", slug("عصام شکری"))
