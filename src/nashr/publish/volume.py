"""The edition's volume: one PDF/A-3b of every text, printed in parts and joined.

The volume is the title page and table of contents, the texts in the site's order
(``n:sort-key``), an index of persons, organisations and places with page numbers (left out when
no name points to a register) and a colophon, with every text's TEI file attached
(:func:`render_volume`). One WeasyPrint document of a whole edition would be laid out and held
in one process (about 0.8 MB a page, docs/scale.md); instead it is printed in parts, each a PDF
of its own, laid out by the build's workers (``pool``: :mod:`nashr.runner.executor`):

1. the texts in order (``p:volume-order``, in this process), cut into batches of about
   ``part_bytes`` of TEI (:func:`_batches`): the parts never depend on the number of workers, so
   neither does the volume;
2. the contents, laid out once only to count their pages (its page numbers are placed absolutely,
   so they never change its length), and each batch of texts: paginated, it reports its page
   count, waits for the counts of the parts before it (started before it, so it never waits for
   a part that cannot start) and numbers its pages on from theirs (:func:`_number_pages_on`: the
   ``page`` counter of its margin boxes, laid out after the pages);
3. once every anchor's page is known: the title page and contents with their page numbers, and
   the back matter (index and colophon) numbered on from the texts' last page;
4. :func:`_join` (pypdf; a task of its own, after those two: with two workers it reads the texts'
   parts while the index is laid out): the parts' pages in order, under the catalogue of the
   front matter's part — XMP metadata, document information, output intent, the attached TEI
   files, language, file identifier — with the named destinations of every part in one name tree,
   the links between parts turned into links to them, the structure tree of every part under one
   ``Document`` element (``StructParents`` keys shifted), and the bookmarks of the whole volume,
   nested as WeasyPrint nests them in one document.

The parts are written next to the volume as hidden ``.NAME.part-*.tmp`` files and removed when it
is written (a killed build's leftovers go with :func:`nashr.pipeline.remove_temporaries`).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from nashr.config import Edition, build_date
from nashr.files import atomic_write
from nashr.publish import publishable
from nashr.publish.fonts import font_dir
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

PART_LINK = "nashr-part:"
"""What the href of a link into another part starts with (``$part-link``): WeasyPrint drops a
link to an anchor its document lacks, but keeps this one as a URI, which :func:`_join` makes a
link to the named destination."""

_ORDER = "{urn:nashr:print}volume-order"
_FRONT = "{urn:nashr:print}front-matter"
_TEXTS = "{urn:nashr:print}volume-texts"
_BACK = "{urn:nashr:print}back-matter"
#: CSS pixels → PDF points (WeasyPrint writes at zoom 1: 0.75 pt a px)
_POINTS_PER_PX = 0.75


class Pool(Protocol):
    """Where the parts are laid out: :class:`nashr.runner.executor.Executor`'s ``run``."""

    def run(self, fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]]) -> Iterator[tuple[int, Any]]: ...


@dataclass(frozen=True, slots=True)
class _Volume:
    """What every part of one volume shares: the edition, its build date (read once, by the
    caller: a worker's environment is its fork server's, whose ``SOURCE_DATE_EPOCH`` may be
    older), the register files, where the parts and their page counts are written (hidden files
    next to the volume)."""

    edition: Edition
    date: dt.date
    registers: tuple[Path, ...]
    target: Path

    def part(self, index: int) -> Path:
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.pdf.tmp")

    def count(self, index: int) -> Path:
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.pages.tmp")

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

    def written(self, index: int) -> Path:
        return self.target.with_name(f".{self.target.name}.part-{index:05d}.json.tmp")

    def finish(self, index: int, result: dict[str, Any] | None) -> None:
        """Publish that part ``index`` is written (its result) or failed (None), for the join."""
        atomic_write(self.written(index), b"failed" if result is None else json.dumps(result).encode())

    def result_of(self, index: int) -> dict[str, Any]:
        """Part ``index``'s result, waiting until it is written.

        Raises:
            PdfError: that part failed.
        """
        return json.loads(self._wait(self.written(index), index))

    def _wait(self, path: Path, index: int) -> str:
        while not path.is_file():
            time.sleep(0.02)
        text = path.read_text()
        if text == "failed":
            raise PdfError(f"{self.target}: part {index} of the volume failed")
        return text


