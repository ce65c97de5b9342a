"""The end of a text (:func:`closing_matter`): closing formula and wishes, signatures and the offices
signing on behalf, dates, postscripts, certified copies, copy lists, slogans, trailers, source credits
and references. TEI P5 4.2.2 (``closer``, ``signed``, ``salute``, ``dateline``), 4.2.1 (``trailer``)
and 4.2.3 (``postscript``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nashr.convert.conventions import Shape, words
from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    full,
    is_dateline,
)
from nashr.convert.forms import SIGNATURE_MARK
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import _name_and_office
from nashr.convert.matter.opening import invocation
from nashr.convert.matter.patterns import (
    BRACKETED,
    IMAGE_TEXT,
    KICKER,
    OFFICE_TITLE,
    PART_NAME,
    REFERENCE_NAMES,
    SIGNER_MAX_WORDS,
    WIKI_EDIT,
)
from nashr.convert.matter.people import credit_line
from nashr.convert.matter.shapes import SIGNED_MAX_WORDS, _is_addressee

SLOGAN_OPENERS = ("زنده باد", "مرگ بر", "پیروز باد", "سرنگون باد", "درود بر", "نابود باد", "گرامی باد")
CLOSER_MAX_WORDS = 10


SALUTE_BOTTOM = re.compile(
    r"^\s*(با (?:سلام|درود|احترام|سپاس|تشکر|تقدیم|آرزوی|امید)|ارادتمند|قربان|والسلام|سپاسگزار|"
    r"با سپاس|با تشکر|پیروز باشید|موفق باشید|دوستدار|به امید|خدانگهدار|خدا نگهدار|با مهر|با بهترین)"
)
# Wishes that close a letter: «تندرست و کامروا باشید», «موفق و پیروز باشید», «پاینده باد».
CLOSING_WISH = re.compile(r"\s(باشید|باشی|بادا|باد)[.!]?$")
CLOSING_WISH_MAX_WORDS = 6
# A closing formula with the writer's name after it: «ارادتمند: سعید …», «قربانت – نیما» (the signature).
SIGNING_FORMULAS = ("ارادتمند", "دوستدار", "سپاسگزار", "قربان", "قربانت", "قربانتان", "فدایت", "مخلص")
FORMULA_AND_NAME = re.compile(rf"^({'|'.join(SIGNING_FORMULAS)})(\s+شما)?\s*[:：\-–—،,]\s*\S")
# Closing formulas that do not open their line: «موقع را مغتنم شمرده احترامات فائقه را تجدید می‌نماید».
# The formula is «احترامات فائقه را تجدید …»; its adjective is often misspelt (the verb and object carry it).
CLOSING_FORMULA = re.compile(r"احترامات فائقه|احترامات\s+\S+\s+(?:خود را\s+)?(?:را\s+)?تجدید|تقدیم احترام|ایام به کام"
                             r"|موقع را مغتنم|^پیشاپیش\s.*(?:سپاسگزار|سپاس‌گزار|متشکر|ممنون)"  # thanks in advance
                             # a petition to the Shah or a minister leaves the decision to him: «الامر الاقدس
                             # الاعلی مطاع», «امر، امر مبارک است»
                             r"|^(?:الامر|امر)\s(?:\S+\s){0,3}مطاع|^امر[،,]?\s+امر\s")
CLOSING_MAX_WORDS = 14
# «Nothing more to say» closing a Qajar or early Pahlavi letter: «زیاده جسارت است», «زیاده عرضی نیست»,
# «زیاده مصدع نمی‌شود», and the wish or prayer it may run into on the same line («زیاده مصدع نشده،
# همه قسم سعادت … را از درگاه احدیت مسألت می‌نمایم.»): up to ENOUGH_SAID_MAX_WORDS words.
ENOUGH_SAID = re.compile(r"^زیاده\s+(?:جسارت|عرضی|عرض|زحمت|تصدیع|مصدع|مصدعی|چه)")
ENOUGH_SAID_MAX_WORDS = 2 * CLOSING_MAX_WORDS
# A writer's humble name for himself before his name: «فدوی – دکتر مصدق»; in Arabic under a fatwa or a
# cleric's letter: «حرره الاحقر …» ("written by the humblest …"), «الداعی …», «الراجی …».
SELF_DESIGNATIONS = ("فدوی", "چاکر", "جان‌نثار", "جان نثار", "خانه‌زاد", "کمترین", "بنده درگاه",
                     "حرره", "حرّره", "الاحقر", "الداعی", "الراجی")
SELF_DESIGNATION = re.compile(rf"^({'|'.join(SELF_DESIGNATIONS)})\b")


# A notice signed on behalf of those who issue it: «از طرف خانواده‌های …», «از سوی انجمن …».
ON_BEHALF = LazyPattern(r"^(?:از طرف|از سوی|از جانب)\s+\S")
# The signers of a petition after the one on whose behalf they sign: «از طرف اهالی …: name، name، …
# و چهل امضاء کنندگان حاضر.» — the names parted by «،» (or «و»), each of at most SIGNER_MAX_WORDS.
ON_BEHALF_SIGNERS = LazyPattern(r"^(?:از طرف|از سوی|از جانب)\s+(?P<whom>[^:：.]{1,80})[:：]\s*(?P<names>[^:：]+?)[.]?$")


SIGNED_LAST_LINES = 3  # the last lines of a text looked at for an issuer's office or name
# A web page's stamp of when it was published («تاریخ نشر 07/09/2020», «تاریخ انتشار: …»): the site's
# date, not the document's, so the line under it is no issuer signing under the date.
PUBLISHED = LazyPattern(r"^\W*(?:تاریخ[\s\u200c]*(?:نشر|انتشار)|منتشر[\s\u200c]*شده)")


DATELINE_PLACE_WORDS = 3  # a place name of a dateline or address: «تهران», «واشنگتن دی.سی»
# An office and a name between spaced dashes, last under a law, resolution or letter:
# «رئیس مجلس شورای ملی - رضا حکمت».
OFFICE_AND_NAME = LazyPattern(r"^[^-–—ـ:.،]{2,60}\s[-–—ـ]\s[^-–—ـ:.،]{2,40}$")  # (a tatweel serves as a dash)
# A signature mark in brackets after a name or office: «فرماندار شهرستان مراغه، [امضاء]».
SIGNATURE_IN_LINE = re.compile(r"[(\[]\s*امضا[ءئ]?\s*(?:[:：][^()\[\]]{1,40})?[)\]]")
# A transcriber's or archive's note on its own line: «[حاشیه ۱:] …», «[مهر: …]».
# (Any label in brackets ending in a colon and followed by text: «[دستنوشته ۱:] …».)
NOTE_LABEL = re.compile(r"^\[\s*(حاشیه|پانویس|پاورقی|یادداشت|توضیح|پی‌نوشت|مهر|ظهر)[^\]]*\]"
                        r"|^\[[^\[\]:]{1,30}:\s*\]\s*\S")
# An addressee written at the foot of a letter, under the signature (diplomatic letters):
# «جناب آقای … سفیر کبیر …», and its place on the next line.
FOOT_ADDRESSEE = re.compile(r"^(جناب|سرکار|حضور|به\s*:)")
# («کپیه», from the French «copie», is the copy word of telegrams and letters of the 1900s–1940s;
# a transcriber may bracket the word the original abbreviates: «[رونوشت] ادارۀ شهربانی».)
POSTSCRIPT = re.compile(
    r"^(\[?(?:رونوشت|رو نوشت|کپیه)|پی‌نوشت\s*:|پی نوشت\s*:|پ\.\s?ن|پ\s?ن\s*:|پس‌نوشت|تذکر\s*:"
    r"|پیوست\s*:)")
POSTSCRIPT_MAX_LINES = 12


# The certification of a copy under it, as archives' and offices' copies carry it («رونوشت برابر
# اصل است», «رونوشت برابر با اصل است، [امضاء]، ۲۸ مهر ۱۳۳۰», «مطابق با اصل است»): the clerk's note on
# the copy (``note``, tests/data/corpus/README.md: registry notes of letters), not a copy list.
CERTIFIED = LazyPattern(r"^(?:(?:رونوشت|رو نوشت|نسخه|کپی|تصویر)\s+)?(?:برابر|مطابق)\s+(?:با\s+)?(?:اصل|متن\s+اصلی)"
                        r"(?:\s+(?:است|می[\s\u200c]?باشد|گواهی\s+می[\s\u200c]?شود))?(?=[\s.،,:]|$)")
CERTIFIED_MAX_WORDS = 25  # with the clerk's signature, date and seal described
END_MARKS = "پایان|ادامه دارد|بقیه دارد|دنباله دارد|تمام|انتهای پیام|پایان خبر|پایان پیام"
# (News agencies end an item with «انتهای پیام/»; a proof ends with «□» or «∎»; a poem or a letter
# with a rule of dots, dashes or colons: «.......», «------», «::» on three publishers' pages.)
TRAILER = re.compile(rf"^\s*([*]\s*)+$|^\s*[□∎]\s*$|^\s*-\s*[*]\s*-\s*$"
                     rf"|^\s*[-–—(]?\s*({END_MARKS})\s*[-–—)/]?[.!]?\s*$|^\s*(?:[.…]{{2,}}|[-–—_]{{2,}}|::+)\s*$")
# Where the text was taken from, at its end: «به نقل از «نامه مردم»، شماره …», «منابع: …» — a credit line
# (``byline``), as tests/data/corpus/README.md settled in round 38 (source credits `byline` on 10 sites); a blog's
# mark may lead it («- به نقل از: …», a Telegram post's «🔸برداشت از کانال …», round 45).
SOURCE_NOTE = re.compile(r"^(?:[^\w\s(\[«]{1,2}\s*)?[(\[]?\s*(به نقل از|نقل از|منابع\s*:|برگرفته از|برگرفته شده از"
                         r"|برداشت از)")
SOURCE_NOTE_MAX_WORDS = 25
# A reprinted item's source at its foot: the periodical's name, a dash or comma, the date
# («روزنامه ایران- شنبه 3 دی 1311», «هفته‌نامه …، ۱۲ مهر ۱۴۰۰»), as newspapers' history columns
# and clipping collections cite each item (Chicago Manual of Style 14.191: newspaper name and date).
PAPER_SOURCE = re.compile(r"^\s*(?:روزنامه|روزنامهٔ|هفته[\s\u200c]?نامه|ماهنامه|مجله|مجلهٔ|جریده|نشریه|خبرگزاری)"
                          r"\s+[^-–—،,:]{1,40}?\s*[-–—،,]\s*(?P<date>\S.*)$")
TRAILING_STAR = re.compile(r"\s[*]\s*$")


# (In wikitext the heading stands between «=» signs: «== منابع ==».)
REFERENCES = re.compile(rf"^(={{2,6}}\s*)?({REFERENCE_NAMES})\s*:?({WIKI_EDIT}|ویرایش)?(\s*={{2,6}})?$")  # (the link
# glued without brackets: a mobile view's copy, «منابعویرایش»)
REFERENCES_MAX_LINES = 12
WIKI_HEADING = re.compile(rf"\S{WIKI_EDIT}$")


# A signature guessed from its place alone (no closing formula, mark or office above it): the
# edition's pass (nashr.convert.edition) may find it is the site's furniture, repeated at every page's foot.
POSITION_SIGNED = "signed: a short line without final punctuation after the last paragraph"


def closing_matter(doc: Document, top_end: int) -> tuple[int, int]:
    """Classify the closing block; return the line index where it starts and the line index
    where text starts again after it (a second text after a covering letter's copy list,
    :func:`_after_postscript`; the number of lines when none does)."""
    tail = doc.flow[top_end:]
    if not tail:
        return len(doc.out), len(doc.out)
    start = len(doc.out)
    end = len(tail)
    headings = [k for k in range(max(0, len(tail) - REFERENCES_MAX_LINES), len(tail))
                if REFERENCES.match(doc.s(tail[k]).plain) and doc.role(tail[k]) == "p"]
    refs = headings[0] if headings else None  # (notes and references may each have their heading)
    if refs is not None and _cites(doc, tail[refs:]):
        read = False  # a reference was read under the latest heading
        for i in tail[refs:]:
            if doc.role(i) != "p":
                continue
            if REFERENCES.match(doc.s(i).plain):
                doc.set(i, "head", "head: the heading of the references at the end («منابع», «منبع»)")
                read = False
            elif read and doc.blank_before(i) and doc.s(i).label is None:
                break  # (the page's links under the references: «صفحه قبل», «صفحه بعد»)
            else:
                doc.set(i, "note", "note: a reference under the references' heading at the end")
                read = True
        start, end = tail[refs], refs
    ps = next((k for k in range(max(0, end - POSTSCRIPT_MAX_LINES), end)
               if POSTSCRIPT.match(doc.s(tail[k]).plain) and not _certified(doc.s(tail[k]))), None)
    resume = len(doc.out)
    if ps is not None and ps > 0:
        said = {doc.s(i).plain for i in tail[:ps]}
        after = _after_postscript(doc, tail, ps, end)
        if after < end:
            resume, end = tail[after], after
        for k in range(ps, end):
            s = doc.s(tail[k])
            if TRAILER.match(s.plain):
                doc.set(tail[k], "trailer", "trailer: an end mark («*», «پایان») at the end")
            elif NOTE_LABEL.match(s.plain):
                doc.set(tail[k], "note", "note: a transcriber's note on a margin or seal («[حاشیه:] …») at the end")
            elif _certified(s):
                doc.set(tail[k], "note", CERTIFIED_NOTE)
            elif k > ps and s.words <= SIGNED_MAX_WORDS and s.end == "none" and s.plain in said:
                doc.set(tail[k], "signed", "signed: the signature of the letter said again under a copy note")
            else:
                doc.set(tail[k], "postscript", "postscript: a copy list («رونوشت …») or P.S. and the lines after it")
        start, end = tail[ps], ps
    window = tail[max(0, end - (SIGNED_MAX_WORDS // 2 + 3)) : end]
    closing = _closing_under_prose(doc, window)
    # A letter is signed at its foot; so is a document its issuer heads with its name (a circular,
    # a statement: a kicker) when an office or that name stands among its last lines.
    letter = any(doc.role(i) in {"salute", "addressee"} for i in doc.flow[:top_end])
    issuers = {doc.s(i).plain for i in doc.flow[:top_end]
               if doc.role(i) == "subtitle" and KICKER.match(doc.s(i).plain)}
    letter = letter or (bool(issuers) and any(
        (OFFICE_TITLE.match(doc.s(i).plain) or doc.s(i).plain in issuers) and doc.s(i).words <= SIGNED_MAX_WORDS
        and doc.s(i).end == "none" for i in tail[max(0, end - SIGNED_LAST_LINES) : end]))
    signed = 0
    for k in range(end - 1, 0, -1):  # the first line after the top stays text
        i = tail[k]
        s = doc.s(i)
        text = doc.out[i].text
        if doc.role(i) == "note" and (BRACKETED.match(s.plain) or IMAGE_TEXT.match(text.strip())):
            pass  # an archive's note in brackets after the letter («[متن بالا رونویسی از اصل سند است …]»), an image
        elif TRAILER.match(s.plain):
            doc.set(i, "trailer", "trailer: an end mark («*», «پایان») at the end")
        elif credit_line(s) and not SOURCE_NOTE.match(s.plain):
            doc.set(i, "byline", "byline: a credit line («خوانش: …», «ترجمه: …») at the end")
        elif SOURCE_NOTE.match(s.plain) and s.words <= SOURCE_NOTE_MAX_WORDS:
            doc.set(i, "byline", "byline: where the text was taken from («به نقل از …», «برگرفته از …») at the end")
        elif s.plain.startswith(SLOGAN_OPENERS) and s.words <= CLOSER_MAX_WORDS:
            doc.set(i, "closer", "closer: a slogan («زنده باد …») at the end")
        elif (m := PAPER_SOURCE.match(s.plain)) and is_dateline(m["date"]):
            doc.set(i, "byline", "byline: the periodical a reprinted text comes from, with its date («روزنامه "
                    "ایران - شنبه ۳ دی ۱۳۱۱») at the end", cert="medium")
        elif NOTE_LABEL.match(s.plain):  # (before a date: «[حاشیهٴ ۱:] سابقه، ۲۱ آبان ۱۳۲۳» is a margin's note)
            doc.set(i, "note", "note: a transcriber's note on a margin or seal («[حاشیه:] …») at the end")
        elif is_dateline(text):
            doc.set(i, "dateline", "dateline: a date line at the end")
        elif i == closing:
            doc.set(i, "salute", "salute: a closing formula («با درود …», «با تشکر») at the end")
        elif closing is not None and i > closing and FOOT_ADDRESSEE.match(s.plain) and _is_addressee(s):
            doc.set(i, "addressee", "addressee: the addressee written at the foot, under the signature")
        elif closing is not None and i > closing and s.words <= SIGNED_MAX_WORDS:
            doc.set(i, "signed", "signed: a short line after the closing formula")
        elif _certified(s):
            doc.set(i, "note", CERTIFIED_NOTE)
        elif ((SIGNATURE_MARK.match(s.plain) or SIGNATURE_IN_LINE.search(s.plain) or SELF_DESIGNATION.match(s.plain)
               or FORMULA_AND_NAME.match(s.plain)) and s.words <= SIGNED_MAX_WORDS + 2) or _self_designated(s.plain):
            doc.set(i, "signed", "signed: a signature mark («امضا», «[امضاء]») or a writer's name for himself "
                    "(«فدوی …», «ارادتمند: …»)")
        elif closing is not None and i < closing and _closing_formula(s):
            doc.set(i, "salute", "salute: a closing formula or wish before the last one")
        elif k == end - 1 and k > 0 and PUBLISHED.match(doc.s(tail[k - 1]).plain):
            pass  # the site's furniture under a web page's stamp of publication, left to the furniture's rules
        elif (closing is None and signed < 3 and k > 0 and _signature_like(doc, i, letter, k == end - 1)):
            signed += 1
            # (its transfer record, nashr.convert.certainty: 8 wrong of 29 on 16 sites, medium; once set 38 joined,
            # round 42: 10 of 31 on 18 sites, ``low``)
            doc.set(i, "signed", POSITION_SIGNED, cert="low")
        else:
            break
        start = i
    for i in tail:  # the addressee's place, on the line under the addressee at the foot
        prev = doc.prev(i)
        if i >= start and doc.role(i) == "signed" and prev is not None and doc.role(prev) == "addressee" \
                and doc.s(i).words <= DATELINE_PLACE_WORDS:
            doc.set(i, "addressee", "addressee: the place under the addressee written at the foot", cert="medium")
    # A final paragraph ending in « *» carries the trailer on its own line.
    last_body = [i for i in tail if i < start]
    if last_body:
        i = last_body[-1]
        m = TRAILING_STAR.search(doc.out[i].text)
        if m and doc.out[i].text[: m.start()].strip() and doc.role(i) == "p":
            doc.out[i] = replace(doc.out[i], trailer_at=doc.out[i].text.index("*", m.start()))
    return start, resume


def _cites(doc: Document, lines: list[int]) -> bool:
    """No line under the references' heading (``lines``: from the heading to the end; the list may be left out
    of the copy, wikinews), or some line that cites something: two words or more, or a number's or point's
    label. A single word alone under «منابع» is a link's label («محتویات»: oceanoflights.org's contents link),
    and the heading over it is the page's furniture too."""
    under = [i for i in lines if doc.role(i) == "p" and not REFERENCES.match(doc.s(i).plain)]
    return not under or any(doc.s(i).words >= 2 or doc.s(i).label is not None for i in under)


