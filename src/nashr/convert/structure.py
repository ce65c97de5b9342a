"""Classify the lines of a plain-text source into the roles a TEI editor would encode.

First the document's conventions are learnt (:mod:`nashr.convert.conventions`: blank-line
paragraphs, hard wrapping, speaker labels, verse separators, PDF traces); then every non-blank
line gets one role, the name of the rule that chose it and, where the evidence is thin, a
certainty (``medium`` or ``low``), so ``nashr convert --explain`` can show an editor why. Rules
look at the line, its neighbours, its position and the conventions; none names a word that only
one text uses. The roles, and the TEI each becomes (TEI P5 Guidelines ch. 4 "Default Text
Structure", 3.13 "Verse", 4.2 "Elements common to all divisions", 6, 7):

=============  ===========================================================
role           TEI
=============  ===========================================================
masthead       ``fw type="masthead"`` (periodical title and issue)
fw             ``fw`` (running head, page number left by a print layout)
title          ``head type="main"`` (a title over several lines: each line)
subtitle       ``head type="sub"`` (tagline, approval note, kicker above the title)
byline         ``byline``
dateline       ``dateline`` (at the top, or in the ``closer`` at the end)
addressee      ``opener/address/addrLine`` (a letter's addressee)
salute         ``opener/salute`` at the top, ``closer/salute`` at the end
head           ``head`` opening a ``div``
p              ``p``
p+             ``lb`` and the line, inside the ``p`` of the line before (hard wrapping)
item           ``item`` of a ``list`` (``@n`` = the number)
item+          ``lb`` and the line, inside the ``item`` before
continuation   a further ``p`` inside the previous ``item``
l              ``l`` in an ``lg``: a bayt (hemistichs as ``seg``) or one hemistich
speaker        ``sp`` with ``speaker`` and the rest of the line as ``p``
quote          ``quote`` (a block quotation on its own line)
note           ``note`` (a footnote or endnote line)
closer         ``closer`` (slogans such as «زنده باد …»)
signed         ``closer/signed``
postscript     ``postscript`` (a copy list «رونوشت به: …», a P.S.)
trailer        ``trailer`` (a lone «*», «پایان»)
=============  ===========================================================

All passes are linear in the number of lines and in the length of each line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from nashr.convert.conventions import (
    DIGIT,
    Conventions,
    Label,
    Shape,
    follows,
    learn,
    shape,
    words,
)
from nashr.convert.reading import plain

MASTHEAD = re.compile(rf"^\s*(?P<title>[^\d\s][^\d]{{1,40}}?)\s+(?P<issue>{DIGIT}{{1,5}})\s*$")
MASTHEAD_MAX_TITLE_WORDS = 4
# What a periodical's masthead says: its year and issue, price and subscription, periodicity,
# editor, address for letters.
MASTHEAD_MARK = re.compile(
    rf"(^|[(﴿\s])(سال|شماره|نمره)\s+({DIGIT}+|\S+م)\b|قیمت|اشتراک|آبونه|مدیر مسئول|صاحب امتیاز|سردبیر"
    r"|عنوان مراسلات|هفتگی|روزانه|هفته‌نامه|ماهنامه|دوهفته‌نامه")
MASTHEAD_BLOCK_MAX_LINES = 30
TITLE_MAX_WORDS = 20
# A title's second and third lines, written directly under the first.
TITLE_MAX_LINES = 3
TITLE_LINE_MAX_WORDS = 10
SUBTITLE_MAX_WORDS = 12
SITE_LABEL_MAX_WORDS = 4
# A tagline or slogan (ending in «!») directly under the title may be long.
TAGLINE_MAX_WORDS = 40
# An invocation opening a text («بسم الله الرحمن الرحیم», «به نام خدا»): a paragraph of its own.
INVOCATION = re.compile(r"^(بسم|بسمه|باسمه|به نام|بنام)\s")
INVOCATION_MAX_WORDS = 8
# A caption left by a web page under a news title: short, and naming what the title or the
# first paragraph names (at least this many of the same content words).
CAPTION_MAX_WORDS = 20
CAPTION_SHARED_WORDS = 2
FUNCTION_WORDS = frozenset("و در به از که با را این آن برای یک تا بر هم نیز یا اما ای است بود شد کرد می".split())
SUBTITLE_OPENERS = ("مصوب", "تصویب شده", "مصوبه", "قطعنامه مصوب")
# The organisation a statement or news item comes from, on its own line above the title.
KICKER = re.compile(r"^(حزب|سازمان|کمیته|انجمن|اتحادیه|شورای|شورا|کانون|جبهه|جمعیت|هیئت|هیات|دفتر|"
                    r"وزارت|ستاد|مجمع|نهاد|بنیاد|خبرگزاری|روابط عمومی|دبیرخانه)\s")
KICKER_MAX_WORDS = 8
BYLINE = re.compile(
    r"^(نوشته|به قلم|از:|نویسنده|گزارشگر|خبرنگار|گزارش:|گزارش از|ترجمه|مترجم|برگردان|تنظیم|گفت‌وگو:|گفتگو:)"
    r"|^(گروه|سرویس|دبیرخانه)\s+\S+(\s\S+){0,2}\s*[-–—:]\s*$"
)
BYLINE_MAX_WORDS = 12
SLOGAN_OPENERS = ("زنده باد", "مرگ بر", "پیروز باد", "سرنگون باد", "درود بر", "نابود باد", "گرامی باد")
CLOSER_MAX_WORDS = 10
SALUTE_TOP = re.compile(
    r"^\s*((?:با |ضمن )?(?:عرض )?(?:سلام|درود)(?:\s(?:و|با)\s(?:سلام|درود|احترام|تحیات|عرض ادب))*(?: علیکم)?|"
    r"(?:\S+\s){0,5}\S*(?:عزیز|گرامی|ارجمند|محترم)(?:ان|م)?)\s*[،,:!.]?\s*$"
    # Vocatives addressing the readers: «هم‌میهنان، کارگران و زحمتکشان ایران», «دوستان!».
    r"|^\s*(?:هم‌?میهنان|هموطنان|رفقا|رفقای)(?:[\s،,]+\S+){0,6}\s*[،,:!]?\s*$"
    r"|^\s*(?:دوستان|یاران|خواهران|برادران|کارگران|مردم)(?:[\s،,]+\S+){0,6}\s*[،,:!]\s*$"
)
ADDRESSEE = re.compile(
    r"^(به\s*:|به\s+(?:جناب|سرکار|حضور|ریاست|دفتر|مدیر|دبیر|اعضای|کلیه)|خطاب به|گیرنده\s*:|جناب|سرکار|حضور|"
    r"خدمت|ریاست|رئیس محترم|مدیر محترم|مدیرکل محترم|دبیر محترم)"
)
ADDRESSEE_MAX_WORDS = 14
SALUTE_BOTTOM = re.compile(
    r"^\s*(با (?:سلام|درود|احترام|سپاس|تشکر|تقدیم|آرزوی|امید)|ارادتمند|قربان|والسلام|سپاسگزار|"
    r"با سپاس|با تشکر|پیروز باشید|موفق باشید|دوستدار|به امید)"
)
SIGNED_MAX_WORDS = 8
SIGNATURE_MARK = re.compile(r"^[(\[]?\s*(محل\s+)?امضا[ءء]?\s*[)\]]?[.:]?$")
POSTSCRIPT = re.compile(
    r"^(رونوشت|رو نوشت|پی‌نوشت\s*:|پی نوشت\s*:|پ\.\s?ن|پ\s?ن\s*:|پس‌نوشت|تذکر\s*:|پیوست\s*:)")
POSTSCRIPT_MAX_LINES = 12
END_MARKS = "پایان|ادامه دارد|بقیه دارد|دنباله دارد|تمام|انتهای پیام|پایان خبر|پایان پیام"
TRAILER = re.compile(rf"^\s*([*]\s*)+$|^\s*-\s*[*]\s*-\s*$|^\s*[-–—(]?\s*({END_MARKS})\s*[-–—)]?[.!]?\s*$")
# Where the text was first published, at its end: «به نقل از «نامه مردم»، شماره …», «منبع: …».
SOURCE_NOTE = re.compile(r"^[(\[]?\s*(به نقل از|نقل از|منبع\s*:|منابع\s*:|برگرفته از|برگرفته شده از|مأخذ\s*:|ماخذ\s*:)")
SOURCE_NOTE_MAX_WORDS = 25
TRAILING_STAR = re.compile(r"\s[*]\s*$")
# Colon-final headings are short noun phrases: the longest in the seeds has 6 words
# («فعالیت حزب در سطح بین المللی:»); sentences that introduce what follows are longer or contain
# the object marker «را» («چند نکته دیگر را هم لازم است اشاره کنم:»).
HEAD_COLON_MAX_WORDS = 7
# Headings without a colon: up to this many words, between paragraphs, before prose. Up to
# HEAD_SURE_WORDS the evidence is good; longer ones get cert="medium".
HEAD_MAX_WORDS = 12
HEAD_SURE_WORDS = 5
# A following paragraph must be clearly prose: at least this many words.
PROSE_MIN_WORDS = 12
# Structure words that head a section with their number: «فصل دوم», «ماده ۱۲», «بخش ۳».
SECTION_WORD = re.compile(r"^(فصل|بخش|باب|ماده|مبحث|گفتار|قسمت|کتاب|دفتر|مقاله|پیوست|ضمیمه)\s+\S+")
SECTION_MAX_WORDS = 8
# The names of the usual parts of a text, standing alone: headings wherever they stand.
PART_NAME = re.compile(r"^(مقدمه|پیشگفتار|پیش‌گفتار|دیباچه|سرآغاز|درآمد|خلاصه|چکیده|نتیجه‌گیری|نتیجه گیری|نتیجه"
                       r"|جمع‌بندی|جمع بندی|سخن آخر|منابع|کتابنامه|پانویس‌ها|پی‌نوشت‌ها|یادداشت‌ها|پیوست‌ها)\s*:?$")
# A page number or page furniture: «۱۲», «- ۱۲ -», «صفحه ۱۲», «۱۲ از ۳۰».
PAGE_NUMBER = re.compile(
    rf"^[-–—(\[]?\s*(?P<word>صفحه|ص|[Pp]age)?\s*{DIGIT}{{1,4}}\s*((از|/|of)\s*{DIGIT}{{1,4}})?\s*[-–—)\]]?$")
# A web page's record of the item: «کد خبر: ۱۲۳۴», «شناسه خبر: …».
PAGE_RECORD = re.compile(r"^(کد|شناسه|شماره)\s*(خبر|مطلب|گزارش)\s*[:：]")
COPYRIGHT = re.compile(r"©|\(c\) \d{4}|copyright", re.IGNORECASE)
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
RUNNING_HEAD_MIN_REPEATS = 3
RUNNING_HEAD_MAX_WORDS = 12
# Footnote lines: «[۱] …», and the marker «[۱]» somewhere before in the text.
NOTE_LINE = re.compile(rf"^\s*[\[(](?P<num>{DIGIT}{{1,3}})[\])]\s*\S|^\s*(?P<star>\*{{1,3}})\s*\S")
# Markdown link reference definitions (CommonMark 0.31 §4.7): «[label]: URL».
LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+$")
NOTE_MARK = re.compile(rf"\[{DIGIT}{{1,3}}\]|\S\*{{1,3}}(?=\s|$)")
# Verse written one hemistich per line: short lines whose line-ends rhyme.
HEMISTICH_LINE_MAX_WORDS = 14
HEMISTICH_LINE_MAX_CHARS = 55
RHYME_MIN_SHARE = 0.5
# A radif (the words repeated after the rhyme) is at most this many words.
RADIF_MAX_WORDS = 4
# Second hemistichs sharing one rhyme letter: at least this share of them, and this much more
# often than the first hemistichs do.
CHAIN_MIN_SHARE = 0.7
CHAIN_MARGIN = 0.25
CHAIN_MIN_LINES = 3
# Second hemistichs sharing two or more rhyme letters (or a radif): this share of them suffices.
CHAIN2_MIN_SHARE = 0.6
QUOTE_MIN_INDENT = 2
# Telling an Arabic line from a Persian one (TEXT_ROLES neighbours are Persian prose).
PERSIAN_LETTER = re.compile("[پچژگ]")
PERSIAN_WORDS = frozenset("است را که می این آن از با در برای تا هم یک شد بود کرد ها های نیز چون اگر".split())
ARABIC_WORDS = frozenset("من الی إلی علی فی عن إن ان لا ما قد لم لن هو هم ذلک هذا هذه التی الذی یا کل".split())
ARABIC_MIN_WORDS = 4
ARABIC_MAX_WORDS = 30

MONTHS = (
    # Solar Hijri (Jalali)
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر", "آبان",
    "آذر", "دی", "بهمن", "اسفند",
    # Gregorian, as written in Persian
    "ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "مه", "می", "ژوئن", "ژوئیه", "جولای", "اوت",
    "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
    # Hijri-Qamari
    "محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان",
    "رمضان", "شوال", "ذیقعده", "ذی‌القعده", "ذیحجه", "ذی‌الحجه",
)
DATE_FILLER = {"و", "تا", "ماه", "سال", "روز", "مورخ", "مورخه", "تاریخ", "شنبه", "یکشنبه",
               "دوشنبه", "سه‌شنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "هجری",
               "شمسی", "قمری", "میلادی", "برابر", "با", "ساعت", "خورشیدی", "ه", "ش", "ق", "م",
               "بروزرسانی", "به‌روزرسانی", "انتشار", "منتشر", "شده", "در", "مطابق", "مسیحی", "هجری‌قمری",
               "هجری‌شمسی"}
# Numbers written as words, cardinal or ordinal («پانزدهم», «بیست و یکم»), as a day of a date.
NUMBER_WORD = re.compile(
    r"(یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|هیجده|نوزده"
    r"|بیست|سی|اول|سوم|یکم)(م|ام|مین|ُم)?")
DATELINE_MAX_CHARS = 80
DATELINE_MAX_OTHER_WORDS = 2  # a place: «تهران، ۵ آبان ۱۳۸۶»


@dataclass(frozen=True, slots=True)
class Line:
    """One source line and its role.

    Attributes:
        n: 1-based line number in the source.
        text: the line as in the source (without its line break).
        role: one of the roles in the module docstring, or ``blank``.
        rule: the name of the rule that chose the role (shown by ``--explain``).
        cert: ``medium`` or ``low`` where the evidence for the role is thin; None when it is good.
        number: for ``item``: the item's number (1-based; letter numbering counts from 1).
        list_start: for ``item``: True when this item opens a new list.
        trailer_at: for a ``p`` ending in « *»: offset where the trailer «*» begins.
        copy_of: line number of an earlier line with exactly the same text (a duplicate).
        split: for ``l``: ``(start, end)`` of the whitespace between the two hemistichs; for
            ``speaker``: ``(end, end)`` with ``end`` the offset just after the label's colon.
            Offsets into ``text``.
        hemistich: for ``l`` written one hemistich per line: 1 or 2, its place in the bayt.
        group_start: for ``l``: this line opens a new poem (``lg``).
        epigraph: for ``p``: an invocation standing in the top matter (``epigraph``).
    """

    n: int
    text: str
    role: str
    rule: str
    cert: str | None = None
    number: int | None = None
    list_start: bool = False
    trailer_at: int | None = None
    copy_of: int | None = None
    split: tuple[int, int] | None = None
    hemistich: int | None = None
    group_start: bool = False
    epigraph: bool = False


def is_dateline(text: str) -> bool:
    """True for a short line that is a date and little else («١٤ و ١٥ آذر ١٣٨٨ (٥ و ٦ دسامبر ٢٠٠٩)»).

    A dateline has a month name or a numeric date (``1386/8/5``), digits, and at most
    ``DATELINE_MAX_OTHER_WORDS`` other words (a place name).
    """
    if len(text) > 2 * DATELINE_MAX_CHARS:
        return False
    bare = plain(text).strip()
    if len(bare) > DATELINE_MAX_CHARS or not re.search(DIGIT, bare):
        return False
    tokens = words(bare)
    months = [t for t in tokens if _month(t)]
    numeric = re.search(rf"{DIGIT}{{1,4}}\s*[/.-]\s*{DIGIT}{{1,2}}\s*[/.-]\s*{DIGIT}{{1,4}}", bare)
    if not (months or numeric):
        return False
    other = [t for t in tokens if not _month(t) and t not in DATE_FILLER and not re.fullmatch(f"{DIGIT}+", t)
             and not NUMBER_WORD.fullmatch(t)]
    return len(other) <= DATELINE_MAX_OTHER_WORDS


def _month(token: str) -> bool:
    """A month name, also with its epithet («صفرالمظفر», «رمضان‌المبارک»)."""
    if token in MONTHS:
        return True
    m = re.match(r"(?P<month>[^\u200cا]+?)\u200c?(?=ال)", token)
    return m is not None and m["month"] in MONTHS


class _Doc:
    """The lines being classified, their shapes and the document's conventions."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.shapes: list[Shape | None] = [shape(t) if t.strip() else None for t in texts]
        self.conv = Conventions()
        self.out = [
            Line(i + 1, t, "p", "default: paragraph") if s is not None else Line(i + 1, t, "blank", "blank line")
            for i, (t, s) in enumerate(zip(texts, self.shapes, strict=True))
        ]
        self.flow: list[int] = []  # content lines that are not page furniture, in order
        self.pos: dict[int, int] = {}  # line index → position in flow

    def s(self, i: int) -> Shape:
        shape_ = self.shapes[i]
        assert shape_ is not None
        return shape_

    def set(self, i: int, role: str, rule: str, cert: str | None = None, **extra: object) -> None:
        self.out[i] = replace(self.out[i], role=role, rule=rule, cert=cert, **extra)  # type: ignore[arg-type]

    def role(self, i: int) -> str:
        return self.out[i].role

    def set_flow(self) -> None:
        self.flow = [i for i, line in enumerate(self.out) if line.role not in {"blank", "fw"}]
        self.pos = {i: k for k, i in enumerate(self.flow)}

    def next(self, i: int) -> int | None:
        k = self.pos[i] + 1
        return self.flow[k] if k < len(self.flow) else None

    def prev(self, i: int) -> int | None:
        k = self.pos[i] - 1
        return self.flow[k] if k >= 0 else None

    def blank_before(self, i: int) -> bool:
        """A blank line (or the start of the text) comes right before line ``i`` — in a text
        with a blank line after every line, only the start counts."""
        return i == 0 or (self.shapes[i - 1] is None and not self.conv.spaced)

    def adjacent(self, a: int, b: int) -> bool:
        """Line ``b`` comes right after line ``a`` (one blank line between in a spaced text)."""
        return b == a + 1 or (self.conv.spaced and b == a + 2)

    def blank_after(self, i: int) -> bool:
        return i + 1 >= len(self.shapes) or self.shapes[i + 1] is None


    def learn(self) -> None:
        """Learn the conventions from the lines, the verse found so far set aside; in a text in
        visual order, measure the lines again with their punctuation put back."""
        verse = {i for i, line in enumerate(self.out) if line.role == "l"}
        self.conv = learn(self.texts, self.shapes, verse)
        if self.conv.visual:
            self.shapes = [shape(t, visual=True) if s is not None else None for t, s in zip(
                self.texts, self.shapes, strict=True)]
            self.conv = learn(self.texts, self.shapes, verse)


