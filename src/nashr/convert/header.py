"""The teiHeader of a converted text (TEI P5 Guidelines ch. 2 "The TEI Header").

File description (title, editors, publisher, licence, identifiers, the digital source and, for a
periodical, its ``biblStruct``), encoding description (the editorial declaration of what the
conversion kept, regularised and segmented), profile (creation date, language, genre, calendars,
and for a letter its ``correspDesc``, :mod:`nashr.convert.letters`) and revision history.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from nashr import __version__
from nashr.config import Edition
from nashr.convert import reading
from nashr.convert.around import HEADLINE_RULE
from nashr.convert.conventions import Conventions
from nashr.convert.corrections import editor_lines, sidecar
from nashr.convert.document import Line
from nashr.convert.gloss import LANGUAGE_NAMES
from nashr.convert.letters import corresp_desc
from nashr.convert.markdown import front_matter, is_markdown, title_text
from nashr.convert.matter.masthead import journal_masthead
from nashr.convert.matter.patterns import INVOCATION, INVOCATION_MAX_WORDS, SHORT_INVOCATION
from nashr.convert.matter.shapes import LETTERHEAD_FIELD
from nashr.convert.sources import IANA_NAMES, Source
from nashr.convert.structure import genre
from nashr.convert.xmlchars import char_id
from nashr.markup import XML_NS, Span, resolve_overlaps, tei

Recogniser = Callable[[str], list[Span]]

# Calendars of dates (TEI P5 Guidelines 13.4, calendarDesc): the Solar Hijri and Gregorian ones are
# always declared (every text may carry dates in both); the Hijri-Qamari one only where used.
CALENDARS = {
    "jalali": "Solar Hijri (Jalali) calendar",
    "gregorian": "Gregorian calendar",
    "hijri": "Hijri-Qamari (lunar Islamic) calendar",
}
ALWAYS_DECLARED = ("jalali", "gregorian")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the converter knows about a source besides its text.

    Attributes:
        stem: ASCII identifier of the text (file stem, an XML NCName): ``TEI/@xml:id`` and the
            output file name.
        original_file: the file name the source had when it was collected (``seeds/catalog.csv``).
        catalog_title: a title given by the catalog, used when the text has no title line.
        catalog_date: the text's date by the catalog (ISO 8601 date or ``start/end`` interval),
            used when no dateline dates the text.
    """

    stem: str
    original_file: str | None = None
    catalog_title: str | None = None
    catalog_date: str | None = None


