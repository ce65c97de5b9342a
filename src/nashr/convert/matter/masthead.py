"""A periodical's masthead and issue lines: a title with an issue number, a masthead block of a weekly's
or daily's page (year, issue, price, editor), a periodical named by its kind with the lines of its
issue, a journal's masthead and a periodical's page with its price box. TEI P5 11.6 (``fw
type="masthead"``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import DIGIT, Shape
from nashr.convert.document import (
    Document,
    is_dateline,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.patterns import MASTHEAD_MARK, PAGE_HEAD_MAX_WORDS, TITLE_PARTS
from nashr.convert.matter.shapes import _title_like, clause
from nashr.convert.reading import plain

MASTHEAD = re.compile(rf"^\s*(?P<title>[^\d\s][^\d]{{1,40}}?)\s+(?P<issue>{DIGIT}{{1,5}})\s*$")
MASTHEAD_MAX_TITLE_WORDS = 4


MASTHEAD_BLOCK_MAX_LINES = 30
# A periodical named by its periodicity, with the issue's number: «ماهنامه شماره ۱۲۱ - صفحه ۲»,
# «روزنامه اطلاعات، شماره ۱۲۳۴۵».
PERIODICAL_ISSUE = LazyPattern(r"^(روزنامه|ماهنامه|هفته‌نامه|هفته نامه|هفتهنامه|فصلنامه|فصل‌نامه|دوهفته‌نامه|دوماهنامه"
                               rf"|مجله|نشریه)\b[^.!؟?]*\s(شماره|ش)\s*[:.]?\s*{DIGIT}+")
# A periodical named by its kind at the top («نشریه …», «پژوهشنامه …», an archive's «[روزنامه:] …»),
# and the lines of its issue under it: the year or the issue, in digits or in words («سال بیست و
# نهم», «[شماره:] ۸۶۷۰», «سال چهارم شماره ۱ …»), or the issue's date. Sets 8, 10 and 12: a weekly's
# page and a daily's in an archive, an online organ's masthead, a journal's issue page.
PERIODICAL_KIND = (r"روزنامه|نشریه|مجله|ماهنامه|هفته[\s\u200c]?نامه|فصل[\s\u200c]?نامه|دوهفته[\s\u200c]?نامه"
                   r"|دوماهنامه|گاهنامه|پژوهش[\s\u200c]?نامه")
PERIODICAL_NAME = LazyPattern(rf"^(?:\[(?:{PERIODICAL_KIND})\s*[:：]?\]|(?:{PERIODICAL_KIND})\s*[:：]?)\s*[^\d\s]")
PERIODICAL_NAME_MAX_WORDS = 12
ISSUE_LINE = LazyPattern(rf"^\[?(?:سال|شماره|نمره|دوره)\s*[:：]?\]?\s*[:：]?\s*"
                         rf"(?:{DIGIT}+|(?:\S+\s+و\s+)*\S+م)(?:[\s،,]|$)")
PERIODICAL_HEAD_MAX_LINES = 5


# Names of a kind of text, which with a number are a title («قطعنامه ۵۹۸», «غزل ۱۲», «حکایت ۱۹»),
# not a periodical and its issue.
TEXT_KIND = LazyPattern(r"^(بیانیه|اطلاعیه|اعلامیه|قطعنامه|مصوبه|قانون|گزارش|نامه|پیام|فرمان|غزل|قصیده|رباعی|"
                        r"قطعه|حکایت|سوره|آیه|درس|جلسه|نشست|قسمت|شماره)(\s|$)")


def _masthead_evidence(doc: Document, name: str) -> bool:
    """A first line of a name and a number is a periodical's masthead when the name, or its last
    part after a dash, is no kind of text (:data:`TEXT_KIND`) and the line under it is the
    issue's date, a line naming the issue (:data:`~nashr.convert.matter.patterns.MASTHEAD_MARK`) or a title: a masthead
    stands over the text, a title's number does not stand alone over a second title."""
    flow = doc.flow
    if any(TEXT_KIND.match(part) for part in TITLE_PARTS.split(name.strip())):
        return False  # (also after a dash: «دیوان حافظ - غزل شماره ۱»)
    if name.rstrip()[-1:] in {"-", "–", "—"}:
        return False  # (a work's part after a dash, «تاریخ بدخشان - ۲»: a masthead sets its issue after the name)
    nxt = flow[1]
    return bool(MASTHEAD_MARK.search(doc.s(flow[0]).plain) or is_dateline(doc.out[nxt].text)
                or MASTHEAD_MARK.search(doc.s(nxt).plain) or _title_like(doc, nxt))


