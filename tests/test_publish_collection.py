"""The published edition of collection texts as their readers see it: texts of several publishers
converted by nashr (tests/data/corpus), their HTML pages and PDFs read back.

What a reader of an edition built from texts nashr was not written for saw wrong: a list numbered
twice («۱. (اولاً) …», «• - …»), the first word of a second hemistich run into the last word of the
first in search and copied text («آدم رااز نور»), the source's «/» at the start of every second
hemistich, headings that skip a rank (h1 → h3) and an h2 larger than the h1, a paragraph that
seemed to end in an empty line (the hidden ¶ wrapped alone), a hard-wrapped list item broken
where the source's line ended.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger
from nashr.publish import pdf
from nashr.publish.html import SiteOptions, render_text, site_context
from pdfread import BIDI_CONTROLS, as_poppler_reads, page_text, squeezed

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
COLOPHON = "شناسنامه"  # the heading of a PDF's colophon (messages.xml)
TEXTS = (
    "blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256",  # a statute: «(اولاً) …» items, a wrapped item
    "khabarfoori-majlis-5-jalase-148-asami-mahha-1304",  # a Majlis bill: «الف - …» and «۱- …» items
    "rewardsforjustice-fa-about-history-list",  # a web page: «- …» items
    "wikisource-fa-nezamnameh-entekhabat-1327-chromium-pdftotext",  # a PDF's text layer: «‪ –۱‬…» items
    "wikisource-fa-vaghaye-ettefaghiye-20-1267",  # a gazette's price list: items without markers
    "ganjoor-hafez-ghazal-001",  # a hemistich per line
    "ganjoor-parvin-qasida",  # a hemistich per line, another poet's page
    "ganjoor-hafez-ghazal-003-slash",  # a bayt per line, its hemistichs parted by «/»
    "enahang-masnavi-daftar1-bakhsh3-slash",  # the same on another site
    "lu-thesis-template-chapter1-pdftotext",  # a thesis chapter: headings in divs
    "tahlilak-golestan-bab2-hekayat3-footnotes",  # classical prose with headings, verse and notes
    "voa-fa-delrahim-interview-4202218",  # an interview: speakers' names on lines of their own
    "bic-archive-bandar-shah-telegram-petition-1326",  # a telegram: a dateline longer than a line
)


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    """The texts converted as ``nashr build`` does: name → TEI (each source copied under its
    folder's name, as a user's sources folder has them)."""
    tmp = tmp_path_factory.mktemp("collection")
    sources = tmp / "sources"
    sources.mkdir()
    for name in TEXTS:
        shutil.copyfile(CORPUS / name / "source.txt", sources / f"{name}.txt")
    return {name: convert_file(sources / f"{name}.txt", tmp / "tei", edition, tagger=tagger).result.path
            for name in TEXTS}


@pytest.fixture(scope="module")
def pages(collection: dict[str, Path], edition: Edition) -> dict[str, lxml.html.HtmlElement]:
    site = site_context(edition, SiteOptions(search=False))
    return {name: lxml.html.fromstring(render_text(tei, site).page) for name, tei in collection.items()}


def visible(element: lxml.html.HtmlElement) -> str:
    """The text a reader sees of an element: without the elements the stylesheet hides (the
    caesura's «/», the ¶ permalinks, the diplomatic reading of a choice: the normalised one is
    shown first), one space for each run of spaces."""
    copy = lxml.html.fromstring(lxml.html.tostring(element))
    hidden_classes = ("caesura-mark", "permalink", "dipl")
    for hidden in copy.xpath(" | ".join(f".//*[contains(concat(' ', @class, ' '), ' {c} ')]" for c in hidden_classes)):
        hidden.drop_tree()
    return " ".join(copy.text_content().split())


# --- lists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, first", [
    ("blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256", "(اولاً)"),
    ("khabarfoori-majlis-5-jalase-148-asami-mahha-1304", "الف -"),
    ("rewardsforjustice-fa-about-history-list", "- "),
    ("wikisource-fa-nezamnameh-entekhabat-1327-chromium-pdftotext", "–۱"),
])
def test_a_list_whose_items_carry_their_markers_gets_no_second_one(
        pages: dict[str, lxml.html.HtmlElement], name: str, first: str) -> None:
    lists = pages[name].xpath("//div[@id='text']//*[self::ol or self::ul][contains(@class, 'tei-list')]")
    assert lists
    first_item = BIDI_CONTROLS.sub("", visible(lists[0].xpath("li")[0])).strip()
    assert first_item.startswith(first.strip()), first_item  # the source's own marker, in the text
    for found in lists:
        assert "marked-in-text" in found.get("class").split(), visible(found)[:60]


def test_a_list_without_markers_keeps_the_generated_ones(pages: dict[str, lxml.html.HtmlElement]) -> None:
    # a gazette's subscription prices, «یک نسخه دهشاهی», «سه ماهه شش هزار دینار» …: bullets are the
    # medium's to give
    lists = pages["wikisource-fa-vaghaye-ettefaghiye-20-1267"].xpath("//div[@id='text']//ul")
    assert lists and all("marked-in-text" not in found.get("class") for found in lists)


def test_a_printed_list_is_numbered_once(collection: dict[str, Path], edition: Edition, tmp_path: Path) -> None:
    # the statute counts its clauses «(اولاً)», «(ثانیاً)»: no «۱.» printed before them (its
    # articles are numbered with Latin digits, «ماده 1»: a Persian «۱» can only be a list marker)
    target = pdf.render_pdf(collection["blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256"], tmp_path / "a.pdf",
                            edition)
    lines = (page_text(target, 1) + page_text(target, 2)).split(COLOPHON)[0].splitlines()
    text = squeezed("".join(line for line in lines if not line.strip().isdigit()))  # not the page numbers
    assert as_poppler_reads("تابعيت") in text and as_poppler_reads("مذهباسلام") in text  # the items, printed
    # the marker «۱.» before «(اولاً)» was read back as «(.۱اوالً)» (poppler's order of the run)
    assert not re.search("[.٫][۱۲۳۴]|[۱۲۳۴][.٫]", text), text


def test_a_wrapped_item_reflows(pages: dict[str, lxml.html.HtmlElement]) -> None:
    # «… واقع است معين» / «ميشوند.»: a line of the source, not of the statute
    [item] = pages["blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256"].xpath(
        "//li[contains(., 'معين') and contains(., 'ميشوند')][1]")
    assert not item.xpath(".//br") and item.xpath(".//span[@class='lb']")


# --- readings --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["wikisource-fa-nezamnameh-entekhabat-1327-chromium-pdftotext",
                                  "lu-thesis-template-chapter1-pdftotext"])
def test_a_text_layer_normalised_line_by_line_is_not_underlined_line_by_line(
        pages: dict[str, lxml.html.HtmlElement], edition: Edition, name: str) -> None:
    """A PDF's text layer has every line normalised (orig/reg): each line was dotted-underlined,
    the whole text striped; the reading toggle is what says there are two readings."""
    page = pages[name]
    choices = page.xpath("//div[@id='text']//span[contains(concat(' ', @class, ' '), ' choice ')]")
    assert len(choices) > 10 and page.xpath("//div[@class='reading-toggle']")
    assert all("choice-whole" in c.get("class").split() for c in choices)
    # a word corrected inside a line is still marked (a hand-made TEI text: «فعاليتهاي» with Arabic yeh)
    site = site_context(edition, SiteOptions(search=False))
    mixed = lxml.html.fromstring(render_text(CORPUS.parent / "html" / "texts" / "mixed-script.xml", site).page)
    words = mixed.xpath("//span[contains(concat(' ', @class, ' '), ' choice ')]")
    assert words and not any("choice-whole" in c.get("class") for c in words)


# --- verse -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ganjoor-hafez-ghazal-001", "ganjoor-parvin-qasida"])
def test_the_hemistichs_of_a_bayt_are_words_apart(collection: dict[str, Path], pages: dict[str, lxml.html.HtmlElement],
                                                  edition: Edition, name: str) -> None:
    """A hemistich per line: the TEI has no space between the two (a caesura between two seg);
    the page's text, a copied bayt and the search index had the last word of the first hemistich
    and the first of the second as one («ناولهاکه»)."""
    source = (CORPUS / name / "source.txt").read_text(encoding="utf-8").splitlines()
    first, second = source[0].strip(), source[1].strip()
    bayt = pages[name].xpath("//div[contains(@class, 'bayt')]")[0]
    assert visible(bayt) == f"{first} {second}"
    site = site_context(edition, SiteOptions())
    records = render_text(collection[name], site).records
    bayt_record = next(r for r in records if r.id == bayt.get("id"))
    assert bayt_record.text == f"{first} {second}"
    last, next_first = first.split()[-1], second.split()[0]
    assert f"{last} {next_first}" in bayt_record.content.replace("\u200c", "")


@pytest.mark.parametrize("name", ["ganjoor-hafez-ghazal-003-slash", "enahang-masnavi-daftar1-bakhsh3-slash"])
def test_the_sources_slash_between_hemistichs_is_not_shown(
        collection: dict[str, Path], pages: dict[str, lxml.html.HtmlElement], edition: Edition, tmp_path: Path,
        name: str) -> None:
    bayts = pages[name].xpath("//div[contains(@class, 'bayt')]")
    slashed = [b for b in bayts if b.xpath(".//span[@class='caesura-mark']")]
    assert len(slashed) >= 5
    for bayt in slashed:
        assert bayt.xpath("string(.//span[@class='caesura-mark'])").strip() == "/"  # kept in the page
        second = bayt.xpath("span[@class='hemistich']")[1]
        assert not visible(second).startswith("/"), visible(second)
    # printed: the source's slashes but those between hemistichs (the colophon's URL left out)
    target = pdf.render_pdf(collection[name], tmp_path / f"{name}.pdf", edition)
    pages_ = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(target)], capture_output=True,
                                                              text=True, check=True).stdout).group(1))
    printed = "".join(page_text(target, k) for k in range(1, pages_ + 1)).split(COLOPHON)[0]
    source = (CORPUS / name / "source.txt").read_text(encoding="utf-8")
    assert printed.count("/") == source.count("/") - len(slashed)


# --- headings and paragraphs -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256",
                                  "lu-thesis-template-chapter1-pdftotext",
                                  "tahlilak-golestan-bab2-hekayat3-footnotes"])
def test_heading_ranks_go_down_one_at_a_time(pages: dict[str, lxml.html.HtmlElement], name: str) -> None:
    ranks = [int(h.tag[1]) for h in pages[name].iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert ranks[0] == 1 and ranks.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(ranks, ranks[1:], strict=False)), ranks
    assert 2 in ranks[1:-2]  # the text's own headings (the last two: the source description, "cite this")


@pytest.mark.parametrize("name", ["lu-thesis-template-chapter1-pdftotext",
                                  "wikisource-fa-nezamnameh-entekhabat-1327-chromium-pdftotext"])
def test_a_text_layers_title_heading_is_the_only_title(
        collection: dict[str, Path], pages: dict[str, lxml.html.HtmlElement], edition: Edition, name: str) -> None:
    """The title is taken from a heading's normalised reading («فصل ۱»); the heading itself reads
    «ﻓﺼﻞ ۱» in presentation forms between bidi controls: the page and the PDF printed the title,
    then the heading again."""
    import unicodedata

    def seen(element: lxml.html.HtmlElement) -> str:
        return unicodedata.normalize("NFKC", BIDI_CONTROLS.sub("", visible(element)))

    page = pages[name]
    [h1] = page.xpath("//h1")  # the page's h1: the heading, or above the text when a printout's furniture tops it
    assert not [h for h in page.xpath("//div[@id='text']//*[self::h2 or self::h3]") if seen(h) == seen(h1)]
    printed = lxml.html.fromstring(pdf.text_html(collection[name], edition))
    assert len([h for h in printed.xpath("//h1 | //h2") if seen(h) == seen(h1)]) == 1


def test_heading_sizes_follow_their_ranks() -> None:
    from nashr.publish.transform import XSLT_DIR

    css = (XSLT_DIR / "html" / "assets" / "nashr.css").read_text(encoding="utf-8")
    sizes = [float(re.search(rf"(?m)^{rank} {{ font-size: ([\d.]+)rem", css).group(1)) for rank in ("h1", "h2", "h3")]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 3


def test_the_hidden_permalink_never_takes_a_line_of_its_own(pages: dict[str, lxml.html.HtmlElement]) -> None:
    page = pages["blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256"]
    links = page.xpath("//div[@id='text']//*[self::p or self::li or self::h2]/a[@class='permalink']")
    assert links
    for link in links:
        before = link.getprevious().tail if link.getprevious() is not None else link.getparent().text
        assert before.endswith("\u00a0"), repr(before[-10:])  # a no-break space joins it to the last word
    # in a bayt's grid a no-break space would be a cell of its own: a plain space there
    for bayt in pages["ganjoor-hafez-ghazal-001"].xpath("//div[contains(@class, 'bayt')]"):
        assert all(not (t or "").strip() and "\u00a0" not in (t or "")
                   for t in [bayt.text, *(child.tail for child in bayt)])


def _registers_with(tmp_path: Path, entries: dict[str, tuple[str, str]]) -> Path:
    """A copy of the project's registers in ``tmp_path/registers`` with ``entries`` added:
    ``xml:id`` → (kind: ``person`` or ``place``, preferred name)."""
    from lxml import etree

    registers = tmp_path / "registers"
    shutil.copytree(Path(__file__).resolve().parents[1] / "tei" / "registers", registers)
    tei_ns = "http://www.tei-c.org/ns/1.0"
    for kind, file, listing in (("person", "persons.xml", "listPerson"), ("place", "places.xml", "listPlace")):
        if not any(k == kind for k, _ in entries.values()):
            continue
        tree = etree.parse(str(registers / file))
        for key, (of_kind, name) in entries.items():
            if of_kind == kind:
                entry = etree.SubElement(tree.find(f".//{{{tei_ns}}}{listing}"), f"{{{tei_ns}}}{kind}")
                entry.set("{http://www.w3.org/XML/1998/namespace}id", key)
                etree.SubElement(entry, f"{{{tei_ns}}}{'persName' if kind == 'person' else 'placeName'}",
                                 type="preferred").text = name
        tree.write(str(registers / file), encoding="UTF-8", xml_declaration=True)
    return registers


def test_a_names_context_in_its_register_parts_the_hemistichs(edition: Edition, tmp_path: Path) -> None:
    """The register page shows each occurrence with the words around it: «حافظ», the last word
    of a hemistich in a ghazal with a hemistich per line, was followed by «متی…» run into it."""
    from lxml import etree

    registers = _registers_with(tmp_path, {"p-hafez": ("person", "حافظ")})
    source = tmp_path / "ganjoor-hafez-ghazal-001.txt"
    shutil.copyfile(CORPUS / "ganjoor-hafez-ghazal-001" / "source.txt", source)
    tei = convert_file(source, tmp_path / "tei", edition, tagger=Tagger.from_registers(registers)).result.path
    result = render_text(tei, site_context(edition, SiteOptions(registers_dir=registers, search=False)))
    [occurrence] = etree.fromstring(result.summary).xpath("//*[local-name() = 'occ'][@key = 'p-hafez']")
    assert occurrence.get("before").endswith("از او غایب مشو ")
    assert occurrence.get("after") == " متی ما تلق من تهوی …"


def test_a_names_context_keeps_a_bracket_with_the_date_after_it(edition: Edition, tmp_path: Path) -> None:
    """A communiqué wrapped at 72 columns: «(۳۱ حمل)» opens a source line, a date after «(»; the
    register page showed «… اپریل ( ۳۱ حمل) را در کابل …», a space inside the bracket (the date's
    words were taken for the start of the line)."""
    from lxml import etree

    registers = _registers_with(tmp_path, {"pl-kabul": ("place", "کابل")})
    name = "ambafrance-af-sefarat-mahkum-19-april-wrapped-crlf"
    source = tmp_path / f"{name}.txt"
    shutil.copyfile(CORPUS / name / "source.txt", source)
    tei = convert_file(source, tmp_path / "tei", edition, tagger=Tagger.from_registers(registers)).result.path
    result = render_text(tei, site_context(edition, SiteOptions(registers_dir=registers, search=False)))
    befores = etree.fromstring(result.summary).xpath("//*[local-name() = 'occ'][@key = 'pl-kabul']/@before")
    assert "… اپریل (۳۱ حمل) را در " in befores
    assert not [before for before in befores if "( " in before]


def test_a_speakers_name_is_printed_with_the_speech(collection: dict[str, Path], edition: Edition,
                                                    tmp_path: Path) -> None:
    """«درخشش:» was the last line of page 1, the question on page 2."""
    from lxml import etree

    tei = collection["voa-fa-delrahim-interview-4202218"]
    speakers = {squeezed(as_poppler_reads("".join(s.itertext())))
                for s in etree.parse(str(tei)).iter("{http://www.tei-c.org/ns/1.0}speaker")}
    target = pdf.render_pdf(tei, tmp_path / "interview.pdf", edition)
    pages_ = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(target)], capture_output=True,
                                                              text=True, check=True).stdout).group(1))
    assert pages_ > 1 and len(speakers) >= 2
    for k in range(1, pages_):
        lines = [squeezed(line) for line in page_text(target, k).splitlines() if line.strip()]
        last = [line for line in lines if not line.isdigit()][-1]  # not the page number
        assert last not in speakers, (k, last)


@pytest.mark.parametrize("per_line", [True, False], ids=["hemistich per line", "bayt per line"])
def test_a_tarji_bands_bands_end_after_its_refrain(edition: Edition, tagger: Tagger, tmp_path: Path,
                                                   per_line: bool) -> None:
    """Hatef's tarjiʿ-band as a blog keeps it, three bands each closed by the refrain bayt, the
    bands parted by no blank line (tests/test_verse_collection.py): one lg, so the page and the
    PDF ran the bands together. The refrain (a repeated l, @copyOf) ends a band in both media."""
    from test_verse_collection import HATEF, REFRAIN

    bands = [(*HATEF[k: k + 6], *REFRAIN) for k in range(0, 18, 6)]
    text = "\n".join(band[i] if per_line else f"{band[i]}\t{band[i + 1]}"
                     for band in bands for i in range(0, 8, 1 if per_line else 2))
    source = tmp_path / "tarjiband.txt"
    source.write_text("ترجیع‌بند\n\n" + text + "\n", encoding="utf-8")
    tei = convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path
    page = lxml.html.fromstring(render_text(tei, site_context(edition, SiteOptions(search=False))).page)
    bayts = page.xpath("//div[contains(concat(' ', @class, ' '), ' bayt ')]")
    assert len(bayts) == 12 and len(page.xpath("//div[contains(@class, 'tei-lg')]")) == 1  # one run, as written
    assert [k for k, b in enumerate(bayts) if "refrain" in b.get("class").split()] == [3, 7, 11]
    # printed: the space after a refrain is wider than between the bayts of a band
    target = pdf.render_pdf(tei, tmp_path / "tarjiband.pdf", edition)
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(target), "-"], check=True,
                         capture_output=True, text=True).stdout
    rows = sorted({round(float(y)) for y in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"', out)})
    rows = rows[1:13]  # under the title: the twelve bayts
    steps = [b - a for a, b in zip(rows, rows[1:], strict=False)]
    assert len(rows) == 12 and min(steps[3], steps[7]) > max(steps[:3] + steps[4:7] + steps[8:]) + 5, steps


def test_a_register_reads_a_name_as_its_reader_sees_it(edition: Edition, tmp_path: Path) -> None:
    """A name accepted from a PDF's text layer is written in presentation forms («ﻟﺮﺳﺘﺎﻥ», as
    ``nashr entities accept`` took it from a thesis chapter); the texts write it so and in plain
    letters («لرستان»): the entry page gave «Other forms: لرستان», the name again to the eye, and
    the register's list put it after every other name."""
    from lxml import etree

    from nashr.publish.html import build_site

    registers = _registers_with(tmp_path, {"pl-lorestan": ("place", "\ufedf\ufeae\ufeb3\ufe98\ufe8e\ufee5"),
                                           # names no text of this edition has
                                           "pl-gorgan": ("place", "گرگان"), "pl-nasek": ("place", "ناسک")})
    tei_ns = "http://www.tei-c.org/ns/1.0"
    name = "lu-thesis-template-chapter1-pdftotext"
    source = tmp_path / f"{name}.txt"
    shutil.copyfile(CORPUS / name / "source.txt", source)
    tei = convert_file(source, tmp_path / "tei", edition, tagger=Tagger.from_registers(registers)).result.path
    forms = {"".join(p.itertext()) for p in etree.parse(str(tei)).iter(f"{{{tei_ns}}}placeName")
             if p.get("ref", "").endswith("#pl-lorestan")}
    assert {"لرستان", "\ufedf\ufeae\ufeb3\ufe98\ufe8e\ufee5"} <= forms  # both writings in the text
    build_site([tei], tmp_path / "site", edition, SiteOptions(registers_dir=registers, search=False))
    entry = lxml.html.fromstring((tmp_path / "site" / "registers" / "places" / "pl-lorestan.html").read_bytes())
    assert len(entry.xpath("//ul[@class='occurrences']/li//a")) >= 2 and not entry.xpath("//p[@class='variants']")
    # the register's list in Persian alphabetical order, as the printed index: «ﻟﺮﺳﺘﺎﻥ» came after
    # every name in letters, and گ after ن (code points)
    register = lxml.html.fromstring((tmp_path / "site" / "registers" / "places.html").read_bytes())
    keys = register.xpath("//li[@class='register-entry']/@id")
    assert keys.index("pl-gorgan") < keys.index("pl-lorestan") < keys.index("pl-nasek")


