"""The edition as its reader sees it, on texts a user brings: texts of the collection
(tests/data/corpus/) converted as ``nashr build`` does, then published as HTML and PDF.

Each test checks the transformed output (elements, attributes, the PDF's text via pdftotext)
for what a reader met on these texts: a reading that held a «\\» (a LaTeX command in a PDF's text
layer) stopped its page; notes standing on lines of their own (an archive's notes under a
letter, footnotes gathered after a text) showed as bare call numbers; the roles nashr guessed
(@cert) were not shown at all; the source description left out the text's licence, editors and
how its structure was found; an edition's editor was credited as «editor» in a Persian line."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from nashr.config import Edition, Editor
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger
from nashr.publish.html import SiteOptions, build_site
from nashr.publish.pdf import render_pdf, text_html
from pdfread import has_words, page_text

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
TEI = "{http://www.tei-c.org/ns/1.0}"
LETTER = "bic-archive-prime-minister-letter-khorasan-1323"  # archive notes above and under a letter
FOOTNOTES = "tahlilak-golestan-bab2-hekayat3-footnotes"  # footnotes gathered after the text
LATEX = "quantaboy-latex-assignment-template-pp1-2-pdftotext"  # «\question» in a PDF's text layer
VERSE = "ganjoor-hafez-ghazal-001"  # no line of doubtful role
WRAPPED_TITLE = "ambafrance-af-sefarat-mahkum-1-mars-2017-wrapped-crlf"  # title wrapped at «علیه / نیروهای»
TWO_LINE_TITLE = "22bahman-sefarat-engelis-yaddasht-sansur-1320-wrapped"  # title lines 1 and 3, a blank between
TEXTS = (LETTER, FOOTNOTES, LATEX, VERSE, WRAPPED_TITLE, TWO_LINE_TITLE)


@pytest.fixture(scope="module")
def user_edition(edition: Edition) -> Edition:
    """The repository's edition with an editor named in Persian, as `nashr init` writes one."""
    return dataclasses.replace(edition, editors=(Editor("مریم احمدی"),))


@pytest.fixture(scope="module")
def tei(tmp_path_factory: pytest.TempPathFactory, user_edition: Edition, tagger: Tagger) -> dict[str, Path]:
    """The texts converted as `nashr build` converts a user's sources: name → TEI file."""
    root = tmp_path_factory.mktemp("reader")
    (root / "sources").mkdir()
    out = {}
    for name in TEXTS:
        source = root / "sources" / f"{name}.txt"
        shutil.copy(CORPUS / name / "source.txt", source)
        out[name] = convert_file(source, root / "tei", user_edition, tagger).tei
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, user_edition: Edition, tei: dict[str, Path]) -> Path:
    out = tmp_path_factory.mktemp("reader-site")
    build_site(sorted(tei.values()), out, user_edition, SiteOptions(search=False))
    return out


def page(site: Path, name: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / "texts" / f"{name}.html").read_bytes())


def body_notes(path: Path) -> list[etree._Element]:
    """The notes a TEI text has between its blocks (children of body or a div), in order."""
    return etree.parse(str(path)).xpath("//t:text//t:note[parent::t:body or parent::t:div]",
                                        namespaces={"t": TEI[1:-1]})


def test_a_title_over_source_lines_reflows_and_its_tei_keeps_them(site: Path, tei: dict[str, Path],
                                                                  user_edition: Edition) -> None:
    """The source's line end inside a title stays in the TEI (lb, fidelity) but does not break the
    title on the page or in the PDF: a hard-wrapped title broke mid-phrase («… علیه» / «نیروهای …»)."""
    for name, words in ((WRAPPED_TITLE, "علیه نیروهای امنیتی افغان"), (TWO_LINE_TITLE, "در ایران نقش انگلیس")):
        head = etree.parse(str(tei[name])).xpath("//t:head[@type = 'main']", namespaces={"t": TEI[1:-1]})[0]
        assert head.xpath(".//t:lb", namespaces={"t": TEI[1:-1]}), name
        ident = head.get("{http://www.w3.org/XML/1998/namespace}id")
        printed = lxml.html.fromstring(text_html(tei[name], user_edition))
        for doc in (page(site, tei[name].stem), printed):
            title = doc.get_element_by_id(ident)
            assert not title.xpath(".//br") and title.xpath(".//span[@class='lb']"), name
            for card in title.xpath(".//*[contains(@class, 'card')]"):  # a name's or date's card, on demand
                card.drop_tree()
            assert words in " ".join(title.text_content().split()), name