def _masthead_line(s: Shape) -> bool:
    """A line of a masthead naming the issue, price or periodicity
    (:data:`~nashr.convert.matter.patterns.MASTHEAD_MARK`): a short noun phrase («(شماره ۳)», «قیمت اشتراک سالیانه»),
    not a headline that speaks of a price or a year («قیمت بنزین در سال ۱۴۰۲ افزایش نمی‌یابد»:
    :func:`~nashr.convert.matter.shapes.clause`, or longer)."""
    return (MASTHEAD_MARK.search(s.plain) is not None and s.words <= PAGE_HEAD_MAX_WORDS
            and not clause(s.plain))


def _periodical_head(doc: Document) -> int:
    """A periodical's head (:func:`_periodical_lines`) on one of the first two lines of the top (an
    archive's notes aside): all ``masthead`` (:func:`_mark_periodical`); returns the position in
    ``doc.flow`` after them (0 when there is none). The article under them keeps its title (the
    first free line), unlike a page under a masthead block (:func:`_masthead_block`)."""
    for start in [i for i in doc.flow if doc.role(i) != "note"][:2]:
        if (head := _periodical_lines(doc, start, under_title=False)) is not None:
            return _mark_periodical(doc, head)
    return 0


def _periodical_lines(doc: Document, start: int, under_title: bool = True) -> list[int] | None:
    """The lines of a periodical's head from line ``start``: its name by its kind
    (:data:`PERIODICAL_NAME`, no digits, at most PERIODICAL_NAME_MAX_WORDS words) and right under it
    (no other line between, blank lines aside) the lines of its issue: the year or number
    (:data:`ISSUE_LINE`: not a title naming a number, «اعلامیه شماره ۹۳ …»), the issue's date, or a
    second line naming the periodical; one of them at least the issue or the periodical named again
    (a date alone under «روزنامه …» heads a diary's first day), at most PERIODICAL_HEAD_MAX_LINES
    lines in all, none a list's bullet line, each but the date at most PERIODICAL_NAME_MAX_WORDS
    words. Or, under the page's title (``under_title``: a page reproducing a gazette's issue), when
    other lines stand under the name (what the periodical holds, its editor: an official gazette's
    head), the lines down to the issue's date, at most PERIODICAL_HEAD_MAX_LINES under the name, one
    of them the issue and none a sentence or a bullet line. None when there is no such head.

    A line under the name that is a sentence (:func:`_sentence`) ends the head, even when it names
    the periodical again: «مجله … منتشر شد.» is a news headline under the masthead, not its line."""
    s = doc.s(start)
    if not (PERIODICAL_NAME.match(s.plain) and s.words <= PERIODICAL_NAME_MAX_WORDS and s.end == "none"
            and not re.search(DIGIT, s.plain)):
        return None  # (a page's title naming a paper with its year: «روزنامه وقایع اتفاقیه (۱۲۳۰ خورشیدی)»)
    head = [start]
    for i in range(start + 1, len(doc.shapes)):
        t = doc.s(i) if doc.shapes[i] is not None else None
        if t is None:
            continue
        if (len(head) == PERIODICAL_HEAD_MAX_LINES or t.bullet or _sentence(t)
                or not (is_dateline(doc.out[i].text) or (t.words <= PERIODICAL_NAME_MAX_WORDS and (
                    ISSUE_LINE.match(t.plain) or PERIODICAL_NAME.match(t.plain))))):
            break
        head.append(i)
    if any(ISSUE_LINE.match(doc.s(i).plain) or PERIODICAL_NAME.match(doc.s(i).plain) for i in head[1:]):
        return head
    if not under_title:
        return None
    under = doc.flow[doc.pos[start] + 1 : doc.pos[start] + 1 + PERIODICAL_HEAD_MAX_LINES]
    date = next((k for k, i in enumerate(under) if is_dateline(doc.out[i].text)), None)
    if date is None:
        return None  # (a date alone under «روزنامه …»: a diary, «روزنامه سفر قم», over its first day)
    run = under[: date + 1]
    if any(doc.s(i).end == "terminal" or doc.s(i).bullet for i in run) \
            or not any(ISSUE_LINE.match(doc.s(i).plain) for i in run):
        return None
    return [start, *run]


