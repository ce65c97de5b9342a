"""Pages of TEI that other projects made (not by ``nashr convert``): the language they declare
in the header or with codes other than nashr's, verse encoded with plain ``seg``, a play's cast
list, a source described by a bibl of parts. Each TEI below is shaped as the public project
named beside it encodes its texts."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from nashr.config import Edition
from nashr.publish.html import SiteOptions, render_text, site_context

DATA = Path(__file__).resolve().parent / "data" / "html"


def tei(path: Path, text: str, header: str = "", root: str = "") -> Path:
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"{root}>'
        "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>p</p>"
        f"</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>{header}</teiHeader>"
        f"{text}</TEI>", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def render(edition: Edition):
    site = site_context(edition, SiteOptions(registers_dir=DATA / "registers", search=False))
    return lambda path: lxml.html.fromstring(render_text(path, site).page)


def text_div(page: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    return page.xpath("//div[@id='text']")[0]


def test_language_declared_only_in_the_header_sets_the_text_direction(tmp_path: Path, render) -> None:
    # DraCor's Shakespeare: no @xml:lang on TEI or text, langUsage lists English and French.
    header = ('<profileDesc><langUsage><language ident="en">English</language>'
              '<language ident="fr">French</language></langUsage></profileDesc>')
    page = render(tei(tmp_path / "play.xml", "<text><body><p>Before we proceed any further, hear me"
                      " speak.</p></body></text>", header))
    assert (text_div(page).get("lang"), text_div(page).get("dir")) == ("en", "ltr")


def test_the_language_of_greatest_usage_is_the_texts(tmp_path: Path, render) -> None:
    header = ('<profileDesc><langUsage><language ident="en" usage="10">English</language>'
              '<language ident="fa" usage="90">Persian</language></langUsage></profileDesc>')
    page = render(tei(tmp_path / "a.xml", "<text><body><p>Hafez: متن فارسی</p></body></text>", header))
    # Persian like the site: the text inherits the page's lang="fa" dir="rtl" (not English, listed
    # first, nor left to right as its first letter would have it)
    assert page.get("dir") == "rtl"
    assert (text_div(page).get("lang"), text_div(page).get("dir")) == (None, None)


def test_text_without_any_language_takes_the_direction_of_its_first_letter(tmp_path: Path, render) -> None:
    page = render(tei(tmp_path / "a.xml", "<text><body><p>1. Enter a company of Citizens.</p></body></text>"))
    assert text_div(page).get("dir") == "ltr"


@pytest.mark.parametrize("code", ["per", "fas", "far", "ara", "ota", "ku-Arab"])
def test_right_to_left_languages_under_their_other_codes(tmp_path: Path, render, code: str) -> None:
    # farsiLit's divans mark Persian as «far» on a div inside a text of xml:lang="fa"
    page = render(tei(tmp_path / "a.xml", f'<text xml:lang="en"><body><div xml:lang="{code}"><p>متن</p>'
                      "</div></body></text>"))
    [div] = page.xpath("//div[contains(@class, 'tei-div')]")
    assert (div.get("lang"), div.get("dir")) == (code, "rtl")


def test_two_plain_segs_of_a_right_to_left_line_are_its_hemistichs(tmp_path: Path, render) -> None:
    # the Perseus/farsiLit Hafez: l/seg[1], l/seg[2] without @type
    page = render(tei(tmp_path / "a.xml", '<text xml:lang="fa"><body><lg><l><seg>الا یا ایها الساقی'
                      "</seg><seg>ادر کاسا و ناولها</seg></l><l><seg>یک</seg><seg>دو</seg><seg>سه</seg>"
                      "</l></lg></body></text>"))
    bayts = page.xpath("//*[contains(@class, 'bayt')]")
    assert [[h.text_content() for h in b.xpath(".//*[@class='hemistich']")] for b in bayts] == [
        ["الا یا ایها الساقی", "ادر کاسا و ناولها"]]
    # three segs are not a bayt: the line is shown as it is, every word kept
    assert "یک" in page.xpath("string(//*[contains(@class, 'tei-l') and not(contains(@class, 'bayt'))])")


def test_english_segs_are_not_hemistichs(tmp_path: Path, render) -> None:
    page = render(tei(tmp_path / "a.xml", '<text xml:lang="en"><body><lg><l><seg>To be,</seg>'
                      "<seg>or not to be</seg></l></lg></body></text>"))
    assert not page.xpath("//*[contains(@class, 'bayt')]")


def test_cast_list_is_a_list_of_roles_with_their_descriptions(tmp_path: Path, render) -> None:
    cast = ('<front><castList><castGroup><head>Romans</head><castItem><role>Caius <name>Martius</name>'
            "</role>\n<roleDesc>later Coriolanus</roleDesc></castItem><castItem><role>Volumnia</role>\n"
            "<roleDesc>his mother</roleDesc></castItem></castGroup></castList></front>")
    page = render(tei(tmp_path / "a.xml", f'<text xml:lang="en">{cast}<body><p>x</p></body></text>'))
    items = page.xpath("//div[contains(@class, 'tei-castItem')]")
    assert [" ".join(i.text_content().split()) for i in items] == ["Caius Martius later Coriolanus",
                                                                   "Volumnia his mother"]
    group_head = page.xpath("//div[contains(@class, 'tei-castGroup')]/*[contains(@class, 'tei-head')]")
    assert [h.tag for h in group_head] != [] and all(h.tag not in ("h1", "h2", "h3") for h in group_head)


def test_a_bibl_of_parts_is_shown_with_commas(tmp_path: Path, render) -> None:
    path = tei(tmp_path / "a.xml", '<text xml:lang="fa"><body><p>متن</p></body></text>')
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<sourceDesc><p>s</p></sourceDesc>",
        "<sourceDesc><bibl><author>Hāfez</author><title>Divan</title><pubPlace>Tehran</pubPlace>"
        "<date>1941</date></bibl></sourceDesc>"), encoding="utf-8")
    meta = render(path).xpath("string(//p[@class='text-meta'])")
    assert "Hāfez, Divan, Tehran, 1941" in meta


def test_stage_directions_are_blocks_between_speeches_and_inline_in_a_line(tmp_path: Path, render) -> None:
    page = render(tei(tmp_path / "a.xml", '<text xml:lang="fa"><body><stage>(در می‌زنند.)</stage><sp>'
                      "<speaker>حسن:</speaker><p>سلام <stage>(آرام)</stage> مادر.</p><stage>[می‌نشیند]</stage>"
                      "</sp></body></text>"))
    assert [e.tag for e in page.xpath("//*[contains(@class, 'tei-stage')]")] == ["div", "span", "div"]
