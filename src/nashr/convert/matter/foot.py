"""The furniture at the foot of a page: the site's footer lines (:func:`page_foot`), the furniture right
above them (:func:`foot_above`), a letterless foot (:func:`letterless_foot`) and a span of furniture
between two parts of a text (:func:`foot_between`). TEI P5 11.6 (``fw``).
"""

from __future__ import annotations

import re
import unicodedata

from nashr.convert.conventions import HAS_LETTER
from nashr.convert.document import (
    DEFAULT_RULE,
    Document,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.patterns import (
    LETTERLESS_RULE,
    LONG_TITLE_MAX_WORDS,
    PAGE_HEAD_MAX_WORDS,
    SECTION_NUMBER_ALONE,
)
from nashr.convert.matter.people import person_name
from nashr.convert.scripts import ARABIC_LETTER

# The foot of a blog's or site's page under its text, as a copy keeps it: the comment form (WordPress's
# Persian strings «دیدگاهتان را بنویسید», «نشانی ایمیل شما منتشر نخواهد شد» or «آدرس …», «لغو پاسخ»; other
# platforms' «دیدگاه خود را ثبت کنید», «نظر بدهید», «نظرات نوشته شده»), the list of related posts
# under its label («نوشته‌های مرتبط», «مطالب مشابه», «اشعار مرتبط», «پست‌های پیشنهادی»), the follow
# links («ما را در … دنبال کنید») and an aggregator's «Source link». Seen on WordPress sites, Blogfa,
# Niloblog and poetry sites of the collection (sets 8 and 9) and the platforms' own strings.
FOOT_WORDS = LazyPattern(
    r"(?:لطفا\S*\s+)?(?:دیدگاه|نظر)(?:تان|\s?خود(?:تان)?)?\s+را\s+(?:بنویسید|ثبت\s?کنید|ارسال\s?کنید)"
    # «نظر خودتان را ارسال کنید» (asemooni.com, set 29); the comment form's call in WordPress's Persian
    # («پاسخی بگذارید», "Leave a Reply": mehdiganjavi.com, set 31) and in the platforms' English strings
    # kept by Persian blogs and sites that never translated them (Blogger's «Post a Comment»:
    # foroughs.blogspot.com, set 29, sokhandel.blogspot.com, set 27; WordPress's «Leave a Reply»).
    r"|پاسخی\s+بگذارید|^Post\s+a\s+Comment$|^Leave\s+a\s+Reply$"
    # WordPress's comment form in its Persian translations («نشانی/آدرس ایمیل شما منتشر نخواهد شد»: mohandesina,
    # zibashahr) and its related posts' heading («شاید دوست داشته باشید», «ممکن است شما دوست داشته باشید»:
    # abolghasemkarimi, zibashahr).
    r"|(?:نشانی|آدرس)\s+ایمیل\s+شما\s+منتشر\s+نخواهد\s+شد|لغو\s+پاسخ"
    r"|(?:شاید|ممکن\s+است)(?:\s+شما)?\s+دوست\s+داشته\s+باشید"
    # Blogger's «No comments:» in Persian; the prompts to share and to rate a post, as a sentence
    # («این مطلب را با دوستانتان به اشتراک بگذارید», «به این پست امتیاز بدهید»).
    r"|هیچ\s+(?:نظری|دیدگاهی)(?:\s+موجود)?\s+نیست"
    r"|(?:این\s+(?:مطلب|خبر|پست|نوشته|شعر)\s+را\s+)?(?:با\s+دوستان(?:تان|\s?خود)\s+)?به\s+اشتراک\s+بگذارید"
    r"|(?:به\s+این\s+(?:مطلب|خبر|پست|نوشته|شعر)\s+)?امتیاز\s+(?:بدهید|دهید)"
    r"|(?:نظر|دیدگاه)\s+(?:بدهید|بگذارید|دهید)|نظرات\s+نوشته\s+شده"
    r"|(?:نوشته|مطلب|مطالب|اخبار|خبرهای|اشعار|شعرهای|پست|مقاله|مقالات)[\s\u200c]?(?:ها|های)?\s*(?:مرتبط|مشابه|پیشنهادی)"
    r"|^ما\s+را\s+در\s.{1,40}\sدنبال\s+(?:کنید|می[\s\u200c]?کنید)|^Source\s+link$", re.IGNORECASE)
FOOT_LINE_MAX_WORDS = 12  # a related post's title, a tag, a widget: short lines
FOOT_RULE = "fw: the page's foot under the text (a comment form, related posts, footer links) to the end"
FOOT_LATIN_MIN_LINES = 2  # the page's last lines in Latin script alone (image links, size switches: «XS», «SM»)
# Persian in Tajik's Cyrillic alphabet (a Tajik site's poem: «Чун бурун рафтанд сӯйи он дарахт,»): the
# text's script, not a footer's; Cyrillic and its supplement (Tajik «ҷ», «ҳ», «қ», «ғ», «ӯ», «ӣ»).
CYRILLIC_LETTER = re.compile(r"[\u0400-\u052f]")


def page_foot(doc: Document) -> None:
    """The page's foot under the text (``fw``): in the run of short lines (FOOT_LINE_MAX_WORDS)
    that ends the page, the lines from the first one that is the page's foot by its words
    (:data:`FOOT_WORDS`; not a widget, :data:`~nashr.convert.matter.page.WIDGET`: «ادامه مطلب» stands inside a post) to
    the end, or the last FOOT_LATIN_MIN_LINES or more lines when all are in Latin script alone (a
    Persian page's footer links, the mirror of :func:`~nashr.convert.matter.site._latin_banner`). Lines above the first
    such line stay (a signature, the poet's name); the run stops at the page's text (a longer line, a
    bayt: two lines of verse one under the other) so a poem's lines are never taken. Elsewhere (a
    post's readers' comments under the foot), a short line opening with the foot's words is the
    foot's on its own. Decided once verse is found. ``medium`` since round 32, when the foot no
    longer took a Tajik page's poem in Cyrillic: wrong on 5 of its 49 lines (29 of 73 before)."""
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    run: list[int] = []
    for k in range(len(content) - 1, 0, -1):
        i = content[k]
        if (doc.role(i) not in {"p", "fw", "l"} or doc.s(i).words > FOOT_LINE_MAX_WORDS
                or (doc.role(i) == "l" and doc.role(content[k - 1]) == "l")):
            break
        run.append(i)
    run.reverse()
    latin = 0
    while latin < len(run) and not _persian_script(doc.s(run[-1 - latin]).plain):
        latin += 1
    first = next((k for k, i in enumerate(run) if FOOT_WORDS.search(doc.s(i).plain)),
                 len(run) - latin if latin >= FOOT_LATIN_MIN_LINES else None)
    for i in run[first:] if first is not None else ():
        if doc.role(i) != "fw":
            doc.set(i, "fw", FOOT_RULE, cert="medium", hemistich=None, split=None, group_start=False, number=None)
    for i in content:
        s = doc.s(i)
        if doc.role(i) == "p" and s.words <= FOOT_LINE_MAX_WORDS and FOOT_WORDS.match(s.plain):
            doc.set(i, "fw", "fw: a line of a page's foot by its words (a comment form, related posts, follow links)",
                    cert="medium")


def _persian_script(text: str) -> bool:
    """Whether ``text`` has a letter of a script Persian is written in: Arabic, or Tajik's Cyrillic."""
    return bool(ARABIC_LETTER.search(text) or CYRILLIC_LETTER.search(text))


FOOT_ABOVE_RULE = "fw: a short line right above the page's foot that no rule gave a role (the site's name, a link)"


def foot_above(doc: Document) -> None:
    """The short lines right above the page's foot (:func:`page_foot`) that no rule gave a role
    (a paragraph by default: not a signature, a date, a note or verse, which the rules after
    :func:`page_foot` find) are the foot's too: the site's name, a link to another post, an app
    store's prompt, an image's address (``fw``, ``medium``); a sentence ending in punctuation is
    the text's. Seen on the pages of three publishers of sets 8 and 9. Decided once
    every other rule has read the text."""
    first = next((i for i, line in enumerate(doc.out) if line.rule == FOOT_RULE), None)
    if first is None:
        return
    for i in reversed([i for i in doc.flow if i < first]):
        s = doc.s(i)
        address = not ARABIC_LETTER.search(s.plain) and len(s.plain.split()) == 1  # (its words: the URL's parts)
        if doc.out[i].rule != DEFAULT_RULE or not (address or (s.words <= FOOT_LINE_MAX_WORDS and s.end != "terminal")):
            break  # (a sentence of the text)
        if person_name(s.plain):
            break  # (the poet's or writer's name under the text: zibashahr.com's «نیما یوشیج» over its related posts)
        doc.set(i, "fw", FOOT_ABOVE_RULE, cert="medium")


def _counted_or_pictured(text: str) -> bool:
    """``text`` holds a digit or a pictograph (an emoji, a currency sign: Unicode's So, Sc), not only
    punctuation (a row of stars or dots, an omission «[…]»: the text's own marks)."""
    return any(ch.isdigit() or unicodedata.category(ch) in {"So", "Sc"} for ch in text)


def letterless_foot(doc: Document) -> None:
    """The page's foot under the text, opened by a line without a letter that no rule gave a role
    (an emoji, a count of comments or views, a code: :func:`_counted_or_pictured`; a number alone only
    as the last line: over other lines it numbers what follows): that line
    and the lines under it are ``fw`` when each of these is short (PAGE_HEAD_MAX_WORDS words)
    without final punctuation and none is verse — a channel's hashtags and the book's and piece's
    labels, a blog's counter. The same evidence as the top's line without a letter
    (:func:`~nashr.convert.matter.top.top_matter`), at the other end of the text. Decided once every other rule has read
    it."""
    tail: list[int] = []
    for i in reversed(doc.flow):
        s = doc.s(i)
        if doc.out[i].rule == DEFAULT_RULE and not HAS_LETTER.search(s.plain) and _counted_or_pictured(s.plain) \
                and (not tail or not SECTION_NUMBER_ALONE.match(s.plain)):
            for j in [i, *tail]:
                # (with the top's: 1 wrong of 26 left out, round 41; 16 of 17 once set 38 joined, round 42, ``low``)
                doc.set(j, "fw", LETTERLESS_RULE, cert="low")
            return
        if s.words > PAGE_HEAD_MAX_WORDS or s.end != "none" or doc.role(i) == "l":
            return
        tail.append(i)


FOOT_SPAN_MIN_FURNITURE = 2


def _foot_span_role(doc: Document, i: int) -> bool:
    """What the rules make of an odd line of a page's foot: a paragraph by default (not one a
    Markdown document's markup made), a heading or a subtitle."""
    return doc.role(i) in {"head", "subtitle"} or (doc.role(i) == "p" and doc.out[i].rule.startswith(DEFAULT_RULE))


def foot_between(doc: Document) -> None:
    """A web page's foot is furniture from its first furniture line down: the run of lines that
    ends the page, made of furniture (``fw``: a comment form's prompt, a share link, a rights
    line) and of lines no sentence of the text ends (short, at most FOOT_LINE_MAX_WORDS words, or
    without final punctuation) that the rules took for a paragraph or a heading — opening with a
    furniture line and holding at least FOOT_SPAN_MIN_FURNITURE of them — is the foot: its other
    lines too (a form's field labels «نام :», the site's motto, the footer's year) are ``fw``
    (``medium``), under a line of the text that is none of these (a page of only such lines has no
    foot; a line of more than LONG_TITLE_MAX_WORDS words is the text's). Decided once every other
    rule has read the text.

    Measured on the collection: 5 lines right more on 2 publishers (KHAMENEI.IR's page, its
    comment form and footer; hastaanonline.ir's, its motto between the share links and the rights
    line), none wrong more."""
    run: list[int] = []
    content = [i for i, shape in enumerate(doc.shapes) if shape is not None]
    for i in reversed(content):
        s = doc.s(i)
        if doc.role(i) == "fw" or (_foot_span_role(doc, i) and (s.words <= FOOT_LINE_MAX_WORDS or (
                s.end != "terminal" and s.words <= LONG_TITLE_MAX_WORDS))):
            run.append(i)
        else:
            break
    else:
        return  # (the whole page: no text above the foot)
    while run and doc.role(run[-1]) != "fw":
        run.pop()
    if sum(1 for i in run if doc.role(i) == "fw") >= FOOT_SPAN_MIN_FURNITURE:
        for i in run:
            if doc.role(i) != "fw":
                doc.set(i, "fw", "fw: a line of the page's foot, which opens with furniture and holds no sentence of "
                        "the text (a form's field, the site's motto, the footer's year)", cert="low")