def _sentence(s: Shape) -> bool:
    """A sentence, which no masthead line is: it ends in a full stop, «؟» or «!», or it has a verb
    (:func:`~nashr.convert.matter.shapes.clause`)."""
    return s.end == "terminal" or clause(s.plain)


def _mark_periodical(doc: Document, head: list[int]) -> int:
    """Make the lines ``head`` of a periodical's head ``masthead``; returns the position in
    ``doc.flow`` after them."""
    for i in head:
        # (its record, nashr.convert.certainty, once an official gazette's head under the page's title came:
        # right on all 17 lines over 4 sets, so no @cert)
        doc.set(i, "masthead", "masthead: a periodical named by its kind («نشریه …», «[روزنامه:] …») and its "
                "issue's lines under it (year, number, date)")
    return next((k for k, i in enumerate(doc.flow) if i > head[-1]), len(doc.flow))


def _masthead_block(doc: Document) -> int:
    """A periodical's masthead over several lines (year and issue, price, address, motto) above the
    issue's date: when the lines before the first dateline near the top name at least two such
    things (:func:`_masthead_line`; two different words of :data:`~nashr.convert.matter.patterns.MASTHEAD_MARK`: a
    masthead gives the year and the issue, or the issue and the price), every line before that dateline is
    masthead. Returns the position in ``doc.flow`` after the block (0 when there is none)."""
    flow = doc.flow[:MASTHEAD_BLOCK_MAX_LINES]
    date = next((k for k, i in enumerate(flow) if is_dateline(doc.out[i].text)), None)
    if date is None:
        return 0
    marks = {MASTHEAD_MARK.search(doc.s(i).plain)[0].strip("(﴿ ").split()[0]
             for i in flow[:date] if _masthead_line(doc.s(i))}
    if len(marks) < 2:
        return 0  # (a menu of a news site's price pages names one thing: «قیمت طلا», «قیمت سکه» …)
    for i in flow[:date]:
        if doc.role(i) != "fw":
            doc.set(i, "masthead", "masthead: a line of the periodical's masthead (year, issue, price, address) "
                    "above the issue's date", cert="medium")
    return date


# A newspaper's front page of the Qajar era (Persian Wikisource's transcriptions of «وقایع اتفاقیه»,
# 1851, and «ایران», 1871; Browne, *The Press and Poetry of Modern Persia*, 1914, describes the
# layout): the issue's number after «نمره» (the period's word for it; in digits, in words, or the
# word alone over its ordinal: «نمرهٔ ۲۰», «نمرهٔ بیستم», «نُمْرهٔ» / «اَوَّل»), the paper's name with
# the issue's date («روزنامهٔ … بتاریخ پنجشنبه …»), and a box of prices under «قیمت» (one price a
# line, in tomans, dinars, shahis or qrans, its period «سالیانه» or unit «سطری» under it).
ISSUE_WORD = "نمره"
ORDINAL_WORD = r"(?:[^\s\d]{2,}م|[^\s\d]{2,}مین|اول|نخست)"
ISSUE_NUMBER = re.compile(rf"^{ISSUE_WORD}\s+(?:{DIGIT}{{1,5}}|{ORDINAL_WORD})$")
PAPER_DATE = re.compile(r"^(?:روزنامه|جریده)\s.{2,60}?\s(?:بتاریخ|به تاریخ|مورخه|مورخ)\s")
PAPER_DATE_MAX_WORDS = 25
PRICE_LABEL = re.compile(r"^(?:قیمت|بها|بهای|وجه)(?:\s+\S+){0,2}$")
MONEY = LazyPattern(rf"(?:^|\s)(?:(?:{DIGIT}+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار)\u200c?)?"
                    r"(?:تومان|دینار|شاهی|قران|ریال|عباسی)(?=\s|$)")  # («دهشاهی», not «پادشاهی»)
