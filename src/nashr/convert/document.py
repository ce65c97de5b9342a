"""A document being classified: its lines, their shapes, its conventions and the roles chosen so far.

:class:`Line` is one source line with its role; :class:`Document` is the state the rules of
:mod:`nashr.convert.matter`, :mod:`nashr.convert.verse` and :mod:`nashr.convert.structure` share:
the lines, their :class:`~nashr.convert.conventions.Shape`, the document's
:class:`~nashr.convert.conventions.Conventions` and, in reading order, the lines that are text
(not blank, not page furniture) with their neighbours. Also here: what a dateline is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache

from nashr.convert.conventions import ANY_DIGIT, DIGIT, DIGITS, Conventions, Shape, learn, shape, words
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import plain
from nashr.convert.reading import width as text_width

# A following paragraph must be clearly prose: at least this many words.
PROSE_MIN_WORDS = 12
MONTHS = (
    # Solar Hijri (Jalali)
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر", "آبان",
    "آذر", "دی", "بهمن", "اسفند",
    # Gregorian, as written in Persian
    "ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "مه", "می", "ژوئن", "ژوئیه", "جولای", "اوت",
    "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
    # Gregorian, as written in Dari (Afghanistan; «جولای» is above)
    "جنوری", "فبروری", "مارچ", "اپریل", "جون", "اگست", "اګست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر",
    # Hijri-Qamari
    "محرم", "صفر", "ربیع", "ربیع‌الاول", "ربیع‌الثانی", "ربیع‌الآخر", "جمادی", "جمادی‌الاول", "جمادی‌الاولی", "جمادی‌الثانی",
    "جمادی‌الثانیه", "جمادی‌الآخر", "جمادی‌الاخر", "جمادی‌الاخری", "رجب", "شعبان", "رمضان", "شوال", "ذیقعده",
    "ذی‌القعده", "ذی‌قعده", "ذیحجه", "ذی‌الحجه", "ذی‌حجه",
    "القعده", "الحجه",  # («ذی القعده», «ذی‌الحجه»: words part at the space or ZWNJ, «ذی» a filler below)
)
DATE_FILLER = {"و", "تا", "ماه", "سال", "روز", "مورخ", "مورخه", "تاریخ", "شنبه", "یکشنبه",
               "دوشنبه", "سه‌شنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "هجری",
               "شمسی", "قمری", "میلادی", "برابر", "با", "ساعت", "خورشیدی", "ه", "ش", "ق", "م",
               "بروزرسانی", "به‌روزرسانی", "روزرسانی", "آخرین", "انتشار", "منتشر", "شده", "در", "مطابق", "مسیحی",
               "هجری‌قمری", "برج",
               "هجری‌شمسی", "شهر", "سنه", "الحرام", "المرجب", "المعظم", "المبارک", "المکرم", "المظفر",
               "الاول", "الثانی", "الاولی", "الآخر", "ذی"}
# Numbers written as words, cardinal or ordinal («پانزدهم», «بیست و یکم»), as a day of a date.
# Hundreds and thousands write a year in words («هزار و سیصد»); «و» may be glued to the next word
# («بیست وسوم»).
NUMBER_WORD = LazyPattern(
    r"و?(یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|هیجده|نوزده"
    r"|بیست|سی|اول|سوم|یکم|صد|یکصد|دویست|سیصد|چهارصد|پانصد|ششصد|هفتصد|هشتصد|نهصد|هزار)(م|ام|مین|ُم)?")
# Rules switched off by name (:func:`rule_name`), for measuring what each rule brings
# (benchmarks/structure_lopo.py): a rule switched off leaves the line's role as it was.
DISABLED_RULES: ContextVar[frozenset[str]] = ContextVar("disabled_rules", default=frozenset())
# The solar months named by the zodiac (Afghanistan's calendar, and Iran's before 1304): a month
# in a date only after the day's number, as «اسد», «میزان», «سرطان», «جدی» are words too. «جوزا» ends in a vowel,
# so its ezafe before the year is written: «11 جوزای 1398» (samangan.gov.af, ku.edu.af, iarcsc.gov.af).
ZODIAC_MONTHS = frozenset("حمل ثور جوزا جوزای جوزه سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split())
# A season with its year stands for a date («بهار ۱۴۰۵»: a term, the date of a coursework); so
# does an academic term or year with its year («نیمسال اول ۱۴۰۲-۱۴۰۳», «سال تحصیلی ۱۴۰۲»: the
# date line of a report's or thesis's title page).
SEASONS = frozenset("بهار تابستان پاییز پائیز زمستان".split())
TERMS = frozenset("نیمسال نیم‌سال ترم تحصیلی".split())
TERM_YEAR_DISTANCE = 2  # words from the term to its year: «نیمسال اول ۱۴۰۲»
DATELINE_MAX_CHARS = 80
# The places a letter was sent from and to, before its date: «از پاریس به لندن - ۱۱ اکتبر ۱۹۰۸»
# (a place and a date make a dateline; a route is two places).
ROUTE = re.compile(r"^از\s+[^\s\d]+(?:\s[^\s\d]+)?\s+به\s+[^\s\d]+(?:\s[^\s\d]+)?\s*[-–—،,]\s*(?=\S)")
DATELINE_MAX_OTHER_WORDS = 2  # a place: «تهران، ۵ آبان ۱۳۸۶»
# A web address or an e-mail address (RFC 3986 scheme, or «www.»; RFC 5322 addr-spec in its common
# form): anywhere in a line (ADDRESS), or alone on its line (ADDRESS_LINE: a link the text gives, not
# a heading).
_ADDRESS = r"(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
ADDRESS = re.compile(_ADDRESS)
ADDRESS_LINE = re.compile(rf"^\s*{_ADDRESS}\s*$")


DEFAULT_RULE = "default: paragraph"
"""The rule of a line no other rule decided."""
EDITION_FURNITURE = "edition-furniture"
"""The rule of a line the edition sets aside as furniture before a text's rules read it
(:mod:`nashr.convert.edition`)."""


def rule_name(rule: str) -> str:
    """A rule's name: its description with the numbers in it (limits, counts) as «#»."""
    return re.sub(r"\d+", "#", rule)


