"""A site's or section's label over a title: a label over the breadcrumb trail, a label set apart or
left unsaid (its words' stems in the title), a genre label. TEI P5 11.6 (``fw``) and 4.2.1 (``head``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import DIGIT, HAS_LETTER, Shape
from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import _below_record_lines
from nashr.convert.matter.patterns import (
    BREADCRUMB,
    DOCUMENT_KIND,
    INVOCATION,
    KICKER,
    LONG_TITLE_MAX_WORDS,
    PAGE_HEAD_MAX_WORDS,
    PART_NAME,
    SECTION_LABEL_MAX_WORDS,
    SECTION_WORD,
    SHORT_INVOCATION,
    SITE_LABEL_MAX_WORDS,
    TRAIL_RULE,
)
from nashr.convert.matter.people import person_name
from nashr.convert.matter.shapes import TITLE_MAX_WORDS, _content_list, _title_like, punctuated_prose
from nashr.convert.matter.site import TRAIL_MIN_PARTS


def _over_trail(doc: Document, i: int) -> bool:
    """The first line is the site's name over its breadcrumb trail (:data:`~nashr.convert.matter.patterns.TRAIL_RULE`)
    when the page's own heading follows the trail: short (PAGE_HEAD_MAX_WORDS), no final punctuation,
    the next line a trail and the first line with a letter under it a title
    (:func:`~nashr.convert.matter.shapes._title_like`; a rating «0.0 (0)» may stand between). Over a trail with the text
    right under it (a poem, prose) the first line is the page's title. Seen on ical.ir and
    poempersian.ir (sets 14 and 11)."""
    s = doc.s(i)
    if not (0 < s.words <= PAGE_HEAD_MAX_WORDS and s.end == "none"):
        return False
    j = next((j for j in range(i + 1, len(doc.shapes)) if doc.shapes[j] is not None), None)
    if j is None or doc.out[j].rule != TRAIL_RULE:
        return False
    heading = next((h for h in doc.flow[doc.pos[i] + 1 :] if HAS_LETTER.search(doc.s(h).plain)), None)
    return heading is not None and _title_like(doc, heading, LONG_TITLE_MAX_WORDS)


# One step of a breadcrumb trail written with «»» or «›» («جامی » بهارستان » روضهٔ دوم …»).
TRAIL_STEP = re.compile(r"\s[»›]\s")


def _site_label(doc: Document, i: int) -> bool:
    """A first line that labels the web page rather than the text: a file or breadcrumb name
    (words joined by «_», or parts between «»» or «›»: «حافظ » غزلیات » غزل شمارهٔ ۲») above a
    title (with none under it, verse or prose, a single step names the text, its title; a trail of
    TRAIL_MIN_PARTS parts (:data:`TRAIL_STEP`) is the site's breadcrumb whatever stands under it, ``fw`` by the
    collection's convention: under LOPO, round 49, 3 lines right more on ganjoor.net and novintahrir.ir, none
    wrong more, the 21 breadcrumb lines of the collection ``fw`` by hand on 13 sites), or a few
    words set apart above a title twice as long, or with the page's record lines (date, byline)
    between them, and under those another label set apart (:func:`_label_set_apart`: a news
    site's «سرخط خبرها» under its clock) — not a section's name («باب اول», «مقدمه») or an
    invocation, nor above the first of the text's turns («سؤال ۱: …», a label used through the
    text: no title), and only in a text whose sentences end in punctuation
    (:func:`~nashr.convert.matter.shapes.punctuated_prose`: else the long line may be the first sentence)."""
    s = doc.s(i)
    text = doc.out[i].text
    nxt = _below_record_lines(doc, i)
    if "_" in text and re.search(r"[^\W\d_]_[^\W\d_]", text):
        return True
    if BREADCRUMB.search(s.plain):
        # (with nothing title-like under it, a single step names the text, its only title; a trail of
        # TRAIL_MIN_PARTS parts names the site's sections: fw by the collection's convention, round 38)
        return (nxt is not None and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS)) or len(
            TRAIL_STEP.findall(s.plain)) + 1 >= TRAIL_MIN_PARTS
    if nxt is not None and nxt != doc.next(i) and _label_set_apart(doc, nxt):
        nxt = _below_record_lines(doc, nxt)  # (another label under the record lines: «سرخط خبرها»)
    return (nxt is not None and _label_over(doc, i, nxt) and (doc.blank_after(i) or nxt != doc.next(i))
            and doc.s(nxt).words >= max(5, 2 * s.words) and punctuated_prose(doc))


def _label_set_apart(doc: Document, i: int) -> bool:
    """Line ``i`` is a few words (SECTION_LABEL_MAX_WORDS) without punctuation set apart by blank lines,
    no section's name: a page's label. (In a text with a blank line after every line, every line is.)"""
    s = doc.s(i)
    return (0 < s.words <= SECTION_LABEL_MAX_WORDS and s.end == "none" and doc.blank_after(i)
            and (doc.blank_before(i) or doc.conv.spaced) and not SECTION_WORD.match(s.plain)
            and not PART_NAME.match(s.plain))


def _label_over(doc: Document, i: int, nxt: int) -> bool:
    """Line ``i`` may label the page above the title-like line ``nxt``: at most SITE_LABEL_MAX_WORDS
    words without final punctuation, no section's name or invocation, ``nxt`` no speaker's turn."""
    s = doc.s(i)
    return (s.words <= SITE_LABEL_MAX_WORDS and s.end == "none"
            and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain)
            and not INVOCATION.match(s.plain) and not SHORT_INVOCATION.match(s.plain)
            and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS) and doc.s(nxt).speaker not in doc.conv.speakers)


STEM_LETTERS = 4
"""Letters of a word's opening that stand for the word when a label's words are looked for in the text
(«سفرنامهٔ», «سفرنامه‌ی», «سفرنامه» alike; a suffix or an ezafe's mark left off)."""
STEM_MARKS = re.compile("[\u064b-\u0655\u0670\u200c\u200d]")
WORD_MARKS = re.compile("[\u064b-\u0655\u0670\u200d]")  # those a word may hold (ZWNJ parts words: WORD)


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (:func:`~nashr.convert.matter.shapes._content_list`) cut to their first
    STEM_LETTERS letters, without harakat, hamza marks or joiners (looked for in each word only when the
    line holds one: most hold none)."""
    if WORD_MARKS.search(text) is None:
        return {w[:STEM_LETTERS] for w in _content_list(text)}
    return {STEM_MARKS.sub("", w)[:STEM_LETTERS] for w in _content_list(text)}


def _unsaid_label(doc: Document, i: int) -> bool:
    """The first line ``i`` labels the page, not the text (:func:`_label_over` the line right under
    it): none of its content words (:func:`_stems`) comes again anywhere in the text under that
    line, which is longer (at most TITLE_MAX_WORDS words) and has a word that does — the headline
    names what the text is about; a site's section label («مطالب پندآموز», «درباره») or a letter
    left by a tag page's index names nothing the text says; an issuing organisation over its office
    (:data:`~nashr.convert.matter.patterns.KICKER`) is no label. The page's own words are the evidence,
    so unlike :func:`_site_label` it needs neither a blank line under the label nor punctuated prose.

    Measured on the collection: 7 lines right more (4 publishers: a blog's tag page, a book
    site, the State Department's Rewards for Justice, a thesis template's approval page), none
    wrong more."""
    nxt = doc.next(i)
    if nxt is None or not _label_over(doc, i, nxt) or KICKER.match(doc.s(i).plain):
        return False
    own, headline = _stems(doc.s(i).plain), _stems(doc.s(nxt).plain)
    if not own or not doc.s(i).words < doc.s(nxt).words <= TITLE_MAX_WORDS:
        return False
    said: set[str] = set()
    for j in doc.flow:
        if j > nxt:
            said |= _stems(doc.s(j).plain)
    return not own & said and bool(headline & said)


# The kind of a newspaper or web piece, alone on the line above its headline.
GENRE_LABEL = LazyPattern(r"^(?:گزارش|یادداشت|گفت‌وگو|گفتگو|گفت وگو|مصاحبه|تحلیل|سرمقاله|دیدگاه|نقد|دیدگاه‌ها"
                          r"|گزارش ویژه|گزارش تصویری|یادداشت روز|گفت‌وگوی اختصاصی|گفتگوی اختصاصی|نگاه|روایت)\s*[:：]?$")


def _genre_label(doc: Document, i: int) -> bool:
    """A first line naming the kind of piece («گزارش», «یادداشت») above a headline at least twice
    as long (with a page's record lines between, :func:`~nashr.convert.matter.dateline._below_record_lines`)."""
    nxt = _below_record_lines(doc, i)
    return (GENRE_LABEL.match(doc.s(i).plain) is not None and nxt is not None
            and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS) and doc.s(nxt).words >= 2 * doc.s(i).words)


SITE_NAME_RULE = "fw: the site's name or its lines over the headline, none of their words said in the text"
HEADLINE_UNDER_SITE_RULE = ("title: the headline right over the text, under the site's lines that the text does not "
                            "say again")
HEADLINE_SEARCH_LINES = 5  # the lines under the first that may be the headline (a tagline, a date, a label between)
HEADLINE_SAID_SHARE = 0.5  # of the headline's content words, those the text under it says again
SITE_LINE_MAX_WORDS = 16  # a blog's name with its tagline, a site's archive label («بایگانی ماهانه … همراه تعداد …»)
SITE_SAID_SHARE = 1 / 3  # of a site line's content words (over SITE_LABEL_MAX_WORDS words), those the text may say
SITE_LINES_ROLES = frozenset({"title", "subtitle", "p"})  # what the rules made of the site's lines under its name


def _part_heading(s: Shape) -> bool:
    """A line (its shape) that heads a part of the text, not the page: one word (an invocation «هوالله», a poem's
    name), a section's number or name («فصل اول», «حکایت اول», «مقدمه»), an invocation («بسم …»)."""
    text = s.plain
    return (s.words < 2 or SECTION_WORD.match(text) is not None or PART_NAME.match(text) is not None
            or INVOCATION.match(text) is not None or PART_ORDINAL.match(text) is not None)


# The author named at the end of a line after «از» («سه قطره خون (۱۳۳۳ خورشیدی) از صادق هدایت»): a book's line.
AUTHOR_CREDIT = LazyPattern(r"\sاز\s+(\S+(?:\s+\S+){0,2})\s*$")
# A numbered piece of a collection under the book's name: «حکایت اول», «غزل ۱۲», «شمارهٔ ۳».
PART_ORDINAL = LazyPattern(rf"^\S+\s+(?:{DIGIT}+|اول|یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم)\s*$")


def headline_under_site_name(doc: Document, first: int, end: int) -> int | None:
    """A web page copied whole opens with the site's name (and its tagline, a section label), then
    the headline of the text. The top rules took the site's name ``first`` — the first line under
    the page's furniture, at most SITE_LINE_MAX_WORDS words and no person's name — for the title.
    A later line of the top (up to ``doc.flow[end]``, HEADLINE_SEARCH_LINES at most, only the page's
    furniture, dates and the site's short lines between) is the headline (``title``) and the lines
    above it the site's (``fw``) when it is title-like, names no organisation
    (:data:`~nashr.convert.matter.patterns.KICKER`) or person, and the text under it says again
    HEADLINE_SAID_SHARE of its content words (:func:`_stems`) and none of the site's name's (but in
    lines that repeat the name). Returns the headline's line, or None.

    A site's line longer than a name (over SITE_LABEL_MAX_WORDS words: a blog's tagline or motto, an archive label,
    a notice on reuse) may have SITE_SAID_SHARE of its content words said again below (a tagline's «من», a motto's
    «حافظ» on a Hafez page); then the headline is no part's heading (:func:`_part_heading`: a long title stands
    over «فصل اول», «حکایت اول», «هوالله») and the line names no author after «از» (a book's line over a story).

    Measured on the collection (round 38): 17 lines right more on 7 sites (aqajani.blogsky.com's category said four
    times, mguitar.persianblog.ir's name and tagline, razaqmamoon.com's «جستجوی این وبلاگ», roozegaraan.blogspot.com's
    «صفحات», iec.org.af's «تصاویر», gmic.gov.af's «ویدیو», ixport.ir's menu), none wrong more; its lines all in sets
    25–33, the pages nearest the blind sets'. Round 39 («struct62»), the longer site lines: 14 lines right more on 6
    sites (arq.ir's archive label and tagline, mguitar.persianblog.ir's tagline, g-hunar.blogspot.com's notice on
    reuse, hafez.kavoshgar.net's motto, parsi.wiki's «اجازه ویرایش برای همه اعضا», khamenei.ir's poster title under
    its print link), none wrong more; without the part's heading and author tests 8 wrong more on 5 sites."""
    flow = doc.flow
    at = doc.pos[first]
    name = doc.s(first).plain
    own = _stems(name)
    if (not own or doc.s(first).words > SITE_LINE_MAX_WORDS or person_name(name)
            or any(doc.role(j) not in {"fw", "masthead"} for j in flow[:at])):
        return None
    # (a short name: none of its words said again; a longer line, a tagline or motto: SITE_SAID_SHARE at most)
    room = 0 if doc.s(first).words <= SITE_LABEL_MAX_WORDS else int(SITE_SAID_SHARE * len(own))
    if room and (credit := AUTHOR_CREDIT.search(name)) and person_name(credit[1]):
        return None  # (a collection's name with its author: «سه قطره خون (۱۳۳۳ خورشیدی) از صادق هدایت»)
    for j in flow[at + 1 : min(end + 1, at + 1 + HEADLINE_SEARCH_LINES, len(flow))]:
        s = doc.s(j)
        if s.plain == name or doc.role(j) in {"fw", "dateline"}:
            continue
        if doc.role(j) not in {"subtitle", "p"}:
            return None
        shaped = (0 < s.words <= TITLE_MAX_WORDS and s.end == "none" and (s.label is None or not s.label.strong)
                  and not s.bullet and not KICKER.match(s.plain) and not person_name(s.plain)
                  and not (room and _part_heading(s)))
        if doc.role(j) == "p" and not (shaped and _title_like(doc, j) and doc.blank_after(j)):
            return None
        if not shaped:
            continue
        below: set[str] = set()
        for n in flow[doc.pos[j] + 1 :]:
            if doc.s(n).plain == name:
                return None  # (the first line said again under the headline: the page's title)
            below |= _stems(doc.s(n).plain)
        headline = _stems(s.plain)
        if len(own & below) > room:
            return None
        if not headline or len(headline & below) < HEADLINE_SAID_SHARE * len(headline):
            continue  # (the site's tagline)
        for n in flow[at : doc.pos[j]]:
            if doc.role(n) in SITE_LINES_ROLES:
                doc.set(n, "fw", SITE_NAME_RULE, cert="medium")
        # (its transfer record, round 41: 6 wrong of 18, low; round 45, with set 41's headlines under the sites' lines,
        # 6 wrong of 26 on 20 sites: medium)
        # low from round 46: transfer record 9 wrong of 29 lines on 23 sites (31 %); medium from round 52
        # («struct99»): 8 wrong of 33 on 23 sites (24 %), a Bahá'í archive letter's office line no longer among them
        # (its archive's bracket note heads the page under LOPO too, once that rule gained on a second site)
        doc.set(j, "title", HEADLINE_UNDER_SITE_RULE, cert="medium")
        return j if doc.role(j) == "title" else None
    return None


POST_TITLE_RULE = "title: the post's title under its date line, the site's name above the date (a blog's header)"
SITE_OVER_DATE_RULE = "fw: the site's name over a post's date line, the post's title under the date"
SITE_OVER_DATE_SAID_SHARE = 0.5  # of the site's line's content words, those the post under it may say
POST_TOP_ROLES = frozenset({"p+", "title", "subtitle", "dateline", "byline", "fw"})  # the top goes on under the line


def headline_under_date(doc: Document, first: int) -> int | None:
    """A blog's page copied whole (Blogger's layout: the blog's name or motto, the post's date, the post's title,
    the post): the top rules took the site's line ``first`` — the first line under the page's furniture — for the
    title, and the date line right under it for the dateline. The line right under the date is the post's title
    (``title``) and ``first`` the site's (``fw``) when that line is shaped as a title (at most TITLE_MAX_WORDS words,
    no final punctuation, no strong label or bullet, no organisation :data:`~nashr.convert.matter.patterns.KICKER`,
    person's name or part's heading :func:`_part_heading`), a line of prose (PROSE_MIN_WORDS words) follows it, and
    the post (from its title on) says again at most SITE_OVER_DATE_SAID_SHARE of ``first``'s content words
    (:func:`_stems`): a site's name or motto names nothing the post says, a title over its letter's date («نامه … به
    …» / «۳۱ خرداد ۱۳۳۰» / «از نخست وزیر») names what the letter says. Returns the title's line, or None.

    Measured on the collection and under LOPO alike (round 50, «struct91»): 8 lines right more on 4 sites (enkaar,
    gilehmards and pureheartsoldier on blogspot.com, mazrooei.ir: the site's line ``fw`` and the post's title), none
    wrong more; the letter's title over its date and sender (melliun), a document's kind over its approval date
    (foroozandeh, :data:`~nashr.convert.matter.patterns.DOCUMENT_KIND`), an issuer over a statement's date (state.gov's
    «کاخ سفید», a KICKER) and a hard-wrapped first sentence under the date (no blank line under it) kept."""
    flow = doc.flow
    at = doc.pos[first]
    if at + 3 >= len(flow) or any(doc.role(j) not in {"fw", "masthead"} for j in flow[:at]):
        return None
    date, head, text = flow[at + 1], flow[at + 2], flow[at + 3]
    s, name = doc.s(head), doc.s(first).plain
    if (doc.role(date) != "dateline" or doc.role(head) not in {"subtitle", "p"} or not doc.blank_after(head)
            or doc.role(text) in POST_TOP_ROLES or doc.s(text).words < PROSE_MIN_WORDS
            or KICKER.match(name) or DOCUMENT_KIND.match(name)
            or not (0 < s.words <= TITLE_MAX_WORDS and s.end == "none" and (s.label is None or not s.label.strong)
                    and not s.bullet and not KICKER.match(s.plain) and not person_name(s.plain)
                    and not _part_heading(s))):
        return None
    own = _stems(doc.s(first).plain)
    said: set[str] = set()
    for j in flow[at + 2 :]:
        said |= _stems(doc.s(j).plain)
    if not own or len(own & said) > SITE_OVER_DATE_SAID_SHARE * len(own):
        return None
    doc.set(first, "fw", SITE_OVER_DATE_RULE, cert="medium")
    doc.set(head, "title", POST_TITLE_RULE, cert="medium")
    return head if doc.role(head) == "title" else None
