"""Rule-based candidates for names the registers do not know yet.

Every candidate is a span with ``@cert="low"`` and ``@resp="#nashr"`` (TEI
att.global.responsibility) and no ``@ref``: an editor confirms it by adding an entry to a
register (``nashr entities suggest`` prints them ready to paste). The rules, each a function
below:

1. :func:`given_name_rule` — a given name from ``data/given_names_fa.txt`` followed by a
   surname-like word (not a stop word, verb form, number word, month or title): «غلام
   اکبری»; a surname part written apart («تقی زاده») joins the name.
2. :func:`honorific_rule` — an honorific («رفیق», «آقای», «خانم», «دکتر» …) followed by two
   name-like words: «رفیق سارا نیکپور».
3. :func:`list_rule` — two name-like words in a list next to a known person, separated by
   «،» or «و»: «حمید تقوائی، سارا نیکپور و …»; after a «،», the item after «و» closes the
   list whatever follows it.
4. :func:`org_head_rule` — an organisation head («حزب», «کمیته», «سازمان», «انجمن», «نهاد»
   …) followed by a quoted name («نهاد "زنان علیه طالبان"») or by up to four words ending in a
   known place («حزب کمونیست کارگری عراق»; the place stays nested inside).
5. :func:`place_head_rule` — «شهر», «استان», «شهرستان», «روستای», «بندر» + one word.

Words are compared in the folded form of :func:`nashr.entities.normalize.fold`; stop words are hazm's
list (``hazm/data/stopwords.dat``) plus clitics, titles and a few discourse adverbs; verb
forms are recognised from hazm's verb stems (``hazm/data/verbs.dat``, :func:`looks_like_verb`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib.resources import files

from nashr.entities import lexicon
from nashr.entities.dates import MONTHS
from nashr.entities.normalize import fold, words
from nashr.entities.numbers import is_number_word
from nashr.markup import Occupied, Span, outermost

CANDIDATE_ATTRS = {"cert": "low", "resp": "#nashr"}
HONORIFICS = ("رفیق", "آقای", "خانم", "دکتر", "مهندس", "سرکار", "استاد")
ORG_HEADS = (
    "حزب", "سازمان", "کمیته", "انجمن", "اتحادیه", "شورای", "نهاد", "کانون", "جبهه",
    "سندیکای", "فدراسیون", "کنفدراسیون", "بنیاد", "مؤسسه", "موسسه", "تلویزیون", "رادیو",
    "روزنامه", "نشریه", "کمپین",
)  # fmt: skip
PLACE_HEADS = ("شهر", "استان", "شهرستان", "روستای", "بندر")
SURNAME_PARTS = ("زاده", "پور", "نژاد", "فر", "راد", "نیا", "وند")
_QUOTES = {'"': '"', "«": "»", "“": "”"}
_QUOTE_AFTER = re.compile(r"\s*([\"«“])")
_MAX_QUOTED = 80  # characters: a quoted organisation name, not a quoted sentence
_MAX_ORG_WORDS = 4


def _norm(word: str) -> str:
    return fold(word).replace("\u200c", "")


_HONORIFICS = frozenset(_norm(h) for h in HONORIFICS)
_ORG_HEADS = frozenset(_norm(h) for h in ORG_HEADS)
_PLACE_HEADS = frozenset(_norm(h) for h in PLACE_HEADS)


@cache
def given_names() -> frozenset[str]:
    """The given-name list (``nashr/entities/data/given_names_fa.txt``), folded."""
    text = files("nashr.entities").joinpath("data/given_names_fa.txt").read_text(encoding="utf-8")
    return frozenset(_norm(line) for line in text.splitlines() if line and line[0] != "#")


@cache
def _triggers() -> frozenset[str]:
    return given_names() | _HONORIFICS | _ORG_HEADS | _PLACE_HEADS


@cache
def stop_words() -> frozenset[str]:
    """hazm's stop words plus clitics and titles, folded: words that never start a name."""
    extra = (
        "را", "ها", "های", "هایی", "ای", "ی", "و", "هیئت", "هیات", "نفر", "عزیز",
        "بالاخره", "سرانجام", "نهایتا", "بویژه", "خصوصا", "مخصوصا", "همینطور", "ضمنا",
    )  # fmt: skip
    words = (*lexicon.stopwords(), *extra, *HONORIFICS, *ORG_HEADS, *PLACE_HEADS)
    return frozenset(_norm(w.replace("_", " ")) for w in words)


