"""The characters of ``\\p{C}`` that libxml2's Unicode tables miss, for ``[^\\p{C}\\p{Z}]+``.

``teidata.word`` and ``teidata.enumerated`` (``@type``, ``@role`` and 174 other attributes of
tei_all) are ``xsd:token`` with the pattern ``[^\\p{C}\\p{Z}]+``: XML Schema 1.0 Part 2,
Appendix F.1.1, takes ``\\p{C}`` and ``\\p{Z}`` as the Unicode general categories C* and Z*.
libxml2 (``xmlUCSIsCatC``) has tables of an old Unicode: its ``Co`` holds only the first and
last code point of each private-use range (U+E000, U+F8FF, …), and format characters added
since are not in its ``Cf`` — U+061C ARABIC LETTER MARK and the isolates U+2066–U+2069, which
Persian text copied from an editor carries, among them. Checked on every code point of the BMP
and every 61st above it in a ``personGrp/@role`` (libxml2 2.9/2.10 through lxml): it refused
all 33 Cc, 33 of 45 Cf and 2 of 8,548 Co characters.

This module names what it misses: characters of category Cf or Co by Python's
:mod:`unicodedata`. Unassigned code points (Cn, also in ``\\p{C}``) are left to libxml2: which
are unassigned depends on the Unicode version, and a character assigned since Python's would be
refused wrongly. jing (20220510) refuses none of C (see tests/data/validate/verdicts.toml).
"""

from __future__ import annotations

import re
import unicodedata

#: The pattern facet this module completes, as tei_all writes it.
WORD_PATTERN = r"[^\p{C}\p{Z}]+"
#: The categories checked here, and how a message names them.
CATEGORIES = {"Cf": "a format character", "Co": "a private-use character"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def excluded(value: str) -> str | None:
    """The first character of ``value`` of a category in :data:`CATEGORIES`, or ``None``
    (at once for ASCII: none is Cf or Co)."""
    if _NON_ASCII.search(value) is None:
        return None
    return next((ch for ch in value if unicodedata.category(ch) in CATEGORIES), None)


def reason(char: str) -> str:
    """Why ``char`` is refused: its code point, name and category, with the rule."""
    category = unicodedata.category(char)
    name = unicodedata.name(char, "")
    return (f"U+{ord(char):04X}{' ' + name if name else ''} is {CATEGORIES[category]} "
            f"({category}), which \\p{{C}} excludes (XML Schema 1.0 Part 2, F.1.1)")
