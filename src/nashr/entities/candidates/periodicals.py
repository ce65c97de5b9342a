"""Candidate rule for periodicals: a journal's or magazine's name after the generic word.

  5n. :func:`periodical_rule` — a periodical's generic word (:data:`~.terms.PERIODICAL_HEADS`: «مجله»,
     «نشریه», «فصلنامه», «ماهنامه» …), what kind of periodical it is (:data:`PERIODICAL_KINDS`:
     «علمی-پژوهشی», «اینترنتی»), then its name: in quotes («مجلۀ علمی-پژوهشی «پژوهش در دین و
     سلامت»») or up to where the sentence goes on («مجله مطالعات ساختار و کارکرد شهری یک نشریه …»).
     The name is `org` without the generic word, as tests/data/corpus/README.md settled for papers
     («روزنامه» left out since sets 5, 7 and 8) and for journals in rounds 48 and 49 («مجله ميهن» →
     «ميهن»). «پژوهشنامه» (a research journal) is a word of the name it starts («پژوهشنامه ادبیات
     کردی»), no generic word: no rule reads it.

«روزنامه» stays with :func:`~.bodies.org_head_rule`, whose papers are named with their gazetteer, their
periodicity and the Qajar diaries; a quoted name after it is the name alone there too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from nashr.entities.candidates.bodies import _DESCRIPTIVE, _PERIODICITIES, counted, suffix_apart
from nashr.entities.candidates.names import _tanwin
from nashr.entities.candidates.terms import (
    _AND,
    _EZAFE_YEH,
    _ORG_HEADS,
    _PERIODICAL_HEADS,
    _QUOTES,
    CANDIDATE_ATTRS,
    norm,
    norms_of,
    quoted_name,
)
from nashr.entities.candidates.words import (
    determined,
    glued_preposition_word,
    light_verb_at,
    name_like,
    relational_adjective,
    stop_words,
    with_clitic,
    with_copula,
)
from nashr.entities.normalize import Words
from nashr.markup import Span

PERIODICAL_KINDS = ("علمی", "پژوهشی", "علمی‌پژوهشی", "ترویجی", "علمی‌ترویجی", "تخصصی", "تحقیقی", "اینترنتی",
                    "الکترونیکی", "الکترونیک", "آنلاین", "خبری", "سیاسی", "تحلیلی", "ادبی", "فرهنگی", "هنری",
                    "اجتماعی", "فصلنامه", "دوفصلنامه", "ماهنامه", "دو")
"""What kind of periodical it is, between the generic word and the name: Iran's ranks of journals
(«علمی-پژوهشی», «علمی-ترویجی», as the Ministry of Science's commission grants them; Afghan
«علمی تحقیقی», au.edu.af), the medium («مجله اینترنتی تحلیلک», «ماهنامه الکترونيکي دوران»), what it
writes about («نشريه خبری سياسی الكترونيك», iran-emrooz.net's masthead) and the periodicity in brackets
(«مجله(دو فصلنامه) "توسعه فضاهای پیراشهری"», jpusd.ir)."""
ISSUE_WORDS = ("شماره", "شمارۀ", "دوره", "جلد", "صفحه", "ویژه‌نامه", "پیاپی")
"""Words of a citation's issue that end a periodical's name before them («ماهنامه الکترونيکي دوران
شماره 62»)."""
_KINDS, _ISSUE_WORDS = norms_of(PERIODICAL_KINDS), norms_of(ISSUE_WORDS)
_EZAFE_AY = norm("ای")
_SUBTITLE = ":"  # «"دانشور پزشکي: نشريه پژوهشي و باليني"»: the title, then its subtitle
_COUNT_AFTER = re.compile(r"\s+\d")  # «مجله مبلغ 400 هزار تومان»: digits after the name
_KIND_GAP = " -\u2013()"  # «علمی-پژوهشی», «مجله(دو فصلنامه)»
_QUOTE_AFTER = re.compile(r"\s*\)?\s*([\"«“])")  # «مجله(دو فصلنامه) "توسعه …"»
_MAX_NAME_WORDS = 6  # «پژوهشنامه انتقادی متون و برنامه‌های علوم انسانی» is seven with its «پژوهشنامه»
_MAX_QUOTED = 80  # characters: a quoted name, not a quoted sentence


def _name_word(words: Words, j: int) -> bool:
    """True when word ``j`` may be a word of a periodical's name: a name-like word that is no head of a body,
    issue word (:data:`ISSUE_WORDS`), adverb in tanwin («رسماً»), word with a clitic or copula, or preposition
    glued to a word («بهمنظور»); the plural «های» typed apart (:func:`~.bodies.suffix_apart`: «پژوهش های بوم
    شناسی شهری»); or a noun in the ezafe «ای» that another word of the name follows («پژوهشهای بومشناسی
    شهری», «فضاهای پیراشهری»)."""
    word = words.norms[j]
    if suffix_apart(words, j):
        return True
    if word.endswith(_EZAFE_AY) and word not in stop_words():
        word = word[: -len(_EZAFE_YEH)]
        if not (words.spaced(j) and _name_word(words, j + 1)):
            return False
    return name_like(word) and word not in _ORG_HEADS and word not in _ISSUE_WORDS and not _tanwin(words, j) \
        and not with_clitic(word) and not with_copula(word) and not glued_preposition_word(word)


def _name_end(words: Words, k: int) -> int:
    """The last word of a periodical's name that starts at word ``k``, or -1 when there is none there: name words
    (:func:`_name_word`), «و» between two of them, up to punctuation, the block's end or a word that is none
    («… شهری یک نشریه», «… پیراشهری توسط»). The noun of a compound verb is the sentence's («نشریه فیگارو اعلام
    کرده بود», «… شهری اعطا میشود»); a name of one relational adjective or periodicity, or one that opens with
    «رسمی» (official), is a description («نشریه هفتگی», «نشریۀ رسمی کشور»); a name digits follow is a count
    («مجله مبلغ 400 هزار تومان»), and one that runs past :data:`_MAX_NAME_WORDS` words has no end that says it
    is one."""
    norms, last, j = words.norms, -1, k
    while j < len(words) and _name_word(words, j):
        if j - k >= _MAX_NAME_WORDS:
            return -1
        last = j
        if not words.spaced(j):
            break
        if norms[j + 1] == _AND and words.spaced(j + 1) and j + 2 < len(words) and _name_word(words, j + 2):
            j += 2
        else:
            j += 1
    if last < 0 or _COUNT_AFTER.match(words.gaps[last + 1]):
        return -1  # (a count: «مجله مبلغ 400 هزار تومان»)
    after = last + 1
    if after < len(words) and words.spaced(last):
        if light_verb_at(words, after):
            last -= 1  # «… اعطا میشود»: the noun of a compound verb
    if last < k or norms[k] in _DESCRIPTIVE or (last == k and (norms[k] in _PERIODICITIES
                                                             or relational_adjective(norms[k]))):
        return -1
    return last


def _after_kinds(words: Words, i: int) -> int:
    """The first word after periodical head ``i`` and the kinds of periodical after it (:data:`PERIODICAL_KINDS`,
    joined by spaces, a hyphen or brackets: «علمی-پژوهشی», «(دو فصلنامه)»)."""
    k = i + 1
    while k < len(words) and words.norms[k] in _KINDS and not words.gaps[k].strip(_KIND_GAP):
        k += 1
    return k


def periodical_rule(words: Words, named: Collection[int]) -> Iterator[Span]:
    """Rule 5n: a periodical's name after its generic word (:data:`~.terms.PERIODICAL_HEADS`) and kind words
    (:func:`_after_kinds`): the text inside quotes right after them, or the words :func:`_name_end` reads
    («فصلنامه تحقیقات حقوقی معاهده،»), a quoted title before its subtitle's «:». Not after a determiner or a count
    («این مجله», «یک نشریه»), nor where a head of a body or a name found (``named``: the starts of places and
    bodies) follows: a body's publication («نشریه وزارت امور خارجه»)."""
    if words.vocabulary.isdisjoint(_PERIODICAL_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in [i for i, word in enumerate(norms) if word in _PERIODICAL_HEADS]:
        if determined(words, i) or counted(words, i):
            continue
        k = _after_kinds(words, i)
        quote = _QUOTE_AFTER.match(words.folded, words.ends[k - 1])
        if quote is not None:
            closing = words.folded.find(_QUOTES[quote.group(1)], quote.end(), quote.end() + _MAX_QUOTED)
            inside = words.folded[quote.end() : closing].partition(_SUBTITLE)[0]
            if closing > 0 and inside.strip() and "\n" not in inside:
                yield quoted_name(words.folded, quote.end(), quote.end() + len(inside))
            continue
        if k >= len(words) or words.gaps[k].strip().strip(")"):
            continue  # (punctuation after the head or its kinds: no name follows)
        if norms[k] not in _ORG_HEADS and words.starts[k] not in named and (last := _name_end(words, k)) >= k:
            yield Span(words.starts[k], words.ends[last], "orgName", CANDIDATE_ATTRS)
