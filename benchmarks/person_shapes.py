#!/usr/bin/env python3
"""The collection's person rows nashr misses, and its false person hits, grouped by shape and
counted per publisher (registers as shipped), to find the families that cross publishers.

Each text with hand-made entities (tests/data/corpus/*/entities.tsv) is converted as ``nashr
convert`` does (tests/entity_scoring.py) and its person elements compared with the hand-made rows
(:mod:`nashr.entities.evaluate`). A miss or false hit takes the first shape that fits it:

* ``extent`` — a person found over part of the row, or running past it (a name cut short or run
  long); ``kind`` — the span found as another kind (org, place, date);
* ``latin`` — Latin letters in the name; ``verse`` / ``byline`` / ``title`` — the hand role of its
  line (``l``; ``byline`` or ``signed``; ``title``, ``subtitle`` or ``head``);
* ``short form`` — one word that is a word of a person of several words found or listed before it
  in the text (a surname or given name alone after a full mention);
* ``after title`` — right after a title, term of address or role noun («آقای», «دکتر», «وزیر»);
* ``list`` — with «،» right before or after it; ``other``.

Usage: ``uv run python benchmarks/person_shapes.py [--examples N]`` (repository root): per shape,
misses and false hits with their publishers, the publishers that hold most, and N examples each.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from nashr.entities.candidates.terms import ADDRESS_TERMS, NAME_TITLES, ROLE_NOUNS, norm, norms_of
from nashr.entities.evaluate import Mention, read_annotations, tei_mentions
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from entity_scoring import annotated, convert  # noqa: E402

SHAPES = ("extent", "kind", "latin", "verse", "byline", "title", "short form", "after title", "list", "other")
_LINE_SHAPES = {"l": "verse", "byline": "byline", "signed": "byline", "title": "title", "subtitle": "title",
                "head": "title"}
_TITLES = norms_of((*NAME_TITLES, *ADDRESS_TERMS, *ROLE_NOUNS))
_WORD = re.compile(r"[^\s«»()\[\]،,:؛.!؟?\"'“”]+")


def _line_roles(folder: Path) -> dict[int, str]:
    roles = {}
    for row in (folder / "roles.tsv").read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if len(cells) > 1 and cells[0].isdigit():
            roles[int(cells[0])] = cells[1]
    return roles


class _Text:
    """One converted text: where its non-whitespace offsets fall in the source, and its lines' hand roles."""

    def __init__(self, folder: Path, source: str) -> None:
        self.source = source
        self.index = [i for i, char in enumerate(source) if not char.isspace()]
        self.line_starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", source))]
        self.roles = _line_roles(folder)

    def span(self, mention: Mention) -> tuple[int, int]:
        return self.index[mention.start], self.index[mention.end - 1] + 1

    def role(self, mention: Mention) -> str:
        return self.roles.get(bisect.bisect_right(self.line_starts, self.span(mention)[0]), "")


def shape(mention: Mention, other_side: list[Mention], people_before: list[Mention], text: _Text) -> str:
    """The shape of a person ``mention`` missed or found falsely (:data:`SHAPES`); ``other_side``: the
    mentions of the other side (found for a miss, hand-made for a false hit); ``people_before``: the
    people of several words of either side that start before it."""
    overlapping = [m for m in other_side if m.start < mention.end and mention.start < m.end]
    if any(m.kind == "person" for m in overlapping):
        return "extent"
    if overlapping:
        return "kind"
    if re.search("[A-Za-z]", mention.text):
        return "latin"
    if (line_shape := _LINE_SHAPES.get(text.role(mention))) is not None:
        return line_shape
    words = mention.text.split()
    if len(words) == 1 and any(norm(words[0]) in map(norm, m.text.split()) for m in people_before):
        return "short form"
    start, end = text.span(mention)
    before = _WORD.findall(text.source[max(0, start - 30) : start])
    if before and norm(before[-1]) in _TITLES:
        return "after title"
    if text.source[max(0, start - 3) : start].strip().endswith("،") or text.source[end : end + 3].strip()[:1] == "،":
        return "list"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=3, help="examples printed per shape and side")
    args = parser.parse_args()
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    rows: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (side, shape) → (publisher, name)
    for folder in annotated():
        source, tree = convert(folder / "source.txt", tagger)
        publisher = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]
        expected, found = read_annotations(folder / "entities.tsv", source.text), tei_mentions(tree)
        text = _Text(folder, source.text)
        people = sorted((m for m in (*expected, *found) if m.kind == "person" and len(m.text.split()) > 1),
                        key=lambda m: m.start)
        exact = {(m.start, m.end) for m in found if m.kind == "person"}
        listed = {(m.start, m.end) for m in expected if m.kind == "person"}
        for side, mentions, own, other in (("miss", expected, exact, found), ("false", found, listed, expected)):
            for m in mentions:
                if m.kind == "person" and (m.start, m.end) not in own:
                    before = people[: bisect.bisect_left([p.start for p in people], m.start)]
                    rows[side, shape(m, other, before, text)].append((publisher, m.text))
    for side in ("miss", "false"):
        total = sum(len(v) for (s, _), v in rows.items() if s == side)
        print(f"== {side}: {total} rows")
        for name in SHAPES:
            items = rows.get((side, name), [])
            if not items:
                continue
            by_publisher = Counter(publisher for publisher, _ in items)
            most = ", ".join(f"{p.split(' (')[0]} {n}" for p, n in by_publisher.most_common(3))
            print(f"{name:12} {len(items):5} rows on {len(by_publisher):3} publishers  (most: {most})")
            for publisher, example in items[: args.examples]:
                print(f"    «{example}»  {publisher.split(' (')[0]}")


if __name__ == "__main__":
    main()
