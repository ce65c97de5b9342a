"""The policy that sets a structure rule's ``@cert`` from its measured record (issue 12).

``@cert`` (TEI P5 21.1, «certainty») tells an editor which lines to check. A level is worth that
only if it says how often lines so marked are wrong, so every rule's level is set from its record
on tests/data/corpus/ (``benchmarks/structure_calibration.py``: the lines it decides, the lines
whose role differs from the hand-made one, pooled and per set of the collection), by one policy:

* the estimate of a rule's error rate is the centre of the Wilson 95 % interval (Wilson 1927)
  of its record (wrong lines / lines), which pulls a small record towards one half;
* ``low`` from 30 % wrong (:data:`LOW_FROM`), ``medium`` from 10 % (:data:`MEDIUM_FROM`), no
  ``@cert`` below;
* a rule moves from the level it has only when its plain rate leaves that level's band too, so
  the pull of a small record cannot move it alone (eight right lines of eight do not make a sure
  rule ``medium``);
* a rule moves to a surer level only on a record from two sets of the collection or more: lines
  all from one set are those the rule was written from, whose rate is optimistic;
* a rule with fewer than 8 lines (:data:`MIN_LINES`) keeps the level it has: its record says too
  little;
* the record is the rule's **transfer record** (:data:`TRANSFER`, :func:`earned_level`) where that
  has :data:`MIN_LINES` lines or more: its lines on the sites it was not written for, counted leave
  one publisher out (benchmarks/structure_lopo.py ``--write-transfer``: each site's texts classified
  with the rules that gain on no other site switched off, so a rule written for one site is counted
  on the others only), the sites counting as the sets above; the record on the collection otherwise
  (a rule switched off wherever it fires). The collection's record is the sites the rules were
  written from, optimistic for a rule fitted to one site: on held-out sets 37 and 38, scored blind,
  the unmarked lines were wrong 4 of 108 and 32 of 277 times. Applied in round 41 (796 texts, leave
  one publisher out, benchmarks/structure_lopo.py ``--levels``): unmarked lines wrong 184/6135 (3.0 %)
  → 177/6225 (2.8 %), ``medium`` 662/4114 (16.1 %) → 391/3241 (12.1 %), ``low`` 947/1502 (63.0 %) →
  1225/2285 (53.6 %); lines marked 5616 → 5526 meeting 1609 → 1616 of the 1793 wrong ones (with
  :data:`NO_SENTENCE_ROLES`'s items); an editor who checks the ``low`` lines first meets 1225 wrong
  lines in 2285 checked, where 947 in 1502 and about 126 more in the next 783 ``medium`` ones before.
  The default paragraph's two parts (below) both lie in ``low`` on transfer (81 % and 35 % wrong)
  and stay apart, since ``--explain`` tells an editor each one's rate;
* a move to a surer level by a transfer record goes no further than the record without the site
  that has the most of its lines allows (:func:`earned_level`; no move when fewer than
  :data:`MIN_LINES` lines are left): one site's many right lines cannot make a rule sure on the
  others. The bare repeated-line ``fw`` rule went ``medium`` → none in round 45 on 6 wrong of 84
  lines on 9 sites, 37 of them anvari.org's table borders «|», all right; off that site 6 of 47 are
  wrong: ``medium`` again, the only level the policy moves today. Measured in round 46 (1002 texts,
  benchmarks/structure_lopo.py ``--levels``) with each site's lines given the levels their rules earn
  from the other sites' records, as a site never seen gets them (the left-out table's levels come
  from records holding the site's own lines): unmarked lines wrong 294/7434 (4.0 %) → 247/7366
  (3.4 %), lines marked 6874 → 6942 meeting 2067 → 2114 of the 2361 wrong lines; with the levels
  from all sites' records, 243/7432 → 240/7381, marked 6876 → 6927 meeting 2118 → 2121. Measured and
  left out: a rule whose transfer record is thin (176 records of a rule at a level, benchmarks/
  structure_lopo.py ``--thin``; 58 at none, 93 lines left out, 8 wrong) starting at ``medium``:
  93 lines more marked meeting 8 more wrong ones left out, 222 meeting 8 with the levels earned
  without the site; on held-out sets 38–41 as scored blind (benchmarks/structure_calibration.py
  ``--blind``'s classifications, the transfer records of each set's commit) such rules decided 5
  of the 1190 unmarked lines, 2 wrong, where the hard-wrapped paragraph's join decided 184, 33
  wrong, and the default paragraph 305, 16 wrong;
* a rule that decides a sure case and an unsure one gives each its own level, split by what
  its record shows across the sets, not by words from one text: the default paragraph (a short
  unpunctuated line ``low``, a short punctuated or a long unpunctuated one ``medium`` — ``low`` too
  on transfer since round 41, above — a long punctuated one unmarked: structure.DOUBTFUL_MAX_WORDS);
  a split whose parts come to lie in one band is undone (a heading between paragraphs was split
  by its length until both parts were wrong 30 % of the time or more; the first free line taken
  for the title was split at 6 words until, with held-out set 28, the longer ones were wrong 10 %
  of the time too);
* a rule's record is its own lines at the level it gave them: a line the page's doubt marked
  (``Line.doubt``, below) counts for that doubt, not for its rule
  (benchmarks/structure_calibration.py ``level_source``), and tests/test_structure_calibration.py
  checks that every rule with a record of MIN_LINES lines or more has the level the policy gives
  it;
* whatever rule chose the role, a line near either end of the text that is no sentence gets at
  least ``medium`` (:func:`edge_doubt`): the page's own evidence, for the labels around the body
  on a site no rule has seen, which the rules' records (taken on sites they were written from)
  call sure too often;
* whatever rule chose the roles, lines the text's main reading decides where the page itself
  speaks against that reading get at least ``medium`` (:func:`reading_doubts`): lines read as
  prose or speeches that rhyme and keep a metre as verse does, a bayt at the edge of a poem that
  rhymes with nothing or breaks its metre, a paragraph that opens with a list's label;
* an unmarked wrapped line of a block whose first line its rule doubted and opens with a list's
  mark or label (:func:`continuation_doubts`),
  and prose after a poem (:func:`coda_doubts`), get ``medium``: the lines an editor who checked
  only the marked ones never met on held-out sets 16, 17 and 21 (an item's or a note's wrapped
  lines read as ``p+``, a verse site's metre note read as ``p``).

Each doubt from the page carries its reason in an editor's words (``Line.doubt``, shown by
``--explain`` after the rule).

The rules give the levels where they decide (``Document.set(..., cert=...)``), not a table of
rule → level: about 150 calls give one, and the split levels above depend on the line the rule
looks at, which a table keyed by the rule's name cannot express. This module holds the policy;
the benchmark applies it to every (rule, level) record and prints the level it gives beside the
rule's own (``policy``: ``=`` when they agree, as they all do for the records of 8 lines or more
when this was written), so a drift shows there, and in tests/test_structure_calibration.py as
the rates per level.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from nashr.convert import reading
from nashr.convert.conventions import SPEAKER_GLUED, Shape, narrates
from nashr.convert.document import PROSE_ROLES, WRAPPED_ROLES, Line, rule_name
from nashr.convert.verse import (
    HEMISTICH_LINE_MAX_CHARS,
    HEMISTICHS_MIN_RATIO,
    is_verse,
    letter_count,
    one_metre,
    rhymes,
)

LOW_FROM = 0.30
MEDIUM_FROM = 0.10
MIN_LINES = 8
LEVELS = ("none", "medium", "low")
"""The levels from surest to least sure (``none``: no ``@cert``)."""
Z = 1.96  # the normal quantile of a two-sided 95 % interval

# The edges of a text (:func:`edge_doubt`), fitted leave one set out on held-out sets 9–13 as
# each was scored blind (the rules of the round before it): the values every fold chose.
EDGE_LINES = 8
EDGE_LABEL_MAX_WORDS = 12
EDGE_BODY_MAX_WORDS = 20
BODY_ROLES = PROSE_ROLES
"""The roles of the body a line at an edge may have (verse, ``l``, is left out: a hemistich is
no sentence by its nature, so being none says nothing of it)."""
NO_SENTENCE_ROLES = frozenset({"l", "item"})
"""The roles whose lines are no sentence by their nature, which :func:`edge_doubt` leaves alone: a
hemistich; a list's item (its label opens it, its words are often a name or a heading's). Items
measured leave one publisher out in round 41 (benchmarks/structure_lopo.py --levels, 796 texts):
183 lines the edges marked, 4 of them wrong, on 56 sites (2.2 %, under MEDIUM_FROM)."""
EDGE_REASON = ("near {end} of the text and no sentence (no final punctuation, no verb), where nashr often takes one "
               "label for another: {other}")
"""The reason :func:`edge_doubt` gives an editor (``{end}``: «the start» or «the end»; ``{other}``: the
roles it may have instead, :func:`edge_alternatives`)."""


def edge_alternatives(role: str, start: bool) -> str:
    """The roles a line :func:`edge_doubt` marks may have instead of ``role``, near the start of
    the text (``start``) or its end, in an editor's words: the labels found there by hand."""
    labels = ", ".join(label for label in (("title", "subtitle", "byline", "dateline") if start
                                          else ("signed", "dateline", "note", "trailer")) if label != role)
    furniture = "" if role == "fw" else " or the site's furniture (fw)"
    return f"{labels}{furniture}?" if role in BODY_ROLES else \
        f"the text's own line (p), or another label: {labels}{furniture}?"

