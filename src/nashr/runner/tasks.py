"""The per-text tasks of ``nashr build``: convert, validate, HTML page, PDF of one text.

Each task is a module-level function of plain, picklable arguments (paths, the
:class:`~nashr.config.Edition`, strings) returning a JSON-ready dict, so it runs the same in this
process, in a worker process, or on a Dask worker (which must see the edition's folder at the same
path). What is costly to set up — the entity tagger (hazm), the validator's grammars, the compiled
stylesheets, the parsed registers — is made once per process and kept, keyed by the content hash
of what it was made from.

A task reports a user's problem (an unusable source, an invalid or unreadable TEI file) in its
result, never by raising: only a bug in nashr raises.
"""

from __future__ import annotations

from functools import lru_cache
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nashr import __version__
from nashr.config import Edition, build_date

if TYPE_CHECKING:
    from saxonche import PyXdmValue

    from nashr.entities.tagger import Tagger
    from nashr.publish.transform import ParamValue
    from nashr.validate.validator import Validator

Result = dict[str, Any]


@lru_cache(maxsize=1)
def _tagger(registers: Path, key: str) -> Tagger:
    from nashr.entities.tagger import Tagger

    del key  # part of the cache key only: new register contents → a new tagger
    return Tagger.from_registers(registers)


def convert(source: Path, texts: Path, schema: Path, edition: Edition, registers: Path, registers_key: str,
            overwrite_edited: bool) -> Result:
    """Convert one source into ``texts/``, pointing to the schemas in ``schema/``
    (:func:`nashr.convert.converter.convert_file`).

    Returns:
        ``{"tei": path, "written": path, "warnings": [...]}``, where ``written`` is the TEI file or,
        for a hand-edited one kept, its ``.new.xml``; or ``{"unusable": message}`` (exit 2), or
        ``{"failed": message}`` (a fidelity failure, exit 1).
    """
    from nashr.convert.converter import FidelityError, SourceError, convert_file

    try:
        done = convert_file(source, texts, edition, tagger=_tagger(registers, registers_key), force=overwrite_edited,
                            schema_dir=schema)
    except SourceError as exc:
        return {"unusable": str(exc)}
    except FidelityError as exc:
        return {"failed": str(exc)}
    return {"tei": str(done.tei), "written": str(done.result.path), "warnings": done.warnings}


@lru_cache(maxsize=1)
def _validator() -> Validator:
    from nashr.validate.validator import Validator

    return Validator("auto")


def validate(tei: Path) -> Result:
    """Validate one TEI or register file against the schemas its ``<?xml-model?>`` names.

    Returns:
        ``{}`` when valid, else ``{"failed": report}`` (the text report: file:line:column lines).
    """
    from nashr.validate.reports import format_reports

    report = _validator().report(tei)
    return {} if report.valid else {"failed": format_reports([report], "text").strip()}


@lru_cache(maxsize=2)
def _documents(paths: tuple[Path, ...], key: str) -> PyXdmValue:
    from nashr.publish.transform import documents, parse

    del key  # part of the cache key only
    return documents([parse(path) for path in paths])


@lru_cache(maxsize=1)
def site_params(edition: Edition, registers: tuple[Path, ...], registers_key: str,
                registers_dir: Path) -> dict[str, ParamValue]:
    """The stylesheet parameters every page of the site shares (``xslt/html/params.xsl``), with
    :class:`nashr.publish.html.SiteOptions` for the registers in ``registers_dir``.

    Adapter: mirrors what :func:`nashr.publish.html.build_site` passes, until the HTML stage
    exposes its per-page and shared-page steps. Made once per process for one set of arguments.

    Raises:
        nashr.publish.transform.TransformError: a register file is unreadable or not well-formed.
    """
    from nashr.publish.html import SiteOptions, edition_document
    from nashr.publish.transform import processor

    options = SiteOptions(registers_dir=registers_dir)
    return {
        "edition": processor().parse_xml(xml_text=edition_document(edition)),
        "registers": _documents(registers, registers_key),
        "ui-lang": options.ui_lang or (edition.language if edition.language in ("fa", "en") else "fa"),
        "pdf-base": options.pdf_base,
        "tei-base": options.tei_base,
        "nashr-version": __version__,
    }


def page(tei: Path, target: Path, neighbours: tuple[str, str], edition: Edition, registers: tuple[Path, ...],
         registers_key: str, registers_dir: Path) -> Result:
    """Write one text's HTML page (``xslt/html/html.xsl`` on the text) to ``target``.

    Args:
        neighbours: the stems of the previous and next text in index order (``""`` = none).
    Returns:
        ``{"sha256": hex of the page}`` or ``{"failed": message}`` (unreadable TEI, failed transform).
    """
    from nashr.files import atomic_write
    from nashr.publish.html import HTML_XSL
    from nashr.publish.transform import TransformError, shared, transform

    try:
        params = {**site_params(edition, registers, registers_key, registers_dir), "stem": target.stem,
                  "previous": neighbours[0], "next": neighbours[1]}
        data = transform(shared().get(HTML_XSL), tei, params).encode("utf-8")
    except TransformError as exc:
        return {"failed": str(exc)}
    atomic_write(target, data)
    return {"sha256": sha256(data).hexdigest()}


def pdf(tei: Path, target: Path, edition: Edition, registers: tuple[Path, ...], registers_key: str) -> Result:
    """Write one text's PDF/A-3b (print stylesheet, WeasyPrint, the TEI attached) to ``target``.

    Returns:
        ``{}``, or ``{"failed": message}`` when the TEI cannot be read or transformed.
    Raises:
        nashr.publish.fonts.FontError: Vazirmatn is not installed (an installation problem).
    """
    from nashr.publish.pdf import PdfError, layout, text_html, write_pdf
    from nashr.publish.transform import TransformError

    try:
        html = text_html(tei, edition, _documents(registers, registers_key))
    except (PdfError, TransformError) as exc:
        return {"failed": str(exc)}
    write_pdf(layout(html), target, (tei,), build_date(edition))
    return {}
