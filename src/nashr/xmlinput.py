"""Read an untrusted XML file once, safely, or say in one sentence why it cannot be read.

The parser never fetches anything (``no_network``), never loads a DTD and never expands entities
(``resolve_entities=False``); a document that declares entities in its internal DTD subset (the
shape of XXE and "billion laughs" attacks) is refused outright, since TEI P5 documents do not
need them. ``collect_ids=False`` keeps libxml2 from refusing duplicate or malformed ``xml:id``
values at parse time: they are validity errors, reported by the validator with the other problems,
not reasons to give up on the file (W3C xml:id 1.0 §4 calls them non-fatal "xml:id errors").
``huge_tree`` stays off: libxml2's default limits (10 MB per text node, depth 256) hold, and
a 100 MB TEI file of ordinary paragraphs parses within them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

#: Bytes read to decide whether a file is binary.
SNIFF_BYTES = 4096
#: Signatures of common binary formats that are surely not XML (PDF, ZIP/DOCX/ODT, PNG, JPEG,
#: gzip, ELF).
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
#: Byte order marks of UTF-16/UTF-32, whose text legitimately contains NUL bytes.
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


ENTITIES_REFUSED = (
    "the document declares entities in its DOCTYPE; nashr refuses entity declarations (they "
    "can read local files or expand without limit) and never expands them. TEI documents do "
    "not need them: write the characters themselves."
)


class UnusableInput(ValueError):
    """The file cannot be checked at all (missing, empty, binary, not well-formed, refused).

    Attributes:
        message: one sentence, without the file name.
        line, column: position of a well-formedness error (1-based), where libxml2 gives one.
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: its path and lxml tree (line numbers from libxml2, 1-based)."""

    path: Path
    tree: etree._ElementTree


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        collect_ids=False,
    )


def _sniff(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise UnusableInput("no such file") from None
    except IsADirectoryError:
        raise UnusableInput("is a directory, not an XML file") from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the file: {exc.strerror}") from None
    if not head.strip():
        raise UnusableInput("empty file, not XML")
    if head.startswith(BINARY_MAGIC) or (b"\x00" in head and not head.startswith(WIDE_BOMS)):
        raise UnusableInput("binary file, not XML")
    if b"<!ENTITY" in head:  # refuse before libxml2 even reads the declarations
        raise UnusableInput(ENTITIES_REFUSED)


def _refuse_entities(tree: etree._ElementTree) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return
    if any(True for _ in dtd.iterentities()):
        raise UnusableInput(ENTITIES_REFUSED)


def read(path: Path) -> Document:
    """Parse one XML file once.

    Raises:
        UnusableInput: missing, unreadable, empty, binary, not well-formed, or declaring
            entities. Well-formedness errors carry libxml2's message, line and column.
    """
    _sniff(path)
    try:
        tree = etree.parse(str(path), _parser())
    except etree.XMLSyntaxError as exc:
        # exc.error_log may still hold messages of earlier parses; exc itself is this parse's.
        line, column = exc.position if exc.position else (None, None)
        raise UnusableInput(f"not well-formed XML: {exc.msg}", line, column) from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the file: {exc}") from None
    _refuse_entities(tree)
    return Document(path=path, tree=tree)
