"""Footnotes as word processors and books set them (issue 12, round 33, «struct49»): a superscript number for
the marker («…رسیدیم¹» / «¹ …»), and the notes' heading as books name it («پانوشت:», «پی نوشت»), over
numbered notes. Texts written for these tests in the shape of a Qajar diary's edition; the collection's
bracketed markers («[۱]», «(۱)») keep their notes (tests/test_structure_corpus.py)."""

from __future__ import annotations

import pytest

from nashr.convert.structure import classify

DAY = ("روز پنجشنبه به شکار رفتیم و هوا بسیار خوب بود و از راه جاجرود گذشتیم و به قصر رسیدیم{} و ناهار خوردیم. "
       "عصر برگشتیم و شب در خانه ماندیم.")


def _roles(marks: tuple[str, str], notes: list[str]) -> list[str]:
    lines = ["روزنامه خاطرات", "", DAY.format(marks[0]), "", DAY.format(marks[1]), "", *notes]
    return [line.role for line in classify(lines) if line.role != "blank"]


def test_superscript_numbers_mark_notes() -> None:
    assert _roles(("¹", "²"), ["¹ قصر فیروزه در شرق تهران.", "² جاجرود رودی است."])[-2:] == ["note", "note"]


def test_a_superscript_number_no_line_carries_is_no_note_s() -> None:
    assert _roles(("", ""), ["¹ قصر فیروزه در شرق تهران.", "² جاجرود رودی است."])[-2:] != ["note", "note"]


@pytest.mark.parametrize("heading", ["پانوشت:", "پی نوشت", "پینوشتها", "زیرنویس‌ها:", "پاورقی"])
def test_numbered_lines_under_the_notes_heading_at_the_end_are_notes(heading: str) -> None:
    roles = _roles(("۱", "۲"), [heading, "۱. قصر فیروزه در شرق تهران.", "۲. جاجرود رودی است."])
    assert roles[-3:] == ["head", "note", "note"]


def test_a_number_in_parentheses_after_a_space_marks_the_note_opening_with_it() -> None:
    # (round 50, «struct93»: wocoshiac's «… نیمی به حسین (1)» over «(1)  دیوان …», tgchannels' «(۱):…»)
    assert _roles((" (۱)", ""), ["(۱) قصر فیروزه در شرق تهران."])[-1] == "note"
    assert _roles((" (1)", ""), ["(1):قصر فیروزه در شرق تهران."])[-1] == "note"


def test_numbers_in_parentheses_of_a_run_in_list_mark_no_notes() -> None:
    lines = ["روزنامه خاطرات", "", "سه کار ماند: (۱) شکار رفتن (۲) ناهار خوردن و شب در خانه ماندن.", "",
             DAY.format(""), "", "(۱) قصر فیروزه در شرق تهران.", "(۲) جاجرود رودی است."]
    assert "note" not in [line.role for line in classify(lines)]


def test_a_line_opening_with_markdown_emphasis_is_no_star_s_note() -> None:
    # (DjangoGirls' «*ریکوئست* (…) را دریافت می‌کند»: the text marks «کلمه*» elsewhere)
    lines = ["روزنامه خاطرات", "", DAY.format("*"), "", "*قصر* در شرق تهران است و ما آنجا ناهار خوردیم.", "",
             "* قصر فیروزه در شرق تهران."]
    roles = [line.role for line in classify(lines) if line.role != "blank"]
    assert roles[-2] != "note" and roles[-1] == "note"
