"""The edition's registers of people, organisations and places: TEI files, read and written.

``tei/registers/persons.xml`` (``listPerson/person``), ``orgs.xml`` (``listOrg/org``) and
``places.xml`` (``listPlace/place``) are full TEI documents (TEI Guidelines 13.3 "Names,
Dates, People, and Places"). Each entry carries:

* ``@xml:id`` — ``p-``, ``o-`` or ``pl-`` followed by an ASCII slug (the id texts point to);
* one name element (``persName``/``orgName``/``placeName``) with ``@type="preferred"`` and
  ``@xml:lang="fa"``: the form shown to readers;
* any number with ``@type="variant"``: other spellings attested in the sources;
* at most one with ``@xml:lang="fa-Latn"``: the usual Latin-script form;
* ``idno`` with ``@type`` ``wikidata``/``viaf``/… only where the identity is certain;
* an optional ``note``.

Matching treats ي/ی, ك/ک, ئ/ی, digits, diacritics, spaces and ZWNJ as equal
(:func:`nashr.entities.normalize.name_key`), so variants need to list only real spelling differences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lxml import etree

from nashr.files import atomic_write
from nashr.markup import TEI_NS, XML_NS, tei

Kind = Literal["person", "org", "place"]

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
XML_MODEL = (
    '<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"'
    ' type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>'
)


@dataclass(frozen=True, slots=True)
class RegisterKind:
    """How one register is laid out: file name, list and entry elements, name element, id prefix."""

    kind: Kind
    filename: str
    list_tag: str
    entry_tag: str
    name_tag: str
    prefix: str
    title: str


KINDS: Mapping[Kind, RegisterKind] = {
    "person": RegisterKind(
        "person", "persons.xml", "listPerson", "person", "persName", "p-", "Register of persons"
    ),
    "org": RegisterKind(
        "org", "orgs.xml", "listOrg", "org", "orgName", "o-", "Register of organisations"
    ),
    "place": RegisterKind(
        "place", "places.xml", "listPlace", "place", "placeName", "pl-", "Register of places"
    ),
}
NAME_TAGS: Mapping[str, Kind] = {k.name_tag: k.kind for k in KINDS.values()}


class RegisterError(ValueError):
    """A register file is unreadable or breaks the layout described in this module."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One register entry.

    Attributes:
        id: the ``xml:id`` (with its ``p-``/``o-``/``pl-`` prefix).
        kind: ``person``, ``org`` or ``place``.
        name: preferred Persian name.
        variants: other attested Persian spellings.
        latin: Latin-script form, or None.
        idnos: authority ids as ``(type, value)`` pairs, e.g. ``("wikidata", "Q123")``.
        note: a short editor's note, or None.
    """

    id: str
    kind: Kind
    name: str
    variants: tuple[str, ...] = ()
    latin: str | None = None
    idnos: tuple[tuple[str, str], ...] = ()
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The preferred name followed by the variants."""
        return (self.name, *self.variants)


@dataclass(frozen=True, slots=True)
class Registers:
    """All entries of the three registers, in file order."""

    entries: tuple[Entry, ...] = field(default_factory=tuple)

    def of_kind(self, kind: Kind) -> list[Entry]:
        """Entries of one register, in file order."""
        return [e for e in self.entries if e.kind == kind]

    def by_id(self) -> dict[str, Entry]:
        """Entries keyed by ``xml:id``."""
        return {e.id: e for e in self.entries}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _xml_id(element: etree._Element) -> str | None:
    value = element.get(f"{{{XML_NS}}}id")
    return str(value) if value is not None else None


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def read_register(path: Path, kind: Kind) -> list[Entry]:
    """Read one register file.

    Raises:
        RegisterError: the file cannot be parsed, an entry lacks ``xml:id`` or a preferred
            name, or an id lacks the register's prefix (message names file and line).
    """
    spec = KINDS[kind]
    try:
        root = etree.parse(str(path), _parser()).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        raise RegisterError(f"{path}: {error}") from error
    entries: list[Entry] = []
    for element in root.iter(tei(spec.entry_tag)):
        entry_id = _xml_id(element)
        where = f"{path}:{element.sourceline}"
        if not entry_id or not entry_id.startswith(spec.prefix):
            raise RegisterError(f"{where}: {spec.entry_tag} needs xml:id starting {spec.prefix!r}")
        preferred: str | None = None
        variants: list[str] = []
        latin: str | None = None
        for name in element.findall(tei(spec.name_tag)):
            lang = name.get(f"{{{XML_NS}}}lang", "fa")
            if lang == "fa-Latn":
                latin = _text(name)
            elif name.get("type") == "preferred" and preferred is None:
                preferred = _text(name)
            else:
                variants.append(_text(name))
        if not preferred:
            raise RegisterError(f"{where}: {entry_id} has no {spec.name_tag}[@type='preferred']")
        idnos = tuple((i.get("type", ""), _text(i)) for i in element.findall(tei("idno")))
        note = element.find(tei("note"))
        entries.append(
            Entry(
                entry_id,
                kind,
                preferred,
                tuple(variants),
                latin,
                idnos,
                _text(note) if note is not None else None,
            )
        )
    return entries


