"""A letter's opening found by its place under the top (rounds 28–29, «struct41», «struct43»:
nashr.convert.openers): the organisations a letter or a decree lists under its title
(``addressee``). Lines of the collection (tests/data/corpus/) against their roles by hand, on two
sites, and texts written for these tests for what the rule must leave alone."""

from __future__ import annotations

import pytest

from test_structure_corpus import roles_at, text_roles

# (folder, line, role by hand): every one had another role before the rules (``p``, a heading).
SEEN = [
    # ten embassies listed under the title of the Afghan foreign ministry's letter (afghanha.se, set 26)
    ("afghanha-se-maktub-wezarat-kharija-safarat-ha-crlf", 5, "addressee"),
    ("afghanha-se-maktub-wezarat-kharija-safarat-ha-crlf", 9, "addressee"),
    ("afghanha-se-maktub-wezarat-kharija-safarat-ha-crlf", 14, "addressee"),
    # ministries and a bank listed under an Iranian cabinet decree's title (dotic.ir), several on a line
    ("dotic-tasvibnameh-ayinnameh-budje-1400", 2, "addressee"),
    ("dotic-tasvibnameh-ayinnameh-budje-1400", 4, "addressee"),
    ("dotic-tasvibnameh-ayinnameh-budje-1400", 5, "addressee"),
]


@pytest.mark.parametrize(("folder", "line", "role"), SEEN)
def test_the_opening_found_by_its_place_on_the_collection(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


PROSE = ("با در نظر داشت اوضاع جاری کشور و عدم آمادگی های لازم بدینوسیله هدایت داده میشود تا از صدور "
         "اسناد خودداری گردد و مراتب به اطلاع همه رسانیده شود.")
TITLE = "هدایت وزارت خارجه به سفارتخانه ها"


def test_organisations_of_one_kind_under_the_title_are_the_addressees() -> None:
    roles = text_roles(f"{TITLE}\n\nسفارت مقیم سویدن\nسفارت مقیم ناروی\nسفارت مقیم هالند\n\n{PROSE}")
    assert [roles[n] for n in (3, 4, 5)] == ["addressee"] * 3


def test_a_letterhead_s_ministry_and_office_are_no_addressees() -> None:
    # One body named by different words, its offices under it: the letterhead, not three addressees.
    roles = text_roles(f"{TITLE}\n\nوزارت کشور\nاداره امور شهرداریها\nدفتر وزیر\n\n{PROSE}")
    assert "addressee" not in {roles[n] for n in (3, 4, 5)}


def test_organisations_opening_the_text_are_no_addressees() -> None:
    # Above the title, bodies of one kind issue the text (a joint statement's parties).
    roles = text_roles(f"حزب یکم\nحزب دوم\nحزب سوم\n\n{PROSE}")
    assert "addressee" not in set(roles.values())


def test_organisations_listed_in_the_text_are_no_addressees() -> None:
    # Listed under the text's first paragraph, not under its title: the text's own list.
    body = f"{TITLE}\n\n{PROSE}\n\n{PROSE}\n\nسفارت مقیم سویدن\nسفارت مقیم ناروی\nسفارت مقیم هالند\n\n{PROSE}"
    assert "addressee" not in set(text_roles(body).values())


def test_organisations_a_line_announces_are_no_addressees() -> None:
    roles = text_roles(f"{TITLE}\n\nاین هدایت به سفارت های زیر ابلاغ شد:\nسفارت مقیم سویدن\nسفارت مقیم ناروی\n"
                   f"سفارت مقیم هالند\n\n{PROSE}")
    assert "addressee" not in set(roles.values())