@dataclass(frozen=True, slots=True)
class Line:
    """One source line and its role.

    Attributes:
        n: 1-based line number in the source.
        text: the line as in the source (without its line break).
        role: one of the roles in the module docstring, or ``blank``.
        rule: the name of the rule that chose the role (shown by ``--explain``).
        cert: ``medium`` or ``low`` where the evidence for the role is thin; None when it is good.
        doubt: why the page's own evidence doubts the role whatever rule chose it (in an editor's
            words, :mod:`nashr.convert.certainty`), or None.
        number: for ``item``: the item's number (1-based; letter numbering counts from 1); for
            ``l``: the number the source gives the bayt (its ``@n``), or None.
        list_start: for ``item``: True when this item opens a new list.
        trailer_at: for a ``p`` ending in « *»: offset where the trailer «*» begins.
        copy_of: line number of an earlier line with exactly the same text (a duplicate).
        split: for ``l``: ``(start, end)`` of the whitespace between the two hemistichs; for
            ``speaker``: ``(end, end)`` with ``end`` the offset just after the label's colon.
            Offsets into ``text``.
        hemistich: for ``l`` written one hemistich per line: 1 or 2, its place in the bayt.
        group_start: for ``l``: this line opens a new poem (``lg``).
        bayts: for ``l``: the bayts of a poem written on one line, each as offsets into ``text`` (where it starts,
            where the whitespace between its hemistichs starts and ends, where it ends:
            :func:`nashr.convert.poem_line.bayts`); empty for a line of one bayt or hemistich.
        epigraph: for ``p``: an invocation standing in the top matter (``epigraph``).
        gloss: for ``l``: a line in another script that glosses the hemistich or bayt before it (its
            transliteration or translation: :func:`nashr.convert.verse.gloss_lines`), its language
            as a BCP 47 tag (``tg-Cyrl``, ``fa-Latn``, ``und-Latn``); None for a line of the poem.
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
    bayts: tuple[tuple[int, int, int, int], ...] = ()
    epigraph: bool = False
    doubt: str | None = None
    gloss: str | None = None


# A date in Latin script alone, as a blog platform stamps a post in its locale: a weekday perhaps, the
# day and the month's name in either order, the year («Wednesday, July 13, 2016», «Dienstag, 17. Juli
# 2012»: Blogger's English and German stamps over three blogs' letters and quatrains), or the month's
# English abbreviation (CLDR's abbreviated format names, «Sept» beside «Sep»), as Afghan universities' sites stamp
# a news item under its title («03 Jul, 2019»: 11 lines on four sites, ba, hu, kpu and sreu.edu.af, all dateline).
LATIN_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                     "|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
                     r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
LATIN_DATELINE = LazyPattern(rf"^(?:[A-Z][a-z]+,\s*)?(?:(?:{LATIN_MONTH_NAMES})\s+\d{{1,2}},?"
                             rf"|\d{{1,2}}\.?\s+(?:{LATIN_MONTH_NAMES}),?)\s+\d{{4}}$")


@lru_cache(maxsize=1 << 12)
def is_dateline(text: str) -> bool:
    """True for a short line that is a date and little else («١٤ و ١٥ آذر ١٣٨٨ (٥ و ٦ دسامبر ٢٠٠٩)»).

    A dateline has a month name (or a season or an academic term before a year) or a numeric
    date (``1386/8/5``), digits (or a year in words, or a weekday and the day in words before the
    month: :func:`_day_in_words`), and at most ``DATELINE_MAX_OTHER_WORDS`` other words (a place
    name), after the route of a letter if one opens it (:data:`ROUTE`).
    """
    if len(text) > 2 * DATELINE_MAX_CHARS:
        return False
    if LATIN_DATELINE.match(plain(text).strip()):
        return True
    bare = ROUTE.sub("", plain(text).strip())
    if len(bare) > DATELINE_MAX_CHARS:
        return False
    tokens = words(bare)
    if not ANY_DIGIT.search(bare) and "هزار" not in tokens and not _day_in_words(tokens):
        return False  # (a year in words: «… هزار و سیصد و سی»; a diary's «شنبه سوم مهر»)
    months = [t for k, t in enumerate(tokens) if month(t) or (t in ZODIAC_MONTHS and _after_day(tokens, k))
              or (t in SEASONS and k + 1 < len(tokens) and re.fullmatch(f"{DIGIT}{{4}}", tokens[k + 1]))
              or (t in TERMS and any(re.fullmatch(f"{DIGIT}{{4}}", y)
                                     for y in tokens[k + 1 : k + 1 + TERM_YEAR_DISTANCE]))]
    numeric = re.search(rf"{DIGIT}{{1,4}}\s*[/.-]\s*{DIGIT}{{1,2}}\s*[/.-]\s*{DIGIT}{{1,4}}", bare)
    if not (months or numeric):
        return False
    other = [t for t in tokens if not date_word(t)]
    return len(other) <= DATELINE_MAX_OTHER_WORDS


WEEKDAYS = frozenset("شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split())
# The first and the last day of a month as classical diaries and letters name them.
MONTH_ENDS = frozenset({"غره", "غرهٔ", "سلخ"})


# «شهر» ("the month of") between a day and a month's name, as Qajar diaries and letters write it.
MONTH_OF = frozenset({"شهر"})


def _day_in_words(tokens: list[str]) -> bool:
    """A weekday, and the day in words right before a month («شنبه سوم مهر», «یکشنبه غره ربیع‌الاول»,
    «جمعه بیست و یکم آذر»), or before «شهر» and the month («روز پنجشنبه غره شهر رمضان», «شب یکشنبه
    چهاردهم شهر جمادی الثانی»: :data:`MONTH_OF`): a date written without digits, as diaries head their
    entries."""
    def day(k: int) -> bool:
        k -= 1 if k > 0 and tokens[k - 1] in MONTH_OF else 0
        return k > 0 and (NUMBER_WORD.fullmatch(tokens[k - 1]) is not None or tokens[k - 1] in MONTH_ENDS)

    return bool(WEEKDAYS.intersection(tokens)) and any(month(t) and day(k) for k, t in enumerate(tokens))


def _after_day(tokens: list[str], k: int) -> bool:
    """``tokens[k]`` follows a day's number («۲۱ حمل», «بیست و یکم حمل», «سی ام عقرب», «۸ برج قوس»:
    «برج», the sign, before the month's name)."""
    before = [t for t in tokens[max(0, k - 2) : k] if t not in {"ام", "اُم", "م", "برج"}]
    return bool(before) and (DIGITS.fullmatch(before[-1]) is not None
                             or NUMBER_WORD.fullmatch(before[-1]) is not None)


