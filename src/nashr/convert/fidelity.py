"""The fidelity check: the TEI keeps every character of its source, in order.

The rule: the sequence of non-whitespace characters of the source (after removing a byte-order
mark) equals the sequence of non-whitespace characters of the TEI ``<text>``, reading the source
readings (``orig``, ``sic``, ``abbr``) and skipping the editorial ones (``reg``, ``corr``,
``expan``, ``ex``, ``supplied``) and editorial notes (``note`` with ``@resp`` or
``@type="editorial"``). "Whitespace" is ``str.isspace()``: Unicode White_Space, which includes
NBSP (U+00A0) but not ZWNJ (U+200C, category Cf), so a lost or added ZWNJ is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from nashr.markup import TEI_NS, tei

EDITORIAL = frozenset(tei(t) for t in ("reg", "corr", "expan", "ex", "supplied"))
CONTEXT = 20  # characters of context shown either side of a difference


def _is_editorial(element: etree._Element) -> bool:
    if element.tag in EDITORIAL:
        return True
    return element.tag == tei("note") and (element.get("resp") is not None or element.get("type") == "editorial")


def _texts(element: etree._Element) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not _is_editorial(child):
            yield from _texts(child)
        if child.tail:
            yield child.tail


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
    # Without editorial elements every text node counts: libxml2's text output writes them all
    # at once (comments' and processing instructions' contents left out, as itertext leaves them).
    return non_whitespace("".join(_texts(text)) if editorial
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
