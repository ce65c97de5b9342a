"""Persian normalisation for analysis (never for the edition's text), aligned to source offsets.

The TEI keeps the source's characters; names, dates and numbers are *found* in a normalised
view and marked up on the original characters. Two views are offered:

* :func:`fold` — same length as the source, character for character: hazm's character
  unification table (``hazm.constants.TRANSLATION_SRC`` → ``TRANSLATION_DST``: Arabic ي/ك →
  Persian ی/ک, presentation forms, NBSP → space), Persian and Arabic-Indic digits → ASCII
  digits, and nashr's additions for matching (ئ/ى → ی, أ/إ/آ → ا, ؤ → و, ة/ۀ → ه, «/» → ", as
  hazm's table already does with “/”; the Pashto letters Dari texts use, ګ/ې/ۍ/ټ/ډ/ړ/ڼ/ښ →
  گ/ی/ی/ت/د/ر/ن/ش: «۳۱ اګست»). Because
  the length is unchanged, an offset in the folded text *is* the source offset: regular
  expressions for dates and numbers run on it directly.
* :func:`compact` — the folded text without the :data:`IGNORED` characters (spaces, NBSP,
  ZWNJ U+200C, ZWJ U+200D, tatweel U+0640, Arabic diacritics U+064B–U+0652, U+0654, U+0670, and
  U+0674, the high hamza that older typing puts for the ezafe's hamza U+0654: «روزنامهٴ اطلاعات»):
  the form of register name keys, so «کمونیست‌کارگری», «کمونیست کارگری» and
  «کمونیستکارگری» are one key. The matcher walks the folded source stepping over the
  ignored characters, so a match's offsets are source offsets (the alignment).
* :func:`words` and :func:`word_bounds` — the source's words by offset, for the rules
  (:meth:`Words.split` reads a word as two where a space was lost, offsets unchanged).
* :func:`without_tatweel` — a recogniser run on the text without its tatweels, its spans moved
  back onto the source's offsets (a pattern over :func:`fold` sees «شهـریور», not «شهریور»).

Register names (written by editors, not aligned to anything) get the same treatment
(:func:`name_key`), plus hazm's ligature expansions (``UNICODE_REPLACEMENTS``, «ﷲ» → «الله»)
and its list of special marks dropped (``SPECIAL_CHARS_PATTERNS``). That is what hazm's
``Normalizer(seperate_mi=False).normalize`` followed by :func:`compact` gives (a test checks
the two agree) without building the Normalizer (0.5 s) or importing hazm (0.5 s): hazm's
tables are read by :mod:`nashr.entities.lexicon`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate

from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import DASH_TATWEEL
from nashr.entities.lexicon import hazm_constants
from nashr.markup import Span

ZWNJ = "\u200c"
ZWJ = "\u200d"
TATWEEL = "\u0640"

_DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
_DIGITS_ASCII = "0123456789" * 2
_NASHR_SRC = "ئىأإآؤةۀ«»" + "ګېۍټډړڼښ"
_NASHR_DST = "ییااا" + "وهه" + '""' + "گییتدرنش"
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0654\u0670\u0674"
"""The Arabic diacritics (harakat U+064B–U+0652, hamza above U+0654, superscript alef U+0670, high hamza U+0674)."""
_SEPARATORS = f" \t\n\r\f\v\u00a0\u2009\u202f{ZWNJ}{ZWJ}{TATWEEL}"


@cache
def _fold_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The folding table and a pattern of the characters it changes, built on first use."""
    constants = hazm_constants()
    table = {ord(s): d for s, d in zip(constants.TRANSLATION_SRC, constants.TRANSLATION_DST, strict=True)}
    table.update({ord(s): d for s, d in zip(_DIGITS, _DIGITS_ASCII, strict=True)})
    # ZWNJ/ZWJ keep their place (same length) but read as a joiner; NBSP reads as a space.
    table.update({ord(s): d for s, d in zip(_NASHR_SRC, _NASHR_DST, strict=True)})
    table[0x00A0] = " "
    # Most characters fold to themselves: replacing only the few that change is several times
    # faster than str.translate over every character.
    return table, re.compile(f"[{re.escape(''.join(map(chr, table)))}]")


def _fold_char(match: re.Match[str]) -> str:
    return _fold_table()[0][ord(match.group())]

