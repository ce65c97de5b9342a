"""A letter's addressee right under its date and over its first paragraph (round 52, «struct99», issue 12):
an addressee of up to ADDRESSEE_MAX_WORDS words, one ending in «!», one under a telegram's route with its
year (nashr.convert.matter.letter.letter_top_inside, nashr.convert.matter.dateline._top_other); and the short
lines under a letterhead's fields that stand over no letter (nashr.convert.matter.letterhead._over_letter).
Lines of the collection (tests/data/corpus/) against their roles by hand, on six sites, and texts written for
these tests for what the rules must leave alone."""

from __future__ import annotations

import pytest

from test_structure_corpus import roles_at, text_roles

# (folder, line, role by hand): each had another role before (``head``, ``title``, ``p``, ``addressee``).
SEEN = [
    # the Majlis addressed under the petition's date, nine words with the blessing (mazandnume.com)
    ("mazandnume-shekayat-olama-firuzkuh-amir-akram-1305", 14, "dateline"),
    ("mazandnume-shekayat-olama-firuzkuh-amir-akram-1305", 16, "addressee"),
    # Mosaddegh's letter from Ahmadabad: «جناب آقای محترم و عزیزم» under its place and date (ehterameazadi)
    ("ehterameazadi-blogspot-mosaddegh-nameh-bozorg-omid-1342-wrapped", 10, "addressee"),
    # the US Congress addressed with «!» under the letter's date field (a JustPaste copy)
    ("justpaste-it-emarat-wezarat-kharija-name-kongre-1400-08-26", 12, "addressee"),
    # a telegram's route with its year alone, «از طهران به رشت ، سنۀ۱۲۹۵», over «خدمت جناب …» (javanankb.ir)
    ("javanankb-telegraf-mokhber-al-dowleh-be-ajudan-makhsus-1295", 11, "dateline"),
    ("javanankb-telegraf-mokhber-al-dowleh-be-ajudan-makhsus-1295", 13, "addressee"),
    # an archive's label under a cable's fields, over the document's number: no addressee (usdoc.ir)
    ("usdoc-ir-sanad-95-vaziat-sefarat-esfand-1357-cp1256", 7, "fw"),
    # the first line of a hard-wrapped report under its number field: no addressee (historydocuments.org)
    ("historydocuments-savak-faaliyat-mazhabi-azarbaijan-1342-04-01", 5, "p"),
]


@pytest.mark.parametrize(("folder", "line", "role"), SEEN)
def test_the_addressee_under_the_letter_s_date_on_the_collection(folder: str, line: int, role: str) -> None:
    assert roles_at(folder, line) == (role, role)


PROSE = ("راجع به انتخابات شهرستان مختصراً عرض می‌شود که کار انتخاب از روز نخست با تهدید و تطمیع پیش رفت و "
         "اهالی از ادارهٔ امور خود بازماندند.")


def test_a_long_addressee_under_the_date_inside_the_text() -> None:
    roles = text_roles(f"شکایت اهالی از حاکم\n\n{PROSE}\n\n۲۴ محرم ۱۳۴۵\n"
                       f"مقام محترم منیع ریاست مجلس شورای ملی دام بقائه\n{PROSE}")
    assert roles[6] == "addressee"


def test_an_exclaimed_line_over_the_text_with_no_date_above_is_no_addressee() -> None:
    # «!» is a headline's as often: the letter's date over it says it addresses the letter's readers.
    roles = text_roles(f"به اعضای محترم کنگره ایالات متحده!\n\n{PROSE}")
    assert roles[1] != "addressee"
    dated = text_roles(f"وزارت امور خارجه\n\nتاریخ: ۲۶/۸/۱۴۰۰\n\nبه اعضای محترم کنگره ایالات متحده!\n\n{PROSE}")
    assert dated[5] == "addressee"


def test_a_route_without_year_or_with_a_number_is_no_date() -> None:
    # The year alone after the route's comma, not any number run on after it (an address, a count).
    roles = text_roles(f"از طهران به رشت ، ۲۳ نفر\n\nخدمت جناب آقای آجودان مخصوص\n\n{PROSE}")
    assert roles[1] != "dateline"
