#!/usr/bin/env python3
"""How the hand entities of a collection treat a word at the edge of a span, per site.

The annotators of tests/data/corpus/ worked one set after another, and a word that can stand at
the edge of a name — a title («حاج», «سید», «دکتر»), an administrative head word («استان»,
«ولایت»), «دولت» — was put inside the span by some and left outside by others. This script counts,
for a word or pattern, over every text of a folder in the collection's format (``<text>/source.txt``,
``about.toml``, ``entities.tsv``: tests/data/corpus/README.md), per site (publishers spelt apart in
about.toml but one site counted once: :func:`structure_lopo.sites`). Each occurrence is put in the
classes below (one per span it touches, by that span's kind; ``--kind`` keeps spans of one kind):

* ``start``: rows whose span starts with it; ``end``: rows whose span ends with it;
* ``before``: occurrences outside every span that stand just before a span (only spaces or ZWNJ
  between), ``after``: just after one; both per kind of that span (``before:person``);
* ``alone``: a span that is the word itself and nothing else;
* ``none``: occurrences touching no span (in the middle of a span: not counted).

A word matches only whole (no letter, digit, mark or ZWNJ either side), or glued to a neighbour
where a span begins or ends at it (glued words keep their neighbour outside the span: «با[دولت]»,
as the collection's README says). In the pattern a space matches any run of spaces or ZWNJ (or
none: web copies lost their ZWNJ), ی and ک match their Arabic forms (ي ى, ك), and the pattern may
be a regular expression (``--regex``, no folding). Offsets are characters of the decoded text;
each text is read once per run (linear in the texts' length and their rows).

Usage (from the repository root)::

    uv run python benchmarks/entity_families.py حاج                 # per site, every kind
    uv run python benchmarks/entity_families.py "آیت الله" --kind person --examples
    uv run python benchmarks/entity_families.py --regex "ولایت|استان" --kind place
    uv run python benchmarks/entity_families.py دولت --folder /path/to/another/collection

``--examples`` prints each occurrence with its context (site, text, class, the span). Output is
deterministic (sites and texts in name order). Raises nothing of its own: an entities.tsv that does
not fit its text is reported by tests/test_corpus_data.py; such a row is skipped here.
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nashr.convert.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))
from structure_lopo import sites  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
WORD_CHAR = re.compile(r"[^\W_]|[\u0300-\u036f\u064b-\u065f\u0670\u200c]")  # a character that continues a word
GAP = re.compile(r"[ \u200c\u00a0]*")
FOLD = {"ی": "[یيى]", "ي": "[یيى]", "ک": "[کك]", "ك": "[کك]", "ه": "[هة]",
        " ": "[\\s\u200c]*", "\u200c": "[\\s\u200c]*"}  # a pattern's letter → what it matches


@dataclass(frozen=True)
class Span:
    """One row of entities.tsv located in its text: kind and [start, end) character offsets."""

    kind: str
    start: int
    end: int


def compile_pattern(word: str, regex: bool = False) -> re.Pattern[str]:
    """``word`` as a pattern, with ی/ک folding and spaces matching spaces or ZWNJ (``regex``:
    ``word`` is already a regular expression); whether a match is whole is :func:`whole`'s test."""
    return re.compile(word if regex else "".join(FOLD.get(c, re.escape(c)) for c in word))


