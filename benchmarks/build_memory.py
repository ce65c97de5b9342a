#!/usr/bin/env python3
"""Where a large build's memory goes (issue 14, point 6): a cold ``nashr build --jobs 2
--no-volume`` of COUNT synthetic texts run in this process, sampling every second the memory of
the building process, of the workers and of Pagefind (proportional set sizes, as
``benchmarks/build.py`` samples them), with the stage the build is in.

The texts' PDFs are replaced by a stub that writes a few bytes (``--pdf`` keeps them): printing
10,000 PDFs takes an hour on two cores, and what a worker keeps of each PDF is bounded by the
workers' renewal (:data:`nashr.runner.executor.TASKS_PER_WORKER`) and measured by
``benchmarks/build.py scale``. What this measures is what grows with the edition: the building
process (results, the previous/next links, the shared pages: index, registers, about, search)
and Pagefind's bundles.

Usage: ``uv run python benchmarks/build_memory.py [COUNTS=1000,10000] [--pdf] [--keep DIR]``
(``--keep``: each built edition kept as ``DIR/COUNT``, to compare two codes' sites); prints, per
size, the peak of each role and of the whole tree, in MB, and the building process's peak as a
ratio to the first size's (to compare with the ratio of the sizes); and, at the tree's peak, each
process's MB with the task it was doing (the workers' tasks from ``benchmarks/build_hook``, put on
the fork server's ``PYTHONPATH`` here as ``benchmarks/build.py`` does).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import JOBS_HOOK, _job, _kind, _memory, _role, edition  # noqa: E402

from nashr import pipeline  # noqa: E402
from nashr.config import load_config  # noqa: E402


def stub_pdf(tei: Path, target: Path, *_: object) -> dict[str, str]:
    """In place of :func:`nashr.runner.tasks.pdf`: a few bytes, so the build records a file."""
    del tei
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"%PDF-1.7 stub")
    return {}


def measured_build(root: Path, jobs: Path) -> dict[str, float]:
    """Build ``root`` in this process; the peak MB of each role (``build``, ``worker``: the
    largest one, ``pagefind``) and of the whole tree (``tree``); printed: the stage at the tree's
    peak and each process's MB then, a worker's with its task (from the hook's log in ``jobs``),
    and the most a worker held doing each kind of task."""
    me = psutil.Process()
    peaks = {"build": 0.0, "worker": 0.0, "pagefind": 0.0, "tree": 0.0}
    stage = ["start"]
    at_peak = ["", ""]
    by_job: dict[str, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            sizes: dict[str, list[float]] = {"build": [], "worker": [], "pagefind": []}
            parts = []
            for process in [me, *me.children(recursive=True)]:
                try:
                    role = "build" if process.pid == me.pid else _role(process)
                    size = _memory(process) / 1e6
                except psutil.Error:
                    continue
                sizes[role if role in sizes else "worker"].append(size)
                job = _job(jobs, process.pid) if role == "worker" else ""
                if job:
                    by_job[_kind(job)] = max(by_job.get(_kind(job), 0.0), size)
                parts.append(f"{role} {job} {size:.0f}" if job else f"{role} {size:.0f}")
            for role, values in sizes.items():
                peaks[role] = max(peaks[role], max(values, default=0.0))
            tree = sum(sum(values) for values in sizes.values())
            if tree > peaks["tree"]:
                peaks["tree"] = tree
                at_peak[:] = [stage[0], ", ".join(parts)]

    def progress(name: str, count: int, total: int) -> None:
        stage[0] = f"{name} {count}/{total}"

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    report = pipeline.build(load_config(root / "edition.toml"), pipeline.BuildOptions(jobs=2, volume=False),
                            progress=progress)
    done.set()
    sampler.join()
    if report.failed or report.unusable:
        raise SystemExit(f"the build of {root} failed: {(report.failed + report.unusable)[:3]}")
    print(f"  at the tree's peak the build was at: {at_peak[0]}; MB: {at_peak[1]}", flush=True)
    held = ", ".join(f"{job} {size:.0f}" for job, size in sorted(by_job.items()))
    print(f"  the most a worker held, by task (MB): {held}", flush=True)
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="?", default="1000,10000")
    parser.add_argument("--pdf", action="store_true", help="print the texts' PDFs (else a stub)")
    parser.add_argument("--keep", type=Path, help="keep each built edition as KEEP/COUNT")
    args = parser.parse_args()
    if not args.pdf:
        pipeline.tasks.pdf = stub_pdf  # the workers take it from __main__, where it is defined
    counts = [int(count) for count in args.counts.split(",")]
    print(f"{'texts':>6} {'build MB':>9} {'x first':>8} {'worker MB':>10} {'pagefind MB':>12} {'tree MB':>8}",
          flush=True)
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        # the fork server, started by the build, takes the hook from its environment (benchmarks/build_hook)
        jobs = Path(tmp) / "jobs"
        jobs.mkdir()
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(JOBS_HOOK), os.environ.get("PYTHONPATH")]))
        os.environ["NASHR_JOBS_LOG"] = str(jobs)
        for count in counts:
            root = edition((args.keep or Path(tmp)) / str(count), count)
            peaks = measured_build(root, jobs)
            first = first or peaks["build"]
            print(f"{count:>6} {peaks['build']:>9.0f} {peaks['build'] / first:>8.2f} "
                  f"{peaks['worker']:>10.0f} {peaks['pagefind']:>12.0f} {peaks['tree']:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
