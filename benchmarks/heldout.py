#!/usr/bin/env python3
"""Score a held-out set blind: line roles alone and in batches, entities, the editor's loop (issues 12, 13).

A held-out set is a folder of texts in the collection's format (tests/data/corpus/README.md: one
folder per text with ``source.txt``, ``about.toml``, ``roles.tsv`` and, for some, ``entities.tsv``)
that no rule was written from. It is scored once with the code of the round's start and once with
the code of its end, then joins the collection (its README section), where it is read. Until then
it is kept as an archive in ``benchmarks/heldout/`` (``setNN.tar.xz``, see its README), and this
script prints **counts only** — no line of the set — so that scoring it does not make it seen.

Printed, for the code of the checkout this runs from:

* per site (about.toml ``publisher``) and overall: non-blank lines, lines right classified alone
  (``nashr convert a.txt``) and in the batch of the site's texts (``nashr convert`` of them
  together: :func:`nashr.convert.edition.source_marks`, as the CLI does; a site with one text is
  its own batch);
* per hand-made role: lines, right alone, right in the batch; and the roles given wrongly;
* the editor's loop (alone): lines nashr marks ``low`` or ``medium`` (``nashr convert --doubtful``),
  wrong lines, and the wrong lines among those marked (what an editor checking the marked lines
  meets); per level (unmarked, ``medium``, ``low``) lines and wrong lines, and the editor who
  checks the ``low`` lines first, then the ``medium`` ones (benchmarks/editor_loop.py);
* the editor who corrects one page (sites of 3 texts or more): the hand roles of a site's first
  text (by folder name) as its sidecar, the other pages' lines right in the batch before and after
  the lessons it teaches (:mod:`nashr.convert.lessons`, benchmarks/structure_corrections.py), and
  the lines taught and taught wrongly (left out for code older than the lessons);
* entities with the registers as shipped (tei/registers/): precision, recall and F1 per kind
  (:class:`nashr.entities.evaluate.Score`), the texts converted as ``nashr convert`` does;
* texts ``nashr convert`` refuses (:class:`nashr.convert.sources.SourceError`, e.g. a control
  character XML cannot carry): their site and the reason; their lines count as wrong (given
  ``refused``) and their entities as missed, as a user who meets the error gets none of them.

Usage (repository root)::

    uv run python benchmarks/heldout.py benchmarks/heldout/set51.tar.xz
    uv run python benchmarks/heldout.py /path/to/set-folder

To score the code of an earlier commit, run the script of this checkout against that commit's
``src``: ``git worktree add --detach /tmp/base <commit>`` then
``PYTHONPATH=/tmp/base/src uv run python benchmarks/heldout.py SET``.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import tempfile
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from nashr.commands.convert import DOUBTFUL
from nashr.convert.edition import analyse, source_marks
from nashr.convert.sources import SourceError, read_source
from nashr.entities.evaluate import Score, read_annotations, tei_mentions
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from editor_loop import Loop  # noqa: E402
from structure_edition import hand_roles  # noqa: E402

from entity_scoring import convert  # noqa: E402


def texts(root: Path) -> dict[str, list[Path]]:
    """Site (about.toml ``publisher``) → its text folders under ``root``, in name order."""
    found: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted(p.parent for p in root.rglob("roles.tsv")):
        found[tomllib.loads((folder / "about.toml").read_text(encoding="utf-8"))["publisher"]].append(folder)
    return dict(sorted(found.items()))


class Tally:
    """Counts of lines right alone and in batches, per site and per hand-made role, and the editor's loop."""

    def __init__(self) -> None:
        self.sites: dict[str, Counter[str]] = defaultdict(Counter)
        self.roles: dict[str, Counter[str]] = defaultdict(Counter)
        self.wrong_as: Counter[str] = Counter()
        self.loop: Counter[str] = Counter()
        self.levels = Loop()
        self.refused: list[str] = []

    def score(self, site: str, folders: list[Path]) -> None:
        """Classify the site's texts alone and as one batch and count them against roles.tsv."""
        marks = source_marks([f / "source.txt" for f in folders]) if len(folders) > 1 else {}
        for folder in folders:
            path = folder / "source.txt"
            try:
                lines = read_source(path).lines
            except SourceError as error:
                self.refuse(site, folder, error)
                continue
            alone = analyse(lines).lines
            batch = analyse(lines, marks.get(str(path), frozenset())).lines
            wanted = hand_roles(folder)
            for a, b in zip(alone, batch, strict=True):
                if a.role == "blank":
                    continue
                want = wanted.get(a.n, "?")
                for counts in (self.sites[site], self.sites["all"], self.roles[want]):
                    counts["lines"] += 1
                    counts["alone"] += a.role == want
                    counts["batch"] += b.role == want
                if a.role != want:
                    self.wrong_as[a.role] += 1
                self.loop["marked"] += a.cert in DOUBTFUL
                self.loop["wrong"] += a.role != want
                self.loop["wrong marked"] += a.role != want and a.cert in DOUBTFUL
                self.levels.add(a.cert, a.role != want)
            self.sites[site]["texts"] += 1
            self.sites["all"]["texts"] += 1

    def refuse(self, site: str, folder: Path, error: SourceError) -> None:
        """Count the hand-annotated lines of a text ``nashr convert`` refuses as wrong."""
        for want in hand_roles(folder).values():
            for counts in (self.sites[site], self.sites["all"], self.roles[want]):
                counts["lines"] += 1
            self.wrong_as["refused"] += 1
        self.sites[site]["texts"] += 1
        self.sites["all"]["texts"] += 1
        self.refused.append(f"{site[:36]}: {str(error).rsplit(': ', 1)[-1]}")

    def report(self) -> str:
        def pct(c: Counter[str], key: str) -> str:
            return f"{c[key]:>5} {c[key] / c['lines']:>6.1%}" if c["lines"] else f"{'-':>12}"

        rows = [f"{'site':<36}{'texts':>6}{'lines':>6}{'alone':>13}{'batch':>13}"]
        for site, c in sorted(self.sites.items(), key=lambda kv: (kv[0] == "all", kv[0])):
            rows.append(f"{site[:36]:<36}{c['texts']:>6}{c['lines']:>6}{pct(c, 'alone')}{pct(c, 'batch')}")
        rows += ["", f"{'role (by hand)':<16}{'lines':>6}{'alone':>7}{'batch':>7}{'given wrongly':>15}"]
        for role in sorted(set(self.roles) | set(self.wrong_as), key=lambda r: (-self.roles[r]["lines"], r)):
            c = self.roles[role]
            rows.append(f"{role:<16}{c['lines']:>6}{c['alone']:>7}{c['batch']:>7}{self.wrong_as[role]:>15}")
        loop = self.loop
        rows += ["", f"editor's loop (alone): {loop['marked']} lines marked low or medium; "
                     f"{loop['wrong marked']} of the {loop['wrong']} wrong lines among them",
                 self.levels.table("alone, per level")]
        rows += [f"refused by nashr convert: {len(self.refused)} texts", *(f"  {r}" for r in self.refused)]
        return "\n".join(rows)


