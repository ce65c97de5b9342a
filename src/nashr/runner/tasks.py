"""The tasks of ``nashr build``: convert, validate, HTML page, PDF of one text, and the HTML
edition's reduce (:func:`site_reduce`).

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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nashr.config import Edition

if TYPE_CHECKING:
    from saxonche import PyXdmValue

    from nashr.convert.lessons import Lesson
    from nashr.entities.tagger import Tagger
    from nashr.publish.html import SharedPage, Site, SiteOptions
    from nashr.validate.validator import Validator

Result = dict[str, Any]


@lru_cache(maxsize=1)
def _tagger(registers: Path, key: str) -> Tagger:
    from nashr.entities.tagger import Tagger

    del key  # part of the cache key only: new register contents → a new tagger
    return Tagger.from_registers(registers)


def convert(source: Path, texts: Path, schema: Path, edition: Edition, registers: Path, registers_key: str,
            overwrite_edited: bool, marks: frozenset[tuple[str, str]] = frozenset(),
            lessons: frozenset[Lesson] = frozenset()) -> Result:
    """Convert one source into ``texts/``, pointing to the schemas in ``schema/``, with the marks
    the edition's profile gives it and the lessons of the edition's sidecars
    (:func:`nashr.convert.converter.convert_file`).

    Returns:
        ``{"tei": path, "written": path, "warnings": [...]}``, where ``written`` is the TEI file or,
        for a hand-edited one kept, its ``.new.xml``; or ``{"unusable": message}`` (exit 2), or
        ``{"failed": message}`` (a fidelity failure, exit 1).
    """
    from nashr.convert.converter import FidelityError, SourceError, convert_file

    try:
        done = convert_file(source, texts, edition, tagger=_tagger(registers, registers_key), force=overwrite_edited,
                            schema_dir=schema, marks=marks, lessons=lessons)
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
def _site(edition: Edition, registers: tuple[Path, ...], key: str, options: SiteOptions) -> Site:
    from nashr.publish.html import site_context

    del key  # part of the cache key only
    return site_context(edition, options, registers)


def page(tei: Path, site_dir: Path, edition: Edition, registers: tuple[Path, ...], registers_key: str,
         options: SiteOptions) -> Result:
    """Render one text's page and write it (without its previous/next links, which follow the order
    of all texts: :func:`nashr.publish.html.update_text_nav`), with its TEI copy when the site holds
    one (:func:`nashr.publish.html.render_text`, :func:`~nashr.publish.html.write_text`).

    Returns:
        ``{"written": [page, …], "title", "sort_key", "summary", "records": [[id, content, text], …]}``
        (what the shared pages need), or ``{"failed": message}`` (unreadable TEI, failed transform).
    """
    from nashr.publish.html import render_text, write_text
    from nashr.publish.transform import TransformError

    try:
        site = _site(edition, registers, registers_key, options)
        result = render_text(tei, site)
    except TransformError as exc:
        return {"failed": str(exc)}
    written = write_text(site_dir, result, site)
    return {"written": [str(path) for path in written], "title": result.title, "sort_key": result.sort_key,
            "summary": result.summary, "records": [[r.id, r.content, r.text] for r in result.records]}


def site_reduce(site_dir: Path, edition: Edition, registers: tuple[Path, ...], registers_key: str,
                options: SiteOptions, navigation: list[tuple[str, str, str]], pages: list[SharedPage],
                search_parts: int, declared: Path | None) -> Result:
    """A piece of the reduce of the HTML edition, the Saxon work of ``nashr build`` that reads every
    text: the previous/next links of the written pages ``navigation`` names (``(stem, previous,
    next)``, :func:`nashr.publish.html.update_text_nav`), then the shared ``pages``, from the
    summaries' parts the building process split (:func:`nashr.publish.html.write_pages`, with the
    search index's bundles and the about page's TEI file). A build cuts the reduce into pieces of
    a bounded number of stylesheet calls (:data:`nashr.pipeline.REDUCE_CALLS`), each run in a
    fresh worker, so what Saxon's heap holds of it (the stylesheet, the registers, the trees of
    the pages and what the calls leave: it grows with the calls) ends with that worker.

    Returns:
        ``{"written": [file, …]}``: the pages' files.
    Raises:
        nashr.publish.transform.TransformError: a stylesheet call failed (a bug: the pages it
            reads were made by the same stylesheet).
    """
    from nashr.publish.html import update_text_nav, write_pages

    site = _site(edition, registers, registers_key, options)
    for stem, previous, next_ in navigation:
        update_text_nav(site_dir, stem, site, previous, next_)
    written = write_pages(site_dir, pages, site, search_parts, declared)
    return {"written": [str(path) for path in written]}


def pdf(tei: Path, target: Path, edition: Edition, registers: tuple[Path, ...], registers_key: str) -> Result:
    """Write one text's PDF/A-3b (print stylesheet, WeasyPrint, the TEI attached) to ``target``.

    Returns:
        ``{}``, or ``{"failed": message}`` when the TEI cannot be read or transformed.
    Raises:
        nashr.publish.fonts.FontError: Vazirmatn is not installed (an installation problem).
    """
    from nashr.publish.pdf import PdfError, render_pdf
    from nashr.publish.transform import TransformError

    try:
        render_pdf(tei, target, edition, _documents(registers, registers_key))
    except (PdfError, TransformError) as exc:
        return {"failed": str(exc)}
    return {}
