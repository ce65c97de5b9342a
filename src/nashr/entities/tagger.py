"""Names, dates and numbers of one text block as TEI spans, linked to the registers.

:class:`Tagger` is built once per process from ``tei/registers/`` and then tags block after
block. For each block it returns :class:`nashr.markup.Span` objects (offsets into the block's
source text, exactly as given) for:

* register names — ``persName``/``orgName``/``placeName`` with ``@ref`` to the entry
  (``../registers/persons.xml#p-…``). Matching compares :func:`nashr.entities.normalize.compact`
  keys (ي/ی, ك/ک, ئ/ی, digits, diacritics, spaces and ZWNJ ignored); a match must start and end at
  word boundaries of the source (never inside a word); of the names starting at one place
  the longest wins. Names inside names are kept as nested elements
  («<orgName>حزب کمونیست کارگری <placeName>ایران</placeName></orgName>»);
* candidates for names the registers do not know (:mod:`nashr.entities.candidates` rules), with
  ``@cert="low"`` and ``@resp="#nashr"`` and no ``@ref``;
* dates (:mod:`nashr.entities.dates`) and numbers (:mod:`nashr.entities.numbers`).

Spans never cross (:func:`nashr.markup.resolve_overlaps` is applied); they may nest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from nashr.entities import candidates
from nashr.entities.dates import DateContext, date_spans
from nashr.entities.normalize import IGNORED, fold, name_key, word_bounds
from nashr.entities.numbers import num_spans
from nashr.entities.registers import KINDS, Entry, Registers, load_registers
from nashr.markup import Occupied, Span, outermost, resolve_overlaps

__all__ = ["DateContext", "Tagger", "REF_BASE"]

REF_BASE = "../registers/"
"""Relative URI from ``tei/texts/*.xml`` to the register files."""


@dataclass(slots=True)
class _Trie:
    children: dict[str, _Trie] = field(default_factory=dict)
    entry: Entry | None = None


class Tagger:
    """Entity tagger over the edition's registers; build once, call :meth:`tag` per block."""

    def __init__(self, registers: Registers, ref_base: str = REF_BASE) -> None:
        """Index every name of ``registers``.

        Args:
            registers: the loaded registers.
            ref_base: prefix of ``@ref`` values, before ``persons.xml#…``.
        """
        self.registers = registers
        self.ref_base = ref_base
        self._root = _Trie()
        self._heads: set[str] = set()  # first two characters of every key: a cheap pre-check
        self.duplicates: list[tuple[str, str, str]] = []
        """Names whose key two entries share, as ``(name, kept id, ignored id)``."""
        for entry in registers.entries:
            for name in entry.names:
                self._add(name, entry)

    @classmethod
    def from_registers(cls, registers_dir: Path, ref_base: str = REF_BASE) -> Tagger:
        """Load ``persons.xml``, ``orgs.xml``, ``places.xml`` from ``registers_dir``.

        Raises:
            nashr.entities.registers.RegisterError: a register file is broken.
        """
        return cls(load_registers(registers_dir), ref_base)

    def _add(self, name: str, entry: Entry) -> None:
        key = name_key(name)
        if not key:
            return
        self._heads.add(key[:2])
        node = self._root
        for char in key:
            node = node.children.setdefault(char, _Trie())
        if node.entry is not None and node.entry.id != entry.id:
            self.duplicates.append((name, node.entry.id, entry.id))
            return
        node.entry = entry

    def ref(self, entry: Entry) -> str:
        """The ``@ref`` value pointing at ``entry``."""
        return f"{self.ref_base}{KINDS[entry.kind].filename}#{entry.id}"

    def register_spans(self, text: str) -> list[Span]:
        """Register names in ``text``: at each word start the longest name ending at a word end.

        The trie of name keys is walked over the folded text, stepping over the characters
        :func:`nashr.entities.normalize.compact` drops (spaces, ZWNJ, diacritics …), so offsets stay
        source offsets.
        """
        folded = fold(text)
        size = len(folded)
        starts, ends = word_bounds(text)
        spans: list[Span] = []
        heads, root = self._heads, self._root
        for start in starts:
            pair = folded[start : start + 2]
            if pair not in heads and not (len(pair) == 2 and pair[1] in IGNORED):
                continue  # no name starts with these two letters
            node = root
            best: tuple[int, Entry] | None = None
            j = start
            while j < size:
                char = folded[j]
                j += 1
                if char in IGNORED:
                    continue
                child = node.children.get(char)
                if child is None:
                    break
                node = child
                if node.entry is not None and j in ends:
                    best = (j, node.entry)
            if best is not None:
                end, entry = best
                spans.append(
                    Span(start, end, KINDS[entry.kind].name_tag, {"ref": self.ref(entry)})
                )
        # A name inside a longer name of the same entry («کانال جدید» in «تلویزیون کانال
        # جدید») is the same mention: only the outer one is kept.
        return outermost(spans, key=lambda s: s.attrs["ref"])

    def tag(self, text: str, context: DateContext | None = None) -> list[Span]:
        """All entity spans of one block, outer spans first, none crossing another.

        Args:
            text: one block of the source exactly as in the file (Arabic ي/ك, any digits,
                NBSP, missing ZWNJ are fine); offsets refer to this string.
            context: the document's date (:class:`DateContext`), used for «امسال» and
                two-digit years; None when the document gives none.
        """
        names = _drop_names_continued_by_place(text, self.register_spans(text))
        named_ranges = Occupied((s.start, s.end) for s in names)
        dates = [d for d in date_spans(text, context) if named_ranges.free(d.start, d.end)]
        taken = [(s.start, s.end) for s in (*names, *dates)]
        found = candidates.candidate_spans(text, names, taken)
        # Only names and candidates can cross one another: dates avoid names, numbers avoid
        # everything claimed. Resolving just those keeps this linear in the dates and numbers.
        named = resolve_overlaps([*names, *found])
        claimed = [(s.start, s.end) for s in (*named, *dates)]
        numbers = num_spans(text, exclude=claimed)
        return sorted([*named, *dates, *numbers], key=lambda s: (s.start, -s.end))


def _drop_names_continued_by_place(text: str, names: list[Span]) -> list[Span]:
    """Drop an organisation name that runs on into a place («حزب کمونیست کارگری عراق»).

    The register knows «حزب کمونیست کارگری» (Iran's party); followed directly by another
    place it names a different organisation, which the candidate rules then offer.
    """
    place_starts = {s.start for s in names if s.tag == "placeName"}
    return [
        span
        for span in names
        if not (span.tag == "orgName" and _after_spaces(text, span.end) in place_starts)
    ]


_SPACES = re.compile(r"\s+")


def _after_spaces(text: str, offset: int) -> int:
    """The offset after the run of whitespace at ``offset`` (-1 when there is none)."""
    match = _SPACES.match(text, offset)
    return match.end() if match else -1
