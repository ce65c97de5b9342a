"""Candidate rules for people by their post, rank or a roll.

  3b. :func:`roll_rule` — a roll of names after «آقایان». (A line of two or three uncommon words
     alone is no name by that alone: a byline's name holds a listed given or family name, which
     rule 1 finds; benchmarks/entities_lopo.py found the rule that took such lines losing on
     nine sites, «موزیلا فایرفاکس», «روادید غیرمهاجرتی».)
  4. :func:`role_rule` — one or two words that are not common words next to a role noun
     («رئیس جمهور اوباما», «ند پرایس، سخنگوی وزارت خارجه»); :func:`post_name_rule` — two given names
     and a family name before one («محمد سرور دانش معاون …»); :func:`name_to_post_rule` — the words
     between a name found and a post end its family name («محمد یونس نو اندیش شاروال …»);
     :func:`compound_given_post_rule` — a compound given name in «محمد» or «غلام» and a family name
     before one («نظر محمد مطمین رئیس …»).
  :func:`pen_name_rule` — a name and its pen name after it in brackets or quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache

from nashr.convert.scripts import ARABIC_LETTER
from nashr.entities.candidates.bodies import _IN
from nashr.entities.candidates.names import _allah_name, _clause_boundary_after, _span, _titled_given_name
from nashr.entities.candidates.terms import (
    _ADDRESS,
    _DEGREE_TITLES,
    _KINSHIP,
    _MAX_NAME_WORDS,
    _NAME_TITLES,
    _OFFICES,
    _ORG_HEADS,
    _PLACE_HEADS,
    _POST_TITLES,
    _QUOTE_AFTER,
    _QUOTES,
    _ROLES,
    _SURNAME_ENDINGS,
    _TITLES,
    CANDIDATE_ATTRS,
    RANKS,
    _heads,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    _ALLAH,
    WORDLIKE_GIVEN,
    _foreign_like,
    common_words,
    everyday_given_names,
    everyday_word,
    foreign_given_names,
    given_names,
    is_given,
    looks_like_verb,
    name_like,
    relational_adjective,
    stop_words,
    surname_like,
    surnames,
    verb_noun,
    word_like_given,
)
from nashr.entities.normalize import Words
from nashr.entities.switches import never, switch
from nashr.markup import Span

# «مورخ» is a historian (مورِّخ) and "dated" (مورَّخ), spelt alike: before a date it dates a
# document («تصویبنامه مورخ ۴ آذرماه ۱۳۲۵», «نامه شماره ۲۷۹۷۱ مورخ 1400/03/12»), no role.
_DATED = "مورخ"
# «معین» is Dari's deputy minister after a name («روح الله نیازی معین شاروالیها») and also "set,
# specified" (مُعَیَّن) and a given name: no name is taken after it («معین خدمات شهری …» is his office).
_NAME_BEFORE_ONLY = frozenset({norm("معین")})
_MAX_COMPLEMENT = 5


def role_rule(words: Words, triggers: list[int], names: dict[int, Span]) -> Iterator[Span]:
    """Rule 4: a name next to a role noun («رئیس», «وزیر», «سخنگوی», «سفیر» …).

    After the role and its complement (common words, places, organisations: «وزیر امور خارجه
    کلینتون», «رئیس جمهور اوباما»), one or two words that are not common words; before it,
    separated by spaces or «،» («بارک اوباما رئیس جمهور», «ند پرایس، سخنگوی …»), two name-like
    words, a common word only after a given name («حسن روحانی رئیس …»).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return  # (most blocks hold none of its words: one set operation tells)
    norms, given, on = words.norms, given_names(), switch()
    for i in triggers:
        if norms[i] not in _ROLES or (norms[i] == _DATED and any(map(str.isdigit, words.gaps[i + 1]))):
            continue
        # After: skip the complement (up to three common words, places, organisations), then
        # take the name; without a complement only after a title («سفیر», «پرزیدنت»).
        if (quoted := _quoted_name(words, words.ends[i], after=True)) is not None:
            yield quoted  # «دریاسالار «برد کوپر» در سفر …»
            continue
        j = i if norms[i] in _NAME_BEFORE_ONLY else _complement_end(words, i, names)
        if j > i and (quoted := _quoted_name(words, words.ends[j], after=True)) is not None:
            yield quoted  # «معاون وزیر خارجه "جان کری"»
            continue
        if (quoted := _quoted_name(words, words.starts[i], after=False)) is not None:
            yield quoted  # «با «ماکان دلرحیم» معاون وزارت دادگستری»
        # A given name and its family name right after the complement: the role is a title there
        # («شاعر معاصر هوشنگ ابتهاج», «فعال مدنی نرگس محمدی»).
        titled_last = _titled_given_name(words, j + 1) if words.spaced(j) and norms[i] not in _NAME_BEFORE_ONLY else -1
        if titled_last >= 0:
            yield _span(words, j + 1, titled_last)
            continue
        apposed = _comma_after(words, j)  # «سخنگوی وزارت خارجه، ند پرایس، گفت»
        # An everyday word after a body's head goes on the body's name («رئیس سازمان حفاظت محیط
        # زیست»: «محیط» is a family name too), unless a comma sets it apart; so does a word that an
        # everyday adjective in «ی» follows, no family name («رئیس شورای عالی مصالحه ملی»:
        # :func:`_body_adjective_after`).
        in_body = not apposed and j + 1 < len(words) \
            and (everyday_word(norms[j + 1]) or on(_body_adjective_after, never)(words, j + 1)) \
            and any(norms[k] in _ORG_HEADS for k in range(i + 1, j + 1))
        if (j > i or norms[i] in _TITLES) and norms[i] not in _NAME_BEFORE_ONLY and (words.spaced(j) or apposed) \
                and not in_body and not _islamic_republic(words, j) and norms[j] != _AFFAIRS \
                and (_foreign_like(norms[j + 1]) or (norms[j + 1] in surnames() and name_like(norms[j + 1])
                                                     and not verb_noun(words, j + 1))):
            last = j + 1
            while words.spaced(last) and last - j < (_MAX_NAME_WORDS if apposed else 2) \
                    and (_foreign_like(norms[last + 1]) or on(_given_family_after_post, never)(words, j, last)):
                last += 1
            follows = norms[last + 1] if last + 1 < len(words) else ""
            if (_comma_after(words, last) or _sentence_end_after(words, last)) if apposed \
                    else not (words.spaced(last) and name_like(follows) and follows not in common_words()):
                yield _span(words, j + 1, last)
        # Before: «X Y رئیس …» or «X Y، سخنگوی …»: two words, a given name or an uncommon word
        # first (a registry word only with a family name's suffix after it: not «صحبت
        # تیلفونی»); one word alone before a role is too often an adjective («حزبی»).
        gap = words.gaps[i].strip()
        k = i - 1
        if k < 1 or gap not in ("", "،", ",") or words.gaps[k].strip():
            continue
        first = norms[k - 1]
        if first == _ALLAH and k > 1 and _allah_name(words, k - 2) \
                and (name_like(norms[k]) or norms[k] in surnames()):
            yield _span(words, k - 2, k)  # «روح الله نیازی معین …»: a given name in «الله» written apart and a
            continue  # family name, even an everyday word («نیازی»)
        if not name_like(norms[k]) or not name_like(first):
            continue
        # After a «،» the apposition is evidence enough for any given name and a family name
        # that is no common word («جمال خاشقجی، روزنامه‌نگار سعودی،»).
        # An uncommon first word needs a family name after it, or a word that is no everyday
        # word: «حروفچین پروژه کارشناسی» is "the typesetter of a bachelor's project".
        if (first in given and (not word_like_given(first) or (gap in ("،", ",") and _foreign_like(norms[k])))) \
                or (first not in common_words() and (not everyday_word(norms[k]) or norms[k] in surnames())) \
                or surname_like(norms[k], WORDLIKE_GIVEN):
            # «میچ مک کانل رئیس …»: a particle of a transliterated family name takes the given
            # name before it into the name
            start = k - 2 if first in _NAME_PARTICLES and k > 1 and words.spaced(k - 2) \
                and (_foreign_like(norms[k - 2]) or norms[k - 2] in foreign_given_names()) else k - 1
            if start == k - 1 and first in given and k > 1 and words.spaced(k - 2) and norms[k - 2] in given \
                    and not word_like_given(norms[k - 2]):
                start = k - 2  # «محمد ایوب سالنگی معین …»: a compound given name (two given names) and the family name
            yield _span(words, start, k)