def spans(folder: Path, text: str) -> list[Span]:
    """The rows of ``folder``'s entities.tsv located in ``text`` (the n-th occurrence of the exact
    string, as nashr.entities.evaluate.read_annotations locates it); rows that do not fit are skipped."""
    found = []
    for row in (folder / "entities.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 3 or not cells[2].isdigit():
            continue
        start = -1
        for _ in range(int(cells[2])):
            start = text.find(cells[1], start + 1)
            if start < 0:
                break
        if start >= 0:
            found.append(Span(cells[0], start, start + len(cells[1])))
    return found


@dataclass(frozen=True)
class Rows:
    """The located rows of one text, indexed by the offset where each begins and ends, and sorted by
    start with the furthest end reached so far (whether a row covers an offset range, by bisection)."""

    by_start: dict[int, list[Span]]
    by_end: dict[int, list[Span]]
    starts: list[int]
    reach: list[int]

    @classmethod
    def of(cls, located: list[Span]) -> Rows:
        by_start: dict[int, list[Span]] = defaultdict(list)
        by_end: dict[int, list[Span]] = defaultdict(list)
        for span in located:
            by_start[span.start].append(span)
            by_end[span.end].append(span)
        ordered = sorted(located, key=lambda s: s.start)
        reach, furthest = [], -1
        for span in ordered:
            furthest = max(furthest, span.end)
            reach.append(furthest)
        return cls(by_start, by_end, [s.start for s in ordered], reach)

    def edge(self, offset: int) -> bool:
        """Whether a row begins or ends at ``offset``."""
        return offset in self.by_start or offset in self.by_end

    def covered(self, a: int, b: int) -> bool:
        """Whether some row holds the range [a, b)."""
        i = bisect_right(self.starts, a) - 1
        return i >= 0 and self.reach[i] >= b


def whole(text: str, start: int, end: int, rows: Rows) -> bool:
    """Whether ``text[start:end]`` is a whole word, or glued to a neighbour where a row begins or ends."""
    return ((start == 0 or not WORD_CHAR.match(text, start - 1) or rows.edge(start))
            and (end == len(text) or not WORD_CHAR.match(text, end) or rows.edge(end)))


def classify(match: re.Match[str], text: str, rows: Rows, kind: str | None) -> list[str]:
    """The classes of one occurrence of the word (see the module's docstring); [] when it lies
    inside a span of another kind than ``kind`` or in the middle of a span of ``kind``."""
    a, b = match.span()

    def wanted(spans: list[Span]) -> list[Span]:
        return [s for s in spans if kind in (None, s.kind)]

    classes = [f"alone:{s.kind}" if s.end == b else f"start:{s.kind}"
               for s in wanted(rows.by_start.get(a, [])) if s.end >= b]
    classes += [f"end:{s.kind}" for s in wanted(rows.by_end.get(b, [])) if s.start < a]
    if classes:
        return classes
    if rows.covered(a, b):
        return []  # inside some span, not at an edge of one of ``kind``
    gap_end, gap_start = GAP.match(text, b).end(), a
    while gap_start > 0 and GAP.fullmatch(text[gap_start - 1]):
        gap_start -= 1
    classes = [f"before:{s.kind}" for s in wanted(rows.by_start.get(gap_end, []))]
    classes += [f"after:{s.kind}" for s in wanted(rows.by_end.get(gap_start, []))]
    return classes or ["none"]


@cache
def annotated(root: Path) -> list[tuple[Path, str, str, Rows]]:
    """Per text under ``root`` with an entities.tsv (in name order): its folder, site, decoded text
    and located rows (read once per run)."""
    folders = sorted(p.parent for p in root.glob("*/entities.tsv"))
    site_of = sites(folders)
    out = []
    for folder in folders:
        text = read_source(folder / "source.txt").text
        out.append((folder, site_of[folder.name], text, Rows.of(spans(folder, text))))
    return out


def count(root: Path, pattern: re.Pattern[str], kind: str | None,
          examples: list[str] | None = None) -> dict[str, Counter[str]]:
    """Site → class → occurrences of ``pattern`` over the annotated texts under ``root``; with
    ``examples``, one line per occurrence appended to it (site, text, class, context)."""
    per_site: dict[str, Counter[str]] = defaultdict(Counter)
    for folder, site, text, rows in annotated(root):
        for match in pattern.finditer(text):
            if not whole(text, *match.span(), rows):
                continue
            for name in classify(match, text, rows, kind):
                per_site[site][name] += 1
                if examples is not None:
                    a, b = match.span()
                    context = text[max(0, a - 40):b + 40].replace("\n", " ⏎ ")
                    examples.append(f"{name:<16}{folder.name:<60}{context}")
    return per_site


def table(per_site: dict[str, Counter[str]]) -> str:
    """Per site one line of its classes, then the totals and how many sites have each class."""
    names = sorted({c for counts in per_site.values() for c in counts})
    total: Counter[str] = sum(per_site.values(), Counter())
    rows = ["  ".join(f"{c}={counts[c]}" for c in names if counts[c]) + f"  | {site}"
            for site, counts in sorted(per_site.items()) if set(counts) != {"none"}]
    rows.append("total  " + "  ".join(f"{c}={total[c]}" for c in names))
    rows.append("sites  " + "  ".join(f"{c}={sum(1 for k in per_site.values() if k[c])}" for c in names))
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("word", help="a word or phrase (or a regular expression with --regex)")
    parser.add_argument("--regex", action="store_true", help="the word is a regular expression")
    parser.add_argument("--kind", choices=("person", "org", "place", "date"), help="only spans of this kind")
    parser.add_argument("--folder", type=Path, default=CORPUS, help="a collection (default tests/data/corpus)")
    parser.add_argument("--examples", action="store_true", help="also every occurrence in its context")
    args = parser.parse_args()
    lines: list[str] | None = [] if args.examples else None
    print(table(count(args.folder, compile_pattern(args.word, args.regex), args.kind, lines)))
    if lines:
        print("\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
