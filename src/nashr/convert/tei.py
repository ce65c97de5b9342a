"""Build a TEI P5 document from a classified source, serialise it, and write it safely.

The body follows TEI P5 Guidelines ch. 4 (Default Text Structure): top matter (``fw``, ``head``,
``dateline``, ``opener``) at the start of ``body``, a ``div`` for each section heading, numbered
lines as ``list``/``item``, and ``closer``/``trailer`` at the end. The header follows ch. 2 (The
TEI Header). Every character of each source line is kept, in order; leading and trailing
whitespace of lines and blank lines are not kept (the editorial declaration says so).

Each block element has an ``xml:id`` ``<stem>.l<N>`` (N = source line number), unique across the
edition so texts can be gathered into one ``teiCorpus``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from nashr.config import Edition
from nashr.convert import reading
from nashr.convert.conventions import CELL_BORDERS_END, Conventions
from nashr.convert.document import Line
from nashr.convert.header import ALWAYS_DECLARED, CALENDARS, Recogniser, SourceInfo, build_header, declare_characters
from nashr.convert.header import el as _el
from nashr.convert.matter.masthead import MASTHEAD
from nashr.convert.pages import page_number_text
from nashr.convert.sources import Source
from nashr.convert.verse import bayt_number
from nashr.convert.xmlchars import encode_tree
from nashr.files import atomic_write
from nashr.markup import TEI_NS, XML_NS, Span, fill, resolve_overlaps, tei

TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"


def schema_pis(schema_href: str) -> tuple[tuple[str, str], ...]:
    """Schema declarations (W3C "Associating Schemas with XML documents 1.0"): TEI's tei_all by its
    release URL, and nashr's customisation — its RELAX NG subset and its Schematron rules — in the
    edition's schema folder, ``schema_href`` (a relative URI from the text, e.g. ``../schema``)."""
    return (
        ("xml-model", f'href="{TEI_ALL_URL}" type="application/xml" schematypens="{RNG_NS}"'),
        ("xml-model", f'href="{schema_href}/nashr.rng" type="application/xml" schematypens="{RNG_NS}"'),
        ("xml-model", f'href="{schema_href}/nashr.sch" type="application/xml" schematypens="{SCH_NS}"'),
    )

# The checksum processing instruction records what nashr wrote, so a later run can tell a
# file a person has edited (checksum differs or is gone) from one it may replace.
SEAL_TARGET = "nashr-checksum"
SEAL_PLACEHOLDER = "sha256:" + "0" * 64
SEAL_RE = re.compile(rb"<\?nashr-checksum sha256:([0-9a-f]{64})\?>")


# Elements that contain only blocks (never text): indented by :func:`serialise`.
BLOCK_CONTAINERS = frozenset(tei(t) for t in ("div", "list", "opener", "closer", "lg", "sp", "postscript", "address"))
# What a body needs besides its top and bottom matter (TEI P5 "body": model.common or divisions).
BODY_CONTENT = frozenset(tei(t) for t in ("p", "list", "lg", "sp", "quote", "div", "l", "ab", "table", "stage",
                                          "eg"))
# Roles of the end of a text (TEI model.divBottom and model.global): when only these follow, what
# comes is the end of the whole text, after all divisions.
BOTTOM_ROLES = frozenset({"closer", "trailer", "postscript", "signed", "salute", "dateline", "note", "fw", "byline"})
# What an sp holds after its speaker (TEI "sp": lg, model.lLike, model.pLike, …), as nashr writes it.
SPEECH = frozenset(tei(t) for t in ("p", "lg", "l", "list", "quote", "stage"))
# The roles that continue the block of the line before with an lb.
WRAPPED = {"p+", "item+"}
# The phases of a section (body or div) in TEI's content model of both: its top matter
# (model.divTop: head, opener, byline, dateline, epigraph …), its content (model.common, or
# divisions), its bottom matter (model.divBottom: closer, trailer, postscript …). model.global
# (fw, note) may stand anywhere.
TOP, CONTENT, DIVS, BOTTOM = "top", "content", "divs", "bottom"


