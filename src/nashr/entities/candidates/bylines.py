"""Candidate rules for people a text credits, signs or names in Latin script.

  3h. :func:`signature_rule` — the name a signature block ends with («خردپیشه، امضاء»);
     :func:`byline_name_rule` — a byline that is a name alone («فاطمه قاضیها»).
  3i. :func:`credit_rule` — the person a text, reading or picture is credited to («خوانش: میرغوغا»),
     also by a user name in Latin letters («منتشرشده توسط rashtgps»).
  3f. :func:`wiki_user_rule` — a wiki user's name in the user namespace or a talk-page
     signature («کاربر:سندباد», «--سندباد ۰۸:۰۷، ۱۲ ژوئن ۲۰۰۷ (UTC)»).
  3g. :func:`bracketed_given_rule` — a given name an editor added in square brackets.
  3d. :func:`latin_rule` — names in Latin script after «Mr.», «Dr.» …, or in brackets after a name;
      :func:`latin_given_rule` — a Latin given name and a capitalised word («Peter Benenson»).
  3e. :func:`biography_rule` — the name an encyclopedia article opens with («… (زادهٔ …»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files

from nashr.convert.letters import HUMBLE_WORDS
from nashr.entities.candidates.names import _born_after, _name_end_after, _span
from nashr.entities.candidates.terms import (
    _COURT_TITLES,
    _MAX_NAME_WORDS,
    _NAME_TITLES,
    _SURNAME_PARTS,
    CANDIDATE_ATTRS,
    norm,
    norms_of,
)
from nashr.entities.candidates.words import (
    afghan_given_names,
    common_words,
    everyday_given_names,
    everyday_word,
    is_given,
    name_like,
    relational_adjective,
    surname_like,
    surnames,
    word_like_given,
)
from nashr.entities.normalize import Words
from nashr.markup import Span

WIKI_USER_PREFIXES = ("کاربر", "User")
_WIKI_USER = re.compile(rf"(?<![\w:])(?:{'|'.join(WIKI_USER_PREFIXES)})\s*:\s*(?P<name>[^\W\d_]+)(?=[/|\]\s]|$)")
_WIKI_SIGNATURE = re.compile(r"--\s*(?P<name>[^\W\d_]+(?: [^\W\d_]+)?)\s*(?:\(\s*بحث\s*\)\s*)?"
                             r"\d{1,2}:\d{2}[^\n]{4,40}?\(UTC\)")


def wiki_user_rule(words: Words) -> Iterator[Span]:
    """Rule 3f: a wiki user's name — in the user namespace («کاربر:سندباد/…», «User:…») or in
    a talk-page signature, «--NAME HH:MM، DATE (UTC)» (MediaWiki's «~~~~»): a person
    (tests/data/corpus/README.md, set 6: user names are persons)."""
    folded = words.folded
    if ":" not in folded:
        return
    for pattern in (_WIKI_USER, _WIKI_SIGNATURE):
        for match in pattern.finditer(folded):
            yield Span(match.start("name"), match.end("name"), "persName", CANDIDATE_ATTRS)


_BRACKETED_GIVEN = re.compile(r"\[(?P<given>\w+)\] ?(?P<family>\w+)")


def bracketed_given_rule(words: Words) -> Iterator[Span]:
    """Rule 3g: a given name an editor added in square brackets before a family name («[عبدالحسین]
    نوشین», «آقای [حسین] دادگر»), as transcriptions of old papers and archives complete a name:
    the brackets are inside the name (tests/data/corpus/README.md, set 7); the family name is
    name-like and no stop word."""
    if "[" not in words.folded:
        return
    for match in _BRACKETED_GIVEN.finditer(words.folded):
        if is_given(norm(match.group("given"))) and name_like(norm(match.group("family"))):
            yield Span(match.start(), match.end(), "persName", CANDIDATE_ATTRS)


CREDITS = ("خوانش", "تصحیح", "نوشته", "ترجمه", "توسط", "ارسالی", "گردآوری", "سروده")
"""Words that credit a person with a text, a reading or a picture («خوانش: میرغوغا», «به تصحیح
نیکلسون», «نوشتهٔ مرزبان باوندی»); «صدای» after «با» («با صدای سهیل قاسمی») and «عکس» before «از»
(«عکس از آراد میم») too, and a field's label before a colon (:data:`CREDIT_LABELS`) (:func:`credit_rule`)."""
CREDIT_LABELS = ("نویسنده", "مترجم", "شاعر", "گوینده")
"""Nouns that credit a person as a field's label only («نویسنده: حسن موسوی اصفهانی»): with the
ezafe they name the work after them («نویسندهٔ قابوسنامه»)."""
_CREDITS = norms_of(CREDITS)
_CREDIT_LABELS = norms_of(CREDIT_LABELS)
_VOICE, _WITH, _PHOTO, _FROM = norm("صدای"), norm("با"), norm("عکس"), norm("از")
_CREDIT_TRIGGERS = _CREDITS | _CREDIT_LABELS | {_VOICE, _PHOTO}


def credit_rule(words: Words) -> Iterator[Span]:
    """Rule 3i: the person a text, a reading or a picture is credited to — one to three words
    after a credit word (:data:`CREDITS`, and a colon after it or none) that end at punctuation,
    the block's end or «را»/«از», each a name-like word that is no common word, a given name, a
    family name or no everyday word, the last a given name, a family name or a word a family
    name's shape or the lexicons prove (:func:`surname_like`): «خوانش: میرغوغا», «به تصحیح
    نیکلسون», «ترکیب عکس‌ها توسط فرد پطروسیان.», «با صدای سهیل قاسمی»; not «توسط سپاه پاسداران»
    (a body's head), «توسط فصل بهار،», «با صدای گرفته‌ای». A user name in Latin letters after the
    credit word is the poster's (:func:`_credited_handle`: «منتشرشده توسط rashtgps»)."""
    norms = words.norms
    if words.vocabulary.isdisjoint(_CREDIT_TRIGGERS):
        return  # (most blocks: one set operation)
    for i, word in enumerate(norms):
        if word in _CREDITS or word in _CREDIT_LABELS and i + 1 < len(words) and words.gaps[i + 1].strip() == ":":
            first = i + 1
        elif word == _VOICE and i > 0 and norms[i - 1] == _WITH or word == _PHOTO and words.spaced(i) \
                and i + 1 < len(words) and norms[i + 1] == _FROM:
            first = i + 1 + (word == _PHOTO)
        else:
            continue
        if first >= len(words) or words.gaps[first].strip() not in ("", ":") or not words.spaced(first - 1) \
                and words.gaps[first].strip() != ":":
            continue
        if norms[first].isascii():
            if handle := _credited_handle(words, first):
                yield handle
            continue
        last = first
        while not _name_end_after(words, last) and words.spaced(last) and last - first < _MAX_NAME_WORDS - 1:
            last += 1
        if _name_end_after(words, last) and all(_credited_word(norms[k]) for k in range(first, last + 1)) \
                and _credited_name(norms[last], first == last):
            yield _span(words, first, last)


_HANDLE = re.compile(r"(?P<first>[a-z][a-z0-9]*)(?:[._-][a-z0-9]+)*(?P<second> [a-z]+)?(?=\s*$|\s+[^\x00-\x7f])")
"""A user name in small Latin letters, digits and «.», «_», «-» inside, or a name typed so in two
words («rashtgps», «maryam.pourmohammadi», «behnam tadi»), up to the block's end or a word in
another script."""
_MIN_HANDLE = 4  # letters and digits: «git», «npm» after «توسط» are tools, no users
ROLE_ACCOUNTS = ("admin", "administrator", "editor", "webmaster", "moderator", "root", "guest", "user")
"""The accounts a content management system or forum gives a role, not a person (WordPress's «admin»,
Drupal's «webmaster»; the collection's «ago_admin», «mail-admin» are left untagged): a part of a user
name between «.», «_», «-» that is one of them makes it no person's."""
_HANDLE_PARTS = re.compile(r"[._ -]")
_ROLE_ACCOUNTS = frozenset(ROLE_ACCOUNTS)


def _credited_handle(words: Words, first: int) -> Span | None:
    """The user name in Latin letters that a credit word of a blog post or a shared file is followed
    by (:func:`credit_rule`: «منتشرشده توسط rashtgps در تاریخ», «نویسنده: maryam.pourmohammadi»,
    «ارسال شده در توسط behnam tadi»): the platform's account of the poster, a person as the
    collection's user names are (tests/data/corpus/README.md, sets 5 and 26: «sunyboy», «rashtgps»);
    three such credits on three publishers (rashtgpa.com, majidakhshabi.com, behnamtadi.parsiblog.com),
    all persons. A word in capitals is a role account or a product («توسط Administrator», «توسط
    Google»), and two words are a name only with a given name first (:func:`latin_given_names`: not
    «توسط google translate»). None when word ``first`` starts no such name."""
    match = _HANDLE.match(words.folded, words.starts[first])
    if match is None or sum(c.isalnum() for c in match.group()) < _MIN_HANDLE \
            or match.group("second") and match.group("first").capitalize() not in latin_given_names() \
            or not _ROLE_ACCOUNTS.isdisjoint(_HANDLE_PARTS.split(match.group())):
        return None
    return Span(match.start(), match.end(), "persName", CANDIDATE_ATTRS)


def _credited_word(word: str) -> bool:
    """True for a word (norm form) of a credited name (:func:`credit_rule`): in Persian letters,
    no work's title in «…نامه» («قابوسنامه»)."""
    return name_like(word) and not word.isascii() and not word.endswith(_BOOK) and (
        word not in common_words() or is_given(word) or word in surnames() or not everyday_word(word))


_PLURAL_ENDINGS = ("ها", "های")


def _credited_name(word: str, alone: bool) -> bool:
    """True for the last word of a credited name (:func:`credit_rule`); ``alone``: the name's
    only word, then no everyday adjective or indefinite in «ی» («ترجمه جدیدی را») and no plural
    («توسط هکرها»)."""
    if alone and (relational_adjective(word) and everyday_word(word) or word.endswith(_PLURAL_ENDINGS)):
        return False
    return (is_given(word) and not word_like_given(word)) or word in surnames() or not everyday_word(word) \
        or surname_like(word)


SIGNATURE_MARKS = ("امضاء", "امضا", "امضای", "محل امضا")
"""Words that mark where a signature stands (the transcriber's «[امضاء]»), no name."""
_SIGNATURE_MARKS = norms_of(w for mark in SIGNATURE_MARKS for w in mark.split())


def signature_rule(words: Words) -> Iterator[Span]:
    """Rule 3h: the name a signature block ends with (TEI ``signed``: only a block the structure
    calls a signature is read so, :meth:`nashr.entities.tagger.DocumentRecogniser.signed`) — its
    last part between punctuation («:», «،», «-», brackets) that is no signature mark, of one to
    three words, each a family name, a given name or no everyday word, or a family name's second
    part («کبیری نژاد»), in Persian letters, and no stop word, title, office or head («السلطان»
    of a seal): «خردپیشه، امضاء», «[امضاء:
    علیمنصور]», «از طرف اهالی بندرشاه: کبیری نژاد», «درخشان», «تقی.»; not «نخست وزیر», «بنده
    ارادتمند» ("your humble servant"), «نام دانشجو:» (a form's field), a writer's humble word for
    himself alone (:data:`HUMBLE_SIGNERS`: «ارادتمند», «دعاگو»)."""
    norms, parts, first = words.norms, [], 0
    for k in range(len(words)):
        if not words.spaced(k):
            parts.append((first, k))
            first = k + 1
    for first, last in reversed(parts):
        if all(norms[k] in _SIGNATURE_MARKS for k in range(first, last + 1)):
            continue
        if last - first < _MAX_NAME_WORDS and "".join(norms[first : last + 1]) not in _HUMBLE_SIGNERS \
                and all(_signer_word(norms[k], k > first) for k in range(first, last + 1)):
            yield _span(words, first, last)
        return


_BYLINE_MARKS = " \t*-#+•|.،"
"""What may stand around the name of a byline alone: spaces, a bullet, a dash, a hash, a full stop or comma."""
_MIN_BYLINE_NAME = 2  # words: a given name and a family name at least


def byline_name_rule(words: Words) -> Iterator[Span]:
    """Rule 3h': the name a byline (TEI ``byline``: only a block the structure calls one is read so,
    :meth:`nashr.entities.tagger.DocumentRecogniser.byline`) is alone: two or three words spaced,
    nothing but :data:`_BYLINE_MARKS` around them, the first a given name (Iranian, everyday or
    Afghan; no registry word, :func:`word_like_given`) and each a signer's word (:func:`_signer_word`)
    — the writer's or compiler's name on a line of its own, whose family name no rule of prose
    proves (an adjective in «ی», a plural's shape, an everyday word: «فاطمه قاضیها», «پروانه بابایی»,
    «حسین مسرّت»). Of the collection's bylines (by their hand roles), 18 on 17 publishers are such a
    name alone, every one a person (prose found 14: «نیما یوشیج», «صادق هدایت» …; this rule the other
    four, on movarekhan.com, tabrizinfo.com, iichs.org and karizyazda.niloblog.com); an agency or a desk
    («گروه فرهنگی», «خبرگزاری فارس») opens with no given name."""
    if not _MIN_BYLINE_NAME <= len(words) <= _MAX_NAME_WORDS \
            or words.gaps[0].strip(_BYLINE_MARKS) or words.gaps[-1].strip(_BYLINE_MARKS) \
            or not all(words.spaced(k) for k in range(len(words) - 1)):
        return
    norms = words.norms
    first = norms[0]
    if not ((is_given(first) and not word_like_given(first)) or first in everyday_given_names()
            or first in afghan_given_names()):
        return
    if all(_signer_word(norms[k], k > 0) for k in range(len(words))):
        yield _span(words, 0, len(words) - 1)


HUMBLE_SIGNERS = ("دعاگو", "غلام", "خاکسار", "کمینه", "خادم", "نوکر", "مطیع", "خدانگهدار", "خداحافظ")
"""A writer's humble words for himself, or a farewell, that sign a letter without a name («دعاگو»
"who prays for you", «غلام» "your servant"), with those the converter knows
(:data:`nashr.convert.letters.HUMBLE_WORDS`: «ارادتمند», «فدوی», «خانه‌زاد»): no signer's name."""
_HUMBLE_SIGNERS = norms_of(word.replace(" ", "") for word in (*HUMBLE_WORDS, *HUMBLE_SIGNERS))


def _signer_word(word: str, later: bool) -> bool:
    """True for a word (norm form) of a signature's name (:func:`signature_rule`); ``later``: not
    the name's first word."""
    if not word.isalpha() or word.isascii() or word in _COURT_TITLES:
        return False
    if not name_like(word):  # a stop word, title, office or verb («نخست وزیر», «قربانت گردم»)
        return later and word in _SURNAME_PARTS
    return word in surnames() or is_given(word) or not everyday_word(word) or (later and word in _SURNAME_PARTS)


_BOOK = norm("نامه")
_LATIN_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof")
_LATIN_TITLE = re.compile(rf"(?<![\w.])(?:{'|'.join(_LATIN_TITLES)})\.?\s+"
                          r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_LATIN_BRACKETED = re.compile(r"\s*\((?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\)")


def biography_rule(words: Words) -> Iterator[Span]:
    """Rule 3e: the name an encyclopedia article opens with, before the brackets of its birth
    and death («احمد شاملو (زادهٔ ۲۱ آذر ۱۳۰۴ …)»): one to four name-like words at the start of
    the block."""
    last = -1
    for k in range(min(_MAX_BIOGRAPHY_WORDS, len(words))):
        if not name_like(words.norms[k]) and words.norms[k] not in _NAME_TITLES:
            return
        if _born_after(words, k):
            last = k
            break
        if not words.spaced(k):
            return
    if last >= 0 and not words.gaps[0].strip():
        yield _span(words, 0, last)


_MAX_BIOGRAPHY_WORDS = 4


def latin_rule(words: Words, named: Iterable[Span]) -> Iterator[Span]:
    """Rule 3d: names in Latin script (the collection tags them like Persian ones): after an
    English title («Mr. Jackson» → «Jackson»: the title is an honorific), and the capitalised
    words in brackets right after a person or organisation, which are its name again («مایک
    پمپئو (Mike Pompeo)»)."""
    folded = words.folded
    for match in _LATIN_TITLE.finditer(folded) if any(title in folded for title in _LATIN_TITLES) else ():
        yield Span(match.start("name"), match.end("name"), "persName", CANDIDATE_ATTRS)
    for span in named:
        if span.tag in ("persName", "orgName") and (match := _LATIN_BRACKETED.match(folded, span.end)):
            yield Span(match.start("name"), match.end("name"), span.tag, CANDIDATE_ATTRS)


@cache
def latin_given_names() -> frozenset[str]:
    """Given names in Latin script («Peter», «Christiane», «Hossein»; ``data/latin_given_names.txt``,
    written for nashr), as they stand: capitalised."""
    text = files("nashr.entities").joinpath("data/latin_given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


_LATIN_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_LATIN_GIVEN = re.compile(rf"(?<![\w:./@#'-])(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)? {_LATIN_CAPITALISED}"
                          rf"(?![\w@/'-]|\.\w| [A-Z])")
_LATIN_GIVEN_START = re.compile(r"[A-Z][a-z]")  # where a match of :data:`_LATIN_GIVEN` can start


def latin_given_rule(words: Words) -> Iterator[Span]:
    """Rule 3d: a person named in Latin script by a given name of :func:`latin_given_names` and one
    capitalised word after it, maybe with an initial between («Peter Benenson», «Robert C. Martin»,
    «Christiane Amanpour»: a credit, a caption, a statement's English line in a Persian page; the
    collection tags them like Persian names). A longer run of capitalised words is a title or a
    body's name («George Washington University»), and a name after «:» or «/» a file's or a link's
    («[[File:Ahmad Kasravi portrait.jpg»): none is taken."""
    # (its look-behind would be tried at every character: most blocks hold no Latin capital, which
    # a search for the capital, skipping to it in C, tells 3-4 times faster)
    for match in _LATIN_GIVEN.finditer(words.folded) if _LATIN_GIVEN_START.search(words.folded) else ():
        if match.group("given") in latin_given_names():
            yield Span(match.start(), match.end(), "persName", CANDIDATE_ATTRS)
