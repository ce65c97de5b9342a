"""The edition's volume: one PDF/A-3b of every text, printed in parts and joined.

The volume is the title page and table of contents, the texts in the site's order
(``n:sort-key``), an index of persons, organisations and places with page numbers (left out when
no name points to a register) and a colophon, with every text's TEI file attached
(:func:`render_volume`). One WeasyPrint document of a whole edition would be laid out and held
in one process (about 0.8 MB a page, docs/scale.md); instead it is printed in parts, each a PDF
of its own, laid out by the build's workers (``pool``: :mod:`nashr.runner.executor`):

1. each text's summary (its order key, title and names: ``xslt/print/volume-summary.xsl``), made
   by the workers from batches of the texts (:func:`_summarise`); the texts in order
   (``n:sort-key``, compared by code point in this process) and their summaries written in that
   order next to the volume, the only input of the title page, contents and index
   (:func:`_summarised`): the ends' input grows by a summary a text, not by the texts; the
   ordered texts cut into batches of about ``part_bytes`` of TEI (:func:`_batches`): the parts
   never depend on the number of workers, so neither does the volume;
2. the contents, laid out once only to count their pages (its page numbers are placed absolutely,
   so they never change its length), and each batch of texts: paginated, it reports its page
   count, waits for the counts of the parts before it (started before it, so it never waits for
   a part that cannot start) and numbers its pages on from theirs (:func:`_number_pages_on`: the
   ``page`` counter of its margin boxes, laid out after the pages);
3. once every anchor's page is known: the back matter (index and colophon) cut into documents
   (:mod:`nashr.publish.index_pieces`: the index in pieces of at most ``index_locators`` page
   numbers, then the colophon), each laid out as a part numbered on from the parts before it, as
   the texts' parts are; and the title page and contents with their page numbers;
4. the join (:class:`nashr.publish.join.Joiner`, in the calling process, while the workers lay out
   the parts after): each part's objects written to the volume, renumbered, as soon as it and
   the parts before it are written, the texts' parts first and the front and back matter last —
   under the catalogue of the front matter's part (XMP metadata, document information, output
   intent, the attached TEI files, language, file identifier), with the named destinations of
   every part in one name tree, the links between parts turned into links to them, the
   structure tree of every part under one ``Document`` element (``StructParents`` keys shifted),
   one program of each font (the parts' subsets merged), and the bookmarks of the whole volume,
   nested as WeasyPrint nests them in one document.

A build hands the volume's parts of texts to its workers before the texts' own PDFs, and the
front and back matter ahead of the texts' PDFs still waiting as soon as the texts' parts are laid
out, so the index's pieces are laid out while the other workers print texts; it joins
the parts in a thread while it makes the site's shared pages (:func:`volume_steps`).

The parts and the summaries are written next to the volume as hidden ``.NAME.part-*.tmp`` files and
removed when it is written (a killed build's leftovers go with :func:`nashr.pipeline.remove_temporaries`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from lxml import etree

from nashr.config import Edition, build_date, source_date
from nashr.files import atomic_write, atomic_writer
from nashr.publish import publishable
from nashr.publish.fonts import font_dir
from nashr.publish.index_pieces import LOCATORS_PER_PIECE, cut
from nashr.publish.join import PART_LINK, Joiner
from nashr.publish.pdf import (
    PRINT_STYLESHEET,
    PdfError,
    _call,
    _documents,
    _params,
    default_jobs,
    find_registers,
    layout,
    write_pdf,
)
from nashr.publish.transform import TransformError, call_template, shared

PART_BYTES = 200_000
"""TEI bytes in one part of the volume (a part ends with the text that reaches it): a part is laid
out by one worker and held in its memory (about 45 pages, 4.3 KB of TEI a page, 35 MB), and the
parts are the unit of the volume's parallel work, of about the same size whatever the texts' (a
fixed number of texts made parts of 30 to 124 pages). Fixed, so the volume is the same file
whatever the number of workers."""


def _batches(ordered: Sequence[Path], part_bytes: int) -> list[tuple[Path, ...]]:
    """``ordered`` cut into runs of texts, each closed by the text that brings it to ``part_bytes``
    bytes of TEI or more (the last one may hold less)."""
    batches: list[tuple[Path, ...]] = []
    batch: list[Path] = []
    size = 0
    for tei in ordered:
        batch.append(tei)
        size += tei.stat().st_size
        if size >= part_bytes:
            batches.append(tuple(batch))
            batch, size = [], 0
    return [*batches, tuple(batch)] if batch else batches

_SUMMARIES = "{urn:nashr:print}volume-summaries"
_FRONT = "{urn:nashr:print}front-matter"
_TEXTS = "{urn:nashr:print}volume-texts"
_BACK = "{urn:nashr:print}back-matter"
#: CSS pixels → PDF points (WeasyPrint writes at zoom 1: 0.75 pt a px)
_POINTS_PER_PX = 0.75


class Pool(Protocol):
    """Where the parts are laid out: :class:`nashr.runner.executor.Executor`'s ``run``."""

    def run(self, fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]], *, first: bool = False,
            fresh: bool = False, alone: bool = False) -> Iterator[tuple[int, Any]]: ...


