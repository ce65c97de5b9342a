#!/usr/bin/env python3
"""PDF edition speed (issue 7's benchmark; issue 14 for the volume). Target: ≥ 10 pages/s for the
volume on this machine.

For the five seeds and for a synthetic corpus (scripts/make_corpus.py, converted with the
project's converter and its registers' names, as ``nashr build`` does), reports:
  - print.xsl compile time (once per process) and WeasyPrint set-up (fonts, print.css; once);
  - the volume (:func:`nashr.publish.volume.render_volume`, printed in parts and joined), in this
    process and with 2 worker processes: pages, pages/s, and whether the two are byte-identical;
  - per-text PDFs in this process and with 2 worker processes: pages/s;
  - peak memory (max RSS of this process, SaxonC's native heap included).

Usage: ``uv run python benchmarks/pdf_speed.py [COUNTS=60] [--volume-only] [--baseline SRC]`` (from
the repository root). COUNTS is one size or several (``25,50,100``): with several, a last table
gives the volume's CPU seconds (in this process) and wall seconds (in this process and with two
workers) per page at each size, as a ratio to the first size's (1.0 = linear). ``--volume-only``
leaves out the seeds and the per-text PDFs. ``--baseline SRC`` measures the volume only, with
another checkout's ``src`` folder (e.g. a ``git worktree`` of an older commit; its own
stylesheets) and with this one (``--jobs`` 1 and 2), in turn at each size, each in a new process
on the same TEI (converted once by this checkout): wall and CPU seconds of the whole process tree
(the workers included) and its peak memory (``benchmarks/build.py``'s sampling), as ratios to the
baseline. Wall-clock figures depend on what else runs on the machine; the CPU figures far less.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
# sys.path[0] is benchmarks/, whose html.py would shadow the standard library's html (WeasyPrint
# imports html.entities): put scripts/ there instead.
sys.path[0] = str(ROOT / "scripts")
from make_corpus import make_corpus  # noqa: E402

from nashr.config import load_edition  # noqa: E402
from nashr.convert.converter import convert_file  # noqa: E402
from nashr.entities.tagger import Tagger  # noqa: E402
from nashr.publish import pdf  # noqa: E402
from nashr.publish.transform import shared  # noqa: E402

REGISTERS = [ROOT / "tei" / "registers" / f"{name}.xml" for name in pdf.REGISTER_NAMES]


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pages_of(paths: list[Path]) -> int:
    return sum(len(PdfReader(p).pages) for p in paths)


def volume_in(tei: list[Path], target: Path, jobs: int) -> tuple[float, float]:
    """Print the volume of ``tei`` at ``target`` with ``jobs`` workers: (wall s, CPU s of this process)."""
    from nashr.publish.volume import render_volume  # not in a baseline's src (see child)

    edition = load_edition(ROOT / "edition.toml")
    registers = [r for r in REGISTERS if r.is_file()]
    wall, cpu = time.perf_counter(), time.process_time()
    render_volume(tei, target, edition, registers=registers, jobs=jobs)
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(label: str, tei: list[Path], work: Path, per_text: bool = True) -> tuple[int, dict[str, float]]:
    """Print the figures for one set of texts; return the volume's pages and its seconds."""
    edition = load_edition(ROOT / "edition.toml")
    registers = [r for r in REGISTERS if r.is_file()]
    print(f"== {label}: {len(tei)} texts")

    start = time.perf_counter()
    shared().get(pdf.PRINT_STYLESHEET)
    compile_s = time.perf_counter() - start
    start = time.perf_counter()
    pdf.layout("<html><body></body></html>")  # fonts and print.css, once per process
    setup_s = time.perf_counter() - start
    print(f"compile print.xsl: {compile_s:.2f} s; WeasyPrint set-up: {setup_s:.2f} s (once each)")

    seconds: dict[str, float] = {}
    targets = {jobs: work / f"{label}-jobs-{jobs}.pdf" for jobs in (1, 2)}
    for jobs, target in targets.items():
        wall, cpu = volume_in(tei, target, jobs)
        seconds[f"jobs {jobs} wall"] = wall
        if jobs == 1:  # with workers, this process's CPU time leaves theirs out
            seconds["jobs 1 CPU"] = cpu
    pages = len(PdfReader(targets[1]).pages)
    same = targets[1].read_bytes() == targets[2].read_bytes()
    print(f"volume: {pages} pages; in this process {seconds['jobs 1 wall']:.2f} s "
          f"({seconds['jobs 1 CPU']:.2f} CPU s) = {pages / seconds['jobs 1 wall']:.1f} pages/s; with 2 workers "
          f"{seconds['jobs 2 wall']:.2f} s = {pages / seconds['jobs 2 wall']:.1f} pages/s "
          f"({seconds['jobs 1 wall'] / seconds['jobs 2 wall']:.2f}x); byte-identical: {same}")

    if per_text:
        for jobs in (1, 2):
            t = time.perf_counter()
            written = pdf.render_pdfs(tei, work / f"{label}-texts-{jobs}", edition, jobs=jobs, registers=registers)
            elapsed = time.perf_counter() - t
            count = pages_of(written)
            print(f"per-text PDFs, jobs={jobs}: {count} pages in {elapsed:.2f} s = {count / elapsed:.1f} pages/s")
    print(f"peak RSS {max_rss_mb():.0f} MB")
    return pages, seconds


