"""Classify the lines of a plain-text source into the roles a TEI editor would encode.

Each non-blank line gets one role (a TEI element or a part of one) and the name of the rule that
chose it, so ``nashr convert --explain`` can show an editor why. Rules look only at the line, its
position and its neighbours; none is tuned to one source. The roles, and the TEI element each
becomes (TEI P5 Guidelines ch. 4 "Default Text Structure"):

=============  ===========================================================
role           TEI
=============  ===========================================================
masthead       ``fw type="masthead"`` (periodical title and issue)
title          ``head type="main"``
subtitle       ``head type="sub"`` (approval notes, secondary titles)
byline         ``byline``
dateline       ``dateline`` (at the top, or in the ``closer`` at the end)
salute         ``opener/salute`` at the top, ``closer/salute`` at the end
head           ``head`` opening a ``div``
p              ``p``
item           ``item`` of a numbered ``list`` (``@n`` = the number)
continuation   a further ``p`` inside the previous ``item``
closer         ``closer`` (slogans such as «زنده باد …»)
signed         ``closer/signed``
trailer        ``trailer`` (a lone «*»)
=============  ===========================================================

Digits: Persian (U+06F0–06F9), Arabic-Indic (U+0660–0669) and ASCII digits all count; Python's
``int()`` reads all three (they are Unicode category Nd).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
# Item separators seen in Persian typing: hyphen-minus, en and em dash, low line, ")" and ".".
ITEM_SEPARATOR = r"[-\u2013\u2014_).]"
ITEM_NUMBER = re.compile(rf"^\s*(?P<label>\(?(?P<num>{DIGIT}{{1,3}})\)?\s*{ITEM_SEPARATOR}?)\s*(?=\S)")
ITEM_NUMBER_PAREN = re.compile(rf"^\s*\((?P<num>{DIGIT}{{1,3}})\)\s*(?=\S)")
ITEM_NUMBER_STRONG = re.compile(rf"^\s*(?P<num>{DIGIT}{{1,3}})\s*{ITEM_SEPARATOR}\s*(?=\S)")
# Persian letter numbering: «الف-», «ب)», … in alphabetical and in abjad order (both in use).
ALPHABETICAL = ["الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ", "ر", "ز", "ژ", "س", "ش"]
ABJAD = ["الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن", "س", "ع"]
ITEM_LETTER = re.compile(
    r"^\s*(?P<letter>الف|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])\s*[-\u2013\u2014_)]\s*(?=\S)"
)

MASTHEAD = re.compile(rf"^\s*(?P<title>[^\d\s][^\d]{{1,40}}?)\s+(?P<issue>{DIGIT}{{1,5}})\s*$")
MASTHEAD_MAX_TITLE_WORDS = 4
TERMINAL_PUNCTUATION = (".", "!", "?", "؟", "…")
# Colon-final headings are short noun phrases: the longest in the seeds has 6 words
# («فعالیت حزب در سطح بین المللی:»); sentences that introduce what follows are longer or contain
# the object marker «را» («چند نکته دیگر را هم لازم است اشاره کنم:»).
HEAD_COLON_MAX_WORDS = 7
# Headings without a colon («عليه اعدام») are very short and must be followed by prose.
HEAD_SHORT_MAX_WORDS = 4
# A following paragraph must be clearly prose: at least this many words.
PROSE_MIN_WORDS = 12
TITLE_MAX_WORDS = 20
SUBTITLE_MAX_WORDS = 12
SUBTITLE_OPENERS = ("مصوب", "تصویب شده", "مصوبه", "قطعنامه مصوب")
BYLINE_OPENERS = ("نوشته", "به قلم", "از:", "نویسنده", "گزارشگر")
SLOGAN_OPENERS = ("زنده باد", "مرگ بر", "پیروز باد", "سرنگون باد", "درود بر", "نابود باد", "گرامی باد")
CLOSER_MAX_WORDS = 10
SALUTE_TOP = re.compile(
    r"^\s*((?:با )?(?:سلام|درود)(?: و (?:سلام|درود|احترام))?|به نام\s.*|"
    r"(?:\S+\s){0,5}\S*(?:عزیز|گرامی|محترم|ارجمند)(?:ان|م)?)\s*[،,:!]?\s*$"
)
SALUTE_BOTTOM = re.compile(r"^\s*(با (?:سلام|درود|احترام|سپاس|تشکر)|ارادتمند|قربان شما|با آرزوی)")
SIGNED_MAX_WORDS = 8
TRAILER = re.compile(r"^\s*[*]+\s*$|^\s*-\s*[*]\s*-\s*$")
TRAILING_STAR = re.compile(r"\s[*]\s*$")

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
               "شمسی", "قمری", "میلادی", "برابر", "با"}
DATELINE_MAX_CHARS = 80
DATELINE_MAX_OTHER_WORDS = 2  # a place: «تهران، ۵ آبان ۱۳۸۶»

ARABIC_TO_PERSIAN = str.maketrans("يكى", "یکی")
WORD = re.compile(r"[^\s\u200c،,:;.!?؟()«»\"'\-–—_*]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One source line and its role.

    Attributes:
        n: 1-based line number in the source.
        text: the line as in the source (without its line break).
        role: one of the roles in the module docstring, or ``blank``.
        rule: the name of the rule that chose the role (shown by ``--explain``).
        number: for ``item``: the item's number (1-based; letter numbering counts from 1).
        list_start: for ``item``: True when this item opens a new list.
        trailer_at: for a ``p`` ending in « *»: offset where the trailer «*» begins.
        copy_of: line number of an earlier line with exactly the same text (a duplicate).
    """

    n: int
    text: str
    role: str
    rule: str
    number: int | None = None
    list_start: bool = False
    trailer_at: int | None = None
    copy_of: int | None = None