_VERB_PREFIXES = ("نمی", "می", "ن", "ب", "")
_PAST_ENDINGS = ("ستند", "ستیم", "ست", "یم", "ید", "ند", "ام", "ای", "اند", "م", "ی", "ه", "ن", "")
_PRESENT_ENDINGS = ("یم", "ید", "ند", "م", "د")


@cache
def verb_stems() -> tuple[frozenset[str], frozenset[str]]:
    """(past, present) stems of hazm's verb list (:func:`nashr.entities.lexicon.verbs`), folded."""
    pairs = lexicon.verbs()
    past = frozenset(_norm(p) for p, _ in pairs if len(p) > 1)
    present = frozenset(_norm(p) for _, p in pairs if len(p) > 1)
    return past, present


def looks_like_verb(word: str) -> bool:
    """True when a folded word is a verb form: prefix («می», «نمی», «ن», «ب») + stem + ending.

    A present stem + «ی» counts only with a prefix («میکنی»): «شکری», «گیلانی» are names.
    """
    past, present = verb_stems()
    for prefix in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for ending in _PAST_ENDINGS:
            if rest.endswith(ending) and rest[: len(rest) - len(ending)] in past:
                return True
        for ending in (*_PRESENT_ENDINGS, "ی") if prefix else _PRESENT_ENDINGS:
            if rest.endswith(ending) and rest[: len(rest) - len(ending)] in present:
                return True
    return False


class _Block:
    """The words of one block with the text between them."""

    def __init__(self, text: str) -> None:
        self.folded = fold(text)
        self.words = words(text)
        self.starts = [w.start for w in self.words]
        triggers = _triggers()
        # Indices of the words a rule can start from, found in one pass over the block.
        self.triggers = [i for i, w in enumerate(self.words) if w.norm in triggers]

    def at(self, kinds: frozenset[str]) -> Iterator[int]:
        """Indices of trigger words that are in ``kinds``."""
        return (i for i in self.triggers if self.words[i].norm in kinds)

    def gap(self, i: int) -> str:
        """Text between word ``i`` and word ``i + 1`` (or to the end)."""
        end = self.words[i + 1].start if i + 1 < len(self.words) else len(self.folded)
        return self.folded[self.words[i].end : end]

    def joined(self, i: int) -> bool:
        """True when words ``i`` and ``i + 1`` are separated by spaces only."""
        return i + 1 < len(self.words) and self.gap(i).strip() == ""

    def index_at(self, offset: int) -> int | None:
        """Index of the first word starting at or after ``offset``."""
        i = bisect_left(self.starts, offset)
        return i if i < len(self.words) else None


@lru_cache(maxsize=1 << 16)
def name_like(word: str) -> bool:
    """True when a folded word can be part of a name (not a stop word, verb, number or month)."""
    return (
        len(word) >= 2
        and word not in stop_words()
        and not is_number_word(word)
        and word not in MONTHS
        and not looks_like_verb(word)
    )


def _span(block: _Block, first: int, last: int, tag: str = "persName") -> Span:
    return Span(block.words[first].start, block.words[last].end, tag, CANDIDATE_ATTRS)


def given_name_rule(block: _Block) -> Iterator[Span]:
    """Rule 1: given name + surname-like word (+ «زاده», «پور» … written apart)."""
    words = block.words
    taken_until = -1
    for i in block.at(given_names()):
        if i <= taken_until:
            continue  # «منصور فرزاد جزواتی»: «فرزاد» is this name's surname, not a new name
        if block.joined(i) and name_like(words[i + 1].norm):
            last = i + 1
            if block.joined(last) and words[last + 1].norm in SURNAME_PARTS:
                last += 1
            yield _span(block, i, last)
            taken_until = last


def honorific_rule(block: _Block) -> Iterator[Span]:
    """Rule 2: honorific + two name-like words."""
    words = block.words
    for i in block.at(_HONORIFICS):
        if (
            i + 2 < len(words)
            and block.joined(i)
            and block.joined(i + 1)
            and name_like(words[i + 1].norm)
            and name_like(words[i + 2].norm)
        ):
            yield _span(block, i + 1, i + 2)


