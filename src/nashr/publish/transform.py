"""XSLT 3.0 with saxonche: one processor per process, each stylesheet compiled once.

The SaxonC processor is expensive to start and compiled stylesheets are reusable, so this module
keeps one :class:`saxonche.PySaxonProcessor` per process (:func:`processor`) and a cache of
compiled executables (:class:`Stylesheets`). Transformations take the source either as a path or
as a document already parsed by :func:`parse` (parse once, transform many times).

Untrusted XML is read with lxml first (``resolve_entities=False, no_network=True,
load_dtd=False``, as the project's security rule asks); only the root element is handed to Saxon,
so no DTD, external entity or network access ever reaches the XSLT processor.

Typical use::

    sheets = Stylesheets()
    page = sheets.get(Path("xslt/html/text.xsl"))
    html = transform(page, Path("tei/texts/a.xml"), {"root": "../"})
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from lxml import etree
from saxonche import (
    PySaxonApiError,
    PySaxonProcessor,
    PyXdmItem,
    PyXdmNode,
    PyXdmValue,
    PyXsltExecutable,
)

from nashr import resources
from nashr.files import atomic_path

XSLT_DIR = resources.folder("xslt")
"""The project's stylesheets: ``common/``, ``html/``, ``print/``, ``metadata/``, ``schematron/``."""

type ParamValue = str | int | bool | PyXdmNode | PyXdmValue | list[PyXdmNode]
"""A stylesheet parameter from Python: str → xs:string, int → xs:integer, bool → xs:boolean,
a parsed document (:func:`parse`) → document-node(), a list of documents → document-node()*."""


class TransformError(Exception):
    """A stylesheet failed to compile or a transformation failed (message names the file)."""


_lock = threading.Lock()


@cache
def processor() -> PySaxonProcessor:
    """Return this process's SaxonC-HE processor (created on first use, never licensed)."""
    return PySaxonProcessor(license=False)


