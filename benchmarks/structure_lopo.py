#!/usr/bin/env python3
"""Line roles on the collection by publisher, and what each rule brings to each (issue 12).

The structure rules were written on the texts of tests/data/corpus/; a rule that helps one
publisher's texts only is fitted to that publisher and may not hold on texts nashr has never seen.
This script measures that:

* **per publisher** (each folder's site: its about.toml ``publisher``, one site filed under several
  spellings counted once, :func:`sites`): lines, lines right, accuracy;
* **per rule** (its name: :func:`nashr.convert.document.rule_name`): every rule that chooses the
  final role of some line is switched off in turn (``DISABLED_RULES``: the line keeps the role it
  had before the rule) and the lines right are counted again: the rule's *gain* on each publisher
  (lines right with it minus without it);
* **leave one publisher out**: for each publisher P, the rules that gain nothing on any other
  publisher (written for P alone, or helping none) are switched off and P is scored: the accuracy
  the rules would have on P had P's texts not been seen while writing them. Reported as the mean
  over publishers and over all lines.

A rule switched off changes only the texts that ask about it (:func:`recorded`): each text is
classified once with every rule name asked recorded, and a rule is scored again on the texts that
ask about it only, the other texts keeping their roles; so is a publisher left out. The figures are
those of classifying every text for every rule (the script did so until round 41: 15–20 minutes
under load).

Usage (from the repository root)::

    uv run python benchmarks/structure_lopo.py            # per publisher and LOPO figures
    uv run python benchmarks/structure_lopo.py --rules    # also the gain of every rule per publisher
    uv run python benchmarks/structure_lopo.py --only P   # lines wrong of publishers matching P
    uv run python benchmarks/structure_lopo.py --only P --lopo   # … wrong when P is left out
    uv run python benchmarks/structure_lopo.py --spellings   # publishers as about.toml spells them
    uv run python benchmarks/structure_lopo.py --tops   # per role, pages opening with site furniture apart
    uv run python benchmarks/structure_lopo.py --levels   # the editor's loop per @cert level, in and LOPO
                                                          # (and LOPO with the levels earned without the site)
    uv run python benchmarks/structure_lopo.py --thin   # the rules whose transfer record is thin
    uv run python benchmarks/structure_lopo.py --write-transfer   # the rules' records left out (certainty.py)
                                                                  # and what they were computed from

Publishers are sites by default: with each spelling of about.toml apart (``--spellings``, as
before round 21) a rule written for one site under two spellings counts as general, and
leave-one-publisher-out read about a point higher (84.9 % against 83.8 % of lines at f6f8b38).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

from nashr.convert.certainty import MIN_LINES, PAGE_DOUBT, TRANSFER, Transfer, earned_level, level_source
from nashr.convert.document import DISABLED_RULES, rule_name

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from editor_loop import Loop  # noqa: E402

from corpus_sets import furniture_topped  # noqa: E402
from corpus_sets import sets as corpus_sets  # noqa: E402
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
KEEP = ("default:", "blank line")  # the defaults are no rules


def folders() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_dir())


def publisher(folder: Path) -> str:
    return tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]


SHARED_HOSTS = {"github.com", "raw.githubusercontent.com", "web.archive.org", "archive.org"}  # (many publishers)


def sites(names: list[Path]) -> dict[str, str]:
    """Each folder's site: folders whose publishers are spelt apart in about.toml but are one site
    go together — the same name before its gloss («Persian Wikipedia (ویکی‌پدیا), mobile site»,
    «Persian Wikipedia (fa.wikipedia.org)») or the same host of the page's address, «www.» and
    «m.» aside (not a host many publishers share: GitHub, the Internet Archive). A rule written
    for one site then counts once, however many spellings its texts were filed under. Returns
    folder name → the site's first spelling (in folder order)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for folder in names:
        about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
        name = re.split(r"\s*[(,]", about["publisher"], maxsplit=1)[0].strip().lower()
        host = re.sub(r"^(?:www\d*|m)\.", "", urlparse(about["url"]).hostname or "").replace(".m.", ".")
        keys = [f"name:{name}"] + ([f"host:{host}"] if host and host not in SHARED_HOSTS else [])
        for key in keys:
            parent[find(key)] = find(f"folder:{folder.name}")
    first: dict[str, str] = {}
    return {f.name: first.setdefault(find(f"folder:{f.name}"), publisher(f)) for f in names}


