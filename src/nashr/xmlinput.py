"""Read an untrusted XML file once, safely, or say in one sentence why it cannot be read.

The parser never fetches anything from the network (``no_network``), never loads an external DTD
and never expands entities (``resolve_entities=False``); a document that declares entities in its
internal DTD subset (the shape of XXE and "billion laughs" attacks) is refused outright, since TEI
P5 documents do not need them.

DTDs (XML 1.0 §5.1, what a non-validating processor must do): default and fixed attribute values
declared in the internal subset (``<!ATTLIST>``) are applied, as the Recommendation requires;
an external DTD is never read, so a reference to an entity it would declare makes the file
unusable (refused with a message naming the entity, never dropped), and the possibility that it
declares default attributes is reported as a note. A local external DTD that does not exist
makes the file unusable, as it does for jing, oXygen and xmllint.

XInclude (W3C XInclude 1.0) is resolved by default — what oXygen and Debian's ``jing`` do — from
local files only; a missing or unreadable included file makes the document unusable, and so does
one that declares entities (libxml2 reads the target of an XPointer with entities substituted).
What comes from another file carries the ``xml:base`` of the base URI fix-up (§4.5.5), as Xerces
writes it, so that errors inside it are placed in the file and line they come from.

``collect_ids=False`` keeps libxml2 from refusing duplicate or malformed ``xml:id`` values at
parse time: they are validity errors, reported by the validator with the other problems, not
reasons to give up on the file (W3C xml:id 1.0 §4 calls them non-fatal "xml:id errors").
``huge_tree`` stays off: libxml2's default limits (10 MB per text node, depth 256) hold, and a
100 MB TEI file of ordinary paragraphs parses within them.
"""

from __future__ import annotations

import html.entities
import os
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

#: Bytes read to decide whether a file is binary.
SNIFF_BYTES = 4096
#: Signatures of common binary formats that are surely not XML (PDF, ZIP/DOCX/ODT, PNG, JPEG,
#: gzip, ELF).
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
#: Byte order marks of UTF-16/UTF-32, whose text legitimately contains NUL bytes, and the
#: first bytes of an XML declaration in UTF-16 or UTF-32 without one (XML 1.0 Appendix F.1).
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff",
             b"\x00<\x00?", b"<\x00?\x00", b"\x00\x00\x00<", b"<\x00\x00\x00")
UTF16_WITHOUT_BOM = (
    "UTF-16 text without a byte order mark or an XML declaration, which XML requires of it "
    "(XML 1.0 §4.3.3): save the file as UTF-8 (or as UTF-16 with a byte order mark)"
)
XINCLUDE_NS = "http://www.w3.org/2001/XInclude"