def corrected(sites: dict[str, list[Path]]) -> str:
    """The sites of 3 texts or more (that nashr reads) with their first text corrected by hand: counts only."""
    try:
        from structure_corrections import site
    except ImportError:  # the code scored is older than the lessons (round 27)
        return "editor corrects one page: no lessons in this code"
    tally: Counter[str] = Counter()
    batches = [readable for folders in sites.values() if len(readable := [f for f in folders if reads(f)]) >= 3]
    for folders in batches:
        site(folders, 1, tally, defaultdict(Counter), [])
    return (f"editor corrects one page of each of the {len(batches)} sites of 3 texts "
            f"or more: the other {tally['pages']} pages' {tally['lines']} lines {tally['before']} → {tally['after']} "
            f"right; {tally['taught']} lines taught, {tally['taught wrong']} of them wrongly")


def reads(folder: Path) -> bool:
    """Whether ``nashr convert`` reads the text's source (no :class:`SourceError`)."""
    try:
        read_source(folder / "source.txt")
    except SourceError:
        return False
    return True


def refused_text(path: Path) -> str:
    """A refused source's text for locating its annotations: decoded by its byte-order mark, else as
    UTF-8, else as Windows-1256 (the encodings the collection's sources are in)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1256", "replace")


def entities(sites: dict[str, list[Path]]) -> Score:
    """Entities of the texts with ``entities.tsv``, tagged with the shipped registers."""
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    score = Score()
    for folder in (f for folders in sites.values() for f in folders if (f / "entities.tsv").exists()):
        try:
            source, tree = convert(folder / "source.txt", tagger)
        except SourceError:  # refused (counted in the lines' table): every mention missed
            text = refused_text(folder / "source.txt")
            score.add(folder.name, read_annotations(folder / "entities.tsv", text), [])
            continue
        score.add(folder.name, read_annotations(folder / "entities.tsv", source.text), tei_mentions(tree))
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a held-out set: a folder, or a .tar.xz of one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.set
        if root.is_file():
            with tarfile.open(root) as archive:
                archive.extractall(tmp, filter="data")
            root = Path(tmp)
        sites = texts(root)
        tally = Tally()
        for site, folders in sites.items():
            tally.score(site, folders)
        print(tally.report())
        print(corrected(sites))
        print("\nentities, registers as shipped\n" + entities(sites).table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