def held_out() -> dict[str, set[str]]:
    """The folders of each set of the collection (``dev``, ``h1`` … in the order they were added),
    by the README's headings (tests/corpus_sets.py)."""
    found: dict[str, set[str]] = {}
    for folder, name in corpus_sets().items():
        found.setdefault(name, set()).add(folder)
    return dict(sorted(found.items(), key=lambda kv: -1 if kv[0] == "dev" else int(kv[0][1:])))


def hand_roles(folder: Path) -> dict[int, str]:
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(c[0]): c[1] for c in (r.split("\t") for r in rows) if c[0].isdigit()}


TEXTS: dict[str, tuple[list[str], dict[int, str]]] = {}


class Row(NamedTuple):
    """One non-blank line as :func:`run` scores it."""

    n: int
    role: str  # nashr's
    hand: str  # by hand (roles.tsv; «?» when missing)
    rule: str  # the rule that chose the role (Line.rule)
    cert: str  # the level nashr gives it: ``low``, ``medium`` or ``none``
    source: str  # who set the level (certainty.level_source: the rule's name or the page's doubt)


Rows = dict[str, list[Row]]
"""Per folder: its non-blank lines (:class:`Row`)."""


def _load() -> None:
    if not TEXTS:
        for f in folders():
            TEXTS[f.name] = (read_source(f / "source.txt").lines, hand_roles(f))


def run(disabled: frozenset[str] = frozenset(), names: Iterable[str] | None = None) -> Rows:
    """Per folder (of ``names``, or all): every non-blank line (:class:`Row`), the rules named in
    ``disabled`` switched off."""
    _load()
    token = DISABLED_RULES.set(disabled)
    try:
        out = {}
        for name in TEXTS if names is None else names:
            lines, wanted = TEXTS[name]
            out[name] = [Row(ln.n, ln.role, wanted.get(ln.n, "?"), ln.rule, *level_source(ln)[::-1])
                         for ln in classify(lines) if ln.role != "blank"]
        return out
    finally:
        DISABLED_RULES.reset(token)


class Recorder(frozenset[str]):
    """Switched-off rules (for ``DISABLED_RULES``) that hold none and record in ``asked`` every name
    asked about. Not empty (one placeholder), as the code asks only when some rule is switched off."""

    def __new__(cls) -> Recorder:
        self = super().__new__(cls, {"(recording)"})
        self.asked: set[str] = set()
        return self

    def __contains__(self, name: object) -> bool:
        self.asked.add(str(name))
        return False


def recorded() -> tuple[Rows, dict[str, frozenset[str]]]:
    """:func:`run` with no rule switched off, and per folder the names of the rules the classifier
    asked to set some line's role (:meth:`nashr.convert.document.Document.set`), those whose choice
    a later rule replaced among them. A rule switched off changes only the texts that ask about it:
    ``Document.set`` is the only place that reads ``DISABLED_RULES``, and a text that never asks
    runs the same steps whichever rules are off. A rule that chose no line's final role may still
    have set a role that later rules read before replacing it, hence every name asked, not the
    final rules alone."""
    _load()
    rows: Rows = {}
    asked: dict[str, frozenset[str]] = {}
    for name in TEXTS:
        recorder = Recorder()
        rows |= run(recorder, (name,))
        asked[name] = frozenset(recorder.asked)
    return rows, asked


def right(result: Rows) -> Counter[str]:
    return Counter({name: sum(1 for row in rows if row.role == row.hand) for name, rows in result.items()})


def _ablate(rule: str, names: tuple[str, ...]) -> tuple[str, Counter[str]]:
    return rule, right(run(frozenset({rule}), names))