ENTITIES_REFUSED = (
    "the document declares entities in its DOCTYPE ({names}); nashr refuses entity declarations "
    "(they can read local files or expand without limit) and never expands them, where jing and "
    "oXygen would. TEI documents do not need them: write the characters themselves, then delete "
    "the declarations."
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


MISSING_DTD = (
    "the DOCTYPE names the DTD {dtd}, which does not exist; nashr does not read DTDs, but "
    "a document whose DTD is missing lost what its author relied on (default attributes, "
    "entities), and jing, oXygen and xmllint refuse it too: restore the DTD or remove the DOCTYPE"
)
EXTERNAL_DTD_NOTE = (
    "the document names an external DTD ({dtd}); nashr does not read DTDs, so default attribute "
    "values it may declare are not applied (XML 1.0 §5.1 leaves reading it to the processor)"
)
REMOTE_XINCLUDE_NOTE = (
    "the xi:include on line {line} names {href}; nashr never reads the network, so its xi:fallback "
    "was checked in its place: put a local copy beside the document and point href at it to check "
    "what it includes"
)


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: its path, lxml tree (line numbers from libxml2, 1-based), notes
    (sentences about how it was read, e.g. an external DTD that was not read) and warnings
    (sentences about what in it is surely not what its author meant, e.g. UTF-8 declared as
    ISO-8859-1)."""

    path: Path
    tree: etree._ElementTree
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def parser(attribute_defaults: bool = False, loads: SafeLoads | None = None) -> etree.XMLParser:
    """nashr's safe parser: no network, no external DTD, no entity expansion, ``xml:id`` not
    checked at parse time; ``attribute_defaults`` applies the internal subset's ``<!ATTLIST>``
    defaults. What libxml2 loads beyond the document goes through ``loads`` (a new
    :class:`SafeLoads` if not given): the external DTD is still not read."""
    made = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        collect_ids=False,
        attribute_defaults=attribute_defaults,
    )
    made.resolvers.add(loads or SafeLoads())
    return made


class SafeLoads(etree.Resolver):
    """What libxml2 asks to load beyond the document. An external DTD subset gets an empty one
    (defaults come from the internal subset only). A local file an XInclude names is read as the
    document is: not empty, not binary, declaring no entities, since libxml2 parses the target of
    an XPointer with entity substitution on (``XML_PARSE_NOENT``), which would let an included
    file read other local files into the checked text. ``refused`` keeps why a file was refused
    (libxml2 reports only "could not load")."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: str | None = None

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        if system_url and system_url.lower().endswith((".dtd", ".ent", ".mod")) or public_id:
            return self.resolve_string("", context)
        parts = urllib.parse.urlsplit(system_url or "")
        if parts.scheme not in ("", "file"):
            return None  # the parser's no_network refuses it
        path = Path(urllib.request.url2pathname(parts.path))
        try:
            data = _load(path)
            if _in_subset(data, b"<!ENTITY"):
                raise _entities_refused(data)
        except UnusableInput as exc:
            self.refused = f"{path}: {exc.message}"
            raise
        return self.resolve_string(data, context, base_url=system_url)


def _load(path: Path) -> bytes:
    """The file's bytes, once it is known to be neither empty nor binary."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnusableInput("no such file") from None
    except IsADirectoryError:
        raise UnusableInput("is a directory, not an XML file") from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the file: {exc.strerror}") from None
    head = data[:SNIFF_BYTES]
    if not head.strip():
        raise UnusableInput("empty file, not XML")
    if head.startswith(BINARY_MAGIC) or (b"\x00" in head and not head.startswith(WIDE_BOMS)):
        if _utf16_shaped(head):
            raise UnusableInput(UTF16_WITHOUT_BOM)
        raise UnusableInput("binary file, not XML")
    if b"<!ENTITY" in head:  # refuse before libxml2 even reads the declarations
        raise _entities_refused(head)
    return data


DTD_MODULES_REFUSED = (
    "the DOCTYPE declares only parameter entities ({names}): they choose the modules of a DTD "
    "(TEI P4 and early P5 did so), which nashr neither reads nor needs, and it refuses entity "
    "declarations. Delete the DOCTYPE: the TEI schema (tei_all, or the project's RELAX NG) "
    "checks the document without it."
)


def _entities_refused(head: bytes) -> UnusableInput:
    names = _declared_entities(head) or "unnamed"
    if re.fullmatch(r"\d+ parameter entit(y|ies)", names):
        return UnusableInput(DTD_MODULES_REFUSED.format(names=names))
    return UnusableInput(ENTITIES_REFUSED.format(names=names))


def _utf16_shaped(head: bytes) -> bool:
    """Whether ``head`` reads as UTF-16 text: its NUL bytes all at even or all at odd offsets
    (the high bytes of ASCII markup), and they are at least a quarter of those bytes."""
    for offset in (0, 1):
        half = head[offset::2]
        if head[1 - offset::2].count(0) == 0 and half.count(0) * 4 >= len(half):
            return True
    return False


def _declared_entities(head: bytes) -> str:
    """``&mdash;: write "—" (U+2014) or &#x2014;; &foo;; 3 parameter entities``: the entities the
    internal DTD subset in ``head`` declares, with the character to write for those whose value
    is one character."""
    general, parameters = [], 0
    for match in _ENTITY_DECLARATION.finditer(head):
        if match["percent"]:
            parameters += 1
            continue
        name = match["name"].decode("utf-8", "replace")
        value = match["value"]
        character = _one_character(value.decode("utf-8", "replace")) if value is not None else None
        general.append(f"&{name};: {_write(character)}" if character else f"&{name};")
    parts = general[:8] + ([f"{len(general) - 8} more"] if len(general) > 8 else [])
    if parameters:
        parts.append(f"{parameters} parameter entit{'y' if parameters == 1 else 'ies'}")
    return "; ".join(parts)


_ENTITY_DECLARATION = re.compile(
    rb"<!ENTITY\s+(?P<percent>%\s+)?(?P<name>[^\s%\"'>]+)\s+(?:\"(?P<value>[^\"]*)\"|'[^']*'|[^>]*)")


def _one_character(value: str) -> str | None:
    """The one character an entity's replacement text stands for (``&#x2014;``, ``&#8212;`` or
    the character itself), else ``None``."""
    reference = re.fullmatch(r"&#(x[0-9A-Fa-f]+|[0-9]+);", value)
    if reference:
        number = reference[1]
        code = int(number[1:], 16) if number.startswith("x") else int(number)
        return chr(code) if 0 < code <= 0x10FFFF else None
    return value if len(value) == 1 else None


def _write(character: str) -> str:
    """How to tell someone to write ``character``: ``write "—" (U+2014) or &#x2014;`` (a
    character that cannot be seen, by its code point alone)."""
    shown = f'"{character}" ' if character.isprintable() and not character.isspace() else ""
    return f"write {shown}(U+{ord(character):04X}) or &#x{ord(character):X};"


def entity_advice(name: str) -> str:
    """What to write instead of ``&name;``: the character when ``name`` is an HTML entity
    (the HTML Standard's named character references, Python's ``html.entities.html5``), else
    the general advice."""
    characters = html.entities.html5.get(f"{name};")
    if characters and len(characters) == 1:
        return f"&{name}; is a name HTML gives a character: {_write(characters)}"
    return "write the character itself (or its numeric reference, &#x…;)"


def _refuse_entities(tree: etree._ElementTree) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        names = ", ".join(entity.name for entity in dtd.iterentities())
        raise UnusableInput(ENTITIES_REFUSED.format(names=names))
    for entity in tree.getroot().iter(etree.Entity):
        source = tree.docinfo.system_url or "a DTD"
        raise UnusableInput(
            f"the document uses the entity &{entity.name};, which only its external DTD "
            f"({source}) can declare; nashr does not read external DTDs, and dropping the "
            f"reference would check a different text: {entity_advice(entity.name)}",
            entity.sourceline)


def _in_subset(data: bytes, declaration: bytes) -> bool:
    """Whether the internal DTD subset holds ``declaration`` (``<!ATTLIST``, ``<!ENTITY``),
    looked for in the file's head."""
    head = data[: 1 << 16]
    start = head.find(b"<!DOCTYPE")
    end = head.find(b"]>", start)
    return start >= 0 and declaration in head[start: end if end >= 0 else len(head)]


