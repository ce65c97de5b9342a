#!/usr/bin/env python3
"""The hand roles of one family of lines across publishers: do the annotations agree?

A *family* is a kind of line that should get one role wherever it stands: a source line
(«منبع: …»), a post's date-time line at the top, a news code line («کد خبر: …»). It is given as a
regular expression searched in each non-blank line's text (stripped of surrounding spaces), and
optionally a place: among the first N or the last N non-blank lines of the text. Every matching
line of every text in a folder of the collection's format (tests/data/corpus/README.md: one folder
per text, ``source.txt``, ``about.toml``, ``roles.tsv``) is listed with its site (publishers filed
under several spellings counted once, as ``structure_lopo.py`` counts them), its role by hand and
the hand comment, then a table: each role with the sites and the lines that have it, and the sites
of each role. A family whose lines have two roles on different sites is a convention to settle
(tests/data/corpus/README.md, «Conventions settled in round 38»); ``FAMILIES`` holds those settled,
by name, so that a held-out set can be checked against them when it joins the collection.

Usage (from the repository root)::

    uv run python benchmarks/annotation_families.py 'کد\\s*خبر'              # anywhere in a text
    uv run python benchmarks/annotation_families.py '^منبع\\s*:' --bottom 5   # among the last 5 lines
    uv run python benchmarks/annotation_families.py '^\\d' --top 3 --roles dateline,fw
    uv run python benchmarks/annotation_families.py --family news-code       # a settled family
    uv run python benchmarks/annotation_families.py --family all --table     # every settled one, tables only
    uv run python benchmarks/annotation_families.py --family all --corpus /path/to/set   # a set at its joining

Exit status 1 when ``--family`` names settled families and some line of them has another role than
the settled one (so a set can be checked in a script), 0 otherwise.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from structure_lopo import CORPUS, hand_roles, sites  # noqa: E402

from nashr.convert.sources import read_source


@dataclass(frozen=True)
class Family:
    """A kind of line: ``pattern`` searched in the stripped line, among the first ``top`` or the last
    ``bottom`` non-blank lines of a text (0: anywhere); ``role`` the role settled for it (empty: none yet)."""

    pattern: str
    top: int = 0
    bottom: int = 0
    role: str = ""


@dataclass(frozen=True)
class Match:
    folder: str
    site: str
    line: int
    text: str
    role: str
    comment: str


SEPARATOR = r"[*٭\-_.=~•]"
FAMILIES: dict[str, Family] = {
    # a line naming where the text was taken from, or the site's label «منبع:» over it (not a sentence)
    "source-credit": Family(r"^(?:(?:منبع|منابع|مأخذ|ماخذ)\s*:|(?:به\s+)?نقل\s+از\s|برگرفته(?:\s+شده)?\s+از\b)"
                            r"(?=.{0,150}$)", role="byline"),
    # the heading of a page's sources or notes section, alone on its line
    "sources-heading": Family(r"^(?:منبع|منابع|پانویس|پانوشت|یادداشت\s*ها|جستارهای وابسته|پیوند به بیرون|کتابنامه)"
                              r"\s*(?:\[?ویرایش(?:\s*مبدأ)?\]?)?$", role="head"),
    # the page's field of its publication date near the top
    "publication-date": Family(r"^(?:تاریخ\s*(?:انتشار|ارسال|نشر)|زمان\s*انتشار|انتشار|منتشر\s*شده(?:\s*در)?)\s*:",
                               top=8, role="dateline"),
    # a news site's code field alone on its line
    "news-code": Family(r"^(?:کد|شناسه)\s*(?:خبر|مطلب)\s*:\s*[\d۰-۹]+$", role="fw"),
    # a rule, a row of asterisks or «پایان» as the text's last line
    "end-mark": Family(rf"^(?:{SEPARATOR}\s*){{3,}}$|^\*$|^(?:پایان|پايان|انتهای پیام|پایان پیام)$",
                       bottom=1, role="trailer"),
    # a site's trail of sections near the top («خانه / …», «صفحه اصلی » …», «poet » book » part»)
    "breadcrumb": Family(r"^(?:[^.!?؟»>›]{1,60}\s[»>›]\s){2,}[^.!?؟]{1,80}$"
                         r"|^(?:خانه|صفحه اصلی|صفحه اصلي|Home)\s*[/|»>]", top=8, role="fw"),
}
"""The families settled in round 38 (tests/data/corpus/README.md, «Conventions settled in round 38»):
name → family, with its role."""


def hand_comments(folder: Path) -> dict[int, str]:
    """Line number → the third column of ``roles.tsv`` (the annotator's comment), where there is one."""
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(c[0]): c[2] for c in (r.split("\t") for r in rows) if c[0].isdigit() and len(c) > 2}


