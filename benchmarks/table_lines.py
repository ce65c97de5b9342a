#!/usr/bin/env python3
"""Tables in the collection: the lines nashr misses, and where a flattened table's period stands (issue 12).

A table copied from a web page or a PDF reaches nashr in two shapes: a row's cells on one line (parted by
« | », tabs or runs of spaces) or one cell a line, so that a row of ``k`` cells becomes ``k`` lines and the
table a run of lines whose shapes repeat with period ``k`` (a label, a number, a label, a number …). The
collection's conventions give table lines their roles (tests/data/corpus/README.md: «Encyclopaedia pages»,
«Flattened infobox», round 49's label over its value, round 51's «A PDF layer's tables»): rows and cells
``item``, a row's rest on the line under it ``item+``, an infobox's caption ``head``, a delimiter row ``fw``.
This script measures that family before a rule is written for it:

* ``--missed`` (the default): every line whose hand comment (``roles.tsv``'s third column) speaks of a table,
  a cell, a row, a column or an infobox (:data:`TABLE_COMMENT`), per site (``structure_lopo.sites``): how
  many, how many nashr gets wrong and as what; then the lines a table rule of nashr (its rule text speaks of
  a table or an infobox) gives a role the hand does not;
* ``--periods``: the runs of one-cell lines whose shapes repeat with a short period (:func:`periodic_runs`),
  with the hand roles and nashr's roles of their lines per site: where a rule giving such runs the cells'
  role would fire, rightly and wrongly;
* ``--growth``: the time of the period scan over the collection's lines repeated 1, 2, 4 and 8 times.

Usage (from the repository root)::

    uv run python benchmarks/table_lines.py              # table lines nashr misses, per site
    uv run python benchmarks/table_lines.py --periods    # periodic runs of cells and their hand roles
    uv run python benchmarks/table_lines.py --growth     # the period scan's time at ×1, ×2, ×4, ×8 lines
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotation_families import texts  # noqa: E402
from structure_lopo import run  # noqa: E402

# A hand comment placing its line in a table (the annotators' words for the family), not one citing the
# README's table of roles («the table has no continuation …», «the table's «approval note»») or a page's
# column of text.
TABLE_COMMENT = re.compile(r"\b(?:tables?|cells?|rows?|infobox(?:es)?|timetable|schedule)\b", re.I)
ROLES_TABLE = re.compile(r"\bthe table (?:has|gives|says)\b|\bthe table's «", re.I)
# A rule of nashr's that gives table lines their roles (its rule text, Line.rule).
TABLE_RULE = re.compile(r"\b(?:table|infobox)", re.I)

DIGIT = "0-9۰-۹٠-٩"
# A cell holding a number, a date or an amount only («17», «1,788», «1402/9/18», «۳۵٪»).
NUMBER_CELL = re.compile(rf"^[-+−]?[{DIGIT}][{DIGIT},.٫٬/:%٪\s-]*$")
LATIN_CELL = re.compile(r"^[A-Za-z0-9 ,./()&'+-]+$")
FINAL_MARK = re.compile(r"[.!?؟:؛;]$")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CELL_MAX_WORDS = 4  # a cell: a label, a name, a value; a longer line is prose
PERIOD_MAX = 6  # cells a row
PERIOD_MIN_ROWS = 3  # rows a run repeats its period, at least


def cell_shape(text: str) -> str:
    """The shape of one non-blank line as a table's cell: ``N`` a number or date alone, ``L`` a short Latin
    label, ``S`` a short label in another script (at most CELL_MAX_WORDS words, no final punctuation), ``X``
    no cell (a sentence, a longer line). Bidi controls a PDF layer adds are left out."""
    text = BIDI_CONTROLS.sub("", text).strip()
    if NUMBER_CELL.match(text):
        return "N"
    if FINAL_MARK.search(text) or len(text.split()) > CELL_MAX_WORDS:
        return "X"
    return "L" if LATIN_CELL.match(text) else "S"


def periodic_runs(shapes: Sequence[str], period_max: int = PERIOD_MAX,
                  min_rows: int = PERIOD_MIN_ROWS) -> list[tuple[int, int, int]]:
    """The runs of cells whose shapes repeat with a period: ``(start, end, k)``, ``shapes[start:end]`` equal
    to itself shifted by ``k`` (``shapes[i] == shapes[i - k]``), at least ``min_rows`` periods long, no
    ``X`` inside, and a table's mix: a period of two shapes or more, or of numbers alone (``k`` = 1); a run
    of short labels alone is a list, a menu or verse as often. Each line is given to its shortest period
    (periods tried from 1 up; a run of a longer period counts only where no shorter one took any of its
    lines). One pass over the shapes per period: O(``period_max`` × len(shapes)), no pairs of lines compared."""
    taken = [False] * len(shapes)
    found = []
    for k in range(1, period_max + 1):
        start = 0
        for i in range(k, len(shapes) + 1):
            if i < len(shapes) and shapes[i] == shapes[i - k] and shapes[i] != "X":
                continue
            period = shapes[start : start + k]
            if (i - start >= min_rows * k and "X" not in period and (len(set(period)) > 1 or period == ["N"])
                    and not any(taken[start:i])):
                found.append((start, i, k))
                taken[start:i] = [True] * (i - start)
            start = i - k + 1
    return sorted(found)


def missed() -> None:
    """Print, per site, the lines the hand comments put in a table and nashr's roles for them; then the
    lines a table rule of nashr's gives another role than the hand."""
    rows = run()
    per_site: dict[str, Counter[str]] = defaultdict(Counter)
    wrong_rule: dict[str, list[str]] = defaultdict(list)
    for name, site, filled, _, comments in texts():
        text = dict(filled)
        for row in rows[name]:
            comment = comments.get(row.n, "")
            if TABLE_COMMENT.search(comment) and not ROLES_TABLE.search(comment):
                per_site[site]["lines"] += 1
                if row.role != row.hand:
                    per_site[site][f"{row.hand}←{row.role}"] += 1
            if TABLE_RULE.search(row.rule) and row.role != row.hand:
                wrong_rule[site].append(f"{name}:{row.n} {row.hand}←{row.role} {text[row.n][:50]!r}")
    total = sum(c["lines"] for c in per_site.values())
    wrong = sum(n for c in per_site.values() for key, n in c.items() if key != "lines")
    print(f"table lines by the hand comments: {total} on {len(per_site)} sites, nashr wrong on {wrong}")
    for site, c in sorted(per_site.items(), key=lambda kv: -(sum(kv[1].values()) - kv[1]["lines"])):
        misses = {key: n for key, n in c.items() if key != "lines"}
        print(f"  {sum(misses.values()):3d} wrong of {c['lines']:3d}  {site[:60]}  {misses or ''}")
    print(f"\nlines a table rule gives another role than the hand: {sum(map(len, wrong_rule.values()))} "
          f"on {len(wrong_rule)} sites")
    for site, lines in wrong_rule.items():
        print(f"  {site[:60]}")
        for line in lines:
            print(f"    {line}")


