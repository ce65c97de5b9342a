"""One definition of an Arabic-script letter (nashr.convert.scripts), checked against Unicode and on the
collection's lines."""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import DATA
from nashr.convert.scripts import ARABIC_LETTER, ARABIC_LETTERS
from nashr.convert.sources import read_source

# The Unicode blocks of the Arabic script in the Basic Multilingual Plane (Blocks.txt).
BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
CORPUS = DATA / "corpus"


def _line(folder: str, n: int) -> str:
    return read_source(CORPUS / folder / "source.txt").lines[n - 1]


def test_the_letters_are_unicode_s_letters_of_the_arabic_blocks() -> None:
    # By the General_Category of Python's unicodedata (Unicode 15.0 on Python 3.12), not by the ranges written.
    letters = {chr(c) for a, b in BLOCKS for c in range(a, b + 1) if unicodedata.category(chr(c)).startswith("L")}
    found = {chr(c) for a, b in BLOCKS for c in range(a, b + 1) if ARABIC_LETTER.fullmatch(chr(c))}
    assert found == letters
    assert not re.search(f"[{ARABIC_LETTERS}]", "".join(chr(c) for c in range(0x0600)))  # nothing below the blocks


@pytest.mark.parametrize(("char", "letter"), [
    ("ی", True), ("ي", True), ("ۀ", True), ("\u0640", True),  # Farsi yeh, Arabic yeh, heh with yeh above, tatweel
    ("ﺑ", True), ("ﻻ", True),  # presentation forms: beh's initial form, the lam-alef ligature
    ("\u0650", False), ("\u0670", False),  # kasra, superscript alef: marks
    ("۱", False), ("١", False), ("،", False), ("؟", False), ("\ufdfc", False), ("\ufd3e", False),
])
def test_letters_marks_digits_and_signs(char: str, letter: bool) -> None:
    assert (ARABIC_LETTER.fullmatch(char) is not None) == letter


def test_the_collection_s_lines() -> None:
    # Sa'di's Bustan with «ۀ» (the letter the structure rules' own class, U+0621–U+064A and «پ چ ژ ک گ ی», left out).
    assert "ۀ" in ARABIC_LETTER.findall(_line("acikders-ankara-saadi-bustan-dibache-turkish-labels", 6))
    # A PDF text layer's presentation forms: «ﮐﺪ ‪ :۱‬ﻧﻤﻮﻧەﯼ ﮐﺪ )‪(Python‬‬», ten letters, «ە» (U+06D5) among them.
    code = _line("quantaboy-latex-assignment-template-pp5-6-pdftotext", 27)
    assert "".join(ARABIC_LETTER.findall(code)) == "ﮐﺪﻧﻤﻮﻧەﯼﮐﺪ"
    # A blog's date «۹۶/۱۱/۱۵»: digits, no letter (verse.py's class counted its six digits as Arabic letters).
    assert ARABIC_LETTER.search(_line("daneshiranian-blog-ir-golestan-darvish-mojarrad-bom", 6)) is None
    # «یـادداشـت هایــِ …»: the tatweels count, the kasra not (boilerplate.py's class took U+0670 and U+06FD–U+06FE).
    title = _line("1324-blogsky-bahar-sahargah-be-rahi-kashida", 4)
    assert "\u0640" in ARABIC_LETTER.findall(title) and "\u0650" not in ARABIC_LETTER.findall(title)