class _Body:
    """Appends the elements of each line's role to ``body`` (TEI P5 ch. 4): top matter, a
    ``div`` for each section heading, ``list``/``item``, ``lg``/``l``, ``sp``, ``opener``,
    ``closer``, ``postscript``; a wrapped line goes into the block before it after an ``lb``.

    Whatever the order of the roles, the result follows the content model of ``body`` and
    ``div``: each element goes into the open section if its phase allows it there; top matter
    after content, and content after bottom matter, open a new ``div`` (bottom matter that more
    text follows ends its section: the body's content so far becomes a ``div`` of its own)."""

    def __init__(self, body: etree._Element, stem: str, content: Callable[[etree._Element, str], None]) -> None:
        self.body = body
        self.stem = stem
        self.content = content
        self.div: etree._Element | None = None
        self.body_phase = TOP
        self.div_phase = TOP
        self.list: etree._Element | None = None
        self.item: etree._Element | None = None
        self.lg: etree._Element | None = None
        self.bayt: etree._Element | None = None  # an l holding only its first hemistich so far
        self.verse_line: etree._Element | None = None  # the open lg's last l, which a gloss joins
        self.sp: etree._Element | None = None
        self.opener: etree._Element | None = None
        self.address: etree._Element | None = None
        self.closer: etree._Element | None = None
        self.postscript: etree._Element | None = None
        self.title: etree._Element | None = None
        self.epigraph: etree._Element | None = None  # an invocation and the bayt under it
        self.last: etree._Element | None = None  # the block a wrapped line continues
        self.listing_end = 0  # the source line number of the last line of the open eg
        self.started = False  # a paragraph, list, poem or heading has been written

    def _phase(self) -> str:
        return self.div_phase if self.div is not None else self.body_phase

    def _set_phase(self, phase: str) -> None:
        if self.div is not None:
            self.div_phase = phase
        else:
            self.body_phase = phase

    def section(self) -> etree._Element:
        return self.div if self.div is not None else self.body

    def top(self) -> etree._Element:
        """Where an element of the top matter goes: the open section while it holds nothing but
        top matter, else a new ``div``."""
        if self._phase() != TOP:
            self.new_div()
        return self.section()

    def text_part(self) -> etree._Element:
        """Where a paragraph, list, poem, speech or quotation goes: the open section, unless its
        bottom matter has begun or it holds divisions (then a new ``div``)."""
        if self._phase() in {BOTTOM, DIVS}:
            self.new_div()
        self._set_phase(CONTENT)
        return self.section()

    def bottom(self, final: bool) -> etree._Element | None:
        """Where an element of the bottom matter goes: at the end of the text (``final``: only
        bottom matter follows), after all divisions at the end of ``body``; inside the text, at
        the end of the open section (which it closes). None when that section has no content
        yet (TEI: bottom matter follows content)."""
        if final:
            self.div = None
        if self._phase() == TOP:
            return None
        self._set_phase(BOTTOM)
        return self.section()

    def new_div(self, **attrs: str) -> etree._Element:
        """Open a ``div`` in ``body``; the blocks open in the section before are closed. When
        bottom matter stands in ``body`` itself, the body's content up to it becomes a ``div``
        first (TEI: a body's divisions come after its paragraphs, its bottom matter after both)."""
        self.close_speech()
        self.list = self.item = self.lg = self.bayt = self.verse_line = self.opener = self.address = None
        self.closer = self.postscript = self.title = None
        self.div = None
        if self.body_phase == BOTTOM:
            first = next((k for k, child in enumerate(self.body) if child.tag in BODY_CONTENT), len(self.body))
            wrapped = etree.Element(tei("div"))
            for child in list(self.body)[first:]:
                wrapped.append(child)
            self.body.append(wrapped)
        self.body_phase = DIVS
        self.div = _el(self.body, "div", **attrs)
        self.div_phase = TOP
        return self.div

    def _mark(self, element: etree._Element, line: Line) -> etree._Element:
        element.set(f"{{{XML_NS}}}id", f"{self.stem}.l{line.n}")
        if line.copy_of is not None:
            element.set("copyOf", f"#{self.stem}.l{line.copy_of}")
        if line.cert is not None:
            element.set("cert", line.cert)
            # On a note, @resp would name the note's author (an editorial note, which the
            # fidelity check skips); this note is the source's.
            if element.tag != tei("note"):
                element.set("resp", "#nashr")
        return element

    def block(self, parent: etree._Element, local: str, line: Line, text: str | None = None,
              **attrs: str) -> etree._Element:
        element = self._mark(_el(parent, local, **attrs), line)
        self.content(element, (line.text if text is None else text).strip())
        return element

    def append_line(self, element: etree._Element, line: Line) -> None:
        """Continue ``element`` with an ``lb`` (carrying the line's identifier) and the line."""
        lb = self._mark(_el(element, "lb"), line)
        holder = etree.Element(tei("ab"))
        self.content(holder, line.text.strip())
        lb.tail = holder.text
        for child in list(holder):
            element.append(child)

    def _close(self, role: str) -> None:
        if role not in {"item", "item+", "continuation"}:
            self.list = self.item = None
        if role != "l":
            self.lg = self.bayt = self.verse_line = None
        if role not in {"p", "stage"}:
            self.close_speech()
        # In the body an addressee opens a new opener (the next letter's), unless it continues the
        # addressee block of the line before (name and office: one opener, one address).
        continues_address = role == "addressee" and self.address is not None
        if role not in {"addressee", "salute"} or (self.started and not continues_address):
            self.opener = self.address = None
        if role != "addressee":
            self.address = None
        if role not in {"salute", "signed", "dateline"}:
            self.closer = None
        if role != "postscript":
            self.postscript = None
        if role != "title":
            self.title = None
        if role not in {"p", "l"}:
            self.epigraph = None

    def add(self, line: Line, next_role: str | None, final: bool, resumed: bool = False) -> None:
        """Add one line; ``next_role`` is the role of the next line that is not page furniture,
        ``final`` says that only bottom matter follows, ``resumed`` that the next line that is
        neither furniture nor a note continues the open block (a paragraph running on past the
        footnotes and the page break: they go inside it, in their place)."""
        role = line.role
        if role in {"fw", "note"} and resumed and self.last is not None:
            self.block(self.last, role, line, **({"type": _furniture_type(line)} if role == "fw" else {}))
            return
        if role == "fw":
            self.furniture(line, next_role)
            return
        if role in WRAPPED and self.last is not None:
            self.append_line(self.last, line)
            return
        if role == "code+" and self.last is not None and self.last.tag == tei("eg"):
            self.listing_line(line)
            return
        self._close(role)
        self.last = None
        if role == "masthead":
            self.masthead(line)
        elif role == "title":
            if self.title is not None:
                self.append_line(self.title, line)
            else:
                self.title = self.block(self.top(), "head", line, type="main")
        elif role == "subtitle":
            self.block(self.top(), "head", line, type="sub")
        elif role in {"salute", "signed", "dateline"} and self.started:
            self.closing(line, final)
        elif role in {"addressee", "salute"}:
            self.opening(line)
        elif role in {"byline", "dateline", "signed"} and not self.started:
            self.block(self.top(), role, line)
        elif role in {"byline", "closer", "trailer", "postscript"}:
            self.end(line, final)
        elif role == "head":
            self.started = True
            self.block(self.new_div(xml_id=f"{self.stem}.div{line.n}"), "head", line)
        elif role in {"item", "item+"}:
            self.started = True
            if line.list_start or self.list is None:
                self.list = _el(self.text_part(), "list", xml_id=f"{self.stem}.list{line.n}",
                                rend="numbered" if line.number is not None else "bulleted")
            number = {"n": str(line.number)} if line.number is not None else {}
            self.item = self.last = self.block(self.list, "item", line, **number)
        elif role == "continuation" and self.item is not None:
            self.last = self.continue_item(line)
        elif role == "l":
            self.started = self.started or not (line.epigraph and self.epigraph is not None)
            self.verse(line)
        elif role == "speaker":
            self.started = True
            self.close_speech()
            self.speech(line)
        elif role == "quote":
            self.started = True
            self.last = self.block(self.text_part(), role, line)
        elif role == "stage":
            # a stage direction (TEI P5 7.2.4): inside the speech it interrupts, else between speeches
            self.started = True
            self.last = self.block(self.speech_or_text_part(), role, line)
        elif role == "note":
            self.last = self.block(self.section(), role, line)
        elif role in {"code", "code+"}:
            self.started = True
            self.listing(line)
        else:
            self.started = self.started or not line.epigraph
            self.paragraph(line, final)

    def listing(self, line: Line) -> None:
        """A code listing (a Markdown code block) as ``eg`` (TEI P5 23.1.1: an illustrative
        example; the TEI Consortium's stylesheets set it as preformatted text), with
        ``xml:space="preserve"``: the line's own indentation is kept, its text is not searched
        for names, dates or numbers (a port number is no quantity), and each further line
        follows an ``lb`` (:meth:`listing_line`)."""
        self.last = self._mark(_el(self.text_part(), "eg"), line)
        self.last.set(f"{{{XML_NS}}}space", "preserve")
        self.last.text = line.text.rstrip()
        self.listing_end = line.n

    def listing_line(self, line: Line) -> None:
        """A further line of the open ``eg``: an ``lb`` carrying its identifier, then the line
        with its indentation; each blank source line since the last line of the listing is an
        ``lb`` of its own (without identifier: the blank line has no element), so the listing
        keeps its empty lines."""
        assert self.last is not None
        for _ in range(line.n - self.listing_end - 1):
            _el(self.last, "lb")
        self._mark(_el(self.last, "lb"), line).tail = line.text.rstrip()
        self.listing_end = line.n

    def closing(self, line: Line, final: bool) -> None:
        """A salutation, signature or date after the text: in a ``closer`` at the end of the
        section (or of the text); directly in the section when it has no content yet (TEI
        model.divWrapper: also top matter)."""
        if self.closer is None:
            parent = self.bottom(final)
            if parent is None:
                self.block(self.top(), line.role, line)
                return
            self.closer = _el(parent, "closer")
        self.block(self.closer, line.role, line)

    def end(self, line: Line, final: bool) -> None:
        """A byline, slogan, end mark or postscript after the text; with no text before it in
        its section, a byline is top matter and the others are paragraphs."""
        parent = self.bottom(final)
        if parent is None:
            if line.role == "byline":
                self.block(self.top(), "byline", line)
            else:
                self.last = self.block(self.text_part(), "p", line)
            return
        if line.role == "postscript":
            if self.postscript is None:
                self.postscript = _el(parent, "postscript", xml_id=f"{self.stem}.ps{line.n}")
            self.last = self.block(self.postscript, "p", line)
        else:
            self.block(parent, line.role, line)

    def furniture(self, line: Line, next_role: str | None) -> None:
        """A running head or page number (TEI model.global, allowed anywhere): inside the block
        it interrupts when the next line continues that block, else inside the innermost open
        container (a speech, poem, list …), so that what follows stays after it."""
        continued = {"p+": self.last, "item+": self.last, "continuation": self.item, "l": self.bayt,
                     "title": self.title}.get(next_role or "")
        open_ = (continued, self.sp, self.lg, self.item if next_role == "continuation" else None, self.list,
                 self.postscript, self.closer, self.address, self.opener)
        parent = next((e for e in open_ if e is not None), None)
        self.block(parent if parent is not None else self.section(), "fw", line, type=_furniture_type(line))

    def opening(self, line: Line) -> None:
        if self.opener is None:
            self.opener = _el(self.top(), "opener")
        if line.role == "addressee":
            if self.address is None:
                self.address = _el(self.opener, "address")
            self.block(self.address, "addrLine", line)
        else:
            self.block(self.opener, "salute", line)

    def verse(self, line: Line) -> None:
        """A bayt as ``l`` with its hemistichs as ``seg type="hemistich"`` around a ``caesura``
        (the source's tab or spaces kept after it); a hemistich on its own line joins the
        ``l`` of the hemistich before it. A numbered bayt's number is its ``@n``, and the
        source's number with its separator a ``label`` before or after the hemistichs (TEI P5
        6.2; every source character kept). A gloss (:attr:`Line.gloss`) joins the ``l`` before it
        (:meth:`gloss`)."""
        if line.gloss is not None and self.verse_line is not None:
            self.gloss(line)
            return
        if self.lg is None or line.group_start:
            parent = self.epigraph if line.epigraph and self.epigraph is not None else self.text_part()
            self.lg = _el(parent, "lg", xml_id=f"{self.stem}.lg{line.n}", type="poem")
            self.bayt = None
        if line.hemistich == 2 and self.bayt is not None:
            _el(self.bayt, "caesura")
            self.block(self.bayt, "seg", line, type="hemistich")
            self.bayt = None
            return
        if line.bayts:
            self.bayts(line)
            return
        l_ = self.verse_line = self._mark(_el(self.lg, "l"), line)
        text, number = line.text, None
        if line.number is not None and (found := bayt_number(text)) is not None:
            l_.set("n", str(found[0]))
            number = text[found[1] : found[2]]
            text = text[: found[1]] + " " * len(number) + text[found[2] :]  # (the split's offsets hold)
            if found[1] == 0:
                self.content(label := _el(l_, "label"), number.strip())
                label.tail = number[len(number.rstrip()) :]  # (the source's space after it)
        if line.split is not None:
            start, end = line.split
            self.content(_el(l_, "seg", type="hemistich"), text[:start].strip())
            _el(l_, "caesura").tail = text[start:end]
            second = text[end:].strip()
            cells = CELL_BORDERS_END.search(second)  # (a table row's empty cells after the bayt: not the hemistich's)
            self.content(seg := _el(l_, "seg", type="hemistich"), second[: cells.start()] if cells else second)
            if cells:
                seg.tail = second[cells.start() :]
        elif line.hemistich == 1:
            self.content(_el(l_, "seg", type="hemistich"), text.strip())
            self.bayt = l_
        elif number is not None:
            self.content(_el(l_, "seg"), text.strip())
        else:
            self.content(l_, text.strip())
        if number is not None and found[1] > 0:
            l_[-1].tail = (l_[-1].tail or "") + number[: len(number) - len(number.lstrip())]
            self.content(_el(l_, "label"), number.strip())
        self.last = None

    def gloss(self, line: Line) -> None:
        """A line in another script under a hemistich or a bayt (its transliteration or translation:
        :mod:`nashr.convert.gloss`) as ``seg type="gloss"`` with its ``xml:lang`` and the line's identifier,
        right after what it glosses inside the same ``l``: after the first hemistich (before the
        ``caesura`` the second hemistich brings), after the second, or after a bayt written on one line.
        Its text is read as a hemistich is (``nashr entities apply`` reads each ``seg`` of a line of verse
        apart, so the two agree); the recognisers read Persian: in another script they find numbers at most."""
        assert self.verse_line is not None and line.gloss is not None
        self.block(self.verse_line, "seg", line, type="gloss", xml_lang=line.gloss)

    def bayts(self, line: Line) -> None:
        """A poem written on one line (:attr:`Line.bayts`): each bayt its own ``l`` of two hemistichs around a
        ``caesura`` (the source's spaces after it), the first carrying the line's identifier and the others it
        with «.b2», «.b3» …; what follows the last whole bayt (a copy cut short) an ``l`` of its own. The
        whitespace between two bayts, where the copy lost a line break, is the boundary between their ``l``
        (TEI P5 6.2; every other source character kept, as the fidelity check reads it)."""
        text = line.text
        for k, (start, cut, after, end) in enumerate(line.bayts, 1):
            l_ = self._mark(_el(self.lg, "l"), line)
            if k > 1:
                l_.set(f"{{{XML_NS}}}id", f"{self.stem}.l{line.n}.b{k}")
            self.content(_el(l_, "seg", type="hemistich"), text[start:cut])
            _el(l_, "caesura").tail = text[cut:after]
            self.content(_el(l_, "seg", type="hemistich"), text[after:end])
        if rest := text[line.bayts[-1][3] :].strip():
            l_ = self._mark(_el(self.lg, "l"), line)
            l_.set(f"{{{XML_NS}}}id", f"{self.stem}.l{line.n}.b{len(line.bayts) + 1}")
            self.content(l_, rest)
        self.verse_line = l_
        self.last = None

    def speech(self, line: Line) -> None:
        """An ``sp``: the label as ``speaker``, the rest of the line (if any) as its first ``p``;
        the paragraphs after it join the ``sp`` until another role comes."""
        assert line.split is not None
        self.sp = self._mark(_el(self.text_part(), "sp"), line)
        self.content(_el(self.sp, "speaker"), line.text[: line.split[0]].strip())
        rest = line.text[line.split[1] :].strip()
        if rest:
            self.last = _el(self.sp, "p")
            self.content(self.last, rest)

    def speech_or_text_part(self) -> etree._Element:
        """The open ``sp`` while the text's content goes on (a paragraph or stage direction after a
        speaker's label belongs to the speech), else :meth:`text_part`."""
        return self.sp if self.sp is not None and self._phase() == CONTENT else self.text_part()

    def close_speech(self) -> None:
        """A speaker label that nothing followed is a paragraph with a ``label`` (an ``sp``
        needs a speech)."""
        if self.sp is not None and not any(child.tag in SPEECH for child in self.sp):
            self.sp.tag, self.sp[0].tag = tei("p"), tei("label")
        self.sp = None

    def continue_item(self, line: Line) -> etree._Element:
        assert self.item is not None
        first_child = next(iter(self.item), None)  # len() would count every child: O(n) a line
        if first_child is None or first_child.tag != tei("p"):
            # The item's first line becomes its first paragraph: item may hold text or p's,
            # and mixing them reads badly.
            first = etree.Element(tei("p"))
            first.text, self.item.text = self.item.text, None
            for child in list(self.item):
                first.append(child)
            first.set(f"{{{XML_NS}}}id", self.item.get(f"{{{XML_NS}}}id", ""))
            self.item.attrib.pop(f"{{{XML_NS}}}id")
            self.item.set(f"{{{XML_NS}}}id", f"{first.get(f'{{{XML_NS}}}id')}.item")
            self.item.append(first)
        return self.block(self.item, "p", line)

    def paragraph(self, line: Line, final: bool) -> None:
        if line.epigraph and not self.started:
            self.epigraph = _el(self.top(), "epigraph")
            self.block(self.epigraph, "p", line)
            return
        parent = self.speech_or_text_part()
        if line.trailer_at is None:
            self.last = self.block(parent, "p", line)
            return
        self.last = self.block(parent, "p", line, text=line.text[: line.trailer_at])
        parent = self.bottom(final)
        trailer = _el(parent if parent is not None else self.section(), "trailer",
                      xml_id=f"{self.stem}.l{line.n}.trailer")
        trailer.text = line.text[line.trailer_at :].strip()

    def masthead(self, line: Line) -> None:
        """``fw type="masthead"``; a masthead line of a title and an issue number marks them up
        as the periodical's ``title level="j"`` and the issue's ``num``."""
        spans = masthead_spans(line.text.strip())
        if not spans:
            self.block(self.section(), "fw", line, type="masthead")
            return
        fw = _el(self.section(), "fw", xml_id=f"{self.stem}.l{line.n}", type="masthead")
        fill(fw, line.text.strip(), spans)

    def finish(self) -> None:
        """Close what is open. A body of top matter only (a title, a date) gets it in a ``div``:
        TEI's body needs a paragraph-level element or a division."""
        self.close_speech()
        if not any(child.tag in BODY_CONTENT for child in self.body):
            div = etree.Element(tei("div"))
            for child in list(self.body):
                div.append(child)
            self.body.append(div)