def _parse(path: Path, data: bytes, made: etree.XMLParser) -> etree._ElementTree:
    try:
        return etree.fromstring(data, made, base_url=str(path)).getroottree()
    except etree.XMLSyntaxError as exc:
        # exc.error_log may still hold messages of earlier parses; exc itself is this parse's.
        line, column = exc.position if exc.position else (None, None)
        raise UnusableInput(f"not well-formed XML: {exc.msg}{_advice(exc.msg, data)}",
                            line, column) from None
    except OSError as exc:
        raise UnusableInput(f"cannot read the file: {exc}") from None


#: Encodings whose every byte is a character: text declared in one of them always decodes,
#: so UTF-8 read as one of them turns into mojibake silently ("café" → "cafÃ©").
SINGLE_BYTE = re.compile(r"(iso-?8859-?\d+|latin-?\d|(windows|cp)-?125\d|us-ascii|ascii)$", re.I)


def _advice(message: str, data: bytes) -> str:
    """What to do about a well-formedness error libxml2 words for programmers: an undefined
    entity (the character to write) or bytes that are not in the declared encoding."""
    undefined = re.match(r"Entity '([^']+)' not defined", message)
    if undefined:
        return (f": XML predefines only &amp; &lt; &gt; &quot; &apos;; "
                f"{entity_advice(undefined[1])}")
    if "encoding" not in message.lower() and "utf-8" not in message.lower():
        return ""
    declared = _DECLARED_ENCODING.match(data)
    if declared and declared[1].decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8"):
        return (f": the bytes are not {declared[1].decode('ascii')}, the encoding the XML "
                "declaration names; correct the declaration or convert the file")
    return (": the file is not UTF-8, which XML assumes when the declaration names no encoding "
            "(XML 1.0 §4.3.3). If it is Windows-1252 or ISO-8859-1 (Western European), declare it "
            "(<?xml version=\"1.0\" encoding=\"windows-1252\"?>) or convert it to UTF-8 "
            "(iconv -f windows-1252 -t utf-8)")


