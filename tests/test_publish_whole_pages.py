"""Web pages copied whole (a site's name, menu and section labels above the headline) published as
clean texts are: the title under the furniture heads the page, the PDF, the index and the deposit's
records, and its line stays where the page has it (round 40; the collection's furniture-topped
texts, corpus_sets.furniture_topped). Expected titles are the lines the hand roles mark ``title``,
read from the sources, not from nashr's output."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from pypdf import PdfReader

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.deposit import metadata
from nashr.entities.tagger import Tagger
from nashr.publish import pdf
from nashr.publish.html import SiteOptions, build_site

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
WHOLE_PAGES = [
    # a blog's skip link and two sidebar widgets' headings over the post's title (Windows-1256)
    "arq-jahangushay-jolus-qaan-cp1256",
    # the Senate's menu (seven lines), its date widget and press office, the statement's date, then the title
    "meshran-website-elamiye-havades-akhir-1397-05-15-cp1256",
    # state.gov's five lines of banner, the ministry's and the office's names, then the title
    "state-gov-fa-blinken-nowruz-2022",
]
CLEAN = "mudh-gov-af-tahdab-shahrak-yatiman-helmand-1403"  # the headline is the copy's first line
NS = {"dc": "http://purl.org/dc/elements/1.1/", "dc4": "http://datacite.org/schema/kernel-4"}


def hand_title(name: str) -> tuple[list[int], str]:
    """The source lines the hand roles mark ``title`` (1-based) and their words, as the source has them."""
    about = (CORPUS / name / "about.toml").read_text(encoding="utf-8")
    encoding = re.search(r'encoding = "([^"]+)"', about)[1].replace("windows-", "cp")
    lines = (CORPUS / name / "source.txt").read_bytes().decode(encoding).splitlines()
    numbers = [int(row.split("\t")[0]) for row in (CORPUS / name / "roles.tsv").read_text(encoding="utf-8").splitlines()
               if row.split("\t")[1:2] == ["title"]]
    return numbers, " ".join(" ".join(lines[n - 1] for n in numbers).split())


@pytest.fixture(scope="module")
def edition_of_pages(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    """The texts converted one by one, a site of them and their deposit records: name → TEI path
    (the site in ``site/``, the records in ``data/`` beside ``tei/``)."""
    root = tmp_path_factory.mktemp("whole-pages")
    teis = {}
    for name in [*WHOLE_PAGES, CLEAN]:
        source = root / "sources" / f"{name}.txt"
        source.parent.mkdir(exist_ok=True)
        shutil.copy(CORPUS / name / "source.txt", source)
        teis[name] = convert_file(source, root / "data" / "tei" / "texts", edition, tagger=tagger).result.path
    build_site(list(teis.values()), root / "site", edition, SiteOptions(search=False))
    metadata.write_records(root / "data", [f"tei/texts/{tei.name}" for tei in teis.values()], "tei/corpus.xml",
                           metadata.parameters(edition, dt.date(2026, 12, 6)))
    return teis


def site_page(teis: dict[str, Path], name: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(teis[name].parents[3] / "site" / "texts" / f"{teis[name].stem}.html")).getroot()


@pytest.mark.parametrize("name", WHOLE_PAGES)
def test_the_title_under_a_sites_furniture_heads_the_page(edition_of_pages: dict[str, Path], name: str) -> None:
    numbers, title = hand_title(name)
    page = site_page(edition_of_pages, name)
    [h1] = page.xpath("//h1")  # the title is a heading once, above the text, as a clean text's first line is
    assert h1.getparent().get("class") == "text-header" and " ".join(h1.text_content().split()) == title
    assert page.xpath("string(//title)").startswith(title)
    # its line stays in its place, under the furniture, and no line moves: the blocks in source order
    [in_place] = page.xpath("//*[contains(@class, 'title-in-place')]")
    assert in_place.get("id") == f"{edition_of_pages[name].stem}.l{numbers[0]}"
    lines = [int(m[1]) for i in page.xpath("//div[@id='text']//*/@id") if (m := re.fullmatch(r".+\.l(\d+)", i))]
    assert lines == sorted(lines) and lines.index(numbers[0]) > 0
    before = page.xpath("//*[contains(@class, 'title-in-place')]/preceding::*[contains(@class, 'tei-fw')]")
    assert before, "the site's furniture stands above the title's line"
    # the index lists the text by that title
    index = lxml.html.parse(str(edition_of_pages[name].parents[3] / "site" / "index.html")).getroot()
    assert title in [" ".join(a.text_content().split()) for a in index.xpath("//td/a")]


def test_a_clean_texts_heading_is_still_its_pages_only_title(edition_of_pages: dict[str, Path]) -> None:
    _, title = hand_title(CLEAN)
    page = site_page(edition_of_pages, CLEAN)
    assert not page.xpath("//header[@class='text-header']/h1")
    assert not page.xpath("//*[contains(@class, 'title-in-place')]")
    [h1] = page.xpath("//div[@id='text']//h1")
    assert " ".join(h1.xpath("string(.)").replace("\u00b6", "").split()) == title


@pytest.mark.parametrize("name", WHOLE_PAGES)
def test_the_pdf_prints_the_title_first_and_names_it(edition_of_pages: dict[str, Path], edition: Edition,
                                                     tmp_path: Path, name: str) -> None:
    _, title = hand_title(name)
    tei = edition_of_pages[name]
    printed = lxml.html.fromstring(pdf.text_html(tei, edition))
    [article] = printed.xpath("//article")
    assert article.get("data-title").strip("\u2066\u2067\u2068\u2069") == title  # the running head
    first = article.xpath("./*[1] | .//*[contains(@class, 'tei-fw')][1]")
    assert first[0].tag == "h1" and " ".join(first[0].text_content().split()) == title
    assert [h.text_content() for h in printed.xpath("//h1 | //h2")].count(first[0].text_content()) == 1
    target = pdf.render_pdf(tei, tmp_path / f"{name}.pdf", edition)
    assert PdfReader(target).metadata.title == title


@pytest.mark.parametrize("name", WHOLE_PAGES)
def test_the_deposit_records_carry_the_title(edition_of_pages: dict[str, Path], name: str) -> None:
    _, title = hand_title(name)
    data = edition_of_pages[name].parents[2]
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    dc = etree.parse(str(data / "metadata" / "dc" / f"{edition_of_pages[name].stem}.xml"), parser)
    assert dc.xpath("//dc:title/text()", namespaces=NS) == [title]
    stmt = etree.parse(str(edition_of_pages[name]), parser).xpath(
        "string(//*[local-name()='titleStmt']/*[local-name()='title'][1])")
    assert " ".join(stmt.split()) == title
