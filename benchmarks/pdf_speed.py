#!/usr/bin/env python3
"""PDF edition speed (issue 7's benchmark). Target: ≥ 10 pages/s for the volume on this machine.

For the five seeds and for a synthetic corpus (scripts/make_corpus.py, converted with the
project's converter and its registers' names, as ``nashr build`` does), reports:
  - print.xsl compile time (once per process) and WeasyPrint set-up (fonts, print.css; once);
  - the volume: XSLT, layout of front matter and texts, back matter (index) pass, PDF writing;
    pages and pages/s (with and without the one-off set-up);
  - per-text PDFs in this process and with 2 worker processes: pages/s;
  - determinism: the volume written twice is byte-identical;
  - peak memory (max RSS of this process, SaxonC's native heap included).

Usage: ``uv run python benchmarks/pdf_speed.py [COUNTS=60] [--volume-only] [--baseline SRC]`` (from
the repository root). COUNTS is one size or several (``25,50,100``): with several, a last table
gives the volume's CPU seconds per step and per page at each size, as a ratio to the first
size's (how each step grows; 1.0 = linear). ``--volume-only`` leaves out the seeds, the per-text
PDFs and the second volume (the determinism check). ``--baseline SRC`` measures the volume only,
with another checkout's ``src`` folder (e.g. a ``git worktree`` of an older commit; its own
stylesheets) and with this one, in turn at each size, each in a new process, on the same TEI
(converted once by this checkout): CPU seconds per step, the ratio now/baseline, and how the
back matter (the index) grows per doubling. The synthetic volume is one WeasyPrint document: its
memory grows with its pages (about 0.8 MB per page), so COUNTS stay moderate. Wall-clock figures
depend on what else runs on the machine; the CPU figures far less.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
# sys.path[0] is benchmarks/, whose html.py would shadow the standard library's html (WeasyPrint
# imports html.entities): put scripts/ there instead.
sys.path[0] = str(ROOT / "scripts")
from make_corpus import make_corpus  # noqa: E402

from nashr.config import build_date, load_edition  # noqa: E402
from nashr.convert.converter import convert_file  # noqa: E402
from nashr.entities.tagger import Tagger  # noqa: E402
from nashr.publish import pdf  # noqa: E402
from nashr.publish.transform import shared  # noqa: E402

REGISTERS = [ROOT / "tei" / "registers" / f"{name}.xml" for name in pdf.REGISTER_NAMES]


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pages_of(paths: list[Path]) -> int:
    return sum(len(PdfReader(p).pages) for p in paths)


def measure(label: str, tei: list[Path], work: Path, per_text: bool = True) -> tuple[int, dict[str, float]]:
    """Print the figures for one set of texts; return the volume's pages and CPU seconds per step."""
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

    # the volume, step by step (what render_volume does); wall clock and this process's CPU time
    # (the CPU figure is what an otherwise idle machine would show as wall clock)
    steps: dict[str, float] = {}
    cpu_steps: dict[str, float] = {}
    clock = [time.perf_counter(), time.process_time()]

    def step(name: str) -> None:
        now = [time.perf_counter(), time.process_time()]
        steps[name], cpu_steps[name] = now[0] - clock[0], now[1] - clock[1]
        clock[:] = now

    cpu_start = time.process_time()
    texts = pdf._documents(tei)
    register_docs = pdf._documents(registers)
    html = pdf._call(pdf._VOLUME, edition, texts=texts, registers=register_docs)
    step("xslt front+texts")
    main = pdf.layout(html)
    step("layout front+texts")
    anchors = pdf.anchor_pages(main)
    back_html = pdf._call(
        pdf._BACK_MATTER, edition, texts=texts, registers=register_docs,
        **{"anchor-pages-json": json.dumps(anchors, sort_keys=True), "first-page": len(main.pages) + 1},
    )
    step("xslt back matter")
    back = pdf.layout(back_html)
    step("layout back matter")
    first = pdf.write_pdf(main.copy(main.pages + back.pages), work / f"{label}-a.pdf", tei, build_date(edition))
    step("write PDF/A")
    total = sum(steps.values())
    cpu = time.process_time() - cpu_start
    pages = len(main.pages) + len(back.pages)
    for name, seconds in steps.items():
        print(f"  {name:<20} {seconds:6.2f} s, {cpu_steps[name]:6.2f} CPU s")
    print(f"volume: {pages} pages in {total:.2f} s = {pages / total:.1f} pages/s "
          f"({pages / (total + compile_s + setup_s):.1f} pages/s counting the one-off set-up); "
          f"CPU {cpu:.2f} s = {pages / cpu:.1f} pages per CPU-second")

    if not per_text:
        print(f"peak RSS {max_rss_mb():.0f} MB")
        return pages, cpu_steps
    t = time.perf_counter()
    second = pdf.render_volume(tei, work / f"{label}-b.pdf", edition, registers=registers)
    again_s = time.perf_counter() - t
    same = first.read_bytes() == second.read_bytes()
    print(f"volume again via render_volume (warm caches): {again_s:.2f} s = {pages / again_s:.1f} pages/s; "
          f"byte-identical: {same}")

    for jobs in (1, 2):
        t = time.perf_counter()
        written = pdf.render_pdfs(tei, work / f"{label}-texts-{jobs}", edition, jobs=jobs, registers=registers)
        seconds = time.perf_counter() - t
        count = pages_of(written)
        print(f"per-text PDFs, jobs={jobs}: {count} pages in {seconds:.2f} s = {count / seconds:.1f} pages/s")
    print(f"peak RSS {max_rss_mb():.0f} MB")
    return pages, cpu_steps


