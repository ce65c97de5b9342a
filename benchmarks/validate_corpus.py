#!/usr/bin/env python3
"""nashr validate against jing on a corpus of real TEI: verdicts, time and peak memory.

The corpus is listed in ``benchmarks/validate_corpus.toml`` (repository, commit, path patterns
per project) and stays out of nashr's repository.

``build --clones DIR --out CORPUS``
    copy each project's files at its commit from local clones (``DIR/<owner>+<name>`` or
    ``DIR/<owner>/<name>``; bare clones work) to ``CORPUS/<project>/<path>``.
``compare CORPUS [--set sample|catalogue] [--repeat N] [--report FILE]``
    one ``jing tei_all.rng FILES…`` call and one ``nashr validate --schema tei_all.rng FILES…``
    call over the same files (RELAX NG only on both sides: jing does not run Schematron embedded
    in a ``.rng``), each under ``/usr/bin/time -v``; prints wall time, peak RSS and their ratios,
    then the verdict agreement per project and the files where the verdicts differ (``--report``
    writes them as JSON). A verdict is ``valid`` or ``invalid`` (nashr's ``unusable`` counts as
    invalid, as jing's fatal errors do). Verdicts are compared, never error counts. Both
    validators expand XInclude (Debian's jing does so silently; nashr by default).

jing stops a batch at a file it cannot read (not well-formed, a missing DTD or XInclude: a
"fatal" error); such files are found first and checked by one jing call each, and jing's time is
the batch call plus those calls.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "benchmarks" / "validate_corpus.toml"
TEI_ALL = ROOT / "tei" / "schema" / "tei_all.rng"
NASHR = str(Path(sys.executable).parent / "nashr")


def projects(selected: str) -> list[dict]:
    data = tomllib.loads(MANIFEST.read_text("utf-8"))
    return [p for p in data["project"] if selected == "all" or selected in p["sets"]]


def clone_of(clones: Path, repo: str) -> Path:
    """The local clone of ``repo`` (owner/name) under ``clones`` (the mirror's layouts); exits if none."""
    owner, name = repo.split("/")
    for candidate in (clones / f"{owner}+{name}" / "repo", clones / f"{owner}+{name}",
                      clones / owner / name):
        if candidate.exists():
            return candidate
    raise SystemExit(f"no clone of {repo} under {clones}")


def build(clones: Path, out: Path, selected: str) -> None:
    for project in projects(selected):
        git = ["git", "-C", str(clone_of(clones, project["repo"]))]
        listing = subprocess.run([*git, "ls-tree", "-r", "-z", "--name-only", project["commit"]],
                                 capture_output=True, check=True).stdout.decode("utf-8")
        paths = [p for p in listing.split("\0") if p and any(
            fnmatch.fnmatchcase(p, pattern) for pattern in project["include"])]
        batch = "".join(f"{project['commit']}:{p}\n" for p in paths).encode("utf-8")
        blobs = subprocess.run([*git, "cat-file", "--batch"], input=batch, capture_output=True,
                               check=True).stdout
        offset, missing = 0, 0
        for path in paths:
            header_end = blobs.index(b"\n", offset)
            header = blobs[offset:header_end].split()
            if header[-1] == b"missing":  # a blob the clone lacks (e.g. a shallow snapshot)
                offset, missing = header_end + 1, missing + 1
                continue
            size = int(header[2])
            target = out / project["name"] / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blobs[header_end + 1: header_end + 1 + size])
            offset = header_end + 2 + size
        print(f"{project['name']}: {len(paths) - missing} files ({missing} missing in the clone)")


def corpus_files(corpus: Path, selected: str) -> dict[str, list[Path]]:
    found = {}
    for project in projects(selected):
        folder = corpus / project["name"]
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        if not files:
            raise SystemExit(f"{folder}: no files; run `build` first")
        found[project["name"]] = files
    return found


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of one run under /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        start = time.perf_counter()
        run = subprocess.run(["/usr/bin/time", "-v", "-o", stats.name, *command], env=env,
                             capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats.read())
    return seconds, int(peak.group(1)) / 1024 if peak else float("nan"), run.stdout


_JING_LINE = re.compile(r"^(?P<file>.+?):(?:\d+:\d+:|) ?(?P<kind>error|fatal):", re.M)


def _jing_fatal(path: Path) -> bool:
    """Whether jing would stop its batch at ``path``: not well-formed, a DOCTYPE naming a
    DTD file that is missing, or an XInclude that fails (jing reports these as "fatal" and
    checks no further file)."""
    from lxml import etree

    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False, collect_ids=False))
        dtd = tree.docinfo.system_url
        if dtd and "://" not in dtd and not (path.parent / dtd).is_file():
            return True
        tree.xinclude()
    except (etree.XMLSyntaxError, etree.XIncludeError, OSError):
        return True
    return False


