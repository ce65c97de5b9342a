#!/usr/bin/env python3
"""jusText's boilerplate classification on lines of plain text, scored leave one site out (issue 12).

Blind sets of single pages from new sites read 65–70 % of lines against about 85 % leave one site out
(benchmarks/structure_lopo.py), and most blind errors are a web page's furniture (``fw``: menus,
breadcrumbs, labels, counters, share links, footers) taken for text, and the lines around the body.
This asks whether a published, site-independent method of telling boilerplate from text decides those
lines better than the rules do: jusText (Pomikálek 2011, "Removing boilerplate and duplicate content
from web corpora", PhD thesis, Masaryk University, ch. 3; the algorithm of the ``justext`` package,
``classify_paragraphs`` and ``revise_paragraph_classification`` in justext/core.py, described in its
doc/algorithm.rst), written anew for lines of plain text:

* **blocks**: jusText's blocks are an HTML page's block elements; here a block is a line with the
  lines the rules join to it (``p+``, ``item+``, ``code+``: one paragraph wrapped over several lines);
* **context-free class** (jusText's decision tree, its default thresholds): a block whose *link
  density* exceeds MAX_LINK_DENSITY, or holding «©», is ``bad``; one shorter than LENGTH_LOW
  characters is ``bad`` if it has any link, else ``short``; a longer one is ``good`` if its
  *stopword density* is at least STOPWORDS_HIGH and it is longer than LENGTH_HIGH, ``near-good`` if
  its density is at least STOPWORDS_LOW (or high and the block not long), else ``bad``;
* **stopword density**: the share of the block's words (runs of Arabic-script letters, ZWNJ kept,
  Arabic ي/ك read as Persian) that are Persian function words: hazm's stop list
  (``hazm/data/stopwords.dat``, :func:`nashr.entities.lexicon.stopwords`, 389 words; its multi-word
  entries left out);
* **link density** in plain text, where links are gone but their traces stay: a block of three parts
  or more parted by separators («|», «»», «›», «•», «·», «/», «>», a spaced dash), each part at most
  MENU_PART_MAX_WORDS words (a menu, a breadcrumb trail), counts as all links; otherwise the share of
  its characters in tokens with no Arabic-script letter but a letter or digit (Latin words,
  addresses, counters, clock times and dates in digits; not a lone mark such as «[…]»);
* **context smoothing** (jusText's, linear here): a run of ``short`` and ``near-good`` blocks between
  two ``good`` (or two ``bad``) blocks takes their class; between a ``bad`` and a ``good`` one, a short
  block is ``good`` if a ``near-good`` block stands between it and the ``bad`` side, and then each
  ``near-good`` block is ``bad`` only between two ``bad`` blocks. The text's edges count as ``bad``.
  jusText's heading stages are left out (plain text has no ``<h1>``).

The measures live in :mod:`nashr.convert.boilerplate` (one implementation, shipped and measured).
Where jusText decides here (``--how``; *unsure* lines = left to the default paragraph or marked
``low``; *top* and *foot* = before the first and after the last ``good`` block; a text with no
``good`` block is left as the rules read it):

* ``edges``: an unsure ``p`` at the top or foot that jusText calls ``bad`` becomes ``fw``;
* ``edges-cf``: … only where the context-free class was already ``bad`` (not smoothed);
* ``cluster``: an unsure line at the top or foot, shorter than LENGTH_LOW, with a stopword density
  under STOPWORDS_LOW and no final «.», «!», «?», next to a line that is ``fw`` or dense in links,
  becomes ``fw`` (jusText's smoothing: a short block among boilerplate is boilerplate);
* ``anywhere``: an unsure ``p`` anywhere that jusText calls ``bad`` becomes ``fw``;
* ``good-p``: an unsure line of another role than ``p`` that jusText calls ``good`` becomes ``p``;
* ``shipped``: the rules with :func:`nashr.convert.boilerplate.boilerplate_edges` (an unsure line
  at the top or foot dense in links, poor in function words, no sentence and no address → ``fw``,
  ``low``); the other ways are applied to the rules without it (``rules``).

Scored leave one site out as benchmarks/structure_lopo.py (the rules that gain on no other site
switched off for a site's texts), and with all rules on the collection: lines right over all and as
the mean of sites, lines fixed and broken, sites that lose more than one line net, and per hand role
(the roles some way changes).

Result (4 December 2026, 350 texts, 5,003 lines, 185 sites; lines / mean of sites, fixed/broken;
about 7 minutes, ``--cache`` then 10 s)::

    way        leave one site out             all rules
    rules      84.6 % / 85.6 %                91.9 % / 90.3 %
    edges      82.2 % / 82.2 %  +26/−147      89.5 % / 87.0 %  +15/−133
    edges-cf   83.4 % / 83.8 %  +15/−74       90.7 % / 88.6 %  +7/−67
    cluster    84.8 % / 85.7 %  +18/−10       91.9 % / 90.3 %  +11/−11
    anywhere   82.1 % / 82.0 %  +27/−155      89.4 % / 86.8 %  +16/−140
    good-p     84.6 % / 85.5 %  +1/−2         91.9 % / 90.3 %  +2/−2
    shipped    84.9 % / 85.9 %  +13/−0        92.0 % / 90.5 %  +8/−0

jusText's decision does not carry over: around a page's body, the lines it calls boilerplate are the
title, datelines, bylines, headings, a masthead and notes as often as furniture — all short and poor
in function words (``--features``: stopword density, deciles 1/5/9, is 0.00/0.00/0.40 for ``fw``,
0.00/0.00/0.33 for ``subtitle``, 0.00/0.00/0.19 for ``dateline``, 0.00/0.14/0.35 for ``title``, against
0.08/0.38/0.52 for ``p``), and prose in short or hard-wrapped lines, in lists of names or in another
language is poor in Persian function words too. Its smoothing (``cluster``) breaks as many lines as it
fixes (headings, addressees, subtitles next to furniture). Stopword density tells prose from
everything else; it does not tell furniture from the lines around the body, which is what the rules
miss. What holds is the plain-text link density, and only as a guard-railed rule (``shipped``: it
decides 48 lines leave one site out, 13 of them right, 35 wrong before and after — datelines in
clock times, a Markdown code block, a masthead's Latin lines; on the collection 8 right of 23, so
``low``). The same rule anywhere in the text, not only at the top and foot: +14/−0 (one line more).

Usage (from the repository root)::

    uv run python benchmarks/structure_boilerplate.py                      # every way, LOPO and all rules
    uv run python benchmarks/structure_boilerplate.py --cache /tmp/bp      # keep the rules' outputs
    uv run python benchmarks/structure_boilerplate.py --features           # stopword density per hand role
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import structure_lopo

from nashr.convert.boilerplate import (
    BOILERPLATE_RULE,
    LENGTH_LOW,
    MAX_LINK_DENSITY,
    SENTENCE_END,
    STOPWORDS_LOW,
    blocks,
    context_free,
    link_density,
    revise,
    stop_density,
)
from nashr.convert.document import DEFAULT_RULE, DISABLED_RULES, Line, rule_name
from nashr.convert.structure import classify

HOWS = ("edges", "edges-cf", "cluster", "anywhere", "good-p", "shipped")


def classes(lines: Sequence[Line]) -> dict[int, tuple[str, str]]:
    """Per non-blank line (index into ``lines``): its block's context-free and final jusText class."""
    groups = blocks([line.role for line in lines])
    first = [context_free(" ".join(lines[i].text for i in b)) for b in groups]
    return {i: (c, f) for b, c, f in zip(groups, first, revise(first), strict=True) for i in b}


