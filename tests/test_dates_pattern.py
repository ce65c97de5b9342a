"""The date pattern without the diacritics a month name may carry, used on strings that hold none
(:func:`nashr.entities.dates._date_pattern`), finds what the full pattern finds: on every line of
the seeds and of the test corpus's sources that holds no diacritic."""

from __future__ import annotations

import re

from conftest import SEEDS
from corpus_sets import CORPUS
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
