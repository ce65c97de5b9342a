#!/usr/bin/env python3
"""``nashr build`` at scale (issue 14, points 3, 4 and 6), each figure a ratio to a baseline of the
same run.

- ``incremental``: on the seeds, a cold build, then a build with nothing changed and one with one
  source changed, as ratios to the cold build (targets: nothing changed ≤ 1 s).
- ``parallel [COUNT=1000] [--baseline SRC]``: a cold build of COUNT synthetic texts with ``--jobs 1``
  and with ``--jobs 2`` (target: ≥ 1.7× faster); with ``--baseline``, the same builds of another
  checkout's ``src`` in turn with this code's.
- ``stages [COUNT=50]``: CPU seconds per text of each stage, in one process.
- ``timeline [COUNT=100] [--jobs N]``: where the wall time of a cold build goes: when each stage
  reports its first and last unit, and every 10 s of the build the CPU seconds the building
  process and each worker spent in it (a worker far below the others was waiting; on a loaded
  machine every figure is lower).
- ``scale [COUNTS=100,1000,10000]``: a cold build of each corpus size; seconds per text as a ratio
  to the smallest size's (target: within ±20 %) and the peak memory of the build's whole process
  tree (workers and Pagefind included; target ≤ 1 GB); with ``--baseline SRC``, another checkout's build
  of each size in turn with this code's.

- ``volume DIR [--jobs N]``: the volume's stage alone, again, in an edition built before and kept
  (``--keep-builds``): its volume removed, the edition built again.

``--keep DIR`` (scale): each build's volume kept as ``DIR/NAME-COUNT.pdf`` (NAME: baseline or this), to
compare the two codes' volumes of the same texts (the synthetic corpus is the same at each size);
``--keep-builds DIR``: each built edition kept as ``DIR/scale-NAME-COUNT``.

Each worker says which job it is doing (``build_hook/sitecustomize.py``, put on the build's
``PYTHONPATH``: it writes the task a worker takes to a file named by its process id), so the
sampler prints, with the peak, each worker's job then, and the most a worker held while doing
each kind of job (a text's convert, page or PDF; a part of the volume by its kind: ``count``,
``texts``, ``front``, ``index``, ``back``).

Each build runs ``nashr build`` in a child process; times are wall and CPU (the whole process
tree's user + system seconds, sampled with the memory, which a loaded machine inflates far less
than wall time); peak
memory is the largest sum of the memory of that process and its descendants, sampled
every 0.1 s (psutil; proportional set sizes where Linux gives them), with the peak of each kind of process
(the building process, the largest worker, Pagefind). Options:
``--no-volume`` skips the volume (issue 14 allows it for the 10,000 texts), ``--jobs N`` for scale.
``--log FILE``: every 30 s of each build, a line appended to FILE: the minutes since it started, the
tree's MB now and at its peak so far, each process's MB with its job, and the tree's CPU seconds so
far (what a build stopped before its end, for a deadline, has reached).

Usage: ``uv run python benchmarks/build.py incremental|parallel|stages|scale|timeline|volume [ARG] [--no-volume]
[--jobs N] [--baseline SRC] [--keep DIR] [--keep-builds DIR] [--log FILE]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402

NASHR = [sys.executable, "-c", "from nashr.cli import app; app()", "build"]


def edition(folder: Path, count: int | None) -> Path:
    """An edition in ``folder``: the project's edition.toml and registers, and as sources the
    seeds (``count`` None) or ``count`` synthetic texts."""
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "edition.toml", folder / "edition.toml")
    shutil.copytree(ROOT / "tei" / "registers", folder / "tei" / "registers")
    if count is None:
        shutil.copytree(ROOT / "seeds", folder / "seeds")
    else:
        make_corpus(folder / "seeds", count, ROOT / "seeds")
    return folder


def _role(process: psutil.Process) -> str:
    command = " ".join(process.cmdline())
    return "pagefind" if "pagefind" in command else "worker" if "forkserver" in command else "build"


@dataclass(frozen=True)
class Timing:
    """One build: wall seconds, CPU seconds of its whole process tree (user + system of every
    process seen, as last sampled: less sensitive than wall time to a shared machine's load),
    peak bytes of the tree."""

    wall: float
    cpu: float
    peak: int
    roles: tuple[tuple[str, float], ...] = ()
    """CPU seconds by role: ``build`` (the building process), ``worker``, ``pagefind``."""
    largest: tuple[tuple[str, int], ...] = ()
    """By role, the peak bytes of its largest process (a worker: whichever reached the most)."""


def _memory(process: psutil.Process) -> int:
    """The process's proportional set size (Linux: shared pages split between the processes that
    map them, so the fork server's modules are not counted once per worker), else its RSS."""
    try:
        return process.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return process.memory_info().rss


JOBS_HOOK = Path(__file__).resolve().parent / "build_hook"
"""A ``sitecustomize`` that makes each worker write the task it takes to ``$NASHR_JOBS_LOG/PID``."""


def _job(jobs: Path | None, pid: int) -> str:
    """The task worker ``pid`` took last (its function and subject), from the hook's log, or ""."""
    try:
        return (jobs / str(pid)).read_text().split("\t")[0] if jobs else ""
    except OSError:
        return ""


def _kind(job: str) -> str:
    """A job's kind: its function and, for a volume's part, the part's kind."""
    return " ".join(job.split()[:2]) if job.startswith("_print_part") else job.split(" ")[0]


LOG_EVERY = 30.0
"""Seconds between two lines of ``--log``."""

LOG: Path | None = None
"""``--log FILE``: where :func:`sampled` appends a line every :data:`LOG_EVERY` seconds."""


def sampled(process: subprocess.Popen[str], jobs: Path | None = None) -> tuple[Timing, str]:
    """Sample a running child and its descendants every 0.1 s until it exits: its timing and who
    held the memory at the peak (role, MB and, with ``jobs`` (the hook's log), the job of each
    worker); with ``jobs``, also printed: the most a worker held while doing each kind of job.
    With :data:`LOG` set, a line there every :data:`LOG_EVERY` seconds (see the module's ``--log``)."""
    start = time.perf_counter()
    logged = start
    parent = psutil.Process(process.pid)
    peak, holders = 0, ""
    largest: dict[str, int] = {}  # role → the most one process of it held
    by_job: dict[str, tuple[int, str]] = {}  # kind of job → the most a worker held doing it, and that job
    cpu: dict[tuple[int, float], float] = {}  # (pid, start time) → user + system seconds
    roles: dict[tuple[int, float], str] = {}
    while process.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            sizes = [(_role(p), _memory(p), _job(jobs, p.pid)) for p in tree]
            for p in tree:
                # all three read before either record is written: a process that ends between
                # them leaves neither (NoSuchProcess below), never a time without its role
                key, times = (p.pid, p.create_time()), p.cpu_times()
                role = roles.get(key) or _role(p)
                cpu[key], roles[key] = times.user + times.system, role
        except psutil.NoSuchProcess:
            continue
        for role, size, job in sizes:
            largest[role] = max(largest.get(role, 0), size)
            if job and size > by_job.get(_kind(job), (0, ""))[0]:
                by_job[_kind(job)] = size, job
        if sum(size for _, size, _ in sizes) > peak:
            peak = sum(size for _, size, _ in sizes)
            holders = _holders(sizes)
        if LOG is not None and time.perf_counter() - logged >= LOG_EVERY:
            logged = time.perf_counter()
            with LOG.open("a", encoding="utf-8") as log:
                log.write(f"{(logged - start) / 60:6.1f} min  tree {sum(s for _, s, _ in sizes) / 1e6:5.0f} MB "
                          f"(peak {peak / 1e6:.0f})  CPU {sum(cpu.values()):7.0f} s  load {os.getloadavg()[0]:4.1f}  "
                          f"{_holders(sizes)}\n")
        time.sleep(0.1)
    if by_job:
        print("  the most a worker held, by the job it was doing (MB):\n" + "\n".join(
            f"    {kind:<22} {size / 1e6:6.0f}  ({job})" for kind, (size, job) in sorted(by_job.items())), flush=True)
    by_role: dict[str, float] = {}
    for key, seconds in cpu.items():
        by_role[roles[key]] = by_role.get(roles[key], 0.0) + seconds
    return Timing(time.perf_counter() - start, sum(cpu.values()), peak, tuple(sorted(by_role.items())),
                  tuple(sorted(largest.items()))), holders


def _holders(sizes: list[tuple[str, int, str]]) -> str:
    """Each process of 5 MB or more, largest first: its role, MB and job (``[job]``, when known)."""
    return ", ".join(f"{role} {size / 1e6:.0f}" + (f" [{job}]" if job else "")
                     for role, size, job in sorted(sizes, key=lambda s: -s[1]) if size >= 5e6)


def timed_build(root: Path, *options: str, src: Path | None = None) -> Timing:
    """Run one ``nashr build`` and time it (with nashr from ``src``, another checkout's ``src``
    folder, when given); exits on failure. Prints the build's per-stage times (its progress
    lines), who held the memory at the peak and the CPU time of each kind of process."""
    with tempfile.TemporaryDirectory() as jobs:
        path = os.pathsep.join([str(JOBS_HOOK), *([str(src.resolve())] if src else [])])
        env = {**os.environ, "PYTHONPATH": path, "NASHR_JOBS_LOG": jobs}
        process = subprocess.Popen([*NASHR, "--edition", str(root), *options], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True, env=env)
        timing, holders = sampled(process, Path(jobs))
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"nashr build {root} exited {process.returncode}:\n{stderr[-3000:]}")
    stages = [line.split("━")[0].strip() + " " + line.split()[-1] for line in stderr.splitlines() if "━" in line]
    print(f"  stages: {'; '.join(stages)}\n  at the peak (MB): {holders}\n  CPU s by process: "
          + ", ".join(f"{role} {seconds:.1f}" for role, seconds in timing.roles)
          + "\n  peak of one process (MB): " + ", ".join(f"{role} {size / 1e6:.0f}" for role, size in timing.largest),
          flush=True)
    return timing


