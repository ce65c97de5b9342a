"""The reading of PDF text layers (nashr.convert.reading.logical, source_offsets) where pdftotext
leaves the text out of order: the lam-alef ligature read back to front (swapped_lam_alef), the
spaces and brackets of a left-to-right run in visual order (logical_order), a tatweel that is a
dash between numbers; the source stays as it is.

The lines are the collection's: pdftotext layers of pages Chromium printed (nezamat.ir's list of
the laws of Mosaddegh's government, set 17, whose HTML page read «ماده ۱) ماده اول لایحه قانونی
دادرسی و کیفر ارتش مصوبه ۱۶ر۱ر۳۲ و تبصره آن بطریق ذیل اصلاح میشود:»; solh.ir's letter).
"""

from __future__ import annotations

from pathlib import Path

from nashr.convert.reading import logical, logical_order, source_offsets, swapped_lam_alef

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
LAWS = CORPUS / "nezamat-mosaddegh-laws-page-2-chromium-pdftotext" / "source.txt"
LETTER = CORPUS / "solh-tasvibnameh-talimat-ejbari-semnan-1326-chromium-pdftotext" / "source.txt"


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


def test_a_left_to_right_run_in_visual_order_reads_as_the_page_had_it() -> None:
    line = _line(LAWS, "دادرسی و کیفر ارتش")
    assert "\u202a )۱\u202c" in line  # the run as the layer has it
    assert logical(line) == ("ماده ۱) ماده اول لایحه قانونی دادرسی و کیفر ارتش مصوبه ۱۶ر۱ر۳۲ و تبصره آن بطریق "
                             "ذیل اصلاح میشود:")
    assert source_offsets(line) is not None
    assert logical(_line(LAWS, "شناسایی قیام")).startswith("مرداد ماه ۱۳۳۱ [قانون مربوط")


def test_a_run_without_leading_spaces_or_brackets_keeps_its_order() -> None:
    assert logical_order("\u202bتاریخ\u202a12/4/26, 4:59 AM\u202c\u202c") is None
    assert logical_order("بی نشانه") is None


def test_a_tatweel_after_a_digit_is_a_dash_and_stays() -> None:
    line = _line(LETTER, "49823")
    assert logical(line).startswith("6018ـ49823ـ28/12/1325 وزارت فرهنگ")
    assert source_offsets(line) is not None


def test_separators_a_run_ends_with_go_back_before_it() -> None:
    """A colon before a number in the logical line stands at the run's right end in visual order
    (foroozandeh.ir's statute, whose page read «تاریخ تصویب:  ۱۲۹۰/۰۸/۰۹» — its notes; magiran's
    journal page), and one after it at the left end, with the space (a LaTeX thesis template's
    chapter heading «فصل ۱: سرآغاز», in presentation forms)."""
    law = CORPUS / "foroozandeh-qanun-maaref-1290-chromium-pdftotext" / "source.txt"
    journal = CORPUS / "magiran-pajuheshnameh-adabiyat-kordi-1397-chromium-pdftotext" / "source.txt"
    thesis = CORPUS / "sharif-thesis-template-chapter1-pdftotext" / "source.txt"
    assert "\u202a۱۲۹۰/۰۸/۰۹ :\u202c" in _line(law, "تاریخ تصویب")
    assert logical(_line(law, "تاریخ تصویب")) == "تاریخ تصویب: ۱۲۹۰/۰۸/۰۹"
    assert logical(_line(journal, "1397/06/01")) == "• تاریخ انتشار: 1397/06/01"
    assert logical(_line(thesis, "\u202a :\u06f1\u202c")).strip() == "فصل ۱: سرآغاز"


def test_a_left_to_right_line_and_paired_brackets_keep_their_order() -> None:
    """Code in a LaTeX template's PDF: a line with no right-to-left letter is left as it is
    («def gcd(a, b):»), and a closing brace whose opening one is in the run stays with it."""
    code = CORPUS / "quantaboy-latex-assignment-template-pp5-6-pdftotext" / "source.txt"
    assert logical_order(_line(code, "def gcd")) is None
    assert logical(_line(code, "usepackage")).endswith("بنویسید: \\usepackage[minted]{commons/style}")
