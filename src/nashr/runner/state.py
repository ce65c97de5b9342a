"""The record of earlier builds: for each unit of work, the content hash of everything it read and
the files it wrote, so a later build redoes only what changed.

A *unit* is one step on one thing — ``("convert", "seeds/a.txt")``, ``("pdf", "a")``,
``("site", "shared")`` — with a *key*: the SHA-256 of its inputs' contents (sources, TEI,
registers, ``edition.toml``, stylesheets, schemas, fonts, nashr's own code) and its parameters,
made by :func:`digest`. A unit is up to date when the record holds the same key and each file it
wrote is still there with the size and modification time recorded (a deleted or hand-changed
output is made again). Inputs are compared by content, never by time.

The record is one SQLite database (``<edition>/.nashr/build.sqlite``) in write-ahead-log mode:
each unit is committed as soon as its files are written, so a build killed at any moment loses at
most the units in progress, and the next build redoes only those. SQLite's commit is atomic
(https://sqlite.org/atomiccommit.html); ``synchronous=NORMAL`` keeps it so against a killed process
(not a power cut, after which the worst case is redoing work).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nashr import __version__

SCHEMA = """
CREATE TABLE IF NOT EXISTS units (
    stage TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    outputs TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (stage, name)
);
CREATE TABLE IF NOT EXISTS line_keys (
    digest TEXT PRIMARY KEY,
    pairs TEXT NOT NULL
)
"""


def digest(*parts: Any) -> str:
    """Hex SHA-256 of ``parts`` written as canonical JSON (sorted keys, no spaces).

    Parts are JSON values (str, int, lists, dicts…); :class:`~pathlib.Path` is written as its string.

    Raises:
        TypeError: a part is not JSON-serialisable.
    """
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    """Hex SHA-256 of a file's bytes; ``"missing"`` when it does not exist.

    Raises:
        OSError: the file exists but cannot be read.
    """
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return "missing"


def tree_digest(*folders: Path) -> str:
    """Hex SHA-256 of every file under ``folders`` (relative path and content), in sorted order;
    a missing folder counts as empty. For stylesheets, schemas and fonts: any change, addition or
    removal of a file changes the digest."""
    parts = []
    for folder in folders:
        if folder.is_dir():
            files = sorted(p for p in folder.rglob("*") if p.is_file())
            parts.append([str(folder.name), [[str(p.relative_to(folder)), file_digest(p)] for p in files]])
    return digest(parts)


@cache
def code_digest() -> str:
    """nashr's version and the hash of its own Python code: a new release, or a changed module in
    a source checkout, makes every unit stale."""
    package = Path(__file__).resolve().parents[1]
    files = sorted(package.rglob("*.py"))
    return digest(__version__, [[str(p.relative_to(package)), file_digest(p)] for p in files])


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return [info.st_size, info.st_mtime_ns]


@dataclass(frozen=True, slots=True)
class Unit:
    """One recorded unit: its key, the files it wrote (path → [size, mtime_ns]) and what it
    reported (a JSON object: warnings, failures, hashes of what it made)."""

    key: str
    outputs: dict[str, list[int] | None]
    payload: dict[str, Any]

    def intact(self) -> bool:
        """Every file the unit wrote is still there, unchanged in size and modification time."""
        return all(_stamp(Path(path)) == stamp for path, stamp in self.outputs.items())


class BuildState:
    """The record of earlier builds in one SQLite file (created with its folder if missing).

    Use as a context manager, or call :meth:`close`. Not shared between processes: only the
    process that holds the build lock (:mod:`nashr.runner.lock`) opens it.

    Raises:
        sqlite3.DatabaseError: the file exists but is not a database (delete it: the next build
            is then a full one).
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def __enter__(self) -> BuildState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def get(self, stage: str, name: str) -> Unit | None:
        """The recorded unit, or None."""
        row = self._db.execute("SELECT key, outputs, payload FROM units WHERE stage = ? AND name = ?",
                               (stage, name)).fetchone()
        if row is None:
            return None
        return Unit(row[0], json.loads(row[1]), json.loads(row[2]))

    def fresh(self, stage: str, name: str, key: str) -> Unit | None:
        """The recorded unit if it has this key and its outputs are intact, else None (redo it)."""
        unit = self.get(stage, name)
        return unit if unit is not None and unit.key == key and unit.intact() else None

    def record(self, stage: str, name: str, key: str, outputs: Iterable[Path] = (),
               payload: dict[str, Any] | None = None) -> None:
        """Record a unit done: its key, the files it wrote (stamped now) and its report. Committed
        at once (one transaction), so it survives the process being killed right after. Paths are kept
        absolute: a later build run from another folder (``--edition DIR`` or inside it) names the same files."""
        stamps = {os.path.abspath(path): _stamp(path) for path in outputs}
        self._db.execute(
            "INSERT OR REPLACE INTO units (stage, name, key, outputs, payload) VALUES (?, ?, ?, ?, ?)",
            (stage, name, key, json.dumps(stamps), json.dumps(payload or {}, ensure_ascii=False)),
        )

    def names(self, stage: str) -> list[str]:
        """Names of the recorded units of a stage."""
        return [row[0] for row in self._db.execute("SELECT name FROM units WHERE stage = ? ORDER BY name", (stage,))]

    def forget(self, stage: str, name: str) -> Unit | None:
        """Remove a unit from the record and return it (to delete what it wrote)."""
        unit = self.get(stage, name)
        self._db.execute("DELETE FROM units WHERE stage = ? AND name = ?", (stage, name))
        return unit

    def clear(self) -> None:
        """Forget every unit and every source's line keys (``nashr build --force``)."""
        self._db.execute("DELETE FROM units")
        self._db.execute("DELETE FROM line_keys")

    def line_keys(self, key: str) -> set[tuple[str, str]] | None:
        """A source's ``(zone, key)`` pairs (:func:`nashr.convert.edition.text_keys`) recorded under
        ``key`` (the source's content hash with nashr's code), or None."""
        row = self._db.execute("SELECT pairs FROM line_keys WHERE digest = ?", (key,)).fetchone()
        return None if row is None else {(zone, k) for zone, k in json.loads(row[0])}

    def record_line_keys(self, key: str, pairs: set[tuple[str, str]]) -> None:
        """Keep a source's pairs under ``key``, so an unchanged source is not read again for them."""
        self._db.execute("INSERT OR REPLACE INTO line_keys (digest, pairs) VALUES (?, ?)",
                         (key, json.dumps(sorted(pairs), ensure_ascii=False)))

    def keep_line_keys(self, keys: Iterable[str]) -> None:
        """Forget the pairs of every source content not among ``keys`` (edited or removed texts)."""
        self._db.execute("DELETE FROM line_keys WHERE digest NOT IN (SELECT value FROM json_each(?))",
                         (json.dumps(sorted(set(keys))),))


def remove_outputs(unit: Unit) -> Iterator[Path]:
    """Delete the files a forgotten unit wrote (those still there); yields each path deleted."""
    for name in unit.outputs:
        path = Path(name)
        if path.is_file():
            os.remove(path)
            yield path
