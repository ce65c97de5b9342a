"""Direction of lines in Latin script or mixed scripts on a right-to-left page (issue 13).

Real input from tests/data/corpus: Wikimedia's 2012 fundraising appeal in Persian (set 7: an
English page title «Fundraising 2012/Translation/GorillaWarfare appeal» and an English line about
the translation), the React documentation page (set 6: code fences «```bash»), and a Persian
Wikipedia project page (set 6: «ویکیپدیا:ماه قرآنی ویکیپدیا/۱۴۴۳», Persian with a Latin-free
name). A block takes the direction of the script most of its words are in, not of its first
letter; titles the edition lists itself are isolated; the PDF's running head gets Unicode isolates.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from conftest import ROOT
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger
from nashr.publish import pdf
from nashr.publish.html import SiteOptions, build_site

CORPUS = ROOT / "tests" / "data" / "corpus"
APPEAL = "meta-wikimedia-fundraising-2012-gorillawarfare-appeal-fa"
REACT = "reactjs-fa-react-dev-developer-tools-md"
QORANI = "wikipedia-fa-mah-qorani-1443"
LAW = "ghavanin-tasmim-komision-farhang-talimat-ejbari-1336-cp1256"  # set 7: «استان آذربایجان»
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("direction")
    for name in (APPEAL, REACT, QORANI, LAW):
        shutil.copy(CORPUS / name / "source.txt", folder / f"{name}.txt")
    return {name: convert_file(folder / f"{name}.txt", folder / "texts", edition, tagger=tagger).result.path
            for name in (APPEAL, REACT, QORANI, LAW)}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, texts: dict[str, Path], edition: Edition) -> Path:
    out = tmp_path_factory.mktemp("direction-site")
    options = SiteOptions(search=False, registers_dir=ROOT / "tei" / "registers")
    build_site(sorted(texts.values()), out, edition, options)
    return out


def page(site: Path, name: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / "texts" / f"{name}.html")).getroot()


def block_dirs(doc: lxml.html.HtmlElement) -> dict[str, str | None]:
    """Text of each leaf block of the text (its source line's id) → its own dir."""
    return {el.get("id"): el.get("dir") for el in doc.xpath("//div[@id='text']//*[contains(@id, '.l')]")}


def test_a_block_mostly_in_latin_script_runs_left_to_right(site: Path) -> None:
    dirs = block_dirs(page(site, APPEAL))
    ids = {key.rsplit(".l", 1)[1]: value for key, value in dirs.items() if key}
    # line 1: «Fundraising 2012/Translation/GorillaWarfare appeal» (the title: «2012» is a num, so its
    # Latin runs are two; isolated each on a right-to-left line, they swapped places)
    assert ids["1"] == "ltr"
    assert ids["3"] == "ltr"  # «This page is a translated version of the page Fundraising 2012/…»
    assert ids["8"] == "ltr"  # the heading «Appeal»
    persian = [value for key, value in ids.items() if key not in {"1", "3", "8"}]
    assert persian and all(value is None for value in persian)  # the Persian lines keep the page's


def test_a_persian_block_with_latin_in_it_stays_right_to_left(site: Path) -> None:
    doc = page(site, QORANI)
    title = doc.xpath(f"//*[@id='{QORANI}.l1']")[0]  # «ویکیپدیا:ماه قرآنی ویکیپدیا/۱۴۴۳ …»
    assert title.get("dir") is None and title.text_content().startswith("ویکیپدیا:")
    react = page(site, REACT)
    fences = [el for el in react.xpath("//div[@id='text']//*[contains(@class, 'tei-fw')]")
              if el.text_content().startswith("```")]
    # «```bash», «```html {3}» left to right; a closing «```» has no letter to have a direction
    assert [fence.get("dir") for fence in fences] == ["ltr", None, "ltr", None, "ltr", None]
    # «## اکستنشن های مرورگر {/*browser-extension*/}», «### سافاری و سایر مرورگر ها
    # {/*safari-and-other-browsers*/}» (more Latin letters than Persian, but one word of them)
    headings = [react.xpath(f"//*[@id='{REACT}.l{n}']")[0] for n in (17, 29, 55)]
    assert [(h.get("dir"), bool(h.xpath(".//bdi"))) for h in headings] == [(None, True)] * 3


def test_titles_on_the_index_and_registers_are_isolated_in_their_scripts_direction(site: Path) -> None:
    index = lxml.html.parse(str(site / "index.html")).getroot()
    titles = {a.get("href").rsplit("/", 1)[1]: a.xpath("bdi")[0] for a in index.xpath("//table//td/a")}
    assert (titles[f"{APPEAL}.html"].get("dir"), titles[f"{APPEAL}.html"].text) == (
        "ltr", "Fundraising 2012/Translation/GorillaWarfare appeal")
    assert titles[f"{QORANI}.html"].get("dir") == "rtl"


def test_the_pdf_sets_a_latin_title_left_to_right_and_isolates_it_in_the_running_head(
        texts: dict[str, Path], edition: Edition, tmp_path: Path) -> None:
    html = lxml.html.fromstring(pdf.text_html(texts[APPEAL], edition))
    assert html.xpath("//article/@data-title") == [f"{LRI}Fundraising 2012/Translation/GorillaWarfare appeal{PDI}"]
    assert html.xpath(f"//*[@id='{APPEAL}.l1']/@dir") == ["ltr"]
    qorani = lxml.html.fromstring(pdf.text_html(texts[QORANI], edition))
    assert qorani.xpath("//article/@data-title")[0].startswith(RLI)
    # its heading over two lines (an lb) is its title: printed once, as the text's own heading
    assert [h.get("id") for h in qorani.xpath("//h1")] == [f"{QORANI}.l1"]
    # a title the text's own heading does not repeat: an h1 of its own, without bdi (its text is
    # the PDF's bookmark, where isolate characters would show)
    title = lxml.html.fromstring(pdf.text_html(texts[LAW], edition)).xpath("//article/h1")[0]
    assert title.text.startswith("تصميم متخذه كميسيون فرهنگ") and not title.xpath(".//bdi")
    out = pdf.render_pdfs([texts[APPEAL]], tmp_path, edition)[0]
    first = subprocess.run(["pdftotext", "-raw", "-f", "1", "-l", "1", str(out), "-"], check=True,
                           capture_output=True, text=True).stdout.splitlines()
    # the heading drawn left to right in one run over two lines; set right to left, its two Latin
    # runs (around the num «2012») were drawn apart: «Fundraising», «2012», «/», «Translation/…»
    assert " ".join(first[:2]) == "Fundraising 2012/Translation/GorillaWarfare appeal"


def test_a_persian_link_label_with_its_address_stays_right_to_left(site: Path) -> None:
    """«* [نصب برای **Chrome**](https://chrome.google.com/webstore/…)»: the address has more
    letters than the label, but it is one word."""
    react = page(site, REACT)
    items = [li for li in react.xpath("//div[@id='text']//li") if "chrome.google.com" in li.text_content()]
    assert len(items) == 1 and items[0].get("dir") is None


def test_a_markdown_title_line_is_the_pages_only_title(site: Path) -> None:
    """The front matter's «title: ابزار توسعه ری‌اکت» is the text's heading; the header's title
    is «ابزار توسعه ری‌اکت»: the page shows it once as a heading. Under the front matter's fence
    (`fw`), as a web page's title under its site's furniture, it is the h1 above the text, and the
    line stays in its place, not a heading (round 40; before, the line was the page's h1)."""
    react = page(site, REACT)
    assert [h.text_content().strip(" \u00a0¶") for h in react.xpath("//h1")] == ["ابزار توسعه ری‌اکت"]
    in_place = react.xpath("//div[@id='text']//*[contains(@class, 'title-in-place')]")
    assert [line.text_content().strip(" \u00a0¶") for line in in_place] == ["title: ابزار توسعه ری‌اکت"]


def test_an_english_note_of_a_register_entry_runs_left_to_right(site: Path) -> None:
    """tei/registers/places.xml: «The region of north-western Iran.» (no xml:lang), on the
    register page and in the card of the name in the text."""
    places = lxml.html.parse(str(site / "registers" / "places.html")).getroot()
    note = places.xpath("//li[@id='pl-azerbaijan']//p[@class='entry-note']")
    assert [(p.text_content(), p.get("dir")) for p in note] == [("The region of north-western Iran.", "ltr")]
    law = page(site, LAW)
    cards = law.xpath("//span[@class='card-note'][. = 'The region of north-western Iran.']")
    assert cards and all(card.get("dir") == "ltr" for card in cards)
