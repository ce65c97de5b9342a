#!/usr/bin/env python3
"""How often each structure rule is wrong, by the ``@cert`` it gives (issue 12: calibration).

``@cert`` tells an editor which lines to check; it is worth that only if the lines marked ``low``
are wrong more often than those marked ``medium``, and those more often than the unmarked ones.
For every rule (:func:`nashr.convert.document.rule_name`: its description with numbers as «#»)
and every level it gives, this counts the non-blank lines of tests/data/corpus/ and the lines
whose role differs from the hand-made one (roles.tsv), pooled and per set of the collection; a
line whose level the page's doubt set (``Line.doubt``) counts for that doubt, not for its rule
(:func:`level_source`), so each rule is judged on the level it gave itself
(``dev``, ``h1`` … ``h10``, tests/corpus_sets.py). The per-set split is the leave-one-set-out
view: a rule's error on the sets added after it was written (above all the newest, scored blind)
is its honest rate; its error on the set it was written from is optimistic.

Printed: one row per (rule, level) with at least ``--min`` lines, sorted by error rate, with the
Wilson 95 % score interval (Wilson 1927; the interval's centre is the policy's estimate), the
level the policy of :mod:`nashr.convert.certainty` gives that record (``policy``, ``=`` when it is
the rule's own), the newest set's count and the other sets' counts; then the totals per level
(none/medium/low: lines, wrong, rate), for all texts, the texts rules were written with and the
newest held-out set, and for each set apart (does each level mean the same on every set?).

``--blind`` scores the edges' doubt (:func:`nashr.convert.certainty.edge_doubt`) honestly: each of
the held-out sets named (default h9–h21) is classified by the code of the commit that added it to
the collection (the first commit of its first text's roles.tsv: the rules of the round before, which
had not seen it; checked out with ``git worktree`` in a temporary folder, run in a subprocess), and
the edge limits are fitted leave one set out: on all the named sets but one (the limits whose newly
marked lines are wrong most often beyond ``MEDIUM_FROM``: the gain of checking them), then applied to
the one left out; the other doubts of the page (nothing to fit) on top, one stage each (:data:`STAGES`).
Each (commit, set)'s classification is kept in :data:`CACHE`. Printed: per left-out set and stage
(``rules``: the levels the rules gave; ``edges``: and the edges' doubt; ``readings``: and the readings'
doubt; ``continuations``, ``codas``: and those of the blocks and of prose after a poem) wrong/lines per
level, the share of lines marked
and the lines right by hand that the page's doubts marked (the editor's wasted checks), the pooled
totals and how many lines of the body (``BODY_ROLES`` and verse) the edges marked; with
``--unmarked``, each set's unmarked wrong lines (role, hand-made role, rule, text). It needs git and
the repository's history; nothing is fetched.

``--write-records`` writes the record of every (rule or page doubt, level, role chosen) of the
marked lines, pooled, with the roles by hand of its wrong lines, to src/nashr/convert/data/rule_records.tsv
(:data:`nashr.convert.certainty.RECORDS`), which ``nashr convert --explain`` shows beside each
marked line: run it again when the rules or the collection change. The levels themselves are set from each
rule's transfer record where that has ``MIN_LINES`` lines (its lines on the sites it was not written for:
``benchmarks/structure_lopo.py --write-transfer``, :data:`nashr.convert.certainty.TRANSFER`): run that too.

Usage (from the repository root)::

    uv run python benchmarks/structure_calibration.py            # rules with at least 8 lines
    uv run python benchmarks/structure_calibration.py --min 1    # every rule
    uv run python benchmarks/structure_calibration.py --rule head # rules whose name contains «head»
    uv run python benchmarks/structure_calibration.py --blind    # the page's doubts, sets 9–21 as scored blind
    uv run python benchmarks/structure_calibration.py --blind h9,h11 --unmarked  # and the lines they miss
    uv run python benchmarks/structure_calibration.py --write-records  # the records --explain shows
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from nashr.convert.certainty import (
    BODY_ROLES,
    LEVELS,
    MEDIUM_FROM,
    MIN_LINES,
    RECORD_ROLES_SHOWN,
    RECORDS,
    coda_doubts,
    continuation_doubts,
    edge_doubt,
    level_for,
    level_source,
    reading_doubts,
    wilson,
)
from nashr.convert.conventions import Shape, shape
from nashr.convert.document import rule_name
from nashr.convert.matter.shapes import clause

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from corpus_sets import NEWEST, sets  # noqa: E402
from test_structure_corpus import FOLDERS, hand_roles, nashr_roles  # noqa: E402

Counts = Counter[tuple[str, str, str]]
ByHand = dict[tuple[str, str, str], Counter[str]]
"""(who set the level, level, nashr's role) → the roles by hand of those lines."""


def count() -> tuple[Counts, Counts, ByHand]:
    """Lines and wrong lines per (who set the level, level, set) over the collection's non-blank lines
    (:func:`level_source`), and per (who set the level, level, nashr's role) the roles by hand."""
    of_set = sets()
    lines: Counts = Counter()
    wrong: Counts = Counter()
    by_hand: ByHand = {}
    for folder in FOLDERS:
        wanted = hand_roles(folder)
        for line in nashr_roles(folder):
            if line.role == "blank":
                continue
            source = level_source(line)
            hand = wanted.get(line.n, "?")
            lines[*source, of_set.get(folder.name, "dev")] += 1
            wrong[*source, of_set.get(folder.name, "dev")] += line.role != hand
            by_hand.setdefault((*source, line.role), Counter())[hand] += 1
    return lines, wrong, by_hand


def record_table(by_hand: ByHand) -> str:
    """The text of :data:`~nashr.convert.certainty.RECORDS` (:func:`count`'s roles by hand): one row per
    (who set the level, level, nashr's role) of the marked lines (``low``, ``medium``), pooled over the
    sets, with the roles by hand of its wrong lines (the :data:`~nashr.convert.certainty.RECORD_ROLES_SHOWN`
    commonest), under a header row."""
    rows = ["who\tlevel\trole\tlines\twrong\tby hand"]
    for (source, level, role), hand in sorted(by_hand.items()):
        if level == "none":
            continue
        del (others := Counter(hand))[role]
        roles = ", ".join(f"{other} {n}" for other, n in others.most_common(RECORD_ROLES_SHOWN))
        rows.append(f"{source}\t{level}\t{role}\t{hand.total()}\t{others.total()}\t{roles}")
    return "\n".join(rows) + "\n"


def write_records(by_hand: ByHand) -> None:
    """Write :func:`record_table` to :data:`~nashr.convert.certainty.RECORDS`."""
    table = record_table(by_hand)
    RECORDS.parent.mkdir(exist_ok=True)
    RECORDS.write_text(table, encoding="utf-8")
    print(f"{len(table.splitlines()) - 1} records written to {RECORDS.relative_to(ROOT)}")


# Run by the commit's own code (PYTHONPATH): each named text's lines as JSON [n, text, role, cert].
OLD_CLASSIFY = """
import json, sys
from pathlib import Path
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
for folder in sys.argv[1:]:
    lines = classify(read_source(Path(folder) / "source.txt").lines)
    print(json.dumps([[line.n, line.text, line.role, line.cert, line.split, line.rule, getattr(line, "doubt", None)]
                      for line in lines if line.role != "blank"]))
"""
EDGE_GRID = list(itertools.product((1, 2, 3, 4, 6, 8), (6, 8, 12, 20), (0, 6, 12, 20)))
"""Edge limits tried (:func:`edge_doubt`'s ``limits``: lines from an edge, words of a label, of a
line of the body); 0 words: no line of the body."""

class BlindLine(NamedTuple):
    """One non-blank line of a held-out text as the code of its set's commit read it."""

    role: str
    cert: str | None
    words: int
    sentence: bool  # final punctuation or a verb (matter.shapes.clause)
    hand: str  # the hand-made role
    text: str
    split: tuple[int, int] | None
    shape: Shape
    rule: str  # the rule's name (rule_name)
    doubt: str | None  # Line.doubt, where that code had it


Blind = list[list[BlindLine]]
"""Per text: its non-blank lines."""
CACHE = Path(tempfile.gettempdir()) / "nashr-structure-calibration"
"""Where each (commit, set)'s classification is kept: old code's output never changes."""


def blind(set_name: str) -> Blind:
    """The texts of held-out set ``set_name`` classified by the code of the commit that added the
    set to the collection, with their hand-made roles (kept in :data:`CACHE`).

    Raises subprocess.CalledProcessError when git or that code fails."""
    folders = sorted(f for f in FOLDERS if sets().get(f.name) == set_name)
    commit = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--",
                             str(folders[0] / "roles.tsv")], cwd=ROOT, check=True, capture_output=True,
                            text=True).stdout.split()[-1]
    kept = CACHE / f"{commit}-{set_name}-{len(folders)}.jsonl"
    if kept.exists():
        out = kept.read_text(encoding="utf-8")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), commit], cwd=ROOT, check=True)
            try:
                out = subprocess.run([sys.executable, "-c", OLD_CLASSIFY, *map(str, folders)], check=True,
                                     capture_output=True, text=True, cwd=tmp,
                                     env={**os.environ, "PYTHONPATH": str(tree / "src")}).stdout
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True)
        CACHE.mkdir(exist_ok=True)
        kept.write_text(out, encoding="utf-8")
    texts: Blind = []
    for folder, row in zip(folders, out.splitlines(), strict=True):
        hand = hand_roles(folder)
        texts.append([BlindLine(role, cert, (s := shape(text)).words, s.end == "terminal" or clause(s.plain),
                                hand.get(n, "?"), text, tuple(split) if split else None, s, rule_name(rule), doubt)
                      for n, text, role, cert, split, rule, doubt in json.loads(row)])
    return texts


