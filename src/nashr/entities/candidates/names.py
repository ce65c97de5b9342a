"""The parts of a person's name at a position in a block: a given name there and the family name
it takes (:func:`two_given_need`, a run of surname words), a given name glued to a title
(:func:`glued_title_name`) or written apart from «الله»/«الدین» (:func:`given_name_apart`), a tribe's
ending written apart (:func:`tribe_apart`), and the corrections of a name's extent the rules share
(a post glued after a name: :func:`post_glued_after_name`; a link glued into it:
:func:`glued_link_in_name`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from nashr.entities.candidates.terms import (
    _AND,
    _KINSHIP,
    _MAX_NAME_WORDS,
    _SURNAME_ENDINGS,
    _SURNAME_PARTS,
    CANDIDATE_ATTRS,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    _ALLAH,
    _ALLAH_DIN,
    _DARI_GLUED_TITLES,
    _DIN,
    _GLUED_TITLE,
    _GLUED_TITLES,
    _HAQ_RAHMAN,
    ANY_GIVEN,
    HAQ_RAHMAN,
    WORD_GIVEN,
    WORDLIKE_GIVEN,
    _light_verb_after,
    common_words,
    everyday_word,
    given_names,
    glued_link,
    is_given,
    light_verb,
    looks_like_verb,
    name_like,
    stop_words,
    surname_like,
    surname_need,
    surnames,
    verb_noun,
    with_clitic,
    word_like_given,
)
from nashr.entities.normalize import Words, fold
from nashr.entities.places import city_names
from nashr.entities.switches import never, switch
from nashr.markup import Span


def _span(words: Words, first: int, last: int, tag: str = "persName") -> Span:
    return Span(words.starts[first], words.ends[last], tag, CANDIDATE_ATTRS)


def _month_day_before(words: Words, i: int) -> bool:
    """True when word ``i`` follows a day number («۱۲ آذر»): it is a month there."""
    return bool(i < len(words) and words.gaps[i].strip()[-2:].isdigit())


TRIBE_PARTS = ("زی", "زوی", "زایی", "زائی", "خیل")
"""The endings of Pashtun tribes' and clans' names («…زی», «…زوی», «…زایی» "son of", «…خیل» "clan"), which
Afghan family names are, written apart from the word they end as Afghan offices' pages have them: «محمد
داود سلطان زوی» (km.gov.af), «عبدالله حبیب زی» (mfa.gov.af's staff lists), «سلیمان خیل»."""
_TRIBE_PARTS = norms_of(TRIBE_PARTS)


def tribe_apart(words: Words, last: int) -> bool:
    """True when word ``last + 1``, one of :data:`TRIBE_PARTS`, ends the family name at word ``last``:
    that word is name-like and no stop word («خیل» is also "a host": «با خیل عظیمی از مردم»)."""
    return name_like(words.norms[last]) and words.norms[last] not in stop_words()


def _surname_run(words: Words, first: int) -> int:
    """Index of the last word of the surname starting at word ``first`` (rule 1).

    A surname part written apart joins («تقی زاده»), and so does a word that makes a listed
    family name with the first («نیک نام», «حقیقت پژوه»); after a short first part («میر»)
    any word when neither is an everyday word: «شورانگیز صف بزرگی» is an adjective and a
    phrase, «ساموئل پتی معلم» a name and a noun."""
    norms = words.norms
    last = first
    if not words.spaced(last):
        return last
    after = norms[last + 1]
    if (after in _SURNAME_PARTS and not _born_after(words, last)) or norms[last] + after in surnames():
        return last + 1  # «تقی زاده», «حقیقت پژوه»; not «وراوینی زاده (وراوی …)», "born (in …)"
    if after in _TRIBE_PARTS and switch()(tribe_apart, never)(words, last):
        return last + 1  # «سلطان زوی», «حبیب زی»: a Pashtun tribe's name written apart
    if len(norms[last]) <= 3 and name_like(after) and not everyday_word(norms[last]) and not everyday_word(after):
        return last + 1  # «میر حسینی»
    return last


def _given_name_at(words: Words, i: int, j: int, need: int | None = None) -> int:
    """Index of the last word of a name with given name(s) ``i``…``j`` and a surname after
    them, or -1 when the surname does not fit (rule 1). ``need``: what the surname must prove
    (:func:`surname_need` of the last given name unless given)."""
    norms = words.norms
    if words.spaced(j) and (_town_nisba_in_ai(norms[j + 1]) or _city_nisba(norms[j + 1])) \
            and (surname_need(norms[j]) if need is None else need) != WORDLIKE_GIVEN:
        return j + 1  # «زین‌العابدین مراغه‌ای», «محمد ساوه‌ای», «علی تهرانی»: a town's nisba
    if not words.spaced(j) or not name_like(norms[j + 1]) or norms[j + 1] in _KINSHIP:
        return -1
    initial = _initial(words, j + 1)
    if initial:
        j += 1  # «مایکل آر. پمپئو», «جورج دبلیو. بوش»: a middle initial
    last = _surname_run(words, j + 1)
    if verb_noun(words, last):
        return -1
    surname = "".join(norms[j + 1 : last + 1])  # «تقی زاده» is judged as «تقیزاده»
    # A given name that is an everyday word («زمینه», «کارگر») needs an unmistakable surname; a
    # middle initial is a name's mark already.
    if need is None:
        need = ANY_GIVEN if initial else surname_need(norms[j])
    return last if surname_like(surname, need) else -1


def two_given_need(words: Words, i: int) -> bool:
    """True when the family name after two given names ``i``, ``i + 1`` need prove no more than after a
    given name that is no word (``ANY_GIVEN``, :func:`surname_need`): neither is a registry word
    (:func:`word_like_given`). Two given names in a row are a name's mark already, as a title is
    (:func:`_titled_given_name`): Afghan officials are named so, with family names of their tribe or
    place that no Iranian list holds («محمد ابراهیم شینواری», «عبدالرب رسول سیاف»: «ابراهیم», «رسول»
    are everyday given names, and «ابراهیم» a listed family name too)."""
    norms = words.norms
    return not (word_like_given(norms[i]) or word_like_given(norms[i + 1]))


_GLUED_ROLES = tuple(role for role in norms_of(("رئیس", "رییس", "والی", "معین", "وزیر", "سفیر")))


def _third_name(word: str, second_listed: bool) -> bool:
    """True when ``word`` (norm form), after two given names, may be the family name that
    :func:`two_given_need` lets in: a listed family name, or a word in no silent «ه» («نبشته»,
    «عنایته» are the verse's and the Arabic's words) with no post glued to it («مسلم ياررئيس»); after
    a second given name that is a listed family name too, a word of a family name's shape only (a nisba
    in «ی», «…زاده», «…پور» …: «رشید رحیمی», «وکیلی پوپلزایی»; not «کیخسرو شاهرخ نطق مبسوطی کرد»)."""
    if word in surnames():
        return True
    if word.endswith("ه") or any(word.endswith(role) and len(word) > len(role) + 1 for role in _GLUED_ROLES):
        return False
    return not second_listed or word.endswith(("ی", *_SURNAME_ENDINGS))


def _titled_given_name(words: Words, k: int) -> int:
    """Index of the last word of a given name (or two) and a family name from word ``k``, after
    a title or term of address (rule 2): the title is the evidence, so the family name need only
    be a listed family name or no everyday word («دکتر محمد مصدق», «آقای محمد علی رضایی»);
    -1 when word ``k`` is no given name or no family name follows. A given name in «… الله» written
    apart (:func:`_allah_name`) is one given name whether or not its first word is one alone, and
    whole with no family name after it: the collection's family of 3 rows on 3 publishers that were cut
    or missed («مولوی عطاء الله لودین», hpc.org.af; «شیخ اسد الله،», alemarahdari.af; «پروفسور صبغت الله
    مجددی», bu.edu.af)."""
    norms = words.norms
    allah = _allah_name(words, k)  # «صبغت الله»: a given name whose first word alone is none
    if not (allah or is_given(norms[k])):
        return -1
    last = _given_name_at(words, k, k, ANY_GIVEN)
    if allah:  # «داکتر عظیم الله نیازی», «داكتر شمس الحق كاكر»: one given name in two words
        listed = k + 2 if words.spaced(k + 1) and norms[k + 2] in surnames() and norms[k + 2] not in stop_words() \
            else -1  # «نیازی», a listed family name that :func:`name_like` takes for a verb («ن» + «یاز»)
        # the given name whole when no family name follows: the title is the evidence («محترم مولوی صاحب روح الله
        # بحیث عضو», «محترم شیخ اسد الله،»), as one given name of one word is (:func:`_name_words`)
        return max(k + 1, last, listed, _given_name_at(words, k, k + 1, ANY_GIVEN), _nisba_after(words, k + 1))
    if words.spaced(k) and is_given(norms[k + 1]):
        # two given names and a family name win over one given name and the second as family
        # name: «سید محمد حسن قوچانی» is not «سید محمد حسن»; but a second word that is a listed
        # family name ends the name unless a listed family name follows it («ارباب کیخسرو شاهرخ
        # نطق مبسوطی کرد»: «نطق» is a noun)
        need = WORD_GIVEN if last == k + 1 and norms[k + 1] in surnames() else ANY_GIVEN
        last = max(last, _given_name_at(words, k, k + 1, need), _nisba_after(words, k + 1),
                   _two_given_khan(words, k))
    return last if last >= 0 else _nisba_after(words, k)


def _nisba_after(words: Words, j: int) -> int:
    """``j + 1`` when word ``j + 1`` is a family name in «ی» of a place or forebear (a nisba:
    «مجلسی», «تهرانی») that is no common word: after a title that is evidence enough («ملا محمد
    باقر مجلسی», «سید علی تهرانی»); else -1."""
    norms = words.norms
    if words.spaced(j) and norms[j + 1].endswith("ی") and name_like(norms[j + 1]) \
            and norms[j + 1] not in common_words() and not verb_noun(words, j + 1):
        return j + 1
    return -1


LATIN_LETTERS = ("ای", "اِی", "بی", "سی", "دی", "ئی", "اف", "جی", "اچ", "آی", "جِی", "کی", "ال", "ام", "ان",
                 "او", "پی", "کیو", "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد", "زی")
"""The Latin letters' names as Persian writes them: a middle initial («مایکل آر. پمپئو»)."""
_LATIN_LETTERS = norms_of(LATIN_LETTERS)


def _initial(words: Words, k: int) -> bool:
    """True when word ``k`` is a middle initial: a letter's name, a full stop and a space, then a
    name-like word («آر. » of «مایکل آر. پمپئو»)."""
    return (words.norms[k] in _LATIN_LETTERS and k + 1 < len(words)
            and words.gaps[k + 1].rstrip() == "." and words.gaps[k + 1] != "." and name_like(words.norms[k + 1]))


_DARI_GLUED_TITLE = re.compile(rf"^(?:{'|'.join(_DARI_GLUED_TITLES)})(.{{3,}})$")
_GLUED_START = re.compile(rf"(?<!\w)(?:{'|'.join(_GLUED_TITLES)})(?=\w{{3}})")


def unglued(word: str) -> str:
    """``word`` (norm form) without the titles glued before a given name in it (:data:`_GLUED_TITLES`:
    «انجنیرعزت» → «عزت», «سیدجلال» → «جلال»), or ``word`` itself."""
    glued = _GLUED_TITLE.match(word)
    return glued.group(1) if glued is not None else word


def _no_name(words: Words, i: int) -> int:
    """A switched-off test of a name's last word (:mod:`nashr.entities.switches`): none."""
    return -1


def glued_title_name(words: Words, i: int) -> int:
    """The last word of a name whose Dari title (:data:`_DARI_GLUED_TITLES`) is glued to its given
    name in word ``i`` («داکترعبدالله عبدالله رئیس …», «دکتورعبدالله گفت»): the title is the evidence,
    as when it stands apart (:func:`title_rule`), so up to three name-like words after it join
    (:func:`_name_words`), or the word is the name alone; -1 when word ``i`` holds no such title
    glued to a given name or is an everyday word («مهندسی», «ملازمان»)."""
    glued = _DARI_GLUED_TITLE.match(words.norms[i])
    if glued is None or not is_given(glued.group(1)) or everyday_word(words.norms[i]):
        return -1
    return max(i, _name_words(words, i + 1) if words.spaced(i) else -1)


def _allah_name(words: Words, i: int) -> bool:
    """True when words ``i`` and ``i + 1`` are a given name in «…الله» written apart («ذبیح الله»,
    «روح الله»): the first word and «الله», or the first word alone, a given name; or one in
    «…الدین» written apart («شمس الدین», «جلال الدین»: a given name by its form, as glued)."""
    if not words.spaced(i):
        return False
    first, second = unglued(words.norms[i]), words.norms[i + 1]
    if second == _DIN:
        return name_like(first) and first not in stop_words()
    if second in _HAQ_RAHMAN:
        return first != _ALLAH and is_given(first)
    return second == _ALLAH and (first + _ALLAH in given_names() or first in given_names())


def given_name_apart(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word name of the gazetteer, is the first word of a given name
    written apart (:func:`_allah_name`: «امان الله», «اسد الله», «شمس الدین»), no place: the
    person's name, which the candidate rules then find («مولوي امان الله حسن», mail.gov.af; «شاه
    امان الله», razaqmamoon.com; «امان» is Amman in the gazetteer)."""
    return i + 1 < len(words) and words.norms[i + 1] in _ALLAH_DIN and _allah_name(words, i)


DYNASTIES = ("قاجار", "پهلوی", "افشار", "زند", "صفوی", "تیموری", "غزنوی", "سلجوقی", "ساسانی", "هخامنشی")
"""Royal houses, whose name follows a king's («مظفرالدین شاه قاجار», «رضاشاه پهلوی») and is part
of his name there (the test collection's convention)."""
_DYNASTIES = norms_of(DYNASTIES)
_NAME_TITLES_AFTER = norms_of(("خان", "بیگ", "میرزا", "خانم", "بیگم"))
_QOLI = norm("قلی")  # «رضا قلی», «علی قلی»: Turkic "servant of", the second word of a given name
_AFFAIRS = norm("امور")
_FAITH = "الدین"
_APART = (" الله", " " + _FAITH, *(" " + second for second in HAQ_RAHMAN))  # «… الله», «… الدین» written apart


_MIN_GLUED_PART = 3  # letters of each part of a given name and family name glued together


def _name_words(words: Words, first: int) -> int:
    """Index of the last of up to three name-like words from ``first`` (-1 when none); after the
    first, a common word or a word with a pronoun glued to it (:func:`with_clitic`) ends the
    name («لرد مورلی سرشان باز بود»). A compound verb's noun or a noun with the indefinite «ای»
    written apart, no given or family name, ends it anywhere, the first word too: the title then
    stands alone, as the subject of the verb («آقای دادگر تشکیل …»; «شیخ خبر نداشت», «شیخ نعره ای
    بزد», «از شیخ سوال کرد» in two copies of Asrar al-Towhid), and so does an Arabic adverb in
    tanwin (:func:`_tanwin`: «آقای ظریف مجدداً بر …»)."""
    last = -1
    j = first
    while j < len(words) and j - first < _MAX_NAME_WORDS and name_like(words.norms[j]) and not _tanwin(words, j):
        if j > first and (words.norms[j] in common_words() or _detached_plural_after(words, j)) \
                and not _second_given(words, first, j):
            break  # «آیت الله خمینی دیپلمات های آمریکایی»: a noun with its plural suffix apart
        if (_light_verb_after(words, j) or _detached_ye_after(words, j)) and not is_given(words.norms[j]) \
                and words.norms[j] not in surnames():
            break  # «خانم مریم توکلی منعقد گردید», «آقای شایگان انجام خواهد گرفت»: a compound verb's noun
        if j > first and with_clitic(words.norms[j]) and not is_given(words.norms[j]) \
                and words.norms[j] not in surnames():
            break  # «لرد مورلی سرشان باز بود»: a noun with a pronoun glued to it ("their heads")
        last = j
        if not words.spaced(j):
            break
        j += 1
    return last


def _second_given(words: Words, first: int, j: int) -> bool:
    """True when word ``j``, right after the given name ``first`` that follows a title, is a
    given name too and the name ends after it (punctuation, the block's end, «را», «از», «و» or a
    verb): the two words are one name written apart («میرزا فرج الله را», «میرزا علی اکبر بود»,
    «سید آقا جعفر و …»), though the second is a common word as well («الله», «اکبر»)."""
    norms = words.norms
    return j == first + 1 and is_given(norms[first]) and is_given(norms[j]) \
        and (_name_end_after(words, j) or _clause_boundary_after(words, j))


_DETACHED_YE = norm("ای")


def _detached_ye_after(words: Words, j: int) -> bool:
    """True when «ای» written as a word of its own follows word ``j``: the indefinite article or
    the suffix of an adjective typed without ZWNJ («نعره ای», «هسته ای»), which no name takes."""
    return words.spaced(j) and words.norms[j + 1] == _DETACHED_YE


DETACHED_PLURALS = ("ها", "های", "هایی", "هایش", "هایشان")
"""The plural suffix and its forms written as a word of their own («دیپلمات های آمریکایی»)."""
_DETACHED_PLURALS = norms_of(DETACHED_PLURALS)


def _detached_plural_after(words: Words, j: int) -> bool:
    """True when the plural suffix written apart (:data:`DETACHED_PLURALS`) follows word ``j``:
    the word is a common noun in the plural, not part of a name."""
    return words.spaced(j) and words.norms[j + 1] in _DETACHED_PLURALS


_KHAN_TITLES = norms_of(("خان", "بیگ"))


PRINCE_TITLES = ("میرزا",)
"""«میرزا» after a given name: a prince of the Qajar or Timurid house, his laqab or house after it
ending the phrase and part of the name as after «خان» («عبدالحسین میرزا فرمانفرما», qajarwomen.org;
«سلطان حسین میرزا بایقرا», niksalehi.com)."""
_PRINCE_TITLES = norms_of(PRINCE_TITLES)


def _khan_and_epithet(words: Words, last: int, titles: frozenset[str] = _KHAN_TITLES) -> int:
    """The last word of a Qajar name going on after word ``last`` with «خان» or «بیگ» (or other
    ``titles``) and an epithet or family name before the phrase ends («میرزا تقی خان امیرکبیر به …»,
    «حاجی علی خان اعتمادالسلطنه،»): the epithet is a name-like word followed by punctuation, a stop
    word or the end of the block; ``last`` when the name does not go on so."""
    norms = words.norms
    if not (words.spaced(last) and norms[last + 1] in titles):
        return last
    k = last + 1
    if words.spaced(k) and name_like(norms[k + 1]) and not with_clitic(norms[k + 1]) \
            and (k + 2 >= len(words) or not words.spaced(k + 1) or norms[k + 2] in stop_words()):
        return k + 1
    return k


@lru_cache(maxsize=1 << 16)
def _city_nisba(word: str) -> bool:
    """True for a nisba in «ی» of a city of the gazetteer (:func:`~nashr.entities.places.city_names`:
    «تبریزی» of «تبریز», «شیرازی»): after a Qajar name in «…خان» it is the bearer's family name
    or origin, part of the name («قاسمخان تبریزی», «جهانگیرخان شیرازی»). A name in silent «ه»
    also makes the Arabic nisba, «ه» dropped («بصری» of «بصره», «کوفی» of «کوفه»: «حسن بصری»,
    as classical prose and verse name its people; W. Wright, *A Grammar of the Arabic Language*
    I § 249, the relative adjective) when that name is no word of the dictionary («سدی» is no
    nisba of «سده», "a century", nor «گلوگاهی» of «گلوگاه», "a bottleneck")."""
    if not word.endswith("ی"):
        return False
    stem = word[:-1]
    return stem in city_names() or (stem + "ه" in city_names() and stem + "ه" not in common_words())


def _town_nisba_in_ai(word: str) -> bool:
    """True for a nisba in «‌ای» of a town of the gazetteer whose name ends in «ه» (norm form:
    «مراغهای» of «مراغه», «ساوهای», «گنجهای»), no everyday word itself: Persian makes the nisba
    of a name in silent «ه» with «‌ای» («ساوه» → «ساوه‌ای»), which
    :func:`name_like` takes for an ezafe («اعضای»); after a given name it is the family name."""
    stem = word[:-2]
    return word.endswith("ای") and stem.endswith("ه") and len(stem) >= _MIN_GLUED_PART \
        and stem in city_names() and not everyday_word(word)


def _two_given_khan(words: Words, i: int) -> int:
    """The last word of a Qajar name of two given names, «خان» or «بیگ» and maybe an epithet or
    family name from word ``i`` («علی اکبر خان قزوینی», «میرزا علی اکبر خان»: :func:`_khan_and_epithet`
    ends it), or -1 when words ``i`` and ``i + 1`` are not two given names before the title (the
    first no registry word: :func:`word_like_given`). Qajar men bore «خان» after a given name of two
    words, written apart, and the title closes the given names where no family name followed."""
    norms = words.norms
    if not (words.spaced(i) and words.spaced(i + 1) and norms[i + 2] in _KHAN_TITLES):
        return -1
    if not (is_given(norms[i]) and is_given(norms[i + 1])) or word_like_given(norms[i]):
        return -1
    return _khan_and_epithet(words, i + 1)


def _clause_boundary_after(words: Words, k: int) -> bool:
    """True when word ``k`` ends the block, stands before punctuation, «و» or a verb."""
    if k + 1 >= len(words) or not words.spaced(k):
        return True
    after = words.norms[k + 1]
    return after == _AND or looks_like_verb(after) or light_verb(after)


_BORN = tuple(norm(w) for w in ("زاده", "متولد", "تولد", "درگذشت"))


def _born_after(words: Words, k: int) -> bool:
    """True when word ``k`` stands before «(زادهٔ …», «(متولد …», or «زاده (…»: the subject of a
    biography, whose birth the brackets give."""
    if k + 1 >= len(words) or not words.norms[k + 1].startswith(_BORN):
        return False
    gap = words.gaps[k + 1].strip()
    return gap == "(" or (not gap and k + 2 < len(words) and words.gaps[k + 2].strip() == "(")


_CASE_WORDS = norms_of(("را", "از"))
_NAME_END_MARKS = ("،", ",", ".", ")", "»", ":", "؛", '"', "”")


def _name_end_after(words: Words, k: int) -> bool:
    """True when word ``k`` stands before punctuation that closes a phrase, the block's end, or
    «را», «از» (the name is an object or a complement there: «کمیسیون مخصوص نفت را تأیید …»;
    not «به», which a compound verb's noun takes: «کمیته مرکزی تصمیم به تعلیق … گرفت»)."""
    if k + 1 >= len(words):
        return True
    if not words.spaced(k):
        return words.gaps[k + 1].strip()[:1] in _NAME_END_MARKS
    return words.norms[k + 1] in _CASE_WORDS


def _tanwin(words: Words, k: int) -> bool:
    """True when word ``k`` carries the tanwin «ً» of an Arabic adverb («فعلاً», «اخیراً»: «دولت
    فعلاً …» is "the government for now …")."""
    return "\u064b" in words.folded[words.starts[k] : words.ends[k]]


GLUED_POSTS = ("والی", "رئیس", "رییس", "معین", "وزیر", "سفیر", "نایب", "معاون", "مشاور", "سرپرست", "شاروال",
               "ولسوال")
"""Posts that Afghan offices' pages glue to the name before them by a lost space: «دگرجنرال فضل الدین
عیاروالی پروان» (parwan.gov.af), «فضل هادي مسلم ياررئيس» and «محمدعلم ايزديارنايب اول» (meshran.website)."""
_GLUED_POSTS = tuple((norm(post), fold(post)) for post in GLUED_POSTS)
_FOLDED_POSTS = tuple(folded for _, folded in _GLUED_POSTS)  # (one test in C: most names end in none)
_MIN_BEFORE_GLUED_POST = 3  # letters of the name's word before the post: «عیار», «یار»… not «ن» of «ناوالی»


def post_glued_after_name(words: Words, span: Span) -> Span:
    """A person's name whose last word has a post glued to its end (:data:`GLUED_POSTS`), ended before
    the post: the word is no everyday word, the rest of it a name-like word of three letters or more
    and the post written with the letters the list has. Else the span as it was.

    Returns: the span, maybe ended earlier (source offsets)."""
    if not words.folded.endswith(_FOLDED_POSTS, span.start, span.end):
        return span  # (the name's last word ends in a post's letters only if the name does)
    last = bisect_left(words.ends, span.end)
    if last >= len(words) or words.ends[last] != span.end or words.starts[last] < span.start:
        return span
    word = words.norms[last]
    for post, folded in _GLUED_POSTS:
        if word.endswith(post) and len(word) >= len(post) + _MIN_BEFORE_GLUED_POST and not everyday_word(word) \
                and words.folded[words.starts[last] : span.end].endswith(folded) \
                and name_like(word[: -len(post)]):
            return Span(span.start, span.end - len(folded), span.tag, span.attrs)
    return span


def glued_link_in_name(words: Words, span: Span) -> Span | None:
    """A person's name candidate ended before its last words that are :func:`glued_link` («رحیمی
    دراین نشست» → «رحیمی», helmand.gov.af), None when every word is one («ازاین», «ومردم» after a
    role or an office: no name). Returns the span as it was when its last word is none."""
    first, last = bisect_left(words.starts, span.start), bisect_left(words.ends, span.end)
    if last >= len(words) or words.ends[last] != span.end:
        return span
    end = last
    while end >= first and glued_link(words.norms[end]):
        end -= 1
    if end == last:
        return span
    return None if end < first else Span(span.start, words.ends[end], span.tag, span.attrs)