# A text's reading against the page (:func:`reading_doubts`).
RHYMING_PROSE_MIN_LINES = 4
"""Lines of one prose role in a row that may be taken for a poem (as verse.MONORHYME_MIN_LINES)."""
PROSE_NAMES = {"p": "paragraphs", "speaker": "speeches", "item": "list items", "quote": "quotations"}
"""The prose roles a poem may be misread as, in an editor's words."""
Reading = tuple[str, str, "tuple[int, int] | None", Shape]
"""One non-blank line as a text's reading gives it: (its text, its role, ``Line.split``, its
:func:`~nashr.convert.conventions.shape`)."""


PAGE_DOUBT = "page's doubt: {}"
"""The name a line's record goes under when the page's evidence, not its rule, gave it its level
(``Line.doubt``: :func:`edge_doubt`, :func:`reading_doubts`), with the doubt's reason up to its
first «:» or «(»."""
RECORDS = Path(__file__).with_name("data") / "rule_records.tsv"
"""Each rule's and each page doubt's record on nashr's test collection at each level it gives, per
role it chose (written by ``benchmarks/structure_calibration.py --write-records``; tab-separated, a
header row): who set the level (:func:`level_source`), the level, the role, lines, wrong lines
(another role by hand), and the roles by hand of the wrong lines, commonest first («head 25, fw
20»). Read by :func:`record_said`, to tell an editor how often a marked line is wrong and what it
may be instead."""
RECORD_ROLES_SHOWN = 3
"""How many roles by hand a record keeps for its wrong lines (the commonest)."""


