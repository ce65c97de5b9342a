"""The static HTML edition: TEI texts → a right-to-left site with registers and search.

The site folder stands alone (copy it to any web server)::

    index.html  about.html  search.html
    texts/<stem>.html       one page per TEI text
    tei/<stem>.xml          a copy of each text's TEI file (the download link)
    schema/nashr.rng …      the schemas the copies' <?xml-model?> PIs name by a relative URI
    pdf/<stem>.pdf          the PDFs, when copied in (:func:`copy_pdfs`; ``volume.pdf`` too)
    registers/persons.html  orgs.html  places.html: each register's entries, and the register
                            files persons.xml … (the TEI copies' ``@ref="../registers/persons.xml#…"``
                            resolve there)
    registers/persons/<key>.html …  a page for each entry the texts name: its occurrences in
                            context (file name: :func:`nashr.publish.summaries.entry_file`)
    assets/                 nashr.css, nashr.js, search-fold.json
    assets/fonts/           Vazirmatn (woff2) and its licence, OFL.txt
    pagefind/0/ 1/ …        the Pagefind full-text index (https://pagefind.app), in bundles
    search/<stem>.json      each text's blocks, for the search page's excerpts

With ``SiteOptions(tei_base=URL)`` or ``pdf_base=URL`` the pages link there instead. Drafts
(``*.new.xml``, :func:`nashr.publish.publishable`) are never published.

The work is a map over texts and a reduce, so a build can cache and spread the first:

- :func:`render_text` (per text, no file written): the text's page and its *summary* — the
  facts the shared pages need (index row, name occurrences with their context, the search
  records) — so the shared pages never hold the texts themselves (the about page reads the
  first text's editorial declaration);
- :func:`write_text` writes one page (with its previous/next links) and the TEI copy;
  :func:`set_text_nav` rewrites only the navigation of a written page;
- :func:`order` puts summaries in the site's order (by date, then file stem: ``n:sort-key``);
- :func:`search_index` writes the search index, and :func:`render_shared` the index, register,
  entry, about and search pages and the assets, from all summaries, each page from its part of
  them (:mod:`nashr.publish.summaries`): :func:`shared_inputs` gathers what those pages read of
  the texts (without Saxon), :func:`shared_pages` lists the pages, :func:`write_pages` writes any
  of them and :func:`write_static` the files no stylesheet makes (:func:`write_shared`: all), so
  a build can make the pages in other processes, a piece in each (``nashr build``: fresh
  workers, :mod:`nashr.pipeline`).

:func:`build_site` runs them all. Pages come from one XSLT 3.0 stylesheet,
``xslt/html/html.xsl``, compiled once per process (:mod:`nashr.publish.transform`). Every file is
written atomically, and the output depends only on the input: no clock, no absolute paths.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pagefind.service import get_executable
from saxonche import PyXsltExecutable

from nashr import __version__
from nashr.config import Edition
from nashr.convert.scripts import ARABIC_LETTER
from nashr.files import atomic_write
from nashr.publish import publishable
from nashr.publish.fonts import LICENCE_FILE, WEB_FONT, font_dir
from nashr.publish.summaries import SUMMARY_NS, SummaryParts, entry_file, split_summaries
from nashr.publish.transform import (
    XSLT_DIR,
    ParamValue,
    Stylesheets,
    TransformError,
    call_template,
    call_template_to_file,
    parse,
    processor,
    shared,
    transform,
)

HTML_XSL = XSLT_DIR / "html" / "html.xsl"
MESSAGES = XSLT_DIR / "common" / "messages.xml"
"""The UI messages, parsed once per site and passed to every call (the stylesheet's default,
``doc('messages.xml')``, would parse them again for each page, summary and navigation: 2 ms)."""
ASSETS = (
    XSLT_DIR / "html" / "assets" / "nashr.css",
    XSLT_DIR / "html" / "assets" / "nashr.js",
    XSLT_DIR / "html" / "search-fold.json",
)
REGISTERS = ("persons", "orgs", "places")
"""Register names: the files ``tei/registers/<name>.xml`` and pages ``registers/<name>.html``."""

EDITION_NS = "urn:nashr:edition"
_S = f"{{{SUMMARY_NS}}}"
NAV_START, NAV_END = "<!--nashr:text-nav-->", "<!--/nashr:text-nav-->"
"""The comments around a text page's previous/next navigation (:func:`set_text_nav`)."""

