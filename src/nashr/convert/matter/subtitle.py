"""The lines under a title: subtitles and taglines, a name alone under the title (a byline), a short
run beyond any title block (the body's), and the caption a web page leaves under a news title.
TEI P5 4.2.1 (``head type="sub"``) and 4.2.2 (``byline``).
"""

from __future__ import annotations

import re

from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    full,
    runs_on,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import _top_other
from nashr.convert.matter.patterns import (
    CAPTION_MAX_WORDS,
    CAPTION_SHARED_WORDS,
    COUNT_RULE,
    INVOCATION,
    PART_NAME,
    SECTION_WORD,
    SUBTITLE_MAX_WORDS,
    TAGLINE_MAX_WORDS,
    TOP_SHORT_RUN_MAX,
)
from nashr.convert.matter.people import person_name
from nashr.convert.matter.shapes import SIGNED_MAX_WORDS, _content_words, clause, punctuated_prose
from nashr.convert.pages import (
    LATIN_GLOSS,
)

# A line that is one quotation: «…», “…”, "…" (a saying pulled out as a tagline).
QUOTED_LINE = LazyPattern(r'^\s*(?:«[^«»]+»|“[^“”]+”|"[^"]+")\s*$')


# Two Latin letters running: a word or a link in Latin script. Under a Persian title a short line holding one
# was a site's furniture (TED's «TED», «moic», «E-Book Content», «Your browser doesn’t support HTML5», «Upload: …»,
# a link), not the subtitle the line's place suggests: under LOPO 0 of the 12 such lines the subtitle rule took
# were subtitles, 8 were furniture, on 11 sites (round 46). Not a link: one the text gives under its headline is
# the text's (tx.me's post link, by hand ``p``; a site's address, a credit's).
LATIN_WORD = re.compile(r"[A-Za-z]{2}")
LINK = re.compile(r"https?://|www\.")


# A person's name after an honorific or title of address, alone on its line (the author under a
# book's title): «سید محمد حسن قوچانی», «دکتر …», «میرزا …».
HONORIFIC_NAME = LazyPattern(r"^(?:سید|سيد|دکتر|دكتر|مهندس|حاج|حاجی|آیت‌الله|آيت‌الله|میرزا|ميرزا|شیخ|شيخ)\s+[^\s:،,.؛]+"
                             r"(?:\s+[^\s:،,.؛]+)*$")
HONORIFIC_NAME_MAX_WORDS = 5


# «حضرت» ("His Holiness"), the honorific of saints, prophets and religious heads, before an author's name under
# a title («حضرت عبدالبهاء» over a tablet, «حضرت سعدی»): outside the name (the collection's convention).
REVERED = re.compile(r"^حضرت\s+(?=\S)")
# A pen name or a family's other name in parentheses after a person's name: «حسن صفرنژاد (هشترودی)».
PEN_NAME = re.compile(r"\s+\([^()\d\s][^()\d]{1,24}\)\s*$")


def _caption(doc: Document, i: int, title: set[str]) -> bool:
    """A photo caption under a title: a short line without final punctuation, before the first
    paragraph (or repeated right below itself), naming what the title above it names (``title``:
    the content words of the latest title) or what that paragraph names, or in Latin script (an
    image's alternative text). An image's alternative text followed by its
    caption, which begins with the same words («هفت سین» / «هفت سین، یکی از …»), is two captions."""
    s = doc.s(i)
    nxt, prev = doc.next(i), doc.prev(i)
    if (nxt is None or s.end != "none" or not 0 < s.words <= CAPTION_MAX_WORDS or s.label
            or s.markup_head or (doc.conv.wrap is not None and full(doc, i))
            or prev is None or doc.role(prev) not in {"title", "note"}):
        return False  # (the photo stands right under the headline: under a date line, a credit or the page's
        # furniture a short line is a place, a heading or a label)
    if _extends(doc.s(nxt).plain, s.plain) or (prev is not None and doc.role(prev) == "note"
                                              and _extends(s.plain, doc.s(prev).plain)):
        return True
    said_twice = doc.s(prev).plain == s.plain or doc.s(nxt).plain == s.plain  # (an image's alternative text and
    # its caption: «Iran quake» / «Iran quake»; a Latin label said once is the page's, «E-Book Content», «moic»)
    if doc.s(nxt).plain == s.plain:
        nxt = doc.next(nxt)
        if nxt is None:
            return False
    if doc.s(nxt).words < PROSE_MIN_WORDS or clause(s.plain):
        return False  # (a photo's caption describes it in a noun phrase; a clause is a subtitle or lead)
    own = _content_words(s.plain)
    return (len(own & title) >= CAPTION_SHARED_WORDS or len(own & _content_words(doc.s(nxt).plain)) >= len(own) > 1
            or (LATIN_GLOSS.match(s.plain) is not None and said_twice))


def _extends(longer: str, shorter: str) -> bool:
    """``longer`` begins with ``shorter`` and goes on after a comma or space."""
    return len(longer) > len(shorter) and longer.startswith(shorter) and longer[len(shorter)] in " ،,:-–"


