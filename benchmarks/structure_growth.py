#!/usr/bin/env python3
"""Linear time of the structure stage: line roles, the TEI builder and serialisation (issues 12, 14).

Builds Persian texts of 100 KB to 3.2 MB from the seeds' sentences, once as a single line (exports,
scraped pages, OCR give such files) and once with a line per sentence, and times
``structure.analyse`` + ``tei.build_tei`` + ``tei.serialise`` (no entity tagging: that stage has
its own benchmark). Prints seconds, MB/s, the growth factor per doubling of the size and the growth
exponent (log2 of the factor; 1.0 is linear), and the ratio to lxml parsing and serialising the same
TEI measured in the same run. Goal: exponent ≤ 1.15 for both shapes.

Usage: ``uv run python benchmarks/structure_growth.py [MAX_KB=3200]`` (from the repository root).
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from nashr.config import load_edition
from nashr.convert.header import SourceInfo
from nashr.convert.sources import read_source
from nashr.convert.structure import analyse
from nashr.convert.tei import build_tei, serialise

ROOT = Path(__file__).resolve().parents[1]


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [s.strip() + "." for s in text.replace("\n", " ").split(".") if len(s.strip()) > 20]


def text_of(size: int, one_line: bool, pool: list[str]) -> str:
    out: list[str] = []
    total = k = 0
    while total < size:
        out.append(pool[k % len(pool)])
        total += len(out[-1].encode()) + 1
        k += 1
    return "عنوان متن آزمایشی\n" + (" " if one_line else "\n").join(out) + "\n"


def timed(path: Path) -> tuple[float, float]:
    edition = load_edition(ROOT / "edition.toml")
    start = time.perf_counter()
    source = read_source(path)
    structure = analyse(source.lines)
    data = serialise(build_tei(source, structure.lines, SourceInfo("growth"), edition, None, structure.conventions))
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    etree.tostring(etree.fromstring(data), encoding="UTF-8")
    return seconds, time.perf_counter() - start


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 3200
    pool = sentences()
    print(f"{'shape':<10} {'KB':>6} {'s':>7} {'MB/s':>6} {'x prev':>7} {'exp':>5} {'x lxml':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for one_line in (True, False):
            previous = None
            kb = 100
            while kb <= limit:
                path = Path(tmp) / "growth.txt"
                path.write_text(text_of(kb * 1000, one_line, pool), encoding="utf-8")
                seconds, floor = timed(path)
                growth = f"{seconds / previous:>7.2f} {math.log2(seconds / previous):>5.2f}" if previous else " " * 13
                print(f"{'one line' if one_line else 'lines':<10} {kb:>6} {seconds:>7.3f} "
                      f"{kb / 1000 / seconds:>6.2f} {growth} {seconds / floor:>7.1f}")
                previous = seconds
                kb *= 2


if __name__ == "__main__":
    main()