def _safe_root(path: Path) -> str:
    """Parse ``path`` with lxml's safe settings and return its root element as XML text.

    Raises:
        TransformError: the file is missing or not well-formed XML (message: file, line).
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        tree = etree.parse(str(path), parser)
    except OSError as exc:
        raise TransformError(f"{path}: cannot read: {exc}") from exc
    except etree.XMLSyntaxError as exc:
        raise TransformError(f"{path}:{exc.lineno}: not well-formed XML: {exc.msg}") from exc
    return etree.tostring(tree.getroot(), encoding="unicode")


def parse(path: Path) -> PyXdmNode:
    """Parse an XML file into a Saxon document node whose base URI is the file's URI.

    Args:
        path: an XML file (TEI text or register); read with lxml's safe settings first.
    Returns:
        the document node, usable as a transformation source or parameter any number of times.
    Raises:
        TransformError: the file cannot be read, is not well-formed, or Saxon rejects it.
    """
    text = _safe_root(path)
    with _lock:
        builder = processor().new_document_builder()
        builder.set_base_uri(path.resolve().as_uri())
        try:
            return builder.parse_xml(xml_text=text)
        except PySaxonApiError as exc:
            raise TransformError(f"{path}: {exc}") from exc


class Stylesheets:
    """A cache of compiled XSLT 3.0 stylesheets: each file is compiled once per instance.

    ``Stylesheets.get(path)`` returns a :class:`saxonche.PyXsltExecutable`; keep one instance per
    process (or use :func:`shared`) so that a site build compiles each stylesheet once.
    """

    def __init__(self) -> None:
        self._compiled: dict[Path, PyXsltExecutable] = {}

    def get(self, path: Path) -> PyXsltExecutable:
        """Return the compiled stylesheet at ``path`` (compiling it on first request).

        Raises:
            TransformError: the stylesheet does not exist or does not compile; the message
                carries Saxon's error (module, line).
        """
        key = path.resolve()
        with _lock:
            if key not in self._compiled:
                if not key.is_file():
                    raise TransformError(f"{path}: stylesheet not found")
                compiler = processor().new_xslt30_processor()
                try:
                    executable = compiler.compile_stylesheet(stylesheet_file=str(key))
                except PySaxonApiError as exc:
                    raise TransformError(f"{path}: does not compile: {exc}") from exc
                if executable is None:
                    raise TransformError(f"{path}: does not compile")
                self._compiled[key] = executable
            return self._compiled[key]


@cache
def shared() -> Stylesheets:
    """Return the process-wide :class:`Stylesheets` cache."""
    return Stylesheets()


def documents(nodes: Iterable[PyXdmNode]) -> PyXdmValue:
    """Return a Saxon sequence of the given (parsed) documents, for a ``document-node()*`` parameter."""
    value = processor().empty_sequence()
    for node in nodes:
        value.add_xdm_item(node)
    return value


def _xdm(value: ParamValue) -> PyXdmValue | PyXdmItem:
    proc = processor()
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    if isinstance(value, str):
        return proc.make_string_value(value)
    if isinstance(value, list):
        return documents(value)
    return value


def _set_params(executable: PyXsltExecutable, params: Mapping[str, ParamValue]) -> None:
    for name, value in params.items():
        executable.set_parameter(name, _xdm(value))


def transform(
    executable: PyXsltExecutable,
    source: Path | PyXdmNode,
    params: Mapping[str, ParamValue] | None = None,
) -> str:
    """Apply a compiled stylesheet to one document and return the serialised principal result.

    Args:
        executable: from :meth:`Stylesheets.get`.
        source: an XML file (parsed safely, see :func:`parse`) or an already parsed document.
        params: global stylesheet parameters (no-namespace names), see :data:`ParamValue`.
    Returns:
        the result as serialised by the stylesheet's ``xsl:output`` (a str; encode as UTF-8).
    Raises:
        TransformError: parsing or the transformation failed (message names the source).
    """
    node = parse(source) if isinstance(source, Path) else source
    with _calling(executable, _source_name(source), params):
        result = executable.transform_to_string(xdm_node=node)
    if result is None:
        raise TransformError(f"{_source_name(source)}: the transformation produced no result")
    return result


def _source_name(source: Path | PyXdmNode) -> str:
    """The file a source document came from (a parsed one: its base URI, which :func:`parse`
    sets to the file's), never the document itself: str() of a node is its whole serialisation."""
    if isinstance(source, Path):
        return str(source)
    uri = source.base_uri or ""
    return url2pathname(urlparse(uri).path) if uri.startswith("file:") else (uri or "a parsed document")


def call_template(
    executable: PyXsltExecutable,
    template: str,
    params: Mapping[str, ParamValue] | None = None,
    *,
    raw: bool = False,
) -> str:
    """Call a named template of a compiled stylesheet (no source document) and return its result.

    Args:
        executable: from :meth:`Stylesheets.get`.
        template: the template's name as an EQName, e.g. ``{urn:nashr:xslt}index`` (Clark notation).
        params: global stylesheet parameters, see :data:`ParamValue`.
        raw: return the string value of the template's result without serialising it (for a
            template declared ``as="xs:string"``).
    Raises:
        TransformError: the transformation failed.
    """
    with _calling(executable, template, params):
        if raw:
            value = executable.call_template_returning_value(template)
            result = None if value is None or value.size == 0 else value.head.string_value
        else:
            result = executable.call_template_returning_string(template)
    if result is None:
        raise TransformError(f"{template}: the transformation produced no result")
    return result


def call_template_to_file(
    executable: PyXsltExecutable,
    template: str,
    params: Mapping[str, ParamValue] | None,
    target: Path,
) -> None:
    """Call a named template as :func:`call_template` does and write its result, serialised by the
    stylesheet's ``xsl:output``, to ``target`` (atomically: :func:`nashr.files.atomic_path`), so a
    page of tens of megabytes never becomes a Python string.

    Raises:
        TransformError: the transformation failed or wrote nothing (``target`` is left as it was).
        OSError: ``target``'s folder is not writable.
    """
    with atomic_path(target) as written, _calling(executable, template, params):
        executable.call_template_returning_file(template, output_file=str(written))
        if written.stat().st_size == 0:
            raise TransformError(f"{template}: the transformation produced no result")


@contextmanager
def _calling(executable: PyXsltExecutable, name: str, params: Mapping[str, ParamValue] | None) -> Iterator[None]:
    """A call of ``executable`` with ``params`` set (one call at a time: SaxonC's executables are
    not thread-safe; the parameters cleared after, as call_function_returning_value needs), its
    errors as :class:`TransformError` naming ``name`` (the template or source document)."""
    with _lock:
        _set_params(executable, params or {})
        try:
            yield
        except PySaxonApiError as exc:
            raise TransformError(f"{name}: {exc}") from exc
        finally:
            executable.clear_parameters()
