"""Candidate rules for places and geographic features.

  6. :func:`place_head_rule` — «شهر», «استان», «شهرستان», «روستای», «بندر» … + a known place or
     a name-like word, the head included: «استان خوزستان»; streets, squares and religious
     buildings too («خیابان …», «مسجد گوهرشاد»), and a building named after a person holds the
     person (:data:`~nashr.entities.candidates.terms.NAMED_AFTER_HEADS`, as do institutions of
     rule 5: «دانشگاه فردوسی»).
  6b. :func:`abad_rule` — a word in «آباد» that is no everyday word («سلطنت‌آباد»).
  6c. :func:`place_list_rule` — the one-word items of a «،» list a known place opens («از راه
     مرند، خوی، برکری، وان، وسطان»); :func:`glued_feature_rule` — a feature head with «ب» glued to it
     and a known place after it.
  6d. :func:`district_rule` — a place and «دی.سی» after it («واشنگتن دی.سی»).

:func:`list_items` reads the items of such a list for people too
(:func:`nashr.entities.candidates.people.person_list_rule`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from nashr.entities.candidates.names import _span
from nashr.entities.candidates.terms import (
    _AND,
    _BUILDING_HEADS,
    _FEATURE_HEADS,
    _NAMED_AFTER,
    _PLACE_HEADS,
    CANDIDATE_ATTRS,
    norm,
)
from nashr.entities.candidates.words import (
    _GLUED_FEATURES,
    _MAX_FEATURE_WORDS,
    _TO,
    _foreign_like,
    _glued_and,
    _glued_preposition,
    everyday_word,
    is_given,
    light_verb,
    name_like,
    relational_adjective,
    surnames,
)
from nashr.entities.normalize import Words
from nashr.entities.numbers import ordinal_value
from nashr.markup import Span

_ADJECTIVE_ENDINGS = ("ی", "ه", "گر")
"""Endings of Persian adjectives and agent nouns («اسلامی», «مشروطه», «آزادانه», «سرکوبگر»):
after «دولت»/«حکومت»/«رژیم» such a word describes the government, it does not name it."""


def place_head_rule(words: Words, triggers: list[int], places: dict[int, Span],
                    persons: dict[int, Span] | None = None) -> Iterator[Span]:
    """Rule 6: a place head + a known place or one name-like word.

    An administrative head (:data:`ADMINISTRATIVE_HEADS`) stays outside: «شهر تبریز» names
    «تبریز» (the gazetteer's already), «روستای کانی‌سیف» the candidate «کانی‌سیف». A feature head
    (:data:`FEATURE_HEADS`) is inside: «خلیج فارس» over the known «فارس», «هتل وستین گرند
    سنترال» over words that are no common words. An unknown word must be
    no common word and no plural («دریای خون», «کوه دردها» are figures of speech, «ایالت شرقی» a
    direction); a word followed by a light verb is the noun of a compound verb («به منطقه اعزام
    کرد»), not a name. «استان» + an ordinal is a province named by its number, head inside (the
    1316/1937 law on the country's divisions named its ten provinces by number, «استان یکم» …
    «استان دهم»). A building or street named after a person (``persons``: start → person found;
    :data:`NAMED_AFTER_HEADS`) holds the person («کتابخانه رونالد ریگان», «خیابان ستارخان»).
    """
    if words.vocabulary.isdisjoint(_PLACE_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    persons = persons or {}
    for i in triggers:
        if norms[i] not in _PLACE_HEADS or not words.spaced(i):
            continue
        if norms[i] == _PROVINCE and ordinal_value(norms[i + 1]) is not None:
            yield _span(words, i, i + 1, "placeName")  # «استان دوم»: the province's name, head and all
            continue
        feature = norms[i] in _FEATURE_HEADS
        place = places.get(words.starts[i + 1]) or (persons.get(words.starts[i + 1]) if norms[i] in _NAMED_AFTER
                                                     else None)
        if place is not None:
            if feature:
                yield Span(words.starts[i], place.end, "placeName", CANDIDATE_ATTRS)
            continue
        word = norms[i + 1]
        if norms[i] == _GUARDIANSHIP and (everyday_word(word) or word.endswith(_ADJECTIVE_ENDINGS)):
            continue  # «ولایت مطلقه»: guardianship (:data:`ADMINISTRATIVE_HEADS`), no province
        if not _foreign_like(word) or word.endswith(("ها", _NESHIN)) or _glued_and(word) \
                or (norms[i] in _BUILDING_HEADS and (everyday_word(word) or _glued_preposition(word))):
            continue  # «شهر حاکم‌نشین», «منطقه کردنشین»: an adjective in «‌نشین» ("seat of"), no name
        if words.spaced(i + 1) and light_verb(norms[i + 2]) and (not feature or everyday_word(word)):
            continue  # (a feature's name that is no everyday word stays one: «داخل دریای اژه گردید»)
        last = i + 1
        while feature and last - i < _MAX_FEATURE_WORDS and words.spaced(last) and _foreign_like(norms[last + 1]) \
                and words.starts[last + 1] not in places:
            last += 1  # «هتل وستین گرند سنترال»: a name of several foreign words
        yield _span(words, i if feature else i + 1, last, "placeName")


_BIDI_SPACE = " \t\n\r\u200e\u200f\u202a\u202b\u202c\u202d\u202e"  # spaces and directional marks
_LIST_COMMA = re.compile(r"[\s\u200e\u200f\u202a-\u202e]*[،,][\s\u200e\u200f\u202a-\u202e]*")
_ETC, _OBJECT_MARKER = norm("غیره"), norm("را")
_PLURALS = ("ات", "ها")  # «ایالات», «بلوکات», «شهرها»: plurals of common nouns («…ان» ends many towns' names)
_ITEM_ENDS = (".", "؛", ":", "،", ",")  # what may close a list's last item («،» at the block's end: the list goes on)
_MIN_LIST_ITEMS = 3  # items of a list, a known name first: «مرند، خوی، برکری»
_MAX_LIST_ITEMS = 24


def _next_item(words: Words, i: int) -> tuple[int, bool]:
    """Index of the list item after the separator before word ``i`` («، X», «و X», «، و X»), or
    -1 when no list separator stands there; and whether the separator holds a «،»."""
    if i >= len(words):
        return -1, False
    comma = _LIST_COMMA.fullmatch(words.gaps[i]) is not None
    if words.norms[i] == _AND and (comma or words.gaps[i].isspace()) and words.spaced(i):
        return i + 1, comma
    return (i, True) if comma else (-1, False)


def _list_end(words: Words, k: int) -> bool:
    """True when punctuation that may close a list's last item follows word ``k`` (:data:`_ITEM_ENDS`),
    or «را» (the list is an object: «تبریز، مرند و جلفا را تکان داد»), or the block ends there."""
    after = words.gaps[k + 1].strip(_BIDI_SPACE)[:1]
    if after:
        return after in _ITEM_ENDS
    return k + 1 == len(words) or (words.norms[k + 1] == _OBJECT_MARKER and words.spaced(k))


def _list_place_word(word: str) -> bool:
    """True for a word (norm form) that may be an unknown place of a list (:func:`place_list_rule`):
    name-like (:func:`name_like`), no plural in «ات» or «ها» («ولایات», «مبادلات»; a plural in «ان»
    is no test, many towns' names end so: «گرگان», «وسطان»), no given or family name and no
    adjective in «ی» (a roll of people after a town: «شاهی، اسکندری، دفتری»; «خراسانی»)."""
    return name_like(word) and not word.endswith(_PLURALS) \
        and word not in surnames() and not is_given(word) and not relational_adjective(word)


def place_list_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6c: the one-word items of a «،» list that a known place opens («از راه مرند، خوی،
    برکری، وان، وسطان، اخالط»): a travel account names town after town, most too small for the
    gazetteer. Each unknown item is a word of :func:`_list_place_word` (:func:`list_items` says
    which lists and items count)."""
    for k in list_items(words, places, _list_place_word):
        yield _span(words, k, k, "placeName")


def list_items(words: Words, known: dict[int, Span], fits: Callable[[str], bool],
               sure: Callable[[str], bool] = lambda word: not everyday_word(word)) -> Iterator[int]:
    """Indices of the one-word items of «،» lists that a name of ``known`` (start → span) opens,
    each item a word that ``fits`` with a separator after it: the unknown names of a list of
    places (:func:`place_list_rule`) or people (:func:`person_list_rule`). The list holds three
    items or more and a «،» (a list joined by «و» alone is as often a phrase: «ایران و تشیید و
    تأیید») or ends in «و غیره» ("and so on"); a word not ``sure`` of itself (by default an everyday
    word, :func:`everyday_word`: «وان» Van and "tub", «صور» Tyre and "trumpet") is an item only
    between two names of the list («صیدا، صور و عکا»). A list of two («تهران و جهان») or an item
    of several words («تهران، شهری بزرگ») ends it. Each list is walked once from its first name;
    linear in the words."""
    done = -1
    for start in sorted(known):
        i = bisect_left(words.starts, known[start].end)
        if bisect_left(words.starts, start) <= done:
            continue
        items: list[int | None] = [None]  # None: a known name; else an unknown word's index
        commas = False
        while len(items) < _MAX_LIST_ITEMS:
            k, comma = _next_item(words, i)
            if not 0 <= k < len(words):
                break
            if words.norms[k] == _ETC:
                items.append(None)  # «لار و نمارستاق و غیره»: "and so on" closes a list
                commas = True
                break
            name = known.get(words.starts[k])
            if name is not None:
                i = bisect_left(words.starts, name.end)
            elif fits(words.norms[k]) and (_next_item(words, k + 1)[0] >= 0 or _list_end(words, k)):
                i = k + 1
            else:
                break
            items.append(None if name is not None else k)
            commas = commas or comma
        done = i - 1
        if len(items) < _MIN_LIST_ITEMS or not commas:
            continue
        named = [k is None or sure(words.norms[k]) for k in items] + [False]
        yield from (k for n, k in enumerate(items)
                    if k is not None and (named[n] or (named[n - 1] and named[n + 1])))


def glued_feature_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6c: a feature head with the preposition «ب» glued to it and a known place after it
    («بدشت کربلا», «بکوه دماوند»): the feature's name without the preposition, as rule 6 names
    it unglued; not a glued word that is an everyday word («برود» "may go")."""
    norms = words.norms
    if _GLUED_FEATURES.isdisjoint(words.vocabulary):
        return  # (most blocks: one pass at C level)
    for i, word in enumerate(norms):
        if word in _GLUED_FEATURES and words.spaced(i) \
                and not everyday_word(word) and (place := places.get(words.starts[i + 1])) is not None:
            yield Span(words.starts[i] + len(_TO), place.end, "placeName", CANDIDATE_ATTRS)


DISTRICT = re.compile(r"[\s\u200c]*[،,]?[\s\u200c]*دی(?:\.[\s\u200c]?|[\s\u200c])سی\.?(?!\w)")
"""«دی.سی», «دی سی» (D.C., the District of Columbia) after a place, with or without a comma."""


def district_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 6d: a known place and «دی.سی» right after it («واشنگتن دی.سی», «واشینگتن، دی.سی.»):
    one place, the federal district's name whole, as the State Department's Persian pages and
    the U.S. embassy's write their datelines (:data:`DISTRICT`)."""
    if "دی" not in words.folded:
        return
    for place in places.values():
        if (after := DISTRICT.match(words.folded, place.end)) is not None:
            yield Span(place.start, after.end(), "placeName", CANDIDATE_ATTRS)


_PROVINCE = norm("استان")
_NESHIN = norm("نشین")
_GUARDIANSHIP = norm("ولایت")


_ABAD = norm("آباد")
_MIN_ABAD_STEM = 2  # letters before «آباد»: «خرم‌آباد»


def abad_rule(words: Words) -> Iterator[Span]:
    """Rule 6b: a word ending in «آباد» ("settlement", the most common ending of Iranian place
    names: «سلطنت‌آباد», «حسن‌آباد», «دولت‌آباد») that is no everyday word itself: a place. The
    word «آباد» alone ("prosperous") and «آبادی», «آبادان» are not such words."""
    if _ABAD not in words.folded:
        return
    for i, word in enumerate(words.norms):
        if word.endswith(_ABAD) and len(word) >= len(_ABAD) + _MIN_ABAD_STEM and not everyday_word(word) \
                and name_like(word):
            yield _span(words, i, i, "placeName")
