"""The lines of the top that say who, where and when by their own pattern (``_top_other``): datelines,
approval and date notes, bylines, a letter's subject line, addressee and greeting; a speech's header
and place, an issuer over its date, a session's line, the record lines of a page. TEI P5 4.2.2
(``dateline``, ``byline``, ``salute``) and 4.2.1 (``head``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import DIGIT, Shape, words
from nashr.convert.document import (
    LATIN_MONTH_NAMES,
    NUMBER_WORD,
    Document,
    date_word,
    is_dateline,
    month,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.patterns import (
    APPROVAL_NOTE,
    BYLINE,
    BYLINE_MAX_WORDS,
    DOCUMENT_KIND,
    INVOCATION,
    KICKER,
    LONG_TITLE_MAX_WORDS,
    OFFICE_TITLE,
    PART_NAME,
    SECTION_LABEL_MAX_WORDS,
    SECTION_WORD,
    SITE_LABEL_MAX_WORDS,
    SUBTITLE_MAX_WORDS,
    TAGLINE_MAX_WORDS,
)
from nashr.convert.matter.people import credit_line, person_name
from nashr.convert.matter.shapes import (
    _is_addressee,
    _is_salute,
    _letterhead_field,
    _title_like,
    clause,
    punctuated_prose,
)
from nashr.convert.pages import (
    contents_entry,
)

# «مورخ …» («dated …») opening a date line: said of the document, as an approval note is.
DATED_NOTE = re.compile(r"^(?:مورخ|مورخه|مورخهٔ|مورخة)\s")


# The subject field of an administrative letter or circular («موضوع: …»), the last of its head's
# fields (number, date, enclosure, from, to, subject) in Iranian official correspondence: the
# letter's secondary title.
SUBJECT_LINE = re.compile(r"^موضوع\s*[:：]\s*\S")


# The account of a site's user that posted the page, shown under the title by its content system: Latin
# letters or digits joined by «_» or «.» («ago_admin», «Panah_moph»), a handle and no word.
POSTER_HANDLE = LazyPattern(r"^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+$")
# A handle joined by a hyphen or by nothing («moi-af», «mateenqani»: Afghan ministries' sites, as ago.gov.af's and
# moph.gov.af's «ago_admin», «Panah_moph») is one only with the post's date and time on the line right under it
# («سهشنبه 1400/8/11 - 15:34»): alone, a Latin word there may be an image's file name («Untitled-1»).
# So is a poster's name in Latin letters there, of up to three words, cut short by the page («…») or not, and the
# content system's word for a poster without an account after it («Sayed Zaher Mo…», «Mpoya», «Anonymous (not
# verified)»: ara.gov.af, dab.gov.af, herat-m.gov.af, mopw.gov.af, round 50).
DATED_HANDLE = LazyPattern(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$"
                           r"|^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}(?:…|\.\.\.)?(?:\s+\([a-z]+(?:\s[a-z]+)?\))?$")
# A post's stamp in Latin script with the time of posting after the year, as Afghan state bodies' sites print it under
# the poster's name («Thu, Oct 08 2020 12:57 PM»: ara.gov.af, dab.gov.af): a date line among the top lines only — the
# same stamps of other posts listed in a page's foot are links (moph.gov.af's), which is_dateline does not read.
LATIN_STAMP = LazyPattern(rf"^(?:[A-Z][a-z]+,\s*)?(?:{LATIN_MONTH_NAMES})\s+\d{{1,2}},?\s+\d{{4}}"
                          r"\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$")
# A person's name with years in parentheses, as poetry and biography sites head a work: the years of
# life («سعدی (۶۰۶ – ۶۹۰ هجری قمری)», «پروین اعتصامی: (تولّد: ۲۵اسفند۱۲۸۵ ـ درگذشت: ۱۶ فروردین ۱۳۲۰ شمسی).»),
# or a year in two calendars after «از» ("by": «از رودکی (329/951)»); the name a person's
# (:func:`~nashr.convert.matter.people.person_name`).
LIFE_DATES = re.compile(rf"^(?:از\s+)?(?P<name>[^()\d۰-۹٠-٩:：،,]{{2,60}}?)\s*[:：]?\s*"
                        rf"\((?=[^()]*{DIGIT}{{3,4}})[^()]{{1,80}}\)\.?$")


# A session, term or date line of a record under its title: «جلسه: ۸۱», «دوره چهاردهم قانونگذاری»,
# «صورت مشروح مجلس روز یکشنبه ۱۹ آذر ماه ۱۳۲۳»: a date, or a short line with a number.
SESSION_MAX_WORDS = 20
SESSION_NUMBERED_MAX_WORDS = 5
SESSION_OTHER_MAX_WORDS = 5


def _session_line(doc: Document, i: int) -> bool:
    """A line of a record's heading: a date with at most SESSION_OTHER_MAX_WORDS other words
    («صورت مشروح مجلس روز یکشنبه ۱۹ آذر ماه ۱۳۲۳»), or a short line with a number («جلسه: ۸۱») —
    a noun phrase, not a clause introducing the text («در خاطرات … آمده است:»,
    :func:`~nashr.convert.matter.shapes.clause`)."""
    s = doc.s(i)
    if not (0 < s.words <= SESSION_MAX_WORDS and s.end in {"none", "colon"} and s.caesura is None and not s.bullet
            and (s.label is None or not s.label.strong) and not SECTION_WORD.match(s.plain)
            and not PART_NAME.match(s.plain) and not clause(s.plain) and not contents_entry(s.plain)):
        return False  # (a clause introduces the text: «… آمده است:»; an entry of a contents page)
    tokens = words(s.plain)
    if any(month(t) for t in tokens) and re.search(DIGIT, s.plain):
        return len([t for t in tokens if not date_word(t)]) <= SESSION_OTHER_MAX_WORDS
    numbered = any(re.fullmatch(f"{DIGIT}+", t) or (NUMBER_WORD.fullmatch(t) and t.endswith(("م", "مین", "اول")))
                   for t in tokens[1:])  # digits or an ordinal («چهاردهم»), not «سی» in «دی.سی»
    return numbered and s.words <= SESSION_NUMBERED_MAX_WORDS


# A writer's name and occupation after a comma, under a headline: «علی رضایی، پژوهشگر شهرسازی».
AUTHOR_AND_ROLE = re.compile(
    r"^[^،,:.]{3,40}[،,]\s*(?:پژوهشگر|نویسنده|استاد|استادیار|دانشیار|خبرنگار|روزنامه‌نگار|روزنامه نگار|روزنامهنگار"
    r"|کارشناس|مترجم|تحلیلگر|تحلیل‌گر|پزشک|وکیل|فعال|دانشجوی|دانش‌آموخته|عضو|سردبیر|شاعر|منتقد|مورخ)(?=\s|$)")


SPEAKER_NAME_MAX_WORDS = 4
PLACE_LINE_MAX_WORDS = 5  # «هتل وستین گرند سنترال», «واشنگتن دی.سی» (words as :func:`words` counts them)
PLACE_LINES_MAX = 2


def _speech_header(doc: Document, k: int) -> tuple[int, list[int]] | None:
    """The head of a speech's transcript: the speaker's name on the first line, the speaker's
    office under it (:data:`~nashr.convert.matter.patterns.OFFICE_TITLE`), then at most PLACE_LINES_MAX short lines of
    the place (hall, city) and the date. Returns the office line and the place lines, or None."""
    flow = doc.flow
    s = doc.s(flow[k])
    if (k + 2 >= len(flow) or not 0 < s.words <= SPEAKER_NAME_MAX_WORDS or s.end != "none"
            or re.search(DIGIT, s.plain) or KICKER.match(s.plain) or INVOCATION.match(s.plain)):
        return None
    office = doc.s(flow[k + 1])
    if not (OFFICE_TITLE.match(office.plain) and office.words <= SUBTITLE_MAX_WORDS // 2 and office.end == "none"):
        return None
    places: list[int] = []
    for j in flow[k + 2 : k + 3 + PLACE_LINES_MAX]:
        if is_dateline(doc.out[j].text):
            return flow[k + 1], places
        if len(places) == PLACE_LINES_MAX or not _place_line(doc.s(j)):
            return None
        places.append(j)
    return None


# Who issues a statement, on one line: a name (or «بیانیه» and the name) of at most SPEAKER_NAME_MAX_WORDS words,
# «،», and the office (:data:`~nashr.convert.matter.patterns.OFFICE_TITLE`): «ند پرایس، سخنگوی وزارت امور خارجه ایالات
# متحده». The kind of a speech opening a title that names its speaker: «سخنان مایکل آر. پمپئو، وزیر خارجه …».
SPEECH_KIND = LazyPattern(r"^(?:سخنان|سخنرانی|اظهارات|پیام|مصاحبه)(?=\s)")
ISSUER_LINE = LazyPattern(r"^(?P<name>[^،,:：]+)[،,]\s*(?P<office>[^،,:：]+)$")


def _issuer_over_date(doc: Document, k: int) -> bool:
    """Line ``flow[k]`` names who issues the text and the office, parted by «،» (:data:`ISSUER_LINE`: no
    digit, no final punctuation, at most SUBTITLE_MAX_WORDS words), and a date line follows within
    PLACE_LINES_MAX short lines (the place, the statement's kind: :func:`_place_line`): the heading
    block of a government's statement, as the US State Department's and its embassies' pages set it
    («ند پرایس، سخنگوی …» / «۴ نوامبر ۲۰۲۲»; «آنتونی جی. بلینکن، وزیر امور خارجه …» / «واشنگتن دی.سی» /
    «اظهارات ویدیویی» / «۱۵ سپتامبر ۲۰۲۳»). A photo's caption of the same words stands over prose, no date.
    The caller asks it of a line under the page's first, before any title: the same line opening with the
    document's kind («بیانیه ند پرایس، …», :data:`~nashr.convert.matter.patterns.DOCUMENT_KIND`) or a speech's
    (:data:`SPEECH_KIND`) is the statement's title."""
    flow = doc.flow
    s = doc.s(flow[k])
    if s.end != "none" or not 0 < s.words <= SUBTITLE_MAX_WORDS or not _name_and_office(s.plain):
        return False
    for j in flow[k + 1 : k + 2 + PLACE_LINES_MAX]:
        if is_dateline(doc.out[j].text):
            return True
        if not _place_line(doc.s(j)):
            return False
    return False


def _name_and_office(plain: str) -> bool:
    """``plain`` is a name and an office parted by «،» (:data:`ISSUER_LINE`,
    :data:`~nashr.convert.matter.patterns.OFFICE_TITLE`), no digit, the name of at most SPEAKER_NAME_MAX_WORDS words and
    opening with no document's or speech's kind (:data:`~nashr.convert.matter.patterns.DOCUMENT_KIND`,
    :data:`SPEECH_KIND`: «بیانیه ند پرایس، …» is a title)."""
    m = ISSUER_LINE.match(plain.strip())
    return (m is not None and not re.search(DIGIT, plain) and len(words(m["name"])) <= SPEAKER_NAME_MAX_WORDS
            and not DOCUMENT_KIND.match(m["name"]) and not SPEECH_KIND.match(m["name"])
            and OFFICE_TITLE.match(m["office"].strip()) is not None)


# A line ending in an abbreviation's dots («واشینگتن، دی.سی.»: a dot inside the last word) ends no sentence.
ABBREVIATION_END = LazyPattern(r"\S\.\S+\.\s*$")


def _place_line(s: Shape) -> bool:
    return (0 < s.words <= PLACE_LINE_MAX_WORDS and not re.search(DIGIT, s.plain)
            and (s.end == "none" or ABBREVIATION_END.search(s.plain) is not None))


# The roles a place line beside a date may have been given before: prose by default, or a heading or a
# subtitle for a short line without final punctuation.
PLACE_LINE_ROLES = frozenset({"p", "head", "subtitle"})


def places_beside_dates(doc: Document, body: list[int]) -> None:
    """A place alone on its line (:func:`_place_line`, its first word one the gazetteer knows as a place)
    right above or under a date line (:func:`~nashr.convert.document.is_dateline`, given ``dateline`` or
    still prose) is a ``dateline``, and so is that date line: the place and date of a release or a decree,
    each on its own line (tests/data/corpus/README.md: «place and/or date of writing or publication on its
    own line»; TEI P5 4.2.2), as Afghan provinces' and councils' sites and a US embassy set them:
    «فیروزکوه- غور» / «23/2/1398» (ghor.gov.af), «سمنگان افغا نستان» / «25 ثور 1398» (samangan.gov.af, 3
    texts), «تاریخ: ۸ سنبله ۱۳۹۱» / «کابل – افغانستان» (hpc.org.af), «نیویورک» / «٢۵ سپتامبر ٢٠١٨»
    (ir.usembassy.gov). A line opening with an office («وزارت تحصیلات عالی افغانستان»), a city's noun («شهر
    هرات») or a title that ends in a country («دولت علیه ایران») opens with no place; a title, masthead or
    furniture line keeps its role. Only lines in ``body`` (page furniture aside)."""
    from nashr.entities.places import gazetteer  # (the gazetteer loads only for a short line beside a date)

    for i in body:
        s = doc.s(i)
        if doc.role(i) not in PLACE_LINE_ROLES or not _place_line(s):
            continue
        dates = [j for j in (doc.prev(i), doc.next(i)) if j is not None and doc.role(j) in {"dateline", "p"}
                 and is_dateline(doc.out[j].text)]
        if dates and gazetteer().get(words(s.plain)[0].strip("،,.:-–")) == "place":
            doc.set(i, "dateline", PLACE_BESIDE_DATE, cert="medium")
            for j in dates:
                if doc.role(j) == "p":
                    doc.set(j, "dateline", DATE_BESIDE_PLACE, cert="medium")


# A clock time, «HH:MM» (a post's or a page's stamp: «۱۲:۲۳ ق.ظ», «15:34», «8:25»), without seconds: a time to
# the second is a machine's record («#META# Created: 2025-02-14T16:29:38.035841+00:00», OpenITI's file header).
CLOCK = LazyPattern(rf"(?<![\d:]){DIGIT}{{1,2}}\s?:\s?{DIGIT}{{2}}(?!\d|\s?:\s?{DIGIT})")
STAMP_MAX_FIELDS = 1  # the post's tags («کلمات کلیدی: …»); a footer's record of fields (tags, author, views, date)
NUMERIC_DATE = LazyPattern(rf"{DIGIT}{{1,4}}\s*[/.-]\s*{DIGIT}{{1,2}}\s*[/.-]\s*{DIGIT}{{1,4}}")
STAMP_LOOK = 6  # the first lines of the flow, where a page stamps its post
STAMP_MAX_WORDS = 16  # a weekday, date and time, the poster («توسط …») and the post's tags («کلمات کلیدی: …»)
# The roles a post's stamp is mistaken for: prose, a wrapped line's continuation, a bayt (its fields parted by
# wide spaces), the title or a subtitle (a short line over the text).
STAMP_ROLES = frozenset({"p", "p+", "l", "title", "subtitle"})
STAMP_RULE = "dateline: a post's stamp near the top, a date and a clock time with at most a few fields"


def post_stamps(doc: Document) -> None:
    """A line among the flow's first STAMP_LOOK that holds a clock time (:data:`CLOCK`) and a date (a month's name
    with a number, or a numeric date: :data:`NUMERIC_DATE`) in at most STAMP_MAX_WORDS words, with at most
    STAMP_MAX_FIELDS field named before a colon besides the clock's, is the post's or page's stamp, a ``dateline``
    (tests/data/corpus/README.md: the date of publication on its own line; TEI P5 4.2.2), whatever shape its
    fields give it: «ساعت ۷:۰۳ ق.ظ روز سه‌شنبه ۳۱ شهریور ۱۳۹۴   کلمات کلیدی: قابوسنامه» (mguitar.persianblog.ir, 5
    texts, parted by wide spaces as a bayt is), «۲۲ تیر ۱۴۰۰ - ۱۱:۵۵» (hoghoogh24.ir, under a line that runs on),
    «سه شنبه ۸ بهمن ۱۳۸۷ ساعت ۱۲:۲۳ ق.ظ توسط محمد مهدی حسنی |» (hassani.ir, the first line), «iran-emrooz.net |
    Thu, 25.02.2021, 10:39» over the headline (3 texts). A browser's print stamp («12/2/26, 5:54 PM») and a site's
    clock are furniture (``fw``) and keep their role; a blog's footer of fields («برچسب : نویسنده : … تاریخ : …»)
    is no stamp."""
    for i in doc.flow[:STAMP_LOOK]:
        s = doc.s(i)
        if (doc.role(i) not in STAMP_ROLES or not 0 < s.words <= STAMP_MAX_WORDS or not CLOCK.search(s.plain)
                or len(re.findall("[:：]", CLOCK.sub("", s.plain))) > STAMP_MAX_FIELDS):
            continue
        tokens = words(s.plain)
        dated = NUMERIC_DATE.search(s.plain) or any(
            month(t) and any(re.fullmatch(f"{DIGIT}+", u) for u in tokens[max(0, k - 1) : k + 2])
            for k, t in enumerate(tokens))
        if dated:
            doc.set(i, "dateline", STAMP_RULE, cert="medium")


PLACE_BESIDE_DATE = "dateline: a place alone on its line right above or under a date line"
DATE_BESIDE_PLACE = "dateline: a date line right above or under a place alone on its line"


def _under_date(doc: Document, k: int) -> bool:
    """Line ``flow[k]`` stands right under a date line, or under the title that stands right under one
    when a place line of its run opens with a place the gazetteer knows (a statement's date, its kind
    as the title, then the hall and the city «واشینگتن، دی.سی.»: the State Department's remarks; the
    US embassy's have the place right under the date; a briefing's «گزیده‌ها» under its title names
    no place and stays a subtitle)."""
    from nashr.entities.places import gazetteer  # (the gazetteer loads only for a line under a dated title)

    above = [doc.role(j) for j in doc.flow[max(0, k - 2) : k]]
    if above[-1:] == ["dateline"]:
        return True
    return above == ["dateline", "title"] and any(
        _place_line(doc.s(j)) and gazetteer().get(words(doc.s(j).plain)[0].strip("،,.")) == "place"
        for j in doc.flow[k : k + PLACE_LINES_MAX])


def _place_over_turns(doc: Document, k: int) -> bool:
    """Line ``flow[k]`` is one of at most PLACE_LINES_MAX short lines (a hall, a city) right above
    the first turn of a transcript — a line opening with a speaker label used through the text —
    under its date (and, the caller checks, its title: short lines under a date with no title above
    may be the title)."""
    flow = doc.flow
    for j in flow[k : k + PLACE_LINES_MAX + 1]:
        s = doc.s(j)
        if s.speaker is not None and s.speaker in doc.conv.speakers:
            return j != flow[k]
        if not _place_line(s) or s.speaker is not None:
            return False
    return False


RECORD_LINES_MAX = 3  # date, author, item code between a page's label and its headline


def _below_record_lines(doc: Document, i: int) -> int | None:
    """The first line under line ``i`` that is not one of a page's record lines (a date, a byline,
    a printed field: at most RECORD_LINES_MAX of them), or None."""
    nxt = doc.next(i)
    for _ in range(RECORD_LINES_MAX):
        if nxt is None or not (is_dateline(doc.out[nxt].text) or _letterhead_field(doc.s(nxt))
                               or (BYLINE.match(doc.s(nxt).plain) and doc.s(nxt).words <= BYLINE_MAX_WORDS)):
            break
        nxt = doc.next(nxt)
    return nxt


def _section_label_under_fields(doc: Document, k: int) -> bool:
    """A news page's section label («اقتصاد», «فرهنگ و هنر») among the page's record lines: a line
    of at most SECTION_LABEL_MAX_WORDS words without punctuation, right under a record line (item
    code, date, source: ``fw``, ``dateline``, ``byline``) and above a headline at least twice as
    long — no organisation (a kicker), section word or part name, in a text whose sentences end in
    punctuation."""
    i = doc.flow[k]
    s, nxt = doc.s(i), doc.next(i)
    return (0 < s.words <= SECTION_LABEL_MAX_WORDS and s.end == "none" and nxt is not None
            and doc.role(doc.flow[k - 1]) in {"fw", "dateline", "byline"} and not KICKER.match(s.plain)
            and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain) and not clause(s.plain)
            and re.search(DIGIT, s.plain) is None
            and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS) and doc.s(nxt).words >= max(5, 2 * s.words)
            and doc.s(nxt).speaker not in doc.conv.speakers and punctuated_prose(doc))


