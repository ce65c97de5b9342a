#!/usr/bin/env python3
r"""nashr validate against jing, file by file, on held-out real TEI that other people wrote.

The files are listed in ``benchmarks/validate_foreign.toml`` (repository, commit, paths) and stay
out of nashr's repository, in a cache folder built once from local clones:

``build --clones DIR --cache CACHE``
    copy each project's ``files`` and ``support`` at its commit from ``DIR/<owner>+<name>[/repo]``
    (bare clones work) to ``CACHE/<project>/<path>``.
``compare CACHE [--report FILE]``
    for every listed file: Debian ``jing`` against tei_all (``tei/schema/tei_all.rng``, RELAX NG
    only: jing does not run the Schematron embedded in a ``.rng``), one JVM per file, and against
    the project's own grammar (the manifest's ``schema``, as a user names it with ``--schema``;
    else the RELAX NG the file's ``<?xml-model?>`` names when it is in the cache); nashr,
    in-process, against the same tei_all.rng (RELAX NG only) and with ``--schema tei_all`` (RELAX
    NG + TEI's Schematron) and ``auto``. It prints, per project and in total: verdict agreement
    (``unusable`` counts as jing's ``invalid``, as jing's "fatal" does), error agreement (every
    element jing reports an error on, nashr reports too, and no other), nashr's exceptions
    (tracebacks) and MB/s of both; then each disagreement. ``--report`` writes the per-file
    results as JSON.

Errors are compared by element, not by position: jing gives the line:column where the start tag
(or, for "incomplete" content, the end tag) of the element ends, nashr where its start tag
begins. Both are mapped onto the element's ordinal among the file's start tags by one scan of the
file's text. Errors in XIncluded files (another file name in jing's report) are left out.
Both sides resolve XInclude (Debian's jing does so silently; nashr by default).

jing's known limits (``../shared/schemas/README.md``, ``tests/data/validate/verdicts.toml``):
it accepts ``teidata.word`` values with Cc/Cf/Co characters (its ``\p{C}`` matches nothing:
on every BMP code point in a ``@role`` it refused only the 19 of Z) and ``xml:id`` duplicates
inside ``egXML``, and rejects ``24:00:00``. Where libxml2 is looser than XML Schema, nashr
checks the values itself: ``anyURI`` by RFC 2396/2732 as jing does (``nashr.validate.anyuri``),
``[^\p{C}\p{Z}]+`` for the Cf and Co characters libxml2's Unicode tables miss
(``nashr.validate.wordchars``).

The clones may be bare mirrors laid out as ``DIR/<owner>+<name>/repo`` (round 17 rebuilt the
cache from such mirrors of the 14 repositories with ``build --clones /work/.mirror``).
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import subprocess
import sys
import time
import tomllib
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "benchmarks" / "validate_foreign.toml"
sys.path.insert(0, str(ROOT / "benchmarks"))
from validate_corpus import clone_of  # noqa: E402  (the same mirror layouts)

TEI_ALL = ROOT / "tei" / "schema" / "tei_all.rng"
RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"


def projects(names: Sequence[str] = ()) -> list[dict]:
    """The manifest's projects, or only those named."""
    listed = tomllib.loads(MANIFEST.read_text("utf-8"))["project"]
    return [p for p in listed if not names or p["name"] in names]


def build(clones: Path, cache: Path, names: Sequence[str] = ()) -> None:
    for project in projects(names):
        git = ["git", "-C", str(clone_of(clones, project["repo"]))]
        for path in (*project["files"], *project.get("support", ())):
            blob = _blob(git, project["commit"], path)
            target = cache / project["name"] / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob)
        print(f"{project['name']}: {len(project['files'])} files, "
              f"{len(project.get('support', ()))} support files")


