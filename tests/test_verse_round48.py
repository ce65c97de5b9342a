"""Short lines no poem has (issue 12, round 48, helper «join44»): a page's tiles each under its picture's
alternative text, and a heading and the sentence that brings in a list, which the verse rule read as
hemistichs on the Australian Taxation Office's Dari pages (set 44, joined in round 48)."""

from __future__ import annotations

import pytest

from test_structure_corpus import roles_at

HUB = "ato-gov-au-dari-tax-and-super-in-australia"
OLDER = "ato-gov-au-dari-tax-in-australia-older-layout"


@pytest.mark.parametrize("line", [25, 27, 29, 31])
def test_tiles_each_under_a_picture_s_alternative_text_are_no_hemistichs(line: int) -> None:
    # «null» (fw) over each tile: «تحصیل نمودن در آسترالیا» / «آغاز نمودن اولین کار تان» / … end alike («…تان»)
    assert roles_at(HUB, line) == ("fw", "fw")


def test_a_sentence_ending_in_a_colon_over_a_bulleted_list_is_no_hemistich() -> None:
    # «به کدام مقدار مالیات تادیه خواهید کرد» / «مقدار مالیاتی که می پردازید به موارد ذیل بستگی دارد:» over «• …»
    assert roles_at(OLDER, 26) == ("p", "p")
    assert roles_at(OLDER, 24)[1] != "l"
