"""The PDF edition (issue 7): one PDF/A-3b per text, read back with poppler and pypdf.

Fixtures render once per session: the five converted seeds plus the hand-encoded sample
(tests/data/pdf/plenum-statement.xml, a copy of ../shared/examples/000-plenum-statement.example.xml,
which has entity names, two sic/corr corrections and known page content).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from nashr.config import Edition
from nashr.entities.tagger import Tagger
from nashr.publish import pdf
from nashr.publish.pdf import isolate_bdi, layout, write_pdf
from nashr.publish.volume import render_volume
from pdfread import BIDI_CONTROLS, DATA, SAMPLE, as_poppler_reads, fa, page_text, region_text, squeezed, tei_title


@pytest.fixture(scope="session")
def texts(converted: dict[str, Path]) -> list[Path]:
    """The converted seeds, then the sample."""
    return [*converted.values(), SAMPLE]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory, texts: list[Path], edition: Edition) -> list[Path]:
    return pdf.render_pdfs(texts, tmp_path_factory.mktemp("pdf"), edition)


@pytest.fixture(scope="session")
def sample_pdf(pdfs: list[Path]) -> Path:
    return pdfs[-1]


def test_one_pdf_per_text_named_after_the_tei_file(texts: list[Path], pdfs: list[Path]) -> None:
    assert [p.name for p in pdfs] == [f"{t.stem}.pdf" for t in texts]
    for path in pdfs:
        assert path.read_bytes().startswith(b"%PDF-1.7")
        assert not list(path.parent.glob(".*.tmp"))  # atomic write left no temporary file


def test_page_count_matches_the_pages_rendered_to_png(pdfs: list[Path], tmp_path: Path) -> None:
    counts = {}
    for path in pdfs:
        prefix = tmp_path / path.stem
        subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(prefix)], check=True)
        pngs = list(tmp_path.glob(f"{path.stem}-*.png"))
        counts[path.stem] = len(pngs)
        assert len(PdfReader(path).pages) == len(pngs) >= 1
    # The 66 KB congress report is by far the longest seed: it needs many more pages.
    longest = max(counts, key=counts.get)  # type: ignore[arg-type]
    assert counts[longest] >= 10
    assert counts[longest] > 3 * sorted(counts.values())[len(counts) // 2]


def test_extracted_text_has_the_title(texts: list[Path], pdfs: list[Path]) -> None:
    for tei, path in zip(texts, pdfs, strict=True):
        title = tei_title(tei)
        assert PdfReader(path).metadata.title == title
        everything = squeezed("".join(page_text(path, n) for n in range(1, len(PdfReader(path).pages) + 1)))
        assert as_poppler_reads(title) in everything, path.name


def test_page_numbers_are_persian_digits_at_the_page_foot(pdfs: list[Path]) -> None:
    for path in pdfs:
        reader = PdfReader(path)
        for number, page in enumerate(reader.pages, start=1):
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            # the bottom margin (print.css: 20 mm = 56.7 pt) holds the page number and nothing else
            foot = region_text(path, number, 0, height - 50, width, 50)
            assert foot == fa(number), (path.name, number)


def test_corrections_print_the_default_reading_with_the_other_in_a_footnote(sample_pdf: Path) -> None:
    """The default reading is the corrected one, as on the site: «یک» and «مبارزات» in the
    running text, the source's «بک» and «مبارازت» each in a footnote."""
    lines = [squeezed(line) for line in page_text(sample_pdf, 1, layout=True).splitlines()]
    notes = [line for line in lines if as_poppler_reads("در نسخه:") in line]
    assert len(notes) == 2
    assert as_poppler_reads("در نسخه: بک") in notes[0]
    assert as_poppler_reads("در نسخه: مبارازت") in notes[1]
    body = "".join(line for line in lines if line not in notes)
    assert "سرودانترناسیونالویک" in body and "سرودانترناسیونالوبک" not in body
    assert "دررونداعتراضاتومبارزات" in body and "دررونداعتراضاتومبارازت" not in body


def test_notes_are_footnotes_and_normalisations_print_the_regular_form(edition: Edition, tmp_path: Path) -> None:
    (path,) = pdf.render_pdfs([DATA / "notes.xml"], tmp_path, edition)
    page = PdfReader(path).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)

    def area(top: float, bottom: float) -> str:
        return region_text(path, 1, 0, top, width, bottom - top)

    # the note is at the foot of the page (above the page number), not in the running text
    upper, foot = area(0, height / 2), area(height / 2, height - 50)
    assert as_poppler_reads("یادداشت ویراستار دربارهٔ این جمله.") in foot
    assert as_poppler_reads("دربارهٔ") in foot and as_poppler_reads("دربارهٔ") not in upper
    # the regularised spelling (reg, with ZWNJ) is printed, the default reading as on the site;
    # the text layer keeps ZWNJ, so it tells it from the source's (orig, without)
    text = page_text(path, 1)
    assert "سازمان\u200cیافته" in text and as_poppler_reads("سازمانیافته") not in squeezed(text)