def load_registers(directory: Path) -> Registers:
    """Read ``persons.xml``, ``orgs.xml`` and ``places.xml`` from ``directory``.

    A missing file is an empty register. Raises :class:`RegisterError` on a broken file or
    on an ``xml:id`` used twice.
    """
    entries: list[Entry] = []
    for spec in KINDS.values():
        path = directory / spec.filename
        if path.exists():
            entries.extend(read_register(path, spec.kind))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise RegisterError(f"{directory}: xml:id {entry.id!r} used twice")
        seen.add(entry.id)
    return Registers(tuple(entries))


def _sub(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tei(tag))
    for key, value in attrs.items():
        element.set(f"{{{XML_NS}}}{key[4:]}" if key.startswith("xml_") else key, value)
    element.text = text
    return element


def register_document(kind: Kind, entries: Iterable[Entry]) -> etree._ElementTree:
    """Build the TEI document of one register (header + ``body/<listX>``). With no entries the
    body holds a paragraph instead (``listPerson`` and its kin need at least one entry in TEI P5),
    so an empty register is valid too."""
    spec = KINDS[kind]
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", "fa")
    header = etree.SubElement(root, tei("teiHeader"))
    file_desc = etree.SubElement(header, tei("fileDesc"))
    title_stmt = etree.SubElement(file_desc, tei("titleStmt"))
    _sub(title_stmt, "title", spec.title, xml_lang="en")
    publication = etree.SubElement(file_desc, tei("publicationStmt"))
    _sub(publication, "p", "Part of the nashr edition; see tei/registers/README.md.", xml_lang="en")
    source = etree.SubElement(file_desc, tei("sourceDesc"))
    _sub(source, "p", "Compiled by the editors from the texts of the edition.", xml_lang="en")
    body = etree.SubElement(etree.SubElement(root, tei("text")), tei("body"))
    entries = list(entries)
    if not entries:
        _sub(body, "p", f"No entries yet: add <{spec.entry_tag}> entries in a <{spec.list_tag}> here "
             "(nashr entities suggest proposes them).", xml_lang="en")
    listing = etree.SubElement(body, tei(spec.list_tag)) if entries else body
    for entry in entries:
        element = etree.SubElement(listing, tei(spec.entry_tag))
        element.set(f"{{{XML_NS}}}id", entry.id)
        _sub(element, spec.name_tag, entry.name, type="preferred", xml_lang="fa")
        for variant in entry.variants:
            _sub(element, spec.name_tag, variant, type="variant", xml_lang="fa")
        if entry.latin:
            _sub(element, spec.name_tag, entry.latin, xml_lang="fa-Latn")
        for idno_type, value in entry.idnos:
            _sub(element, "idno", value, type=idno_type)
        if entry.note:
            _sub(element, "note", entry.note)
    etree.indent(root, space="  ")
    return etree.ElementTree(root)


def entry_xml(entry: Entry) -> str:
    """Serialise one entry as the XML an editor pastes into a register file."""
    tree = register_document(entry.kind, [entry])
    element = tree.getroot().find(f".//{tei(KINDS[entry.kind].entry_tag)}")
    assert element is not None
    etree.indent(element, space="")
    text = etree.tostring(element, encoding="unicode", with_tail=False)
    text = text.replace(f' xmlns="{TEI_NS}"', "")
    return str(text).replace("\n", "")


def write_register(path: Path, kind: Kind, entries: Iterable[Entry]) -> None:
    """Write one register file atomically; the same entries always give the same bytes."""
    root = register_document(kind, entries).getroot()
    body = etree.tostring(root, encoding="unicode")
    atomic_write(path, f"{XML_DECLARATION}\n{XML_MODEL}\n{body}\n".encode())
