"""Characters a TEI file cannot carry as they are: refused, or encoded as ``g`` elements.

XML 1.0 (Fifth Edition) §2.2 allows ``Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
[#x10000-#x10FFFF]``; it discourages the C1 controls and the Unicode noncharacters, and XML 1.1
(§2.2) requires C1 controls as character references. Of the characters a decoded source may hold:

- the control characters (Unicode category Cc) other than TAB, LF and CR — the C0 controls, DEL
  and the C1 controls — are **encoded** (:data:`ENCODED`): ``pdftotext`` writes a NUL or another
  control where a PDF's font maps a glyph to nothing usable (a LibreOffice Impress deck through
  poppler 22.12: 9 NULs in 980 bytes of good Persian), and such a text is text. Each becomes an
  empty ``<g ref="#STEM.U0000"/>`` (TEI P5 5.2, «Markup Constructs for Representation of
  Characters and Glyphs») pointing at a ``char`` of ``encodingDesc/charDecl`` whose
  ``<localProp name="codepoint" value="U+0000"/>`` names the code point, so a reader of the TEI
  gets the source back (:func:`nashr.convert.fidelity.text_characters` does). Whether a source's
  controls are a few characters of a text or say it is binary data is judged by
  :func:`reads_as_text` (:mod:`nashr.convert.sources`);
- a FORM FEED (U+000C) that starts its line (after nothing but tabs, spaces and form feeds) is the
  page break of plain-text exports (``pdftotext`` writes one before each page's first line): layout
  whitespace, which the converter reads as a page start and the fidelity check does not count
  (:mod:`nashr.convert.fidelity`); after other characters of its line it is encoded as above;
- the 66 noncharacters (Unicode §23.7: U+FDD0–U+FDEF and the last two code points of each plane)
  are **refused**: "not for open interchange", U+FFFE/U+FFFF are outside ``Char``, and no
  extraction tool writes one (an unmapped glyph comes out as a control or U+FFFD); nashr uses the
  XML-legal ones itself, as Unicode intends, to stand in for the encoded controls while it
  converts (:data:`STAND_IN`), which a source holding them would confuse;
- lone surrogates (U+D800–U+DFFF), which a Python ``str`` holds only after decoding with
  ``surrogateescape`` or ``surrogatepass`` (PEP 383), are **refused**: they are not characters
  (Unicode §3.9, D76) but bytes that were not valid text, and nothing could name what they were.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from nashr.markup import tei

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""A control character other than TAB, LF and CR (a form feed included: :func:`encoded_at` says
which form feeds are layout)."""
ENCODED = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)))
"""The 62 characters nashr encodes as ``g``: C0 controls but TAB, LF and CR; DEL; the C1 controls."""
_STAND_INS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [chr(plane << 16 | low) for plane in range(1, 17)
                                                        for low in (0xFFFE, 0xFFFF)]
STAND_IN = dict(zip(ENCODED, _STAND_INS[: len(ENCODED)], strict=True))
"""Each encoded character → the noncharacter that stands in for it in the converter's lines and
elements (XML can carry U+FDD0–U+FDEF and the noncharacters of planes 1–16; a source holding one
is refused), replaced by a ``g`` once the TEI is built (:func:`encode_tree`)."""
BMP_STAND_INS = "\ufdd0-\ufdef"
"""The stand-ins of the C0 controls and DEL, as a character class's range: what the structure
rules' view of a line (:func:`nashr.convert.reading.plain`, ``width``) and a PDF line's reading
leave out, as they leave out bidi controls. (The C1 controls' stand-ins, beyond the BMP, would
slow every line's scan tenfold; the extractions reported write C0 controls: a C1 control stays as the
rules read it, an unknown character.)"""
_STOOD_FOR = {stand_in: char for char, stand_in in STAND_IN.items()}
_STAND_IN_PATTERN = re.compile("[" + "".join(_STAND_INS) + "]")
_SUSPECT = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
"""A candidate for :func:`first_refused`: a surrogate, a noncharacter of the BMP or any character
beyond the BMP (a class of BMP ranges and one astral range scans a megabyte in milliseconds; one
with the 32 astral noncharacters is ten times slower)."""
PAGE_LAYOUT = "\t \x0c"


def _refused(ch: str) -> bool:
    code = ord(ch)
    return 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


@dataclass(frozen=True, slots=True)
class Unencodable:
    """A character of a text that XML cannot carry as it is.

    Attributes:
        char: the character (one code point).
        line: 1-based line, counting LF (``\\n``) as the line end, as editors and ``grep -n`` do.
        column: 1-based column in code points within that line.
    """

    char: str
    line: int
    column: int

    @classmethod
    def at(cls, text: str, index: int) -> Unencodable:
        """The character ``text[index]`` with its line and column."""
        return cls(text[index], text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index))

    @property
    def code(self) -> str:
        """The code point in Unicode's notation: ``U+0000``."""
        return f"U+{ord(self.char):04X}"

    @property
    def reason(self) -> str:
        """One sentence naming the code point and why XML cannot carry it."""
        if "\ud800" <= self.char <= "\udfff":
            return f"{self.code} is a lone surrogate (bytes that were not valid text), which XML cannot carry"
        if unicodedata.category(self.char) == "Cc":
            return f"{self.code} is a control character: binary data, not text that XML can carry"
        return f"{self.code} is a Unicode noncharacter, which XML cannot carry in a text"


