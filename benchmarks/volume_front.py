#!/usr/bin/env python3
"""The volume's front matter laid out in a process of its own, its memory sampled (issue 14, goal 6).

The front matter (title page, contents with every text's entry, every TEI file attached) is the
volume's job that grows with the edition; a build lays it out in a fresh worker with no task beside
it (``Executor.run(alone=True)``). This measures that worker's share without a whole build: in an
edition built before (``benchmarks/build.py scale … --keep-builds DIR``), one process writes the
texts' summaries next to ``OUT/volume.pdf``; then a fresh process lays the front matter out (anchor
pages not known: the contents' page numbers left empty) and writes it with every TEI file attached,
its proportional set size read every 0.1 s (``/proc/PID/smaps_rollup``, Linux). A standalone
process holds all its modules itself; a worker shares the fork server's, so its PSS is lower.

Usage: ``uv run python benchmarks/volume_front.py EDITION OUT``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path


def _step(step: str, root: Path, out: Path) -> None:
    """``summaries``: the texts' summaries and their order, written to ``out``; ``front``: the
    front matter laid out and written (prints ``ready`` before it starts, its pages after)."""
    import weasyprint  # noqa: F401  (a worker has it loaded before its first task)

    from nashr.config import build_date, load_config, source_date
    from nashr.publish import volume
    from nashr.runner.executor import InProcess

    edition = load_config(root).edition
    texts = sorted((root / "tei" / "texts").glob("*.xml"))
    registers = tuple(sorted((root / "tei" / "registers").glob("*.xml")))
    shared = volume._Volume(edition, build_date(edition), source_date(), registers, out / "volume.pdf")
    order = out / "ordered.json"
    if step == "summaries":
        ordered = volume._summarised(texts, shared, InProcess(), volume.PART_BYTES)
        order.write_text(json.dumps([str(path) for path in ordered]))
        return
    ordered = tuple(Path(path) for path in json.loads(order.read_text()))
    print("ready", flush=True)
    result = volume._print_part(shared, volume._Part(0, "front", (), "{}", first_page=1, attachments=ordered))
    print(f"{result['pages']} pages", flush=True)


def _pss(pid: int) -> int:
    """The process's proportional set size in MB."""
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        return next(int(line.split()[1]) // 1024 for line in rollup if line.startswith("Pss:"))


def main() -> None:
    if sys.argv[1] == "step":
        _step(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    root, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, __file__, "step", "summaries", str(root), str(out)], check=True)
    child = subprocess.Popen([sys.executable, __file__, "step", "front", str(root), str(out)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    child.stdout.readline()  # ready
    start, peak, began = _pss(child.pid), 0, time.perf_counter()
    while child.poll() is None:
        try:
            peak = max(peak, _pss(child.pid))
        except (OSError, StopIteration):
            break
        time.sleep(0.1)
    print(f"front matter in a fresh process: {start} MB before, peak {peak} MB (+{peak - start}), "
          f"{time.perf_counter() - began:.0f} s, {child.stdout.read().strip()}")


if __name__ == "__main__":
    main()
