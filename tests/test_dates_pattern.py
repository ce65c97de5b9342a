"""The date pattern without the diacritics a month name may carry, used on strings that hold none
(:func:`nashr.entities.dates._date_pattern`), finds what the full pattern finds: on every line of
the seeds and of the test corpus's sources that holds no diacritic."""

from __future__ import annotations

import re

from conftest import SEEDS
from corpus_sets import CORPUS
from nashr.convert.lazypattern import LazyPattern
from nashr.entities import dates
from nashr.entities.normalize import fold


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def test_without_diacritics_the_lighter_pattern_finds_the_same_dates() -> None:
    full = re.compile(dates._PATTERN_TEXT)
    sources = [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in sources]  # a few are not UTF-8
    lines = [fold(line) for text in texts for line in text.splitlines()]
    lines += ["۱۲ محرم ۱۳۴۵", "ماه جاری (آبان) ۱۳۹۸", "سه شنبه ۱۹ دی ماه ۱۳۵۶", "اوایل ذی القعده"]
    unmarked = [line for line in lines if dates._MARK.search(line) is None]
    assert dates._date_pattern(unmarked[0]) is not dates._date_pattern("محرّم") is dates._compiled(True)
    found = 0
    for line in unmarked:
        assert _found(dates._date_pattern(line), line) == _found(full, line), line
        found += len(_found(full, line))
    assert found > 100  # the texts name dates


def test_a_month_name_with_diacritics_is_still_found() -> None:
    text = fold("در ۱۲ مُحَرَّم ۱۳۴۵ نوشته شد")
    assert dates._MARK.search(text) is not None
    assert [match.group("month") for match in dates._date_pattern(text).finditer(text)] == [fold("مُحَرَّم")]


def _flat(words: list[str], marks: bool) -> str:
    """The alternation as one list of words, longest first (what :func:`dates._alternation` groups)."""
    keys = sorted(sorted({dates._key(w) for w in words}), key=len, reverse=True)
    mark = dates._MARKS if marks else ""
    return "|".join("".join(r"[\s\u200c]*" if c == " " else re.escape(c) + (mark if c.isalpha() else "") for c in k)
                    for k in keys)


def test_the_alternation_grouped_by_first_letter_matches_as_the_flat_one() -> None:
    """Each word list of the date patterns, grouped by first letter, matches at every position of
    a text of its words (glued, apart, with marks, cut short) what the flat alternation matches."""
    lists = {"months": list(dates.MONTHS), "days": list(dates.DAY_WORDS), "weekdays": list(dates.WEEKDAY_NUMBERS),
             "years": list(dates.YEAR_WORDS), "parts": list(dates.PERIOD_PARTS), "eras": list(dates.ERA_WORDS)}
    for name, words in lists.items():
        keys = [dates._key(w) for w in words]
        text = " ".join([*keys, "".join(keys), *(k[:-1] for k in keys), *(k.replace(" ", "") for k in keys),
                         *(k.replace(" ", "\u200c") for k in keys), fold("مُحَرَّم ذی‌القعدهٔ")])
        for marks in (False, True):
            grouped = re.compile(dates._alternation(words, marks=marks))
            flat = re.compile(_flat(words, marks))
            assert grouped.pattern != flat.pattern, name  # (the lists share first letters)
            for pos in range(len(text)):
                one, other = grouped.match(text, pos), flat.match(text, pos)
                assert (one and one.span()) == (other and other.span()), (name, marks, text[pos : pos + 20])


def _spans(pattern: re.Pattern[str] | LazyPattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_a_look_behind_after_the_first_letter_finds_what_one_before_it_finds() -> None:
    """:data:`dates._AGO` and :data:`dates._DAY_BEFORE_OR_AFTER` test the character before a match
    after its first letter (a pattern a search skips to that letter in C): on every line of the
    seeds and the corpus, and on edges (the text's start, a letter, ZWNJ or «از » before), they
    find what the same patterns opening with the look-behind find."""
    before = {
        "ago": re.compile(r"(?<![\w\u200c])(?:یک|چند)[\s\u200c]*(?:روز|هفته|ماه|سال)[\s\u200c]+(?:پیش|قبل)"
                          r"(?![\w\u200c])"),
        "day": re.compile(r"(?<![\w\u200c])(?:روز|(?<!از )شب)[ \u00a0\u200c]+گذشته(?![\w\u200c])"
                          r"|(?<![\w\u200c])دیگر[ \u00a0]+روز(?![\w\u200c])")}
    now = {"ago": dates._AGO, "day": dates._DAY_BEFORE_OR_AFTER}
    sources = [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]
    lines = [fold(line) for source in sources
             for line in source.read_text(encoding="utf-8", errors="replace").splitlines()]
    edges = ["روز گذشته", "شب گذشته", "از شب گذشته", "دیگر روز", "کروز گذشته", "\u200cشب گذشته",
             "یک روز پیش", "چند هفته قبل", "۱یک روز پیش", "یکروز قبل", "پیک روز پیش", "آن\nشب گذشته"]
    for name, pattern in before.items():
        found = 0
        for line in [*lines, *edges]:
            assert _spans(now[name], line) == _spans(pattern, line), (name, line)
            found += len(_spans(pattern, line))
        assert found >= 7, name  # (the lines and edges hold such dates: 8 and 7)


def test_bare_years_found_from_their_digits_are_the_patterns_matches() -> None:
    """:func:`dates._bare_year_matches` (the pattern matched where a year stands after a gap) gives
    ``_BARE_YEAR.finditer``'s matches: on every line of the seeds and of the collection's sources, and
    on gaps of spaces, NBSP and dashes, a word of digits, ZWNJ or «_», and years in a row."""
    sources = [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in sources]
    lines = [fold(line) for text in texts for line in text.splitlines()]
    lines += [fold(line) for line in (
        "جنگ ۱۹۶۷،", "جنگ - ۱۹۶۷ ", "جنگ -۱۹۶۷\n", "جنگ--۱۹۶۷", "جنگ\u00a0\u2013\u00a0۲۰۲۰", "ab_c 2000 در",
        "ab1 1400 و", "۱۴۰۰ ۱۴۰۱ ۱۴۰۲،", "جنگ\u200c 1967،", "و ۱۶۰۰ دانشجو", "۲ ۱۴۰۰،", "سال ۱۳۹۹ - ۱۴۰۰ ،",
        "تابستان ۲۰۰۸،", "انتخابات ۱۴۰۰ در", "قطعنامه ۱۹۲۹ و", "ولایت هرات- ۱۳۹۵")]
    found = 0
    for line in lines:
        expected = [(match.span(), match.groupdict()) for match in dates._BARE_YEAR.finditer(line)]
        assert [(match.span(), match.groupdict()) for match in dates._bare_year_matches(line)] == expected, line
        found += len(expected)
    assert found > 150  # the texts name years alone (201)
