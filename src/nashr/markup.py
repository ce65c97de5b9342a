"""Inline markup as character spans, and their insertion into TEI elements.

Recognisers (entities, dates, numbers, corrections) work on a block's plain text and return
:class:`Span` objects: half-open character ranges ``[start, end)`` into that text, each naming the
TEI element to wrap them in. :func:`fill` turns the text and its spans into mixed content of an
lxml element, so every character of the text ends up in the element, in order (the fidelity rule
of the project: no source character is lost or changed).

Spans may nest (``<orgName>حزب کمونیست کارگری <placeName>ایران</placeName></orgName>``) but must
not overlap partially; :func:`resolve_overlaps` drops the shorter of two crossing spans.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def tei(local: str) -> str:
    """Return the Clark name ``{http://www.tei-c.org/ns/1.0}local`` of a TEI element."""
    return f"{{{TEI_NS}}}{local}"


POINTS = frozenset({"lb", "pb", "cb", "milestone", "anchor", "caesura", "g"})
"""Empty elements marking a point in the text (TEI P5 3.11.3, «Milestone Elements»; ``anchor``: 17.5,
«Correspondence and Alignment»; ``caesura``, the break between a bayt's hemistichs: 6.2,
«Components of the Verse Line»; an empty ``g``, a character XML cannot hold written by its reference
alone: 5.2, «Markup Constructs for Representation of Characters and Glyphs», as
:mod:`nashr.convert.xmlchars` writes a control character): the only spans of no width."""


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A range of a block's text to be wrapped in a TEI element.

    Attributes:
        start: offset of the first character (0-based, in code points of the block text).
        end: offset after the last character (exclusive); ``end > start``, or ``end == start``
            for a point element (:data:`POINTS`).
        tag: TEI local name, e.g. ``persName``, ``date``, ``num``.
        attrs: TEI attributes in the order to write them; keys are local names except
            ``xml:*`` which are written in the XML namespace.
        replacement: for ``choice`` spans, the editorial reading added after the source reading
            as ``(source_tag, editorial_tag, editorial_text, editorial_attrs, editorial_spans)``;
            the source characters go into ``source_tag`` (``sic`` or ``orig``), never changed;
            ``editorial_spans`` are properly nested spans into ``editorial_text`` (the names,
            dates and numbers of a ``reg`` reading), empty for plain text.
    """

    start: int
    end: int
    tag: str
    attrs: Mapping[str, str] = field(default_factory=dict)
    replacement: tuple[str, str, str, Mapping[str, str], tuple[Span, ...]] | None = None

    def __init__(self, start: int, end: int, tag: str, attrs: Mapping[str, str] | None = None,
                 replacement: tuple[str, str, str, Mapping[str, str], tuple[Span, ...]] | None = None) -> None:
        """The fields as the dataclass's own ``__init__`` takes them (``attrs`` a new empty dict
        when not given), each set through its slot's descriptor: a frozen dataclass's generated
        ``__init__`` sets each through ``object.__setattr__``, 2.4 times as long (a conversion
        makes about 190 spans a text).

        Raises:
            ValueError: ``end <= start``, or a negative ``start``, but for a point (:data:`POINTS`)
                with ``end == start``.
        """
        if not 0 <= start < end and not (0 <= start == end and tag in POINTS):
            raise ValueError(f"empty or negative span {start}..{end} ({tag})")
        _set_start(self, start)
        _set_end(self, end)
        _set_tag(self, tag)
        _set_attrs_field(self, {} if attrs is None else attrs)
        _set_replacement(self, replacement)

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span (equal ranges count as contained)."""
        return self.start <= other.start and other.end <= self.end


_set_start, _set_end, _set_tag, _set_attrs_field, _set_replacement = (
    vars(Span)[name].__set__ for name in ("start", "end", "tag", "attrs", "replacement"))