def level_source(line: Line) -> tuple[str, str]:
    """Who set ``line``'s level, and the level: (its rule's name, the level the rule gave) or, for a
    line the page's evidence doubted, (:data:`PAGE_DOUBT` with the reason, the level); level
    ``none`` for no ``@cert``. A rule's record is kept apart from the page's doubt on the lines it
    decided, so a rule's own level is judged on its own lines."""
    if line.doubt:
        return PAGE_DOUBT.format(re.split(r"[:(]", line.doubt)[0].strip()), line.cert or "none"
    return rule_name(line.rule), line.cert or "none"


@lru_cache(maxsize=1)
def records(path: Path = RECORDS) -> dict[tuple[str, str, str], tuple[int, int, str]]:
    """The records of :data:`RECORDS`: (who set the level, level, role) → (lines, wrong lines, the
    roles by hand of the wrong lines); empty when the file is missing.

    Raises ValueError on a row that is not six fields with two counts."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    return {(source, level, role): (int(lines), int(wrong), roles) for source, level, role, lines, wrong, roles in rows}


TRANSFER = Path(__file__).with_name("data") / "transfer_records.tsv"
"""Each rule's and each page doubt's record at each level it gives **on sites it was not written
for** (written by ``benchmarks/structure_lopo.py --write-transfer``; tab-separated, a header row):
who set the level (:func:`level_source`), the level (``none`` for no ``@cert``), lines, wrong lines,
the sites the lines come from, and the lines and wrong lines of the site that has the most of them
(its first by name among equals) — counted leave one publisher out: each site's texts classified
with the rules that gain on no other site switched off, so a rule written for one site alone is not
counted on that site. Read by :func:`transfer_records`; the level a rule earns is set from it
(:func:`earned_level`). What it was computed from is written beside it (``transfer_inputs.tsv``), which
tests/test_structure_calibration.py checks against today's rules and collection."""


Transfer = tuple[int, int, int, int, int]
"""A transfer record: lines, wrong lines, sites, and the lines and wrong lines of the site with the most
lines (:data:`TRANSFER`)."""