def _furniture_type(line: Line) -> str:
    """``pageNum`` for a page number (:func:`nashr.convert.pages.page_number_text`), else ``header``."""
    return "pageNum" if page_number_text(reading.plain(line.text).strip()) else "header"


def masthead_spans(text: str) -> list[Span]:
    """The periodical's name (``title level="j"``) and issue number (``num``) of a masthead line
    ``text`` (stripped: offsets into it) that gives both (:data:`nashr.convert.matter.masthead.MASTHEAD`,
    «کاوه ۱۲»); empty otherwise. Shared with ``nashr entities apply``."""
    m = MASTHEAD.match(text)
    if m is None:
        return []
    return [Span(m.start("title"), m.end("title"), "title", {"level": "j"}),
            Span(m.start("issue"), m.end("issue"), "num", {"value": str(int(m["issue"]))})]


def recogniser_kind(element: etree._Element) -> str | None:
    """The method of a document's recogniser that reads the text of ``element``: ``"verse"`` for
    a line of verse or a part of one (``l`` or a child of ``l``), ``"signed"`` for a signature
    block, ``"byline"`` for a byline, None for prose (the recogniser itself). Shared with ``nashr
    entities apply``."""
    if element.tag == tei("l") or ((parent := element.getparent()) is not None and parent.tag == tei("l")):
        return "verse"
    return _RECOGNISER_KINDS.get(element.tag)


