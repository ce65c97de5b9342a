"""The shared word tests and lexicon lookups of the candidate rules.

Stop words are hazm's list plus clitics and titles, verb forms are recognised from hazm's verb stems
(:func:`looks_like_verb`).

What makes a word a name *in its position* (the seeds, typed without ZWNJ, showed how often a
registry given name is an everyday word): a given name is judged by three lexicons — everyday
words (:func:`everyday_word`: wordfreq's and hazm's counts), everyday given names
(:func:`everyday_given_names`) and Iranian family names (:func:`surnames`) — and asks of the
word after it what it needs (:func:`surname_need`, :func:`surname_like`); no name follows a
determiner or a superlative (:func:`determined`); a name ends at a pronominal enclitic
(:func:`with_clitic`) and before the noun of a compound verb (:data:`LIGHT_VERBS`); heads that
are actions in prose need evidence (:data:`nashr.entities.candidates.terms.AMBIGUOUS_HEADS`). Words
glued by a lost space are told apart here too, all by one test (:func:`glued_to`) with their links and
what the rest must be (:func:`glued_in`, :func:`glued_link`, :func:`glued_conjunct`,
:func:`glued_preposition_word`). Which names may be recalled by one word
later in the document is :func:`nashr.entities.candidates.people.titled` and
:func:`~nashr.entities.candidates.people.proved_name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib.resources import files

from nashr.entities import lexicon
from nashr.entities.candidates.terms import (
    _AND,
    _FEATURE_HEADS,
    _PLACE_HEADS,
    _SURNAME_ENDINGS,
    ADDRESS_TERMS,
    NAME_TITLES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
    _heads,
    norm,
    norms_of,
)
from nashr.entities.dates import MONTHS, WEEKDAYS
from nashr.entities.normalize import Words
from nashr.entities.numbers import is_number_word
from nashr.entities.places import country_names


@cache
def given_names() -> frozenset[str]:
    """One-word given names of :func:`nashr.entities.lexicon.given_names`, in norm form, less
    those that are dictionary words (``word`` in ``data/word_names_fa.tsv``; the two read
    together from ``data/given_names_fa.txt``, which ``scripts/make_entity_data.py`` writes),
    stop words, place heads or weekdays; with the everyday given names
    (:func:`everyday_given_names`, names first even when dictionary words: «سیمین», «رویا») and
    the foreign ones (:func:`foreign_given_names`) and the Afghan ones (:func:`afghan_given_names`).
    :func:`is_given` also asks :func:`name_like`
    (months stay: «آذر»), word by word as the text has them."""
    everyday = everyday_given_names() - stop_words() - _PLACE_HEADS - WEEKDAYS
    return frozenset((_data_words("given_names_fa.txt") - stop_words() - _PLACE_HEADS - WEEKDAYS) | everyday
                     | foreign_given_names() | afghan_given_names())


@cache
def afghan_given_names() -> frozenset[str]:
    """Afghan given names no Iranian list holds (``data/afghan_given_names_fa.txt``, written for nashr:
    Pashto names, Dari spellings, compounds written together: «ننگیالی», «اسحق», «عبدالستار»), in norm
    form, less stop words: listed names like the everyday ones (:func:`surname_need`)."""
    return _data_words("afghan_given_names_fa.txt") - stop_words()


@cache
def foreign_given_names() -> frozenset[str]:
    """Foreign given names in Persian transliteration («رابرت», «هوگو», «ند»;
    ``data/foreign_given_names_fa.txt``, written for nashr: no data package has them in the
    Persian alphabet), in norm form, less stop words. Many are everyday words in wordfreq's
    counts, which hold names («جورج»): they are names first all the same (:func:`surname_need`)."""
    return _data_words("foreign_given_names_fa.txt") - stop_words()


def _data_words(filename: str) -> frozenset[str]:
    text = files("nashr.entities").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return norms_of(line for line in text.splitlines() if line and line[0] != "#")


@cache
def common_words() -> frozenset[str]:
    """Words hazm's corpus counts 300,000 times or more (``data/common_words_fa.txt``)."""
    return _data_words("common_words_fa.txt")


@cache
def frequent_words() -> frozenset[str]:
    """Words wordfreq's Persian list counts ten times per million words or more (Zipf ≥ 4;
    ``data/frequent_words_fa.txt``, CC BY-SA 4.0), in norm form: sounder counts than hazm's,
    which has «زمینه» 100 times and «کمپین» never. Names are among them («محمد», «تهران»)."""
    return _data_words("frequent_words_fa.txt")


@cache
def everyday_given_names() -> frozenset[str]:
    """The 665 given names of everyday Iranian use (``persian-names``; ``data/
    everyday_given_names_fa.txt``), in norm form: «امید», «مینا», «علی» are names first."""
    return _data_words("everyday_given_names_fa.txt")