@dataclass(frozen=True, slots=True)
class _Volume:
    """What every part of one volume shares: the edition, its build date (the attachments' file
    times) and ``SOURCE_DATE_EPOCH``'s day or None (the colophon's «built on»), both read once, by
    the caller: a worker's environment is its fork server's, whose ``SOURCE_DATE_EPOCH`` may be
    older; the register files, where the parts and their page counts are written (hidden files
    next to the volume); the most page numbers in a piece of the index
    (:data:`nashr.publish.index_pieces.LOCATORS_PER_PIECE`)."""

    edition: Edition
    date: dt.date
    built: dt.date | None
    registers: tuple[Path, ...]
    target: Path
    locators: int = LOCATORS_PER_PIECE

    def part(self, index: int) -> Path:
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.pdf.tmp")

    def html(self, index: int) -> Path:
        """The HTML of a piece of the back matter, cut by the ``"index"`` part."""
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.html.tmp")

    def count(self, index: int) -> Path:
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.pages.tmp")

    def summaries(self) -> Path:
        """The texts' summaries in the volume's order (``<p:texts>``), read by its ends."""
        return self.target.with_name(f".{self.target.name}.part-summaries.xml.tmp")

    def clear(self) -> None:
        for leftover in self.target.parent.glob(f".{self.target.name}.part-*"):
            leftover.unlink(missing_ok=True)

    def report(self, index: int, pages: int | None) -> None:
        """Publish part ``index``'s page count (None: it failed, and those after it must stop)."""
        atomic_write(self.count(index), b"failed" if pages is None else str(pages).encode())

    def pages_of(self, index: int) -> int:
        """Part ``index``'s page count, waiting until it is reported.

        Raises:
            PdfError: that part failed.
        """
        return int(self._wait(self.count(index), index))

    def _wait(self, path: Path, index: int) -> str:
        while not path.is_file():
            time.sleep(0.02)
        text = path.read_text()
        if text == "failed":
            raise PdfError(f"{self.target}: part {index} of the volume failed")
        return text


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of the volume, laid out by :func:`_print_part`. ``kind``: ``"count"`` (the front
    matter, laid out only to count its pages: part 0), ``"front"``, ``"texts"`` or ``"back"`` (a
    part to lay out and write: a piece of the back matter, read from :meth:`_Volume.html`), or
    ``"index"`` (the back matter's HTML, from the texts' summaries (:meth:`_Volume.summaries`),
    cut into pieces, the first of them part ``index``: nothing laid out); only a part of texts
    reads ``texts``. ``first_page``: the number of its first page, or None to number on from the
    parts before it."""

    index: int
    kind: str
    texts: tuple[Path, ...] = ()
    anchor_pages: str = "{}"
    first_page: int | None = None
    attachments: tuple[Path, ...] = field(default=())


_page_offset: Callable[[int], int] | None = None
"""While a part is laid out: its page count → what to add to its page numbers."""


@cache
def _number_pages_on() -> None:
    """Make the ``page`` counter of WeasyPrint's margin boxes start where :data:`_page_offset` says.

    WeasyPrint 70 paginates the whole document before it lays out any margin box
    (``weasyprint.layout.layout_document``), and reads the page counter for them only there, from
    the page's state: ``(quotes, counter values, counter scopes, page groups)``. Adding the
    offset to that copy of the counter changes the numbers printed and nothing else (checked with
    pdftotext, tests/test_pdf_volume.py)."""
    import weasyprint.layout

    make_margin_boxes = weasyprint.layout.make_margin_boxes

    def numbered(context: Any, page: Any, state: Any) -> Any:
        if _page_offset is not None:
            quotes, counters, scopes, groups = state
            offset = _page_offset(counters["pages"][0])
            state = (quotes, {**counters, "page": [value + offset for value in counters["page"]]}, scopes, groups)
        return make_margin_boxes(context, page, state)

    weasyprint.layout.make_margin_boxes = numbered


@contextmanager
def _numbered(offset: Callable[[int], int]) -> Iterator[None]:
    global _page_offset
    _number_pages_on()
    known: list[int] = []

    def once(pages: int) -> int:  # asked for at each page's margin boxes: wait once
        if not known:
            known.append(offset(pages))
        return known[0]

    _page_offset = once
    try:
        yield
    finally:
        _page_offset = None


def _html(volume: _Volume, part: _Part) -> str:
    if part.kind == "back":
        return volume.html(part.index).read_text(encoding="utf-8")
    template = {"count": _FRONT, "front": _FRONT, "texts": _TEXTS, "index": _BACK}[part.kind]
    read = ({"texts": _documents(part.texts)} if part.kind == "texts"
            else {"summaries": _documents([volume.summaries()])})
    return _call(template, volume.edition, registers=_documents(volume.registers),
                 **{"anchor-pages-json": part.anchor_pages, "part-link": PART_LINK,
                    "build-date": volume.built.isoformat() if volume.built else "", **read})


def _print_part(volume: _Volume, part: _Part) -> dict[str, Any]:
    """Lay out one part and write it (except a ``"count"`` part, only counted).

    Returns:
        ``{"pages": its page count, "anchors": {anchor: page in the volume}, "bookmarks":
        [[page index in the volume, level, label, x, y (PDF points, origin bottom left),
        state], …]}``; for an ``"index"`` part, ``{"pieces": how many}``.
    Raises:
        PdfError: a text is unreadable or a transformation failed, or a part before this one
            failed (its failure is reported to the parts after it).
    """
    if part.kind == "index":
        pieces = cut(_html(volume, part), volume.locators)
        for index, piece in enumerate(pieces, start=part.index):
            atomic_write(volume.html(index), piece.encode())
        return {"pieces": len(pieces)}
    first: list[int] = []

    def offset(pages: int) -> int:
        if part.kind in ("count", "texts", "back"):
            volume.report(part.index, pages)
        if part.first_page is None:
            first.append(sum(volume.pages_of(index) for index in range(part.index)) + 1)
        else:
            first.append(part.first_page)
        return first[0] - 1

    try:
        html = _html(volume, part)
        with _numbered(offset):
            document = layout(html)
        if part.kind != "count":
            write_pdf(document, volume.part(part.index), part.attachments, volume.date)
    except BaseException:
        if part.kind in ("count", "texts", "back") and not volume.count(part.index).is_file():
            volume.report(part.index, None)
        raise
    start = first[0] - 1
    anchors: dict[str, int] = {}
    bookmarks = []
    for number, page in enumerate(document.pages, start=start):
        for anchor in page.anchors:
            anchors.setdefault(anchor, number + 1)
        for level, label, (x, y), state in page.bookmarks:
            bookmarks.append([number, level, label, x * _POINTS_PER_PX, (page.height - y) * _POINTS_PER_PX, state])
    return {"pages": len(document.pages), "anchors": anchors, "bookmarks": bookmarks}


def _summarise(volume: _Volume, texts: tuple[Path, ...]) -> list[str]:
    """The summaries of ``texts`` (``p:volume-summaries``), one serialised ``<p:text>`` each, in
    their order.

    Raises:
        PdfError: a text is unreadable or the transformation failed.
    """
    try:
        listed = call_template(shared().get(PRINT_STYLESHEET), _SUMMARIES,
                               {"texts": _documents(texts), **_params(volume.edition)}, raw=True)
    except TransformError as error:
        raise PdfError(str(error)) from error
    return listed.split("\n")


def _summarised(tei_files: Sequence[Path], volume: _Volume, pool: Pool, part_bytes: int) -> tuple[Path, ...]:
    """The texts in the site's order (``n:sort-key``; equal keys in the order given), their
    summaries made by ``pool`` from batches of about ``part_bytes`` of TEI and written in that
    order to :meth:`_Volume.summaries`.

    Raises:
        PdfError: a text is unreadable or a transformation failed.
    """
    batches = _batches(tei_files, part_bytes)
    summaries: list[str] = [""] * len(tei_files)
    starts = [0]
    for batch in batches:
        starts.append(starts[-1] + len(batch))
    for index, lines in pool.run(_summarise, [(volume, batch) for batch in batches]):
        summaries[starts[index]:starts[index + 1]] = lines
    keys = [etree.fromstring(summary).get("sort-key", "") for summary in summaries]
    order = sorted(range(len(tei_files)), key=keys.__getitem__)  # str compares by code point, as n:sort-key asks
    atomic_write(volume.summaries(), "\n".join(['<p:texts xmlns:p="urn:nashr:print">',
                                                *(summaries[i] for i in order), "</p:texts>"]).encode())
    return tuple(tei_files[i] for i in order)


def _ends(laid_out: dict[int, dict[str, Any]], ordered: tuple[Path, ...]) -> list[_Part]:
    """The back matter to cut (its index with every anchor's page; its pieces numbered on from the
    texts' last page) and the front matter (title page and contents with their page numbers, every
    TEI file attached), from the results of the count and the texts' parts (``laid_out``, by part)."""
    anchors: dict[str, int] = {}
    for index in range(1, len(laid_out)):
        for anchor, page in laid_out[index]["anchors"].items():
            anchors.setdefault(anchor, page)
    pages = json.dumps(anchors, sort_keys=True)
    last = len(laid_out)
    return [_Part(last, "index", (), pages),
            _Part(0, "front", (), pages, first_page=1, attachments=ordered)]