_RECOGNISER_KINDS = {tei("signed"): "signed", tei("byline"): "byline"}
"""Elements of prose a document's recogniser reads with a method of their own (:func:`recogniser_kind`)."""


def _content(recognise: Recogniser | None, conventions: Conventions,
             read: Callable[[str], str]) -> Callable[[etree._Element, str], None]:
    """How a piece of a line fills its element: the source text with its names, dates and numbers
    marked; in a PDF extraction, a piece whose logical reading (``read``: :func:`_reading`)
    differs is ``choice`` of ``orig`` (the source text) and ``reg`` (the reading, where the
    names, dates and numbers are marked)."""

    def spans(text: str, kind: str | None) -> list[Span]:
        if recognise is None or not text:
            return []
        # a line of verse is its own context, and a signature block ends with a name, for a
        # recogniser that has a method for them (Tagger.document's)
        return resolve_overlaps(getattr(recognise, kind, recognise)(text) if kind else recognise(text))

    def content(element: etree._Element, text: str) -> None:
        regular = read(text)
        kind = recogniser_kind(element)
        if regular != text:
            choice = _el(element, "choice")
            found, in_source = reading.aligned_spans(spans(regular, kind), text, conventions.visual)
            fill(_el(choice, "orig"), text, in_source)
            fill(_el(choice, "reg"), regular, found)
            return
        fill(element, text, spans(text, kind))

    return content