def _blob(git: list[str], commit: str, path: str) -> bytes:
    """The file's content at ``commit``; a symbolic link's is its target's (FreeDict links each
    dictionary's schema to ``shared/``), so that the copy works where the project's tools do."""
    mode = subprocess.run([*git, "ls-tree", commit, path], capture_output=True, text=True,
                          check=True).stdout.split(" ", 1)[0]
    blob = subprocess.run([*git, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
    if mode != "120000":
        return blob
    target = (Path("/") / path).parent / blob.decode("utf-8")
    return _blob(git, commit, str(target.resolve()).lstrip("/"))


# --- elements of a file's text: start tags in document order, and where each tag ends ---------

_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
    r"|<(?P<end>/)?(?P<name>[^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(?P<empty>/)?>",
    re.S)


@dataclass
class Elements:
    """Start-tag begin offsets (sorted, the element's ordinal is the index), for every tag's
    end offset the ordinal of its element, and each element's name, parent and end (the end of
    its end tag, or of its empty tag)."""

    line_starts: list[int]
    begins: list[int] = field(default_factory=list)
    ends: dict[int, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    closes: list[int] = field(default_factory=list)

    @classmethod
    def scan(cls, text: str) -> Elements:
        found = cls([0, *(m.end() for m in re.finditer("\n", text))])
        stack: list[int] = []
        for match in _TOKEN.finditer(text):
            if match["name"] is None:
                continue
            if match["end"]:
                ordinal = stack.pop() if stack else -1
                if ordinal >= 0:
                    found.closes[ordinal] = match.end()
            else:
                ordinal = len(found.begins)
                found.begins.append(match.start())
                found.names.append(match["name"].split(":")[-1])
                found.parents.append(stack[-1] if stack else -1)
                found.closes.append(match.end() if match["empty"] else len(text))
                if not match["empty"]:
                    stack.append(ordinal)
            found.ends[match.end()] = ordinal
        return found

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[min(line, len(self.line_starts)) - 1] + column - 1

    def by_jing(self, line: int, column: int, message: str = "") -> int:
        """The element of a jing position: the tag ending there (jing's column is one past
        the tag's ``>``), else the innermost element open there (text: jing reports it where
        the next tag begins); then, when ``message`` names an element (``element "tr" not
        allowed anywhere``, which jing repeats after text inside it), the nearest such ancestor."""
        offset = self.offset(line, column)
        ordinal = next((self.ends[end] for end in (offset, offset + 1) if end in self.ends), None)
        if ordinal is None:
            ordinal = bisect.bisect_left(self.begins, offset) - 1
            while ordinal >= 0 and self.closes[ordinal] <= offset:
                ordinal = self.parents[ordinal]
        named = re.match(r'element "(?:[^":]+:)?([^"]+)"', message)
        if named and ordinal >= 0 and self.names[ordinal] != named[1]:
            ancestor = self.parents[ordinal]
            while ancestor >= 0 and self.names[ancestor] != named[1]:
                ancestor = self.parents[ancestor]
            if ancestor >= 0:
                return ancestor
        return ordinal

    def by_start(self, line: int, column: int) -> int:
        """The element whose start tag begins at (or last before) a nashr position."""
        return bisect.bisect_right(self.begins, self.offset(line, column)) - 1


# --- jing -----------------------------------------------------------------------------------------

_JING = re.compile(r"^(?P<file>.+?):(?:(?P<line>\d+):(?P<column>\d+):)? ?(?P<kind>error|fatal|warning): "
                   r"(?P<message>.*)$", re.M)


@dataclass
class JingResult:
    seconds: float
    fatal: list[str]
    errors: list[tuple[int, int, str]]  # in this file, not in XIncluded ones

    @property
    def verdict(self) -> str:
        return "invalid" if self.fatal or self.errors else "valid"


def jing(schema: Path, path: Path) -> JingResult:
    start = time.perf_counter()
    compact = ["-c"] if schema.suffix == ".rnc" else []
    run = subprocess.run(["jing", *compact, str(schema), str(path)], capture_output=True, text=True,
                         check=False)
    seconds = time.perf_counter() - start
    fatal, errors = [], []
    for match in _JING.finditer(run.stdout + run.stderr):
        if match["message"].startswith("first occurrence of ID"):
            continue  # the second half of "ID … has already been defined", which nashr words as one
        if match["kind"] == "fatal":
            fatal.append(match["message"])
        elif match["kind"] == "error" and Path(match["file"]).resolve() == path.resolve():
            errors.append((int(match["line"] or 0), int(match["column"] or 0), match["message"]))
        elif match["kind"] == "error":  # an error in an XIncluded file still makes it invalid
            fatal.append(f"in {match['file']}: {match['message']}")
    if run.returncode and not fatal and not errors:
        fatal.append((run.stderr or run.stdout).strip().splitlines()[-1:][0] if
                     (run.stderr or run.stdout).strip() else f"exit {run.returncode}")
    return JingResult(seconds, fatal, errors)


def own_grammar(path: Path) -> Path | None:
    """The RELAX NG grammar the file's first ``<?xml-model?>`` of that kind names, when it is a
    local file present in the cache (URLs are not fetched); read with recovery, since libxml2
    refuses a duplicated ``xml:id`` at parse time (Digital Muqtabas' issues)."""
    from lxml import etree

    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False, recover=True))
    except etree.XMLSyntaxError:
        return None
    for node in tree.xpath("/processing-instruction('xml-model')"):
        href, kind = node.get("href") or "", node.get("schematypens") or ""
        if "://" in href or not href.endswith(".rng") or kind not in ("", RELAXNG_NS):
            continue
        candidate = (path.parent / href).resolve()
        if candidate.is_file():
            return candidate
    return None