def test_a_reading_with_a_backslash_publishes(site: Path, tei: dict[str, Path]) -> None:
    """replace() reads «\\» and «$» in its replacement string: the reading «\\question» passed
    to a message ended the page's transformation (no page for the text)."""
    readings = "".join(etree.parse(str(tei[LATEX])).getroot().itertext())
    assert "\\question" in readings
    titles = page(site, LATEX).xpath("//span[@class='dipl']/@title | //span[@class='norm']/@title")
    assert any("\\question" in t for t in titles)


def test_notes_on_lines_of_their_own_stand_where_they_are(site: Path, tei: dict[str, Path]) -> None:
    for name in (LETTER, FOOTNOTES):
        notes = body_notes(tei[name])
        assert len(notes) >= 4, name
        doc = page(site, name)
        for note in notes:
            block = doc.get_element_by_id(note.get("{http://www.w3.org/XML/1998/namespace}id"))
            assert "tei-note" in block.get("class").split(), name
            for card in block.xpath(".//*[contains(@class, 'card')]"):  # a date's calendars, on demand
                card.drop_tree()
            assert " ".join(block.text_content().split()) == " ".join("".join(note.itertext()).split())
            assert block.getparent().get("class") in ("tei-body", "tei-div")
        # no call numbers standing alone, and no footnote list of them
        assert not doc.xpath("//a[contains(@class, 'note-call')]"), name
        assert not doc.xpath("//section[@class='footnotes']"), name


def test_a_note_in_running_words_stays_a_numbered_footnote(tmp_path: Path, user_edition: Edition) -> None:
    """A note inside a paragraph is a footnote; a note between paragraphs does not take a number."""
    tei = tmp_path / "mixed.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>آزمون</title></titleStmt>'
        '<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>'
        '<text><body><p>بند یکم<note>پانوشت یکم</note></p><note xml:id="m.l2">یادداشت میان بندها</note>'
        '<p>بند دوم<note>پانوشت دوم</note></p></body></text></TEI>', encoding="utf-8")
    build_site([tei], tmp_path / "site", user_edition, SiteOptions(search=False))
    doc = lxml.html.fromstring((tmp_path / "site" / "texts" / "mixed.html").read_bytes())
    assert [a.text_content() for a in doc.xpath("//a[contains(@class, 'note-call')]")] == ["۱", "۲"]
    assert [li.get("value") for li in doc.xpath("//section[@class='footnotes']//li")] == ["1", "2"]
    assert doc.get_element_by_id("m.l2").text_content() == "یادداشت میان بندها"


def test_guessed_roles_carry_a_mark_the_source_description_explains(site: Path, tei: dict[str, Path]) -> None:
    tree = etree.parse(str(tei[LETTER]))
    guessed = {el.get("{http://www.w3.org/XML/1998/namespace}id"): el.get("cert")
               for el in tree.iter(f"{TEI}fw", f"{TEI}head", f"{TEI}dateline", f"{TEI}signed", f"{TEI}note")
               if el.get("cert") in ("low", "medium")}
    assert len(guessed) >= 5
    doc = page(site, LETTER)
    for xml_id, cert in guessed.items():
        assert doc.get_element_by_id(xml_id).get("data-cert") == cert, xml_id
    # the mark is the editors': entities nashr tagged with low certainty get none
    assert not doc.xpath("//a[@data-cert] | //span[@data-cert]")
    summary = doc.xpath("//dd[@class='cert-summary']")[0].text_content()
    low = sum(1 for v in guessed.values() if v == "low")
    assert re.search(r"[۰-۹]+", summary) and "حدس" in summary, summary
    assert len(doc.xpath("//*[@data-cert='low']")) >= low
    # a text with no doubtful line has neither marks nor the summary
    verse = page(site, VERSE)
    assert not verse.xpath("//*[@data-cert] | //dd[@class='cert-summary']")


def test_the_page_marks_the_blocks_of_the_lines_convert_doubtful_lists(site: Path, tei: dict[str, Path]) -> None:
    """The editor's loop: each line ``nashr convert --doubtful`` lists (its certainty as the
    command computes it) is in a block the page marks at that level or lower, and each marked
    block holds such a line; a wrapped line (lb) marks the block it joins."""
    from nashr.convert.edition import analyse
    from nashr.convert.sources import read_source

    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    order = {"low": 0, "medium": 1}
    for name in TEXTS:
        source = tei[name].parent.parent / "sources" / f"{name}.txt"
        listed = {line.n: line.cert for line in analyse(read_source(source).lines).lines
                  if line.role != "blank" and line.cert in order}
        doc, tree = page(site, tei[name].stem), etree.parse(str(tei[name]))
        marked = {el.get("id"): el.get("data-cert") for el in doc.xpath("//*[@data-cert]")}
        holding: dict[str, list[str]] = {}
        for n, cert in listed.items():
            line = tree.xpath(f"//*[@xml:id = '{tei[name].stem}.l{n}']")[0]
            block = next(el.get(xml_id) for el in (line, *line.iterancestors()) if el.get(xml_id) in marked)
            assert order[marked[block]] <= order[cert], (name, n)
            holding.setdefault(block, []).append(cert)
        assert set(holding) == set(marked), name
        assert all(marked[block] == min(certs, key=order.get) for block, certs in holding.items()), name


