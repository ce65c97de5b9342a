"""The sets of tests/data/corpus/: the texts the rules were first written with, and the held-out
sets added after later rounds, each scored blind before anyone wrote rules with it.

tests/data/corpus/README.md lists each set's texts in a table under its own heading; the texts
before the first held-out heading are ``dev``. The newest held-out set (``NEWEST``) has floors of
its own in the corpus tests, at the level it reached blind, until rules are written with it.
Shared by tests/test_structure_corpus.py, tests/test_entities_corpus.py and
benchmarks/entities_corpus.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
HEADING = re.compile(r"## (?:Held-out set (?P<n>\d+)\b|(?P<first>Held-out set)|Second held-out set)")
"""A README heading after which its tables list another set: «## Held-out set N» (``hN``), the
first held-out set's «## Held-out set» (``h1``) and «## Second held-out set» (``h2``)."""
NEWEST = "h50"


def sets() -> dict[str, str]:
    """Folder name → set (``dev``, ``h1`` … ``h30``), from the README's tables."""
    found, current = {}, "dev"
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        if heading := HEADING.match(line):
            current = f"h{heading['n']}" if heading["n"] else "h1" if heading["first"] else "h2"
        if (row := re.match(r"\| ([a-z0-9-]+) \|", line)) and row.group(1) != "folder":
            found[row.group(1)] = current
    return found


def split(folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """``folders`` as (those rules have been written with, those of the newest held-out set)."""
    of_set = sets()
    return ([f for f in folders if of_set.get(f.name) != NEWEST],
            [f for f in folders if of_set.get(f.name) == NEWEST])


TOP_LINES = 3
"""The first non-blank lines of a text that show a web page copied whole."""


def furniture_topped(hand_roles: Iterable[str]) -> bool:
    """A text opens with a site's furniture: one of its first :data:`TOP_LINES` hand-made roles
    (``hand_roles`` in line order, blank lines left out) is ``fw`` — a web page copied whole, menus and all.
    Round 38 (struct61) found the collection's titles right on 70 % of such texts' title lines against 89 %
    of the others', and the blind sets' titles (41–67 %) nearer the first: users bring more such pages
    than the collection has, so the corpus tests and benchmarks/structure_lopo.py score them apart."""
    return "fw" in list(hand_roles)[:TOP_LINES]