def _reading(text: str, conventions: Conventions) -> str:
    """The text the recogniser reads of a piece of a line: the logical reading of a PDF
    extraction's piece with visual traces (:func:`nashr.convert.reading.logical`), else the text."""
    return reading.logical(text, conventions.visual) if conventions.pdf and reading.pdf_traces(text) else text


LOOK_AHEAD_SKIPPED = frozenset({"l", "code", "code+", "blank"})
"""Roles whose lines the recogniser reads as verse (by hemistich) or not at all (code): left out
of its look-ahead (:func:`build_tei`)."""


def _prose_pieces(line: Line) -> list[str]:
    """The pieces of a line of prose the recogniser reads one at a time: the line, or a speech's
    label and the speech after it (:meth:`_Body.speech`)."""
    if line.role == "speaker" and line.split is not None:
        return [line.text[: line.split[0]].strip(), line.text[line.split[1] :].strip()]
    return [line.text.strip()]


def build_tei(source: Source, lines: Sequence[Line], info: SourceInfo, edition: Edition,
              recognise: Recogniser | None = None, conventions: Conventions | None = None,
              schema_href: str = "../schema") -> etree._ElementTree:
    """Build the TEI document of one source.

    Args:
        source: the decoded source (``nashr.convert.sources.read_source``).
        lines: its classified lines (``nashr.convert.structure.analyse``).
        info: identifier and catalog data.
        edition: edition metadata (``edition.toml``).
        recognise: finds inline spans (names, dates, numbers) in a block's text; None for none.
        conventions: the document's conventions (``nashr.convert.structure.analyse``); None for
            the defaults (no PDF traces).
        schema_href: the edition's schema folder as a relative URI from the TEI file.

    Returns:
        An lxml element tree with root ``TEI`` and the schema processing instructions.
    """
    conventions = conventions or Conventions()
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}id", info.stem)
    root.set(f"{{{XML_NS}}}lang", "fa")
    text = etree.Element(tei("text"))
    # each piece's reading once, for the look-ahead and for the piece's element (one document's pieces)
    read = functools.cache(functools.partial(_reading, conventions=conventions))
    builder = _Body(_el(text, "body"), info.stem, _content(recognise, conventions, read))
    content = [line for line in lines if line.role != "blank"]
    # a recogniser with a document's memory reads the prose ahead (Tagger.document's): the
    # names a text gives in full are known where it names them short before
    look_ahead = getattr(recognise, "look_ahead", None)
    if look_ahead is not None:
        look_ahead([read(piece) for line in content if line.role not in LOOK_AHEAD_SKIPPED
                    for piece in _prose_pieces(line) if piece])
    following: str | None = None  # the role of the next line that is not page furniture
    after: list[tuple[str | None, bool]] = []
    final = True  # only bottom matter follows
    text_role: str | None = None  # the role of the next line that is neither furniture nor a note
    for line in reversed(content):
        after.append((following, final, text_role in WRAPPED))
        if line.role != "fw":
            following = line.role
        if line.role not in {"fw", "note"}:
            text_role = line.role
        final = final and line.role in BOTTOM_ROLES
    for line, (next_role, only_bottom, resumed) in zip(content, reversed(after), strict=True):
        builder.add(line, next_role, only_bottom, resumed)
    builder.finish()
    used = _calendars_used(text)
    calendars = [*ALWAYS_DECLARED, *sorted((used & set(CALENDARS)) - set(ALWAYS_DECLARED))]
    build_header(root, source, lines, info, edition, recognise, calendars, conventions)
    root.append(text)
    # the source's control characters, as g (issue 14); a scan of the source, not of the tree, for most texts
    if source.encoded and (chars := encode_tree(root, info.stem)):
        declare_characters(root, info.stem, chars)
    tree = etree.ElementTree(root)
    for target, value in schema_pis(schema_href):
        root.addprevious(etree.ProcessingInstruction(target, value))
    return tree


