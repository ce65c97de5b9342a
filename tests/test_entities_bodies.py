"""Organisations named with more than their head and modifiers (the office of a body in a
province or town), with less (a footnote's number glued to the last word), or with a head typed
the old way (the ezafe's hamza as U+0674), with no registers:
what an unseen text gets.

Every sentence was written for these tests after the test collection's letters, news and
statutes (tests/data/corpus: a SAVAK report, a news agency's provincial office, Pahlavi-era
regulations with footnote numbers glued to words) and its expected spans
checked by hand against the collection's conventions (tests/data/corpus/README.md: organisations
hold their place, and nest).
"""

from __future__ import annotations

import pytest

from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(Registers(()))


def spans(tagger: Tagger, text: str, tag: str) -> list[str]:
    return [text[s.start : s.end] for s in tagger.tag(text) if s.tag == tag]


def test_a_bodys_office_in_a_province_or_town_is_one_name_holding_both(tagger: Tagger) -> None:
    text = "فرستنده : ساواک اصفهان\nبرابر گزارش ساواک استان فارس موضوع به ساواک کاشان اطلاع داده شد."
    assert spans(tagger, text, "orgName") == [
        "ساواک اصفهان", "ساواک", "ساواک استان فارس", "ساواک", "ساواک کاشان", "ساواک"]
    assert spans(tagger, text, "placeName") == ["اصفهان", "فارس", "کاشان"]
    text = "پرونده خبری در خبرگزاری فارس استان زنجان گشوده شد."
    assert spans(tagger, text, "orgName") == ["خبرگزاری فارس استان زنجان", "خبرگزاری فارس"]


def test_a_country_or_an_object_after_a_body_is_no_office_of_it(tagger: Tagger) -> None:
    # a country after a body found is the body's country or the sentence's, no office
    assert "ساواک ایران" not in spans(tagger, "گزارش ساواک ایران به دست ما رسید.", "orgName")
    # «را» after the place: the object of what the body did
    assert spans(tagger, "ساواک تبریز را زیر نظر داشت.", "orgName") == ["ساواک"]


def test_a_footnote_number_glued_to_a_names_last_word_stays_outside_it(tagger: Tagger) -> None:
    text = "بر طبق پیشنهاد وزارت مالیه2 نیز در جلسه هیئت وزرا تصویب شد."
    assert spans(tagger, text, "orgName") == ["وزارت مالیه", "هیئت وزرا"]


def test_a_paper_after_its_head_typed_with_the_high_hamza(tagger: Tagger) -> None:
    text = "کپیه روزنامه\u0674 اطلاعات، کپیه روزنامه\u0674 پرچم اسلام"
    assert spans(tagger, text, "orgName") == ["اطلاعات", "پرچم اسلام"]
