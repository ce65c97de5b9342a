#!/usr/bin/env python3
"""What an editor's corrections on one page of a site give its other pages (issue 12, :mod:`nashr.convert.lessons`).

Each publisher of tests/data/corpus with at least 3 texts (about.toml's ``publisher``) is an
edition of that site's pages, read together as a build reads them (the batch's profile,
:mod:`nashr.convert.edition`). The editor corrects the first ``--corrected`` pages (by folder
name): their hand-made roles (roles.tsv, every line) are their sidecars. The other pages are
scored before (the batch alone) and after (with the lessons of those sidecars,
:func:`nashr.convert.lessons.taught`), overall, per hand-made role and per page: a page that
loses a line is listed (the evidence is wrong there).

The figure that matters, *corrections per fixed line*: the rows an editor changes on the corrected
pages (lines whose hand role differs from the batch's reading there) against the lines those
changes and the rows left standing fix on the other pages; and, the editor correcting every page
in name order with the lessons of the pages corrected before it, the corrections made against the
lines the batch gets wrong (:func:`every_page`). *Taught*: lines a lesson set, and those wrong by
hand, for their ``@cert`` (:data:`nashr.convert.lessons.LESSON_CERT`, by
:func:`nashr.convert.certainty.level_for`).

Result (2026-12-04; the collection's 33 sites of 3 pages or more, 3 to 25 pages each)::

    first page corrected: 166 pages scored, 2321 lines: 92.8 % → 93.6 % right (+19: fw +10, title +5,
      note +2, byline +2); 45 changes on the corrected pages, 19 lines fixed elsewhere (0.42 a change);
      corrections for a right edition 213 → 194; 19 lines taught, none wrong; no page worse
    first two corrected: 133 pages, 1815 lines: 93.6 % → 94.3 % (+14); 96 changes, 14 fixed (0.15);
      213 → 199; 16 taught, 1 wrong: mashruteh.org's «منبع», a section heading by hand on one page
      and the site's furniture on the two corrected ones (the evidence wrong: 8 → 7 on that page)
    every page corrected in name order, each taught by the pages before it: 194 corrections for the
      213 lines the batch gets wrong (0.91 a fixed line, against 1.00 without lessons)

Tried and dropped (same runs): lessons in a page's body too (+20 and +14, a page worse in each:
sharif-thesis' table of contents is an item where its chapter has the heading); a label's shape
(«تاریخ:…»: +20 and +14 with two pages worse, against +19 and +14 with one); reading a page again
with its taught furniture set aside (+19 and +14: no change); a correction's position (the k-th
line of the top or bottom read by the same rule, corrected to one role on the corrected pages: +9
and +4 net, but 5 of 16 and 5 of 12 lines set wrong, three pages worse). A lesson by place in the site's template
(round 41, the first page corrected, places found by the hand roles, so an upper bound; nashr alone for the lines it
gets wrong): the line right under the top's furniture, 47 pages, its role by hand the corrected page's on 36, would
fix 10 lines on 5 sites and break 5 on 4; the line right under the headline, 202 pages, the same role on 108 (a
dateline, a byline or the first paragraph by the page), would fix 9 on 6 sites and break 79 on 28: not built.

Usage (from the repository root)::

    uv run python benchmarks/structure_corrections.py                  # the first page corrected
    uv run python benchmarks/structure_corrections.py --corrected 2    # the first two
    uv run python benchmarks/structure_corrections.py --changes        # and every changed line
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from structure_edition import hand_roles, publishers

from nashr.convert.certainty import level_for, wilson
from nashr.convert.corrections import Correction
from nashr.convert.edition import analyse, profile, text_keys
from nashr.convert.lessons import LESSON_RULE, Lesson, learn, page_rows, taught
from nashr.convert.sources import read_source

LESSON_PREFIX = LESSON_RULE.split(":", 1)[0]


def site(folders: list[Path], corrected: int, tally: Counter[str], roles: dict[str, Counter[str]],
         changes: list[str]) -> list[str]:
    """Score the pages of one site after its first ``corrected`` pages; returns the pages that lose lines."""
    texts = {folder: read_source(folder / "source.txt").lines for folder in folders}
    batch = profile(texts.values())
    readings = {folder: analyse(lines, batch.marks(lines)) for folder, lines in texts.items()}
    rows = []
    for folder in folders[:corrected]:
        hand = hand_roles(folder)
        tally["editor changes"] += sum(readings[folder].lines[n - 1].role != role for n, role in hand.items())
        rows += page_rows(f"{folder.name}.roles.tsv", [Correction(n, role, n) for n, role in sorted(hand.items())],
                          texts[folder])
    lessons = learn(rows)
    worse = []
    for folder in folders[corrected:]:
        hand, lines = hand_roles(folder), texts[folder]
        before = readings[folder]
        after = taught(before, lines, lessons.of_pairs(text_keys(lines)))
        right = Counter()
        for n, role in hand.items():
            was, now = before.lines[n - 1], after.lines[n - 1]
            right["before"] += was.role == role
            right["after"] += now.role == role
            roles[role]["lines"] += 1
            roles[role]["before"] += was.role == role
            roles[role]["after"] += now.role == role
            if now.rule.startswith(LESSON_PREFIX):
                tally["taught"] += 1
                tally["taught wrong"] += now.role != role
            if was.role != now.role:
                changes.append(f"{folder.name}:{n}: {was.role} → {now.role} (hand {role}) {lines[n - 1].strip()[:50]}")
        tally["pages"] += 1
        tally["lines"] += len(hand)
        tally["before"] += right["before"]
        tally["after"] += right["after"]
        if right["after"] < right["before"]:
            worse.append(f"{folder.name}: {right['before']} → {right['after']}")
    return worse


def every_page(folders: list[Path], tally: Counter[str]) -> None:
    """The editor corrects every page of one site in name order, each with the lessons of the pages
    corrected before it: count the lines wrong on each page before (the batch alone) and as the
    editor meets them (``sequential before``, ``sequential after``: the corrections made).

    Learning again from all the rows so far at each page is quadratic in a site's pages (25 at
    most here); nashr itself learns once per build (:func:`nashr.convert.lessons.source_lessons`)."""
    texts = {folder: read_source(folder / "source.txt").lines for folder in folders}
    batch = profile(texts.values())
    rows: list[Lesson] = []
    for folder in folders:
        hand, lines = hand_roles(folder), texts[folder]
        before = analyse(lines, batch.marks(lines))
        after = taught(before, lines, learn(rows).of_pairs(text_keys(lines)))
        tally["sequential before"] += sum(before.lines[n - 1].role != role for n, role in hand.items())
        tally["sequential after"] += sum(after.lines[n - 1].role != role for n, role in hand.items())
        rows += page_rows(f"{folder.name}.roles.tsv", [Correction(n, role, n) for n, role in sorted(hand.items())],
                          lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corrected", type=int, default=1, help="pages corrected per site (the first by name)")
    parser.add_argument("--changes", action="store_true", help="list every changed line")
    args = parser.parse_args(argv)
    tally: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    changes: list[str] = []
    worse: list[str] = []
    sites = publishers()
    for folders in sites.values():
        worse += site(folders, args.corrected, tally, roles, changes)
        every_page(folders, tally)
    lines = tally["lines"]
    print(f"{len(sites)} sites, {tally['pages']} pages scored ({args.corrected} corrected per site), {lines} lines")
    print(f"right: before {tally['before']} ({tally['before'] / lines:.1%}), "
          f"after {tally['after']} ({tally['after'] / lines:.1%}): {tally['after'] - tally['before']:+d}")
    fixed, changes_made = tally["after"] - tally["before"], tally["editor changes"]
    print(f"editor's changes on the corrected pages: {changes_made}; lines fixed elsewhere: {fixed}"
          + (f" ({fixed / changes_made:.2f} per change)" if changes_made else ""))
    print(f"corrections for a right edition (the changes above and every line left wrong elsewhere): "
          f"{changes_made + lines - tally['before']} → {changes_made + lines - tally['after']}")
    made, needed = tally["sequential after"], tally["sequential before"]
    print(f"every page corrected in name order, each taught by those before it: {made} corrections for "
          f"{needed} wrong lines ({made / needed:.2f} a fixed line; 1.00 without lessons)")
    wrong, taught_lines = tally["taught wrong"], tally["taught"]
    if taught_lines:
        centre = wilson(wrong, taught_lines)[1]
        print(f"taught lines: {taught_lines}, wrong by hand {wrong} (Wilson centre {centre:.0%}; "
              f"level {level_for(wrong, taught_lines, 'medium')})")
    print("pages with fewer right lines: " + ("; ".join(worse) if worse else "none"))
    print("per hand-made role (lines: before → after):")
    for role, c in sorted(roles.items(), key=lambda item: -item[1]["lines"]):
        if c["before"] != c["after"]:
            print(f"  {role:12} {c['lines']:5}: {c['before']} → {c['after']} ({c['after'] - c['before']:+d})")
    if args.changes:
        print("\n".join(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
