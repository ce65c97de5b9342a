"""Re-tag converted TEI texts after the registers change, touching nothing but entity markup.

``nashr entities apply`` and ``nashr entities suggest`` work on TEI files, not on the plain
sources: editors may have corrected the TEI by hand. For each *block* of ``<text>`` (an element
with character content of its own: ``p``, ``head``, ``fw``, ``item``, ``dateline`` …):

1. the block's source reading is rebuilt — its characters in order, reading ``sic``/``orig``
   of each ``choice`` — together with every element that is *kept* (``choice`` with its
   ``corr``/``reg``, ``title``, ``hi``, ``label`` … with all their attributes);
2. automatic entity elements (``persName``, ``orgName``, ``placeName``, ``date``, ``num``)
   are dropped, unless an editor marked one as theirs with an ``@resp`` other than
   ``#nashr``: those are kept like any other element;
3. the document's recogniser (:meth:`nashr.entities.tagger.Tagger.document`, with the date
   context the converter used: :func:`document_context`) runs on the rebuilt text piece by
   piece, in document order, where the converter ran it: each piece between two line breaks
   (``lb``/``pb``/``cb``, and the ``caesura`` between two hemistichs), each ``label``, ``note``
   and ``fw`` inside a block, each hemistich ``seg`` of a verse line; a line of verse (``l``)
   with the converter's verse rules (:meth:`nashr.entities.tagger.DocumentRecogniser.verse`);
   a piece that is one ``choice`` of ``orig`` and ``reg`` (a PDF extraction's line and its
   logical reading, :func:`nashr.convert.reading.logical`) on its ``reg`` reading, the spans
   moved onto ``orig`` as the converter moves them (:func:`nashr.convert.reading.aligned_spans`);
   its spans that would cross a kept element are left out;
   :func:`nashr.markup.fill` writes the block again, the empty point elements
   (:data:`nashr.markup.POINTS`) where they were.

Block attributes (``xml:id`` …), the header and everything outside blocks are not touched.
A block holding what spans cannot express (an empty element other than a point, a comment,
a processing instruction, a ``choice`` whose editorial reading has markup other than names,
dates and numbers) is left exactly as it is and reported. The source reading (``orig``) of a
``choice`` whose ``reg`` is not nashr's reading of it (an editor's regularisation) keeps its
markup as it is. The fidelity rule is checked before anything is written
(:func:`nashr.convert.fidelity.text_characters` before and after must be equal).
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from nashr.convert.fidelity import text_characters
from nashr.convert.reading import aligned_spans, logical
from nashr.convert.tei import SEAL_TARGET, is_pristine, masthead_spans, recogniser_kind, serialise
from nashr.entities.dates import DateContext
from nashr.entities.tagger import Tagger
from nashr.files import atomic_write
from nashr.markup import POINTS, TEI_NS, XML_NS, Span, fill, resolve_overlaps, tei
from nashr.xmlinput import read

AUTOMATIC = frozenset({"persName", "orgName", "placeName", "date", "num"})
"""Elements ``apply`` removes and re-creates."""
INLINE = AUTOMATIC | frozenset(
    "choice sic corr orig reg title hi foreign emph q label ref name rs term abbr expan add del "
    "unclear supplied seg w pc c lb pb cb milestone anchor caesura note fw gap measure time".split()
)
"""Phrase-level elements (``note`` and ``fw`` too: TEI's model.global, allowed inside a
paragraph the converter runs on past a footnote or a page's furniture): a block only where
they stand outside any block (a ``note`` of its own between paragraphs)."""
_SOURCE_READINGS = {"sic": "corr", "orig": "reg"}
LINE_BREAKS = frozenset({"lb", "pb", "cb", "caesura"})
"""Points that end a source line or a hemistich: the text on either side is tagged apart."""
APART = frozenset({"label", "note", "fw"})
"""Elements inside a block whose content the converter tags on its own (a bayt's number, a
speaker's label, a footnote or running head a paragraph runs on past); in verse, the hemistich
``seg`` too."""


class Unrepresentable(ValueError):
    """A block holds markup that character spans cannot express; it is left untouched."""


class FidelityLost(RuntimeError):
    """Re-tagging would change the text's characters (a bug: nothing is written)."""


def _local(element: etree._Element) -> str:
    return str(etree.QName(element).localname)


def _attrs(element: etree._Element) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for key, value in element.attrib.items():
        qname = etree.QName(key)
        if qname.namespace == XML_NS:
            attrs[f"xml:{qname.localname}"] = value
        elif qname.namespace is None:
            attrs[qname.localname] = value
        else:
            raise Unrepresentable(f"attribute {key} in another namespace")
    return attrs


def _is_automatic(element: etree._Element) -> bool:
    return _local(element) in AUTOMATIC and element.get("resp", "#nashr") == "#nashr"


def _check(node: etree._Element) -> None:
    if not isinstance(node.tag, str):
        raise Unrepresentable("a comment or processing instruction")
    if etree.QName(node).namespace != TEI_NS:
        raise Unrepresentable(f"element {node.tag} outside the TEI namespace")


@dataclass(frozen=True, slots=True)
class _Reading:
    """A ``choice`` of ``orig`` and ``reg`` in a block: its span, the ``reg`` reading's text, the
    automatic spans of its ``orig`` (offsets into the block's text) and, when ``reg`` is nashr's
    logical reading of ``orig``, whether the line was in visual order (else None)."""

    span: Span
    text: str
    automatic: tuple[Span, ...]
    visual: bool | None


class _Content:
    """The source reading of a block being flattened: its parts, the spans of the elements that
    stay with their depth (elements of one range are written outer first, :attr:`kept`), the
    automatic spans met (kept where they cannot be re-made: an editor's ``orig``) and the
    ``orig``/``reg`` choices by start offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.depths: list[tuple[int, Span]] = []
        self.automatic: list[tuple[int, Span]] = []
        self.readings: dict[int, _Reading] = {}

    def add(self, chunk: str | None) -> None:
        if chunk:
            self.parts.append(chunk)
            self.length += len(chunk)

    @property
    def kept(self) -> list[Span]:
        """The spans of the elements that stay, outer first where ranges are equal (a hemistich
        ``seg`` that is one ``choice``: :func:`nashr.markup.fill` keeps that order for ties)."""
        return _outer_first(self.depths)

    def flatten(self, element: etree._Element, depth: int = 0) -> None:
        """Append the source reading of ``element``'s content and the spans of its elements."""
        self.add(element.text)
        for child in element:
            _check(child)
            start = self.length
            local = _local(child)
            if local == "choice":
                self.choice(child, depth)
            else:
                self.flatten(child, depth + 1)
                end = self.length
                if end == start and (local not in POINTS or len(child) or child.text):
                    raise Unrepresentable(f"empty element <{local}>")
                span = Span(start, end, local, _attrs(child))
                (self.automatic if _is_automatic(child) else self.depths).append((depth, span))
            self.add(child.tail)

    def choice(self, choice: etree._Element, depth: int) -> None:
        children = list(choice)
        for child in children:
            _check(child)
        if len(children) != 2 or choice.text or any(c.tail for c in children):
            raise Unrepresentable("choice other than exactly one source and one editorial reading")
        source, editorial = children
        if _SOURCE_READINGS.get(_local(source)) != _local(editorial):
            raise Unrepresentable("choice other than sic/corr or orig/reg")
        if _attrs(source):
            raise Unrepresentable("choice whose source reading carries attributes")
        regular = _Content()
        regular.flatten(editorial)
        if regular.depths:
            raise Unrepresentable("choice whose editorial reading has markup other than names, dates and numbers")
        start, first, automatic = self.length, len(self.parts), len(self.automatic)
        # Spans inside the source reading end up inside <sic>/<orig>: fill nests them there.
        self.flatten(source, depth + 1)
        if self.length == start:
            raise Unrepresentable("choice with an empty source reading")
        # The editorial reading keeps its names, dates and numbers unless they are made again
        # (a reading the converter tagged: _recognised).
        reading = "".join(regular.parts)
        span = Span(start, self.length, "choice", _attrs(choice), (
            _local(source), _local(editorial), reading, _attrs(editorial), tuple(_outer_first(regular.automatic))))
        self.depths.append((depth, span))
        if _local(source) == "orig":
            orig = "".join(self.parts[first:])
            visual = next((v for v in (False, True) if logical(orig, v) == reading), None)
            self.readings[start] = _Reading(span, reading, tuple(_outer_first(self.automatic[automatic:])), visual)


def _outer_first(spans: list[tuple[int, Span]]) -> list[Span]:
    """Spans given with their depth in the block, in that order, outer first where ranges are
    equal (a stable sort by depth: :func:`nashr.markup.fill` keeps the order of ties)."""
    return [span for _, span in sorted(spans, key=lambda pair: pair[0])]


def _content(block: etree._Element) -> _Content:
    content = _Content()
    content.flatten(block)
    return content


def block_content(block: etree._Element) -> tuple[str, list[Span]]:
    """The source text of a block and the spans of the elements that stay.

    Raises:
        Unrepresentable: the block holds markup spans cannot express (see module docstring).
    """
    content = _content(block)
    return "".join(content.parts), content.kept


LITERAL = frozenset({"eg"})
"""Elements whose content is quoted as it stands (a code listing, ``eg``: TEI P5 23, «Documentation
Elements»; nashr writes no markup inside it, :meth:`nashr.convert.tei._Body.listing`): never
re-tagged, never entered."""


def iter_blocks(tree: etree._ElementTree) -> Iterator[etree._Element]:
    """Blocks of ``<text>``, in document order: elements outside any block with text of their own,
    or whose children are all phrase-level (``<p><persName>…</persName></p>``, a bayt's
    ``<l><seg>…</seg><caesura/><seg>…</seg></l>``); a division holding blocks and a block-level
    ``note`` is entered, not taken for a block, and the ``note`` is a block of its own. A listing
    (:data:`LITERAL`) is skipped."""
    text = tree.getroot().find(tei("text"))
    if text is None:
        return
    stack = [text]
    while stack:
        element = stack.pop()
        if _local(element) in LITERAL:
            continue
        children = [c for c in element if isinstance(c.tag, str)]
        own = (element.text or "").strip() or any((c.tail or "").strip() for c in element)
        phrase = bool(children) and all(_local(c) in INLINE for c in children)
        if element is not text and (own or phrase):
            yield element
            continue
        stack.extend(reversed(children))


def document_context(tree: etree._ElementTree) -> DateContext | None:
    """The date context the converter gave the text (:func:`nashr.convert.converter.date_context`),
    read back from its TEI: the date its title, subtitle and datelines give
    (:meth:`DateContext.of_document` over the blocks of ``<text>``: ``head type="main"`` is the
    title, ``head type="sub"`` the subtitle; their source readings, :func:`block_content`), else
    the catalog's date, which the header's ``profileDesc/creation/date`` holds as an ISO date or
    interval when no dateline or masthead dates the text (:func:`nashr.convert.header.build_header`);
    None when neither gives one."""
    root = tree.getroot()
    context = DateContext.of_document(_dated_blocks(iter_blocks(tree)))
    if context is not None:
        return context
    found = root.find(f"{tei('teiHeader')}/{tei('profileDesc')}/{tei('creation')}/{tei('date')}")
    return DateContext.from_iso(found.text or "") if found is not None else None


def _dated_blocks(blocks: Iterable[etree._Element]) -> Iterator[tuple[str, str]]:
    """``(role, source text)`` of each representable block, the role as the converter named its
    line: ``title``/``subtitle`` for the main and sub heads, else the element's name."""
    for block in blocks:
        name = _local(block)
        role = {"main": "title", "sub": "subtitle"}.get(block.get("type", ""), name) if name == "head" else name
        try:
            yield role, block_content(block)[0].strip()
        except Unrepresentable:
            continue


class _Crossing:
    """The kept spans of a block, to tell whether a new span crosses one (overlaps it without
    either holding the other): one that starts strictly inside the new span and ends after it,
    or ends strictly inside and starts before. Sorted by start and by end, each question is two
    binary searches and a look at the kept spans with an end inside the new one: O(log n + k),
    not the O(n) of trying them all (a long block may keep thousands of corrections)."""

    def __init__(self, kept: Iterable[Span]) -> None:
        by_start = sorted((s.start, s.end) for s in kept)
        by_end = sorted((end, start) for start, end in by_start)
        self._starts, self._ends_by_start = [s for s, _ in by_start], [e for _, e in by_start]
        self._ends, self._starts_by_end = [e for e, _ in by_end], [s for _, s in by_end]

    def crosses(self, span: Span) -> bool:
        first, last = bisect_right(self._starts, span.start), bisect_left(self._starts, span.end)
        if any(end > span.end for end in self._ends_by_start[first:last]):
            return True
        first, last = bisect_right(self._ends, span.start), bisect_left(self._ends, span.end)
        return any(start < span.start for start in self._starts_by_end[first:last])


def _moved(spans: Iterable[Span], offset: int) -> list[Span]:
    return [replace(s, start=s.start + offset, end=s.end + offset) for s in spans]


def _is_verse(block: etree._Element) -> bool:
    """A line of verse or a part of one, as the converter tells them (``l`` or a child of ``l``)."""
    parent = block.getparent()
    return _local(block) == "l" or (parent is not None and _local(parent) == "l")


def recogniser_for(block: etree._Element, recognise: Callable[[str], list[Span]]) -> Callable[[str], list[Span]]:
    """What reads ``block`` of a document as the converter reads it
    (:func:`nashr.convert.tei.recogniser_kind`): ``recognise``'s ``verse`` method for a line of
    verse, its ``signed`` method for a signature block and its ``byline`` method for a byline, where it
    has them; for a periodical's masthead marked up as its title and issue number, the issue's ``num`` only
    (:func:`nashr.convert.tei.masthead_spans`); else ``recognise``."""
    if _local(block) == "fw" and block.get("type") == "masthead" and block.find(tei("title")) is not None:
        return lambda text: [span for span in masthead_spans(text) if span.tag in AUTOMATIC]
    kind = recogniser_kind(block)
    return getattr(recognise, kind, recognise) if kind else recognise


def _apart(verse: bool) -> frozenset[str]:
    """The elements whose content is tagged on its own (:data:`APART`; in verse the hemistich ``seg`` too)."""
    return APART | {"seg"} if verse else APART


def _pieces(text: str, kept: list[Span], verse: bool) -> list[tuple[int, int]]:
    """The ranges of ``text`` the converter tagged one at a time: cut at each line break
    (:data:`LINE_BREAKS`) and at the edges of each :data:`APART` element (and, in verse, of each
    ``seg``)."""
    apart = _apart(verse)
    cuts = {s.start for s in kept if s.tag in LINE_BREAKS and s.start == s.end}
    cuts.update(offset for s in kept if s.tag in apart for offset in (s.start, s.end))
    cuts = sorted(cuts - {0, len(text)})
    return list(zip([0, *cuts], [*cuts, len(text)], strict=True))


def _read_texts(content: _Content, verse: bool) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each piece of the block (:func:`_pieces`) and the text the
    recogniser reads of it: a piece that is one ``orig``/``reg`` choice, its ``reg`` reading."""
    text = "".join(content.parts)
    pieces = []
    for start, end in _pieces(text, content.kept, verse):
        reading = content.readings.get(start)
        whole = reading is not None and reading.span.end == end
        pieces.append((start, end, reading.text if whole else text[start:end]))
    return pieces


def _recognised(content: _Content, recognise: Callable[[str], list[Span]],
                verse: bool) -> tuple[list[Span], list[Span], list[Span]]:
    """``recognise`` on each piece of the block (:func:`_pieces`), in order, as the converter ran
    it: a piece that is one ``orig``/``reg`` choice on its ``reg`` reading. Returns the new spans
    over the block's text, the kept spans (each such choice with its reading's spans) and the
    spans inside the ``orig`` of those choices (written inside it, not around the choice)."""
    text, kept = "".join(content.parts), content.kept
    found: list[Span] = []
    inside: list[Span] = []
    replaced: dict[int, Span] = {}  # by id(): a span's attributes are a dict, it has no hash
    for start, end, read_text in _read_texts(content, verse):
        reading = content.readings.get(start)
        if reading is None or reading.span.end != end:
            found.extend(_moved(resolve_overlaps(recognise(read_text)), start))
            continue
        spans = resolve_overlaps(recognise(read_text))
        if reading.visual is None:  # an editor's reading: the source reading stays as it is
            read, source = spans, list(reading.automatic)
        else:
            read, source = aligned_spans(spans, text[start:end], reading.visual)
            source = _moved(source, start)
        assert reading.span.replacement is not None
        replaced[id(reading.span)] = replace(reading.span, replacement=(*reading.span.replacement[:4], tuple(read)))
        inside.extend(source)
    return found, [replaced.get(id(s), s) for s in kept], inside


def retag_block(block: etree._Element, recognise: Callable[[str], list[Span]]) -> bool:
    """Re-tag one block in place with ``recognise`` (:meth:`Tagger.document`; for a line of
    verse its ``verse`` method, for a signature block or a byline its ``signed`` or ``byline`` method,
    where it has one, as in the converter: :func:`recogniser_for`); True when its content changed.

    Raises:
        Unrepresentable: the block was left untouched (see the module docstring).
    """
    content = _content(block)
    text = "".join(content.parts)
    verse = _is_verse(block)
    found, kept, inside = _recognised(content, recogniser_for(block, recognise), verse)
    crossing = _Crossing(kept)
    new = [s for s in found if not crossing.crosses(s)]
    before = etree.tostring(block, encoding="unicode", with_tail=False)
    for child in list(block):
        block.remove(child)
    # A name whose range equals a kept element's wraps it (<persName><choice>…</choice></persName>,
    # so the name covers both readings; <persName><hi>…</hi></persName>) except an element whose
    # content the converter tags on its own (APART: <fw><persName>…</persName></fw>, a line of a
    # heading that is one name); the spans of a reading's source go inside its <orig>, after the choice.
    inner = {(s.start, s.end) for s in kept if s.tag in _apart(verse)}
    fill(block, text, [*(s for s in new if (s.start, s.end) not in inner), *kept,
                       *(s for s in new if (s.start, s.end) in inner), *inside])
    return bool(etree.tostring(block, encoding="unicode", with_tail=False) != before)


@dataclass(slots=True)
class RetagReport:
    """What :func:`retag_file` did: ``status`` ``written``/``unchanged``; blocks left alone."""

    path: Path
    status: str = "unchanged"
    skipped: list[str] = field(default_factory=list)


def _where(block: etree._Element) -> str:
    return block.get(f"{{{XML_NS}}}id") or f"line {block.sourceline}"


def _prose_texts(block: etree._Element) -> list[str]:
    """The texts the recogniser reads of a block of prose (:func:`_read_texts`), none of a block
    that is left alone (:class:`Unrepresentable`)."""
    try:
        content = _content(block)
    except Unrepresentable:
        return []
    return [text for _, _, text in _read_texts(content, False)]


def retag_tree(tree: etree._ElementTree, tagger: Tagger) -> tuple[bool, list[str]]:
    """Re-tag every block of ``tree``; returns (changed, messages about blocks left alone)."""
    recognise = tagger.document(document_context(tree))
    blocks = list(iter_blocks(tree))
    # the prose read ahead, as the converter reads it (nashr.convert.tei.build_tei)
    recognise.look_ahead([text for block in blocks if not _is_verse(block) for text in _prose_texts(block)])
    changed = False
    skipped: list[str] = []
    for block in blocks:
        try:
            changed |= retag_block(block, recognise)
        except Unrepresentable as why:
            skipped.append(f"{_where(block)}: left as it is ({why})")
    return changed, skipped


def _without_seal(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy of ``tree`` without nashr's checksum instruction (serialise adds a fresh one)."""
    root = copy.deepcopy(tree.getroot())
    for node in reversed(list(tree.getroot().itersiblings(preceding=True))):
        if not (isinstance(node, etree._ProcessingInstruction) and node.target == SEAL_TARGET):
            root.addprevious(copy.copy(node))
    return etree.ElementTree(root)


def _serialise(tree: etree._ElementTree, pristine: bool) -> bytes:
    if pristine:
        return serialise(_without_seal(tree))
    root = tree.getroot()
    prolog = [*reversed(list(root.itersiblings(preceding=True)))]
    return b"".join(
        [b'<?xml version="1.0" encoding="UTF-8"?>\n']
        + [etree.tostring(node, encoding="UTF-8") + b"\n" for node in prolog]
        + [etree.tostring(root, encoding="UTF-8", with_tail=False), b"\n"]
    )


def retag_file(path: Path, tagger: Tagger) -> RetagReport:
    """Re-tag one TEI file and write it back atomically if anything changed.

    A file nashr wrote and nobody edited (:func:`nashr.convert.tei.is_pristine`) is written the way
    nashr writes files, with a fresh checksum; an edited file keeps its prolog and layout.

    Raises:
        nashr.xmlinput.UnusableInput: the file cannot be read as XML.
        FidelityLost: re-tagging would change the text's characters (nothing is written).
    """
    data = path.read_bytes() if path.is_file() else b""
    document = read(path)
    tree = document.tree
    before = text_characters(tree)
    changed, skipped = retag_tree(tree, tagger)
    report = RetagReport(path, skipped=skipped)
    if not changed:
        return report
    if text_characters(tree) != before:
        raise FidelityLost(f"{path}: re-tagging would change the text; nothing written")
    atomic_write(path, _serialise(tree, is_pristine(data)))
    report.status = "written"
    return report
