#!/usr/bin/env python3
"""Whether the building process's memory keeps growing with Saxon calls (issue 14, point 6).

saxonche is a GraalVM native image: its Java heap lives in the Python process and its collector
lets the heap grow well before it collects (the largest heap defaults to a share of the
machine's RAM). A build of N texts makes N calls of the previous/next template in the building
process (:func:`nashr.publish.html.text_nav`). This calls it COUNT times in one process, as the
build does (the site's parameters set on each call), and prints the resident memory every tenth
of the way, so one can see whether it grows in proportion to the calls (a leak) or levels off
(the collector's policy).

Usage: ``uv run python benchmarks/saxon_heap.py [COUNT=100000]`` (repository root); prints
``calls  RSS MB`` rows, then the last row's memory as a ratio to the row at a tenth of the calls.
"""

from __future__ import annotations

import sys
from pathlib import Path

import psutil

from nashr.config import load_edition
from nashr.publish.html import SiteOptions, site_context, text_nav

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    site = site_context(load_edition(ROOT / "edition.toml"), SiteOptions())
    process, rows = psutil.Process(), []
    for call in range(count + 1):
        if call % (count // 10) == 0:
            rows.append((call, process.memory_info().rss / 2**20))
            print(f"{call:>8}  {rows[-1][1]:7.0f} MB", flush=True)
        text_nav(site, f"texts/a{call}.html", f"texts/b{call}.html")
    (first, first_mb), (last, last_mb) = rows[1], rows[-1]
    print(f"{last} calls / {first}: memory {last_mb / first_mb:.2f}× for {last / first:.0f}× the calls")


if __name__ == "__main__":
    main()