def first_refused(text: str) -> Unencodable | None:
    """The first lone surrogate or noncharacter of ``text`` (refused: see the module), with its
    line and column; None if there is none. Linear in ``len(text)``."""
    for suspect in _SUSPECT.finditer(text):
        if _refused(suspect.group()):
            return Unencodable.at(text, suspect.start())
    return None


def located(text: str, indexes: Iterable[int]) -> list[Unencodable]:
    """The characters ``text[i]`` for ``indexes`` (ascending) with their lines and columns, as
    :meth:`Unencodable.at` gives one. Linear in ``len(text)``: the newlines are counted from one index
    to the next, not from the text's start for each."""
    found, line, line_start, pos = [], 1, 0, 0
    for index in indexes:
        line += text.count("\n", pos, index)
        if (newline := text.rfind("\n", pos, index)) >= 0:
            line_start = newline + 1
        found.append(Unencodable(text[index], line, index - line_start + 1))
        pos = index
    return found


def encoded_at(text: str) -> Iterator[int]:
    """The indexes of the characters of ``text`` nashr encodes (:data:`ENCODED`), in order: every
    control but a form feed that starts its line (a page break). Linear in ``len(text)``."""
    for match in CONTROL.finditer(text):
        index = match.start()
        if text[index] == "\x0c":
            start = index
            while start and text[start - 1] in PAGE_LAYOUT:
                start -= 1
            if not start or text[start - 1].isspace():
                continue
        yield index


def stand_in(text: str) -> str:
    """``text`` with each character nashr encodes replaced by its :data:`STAND_IN`; ``text`` itself
    when it has none. Lines, lengths and columns are unchanged (one code point for one)."""
    indexes = list(encoded_at(text))
    if not indexes:
        return text
    chars = list(text)
    for index in indexes:
        chars[index] = STAND_IN[chars[index]]
    return "".join(chars)


def char_id(stem: str, char: str) -> str:
    """The ``xml:id`` of the ``char`` declaring an encoded character: ``STEM.U0000``."""
    return f"{stem}.U{ord(char):04X}"


def encode_tree(root: etree._Element, stem: str) -> list[str]:
    """Replace the stand-ins (:func:`stand_in`) in a TEI document built from stood-in lines: in
    ``<text>`` each becomes an empty ``<g ref="#STEM.U0000"/>`` (:func:`char_id`) in its place; in
    the header, which only derives readings from the text (a title, a date), and in attribute values
    it is dropped. Returns the encoded characters (sorted, each once) for the header's ``charDecl``;
    [] and nothing changed when there are none. Linear in the document's size."""
    found: set[str] = set()
    text = root.find(tei("text"))
    inside = [] if text is None else list(text.iter(etree.Element))
    for element in root.iter(etree.Element):
        for name, value in element.attrib.items():
            if _STAND_IN_PATTERN.search(value):
                element.set(name, _STAND_IN_PATTERN.sub("", value))
    for element in [root, *(e for child in root if child is not text for e in child.iter(etree.Element))]:
        for attr in ("text", "tail"):
            if (value := getattr(element, attr)) and _STAND_IN_PATTERN.search(value):
                setattr(element, attr, _STAND_IN_PATTERN.sub("", value))
    for element in inside:
        for tail in (False, True) if element is not text else (False,):
            value = element.tail if tail else element.text
            if value and _STAND_IN_PATTERN.search(value):
                found.update(_STOOD_FOR[ch] for ch in _STAND_IN_PATTERN.findall(value))
                _split(element, value, tail, stem)
    return sorted(found)


def _split(element: etree._Element, value: str, tail: bool, stem: str) -> None:
    """Set ``element``'s text (or tail) to ``value`` with each stand-in as a ``g`` element. Each ``g``
    goes in after the one before it (``addnext``, the tail staying with its element), so the cost is
    one step a character, whatever the number of siblings."""
    pieces = _STAND_IN_PATTERN.split(value)
    marks = _STAND_IN_PATTERN.findall(value)
    if tail:
        element.tail = pieces[0] or None
    else:
        element.text = pieces[0] or None
    before: etree._Element | None = element if tail else None
    for mark, piece in zip(marks, pieces[1:], strict=True):
        g = etree.Element(tei("g"), ref=f"#{char_id(stem, _STOOD_FOR[mark])}")
        g.tail = piece or None
        if before is None:
            element.insert(0, g)
        else:
            before.addnext(g)
        before = g


__all__ = ["BMP_STAND_INS", "CONTROL", "ENCODED", "STAND_IN", "Unencodable", "char_id", "encode_tree",
           "encoded_at", "first_refused", "located", "stand_in"]
