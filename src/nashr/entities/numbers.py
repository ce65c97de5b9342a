"""Numbers in digits and in Persian number words, as TEI ``<num>`` spans.

* Digits (Persian ۰–۹, Arabic-Indic ٠–٩, ASCII 0–9, with ``٫`` or ``.`` as decimal
  separator) → ``<num value="216">``. Enumeration labels («۱- …» at the start of a line or
  before a dash) are left alone: they belong to list structure, not to the text's numbers.
* Number words (TEI Guidelines 3.6.3 "Numbers and Measures": ``@value`` holds the standard
  form, ``@type="ordinal"`` for ordinals) where they count something:
  ordinals in ``-مین`` («بیست و نهمین» → 29, «سی و یکمین» → 31) always; ordinals in ``-م``
  («کنگره هفتم») after a noun; cardinals of 2 or more («دو پلنوم», «سه جنبش») before a noun.
  «یک» alone (the indefinite article), «نه» alone ("no") and «اول» (also "at first") are
  never tagged; compounds such as «بیست و یک» are.

All offsets are into the block's source text; recognition runs on
:func:`nashr.entities.normalize.fold`, which keeps offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from nashr.entities.normalize import fold
from nashr.entities.normalize import words as text_words
from nashr.markup import Occupied, Span

UNITS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
    "پونزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
    "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400,
    "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {"هزار": 1000, "میلیون": 1_000_000, "میلیارد": 1_000_000_000}
# «سوم» is the one ordinal whose stem is not a cardinal; «سی‌ام» inserts «ا».
_IRREGULAR_STEMS: dict[str, int] = {"سو": 3}

# Words after which a number word does not count anything (conjunctions, prepositions,
# pronouns, light verbs); everything else is read as the counted noun.
FUNCTION_WORDS: frozenset[str] = frozenset(
    "و یا از به در با که را تا هم نیز اما ولی بر برای این آن او ما شما آنها است بود شد کرد "
    "هر چه چند همه دیگر یکی خود هیچ نه می نمی ای ها های".split()
)

# A run of digits not inside a longer one. The look-behind comes after the first digit (no digit
# before it) so that the pattern starts with a digit and the search skips other characters in C.
_DIGITS = re.compile(r"\d(?<!\d\d)\d*(?:[.\u066b]\d+)?(?!\d)")
_LABEL_AFTER = re.compile(r"\s*[-\u2013\u2014]")


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A parsed number-word phrase: ``[start, end)`` in the source, its value, ordinal or not."""

    start: int
    end: int
    value: int
    ordinal: bool


def _number_words() -> dict[str, tuple[int, bool, bool]]:
    """Every number word, ZWNJ removed: ``word → (value, is_ordinal, ordinal_in_min)``."""
    table: dict[str, tuple[int, bool, bool]] = {}
    stems = {**UNITS, **MULTIPLIERS, **_IRREGULAR_STEMS}
    for stem, value in stems.items():
        if stem in UNITS or stem in MULTIPLIERS:
            table[stem] = (value, False, False)
        # «سی‌ام», «سی‌امین» only: «سیم» is "wire", «سیمین» a given name.
        bases = [stem + "ا"] if stem == "سی" else [stem]
        for base in bases:
            table[base + "م"] = (value, True, False)
            table[base + "مین"] = (value, True, True)
    return table


_NUMBER_WORDS = _number_words()


def _word_value(word: str) -> tuple[int, bool, bool] | None:
    """Value of one folded word without ZWNJ (:func:`nashr.entities.normalize.words` gives such words)
    as ``(value, is_ordinal, ordinal_in_min)``, or None."""
    return _NUMBER_WORDS.get(word)


def _combine(values: list[int]) -> int:
    total = 0
    group = 0
    for value in values:
        if value >= 1000:
            total += max(group, 1) * value
            group = 0
        else:
            group += value
    return total + group


def is_number_word(folded_word: str) -> bool:
    """True when a folded word is a cardinal or ordinal number word."""
    return folded_word.replace("\u200c", "") in _NUMBER_WORDS


def ordinal_value(folded_word: str) -> int | None:
    """Value of a folded ordinal word of the «‑م» form («دوم» → 2, «هشتم» → 8), else None
    (cardinals, «‑مین» ordinals and other words)."""
    value = _word_value(folded_word.replace("\u200c", ""))
    return value[0] if value is not None and value[1] and not value[2] else None


