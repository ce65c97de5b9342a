"""Find the schemas a TEI file is validated against: the per-user cache, an XML catalog, and
``<?xml-model?>`` processing instructions.

nashr ships tei_all (TEI P5 4.10.2, CC BY 4.0 and BSD-2; ``tei/schema/tei_all.rng`` of the
repository, package data when installed) beside its own customisation (``nashr.rng``,
``nashr.sch``), so validation works offline from the first run. ``nashr schema fetch`` puts other
schemas, or a newer tei_all, into the per-user cache, from the web or from a local file
(``--from PATH``); a tei_all in the cache is preferred to the shipped one.

Resolution order of ``--schema`` (see :func:`resolve`):

1. an explicit file path (``.rng`` RELAX NG XML syntax, ``.sch`` ISO Schematron);
2. a name: ``tei_all`` (the cached copy, else the shipped one) or ``nashr`` (nashr's customisation);
3. ``auto`` (the default): the document's ``<?xml-model?>`` processing instructions
   (W3C "Associating Schemas with XML documents 1.0"): a relative ``href`` is resolved against
   the document; an absolute URI is mapped to a local file through the XML catalog
   (:data:`CATALOG_NAME` in the cache, OASIS XML Catalogs 1.1 ``<uri>`` entries, written by
   ``fetch``) and nashr's built-in map of the TEI release URLs; with no processing instruction,
   tei_all. A TEI document whose PIs name Schematron and no grammar (the Schnitzler letters of
   ACDH, whose only PI names the project's ``.sch``; a Schematron checks only what its rules
   test) is checked against tei_all's grammar as well, with a note (:data:`NO_GRAMMAR_NOTE`),
   unless another ``--schema`` value gives a grammar;
4. nothing found: :class:`SchemaNotFound`, whose message says how to get the schema. Under
   ``auto``, a TEI document (root in the TEI namespace) whose ``<?xml-model?>`` names a schema
   that is not here is checked against tei_all's grammar or Schematron in that schema's place,
   with a warning naming the missing schema and how to get it: a project's texts copied without
   its schema folder, or a schema at a URL nashr does not download, still get TEI's own checks.
   The verdict is then tei_all's, which is TEI conformance (TEI Guidelines ch. 23.3
   "Customization"): a customisation that extends TEI (a new attribute or element) allows what
   tei_all rejects, and the warning says which schema was not used.

The cache directory is ``$NASHR_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/nashr`` (XDG Base
Directory Specification 0.8), else ``~/.cache/nashr``; schemas go to its ``schemas/``
subdirectory.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from nashr import resources
from nashr.files import atomic_write
from nashr.markup import TEI_NS

CACHE_ENV = "NASHR_CACHE_DIR"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
CATALOG_NAME = "catalog.xml"
#: The current tei_all RELAX NG schema as the TEI Consortium publishes it.
TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
#: URIs that name tei_all in ``<?xml-model?>`` PIs (TEI's templates and Roma use these).
TEI_ALL_URIS = (
    TEI_ALL_URL,
    "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng",
    "https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng",
)
#: Names accepted by ``--schema`` besides ``auto`` and file paths.
NAMED_SCHEMAS = ("tei_all", "nashr")
#: nashr's schemas: its customisation (``nashr.rng``, ``nashr.sch``, ``nashr.odd``) and the copy of
#: tei_all it ships (``tei_all.rng``, TEI P5 4.10.2).
NASHR_SCHEMA_DIR = resources.folder("schema")
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class SchemaNotFound(LookupError):
    """No local copy of a schema; the message names it and the command that installs it.

    Attributes:
        reason: what is missing, without the advice (for a warning that goes on with tei_all).
        advice: how to get the schema.
    """

    def __init__(self, reason: str, advice: str = "") -> None:
        super().__init__(f"{reason}. {advice[:1].upper()}{advice[1:]}." if advice else reason)
        self.reason, self.advice = reason, advice


class SchemaError(ValueError):
    """A schema file is unusable (not RELAX NG / Schematron, or not well-formed)."""


@dataclass(frozen=True, slots=True)
class XmlModel:
    """One ``<?xml-model?>`` processing instruction (its pseudo-attributes)."""

    href: str
    schematypens: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Schema:
    """One schema a document is checked against.

    Attributes:
        kind: ``"rng"`` (RELAX NG, XML or compact syntax) or ``"sch"`` (ISO Schematron).
        path: the schema file.
        embedded: for ``sch``, the Schematron embedded in the RELAX NG grammar at ``path``.
        label: how reports name it, e.g. ``tei_all`` or a path.
    """

    kind: str
    path: Path
    embedded: bool = False
    label: str = ""


@dataclass(frozen=True, slots=True)
class SchemaSet:
    """The schemas one document is checked against, notes about ``<?xml-model?>`` PIs that
    named no schema nashr can use (e.g. W3C XML Schema), and warnings about schemas that are
    not here and were replaced by tei_all's."""

    schemas: tuple[Schema, ...]
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``tei_all (RELAX NG) + tei_all (Schematron)``-style list of the schemas."""
        names = {"rng": "RELAX NG", "sch": "Schematron"}
        return " + ".join(f"{s.label} ({names[s.kind]})" for s in self.schemas) or "none"


def cache_dir() -> Path:
    """nashr's per-user cache: ``$NASHR_CACHE_DIR``, else ``$XDG_CACHE_HOME/nashr``, else
    ``~/.cache/nashr`` (XDG Base Directory Specification). Not created here."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "nashr"