CERTIFIED_NOTE = "note: a copy's certification («رونوشت برابر اصل است») at the end"


def _certified(s: Shape) -> bool:
    """A copy's certification (:data:`CERTIFIED`), at most CERTIFIED_MAX_WORDS words."""
    return s.words <= CERTIFIED_MAX_WORDS and CERTIFIED.match(s.plain) is not None


def _after_postscript(doc: Document, tail: list[int], ps: int, end: int) -> int:
    """Where a second text starts after a copy note (a covering letter's «رونوشت …» over the
    decree or law it covers): the copy list holds short lines only, so the first line of prose
    (PROSE_MIN_WORDS words or more) after it belongs to another text, and that text starts at
    the first line set apart by a blank line before it. Returns a position in ``tail``, ``end``
    when no prose follows."""
    prose = next((k for k in range(ps + 1, end)
                  if doc.s(tail[k]).words >= PROSE_MIN_WORDS and not _certified(doc.s(tail[k]))), None)
    if prose is None:
        return end
    return next((k for k in range(ps + 1, prose + 1) if doc.blank_before(tail[k])), prose)


def _closing_under_prose(doc: Document, window: list[int]) -> int | None:
    """The last closing formula of ``window`` (line indices) under its last paragraph of prose
    (PROSE_MIN_WORDS words or more), not a greeting over it («با سلام؛» over a short letter)."""
    for i in reversed(window):
        if _closing_formula(doc.s(i)):
            return i
        if doc.s(i).words >= PROSE_MIN_WORDS:
            return None
    return None