ErrorHandler = Callable[[Path, str], None]
"""Called with (file, message) for a text that cannot be published; the build goes on."""


@dataclass(frozen=True)
class SiteOptions:
    """Settings of a site build.

    Attributes:
        pdf_base: where the PDFs are, relative to the site root, or an absolute URL
            (``<pdf_base><stem>.pdf``); ``""`` writes no PDF links. Default ``pdf/``: the site
            holds them (:func:`copy_pdfs`).
        tei_base: where the TEI files are, relative to the site root, or an absolute URL. Default
            ``tei/``: the site holds copies. With a URL (or another folder), no copies are made.
        registers_dir: folder of persons.xml, orgs.xml, places.xml; ``None`` = ``../registers``
            next to the texts' folder (where the texts' ``@ref="../registers/…"`` point).
        ui_lang: language of the UI messages (``fa`` or ``en``); ``None`` = the edition's
            language. The pages' ``lang``/``dir`` follow the edition's language (the texts'),
            so a UI language other than the edition's is for previews, not for publication.
        search: build the Pagefind index (``pagefind/``).
        search_batch: texts per Pagefind bundle; each bundle is indexed by its own Pagefind
            process, one after the other, which bounds the indexer's memory (about 0.5 MB per
            text of the benchmark corpus); the browser merges the bundles.
        pdf_dir: a folder of PDFs made by ``nashr pdf`` to copy into ``pdf/`` of the site (those
            that exist: ``<stem>.pdf`` and ``volume.pdf``); ``None`` = none.
    """

    pdf_base: str = "pdf/"
    tei_base: str = "tei/"
    registers_dir: Path | None = None
    ui_lang: str | None = None
    search: bool = True
    search_batch: int = 200
    pdf_dir: Path | None = None