@lru_cache(maxsize=1)
def transfer_records(path: Path = TRANSFER) -> dict[tuple[str, str], Transfer]:
    """The records of :data:`TRANSFER`: (who set the level, level) → :data:`Transfer`; empty when the
    file is missing.

    Raises ValueError on a row that is not seven fields with five counts."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    return {(source, level): (int(lines), int(wrong), int(sites), int(top), int(top_wrong))
            for source, level, lines, wrong, sites, top, top_wrong in rows}


def earned_level(source: str, level: str, wrong: int, lines: int, sets: int,
                 transfer_of: dict[tuple[str, str], Transfer] | None = None) -> str:
    """The level the policy gives the rule (or page doubt) ``source`` that has the level ``level``
    and, on the collection, is wrong on ``wrong`` of ``lines`` lines from ``sets`` sets: by its
    transfer record (:data:`TRANSFER`, the sites counting as sets; ``transfer_of``: records of that
    shape to read instead, such as those of the sites but one) when that has :data:`MIN_LINES` lines
    or more, by its record on the collection otherwise (:func:`level_for`). A move to a surer level
    by a transfer record goes no further than its record without the site that has the most of its
    lines allows (:func:`level_for` of the other sites' lines, which keeps ``level`` when they are
    fewer than :data:`MIN_LINES`): one site's weight cannot make a rule surer."""
    transfer = (transfer_records() if transfer_of is None else transfer_of).get((source, level))
    if transfer is None or transfer[0] < MIN_LINES:
        return level_for(wrong, lines, level, sets)
    lines, wrong, sites, top, top_wrong = transfer
    earned = level_for(wrong, lines, level, sites)
    if LEVELS.index(earned) >= LEVELS.index(level):
        return earned
    rest = lines - top
    others = level_for(wrong - top_wrong, rest, level, sites - 1) if rest >= MIN_LINES else level
    return level if LEVELS.index(others) >= LEVELS.index(level) else max(earned, others, key=LEVELS.index)


def explanation(line: Line) -> str:
    """Why ``line`` has its role and level, for ``nashr convert --explain``: the rule that chose the
    role; for a line the page's evidence doubts, the reason (``Line.doubt``, naming the role it may
    have instead); for a marked line, how often lines so marked were wrong on nashr's test
    collection and the roles they had by hand (:func:`record_said`)."""
    said = f"{line.rule}; in doubt: {line.doubt}" if line.doubt else line.rule
    record = record_said(line)
    return f"{said}; such lines {record} in nashr's tests" if record else said


def record_said(line: Line) -> str:
    """For a marked line (``@cert``), how often the lines marked as it is (by its rule at its level,
    or by the page's doubt: :func:`level_source`) and given its role were wrong on nashr's test
    collection, and the roles they had by hand, commonest first — the roles competing with it:
    «91/154 wrong (fw 21, head 18, title 10)» (:data:`RECORDS`). Empty for an unmarked line and
    for a record of fewer than :data:`MIN_LINES` lines, which says too little."""
    record = records().get((*level_source(line), line.role)) if line.cert else None
    if record is None or record[0] < MIN_LINES:
        return ""
    lines, wrong, roles = record
    return f"{wrong}/{lines} wrong" + (f" ({roles})" if roles else "")


def wilson(wrong: int, lines: int) -> tuple[float, float, float]:
    """Wilson score interval (Wilson 1927) of the rate ``wrong / lines``: (low, centre, high),
    fractions in [0, 1].

    Raises ZeroDivisionError when ``lines`` is 0."""
    p, z2 = wrong / lines, Z * Z
    centre = (p + z2 / (2 * lines)) / (1 + z2 / lines)
    half = Z * math.sqrt(p * (1 - p) / lines + z2 / (4 * lines * lines)) / (1 + z2 / lines)
    return max(0.0, centre - half), centre, min(1.0, centre + half)


def band(rate: float) -> str:
    """The level of an error rate (a fraction): ``low``, ``medium`` or ``none``."""
    return "low" if rate >= LOW_FROM else "medium" if rate >= MEDIUM_FROM else "none"