def words(text: str) -> list[str]:
    """Words of ``text``: runs of characters between spaces, ZWNJ and punctuation."""
    return WORD.findall(text)


def _bare(text: str) -> str:
    return text.strip().translate(ARABIC_TO_PERSIAN)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL_PUNCTUATION)


def _ends_colon(text: str) -> bool:
    return text.rstrip().endswith((":", "："))


def is_dateline(text: str) -> bool:
    """True for a short line that is a date and little else («١٤ و ١٥ آذر ١٣٨٨ (٥ و ٦ دسامبر ٢٠٠٩)»).

    A dateline has a month name or a numeric date (``1386/8/5``), digits, and at most
    ``DATELINE_MAX_OTHER_WORDS`` other words (a place name).
    """
    bare = _bare(text)
    if len(bare) > DATELINE_MAX_CHARS or not re.search(DIGIT, bare):
        return False
    tokens = words(bare)
    has_month = any(t in MONTHS for t in tokens)
    numeric = re.search(rf"{DIGIT}{{1,4}}\s*[/.-]\s*{DIGIT}{{1,2}}\s*[/.-]\s*{DIGIT}{{1,4}}", bare)
    if not (has_month or numeric):
        return False
    other = [t for t in tokens if t not in MONTHS and t not in DATE_FILLER and not re.fullmatch(f"{DIGIT}+", t)]
    return len(other) <= DATELINE_MAX_OTHER_WORDS


def _letter_number(letter: str) -> int:
    for order in (ALPHABETICAL, ABJAD):
        if letter in order:
            return order.index(letter) + 1
    return 0


@dataclass(frozen=True, slots=True)
class _Label:
    number: int
    strong: bool  # has a separator («۱-», «(1)», «الف-»); a bare «۸ …» is weak
    style: str  # "digit" or "letter"


def _label(text: str) -> _Label | None:
    m = ITEM_NUMBER_STRONG.match(text) or ITEM_NUMBER_PAREN.match(text)
    if m:
        return _Label(int(m["num"]), True, "digit")
    m = ITEM_LETTER.match(text)
    if m and _letter_number(m["letter"]):
        letter = m["letter"]
        # «ب-» after «الف-» is alphabetical and abjad alike; later letters differ between orders,
        # so a letter label is accepted at the position of either order.
        return _Label(_letter_number(letter), True, "letter:" + letter)
    m = ITEM_NUMBER.match(text)
    if m:
        return _Label(int(m["num"]), False, "digit")
    return None


def _continues(label: _Label, style: str, last: int, last_letter: str | None) -> bool:
    if style == "digit":
        return label.style == "digit" and label.number == last + 1
    if not label.style.startswith("letter:") or last_letter is None:
        return False
    letter = label.style.split(":", 1)[1]
    return any(
        last_letter in order and order.index(last_letter) + 1 < len(order)
        and order[order.index(last_letter) + 1] == letter
        for order in (ALPHABETICAL, ABJAD)
    )


def _starts(label: _Label) -> bool:
    return label.strong and label.number == 1