def el(parent: etree._Element, local: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a TEI element ``local`` to ``parent``; keyword ``xml_x`` is ``xml:x``, ``a_b`` is ``a-b``."""
    element = etree.SubElement(parent, tei(local))
    for key, value in attrs.items():
        element.set(f"{{{XML_NS}}}{key[4:]}" if key.startswith("xml_") else key.replace("_", "-"), value)
    if text is not None:
        element.text = text
    return element


# Lines no title is taken from when a text has no title line: page furniture, a masthead, a web
# page's date field, and a note above the text: an archive's («[اطلاعات شخصی افراد حذف شده است]»,
# «[آرم شیر و خورشید]» on bic.ir's copies) or a picture's caption («• تصویر کمال الملک», kamalalmolk.info).
UNTITLED = frozenset({"fw", "masthead", "dateline", "note"})


def _invocation(text: str) -> bool:
    """A letter's or deed's invocation on its own line («هو», «بسمه تعالی», «بسم الله الرحمن الرحیم»,
    :data:`nashr.convert.matter.patterns.SHORT_INVOCATION`, :data:`~nashr.convert.matter.patterns.INVOCATION`):
    no title."""
    return SHORT_INVOCATION.match(text) is not None or (
        INVOCATION.match(text.strip()) is not None and len(text.split()) <= INVOCATION_MAX_WORDS)


def _title(lines: Sequence[Line], info: SourceInfo, reading: Callable[[str], str]) -> str:
    """The text's title: its (first) title, all its lines (in a Markdown source, or one opening with
    a front matter, without the heading's «#» or the front matter's key,
    :func:`nashr.convert.markdown.title_text`); else the catalog's; else the start of its first line
    that is neither page furniture (an HTML tag line of Markdown, a site's banner), a date (a web
    page's date field), a note (:data:`UNTITLED`) nor an invocation (:func:`_invocation`: an
    untitled letter is known by its first words), or of its first line. A title line that repeats
    an earlier one word for word (a page's title over its heading: qajarwomen.org, mohandesina.ir,
    kargaronline.ir) is said once; marks at a title line's edges that belong to no word of it are
    left out (:func:`_trimmed`). Each line as ``reading`` gives it (the logical reading of a PDF
    text layer)."""
    texts = [line.text for line in lines]
    markdown = is_markdown(texts) or front_matter(texts) > 0
    found: list[str] = []
    apart = False  # a blank line after the first title line: the title lines after it are a title said again
    for line in lines:
        if line.role == "title":
            words = _trimmed(" ".join((title_text(reading(line.text)) if markdown else reading(line.text)).split()))
            if words in found:  # a page's title said again as its heading: once
                continue
            said = [k for k, earlier in enumerate(found) if _within(words, earlier) or _within(earlier, words)]
            if apart and said:  # «بوف کور - صادق هدایت» over «بوف کور»: the longer once, where it stands
                k = said[0]
                found[k] = max(found[k], words, key=_key_length)
            else:
                found.append(words)
        elif line.role == "blank":
            apart = bool(found)
        elif found:
            break
    if found:
        return " ".join(found)
    if info.catalog_title:
        return info.catalog_title
    text = [line for line in lines if line.role != "blank"]
    first = reading(next((line for line in text if line.role not in UNTITLED and not _invocation(reading(line.text))),
                         text[0]).text)
    head = (title_text(first) if markdown else first).split()
    return _trimmed(" ".join(head[:8])) + (" …" if len(head) > 8 else "")


def _title_key(words: str) -> str:
    """``words`` as compared with another title line: without spaces, ZWNJ and tatweel, Arabic
    ي/ك as Persian ی/ک («ادرکأسا» and «ادر کأسا» are one line said twice)."""
    return re.sub("[\\s\u200c\u0640]", "", words).replace("ي", "ی").replace("ك", "ک")


def _key_length(words: str) -> int:
    return len(_title_key(words))


def _within(part: str, whole: str) -> bool:
    """Whether the title line ``part`` is said inside the line ``whole`` (:func:`_title_key`)."""
    return _title_key(part) in _title_key(whole)


# Marks a title line may begin or end with that belong to no word of it: a closing guillemet
# left from the quotation marks around a magazine's headline («» نوروز ناصرالدين شاه», iichs.ir), a
# colon or comma that led to the text under it («شعر زیبای مادر از ایرج میرزا:», «حکایت حسن بصری و
# رابعه:», «وزارت پست و تلگراف و تلفن،»), a bar that parted it from a site's field.
LEADING_MARKS = ":;,،؛|-–—»"
TRAILING_MARKS = ":;,،؛|-–—«"


def _trimmed(title: str) -> str:
    """``title`` without the :data:`LEADING_MARKS` at its start and :data:`TRAILING_MARKS` at its
    end (and the spaces around them); ``title`` itself if nothing else is left."""
    kept = title.lstrip(LEADING_MARKS + " ").rstrip(TRAILING_MARKS + " ")
    return kept or title


DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                   "datingMethod", "calendar")


def _first_date(lines: Sequence[Line], role: str, recognise: Recogniser | None,
                readable: Callable[[str], str]) -> tuple[str, dict[str, str]] | None:
    """The first date with a normalised value (``when``, ``from`` or ``notBefore``) on a line of
    ``role``: its text as the line writes it and its date attributes; None when there is none."""
    if recognise is None:
        return None
    for line in lines:
        if line.role != role:
            continue
        content = readable(line.text).strip()
        for span in resolve_overlaps(recognise(content)):
            if span.tag == "date" and any(k in span.attrs for k in ("when", "from", "notBefore")):
                return content[span.start : span.end], {k: v for k, v in span.attrs.items() if k in DATE_ATTRIBUTES}
    return None


# A statute's or resolution's date of passing on a line of its own at its head, «مصوب ۱۳۲۶/۰۱/۱۹»,
# «تاریخ تصویب: …», «مصوبه مورخ …» (the form of Iran's official legislative texts, as the Majlis's
# and the Research Center's collections print them); a session's record opens with its session,
# «جلسه: ۱۲۹ صورت مشروح مجلس یکشنبه ۲۴ دی ماه ۱۳۱۱» (the Majlis's proceedings), «جلسۀ چهارم» (a
# trial's).
PASSED = re.compile(r"^\W*(?:مصوب|مصوبه|تاریخ\s+تصویب|تصویب\s+شده\s+در)\b")
SESSION = re.compile(r"^\W*(?:جلسه|جلسهٔ|جلسۀ|صورت\s+مشروح)(?!\w)")
TOP_LINES = 8  # the lines below the title where a text states its own date
# A letter's head: the form's fields at its top (bic.ir's copies print fifteen of them) and the date
# fields among them: «تاریخ» alone or «تاریخ تحریر» (written), «پاکنویس» (fair copy), «ثبت»
# (registered), «خروج» (sent), «صدور» (issued), or «خروج:» alone; never «تاریخ انتشار» (a web page's).
LETTERHEAD_LINES = 20
LETTERHEAD_DATE = re.compile(r"(?:^|(?<=[\s؛;،,]))(?:تار[یي]خ(?:\s+(?:تحریر|پاکنویس|پاک\u200cنویس|ثبت|خروج|صدور))?"
                             r"|خروج)\s*[:：]?\s*(?=[0-9۰-۹٠-٩])")
# A diary's or travelogue's page titled by its day, «یادداشت‌های محمدعلی فروغی، سه‌شنبه ۱۹ آبان ۱۲۹۸؛ …»
# (mohandesina), «سفرنامه‌ی ناصرالدین‌شاه به خراسان، یکشنبه ۳۰ تیر ۱۲۴۶» (kargaronline, entekhab),
# «یادداشت های اعتمادالسلطنه در ۱۷ تیر ۱۲۷۳ خورشیدی: …» (etehadonline), «خاطرات روز 10 تیرماه 1260 …»
# (entekhab), «[خاطرات ماه رجب 1338 …» (kakheaseman's month heading): the date is the entry's.
# So is a letter's or statement's page titled by its day: «نامه آخوندزاده به مستشارالدوله / 25 مارس 1871…»
# (a blog), «بیان نامه آزادیخواهان شهر تبریز … ۱۹ فروردین ۱۲۹۹» (mashruteh.org's wiki).
DIARY = re.compile(r"^\W*(?:یادداشت|خاطرات|سفرنامه|روزنامه(?:\s|\u200c)*(?:ی\s+)?خاطرات)|(?:^|\s)نامه(?:\s|$)")


def _stated_date(lines: Sequence[Line], opening: re.Pattern[str], recognise: Recogniser | None,
                 readable: Callable[[str], str]) -> tuple[str, dict[str, str]] | None:
    """The date a text states of itself at its head, on a line ``opening`` matches (:data:`PASSED`,
    :data:`SESSION`) or the line right under it («جلسۀ چهارم» over «چهارشنبه، ۲۰ آبان ۱۳۳۲»), within
    ``TOP_LINES`` lines from the title, whatever role the lines were given (a subtitle, a heading, a
    dateline), as :func:`_first_date` gives it; None when there is none."""
    top = [line for line in _below_title(lines) if line.role != "blank"][:TOP_LINES]
    stated = [pair for k, line in enumerate(top) if opening.match(readable(line.text)) for pair in top[k : k + 2]]
    return next((found for line in stated if (found := _first_date([line], line.role, recognise, readable))), None)


def _letterhead_date(lines: Sequence[Line], recognise: Recogniser | None,
                     readable: Callable[[str], str]) -> tuple[str, dict[str, str]] | None:
    """The date an administrative letter's printed head gives it, in a date field
    (:data:`LETTERHEAD_DATE`: «تاریخ خروج: ۲۱ اردیبهشت ماه ۱۳۱۵», «خروج: 16 آبان ماه 1304»,
    «شماره : … تاریخ 23 / 8 / 41») among the first :data:`LETTERHEAD_LINES` lines of a text whose
    head has a printed field (:data:`nashr.convert.matter.shapes.LETTERHEAD_FIELD`: «شماره: …», «نمره …»),
    as :func:`_first_date` gives it; None when there is none. The archives' copies (bic.ir,
    historydocuments.ir, ir-psri.com) print the form's fields, whatever role their lines got."""
    top = [line for line in lines if line.role != "blank"][:LETTERHEAD_LINES]
    if not any(LETTERHEAD_FIELD.match(readable(line.text).strip()) for line in top):
        return None
    for line in top:
        text = readable(line.text).strip()
        for label in LETTERHEAD_DATE.finditer(text):
            found = _first_date([Line(line.n, text[label.end():], line.role, line.rule)], line.role,
                                recognise, lambda t: t)
            if found is not None:
                return found
    return None