def schema_cache_dir() -> Path:
    """``cache_dir() / "schemas"``: where fetched schemas and the XML catalog live."""
    return cache_dir() / "schemas"


def _read_source(source: str | Path, timeout: float) -> bytes:
    # urllib.request loads http.client, ssl and email (10 ms): only when reading a schema source
    from urllib.error import URLError
    from urllib.request import url2pathname, urlopen

    text = str(source)
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        try:
            with urlopen(text, timeout=timeout) as response:  # noqa: S310
                return bytes(response.read())
        except (URLError, TimeoutError, OSError) as exc:
            raise SchemaNotFound(
                f"could not download {text}: {exc}. Without network, copy tei_all.rng from "
                "another machine and run `nashr schema fetch --from PATH`."
            ) from exc
    path = Path(url2pathname(urllib.parse.urlsplit(text).path)) if scheme == "file" \
        else Path(text)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SchemaNotFound(f"{path}: cannot read schema source: {exc.strerror}") from exc


def schema_kind(root: etree._Element) -> str:
    """``"rng"`` or ``"sch"`` from a schema's root element.

    Raises:
        SchemaError: the root is neither RELAX NG ``grammar``/``element`` nor Schematron ``schema``.
    """
    qname = etree.QName(root)
    if qname.namespace == RNG_NS and qname.localname in ("grammar", "element"):
        return "rng"
    if qname.namespace == SCH_NS and qname.localname == "schema":
        return "sch"
    raise SchemaError(f"not a RELAX NG or ISO Schematron schema (root element {qname.text})")


def fetch(
    source: str | Path | None = None, *, name: str | None = None, timeout: float = 60.0,
    uris: Iterable[str] = (),
) -> Path:
    """Install a schema into the cache and register it in the cache's XML catalog.

    Args:
        source: an ``http(s)://`` or ``file:`` URL or a local path; default :data:`TEI_ALL_URL`.
        name: file name in the cache; default the source's base name (``tei_all.rng``).
        timeout: network timeout in seconds.
        uris: more URIs to map to the installed copy (what ``<?xml-model href?>`` PIs name:
            an offline user registers a local copy under the URL the documents use).

    Returns:
        The cached file's path (written atomically; an existing copy is replaced).

    Raises:
        SchemaNotFound: the source cannot be read or downloaded.
        SchemaError: the source is not a well-formed RELAX NG or Schematron schema.
    """
    text = str(source) if source is not None else TEI_ALL_URL
    data = _read_source(text, timeout)
    filename = name or Path(urllib.parse.urlsplit(text).path).name or "tei_all.rng"
    if not filename.lower().endswith(".rnc"):  # compact syntax is checked when converted
        try:
            root = etree.fromstring(data, _SAFE_PARSER)
        except etree.XMLSyntaxError as exc:
            raise SchemaError(f"{text}: not well-formed XML: {exc}") from exc
        schema_kind(root)
    target = schema_cache_dir() / filename
    atomic_write(target, data)
    mapped = list(TEI_ALL_URIS) if filename == "tei_all.rng" and not uris else []
    if urllib.parse.urlsplit(text).scheme in ("http", "https"):
        mapped.append(text)
    register([*mapped, *uris], target)
    return target


