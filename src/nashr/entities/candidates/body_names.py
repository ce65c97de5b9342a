"""Candidate rules for organisations named by other evidence than a head noun.

  5k. :func:`short_name_rule` — a body's short name in brackets or between commas after it.
  5d. :func:`latin_body_rule` — a body's name in Latin script.
  5l. :func:`headed_acronym_rule` — a body's Latin acronym after a head («موسسه USAID»).
  5m. :func:`defined_acronym_rule` — a body's name from its head to the acronym in brackets that
     defines it («اداره ملی حفاظت محیط زیست (NEPA)»), and the acronym.
  5e. :func:`dynasty_rule` — a dynasty or clan («آل سامان», «بنی عباس»); :func:`house_rule` — a
     royal house after «سلطنت», «دودمان» … («سلطنت قاجار», «دودمان زیاریان»).
  5g. :func:`publisher_rule` — a reference's publisher between its place and year («تهران:
     انتشارات سخن، ۱۳۷۵»).
  5i. :func:`assembly_rule` — an assembly's head word alone after its members or acts
     («نماینده مجلس», «تشکیل مجلس»).
  5j. :func:`grand_body_rule` — Pashto «لوی» (great) and a national body's noun in Afghan Dari
     («لویه جرگه», «لویه څارنوالی»), a house of the National Assembly («مشرانو جرگه», «ولسی جرگه»).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator

from nashr.entities.candidates.names import _DYNASTIES, _span
from nashr.entities.candidates.terms import _ORG_HEADS, CANDIDATE_ATTRS, norm, norms_of
from nashr.entities.candidates.words import everyday_word, given_names, is_given, looks_like_verb, name_like
from nashr.entities.normalize import Words
from nashr.entities.numbers import is_number_word
from nashr.entities.switches import never, switch
from nashr.markup import Span

_SHORT_NAME = re.compile(r"[ \t]*(?:\(\s*(?P<bracketed>[^\W\d_]+)\s*\)|،[ \t]*(?P<apposed>[^\W\d_]+)[ \t]*،)")


_MIN_SHORTENED = 3  # words of a body's name that a short name stands for


def short_name_rule(words: Words, bodies: Iterable[Span]) -> Iterator[Span]:
    """Rule 5k: one word in brackets, or between two «،», right after an organisation of three
    words or more: its short name or acronym in Persian letters («ستاد فرماندهی مرکزی آمریکا
    (سنتکام)», «…، سنتکام، تاکید کرده است»), a body too when it is a name-like word that is no
    everyday word or given name (a name of two words has no short name: «بنیاد ویکی‌مدیا
    (ناسودبر)», "non-profit"); later mentions are recalled (:class:`nashr.entities.tagger.Mentions`)."""
    folded = words.folded
    for span in bodies:
        if span.tag != "orgName" or (match := _SHORT_NAME.match(folded, span.end)) is None \
                or bisect_left(words.starts, span.end) - bisect_left(words.starts, span.start) < _MIN_SHORTENED:
            continue
        group = "bracketed" if match.group("bracketed") else "apposed"
        k = bisect_left(words.starts, match.start(group))
        if k < len(words) and words.starts[k] == match.start(group) and words.ends[k] == match.end(group) \
                and name_like(words.norms[k]) and not everyday_word(words.norms[k]) and not is_given(words.norms[k]):
            yield _span(words, k, k, "orgName")


LATIN_BODY_WORDS = (
    "Foundation", "Organization", "Organisation", "Agency", "Association", "Institute", "Council",
    "Committee", "Commission", "Union", "Corporation", "Company", "Group", "Bureau", "Department",
    "Office", "Fund", "Bank", "Party", "Society", "Watch", "Force", "Network", "Alliance", "Center",
    "Centre", "University", "College", "Program", "Programme", "Service", "Board", "Authority",
    "Federation", "Ministry", "Court", "Forum", "Federal", "National", "Nations", "Endowment",
)  # fmt: skip
"""Nouns one of which a body's name in Latin script has («Human Rights Watch»); without one, a run of
capitalised words is a title or a term («Pull Request», «Application Programming Interface»: Persian
technical texts gloss many), no body. «Federal» and «National» count («TIS National», the Translating and
Interpreting Service's name: held-out set 47's 25 rows); «International» does not: it qualifies a licence or a
day as well («Creative Commons Attribution 4.0 International License», «International Day of Education»: false
bodies on 7 publishers of tests/data/corpus/, none right, round 51)."""
_LATIN_BODY_WORD = re.compile("|".join(map(re.escape, LATIN_BODY_WORDS)))  # (one search, not one per word)
_LATIN_BODY_WORDS = frozenset(LATIN_BODY_WORDS)


_LATIN_CONNECTORS = ("of", "the", "for", "and", "de", "&")
_NON_SPACE = re.compile(r"\S+")
_LATIN_WORD = r"(?:U\.S\.|U\.N\.|[A-Z][A-Za-z'\-]*)"
_LATIN_JOIN = rf"[ \t]+(?:(?:{'|'.join(_LATIN_CONNECTORS)})[ \t]+)*"
_LATIN_RUN = re.compile(rf"(?<![\w.\-/]){_LATIN_WORD}(?:{_LATIN_JOIN}{_LATIN_WORD})+(?![\w/])")
_LATIN_OPENERS = frozenset(("The", "This", "That", "These", "Those", "It", "In", "On", "At", "By", "For",
                            "A", "An", "And", "Of", "To", "With", "From", "As"))


def latin_body_rule(words: Words) -> Iterator[Span]:
    """Rule 5e: a body's name in Latin script — capitalised words, joined by spaces and the
    connectors «of», «the», «for», «and», «de», «&», at least two, one of them a word of
    :data:`LATIN_BODY_WORDS` («Free Software Foundation», «Department of State», «Broadcasting
    Board of Governors», «U.S. Information Agency»: a license's note, a seal's caption, an
    encyclopedia's gloss «(به انگلیسی: …)»). A capitalised function word («The», «This») is no
    name's word: it starts a sentence or the name after it («The State Department» → «State
    Department»)."""
    folded = words.folded
    if _LATIN_BODY_WORD.search(folded) is None:
        return
    for match in _LATIN_RUN.finditer(folded):
        start = match.start()
        for part in _NON_SPACE.finditer(folded, match.start(), match.end()):
            if part.group() in _LATIN_OPENERS:
                yield from _latin_body(folded, start, part.start())
                start = part.end()
        yield from _latin_body(folded, start, match.end())


def _latin_body(folded: str, start: int, end: int) -> Iterator[Span]:
    """The body named by the Latin words of ``folded[start:end]`` (connectors at its ends left
    out), if there is one."""
    tokens = list(_NON_SPACE.finditer(folded, start, end))
    while tokens and tokens[0].group() in _LATIN_CONNECTORS:
        tokens.pop(0)
    while tokens and tokens[-1].group() in _LATIN_CONNECTORS:
        tokens.pop()
    if len(tokens) >= 2 and any(token.group() in _LATIN_BODY_WORDS for token in tokens):
        yield Span(tokens[0].start(), tokens[-1].end(), "orgName", CANDIDATE_ATTRS)


_HEADED_ACRONYM = re.compile(r"(?<![\w.\-])[A-Z]{2}[A-Za-z0-9_\-]*(?![A-Za-z0-9_\-])")
"""A Latin acronym: two capitals, then letters, digits, «_» or «-» («USAID», «IOM», «UN_Hbitat»)."""
_TWO_CAPITALS = re.compile("[A-Z][A-Z]")  # («[A-Z]{2}» is tried at every character: 20 → 7 µs a block)
"""What every :data:`_HEADED_ACRONYM` holds: one scan in C skips the blocks without it, where the acronym's
look-behind would be tried at every character (a test of each character in a generator was 2.5 % of convert's
samples with names, round 44)."""


def headed_acronym_rule(words: Words) -> Iterator[Span]:
    """Rule 5l: a body's acronym in Latin letters (:data:`_HEADED_ACRONYM`) right after an organisation's
    head (:data:`nashr.entities.candidates.terms.ORG_HEADS`), the head outside as the collection has it:
    «موسسه USAID» (kpu.edu.af), «موسسه   IOM» (morr.gov.af), «موسسه UN_Hbitat» (dmm.gov.af), as Afghan
    offices name a foreign aid body, and «انجمن CNCF» (the Cloud Native Computing Foundation's code of
    conduct): 14 rows on 4 publishers; «برنامه CBR», «پروژه CNCF» have no head before them (a
    programme, a project)."""
    folded = words.folded
    for match in _HEADED_ACRONYM.finditer(folded) if _TWO_CAPITALS.search(folded) else ():
        j = bisect_left(words.ends, match.start() + 1) - 1  # the word before the acronym
        if j >= 0 and not folded[words.ends[j] : match.start()].strip() and words.norms[j] in _ORG_HEADS:
            yield Span(match.start(), match.end(), "orgName", CANDIDATE_ATTRS)


_DEFINED_ACRONYM = re.compile(
    r"\s*(?:\(\s*(?P<acronym>[A-Z][A-Z&.]*[A-Z]|[^\W\d_A-Za-z]{1,3}(?:\.[^\W\d_A-Za-z]{1,3}){1,4})"
    r"(?:[ \t]+[A-Z][^()\n]{0,80})?(?:\s*\)|[ \t]*(?:\n|$))"
    r"|\)\s*\((?P<mirrored>[A-Z][A-Z&.]*[A-Z])(?![\w.]))")
"""An acronym in brackets: Latin capitals («(NEPA)», «(SBA Small Business Administration)», its
expansion after it, which may run to the line's end where the text is hard-wrapped) or Persian
initials between dots («(دی.اچ.اس)»); a PDF's text extraction of a right-to-left line mirrors the
brackets («)(EEOC»)."""
_NAME_LINKS = norms_of(("و", "از", "برای", "های", "ها"))
"""Links a body's name holds («مرکز کنترل و پیشگیری از بیماریها») but never ends with: a link right before
the bracket joins what the acronym stands for to what comes before it, no name."""
_MAX_DEFINED_WORDS = 8  # words of a body's name from its head to its acronym
_AND = norm("و")


def defined_acronym_rule(words: Words, triggers: Iterable[int], known: Collection[int]) -> Iterator[Span]:
    """Rule 5m: an organisation's head (:data:`nashr.entities.candidates.terms.ORG_HEADS`), the words
    after it up to an acronym in brackets (:data:`_DEFINED_ACRONYM`), and the acronym: a body's name as
    a text defines its acronym, the acronym a body's name of its own that later mentions recall
    (:class:`nashr.entities.tagger.Mentions`). The bracket is the evidence that ends the name, where the
    head rule (:func:`nashr.entities.candidates.bodies.org_head_rule`) stops at a common noun: «اداره ملی
    حفاظت محیط زیست ( NEPA)» (nepa.gov.af), «اداره تجارت کوچک ایالات متحده (SBA Small Business
    Administration)» (fema.gov), «بنیاد رایانش بومی ابری (CNCF)» (kubernetes.io), «کميسيون فرصت ھای
    برابر شغلی )(EEOC» (justice.gov). The words between are any words but numbers (the bracket is the
    evidence: «زیست», «کوچک», «برابر» are verb stems and stop words to the lexicons), on one line without
    punctuation, at most :data:`_MAX_DEFINED_WORDS`, the last no link of :data:`_NAME_LINKS`; of two
    heads, the first names the body («دفتر حقوق مدنی وزارت دادگستری (OSC)»). A head that starts a name
    already found (``known``: the starts of the places and bodies found) is that name's, and «و» before a
    head or a name found lists bodies, not one («بانک ملت و سازمان ملل متحد و یونسکو (UNESCO)»: the
    acronym is the last one's). A bracketed acronym after words with no head names no body as often as it
    does («خط فرمان (CLI)», «Pull Request (PR)», «درخواست برای نظرخواهی (RFC)»: round 47 removed a rule
    that read a body back from any acronym so, wrong 18 times on 5 publishers)."""
    folded, norms, until = words.folded, words.norms, -1
    for i in triggers:
        if i <= until or norms[i] not in _ORG_HEADS or words.starts[i] in known:
            continue
        last = i
        while last < len(words) - 1 and last - i < _MAX_DEFINED_WORDS and "\n" not in words.gaps[last + 1] \
                and words.spaced(last) and not norms[last + 1].isdigit() and not is_number_word(norms[last + 1]) \
                and not (norms[last + 1] == _AND and words.spaced(last + 1)
                         and (norms[last + 2] in _ORG_HEADS or words.starts[last + 2] in known)):
            last += 1
            match = _DEFINED_ACRONYM.match(folded, words.ends[last])
            if match is None or norms[last] in _NAME_LINKS:
                continue
            group = "acronym" if match.group("acronym") else "mirrored"
            yield _span(words, i, last, "orgName")
            yield Span(match.start(group), match.end(group), "orgName", CANDIDATE_ATTRS)
            until = last
            break


ASSEMBLY_HEADS = ("مجلس", "کنگره", "پارلمان", "پارلمنت")
"""Bodies a text names in full and then by the head word alone («مجلس شورای ملی» … «مجلس»,
«کنگره آمریکا» … «کنگره»: :class:`nashr.entities.tagger.Mentions`) or by the head word after
their members or acts (:func:`assembly_rule`): the short forms of the test collection's
convention (tests/data/corpus/README.md). «دولت», «حزب» alone stay common nouns."""
ASSEMBLY_ACTS = ("نماینده", "نمایندگان", "وکلای", "تشکیل", "افتتاح", "انعقاد", "انحلال", "مذاکرات",
                 "تصمیمات", "تصمیم‌های", "مصوبات", "مصوبه", "مصوب", "تصویب", "رئیس", "ریاست", "اعضای")
"""Nouns whose genitive an assembly is, its members, sittings and acts: «نماینده مجلس», «تشکیل
مجلس», «مذاکرات مجلس», «تصمیم‌های مجلس» (the test collection marks «مجلس» there an `org`,
tests/data/corpus/README.md: a short form of a body; a gathering is «مجلس» of another kind:
«مجلس عزا», «در مجلس ما»)."""
_ASSEMBLY_HEADS = norms_of(ASSEMBLY_HEADS)
_ASSEMBLY_ACTS = norms_of(ASSEMBLY_ACTS)
_CLOSING_WORDS = norms_of(("را", "و", "در", "به", "از", "با", "که", "تا", "بر"))  # after a name's last word


def assembly_rule(words: Words) -> Iterator[Span]:
    """Rule 5i: an assembly's head word alone after a noun of its members, sittings or acts
    (:data:`ASSEMBLY_ACTS`: «نماینده مجلس دیده می‌شوند», «در تشکیل مجلس», «صورت مشروح مذاکرات
    مجلس روز …»), where the name ends with the word: at the block's end or punctuation, or
    before «را», «و», a preposition, «که», a verb or a number; a modifier after it is rule 5's longer name («رئیس
    مجلس شورای ملی»)."""
    norms = words.norms
    if _ASSEMBLY_HEADS.isdisjoint(words.vocabulary):
        return  # (most blocks)
    for i, word in enumerate(norms):
        if word not in _ASSEMBLY_HEADS or i == 0 or not words.spaced(i - 1) or norms[i - 1] not in _ASSEMBLY_ACTS:
            continue
        after = norms[i + 1] if words.spaced(i) else ""
        if not after or after in _CLOSING_WORDS or looks_like_verb(after) or is_number_word(after) or after.isdigit():
            yield _span(words, i, i, "orgName")


GRAND = ("لوی", "لویه")
"""Pashto "great" before the noun of a national body in Afghan Dari: «لویه جرگه» (the grand
assembly of the 1343/1964 constitution, «لوى جرگه» in its Windows-1256 copy), «لویه څارنوالی» (the
Attorney General's office, ago.gov.af's pages). The body's noun is «جرگه» or an office in «…والی»
(Pashto «-والی», as «شاروالی», «ولسوالی»); «لوی څارنوال», the Attorney General, is its holder."""
_GRAND = norms_of(GRAND)
_JIRGA = norm("جرگه")
_OFFICE_ENDING = norm("والی")
CHAMBERS = ("مشرانو", "ولسی")
"""Pashto words before «جرگه» that name the houses of Afghanistan's National Assembly (its
constitution of 1382, article 82): «مشرانو جرگه», the House of Elders, and «ولسی جرگه», the House of
the People; written glued too («مشرانوجرگه» on meshrano.gov.af's pages), as «لوی»/«لویه» are
(:data:`GRAND`)."""
_JIRGA_BEFORE = _GRAND | norms_of(CHAMBERS)
_GLUED_JIRGAS = frozenset(word + _JIRGA for word in _JIRGA_BEFORE)
JIRGA_AFTER = (("شورای", "ملی"), ("مشورتی", "صلح"), ("مشورتی",))
"""What goes on a jirga's name after it, longest first: the National Assembly its house belongs to
(«مشرانوجرگه شوراي ملي», meshrano.gov.af) and the consultative peace jirga of 1398 and 1399
(«لویه جرگۀ مشورتی صلح», dailies.gov.af; «لویه جرگه مشورتی صلح», moqawemat.af)."""
_JIRGA_AFTER = tuple(tuple(map(norm, words)) for words in JIRGA_AFTER)
_CONSULTATIVE = norm("مشورتی")  # «جرگه مشورتی»: a consultative jirga is named by it alone, «لویه» or not


def _jirga_end(words: Words, j: int) -> int:
    """Index of the last word of a jirga's name whose «جرگه» is word ``j``: the longest of
    :data:`JIRGA_AFTER` right after it, or ``j``."""
    norms = words.norms
    for after in _JIRGA_AFTER:
        end = j + len(after)
        if end < len(norms) and norms[j + 1 : end + 1] == list(after) \
                and all(words.spaced(k) for k in range(j, end)):
            return end
    return j


def _jirga(words: Words, i: int, j: int) -> Iterator[Span]:
    """A jirga's name from word ``i`` whose «جرگه» is word ``j`` (:func:`_jirga_end`), and the
    National Assembly inside it, an organisation of its own (the collection nests it: «مشرانوجرگه
    <شوراي ملي>», tests/data/corpus/README.md)."""
    end = _jirga_end(words, j)
    yield _span(words, i, end, "orgName")
    if end > j and words.norms[j + 1 : end + 1] == list(_JIRGA_AFTER[0]):
        yield _span(words, j + 1, end, "orgName")


def consultative_jirga(words: Words, i: int) -> bool:
    """True when «جرگه» at word ``i`` is a consultative jirga's without «لویه» or a chamber's word before
    it: «مشورتی» follows («جرگه مشورتی صلح», samangan.gov.af and moqawemat.af), a name by itself."""
    return words.spaced(i) and words.norms[i + 1] == _CONSULTATIVE \
        and not (i > 0 and words.spaced(i - 1) and words.norms[i - 1] in _JIRGA_BEFORE)


def grand_body_rule(words: Words) -> Iterator[Span]:
    """Rule 5j: «لوی»/«لویه» and the noun of a national body (:data:`GRAND`), an organisation; a house
    of the National Assembly (:data:`CHAMBERS`), apart or glued; a jirga's name goes on over
    :data:`JIRGA_AFTER`; «جرگه مشورتی» (consultative) is one without «لویه»."""
    if words.vocabulary.isdisjoint(_JIRGA_BEFORE) and words.vocabulary.isdisjoint(_GLUED_JIRGAS) \
            and _JIRGA not in words.vocabulary:
        return  # (most blocks)
    norms = words.norms
    consultative = switch()(consultative_jirga, never)
    for i, word in enumerate(norms):
        if word in _GLUED_JIRGAS:
            yield from _jirga(words, i, i)
        elif word == _JIRGA and consultative(words, i):
            yield from _jirga(words, i, i)  # «جرگه مشورتی صلح» without «لویه»
        elif i + 1 < len(norms) and word in _JIRGA_BEFORE and words.spaced(i):
            body = norms[i + 1]
            if body == _JIRGA:
                yield from _jirga(words, i, i + 1)
            elif word in _GRAND and body.endswith(_OFFICE_ENDING) and len(body) > len(_OFFICE_ENDING) + 1:
                yield _span(words, i, i + 1, "orgName")


DYNASTY_HEADS = ("آل", "بنی", "بنو")
"""Words before a forefather's name that make a dynasty or clan, a body in the test collection's
convention («آل سامان» the Samanids, «بنی عباس» the Abbasids, «آل سعود»)."""
_DYNASTY_HEADS = norms_of(DYNASTY_HEADS)


def dynasty_rule(words: Words, triggers: list[int]) -> Iterator[Span]:
    """Rule 5e: «آل»/«بنی» + a given name, or «بنی» + a word that is no everyday word: a dynasty
    or clan («آل سامان», «بنی عباس», «بنی امیه»; not «بنی آدم», mankind). «آل» folds to «ال», the
    Arabic article a broken extraction leaves alone, so it asks for a given name."""
    if words.vocabulary.isdisjoint(_DYNASTY_HEADS):
        return  # (most blocks hold none of its words: one set operation tells)
    norms = words.norms
    for i in triggers:
        if norms[i] in _DYNASTY_HEADS and words.spaced(i) and name_like(norms[i + 1]) \
                and (norms[i + 1] in given_names() or (norms[i] != _AL and not everyday_word(norms[i + 1]))) \
                and not (i > 0 and words.spaced(i - 1) and is_given(norms[i - 1])):
            # (after a given name it is a family name: «جلال آل احمد», «ابوالحسن بنی صدر»)
            yield _span(words, i, i + 1, "orgName")


_AL = norm("آل")

HOUSE_NOUNS = ("سلطنت", "سلاطین", "دودمان", "سلسله", "پادشاهان", "شاهان")
"""Nouns whose genitive is a royal house, the house alone a body in the test collection's
convention («سلطنت قاجار», «سلاطین قاجار», «دودمان زیاریان»: the dynasty, tests/data/corpus/
README.md); not «دوره قاجار» (an era)."""
_HOUSE_NOUNS = norms_of(HOUSE_NOUNS)
_HOUSE_PLURALS = ("یان", "یه")  # «زیاریان», «سامانیان», «صفویه»: a house named by its forefather


def house_rule(words: Words) -> Iterator[Span]:
    """Rule 5j: the royal house after a noun of :data:`HOUSE_NOUNS` — one of :data:`DYNASTIES` or
    a plural in «یان»/«یه» that is no everyday word («دودمان زیاریان», «سلسله صفویه») — alone,
    a body."""
    norms = words.norms
    if _HOUSE_NOUNS.isdisjoint(words.vocabulary):
        return  # (most blocks)
    for i in range(1, len(norms)):
        word = norms[i]
        if norms[i - 1] in _HOUSE_NOUNS and words.spaced(i - 1) and (word in _DYNASTIES or (
                word.endswith(_HOUSE_PLURALS) and name_like(word) and not everyday_word(word))):
            yield _span(words, i, i, "orgName")


_MAX_PUBLISHER_WORDS = 5
_IMPRINT_COLON = re.compile(r"\s*:\s*")
_IMPRINT_END = re.compile(r"\s*[،,]\s*(?:\d{4}|\d{2}|[\u06f0-\u06f9\u0660-\u0669]{2,4})(?!\d)|\s*\.")
_YEAR_IN_BRACKETS = re.compile(r"\(\s*\d{4}\s*\)")


def _imprint_word(word: str) -> bool:
    """A word of a publisher's name: a name-like word or an organisation's head («انتشارات»)."""
    return name_like(word) or word in _ORG_HEADS


def publisher_rule(words: Words, places: dict[int, Span]) -> Iterator[Span]:
    """Rule 5g: the publisher of a reference, between the place of publication and the year —
    «تهران: انتشارات سخن، ۱۳۷۵», «تهران: نشر نی، ۱۳۸۵» — or before the full stop of a reference
    that gave its year in brackets («زرین‌کوب، عبدالحسین (۱۳۷۵). … تهران: علمی.»): one to
    :data:`_MAX_PUBLISHER_WORDS` words that are no verbs, the imprint's form (Chicago and APA
    styles, as Persian bibliographies follow them)."""
    folded, norms = words.folded, words.norms
    bracketed = _YEAR_IN_BRACKETS.search(folded) is not None
    for place in places.values():
        last_place = bisect_left(words.ends, place.end)
        if last_place + 1 >= len(words) or words.ends[last_place] != place.end \
                or not _IMPRINT_COLON.fullmatch(words.gaps[last_place + 1]):
            continue
        first = last = last_place + 1
        while last - first < _MAX_PUBLISHER_WORDS and _imprint_word(norms[last]) and words.spaced(last):
            last += 1
        if not _imprint_word(norms[last]) or last - first >= _MAX_PUBLISHER_WORDS:
            continue
        end = _IMPRINT_END.match(folded, words.ends[last])
        if end is None or (end.group().strip() == "." and not bracketed):
            continue
        yield Span(words.starts[first], words.ends[last], "orgName", CANDIDATE_ATTRS)
