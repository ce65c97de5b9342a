"""The ``correspDesc`` of a letter (TEI P5 Guidelines 2.4.6 "Correspondence Description"), in the
form the Correspondence Metadata Interchange Format (CMIF, TEI Correspondence SIG) harvests:
a ``correspAction type="sent"`` with the sender (``persName`` or ``orgName``), the place
(``placeName``) and the date (``date`` with ``@when``/``@from``/``@to``) of sending, and a
``correspAction type="received"`` with the addressee — as far as the letter's lines say.

The sender is the first signature line (``signed``) holding a person's name the entity recogniser
marks, else the first signature line — of a petition's signers named after those they sign for
(«از طرف اهالی …: name، name …»), the first name; the writer's humble words for himself before
his name (:data:`HUMBLE`: «بنده ارادتمند», «فدوی –», «الاحقر …») are no name, and a line of them
alone is passed over. The addressee is the first addressee line (``addressee``, without a leading
«به:», a trailing comma or a blessing after it: «دامت شوکته», «ـ دام اقباله العالی!»,
:data:`~nashr.convert.conventions.BLESSING`), place and date come from the datelines. A telegram's
route-and-fields line («از شاهی به طهران؛ … تاریخ اصل: …، تاریخ وصول: …») gives the office of
origin as the place, the date of its field of origin as the date of sending and the date of its
field of arrival («تاریخ وصول») as the date of receipt. A name the entity recogniser marks
(``persName``/``orgName``, with its ``@ref``) is taken as marked; otherwise the whole line is
the name, an ``orgName`` when it opens with an organisation word
(:data:`nashr.convert.structure.KICKER`), else a ``persName``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree

from nashr.convert.conventions import BLESSING, DIGIT
from nashr.convert.document import MONTHS, Line
from nashr.convert.forms import SIGNATURE_MARK
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.closing import ON_BEHALF_SIGNERS, SELF_DESIGNATIONS, SIGNING_FORMULAS
from nashr.convert.matter.letterhead import TELEGRAM_DATE_FIELD, TELEGRAM_ROUTE
from nashr.convert.matter.patterns import KICKER
from nashr.convert.matter.shapes import ADDRESSEE
from nashr.markup import Span, resolve_overlaps, tei

Recogniser = Callable[[str], list[Span]]
NAMES = ("persName", "orgName")
DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")
ADDRESS_PREFIX = LazyPattern(r"^(به|خطاب به|گ[یي]رنده)\s*:\s*")  # (Arabic yeh in Windows-1256 copies: «گيرنده»)
# The writer's humble words for himself before his name, or instead of it, in a signature (Persian
# letters' closings; Arabic ones in clerics' and scribes' hands): «بنده ارادتمند», «فدوی – …»,
# «حرره الاحقر …», «قربانت – نیما», «ارادتمند:».
# (The words of :data:`~nashr.convert.matter.closing.SELF_DESIGNATIONS` and
# :data:`~nashr.convert.matter.closing.SIGNING_FORMULAS` and «بنده» alone; not «قربان» alone: «قربان علی» is a name.)
HUMBLE_WORDS = ("بنده", *SELF_DESIGNATIONS, *(word for word in SIGNING_FORMULAS if word != "قربان"))
HUMBLE = LazyPattern(rf"^(?:(?:{'|'.join(HUMBLE_WORDS)})"
                     r"(?:\s*[-–—:：،,]\s*|\s+|$))+")
# The place before the date in a dateline: «تهران، ۵ آبان ۱۳۸۶», «تهران - ۱۳۸۶/۸/۵».
ARRIVAL = ("وصول", "دریافت", "ورود")  # the label of a telegram form's date field of arrival
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


def _place(text: str, span: Span) -> tuple[str, dict[str, str]]:
    """A place span's text and its register link (``ref``), if any."""
    return text[span.start : span.end], ({"ref": span.attrs["ref"]} if "ref" in span.attrs else {})