# --- nashr ----------------------------------------------------------------------------------------

@dataclass
class NashrResult:
    seconds: float
    status: str
    problems: list  # nashr.validate.Problem
    crash: str | None = None

    @property
    def verdict(self) -> str:
        return "valid" if self.status == "valid" else "invalid"


def nashr(validator, path: Path) -> NashrResult:
    start = time.perf_counter()
    try:
        report = validator.report(path)
    except Exception:  # noqa: BLE001 - a traceback is what this benchmark counts
        return NashrResult(time.perf_counter() - start, "crash", [], traceback.format_exc())
    crash = next((p.message for p in report.problems if "please report it" in p.message), None)
    return NashrResult(time.perf_counter() - start, report.status, report.problems, crash)


# --- comparison -----------------------------------------------------------------------------------

def error_agreement(path: Path, theirs: JingResult, ours: NashrResult) -> tuple[set, set]:
    """(elements jing reports that nashr does not, elements nashr reports that jing does not),
    as ``line:column`` of jing's / nashr's report; both empty when either side is fatal."""
    if theirs.fatal or ours.status == "unusable":
        return set(), set()
    text = path.read_bytes().decode("utf-8", errors="replace")
    elements = Elements.scan(text)
    jing_at = {elements.by_jing(line, column, message): f"{line}:{column} {message}"
               for line, column, message in theirs.errors}
    nashr_at = {}
    for problem in ours.problems:
        if problem.severity != "error" or problem.source not in ("relaxng", "xml:id") \
                or problem.file != str(path):  # in an XIncluded file, as jing's are left out
            continue
        if problem.line is None or problem.column is None:
            nashr_at.setdefault(-2, f"{problem.line}:? {problem.message}")
            continue
        nashr_at[elements.by_start(problem.line, problem.column)] = (
            f"{problem.line}:{problem.column} {problem.message}")
    missing = {jing_at[k] for k in jing_at.keys() - nashr_at.keys()}
    extra = {nashr_at[k] for k in nashr_at.keys() - jing_at.keys()}
    return missing, extra


