#!/usr/bin/env python3
"""Time and peak memory of ``nashr validate`` (and jing) on one large TEI file.

The file (``--megabytes``, default 100) is the first converted text's body repeated in divs
(``benchmarks/validate.py``'s ``big_file``), in the variants ``--variant`` names:

- ``valid``: as made;
- ``invalid``: an element tei_all does not know in every 100th div (about 1,000 errors in 100 MB);
- ``cr``: valid, with classic Mac OS line ends (CR alone), which nashr turns into LF before
  parsing (a second copy of the bytes).

Each variant is checked by ``nashr validate`` against ``tei_all.rng`` (RELAX NG only) and
``--schema tei_all`` (RELAX NG and TEI's Schematron: the default for a file without
``<?xml-model?>``), and by jing (RELAX NG), each in its own process: wall-clock seconds and the
peak resident memory of that process alone (``wait4``'s ``ru_maxrss``), with nashr's exit code
and summary line.

Usage: ``uv run python benchmarks/validate_big.py [--megabytes N] [--variant V ...] [--no-jing]``.
To time another checkout's code, put its ``src`` first on ``PYTHONPATH``. Writes only under a
temporary directory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from validate import DEFAULT_SCHEMA, big_file  # noqa: E402

VARIANTS = ("valid", "invalid", "cr")


def variant(path: Path, kind: str) -> Path:
    """``path`` made into ``kind`` (see the module's docstring), as a new file beside it."""
    if kind == "valid":
        return path
    out = path.with_name(f"big-{kind}.xml")
    with path.open("rb") as source, out.open("wb") as target:
        for number, line in enumerate(source):
            if kind == "invalid" and line.startswith(b'<div n="') and number % 100 == 0:
                line = line.replace(b">", b"><unknownElement/>", 1)
            elif kind == "cr":
                line = line.replace(b"\n", b"\r")
            target.write(line)
    return out


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MB, exit code, last line of standard output) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env)
    assert process.stdout is not None
    last = ""
    for raw in process.stdout:
        last = raw.decode("utf-8", "replace").strip() or last
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, process.returncode, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--variant", action="append", choices=VARIANTS)
    parser.add_argument("--no-jing", action="store_true")
    args = parser.parse_args()
    nashr = str(Path(sys.executable).parent / "nashr")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = dict(os.environ, NASHR_CACHE_DIR=str(tmp / "cache"))
        made = big_file(tmp, args.megabytes)
        print(f"{'variant':<8} {'MB':>5} {'tool':<28} {'seconds':>8} {'peak MB':>8} exit  summary")
        for kind in args.variant or VARIANTS[:2]:
            path = variant(made, kind)
            size = path.stat().st_size / 1e6
            runs = {
                "nashr --schema tei_all.rng": [nashr, "validate", "--schema", str(DEFAULT_SCHEMA),
                                               str(path)],
                "nashr --schema tei_all": [nashr, "validate", "--schema", "tei_all", str(path)],
            }
            if not args.no_jing:
                runs["jing tei_all.rng"] = ["jing", str(DEFAULT_SCHEMA), str(path)]
            for tool, command in runs.items():
                seconds, peak, code, last = measure(command, env)
                summary = last if tool.startswith("nashr") else ""
                print(f"{kind:<8} {size:5.0f} {tool:<28} {seconds:8.1f} {peak:8.0f} {code:>4}  "
                      f"{summary}", flush=True)


if __name__ == "__main__":
    main()