def incremental(work: Path, volume: list[str]) -> None:
    root = edition(work / "seeds", None)
    cold = timed_build(root, *volume)
    unchanged = timed_build(root, *volume)
    source = sorted((root / "seeds").glob("*.txt"))[0]
    with source.open("a", encoding="utf-8") as handle:
        handle.write("\nیک بند تازه برای سنجش ساخت افزایشی.\n")
    one = timed_build(root, *volume)
    print(f"{'build (seeds)':<22} {'s':>7} {'x cold':>7} {'CPU s':>7} {'x cold':>7}")
    for name, t in (("cold", cold), ("nothing changed", unchanged), ("one source changed", one)):
        print(f"{name:<22} {t.wall:>7.2f} {t.wall / cold.wall:>7.3f} {t.cpu:>7.2f} {t.cpu / cold.cpu:>7.3f}")
    print(f"nothing changed: {unchanged.wall:.2f} s (target ≤ 1 s)")


def parallel(work: Path, count: int, volume: list[str], baseline: Path | None) -> None:
    """Builds of ``count`` texts with ``--jobs 1`` and ``--jobs 2``; with a baseline (another
    checkout's ``src``), its builds and this code's in turn: baseline 1, this 1, baseline 2, this 2."""
    runs = [(name, src) for name, src in (("baseline", baseline), ("this", None)) if name == "this" or src]
    times: dict[tuple[str, int], Timing] = {}
    for jobs in (1, 2):
        for name, src in runs:
            root = edition(work / f"{name}-jobs-{jobs}", count)
            times[name, jobs] = t = timed_build(root, "--jobs", str(jobs), *volume, src=src)
            print(f"{count} texts, {name}, --jobs {jobs}: {t.wall:.1f} s, {t.cpu:.1f} CPU s, "
                  f"peak {t.peak / 1e6:.0f} MB (load {os.getloadavg()[0]:.1f})", flush=True)
            shutil.rmtree(root)
    for name, _ in runs:
        one, two = times[name, 1], times[name, 2]
        print(f"{name}: --jobs 2 is {one.wall / two.wall:.2f}x faster than --jobs 1 (target ≥ 1.7); "
              f"it spends {two.cpu / one.cpu:.2f}x the CPU time")


