"""Build a TEI P5 document from a classified source, serialise it, and write it safely.

The body follows TEI P5 Guidelines ch. 4 (Default Text Structure): top matter (``fw``, ``head``,
``dateline``, ``opener``) at the start of ``body``, a ``div`` for each section heading, numbered
lines as ``list``/``item``, and ``closer``/``trailer`` at the end. The header follows ch. 2 (The
TEI Header). Every character of each source line is kept, in order; leading and trailing
whitespace of lines and blank lines are not kept (the editorial declaration says so).

Each block element has an ``xml:id`` ``<stem>.l<N>`` (N = source line number), unique across the
edition so texts can be gathered into one ``teiCorpus``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from nashr import __version__
from nashr.config import Edition, build_date
from nashr.convert.sources import Source
from nashr.convert.structure import MASTHEAD, Line, genre
from nashr.files import atomic_write
from nashr.markup import TEI_NS, XML_NS, Span, fill, resolve_overlaps, tei

Recogniser = Callable[[str], list[Span]]

TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"


def schema_pis(schema_href: str) -> tuple[tuple[str, str], ...]:
    """Schema declarations (W3C "Associating Schemas with XML documents 1.0"): TEI's tei_all by its
    release URL, and nashr's customisation — its RELAX NG subset and its Schematron rules — in the
    edition's schema folder, ``schema_href`` (a relative URI from the text, e.g. ``../schema``)."""
    return (
        ("xml-model", f'href="{TEI_ALL_URL}" type="application/xml" schematypens="{RNG_NS}"'),
        ("xml-model", f'href="{schema_href}/nashr.rng" type="application/xml" schematypens="{RNG_NS}"'),
        ("xml-model", f'href="{schema_href}/nashr.sch" type="application/xml" schematypens="{SCH_NS}"'),
    )

# The checksum processing instruction records what nashr wrote, so a later run can tell a
# file a person has edited (checksum differs or is gone) from one it may replace.
SEAL_TARGET = "nashr-checksum"
SEAL_PLACEHOLDER = "sha256:" + "0" * 64
SEAL_RE = re.compile(rb"<\?nashr-checksum sha256:([0-9a-f]{64})\?>")

# Calendars of dates (TEI P5 Guidelines 13.4, calendarDesc): the Solar Hijri and Gregorian ones are
# always declared (every text may carry dates in both); the Hijri-Qamari one only where used.
CALENDARS = {
    "jalali": "Solar Hijri (Jalali) calendar",
    "gregorian": "Gregorian calendar",
    "hijri": "Hijri-Qamari (lunar Islamic) calendar",
}
ALWAYS_DECLARED = ("jalali", "gregorian")
HEADER_IDS = frozenset({"nashr", *CALENDARS})


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the converter knows about a source besides its text.

    Attributes:
        stem: ASCII identifier of the text (file stem, an XML NCName): ``TEI/@xml:id`` and the
            output file name.
        original_file: the file name the source had when it was collected (``seeds/catalog.csv``).
        catalog_title: a title given by the catalog, used when the text has no title line.
        catalog_date: the text's date by the catalog (ISO 8601 date or ``start/end`` interval),
            used when no dateline dates the text.
    """

    stem: str
    original_file: str | None = None
    catalog_title: str | None = None
    catalog_date: str | None = None


def ncname(stem: str) -> str:
    """An XML NCName (Namespaces in XML 1.0 §3) made from a file stem: ASCII letters, digits,
    ``.``, ``-``, ``_``. A leading non-letter, or a name the header itself uses as an ``xml:id``
    (``nashr``, a calendar), gets the prefix ``t-``."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "text"
    reserved = name in HEADER_IDS
    return name if re.match(r"[A-Za-z_]", name) and not reserved else f"t-{name}"


def _el(parent: etree._Element, local: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tei(local))
    for key, value in attrs.items():
        element.set(f"{{{XML_NS}}}{key[4:]}" if key.startswith("xml_") else key.replace("_", "-"), value)
    if text is not None:
        element.text = text
    return element


