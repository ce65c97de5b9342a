"""The date pattern without the diacritics a month name may carry, used on strings that hold none
(:func:`nashr.entities.dates._date_pattern`), finds what the full pattern finds: on every line of
the seeds and of the test corpus's sources that holds no diacritic; and the other ways the date rules
are read faster (look-behinds after a first letter, bare years from their digits, a long block a stretch
of sentences at a time) find what the plain way finds."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from conftest import SEEDS
from corpus_sets import CORPUS
from nashr.convert.lazypattern import LazyPattern
from nashr.entities import dates
from nashr.entities.normalize import Words, fold


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


def _in_stretches(text: str, context: dates.DateContext | None, least: int) -> tuple[list[dates.FoundDate], int]:
    """The dates of ``text`` found a stretch at a time (:func:`dates._stretches`), offsets into ``text``,
    and the number of stretches."""
    folded, found = fold(text), Words(text)
    result, stretches = [], 0
    for start, end in dates._stretches(folded, least):
        first, last = bisect_left(found.starts, start), bisect_left(found.starts, end)
        vocabulary = frozenset(found.norms[first:last])
        assert vocabulary == Words(text[start:end]).vocabulary  # (no word reaches over a sentence's end)
        result += [replace(item, start=item.start + start, end=item.end + start)
                   for item in dates._dates_in(text[start:end], folded[start:end], vocabulary, context)]
        stretches += 1
    return result, stretches


def test_a_block_read_a_stretch_of_sentences_at_a_time_gives_the_same_dates() -> None:
    """A block cut at every sentence's end (:data:`dates._SENTENCE_GAP`) gives the dates the whole
    block gives, with and without a document's date: on every line of the seeds and of the
    collection's sources, on each of those texts written as one line, and on abbreviations and
    dates in digits with «. » inside (not cut); a long block (:data:`dates.LONG_BLOCK`) is read so."""
    sources = [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in sources]
    one_line = [" ".join(line.strip() for line in text.splitlines() if line.strip()) for text in texts]
    crafted = ["این نامه در ۱۲ آبان ۱۳۹۹ ه. ش نوشته شد. امروز رسید", "در سال ۱۳۵۷ ه. ق بود. سال بعد",
               "تاریخ ۱۲. ۱۰. ۱۳۹۹ است. فردا", "او گفت: سه. روز گذشته آمد", "جنگ ۱۹۶۷. پس از آن"]
    blocks = [*(line for text in texts for line in text.splitlines() if line.strip()), *one_line, *crafted]
    cuts = found = 0
    for block in blocks:
        for context in (None, dates.DateContext(date(2021, 3, 1))):
            whole = dates._dates_in(block, fold(block), Words(block).vocabulary, context)
            stretched, stretches = _in_stretches(block, context, 0)
            assert stretched == whole, block
            cuts += stretches - 1
            found += len(whole)
    assert cuts > 5000 and found > 4000  # (8,324 cuts, 4,736 dates)
    assert [crafted[0][d.start : d.end] for d in dates.find_dates(crafted[0])] == ["۱۲ آبان ۱۳۹۹ ه. ش", "امروز"]
    long = [*(block for block in blocks if len(block) >= dates.LONG_BLOCK), " ".join(one_line)]
    for text in long:
        assert dates._find_dates(text, None) == dates._dates_in(text, fold(text), Words(text).vocabulary, None)
    assert len(long) > 900  # (lines and texts as one line of 512 characters or more, and all: 978)
    assert len(list(dates._stretches(fold(long[-1])))) > 1000  # (the whole collection as one line is read so)
