"""Code listings of Markdown sources (issue 12): TEI ``eg`` with its lines, HTML and PDF ``pre``.

Real input: the React documentation page of held-out set 6
(tests/data/corpus/reactjs-fa-react-dev-developer-tools-md), whose three fenced listings hold a
shell comment, a blank line inside a listing, indented HTML and a port number.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from conftest import ROOT
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.entities.retag import retag_file
from nashr.entities.tagger import Tagger
from nashr.publish import pdf
from nashr.publish.html import SiteOptions, render_text, site_context

SOURCE = ROOT / "tests" / "data" / "corpus" / "reactjs-fa-react-dev-developer-tools-md" / "source.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
# The three listings as the source writes them (lines 32–36, 41, 46–48), blank line and indentation kept.
LISTINGS = [
    "# Yarn\nyarn global add react-devtools\n\n# Npm\nnpm install -g react-devtools",
    "react-devtools",
    '<html>\n  <head>\n    <script src="http://localhost:8097"></script>',
]


@pytest.fixture(scope="module")
def react(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> Path:
    folder = tmp_path_factory.mktemp("listing")
    shutil.copy(SOURCE, folder / "react.txt")
    return convert_file(folder / "react.txt", folder / "texts", edition, tagger=tagger).result.path


def listing_text(eg: etree._Element) -> str:
    """The listing's lines: its text with each ``lb`` a line end."""
    return "".join("\n" if isinstance(node, etree._Element) and node.tag.endswith("}lb") else
                   node if isinstance(node, str) else "" for node in eg.xpath("node()"))


def test_a_listing_is_an_eg_of_its_lines_without_entity_markup(react: Path) -> None:
    tree = etree.parse(str(react))
    listings = tree.xpath("//t:body//t:eg", namespaces=NS)
    assert [listing_text(eg) for eg in listings] == LISTINGS
    assert [eg.get("{http://www.w3.org/XML/1998/namespace}space") for eg in listings] == ["preserve"] * 3
    assert [eg.get("{http://www.w3.org/XML/1998/namespace}id") for eg in listings] == \
        ["react.l32", "react.l41", "react.l46"]
    # each further line's lb carries its line's identifier; the blank line 34 is an lb without one
    assert [lb.get("{http://www.w3.org/XML/1998/namespace}id") for lb in listings[0]] == \
        ["react.l33", None, "react.l35", "react.l36"]
    assert tree.xpath("//t:eg//*[not(self::t:lb)]", namespaces=NS) == []  # no num for the port 8097
    # the fences stay furniture around it, and the text around is not code
    assert listings[0].getprevious().text == "```bash" and listings[0].getnext().text == "```"
    assert not tree.xpath("//t:p[contains(., 'npm install')]", namespaces=NS)


def test_a_listing_is_valid_against_nashr_rng_and_tei_all(react: Path, tei_all: etree.RelaxNG) -> None:
    tree = etree.parse(str(react))
    nashr_rng = etree.RelaxNG(etree.parse(str(ROOT / "tei" / "schema" / "nashr.rng")))
    assert nashr_rng.validate(tree), nashr_rng.error_log
    assert tei_all.validate(tree), tei_all.error_log


def test_the_html_listing_is_preformatted_code_left_to_right(react: Path, edition: Edition) -> None:
    site = site_context(edition, SiteOptions(search=False))
    page = lxml.html.fromstring(render_text(react, site).page)
    listings = page.xpath("//pre[contains(concat(' ', @class, ' '), ' tei-eg ')]")
    assert [(pre.get("dir"), pre.get("id")) for pre in listings] == \
        [("ltr", "react.l32"), ("ltr", "react.l41"), ("ltr", "react.l46")]
    assert [pre.xpath("string(code)") for pre in listings] == LISTINGS  # lines kept, no bdi around Latin runs
    assert [len(pre.xpath(".//bdi | .//a | .//br")) for pre in listings] == [0, 0, 0]
    css = (ROOT / "xslt" / "html" / "assets" / "nashr.css").read_text(encoding="utf-8")
    rule = re.search(r"\.text pre\.tei-eg \{([^}]*)\}", css)
    assert rule is not None
    for declaration in ("direction: ltr", "white-space: pre", "overflow-x: auto", "monospace"):
        assert declaration in rule[1]


def test_the_pdf_listing_keeps_its_lines_left_to_right_in_a_monospace_font(react: Path, edition: Edition,
                                                                           tmp_path: Path) -> None:
    out = pdf.render_pdfs([react], tmp_path, edition)[0]
    # pdftotext -raw: the glyphs in the order they are drawn (its own bidi reordering would
    # turn a line without strong characters, «<html>», around)
    raw = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True, capture_output=True, text=True).stdout
    lines = raw.splitlines()
    for listing in LISTINGS:
        for line in filter(None, listing.split("\n")):
            assert line.strip() in lines, line  # a line of its own, drawn left to right
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "Mono" in fonts


def test_entities_apply_leaves_a_listing_alone(react: Path, tagger: Tagger, tmp_path: Path) -> None:
    """``nashr entities apply`` re-tags prose blocks but never a listing (no markup inside ``eg``)."""
    tree = etree.parse(str(react))
    for eg in tree.xpath("//t:body//t:eg", namespaces=NS):  # words the tagger marks up in prose
        eg.text = f"{eg.text} # محمد مصدق، تهران، ۲۸ مرداد ۱۳۳۲"
    copy = tmp_path / "react.xml"
    tree.write(str(copy), encoding="utf-8")
    before = etree.parse(str(copy)).xpath("//t:body//t:eg", namespaces=NS)
    retag_file(copy, tagger)
    after = etree.parse(str(copy)).xpath("//t:body//t:eg", namespaces=NS)
    assert [etree.tostring(eg) for eg in after] == [etree.tostring(eg) for eg in before]