def _furniture_near(lines: Sequence[Line], found: dict[int, tuple[str, str]], near: list[int]) -> bool:
    return any(lines[j].role == "fw" or (found[j][0] == "bad" and link_density(lines[j].text) > MAX_LINK_DENSITY)
               for j in near)


def decide(lines: Sequence[Line], how: str) -> list[str]:
    """The roles of the non-blank ``lines`` (the rules' output without the shipped rule) when jusText
    decides as ``how`` says (module docstring)."""
    found = classes(lines)
    kept = [i for i, line in enumerate(lines) if line.role != "blank"]
    good = [i for i in kept if found[i][1] == "good"]
    if not good:  # no block of text: jusText would drop the page, nashr keeps it as the rules read it
        return [lines[i].role for i in kept]
    roles = []
    for k, i in enumerate(kept):
        line, (cf, final) = lines[i], found[i]
        unsure = line.rule.startswith(DEFAULT_RULE) or line.cert == "low"
        edge = i < good[0] or i > good[-1]
        text = line.text.strip()
        if not unsure:
            take = False
        elif how == "good-p":
            roles.append("p" if final == "good" and cf != "short" else line.role)
            continue
        elif how == "cluster":
            take = (edge and len(text) < LENGTH_LOW and stop_density(text) < STOPWORDS_LOW
                    and not SENTENCE_END.search(text)
                    and _furniture_near(lines, found, [kept[j] for j in (k - 1, k + 1) if 0 <= j < len(kept)]))
        else:
            take = line.role == "p" and final == "bad" and {
                "edges": edge, "edges-cf": edge and cf == "bad", "anywhere": True}[how]
        roles.append("fw" if take else line.role)
    return roles


Ways = tuple[list[Line], list[Line]]  # the rules without the shipped rule, and as they are
Text = tuple[str, str, Ways, Ways, dict[int, str]]  # name, site, rules as on an unseen site, all rules, hand roles


def _both(lines: list[str], off: frozenset[str]) -> Ways:
    token = DISABLED_RULES.set(off | {rule_name(BOILERPLATE_RULE)})
    try:
        without = classify(lines)
    finally:
        DISABLED_RULES.reset(token)
    token = DISABLED_RULES.set(off)
    try:
        return without, classify(lines)
    finally:
        DISABLED_RULES.reset(token)


