#!/usr/bin/env python3
"""``nashr entities apply`` right after ``nashr convert``: how far it is from changing nothing.

Editors grow the registers and run ``nashr entities apply`` to re-tag their TEI
(:mod:`nashr.entities.retag`). With the registers the converter used, ``apply`` on a text just
converted should write nothing (issue 13). For every STEP-th text of tests/data/corpus (every
text by default) this converts the source with the sample edition's registers, applies them
again, and counts the texts ``apply`` changed and the blocks it left as they were, by reason.
``--diff NAME …`` prints the lines ``apply`` changes in those texts instead.

Usage (repository root)::

    uv run python benchmarks/apply_roundtrip.py [--step STEP] [--diff NAME ...]

Measured (the 212 texts with a source; 2 December 2026): before round 13's fixes 14 texts
changed and 142 blocks were left alone (``choice`` 105, ``caesura`` 37).
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.retag import RetagReport, retag_file
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"


def roundtrip(folder: Path, work: Path, tagger: Tagger) -> tuple[list[str], list[str], RetagReport]:
    """Convert ``folder``'s source.txt into ``work`` and apply ``tagger`` to the result: the TEI's
    lines before and after ``apply``, and apply's report."""
    source = Path(shutil.copy(folder / "source.txt", work / f"{folder.name}.txt"))
    out = convert_file(source, work / "texts", load_edition(ROOT / "edition.toml"), tagger=tagger).result.path
    before = out.read_text(encoding="utf-8").splitlines()
    report = retag_file(out, tagger)
    return before, out.read_text(encoding="utf-8").splitlines(), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", type=int, default=1, help="take every STEP-th text of the corpus (default 1)")
    parser.add_argument("--diff", nargs="+", metavar="NAME", help="print apply's changes to these texts")
    args = parser.parse_args()
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    if args.diff:
        folders = [CORPUS / name for name in args.diff]
    else:
        folders = [f for f in sorted(CORPUS.iterdir())[:: args.step] if (f / "source.txt").is_file()]
    changed: list[str] = []
    reasons: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as work:
        for folder in folders:
            before, after, report = roundtrip(folder, Path(work), tagger)
            reasons.update(re.sub(r".*: left as it is \((.*)\)$", r"\1", s) for s in report.skipped)
            if report.status != "unchanged":
                changed.append(folder.name)
            if args.diff:
                print(folder.name, report.status, *report.skipped, sep="\n  ")
                for line in list(difflib.unified_diff(before, after, lineterm="", n=0))[2:]:
                    print("   ", line[:300])
    print(f"{len(folders)} texts: {len(changed)} changed by apply; "
          f"{sum(reasons.values())} blocks left as they were {dict(reasons.most_common())}")
    for name in changed:
        print("  changed:", name)


if __name__ == "__main__":
    main()