STAGES = ("rules", "edges", "readings", "continuations", "codas")
"""The doubts a blind score adds up: the rules' own levels; and :func:`edge_doubt`; and
:func:`reading_doubts`; and :func:`continuation_doubts`; and :func:`coda_doubts`."""


def edges(texts: Blind, limits: tuple[int, int, int] | None, stage: int = 1,
          unmarked: list[str] | None = None) -> tuple[Counter[str], Counter[str], int, float]:
    """Lines and wrong lines per level with the page's doubts of :data:`STAGES` up to ``stage``
    (its index), the edges' at ``limits`` (None: without them); the lines of the body the edges
    mark, and the edges' gain (per line they newly mark: 1 if wrong, less MEDIUM_FROM).
    ``lines["right marked"]``: the lines right by hand that a doubt of the page marks. ``unmarked``:
    a list to which each unmarked wrong line is added as «role (by hand) rule: text»."""
    lines: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    body, gain = 0, 0.0
    for text in texts:
        doubts = reading_doubts([(line.text, line.role, line.split, line.shape) for line in text]) \
            if stage >= STAGES.index("readings") else {}
        at_edge = [line.cert is None and limits is not None
                   and edge_doubt(k, len(text), line.role, line.words, line.sentence, limits)
                   for k, line in enumerate(text)]
        level = ["medium" if at_edge[k] or (line.cert is None and k in doubts) else line.cert or "none"
                 for k, line in enumerate(text)]
        if stage >= STAGES.index("continuations"):  # the first lines' levels from their rules alone
            for k in continuation_doubts([(k, line.role, None if line.doubt else line.cert, line.shape)
                                          for k, line in enumerate(text)]):
                level[k] = "medium" if level[k] == "none" else level[k]
        if stage >= STAGES.index("codas"):
            for k in coda_doubts([(line.role, None if level[k] == "none" else level[k])
                                  for k, line in enumerate(text)]):
                level[k] = "medium"
        for k, line in enumerate(text):
            bad = line.role != line.hand
            marked = line.cert is None and level[k] != "none"
            lines[level[k]] += 1
            wrong[level[k]] += bad
            lines["right marked"] += marked and not bad
            body += at_edge[k] and line.role in BODY_ROLES
            gain += at_edge[k] and bad - MEDIUM_FROM
            if unmarked is not None and level[k] == "none" and bad:
                unmarked.append(f"{line.role} ({line.hand}) {line.rule[:50]}: {line.text.strip()[:60]}")
    return lines, wrong, body, gain


