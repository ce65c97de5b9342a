"""Candidates for names the registers do not know (nashr.entities.candidates through the Tagger).

The test texts are written for these tests; none of their names is in tei/registers/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nashr.entities.tagger import Tagger

REGISTERS = Path(__file__).resolve().parents[1] / "tei" / "registers"
LOW = {"cert": "low", "resp": "#nashr"}


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.from_registers(REGISTERS)


def candidates(tagger: Tagger, text: str) -> list[tuple[str, str]]:
    return [(s.tag, text[s.start : s.end]) for s in tagger.tag(text) if dict(s.attrs) == LOW]


def test_unknown_names_are_not_in_the_registers(tagger: Tagger) -> None:
    names = {n for e in tagger.registers.entries for n in e.names}
    assert not names & {"سارا نیکپور", "فرامرز قربانی", "بوکان", "نسرین رمضانعلی"}


def test_given_name_and_surname(tagger: Tagger) -> None:
    text = "در این جلسه فرامرز قربانی و ژیلا مستوفی‌زاده سخنرانی کردند."
    assert candidates(tagger, text) == [
        ("persName", "فرامرز قربانی"),
        ("persName", "ژیلا مستوفی\u200cزاده"),
    ]


def test_surname_part_written_apart(tagger: Tagger) -> None:
    assert candidates(tagger, "پیام یوسف علی پور به کنگره") == [("persName", "یوسف علی پور")]
    assert candidates(tagger, "پیام بهروز تقی زاده به کنگره") == [
        ("persName", "بهروز تقی زاده")
    ]


def test_honorific_before_two_words(tagger: Tagger) -> None:
    assert candidates(tagger, "سخنرانی رفیق کاوان ئاسو درباره اعتصاب") == [
        ("persName", "کاوان ئاسو")
    ]
    # «رفیق مذکور به …»: a function word follows, no name.
    assert candidates(tagger, "چون رفیق مذکور به موارد بی انضباطی ادامه نداد") == []


def test_names_in_a_list_next_to_a_known_person(tagger: Tagger) -> None:
    text = "اعضای هیئت: مینا احدی، کاوان ئاسو، دیاکو رسولی و ورزیر امینی انتخاب شدند."
    assert candidates(tagger, text) == [
        ("persName", "کاوان ئاسو"),
        ("persName", "دیاکو رسولی"),
        ("persName", "ورزیر امینی"),
    ]


def test_organisation_heads(tagger: Tagger) -> None:
    text = 'بیانیه نهاد "مادران پارک لاله" و حزب کمونیست کارگری عراق منتشر شد.'
    found = tagger.tag(text)
    assert candidates(tagger, text) == [
        ("orgName", 'نهاد "مادران پارک لاله"'),
        ("orgName", "حزب کمونیست کارگری عراق"),
    ]
    # The known place stays a register name, nested inside the candidate.
    assert ("placeName", "عراق") in [(s.tag, text[s.start : s.end]) for s in found]
    assert not any(s.attrs.get("ref", "").endswith("#o-wpi") for s in found)


def test_place_heads(tagger: Tagger) -> None:
    # «استان»/«شهرستان» are part of the name, as the test collection marks them («استان
    # خوزستان»); «شهر» is not. «بوکان» is in the gazetteer (cert="medium").
    text = "تظاهرات در شهر بوکان و استان ایلام و روستای کانی‌سیف"
    assert candidates(tagger, text) == [("placeName", "استان ایلام"), ("placeName", "کانی‌سیف")]
    assert ("placeName", "بوکان") in [(s.tag, text[s.start : s.end]) for s in tagger.tag(text)]


def test_ordinary_prose_gives_no_candidates(tagger: Tagger) -> None:
    # Seed 001 line 4: party prose full of heads («حزب», «سازمان») without names.
    text = (
        "بدون اتکا به حزب و گسترش سازمان حزب و شبکه های فعال حزبی  در میان کارگران و توده "
        "مردم و در جنبشهای اعتراضی، تامین رهبری حزب در جامعه ممکن نیست."
    )
    assert candidates(tagger, text) == []


def test_a_conjunction_alone_makes_no_list(tagger: Tagger) -> None:
    # Seed 004: «دوره خمینی و احیای قانون اساسی», «موسوی و اله اکبر ایستادند».
    assert candidates(tagger, "هدف بازگشت به دوره خمینی و احیای قانون اساسی است") == []
    assert candidates(tagger, "مقابل هواداران رژیم و موسوی و اله اکبر ایستادند") == []


def test_three_part_names_and_month_given_names(tagger: Tagger) -> None:
    # The whole name, not a two-word prefix of it; Arabic letters as typed.
    assert candidates(tagger, "سخنان سیاوش نيك نام در جلسه") == [("persName", "سیاوش نيك نام")]
    # A month name is a given name before a surname, a month after a day number.
    assert candidates(tagger, "کتاب آذر نفیسی منتشر شد") == [("persName", "آذر نفیسی")]
    assert candidates(tagger, "در ۱۲ آذر نفیسی گفت") == []
    # Kurdish «ە» reads as «ه».
    assert candidates(tagger, "رفیق کاوە ئاسو گفت") == [("persName", "کاوە ئاسو")]


def test_a_register_name_does_not_cut_a_longer_name(tmp_path: Path) -> None:
    from nashr.entities.registers import Entry, Registers

    short = Tagger(Registers((Entry("p-siavash-nik", "person", "سیاوش نیک"),)))
    text = "سخنان سیاوش نیک نام در جلسه و سیاوش نیک گفت"
    found = [(s.tag, text[s.start : s.end], s.attrs.get("ref", "")) for s in short.tag(text)]
    assert ("persName", "سیاوش نیک نام", "") in found
    assert ("persName", "سیاوش نیک", "../registers/persons.xml#p-siavash-nik") in found


def test_a_roll_of_names_after_a_plural_address(tagger: Tagger) -> None:
    # Parliamentary minutes: «آقایان:» and surnames apart by dashes.
    text = "غائبین با اجازه- آقایان: جلیلی- نراقی- امیرابراهیمی- دکتر زنگنه."
    assert candidates(tagger, text) == [
        ("persName", "جلیلی"), ("persName", "نراقی"), ("persName", "امیرابراهیمی"), ("persName", "دکتر زنگنه"),
    ]
    # One noun after «آقایان» is no roll.
    assert candidates(tagger, "از طرف دوازده نفر از آقایان نمایندگان") == []


def test_a_line_that_is_only_a_name(tagger: Tagger) -> None:
    assert candidates(tagger, "برایان هوک") == [("persName", "برایان هوک")]
    assert candidates(tagger, "خبرهای امروز") == []  # common words
    assert candidates(tagger, "برایان هوک گفت") == []  # a sentence, not a name alone
