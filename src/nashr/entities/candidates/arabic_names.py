"""Candidate rules for names in Arabic and court forms, and the eulogies that follow names.

  1b. :func:`nasab_rule` — an Arabic name by its chain of forebears («محمد بن یعقوب کلینی»);
     :func:`glued_nasab_rule` — «بن» glued to the given name before it.
  1d. :func:`eulogy_rule` — the name a eulogy follows («امام [رضا] علیه‌السلام», «زهرا (س)»); the
     eulogy is never part of any name (:func:`eulogy_ranges`).
  1g. :func:`glued_kunya_rule` — a kunya glued to the child's name, alone («ابوسعید»);
     :func:`kunya_rule` — a kunya written apart and the child's name.
  2. :func:`laqab_rule` — a military title of the Qajar era that names its holder («سردار معظم»,
     «امیرکبیر»); :func:`court_rank_rule` — a court rank before a given name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator

from nashr.convert.lazypattern import LazyPattern
from nashr.entities.candidates.body_names import _CLOSING_WORDS
from nashr.entities.candidates.names import _DYNASTIES, _span
from nashr.entities.candidates.terms import (
    _ADDRESS,
    _FEATURE_HEADS,
    _NAME_TITLES,
    _NAMED_AFTER,
    _POST_TITLES,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    _ALLAH_DIN,
    common_words,
    determined,
    everyday_given_names,
    everyday_word,
    is_given,
    looks_like_verb,
    name_like,
    stop_words,
    with_clitic,
    word_like_given,
)
from nashr.entities.normalize import Words
from nashr.entities.numbers import ordinal_value
from nashr.markup import Span

BLESSINGS = ("سلمه الله", "سلمه الله تعالی", "صلوات الله علیه", "صلوات الله و سلامه علیه", "طاب ثراه",
             "طاب الله ثراه", "ارواحنا فداه", "ارواحنا له الفداء", "روحی فداه", "ادام الله ظله", "ادام الله ظلکم",
             "ادام الله ظله العالی", "ادام الله ظلکم العالی", "دام ظله", "دام ظله العالی", "مد ظله",
             "مد ظله العالی", "زید عمره", "زید عزه", "دام عزه", "خلد الله ملکه", "خلد الله ملکه و سلطانه",
             "اطال الله بقاءه", "اطال الله بقاه", "دامت برکاته", "دامت شوکته", "قدس الله روحه",
             "نور الله مرقده", "اعلی الله مقامه", "رضوان الله علیه", "رحمه الله تعالی")  # fmt: skip
"""The Arabic blessings of Persian letters, decrees and chronicles after a living or dead person's
name or title: "God keep him" («سلمه الله», «زید عمره», «دام ظله», «ادام الله ظلکم»), "may our souls
be his ransom" («ارواحنا فداه»), "God make his reign eternal" («خلد الله ملکه»), "God lengthen his
life" («اطال الله بقاءه»), "God rest him" («طاب ثراه», «نور الله مرقده»), "God bless him" («صلوات
الله علیه»). Written in the Qajar letters, decrees and histories of five sites of the test
collection after the name they bless («آقا میرزا کاظم سلمه الله تعالی», «محمد ابن عبدالله صلوات
الله علیه», «عباس میرزا طاب الله ثراه») or after a title alone («حضرت مستطاب آقا ارواحنا فداه»,
«حجه الاسلاما ادام الله ظلکم العالی»), where a rule took them for a name."""
EULOGIES = ("علیه السلام", "علیها السلام", "علیهاالسلام", "علیهما السلام", "علیهم السلام", "علیهم‌السلام",
            "سلام الله علیه", "سلام الله علیها", "صلی الله علیه و آله", "صلی الله علیه و آله و سلم",
            "صلی الله علیه وآله", "رحمه الله", "رحمه الله علیه", "رحمة الله", "رحمة الله علیه", "رحمۀ الله",
            "رحمۀ الله علیه", "قدس سره", "رضی الله عنه",
            "عجل الله تعالی فرجه", "عجل الله فرجه", "(ع)", "(ص)", "(س)", "(ره)", "(رض)", "(عج)", "(قده)")  # fmt: skip
"""Eulogies a religious text puts after a holy or revered person's name («امام حسین (ع)», «حضرت
علی علیه السلام», «زینب کبری سلام الله علیها», «علامه مجلسی رحمه الله»): never part of the name, and the name
before them a person's. The blessings of :data:`BLESSINGS` are never part of a name either, but
as often follow a title or an epithet («وجود اقدس اعلی روحی فداه»): no name by themselves. Both
are matched over the Arabic vowel marks a text may write in them («خلّدالله»)."""
_MARKS = "[\u064b-\u0652\u0670]*"  # the Arabic vowel marks, shadda and sukun, and the dagger alif


def _eulogy_pattern(eulogy: str) -> str:
    """A eulogy as a pattern: its words apart, glued or joined by ZWNJ, vowel marks after any letter."""
    return "".join(r"[\s\u200c]*" if char == " " else re.escape(char) + (_MARKS if char.isalpha() else "")
                   for char in eulogy)


_EULOGY_TEXT = "|".join(sorted(map(_eulogy_pattern, (*EULOGIES, *BLESSINGS)), key=len, reverse=True))
_BLESSING = LazyPattern("|".join(sorted(map(_eulogy_pattern, BLESSINGS), key=len, reverse=True)))
_EULOGY = LazyPattern(rf"(?<![\w\u200c])(?:{_EULOGY_TEXT})(?![\w\u200c])")

type _Tree = dict[str, _Tree]


def _eulogy_tree(eulogies: Iterable[str]) -> str:
    """A pattern that finds where one of ``eulogies`` (one first letter) is written as
    :func:`_eulogy_pattern` writes it, its alternation shared as a tree of common beginnings
    («ادام الله ظله», «ادام الله ظلکم» … are one «ادام الله ظل» and then «ه|کم»): a search tries
    one branch per letter at each place it stops, not every eulogy. A eulogy another one starts
    with is enough: the longer one holds its match."""
    tree: _Tree = {}
    for eulogy in eulogies:
        node = tree
        for char in eulogy:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        if "" in node:
            return ""
        alternatives = [_eulogy_pattern(char) + branch(node[char]) for char in sorted(node)]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return branch(tree)


# the same without the look-behind, which makes a search try every character: where they find
# nothing, :data:`_EULOGY` finds nothing either. One pattern per first letter: each opens with its
# letter, which the search skips to, where one alternation of all would be tried at every character;
# and each a tree (:func:`_eulogy_tree`): the letter «ا», which five blessings open, stands in
# almost every word (`eulogy_ranges` 18.5 → 8.6 µs a synthetic block, 3.07 → 2.87 in the
# collection, the hint words that came first before dropped: «له» and «(» passed half the blocks).
_ANY_EULOGY = tuple(re.compile(_eulogy_tree(e for e in (*EULOGIES, *BLESSINGS) if e[0] == first))
                    for first in sorted({e[0] for e in (*EULOGIES, *BLESSINGS)}))
_MAX_EULOGISED_WORDS = 3


def eulogy_ranges(words: Words) -> list[tuple[int, int]]:
    """Source ranges of the eulogies and blessings (:data:`EULOGIES`, :data:`BLESSINGS`) of a block:
    left out of every name."""
    if not any(pattern.search(words.folded) for pattern in _ANY_EULOGY):
        return []
    return [(m.start(), m.end()) for m in _EULOGY.finditer(words.folded)]


def _word_before_eulogy(words: Words, span: Span, eulogies: list[tuple[int, int]]) -> int | None:
    """The index of the word before the first eulogy or blessing that starts inside ``span`` (-1 when
    none is before it), or None when none starts inside."""
    inside = next((start for start, _ in eulogies if span.start < start < span.end), None)
    return None if inside is None else bisect_left(words.ends, inside + 1) - 1


def _before_eulogy(words: Words, span: Span, eulogies: list[tuple[int, int]]) -> Span:
    """A person's name that runs into a eulogy or blessing, ended before it («میرزا کاظم سلمه الله»
    → «میرزا کاظم»), when its last word there is a given name that is no everyday word, or another
    word that is none, and no title; else as it was
    (and a rule's name crossing a eulogy is not kept)."""
    if (last := _word_before_eulogy(words, span, eulogies)) is None:
        return span
    word = words.norms[last]
    if last < 0 or words.ends[last] <= span.start or word in _POST_TITLES or word in _NAME_TITLES or not (
            (is_given(word) and not word_like_given(word)) or not everyday_word(word)):
        return span
    return Span(span.start, words.ends[last], span.tag, span.attrs)


def _body_before_eulogy(words: Words, span: Span, eulogies: list[tuple[int, int]]) -> Span:
    """An organisation's name that runs into a blessing, ended before it: the blessing is said of
    the body or its head, as letters address them («مقام منیع وزارت جلیله معارف و علوم دامت شوکته»),
    when two words or more are left; else as it was (and not kept)."""
    if (last := _word_before_eulogy(words, span, eulogies)) is None:
        return span
    if last < 1 or words.starts[last - 1] < span.start:
        return span
    return Span(span.start, words.ends[last], span.tag, span.attrs)


def eulogy_rule(words: Words, eulogies: list[tuple[int, int]]) -> Iterator[Span]:
    """Rule 1d: the name a eulogy follows (:data:`EULOGIES`) — up to three words back that are
    given names, titles that belong to the name («شیخ», «خواجه») or words that are no everyday
    word or are a nisba or epithet in «ی» («مجلسی», «کبری»), one at least a given name or no
    everyday word, or a title and a word after it, or a term of address right before them, which
    stays outside as elsewhere («حضرت», «امام»: «امام [حسین](ع)»)."""
    norms = words.norms
    for start, end in eulogies:
        if _BLESSING.fullmatch(words.folded, start, end):
            continue  # a blessing as often follows a title («اقدس اعلی روحی فداه»)
        last = bisect_left(words.ends, start + 1) - 1  # the word before the eulogy
        if last < 0 or words.ends[last] > start or words.folded[words.ends[last] : start].strip(" \u200c"):
            continue
        first, evidence = last + 1, False
        while first > 0 and last - first + 1 < _MAX_EULOGISED_WORDS and (first > last or words.spaced(first - 1)):
            word = norms[first - 1]
            if word in _ADDRESS or not (name_like(word) or word in _NAME_TITLES):
                break
            if first <= last and _article_noun(word):
                break  # «سید الانبیاء و المرسلین [محمد] (ص)»: the formula's nouns before the name
            given = is_given(word) and not word_like_given(word)
            if not (given or not everyday_word(word) or word in _NAME_TITLES or word.endswith("ی")):
                break
            evidence = evidence or given or not everyday_word(word)
            first -= 1
        while first <= last and norms[first] not in _NAME_TITLES and not (is_given(norms[first]) or
                                                                           not everyday_word(norms[first])):
            first += 1  # a nisba or epithet does not start the name
        # «علامه مجلسی»: a title in the name; «امام حسین (ع)»: a term of address before it
        evidence = evidence or (first < last and norms[first] in _NAME_TITLES) \
            or (first > 0 and words.spaced(first - 1) and norms[first - 1] in _ADDRESS)
        if evidence and first <= last:
            yield _span(words, first, last)


NASAB_LINKS = ("بن", "ابن", "بنت")
"""Words of an Arabic name's chain of forebears (nasab): «محمد بن یعقوب», «فاطمه بنت اسد»."""
_NASAB_LINKS = norms_of(NASAB_LINKS)
KUNYA_STARTS = ("ابو", "ابی", "ام")
"""Starts of a kunya, the Arabic name by a child («ابوعبدالله», «ابی عمیر», «ام کلثوم»)."""
_KUNYA_STARTS = norms_of(KUNYA_STARTS)
_ARTICLE = norm("ال")
_MAX_NASAB_LINKS = 6
_MIN_EPITHET = 4  # letters of an epithet with the article: «الصادق», «الرضا» (not «الا»)


def _nasab_name_at(words: Words, k: int) -> int:
    """Index of the last word of one name of a nasab chain starting at word ``k`` — a given name,
    a word that is no everyday word («زراره»), or a kunya written apart («ابی عمیر») — or -1."""
    norms = words.norms
    if k >= len(words) or not name_like(norms[k]) or with_clitic(norms[k]):
        return -1
    if norms[k] in _KUNYA_STARTS and words.spaced(k) and name_like(norms[k + 1]):
        return k + 1
    return k if is_given(norms[k]) or not everyday_word(norms[k]) else -1


def _arabic_given(word: str) -> bool:
    """A given name, also with the Arabic article («الفضل», «الحسن»)."""
    return is_given(word) or (word.startswith(_ARTICLE) and is_given(word[len(_ARTICLE) :]))


_AND_ARTICLE = norm("و") + _ARTICLE  # «والمرسلین»: «و» glued to the article
_PLURAL_ENDINGS = ("ین", "ون", "اء", "ات", "ا")  # Arabic plurals: «المرسلین», «المؤمنون», «الانبیاء», «العلما»
_MIN_ARTICLE_NOUN = 3  # letters after the article: «المرسلین», not «الله»


def _article_noun(word: str) -> bool:
    """True for a word (norm form) that is an Arabic plural with the article, «و» maybe glued before
    it («المرسلین», «والمرسلین», «الانبیاء»), and no title («الحاج»), no part of a given name written
    apart («الدین», «الله») and no everyday given name with the article («الحسین», «الرضا»; the
    civil-registry list has «مرسلین» too): the prophets and messengers of the praise that opens
    sermons, books and official letters, «الحمد لله رب العالمین و الصلاة و السلام علی سید الانبیاء و
    المرسلین محمد (ص)», which names «محمد» alone (the test collection: amin91.blog.ir, dadsima.com,
    ixport.ir; three publishers). A plural names a class, not a person: no name's word before a
    given name, nor the name a title opens («سید الانبیاء», an epithet)."""
    bare = word[1:] if word.startswith(_AND_ARTICLE) else word
    rest = bare[len(_ARTICLE) :]
    return bare.startswith(_ARTICLE) and len(rest) >= _MIN_ARTICLE_NOUN and rest.endswith(_PLURAL_ENDINGS) \
        and bare not in _NAME_TITLES and bare not in _ALLAH_DIN and rest not in everyday_given_names()


def nasab_rule(words: Words, triggers: list[int], eulogies: Collection[tuple[int, int]] = ()) -> Iterator[Span]:
    """Rule 1b: an Arabic name by its chain of forebears, as hadith, sermons and religious
    biographies give them: name + «بن»/«ابن»/«بنت» + name, the chain going on («احمد بن محمد بن
    خالد»), a kunya or name title before it («ابوعبدالله جعفر بن محمد», «شیخ محمد بن حسن») and a
    family name or epithet after it that is no common word («… بن یعقوب کلینی», «… بن محمد
    الصادق») inside. One of the two names of the first link must be a given name, neither an
    everyday word that is no given name: «بن» is a root too («از بن دندان», «کوچه بن بست»). A
    eulogy after the chain (``eulogies``: :func:`eulogy_ranges`) is no epithet of it."""
    if words.vocabulary.isdisjoint(_NASAB_LINKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    eulogy_starts = {start for start, _ in eulogies}
    for i in triggers:
        if norms[i] not in _NASAB_LINKS or i == 0 or not words.spaced(i - 1) or not words.spaced(i):
            continue
        before, after = norms[i - 1], _nasab_name_at(words, i + 1)
        if after < 0 or not name_like(before) or not (_arabic_given(before) or _arabic_given(norms[after])) \
                or (everyday_word(before) and not is_given(before)):
            continue
        first, last = i - 1, after
        links = 1
        while links < _MAX_NASAB_LINKS and words.spaced(last) and norms[last + 1] in _NASAB_LINKS \
                and words.spaced(last + 1) and (nxt := _nasab_name_at(words, last + 2)) >= 0:
            last, links = nxt, links + 1
        if words.spaced(last) and name_like(norms[last + 1]) and norms[last + 1] not in common_words() \
                and not with_clitic(norms[last + 1]) and not looks_like_verb(norms[last + 1]) \
                and norms[last + 1] not in _NASAB_LINKS and words.starts[last + 1] not in eulogy_starts \
                and (not norms[last + 1].startswith(_ARTICLE) or len(norms[last + 1]) >= _MIN_EPITHET):
            last += 1  # «کلینی», «الصادق»
        if first > 0 and words.spaced(first - 1) and (norms[first - 1][:3] in _KUNYA_STARTS
                                                      or norms[first - 1][:2] in _KUNYA_STARTS) \
                and is_given(norms[first - 1]):
            first -= 1  # «ابوعبدالله جعفر بن محمد»
        while first > 0 and words.spaced(first - 1) and norms[first - 1] in _NAME_TITLES:
            first -= 1  # «شیخ محمد بن حسن طوسی»
        yield _span(words, first, last)


COURT_RANKS = ("امیر", "امير", "سلطان")
"""Ranks of a ruler or prince that classical prose, chronicles and panegyric put before a given
name («امیر حسنک», «سلطان مسعود غزنوی دوم»; the Qabusnameh's «امیر بالسوار غازی …»), inside the name
since round 38 (tests/data/corpus/README.md; set 10 had them outside): the tagger brings the rank in
(:data:`nashr.entities.tagger.RULER_TITLES`)."""
_COURT_RANKS = norms_of(COURT_RANKS)
_FRIDAY_MOSQUE = norm("جامع")  # «جامع سلطان احمد», the mosque of Sultan Ahmed: a building's name


def court_rank_rule(words: Words, triggers: list[int]) -> Iterator[tuple[int, Span]]:
    """Rule 2b: a court rank (:data:`COURT_RANKS`) + a given name that is no registry word
    (:func:`word_like_given`), or its diminutive (:func:`diminutive_given`: «امیر حسنک»): the
    person is the given name, with the dynasty and a regnal ordinal after it inside («سلطان مسعود
    غزنوی دوم»), and the rank, which the tagger brings into it as it does before any person's name
    (:data:`nashr.entities.tagger.RULER_TITLES`). Yields (the rank's index, the name's span). A name
    going on after the given name is a modern name whose first part is «امیر» («امیر عباس هویدا»),
    and «…خان», «…میرزا» after it a Qajar name: neither is taken, nor a rank in a building's name
    («مسجد سلطان احمد», «جامع سلطان احمد»)."""
    if words.vocabulary.isdisjoint(_COURT_RANKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _COURT_RANKS or not words.spaced(i) or determined(words, i) \
                or (i > 0 and (norms[i - 1] in _FEATURE_HEADS or norms[i - 1] in _NAMED_AFTER
                               or norms[i - 1] == _FRIDAY_MOSQUE)):
            continue
        k = i + 1
        if not (is_given(norms[k]) or diminutive_given(norms[k])) or word_like_given(norms[k]) \
                or with_clitic(norms[k]):
            continue
        last = k
        if words.spaced(k) and norms[k + 1] in _DYNASTIES:
            last = k + 1
            if words.spaced(last) and ordinal_value(norms[last + 1]) is not None:
                last += 1  # «مسعود غزنوی دوم»
        elif words.spaced(k) and (norms[k + 1] in _POST_TITLES or norms[k + 1] in _NASAB_LINKS
                                  or (name_like(norms[k + 1]) and not everyday_word(norms[k + 1]))):
            continue
        yield i, _span(words, k, last)


_DIMINUTIVE = "ک"
_MIN_DIMINUTIVE = 4  # letters: «حسنک», not «علک»


def diminutive_given(word: str) -> bool:
    """True for a given name with the diminutive «ک» (norm form: «حسنک» of «حسن», the vizier of
    Beyhaqi's history; Persian grammars' «کاف تصغیر»), the given name no registry word
    (:func:`word_like_given`: «مردک», «پسرک» are words) and the whole no everyday word."""
    stem = word[: -len(_DIMINUTIVE)]
    return word.endswith(_DIMINUTIVE) and len(word) >= _MIN_DIMINUTIVE and is_given(stem) \
        and not word_like_given(stem) and not everyday_word(word)


LAQAB_HEADS = ("سردار", "سپهدار", "سالار", "امیر")
LAQAB_EPITHETS = ("اعظم", "معظم", "اکرم", "افخم", "اسعد", "جلیل", "کبیر", "ارفع", "اشرف", "مکرم", "مفخم",
                  "امجد", "اقدس", "همایون", "سپه", "ظفر", "فاخر", "مقتدر")
"""A Qajar and early Pahlavi title (laqab) that names its holder as a name does: a military head
and an Arabic elative or epithet, written apart or together («سردار معظم», «سپهدار اعظم»,
«سردار جلیل», «امیر کبیر», «امیرکبیر», «سردار سپه»; Encyclopaedia Iranica, "Titles and forms of
address" and "Sardār"). The test collection tags the title whole as the person (sets 1, 4 and 11);
«سردار» before a name is a rank, outside it (:data:`ROLE_NOUNS`: «سردار سلیمانی»)."""
_LAQABS = frozenset(norm(head + epithet) for head in LAQAB_HEADS for epithet in LAQAB_EPITHETS)
_LAQAB_HEADS, _LAQAB_EPITHETS = norms_of(LAQAB_HEADS), norms_of(LAQAB_EPITHETS)
_LAQAB_WORDS = _LAQABS | _LAQAB_HEADS


def laqab_rule(words: Words) -> Iterator[Span]:
    """Rule 2c: a title that names its holder (:data:`LAQAB_HEADS` + :data:`LAQAB_EPITHETS`,
    apart or glued; «قائم مقام» alone), the person whole; not in the name of an institution or street named after
    the holder (a head of :data:`NAMED_AFTER_HEADS` one or two words before: «دانشگاه صنعتی
    امیرکبیر», «خیابان امیرکبیر»), which rule 5 names whole."""
    yield from _deputy_laqab(words)
    if _LAQAB_WORDS.isdisjoint(words.vocabulary) or not any(head in words.folded for head in LAQAB_HEADS):
        return  # (the loop below yields only at such a word: one set operation in C for most blocks)
    norms = words.norms
    for i, word in enumerate(norms):
        if word not in _LAQABS and word not in _LAQAB_HEADS:
            continue  # (one set lookup for most words before the look back)
        if any(norms[k] in _NAMED_AFTER for k in range(max(0, i - 2), i)):
            continue
        if word in _LAQABS:
            yield _span(words, i, i)
        elif word in _LAQAB_HEADS and words.spaced(i) and norms[i + 1] in _LAQAB_EPITHETS:
            yield _span(words, i, i + 1)


_DEPUTY, _PLACE_WORD = norm("قائم"), norm("مقام")


def _deputy_laqab(words: Words) -> Iterator[Span]:
    """«قائم مقام» ("deputy"), the laqab of the Qajar viziers Mirza Bozorg and Abolqasem Farahani
    (Encyclopaedia Iranica, "Qāʾem-maqām Farāhānī"), standing alone as its holder's name: where
    the name ends with it (punctuation, the block's end, or «را», «و», a preposition, «که»), as
    the test collection tags it in three texts («مقرب الخاقان قائم مقام را», «آقای قائم مقام
    (اجازه)»); before a noun it is an acting office («قائم مقام وزیر», «قائم‌مقام دبیرکل»)."""
    norms = words.norms
    if _DEPUTY not in words.vocabulary:
        return  # (most blocks: one set lookup)
    for i in range(len(norms) - 1):
        if norms[i] == _DEPUTY and norms[i + 1] == _PLACE_WORD and words.spaced(i) \
                and (not words.spaced(i + 1) or norms[i + 2] in _CLOSING_WORDS):
            yield _span(words, i, i + 1)


KUNYAS_APART = ("ابو", "بو")
"""A kunya's «ابو» written apart from the child's name, and its Persian form «بو» («ابو شجاع»,
«خواجه بو سهل زوزنی», «امیر بو علی»: Beyhaqi, the Qabusnameh), which is also the word "smell"."""
_KUNYAS_APART = norms_of(KUNYAS_APART)
_ABU = norm("ابو")


def kunya_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1c: a kunya written apart (:data:`KUNYAS_APART`) + the child's name (a name-like word,
    no stop word, verb or word with a clitic) + a nisba in «ی» that is no common word
    («زوزنی») or a given name that is no everyday word («ابو شجاع فرخزاد»), a name title before
    it inside («خواجه بو سهل زوزنی»). «ابو» is a kunya alone;
    «بو», also "smell", only after a name title or court rank (:data:`COURT_RANKS`, outside:
    «امیر بو علی» → «بو علی»). The nisba need not be a town's: «زوزن» is in no gazetteer."""
    if words.vocabulary.isdisjoint(_KUNYAS_APART):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _KUNYAS_APART or not words.spaced(i):
            continue
        k = i + 1
        child = norms[k]
        if not name_like(child) or child in stop_words() or looks_like_verb(child) or with_clitic(child):
            continue
        before = norms[i - 1] if i > 0 and words.spaced(i - 1) else ""
        if norms[i] != _ABU and before not in _NAME_TITLES and before not in _COURT_RANKS:
            continue
        first = i - 1 if before in _NAME_TITLES else i
        last = k
        after = norms[k + 1] if words.spaced(k) else ""
        if (after.endswith("ی") and name_like(after) and after not in common_words() and not looks_like_verb(after)) \
                or (is_given(after) and not everyday_word(after)):
            last = k + 1  # «زوزنی»; the given name the kunya goes with («ابو شجاع فرخزاد»)
        yield _span(words, first, last)


# «اب» first, the look-behind after it (the character before «ا» is no word character): a search
# skips to «اب», where a pattern opening with the look-behind is tried at every character.
_KUNYA_GLUED = re.compile(r"اب(?<!\w..)[وی]\w{3,}")


def glued_kunya_rule(words: Words) -> Iterator[Span]:
    """Rule 1g: a kunya glued to the child's name, a name alone («ابوسعید», «ابوذر»: a registry given
    name that is no everyday word, as «ابوالقاسم», «ابوالفضل» are not), and the father's kunya written
    apart after it («ابوسعید ابی الخیر»), as classical prose names its figures (Asrar al-Towhid)."""
    if "ابو" not in words.folded and "ابی" not in words.folded:
        return  # (most blocks)
    norms = words.norms
    for match in _KUNYA_GLUED.finditer(words.folded):
        i = bisect_left(words.starts, match.start())
        if i >= len(words) or words.starts[i] != match.start() or not is_given(norms[i]) or everyday_word(norms[i]):
            continue
        last = i
        if words.spaced(i) and norms[i + 1] in _KUNYA_STARTS and words.spaced(i + 1) and name_like(norms[i + 2]):
            last = i + 2  # «ابوسعید ابی الخیر»: son of Abu'l-Khayr
        yield _span(words, i, last)


_GLUED_BIN = re.compile(r"(?<!\w)\w{3,}\u200c?بن(?!\w)")  # ZWNJ or no space at all


def glued_nasab_rule(words: Words) -> Iterator[Span]:
    """Rule 1d: a given name with «بن» glued to it by a lost space, then the father's given name
    («منوچهربن قابوس», as web copies of classical texts write it): both words are the name. The
    given name before «بن» must be no registry word (:func:`word_like_given`) and the father's a
    given name (:func:`_arabic_given`), so that a word that merely ends in «بن» is left alone."""
    if "بن" not in words.folded:
        return
    for match in _GLUED_BIN.finditer(words.folded):
        i = bisect_left(words.starts, match.start())
        if i >= len(words) or words.ends[i] != match.end() or not words.spaced(i):
            continue
        if _given_with_bin(words.norms[i]) and _arabic_given(words.norms[i + 1]) \
                and not with_clitic(words.norms[i + 1]):
            yield _span(words, i, i + 1)


def _given_with_bin(word: str) -> bool:
    """True for a word (norm form) that is a given name with «بن» glued to it by a lost space
    («منوچهربن», «یوسفبن»), the given name no registry word (:func:`word_like_given`)."""
    given = word[: -len("بن")]
    return word.endswith("بن") and is_given(given) and not word_like_given(given)
