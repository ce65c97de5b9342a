"""Invocations heading a text or a part of it («بسم الله …», «باسمه تعالی», «هو الأبهی»), in the quotation
marks a page may set around them (round 37, «struct59»: nashr.convert.matter.opening.invocation): a
paragraph of their own, never a heading, a signature or a block quotation. Lines of the collection
(tests/data/corpus/) against their roles by hand, on five sites, and short texts for what must stay."""

from __future__ import annotations

import pytest

from nashr.convert.matter.opening import invocation
from test_structure_corpus import roles_at, text_roles

# (folder, line): each an invocation nashr gave another role before the rule, ``p`` by hand.
SEEN = [
    ("dadsima-qanun-asasi-afghanistan-moqaddame-chromium-pdftotext", 12),  # «"بسم الله الرحمن الرحيم "» (was a heading)
    ("namanews-farsnews-anjoman-qalam-bayaniye-entekhabat-1392", 2),  # «باسمه تعالی (was a heading)
    ("oceanoflights-abdul-baha-makateeb-07-089", 6),  # «هُو الأبهی» under the site's furniture (a heading)
    ("kasravi-ahmad-blogspot-parcham-posts-1323-wrapped", 29),  # opening a second post (the first one's signature)
    ("ixport-ir-qanun-asasi-afghanistan-fehrest-fosul", 42),  # between a contents list and the law (a quotation)
]


@pytest.mark.parametrize(("folder", "line"), SEEN)
def test_an_invocation_of_the_collection_is_a_paragraph(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("p", "p")


@pytest.mark.parametrize("plain", ['"بسم الله الرحمن الرحیم "', "«باسمه تعالی", "«باسمه تعالی»", "هو الأبهی",
                                   "به نام خداوند جان و خرد"])
def test_an_invocation_in_quotation_marks_is_one(plain: str) -> None:
    assert invocation(plain)


@pytest.mark.parametrize("plain", ["به نام خدایی که جان آفرید و سخن گفتن اندر زبان آفرید و ما را", "هوای تهران",
                                   "«یادداشت‌های روزانه»"])
def test_a_long_line_or_another_word_is_no_invocation(plain: str) -> None:
    assert not invocation(plain)


PROSE = ("انجمن قلم ایران در آستانه انتخابات بیانیه‌ای صادر کرد و در آن از همه نویسندگان خواست که در این "
         "روزها بیش از پیش به آزادی بیان بیندیشند.")


def test_a_quoted_invocation_between_paragraphs_is_no_heading() -> None:
    roles = text_roles(f"بیانیه انجمن قلم\n\n{PROSE}\n\n«باسمه تعالی»\n\n{PROSE}")
    assert roles[5] == "p"


def test_a_short_line_over_prose_is_still_a_heading() -> None:
    roles = text_roles(f"بیانیه انجمن قلم\n\n{PROSE}\n\nنامه انجمن به وزیر\n\n{PROSE}")
    assert roles[5] == "head"