@cache
def surnames() -> frozenset[str]:
    """Iranian family names (``farsi-faker``'s 5,700; ``data/surnames_fa.txt``), in norm form
    (a spaced one as one word: «علی زاده» → «علیزاده»)."""
    return _data_words("surnames_fa.txt")


def everyday_word(word: str) -> bool:
    """True for a word (norm form) of everyday Persian: frequent in wordfreq or in hazm's corpus."""
    return word in frequent_words() or word in common_words()


WORD_SUFFIXES = ("ی", "م", "ت", "ش")
"""The indefinite «ی» and the possessive endings «‑م», «‑ت», «‑ش» that verse glues to a noun
(«دلی» "a heart", «پرم» "my wing"): with them an everyday word can spell a town's name."""


def suffixed_word(word: str) -> bool:
    """True when a word (norm form) is an everyday word of two letters or more with one of
    :data:`WORD_SUFFIXES` («دلی», «پرم»; Delhi and Perm in the gazetteer)."""
    return word.endswith(WORD_SUFFIXES) and len(word) >= 3 and everyday_word(word[:-1])


def word_like_given(word: str) -> bool:
    """True for a given name of the civil-registry list that is an everyday word and no
    everyday given name («زمینه», «کارگر», «روحیه», «مساله», «قدم»; not «امید», «مینا»).

    Iranian registers admit nouns and adjectives as given names, so the list holds thousands of
    ordinary words; in running prose such a word is a name only when an unmistakable surname
    follows (:func:`surname_like`)."""
    return everyday_word(word) and word not in everyday_given_names() and word not in foreign_given_names()


