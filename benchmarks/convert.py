#!/usr/bin/env python3
"""Convert speed: the seeds, a synthetic corpus and the test collection (issue 3's benchmark).

Reports texts/s and MB/s of source for ``nashr convert`` (structure only, and with entity
tagging when the registers exist), and the ratio to lxml parsing and serialising the same TEI
outputs — the floor any converter writing those files pays. Times are the process's CPU time
(``time.process_time``), so the figures hold per core even on a machine busy with other work;
the ratio compares two CPU times of the same run. Target (issue 14): ≥ 3 MB/s per core with
entities, ≤ 15× lxml; the figures measured, and where the time goes, are in docs/scale.md.
The sets: the seeds; ``COUNT`` synthetic texts (``scripts/make_corpus.py``: the seeds' lines
reshuffled); and the collection of real texts of ``tests/data/corpus`` (``*/source.txt``: other
sources, sizes and kinds than the seeds), each text to a folder of its own.

``--baseline SRC`` measures another checkout's ``src`` folder too (e.g. a ``git worktree`` of an
older commit): each round runs this benchmark in a new process for the baseline and then for
this code, on the same corpus, and the table gives the least time of each over ``--rounds``
and the ratio of the speeds (now/baseline) — two versions compared under the same load.

Usage: ``uv run python benchmarks/convert.py [COUNT=1000] [--baseline SRC] [--rounds N]`` (from
the repository root).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

import nashr.convert
import nashr.entities
import nashr.validate
from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402


def run(sources: list[Path], out: Path, tagger_or_none: Tagger | None) -> float:
    """CPU seconds to convert ``sources`` into ``out`` (a text named ``source.txt``, as in the
    collection, into a folder named after its own)."""
    edition = load_edition(ROOT / "edition.toml")
    start = time.process_time()
    for path in sources:
        convert_file(path, out / path.parent.name if path.name == "source.txt" else out, edition,
                     tagger=tagger_or_none, force=True)
    return time.process_time() - start


def lxml_floor(files: list[Path]) -> float:
    start = time.process_time()
    for path in files:
        etree.tostring(etree.parse(str(path)), encoding="UTF-8")
    return time.process_time() - start


def imported() -> None:
    """Import every module of ``nashr.convert``, ``nashr.entities`` and ``nashr.validate`` before
    anything is timed: a module a conversion loads on first use would otherwise be compiled inside
    a timed set when its checkout holds no bytecode for it (a new ``git worktree``, or
    ``PYTHONDONTWRITEBYTECODE`` set, as on this project's machines: a worktree of the same code
    measured 10 % slower on the collection's structure)."""
    for package in (nashr.convert, nashr.entities, nashr.validate):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)


def measure(count: int) -> list[dict[str, object]]:
    """One row per set (seeds, synthetic) and mode (structure, entities): texts, MB, CPU
    seconds of convert and of the lxml floor."""
    imported()
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", count, ROOT / "seeds")
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        collection = sorted((ROOT / "tests" / "data" / "corpus").glob("*/source.txt"))
        for name, sources in (("seeds", seeds), ("synthetic", corpus), ("collection", collection)):
            mb = sum(p.stat().st_size for p in sources) / 1e6
            for mode, tagger_or_none in (("structure", None), ("entities", tagger)):
                out = Path(tmp) / f"{name}-{mode}"
                seconds = run(sources, out, tagger_or_none)
                floor = lxml_floor(sorted(out.rglob("*.xml")))
                rows.append({"set": name, "mode": mode, "texts": len(sources), "mb": mb, "s": seconds,
                             "floor": floor})
    return rows


def in_process(count: int, src: Path | None) -> list[dict[str, object]]:
    """:func:`measure` in a new process, with ``src`` (a checkout's ``src`` folder) first on
    the path when given."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    done = subprocess.run([sys.executable, __file__, str(count), "--json"], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, measured in turn")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.count)))
        return
    if args.baseline is None:
        print(f"{'set':<10} {'mode':<10} {'texts':>6} {'MB':>7} {'s':>7} {'texts/s':>8} {'MB/s':>6} {'x lxml':>7}")
        for row in measure(args.count):
            seconds, mb, texts = float(row["s"]), float(row["mb"]), int(row["texts"])
            print(f"{row['set']:<10} {row['mode']:<10} {texts:>6} {mb:>7.2f} {seconds:>7.2f} "
                  f"{texts / seconds:>8.1f} {mb / seconds:>6.2f} {seconds / float(row['floor']):>7.1f}")
        return
    best: dict[str, list[dict[str, object]]] = {}
    for _ in range(args.rounds):
        for label, src in (("baseline", args.baseline), ("now", None)):
            rows = in_process(args.count, src)
            best[label] = rows if label not in best else [
                min(old, new, key=lambda row: float(row["s"])) for old, new in zip(best[label], rows, strict=True)]
    print(f"{'set':<10} {'mode':<10} {'MB':>6} {'baseline MB/s':>14} {'x lxml':>7} {'now MB/s':>9} {'x lxml':>7} "
          f"{'now/baseline':>13}")
    for old, new in zip(best["baseline"], best["now"], strict=True):
        mb = float(new["mb"])
        print(f"{new['set']:<10} {new['mode']:<10} {mb:>6.2f} {mb / float(old['s']):>14.2f} "
              f"{float(old['s']) / float(old['floor']):>7.1f} {mb / float(new['s']):>9.2f} "
              f"{float(new['s']) / float(new['floor']):>7.1f} {float(old['s']) / float(new['s']):>13.2f}")


if __name__ == "__main__":
    main()
