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
   tei_all;
4. nothing found: :class:`SchemaNotFound`, whose message says how to get the schema.

The cache directory is ``$NASHR_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/nashr`` (XDG Base
Directory Specification 0.8), else ``~/.cache/nashr``; schemas go to its ``schemas/``
subdirectory.
"""

from __future__ import annotations

import hashlib
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from nashr import resources
from nashr.files import atomic_write

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
    """No local copy of a schema; the message names it and the command that installs it."""


class SchemaError(ValueError):
    """A schema file is unusable (not RELAX NG / Schematron, or not well-formed)."""


@dataclass(frozen=True, slots=True)
class XmlModel:
    """One ``<?xml-model?>`` processing instruction (its pseudo-attributes)."""

    href: str
    schematypens: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class SchemaSet:
    """The schemas one document is checked against.

    Attributes:
        rng: a RELAX NG grammar (XML syntax) or ``None`` (no grammar check).
        sch: an ISO Schematron schema or ``None``.
        label: how reports name the set, e.g. ``tei_all`` or a file path.
    """

    rng: Path | None
    sch: Path | None
    label: str


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
    text = str(source)
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        try:
            with urllib.request.urlopen(text, timeout=timeout) as response:  # noqa: S310
                return bytes(response.read())
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise SchemaNotFound(
                f"could not download {text}: {exc}. Without network, copy tei_all.rng from "
                "another machine and run `nashr schema fetch --from PATH`."
            ) from exc
    path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(text).path)) if scheme == "file" \
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
    source: str | Path | None = None, *, name: str | None = None, timeout: float = 60.0
) -> Path:
    """Install a schema into the cache and register it in the cache's XML catalog.

    Args:
        source: an ``http(s)://`` or ``file:`` URL or a local path; default :data:`TEI_ALL_URL`.
        name: file name in the cache; default the source's base name (``tei_all.rng``).
        timeout: network timeout in seconds.

    Returns:
        The cached file's path (written atomically; an existing copy is replaced).

    Raises:
        SchemaNotFound: the source cannot be read or downloaded.
        SchemaError: the source is not a well-formed RELAX NG or Schematron schema.
    """
    text = str(source) if source is not None else TEI_ALL_URL
    data = _read_source(text, timeout)
    try:
        root = etree.fromstring(data, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise SchemaError(f"{text}: not well-formed XML: {exc}") from exc
    schema_kind(root)
    filename = name or Path(urllib.parse.urlsplit(text).path).name or "tei_all.rng"
    target = schema_cache_dir() / filename
    atomic_write(target, data)
    uris = list(TEI_ALL_URIS) if filename == "tei_all.rng" else []
    if urllib.parse.urlsplit(text).scheme in ("http", "https"):
        uris.append(text)
    register(uris, target)
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


def nashr_schemas() -> SchemaSet:
    """nashr's customisation: ``nashr.rng`` and ``nashr.sch``."""
    return SchemaSet(rng=NASHR_SCHEMA_DIR / "nashr.rng", sch=NASHR_SCHEMA_DIR / "nashr.sch", label="nashr")


def xml_models(tree: etree._ElementTree) -> list[XmlModel]:
    """The ``<?xml-model?>`` processing instructions before the root element, in order."""
    root = tree.getroot()
    models = []
    for node in reversed(list(root.itersiblings(preceding=True))):
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            attrs = dict(node.attrib)
            if "href" in attrs:
                models.append(
                    XmlModel(attrs["href"], attrs.get("schematypens"), attrs.get("type"))
                )
    return models


def _local_copy(href: str, document: Path) -> Path:
    split = urllib.parse.urlsplit(href)
    if split.scheme in ("", "file"):
        local = Path(urllib.request.url2pathname(split.path))
        local = local if local.is_absolute() else document.parent / local
        if local.is_file():
            return local
        raise SchemaNotFound(f"{document}: <?xml-model?> names {href}, which does not exist.")
    known = catalog()
    if href in known and known[href].is_file():
        return known[href]
    if href in TEI_ALL_URIS:
        return tei_all()
    raise SchemaNotFound(
        f"{document}: <?xml-model?> names {href}, and nashr has no local copy (nashr never "
        "downloads schemas while validating). Install one with "
        f"`nashr schema fetch --from {href}` (or from a local file), or pass --schema PATH."
    )


def _kind_of_model(model: XmlModel) -> str | None:
    if model.schematypens == RNG_NS or (
        model.schematypens is None and model.href.endswith(".rng")
    ):
        return "rng"
    if model.schematypens in (SCH_NS, "http://www.ascc.net/xml/schematron") or (
        model.schematypens is None and model.href.endswith((".sch", ".isosch"))
    ):
        return "sch"
    return None


def resolve(schema: str | Path, tree: etree._ElementTree | None, document: Path) -> SchemaSet:
    """The schemas for one document (the resolution order is in the module docstring).

    Args:
        schema: ``"auto"``, ``"tei_all"``, ``"nashr"`` or a path to a ``.rng`` / ``.sch`` file.
        tree: the parsed document (needed for ``auto``; its ``<?xml-model?>`` PIs).
        document: the document's path (relative ``href``s are resolved against it).

    Raises:
        SchemaNotFound: a named or referenced schema has no local copy.
    """
    if isinstance(schema, Path) or schema not in ("auto", *NAMED_SCHEMAS):
        path = Path(schema)
        if not path.is_file():
            raise SchemaNotFound(f"schema file {path} does not exist")
        is_sch = path.suffix in (".sch", ".isosch")
        return SchemaSet(rng=None if is_sch else path, sch=path if is_sch else None,
                         label=str(path))
    if schema == "tei_all":
        return SchemaSet(rng=tei_all(), sch=None, label="tei_all")
    if schema == "nashr":
        return nashr_schemas()
    rng: Path | None = None
    sch: Path | None = None
    for model in xml_models(tree) if tree is not None else []:
        kind = _kind_of_model(model)
        if kind == "rng" and rng is None:
            rng = _local_copy(model.href, document)
        elif kind == "sch" and sch is None:
            sch = _local_copy(model.href, document)
    if rng is None and sch is None:
        return SchemaSet(rng=tei_all(), sch=None, label="tei_all")
    label = " + ".join(_label(p) for p in (rng, sch) if p is not None)
    return SchemaSet(rng=rng, sch=sch, label=label)


def _label(path: Path) -> str:
    if path == tei_all():
        return "tei_all"
    if path.parent == NASHR_SCHEMA_DIR:
        return f"nashr ({path.name})"
    return str(path)

