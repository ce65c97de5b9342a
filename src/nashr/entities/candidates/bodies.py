"""Candidate rules for organisations by their head noun.

  5. :func:`org_head_rule` — a head noun («حزب», «سازمان», «کمیته», «وزارت», «اتحادیه» …, with
     or without the ezafe «ۀ»/«ٔ») with its modifiers up to a clear boundary (a stop word, verb,
     number, punctuation, or the noun of a compound verb before a verb: «سازمان جهانی شراب
     اعلام کرد» → «سازمان جهانی شراب»), places and other organisations inside it; or a head
     with a quoted name («نهاد "زنان علیه طالبان"»); a dash and a faction name after a party
     name join it («حزب دموکرات کردستان - رهبری انقلابی»).
  :func:`branch_rule` — an organisation found and the place of its office after it.

Their helpers: the coordinated domains of a ministry («وزارت امور خارجه و …», :func:`listed_domains`),
directorates and councils, counted bodies, the heads a preposition is glued to (:func:`glued_heads`) and
those glued to their first modifier by a lost space (:func:`glued_modifiers`, read apart by
:func:`heads_apart`: «شاروالیکابل»).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import cache, lru_cache, partial
from itertools import compress

from nashr.convert.scripts import ARABIC_LETTER
from nashr.entities.candidates.names import _AFFAIRS, _detached_ye_after, _name_end_after, _tanwin
from nashr.entities.candidates.outlets import _proper_word
from nashr.entities.candidates.places import _OBJECT_MARKER, _PROVINCE
from nashr.entities.candidates.terms import (
    _ADDRESS_ADJECTIVES,
    _AMBIGUOUS_HEADS,
    _AND,
    _EZAFE_YEH,
    _GOVERNMENT_HEADS,
    _MOVEMENT_HEADS,
    _NAMED_AFTER,
    _OFFICES,
    _ORG_HEAD_WORDS,
    _ORG_HEADS,
    _PARTY_HEADS,
    _PERIODICAL_HEADS,
    _PLACE_HEADED,
    _PLACE_HEADS,
    _PLACE_ONLY_HEADS,
    _QUOTE_AFTER,
    _QUOTES,
    _ROLES,
    _SETTLEMENT_HEADS,
    _STRONG_HEADS,
    _YEH_HEADS,
    ADMINISTRATIVE_HEADS,
    CANDIDATE_ATTRS,
    _heads,
    norm,
    norms_of,
    quoted_name,
)
from nashr.entities.candidates.words import (
    _FUTURE_AUXILIARIES,
    _no_word_or_name,
    common_words,
    determined,
    everyday_word,
    glued_conjunct,
    glued_preposition_word,
    is_given,
    light_verb,
    light_verb_at,
    looks_like_verb,
    name_like,
    plural_of_word,
    relational_adjective,
    stop_words,
    verb_noun,
    verb_stems,
    with_clitic,
    with_copula,
)
from nashr.entities.normalize import Passing, Words
from nashr.entities.numbers import is_number_word, ordinal_value
from nashr.entities.places import country_names, provinces_of
from nashr.entities.switches import never, switch
from nashr.markup import Span

_DASH_AFTER = re.compile(r"\s*[-\u2013\u2014]\s*$")
_MAX_QUOTED = 80  # characters: a quoted organisation name, not a quoted sentence
_MAX_ORG_WORDS = 6


def _detached_adjective(words: Words, j: int) -> bool:
    """True when word ``j`` and «ای» written apart after it are one adjective («هسته ای», «حرفه ای»:
    typed without ZWNJ), not a noun with the indefinite article that a verb follows («بیانیه ای
    صادر کرد», «نامه ای نوشت»)."""
    if not (name_like(words.norms[j]) and _detached_ye_after(words, j)):
        return False
    after = j + 2
    return not words.spaced(j + 1) or not (looks_like_verb(words.norms[after]) or light_verb(words.norms[after])
                                           or verb_noun(words, after))


_IN = norm("در")


_ORDINAL_ENDINGS = ("م", "مین")  # «شانزدهم», «سومین»: ordinals, which count nothing


def _no_end(*args: object, **kwargs: object) -> int:
    """A switched-off :func:`field_name_end` or :func:`owner_after`: no name runs on."""
    return -1


def _coordinated(words: Words, i: int, last: int, places: Mapping[int, Span], named: Collection[int],
                 ministry: bool = False, domains_end: Callable[[Words, int], bool] = never,
                 apart: Callable[[Words, int], bool] = never, listed_name: Callable[[int, int], bool] = never,
                 closed: Callable[[Words, int, Callable[[Words, int], bool]], bool] = never,
                 field_end: Callable[[Words, int], int] | None = None,
                 owner_end: Callable[[Words, int], int] = _no_end) -> int:
    """The last word of an organisation name (head ``i``, modifiers to ``last``) that goes on
    with nouns joined by «و» up to punctuation or the block's end («کمیسیون پست و تلگراف و
    تلفن)», «ادارۀ سیاسی و گذرنامه», «سازمان برنامه و بودجه.»); the last noun may have up to two
    words after it there («اداره کل احصائیه و سجل احوال-», «وزارت دفاع و پشتیبانی نیروهای
    مسلح-»), or before the same head starting the next body of a list («… صنایع دستی وزارت
    نیرو»); «امور» (affairs) has the word saying which, wherever the sentence goes («وزارت تعاون
    و امور روستاها براساس …», «بنیاد شهید و امور ایثارگران»); in a ``ministry``'s name nouns
    listed with «،» may come before the last «و» (:func:`_listed`: «وزارت علوم، تحقیقات و
    فناوری», «وزارت میراث فرهنگی، گردشگری و صنایع دستی», as Iran's merged ministries are named,
    and Afghanistan's: «وزارت زراعت، آبیاری و مالداری» on mail.gov.af), and such a list is the name's
    wherever the sentence goes on after it;
    after another head such a list is the sentence's: «گفتمان اداره شورایی، تحزب و
    اعتصابات»). ``last`` when it does not (a «و» that joins the name to the rest of the
    sentence: «وزارت کشور و دولت تصمیم گرفتند»), or joins another head or a name known
    (``named``: the starts of places and organisations found: «شورای امنیت و روسیه.» are two).
    A noun after «و» takes a suffix typed apart (``apart``, :func:`suffix_apart`: «و عودت کنندگان»).
    Within a sentence the last noun ends the name before a verb in the singular said of the
    body (:func:`_predicate_after`: «دانشکده معقول و منقول انتخاب خواهد شد»), and a place
    right after it that is no country is the office's town, the name's end («دفتر پست و تلگراف
    سنگسر راجع به …»; ``places``: start → place found). The words after the last noun are the
    name's also where it is ``closed`` after them (:func:`complement_closed`: «وزارت مخابرات و
    تکنالوجی معلوماتی افتخار دارد»). A faculty's fields (``field_end``, word of the last field → the name's
    last word or -1: :func:`field_name_end`) end it where that says («پوهنحي تعليم و تربيه که …»). The body or
    province an office belongs to, right after the noun joined by «و» or up to :data:`_MAX_AFTER_NOUN` words
    after it (``owner_end``, word → the owner's last word or -1: :func:`owner_after`), ends the name with it
    («ریاست اطلاعات و فرهنگ ولایت کابل», «آمريت ارتباطات و آگاهی عامه پوهنتون بلخ»), unless that noun is a
    plural of people (:func:`people_plural`: «وزارت تحصیلات عالی و مسئولان پوهنتون کابل», two groups)."""
    norms = words.norms
    k = listed_to = last
    while last > i and k - i < _MAX_ORG_WORDS:
        listed = _listed(words, k, named) if ministry else k
        if not (words.spaced(listed) and norms[listed + 1] == _AND and words.spaced(listed + 1)
                and _joinable(words, listed + 2, named)):
            break
        commas = listed_name(k, listed)
        k = listed + 2
        if _detached_adjective(words, k):
            k += 1  # «سازمان آموزش فنی و حرفه ای کشور»
        elif words.spaced(k) and apart(words, k + 1):
            k += 1  # «وزارت امور مهاجرین و عودت کنندگان»: a suffix typed apart
        if not words.spaced(k):
            return k
        if norms[k + 1] == _COUNTRY:
            return k + 1  # «… فنی و حرفه ای کشور»: «کشور» (the country's) closes the name
        if norms[k] == _AFFAIRS and _joinable(words, k + 1, named):
            return k + 1  # «وزارت تعاون و امور روستاها براساس …»: the affairs a body has
        if _predicate_after(words, k):
            return k  # «… دانشکده معقول و منقول انتخاب خواهد شد»: what is said of the body
        if field_end is not None and (field := field_end(words, k)) >= k:
            return field  # «پوهنحي حقوق و علوم سياسي و در سال …»: a faculty's two fields
        if ministry and domains_end(words, k):
            return k  # «از وزارت اطلاعات و فرهنگ به عنوان نهاد مسوول»: a ministry's two domains, then the sentence
        if words.spaced(k) and (place := places.get(words.starts[k + 1])) is not None:
            town = bisect_left(words.ends, place.end)  # «دفتر پست و تلگراف سنگسر»: the office's town,
            if not names_country(words, k + 1, town):  # not a country («… ایالات متحده»)
                return town
        if not people_plural(norms[listed + 2]) and (owner := _owner_within(words, k, named, owner_end)) >= 0:
            return owner  # «آمريت ارتباطات و آگاهی عامه پوهنتون بلخ»: whose office it is
        end = k
        while end - k < _MAX_AFTER_NOUN and end + 1 - i <= _MAX_ORG_WORDS \
                and (_joinable(words, end + 1, named) or _plural_complement(words, end + 1)):
            end += 1
            if not words.spaced(end) or norms[end + 1] == norms[i]:
                return end  # «… صنایع دستی وزارت دفاع …»: the next body of a list starts (not
                # right after the noun: «مجلس شورای ملی و افتتاح مجلس», the opening of the Majlis)
            if closed(words, end, domains_end if ministry else never):
                return end  # «وزارت مخابرات و تکنالوجی معلوماتی به آرزوی …»
        if _phrase_after(words, k):
            return k
        if commas:
            listed_to = k  # «وزارت زراعت، آبیاری و مالداری که …»: domains listed with «،» and «و» are the name's
    return listed_to


COMPANY = "شرکت"
"""«شرکت» (a company) before a body the registers or the gazetteer know by its own name: the name alone is the
body's («شرکت اپل» → «اپل», «شرکت Vimeo» → «Vimeo», «شرکت The Migration Translators»), as 3 sites of
tests/data/corpus/ have it (ackreq/mdlearn, softwaretalks, tisnational) against 2 with the word inside a name that
no list knows («شرکت موزیلا», the Mozilla Corporation, wiki.x.io; «شرکت تیکا», jawzjan.gov.af):
:func:`brand_after_company`."""
_COMPANY = norm(COMPANY)


def brand_after_company(words: Words, i: int, head: str, last: int, orgs: Mapping[int, Span]) -> bool:
    """True when the head ``head`` at word ``i`` is :data:`COMPANY` and a body found (``orgs``: start → span) is
    the rest of the name, from word ``i + 1`` to word ``last``: the company is named by the body's name alone."""
    if head != _COMPANY or i + 1 >= len(words):
        return False
    body = orgs.get(words.starts[i + 1])
    return body is not None and body.end == words.ends[last]


def complement_closed(words: Words, end: int, ministry_end: Callable[[Words, int], bool]) -> bool:
    """True when an organisation's name whose last noun joined by «و» has words after it up to word ``end``
    (at most :data:`_MAX_AFTER_NOUN`: «تکنالوجی معلوماتی») ends there, as it would right after the noun
    (:func:`_coordinated`): a predicate said of the body follows (:func:`_predicate_after`: «وزارت مخابرات و
    تکنالوجی معلوماتی افتخار دارد»), or what ends a ministry's name (``ministry_end``,
    :func:`ministry_domains_end`: «… تکنالوجی معلوماتی به آرزوی رسیدن»). Ministries are named by two domains,
    the second of two words, on mcit.gov.af («وزارت مخابرات و تکنالوجی معلوماتی», three rows of
    tests/data/corpus/). A light verb or a stop word («می» apart) right after word ``end`` makes it the noun
    of the verb, no word of the name («هیئت دولت و غیره مخابره شود», «وزارت آب و انرژی تلاش می نماید»)."""
    if ministry_end(words, end):
        return True
    after = words.norms[end + 1]
    return not light_verb(after) and after not in stop_words() and _predicate_after(words, end)


def people_plural(word: str) -> bool:
    """True for a plural in «ان» of an everyday word (:func:`nashr.entities.candidates.words.plural_of_word`:
    «مسئولان», «استادان», «کارمندان»): after «و», people of a body, not the last noun of its name."""
    return word.endswith(_PEOPLE_PLURAL) and plural_of_word(word)


_PEOPLE_PLURAL = "ان"


def owner_after(words: Words, k: int, places: Mapping[int, Span], orgs: Mapping[int, Span]) -> int:
    """Index of the last word of the body or province an office belongs to, right after word ``k`` (the
    noun joined by «و» to the office's name, or a word after it); -1 when none follows. The owner is a body
    found before (``orgs``: start → body), or a province or town after its head («ولایت کابل») or a body's
    strong head and its place (:data:`nashr.entities.candidates.terms.STRONG_HEADS`: «پوهنتون بلخ»;
    ``places``: start → place found). Afghan offices name their ministry's, university's or province's so:
    «ریاست اطلاعات و فرهنگ ولایت کابل» (afghankhabar.com), «ریاست امور مهاجرین و عودت کنندگان ولایت هرات»
    (morr.gov.af), «آمريت ارتباطات و آگاهی عامه پوهنتون بلخ» (ba.edu.af), «وزارت اطلاعات و فرهنگ جمهوری
    اسلامی افغاستان» (bakhtarnews.af), «سازمان خوراک و غذا سازمان ملل» (mail.gov.af): five rows of
    tests/data/corpus/ on five publishers, which the name lost, ending before «و»."""
    if not words.spaced(k) or k + 1 >= len(words):
        return -1
    if (body := orgs.get(words.starts[k + 1])) is not None:
        return bisect_left(words.ends, body.end)
    head = words.norms[k + 1]
    if (head in _SETTLEMENT_HEADS or head in _STRONG_HEADS) and words.spaced(k + 1) \
            and (place := places.get(words.starts[k + 2])) is not None:
        return bisect_left(words.ends, place.end)
    return -1


def _owner_within(words: Words, k: int, named: Collection[int], owner_end: Callable[[Words, int], int]) -> int:
    """``owner_end`` (:func:`owner_after`) after word ``k`` or one of up to :data:`_MAX_AFTER_NOUN` words that
    may go on the name after it (:func:`_joinable`: «آگاهی عامه پوهنتون بلخ»); -1 when there is none."""
    end = k
    while (owner := owner_end(words, end)) < 0 and end - k < _MAX_AFTER_NOUN and _joinable(words, end + 1, named):
        end += 1
    return owner


def listed_domains(k: int, listed: int) -> bool:
    """True when nouns listed with «،» come after word ``k`` of a ministry's name up to word ``listed``, before
    its last «و» (:func:`_listed`): the list and the noun after «و» are the name's wherever the sentence goes
    on («وزارت زراعت، آبیاری و مالداری که …», mail.gov.af: :func:`_coordinated`)."""
    return listed > k


def _predicate_after(words: Words, k: int) -> bool:
    """True when a verb in the singular says something of the name that ends at word ``k``: a
    light verb or the future auxiliary right after it, or after the noun of a compound verb
    (:func:`verb_noun`: «… دانشکده معقول و منقول انتخاب خواهد شد»). A plural verb agrees with
    two subjects the «و» joins («کمیسیون پست و تلگراف تصمیم گرفتند»: no evidence); «از» and
    «را» may go on a list or take both («کمیته خارج و تعدادی از مسئولین»)."""
    if not words.spaced(k):
        return False
    norms = words.norms
    after = norms[k + 1]
    if after in _FUTURE_AUXILIARIES or light_verb(after):
        verb = after
    elif verb_noun(words, k + 1):
        verb = norms[k + 2]
    else:
        return False
    return not verb.endswith(_PLURAL_VERB)


_PLURAL_VERB = norm("ند")  # the third person plural's ending («گرفتند», «خواهند»)
_EZAFE_AY = "ای"  # the ezafe after a long vowel («شورای», «اعضای»): the word needs its complement
_MAX_AFTER_NOUN = 2  # words after the last noun joined by «و»: «پشتیبانی نیروهای مسلح»
_LIST_COMMAS = ("،", ",")
_MINISTRY, _ASSEMBLY = norm("وزارت"), norm("مجلس")
_MINISTRY_NAME_ENDS = norms_of(("به", "در", "از", "با", "را", "برای", "بخاطر", "بدینوسیله"))
"""Words after which a ministry's name joined by «و» ends («وزارت اطلاعات و فرهنگ در …»: idlg.gov.af;
«وزارت معادن و پترولیم بخاطر …»: aop.gov.af; «وزارت اطلاعات و فرهنگ بدینوسیله …»: bakhtarnews.af; a
ministry is named by its domains, two joined by «و» as often as one)."""


def ministry_domains_end(words: Words, k: int) -> bool:
    """True when a ministry's name whose last domain, joined by «و», is word ``k`` ends there: a
    preposition, «را» or an adverb follows (:data:`_MINISTRY_NAME_ENDS`)."""
    return words.spaced(k) and words.norms[k + 1] in _MINISTRY_NAME_ENDS


def stateless_mission(head: str) -> bool:
    """True for the head of a diplomatic mission (:data:`MISSIONS`), which one word names only when it is its state or
    a body (a place or organisation found: «سفارت فرانسه», «سفارت ج.ا.ا»), though a strong head: any other word after
    it is the sentence going on («اوقات کار شعبه قونسلی سفارت قرار ذیل است», «سفارت سخنان …», «کنسولگری کمک …»,
    «سفارت رایگان»: 9 false bodies on 8 publishers of tests/data/corpus/, embassies' pages most, none right)."""
    return head in _MISSIONS


def mission_seat(words: Words, head: str, last: int, places: Mapping[int, Span]) -> bool:
    """True when a diplomatic mission (:data:`MISSIONS`, ``head`` in norm form) named up to word
    ``last`` goes on with «مقیم» and a place found right after it, its seat («سفارت ج.ا.ا مقیم سویدن»)."""
    j = last + 1
    return head in _MISSIONS and words.spaced(last) and j + 1 < len(words) and words.norms[j] == _RESIDENT \
        and words.spaced(j) and words.starts[j + 1] in places


def mission_location(words: Words, head: str, last: int, places: Mapping[int, Span]) -> bool:
    """True when a diplomatic mission (:data:`MISSIONS`, ``head`` in norm form) named up to word ``last`` goes on
    with «در» and a place found right after it: the place it sits in, part of its name as the missions write it
    («سفارت فرانسه در افغانستان», «سفارت جمهوری اسلامی افغانستان در اوتاوا», «سفارت آمریکا در تهران»:
    tests/data/corpus/README.md «## entities.tsv», round 52). «در شهر …» describes where it is, and is not read here."""
    j = last + 1
    return head in _MISSIONS and words.spaced(last) and j + 1 < len(words) and words.norms[j] == _IN \
        and words.spaced(j) and words.starts[j + 1] in places


NATIONAL = "ملی"
"""«ملی» (national), the one modifier that names a body by itself after any head: the state's body of that
kind. Family: «شورای ملی», Afghanistan's National Assembly, alone (no «مجلس» before it, as in Iran's «مجلس
شورای ملی»), 15 rows of tests/data/corpus/ on 7 publishers (ariananews, azadiradio, dailyafghanistan, ixport.ir,
kabulpress, parmakhtag, smpa.gov.af), «مجلسین شورای ملی» (its two houses) among them; no «… ملی» alone
in the collection is no body (:func:`national_body`)."""
_NATIONAL = norm(NATIONAL)
_ASSEMBLY_FORMS = norms_of(("مجلسی", "بمجلس"))  # Iran's «مجلس شورای ملی», «بمجلس شورای ملی», «مجلسی شورای ملی»


def national_body(words: Words, i: int) -> bool:
    """True when the head at word ``i`` has «ملی» (:data:`NATIONAL`) as its one modifier and the name ends
    there (no name-like word after it): a body, though other heads need two modifiers. Not after another head
    or Iran's «مجلس» (:data:`_ASSEMBLY_FORMS`), where «شورای ملی» is inside the assembly's name."""
    norms = words.norms
    return words.spaced(i) and norms[i + 1] == _NATIONAL \
        and not (words.spaced(i + 1) and name_like(norms[i + 2])) \
        and not (i > 0 and words.spaced(i - 1) and (norms[i - 1] in _ORG_HEAD_WORDS or norms[i - 1] in _ASSEMBLY_FORMS))


def _joinable(words: Words, j: int, named: Collection[int]) -> bool:
    """True when word ``j`` may go on an organisation's name after «و» or «،»: a name-like word
    or a plural with the ezafe («نیروهای مسلح»), no head, no clitic, no name found, and no predicate said
    of the body (:data:`PREDICATES`: «کمیسیون عفو و بخشودگی مصوب ۲۸ مهرماه …»)."""
    return j < len(words) and (name_like(words.norms[j]) or _ezafe_plural(words, j)) \
        and words.norms[j] not in _ORG_HEADS and not with_clitic(words.norms[j]) and words.starts[j] not in named \
        and words.norms[j] not in _PREDICATES


def _plural_complement(words: Words, j: int) -> bool:
    """True when word ``j`` is a plural in «های» with the ezafe and a name-like word after it that
    ends the name at punctuation or the block's end: the complement of the noun before it, though
    a head or stop word alone («پشتیبانی نیروهای مسلح-» in «وزارت دفاع و پشتیبانی نیروهای مسلح»)."""
    norms = words.norms
    return j + 1 < len(words) and norms[j].endswith(_EZAFE_PLURAL) and len(norms[j]) > len(_EZAFE_PLURAL) + 1 \
        and words.spaced(j) and name_like(norms[j + 1]) and not words.spaced(j + 1)


def _listed(words: Words, k: int, named: Collection[int]) -> int:
    """The last of the one-word nouns listed with «،» after word ``k`` when «و» follows them
    («علوم، تحقیقات و فناوری»: «تحقیقات»); ``k`` when there are none."""
    j = k
    while j + 2 < len(words) and words.gaps[j + 1].strip() in _LIST_COMMAS and _joinable(words, j + 1, named) \
            and (words.spaced(j + 1) or words.gaps[j + 2].strip() in _LIST_COMMAS):
        j += 1
    return j if j > k and words.spaced(j) and words.norms[j + 1] == _AND else k


COORDINATION_ENDS = ("در", "به", "از", "با", "برای", "را")
"""Prepositions and the object marker: after «و», they start a new clause, so the noun joined by
«و» to an organisation's name before them is the name's («وزارت امور اقتصادی و دارایی و به
استناد …»). Right after that noun they may be its own complement («کمیته خارج و تعدادی از
مسئولین», «هیات اجرایی و همگام با آن»: the seeds), which tells nothing."""
_COORDINATION_ENDS = norms_of(COORDINATION_ENDS)


FIELD_HEADS = ("دانشکده", "پوهنځی")
"""Heads of a faculty, named by its fields («دانشکده معقول و منقول», historydocuments.org; «پوهنحي حقوق و علوم
سياسي», ba.edu.af and hu.edu.af; «داﻧﺸﮑﺪه ﻣﻬﻨﺪﺳﯽ ﮐﺎﻣﭙﯿﻮﺗﺮ و ﻓﻨﺎوری اﻃﻼﻋﺎت», an Amirkabir template: 8 rows of
tests/data/corpus/ on 4 publishers name two fields joined by «و»)."""
_FIELD_HEADS = _heads(FIELD_HEADS)
FIELD_NAME_ENDS = ("که", "و", *COORDINATION_ENDS)
"""Words after which a faculty's fields joined by «و» end: a relative clause («پوهنحي تعليم و تربيه که …»), the
sentence's «و» («پوهنحي حقوق و علوم سياسي و در سال …»), a preposition or «را»."""
_FIELD_NAME_ENDS = norms_of(FIELD_NAME_ENDS)
_ADJECTIVE_YEH = "ی"


def field_name_end(words: Words, k: int, places: Mapping[int, Span], bodies: Mapping[int, Span]) -> int:
    """The last word of a faculty's name (:data:`FIELD_HEADS`) whose last field, joined by «و», is word ``k``,
    or -1: the field and its adjectives in «ی» (at most :data:`_MAX_AFTER_NOUN`: «علوم سياسي», «علوم بشری») up
    to a boundary, which is punctuation, a word of :data:`FIELD_NAME_ENDS` or another head; a place or body
    found right after them, or a head and a place (as the name's first modifiers go on, :func:`org_head_rule`), is
    the faculty's town or university and ends the name («پوهنحي حقوق و علوم سياسي هرات،», «پوهنحی ادبیات و علوم
    بشری پوهنتون هرات»: hu.edu.af). Any other word after them leaves the
    «و» the sentence's («پوهنځي شرعيات و اقتصاد اين نهاد», two faculties: ku.edu.af)."""
    norms, end = words.norms, k
    while end - k < _MAX_AFTER_NOUN and words.spaced(end) and norms[end + 1].endswith(_ADJECTIVE_YEH) \
            and _joinable(words, end + 1, bodies.keys() | places.keys()):
        end += 1
    if not words.spaced(end):
        return end
    after = places.get(words.starts[end + 1]) or bodies.get(words.starts[end + 1]) \
        or (places.get(words.starts[end + 2]) if norms[end + 1] in _ORG_HEADS and words.spaced(end + 1) else None)
    if after is not None:
        return bisect_left(words.ends, after.end)
    return end if norms[end + 1] in _FIELD_NAME_ENDS or norms[end + 1] in _ORG_HEADS else -1


def _phrase_after(words: Words, k: int) -> bool:
    """True when a new clause starts right after word ``k``: «و» before a word of
    :data:`COORDINATION_ENDS` or before an office or title that no name holds («وزارت پیشه و هنر
    و رئیس کمیسیون …»: :data:`OFFICES`)."""
    norms = words.norms
    return norms[k + 1] == _AND and k + 2 < len(words) and words.spaced(k + 1) \
        and (norms[k + 2] in _COORDINATION_ENDS or norms[k + 2] in _OFFICES)


BRANCH_HEADS = ("استان", "شهرستان")
"""Words before the place of an organisation's branch («ساواک استان خوزستان»)."""
_BRANCH_HEADS = norms_of(BRANCH_HEADS)


@cache
def country_norms() -> frozenset[str]:
    """The gazetteer's country names (:func:`nashr.entities.places.country_names`) in :func:`norm`
    form, read on first use."""
    return norms_of(country_names())


def names_country(words: Words, first: int, last: int) -> bool:
    """True when words ``first`` … ``last`` are the name of a country or a former one."""
    return "".join(words.norms[first : last + 1]) in country_norms()


def country_after(words: Words, j: int, places: Mapping[int, Span]) -> int:
    """Index of the last word of a country's name found right after «کشور» (word ``j``) that closes a
    body's name, which names the body's country («وزارت امور داخله کشور ترکیه», «اداره مهاجرین
    کشور ترکیه»: Afghan Dari writes a foreign body so, afghanembassy-tr); -1 when no country
    follows. ``places``: start → place found."""
    place = places.get(words.starts[j + 1]) if words.spaced(j) else None
    if place is None:
        return -1
    last = bisect_left(words.ends, place.end)
    return last if names_country(words, j + 1, last) else -1


def branch_place(words: Words, org: Span, places: dict[int, Span]) -> Span | None:
    """The place of an organisation's office right after ``org``, with «استان» or «شهرستان» before
    it or not («ساواک خوزستان», «ساواک استان خوزستان», «خبرگزاری فارس قزوین»), or None. A country
    is no office's place («دربار ایران» is the court of Iran, :func:`places.country_names`), nor a
    place «را» follows, the object of what the body does («سازمان ملل ایران را محکوم کرد»).
    ``places``: start → place found."""
    norms = words.norms
    last = bisect_left(words.ends, org.end)
    if last + 1 >= len(words) or words.ends[last] != org.end or not words.spaced(last):
        return None
    j = last + 1
    if norms[j] in _BRANCH_HEADS and words.spaced(j):
        j += 1
    place = places.get(words.starts[j]) if j < len(words) else None
    if place is None:
        return None
    end = bisect_left(words.ends, place.end)
    if names_country(words, j, end) \
            or (end + 1 < len(words) and words.spaced(end) and norms[end + 1] == _OBJECT_MARKER):
        return None
    return place


def branch_rule(words: Words, orgs: Iterable[Span], places: dict[int, Span]) -> Iterator[Span]:
    """An organisation found and the place of its office after it (:func:`branch_place`): one
    name that holds both, the organisation and place nested inside, as tests/data/corpus/README.md
    has organisations hold their place. ``orgs``: organisations found in the block."""
    for org in orgs:
        if (place := branch_place(words, org, places)) is not None:
            yield Span(org.start, place.end, "orgName", CANDIDATE_ATTRS)


_DIGITS_BEFORE = re.compile(r"(?<![\d/.\-])(\d{1,3})\s*$")


def _counted_by_digits(gap: str) -> bool:
    """True when the characters before a word end with a number of one to three digits, a
    count («۳ حزب»); four digits are the year a date ends with, and the head after it starts a
    name («۸ آبان ۱۳۲۲ فرمانداری قم», «۳۱ مرداد ۱۳۲۳ وزارت دادگستری»), and so are digits after
    a «/», «.» or «-» («2/5/41 وزارت کشور»: a date in digits, or a reference number)."""
    return gap.rstrip()[-1:].isdecimal() and _DIGITS_BEFORE.search(gap) is not None  # (most gaps: no scan)


def counted(words: Words, i: int) -> bool:
    """True when word ``i`` follows a cardinal number, in words or one to three digits
    (:func:`_counted_by_digits`), or «چند»: a count makes a common noun of it («دو کنگره», «۳
    حزب», «یک سده», «چند سده»), not an ordinal («دوره شانزدهم مجلس»)."""
    if i == 0:
        return False
    before = words.norms[i - 1]
    return (is_number_word(before) and not before.endswith(_ORDINAL_ENDINGS) and before != _NOT) \
        or before == _SOME or _counted_by_digits(words.gaps[i])


_SOME, _NOT = norm("چند"), norm("نه")  # «نه» "nine" and "not": «نه خاورمیانه را» ("not the Middle East")


def counted_place(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word place of the gazetteer, is counted (:func:`counted`) or
    followed by an ordinal in words: a common noun of the same spelling («یک سده» "one century",
    «سدهٔ هفتم» "the seventh century"; Sedeh, a town of Isfahan)."""
    return counted(words, i) or (words.spaced(i) and not words.norms[i + 1].isdigit()
                                 and ordinal_value(words.norms[i + 1]) is not None)


MINUTES = ("صورت", "مشروح")
"""Words before «مجلس» that make the minutes of a sitting, no body: «صورت مجلس», «صورت مشروح
مجلس» (tests/data/corpus/README.md: "the compound «صورت مجلس» (minutes) is not" an org)."""
_MINUTES = norms_of(MINUTES)


def minutes_before(words: Words, i: int) -> bool:
    """True when word ``i`` follows a word of :data:`MINUTES` (the minutes of a sitting)."""
    return i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _MINUTES


def org_head_rule(words: Words, triggers: list[int], places: dict[int, Span],
                  orgs: dict[int, Span], glued: dict[int, int] | None = None,
                  persons: dict[int, Span] | None = None, dates: Collection[int] = ()) -> Iterator[Span]:
    """Rule 5: organisation head + modifiers to a boundary, or + a quoted name. «اداره کل» (a
    general directorate, the bureaus of Iran's administration since the 1930s: «اداره کل نظمیه»)
    is one head that one modifier names, as :data:`STRONG_HEADS` are. «عالی» (supreme) right
    after a head is a modifier though a stop word («شورای عالی امنیت ملی»); «کشور» (the
    country's) ends a name it closes («دیوان عالی کشور»), and so does «کل کشور» (of the whole
    country: «سازمان بازرسی کل کشور»); an administrative head and its place
    are one modifier («دادسرای شهرستان ملایر»); a court's numbered branch is named with it
    (:data:`COURT_HEADS`: «شعبه 12 دیوان عالی کشور», «شعبه هفتم دیوان مزبور»), while a head and
    «مزبور» (aforesaid) alone name nothing. A paper known by its bare name is named without
    «روزنامه» (tests/data/corpus/README.md, sets 5 and 7: "newspapers are `org` without
    «روزنامه»": «روزنامه وقایع اتفاقیه» → «وقایع اتفاقیه», «روزنامۀ کیهان» → «کیهان», a quoted name
    alone: «روزنامهی «قانون»»; other periodicals are :func:`~.periodicals.periodical_rule`'s), unless its
    name is one adjective that names it only with the head («روزنامه رسمی», the official
    gazette); a paper's periodicity names no paper (:data:`PERIODICITIES`: «روزنامه هفتگی»), nor
    does a journey's or memoirs' journal (:data:`DIARIES`: «روزنامه سفر مشهد»).

    ``glued``: word index → letters of a preposition «ب» or demonstrative «آن»/«این» glued to
    the head («باداره معارف», «آنوزارت جلیله»: the name starts after them, as
    :data:`GLUED_HEAD_PREFIXES` says). ``persons``: start → person found, which a head of
    :data:`NAMED_AFTER_HEADS` takes into its name as it takes a place («دانشگاه فردوسی»).
    ``dates``: the starts of the dates found, where a name ends («وزارت امور خارجه نوروز را …»,
    «انجمن کچل‌های بین‌المللی جهان صبح امروز …»: a common noun before a date is the name's last)."""
    norms = words.norms
    glued = glued or {}
    if not glued and words.vocabulary.isdisjoint(_ORG_HEAD_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    persons = persons or {}
    on = switch()
    zone, ranked, public = on(zone_of, never), on(rank_after_noun, never), on(public_after_noun, never)
    seated, located = on(mission_seat, never), on(mission_location, never)
    domains_end = on(ministry_domains_end, never)
    glued_end, listed, provincial = on(glued_conjunct, never), on(listed_domains, never), on(provincial_council, never)
    closed, field_run = on(complement_closed, never), on(field_name_end, _no_end)
    glued_out, sent = on(glued_preposition_word, never), on(delegation, never)
    apart, named_country = on(suffix_apart, never), on(country_after, lambda *_: -1)
    national, stateless = on(national_body, never), on(stateless_mission, never)
    owned = partial(on(owner_after, _no_end), places=places, orgs=orgs)
    afghan_province, honoured = on(provincial_directorate, never), on(honoured_ministry, never)
    spoken, ulema = on(spokesperson_office, never), on(ulema_council, never)
    branded = on(brand_after_company, never)
    named = places.keys() | orgs.keys()  # (once: a head in a block naming thousands would copy them each)
    # (a set lookup leaves out the triggers that are no organisation head: most of them)
    for i in sorted({*compress(triggers, map(_ORG_HEAD_WORDS.__contains__, map(norms.__getitem__, triggers))),
                     *glued}):
        cut = glued.get(i, 0)
        head = norms[i][cut:]
        head = _YEH_HEADS.get(head, head)
        if head not in _ORG_HEADS or head in _GOVERNMENT_HEADS or head in _PERIODICAL_HEADS:
            continue  # (a periodical's name is :func:`~.periodicals.periodical_rule`'s)
        branch = _branch_before(words, i) if head in _COURT_HEADS and not cut else -1
        if branch < 0 and not cut and counted(words, i):
            continue  # «دو کنگره», «۳ حزب»: counted, so a common noun (not «دوره شانزدهم مجلس …»)
        if determined(words, i) or (head == _ASSEMBLY and minutes_before(words, i)) or sent(words, i, orgs):
            continue  # («صورت مجلس جزء دیرآمدگان»: the minutes, no body; «هیأت بلند رتبه»: a delegation)
        if head in _PLACE_ONLY_HEADS and not (words.spaced(i) and words.starts[i + 1] in places):
            continue
        if head == _CENTRE and capital_after(words, i, places):
            continue
        if head == _DIRECTORATE and not _directorate(words, i):
            continue
        # «حزب سازمان رهبری …», «کمپین حزب»: a head right before another (bare) head is "the
        # party's …", a possessive phrase; «مجلس شورای ملی» has the council in its ezafe form.
        if words.spaced(i) and head + norms[i + 1] in _ROLES:
            continue  # «روزنامه نگار» (journalist) written apart
        if words.spaced(i) and norms[i + 1] in _ORG_HEADS and not norms[i + 1].endswith("ای") \
                and norms[i + 1] != _DIRECTORATE and words.starts[i + 1] not in orgs and not _cabinet(words, i, i + 1):
            continue
        start = words.starts[i] + cut if branch < 0 else words.starts[branch]
        if words.spaced(i) and norms[i + 1] in _ANAPHORIC:
            # «شعبه هفتم دیوان مزبور»: a branch of the court named before; the head and «مزبور»
            # alone only point back to it, no name
            if branch >= 0:
                yield Span(start, words.ends[i + 1], "orgName", CANDIDATE_ATTRS)
            continue
        numbered = _numbered_province_after(words, i) if head == _GOVERNORATE else -1
        if numbered > i:  # «استانداری نهم», «استانداری استان ۹»: a numbered province's governorate
            yield Span(start, numbered, "orgName", CANDIDATE_ATTRS)
            continue
        office = _office_after(words, i) if not cut else -1
        if office > i:  # «دفتر نخست وزیر»: the office of a head of government or state
            yield Span(start, words.ends[office], "orgName", CANDIDATE_ATTRS)
            continue
        quote = _QUOTE_AFTER.match(words.folded, words.ends[i])
        if quote is not None:
            limit = quote.start(1) + _MAX_QUOTED + 1
            closing = words.folded.find(_QUOTES[quote.group(1)], quote.end(), limit)
            known = orgs.get(quote.end())
            # A quoted name the register knows («نهاد "زنان علیه طالبان"») stays the register's.
            if closing != -1 and not (known is not None and known.end == closing):
                if head in _PRESS_HEADS:  # «روزنامهی «قانون»», «روزنامة « استوار قم»»: the paper's name alone
                    yield quoted_name(words.folded, quote.end(), closing)
                else:
                    yield Span(start, closing + 1, "orgName", CANDIDATE_ATTRS)
            continue
        # «اداره کل نظمیه»: «کل» ("general") makes one head of «اداره», whose one modifier names it;
        # so does «محترم» of «وزارت» («وزارت محترم معارف», :func:`honoured_ministry`)
        general = int(words.spaced(i) and (head == _BUREAU and norms[i + 1] == _GENERAL
                                           or head == _DIRECTORATE and norms[i + 1] in _DIRECTORATE_GENERAL)
                      or honoured(words, i, head))
        last, has_place, titled = i + general, False, False
        j = i + 1 + general
        while j < len(words) and j - i <= _MAX_ORG_WORDS and words.spaced(j - 1):
            if words.starts[j] in dates:
                break
            place = places.get(words.starts[j]) or orgs.get(words.starts[j]) \
                or (persons.get(words.starts[j]) if head in _NAMED_AFTER else None) \
                or (places.get(words.starts[j + 1]) if norms[j] in _SETTLEMENT_HEADS and words.spaced(j) else None)
            if place is not None:
                has_place = True
                last = bisect_left(words.ends, place.end)
                j = last + 1
                # «شرکت نفت ایران و شوروی»: places joined by «و» are one part of the name.
                if words.spaced(last) and j + 1 < len(words) and norms[j] == _AND and words.spaced(j) \
                        and words.starts[j + 1] in places:
                    last = bisect_left(words.ends, places[words.starts[j + 1]].end)
                    j = last + 1
                elif words.spaced(last) and j < len(words) and words.starts[j] + len(_AND) in places \
                        and norms[j].startswith(_AND):  # «شرکت نفت ایران وشوروی»: «و» glued to the place
                    last = bisect_left(words.ends, places[words.starts[j] + len(_AND)].end)
                    j = last + 1
                elif seated(words, head, last, places) or located(words, head, last, places):
                    last = bisect_left(words.ends, places[words.starts[j + 1]].end)  # «… مقیم سویدن», «… در کابل»
                    j = last + 1
                # A place ends the name («حزب تودۀ ایران تاریخی …»), also before another head
                # («جبهه ملی ایران سازمان سیاسی … است»: the head starts what is said of it).
                break
            if norms[j] == _BETWEEN and words.spaced(j) and norms[j + 1] == _INTERNATIONAL:
                last = j + 1  # «بین المللی» written apart: one adjective («کمیته بین المللی صلیب سرخ»)
                j += 2
                continue
            if j > i + 1 and apart(words, j):
                last = j  # «ارگان های محلی», «عودت کنندگان»: a suffix typed apart, one word with the one before
                j += 1
                continue
            if j == i + 1 and ulema(words, i, head) and (province := _place_ahead(words, j, places)) > j:
                last, has_place = province, True  # «شورای علمای ولایت میدان وردک»: the province's council
                break
            if j == i + 1 and (spoken(words, i, head, orgs) or ulema(words, i, head) and norms[j] != _ULEMA_OF):
                last = j  # «دفتر سخنگوی وزارت …», «شورای علما»: the body after it, or none, names it
                j += 1
                continue
            if j == i + 1 and head in _REGIMENTS and ordinal_value(norms[j]) is not None:
                last = j  # «فوج پنجم شقاقی»: a regiment's number, then its town or tribe
                j += 1
                continue
            if norms[j] in _EMBASSY_EPITHETS and (norms[j - 1] == _EMBASSY or norms[j - 1] in _EMBASSY_EPITHETS):
                last, titled = j, True  # «سفارت کبرای آمریکا», «سفارت اعلیحضرت پادشاه انگلستان»
                j += 1
                continue
            if norms[j] == _SUPREME and norms[j - 1] in _ORG_HEADS:
                last = j  # «شورای عالی امنیت ملی», «دیوان عالی کشور»: «عالی» (supreme) after a head
                j += 1
                continue
            if ranked(words, i, j) or public(words, i, j):
                last = j  # «وزارت تحصیلات عالی», «دفتر راکد کل»: the rank of the noun before it; «… فوائد عامه»
                j += 1
                continue
            if norms[j] == _GENERAL and j > i + 1 and words.spaced(j) and norms[j + 1] == _COUNTRY:
                last = j + 1  # «سازمان بازرسی کل کشور»: «کل کشور» (of the whole country) ends it
                break
            if norms[j] == _COUNTRY and j > i + 1 and norms[j - 1] != _ABROAD:
                last = j  # «دیوان عالی کشور», «سازمان ثبت احوال کشور»: the country's, the name's end
                break  # («کمیته خارج کشور حزب …»: «خارج کشور», abroad, goes on)
            if norms[j] in _DESCRIPTIVE:
                last = -1  # «تلویزیون دولتی», «آژانس خبر رسانی رسمی ایران»: a description
                break
            if j == i + 1 and head in _BOARD_HEADS and norms[j] in _MEMBER_ROLES:
                last = -1  # «هیئت ممتحنه», «هیئت رئیسه»: a board of people (:data:`MEMBER_ROLES`)
                break
            if norms[j] in _PREDICATES or _tanwin(words, j):
                break  # «وزارت فرهنگ مکلف است», «وزارت معارف منعقد خواهد گردید», «… منحصرًا»: what is said of it
            if j > i + 1 and _detached_adjective(words, j):
                last = j + 1  # «آژانس بین المللی انرژی هسته ای»: an adjective in «ای» typed apart
                j += 2
                continue
            if (country := _country_ahead(words, i, j)) > 0:
                last = country  # «سازمان ثبت اسناد و املاک کشور»: «کشور» closes what is before it
                break
            if glued_end(norms[j]):
                # «وزارت اطلاعات وفرهنگ», «ریاست اطلاعات وفرهنگ»: a noun glued to «و», the name's last
                # noun, but for a place or body right after it («… وفرهنگ امارت اسلامی افغانستان»);
                # «وفرهنگ بادر نظرداشت», «دولت ومردم» go on with the sentence
                if j == i + 1:
                    break
                last = j
                if not (words.spaced(j) and (words.starts[j + 1] in places or words.starts[j + 1] in orgs)):
                    break
                j += 1
                continue
            if not (name_like(norms[j]) or norms[j] in _ORG_HEADS or _ezafe_plural(words, j)
                    or (_content_word(norms[j]) and _name_ahead(words, j, places, orgs))) or with_clitic(norms[j]) \
                    or with_copula(norms[j]) or glued_out(norms[j]):
                break
            # After a first modifier, a common noun is the sentence going on («مجلس شورای ملی
            # تشکیل …», «کمیسیون نفت جهت …»); adjectives in «ی» («ملی», «مرکزی») are the name's,
            # and so is a noun a place follows («وزارت امور خارجه ایالات متحده»), or one after the
            # state's epithet (:data:`STATE_EPITHETS`: «وزارت جلیله جنگ»), or the name's
            # end (:func:`_name_end_after`: «سازمان جهانی شراب،», «کمیسیون مخصوص نفت را»), and the
            # noun that says which affairs («وزارت امور خارجه اعلام کرد», «اداره امور مالیاتی»).
            if j > i + 1 + general and norms[j] in common_words() and not norms[j].endswith("ی") \
                    and norms[j] not in _ORG_HEADS and norms[j - 1] not in _ORG_HEADS \
                    and norms[j - 1] != _AFFAIRS and norms[j - 1] != _EZAFE_PLURAL \
                    and not (norms[j - 1] == _SUPREME and norms[j - 2] in _ORG_HEADS) \
                    and norms[j - 1] not in _STATE_EPITHETS \
                    and not (head in _NAMED_AFTER and is_given(norms[j])) \
                    and not (head in _PLACE_HEADED and stan_people(norms[j])) \
                    and not _name_ahead(words, j, places, orgs) \
                    and not _name_end_after(words, j) \
                    and not (words.spaced(j) and j + 1 < len(words) and words.starts[j + 1] in dates):
                break
            last = j
            j += 1
        if last > i and norms[last] == _COUNTRY and (country := named_country(words, last, places)) > last:
            last, has_place = country, True  # «وزارت امور داخله کشور ترکیه»: which country's
        if last < 0 or (titled and not has_place):
            continue  # (an embassy's epithets name it only with its country)
        if not has_place:
            # a ministry's domains, also of a ministry inside the name («ریاست عمومی تحقیقات وزارت زراعت، …»)
            ministry = head == _MINISTRY or (last > i + 1 and norms[last - 1] == _MINISTRY)
            fields = partial(field_run, places=places, bodies=orgs) if head in _FIELD_HEADS else None
            last = _coordinated(words, i, last, places, named, ministry, domains_end, apart, listed, closed, fields,
                                owned)
        # The noun of a compound verb is not part of the name: «… شراب اعلام کرد» (a light
        # verb follows), but «… مجلس شورای ملی رسید» keeps «ملی».
        if last > i and j < len(words) and words.spaced(last) and light_verb_at(words, j) \
                and words.starts[last] not in places and not _proper_word(norms[last]) \
                and not norms[last - 1].endswith(_EZAFE_AY):
            last -= 1  # (a word that is a name by itself is the name's: «بیمارستان الاتارب شد»; so is the
            # complement of a word in the ezafe form: «بمجلس شورای ملی بنمایند»)
        # «کمیته مرکزی حزب»: a head at the end is the generic "the party", not part of the name.
        while last > i and norms[last] in _ORG_HEADS and not _cabinet(words, i, last):
            last -= 1
        # One modifier is too little evidence («حزب سیاسی», «سازمان رهبری»): a name needs two,
        # or a place («اتحادیه اروپا»), or an organisation inside it.
        single = last == i + 1 or (last == i + 2 and norms[i + 1] == _BETWEEN)  # «کمیته بین المللی»
        # «ریاست وزرا», «شورای وزیران»: one name, no office
        premiership = head in _MINISTERS_BODIES and i + 1 < len(norms) and norms[i + 1] in _MINISTERS \
            or provincial(words, i, head) or ulema(words, i, head)  # «شورای ولایتی», «شورای علما»
        if last <= i + general or (single and not has_place and norms[i + 1] not in _ORG_HEADS and not premiership
                         and (head not in _STRONG_HEADS or stateless(head))
                         and not (head == _BUREAU and norms[i + 1] in _DEPARTMENTS)
                         and not (_proper_word(norms[i + 1]) and head not in _MOVEMENT_HEADS and head != _CENTRE)
                         and not national(words, i)):
            continue
        if head == _DIRECTORATE and (
                not premiership and (last < i + general + 2 or words.starts[i + general + 2] in places
                                     and not afghan_province(words, i + general + 2, places))
                or not _HONORIFICS.isdisjoint(norms[i + 1 : last + 1])):
            continue  # «ریاست ساخلو اصفهان»: one word, as often the office or its holder
        if head in _PLACE_HEADED and not has_place:
            # «قواه امنیتی افغان واقع در …»: the forces end with their people's name
            last = next((k for k in range(last, i, -1) if stan_people(norms[k])), -1)
            if last < 0:
                continue  # «نیروهای نیابتی», «نیروهای مرزبانی»: forces, no body without their country
        # «با شرکت فعال حاضرین»: a head that is an action or a generic noun in prose names a body
        # only with a place or body inside it, or a first word that is no everyday word.
        if head in _AMBIGUOUS_HEADS and not has_place and everyday_word(norms[i + 1]):
            continue
        if branded(words, i, head, last, orgs):
            continue  # «شرکت اپل»: the company's own name, found, stands alone
        if head == _ZONE and zone(words, i):
            continue
        end = words.ends[last]
        if head in _PRESS_HEADS:
            if (paper := orgs.get(words.starts[i + 1])) is not None and paper.end == end:
                continue  # «روزنامه وقایع اتفاقیه»: the gazetteer's paper, found without «روزنامه»
            if norms[i + 1] in _PERIODICITIES or norms[i + 1] in _DIARIES:
                continue  # «روزنامه هفتگی»: a weekly, no paper's name; «روزنامه سفر …»: a travel diary
            if not (last == i + 1 and relational_adjective(norms[last])):
                start = words.starts[i + 1]  # «روزنامه کیهان» → «کیهان»; «روزنامه رسمی» keeps its head
        if head in _PARTY_HEADS:
            end = _with_faction(words, last, end)
        yield Span(start, end, "orgName", CANDIDATE_ATTRS)


CENTRE = "مرکز"
"""«مرکز» (a centre), a body's head with two modifiers or a place («مرکز آمار ایران», «مرکز انسجام تحقیقات علمی»,
«مرکز میراث خطی», «مرکز مطالعات تاریخی افغانستان»: 19 rows of tests/data/corpus/ on 13 publishers); a single
word that is no everyday word names none («مرکز سوقو», the command post of an operation), and a place or an
administrative division after it makes it a capital (:func:`capital_after`)."""
_CENTRE = norm(CENTRE)
_CAPITAL_OF = norms_of((*ADMINISTRATIVE_HEADS, "زون", "ایالات", "ولایات"))


def capital_after(words: Words, i: int, places: Collection[int]) -> bool:
    """True when «مرکز» at word ``i`` is the capital or centre of a place, no body: a place found (``places``:
    their starts) or an administrative division (:data:`~.terms.ADMINISTRATIVE_HEADS`, Dari «زون», a zone of
    provinces) right after it («مرکز ولایت لغمان», «مرکز آذربایجان غربی», «در مرکز تهران», «مرکز زون شمال
    شرق»), or none at all («در مرکز و ولایات», the capital and the provinces)."""
    return not words.spaced(i) or words.starts[i + 1] in places or words.norms[i + 1] in _CAPITAL_OF


RANKS_AFTER_NOUN = ("عالی", "کل")
"""Adjectives of rank that are stop words elsewhere («عالی» higher, supreme; «کل» general, whole)
and stand inside a body's name after a noun of it, not only after its head: «وزارت تحصیلات عالی»
(mohe.gov.af's ministry of higher education, and «مؤسسه تحصیلات عالی تابش»), «دفتر راکد کل» (the
general dormant register of a 1329 law, blogfa-rashidnahal): :func:`rank_after_noun`."""
_RANKS_AFTER_NOUN = norms_of(RANKS_AFTER_NOUN)


def rank_after_noun(words: Words, i: int, j: int) -> bool:
    """True when word ``j`` of a body's name (head at word ``i``) is an adjective of rank
    (:data:`RANKS_AFTER_NOUN`) right after a noun of the name that is no head: the name goes on
    through it (after a head, «شورای عالی», «اداره کل», other rules take it). Not before «کشور»
    («… کل کشور», whose rule closes the name there)."""
    norms = words.norms
    return j > i + 1 and norms[j] in _RANKS_AFTER_NOUN and words.spaced(j - 1) and norms[j - 1] not in _ORG_HEADS \
        and name_like(norms[j - 1]) and not (words.spaced(j) and norms[j + 1] == _COUNTRY)


PUBLIC = "عامه"
"""«عامه» (public: an Arabic adjective in «ه», where Persian's end in «ی») after a noun of a body's name is the
name's, though a common word elsewhere: «وزارت محترم فوائد عامه» (kunduz.gov.af), «وزارت صحت عامه ج.ا.ا»
(moph.gov.af), «وزار فواید عامه» (mopw.gov.af), «آمریت اطلاعات و ارتباط عامه» (acaa.gov.af), «کميته آگاهي
عامه وتبليغات» (hpc.org.af), «اداره روابط عامه سفارت …» (ku.edu.af), «… آگاهی عامه پوهنتون بلخ»
(ba.edu.af): seven publishers' bodies (:func:`public_after_noun`)."""
_PUBLIC = norm(PUBLIC)


def public_after_noun(words: Words, i: int, j: int) -> bool:
    """True when word ``j`` of a body's name (head at word ``i``) is «عامه» (:data:`PUBLIC`) right after a
    name-like noun of the name: the name goes on through it."""
    return j > i + 1 and words.norms[j] == _PUBLIC and words.spaced(j - 1) and name_like(words.norms[j - 1])


_ZONE = norm("حوزه")
_ADJECTIVE_IN_YEH = ("ی", "یه")


def zone_of(words: Words, i: int) -> bool:
    """True when «حوزه» at word ``i`` is a zone, field or jurisdiction of the noun after it, no
    body: a noun, not an adjective in «ی»/«یه», follows it («حوزه کابل» and «حوزه کانکور ولایت
    وردک», an exam's zones on mohe.gov.af; «حوزه محکمه ابتدایی», a court's district in a law of
    1329, tests/data/corpus/). A body is named with an adjective: «حوزه علمیه قم» (the seminary),
    «حوزه هنری»."""
    return not (words.spaced(i) and words.norms[i + 1].endswith(_ADJECTIVE_IN_YEH))


_STAN = "ستان"


def stan_people(word: str) -> bool:
    """True for a people's name (norm form) that names its country with «ستان» (:func:`places.country_names`):
    «افغان» (Afghanistan), «ازبک», «تاجیک»."""
    return word + _STAN in _STAN_COUNTRIES


_STAN_COUNTRIES = norms_of(name for name in country_names() if name.endswith(_STAN))


def _country_ahead(words: Words, i: int, j: int) -> int:
    """Index of a «کشور» (the country's) that closes an organisation's name (head ``i``) a few
    words on from word ``j``, over name-like words and «و» (:data:`_MAX_ORG_WORDS` in all):
    «سازمان ثبت اسناد و املاک کشور», «سازمان برنامه و بودجه کشور», where a common noun or «و»
    would end the name too soon; -1 when none does. A head or a place on the way ends the look."""
    norms = words.norms
    if j <= i + 1 or _COUNTRY not in norms[j : i + _MAX_ORG_WORDS + 1]:
        return -1
    k = j
    while k - i <= _MAX_ORG_WORDS and norms[k] != _COUNTRY:
        if not words.spaced(k) or norms[k] in _ORG_HEADS or not (norms[k] == _AND or name_like(norms[k])):
            return -1
        k += 1
    return k if k - i <= _MAX_ORG_WORDS and norms[k - 1] != _AND and norms[k - 1] != _ABROAD else -1


EMBASSY_EPITHETS = ("کبری", "کبرای", "کبرا", "اعلیحضرت", "اعلی", "حضرت", "پادشاه", "امپراطور", "امپراتور")
"""Words that diplomatic notes and letters put between «سفارت» and the country: «کبری» (grand: an
embassy, not a legation: «سفارت کبرای آمریکا») and the sovereign the mission represents
(«سفارت اعلیحضرت پادشاه انگلستان», His Britannic Majesty's Legation), as the notes of the
Pahlavi era write them. Part of the name, which ends with the country."""
_EMBASSY_EPITHETS = norms_of(EMBASSY_EPITHETS)
_EMBASSY = norm("سفارت")
MISSIONS = ("سفارت", "سفارتخانه", "کنسولگری", "سرکنسولگری", "قونسولگری", "نمایندگی")
"""Diplomatic missions, named with their state and, after «مقیم» ("resident in"), their seat: «سفارت
ج.ا.ا مقیم سویدن» (afghanha.se's letter of the Afghan foreign ministry to its embassies), «سفارت
جمهوری اسلامی ایران مقیم لندن»."""
_MISSIONS, _RESIDENT = norms_of(MISSIONS), norm("مقیم")


PREDICATES = ("مکلف", "موظف", "ملزم", "مأمور", "مامور", "مجاز", "مختار", "مسئول", "مسؤول", "معاف",
              "منعقد", "منوط", "موکول", "مکلفند", "موظفند", "مجبور", "مستثنی", "مبنی", "صادر", "مصوب", "معین")
"""Predicates of formal and legal prose that follow the body they speak of and never name one
(«وزارت فرهنگ مکلف است», «وزارت معارف منعقد خواهد گردید», «حوزه محکمه ابتدایی منوط به …», «مجلس
منعقد بشود»: laws, bylaws and letters of four sets of the test collection; «مبنی بر», "to the effect
that": «به آژانس بین المللی انرژی هسته ای مبنی بر اینکه …»; «صادر», "issued": «از آنوزارت جلیله صادر و
فرستاده شود»; «مصوب», "approved on": «کمیسیون عفو و بخشودگی مصوب ۲۸ مهرماه ۱۳۲۴»; «معین», "set by": «از طرف
وزارت معارف معین», two statutes of the collection, round 27): an organisation's name ends before them,
also a name that goes on with «و» (:func:`_joinable`)."""
_PREDICATES = norms_of(PREDICATES)
_GOVERNORATE = norm("استانداری")
_SUPREME = norm("عالی")
_PRESS_HEADS = norms_of(("روزنامه", "روزنامۀ", "روزنامهٔ"))
PERIODICITIES = ("روزانه", "هفتگی", "دوهفتگی", "ماهانه", "ماهیانه", "فصلی", "سالانه", "یومیه")
"""How often a paper comes out («روزنامه هفتگی», «نشریه ماهانه»): a description after the press
head, not the paper's name."""
_PERIODICITIES = norms_of(PERIODICITIES)
DIARIES = ("سفر", "خاطرات")
"""Words after «روزنامه» that make it a diary («روزنامه سفر خراسان», «روزنامه خاطرات»: "journal of a
journey", "journal of memoirs", a Qajar genre of writing), no newspaper."""
_DIARIES = norms_of(DIARIES)
_REGIMENTS = norms_of(("فوج", "افواج"))
_COUNTRY = norm("کشور")
_ABROAD = norm("خارج")
COURT_HEADS = ("دیوان", "دادگاه", "دادسرا", "دادسرای", "محکمه")
"""Heads of courts and prosecution offices, whose numbered branches («شعبه ۱۲ دیوان عالی کشور»,
«شعبه هفتم دیوان مزبور») are named with them: Iran's courts have sat in numbered branches since the
Judiciary Organization Act of 1307/1928 (tests/data/corpus/README.md: a branch keeps its modifiers)."""
_COURT_HEADS = _heads(COURT_HEADS)
_BRANCH = norm("شعبه")
_ANAPHORIC = norms_of(("مزبور", "مذکور", "مزبوره", "مذکوره", "متذکره", "متذکر"))  # Dari «متذکره»: «کمیته متذکره»
_NUMBER_GAP = re.compile(r"\s+\d{1,4}\s+")


def _branch_before(words: Words, i: int) -> int:
    """Index of «شعبه» (branch) and its number in digits («شعبه 12») or an ordinal word («شعبه
    هفتم») right before word ``i``, or -1."""
    if i >= 1 and words.norms[i - 1] == _BRANCH and _NUMBER_GAP.fullmatch(words.gaps[i]):
        return i - 1
    if i >= 2 and words.norms[i - 2] == _BRANCH and words.spaced(i - 2) and words.spaced(i - 1) \
            and (ordinal_value(words.norms[i - 1]) is not None or is_number_word(words.norms[i - 1])):
        return i - 2
    return -1


_BUREAU = norm("اداره")
DIRECTORATE = "ریاست"
"""A directorate: the word for the departments of Afghanistan's administration («ریاست امنیت ملی», the
National Directorate of Security; «ریاست عمومی …»), and of Iran's older offices («ریاست وزرا», the Prime
Minister's office; «ریاست کل تشکیلات شهربانی»). It names a body with two modifiers before any place,
«کل» or «عمومی» ("general") not counted («ریاست کل …», as «اداره کل …»; «ریاست عمومی امنیت ملی»), or one
and an Afghan province, the directorate of a ministry there (:func:`provincial_directorate`), the
first no adjective of address («ریاست محترم کمیته …» is its chairman; with one word, «ریاست ساخلو
اصفهان», it is as often the office or its holder, whom a letter addresses so, and the collection's
annotators differ; but «ریاست وزرا», :data:`MINISTERS`, names the premiership alone); not after a
word that makes it a chairmanship (:data:`CHAIRED`: «به ریاست آقای …», «تحت ریاست …»), nor before
«جمهور»/«جمهوری» (the presidency, an office: «نامزد ریاست جمهوری»); and another head after it is the
body it heads («ریاست اداره فنی»), as after other heads."""
_DIRECTORATE = norm(DIRECTORATE)
MINISTERS = ("وزرا", "وزراء", "الوزرا", "الوزراء", "وزیران")
"""«ریاست» and the ministers, Iran's Prime Ministry until 1357 («دفتر ریاست وزرا» stamped on letters
of 1323 and 1326) and Afghanistan's («ریاست الوزراء ا.ا.ا», dpmea.gov.af), and «شورای» and the
ministers, Afghanistan's Council of Ministers («شورای وزیران», «شوراي وزيران»: afghanasamai.com's
and moj.gov.af's texts): a body's name though one word, unlike other directorates
(:data:`DIRECTORATE`) and councils, a place after it its state's."""
_MINISTERS = norms_of(MINISTERS)
_MINISTERS_BODIES = norms_of((DIRECTORATE, "شورای", "شورا"))
PROVINCIAL = "ولایتی"
"""«شورای» (council) and «ولایتی» (provincial): Afghanistan's provincial councils (its constitution of 1382,
article 138), one body in each province that the pages of its governors name by the adjective alone («شورای
ولایتی مشکلات مردم را …», helmand.gov.af; «شوراي ولايتي،», samangan.gov.af), a name though one word, as
«شورای وزیران» (:data:`MINISTERS`); «انجمن ولایتی» (a 1341 bylaw's provincial associations) stays a common noun."""
_PROVINCIAL, _COUNCILS = norm(PROVINCIAL), norms_of(("شورای", "شورا"))


def provincial_council(words: Words, i: int, head: str) -> bool:
    """True when the head at word ``i`` (``head``, its norm) is a council and «ولایتی» follows it
    (:data:`PROVINCIAL`): a body named by one modifier."""
    return head in _COUNCILS and i + 1 < len(words) and words.norms[i + 1] == _PROVINCIAL


ULEMA = ("علما", "علمای", "علماء")
"""«شورای» and the ulema (the plural of «عالم», and its ezafe form): an Afghan province's council of religious
scholars («شورای علمای ولایت میدان وردک», alemarahdari.af; «شورای علما،», badakhshan.gov.af), a body named
with that one word, as «شورای ولایتی» (:data:`PROVINCIAL`), and its province after it when the ezafe joins it."""
_ULEMA, _ULEMA_OF = norms_of(ULEMA), norm("علمای")  # (the ezafe form names a body only with what follows)


def ulema_council(words: Words, i: int, head: str) -> bool:
    """True when the head at word ``i`` (``head``, its norm) is a council and the ulema follow it (:data:`ULEMA`)."""
    return head in _COUNCILS and words.spaced(i) and words.norms[i + 1] in _ULEMA


_SPOKESPERSON_OF = norm("سخنگوی")


def spokesperson_office(words: Words, i: int, head: str, orgs: Mapping[int, Span]) -> bool:
    """True when «دفتر» at word ``i`` (``head``, its norm) is the office of the spokesperson of a body named right
    after «سخنگوی» (an organisation's head or one found, ``orgs``: start → organisation): «دفتر سخنگوی وزارت
    دفاع ملی» (mod.gov.af), «دفتر سخنگوی وزارت امور خارجه» (usembassy.ir), one body whose name holds the
    other's, as «دفتر سخنگو» alone is one (:func:`_office_after`)."""
    norms = words.norms
    return head == _OFFICE and i + 2 < len(words) and words.spaced(i) and norms[i + 1] == _SPOKESPERSON_OF \
        and words.spaced(i + 1) and (norms[i + 2] in _ORG_HEADS or words.starts[i + 2] in orgs)


_DIRECTORATE_GENERAL = norms_of(("کل", "عمومی"))  # «ریاست عمومی امنیت ملی»: Dari's general directorate
HONOURED = "محترم"
"""«محترم» (honourable) between «وزارت» and the ministry's domain: Afghan pages name a ministry so inside
the sentence, and the collection's annotators take it into the name: «وزارت محترم صحت عامه» (ba.edu.af),
«وزارت محترم فوائد عامه» (twice, kunduz.gov.af), «وزارت محترم امورخارجه» (ngo.gov.af), «وزارت محترم
معارف» (the teacher-training university of Kabul's pages): four publishers, every such ministry of the
collection (:func:`honoured_ministry`). Not after «ریاست», where it makes a chairmanship as often («به ریاست
محترم استاد …», hpc.org.af; «ریاست محترم کمیته انتظامی», historydocuments.org: :data:`DIRECTORATE`)."""
_HONOURED = norm(HONOURED)


def honoured_ministry(words: Words, i: int, head: str) -> bool:
    """True when «وزارت» at word ``i`` (``head``, its norm) has «محترم» (:data:`HONOURED`) right after it
    and a word after that: the honorific is the name's, its domain the word after it."""
    return head == _MINISTRY and i + 2 < len(words) and words.spaced(i) and words.norms[i + 1] == _HONOURED \
        and words.spaced(i + 1)


def honoured_domains(words: Words, found: dict[tuple[int, int], Span],
                     honoured: Callable[[Words, int, str], bool] = honoured_ministry) -> None:
    """Drop from ``found`` (range → candidate) the people found right after «وزارت محترم» (``honoured``:
    :func:`honoured_ministry`, or a switched-off test): the ministry's domain, which the rules of persons
    read as a name after a term of address («وزارت محترم فوائد عامه», kunduz.gov.af; «وزارت محترم
    امورخارجه», ngo.gov.af), so that :func:`org_head_rule` names the ministry."""
    if _HONOURED not in words.vocabulary:
        return  # (most blocks: no «محترم»)
    for key, span in list(found.items()):
        k = bisect_left(words.starts, span.start)
        if span.tag == "persName" and k >= 2 and honoured(words, k - 2, words.norms[k - 2]):
            del found[key]
CHAIRED = ("به", "تحت", "زیر")
"""Words before «ریاست» that make it a chairmanship ("under the chairmanship of")."""
_CHAIRED = norms_of(CHAIRED)
_PRESIDENCY = norms_of(("جمهور", "جمهوری"))
_HONORIFICS = norms_of(("عظام", "منیع", "محترم", "معظم"))  # «مقام منیع ریاست وزراء عظام»: a letter's addressee
DEPARTMENTS = ("معارف", "مالیه", "نظمیه", "امنیه", "صحیه", "عدلیه", "بلدیه", "اوقاف", "ارزاق", "غله", "گمرک",
               "گمرکات", "پست", "تلگراف", "تذکره", "انطباعات", "احصائیه", "شهربانی", "ژاندارمری", "فلاحت",
               "سیاسی", "کارگزینی", "حسابداری", "بازرسی", "دارایی")
"""What the departments («ادارات») of Iran's administration were named by, from the Qajar
ministries' bureaus to the Pahlavi provinces' offices (education, finance, police, gendarmerie,
health, justice, municipality, endowments, provisions, grain, customs, post, telegraph,
passports, the press, statistics, …; the political department of a ministry): «اداره» and one
of them names a body («اداره معارف», «ادارۀ شهربانی», «ادارۀ سیاسی»), as «اداره کل» and one
modifier does; «اداره» and another single word is as often the verbal noun ("the running of":
«اداره امور», «اداره مملکت»). (Registration, «ثبت», names one only with what it registers:
«اداره ثبت اسناد».)"""
_DEPARTMENTS = norms_of(DEPARTMENTS)
_GENERAL = norm("کل")
_PROVINCE_NUMBER = re.compile(r"\s+\d{1,2}(?!\d)")


_AFGHAN_PROVINCES = norms_of(provinces_of("AF"))


def provincial_directorate(words: Words, k: int, places: Mapping[int, Span]) -> bool:
    """True when the place found at word ``k``, right after a directorate's one modifier, is a province of
    Afghanistan (:func:`nashr.entities.places.provinces_of`): the ministry's directorate in that province,
    as Afghanistan's administration names its provincial offices («رياست زراعت کندز», mail.gov.af;
    «ریاست څارنوالی بدخشان», badakhshan.gov.af), a body. ``places``: start → place found."""
    last = bisect_left(words.ends, places[words.starts[k]].end)
    return "".join(words.norms[k : last + 1]) in _AFGHAN_PROVINCES


def _directorate(words: Words, i: int) -> bool:
    """True when «ریاست» at word ``i`` may name a directorate (:data:`DIRECTORATE`): no chairmanship
    or presidency, and a modifier after it that is no adjective of address."""
    norms = words.norms
    if i > 0 and words.spaced(i - 1) and norms[i - 1] in _CHAIRED:
        return False
    return words.spaced(i) and norms[i + 1] not in _PRESIDENCY and norms[i + 1] not in _ADDRESS_ADJECTIVES


def _numbered_province_after(words: Words, i: int) -> int:
    """The source offset where a numbered province after word ``i`` ends — an ordinal
    («استانداری دوم») or «استان» and its number in digits or an ordinal («استانداری استان ۹»;
    the provinces of the 1316/1937 law were numbered) — or -1."""
    if not words.spaced(i):
        return -1
    if ordinal_value(words.norms[i + 1]) is not None:
        return words.ends[i + 1]
    if words.norms[i + 1] != _PROVINCE:
        return -1
    if words.spaced(i + 1) and ordinal_value(words.norms[i + 2]) is not None:
        return words.ends[i + 2]
    digits = _PROVINCE_NUMBER.match(words.folded, words.ends[i + 1])
    return digits.end() if digits is not None else -1


GLUED_HEAD_PREFIXES = ("ب", "آن", "این")
"""A preposition and demonstratives that older texts glue to an organisation's head («باداره
معارف», «بوزارت», «آنوزارت جلیله» "that exalted ministry"): left out of the name (the test
collection's convention, tests/data/corpus/README.md). No everyday word is one of them glued to
a head of :data:`ORG_HEADS`; only the heads that name a body in any sense are taken glued
(:data:`STRONG_HEADS` and «اداره»: «بجمعیت» is "to the population")."""
_GLUED_HEAD_PREFIXES = tuple(sorted(norms_of(GLUED_HEAD_PREFIXES), key=len, reverse=True))
_GLUED_HEADS = _STRONG_HEADS | norms_of(("اداره",))
# every such word → the letters of its prefix (the longest prefix when two fit)
_GLUED_HEAD_WORDS = {prefix + head: len(prefix) for prefix in reversed(_GLUED_HEAD_PREFIXES) for head in _GLUED_HEADS}
# (a frozenset of its words: a set's isdisjoint with the block's vocabulary looks up the smaller's words in
# the other, where a dict's keys view looks each up through the generic containment test, 4× slower)
_GLUED_HEAD_SET = frozenset(_GLUED_HEAD_WORDS)


def glued_heads(words: Words) -> dict[int, int]:
    """Word index → letters of a :data:`GLUED_HEAD_PREFIXES` prefix, for the words that are
    one glued to an organisation head."""
    if _GLUED_HEAD_SET.isdisjoint(words.vocabulary):
        return {}  # (most blocks: one pass at C level)
    return {i: _GLUED_HEAD_WORDS[word] for i, word in enumerate(words.norms) if word in _GLUED_HEAD_WORDS}


_MIN_GLUED_MODIFIER = 3  # letters after the head: «مجلسین» (the two chambers) is one word


@lru_cache(maxsize=1 << 16)
def _head_glued_letters(word: str) -> int:
    """Letters of the organisation head (:data:`ORG_HEADS` as it stands, in the ezafe form too; no
    government head) at the start of ``word`` (norm form) when at least :data:`_MIN_GLUED_MODIFIER`
    letters follow it and the whole is no everyday word or listed name (:func:`_no_word_or_name`:
    «وزارتخانه», «دولتمردان» stay whole); 0 otherwise. The longest head is taken («شورای» before «شورا»)."""
    for letters in _HEAD_LENGTHS:
        if len(word) - letters >= _MIN_GLUED_MODIFIER and word[:letters] in _ORG_HEAD_WORDS:
            return letters if _no_word_or_name(word) else 0
    return 0


_HEAD_LENGTHS = sorted({len(head) for head in _ORG_HEAD_WORDS}, reverse=True)
_HEAD_GLUED = Passing(lambda word: _head_glued_letters(word) > 0)


def glued_modifiers(words: Words, places: Mapping[int, Span], bodies: Mapping[int, Span]) -> dict[int, int]:
    """Word index → letters of the organisation head at its start, for the words that are a head glued
    to its first modifier by a lost space (:func:`_head_glued_letters`) where the modifier says it is one:
    a place or body found from the letter after the head («شاروالیکابل», «پوهنتونکابل»: km.gov.af, the
    place found by the gazetteer after a glued noun, :data:`nashr.entities.tagger.GLUED_PLACE_NOUNS`),
    another head («مجلسشورای ملی»: Wikisource's resolution of 1330), or an adjective in «ی» of an
    everyday word (:func:`_adjective_modifier`) with a place or body found right after the word
    («دفترمطبوعاتي مشرانوجرگه»: meshran.website). :meth:`Words.split` reads each as two words, so that
    :func:`org_head_rule` takes the head and its modifiers as it does written apart; the name holds the
    whole glued word, as tests/data/corpus/README.md has a span on the source's characters. ``places``,
    ``bodies``: start → place, body found. A lookup per word of the block (:class:`Passing`)."""
    glued = _HEAD_GLUED.among(words.vocabulary)
    if not glued:
        return {}  # (most blocks: two set operations)
    cuts = {}
    norms, starts = words.norms, words.starts
    for i, word in enumerate(norms):
        if word not in glued:
            continue
        letters = _head_glued_letters(word)
        rest = word[letters:]
        modifier = words.cut_at(i, letters)[1]
        if (modifier in places or modifier in bodies or rest in _ORG_HEAD_WORDS
                or (_adjective_modifier(rest) and words.spaced(i)
                    and (starts[i + 1] in places or starts[i + 1] in bodies))):
            cuts[i] = letters
    return cuts


def _adjective_modifier(word: str) -> bool:
    """True for an adjective in «ی» of an everyday word (:func:`relational_adjective`: «مطبوعاتی») whose
    stem is no verb's present stem: «شناسی», «داری» (of «شناس», «دار») make a noun of the word before
    them, not a body's modifier («جمعیتشناسی ایران», the demography of Iran; «بانکداری»)."""
    return relational_adjective(word) and word[:-1] not in verb_stems()[1]


def heads_apart(words: Words, cuts: dict[int, int], triggers: list[int],
                glued: dict[int, int]) -> tuple[Words, list[int], dict[int, int]]:
    """The words of a block with the heads glued to their modifiers apart (``cuts``, of
    :func:`glued_modifiers`: :meth:`Words.split`), and the rule's ``triggers`` and ``glued`` heads (of
    :func:`glued_heads`) as indices of those words; the glued heads among the triggers."""
    if not cuts:
        return words, triggers, glued
    order = sorted(cuts)

    def moved(i: int) -> int:
        return i + bisect_left(order, i)

    return (words.split(cuts), sorted({*map(moved, triggers), *map(moved, order)}),
            {moved(i): letters for i, letters in glued.items()})


HEAD_OFFICES = ("نخست‌وزیر", "نخست‌وزیری", "صدراعظم", "صدارت", "رئیس‌جمهور", "رئیس‌جمهوری", "رییس‌جمهور",
                "رییس‌جمهوری", "ریاست‌جمهوری")
"""Offices of a head of government or state, whose «دفتر» is a body («دفتر نخست وزیر», «دفتر
ریاست جمهوری»: the Prime Minister's and the President's Office), written together or apart."""
_HEAD_OFFICES = norms_of(HEAD_OFFICES)
_OFFICE = norm("دفتر")
_SPOKESPERSON = norm("سخنگو")


def _office_after(words: Words, i: int) -> int:
    """The last word of an office of :data:`HEAD_OFFICES` right after «دفتر» at word ``i`` (one
    word or two), or of «سخنگو» (the Office of the Spokesperson of a ministry's letterhead: an
    office is one org, tests/data/corpus/README.md, set 8), or -1."""
    if words.norms[i] != _OFFICE or not words.spaced(i):
        return -1
    if words.norms[i + 1] in _HEAD_OFFICES or words.norms[i + 1] == _SPOKESPERSON:
        return i + 1
    if words.spaced(i + 1) and words.norms[i + 1] + words.norms[i + 2] in _HEAD_OFFICES:
        return i + 2
    return -1


def _name_ahead(words: Words, j: int, places: dict[int, Span], orgs: dict[int, Span]) -> bool:
    """True when a known place or organisation starts within the :data:`_MAX_AHEAD` words after
    word ``j``, with only name-like words between: the name goes on to it («دفتر هماهنگی امور
    بشردوستانه سازمان ملل متحد», «وزارت امور خارجه ایالات متحده»)."""
    for k in range(j, min(j + _MAX_AHEAD, len(words) - 1)):
        if not words.spaced(k):
            return False
        if words.starts[k + 1] in places or words.starts[k + 1] in orgs:
            return True
        if not _content_word(words.norms[k + 1]):
            return False
    return False


def _place_ahead(words: Words, j: int, places: Mapping[int, Span]) -> int:
    """Index of the last word of a place found within the :data:`_MAX_AHEAD` words after word ``j``, over a
    place's heads and name-like words («ولایت میدان وردک»: «وردک» found), or -1. ``places``: start →
    place found."""
    norms = words.norms
    for k in range(j, min(j + _MAX_AHEAD, len(words) - 1)):
        if not words.spaced(k):
            return -1
        if (place := places.get(words.starts[k + 1])) is not None:
            return bisect_left(words.ends, place.end)
        if not (norms[k + 1] in _PLACE_HEADS or _content_word(norms[k + 1])):
            return -1
    return -1


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> bool:
    """A noun or adjective that may stand inside a name before a place or organisation: no stop
    word, verb or number, nor a preposition written with its noun («درمورد ایران»: the sentence
    going on); a common word glued to «ب» may be one («بشر» of «حقوق بشر»)."""
    return (name_like(word) or (word[:1] == "ب" and word not in stop_words() and not looks_like_verb(word)
                                and not is_number_word(word))) \
        and not (word.startswith(_IN) and word[len(_IN):] in common_words())


def _ezafe_plural(words: Words, j: int) -> bool:
    """True when word ``j`` is a plural in «های» with the ezafe, a name-like word after it: the
    name goes on through it («گروه کاربری ویکی‌مدین‌های ایرانی», «اتحادیه انجمن‌های اسلامی
    دانشجویان»), as the ezafe asks for the word after it."""
    word = words.norms[j]
    return word.endswith(_EZAFE_PLURAL) and len(word) > len(_EZAFE_PLURAL) + 1 and word not in stop_words() \
        and words.spaced(j) and name_like(words.norms[j + 1])


_EZAFE_PLURAL = "های"
PARTICIPLES_APART = ("کننده", "کنندگان", "دهنده", "دهندگان", "گیرنده", "گیرندگان")
"""The agent participle of a compound verb typed as a word of its own, its ZWNJ lost: «عودت کنندگان»
for «عودت‌کنندگان» (returnees: «وزارت امور مهاجرین و عودت کنندگان», afghanembassy-tr), «مصرف کنندگان»."""
_PARTICIPLES_APART = norms_of(PARTICIPLES_APART)


def suffix_apart(words: Words, j: int) -> bool:
    """True when word ``j`` is a suffix typed apart from the word before it, its ZWNJ lost, so one
    word of a name with it: an agent participle's ending (:data:`PARTICIPLES_APART`), or the plural
    «های» with the ezafe that a name-like word follows («اداره مستقل ارگان های محلی», herat.gov.af;
    «سازمان سوسياليست هاي ايران», a statement of 1331; «اتحادیه نهاد های تحصیلات عالی خصوصی»,
    mohe.gov.af). The word before must be a name-like word, no head («وزارت ها» are ministries)."""
    norms = words.norms
    if j < 1 or not words.spaced(j - 1) or not name_like(norms[j - 1]) or norms[j - 1] in _ORG_HEADS:
        return False
    if norms[j] in _PARTICIPLES_APART:
        return True
    return norms[j] == _EZAFE_PLURAL and j + 1 < len(words) and words.spaced(j) and name_like(norms[j + 1])


_MAX_AHEAD = 3
_BETWEEN, _INTERNATIONAL = norm("بین"), norm("المللی")
DESCRIPTIVE = ("رسمی", "دولتی", "رسمي", "دولتي")
"""Adjectives that make a head and its modifiers a description, no name: «تلویزیون دولتی»
(state television), «آژانس خبر رسانی رسمی ایران» (Iran's official news agency)."""
_DESCRIPTIVE = norms_of(DESCRIPTIVE)
MEMBER_ROLES = ("ممتحنه", "ممتحنین", "ممتحن", "رئیسه", "رییسه", "قضات", "داوران", "منصفه", "موسس", "مؤسس", "موسسین",
                "مؤسسین", "رهبری")
"""What the members of a board do in a procedure, right after «هیئت» or «کمیته»: a board of
people, no body the collection names («هیئت ممتحنه» the examiners, «هیئت رئیسه» the presiding
officers, «هیأت قضات» the bench, «هیأت داوران» the jury, «هیات موسس» the founders; laws,
Majlis minutes, a trial and theses of the test collection); so are a body's leaders, «هیئت رهبری»
(«هیئت رهبری لوی څارنوالی» on ago.gov.af, «هیات رهبری پوهنتون کابل» on mohe.gov.af: the body after
it is the name), and Dari's «هیات ممتحن». «هیئت وزیران», «هیئت دولت» stay."""
_MEMBER_ROLES = norms_of(MEMBER_ROLES)
_BOARD_HEADS = norms_of(("هیئت", "هیأت", "هیات", "کمیته"))
DELEGATION_WORDS = ("بلند", "اعزامی", "عالیرتبه", "بلندرتبه", "عالی‌رتبه", "بلندپایه", "بلند‌پایه")
"""What makes «هیئت» a delegation, people sent somewhere, no body: its rank («هیأت بلند رتبه», aop.gov.af;
«هيئت بلند رتبه», helmand.gov.af; «هیئت عالی رتبه وزارت زراعت», mail.gov.af, «عالی» and «رتبه» apart),
its being sent («هيئت اعزامى ازولايت غزنى», helmand.gov.af) or its nation («هیات افغانی», afghanembassy-tr):
:func:`delegation`."""
_DELEGATION_WORDS, _RANK = norms_of(DELEGATION_WORDS), norm("رتبه")


def delegation(words: Words, i: int, orgs: Collection[int] = ()) -> bool:
    """True when «هیئت» (:data:`_CABINET_HEADS`) at word ``i`` is a delegation (:data:`DELEGATION_WORDS`), or
    «عالی رتبه» or a nation's adjective follows it («هیات افغانی»: :func:`stan_people`, a country's name
    in «ی»), or a body found (``orgs``: their starts) right after it, the body that sent it («هیات طالبان در
    مسکو», sputnik.af: the Taliban's delegation; the body is the name)."""
    norms = words.norms
    if norms[i] not in _CABINET_HEADS or not words.spaced(i):
        return False
    after = norms[i + 1]
    return after in _DELEGATION_WORDS or (after == _SUPREME and words.spaced(i + 1) and norms[i + 2] == _RANK) \
        or (after.endswith(_EZAFE_YEH) and (stan_people(after[:-1]) or after[:-1] in country_norms())) \
        or words.starts[i + 1] in orgs


_STATE, _CABINET_HEADS = norm("دولت"), norms_of(("هیئت", "هیأت", "هیات"))


def _cabinet(words: Words, i: int, k: int) -> bool:
    """True when word ``k`` is «دولت» right after a board's head at word ``i`` («هیئت دولت»,
    «هیأت دولت»: the cabinet, one body the test collection names whole), not the generic head
    another head ends with («کمیته مرکزی حزب»)."""
    return k == i + 1 and words.norms[i] in _CABINET_HEADS and words.norms[k] == _STATE


STATE_EPITHETS = ("قاهره", "همایون", "ابدمدت", "بهیه", "فخیمه", "جلیله", "جلیلهٔ", "جلیلۀ")
"""Epithets by which Qajar letters name a state after «دولت» («دولت قاهره», «دولت همایون» the
Shah's state; «دولت بهیهٔ انگلیس», «دولت فخیمه» foreign states) or a government after «حکومت»
(«حکومت جلیلهٔ دارالخلافه», Tehran's): the state, an organisation,
though «قاهره» is Cairo and «همایون» a given name elsewhere. Not «علیه» («دولت علیهٔ ایران»):
without its marks it is «علیه» "against" («اقدام دولت علیه مردم»); :func:`_exalted` tells them apart."""
_STATE_EPITHETS = _heads(STATE_EPITHETS)


def _with_faction(words: Words, last: int, end: int) -> int:
    """Extend a party name over «- faction name» (a dash and one or two name-like words)."""
    if last + 1 >= len(words) or not _DASH_AFTER.match(words.gaps[last + 1]):
        return end
    j = last + 1
    final = -1
    while j < len(words) and j <= last + 2 and name_like(words.norms[j]):
        final = j
        if not words.spaced(j):
            break
        j += 1
    return words.ends[final] if final >= 0 else end


BODY_POSTS = ("رئیس", "رییس", "مدیر", "مدیرکل", "مسئول", "مسؤول", "مسوول", "فرمانده", "فرماندهٔ", "سرپرست", "معاون")
"""Posts whose complement is the body they hold («رئیس اردوی گیلان», «مسئول بسیج دانشجویی دانشگاههای مازندران»,
«مدیر بخش فارسی صدای آمریکا»): :func:`post_body_rule` reads a body's name after them. Not «وزیر» and «سخنگوی»:
a minister's complement is the domain, no body («وزیر امور خارجه ایران»), and a spokesperson's body has a
head the head rule knows («سخنگوی وزارت خارجه»)."""
_BODY_POSTS = _heads(BODY_POSTS)
POST_QUALIFIERS = ("عمومی", "جدید", "جدیدالتقرر", "اسبق", "سابق", "پیشین", "فعلی", "اول", "دوم", "سوم", "علمی",
                   "اجرائیه", "اجراییه", "کل", "ارشد")
"""Words that qualify the post right after it («رئیس عمومی …», «رئیس جدید معارف …», «معاون علمی …»,
«رئیس اجرائیه …»): the post goes on, so no body's name starts there."""
_POST_QUALIFIERS = norms_of(POST_QUALIFIERS)
_MAX_POST_BODY_WORDS = 4  # words of a body's name before its place: «بسیج دانشجویی دانشگاههای مازندران»


def post_body_rule(words: Words, places: Mapping[int, Span]) -> Iterator[Span]:
    """A body's name right after a post that holds it (:data:`BODY_POSTS`) and ending with a place found:
    «رئیس اردوی گیلان» → «اردوی گیلان», «مسئول بسیج دانشجویی دانشگاههای مازندران», «رئیس آژانسی همکاری
    سوئیس» (the place nested, as tests/data/corpus/README.md «## entities.tsv» nests a place inside an
    organisation). One to :data:`_MAX_POST_BODY_WORDS` words stand before the place, with only spaces between
    them, none a stop word (so no head of a body, which the head rule reads, or of a place: «رئیس معارف ولایت
    بادغیس», a post of the province's directorate that the collection leaves untagged on three publishers, stops
    at «ولایت»; a body found ends no name here: «سرپرست هیات طالبان», «رئیس اقلیت دموکرات سنا» are posts), a
    verb or a word that qualifies the post (:data:`POST_QUALIFIERS`:
    «رئیس عمومی …», «رئیس جدید …»); «و» may join two of them («رئیس بازسازی و نوسازی ولایتی ترکیه»); «محترم»
    after the post is the post's honorific, outside («رئیس محترم معارف ساری»). «جمهور» after «رئیس» is the
    presidency, a post («رئیس جمهور افغانستان»). Yields ``orgName`` spans (source offsets)."""
    if words.vocabulary.isdisjoint(_BODY_POSTS) or not places:
        return
    norms, stops = words.norms, stop_words()
    for i in compress(range(len(words) - 1), map(_BODY_POSTS.__contains__, norms)):
        first = i + 1 + (norms[i + 1] == _HONOURED and words.spaced(i + 1))
        if not words.spaced(i) or first >= len(words) or norms[first] in _POST_QUALIFIERS \
                or norms[first] in _PRESIDENCY or norms[first] == _AND:
            continue
        for k in range(first, min(first + _MAX_POST_BODY_WORDS, len(words) - 1)):
            place = places.get(words.starts[k + 1]) if words.spaced(k) else None
            word = norms[k]
            if not words.spaced(k) or (word in stops and word != _AND) or looks_like_verb(word) or word.isdigit() \
                    or (word == _AND and k == first):
                break
            if place is not None and word != _AND:
                yield Span(words.starts[first], place.end, "orgName", CANDIDATE_ATTRS)
                break


SECTION_HEADS = ("بخش",)
"""A section of a body, named by a word or two and the body after them («بخش فارسی صدای آمریکا», «بخش قونسلی سفارت
افغانستان در سویدن», «بخش کنسولی سفارت جمهوری تاجیکستان»): :func:`section_rule`. «بخش» is a district's head too
(a place's, :data:`~.terms.PLACE_HEADS`), so the head rule leaves it."""
_SECTION_HEADS = _heads(SECTION_HEADS)
_MAX_SECTION_WORDS = 3  # words naming the section before its body: «دوم آسیایی», «سرویس مطبوعاتی»
SECTION_POINTERS = ("مربوطه", "مربوط", "ذیربط", "ذیربطه")
"""Words that point to a section as the one concerned («بخش مربوطه وزارت خارجه»), naming none; and those that
point back to one named before (the anaphoric «مزبور», «مذکور» of a court's branch)."""
_SECTION_POINTERS = norms_of(SECTION_POINTERS) | _ANAPHORIC


def section_rule(words: Words, bodies: Mapping[int, Span]) -> Iterator[Span]:
    """A section's name (:data:`SECTION_HEADS`) with one to :data:`_MAX_SECTION_WORDS` words that name it and the
    body found right after them (``bodies``: start → span), the body nested, as tests/data/corpus/README.md «##
    entities.tsv» nests an organisation named inside another: «بخش فارسی صدای آمریکا» (the collection has the
    section so on 12 publishers). The words have only spaces between them and none is a stop word (which leaves
    «بخش بزرگی از …», «بخش مهمی از …», a part of something), a plural («بخشهای مختلف …»), a word in the Latin
    script («بخش issue سایت GitHub») or one that points to a section named before (:data:`SECTION_POINTERS`:
    «بخش مربوطه وزارت خارجه»). Yields ``orgName`` spans (source offsets)."""
    if words.vocabulary.isdisjoint(_SECTION_HEADS) or not bodies:
        return
    norms, stops = words.norms, stop_words()
    for i in compress(range(len(words) - 2), map(_SECTION_HEADS.__contains__, norms)):
        for k in range(i + 1, min(i + 1 + _MAX_SECTION_WORDS, len(words) - 1)):
            word = norms[k]
            if not words.spaced(k - 1) or word in stops or looks_like_verb(word) or not name_like(word) \
                    or plural_of_word(word) or word in _SECTION_POINTERS or not ARABIC_LETTER.match(word):
                break
            body = bodies.get(words.starts[k + 1]) if words.spaced(k) else None
            if body is not None:
                yield Span(words.starts[i], body.end, "orgName", CANDIDATE_ATTRS)
                break
