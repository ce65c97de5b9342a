"""Days named for what they commemorate: «روز جهانی حقوق بشر», «روز بزرگداشت سعدی», «روز سعدی».

The test collection marks them dates without a value, the person or place they name nested inside
(tests/data/corpus/README.md, «Named days»; set 26's ghazal pages of halghehassociation, rashtgpa and
mostafadaneshvar, ocs.gov.af's «پیام رئیس جمهور به مناسبت روز جهانی حقوق بشر»). Two forms:

* «روز» and a word that says the day is kept (:data:`KEPT_BY`: «جهانی» world, «ملی» national,
  «بزرگداشت» commemoration), then what is commemorated: a person found, or one or two words up to a
  function word, a verb, punctuation or, after the first, an adjective in «ی» («روز جهانی سعدی
  گرامی باد»: «گرامی» praises the day);
* «روز» and a person found right after it («روز سعدی»), and a year of four digits after the person
  («روز سعدی ۱۳۹۰»);
* «روز» and a role or kin noun alone (:data:`nashr.entities.candidates.terms.ROLE_NOUNS`,
  :data:`~nashr.entities.candidates.terms.KINSHIP_NOUNS`: «روز خبرنگار» on mehrnews, «روز مادر» on
  behnamtadi's blog; every such pair of the collection is one).

Never after a determiner or a number («در این روز جهانی از آنانی …», «آن روز احمد گفت»: a day
of a narrative, no name), nor over a date already found.
"""

from __future__ import annotations

import re

from nashr.entities.candidates.terms import KINSHIP_NOUNS, ROLE_NOUNS, norms_of
from nashr.entities.candidates.words import DETERMINERS, looks_like_verb, stop_words
from nashr.entities.normalize import Words
from nashr.entities.numbers import FUNCTION_WORDS, is_number_word
from nashr.markup import Occupied, Span

KEPT_BY = ("جهانی", "ملی", "بزرگداشت")
"""Words after «روز» that make it a day kept for what follows (:mod:`nashr.entities.commemorations`)."""
_KEPT_BY = norms_of(KEPT_BY)
_DAY = norms_of(("روز",))
_HONOURED = norms_of((*ROLE_NOUNS, *KINSHIP_NOUNS))
_DETERMINERS = norms_of(DETERMINERS)
_MAX_WORDS = 2  # words of what is commemorated, when no person is found there: «حقوق بشر»
_ADJECTIVE = "ی"
_YEAR_DIGITS = 4
_YEAR_AFTER = re.compile(r"[ \u00a0]+(?=\d{4}(?!\d))")  # (fold writes every digit in ASCII)
_FUNCTION_WORDS = norms_of(FUNCTION_WORDS)


def commemorated_days(words: Words, named: list[Span], dates: list[Span]) -> list[Span]:
    """``dates`` with the commemorated days of a block (see the module docstring) among them, as
    date spans without attributes; a year after a person's day, found as a date of its own, is
    the day's.

    Args:
        words: the block's words.
        named: names found in the block (people, places, organisations), which a day may hold whole.
        dates: the dates found in the block, which no day may overlap.

    Returns:
        The dates, in text order; linear in the block's words.
    """
    if _DAY.isdisjoint(words.vocabulary):
        return dates  # (most blocks)
    norms = words.norms
    people = {s.start: s for s in named if s.tag == "persName"}
    taken = Occupied((d.start, d.end) for d in dates)
    inside = Occupied((s.start, s.end) for s in named)
    years = {d.start: d for d in dates}
    found: list[Span] = []
    absorbed: set[int] = set()
    for k, word in enumerate(norms[:-1]):
        if word not in _DAY or not words.spaced(k) or _counted(words, k):
            continue
        j = k + 1 + (norms[k + 1] in _KEPT_BY and words.spaced(k + 1))
        person = people.get(words.starts[j]) if j < len(words) else None
        if person is not None:
            end = person.end
            if (gap := _YEAR_AFTER.match(words.folded, end)) is not None:
                end = gap.end() + _YEAR_DIGITS  # «روز سعدی ۱۳۹۰», the year a date of its own or not
                year = years.get(gap.end())
                if year is not None and year.end == end:
                    absorbed.add(year.start)
        elif j > k + 1:
            end = _commemorated_end(words, j)
        elif norms[j] in _HONOURED:
            end = words.ends[j]  # «روز خبرنگار», «روز مادر»
        else:
            continue
        if end > words.ends[k] and taken.free(words.starts[k], person.end if person is not None else end) \
                and inside.within(words.starts[k], end):
            found.append(Span(words.starts[k], end, "date", {}))
    if not found:
        return dates
    return sorted([*(d for d in dates if d.start not in absorbed), *found], key=lambda s: s.start)


def _counted(words: Words, k: int) -> bool:
    """True when «روز» at word ``k`` follows a determiner or a number: a day of a narrative."""
    return k > 0 and words.spaced(k - 1) and (words.norms[k - 1] in _DETERMINERS or is_number_word(words.norms[k - 1])
                                              or words.norms[k - 1].isdigit())


def _commemorated_end(words: Words, j: int) -> int:
    """The end of the one or two words from word ``j`` that say what a day kept commemorates (no
    function or stop word, verb or number; after the first, no adjective in «ی»), or -1 when word
    ``j`` is no such word: «روز جهانی علیه حجاب» (a day against, the seeds' politburo report) is none."""
    norms = words.norms
    end = -1
    for m in range(j, min(j + _MAX_WORDS, len(words))):
        word = norms[m]
        if not word.isalpha() or word in _FUNCTION_WORDS or word in stop_words() or looks_like_verb(word) \
                or is_number_word(word) \
                or (m > j and word.endswith(_ADJECTIVE)):
            break
        end = words.ends[m]
        if not words.spaced(m):
            break
    return end