def leave_one_set_out(names: list[str], show: bool = False) -> None:
    """Print the edges' doubt fitted on all of ``names`` but one and scored on that one, and the
    other doubts of the page on top (no limits to fit); with ``show``, each set's unmarked wrong
    lines as the last stage leaves them."""
    texts = {name: blind(name) for name in names}
    pooled = {stage: (Counter[str](), Counter[str]()) for stage in STAGES}
    body_marked = body_lines = 0
    print(f"{'set':<7}{'stage':<14}{'low wrong':>18}{'medium wrong':>18}{'unmarked wrong':>18}{'marked':>8}"
          f"{'right marked':>14}")
    for name in names:
        train = [t for other in names if other != name for t in texts[other]]
        best = max(EDGE_GRID, key=lambda lim: (round(edges(train, lim)[3], 6), -lim[0], -lim[2], -lim[1]))
        for index, stage in enumerate(STAGES):
            missed: list[str] = []
            lines, wrong, body, _ = edges(texts[name], best if index else None, index, missed)
            pooled[stage][0].update(lines)
            pooled[stage][1].update(wrong)
            fitted = f"  edge limits {best}" if stage == "edges" else ""
            print(f"{name:<7}{stage:<14}" + _levels(lines, wrong) + fitted)
        body_marked += body
        body_lines += sum(line.role in BODY_ROLES | {"l"} for text in texts[name] for line in text)
        if show:
            print("\n".join(f"      unmarked, wrong: {line}" for line in missed))
    for stage, (lines, wrong) in pooled.items():
        print(f"{'pooled':<7}{stage:<14}" + _levels(lines, wrong))
    print(f"lines of the body marked by the edges: {body_marked} of {body_lines} (verse, never marked, counted)")