def _pair_after(block: _Block, offset: int, in_list: bool) -> tuple[int, int] | None:
    """Word indices of a two-word list item right after ``offset`` («، X Y» or «و X Y»).

    ``in_list``: a «،» already separated items of this list, so «و X Y» is its last item
    whatever follows; without one («خمینی و احیای قانون اساسی») the item must end at
    punctuation, the end of the block or another «و».
    """
    i = block.index_at(offset)
    if i is None:
        return None
    between = block.folded[offset : block.words[i].start].strip()
    last_item = between == "" and block.words[i].norm == "و"
    if last_item:
        i += 1
    elif between not in ("،", ","):
        return None
    if i + 1 >= len(block.words) or not block.joined(i):
        return None
    if not (name_like(block.words[i].norm) and name_like(block.words[i + 1].norm)):
        return None
    after = block.gap(i + 1).strip()
    follows = block.words[i + 2].norm if i + 2 < len(block.words) else ""
    if (last_item and in_list) or after or not follows or follows == "و":
        return i, i + 1
    return None


def list_rule(block: _Block, persons: Iterable[Span]) -> Iterator[Span]:
    """Rule 3: two-word items following a known person in a «،»/«و» list."""
    for person in persons:
        offset = person.end
        in_list = False
        while (pair := _pair_after(block, offset, in_list)) is not None:
            yield _span(block, *pair)
            in_list = in_list or block.folded[offset : block.words[pair[0]].start].strip() in ("،", ",")
            offset = block.words[pair[1]].end


def org_head_rule(block: _Block, places: Iterable[Span]) -> Iterator[Span]:
    """Rule 4: organisation head + quoted name, or + words ending in a known place."""
    place_starts = {p.start: p for p in places}
    words = block.words
    for i in block.at(_ORG_HEADS):
        word = words[i]
        quote = _QUOTE_AFTER.match(block.folded, word.end)
        if quote is not None:
            limit = quote.start(1) + _MAX_QUOTED + 1
            closing = block.folded.find(_QUOTES[quote.group(1)], quote.end(), limit)
            if closing != -1 and closing - quote.start(1) <= _MAX_QUOTED:
                yield Span(word.start, closing + 1, "orgName", CANDIDATE_ATTRS)
            continue
        for j in range(i + 1, min(i + 1 + _MAX_ORG_WORDS, len(words))):
            if not block.joined(j - 1):
                break
            place = place_starts.get(words[j].start)
            if place is not None and j > i + 1:
                yield Span(word.start, place.end, "orgName", CANDIDATE_ATTRS)
                break
            if not name_like(words[j].norm):
                break


def place_head_rule(block: _Block) -> Iterator[Span]:
    """Rule 5: «شهر/استان/…» + one name-like word."""
    words = block.words
    for i in block.at(_PLACE_HEADS):
        if block.joined(i) and name_like(words[i + 1].norm):
            yield _span(block, i + 1, i + 1, "placeName")


def candidate_spans(
    text: str, names: Iterable[Span], taken: Iterable[tuple[int, int]]
) -> list[Span]:
    """Candidates of all rules in ``text``, none touching an already ``taken`` range.

    Args:
        text: one block of source text.
        names: register spans found in it (list and organisation rules build on them).
        taken: source ranges already marked (register names, dates).
    """
    block = _Block(text)
    names = list(names)
    blocked = list(taken)
    occupied = Occupied(blocked)

    def free(span: Span) -> bool:
        return occupied.free(span.start, span.end)

    found: dict[tuple[int, int], Span] = {}
    for span in (*given_name_rule(block), *honorific_rule(block)):
        if free(span):
            found.setdefault((span.start, span.end), span)
    persons = [s for s in (*names, *found.values()) if s.tag == "persName"]
    for span in list_rule(block, persons):
        if free(span):
            found.setdefault((span.start, span.end), span)
    places = [s for s in names if s.tag == "placeName"]
    place_ranges = {(s.start, s.end) for s in places}
    # An organisation candidate may contain a known place (it ends with one and starts at a
    # head word, so a place cannot cross it), nothing else already taken.
    not_places = Occupied(r for r in blocked if r not in place_ranges)
    for span in org_head_rule(block, places):
        if not_places.free(span.start, span.end):
            found.setdefault((span.start, span.end), span)
    for span in place_head_rule(block):
        if free(span):
            found.setdefault((span.start, span.end), span)
    return outermost(found.values(), key=lambda s: s.tag)