def _diary_date(lines: Sequence[Line], recognise: Recogniser | None,
                readable: Callable[[str], str]) -> tuple[str, dict[str, str]] | None:
    """The day (or month) a diary's or travelogue's entry, or a letter, is of, as its title or
    first heading names it (:data:`DIARY`), as :func:`_first_date` gives it; None when the text's
    first title or heading is neither a diary's nor a letter's or names no date. A news site's
    page of a diary posts it under the entry's date (entekhab.ir, kargaronline.ir,
    etehadonline.ir, mohandesina.ir), a blog's of a letter under the letter's."""
    first = next((line for line in lines if line.role in {"title", "head"}), None)
    if first is None or not DIARY.search(readable(first.text)):
        return None
    return _first_date([first], first.role, recognise, readable)


def _date_under_title(lines: Sequence[Line], recognise: Recogniser | None,
                      readable: Callable[[str], str]) -> tuple[str, dict[str, str]] | None:
    """The date of the line right under a text's title (its title and subtitle lines) when that
    line says a date and nothing else («۹ جدی ۱۳۹۶»), whatever role it was given, as
    :func:`_first_date` gives it; None when there is none. A news release's date under its
    headline is the release's (kabul.gov.af), as a dateline there is; a date above the title is
    the page's (:func:`_below_title`)."""
    if recognise is None or not any(line.role == "title" for line in lines):
        return None
    under = next((line for line in _below_title(lines) if line.role not in {"blank", "title", "subtitle"}), None)
    if under is None or under.role == "fw":  # the site's furniture: the page's date, not the text's
        return None
    content = readable(under.text).strip()
    dates = [span for span in resolve_overlaps(recognise(content)) if span.tag == "date"]
    if len(dates) != 1 or re.search(r"\w", content[: dates[0].start] + content[dates[0].end :]):
        return None
    return _first_date([under], under.role, recognise, readable)


