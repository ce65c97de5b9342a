"""A web page's furniture around the text: the site's skip links and wiki navigation, its breadcrumb
trail (:func:`breadcrumb_trail`), menus copied as runs of labels (:func:`menu_top`, :func:`menu_foot`),
tag lines, advertisement slots, translation notices, a law database's fields and a Latin banner.
TEI P5 11.6 (``fw``: headers, footers and similar matter).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import ANY_DIGIT, DIGIT, HAS_LETTER, Shape
from nashr.convert.document import (
    DEFAULT_RULE,
    PROSE_MIN_WORDS,
    Document,
    is_dateline,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.patterns import JUMP_RULE, SITE_LABEL_MAX_WORDS, TOP_SHORT_RUN_MAX
from nashr.convert.matter.shapes import TITLE_MAX_WORDS, _bare
from nashr.convert.scripts import ARABIC_LETTER

# A site's breadcrumb trail: three parts or more between one separator said each time («خانه / اشعار
# / اشعار سنتی / …», «غزلستان :: مولوی :: …», «صفحه اصلی » مشروح مذاکرات » …»), each part a few words
# with a letter (not a date «23 / 8 / 41»), no final punctuation. Seen under or over the title on the
# pages of four publishers of sets 8, 9, 10 and 13.
TRAIL_SEPARATOR = re.compile(r"\s+(»|›|>|::|/|\|)\s+")
TRAIL_MIN_PARTS = 3


TRAIL_PART_MAX_WORDS = 4  # (a hemistich between slashes has more)
# A trail that starts at the site's home page («صفحه اصلی > سیاسی > …», «خانه » اخبار») is the page's
# furniture even on its first line, and even when its last part is the page's title at length: a
# text's own title (ganjoor.net's «حافظ » غزلیات » غزل شمارهٔ ۲») starts with its author or work.
HOME_LINK = re.compile(r"^(?:صفحه[\s\u200c]?(?:ی\s)?(?:اصلی|نخست)|خانه|home)$", re.IGNORECASE)


# A blog platform's advertising slot at the top of a page, its label and the advertiser's link under it
# (Parsiblog's «سفارش تبلیغ» over «صبا ویژن», Blogsky's «تبلیغات» over «رایتل»).
AD_SLOT = re.compile(r"^\s*(?:سفارش\s)?تبلیغ(?:ات)?\s*$")
AD_SLOT_TOP_LINES = 4  # the label among a page's first lines
AD_SLOT_RULE = ("fw: a blog platform's advertising slot at the top: its label («سفارش تبلیغ», «تبلیغات») and "
                "the link under it")


# The record fields of a law database's page (Iran's legal databases: qavanin.ir, the Majlis
# research centre's rc.majlis.ir, ghavanin.ir, dotic.ir), kept by a copy with or without their
# values, their colons on either side when the copy reversed the table's cells: «شماره انتشار:»,
# «:نوع قانون», «مرجع تصویب: …». A line of two fields, or a field beside another field's line, is
# the page's furniture; one with a date is the text's date line (:func:`~nashr.convert.matter.closing.closing_matter`).
LAW_FIELD = LazyPattern(r"(?:^|[:：]\s*)(?:شماره انتشار|شماره ویژه[\s\u200c]?نامه|نوع قانون|دستگاه اجرایی|دستگاه اجرائی"
                        r"|مرجع تصویب|شماره ابلاغ|شماره دوره|شماره جلسه|شماره روزنامه رسمی|تاریخ تصویب|تاریخ ابلاغ"
                        r"|تاریخ انتشار|تاریخ اجرا|موضوع|وضعیت)(?=\s*[:：]|\s+\S+\s*[:：]|\s*$)")
LAW_FIELD_MAX_WORDS = 12
COLON = re.compile("[:：]")
# A translated page's notice over its text, as multilingual sites print it (gnu.org's «این ترجمه
# ممکن است شامل تغییرات … در نسخهٔ اصلی انگلیسی نباشد», Meta-Wiki's «This page is a translated
# version of the page …», a licence's «This is an unofficial translation …»): a line naming the
# translation and the original or the translation's standing, among the text's first lines. An
# unofficial translation's disclaimer is the translator's note on the text (``note``); the others
# are the site's furniture (``fw``), as is a further line of the notice right under it that names
# the translation again («لطفا راهنمای ترجمه را … ببینید»). The notice speaks of this page or this
# translation («این ترجمه», «this page»): a headline or a lead about a translation («ترجمه
# انگلیسی شاهنامه منتشر شد») does not.
TRANSLATION = re.compile(r"ترجمه|translat", re.IGNORECASE)
THIS_TRANSLATION = LazyPattern(r"(?:^|\s)(?:این(?:\sیک)?\sترجمه|ترجمه[ٔی]?\s(?:این|حاضر)\s)"
                               r"|\bthis\s(?:page|is\san?|translation)\b", re.IGNORECASE)
TRANSLATION_STANDING = LazyPattern(r"نسخه[ٔ\u200c ]?(?:ی\s)?اصلی|متن اصلی|اصل انگلیسی|انگلیسی|original|English"
                                   r"|translated version|translation is|غیر[\s\u200c]?رسمی|unofficial", re.IGNORECASE)
UNOFFICIAL = LazyPattern(r"غیر[\s\u200c]?رسمی|unofficial", re.IGNORECASE)
TRANSLATION_TOP_LINES = 4


# A page's keyword tags or categories run into one line: short phrases parted by commas — a Latin comma
# glued between two words, as a CMS joins its tags («غزل حافظ,دیوان حافظ,اشعار حافظ شیرازی», «داستان,حکایت
# و شعر»), or four or more names parted by any comma («ناصرالدین شاه، معیرالممالک، مستوفی الممالک، پاریس،
# سفرنامه») — with no digit (a date or a record's place and number) and no final punctuation.
TAG_SEPARATOR = re.compile(r"\s*[,،]\s*")
GLUED_COMMA = re.compile(r"[^\W\d_],[^\W\d_]")
TAG_MAX_WORDS = 3
TAG_MIN_PARTS = 4


def _tag_line(s: Shape) -> bool:
    """The line (:data:`TAG_SEPARATOR`, :data:`GLUED_COMMA`) is a page's tags or categories,
    each of at most TAG_MAX_WORDS words.

    Measured on the collection: 5 lines right more on 3 publishers (alamto.com, niksho.com, atraf.ir:
    a poem's, a story's and a travelogue's page; the tags and two lines under them), none wrong more."""
    parts = TAG_SEPARATOR.split(s.plain.strip())
    return (s.end == "none" and not re.search(DIGIT, s.plain)
            and all(0 < len(p.split()) <= TAG_MAX_WORDS for p in parts)
            and (len(parts) >= TAG_MIN_PARTS or (len(parts) >= 2 and GLUED_COMMA.search(s.plain) is not None)))


LATIN_LETTER = re.compile(r"[A-Za-z]")
BANNER_MAX_LINES = 6  # (the U.S. government's banner copied from state.gov: five lines)
BANNER_MAX_LATIN_SHARE = 1 / 3
# A wiki page's name with its subpages («Iranian Wikimedians User Group/Meetings/…»); not a URL.
PAGE_PATH = LazyPattern(r"(?<![:/])[^\s/:]/[^\s/]")


# A MediaWiki page's header as a copy keeps it: the skin's jump links («پرش به ناوبری پرش به جستجو»,
# «پرش به:ناوبری، جستجو», «پرش به: گشتن، جستجو»: MediaWiki's messages jumpto, jumptonavigation,
# jumptosearch in Persian, «گشتن» the older translation of «navigation») and, right above them, the
# site's tagline («از ویکی‌پدیا، دانشنامهٔ آزاد», «از مشروطه», «از EverybodyWiki Bios & Wiki»: the
# message tagline, «از {{SITENAME}}»), the page's name right above that. Seen on two wikis of set 9.
# The same skip links of other sites' themes: MediaWiki's newer «پرش به محتوا» (jumptocontent), a
# WordPress theme's «رفتن به محتوا», «رفتن به فوتر» (skip-link) — a Wikipedia mirror and a blog of the
# collection, each at the page's first line.
JUMP_TARGET = r"(?:ناوبری|گشتن|جستجو|جست[\s\u200c]?وجو|محتوا|فوتر)"
JUMP_TO = r"(?:پرش|رفتن)\s+به"
WIKI_JUMP = re.compile(rf"^{JUMP_TO}\s*:?\s*{JUMP_TARGET}(?:[\s،,]*(?:{JUMP_TO}\s*:?\s*)?{JUMP_TARGET})*$")
WIKI_TAGLINE = re.compile(r"^از\s+\S")


WIKI_TAGLINE_MAX_WORDS = 6


# One rule whatever showed the tagline: its own words (Wikipedia's), the jump links under it, or a
# scanned book's page status under it (Wikisource's «از ویکی‌نبشته»).
WIKI_TAGLINE_RULE = ("fw: a wiki's tagline («از ویکی‌پدیا، دانشنامهٔ آزاد», «از ویکی‌نبشته») under the page's name "
                     "(over its jump links or its proofreading status)")


WIKI_NAV_MAX_LINES = TOP_SHORT_RUN_MAX  # the portal's, the category's and the related pages' links


def _wiki_jump(doc: Document, content: list[int]) -> set[int]:
    """A wiki page's jump links, or a site theme's skip links (:data:`WIKI_JUMP`), and the tagline
    right above them (:data:`WIKI_TAGLINE`, at most WIKI_TAGLINE_MAX_WORDS words, no final
    punctuation): ``fw``;
    and the navigation under them (:func:`_wiki_navigation`). Returns the lines that say the
    page's name (the line over the tagline) again, word for word: the page's title repeated by
    its own heading, which no running head takes (:func:`~nashr.convert.matter.page.page_furniture`)."""
    for k, i in enumerate(content):
        if doc.role(i) != "p" or not WIKI_JUMP.match(doc.s(i).plain):
            continue
        doc.set(i, "fw", JUMP_RULE)
        above = content[k - 1] if k else None
        if (above is not None and doc.role(above) == "p" and WIKI_TAGLINE.match(doc.s(above).plain)
                and doc.s(above).words <= WIKI_TAGLINE_MAX_WORDS and doc.s(above).end == "none"):
            doc.set(above, "fw", WIKI_TAGLINE_RULE)
            if k >= 2:
                name = _bare(doc.s(content[k - 2]).plain)
                again = {j for j in content if _bare(doc.s(j).plain) == name}
                _wiki_navigation(doc, content[k + 1 :], again)
                return again
    return set()


def _wiki_navigation(doc: Document, under: list[int], name: set[int]) -> None:
    """The navigation a wiki prints between its jump links and the text (the portal's and the
    category's links, run into one line or not, links to related pages: mashruteh.org's pages of
    sets 9 and 11): short lines without final punctuation (at most TITLE_MAX_WORDS words), up to
    a boundary the page itself shows, itself such a line — the page's name said again (``name``,
    the text's own heading), a line after two blank lines, or a heading over the first paragraph
    (prose, at least PROSE_MIN_WORDS words ending a sentence, right under it) — and at most
    WIKI_NAV_MAX_LINES lines: ``fw``. Without such a boundary nothing is taken. (Its record on the
    collection, nashr.convert.certainty: right on all 18 lines it takes, so no ``@cert``.)"""
    run: list[int] = []
    for pos, i in enumerate(under):
        s = doc.s(i)
        nxt = under[pos + 1] if pos + 1 < len(under) else None
        if doc.role(i) != "p" or s.end != "none" or not 0 < s.words <= TITLE_MAX_WORDS:
            return
        if (i in name or (doc.shapes[i - 1] is None and doc.shapes[i - 2] is None)
                or (nxt is not None and doc.s(nxt).end == "terminal" and doc.s(nxt).words >= PROSE_MIN_WORDS)):
            break
        if len(run) == WIKI_NAV_MAX_LINES:
            return
        run.append(i)
    else:
        return
    for i in run:
        doc.set(i, "fw", "fw: a wiki page's navigation links between its jump links and the text (up to the "
                "page's name said again, two blank lines or a heading over prose)")


def breadcrumb_trail(text: str) -> bool:
    """True for a line (its plain text) that is a breadcrumb trail (:data:`TRAIL_SEPARATOR`): at
    least TRAIL_MIN_PARTS parts between one separator, each of at most TRAIL_PART_MAX_WORDS words
    with a letter. (A page's first line may be its title given as a trail, as ganjoor.net gives
    it: :func:`~nashr.convert.matter.labels._site_label` decides that one.)"""
    text = text.strip()
    parts = TRAIL_SEPARATOR.split(text)
    items, separators = parts[0::2], set(parts[1::2])
    if len(separators) != 1 or len(items) < TRAIL_MIN_PARTS:
        return False
    if HOME_LINK.match(items[0]):  # (:data:`HOME_LINK`: its last part may be the page's title)
        return all(len(x.split()) <= TRAIL_PART_MAX_WORDS for x in items[1:-1])
    return all(ARABIC_LETTER.search(x) and len(x.split()) <= TRAIL_PART_MAX_WORDS for x in items)


def _ad_slot(doc: Document, content: list[int]) -> None:
    """Mark a blog platform's advertising slot among a page's first :data:`AD_SLOT_TOP_LINES` lines
    as ``fw``: its label (:data:`AD_SLOT`) and the next line when it is a link's few words
    (at most :data:`~nashr.convert.matter.patterns.SITE_LABEL_MAX_WORDS`, no final punctuation).

    Measured on the collection: 10 lines right more on 3 blogs of 2 platforms (Parsiblog, Blogsky;
    3 on a text written with, 7 on held-out set 24), the label and link themselves and the post's
    title and subtitle that the top's first free lines then are; none wrong more; the label occurs
    nowhere else in the collection."""
    top = content[:AD_SLOT_TOP_LINES]
    for pos, i in enumerate(top):
        if doc.role(i) == "p" and AD_SLOT.match(doc.s(i).plain):
            doc.set(i, "fw", AD_SLOT_RULE)
            if pos + 1 < len(content):
                nxt = content[pos + 1]
                if doc.s(nxt).words <= SITE_LABEL_MAX_WORDS and doc.s(nxt).end == "none":
                    doc.set(nxt, "fw", AD_SLOT_RULE)


# A site's menu or link list copied with the page: a run of lines one under the other, each a link's
# label of a few words (no final punctuation, no digit, no list label or bullet), at the top over
# the text (a news aggregator's section menu: «یارانه ها» / «مسکن مهر» / «قیمت جهانی طلا» / …) or at
# the bottom under it (a post's footer links: «عکس نوشته» / «کامنت» / «comment» / «بنر»). A poem's
# lines are verse by then; a title block, an addressee's and a signature's lines carry names with
# longer words, fields with digits or colons, and are fewer; at the top the run is longer than any
# title block of the collection (four lines, :data:`~nashr.convert.matter.patterns.TOP_SHORT_RUN_MAX`).
MENU_LABEL_MAX_WORDS = 5  # «قیمت روز طلا و ارز»
MENU_TOP_MIN_LINES = 6
MENU_FOOT_MIN_LINES = 4
MENU_RULE = "fw: a site's menu or links, a run of short labels one under the other at the top or bottom of the page"


def _menu_label(doc: Document, i: int) -> bool:
    s = doc.s(i)
    return (doc.out[i].rule == DEFAULT_RULE and 0 < s.words <= MENU_LABEL_MAX_WORDS and s.end == "none"
            and s.label is None and not s.bullet and not s.star and s.caesura is None
            and ANY_DIGIT.search(s.plain) is None)


def _menu(doc: Document, lines: list[int], min_lines: int) -> None:
    """The menu labels (:func:`_menu_label`) one under the other from ``lines[0]`` on (``lines`` in
    the order to read them, forwards or backwards) are ``fw`` when there are ``min_lines`` or more
    and other lines remain."""
    run: list[int] = []
    for i in lines:
        if not _menu_label(doc, i) or (run and not doc.adjacent(*sorted((run[-1], i)))):
            break
        run.append(i)
    if min_lines <= len(run) < len(lines):
        for i in run:
            doc.set(i, "fw", MENU_RULE)


def menu_top(doc: Document) -> None:
    """A site's menu over the text (:data:`MENU_RULE`): the run of menu labels that opens the
    page, under the furniture found so far, when it has MENU_TOP_MIN_LINES lines or more and text
    follows it; lines without a letter before it («5 + 1»: a widget's count) are passed over.
    Decided before the top, whose first free line it would otherwise be."""
    _menu(doc, [i for i, s in enumerate(doc.shapes) if s is not None and doc.role(i) != "fw"
                and HAS_LETTER.search(s.plain)], MENU_TOP_MIN_LINES)


def menu_foot(doc: Document) -> None:
    """A site's links under the text (:data:`MENU_RULE`): the run of menu labels that ends the
    page, when it has MENU_FOOT_MIN_LINES lines or more and no rule gave them a role (a
    signature's lines are the closing matter's). Decided once every other rule has read the text."""
    _menu(doc, [i for i, s in reversed(list(enumerate(doc.shapes))) if s is not None and doc.role(i) != "fw"],
          MENU_FOOT_MIN_LINES)


def _translation_notices(doc: Document, content: list[int]) -> None:
    """A translated page's notices among its first TRANSLATION_TOP_LINES lines (:data:`TRANSLATION`)."""
    notice = False  # the line before was a notice
    for i in content[:TRANSLATION_TOP_LINES]:
        text = doc.s(i).plain
        if doc.role(i) != "p" or not TRANSLATION.search(text) or not (notice or THIS_TRANSLATION.search(text)):
            notice = False
        elif UNOFFICIAL.search(text):
            doc.set(i, "note", "note: a translator's notice that the translation is unofficial, over the text",
                    cert="medium")
            notice = False
        elif TRANSLATION_STANDING.search(text) or notice:
            doc.set(i, "fw", "fw: a translated page's notice over the text (a translated version of …, the "
                    "original may have changed)", cert="medium")
            notice = True


def _law_fields(doc: Document, content: list[int]) -> None:
    """A law database's record fields (:data:`LAW_FIELD`) without a date: ``fw`` where the line
    holds two fields or the line next to it holds one."""
    fields = {i: len(LAW_FIELD.findall(doc.s(i).plain)) for i in content  # (a field has its colon)
              if doc.role(i) == "p" and doc.s(i).words <= LAW_FIELD_MAX_WORDS and COLON.search(doc.s(i).plain)}
    fields = {i: n for i, n in fields.items() if n}
    for k, i in enumerate(content):
        if i not in fields or is_dateline(doc.out[i].text):
            continue
        beside = {content[k - 1] if k else None, content[k + 1] if k + 1 < len(content) else None}
        if fields[i] >= 2 or beside & fields.keys():
            doc.set(i, "fw", "fw: a law database's record fields («شماره انتشار:», «نوع قانون:», «مرجع تصویب:») "
                    "on their own lines", cert="medium")


def _latin_banner(doc: Document, content: list[int]) -> None:
    """A Persian text's first lines written in Latin script alone, before its first line in Arabic
    script, are the site's banner a copy of the page kept («An official website of the United
    States government», «Here's how you know», a flag's alternative text «Flag», «PDA»): ``fw``,
    at most BANNER_MAX_LINES of them, in a text whose lines after them are in Arabic script but for
    BANNER_MAX_LATIN_SHARE at most (an English text's lines are its own). A Markdown heading and a
    wiki page's name («… Group/Meetings/…», the page's title) are not banners, nor a post's date
    (:func:`~nashr.convert.document.is_dateline`: the top's dateline). Lines already
    furniture (a browser's print header over the page: its time, the site's address) do not count."""
    content = [i for i in content if doc.role(i) != "fw"]
    scripts = [ARABIC_LETTER.search(doc.s(i).plain) is not None for i in content]
    start = scripts.index(True) if True in scripts else 0
    rest = scripts[start:]
    if not 0 < start <= BANNER_MAX_LINES or rest.count(False) > BANNER_MAX_LATIN_SHARE * len(rest):
        return
    top = content[:start]
    for i in top:
        s = doc.s(i)
        if (doc.role(i) == "p" and LATIN_LETTER.search(s.plain) and not s.markup_head
                and not PAGE_PATH.search(s.plain)):
            if is_dateline(s.plain):
                continue  # (a post's date, as a blog platform stamps it in Latin script: the top's dateline)
            # (its record, nashr.convert.certainty, with set 28: 3 wrong of 27 on 9 sets, medium)
            doc.set(i, "fw", "fw: a line in Latin script above the first line of a Persian text (a site's banner)",
                    cert="medium")