PRICE_MAX_WORDS = 8
PRICE_UNIT_MAX_WORDS = 2


def journal_masthead(text: str) -> re.Match[str] | None:
    """The periodical's name and issue number a masthead line gives (:data:`MASTHEAD`: «کاوه ۱۲»),
    or None — also for the issue's number alone after «نمره» («نمرهٔ ۲۰»: no name)."""
    m = MASTHEAD.match(text)
    return m if m is not None and plain(m["title"]).strip() != ISSUE_WORD else None


def periodical_page(doc: Document, body: list[int]) -> None:
    """The boxes of a newspaper's front page in the body of the text (:data:`ISSUE_NUMBER`): the
    issue's number and the paper's name with the issue's date are ``masthead``; a price box's label
    ``head``, over one ``item`` a price (at most PRICE_MAX_WORDS words naming a currency, no final
    punctuation) and, right under a price, its period or unit alone (PRICE_UNIT_MAX_WORDS words,
    a blank line after it) ``item+``; a label is a price box's only over a price."""
    for pos, i in enumerate(body):
        s = doc.s(i)
        if doc.role(i) not in {"p", "head"}:
            continue
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        if ISSUE_NUMBER.match(s.plain) or (s.plain == ISSUE_WORD and nxt == i + 1
                                           and re.fullmatch(ORDINAL_WORD, doc.s(nxt).plain)):
            doc.set(i, "masthead", "masthead: the issue's number after «نمره» (a newspaper's front page)")
            if s.plain == ISSUE_WORD and nxt is not None:
                doc.set(nxt, "masthead", "masthead: the issue's number in words under «نمره»")
        elif (PAPER_DATE.match(s.plain) and s.words <= PAPER_DATE_MAX_WORDS and s.end != "terminal"
              and re.search(f"{DIGIT}{{4}}", s.plain)):
            doc.set(i, "masthead", "masthead: the paper's name with the issue's date («روزنامهٔ … بتاریخ …»)",
                    cert="medium")
        elif PRICE_LABEL.match(s.plain) and s.end == "none":
            _price_box(doc, body, pos)


def _price_box(doc: Document, body: list[int], pos: int) -> None:
    """The prices under the label ``body[pos]`` (:func:`periodical_page`)."""
    found, last = [], None
    for i in body[pos + 1 :]:
        s = doc.s(i)
        if doc.role(i) not in {"p", "head"} or s.end == "terminal":
            break
        if s.words <= PRICE_MAX_WORDS and MONEY.search(s.plain):
            found.append((i, "item"))
            last = i
        elif (last is not None and i == last + 1 and s.words <= PRICE_UNIT_MAX_WORDS and doc.blank_after(i)
              and not re.search(DIGIT, s.plain)):
            found.append((i, "item+"))
            last = None
        else:
            break
    if not any(role == "item" for _, role in found):
        return
    doc.set(body[pos], "head", "head: the label of a box of prices («قیمت») over them", cert="medium")
    for k, (i, role) in enumerate(found):
        if role == "item":
            doc.set(i, "item", "item: a price under the label of a price box (a sum in tomans, dinars …)",
                    cert="medium", list_start=k == 0)
        else:
            doc.set(i, "item+", "item+: the period or unit of the price above it («سالیانه», «سطری»)", cert="medium")