def render_volume(
    tei_files: Sequence[Path],
    target: Path,
    edition: Edition,
    *,
    registers: Sequence[Path] | None = None,
    pool: Pool | None = None,
    jobs: int | None = None,
    part_bytes: int = PART_BYTES,
    index_locators: int = LOCATORS_PER_PIECE,
) -> Path:
    """The edition's volume as one PDF/A-3b at ``target``, all TEI files attached (``*.new.xml``
    drafts left out); the texts in the site's order (:func:`volume_steps`, run through).

    Args:
        registers: register files for the index; default :func:`nashr.publish.pdf.find_registers`.
        pool: where the parts are laid out (an :class:`nashr.runner.executor.Executor`); default
            ``jobs`` worker processes (default :func:`nashr.publish.pdf.default_jobs`), stopped
            when the volume is written.
        part_bytes: TEI bytes in a part (:data:`PART_BYTES`); the volume depends on it, never
            on the pool.
        index_locators: the most page numbers in a piece of the index
            (:data:`nashr.publish.index_pieces.LOCATORS_PER_PIECE`).
    Raises:
        PdfError: a text is unreadable or a transformation failed (nothing is written).
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    from nashr.runner.executor import executor

    own = executor(default_jobs(publishable(tei_files)) if jobs is None else jobs) if pool is None else None
    try:
        for _ in volume_steps(tei_files, target, edition, registers=registers, pool=own or pool,  # type: ignore[arg-type]
                              part_bytes=part_bytes, index_locators=index_locators):
            pass
    finally:
        if own is not None:
            own.close()
    return target


def volume_steps(
    tei_files: Sequence[Path],
    target: Path,
    edition: Edition,
    *,
    pool: Pool,
    registers: Sequence[Path] | None = None,
    part_bytes: int = PART_BYTES,
    index_locators: int = LOCATORS_PER_PIECE,
) -> Iterator[None]:
    """:func:`render_volume` in steps, for a caller that has other work for the same ``pool``:
    its first ``next()`` returns when the pool has the texts' parts queued, so that the caller's
    tasks queued then run after them, and the caller's own work in this process alongside; each
    later ``next()`` returns when one more part is joined (so a caller driving it from a thread
    can stop between two parts).

    1. The texts' summaries (in the pool, waited for), the texts in order and the parts (in this
       process); the contents, to count its pages, and the texts' parts handed to the pool.
    2. The texts' parts joined, in order, as each is written; once every one is laid out, the
       back matter's cut into pieces (:mod:`nashr.publish.index_pieces`) and the front matter
       handed to the pool ahead of the tasks waiting there (``first``), and the pieces as soon as
       they are cut.
    3. The front matter and the pieces of the back matter joined, in that order, as each is
       written; the volume finished (the generator ends).

    Closing the generator before its end stops the volume: nothing is written at ``target``.

    Raises:
        PdfError: a text is unreadable or a transformation failed (nothing is written).
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    tei_files = publishable(tei_files)
    font_dir()  # fail early, before any work, when the font is missing
    # WeasyPrint whole, in the caller's thread, before a thread of the caller takes the next steps
    # (joining reads weasyprint.anchors) while this process prints a text: two threads importing
    # the package at once leave one with a partly initialised weasyprint.pdf (ImportError)
    import weasyprint  # noqa: F401
    volume = _Volume(edition, build_date(edition), source_date(),
                     tuple(find_registers(tei_files) if registers is None else registers), target, index_locators)
    volume.clear()
    ordered = _summarised(tei_files, volume, pool, part_bytes)
    parts = [_Part(0, "count", first_page=1)]
    parts += [_Part(index, "texts", batch) for index, batch in enumerate(_batches(ordered, part_bytes), start=1)]
    back: list[_Part] = []  # the back matter's pieces, once cut
    try:
        with atomic_writer(target) as out:
            joiner = Joiner(out)
            texts = pool.run(_print_part, [(volume, part) for part in parts])
            yield
            laid_out: dict[int, dict[str, Any]] = {}
            ends: list[_Part] = []
            finishing: Iterator[tuple[int, dict[str, Any]]] = iter(())
            joined = 0  # the texts' parts are joined in order, each as soon as it and those before it are written
            for index, result in texts:
                laid_out[index] = result
                if len(laid_out) == len(parts):  # every anchor's page is known: the index is laid out next
                    ends = _ends(laid_out, ordered)
                    # the index cut in a fresh worker; the front matter in a fresh worker with no task
                    # beside it: laid out with every text's entry and attachment, it grows with the
                    # edition (at 1,000 texts +313 MB in a worker, 459 MB in a process of its own, the
                    # largest of the volume's jobs: docs/scale.md, round 48)
                    finishing = itertools.chain(pool.run(_print_part, [(volume, ends[0])], first=True, fresh=True),
                                                ((1, result) for _, result in
                                                 pool.run(_print_part, [(volume, ends[1])], first=True, alone=True)))
                while joined + 1 in laid_out:
                    joined += 1
                    joiner.add(joined, volume.part(joined))
                    volume.part(joined).unlink()
                    yield
            pieces: Iterator[tuple[int, dict[str, Any]]] = iter(())
            for i, result in finishing:
                if ends[i].kind == "index":  # cut: its pieces laid out next, numbered on from the texts
                    back = [_Part(ends[i].index + j, "back") for j in range(result["pieces"])]
                    # each piece in a fresh worker: a worker after the parts of texts holds 300 MB or more
                    pieces = pool.run(_print_part, [(volume, part) for part in back], first=True, fresh=True)
                    continue
                if result["pages"] != laid_out[0]["pages"]:
                    raise PdfError(f"{target}: the contents took {result['pages']} pages, not the "
                                   f"{laid_out[0]['pages']} counted before")
                laid_out[0] = result
                joiner.add(0, volume.part(0))
                yield
            waiting = [part.index for part in back]
            for i, result in pieces:
                laid_out[back[i].index] = result
                while waiting and waiting[0] in laid_out:
                    joiner.add(waiting[0], volume.part(waiting.pop(0)))
                    yield
            joiner.finish([mark for index in sorted(laid_out) for mark in laid_out[index]["bookmarks"]])
    except BaseException:
        # parts still waiting for a page count stop; the counts stay until the next volume (a
        # worker of the caller's pool may still be reading them)
        for part in (*parts, *back):
            if not volume.count(part.index).is_file():
                volume.report(part.index, None)
        raise
    volume.clear()