@dataclass(frozen=True, slots=True)
class Structure:
    """A classified source: one :class:`Line` per source line, and the document's conventions."""

    lines: list[Line]
    conventions: Conventions


def _prepare(texts: Sequence[str]) -> _Doc:
    doc = _Doc(texts)
    _page_furniture(doc)
    doc.set_flow()
    _verse_lines(doc, doc.flow)
    _hemistich_pairs(doc, doc.flow)
    doc.learn()
    return doc


def classify(lines: Sequence[str]) -> list[Line]:
    """Give every line a role and the rule that chose it (:func:`analyse` without the conventions)."""
    return analyse(lines).lines


def analyse(lines: Sequence[str]) -> Structure:
    """Learn the document's conventions, then give every line a role and the rule that chose it.

    Args:
        lines: the source's lines without line breaks (``Source.lines``); line ``n`` is
            ``lines[n - 1]``.

    Returns:
        One :class:`Line` per input line, in order, and the conventions learnt.
    """
    doc = _prepare(lines)
    if not doc.flow:
        return Structure(doc.out, doc.conv)
    top_end = _top(doc)
    bottom_start = _bottom(doc, top_end)
    body = [i for i in doc.flow[top_end:] if i < bottom_start]
    _speakers(doc, body)
    _lists(doc, body)
    _bullets(doc, body)
    _heads(doc, body)
    _trailers(doc, body)
    _notes(doc, body)
    _wrapped(doc, body)
    _quotes(doc, body)
    _mark_duplicates(doc.out)
    return Structure(doc.out, doc.conv)


