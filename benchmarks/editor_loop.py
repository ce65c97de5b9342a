"""The editor's loop per level of ``@cert`` (issue 12): counts only, shared by the benchmarks.

``nashr convert --doubtful`` lists the lines nashr marks ``low`` or ``medium``; an editor checks the
``low`` ones first, then the ``medium`` ones. What that is worth is how many lines of each level
are wrong (their role differs from the hand-made one) and how many wrong lines stay unmarked, where
no editor meets them. The policy of :mod:`nashr.convert.certainty` promises: unmarked lines wrong
under ``MEDIUM_FROM`` (10 %), ``low`` lines wrong from ``LOW_FROM`` (30 %).
"""

from __future__ import annotations

from collections import Counter

from nashr.convert.certainty import LEVELS


class Loop:
    """Lines and wrong lines per level (``none``, ``medium``, ``low``: :data:`~nashr.convert.certainty.LEVELS`)."""

    def __init__(self) -> None:
        self.lines: Counter[str] = Counter()
        self.wrong: Counter[str] = Counter()

    def add(self, cert: str | None, wrong: bool) -> None:
        """Count one non-blank line of level ``cert`` (None or ``none``: unmarked), ``wrong`` or not."""
        level = cert or "none"
        self.lines[level] += 1
        self.wrong[level] += wrong

    def table(self, title: str) -> str:
        """Per level: lines, wrong lines, their share; then the editor who checks the ``low`` lines
        first, then the ``medium`` ones: lines checked, wrong lines met, of all wrong lines."""
        wrong = self.wrong.total()
        rows = [f"editor's loop, {title}: {self.lines.total()} lines, {wrong} wrong",
                f"  {'level':<10}{'lines':>7}{'wrong':>7}{'rate':>8}"]
        for level in ("none", "medium", "low"):
            n, w = self.lines[level], self.wrong[level]
            rows.append(f"  {'unmarked' if level == 'none' else level:<10}{n:>7}{w:>7}{w / n if n else 0:>8.1%}")
        checked = met = 0
        for level in reversed(LEVELS[1:]):  # low, then medium
            checked += self.lines[level]
            met += self.wrong[level]
            rows.append(f"  checking {'low' if level == 'low' else 'low, then medium'}: {checked} lines, "
                        f"{met} of the {wrong} wrong lines met ({met / wrong if wrong else 0:.1%}), "
                        f"{met / checked if checked else 0:.1%} of the lines checked wrong")
        return "\n".join(rows)