def rule_gains(base: Rows, asked: dict[str, frozenset[str]],
               pub: dict[str, str]) -> dict[str, Counter[str]]:
    """Every rule that chose some line's final role in ``base`` (:func:`recorded`'s rows), switched
    off in turn and scored again on the texts that ask about it (``asked``, :func:`recorded`): its
    gain per publisher (``pub``: folder → publisher), lines right with it minus without it."""
    ok = right(base)
    rules = sorted({rule_name(r.rule) for rows in base.values() for r in rows if not r.rule.startswith(KEEP)})
    asking: dict[str, list[str]] = defaultdict(list)
    for name, names in asked.items():
        for rule in names:
            asking[rule].append(name)
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        without_by_rule = dict(pool.map(_ablate, rules, [tuple(asking[r]) for r in rules]))
    gain: dict[str, Counter[str]] = {}
    for rule, without in without_by_rule.items():
        gain[rule] = Counter()
        for name, n in without.items():
            if ok[name] != n:
                gain[rule][pub[name]] += ok[name] - n
    return gain


def lopo_run(base: Rows, asked: dict[str, frozenset[str]], off: frozenset[str], names: Iterable[str]) -> Rows:
    """:func:`run` of ``names`` with the rules ``off`` switched off: ``base``'s rows of the texts
    that ask about none of them (``asked``, :func:`recorded`), the others classified again."""
    again = [name for name in names if off & asked[name]]
    return {name: base[name] for name in names} | run(off, again)


def left_out(gain: dict[str, Counter[str]], p: str) -> frozenset[str]:
    """The rules to switch off when publisher ``p`` is left out: those that gain on no other publisher."""
    return frozenset(r for r in gain if not any(g > 0 for q, g in gain[r].items() if q != p))



def print_gains(rules: Iterable[str], gain: dict[str, Counter[str]], title: str) -> None:
    """Each rule's gain on each site (``gain[rule][site]``), the rules by total gain: the total,
    how many sites it helps (↑) and hurts (↓), its name, then its gain per site."""
    print(f"\n{title}:")
    for r in sorted(rules, key=lambda r: -sum(gain[r].values())):
        helped = sum(1 for g in gain[r].values() if g > 0)
        hurt = sum(1 for g in gain[r].values() if g < 0)
        detail = ", ".join(f"{q[:25]} {g:+d}" for q, g in sorted(gain[r].items(), key=lambda x: -x[1]))
        print(f"{sum(gain[r].values()):+5d} {helped}↑ {hurt}↓  {r[:100]}\n          {detail}")


def print_tops(base: Rows, lopo_rows: Rows) -> None:
    """:func:`print_roles` apart for the texts that open with a site's furniture
    (``corpus_sets.furniture_topped`` of their hand-made roles) and the others."""
    for topped, label in ((True, "texts opening with a site's furniture"), (False, "the other texts")):
        names = [name for name, rows in base.items() if furniture_topped(row.hand for row in rows) == topped]
        print(f"\n{label}: {len(names)} texts, {sum(len(base[n]) for n in names)} lines")
        print_roles({n: base[n] for n in names}, {n: lopo_rows[n] for n in names})


def print_roles(base: Rows, lopo_rows: Rows) -> None:
    """Per hand-made role: lines, right on the collection and left out (each site scored with the rules
    that gain on no other site switched off), and the lines given that role wrongly (false) in each."""
    def tally(result: Rows) -> tuple[Counter[str], Counter[str], Counter[str]]:
        total, ok, false = Counter(), Counter(), Counter()
        for rows in result.values():
            for _, got, want, *_ in rows:
                total[want] += 1
                ok[want] += got == want
                false[got] += got != want
        return total, ok, false

    total, ok, false = tally(base)
    _, lopo_ok, lopo_false = tally(lopo_rows)
    print(f"\n{'role':<14}{'lines':>6}{'right':>7}{'LOPO':>7}{'false':>7}{'LOPO':>6}")
    for role in sorted(total | false, key=lambda r: -total[r]):
        n = max(total[role], 1)
        print(f"{role:<14}{total[role]:>6}{ok[role] / n:>7.1%}{lopo_ok[role] / n:>7.1%}{false[role]:>7}"
              f"{lopo_false[role]:>6}")