@lru_cache(maxsize=1 << 14)
def date_word(token: str) -> bool:
    """A word of a date: a month, a number (digits or words), a weekday or other date filler."""
    return month(token) or token in DATE_FILLER or DIGITS.fullmatch(token) is not None or \
        NUMBER_WORD.fullmatch(token) is not None


def date_only(tokens: list[str]) -> bool:
    """Every word of ``tokens`` is a date's (:func:`date_word`), a solar month of Afghanistan named
    by its sign after a day's number too («۹ جدی ۱۳۹۶», «30-ثور-1399»: :data:`ZODIAC_MONTHS`, words
    of their own out of a date — «جدی» "serious", «میزان» "measure" — so not date words alone)."""
    return all(date_word(t) or (t.replace("ي", "ی") in ZODIAC_MONTHS and _after_day(tokens, k))
               for k, t in enumerate(tokens))


_MONTHS_JOINED = frozenset(m.replace("\u200c", "") for m in MONTHS)


@lru_cache(maxsize=1 << 14)
def month(token: str) -> bool:
    """A month name, also with its epithet («صفرالمظفر», «رمضان‌المبارک») or with «ماه» joined
    («مهرماه»). Kept per word, as :func:`date_word`: the rules ask about the same words of a
    text again and again."""
    token = token.replace("ة", "ه").replace("\u200c", "")
    if token in MONTHS or token in _MONTHS_JOINED or (token.endswith("ماه") and token[:-3] in _MONTHS_JOINED):
        return True
    m = re.match(r"(?P<month>[^\u200cا]+?)\u200c?(?=ال)", token)
    return m is not None and m["month"] in MONTHS