def _date(parent: etree._Element, text: str, span: Span) -> None:
    _sub(parent, "date", text[span.start : span.end], **{k: v for k, v in span.attrs.items() if k in DATE_ATTRIBUTES})


def _arrival(text: str, span: Span) -> bool:
    """The date ``span`` of a telegram's fields line is its date of arrival: the last date field's
    label before it says so (:data:`ARRIVAL`)."""
    labels = [m["label"] for m in TELEGRAM_DATE_FIELD.finditer(text, 0, span.start)]
    return bool(labels) and any(word in labels[-1] for word in ARRIVAL)


def _place_and_date(sent: etree._Element, received: etree._Element, datelines: Sequence[str],
                    recognise: Recogniser | None) -> None:
    place: tuple[str, dict[str, str]] | None = None
    date = arrival = None
    for text in datelines:
        spans = _spans(text, recognise)
        # the fields run into one line parted by «؛» (as matter.letterhead._telegram_fields reads them)
        route = TELEGRAM_ROUTE.match(re.split("[؛;]", text, maxsplit=1)[0].strip())
        if place is None and route:  # the office of origin, as marked or as written
            place = next((_place(text, s) for s in spans if s.tag == "placeName" and s.end <= route.end("origin")),
                         (route["origin"].strip(), {}))
        if place is None:
            place = next((_place(text, s) for s in spans if s.tag == "placeName"), None)
            m = PLACE_BEFORE_DATE.match(text)
            if place is None and m and not any(month in m["place"].split() for month in MONTHS):
                place = (m["place"].strip(), {})
        for span in spans:
            if span.tag != "date" or not any(k in span.attrs for k in DATE_ATTRIBUTES):
                continue
            if route and _arrival(text, span):
                if arrival is None:
                    arrival = span
                    _date(received, text, span)
            elif date is None:
                date = span
                _date(sent, text, span)
    if place is not None:
        _sub(sent, "placeName", place[0], **place[1])


def _sender(signatures: Sequence[str], recognise: Recogniser | None) -> str | None:
    """The sender: of a petition's signers' line (:data:`ON_BEHALF_SIGNERS`), the first name after
    the colon; else the first signature holding a person's name the recogniser marks, else the
    first signature (a signature over several lines: «دکتر» / «محمد مصدق», a title the wrap left
    alone; a name over an office that holds a body's name)."""
    for text in signatures:
        if (m := ON_BEHALF_SIGNERS.match(text)) is not None:
            return re.split(r"[،,]|\sو\s", m["names"])[0].strip()
    names = [name for name in (HUMBLE.sub("", text).strip().rstrip(".،,؛; ") for text in signatures) if name]
    return next((text for text in names if any(s.tag == "persName" for s in _spans(text, recognise))),
                names[0] if names else None)


# An addressee run into the letter's first paragraph, up to the blessing after it and a comma:
# «مقام منیع وزارت جلیله جنگ و ریاست کل دیویزیون مدظلهالعالی، حسب‌الامر …» (a report of 1921).
RUN_IN_ADDRESSEE = LazyPattern(r"^(?P<name>[^.!؟?،,]{2,100}?)\s*[-–—ـ]?\s*(?:(?:دام|دامت|مدّ?)\s+\S+ه|مدّ?\s*ظلّ?ه)"
                               r"(?:\s*العالی)?\s*[،,]\s*\S")
# The words of address and their epithets (Persian letters' openings): an addressee line of these
# alone, «جناب آقای محترم و عزیزم», names no one.
ADDRESS_WORDS = frozenset("جناب سرکار حضرت آقای آقا خانم بانو محترم محترمه عزیز عزیزم گرامی ارجمند عالی و".split())
LETTER_PARTS = frozenset({"addressee", "salute", "signed"})


