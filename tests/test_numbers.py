"""Numbers: digits of three scripts and counting number words as <num> (nashr.entities.numbers)."""

from __future__ import annotations

import pytest

from nashr.entities.numbers import num_spans, parse_number_words


def nums(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(text[s.start : s.end], dict(s.attrs)) for s in num_spans(text)]


def test_seed_000_ordinal_and_digits() -> None:
    line = "بیست و نهمین پلنوم کمیته مرکزی حزب"
    assert nums(line) == [("بیست و نهمین", {"type": "ordinal", "value": "29"})]
    assert nums("انتخاب نمود.  ٢١ نفر زیر نیز") == [("٢١", {"value": "21"})]
    assert nums(" انترناسیونال ۲۱۶ ") == [("۲۱۶", {"value": "216"})]


def test_seed_001_ordinal() -> None:
    assert nums("مصوب سی و یکمین پلنوم کمیته مرکزی") == [
        ("سی و یکمین", {"type": "ordinal", "value": "31"})
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("بیست و نهمین", 29), ("سی و یکمین", 31), ("دوم", 2), ("سوم", 3), ("سی‌ام", 30),
        ("یکصد", 100), ("دو هزار و هفت", 2007), ("یک میلیون و سیصد هزار", 1_300_000),
        ("هفتم", 7), ("دوازدهم", 12),
    ],
)  # fmt: skip
def test_parse_number_words(words: str, value: int) -> None:
    assert parse_number_words(words) == value


def test_not_number_words() -> None:
    assert parse_number_words("حزب") is None
    assert parse_number_words("") is None


def test_cardinals_count_only_before_a_noun() -> None:
    assert nums("بین دو پلنوم پرداخت") == [("دو", {"type": "cardinal", "value": "2"})]
    assert nums("سه جنبش اصلی") == [("سه", {"type": "cardinal", "value": "3"})]
    # «یک» alone is the indefinite article; «نه» alone is "no"; «دو» before «و» counts nothing.
    assert nums("یک جزء هویتی و نه تنها برنامه") == []
    assert nums("از دو و سه تا") == []


def test_postposed_ordinal_after_a_noun() -> None:
    assert nums("به کنگره هفتم حزب") == [("هفتم", {"type": "ordinal", "value": "7"})]


def test_enumeration_labels_are_not_numbers() -> None:
    # Seed 001: list items «۱-  مبارزه …»; seed 002: inline «۲- وظایف فوری».
    assert nums("۱-  مبارزه  سوسیالیستی") == []
    assert nums("آنها ۲- وظایف فوری تشکیلات خارج ۳-برگزاری کنفرانس") == []


def test_decimal_and_excluded_ranges() -> None:
    assert nums("رشد ۳٫۵ درصد") == [("۳٫۵", {"value": "3.5"})]
    text = "روز ۵ آبان"
    assert num_spans(text, exclude=[(4, 10)]) == []


@pytest.mark.parametrize("word", ["دوام", "سیم", "سیمین", "دهم"])
def test_words_that_only_look_like_ordinals(word: str) -> None:
    # «دوام» (endurance), «سیم» (wire), «سیمین» (a given name), «دهم» (also "I give").
    assert nums(f"کادر بی {word} هستند") == []


def test_a_weekday_written_apart_is_no_number_also_with_a_suffix() -> None:
    # the false hit: «سه شنبه» tagged as the number 3; the plural and «‌ای» too
    assert nums("روز سه شنبه به تهران رفت") == []
    assert nums("سه شنبه‌ها و پنج شنبه‌ای دیگر") == []
    assert nums("سه شنونده آمدند") == [("سه", {"type": "cardinal", "value": "3"})]  # another noun: a count
