"""Candidate rules for people by given names, titles and lists.

  1. :func:`given_name_rule` — a given name (``persian-gender-detection``'s list, 19,881 names;
     also glued to a title: «سیدمحمدرضا») followed by a surname-like word: «غلام اکبری»; a
     second given name joins («محمد علی رضایی»), a surname part written apart joins («تقی
     زاده»), a short first surname word takes the word after it («بهرام نیک نام»), and a
     title after the given name is part of it («وجیهه خانم», «ناصرالدین شاه»). A month name
     that is also a given name («آذر», «بهمن», «مهر») starts a name only when no day number
     stands before it. Foreign given names in Persian transliteration («رابرت», «هوگو»: the
     hand-written ``data/foreign_given_names_fa.txt``) take a family name that is no common
     word («دونالد ترامپ», «هوگو شاوز»).
  1a. :func:`glued_name_rule` — a given name and a family name glued by a lost space («کیوانسمیعی»).
  1e. :func:`arabic_nisba_rule` — a given name and nisbas with the Arabic article, as the
     ulama signed («محمدحسن الحسینی الشیرازی»).
  1f. :func:`letter_name_rule` — a given name of everyday use as a letter calls someone («مریم عزیزم،»).
  1h. :func:`tazieh_rule` — the hero a ta'zieh is named after («تعزیه حر», «مجلس تعزیه شهادت حضرت عباس»).
  1i. :func:`and_glued_name_rule` — «و» glued to the given name after it.
  1j. :func:`kinship_rule` — two given names linked by a kinship noun.
  1k. :func:`kin_given_rule` — a given name alone after a kinship noun.
  1l. :func:`simile_rule` — a given name before a word of likeness.
  1m. :func:`romance_rule` — the couple a romance or epic is named by («لیلی و مجنون»), and
     :func:`couple_apart` across a bayt.
  2. :func:`title_rule` — titles that are part of the name («حاج», «سید», «میرزا», «شیخ»,
     «ملا», «دکتر» …; the extent includes them: «حاج میرزا علی», «دکتر طاهری») or terms of
     address that are not («آقای», «خانم», «رفیق» …: «آقای ترامپ» → «ترامپ»), then one to three
     name-like words.
  2a. :func:`title_name_rule` — a court title that is a name by itself («عزیزالسلطان», «قوام‌السلطنه»).
  2d. :func:`lady_rule` — an uncommon word and «خانم»/«بیگم» after it, a woman's name of that era
     («کوکب خانم»).
  3. :func:`list_rule` — two name-like words in a «،»/«و» list next to a known person.
  3c. :func:`person_list_rule` — one-word family names in a «،» list a known person opens.
  :func:`sahib_outside` — Dari's honorific «صاحب» left out of the people found («داوودزی صاحب» → «داوودزی»).

Each label is one rule's; the letters missing here are other modules' (1b–1d, 1g, 2b, 2c:
:mod:`nashr.entities.candidates.arabic_names`; 3b: :mod:`nashr.entities.candidates.roles`).

The tagger's tests of a known name in its position are here too (:func:`titled`,
:func:`proved_name`, :func:`after_personal_address`, :func:`language_named` …).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator

from nashr.entities.candidates.arabic_names import _NASAB_LINKS, _arabic_given, _article_noun, _given_with_bin
from nashr.entities.candidates.names import (
    _DYNASTIES,
    _FAITH,
    _KHAN_TITLES,
    _MIN_GLUED_PART,
    _NAME_TITLES_AFTER,
    _PRINCE_TITLES,
    _QOLI,
    _TRIBE_PARTS,
    _allah_name,
    _born_after,
    _city_nisba,
    _clause_boundary_after,
    _given_name_at,
    _khan_and_epithet,
    _month_day_before,
    _name_end_after,
    _name_words,
    _no_name,
    _second_given,
    _span,
    _third_name,
    _titled_given_name,
    _two_given_khan,
    glued_title_name,
    two_given_need,
)
from nashr.entities.candidates.outlets import _FROM_WORD, _TO_WORD
from nashr.entities.candidates.places import list_items
from nashr.entities.candidates.terms import (
    _ADDRESS,
    _ADDRESS_ADJECTIVES,
    _AND,
    _COURT_TITLES,
    _DEGREE_TITLES,
    _EUROPEAN_ADDRESS,
    _KIN_LINKS,
    _KINSHIP,
    _MAX_NAME_WORDS,
    _NAME_TITLES,
    _OFFICES,
    _PERSONAL_ADDRESS,
    _POST_TITLES,
    _ROLES,
    _SETTLEMENT_HEADS,
    _SURNAME_ENDINGS,
    _SURNAME_PARTS,
    _TITLES,
    CANDIDATE_ATTRS,
    _heads,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    _ALLAH,
    _ALLAH_DIN,
    _BEG,
    _KHAN,
    _SHAH,
    ANY_GIVEN,
    FOREIGN_GIVEN,
    HAQ_RAHMAN,
    WORD_GIVEN,
    WORDLIKE_GIVEN,
    _foreign_like,
    _royal,
    common_words,
    determined,
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
    surname_need,
    surnames,
    verb_noun,
    vowel_nisba,
    word_like_given,
)
from nashr.entities.dates import MONTHS
from nashr.entities.normalize import Passing, Words
from nashr.entities.switches import never, switch
from nashr.markup import Span

_ALLAH_APART = re.compile(rf"(?<!\w)\w{{2,}}(?= (?:الله|{_FAITH}|{'|'.join(HAQ_RAHMAN)})(?!\w))")
_GLUED_ROYAL = (_FAITH, _SHAH, _KHAN, _BEG)
_SHAH_WORD = re.compile(rf"(?<!\w)\w{{2,}}\u200c?(?:{'|'.join(_GLUED_ROYAL)})(?!\w)")  # «ابراهیم‌بیگ»


def title_name_rule(words: Words) -> Iterator[Span]:
    """Rule 2a: a court or state title that is a name by itself («عزیزالسلطان», «قوام‌السلطنه»,
    «سیف‌الممالک», «ناصرالدینشاه»), with the given name before it when there is one; so are the
    Qajar laqabs of poets, clerics, merchants, physicians and scholars (:data:`GUILD_LAQABS`:
    «مفخرالشعرا», «مؤیدالاسلام», «ملک‌التجار»), but not the offices and terms of address made
    the same way (:data:`NOT_LAQAB_STARTS`: «حجت‌الاسلام», «شیخ‌الاسلام», «رئیس‌العلما»)."""
    if _TITLE_SUFFIX.search(words.folded) is None:
        return  # one search of the block's text; the words are read only when it finds one
    norms = words.norms
    glued = [(i, i) for i, word in enumerate(norms) if len(word) > 7 and (title := _TITLE_WORD.search(word))
             and word[: title.start()].replace("\u200c", "") not in _NOT_LAQAB_STARTS]
    # Written apart («معاضد السلطنه», «جلیل الملک», «قوام السلطنه»): a word before a court title; a
    # stop word of hazm's list too («وکیل الملک», «ارفع الدوله»: the court made laqabs of any word).
    apart = [(i - 1, i) for i, word in enumerate(norms) if word in _COURT_TITLES and i > 0 and words.spaced(i - 1)
             and _laqab_first(norms[i - 1])]
    for laqab, i in sorted(glued + apart):
        yield _span(words, _names_before_laqab(words, laqab), i)


_MIN_LAQAB_STOP_WORD = 3  # letters of a stop word that starts a laqab: «وکیل», not «از»
_MAX_NAMES_BEFORE_LAQAB = 2  # words: «احمد قوام قوام السلطنه», a given name and a family name


def _laqab_first(word: str) -> bool:
    """True when ``word`` (norm form) may be the first word of a court laqab written apart: a
    name-like word, or a stop word of three letters or more, that is no office or place
    (:data:`NOT_LAQAB_STARTS`)."""
    return (name_like(word) or (word in stop_words() and len(word) >= _MIN_LAQAB_STOP_WORD and word.isalpha())) \
        and word not in _NOT_LAQAB_STARTS


def _names_before_laqab(words: Words, laqab: int) -> int:
    """Index of the first word of the person whose laqab starts at word ``laqab``: the laqab
    itself, or the given name before it («ابوالحسن معاضد السلطنه»), or a given name and a
    family name («احمد قوام قوام السلطنه», «مرحوم حسین پیرنیا»): the collection tags a name and
    the laqab after it as one person. The words before must be given names of the registry
    lists that are no everyday words (:func:`word_like_given`: not «منزل …»), the last of two a
    name-like word that is no common word; «ملک» (:data:`MALEK`) before them, or before one given
    name that is an everyday word too, is the name's first word («ملک تاج نجم السلطنه»)."""
    norms = words.norms
    first = laqab
    while first > 0 and laqab - first < _MAX_NAMES_BEFORE_LAQAB and words.spaced(first - 1):
        before = norms[first - 1]
        if is_given(before) and not word_like_given(before):
            first -= 1
        elif first == laqab and name_like(before) and before not in common_words() and first > 1 \
                and words.spaced(first - 2) and is_given(norms[first - 2]) and not word_like_given(norms[first - 2]):
            return first - 2
        else:
            break
    if first == laqab and first > 1 and words.spaced(first - 1) and is_given(norms[first - 1]) \
            and _malek_before(words, first - 1):
        return first - 2  # «ملک تاج نجم السلطنه»: «ملک» and a word, a given name of the court
    return first - 1 if first < laqab and _malek_before(words, first) else first