def parse_number_words(text: str) -> int | None:
    """Value of a whole number-word phrase, e.g. «بیست و نهمین» → 29, «دو هزار و هفت» → 2007.

    Returns None when ``text`` is not a number-word phrase.
    """
    words = [w.replace("\u200c", "") for w in fold(text).split() if w != "و"]
    values = [_word_value(w) for w in words]
    if not values or any(v is None for v in values):
        return None
    return _combine([v[0] for v in values if v is not None])


def number_words(text: str) -> list[NumberWord]:
    """Find number-word phrases that count something (rules in the module docstring)."""
    found_words = text_words(text)
    norms, starts, ends, gaps = found_words.norms, found_words.starts, found_words.ends, found_words.gaps
    count = len(norms)
    found: list[NumberWord] = []
    done = -1  # the last word of the phrase before
    # One pass in C finds the number words; the phrases are read from those alone.
    for i in [i for i, word in enumerate(norms) if word in _NUMBER_WORDS]:
        if i <= done:
            continue
        parts = [_NUMBER_WORDS[norms[i]]]
        j = i
        # «بیست و نه», «دو هزار و هفت»: number words joined by «و» (or directly by a multiplier).
        while j + 1 < count and parts[-1][1] is False and not gaps[j + 1].strip():
            nxt = _NUMBER_WORDS.get(norms[j + 1])
            if nxt is not None and nxt[0] >= 1000:
                parts.append(nxt)
                j += 1
            elif (
                norms[j + 1] == "و"
                and j + 2 < count
                and (nxt2 := _NUMBER_WORDS.get(norms[j + 2])) is not None
                and nxt2[0] < parts[-1][0]
            ):
                parts.append(nxt2)
                j += 2
            else:
                break
        value = _combine([p[0] for p in parts])
        ordinal, in_min = parts[-1][1], parts[-1][2]
        prev_word = norms[i - 1] if i > 0 else ""
        next_word = norms[j + 1] if j + 1 < count else ""
        next_is_noun = bool(next_word) and next_word not in FUNCTION_WORDS and (
            next_word not in _NUMBER_WORDS
        ) and not gaps[j + 1].strip()
        single = i == j
        if ordinal:
            counts = in_min or (bool(prev_word) and prev_word not in FUNCTION_WORDS)
            if single and norms[i] == "دهم":  # also the verb "I give"
                counts = False
        else:
            counts = next_is_noun and value >= 2 and not (single and norms[i] == "نه")
            # «سه شنبه», «پنج شنبه» written apart are weekdays (… + «شنبه»), not numbers, also in
            # the plural or with a suffix («سه شنبه‌ها», «پنج شنبه‌ای»)
            counts = counts and not (single and next_word.startswith("شنبه"))
        if counts:
            found.append(NumberWord(starts[i], ends[j], value, ordinal))
        done = j
    return found


def _line_starts_at(folded: str, start: int) -> bool:
    """True when only spaces stand between the line's start and ``start`` (scans just those)."""
    i = start - 1
    while i >= 0 and folded[i] in " \t\r\f\v\u00a0":
        i -= 1
    return i < 0 or folded[i] == "\n"


def _is_label(folded: str, start: int, end: int) -> bool:
    if _line_starts_at(folded, start):
        return True
    after = _LABEL_AFTER.match(folded, end)
    return after is not None and not folded[after.end() : after.end() + 1].strip().isdigit() and (
        start == 0 or folded[start - 1].isspace()
    )


def _value(digits: str) -> str:
    return digits.replace("\u066b", ".")


def num_spans(text: str, exclude: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """``<num>`` spans for digits and counting number words in ``text``.

    Args:
        text: one block of source text.
        exclude: source ranges already claimed (dates, names); numbers touching them are
            skipped.

    Returns:
        Spans with ``attrs`` ``{"value": …}`` (digits) or ``{"type": "ordinal"|"cardinal",
        "value": …}`` (words), sorted by start.
    """
    folded = fold(text)
    free = Occupied(exclude).free

    spans: list[Span] = []
    for match in _DIGITS.finditer(folded):
        if free(match.start(), match.end()) and not _is_label(folded, match.start(), match.end()):
            spans.append(Span(match.start(), match.end(), "num", {"value": _value(match.group())}))
    for word in number_words(text):
        if free(word.start, word.end):
            kind = "ordinal" if word.ordinal else "cardinal"
            spans.append(Span(word.start, word.end, "num", {"type": kind, "value": str(word.value)}))
    return sorted(spans, key=lambda s: s.start)