class _Body:
    """Appends block elements to ``body``, opening a ``div`` at each heading."""

    def __init__(self, body: etree._Element, stem: str, recognise: Recogniser | None) -> None:
        self.body = body
        self.stem = stem
        self.recognise = recognise
        self.div: etree._Element | None = None
        self.list: etree._Element | None = None
        self.item: etree._Element | None = None
        self.closer: etree._Element | None = None
        self.started = False  # a paragraph, list or heading has been written

    def container(self) -> etree._Element:
        return self.div if self.div is not None else self.body

    def block(self, parent: etree._Element, local: str, line: Line, text: str | None = None,
              **attrs: str) -> etree._Element:
        element = _el(parent, local, xml_id=f"{self.stem}.l{line.n}", **attrs)
        if line.copy_of is not None:
            element.set("copyOf", f"#{self.stem}.l{line.copy_of}")
        content = (line.text if text is None else text).strip()
        spans = self.recognise(content) if self.recognise is not None else []
        fill(element, content, resolve_overlaps(spans))
        return element

    def add(self, line: Line) -> None:
        role = line.role
        if role not in {"item", "continuation"}:
            self.list = self.item = None
        if role not in {"salute", "signed", "dateline"}:
            self.closer = None
        if role == "masthead":
            self.masthead(line)
        elif role in {"title", "subtitle"}:
            self.block(self.body, "head", line, type="main" if role == "title" else "sub")
        elif role in {"salute", "signed", "dateline"} and self.started:
            # The closing block of the text: closer at the end of body, after any div.
            if self.closer is None:
                self.div = None
                self.closer = _el(self.body, "closer")
            self.block(self.closer, role, line)
        elif role == "salute":
            self.block(_el(self.body, "opener"), "salute", line)
        elif role in {"byline", "dateline"}:
            self.block(self.body, role, line)
        elif role in {"closer", "trailer"}:
            self.div = None
            self.block(self.body, role, line)
        elif role == "head":
            self.started = True
            self.div = _el(self.body, "div", xml_id=f"{self.stem}.div{line.n}")
            self.block(self.div, "head", line)
        elif role == "item":
            self.started = True
            if line.list_start or self.list is None:
                self.list = _el(self.container(), "list", xml_id=f"{self.stem}.list{line.n}", rend="numbered")
            self.item = self.block(self.list, "item", line, n=str(line.number))
        elif role == "continuation" and self.item is not None:
            self.continue_item(line)
        else:
            self.started = True
            self.paragraph(line)

    def continue_item(self, line: Line) -> None:
        assert self.item is not None
        if not len(self.item) or self.item[0].tag != tei("p"):
            # The item's first line becomes its first paragraph: item may hold text or p's,
            # and mixing them reads badly.
            first = etree.Element(tei("p"))
            first.text, self.item.text = self.item.text, None
            for child in list(self.item):
                first.append(child)
            first.set(f"{{{XML_NS}}}id", self.item.get(f"{{{XML_NS}}}id", ""))
            self.item.attrib.pop(f"{{{XML_NS}}}id")
            self.item.set(f"{{{XML_NS}}}id", f"{first.get(f'{{{XML_NS}}}id')}.item")
            self.item.append(first)
        self.block(self.item, "p", line)

    def paragraph(self, line: Line) -> None:
        if line.trailer_at is None:
            self.block(self.container(), "p", line)
            return
        self.block(self.container(), "p", line, text=line.text[: line.trailer_at])
        trailer = _el(self.body, "trailer", xml_id=f"{self.stem}.l{line.n}.trailer")
        trailer.text = line.text[line.trailer_at :].strip()
        self.div = None

    def masthead(self, line: Line) -> None:
        m = MASTHEAD.match(line.text)
        assert m is not None
        start = len(line.text) - len(line.text.lstrip())
        spans = [
            Span(m.start("title") - start, m.end("title") - start, "title", {"level": "j"}),
            Span(m.start("issue") - start, m.end("issue") - start, "num", {"value": str(int(m["issue"]))}),
        ]
        fw = _el(self.body, "fw", xml_id=f"{self.stem}.l{line.n}", type="masthead")
        fill(fw, line.text.strip(), spans)


def _title(lines: Sequence[Line], info: SourceInfo) -> str:
    for line in lines:
        if line.role == "title":
            return " ".join(line.text.split())
    if info.catalog_title:
        return info.catalog_title
    first = next(line.text for line in lines if line.role != "blank")
    head = first.split()
    return " ".join(head[:8]) + (" …" if len(head) > 8 else "")


DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                   "datingMethod", "calendar")


def _creation_date(parent: etree._Element, lines: Sequence[Line], info: SourceInfo,
                   recognise: Recogniser | None) -> None:
    """``creation/date``: the first date of a dateline, else the catalog's date, else nothing."""
    for line in lines:
        if line.role != "dateline" or recognise is None:
            continue
        content = line.text.strip()
        dates = [span for span in resolve_overlaps(recognise(content)) if span.tag == "date"]
        dated = [span for span in dates if any(k in span.attrs for k in ("when", "from", "notBefore"))]
        if dated:
            span = dated[0]
            attrs = {k: v for k, v in span.attrs.items() if k in DATE_ATTRIBUTES}
            _el(_el(parent, "creation"), "date", content[span.start : span.end], **attrs)
            return
    if info.catalog_date:
        start, _, end = info.catalog_date.partition("/")
        attrs = {"from": start, "to": end} if end else {"when": start}
        _el(_el(parent, "creation"), "date", info.catalog_date, **attrs)