def _has_arabic_script(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


def edition_document(edition: Edition) -> str:
    """Return edition.toml's metadata as the XML the stylesheets read (``$edition``).

    Shape: ``<edition xmlns="urn:nashr:edition">`` with ``title`` (in the edition's language),
    ``title-en`` (``xml:lang="en"``), ``description`` (``xml:lang="en"`` unless written in
    Arabic script), ``publisher``, ``licence url="…"``, ``base-url`` (ending in ``/``, or empty),
    ``contact``, ``date`` (``edition.toml``'s, as written: ``2026-12`` for an edition of that
    month, whatever ``SOURCE_DATE_EPOCH`` says), ``language`` and one ``editor role="…"`` per editor.
    """
    lang = edition.language or "fa"
    base_url = edition.base_url if not edition.base_url or edition.base_url.endswith("/") else edition.base_url + "/"
    desc_lang = lang if _has_arabic_script(edition.description) else "en"
    parts = [
        f'<edition xmlns="{EDITION_NS}" xml:lang={quoteattr(lang)}>',
        f"<title>{escape(edition.title)}</title>",
        f'<title-en xml:lang="en">{escape(edition.title_en)}</title-en>',
        f"<description xml:lang={quoteattr(desc_lang)}>{escape(edition.description)}</description>",
        f"<publisher>{escape(edition.publisher)}</publisher>",
        f"<licence url={quoteattr(edition.licence_url)}>{escape(edition.licence)}</licence>",
        f"<base-url>{escape(base_url)}</base-url>",
        f"<contact>{escape(edition.contact)}</contact>",
        f"<date>{escape(edition.date)}</date>",
        f"<language>{escape(lang)}</language>",
    ]
    for editor in edition.editors:
        role_lang = lang if _has_arabic_script(editor.role) else "en"
        parts.append(
            f"<editor role={quoteattr(editor.role)} xml:lang={quoteattr(role_lang)}>"
            f"{escape(editor.name)}</editor>"
        )
    parts.append("</edition>")
    return "".join(parts)


def _is_url(base: str) -> bool:
    return "://" in base or base.startswith("/")


def register_files(options: SiteOptions, tei_files: Sequence[Path]) -> list[Path]:
    """The register files of the site: ``persons.xml``, ``orgs.xml``, ``places.xml`` (those that
    exist) in ``options.registers_dir``, else in ``../registers`` next to the first text."""
    folder = options.registers_dir
    if folder is None and tei_files:
        folder = tei_files[0].resolve().parent.parent / "registers"
    if folder is None:
        return []
    return [folder / f"{name}.xml" for name in REGISTERS if (folder / f"{name}.xml").is_file()]


@dataclass
class Site:
    """What every stage of one site build shares: the compiled stylesheet and the parameters
    common to all pages (edition, registers, UI language, link bases). Make it once per process
    with :func:`site_context`; it is not thread-safe (Saxon calls are serialised anyway)."""

    edition: Edition
    options: SiteOptions
    registers: list[Path]
    stylesheet: PyXsltExecutable
    params: dict[str, ParamValue] = field(default_factory=dict)


def site_context(
    edition: Edition,
    options: SiteOptions | None = None,
    registers: Sequence[Path] = (),
    stylesheets: Stylesheets | None = None,
) -> Site:
    """Compile the HTML stylesheet (once per process), parse the registers and the UI messages.

    Args:
        registers: register files (:func:`register_files`).
    Raises:
        TransformError: the stylesheet does not compile or a register file is not well-formed.
    """
    options = options or SiteOptions()
    sheet = (stylesheets or shared()).get(HTML_XSL)
    register_docs = [parse(path) for path in registers]
    params: dict[str, ParamValue] = {
        "edition": processor().parse_xml(xml_text=edition_document(edition)),
        "registers": register_docs,
        "messages": parse(MESSAGES),
        "ui-lang": options.ui_lang or (edition.language if edition.language in ("fa", "en") else "fa"),
        "pdf-base": options.pdf_base,
        "tei-base": options.tei_base,
        "web-font": WEB_FONT,
        "nashr-version": __version__,
    }
    return Site(edition, options, list(registers), sheet, params)


@dataclass(frozen=True)
class SearchRecord:
    """One block of a text in the search index: its HTML id, folded words, source text."""

    id: str
    content: str
    text: str


@dataclass(frozen=True)
class TextResult:
    """The per-text product: ``page`` (HTML, navigation empty: :func:`write_text` fills it),
    ``summary`` (XML ``<s:text>`` of ``xslt/html/summary.xsl`` without its search records),
    ``records`` (the search records), ``sort_key`` (``n:sort-key``), ``title``."""

    source: Path
    stem: str
    title: str
    sort_key: str
    page: str
    summary: str
    records: tuple[SearchRecord, ...]


def render_text(tei: Path, site: Site, stem: str | None = None) -> TextResult:
    """Render one text: its page and its summary. Writes nothing.

    Args:
        tei: a TEI file.
        stem: the page's name (``texts/<stem>.html``); default: the file's name without ``.xml``.
    Raises:
        TransformError: the file is unreadable or not well-formed, or the transformation failed
            (the message names the file).
    """
    node = parse(tei)
    stem = stem or tei.name.removesuffix(".xml")
    params = {**site.params, "stem": stem}
    page = transform(site.stylesheet, node, params)
    summary = etree.fromstring(
        call_template(site.stylesheet, "{urn:nashr:xslt}summary", {**params, "text": node}, raw=True))
    records = []
    for record in summary.findall(f"{_S}record"):
        records.append(SearchRecord(record.get("id", ""), record.get("content", ""), record.text or ""))
        summary.remove(record)
    return TextResult(
        source=tei,
        stem=stem,
        title=summary.get("title", ""),
        sort_key=summary.get("sort-key", ""),
        page=page,
        summary=etree.tostring(summary, encoding="unicode"),
        records=tuple(records),
    )


def order(results: Iterable[TextResult]) -> list[TextResult]:
    """The texts in the site's order (``n:sort-key``: by date, undated last, then file stem)."""
    return sorted(results, key=lambda r: r.sort_key)


def text_nav(site: Site, previous: str, next_: str) -> str:
    """The previous/next navigation of a text page (HTML; empty when both are ``""``)."""
    if not previous and not next_:
        return ""
    params = {**site.params, "previous": previous, "next": next_}
    return call_template(site.stylesheet, "{urn:nashr:xslt}text-nav", params)


def set_text_nav(page: str, nav: str) -> str:
    """``page`` with its navigation (between :data:`NAV_START` and :data:`NAV_END`, or at the
    slot the stylesheet left) replaced by ``nav``."""
    start = page.index(NAV_START)
    end = page.find(NAV_END, start)
    tail = page[end + len(NAV_END):] if end >= 0 else page[start + len(NAV_START):]
    return page[:start] + NAV_START + nav + NAV_END + tail


def write_text(out_dir: Path, result: TextResult, site: Site, previous: str = "", next_: str = "") -> list[Path]:
    """Write a text's page (``texts/<stem>.html``, with links to the ``previous`` and ``next_``
    stems), its blocks for the search page (``search/<stem>.json``, with search on) and, when the
    site holds the TEI (``tei_base`` a folder of the site), its TEI copy.

    Returns:
        the files written.
    """
    page = out_dir / "texts" / f"{result.stem}.html"
    atomic_write(page, set_text_nav(result.page, text_nav(site, previous, next_)).encode("utf-8"))
    written = [page]
    if site.options.search:
        blocks = out_dir / "search" / f"{result.stem}.json"
        atomic_write(blocks, search_blocks(result))
        written.append(blocks)
    if not _is_url(site.options.tei_base):
        copy = out_dir / site.options.tei_base / f"{result.stem}.xml"
        atomic_write(copy, result.source.read_bytes())
        written.append(copy)
    return written


def update_text_nav(out_dir: Path, stem: str, site: Site, previous: str, next_: str) -> Path | None:
    """Rewrite the navigation of the written page ``texts/<stem>.html``; returns the page when it
    changed, else ``None`` (for an incremental build whose order changed)."""
    path = out_dir / "texts" / f"{stem}.html"
    old = path.read_text(encoding="utf-8")
    new = set_text_nav(old, text_nav(site, previous, next_))
    if new == old:
        return None
    atomic_write(path, new.encode("utf-8"))
    return path


def search_index(out_dir: Path, results: Sequence[TextResult], options: SiteOptions, language: str) -> list[Path]:
    """Write the search index of all texts (:func:`write_search_index`, in bundles of
    ``options.search_batch`` texts) unless ``options.search`` is off. Needs no stylesheet: a
    build makes it without starting Saxon.

    Args:
        results: every published text, in the site's order (:func:`order`).
        language: the edition's language (ISO 639-1), for Pagefind's word handling.
    Returns:
        the files written.
    Raises:
        RuntimeError: Pagefind failed; OSError: the folder is unwritable.
    """
    if not options.search:
        return []
    return write_search_index(out_dir, _batches(results, options.search_batch), language)


@dataclass(frozen=True)
class SharedInputs:
    """What the shared pages read of all texts, gathered by :func:`shared_inputs` without Saxon
    (plain paths and numbers: it can be handed to another process on this machine).

    Attributes:
        parts: the summaries split by the page that reads them (:func:`nashr.publish.summaries.split_summaries`).
        search_parts: the search index's bundles (the search page loads each).
        declared: the TEI file whose ``editorialDecl`` the about page shows (:func:`_declared_text`), or None.
        schemas: the schema files the TEI copies need, keyed by where they go in the site
            (:func:`_local_schemas`; empty when the site holds no TEI copies).
    """

    parts: SummaryParts
    search_parts: int
    declared: Path | None
    schemas: dict[str, Path]


def shared_inputs(out_dir: Path, results: Sequence[TextResult], options: SiteOptions, folder: Path) -> SharedInputs:
    """Gather what the shared pages of ``out_dir`` read of ``results`` (every published text, in
    the site's order), the summaries split into ``folder`` a text at a time; starts no Saxon.

    Raises:
        OSError: ``folder`` is not writable or a text's TEI file cannot be read.
    """
    parts = split_summaries((result.summary for result in results), folder, REGISTERS)
    schemas = {} if _is_url(options.tei_base) else _local_schemas(results, out_dir / options.tei_base, out_dir)
    return SharedInputs(parts, max(1, len(_batches(results, options.search_batch))), _declared_text(results),
                        schemas)


def render_shared(out_dir: Path, results: Sequence[TextResult], site: Site) -> list[Path]:
    """Write the pages made from all texts: index, registers and their entries, about, search;
    the assets, the web font and the register files (beside the register pages). The search
    index is :func:`search_index`'s (made first: Pagefind's bundle, ~450 MB, should not add up
    with the memory this process keeps from the pages' Saxon trees). :func:`shared_inputs` then
    :func:`write_shared`, the summaries' parts in a temporary folder.

    Args:
        results: every published text, in the site's order (:func:`order`).
    Returns:
        the files written.
    Raises:
        TransformError: a stylesheet call failed.
    """
    with tempfile.TemporaryDirectory(prefix="nashr-summaries-") as folder:
        return write_shared(out_dir, shared_inputs(out_dir, results, site.options, Path(folder)), site)


def write_shared(out_dir: Path, inputs: SharedInputs, site: Site) -> list[Path]:
    """Write the shared pages (see :func:`render_shared`) from what :func:`shared_inputs`
    gathered: :func:`write_pages` of every :func:`shared_pages`, then :func:`write_static`.

    Returns:
        the files written: index, register and entry pages, about, search, assets, font, register
        files, schemas.
    Raises:
        TransformError: a stylesheet call failed.
    """
    return [*write_pages(out_dir, shared_pages(inputs), site, inputs.search_parts, inputs.declared),
            *write_static(out_dir, inputs, site.registers)]


@dataclass(frozen=True)
class SharedPage:
    """One shared page, made by one call of the HTML stylesheet (:func:`write_pages`): plain
    strings and a path, so a build can hand a few of them to another process.

    Attributes:
        target: the page's file, relative to the site folder.
        template: the named template that makes it (``n:<template>``).
        part: the summaries' part it holds whole (``$summaries``), or None; an entry's page
            holds the ``<s:entries>`` of its entry alone (:attr:`SummaryParts.heads`).
        register: ``$register-name``, or ``""``.
        entry: ``$entry-key``, or ``""``.
        chunks: the index's rows or an entry's occurrences in chunks (``$chunks``, their URIs),
            which the stylesheet parses one at a time.
        size: the bytes it reads of the summaries, its part's and its chunks' (0 for none, the
            index's chunks counted once though it reads them twice): Saxon's work for the page
            grows with it.
        held: the bytes of the summaries it holds at once at most, its part's and its largest
            chunk's: the page's memory grows with it.
    """

    target: str
    template: str
    part: Path | None = None
    register: str = ""
    entry: str = ""
    chunks: tuple[Path, ...] = ()
    size: int = 0
    held: int = 0


def _page(target: str, template: str, part: Path | None = None, register: str = "", entry: str = "",
          chunks: tuple[Path, ...] = ()) -> SharedPage:
    """A :class:`SharedPage` with its ``size`` and ``held`` measured from its files."""
    whole = part.stat().st_size if part is not None else 0
    sizes = [chunk.stat().st_size for chunk in chunks]
    return SharedPage(target, template, part, register, entry, chunks, whole + sum(sizes),
                      whole + max(sizes, default=0))


def shared_pages(inputs: SharedInputs) -> list[SharedPage]:
    """The pages made from all texts, in writing order: the index, each register's page followed
    by its entries' pages, about, search."""
    parts = inputs.parts
    pages = [_page("index.html", "index", parts.index, chunks=parts.rows)]
    for name in REGISTERS:
        pages.append(_page(f"registers/{name}.html", "register", parts.registers[name], name))
        pages.extend(_page(f"registers/{name}/{entry_file(key)}.html", "register-entry-page",
                           parts.heads[name][key], name, key, chunks)
                     for key, chunks in parts.entries[name].items())
    pages.append(_page("about.html", "about"))
    pages.append(_page("search.html", "search"))
    return pages


def write_pages(out_dir: Path, pages: Sequence[SharedPage], site: Site, search_parts: int,
                declared: Path | None) -> list[Path]:
    """Write ``pages`` (:func:`shared_pages`, any of them), each by one stylesheet call whose
    result Saxon writes to the file, its part of the summaries parsed when the page is made and
    let go after (the index's rows and an entry's occurrences a chunk at a time, by the
    stylesheet), so a page's memory grows with its part and its largest chunk (:attr:`SharedPage.held`),
    not with the edition.

    Args:
        search_parts: the search index's bundles (:attr:`SharedInputs.search_parts`).
        declared: the about page's TEI file (:attr:`SharedInputs.declared`).
    Returns:
        the pages' files, in the order of ``pages``.
    Raises:
        TransformError: a stylesheet call failed.
    """
    if not pages:
        return []
    params = {**site.params, "search-parts": search_parts}
    if declared is not None:
        params["declared-text"] = parse(declared)
    written: list[Path] = []
    for page in pages:
        own = dict(params)
        if page.register:
            own["register-name"] = page.register
        if page.entry:
            own["entry-key"] = page.entry
        if page.chunks:
            own["chunks"] = " ".join(chunk.resolve().as_uri() for chunk in page.chunks)
        if page.part is not None:
            own["summaries"] = processor().parse_xml(xml_file_name=str(page.part))
        target = out_dir / page.target
        call_template_to_file(site.stylesheet, f"{{urn:nashr:xslt}}{page.template}", own, target)
        written.append(target)
    return written


def write_static(out_dir: Path, inputs: SharedInputs, registers: Iterable[Path]) -> list[Path]:
    """Write the shared files no stylesheet makes: the assets, the web font and its licence, the
    register files (beside the register pages) and the schemas the TEI copies name (no Saxon).

    Args:
        registers: the register files (:func:`register_files`).
    Returns:
        the files written.
    Raises:
        OSError: a file cannot be read or written.
    """
    fonts = font_dir()
    files = [*((f"assets/{asset.name}", asset) for asset in ASSETS),
             *((f"assets/fonts/{name}", fonts / name) for name in (WEB_FONT, LICENCE_FILE)),
             *((f"registers/{register.name}", register) for register in registers),
             *sorted(inputs.schemas.items())]
    written: list[Path] = []
    for relative, source in files:
        target = out_dir / relative
        atomic_write(target, source.read_bytes())
        written.append(target)
    return written


def _declared_text(results: Sequence[TextResult]) -> Path | None:
    """The TEI file of the first text (in the site's order) whose header has an ``editorialDecl``
    (its principles are the about page's), found by its bytes: only a file that has the tag is
    parsed."""
    for result in results:
        if b"editorialDecl" in result.source.read_bytes():
            return result.source
    return None


_XML_MODEL_HREF = re.compile(rb"<\?xml-model\s[^>]*?\bhref=([\"'])([^\"']+)\1")


def _local_schemas(results: Sequence[TextResult], copies: Path, out_dir: Path) -> dict[str, Path]:
    """The schema files the texts' ``<?xml-model?>`` PIs name by a relative URI, keyed by where
    they go in the site: the same place relative to the TEI copies (``tei/../schema/nashr.rng``),
    so the copies validate where they are. Only the prolog is read (the PIs precede the root)."""
    found: dict[str, Path] = {}
    for result in results:
        with result.source.open("rb") as handle:
            prolog = handle.read(4096)
        for match in _XML_MODEL_HREF.finditer(prolog):
            href = match.group(2).decode("utf-8", "replace")
            if "://" in href or href.startswith("/"):
                continue
            schema = (result.source.parent / href).resolve()
            target = os.path.normpath(os.path.relpath(copies / href, out_dir))
            if schema.is_file() and not target.startswith(".."):
                found.setdefault(Path(target).as_posix(), schema)
    return found


def copy_pdfs(site_dir: Path, pdfs: Iterable[Path]) -> list[Path]:
    """Copy PDFs (``nashr pdf``'s, per text and the volume) into ``site_dir/pdf/``, where the
    pages link to them by default; PDFs that do not exist are skipped. Returns the copies."""
    copies = []
    for pdf in pdfs:
        if pdf.is_file():
            target = site_dir / "pdf" / pdf.name
            atomic_write(target, pdf.read_bytes())
            copies.append(target)
    return copies


def build_site(
    tei_files: list[Path],
    out_dir: Path,
    edition: Edition,
    options: SiteOptions | None = None,
    *,
    on_error: ErrorHandler | None = None,
    stylesheets: Stylesheets | None = None,
) -> list[Path]:
    """Build the static HTML edition of ``tei_files`` in ``out_dir`` (all stages, in one process).

    Args:
        tei_files: TEI P5 texts; each page is ``texts/<file stem>.html``; ``*.new.xml`` drafts
            are left out.
        out_dir: the site folder (created if missing); files of earlier builds are overwritten,
            other files are left alone.
        edition: edition.toml's metadata (:func:`nashr.config.load_edition`).
        options: see :class:`SiteOptions`.
        on_error: called for each text that cannot be read or transformed, which is then left
            out of the site; ``None`` raises instead.
        stylesheets: compiled-stylesheet cache (default: the process-wide one).
    Returns:
        the files written, in writing order (pages, TEI copies, shared pages, assets, search index).
    Raises:
        TransformError: a text failed and ``on_error`` is None, or the stylesheet failed.
    """
    options = options or SiteOptions()
    tei_files = publishable(tei_files)
    site = site_context(edition, options, register_files(options, tei_files), stylesheets)

    def fail(path: Path, message: str) -> None:
        if on_error is None:
            raise TransformError(message)
        on_error(path, message)

    results: list[TextResult] = []
    seen: dict[str, Path] = {}
    written: list[Path] = []
    for path in tei_files:
        stem = path.name.removesuffix(".xml")
        if stem in seen:
            fail(path, f"{path}: same file name as {seen[stem]}; its page would replace that one")
            continue
        seen[stem] = path
        try:
            result = render_text(path, site)
        except TransformError as exc:
            fail(path, str(exc))
            continue
        written.extend(write_text(out_dir, result, site))
        # written (the page, and the records' source text in search/<stem>.json): the shared
        # stage needs the rest, the records' folded words for the search index
        results.append(replace(result, page="", records=tuple(replace(r, text="") for r in result.records)))
    results = order(results)
    for i, result in enumerate(results):
        previous = results[i - 1].stem if i > 0 else ""
        next_ = results[i + 1].stem if i + 1 < len(results) else ""
        update_text_nav(out_dir, result.stem, site, previous, next_)
    written.extend(search_index(out_dir, results, options, edition.language or "fa"))
    written.extend(render_shared(out_dir, results, site))
    if options.pdf_dir is not None:
        names = [f"{r.stem}.pdf" for r in results] + ["volume.pdf"]
        written.extend(copy_pdfs(out_dir, (options.pdf_dir / name for name in names)))
    return written


# ---------------------------------------------------------------- search index


def _batches(results: Sequence[TextResult], size: int) -> list[Sequence[TextResult]]:
    size = max(1, size)
    return [results[i:i + size] for i in range(0, len(results), size)]


def _search_page(result: TextResult, language: str) -> str:
    """A text as the page Pagefind indexes: its blocks' folded words; its address, title and stem
    as metadata. Pagefind finds the texts; the search page then reads the text's blocks
    (:func:`search_blocks`) to show each matching block with an excerpt."""
    blocks = "".join(f"<p>{escape(record.content)}</p>" for record in result.records)
    return (
        f'<!DOCTYPE html><html lang="{escape(language)}"><head><meta charset="utf-8">'
        f'<meta data-pagefind-meta="url[content]" content={quoteattr(f"texts/{result.stem}.html")}>'
        f'<meta data-pagefind-meta="title[content]" content={quoteattr(result.title)}>'
        f'<meta data-pagefind-meta="stem[content]" content={quoteattr(result.stem)}>'
        f"</head><body>{blocks}</body></html>"
    )


def search_blocks(result: TextResult) -> bytes:
    """The text's blocks for the search page (``search/<stem>.json``): ``[[id, source text,
    folded words], …]`` in the text's order (JSON, UTF-8)."""
    blocks = [[record.id, record.text, record.content] for record in result.records]
    return json.dumps(blocks, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _index_batch(pages: Path, output: Path, language: str) -> None:
    """Index the pages of one bundle with Pagefind's own command-line program (shipped in the
    ``pagefind[extended]`` package), which has flushed every file when it exits.

    Its Python service is not used: it reports the files written before they are flushed, and
    closing it kills the process, so a loaded machine could keep an empty ``pagefind-entry.json``
    (Pagefind issue #1271, fixed after the 1.5.2 release).

    Raises:
        RuntimeError: the program is missing or failed (its message is kept).
    """
    program = get_executable()
    if program is None:
        raise RuntimeError("Pagefind's program is missing: reinstall nashr (it needs pagefind[extended])")
    done = subprocess.run(
        [str(program), "--site", str(pages), "--glob", "*.html", "--output-path", str(output),
         "--force-language", language, "--silent"],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"Pagefind failed: {done.stderr.strip() or done.stdout.strip()}")


def _index_bundles(bundles: Sequence[tuple[Path, Path]], language: str) -> None:
    """Index each bundle's pages folder into its output folder, one Pagefind process after the
    other (which bounds the indexer's memory), deleting the pages as it goes."""
    for pages, output in bundles:
        _index_batch(pages, output, language)
        shutil.rmtree(pages)


def write_search_index(site_dir: Path, batches: Sequence[Sequence[TextResult]], language: str = "fa") -> list[Path]:
    """Index the texts' blocks with Pagefind (Python package ``pagefind``) into
    ``site_dir/pagefind/<i>/``, one bundle per batch, each by its own Pagefind process.

    Pagefind indexes one page per text: the folded words of its blocks (``n:search-text``), with
    its address, title and stem as metadata. The search page verifies each hit block by block in
    the text's ``search/<stem>.json`` (written with the page, :func:`write_text`) and links to
    the paragraph with an excerpt in the source's spelling. The bundles are
    written into a fresh temporary folder inside ``site_dir``, which then replaces ``pagefind/``
    by rename, so a reader never sees half an index.

    Args:
        site_dir: the site folder.
        batches: the texts' results (:func:`render_text`), in bundles.
        language: the pages' language (ISO 639-1) for Pagefind's word handling.
    Returns:
        the files of the new index.
    Raises:
        RuntimeError: Pagefind failed (its message is kept); OSError: the folder is unwritable.
    """
    target = site_dir / "pagefind"
    site_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=site_dir, prefix=".pagefind-"))
    staging.chmod(0o755)  # mkdtemp makes 0700; a web server must read the index
    try:
        bundles = []
        # no bundle for no texts (every source unusable): Pagefind refuses a folder without pages
        for number, batch in enumerate(batch for batch in batches if batch):
            # one page per text, indexed in one call (Pagefind's Python service answers each call
            # after a 0.1 s poll: a call per record would take hours for a large edition)
            pages = Path(tempfile.mkdtemp(dir=staging, prefix=".texts-"))
            for result in batch:
                (pages / f"{result.stem}.html").write_text(_search_page(result, language), encoding="utf-8")
            bundles.append((pages, staging / str(number)))
        _index_bundles(bundles, language)
        old = site_dir / f".pagefind-old-{os.getpid()}"
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(p for p in target.rglob("*") if p.is_file())
