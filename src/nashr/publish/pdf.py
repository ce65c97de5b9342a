"""The PDF edition: TEI → HTML for paged media (xslt/print/, XSLT 3.0) → PDF/A-3b (WeasyPrint).

Two products:

- one PDF per text (``<stem>.pdf``), the text's TEI file attached: :func:`render_pdf` makes one
  in this process (the unit of work of a parallel or incremental build), :func:`render_pdfs` a
  batch, laid out in worker processes;
- the edition's volume, printed in parts and joined: :mod:`nashr.publish.volume`.

Drafts (``*.new.xml``, :func:`nashr.publish.publishable`) are never printed. The readings of a
``choice`` follow the shared default (``default-reading`` in ``xslt/common/common.xsl``, the
same as the HTML edition's). ZWNJ stays in the text layer (:func:`_show_zwnj`), so copied or
searched text keeps «نامه‌ها».

Every PDF is PDF/A-3b (ISO 19005-3; WeasyPrint's ``pdf/a-3b`` variant: sRGB output intent, XMP
metadata with ``pdfaid:part=3``/``pdfaid:conformance=B``, embedded files listed in the catalogue's
``/AF`` with ``/AFRelationship /Source``), set in Vazirmatn (:mod:`nashr.publish.fonts`), right to left,
with Persian page numbers. Output is deterministic: the creation date and the colophon's
publication date are ``edition.toml``'s, the colophon's «built on» is ``SOURCE_DATE_EPOCH``'s
(:func:`nashr.config.source_date`; none without it), the attachment's file times
:func:`nashr.config.build_date` (``SOURCE_DATE_EPOCH`` or ``edition.toml``), never the clock;
WeasyPrint derives the file identifier and font subset names from the content, so the same input
gives byte-identical files. Files are written atomically (temporary file, then :func:`os.replace`).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import multiprocessing.util
import os
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from saxonche import PyXdmValue

from nashr import __version__
from nashr.config import Edition, build_date, source_date
from nashr.files import atomic_write
from nashr.publish import publishable
from nashr.publish.fonts import font_dir
from nashr.publish.transform import (
    XSLT_DIR,
    ParamValue,
    TransformError,
    call_template,
    documents,
    parse,
    shared,
    transform,
)

PRINT_STYLESHEET = XSLT_DIR / "print" / "print.xsl"
PRINT_CSS = XSLT_DIR / "print" / "print.css"
#: Static weights of Vazirmatn used by print.css (CSS font-weight → file).
FONT_WEIGHTS = {400: "Regular", 700: "Bold"}
PDF_VARIANT = "pdf/a-3b"
#: File name of the edition's volume in the PDF folder.
REGISTER_NAMES = ("persons", "orgs", "places")


class PdfError(Exception):
    """A text could not be made into a PDF (the message names the file)."""


@dataclass(frozen=True, slots=True)
class _Job:
    """One PDF to write: its HTML, where it goes, the TEI files to attach, the build date."""

    html: str
    target: Path
    attachments: tuple[Path, ...]
    date: dt.date


def _documents(paths: Sequence[Path]) -> PyXdmValue:
    """Parse XML files safely (:func:`nashr.publish.transform.parse`) into one Saxon sequence, for a
    ``document-node()*`` parameter.

    Raises:
        PdfError: a file is unreadable or not well-formed (message: file, line).
    """
    try:
        return documents([parse(path) for path in paths])
    except TransformError as error:
        raise PdfError(str(error)) from error


def _params(edition: Edition, **extra: ParamValue) -> dict[str, ParamValue]:
    params: dict[str, ParamValue] = {
        "edition-json": json.dumps(asdict(edition), ensure_ascii=False),
        "build-date": built.isoformat() if (built := source_date()) else "",
        "nashr-version": __version__,
    }
    params.update(extra)
    return params


def find_registers(tei_files: Iterable[Path]) -> list[Path]:
    """The register files next to the texts: ``<texts>/../registers/{persons,orgs,places}.xml``
    (the layout of ``tei/``), those that exist, each once."""
    found: dict[Path, None] = {}
    for tei in tei_files:
        folder = tei.resolve().parent.parent / "registers"
        for name in REGISTER_NAMES:
            path = folder / f"{name}.xml"
            if path.is_file():
                found.setdefault(path)
    return list(found)


def text_html(tei: Path, edition: Edition, registers: Sequence[Path] | PyXdmValue = ()) -> str:
    """The HTML for paged media of one text (``xslt/print/print.xsl``, match ``/``).

    Args:
        registers: register files (or their parsed sequence, to parse them once for a batch).
    Raises:
        PdfError: the TEI file is unreadable or not well-formed, or the transformation failed.
    """
    register_docs = registers if isinstance(registers, PyXdmValue) else _documents(registers)
    try:
        return transform(shared().get(PRINT_STYLESHEET), tei, _params(edition, registers=register_docs))
    except TransformError as error:
        raise PdfError(str(error)) from error


def _call(template: str, edition: Edition, **params: ParamValue) -> str:
    try:
        return call_template(shared().get(PRINT_STYLESHEET), template, _params(edition, **params))
    except TransformError as error:
        raise PdfError(str(error)) from error


# ---------------------------------------------------------------- WeasyPrint side


@dataclass(frozen=True, slots=True)
class _Renderer:
    """This process's WeasyPrint set-up: fonts, stylesheets, and a URL fetcher limited to local
    files and data: URLs (nothing is fetched from the network while printing)."""

    font_config: Any
    stylesheets: list[Any]
    url_fetcher: Any


def _forget_font_folder(font_config: Any) -> None:
    folder, font_config._folder = font_config._folder, None
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@cache
def _renderer() -> _Renderer:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    _draw_zwnj()
    _index_page_references()
    fonts = font_dir()
    faces = "".join(
        f"@font-face {{ font-family: Vazirmatn; font-weight: {weight}; font-style: normal; "
        f"src: url({(fonts / f'Vazirmatn-{name}.ttf').as_uri()}) format('truetype'); }}\n"
        for weight, name in FONT_WEIGHTS.items()
    )
    fetcher = URLFetcher(allowed_protocols=("file", "data"))
    font_config = FontConfiguration()
    # WeasyPrint copies @font-face files into a temporary folder that FontConfiguration.__del__
    # removes; a cached configuration lives until exit, when __del__ is not guaranteed to run
    # (and fails once the interpreter has torn down its modules). multiprocessing's exit hook
    # runs in this process and in worker processes alike: it removes the folder and forgets it.
    multiprocessing.util.Finalize(None, _forget_font_folder, args=(font_config,), exitpriority=10)
    stylesheets = [
        CSS(string=faces, font_config=font_config, url_fetcher=fetcher),
        CSS(filename=str(PRINT_CSS), font_config=font_config, url_fetcher=fetcher),
    ]
    return _Renderer(font_config, stylesheets, fetcher)


ZWNJ = "\u200c"
_ZWNJ_UTF8 = ZWNJ.encode()


@cache
def _zwnj_glyph(font_data: bytes, index: int) -> int | None:
    """The glyph id of U+200C ZERO WIDTH NON-JOINER in a font file (its cmap), or None."""
    from io import BytesIO

    from fontTools.ttLib import TTFont

    font = TTFont(BytesIO(font_data), fontNumber=index, lazy=True)
    name = font.getBestCmap().get(ord(ZWNJ))
    return None if name is None else font.getGlyphID(name)


def _show_zwnj(stream: Any, textbox: Any) -> None:
    """Give each ZWNJ of a line of text its font's own zero-width glyph instead of Pango's empty one.

    Pango (through HarfBuzz's invisible-glyph setting) draws default-ignorable characters such
    as ZWNJ as ``PANGO_GLYPH_EMPTY``, which WeasyPrint writes as a gap with no glyph, so the PDF's
    text layer loses them: «نامه‌ها» is copied and searched as «نامهها». The ZWNJ glyph of
    Vazirmatn has no outline and no advance, so drawing it changes nothing on the page while
    WeasyPrint maps it, like every glyph, to its source character in the font's ToUnicode CMap.
    Called on the laid-out line just before WeasyPrint draws it (its ``draw_first_line``).
    """
    from weasyprint.text.ffi import ffi, pango

    layout = textbox.pango_layout
    text = layout.text.encode()
    if _ZWNJ_UTF8 not in text:
        return
    # as draw_first_line will set it: setting it later to the same value keeps these glyphs
    pango.pango_layout_set_single_paragraph_mode(layout.layout, True)
    line, _ = layout.get_first_line()
    run = line.runs
    while run != ffi.NULL:
        item = run.data
        run = run.next
        glyphs = item.glyphs
        gid = None
        for i in range(glyphs.num_glyphs):
            info = glyphs.glyphs[i]
            start = item.item.offset + glyphs.log_clusters[i]
            if info.glyph != pango.PANGO_GLYPH_EMPTY or text[start:start + 3] != _ZWNJ_UTF8:
                continue
            if gid is None:
                font, _ = stream.add_font(item.item.analysis.font)
                gid = _zwnj_glyph(font.file_content, font.index) or 0
            if gid:
                info.glyph = gid


@cache
def _draw_zwnj() -> None:
    """Make WeasyPrint keep ZWNJ in the text layer (:func:`_show_zwnj` before each line drawn)."""
    import weasyprint.draw.text as draw_text

    draw_first_line = draw_text.draw_first_line

    def draw_first_line_with_zwnj(stream: Any, textbox: Any, *args: Any, **kwargs: Any) -> Any:
        if textbox.text.strip() and textbox.style["font_size"] >= 1e-6:  # lines WeasyPrint draws
            _show_zwnj(stream, textbox)
        return draw_first_line(stream, textbox, *args, **kwargs)

    draw_text.draw_first_line = draw_first_line_with_zwnj


def _page_references(pdf: Any) -> tuple[bytes, ...]:
    kids = pdf.pages["Kids"]
    known = pdf.__dict__.get("_nashr_page_references")
    if known is None or known[0] != len(kids):
        known = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf._nashr_page_references = known
    return known[1]


@cache
def _index_page_references() -> None:
    """Make ``pydyf.PDF.page_references`` build its tuple once per page count instead of at each use.

    pydyf 0.13 builds the tuple of every page's reference each time the property is read, and
    WeasyPrint reads it for each tagged element and each link while writing (``pdf_tags``), so
    writing a volume cost time in pages × elements: a third of the writing time at 352 pages,
    growing with the square of the volume's size (benchmarks/pdf_speed.py). The tuple is rebuilt
    whenever a page is added (pages are only appended, never reordered), so the references read
    are the same and so is every byte written. Only for the pydyf versions whose property this
    reproduces (``_PYDYF_PAGE_REFERENCES``); any other keeps its own, slower but right.
    """
    import pydyf

    if pydyf.__version__ in _PYDYF_PAGE_REFERENCES:
        pydyf.PDF.page_references = property(_page_references)


_PYDYF_PAGE_REFERENCES = frozenset({"0.13.0"})
"""pydyf releases whose ``PDF.page_references`` is ``tuple(f"{n} 0 R" for n in pages["Kids"][::3])``,
checked against their source."""


# Unicode isolates (UAX #9 §2.7): LRI, RLI, FSI … PDI.
_ISOLATE_OPEN = {"ltr": "\u2066", "rtl": "\u2067"}
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_DIRECTIONAL_ISOLATE = "\u2069"
_BDI = re.compile(r'<bdi\b(?P<attrs>[^>]*)>|</bdi>')
_DIR = re.compile(r'\bdir="(?P<dir>ltr|rtl)"')


def isolate_bdi(html: str) -> str:
    """Put Unicode isolate controls inside every ``<bdi>`` of ``html``.

    WeasyPrint 70 ignores ``unicode-bidi`` (it warns "not supported yet"), so ``<bdi>`` does not
    isolate its content as HTML requires: a neutral at the edge of a left-to-right run («6.1!»)
    lands on the wrong side in right-to-left text. Pango's bidi (FriBidi) does honour the
    isolate characters: LRI or RLI for ``dir="ltr"``/``"rtl"``, FSI for none, closed by PDI.
    The ``bdi`` elements come from our own stylesheets, so their tags have a known shape.
    """

    def isolate(match: re.Match[str]) -> str:
        if match.group("attrs") is None:
            return _POP_DIRECTIONAL_ISOLATE + match.group()
        direction = _DIR.search(match.group("attrs"))
        return match.group() + (_ISOLATE_OPEN[direction["dir"]] if direction else _FIRST_STRONG_ISOLATE)

    return _BDI.sub(isolate, html)


def layout(html: str) -> Any:
    """Lay out HTML with print.css and Vazirmatn: a :class:`weasyprint.Document` (``<bdi>``
    runs isolated by :func:`isolate_bdi`).

    Raises:
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    from weasyprint import HTML

    renderer = _renderer()
    document = HTML(string=isolate_bdi(html), base_url=str(PRINT_CSS.parent), url_fetcher=renderer.url_fetcher)
    return document.render(stylesheets=renderer.stylesheets, font_config=renderer.font_config)


def _attachment(tei: Path, date: dt.date) -> Any:
    from weasyprint import Attachment

    stamp = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC)
    return Attachment(
        filename=str(tei),
        name=tei.name,
        description=f"TEI P5 source of {tei.stem}",
        created=stamp,
        modified=stamp,
        relationship="Source",
        url_fetcher=_renderer().url_fetcher,
    )