Tally = dict[tuple[str, str], dict[tuple[str, str], list[int]]]
"""Per (who set the level, level): per (site, set of the collection) the lines and wrong lines."""


def tally(result: Rows, pub: dict[str, str]) -> Tally:
    """``result``'s lines and wrong lines per (who set the level, level) and per (site, set): ``pub``
    folder → site, the set of the collection by tests/corpus_sets.py (``dev`` for the first texts)."""
    of_set = corpus_sets()
    out: Tally = defaultdict(dict)
    for name, rows in result.items():
        for row in rows:
            count = out[row.source, row.cert].setdefault((pub[name], of_set.get(name, "dev")), [0, 0])
            count[0] += 1
            count[1] += row.role != row.hand
    return out


def record(parts: dict[tuple[str, str], list[int]], site: str | None = None) -> tuple[Transfer, int]:
    """One (who, level)'s :func:`tally` over its sites but ``site``: its transfer record (lines, wrong lines,
    sites, and the lines and wrong lines of the site with the most lines, the first by name among equals:
    :data:`nashr.convert.certainty.Transfer`) and how many sets of the collection its lines come from."""
    per_site: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sets: set[str] = set()
    for (where, part), (n, w) in parts.items():
        if where != site:
            per_site[where][0] += n
            per_site[where][1] += w
            sets.add(part)
    top = min(per_site, key=lambda where: (-per_site[where][0], where), default=None)
    top_lines, top_wrong = per_site[top] if top is not None else (0, 0)
    lines, wrong = sum(n for n, _ in per_site.values()), sum(w for _, w in per_site.values())
    return (lines, wrong, len(per_site), top_lines, top_wrong), len(sets)


def levels_left_out(base: Rows, lopo_rows: Rows, pub: dict[str, str]) -> Rows:
    """``lopo_rows`` with each rule's level earned as on a site nashr has never seen: from the records of
    the other sites only (:func:`nashr.convert.certainty.earned_level` on the transfer record and, where
    that is thin, the record on the collection, each without the line's site; the collection's sets as
    its sets). Where the level is set from records that hold the site's own lines, as in ``--levels``'
    left-out table, the site's lines helped set it: optimistic for a rule whose record is thin or
    carried by that site. The page's doubts keep their level (they fit no record)."""
    transfer, collection = tally(lopo_rows, pub), tally(base, pub)
    earned: dict[tuple[str, str, str], str] = {}
    out: Rows = {}
    for name, rows in lopo_rows.items():
        site = pub[name]
        out[name] = []
        for row in rows:
            key = (row.source, row.cert, site)
            if row.source.startswith(PAGE_DOUBT.format("")):
                out[name].append(row)
                continue
            if key not in earned:
                left, _ = record(transfer[row.source, row.cert], site)
                (c_lines, c_wrong, *_), c_sets = record(collection[row.source, row.cert], site)
                earned[key] = row.cert if not c_lines else earned_level(
                    row.source, row.cert, c_wrong, c_lines, c_sets, {(row.source, row.cert): left})
            out[name].append(row._replace(cert=earned[key]))
    return out


def print_levels(base: Rows, lopo_rows: Rows, pub: dict[str, str]) -> None:
    """The editor's loop per level of ``@cert`` (benchmarks/editor_loop.py) on the collection and
    left out: the level a line has when its site is left out is the level a blind set would see; and
    left out with the levels earned without the site too (:func:`levels_left_out`)."""
    for title, result in (("in the collection", base), ("leave one publisher out", lopo_rows),
                          ("leave one publisher out, levels earned without it", levels_left_out(base, lopo_rows, pub))):
        loop = Loop()
        for rows in result.values():
            for row in rows:
                loop.add(row.cert, row.role != row.hand)
        print("\n" + loop.table(title))