def classify(lines: Sequence[str]) -> list[Line]:
    """Give every line a role and the rule that chose it.

    Args:
        lines: the source's lines without line breaks (``Source.lines``); line ``n`` is
            ``lines[n - 1]``.

    Returns:
        One :class:`Line` per input line, in order.
    """
    out = [Line(i + 1, t, "blank" if not t.strip() else "p", "blank line" if not t.strip() else "default: paragraph")
           for i, t in enumerate(lines)]
    content = [i for i, line in enumerate(out) if line.role != "blank"]
    if not content:
        return out
    top_end = _classify_top(out, content)
    bottom_start = _classify_bottom(out, content, top_end)
    body = [i for i in content if top_end <= i < bottom_start]
    _classify_lists(out, body)
    _classify_heads(out, body, content)
    _mark_duplicates(out)
    return out


def _set(out: list[Line], i: int, role: str, rule: str, **extra: object) -> None:
    out[i] = replace(out[i], role=role, rule=rule, **extra)  # type: ignore[arg-type]


def _classify_top(out: list[Line], content: list[int]) -> int:
    """Masthead, title, subtitles, byline, dateline, opening salutation. Returns the index of
    the first line after the top block."""
    k = 0
    first = out[content[0]].text
    m = MASTHEAD.match(first)
    if m and len(words(m["title"])) <= MASTHEAD_MAX_TITLE_WORDS:
        _set(out, content[0], "masthead", "masthead: a first line of at most 4 words and an issue number")
        k = 1
    if k < len(content):
        text = out[content[k]].text
        n_words = len(words(text))
        if (
            n_words <= TITLE_MAX_WORDS
            and not _ends_sentence(text)
            and not _ends_colon(text)
            and _label(text) is None
            and not is_dateline(text)
            and not SALUTE_TOP.match(_bare(text))
            and k + 1 < len(content)
        ):
            _set(out, content[k], "title",
                 f"title: first line (after a masthead) of at most {TITLE_MAX_WORDS} words, no final punctuation")
            k += 1
    while k < len(content):
        text = out[content[k]].text
        bare = _bare(text)
        if is_dateline(text):
            _set(out, content[k], "dateline", "dateline: a short line of a date (month name or d/m/y) near the top")
        elif bare.startswith(SUBTITLE_OPENERS) and len(words(text)) <= SUBTITLE_MAX_WORDS * 2:
            _set(out, content[k], "subtitle", "subtitle: an approval note («مصوب …») under the title")
        elif bare.startswith(BYLINE_OPENERS) and len(words(text)) <= SUBTITLE_MAX_WORDS:
            _set(out, content[k], "byline", "byline: «نوشته …», «به قلم …» under the title")
        elif SALUTE_TOP.match(bare) and len(words(text)) <= SIGNED_MAX_WORDS:
            _set(out, content[k], "salute", "salute: a greeting («… عزیز،», «با سلام») opening a letter")
        elif (
            k > 0
            and out[content[k - 1]].role in {"title", "dateline", "subtitle"}
            and len(words(text)) <= SUBTITLE_MAX_WORDS // 2
            and not _ends_sentence(text)
            and not _ends_colon(text)
            and _label(text) is None
        ):
            _set(out, content[k], "subtitle", "subtitle: a short line without final punctuation under the title")
        else:
            break
        k += 1
    return content[k] if k < len(content) else len(out)


