"""Entity precision, recall and F1 of converted texts against hand-made ``entities.tsv`` files.

The format is the test collection's (``tests/data/corpus/README.md``): a header line, then one
row per occurrence ``kind<TAB>text<TAB>n[<TAB>attrs]`` with kind ``person``, ``org``, ``place``
or ``date``, ``text`` the exact source characters and ``n`` which occurrence of that string in
the decoded source it is (1 = first; occurrences are counted as plain substrings, nested ones
included).

Both sides are compared in *non-whitespace character offsets*, the coordinates of the fidelity
check (:mod:`nashr.convert.fidelity`): a hand-made span at source offsets and a TEI element
cover the same characters exactly when their non-whitespace ranges are equal, whatever line
breaks and indentation the TEI adds. A found entity counts only with the right kind and the
exact extent (the CoNLL convention); ``persName``/``orgName``/``placeName``/``date`` elements
map to ``person``/``org``/``place``/``date``. Dates' ``when``/``from``/``to`` are compared
separately (:attr:`Score.values_right`), and so are names' register links where the hand-made
list gives one (:attr:`Score.refs_right`).

The seeds' lists (``tests/data/entities/README.md``) have another format, one row per distinct
string with a total count: :func:`read_counted_list` locates their occurrences.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from nashr.convert.fidelity import _is_editorial
from nashr.markup import TEI_NS

KINDS = ("person", "org", "place", "date")
ELEMENT_KINDS = {"persName": "person", "orgName": "org", "placeName": "place", "date": "date"}


class AnnotationError(ValueError):
    """A row of ``entities.tsv`` is malformed or its text does not occur ``n`` times."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity: kind, non-whitespace range ``[start, end)``, the text, date values and the
    register id a name is linked to (``""``: none)."""

    kind: str
    start: int
    end: int
    text: str
    values: tuple[tuple[str, str], ...] = ()
    ref: str = ""


def _nonspace_offsets(text: str) -> list[int]:
    """``result[i]`` = number of non-whitespace characters in ``text[:i]`` (len(text) + 1 items)."""
    counts = [0]
    total = 0
    for char in text:
        total += not char.isspace()
        counts.append(total)
    return counts


def read_annotations(path: Path, source: str) -> list[Mention]:
    """The mentions of an ``entities.tsv`` file, located in the decoded ``source``.

    Raises:
        AnnotationError: a malformed row, or a text that does not occur ``n`` times (the
            message names the file and line).
    """
    offsets = _nonspace_offsets(source)
    mentions = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 3 or cells[0] not in KINDS or not cells[2].isdigit():
            raise AnnotationError(f"{path}:{number}: expected kind, text, n[, attrs]")
        kind, text, n = cells[0], cells[1], int(cells[2])
        start = -1
        for _ in range(n):
            start = source.find(text, start + 1)
            if start < 0:
                raise AnnotationError(f"{path}:{number}: «{text}» does not occur {n} times")
        values = tuple(
            tuple(v.split("=", 1)) for v in (cells[3].split() if len(cells) > 3 else ()) if "=" in v
        )
        mentions.append(Mention(kind, offsets[start], offsets[start + len(text)], text, values))  # type: ignore[arg-type]
    return mentions


def _word_char(char: str) -> bool:
    """A character that continues a word: a letter, digit or mark (Unicode categories L, N, M), or ZWNJ."""
    return char == "\u200c" or unicodedata.category(char)[0] in "LNM"


def _bounded_occurrences(source: str, text: str) -> list[int]:
    """Starts of ``text`` in ``source`` with no word character just before or after it."""
    starts = []
    start = source.find(text)
    while start >= 0:
        end = start + len(text)
        if (start == 0 or not _word_char(source[start - 1])) and (end == len(source) or not _word_char(source[end])):
            starts.append(start)
        start = source.find(text, start + 1)
    return starts


def read_counted_list(path: Path, source: str) -> list[Mention]:
    """The mentions of a seed's list, located in the decoded ``source``.

    Rows (``#`` lines are comments): ``tag<TAB>text<TAB>value<TAB>count`` with ``tag`` a TEI
    element name (``persName``, ``orgName``, ``placeName``, ``date``), ``text`` the exact source
    characters, ``value`` a register id (names) or ``when=…``/``from=…;to=…``/``-`` (dates), and
    ``count`` the occurrences of ``text`` at word boundaries, less those inside a longer row's
    occurrence of the same tag and value (the same entity named at more length: «کمیته مرکزی»
    inside «کمیته مرکزی حزب کمونیست کارگری ایران»); a different entity inside a name counts.

    Raises:
        AnnotationError: a malformed row, or a count that does not match the source (the message
            names the file and line).
    """
    offsets = _nonspace_offsets(source)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or cells[0] not in ELEMENT_KINDS or not cells[3].isdigit():
            raise AnnotationError(f"{path}:{number}: expected tag, text, value, count")
        rows.append((number, cells[0], cells[1], cells[2], int(cells[3])))
    # Occurrences per entity (tag, value), longest first: a shorter one inside a longer is dropped.
    by_entity: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for number, tag, text, value, _ in rows:
        spans = ((s, s + len(text), number) for s in _bounded_occurrences(source, text))
        by_entity.setdefault((tag, value), []).extend(spans)
    counted: Counter[int] = Counter()
    kept: list[tuple[int, int, int]] = []
    for occurrences in by_entity.values():
        reach = -1
        for start, end, number in sorted(occurrences, key=lambda o: (o[0], -o[1])):
            if end <= reach:
                continue  # inside an earlier, longer occurrence of the same entity
            reach = max(reach, end)
            counted[number] += 1
            kept.append((start, end, number))
    mentions = []
    details = {number: (tag, text, value, count) for number, tag, text, value, count in rows}
    for number, (_, text, _, count) in details.items():
        if counted[number] != count:
            raise AnnotationError(f"{path}:{number}: «{text}» occurs {counted[number]} times, not {count}")
    for start, end, number in sorted(kept):
        tag, text, value, _ = details[number]
        kind = ELEMENT_KINDS[tag]
        values = tuple(tuple(v.split("=", 1)) for v in value.split(";") if "=" in v) if kind == "date" else ()
        mentions.append(Mention(kind, offsets[start], offsets[end], text, values, "" if kind == "date" else value))  # type: ignore[arg-type]
    return mentions


def tei_mentions(tree: etree._ElementTree) -> list[Mention]:
    """Entity elements of a TEI document's ``<text>`` in non-whitespace offsets (source readings
    only, as :func:`nashr.convert.fidelity.text_characters` reads them)."""
    text = tree.getroot().find(f"{{{TEI_NS}}}text")
    found: list[Mention] = []
    if text is None:
        return found
    position = 0

    def count(chunk: str | None) -> None:
        nonlocal position
        if chunk:
            position += sum(not c.isspace() for c in chunk)

    def walk(element: etree._Element) -> None:
        count(element.text)
        for child in element:
            if isinstance(child.tag, str) and not _is_editorial(child):
                start = position
                walk(child)
                kind = ELEMENT_KINDS.get(etree.QName(child).localname)
                if kind is not None and position > start:
                    values = tuple((k, str(child.get(k))) for k in ("when", "from", "to") if child.get(k))
                    ref = (child.get("ref") or "").rpartition("#")[2]
                    found.append(Mention(kind, start, position, "".join(child.itertext()), values, ref))
            count(child.tail)

    walk(text)
    return found


@dataclass(slots=True)
class Score:
    """Counts per kind: true positives, hand-made mentions, found mentions, right date values."""

    right: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    values_right: int = 0
    values_expected: int = 0
    refs_right: int = 0
    refs_expected: int = 0
    misses: list[tuple[str, Mention]] = field(default_factory=list)
    false_hits: list[tuple[str, Mention]] = field(default_factory=list)

    def add(self, name: str, expected: Iterable[Mention], found: Iterable[Mention]) -> None:
        """Score one text (``name`` labels its misses and false hits)."""
        gold = {(m.kind, m.start, m.end): m for m in expected}
        seen = {(m.kind, m.start, m.end): m for m in found}
        for key, mention in gold.items():
            self.expected[mention.kind] += 1
            if key in seen:
                self.right[mention.kind] += 1
                if mention.values:
                    self.values_expected += 1
                    self.values_right += set(mention.values) == set(seen[key].values)
                if mention.ref:
                    self.refs_expected += 1
                    self.refs_right += mention.ref == seen[key].ref
            else:
                self.misses.append((name, mention))
        for key, mention in seen.items():
            self.found[mention.kind] += 1
            if key not in gold:
                self.false_hits.append((name, mention))

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """(precision, recall, F1) of one kind, or of all kinds together (micro-average)."""
        kinds = KINDS if kind is None else (kind,)
        right = sum(self.right[k] for k in kinds)
        found = sum(self.found[k] for k in kinds)
        expected = sum(self.expected[k] for k in kinds)
        precision = right / found if found else 1.0
        recall = right / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> str:
        """A plain-text table of precision, recall and F1 per kind and overall."""
        rows = [f"{'kind':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'found':>7}"]
        for kind in (*KINDS, None):
            p, r, f = self.prf(kind)
            gold = sum(self.expected.values()) if kind is None else self.expected[kind]
            found = sum(self.found.values()) if kind is None else self.found[kind]
            rows.append(f"{kind or 'all':<8}{p:>7.3f}{r:>7.3f}{f:>7.3f}{gold:>7}{found:>7}")
        rows.append(f"date values right: {self.values_right}/{self.values_expected}")
        if self.refs_expected:
            rows.append(f"register links right: {self.refs_right}/{self.refs_expected}")
        return "\n".join(rows)

