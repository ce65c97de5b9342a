"""Editions made of batches of one site's pages, as an archivist and a reader of poetry build them
(tests/data/corpus/ converted as ``nashr build`` does, published as HTML and PDF, read back).

What they saw wrong: an archive's letters whose titles are the site's line «[اطلاعات شخصی افراد حذف
شده است]» stood in the index as three rows of one title, nothing telling them apart; a divan's index
had a date column of «undated» on every row; a site's numbered pages came in the order of their
file names' characters (ghazal 120 before ghazal 64); the orange and grey bars beside the lines
nashr guessed were explained only at the page's foot; in the PDF a letter's addressee ran into its
first paragraph, and a single text's colophon was cut over two pages, its heading left behind."""

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
from nashr.publish.html import SiteOptions, build_site
from nashr.publish.pdf import render_pdf

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
COLOPHON = "شناسنامه"  # the heading of a PDF's colophon (messages.xml)
# three letters of one archive's site (their first line, the site's note, is each one's title), a
# SAVAK report and an embassy's communiqué
LETTERS = ("bic-archive-prime-minister-letter-khorasan-1323", "bic-archive-interior-ministry-letter-mahallat-1322",
           "bic-archive-isfahan-governor-moharram-circular-1330",
           "historydocuments-savak-faaliyat-mazhabi-azarbaijan-1342-04-01",
           "ambafrance-af-sefarat-mahkum-19-april-wrapped-crlf")
# a site's ghazals named by their numbers, and a ghazal nashr is sure of every line of; none dated
POEMS = ("seyedrezabazyar-hafez-ghazal-120-utf16", "seyedrezabazyar-hafez-ghazal-64-utf16",
         "seyedrezabazyar-hafez-ghazal-243-utf16", "ganjoor-hafez-ghazal-001")