def _header(tei_root: etree._Element, source: Source, lines: Sequence[Line], info: SourceInfo,
            edition: Edition, recognise: Recogniser | None, calendars: Sequence[str]) -> None:
    header = _el(tei_root, "teiHeader")
    title = _title(lines, info)
    masthead = next((MASTHEAD.match(line.text) for line in lines if line.role == "masthead"), None)
    date = build_date(edition).isoformat()

    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", title, type="main")
    for editor in edition.editors:
        if editor.name == "nashr":
            continue
        _el(title_stmt, "editor", editor.name, role=re.sub(r"\W+", "-", editor.role.lower()).strip("-") or "editor")
    resp = _el(title_stmt, "respStmt", xml_lang="en")
    _el(resp, "resp", "TEI encoding (automatic conversion from plain text)")
    _el(resp, "name", "nashr", xml_id="nashr")

    pub = _el(file_desc, "publicationStmt")
    _el(pub, "publisher", edition.publisher)
    _el(pub, "date", date, when=date)
    availability = _el(pub, "availability", status="free")
    _el(availability, "licence", edition.licence, target=edition.licence_url)
    _el(pub, "idno", info.stem, type="local")
    if edition.base_url:
        _el(pub, "idno", f"{edition.base_url.rstrip('/')}/{info.stem}.xml", type="URI")

    source_desc = _el(file_desc, "sourceDesc")
    if masthead is not None:
        bibl_struct = _el(source_desc, "biblStruct")
        analytic = _el(bibl_struct, "analytic")
        _el(analytic, "title", title, level="a")
        monogr = _el(bibl_struct, "monogr")
        _el(monogr, "title", masthead["title"].strip(), level="j")
        imprint = _el(monogr, "imprint")
        _el(imprint, "biblScope", masthead["issue"], unit="issue", n=str(int(masthead["issue"])))
    digital = _el(source_desc, "bibl", type="digital-source")
    _el(digital, "title", title)
    _el(digital, "idno", source.path.name, type="filename")
    if info.original_file and info.original_file != source.path.name:
        _el(digital, "idno", info.original_file, type="original-filename")
    _el(digital, "idno", source.sha256, type="sha256")
    _el(digital, "note", f"Plain text, {source.encoding.upper().replace('_', '-')}"
        + (", with a byte-order mark" if source.bom else "") + ".", xml_lang="en")

    encoding = _el(header, "encodingDesc")
    project = _el(encoding, "projectDesc")
    _el(project, "p", edition.description or edition.title)
    decl = _el(encoding, "editorialDecl", xml_lang="en")
    _el(_el(decl, "normalization"), "p",
        "The text is the source's text, character for character: Arabic ي and ك, Arabic-Indic "
        "and Persian digits, spaces where modern spelling has ZWNJ, non-breaking spaces and "
        "typing errors are kept. Normalised forms are used only to find names, dates and numbers.")
    _el(_el(decl, "segmentation"), "p",
        "Each non-blank source line is one block element (head, p, item, dateline, closer, …) "
        "whose xml:id ends in .l followed by the source line number. Blank lines and whitespace "
        "at the start and end of lines are not kept. A line that repeats an earlier line exactly "
        "is kept and points to it with @copyOf. A trailing «*» is encoded as a trailer.")
    _el(_el(decl, "interpretation"), "p",
        "Structure (titles, headings, numbered lists, datelines, closers) was assigned by "
        f"nashr {__version__} from the layout of the plain text, by named rules; "
        "automatic markup that is uncertain carries @cert and @resp.")
    app_info = _el(encoding, "appInfo")
    app = _el(app_info, "application", ident="nashr", version=__version__)
    _el(app, "label", "nashr")

    profile = _el(header, "profileDesc")
    _creation_date(profile, lines, info, recognise)
    lang_usage = _el(profile, "langUsage")
    _el(lang_usage, "language", "فارسی", ident="fa")
    kind = genre(lines)
    if kind:
        keywords = _el(_el(profile, "textClass"), "keywords", xml_lang="en")
        _el(keywords, "term", kind, type="genre")
    calendar_desc = _el(profile, "calendarDesc")
    for ident in calendars:
        _el(_el(calendar_desc, "calendar", xml_id=ident), "p", CALENDARS[ident], xml_lang="en")

    revision = _el(header, "revisionDesc")
    _el(revision, "change", f"Converted from the plain text {source.path.name} by nashr {__version__}.",
        when=date, who="#nashr", xml_lang="en")


