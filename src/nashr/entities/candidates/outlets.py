"""Candidate rules for news outlets and the people a report quotes.

  5c. :func:`source_rule` — the outlet a news text cites («به گزارش رویترز،»).
  5h. :func:`reporter_rule` — the outlet a reporter works for («به گزارش خبرنگار مهر،»).
  5f. :func:`site_rule` — a news site by its kind and name («پایگاه خبری تحلیلی انتخاب»).
  :func:`speaker_rule`, :func:`speech_rule` — the person a report quotes after «به گفته», or who
     speaks right before a verb of speech.

:func:`cited_outlet` and :func:`reporters_outlet` tell the tagger where a known name is an outlet.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from nashr.entities.candidates.names import _NAME_END_MARKS, _span
from nashr.entities.candidates.terms import _MAX_NAME_WORDS, _QUOTES, _STATE_FORMS, CANDIDATE_ATTRS, norm, norms_of
from nashr.entities.candidates.words import (
    _foreign_like,
    common_words,
    everyday_word,
    is_given,
    looks_like_verb,
    name_like,
    stop_words,
    word_like_given,
)
from nashr.entities.normalize import Words
from nashr.entities.numbers import is_number_word
from nashr.markup import Span

_SOURCE_VERBS = ("گزارش", "نوشته", "نوشتۀ", "نوشتهٔ")
# («به» first and the look-behind after it, the same test: the search skips to «به» instead of
# trying the look-behind at every character)
_SOURCE = re.compile(rf"به(?<!\wبه)[\s\u200c]+(?:{'|'.join(_SOURCE_VERBS)}|نقل\s+از)\s+")
_CITING = norms_of(_SOURCE_VERBS)
_QUOTING = norm("نقل")
_CITATION_ENDS = ("،", ",", "؛", ":")
_SOURCE_QUOTE = re.compile(r"([\"«“])([^\"«»“”.،؛:!؟\n]{2,40})([\"»”])")


def cited_outlet(words: Words, i: int) -> bool:
    """True when word ``i`` is the outlet a news text cites, one word between «به گزارش», «به
    نوشته» or «به نقل از» ("as … reports", "quoting") and a «،», «؛» or «:» («به گزارش فارس،», «به
    نقل از فارس،», as agencies' copy reposted by other sites opens): no place of the same name
    (Fars News Agency, not the province), but the organisation :func:`source_rule` finds."""
    norms = words.norms
    if i + 1 >= len(words) or words.gaps[i + 1].strip()[:1] not in _CITATION_ENDS:
        return False
    if i >= 2 and norms[i - 1] in _CITING and norms[i - 2] == _TO_WORD:
        return words.spaced(i - 2) and words.spaced(i - 1)
    return i >= 3 and norms[i - 1] == _FROM_WORD and norms[i - 2] == _QUOTING and norms[i - 3] == _TO_WORD \
        and words.spaced(i - 3) and words.spaced(i - 2) and words.spaced(i - 1)


def source_rule(words: Words) -> Iterator[Span]:
    """Rule 5c: the outlet a news text cites — «به گزارش»/«به نوشته» ("as … reports", "as …
    writes") and one or two words that are no common words up to a «،», «؛», «:» or the end of
    the sentence («به گزارش رویترز،»), or a quoted name («به گزارش «انتخاب»؛»: the name inside
    the quotes). An outlet named with its head («به گزارش خبرگزاری فرانسه») is rule 5's."""
    folded = words.folded
    for match in _SOURCE.finditer(folded) if any(verb in folded for verb in (*_SOURCE_VERBS, "نقل")) else ():
        quoted = _SOURCE_QUOTE.match(folded, match.end())
        if quoted is not None and _QUOTES.get(quoted.group(1)) == quoted.group(3):
            yield Span(quoted.start(2), quoted.end(2), "orgName", CANDIDATE_ATTRS)
            continue
        k = bisect_left(words.starts, match.end())
        if k < len(words) and words.starts[k] == match.end() and cited_outlet(words, k):
            yield _span(words, k, k, "orgName")  # «به گزارش فارس،»: a place's name, the outlet's here
            continue
        if k >= len(words) or words.starts[k] != match.end() or not _foreign_like(words.norms[k]):
            continue
        last = k + 1 if words.spaced(k) and _foreign_like(words.norms[k + 1]) else k
        closing = words.gaps[last + 1].strip()[:1] if last + 1 < len(words) else "."
        if closing in ("،", ",", "؛", ":", "."):
            yield _span(words, k, last, "orgName")


REPORTERS = ("خبرنگار", "خبرنگاران")
REPORTER_DESCRIPTIONS = ("آزاد", "زن", "جوان", "ارشد", "مستقل", "سابق", "ما")
"""Words that describe a reporter after «خبرنگار» rather than name the outlet («خبرنگار آزاد»,
«خبرنگار ما»); adjectives in «ی» («خبرنگار مصری») are none either."""
_REPORTERS = norms_of(REPORTERS)
_REPORTER_DESCRIPTIONS = norms_of(REPORTER_DESCRIPTIONS)
_REPORTER_ENDS = norms_of(("از", "در"))


def reporters_outlet(words: Words, i: int) -> bool:
    """True when word ``i`` is the outlet a reporter works for, as news agencies' copy names
    itself: one word right after «خبرنگار»/«خبرنگاران» and before punctuation, «از» or «در»
    («به گزارش خبرنگار مهر،», «خبرنگار فارس از این تجمع», «خبرنگاران تسنیم در قزوین»), that is
    no stop word, verb, adjective in «ی», plural or :data:`REPORTER_DESCRIPTIONS`. The outlet is
    then no place or month of the same name («فارس», «مهر»)."""
    norms = words.norms
    if i == 0 or norms[i - 1] not in _REPORTERS or not words.spaced(i - 1):
        return False
    word = norms[i]
    if word in stop_words() or word in _REPORTER_DESCRIPTIONS or word.endswith(("ی", "ها")) \
            or looks_like_verb(word) or is_number_word(word) or len(word) < 2:
        return False
    if i + 1 == len(words):
        return True
    if not words.spaced(i):
        return words.gaps[i + 1].strip()[:1] in (*_NAME_END_MARKS, "-")
    return norms[i + 1] in _REPORTER_ENDS


def reporter_rule(words: Words) -> Iterator[Span]:
    """Rule 5h: the outlet after «خبرنگار» (:func:`reporters_outlet`), an organisation."""
    if "خبرنگار" not in words.folded:
        return
    for i in range(1, len(words)):
        if reporters_outlet(words, i):
            yield _span(words, i, i, "orgName")


_SPEAKER = re.compile(r"(?<!\w)به[\s\u200c]*گفته(?:[\u200c]?ی|ٔ|ۀ)?\s+")


def speaker_rule(words: Words) -> Iterator[Span]:
    """Rule 3f: the person a report quotes after «به گفته» ("according to"): a transliterated
    word that is no common word (:func:`_foreign_like`) and a second name-like word that is none
    either («به گفته راب مالی توافقی …» → «راب مالی»). One word alone is as often an outlet
    («به گفته رویترز») and a common word a source («به گفته این مقام», «به گفته منابع»): neither
    is taken."""
    folded = words.folded
    for match in _SPEAKER.finditer(folded) if "گفته" in folded else ():
        k = bisect_left(words.starts, match.end())
        if k + 1 >= len(words) or words.starts[k] != match.end() or not words.spaced(k):
            continue
        second = words.norms[k + 1]
        if _foreign_like(words.norms[k]) and name_like(second) and second not in common_words() \
                and not looks_like_verb(second):
            yield _span(words, k, k + 1)


SPEECH_VERBS = ("گفت", "افزود", "نوشت", "میگوید", "می‌گوید")
"""Verbs of speech and report a news text puts right after the person it quotes («راب مالی
افزود»); with :data:`SPEECH_NOUNS` and a light verb, the compound ones («اعلام کرد»)."""
SPEECH_NOUNS = ("اعلام", "تاکید", "تأکید", "اضافه", "خاطرنشان", "اظهار")
_SPEECH_VERBS = norms_of(SPEECH_VERBS)
_SPEECH_NOUNS = norms_of(SPEECH_NOUNS)
_SPEECH_LIGHT = norms_of(("کرد", "داشت"))
_SPEECH_WORDS = _SPEECH_VERBS | _SPEECH_NOUNS  # (what :func:`_speech_at` needs at the word)


_PLURAL_POSSESSED = re.compile(r"ها(?:ی|یم|یت|یش|یمان|یتان|یشان)?$")  # «دندانهایش»: a plural noun, no name


def _speech_at(words: Words, v: int) -> bool:
    """True when word ``v`` starts a verb of :data:`SPEECH_VERBS` or a noun of
    :data:`SPEECH_NOUNS` and «کرد»/«داشت» («اعلام کرد», «اظهار داشت»)."""
    norms = words.norms
    return norms[v] in _SPEECH_VERBS or (norms[v] in _SPEECH_NOUNS and words.spaced(v) and v + 1 < len(words)
                                         and norms[v + 1] in _SPEECH_LIGHT)


def speech_rule(words: Words) -> Iterator[Span]:
    """Rule 3g: the person who speaks, right before a verb of speech (:func:`_speech_at`): two or
    three words at the start of a clause (the block's start, punctuation or a function word
    before them), the first a transliterated word that is no common word (:func:`_foreign_like`:
    «راب», «جیک») or a given name that is no registry word, the others name-like and no common
    words, verbs or plurals («راب مالی افزود که …», «لوان جاگاریان اعلام کرد»; not «مابین
    دندانهایش گفت»). A body's head or a common noun before the verb is none («وزارت خارجه اعلام
    کرد», «مقامات آمریکایی گفتند»)."""
    if _SPEECH_WORDS.isdisjoint(words.vocabulary) \
            or not any(verb in words.folded for verb in ("گفت", "افزود", "نوشت", "گوید", *SPEECH_NOUNS)):
        return  # (the loop below starts only at such a word: one set operation in C for most blocks)
    norms, stops = words.norms, stop_words()
    for v in [v for v, word in enumerate(norms) if word in _SPEECH_WORDS and v >= 2]:
        if not (words.spaced(v - 1) and _speech_at(words, v)):
            continue
        first = v - 1
        while first > 0 and v - first < _MAX_NAME_WORDS and words.spaced(first - 1) \
                and name_like(norms[first - 1]) and norms[first - 1] not in common_words() \
                and norms[first - 1] not in stops:
            first -= 1
        if first == v - 1 or not (first == 0 or words.gaps[first].strip() or norms[first - 1] in stops):
            continue
        if not (_foreign_like(norms[first]) or (is_given(norms[first]) and not word_like_given(norms[first]))) \
                or norms[first] in _STATE_FORMS:
            continue  # «سخنگوی امارت اسلامی گفت»: a state's form and adjective, no name
        if all(name_like(norms[k]) and norms[k] not in common_words() and not looks_like_verb(norms[k])
               and not _PLURAL_POSSESSED.search(norms[k]) for k in range(first + 1, v)):
            yield _span(words, first, v - 1)


def _proper_word(word: str) -> bool:
    """True for a word that is a name by itself: no everyday word, adjective or plural
    («ادارۀ انتظامات», «گروه حقانی», «ادارهٔ صوراسرافیل»): one such modifier is enough."""
    return _foreign_like(word) and not everyday_word(word)


SITE_HEADS = ("پایگاه", "سایت", "وبسایت", "وب‌سایت", "تارنمای", "تارنما")
SITE_KINDS = ("خبری", "تحلیلی", "اطلاع‌رسانی", "اطلاعرسانی", "اینترنتی", "رسمی", "خبری‌تحلیلی")
"""A news site named as Persian outlets name themselves: a head («پایگاه», «سایت») and what
kind of site it is («خبری», «تحلیلی», «اطلاع‌رسانی»), then its name («پایگاه خبری تحلیلی
انتخاب», «سایت خبری …»)."""
_SITE_HEADS, _SITE_KINDS = norms_of(SITE_HEADS), norms_of(SITE_KINDS)
_MAX_SITE_KINDS = 3


def site_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 5f: a news site (:data:`SITE_HEADS`, :data:`SITE_KINDS`) and its name: one word,
    whatever it is (the kind words are the evidence: «انتخاب» is "choice"), and a second that is
    no everyday word, up to punctuation or the sentence going on."""
    if words.vocabulary.isdisjoint(_SITE_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _SITE_HEADS:
            continue
        k = i
        while words.spaced(k) and k - i < _MAX_SITE_KINDS and norms[k + 1] in _SITE_KINDS:
            k += 1
        if k == i or not words.spaced(k) or not name_like(norms[k + 1]):
            continue
        last = k + 1
        if words.spaced(last) and _proper_word(norms[last + 1]):
            last += 1
        yield _span(words, i, last, "orgName")


_FROM_WORD, _TO_WORD = norm("از"), norm("به")