def test_tei_source_is_attached_byte_identical(texts: list[Path], pdfs: list[Path]) -> None:
    for tei, path in zip(texts, pdfs, strict=True):
        attachments = PdfReader(path).attachments
        assert list(attachments) == [tei.name]
        assert attachments[tei.name] == [tei.read_bytes()]


def test_pdfa_3b_identification_in_xmp_and_language(sample_pdf: Path) -> None:
    reader = PdfReader(sample_pdf)
    root = reader.trailer["/Root"]
    xmp = etree.fromstring(root["/Metadata"].get_object().get_data())
    pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    described = xmp.xpath("//*[@pdfaid:part]", namespaces={"pdfaid": pdfaid})
    assert [d.get(f"{{{pdfaid}}}part") for d in described] == ["3"]
    assert described[0].get(f"{{{pdfaid}}}conformance") == "B"
    assert root["/Lang"] == "fa"
    assert "/OutputIntents" in root  # PDF/A needs the sRGB output intent
    file_spec = root["/AF"][0].get_object()
    assert file_spec["/AFRelationship"] == "/Source"
    assert reader.metadata.author == "کمیته مرکزی حزب کمونیست کارگری ایران"
    # tagged for accessibility: a structure tree whose headings and paragraphs are marked
    assert root["/MarkInfo"]["/Marked"].value is True
    assert {"/Document", "/Art", "/H2", "/P"} <= structure_types(root["/StructTreeRoot"])


def structure_types(node: object) -> set[str]:
    """The /S types of every structure element under a PDF structure tree node."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "/S" in item:
                found.add(str(item["/S"]))
            if "/K" in item:
                stack.append(item["/K"])
    return found


def test_dates_come_from_the_edition_never_the_clock(
    sample_pdf: Path, edition: Edition, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF's CreationDate and its colophon's publication date are edition.toml's declared date,
    with SOURCE_DATE_EPOCH set or not (the coordinator's rule of round 28); SOURCE_DATE_EPOCH
    replaces the clock: the colophon says «built on» only with it, and the attached TEI file's
    dates follow it."""
    reader = PdfReader(sample_pdf)
    assert reader.metadata["/CreationDate"].startswith("D:" + edition.date.replace("-", ""))
    colophon = re.findall(r"\w+", page_text(sample_pdf, len(reader.pages)))
    # 2026-11-23 = 2 Azar 1405 (persiantools): «تاریخ انتشار: ۲ آذر ۱۴۰۵ / ۲۳ نوامبر ۲۰۲۶»
    assert {"انتشار", "آذر", "۱۴۰۵", "نوامبر", "۲۰۲۶"} <= set(colophon) and "ساخت" not in colophon
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")  # 2000-01-01T00:00:00Z
    (again,) = pdf.render_pdfs([SAMPLE], tmp_path, edition)
    reader = PdfReader(again)
    assert reader.metadata["/CreationDate"].startswith("D:" + edition.date.replace("-", ""))
    assert reader.metadata["/ModDate"].startswith("D:" + edition.date.replace("-", ""))
    (attached,) = reader.attachments
    spec = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    assert (attached, spec["/EF"]["/F"].get_object()["/Params"]["/ModDate"][:10]) == (SAMPLE.name, "D:20000101")
    # the colophon's build date in both calendars: «۱۱ دی ۱۳۷۸ / ۱ ژانویه ۲۰۰۰» (pdftotext
    # moves digit runs around in right-to-left lines, so look for the words), after the publication date
    colophon = re.findall(r"\w+", page_text(again, len(reader.pages)))
    assert {"ساخت", "دی", "۱۳۷۸", "ژانویه", "۲۰۰۰", "انتشار", "۱۴۰۵", "۲۰۲۶"} <= set(colophon)


