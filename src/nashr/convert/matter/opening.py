"""A letter's opening at the top of a text: the first line's matter (a letter's date, addressee or
greeting, ``_first_line_matter``) and an addressee over the letter's opening words
(``_addressed_over_opening``). TEI P5 4.2.2 (``opener``: ``salute``, ``address``, ``dateline``).
"""

from __future__ import annotations

import re

from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    is_dateline,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import _top_other
from nashr.convert.matter.patterns import DOCUMENT_KIND, INVOCATION, INVOCATION_MAX_WORDS, SHORT_INVOCATION
from nashr.convert.matter.shapes import (
    ADDRESS_EPITHET,
    HONOURED,
    PETITION_OPENING,
    SELF_OFFERING,
    SIGNED_MAX_WORDS,
    _is_salute,
)

# A letter's addressee that may open a text: «به: …», «به جناب …», «جناب …», «سرکار …», «گیرنده: …»,
# or «حضور»/«خدمت»/«محضر»/«پیشگاه»/«مقام»/«ریاست» followed by an honorific («حضور محترم …»,
# «پیشگاه مبارک …»). Alone, those words open headlines as often («حضور ایران در …»).
ADDRESSEE_OPENING = LazyPattern(
    rf"^(?:{ADDRESS_EPITHET})?(به\s*:|به\s+(?:جناب|سرکار|حضور|خدمت)|گیرنده\s*:|جناب|سرکار|{HONOURED}"
    r"|(?:حضور|خدمت|محضر|پیشگاه|مقام|ریاست)\s+(?:محترم|مبارک|معظم|عالی|انور|مقدس|جناب|سرکار|حضرت|اعلیحضرت|آقای|خانم))")
GREETING_WORD = LazyPattern(r"(^|\s)(سلام|درود)(\s|$|[،,:!.؛;])"
                            rf"|^{SELF_OFFERING}|^{PETITION_OPENING}")


# Quotation marks a page may set around an invocation («"بسم الله الرحمن الرحيم "», «باسمه تعالی»).
QUOTES = "\"'«»“”„"


def invocation(plain: str) -> bool:
    """The line (its plain form) is an invocation heading a text, whatever quotation marks a page
    set around it: «بسم الله …», «به نام خداوند …» (:data:`~nashr.convert.matter.patterns.INVOCATION`,
    at most INVOCATION_MAX_WORDS words), «هو الأبهی», «باسمه تعالی», «یا حق»
    (:data:`~nashr.convert.matter.patterns.SHORT_INVOCATION`). It opens the text or a part of it as an epigraph
    does, and is no heading, signature or quotation of its own: all 31 such lines of the collection are ``p``
    or verse by hand but one greeting («یا حق» opening a letter, the top's rule). Round 37: 5 lines given
    another role, on 5 sites («"بسم الله …"» and «باسمه تعالی» within quotes taken for headings, «هو
    الأبهی» under a web page's furniture taken for one, «بنام پاک آفریننده جهان» opening a second post taken
    for the first's signature, «بسم الله …» between a contents list and a law taken for a quotation)."""
    text = plain.strip().strip(QUOTES).strip()
    return SHORT_INVOCATION.match(text) is not None or (
        INVOCATION.match(text) is not None and len(text.split()) <= INVOCATION_MAX_WORDS)


# «به …» naming whom a letter is for, quotation marks around it as a blog may set them.
TO_NAME = LazyPattern(r"^[\s\"'«“]*به\s+\S")


def _addressed_over_opening(doc: Document, k: int) -> bool:
    """The line at ``flow[k]`` names a letter's addressee after «به» («به ابوالحسن معاضد السلطنه»,
    the plain form of Qajar and modern personal letters beside «به جناب …»): short
    (SIGNED_MAX_WORDS words), no final punctuation, and right over the letter's date or greeting
    (:func:`~nashr.convert.document.is_dateline`, :func:`~nashr.convert.matter.shapes._is_salute`), or between a title
    naming the document's kind (:data:`~nashr.convert.matter.patterns.DOCUMENT_KIND`: «دستخط مبارک همایونی», «فرمان»)
    and its text (a decree or rescript «به توسط ولیعهد به اهالی مملکت آذربایجان») — «به» alone opens sentences and
    dedications, the position tells the addressee."""
    s = doc.s(doc.flow[k])
    if not (TO_NAME.match(s.plain) and 0 < s.words <= SIGNED_MAX_WORDS and s.end != "terminal") or \
            k + 1 >= len(doc.flow):
        return False
    nxt, above = doc.flow[k + 1], doc.flow[k - 1] if k > 0 else None
    decreed = (above is not None and doc.role(above) == "title" and DOCUMENT_KIND.match(doc.s(above).plain) is not None
               and doc.s(nxt).words >= PROSE_MIN_WORDS)  # «دستخط مبارک همایونی» / «به … اهالی …» / the text
    return is_dateline(doc.out[nxt].text) or _is_salute(doc.s(nxt)) or decreed


def _first_line_matter(doc: Document, i: int, role: str) -> bool:
    """The first line of a text is usually its title: it is taken for an addressee, a greeting or
    a byline only on the evidence of its own form. An addressee opens with «به:», «جناب», …, or
    an office word and an honorific (:data:`ADDRESSEE_OPENING`), or ends in a comma or colon, or a
    greeting or a second addressee line follows; a greeting says «سلام»/«درود» or ends in
    punctuation («دوست عزیز،»); a byline is a label (a colon or a dash in it: «نوشته: …»,
    «پایگاه خبری …:») or names the writer after «نوشته»/«به قلم». Approval notes and dates keep
    their own patterns."""
    s = doc.s(i)
    text = s.plain.rstrip()
    punctuated = text.endswith((",", "،", ":", "：", "!", "؛"))  # («هموطنان عزیز و ارجمند؛»: Afghan usage)
    if role == "addressee":
        nxt = doc.next(i)
        after = _top_other(doc, nxt) if nxt is not None else None
        return bool(ADDRESSEE_OPENING.match(s.plain) or punctuated
                    or (after is not None and after[0] in {"salute", "addressee"}))
    if role == "salute":
        return bool(GREETING_WORD.search(s.plain) or punctuated)
    if role == "byline":
        return bool(re.search(r"[:：\-–—]", s.plain) or re.match(r"^(نوشته|به قلم)\s", s.plain))
    return True