def _self_designated(plain: str) -> bool:
    """Signers one after the other on one line, each with his humble name for himself
    (:data:`SELF_DESIGNATION`), parted by dashes or commas: «الاحقر حاجی میرزا حسن – الاحقر سید محمد
    – …» (a petition's or a telegram's ulama), each of at most SIGNED_MAX_WORDS words."""
    parts = [p.strip() for p in re.split(r"\s[-–—]\s|[،,]", plain) if p.strip()]
    return len(parts) >= 2 and all(SELF_DESIGNATION.match(p) and len(words(p)) <= SIGNED_MAX_WORDS for p in parts)


def _closing_formula(s: Shape) -> bool:
    """A letter's closing formula or wish (:data:`SALUTE_BOTTOM`, :data:`CLOSING_FORMULA`,
    :data:`CLOSING_WISH`) — not one followed by the writer's name (:data:`FORMULA_AND_NAME`)."""
    return not FORMULA_AND_NAME.match(s.plain) and (
        (SALUTE_BOTTOM.match(s.plain) is not None and s.words <= SIGNED_MAX_WORDS)
        or (CLOSING_FORMULA.search(s.plain) is not None and s.words <= CLOSING_MAX_WORDS)
        or (ENOUGH_SAID.match(s.plain) is not None and s.words <= ENOUGH_SAID_MAX_WORDS)
        or (CLOSING_WISH.search(s.plain) is not None and s.words <= CLOSING_WISH_MAX_WORDS))