def plural_of_word(word: str) -> bool:
    """True for the plural of an everyday word («زندانیان» of «زندانی», «کارگران», «فعالیتها»):
    Persian plurals in «ان»/«ها»/«های»/«ات» mark common nouns; a family name in «…یان»
    («کریمیان») is built on a name, which :func:`surnames` or a given name shows. A plural in
    «گان» of a past participle («جان باختگان», «کشتگان», «درگذشتگان»: past stem + «گان») is one
    too; «گرگان», «زنگان» are built on no past stem."""
    if word.endswith(_PARTICIPLE_PLURAL):
        stem, past = word[: -len(_PARTICIPLE_PLURAL)], verb_stems()[0]
        # the stem itself («شدگان»), or a compound ending in one of three letters or more
        # («جانباختگان» written without a ZWNJ)
        if stem in past or any(stem[k:] in past for k in range(1, len(stem) - 2)):
            return True
    for ending in ("های", "ها", "ان", "ات"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and everyday_word(stem) \
                and stem not in surnames() and stem not in given_names():
            return True
    return False


_PARTICIPLE_PLURAL = "گان"
ANY_GIVEN, WORD_GIVEN, WORDLIKE_GIVEN, FOREIGN_GIVEN, UNLISTED_GIVEN = 0, 1, 2, 3, 4
"""How much a surname must prove after a given name (:func:`surname_need`)."""


_COUNTRY_GIVEN_NAMES = norms_of(country_names())


@lru_cache(maxsize=1 << 16)
def surname_need(given: str) -> int:
    """What the surname after the given name ``given`` (norm form) must prove: ``ANY_GIVEN``
    for a name that is no everyday word («شهلا», «کیوان»; a month: «آذر نفیسی»), ``WORD_GIVEN``
    for an everyday given name that is a word too («حسن», «آرمان», «فرهنگ»), ``WORDLIKE_GIVEN``
    for a word of the registry list (:func:`word_like_given`: «زمینه», «کارگر») and for a country's
    name that is a given name too («ایران», «مصر»: the country is named far more often), ``FOREIGN_GIVEN``
    for a foreign given name (:func:`foreign_given_names`) that is no common word («دونالد»: its
    family name may be frequent in the news, «ترامپ», but is no common word), ``UNLISTED_GIVEN``
    for a word of the civil-registry list that is no everyday word but no given name of
    :func:`everyday_given_names` either («بسی» "many", «بوته» "bush", «ایوب» in verse, where
    dialect and poetic words follow that no count knows: «بسی شند»; a name in «…الله», «…الدین»
    is a name whatever its count: «عطاءالله», «شمس‌الدین»)."""
    if given in foreign_given_names():
        return FOREIGN_GIVEN
    if given in _COUNTRY_GIVEN_NAMES and everyday_word(given):
        return WORDLIKE_GIVEN  # «ایران نوین», «ایران کهن»: the country and an adjective, not «ایران» the woman
    if given in MONTHS or not everyday_word(given):
        listed = given in MONTHS or given in everyday_given_names() or given in afghan_given_names() \
            or (given.endswith((_ALLAH, _DIN, *_HAQ_RAHMAN)) and given not in _ALLAH_DIN)
        return ANY_GIVEN if listed else UNLISTED_GIVEN
    return WORDLIKE_GIVEN if word_like_given(given) else WORD_GIVEN


@lru_cache(maxsize=1 << 16)
def surname_like(word: str, need: int = ANY_GIVEN) -> bool:
    """True when a word (norm form) can be the family name after a given name.

    In Persian naming the family name follows the given name; since the 1925 civil-registry law
    many family names are words too, so what the word must prove depends on the given name
    (``need``, :func:`surname_need`). Never a stop word, verb or number (:func:`name_like`).

    * After any given name but a registry word: a family name of :func:`surnames` that is no
      everyday word («آذر نفیسی», though «نفیس» is a word).
    * Never then the plural of an everyday word («مساله زندانیان») or an adjective in «ی» of
      one («رسمی», «پایانی»).
    * After any given name: a word with a suffix only family names have («…زاده», «…پور»,
      «…نژاد», «…نیا», «…فر», «…راد», «…وند», «…یان», «…لو», «…اوغلی»; not «…ی», which relational
      adjectives share) that is no everyday word itself («قدم جلو» is not), or, after a given
      name that is no registry word, no common word of hazm's counts (a famous family name is
      frequent in wordfreq's web counts: «محمدرضا شجریان»; not «… خداوند», «… دنیا»). After a
      registry word (``WORDLIKE_GIVEN``) nothing else: «طالع کامکار», «فضیلت قناعت» are phrases.
    * After an everyday given name that is a word too (``WORD_GIVEN``): also a listed family
      name that is an everyday word («حسن روحانی», «رضا حکمت»; not «آرمان سوسیالیسم»).
    * After a name that is no word (``ANY_GIVEN``): also any word that is no everyday word
      («شهلا دانشفر»; not «کارگر بیکار»).
    * After any given name, a registry word too: a nisba in «…ایی» / «…ائی» (of a place or
      forebear ending in a vowel) that is no everyday or common word («شمس کسمایی»; «روستایی» is
      a word): an adjective of an everyday word would be an everyday word itself.
    """
    if not name_like(word):
        return False
    if need == FOREIGN_GIVEN:  # «دونالد ترامپ»: a foreign surname, frequent in the news but no common word
        # (nor the plural of a word: «از جان شهروندان» "the citizens' lives", «جان» no John there)
        return (_foreign_like(word) and not plural_of_word(word)) or (word in surnames() and not everyday_word(word))
    everyday = everyday_word(word)
    if not everyday and word in surnames() and need != WORDLIKE_GIVEN:
        return True
    if relational_adjective(word) or plural_of_word(word):
        return False
    if word.endswith(_SURNAME_ENDINGS) and (not everyday or (need != WORDLIKE_GIVEN and word not in common_words())):
        return True  # «شجریان», «علیزاده»: a famous family name is frequent in wordfreq's web counts
    if vowel_nisba(word):
        return True  # «شمس کسمایی»
    if need == WORDLIKE_GIVEN:
        return False
    if need in (WORD_GIVEN, UNLISTED_GIVEN):
        return word in surnames()
    return word in surnames() or not everyday


_VOWEL_NISBA = ("ایی", "ائی")
_MIN_VOWEL_NISBA = 4  # letters: «کسمایی», not «مایی»


def vowel_nisba(word: str) -> bool:
    """True for a word (norm form) in «…ایی» / «…ائی» of five letters or more that is no everyday
    or common word: a nisba of a place or forebear ending in a vowel, a family name («کسمایی»,
    «طباطبایی»; «روستایی», «شمایی» are words), since an adjective of an everyday word is an
    everyday word itself."""
    return word.endswith(_VOWEL_NISBA) and len(word) > _MIN_VOWEL_NISBA and not everyday_word(word) \
        and word not in common_words()


def relational_adjective(word: str) -> bool:
    """True for an adjective in «ی» made from an everyday word («رسمی» of «رسم», «دولتی»,
    «پایانی» of «پایان»): such adjectives are rarer than their stems in any count, so the stem
    is judged. A stem that is an everyday given name makes a surname («رضایی», «حسینی»)."""
    if not word.endswith("ی") or len(word) < 4:
        return False
    stem = word[:-2] if word.endswith(("یی", "ئی")) else word[:-1]
    return everyday_word(stem) and stem not in everyday_given_names()


@cache
def stop_words() -> frozenset[str]:
    """hazm's stop words plus clitics and titles, in norm form: words that never start a name."""
    extra = (
        "را", "ها", "های", "هایی", "ای", "ی", "و", "نفر", "عزیز", "بالاخره", "سرانجام", "نهایتا",
        "بویژه", "خصوصا", "مخصوصا", "همینطور", "ضمنا", "گفت", "افزود", "روز", "سال", "ماه",
        "هفته", "امروز", "دیروز", "فردا", "رئیس", "رییس", "وزیر", "سخنگوی", "نماینده", "جمهوری",
        "تر", "ترین", "می", "نمی", "توسط", "مرا", "ترا", "خودم", "خودت", "خودش", "خودمان", "خودتان",
        "خودشان",
        # Arabic adverbs in «بال…» ("by the …"): «مجلس شورای ملی بالاتفاق» is "the Majlis unanimously"
        "بالاتفاق", "بالفعل", "بالقوه", "بالطبع", "بالعکس", "بالمره", "بالنتیجه", "بالجمله", "بالصراحه",
        "بالاجماع", "بالاخص", "بالتمام",
        # «به»/«از» glued to a demonstrative or pronoun in classical prose and verse: «دولت بدان
        # آراسته گشته است» (Kalila wa Dimna), «کزان», «بدیشان»
        "بدان", "بدین", "بدو", "بدیشان", "ازان", "ازین", "کزان", "کزین", "بدانجا", "بدینجا",
        # prepositions hazm's list lacks: «گزارش بانک جهانی پیرامون وضعیت اقتصادی افغانستان» ("about")
        "پیرامون", "راجع", "حول", "بابت", "نزد", "مطابق", "بنابر", "ازجمله",
        # quantifying pronouns hazm's list lacks, said of the people or bodies before them: «اعضای
        # مجلس همگی حاضرند», «اعضای اتحادیه محصلان هرکدام دیدگاهها …»
        "همگی", "همگان", "جملگی", "هرکدام", "هریک", "هردو",
        # adverbs of time and manner and a Dari preposition hazm's list lacks, said of the body or person before
        # them: «اداره مهاجرت چطور تصمیم میگیرد», «شورای عالی صلح اخیرا …», «وزارت آبیاری و منابع آب آنوقت به …»,
        # «دانشگاه البيروني منحيث …» ("as")
        "چطور", "آنوقت", "اخیرا", "اخیراً", "قبلا", "قبلاً", "بعدا", "بعداً", "منحیث",
    )  # fmt: skip
    words = (*lexicon.stopwords(), *extra, *NAME_TITLES, *ADDRESS_TERMS, *ORG_HEADS, *PLACE_HEADS, *ROLE_NOUNS)
    return norms_of(w.replace("_", " ") for w in words)


_VERB_PREFIXES = ("نمی", "می", "بی", "ن", "ب", "")
_PAST_ENDINGS = ("ستند", "ستیم", "ست", "یم", "ید", "ند", "ام", "ای", "اند", "م", "ی", "ه", "ن", "",
                 "هاند", "هایم", "هاید", "هاست", "هام")  # the perfect, ZWNJ folded: «فرموده‌اند»
_PRESENT_ENDINGS = ("یم", "ید", "ند", "م", "د")
_LONG_A, _GLIDE = "ا", "ی"
_APART_PREFIXES = ("می", "نمی")


@cache
def verb_stems() -> tuple[frozenset[str], frozenset[str]]:
    """(past, present) stems of hazm's verb list (:func:`nashr.entities.lexicon.verbs`), folded."""
    pairs = lexicon.verbs()
    past = norms_of(p for p, _ in pairs if len(p) > 1)
    present = norms_of(p for _, p in pairs if len(p) > 1)
    return past, present


@lru_cache(maxsize=1 << 16)
def looks_like_verb(word: str) -> bool:
    """True when a folded word is a verb form: prefix («می», «نمی», «ن», «ب») + stem + ending.

    A present stem + «ی» counts only with a prefix («میکنی»): «شکری», «گیلانی» are names. After
    «ب» or «ن», a stem's first «ا»/«آ» is written «ی» («بیفتد», «نیفتد» of «افت»,
    «بیندازد»: the prefix's glide, Persian grammars' «ب» + «ی» before a vowel; a stem in «آ»
    keeps it: «نیامد», «بیاورد», not «نیازی»), a present stem
    + «ی» not so («نیازی» is a word and a name).
    """
    past, present = verb_stems()
    for prefix in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if prefix in _GLIDE_PREFIXES and rest.startswith("ی") and any(
                _verb_rest(vowel + rest[1:], "", past, present) for vowel in _STEM_VOWELS):
            return True
        if prefix in _GLIDE_PREFIXES and rest.startswith("یا") and not rest.endswith("ی") \
                and _verb_rest(rest[1:], "", past, present):
            return True  # «نیامد», «بیاورد»: a stem in «آ» keeps its letter after the glide
        if _verb_rest(rest, prefix, past, present):
            return True
    return False


_GLIDE_PREFIXES = ("ب", "ن")
_STEM_VOWELS = ("ا", "آ")


def _verb_rest(rest: str, prefix: str, past: frozenset[str], present: frozenset[str]) -> bool:
    """True when ``rest``, a word after a verb prefix (``prefix``, maybe empty), is a stem and a
    person's ending (:func:`looks_like_verb`)."""
    for ending in _PAST_ENDINGS:
        if rest.endswith(ending) and rest[: len(rest) - len(ending)] in past:
            return True
    for ending in (*_PRESENT_ENDINGS, "ی") if prefix else _PRESENT_ENDINGS:
        if rest.endswith(ending) and rest[: len(rest) - len(ending)] in present:
            return True
    return False


LIGHT_VERBS = (("کرد", "کن"), ("شد", "شو"), ("داد", "ده"), ("گرفت", "گیر"), ("نمود", "نما"),
               ("زد", "زن"), ("داشت", "دار"), ("ساخت", "ساز"), ("یافت", "یاب"), ("گشت", "گرد"),
               ("برد", "بر"), ("آورد", "آور"), ("خورد", "خور"), ("کشید", "کش"), ("بست", "بند"),
               ("گردید", "گرد"), ("فرمود", "فرما"), ("ورزید", "ورز"))
"""The verbs that make compound verbs with a noun («اعلام کرد», «تصویب شد», «نام برد», «به دست
آورد», «شکست خورد», «دست کشید», «امید بست»; in formal prose «منعقد گردید», the honorific
«اعلام فرمودند», and «ورزید», frequent in Afghan news: «پوهنتون تأکید ورزید», «اشتراک ورزیدند»):
(past, present), as Persian grammars list them."""


_LIGHT_VERBS = tuple((norm(past), norm(present)) for past, present in LIGHT_VERBS)
_LIGHT_PASTS = tuple(sorted({past for past, _ in _LIGHT_VERBS}, key=len, reverse=True))
_PLURAL_PAST = norm("ند")
_PLURAL_PAST_PREFIXES = ("", "می", "نمی", "ن")


@lru_cache(maxsize=1 << 16)
def compound_verb_word(word: str) -> bool:
    """True for a word (norm form) that is a light verb's past in the plural (:data:`LIGHT_VERBS`:
    «گردیدند», «میکردند», whose stems hazm's verb list may lack), or an everyday noun with a light verb's past
    glued to it by a lost space, no word or listed name itself («دیدارنمود», «حضورداشت», «ایجادکرد»: Afghan
    provincial news, «والی ولایت دایکندی … دیدارنمود», mobta.gov.af); never part of a name («ولایت دیدارنمود»
    is no province, «شورا دیدارکرد» no council's name). «کارکرد», «یادداشت», «مهرداد» are words or names whole."""
    for past in _LIGHT_PASTS:
        if word.endswith(past + _PLURAL_PAST) and word[: -len(past) - len(_PLURAL_PAST)] in _PLURAL_PAST_PREFIXES:
            return True
        rest = word[: -len(past)]
        if word.endswith(past) and len(rest) >= _MIN_GLUED_REST and everyday_word(rest) and _no_word_or_name(word):
            return True
    return False


@lru_cache(maxsize=4096)
def light_verb(word: str) -> bool:
    """True when a word (norm form) is a form of a light verb (:data:`LIGHT_VERBS`). A present stem ending in
    «ا» takes «ی» before its ending («نمایند», «نمایید», «فرمایند»: the glide of Persian grammars; Afghan
    embassies' notices, «به سفارت ارائه نمایید», «به سفارت پست نمايند»)."""
    for prefix in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for past, present in _LIGHT_VERBS:
            if any(rest == past + e for e in _PAST_ENDINGS) or any(rest == present + e for e in _PRESENT_ENDINGS):
                return True
            if present.endswith(_LONG_A) and any(rest == present + _GLIDE + e for e in _PRESENT_ENDINGS):
                return True
    return False


def light_verb_at(words: Words, j: int) -> bool:
    """True when word ``j`` is a light verb (:func:`light_verb`), or «می»/«نمی» written apart before one («توزیع
    می گردد», «انتخاب می شوند»: the prefix typed as a word of its own). With the glide of :func:`light_verb`, 6
    false organisations of tests/data/corpus/ on 5 publishers end before the compound verb's noun (a strong head's
    one modifier: «به سفارت ارسال نمايند», afghanembassy.se, afghanembassy.ca, au.edu.af, morr.gov.af, ago.gov.af)."""
    norms = words.norms
    return light_verb(norms[j]) or (norms[j] in _APART_PREFIXES and words.spaced(j) and light_verb(norms[j + 1]))


@lru_cache(maxsize=1 << 16)
def name_like(word: str) -> bool:
    """True when a word (norm form) can be part of a name: not a stop word, verb (a compound verb's glued
    too: :func:`compound_verb_word`), number, month or weekday, nor a stop word with the copula glued
    («کدامست», «اینست»: :func:`_copula_glued_to_stop_word`), nor «به» glued to a common word («بعنوان» for
    «به عنوان»), nor a word with the ezafe «ای» («اعضای», «احیای»), nor «در» glued to a common word
    («درخصوص», «درتهران»: :func:`glued_in`)."""
    return (
        len(word) >= 2
        and not word.endswith("ای")
        and not glued_in(word)
        and word not in stop_words()
        and not is_number_word(word)
        and word not in MONTHS
        and word not in WEEKDAYS
        and not looks_like_verb(word)
        and not compound_verb_word(word)
        and not (word[0] == "ب" and word[1:] in common_words())
        and not _copula_glued_to_stop_word(word)
    )


_COPULA_GLUED = "ست"  # «است» glued to a word in a vowel or «ن»: «کجاست», «اینست»


@lru_cache(maxsize=1 << 12)
def _copula_glued_to_stop_word(word: str) -> bool:
    """True for a stop word with the copula «است» glued to it as «ست» («کدامست», «کجاست», «اینست»,
    «آنست»: "which is", "where is", "this is"), no given name: the sentence's predicate."""
    stem = word[: -len(_COPULA_GLUED)]
    return word.endswith(_COPULA_GLUED) and len(stem) >= _MIN_COPULA_STEM and stem in stop_words() \
        and not is_number_word(stem) and not is_given(word)


_MIN_COPULA_STEM = 2  # letters: «آنست»; not «بست» («ب» + «ست»), a word and a town


_IN_GLUED = (norm("در"),)
_MIN_GLUED_REST = 3  # letters of the word a link is glued to: «درخصوص», «ومردم»; not «وفا»


def glued_to(word: str, links: tuple[str, ...], rest: Callable[[str], bool], min_rest: int = _MIN_GLUED_REST) -> bool:
    """True when a word (norm form) is one of ``links`` (a preposition, «و», «هر») written together
    with a word of ``min_rest`` letters or more that passes ``rest`` («درخصوص», «ومردم», «بامردم»), as
    informal and scanned texts write them: the one shape of the glued-word tests below, which differ
    in their links, in what the rest must be and in which whole words they leave alone."""
    if not word.startswith(links):  # (most words: one test in C)
        return False
    for link in links:
        if word.startswith(link) and len(word) - len(link) >= min_rest and rest(word[len(link):]):
            return True
    return False


def glued_in(word: str) -> bool:
    """True when a word (norm form) is the preposition «در» (in) written together with a word of
    :func:`common_words` (which holds the big cities), as informal and scanned texts write it
    («درخصوص» "regarding", «درتهران» "in Tehran"): a phrase that starts after a name, never part
    of one. A word that is itself an everyday word («دربار», «درمان») or a listed name («درانی», the
    Durrani: :func:`_no_word_or_name`) is no such pair."""
    return glued_to(word, _IN_GLUED, common_words().__contains__) and _no_word_or_name(word)


_DARI_GLUED_TITLES = ("دوکتور", "داکتر", "دکتور", "دکتر", "انجینیر", "انجنیر", "مهندس", "الحاج", "مولوی")
"""Titles inside the name (:data:`NAME_TITLES`) that Afghan offices' pages glue to it by a lost space:
«انجنیرعزت الله صدیقی» (km.gov.af), «داکترعبدالصبورفخري» (meshran.website), «دکتورعبدالله» (mohia.gov.af);
the longest first («دوکتور» before «دکتور»)."""
_GLUED_TITLES = ("سید", "میرزا", "میر", "حاج", "شیخ", "ملا", *_DARI_GLUED_TITLES)
_GLUED_TITLE = re.compile(rf"^(?:{'|'.join(_GLUED_TITLES)})+(.{{3,}})$")  # «میرسیدکاظم»: titles in a row


@lru_cache(maxsize=1 << 16)
def is_given(word: str) -> bool:
    """A given name, or one glued to a title before it («سیدمحمدرضا», «میرزاعلی»), or an
    Arabic compound name in «…الدین» («مظفرالدین», «ناصرالدین»: "… of the faith") or in «عبدال…»
    («عبداللطیف», «عبدالجمیل», «عبدالحق»: "servant of the …", one of God's names after it; given
    names by their form), or a given name glued to «شاه» («رضاشاه»)."""
    if word in given_names():
        return name_like(word) or word in MONTHS or word in afghan_given_names()  # «داود», no verb
    if _LAQAB.fullmatch(word) or ABD_NAME.fullmatch(word) or _royal(word):
        return True
    glued = _GLUED_TITLE.match(word)
    return glued is not None and ((glued.group(1) in given_names() and name_like(glued.group(1)))
                                  or _LAQAB.fullmatch(glued.group(1)) is not None)  # «سیدجلال‌الدین»


_ALLAH = norm("الله")
_DIN = norm("الدین")
HAQ_RAHMAN = ("الحق", "الرحمن")
"""Second words of Afghan and South Asian given names in «… الحق» ("… of the Truth") and «… الرحمن»
("… of the Merciful") written apart («داكتر شمس الحق كاكر», afghanasamai; «ضیاء الحق», «فضل الرحمن»):
after a given name they make one given name, as «… الله» does; not after «الله» (the basmala's
«بسم الله الرحمن الرحیم»)."""
_HAQ_RAHMAN = norms_of(HAQ_RAHMAN)
_ALLAH_DIN = frozenset((_ALLAH, _DIN, *_HAQ_RAHMAN))  # the second words of :func:`_allah_name`


@lru_cache(maxsize=1 << 16)
def _royal(word: str) -> bool:
    """A given name glued to «شاه», «خان» or «بیگ» («رضاشاه», «احمدشاه», «ناصرالدینشاه», «رضاخان»,
    «ابراهیمبیگ»: «ابراهیم‌بیگ» whose ZWNJ a web copy lost)."""
    title = _SHAH if word.endswith(_SHAH) else _KHAN if word.endswith(_KHAN) else _BEG if word.endswith(_BEG) else ""
    return bool(title) and len(word) > len(title) + 1 and (
        word[: -len(title)] in given_names() or _LAQAB.fullmatch(word[: -len(title)]) is not None)


_LAQAB = re.compile(r"\w{2,}الدین")
ABD_START = "عبدال"
ABD_NAME = re.compile(rf"(?<!\w){ABD_START}\w{{3,}}")  # «عبداللطیف»: «عبد» "servant", the article, a name of God
_SHAH = "شاه"
_KHAN = "خان"
_BEG = "بیگ"


def _foreign_like(word: str) -> bool:
    """A name-like word that is not a common word, an adjective or a plural in «ها» of one:
    «اوباما», «تیلرسن» (not «امور», «خارجه», «شهرداریها»; «برایان» is no plural of «برای»)."""
    return name_like(word) and word not in common_words() and not relational_adjective(word) \
        and not (word.endswith(("ها", "های", _PARTICIPLE_PLURAL)) and plural_of_word(word)) \
        and not (len(word) >= 5 and word.endswith("ند") and word[:-2] in common_words()) \
        and not (len(word) >= 4 and word.endswith("م") and word[:-1] in common_words())  # «مایلند», «عزیزم»


DETERMINERS = ("این", "آن", "همین", "همان", "هر", "هیچ", "چند", "چندین", "کدام", "فلان", "همه", "برخی")
"""Words before a noun that make it a common noun: a demonstrative, a quantifier, an
interrogative («این حزب», «هیچ انسان منصفی»). A proper name takes none."""
_DETERMINERS = _heads(DETERMINERS)


def determined(words: Words, i: int) -> bool:
    """True when word ``i`` follows a determiner (:data:`DETERMINERS`) or a superlative
    («بزرگترین کمپین», «توده ای ترین کمپین»: a superlative adjective stands before its noun in
    Persian and makes it a description)."""
    if i == 0 or not words.spaced(i - 1):
        return False
    before = words.norms[i - 1]
    return before in _DETERMINERS or before.endswith("ترین")


CLITICS = ("ش", "شان", "تان", "مان")
"""Pronominal enclitics («ضرورتش» "its necessity", «رهبرانشان»): they close a noun phrase, and a
name holds none."""


@lru_cache(maxsize=1 << 16)
def with_clitic(word: str) -> bool:
    """True for an everyday word with a pronominal enclitic (:data:`CLITICS`) that is no word,
    given name or family name itself («ضرورتش»; not «آرش», «داریوش»)."""
    if everyday_word(word) or word in given_names() or word in surnames():
        return False
    return any(word.endswith(c) and everyday_word(word[: -len(c)]) for c in CLITICS)


_MAX_FEATURE_WORDS = 4
_GLUED_PREPOSITIONS = tuple(sorted(norms_of(("در", "از", "با", "به", "تا"))))


COPULA_ENDINGS = ("یم", "ید", "ند", "م")
"""Endings of the copula glued to an adjective or noun («سپاسگزارم» "I am grateful", «ممنونیم»)."""


@lru_cache(maxsize=1 << 16)
def with_copula(word: str) -> bool:
    """True for an everyday word with a copula ending glued to it that is no word or given name
    itself («سپاسگزارم», «موفقند»): a predicate that ends the sentence, no name's word."""
    return not everyday_word(word) and not is_given(word) and any(
        word.endswith(ending) and len(word) - len(ending) >= _MIN_GLUED_REST and everyday_word(word[: -len(ending)])
        for ending in COPULA_ENDINGS)


@lru_cache(maxsize=1 << 16)
def _glued_preposition(word: str) -> bool:
    """True for a preposition glued to an everyday word by a lost space («درمقابل», «بامردم»):
    the sentence going on, no name."""
    return glued_to(word, _GLUED_PREPOSITIONS, everyday_word)


def glued_preposition_word(word: str) -> bool:
    """True for a preposition, or the determiner «هر», glued to an everyday word by a lost space that is no
    word, given name or family name itself («ازهموطنان», «بامردم», «هرنوع»; not «باران», «درمان»,
    «هرچند»): the sentence going on after a body's name («کمیسون شکایات انتخاباتی ازهموطنان عزیز …»,
    iecc.gov.af; «وزارت امور زنان هرنوع اعمال خشونت …», mowa.gov.af), never a word of it
    (:func:`org_head_rule`)."""
    return (_glued_preposition(word) or glued_to(word, _EVERY, everyday_word)) and _no_word_or_name(word)


_EVERY = (norm("هر"),)


def _no_word_or_name(word: str) -> bool:
    """True for a word (norm form) that is no everyday word and no listed name itself: what a glued pair
    must be to be read as two words («ومردم»; not «وحدت», «وکیل», «باران», «درانی»)."""
    return not everyday_word(word) and not _listed_name(word)


def _listed_name(word: str) -> bool:
    """True for a word (norm form) of the given-name (Iranian or Afghan) or family-name lists: the names
    the glued-word tests leave whole (not :func:`is_given`, which asks :func:`name_like`, which asks
    :func:`glued_in`)."""
    return word in given_names() or word in afghan_given_names() or word in surnames()


def _glued_and(word: str) -> bool:
    """True for «و» glued to an everyday word by a lost space («قریه ومزرعه», the village and the
    farm): a list of nouns going on, no name."""
    return glued_to(word, (_AND,), everyday_word)


def glued_conjunct(word: str) -> bool:
    """True for «و» glued to an everyday word by a lost space that is no word, given name or family
    name itself («وفرهنگ», «ومردم», «وطالبان»; not «وحدت», «وکیل»): in Dari's news pages (moic.gov.af,
    samangan.gov.af) the last noun of a name joined by «و» («وزارت اطلاعات وفرهنگ»), or the sentence
    going on with another noun («دولت وطالبان», «حکومت ومردم»): never a government's holder
    (:func:`government_rule`), and the end of a body's name (:func:`org_head_rule`)."""
    return _glued_and(word) and _no_word_or_name(word)


_TO = norm("ب")
_GLUED_FEATURES = frozenset(_TO + head for head in _FEATURE_HEADS)  # «بدشت», «بکوه»


GLUED_LINKS = ("در", "از", "و")
"""A preposition or «و» that informal and scanned texts, Afghan official news most, write together
with the word after it («ازاین», «درطی», «ومردم», «ودشمنان»: helmand.gov.af, samangan.gov.af):
:func:`glued_link`."""
_GLUED_LINKS = tuple(sorted(norms_of(GLUED_LINKS)))
_STOP_LINKS = tuple(link for link in _GLUED_LINKS if len(link) > 1)  # «در», «از»: not «و» («وزیر» is no «و» + «زیر»)
_MIN_GLUED_STOP = 2  # letters of a stop word after «در» or «از»: «درطی», «ازاین»


def glued_link(word: str) -> bool:
    """True when a word (norm form) is «در» or «از» written together with a stop word («دراین»,
    «ازاین», «درطی»: frequent so, an everyday word by its counts), or a word of :data:`GLUED_LINKS`
    together with a word of :func:`common_words` or its plural («ومردم», «ودشمنان») and no everyday
    word itself («وکیل», «درمان»): a phrase that starts after a name, never part of one. A listed
    given or family name («وحید», «درانی») is none; nor is «و» with a stop word («وزیر» is no «و» + «زیر»)."""
    if not word.startswith(_GLUED_LINKS) or _listed_name(word):
        return False
    return glued_to(word, _STOP_LINKS, stop_words().__contains__, _MIN_GLUED_STOP) or (
        glued_to(word, _GLUED_LINKS, _common_or_plural) and not everyday_word(word))


def _common_or_plural(word: str) -> bool:
    return word in common_words() or plural_of_word(word)


def verb_noun(words: Words, k: int) -> bool:
    """True when word ``k`` is an everyday word a light verb follows, or the future auxiliary and
    a light verb («انجام خواهد گرفت»): the noun of a compound verb («ایران نجات یافته اند»,
    «اعلام کرد»), not a family name."""
    return everyday_word(words.norms[k]) and _light_verb_after(words, k)


def _light_verb_after(words: Words, k: int) -> bool:
    """True when a light verb follows word ``k``, or the future auxiliary and a light verb
    («انجام خواهد گرفت»)."""
    if not words.spaced(k):
        return False
    if words.norms[k + 1] in _FUTURE_AUXILIARIES and words.spaced(k + 1):
        k += 1
    return light_verb(words.norms[k + 1])


FUTURE_AUXILIARIES = tuple(prefix + "خواه" + ending for prefix in ("", "ن")
                           for ending in ("م", "ی", "د", "یم", "ید", "ند"))
"""The forms of «خواستن» that make the future tense before a past stem («انجام خواهد گرفت»)."""
_FUTURE_AUXILIARIES = norms_of(FUTURE_AUXILIARIES)