def print_thin(base: Rows, lopo_rows: Rows, pub: dict[str, str]) -> None:
    """The rules whose transfer record is thin (fewer than ``MIN_LINES`` lines left out, or none: a rule
    written for one site is switched off when it is left out), which keep the level written in code: per
    (rule, level), wrong/lines and sites on the collection and left out, the most lines first; then the
    totals per level."""
    transfer, collection = tally(lopo_rows, pub), tally(base, pub)
    thin = [key for key in collection | transfer if not key[0].startswith(PAGE_DOUBT.format(""))
            and record(transfer.get(key, {}))[0][0] < MIN_LINES]
    totals: Counter[tuple[str, int]] = Counter()
    print(f"\nrules whose transfer record has fewer than {MIN_LINES} lines: {len(thin)} (rule, level)")
    print(f"{'level':<8}{'collection':>11}{'sites':>6}{'left out':>10}{'sites':>6}  rule")
    for key in sorted(thin, key=lambda k: (-record(collection.get(k, {}))[0], k)):
        c, t = record(collection.get(key, {}))[0], record(transfer.get(key, {}))[0]
        totals.update({(key[1], k): n for k, n in enumerate(c[:2] + t[:2])})
        print(f"{key[1]:<8}{c[1]:>5}/{c[0]:<5}{c[2]:>6}{t[1]:>4}/{t[0]:<5}{t[2]:>6}  {key[0][:100]}")
    for level in ("none", "medium", "low"):
        print(f"{level:<8}collection {totals[level, 1]}/{totals[level, 0]}, "
              f"left out {totals[level, 3]}/{totals[level, 2]}")


INPUTS = TRANSFER.with_name("transfer_inputs.tsv")
"""What :data:`~nashr.convert.certainty.TRANSFER` was written from (:func:`inputs_table`), written beside it by
``--write-transfer``; tests/test_structure_calibration.py computes it again and fails when they differ."""


def inputs_table(base: Rows, asked: dict[str, frozenset[str]], pub: dict[str, str]) -> str:
    """What :func:`write_transfer` computes the records from, as :data:`INPUTS` holds it (a header row and one
    row): the SHA-256 of every text's name, site (``pub``), the rules it asks about (``asked``) and its non-blank
    lines (``base``: number, nashr's role, the role by hand, the rule, the level and who set it), texts in
    name order (:func:`recorded`); then how many texts, lines and sites. A change of the rules or the collection
    that changes no line's role, rule or level and no rule asked leaves it as it was, and the records with it;
    one that changes what the rules do only while some rule is switched off (:func:`rule_gains`) goes unseen."""
    digest = hashlib.sha256()
    for name in sorted(base):
        digest.update(f"{name}\t{pub[name]}\t{'|'.join(sorted(asked[name]))}\n".encode())
        for row in base[name]:
            digest.update(("\t".join(map(str, row)) + "\n").encode())
    lines = sum(len(rows) for rows in base.values())
    return f"sha256\ttexts\tlines\tsites\n{digest.hexdigest()}\t{len(base)}\t{lines}\t{len(set(pub.values()))}\n"