def periods() -> None:
    """Print the periodic runs of cells of every text, and per site the hand roles and nashr's roles of
    their lines (``hand←nashr``) and what a rule giving every line of the runs the cells' role ``item``
    would do: lines made right (wrong before) and made wrong (right before)."""
    rows = run()
    per_site: dict[str, Counter[str]] = defaultdict(Counter)
    for name, site, filled, _, _ in texts():
        by_n = {row.n: row for row in rows[name]}
        for start, end, k in periodic_runs([cell_shape(text) for _, text in filled]):
            print(f"== {name} lines {filled[start][0]}–{filled[end - 1][0]}, period {k}  ({site[:40]})")
            for n, text in filled[start:end]:
                row = by_n[n]
                per_site[site][f"{row.hand}←{row.role}"] += 1
                print(f"   {n}\t{cell_shape(text)}\t{row.hand}←{row.role}\t{text[:60]!r}")
    print("\nper site: lines; made right / made wrong by `item`; the hand role ← nashr's")
    effect: Counter[str] = Counter()
    for site, c in sorted(per_site.items(), key=lambda kv: -sum(kv[1].values())):
        pairs = [(key.split("←"), n) for key, n in c.items()]
        right = sum(n for (hand, role), n in pairs if hand == "item" != role)
        wrong = sum(n for (hand, role), n in pairs if hand == role != "item")
        effect.update({"right": right, "wrong": wrong, "right sites": right > 0, "wrong sites": wrong > 0})
        print(f"  {sum(c.values()):4d}  +{right:<3d} -{wrong:<3d} {site[:60]}  {dict(c)}")
    hand = Counter(key.split("←")[0] for c in per_site.values() for key in c.elements())
    print(f"\n{sum(hand.values())} lines in {len(per_site)} sites; hand roles {dict(hand.most_common())}")
    print(f"`item` for every run: {effect['right']} lines made right on {effect['right sites']} sites, "
          f"{effect['wrong']} made wrong on {effect['wrong sites']} sites")


def growth() -> None:
    """Print the period scan's time (the best of three runs) over the collection's non-blank lines repeated
    1, 2, 4 and 8 times, and the factor per doubling (2.0 is linear)."""
    shapes = [cell_shape(text) for _, _, filled, _, _ in texts() for _, text in filled]
    last = 0.0
    for times in (1, 2, 4, 8):
        lines = shapes * times
        took = min(timed(lines) for _ in range(3))
        factor = f", ×{took / last:.2f} the time before" if last else ""
        print(f"{len(lines):8d} lines: {took:.3f} s{factor}")
        last = took


def timed(shapes: Sequence[str]) -> float:
    """Seconds :func:`periodic_runs` takes over ``shapes``."""
    start = time.perf_counter()
    periodic_runs(shapes)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--periods", action="store_true", help="the periodic runs of cells and their hand roles")
    group.add_argument("--growth", action="store_true", help="the period scan's time at ×1, ×2, ×4, ×8 lines")
    args = parser.parse_args()
    if args.periods:
        periods()
    elif args.growth:
        growth()
    else:
        missed()


if __name__ == "__main__":
    main()