def level_for(wrong: int, lines: int, current: str, sets: int = 2) -> str:
    """The level the policy gives a rule that has the level ``current`` (``low``, ``medium`` or
    ``none``) and is wrong on ``wrong`` of ``lines`` lines from ``sets`` sets of the collection:
    the band of the centre of its Wilson interval when both that centre and the plain rate leave
    ``current``'s band (towards a surer level only when ``sets >= 2``); ``current`` otherwise,
    and always when ``lines < MIN_LINES``."""
    estimate = band(wilson(wrong, lines)[1]) if lines >= MIN_LINES else current
    if estimate == current or band(wrong / lines) == current:
        return current
    surer = LEVELS.index(estimate) < LEVELS.index(current)
    return current if surer and sets < 2 else estimate


def edge_doubt(position: int, count: int, role: str, words: int, sentence: bool,
               limits: tuple[int, int, int] = (EDGE_LINES, EDGE_LABEL_MAX_WORDS, EDGE_BODY_MAX_WORDS)) -> bool:
    """Whether a line earns at least ``medium`` from the page's own evidence, whatever rule chose
    its role: it stands among the first or last :data:`EDGE_LINES` of the ``count`` non-blank
    lines of the text (``position`` 0-based among them), is no sentence (``sentence`` False: no
    final punctuation and no verb or copula, :func:`nashr.convert.matter.shapes.clause`), has at most
    :data:`EDGE_LABEL_MAX_WORDS` words (:data:`EDGE_BODY_MAX_WORDS` for a line of the body,
    :data:`BODY_ROLES`), and is no verse line or list item (:data:`NO_SENTENCE_ROLES`). ``limits``:
    those three numbers, to fit them
    (benchmarks/structure_calibration.py ``--blind``).

    Measured on held-out sets 9–13 as each was scored blind (classified by the code of the commit
    that added the set to tests/data/corpus/, against its hand-made roles), the limits fitted on
    the other four sets (every fold chose the values here; benchmarks/structure_calibration.py
    ``--blind``): unmarked lines wrong 173/722 (24 %) → 83/518 (16 %) — set 13 14/107 → 7/87, set
    12 11/109 → 4/87, set 10 22/168 → 8/129, and sets 9 and 11, whose verse and dialogue were
    misread as a whole, 77/195 → 33/121 and 49/143 → 31/94; ``medium`` 95/261 → 185/465; 88 of the
    717 lines of the body (verse included) marked. On the whole collection with today's rules:
    ``medium`` 141/1287 (11.0 %) → 171/1762 (9.7 %), unmarked 64/2290 (2.8 %) → 34/1815 (1.9 %),
    lines of the body marked 789 → 960 of 2546.

    Measured and left out: a ``p+`` line taking the level of the doubtful line it continues (on
    the blind sets, 53 more unmarked lines marked, none of them wrong; ``medium`` raised to ``low``
    under a ``low`` line: wrong 8 of 12 blind, but 11 of 32 on the collection, at the border)."""
    edge, label_words, body_words = limits
    if role in NO_SENTENCE_ROLES or sentence or not (position < edge or position >= count - edge):
        return False
    return words <= (body_words if role in BODY_ROLES else label_words)


def reading_doubts(lines: Sequence[Reading]) -> dict[int, str]:
    """The lines whose role the page's own evidence speaks against, whatever rule chose it, with
    the reason in an editor's words: place in ``lines`` (a text's non-blank lines) → reason. Such
    a line earns at least ``medium``. Three kinds of evidence, the first two on the lines of a
    reading as a whole (Persian verse's rhyme and metre as :mod:`nashr.convert.verse` reads them):

    * verse read as prose or speeches (:func:`_rhyming_prose`);
    * a bayt at an edge of a poem that does not fit it (:func:`_edge_bayts`);
    * a paragraph that opens with a list's label (:func:`_numbered_paragraphs`), or with a speaker's or a
      field's (:func:`_labelled_paragraphs`).

    ``lines``: (text, role, split, shape) per line (:data:`Reading`).

    Measured blind on held-out sets 9–13 (each classified by the commit that added it,
    benchmarks/structure_calibration.py ``--blind``), on top of :func:`edge_doubt`: 40 lines
    newly marked, 37 of them wrong; unmarked lines wrong 83/518 (16 %) → 46/478 (10 %), lines
    marked 52 % → 56 %. On the whole collection with today's rules: 22 lines newly marked, 9 of
    them wrong; unmarked wrong 34/1814 → 25/1792, ``medium`` 167/1772 → 176/1794 wrong."""
    return {**_labelled_paragraphs(lines), **_numbered_paragraphs(lines), **_edge_bayts(lines),
            **_rhyming_prose(lines)}