def _calendars_used(text: etree._Element) -> set[str]:
    """The calendar identifiers (``gregorian``, ``jalali`` …) that ``@calendar`` or
    ``@datingMethod`` of ``text`` or its descendants point to. One walk over the elements: the
    XPath union ``//@calendar | //@datingMethod`` merges its node sets in quadratic time in
    libxml2 (4 s on an 8 MB text)."""
    return {value.lstrip("#") for element in text.iter(etree.Element)
            for value in (element.get("calendar"), element.get("datingMethod")) if value}


def serialise(tree: etree._ElementTree) -> bytes:
    """UTF-8 bytes with XML declaration, header indented, text content untouched, and the
    nashr checksum processing instruction (see :func:`is_pristine`)."""
    root = tree.getroot()
    header = root.find(tei("teiHeader"))
    if header is not None:
        etree.indent(header, space="  ", level=1)
    root.text = "\n  "
    header.tail = "\n  " if header is not None else None
    text = root.find(tei("text"))
    if text is not None:
        text.tail = "\n"
        text.text = "\n    "
        body = text[0]
        body.tail = "\n  "
        _indent_blocks(body, 2)
    prolog = [*reversed(list(root.itersiblings(preceding=True))),
              etree.ProcessingInstruction(SEAL_TARGET, SEAL_PLACEHOLDER)]
    data = b"".join(
        [b'<?xml version="1.0" encoding="UTF-8"?>\n']
        + [etree.tostring(pi, encoding="UTF-8") + b"\n" for pi in prolog]
        + [etree.tostring(root, encoding="UTF-8", with_tail=False), b"\n"]
    )
    digest = hashlib.sha256(data).hexdigest()
    return data.replace(SEAL_PLACEHOLDER.encode(), f"sha256:{digest}".encode(), 1)


