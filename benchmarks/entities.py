#!/usr/bin/env python3
"""Entity tagging speed: its share of ``nashr convert``, its parts, and its cold start.

Reports, in one run (so the figures are comparable under the same load):

* tagging over every block of COUNT synthetic texts (``scripts/make_corpus.py``), in MB/s,
  and the time of each part (register and gazetteer names, dates, numbers, candidates) as a
  share of it;
* ``convert_file`` of the first CONVERT texts with and without the tagger: the ratio of the
  two and tagging's share of convert time (issue 13: at most twice its former share);
* a cold start in a fresh interpreter: importing the tagger, building it from the registers
  and tagging one seed, against the interpreter's own start (``python -c pass``) and against a
  whole cold ``nashr convert`` of that seed (issue 14: ≤ 0.35 s for the whole command).

In-process figures are CPU time (``time.process_time``); the cold start is wall time, best of 3.

Usage: ``uv run python benchmarks/entities.py [COUNT=1000] [CONVERT=200]`` (repository root).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.candidates.driver import candidate_spans
from nashr.entities.dates import date_spans
from nashr.entities.normalize import words
from nashr.entities.numbers import num_spans
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402

SEED = ROOT / "seeds" / "internasional-216-plenum-29-statement.txt"
COLD_TAG = (
    "import time, pathlib; t = time.perf_counter(); from nashr.entities.tagger import Tagger; "
    "d = Tagger.from_registers(pathlib.Path('tei/registers')).document(); "
    f"[d(line) for line in pathlib.Path({str(SEED)!r}).read_text().split(chr(10))]; "
    "print(time.perf_counter() - t)"
)


def timed(function: Callable[[str], object], lines: list[str]) -> float:
    start = time.process_time()
    for line in lines:
        function(line)
    return time.process_time() - start


def convert_seconds(sources: list[Path], out: Path, tagger: Tagger | None) -> float:
    edition = load_edition(ROOT / "edition.toml")
    start = time.process_time()
    for path in sources:
        convert_file(path, out, edition, tagger=tagger, force=True)
    return time.process_time() - start


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def cold_start(out: Path) -> None:
    python = sys.executable
    bare = min(wall([python, "-c", "pass"]) for _ in range(3))
    tagging = min(
        float(subprocess.run([python, "-c", COLD_TAG], cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout) for _ in range(3)
    )
    nashr = str(Path(python).parent / "nashr")
    whole = min(wall([nashr, "convert", str(SEED), "-o", str(out), "--force"]) for _ in range(3))
    print(f"cold start: python {bare:.3f} s; tagger import+build+tag one seed {tagging:.3f} s "
          f"({tagging / bare:.1f}x python's start); whole `nashr convert` {whole:.3f} s, "
          f"tagging {tagging / whole:.0%} of it (best of 3)")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    convert_count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    tagger.tag("گرم کردن: حمید تقوائی در تهران، ۵ آبان ۱۳۸۶")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", count, ROOT / "seeds")
        texts = [p.read_text(encoding="utf-8") for p in corpus]
        lines = [line for text in texts for line in text.split("\n")]
        mb = sum(len(t.encode()) for t in texts) / 1e6
        total = timed(lambda line: tagger.document()(line), lines)
        print(f"tag: {count} texts, {len(lines)} lines, {mb:.2f} MB in {total:.2f} s = {mb / total:.2f} MB/s")
        parts = {
            "names (registers + gazetteer)": tagger.register_spans,
            "dates": date_spans,
            "numbers": num_spans,
            "candidates": lambda line: candidate_spans(words(line), tagger.register_spans(line), []),
        }
        for name, function in parts.items():
            seconds = timed(function, lines)
            print(f"  {name:<30} {seconds:6.2f} s  {seconds / total:4.0%} of tagging")
        sources = corpus[:convert_count]
        plain = convert_seconds(sources, Path(tmp) / "plain", None)
        tagged = convert_seconds(sources, Path(tmp) / "tagged", tagger)
        print(f"convert {len(sources)} texts: {plain:.2f} s without entities, {tagged:.2f} s with "
              f"({tagged / plain:.2f}x); entity tagging is {(tagged - plain) / tagged:.0%} of convert time")
        cold_start(Path(tmp) / "cold")


if __name__ == "__main__":
    main()