def _classify_bottom(out: list[Line], content: list[int], top_end: int) -> int:
    """Closing formula, signature and date of a letter; trailers, slogans and datelines at the
    end. Returns the index of the first line of the bottom block."""
    tail = [i for i in content if i >= top_end]
    start = len(out)
    # A closing formula («با درود …») among the last lines opens the closing block of a letter:
    # what follows it is signatures and a date.
    closing = next(
        (i for i in reversed(tail[-(SIGNED_MAX_WORDS // 2 + 2):])
         if SALUTE_BOTTOM.match(_bare(out[i].text)) and len(words(out[i].text)) <= SIGNED_MAX_WORDS),
        None,
    )
    for i in reversed(tail):
        text = out[i].text
        bare = _bare(text)
        n_words = len(words(text))
        if TRAILER.match(text):
            _set(out, i, "trailer", "trailer: a line of «*» at the end")
        elif bare.startswith(SLOGAN_OPENERS) and n_words <= CLOSER_MAX_WORDS:
            _set(out, i, "closer", "closer: a slogan («زنده باد …») at the end")
        elif is_dateline(text):
            _set(out, i, "dateline", "dateline: a date line at the end")
        elif i == closing:
            _set(out, i, "salute", "salute: a closing formula («با درود …») at the end")
        elif closing is not None and i > closing and n_words <= SIGNED_MAX_WORDS:
            _set(out, i, "signed", "signed: a short line after the closing formula")
        else:
            break
        start = i
    # A final paragraph ending in « *» carries the trailer on its own line.
    last_body = [i for i in tail if i < start]
    if last_body:
        i = last_body[-1]
        m = TRAILING_STAR.search(out[i].text)
        if m and out[i].text[: m.start()].strip():
            out[i] = replace(out[i], trailer_at=out[i].text.index("*", m.start()))
    return start


def _next_label(out: list[Line], body: list[int], pos: int) -> _Label | None:
    for j in body[pos + 1 :]:
        return _label(out[j].text)
    return None


def _classify_lists(out: list[Line], body: list[int]) -> None:
    style: str | None = None  # "digit" or "letter" while a list is open
    last = 0
    last_letter: str | None = None
    items: list[int] = []

    def close() -> None:
        nonlocal style, items
        if len(items) == 1:  # a list of one item is a numbered paragraph, not a list
            _set(out, items[0], "p", "paragraph: a single numbered line is not a list",
                 number=None, list_start=False)
            for j in body:
                if j > items[0] and out[j].role == "continuation":
                    _set(out, j, "p", "default: paragraph")
        style, items = None, []

    for pos, i in enumerate(body):
        text = out[i].text
        label = _label(text)
        if label and _starts(label):
            close()
            style = "letter" if label.style.startswith("letter:") else "digit"
            last, last_letter = 1, label.style.split(":", 1)[1] if style == "letter" else None
            items = [i]
            _set(out, i, "item", "item: a line numbered 1 (or «الف») with a separator opens a list",
                 number=1, list_start=True)
        elif label and style and _continues(label, style, last, last_letter):
            last += 1
            if style == "letter":
                last_letter = label.style.split(":", 1)[1]
            items.append(i)
            rule = "item: the next number of the open list"
            if not label.strong:
                rule += " (no separator after the number)"
            _set(out, i, "item", rule, number=last)
        elif style:
            following = _next_label(out, body, pos)
            if following and _continues(following, style, last, last_letter):
                _set(out, i, "continuation", "continuation: an unnumbered paragraph between item n and item n+1")
            else:
                close()
    close()


def _classify_heads(out: list[Line], body: list[int], content: list[int]) -> None:
    for i in body:
        if out[i].role != "p":
            continue
        text = out[i].text
        tokens = words(text)
        following = next((j for j in content if j > i), None)
        next_is_prose = following is not None and out[following].role in {"p", "item"}
        if _ends_colon(text) and len(tokens) <= HEAD_COLON_MAX_WORDS and "را" not in tokens and following is not None:
            _set(out, i, "head",
                 f"head: a line of at most {HEAD_COLON_MAX_WORDS} words ending in «:», not a clause with «را»")
        elif (
            len(tokens) <= HEAD_SHORT_MAX_WORDS
            and not _ends_sentence(text)
            and not _ends_colon(text)
            and next_is_prose
            and following is not None
            and len(words(out[following].text)) >= PROSE_MIN_WORDS
            and _label(text) is None
        ):
            _set(out, i, "head",
                 f"head: a line of at most {HEAD_SHORT_MAX_WORDS} words without final punctuation before a paragraph")


def _mark_duplicates(out: list[Line]) -> None:
    seen: dict[str, int] = {}
    for i, line in enumerate(out):
        if line.role == "blank":
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
    ``news`` or None. Keywords are the standard Persian names of these document types.
    """
    title = next((_bare(line.text) for line in lines if line.role == "title"), "")
    rules = (
        (("اطلاعیه پایانی", "بیانیه", "اعلامیه"), "statement"),
        (("قطعنامه", "قرار ", "مصوبه"), "resolution"),
        (("گزارش",), "report"),
        (("اطلاعیه", "فراخوان"), "announcement"),
        (("خبر", "اخبار"), "news"),
        (("نامه",), "letter"),
    )
    for keys, name in rules:
        if any(title.startswith(k) or f" {k}" in f" {title}" for k in keys):
            return name
    if any(line.role == "salute" for line in lines):
        return "letter"
    return None