def write_pdf(document: Any, target: Path, attachments: Iterable[Path], date: dt.date) -> Path:
    """Write a laid-out document as PDF/A-3b to ``target`` atomically, with the TEI files
    attached (``/AFRelationship /Source``, dates = ``date``) and a structure tree for assistive
    technology (WeasyPrint's ``pdf_tags``: headings, paragraphs, lists, links). Returns ``target``."""
    data = document.write_pdf(
        pdf_variant=PDF_VARIANT,
        attachments=[_attachment(tei, date) for tei in attachments],
        pdf_tags=True,
    )
    atomic_write(target, data)
    return target


def _run(job: _Job) -> Path:
    return write_pdf(layout(job.html), job.target, job.attachments, job.date)


def render_pdf(tei: Path, target: Path, edition: Edition, registers: Sequence[Path] | PyXdmValue = ()) -> Path:
    """One text's PDF/A-3b at ``target``, made in this process (XSLT, layout and writing).

    Args:
        registers: register files for index labels (or their parsed sequence).
    Raises:
        PdfError: the TEI file is unreadable or its transformation failed.
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    return _run(_Job(text_html(tei, edition, registers), target, (tei,), build_date(edition)))


def render_pdfs(
    tei_files: Sequence[Path],
    out_dir: Path,
    edition: Edition,
    *,
    jobs: int | None = None,
    registers: Sequence[Path] | None = None,
    on_error: Callable[[Path, str], None] | None = None,
) -> list[Path]:
    """One PDF/A-3b per TEI text: ``out_dir/<stem>.pdf``, in the order of ``tei_files``
    (``*.new.xml`` drafts left out).

    The XSLT runs in this process (the stylesheet compiled once); layout and PDF writing run in
    ``jobs`` worker processes (default :func:`default_jobs`; 1 = all in this process). With
    workers, the calling program's main module must be importable without side effects (the
    ``if __name__ == "__main__":`` idiom of :mod:`multiprocessing`).

    Args:
        tei_files: TEI texts.
        out_dir: created if missing.
        edition: from :func:`nashr.config.load_edition`.
        registers: register files for index labels; default :func:`find_registers`.
        on_error: called with (file, message) for a text that cannot be transformed; the other
            texts are still rendered. Without it the first such text raises :class:`PdfError`.
    Returns:
        the PDF paths written (texts that failed are left out).
    Raises:
        PdfError: a text is unreadable or its transformation failed, and no ``on_error`` is given.
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    tei_files = publishable(tei_files)
    register_docs = _documents(find_registers(tei_files) if registers is None else list(registers))
    font_dir()  # fail early, before any work, when the font is missing
    date = build_date(edition)
    work: list[_Job] = []
    for tei in tei_files:
        try:
            html = text_html(tei, edition, register_docs)
        except PdfError as error:
            if on_error is None:
                raise
            on_error(tei, str(error))
            continue
        work.append(_Job(html, out_dir / f"{tei.stem}.pdf", (tei,), date))
    return _map(work, default_jobs(tei_files) if jobs is None else max(1, jobs))


#: Parallel rendering pays off from about this much TEI (bytes of the files): each batch of workers
#: costs one import of WeasyPrint (about 3.3 s of CPU, in the fork server) while layout runs at
#: about 18 pages per CPU-second and 4.3 KB of TEI per page (benchmarks/pdf_speed.py, the seeds),
#: so two workers win once a batch holds more than about 120 pages.
PARALLEL_MIN_BYTES = 512_000


def default_jobs(tei_files: Sequence[Path]) -> int:
    """Worker processes for a batch: one per CPU (at most one per text) when the TEI files add up
    to :data:`PARALLEL_MIN_BYTES` or more, else 1 (render in this process)."""
    size = sum(path.stat().st_size for path in tei_files if path.is_file())
    if size < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, len(tei_files)))


def _map(work: list[_Job], workers: int) -> list[Path]:
    workers = min(workers, len(work))
    if workers <= 1:
        return [_run(job) for job in work]
    # forkserver: workers fork from a server that imported WeasyPrint once, never from this
    # process, which holds SaxonC's threads (fork of a multi-threaded process can deadlock).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["weasyprint", __name__])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_run, work))
