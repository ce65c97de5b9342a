#!/usr/bin/env python3
"""Validation speed: nashr against jing (one JVM) and xmllint --relaxng, on tei_all.

Measures wall-clock time of whole command runs (cold processes, as a user or CI runs them),
median of REPEAT runs, and prints files/s for 1 file and for N files (default 1,000: copies of
the converted texts in tei/texts/, or of the seed-000 example in tests/data/pdf when there are none):

- ``nashr validate --schema tei_all.rng`` (RELAX NG only, as jing) and ``--full-grammar``
  (reduced grammars live in memory only, so every run is a cold start);
- ``jing tei_all.rng FILES…`` (one JVM for all files; Debian's wrapper);
- ``xmllint --noout --relaxng tei_all.rng FILES…``.

``--big`` adds one ~100 MB TEI file: time and peak memory of ``nashr validate`` (the file is
parsed once).

Usage: ``uv run python benchmarks/validate.py [--files N] [--repeat R] [--big] [--schema PATH]``
(default schema: the tei_all.rng nashr ships). Writes only under a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCHEMA = ROOT / "tei" / "schema" / "tei_all.rng"
EXAMPLE = ROOT / "tests" / "data" / "pdf" / "plenum-statement.xml"


def sources() -> list[Path]:
    texts = sorted((ROOT / "tei" / "texts").glob("*.xml"))
    return texts or [EXAMPLE]


def make_files(out: Path, count: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    originals = sources()
    files = []
    for i in range(count):
        target = out / f"text-{i:04d}.xml"
        shutil.copyfile(originals[i % len(originals)], target)
        files.append(target)
    return files


def big_file(out: Path, megabytes: int = 100) -> Path:
    """A TEI file of about ``megabytes`` MB: the first text's body repeated in divs."""
    text = sources()[0].read_text(encoding="utf-8")
    head, rest = text.split("<body>", 1)
    body, tail = rest.rsplit("</body>", 1)
    body = body.replace('xml:id="', 'n="')  # copies must not repeat identifiers
    path = out / "big.xml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(head + "<body>")
        written, i = 0, 0
        while written < megabytes * 1_000_000:
            chunk = f'<div n="{i}">{body}</div>\n'
            handle.write(chunk)
            written += len(chunk.encode("utf-8"))
            i += 1
        handle.write("</body>" + tail)
    return path


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=False)
    return time.perf_counter() - start


def median(command: list[str], env: dict[str, str], repeat: int) -> float:
    return statistics.median(timed(command, env) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cache = tmp / "cache"
        env = dict(os.environ, NASHR_CACHE_DIR=str(cache))
        command = str(Path(sys.executable).parent / "nashr")  # the installed console script
        nashr = [command, "validate", "--schema", str(args.schema)]
        subprocess.run([command, "schema", "fetch", "--from", str(args.schema)], env=env,
                       check=True, stderr=subprocess.DEVNULL)
        one = make_files(tmp / "one", 1)
        many = make_files(tmp / "many", args.files)
        schema = str(args.schema)
        rows = []
        for label, files in (("1 file", one), (f"{len(many)} files", many)):
            names = [str(p) for p in files]
            runs = {
                "nashr": median([*nashr, *names], env, args.repeat),
                "nashr --full-grammar": median([*nashr, "--full-grammar", *names], env, 1),
                "jing (one JVM)": median(["jing", schema, *names], env, args.repeat),
                "xmllint --relaxng": median(["xmllint", "--noout", "--relaxng", schema, *names],
                                            env, 1),
            }
            rows += [(label, tool, seconds, len(files) / seconds)
                     for tool, seconds in runs.items()]
        print(f"{'input':<12} {'tool':<22} {'seconds':>8} {'files/s':>9}")
        for label, tool, seconds, rate in rows:
            print(f"{label:<12} {tool:<22} {seconds:8.2f} {rate:9.1f}")
        if args.big:
            path = big_file(tmp)
            start = time.perf_counter()
            subprocess.run([*nashr, str(path)], env=env, stdout=subprocess.DEVNULL, check=False)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            size = path.stat().st_size / 1e6
            print(f"big file {size:.0f} MB: nashr {seconds:.1f} s, peak RSS of children "
                  f"{peak:.0f} MB")


if __name__ == "__main__":
    main()
