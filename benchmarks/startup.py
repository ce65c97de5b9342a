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

Usage: ``uv run python benchmarks/startup.py [--runs N] [--baseline SRC]``.
"""

from __future__ import annotations

import argparse
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


def cpu_seconds(args: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one run of ``nashr ARGS`` in a new process (``env``: its
    environment, ``PYTHONPATH`` choosing the code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", RUNNER, *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout's src folder, timed in turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        envs = {"": env}
        if args.baseline is not None:
            envs = {"baseline": {**env, "PYTHONPATH": str(args.baseline.resolve())}, "now": env}
        source = Path(tmp) / SEED.name
        shutil.copy(SEED, source)
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
