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
3. :meth:`nashr.entities.tagger.Tagger.tag` runs on the rebuilt text, a line at a time where the
   block holds line breaks (each piece between two ``lb``/``pb``/``cb``, as the converter tags
   each source line); its spans that would cross a kept element are left out;
   :func:`nashr.markup.fill` writes the block again, the empty milestone elements (``lb``, ``pb``,
   ``cb``, ``milestone``, ``anchor``) where they were.

Block attributes (``xml:id`` …), the header and everything outside blocks are not touched.
A block holding what spans cannot express (an empty element other than a milestone, a comment,
a processing instruction, a ``choice`` whose editorial reading has markup) is left exactly
as it is and reported. The fidelity rule is checked before anything is written
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
from nashr.convert.tei import SEAL_TARGET, is_pristine, serialise
from nashr.entities.dates import DateContext
from nashr.entities.tagger import Tagger
from nashr.files import atomic_write
from nashr.markup import POINTS, TEI_NS, XML_NS, Span, fill, tei
from nashr.xmlinput import read

AUTOMATIC = frozenset({"persName", "orgName", "placeName", "date", "num"})
"""Elements ``apply`` removes and re-creates."""
INLINE = AUTOMATIC | frozenset(
    "choice sic corr orig reg title hi foreign emph q label ref name rs term abbr expan add del "
    "unclear supplied seg w pc c lb pb cb milestone anchor note gap measure time".split()
)
"""Phrase-level elements: never a block themselves."""
_SOURCE_READINGS = {"sic": "corr", "orig": "reg"}
LINE_BREAKS = frozenset({"lb", "pb", "cb"})
"""Milestones that end a source line: the text on either side is tagged apart."""


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


def _flatten(element: etree._Element, parts: list[str], kept: list[Span]) -> None:
    """Append the source reading of ``element``'s content to ``parts``, kept spans to ``kept``."""
    parts.append(element.text or "")
    for child in element:
        _check(child)
        start = sum(map(len, parts))
        local = _local(child)
        if local == "choice":
            kept.append(_choice(child, parts, kept, start))
        elif _is_automatic(child):
            _flatten(child, parts, kept)
        else:
            _flatten(child, parts, kept)
            end = sum(map(len, parts))
            if end == start and (local not in POINTS or len(child) or child.text):
                raise Unrepresentable(f"empty element <{local}>")
            kept.append(Span(start, end, local, _attrs(child)))
        parts.append(child.tail or "")


def _choice(choice: etree._Element, parts: list[str], kept: list[Span], start: int) -> Span:
    children = list(choice)
    for child in children:
        _check(child)
    if len(children) != 2 or choice.text or any(c.tail for c in children):
        raise Unrepresentable("choice other than exactly one source and one editorial reading")
    source, editorial = children
    if _SOURCE_READINGS.get(_local(source)) != _local(editorial) or len(editorial):
        raise Unrepresentable("choice other than sic/corr or orig/reg with plain text")
    inner: list[Span] = []
    _flatten(source, parts, inner)
    end = sum(map(len, parts))
    if end == start:
        raise Unrepresentable("choice with an empty source reading")
    # Spans inside the source reading end up inside <sic>/<orig>: fill nests them there.
    kept.extend(inner)
    if _attrs(source):
        raise Unrepresentable("choice whose source reading carries attributes")
    replacement = (_local(source), _local(editorial), editorial.text or "", _attrs(editorial))
    return Span(start, end, "choice", _attrs(choice), replacement)


def block_content(block: etree._Element) -> tuple[str, list[Span]]:
    """The source text of a block and the spans of the elements that stay.

    Raises:
        Unrepresentable: the block holds markup spans cannot express (see module docstring).
    """
    parts: list[str] = []
    kept: list[Span] = []
    _flatten(block, parts, kept)
    return "".join(parts), kept


LITERAL = frozenset({"eg"})
"""Elements whose content is quoted as it stands (a code listing, ``eg``: TEI P5 23, «Documentation
Elements»; nashr writes no markup inside it, :meth:`nashr.convert.tei._Body.listing`): never
re-tagged, never entered."""


def iter_blocks(tree: etree._ElementTree) -> Iterator[etree._Element]:
    """Blocks of ``<text>``, in document order: non-phrase elements with text of their own, or whose
    children are all phrase-level (``<p><persName>…</persName></p>``): a division holding blocks
    and a block-level ``note`` is entered, not taken for a block. A listing (:data:`LITERAL`) is
    skipped."""
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
        if element is not text and _local(element) not in INLINE and (own or phrase):
            yield element
            continue
        stack.extend(reversed(children))


def document_context(tree: etree._ElementTree) -> DateContext | None:
    """The document's date from ``profileDesc/creation/date`` (``@when`` or ``@from``)."""
    found = tree.getroot().find(f"{tei('teiHeader')}/{tei('profileDesc')}/{tei('creation')}/{tei('date')}")
    if found is None:
        return None
    return DateContext.from_iso(found.get("when") or found.get("from") or "")


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


def _by_line(text: str, kept: list[Span], recognise: Callable[[str], list[Span]]) -> list[Span]:
    """``recognise`` on each piece of ``text`` between two line breaks (:data:`LINE_BREAKS`), its
    spans moved to the piece's offset: a name never runs over a line end, as in the converter."""
    breaks = sorted({s.start for s in kept if s.tag in LINE_BREAKS and s.start == s.end} - {0, len(text)})
    found: list[Span] = []
    for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
        found.extend(replace(s, start=s.start + start, end=s.end + start) for s in recognise(text[start:end]))
    return found


def retag_block(block: etree._Element, recognise: Callable[[str], list[Span]]) -> bool:
    """Re-tag one block in place with ``recognise`` (:meth:`Tagger.document`); True when its
    content changed.

    Raises:
        Unrepresentable: the block was left untouched (see the module docstring).
    """
    text, kept = block_content(block)
    crossing = _Crossing(kept)
    new = [s for s in _by_line(text, kept, recognise) if not crossing.crosses(s)]
    before = etree.tostring(block, encoding="unicode", with_tail=False)
    for child in list(block):
        block.remove(child)
    # New spans first: a name whose range equals a kept element's wraps it
    # (<persName><choice>…</choice></persName>), so the name covers both readings.
    fill(block, text, [*new, *kept])
    return bool(etree.tostring(block, encoding="unicode", with_tail=False) != before)


@dataclass(slots=True)
class RetagReport:
    """What :func:`retag_file` did: ``status`` ``written``/``unchanged``; blocks left alone."""

    path: Path
    status: str = "unchanged"
    skipped: list[str] = field(default_factory=list)


def _where(block: etree._Element) -> str:
    return block.get(f"{{{XML_NS}}}id") or f"line {block.sourceline}"


def retag_tree(tree: etree._ElementTree, tagger: Tagger) -> tuple[bool, list[str]]:
    """Re-tag every block of ``tree``; returns (changed, messages about blocks left alone)."""
    recognise = tagger.document(document_context(tree))
    changed = False
    skipped: list[str] = []
    for block in list(iter_blocks(tree)):
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
