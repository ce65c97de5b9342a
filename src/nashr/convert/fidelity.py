"""The fidelity check: the TEI keeps every character of its source, in order.

The rule: the sequence of non-whitespace characters of the source (after removing a byte-order
mark) equals the sequence of non-whitespace characters of the TEI ``<text>``, reading the source
readings (``orig``, ``sic``, ``abbr``) and skipping the editorial ones (``reg``, ``corr``,
``expan``, ``ex``, ``supplied``) and editorial notes (``note`` with ``@resp`` or
``@type="editorial"``). "Whitespace" is ``str.isspace()``: Unicode White_Space, which includes
NBSP (U+00A0) but not ZWNJ (U+200C, category Cf), so a lost or added ZWNJ is a failure. A ``g``
whose ``@ref`` points at a ``char`` of the header's ``charDecl`` with a
``<localProp name="codepoint" value="U+XXXX"/>`` reads as that character: the encoding of the
source's control characters (:mod:`nashr.convert.xmlchars`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from nashr.markup import TEI_NS, XML_NS, tei

EDITORIAL = frozenset(tei(t) for t in ("reg", "corr", "expan", "ex", "supplied"))
G = tei("g")
CODEPOINT = re.compile("U\\+[0-9A-F]{4,6}")
CONTEXT = 20  # characters of context shown either side of a difference


def _is_editorial(element: etree._Element) -> bool:
    if element.tag in EDITORIAL:
        return True
    return element.tag == tei("note") and (element.get("resp") is not None or element.get("type") == "editorial")


def _texts(element: etree._Element, declared: dict[str, str]) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if child.tag == G and (char := declared.get(child.get("ref", ""))) is not None:
            yield char
        elif isinstance(child.tag, str) and not _is_editorial(child):
            yield from _texts(child, declared)
        if child.tail:
            yield child.tail


def declared_characters(root: etree._Element) -> dict[str, str]:
    """The characters the header's ``charDecl`` declares by code point, keyed by the ``@ref`` that
    points at them: ``{"#STEM.U0000": "\\x00"}``; a ``char`` without an ``xml:id`` or a
    ``localProp name="codepoint"`` of the form ``U+`` and hex digits is left out."""
    declared = {}
    for char in root.iterfind(f"{tei('teiHeader')}/{tei('encodingDesc')}/{tei('charDecl')}/{tei('char')}"):
        ident = char.get(f"{{{XML_NS}}}id")
        value = next((prop.get("value", "") for prop in char.iterfind(tei("localProp"))
                      if prop.get("name") == "codepoint"), "")
        if ident and CODEPOINT.fullmatch(value) and int(value[2:], 16) <= sys.maxunicode:
            declared[f"#{ident}"] = chr(int(value[2:], 16))
    return declared


def non_whitespace(text: str) -> str:
    """``text`` without its whitespace characters (``str.isspace``): ``str.split()`` without
    arguments splits at exactly those (Python documentation, ``str.split``), in C."""
    return "".join(text.split())


def text_characters(tree: etree._ElementTree | etree._Element) -> str:
    """The non-whitespace characters of the TEI ``<text>`` in document order, source readings only.

    Raises:
        ValueError: the document has no ``text`` element.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    text = root.find(f"{{{TEI_NS}}}text")
    if text is None:
        raise ValueError("no <text> element")
    editorial = any(_is_editorial(e) for e in text.iter(*EDITORIAL, tei("note")))
    declared = declared_characters(root) if next(text.iter(G), None) is not None else {}
    # Without editorial elements and encoded characters every text node counts: libxml2's text
    # output writes them all at once (comments' and processing instructions' contents left out, as
    # itertext leaves them).
    return non_whitespace("".join(_texts(text, declared)) if editorial or declared
                          else etree.tostring(text, method="text", encoding=str, with_tail=False))


@dataclass(frozen=True, slots=True)
class Difference:
    """Where the TEI first departs from the source.

    ``offset`` counts non-whitespace characters; ``source`` and ``tei`` show the context there.
    """

    offset: int
    source: str
    tei: str

    def __str__(self) -> str:
        return f"at non-space character {self.offset}: source «{self.source}» but TEI «{self.tei}»"


def check_fidelity(source_text: str, tree: etree._ElementTree | etree._Element) -> Difference | None:
    """Compare a source text with its TEI; None when every character is kept, in order.

    Args:
        source_text: the decoded source (``Source.text``, BOM already removed).
        tree: the TEI document.
    """
    expected = non_whitespace(source_text)
    found = text_characters(tree)
    if expected == found:
        return None
    offset = next((i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b),
                  min(len(expected), len(found)))
    lo = max(0, offset - CONTEXT)
    return Difference(offset, expected[lo : offset + CONTEXT], found[lo : offset + CONTEXT])
