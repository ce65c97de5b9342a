"""Reading PDFs back for the PDF tests: poppler's text of a page, Persian digits, the sample."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "pdf"
SAMPLE = DATA / "plenum-statement.xml"
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TEI_NS = {"tei": "http://www.tei-c.org/ns/1.0"}
# Bidi controls pdftotext inserts around right-to-left runs (U+200E/F, U+202A–U+202E).
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def fa(number: int) -> str:
    return str(number).translate(FA_DIGITS)


def as_poppler_reads(text: str) -> str:
    """``text`` the way pdftotext (poppler 22.12) writes right-to-left text, without spaces.

    Observed on these PDFs: poppler reverses the characters *inside* one glyph's ToUnicode
    string, so the lam-alef ligature «لا» comes out as «ال» and a letter with a combining mark
    («هٔ») as mark + letter; pypdf reads the same glyphs in logical order, so the PDF is right.
    """
    text = re.sub("ل([اآأإ])", r"\1ل", text)
    text = re.sub("(.)([\u064b-\u065f\u0670\u06d6-\u06ed])", r"\2\1", text)
    return re.sub(r"\s+", "", text)


def has_words(text: str, phrase: str) -> bool:
    """Every word of ``phrase`` (as poppler writes it; ZWNJ, which has no glyph, dropped) is a
    word of ``text``: for lines whose neutral punctuation pdftotext moves around."""
    words = set(re.findall(r"\w+", text.replace("\u200c", "")))
    return all(as_poppler_reads(w) in words for w in re.findall(r"\w+", phrase.replace("\u200c", "")))


def page_text(path: Path, page: int, layout: bool = False) -> str:
    """pdftotext of one page (1-based), bidi controls turned into spaces."""
    args = ["pdftotext", "-f", str(page), "-l", str(page), *(["-layout"] if layout else [])]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True)
    return BIDI_CONTROLS.sub(" ", out.stdout)


def region_text(path: Path, page: int, x: float, y: float, width: float, height: float) -> str:
    """pdftotext of a rectangle of one page (1-based; poppler's space: points, origin top left),
    without whitespace and bidi controls."""
    box = [str(int(v)) for v in (x, y, width, height)]
    args = ["pdftotext", "-f", str(page), "-l", str(page), "-x", box[0], "-y", box[1], "-W", box[2], "-H", box[3]]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout
    return squeezed(BIDI_CONTROLS.sub("", out))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def tei_title(path: Path) -> str:
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    titles = tree.xpath("//tei:titleStmt/tei:title[@type='main']", namespaces=TEI_NS)
    return " ".join("".join(titles[0].itertext()).split())
