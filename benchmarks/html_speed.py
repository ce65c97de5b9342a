#!/usr/bin/env python3
"""HTML edition speed (issue 6's benchmark).

Reports, for the five seeds and for a synthetic corpus (scripts/make_corpus.py, converted with
entity tagging against tei/registers/, as ``nashr build`` does):
  - stylesheet compile time (once per process);
  - per-text page transform time with the compiled stylesheet (median and 95th percentile, ms);
  - register pages: time for the three pages (one call, one pass over all occurrences) at
    10 %, 50 % and 100 % of the corpus: this must grow linearly with the texts;
  - the whole site (build_site, with the Pagefind index): texts/s and peak memory (max RSS of
    this process, which includes SaxonC's native heap).

Usage: ``uv run python benchmarks/html_speed.py [COUNT=1000] [WORK_DIR]`` (from the repository
root); with WORK_DIR, the converted corpus is kept there and reused by the next run.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_corpus import make_corpus  # noqa: E402

from nashr.config import load_edition  # noqa: E402
from nashr.convert.converter import convert_file  # noqa: E402
from nashr.entities.tagger import Tagger  # noqa: E402
from nashr.publish.html import HTML_XSL, SiteOptions, build_site, edition_document, write_search_index  # noqa: E402
from nashr.publish.transform import Stylesheets, call_template, documents, parse, processor, transform  # noqa: E402

REGISTERS = ROOT / "tei" / "registers"


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(label: str, tei: list[Path], work: Path) -> None:
    edition = load_edition(ROOT / "edition.toml")
    sheets = Stylesheets()
    start = time.perf_counter()
    html = sheets.get(HTML_XSL)
    compile_s = time.perf_counter() - start

    docs = [parse(p) for p in tei]
    regs = [parse(p) for p in sorted(REGISTERS.glob("*.xml"))]
    common = {
        "edition": processor().parse_xml(xml_text=edition_document(edition)),
        "registers": documents(regs),
    }
    times = []
    for path, doc in zip(tei, docs, strict=True):
        t = time.perf_counter()
        transform(html, doc, {**common, "stem": path.stem})
        times.append(time.perf_counter() - t)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]

    register_times = []
    for share in (0.1, 0.5, 1.0):
        subset = docs[: max(1, int(len(docs) * share))]
        t = time.perf_counter()
        call_template(html, "{urn:nashr:xslt}registers", {**common, "texts": documents(subset)}, raw=True)
        register_times.append((len(subset), time.perf_counter() - t))

    site = work / f"site-{label}"
    shutil.rmtree(site, ignore_errors=True)  # a WORK_DIR may hold a bigger site from an earlier run
    t = time.perf_counter()
    build_site(tei, site, edition, SiteOptions(registers_dir=REGISTERS), stylesheets=sheets)
    site_s = time.perf_counter() - t
    t = time.perf_counter()
    write_search_index(site)
    pagefind_s = time.perf_counter() - t
    occurrences = sum(p.read_text(encoding="utf-8").count(' ref="') for p in tei)

    print(f"== {label}: {len(tei)} texts")
    print(f"compile html.xsl: {compile_s:.2f} s (once)")
    print(f"text page transform: median {1000 * statistics.median(times):.1f} ms, "
          f"p95 {1000 * p95:.1f} ms")
    print(f"name occurrences (@ref) in the texts: {occurrences}")
    for n, s in register_times:
        print(f"register pages (3) over {n} texts: {s:.2f} s ({1000 * s / n:.2f} ms per text)")
    print(f"whole site incl. Pagefind: {site_s:.1f} s = {len(tei) / site_s:.1f} texts/s; "
          f"peak RSS {max_rss_mb():.0f} MB")
    print(f"  of which the Pagefind index alone: {pagefind_s:.1f} s")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    edition = load_edition(ROOT / "edition.toml")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tmp)
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        tagger = Tagger.from_registers(REGISTERS)
        seed_tei = [convert_file(s, work / "seeds-tei", edition, tagger=tagger, force=True).tei
                    for s in seeds]
        measure("seeds", seed_tei, work)
        corpus_tei = sorted((work / "corpus-tei").glob("*.xml"))[:count]
        if len(corpus_tei) < count:  # else reuse the corpus converted by an earlier run in WORK_DIR
            sources = make_corpus(work / "corpus-src", count, ROOT / "seeds")
            t = time.perf_counter()
            corpus_tei = [convert_file(s, work / "corpus-tei", edition, tagger=tagger,
                                       force=True).tei for s in sources]
            print(f"(converted {count} synthetic texts in {time.perf_counter() - t:.0f} s)")
        measure("synthetic", corpus_tei, work)


if __name__ == "__main__":
    main()
