"""The static HTML edition: TEI texts → a right-to-left site with registers and search.

:func:`build_site` writes, under ``out_dir``::

    index.html              the texts (title, date in both calendars, type, source)
    texts/<stem>.html       one page per TEI text
    registers/persons.html  registers/orgs.html  registers/places.html
    about.html  search.html
    assets/                 nashr.css, nashr.js, search-fold.json
    pagefind/               the Pagefind full-text index (https://pagefind.app)

The pages come from one XSLT 3.0 stylesheet, ``xslt/html/html.xsl``, compiled once
(:mod:`nashr.publish.transform`); each text is parsed once and reused for its page, the index, the
register pages (all three from one pass over every occurrence) and the about page. Every file is written
atomically (temporary file in the same folder, then :func:`os.replace`), and the output depends
only on the input: no clock, no absolute paths.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pagefind.index import IndexConfig, PagefindIndex
from saxonche import PyXdmNode

from nashr import __version__
from nashr.config import Edition, build_date
from nashr.files import atomic_write
from nashr.publish.transform import (
    XSLT_DIR,
    Stylesheets,
    TransformError,
    call_template,
    documents,
    parse,
    processor,
    shared,
    transform,
)

HTML_XSL = XSLT_DIR / "html" / "html.xsl"
ASSETS = (
    XSLT_DIR / "html" / "assets" / "nashr.css",
    XSLT_DIR / "html" / "assets" / "nashr.js",
    XSLT_DIR / "html" / "search-fold.json",
)
REGISTERS = ("persons", "orgs", "places")
"""Register names: the files ``tei/registers/<name>.xml`` and pages ``registers/<name>.html``."""

EDITION_NS = "urn:nashr:edition"


ErrorHandler = Callable[[Path, str], None]
"""Called with (file, message) for a text that cannot be published; the build goes on."""


@dataclass(frozen=True)
class SiteOptions:
    """Settings of a site build.

    Attributes:
        pdf_base: where the PDFs are, relative to the site root (``<pdf_base><stem>.pdf``);
            ``""`` writes no PDF links. Default ``../pdf/`` (``nashr pdf``'s default folder
            next to ``site/``).
        tei_base: where the TEI files are, relative to the site root, or a URL; default
            ``../tei/texts/``. The site links to them and holds no copies, so the edition (and
            its deposit) keeps one copy of each text.
        registers_dir: folder of persons.xml, orgs.xml, places.xml; ``None`` = ``../registers``
            next to the texts' folder (where the texts' ``@ref="../registers/…"`` point).
        odd: the edition's ODD, whose prose the about page shows as the encoding principles;
            ``None`` = ``../schema/nashr.odd`` next to the texts' folder if it exists, else the
            texts' ``editorialDecl``.
        ui_lang: language of the UI messages (``fa`` or ``en``); ``None`` = the edition's
            language. The pages' ``lang``/``dir`` follow the edition's language (the texts'),
            so a UI language other than the edition's is for previews, not for publication.
        search: build the Pagefind index (``pagefind/``).
    """

    pdf_base: str = "../pdf/"
    tei_base: str = "../tei/texts/"
    registers_dir: Path | None = None
    odd: Path | None = None
    ui_lang: str | None = None
    search: bool = True


def _has_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def edition_document(edition: Edition) -> str:
    """Return edition.toml's metadata as the XML the stylesheets read (``$edition``).

    Shape: ``<edition xmlns="urn:nashr:edition">`` with ``title`` (in the edition's language),
    ``title-en`` (``xml:lang="en"``), ``description`` (``xml:lang="en"`` unless written in
    Arabic script), ``publisher``, ``licence url="…"``, ``base-url`` (ending in ``/``),
    ``contact``, ``date``, ``language`` and one ``editor role="…"`` per editor.
    """
    lang = edition.language or "fa"
    base_url = edition.base_url if edition.base_url.endswith("/") else edition.base_url + "/"
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
        f"<date>{build_date(edition).isoformat()}</date>",
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


def _odd(options: SiteOptions, tei_files: Sequence[Path]) -> Path | None:
    if options.odd is not None:
        return options.odd
    if tei_files:
        default = tei_files[0].resolve().parent.parent / "schema" / "nashr.odd"
        if default.is_file():
            return default
    return None


def _registers(options: SiteOptions, tei_files: Sequence[Path]) -> list[Path]:
    folder = options.registers_dir
    if folder is None and tei_files:
        folder = tei_files[0].resolve().parent.parent / "registers"
    if folder is None:
        return []
    return [folder / f"{name}.xml" for name in REGISTERS if (folder / f"{name}.xml").is_file()]


def build_site(
    tei_files: list[Path],
    out_dir: Path,
    edition: Edition,
    options: SiteOptions | None = None,
    *,
    on_error: ErrorHandler | None = None,
    stylesheets: Stylesheets | None = None,
) -> list[Path]:
    """Build the static HTML edition of ``tei_files`` in ``out_dir``.

    Args:
        tei_files: TEI P5 texts; each page is ``texts/<file stem>.html``.
        out_dir: the site folder (created if missing); files of earlier builds are overwritten,
            other files are left alone.
        edition: edition.toml's metadata (:func:`nashr.config.load_edition`).
        options: see :class:`SiteOptions`.
        on_error: called for each text that cannot be read or transformed, which is then left
            out of the site; ``None`` raises instead.
        stylesheets: compiled-stylesheet cache (default: the process-wide one).
    Returns:
        the files written, in writing order (pages, TEI copies, assets, search index).
    Raises:
        TransformError: a text failed and ``on_error`` is None, or the stylesheet failed.
    """
    options = options or SiteOptions()
    sheets = stylesheets or shared()
    html = sheets.get(HTML_XSL)
    written: list[Path] = []

    def emit(relative: str, data: bytes) -> None:
        target = out_dir / relative
        atomic_write(target, data)
        written.append(target)

    def fail(path: Path, message: str) -> None:
        if on_error is None:
            raise TransformError(message)
        on_error(path, message)

    parsed: dict[str, tuple[Path, PyXdmNode]] = {}
    for path in tei_files:
        if path.stem in parsed:
            fail(path, f"{path}: same file name as {parsed[path.stem][0]}; its page would replace that one")
            continue
        try:
            parsed[path.stem] = (path, parse(path))
        except TransformError as exc:
            fail(path, str(exc))

    regs = [parse(p) for p in _registers(options, tei_files)]
    edition_doc = processor().parse_xml(xml_text=edition_document(edition))
    texts = documents(node for _, node in parsed.values())
    common = {
        "edition": edition_doc,
        "registers": documents(regs),
        "ui-lang": options.ui_lang or (edition.language if edition.language in ("fa", "en") else "fa"),
        "pdf-base": options.pdf_base,
        "tei-base": options.tei_base,
        "nashr-version": __version__,
    }

    order = call_template(html, "{urn:nashr:xslt}order", {**common, "texts": texts}).split()
    for i, stem in enumerate(order):
        path, node = parsed[stem]
        params = {
            **common,
            "stem": stem,
            "previous": order[i - 1] if i > 0 else "",
            "next": order[i + 1] if i + 1 < len(order) else "",
        }
        try:
            page = transform(html, node, params)
        except TransformError as exc:
            fail(path, str(exc))
            del parsed[stem]
            continue
        emit(f"texts/{stem}.html", page.encode("utf-8"))

    odd = _odd(options, tei_files)
    published = documents(node for _, node in parsed.values())  # without texts that failed
    site = {**common, "texts": published, **({"odd": parse(odd)} if odd else {})}
    emit("index.html", call_template(html, "{urn:nashr:xslt}index", site).encode("utf-8"))
    registers = json.loads(call_template(html, "{urn:nashr:xslt}registers", site, raw=True))
    for name in REGISTERS:
        emit(f"registers/{name}.html", registers[name].encode("utf-8"))
    emit("about.html", call_template(html, "{urn:nashr:xslt}about", site).encode("utf-8"))
    emit("search.html", call_template(html, "{urn:nashr:xslt}search", site).encode("utf-8"))
    for asset in ASSETS:
        emit(f"assets/{asset.name}", asset.read_bytes())
    if options.search:
        written.extend(write_search_index(out_dir, edition.language or "fa"))
    return written


def _run_coroutine(make: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to completion, also when this thread already runs an event loop (Jupyter,
    Playwright's sync API): then it runs in a worker thread with its own loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(make())
        return
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(make())).result()


def write_search_index(site_dir: Path, language: str = "fa") -> list[Path]:
    """Index the text pages of ``site_dir`` with Pagefind (Python package ``pagefind``) into
    ``site_dir/pagefind/``.

    Pagefind writes its bundle into a fresh temporary folder inside ``site_dir``; that folder then
    replaces ``pagefind/`` by rename, so a reader never sees half an index. Only the text pages are
    indexed; each carries a hidden copy of its text folded by ``search-fold.json``.

    Args:
        site_dir: a site written by :func:`build_site`.
        language: the pages' language (ISO 639-1) for Pagefind's word handling.
    Returns:
        the files of the new bundle.
    Raises:
        Exception: whatever Pagefind raises (its service failed or the folder is unreadable).
    """
    target = site_dir / "pagefind"
    staging = Path(tempfile.mkdtemp(dir=site_dir, prefix=".pagefind-"))
    staging.chmod(0o755)  # mkdtemp makes 0700; a web server must read the index

    async def run() -> None:
        config = IndexConfig(force_language=language, output_path=str(staging.resolve()))
        async with PagefindIndex(config=config) as index:
            await index.add_directory(path=str(site_dir.resolve()), glob="texts/*.html")

    try:
        _run_coroutine(run)
        old = site_dir / f".pagefind-old-{os.getpid()}"
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(p for p in target.rglob("*") if p.is_file())