IGNORED: frozenset[str] = frozenset(_SEPARATORS + DIACRITICS)
"""Characters :func:`compact` drops: matching skips them."""
_IGNORED_CHARS = _SEPARATORS + DIACRITICS  # for str.strip: a gap of these only strips to ""
_KEPT_RUN = LazyPattern(f"[^{re.escape(_SEPARATORS + DIACRITICS)}]+")


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Return ``text`` with letters and digits unified, same length as ``text``.

    ``len(fold(t)) == len(t)`` always holds, so offsets carry over unchanged. The last few
    results are cached: the recognisers of one block each ask for the same folded text.
    """
    return _fold_table()[1].sub(_fold_char, text)


def compact(text: str) -> str:
    """Return the folded text without the :data:`IGNORED` characters (see the module docstring)."""
    return "".join(_KEPT_RUN.findall(fold(text)))


@cache
def _key_rules() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    constants = hazm_constants()
    special = "|".join(pattern for pattern, _ in constants.SPECIAL_CHARS_PATTERNS)
    return tuple(constants.UNICODE_REPLACEMENTS), re.compile(special)


def name_key(name: str) -> str:
    """Return the matching key of a register name: folded, separator-free (module docstring).

    Two spellings that differ only in ي/ی, ك/ک, ئ/ی, digits, diacritics, spaces or ZWNJ have
    the same key.
    """
    return name_keys([name])[0]


def name_keys(names: list[str]) -> list[str]:
    """:func:`name_key` of each of ``names``, computed on their join (NUL apart, a character no
    name, replacement or mark holds): one pass of each rule over all, for the thousands of
    names a tagger indexes at start."""
    if not names:
        return []
    replacements, special = _key_rules()
    joined = "\x00".join(names)
    for old, new in replacements:
        joined = joined.replace(old, new)
    return compact(special.sub("", joined)).split("\x00")


_MARKS = "\u064b-\u065f\u0670"
# A word: a letter, then letters, digits, Arabic marks and joiners (ZWNJ, ZWJ, tatweel); joiners
# at its end are given back to the gap («ایران‌ » with a stray ZWNJ is the word «ایران»). The
# capture group makes re.split return the words between the gaps.
_WORD_SPLIT = re.compile(rf"([^\W\d_][\w{_MARKS}{ZWNJ}{ZWJ}{TATWEEL}]*)")
_JOINERS = (ZWNJ, ZWJ, TATWEEL)
# A joiner no word character follows: where a word of :data:`_WORD_SPLIT` can end in one (one
# search of the block instead of a test of every word).
_JOINER_AT_END = re.compile(rf"[{ZWNJ}{ZWJ}{TATWEEL}](?![\w{_MARKS}{ZWNJ}{ZWJ}{TATWEEL}])")
# The ignored characters a word (:data:`_WORD_SPLIT`) can hold: the joiners and the marks, no
# separator. Deleting each with str.replace, only when present, is faster than a regular
# expression or str.translate.
_WORD_IGNORED = tuple(c for c in _SEPARATORS + DIACRITICS if _WORD_SPLIT.fullmatch("ا" + c))
_WORD_IGNORED_ANY = re.compile(f"[{''.join(_WORD_IGNORED)}]")


class Words:
    """The words of one block, as parallel lists (built by C-level string operations).

    Attributes:
        folded: :func:`fold` of the block.
        starts, ends: source offsets of word ``i`` (``[starts[i], ends[i])``).
        norms: word ``i`` folded and without :data:`IGNORED` characters (ZWNJ, marks …), the
            form of :func:`name_key` keys.
        gaps: ``gaps[i]`` is the text before word ``i``; ``gaps[len(norms)]`` the text after
            the last word.
        spaced: ``spaced(i)`` is True when words ``i`` and ``i + 1`` exist and only whitespace
            stands between them (a lookup in a table built with the words: the rules ask it
            about a hundred times per word).
        vocabulary: the set of ``norms``, built once: a rule that needs one of a few words asks
            whether the block holds any (one set operation in C) before it reads the words.
    """

    __slots__ = ("folded", "starts", "ends", "norms", "gaps", "spaced", "vocabulary")

    def __init__(self, text: str) -> None:
        self.folded = fold(text)
        parts = _WORD_SPLIT.split(self.folded)
        trailing = [k for k in range(1, len(parts), 2) if parts[k].endswith(_JOINERS)] \
            if _JOINER_AT_END.search(self.folded) else []
        for k in trailing:
            word = parts[k].rstrip(ZWNJ + ZWJ + TATWEEL)
            parts[k + 1] = parts[k][len(word) :] + parts[k + 1]
            parts[k] = word
        offsets = list(accumulate(map(len, parts)))
        count = len(parts) // 2
        self.starts = offsets[0 : 2 * count : 2]
        self.ends = offsets[1 : 2 * count : 2]
        self.gaps = parts[0::2]
        self.norms = parts[1::2]
        if count and _WORD_IGNORED_ANY.search(self.folded):  # (a block without any: its words as they are)
            joined = "\x00".join(self.norms)
            for ignored in _WORD_IGNORED:
                if ignored in joined:
                    joined = joined.replace(ignored, "")
            self.norms = joined.split("\x00")
        self.spaced = _Spaced(self.gaps).__getitem__
        self.vocabulary = frozenset(self.norms)

    def __len__(self) -> int:
        return len(self.norms)

    def glued(self, i: int) -> bool:
        """True when words ``i`` and ``i + 1`` exist and only :data:`IGNORED` characters (spaces,
        ZWNJ, tatweel) stand between them: they may be parts of one name key."""
        return i + 1 < len(self.norms) and not self.gaps[i + 1].strip(_IGNORED_CHARS)

    def cut_at(self, i: int, letters: int) -> tuple[int, int]:
        """The source offsets where the first ``letters`` letters of word ``i`` (of :attr:`norms`: no
        joiner or mark counted) end and where its next letter starts (after the joiners and marks
        between them); ``0 < letters < len(norms[i])``."""
        end, folded = self.starts[i], self.folded
        while letters:
            letters -= folded[end] not in _WORD_IGNORED
            end += 1
        rest = end
        while folded[rest] in _WORD_IGNORED:
            rest += 1
        return end, rest

    def split(self, cuts: dict[int, int]) -> Words:
        """These words with each word ``i`` of ``cuts`` read as two, its first ``cuts[i]`` letters of
        :attr:`norms` and the rest, which :attr:`spaced` reads as apart: a space lost in typing
        («شاروالیکابل» read as «شاروالی کابل»). Offsets stay the source's (a word's joiners and marks
        after the cut go to the gap between the two); word ``i`` here is word ``i + k`` of the result,
        ``k`` the number of cuts before ``i``. Linear in the number of words."""
        split = object.__new__(Words)
        split.folded = self.folded
        starts, ends, norms, gaps, apart = [], [], [], [self.gaps[0]], []
        for i, word in enumerate(self.norms):
            cut = cuts.get(i, 0)
            if 0 < cut < len(word):
                head_end, rest = self.cut_at(i, cut)
                apart.append(len(norms))
                starts += (self.starts[i], rest)
                ends += (head_end, self.ends[i])
                norms += (word[:cut], word[cut:])
                gaps += (self.folded[head_end:rest], self.gaps[i + 1])
            else:
                starts.append(self.starts[i])
                ends.append(self.ends[i])
                norms.append(word)
                gaps.append(self.gaps[i + 1])
        split.starts, split.ends, split.norms, split.gaps = starts, ends, norms, gaps
        spaced = _Spaced(gaps)
        spaced.update(dict.fromkeys(apart, True))
        split.spaced = spaced.__getitem__
        split.vocabulary = frozenset(norms)
        return split


class _Spaced(dict[int, bool]):
    """:attr:`Words.spaced` as a table: word index → whether only whitespace follows it up to
    the next word, filled for the indices ``0 … len(words) - 1`` at once (C-level calls); any
    other index (``-1``, past the end) is answered by the same test, which :meth:`__missing__`
    makes."""

    __slots__ = ("gaps",)

    def __init__(self, gaps: list[str]) -> None:
        # gaps[i + 1] stands between words i and i + 1 and is never empty (a word takes every
        # word character after its first letter); the last word has none after it
        super().__init__(enumerate(map(str.isspace, gaps[1:-1])))
        if len(gaps) > 1:
            self[len(gaps) - 2] = False
        self.gaps = gaps

    def __missing__(self, i: int) -> bool:
        gaps = self.gaps
        return i + 2 < len(gaps) and (not gaps[i + 1] or gaps[i + 1].isspace())


class Passing:
    """The words (norm form) that pass a test of one word, found in a block's
    :attr:`Words.vocabulary` by set operations: each word is tested once, the first time a block
    holds it, and remembered (up to ``limit`` words, then forgotten and tested again), so that a
    rule reading most blocks' words for a rare kind of word costs two set operations in C there."""

    def __init__(self, test: Callable[[str], bool], limit: int = 1 << 17) -> None:
        self._test = test
        self._limit = limit
        self._seen: set[str] = set()
        self._passed: set[str] = set()

    def among(self, vocabulary: frozenset[str]) -> set[str]:
        """The words of ``vocabulary`` that pass the test."""
        if len(self._seen) > self._limit:
            self._seen.clear()
            self._passed.clear()
        for word in vocabulary.difference(self._seen):
            self._seen.add(word)
            if self._test(word):
                self._passed.add(word)
        return self._passed.intersection(vocabulary)


