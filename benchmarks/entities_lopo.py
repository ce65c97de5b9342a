#!/usr/bin/env python3
"""Entities on the collection by site, and what each entity rule brings to each (issue 13).

The entity rules were written on the texts of tests/data/corpus/; a rule that helps one site's
texts only is fitted to that site and may not hold on texts nashr has never seen. As
benchmarks/structure_lopo.py does for the line roles, this script measures that:

* **per rule** (a name of :mod:`nashr.entities.switches`: a candidate rule, a step of the tagger,
  a file of the gazetteer; the names are those the tagger asks about while it runs): every rule
  switched off in turn (``DISABLED_RULES``) and the texts scored again. A rule's *gain* on a site
  (the sites of :func:`structure_lopo.sites`: a site filed under several spellings counted once)
  is the entities found right with it minus without it, less the false hits with it minus
  without it (over the four kinds: a rule is worth keeping where at least half of what it adds
  is right, about where a site's F1 goes up);
* **leave one site out**: for each site S, the rules that gain on no other site are switched off
  and S is scored: the figure the rules would reach on S had its texts not been seen while
  writing them. Reported per kind (P/R/F1 over all texts) beside the collection's.

A rule switched off changes only the texts whose tagging asks about it (a rule the tagger never
asks about while it tags a text cannot change that text's TEI), so each text is tagged once with
every question recorded (:func:`asked_per_text`) and a rule is scored again on the texts that ask
about it only; a file of the gazetteer, read when a tagger is built, on every text. The figures
are those of scoring every text for every rule (the script did so until round 29: 45 minutes
under load, now about a quarter of that).

Usage (from the repository root)::

    uv run python benchmarks/entities_lopo.py            # per kind: collection and LOPO
    uv run python benchmarks/entities_lopo.py --rules    # also every rule's gain per site
    uv run python benchmarks/entities_lopo.py --sites    # also each site's F1 and LOPO F1
    uv run python benchmarks/entities_lopo.py --none     # with no registers (default: as shipped)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import date_context, read_catalog, source_info
from nashr.convert.sources import read_source
from nashr.convert.structure import analyse
from nashr.convert.tei import build_tei
from nashr.entities.evaluate import KINDS, Score, read_annotations, tei_mentions
from nashr.entities.places import GAZETTEER_FILES
from nashr.entities.registers import Registers
from nashr.entities.switches import DISABLED_RULES
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from structure_lopo import Recorder, folders, print_gains, sites  # noqa: E402

from entity_scoring import annotated  # noqa: E402

WORKERS = 2  # the machine is shared: two processes at most
NO_REGISTERS = False  # set by --none (module-level, so that the pool's workers see it)

Counts = dict[str, Score]  # folder name → its score


@cache
def _prepared() -> list[tuple[str, object, object, object, object, object, list]]:
    """Per annotated text: its name, source, lines, catalog data, date context, conventions and
    hand-made mentions (the structure does not change with the entity rules: analysed once)."""
    edition = load_edition(ROOT / "edition.toml")
    out = []
    for folder in annotated():
        path = folder / "source.txt"
        source = read_source(path)
        structure = analyse(source.lines)
        info = source_info(path, read_catalog(path.parent))
        out.append((folder.name, source, structure, info, date_context(structure.lines, info), edition,
                    read_annotations(folder / "entities.tsv", source.text)))
    return out


@cache
def _tagger(files_off: frozenset[str], none: bool) -> Tagger:
    """The tagger without the gazetteer's files ``files_off`` (read while DISABLED_RULES holds them)."""
    return Tagger(Registers(())) if none else Tagger.from_registers(ROOT / "tei" / "registers")


def run(disabled: frozenset[str] = frozenset(), names: frozenset[str] | None = None) -> Counts:
    """Each annotated text (of ``names``, or all) scored with the rules ``disabled`` switched off."""
    token = DISABLED_RULES.set(disabled)
    try:
        tagger = _tagger(disabled & set(GAZETTEER_FILES), NO_REGISTERS)
        out = {}
        for name, source, structure, info, context, edition, expected in _prepared():
            if names is not None and name not in names:
                continue
            tree = build_tei(source, structure.lines, info, edition, tagger.document(context),  # type: ignore[attr-defined]
                             structure.conventions)  # type: ignore[attr-defined]
            score = Score()
            score.add(name, expected, tei_mentions(tree))
            out[name] = Score(score.right, score.expected, score.found)
        return out
    finally:
        DISABLED_RULES.reset(token)