def build_tei(source: Source, lines: Sequence[Line], info: SourceInfo, edition: Edition,
              recognise: Recogniser | None = None, schema_href: str = "../schema") -> etree._ElementTree:
    """Build the TEI document of one source.

    Args:
        source: the decoded source (``nashr.convert.sources.read_source``).
        lines: its classified lines (``nashr.convert.structure.classify``).
        info: identifier and catalog data.
        edition: edition metadata (``edition.toml``).
        recognise: finds inline spans (names, dates, numbers) in a block's text; None for none.
        schema_href: the edition's schema folder as a relative URI from the TEI file.

    Returns:
        An lxml element tree with root ``TEI`` and the schema processing instructions.
    """
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}id", info.stem)
    root.set(f"{{{XML_NS}}}lang", "fa")
    text = etree.Element(tei("text"))
    builder = _Body(_el(text, "body"), info.stem, recognise)
    for line in lines:
        if line.role != "blank":
            builder.add(line)
    used = {value.lstrip("#") for value in text.xpath("//@calendar | //@datingMethod")}
    calendars = [*ALWAYS_DECLARED, *sorted((used & set(CALENDARS)) - set(ALWAYS_DECLARED))]
    _header(root, source, lines, info, edition, recognise, calendars)
    root.append(text)
    tree = etree.ElementTree(root)
    for target, value in schema_pis(schema_href):
        root.addprevious(etree.ProcessingInstruction(target, value))
    return tree


def serialise(tree: etree._ElementTree) -> bytes:
    """UTF-8 bytes with XML declaration, header indented, text content untouched, and the
    nashr checksum processing instruction (see :func:`is_pristine`)."""
    root = tree.getroot()
    header = root.find(tei("teiHeader"))
    if header is not None:
        etree.indent(header, space="  ", level=1)
    root.text = "\n  "
    header.tail = "\n  " if header is not None else None
    text = root.find(tei("text"))
    if text is not None:
        text.tail = "\n"
        text.text = "\n    "
        body = text[0]
        body.tail = "\n  "
        body.text = "\n      "
        for i, child in enumerate(body):
            child.tail = "\n      " if i < len(body) - 1 else "\n    "
            if child.tag in {tei("div"), tei("list"), tei("opener"), tei("closer")}:
                _indent_blocks(child, 3)
    prolog = [*reversed(list(root.itersiblings(preceding=True))),
              etree.ProcessingInstruction(SEAL_TARGET, SEAL_PLACEHOLDER)]
    data = b"".join(
        [b'<?xml version="1.0" encoding="UTF-8"?>\n']
        + [etree.tostring(pi, encoding="UTF-8") + b"\n" for pi in prolog]
        + [etree.tostring(root, encoding="UTF-8", with_tail=False), b"\n"]
    )
    digest = hashlib.sha256(data).hexdigest()
    return data.replace(SEAL_PLACEHOLDER.encode(), f"sha256:{digest}".encode(), 1)


def _indent_blocks(element: etree._Element, level: int) -> None:
    # Containers of blocks only (div, list, opener, closer, item with p's): never mixed content.
    if element.text and element.text.strip():
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for i, child in enumerate(element):
        child.tail = pad if i < len(element) - 1 else "\n" + "  " * level
        if child.tag in {tei("list"), tei("item"), tei("closer"), tei("opener")}:
            _indent_blocks(child, level + 1)


def is_pristine(data: bytes) -> bool:
    """True when ``data`` is exactly what nashr wrote: its checksum instruction matches.

    A file without the instruction, or whose bytes changed after nashr wrote it, counts as
    edited by a person.
    """
    m = SEAL_RE.search(data)
    if m is None:
        return False
    blank = data[: m.start(1)] + SEAL_PLACEHOLDER[7:].encode() + data[m.end(1) :]
    return hashlib.sha256(blank).hexdigest() == m[1].decode()


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Outcome of :func:`write_tei`: ``status`` is ``written``, ``unchanged`` or ``kept``
    (the existing file was edited by a person; the new version went to ``path``)."""

    status: str
    path: Path


def write_tei(path: Path, data: bytes, force: bool = False) -> WriteResult:
    """Write a converted TEI file without ever overwriting a person's edits.

    If ``path`` exists and is not :func:`is_pristine`, and ``force`` is False, the existing file
    is kept and the new version is written beside it as ``<stem>.new.xml``.
    """
    if path.exists():
        old = path.read_bytes()
        if old == data:
            return WriteResult("unchanged", path)
        if not force and not is_pristine(old):
            beside = path.with_suffix(".new.xml")
            atomic_write(beside, data)
            return WriteResult("kept", beside)
    atomic_write(path, data)
    return WriteResult("written", path)