def convert(names: tuple[str, ...], root: Path, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    """The sources copied under their folders' names into ``root/sources`` and converted: name → TEI."""
    (root / "sources").mkdir(parents=True)
    for name in names:
        shutil.copyfile(CORPUS / name / "source.txt", root / "sources" / f"{name}.txt")
    return {name: convert_file(root / "sources" / f"{name}.txt", root / "tei", edition, tagger=tagger).result.path
            for name in names}


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    return convert(LETTERS, tmp_path_factory.mktemp("letters"), edition, tagger)


@pytest.fixture(scope="module")
def letters_site(tmp_path_factory: pytest.TempPathFactory, edition: Edition, letters: dict[str, Path]) -> Path:
    out = tmp_path_factory.mktemp("letters-site")
    build_site(sorted(letters.values()), out, edition, SiteOptions(search=False))
    return out


@pytest.fixture(scope="module")
def poems_site(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> Path:
    poems = convert(POEMS, tmp_path_factory.mktemp("poems"), edition, tagger)
    out = tmp_path_factory.mktemp("poems-site")
    build_site(sorted(poems.values()), out, edition, SiteOptions(search=False))
    return out


def index_rows(site: Path) -> list[lxml.html.HtmlElement]:
    return lxml.html.fromstring((site / "index.html").read_bytes()).xpath("//table[@class='text-index']/tbody/tr")


def test_titles_texts_share_are_told_apart_by_their_source_files(letters_site: Path) -> None:
    rows = index_rows(letters_site)
    titles = [row.xpath("string(td[1]/a)") for row in rows]
    shared = {title for title in titles if titles.count(title) > 1}
    # two letters of the Interior Ministry's with no title line: its name heads both (not the archive's
    # note above them, «[اطلاعات شخصی افراد حذف شده است]», which all three of bic.ir's shared)
    assert shared == {"وزارت کشور"} and titles.count(shared.pop()) == 2
    for row, title in zip(rows, titles, strict=True):
        files = row.xpath("td[1]/span[@class='index-file']/bdi[@dir='ltr']/text()")
        stem = row.xpath("string(td[1]/a/@href)").rsplit("/", 1)[-1].removesuffix(".html")
        # the source's file name under a shared title only; a title of its own stands alone
        assert files == ([f"{stem}.txt"] if titles.count(title) > 1 else []), (title, files)


def test_an_index_of_undated_poems_has_no_date_column(poems_site: Path, letters_site: Path) -> None:
    index = lxml.html.fromstring((poems_site / "index.html").read_bytes())
    assert index.xpath("//table[@class='text-index']/thead//th/text()") == ["عنوان", "نوع"]
    assert all(len(row.xpath("td")) == 2 for row in index_rows(poems_site))
    assert "بی‌تاریخ" not in index.xpath("string(//table[@class='text-index'])")
    # dated letters keep their dates, an undated one among them says so
    letters = lxml.html.fromstring((letters_site / "index.html").read_bytes())
    assert letters.xpath("//table[@class='text-index']/thead//th/text()")[:2] == ["عنوان", "تاریخ"]


def test_a_sites_numbered_pages_come_in_numeric_order(poems_site: Path) -> None:
    stems = [row.xpath("string(td[1]/a/@href)").rsplit("/", 1)[-1].removesuffix(".html")
             for row in index_rows(poems_site)]
    numbered = [int(re.search(r"ghazal-(\d+)-utf16", stem).group(1)) for stem in stems if "seyedrezabazyar" in stem]
    assert numbered == [64, 120, 243]
    # the pages' previous/next links follow the same order
    page = lxml.html.fromstring((poems_site / "texts" / "seyedrezabazyar-hafez-ghazal-120-utf16.html").read_bytes())
    assert page.xpath("//a[@rel='prev']/@href") == ["seyedrezabazyar-hafez-ghazal-64-utf16.html"]


def test_the_marks_of_guessed_lines_have_their_key_above_the_text(letters_site: Path, poems_site: Path) -> None:
    for name in LETTERS:
        page = lxml.html.fromstring((letters_site / "texts" / f"{name}.html").read_bytes())
        marked = set(page.xpath("//div[@id='text']//@data-cert"))
        assert marked, name
        [legend] = page.xpath("//header[@class='text-header']/p[@class='cert-legend']")
        # a key for each level the text has, in its colour's order, and a link to their count
        assert legend.xpath("span/@class") == [f"cert-key cert-{c}" for c in ("low", "medium") if c in marked]
        assert [page.get_element_by_id(href[1:]).get("class") for href in legend.xpath("a/@href")] == ["cert-summary"]
    sure = lxml.html.fromstring((poems_site / "texts" / "ganjoor-hafez-ghazal-001.html").read_bytes())
    assert not sure.xpath("//@data-cert") and not sure.xpath("//*[@class='cert-legend']")


def test_a_letters_pdf_sets_its_opener_apart_and_keeps_its_colophon_whole(letters: dict[str, Path],
                                                                           edition: Edition, tmp_path: Path) -> None:
    target = render_pdf(letters[LETTERS[0]], tmp_path / "letter.pdf", edition)
    words = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(target), "-"], capture_output=True,
                           text=True, check=True).stdout
    # each word's top on the page, the first time it is met (poppler gives a Persian word's letters
    # in visual order)
    tops: dict[str, float] = {}
    for match in re.finditer(r'yMin="([\d.]+)"[^>]*>([^<]*)<', words):
        tops.setdefault(match.group(2)[::-1], float(match.group(1)))
    # the addressee «جناب آقای منصور، …», the paragraph «عطف به نامهٴ …» under it and its second line
    addressee, first, second = tops["جناب"], tops["عطف"], min(t for w, t in tops.items() if t > tops["عطف"] + 1)
    assert first - addressee > 1.2 * (second - first), (addressee, first, second)
    # a single text's colophon, from its heading to the build line, on one page
    text = subprocess.run(["pdftotext", str(render_pdf(letters[LETTERS[-1]], tmp_path / "communique.pdf", edition)),
                           "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    [with_heading] = [k for k, content in enumerate(pages) if COLOPHON in content]
    assert "nashr" in pages[with_heading]