def scale(work: Path, counts: list[int], jobs: str | None, volume: list[str], baseline: Path | None,
          keep: Path | None = None, builds: Path | None = None) -> None:
    """A cold build of each size; with a baseline (another checkout's ``src``), its build and this
    code's in turn at each size, each row's ratios to the first size's build of the same code and
    the peak as a ratio to the baseline's of the same size."""
    runs = [(name, src) for name, src in (("baseline", baseline), ("this", None)) if name == "this" or src]
    base: dict[str, Timing] = {}
    peaks: dict[int, int] = {}
    print(f"{'texts':>6} {'code':>8} {'s':>8} {'s/text':>7} {'x first':>8} {'CPU/text':>9} {'x first':>8} "
          f"{'peak MB':>8} {'x base':>7}", flush=True)
    for count in counts:
        for name, src in runs:
            root = edition(work / f"scale-{name}-{count}", count)
            t = timed_build(root, *(["--jobs", jobs] if jobs else []), *volume, src=src)
            first = base.setdefault(name, Timing(t.wall / count, t.cpu / count, t.peak))
            ratio = f"{t.peak / peaks[count]:>7.2f}" if count in peaks else f"{'':>7}"
            peaks.setdefault(count, t.peak)
            print(f"{count:>6} {name:>8} {t.wall:>8.1f} {t.wall / count:>7.3f} {t.wall / count / first.wall:>8.2f} "
                  f"{t.cpu / count:>9.3f} {t.cpu / count / first.cpu:>8.2f} {t.peak / 1e6:>8.0f} {ratio} "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                for built in root.rglob("volume.pdf"):
                    shutil.copy(built, keep / f"{name}-{count}.pdf")
            if builds is not None:
                builds.mkdir(parents=True, exist_ok=True)
                shutil.move(root, builds / root.name)
            else:
                shutil.rmtree(root)
    print("targets: s/text within ±20 % of the first size (x first 0.80–1.20), peak ≤ 1000 MB")


def volume_again(root: Path, jobs: str | None) -> None:
    """The volume's stage alone, again: in an edition built before (``--keep-builds``), its volume
    removed and the edition built again, so the build redoes the volume and nothing else."""
    for built in root.rglob("volume.pdf"):
        built.unlink()
    t = timed_build(root, *(["--jobs", jobs] if jobs else []))
    print(f"volume again ({root.name}): {t.wall:.1f} s, {t.cpu:.1f} CPU s, peak {t.peak / 1e6:.0f} MB "
          f"(load {os.getloadavg()[0]:.1f})", flush=True)


def stages(work: Path, count: int) -> None:
    """CPU seconds per text of each stage: one cold build of ``count`` texts in this process
    (``--jobs 1``), the clock read at each stage's progress reports."""
    from nashr.config import load_config
    from nashr.pipeline import BuildOptions, build

    root = edition(work / "stages", count)
    spent: dict[str, float] = {}
    last = [time.process_time()]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.process_time()
        spent[stage] = spent.get(stage, 0.0) + now - last[0]
        last[0] = now

    build(load_config(root), BuildOptions(jobs=1, volume=False), progress=progress)
    print(f"{'stage':<10} {'CPU s/text':>10}  ({count} texts, one process; Pagefind's own process not counted)")
    for stage, seconds in spent.items():
        print(f"{stage:<10} {seconds / count:>10.3f}")
    print(f"{'all':<10} {sum(spent.values()) / count:>10.3f}")


def timeline(work: Path, count: int, jobs: int, volume: list[str]) -> None:
    """A cold build of ``count`` texts with ``jobs`` workers in this process (its workers are its
    children): each stage's first and last report, and the CPU seconds of each process per 10 s."""
    import threading

    from nashr.config import load_config
    from nashr.pipeline import BuildOptions, build

    root = edition(work / "timeline", count)
    start, done = time.perf_counter(), threading.Event()
    reports: dict[str, list[float]] = {}
    rows: list[str] = []

    def sample() -> None:
        me, window = psutil.Process(), 0.0
        last: dict[int, float] = {}  # pid → CPU seconds at the last sample
        spent: dict[str, float] = {}  # process → CPU seconds in this window
        while not done.wait(0.5):
            for process in [me, *me.children(recursive=True)]:
                try:
                    times, name = process.cpu_times(), "build" if process.pid == me.pid else _role(process)
                    if name == "worker":  # the fork server is the building process's child, workers its children
                        name = "fork server" if process.ppid() == me.pid else f"worker {process.pid}"
                except psutil.NoSuchProcess:
                    continue
                seconds = times.user + times.system
                spent[name] = spent.get(name, 0.0) + seconds - last.get(process.pid, seconds)
                last[process.pid] = seconds
            now = time.perf_counter() - start
            if now - window >= 10:
                rows.append(f"{window:6.0f}–{now:4.0f} s  " + ", ".join(
                    f"{key} {value:.1f}" for key, value in sorted(spent.items()) if value >= 0.05)
                    + f"  (load {os.getloadavg()[0]:.1f})")
                window, spent = now, {}

    def progress(stage: str, done_units: int, total: int) -> None:
        reports.setdefault(stage, [time.perf_counter() - start] * 2)[1] = time.perf_counter() - start

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    build(load_config(root), BuildOptions(jobs=jobs, volume=not volume), progress=progress)
    done.set()
    sampler.join()
    print(f"{count} texts, --jobs {jobs}: {time.perf_counter() - start:.1f} s")
    for stage, (first, last) in reports.items():
        print(f"  {stage:<9} {first:7.1f} → {last:7.1f} s")
    print("CPU seconds by process, per 10 s:", *rows, sep="\n  ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("incremental", "parallel", "scale", "stages", "timeline", "volume"))
    parser.add_argument("arg", nargs="?")
    parser.add_argument("--no-volume", action="store_true")
    parser.add_argument("--jobs")
    parser.add_argument("--baseline", type=Path,
                        help="parallel, scale: another checkout's src, built in turn with this one")
    parser.add_argument("--keep", type=Path, help="scale: a folder to keep each build's volume in")
    parser.add_argument("--keep-builds", type=Path, help="scale: a folder to keep each built edition in")
    parser.add_argument("--log", type=Path, help="a line every 30 s of each build: memory by process, CPU so far")
    args = parser.parse_args()
    global LOG
    LOG = args.log
    volume = ["--no-volume"] if args.no_volume else []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.what == "incremental":
            incremental(work, volume)
        elif args.what == "parallel":
            parallel(work, int(args.arg or 1000), volume, args.baseline)
        elif args.what == "stages":
            stages(work, int(args.arg or 50))
        elif args.what == "volume":
            volume_again(Path(args.arg), args.jobs)
        elif args.what == "timeline":
            timeline(work, int(args.arg or 100), int(args.jobs or 2), volume)
        else:
            scale(work, [int(n) for n in (args.arg or "100,1000,10000").split(",")], args.jobs, volume, args.baseline,
                  args.keep, args.keep_builds)


if __name__ == "__main__":
    main()
