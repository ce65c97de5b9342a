#!/usr/bin/env python3
"""Growth of convert time with text size (issue 14, point 1): the exponent per doubling.

For sizes 100 KB, 200 KB, … 3.2 MB of Persian text (the seeds repeated, cut at a space) written
as one line and as many lines (the seeds' own lines), each size is converted with entity tagging
in child processes (the Tagger built before the clock starts; the best of two or three runs,
:func:`timed`) and the exponent of each doubling is printed: ``log2(t(2s) / t(s))`` — 1.0 is
linear, 2.0 quadratic — then the exponent over all sizes (the slope of a least-squares line
through log-size and log-time), which one disturbed run moves less. Times are the process's CPU
seconds (``time.process_time``: convert is single-threaded, and CPU time is far less disturbed
than wall time by other work on a shared machine). The 8 MB one-line file is timed last.
Targets: every exponent ≤ 1.15, 8 MB one-line < 10 s; figures measured are in docs/scale.md.

Each conversion has a time limit (``--limit``, default 120 s of CPU; the child is stopped after
``WALL_FACTOR`` times that in wall time); past it the series stops.

Usage: ``uv run python benchmarks/growth.py [--limit SECONDS] [--sizes KB,KB,…]``.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("one-line", "many-line")
DEFAULT_SIZES_KB = (100, 200, 400, 800, 1600, 3200)
BIG_KB = 8000
REPEAT_BUDGET = 10.0
WALL_FACTOR = 5  # a child may take this many times its CPU limit in wall time (a loaded machine)


def make_text(size: int, kind: str) -> str:
    """``size`` bytes (UTF-8, cut at a space) of the seeds repeated; ``one-line`` has no line break."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "seeds").glob("*.txt")))
    if kind == "one-line":
        seeds = re.sub(r"\s*\n\s*", " ", seeds)
    data = ((seeds + ("\n\n" if kind == "many-line" else " ")) * (size // len(seeds.encode()) + 1)).encode()
    cut = data.rfind(b" ", 0, size)
    return data[:cut].decode() + "\n"


def child(path: Path) -> None:
    """Convert ``path`` and print the seconds convert_file took and lxml's parse + serialise of the
    output. The tagger is built and a 10 KB text converted first, so no one-time set-up is timed."""
    from nashr.config import load_edition
    from nashr.convert.converter import convert_file
    from nashr.entities.tagger import Tagger

    edition = load_edition(ROOT / "edition.toml")
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    warm_up = path.with_name("warm-up.txt")
    warm_up.write_text(make_text(10_000, "many-line"), encoding="utf-8")
    convert_file(warm_up, path.parent / "out", edition, tagger=tagger, force=True)
    start = time.process_time()
    done = convert_file(path, path.parent / "out", edition, tagger=tagger, force=True)
    seconds = time.process_time() - start
    from lxml import etree

    start = time.process_time()
    etree.tostring(etree.parse(str(done.tei)), encoding="UTF-8")
    print(seconds, time.process_time() - start)


def timed(size_kb: int, kind: str, limit: float, work: Path) -> tuple[float, float] | None:
    """(convert seconds, lxml parse + serialise seconds) of one text, or None past ``limit``: the
    best of two runs, or three while they add up to less than ``REPEAT_BUDGET`` seconds (a shared
    machine's noise only ever adds time: one run of a large text can be a third too slow)."""
    source = work / f"{kind}-{size_kb}.txt"
    source.write_text(make_text(size_kb * 1000, kind), encoding="utf-8")
    runs: list[tuple[float, float]] = []
    while len(runs) < 2 or (len(runs) < 3 and sum(r[0] for r in runs) < REPEAT_BUDGET):
        try:
            done = subprocess.run([sys.executable, __file__, "--child", str(source)], capture_output=True,
                                  text=True, timeout=WALL_FACTOR * limit + 30, check=True)
        except subprocess.TimeoutExpired:
            return None
        except subprocess.CalledProcessError as exc:
            raise SystemExit(f"converting {source} failed:\n{exc.stderr}") from exc
        seconds, floor = map(float, done.stdout.split())
        if seconds > limit:
            return None
        runs.append((seconds, floor))
    return min(runs)


def slope(points: list[tuple[int, float]]) -> float:
    """The exponent over all sizes: the least-squares slope of log2(seconds) on log2(size). One
    noisy size moves it far less than it moves the two doublings beside it."""
    xs = [math.log2(size) for size, _ in points]
    ys = [math.log2(seconds) for _, seconds in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=120.0)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES_KB)))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{'kind':<10} {'KB':>6} {'s':>8} {'x lxml':>7} {'exponent':>9}")
        worst: dict[str, str] = {}
        fitted: dict[str, float] = {}
        for kind in KINDS:
            previous: float | None = None
            exponents: list[float] = []
            measured: list[tuple[int, float]] = []
            for size in sizes:
                result = timed(size, kind, args.limit, work)
                if result is None:
                    bound = f"> {math.log2(args.limit / previous):.2f}" if previous else "-"
                    print(f"{kind:<10} {size:>6} {'> ' + str(int(args.limit)):>8} {'':>7} {bound:>9}")
                    before = f"{max(exponents):.2f}, then " if exponents else ""
                    worst[kind] = f"{before}stopped: {size} KB took over {args.limit:.0f} s"
                    break
                seconds, floor = result
                exponent = f"{math.log2(seconds / previous):.2f}" if previous else ""
                if previous:
                    exponents.append(math.log2(seconds / previous))
                print(f"{kind:<10} {size:>6} {seconds:>8.2f} {seconds / floor:>7.1f} {exponent:>9}", flush=True)
                previous = seconds
                measured.append((size, seconds))
            worst.setdefault(kind, f"{max(exponents):.2f}" if exponents else "-")
            if len(measured) > 1:
                fitted[kind] = slope(measured)
        for kind, value in worst.items():
            overall = f"; over all sizes {fitted[kind]:.2f}" if kind in fitted else ""
            print(f"worst exponent per doubling, {kind}: {value} (target ≤ 1.15){overall}")
        if "stopped" in worst["one-line"]:
            print("8 MB one-line: not run (a smaller one-line text passed the limit)")
        else:
            big = timed(BIG_KB, "one-line", args.limit, work)
            print(f"8 MB one-line: {f'{big[0]:.1f} s' if big else f'> {args.limit:.0f} s'} (target < 10 s)")


if __name__ == "__main__":
    main()