def test_source_description_gives_licence_editors_and_interpretation(site: Path, user_edition: Edition) -> None:
    doc = page(site, VERSE)
    terms = [dt.text_content() for dt in doc.xpath("//section[@class='source-description']//dt")]
    assert {"اجازه‌نامه", "ویراستاران", "تفسیر و نشانه‌گذاری خودکار"} <= set(terms), terms
    licence = doc.xpath("//section[@class='source-description']//a[@rel='license']")[0]
    assert licence.get("href") == user_edition.licence_url and licence.text_content() == user_edition.licence
    editors = doc.xpath("//dt[.='ویراستاران']/following-sibling::dd[1]")[0].text_content()
    assert editors == "مریم احمدی، ویراستار"
    interpretation = doc.xpath("//dt[.='تفسیر و نشانه‌گذاری خودکار']/following-sibling::dd[1]//bdi")[0]
    assert interpretation.get("lang") in (None, "fa") and "cert" in interpretation.text_content()


def test_pdf_sets_notes_in_place_and_credits_in_persian(tmp_path: Path, user_edition: Edition,
                                                      tei: dict[str, Path]) -> None:
    pdf = render_pdf(tei[LETTER], tmp_path / "letter.pdf", user_edition)
    first = page_text(pdf, 1)
    # the archive's note above the letter is on its first page, in the text; its number was a
    # footnote call standing alone before
    assert has_words(first, "اطلاعات شخصی افراد حذف شده است")
    everything = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert has_words(everything, "مریم احمدی ویراستار")
    assert not re.search("editor(?!s@)", everything)  # editors@… is the contact address


def test_long_bayts_stay_inside_the_page_margins(tmp_path: Path, user_edition: Edition,
                                                tei: dict[str, Path]) -> None:
    """Hafez's first ghazal, whose hemistichs fill their half of an A5 page: every word within the
    15 mm margins (print.css); the halves' padding outside their 50 % put them 3 mm past it."""
    pdf = render_pdf(tei[VERSE], tmp_path / "verse.pdf", user_edition)
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    size = re.search(r'<page width="([\d.]+)"', out)
    assert size
    width = float(size.group(1))
    margin = 15 / 25.4 * 72
    boxes = [(float(a), float(b)) for a, b in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', out)]
    assert len(boxes) > 100
    outside = [box for box in boxes if box[0] < margin - 0.5 or box[1] > width - margin + 0.5]
    assert outside == []


def test_a_run_of_page_furniture_is_one_band(site: Path, tei: dict[str, Path]) -> None:
    """The site's lines after Sa'di's story (related posts, authors, a comment prompt: nine fw in
    a row) were ruled off one by one; each line another fw follows is marked to run on."""
    tree = etree.parse(str(tei[FOOTNOTES]))
    fws = list(tree.iter(f"{TEI}fw"))
    run_on = {fw.get("{http://www.w3.org/XML/1998/namespace}id") for fw in fws
              if (nxt := fw.getnext()) is not None and nxt.tag == f"{TEI}fw"}
    assert len(run_on) >= 5
    doc = page(site, FOOTNOTES)
    for fw in fws:
        xml_id = fw.get("{http://www.w3.org/XML/1998/namespace}id")
        classes = doc.get_element_by_id(xml_id).get("class").split()
        assert "tei-fw" in classes and ("fw-run-on" in classes) == (xml_id in run_on), xml_id


def test_index_leaves_out_a_column_no_text_fills(site: Path) -> None:
    """A user's plain texts name no source (no catalog.csv): the index's «منبع» column was empty
    on every row; the type column stays, as the ghazal has one."""
    index = lxml.html.fromstring((site / "index.html").read_bytes())
    assert index.xpath("//table[@class='text-index']/thead//th/text()") == ["عنوان", "تاریخ", "نوع"]
    rows = index.xpath("//table[@class='text-index']/tbody/tr")
    assert len(rows) == len(TEXTS) and all(len(row.xpath("td")) == 3 for row in rows)
    assert "شعر" in [row.xpath("string(td[3])") for row in rows]