def growth(sizes: dict[int, tuple[int, dict[str, float]]]) -> None:
    """CPU seconds of each step of the volume per page, as a ratio to the first size's."""
    first_pages, first = next(iter(sizes.values()))
    print(f"{'texts':>6} {'pages':>6}  " + "  ".join(f"{name:>20}" for name in first) + "  (CPU s; x first, per page)")
    for count, (pages, cpu) in sizes.items():
        cells = [f"{cpu[name]:7.1f} {cpu[name] / pages / (first[name] / first_pages):5.2f}x" for name in first]
        print(f"{count:>6} {pages:>6}  " + "  ".join(f"{cell:>20}" for cell in cells))


def in_turn(counts: list[int], corpus_tei: list[Path], work: Path, baseline: Path) -> None:
    """The volume of each size made by the baseline's ``src`` and by this checkout, in turn, each in
    a new process (:func:`child`); CPU seconds per step and the ratio now/baseline."""
    listing = work / "corpus-tei.json"
    listing.write_text(json.dumps([str(p) for p in corpus_tei]))
    runs: dict[str, dict[int, dict[str, Any]]] = {"baseline": {}, "now": {}}
    for count in counts:
        for label, src in (("baseline", baseline), ("now", ROOT / "src")):
            env = {**os.environ, "PYTHONPATH": str(src.resolve())}
            done = subprocess.run([sys.executable, __file__, "--child", str(listing), str(count)], env=env,
                                  check=True, capture_output=True, text=True)
            runs[label][count] = json.loads(done.stdout.splitlines()[-1])
            print(f"{label} {count} texts: {runs[label][count]}", flush=True)
    print(f"{'texts':>6} {'step':<20} {'baseline CPU s':>15} {'now CPU s':>10} {'now/baseline':>13}")
    for count in counts:
        old, new = runs["baseline"][count], runs["now"][count]
        print(f"{count:>6} {'pages':<20} {old['pages']:>15} {new['pages']:>10}")
        for name, seconds in new["cpu"].items():
            before = old["cpu"][name]
            print(f"{count:>6} {name:<20} {before:>15.2f} {seconds:>10.2f} {seconds / before:>13.2f}")
        print(f"{count:>6} {'max RSS MB':<20} {old['rss']:>15.0f} {new['rss']:>10.0f}")
    back = ("xslt back matter", "layout back matter")
    for label, sizes in runs.items():
        index = [sum(sizes[count]["cpu"][name] for name in back) for count in counts]
        steps = ", ".join(f"x{b / a:.2f}" for a, b in zip(index, index[1:], strict=False))
        seconds = ", ".join(f"{s:.1f}" for s in index)
        print(f"{label}: back matter (index) {seconds} CPU s; from one size to the next {steps}")


def child(listing: Path, count: int) -> None:
    """One volume of the first ``count`` texts listed (a JSON list of TEI paths): its pages, CPU
    seconds per step and this process's max RSS, as JSON on the last line of stdout."""
    tei = [Path(p) for p in json.loads(listing.read_text())[:count]]
    with tempfile.TemporaryDirectory() as tmp:
        pages, cpu = measure(f"synthetic-{count}", tei, Path(tmp), per_text=False)
    print(json.dumps({"pages": pages, "cpu": cpu, "rss": max_rss_mb()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="?", default="60")
    parser.add_argument("--volume-only", action="store_true")
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, measured in turn")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
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