_DECLARED_ENCODING = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def mojibake(tree: etree._ElementTree, data: bytes) -> str | None:
    """A warning when the declaration names a single-byte encoding (ISO-8859-1, Windows-1252, …)
    but the bytes are UTF-8 with characters beyond ASCII: every such character was read as two
    or three others (the file checks, but its text is not what its author wrote)."""
    declared = tree.docinfo.encoding or ""
    if not SINGLE_BYTE.match(declared) or data.isascii():
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    word = next((w for w in re.findall(r"\w*[^\x00-\x7f]\w*", text)), "")
    misread = word.encode("utf-8").decode(declared, errors="replace")
    return (f"the XML declaration says encoding=\"{declared}\", but the file is UTF-8: it was read "
            f"as {declared}, so its text is not what was written (\"{word}\" reads as "
            f"\"{misread}\"); write encoding=\"UTF-8\" in the declaration")


def _include(tree: etree._ElementTree, loads: SafeLoads) -> tuple[str, ...]:
    """Resolve ``tree``'s XIncludes in place; the notes on those that name a remote resource
    (never fetched: the parser has ``no_network``), whose ``xi:fallback`` libxml2 takes instead
    (XInclude 1.0 §4.4), as jing does when it cannot reach one.

    Each top-level element an inclusion brings from another file gets the ``xml:base`` the base
    URI fix-up of XInclude 1.0 §4.5.5 gives it: libxml2 leaves it out when the file is in the
    same folder (its relative reference has no ``/``), Xerces (jing's parser) writes it, and the
    validator names the file an element came from by it."""
    includes = [node for node in tree.getroot().iter(f"{{{XINCLUDE_NS}}}include")
                if next(node.iterancestors(f"{{{XINCLUDE_NS}}}include"), None) is None]
    if not includes:
        return ()
    notes = tuple(REMOTE_XINCLUDE_NOTE.format(href=node.get("href", ""), line=node.sourceline)
                  for node in includes
                  if urllib.parse.urlsplit(node.get("href", "")).scheme not in ("", "file")
                  and node.find(f"{{{XINCLUDE_NS}}}fallback") is not None)
    sites = [_Site.mark(node) for node in includes if node.getparent() is not None]
    try:
        tree.xinclude()
    except etree.XIncludeError as exc:
        entry = exc.error_log.last_error if exc.error_log else None
        detail = entry.message if entry is not None else str(exc)
        if loads.refused:
            detail = f"cannot include {loads.refused}"
        cycle = None if loads.refused else _cycle(Path(urllib.request.url2pathname(
            urllib.parse.urlsplit(tree.docinfo.URL or "").path)))
        if cycle:
            detail = ("the inclusions form a cycle, " + " → ".join(cycle) +
                      ", which XInclude 1.0 §4.1 forbids: take out the xi:include that closes it")
        line = entry.line if entry is not None and entry.line else None
        raise UnusableInput(f"XInclude failed: {detail} (use --no-xinclude to check the "
                            "document without its inclusions)", line) from None
    for site in sites:
        site.fix_up()
    return notes


def _cycle(path: Path, chain: tuple[Path, ...] = (),
           cleared: set[Path] | None = None) -> list[str] | None:
    """The files of an inclusion cycle starting at ``path`` (``a.xml → b.xml → a.xml``, named
    relative to ``path``'s folder), following each ``xi:include`` of a whole local file (no
    ``xpointer``, not ``parse="text"``); ``None`` when there is none. Looked for only once
    libxml2 has failed, whose message for a cycle names a file that exists ("could not load")."""
    resolved = path.resolve()
    cleared = set() if cleared is None else cleared
    if resolved in cleared:  # followed before, without a cycle
        return None
    if resolved in chain:
        start = chain.index(resolved)
        top = chain[0].parent
        return [os.path.relpath(step, top) for step in (*chain[start:], resolved)]
    try:
        root = etree.parse(str(path), parser()).getroot()
    except (OSError, etree.XMLSyntaxError, UnusableInput):
        return None
    for node in root.iter(f"{{{XINCLUDE_NS}}}include"):
        href = node.get("href", "")
        if not href or node.get("xpointer") or node.get("parse") == "text" or "://" in href:
            continue
        found = _cycle(path.parent / urllib.request.url2pathname(href), (*chain, resolved), cleared)
        if found:
            return found
    cleared.add(resolved)
    return None


