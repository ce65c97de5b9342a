"""Pre-flight checks: the tests a repository applies to a deposit before it accepts it.

Each check returns :class:`Problem` records (the file, what is wrong, how to fix it) and never
stops at the first one, so that a person sees the whole list at once. The checks:

- file names are printable ASCII without spaces (other names change between file systems,
  archive formats and URL encodings, as the interoperability notes of RFC 8493 (BagIt) warn);
- no text file begins with a byte order mark (XML 1.0 §4.3.3 allows one, but UTF-8 without BOM
  is what line-oriented tools and harvesters expect);
- no two payload files have the same SHA-256 (a duplicate is a fixity ambiguity), but for the
  site's copies of the files it offers;
- every XML file starts with an XML declaration; every TEI document (root in the TEI namespace)
  also has an ``<?xml-model?>`` processing instruction (W3C "Associating Schemas with XML
  documents 1.0") and is valid (through the validator passed in, see :data:`TeiValidator`);
- every TEI text has a licence (``availability/licence``) and a creator (``titleStmt/author`` or
  ``editor``);
- every PDF declares PDF/A conformance in its XMP metadata (``pdfaid:part``, ISO 19005); this
  checks the claim, not the full conformance a tool such as veraPDF verifies;
- the edition has a title, publisher, description, licence with its URL, a contact, a base URL
  and at least one editor (they fill bag-info.txt, the DataCite creators and DataCite's
  identifier, a mandatory non-empty element of DataCite Metadata Schema 4.6).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from nashr.config import Edition
from nashr.deposit.inventory import Entry
from nashr.publish import NEW_VERSION_SUFFIX

TEI_NS = "http://www.tei-c.org/ns/1.0"
PDFAID_NS = "http://www.aiim.org/pdfa/ns/id/"
#: Suffixes of files parsed as XML.
XML_SUFFIXES = (".xml", ".odd", ".rng", ".sch", ".xsd", ".xsl")
#: Byte order marks: UTF-8, UTF-16 BE/LE (UTF-32 LE starts like UTF-16 LE).
BOMS = (b"\xef\xbb\xbf", b"\xfe\xff", b"\xff\xfe")
#: Printable ASCII except space (0x21–0x7E): what a file name may contain.
SAFE_NAME_CHARS = frozenset(chr(c) for c in range(0x21, 0x7F))

TeiValidator = Callable[[Sequence[Path]], Iterable[tuple[Path, str]]]
"""Validates TEI files: called once with every TEI document of the deposit, yields one
``(file, message)`` pair per schema error (nothing when all are valid). See
:func:`nashr.deposit.bag.default_validator` for the one backed by :mod:`nashr.validate.validator`; tests pass
their own."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a repository would refuse: ``file`` (relative path, or ``edition.toml``),
    ``message`` (what is wrong) and ``fix`` (what to do)."""

    file: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message} (fix: {self.fix})"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def check_names(entries: Iterable[Entry]) -> list[Problem]:
    """File names must be printable ASCII without spaces (:data:`SAFE_NAME_CHARS`)."""
    return [
        Problem(
            e.name,
            "file name is not ASCII or contains spaces",
            "rename it using only A-Z a-z 0-9 . _ - (e.g. transliterate Persian names)",
        )
        for e in entries
        if not set(e.name) <= SAFE_NAME_CHARS
    ]


def _is_text(entry: Entry) -> bool:
    kind = entry.media_type
    return kind.startswith("text/") or kind.endswith(("xml", "json")) or kind == "image/svg+xml"


def check_boms(entries: Iterable[Entry]) -> list[Problem]:
    """Text files (by MIME type) must not begin with a byte order mark (:data:`BOMS`)."""
    problems = []
    for e in entries:
        if _is_text(e):
            with e.source.open("rb") as stream:
                head = stream.read(3)
            if head.startswith(BOMS):
                problems.append(
                    Problem(e.name, "begins with a byte order mark", "save it as UTF-8 without BOM")
                )
    return problems


def check_duplicates(entries: Iterable[Entry]) -> list[Problem]:
    """No two files may have the same SHA-256 (one problem per extra copy, naming the first),
    except the site's own copies: the HTML edition stands alone, so it holds copies of the TEI,
    registers, schemas and PDFs it offers (:mod:`nashr.publish.html`)."""
    first: dict[str, str] = {}
    problems = []
    for e in entries:
        if e.group == "site":
            continue
        if e.sha256 in first:
            problems.append(
                Problem(
                    e.name,
                    f"has the same content as {first[e.sha256]}",
                    "keep one copy and link to it, or remove the file",
                )
            )
        else:
            first[e.sha256] = e.name
    return problems


def _xml_model(tree: etree._ElementTree) -> bool:
    node = tree.getroot().getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            return True
        node = node.getprevious()
    return False


def _check_xml_file(entry: Entry) -> tuple[list[Problem], etree._ElementTree | None]:
    problems = []
    with entry.source.open("rb") as stream:
        head = stream.read(16)
    if not head.removeprefix(BOMS[0]).startswith(b"<?xml "):
        problems.append(
            Problem(
                entry.name,
                "has no XML declaration",
                'make the first line <?xml version="1.0" encoding="UTF-8"?>',
            )
        )
    try:
        tree = etree.parse(str(entry.source), _parser())
    except etree.XMLSyntaxError as exc:
        problems.append(
            Problem(entry.name, f"is not well-formed XML (line {exc.lineno}: {exc.msg})",
                    "correct the XML at that line")
        )
        return problems, None
    return problems, tree


def _check_tei(entry: Entry, tree: etree._ElementTree) -> list[Problem]:
    problems = []
    if not _xml_model(tree):
        problems.append(
            Problem(
                entry.name,
                "has no <?xml-model?> schema declaration",
                "add <?xml-model href=\"…tei_all.rng\" type=\"application/xml\" "
                'schematypens="http://relaxng.org/ns/structure/1.0"?> before the root element',
            )
        )
    if entry.group != "texts":
        return problems
    ns = {"tei": TEI_NS}
    header = "/tei:TEI/tei:teiHeader/tei:fileDesc"
    if not tree.xpath(f"{header}/tei:publicationStmt/tei:availability/tei:licence", namespaces=ns):
        problems.append(
            Problem(entry.name, "has no licence", "add publicationStmt/availability/licence")
        )
    creators = tree.xpath(f"{header}/tei:titleStmt/*[self::tei:author or self::tei:editor]",
                          namespaces=ns)
    if not creators:
        # nashr build writes edition.toml's editors into every text's titleStmt: a text made
        # before they were there gets them from a new build, unless a person edited it since (the
        # build keeps it and writes its new version beside it: nashr.convert.tei)
        beside = entry.source.with_suffix(NEW_VERSION_SUFFIX)
        hint = ("name the editors in edition.toml ([[edition.editors]]) and run nashr build again, "
                "or add an <author> or <editor> to its titleStmt")
        if beside.is_file():
            hint = (f"it was edited by hand, so nashr build keeps it and wrote its new version to {beside.name}: "
                    f"copy the <editor> elements of that file's titleStmt into it, or run nashr build "
                    f"--overwrite-edited (the hand edits are lost)")
        problems.append(Problem(entry.name, "has no creator", hint))
    return problems


def check_xml(entries: Iterable[Entry], validator: TeiValidator) -> list[Problem]:
    """Check every XML file (:data:`XML_SUFFIXES`): declaration, well-formedness; TEI documents
    also: ``<?xml-model?>``, licence and creator (texts), and validity.

    Args:
        entries: the payload files; only XML ones are read.
        validator: runs the schemas (see :data:`TeiValidator`).
    """
    problems: list[Problem] = []
    tei: list[Entry] = []
    for e in entries:
        if not e.name.lower().endswith(XML_SUFFIXES):
            continue
        found, tree = _check_xml_file(e)
        problems += found
        if tree is not None and etree.QName(tree.getroot()).namespace == TEI_NS:
            problems += _check_tei(e, tree)
            tei.append(e)
    if not tei:
        return problems
    names = {t.source.resolve(): t.name for t in tei}
    for path, message in validator([t.source for t in tei]):
        problems.append(
            Problem(names.get(path.resolve(), str(path)), f"is not valid: {message}",
                    "correct it (run nashr validate on it for hints)")
        )
    return problems


def pdfa_part(path: Path) -> str | None:
    """Return the PDF/A part a PDF declares in its XMP metadata (``pdfaid:part``, e.g. ``"3"``),
    or ``None`` when it declares none.

    Raises:
        PyPdfError: the file is not a readable PDF (pypdf's error).
    """
    xmp = PdfReader(path).xmp_metadata
    if xmp is None:
        return None
    root = etree.fromstring(xmp.stream.get_data(), _parser())
    values = root.xpath(
        "//@pdfaid:part | //pdfaid:part/text()", namespaces={"pdfaid": PDFAID_NS}
    )
    return str(values[0]).strip() if values else None


def check_pdfs(entries: Iterable[Entry]) -> list[Problem]:
    """Every PDF must declare PDF/A conformance (:func:`pdfa_part`)."""
    problems = []
    for e in entries:
        if e.media_type != "application/pdf":
            continue
        try:
            part = pdfa_part(e.source)
        except (PyPdfError, etree.XMLSyntaxError, ValueError, OSError) as exc:
            problems.append(Problem(e.name, f"is not a readable PDF ({exc})", "make it again"))
            continue
        if part is None:
            problems.append(
                Problem(e.name, "is not PDF/A (no pdfaid:part in its XMP metadata)",
                        "make it again with nashr pdf (PDF/A-3b)")
            )
    return problems


def check_edition(edition: Edition) -> list[Problem]:
    """The edition must name what bag-info.txt, DataCite and Zenodo require (DataCite's
    identifier is the edition's ``base_url``)."""
    required = {
        "title": edition.title,
        "publisher": edition.publisher,
        "description": edition.description,
        "licence": edition.licence,
        "licence_url": edition.licence_url,
        "contact": edition.contact,
    }
    problems = [
        Problem("edition.toml", f"[edition] has no {key}", f"add {key} = \"…\" to [edition]")
        for key, value in required.items()
        if not value.strip()
    ]
    if not edition.base_url.strip():
        problems.append(
            Problem("edition.toml", "[edition] has no base_url (DataCite's record needs an identifier)",
                    'add base_url = "https://…" to [edition]: where the site will live')
        )
    if not edition.editors:
        problems.append(
            Problem("edition.toml", "no creators: [[edition.editors]] is empty",
                    'add [[edition.editors]] with name = "…" and role = "editor"')
        )
    return problems


def check_payload(entries: Sequence[Entry], validator: TeiValidator) -> list[Problem]:
    """Run every file check on ``entries``, in a fixed order (names, BOMs, duplicates, XML, PDF)."""
    return (
        check_names(entries)
        + check_boms(entries)
        + check_duplicates(entries)
        + check_xml(entries, validator)
        + check_pdfs(entries)
    )
