#!/usr/bin/env python3
"""Entity tagging speed on the synthetic corpus (issue 4's benchmark).

Reports: the one-off cost of building the Tagger (hazm Normalizer, verb stems, registers);
texts/s, lines/s and MB/s of ``Tagger.tag`` over every line of COUNT synthetic texts; the time
split between register matching, dates, numbers and candidates; and the share of entity
tagging in ``nashr convert`` (convert with and without ``recognise`` on the first CONVERT
texts).

Usage: ``uv run python benchmarks/entities.py [COUNT=1000] [CONVERT=200]`` (repository root).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities import candidates
from nashr.entities.dates import date_spans
from nashr.entities.numbers import num_spans
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402


def timed(function: Callable[[str], object], lines: list[str]) -> float:
    start = time.perf_counter()
    for line in lines:
        function(line)
    return time.perf_counter() - start


def convert_seconds(sources: list[Path], out: Path, tagger: Tagger | None) -> float:
    edition = load_edition(ROOT / "edition.toml")
    start = time.perf_counter()
    for path in sources:
        convert_file(path, out, edition, tagger=tagger, force=True)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    convert_count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    start = time.perf_counter()
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    candidates.verb_stems()
    candidates.stop_words()
    print(f"Tagger built in {time.perf_counter() - start:.2f} s (once per process)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", count, ROOT / "seeds")
        texts = [p.read_text(encoding="utf-8") for p in corpus]
        lines = [line for text in texts for line in text.split("\n")]
        mb = sum(len(t.encode()) for t in texts) / 1e6
        total = timed(tagger.tag, lines)
        print(f"tag: {count} texts, {len(lines)} lines, {mb:.2f} MB in {total:.2f} s = "
              f"{count / total:.0f} texts/s, {len(lines) / total:.0f} lines/s, {mb / total:.2f} MB/s")
        parts = {
            "register names": tagger.register_spans,
            "dates": date_spans,
            "numbers": num_spans,
            "candidates": lambda line: candidates.candidate_spans(line, tagger.register_spans(line), []),
        }
        for name, function in parts.items():
            seconds = timed(function, lines)
            print(f"  {name:<15} {seconds:6.2f} s")
        sources = corpus[:convert_count]
        plain = convert_seconds(sources, Path(tmp) / "plain", None)
        tagged = convert_seconds(sources, Path(tmp) / "tagged", tagger)
        share = (tagged - plain) / tagged
        print(f"convert {len(sources)} texts: {plain:.2f} s without entities, {tagged:.2f} s with; "
              f"entity tagging is {share:.0%} of convert time")


if __name__ == "__main__":
    main()