@dataclass(frozen=True, slots=True)
class _Site:
    """Where an ``xi:include`` stood: a marker (a processing instruction) put before it, the
    sibling after it (the inclusion ends there or at the next marker), the file it names
    (``None``: this document, a remote one, or none) and the relative reference to that file,
    and the lines of its fallback's elements (which, when taken, come from this document)."""

    marker: etree._ProcessingInstruction
    after: etree._Element | None
    reference: str | None
    fallback: frozenset[tuple[str, int | None]]

    @classmethod
    def mark(cls, node: etree._Element) -> _Site:
        base, href = node.base or "", node.get("href", "")
        target = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
        reference = None
        if href and target.scheme in ("", "file") and urllib.parse.urlsplit(base).scheme in ("", "file"):
            file = Path(urllib.request.url2pathname(target.path))
            including = Path(urllib.request.url2pathname(urllib.parse.urlsplit(base).path))
            if file.is_file() and file.resolve() != including.resolve():
                reference = Path(os.path.relpath(file, including.parent)).as_posix()
        fallback = node.find(f"{{{XINCLUDE_NS}}}fallback")
        marker = etree.ProcessingInstruction(_MARKER)
        node.addprevious(marker)
        return cls(marker, node.getnext(), reference, frozenset(
            (child.tag, child.sourceline) for child in (fallback if fallback is not None else ())))

    def fix_up(self) -> None:
        """Give the included elements their ``xml:base`` and take the marker out."""
        node = self.marker.getnext()
        while node is not None and node is not self.after and not _is_marker(node):
            if (self.reference is not None and isinstance(node.tag, str)
                    and node.get(XML_BASE) is None and (node.tag, node.sourceline) not in self.fallback):
                node.set(XML_BASE, self.reference)
            node = node.getnext()
        _unlink(self.marker)


_MARKER = "nashr-xinclude-site"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _is_marker(node: etree._Element) -> bool:
    return isinstance(node, etree._ProcessingInstruction) and node.target == _MARKER


def _unlink(node: etree._Element) -> None:
    """Remove ``node``, keeping the text after it (its tail) where it was."""
    parent, tail = node.getparent(), node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    elif parent is not None:
        parent.text = (parent.text or "") + tail
    if parent is not None:
        parent.remove(node)


def read(path: Path, *, xinclude: bool = True) -> Document:
    """Parse one XML file once.

    Args:
        path: the file.
        xinclude: resolve ``xi:include`` elements (W3C XInclude 1.0; local files only).

    Raises:
        UnusableInput: missing, unreadable, empty, binary, not well-formed, declaring entities,
            using an entity only an external DTD could declare, or an XInclude that fails.
            Well-formedness errors carry libxml2's message, line and column.
    """
    data = _line_ends(_load(path))
    loads = SafeLoads()
    tree = _parse(path, data, parser(loads=loads))
    _refuse_entities(tree)
    if tree.docinfo.internalDTD is not None and _in_subset(data, b"<!ATTLIST"):
        tree = _parse(path, data, parser(attribute_defaults=True, loads=loads))
    notes = _include(tree, loads) if xinclude else ()
    dtd = tree.docinfo.system_url
    if dtd:
        local = urllib.parse.urlsplit(dtd).scheme in ("", "file")
        if local and not (path.parent / urllib.request.url2pathname(
                urllib.parse.urlsplit(dtd).path)).is_file():
            raise UnusableInput(MISSING_DTD.format(dtd=dtd))
        notes = (*notes, EXTERNAL_DTD_NOTE.format(dtd=dtd))
    misread = mojibake(tree, data)
    return Document(path=path, tree=tree, notes=notes, warnings=(misread,) if misread else ())


def _line_ends(data: bytes) -> bytes:
    """``data`` with its line ends made LF, when some are a CR alone (classic Mac OS): XML 1.0
    §2.11 has the parser do exactly this, but libxml2 counts lines by LF only, so a file of CR
    line ends would be one line long in every report. Files in UTF-16/32 are left as they are."""
    if b"\r" not in data or data.startswith(WIDE_BOMS) or not _LONE_CR.search(data):
        return data
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


_LONE_CR = re.compile(rb"\r(?!\n)")
