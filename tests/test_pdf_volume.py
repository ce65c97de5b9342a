"""The PDF volume (issue 7): title page, contents, texts, index with page numbers, colophon;
and the ``nashr pdf`` command. Links and page numbers are read back from the PDF with pypdf
(named destinations, link rectangles) and poppler (the text inside a rectangle).
"""

from __future__ import annotations

import dataclasses
import multiprocessing.forkserver
import re
import subprocess
from collections import Counter
from html import unescape
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import typer
from lxml import etree
from pypdf import PdfReader
from typer.testing import CliRunner

from nashr.commands.pdf import pdf as pdf_command
from nashr.config import Edition
from nashr.publish.html import SiteOptions, build_site
from nashr.publish.volume import render_volume
from pdfread import DATA, SAMPLE, TEI_NS, as_poppler_reads, fa, has_words, page_text, region_text, squeezed, tei_title

EDITION_FILE = Path(__file__).resolve().parents[1] / "edition.toml"
LETTER = Path(__file__).resolve().parent / "data" / "html" / "texts" / "letter-and-verse.xml"


@pytest.fixture(scope="session")
def volume_texts(converted: dict[str, Path]) -> list[Path]:
    return [*converted.values(), SAMPLE]


@pytest.fixture(scope="session")
def volume(tmp_path_factory: pytest.TempPathFactory, volume_texts: list[Path], edition: Edition) -> Path:
    # 30 KB a part: the six texts (12 to 93 KB) are printed in four parts, with the front and back matter
    return render_volume(volume_texts, tmp_path_factory.mktemp("volume") / "volume.pdf", edition, part_bytes=30_000)


def text_in(path: Path, page: int, rect: list[float], height: float) -> str:
    """pdftotext of a link rectangle (PDF user space, origin bottom left) on a 1-based page."""
    x1, y1, x2, y2 = (float(v) for v in rect)
    top = height - max(y1, y2)
    return region_text(path, page, min(x1, x2), top, abs(x2 - x1) + 1, abs(y2 - y1) + 1)


def links(reader: PdfReader, page_index: int) -> list[tuple[list[float], int]]:
    """(rectangle, 1-based destination page) of every internal link on a page."""
    destinations = reader.named_destinations
    found = []
    for annotation in reader.pages[page_index].get("/Annots", []):
        annotation = annotation.get_object()
        if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
            target = destinations[str(annotation["/Dest"])]
            found.append((list(annotation["/Rect"]), reader.get_destination_page_number(target) + 1))
    return found


@pytest.fixture(scope="session")
def site_order(tmp_path_factory: pytest.TempPathFactory, volume_texts: list[Path], edition: Edition) -> list[Path]:
    """The texts in the order of the HTML edition's index."""
    site = tmp_path_factory.mktemp("order-site")
    build_site(volume_texts, site, edition, SiteOptions(search=False))
    index = lxml.html.fromstring((site / "index.html").read_bytes())
    stems = [Path(href).stem for href in index.xpath("//table[@class='text-index']//td[1]/a/@href")]
    by_stem = {tei.stem: tei for tei in volume_texts}
    return [by_stem[stem] for stem in stems]


def test_title_page_and_contents_point_at_each_text(volume: Path, site_order: list[Path], edition: Edition) -> None:
    """The contents list the texts in the site's order, each pointing at its first page."""
    volume_texts = site_order
    assert volume_texts != sorted(volume_texts)  # by date, not by file name
    reader = PdfReader(volume)
    assert reader.metadata.title == edition.title
    assert has_words(page_text(volume, 1), edition.title)
    contents = links(reader, 1)
    starts = sorted({page for _, page in contents})
    assert len(starts) == len(volume_texts)
    contents_words = re.findall(r"\w+", page_text(volume, 2))
    for tei, start in zip(volume_texts, starts, strict=True):
        # the text begins on the page its contents line names, in Persian digits
        assert fa(start) in contents_words
        assert as_poppler_reads(tei_title(tei))[:20] in squeezed(page_text(volume, start + 1))


