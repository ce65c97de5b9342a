"""The lines around a text's title and under it that round 48 («struct87») took up (issue 12): a picture's
credit or alternative text in Latin script is a ``note``, a blog's post footer naming the poster after the time
of posting a ``byline``. Real texts of the collection (tests/data/corpus/, their roles by hand) and texts
written for these tests."""

from __future__ import annotations

import pytest

from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

PROSE = ("این گزارش درباره نشست روز گذشته است که در آن نمایندگان همه ولایات شرکت کردند و درباره برنامه "
         "های سال آینده سخن گفتند.")


def _role(folder: str, n: int) -> tuple[str, str]:
    """(nashr's role, the role by hand) of line ``n`` of a collection text."""
    got = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
    return got[n], hand_roles(CORPUS / folder)[n]


@pytest.mark.parametrize(("folder", "n"), [
    ("baghlan-gov-af-jalase-inkishafi-1395-10-29-arabic-yk", 11),  # «Image may contain: 1 person, sitting …»
    ("gilehmards-blogspot-nameh-ghazali-be-soltan-sanjar", 9),  # «Cartoon by : Tjeerd Royaards»
    ("gilehmards-blogspot-nameh-ghazali-be-soltan-sanjar", 10),  # «May be an image of text»
    ("salehhashemi1992-design-patterns-persian-mediator-rst", 31),  # «…, Public domain, via Wikimedia Commons»
    ("share-america-fa-gozaresh-azadi-mazhabi", 3),  # «(© Shutterstock.com)»
    ("share-america-fa-gozaresh-azadi-mazhabi", 4),  # a caption ending in «(© Shutterstock.com)»
    ("sputnik-ir-zakharova-rah-hal-gharb-ukraine-2023-utf16", 7),  # «© Sputnik / Maksim Blinov» glued to the title
])
def test_a_picture_s_credit_or_alternative_text_in_latin_script_is_a_note(folder: str, n: int) -> None:
    assert _role(folder, n) == ("note", "note")


@pytest.mark.parametrize("line", ["Image may contain: 2 people, people standing", "(© Reuters)",
                                  "© AFP / Wakil Kohsar", "Photo by Farshid Tighehsaz"])
def test_a_picture_s_credit_between_paragraphs_is_a_note(line: str) -> None:
    roles = [x.role for x in classify(["نشست شورای ولایتی", "", PROSE, "", line, "", PROSE]) if x.role != "blank"]
    assert roles[2] == "note"


@pytest.mark.parametrize(("folder", "n"), [("iran-emrooz-payam-nowruzi-ettehadieh-sweden-2023", 15),
                                           ("issuu-udhr-fa-pdf-text", 5)])
def test_a_copyright_notice_with_its_year_stays_the_page_s_furniture(folder: str, n: int) -> None:
    assert _role(folder, n) == ("fw", "fw")


def test_a_copyright_line_with_a_year_is_no_picture_s_credit() -> None:
    roles = [x.role for x in classify(["نشست شورای ولایتی", "", PROSE, "", "© 2023 Sputnik. All rights reserved"])
             if x.role != "blank"]
    assert roles[2] != "note"


@pytest.mark.parametrize(("folder", "n"), [
    ("baraniam1365-blogsky-latayef-al-tawayef-zarif-bakhil", 76),  # «نوشته شده در 1389/02/19ساعت 19:36 توسط باران …»
    ("hadishahr-loxblog-farman-naseroddin-shah-hakem-gargar", 4),  # «نگارش در تاريخ … توسط آراز»
    ("tarikhnameh-persianblog-attar-ghazal-guillemets-mixed-digits", 27),  # «+ NAME ; ٤:٠٤ ب.ظ ; DATE»
    ("ostadvshgerd-persianblog-iraj-madar-utf8-bom", 23),  # «+ NAME - ٥:٤٦ ب.ظ ; DATE»
])
def test_a_blog_s_post_footer_naming_the_poster_is_a_byline(folder: str, n: int) -> None:
    assert _role(folder, n) == ("byline", "byline")


def test_a_post_footer_opening_with_its_date_or_a_wiki_s_edit_line_is_no_poster_s_footer() -> None:
    assert _role("hassani-golestan-khatemeh-qita-source-line", 1) == ("dateline", "dateline")
    edited = "اصلاح شده در 2011/08/16 00:43 توسط Administrator"
    roles = [x.role for x in classify(["نشست شورای ولایتی", "", PROSE, "", PROSE, "", edited]) if x.role != "blank"]
    assert roles[3] != "byline"


def test_a_written_post_footer_under_the_text_is_a_byline() -> None:
    footer = "نوشته شده در ۱۳۹۰/۰۲/۱۹ ساعت ۱۹:۳۶ توسط مریم"
    roles = [x.role for x in classify(["نشست شورای ولایتی", "", PROSE, "", PROSE, "", footer]) if x.role != "blank"]
    assert roles[3] == "byline"