def _indent_blocks(element: etree._Element, level: int) -> None:
    """Indent the children of a container of blocks (body, div, list, lg, …; an item holding
    p's); never mixed content. Linear in the number of elements."""
    if element.text and element.text.strip():
        return
    children = list(element)
    if not children:
        return
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        if child.tag in BLOCK_CONTAINERS or (child.tag == tei("item") and child.find(tei("p")) is not None):
            _indent_blocks(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def is_pristine(data: bytes) -> bool:
    """True when ``data`` is exactly what nashr wrote: its checksum instruction matches.

    A file without the instruction, or whose bytes changed after nashr wrote it, counts as
    edited by a person.
    """
    m = SEAL_RE.search(data)
    if m is None:
        return False
    blank = data[: m.start(1)] + SEAL_PLACEHOLDER[7:].encode() + data[m.end(1) :]
    return hashlib.sha256(blank).hexdigest() == m[1].decode()


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Outcome of :func:`write_tei`: ``status`` is ``written``, ``unchanged`` or ``kept``
    (the existing file was edited by a person; the new version went to ``path``)."""

    status: str
    path: Path


def write_tei(path: Path, data: bytes, force: bool = False) -> WriteResult:
    """Write a converted TEI file without ever overwriting a person's edits.

    If ``path`` exists and is not :func:`is_pristine`, and ``force`` is False, the existing file
    is kept and the new version is written beside it as ``<stem>.new.xml``.
    """
    if path.exists():
        old = path.read_bytes()
        if old == data:
            return WriteResult("unchanged", path)
        if not force and not is_pristine(old):
            beside = path.with_suffix(".new.xml")
            atomic_write(beside, data)
            return WriteResult("kept", beside)
    atomic_write(path, data)
    return WriteResult("written", path)