def _heading_mark(s: Shape) -> bool:
    """A line marked as a heading by its own form: a Markdown heading, a wiki heading with its edit
    link, the name of a part of a text («منابع», «جستارهای وابسته»)."""
    return s.markup_head or WIKI_HEADING.search(s.plain) is not None or PART_NAME.match(s.plain) is not None


def _headed(doc: Document, i: int) -> bool:
    """Line ``i`` is one of the short lines right under a heading (a list under «جستارهای
    وابسته[ویرایش]»), not a signature under the text: the first line above the run of short
    unpunctuated lines that holds it is a heading (:func:`_heading_mark`)."""
    j = doc.prev(i)
    while j is not None and doc.s(j).words <= SIGNED_MAX_WORDS and doc.s(j).end in {"none", "comma"} \
            and not _heading_mark(doc.s(j)):
        j = doc.prev(j)
    return j is not None and _heading_mark(doc.s(j))


def _signers_on_behalf(plain: str) -> bool:
    """A petition's signers (:data:`ON_BEHALF_SIGNERS`): those signed for in at most
    SIGNED_MAX_WORDS words, then at least two names parted by «،» or «و», each of at most
    SIGNER_MAX_WORDS words — a list of names, not a sentence."""
    m = ON_BEHALF_SIGNERS.match(plain)
    if m is None or len(words(m["whom"])) > SIGNED_MAX_WORDS:
        return False
    names = [n for n in re.split(r"[،,]|\sو\s", m["names"]) if n.strip()]
    return len(names) >= 2 and all(len(words(n)) <= SIGNER_MAX_WORDS for n in names)


