#!/usr/bin/env python3
"""Growth of entity tagging with input size: one long line versus a line per paragraph.

Issue 14 asks for linear time in line length and number of lines. The seeds are repeated to
100 KB … 3.2 MB; each size is tagged as one line (newlines replaced by spaces: one block) and
as many lines (one ``Tagger.tag`` call per line). For each doubling the exponent
log2(t(2n) / t(n)) is printed: 1.0 is linear, 2.0 quadratic (goal ≤ 1.15), and the exponent
over the whole range. Times are CPU time of this process (``time.process_time``), steadier than
wall time on a shared machine.

Usage: ``uv run python benchmarks/entities_growth.py [MAX_MB=3.2]`` (repository root).
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]


def text_of(size: int) -> str:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return (seeds * (size // len(seeds) + 1))[:size]


def seconds(function: object, *args: object) -> float:
    start = time.process_time()
    function(*args)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    limit = float(sys.argv[1]) if len(sys.argv) > 1 else 3.2
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    tagger.tag("گرم کردن: حمید تقوائی، ۵ آبان ۱۳۸۶")
    sizes = []
    size = 100_000
    while size <= limit * 1e6 + 1:
        sizes.append(size)
        size *= 2
    print(f"{'chars':>9} {'one line s':>11} {'exp':>5} {'many lines s':>13} {'exp':>5}")
    previous: tuple[float, float] | None = None
    for size in sizes:
        text = text_of(size)
        one = seconds(tagger.tag, text.replace("\n", " "))
        many = seconds(lambda lines: [tagger.tag(line) for line in lines], text.split("\n"))
        if previous is None:
            print(f"{size:>9} {one:>11.2f} {'':>5} {many:>13.2f}")
        else:
            print(f"{size:>9} {one:>11.2f} {math.log2(one / previous[0]):>5.2f} "
                  f"{many:>13.2f} {math.log2(many / previous[1]):>5.2f}")
        previous = (one, many)
        if size == sizes[0]:
            first = (one, many)
    doublings = len(sizes) - 1
    if doublings:
        print(f"over {doublings} doublings: one line {math.log2(previous[0] / first[0]) / doublings:.2f}, "
              f"many lines {math.log2(previous[1] / first[1]) / doublings:.2f}")


if __name__ == "__main__":
    main()
