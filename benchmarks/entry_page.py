#!/usr/bin/env python3
"""One shared page alone, or the HTML edition's reduce, in fresh processes (issue 14, point 6): their
memory as the edition grows.

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
``--kind index`` makes the index page instead, ``--kind register`` the register's page with the
most to read.

``--reduce`` replays the shared pages of the reduce as a build cuts them instead
(:func:`nashr.pipeline.reduce_pieces` of :func:`~nashr.publish.html.shared_pages`, no previous/next
links), each piece in a fresh process, one after the other (a build runs two side by side), and
prints, per size, the pieces, the largest piece's peak resident MB and pages, and the wall seconds
of all pieces; ``--read MB``: the pieces' reading, in MB, in place of ``REDUCE_BYTES``'s.

Usage: ``uv run python benchmarks/entry_page.py [COUNT=3000] [--times 1,3,9] [--texts 40]
[--kind entry|index|register] [--reduce [--read MB]] [--keep DIR]`` (repository root; ``--keep``: the
converted texts, parts and pages kept in DIR, the texts reused from it); prints, per size, the
page, its bytes to read, its chunks, the process's MB, the page's wall seconds and the peak as a
ratio to the first size's (to compare with the ratio of the sizes).
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
from nashr.pipeline import REDUCE_BYTES, REDUCE_CALLS, REDUCE_HELD, reduce_pieces  # noqa: E402
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


TEMPLATES = {"entry": "register-entry-page", "index": "index", "register": "register"}
"""``--kind``: the template of the pages measured."""


def all_pages(folder: Path, texts: list[tuple[str, str]], count: int) -> list[SharedPage]:
    """The shared pages when ``texts`` are repeated, each copy under its own stem, to ``count``
    texts and split into ``folder`` as a build splits them."""
    folder.mkdir(parents=True, exist_ok=True)
    width = len(str(count - 1))
    parts = split_summaries((texts[i % len(texts)][1].replace(texts[i % len(texts)][0], f"copy-{i:0{width}d}")
                             for i in range(count)), folder.resolve(), REGISTERS)
    return shared_pages(SharedInputs(parts, 1, None, {}))


def largest_page(pages: list[SharedPage], kind: str) -> SharedPage:
    """The page of template ``TEMPLATES[kind]`` with the most to read."""
    return max((page for page in pages if page.template == TEMPLATES[kind]), key=lambda page: page.size)


def described(pages: list[SharedPage]) -> str:
    """``pages`` as JSON, for :func:`page` in another process."""
    return json.dumps([{**dataclasses.asdict(made), "part": made.part and str(made.part),
                        "chunks": [str(chunk) for chunk in made.chunks]} for made in pages])


def measured(pages: list[SharedPage], out: Path) -> dict[str, float]:
    """Make ``pages`` into ``out`` in a fresh process (:func:`page`); what it reported."""
    child = [sys.executable, __file__, "--page", described(pages), str(out)]
    return dict(json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout))


def peak_resident() -> int:
    """This process's peak resident bytes since it started its program (Linux: ``VmHWM``; not
    ``ru_maxrss``, which keeps the peak of the process that forked it across ``exec``)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return psutil.Process().memory_info().rss


def page(pages: str, out: Path) -> None:
    """Make the pages described (:func:`described`) into ``out`` in this process; print what it
    took (JSON: ``started``, ``after`` unique set sizes and ``peak`` resident, in MB;
    ``seconds``)."""
    made = [SharedPage(**{**fields, "part": fields["part"] and Path(fields["part"]),
                          "chunks": tuple(map(Path, fields["chunks"]))}) for fields in json.loads(pages)]
    me = psutil.Process()
    site = site_context(load_edition(ROOT / "edition.toml"), SiteOptions(),
                        register_files(SiteOptions(registers_dir=ROOT / "tei" / "registers"), []))
    started = me.memory_full_info().uss
    begin = time.perf_counter()
    write_pages(out, made, site, 1, None)
    seconds = time.perf_counter() - begin
    print(json.dumps({"started": started / 2**20, "after": me.memory_full_info().uss / 2**20,
                      "peak": peak_resident() / 2**20, "seconds": seconds}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=3000)
    parser.add_argument("--times", default="1,3,9")
    parser.add_argument("--texts", type=int, default=40)
    parser.add_argument("--kind", choices=sorted(TEMPLATES), default="entry")
    parser.add_argument("--reduce", action="store_true")
    parser.add_argument("--read", type=float, default=REDUCE_BYTES / 1e6)
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
        if args.reduce:
            print("texts  pages  pieces  largest piece: peak resident MB, pages, MB read  wall seconds")
        else:
            print("texts  page  part MB  chunks  started MB  after MB  peak resident MB  seconds")
        first = 0.0
        for times in (int(t) for t in args.times.split(",")):
            count = args.count * times
            pages = all_pages(work / f"parts-{count}", texts, count)
            if args.reduce:
                reduce(pages, work / f"site-{count}", count, int(args.read * 1e6))
                continue
            made = largest_page(pages, args.kind)
            report = measured([made], work / f"site-{count}")
            first = first or report["peak"]
            print(f"{count:>5}  {made.target}  {made.size / 2**20:7.1f}  {len(made.chunks):6}"
                  f"  {report['started']:10.0f}  {report['after']:8.0f}  {report['peak']:16.0f}"
                  f"  {report['seconds']:7.1f}  ({report['peak'] / first:.2f}× the first peak)", flush=True)


def reduce(pages: list[SharedPage], out: Path, count: int, read: int) -> None:
    """Make ``pages`` as a build cuts them (:func:`reduce_pieces`, its pieces reading at most ``read``
    bytes), each piece in a fresh process, one after the other; print the pieces, the largest
    piece and the wall time."""
    begin = time.perf_counter()
    largest = (0.0, 0, 0)
    pieces = 0
    for _, piece in reduce_pieces([], pages, REDUCE_CALLS, REDUCE_HELD, read):
        report = measured(piece, out)
        largest = max(largest, (report["peak"], len(piece), sum(made.size for made in piece)))
        pieces += 1
    seconds = time.perf_counter() - begin
    peak, held, read = largest
    print(f"{count:>5}  {len(pages):5}  {pieces:6}  {peak:.0f} MB, {held} pages, {read / 2**20:.1f} MB  {seconds:7.1f}",
          flush=True)


if __name__ == "__main__":
    main()
