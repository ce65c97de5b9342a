#!/usr/bin/env python3
"""Entity precision/recall/F1 on the test collection (tests/data/corpus/*/entities.tsv) and on
the five seeds (tests/data/entities/*.tsv).

Each text with hand-made entities is converted as ``nashr convert`` does (structure, then the
tagger per block) and its entity elements are compared with the hand-made ones
(:mod:`nashr.entities.evaluate`), in two settings: the registers as shipped (tei/registers/),
and with no registers at all (the seeds' registers removed: gazetteer and candidate rules
only). Prints the tables, then with ``--errors`` every miss and false hit of each.

With ``--by-set``, the collection is also scored per set — the texts the rules of round 2 were
written with (``dev``), the held-out sets (``h1`` … ``h5``), as tests/data/corpus/README.md
lists them under their headings (tests/corpus_sets.py) — and per publisher (F1 over all kinds,
from each text's about.toml), to see whether a rule helps publishers it was not written from.

Usage: ``uv run python benchmarks/entities_corpus.py [--errors] [--by-set]`` (repository root).
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from nashr.entities.evaluate import KINDS, Score, read_annotations, tei_mentions
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from corpus_sets import sets  # noqa: E402
from entity_scoring import annotated, convert, score_collection, score_seeds  # noqa: E402


def errors(score: Score) -> str:
    """Every miss and false hit, by kind and text."""
    rows = [f"miss  {m.kind:<7}{name:<45}{m.text}" for name, m in sorted(score.misses, key=lambda m: (m[1].kind, m[0]))]
    rows += [f"false {m.kind:<7}{name:<45}{m.text}"
             for name, m in sorted(score.false_hits, key=lambda m: (m[1].kind, m[0]))]
    return "\n".join(rows)


def by_set(tagger: Tagger) -> str:
    """Per-kind P/R/F1 of each set, then F1 over all kinds per publisher."""
    of_set, groups, publishers = sets(), defaultdict(Score), defaultdict(Score)
    for folder in annotated():
        source, tree = convert(folder / "source.txt", tagger)
        expected, found = read_annotations(folder / "entities.tsv", source.text), tei_mentions(tree)
        groups[of_set.get(folder.name, "?")].add(folder.name, expected, found)
        publisher = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]
        publishers[publisher].add(folder.name, expected, found)
    def prf(score: Score, kind: str) -> str:
        precision, recall, f1 = score.prf(kind)
        return f"{kind} {precision:.2f}/{recall:.2f}/{f1:.3f}"

    rows = [f"{name:<4} all {score.prf()[2]:.3f}  " + "  ".join(prf(score, kind) for kind in KINDS)
            for name, score in sorted(groups.items())]
    rows += [f"  {score.prf()[2]:.3f}  {publisher}" for publisher, score in sorted(publishers.items())]
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
            if "--by-set" in sys.argv and texts == "collection":
                print(f"== collection by set and publisher, {title}\n{by_set(tagger)}\n")


if __name__ == "__main__":
    main()
