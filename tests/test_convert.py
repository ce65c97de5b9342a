"""The convert stage on the five seeds and on bad input (issue 2)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest import DATA, SEEDS, TEI_ALL
from nashr.cli import app
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.document import ROLES as LINE_ROLES
from nashr.convert.fidelity import check_fidelity
from nashr.convert.sources import SourceError, read_source
from nashr.entities.tagger import Tagger
from nashr.markup import TEI_NS

NS = {"t": TEI_NS}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_is_valid_tei_all_by_lxml(seed: Path, converted: dict[str, Path], tei_all: etree.RelaxNG) -> None:
    doc = etree.parse(str(converted[seed.name]))
    assert tei_all.validate(doc), tei_all.error_log


def test_seeds_are_valid_tei_all_by_jing(converted: dict[str, Path]) -> None:
    run = subprocess.run(["jing", str(TEI_ALL), *map(str, converted.values())],
                         capture_output=True, text=True, check=False)
    errors = [line for line in run.stdout.splitlines() if "error" in line]
    assert run.returncode == 0 and not errors, run.stdout


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_keeps_every_character(seed: Path, converted: dict[str, Path]) -> None:
    assert check_fidelity(read_source(seed).text, etree.parse(str(converted[seed.name]))) is None


def _first_p(tree: etree._ElementTree) -> etree._Element:
    """The first paragraph that starts with at least 10 characters of plain text."""
    return next(p for p in tree.iterfind(".//t:body//t:p", NS) if p.text and len(p.text.strip()) >= 10)


@pytest.mark.parametrize("mutation", ["drop", "change", "add"])
def test_fidelity_check_fails_on_one_character(mutation: str, converted: dict[str, Path]) -> None:
    seed = SEEDS[0]
    tree = etree.parse(str(converted[seed.name]))
    p = _first_p(tree)
    text = p.text
    assert text and len(text) > 10
    other = "ک" if text[5] == "ی" else "ی"
    mutated = {"drop": text[:5] + text[6:], "change": text[:5] + other + text[6:], "add": text[:5] + "ی" + text[5:]}
    p.text = mutated[mutation]
    difference = check_fidelity(read_source(seed).text, tree)
    assert difference is not None
    assert str(difference).startswith("at non-space character")


def test_fidelity_reads_sic_and_skips_corr(converted: dict[str, Path]) -> None:
    seed = SEEDS[0]
    tree = etree.parse(str(converted[seed.name]))
    p = _first_p(tree)
    word = p.text[:3]
    choice = etree.Element(f"{{{TEI_NS}}}choice")
    sic = etree.SubElement(choice, f"{{{TEI_NS}}}sic")
    sic.text = word
    corr = etree.SubElement(choice, f"{{{TEI_NS}}}corr")
    corr.text = "اصلاح"
    choice.tail = p.text[3:]
    p.text = None
    p.insert(0, choice)
    assert check_fidelity(read_source(seed).text, tree) is None


def test_fidelity_reads_the_text_nodes_of_text_alone() -> None:
    """The characters of ``<text>``'s text nodes count, in order, entities and CDATA resolved; a
    comment's or processing instruction's content and what follows ``</text>`` do not, with or
    without an editorial element (two ways of reading the tree)."""
    from nashr.convert.fidelity import text_characters

    body = "<p>الف<!--یادداشت--> ب<?pi نه?>\n<persName>پ &amp; ت</persName><![CDATA[ث]]></p>"
    for extra in ("", "<choice><sic>ج</sic><corr>چ</corr></choice>"):
        root = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><text>{body}{extra}</text>بعد</TEI>')
        assert text_characters(root) == "الفبپ&تث" + ("ج" if extra else "")


def test_conversion_is_deterministic(tmp_path: Path, edition: Edition, converted: dict[str, Path],
                                    tagger: Tagger) -> None:
    for seed in SEEDS:
        again = convert_file(seed, tmp_path, edition, tagger=tagger).result.path
        assert again.read_bytes() == converted[seed.name].read_bytes()


def test_masthead_goes_to_source_description_and_stays_in_text(converted: dict[str, Path]) -> None:
    tree = etree.parse(str(converted["internasional-216-plenum-29-statement.txt"]))
    monogr = tree.find(".//t:sourceDesc/t:biblStruct/t:monogr", NS)
    assert monogr.findtext("t:title[@level='j']", namespaces=NS) == "انترناسیونال"
    assert monogr.find("t:imprint/t:biblScope[@unit='issue']", NS).get("n") == "216"
    fw = tree.find(".//t:body/t:fw[@type='masthead']", NS)
    assert "".join(fw.itertext()) == "انترناسیونال ۲۱۶"
    assert tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "fa"
    assert tree.findtext(".//t:licence", namespaces=NS) == "CC BY 4.0"


def test_numbered_lines_become_items(converted: dict[str, Path]) -> None:
    tree = etree.parse(str(converted["internasional-273-resolution-on-the-party.txt"]))
    lists = tree.findall(".//t:body//t:list", NS)
    assert [[item.get("n") for item in lst.findall("t:item", NS)] for lst in lists] == [
        [str(n) for n in range(1, 9)]] * 2


def test_repeated_prose_is_reported_a_refrain_and_a_rule_are_not(tmp_path: Path, edition: Edition) -> None:
    source = tmp_path / "song.txt"
    bayt = "ای وطن ای مادر تاریخ‌ساز\tای که نامت هست جاوید و دراز"
    paragraph = "این سرود در سال ۱۳۰۰ در تهران خوانده شد و بسیار زود بر سر زبان‌ها افتاد و همه آن را می‌خواندند."
    source.write_text("\n\n".join(["سرود وطن", bayt, "دل ما از غم تو خون شد باز\tچون تو را دید در دست ستم", bayt,
                                   "-----", paragraph, "-----", paragraph]) + "\n", encoding="utf-8")
    converted = convert_file(source, tmp_path / "out", edition)
    tree = etree.parse(str(converted.tei))
    assert len(tree.findall(".//t:body//*[@copyOf]", NS)) == 3  # all three repeats are marked
    assert [w.split(": ", 1)[0] for w in converted.warnings] == [f"{source}:15"]  # the paragraph only



def test_a_text_that_repeats_itself_throughout_is_reported_in_a_few_lines(tmp_path: Path, edition: Edition) -> None:
    """A sentence-per-line dataset (the Persian «Little Prince» of an NLP course repeats 490 of its
    sentences) named every repeat, a page of warnings: the first five are named, the rest counted."""
    source = tmp_path / "sentences.txt"
    sentences = [f"جملهٔ شمارهٔ {n} از کتاب شازده کوچولو است و تکرار می‌شود." for n in range(1, 9)]
    source.write_text("\n".join(sentences * 2) + "\n", encoding="utf-8")
    converted = convert_file(source, tmp_path / "out", edition)
    assert len(etree.parse(str(converted.tei)).findall(".//t:body//*[@copyOf]", NS)) == 8
    assert [w.split(": ", 1)[0] for w in converted.warnings] == [f"{source}:{n}" for n in range(9, 14)] + [str(source)]
    assert converted.warnings[-1].startswith(f"{source}: 3 more lines duplicate earlier ones")

def test_edited_tei_is_never_overwritten(tmp_path: Path, edition: Edition) -> None:
    seed = SEEDS[0]
    first = convert_file(seed, tmp_path, edition).result.path
    assert convert_file(seed, tmp_path, edition).result.status == "unchanged"
    edited = first.read_bytes().replace("پلنوم".encode(), "پلنومِ".encode(), 1)
    first.write_bytes(edited)
    kept = convert_file(seed, tmp_path, edition)
    assert kept.result.status == "kept"
    assert first.read_bytes() == edited
    assert kept.result.path == tmp_path / (first.stem + ".new.xml")
    # the warning names the option of each command that overwrites (build has no --force for it)
    assert any("edited after conversion" in w and "build --overwrite-edited" in w for w in kept.warnings)
    forced = convert_file(seed, tmp_path, edition, force=True)
    assert forced.result.status == "written" and first.read_bytes() != edited


@pytest.mark.parametrize(("data", "says"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document, not plain text: extract its text first"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive (a .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "an old Microsoft Office document"),
    (b"{\\rtf1\\ansi\\ansicpg1256 \\f0 \\'c7\\'e1}", "an RTF document"),
    ('\ufeff<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>متن</text></TEI>'.encode(),
     "XML, not plain text: nashr convert makes TEI from plain text; to check a TEI file, use `nashr validate`"),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0">متن</TEI>'.encode("utf-16"), "XML, not plain text"),
    ("\n <!doctype html>\n<html lang=\"fa\"><body>متن</body></html>".encode(), "an HTML page, not plain text"),
])
def test_documents_of_other_formats_are_named_with_what_to_do(tmp_path: Path, data: bytes, says: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError, match="^" + re.escape(f"{path}: {says}")):
        read_source(path)


def test_text_that_only_mentions_markup_is_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("دربارهٔ <html> و <?xml?> در وب\n%PDF- نام یک قالب است", encoding="utf-8")
    assert read_source(path).lines[0].startswith("دربارهٔ <html>")


@pytest.fixture()
def bad_batch(tmp_path: Path) -> tuple[list[Path], Path]:
    good = tmp_path / "good.txt"
    shutil.copy(SEEDS[0], good)
    text = SEEDS[0].read_text(encoding="utf-8")
    cp1256 = tmp_path / "legacy-cp1256.txt"
    # Windows-1256 has Arabic ي and no Persian digits: legacy files used ASCII digits.
    cp1256.write_bytes(text.translate(str.maketrans("ی۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "ي01234567890123456789")).encode("cp1256"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    return [good, cp1256, utf16, empty, binary, missing], tmp_path / "out"


def test_bad_input_batch(bad_batch: tuple[list[Path], Path]) -> None:
    sources, out = bad_batch
    result = CliRunner().invoke(app, ["convert", *map(str, sources), "-o", str(out)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    for name in ("empty.txt", "image.txt", "missing.txt"):
        assert sum(name in line for line in errors) == 1
    assert sorted(p.name for p in out.glob("*.xml")) == ["good.xml", "legacy-cp1256.xml", "utf16.xml"]


def test_sources_named_in_persian_get_tei_names_of_their_own(tmp_path: Path, tei_all: etree.RelaxNG) -> None:
    """Every source named in Persian became ``text.xml``, the second overwriting the first; their
    names are transliterated now (anyascii: consonants of the abjad, Persian digits as ASCII)."""
    for seed, name in zip(SEEDS, ("بیانیهٔ پلنوم ۲۹.txt", "گزارش به کنگره.txt"), strict=False):
        shutil.copy(seed, tmp_path / name)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["convert", *sorted(map(str, tmp_path.glob("*.txt"))), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.xml")) == ["bynyh-plnwm-29.xml", "gzrsh-bh-kngrh.xml"]
    for tei in out.glob("*.xml"):
        tree = etree.parse(str(tei))
        assert tree.getroot().get(XML_ID) == tei.stem
        assert tei_all.validate(tree), tei_all.error_log


def test_two_sources_for_one_tei_file_are_refused(tmp_path: Path) -> None:
    """«a b.txt» and «a-b.txt» both give ``a-b.xml``: in one batch the second is refused, naming
    the first; alone later, it is refused while the first source is there, and converted once the
    first is gone (a source renamed: its old TEI is replaced)."""
    first, second = tmp_path / "plenum 29.txt", tmp_path / "plenum-29.txt"
    shutil.copy(SEEDS[0], first)
    shutil.copy(SEEDS[1], second)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["convert", str(first), str(second), "-o", str(out)])
    assert result.exit_code == 2
    assert f"error: {second}: its TEI would be plenum-29.xml, as that of {first}" in result.stderr
    assert _made_by(out / "plenum-29.xml") == first.name
    result = CliRunner().invoke(app, ["convert", str(second), "-o", str(out)])
    assert result.exit_code == 2 and "which is that of" in result.stderr
    assert _made_by(out / "plenum-29.xml") == first.name
    first.unlink()
    result = CliRunner().invoke(app, ["convert", str(second), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert _made_by(out / "plenum-29.xml") == second.name


def _made_by(tei: Path) -> str:
    return etree.parse(str(tei)).find(".//t:sourceDesc/t:bibl/t:idno[@type='filename']", NS).text


def test_legacy_encodings_are_decoded(bad_batch: tuple[list[Path], Path]) -> None:
    sources, _ = bad_batch
    assert read_source(sources[1]).encoding == "cp1256"
    assert read_source(sources[1]).text.startswith(" انترناسيونال 216")
    assert read_source(sources[2]).text == SEEDS[0].read_text(encoding="utf-8")


STRUCTURE = DATA / "structure"
CORPUS = DATA / "corpus"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tei(path: Path, out: Path, edition: Edition, tagger: Tagger | None = None) -> etree._ElementTree:
    tree = etree.parse(str(convert_file(path, out, edition, tagger=tagger).result.path))
    assert check_fidelity(read_source(path).text, tree) is None
    return tree


def test_bayt_on_one_line_keeps_its_hemistichs_apart(tmp_path: Path, edition: Edition,
                                                     tei_all: etree.RelaxNG) -> None:
    # Khayyam's quatrains, the hemistichs of each bayt separated by four spaces.
    tree = _tei(CORPUS / "ganjoor-khayyam-rubaiyat" / "source.txt", tmp_path, edition)
    first = tree.find(".//t:body/t:lg/t:l", NS)
    segs = first.findall("t:seg[@type='hemistich']", NS)
    assert [s.text for s in segs] == ["برخیز و بیا بتا برای دل ما", "حل کن به جمال خویشتن مشکل ما"]
    assert first.find("t:caesura", NS).tail == "    "  # the source's separator, kept
    assert len(tree.findall(".//t:body/t:lg/t:l", NS)) == 10
    assert tei_all.validate(tree), tei_all.error_log


def test_a_bayt_in_a_tables_cells_keeps_the_borders_outside_its_hemistichs(tmp_path: Path, edition: Edition,
                                                                         tei_all: etree.RelaxNG) -> None:
    # Saadi's ghazal as a blog's table was copied: the two hemistichs in two cells parted by « | », the
    # row's empty cells « | |» after the second (the last row closes with «|» alone).
    tree = _tei(CORPUS / "mostafadaneshvar-saadi-ghazal-barkhiz-pipe-table" / "source.txt", tmp_path, edition)
    bayts = tree.findall(".//t:body/t:lg/t:l", NS)
    assert len(bayts) == 11
    segs = bayts[0].findall("t:seg[@type='hemistich']", NS)
    assert [s.text for s in segs] == ["برخیز تا یک سو نهیم این دلق ازرق فام را",
                                      "بر باد قلاشی دهیم این شرک تقوا نام را"]
    assert (bayts[0].find("t:caesura", NS).tail, segs[1].tail) == (" | ", " | |")
    assert bayts[-1].findall("t:seg", NS)[1].tail == " |"
    assert tei_all.validate(tree), tei_all.error_log


def test_hemistichs_on_their_own_lines_pair_into_bayts(tmp_path: Path, edition: Edition) -> None:
    # The Masnavi's opening, one hemistich per line.
    tree = _tei(CORPUS / "ganjoor-moulavi-masnavi-neyname-utf16" / "source.txt", tmp_path, edition)
    bayts = tree.findall(".//t:body/t:lg/t:l", NS)
    assert len(bayts) == 18
    first = bayts[0]
    assert first.get(XML_ID) == "source.l1"
    segs = first.findall("t:seg", NS)
    assert [s.text for s in segs] == ["بشنو این نی چون شکایت می کند", "از جداییها حکایت می کند"]
    assert segs[1].get(XML_ID) == "source.l2" and first.find("t:caesura", NS) is not None


def test_speaker_turns_are_speeches(tmp_path: Path, edition: Edition, tei_all: etree.RelaxNG) -> None:
    tree = _tei(STRUCTURE / "interview-qa.txt", tmp_path, edition)
    speeches = tree.findall(".//t:body/t:sp", NS)
    assert [sp.findtext("t:speaker", namespaces=NS) for sp in speeches] == ["س:", "ج:", "س:", "ج:"]
    # The answer's second paragraph (line 4) stays in its speech.
    assert [p.get(XML_ID) for p in speeches[1].findall("t:p", NS)] == [None, "interview-qa.l4"]
    assert speeches[0].findtext("t:p", namespaces=NS).startswith("شما چند سال")
    assert tei_all.validate(tree), tei_all.error_log


def test_wrapped_lines_join_their_paragraph_after_an_lb(tmp_path: Path, edition: Edition) -> None:
    tree = _tei(STRUCTURE / "wrapped-email.txt", tmp_path, edition)
    p = tree.find(".//t:body/t:p", NS)
    assert p.get(XML_ID) == "wrapped-email.l3"
    assert [lb.get(XML_ID) for lb in p.findall("t:lb", NS)] == ["wrapped-email.l4", "wrapped-email.l5"]
    assert p.find("t:lb", NS).tail.startswith("کتابخانه مرکزی")


def test_reply_inside_a_page_keeps_its_addressee_block_in_one_opener(tmp_path: Path, edition: Edition,
                                                                      tei_all: etree.RelaxNG) -> None:
    # r12-letter-and-reply.txt: a letter, then «پاسخ شاعر به دبیر انجمن» and the reply's addressee
    # block of two lines (name, office) over its paragraph: one opener holding one address.
    tree = _tei(STRUCTURE / "r12-letter-and-reply.txt", tmp_path, edition)
    [div] = tree.xpath(".//t:body/t:div[t:head]", namespaces=NS)
    assert div.findtext("t:head", namespaces=NS) == "پاسخ شاعر به دبیر انجمن"
    [opener] = div.findall("t:opener", NS)
    assert ["".join(a.itertext()) for a in opener.findall("t:address/t:addrLine", NS)] == [
        "جناب آقای رضا امینی،", "دبیر انجمن کتابداران شیراز"]
    assert tei_all.validate(tree), tei_all.error_log


def test_letter_has_opener_closer_and_postscript(tmp_path: Path, edition: Edition, tei_all: etree.RelaxNG) -> None:
    tree = _tei(STRUCTURE / "letter-official.txt", tmp_path, edition)
    body = tree.find(".//t:body", NS)
    assert [etree.QName(child).localname for child in body] == [
        "epigraph", "opener", "p", "p", "closer", "postscript"]
    opener = body.find("t:opener", NS)
    assert [a.text for a in opener.findall("t:address/t:addrLine", NS)] == [
        "جناب آقای دکتر محمد رضایی", "ریاست محترم دانشکده ادبیات و علوم انسانی"]
    assert opener.findtext("t:salute", namespaces=NS) == "با سلام و احترام،"
    closer = body.find("t:closer", NS)
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "signed", "dateline"]
    assert len(body.findall("t:postscript/t:p", NS)) == 3
    assert tei_all.validate(tree), tei_all.error_log


def test_pdf_lines_keep_their_characters_beside_their_reading(tmp_path: Path, edition: Edition, tagger: Tagger,
                                                              tei_all: etree.RelaxNG) -> None:
    source = STRUCTURE / "pdf-presentation-forms.txt"
    tree = _tei(source, tmp_path, edition, tagger)
    line = read_source(source).lines[9]  # «ماده ۴ – … ۱۲ مهر ۱۳۹۹ …» in presentation forms
    p = next(e for e in tree.iterfind(".//t:body//t:p", NS) if e.get(XML_ID) == "pdf-presentation-forms.l10")
    assert "".join(p.find("t:choice/t:orig", NS).itertext()) == line.strip()  # names marked there too
    reg = p.find("t:choice/t:reg", NS)
    reading = "".join(reg.itertext())
    assert reading.startswith("ماده ۴ – این آیین‌نامه") and reading.endswith("اجرا می‌شود.")
    assert not any(0xFB50 <= ord(ch) <= 0xFEFC or 0x202A <= ord(ch) <= 0x202E for ch in reading)
    # The date is found in the reading: 12 Mehr 1399 is 3 October 2020.
    assert reg.find("t:date", NS).get("when") == "2020-10-03"
    assert tei_all.validate(tree), tei_all.error_log


@pytest.mark.parametrize("text", ["اطلاعیه\n", "اطلاعیه\nدرباره جلسه\n", "زنده باد آزادی\n", "۱\n۲\n"],
                         ids=["title", "title-and-short-line", "slogan", "page-numbers"])
def test_text_without_paragraphs_is_valid(text: str, tmp_path: Path, edition: Edition,
                                          tei_all: etree.RelaxNG) -> None:
    source = tmp_path / "short.txt"
    source.write_text(text, encoding="utf-8")
    tree = _tei(source, tmp_path, edition)
    assert tei_all.validate(tree), tei_all.error_log


def test_invalid_tei_is_refused_as_a_bug_and_nothing_is_written(tmp_path: Path, edition: Edition,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from nashr.convert import converter

    real = converter.build_tei

    def broken(*args: object, **kwargs: object) -> etree._ElementTree:
        tree = real(*args, **kwargs)  # type: ignore[arg-type]
        etree.SubElement(tree.find(".//t:body", NS), f"{{{TEI_NS}}}head")  # a heading after the paragraphs
        return tree

    monkeypatch.setattr(converter, "build_tei", broken)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["convert", str(SEEDS[0]), "-o", str(out)])
    assert result.exit_code == 1
    assert "bug in nashr" in result.stderr and SEEDS[0].name in result.stderr
    assert not out.exists() or not list(out.iterdir())


def test_windows_1256_with_zwnj_and_arabic_letters(tmp_path: Path, edition: Edition) -> None:
    # Windows-1256 has no Persian ی: such files carry Arabic ي; ZWNJ is byte 0x9D; lines end in CRLF.
    text = "اطلاعيه كانون\r\nاين كتاب\u200cها را مي\u200cخوانيم و به ديگران مي\u200cدهيم.\r\n"
    source = tmp_path / "legacy.txt"
    source.write_bytes(text.encode("cp1256"))
    assert b"\x9d" in source.read_bytes()
    decoded = read_source(source)
    assert (decoded.encoding, decoded.text) == ("cp1256", text)
    assert decoded.lines == ["اطلاعيه كانون", "اين كتاب\u200cها را مي\u200cخوانيم و به ديگران مي\u200cدهيم."]
    _tei(source, tmp_path, edition)



def test_utf32_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    source = tmp_path / "utf32.txt"
    source.write_bytes(text.encode("utf-32"))  # Python writes its byte-order mark
    decoded = read_source(source)
    assert (decoded.encoding, decoded.bom, decoded.text) == ("utf-32-le", True, text)


def test_arabic_in_iso_8859_6_is_told_from_windows_1256(tmp_path: Path) -> None:
    """The Arabic code page of Unix and e-mail: read as Windows-1256 its bytes give other Arabic
    letters (and some Latin), no error. A Qur'anic verse as the collection's Meybodi page has it."""
    verse = next(line for line in (CORPUS / "mzare-mihanblog-meybodi-kashf-al-asrar-anam-utf16" / "source.txt")
                 .read_text(encoding="utf-16").splitlines() if "فَخُذُوهُ" in line)
    for codec, name in (("iso8859-6", "iso8859-6"), ("cp1256", "cp1256")):
        source = tmp_path / f"{name}.txt"
        source.write_bytes(f"{verse}\n".encode(codec))
        assert (read_source(source).encoding, read_source(source).text) == (name, f"{verse}\n")


def test_utf8_read_once_as_windows_1252_is_decoded_twice_and_says_so(tmp_path: Path, edition: Edition) -> None:
    """Mojibake: UTF-8 bytes read as Windows-1252 (Latin-1 for its five undefined bytes, as
    Windows does) and saved as UTF-8 again, «Ø§Ø·Ù„Ø§Ø¹ÛŒÙ‡» for «اطلاعیه»."""
    text = SEEDS[0].read_text(encoding="utf-8")
    garbled = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                      for b in text.encode("utf-8"))
    source = tmp_path / "garbled.txt"
    source.write_text(garbled, encoding="utf-8")
    decoded = read_source(source)
    assert decoded.text == text and "mojibake" in decoded.repaired
    converted = convert_file(source, tmp_path / "out", edition)
    assert any("mojibake" in w for w in converted.warnings)
    note = etree.parse(str(converted.tei)).find(".//t:sourceDesc/t:bibl[@type='digital-source']/t:note", NS)
    assert note.text.startswith("Plain text, UTF-8: UTF-8 that had been read as Windows-1252")


def test_texts_of_two_encodings_joined_are_decoded_line_by_line(tmp_path: Path, edition: Edition) -> None:
    """A file made by joining a UTF-8 text and a Windows-1256 one (``cat new.txt old.txt``): read
    in Windows-1256 as a whole, the UTF-8 lines came out as mojibake («ط³ظ„ط§ظ…» for «سلام»),
    silently; each line is decoded in its own encoding, and the legacy lines are named."""
    modern = SEEDS[0].read_bytes()
    legacy = (CORPUS / "afghanconsulate-bonn-qanun-asasi-fasl-1-cp1256" / "source.txt").read_bytes()
    source = tmp_path / "joined.txt"
    source.write_bytes(modern + legacy)
    decoded = read_source(source)
    assert decoded.encoding == "utf-8"
    assert decoded.text == modern.decode("utf-8") + legacy.decode("cp1256")
    before = modern.count(b"\n")  # the legacy lines: the second text's lines that are not ASCII
    named = [before + n for n, line in enumerate(legacy.splitlines(), 1) if not line.isascii()]
    assert decoded.repaired.startswith(f"lines {', '.join(map(str, named[:5]))} … ({len(named)} lines) in windows-1256")
    converted = convert_file(source, tmp_path / "out", edition)
    assert any("in windows-1256, the rest UTF-8" in w for w in converted.warnings)


def test_utf8_with_a_bad_byte_in_a_line_is_refused_with_its_line(tmp_path: Path) -> None:
    """A byte lost from a UTF-8 letter is no legacy line: the file is refused, naming the line."""
    lines = SEEDS[0].read_bytes().splitlines(keepends=True)
    broken = next(n for n, line in enumerate(lines) if len(line) > 40)
    lines[broken] = lines[broken][:21] + lines[broken][22:]  # half of a two-byte letter gone
    source = tmp_path / "broken.txt"
    source.write_bytes(b"".join(lines))
    with pytest.raises(SourceError, match="though the rest is UTF-8") as raised:
        read_source(source)
    assert raised.value.line == broken + 1

def test_explain_shows_roles_certainty_and_conventions(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", "--explain", str(STRUCTURE / "wrapped-email.txt")],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "conventions: blank lines between paragraphs; hard-wrapped" in result.stdout
    row = next(line for line in result.stdout.splitlines() if line.strip().startswith("│    4 "))
    assert "p+" in row and "medium" not in row and "low" not in row  # a join under a line of the wrap's width: sure


def test_explain_shows_a_line_s_brackets_as_written(tmp_path: Path) -> None:
    # (a README's badge line, trekhleb/javascript-algorithms' Persian README: rich would read «[codecov]» as markup)
    source = tmp_path / "readme.md"
    badge = "[![codecov](https://codecov.io/gh/x/y/badge.svg)](https://codecov.io/gh/x/y)"
    source.write_text(f"# الگوریتم ها و ساختارهای داده\n\n{badge}\n\nاین مخزن شامل مثال هاست.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", "--explain", "-o", str(tmp_path / "tei"), str(source)],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "[![codecov](https://codecov.io/gh/x/y/badge.svg)" in result.stdout


# Lines of every shape the rules tell apart, written for this test (the PDF line is in Arabic
# Presentation Forms inside bidi embedding controls, its full stop in visual order).
SHAPES = [
    "", "", "",
    "گزارش نشست سالانه انجمن",
    "در این نشست اعضا درباره برنامه‌های سال آینده و بودجه انجمن گفتگو کردند و چند تصمیم تازه گرفتند.",
    "کتابخانه شهر از هفته آینده ساعت کار خود را تغییر می‌دهد و تا ساعت هشت شب باز",
    "می‌ماند و اعضا می‌توانند کتاب‌ها را دیرتر پس بدهند",
    "۱- تصویب گزارش مالی", "۲- انتخاب هیئت مدیره", "الف) خرید کتاب", "ب) تعمیر ساختمان",
    "- خرید بلیت قطار", "* نشست شورای شهر", "## بخش دوم",
    "برخیز و بیا بتا برای دل ما\tحل کن به جمال خویشتن مشکل ما",
    "بشنو این نی چون شکایت می کند", "از جداییها حکایت می کند",
    "س: از کجا شروع کردید؟", "ج: از یک اتاق کوچک.", "پرسشگر:",
    "جناب آقای دکتر محمد رضایی", "با سلام و احترام،", "با تشکر", "زهرا احمدی", "رونوشت:",
    "تهران، ۱۲ مرداد ۱۴۰۲", "زنده باد آزادی", "*", "(بقیه دارد)", "- ۱۲ -", "صفحه ۳",
    "[۱] نگاه کنید به فصل دوم.", "بسم الله الرحمن الرحیم", "مصوب نشست عمومی",
    "    این سخن را از کتابی کهن نقل می‌کنیم که نویسنده آن را در سفر نوشت.",
    "\u202b.\ufee3\ufe8e\ufea9\ufeea \u202a\u06f1\u202c \u2013 "
    "\ufeeb\ufeaa\ufed1 \ufe8d\ufbfe\ufee6 \ufe8e\ufeb3\ufe96\u202c",
    "انترناسیونال ۲۱۶", "رئیس - در صورت مجلس نظری نیست؟", "فرخ - بلی.", "[حاشیه ۱:] بایگانی شود.", "[آرم]",
    "خوانش: میرغوغا", "فدوی - دکتر مصدق", "\fفصل ۱", "template", "folder", "۱", "Iran quake",
    "ماده ۱", "فهرست مطالب", "موقع را مغتنم شمرده احترامات فائقه را تجدید می‌نمایم.",
]


def test_any_mixture_of_line_shapes_gives_valid_faithful_tei(tmp_path: Path, edition: Edition) -> None:
    """convert_file checks fidelity and validity itself and raises on either: every mixture of
    shapes, in any order, must convert."""
    rng = random.Random(20261201)
    for k in range(120):
        source = tmp_path / f"mix{k}.txt"
        source.write_text("\n".join(rng.choice(SHAPES) for _ in range(rng.randint(1, 30))) + "\nپایان متن.\n",
                          encoding="utf-8")
        convert_file(source, tmp_path / "out", edition)


ROLES = sorted(LINE_ROLES)  # every role a line can have


def test_any_sequence_of_roles_builds_valid_tei(tmp_path: Path, edition: Edition, tei_all: etree.RelaxNG) -> None:
    """The TEI builder follows the content model of body and div whatever the order of the roles
    the rules give (a title after a list, signatures in the middle of a form, an end mark first)."""
    from nashr.convert.document import Line
    from nashr.convert.header import SourceInfo
    from nashr.convert.tei import build_tei
    from nashr.resources import folder
    from nashr.validate.relaxng import grammar

    nashr_rng = grammar(folder("schema") / "nashr.rng")
    rng = random.Random(20261202)
    source_path = tmp_path / "roles.txt"
    for k in range(400):
        roles = [rng.choice(ROLES) for _ in range(rng.randint(1, 12))]
        texts = [f"سطر {i}: متن آزمون" for i in range(len(roles))]
        source_path.write_text("\n".join(texts) + "\n", encoding="utf-8")
        lines = [Line(i + 1, text, role, "test", number=1 if role == "item" else None,
                      list_start=role == "item" and rng.random() < 0.3,
                      split=(text.index(":") + 1,) * 2 if role == "speaker" else None,
                      epigraph=role in {"p", "l"} and rng.random() < 0.2)
                 for i, (text, role) in enumerate(zip(texts, roles, strict=True))]
        tree = build_tei(read_source(source_path), lines, SourceInfo(f"roles{k}"), edition)
        assert not nashr_rng.check(tree), roles
        if k % 20 == 0:  # tei_all through lxml is slower: a sample
            assert tei_all.validate(tree), (roles, tei_all.error_log)
        assert check_fidelity(read_source(source_path).text, tree) is None, roles


LAYOUTS = sorted((DATA / "structure").glob("*.txt"))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda p: p.stem)
def test_layout_converts_to_valid_tei(layout: Path, tmp_path: Path, edition: Edition,
                                      tei_all: etree.RelaxNG) -> None:
    """Every hand-classified layout of tests/data/structure (letters, news pages, wiki pages,
    headings as questions or marked lines, notes) becomes valid TEI that keeps every character."""
    tree = _tei(layout, tmp_path, edition)
    assert tei_all.validate(tree), tei_all.error_log