def write_transfer(lopo_rows: Rows, pub: dict[str, str]) -> None:
    """Write :data:`nashr.convert.certainty.TRANSFER`: per (who set the level, level), its lines,
    wrong lines and sites when each site is left out (``lopo_rows``; ``pub``: folder → site), and the
    lines and wrong lines of the site with the most lines (:func:`record`)."""
    body = ["\t".join(map(str, (source, level, *record(parts)[0])))
            for (source, level), parts in sorted(tally(lopo_rows, pub).items())]
    TRANSFER.write_text("who\tlevel\tlines\twrong\tsites\ttop site's lines\ttop site's wrong\n" + "\n".join(body)
                        + "\n", encoding="utf-8")
    print(f"\n{len(body)} transfer records written to {TRANSFER.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rules", action="store_true", help="print every rule's gain per publisher")
    ap.add_argument("--only", help="print the wrong lines of publishers whose name contains this")
    ap.add_argument("--spellings", action="store_true",
                    help="publishers as about.toml spells them, not sites (one site filed under several names "
                         "then counts as several publishers)")
    ap.add_argument("--lopo", action="store_true",
                    help="with --only: the lines wrong when the publisher is left out (its rules switched off)")
    ap.add_argument("--roles", action="store_true",
                    help="per hand-made role: lines, right on the collection and when each site is left out, "
                         "and how often the role was given wrongly")
    ap.add_argument("--levels", action="store_true",
                    help="the editor's loop per @cert level, on the collection and when each site is left out")
    ap.add_argument("--thin", action="store_true",
                    help="the rules whose transfer record is thin, with their records on the collection and left out")
    ap.add_argument("--write-transfer", action="store_true",
                    help="write each rule's record left out (src/nashr/convert/data/transfer_records.tsv), from "
                         "which the policy of nashr.convert.certainty sets its level, and what it was computed "
                         "from (transfer_inputs.tsv beside it)")
    ap.add_argument("--tops", action="store_true",
                    help="--roles apart for the texts that open with a site's furniture and the others")
    args = ap.parse_args()
    pub = {f.name: publisher(f) for f in folders()} if args.spellings else sites(folders())
    late = held_out()
    base, asked = recorded()
    ok = right(base)
    lines = Counter({name: len(rows) for name, rows in base.items()})

    def share(names: list[str], counts: Counter[str]) -> str:
        n = sum(lines[x] for x in names)
        return f"{sum(counts[x] for x in names) / max(n, 1):.1%} of {n}"

    members = {key: [x for x in base if x in names] for key, names in late.items()}
    print(f"all {len(base)} texts: {share(list(base), ok)}; "
          + "; ".join(f"{'first' if key == 'dev' else f'held-out set {key[1:]}:'} {len(names)} texts: "
                      f"{share(names, ok)}" for key, names in members.items()))
    by_pub: dict[str, list[str]] = defaultdict(list)
    for name in base:
        by_pub[pub[name]].append(name)

    gain = rule_gains(base, asked, pub)
    rules = sorted(gain)

    # Leave one publisher out: switch off the rules that gain on no other publisher.
    lopo: Counter[str] = Counter()
    lopo_off: dict[str, list[str]] = {}
    lopo_rows: Rows = {}
    for p, names in by_pub.items():
        off = left_out(gain, p)
        lopo_off[p] = sorted(r for r in off if gain[r][p] != 0)
        scored = lopo_run(base, asked, off, names)
        lopo_rows.update(scored)
        lopo.update(right(scored))

    print(f"\n{'publisher':<60}{'texts':>6}{'lines':>6}{'right':>7}{'LOPO':>7}")
    means, lopo_means = [], []
    for p in sorted(by_pub, key=lambda q: -sum(lines[x] for x in by_pub[q])):
        names = by_pub[p]
        n = sum(lines[x] for x in names)
        a, b = sum(ok[x] for x in names) / n, sum(lopo[x] for x in names) / n
        means.append(a)
        lopo_means.append(b)
        print(f"{p[:58]:<60}{len(names):>6}{n:>6}{a:>7.1%}{b:>7.1%}")
        for r in lopo_off[p]:
            print(f"    only here ({gain[r][p]:+d}): {r[:110]}")
    total = sum(lines.values())
    print(f"\nper publisher, mean of {len(by_pub)}: {sum(means) / len(means):.1%}; "
          f"leave-one-publisher-out mean: {sum(lopo_means) / len(lopo_means):.1%}; "
          f"over all lines: {sum(ok.values()) / total:.1%} → LOPO {sum(lopo.values()) / total:.1%}")

    if args.roles:
        print_roles(base, lopo_rows)
    if args.tops:
        print_tops(base, lopo_rows)
    if args.levels:
        print_levels(base, lopo_rows, pub)
    if args.thin:
        print_thin(base, lopo_rows, pub)
    if args.write_transfer:
        write_transfer(lopo_rows, pub)
        INPUTS.write_text(inputs_table(base, asked, pub), encoding="utf-8")
    if args.rules:
        print_gains(rules, gain, "rule gains per publisher (lines right with the rule minus without it)")
    if args.only:
        for name, rows in (lopo_rows if args.lopo else base).items():
            if args.only.lower() in pub[name].lower() or args.only in name:
                for n, got, want, rule, *_ in rows:
                    if got != want:
                        print(f"{name}:{n}: nashr {got} ({rule[:70]}), by hand {want}")


if __name__ == "__main__":
    sys.exit(main())