def test_an_edition_of_a_month_is_published_in_that_month(edition: Edition, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """An edition dated «2026-12» (a user's edition of held-out set 26's pages): the colophon says
    the month, «آذر–دی ۱۴۰۵ / دسامبر ۲۰۲۶», not a day nobody declared; it said «تاریخ ساخت: ۱۰ آذر
    ۱۴۰۵ / ۱ دسامبر ۲۰۲۶». The PDF's CreationDate needs a day: the month's first."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    month = dataclasses.replace(edition, date="2026-12")
    (target,) = pdf.render_pdfs([SAMPLE], tmp_path, month)
    reader = PdfReader(target)
    assert reader.metadata["/CreationDate"].startswith("D:20261201")
    colophon = " ".join(re.findall(r"\w+", page_text(target, len(reader.pages))))
    assert "انتشار" in colophon and "دسامبر ۲۰۲۶" in colophon and "آذر" in colophon and "دی" in colophon
    assert "ساخت" not in colophon and "۱۰" not in colophon.split()


def test_same_input_gives_byte_identical_pdfs_in_worker_processes(
    texts: list[Path], pdfs: list[Path], edition: Edition, tmp_path: Path
) -> None:
    # the session's PDFs were rendered in this process; render two again in 2 worker processes
    again = pdf.render_pdfs([texts[0], SAMPLE], tmp_path, edition, jobs=2)
    assert [p.read_bytes() for p in again] == [pdfs[0].read_bytes(), pdfs[-1].read_bytes()]


def test_first_page_is_set_right_to_left(sample_pdf: Path, tmp_path: Path) -> None:
    """Short lines (the heading's second line, paragraph ends) hug the right margin."""
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", str(sample_pdf), str(tmp_path / "first")],
        check=True,
    )
    image = Image.open(tmp_path / "first.png").convert("L")
    width, height = image.size
    pixels = image.load()
    bands: list[tuple[int, int]] = []  # (left, right) ink extent of each text line
    current: list[int] = []
    blank = 0
    for y in range(int(height * 0.08), int(height * 0.88)):  # inside the page's margins
        ink = [x for x in range(width) if pixels[x, y] < 128]
        blank = 0 if ink else blank + 1
        current += [min(ink), max(ink)] if ink else []
        # a line ends after 3 blank rows (dots and marks above or below a line stay with it)
        if blank == 3 and current:
            bands.append((min(current), max(current)))
            current = []
    right_margin = max(right for _, right in bands)
    short = [(left, right) for left, right in bands if right - left < width * 0.5]
    assert len(bands) >= 15 and short
    for left, right in short:
        assert right_margin - right <= width * 0.02 and left > width * 0.4, (left, right)


def test_bdi_gets_unicode_isolates() -> None:
    html = '<p>نشانی <bdi dir="ltr"><a href="x">x.org</a></bdi> و <bdi>WordPress 6.1!</bdi></p>'
    assert isolate_bdi(html) == (
        '<p>نشانی <bdi dir="ltr">\u2066<a href="x">x.org</a>\u2069</bdi> و <bdi>\u2068WordPress 6.1!\u2069</bdi></p>')


def test_punctuation_stays_inside_a_left_to_right_run(tmp_path: Path) -> None:
    """«WordPress 6.1!» in Persian text: the «!» prints after «6.1», not before «WordPress»
    (as it would without isolation: a neutral between L and R takes the paragraph's direction)."""
    html = '<html lang="fa" dir="rtl"><body><p>نرم افزار <bdi>WordPress 6.1!</bdi> جدید</p></body></html>'
    target = write_pdf(layout(html), tmp_path / "bidi.pdf", [], dt.date(2026, 1, 1))
    words = subprocess.run(["pdftotext", "-bbox", str(target), "-"], check=True, capture_output=True,
                           text=True).stdout
    tokens = [BIDI_CONTROLS.sub("", w) for w in re.findall(r">([^<]+)</word>", words)]
    assert "6.1!" in tokens and "!WordPress" not in tokens, tokens


# --- the reading edition (issue 15) ------------------------------------------------------------

LETTER = Path(__file__).resolve().parent / "data" / "html" / "texts" / "letter-and-verse.xml"


@pytest.fixture(scope="session")
def letter_pdf(tmp_path_factory: pytest.TempPathFactory, edition: Edition) -> Path:
    return pdf.render_pdf(LETTER, tmp_path_factory.mktemp("letter") / "letter-and-verse.pdf", edition)


def test_language_and_zwnj_in_the_text_layer(letter_pdf: Path) -> None:
    assert PdfReader(letter_pdf).trailer["/Root"]["/Lang"] == "fa"
    text = BIDI_CONTROLS.sub("", page_text(letter_pdf, 1))
    # «نامه‌ات» and «دل‌ها» keep their ZWNJ when copied or searched
    assert "نامه\u200cات" in text and "دل\u200cها" in text


def test_an_english_note_reads_left_to_right(letter_pdf: Path) -> None:
    text = " ".join(page_text(letter_pdf, 1).split())
    assert "The interview appeared in issue 12 (p. 4), see www.example.org." in text


def test_colophon_credits_read_in_their_own_direction(letter_pdf: Path) -> None:
    text = " ".join(BIDI_CONTROLS.sub(" ", page_text(letter_pdf, 2)).split())
    assert "nashr editorial team, editor" in text and "nashr, TEI encoding (automatic conversion)" in text


def test_verse_prints_hemistichs_side_by_side(letter_pdf: Path) -> None:
    words = bbox_words(letter_pdf, 1)
    # early words of the two hemistichs of the first bayt
    first, second = words[as_poppler_reads("ایها")], words[as_poppler_reads("عشق")]
    assert abs(first[1] - second[1]) < 2  # one row
    assert second[0] < first[0]  # the second hemistich on the left


def bbox_words(path: Path, page: int) -> dict[str, tuple[float, float]]:
    """Each word of a page (as poppler writes it) → (xMin, yMin) of its first occurrence."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    words: dict[str, tuple[float, float]] = {}
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out):
        word = BIDI_CONTROLS.sub("", match.group(3))
        words.setdefault(word, (float(match.group(1)), float(match.group(2))))
        words.setdefault(word[::-1], (float(match.group(1)), float(match.group(2))))
    return words


def test_drafts_are_not_printed(tmp_path: Path, edition: Edition) -> None:
    draft = tmp_path / "letter-and-verse.new.xml"
    draft.write_bytes(LETTER.read_bytes())
    assert pdf.render_pdfs([draft], tmp_path / "out", edition) == []


def test_no_index_without_names_and_contents_numbers_never_alone(tmp_path: Path, edition: Edition) -> None:
    long_title = tmp_path / "long-title.xml"
    title = "گزارشی بسیار بلند " * 8 + "پایان"
    long_title.write_text(LETTER.read_text(encoding="utf-8").replace("نامه‌ای با شعر", title), encoding="utf-8")
    volume = render_volume([DATA / "notes.xml", long_title], tmp_path / "volume.pdf", edition)
    pages = [squeezed(page_text(volume, n)) for n in range(1, len(PdfReader(volume).pages) + 1)]
    assert not any(as_poppler_reads("نمایه") in p[:20] for p in pages)  # no index: no name points to a register
    contents = bbox_words(volume, 2)
    numbers = [(x, y) for word, (x, y) in contents.items() if re.fullmatch("[۰-۹]+", word)]
    assert len(numbers) == 2
    for _, y in numbers:  # each page number shares its line with words of the title
        assert sum(1 for word, (_, wy) in contents.items() if abs(wy - y) < 1 and not re.fullmatch("[۰-۹]+", word)) >= 1


def test_page_references_follow_the_pages_added() -> None:
    """The page references nashr keeps while writing (pdf._index_page_references) are those of
    the pages added so far, each time they are read, in the order added."""
    import pydyf

    pdf._index_page_references()
    document = pydyf.PDF()
    pages = [pydyf.Dictionary({"Type": "/Page"}) for _ in range(3)]
    document.add_page(pages[0])
    assert document.page_references == (f"{pages[0].number} 0 R".encode(),)
    document.add_page(pages[1])
    document.add_page(pages[2])
    assert document.page_references == tuple(f"{page.number} 0 R".encode() for page in pages)
    assert len(set(document.page_references)) == 3


def test_a_line_of_numbers_keeps_its_order_in_a_right_to_left_paragraph(edition: Edition, tagger: Tagger,
                                                                        tmp_path: Path) -> None:
    """A media player's time line on a VOA Dari page, «0:00 0:04:45 0:00»: its numbers are num
    elements; a box of their own printed «00:0 45:04:0 00:0»."""
    from nashr.convert.converter import convert_file

    source = DATA.parent / "user-texts" / "darivoa-kari-lake-interview.txt"
    tei = convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path
    assert b"<num " in tei.read_bytes()
    target = pdf.render_pdf(tei, tmp_path / "lake.pdf", edition)
    shown = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "0:00 0:04:45 0:00" in BIDI_CONTROLS.sub("", shown)


def test_a_poem_of_long_hemistichs_starts_under_its_title_and_ends_with_two_bayts(
        edition: Edition, tagger: Tagger, tmp_path: Path) -> None:
    """Bahar's Damavandiyeh (held-out set 24): 11 bayts, each hemistich two lines in print, so two
    thirds of a page; counted as 11 lines it was kept on one page, pushed whole past its title,
    which stood alone on page 1. Now it starts under its title, and where it breaks, breaks between
    bayts leaving neither its first nor its last bayt alone on a page."""
    from nashr.convert.converter import convert_file

    source = DATA.parent / "corpus" / "pashootan-blogsky-bahar-damavandieh" / "source.txt"
    tei = convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path
    target = pdf.render_pdf(tei, tmp_path / "damavandieh.pdf", edition)
    pages = [squeezed(page_text(target, n + 1)) for n in range(len(PdfReader(target).pages))]

    def page_of(words: str) -> int:
        [found] = [n for n, text in enumerate(pages) if squeezed(as_poppler_reads(words)) in text]
        return found

    title = squeezed(as_poppler_reads(tei_title(tei)))
    assert title in pages[0] and page_of("ای گنبد گیتی") == page_of("تا چشم بشر") == 0
    # The last two bayts together (since the blog's advertising slot is furniture, round 26, no
    # subtitle stands over the title and the whole poem fitted on the first page; since the title
    # under that furniture is printed above it too, round 40, the last two bayts go over together,
    # the colophon under them).
    assert page_of("بشکن در دوزخ") == page_of("بفکن ز پی این") == 1
    # It may still break, between bayts: more than a third of a page as printed (22 lines), it is not
    # kept whole on one page (print.css: only an lg without "lg-long" is).
    assert 'class="tei-lg lg-long"' in pdf.text_html(tei, edition)


def test_a_poem_longer_than_a_page_starts_on_the_first_page(edition: Edition, tagger: Tagger,
                                                             tmp_path: Path) -> None:
    """A divan's text file with no blank line between its poems is one lg; kept on one page, it was
    pushed whole past an empty first page: Khayyam's quatrains as an NLP course keeps them (the
    title and the file's two furniture lines were alone on page 1)."""
    from nashr.convert.converter import convert_file

    source = DATA.parent / "user-texts" / "khayyam-rubaiyat-divan-file.txt"
    tei = convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path
    longest = max(len(lg.findall(".//{http://www.tei-c.org/ns/1.0}l")) for lg in
                  etree.parse(str(tei)).iter("{http://www.tei-c.org/ns/1.0}lg"))
    assert longest > 100  # one lg, as the file has it: more than a page
    target = pdf.render_pdf(tei, tmp_path / "khayyam.pdf", edition)
    first_hemistichs = source.read_text(encoding="utf-8").splitlines()[3:5]
    assert all(squeezed(as_poppler_reads(h)) in squeezed(page_text(target, 1)) for h in first_hemistichs)


def test_a_headline_said_twice_is_printed_once(edition: Edition, tmp_path: Path) -> None:
    """kabul.gov.af's news release (held-out set 26) says its headline as its first two lines, one
    title of two lines in the TEI (the second lb/@copyOf the first): printed once, as the heading
    (the PDF printed it three times: an h1 over the heading and its copy), and bookmarked once."""
    from nashr.convert.converter import convert_file

    source = DATA.parent / "corpus" / "kabul-gov-af-wali-kabul-mojaddedi-didar-1396-10-09" / "source.txt"
    tei = convert_file(source, tmp_path / "tei", edition).result.path
    target = pdf.render_pdf(tei, tmp_path / "kabul.pdf", edition)
    first = squeezed(BIDI_CONTROLS.sub("", page_text(target, 1)))
    # (poppler reverses the ligature of «الله» as it does lam-alef's: the words before it)
    assert first.count(squeezed(as_poppler_reads("محترم محمد یعقوب حیدری والی کابل با محترم ذبیح"))) == 1
    heading, nested = PdfReader(target).outline  # the heading, the colophon under it
    assert (heading["/Title"], [item["/Title"] for item in nested]) == (tei_title(tei), ["شناسنامه"])


def test_a_latin_token_cut_by_a_number_prints_in_order(edition: Edition, tagger: Tagger, tmp_path: Path) -> None:
    """usembassy.gov's visa page asks for «فرم DS-160»; «160» tagged a num, the print isolated
    «DS-» alone and the line printed «160DS-» (its text layer too). One isolate: «DS-160»."""
    from nashr.convert.converter import convert_file

    source = tmp_path / "usembassy-ir-fa-visa-services.txt"
    source.write_bytes((DATA.parent / "corpus" / "usembassy-ir-fa-visa-services" / "source.txt").read_bytes())
    tei = convert_file(source, tmp_path / "tei", edition, tagger=tagger).result.path
    assert "DS-<num" in tei.read_text(encoding="utf-8")  # the tagging cuts the token
    assert "<bdi>DS-160</bdi>" in pdf.text_html(tei, edition)
    text = BIDI_CONTROLS.sub("", page_text(pdf.render_pdf(tei, tmp_path / "visa.pdf", edition), 1))
    assert "DS-160" in text and "160DS" not in text
