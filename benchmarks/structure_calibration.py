#!/usr/bin/env python3
"""How often each structure rule is wrong, by the ``@cert`` it gives (issue 12: calibration).

``@cert`` tells an editor which lines to check; it is worth that only if the lines marked ``low``
are wrong more often than those marked ``medium``, and those more often than the unmarked ones.
For every rule (:func:`nashr.convert.document.rule_name`: its description with numbers as «#»)
and every level it gives, this counts the non-blank lines of tests/data/corpus/ and the lines
whose role differs from the hand-made one (roles.tsv), pooled and per set of the collection
(``dev``, ``h1`` … ``h10``, tests/corpus_sets.py). The per-set split is the leave-one-set-out
view: a rule's error on the sets added after it was written (above all the newest, scored blind)
is its honest rate; its error on the set it was written from is optimistic.

Printed: one row per (rule, level) with at least ``--min`` lines, sorted by error rate, with the
Wilson 95 % score interval (Wilson 1927; the interval's centre is the policy's estimate), the
level the policy of :mod:`nashr.convert.certainty` gives that record (``policy``, ``=`` when it is
the rule's own), the newest set's count and the other sets' counts; then the totals per level
(none/medium/low: lines, wrong, rate), for all texts, the texts rules were written with and the
newest held-out set, and for each set apart (does each level mean the same on every set?).

Usage (from the repository root)::

    uv run python benchmarks/structure_calibration.py            # rules with at least 8 lines
    uv run python benchmarks/structure_calibration.py --min 1    # every rule
    uv run python benchmarks/structure_calibration.py --rule head # rules whose name contains «head»
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from nashr.convert.certainty import LEVELS, MIN_LINES, level_for, wilson
from nashr.convert.document import rule_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from corpus_sets import NEWEST, sets  # noqa: E402
from test_structure_corpus import FOLDERS, hand_roles, nashr_roles  # noqa: E402


def count() -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str, str]]]:
    """Lines and wrong lines per (rule name, level, set) over the collection's non-blank lines
    (level ``none`` for a line without ``@cert``)."""
    of_set = sets()
    lines: Counter[tuple[str, str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    for folder in FOLDERS:
        wanted = hand_roles(folder)
        for line in nashr_roles(folder):
            if line.role == "blank":
                continue
            key = (rule_name(line.rule), line.cert or "none", of_set.get(folder.name, "dev"))
            lines[key] += 1
            wrong[key] += line.role != wanted.get(line.n, "?")
    return lines, wrong


def _rate(wrong: int, lines: int) -> str:
    return f"{wrong:>4}/{lines:<5}{wrong / lines:>5.0%}" if lines else f"{0:>4}/{0:<5}{'-':>5}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min", type=int, default=MIN_LINES, help="rows with at least this many lines")
    ap.add_argument("--rule", help="only rules whose name contains this")
    args = ap.parse_args()
    lines, wrong = count()
    pooled: Counter[tuple[str, str]] = Counter()
    pooled_wrong: Counter[tuple[str, str]] = Counter()
    per_set: dict[tuple[str, str], dict[str, tuple[int, int]]] = {}
    by_level: Counter[tuple[str, str]] = Counter()  # (level, part) → lines; part: all, with, newest or a set
    by_level_wrong: Counter[tuple[str, str]] = Counter()
    for (rule, cert, part), n in sorted(lines.items(), key=lambda kv: (kv[0][2] != "dev", len(kv[0][2]), kv[0])):
        w = wrong[rule, cert, part]
        pooled[rule, cert] += n
        pooled_wrong[rule, cert] += w
        per_set.setdefault((rule, cert), {})[part] = (w, n)
        for column in ("all", "newest" if part == NEWEST else "with", part):
            by_level[cert, column] += n
            by_level_wrong[cert, column] += w

    rows = [(pooled_wrong[key] / n, n, key) for key, n in pooled.items()
            if n >= args.min and (not args.rule or args.rule in key[0])]
    print(f"{'rate':>5} {'95 % interval':>13} {'wrong/lines':>11} {'level':<6} {'policy':<6} "
          f"{NEWEST + ' (newest)':>12}  other sets; rule")
    for rate, n, (rule, cert) in sorted(rows, key=lambda r: (-r[0], -r[1], r[2])):
        w = pooled_wrong[rule, cert]
        lo, _, hi = wilson(w, n)
        policy = level_for(w, n, cert, len(per_set[rule, cert]))
        sets_ = dict(per_set[rule, cert])
        newest = sets_.pop(NEWEST, (0, 0))
        others = " ".join(f"{s} {a}/{b}" for s, (a, b) in sets_.items())
        print(f"{rate:>5.0%} {lo:>5.0%} – {hi:>4.0%} {w:>5}/{n:<5} {cert:<6} {'=' if policy == cert else policy:<6} "
              f"{f'{newest[0]}/{newest[1]}' if newest[1] else '-':>12}  {others}; {rule[:110]}")

    print(f"\n{'level':<8}{'all texts':>18}{'written with':>18}{NEWEST + ' (newest)':>18}")
    for level in LEVELS:
        print(f"{level:<8}" + "".join(f"{_rate(by_level_wrong[level, c], by_level[level, c]):>18}"
                                      for c in ("all", "with", "newest")))
    print(f"\n{'set':<8}" + "".join(f"{level:>18}" for level in LEVELS))
    for part in sorted({p for _, _, p in lines}, key=lambda p: (p != "dev", len(p), p)):
        print(f"{part:<8}" + "".join(f"{_rate(by_level_wrong[level, part], by_level[level, part]):>18}"
                                     for level in LEVELS))


if __name__ == "__main__":
    sys.exit(main())