Text = tuple[str, str, tuple[tuple[int, str], ...], dict[int, str], dict[int, str]]


@functools.cache
def texts(corpus: Path = CORPUS) -> tuple[Text, ...]:
    """Every text under ``corpus`` (a folder with ``roles.tsv``), read once: (folder name, site, its non-blank
    lines as (1-based line number, stripped text), hand roles, hand comments), in folder order. Lines are split
    at LF, CRLF and CR only, as the collection's README says."""
    folders = sorted(p for p in corpus.iterdir() if (p / "roles.tsv").is_file())
    site = sites(folders)
    found = []
    for folder in folders:
        lines = read_source(folder / "source.txt").text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        filled = tuple((n, line.strip()) for n, line in enumerate(lines, 1) if line.strip())
        found.append((folder.name, site[folder.name], filled, hand_roles(folder), hand_comments(folder)))
    return tuple(found)


def matches(family: Family, corpus: Path = CORPUS) -> list[Match]:
    """Every non-blank line of every text under ``corpus`` in ``family``, in folder and line order."""
    pattern = re.compile(family.pattern)
    found = []
    for name, site, filled, roles, comments in texts(corpus):
        place = filled[: family.top] if family.top else filled[-family.bottom :] if family.bottom else filled
        found += [Match(name, site, n, text, roles.get(n, "?"), comments.get(n, ""))
                  for n, text in place if pattern.search(text)]
    return found


def table(found: list[Match]) -> dict[str, tuple[set[str], int]]:
    """Role → (the sites that give it to some line of the family, how many lines have it)."""
    by_role: dict[str, tuple[set[str], int]] = {}
    for m in found:
        sites_of, lines = by_role.get(m.role, (set(), 0))
        by_role[m.role] = (sites_of | {m.site}, lines + 1)
    return dict(sorted(by_role.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][1])))


def report(name: str, family: Family, found: list[Match], lines: bool) -> int:
    """Print the family's lines (when ``lines``) and its table; return how many lines break its settled role."""
    print(f"\n== {name}: /{family.pattern}/" + (f" top {family.top}" if family.top else "")
          + (f" bottom {family.bottom}" if family.bottom else "") + (f" → {family.role}" if family.role else ""))
    if lines:
        for m in found:
            mark = "  " if not family.role or m.role == family.role else "✗ "
            print(f"{mark}{m.role:<10} {m.folder}:{m.line}  [{m.site[:30]}]  {m.text[:90]}"
                  + (f"   # {m.comment}" if m.comment else ""))
    by_role = table(found)
    print(f"{'role':<12}{'sites':>6}{'lines':>6}  sites")
    for role, (sites_of, n) in by_role.items():
        print(f"{role:<12}{len(sites_of):>6}{n:>6}  " + "; ".join(sorted(s[:30] for s in sites_of)))
    return sum(1 for m in found if family.role and m.role != family.role)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pattern", nargs="?", help="a regular expression searched in each stripped non-blank line")
    ap.add_argument("--top", type=int, default=0, help="only among the first N non-blank lines of a text")
    ap.add_argument("--bottom", type=int, default=0, help="only among the last N non-blank lines of a text")
    ap.add_argument("--family", help=f"a settled family by name, or 'all': {', '.join(FAMILIES) or 'none yet'}")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a folder of texts in the collection's format")
    ap.add_argument("--roles", help="only lines with one of these hand roles (comma-separated)")
    ap.add_argument("--table", action="store_true", help="print the tables only, not the lines")
    args = ap.parse_args()
    if args.family:
        chosen = FAMILIES if args.family == "all" else {args.family: FAMILIES[args.family]}
    elif args.pattern:
        chosen = {"pattern": Family(args.pattern, args.top, args.bottom)}
    else:
        ap.error("give a pattern or --family")
    wanted = set(args.roles.split(",")) if args.roles else None
    broken = 0
    for name, family in chosen.items():
        found = [m for m in matches(family, args.corpus) if wanted is None or m.role in wanted]
        broken += report(name, family, found, not args.table)
    if broken:
        print(f"\n{broken} lines break a settled role")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