def _runs(lines: Sequence[Reading], role: str | None = None) -> list[list[int]]:
    """Runs of neighbouring lines of one role (``role`` only, when given), as places in ``lines``."""
    runs: list[list[int]] = []
    for k, (_, line_role, _, _) in enumerate(lines):
        if role is not None and line_role != role:
            continue
        if runs and runs[-1][-1] == k - 1 and lines[k - 1][1] == line_role:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _rhyming_prose(lines: Sequence[Reading]) -> dict[int, str]:
    """Verse misread as prose or a dialogue: RHYMING_PROSE_MIN_LINES lines or more in a row read
    as one prose role (:data:`PROSE_NAMES`), each, after a speaker's label, no longer than a
    hemistich (verse.HEMISTICH_LINE_MAX_CHARS), that rhyme as Persian verse does (counting
    hemistichs from the first line or the second: the poem's first may stand apart) and keep one
    metre (verse.is_verse, verse.one_metre). A munazere whose every hemistich opens with «گفت:»
    (Parvin E'tesami's «مست و هشیار», set 11) was read as 19 speeches.

    Measured: 19 lines of one text of set 11 blind, all wrong; none on the collection with today's
    rules."""
    doubts: dict[int, str] = {}
    for run in _runs(lines):
        role = lines[run[0]][1]
        if role not in PROSE_NAMES or len(run) < RHYMING_PROSE_MIN_LINES:
            continue
        said = [text[split[1]:] if split else text for text, _, split, _ in (lines[k] for k in run)]
        if (all(len(part.strip()) <= HEMISTICH_LINE_MAX_CHARS for part in said)
                and (is_verse(said) or is_verse(said[1:])) and one_metre(said)):
            reason = (f"{len(run)} lines in a row read as {PROSE_NAMES[role]} rhyme and keep one metre as "
                      "verse does: a poem's hemistichs?")
            doubts.update(dict.fromkeys(run, reason))
    return doubts


def _edge_bayts(lines: Sequence[Reading]) -> dict[int, str]:
    """A bayt at either end of a run of verse (``l``) that does not fit the poem: it rhymes
    neither within itself (a masnavi's bayt, a ghazal's opening one: verse.rhymes in two letters)
    nor with either hemistich of the bayt next to it in one letter at least (a ghazal's, a
    qasida's, a quatrain's), or its two hemistichs differ in length more than a bayt's do (in
    letters, the shorter under verse.HEMISTICHS_MIN_RATIO of the longer: one metre): page text next
    to a poem, a title whose halves a «/» parts, a letter's title and salutation above a bayt,
    taken for verse. Bayts: each line of a run written a bayt to a line (``split`` given), pairs
    of lines from the run's first in a run written a hemistich to a line; a run mixing both is
    left alone, and so is a run of one bayt of two lines (a bayt quoted in prose rhymes its
    hemistichs only when it opens a ghazal: its lines are ``medium`` already).

    Measured: blind 11 lines, 9 wrong (links above a ghazal of set 9, a caption under two ghazals
    of set 13, titles parted by «/» of sets 9 and 12, by length a letter's title and salutation
    of set 11; right: the last bayt of a qit'a quoted in a Golestan page); on the collection
    with today's rules 18 lines, 6 wrong (the right ones: end bayts whose rhyme hides behind a
    radif or a presentation form, a qit'a's last bayt), none by length."""
    doubts: dict[int, str] = {}
    for run in _runs(lines, "l"):
        split = [lines[k][2] for k in run]
        if all(split):
            bayts = [[k] for k in run]
            halves = [(text[: cut[0]], text[cut[1] :]) for text, _, cut, _ in (lines[k] for k in run)]
        elif not any(split) and len(run) > 2:
            bayts = [run[j : j + 2] for j in range(0, len(run), 2)]
            halves = [(lines[b[0]][0], lines[b[-1]][0]) if len(b) == 2 else (None, lines[b[0]][0]) for b in bayts]
        else:
            continue
        for j in {0, len(bayts) - 1}:
            if reason := _misfit(halves, j):
                doubts.update(dict.fromkeys(bayts[j], reason))
    return doubts