RECORD_LINE_MAX_WORDS = 12  # a date, a time, an item's code and its section


# A news page's date field as a copy keeps it, with the section's breadcrumb run on after it: a
# numeric date (ISO «2025-09-06», «1404/06/15»), its field name before it or not («date», «تاریخ»),
# then the section's name, numbered as the breadcrumb's list numbers it («1. بین الملل»): the
# Mehr news agency's pages of set 11 (two of them), the breadcrumb a site label as _site_label's.
PAGE_DATE_FIELD = LazyPattern(rf"^(?:(?:date|تاریخ)\s*[:：]?\s*)?{DIGIT}{{1,4}}\s*[/.-]\s*{DIGIT}{{1,2}}\s*[/.-]\s*"
                              rf"{DIGIT}{{1,4}}\s+(?:{DIGIT}{{1,2}}[.)]\s*)?(?P<section>[^\d:：.،؛]+)$", re.IGNORECASE)


def _page_date_field(s: Shape) -> bool:
    """A page's date field with the section's name after it (:data:`PAGE_DATE_FIELD`, the name
    at most SITE_LABEL_MAX_WORDS words)."""
    m = PAGE_DATE_FIELD.match(s.plain)
    return m is not None and 0 < len(words(m["section"])) <= SITE_LABEL_MAX_WORDS