def _subtitle(doc: Document, k: int) -> tuple[str, str, str] | None:
    if k == 0:
        return None
    i, before = doc.flow[k], doc.flow[k - 1]
    if doc.out[before].rule == COUNT_RULE and k > 1:  # (the page's count between: not a line of the title block)
        before = doc.flow[k - 2]
    s = doc.s(i)
    tagline = doc.role(before) == "title"
    slogan = tagline and s.plain.endswith("!")
    quoted = tagline and QUOTED_LINE.match(s.plain) is not None  # a saying pulled out under the title
    # (A long line without final punctuation is a tagline where sentences end in punctuation, or
    # set apart by a blank line; else it may be the first line of unpunctuated prose.)
    limit = TAGLINE_MAX_WORDS if tagline and (punctuated_prose(doc) or doc.blank_after(i)) else SUBTITLE_MAX_WORDS
    if (doc.role(before) in {"title", "dateline", "subtitle", "byline"}
            and 0 < s.words <= limit and not s.markup_head and (s.end == "none" or slogan or quoted)
            and (s.label is None or not s.label.strong) and not s.bullet and s.caesura is None
            and not INVOCATION.match(s.plain) and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain)
            and not (doc.conv.wrap and full(doc, i))
            and doc.next(i) is not None):
        nxt = doc.next(i)
        assert nxt is not None
        if runs_on(doc, i) or SECTION_WORD.match(doc.s(nxt).plain):
            return None  # a sentence broken off; a part's heading over its first article
        if s.label is not None and doc.s(nxt).words >= PROSE_MIN_WORDS:
            return None  # a numbered section's heading over its text («۱ هدف آزمایش»)
        if HONORIFIC_NAME.match(s.plain) and s.words <= HONORIFIC_NAME_MAX_WORDS:
            return "byline", "byline: a name after an honorific («سید …», «دکتر …») alone under the title", "medium"
        if ((tagline or doc.role(before) in {"subtitle", "byline"})  # (a second author under the first)
                and person_name(PEN_NAME.sub("", REVERED.sub("", s.plain)))):
            return ("byline",
                    "byline: a person's name alone right under the title or its subtitle (the author or compiler)")
        if _short_run_beyond_top(doc, k):
            return None
        if doc.s(nxt).words >= PROSE_MIN_WORDS or doc.blank_after(i) or _top_other(doc, nxt):
            if LATIN_WORD.search(s.plain) and not LINK.search(s.plain):
                return "fw", ("fw: a short line holding Latin script under a Persian title (a site's label, a "
                              "player's message)"), "low"
            if doc.role(before) == "byline":
                return _under_byline(doc, nxt)
            # A guess (``low``): by hand such lines are subtitles in 22 of the 44 the rules were
            # written with (else fw, title, head, byline …) and in none of the 8 of held-out set 10.
            return "subtitle", "subtitle: a short line without final punctuation under the title", "low"
        if quoted:
            return "subtitle", "subtitle: a saying in quotation marks right under the title (a tagline)", "medium"
    if (doc.role(before) in {"addressee", "salute"} and doc.role(before) != "salute" and s.words <= SIGNED_MAX_WORDS
            and s.end in {"none", "comma"} and not doc.blank_before(i)):
        return "addressee", "addressee: a short line under the addressee line (a title or place)", "medium"
    return None


def _short_run_beyond_top(doc: Document, k: int) -> bool:
    """``flow[k]`` opens a run of more than TOP_SHORT_RUN_MAX short lines (SUBTITLE_MAX_WORDS
    words), none ending in punctuation or holding a list's label or bullet: no title block is so
    long, so the run is the body's (a poem, a contents page) and none of it a subtitle. Looks at
    TOP_SHORT_RUN_MAX + 1 lines at most. Not in a PDF text layer or hard-wrapped text, whose
    lines are short and unpunctuated wherever a sentence goes on."""
    run = doc.flow[k : k + TOP_SHORT_RUN_MAX + 1]
    return not doc.conv.pdf and doc.conv.wrap is None and len(run) > TOP_SHORT_RUN_MAX and all(
        doc.role(i) == "p" and doc.s(i).end == "none" and 0 < doc.s(i).words <= SUBTITLE_MAX_WORDS
        and (doc.s(i).label is None or not doc.s(i).label.strong) and not doc.s(i).bullet for i in run)


UNDER_BYLINE_HEAD = ("head: a short line under the author's line, over the text's prose or verse (the first "
                     "section's heading)")
UNDER_BYLINE_FW = "fw: a short line under the author's line, over no prose or verse (a site's label)"


def _under_byline(doc: Document, nxt: int) -> tuple[str, str, str]:
    """The role of a short line without final punctuation right under the author's line (``byline``),
    ``nxt`` the line under it: no subtitle, which stands under the title. Over verse or a paragraph of
    prose (PROSE_MIN_WORDS words at least, ending its sentence) it heads the text's first part
    (``head``: «گشایش هنرستان هنرپیشگی» over a reprinted item, «ذکر ابراهیم ادهم» over Attar's
    life of him, «مست وهشیار» over Parvin's poem); else it is the site's label between the
    author and the text (``fw``: its section «گروه: سایر کتابها», «آثار ناصرخسرو قبادیانی»,
    «وروستی خبرونه», the text's language «اصلی فارسی», a page count).

    Measured under LOPO (round 47): of the 15 lines the subtitle rule took under a byline, on 12
    sites, none was a subtitle by hand: 8 fw (5 sites), 4 head (4 sites), 2 byline, 1 title."""
    s = doc.s(nxt)
    if doc.role(nxt) == "l" or (doc.role(nxt) == "p" and s.words >= PROSE_MIN_WORDS and s.end == "terminal"):
        return "head", UNDER_BYLINE_HEAD, "low"
    return "fw", UNDER_BYLINE_FW, "low"
