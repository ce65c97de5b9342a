"""A text's title: the title block (``_Title``: its lines, a sentence going on, a kicker over a title said
again), the title restated under the page's (:func:`restated_top`), a long or numbered piece's title,
a wiki subpage's header (:func:`wiki_subpage_header`), a poet over a poem's title
(:func:`poet_over_title`), the title's further lines and an author named over the text. TEI P5 4.2.1
(``head``) and 4.2.2 (``byline``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import DIGIT, words
from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    full,
    is_dateline,
    runs_on,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import _session_line, _top_other
from nashr.convert.matter.patterns import (
    KICKER,
    LONG_TITLE_MAX_WORDS,
    PART_NAME,
    SESSION_RULE,
    SIGNER_MAX_WORDS,
    SUBTITLE_MAX_WORDS,
    TITLE_PARTS,
)
from nashr.convert.matter.people import person_name
from nashr.convert.matter.shapes import (
    SIGNED_MAX_WORDS,
    TITLE_LINE_MAX_WORDS,
    _bare,
    _content_list,
    _title_like,
    wrapped_heading,
)

# A title's second and third lines, written directly under the first.
TITLE_MAX_LINES = 3


def _long_title(doc: Document, i: int) -> bool:
    """A title of up to LONG_TITLE_MAX_WORDS words (a document's full description), set apart by
    a blank line from a text of longer lines, or said again by the line after it (a web page's
    title over the text's own heading)."""
    nxt = doc.next(i)
    if not (_title_like(doc, i, LONG_TITLE_MAX_WORDS) and nxt is not None):
        return False
    title = _Title()
    title.add(doc, [i])
    return (doc.blank_after(i) and doc.s(nxt).words >= 2 * doc.s(i).words) or title.restated(doc, nxt)


# The title of a numbered piece of a collection, as sites of classical texts head a letter or a
# poem: «شمارهٔ ۱۸ - خطاب به ولیعهد …», «شماره ۴۸ - …».
PIECE_NUMBER = LazyPattern(rf"^شماره[ٔ]?\s*{DIGIT}{{1,4}}\s*[-–—]\s*\S")
PIECE_MAX_ABOVE = 2  # lines above it: the author, and the book
PIECE_ABOVE_MAX_WORDS = 8


def _numbered_piece(doc: Document) -> int | None:
    """Where in ``doc.flow`` a numbered piece's title (:data:`PIECE_NUMBER`) stands, under one or
    PIECE_MAX_ABOVE short lines without final punctuation at the top (the author, or the author
    and the book: «قائم مقام فراهانی : نامه‌های فارسی»); None when it does not."""
    for k in range(1, min(PIECE_MAX_ABOVE, len(doc.flow) - 2) + 1):
        if PIECE_NUMBER.match(doc.s(doc.flow[k]).plain):
            above = [doc.s(j) for j in doc.flow[:k]]
            ok = all(a.words <= PIECE_ABOVE_MAX_WORDS and a.end in {"none", "colon"} and a.label is None for a in above)
            return k if ok and all(doc.role(j) == "p" for j in doc.flow[: k + 1]) else None
    return None


POET_MAX_WORDS = 4


# A wiki's subpage named «work/part» («مثنوی معنوی/پادشاه و کنیزک», «لاهوتی (غزلیات)/درس وفا»), and the
# header Wikisource's template prints under it: the work and its author («مثنوی معنوی از مولوی»),
# the part's title, an editor's credit («به تصحیح نیکلسون»), a stray apostrophe of the markup.
SUBPAGE = LazyPattern(r"^(?P<work>[^/:]{2,60}?)\s*/\s*(?P<part>[^/]{2,80})$")
WORK_BY = LazyPattern(r"^(?P<work>.{2,60}?)\s+از\s+(?P<author>\S.{1,40})$")
EDITION_CREDIT = LazyPattern(r"^(?:به تصحیح|به کوشش|به اهتمام|تصحیح|ویراسته)\s+\S")
MARKUP_LEFTOVER = re.compile(r"^['\"]+$")
SUBPAGE_HEADER_MAX_LINES = 4


def wiki_subpage_header(doc: Document, top_end: int) -> int:
    """The header a wiki prints on a subpage of a work (Wikisource's header template), under the
    page's name «work/part» taken for the title: a line naming the work and its author («… از …»,
    the work as the name gives it) is the ``byline``, the part's name (in brackets or quotes or
    not) the ``title``, an editor's credit (:data:`EDITION_CREDIT`) a ``byline``, an apostrophe
    left alone by the markup ``fw``; at most SUBPAGE_HEADER_MAX_LINES lines, each still a
    paragraph or a heading. Returns the position in ``doc.flow`` after the top (``top_end`` or
    after the header)."""
    flow = doc.flow
    m = SUBPAGE.match(doc.s(flow[0]).plain) if top_end == 1 and doc.role(flow[0]) == "title" else None
    if m is None:
        return top_end
    work, part = _bare(m["work"]), _bare(m["part"])
    k = 1
    while k < min(len(flow), 1 + SUBPAGE_HEADER_MAX_LINES) and doc.role(flow[k]) in {"p", "head"}:
        i, s = flow[k], doc.s(flow[k])
        by = WORK_BY.match(s.plain.lstrip("'\" "))
        if by and _bare(by["work"]) == work:
            doc.set(i, "byline", "byline: the work and its author under a wiki subpage's name («… از …»)")
        elif _bare(s.plain) == part and part:
            doc.set(i, "title", "title: the part's name under a wiki subpage's name «work/part»")
        elif EDITION_CREDIT.match(s.plain) and s.words <= SIGNED_MAX_WORDS:
            doc.set(i, "byline", "byline: an editor's credit in a wiki subpage's header («به تصحیح …»)", cert="medium")
        elif MARKUP_LEFTOVER.match(s.plain):
            doc.set(i, "fw", "fw: a quotation mark alone, left by a wiki's markup in a subpage's header", cert="medium")
        else:
            break
        k += 1
    return k


def poet_over_title(doc: Document, top_end: int) -> None:
    """A poem's page headed by the poet's name over the poem's title: where the top's first line
    (taken for the title) is short (POET_MAX_WORDS words) and the line under it (taken for a
    subtitle) is what the poem opens with (a poem named by its first words: «ققنوس» over
    «ققنوس، مرغ خوش‌خوان، …»), the first line is the poet's (``byline``) and the second the title."""
    flow = doc.flow
    if top_end < 2 or top_end >= len(flow) or doc.role(flow[top_end]) != "l":
        return
    first, second = flow[0], flow[1]
    name, opening = doc.s(second).plain, doc.s(flow[top_end]).plain
    if (doc.role(first) == "title" and doc.role(second) == "subtitle" and doc.s(first).words <= POET_MAX_WORDS
            and opening.startswith(name) and opening[len(name) : len(name) + 1] in {"", " ", "،", ",", ":"}):
        doc.set(first, "byline", "byline: a short first line over the title of the poem under it (the poet)",
                cert="medium")
        doc.set(second, "title", "title: the line under the poet's name that the poem opens with (its title)",
                cert="medium")


# A line says the title again when at least this many of its content words, and this share of
# them, are the title's, and they are at least RESTATED_TITLE_SHARE of the title's not yet said again.
RESTATED_MIN_WORDS = 3


RESTATED_SHARE = 0.6
RESTATED_TITLE_SHARE = 0.5


class _Title:
    """The title of a text as the top rules have found it: its lines, their plain text and content
    words (all, and of the lines added last), and the words not yet said again by a line
    restating it."""

    def __init__(self) -> None:
        self.lines: list[int] = []
        self.texts: set[str] = set()
        self.words: set[str] = set()
        self.order: list[str] = []
        self.unsaid: set[str] = set()
        self.latest: set[str] = set()  # the words of the title lines added last

    def add(self, doc: Document, lines: list[int]) -> None:
        self.latest = {w for i in lines for w in _content_list(doc.s(i).plain)}
        for i in lines:
            self.lines.append(i)
            self.texts.add(doc.s(i).plain)
            own = _content_list(doc.s(i).plain)
            self.order += own
            self.words |= set(own)
        self.unsaid = set(self.words)

    def repeats(self, doc: Document, i: int) -> bool:
        """The line is a title line again, character for character (as ``plain`` reads it)."""
        return doc.s(i).plain in self.texts

    def restated(self, doc: Document, i: int) -> bool:
        """The line says the title again (TEI: a second ``head type="main"``): the same line; the
        title's words followed by more (an approval note, a date appended) or the start of them;
        or mostly the title's words (a web page's title and the text's own heading, which may
        differ in a word or a date); or one part of a title made of parts between dashes or bars
        («بوف کور - صادق هدایت» / «بوف کور»). A title said again over two lines counts line by line."""
        if self.repeats(doc, i):
            return True
        s = doc.s(i)
        twice = any(j is not None and doc.s(j).plain == s.plain for j in (doc.prev(i), doc.next(i)))
        if (twice  # a line written twice in a row: an image's text and its caption
                or not 0 < s.words <= LONG_TITLE_MAX_WORDS + SUBTITLE_MAX_WORDS or s.end != "none"
                or (s.label is not None and s.label.strong) or s.bullet or doc.role(i) != "p"
                or _sentence_goes_on(doc, i)):
            return False
        if any(s.plain.strip() in TITLE_PARTS.split(text) for text in self.texts if TITLE_PARTS.search(text)):
            return True  # one part of a page's title «بوف کور - صادق هدایت»: the work's name
        own = _content_list(s.plain)
        if len(own) >= RESTATED_MIN_WORDS and len(self.order) >= RESTATED_MIN_WORDS and (
                own[: len(self.order)] == self.order or self.order[: len(own)] == own):
            self.unsaid -= set(own)
            return True
        shared = set(own) & self.words
        if (len(shared) >= RESTATED_MIN_WORDS and len(shared) >= RESTATED_SHARE * len(set(own))
                and len(shared & self.unsaid) >= RESTATED_TITLE_SHARE * len(self.unsaid)):
            self.unsaid -= shared
            return True
        return False


def _sentence_goes_on(doc: Document, i: int) -> bool:
    """In a hard-wrapped text, line ``i`` runs to the wrap width and the lines right under it
    (each full but the last, at most TITLE_MAX_LINES) end a sentence or a clause before a colon:
    ``i`` opens a paragraph — a wiki's lead sentence opening with the page's name («میرزا ملکم
    خان … معروف به» / «ناظم‌الدوله، … بود.»), a law's article opening with its heading — not
    the title said again, which ends before a line of its own (a date, an approval note)."""
    if not (doc.conv.wrap and full(doc, i)):
        return False
    for j in range(i + 1, min(i + 1 + TITLE_MAX_LINES, len(doc.shapes))):
        if doc.shapes[j] is None or doc.role(j) != "p":
            return False
        if doc.s(j).end in {"terminal", "colon"}:
            return True
        if not full(doc, j):
            return False
    return False


def _kicker_over_repeated_title(doc: Document, top: list[int], title: _Title) -> None:
    """When the text's own heading, further down the top or right under it, repeats the line under
    the title and not the title, that line is the title and the one above it a kicker (a
    collection's or site's name above the text's title: «سه قطره خون … از صادق هدایت» / «داش آکل»
    … «داش آکل»; a newspaper's series «ایران قرن …» over its item, set 7's ion.ir)."""
    if len(title.lines) != 1 or not top:
        return
    first = title.lines[0]
    second = doc.next(first)
    if second is None or second not in top or doc.role(second) != "subtitle":
        return
    after = doc.next(top[-1])  # the text's own heading, opening the body
    again = [i for i in top if i > second and doc.s(i).plain == doc.s(second).plain]
    if after is not None and doc.role(after) == "p" and doc.s(after).plain == doc.s(second).plain:
        again.append(after)
    if again and all(doc.role(i) in {"subtitle", "title", "p"} for i in again):
        doc.set(first, "subtitle", "subtitle: a line above the title that the text's own heading does not repeat "
                "(kicker)", cert="medium")
        for i in (second, *again):
            doc.set(i, "title", "title: the line the text's own heading repeats")


def restated_top(doc: Document, body: list[int]) -> None:
    """A web copy of a record may give its heading twice: a summary (title, session, contents)
    and then the full text under the same heading. A body line that is a title line again
    starts the second heading: title, the session lines under it subtitles and a date line
    under it a dateline (as under the first title)."""
    titles = {doc.s(i).plain for i in doc.flow if doc.role(i) == "title"}
    if not titles:
        return
    stack = False
    for i in body:
        if doc.role(i) == "p" and doc.s(i).plain in titles:
            doc.set(i, "title", "title: the title again in the text (the record's own heading after a summary)",
                    cert="low")
            stack = True
        elif stack and doc.role(i) == "p" and is_dateline(doc.out[i].text):
            doc.set(i, "dateline", "dateline: the date line under the title said again in the text")
        elif stack and doc.role(i) == "p" and _session_line(doc, i):
            # (its record, one with the top's rule of the same name: 12 wrong of 41 in round 39, medium; its
            # transfer record 12 of 40 in round 41, low)
            doc.set(i, "subtitle", SESSION_RULE, cert="low")
        else:
            stack = False


# A line that opens with a preposition completes the phrase above it («اعلامیه کمیته …» /
# «درباره تغییر زمان برگزاری»): a subtitle stands alone as a noun phrase or a sentence.
TITLE_COMPLEMENT = LazyPattern(r"^(درباره|دربارهٔ|درباره‌ی|پیرامون|راجع به|در باره|برای|به مناسبت)\s")


def _title_lines(doc: Document, k: int) -> int:
    """The second and third lines of a title broken inside a phrase (the line above runs on,
    :func:`~nashr.convert.document.runs_on`, or the line opens with a preposition that completes
    it, :data:`TITLE_COMPLEMENT`) or at a hard-wrapped text's width
    (:func:`~nashr.convert.matter.shapes.wrapped_heading`) and written directly under its first. (A short line under a
    complete title is a subtitle: :func:`~nashr.convert.matter.subtitle._subtitle`.)"""
    flow = doc.flow
    lines = 1
    while (k + 1 < len(flow) and lines < TITLE_MAX_LINES and flow[k] == flow[k - 1] + 1
           and (runs_on(doc, flow[k - 1]) or TITLE_COMPLEMENT.match(doc.s(flow[k]).plain)
                or _phrase_in_lead(doc, flow[k - 1], flow[k]) or wrapped_heading(doc, flow[k - 1]))
           and _title_like(doc, flow[k], TITLE_LINE_MAX_WORDS) and not _top_other(doc, flow[k])
           and not PART_NAME.match(doc.s(flow[k]).plain)
           and not KICKER.match(doc.s(flow[k]).plain) and _title_continues(doc, flow[k])):
        doc.set(flow[k], "title", "title: the title goes on in the line under it (broken inside a phrase, or "
                "completed by «درباره …»)", cert="medium")
        k += 1
        lines += 1
    return k


def _phrase_in_lead(doc: Document, above: int, i: int) -> bool:
    """The line break between lines ``above`` and ``i`` falls inside a phrase that the paragraph
    under them says whole: the last word of ``above`` and the first of ``i`` stand side by side
    there («… نخستین جشنواره» / «کتاب کودک …» and «جشنواره کتاب کودک» in the lead)."""
    nxt = doc.next(i)
    first, last = words(doc.s(i).plain), words(doc.s(above).plain)
    if nxt is None or not first or not last or doc.s(nxt).words < PROSE_MIN_WORDS:
        return False
    lead = words(doc.s(nxt).plain)
    return any(a == last[-1] and b == first[0] for a, b in zip(lead, lead[1:], strict=False))


def _author_over_text(doc: Document, i: int) -> bool:
    """A first free line that is a person's name alone (:func:`~nashr.convert.matter.people.person_name`) right over a
    paragraph of prose (PROSE_MIN_WORDS words at least, ending in punctuation) that does not open with that
    name: the author of a text with no title (a story's opening page, a book's page under the
    site's name); a paragraph opening with the name is about the person (a wiki article: its
    title)."""
    nxt = doc.next(i)
    name = doc.s(i).plain.strip()
    return (nxt is not None and person_name(name) and doc.s(nxt).words >= PROSE_MIN_WORDS
            and doc.s(nxt).end != "none" and not doc.s(nxt).plain.startswith(name))


AUTHOR_AGAIN_WITHIN = 8  # lines above or under a name said twice among the top lines


def _author_at_top(doc: Document, i: int, title: _Title) -> bool:
    """A short line of the top (SIGNER_MAX_WORDS words, no digit, no final punctuation) that is
    the author's name: named in the title after «از» («… از ملک‌الشعرا بهار قصیده ۱۱» /
    «ملک‌الشعرا بهار»), or a person's name (:func:`~nashr.convert.matter.people.person_name`) said twice among the top
    lines (a page's heading and the text's own: «ناصرخسرو» … «ناصرخسرو»). A name said twice is no
    title. Seen on the pages of two sites of classical texts (shernoosh.ir, ganj.tarikhema.org)."""
    s = doc.s(i)
    if not (0 < s.words <= SIGNER_MAX_WORDS and s.end == "none" and not re.search(DIGIT, s.plain)
            and doc.role(i) == "p" and s.label is None and not s.bullet):
        return False
    name = s.plain.strip()
    if any(re.search(rf"(?:^|\s)از\s+{re.escape(name)}(?:\s|$)", text) for text in title.texts):
        return True
    near = doc.flow[max(doc.pos[i] - AUTHOR_AGAIN_WITHIN, 0) : doc.pos[i] + 1 + AUTHOR_AGAIN_WITHIN]
    return any(j != i and doc.s(j).plain.strip() == name for j in near) and person_name(name)


def _title_continues(doc: Document, i: int) -> bool:
    """The line after a title line is more title when what follows it is not more short lines
    of the same block (a list of names, an address) but prose, a blank line or the top matter."""
    nxt = i + 1
    return nxt >= len(doc.shapes) or doc.shapes[nxt] is None or doc.s(nxt).words >= PROSE_MIN_WORDS or bool(
        _top_other(doc, nxt))