class Document:
    """The lines being classified, their shapes and the document's conventions."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.shapes: list[Shape | None] = [shape(t) if t.strip() else None for t in texts]
        self.conv = Conventions()
        self.out = [
            Line(i + 1, t, "p", DEFAULT_RULE) if s is not None else Line(i + 1, t, "blank", "blank line")
            for i, (t, s) in enumerate(zip(texts, self.shapes, strict=True))
        ]
        self.flow: list[int] = []  # content lines that are not page furniture, in order
        self.pos: dict[int, int] = {}  # line index → position in flow
        self.printed_page = False  # a page of a printed book, opening with its number: no top matter
        self.glued = False  # the lines are measured with labels glued to their dashes (Conventions.glued)
        self._arabic: dict[int, bool] = {}
        self._aside: set[int] = set()  # lines set aside from the flow (:meth:`aside`)

    def arabic(self, i: int) -> bool:
        """Line ``i`` is in Arabic (:func:`arabic`), measured once."""
        found = self._arabic.get(i)
        if found is None:
            found = self._arabic[i] = arabic(self.s(i), self.texts[i])
        return found

    def s(self, i: int) -> Shape:
        shape_ = self.shapes[i]
        assert shape_ is not None
        return shape_

    def set(self, i: int, role: str, rule: str, cert: str | None = None, **extra: object) -> None:
        disabled = DISABLED_RULES.get()
        if disabled and rule_name(rule) in disabled:
            return
        self.out[i] = replace(self.out[i], role=role, rule=rule, cert=cert, **extra)  # type: ignore[arg-type]

    def role(self, i: int) -> str:
        return self.out[i].role

    def set_flow(self) -> None:
        self.flow = [i for i, line in enumerate(self.out) if line.role not in {"blank", "fw"}]
        self.pos = {i: k for k, i in enumerate(self.flow)}

    @contextmanager
    def aside(self, lines: set[int]) -> Iterator[None]:
        """The flow without ``lines`` while the block runs (a poem's glosses while its verse is
        read: :func:`nashr.convert.verse.glosses`), as it was again after it."""
        flow, pos = self.flow, self.pos
        if lines:
            self.flow = [i for i in flow if i not in lines]
            self.pos = {i: k for k, i in enumerate(self.flow)}
            self._aside = lines
        try:
            yield
        finally:
            self.flow, self.pos, self._aside = flow, pos, set()

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
        """Line ``b`` comes right after line ``a`` (one blank line between in a spaced text), lines
        set aside (:meth:`aside`) between them or not."""
        if b == a + 1 or (self.conv.spaced and b == a + 2):
            return True
        if not self._aside or b <= a:
            return False
        between = (k for k in range(a + 1, b) if k not in self._aside)
        first = next(between, None)
        return first is None or (self.conv.spaced and self.shapes[first] is None and next(between, None) is None)

    def blank_after(self, i: int) -> bool:
        return i + 1 >= len(self.shapes) or self.shapes[i + 1] is None


    def learn(self) -> None:
        """Learn the conventions from the lines, the verse found so far set aside; in a text in
        visual order, measure the lines again with their punctuation put back; in a text whose
        speakers' labels are glued to their dashes, with those labels read (:attr:`Conventions.glued`)."""
        verse = {i for i, line in enumerate(self.out) if line.role == "l"}
        self.conv = learn(self.texts, self.shapes, verse)
        if self.conv.visual or (self.conv.glued and not self.glued):
            self.glued = self.conv.glued
            self.shapes = [shape(t, visual=self.conv.visual, glued=self.glued) if s is not None else None
                           for t, s in zip(self.texts, self.shapes, strict=True)]
            self.conv = learn(self.texts, self.shapes, verse)