def jing(files: list[Path], env: dict[str, str]) -> tuple[float, float, set[str]]:
    """(wall seconds, peak RSS MB, files jing finds invalid): jing calls over the files it can
    check in one batch — again from the next file whenever a "fatal" error stopped it — plus
    one call per file predicted to stop the batch (:func:`_jing_fatal`)."""
    alone = [f for f in files if _jing_fatal(f)]
    rest = [f for f in files if f not in set(alone)]
    seconds, peak, invalid = 0.0, 0.0, {str(p) for p in alone}
    while rest:
        took, rss, output = measured(["jing", str(TEI_ALL), *map(str, rest)], env)
        seconds, peak = seconds + took, max(peak, rss)
        fatal = None
        for match in _JING_LINE.finditer(output):
            invalid.add(match["file"])
            fatal = match["file"] if match["kind"] == "fatal" else fatal
        names = [str(f) for f in rest]
        rest = rest[names.index(fatal) + 1:] if fatal in names else []
    for path in alone:
        took, rss, output = measured(["jing", str(TEI_ALL), str(path)], env)
        seconds, peak = seconds + took, max(peak, rss)
    return seconds, peak, invalid


def compare(corpus: Path, selected: str, repeat: int, report: Path | None) -> None:
    by_project = corpus_files(corpus, selected)
    files = [f for group in by_project.values() for f in group]
    names = [str(f) for f in files]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NASHR_CACHE_DIR=cache)
        nashr = [NASHR, "validate", "--schema", str(TEI_ALL), "--format", "json", *names]
        runs: dict[str, list[tuple[float, float, object]]] = {"jing": [], "nashr": []}
        for _ in range(repeat):  # first nashr run has an empty grammar cache
            runs["jing"].append(jing(files, env))
            runs["nashr"].append(measured(nashr, env))
    with tempfile.TemporaryDirectory() as cache:  # one small file, cold: a user's edit loop
        env = dict(os.environ, NASHR_CACHE_DIR=cache)
        one = min((f for f in files if f.stat().st_size >= 1000), key=lambda f: f.stat().st_size)
        single = {tool: statistics.median(measured(command, env)[0] for _ in range(3))
                  for tool, command in (("jing", ["jing", str(TEI_ALL), str(one)]),
                                        ("nashr", [NASHR, "validate", "--schema", str(TEI_ALL),
                                                   str(one)]))}
    print(f"one cold file ({one.stat().st_size / 1000:.1f} kB): jing {single['jing']:.2f} s, "
          f"nashr {single['nashr']:.2f} s, ratio {single['nashr'] / single['jing']:.2f}")
    print(f"{len(files)} files from {len(by_project)} projects; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for tool, results in runs.items():
        times = [r[0] for r in results]
        print(f"  {tool:<6} wall {' '.join(f'{t:.1f}' for t in times)} s "
              f"(median {statistics.median(times):.1f}), peak RSS "
              f"{max(r[1] for r in results):.0f} MB")
    jing_t = statistics.median(r[0] for r in runs["jing"])
    nashr_cold, nashr_t = runs["nashr"][0][0], statistics.median(r[0] for r in runs["nashr"])
    print(f"  nashr/jing time: {nashr_cold / jing_t:.2f} (cold cache), {nashr_t / jing_t:.2f} "
          f"(median); memory {max(r[1] for r in runs['nashr']) / max(r[1] for r in runs['jing']):.2f}")
    jing_bad = runs["jing"][0][2]
    ours = {f["file"]: f for f in json.loads(runs["nashr"][0][2])["files"]}
    disagreements = []
    total = Counter()
    for project, group in by_project.items():
        for path in group:
            theirs = "invalid" if str(path) in jing_bad else "valid"
            mine = ours[str(path)]
            verdict = "valid" if mine["status"] == "valid" else "invalid"
            total[project, verdict == theirs] += 1
            if verdict != theirs:
                disagreements.append({"file": str(path.relative_to(corpus)), "jing": theirs,
                                      "nashr": mine["status"],
                                      "messages": [p["message"] for p in mine["problems"]][:5]})
    agree = sum(n for (_, same), n in total.items() if same)
    print(f"verdicts: {agree}/{len(files)} the same ({100 * agree / len(files):.2f} %)")
    for project in by_project:
        same, differ = total[project, True], total[project, False]
        print(f"  {project:<16} {same:>6} same {differ:>4} differ")
    for item in disagreements:
        print(f"  differ: {item['file']}: jing {item['jing']}, nashr {item['nashr']}: "
              f"{'; '.join(item['messages'])[:200]}")
    if report:
        report.write_text(json.dumps(disagreements, ensure_ascii=False, indent=1), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--clones", type=Path, required=True)
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--set", default="all", choices=("sample", "catalogue", "all"))
    c = sub.add_parser("compare")
    c.add_argument("corpus", type=Path)
    c.add_argument("--set", default="sample", choices=("sample", "catalogue"))
    c.add_argument("--repeat", type=int, default=1)
    c.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        build(args.clones, args.out, args.set)
    else:
        compare(args.corpus, args.set, args.repeat, args.report)


if __name__ == "__main__":
    main()
