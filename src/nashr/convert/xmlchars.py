"""Characters a TEI file cannot carry, found in a decoded source with their line and column.

XML 1.0 (Fifth Edition) §2.2 allows ``Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
[#x10000-#x10FFFF]``; it discourages the C1 controls and the Unicode noncharacters, and XML 1.1
(§2.2) requires C1 controls as character references. nashr refuses, naming file, line and column:

- C0 controls other than TAB, LF and CR, DEL and the C1 controls (Unicode category Cc): binary
  data or a damaged export, never text a reader sees — but for FORM FEED at a line's start;
- the 66 noncharacters (Unicode §23.7: U+FDD0–U+FDEF and the last two code points of each plane):
  "not for open interchange", and U+FFFE/U+FFFF are outside ``Char``;
- lone surrogates (U+D800–U+DFFF), which a Python ``str`` holds only after decoding with
  ``surrogateescape`` or ``surrogatepass`` (PEP 383): not characters at all (Unicode §3.9, D76).

FORM FEED (U+000C) is the page break of plain-text exports: ``pdftotext`` writes one before each
page's first line. There it is layout whitespace, which the converter reads as a page start and
the fidelity check does not count (:mod:`nashr.convert.fidelity`); inside a line (after other
characters) it is refused like any other control character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from nashr.convert.lazypattern import LazyPattern

_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
UNENCODABLE = LazyPattern(
    f"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]"
    "|(?<=[^\\s])[\\t \\x0c]*\x0c"  # a form feed after other characters of its line
)
"""One character a TEI file cannot carry (see the module's list); for a form feed inside a line,
the match ends with it."""
_SUSPECT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]"
    "(?<!\n\x0c)"  # a form feed starting its line is a page break
)
"""A character of every :data:`UNENCODABLE` match: a control, a surrogate, a noncharacter of the
BMP, a form feed not at a line's start, or any character beyond the BMP. This class (BMP ranges
and one astral range) scans a megabyte in milliseconds; UNENCODABLE, with its astral
noncharacters and look-behind, is some fifteen times slower, so it only reads the lines that
hold a suspect."""


@dataclass(frozen=True, slots=True)
class Unencodable:
    """The first character of a text that XML cannot carry.

    Attributes:
        char: the character (one code point).
        line: 1-based line, counting LF (``\\n``) as the line end, as editors and ``grep -n`` do.
        column: 1-based column in code points within that line.
    """

    char: str
    line: int
    column: int

    @property
    def reason(self) -> str:
        """One sentence naming the code point and why XML cannot carry it."""
        code = f"U+{ord(self.char):04X}"
        if "\ud800" <= self.char <= "\udfff":
            return f"{code} is a lone surrogate (bytes that were not valid text), which XML cannot carry"
        if unicodedata.category(self.char) == "Cc":
            return f"{code} is a control character: binary data, not text that XML can carry"
        return f"{code} is a Unicode noncharacter, which XML cannot carry in a text"


def first_unencodable(text: str) -> Unencodable | None:
    """The first character of ``text`` that XML cannot carry, with its line and column; None if
    there is none. Linear in ``len(text)``: a scan for suspects (:data:`_SUSPECT`), then
    :data:`UNENCODABLE` over each line holding one (no match spans a line break) until it finds one."""
    pos = 0
    while (suspect := _SUSPECT.search(text, pos)) is not None:
        line_start = text.rfind("\n", 0, suspect.start()) + 1
        line_end = text.find("\n", suspect.start())
        line_end = len(text) if line_end < 0 else line_end
        match = UNENCODABLE.search(text, line_start, line_end)
        if match is not None:
            start = match.end() - 1
            return Unencodable(text[start], text.count("\n", 0, start) + 1, start - line_start + 1)
        pos = line_end + 1
    return None
