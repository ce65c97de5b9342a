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
* a rule that decides a sure case and an unsure one gives each its own level, split by what
  its record shows across the sets, not by words from one text: the default paragraph (a short
  unpunctuated line ``low``, a short punctuated or a long unpunctuated one ``medium``, a long
  punctuated one unmarked: structure.DOUBTFUL_MAX_WORDS), the first free line taken for the title (by
  its length: matter.TITLE_SHORT_WORDS, TITLE_SURE_WORDS), a heading between paragraphs (by its
  length: structure.HEAD_SHORT_WORDS).

The rules give the levels where they decide (``Document.set(..., cert=...)``), not a table of
rule → level: about 150 calls give one, and the split levels above depend on the line the rule
looks at, which a table keyed by the rule's name cannot express. This module holds the policy;
the benchmark applies it to every (rule, level) record and prints the level it gives beside the
rule's own (``policy``: ``=`` when they agree, as they all do for the records of 8 lines or more
when this was written), so a drift shows there, and in tests/test_structure_calibration.py as
the rates per level.
"""

from __future__ import annotations

import math

LOW_FROM = 0.30
MEDIUM_FROM = 0.10
MIN_LINES = 8
LEVELS = ("none", "medium", "low")
"""The levels from surest to least sure (``none``: no ``@cert``)."""
Z = 1.96  # the normal quantile of a two-sided 95 % interval


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
