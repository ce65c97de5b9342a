#!/usr/bin/env python3
"""One register entry's page alone, in a fresh process (issue 14, point 6): its memory as the
edition, and so its occurrences, grow.

On the synthetic corpus every text names the same entries, so an entry's page lists an occurrence
in every text and what it reads grows with the edition; the build makes such a page in a worker
of its own (``nashr.pipeline.reduce_pieces``), and that worker's memory is the page's. This
converts TEXTS synthetic texts (``scripts/make_corpus.py``, one ``nashr build --no-volume --jobs
1``), renders their summaries as the build does (:func:`nashr.publish.html.render_text`), repeats
them, each copy under its own stem, to COUNT texts and TIMES that, splits them as the build does
(:func:`nashr.publish.summaries.split_summaries`) and makes the entry page with the most to read
(:func:`nashr.publish.html.shared_pages`) by :func:`nashr.publish.html.write_pages` in a fresh
Python process, which reports its peak resident memory (``VmHWM``), its unique set size once Saxon
is started with the stylesheet compiled and the registers parsed, and after the page.

Usage: ``uv run python benchmarks/entry_page.py [COUNT=3000] [--times 1,3,9] [--texts 40]
[--keep DIR]`` (repository root; ``--keep``: the converted texts, parts and pages kept in DIR, the
texts reused from it); prints, per size, the entry, its bytes to read, its chunks, the process's
MB, the page's wall seconds and the peak as a ratio to the first size's (to compare with the
ratio of the sizes).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import edition  # noqa: E402

from nashr.config import load_edition  # noqa: E402
from nashr.publish.html import (  # noqa: E402
    SharedInputs,
    SharedPage,
    SiteOptions,
    order,
    register_files,
    render_text,
    shared_pages,
    site_context,
    write_pages,
)
from nashr.publish.summaries import split_summaries  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ("persons", "orgs", "places")


def summaries(work: Path, texts: int) -> list[tuple[str, str]]:
    """The stems and summaries of ``texts`` synthetic texts, converted in ``work`` if not there."""
    root = work / "edition"
    if not (root / "tei" / "texts").is_dir():
        edition(root, texts)
        subprocess.run([str(Path(sys.executable).parent / "nashr"), "build", "--edition", str(root), "--jobs", "1",
                        "--no-volume"], check=True, capture_output=True)
    teis = sorted((root / "tei" / "texts").glob("*.xml"))
    site = site_context(load_edition(root / "edition.toml"), SiteOptions(), register_files(SiteOptions(), teis))
    return [(result.stem, result.summary) for result in order(render_text(tei, site) for tei in teis)]


def largest_page(folder: Path, texts: list[tuple[str, str]], count: int) -> SharedPage:
    """The entry page with the most to read when ``texts`` are repeated, each copy under its own
    stem, to ``count`` texts and split into ``folder`` as a build splits them."""
    folder.mkdir(parents=True, exist_ok=True)
    width = len(str(count - 1))
    parts = split_summaries((texts[i % len(texts)][1].replace(texts[i % len(texts)][0], f"copy-{i:0{width}d}")
                             for i in range(count)), folder.resolve(), REGISTERS)
    pages = [page for page in shared_pages(SharedInputs(parts, 1, None, {})) if page.template == "register-entry-page"]
    return max(pages, key=lambda page: page.size)


def peak_resident() -> int:
    """This process's peak resident bytes since it started its program (Linux: ``VmHWM``; not
    ``ru_maxrss``, which keeps the peak of the process that forked it across ``exec``)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return psutil.Process().memory_info().rss


def page(described: str, out: Path) -> None:
    """Make the page ``described`` (:class:`SharedPage` as JSON) into ``out`` in this process; print
    what it took (JSON: ``started``, ``after`` unique set sizes and ``peak`` resident, in MB;
    ``seconds``)."""
    fields = json.loads(described)
    made = SharedPage(**{**fields, "part": Path(fields["part"]), "chunks": tuple(map(Path, fields["chunks"]))})
    me = psutil.Process()
    site = site_context(load_edition(ROOT / "edition.toml"), SiteOptions(),
                        register_files(SiteOptions(registers_dir=ROOT / "tei" / "registers"), []))
    started = me.memory_full_info().uss
    begin = time.perf_counter()
    write_pages(out, [made], site, 1, None)
    seconds = time.perf_counter() - begin
    print(json.dumps({"started": started / 2**20, "after": me.memory_full_info().uss / 2**20,
                      "peak": peak_resident() / 2**20, "seconds": seconds}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=3000)
    parser.add_argument("--times", default="1,3,9")
    parser.add_argument("--texts", type=int, default=40)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--page", nargs=2, metavar=("PAGE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page:
        page(args.page[0], Path(args.page[1]))
        return
    with tempfile.TemporaryDirectory(prefix="nashr-entry-page-") as temporary:
        work = args.keep or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        texts = summaries(work, args.texts)
        print("texts  entry  part MB  chunks  started MB  after MB  peak resident MB  seconds")
        first = 0.0
        for times in (int(t) for t in args.times.split(",")):
            count = args.count * times
            made = largest_page(work / f"parts-{count}", texts, count)
            described = json.dumps({**dataclasses.asdict(made), "part": str(made.part),
                                    "chunks": [str(chunk) for chunk in made.chunks]})
            child = [sys.executable, __file__, "--page", described, str(work / f"site-{count}")]
            report = json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout)
            first = first or report["peak"]
            print(f"{count:>5}  {made.entry}  {made.size / 2**20:7.1f}  {len(made.chunks):6}  {report['started']:10.0f}"
                  f"  {report['after']:8.0f}  {report['peak']:16.0f}  {report['seconds']:7.1f}"
                  f"  ({report['peak'] / first:.2f}× the first peak)", flush=True)


if __name__ == "__main__":
    main()