def _signature_like(doc: Document, i: int, letter: bool, last: bool) -> bool:
    """A signature without a closing formula: a short line with no final punctuation, after a
    paragraph that ends a sentence (or after another signature line), in a letter or followed
    by a date — or, as the ``last`` line of a text, an organisation or an office and a name
    between dashes (the attestation under a law or resolution), or an office («رییس …», «وزیر …»:
    :data:`~nashr.convert.matter.patterns.OFFICE_TITLE`; a statement's issuer under his name, ceo.gov.af), or any such
    line right under a date (the issuer of a decree or notice, «(سپهدار اعظم)»), or a line on behalf of its issuers
    («از طرف …», «از سوی …»: :data:`ON_BEHALF`, how notices and condolences are signed) after
    prose; as the last line after prose, a petition's signers of any length («از طرف …: name، name …»,
    :func:`_signers_on_behalf`). Never a heading or a line of the list under a heading (:func:`_headed`), nor a
    turn of the text's speakers (:attr:`~nashr.convert.conventions.Conventions.speakers`: the chair's last words
    in a Majlis record, «رئیس - آقای قائم مقام (اجازه)», mashruteh.org)."""
    s = doc.s(i)
    prev = doc.prev(i)
    if prev is None:
        return False
    ps = doc.s(prev)
    after_prose = (ps.end == "terminal" and (ps.words >= PROSE_MIN_WORDS // 2 or _wrapped_end(doc, prev))) or (
        ps.plain.startswith(SLOGAN_OPENERS) and ps.words <= CLOSER_MAX_WORDS)  # (or the slogans closing it)
    if last and after_prose and _signers_on_behalf(s.plain):
        return True  # a petition's signers, named after those they sign for (a line of any length)
    if (s.words == 0 or s.words > SIGNED_MAX_WORDS or s.end not in {"none", "comma"} or s.label or s.bullet
            or _heading_mark(s) or invocation(s.plain)  # (an invocation opens a text, it signs none)
            or (s.speaker is not None and s.speaker in doc.conv.speakers)):  # (a turn of the text's speakers)
        return False
    after_signed = doc.role(prev) == "p" and ps.words <= SIGNED_MAX_WORDS and ps.end in {"none", "comma"}
    nxt = doc.next(i)
    dated = nxt is not None and doc.role(nxt) in {"dateline", "signed"}
    if last and is_dateline(doc.out[prev].text):
        return True  # the issuer under the date, last in a decree or notice
    if last and ON_BEHALF.match(s.plain) and after_prose:
        return True  # «از طرف خانواده‌های …»: a notice signed on behalf of its issuers
    if not (after_prose or after_signed) or _headed(doc, i):
        return False
    return letter or dated or (last and (KICKER.match(s.plain) is not None or _name_and_office(s.plain)
                                         or OFFICE_TITLE.match(s.plain) is not None
                                         or OFFICE_AND_NAME.match(doc.out[i].text.strip()) is not None))


def _wrapped_end(doc: Document, i: int) -> bool:
    """Line ``i`` ends a hard-wrapped paragraph: a line of the text's width right above it (a short last line
    ends a long paragraph: «… پاسداری نمائیم.»)."""
    return doc.conv.wrap is not None and i > 0 and doc.shapes[i - 1] is not None and full(doc, i - 1)