def test_the_footer_gives_nashrs_version_as_nashr_numbers_it(pages: dict[str, lxml.html.HtmlElement]) -> None:
    """«ساخته‌شده با nashr ۰.۱.۰» in the footer, «nashr 0.1.0» in the source description above it."""
    from nashr import __version__

    page = pages["ganjoor-hafez-ghazal-001"]
    footer = " ".join(page.xpath("string(//footer[@class='site-footer'])").split())
    assert f"nashr {__version__}" in footer
    assert page.xpath(f"//footer//bdi[@dir='ltr'][. = '{__version__}']")
    # one unit on a phone's line: «nashr» was left at a line's end, its version on the next
    assert "nashr\u00a0" in page.xpath("string(//footer[@class='site-footer'])")
    assert f"nashr {__version__}" in " ".join(page.xpath("string(//section[@class='source-description'])").split())


def pdf_lines(path: Path) -> list[tuple[float, set[str]]]:
    """Each line of page 1 of a PDF: the x of its end on the right (points) and its words, each
    as poppler writes it and reversed (right-to-left words come out in visual order)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    lines = []
    for line in re.finditer(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>', out, re.S):
        words = {BIDI_CONTROLS.sub("", w) for w in re.findall(r">([^<]+)</word>", line.group(2))}
        lines.append((float(line.group(1)), words | {w[::-1] for w in words}))
    return lines


def test_a_dateline_longer_than_a_line_reads_from_the_start(collection: dict[str, Path], edition: Edition,
                                                            tmp_path: Path) -> None:
    """A telegram's dateline («از بندر شاه به ط [طهران]؛ شماره قبض: … تاریخ وصول: ۱۴ مهر [۱۳۲۶]»)
    was set to the line's end, its second line ragged at the start; a short one («تهران، ۱ فروردین
    ۱۳۸۹», a letter) stays at the end."""
    target = pdf.render_pdf(collection["bic-archive-bandar-shah-telegram-petition-1326"], tmp_path / "t.pdf", edition)
    lines = pdf_lines(target)
    column_end = max(x for x, _ in lines)
    [first] = [x for x, words in lines if "بندر" in words]
    [second] = [x for x, words in lines if "وصول:" in words or "وصول" in words]
    assert column_end - 1 < first and column_end - 1 < second
    letter = pdf.render_pdf(CORPUS.parent / "html" / "texts" / "letter-and-verse.xml", tmp_path / "l.pdf", edition)
    lines = pdf_lines(letter)
    [dateline] = [x for x, words in lines if "تهران،" in words]
    assert dateline < max(x for x, _ in lines) - 100