# ---------------------------------------------------------------------------------------------
# Page furniture (PDF and print layouts)


def _page_furniture(doc: _Doc) -> None:
    """Page numbers and running heads: lone numbers in a sequence, short lines repeated on
    every page."""
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    numbers = [(i, m) for i in content if (m := PAGE_NUMBER.match(doc.s(i).plain))]
    for i, m in numbers:
        if m["word"] or len(numbers) >= 2:
            doc.set(i, "fw", "fw: a line of only a page number («صفحه ۱», or one of several lone numbers)",
                    cert=None if m["word"] else "medium")
    for i in content:
        s = doc.s(i)
        if PAGE_RECORD.match(s.plain) and s.words <= RUNNING_HEAD_MAX_WORDS:
            doc.set(i, "fw", "fw: a web page's record of the item («کد خبر: …»)")
        elif COPYRIGHT.search(s.plain) and not ARABIC_LETTER.search(s.plain):
            doc.set(i, "fw", "fw: a copyright line in Latin script (a page footer)", cert="medium")
    for i, _ in numbers:
        j = i + 1 if i + 1 < len(doc.shapes) and doc.shapes[i + 1] is not None else i - 1
        if (doc.role(i) == "fw" and 0 <= j and doc.shapes[j] is not None and doc.role(j) == "p"
                and doc.s(j).words <= SITE_LABEL_MAX_WORDS and doc.s(j).end == "none"):
            doc.set(j, "fw", "fw: a short line beside a page number (a running head)", cert="low")
    if len(content) < 3 * RUNNING_HEAD_MIN_REPEATS:
        return
    short = {i: re.sub(rf"{DIGIT}+", "#", doc.s(i).plain) for i in content
             if 0 < doc.s(i).words <= RUNNING_HEAD_MAX_WORDS and doc.s(i).caesura is None}
    keys = Counter(short.values())
    for i, key in short.items():
        if keys[key] >= RUNNING_HEAD_MIN_REPEATS:
            doc.set(i, "fw", f"fw: a short line repeated {keys[key]} times (a running head)")


