#!/usr/bin/env python3
"""Entity precision/recall/F1 on the test collection (tests/data/corpus/*/entities.tsv) and on
the five seeds (tests/data/entities/*.tsv).

Each text with hand-made entities is converted as ``nashr convert`` does (structure, then the
tagger per block) and its entity elements are compared with the hand-made ones
(:mod:`nashr.entities.evaluate`), in two settings: the registers as shipped (tei/registers/),
and with no registers at all (the seeds' registers removed: gazetteer and candidate rules
only). Prints the tables, then with ``--errors`` every miss and false hit of each.

Usage: ``uv run python benchmarks/entities_corpus.py [--errors]`` (repository root).
"""

from __future__ import annotations

import sys
from pathlib import Path

from nashr.entities.evaluate import Score
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from entity_scoring import score_collection, score_seeds  # noqa: E402


def errors(score: Score) -> str:
    """Every miss and false hit, by kind and text."""
    rows = [f"miss  {m.kind:<7}{name:<45}{m.text}" for name, m in sorted(score.misses, key=lambda m: (m[1].kind, m[0]))]
    rows += [f"false {m.kind:<7}{name:<45}{m.text}"
             for name, m in sorted(score.false_hits, key=lambda m: (m[1].kind, m[0]))]
    return "\n".join(rows)


def main() -> None:
    settings = {
        "registers as shipped": Tagger.from_registers(ROOT / "tei" / "registers"),
        "no registers": Tagger(Registers(())),
    }
    for texts, scorer in (("collection", score_collection), ("seeds", score_seeds)):
        for title, tagger in settings.items():
            score = scorer(tagger)
            print(f"== {texts}, {title}\n{score.table()}\n")
            if "--errors" in sys.argv:
                print(errors(score) + "\n")


if __name__ == "__main__":
    main()
