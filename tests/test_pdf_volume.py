"""The PDF volume (issue 7): title page, contents, texts, index with page numbers, colophon;
and the ``nashr pdf`` command. Links and page numbers are read back from the PDF with pypdf
(named destinations, link rectangles) and poppler (the text inside a rectangle).
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
import typer
from pypdf import PdfReader
from typer.testing import CliRunner

from nashr.commands.pdf import pdf as pdf_command
from nashr.config import Edition
from nashr.publish import pdf
from nashr.publish.html import SiteOptions, build_site
from pdfread import SAMPLE, as_poppler_reads, fa, has_words, page_text, region_text, squeezed, tei_title

EDITION_FILE = Path(__file__).resolve().parents[1] / "edition.toml"


@pytest.fixture(scope="session")
def volume_texts(converted: dict[str, Path]) -> list[Path]:
    return [*converted.values(), SAMPLE]


@pytest.fixture(scope="session")
def volume(tmp_path_factory: pytest.TempPathFactory, volume_texts: list[Path], edition: Edition) -> Path:
    return pdf.render_volume(volume_texts, tmp_path_factory.mktemp("volume") / "volume.pdf", edition)


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


def test_index_page_numbers_lead_to_their_pages(volume: Path) -> None:
    reader = PdfReader(volume)
    height = float(reader.pages[0].mediabox.height)
    index_pages = [
        n for n in range(len(reader.pages)) if squeezed(page_text(volume, n + 1)).startswith(as_poppler_reads("نمایه"))
    ]
    assert index_pages, "no index page"
    checked = 0
    for n in index_pages:
        for rect, target in links(reader, n):
            # each number in the index is the number of the page its link leads to
            assert re.sub(r"\D", "", text_in(volume, n + 1, rect, height)) == fa(target)
            checked += 1
    # the sample alone names 21 politburo members, each once: at least that many entries
    assert checked >= 21
    words = squeezed("".join(page_text(volume, n + 1) for n in index_pages))
    assert "منصورحکمت" in words and "کردستان" in words


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