# ---------------------------------------------------------------------------------------------
# The top of the text: masthead, kicker, title, subtitles, byline, dateline, addressee, salute


def _is_salute(s: Shape) -> bool:
    return SALUTE_TOP.match(s.plain) is not None and s.words <= SIGNED_MAX_WORDS and not _is_addressee(s)


def _is_addressee(s: Shape) -> bool:
    return ADDRESSEE.match(s.plain) is not None and s.words <= ADDRESSEE_MAX_WORDS and s.end != "terminal"


def _title_like(doc: _Doc, i: int, max_words: int = TITLE_MAX_WORDS) -> bool:
    s = doc.s(i)
    return (
        0 < s.words <= max_words
        and (s.end == "none" or (s.end == "terminal" and s.plain.endswith(("؟", "?", "!")) and s.words <= 12))
        and (s.label is None or not s.label.strong)
        and not s.bullet
        and not is_dateline(doc.out[i].text)
        and not SALUTE_TOP.match(s.plain)
        and not _is_addressee(s)
        and not s.strong_caesura
        and doc.role(i) == "p"
        and not (doc.conv.wrap and _full(doc, i) and doc.next(i) == i + 1)
    )


def _top(doc: _Doc) -> int:
    """Classify the top block; return the position in ``doc.flow`` of the first line after it.

    The top block is the run of short lines before the text starts: masthead, organisation
    lines (kickers), title lines, subtitles, datelines, bylines, a letter's addressee and
    salutation. Its first free line (none of these by its own pattern) is the title, as is the
    first free line after a kicker (press releases repeat their heading under the issuer's name).
    """
    flow = doc.flow
    k = _masthead_block(doc)
    m = MASTHEAD.match(doc.s(flow[0]).plain)
    if k == 0 and m and len(words(m["title"])) <= MASTHEAD_MAX_TITLE_WORDS and len(flow) > 1:
        doc.set(flow[0], "masthead", "masthead: a first line of at most 4 words and an issue number")
        k = 1
    # A periodical page under a masthead block holds articles, not one titled text; opened: a
    # letter's addressee or greeting came.
    titled, after_kicker, opened = k > 1, False, False
    title: set[str] = set()
    while k < len(flow) and doc.role(flow[k]) == "p" and (
            doc.s(flow[k]).speaker not in doc.conv.speakers or _title_like(doc, flow[k])):
        i = flow[k]
        s = doc.s(i)
        found = _top_other(doc, i)
        if found is not None:
            doc.set(i, *found)
            opened = opened or found[0] in {"salute", "addressee"}
        elif k == 0 and _site_label(doc, i):
            doc.set(i, "fw", "fw: a web page's section label or file name above the title", cert="low")
        elif INVOCATION.match(s.plain) and s.words <= INVOCATION_MAX_WORDS and s.end != "terminal":
            doc.set(i, "p", "p: an invocation at the top («بسم الله …»), before the text as an epigraph",
                    epigraph=True)
        elif (KICKER.match(s.plain) and s.words <= KICKER_MAX_WORDS and _title_like(doc, i)
              and k + 1 < len(flow)):
            doc.set(i, "subtitle", "subtitle: the issuing organisation on its own line near the top (kicker)",
                    cert="medium")
            after_kicker = True
        elif ((not titled or after_kicker) and k + 1 < len(flow) and _title_like(doc, i) and not _opens_body(doc, i)
              and not opened):
            doc.set(i, "title", f"title: first free line of the top (at most {TITLE_MAX_WORDS} words, "
                    "no final punctuation)")
            titled, after_kicker = True, False
            title |= _content_words(s.plain)
            k = _title_lines(doc, k + 1)
            continue
        elif titled and _caption(doc, i, title):
            doc.set(i, "note", "note: a caption under the title (short, naming what the title or the first "
                    "paragraph names)", cert="low")
        elif titled and any(doc.role(j) == "title" for j in flow[:k]) and (
                found := _subtitle(doc, k)) is not None:
            doc.set(i, *found)
        else:
            break
        k += 1
    return k


def _masthead_block(doc: _Doc) -> int:
    """A periodical's masthead over several lines (year and issue, price, address, motto) above the
    issue's date: when at least two of the lines before the first dateline near the top name such
    things, every line before that dateline is masthead. Returns the position in ``doc.flow``
    after the block (0 when there is none)."""
    flow = doc.flow[:MASTHEAD_BLOCK_MAX_LINES]
    date = next((k for k, i in enumerate(flow) if is_dateline(doc.out[i].text)), None)
    if date is None or sum(1 for i in flow[:date] if MASTHEAD_MARK.search(doc.s(i).plain)) < 2:
        return 0
    for i in flow[:date]:
        if doc.role(i) != "fw":
            doc.set(i, "masthead", "masthead: a line of the periodical's masthead (year, issue, price, address) "
                    "above the issue's date", cert="medium")
    return date


def _title_lines(doc: _Doc, k: int) -> int:
    """The second and third lines of a title written directly under its first."""
    flow = doc.flow
    lines = 1
    while (k + 1 < len(flow) and lines < TITLE_MAX_LINES and flow[k] == flow[k - 1] + 1
           and _title_like(doc, flow[k], TITLE_LINE_MAX_WORDS) and not _top_other(doc, flow[k])
           and not KICKER.match(doc.s(flow[k]).plain) and _title_continues(doc, flow[k])):
        doc.set(flow[k], "title", "title: a short line directly under the title, before the text starts",
                cert="medium")
        k += 1
        lines += 1
    return k