_ADJECTIVE_YEH = "ی"


def _body_adjective_after(words: Words, k: int) -> bool:
    """True when word ``k`` has a common word in «ی» after it (:func:`common_words`, :func:`name_like`: an
    adjective, «ملی», «اسلامی») that is no family name: a noun and its adjective, the rest of a body's name after
    its head («شورای عالی مصالحه ملی», which the collection tags an organisation on four publishers:
    ariananews.co, hcnr.af, parmakhtag.com, president.gov.af), not a person's given and family name."""
    after = words.norms[k + 1] if words.spaced(k) else ""
    return after.endswith(_ADJECTIVE_YEH) and name_like(after) and after in common_words() and after not in surnames()


def _given_family_after_post(words: Words, j: int, last: int) -> bool:
    """True when word ``last + 1``, after a name's first word ``last`` right after a post and its
    complement (ending at word ``j``), is a given name that is the family name: Afghan family names are
    given names as often as not («سخنگوی والی هرات جیلانی فرهاد»). Only the second word of the name, and
    no noun of a compound verb (:func:`verb_noun`)."""
    return last == j + 1 and is_given(words.norms[last + 1]) and not verb_noun(words, last + 1)


_MAX_WORDS_TO_POST = 2  # words a name takes in before a post: a family name in two words («نو اندیش»)