@dataclass(frozen=True, slots=True)
class _Part:
    """One task of the volume. ``kind``: ``"count"`` (the front matter, laid out only to count its
    pages: part 0), ``"front"``, ``"texts"`` or ``"back"`` (a part to lay out and write), or
    ``"join"`` (:func:`_join_parts`: parts 0 to ``index``, with the texts' ``bookmarks``).
    ``first_page``: the number of its first page, or None to number on from the parts before it."""

    index: int
    kind: str
    texts: tuple[Path, ...] = ()
    anchor_pages: str = "{}"
    first_page: int | None = None
    attachments: tuple[Path, ...] = field(default=())
    bookmarks: tuple[tuple[Any, ...], ...] = ()


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
    template = {"count": _FRONT, "front": _FRONT, "texts": _TEXTS, "back": _BACK}[part.kind]
    return _call(template, volume.edition, texts=_documents(part.texts), registers=_documents(volume.registers),
                 **{"anchor-pages-json": part.anchor_pages, "part-link": PART_LINK,
                    "build-date": volume.date.isoformat()})


def _task(volume: _Volume, part: _Part) -> dict[str, Any]:
    """Run one task of the volume (:class:`_Part`) in this process: :func:`_join_parts` or
    :func:`_print_part`."""
    return _join_parts(volume, part) if part.kind == "join" else _print_part(volume, part)


def _print_part(volume: _Volume, part: _Part) -> dict[str, Any]:
    """Lay out one part and write it (except a ``"count"`` part, only counted); the front and
    back matter publish their result for the join (:meth:`_Volume.finish`).

    Returns:
        ``{"pages": its page count, "anchors": {anchor: page in the volume}, "bookmarks":
        [[page index in the volume, level, label, x, y (PDF points, origin bottom left),
        state], …]}``.
    Raises:
        PdfError: a text is unreadable or a transformation failed, or a part before this one
            failed (its failure is reported to the parts after it).
    """
    first: list[int] = []

    def offset(pages: int) -> int:
        if part.kind in ("count", "texts"):
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
        if part.kind in ("count", "texts") and not volume.count(part.index).is_file():
            volume.report(part.index, None)
        if part.kind in ("front", "back"):
            volume.finish(part.index, None)
        raise
    start = first[0] - 1
    anchors: dict[str, int] = {}
    bookmarks = []
    for number, page in enumerate(document.pages, start=start):
        for anchor in page.anchors:
            anchors.setdefault(anchor, number + 1)
        for level, label, (x, y), state in page.bookmarks:
            bookmarks.append([number, level, label, x * _POINTS_PER_PX, (page.height - y) * _POINTS_PER_PX, state])
    result = {"pages": len(document.pages), "anchors": anchors, "bookmarks": bookmarks}
    if part.kind in ("front", "back"):
        volume.finish(part.index, result)
    return result


def _join_parts(volume: _Volume, join: _Part) -> dict[str, Any]:
    """Join parts 0 (the front matter) to ``join.index`` (the back matter) into the volume, each
    part read when it is written: the texts' parts while the back matter is still laid out.

    Returns:
        ``{}``.
    Raises:
        PdfError: the front or back matter failed, or the contents do not take the pages counted
            before the texts were numbered.
    """
    front = volume.result_of(0)
    if front["pages"] != volume.pages_of(0):
        raise PdfError(f"{volume.target}: the contents took {front['pages']} pages, not the "
                       f"{volume.pages_of(0)} counted before")
    results = {0: front}

    def part(index: int) -> Path:
        if index == join.index:
            results[index] = volume.result_of(index)
        return volume.part(index)

    data = _join((part(index) for index in range(join.index + 1)),
                 lambda: [*front["bookmarks"], *join.bookmarks, *results[join.index]["bookmarks"]])
    atomic_write(volume.target, data)
    return {}


