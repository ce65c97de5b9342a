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

Usage: ``uv run python benchmarks/pdf_speed.py [COUNTS=60] [--volume-only]`` (from the repository
root). COUNTS is one size or several (``25,50,100``): with several, a last table gives the
volume's CPU seconds per step and per page at each size, as a ratio to the first size's (how
each step grows; 1.0 = linear). ``--volume-only`` leaves out the seeds, the per-text PDFs and
the second volume (the determinism check). The synthetic volume is one WeasyPrint document: its
memory grows with its pages (about 0.8 MB per page), so COUNTS stay moderate. Wall-clock figures
depend on what else runs on the machine; the CPU figures far less.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--volume-only"]
    per_text = "--volume-only" not in sys.argv
    counts = [int(n) for n in (args[0] if args else "60").split(",")]
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
        sizes = {count: measure(f"synthetic-{count}", corpus_tei[:count], work, per_text) for count in counts}
        if len(sizes) > 1:
            growth(sizes)


if __name__ == "__main__":
    main()