def _order(span: Span) -> tuple[int, bool, int]:
    # Outer spans first: earlier start, then a point (an empty milestone: before what starts
    # there, not inside it), then longer.
    return (span.start, span.end != span.start, -span.end)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Drop spans that cross another span, keeping the longer (then the earlier) one.

    Nesting is kept; identical ranges with different tags are kept in the given order (the
    first becomes the outer element). Returns spans sorted outer-first.

    Spans that already nest (the usual case: a recogniser's output) are returned after one
    sweep (:func:`_nested`). Otherwise they are taken longest first, so every span already kept
    is at least as long as the one being tested: they cross exactly when a kept span's start or
    end lies strictly inside it (a kept span strictly inside would be shorter). A Fenwick tree
    over the distinct offsets counts those endpoints: O(n log n) for n spans, whatever the
    length of the text.
    """
    spans = list(spans)
    outer_first = sorted(spans, key=_order)
    if _nested(outer_first):
        return outer_first
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    points = sorted({p for s in ordered for p in (s.start, s.end)})
    rank = {p: i + 1 for i, p in enumerate(points)}
    tree = [0] * (len(points) + 1)

    def count_upto(i: int) -> int:  # endpoints with rank <= i
        total = 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    def add(i: int) -> None:
        while i < len(tree):
            tree[i] += 1
            i += i & -i

    kept: list[Span] = []
    for span in ordered:
        first, last = rank[span.start], rank[span.end]
        if count_upto(last - 1) - count_upto(first) == 0:
            kept.append(span)
            add(first)
            add(last)
    return sorted(kept, key=_order)


def _nested(outer_first: list[Span]) -> bool:
    """True when no two of ``outer_first`` (sorted by :func:`_order`) cross: a stack of the ends
    of the spans open at each start, O(n)."""
    open_ends: list[int] = []
    for span in outer_first:
        while open_ends and open_ends[-1] <= span.start:
            open_ends.pop()
        if open_ends and span.end > open_ends[-1]:
            return False
        open_ends.append(span.end)
    return True


class Occupied:
    """Character ranges already claimed, answering "is this range free?" in O(log n).

    Built from ``(start, end)`` half-open ranges (overlapping ones are merged).
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(ranges):
            if ends and start < ends[-1]:
                if end > ends[-1]:
                    ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
        self._starts, self._ends = starts, ends

    def free(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares no character with a claimed range."""
        i = bisect_left(self._starts, end) - 1
        return i < 0 or self._ends[i] <= start

    def within(self, start: int, end: int) -> bool:
        """True when no claimed range crosses a boundary of ``[start, end)`` (the claimed
        characters inside it, if any, lie wholly inside it)."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self._starts[i] < start < self._ends[i]:
            return False
        j = bisect_left(self._starts, end) - 1
        return not (j >= 0 and self._starts[j] < end < self._ends[j])


def outermost(spans: Iterable[Span], key: Callable[[Span], object]) -> list[Span]:
    """Spans not inside another span with the same ``key`` (equal ranges: the first one stays),
    sorted outer-first; one sweep after sorting, O(n log n)."""
    reach: dict[object, int] = {}
    kept: list[Span] = []
    for span in sorted(spans, key=_order):
        group = key(span)
        if reach.get(group, -1) >= span.end:
            continue
        reach[group] = span.end
        kept.append(span)
    return kept


def _set_attrs(element: etree._Element, attrs: Mapping[str, str]) -> None:
    for key, value in attrs.items():
        name = f"{{{XML_NS}}}{key[4:]}" if key.startswith("xml:") else key
        element.set(name, value)


def fill(element: etree._Element, text: str, spans: Iterable[Span]) -> None:
    """Append ``text`` to ``element`` as mixed content, wrapping each span in its element.

    Args:
        element: an lxml element with no children yet (its ``.text`` is overwritten).
        text: the block's source text; every character is written, in order.
        spans: properly nested spans into ``text`` (run :func:`resolve_overlaps` first if they
            may cross).

    Raises:
        ValueError: a span runs past the end of ``text`` or two spans cross.
    """
    ordered = sorted(spans, key=_order)
    for span in ordered:
        if span.end > len(text):
            raise ValueError(f"span {span.start}..{span.end} past end of text ({len(text)})")
    element.text = None
    _fill_range(element, text, 0, len(text), ordered)


def _append_text(parent: etree._Element, last: etree._Element | None, chunk: str) -> None:
    if not chunk:
        return
    if last is None:
        parent.text = (parent.text or "") + chunk
    else:
        last.tail = (last.tail or "") + chunk


def _fill_range(
    parent: etree._Element, text: str, start: int, end: int, spans: list[Span]
) -> None:
    pos = start
    last: etree._Element | None = None
    i = 0
    while i < len(spans):
        span = spans[i]
        if span.start < pos:
            raise ValueError(f"span {span.tag} {span.start}..{span.end} crosses another span")
        inner: list[Span] = []
        j = i + 1
        while j < len(spans) and spans[j].start < span.end:
            if not span.contains(spans[j]):
                raise ValueError(f"span {spans[j].tag} crosses span {span.tag}")
            inner.append(spans[j])
            j += 1
        _append_text(parent, last, text[pos : span.start])
        child = etree.SubElement(parent, tei(span.tag))
        _set_attrs(child, span.attrs)
        if span.replacement is None:
            _fill_range(child, text, span.start, span.end, inner)
        else:
            source_tag, editorial_tag, editorial_text, editorial_attrs, editorial_spans = span.replacement
            source = etree.SubElement(child, tei(source_tag))
            _fill_range(source, text, span.start, span.end, inner)
            editorial = etree.SubElement(child, tei(editorial_tag))
            _set_attrs(editorial, editorial_attrs)
            fill(editorial, editorial_text, editorial_spans)
        last = child
        pos = span.end
        i = j
    _append_text(parent, last, text[pos:end])
