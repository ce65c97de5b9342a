"""The schema files an edition's TEI points to: nashr's customisation, copied into the edition.

Every converted text declares ``nashr.rng`` and ``nashr.sch`` by a relative URI (its
``<?xml-model?>`` processing instructions), so that oXygen, jing and ``nashr validate --schema auto``
find them wherever the edition folder is copied. tei_all is declared by the TEI Consortium's URL,
which ``nashr validate`` maps to the copy nashr ships.

An edition outlives the nashr that made it. When nashr's own schema changes (a rule fixed), an
edition's copy that is exactly an earlier nashr's file (its SHA-256 listed in
``shipped-versions.txt`` beside the schemas) is refreshed; a copy that matches no shipped version
was edited by a person and is kept, and said so (like a package manager's changed configuration
file: the person's edit wins, and they are told how to take nashr's).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from nashr.files import atomic_write
from nashr.validate.schemas import NASHR_SCHEMA_DIR

#: nashr's schema files an edition holds: the grammar and rules its texts point to, and the ODD
#: that documents them.
EDITION_SCHEMAS = ("nashr.rng", "nashr.sch", "nashr.odd")
#: Beside the schemas: ``<sha256>  <name>`` of every version of them nashr has shipped.
SHIPPED_VERSIONS = "shipped-versions.txt"


@dataclass
class SchemaCopies:
    """What :func:`install_schemas` did to an edition's schema folder (paths of the files)."""

    written: list[Path] = field(default_factory=list)
    """Missing, copied from nashr."""
    refreshed: list[Path] = field(default_factory=list)
    """An earlier nashr's copy, replaced by this nashr's."""
    edited: list[Path] = field(default_factory=list)
    """Unlike every version nashr shipped: a person's edit, kept."""

    def messages(self, edited: bool = True) -> list[str]:
        """One line per refreshed file and, with ``edited``, per kept one: a build's warnings (a
        conversion of one text leaves the kept ones to the build, which says so once)."""
        return ([f"{path}: an earlier nashr's copy, refreshed with this nashr's" for path in self.refreshed]
                + [f"{path}: differs from nashr's own {path.name} and was kept as edited; to take nashr's "
                   "version, delete it and run nashr again" for path in self.edited if edited])


@cache
def shipped_versions() -> frozenset[tuple[str, str]]:
    """``(name, sha256 hex digest)`` of every schema file version nashr has shipped.

    Raises:
        OSError: ``shipped-versions.txt`` is missing (a broken install).
    """
    rows = (NASHR_SCHEMA_DIR / SHIPPED_VERSIONS).read_text(encoding="utf-8").splitlines()
    return frozenset((name, sha) for sha, name in (row.split() for row in rows if row and not row.startswith("#")))


@cache
def _ours(name: str) -> bytes:
    """nashr's own copy of the schema file ``name``, read once a process."""
    return (NASHR_SCHEMA_DIR / name).read_bytes()


_CURRENT: set[tuple[Path, int, int]] = set()
"""Copies found equal to nashr's, as ``(path, size, mtime_ns)``: a conversion of each text calls
:func:`install_schemas`, and nashr.rng is 320 KB; an unchanged copy is not read again."""


def install_schemas(schema_dir: Path) -> SchemaCopies:
    """Bring ``schema_dir``'s copies of :data:`EDITION_SCHEMAS` up to this nashr's.

    A missing file is copied; a file that is an earlier shipped version (:func:`shipped_versions`)
    is replaced atomically; any other file that differs is the editor's and is left alone.

    Returns:
        What was done (:class:`SchemaCopies`).
    Raises:
        OSError: ``schema_dir`` cannot be created, read or written.
    """
    done = SchemaCopies()
    for name in EDITION_SCHEMAS:
        target, ours = schema_dir / name, _ours(name)
        if not target.exists():
            atomic_write(target, ours)
            done.written.append(target)
            continue
        stat = target.stat()
        if (target, stat.st_size, stat.st_mtime_ns) in _CURRENT:
            continue
        theirs = target.read_bytes()
        if theirs == ours:
            _CURRENT.add((target, stat.st_size, stat.st_mtime_ns))
        elif (name, hashlib.sha256(theirs).hexdigest()) in shipped_versions():
            atomic_write(target, ours)
            done.refreshed.append(target)
        else:
            done.edited.append(target)
    return done