# Telling an Arabic line from a Persian one: letters only Persian has, the commonest Persian
# function words, and Arabic's article, function words and marks Persian does not write (hamza
# under alef «إ», the kasra and damma tanwin «ٍ», «ٌ»: «إنا لله و إنا إلیه راجعون»).
PERSIAN_LETTER = re.compile("[پچژگ]")
PERSIAN_WORDS = frozenset("است را که می این آن از با در برای تا هم یک شد بود کرد ها های نیز چون اگر".split())
ARABIC_WORDS = frozenset("من الی إلی علی فی عن إن ان لا ما قد لم لن هو هم ذلک هذا هذه التی الذی یا کل".split())
ARABIC_MARKS = re.compile("[\u0625\u064c\u064d]")
ARABIC_MIN_WORDS = 4
ARABIC_MAX_WORDS = 30
# One Arabic word is no Arabic line: Persian borrows them («اداره کل …», «ملک الشعرا», «… الی …»,
# «اسرار التوحید»); two different ones, or one in a vocalised line (the Quran and hadith are
# quoted with their short vowels, «فَلا تَقُل لَهُما اُفٍّ»), are.
ARABIC_MIN_EVIDENCE = 2
HARAKAT = re.compile("[\u064e-\u0650\u0652]")  # fatha, damma, kasra, sukun
VOCALISED_MIN_MARKS = 3


def arabic(s: Shape, text: str = "") -> bool:
    """A line in Arabic rather than Persian: no letter only Persian has (پ چ ژ گ), none of the
    commonest Persian function words, and an Arabic mark (:data:`ARABIC_MARKS`), or two different
    Arabic articled or function words, or one in a line ``text`` (the source line of shape ``s``)
    vocalises (:data:`ARABIC_MIN_EVIDENCE`)."""
    if PERSIAN_LETTER.search(s.plain) is not None:  # most lines: no need to split them into words
        return False
    tokens = words(s.plain)
    if not ARABIC_MIN_WORDS <= len(tokens) <= ARABIC_MAX_WORDS or PERSIAN_WORDS.intersection(tokens):
        return False
    evidence = {t for t in tokens if t.startswith("ال") or t in ARABIC_WORDS}
    return (ARABIC_MARKS.search(s.plain) is not None or len(evidence) >= ARABIC_MIN_EVIDENCE
            or (bool(evidence) and len(HARAKAT.findall(text)) >= VOCALISED_MIN_MARKS))


def runs_on(doc: Document, i: int) -> bool:
    """Line ``i`` breaks off inside a phrase (:attr:`~nashr.convert.conventions.Shape.open_end`;
    a lone letter only in a PDF text layer, where fonts lose glyphs): its text goes on in the
    next line, and it is no title or heading."""
    end = doc.s(i).open_end
    return end in {"ezafe", "word"} or (end == "letter" and doc.conv.pdf)


def full(doc: Document, i: int) -> bool:
    """In a hard-wrapped text: line ``i`` runs to (nearly) the wrap width, counted in the characters it shows
    (:func:`nashr.convert.reading.width`: a PDF layer's bidi controls take no room)."""
    width = doc.conv.wrap or 0
    return 0.75 * width <= text_width(doc.out[i].text) <= 1.25 * width


# Roles of the text itself (not its top or bottom matter).
ROLES = frozenset(
    "masthead fw title subtitle byline dateline head p p+ item item+ continuation l addressee salute signed "
    "postscript closer speaker stage trailer note quote code code+".split()
)
"""The roles a line can have (``Line.role`` besides ``blank``), each one TEI element or a line
break inside one (nashr.convert.tei); the table of the roles is in the README («Correcting line
roles») and tests/data/corpus/README.md («roles.tsv»)."""
TEXT_ROLES = frozenset({"p", "p+", "item", "item+", "continuation", "l", "speaker", "stage", "quote"})
WRAPPED_ROLES = frozenset({"p+", "item+", "code+"})
"""The roles of a line that goes on with the line above, inside its block (a TEI ``lb``)."""
PROSE_ROLES = frozenset({"p", "p+", "item", "item+", "continuation"})
"""The roles of prose blocks: paragraphs and list items with their wrapped lines and further
paragraphs (TEI ``p``, ``item``, ``lb``)."""
