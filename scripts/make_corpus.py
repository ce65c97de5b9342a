#!/usr/bin/env python3
"""Make a synthetic corpus of plain-text sources from the seeds, for benchmarks.

Text i takes seed i mod 5, keeps its top lines (masthead, title) with the issue number changed,
and shuffles its other lines with a random generator seeded by i: the same arguments always
give the same files. Usage: ``scripts/make_corpus.py OUT_DIR [COUNT=1000] [SEEDS_DIR=seeds]``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HEAD_LINES = 3  # masthead, title, subtitle or dateline stay in place


def make_corpus(out: Path, count: int, seeds_dir: Path) -> list[Path]:
    """Write ``count`` texts to ``out`` (created) and return their paths."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"{seeds_dir}: no seeds (*.txt)")
    out.mkdir(parents=True, exist_ok=True)
    texts = [seed.read_text(encoding="utf-8").splitlines() for seed in seeds]
    written = []
    width = max(4, len(str(count - 1)))  # names sort in text order at any count
    for i in range(count):
        lines = list(texts[i % len(texts)])
        rng = random.Random(i)
        head, rest = lines[:HEAD_LINES], lines[HEAD_LINES:]
        rng.shuffle(rest)
        head[0] = re.sub(r"[۰-۹]+\s*$", str(100 + i).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")), head[0])
        path = out / f"synthetic-{i:0{width}d}.txt"
        path.write_text("\n".join(head + rest) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        raise SystemExit(__doc__)
    target = Path(args[0])
    n = int(args[1]) if len(args) > 1 else 1000
    seeds_dir = Path(args[2]) if len(args) > 2 else Path(__file__).resolve().parents[1] / "seeds"
    print(f"{len(make_corpus(target, n, seeds_dir))} texts in {target}")
