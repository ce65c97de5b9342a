"""The ``correspDesc`` of a letter (TEI P5 Guidelines 2.4.6 "Correspondence Description"), in the
form the Correspondence Metadata Interchange Format (CMIF, TEI Correspondence SIG) harvests:
a ``correspAction type="sent"`` with the sender (``persName`` or ``orgName``), the place
(``placeName``) and the date (``date`` with ``@when``/``@from``/``@to``) of sending, and a
``correspAction type="received"`` with the addressee — as far as the letter's lines say.

The sender is the first signature line (``signed``) holding a person's name the entity recogniser
marks, else the first signature line; the addressee the first addressee line
(``addressee``, without a leading «به:»), place and date come from the datelines. A name the
entity recogniser marks (``persName``/``orgName``, with its ``@ref``) is taken as marked;
otherwise the whole line is the name, an ``orgName`` when it opens with an organisation word
(:data:`nashr.convert.structure.KICKER`), else a ``persName``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lxml import etree

from nashr.convert.conventions import DIGIT
from nashr.convert.document import MONTHS, Line
from nashr.convert.forms import SIGNATURE_MARK
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter import KICKER
from nashr.markup import Span, resolve_overlaps, tei

Recogniser = Callable[[str], list[Span]]
NAMES = ("persName", "orgName")
DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")
ADDRESS_PREFIX = LazyPattern(r"^(به|خطاب به|گیرنده)\s*:\s*")
# The place before the date in a dateline: «تهران، ۵ آبان ۱۳۸۶», «تهران - ۱۳۸۶/۸/۵».
PLACE_BEFORE_DATE = LazyPattern(rf"^(?P<place>[^\d\u0660-\u0669\u06F0-\u06F9،,\-–—]{{2,30}}?)\s*[،,\-–—]\s*(?={DIGIT})")


def _sub(parent: etree._Element, local: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tei(local))
    for key, value in attrs.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _spans(text: str, recognise: Recogniser | None) -> list[Span]:
    return resolve_overlaps(recognise(text)) if recognise is not None else []


def _name(parent: etree._Element, text: str, recognise: Recogniser | None) -> None:
    for span in _spans(text, recognise):
        if span.tag in NAMES:
            attrs = {"ref": span.attrs["ref"]} if "ref" in span.attrs else {}
            _sub(parent, span.tag, text[span.start : span.end], **attrs)
            return
    _sub(parent, "orgName" if KICKER.match(text) else "persName", text)


def _place_and_date(parent: etree._Element, datelines: Sequence[str], recognise: Recogniser | None) -> None:
    place: tuple[str, dict[str, str]] | None = None
    date = None
    for text in datelines:
        spans = _spans(text, recognise)
        if place is None:
            place = next(((text[s.start : s.end], {"ref": s.attrs["ref"]} if "ref" in s.attrs else {})
                          for s in spans if s.tag == "placeName"), None)
            m = PLACE_BEFORE_DATE.match(text)
            if place is None and m and not any(month in m["place"].split() for month in MONTHS):
                place = (m["place"].strip(), {})
        if date is None:
            date = next((s for s in spans if s.tag == "date" and any(k in s.attrs for k in DATE_ATTRIBUTES)), None)
            if date is not None:
                _sub(parent, "date", text[date.start : date.end],
                     **{k: v for k, v in date.attrs.items() if k in DATE_ATTRIBUTES})
    if place is not None:
        _sub(parent, "placeName", place[0], **place[1])


def corresp_desc(profile: etree._Element, lines: Sequence[Line], recognise: Recogniser | None,
                 reading: Callable[[str], str]) -> None:
    """Add a ``correspDesc`` to ``profile`` when the text is a letter (it has an addressee, or a
    salutation and a signature); nothing otherwise.

    Args:
        profile: the ``profileDesc`` element.
        lines: the classified lines.
        recognise: finds names, places and dates in a line (the entity tagger); None for none.
        reading: the readable form of a line (the logical reading of a PDF-extracted line).
    """
    roles = {line.role for line in lines}
    if not ("addressee" in roles or {"salute", "signed"} <= roles):
        return
    signatures = [reading(line.text).strip() for line in lines
                  if line.role == "signed" and not SIGNATURE_MARK.match(line.text.strip())]
    # A signature over several lines («دکتر» / «محمد مصدق», a title the wrap left alone; a name
    # over an office that holds a body's name): the first line holding a person's name the
    # recogniser marks, else the first line.
    sender = next((text for text in signatures if any(s.tag == "persName" for s in _spans(text, recognise))),
                  signatures[0] if signatures else None)
    addressee = next((ADDRESS_PREFIX.sub("", reading(line.text).strip()) for line in lines
                      if line.role == "addressee"), None)
    datelines = [reading(line.text).strip() for line in lines if line.role == "dateline"]
    desc = _sub(profile, "correspDesc")
    sent = _sub(desc, "correspAction", type="sent")
    if sender:
        _name(sent, sender, recognise)
    _place_and_date(sent, datelines, recognise)
    if not len(sent):
        desc.remove(sent)
    if addressee:
        _name(_sub(desc, "correspAction", type="received"), addressee, recognise)
    if not len(desc):
        profile.remove(desc)
