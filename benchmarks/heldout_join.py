#!/usr/bin/env python3
"""Join a held-out set to the collection: its folders into tests/data/corpus/, its section into the README.

A held-out set (benchmarks/heldout/README.md) joins the collection after it has been scored blind.
This does the mechanical part of the joining, the same way for every set:

* copies each text folder of the set (``source.txt``, ``about.toml``, ``roles.tsv``, ``entities.tsv``)
  into ``tests/data/corpus/`` — it refuses a folder whose name the collection already has, and writes
  nothing then;
* appends to ``tests/data/corpus/README.md`` the section: the coordinator's introduction (a Markdown
  file whose ``{texts}``, ``{sites}``, ``{lines}`` and ``{ents}`` are filled in from the folders; it
  starts with the «## Held-out set NN …» heading that tests/corpus_sets.py splits the collection at),
  a table of the texts (folder, publisher, family, encoding, licence shortened to 88 characters, lines
  with a role, entity rows), then the set's review (``README-setNN-review.md``, its first line replaced
  by «### Held-out set NN: the coordinator's review …» as given) and the collectors' reports
  (``README-setNN?.md``, in name order), their ``#`` and ``##`` headings moved down to ``###`` and
  ``####`` so that they stay inside the set's section.

Deciding the licences, rewording a licence line the collection's check refuses
(tests/test_corpus_data.py), removing the archive, ``NEWEST`` in tests/corpus_sets.py and the floors are
the coordinator's, after this has run (benchmarks/heldout/README.md lists the steps).

Usage (repository root; SET is the unpacked archive's folder, e.g. ``tar xJf setNN.tar.xz -C /tmp``)::

    uv run python benchmarks/heldout_join.py /tmp/setNN --intro intro.md \\
        --review-heading "### Held-out set NN: the coordinator's review (round MM)"
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
LICENCE_WIDTH = 88


def row(folder: Path) -> tuple[str, str, int, int]:
    """The README table row of one text folder, its publisher, its lines with a role and its entity rows."""
    about = tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))
    lines = sum(1 for line in (folder / "roles.tsv").read_text(encoding="utf-8").splitlines() if line.strip())
    entities = folder / "entities.tsv"
    ents = (sum(1 for line in entities.read_text(encoding="utf-8").splitlines()[1:] if line.strip())
            if entities.exists() else 0)
    licence = textwrap.shorten(about["licence"], LICENCE_WIDTH, placeholder=" …")
    cells = [folder.name, about["publisher"], ", ".join(about["family"]), about["encoding"], licence, str(lines),
             str(ents)]
    return "| " + " | ".join(cells) + " |", about["publisher"], lines, ents


def demoted(report: str, first: str | None = None) -> str:
    """``report`` with ``#`` and ``##`` headings moved two levels down, its first line replaced by ``first``."""
    out = []
    for k, line in enumerate(report.rstrip("\n").split("\n")):
        hashes = len(line) - len(line.lstrip("#"))
        if k == 0 and first is not None:
            line = first
        elif 0 < hashes < 3 and line[hashes:hashes + 1] == " ":
            line = "#" * (hashes + 2) + line[hashes:]
        out.append(line)
    return "\n".join(out)


def section(folders: list[Path], intro: str, review: str | None, reports: list[str]) -> str:
    """The README section of a set: introduction, table of texts, review and reports, blank-line separated."""
    rows = [row(folder) for folder in folders]
    counts = {"texts": len(rows), "sites": len({r[1] for r in rows}), "lines": sum(r[2] for r in rows),
              "ents": sum(r[3] for r in rows)}
    table = ["| folder | publisher | family | encoding | licence | lines | entities |",
             "|---|---|---|---|---|---|---|", *(r[0] for r in rows)]
    parts = [intro.format(**counts).rstrip("\n"), "\n".join(table)]
    if review is not None:
        parts.append(review)
    parts += reports
    return "\n\n".join(parts) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", type=Path, help="the set's folder: one folder per text, README-setNN*.md beside them")
    ap.add_argument("--intro", type=Path, required=True, help="the section's introduction (Markdown)")
    ap.add_argument("--review-heading", required=True, help="the heading that replaces the review's first line")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the collection (default tests/data/corpus)")
    args = ap.parse_args()
    folders = sorted(p for p in args.set.iterdir() if p.is_dir() and (p / "roles.tsv").exists())
    taken = [p.name for p in folders if (args.corpus / p.name).exists()]
    if taken:
        print(f"error: the collection already has {', '.join(taken)}; nothing written", file=sys.stderr)
        return 2
    reviews = sorted(args.set.glob("README-set*-review.md"))
    reports = sorted(p for p in args.set.glob("README-set*.md") if p not in reviews)
    review = demoted(reviews[0].read_text(encoding="utf-8"), args.review_heading) if reviews else None
    text = section(folders, args.intro.read_text(encoding="utf-8"), review,
                   [demoted(p.read_text(encoding="utf-8")) for p in reports])
    for folder in folders:
        shutil.copytree(folder, args.corpus / folder.name)
    readme = args.corpus / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text, encoding="utf-8")
    print(f"{len(folders)} texts joined; README section appended ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