@lru_cache(maxsize=16)
def words(text: str) -> Words:
    """The letter words of ``text`` (:class:`Words`), cached like :func:`fold`."""
    return Words(text)


def without_tatweel(find: Callable[[str], list[Span]], text: str) -> list[Span]:
    """``find`` run on ``text`` without its tatweels (U+0640, kashida: a letter drawn longer, no
    letter of its own; Unicode Standard §9.2), its spans moved back onto ``text``: a span starts at
    the source offset of its first character and ends after its last, so «۳۰ شهـریور ۱۳۳۰» is
    found as «۳۰ شهریور ۱۳۳۰» is and marked on the source's characters, tatweel included. Without a
    tatweel in ``text``, ``find(text)``. A tatweel after a digit stays: it is a dash between
    numbers there (:data:`nashr.convert.reading.DASH_TATWEEL`), and «6018ـ49823ـ28/12/1325» of a
    PDF layer's letter number and date does not glue into «60184982328/12/1325». Linear in
    ``len(text)``."""
    if TATWEEL not in text:
        return find(text)
    dashes = {m.start("dash") for m in DASH_TATWEEL.finditer(text)}
    kept = [i for i, char in enumerate(text) if char != TATWEEL or i in dashes]
    kept.append(len(text))  # (a point after the last kept character)
    return [dataclasses.replace(span, start=kept[span.start],
                                end=kept[span.end - 1] + 1 if span.end > span.start else kept[span.start])
            for span in find("".join(text[i] for i in kept[:-1]))]
