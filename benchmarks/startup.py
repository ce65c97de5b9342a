#!/usr/bin/env python3
"""Cold start of the command line (issue 14, point 2): ``nashr --help`` and ``nashr convert`` of
one seed, each in a new process.

Each command runs ``--runs`` times (default 5) and the least CPU time (user + system of the child,
``resource.getrusage(RUSAGE_CHILDREN)``) is printed: the time a person waits on an idle machine,
undisturbed by other work on a shared one. Compiled bytecode is kept under a temporary
``PYTHONPYCACHEPREFIX``, filled by a first run that is not counted, as after any install (an
environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module on every run);
nashr's per-user cache is a temporary ``NASHR_CACHE_DIR``, apart from the user's. Target:
``nashr convert`` of one text ≤ 0.35 s. ``python -X importtime -c "from nashr.cli import app;
app()" convert …`` shows where the rest goes.

``--baseline SRC`` also times another checkout's ``src`` folder (e.g. a ``git worktree`` of an
older commit), run by run in turn with this one, and prints the ratio of the least times: the
two are measured under the same load. ``--baseline-python PY`` runs the baseline with another
interpreter: the baseline checkout's own environment when its dependencies differ (``uv sync``
in the worktree, then ``--baseline-python WORKTREE/.venv/bin/python``).

``--phases`` splits a cold conversion of the same text into its steps instead, each the least
CPU time over the runs, in a new process each run: the interpreter, loading typer, typer's
parameter validators (typer 0.29 loads pydantic and builds a validator for every parameter that
is not a flag, here one per parameter of ``nashr convert``; nothing for a typer without them),
the commands, reading ``edition.toml``, loading the converter, indexing the registers, the first
text, and a second conversion of it (the difference is what the first text paid once). The steps
call nashr's API as ``nashr convert`` does, without typer's parsing and without holding the
garbage collector back while loading. With ``--baseline`` the baseline's steps are measured in
turn and printed beside.

``--source FILE`` converts another text than the seed (a text of another kind, e.g. one of
``tests/data/corpus``, loads other rules and patterns).

Usage: ``uv run python benchmarks/startup.py [--runs N] [--phases] [--source FILE] [--baseline SRC
[--baseline-python PY]]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "internasional-216-plenum-29-statement.txt"
RUNNER = "import sys; from nashr.cli import app; sys.argv[0] = 'nashr'; app()"
# One cold conversion step by step (--phases): each line after the first marks the CPU time
# spent since the previous one; the last line prints them as JSON.
PHASES = """
import json, resource, sys
from pathlib import Path
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
marks = [("interpreter", cpu())]
import importlib.util
import typer
marks.append(("typer", cpu()))
if importlib.util.find_spec("typer._adapters") is not None:  # typer 0.29: a pydantic validator per parameter
    from pydantic import TypeAdapter
    for annotation in (list[Path], Path | None, Path, Path | None):  # nashr convert's, less the flags
        TypeAdapter(annotation)
marks.append(("typer's validators", cpu()))
import nashr.cli
marks.append(("the commands", cpu()))
from nashr.config import load_config
config = load_config(Path(sys.argv[1]))
marks.append(("edition.toml", cpu()))
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger
marks.append(("the converter", cpu()))
tagger = Tagger.from_registers(config.layout.registers)
marks.append(("the registers", cpu()))
for step in ("first text", "same text again"):
    convert_file(Path(sys.argv[2]), Path(sys.argv[3]), config.edition, tagger=tagger, force=True,
                 schema_dir=config.layout.schema)
    marks.append((step, cpu()))
print(json.dumps([(name, t - marks[i - 1][1] if i else t) for i, (name, t) in enumerate(marks)]))
"""


def cpu_seconds(python: str, args: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one run of ``python ARGS`` in a new process (``env``: its
    environment, ``PYTHONPATH`` choosing the code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([python, *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def phase_seconds(python: str, env: dict[str, str], source: Path, out: Path) -> dict[str, float]:
    """CPU seconds of each step of :data:`PHASES` in one new process."""
    done = subprocess.run([python, "-c", PHASES, str(ROOT), str(source), str(out)], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.splitlines()[-1]))


def phases(runs: int, codes: dict[str, tuple[str, dict[str, str]]], source: Path, out: Path) -> None:
    """Print the least CPU time of each step of :data:`PHASES` over ``runs`` new processes, for
    each code (label → interpreter and environment), run in turn."""
    best: dict[str, dict[str, float]] = {label: {} for label in codes}
    for run in range(runs + 1):  # the first compiles and caches the bytecode
        for label, (python, env) in codes.items():
            seconds = phase_seconds(python, env, source, out)
            if run:
                for name, value in seconds.items():
                    best[label][name] = min(value, best[label].get(name, value))
    labels = list(codes)
    steps = list(best[labels[-1]])
    print(f"{'':<20}" + "".join(f"{label or 'ms':>10}" for label in labels))
    for name in steps:
        print(f"{name:<20}" + "".join(f"{best[label].get(name, 0.0) * 1000:10.0f}" for label in labels))
    totals = [sum(v for k, v in best[label].items() if k != "same text again") * 1000 for label in labels]
    print(f"{'total':<20}" + "".join(f"{total:10.0f}" for total in totals) + "  (without the second conversion)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, timed in turn")
    parser.add_argument("--baseline-python", default=sys.executable, help="the interpreter of the baseline")
    parser.add_argument("--phases", action="store_true", help="the steps of one cold conversion")
    parser.add_argument("--source", type=Path, default=SEED, help="the text to convert (default: the seed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        codes = {"": (sys.executable, {**env, "NASHR_CACHE_DIR": str(Path(tmp) / "cache")})}
        if args.baseline is not None:
            codes = {"baseline": (args.baseline_python, {**env, "PYTHONPATH": str(args.baseline.resolve()),
                                                         "NASHR_CACHE_DIR": str(Path(tmp) / "cache-baseline")}),
                     "now": codes[""]}
        source = Path(tmp) / f"{args.source.parent.name if args.source.name == 'source.txt' else args.source.stem}.txt"
        shutil.copy(args.source, source)
        if args.phases:
            phases(args.runs, codes, source, Path(tmp) / "out")
            return
        commands = {
            "nashr --help": ["--help"],
            "nashr convert (one text)": ["convert", str(source), "-o", str(Path(tmp) / "out"), "--force"],
        }
        for name, command in commands.items():
            for python, code in codes.values():
                cpu_seconds(python, ["-c", RUNNER, *command], code)  # compiles and caches the bytecode
            best = {label: float("inf") for label in codes}
            for _ in range(args.runs):
                for label, (python, code) in codes.items():
                    best[label] = min(best[label], cpu_seconds(python, ["-c", RUNNER, *command], code))
            figures = "   ".join(f"{label} {seconds:.3f} s".strip() for label, seconds in best.items())
            ratio = f"   now/baseline {best['now'] / best['baseline']:.2f}" if args.baseline is not None else ""
            print(f"{name:<26} {figures} CPU{ratio}")


if __name__ == "__main__":
    main()