def test_the_title_page_dates_the_edition_as_edition_toml_does(tmp_path: Path, edition: Edition,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """An edition dated by its month is dated by that month on the title page, in both calendars
    («آذر–دی ۱۴۰۵ / دسامبر ۲۰۲۶»), not by the month's first day (it said «۱۰ آذر ۱۴۰۵ / ۱ دسامبر
    ۲۰۲۶»); so is the colophon's publication date, and without SOURCE_DATE_EPOCH the colophon
    claims no build day (it said «تاریخ ساخت: ۱۰ آذر ۱۴۰۵ / ۱ دسامبر ۲۰۲۶»)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monthly = dataclasses.replace(edition, date="2026-12")
    volume = render_volume([LETTER], tmp_path / "volume.pdf", monthly)
    title_page = re.findall(r"\w+", page_text(volume, 1))
    assert {"آذر", "دی", "۱۴۰۵", "دسامبر", "۲۰۲۶"} <= set(title_page)
    assert "۱" not in title_page and "۱۰" not in title_page
    colophon = re.findall(r"\w+", page_text(volume, len(PdfReader(volume).pages)))
    assert {"انتشار", "آذر", "دی", "۱۴۰۵", "دسامبر", "۲۰۲۶"} <= set(colophon)
    assert "ساخت" not in colophon and "۱۰" not in colophon


def test_index_page_numbers_lead_to_their_pages(volume: Path) -> None:
    reader = PdfReader(volume)
    height = float(reader.pages[0].mediabox.height)
    pages = index_pages(volume, reader)
    assert pages, "no index page"
    checked = 0
    for n in pages:
        for rect, target in links(reader, n):
            # each number in the index is the number of the page its link leads to
            assert re.sub(r"\D", "", text_in(volume, n + 1, rect, height)) == fa(target)
            checked += 1
    # the sample alone names 21 politburo members, each once: at least that many entries
    assert checked >= 21
    words = squeezed("".join(page_text(volume, n + 1) for n in pages))
    assert "منصورحکمت" in words and "کردستان" in words


def index_pages(volume: Path, reader: PdfReader) -> list[int]:
    """0-based indexes of the pages whose text starts with the index's running head «نمایه»."""
    head = as_poppler_reads("نمایه")
    return [n for n in range(len(reader.pages)) if squeezed(page_text(volume, n + 1)).startswith(head)]


def ref_key(ref: str) -> str:
    """A register entry's id from a name's @ref, as the stylesheets read it (n:ref-key)."""
    first = ref.split()[0]
    return first.split("#", 1)[1] if "#" in first else first.split(":", 1)[1] if ":" in first else first


def test_index_lists_every_page_of_every_name_once(volume: Path, volume_texts: list[Path]) -> None:
    assert_index_lists_every_page_of_every_name_once(volume, volume_texts)


def assert_index_lists_every_page_of_every_name_once(volume: Path, volume_texts: list[Path]) -> None:
    """Each register entry a text names has one link per page on which it is named, to that page:
    the pages read from the PDF's own destinations (one per name, ``{text id}.x{N}``, N counting
    persName, orgName and placeName in the TEI file), not from the stylesheet that wrote the index."""
    reader = PdfReader(volume)
    destinations = reader.named_destinations
    entry_of: dict[str, tuple[str, str]] = {}
    expected = set()
    for tei in volume_texts:
        root = etree.parse(str(tei), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        text_id = root.get("{http://www.w3.org/XML/1998/namespace}id", "text")
        names = root.xpath(".//tei:persName | .//tei:orgName | .//tei:placeName", namespaces=TEI_NS)
        for n, name in enumerate(names, start=1):
            anchor = f"{text_id}.x{n}"
            if name.get("ref") and name.xpath("ancestor::tei:text", namespaces=TEI_NS) and anchor in destinations:
                entry_of[anchor] = (etree.QName(name).localname, ref_key(name.get("ref")))
                expected.add((entry_of[anchor], reader.get_destination_page_number(destinations[anchor]) + 1))
    listed: Counter[tuple[tuple[str, str], int]] = Counter()
    for n in index_pages(volume, reader):
        for annotation in reader.pages[n].get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                anchor = str(annotation["/Dest"])
                listed[entry_of[anchor], reader.get_destination_page_number(destinations[anchor]) + 1] += 1
    assert len(expected) > 50
    assert set(listed) == expected
    assert max(listed.values()) == 1


def index_words(volume: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """The words of a 1-based page as poppler finds them: (characters in visual order, x min,
    y min, x max, y max), points from the top left."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(volume), "-"],
                         check=True, capture_output=True, text=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(unescape(w), float(x1), float(y1), float(x2), float(y2)) for x1, y1, x2, y2, w in re.findall(pattern, out)]


def test_each_index_part_ends_in_two_balanced_columns(volume: Path) -> None:
    """On the page where a register's part ends (above the next part's heading, or on the index's
    last page), its entries fill both columns to about the same depth: the columns' last lines
    at most two lines and a gap apart (an entry's last two lines stay together, print.css)."""
    reader = PdfReader(volume)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    # -bbox gives a word's characters in visual order
    heading, title = as_poppler_reads("نمایهٔ")[::-1], as_poppler_reads("نمایه")[::-1]
    line = 8.5 * 1.55  # an entry's line height (print.css), points
    # each page's entries cut at the parts' headings: [entries above the first heading, below it, …]
    regions = []
    for n in index_pages(volume, reader):
        words = index_words(volume, n + 1)
        headings = sorted(y1 for w, _, y1, _, _ in words if w == heading)
        furniture = {y1 for w, _, y1, _, _ in words if w in (heading, title)}  # lines of headings
        # the running head and the page number are in the margins (18 mm, 20 mm)
        entries = [(x1, x2, y1, y2) for _, x1, y1, x2, y2 in words if 51 < y1 < height - 57 and y1 not in furniture]
        bounds = [0.0, *headings, height]
        regions.append([[(x1, x2, y2) for x1, x2, y1, y2 in entries if top < y1 < bottom]
                        for top, bottom in zip(bounds, bounds[1:], strict=False)])
    # a part ends where a heading follows its entries on the page, or the next page opens with one
    endings = [
        (page, region)
        for page, (cut, following) in enumerate(zip(regions, [*regions[1:], [[]]], strict=True))
        for i, region in enumerate(cut)
        if region and (i < len(cut) - 1 or not following[0])
    ]
    for page, region in endings:
        right = max((y2 for x1, _, y2 in region if x1 > width / 2), default=0.0)
        left = max((y2 for _, x2, y2 in region if x2 < width / 2), default=0.0)
        assert right and left, f"index page {page + 1}: a part ends in one column"
        assert abs(right - left) < 2 * line + 4, f"index page {page + 1}: columns end at {right:.0f}, {left:.0f} pt"
    assert len(endings) == 3  # persons, organisations, places


def test_back_matter_pages_are_numbered_on_and_every_tei_is_attached(volume: Path, volume_texts: list[Path]) -> None:
    reader = PdfReader(volume)
    last = len(reader.pages)
    assert fa(last) in re.findall(r"\w+", page_text(volume, last))
    attachments = reader.attachments
    assert sorted(attachments) == sorted(t.name for t in volume_texts)
    for tei in volume_texts:
        assert attachments[tei.name] == [tei.read_bytes()]


def test_pdf_command_prints_each_text_and_the_volume(tmp_path: Path, edition: Edition) -> None:
    app = typer.Typer()
    app.command()(pdf_command)
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI><text>", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [str(SAMPLE), str(broken), "-o", str(out), "--edition", str(EDITION_FILE)])
    # the broken file is named with its line, the good one still printed; no volume of a partial batch
    assert result.exit_code == 2
    assert "broken.xml:1" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["plenum-statement.pdf"]
    result = CliRunner().invoke(app, [str(SAMPLE), "-o", str(out), "--edition", str(EDITION_FILE)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["plenum-statement.pdf", "volume.pdf"]


def test_missing_font_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = typer.Typer()
    app.command()(pdf_command)
    monkeypatch.setenv("NASHR_FONT_DIR", str(tmp_path))
    result = CliRunner().invoke(app, [str(SAMPLE), "-o", str(tmp_path / "out"), "--edition", str(EDITION_FILE)])
    assert result.exit_code == 2
    assert "Vazirmatn font not found" in result.output and "NASHR_FONT_DIR" in result.output


# ---------------------------------------------------------------- the volume printed in parts


def destination_pages(reader: PdfReader) -> dict[str, int]:
    """Named destination → its 1-based page."""
    return {name: reader.get_destination_page_number(dest) + 1 for name, dest in reader.named_destinations.items()}


def text_ids(texts: list[Path]) -> list[str]:
    """Each text's id (TEI/@xml:id), the anchor of its first page."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return [etree.parse(str(tei), parser).getroot().get("{http://www.w3.org/XML/1998/namespace}id") for tei in texts]


def text_starts(site_order: list[Path], reader: PdfReader) -> list[int]:
    """The 1-based first page of each text, in the site's order (the destination of its id)."""
    pages = destination_pages(reader)
    return [pages[text_id] for text_id in text_ids(site_order)]


def test_pages_are_numbered_on_across_the_parts(volume: Path, site_order: list[Path]) -> None:
    """From the first text's first page to the colophon, each page prints its own number in the
    volume (read by poppler in the bottom margin), across the joins of the parts (two texts a part,
    then the back matter); the title page and the contents print none."""
    reader = PdfReader(volume)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    first = text_starts(site_order, reader)[0]
    assert first == 3  # title page, one page of contents
    for page in range(1, len(reader.pages) + 1):
        printed = region_text(volume, page, 0, height - 57, width, 57)  # the bottom margin: 20 mm
        assert printed == (fa(page) if page >= first else ""), f"page {page}"


def test_every_link_lands_in_its_part_of_the_volume(volume: Path, volume_texts: list[Path],
                                                    site_order: list[Path]) -> None:
    """Every internal link names a destination of the volume (none left pointing into a part by
    its URI), and each name's destination lies within the pages of the text it belongs to: the
    contents (first part) and the index (last part) lead into the parts of the texts."""
    reader = PdfReader(volume)
    pages = destination_pages(reader)
    starts = text_starts(site_order, reader)
    index_first = pages["index"]
    ends = [*starts[1:], index_first]
    span = {text_id: (start, end - 1) for text_id, start, end in zip(text_ids(site_order), starts, ends, strict=True)}
    linked: dict[str, set[str]] = {"contents": set(), "texts": set(), "index": set()}
    for n, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            assert not str(annotation.get("/A", {}).get("/URI", "")).startswith("nashr-part:")
            if "/Dest" in annotation:
                name = str(annotation["/Dest"])
                low, high = span[name.split(".x")[0]]
                assert low <= pages[name] <= high, f"page {n}: {name} leads to page {pages[name]}"
                linked["contents" if n < starts[0] else "index" if n >= index_first else "texts"].add(name)
    assert linked["contents"] == set(text_ids(volume_texts))
    assert len(linked["index"]) > 50


def test_bookmarks_follow_the_volume(volume: Path, site_order: list[Path]) -> None:
    """The bookmarks: the edition's title on page 1 with the contents under it, then each text's
    title on its first page in the site's order, its headings under it, every bookmark after the
    one before it; the index and colophon under the last text, as WeasyPrint nests them."""
    reader = PdfReader(volume)

    def flat(items: list, depth: int = 0) -> list[tuple[int, str, int]]:
        found = []
        for item in items:
            if isinstance(item, list):
                found.extend(flat(item, depth + 1))
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item) + 1))
        return found

    marks = flat(reader.outline)
    assert marks[:2] == [(0, reader.metadata.title, 1), (1, "فهرست", 2)]
    assert [page for _, _, page in marks] == sorted(page for _, _, page in marks)
    top = [(title, page) for depth, title, page in marks[2:] if depth == 0]
    starts = text_starts(site_order, reader)
    assert [page for _, page in top] == starts
    for (title, _), tei in zip(top, site_order, strict=True):
        assert title == tei_title(tei)
    assert any(depth > 0 for depth, _, page in marks if page > starts[-1])


def test_one_structure_tree_and_pdfa_catalogue(volume: Path, edition: Edition) -> None:
    """The parts' structure trees are one tree under one Document element, every page's and link's
    key into its parent tree distinct; the catalogue is a PDF/A-3b one (XMP identification, output
    intent, language, file identifier), as the volume in one document had."""
    reader = PdfReader(volume)
    root = reader.trailer["/Root"]
    tree = root["/StructTreeRoot"]
    [document] = [kid.get_object() for kid in tree["/K"]]
    assert document["/S"] == "/Document"
    kids = [kid.get_object() for kid in document["/K"]]
    assert len(kids) > 6 and all(kid["/P"].get_object() is document for kid in kids)
    numbers = tree["/ParentTree"]["/Nums"]
    keys = [int(key) for key in numbers[::2]]
    assert len(keys) == len(set(keys))
    values = dict(zip(keys, numbers[1::2], strict=True))
    used = []
    for page in reader.pages:
        used.append(int(page["/StructParents"]))
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            used.append(int(annotation["/StructParent"]))
            assert "/S" in values[used[-1]].get_object()  # a structure element (Link, Span …)
    assert len(used) == len(set(used)) and set(used) <= set(keys)
    xmp = etree.fromstring(root["/Metadata"].get_object().get_data())
    pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    assert [(d.get(f"{{{pdfaid}}}part"), d.get(f"{{{pdfaid}}}conformance"))
            for d in xmp.xpath("//*[@pdfaid:part]", namespaces={"pdfaid": pdfaid})] == [("3", "B")]
    assert root["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    assert root["/Lang"] == "fa" and root["/MarkInfo"]["/Marked"].value is True
    assert reader.metadata.title == edition.title and reader.metadata.producer.startswith("WeasyPrint")
    assert len(reader.trailer["/ID"]) == 2


def test_one_program_of_each_font_with_every_glyph_drawn(volume: Path) -> None:
    """Each part embedded its own subset of each weight of Vazirmatn; the volume embeds one
    program of each, merged: every font dictionary of every page points to it, and it holds an
    outline for every glyph a page's widths (``/W``: the glyphs the part drew) name."""
    from io import BytesIO

    from fontTools.ttLib import TTFont

    reader = PdfReader(volume)
    programs: dict[str, set[int]] = {}
    drawn: dict[int, set[int]] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            cid_font = font.get_object()["/DescendantFonts"][0].get_object()
            program = cid_font["/FontDescriptor"].raw_get("/FontFile2")
            programs.setdefault(str(cid_font["/BaseFont"]), set()).add(program.idnum)
            widths, i = cid_font["/W"], 0
            while i < len(widths):  # [first [w1 w2 …]] or [first last w]
                if isinstance(widths[i + 1], list):
                    glyphs = range(widths[i], widths[i] + len(widths[i + 1]))
                    i += 2
                else:
                    glyphs = range(widths[i], widths[i + 1] + 1)
                    i += 3
                drawn.setdefault(program.idnum, set()).update(glyphs)
    assert sorted(programs) == ["/FJXULZ+Vazirmatn", "/NXUPCO+Vazirmatn-Bold"]
    assert all(len(numbers) == 1 for numbers in programs.values())
    for number, glyphs in drawn.items():
        font = TTFont(BytesIO(reader.get_object(number).get_data()))
        order, glyf = font.getGlyphOrder(), font["glyf"]
        empty = [gid for gid in glyphs if glyf[order[gid]].numberOfContours == 0 and font["hmtx"][order[gid]][0] > 0]
        spaces = {gid for gid in glyphs if order[gid] in ("space", "uni00A0", "uni200C")}
        assert set(empty) <= spaces, f"glyphs {sorted(set(empty) - spaces)[:10]} drawn but empty"


def test_every_object_of_the_volume_is_reached(volume: Path) -> None:
    """The join copies what the volume's pages and trees reach, nothing else (no part's catalogue,
    outline, metadata or output profile left over), and writes its objects in object streams."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    reader = PdfReader(volume)
    seen: set[int] = set()
    todo = [reader.trailer.raw_get("/Root"), reader.trailer.raw_get("/Info")]
    while todo:
        item = todo.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            todo.extend(item.values())
        elif isinstance(item, ArrayObject):
            todo.extend(item)
    stored = set(reader.xref_objStm) | {n for n in reader.xref[0] if "/Type" not in reader.get_object(n)
                                        or reader.get_object(n)["/Type"] not in ("/ObjStm", "/XRef")}
    assert stored == seen
    assert len(reader.xref_objStm) > len(reader.xref[0])


def test_the_volume_does_not_depend_on_the_workers(tmp_path: Path, edition: Edition,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The same texts give the same bytes, in this process or in two workers (a part a text), with
    the date of SOURCE_DATE_EPOCH — set after the workers' fork server started, as in a test
    session, so the workers' own environment lacks it; the parts' files are gone once the volume
    is written."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    multiprocessing.forkserver.ensure_running()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    texts = [DATA / "notes.xml", SAMPLE, LETTER]
    one = render_volume(texts, tmp_path / "one" / "volume.pdf", edition, jobs=1, part_bytes=1)
    two = render_volume(texts, tmp_path / "two" / "volume.pdf", edition, jobs=2, part_bytes=1)
    assert one.read_bytes() == two.read_bytes()
    reader = PdfReader(one)
    assert reader.metadata.creation_date.date().isoformat() == edition.date  # declared, not the epoch's
    assert {"۱۴۰۲", "۲۰۲۳"} <= set(re.findall(r"\w+", page_text(one, len(reader.pages))))  # built on 23 Aban 1402
    assert [p.name for p in one.parent.iterdir()] == ["volume.pdf"]
    assert [p.name for p in two.parent.iterdir()] == ["volume.pdf"]


def test_a_part_that_fails_stops_the_volume(tmp_path: Path, edition: Edition, monkeypatch: pytest.MonkeyPatch) -> None:
    """A part that cannot be laid out raises, nothing is written, and the parts after it are told
    so (their page counts say it failed) rather than waiting for its count."""
    from nashr.publish import volume as printing

    laid_out = []

    def layout(html: str) -> object:
        laid_out.append(html)
        if len(laid_out) == 2:  # the first part of texts, after the contents were counted
            raise printing.PdfError("a part that cannot be laid out")
        return pdf_layout(html)

    pdf_layout = printing.layout
    monkeypatch.setattr(printing, "layout", layout)
    target = tmp_path / "volume.pdf"
    with pytest.raises(printing.PdfError, match="a part that cannot be laid out"):
        render_volume([DATA / "notes.xml", SAMPLE, LETTER], target, edition, jobs=1, part_bytes=1)
    assert not target.exists() and len(laid_out) == 2
    counts = sorted(tmp_path.glob(".volume.pdf.part-*.pages.tmp"))
    # the title page and contents (2 pages), then the three parts of one text each
    assert [count.read_text() for count in counts] == ["2", "failed", "failed", "failed"]


def test_the_join_keeps_no_object_it_has_written(tmp_path: Path, edition: Edition,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """pypdf parses every object of an object stream when it reads one of them and keeps them all,
    and WeasyPrint writes a part's objects in one stream: the join drops each object once it is
    written, so of a part it has copied pypdf keeps at most the four it never copies (catalogue,
    page tree, structure tree root, ``Document`` element), not its pages, fonts or attached TEI
    files (the front matter's grow with the edition: docs/scale.md, round 43)."""
    from nashr.publish import join

    kept: list[tuple[int, int]] = []  # per copy: objects of the part copied so far, those pypdf still holds
    copy = join._Part.copy

    def copied(part: join._Part) -> None:
        copy(part)
        held = {number for _, number in part.reader.resolved_objects} & set(part.numbers)
        kept.append((len(part.numbers), len(held)))

    monkeypatch.setattr(join._Part, "copy", copied)
    render_volume([DATA / "notes.xml", SAMPLE, LETTER], tmp_path / "volume.pdf", edition, jobs=1, part_bytes=1)
    assert max(numbers for numbers, _ in kept) > 100  # parts of many objects were joined
    assert max(held for _, held in kept) <= 4


def test_the_join_parses_an_object_only_when_it_copies_it(tmp_path: Path, edition: Edition,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """pypdf parses every object of an object stream as soon as one of them is asked for, and
    WeasyPrint packs every object of a part that is not a stream into one: the join's reader parses
    one when it is asked for, so while a part is copied pypdf holds the few objects being copied,
    never the whole stream (the index's links and the contents' entries grow with the edition:
    docs/scale.md, round 45)."""
    from nashr.publish import join

    held: list[tuple[int, int]] = []  # per object read: objects in the part's object streams, objects pypdf holds
    reader = join._reader

    def counted(handle: Any) -> Any:
        part = reader(handle)
        get_object = part.get_object

        def got(reference: Any) -> Any:
            obj = get_object(reference)
            held.append((len(part.xref_objStm), len(part.resolved_objects)))
            return obj

        part.get_object = got
        return part

    monkeypatch.setattr(join, "_reader", counted)
    render_volume([DATA / "notes.xml", SAMPLE, LETTER], tmp_path / "volume.pdf", edition, jobs=1, part_bytes=1)
    assert max(packed for packed, _ in held) > 100  # parts of many objects were joined
    assert max(kept for _, kept in held) <= 8


def test_a_summary_holds_each_indexed_name_with_the_anchor_its_part_carries(edition: Edition) -> None:
    """A text's summary (xslt/print/volume-summary.xsl), which the volume's contents and index read
    in place of the text: its id, title and order key, and each persName, orgName and placeName with
    @ref in its text, in document order, with its register entry and the anchor its part of texts
    carries (``{text id}.x{N}``, N counting every such element of the TEI file), read here with lxml."""
    from nashr.config import build_date, source_date
    from nashr.publish import volume as printing

    state = printing._Volume(edition, build_date(edition), source_date(), (), Path("volume.pdf"))
    [line] = printing._summarise(state, (SAMPLE,))
    summary = etree.fromstring(line)
    root = etree.parse(str(SAMPLE), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    text_id = root.get("{http://www.w3.org/XML/1998/namespace}id", "text")
    expected = []
    names = root.xpath(".//tei:persName | .//tei:orgName | .//tei:placeName", namespaces=TEI_NS)
    for n, name in enumerate(names, start=1):
        if name.get("ref") is not None and name.xpath("ancestor::tei:text", namespaces=TEI_NS):
            expected.append((ref_key(name.get("ref")), f"{text_id}.x{n}", " ".join("".join(name.itertext()).split())))
    assert (summary.get("id"), summary.get("title")) == (text_id, tei_title(SAMPLE))
    assert summary.get("sort-key").endswith(" plenum-statement")
    assert [(name.get("key"), name.get("anchor"), name.get("form")) for name in summary] == expected
    assert {name.get("register") for name in summary} == {"persons", "orgs", "places"}
    assert len(expected) == 52  # the statement names its party, its members and places


def test_the_volumes_ends_read_the_summaries_not_the_texts(tmp_path: Path, edition: Edition,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Each text is parsed twice, for its summary and for its part of texts; the title page and
    contents (counted, then laid out) and the index parse the summaries, one file, so what they
    hold grows by a summary a text, not by the texts (docs/scale.md, round 44)."""
    from nashr.publish import volume as printing

    parsed: Counter[str] = Counter()
    documents = printing._documents

    def counted(paths: list[Path]) -> object:
        parsed.update(path.name for path in paths)
        return documents(paths)

    monkeypatch.setattr(printing, "_documents", counted)
    texts = [DATA / "notes.xml", SAMPLE, LETTER]
    render_volume(texts, tmp_path / "volume.pdf", edition, jobs=1, part_bytes=1)
    assert {name: parsed[name] for name in (tei.name for tei in texts)} == dict.fromkeys((t.name for t in texts), 2)
    assert parsed[".volume.pdf.part-summaries.xml.tmp"] == 3
    assert not {name for name in parsed if name.endswith(".xml")} - {t.name for t in texts} - {
        "persons.xml", "orgs.xml", "places.xml"}


PIECE = 15
"""The most page numbers in a piece of the index in the tests below (the volume's constant is 4,000): the
seeds' index, about 200 page numbers in three registers, is cut into about fifteen pieces, and two of its
entries (an organisation and a place named on more than fifteen pages) run on into the next piece."""
CONTINUED = "(ادامه)"


@pytest.fixture(scope="session")
def pieced(tmp_path_factory: pytest.TempPathFactory, volume_texts: list[Path],
           edition: Edition) -> tuple[Path, str, list[str]]:
    """The volume of the same texts and parts as ``volume``, its index in pieces of at most
    :data:`PIECE` page numbers (laid out in this process), with the back matter's HTML as the
    stylesheet wrote it and the documents it was cut into."""
    from nashr.publish import index_pieces
    from nashr.publish import volume as printing

    seen: list[tuple[str, list[str]]] = []

    def cut(html: str, locators: int) -> list[str]:
        pieces = index_pieces.cut(html, locators)
        seen.append((html, pieces))
        return pieces

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(printing, "cut", cut)
        target = render_volume(volume_texts, tmp_path_factory.mktemp("pieced") / "volume.pdf", edition, jobs=1,
                               part_bytes=30_000, index_locators=PIECE)
    [(html, pieces)] = seen
    return target, html, pieces


def index_entries(document: Any) -> list[tuple[str, list[str]]]:
    """(name, the targets of its page numbers' links) of each index entry of an HTML document."""
    return [(entry.xpath("string(span[@class='index-name'])"), entry.xpath("span[@class='index-pages']/a/@href"))
            for entry in document.xpath("//p[@class='index-entry']")]


def test_the_index_is_cut_into_pieces_between_entries_where_it_can(pieced: tuple[Path, str, list[str]]) -> None:
    """Each piece holds at most PIECE page numbers; put back together, the pieces hold the stylesheet's
    entries in its order, each with the same page numbers in the same order; an entry is cut only when
    it holds more than a piece can (it then fills its piece), and its run-on opens the next piece with
    its name and «(ادامه)»; each register's heading opens its first piece, the index's the first piece,
    and the colophon is a document of its own, last."""
    _, html, pieces = pieced
    whole = lxml.html.document_fromstring(html)
    *index, colophon = [lxml.html.document_fromstring(piece) for piece in pieces]
    assert colophon.xpath("count(//section)") == 1 and colophon.xpath("//section[@class='colophon']")
    put_back: list[tuple[str, list[str]]] = []
    run_on: list[str] = []
    for n, piece in enumerate(index):
        entries = index_entries(piece)
        assert len(piece.xpath("//span[@class='index-pages']/a")) <= PIECE
        assert piece.xpath("count(//h2)") == (n == 0)
        assert piece.xpath("count(//h3)") <= 1 and not piece.xpath("//h3[preceding-sibling::p]")
        for i, (name, links) in enumerate(entries):
            if name.endswith(f" {CONTINUED}"):
                assert i == 0 and not piece.xpath("//h3")
                assert put_back[-1][0] == name.removesuffix(f" {CONTINUED}")
                assert len(index[n - 1].xpath("//span[@class='index-pages']/a")) == PIECE  # the entry filled it
                put_back[-1][1].extend(links)
                run_on.append(put_back[-1][0])
            else:
                put_back.append((name, links))
    assert put_back == index_entries(whole)
    assert len(run_on) >= 2
    assert all(len(links) > PIECE for name, links in put_back if name in run_on)
    assert sum(piece.xpath("count(//h3)") for piece in index) == whole.xpath("count(//h3)") == 3


def test_the_index_in_pieces_keeps_its_page_numbers_and_numbers_its_pages_on(
        pieced: tuple[Path, str, list[str]], volume: Path, volume_texts: list[Path]) -> None:
    """In the volume, the pieces keep every page number of every name once, each leading to its page;
    each piece starts a page (at most one page more a piece than the index in a piece a register);
    the back matter's pages are numbered on from the texts; a run-on entry opens its piece's first
    page, under the index's running head."""
    target, _, pieces = pieced
    assert_index_lists_every_page_of_every_name_once(target, volume_texts)
    reader, whole = PdfReader(target), PdfReader(volume)
    assert len(whole.pages) < len(reader.pages) <= len(whole.pages) + len(pieces) - 4
    pages = index_pages(target, reader)
    for n in range(pages[0], len(reader.pages)):
        assert fa(n + 1) in re.findall(r"\w+", page_text(target, n + 1))
    # the first (right) column of each index page, below the running head (in the 18 mm margin)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    columns = [squeezed(region_text(target, n + 1, width / 2, 51, width / 2, height - 108)) for n in pages]
    run_on = [name for piece in pieces for name, _ in index_entries(lxml.html.document_fromstring(piece))
              if name.endswith(CONTINUED)]
    for name in run_on:
        assert sum(column.startswith(as_poppler_reads(squeezed(name))) for column in columns) == 1, name
    assert sum(as_poppler_reads(CONTINUED) in column for column in columns) == len(run_on) >= 2