def _top_other(doc: Document, i: int) -> tuple[str, str] | tuple[str, str, str] | None:
    s = doc.s(i)
    text = doc.out[i].text
    if APPROVAL_NOTE.match(s.plain) and s.words <= SUBTITLE_MAX_WORDS * 2:
        return "subtitle", "subtitle: an approval note («مصوب …», also with only a date) under the title"
    prev = doc.prev(i)
    if (DATED_NOTE.match(s.plain) and is_dateline(text) and prev == i - 1
            and doc.role(prev) in {"title", "subtitle"}):
        return "subtitle", "subtitle: a date note («مورخ …») right under the title, like an approval note"
    if is_dateline(text) or LATIN_STAMP.match(s.plain):
        return "dateline", "dateline: a short line of a date (month name or d/m/y) near the top", "medium"
    nxt = doc.next(i)
    if LETTER_ROUTE.match(s.plain) and ((prev is not None and doc.role(prev) == "dateline") or (nxt is not None and (
            is_dateline(doc.out[nxt].text) or _is_salute(doc.s(nxt))))):
        return "dateline", "dateline: a letter's route («از … به …») beside its date or greeting near the top", "medium"
    if _page_date_field(s):
        return "dateline", "dateline: a page's date field with the section's breadcrumb run on after it («date " \
            "2025-09-06 1. بین الملل»)"
    if "|" in text and s.words <= RECORD_LINE_MAX_WORDS and is_dateline(text.split("|", 1)[0]):
        return "dateline", "dateline: a page's date with its record fields after a bar («۰۸ آذر ۱۳۹۲ | ۱۶:۵۲ …»)"
    if (credit_line(s)
            and (s.speaker is None or s.speaker not in doc.conv.speakers)):  # «خبرنگار: …» opening a turn
        return "byline", "byline: «نوشته …», «به قلم …», a desk line «گروه … –» near the top"
    if POSTER_HANDLE.match(s.plain) and prev is not None and doc.role(prev) == "title":
        return "byline", "byline: the account that posted the page («ago_admin», «Panah_moph») right under the title", \
            "medium"
    if (DATED_HANDLE.match(s.plain) and prev is not None and doc.role(prev) == "title" and nxt == i + 1
            and (is_dateline(doc.out[nxt].text) or LATIN_STAMP.match(doc.s(nxt).plain))):
        return "byline", "byline: the account that posted the page («moi-af», «mateenqani») between the title and " \
            "the post's date"
    if (m := LIFE_DATES.match(s.plain)) and s.words <= BYLINE_MAX_WORDS and person_name(m["name"]):
        return "byline", "byline: the author's name with the years of birth and death («سعدی (۶۰۶ – ۶۹۰)») near the top"
    if AUTHOR_AND_ROLE.match(s.plain) and s.words <= BYLINE_MAX_WORDS and s.end == "none":
        return "byline", "byline: a writer's name and occupation («…، پژوهشگر …») near the top", "medium"
    if SUBJECT_LINE.match(s.plain) and s.words <= TAGLINE_MAX_WORDS and s.end != "terminal":
        return "subtitle", "subtitle: a letter's or circular's subject line («موضوع: …») at its head"
    if _is_addressee(s, exclaimed=prev is not None and doc.role(prev) == "dateline"):
        return "addressee", "addressee: «به: …», «جناب …», «… محترم» opening a letter"
    if _is_salute(s):
        return "salute", "salute: a greeting («… عزیز،», «با سلام») opening a letter", "medium"
    return None


# A letter's route alone on its line, over its greeting: «از حسین آباد به تهران», «از پاریس به لندن»
# (with a date after it the line is a date line: :data:`nashr.convert.document.ROUTE`), or with the year
# alone after a comma, as a telegram's copy may give it: «از طهران به رشت ، سنۀ۱۲۹۵».
LETTER_ROUTE = LazyPattern(r"^از\s+[^\s\d]+(?:\s[^\s\d]+)?\s+به\s+[^\s\d]+(?:\s[^\s\d]+)?"
                           rf"(?:\s*[،,]\s*(?:(?:سنه|سنۀ|سنهٔ|سال)[\s\u200c]*)?{DIGIT}{{4}})?$")
