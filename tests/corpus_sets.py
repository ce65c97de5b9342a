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
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
HEADINGS = {"## Held-out set 30": "h30", "## Held-out set 3": "h3", "## Held-out set 4": "h4",
            "## Held-out set 5": "h5", "## Held-out set 6": "h6", "## Held-out set 7": "h7",
            "## Held-out set 8": "h8", "## Held-out set 9": "h9", "## Held-out set 10": "h10",
            "## Held-out set 11": "h11", "## Held-out set 12": "h12",
            "## Held-out set 13": "h13", "## Held-out set 14": "h14", "## Held-out set 15": "h15",
            "## Held-out set 16": "h16", "## Held-out set 17": "h17", "## Held-out set 18": "h18",
            "## Held-out set 19": "h19", "## Held-out set 20": "h20", "## Held-out set 21": "h21",
            "## Held-out set 24": "h24", "## Held-out set 25": "h25", "## Held-out set 26": "h26",
            "## Held-out set 27": "h27", "## Held-out set 28": "h28",
            "## Held-out set 29": "h29",
            "## Held-out set": "h1", "## Second held-out set": "h2"}
"""Headings of the README after which its tables list another set (the first that starts the
line wins: «## Held-out set 30» before «3», «3» … «14» before «## Held-out set»)."""
NEWEST = "h30"


def sets() -> dict[str, str]:
    """Folder name → set (``dev``, ``h1`` … ``h30``), from the README's tables."""
    found, current = {}, "dev"
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        current = next((name for heading, name in HEADINGS.items() if line.startswith(heading)), current)
        if (row := re.match(r"\| ([a-z0-9-]+) \|", line)) and row.group(1) != "folder":
            found[row.group(1)] = current
    return found


def split(folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """``folders`` as (those rules have been written with, those of the newest held-out set)."""
    of_set = sets()
    return ([f for f in folders if of_set.get(f.name) != NEWEST],
            [f for f in folders if of_set.get(f.name) == NEWEST])