def _catalog_path() -> Path:
    return schema_cache_dir() / CATALOG_NAME


def catalog() -> dict[str, Path]:
    """The cache's XML catalog as ``{uri: local path}`` (OASIS XML Catalogs 1.1 ``<uri>``
    entries; relative ``uri`` attributes are relative to the catalog). Missing catalog → ``{}``."""
    path = _catalog_path()
    if not path.is_file():
        return {}
    root = etree.parse(str(path), _SAFE_PARSER).getroot()
    return {
        entry.get("name", ""): (path.parent / entry.get("uri", "")).resolve()
        for entry in root.iter(f"{{{CATALOG_NS}}}uri")
    }


def register(uris: Iterable[str], target: Path) -> None:
    """Add ``<uri name=… uri=…>`` entries mapping each of ``uris`` to ``target`` to the cache's
    catalog (rewritten atomically)."""
    entries = catalog()
    for uri in uris:
        entries[uri] = target.resolve()
    root = etree.Element(f"{{{CATALOG_NS}}}catalog", nsmap={None: CATALOG_NS})
    base = _catalog_path().parent.resolve()
    for uri, local in sorted(entries.items()):
        relative = os.path.relpath(local, base)
        etree.SubElement(root, f"{{{CATALOG_NS}}}uri", name=uri, uri=Path(relative).as_posix())
    atomic_write(_catalog_path(), etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                  pretty_print=True))