def _letter_datelines(lines: Sequence[Line]) -> list[Line]:
    """The date lines of the letter rather than of the page that holds it, nearest first: by how
    many lines stand between each and the letter's addressee, greeting or signature
    (:data:`LETTER_PARTS`; a date line next to them, or to such a date line, first, in order).
    Left out: a date line right under a byline, and one opening the text over its title (the
    page's writer and the day it was posted: a blog's or a news site's head over the letter).
    Linear in the number of lines."""
    shown = [line for line in lines if line.role != "blank"]
    distance = [len(shown)] * len(shown)
    for order in (range(len(shown)), range(len(shown) - 1, -1, -1)):  # the nearest part before, then after
        last = None
        for k in order:
            if shown[k].role in LETTER_PARTS:
                last = k
            elif last is not None:
                distance[k] = min(distance[k], abs(k - last))
    dated = [k for k, line in enumerate(shown) if line.role == "dateline"]
    for k in dated:  # a run of date lines goes with the part it touches
        if k > 0 and shown[k - 1].role == "dateline":
            distance[k] = min(distance[k], distance[k - 1])
    for k in reversed(dated):
        if k + 1 < len(shown) and shown[k + 1].role == "dateline":
            distance[k] = min(distance[k], distance[k + 1])
    titled = any(line.role == "title" for line in shown)
    page = {k for k in dated if (k == 0 and titled and distance[k] > 1)
            or (k > 0 and shown[k - 1].role == "byline")}
    return [shown[k] for k in sorted((k for k in dated if k not in page), key=lambda k: (distance[k], k))]


def _run_in_addressee(lines: Sequence[Line], reading: Callable[[str], str]) -> str | None:
    """The addressee run into the first paragraph of the text (:data:`RUN_IN_ADDRESSEE`): a form of
    address (:data:`~nashr.convert.matter.shapes.ADDRESSEE`: «مقام …», «حضور …», «جناب …») up to the
    blessing and comma after it; None when the first paragraph does not open so."""
    first = next((line for line in lines if line.role == "p"), None)
    m = RUN_IN_ADDRESSEE.match(reading(first.text).strip()) if first is not None else None
    return m["name"].strip() if m is not None and ADDRESSEE.match(m["name"]) else None


def corresp_desc(profile: etree._Element, lines: Sequence[Line], recognise: Recogniser | None,
                 reading: Callable[[str], str]) -> None:
    """Add a ``correspDesc`` to ``profile`` when the text is a letter (it has an addressee, on a
    line of its own or run into its first paragraph, or a salutation and a signature or a date
    line: a copy that ends before the signature still dates and opens as a letter); nothing
    otherwise.

    Args:
        profile: the ``profileDesc`` element.
        lines: the classified lines.
        recognise: finds names, places and dates in a line (the entity tagger); None for none.
        reading: the readable form of a line (the logical reading of a PDF-extracted line).
    """
    roles = {line.role for line in lines}
    run_in = _run_in_addressee(lines, reading)
    if not ("addressee" in roles or ("salute" in roles and roles & {"signed", "dateline"}) or run_in):
        return
    signatures = [reading(line.text).strip() for line in lines
                  if line.role == "signed" and not SIGNATURE_MARK.match(line.text.strip())]
    sender = _sender(signatures, recognise)
    addressee = next((BLESSING.sub("", ADDRESS_PREFIX.sub("", reading(line.text).strip()).rstrip("،, "))
                      for line in lines if line.role == "addressee"), None)
    if addressee is not None and set(re.findall(r"[^\s،,:!]+", addressee)) <= ADDRESS_WORDS:
        addressee = None  # «جناب آقای محترم و عزیزم» names no one
    addressee = addressee or run_in
    datelines = [reading(line.text).strip() for line in _letter_datelines(lines)]
    desc = _sub(profile, "correspDesc")
    sent = _sub(desc, "correspAction", type="sent")
    received = _sub(desc, "correspAction", type="received")
    if sender:
        _name(sent, sender, recognise)
    if addressee:
        _name(received, addressee, recognise)
    _place_and_date(sent, received, datelines, recognise)
    for action in (sent, received):
        if not len(action):
            desc.remove(action)
    if not len(desc):
        profile.remove(desc)