def _order(tei_files: Sequence[Path], edition: Edition) -> list[Path]:
    """The texts in the site's order (``p:ordered``)."""
    by_uri = {path.resolve().as_uri(): path for path in tei_files}
    try:
        listed = call_template(shared().get(PRINT_STYLESHEET), _ORDER,
                               {"texts": _documents(tei_files), **_params(edition)}, raw=True) if tei_files else ""
    except TransformError as error:
        raise PdfError(str(error)) from error
    return [by_uri[uri] for uri in listed.splitlines()]


def render_volume(
    tei_files: Sequence[Path],
    target: Path,
    edition: Edition,
    *,
    registers: Sequence[Path] | None = None,
    pool: Pool | None = None,
    jobs: int | None = None,
    part_bytes: int = PART_BYTES,
) -> Path:
    """The edition's volume as one PDF/A-3b at ``target``, all TEI files attached (``*.new.xml``
    drafts left out); the texts in the site's order.

    Args:
        registers: register files for the index; default :func:`nashr.publish.pdf.find_registers`.
        pool: where the parts are laid out (an :class:`nashr.runner.executor.Executor`); default
            ``jobs`` worker processes (default :func:`nashr.publish.pdf.default_jobs`), stopped
            when the volume is written.
        part_bytes: TEI bytes in a part (:data:`PART_BYTES`); the volume depends on it, never
            on the pool.
    Raises:
        PdfError: a text is unreadable or a transformation failed (nothing is written).
        nashr.publish.fonts.FontError: Vazirmatn is not installed.
    """
    from nashr.runner.executor import executor

    tei_files = publishable(tei_files)
    font_dir()  # fail early, before any work, when the font is missing
    volume = _Volume(edition, build_date(edition), tuple(find_registers(tei_files) if registers is None else registers),
                     target)
    ordered = tuple(_order(tei_files, edition))
    batches = _batches(ordered, part_bytes)
    own = executor(default_jobs(tei_files) if jobs is None else jobs) if pool is None else None
    run = (own or pool).run  # type: ignore[union-attr]
    parts = [_Part(0, "count", ordered, first_page=1)]
    parts += [_Part(index, "texts", batch) for index, batch in enumerate(batches, start=1)]
    volume.clear()
    try:
        laid_out = dict(run(_task, [(volume, part) for part in parts]))
        anchors: dict[str, int] = {}
        for index in range(1, len(parts)):
            for anchor, page in laid_out[index]["anchors"].items():
                anchors.setdefault(anchor, page)
        pages = json.dumps(anchors, sort_keys=True)
        last = len(parts)
        bookmarks = tuple(tuple(mark) for index in range(1, last) for mark in laid_out[index]["bookmarks"])
        ends = [  # with two workers or more, the join reads the texts' parts while the index is laid out
            _Part(0, "front", ordered, pages, first_page=1, attachments=ordered),
            _Part(last, "back", ordered, pages, first_page=sum(laid_out[i]["pages"] for i in range(last)) + 1),
            _Part(last, "join", bookmarks=bookmarks),
        ]
        for _ in run(_task, [(volume, part) for part in ends]):
            pass
    except BaseException:
        # parts still waiting for a page count stop; the counts stay until the next volume (a
        # worker of the caller's pool may still be reading them)
        for part in parts:
            if not volume.count(part.index).is_file():
                volume.report(part.index, None)
        raise
    finally:
        if own is not None:
            own.close()
    volume.clear()
    return target
    return target


# ---------------------------------------------------------------- the join (pypdf)


def _pairs(array: Sequence[Any]) -> Iterator[tuple[Any, Any]]:
    return zip(array[::2], array[1::2], strict=True)


def _destinations(root: Any) -> Iterator[tuple[Any, Any]]:
    """(name, destination) of a part's named destinations (WeasyPrint writes one flat name tree)."""
    return _pairs(root.get("/Names", {}).get("/Dests", {}).get("/Names", []))


