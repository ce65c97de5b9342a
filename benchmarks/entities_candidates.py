#!/usr/bin/env python3
"""How well the rule-based candidates find people the registers do not know.

The seeds' tests pass with full registers (every name of the seeds is registered), which says
nothing about new texts. Here the person register is left out: every person of the seeds'
expected lists (tests/data/entities/*.tsv) must then be found by the candidate rules alone.
Prints recall (expected person mentions found as candidates with exactly the same characters)
and precision (candidate persName spans that are expected persons), with the misses and false
hits. Usage: ``uv run python benchmarks/entities_candidates.py`` (repository root).
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "data" / "entities"


def expected_persons(stem: str) -> Counter[str]:
    rows: Counter[str] = Counter()
    for line in (EXPECTED / f"{stem}.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("persName\t"):
            _, text, _, count = line.split("\t")
            rows[text] += int(count)
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        registers = Path(tmp)
        for name in ("orgs.xml", "places.xml"):
            shutil.copy(ROOT / "tei" / "registers" / name, registers / name)
        tagger = Tagger.from_registers(registers)
        want_all: Counter[str] = Counter()
        got_all: Counter[str] = Counter()
        for tsv in sorted(EXPECTED.glob("*.tsv")):
            stem = tsv.stem
            want = expected_persons(stem)
            got: Counter[str] = Counter()
            for line in (ROOT / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").split("\n"):
                for span in tagger.tag(line):
                    if span.tag == "persName" and span.attrs.get("cert") == "low":
                        got[line[span.start : span.end]] += 1
            right = sum((want & got).values())
            print(f"{stem}: {right}/{sum(want.values())} persons found, {sum(got.values())} candidates")
            print(f"  missed: {sorted((want - got).elements())}")
            print(f"  false:  {sorted((got - want).elements())}")
            want_all += want
            got_all += got
        right = sum((want_all & got_all).values())
        print(f"recall {right / sum(want_all.values()):.2f}, precision {right / max(sum(got_all.values()), 1):.2f}")


if __name__ == "__main__":
    main()
