"""Section headings whose section is not prose (round 48, «struct86», issue 12): a short line over a numbered
or bulleted list heads the section that list is (nashr.convert.structure._marked_list_follows), and a short line
set apart next to a part's label, under «فصل دوم» or over «ماده سوم:», is the part's or the article's title
(nashr.convert.structure.PART_NEIGHBOUR)."""

from __future__ import annotations

import pytest

from nashr.convert.structure import PART_NEIGHBOUR, classify
from test_structure_corpus import CORPUS, nashr_roles

PROSE = ("بخش قونسلی سفارت از ماه آینده درخواست‌های تازه را فقط با تعیین وقت قبلی می‌پذیرد و مراجعه بدون وقت "
         "ممکن نیست.")
ITEMS = ["1. برای سپردن اسناد، تعیین وقت قبلی حتمی است.", "2. اصل و کاپی تذکره را با خود بیاورید."]


def roles(text: str) -> dict[int, str]:
    return {ln.n: ln.role for ln in classify(text.split("\n")) if ln.role != "blank"}


@pytest.mark.parametrize("heading", ["زمان مراجعه و سپردن اسناد:", "زمان مراجعه و سپردن اسناد"])
def test_a_short_line_over_a_numbered_list_heads_it(heading: str) -> None:
    found = roles("\n\n".join([PROSE, heading, "\n".join(ITEMS), PROSE]))
    assert (found[3], found[5], found[6]) == ("head", "item", "item")


def test_over_a_bulleted_list_too() -> None:
    found = roles("\n\n".join([PROSE, "خلاصه‌ای از پیشرفت‌ها:", "• در سال 1932 پوهنځی طب تأسیس شد.\n"
                                                           "• در سال 1980 پوهنځی ستوماتولوژی اضافه شد."]))
    assert found[3] == "head"


def test_a_sentence_introducing_the_list_is_no_heading() -> None:
    # more than HEAD_SURE_WORDS words: the list's introduction, the section's own prose
    found = roles("\n\n".join([PROSE, "هنگام ارسال پاسپورت به نکات ذیل جداً توجه نمایند:", "\n".join(ITEMS)]))
    assert found[3] == "p"


def test_a_field_over_a_list_is_no_heading() -> None:
    found = roles("\n\n".join([PROSE, "موضوع: تمدید پاسپورت", "\n".join(ITEMS)]))
    assert found[3] != "head"


STATUTE = ("فصل دوم\n\nتشکیل\n\nماده چهارم:\n\nادارات محلی در مرکز هر ولایت و ولسوالی مطابق به احکام این قانون "
           "تشکیل می‌گردد و از وزارت‌ها و ادارات مرکزی هدایت می‌گیرد.\n")


def test_a_part_s_title_set_apart_under_its_label() -> None:
    lines = [ln for ln in classify(STATUTE.split("\n")) if ln.role != "blank"]
    assert [(ln.n, ln.role) for ln in lines] == [(1, "head"), (3, "head"), (5, "head"), (7, "p")]
    # the copy broken off under the article's label (foroughi.rozblog.com): no heading over a heading to see
    lines = [ln for ln in classify(STATUTE.split("\n")[:5]) if ln.role != "blank"]
    assert [(ln.n, ln.role) for ln in lines][:2] == [(1, "head"), (3, "head")]
    assert lines[1].rule == PART_NEIGHBOUR


def test_an_article_s_title_set_apart_over_its_label() -> None:
    text = (f"{PROSE}\n\nاصطلاحات\n\nماده سوم:\n\nاصطلاحات آتی در این قانون مفاهیم ذیل را افاده می‌نماید و در "
            "همه احکام آن به همین معنی به کار می‌رود.\n")
    assert roles(text)[3] == "head"


def test_contents_entries_under_a_part_s_label_are_no_titles() -> None:
    # short lines without final punctuation under the line below: a list, not a title over prose
    found = roles(f"{PROSE}\n\nبخش دوم\n\nراز آفرینش\n\nدرد زندگی\n\nگردش دوران\n")
    assert found[5] != "head"


@pytest.mark.parametrize(("folder", "n"), [
    ("embassyofafghanistan-se-rahnamud-pasport-mashinkhan", 15),
    ("kums-edu-af-tarikhche-pohantun-ulum-tibbi-kabul-arabic-yk", 3),
    ("ixport-ir-qanun-asasi-afghanistan-fehrest-fosul", 17),
    ("foroughi-rozblog-qanun-edare-mahalli-emarat-faslha-1-2", 58),
    ("mariadaro-qanun-mana-khoshunat-zanan-fasl-1-utf16", 25),
])
def test_the_collection_s_headings_of_lists_and_parts(folder: str, n: int) -> None:
    assert {ln.n: ln.role for ln in nashr_roles(CORPUS / folder)}[n] == "head"