def _outline(bookmarks: Sequence[Sequence[Any]]) -> list[Any]:
    """WeasyPrint's bookmark tree (``(label, (page index, x, y), children, state)``) of the
    volume's flat bookmarks, nested as in one document (``weasyprint.anchors.make_page_bookmark_tree``)."""
    from types import SimpleNamespace

    from weasyprint.anchors import make_page_bookmark_tree
    from weasyprint.matrix import Matrix

    root: list[Any] = []
    skipped: list[int] = []
    last_by_depth = [root]
    level = 0
    identity = Matrix()
    for index, mark_level, label, x, y, state in bookmarks:
        page = SimpleNamespace(bookmarks=[(mark_level, label, (x, y), state)])
        level = make_page_bookmark_tree(page, skipped, last_by_depth, level, index, identity)
    return root


def _join(parts: Iterable[Path], bookmarks: Callable[[], Sequence[Sequence[Any]]]) -> bytes:
    """The parts as one PDF: see the module's description.

    ``parts`` are read one by one as the iterable gives them; ``bookmarks`` gives the volume's
    flat bookmarks (:func:`_print_part`'s) once every part is read. The first part (the front
    matter) gives the catalogue, metadata and file identifier; every part was written by
    :func:`nashr.publish.pdf.write_pdf` (tagged, PDF/A-3b), its structure tree one ``Document``
    element whose children are the part's."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, Fit, NameObject, NumberObject, TextStringObject

    paths = iter(parts)
    writer = PdfWriter(clone_from=PdfReader(next(paths)))
    root = writer.root_object
    tree = root["/StructTreeRoot"]
    document = tree["/K"][0].get_object()
    numbers = tree["/ParentTree"]["/Nums"]
    next_key = max((int(key) for key, _ in _pairs(numbers)), default=-1) + 1
    names: dict[str, Any] = {str(name): dest for name, dest in _destinations(root)}

    def link_across(page: Any, shift: int) -> None:
        """A link into another part (``PART_LINK``) to its named destination; keys shifted."""
        for reference in page.get("/Annots", []):
            annotation = reference.get_object()
            if "/StructParent" in annotation:
                annotation[NameObject("/StructParent")] = NumberObject(annotation["/StructParent"] + shift)
            uri = str(annotation.get("/A", {}).get("/URI", ""))
            if uri.startswith(PART_LINK):
                del annotation["/A"]
                annotation[NameObject("/Dest")] = TextStringObject(uri.removeprefix(PART_LINK))
                annotation[NameObject("/Contents")] = TextStringObject(uri.removeprefix(PART_LINK))

    for page in writer.pages:
        link_across(page, 0)
    for path in paths:
        reader = PdfReader(path)
        shift = next_key
        for page in reader.pages:
            copy = writer.add_page(page)  # pypdf leaves StructParents out
            if "/StructParents" in page:
                copy[NameObject("/StructParents")] = NumberObject(page["/StructParents"] + shift)
            link_across(copy, shift)
        part_tree = reader.root_object["/StructTreeRoot"]
        for child in part_tree["/K"][0].get_object()["/K"]:
            child.get_object()[NameObject("/P")] = document.indirect_reference  # before cloning
            document["/K"].append(child.clone(writer))
        for key, value in _pairs(part_tree["/ParentTree"]["/Nums"]):
            numbers.extend([NumberObject(key + shift), value.clone(writer)])
            next_key = max(next_key, key + shift + 1)
        for name, dest in _destinations(reader.root_object):
            names.setdefault(str(name), dest.clone(writer))
        writer.reset_translation(reader)
    tree_of_names = ArrayObject(item for name in sorted(names) for item in (TextStringObject(name), names[name]))
    root.setdefault(NameObject("/Names"), DictionaryObject())
    root["/Names"][NameObject("/Dests")] = DictionaryObject({NameObject("/Names"): tree_of_names})

    del root["/Outlines"]  # the front matter's (its few objects stay, unused): the whole volume's follows

    def add(subtrees: Sequence[Any], parent: Any) -> None:
        for label, (index, x, y), children, state in subtrees:
            item = writer.add_outline_item(title=label, page_number=index, parent=parent, fit=Fit.xyz(x, y, 0),
                                           is_open=state != "closed")
            add(children, item)

    add(_outline(bookmarks()), None)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