LADY_TITLES = ("خانم", "بیگم")
"""Titles written after a woman's given name in Qajar and older Persian («کوکب خانم», «طاووس
خانم», «صدریجهان خانم»; the 19th-century usage, as Dehkhoda's *Loghatnameh* gives «خانم» after
a name): the given names of that time are often missing from today's civil-registry lists."""
_LADY_TITLES = norms_of(LADY_TITLES)


def lady_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 2d: a word before «خانم»/«بیگم» (:data:`LADY_TITLES`) that is no everyday or common
    word, title or kinship noun, and name-like (:func:`name_like`): a woman's given name and her
    title («کوکب خانم»; not «دختر خانم», «این خانم», «پاسخ خانم …»). Given names of the
    registry lists are rule 1's («مریم خانم»)."""
    if words.vocabulary.isdisjoint(_LADY_TITLES):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] not in _LADY_TITLES or i == 0 or not words.spaced(i - 1):
            continue
        word = norms[i - 1]
        if name_like(word) and not everyday_word(word) and word not in common_words() \
                and word not in _TITLE_WORDS and word not in _KINSHIP and not is_given(word):
            yield _span(words, i - 1, i)


GUILD_LAQABS = ("الشعرا", "الشعراء", "الاسلام", "التجار", "الحکما", "الاطبا", "العلما")
"""Second parts of Qajar laqabs given to poets («ملک‌الشعرا», «مفخرالشعرا»), clerics
(«مؤیدالاسلام», «ثقة‌الاسلام»), merchants («امین‌التجار»), physicians and scholars, used as names
like the court titles (tests/data/corpus/README.md, set 6: characters named by laqab are persons)."""
NOT_LAQAB_STARTS = ("حجت", "حجه", "حجة", "شیخ", "دار", "رئیس", "رییس", "بیت", "ام", "اهل", "نیابت")
"""First parts that make such a word an office, a term of address or a place («حجت‌الاسلام»,
«شیخ‌الاسلام», «دارالاسلام», «رئیس‌التجار», «اهل‌الاسلام», «نیابت السلطنه» the regency), no laqab."""
_NOT_LAQAB_STARTS = norms_of(NOT_LAQAB_STARTS)
_TITLE_ENDINGS = "|".join(("السلطنه", "السلطان", "الدوله", "الممالک", "الملک", *(norm(w) for w in GUILD_LAQABS)))
_TITLE_SUFFIX = re.compile(rf"{_TITLE_ENDINGS}|الدین[\u200c ]?شاه")
_TITLE_WORD = re.compile(rf"(?:{_TITLE_ENDINGS}|الدینشاه)$")


