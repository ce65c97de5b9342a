#!/usr/bin/env python3
"""Convert speed: the seeds and a synthetic corpus (issue 3's benchmark).

Reports texts/s and MB/s of source for ``nashr convert`` (structure only, and with entity
tagging when the registers exist), and the ratio to lxml parsing and serialising the same TEI
outputs — the floor any converter writing those files pays. Times are the process's CPU time
(``time.process_time``), so the figures hold per core even on a machine busy with other work;
the ratio compares two CPU times of the same run. Target (issue 14): ≥ 3 MB/s per core with
entities, ≤ 15× lxml; the figures measured, and where the time goes, are in docs/scale.md.

Usage: ``uv run python benchmarks/convert.py [COUNT=1000]`` (from the repository root).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402


def run(sources: list[Path], out: Path, tagger_or_none: Tagger | None) -> float:
    edition = load_edition(ROOT / "edition.toml")
    start = time.process_time()
    for path in sources:
        convert_file(path, out, edition, tagger=tagger_or_none, force=True)
    return time.process_time() - start


def lxml_floor(files: list[Path]) -> float:
    start = time.process_time()
    for path in files:
        etree.tostring(etree.parse(str(path)), encoding="UTF-8")
    return time.process_time() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", count, ROOT / "seeds")
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        print(f"{'set':<10} {'mode':<10} {'texts':>6} {'MB':>7} {'s':>7} {'texts/s':>8} {'MB/s':>6} {'x lxml':>7}")
        for name, sources in (("seeds", seeds), ("synthetic", corpus)):
            mb = sum(p.stat().st_size for p in sources) / 1e6
            for mode, tagger_or_none in (("structure", None), ("entities", tagger)):
                out = Path(tmp) / f"{name}-{mode}"
                seconds = run(sources, out, tagger_or_none)
                floor = lxml_floor(sorted(out.glob("*.xml")))
                print(f"{name:<10} {mode:<10} {len(sources):>6} {mb:>7.2f} {seconds:>7.2f} "
                      f"{len(sources) / seconds:>8.1f} {mb / seconds:>6.2f} {seconds / floor:>7.1f}")


if __name__ == "__main__":
    main()