def corpus(cache: Path | None) -> list[Text]:
    """Every text classified by the rules as on an unseen site (those that gain on no other site switched
    off, benchmarks/structure_lopo.py) and by all rules, each without and with the shipped rule
    (:func:`nashr.convert.boilerplate.boilerplate_edges`), with its hand roles."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    site = structure_lopo.sites(structure_lopo.folders())
    gain = structure_lopo.rule_gains(structure_lopo.run(), site)
    off = {s: structure_lopo.left_out(gain, s) for s in set(site.values())}
    out = []
    for name in sorted(site):
        lines, wanted = structure_lopo.TEXTS[name]
        out.append((name, site[name], _both(lines, off[site[name]]), _both(lines, frozenset()), wanted))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def score(texts: list[Text], which: int, hows: Sequence[str]) -> str:
    """Lines right, mean of sites, fixed, broken, sites losing more than a line; per hand role."""
    total: Counter[str] = Counter()
    right: dict[str, Counter[str]] = defaultdict(Counter)
    by_site: dict[str, Counter[str]] = defaultdict(Counter)
    fixed, broke = Counter(), Counter()
    size: Counter[str] = Counter()
    for t in texts:
        (lines, shipped), gold = t[which], t[4]
        kept = [line for line in lines if line.role != "blank"]
        wanted = [gold.get(line.n, "?") for line in kept]
        size[t[1]] += len(kept)
        for want in wanted:
            total[want] += 1
        for how in ("rules", *hows):
            if how in ("rules", "shipped"):
                roles = [line.role for line in (lines if how == "rules" else shipped) if line.role != "blank"]
            else:
                roles = decide(lines, how)
            for line, role, want in zip(kept, roles, wanted, strict=True):
                right[how][want] += role == want
                by_site[how][t[1]] += role == want
                fixed[how] += line.role != want and role == want
                broke[how] += line.role == want and role != want
    n = sum(total.values())
    rows = [f"{'':<12}{'lines':>8}{'sites':>8}{'fixed':>7}{'broke':>7}  sites losing >1 line net"]
    for how in ("rules", *hows):
        mean = sum(by_site[how][s] / size[s] for s in size) / len(size)
        losers = sorted((by_site[how][s] - by_site["rules"][s], s[:24]) for s in size
                        if by_site[how][s] - by_site["rules"][s] < -1)
        rows.append(f"{how:<12}{sum(right[how].values()) / n:>8.1%}{mean:>8.1%}{fixed[how]:>7}{broke[how]:>7}  "
                    + (", ".join(f"{s} {d:+d}" for d, s in losers[:6]) + (" …" if len(losers) > 6 else "")
                       if losers else "none"))
    rows.append(f"\n{'hand role':<12}{'lines':>6}" + "".join(f"{h:>12}" for h in ("rules", *hows)))
    for role in sorted(total, key=lambda r: (-total[r], r)):
        if any(right[h][role] != right["rules"][role] for h in hows):
            rows.append(f"{role:<12}{total[role]:>6}"
                        + "".join(f"{right[h][role] / total[role]:>12.1%}" for h in ("rules", *hows)))
    return "\n".join(rows)


def features(texts: list[Text]) -> str:
    """Stopword density, length and link density per hand role: deciles 1, 5 and 9, share at STOPWORDS_LOW."""
    rows: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    for _, _, _, (lines, _), gold in texts:
        for line in lines:
            if line.role != "blank":
                text = line.text.strip()
                rows[gold.get(line.n, "?")].append((len(text), stop_density(text), link_density(text)))
    out = [f"{'hand role':<12}{'lines':>6}  {'chars (d1 d5 d9)':<20}{'stopwords':<20}{'≥ low':>6}{'links > max':>12}"]
    for role, values in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        if len(values) < 20:
            continue

        def deciles(k: int, values: list[tuple[int, float, float]] = values) -> str:
            q = statistics.quantiles([v[k] for v in values], n=10)
            return " ".join(f"{q[j]:.2f}" if k else f"{q[j]:.0f}" for j in (0, 4, 8))

        low = sum(v[1] >= STOPWORDS_LOW for v in values) / len(values)
        links = sum(v[2] > MAX_LINK_DENSITY for v in values) / len(values)
        out.append(f"{role:<12}{len(values):>6}  {deciles(0):<20}{deciles(1):<20}{low:>6.0%}{links:>12.0%}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="keep the rules' outputs in this file, or read them")
    ap.add_argument("--features", action="store_true", help="print stopword and link density per hand role")
    ap.add_argument("--how", nargs="*", default=list(HOWS), choices=HOWS, help="the ways jusText decides")
    args = ap.parse_args()
    texts = corpus(args.cache)
    print(f"{len(texts)} texts, {len({t[1] for t in texts})} sites\n")
    if args.features:
        print(features(texts) + "\n")
    print("leave one site out (the rules as on an unseen site):\n" + score(texts, 2, args.how))
    print("\nall rules, on the collection:\n" + score(texts, 3, args.how))
    return 0


if __name__ == "__main__":
    sys.exit(main())