def name_to_post_rule(words: Words, persons: Iterable[Span]) -> Iterator[Span]:
    """A person's name found and one or two words between it and a post (a role noun, :data:`ROLE_NOUNS`,
    after spaces or «،»): the words are the rest of the family name («محمد یونس نو اندیش شاروال کابل»,
    ago.gov.af; «دکتور احمد سیر مهجور معین …», mohe.gov.af; «دکتر سلیمان پاک سرشت، معاون وزیر …»,
    ir.emb-japan.go.jp), a family name in two words or one that is an everyday word. The words must be
    name-like (:func:`name_like`: no stop word), no verb, no role noun and no adjective of an everyday
    word (:func:`relational_adjective`: «میرزا فرج الله نوکر قدیمی ولیعهد», ganjoor.net) themselves.

    Yields: the name with those words, one ``persName`` span per name (source offsets).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return
    norms = words.norms
    for span in persons:
        last = bisect_left(words.ends, span.end)
        if last >= len(words) or words.ends[last] != span.end or span.attrs != CANDIDATE_ATTRS:
            continue  # (a name of the registers or the gazetteer is whole: «میرزا کوچک عده فرستاده»)
        first = bisect_left(words.starts, span.start)
        for k in range(last + 1, min(last + 1 + _MAX_WORDS_TO_POST, len(words) - 1)):
            if not words.spaced(k - 1) or not name_like(norms[k]) or norms[k] in _ROLES \
                    or looks_like_verb(norms[k]) or verb_noun(words, k) or relational_adjective(norms[k]):
                break
            if norms[k + 1] in _ROLES and words.gaps[k + 1].strip() in ("", "،", ","):
                yield _span(words, first, k)
                break
            if not words.spaced(k):
                break


PEN_NAME_MARKS = {"(": ")", '"': '"', "«": "»"}
"""The marks a pen name (takhallus) stands in after the name it goes with, as Afghan offices write it:
«مفتی عبدالمتین (قانع)» (moic.gov.af), «محمد اسحق "الکو"» (ago.gov.af); part of the name there
(tests/data/corpus/README.md, set 25: «the title and the pen name inside»)."""
_MIN_PEN_NAME = 3  # letters: «قانع», «الکو»; not a blessing's initial («محمد (ص)»)
_QUOTATION_MARKS = ('"', "«")  # a pen name in quotes may be a word too («"محقق"», «"سودا"»); in brackets a gloss


def _family_word(word: str) -> bool:
    """True when ``word`` (a normalised word) is a listed family name (:func:`surnames`) or has a family name's
    ending («…زاده», «…یان»; :data:`_SURNAME_ENDINGS`)."""
    return word in surnames() or word.endswith(_SURNAME_ENDINGS)


def pen_name_rule(words: Words, persons: Iterable[Span], triggers: list[int]) -> Iterator[Span]:
    """A name and its pen name after it in brackets or quotation marks (:data:`PEN_NAME_MARKS`): a found
    person's name of titles and given names only, or a given name (no registry word, :func:`word_like_given`)
    and maybe a second or a word that is no common word and has no family name's ending («…ی», «…نژاد»):
    the pen name stands where a family name would;
    a space or nothing, then one word of Persian letters of three or more, closed right after it, that is no
    role noun or adjective in «ی» of a word (:func:`relational_adjective`), nor a common word in brackets (in
    quotes it may be: «داکتر روحالله "محقق"») («محمد اسحق "الکو"», «عبداللطيف"ابراهيمي"», «مهسا «ژینا» امینی»
    with a listed family name (:func:`surnames`) after it that is no post: «احمد فیصل "بیگزاد" والی ولایت»
    ends before «والی»; not «حسن صفرنژاد (هشترودی)», «سید یعقوب (اجازه)», «ند پرایس (Ned Price)»).
    In quotation marks the family name may have spaces inside the marks («دکتر محمدکاظم " تورا "», bu.edu.af;
    «انجنیر عبدلاحد " خالقی "», kpu.edu.af), be a word in «ی» («دکترمحمد سرور"مولایی"») and follow a found
    name of words that are no listed given names but no family name either (:func:`_family_word`: «نورحبیب
    "جلال"», badakhshan.gov.af): the collection's names with a quoted family name are 31 rows on 10 sites,
    14 of them found before these three shapes were (17 after).

    Yields: the name with its pen name, both marks and a family name after them, one ``persName`` span each
    (source offsets).
    """
    if not any(mark in words.folded for mark in PEN_NAME_MARKS):
        return
    norms = words.norms
    ends: dict[int, int] = {}
    for span in persons:  # a name of titles and given names only (in quotes: and no family name's word)
        first, last = bisect_left(words.starts, span.start), bisect_left(words.ends, span.end)
        if all((is_given(word) or word in _NAME_TITLES or word in _DEGREE_TITLES) and word not in _POST_TITLES
               for word in norms[first : last + 1]) \
                or (last + 1 < len(words) and words.gaps[last + 1].strip() in _QUOTATION_MARKS
                    and not any(_family_word(word) or word in _POST_TITLES for word in norms[first : last + 1])):
            ends[last] = min(first, ends.get(last, first))  # the longest of the names ending there: its titles
    for i in triggers:  # one or two given names, no name found before
        if is_given(norms[i]) and not word_like_given(norms[i]):
            second = words.spaced(i) and norms[i + 1] not in _POST_TITLES and (is_given(norms[i + 1]) or (
                _foreign_like(norms[i + 1]) and not norms[i + 1].endswith(("ی", *_SURNAME_ENDINGS))))
            ends.setdefault(i + 1 if second else i, i)
    for last, first in sorted(ends.items()):
        if last + 1 >= len(words) or last >= len(words) or words.ends[last] > words.starts[last + 1]:
            continue
        gap, after = words.gaps[last + 1], words.gaps[last + 2] if last + 2 <= len(words) else ""
        mark = gap.strip()
        if mark not in PEN_NAME_MARKS or gap[0] not in f" \u00a0{mark}" \
                or not after.lstrip(" \u00a0").startswith(PEN_NAME_MARKS[mark]):
            continue
        pen, quoted = norms[last + 1], mark in _QUOTATION_MARKS
        if len(pen) < _MIN_PEN_NAME or not pen.isalpha() or not ARABIC_LETTER.match(pen) \
                or not name_like(pen) or (pen in common_words() and not quoted) \
                or pen in _ROLES or (relational_adjective(pen) and not quoted):
            continue
        family = last + 2 if last + 2 < len(words) and after.strip() == PEN_NAME_MARKS[mark] and after[-1] == " " \
            and norms[last + 2] in surnames() and norms[last + 2] not in _ROLES else -1
        end = words.ends[family] if family > 0 else words.ends[last + 1] + after.index(PEN_NAME_MARKS[mark]) + 1
        yield Span(words.starts[first], end, "persName", CANDIDATE_ATTRS)


ISLAMIC_REPUBLIC = ("جمهور", "جمهوری", "اسلامی")
"""«جمهور»/«جمهوری» and «اسلامی» after it: the state's name («رئیس جمهور اسلامی افغانستان», «رئیس
جمهوری اسلامی افغانستان»: president.gov.af's and dailies.gov.af's decrees), where «اسلامی» is no
family name after the post."""
_REPUBLIC, _ISLAMIC = norms_of(ISLAMIC_REPUBLIC[:2]), norm(ISLAMIC_REPUBLIC[2])


def _islamic_republic(words: Words, j: int) -> bool:
    """True when word ``j`` is «جمهور»/«جمهوری» and word ``j + 1`` «اسلامی» (:data:`ISLAMIC_REPUBLIC`)."""
    return words.norms[j] in _REPUBLIC and words.spaced(j) and words.norms[j + 1] == _ISLAMIC


def post_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """A compound given name and a family name right before a post (a role noun, :data:`ROLE_NOUNS`):
    «محمد سرور دانش معاون دوم …» (kabul.gov.af), «محمد سرور جوادی معین …», «محمد فرهاد عظیمی والی
    بلخ» (idlg.gov.af). Afghan officials are named so in their offices' news: two given names
    (the first no registry word, :func:`word_like_given`), then a family name that any given name
    allows (:func:`surname_like`: «دانش», «عظیمی» are everyday words too), spaces only between the
    words and before the post. :func:`role_rule` asks more of the words before a post, which one
    given name and a family name need; the second given name is the evidence here.

    Yields: the three words as one ``persName`` span (source offsets).
    """
    if words.vocabulary.isdisjoint(_ROLES):
        return
    norms, given = words.norms, given_names()
    for i in triggers:
        k = i - 1
        if norms[i] not in _ROLES or k < 2 or words.gaps[i].strip() \
                or not (words.spaced(k - 2) and words.spaced(k - 1)):
            continue
        if norms[k - 2] in given and not word_like_given(norms[k - 2]) and norms[k - 1] in given \
                and norms[k] not in _KINSHIP and surname_like(norms[k]) and not verb_noun(words, k):
            yield _span(words, k - 2, k)


COMPOUND_ANCHORS = ("محمد", "غلام")
"""The words that make a compound given name of the Afghan kind with any word beside them: «محمد» after
or before it («نظر محمد», «ولی محمد», «باز محمد», «محمد نواز»), «غلام» ("servant [of]") before it («غلام
داود», «غلام حضرت»). The other word is often a stop word or an everyday word alone («ولی», «نظر», «حضرت»,
«باز»), so that no given-name list holds it (Annemarie Schimmel, *Islamic Names*, 1989, ch. 2: names in
«Muhammad» and «Ghulām» as the first or second part of a compound)."""
_MUHAMMAD, _GHULAM = (norm(word) for word in COMPOUND_ANCHORS)
_NOT_GIVEN = _ROLES | _KINSHIP | _ADDRESS | _NAME_TITLES | _TITLES | _DEGREE_TITLES  # «پوهنمل محمد ناصر معین»


def compound_given_post_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """A compound given name of :data:`COMPOUND_ANCHORS` and a family name right before a post (a role
    noun, :data:`ROLE_NOUNS`): «نظر محمد مطمین رئیس عمومی …» (nepa.gov.af), «غلام داود بها رئیس …»
    (parwan.edu.af), «محمد نواز صافی مدیر عمومی …», «غلام حضرت مشفق شاروال هرات». The family name may be
    an everyday word («بها», «مطمین», «شاهد»): the anchor and the post are the evidence, as the second given
    name is :func:`post_name_rule`'s. Three words, spaces only between them and before the post; none a role
    noun, kinship noun, title or term of address («پوهنمل محمد ناصر معین …»: «ناصر» ends the name) but a term
    after «غلام» («غلام حضرت»); the family name name-like (:func:`name_like`), no verb, no anchor, and no
    adjective in «ی» of an everyday word (:func:`relational_adjective`) unless a listed family name («صافی»).
    In the collection it finds 7 names on 5 publishers (nepa.gov.af, herat-m.gov.af, parwan.edu.af,
    nppf.gov.af, hambastagi.org) and takes 6 false persons away (their shorter parts), adding none.

    Yields: the three words as one ``persName`` span (source offsets).
    """
    if words.vocabulary.isdisjoint(_ROLES) or words.vocabulary.isdisjoint((_MUHAMMAD, _GHULAM)):
        return  # (most blocks)
    norms = words.norms
    for i in triggers:
        k = i - 1
        if norms[i] not in _ROLES or k < 2 or words.gaps[i].strip() \
                or not (words.spaced(k - 2) and words.spaced(k - 1)):
            continue
        first, second, family = norms[k - 2], norms[k - 1], norms[k]
        if not (first == _GHULAM or _MUHAMMAD in (first, second)) or _MUHAMMAD == family:
            continue
        servant_of = first == _GHULAM and second in _ADDRESS  # «غلام حضرت» "servant of the Holy"
        if first not in _NOT_GIVEN and (servant_of or second not in _NOT_GIVEN) and family not in _NOT_GIVEN \
                and len(second) >= 2 \
                and name_like(family) and not looks_like_verb(family) and not verb_noun(words, k) \
                and not (relational_adjective(family) and family not in surnames()):
            yield _span(words, k - 2, k)


_QUOTE_BEFORE = re.compile(r"([\"»”])\s*$")
_OPENING = {'"': '"', "»": "«", "”": "“"}
_MAX_QUOTED_NAME = 40  # characters: a name in quotes, not a quoted phrase


def _quoted_name(words: Words, at: int, after: bool) -> Span | None:
    """The person's name in quotation marks right after source offset ``at`` (``after``) or right
    before it, next to a role noun: news agencies quote a foreign name so («دریاسالار «برد کوپر»»,
    ««ماکان دلرحیم» معاون وزارت دادگستری», «"مایکل انتان" معاون …»). Two or three words of
    letters, none a stop word (a transliterated name may spell a verb: «برد»), the last no common
    word (:func:`_foreign_like`); None when there is no such quote (one word in quotes is as often
    a body: «فرمانده «سنتکام»»)."""
    folded = words.folded
    if after:
        opening = _QUOTE_AFTER.match(folded, at)
        if opening is None:
            return None
        start = opening.end()
        end = folded.find(_QUOTES[opening.group(1)], start, start + _MAX_QUOTED_NAME)
    else:
        closing = _QUOTE_BEFORE.search(folded, max(0, at - 3), at)
        if closing is None:
            return None
        end = closing.start(1)
        start = folded.rfind(_OPENING[closing.group(1)], max(0, end - _MAX_QUOTED_NAME), end) + 1
    if end < 0 or start <= 0 or start >= end:
        return None
    first, last = bisect_left(words.starts, start), bisect_left(words.ends, end)
    if first >= len(words) or last >= len(words) or words.starts[first] != start or words.ends[last] != end \
            or not 0 < last - first < _MAX_NAME_WORDS:
        return None
    inside = words.norms[first : last + 1]
    if not all(word.isalpha() and word not in stop_words() for word in inside) or not _foreign_like(inside[-1]) \
            or any(not words.spaced(k) for k in range(first, last)):
        return None
    return _span(words, first, last)


NAME_PARTICLES = ("مک", "فون", "فان", "ون", "وان")
"""First words of transliterated family names in two words («مک کانل» McConnell, «فون
براون», «ون گوگ»): with the given name before them, not alone («دو», «دی», «دل» of «دو گل», «دی
کاپریو» are a numeral, a month and a noun first)."""
_NAME_PARTICLES = norms_of(NAME_PARTICLES)
NAME_PARTICLE_NORMS = _NAME_PARTICLES


MILITARY_RANKS = ("سرتیپ", "سرلشکر", "سپهبد", "سرهنگ", "ژنرال", "جنرال", "دریاسالار", *RANKS)
"""Military ranks (:data:`RANKS` and those of :data:`ROLE_NOUNS`): the name comes right after them."""
_MILITARY_RANKS = _heads(MILITARY_RANKS)


def _given_after_rank(words: Words, i: int, j: int) -> bool:
    """True when word ``j + 1`` is a given name right after the military rank at word ``i``."""
    return j == i and words.norms[i] in _MILITARY_RANKS and is_given(words.norms[j + 1])


def _complement_end(words: Words, i: int, names: dict[int, Span]) -> int:
    """The last word of the complement of the role noun at word ``i`` (``i`` when it has none):
    common words, other role nouns and organisation heads, places and organisations known
    (``names``) and «در» between them, up to :data:`_MAX_COMPLEMENT` words («وزیر امور خارجه
    ایالات متحده», «سفیر امریکا در کابل», «معاون وزیر خارجه آمریکا»)."""
    norms = words.norms
    j = i
    while words.spaced(j) and j - i < _MAX_COMPLEMENT:
        known = names.get(words.starts[j + 1])
        if known is not None and known.tag != "persName":
            j = bisect_left(words.ends, known.end)
        elif (j > i or norms[i] in _TITLES) and norms[j + 1] not in _ROLES and (
                (norms[i] in _OFFICES and norms[j + 1] in surnames()
                 and (_clause_boundary_after(words, j + 1)
                      or norms[i] != _REPRESENTATIVE and _preposition_after(words, j + 1)))
                or ((norms[j + 1] in _names_first() or _given_after_rank(words, i, j))
                    and _titled_given_name(words, j + 1) >= 0)):
            # «رئیس جمهور روحانی گفت», «وزیر خارجه ظریف و …»: a family name before a boundary;
            # «شاعر معاصر هوشنگ ابتهاج»: a given name and its family name end the complement;
            # right after a military rank, any given name does («سرتیپ تقی ریاحی»: a rank has no
            # complement, «تقی» is a word too)
            break
        elif norms[j + 1] in _ROLES or norms[j + 1] in _ORG_HEADS \
                or (name_like(norms[j + 1]) and norms[j + 1] in common_words()):
            j += 1
        elif norms[j + 1] == _IN and j > i and words.spaced(j + 1) or norms[j + 1] in _ROLE_ADJECTIVES:
            j += 1
        else:
            break
    # «در» at the end is the sentence's («رئیس جمهور در سخنرانی …»); a head at the end wants its
    # modifier next («معاون ادارۀ امور شهرداریها»), no name.
    while j > i and (norms[j] == _IN or norms[j] in _ORG_HEADS):
        j -= 1
    return j


NAME_CLOSING_PREPOSITIONS = ("با", "در", "به", "از", "را", "برای")
"""Words after an office's family name that close the name as a verb does («رئیس جمهور غنی با بزرگان زابل
دیدار کرد», «فرمان رئیس جمهور غنی در مورد …»: afghanusadoosti.com, president.gov.af, ariananews.co, baztab.news;
«رئیس جمهور روحانی گفت» closed by the verb)."""
_NAME_CLOSING_PREPOSITIONS = norms_of(NAME_CLOSING_PREPOSITIONS)
_REPRESENTATIVE = norm("نماینده")
"""An office whose complement names a group of people, an adjective of it a listed family name too («نماینده
جامعه مدنی در …», «نماینده طبقه کارگر در …»): a preposition after it closes no name."""


def _preposition_after(words: Words, k: int) -> bool:
    """True when a word of :data:`NAME_CLOSING_PREPOSITIONS` follows word ``k`` (a space between)."""
    return words.spaced(k) and words.norms[k + 1] in _NAME_CLOSING_PREPOSITIONS


_AFFAIRS = norm("امور")
"""«امور» ("affairs of") ending a role's complement: the field of a deputy's office follows it, no name
(«معاون امور محصلان», ku.edu.af; «معین امور داخله», afghanembassy.tr)."""


ROLE_ADJECTIVES = ("ویژه", "کل", "عالی", "اول", "دوم", "جدید", "خاص", "جمهوری", "جمهوریخواه", "جمهوری‌خواه",
                   "دموکرات", "دمکرات")
"""Adjectives of a role that hazm counts among its stop words («نماینده ویژه», «دبیر کل», «معاون
اول», «کمیسر عالی»), «جمهوری» of «رئیس جمهوری» (which hazm counts too seldom for a common
word), and the parties of a leader of a legislature («رئیس اکثریت جمهوریخواه سنا», «رئیس
دموکرات مجلس نمایندگان»): part of the complement all the same («رییس جمهوری ایران، روحانی، …»)."""
_ROLE_ADJECTIVES = norms_of(ROLE_ADJECTIVES)


@cache
def _names_first() -> frozenset[str]:
    """Given names that are names before they are words: everyday and foreign ones."""
    return everyday_given_names() | foreign_given_names()


def _comma_after(words: Words, k: int) -> bool:
    """True when a «،» (or «,») alone separates word ``k`` from the next word."""
    return k + 1 < len(words) and words.gaps[k + 1].strip() in ("،", ",")


def _sentence_end_after(words: Words, k: int) -> bool:
    """True when word ``k`` ends the block or a sentence or clause («.», «:», «؛»)."""
    return k + 1 >= len(words) or words.gaps[k + 1].strip()[:1] in (".", ":", "؛", "!", "؟")


PLURAL_ADDRESS = ("آقایان", "خانمها", "خانم‌ها", "رفقا", "بانوان")
_PLURAL_ADDRESS = _heads(PLURAL_ADDRESS)
_ITEM_SEPARATORS = frozenset({"،", ",", "-", "–", "؛"})
_BODY_AND_PLACE_HEADS = _ORG_HEADS | _PLACE_HEADS


def roll_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 3b: a roll of names after «آقایان» / «خانم‌ها» / «رفقا» («آقایان: جلیلی- نراقی-
    امیرابراهیمی»), items of one to three name-like words (titles kept: «دکتر زنگنه»; first, a
    role noun that is a listed family name too: «دبیر سهرابی», not «سرتیپ ریاحی») apart by
    «،», «-» or «و»; two items at least. A roll follows its plural address directly (a «و»
    there joins another noun: «رفقا و فروش برنامه») and holds a word that is a name on its own
    (:func:`_name_evidence`), or, after «ذیل» and the like, the colon that ends its clause
    («آقایان ذیل به سمت هنرآموزی تعیین شده‌اند: حبیب‌الله شهردار، …»). A military rank that
    opens an item stays outside the name («سروان نصرسیاح» → «نصرسیاح»)."""
    if words.vocabulary.isdisjoint(_PLURAL_ADDRESS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _PLURAL_ADDRESS or (k := _roll_start(words, i)) < 0:
            continue
        items: list[tuple[int, int]] = []
        while k < len(words):
            if items and norms[k] == "و" and words.spaced(k - 1) and words.spaced(k):
                k += 1
            if k + 1 < len(words) and norms[k] in _MILITARY_RANKS and norms[k] not in surnames() and words.spaced(k):
                k += 1
            first = k
            while k < len(words) and k - first < _MAX_NAME_WORDS and (
                    _roll_word(words, k) or norms[k] in _NAME_TITLES
                    or (k == first and norms[k] in _ROLES and norms[k] in surnames())):
                if not words.spaced(k) or (k + 1 < len(words) and norms[k + 1] == "و"):
                    k += 1
                    break
                k += 1
            if k == first or norms[k - 1] in _NAME_TITLES \
                    or (norms[k - 1] in _ROLES and not _role_surname(words, k - 1)):
                break
            items.append((first, k - 1))
            separator = words.gaps[k].strip() if k < len(words) else ""
            if not (separator in _ITEM_SEPARATORS or (separator == "" and k < len(words) and norms[k] == "و")):
                break
        if len(items) >= 2 and any(_name_evidence(norms[k]) for f, e in items for k in range(f, e + 1)):
            for first, last in items:
                yield _span(words, first, last)


_MAX_ROLL_LEAD = 8  # words between a plural address and the colon its roll follows


FOLLOWING = ("ذیل", "زیر", "مشروحه", "مفصله", "نامبرده")
"""Words after a plural address that announce the names («آقایان ذیل …:», "the following gentlemen")."""
_FOLLOWING = norms_of(FOLLOWING)


def _roll_start(words: Words, i: int) -> int:
    """The first word of the roll the plural address at ``i`` opens, -1 for none: after «ذیل» and
    the like (:data:`FOLLOWING`), the word after the colon that ends its clause within
    :data:`_MAX_ROLL_LEAD` words; else the word after it when only a space or a colon stands between."""
    if i + 1 < len(words) and words.norms[i + 1] in _FOLLOWING:
        for k in range(i + 1, min(i + _MAX_ROLL_LEAD, len(words) - 1)):
            if (gap := words.gaps[k + 1].strip()) == ":":
                return k + 1
            if gap:
                return -1
        return -1
    return i + 1 if i + 1 < len(words) and words.gaps[i + 1].strip() in ("", ":") else -1


def _role_surname(words: Words, k: int) -> bool:
    """True when word ``k``, a role noun, is a family name: it follows a given name in the same
    item of a roll («حبیب‌الله شهردار»)."""
    return words.norms[k] in _ROLES and k > 0 and words.spaced(k - 1) and is_given(words.norms[k - 1])


def _roll_word(words: Words, k: int) -> bool:
    """True when word ``k`` can be part of a name in a roll (:func:`roll_rule`): a word of
    :func:`name_like`, a family name or its part though it looks like a verb or stop word («حائری
    زاده»), a role noun after a given name (:func:`_role_surname`), or the head word of a body or
    place before a family name in the same item («دولت آبادی»: :func:`stop_words` holds it as a
    head); never a role or rank before a name («سرتیپ ریاحی»)."""
    word = words.norms[k]
    return name_like(word) or word in surnames() or _role_surname(words, k) or (
        word in _BODY_AND_PLACE_HEADS and words.spaced(k)
        and k + 1 < len(words) and words.norms[k + 1] in surnames())


def _name_evidence(word: str) -> bool:
    """True when a word (norm form) is a name on its own: a given name that is no everyday word,
    a family name, or no everyday word at all («جلیلی», «نراقی»; not «فروش», «برنامه»)."""
    return (word in given_names() and not word_like_given(word)) or word in surnames() or not everyday_word(word)