def _levels(lines: Counter[str], wrong: Counter[str]) -> str:
    """One row of :func:`leave_one_set_out`: wrong/lines per level, the share marked, the right
    lines marked by the page's doubts."""
    total = sum(lines[level] for level in LEVELS)
    marked = (total - lines["none"]) / total if total else 0.0
    return "".join(f"{_rate(wrong[level], lines[level]):>18}" for level in reversed(LEVELS)) + \
        f"{marked:>8.0%}{lines['right marked']:>14}"


def _rate(wrong: int, lines: int) -> str:
    return f"{wrong:>4}/{lines:<5}{wrong / lines:>5.0%}" if lines else f"{0:>4}/{0:<5}{'-':>5}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min", type=int, default=MIN_LINES, help="rows with at least this many lines")
    ap.add_argument("--rule", help="only rules whose name contains this")
    ap.add_argument("--blind", nargs="?", const=",".join(f"h{n}" for n in range(9, 22)),
                    help="score the page's doubts leave one set out on these held-out sets as scored blind")
    ap.add_argument("--unmarked", action="store_true", help="with --blind: list each set's unmarked wrong lines")
    ap.add_argument("--write-records", action="store_true",
                    help="write each marked rule's and page doubt's record (src/nashr/convert/data/rule_records.tsv, "
                         "shown by nashr convert --explain) and print nothing else")
    args = ap.parse_args()
    if args.blind:
        return leave_one_set_out(args.blind.split(","), args.unmarked)
    lines, wrong, by_hand = count()
    if args.write_records:
        return write_records(by_hand)
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
