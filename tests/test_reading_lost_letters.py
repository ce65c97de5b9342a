"""Letters a PDF font maps to nothing, restored in the reading of a text layer
(nashr.convert.reading.lost_letters, logical, source_offsets); the source stays as it is.

The lines are written here in Arabic Presentation Forms, letter by letter (each code point's
Unicode name in the comment), as pdftotext gives them when the font drops «گ», «ک» and final «ی».
"""

from __future__ import annotations

from nashr.convert.reading import logical, lost_letters, source_offsets

# فرهنگستان with its «گ» lost: FEH INITIAL, REH FINAL, HEH INITIAL, NOON MEDIAL, a space,
# SEEN MEDIAL, TEH MEDIAL, ALEF FINAL, NOON ISOLATED
ACADEMY = "\ufed3\ufeae\ufeeb\ufee8 \ufeb4\ufe98\ufe8e\ufee5"
# ایرانی with its final «ی» lost: ALEF ISOLATED, YEH INITIAL, REH FINAL, ALEF ISOLATED, NOON INITIAL
IRANIAN = "\ufe8d\ufef3\ufeae\ufe8d\ufee7"
# no word: JEEM INITIAL, HEH MEDIAL, HEH MEDIAL («جهه» with «ی», «گ» or «ک» after it is none)
NO_WORD = "\ufe9f\ufeec\ufeec"


def test_a_space_between_joined_letters_is_the_lost_letter() -> None:
    assert lost_letters(ACADEMY) == {4: "گ"}
    assert logical(ACADEMY) == "فرهنگستان"
    offsets = source_offsets(ACADEMY)
    assert offsets is not None and offsets[4] == 4  # the «گ» reads the space it stands for


def test_a_word_ending_in_a_joining_form_lost_its_last_letter() -> None:
    line = IRANIAN + " " + ACADEMY
    assert logical(line) == "ایرانی فرهنگستان"
    offsets = source_offsets(line)
    assert offsets is not None and offsets[4:6] == [4, 4]  # «نی» both read the cut «ﻧ»


def test_only_a_known_word_is_restored() -> None:
    assert lost_letters(NO_WORD) == {}
    assert logical(NO_WORD) == "جهه"
    # «سلام» drawn whole: SEEN INITIAL, LAM MEDIAL, ALEF FINAL, MEEM ISOLATED
    assert lost_letters("\ufeb3\ufee0\ufe8e\ufee1") == {}
