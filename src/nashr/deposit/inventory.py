"""The files of a deposit: where each comes from, where it goes in the bag, its size, SHA-256 and
MIME type.

MIME types come from nashr's own table (:data:`MEDIA_TYPES`, after the IANA media types registry),
not from :mod:`mimetypes`, whose answers depend on the machine's ``/etc/mime.types``: the same
edition must give the same METS file everywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nashr.config import Paths

#: Media types by lower-case file suffix. Sources: RFC 6129 (``application/tei+xml``, also for
#: ODD, which is TEI), RFC 7303 (``application/xml``; RELAX NG and Schematron have no registered
#: type of their own), RFC 9239 (``text/javascript``), RFC 8081 (``font/*``), RFC 8259 (JSON),
#: RFC 8118 (PDF), RFC 2046 (``text/plain``), the IANA registry for the rest.
MEDIA_TYPES: dict[str, str] = {
    ".xml": "application/xml",
    ".odd": "application/tei+xml",
    ".rng": "application/xml",
    ".rnc": "text/plain",
    ".sch": "application/xml",
    ".xsd": "application/xml",
    ".xsl": "application/xslt+xml",
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".md": "text/markdown",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/vnd.microsoft.icon",
    ".pdf": "application/pdf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".wasm": "application/wasm",
}
#: Anything not in :data:`MEDIA_TYPES` (e.g. Pagefind's index fragments): RFC 2046 §4.5.1.
UNKNOWN_MEDIA_TYPE = "application/octet-stream"
#: TEI documents (root in the TEI namespace) are ``application/tei+xml`` (RFC 6129).
TEI_MEDIA_TYPE = "application/tei+xml"
_CHUNK = 1 << 20
#: What nashr writes into the payload besides the corpus: (path, group); see :mod:`nashr.deposit.metadata`.
GENERATED: tuple[tuple[str, str], ...] = (
    ("metadata", "metadata"),
    ("mets.xml", "metadata"),
)

Parts = Sequence[tuple[str, str]]
"""The parts of an edition that go into a deposit, as ``(path, group)`` pairs: a payload keeps the
edition's layout, so a file's name in the payload is its path in the edition folder, and relative
references between files (a text's ``<?xml-model?>`` to its schema, the site's links) still hold."""


def parts(paths: Paths) -> tuple[tuple[str, str], ...]:
    """The deposited parts of an edition laid out as ``paths`` says (``edition.toml``'s ``[paths]``)."""
    return tuple((PurePosixPath(Path(folder).as_posix()).as_posix(), group) for folder, group in (
        (paths.tei, "texts"), (paths.registers, "registers"), (paths.schema, "schema"),
        (paths.site, "site"), (paths.pdf, "pdf"),
    ))


def corpus_name(paths: Paths) -> str:
    """Where the teiCorpus goes in the payload: beside the TEI texts' folder (``tei/corpus.xml``)."""
    return (PurePosixPath(Path(paths.tei).as_posix()).parent / "corpus.xml").as_posix()


@dataclass(frozen=True, slots=True)
class Entry:
    """One payload file.

    Attributes:
        source: the file on disk (absolute).
        name: its path inside the bag's payload, ``/``-separated, without ``data/``.
        group: the part of the edition it belongs to (``texts``, ``registers``, ``schema``,
            ``site``, ``pdf``, ``corpus``, ``metadata``); METS uses it as ``fileGrp/@USE``.
        size: bytes.
        sha256: lower-case hex digest.
        media_type: see :func:`media_type`.
    """

    source: Path
    name: str
    group: str
    size: int
    sha256: str
    media_type: str

    @property
    def stem(self) -> str:
        """The file name without directories and suffix: ties a text to its page, PDF and record."""
        return PurePosixPath(self.name).stem


def media_type(name: str, group: str) -> str:
    """Return the MIME type of a payload file from its suffix (:data:`MEDIA_TYPES`).

    XML files of the ``texts``, ``registers`` and ``corpus`` groups are TEI documents and get
    ``application/tei+xml``; an unknown suffix gives ``application/octet-stream``.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".xml" and group in ("texts", "registers", "corpus"):
        return TEI_MEDIA_TYPE
    return MEDIA_TYPES.get(suffix, UNKNOWN_MEDIA_TYPE)


def sha256(path: Path) -> str:
    """Return the SHA-256 hex digest of a file, read in 1 MiB blocks.

    Raises:
        OSError: the file cannot be read.
    """
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def entry(source: Path, name: str, group: str) -> Entry:
    """Describe one file that goes into the payload as ``name`` (see :class:`Entry`).

    Raises:
        OSError: the file cannot be read.
    """
    return Entry(
        source=source,
        name=name,
        group=group,
        size=source.stat().st_size,
        sha256=sha256(source),
        media_type=media_type(name, group),
    )


def group_of(name: str, groups: Parts) -> str:
    """The group of a payload file: that of the first ``(path, group)`` whose path is the file or
    holds it; ``other`` for a file outside them."""
    for prefix, group in groups:
        if name == prefix or name.startswith(prefix + "/"):
            return group
    return "other"


def walk(root: Path) -> Iterator[Path]:
    """Yield the files under ``root`` (or ``root`` itself if it is a file) sorted by path,
    skipping hidden files and directories (names starting with ``.``: ``.gitkeep``,
    ``.DS_Store``…), which repositories strip or reject. A missing ``root`` yields nothing."""
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield path


def collect(root: Path, groups: Parts) -> list[Entry]:
    """Describe every file under ``root/path`` for each ``(path, group)``, sorted by name; names
    are relative to ``root``. A path ``""`` means every file under ``root``.

    Raises:
        OSError: a file cannot be read.
    """
    names = {
        path.relative_to(root).as_posix(): path
        for prefix, _ in groups
        for path in walk(root / prefix)
    }
    return [entry(names[name], name, group_of(name, groups)) for name in sorted(names)]