def _misfit(halves: list[tuple[str | None, str]], j: int) -> str | None:
    """Why the ``j``-th of a poem's bayts (their hemistichs: ``halves``, the first None for a
    hemistich alone) does not fit the poem (:func:`_edge_bayts`), in an editor's words; None when
    it fits."""
    first, second = halves[j]
    near = [] if len(halves) == 1 else halves[1] if j == 0 else halves[j - 1]
    place = ("first", "after") if j == 0 else ("last", "before")
    if not ((first is not None and rhymes(first, second)) or any(h and rhymes(second, h, 1) for h in near)):
        if not near:
            return "read as a bayt, but it stands alone and its halves do not rhyme: a title or a link parted by «/»?"
        return ("read as verse, but the poem's {} bayt rhymes with nothing, neither in itself nor with the bayt {} "
                "it: page text beside the poem?").format(*place)
    sizes = sorted(letter_count(h) for h in (first, second) if h is not None)
    if len(sizes) == 2 and sizes[0] < HEMISTICHS_MIN_RATIO * sizes[1]:
        return (f"read as verse, but the poem's {place[0]} bayt has hemistichs of unlike length, where a bayt's keep "
                "one metre: page text beside the poem?")
    return None


def _numbered_paragraphs(lines: Sequence[Reading]) -> dict[int, str]:
    """A line read as a paragraph (``p``) that opens with a list's label and its separator
    («۱-», «۲ –», «(اولاً)»: ``Shape.label`` strong): an item the list rules did not see (a list of
    one item by the reading, a list whose items run over several lines), or a paragraph a source
    numbers; its wrapped lines are :func:`continuation_doubts`'.

    Measured: blind 10 lines, 9 wrong (items of a statute of 1329 AH of set 9, of a law of 1290 of
    set 10, of a cabinet decree of set 12; right: a diary's numbered day of set 12); on the
    collection 4 lines, 3 wrong, before a numbered line under a line ending in «:» was read as
    an item (:func:`nashr.convert.structure._lists`); 2 lines, 1 wrong, after."""
    reason = "opens with a list's number or ordinal («۱-», «(اولاً)») but is read as a paragraph: an item of a list?"
    return {k: reason for k, (_, role, _, s) in enumerate(lines)
            if role == "p" and s.label is not None and s.label.strong}


LABELLED_REASON = ("opens with a short label and its colon or dash, as a speaker's turn, a form's field or a list's "
                   "item does, but is read as a paragraph: which one? («…:», «… -», «…-»)")


def _labelled_paragraphs(lines: Sequence[Reading]) -> dict[int, str]:
    """A line read as a paragraph (``p``) that opens with a label of one to four words and its colon or
    dash (``Shape.speaker``: «اسپوتنیک: …», «ماده اول ـ …»; or glued to the dash, :data:`SPEAKER_GLUED`:
    «سبحاني- …»), where the label is no verb of saying (:func:`~nashr.convert.conventions.narrates`: «وی
    افزود: …», «گفت: …» report a saying in prose): a speaker's turn the rules on speakers did not see (a
    debate's labels glued to their dashes where too few turns show it, an interview of one question), a
    form's or a licence's field, a list's item, or a paragraph indeed (a statute's «ماده اول ـ …»).

    Measured on the collection (round 54, after the labels glued to their dashes were read,
    :func:`nashr.convert.conventions._glued_turns`): 88 lines newly marked on 54 sites, 14 of them wrong on 11
    (by hand ``item`` 5 — a licence's terms, a disclaimer —, ``fw`` 2, ``title`` 2, ``speaker``, ``subtitle``,
    ``byline``, ``note``, ``item+`` 1 each); 15 of the right ones are a statute's or a decree's articles opening
    «ماده اول ـ …», a journal's name «فصلنامۀ علمی – پژوهشی …»; unmarked lines wrong 383 → 369. Set 49's blind
    reading of the 1358 assembly's record had left its speakers' turns unmarked ``p`` (unmarked lines wrong
    30.1 %, above ``medium``'s 28.4 %)."""
    doubts: dict[int, str] = {}
    for k, (text, role, _, s) in enumerate(lines):
        if role != "p":
            continue
        glued = SPEAKER_GLUED.match(text) if s.speaker is None else None
        label = s.speaker or (reading.plain(glued["label"]) if glued else None)
        if label and not narrates(label):
            doubts[k] = LABELLED_REASON
    return doubts