def _site_label(doc: _Doc, i: int) -> bool:
    """A first line that labels the web page rather than the text: a file or breadcrumb name
    (words joined by «_»), or a few words set apart above a title twice as long."""
    s = doc.s(i)
    if re.search(r"[^\W\d_]_[^\W\d_]", doc.out[i].text):
        return True
    nxt = doc.next(i)
    return (s.words <= SITE_LABEL_MAX_WORDS and s.end == "none" and doc.blank_after(i) and nxt is not None
            and _title_like(doc, nxt) and doc.s(nxt).words >= max(5, 2 * s.words))


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in FUNCTION_WORDS and not re.fullmatch(f"{DIGIT}+", w)}


def _caption(doc: _Doc, i: int, title: set[str]) -> bool:
    """A photo caption under a title: a short line without final punctuation, before the first
    paragraph (or repeated right below itself), sharing content words with the title or with
    that paragraph."""
    s = doc.s(i)
    nxt = doc.next(i)
    if nxt is None or s.end == "terminal" or not 0 < s.words <= CAPTION_MAX_WORDS or s.label or s.markup_head:
        return False
    if doc.s(nxt).plain == s.plain:
        nxt = doc.next(nxt)
        if nxt is None:
            return False
    if doc.s(nxt).words < PROSE_MIN_WORDS:
        return False
    own = _content_words(s.plain)
    return len(own & title) >= CAPTION_SHARED_WORDS or len(own & _content_words(doc.s(nxt).plain)) >= len(own) > 1


def _opens_body(doc: _Doc, i: int) -> bool:
    """A first line that is a heading of the body rather than a title: a section word with a number."""
    return SECTION_WORD.match(doc.s(i).plain) is not None and doc.s(i).label is not None


def _title_continues(doc: _Doc, i: int) -> bool:
    """The line after a title line is more title when what follows it is not more short lines
    of the same block (a list of names, an address) but prose, a blank line or the top matter."""
    nxt = i + 1
    return nxt >= len(doc.shapes) or doc.shapes[nxt] is None or doc.s(nxt).words >= PROSE_MIN_WORDS or bool(
        _top_other(doc, nxt))


def _top_other(doc: _Doc, i: int) -> tuple[str, str] | tuple[str, str, str] | None:
    s = doc.s(i)
    text = doc.out[i].text
    if is_dateline(text):
        return "dateline", "dateline: a short line of a date (month name or d/m/y) near the top"
    if s.plain.startswith(SUBTITLE_OPENERS) and s.words <= SUBTITLE_MAX_WORDS * 2:
        return "subtitle", "subtitle: an approval note («مصوب …») under the title"
    if BYLINE.match(s.plain) and s.words <= BYLINE_MAX_WORDS:
        return "byline", "byline: «نوشته …», «به قلم …», a desk line «گروه … –» near the top"
    if _is_addressee(s):
        return "addressee", "addressee: «به: …», «جناب …», «… محترم» opening a letter"
    if _is_salute(s):
        return "salute", "salute: a greeting («… عزیز،», «با سلام») opening a letter"
    return None


def _subtitle(doc: _Doc, k: int) -> tuple[str, str, str] | None:
    if k == 0:
        return None
    i, before = doc.flow[k], doc.flow[k - 1]
    s = doc.s(i)
    tagline = doc.role(before) == "title"
    slogan = tagline and s.plain.endswith("!")
    limit = TAGLINE_MAX_WORDS if tagline else SUBTITLE_MAX_WORDS
    if (doc.role(before) in {"title", "dateline", "subtitle", "byline"}
            and 0 < s.words <= limit and not s.markup_head and (s.end == "none" or slogan)
            and (s.label is None or not s.label.strong) and not s.bullet and s.caesura is None
            and not INVOCATION.match(s.plain) and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain)
            and not (doc.conv.wrap and _full(doc, i))
            and doc.next(i) is not None):
        nxt = doc.next(i)
        assert nxt is not None
        if doc.s(nxt).words >= PROSE_MIN_WORDS or doc.blank_after(i) or _top_other(doc, nxt):
            return "subtitle", "subtitle: a short line without final punctuation under the title", "medium"
    if (doc.role(before) in {"addressee", "salute"} and doc.role(before) != "salute" and s.words <= SIGNED_MAX_WORDS
            and s.end in {"none", "comma"} and not doc.blank_before(i)):
        return "addressee", "addressee: a short line under the addressee line (a title or place)", "medium"
    return None


# ---------------------------------------------------------------------------------------------
# The end of the text: closing formula, signatures, datelines, copies, slogans, trailers


