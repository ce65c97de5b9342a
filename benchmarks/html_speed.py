#!/usr/bin/env python3
"""HTML edition speed and memory (issues 6, 14 and 15).

Builds the whole site (``build_site``: pages, shared pages, Pagefind index) of the five seeds and
of a synthetic corpus (scripts/make_corpus.py, converted with entity tagging against
tei/registers/, as ``nashr build`` does), each in a fresh process, and reports texts/s and the
peak memory of that process *with its children* (Pagefind's indexer is a child process: the sum
of their resident sets, sampled every 50 ms from /proc). With ``--baseline CHECKOUT`` the same
builds run with the nashr of another checkout (its own ``.venv``), in the same run, and the
ratios new/baseline are printed. The CPU time of each build (the process and its children, user
and system) is printed too: on a shared machine it varies less than the elapsed time. With
``--repeat N`` the builds run N times, new and baseline interleaved, and the ratios are of the
medians.

Usage: ``uv run python benchmarks/html_speed.py [COUNT=1000] [WORK_DIR] [--baseline CHECKOUT]
[--repeat N]`` (from the repository root); with WORK_DIR, the converted corpus is kept there and
reused.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ROOT / "tei" / "registers"

# run in a child process: build the site of the TEI files listed in argv[2:] into argv[1]
CHILD = """
import json, sys, time
from pathlib import Path
from nashr.config import load_edition
from nashr.publish.html import SiteOptions, build_site
out, edition, registers, files = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]
tei = [Path(f) for f in files]
start = time.perf_counter()
build_site(tei, out, load_edition(edition), SiteOptions(registers_dir=registers))
print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def _tree_rss_kb(pid: int) -> int:
    """Resident set of a process and all its descendants (kB), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have ended, with theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(python: Path, tei: list[Path], out: Path) -> tuple[float, float, float]:
    """(seconds, peak MB of the process tree, CPU seconds of the tree) of one build_site run with
    ``python``'s nashr. The CPU time includes the interpreter's start (the same for both)."""
    args = [str(python), "-c", CHILD, str(out), str(ROOT / "edition.toml"), str(REGISTERS), *map(str, tei)]
    cpu = _children_cpu()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kb(process.pid))
        time.sleep(0.05)
    output = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"build with {python} failed ({process.returncode})")
    return json.loads(output.strip().splitlines()[-1])["seconds"], peak / 1024, _children_cpu() - cpu


def corpus(work: Path, count: int) -> tuple[list[Path], list[Path]]:
    """The seeds and ``count`` synthetic texts, converted (reused from ``work`` when there)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_corpus import make_corpus

    from nashr.config import load_edition
    from nashr.convert.converter import convert_file
    from nashr.entities.tagger import Tagger

    edition = load_edition(ROOT / "edition.toml")
    tagger = Tagger.from_registers(REGISTERS)
    seeds = [convert_file(s, work / "seeds-tei", edition, tagger=tagger, force=True).tei
             for s in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = sorted((work / "corpus-tei").glob("*.xml"))[:count]
    if len(texts) < count:
        sources = make_corpus(work / "corpus-src", count, ROOT / "seeds")
        texts = [convert_file(s, work / "corpus-tei", edition, tagger=tagger, force=True).tei for s in sources]
    return seeds, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("work", nargs="?", type=Path)
    parser.add_argument("--baseline", type=Path, help="a checkout of nashr with its own .venv")
    parser.add_argument("--repeat", type=int, default=1, help="builds of each, interleaved (ratios of medians)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        seeds, texts = corpus(work, args.count)
        pythons = {"new": Path(sys.executable)}
        if args.baseline:
            pythons["baseline"] = args.baseline / ".venv" / "bin" / "python"
        print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
        for label, tei in (("seeds", seeds), ("synthetic", texts)):
            runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in pythons}
            for _ in range(max(1, args.repeat)):
                for name, python in pythons.items():
                    out = work / f"site-{label}-{name}"
                    subprocess.run(["rm", "-rf", str(out)], check=True)
                    seconds, peak, cpu = build(python, tei, out)
                    runs[name].append((len(tei) / seconds, peak, 1000 * cpu / len(tei)))
                    print(f"{label} ({len(tei)} texts), {name}: {len(tei) / seconds:.1f} texts/s, "
                          f"peak {peak:.0f} MB with children, CPU {1000 * cpu / len(tei):.0f} ms/text")
            if "baseline" in runs:
                new, old = ([statistics.median(run[i] for run in runs[name]) for i in range(3)]
                            for name in ("new", "baseline"))
                print(f"{label}: texts/s new/baseline {new[0] / old[0]:.2f}, "
                      f"peak memory new/baseline {new[1] / old[1]:.2f}, CPU time new/baseline {new[2] / old[2]:.2f}")
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