CONTINUATIONS = WRAPPED_ROLES | {"continuation"}
"""The roles of a line that goes on with the block above it (a wrapped line, a further paragraph)."""
CONTINUATION_REASON = ("goes on with a block whose first line opens with a list's mark or label and is doubted: "
                       "line {head} above, read as {role} by a rule in doubt ({level}); if that line is an item, this "
                       "one is no {own} but item+")
"""The reason :func:`continuation_doubts` gives an editor (``{head}``: the first line's number)."""
LABEL_DASH_WORDS = 4
"""The first words of a line among which a dash stands for a label's separator («- …», «ماده ۱ – …»)."""
DASHES = frozenset("-–—")


def labelled(s: Shape) -> bool:
    """A line opens with a list's mark or label: a bullet, a numbering label (``Shape.label``),
    or a dash among its first :data:`LABEL_DASH_WORDS` words («- سفارت …», «ماده واحده – …»)."""
    return s.bullet or s.label is not None or any(
        word in DASHES for word in s.plain.split()[:LABEL_DASH_WORDS])


def continuation_doubts(lines: Sequence[tuple[int, str, str | None, Shape]]) -> dict[int, str]:
    """The wrapped lines of a block whose first line is doubted and opens as a list's item does,
    with the reason: place in ``lines`` (a text's non-blank lines as (line number, role, the level
    its rule gave: ``low``, ``medium`` or None, the page's doubts left out; shape)) → reason.
    A wrapped line is what its block is: when the block's first line is no paragraph but an item,
    the lines that continue it are no ``p+`` either, so an unmarked one among
    :data:`CONTINUATIONS` earns ``medium`` when its rule was unsure of the line that opens its
    block and that line opens with a list's mark or label (:func:`labelled`); one its rule already
    marks ``medium`` (a line resumed across a page break, a formula's line) gets the reason.

    Measured blind on held-out sets 9–21 (each classified by the commit that added it,
    benchmarks/structure_calibration.py ``--blind``), on top of the edges' and the readings'
    doubts: 45 lines newly marked, 34 of them wrong: h16 6/6 and h17 2/2 (statutes' articles «ماده
    … –» read as paragraphs), h21 26/26 (a communiqué's bulleted paragraphs); right: h14 0/3, h15
    0/8. Every doubted block's wrapped lines, without the label: 238 lines, 47 wrong (marked 52 % →
    61 % of the lines: the first line of every hard-wrapped paragraph is long and unpunctuated)."""
    doubts: dict[int, str] = {}
    head: tuple[int, str, str | None, bool] | None = None
    for k, (n, role, level, s) in enumerate(lines):
        if role not in CONTINUATIONS:
            head = (n, role, level, level is not None and labelled(s))
        elif head is not None and head[3] and level in (None, "medium"):
            doubts[k] = CONTINUATION_REASON.format(head=head[0], role=head[1], level=head[2], own=role)
    return doubts


CODA_REASON = ("prose after the last line of the poem that is the text's body: read as {role}, but a note on the "
               "poem (its metre, its source) or the site's furniture?")
"""The reason :func:`coda_doubts` gives an editor."""


def coda_doubts(lines: Sequence[tuple[str, str | None]]) -> dict[int, str]:
    """Prose after a poem, with the reason: place in ``lines`` (a text's non-blank lines as (role,
    level: ``low``, ``medium`` or None)) → reason. In a text holding a poem
    (:data:`RHYMING_PROSE_MIN_LINES` verse lines or more, and more verse lines than prose: the
    poem is the text's body, not a poem quoted in an article), an unmarked line of the body
    (:data:`BODY_ROLES`) after its last verse line earns ``medium``: what follows a poem on a page
    is its metre or its source (a ``note``), the site's links (``fw``) or a signature more often
    than the text's own prose.

    Measured blind on held-out sets 9–21 (benchmarks/structure_calibration.py ``--blind``), on top
    of the other doubts: 9 lines newly marked, all wrong (h13 2, h18 1, h21 6: a verse site's metre
    notes and a link to the next poem). Without the poem being the body, the prose after a
    poem quoted early in a text was marked to its end (dev: 40 lines, none wrong)."""
    verse = [k for k, (role, _) in enumerate(lines) if role == "l"]
    if len(verse) < max(RHYMING_PROSE_MIN_LINES, sum(role in BODY_ROLES for role, _ in lines)):
        return {}
    return {k: CODA_REASON.format(role=lines[k][0]) for k in range(verse[-1] + 1, len(lines))
            if lines[k][0] in BODY_ROLES and lines[k][1] is None}