def given_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1: given name (+ given name) + surname-like word (+ a surname part).

    The family name must prove what the given name needs (:func:`surname_need`): a registry
    word («کارگر بیکار») asks for a family name's suffix. A given name takes a second one
    («محمد علی …») only when it is no registry word itself, so «پیام یوسف علی پور» is «یوسف علی
    پور»; none follows a determiner or superlative («هیچ انسان منصفی»).
    """
    norms = words.norms
    taken_until = -1
    apart = not words.vocabulary.isdisjoint(_ALLAH_DIN)  # (most blocks: no given name in two words)
    for i in triggers:
        allah = apart and _allah_name(words, i)
        if i <= taken_until or not (is_given(norms[i]) or allah) or norms[i] in _KINSHIP:
            continue  # «منصور فرزاد جزواتی»: «فرزاد» is this name's surname, not a new name
        if norms[i] in MONTHS and _month_day_before(words, i):
            continue
        if determined(words, i):
            continue  # «هیچ انسان منصفی»: a determiner makes a common noun
        if _honorific_before_title(words, i):
            continue  # «جناب آقا میرزا کاظم»: the name is «میرزا کاظم» (the title rule's)
        if i > 0 and words.spaced(i - 1) and norms[i - 1] in _SETTLEMENT_HEADS:
            continue  # «روستای خسروشاه», «شهر حسن‌آباد»: a place's name (rule 6)
        if _blessing_preposition(words, i) or adverbial_noun(words, i):
            continue  # «صلی الله علی محمد»: «علی» is Arabic "upon"; «با کمال شادمانی» "with utmost joy"
        if allah:  # «روح الله خمینی», «شمس الدین امیرعلایی»: one given name in two words
            last = _given_name_at(words, i, i + 1, surname_need(norms[i] + norms[i + 1]))
        else:
            last = _given_name_at(words, i, i)
        if last < 0 and not allah and not word_like_given(norms[i]) and words.spaced(i) and is_given(norms[i + 1]):
            last = _given_name_at(words, i, i + 1)  # «محمد علی رضایی»
        if not allah and last <= i + 1 and words.spaced(i) and is_given(norms[i + 1]) \
                and switch()(two_given_need, never)(words, i):
            # «عبدالرب رسول سیاف»; «محمد ابراهیم شینواری»: the second given name is no family name when one
            # follows; a second that is a listed family name too ends the name before a word of no family
            # name's shape («ارباب کیخسرو شاهرخ نطق مبسوطی کرد»)
            three = _given_name_at(words, i, i + 1, ANY_GIVEN)
            if three > 0 and (_third_name(norms[i + 2], norms[i + 1] in surnames()) or norms[three] in _TRIBE_PARTS):
                last = max(last, three)
        if last < 0 and words.spaced(i) and norms[i + 1] in _POST_TITLES:
            # «وجیهه خانم», «ناصرالدین شاه», «اعتماد السلطنه»; not «خدمت شاه» ("before the Shah");
            # a laqab after the title makes a name of a registry word too («فرهاد میرزا معتمد الدوله»)
            laqab = _laqab_after(words, i + 1)
            if norms[i + 1] in _COURT_TITLES or not word_like_given(norms[i]) or laqab > i + 1:
                last = laqab
            if last == i + 1 and norms[last] in _KHAN_TITLES:
                last = switch()(khan_epithet_after_given, lambda words, i: i + 1)(words, i)
            elif last == i + 1 and norms[last] in _PRINCE_TITLES:
                last = switch()(prince_epithet, lambda words, i: i + 1)(words, i)
        if last < 0 and words.spaced(i) and norms[i + 1].endswith(_KHAN) and is_given(norms[i + 1]) \
                and not word_like_given(norms[i]):
            last = i + 1  # «محمد قلیخان»: a given name and a name in «…خان», whatever follows («اخوی»)
        if last < 0:
            last = _two_given_khan(words, i)  # «علی اکبر خان قزوینی»
        if last < 0:
            last = switch()(glued_title_name, _no_name)(words, i)  # «داکترعبدالله عبدالله», «دکتورعبدالله گفت»
        if last < 0 and _royal(norms[i]):
            last = i  # «رضاشاه»
            if norms[i].endswith(_KHAN) and words.spaced(i) and (_city_nisba(norms[i + 1]) or (
                    norms[i + 1].endswith(_SURNAME_ENDINGS) and surname_like(norms[i + 1]))):
                last = i + 1  # «قاسمخان تبریزی», «حیدرخان عمواوغلی»
        if last >= 0 and (norms[last].endswith(_SHAH) or (last > i and is_given(norms[last]))) \
                and words.spaced(last) and norms[last + 1] in _DYNASTIES:
            last += 1  # «مظفرالدین شاه قاجار», «رضاشاه پهلوی», «محمد رضا پهلوی»
        elif last > i and words.spaced(last) and norms[last + 1] in _NAME_TITLES_AFTER \
                and (is_given(norms[last]) or norms[last] == _QOLI):
            last += 1  # «رضا قلی خان»: the title after a given name of two words
        if last == i + 1 and _third_foreign_word(words, i):
            last += 1  # «کیم جونگ اون،», «آلبرت لازلو باراباسی»
        if last >= 0:
            yield _span(words, i - 1 if last > i and _malek_before(words, i) else i, last)
            taken_until = last


MALEK = "ملک"
"""«ملک» ("king"), the title of princes and chiefs of the older courts and of the Qajar house before
a given name, inside the name as the test collection has it («ملک قاسم میرزا», «ملک تاج نجم
السلطنه», «ملک محمد قصری»: a letter's address, a letter's heading and a panegyric's patron, on
three sites). Taken before a name of two words or more only: before one word it is as often
"kingdom" or "property" («ملک جم», «ملک حسن»)."""
_MALEK = norm(MALEK)


def _malek_before(words: Words, i: int) -> bool:
    """True when «ملک» (:data:`MALEK`) stands apart right before word ``i``."""
    return i > 0 and words.norms[i - 1] == _MALEK and words.spaced(i - 1)


def _honorific_before_title(words: Words, i: int) -> bool:
    """True when word ``i`` is a title after names only (:data:`POST_TITLES`, not :data:`NAME_TITLES`:
    «آقا», not «میرزا») and a title before names (:data:`NAME_TITLES`: «میرزا», «حاج») follows it, then a given
    name: the honorific of Qajar letters and records before a titled name, outside the name as the
    collection has it («جناب آقا میرزا کاظم», «آقای آقا میرزا شهاب‌الدین»)."""
    norms = words.norms
    return norms[i] in _POST_TITLES and norms[i] not in _NAME_TITLES and words.spaced(i) \
        and norms[i + 1] in _NAME_TITLES and words.spaced(i + 1) and is_given(norms[i + 2])


def _third_foreign_word(words: Words, i: int) -> bool:
    """True when a foreign given name (word ``i``: :func:`foreign_given_names`) and the word after
    it, no common word, are followed by a third such word that ends the name (punctuation, the
    block's end, «را», «از», «و», a verb or a role: :data:`ROLE_NOUNS`): a middle name or a name
    of three parts («کیم جونگ اون رهبر کره شمالی», «آلبرت لازلو باراباسی»), which a Persian
    reader takes for a pronoun or a word («اون») no more than the writer did."""
    norms = words.norms
    k = i + 2
    if not (words.spaced(i + 1) and k < len(words) and norms[i] in foreign_given_names()
            and _foreign_like(norms[i + 1]) and _foreign_like(norms[k]) and not is_given(norms[k])
            and not norms[k].isascii()):  # («ریچارد استالمن audio»: a link's label in Latin letters)
        return False
    return _name_end_after(words, k) or _clause_boundary_after(words, k) or norms[k + 1] in _ROLES


_ARABIC_NISBA = re.compile(r"ال\w{3,}ی")
_NOT_NISBAS = norms_of(("العالی", "المللی", "الثانی", "الاولی"))  # «ظله العالی», «بین المللی», ordinals
_MAX_NISBAS = 2


def arabic_nisba_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1e: a given name and one or two nisbas with the Arabic article, as the ulama signed
    fatwas and letters («محمدحسن الحسینی الشیرازی», «محمدکاظم الخراسانی»): a nisba «ال…ی» that
    is no everyday word proves the name after any given name that is no registry word."""
    norms = words.norms
    for i in triggers:
        if not is_given(norms[i]) or word_like_given(norms[i]):
            continue
        last = i
        while last - i < _MAX_NISBAS and words.spaced(last) and _ARABIC_NISBA.fullmatch(norms[last + 1]) \
                and norms[last + 1] not in _NOT_NISBAS and not everyday_word(norms[last + 1]):
            last += 1
        if last > i:
            yield _span(words, i, last)


def glued_name_rule(words: Words) -> Iterator[Span]:
    """Rule 1a: a given name and a listed family name written as one word by a lost space
    («احمدملکی», «مظفربقایی», as old web pages and text layers lose them): the word is no
    everyday word, given name or family name itself, the given name no registry word
    (:func:`word_like_given`) and the rest a family name of :func:`surnames` that is no everyday
    word («جوانبی», «امیدبخشی» are words and a suffix). A foreign given name that Iranians do not
    bear (:func:`foreign_given_names` less :func:`everyday_given_names`) is glued to no Iranian
    family name: the word is a Persian one («رونویسی» "transcription", not «رون» + «ویسی»). One
    split tried per letter of the word."""
    glued = _GLUED_NAMES.among(words.vocabulary)
    if not glued:
        return  # (most blocks: two set operations, no walk over the words)
    for i, word in enumerate(words.norms):
        if word in glued:
            yield _span(words, i, i)


_MIN_AND_GLUED = 4  # letters of «و» and a given name glued: «وصولت»; not «وحید» read as «و» + «حید»


def and_glued_name_rule(words: Words) -> Iterator[Span]:
    """Rule 1i: «و» ("and") glued to the given name of a name after it by a lost space, as Afghan offices'
    pages have it («محمد آصف كبير وصولت نورزايي», herat.gov.af): a word of four letters or more whose rest
    after «و» is a given name that is no registry word (:func:`word_like_given`), the word itself no
    everyday word, given name or family name («وحید», «ولی», «وکیلی» stay whole), then a family name as
    rule 1 asks it (:func:`_given_name_at`), or a second given name and one.

    Yields: the name without the «و», one ``persName`` span each (source offsets).
    """
    glued = _AND_GLUED.among(words.vocabulary)
    if not glued:
        return  # (most blocks: two set operations, no walk over the words)
    norms = words.norms
    for i, word in enumerate(norms):
        if word not in glued or i == 0 or words.folded[words.starts[i]] != _AND:
            continue
        last = _given_name_at(words, i, i, surname_need(word[1:]))
        if last < 0 and words.spaced(i) and is_given(norms[i + 1]):
            last = _given_name_at(words, i, i + 1)
        if last > 0:
            yield Span(words.starts[i] + 1, words.ends[last], "persName", CANDIDATE_ATTRS)


def _and_glued(word: str) -> bool:
    """True when ``word`` (norm form) may be «و» glued to a given name (:func:`and_glued_name_rule`): four
    letters or more, the rest a given name that is no registry word, the word itself no everyday word,
    given name or family name."""
    given = word[1:]
    return word.startswith(_AND) and len(word) >= _MIN_AND_GLUED and is_given(given) and not word_like_given(given) \
        and not everyday_word(word) and not is_given(word) and word not in surnames()


_AND_GLUED = Passing(_and_glued)


def _glued_name(word: str) -> bool:
    """True when ``word`` (norm form) is a given name and a family name glued (:func:`glued_name_rule`)."""
    if len(word) < 2 * _MIN_GLUED_PART or not name_like(word) or everyday_word(word) or is_given(word) \
            or word in surnames() or word in everyday_given_names():
        return False
    for cut in range(_MIN_GLUED_PART, len(word) - _MIN_GLUED_PART + 1):
        given, family = word[:cut], word[cut:]
        if is_given(given) and not word_like_given(given) and family in surnames() and not everyday_word(family) \
                and (given not in foreign_given_names() or given in everyday_given_names()):
            return True
    return False


_GLUED_NAMES = Passing(_glued_name)


BLESSING_VERBS = ("صلی", "صلوات", "سلام", "رحمه", "رحمة", "رضوان", "لعنه", "لعنة")
"""Words of an Arabic blessing or curse «… الله علی …» ("God's blessing upon …"), after which
«علی» is the preposition, no given name («صلی الله علی محمد و آله»)."""
_BLESSING_VERBS = norms_of(BLESSING_VERBS)
_UPON = norm("علی")


def _blessing_preposition(words: Words, i: int) -> bool:
    """True when word ``i`` is «علی» after «صلی الله» and the like (:data:`BLESSING_VERBS`)."""
    return words.norms[i] == _UPON and i >= 2 and words.norms[i - 1] == _ALLAH \
        and words.norms[i - 2] in _BLESSING_VERBS


ADVERBIAL_NOUNS = ("کمال", "ایمان", "امید")
"""Given names that are abstract nouns too and head an adverbial phrase after a preposition: «با
کمال …» ("with utmost …"), «در کمال امنیت», «با ایمان راسخ» ("with firm faith"), «به امید …»
("in the hope of"). After «با», «به» or «در» they are the noun, no name: 15 such phrases in the
collection, none a person (7 taken for one: «با [ایمان راسخ]» on three sites, «با [کمال قدرت]»,
«به [کمال اطمینان]», «با [کمال شادمانی]», «به [امید روزبهی]»)."""
_ADVERBIAL_NOUNS = norms_of(ADVERBIAL_NOUNS)
_ADVERBIAL_PREPOSITIONS = norms_of(("با", "به", "در"))


def adverbial_noun(words: Words, i: int) -> bool:
    """True when word ``i`` is one of :data:`ADVERBIAL_NOUNS` right after «با», «به» or «در»."""
    return words.norms[i] in _ADVERBIAL_NOUNS and i > 0 and words.spaced(i - 1) \
        and words.norms[i - 1] in _ADVERBIAL_PREPOSITIONS


def _everyday_given(word: str) -> bool:
    """True for a given name of :func:`everyday_given_names` that no registry word is."""
    return word in everyday_given_names() and is_given(word) and not word_like_given(word)


ENDEARMENTS = ("عزیزم", "جان", "جانم")
"""Words of endearment after a name called («مریم عزیزم،», «علی جان!»): a vocative."""
_ENDEARMENTS = norms_of(ENDEARMENTS)
GREETINGS = ("سلام", "درود", "متشکرم", "متشکریم", "ممنونم", "ممنون", "مرسی", "خداحافظ")
"""Greetings and thanks before a name called and the end of the phrase («سلام جالینا.»,
«متشکرم میشل.»: a briefing or interview turning to a journalist; a letter's «سلام مریم،»)."""
_GREETINGS = norms_of(GREETINGS)
_SENTENCE_ENDS = ".!?؟:…"
_PHRASE_ENDS = _SENTENCE_ENDS + "،,;؛"
_SIGNATURE_GAP = re.compile(r"(?:\s{3,}|\t)$")


def letter_name_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1f: a given name of everyday use (:func:`_everyday_given`, no registry word) as a
    letter names people without a family name — called at the start of a sentence with a word
    of endearment after it (:data:`ENDEARMENTS`: «مریم عزیزم،», «علی جان:») or, when it is no
    common word («امید !» is "hope!"), with «!» («پروین !»); or signing the letter as the
    block's last word, set apart by three spaces or more or a tab («… بیایم !      نیما»). A
    given name of any list but the registry words, foreign ones too, after a greeting or thanks
    (:data:`GREETINGS`) and before the phrase's end is called too («متشکرم میشل.»)."""
    norms, last = words.norms, len(words) - 1
    for i in triggers:
        greeted = i and norms[i - 1] in _GREETINGS and words.spaced(i - 1)
        if not greeted and norms[i] not in everyday_given_names():
            continue  # (a set lookup first: most triggers are no given name of everyday use)
        after = words.gaps[i + 1].strip()
        if greeted and (i == last or after[:1] in _PHRASE_ENDS) and is_given(norms[i]) \
                and not word_like_given(norms[i]):
            yield _span(words, i, i)  # «متشکرم میشل.»
            continue
        if not _everyday_given(norms[i]):
            continue
        if i == last and i > 0 and not after and _SIGNATURE_GAP.search(words.gaps[i]):
            yield _span(words, i, i)
            continue
        if i and words.gaps[i].strip()[-1:] not in _SENTENCE_ENDS:
            continue  # not at a sentence's start
        if after.startswith("!") and norms[i] not in common_words():
            yield _span(words, i, i)
        elif words.spaced(i) and norms[i + 1] in _ENDEARMENTS and (i + 1 == last or words.gaps[i + 2].strip()):
            yield _span(words, i, i)


def kinship_rule(words: Words, triggers: list[int], taken: Collection[int]) -> Iterator[Span]:
    """Rule 1j: two given names in everyday use linked by a kinship noun (:data:`KIN_LINKS`:
    «پروین دختر ساسان» "Parvin daughter of Sasan") are two people, each named alone; neither
    word may start a name found already (``taken``: their starts)."""
    if words.vocabulary.isdisjoint(_KIN_LINKS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if not (0 < i and norms[i] in _KIN_LINKS and words.spaced(i - 1) and words.spaced(i)):
            continue
        if _everyday_given(norms[i - 1]) and _everyday_given(norms[i + 1]) \
                and words.starts[i - 1] not in taken and words.starts[i + 1] not in taken:
            yield _span(words, i - 1, i - 1)
            yield _span(words, i + 1, i + 1)


_KIN_SUFFIXES = ("ش", "م", "ت", "ان", "انش")  # «پدرش», «دخترم», «پسران»: his, my, your; the plural


_KIN_BEFORE = _KINSHIP - norms_of(("زن",))  # «زن» is as often the verb "strike!" («نوبت زن بشارت»)
# each of them alone and with each suffix: one set lookup a word, not a test of each suffix
_KIN_WORDS = _KIN_BEFORE | {kin + suffix for kin in _KIN_BEFORE for suffix in _KIN_SUFFIXES}


def _kin_word(word: str) -> bool:
    """True for a kinship noun of :data:`KINSHIP_NOUNS` but «زن» (norm form), alone or with a
    possessive enclitic or the plural: «پدر», «دخترش», «پسران»."""
    return word in _KIN_WORDS


def kin_given_rule(words: Words, triggers: list[int], taken: Collection[int]) -> Iterator[Span]:
    """Rule 1k: a person named by a given name alone after a kinship noun (:data:`KINSHIP_NOUNS`,
    with «ش», «م», «ت» or the plural: «پدر مریم», «دخترش فاطمه زهرا», «پسران اباکالیجار», «همسر
    حسنی مبارک»): the kinship says the word is a person's name. The given name is no everyday word
    (:func:`word_like_given`); a family name or second given name after it joins as rule 1 takes
    one; the name ends the phrase (the block's end, punctuation, a stop word or a verb after it:
    not «فرزند نیکو سیر», a compound adjective). Not where a name starts already (``taken``)."""
    norms = words.norms
    for i in triggers:
        if i == 0 or not words.spaced(i - 1) or words.starts[i] in taken or not _kin_word(norms[i - 1]):
            continue
        word = norms[i]
        if word in _KINSHIP or not is_given(word) or word_like_given(word):
            continue
        last = max(_given_name_at(words, i, i), i)
        if last == i and words.spaced(i) and is_given(norms[i + 1]) and not word_like_given(norms[i + 1]):
            last = i + 1  # «فاطمه زهرا», «حسنی مبارک»: two given names
        if last + 1 < len(words) and words.spaced(last) and norms[last + 1] not in stop_words() \
                and not looks_like_verb(norms[last + 1]):
            continue
        yield _span(words, i, last)


SIMILE_WORDS = ("آسا", "وار", "سان")
"""Words of likeness written after a name («ایوب آسا» "patient as Job", «مسیح وار»): the figure
compared is a person (:func:`simile_rule`)."""
_SIMILE_WORDS = _heads(SIMILE_WORDS)


def simile_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 1l: a given name (:func:`is_given`) followed by a word of likeness of
    :data:`SIMILE_WORDS` is the person it compares with («حسن آسا», «ایوب آسا»), alone."""
    if words.vocabulary.isdisjoint(_SIMILE_WORDS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if words.spaced(i) and norms[i + 1] in _SIMILE_WORDS and is_given(norms[i]) and norms[i] not in _KINSHIP:
            yield _span(words, i, i)


TAZIEH = ("تعزیه", "تعزیه‌ی")
"""«تعزیه» (ta'zieh), the passion play of Muharram, with its ezafe written joined («تعزیه‌ی»; «تعزیهٔ» and «تعزیه ی»
fold to «تعزیه» and a word «ی»): each play (majlis) of the repertoire is named after its protagonist, a given name
after the word («تعزیه حر», «تعزیه علی اکبر», «مجلس تعزیه شهادت حضرت عباس»: P. Chelkowski, *Ta'ziyeh: Ritual and
Drama in Iran*, 1979). In the collection the rule and the document's memory of the hero
(:meth:`nashr.entities.tagger.Mentions.learn`) find 18 rows right on 4 publishers (bargozideha.com,
tazieqazvin.mihanblog.com, tazyehsaray72tan.mihanblog.com, mohammad-er.blogfa.com) and none wrong."""
_TAZIEH = norms_of(TAZIEH)
_EZAFE_APART = norm("ی")
_MARTYRDOM = norm("شهادت")


def tazieh_name_at(words: Words, i: int) -> int:
    """Index of the first word of the hero's name that the ta'zieh word at ``i`` (:data:`TAZIEH`) names, past an
    ezafe written apart, «شهادت» ("the martyrdom of") and a term of address
    (:data:`~nashr.entities.candidates.terms.ADDRESS_TERMS`: «حضرت», outside the name as the collection has it): a
    given name of the lists (:func:`is_given`), everyday word or not (the play's title is the evidence: «حر» is also
    "free"); -1 when none follows with only spaces between."""
    norms = words.norms
    if norms[i] not in _TAZIEH:
        return -1
    k = i
    for optional in (lambda w: w == _EZAFE_APART, lambda w: w == _MARTYRDOM, lambda w: w in _ADDRESS):
        if words.spaced(k) and optional(norms[k + 1]):
            k += 1
    return k + 1 if words.spaced(k) and is_given(norms[k + 1]) else -1


def tazieh_named(words: Words, k: int) -> bool:
    """True when word ``k`` opens the name of a ta'zieh's hero (:func:`tazieh_name_at`): a one-word name its play's
    title proves a person, which the document's memory holds for the play's text (the hero's speeches and the
    verses that call him: «حر:», «آمدی ای حر فرخنده لقا»)."""
    return any(tazieh_name_at(words, i) == k for i in range(max(0, k - 4), k))


def tazieh_rule(words: Words) -> Iterator[Span]:
    """Rule 1h: the hero a ta'zieh is named after (:func:`tazieh_name_at`): one given name, or two when a second
    given name follows and the name ends after it («(تعزیه علی اکبر)»:
    :func:`~nashr.entities.candidates.names._second_given`)."""
    if words.vocabulary.isdisjoint(_TAZIEH):
        return  # (most blocks hold none: one set operation tells)
    for i in range(len(words) - 1):
        if (k := tazieh_name_at(words, i)) >= 0:
            yield _span(words, k, k + 1 if words.spaced(k) and _second_given(words, k, k + 1) else k)


ROMANCE_COUPLES = (
    ("لیلی", "مجنون"), ("خسرو", "شیرین"), ("شیرین", "فرهاد"), ("ویس", "رامین"), ("وامق", "عذرا"),
    ("یوسف", "زلیخا"), ("رستم", "سهراب"), ("بیژن", "منیژه"), ("زال", "رودابه"), ("ورقه", "گلشاه"),
    ("سلامان", "ابسال"),
)
"""The lovers and foes that Persian romances and epics are named by, two names joined by «و»
(J. Rypka, *History of Iranian Literature*, 1968: Nizami's «لیلی و مجنون», «خسرو و شیرین»,
Gorgani's «ویس و رامین», Unsuri's «وامق و عذرا», Jami's «یوسف و زلیخا», «سلامان و ابسال»,
Ayyuqi's «ورقه و گلشاه», the Shahnameh's «رستم و سهراب», «بیژن و منیژه», «زال و رودابه»; «شیرین و
فرهاد» as the story is told after Nizami): each name is an everyday word or a given name alone
(«مجنون» "mad", «شیرین» "sweet"), the couple is two people."""
_ROMANCE_COUPLES = frozenset((norm(a), norm(b)) for a, b in ROMANCE_COUPLES) \
    | frozenset((norm(b), norm(a)) for a, b in ROMANCE_COUPLES)
_ROMANCE_NAMES = frozenset(name for couple in _ROMANCE_COUPLES for name in couple)


def romance_rule(words: Words) -> Iterator[Span]:
    """Rule 1m: the two names of a couple of :data:`ROMANCE_COUPLES` joined by «و», in either
    order («رستم و سهراب», «کنون رزم سهراب و رستم شنو», «اپرت لیلی و مجنون»): two people."""
    norms = words.norms
    if _ROMANCE_NAMES.isdisjoint(words.vocabulary):
        return  # (most blocks)
    for i in range(len(norms) - 2):
        if _couple_from(words, i):
            yield _span(words, i, i)
            yield _span(words, i + 2, i + 2)


def _couple_from(words: Words, i: int) -> bool:
    """True when words ``i`` and ``i + 2`` are a couple of :data:`ROMANCE_COUPLES` with «و» between."""
    norms = words.norms
    return i + 2 < len(norms) and norms[i + 1] == _AND and (norms[i], norms[i + 2]) in _ROMANCE_COUPLES \
        and words.spaced(i) and words.spaced(i + 1)


def romance_names(words: Words) -> frozenset[str]:
    """The names of :data:`ROMANCE_COUPLES` among the words (norm forms) of ``words``."""
    return _ROMANCE_NAMES.intersection(words.norms)


def couple_apart(words: Words, before: frozenset[str]) -> Iterator[Span]:
    """Rule 1m, across a bayt: a name of a couple of :data:`ROMANCE_COUPLES` in a line of verse
    whose partner is named in the same line or in ``before`` (the names of the line before: the
    bayt's other hemistich), not joined by «و» («من همان روز ز فرهاد طمع ببریدم / که عنان دل
    شیدا به لب شیرین داد», «همچو مجنون / پی لیلی دوان»): a person, though «شیرین» is "sweet"
    and «مجنون» "mad" alone; the poet plays on both senses, and the collection tags the person
    (the collection's 14 names of a couple within a line of their partner are all people)."""
    names = romance_names(words)
    if not names:
        return  # (most lines)
    near = names | before
    for i, word in enumerate(words.norms):
        if word in names and any((word, other) in _ROMANCE_COUPLES for other in near):
            yield _span(words, i, i)


def in_romance_couple(words: Words, i: int) -> bool:
    """True when word ``i`` is one of a couple of :data:`ROMANCE_COUPLES` joined by «و» (:func:`romance_rule`):
    a person though an everyday word, in verse too («رستم»)."""
    return _couple_from(words, i) or (i >= 2 and _couple_from(words, i - 2))


def kin_named(words: Words, k: int) -> bool:
    """True when word ``k`` stands next to a kinship link (:data:`KIN_LINKS`) with only a space
    between: a one-word name whose kinship proves it a person."""
    return (k > 0 and words.spaced(k - 1) and words.norms[k - 1] in _KIN_LINKS) \
        or (words.spaced(k) and words.norms[k + 1] in _KIN_LINKS)


def addressed_given(words: Words, k: int) -> bool:
    """True when word ``k`` is a given name of the lists (:func:`is_given`) with a term of address
    (:data:`ADDRESS_TERMS`) right before it, only a space between: a one-word name its honorific
    proves a person, though the name is a common word too («امام [علی] (ع)» … «[علی] ای همای رحمت»)."""
    return k > 0 and words.spaced(k - 1) and words.norms[k - 1] in _ADDRESS and is_given(words.norms[k])


def _laqab_after(words: Words, k: int) -> int:
    """Index of the last word of a Qajar name whose title «میرزا», «خان» … is word ``k``: the
    title, or the court laqab after it («علیقلی میرزا اعتضاد السلطنه», «… اعتضادالسلطنه»: a
    word and «السلطنه», «الدوله» …, written apart or glued: a Qajar prince bore «میرزا» after
    his given name, then his laqab)."""
    norms = words.norms
    if norms[k] in _COURT_TITLES or not words.spaced(k):
        return k
    if _TITLE_WORD.search(norms[k + 1]) and len(norms[k + 1]) > _MIN_GLUED_LAQAB:
        return k + 1
    if words.spaced(k + 1) and norms[k + 2] in _COURT_TITLES and name_like(norms[k + 1]):
        return k + 2
    return k


_MIN_GLUED_LAQAB = 7  # letters: a word glued to «السلطنه» (6), not the title alone


def _address_apart(words: Words, i: int) -> int:
    """2 when words ``i`` and ``i + 1`` are a term of address written apart («آیت الله», «حجت
    الاسلام»), else 0."""
    return 2 if words.spaced(i) and words.norms[i] + words.norms[i + 1] in _PERSONAL_ADDRESS else 0


def _address_at(words: Words, i: int) -> int:
    """Words of the title or term of address starting at word ``i``: 1, 2 (one written apart:
    :func:`_address_apart`) or 0 (none)."""
    if words.norms[i] in _GIVEN_NAME_TITLES:  # not «ارباب ملک» "landowners": a registry word
        return int(words.spaced(i) and is_given(words.norms[i + 1]) and not word_like_given(words.norms[i + 1]))
    if words.norms[i] in _DEGREE_TITLES:  # «دیپلوم انجنیر»; not «دیپلوم لیسانس»
        return int(words.spaced(i) and words.norms[i + 1] in _NAME_TITLES)
    return 1 if words.norms[i] in _NAME_TITLES or words.norms[i] in _ADDRESS else _address_apart(words, i)


POSTPOSED_HONORIFICS = ("محترم", "محترمه")
"""Terms of address that Dari also sets after the noun they honour, as an adjective with the ezafe: «وزیر محترم
تحصیلات عالی», «ریاست محترم تدارکات ملی», «اعضای محترم ولسی جرگه», «روسای محترم پوهنځیها», «شورای محترم
وزیران», «مراجعین محترم رسانیده می شود» (:func:`postposed_honorific`)."""
_POSTPOSED_HONORIFICS = norms_of(POSTPOSED_HONORIFICS)
ADDRESS_OPENERS = ("با", "و", "از", "به", "توسط", "برای", "نزد", "بین", "میان", "که")
"""Prepositions and conjunctions after which «محترم» opens a name («با محترم محمد آغا حکیم», «توسط محترم مولوی
…»): it honours no noun there."""
_ADDRESS_OPENERS = norms_of(ADDRESS_OPENERS)


def postposed_honorific(words: Words, i: int) -> bool:
    """True when «محترم»/«محترمه» at word ``i`` (:data:`POSTPOSED_HONORIFICS`) honours the noun right before it
    (a word, only spaces between, that is no preposition or conjunction: :data:`ADDRESS_OPENERS`) and no given
    name follows it: the words after it are that noun's complement, not a name. The collection's Afghan state and
    university pages had 16 such complements read as people on 8 publishers (badakhshan.gov.af «معاون محترم لوی
    څارنوالی» twice, hpc.org.af 2, hu.edu.af 3, kpu.edu.af 4, ku.edu.af 2, kunduz.gov.af, nsc.gov.af,
    ottawa.mfa.af; ent59, round 44), and no person of its hand lists is lost by this; a name after the noun's
    «محترم» has a given name or a title first («ریاست محترم مولوی عبدالحکیم مجاهد», hpc.org.af)."""
    norms = words.norms
    return norms[i] in _POSTPOSED_HONORIFICS and i > 0 and words.spaced(i - 1) \
        and norms[i - 1] not in _ADDRESS_OPENERS and not (words.spaced(i) and is_given(norms[i + 1]))


GIVEN_NAME_TITLES = ("ارباب",)
"""Titles part of a name only before a given name: «ارباب» of the Zoroastrian notables («ارباب
کیخسرو شاهرخ»; tests/data/corpus/README.md, set 7: inside the name), "masters" before any
other word («ارباب رجوع» "clients")."""
_GIVEN_NAME_TITLES = norms_of(GIVEN_NAME_TITLES)
# the words a title or term of address of :func:`_address_at` starts with (one written apart too)
_TITLE_STARTS = _GIVEN_NAME_TITLES | _DEGREE_TITLES | _NAME_TITLES | _ADDRESS \
    | {term[:k] for term in _PERSONAL_ADDRESS for k in range(1, len(term))}


ROYAL_ADDRESS = ("اعلیحضرت", "علیاحضرت", "والاحضرت")
"""Terms of address of a sovereign and the royal family, which royal epithets may follow."""
ROYAL_EPITHETS = ("همایون", "همایونی", "شاهنشاهی", "اقدس", "ملوکانه", "شهریاری", "پادشاهی", "شاهانه")
"""Epithets of the sovereign after :data:`ROYAL_ADDRESS` («اعلیحضرت همایون شاهنشاهی» in Mosaddegh's
radio message of 1330 and his resignation letter of 1331, «اعلیحضرت همایونی» in the record of
his trial: three sites; «اعلیحضرت شهریاری», «اعلیحضرت پادشاهی» in a Qajar diary and a Qajar
gazette, where the word after them was taken for a name), not the name
«همایون» that a person bears («آقای همایون صنعتی‌زاده»); a name after them is the sovereign's."""
_ROYAL_ADDRESS = norms_of(ROYAL_ADDRESS)
_ROYAL_EPITHETS = norms_of(ROYAL_EPITHETS)


IMAM = "امام"
"""The honorific of the Shia imams, outside the name as the collection has it (tests/data/corpus/README.md:
«امام [علی] (ع)»; :data:`ADDRESS_TERMS`)."""
_IMAM = norm(IMAM)


def imam_named(words: Words, title: int, name: int) -> bool:
    """True when word ``title`` is «امام» (:data:`IMAM`) and word ``name`` a given name that is no
    everyday word of the lists (:func:`word_like_given`): one such word after it is the imam's name
    though it is a common word too («امام [علی] در شعر شهریار», «امام [حسین]:»), not an epithet
    («امام غائب», «امام زمان»)."""
    return words.norms[title] == _IMAM and is_given(words.norms[name]) and not word_like_given(words.norms[name])


def title_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 2: name titles (kept in the extent) or terms of address (left out) + name words."""
    if words.vocabulary.isdisjoint(_TITLE_STARTS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    after_title = -1
    office = switch()(titled_office, never)
    for i in triggers:
        if i <= after_title or not (size := _address_at(words, i)) \
                or (words.norms[i] in _NAME_TITLES and determined(words, i)):
            continue  # («آن حکیم فرزانه», «این دکتر جوان»: a determiner makes a title a common noun)
        j = i + size - 1
        while words.spaced(j) and (size := _address_at(words, j + 1) or _honorific_before_title(words, j + 1)):
            j += size  # «حاج میرزا», «آقای سید», «جناب آقای», «آیت الله», «جناب آقا میرزا»
        while norms[i] in _ROYAL_ADDRESS and words.spaced(j) and norms[j + 1] in _ROYAL_EPITHETS:
            j += 1  # «اعلیحضرت همایون شاهنشاهی», «اعلیحضرت همایونی»: the epithets are no name
        if not words.spaced(j):
            if norms[j] in _ADDRESS and (last := _bracketed_name(words, j + 1)) >= 0:
                yield _span(words, j + 1, last)  # «آقای (هاشمی) منشی»
                after_title = last
            continue
        last = max(_name_words(words, j + 1), _titled_given_name(words, j + 1))
        if norms[j] in _EUROPEAN_ADDRESS:
            last = switch()(european_name_end, lambda words, first, found=last: found)(words, j + 1)
        if last < 0 or _article_noun(norms[j + 1]):
            continue  # «سید الانبیاء و المرسلین»: an Arabic plural after a title is an epithet, no name
        first = i  # terms of address are left out, the titles after them kept: «آقای حاج شیخ اسدالله»
        while first <= j and (size := 1 if norms[first] in _ADDRESS or norms[first] in _ROYAL_EPITHETS
                              or _honorific_before_title(words, first) else _address_apart(words, first)):
            first += size
        if words.spaced(last) and norms[last + 1] in _SURNAME_PARTS:
            last += 1  # «آقای احمدی نژاد»
        elif last == j + 1 and words.spaced(last) and norms[last + 1] in _POST_TITLES \
                and norms[last + 1] not in _KHAN_TITLES and is_given(norms[last]):
            last += 1  # «خانم ملکه خانم»: a given name and the title after it («…خان»: below)
        last = _khan_and_epithet(words, last)
        if first > last or (last == j + 1 and first > j and norms[j] not in _PERSONAL_ADDRESS
                            and not (j > i and _address_apart(words, j - 1))
                            and (norms[last] in common_words() or relational_adjective(norms[last]))
                            and not imam_named(words, j, last)):
            continue  # «رفیق مذکور», «رفیق حزبی»: one common word or adjective after a term of address is no name
        if last == j + 1 and (norms[last] in _ADDRESS_ADJECTIVES or norms[last][:-1] in _ADDRESS_ADJECTIVES):
            continue  # «آقای محترم», «خانم عزیز», «خانم جوانی» ("a young lady")
        if j == i and postposed_honorific(words, i):
            continue  # «وزیر محترم تحصیلات عالی», «اعضای محترم ولسی جرگه»: the honorific of the noun before it
        if office(words, first, last):
            continue  # «جناب شیخ‌الاسلام», «شیخ الاسلام، در بیشتر مواقع …»: an office, no name
        yield _span(words, first, last)
        after_title = last


def european_name_end(words: Words, first: int) -> int:
    """The last word of the name after «مستر» or «موسیو» (:data:`terms.EUROPEAN_ADDRESS`), from word ``first``;
    -1 for none. A European's family name is one word that is no common word («مستر دالس و …», «مستر اولم
    نایب قونسول», «موسیو نوزو بلژیکیان»): the word after it is an office, a nationality or the Indo-Persian
    «صاحب» ("Sahib"), none of them the name («مستر بروک صاحب», «مستر هندرسون سفیرکبیر», «موسيو کيز قونسول
    فرانسه»; 7 of the collection's 11 such rows on 4 publishers have one). It goes on over a court title and a
    given name or listed family name that is no common word: the Persian laqab of a European officer («مستر
    قطب الدوله بهادر», three rows, unstable-archives); a common word before a court title starts one («قطب»).
    «مستر صاحب مذکور» ("the said Mister Sahib") is none.

    Returns: a word index (the name's last word), or -1.
    """
    norms = words.norms

    def laqab_at(k: int) -> bool:
        return words.spaced(k - 1) and norms[k] in _COURT_TITLES

    if first >= len(words) or not name_like(norms[first]) \
            or (norms[first] in common_words() and not laqab_at(first + 1)):
        return -1
    last = first
    while last - first < _MAX_NAME_WORDS - 1 and words.spaced(last) and (laqab_at(last + 1) or (
            (is_given(norms[last + 1]) or norms[last + 1] in surnames()) and norms[last + 1] not in common_words())):
        last += 1
    return last


TITLED_OFFICES = ("شیخ‌الاسلام", "شیخ‌الاسلامی")
"""Offices that a name's title and an Arabic noun make, named alone («جناب شیخ‌الاسلام», the Sheikh
al-Islam of Tiflis, do-lc.blogspot.com; «شیخ الاسلام، در بیشتر مواقع منصب قضاوت …», tgchannels.org),
and the family named after one («خاندان شیخ الاسلامی»): no person's name, as the collection has them
(tests/data/corpus/README.md, do-lc), however the words are joined."""
_TITLED_OFFICES = norms_of(office.replace("\u200c", "") for office in TITLED_OFFICES)


def titled_office(words: Words, first: int, last: int) -> bool:
    """True when words ``first`` to ``last`` are one of :data:`TITLED_OFFICES`, apart, with ZWNJ or glued."""
    return "".join(words.norms[first : last + 1]) in _TITLED_OFFICES


def _bracketed_name(words: Words, first: int) -> int:
    """The last word of a name of one to three name-like words in round brackets from word
    ``first`` on (after a term of address: «آقای (هاشمی) منشی», minutes of the Majlis), -1 for none."""
    if first >= len(words) or words.gaps[first].strip() != "(":
        return -1
    last = first
    while words.spaced(last) and last - first < _MAX_NAME_WORDS - 1:
        last += 1
    if not words.gaps[last + 1].strip().startswith(")") or not all(map(name_like, words.norms[first : last + 1])):
        return -1
    return last


def khan_epithet_after_given(words: Words, i: int) -> int:
    """The last word of a name of one given name (word ``i``), «خان» or «بیگ» and the epithet or
    family name after it that ends the phrase (:func:`_khan_and_epithet`: «اسماعیل خان جوادی در …»,
    tgchannels; «حسن خان کیشدره،»), as a title's name or two given names before «خان» go on."""
    return _khan_and_epithet(words, i)


def prince_epithet(words: Words, i: int) -> int:
    """The last word of a name of one given name (word ``i``), a prince's «میرزا» after it
    (:data:`PRINCE_TITLES`) and the laqab or house after that which ends the phrase («عبدالحسین میرزا
    فرمانفرما،», «سلطان حسین میرزا بایقرا که …»), as after «خان» (:func:`_khan_and_epithet`)."""
    return _khan_and_epithet(words, i, _PRINCE_TITLES)


def _pair_after(words: Words, offset: int, in_list: bool) -> tuple[int, int] | None:
    """Word indices of a two-word list item right after ``offset`` («، X Y» or «و X Y»).

    ``in_list``: a «،» already separated items of this list, so «و X Y» is its last item
    whatever follows; without one («خمینی و احیای قانون اساسی») the item must end at
    punctuation, the end of the block or another «و».
    """
    note = _NOTE_AFTER.match(words.folded, offset)
    if note is not None:  # «عباس خلیلی (مدیر روزنامه اقدام)، عمیدی نوری …»: a note on the item before
        offset = note.end()
    i = bisect_left(words.starts, offset)
    if i >= len(words):
        return None
    between = words.folded[offset : words.starts[i]].strip()
    last_item = between == "" and words.norms[i] == "و"
    if last_item:
        i += 1
    elif between not in ("،", ","):
        return None
    if not words.spaced(i):
        return None
    if not (name_like(words.norms[i]) and name_like(words.norms[i + 1])):
        return None
    first, second = words.norms[i], words.norms[i + 1]
    if everyday_word(first) and everyday_word(second) and not (first in given_names() and second in surnames()):
        return None  # «سعدی, شعر کهن», «… و قهرمان تکواندو»: two everyday words, no given and family name
    after = words.gaps[i + 2].strip()
    follows = words.norms[i + 2] if i + 2 < len(words) else ""
    if (last_item and in_list) or after or not follows or follows == "و":
        return i, i + 1
    return None


_NOTE_AFTER = re.compile(r"\s*\([^()\n]{1,60}\)(?=\s*[،,])")


def _pair_before(words: Words, i: int) -> tuple[int, int] | None:
    """Word indices of a two-word list item right before word ``i`` («X Y، …» or «X Y و …»):
    a given name first («علی لاریجانی، محمدجواد ظریف»), or an item that opens the list after
    punctuation or at the start of the block."""
    if i < 2:
        return None
    k = i - 1
    if words.gaps[i].strip() not in ("،", ","):
        if words.norms[k] != _AND or not words.spaced(k) or not words.spaced(k - 1):
            return None
        k -= 1
    if k < 1 or not words.spaced(k - 1) or words.gaps[k + 1].strip() not in ("", "،", ","):
        return None
    first, second = words.norms[k - 1], words.norms[k]
    if not (name_like(first) and name_like(second)) or second in common_words():
        return None
    opens = k - 1 == 0 or words.gaps[k - 1].strip() != ""
    if k > 1 and _address_apart(words, k - 2):
        return None  # «آیت الله غروی»: «الله» ends a term of address, it starts no name
    return (k - 1, k) if is_given(first) or opens else None


def list_rule(words: Words, persons: Iterable[Span]) -> Iterator[Span]:
    """Rule 3: two-word items following or preceding a known person in a «،»/«و» list, and a
    last item of one word after «و» that is a given name and no everyday word, the phrase
    ending with it (:func:`_name_end_after`: «حکایت حسن بصری و رابعه:», a story's title)."""
    for person in persons:
        offset = person.end
        in_list = False
        while (pair := _pair_after(words, offset, in_list)) is not None:
            yield _span(words, *pair)
            in_list = in_list or words.folded[offset : words.starts[pair[0]]].strip() in ("،", ",")
            offset = words.ends[pair[1]]
        if (single := _given_after_and(words, offset)) >= 0:
            yield _span(words, single, single)
        i = bisect_left(words.starts, person.start)
        if i >= len(words) or words.starts[i] != person.start:
            continue
        for _ in range(_MAX_LIST_BACK):
            if (pair := _pair_before(words, i)) is None:
                break
            yield _span(words, *pair)
            i = pair[0]


def _given_after_and(words: Words, offset: int) -> int:
    """Index of a one-word last item right after ``offset`` («و X» and the phrase's end): a given
    name that is no everyday word («رابعه»; not «و حسن» "and beauty"); else -1."""
    i = bisect_left(words.starts, offset)
    if i + 1 >= len(words) or words.folded[offset : words.starts[i]].strip() or words.norms[i] != _AND \
            or not words.spaced(i):
        return -1
    name = words.norms[i + 1]
    if is_given(name) and not everyday_word(name) and name_like(name) and _name_end_after(words, i + 1):
        return i + 1
    return -1


_MAX_LIST_BACK = 4  # items before a known person walked back


def _list_person_word(word: str) -> bool:
    """True for a word (norm form) that may be an unknown person of a list (:func:`person_list_rule`):
    a family name of :func:`surnames`, a given name that is no registry word, or a word that
    could be a family name after any given name (:func:`surname_like`: «جانبرار», «غنی‌پور»)."""
    return word in surnames() or (is_given(word) and not word_like_given(word)) or surname_like(word)


def _sure_family_name(word: str) -> bool:
    """True for a family name of :func:`surnames` or a word that is no everyday word: a person of a
    list by itself («باقری», «نادری» are words and family names)."""
    return word in surnames() or not everyday_word(word)


def person_list_rule(words: Words, persons: dict[int, Span]) -> Iterator[Span]:
    """Rule 3c: the one-word items of a «،» list that a known person opens: the family names a
    petition or telegram is signed with («… حاجی عادلانی، رنجبر، اولادی، نادری، باقری …»), each
    a word of :func:`_list_person_word` (:func:`list_items` says which lists and items count)."""
    for k in list_items(words, persons, _list_person_word, _sure_family_name):
        yield _span(words, k, k)


DIGNITIES = ("مآب", "پناه", "رفعت", "منزلت", "مرتبت", "نصاب", "شوکت", "حشمت", "جاه")
"""The second words of the compound epithets of Qajar address ("whose resort is …", "lofty as …":
«شریعت مآب», «اسلام پناه», «سپهر رفعت», «فخامت نصاب», «عالی جاه»), and the Arabic ones that end in
«الانام», «المله», «الاعلام» («قبلة الانام», «ملاذ المله»): after a term of address
(:data:`ADDRESS_TERMS`: «جناب مستطاب شریعت مآب», «حضرت سپهر رفعت») such words are an epithet of the
person addressed, no name (F. Steingass, *A Comprehensive Persian-English Dictionary*, 1892, s.vv.
«مآب», «پناه»: the Qajar letters and decrees of four sites of the test collection)."""
_DIGNITIES = norms_of(DIGNITIES)
_ARABIC_EPITHET_ENDS = tuple(norms_of(("الانام", "المله", "الملة", "الاعلام")))


def _epithet_after_address(words: Words, span: Span) -> bool:
    """True when ``span`` is a compound epithet of :data:`DIGNITIES` right after a term of address."""
    first = bisect_left(words.starts, span.start)
    last = bisect_left(words.ends, span.end)
    if first == 0 or first >= len(words) or not words.spaced(first - 1) or words.norms[first - 1] not in _ADDRESS:
        return False
    word = words.norms[min(last, len(words) - 1)]
    return word in _DIGNITIES or word.endswith(_ARABIC_EPITHET_ENDS)


_TITLE_WORDS = _NAME_TITLES | _ADDRESS | _ROLES | _TITLES


def after_personal_address(words: Words, i: int) -> bool:
    """True when word ``i`` follows «آقای», «خانم», «جناب» or «سرکار» (:data:`PERSONAL_ADDRESS`):
    a person's name there, not a place of the same spelling («آقای احمدی نژاد»)."""
    return i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _PERSONAL_ADDRESS


def title_before_name(words: Words, i: int) -> bool:
    """True when word ``i``, a one-word name of the gazetteer, is a name's title (:data:`NAME_TITLES`:
    «مولوی», Rumi's name and the Afghan cleric's title) after a term of address («محترم مولوی ⏎
    عبدالرشید», alemarahdari.af: the name on the next line) or before a word that is no everyday word
    («مولوی صدراعظم عثمانی», mail.gov.af): the title of the person named there, whom the candidate
    rules find or leave, not the gazetteer's poet («غزل مولوی دیوان شمس», «مثنوی معنوی مولوی دفتر سوم»)."""
    if words.norms[i] not in _NAME_TITLES:
        return False
    return (i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _ADDRESS) \
        or (words.spaced(i) and not everyday_word(words.norms[i + 1]) and not words.norms[i + 1].isascii())


def in_nasab(words: Words, i: int) -> bool:
    """True when word ``i`` follows a given name and «بن»/«ابن»/«بنت» (:data:`NASAB_LINKS`), or a given
    name with «بن» glued to it (:func:`_given_with_bin`): a forebear's name in a chain there, not a
    place or one of the gazetteer's people of the same spelling («محمد بن غازی ملطیوی», «یوسف‌بن
    یعقوب», which :func:`nasab_rule` and :func:`glued_nasab_rule` find whole)."""
    return (i > 1 and words.spaced(i - 2) and words.spaced(i - 1) and words.norms[i - 1] in _NASAB_LINKS
            and _arabic_given(words.norms[i - 2])) \
        or (i > 0 and words.spaced(i - 1) and _given_with_bin(words.norms[i - 1]))


LANGUAGES_NAMED_LIKE_PEOPLE = ("طبری", "پهلوی", "سغدی", "خوارزمی", "دری")
"""Languages whose name is a nisba that also names a person or a dynasty: «طبری» Tabari, the
language of Tabaristan, and al-Tabari the historian (Persian Wikipedia's articles on the
Marzban-nameh and on Varavini, two sites: «از زبان طبری به فارسی», an infobox's «زبان |
طبری»); «پهلوی», «سغدی», «خوارزمی», «دری» likewise."""
_LANGUAGE_NISBAS = norms_of(LANGUAGES_NAMED_LIKE_PEOPLE)
_LANGUAGE_HEADS = norms_of(("زبان", "گویش", "لهجه", "خط"))


def language_named(words: Words, i: int) -> bool:
    """True when word ``i`` is a language of :data:`LANGUAGES_NAMED_LIKE_PEOPLE` right after
    «زبان», «گویش», «لهجه» or «خط» (a table's «|» or «:» may stand between), or translated from
    («از طبری به فارسی»): the language, not the person of the same name."""
    norms = words.norms
    if norms[i] not in _LANGUAGE_NISBAS or i == 0:
        return False
    if norms[i - 1] in _LANGUAGE_HEADS and not words.gaps[i].strip(" \t|:"):
        return True
    return norms[i - 1] == _FROM_WORD and words.spaced(i - 1) and words.spaced(i) and norms[i + 1] == _TO_WORD


NAME_NOUNS = ("نام", "اسم", "تخلص")
"""Nouns after which the next word is a name («به اسم خیام», «تخلص حافظ»)."""
CALLED = ("متخلص", "معروف", "مشهور", "موسوم", "ملقب")
"""Participles "called", "known as" that name someone with «به» («متخلص به حافظ»)."""
_NAME_NOUNS = norms_of(NAME_NOUNS)
_CALLED = norms_of(CALLED)


def called(words: Words, i: int) -> bool:
    """True when word ``i`` follows a name noun (:data:`NAME_NOUNS`: «به اسم خیام معروف است») or
    «به» after a participle of :data:`CALLED` («متخلص به حافظ»): it is said to be a name."""
    norms = words.norms
    if i == 0 or not words.spaced(i - 1):
        return False
    if norms[i - 1] in _NAME_NOUNS:
        return True
    return norms[i - 1] == _TO_WORD and i > 1 and words.spaced(i - 2) and norms[i - 2] in _CALLED


def titled(words: Words, first: int, last: int) -> bool:
    """True when the person named by words ``first``…``last`` has a title, term of address or
    role noun beside it: as its first word («دکتر طاهری», «حاج میرزا علی»), as its last word
    after a given name («یعقوب خان», «ایوب خان»: the Qajar and Afghan «خان» or «بیگ», inside the
    name as the collection has it; a gazetteer person of the same spelling, the prophet Jacob, is
    no match then), just before it («آقای ترامپ», «رئیس جمهور اوباما»), or just after it, «،»
    allowed («ند پرایس، سخنگوی …»)."""
    norms = words.norms
    if norms[first] in _NAME_TITLES or (first > 0 and norms[first - 1] in _TITLE_WORDS) or _born_after(words, last):
        return True
    if last > first and norms[last] in _KHAN_TITLES and is_given(norms[last - 1]):
        return True
    return last + 1 < len(words) and words.gaps[last + 1].strip() in ("", "،", ",") and norms[last + 1] in _ROLES


def proved_name(words: Words, first: int, last: int) -> bool:
    """True when words ``first``…``last`` are a given name and a family name that proves itself:
    a given name that is no registry word (:func:`word_like_given`) and a family name of
    :func:`surnames` or with a family name's suffix, no everyday word either way
    (:func:`surname_like` after an everyday given name: «کیمیا علیزاده», «شهلا دانشفر»); or any
    given name and a nisba in «…ایی» (:func:`vowel_nisba`: «شمس کسمایی»); or two given names of
    today's use (no registry word, :func:`surname_need`; not verse's «بسی جان …») and a family name they
    let in (:func:`two_given_need`, :func:`_third_name`: «محمد ابراهیم شینواری»)."""
    norms = words.norms
    given = norms[first]
    if not is_given(given) or verb_noun(words, last):
        return False
    if last == first + 1 and vowel_nisba(norms[last]):
        return True  # «شمس کسمایی»: the nisba proves the name after a registry word too
    if word_like_given(given):
        return False
    if last == first + 2 and words.spaced(first) and is_given(norms[first + 1]) \
            and all(surname_need(word) in (ANY_GIVEN, WORD_GIVEN) for word in norms[first : last]) \
            and switch()(two_given_need, never)(words, first) and surname_like(norms[last]) \
            and _third_name(norms[last], norms[first + 1] in surnames()):
        return True  # «محمد ابراهیم شینواری»: two given names prove the family name after them
    need = surname_need(given)  # a foreign given name's, a country's (:func:`surname_need`), else an everyday one's
    need = need if need in (FOREIGN_GIVEN, WORDLIKE_GIVEN) else WORD_GIVEN
    return surname_like("".join(norms[first + 1 : last + 1]) if last > first + 1 and norms[last] in _SURNAME_PARTS
                        else norms[last], need)


SAHIB = "صاحب"
"""Dari's honorific "Sahib", after a name («داوودزی صاحب، همدرد صاحب»), between a title and the name («مولوی
صاحب عبدالهادی», «داکتر صاحب عبدالله») or after an office («وزیر صاحب داخله», «مشاور صاحب امنیت ملی»): outside
the person (tests/data/corpus/README.md: honorifics outside the span, «مولوی صاحب X» the name alone), never a
name by itself."""
_SAHIB = norm(SAHIB)
_NO_NAME_ALONE = _NAME_TITLES | _ADDRESS | _PERSONAL_ADDRESS | _ADDRESS_ADJECTIVES | _OFFICES | {_SAHIB}


def sahib_outside(words: Words, spans: list[Span]) -> list[Span]:
    """``spans`` with each person holding the word «صاحب» (:data:`SAHIB`) cut to its words after the last
    «صاحب» («مولوی صاحب عبدالهادی» → «عبدالهادی», «حاجی صاحب ګل آغا» → «ګل آغا»), or, when it ends the span,
    to its words before («صالح صاحب» → «صالح»); dropped when those words are titles, terms of address or
    offices alone («داکتر صاحب», «مولوی صاحب», «صاحب») or when the span opens with «صاحب» after an office
    («وزیر صاحب داخله»: the minister of the interior). The candidate rules read «صاحب» as a given name (it
    is one in the given-name list) after a title or before a word. In the collection, on 4 publishers
    (alemarahdari.af, ariananews.co, parmakhtag.com, rohi.af: Afghan speeches and decrees), 14 false hits go
    and 5 names are found; one stays cut short (parmakhtag's «ګل آغا (شیرزی)», its nickname in brackets)."""
    if _SAHIB not in words.vocabulary:
        return spans  # (most blocks)
    kept = []
    for span in spans:
        first = bisect_right(words.ends, span.start)
        last = bisect_right(words.starts, span.end - 1) - 1
        sahibs = [k for k in range(first, last + 1) if words.norms[k] == _SAHIB] if span.tag == "persName" else []
        if not sahibs:
            kept.append(span)
            continue
        k = sahibs[-1]
        if k == first and first > 0 and words.spaced(first - 1) and words.norms[first - 1] in _OFFICES:
            continue
        start, end = (k + 1, last) if k < last else (first, k - 1)
        if start <= end and not all(words.norms[j] in _NO_NAME_ALONE for j in range(start, end + 1)):
            kept.append(Span(max(span.start, words.starts[start]), min(span.end, words.ends[end]), span.tag,
                             span.attrs))
    return kept
