"""The printed head of a letter or telegram at the top of a text: its fields (number, date,
classification), a telegram's route and date fields, a copy line and the addressee it names. TEI P5
4.2.2 (``opener``: ``dateline``, ``address``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import Shape
from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    full,
)
from nashr.convert.forms import FIELD_MAX_WORDS
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.closing import POSTSCRIPT, _certified
from nashr.convert.matter.patterns import KICKER, SITE_LABEL_MAX_WORDS, SUBTITLE_MAX_WORDS
from nashr.convert.matter.shapes import ADDRESSEE_MAX_WORDS, LETTERHEAD_FIELD, _is_addressee, _is_salute
from nashr.convert.matter.title import _Title

# A copy list wrapped over several lines goes on after a line ending in the separator of its items
# or in the copy word of the next item, which the wrap left at the line's end («…، کپیه»).
COPY_LIST_GOES_ON = re.compile(r"(?:[،,]|\s(?:رونوشت|کپیه))\s*$")
# A telegram's head as the telegraph office's form sets it (the Ministry of Posts and Telegraphs'
# forms of the 1920s–1950s): the route «از [office] به [office]» and the form's fields (number,
# receipt, number of words, dates of sending and arrival) run into one line, parted by «؛».
TELEGRAM_ROUTE = LazyPattern(r"^از\s+(?P<origin>[^؛;:،]{1,30}?)\s+به\s+[^؛;:،]{1,30}$")
# A date field of the form, its label after «تاریخ»: «تاریخ اصل:» (of origin), «تاریخ وصول:» (of arrival).
TELEGRAM_DATE_FIELD = LazyPattern(r"(?:^|[\s،,؛;])تاریخ(?P<label>[^:：؛;،]{0,15})[:：]")
TELEGRAM_HEAD_MAX_LINES = 3  # lines of the form's head over its fields: the ministry, the form's name


def _letterhead_line(plain: str) -> bool:
    """A letter's head with its printed fields run into one line, parted by «؛» (the office, the
    number, the dates, the marks: «دفتر نخست وزیر؛ شمارۀ: ۱۶۲۷؛ تاریخ ثبت: …؛ فوری»): a part
    after the first is a field (:data:`~nashr.convert.matter.shapes.LETTERHEAD_FIELD`), each part short."""
    parts = [p.strip() for p in re.split("[؛;]", plain)]
    return (len(parts) >= 2 and all(len(p.split()) <= FIELD_MAX_WORDS for p in parts)
            and any(LETTERHEAD_FIELD.match(p) for p in parts[1:]))


def _telegram_fields(plain: str) -> bool:
    """A telegram's route and fields on one line (:data:`TELEGRAM_ROUTE` first, parted by «؛»,
    a date field among them: :data:`TELEGRAM_DATE_FIELD`): «از شاهی به طهران؛ شماره: ۲۳۳؛ تاریخ اصل: …»."""
    parts = [p.strip() for p in re.split("[؛;]", plain)]
    return (len(parts) >= 2 and TELEGRAM_ROUTE.match(parts[0]) is not None
            and TELEGRAM_DATE_FIELD.search(plain) is not None)


def _telegram_head(doc: Document, k: int) -> int | None:
    """The position in ``doc.flow`` of a telegram's route-and-fields line (:func:`_telegram_fields`)
    at ``k`` or under at most TELEGRAM_HEAD_MAX_LINES short lines from ``k`` (the form's head,
    SUBTITLE_MAX_WORDS words, no final stop); None when there is none."""
    for n in range(k, min(k + TELEGRAM_HEAD_MAX_LINES + 1, len(doc.flow))):
        s = doc.s(doc.flow[n])
        if _telegram_fields(s.plain):
            return n
        if doc.role(doc.flow[n]) != "p" or not 0 < s.words <= SUBTITLE_MAX_WORDS or s.end == "terminal":
            return None
    return None


def _copy_line(doc: Document, k: int) -> bool:
    """``flow[k]``, a short line under the addressee at a letter's top, is in its copy list: it
    opens with the copy word (:data:`~nashr.convert.matter.closing.POSTSCRIPT`) or goes on from a copy line ending in an
    item's separator or the next copy word (:data:`COPY_LIST_GOES_ON`)."""
    s = doc.s(doc.flow[k])
    if not _addressed(s) or _certified(s):
        return False
    prev = doc.flow[k - 1] if k > 0 else None
    return POSTSCRIPT.match(s.plain) is not None or (
        prev is not None and doc.role(prev) == "postscript" and COPY_LIST_GOES_ON.search(doc.s(prev).plain) is not None)


def _addressed(s: Shape) -> bool:
    """A line that can name a letter's addressee: short, unnumbered, no sentence."""
    return 0 < s.words <= ADDRESSEE_MAX_WORDS and s.end in {"none", "comma"} and s.label is None and not s.bullet


def _over_letter(doc: Document, k: int) -> bool:
    """``flow[k]``, a short line under a letterhead's printed fields, stands over the letter: the next line is a
    paragraph of prose (PROSE_MIN_WORDS words or more: the letter's first), names an addressee too
    (:func:`~nashr.convert.matter.shapes._is_addressee`: «آقای یمین اسفندیاری،» over «نماينده محترم …») or greets
    (:func:`~nashr.convert.matter.shapes._is_salute`: «سلام علیکم» under the addressee's office), and
    ``flow[k]`` is no full line of a hard-wrapped paragraph. Under the fields of an archive's copy, the lines
    over other short lines are its labels («متن سند», «سند شماره ۹۵»), a classification («سرّی / …») or a
    copy list («… ، کپیه» / «روزنامهٴ داد»), not the office the letter is sent to."""
    flow = doc.flow
    if k + 1 >= len(flow) or (doc.conv.wrap and full(doc, flow[k])):
        return False
    s = doc.s(flow[k + 1])
    return s.words >= PROSE_MIN_WORDS or _is_addressee(s) or _is_salute(s)


def _letterhead(doc: Document, top: list[int], title: _Title) -> None:
    """A letter has no title of its own: a short line (at most SITE_LABEL_MAX_WORDS words) taken
    for its title right above its addressee is the letterhead's issuing office (``subtitle``) when
    the letter has a letterhead: the line names an organisation (:data:`~nashr.convert.matter.patterns.KICKER`), or a
    printed field or emblem of the head stands above it (``fw``). Without one, a short line over «جناب …»
    is the title of a letter written for publication («نامه سرگشاده»)."""
    if len(title.lines) != 1:
        return
    line = title.lines[0]
    nxt = doc.next(line)
    if (nxt is not None and doc.role(nxt) == "addressee" and doc.s(line).words <= SITE_LABEL_MAX_WORDS
            and (KICKER.match(doc.s(line).plain) or any(doc.role(i) == "fw" for i in range(line)))):
        doc.set(line, "subtitle", "subtitle: the issuing office of a letterhead, above the addressee", cert="medium")
