"""The lam-alef ligature read back to front by text extraction, put in order in the reading of a
PDF text layer (nashr.convert.reading.swapped_lam_alef, logical, source_offsets); the source stays
as it is.

The lines are the collection's: pdftotext layers of pages Chromium printed (nezamat.ir's list of
the laws of Mosaddegh's government, set 17; state.gov's pages), where every «لا» comes out «ال».
"""

from __future__ import annotations

from pathlib import Path

from nashr.convert.reading import logical, source_offsets, swapped_lam_alef

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
LAWS = CORPUS / "nezamat-mosaddegh-laws-page-2-chromium-pdftotext" / "source.txt"


def _line(path: Path, words: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if words in line)


def test_a_bill_and_its_amendment_read_in_order() -> None:
    line = _line(LAWS, "دادرسی و کیفر ارتش")
    reading = logical(line)
    assert "لایحه قانونی دادرسی" in reading and "اصلاح میشود" in reading
    assert "الیحه" in line and "اصالح" in line  # the source keeps what the layer has
    offsets = source_offsets(line)
    assert offsets is not None
    start = reading.index("لایحه")
    assert [line[i] for i in offsets[start : start + 2]] == ["ا", "ل"]  # «لا» reads the source's «ال»


def test_words_with_alef_lam_that_are_known_stay() -> None:
    text = "\u202bالبته ریالی جلال الدین ایالتی\u202c"
    assert swapped_lam_alef(text) == {}
    assert logical(text) == "البته ریالی جلال الدین ایالتی"


def test_one_of_two_pairs_or_both() -> None:
    assert logical("\u202bایاالت و باالخره\u202c") == "ایالات و بالاخره"
