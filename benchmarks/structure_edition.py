#!/usr/bin/env python3
"""What the edition-level pass (:mod:`nashr.convert.edition`) does to line roles (issue 12).

Two measures, each scoring the hand-made roles (roles.tsv) of a text classified alone and in a
batch of texts of the same site (the batch's profile, :func:`nashr.convert.edition.profile`):

* ``--collection``: each publisher of tests/data/corpus with at least 3 texts (about.toml's
  ``publisher``; ``--min-batch 2``: 2 texts, the realistic small batch) is a batch; every one of
  its texts is scored alone and in the batch.
* sites (the default): each folder of tests/data/edition/ names the annotated texts of the
  collection from one site (``annotated`` in its about.toml: a list) and holds other pages of
  the same site (``*.txt``, not annotated); ``collection`` may name more of the collection's
  texts of that site, taken as pages of the batch too. Each annotated text is scored alone and
  in the batch of all of them.

Printed per batch: lines, lines right alone and in the batch, lines changed, right → wrong and
wrong → right; then the changes per hand-made role. ``--changes`` lists every changed line.

Usage (from the repository root)::

    uv run python benchmarks/structure_edition.py               # the sites of tests/data/edition
    uv run python benchmarks/structure_edition.py --collection  # the collection's publishers
    uv run python benchmarks/structure_edition.py --collection --min-batch 2  # and those with 2 texts
    uv run python benchmarks/structure_edition.py --min-texts 2 --min-share 0.2  # other thresholds
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from nashr.convert import edition
from nashr.convert.edition import analyse, profile
from nashr.convert.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
EDITION = ROOT / "tests" / "data" / "edition"
MIN_BATCH = 3


def hand_roles(folder: Path) -> dict[int, str]:
    """Line number → role from ``folder/roles.tsv``."""
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(cells[0]): cells[1] for cells in (row.split("\t") for row in rows) if cells[0].isdigit()}


def publishers(min_batch: int = MIN_BATCH) -> dict[str, list[Path]]:
    """Publisher → its folders of the collection, for publishers with at least ``min_batch`` texts."""
    found: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "about.toml").exists()):
        found[tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]].append(folder)
    return {name: folders for name, folders in found.items() if len(folders) >= min_batch}


def sites() -> dict[str, tuple[list[Path], list[Path]]]:
    """Site → (the annotated texts' folders in the collection, the other pages' files)."""
    found = {}
    for folder in sorted(p for p in EDITION.iterdir() if (p / "about.toml").exists()):
        about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
        pages = [CORPUS / name / "source.txt" for name in about.get("collection", [])]
        found[folder.name] = ([CORPUS / name for name in about["annotated"]], pages + sorted(folder.glob("*.txt")))
    return found


class Tally:
    """Lines, right alone, right in the batch, changed, and changes per hand-made role."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.by_role: dict[str, Counter[str]] = defaultdict(Counter)
        self.changes: list[str] = []

    def score(self, folder: Path, batch: list[list[str]]) -> None:
        """Score ``folder``'s text alone and with the profile of ``batch`` (lists of lines)."""
        lines = read_source(folder / "source.txt").lines
        wanted = hand_roles(folder)
        marks = profile(batch).marks(lines)
        alone, together = analyse(lines).lines, analyse(lines, marks).lines
        for a, b in zip(alone, together, strict=True):
            if a.role == "blank":
                continue
            want = wanted.get(a.n, "?")
            self.counts["lines"] += 1
            self.counts["alone"] += a.role == want
            self.counts["batch"] += b.role == want
            self.by_role[want]["lines"] += 1
            self.by_role[want]["alone"] += a.role == want
            self.by_role[want]["batch"] += b.role == want
            if a.role != b.role:
                kind = "right→wrong" if a.role == want else "wrong→right" if b.role == want else "wrong→wrong"
                self.counts["changed"] += 1
                self.counts[kind] += 1
                self.by_role[want][kind] += 1
                self.changes.append(f"{folder.name}:{a.n}: {a.role} → {b.role} (by hand {want}; {kind}): "
                                    f"{' '.join(a.text.split())[:60]}")

    def row(self, name: str) -> str:
        c = self.counts
        return (f"{name[:44]:<44}{c['lines']:>6}{c['alone']:>7}{c['batch']:>7}{c['changed']:>8}"
                f"{c['right→wrong']:>7}{c['wrong→right']:>7}")


HEADER = f"{'batch':<44}{'lines':>6}{'alone':>7}{'batch':>7}{'changed':>8}{'r→w':>7}{'w→r':>7}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--collection", action="store_true", help="the collection's publishers with ≥ 3 texts")
    parser.add_argument("--min-batch", type=int, default=MIN_BATCH, help="with --collection: texts a publisher needs")
    parser.add_argument("--changes", action="store_true", help="list every changed line")
    parser.add_argument("--min-texts", type=int, default=edition.MIN_TEXTS, help="texts a key must occur in")
    parser.add_argument("--min-share", type=float, default=edition.MIN_SHARE, help="share of the batch needed")
    parser.add_argument("--zone-lines", type=int, default=edition.ZONE_LINES, help="content lines of each end zone")
    args = parser.parse_args(argv)
    edition.MIN_TEXTS, edition.MIN_SHARE, edition.ZONE_LINES = args.min_texts, args.min_share, args.zone_lines
    total = Tally()
    print(HEADER)
    if args.collection:
        for name, folders in publishers(args.min_batch).items():
            batch = [read_source(folder / "source.txt").lines for folder in folders]
            tally = Tally()
            for folder in folders:
                tally.score(folder, batch)
                total.score(folder, batch)
            print(tally.row(f"{name} ({len(folders)})"))
    else:
        for name, (annotated, pages) in sites().items():
            batch = [read_source(folder / "source.txt").lines for folder in annotated]
            batch += [read_source(page).lines for page in pages]
            tally = Tally()
            for folder in annotated:
                tally.score(folder, batch)
                total.score(folder, batch)
            print(tally.row(f"{name} ({len(annotated)} + {len(pages)})"))
    print(total.row("all"))
    print(f"\n{'role (by hand)':<16}{'lines':>6}{'alone':>7}{'batch':>7}{'r→w':>6}{'w→r':>6}")
    for role, c in sorted(total.by_role.items(), key=lambda item: -item[1]["lines"]):
        if c["right→wrong"] or c["wrong→right"] or role in {"fw", "masthead", "byline", "dateline", "title"}:
            print(f"{role:<16}{c['lines']:>6}{c['alone']:>7}{c['batch']:>7}{c['right→wrong']:>6}{c['wrong→right']:>6}")
    if args.changes:
        print("\n" + "\n".join(total.changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
