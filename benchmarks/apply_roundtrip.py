#!/usr/bin/env python3
"""``nashr entities apply`` right after ``nashr convert``: how far it is from changing nothing.

Editors grow the registers and run ``nashr entities apply`` to re-tag their TEI
(:mod:`nashr.entities.retag`). With the registers the converter used, ``apply`` on a text just
converted should write nothing (issue 13). For every STEP-th text of tests/data/corpus (every
text by default) this converts the source with the sample edition's registers, applies them
again, and counts the texts ``apply`` changed and the blocks it left as they were, by reason;
then it strips the converted text of every name, date and number (an older tagging: none at
all), applies the registers, and counts the texts whose ``<text>`` is not the converter's again.
``--diff NAME …`` also prints the lines ``apply`` changes in those texts.

Usage (repository root)::

    uv run python benchmarks/apply_roundtrip.py [--step STEP] [--diff NAME ...]

Measured on the 212 texts with a source (2 December 2026): before round 13's fixes (abd66ab)
14 texts changed, 142 blocks were left alone (a ``choice`` whose ``reg`` holds markup 105, an
empty ``caesura`` 37) and 60 stripped texts were not given back; after them, 0, 0 and 0
(tests/test_entities_apply_roundtrip.py holds 18 of those texts to it).
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from lxml import etree

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.retag import AUTOMATIC, RetagReport, retag_file
from nashr.entities.tagger import Tagger
from nashr.markup import tei

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"


def _text(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree.getroot().find(tei("text")))


def roundtrip(folder: Path, work: Path, tagger: Tagger) -> tuple[list[str], list[str], RetagReport, bool]:
    """Convert ``folder``'s source.txt into ``work`` and apply ``tagger`` to the result: the TEI's
    lines before and after ``apply``, apply's report, and whether apply on the converted text
    stripped of its automatic markup (:data:`nashr.entities.retag.AUTOMATIC`) made it again."""
    source = Path(shutil.copy(folder / "source.txt", work / f"{folder.name}.txt"))
    out = convert_file(source, work / "texts", load_edition(ROOT / "edition.toml"), tagger=tagger).result.path
    before = out.read_text(encoding="utf-8").splitlines()
    tree = etree.parse(str(out))
    report = retag_file(out, tagger)
    expected = _text(tree)
    etree.strip_tags(tree.getroot().find(tei("text")), *(tei(local) for local in AUTOMATIC))
    tree.write(str(work / "stripped.xml"), encoding="utf-8")
    retag_file(work / "stripped.xml", tagger)
    remade = _text(etree.parse(str(work / "stripped.xml"))) == expected
    return before, out.read_text(encoding="utf-8").splitlines(), report, remade


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
    not_remade: list[str] = []
    reasons: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as work:
        for folder in folders:
            before, after, report, remade = roundtrip(folder, Path(work), tagger)
            reasons.update(re.sub(r".*: left as it is \((.*)\)$", r"\1", s) for s in report.skipped)
            if report.status != "unchanged":
                changed.append(folder.name)
            if not remade:
                not_remade.append(folder.name)
            if args.diff:
                print(folder.name, report.status, *report.skipped, sep="\n  ")
                for line in list(difflib.unified_diff(before, after, lineterm="", n=0))[2:]:
                    print("   ", line[:300])
    print(f"{len(folders)} texts: {len(changed)} changed by apply; "
          f"{sum(reasons.values())} blocks left as they were {dict(reasons.most_common())}; "
          f"stripped of names, dates and numbers, {len(not_remade)} not given back as convert wrote them")
    for name in changed:
        print("  changed:", name)
    for name in not_remade:
        print("  not given back:", name)


if __name__ == "__main__":
    main()