def _below_title(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` from the text's first title line on (all of them when it has none): a dateline
    above the headline is a web page's date field, the date the site posted the page, not the
    date of the text it holds (a blog's copy of a letter of 1850 posted in 1398 AP) — but over a
    news release's headline (:data:`nashr.convert.around.HEADLINE_RULE`: the page's first block
    over its lead) it is the release's own date (mohe.gov.af's «19 حوت 1395»): all of them then."""
    first = next((k for k, line in enumerate(lines) if line.role == "title"), 0)
    return lines if lines and lines[first].rule == HEADLINE_RULE else lines[first:]


def _creation_date(parent: etree._Element, dateline: tuple[str, dict[str, str]] | None,
                   issue: tuple[str, dict[str, str]] | None, info: SourceInfo) -> None:
    """``creation/date`` (TEI P5 2.4.1): a session's record's date (:data:`SESSION`, before the
    dateline: the archive that keeps the record dates its page), else the date field of a letter's
    printed head (:func:`_letterhead_date`, before the dateline: a page's posting date may stand
    under the title), else the first date of a dateline
    (where and when the text was written; none above the title, :func:`_below_title`), else the
    date said alone on the line under the title (:func:`_date_under_title`), else a
    statute's date of passing at its head (:data:`PASSED`), else the day a diary's title names
    (:func:`_diary_date`), else the date of the periodical's
    issue in its masthead (the date the issue gives itself, as ``docDate`` does on a title page:
    a newspaper's text is of its issue), else the catalog's date, else nothing. Never a date of
    page furniture (a web page's posting date: a site's reprint of a 1907 column is not of the
    year the site posted it)."""
    found = dateline or issue
    if found is not None:
        el(el(parent, "creation"), "date", found[0], **found[1])
    elif info.catalog_date:
        start, _, end = info.catalog_date.partition("/")
        attrs = {"from": start, "to": end} if end else {"when": start}
        el(el(parent, "creation"), "date", info.catalog_date, **attrs)


def editorial_declaration(encoding: etree._Element, conventions: Conventions, corrected: int = 0,
                          sidecar_name: str = "") -> etree._Element:
    """The ``editorialDecl`` (TEI P5 2.3.3 "The Editorial Practices Declaration"): how the text was
    normalised, segmented and interpreted, each paragraph in Persian and in English (``xml:lang``
    ``fa`` and ``en``) for the readers of the edition's about page. ``corrected``: how many lines
    took their role from the editor's sidecar ``sidecar_name`` (:mod:`nashr.convert.corrections`),
    declared in the interpretation when there are any."""
    decl = el(encoding, "editorialDecl")
    normalization = el(decl, "normalization")
    _both(normalization,
          "متن همان متن منبع است، حرف به حرف: «ي» و «ك» عربی، رقم‌های عربی و فارسی، فاصله‌هایی که در املای "
          "امروز نیم‌فاصله‌اند، فاصله‌های نشکن و غلط‌های تایپی نگه داشته شده‌اند. صورت یکدست‌شدهٔ متن فقط برای "
          "یافتن نام‌ها، تاریخ‌ها و عددها به کار رفته است.",
          "The text is the source's text, character for character: Arabic ي and ك, Arabic-Indic "
          "and Persian digits, spaces where modern spelling has ZWNJ, non-breaking spaces and "
          "typing errors are kept. Normalised forms are used only to find names, dates and numbers.")
    if conventions.pdf:
        _both(normalization,
              "منبع از یک فایل PDF استخراج شده است. هر سطری که نشانه‌های این استخراج را دارد همان‌گونه که هست در "
              "orig نگه داشته شده و خوانش منطقی و یکدست‌شدهٔ آن در کنارش در reg آمده است (choice): حرف‌هایی که به "
              "«شکل‌های نمایشی» عربی نوشته شده‌اند به صورت حرف‌های اصلی‌شان (Unicode NFKC)، نویسه‌های کنترلی جهت "
              "(embedding، override و isolate) و نشانه‌های جهت حذف‌شده، کشیده حذف‌شده، «ي» و «ك» عربی به صورت «ی» و "
              "«ک» فارسی، حرفی که قلمِ PDF به هیچ نویسه‌ای نگاشته بود بازگردانده و دو حرفِ «لا» که استخراج وارونه "
              "خوانده بود («ال») به ترتیب درست، هر دو فقط آنجا که واژه‌ای شناخته بسازند"
              + ("، و نشانه‌های پایان جمله که استخراج به ترتیب دیداری به آغاز سطر راست‌به‌چپ برده بود بازگشته به "
                 "پایان آن" if conventions.visual else "")
              + ". نام‌ها، تاریخ‌ها و عددها در reg نشانه‌گذاری شده‌اند.",
              "The source was extracted from a PDF. Each line that carries traces of the extraction is "
              "kept as it is in orig, with its logical, normalised reading beside it in reg (choice): "
              "letters in Arabic Presentation Forms as their nominal letters (Unicode NFKC), bidi "
              "embedding, override and isolate controls and marks removed, tatweel removed, Arabic ي and ك "
              "as Persian ی and ک, a letter the PDF's font mapped to no character restored, and the two "
              "letters of the lam-alef ligature that the extraction read back to front («ال») put in "
              "order («لا»), both only where that makes a known word"
              + (", and sentence punctuation that visual-order extraction put at the start of a "
                 "right-to-left line moved back to its end" if conventions.visual else "")
              + ". Names, dates and numbers are marked in the reg.")
    _both(el(decl, "segmentation"),
          "هر سطر غیرخالی منبع یک عنصر است (head، p، item، l، dateline، closer و …) که xml:id آن به حرف l و "
          "شمارهٔ سطر در منبع پایان می‌یابد. سطری که بند، فقره یا عنوانِ سطر پیشین را ادامه می‌دهد (متنی که سطرهایش "
          "شکسته شده‌اند) پس از یک lb می‌آید که xml:id آن سطر را دارد؛ پانویس‌ها و عنوان و شمارهٔ صفحه‌ای که "
          "میان بندی افتاده‌اند که به صفحهٔ بعد می‌رود، در جای خود درون آن بند می‌مانند. هر بیت یک l است که دو "
          "مصراعش دو seg از گونهٔ hemistich هستند با یک caesura میانشان؛ تب یا فاصله‌های میان آن‌ها در منبع پس "
          "از caesura می‌آیند؛ اگر در منبع هر مصراع در سطری جداست، seg مصراع دوم xml:id سطر خود را دارد. سطری "
          "که با نام گوینده آغاز می‌شود یک sp است: آن نام speaker و باقی سطر یک p است. سطرهای خالی و فاصله‌های "
          "آغاز و پایان سطرها نگه داشته نمی‌شوند. سطری که عیناً سطری پیشین را تکرار می‌کند نگه داشته می‌شود و با "
          "ویژگی copyOf به آن اشاره می‌کند. «*» پایانی به صورت trailer رمزگذاری می‌شود.",
          "Each non-blank source line is one element (head, p, item, l, dateline, closer, …) whose "
          "xml:id ends in .l followed by the source line number. A line that continues the paragraph, "
          "item or title of the line before (hard-wrapped text) follows an lb, which carries that "
          "line's xml:id; footnotes and page furniture that fall inside a paragraph running on to the "
          "next page stay in their place inside it. A bayt is an l whose two hemistichs are "
          "seg type=\"hemistich\" around a caesura; the tab or spaces between them in the source follow "
          "the caesura; when the source has a hemistich per line, the second hemistich's seg carries its "
          "line's xml:id. A line opening with a speaker label is an sp: the label is its speaker, the "
          "rest a p. Blank lines and whitespace at the start and end of lines are not kept. A line that "
          "repeats an earlier line exactly is kept and points to it with @copyOf. A trailing «*» is "
          "encoded as a trailer.")
    interpretation = el(decl, "interpretation")
    _both(interpretation,
          f"ساختار (عنوان‌ها، سرفصل‌ها، فهرست‌ها، شعر، گفتارها، آغاز و پایان نامه‌ها، تاریخ‌ها) را nashr {__version__} "
          "از صفحه‌آرایی متن ساده، با قاعده‌هایی نام‌دار و پس از شناختن قراردادهای خود سند ("
          + conventions.describe("fa") + ") تعیین کرده است؛ نقشی که با شواهد اندک برگزیده شده و نشانه‌گذاری "
          "خودکاری که قطعی نیست، ویژگی‌های cert و resp دارد.",
          "Structure (titles, headings, lists, verse, speeches, letters' openers and closers, "
          f"datelines) was assigned by nashr {__version__} from the layout of the plain text, by "
          "named rules, after learning the document's conventions ("
          + conventions.describe() + "); a role chosen on thin evidence, and automatic markup that "
          "is uncertain, carries @cert and @resp.")
    if corrected:
        _both(interpretation,
              f"نقش {corrected} سطر را ویراستار نسخه تعیین کرده است (پروندهٔ {sidecar_name} کنار منبع) و نه "
              "قاعده‌های nashr؛ این سطرها ویژگی cert ندارند.",
              f"The role of {corrected} line{'s' if corrected > 1 else ''} was set by the edition's editor "
              f"(the file {sidecar_name} beside the source), not by nashr's rules; these lines carry no @cert.")
    return decl


def declare_characters(root: etree._Element, stem: str, chars: Sequence[str]) -> None:
    """Declare the control characters the text encodes as ``g`` (:func:`nashr.convert.xmlchars.encode_tree`):
    a ``charDecl`` in ``encodingDesc`` (TEI P5 5.2, «Markup Constructs for Representation of
    Characters and Glyphs») with one ``char`` a character, ``xml:id`` ``STEM.U0000``
    (:func:`~nashr.convert.xmlchars.char_id`), whose ``<localProp name="codepoint" value="U+0000"/>``
    names the code point and whose ``desc`` says what it is; and a paragraph of the
    ``editorialDecl``'s ``normalization`` saying how to undo the encoding.

    Raises:
        ValueError: ``root`` has no ``encodingDesc/editorialDecl/normalization`` (:func:`build_header` writes them).
    """
    editorial = root.find(f"{tei('teiHeader')}/{tei('encodingDesc')}/{tei('editorialDecl')}")
    normalization = None if editorial is None else editorial.find(tei("normalization"))
    if editorial is None or normalization is None:
        raise ValueError("no teiHeader/encodingDesc/editorialDecl/normalization to declare characters in")
    codes = ", ".join(f"U+{ord(char):04X}" for char in chars)
    _both(normalization,
          f"منبع نویسه‌های کنترلی‌ای دارد ({codes}) که XML نمی‌تواند نگه دارد؛ برنامه‌ای مانند pdftotext آن‌ها را به "
          "جای حرف‌هایی نوشته است که قلمِ PDF به نویسه‌ای درست نگاشته بود. هر کدام در جای خود یک عنصر g تهی است که "
          "ویژگی ref آن به یک char در charDecl اشاره می‌کند و localProp آن (name=\"codepoint\") نقطهٔ کد را نام "
          "می‌برد: با گذاشتن آن نویسه به جای g، متن منبع بازمی‌گردد. در reg سطرهای استخراج‌شده از PDF نمی‌آیند و "
          "نسخهٔ HTML و PDF آن‌ها را نشان نمی‌دهند.",
          f"The source holds control characters ({codes}) that XML cannot carry, written by a "
          "program such as pdftotext where a PDF's font maps a glyph to no proper character. Each is an "
          "empty g in its place, whose ref points to a char of the charDecl whose localProp "
          "(name=\"codepoint\") names the code point: putting that character in place of the g gives "
          "the source back. A PDF-extracted line's reg leaves them out, and the HTML and PDF editions do not "
          "show them.")
    decl = etree.Element(tei("charDecl"))
    editorial.addnext(decl)
    for char in chars:
        declared = el(decl, "char", xml_id=char_id(stem, char))
        el(declared, "localProp", name="codepoint", value=f"U+{ord(char):04X}")
        el(declared, "desc", f"a control character (Unicode {unicodedata.category(char)}) of the source, "
           "encoded because XML cannot carry it", xml_lang="en")


def _both(parent: etree._Element, persian: str, english: str) -> None:
    """A paragraph in Persian and the same in English."""
    el(parent, "p", persian, xml_lang="fa")
    el(parent, "p", english, xml_lang="en")


def build_header(tei_root: etree._Element, source: Source, lines: Sequence[Line], info: SourceInfo,
                 edition: Edition, recognise: Recogniser | None, calendars: Sequence[str],
                 conventions: Conventions) -> None:
    """Append the ``teiHeader`` of one converted text to ``tei_root``.

    Args:
        tei_root: the ``TEI`` element (empty).
        source: the decoded source; lines: its classified lines; info: identifier and catalog data.
        edition: the edition's metadata (publisher, licence, editors, date).
        recognise: the entity recogniser (dates of datelines, names of a letter); None for none.
        calendars: identifiers of the calendars the text's dates use (``CALENDARS`` keys).
        conventions: the document's conventions (what the editorial declaration must say).
    """
    header = el(tei_root, "teiHeader")

    def readable(text: str) -> str:
        return reading.logical(text, conventions.visual) if conventions.pdf else text

    title = _title(lines, info, readable)
    masthead = next((journal_masthead(line.text) for line in lines if line.role == "masthead"), None)
    issue_date = _first_date(lines, "masthead", recognise, readable)
    date = edition.date  # declared, at its precision («2026-12» is no day); SOURCE_DATE_EPOCH never replaces it

    file_desc = el(header, "fileDesc")
    title_stmt = el(file_desc, "titleStmt")
    el(title_stmt, "title", title, type="main")
    for editor in edition.editors:
        if editor.name == "nashr":
            continue
        el(title_stmt, "editor", editor.name, role=re.sub(r"\W+", "-", editor.role.lower()).strip("-") or "editor")
    resp = el(title_stmt, "respStmt", xml_lang="en")
    el(resp, "resp", "TEI encoding (automatic conversion from plain text)")
    el(resp, "name", "nashr", xml_id="nashr")

    pub = el(file_desc, "publicationStmt")
    el(pub, "publisher", edition.publisher)
    el(pub, "date", date, when=date)
    if edition.licence:  # none in edition.toml: no availability (its licence's @target may not be empty); deposit asks
        el(el(pub, "availability", status="free"), "licence", edition.licence, target=edition.licence_url)
    el(pub, "idno", info.stem, type="local")
    if edition.base_url:
        el(pub, "idno", f"{edition.base_url.rstrip('/')}/{info.stem}.xml", type="URI")

    source_desc = el(file_desc, "sourceDesc")
    if masthead is not None:
        bibl_struct = el(source_desc, "biblStruct")
        analytic = el(bibl_struct, "analytic")
        el(analytic, "title", title, level="a")
        monogr = el(bibl_struct, "monogr")
        el(monogr, "title", masthead["title"].strip(), level="j")
        imprint = el(monogr, "imprint")
        if issue_date is not None:  # TEI P5 2.2.7, 3.12.2.4: the issue's date in its imprint
            el(imprint, "date", issue_date[0], **issue_date[1])
        el(imprint, "biblScope", masthead["issue"], unit="issue", n=str(int(masthead["issue"])))
    digital = el(source_desc, "bibl", type="digital-source")
    el(digital, "title", title)
    el(digital, "idno", source.path.name, type="filename")
    if info.original_file and info.original_file != source.path.name:
        el(digital, "idno", info.original_file, type="original-filename")
    el(digital, "idno", source.sha256, type="sha256")
    el(digital, "note", f"Plain text, {IANA_NAMES.get(source.encoding, source.encoding.upper())}"
        + (", with a byte-order mark" if source.bom else "") + (f": {source.repaired}" if source.repaired else "")
        + ".", xml_lang="en")

    encoding = el(header, "encodingDesc")
    project = el(encoding, "projectDesc")
    el(project, "p", edition.description or edition.title)
    editorial_declaration(encoding, conventions, editor_lines(lines), sidecar(source.path).name)
    app_info = el(encoding, "appInfo")
    app = el(app_info, "application", ident="nashr", version=__version__)
    el(app, "label", "nashr")

    profile = el(header, "profileDesc")
    _creation_date(profile, _stated_date(lines, SESSION, recognise, readable)
                   or _letterhead_date(lines, recognise, readable)
                   or _first_date(_below_title(lines), "dateline", recognise, readable)
                   or _date_under_title(lines, recognise, readable)
                   or _stated_date(lines, PASSED, recognise, readable)
                   or _diary_date(lines, recognise, readable), issue_date, info)
    lang_usage = el(profile, "langUsage")
    el(lang_usage, "language", "فارسی", ident="fa")
    for ident in sorted({line.gloss for line in lines if line.gloss is not None and line.role == "l"}):  # glosses
        el(lang_usage, "language", LANGUAGE_NAMES.get(ident, ident), ident=ident)
    kind = genre(lines)
    if kind:
        keywords = el(el(profile, "textClass"), "keywords", xml_lang="en")
        el(keywords, "term", kind, type="genre")
    corresp_desc(profile, lines, recognise, readable)
    calendar_desc = el(profile, "calendarDesc")
    for ident in calendars:
        el(el(calendar_desc, "calendar", xml_id=ident), "p", CALENDARS[ident], xml_lang="en")

    revision = el(header, "revisionDesc")
    el(revision, "change", f"Converted from the plain text {source.path.name} by nashr {__version__}.",
        when=date, who="#nashr", xml_lang="en")