def growth(sizes: dict[int, tuple[int, dict[str, float]]]) -> None:
    """Seconds of the volume per page, as a ratio to the first size's."""
    first_pages, first = next(iter(sizes.values()))
    print(f"{'texts':>6} {'pages':>6}  " + "  ".join(f"{name:>18}" for name in first) + "  (s; x first, per page)")
    for count, (pages, spent) in sizes.items():
        cells = [f"{spent[name]:7.1f} {spent[name] / pages / (first[name] / first_pages):5.2f}x" for name in first]
        print(f"{count:>6} {pages:>6}  " + "  ".join(f"{cell:>18}" for cell in cells))


def _sampler() -> Any:
    """benchmarks/build.py's :func:`sampled` (loaded by path: benchmarks/ is not on sys.path)."""
    spec = importlib.util.spec_from_file_location("build_benchmark", ROOT / "benchmarks" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.sampled


def in_turn(counts: list[int], corpus_tei: list[Path], work: Path, baseline: Path) -> None:
    """The volume of each size made by the baseline's ``src`` (in one process, as it prints it) and
    by this checkout with one and two workers, in turn, each in a new process (:func:`child`):
    wall and CPU seconds of the process tree, peak memory, as ratios to the baseline's."""
    sampled = _sampler()
    listing = work / "corpus-tei.json"
    listing.write_text(json.dumps([str(p) for p in corpus_tei]))
    runs = (("baseline", baseline, 1), ("now, jobs 1", ROOT / "src", 1), ("now, jobs 2", ROOT / "src", 2))
    print(f"{'texts':>6} {'run':<12} {'pages':>6} {'wall s':>8} {'x base':>7} {'CPU s':>8} {'x base':>7} "
          f"{'peak MB':>8} {'x base':>7}", flush=True)
    for count in counts:
        base = None
        for label, src, jobs in runs:
            env = {**os.environ, "PYTHONPATH": str(src.resolve()), "PYTHONDONTWRITEBYTECODE": "1"}
            process = subprocess.Popen([sys.executable, __file__, "--child", str(listing), str(count), str(jobs)],
                                       env=env, stdout=subprocess.PIPE, text=True)
            timing, _ = sampled(process)
            assert process.returncode == 0 and process.stdout is not None, f"{label}: exited {process.returncode}"
            pages = json.loads(process.stdout.read().splitlines()[-1])["pages"]
            base = base or timing
            print(f"{count:>6} {label:<12} {pages:>6} {timing.wall:>8.1f} {timing.wall / base.wall:>7.2f} "
                  f"{timing.cpu:>8.1f} {timing.cpu / base.cpu:>7.2f} {timing.peak / 1e6:>8.0f} "
                  f"{timing.peak / base.peak:>7.2f}", flush=True)


def child(listing: Path, count: int, jobs: int) -> None:
    """One volume of the first ``count`` texts listed (a JSON list of TEI paths), by whichever
    nashr is on the path (an older one prints it in this process, without ``jobs``): its pages,
    as JSON on the last line of stdout."""
    tei = [Path(p) for p in json.loads(listing.read_text())[:count]]
    edition = load_edition(ROOT / "edition.toml")
    registers = [r for r in REGISTERS if r.is_file()]
    module = "nashr.publish.volume" if find_spec("nashr.publish.volume") else "nashr.publish.pdf"
    printing = importlib.import_module(module)
    workers = {"jobs": jobs} if "jobs" in inspect.signature(printing.render_volume).parameters else {}
    with tempfile.TemporaryDirectory() as tmp:
        target = printing.render_volume(tei, Path(tmp) / "volume.pdf", edition, registers=registers, **workers)
        print(json.dumps({"pages": len(PdfReader(target).pages)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="?", default="60")
    parser.add_argument("--volume-only", action="store_true")
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, measured in turn")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), int(args.child[2]))
        return
    counts = [int(n) for n in args.counts.split(",")]
    per_text = not (args.volume_only or args.baseline)
    edition = load_edition(ROOT / "edition.toml")
    # names, dates and numbers marked up as `nashr build` does, so the volume has its index
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if per_text:
            seeds = sorted((ROOT / "seeds").glob("*.txt"))
            seed_tei = [convert_file(s, work / "seeds-tei", edition, tagger, force=True).result.path for s in seeds]
            measure("seeds", seed_tei, work)
        sources = make_corpus(work / "corpus-src", max(counts), ROOT / "seeds")
        corpus_tei = [convert_file(s, work / "corpus-tei", edition, tagger, force=True).result.path for s in sources]
        if args.baseline:
            in_turn(counts, corpus_tei, work, args.baseline)
            return
        sizes = {count: measure(f"synthetic-{count}", corpus_tei[:count], work, per_text) for count in counts}
        if len(sizes) > 1:
            growth(sizes)


if __name__ == "__main__":
    main()