def xml_syntax(path: Path) -> Path:
    """``path`` itself, or for a RELAX NG compact-syntax schema (``.rnc``) its XML-syntax
    translation by trang (James Clark's converter, maintained with jing; Debian package
    ``trang``), kept in the cache as ``rnc/<SHA-256 of the .rnc>.rng`` (written atomically, so
    concurrent processes at worst convert twice). rnc2rng (PyPI) cannot read TEI's compact
    schemas (it fails on their ``\\x{A}`` escapes and ``>>`` annotations), so it is not used.

    Raises:
        SchemaError: ``trang`` is not installed, or it could not convert the file.
    """
    if path.suffix.lower() != ".rnc":
        return path
    target = cache_dir() / "rnc" / f"{file_digest(path)}.rng"
    if target.is_file():
        return target
    trang = shutil.which("trang")
    if trang is None:
        raise SchemaError(
            f"{path} is in RELAX NG compact syntax; nashr converts it with trang, which is not "
            "installed (Debian/Ubuntu: apt install trang). Or give the XML-syntax (.rng) "
            "version of the schema: TEI publishes both.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        converted = Path(work) / "schema.rng"
        run = subprocess.run([trang, "-I", "rnc", "-O", "rng", str(path), str(converted)],
                             capture_output=True, text=True, check=False, timeout=300)
        if run.returncode != 0 or not converted.is_file():
            detail = (run.stderr or run.stdout).strip().splitlines()
            raise SchemaError(f"{path}: trang could not convert this compact-syntax schema: "
                              f"{detail[0] if detail else 'no message'}")
        os.replace(converted, target)
    return target


def file_digest(path: Path) -> str:
    """SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tei_all() -> Path:
    """tei_all.rng: the copy in the cache when ``nashr schema fetch`` installed one, else the
    copy nashr ships (TEI P5 4.10.2)."""
    cached = schema_cache_dir() / "tei_all.rng"
    return cached if cached.is_file() else NASHR_SCHEMA_DIR / "tei_all.rng"


def nashr_schemas() -> tuple[Schema, ...]:
    """nashr's customisation: ``nashr.rng`` and ``nashr.sch``."""
    return (Schema("rng", NASHR_SCHEMA_DIR / "nashr.rng", label="nashr"),
            Schema("sch", NASHR_SCHEMA_DIR / "nashr.sch", label="nashr"))


def tei_all_schemas() -> tuple[Schema, ...]:
    """tei_all: its RELAX NG grammar and the ISO Schematron embedded in it."""
    grammar = tei_all()
    return (Schema("rng", grammar, label="tei_all"),
            Schema("sch", grammar, embedded=True, label="tei_all"))


def xml_models(tree: etree._ElementTree) -> list[XmlModel]:
    """The ``<?xml-model?>`` processing instructions before the root element, in order."""
    root = tree.getroot()
    models = []
    for node in reversed(list(root.itersiblings(preceding=True))):
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            attrs = dict(node.attrib)
            if "href" in attrs:
                models.append(
                    XmlModel(attrs["href"].strip(), attrs.get("schematypens"), attrs.get("type"))
                )
    return models


def _local_copy(href: str, document: Path) -> Path:
    split = urllib.parse.urlsplit(href)
    known = catalog()
    if href in known and known[href].is_file():
        return known[href]
    if split.scheme in ("", "file"):
        from urllib.request import url2pathname

        local = Path(url2pathname(split.path))
        local = local if local.is_absolute() else document.parent / local
        if local.is_file():
            return local
        raise SchemaNotFound(f"<?xml-model?> names {href}, which does not exist (looked for "
                             f"{os.path.normpath(local)})", "pass the schema with --schema PATH")
    if href in TEI_ALL_URIS:
        return tei_all()
    raise SchemaNotFound(
        f"<?xml-model?> names {href}, and nashr has no local copy (nashr never downloads "
        "schemas while validating)", f"register a local copy with `nashr schema fetch --from FILE "
        f"--as {href}`, or pass --schema PATH"
    )


RNC_TYPES = ("application/relax-ng-compact-syntax", "application/vnd.relax-ng.rnc")
DTD_TYPE = "application/xml-dtd"
#: What the notes call a PI's schema that nashr does not check, by its kind.
_NOT_CHECKED = {"xsd": "W3C XML Schema", "dtd": "a DTD", None: "a schema of unknown type"}
XSD_NS = "http://www.w3.org/2001/XMLSchema"
OLD_SCH_NS = "http://www.ascc.net/xml/schematron"


def _kind_of_model(model: XmlModel) -> str | None:
    """``rng``, ``sch``, ``xsd``, ``dtd`` or ``None`` (unknown) for one PI (W3C "Associating
    Schemas with XML documents 1.0" §3: ``schematypens`` first, then ``type``, then the
    extension; a DTD by its media type ``application/xml-dtd``, RFC 7303 §9.5, as in that
    specification's own example)."""
    path = urllib.parse.urlsplit(model.href).path.lower()
    if model.schematypens == RNG_NS:
        return "rng"
    if model.schematypens in (SCH_NS, OLD_SCH_NS):
        return "sch"
    if model.schematypens == XSD_NS:
        return "xsd"
    if model.schematypens is not None:
        return None
    if model.type in RNC_TYPES or path.endswith((".rng", ".rnc")):
        return "rng"
    if path.endswith((".sch", ".isosch")):
        return "sch"
    if model.type == DTD_TYPE or path.endswith(".dtd"):
        return "dtd"
    return "xsd" if path.endswith(".xsd") else None


def _is_grammar(path: Path) -> bool:
    """Whether ``path`` is a RELAX NG grammar (compact syntax, or an XML root in RELAX NG's
    namespace), read without loading the whole file."""
    if path.suffix.lower() == ".rnc":
        return True
    try:
        for _, element in etree.iterparse(str(path), events=("start",), resolve_entities=False,
                                          no_network=True, load_dtd=False):
            return etree.QName(element).namespace == RNG_NS
    except (OSError, etree.XMLSyntaxError):
        return False
    return False


#: What stands in for a project's schema that is not here, by the kinds its xml-model PIs
#: name: a grammar alone (Syriaca.org's ``.rnc``) is not checked with Schematron in its place.
_IN_ITS_PLACE = {
    frozenset({"rng"}): "tei_all's grammar (TEI's RELAX NG)",
    frozenset({"sch"}): "TEI's own Schematron (from tei_all)",
    frozenset({"rng", "sch"}): "tei_all (TEI's own grammar and Schematron)",
}


#: Said when a TEI document's ``<?xml-model?>`` PIs name Schematron and no grammar: Schematron
#: checks only what its rules test, so the structure is checked against tei_all's grammar too.
NO_GRAMMAR_NOTE = (
    "<?xml-model?> names a Schematron and no grammar; the document was also checked against "
    "tei_all's grammar (TEI's RELAX NG), as for TEI conformance. To check a project's own "
    "grammar too, pass it with --schema PATH beside --schema auto")


def _from_models(tree: etree._ElementTree, document: Path) -> SchemaSet:
    found: list[Schema] = []
    notes: list[str] = []
    warnings: list[str] = []
    replaced: dict[str, tuple[SchemaNotFound, set[str]]] = {}
    is_tei = etree.QName(tree.getroot()).namespace == TEI_NS
    for model in xml_models(tree):
        kind = _kind_of_model(model)
        if kind not in ("rng", "sch"):
            notes.append(f"<?xml-model href=\"{model.href}\"?> names {_NOT_CHECKED[kind]}; nashr "
                         "checks RELAX NG and ISO Schematron only, so it was not used")
            continue
        try:
            local = _local_copy(model.href, document)
        except SchemaNotFound as missing:
            if not is_tei:
                raise
            schema = next(s for s in tei_all_schemas() if s.kind == kind)
            replaced.setdefault(model.href, (missing, set()))[1].add(kind)
        else:
            label = "tei_all" if model.href in TEI_ALL_URIS else model.href
            schema = Schema(kind, local, embedded=kind == "sch" and _is_grammar(local), label=label)
        if schema not in found:
            found.append(schema)
    for missing, kinds in replaced.values():
        warnings.append(f"{missing.reason}; checked against {_IN_ITS_PLACE[frozenset(kinds)]} in its "
                        f"place. To check the project's schema, {missing.advice}.")
    if not found:
        if notes:
            notes[-1] += " (the file was checked against tei_all instead)"
        return SchemaSet(tei_all_schemas(), tuple(notes))
    return SchemaSet(tuple(found), tuple(notes), tuple(warnings))


def named(spec: str | Path) -> tuple[Schema, ...] | None:
    """The schemas one ``--schema`` value names (``None`` for ``auto``): ``tei_all``,
    ``nashr``, ``schematron:PATH`` (the Schematron of PATH: standalone, or embedded in a RELAX
    NG grammar) or a path (``.rng``/``.rnc`` RELAX NG, ``.sch``/``.isosch`` Schematron, other
    names by their root element).

    Raises:
        SchemaNotFound: the file does not exist.
        SchemaError: the file is neither RELAX NG nor ISO Schematron.
    """
    text = str(spec)
    if text == "auto":
        return None
    if text == "tei_all":
        return tei_all_schemas()
    if text == "nashr":
        return nashr_schemas()
    schematron_only = text.startswith("schematron:")
    path = Path(text.removeprefix("schematron:"))
    if not path.is_file():
        raise SchemaNotFound(f"schema file {path} does not exist")
    if path.suffix.lower() == ".rnc":
        kind = "rng"
    elif path.suffix.lower() in (".sch", ".isosch"):
        kind = "sch"
    else:
        try:
            root = etree.parse(str(path), _SAFE_PARSER).getroot()
        except (OSError, etree.XMLSyntaxError) as exc:
            raise SchemaError(f"{path}: not a schema: not well-formed XML ({exc})") from exc
        kind = schema_kind(root)
    if schematron_only:
        return (Schema("sch", path, embedded=kind == "rng", label=str(path)),)
    return (Schema(kind, path, label=str(path)),)


def resolve(schema: str | Path | Sequence[str | Path], tree: etree._ElementTree | None,
            document: Path) -> SchemaSet:
    """The schemas for one document (the resolution order is in the module docstring).

    Args:
        schema: one ``--schema`` value or several (see :func:`named`); ``"auto"`` adds the
            schemas of the document's ``<?xml-model?>`` PIs (tei_all when there are none, and
            tei_all's grammar first when they and the other values give a TEI document no
            grammar).
        tree: the parsed document (needed for ``auto``).
        document: the document's path (relative ``href``s are resolved against it).

    Raises:
        SchemaNotFound: a named or referenced schema has no local copy.
        SchemaError: a named file is not a schema.
    """
    specs = [schema] if isinstance(schema, str | Path) else list(schema)
    found: list[Schema] = []
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    for spec in specs:
        chosen = named(spec)
        if chosen is None:
            automatic = _from_models(tree, document) if tree is not None else \
                SchemaSet(tei_all_schemas())
            chosen, notes = automatic.schemas, notes + automatic.notes
            warnings += automatic.warnings
        found.extend(s for s in chosen if s not in found)
    if tree is not None and "auto" in map(str, specs) and not any(s.kind == "rng" for s in found) \
            and etree.QName(tree.getroot()).namespace == TEI_NS:
        found.insert(0, tei_all_schemas()[0])
        notes += (NO_GRAMMAR_NOTE,)
    return SchemaSet(tuple(found), notes, warnings)