def compare(cache: Path, report: Path | None, names: Sequence[str] = ()) -> None:
    from nashr.validate.validator import Validator

    on_rng = Validator([TEI_ALL])
    with_schematron = Validator("tei_all")
    auto = Validator("auto")
    rows = []
    for project in projects(names):
        schema = (cache / project["name"] / project["schema"]).resolve() if "schema" in project else None
        on_schema = Validator([schema]) if schema else None
        for name in project["files"]:
            path = cache / project["name"] / name
            size = path.stat().st_size
            theirs = jing(TEI_ALL, path)
            ours = nashr(on_rng, path)
            missing, extra = error_agreement(path, theirs, ours)
            grammar = schema or own_grammar(path)
            own = jing(grammar, path) if grammar else None
            ours_auto = nashr(auto, path)
            ours_own = nashr(on_schema, path) if on_schema else ours_auto
            ours_sch = nashr(with_schematron, path)
            rows.append({
                "project": project["name"], "file": name, "bytes": size,
                "jing": theirs.verdict, "jing_fatal": theirs.fatal[:2],
                "jing_errors": len(theirs.errors), "jing_s": theirs.seconds,
                "nashr": ours.status, "nashr_s": ours.seconds, "crash": ours.crash,
                "nashr_errors": sum(p.severity == "error" for p in ours.problems),
                "missing": sorted(missing)[:5], "n_missing": len(missing),
                "extra": sorted(extra)[:5], "n_extra": len(extra),
                "own_grammar": str(grammar) if grammar else None,
                "jing_own": own.verdict if own else None, "nashr_own": ours_own.status,
                "own_errors": [f"{e[0]}:{e[1]} {e[2]}" for e in own.errors[:2]] + own.fatal[:1] if own else [],
                "own_messages": [f"{p.line}:{p.column} {p.message}" for p in ours_own.problems
                                 if p.severity in ("fatal", "error")][:2],
                "nashr_auto": ours_auto.status, "auto_crash": ours_auto.crash,
                "auto_messages": [p.message for p in ours_auto.problems
                                  if p.severity in ("fatal", "warning")][:3],
                "nashr_tei_all": ours_sch.status, "tei_all_crash": ours_sch.crash,
                "schematron": [f"{p.line}: {p.message}" for p in ours_sch.problems
                               if p.source == "schematron"][:5],
            })
            print(f"{project['name']}/{name}: jing {theirs.verdict} nashr {ours.status} "
                  f"(missing {len(missing)}, extra {len(extra)})", file=sys.stderr)
    summarise(rows)
    if report:
        report.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


def summarise(rows: list[dict]) -> None:
    totals: Counter = Counter()
    print(f"{'project':<14} files verdict errors crashes  jing MB/s  nashr MB/s")
    by_project: dict[str, list[dict]] = {}
    for row in rows:
        by_project.setdefault(row["project"], []).append(row)
    for project, group in [*by_project.items(), ("all", rows)]:
        verdict = sum(r["jing"] == ("valid" if r["nashr"] == "valid" else "invalid")
                      for r in group)
        errors = sum(not r["n_missing"] and not r["n_extra"] for r in group)
        crashes = sum(bool(r["crash"] or r["auto_crash"] or r["tei_all_crash"]) for r in group)
        mb = sum(r["bytes"] for r in group) / 1e6
        jing_s, nashr_s = sum(r["jing_s"] for r in group), sum(r["nashr_s"] for r in group)
        print(f"{project:<14} {len(group):>5} {verdict:>7} {errors:>6} {crashes:>7} "
              f"{mb / jing_s:>10.2f} {mb / nashr_s:>11.2f}")
        if project == "all":
            totals.update(files=len(group), verdict=verdict, errors=errors, crashes=crashes)
    own = [r for r in rows if r["jing_own"]]
    print(f"own grammar: {len(own)} files, verdicts the same: "
          f"{sum(r['jing_own'] == ('valid' if r['nashr_own'] == 'valid' else 'invalid') for r in own)}")
    for row in own:
        if row["jing_own"] != ("valid" if row["nashr_own"] == "valid" else "invalid"):
            print(f"- own grammar {row['project']}/{row['file']}: jing {row['jing_own']} {row['own_errors']}, "
                  f"nashr {row['nashr_own']} {row['own_messages']}")
    for row in rows:
        same = row["jing"] == ("valid" if row["nashr"] == "valid" else "invalid")
        if not same or row["n_missing"] or row["n_extra"] or row["crash"]:
            print(f"- {row['project']}/{row['file']}: jing {row['jing']} {row['jing_fatal']}, "
                  f"nashr {row['nashr']}; missing {row['n_missing']} {row['missing'][:2]}; "
                  f"extra {row['n_extra']} {row['extra'][:2]}; crash {row['crash']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--clones", type=Path, required=True)
    b.add_argument("--cache", type=Path, required=True)
    c = sub.add_parser("compare")
    c.add_argument("cache", type=Path)
    c.add_argument("--report", type=Path)
    for command in (b, c):
        command.add_argument("--project", action="append", default=[],
                             help="only this project of the manifest (repeatable)")
    args = parser.parse_args()
    if args.command == "build":
        build(args.clones, args.cache, args.project)
    else:
        compare(args.cache, args.report, args.project)


if __name__ == "__main__":
    main()
