"""The volume's back matter cut into documents laid out apart: the index in pieces, then the colophon.

The index laid out as one WeasyPrint document held every page's boxes at once (5.8 MB a page: every
page number is a link), and on the synthetic corpus its pages grow with the edition (docs/scale.md,
rounds 43–45). The printed index's convention since round 46 (the coordinator's decision, issue 14):

- a piece holds at most ``locators`` page numbers (:data:`LOCATORS_PER_PIECE`) and breaks between
  entries where it can: an entry that does not fit in what is left of a piece but fits in a piece of
  its own starts the next piece; one that would overflow a piece of its own runs on into the next,
  where its name is repeated followed by «(ادامه)» (the continued heading of an entry broken across
  pages, Chicago Manual of Style 16.x; the label is the stylesheet's, ``data-continued``);
- each register starts a piece, with its heading; the index's heading starts the first piece, and
  the pieces after it carry the index's running title (``data-title``, print.css);
- each piece is its own document, so it starts a page and its last page is balanced and part-filled
  like the index's last page before; the volume numbers its pages on from the pieces before it.

The index's text is otherwise the stylesheet's (back-matter.xsl): the same entries in the same
order, each page number once, the same links; only the cut is made here, from its HTML.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

import lxml.html
from lxml import etree

LOCATORS_PER_PIECE = 4_000
"""Page numbers in one piece of the index: about nine pages (on the synthetic corpus an index page
holds 406–545 page numbers in its two columns: 4,099 on the 9 pages of 100 texts, round 46), so a
piece lays out about 52 MB of WeasyPrint's boxes (5.8 MB a page, round 43) whatever the edition's
size."""

SEPARATOR = "، "
"""Between an entry's name and its page numbers, and between two page numbers (back-matter.xsl)."""


def _chunks(entry: etree._Element, room: int, locators: int, continued: str) -> Iterator[tuple[etree._Element, int]]:
    """``entry`` (a ``p.index-entry``) as entries of at most ``room`` page numbers, then of at most
    ``locators`` each; each with its number of page numbers. Every one after the first repeats the
    name followed by ``continued`` (the stylesheet's label)."""
    links = entry.findall("span[@class='index-pages']/a")
    if len(links) <= room:
        yield entry, len(links)
        return
    start, size = 0, room
    while start < len(links):
        chunk = etree.Element(entry.tag, dict(entry.attrib))
        chunk.text = entry.text
        name = copy.deepcopy(entry.find("span[@class='index-name']"))
        name.tail = SEPARATOR
        if start:
            label = etree.SubElement(name, "span", {"class": "index-continued"})
            label.text = continued
            previous = label.getprevious()
            if previous is None:
                name.text = (name.text or "") + " "
            else:
                previous.tail = (previous.tail or "") + " "
        chunk.append(name)
        listed = etree.SubElement(chunk, "span", {"class": "index-pages"})
        for link in links[start:start + size]:
            link = copy.deepcopy(link)
            link.tail = SEPARATOR
            listed.append(link)
        listed[-1].tail = None
        yield chunk, len(listed)
        start += size
        size = locators


def _pieces(part: etree._Element, locators: int, continued: str) -> Iterator[list[etree._Element]]:
    """The children of one register's ``section.index-part`` (its heading, then its entries) in
    pieces of at most ``locators`` page numbers, the heading at the head of the first."""
    heading, *entries = part
    piece: list[etree._Element] = [heading]
    room, filled = locators, False
    for entry in entries:
        count = len(entry.findall("span[@class='index-pages']/a"))
        if count > room and filled and (count <= locators or room == 0):  # break between entries
            yield piece
            piece, room = [], locators
        for chunk, used in _chunks(entry, room, locators, continued):
            if used > room:  # the entry runs on into the next piece
                yield piece
                piece, room = [], locators
            piece.append(chunk)
            room -= used
            filled = True
    yield piece


def cut(html: str, locators: int = LOCATORS_PER_PIECE) -> list[str]:
    """The back matter's HTML (``p:back-matter``) as documents to lay out one after the other: the
    index's pieces (none without an index), then the colophon.

    Args:
        html: the back matter: a ``body`` holding ``section.index`` (its ``h2``, then a
            ``section.index-part`` of each register: its ``h3`` and ``p.index-entry`` elements;
            ``data-title``: the index's running title, ``data-continued``: the continued label)
            and ``section.colophon``.
        locators: the most page numbers a piece holds.
    Returns:
        Each document serialised as HTML5, with the head of ``html``.
    Raises:
        ValueError: ``locators`` is less than 1.
    """
    if locators < 1:
        raise ValueError(f"a piece of the index holds at least one page number, not {locators}")
    document = lxml.html.document_fromstring(html)
    body = document.find("body")
    sections = list(body)
    for section in sections:
        body.remove(section)
    out: list[str] = []

    def emit(section: etree._Element) -> None:
        shell = copy.deepcopy(document)
        shell.find("body").append(section)
        out.append(lxml.html.tostring(shell, encoding="unicode", doctype="<!DOCTYPE html>"))

    for section in sections:
        if "index" not in (section.get("class") or "").split():
            emit(section)
            continue
        heading, *parts = section
        own = ("id", "data-title", "data-continued")
        shared = {key: value for key, value in section.attrib.items() if key not in own}
        first = True
        for part in parts:
            for entries in _pieces(part, locators, section.get("data-continued", "")):
                piece = etree.Element("section", shared)
                if first:
                    if section.get("id"):
                        piece.set("id", section.get("id"))
                    piece.append(copy.deepcopy(heading))
                elif section.get("data-title"):
                    piece.set("data-title", section.get("data-title"))
                etree.SubElement(piece, part.tag, dict(part.attrib)).extend(entries)
                emit(piece)
                first = False
    return out