def _bottom(doc: _Doc, top_end: int) -> int:
    """Classify the closing block; return the line index where it starts."""
    tail = doc.flow[top_end:]
    if not tail:
        return len(doc.out)
    start = len(doc.out)
    end = len(tail)
    ps = next((k for k in range(max(0, len(tail) - POSTSCRIPT_MAX_LINES), len(tail))
               if POSTSCRIPT.match(doc.s(tail[k]).plain)), None)
    if ps is not None and ps > 0:
        for k in range(ps, len(tail)):
            if TRAILER.match(doc.s(tail[k]).plain):
                doc.set(tail[k], "trailer", "trailer: an end mark («*», «پایان») at the end")
            else:
                doc.set(tail[k], "postscript", "postscript: a copy list («رونوشت …») or P.S. and the lines after it")
        start, end = tail[ps], ps
    window = tail[max(0, end - (SIGNED_MAX_WORDS // 2 + 3)) : end]
    closing = next((i for i in reversed(window)
                    if SALUTE_BOTTOM.match(doc.s(i).plain) and doc.s(i).words <= SIGNED_MAX_WORDS), None)
    letter = any(doc.role(i) in {"salute", "addressee"} for i in doc.flow[:top_end])
    signed = 0
    for k in range(end - 1, 0, -1):  # the first line after the top stays text
        i = tail[k]
        s = doc.s(i)
        text = doc.out[i].text
        if TRAILER.match(s.plain):
            doc.set(i, "trailer", "trailer: an end mark («*», «پایان») at the end")
        elif SOURCE_NOTE.match(s.plain) and s.words <= SOURCE_NOTE_MAX_WORDS:
            doc.set(i, "note", "note: where the text was published («به نقل از …», «منبع: …») at the end")
        elif s.plain.startswith(SLOGAN_OPENERS) and s.words <= CLOSER_MAX_WORDS:
            doc.set(i, "closer", "closer: a slogan («زنده باد …») at the end")
        elif is_dateline(text):
            doc.set(i, "dateline", "dateline: a date line at the end")
        elif i == closing:
            doc.set(i, "salute", "salute: a closing formula («با درود …», «با تشکر») at the end")
        elif closing is not None and i > closing and s.words <= SIGNED_MAX_WORDS:
            doc.set(i, "signed", "signed: a short line after the closing formula")
        elif SIGNATURE_MARK.match(s.plain):
            doc.set(i, "signed", "signed: a signature mark («امضا»)")
        elif (closing is None and signed < 3 and k > 0 and _signature_like(doc, i, letter)):
            signed += 1
            doc.set(i, "signed", "signed: a short line without final punctuation after the last paragraph",
                    cert="medium")
        else:
            break
        start = i
    # A final paragraph ending in « *» carries the trailer on its own line.
    last_body = [i for i in tail if i < start]
    if last_body:
        i = last_body[-1]
        m = TRAILING_STAR.search(doc.out[i].text)
        if m and doc.out[i].text[: m.start()].strip() and doc.role(i) == "p":
            doc.out[i] = replace(doc.out[i], trailer_at=doc.out[i].text.index("*", m.start()))
    return start


def _signature_like(doc: _Doc, i: int, letter: bool) -> bool:
    """A signature without a closing formula: a short line with no final punctuation, after a
    paragraph that ends a sentence (or after another signature line), in a letter or followed
    by a date."""
    s = doc.s(i)
    if s.words == 0 or s.words > SIGNED_MAX_WORDS or s.end not in {"none", "comma"} or s.label or s.bullet:
        return False
    prev = doc.prev(i)
    if prev is None:
        return False
    ps = doc.s(prev)
    after_prose = ps.end == "terminal" and ps.words >= PROSE_MIN_WORDS // 2
    after_signed = doc.role(prev) == "p" and ps.words <= SIGNED_MAX_WORDS and ps.end in {"none", "comma"}
    nxt = doc.next(i)
    dated = nxt is not None and doc.role(nxt) in {"dateline", "signed"}
    if not (after_prose or after_signed):
        return False
    return letter or dated or (nxt is None and KICKER.match(s.plain) is not None)


# ---------------------------------------------------------------------------------------------
# The body


def _verse_lines(doc: _Doc, body: list[int]) -> None:
    """Bayts on one line, the hemistichs separated by a tab or spaces. Two spaces (a common slip
    in prose) count only between lines of such bayts that rhyme with each other."""
    last: int | None = None
    for pos, i in enumerate(body):
        s = doc.s(i)
        if s.caesura is None or (s.label and s.label.strong):
            continue
        if not s.strong_caesura and not any(
            doc.s(j).caesura is not None and _rhyme(s.plain, doc.s(j).plain)
            for j in body[max(0, pos - 1) : pos + 2] if j != i
        ):
            continue
        start = last is None or doc.prev(i) != last
        doc.set(i, "l", "l: two hemistichs separated by a tab or spaces", split=s.caesura, group_start=start,
                cert=None if s.strong_caesura else "medium")
        last = i


def _speakers(doc: _Doc, body: list[int]) -> None:
    if not doc.conv.speakers:
        return
    for i in body:
        s = doc.s(i)
        if doc.role(i) == "p" and s.speaker in doc.conv.speakers and s.speaker_end is not None:
            doc.set(i, "speaker", "speaker: a turn opening with a speaker label used through the text",
                    split=(s.speaker_end, s.speaker_end))


def _heading_like(s: Shape, max_words: int = HEAD_MAX_WORDS) -> bool:
    return 0 < s.words <= max_words and s.end in {"none", "colon"} and s.caesura is None


def _lists(doc: _Doc, body: list[int]) -> None:
    """Numbered and lettered lists; a numbered sequence of short lines each followed by prose is
    a sequence of numbered section headings."""
    style: str | None = None  # "digit" or "letter" while a list is open
    last = 0
    last_letter: str | None = None
    items: list[int] = []

    def close() -> None:
        nonlocal style, items
        if items and _numbered_heads(doc, items):
            for j in items:
                doc.set(j, "head", "head: numbered short lines, each followed by prose (numbered section headings)",
                        number=None, list_start=False)
            _uncontinue(doc, items[0])
        elif len(items) == 1:  # a list of one item is a numbered paragraph, not a list
            only = items[0]
            if _heading_like(doc.s(only)) and _prose_follows(doc, only):
                doc.set(only, "head", "head: a short numbered line before prose", cert="medium",
                        number=None, list_start=False)
            else:
                doc.set(only, "p", "paragraph: a single numbered line is not a list", number=None, list_start=False)
            _uncontinue(doc, only)
        style, items = None, []

    for pos, i in enumerate(body):
        if doc.role(i) != "p":
            continue
        lab = doc.s(i).label
        if lab and lab.strong and lab.number == 1:
            close()
            style = "letter" if lab.style.startswith("letter:") else "digit"
            last, last_letter = 1, lab.style.split(":", 1)[1] if style == "letter" else None
            items = [i]
            doc.set(i, "item", "item: a line numbered 1 (or «الف») with a separator opens a list",
                    number=1, list_start=True)
        elif lab and style and follows(lab, style, last, last_letter):
            last += 1
            if style == "letter":
                last_letter = lab.style.split(":", 1)[1]
            items.append(i)
            rule = "item: the next number of the open list"
            if not lab.strong:
                rule += " (no separator after the number)"
            doc.set(i, "item", rule, number=last)
        elif style:
            following = _next_label(doc, body, pos)
            if following and follows(following, style, last, last_letter):
                doc.set(i, "continuation", "continuation: an unnumbered paragraph between item n and item n+1")
            else:
                close()
        elif lab and lab.strong and _heading_like(doc.s(i), HEAD_MAX_WORDS) and _prose_follows(doc, i):
            doc.set(i, "head", "head: a short numbered line before prose", cert="medium")
    close()


def _uncontinue(doc: _Doc, first: int) -> None:
    """Paragraphs marked as continuations of a list that turned out not to be one become paragraphs."""
    k = doc.pos[first] + 1
    while k < len(doc.flow) and doc.role(doc.flow[k]) in {"continuation", "head", "item"}:
        if doc.role(doc.flow[k]) == "continuation":
            doc.set(doc.flow[k], "p", "default: paragraph")
        k += 1


def _numbered_heads(doc: _Doc, items: list[int]) -> bool:
    """Most numbered lines of the sequence are heading-like and each is followed by prose."""
    if len(items) < 2:
        return False
    headings = sum(1 for j in items if _heading_like(doc.s(j)) and _prose_follows(doc, j))
    return headings * 3 >= len(items) * 2 and all(doc.s(j).end != "terminal" for j in items)


def _prose_follows(doc: _Doc, i: int) -> bool:
    nxt = doc.next(i)
    if nxt is None:
        return False
    s = doc.s(nxt)
    return doc.role(nxt) in {"p", "continuation"} and (s.words >= PROSE_MIN_WORDS or doc.conv.wrap is not None)


def _next_label(doc: _Doc, body: list[int], pos: int) -> Label | None:
    return doc.s(body[pos + 1]).label if pos + 1 < len(body) else None


def _bullets(doc: _Doc, body: list[int]) -> None:
    """Runs of two or more lines starting with a bullet (or «*») are list items."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            for j, i in enumerate(run):
                doc.set(i, "item", "item: one of several lines starting with a bullet", list_start=j == 0)
        run.clear()

    for i in body:
        s = doc.s(i)
        if doc.role(i) == "p" and (s.bullet or s.star) and not (run and doc.prev(i) != run[-1]):
            run.append(i)
        elif doc.role(i) == "p" and (s.bullet or s.star):
            close()
            run.append(i)
        else:
            close()
    close()


def _heads(doc: _Doc, body: list[int]) -> None:
    """Section headings, decided from the end of the text backwards so that a line can see that
    a heading follows it (a column title over an article's title)."""
    for i in reversed(body):
        if doc.role(i) != "p":
            continue
        s = doc.s(i)
        nxt = doc.next(i)
        if (nxt is None or (doc.conv.wrap is not None and _full(doc, i) and not s.markup_head)
                or INVOCATION.match(s.plain) or is_dateline(doc.out[i].text)):
            continue
        if TRAILER.match(s.plain):
            continue
        if s.markup_head:
            doc.set(i, "head", "head: a Markdown heading («#», «##» …)")
        elif s.end == "colon" and s.words <= HEAD_COLON_MAX_WORDS and "را" not in words(s.plain) and not s.speaker:
            doc.set(i, "head",
                    f"head: a line of at most {HEAD_COLON_MAX_WORDS} words ending in «:», not a clause with «را»")
        elif s.end == "colon" and s.words <= HEAD_COLON_MAX_WORDS and s.speaker and s.speaker_end is not None \
                and not doc.out[i].text[s.speaker_end:].strip():
            doc.set(i, "head", "head: a short line ending in «:»")
        elif PART_NAME.match(s.plain):
            doc.set(i, "head", "head: the name of a part of the text («مقدمه», «نتیجه‌گیری», «منابع»)")
        elif SECTION_WORD.match(s.plain) and s.words <= SECTION_MAX_WORDS and s.end != "terminal":
            doc.set(i, "head", "head: a section word with its number («فصل دوم», «ماده ۱۲»)")
        elif s.star and _heading_like(s) and doc.role(nxt) in {"p", "continuation"}:
            doc.set(i, "head", "head: a short line marked with «*» before a paragraph")
        elif (
            _heading_like(s)
            and s.end == "none"
            and (s.label is None or not s.label.strong)
            and not s.bullet
            and _prose_follows(doc, i)
            and _after_paragraph_end(doc, i)
            and not TRAILER.match(s.plain)
        ):
            sure = s.words <= HEAD_SURE_WORDS or (doc.blank_before(i) and doc.conv.blank_paragraphs)
            doc.set(i, "head", f"head: a line of at most {HEAD_MAX_WORDS} words without final punctuation, "
                    "between paragraphs, before prose", cert=None if sure else "medium")
        elif (doc.role(nxt) == "head" and _heading_like(s, HEAD_SURE_WORDS) and s.end == "none" and not s.label
              and not s.bullet and doc.blank_before(i) and doc.blank_after(i) and _after_paragraph_end(doc, i)):
            doc.set(i, "head", "head: a short line set apart right above a heading (a column or part title)",
                    cert="medium")


def _trailers(doc: _Doc, body: list[int]) -> None:
    """An end mark («*», «(بقیه دارد)») between the text of a section and the next heading
    closes that section: a trailer."""
    for i in body:
        nxt, prev = doc.next(i), doc.prev(i)
        if (doc.role(i) == "p" and TRAILER.match(doc.s(i).plain) and nxt is not None and doc.role(nxt) == "head"
                and prev is not None and doc.role(prev) in TEXT_ROLES and not doc.out[prev].epigraph):
            doc.set(i, "trailer", "trailer: an end mark («*», «بقیه دارد») between a section and a heading")


def _after_paragraph_end(doc: _Doc, i: int) -> bool:
    """Line ``i`` starts a new block: after a blank line, a heading, the top matter, or a line
    that ends a sentence (in a hard-wrapped text: a line that is not full)."""
    prev = doc.prev(i)
    if prev is None or doc.blank_before(i) or doc.role(prev) not in {"p", "continuation", "item", "l", "speaker"}:
        return True
    if doc.conv.wrap is not None:
        return not _full(doc, prev)
    return doc.s(prev).end in {"terminal", "colon"} or doc.role(prev) in {"l", "item"}


def _end_words(text: str) -> list[str]:
    """The last words of a line, letters only (a number counts as an empty word)."""
    return [re.sub(r"[^\w]|\d", "", w).replace("آ", "ا") for w in words(text)[-RADIF_MAX_WORDS - 1 :]]


def _rhyme(a: str, b: str, letters: int = 2) -> bool:
    """Two line-ends rhyme: after the words they share at the end (a radif, «… دل‌ها / … محمل‌ها»),
    the last words end in the same ``letters`` letters (one is enough before a radif). Lines
    that end in the same words and nothing rhymes before them (a price list, a repeated line)
    do not rhyme."""
    wa, wb = _end_words(a), _end_words(b)
    radif = 0
    while wa and wb and wa[-1] == wb[-1] and wa[-1]:
        wa, wb, radif = wa[:-1], wb[:-1], radif + 1
    if not wa or not wb:
        return False
    qa, qb = wa[-1], wb[-1]
    need = 1 if radif else letters
    return len(qa) >= need and len(qb) >= need and qa[-need:] == qb[-need:]


def _share(ends: list[str], letters: int) -> float:
    """Share of neighbours in ``ends`` that rhyme."""
    if len(ends) < 2:
        return 0.0
    return sum(1 for a, b in zip(ends, ends[1:], strict=False) if _rhyme(a, b, letters)) / (len(ends) - 1)


def _is_verse(lines: list[str]) -> bool:
    """Lines (two or more) rhyme as Persian verse does: every second hemistich (ghazal, qasida,
    quatrain: the second hemistichs share one rhyme, the first ones do not) or each bayt's two
    hemistichs (masnavi). Two or three lines must rhyme in pairs."""
    firsts, seconds = lines[0::2], lines[1::2]
    pairs = list(zip(firsts, seconds, strict=False))
    paired = sum(1 for a, b in pairs if _rhyme(a, b)) / len(pairs)
    if len(lines) <= 3:
        return paired == 1 and (len(lines) == 2 or _rhyme(lines[0], lines[2]) or _rhyme(lines[1], lines[2]))
    if paired >= RHYME_MIN_SHARE or _share(seconds, 2) >= CHAIN2_MIN_SHARE:
        return True
    chained = _share(seconds, 1)
    return (len(seconds) >= CHAIN_MIN_LINES and chained >= CHAIN_MIN_SHARE
            and _share(firsts, 1) <= chained - CHAIN_MARGIN)


def _verse_span(ends: list[str]) -> tuple[int, int] | None:
    """The part of a run of short lines that is verse: all of it, or without its first line (a
    title) or its last (a line of prose); None when no part is."""
    n = len(ends)
    for start, end in ((0, n), (1, n), (0, n - 1), (1, n - 1)):
        part = ends[start:end]
        if len(part) >= 2 and len(set(part)) > 1 and _is_verse(part):
            # Bayts come whole: a hemistich left over after an odd number of lines completes one.
            return start, end + (end < n and (end - start) % 2 == 1 and end - start >= 3)
    return None


def _hemistich_pairs(doc: _Doc, flow: list[int]) -> None:
    """Verse written one hemistich per line: a run of short, balanced lines, mostly without final
    punctuation, whose ends rhyme as Persian verse does (:func:`_is_verse`). The lines may be
    numbered (web editions number hemistichs); a run holds numbered or unnumbered lines, not both."""
    run: list[int] = []

    def close() -> None:
        punctuated = sum(1 for i in run if doc.s(i).end == "terminal") * 4 > len(run)
        span = _verse_span([doc.s(i).plain for i in run]) if len(run) >= 2 and not punctuated else None
        if span is not None:
            verse = run[span[0] : span[1]]
            lengths = sorted(doc.s(i).length for i in verse)
            median = lengths[len(lengths) // 2]
            if len(verse) >= 4 or all(0.55 * median <= n <= 1.6 * median for n in lengths):
                for j, i in enumerate(verse):
                    doc.set(i, "l", "l: short lines rhyming as verse, one hemistich per line", hemistich=1 + j % 2,
                            group_start=j == 0, cert=None if len(verse) >= 4 else "medium")
        run.clear()

    for i in flow:
        s = doc.s(i)
        short = (doc.role(i) == "p" and 2 <= s.words - (s.label is not None) <= HEMISTICH_LINE_MAX_WORDS
                 and s.length <= HEMISTICH_LINE_MAX_CHARS and not s.speaker and not s.bullet
                 and not s.star and not s.markup_head and (s.label is None or s.label.strong))
        if short and run and doc.prev(i) == run[-1] and (s.label is None) == (doc.s(run[-1]).label is None):
            run.append(i)
        else:
            close()
            if short:
                run.append(i)
    close()


def _notes(doc: _Doc, body: list[int]) -> None:
    """Footnote lines «[۱] …» (or «* …») after a line that carries the same marker."""
    marks: set[str] = set()
    for i in body:
        s = doc.s(i)
        if LINK_DEFINITION.match(s.plain) and doc.role(i) == "p":
            doc.set(i, "note", "note: a Markdown link reference definition («[label]: URL»)")
            continue
        m = NOTE_LINE.match(s.plain)
        if m and doc.role(i) in {"p", "item", "head"}:
            key = f"[{int(m['num'])}]" if m["num"] else m["star"]
            if key in marks:
                doc.set(i, "note", "note: a line opening with a note marker used earlier in the text",
                        number=None, list_start=False)
                continue
        for mark in NOTE_MARK.findall(s.plain) if ("[" in s.plain or "*" in s.plain) else ():
            marks.add(f"[{int(mark[1:-1])}]" if mark.startswith("[") else mark[1:])


def _full(doc: _Doc, i: int) -> bool:
    """In a hard-wrapped text: line ``i`` runs to (nearly) the wrap width."""
    width = doc.conv.wrap or 0
    return 0.75 * width <= len(doc.out[i].text.rstrip()) <= 1.25 * width


# Roles of the text itself (not its top or bottom matter).
TEXT_ROLES = frozenset({"p", "p+", "item", "item+", "continuation", "l", "speaker", "quote"})
CONTINUED = {"p": "p+", "p+": "p+", "item": "item+", "item+": "item+", "continuation": "p+",
             "quote": "quote", "note": "note"}


def _wrapped(doc: _Doc, body: list[int]) -> None:
    """Hard-wrapped paragraphs: a line continues the paragraph of the line directly above it when
    that line is full (it ran to the wrap width) or, where blank lines separate paragraphs, when
    no blank line comes between."""
    conv = doc.conv
    if conv.wrap is None and not conv.blank_paragraphs:
        return
    for i in body:
        prev = doc.prev(i)
        if doc.role(i) != "p" or prev is None or doc.role(prev) not in CONTINUED or not doc.adjacent(prev, i):
            continue
        s = doc.s(i)
        ps = doc.s(prev)
        if conv.wrap is not None:
            first = doc.out[i].text.split(maxsplit=1)[0]
            no_room = len(doc.out[prev].text.rstrip()) + 1 + len(first) > conv.wrap
            joined = (_full(doc, prev) or no_room) and not (ps.end == "terminal" and s.indent > conv.indent)
            if not joined or (conv.paragraph_end is not None and ps.end == conv.paragraph_end):
                continue
            cert = None if ps.end not in {"terminal", "colon"} else "medium"
        elif ps.words >= PROSE_MIN_WORDS // 2 and ps.end not in {"terminal", "colon"}:
            cert = "medium"
        else:
            continue
        role = CONTINUED[doc.role(prev)]
        doc.set(i, role, f"{role}: continues the line above (hard-wrapped paragraph)", cert=cert)


def _arabic(s: Shape) -> bool:
    """A line in Arabic rather than Persian: no letter only Persian has (پ چ ژ گ), none of the
    commonest Persian function words, and an Arabic article or function word."""
    tokens = words(s.plain)
    return (ARABIC_MIN_WORDS <= len(tokens) <= ARABIC_MAX_WORDS and PERSIAN_LETTER.search(s.plain) is None
            and not PERSIAN_WORDS.intersection(tokens)
            and any(t.startswith("ال") or t in ARABIC_WORDS for t in tokens))


def _quotes(doc: _Doc, body: list[int]) -> None:
    """Block quotations: a line in Arabic standing alone in Persian prose (a verse of the Quran,
    a saying), and prose lines indented further than the text's own lines."""
    for i in body:
        prev, nxt = doc.prev(i), doc.next(i)
        if (doc.role(i) == "p" and _arabic(doc.s(i)) and prev is not None and nxt is not None
                and doc.role(prev) in TEXT_ROLES and not _arabic(doc.s(prev))):
            doc.set(i, "quote", "quote: a line in Arabic standing alone in Persian prose", cert="low")
    if doc.conv.wrap is not None:
        return
    for i in body:
        s = doc.s(i)
        if (doc.role(i) == "p" and doc.conv.indent == 0 and s.indent >= QUOTE_MIN_INDENT and s.words >= 4):
            doc.set(i, "quote", "quote: a prose line indented further than the text", cert="medium")


def _mark_duplicates(out: list[Line]) -> None:
    seen: dict[str, int] = {}
    for i, line in enumerate(out):
        if line.role in {"blank", "fw"}:
            continue
        key = line.text.strip()
        if key in seen:
            out[i] = replace(line, copy_of=seen[key])
        else:
            seen[key] = line.n


def duplicate_lines(lines: Sequence[Line]) -> list[Line]:
    """Lines that repeat an earlier line exactly (``copy_of`` set)."""
    return [line for line in lines if line.copy_of is not None]


def genre(lines: Sequence[Line]) -> str | None:
    """The document type, where the title (or the layout) makes it clear.

    Returns one of ``statement``, ``resolution``, ``report``, ``announcement``, ``letter``,
    ``news``, ``interview``, ``verse`` or None. Keywords are the standard Persian names of these
    document types.
    """
    title = next((plain(line.text).strip() for line in lines if line.role == "title"), "")
    rules = (
        (("اطلاعیه پایانی", "بیانیه", "اعلامیه"), "statement"),
        (("قطعنامه", "قرار ", "مصوبه"), "resolution"),
        (("گزارش",), "report"),
        (("اطلاعیه", "فراخوان"), "announcement"),
        (("خبر", "اخبار"), "news"),
        (("نامه",), "letter"),
        (("گفتگو", "گفت‌وگو", "مصاحبه"), "interview"),
    )
    for keys, name in rules:
        if any(title.startswith(k) or f" {k}" in f" {title}" for k in keys):
            return name
    roles = Counter(line.role for line in lines if line.role != "blank")
    if roles["salute"] or roles["addressee"]:
        return "letter"
    if roles["speaker"] >= 2:
        return "interview"
    if roles["l"] * 2 > sum(roles.values()):
        return "verse"
    return None
