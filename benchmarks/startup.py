#!/usr/bin/env python3
"""Cold start of the command line (issue 14, point 2): ``nashr --help`` and ``nashr convert`` of
one seed, each in a new process.

Each command runs ``--runs`` times (default 5) and the least CPU time (user + system of the child,
``resource.getrusage(RUSAGE_CHILDREN)``) is printed: the time a person waits on an idle machine,
undisturbed by other work on a shared one. Compiled bytecode is kept under a temporary
``PYTHONPYCACHEPREFIX`` and warmed by a first run that is not counted, as after any install (an
environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module on every run).
Target: ``nashr convert`` of one text ≤ 0.35 s. ``python -X importtime -c "from nashr.cli import
app; app()" convert …`` shows where the rest goes.

``--baseline SRC`` also times another checkout's ``src`` folder (e.g. a ``git worktree`` of an
older commit), run by run in turn with this one, and prints the ratio of the least times: the
two are measured under the same load.

``--phases`` splits a cold conversion of the same text into its steps instead, each the least
CPU time over the runs, in a new process each run: the interpreter, loading typer, pydantic
(typer 0.29 loads it and builds a validator for every parameter that is not a flag: here one
per parameter of ``nashr convert``), the commands, reading ``edition.toml``, loading the
converter, indexing the registers, the first text, and a second conversion of it (the
difference is what the first text paid once). The steps call nashr's API as ``nashr convert``
does, without typer's parsing and without holding the garbage collector back while loading.

Usage: ``uv run python benchmarks/startup.py [--runs N] [--baseline SRC | --phases]``.
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
import typer
marks.append(("typer", cpu()))
from pydantic import TypeAdapter
for annotation in (list[Path], Path | None, Path, Path | None, bool, bool):  # nashr convert's parameters
    TypeAdapter(annotation)
marks.append(("pydantic", cpu()))
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


def cpu_seconds(args: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one run of ``nashr ARGS`` in a new process (``env``: its
    environment, ``PYTHONPATH`` choosing the code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", RUNNER, *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def phases(runs: int, env: dict[str, str], source: Path, out: Path) -> None:
    """Print the least CPU time of each step of :data:`PHASES` over ``runs`` new processes."""
    best: dict[str, float] = {}
    for run in range(runs + 1):  # the first compiles and caches the bytecode
        done = subprocess.run([sys.executable, "-c", PHASES, str(ROOT), str(source), str(out)], cwd=ROOT, env=env,
                              check=True, capture_output=True, text=True)
        if run:
            for name, seconds in json.loads(done.stdout.splitlines()[-1]):
                best[name] = min(seconds, best.get(name, seconds))
    for name, seconds in best.items():
        print(f"{name:<18} {seconds * 1000:6.0f} ms")
    print(f"{'total':<18} {sum(seconds for name, seconds in best.items() if name != 'same text again') * 1000:6.0f} ms"
          " (without the second conversion)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--baseline", type=Path, help="another checkout's src folder, timed in turn")
    group.add_argument("--phases", action="store_true", help="the steps of one cold conversion")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        envs = {"": env}
        if args.baseline is not None:
            envs = {"baseline": {**env, "PYTHONPATH": str(args.baseline.resolve())}, "now": env}
        source = Path(tmp) / SEED.name
        shutil.copy(SEED, source)
        if args.phases:
            phases(args.runs, env, source, Path(tmp) / "out")
            return
        commands = {
            "nashr --help": ["--help"],
            "nashr convert (one text)": ["convert", str(source), "-o", str(Path(tmp) / "out"), "--force"],
        }
        for name, command in commands.items():
            for code in envs.values():
                cpu_seconds(command, code)  # compiles and caches the bytecode
            best = {label: float("inf") for label in envs}
            for _ in range(args.runs):
                for label, code in envs.items():
                    best[label] = min(best[label], cpu_seconds(command, code))
            figures = "   ".join(f"{label} {seconds:.3f} s".strip() for label, seconds in best.items())
            ratio = f"   now/baseline {best['now'] / best['baseline']:.2f}" if args.baseline is not None else ""
            print(f"{name:<26} {figures} CPU{ratio}")


if __name__ == "__main__":
    main()