def asked_per_text() -> dict[str, frozenset[str]]:
    """Text name → the names of the rules the tagger asks about while it tags that text (the files
    of the gazetteer, read when a tagger is built, are not among them)."""
    asked = {}
    for name, *_ in _prepared():
        recorder = Recorder()
        run(recorder, frozenset({name}))
        asked[name] = frozenset(recorder.asked)
    return asked


def texts_asking(asked: dict[str, frozenset[str]]) -> dict[str, frozenset[str] | None]:
    """Rule name → the texts whose tagging asks about it (``None`` for a file of the gazetteer:
    every text), for every rule asked about anywhere and every file of the gazetteer."""
    by_rule: dict[str, set[str]] = defaultdict(set)
    for name, rules in asked.items():
        for rule in rules:
            by_rule[rule].add(name)
    out: dict[str, frozenset[str] | None] = {rule: frozenset(names) for rule, names in by_rule.items()}
    out.update(dict.fromkeys(GAZETTEER_FILES))
    return out


def net(score: Score) -> int:
    """Right minus false hits, over all kinds."""
    return sum(2 * score.right[k] - score.found[k] for k in KINDS)


def _ablate(rule: str, names: frozenset[str] | None) -> tuple[str, dict[str, int]]:
    """The net score (:func:`net`) of the texts ``names`` (None: all) with ``rule`` switched off."""
    return rule, {name: net(score) for name, score in run(frozenset({rule}), names).items()}


def total(scores: Counts) -> Score:
    out = Score()
    for score in scores.values():
        out.right.update(score.right)
        out.expected.update(score.expected)
        out.found.update(score.found)
    return out


def kinds_line(label: str, score: Score) -> str:
    cells = []
    for kind in (*KINDS, None):
        p, r, f = score.prf(kind)
        cells.append(f"{kind or 'all'} {p:.3f}/{r:.3f}/{f:.3f}")
    return f"{label:<12}" + "  ".join(cells)


def main() -> None:
    global NO_REGISTERS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rules", action="store_true", help="print every rule's gain per site")
    ap.add_argument("--sites", action="store_true", help="print each site's F1, with its rules and left out")
    ap.add_argument("--none", action="store_true", help="no registers (default: the registers as shipped)")
    args = ap.parse_args()
    NO_REGISTERS = args.none
    site = {k: v for k, v in sites(folders()).items() if k in {f.name for f in annotated()}}
    base = run()
    asking = texts_asking(asked_per_text())
    rules = sorted(asking)
    with ProcessPoolExecutor(max_workers=WORKERS, initializer=_set_registers, initargs=(args.none,)) as pool:
        without = dict(pool.map(_ablate, rules, [asking[rule] for rule in rules]))
    gain: dict[str, Counter[str]] = {}
    for rule, scores in without.items():
        gain[rule] = Counter()
        for name, score in scores.items():
            if net(base[name]) != score:
                gain[rule][site[name]] += net(base[name]) - score
    by_site: dict[str, list[str]] = defaultdict(list)
    for name in base:
        by_site[site[name]].append(name)
    lopo: Counts = {}
    off_at: dict[str, list[str]] = {}
    for s, names in by_site.items():
        off = frozenset(r for r in gain if not any(g > 0 for q, g in gain[r].items() if q != s))
        off_at[s] = sorted(r for r in off if gain[r][s] != 0)
        lopo.update(run(off, frozenset(names)))
    setting = "no registers" if args.none else "registers as shipped"
    print(f"{len(base)} texts, {len(by_site)} sites, {len(rules)} rules; {setting}; kind P/R/F1")
    print(kinds_line("collection", total(base)))
    print(kinds_line("LOPO", total(lopo)))
    if args.sites:
        print(f"\n{'site':<60}{'texts':>6}{'F1':>7}{'LOPO':>7}")
        for s in sorted(by_site, key=lambda q: -sum(sum(base[x].expected.values()) for x in by_site[q])):
            names = by_site[s]
            f1 = total({x: base[x] for x in names}).prf()[2]
            lopo_f1 = total({x: lopo[x] for x in names}).prf()[2]
            print(f"{s[:58]:<60}{len(names):>6}{f1:>7.3f}{lopo_f1:>7.3f}")
            for r in off_at[s]:
                print(f"    only here ({gain[r][s]:+d}): {r}")
    if args.rules:
        print_gains(rules, gain, "rule gains per site (right minus false hits, with the rule minus without it)")


def _set_registers(none: bool) -> None:
    global NO_REGISTERS
    NO_REGISTERS = none


if __name__ == "__main__":
    sys.exit(main())
