#!/usr/bin/env python3
"""The memory of joining the volume's front matter (issue 14, point 6: a build's peak bounded with the volume).

The front matter is the one part of the volume that grows with the edition in the join
(:mod:`nashr.publish.join`): its contents list every text and it carries every TEI file attached.
For each size, the front matter of COUNT synthetic texts (scripts/make_corpus.py, converted with
the project's converter and registers) is laid out and written once, by this checkout; then it is
joined, then the volume's first part of texts after it (``Joiner.add`` and ``finish``: the order
of a build, which joins the back matter after the front), in a new process, with another
checkout's ``src`` (``--baseline SRC``, e.g. a ``git worktree`` of the commit before) and with this
one, in turn. Each join reports the peak of Python's objects (``tracemalloc``), the growth of the
process's resident size (peak minus the size before the join, sampled every 0.02 s) and the SHA-256
of the file it wrote; the table gives this checkout's figures as ratios to the baseline's and
whether the two files are byte for byte the same.

Usage: ``uv run python benchmarks/join_memory.py [COUNTS=150,300] [--baseline SRC]`` (from the
repository root).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import hashlib, io, json, sys, threading, time, tracemalloc
from pathlib import Path
import psutil
from nashr.publish.join import Joiner
front, texts, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
me = psutil.Process()
import pypdf.generic, weasyprint.pdf.anchors  # loaded before the baseline is read
before, peak, done = me.memory_info().rss, [0], []
def sample():
    while not done:
        peak[0] = max(peak[0], me.memory_info().rss)
        time.sleep(0.02)
threading.Thread(target=sample, daemon=True).start()
tracemalloc.start()
with out.open("wb") as handle:
    joiner = Joiner(handle)
    joiner.add(0, front)
    joiner.add(1, texts)
    joiner.finish([])
python = tracemalloc.get_traced_memory()[1]
done.append(True)
peak[0] = max(peak[0], me.memory_info().rss)
print(json.dumps({"python": python, "rss": peak[0] - before,
                  "sha": hashlib.sha256(out.read_bytes()).hexdigest()}))
"""


def parts(count: int, work: Path) -> tuple[Path, Path]:
    """The front matter of ``count`` synthetic texts and the volume's first part of texts, laid
    out and written by this checkout."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_corpus import make_corpus

    from nashr.config import build_date, load_edition, source_date
    from nashr.convert.converter import convert_file
    from nashr.entities.tagger import Tagger
    from nashr.publish import volume
    from nashr.publish.pdf import REGISTER_NAMES

    edition = load_edition(ROOT / "edition.toml")
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    sources = make_corpus(work / f"src-{count}", count, ROOT / "seeds")
    tei = tuple(convert_file(source, work / f"tei-{count}", edition, tagger, force=True).result.path
                for source in sources)
    registers = tuple(ROOT / "tei" / "registers" / f"{name}.xml" for name in REGISTER_NAMES)
    target = work / f"volume-{count}.pdf"
    state = volume._Volume(edition, build_date(edition), source_date(), registers, target)
    front = volume._print_part(state, volume._Part(0, "front", tei, "{}", first_page=1, attachments=tei))
    state.report(0, front["pages"])
    first = volume._batches(tei, volume.PART_BYTES)[0]
    volume._print_part(state, volume._Part(1, "texts", first))
    return state.part(0), state.part(1)


def join(src: Path, front: Path, texts: Path, out: Path) -> dict[str, int | str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(front), str(texts), str(out)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="?", default="150,300")
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder")
    args = parser.parse_args()
    counts = [int(count) for count in args.counts.split(",")]
    runs = [("baseline", args.baseline.resolve())] if args.baseline else []
    runs.append(("this", ROOT / "src"))
    print("| texts | front KB | run | Python peak MB | resident growth MB | × baseline | same bytes |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for count in counts:
            front, texts = parts(count, work)
            results = {label: join(src, front, texts, work / f"{label}-{count}.pdf") for label, src in runs}
            base = results.get("baseline")
            for label, result in results.items():
                ratio = same = ""
                if base is not None and label != "baseline":
                    ratio = f"{result['python'] / base['python']:.2f}, {result['rss'] / base['rss']:.2f}"
                    same = "yes" if result["sha"] == base["sha"] else "no"
                print(f"| {count} | {front.stat().st_size // 1000} | {label} | {result['python'] / 1e6:.1f} | "
                      f"{result['rss'] / 1e6:.1f} | {ratio} | {same} |", flush=True)


if __name__ == "__main__":
    main()
