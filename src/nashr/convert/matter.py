"""The matter around a text: page furniture, the top (masthead, kicker, title, subtitles,
byline, dateline, a letter's addressee and greeting, epigraph, captions), the end (closing
formula, signatures, dates, copy lists, slogans, trailers, source notes, references) and the
signature fields of forms inside the text. TEI P5 ch. 4.1–4.2.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache

from nashr.convert.conventions import BLESSING, DIGIT, DIGITS, Shape, words
from nashr.convert.document import (
    DEFAULT_RULE,
    EDITION_FURNITURE,
    NUMBER_WORD,
    PROSE_MIN_WORDS,
    TEXT_ROLES,
    Document,
    date_word,
    full,
    is_dateline,
    month,
    runs_on,
)
from nashr.convert.forms import FIELD_MAX_WORDS, FILL_IN, SIGNATURE_MARK
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.pages import (
    BLANK_PAGE,
    LATIN_GLOSS,
    PAGE_NUMBER,
    contents_entry,
    contents_page,
    contents_roles,
    footnotes,
    page_numbers,
    pages,
    printed_margins,
    running_lines,
    trailing_numbers,
)
from nashr.convert.reading import plain

MASTHEAD = re.compile(rf"^\s*(?P<title>[^\d\s][^\d]{{1,40}}?)\s+(?P<issue>{DIGIT}{{1,5}})\s*$")
MASTHEAD_MAX_TITLE_WORDS = 4
# What a periodical's masthead says: its year and issue, price and subscription, periodicity,
# editor, address for letters.
MASTHEAD_MARK = LazyPattern(
    rf"(^|[(﴿\s])(سال|شماره|نمره)\s+({DIGIT}+|\S+م)\b|قیمت|اشتراک|آبونه|مدیر مسئول|صاحب امتیاز|سردبیر"
    r"|عنوان مراسلات|هفتگی|روزانه|هفته‌نامه|ماهنامه|دوهفته‌نامه")
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
                         rf"(?:{DIGIT}+|(?:\S+\s+و\s+)*\S+م)(?:\s|$)")
PERIODICAL_HEAD_MAX_LINES = 5
TITLE_MAX_WORDS = 20
# The first free line taken for the title is ``medium`` whatever its length (nashr.convert.certainty):
# its record once set 6 words or more apart (1 wrong of 41 on 295 texts, no @cert); with set 28 joined
# they are wrong on 9 of 89 (10 %: a site's label, a letter's addressee, a poem's first line), in the
# ``medium`` band like the shorter ones.
LONG_TITLE_MAX_WORDS = 32
# A title's second and third lines, written directly under the first.
TITLE_MAX_LINES = 3
TITLE_LINE_MAX_WORDS = 10
SUBTITLE_MAX_WORDS = 12
# A title block is a few lines: under the title, at most this many short lines without final
# punctuation one after the other may be its subtitles (the collection's texts have four at most,
# with a date or a name among them, as many again in a PDF text layer); a longer run of them is
# the body (a song's lines, a contents page, a list).
TOP_SHORT_RUN_MAX = 8
SITE_LABEL_MAX_WORDS = 4
BREADCRUMB = re.compile(r"\S\s+[»›]\s+\S")
# A site's breadcrumb trail: three parts or more between one separator said each time («خانه / اشعار
# / اشعار سنتی / …», «غزلستان :: مولوی :: …», «صفحه اصلی » مشروح مذاکرات » …»), each part a few words
# with a letter (not a date «23 / 8 / 41»), no final punctuation. Seen under or over the title on the
# pages of four publishers of sets 8, 9, 10 and 13.
TRAIL_SEPARATOR = re.compile(r"\s+(»|›|>|::|/|\|)\s+")
TRAIL_MIN_PARTS = 3
TRAIL_RULE = "fw: a site's breadcrumb trail («خانه / اشعار / …») below the page's first line, or from its home page"
TRAIL_PART_MAX_WORDS = 4  # (a hemistich between slashes has more)
# A trail that starts at the site's home page («صفحه اصلی > سیاسی > …», «خانه » اخبار») is the page's
# furniture even on its first line, and even when its last part is the page's title at length: a
# text's own title (ganjoor.net's «حافظ » غزلیات » غزل شمارهٔ ۲») starts with its author or work.
HOME_LINK = re.compile(r"^(?:صفحه[\s\u200c]?(?:ی\s)?(?:اصلی|نخست)|خانه|home)$", re.IGNORECASE)
# A site's menu copied as one line: the home page's link (:data:`HOME_LINK`'s words) and the other links
# after it, with spaces or glued («صفحه اصلیقوانیننشانی مراجع قضایی…»: a law firm's site of set 13),
# among the first HOME_MENU_LINES lines, at least HOME_MENU_MIN_WORDS words and no digit (a breadcrumb
# trail, :func:`breadcrumb_trail`, has its own rule).
HOME_MENU = re.compile(r"^(?:صفحه[\s\u200c]?(?:ی\s)?(?:اصلی|نخست)|خانه)[\s|]*[^\W\d_]")
HOME_MENU_LINES = 8
HOME_MENU_MIN_WORDS = 6  # (a caption naming the home page is shorter, and dated: «صفحهٔ اصلی ویکی‌پدیا در ۲۰۱۵»)
HOME_MENU_MIN_PIPES = 2  # or its links parted by «|», however few («صفحه اصلي| پشتو | English |», meshran.website)
# A tagline or slogan (ending in «!») directly under the title may be long.
TAGLINE_MAX_WORDS = 40
# An invocation opening a text («بسم الله الرحمن الرحیم», «به نام خدا», «به یاری خدای …»): a paragraph of
# its own.
INVOCATION = re.compile(r"^(بسم|بسمه|باسمه|به نام|بنام|به یاری|بیاری)\s")
INVOCATION_MAX_WORDS = 8
# An Arabic line set apart at the head of a text — a formula («إنا لله و إنا إلیه راجعون»), a verse
# of the Quran under the invocation — is short; a longer one opens the text itself (a classical
# book's doxology «الحمد لله رب العالمین …»).
ARABIC_EPIGRAPH_MAX_WORDS = 15
# Such a verse or formula is written with its vowels or with the hamza under alef Persian does not
# write («إنا لله …»); a book's Arabic title at the head of a page is not («الفوائد الرضویة …»).
VOCALIZED = LazyPattern("[\u064b-\u0652\u0625]")
# The short invocations that head letters and notes: «یا حق», «یا علی», «هو», «هو الحق», «بسمه تعالی».
SHORT_INVOCATION = re.compile(r"^\s*(?:یا\s+\S+|هو(?:\s*ال\S+)?|بسمه\s+تعالی|باسمه\s+تعالی)\s*$")
# Of those, «یا حق», «بسمه تعالی» under a letter's date open it as its salutation; «هو» ("He"),
# alone or with a name of God, heads the page as an epigraph (editors keep it a paragraph: the
# collection's Qajar letters, four publishers).
OPENING_INVOCATION = re.compile(r"^\s*(?:یا\s+\S+|بسمه\s+تعالی|باسمه\s+تعالی)\s*$")
# The kind of document a text is, naming it at the head of its own heading («قانون اساسی»,
# «بیاننامه», «اعلامیه سه دولت …», «دستخط مبارک همایونی»): a line that opens with one, under the
# title, is a line of the title (the text's own heading under a page's), not a subtitle. A
# description («تلگرافی از …», «پیام نوروزی») is not the document's name.
DOCUMENT_KIND = LazyPattern(
    r"^(?:قانون|بیانیه|بخشنامه|بیان[\u200c ]?نامه|اعلامیه|اعلان|دستخط|فرمان|اساسنامه|نظامنامه|نظام[\u200c ]نامه"
    r"|آیین[\u200c ]?نامه|آئین[\u200c ]?نامه|قطعنامه|منشور|عهدنامه|قرارداد|موافقتنامه"
    r"|موافقت[\u200c ]نامه|وصیتنامه|وصیت[\u200c ]نامه|مرامنامه|مرام[\u200c ]نامه"
    r"|تصمیم قانونی|لایحه|طرح قانونی)(?=\s|$)")
DOCUMENT_KIND_MAX_WORDS = 8
# A line that is one quotation: «…», “…”, "…" (a saying pulled out as a tagline).
QUOTED_LINE = LazyPattern(r'^\s*(?:«[^«»]+»|“[^“”]+”|"[^"]+")\s*$')
# An ornament line of the page's layout: «*», «* * *», «***».
ORNAMENT = re.compile(r"^\s*(?:[*]\s*)+$")
# A part's number alone on its line («11», «۱۲»): a letter of a numbered series, a chapter.
PART_NUMBER = LazyPattern(rf"^\s*{DIGIT}{{1,3}}\s*$")
# A caption left by a web page under a news title: short, and naming what the title or the
# first paragraph names (at least this many of the same content words).
CAPTION_MAX_WORDS = 20
CAPTION_SHARED_WORDS = 2
FUNCTION_WORDS = frozenset("و در به از که با را این آن برای یک تا بر هم نیز یا اما ای است بود شد کرد می".split())
# «مورخ …» («dated …») opening a date line: said of the document, as an approval note is.
DATED_NOTE = re.compile(r"^(?:مورخ|مورخه|مورخهٔ|مورخة)\s")
# An approval note's opening words, whole («مصوبات شورای شهر …» is a title); a law database's
# approval-date field under the title says the same («تاریخ تصویب: ۱۳۱۴/۰۵/۰۸»).
APPROVAL_NOTE = re.compile(r"^(مصوب|تصویب شده|مصوبه|قطعنامه مصوب|تاریخ تصویب)(?=[\s:：،,]|$)")
# The organisation a statement or news item comes from, on its own line above the title. A
# word ending in «ه» may carry its ezafe as «ۀ» or «‌ی» («ادارۀ امور شهرداریها»).
KICKER = re.compile(r"^(حزب|سازمان|کمیته|انجمن|اتحادیه|شورای|شورا|کانون|جبهه|جمعیت|هیئت|هیات|دفتر|"
                    r"وزارت|ستاد|مجمع|نهاد|بنیاد|خبرگزاری|روابط عمومی|دبیرخانه|فرمانداری|استانداری|"
                    r"بخشداری|شهرداری|اداره|اداره کل|دانشگاه|دانشکده|شرکت|بانک|سفارت|کنسولگری"
                    r"|معاونت|مدیریت|کمیسیون|مرکز|مؤسسه|موسسه|پژوهشگاه|پژوهشکده|دادگستری|دادسرا"
                    r"|کمیتۀ|اتحادیۀ|جبهۀ|دبیرخانۀ|ادارۀ|دانشکدۀ)(\u200cی)?\s")
# The printed fields of an administrative letter's head beside its date: number and enclosure
# («شماره: ۱۲۳۴», «پیوست: ۲ برگ»), and its classification and priority marks («محرمانه، فوری»),
# as Iranian official correspondence sets them (the form, not the letter's words).
# The number field may stand without its colon before the number and date («شماره ۱۲۲۹۸ ۱۷/۸/۴۱»);
# «نمره» is its name in the letters of the 1900s–1930s («نمره ۱۳۹۴», «نمره -۶۲۲۷-۲۲۷۶»).
# (The number may be named by one more word, its register: «نمره صادره: ۳۵ / ۴۲۵۴», «نمره عمومی: ۶»; a field
# left empty keeps its label and the dashes a copy puts for the blank: «اداره: -----», «کارتن: -----».)
LETTERHEAD_FIELD = re.compile(r"^(شماره|شمارۀ|شماره\u200cی|نمره|پیوست|پیوستها|پیوست‌ها|طبقه‌بندی|طبقه بندی|فوریت)"
                              r"\s*[:：]\s*\S|^(?:شماره|شمارۀ|نمره)\s+[^\W\d_]+\s*[:：]\s*\S"
                              rf"|^(شماره|شمارۀ|نمره)\s+[-–]?{DIGIT}[{DIGIT[1:-1]}/\-\s]*$"
                              r"|^(اداره|دایره|دائره|شعبه|نمره)\s*[-–:：]\s*$"  # (a label left empty: «اداره-»)
                              r"|^[^\W\d_][^:：\d]{0,24}[:：]\s*[-–—_]{3,}\s*$")
# The number and date fields of a letter's head on one line, however long the number: «شماره : ۴۱ـ۱۰۳۹۶ /
# ۱۵ ب ۲ تاریخ ۲۳ / ۸ / ۴۱», «۳۳۱۵ – ۱۳۱۴/۵/۸» (ir-psri.com, nezamat.ir): the form's, not a dateline.
NUMBER_AND_DATE = LazyPattern(rf"^(?:شماره|شمارۀ|نمره)\s*[:：]?\s*\S.*\sتار[يی]خ\s*[:：]?\s*{DIGIT}"
                              rf"|^{DIGIT}+\s*[-–—]\s*{DIGIT}{{1,4}}[/.]{DIGIT}{{1,2}}[/.]{DIGIT}{{1,4}}\s*$")
# The subject field of an administrative letter or circular («موضوع: …»), the last of its head's
# fields (number, date, enclosure, from, to, subject) in Iranian official correspondence: the
# letter's secondary title.
SUBJECT_LINE = re.compile(r"^موضوع\s*[:：]\s*\S")
MARK_WORD = r"(?:(?:خیلی|بکلی|به کلی)\s)?(?:محرمانه|سری|فوری|عادی|مستقیم)"
# (The marks may be joined by «و» and said as a sentence: «فوری است», «محرمانه و فوری است»; «مستقیم»
# sends the letter to the addressee's own hands: «محرمانه و مستقیم، فوری».)
CLASSIFICATION = re.compile(rf"^{MARK_WORD}(?:\s*(?:[،,\-–]|\sو)?\s*{MARK_WORD})*(?:\s+است)?\s*$")
KICKER_MAX_WORDS = 8
# An editor's credit, «به کوشش …», «به تصحیح …», «به اهتمام …» ("by the efforts of", "edited by"), as Persian
# books name who edited or compiled them (:data:`EDITION_CREDIT` in a wiki subpage's header).
BYLINE = re.compile(
    r"^(نوشته|به قلم|به?\s?کوشش|به\s?تصحیح|به\s?اهتمام|از:|نویسنده|گزارشگر|خبرنگار|گزارش:|گزارش از|ترجمه|مترجم"
    r"|برگردان|تنظیم\s*[:：]|گفت‌وگو:|گفتگو:"  # («تنظیم وسایل رسانه ها: ۹:۱۵ …» is a schedule's row)
    # The author fields of a title page (a thesis, a report, coursework): «نگارش: …», «دانشجو: …».
    r"|نگارش\s*:|نگارنده\s*:|گردآورنده\s*:|تهیه[\s\u200c]?کننده\s*:|دانشجو\s*:|شماره دانشجویی\s*:"
    # The credits of a poem or a song: «شعر از: …», «سروده: …», «ترانه‌سرا: …», «آهنگساز: …», «خواننده: …»,
    # a name after the colon («شعر:» alone introduces the poem quoted under it).
    r"|شعر از|(?:شعر|سروده|سراینده|شاعر|ترانه[\s\u200c]?سرا|ترانه|آهنگساز|آهنگ|خواننده|اجرا|نوازنده)\s*:(?=\s*\S)"
    r"|با صدای"
    r"|خوانش\s*:|بازنویسی\s*:|ویرایش\s*:|ویراستار\s*:|برگرفته از"
    # Two credits joined by «و» over one name: «عکس و خوانش: …» (a document's photograph and reading),
    # «تحقیق و نگارش: …».
    r"|[^\s:：]+\s+و\s+(?:خوانش|بازنویسی|ویرایش|نگارش|ترجمه|تنظیم|گردآوری|بازنشر)\s*:"
    # Who prepared, compiled or typed the text: a column's compiler («تهیه و تنظیم: …»), a site's
    # typist («تایپ شده توسط …», «تایپ: …»), a blog's poster («ارسال شده توسط …»).
    r"|تهیه و (?:تنظیم|گردآوری|ترجمه)|(?:تدوین|گردآوری|گرداوری|حروف[\s\u200c]?چینی)\s*:"
    # A blog's or WordPress's post record, its category or date left empty by the copy: «ارسال شده در توسط …»,
    # «منتشرشده توسط … در تاریخ».
    r"|(?:تایپ|ارسال|نوشته|تهیه|ترجمه|منتشر)(?:\s?شده)?(?:\s+در)?\s+توسط|تایپ\s*:)(?=[\s:：]|$)"  # (not «ترجمه‌ای»)
    r"|^(گروه|سرویس|دبیرخانه)\s+\S+(\s\S+){0,2}\s*[-–—:]\s*$"
    # A desk and the agency or site it works for, on a line of its own: «گروه کتاب پایگاه خبری شاعر»,
    # «سرویس سیاسی خبرگزاری …».
    r"|^(گروه|سرویس)\s+\S+(\s\S+){0,2}\s+(خبرگزاری|پایگاه[\s\u200c]+خبری|روزنامه|هفته[\s\u200c]?نامه|سایت)\s[^.:：،]{1,40}$"
    # «به گزارش خبرگزاری …،» on a line of its own: the agency the item comes from.
    r"|^به گزارش(\s+[^\s.،,]+){0,4}\s*[،,:]?\s*$"
    # The agency or site named over the lead: «پایگاه خبری تحلیلی انتخاب (Entekhab.ir) :».
    r"|^(خبرگزاری|پایگاه خبری|پایگاه اطلاع‌رسانی|پایگاه اطلاع رسانی|سایت|روزنامه)\s[^:：]{1,60}[:：]\s*$"
    # The source a text was taken from, named after the label («منبع: خاندان مولانا …», «منبع:کتاب اسرار
    # التوحید»; «منبع:» alone heads the notes under it): a credit as «برگرفته از …» is.
    r"|^(?:منبع|مأخذ|ماخذ)\s*[:：]\s*\S"
    # The credits of a translated talk or page in English: TED's «Translator: … Reviewer: …».
    r"|^(?i:translator|translated by|reviewer|transcriber|written by|author)\s*[:：]?\s+\S"
)
BYLINE_MAX_WORDS = 12


def credit_line(s: Shape) -> bool:
    """A credit (:data:`BYLINE`) of two to BYLINE_MAX_WORDS words: a label alone names no one («نویسنده:»
    with its field left empty by the copy, «خبرنگار» over an interviewer's question)."""
    return BYLINE.match(s.plain) is not None and 1 < s.words <= BYLINE_MAX_WORDS
# The account of a site's user that posted the page, shown under the title by its content system: Latin
# letters or digits joined by «_» or «.» («ago_admin», «Panah_moph»), a handle and no word.
POSTER_HANDLE = LazyPattern(r"^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+$")
# A handle joined by a hyphen or by nothing («moi-af», «mateenqani»: Afghan ministries' sites, as ago.gov.af's and
# moph.gov.af's «ago_admin», «Panah_moph») is one only with the post's date and time on the line right under it
# («سهشنبه 1400/8/11 - 15:34»): alone, a Latin word there may be an image's file name («Untitled-1»).
DATED_HANDLE = LazyPattern(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
# A person's name with years in parentheses, as poetry and biography sites head a work: the years of
# life («سعدی (۶۰۶ – ۶۹۰ هجری قمری)», «پروین اعتصامی: (تولّد: ۲۵اسفند۱۲۸۵ ـ درگذشت: ۱۶ فروردین ۱۳۲۰ شمسی).»),
# or a year in two calendars after «از» ("by": «از رودکی (329/951)»); the name a person's (:func:`person_name`).
LIFE_DATES = re.compile(rf"^(?:از\s+)?(?P<name>[^()\d۰-۹٠-٩:：،,]{{2,60}}?)\s*[:：]?\s*"
                        rf"\((?=[^()]*{DIGIT}{{3,4}})[^()]{{1,80}}\)\.?$")
# A clause, not a noun phrase (a heading, a kicker, a label): see :func:`clause`.
CLAUSE_WORDS = frozenset("را است اند هستند عبارتند عبارت‌اند باشد باشند شد شود گردید گردد گفت افزود نوشت کرد"
                         " داد دارد دارند بود بودند نیست خواهد یافت رسید".split())
# A verb in the present or past continuous: «می»/«نمی» and a stem with a personal ending
# («می‌شود», «میشود» where the ZWNJ was lost, «نمی‌کنند»).
CONTINUOUS_VERB = LazyPattern(r"^ن?می\S{1,8}?(د|ند|م|یم|ید)$")
SLOGAN_OPENERS = ("زنده باد", "مرگ بر", "پیروز باد", "سرنگون باد", "درود بر", "نابود باد", "گرامی باد")
CLOSER_MAX_WORDS = 10
# A petition to the Shah opens on the dust of his feet: «قربان خاکپای آسمان‌سای همایونت گردم»,
# «قربان خاکپای اقدس همایونت شوم» (Qajar ministers' letters to the Shah).
PETITION_OPENING = r"قربان\s+خاک[\s\u200c]*پای(?:\s+\S+){0,4}\s+(?:شوم|گردم)"
# A writer offering himself for the one he writes to, the opening of Qajar and early Pahlavi letters:
# «قربانت شوم», «فدایت گردم», «تصدقت شوم», «هزار مرتبه قربان و تصدق وجود مبارکت گردم» (the whole line,
# :data:`SALUTE_TOP`: a hemistich says more after the verb, «قربان خاک کوی تو گردم همیشه من»).
SELF_OFFERING = (r"(?:(?:هزار|صد)\s+(?:مرتبه|بار)\s+)?(?:قربان|فدای|تصدق)\S*(?:\s+و\s+(?:قربان|فدای|تصدق)\S*)?"
                 r"(?:\s+\S+){0,4}?\s+(?:شوم|گردم|بروم)")
SALUTE_TOP = LazyPattern(
    r"^\s*((?:با |ضمن )?(?:عرض )?(?:سلام|درود)(?:\s(?:و|با)\s(?:سلام|درود|احترام|تحیات|تحیت|صلوات|عرض ادب|ادب))*"
    r"(?: علیکم)?|احتراماً|احتراما|"
    rf"{PETITION_OPENING}|{SELF_OFFERING}|"
    r"(?:\S+\s){0,5}\S*(?:عزیز|گرامی|ارجمند|محترم)(?:ان|م)?)\s*[،,:!.؛;]?\s*$"  # («قربانت شوم؛»)
    # Vocatives addressing the readers: «هم‌میهنان، کارگران و زحمتکشان ایران», «دوستان!»; the reader
    # addressed as one, in the singular: «هموطن:» (the Freedom Movement's founding proclamation).
    r"|^\s*(?:(?:هم‌?میهن|هموطن)(?:ان)?|رفقا|رفقای)(?:[\s،,]+\S+){0,6}\s*[،,:!]?\s*$"
    r"|^\s*(?:دوستان|یاران|خواهران|برادران|کارگران|مردم|ملت|همکاران|بانوان|ایرانیان|خانم[\s\u200c]?ها|آقایان|سروران"
    r"|عزیزان|همشهریان|شهروندان|استادان|اساتید|دانشجویان|فرزندان|جوانان)(?:[\s،,]+\S+){0,10}\s*[،,:!]\s*$"
    # The addressed and the name or greeting after a comma: «دوست عزیزم، علی جان», «مادر عزیز، سلام».
    r"|^\s*(?:\S+\s){0,3}\S*(?:عزیز|گرامی|ارجمند)(?:ان|م)?\s*[،,]\s*(?:[^\s،,:!.]+\s*){1,3}[،,:!]?\s*$"
    # A greeting with the readers named: «سلام دوستان،», «درود بر همه شما!».
    r"|^\s*(?:با )?(?:سلام|درود)(?:\s+(?:بر|به))?(?:\s+[^\s،,:!.]+){1,3}\s*[،,:!]\s*$"
    # The addressed and an Arabic prayer for them, in the second person, in Qajar letters and
    # fatwas: «مطاع معظم، ادام الله اقبالکم!», «حجه الاسلام، متّع الله تعالی المسلمین بطول بقائکم».
    r"|^\s*[^،,:!.]{2,30}[،,]\s*\S+\s+الله(?:\s+\S+){0,4}?\s*\S*کم\s*[!.]?\s*$"
    # The Islamic greeting, whole, the addressed named before it or not, as Afghan officials' messages and
    # statements open: «السلام علیکم و رحمة الله و برکاته», «هموطنان گرامی، خواهران و برادران السلام علیکم …!».
    r"|^\s*(?:[^.!؟?:]{2,80}\s)?(?:ال)?سلام[\s\u200c]*علیکم(?:\s+و\s*رحم[ةته][\s\u200c]*الله(?:\s+تعالی)?"
    r"(?:\s+و\s*برکاته)?)?\s*[،,:!.؛]*\s*$"
)
# «حضرت» with an honorific names the addressee of a Qajar or early Pahlavi letter: «حضرت اجل آقای …
# دام اقباله», «حضرت مستطاب اشرف …» (alone, «حضرت» opens a saint's name: «حضرت علی …»).
HONOURED = r"حضرت\s+(?:اجل|مستطاب|اشرف|والا|عالی|آقای|اقدس)(?:\s|$)"
# A kin word and its epithet before «جناب»: «برادر گرامی جناب آقای …», «دوست ارجمند جناب …».
ADDRESS_EPITHET = r"\S+\s+(?:گرامی|عزیز|ارجمند|محترم|عالیقدر)\s+(?=جناب|سرکار)"
# (An epithet may come first: «عزیز ارجمند، جناب آقای …»; an office is followed by «محترم»:
# «نماینده محترم مردم …». «خطاب به» only as a field, «خطاب به: …»: «خطاب به رسانه‌ها» under a
# speech's title says whom it was spoken to.)
ADDRESSEE = LazyPattern(
    rf"^([^،,:]{{2,30}}[،,]\s*|{ADDRESS_EPITHET})?(به\s*:|به\s+(?:جناب|سرکار|حضور|ریاست|دفتر|مدیر|دبیر|اعضای|کلیه)"
    rf"|خطاب به\s*:|گیرنده\s*:|جناب|سرکار|حضور|خدمت|ریاست|پیشگاه|محضر|مقام|{HONOURED})|^[^\s،,]+\s+محترم\b"
    rf"|^[^.،,:؟?!]{{2,60}}?(?={BLESSING.pattern})"
)
ADDRESSEE_MAX_WORDS = 14
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
SIGNED_MAX_WORDS = 8
# An office opening a signature line: «معاون آموزش ابتدایی», «رئیس هیئت مدیره».
OFFICE_TITLE = LazyPattern(r"^(?:معاون|مدیر|مدیرکل|مدیر کل|رئیس|رییس|وزیر|دبیر|دبیرکل|سرپرست|فرماندار|استاندار"
                           r"|شهردار|سخنگوی|دادستان|فرمانده|مسئول)(?:\s|$)")
# A notice signed on behalf of those who issue it: «از طرف خانواده‌های …», «از سوی انجمن …».
ON_BEHALF = LazyPattern(r"^(?:از طرف|از سوی|از جانب)\s+\S")
# The signers of a petition after the one on whose behalf they sign: «از طرف اهالی …: name، name، …
# و چهل امضاء کنندگان حاضر.» — the names parted by «،» (or «و»), each of at most SIGNER_MAX_WORDS.
ON_BEHALF_SIGNERS = LazyPattern(r"^(?:از طرف|از سوی|از جانب)\s+(?P<whom>[^:：.]{1,80})[:：]\s*(?P<names>[^:：]+?)[.]?$")
SIGNER_MAX_WORDS = 4
SIGNED_LAST_LINES = 3  # the last lines of a text looked at for an issuer's office or name
# A web page's stamp of when it was published («تاریخ نشر 07/09/2020», «تاریخ انتشار: …»): the site's
# date, not the document's, so the line under it is no issuer signing under the date.
PUBLISHED = LazyPattern(r"^\W*(?:تاریخ[\s\u200c]*(?:نشر|انتشار)|منتشر[\s\u200c]*شده)")
VOCATIVE_MAX_WORDS = 12  # a greeting that names its readers at length and ends in «:», «،» or «!»
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
# A copy list wrapped over several lines goes on after a line ending in the separator of its items
# or in the copy word of the next item, which the wrap left at the line's end («…، کپیه»).
COPY_LIST_GOES_ON = re.compile(r"(?:[،,]|\s(?:رونوشت|کپیه))\s*$")
# A telegram's head as the telegraph office's form sets it (the Ministry of Posts and Telegraphs'
# forms of the 1920s–1950s): the route «از [office] به [office]» and the form's fields (number,
# receipt, number of words, dates of sending and arrival) run into one line, parted by «؛».
TELEGRAM_ROUTE = LazyPattern(r"^از\s+(?P<origin>[^؛;:،]{1,30}?)\s+به\s+[^؛;:،]{1,30}$")
# A date field of the form, its label after «تاریخ»: «تاریخ اصل:» (of origin), «تاریخ وصول:» (of arrival).
TELEGRAM_DATE_FIELD = LazyPattern(r"(?:^|[\s،,؛;])تاریخ(?P<label>[^:：؛;،]{0,15})[:：]")
TELEGRAM_HEAD_MAX_LINES = 3  # lines of the form's head over its fields: the ministry, the form's name
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
# Where the text was first published, at its end: «به نقل از «نامه مردم»، شماره …», «منبع: …».
SOURCE_NOTE = re.compile(r"^[(\[]?\s*(به نقل از|نقل از|منابع\s*:|برگرفته از|برگرفته شده از)")
SOURCE_NOTE_MAX_WORDS = 25
# A reprinted item's source at its foot: the periodical's name, a dash or comma, the issue's date
# («روزنامه ایران- شنبه 3 دی 1311», «هفته‌نامه …، ۱۲ مهر ۱۴۰۰»), as newspapers' history columns
# and clipping collections cite each item (Chicago Manual of Style 14.191: newspaper name and date).
PAPER_SOURCE = re.compile(r"^\s*(?:روزنامه|روزنامهٔ|هفته[\s\u200c]?نامه|ماهنامه|مجله|مجلهٔ|جریده|نشریه|خبرگزاری)"
                          r"\s+[^-–—،,:]{1,40}?\s*[-–—،,]\s*(?P<date>\S.*)$")
TRAILING_STAR = re.compile(r"\s[*]\s*$")
# Structure words that head a section with their number: «فصل دوم», «ماده ۱۲», «بخش ۳».
SECTION_WORD = re.compile(r"^(فصل|بخش|باب|ماده|مبحث|گفتار|قسمت|کتاب|دفتر|مقاله|پیوست|ضمیمه)\s+\S+"
                          rf"|^اصل\s+({DIGIT}+|[^\s]+م|اول|یکم)\s*[-–:]?$")
SECTION_WORD_START = LazyPattern(r"^(فصل|بخش|باب|ماده|مبحث|گفتار|قسمت|کتاب|دفتر|مقاله|پیوست|ضمیمه|اصل)\s")
SECTION_LABEL_MAX_WORDS = 3  # «فصل ۱», «بخش دوم», «باب سوم»
# The names of the usual parts of a text, standing alone: headings wherever they stand. The
# references' heading: the lines under it at the end of a text are notes. MediaWiki puts an edit
# link after every section heading; copied as text: «منابع[ویرایش]».
# The notes' heading also as a book or a word processor names it, its ZWNJ typed as one, as a space or lost
# («پانوشت», «پی نوشت», «زیرنویس‌ها», «پاورقی», «یادداشتها»).
REFERENCE_NAMES = ("منابع|منبع|مآخذ|ماخذ|کتابنامه|کتاب‌نامه|پانویس‌ها|پانویسها|پانویس|پی‌نوشت‌ها|پی‌نوشتها|یادداشت‌ها"
                   "|پانوشت(?:[\u200c ]?ها)?|پی[\u200c ]?نوشت(?:[\u200c ]?ها)?|زیرنویس(?:[\u200c ]?ها)?"
                   "|پاورقی(?:[\u200c ]?ها)?|یادداشت[\u200c ]?ها")
WIKI_EDIT = r"\s*\[(?:ویرایش|ویرایش مبدأ|edit)\]"
PART_NAME = re.compile(r"^(فهرست مندرجات|فهرست مطالب|فهرست|مقدمه|پیشگفتار|پیش‌گفتار|دیباچه|سرآغاز|درآمد|خلاصه"
                       r"|چکیده|نتیجه‌گیری|نتیجه گیری|نتیجه|جستارهای وابسته|پیوند به بیرون|پیوندهای بیرونی"
                       rf"|جمع‌بندی|جمع بندی|سخن آخر|پیوست‌ها|{REFERENCE_NAMES})\s*:?({WIKI_EDIT})?$")
# (In wikitext the heading stands between «=» signs: «== منابع ==».)
REFERENCES = re.compile(rf"^(={{2,6}}\s*)?({REFERENCE_NAMES})\s*:?({WIKI_EDIT}|ویرایش)?(\s*={{2,6}})?$")  # (the link
# glued without brackets: a mobile view's copy, «منابعویرایش»)
REFERENCES_MAX_LINES = 12
WIKI_HEADING = re.compile(rf"\S{WIKI_EDIT}$")
EDIT_LINK = re.compile(rf"^{WIKI_EDIT}$")  # the edit link on a line of its own, under its heading
# A number between dashes alone on its line is how printed pages are numbered: «–۱۶–».
FRAMED_NUMBER = LazyPattern(rf"^[-–—]\s*{DIGIT}{{1,4}}\s*[-–—]$")
# A web page's record of the item: «کد خبر: ۱۲۳۴», «شناسه خبر: …», «دسته بندی: …», «برچسب‌ها: …»
# (also «برچسب ها», «تگ‌ها»: the tag field as news CMSs and WordPress themes word it; not «کلیدواژه‌ها:»,
# an abstract's keywords, part of the text), a short link's field («لینک کوتاه: https://…»).
# Without a colon, the record word and the number alone: «کد خبر ۸۹۴۲۰۶», «کد ۸۹۴۲۰۶».
PAGE_RECORD = re.compile(r"^((کد|شناسه|شماره)\s*(خبر|مطلب|گزارش)|دسته\s?\u200c?بندی|(?:برچسب|تگ)(?:[\s\u200c]?ها)?"
                         r"|لینک\sکوتاه)\s*[:：]"
                         rf"|^(کد|شناسه)(\s*(خبر|مطلب|گزارش))?\s*{DIGIT}+$")
# An archive's label over the document it transcribes, alone on its line and ending in «:»: «متن
# سند:», «[متن سند]:», «سند نامه ::» — the site's words, not the document's. Seen on the pages of
# three archives of held-out sets 8, 9, 11 and 12 (historydocuments.org, ghaziha.kateban.com,
# ir-psri.com).
DOCUMENT_LABEL = re.compile(r"^\[?\s*(?:متن\s+)?سند(?:\s*نامه)?\s*\]?\s*[:：]+$")
# A site's clock in its header: today's date after «امروز» ("today"), its colon or not («امروز : 3
# مرداد 1403», «امروز دو شنبه 5 حمل 1398»: a parliament's and a poetry news site's pages, sets 27
# and 31) — the day the page was copied, not the text's date.
TODAY = LazyPattern(r"^امروز\s*[:：]?\s*(?P<date>\S.*)$")
TODAY_RULE = "fw: a site's clock, today's date after «امروز» («امروز : 3 مرداد 1403») in the page's header"
# A blog platform's count over a page listing posts by topic, keyword or month («۱۹۷ مطلب با موضوع «ریشۀ واژه»
# ثبت شده است», «۱ مطلب در فروردين ۱۳۹۸ ثبت شده است»: blog.ir's string, two blogs of sets 27 and 29).
POSTS_COUNT = LazyPattern(rf"^{DIGIT}+\s+(?:مطلب|پست|نوشته)\s+(?:با|در)\s.{{1,80}}\sثبت[\s\u200c]شده\s+است\.?$")
# A channel's handle alone on its line, as a Telegram channel signs each post (its copies on web mirrors:
# «@Azarbijan_sarab», «@bagh_saeb», sets 30 and 28): the channel's, not the text's.
CHANNEL_HANDLE = LazyPattern(r"^@[A-Za-z][A-Za-z0-9_]{3,}$")
# A web page's widgets and links, copied with its text: sharing, comments and their count, visits,
# likes, printing, navigation («اشتراک گذاری», «۱۲ دیدگاه», «تعداد بازدید: ۱۲۳۴», «بیشتر بخوانید»,
# «« قبلی», «شعر بعدی »»), alone on a line with at most a number beside them, or side by side
# («« شعر قبلی | شعر بعدی »»).
NUMBER = rf"{DIGIT}+(?:[.٫/]{DIGIT}+)?"  # (a score: «4.75», «۴٫۵», «۴/۵»)
WIDGET_WORDS = (r"(?:به\s)?اشتراک[\s\u200c]?گذاری(?:\sدر\s\S+)?|اشتراک\sبگذارید|دیدگاه[\s\u200c]?(?:ها)?|نظرات"
                r"|ارسال\sنظر|ثبت\sنظر"
                # The count of a post's comments beside its visits («/ 0 نظر / 12 بازدید»: Persianblog,
                # Blogfa): «نظر» only after its number.
                rf"|(?<={DIGIT}\s)نظر"
                # A blog platform's votes on a post, with their counts («۰ نظر موافقین ۰ مخالفین ۰»: blog.ir).
                rf"|(?:موافقین|مخالفین)(?=\s+{DIGIT})"
                r"|نظر\sشما|(?:تعداد\s)?بازدید|لایک|پسندیدم|می[\s\u200c]?پسندم|بیشتر\sبخوانید|ادامه\sمطلب|مطالب\sمرتبط"
                r"|اخبار\sمرتبط|نسخه\sچاپی|چاپ\sمطلب|ارسال\sبه\sدوستان|کپی\sلینک|لینک\sکوتاه|صفحه\sاصلی|بالای\sصفحه"
                # News sites' print and share buttons and their sidebars' labels («نسخه قابل چاپ»,
                # «چاپ خبر», «اشتراک‌گذاری در تلگرام», «پربازدیدترین‌ها», «بازگشت به بالا»; not «نظرات
                # کاربران», which heads a page of readers' comments: tests/data/structure/comments-page).
                r"|نسخه\sقابل\sچاپ|چاپ\s(?:خبر|صفحه)|پربازدیدترین(?:[\s\u200c]?ها)?"
                r"|پربحث[\s\u200c]?ترین(?:[\s\u200c]?ها)?|بازگشت\sبه\sبالا"
                r"|قبلی|بعدی|(?:شعر|غزل|بخش|صفحه|مطلب)\s(?:قبلی|بعدی)|ساخت\sوبلاگ"  # (a blog platform's link)
                # A pager's links without the «ی» («صفحه قبل», «صفحه بعد», «برو به صفحه»: an archive's pages, set 18).
                r"|(?:صفحه|مطلب)\s(?:قبل|بعد)|برو\sبه\sصفحه"
                # A page's skip links for keyboards and screen readers, its first line (WCAG 2.4.1 «Bypass
                # Blocks»: a news site's «لینک‌های قابل دسترسی», VOA's pages of sets 14 and 17).
                r"|لینک[\s\u200c]?های\sقابل\sدسترسی"
                # A blog's sidebar labels (Blogfa's «لینک های روزانه», «آخرین مطالب»; WordPress's
                # «نوشته‌های تازه»): the Qajarieh blog's page of set 11 keeps two over the post.
                r"|آخرین\s(?:نوشته|مطلب|مطالب|پست)(?:[\s\u200c]?ها)?|(?:لینک|پیوند)[\s\u200c]?(?:های|ها)\sروزانه"
                r"|نوشته[\s\u200c]?های\sتازه"
                # A site's links to its own pages of contact and about, in any site's menu («تماس با ما»,
                # «درباره ما»: the parliament's pages of set 27 keep the first over the statement).
                r"|(?:تماس|ارتباط)\sبا\sما|درباره\sما"
                # Poetry sites' and blogs' link to their Hafez divination page (fal), alone in the menu over
                # the poem or the post: «فال حافظ», «فال حافظ شیرازی» (three sites of sets 18–21).
                r"|فال\sحافظ(?:\sشیرازی)?"
                # A blog's link to the rest of a post («بقیه در ادامه مطلب...», «ادامه مطلب را بخوانید»:
                # Blogfa, Mihanblog, WordPress themes) and a rating widget whose stars a copy keeps as
                # digits («1 1 1 1 1 امتیاز 4.75 (تعداد رای 10)»: Joomla's and WordPress's rating
                # plugins), as the site shows them under or over every post.
                # (The score's words only with their numbers: «رأی» alone heads a court's ruling.)
                rf"|(?:بقیه|ادامه)\sدر\sادامه\sمطلب|ادامه\sمطلب\sرا\sبخوانید|(?:امتیاز|تعداد\s(?:رای|رأی))[\s:：]+{NUMBER}(?:\sاز\s{NUMBER})?"
                # The reading time news sites and blogs print over an article («زمان مطالعه: ۵ دقیقه»,
                # «۴ دقیقه مطالعه», «در یک دقیقه بخوانید»).
                rf"|(?:مدت\s)?زمان\s(?:تقریبی\s)?مطالعه\s*[:：]?\s*{NUMBER}\sدقیقه|دقیقه\sمطالعه|در\s(?:یک|{NUMBER})\sدقیقه\sبخوانید")
# A blog platform's advertising slot at the top of a page, its label and the advertiser's link under it
# (Parsiblog's «سفارش تبلیغ» over «صبا ویژن», Blogsky's «تبلیغات» over «رایتل»).
AD_SLOT = re.compile(r"^\s*(?:سفارش\s)?تبلیغ(?:ات)?\s*$")
AD_SLOT_TOP_LINES = 4  # the label among a page's first lines
AD_SLOT_RULE = ("fw: a blog platform's advertising slot at the top: its label («سفارش تبلیغ», «تبلیغات») and "
                "the link under it")
WIDGET_ONE = rf"(?:{NUMBER}\s+)*(?:{WIDGET_WORDS})(?:[\s:：()]+{NUMBER})*"  # («« قبلی ۱ ۲ ۳ بعدی »»)
# (A form's field keeps its colon and the star of a required field: «نظر شما : *».)
WIDGET = LazyPattern(rf"^[\s«»<>|:：\-–—()/]*{WIDGET_ONE}(?:[\s«»<>|/•·\-–—()]+{WIDGET_ONE})*[\s«»<>|:：*\-–—().…]*$")
# The record fields of a law database's page (Iran's legal databases: qavanin.ir, the Majlis
# research centre's rc.majlis.ir, ghavanin.ir, dotic.ir), kept by a copy with or without their
# values, their colons on either side when the copy reversed the table's cells: «شماره انتشار:»,
# «:نوع قانون», «مرجع تصویب: …». A line of two fields, or a field beside another field's line, is
# the page's furniture; one with a date is the text's date line (:func:`closing_matter`).
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
STARS = re.compile(rf"^(?:{DIGIT}\s+)+")  # a rating's stars kept as one digit each, not counted as words
COPYRIGHT = LazyPattern(r"©|\(c\) \d{4}|copyright", re.IGNORECASE)
# A site's rights footer in Persian: «تمامی حقوق متعلق به وب‌سایت رسمی … است. 2018 - 2012», «کلیه
# حقوق این سایت محفوظ است», «© ۱۴۰۲ - همه حقوق مادی و معنوی … محفوظ است» (the footer of news
# agencies, blogs and official sites alike). The rights must be reserved or owned AND the line must
# name a site or publisher or carry a year: a statute's «کلیه حقوق … متعلق به دولت است» names neither.
RIGHTS = LazyPattern(r"حقوق\s.{0,60}?(?:محفوظ|متعلق\sبه|متعلق\s)")
RIGHTS_OWNER = LazyPattern(rf"سایت|وبلاگ|پایگاه|خبرگزاری|نشریه|مجله|روزنامه|انتشارات|©"
                           rf"|(?:^|\s){DIGIT}{{4}}(?:\s|$|[.،,\-–])")
RIGHTS_MAX_WORDS = 25
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


# Link labels copied glued, each said twice (an icon's text, then the link's: «غزلیات سعدیسعدی»,
# «پیوندهای مرتبطبیاناتبیاناتصوتصوت»): a word of four letters or more doubled inside a word, among
# the page's first TOP_LABEL_LINES lines (a poetry site's and an official site's pages of set 13 and 14).
# (Persian doubles three letters by its suffixes: «بیگانگان», «دوستانتان», «قربانیانی».) A menu's label
# said twice around the English word of its button («معلومات عموميExpand معلومات عمومي», meshran.website)
# is one too.
DOUBLED_LABEL = LazyPattern(r"([^\W\d_]{4,})\1|^(\w.{3,}?)\s*[A-Za-z]+\s+\2\s*$")
TOP_LABEL_LINES = 4
# A wiki's page of a scanned book («برگه:ایران۱۲۸۸.pdf/۱», «Page:… .djvu/12») and its proofreading
# status (the ProofreadPage extension's levels as Persian Wikisource words them).
WIKI_PAGE_NAME = re.compile(rf"^(?:برگه|Page|صفحه)\s*:\s*\S.*/\s*{DIGIT}{{1,4}}$")
# MediaWiki's tagline under a page's name («از ویکی‌نبشته», message tagline: «From Wikisource»).
WIKI_PAGE_TAGLINE = re.compile(r"^از\s+ویکی[\s\u200c]?\S+$")
PROOFREAD_STATUS = LazyPattern(r"^این برگ\s.{0,40}(?:نمونه[\u200c ]?خوانی|همسنجی|اعتبارسنجی|متن ندارد)")
# Arabic script, its presentation forms too (a PDF text layer may keep them: «ﻣﺘﻦ»).
PERSIAN_SCRIPT = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\ufb50-\ufdff\ufe70-\ufefc]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
BANNER_MAX_LINES = 6  # (the U.S. government's banner copied from state.gov: five lines)
BANNER_MAX_LATIN_SHARE = 1 / 3
# A wiki page's name with its subpages («Iranian Wikimedians User Group/Meetings/…»); not a URL.
PAGE_PATH = LazyPattern(r"(?<![:/])[^\s/:]/[^\s/]")
HAS_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
# A site's address or e-mail alone on its line, or a URL's path («news/photo/album»): the site's, at
# the top of a copied page (ois-iran.com's masthead, khamenei.ir's page path). A link with its
# scheme («https://go.usa.gov/…») is one the text gives (a post's link, tx.me): not these.
ADDRESS_ALONE = LazyPattern(r"^\s*(?:www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z0-9_-]+(?:/[a-z0-9_-]+)+/?)\s*$")
# A section's number alone, its title on the next line («۲.۱», «3.», «۴»; a PDF's layout).
SECTION_NUMBER_ALONE = LazyPattern(rf"^\s*{DIGIT}{{1,3}}(?:[.٫]{DIGIT}{{1,3}})*[.)\-]?\s*$")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
# A whole line in square brackets: the editor's or archive's words, not the source's (an
# omission «[…]» is the source's gap: no words).
BRACKETED = re.compile(r"^\[(?P<inside>[^\[\]]+)\]$")
NOTE_MIN_WORDS = 3
FIELD_NUMBER = re.compile(rf"^\[[^\]]{{1,20}}:?\]\s*{DIGIT}[{DIGIT[1:-1]}/\-]*$")
PAGE_HEAD_MAX_WORDS = 8
RUNNING_HEAD_MIN_REPEATS = 3
# A page's number and its running head, wherever the copy shows the page (a PDF's form feed, a printed
# page transcribed line by line, numbers in a sequence): one rule each, whatever told the page apart.
PAGE_NUMBER_RULE = ("fw: a line of only a page number («صفحه ۱», «– ۱۶ –», one of several lone numbers, or one "
                    "opening a printed page)")
RUNNING_HEAD_RULE = ("fw: a running head: a short line without final punctuation beside a page's number or "
                     "opening a page (under its number, or repeating an earlier heading)")
RUNNING_HEAD_MAX_WORDS = 12


def clause(plain: str) -> bool:
    """The line is a clause, not a noun phrase: it has the object marker, a copula or a verb
    (:data:`CLAUSE_WORDS`, :data:`CONTINUOUS_VERB`)."""
    tokens = words(plain)
    return bool(CLAUSE_WORDS.intersection(tokens)) or any(
        CONTINUOUS_VERB.match(t) or (t in {"می", "نمی"} and k + 1 < len(tokens)) for k, t in enumerate(tokens))


def _described(s: Shape) -> bool:
    """A transcription's description of a part of the page: one or two words in brackets (an
    emblem, «[آرم]»; «[بدون شماره]»), or a bracketed field name and a number («[شماره:] ۴۳۲۱»)."""
    m = BRACKETED.match(s.plain)
    if m:
        inside = words(m["inside"])
        return 0 < len(inside) < NOTE_MIN_WORDS and not SIGNATURE_MARK.match(m["inside"])
    return FIELD_NUMBER.match(s.plain) is not None


def _pdf_pages(doc: Document, content: list[int]) -> set[int]:
    """In a PDF text layer: page numbers, footnotes and contents pages (:mod:`nashr.convert.pages`);
    returns the footnote lines."""
    layout = pages(doc)
    if not layout:
        return footnotes(doc, content, known_page=False)
    notes: set[int] = set()
    for i in printed_margins(doc, layout):
        doc.set(i, "fw", "fw: the header or footer a browser printed on a PDF page (the time of printing and the "
                "page's title beside it, the page's address)")
    for i in running_lines(doc, layout):
        doc.set(i, "fw", "fw: a line at the head or foot of a page that stands there on another page too, numbers "
                "aside (a running head or foot)", cert="medium")
    for page in layout:
        numbers = page_numbers(doc, page)
        for i in numbers:
            doc.set(i, "fw", "fw: the page number at the foot or head of a PDF page (digits, a letter, a number "
                    "word)")
        for i in trailing_numbers(doc, page):
            if i not in numbers:
                doc.set(i, "fw", "fw: numbers alone ending a PDF page after its text, with no note after them (a "
                        "listing's line numbers beside the page number)", cert="low")
                numbers.add(i)
        text = [i for i in page if i not in numbers]
        if len(text) > 1 and contents_page(doc, text):
            first = True
            for i, role, rule in contents_roles(doc, text):
                doc.set(i, role, rule, list_start=role == "item" and first)
                first = first and role != "item"
        elif text:
            notes |= footnotes(doc, [i for i in text if doc.role(i) == "p"], known_page=True)
    return notes


def _running_head(s: Shape, seen: set[str]) -> bool:
    """A running head repeats the heading of the chapter it runs over («فصل ۱: سرآغاز» under
    «سرآغاز»): its words, but for a section word and numbers, were all on short lines before."""
    own = _content_words(SECTION_WORD_START.sub("", s.plain))
    return bool(own) and own <= seen


def _page_top(doc: Document, i: int) -> bool:
    """Line ``i`` opens a page: it begins with a form feed, or it comes right under the page
    number that does (blank lines between)."""
    if doc.texts[i].startswith("\f"):
        return True
    if not doc.conv.paged:
        return False
    j = i - 1
    while j >= 0 and doc.shapes[j] is None:
        j -= 1
    return j >= 0 and doc.texts[j].startswith("\f") and doc.role(j) == "fw"


def _wiki_page_header(doc: Document, content: list[int]) -> int:
    """How many of the first lines are the header of a wiki's page of a scanned book: the page's
    name («برگه:… .pdf/۲۹۴», MediaWiki's Page namespace: the title) and under it the
    page's proofreading status («این برگ نمونه‌خوانی شده ولی هنوز همسنجی نشده‌است.», the
    ProofreadPage extension's levels), a ``note`` on the transcription (cert ``medium``: set 6's
    annotator made it ``fw``, set 5's ``note`` in three texts)."""
    if not content or not WIKI_PAGE_NAME.match(doc.s(content[0]).plain):
        return 0
    doc.set(content[0], "title", "title: a wiki's page of a scanned book, named by its file and page "
            "(«برگه:… .pdf/۲۹۴»)")
    tagline = len(content) > 2 and WIKI_PAGE_TAGLINE.match(doc.s(content[1]).plain) is not None
    status = content[1 + tagline] if len(content) > 1 + tagline else None
    if status is not None and PROOFREAD_STATUS.match(doc.s(status).plain):
        if tagline:
            doc.set(content[1], "fw", WIKI_TAGLINE_RULE)
        doc.set(status, "note", "note: a wiki page's proofreading status under the page's name", cert="medium")
        return 2 + tagline
    return 1


def _page_number_alone(doc: Document, i: int) -> bool:
    return doc.role(i) == "p" and re.fullmatch(f"{DIGIT}{{1,4}}", doc.s(i).plain) is not None


def _printed_page_top(doc: Document, content: list[int]) -> None:
    """A page of a printed book transcribed line by line (a wiki's page of a scanned edition)
    opens with its page number alone (digits only), under the wiki's page header if it was copied
    with it (:func:`_wiki_page_header`), and may have its running head right under it
    (no blank line between: a short line without final punctuation, with a blank line after) or,
    under a wiki's page header, right above it (the number then with a blank line after):
    both page furniture, not the text's title; and a page with both, taken from inside the book,
    has no top matter (``Document.printed_page``: its first line may end a sentence of the page
    before)."""
    header = _wiki_page_header(doc, content)
    content = content[header:]
    if len(content) < 3 or doc.role(content[0]) != "p":
        return
    first, head = content[0], content[1]
    if not _page_number_alone(doc, first):
        if not (header and _page_number_alone(doc, head) and doc.adjacent(first, head) and doc.blank_after(head)):
            return
        first, head = head, first  # (the running head above the number, as some editions set it)
    doc.set(first, "fw", PAGE_NUMBER_RULE)
    s = doc.s(head)
    if (doc.role(first) == "fw" and abs(head - first) == 1 and s.words <= PAGE_HEAD_MAX_WORDS and s.end == "none"
            and doc.role(head) == "p" and (doc.blank_after(head) or head < first)):
        doc.set(head, "fw", RUNNING_HEAD_RULE)
        # Only the number and its running head together say the page was taken from inside a book
        # (a number alone may be a poem's or a statement's, its title below it).
        doc.printed_page = doc.role(head) == "fw"


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
# The tagline of Wikipedia's pages («از ویکی‌پدیا، دانشنامهٔ آزاد», MediaWiki's message tagline on
# fa.wikipedia.org; a mirror's «از ویکیپدیای فارسی، دانشنامه آزاد»), kept by a copy with or without
# the jump links: the site's line wherever it stands (sets 10 and 12: Wikipedia and a mirror of it).
ENCYCLOPEDIA_TAGLINE = re.compile(r"^از\s+ویکی[\s\u200c]?پدیا(?:ی\s+فارسی)?\s*[،,]\s*دانشنامه\s+آزاد$")
WIKI_TAGLINE_MAX_WORDS = 6
# MediaWiki's notice under the name of a page reached through a redirect («(تغییرمسیر از معصومین)»,
# its message redirectedfrom in Persian), kept by a copy of the page or of a proxy showing it: Persian
# Wikipedia's printed page (set 13) and s.gtool.pro's copy of another article (set 20).
REDIRECT_NOTICE = re.compile(r"^\(\s*تغییر[\s\u200c]?مسیر\s+از\s+[^()]+\)$")
REDIRECT_RULE = "fw: a wiki's notice that the page was reached through a redirect («(تغییرمسیر از …)»)"
# A press release's mark «for immediate release» on its own line («برای انتشار فوری», «جهت انتشار
# فوری»), over the release's date and headline: the State Department's page (set 20) and the US
# Virtual Embassy's (set 9).
RELEASE_MARK = re.compile(r"^(?:برای|جهت)\s+انتشار\s+فوری$")
RELEASE_RULE = "fw: a press release's mark «for immediate release» («برای انتشار فوری») on its own line"
# One rule whatever showed the tagline: its own words (Wikipedia's), the jump links under it, or a
# scanned book's page status under it (Wikisource's «از ویکی‌نبشته»).
WIKI_TAGLINE_RULE = ("fw: a wiki's tagline («از ویکی‌پدیا، دانشنامهٔ آزاد», «از ویکی‌نبشته») under the page's name "
                     "(over its jump links or its proofreading status)")
JUMP_RULE = "fw: a page's jump or skip links («پرش به ناوبری», «پرش به جستجو», «رفتن به محتوا»)"
WIKI_NAV_MAX_LINES = TOP_SHORT_RUN_MAX  # the portal's, the category's and the related pages' links


def _wiki_jump(doc: Document, content: list[int]) -> set[int]:
    """A wiki page's jump links, or a site theme's skip links (:data:`WIKI_JUMP`), and the tagline
    right above them (:data:`WIKI_TAGLINE`, at most WIKI_TAGLINE_MAX_WORDS words, no final
    punctuation): ``fw``;
    and the navigation under them (:func:`_wiki_navigation`). Returns the lines that say the
    page's name (the line over the tagline) again, word for word: the page's title repeated by
    its own heading, which no running head takes (:func:`page_furniture`)."""
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
    it: :func:`_site_label` decides that one.)"""
    text = text.strip()
    parts = TRAIL_SEPARATOR.split(text)
    items, separators = parts[0::2], set(parts[1::2])
    if len(separators) != 1 or len(items) < TRAIL_MIN_PARTS:
        return False
    if HOME_LINK.match(items[0]):  # (:data:`HOME_LINK`: its last part may be the page's title)
        return all(len(x.split()) <= TRAIL_PART_MAX_WORDS for x in items[1:-1])
    return all(ARABIC_LETTER.search(x) and len(x.split()) <= TRAIL_PART_MAX_WORDS for x in items)


# An image's text kept on its own line by a page's copy: «تصویر …» ("picture of …"), «تصویری از …»,
# «طرحی از …» ("a drawing of …"), «عکسی از …», with or without the bullet a list of images gives it
# (the alternative text, or the caption under it); or the image's format alone where the copy kept
# no text of it («JPEG»: a placeholder for the picture).
IMAGE_TEXT = LazyPattern(r"^[•·]?\s*(?:تصویر\s+[^\W\d_]|(?:تصویری|طرحی|عکسی|نقاشی‌ای|نقاشیای)\s+از\s"
                         r"|(?i:jpe?g|png|gif|webp|svg|bmp|tiff?)$)")
# A caption may end in the year of the picture with its era's abbreviation: «…، ۱۷۵۰ م.».
DATED_CAPTION_END = LazyPattern(rf"{DIGIT}\s*(?:م|ق|ش|ه\.?\s?ق|ه\.?\s?ش)\.$")


def _image_texts(doc: Document, content: list[int]) -> None:
    """An image's text on its own line (:data:`IMAGE_TEXT`, at most CAPTION_MAX_WORDS words, no
    final punctuation but after the picture's year, :data:`DATED_CAPTION_END`) is a note, as the
    collection's captions are, whatever else its place would make it (a running head when the page
    repeats it, an item under its bullet).

    Measured on the collection: 5 lines right more on 2 publishers (a Masnavi page's photo of a
    mosque, a letter's page showing the writer's portrait three times), none wrong more; with the
    format alone, 1 more on a third (af.ambafrance.org's «JPEG» between a communiqué and its
    publication line, set 21; the closing matter passes over it); with «تصویری از …», «طرحی از …»
    and a caption's year, 2 more on 2 more (a picture's caption in Wikipedia and in a proxy's copy
    of it, round 26)."""
    for i in content:
        s = doc.s(i)
        if doc.role(i) == "p" and (s.end == "none" or DATED_CAPTION_END.search(s.plain)) \
                and 0 < s.words <= CAPTION_MAX_WORDS and IMAGE_TEXT.match(doc.out[i].text.strip()):
            doc.set(i, "note", "note: an image's text on its own line («تصویر …»: the picture it names)",
                    cert="medium")


def _ad_slot(doc: Document, content: list[int]) -> None:
    """Mark a blog platform's advertising slot among a page's first :data:`AD_SLOT_TOP_LINES` lines
    as ``fw``: its label (:data:`AD_SLOT`) and the next line when it is a link's few words
    (at most :data:`SITE_LABEL_MAX_WORDS`, no final punctuation).

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


def page_furniture(doc: Document) -> None:
    """Page numbers and running heads: lone numbers in a sequence, short lines repeated on
    every page; in a PDF text layer also footnotes and contents pages."""
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    glosses = _pdf_pages(doc, content) if doc.conv.pdf or doc.conv.paged else set()
    numbers = [(i, m) for i in content
               if doc.role(i) == "p" and (m := PAGE_NUMBER.match(doc.s(i).plain)) and i not in glosses]
    for i, m in numbers:
        if m["word"] or len(numbers) >= 2 or FRAMED_NUMBER.match(doc.s(i).plain):
            doc.set(i, "fw", PAGE_NUMBER_RULE)
    _image_texts(doc, content)
    _printed_page_top(doc, content)
    _translation_notices(doc, content)
    _latin_banner(doc, content)
    _ad_slot(doc, content)
    page_name = _wiki_jump(doc, content)
    seen: set[str] = set()  # the words of short lines so far (a running head repeats a heading's)
    top = set(content[:TOP_LABEL_LINES])
    menu_top = set(content[:HOME_MENU_LINES])
    doubled: set[int] = set()  # the lines read as labels said twice so far (a menu's run of them goes on)
    for i in content:
        s = doc.s(i)
        if s.words <= PAGE_HEAD_MAX_WORDS and not _page_top(doc, i):
            seen |= _content_words(s.plain)
        if i in glosses:
            doc.set(i, "note", "note: a footnote of a PDF page (a number, a gloss in Latin script, a note number "
                    "glued to its text, a web address, and the lines after it to the page's foot)")
        elif doc.role(i) != "p":
            continue
        elif (_page_top(doc, i) and s.words <= PAGE_HEAD_MAX_WORDS
              and (s.end == "none" or s.plain.endswith(("؟", "?", "!"))) and _running_head(s, seen)):
            doc.set(i, "fw", RUNNING_HEAD_RULE)
        elif s.words <= PAGE_HEAD_MAX_WORDS and BLANK_PAGE.search(s.plain):
            doc.set(i, "fw", "fw: a notice that the page was left blank («این صفحه … خالی …»)")
        elif (i != content[0] or HOME_LINK.match(TRAIL_SEPARATOR.split(s.plain, 1)[0])) and s.end == "none" \
                and breadcrumb_trail(s.plain):
            doc.set(i, "fw", TRAIL_RULE, cert="medium")
        elif ENCYCLOPEDIA_TAGLINE.match(s.plain):
            doc.set(i, "fw", WIKI_TAGLINE_RULE)
        elif REDIRECT_NOTICE.match(s.plain):
            doc.set(i, "fw", REDIRECT_RULE, cert="medium")
        elif RELEASE_MARK.match(s.plain):
            doc.set(i, "fw", RELEASE_RULE, cert="medium")
        elif DOCUMENT_LABEL.match(s.plain):
            doc.set(i, "fw", "fw: an archive's label over the document it transcribes («متن سند:», «سند نامه ::»)")
        elif (m := TODAY.match(s.plain)) and is_dateline(m["date"]):
            doc.set(i, "fw", TODAY_RULE)
        elif CHANNEL_HANDLE.match(s.plain):
            doc.set(i, "fw", "fw: a channel's handle alone on its line («@bagh_saeb», a Telegram post's signature)")
        elif POSTS_COUNT.match(s.plain):
            doc.set(i, "fw", "fw: a blog platform's count of the posts a page lists («۱۹۷ مطلب با موضوع … ثبت شده "
                    "است»)")
        elif PAGE_RECORD.match(s.plain) and s.words <= RUNNING_HEAD_MAX_WORDS:
            doc.set(i, "fw", "fw: a web page's record of the item («کد خبر: …»)")
        elif (s.words <= RUNNING_HEAD_MAX_WORDS or (STARS.match(s.plain) and len(words(STARS.sub("", s.plain)))
                                                    <= RUNNING_HEAD_MAX_WORDS)) and WIDGET.match(s.plain):
            # (its record, nashr.convert.certainty, with the skip links: right on all 16 lines, so no @cert)
            doc.set(i, "fw", "fw: a web page's widget or link («اشتراک گذاری», «۱۲ دیدگاه», «بیشتر بخوانید») on its "
                    "own line")
        elif not ARABIC_LETTER.search(s.plain) and COPYRIGHT.search(s.plain):
            doc.set(i, "fw", "fw: a copyright line in Latin script (a page footer)", cert="medium")
        elif "©" in s.plain and s.words <= RIGHTS_MAX_WORDS:
            doc.set(i, "fw", "fw: a copyright line in Persian with its sign («© ۱۴۰۲ خبرگزاری …», a page footer)",
                    cert="medium")
        elif ("حقوق" in s.plain and s.words <= RIGHTS_MAX_WORDS and RIGHTS.search(s.plain)
              and RIGHTS_OWNER.search(s.plain)):
            doc.set(i, "fw", "fw: a site's rights footer in Persian («تمامی حقوق … محفوظ است», naming the site "
                    "or a year)", cert="medium")
        elif (i in top or i - 1 in doubled) and s.words <= PAGE_HEAD_MAX_WORDS and DOUBLED_LABEL.search(s.plain):
            doc.set(i, "fw", "fw: a site's link labels copied glued, one said twice («غزلیات سعدیسعدی»), among the "
                    "top lines or under such a line")  # (its record: 0 wrong of 24 once an image's label is a note)
            doubled.add(i)
        elif (i in menu_top and HOME_MENU.match(s.plain) and s.end == "none"
              and (s.words >= HOME_MENU_MIN_WORDS or s.plain.count("|") >= HOME_MENU_MIN_PIPES)
              and not ANY_DIGIT.search(s.plain) and not breadcrumb_trail(s.plain)):
            doc.set(i, "fw", "fw: a site's menu run into one line, opening with the link to its home page («صفحه "
                    "اصلی…», «خانه …») among the top lines", cert="medium")
        elif i in top and _tag_line(s):
            doc.set(i, "fw", "fw: a page's keyword tags or categories parted by commas («غزل حافظ,دیوان حافظ,…», "
                    "«ناصرالدین شاه، معیرالممالک، پاریس، …») among the top lines", cert="medium")
        elif _described(s):
            doc.set(i, "fw", "fw: a part of the page described in brackets («[آرم]», «[شماره:] ۱۲»)", cert="medium")
        elif ((m := BRACKETED.match(s.plain)) and len(words(m["inside"])) >= NOTE_MIN_WORDS
              and not is_dateline(m["inside"])):
            doc.set(i, "note", "note: an editor's or archive's note in brackets on its own line", cert="medium")
    _law_fields(doc, content)
    for i, _ in numbers:
        for j in (i - 1, i + 1):
            if (doc.role(i) == "fw" and 0 <= j < len(doc.shapes) and doc.shapes[j] is not None
                    and doc.role(j) == "p" and doc.s(j).words <= SITE_LABEL_MAX_WORDS and doc.s(j).end == "none"
                    and not MASTHEAD_MARK.search(doc.s(j).plain)):
                doc.set(j, "fw", RUNNING_HEAD_RULE)
    if len(content) < 3 * RUNNING_HEAD_MIN_REPEATS:
        return
    # (A form's field labels and signature marks repeat too: «تاریخ:», «امضاء».)
    short = {i: DIGITS.sub("#", doc.s(i).plain) for i in content
             if 0 < doc.s(i).words <= RUNNING_HEAD_MAX_WORDS and doc.s(i).caesura is None and doc.role(i) == "p"
             and doc.s(i).label is None and not SECTION_WORD.match(doc.s(i).plain) and doc.s(i).end != "colon"
             and not SIGNATURE_MARK.match(doc.s(i).plain) and not FILL_IN.match(doc.s(i).plain)
             and i not in page_name}
    # A running head repeats from page to page, with the page's text between; the same line said
    # again and again with nothing between is one heading said over (a poem page's title, its
    # heading and the first hemistich they quote).
    position = {i: k for k, i in enumerate(content)}
    places: dict[str, list[int]] = {}
    for i, key in short.items():
        places.setdefault(key, []).append(position[i])
    # A web page without pages says its title again, word for word (its heading, a caption, a link to
    # itself): the first of those lines among the page's first lines is the title, the rest furniture —
    # not a series of headings that differ in their numbers («غزل ۱», «غزل ۲» …), nor a label of a part
    # or a poem's form said over each poem (at most SECTION_LABEL_MAX_WORDS words: «غزلیات», «قطعه»).
    # A page without pages has no page numbers: there, lines alike but for their number, counting from
    # one, are a series of headings («شمارهٔ ۱» … «شمارهٔ ۴» over a poet's pieces: :func:`_counted_from_one`),
    # no running head (kherad.cc; the running heads the rule finds on web pages are said word for word, and
    # a book's running heads number its pages from further on: «دیوان حافظ ۱۲۳», «… ۱۲۴»).
    paged = doc.conv.pdf or doc.conv.paged
    said = Counter(doc.s(i).plain for i in short)
    refrain = set() if paged else _refrain_couplets(places)
    for i, key in short.items():
        at = places[key]
        title = (not paged and position[i] == at[0] and i in top and doc.s(i).words > SECTION_LABEL_MAX_WORDS
                 and said[doc.s(i).plain] >= RUNNING_HEAD_MIN_REPEATS)
        if len(at) < RUNNING_HEAD_MIN_REPEATS or at[-1] - at[0] < len(at) or title or key in refrain:
            continue
        if not paged and _counted_from_one([doc.s(content[k]).plain for k in at]):
            doc.set(i, "head", NUMBERED_HEADS_RULE, cert="medium")
        else:
            # (its record, nashr.convert.certainty, with set 29: 18 wrong of 59 over 9 sets: low; with set 30
            # and numbered headings left out, 18 wrong of 81: medium; with a channel's handle its own rule,
            # 18 wrong of 60: low)
            doc.set(i, "fw", f"fw: a short line repeated {len(at)} times (a running head)", cert="low")


NUMBERED_HEADS_RULE = ("head: one of a series of short lines alike but for their number, counting from one, on a "
                       "page without pages («شمارهٔ ۱» … «شمارهٔ ۴»)")


def _counted_from_one(texts: list[str]) -> bool:
    """Each of ``texts`` holds one number, and the numbers count 1, 2, 3 … in order: a series of
    headings, not a page's running head (a book's pages are numbered from further on). (``int`` reads
    the Persian and Arabic-Indic digits of :data:`DIGITS` as it reads ASCII ones.)"""
    numbers = [DIGITS.findall(text) for text in texts]
    return all(len(found) == 1 and int(found[0]) == k for k, found in enumerate(numbers, start=1))


def _refrain_couplets(places: dict[str, list[int]]) -> set[str]:
    """The repeated lines that come in pairs, one always right under the other (positions among the
    content lines): a poem's refrain bayt written a hemistich per line (a tarji'-band's «که یکی هست و
    هیچ نیست جز او / وحده لا اله الا هو» after each band), not a running head, which a page of text
    parts from the next one's (a printed book's pair of heads is told apart by its pages)."""
    after = {at: key for key, ats in places.items() for at in ats}
    pairs = set()
    for key, ats in places.items():
        under = {after.get(at + 1) for at in ats}
        if len(under) == 1 and (other := under.pop()) not in (None, key) and len(places[other]) == len(ats):
            pairs |= {key, other}
    return pairs


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
    (:data:`FOOT_WORDS`; not a widget, :data:`WIDGET`: «ادامه مطلب» stands inside a post) to the
    end, or the last FOOT_LATIN_MIN_LINES or more lines when all are in Latin script alone (a
    Persian page's footer links, the mirror of :func:`_latin_banner`). Lines above the first such
    line stay (a signature, the poet's name); the run stops at the page's text (a longer line, a
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
        doc.set(i, "fw", "fw: a short line right above the page's foot that no rule gave a role (the site's name, "
                "a link)", cert="medium")


LETTERLESS_RULE = ("fw: a line without a letter above the title or opening the page's foot (a rating, a count, "
                   "an archive's code, an emoji), and the foot's short lines under it")


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
    (:func:`top_matter`), at the other end of the text. Decided once every other rule has read it."""
    tail: list[int] = []
    for i in reversed(doc.flow):
        s = doc.s(i)
        if doc.out[i].rule == DEFAULT_RULE and not HAS_LETTER.search(s.plain) and _counted_or_pictured(s.plain) \
                and (not tail or not SECTION_NUMBER_ALONE.match(s.plain)):
            for j in [i, *tail]:
                doc.set(j, "fw", LETTERLESS_RULE, cert="medium")
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


# A site's menu or link list copied with the page: a run of lines one under the other, each a link's
# label of a few words (no final punctuation, no digit, no list label or bullet), at the top over
# the text (a news aggregator's section menu: «یارانه ها» / «مسکن مهر» / «قیمت جهانی طلا» / …) or at
# the bottom under it (a post's footer links: «عکس نوشته» / «کامنت» / «comment» / «بنر»). A poem's
# lines are verse by then; a title block, an addressee's and a signature's lines carry names with
# longer words, fields with digits or colons, and are fewer; at the top the run is longer than any
# title block of the collection (four lines, :data:`TOP_SHORT_RUN_MAX`).
MENU_LABEL_MAX_WORDS = 5  # «قیمت روز طلا و ارز»
MENU_TOP_MIN_LINES = 6
MENU_FOOT_MIN_LINES = 4
MENU_RULE = "fw: a site's menu or links, a run of short labels one under the other at the top or bottom of the page"
ANY_DIGIT = re.compile(DIGIT)


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
    scripts = [PERSIAN_SCRIPT.search(doc.s(i).plain) is not None for i in content]
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


def _is_salute(s: Shape) -> bool:
    """A greeting (:data:`SALUTE_TOP`): at most SIGNED_MAX_WORDS words, or VOCATIVE_MAX_WORDS when
    it ends as a vocative does («مردم رشید و دلاور ایران، زنان و مردان شرافتمند ایرانی:»)."""
    vocative = s.end in {"colon", "comma"} or s.plain.rstrip().endswith("!")
    return (SALUTE_TOP.match(s.plain) is not None and not _is_addressee(s)
            and s.words <= (VOCATIVE_MAX_WORDS if vocative else SIGNED_MAX_WORDS))


def _is_addressee(s: Shape) -> bool:
    """A line naming a letter's addressee (:data:`ADDRESSEE`): short, no sentence — but the
    exclamation mark a blessing may end in («… دام اقباله العالی!»)."""
    return (ADDRESSEE.match(s.plain) is not None and s.words <= ADDRESSEE_MAX_WORDS
            and (s.end != "terminal" or BLESSING.search(s.plain) is not None))


def _title_breaks(doc: Document, i: int) -> bool:
    """A title broken over two lines inside a phrase («گفتگو با» / «نویسنده کتاب …»): the next
    line follows directly, is short and does not break off itself."""
    nxt = i + 1
    return (nxt < len(doc.shapes) and doc.shapes[nxt] is not None and doc.role(nxt) == "p"
            and 0 < doc.s(nxt).words <= TITLE_LINE_MAX_WORDS and doc.s(nxt).end == "none" and not runs_on(doc, nxt))


# A title may end in a question or exclamation mark, or trail off in an ellipsis, as headlines and
# blog posts' titles do («توصیه امیر کبیر به ...»: the suspension points of Persian headlines; set
# 7's ilamtoday and gitishow pages).
SUSPENDED_TITLE_ENDS = ("؟", "?", "!", "...", "…")


def _title_like(doc: Document, i: int, max_words: int = TITLE_MAX_WORDS, first: bool = False) -> bool:
    """A line that can be (part of) a title: short, no final punctuation but «؟», «!» or an ellipsis, no list
    label, date, greeting or addressee — but the ``first`` line of a text, which a greeting's or
    an addressee's words alone do not take from the title (:func:`_first_line_matter`). A line
    parted by a tab or wide spaces may be a bayt, never a title; one parted by «/» that the verse
    rules left in prose (:func:`nashr.convert.verse.verse_lines`: no bayt beside it, halves that do
    not rhyme) is a title in two parts."""
    s = doc.s(i)
    return (
        0 < s.words <= max_words
        and (s.end == "none" or (s.end == "terminal" and s.plain.endswith(SUSPENDED_TITLE_ENDS)))
        and (s.label is None or not s.label.strong)
        and not s.bullet
        and not is_dateline(doc.out[i].text)
        and (first or not SALUTE_TOP.match(s.plain))
        and (first or not _is_addressee(s))
        and not (s.strong_caesura and "/" not in doc.out[i].text[s.caesura[0] : s.caesura[1]])
        and not (runs_on(doc, i) and not _title_breaks(doc, i))
        and doc.role(i) == "p"
        and not (doc.conv.wrap and full(doc, i) and doc.next(i) == i + 1 and not wrapped_heading(doc, i))
    )


WRAPPED_HEADING_MAX_WORDS = 16


def wrapped_heading(doc: Document, i: int) -> bool:
    """In a hard-wrapped text, line ``i`` and the line right under it are one title or heading
    wrapped at the text's width, not a paragraph of two lines: ``i`` runs to the width
    (:func:`~nashr.convert.document.full`) with at most WRAPPED_HEADING_MAX_WORDS words, neither
    line ends in punctuation, a blank line stands before ``i`` (or the text starts) and after the
    second (not in a PDF layer's pages, where a blank line also stands inside a paragraph where a
    taller line stood), and no line of the text's body comes above (the top of the text, or a heading or top
    line right above: a document's number over its description).

    Measured on the collection: 4 lines right more on 2 publishers (hezbeiran.com's statement,
    its title over two lines; 22bahman.ir's document, its description over two lines), none wrong
    more; with up to 16 words (a line wrapped at 72 columns holds 12–16), 4 more on a third
    (af.ambafrance.org's communiqués, set 21), none wrong more (none more changes up to 24)."""
    nxt, prev = doc.next(i), doc.prev(i)
    return (doc.conv.wrap is not None and not doc.conv.paged and full(doc, i) and nxt == i + 1
            and doc.blank_before(i)
            and doc.blank_after(nxt) and doc.s(i).end == "none" and doc.s(nxt).end == "none"
            and doc.s(i).words <= WRAPPED_HEADING_MAX_WORDS and (prev is None or doc.role(prev) not in TEXT_ROLES))


def _long_title(doc: Document, i: int) -> bool:
    """A title of up to LONG_TITLE_MAX_WORDS words (a document's full description), set apart by
    a blank line from a text of longer lines, or said again by the line after it (a web page's
    title over the text's own heading)."""
    nxt = doc.next(i)
    if not (_title_like(doc, i, LONG_TITLE_MAX_WORDS) and nxt is not None):
        return False
    title = _Title()
    title.add(doc, [i])
    return (doc.blank_after(i) and doc.s(nxt).words >= 2 * doc.s(i).words) or title.restated(doc, nxt)


# The title of a numbered piece of a collection, as sites of classical texts head a letter or a
# poem: «شمارهٔ ۱۸ - خطاب به ولیعهد …», «شماره ۴۸ - …».
PIECE_NUMBER = LazyPattern(rf"^شماره[ٔ]?\s*{DIGIT}{{1,4}}\s*[-–—]\s*\S")
PIECE_MAX_ABOVE = 2  # lines above it: the author, and the book
PIECE_ABOVE_MAX_WORDS = 8


def _numbered_piece(doc: Document) -> int | None:
    """Where in ``doc.flow`` a numbered piece's title (:data:`PIECE_NUMBER`) stands, under one or
    PIECE_MAX_ABOVE short lines without final punctuation at the top (the author, or the author
    and the book: «قائم مقام فراهانی : نامه‌های فارسی»); None when it does not."""
    for k in range(1, min(PIECE_MAX_ABOVE, len(doc.flow) - 2) + 1):
        if PIECE_NUMBER.match(doc.s(doc.flow[k]).plain):
            above = [doc.s(j) for j in doc.flow[:k]]
            ok = all(a.words <= PIECE_ABOVE_MAX_WORDS and a.end in {"none", "colon"} and a.label is None for a in above)
            return k if ok and all(doc.role(j) == "p" for j in doc.flow[: k + 1]) else None
    return None


POET_MAX_WORDS = 4


# A wiki's subpage named «work/part» («مثنوی معنوی/پادشاه و کنیزک», «لاهوتی (غزلیات)/درس وفا»), and the
# header Wikisource's template prints under it: the work and its author («مثنوی معنوی از مولوی»),
# the part's title, an editor's credit («به تصحیح نیکلسون»), a stray apostrophe of the markup.
SUBPAGE = LazyPattern(r"^(?P<work>[^/:]{2,60}?)\s*/\s*(?P<part>[^/]{2,80})$")
WORK_BY = LazyPattern(r"^(?P<work>.{2,60}?)\s+از\s+(?P<author>\S.{1,40})$")
EDITION_CREDIT = LazyPattern(r"^(?:به تصحیح|به کوشش|به اهتمام|تصحیح|ویراسته)\s+\S")
MARKUP_LEFTOVER = re.compile(r"^['\"]+$")
SUBPAGE_HEADER_MAX_LINES = 4


NOTE_MARK_END = re.compile(rf"\s*\[{DIGIT}{{1,3}}\]$")


def _bare(text: str) -> str:
    """``text``'s words only, for comparing a header's line with the page's name (a footnote's mark
    after it, «… ۱۳۲۳ [۱]», left off: the heading's note, not its words)."""
    return " ".join(words(NOTE_MARK_END.sub("", text)))


def wiki_subpage_header(doc: Document, top_end: int) -> int:
    """The header a wiki prints on a subpage of a work (Wikisource's header template), under the
    page's name «work/part» taken for the title: a line naming the work and its author («… از …»,
    the work as the name gives it) is the ``byline``, the part's name (in brackets or quotes or
    not) the ``title``, an editor's credit (:data:`EDITION_CREDIT`) a ``byline``, an apostrophe
    left alone by the markup ``fw``; at most SUBPAGE_HEADER_MAX_LINES lines, each still a
    paragraph or a heading. Returns the position in ``doc.flow`` after the top (``top_end`` or
    after the header)."""
    flow = doc.flow
    m = SUBPAGE.match(doc.s(flow[0]).plain) if top_end == 1 and doc.role(flow[0]) == "title" else None
    if m is None:
        return top_end
    work, part = _bare(m["work"]), _bare(m["part"])
    k = 1
    while k < min(len(flow), 1 + SUBPAGE_HEADER_MAX_LINES) and doc.role(flow[k]) in {"p", "head"}:
        i, s = flow[k], doc.s(flow[k])
        by = WORK_BY.match(s.plain.lstrip("'\" "))
        if by and _bare(by["work"]) == work:
            doc.set(i, "byline", "byline: the work and its author under a wiki subpage's name («… از …»)")
        elif _bare(s.plain) == part and part:
            doc.set(i, "title", "title: the part's name under a wiki subpage's name «work/part»")
        elif EDITION_CREDIT.match(s.plain) and s.words <= SIGNED_MAX_WORDS:
            doc.set(i, "byline", "byline: an editor's credit in a wiki subpage's header («به تصحیح …»)", cert="medium")
        elif MARKUP_LEFTOVER.match(s.plain):
            doc.set(i, "fw", "fw: a quotation mark alone, left by a wiki's markup in a subpage's header", cert="medium")
        else:
            break
        k += 1
    return k


def poet_over_title(doc: Document, top_end: int) -> None:
    """A poem's page headed by the poet's name over the poem's title: where the top's first line
    (taken for the title) is short (POET_MAX_WORDS words) and the line under it (taken for a
    subtitle) is what the poem opens with (a poem named by its first words: «ققنوس» over
    «ققنوس، مرغ خوش‌خوان، …»), the first line is the poet's (``byline``) and the second the title."""
    flow = doc.flow
    if top_end < 2 or top_end >= len(flow) or doc.role(flow[top_end]) != "l":
        return
    first, second = flow[0], flow[1]
    name, opening = doc.s(second).plain, doc.s(flow[top_end]).plain
    if (doc.role(first) == "title" and doc.role(second) == "subtitle" and doc.s(first).words <= POET_MAX_WORDS
            and opening.startswith(name) and opening[len(name) : len(name) + 1] in {"", " ", "،", ",", ":"}):
        doc.set(first, "byline", "byline: a short first line over the title of the poem under it (the poet)",
                cert="medium")
        doc.set(second, "title", "title: the line under the poet's name that the poem opens with (its title)",
                cert="medium")


def top_matter(doc: Document) -> int:
    """Classify the top block; return the position in ``doc.flow`` of the first line after it.

    The top block is the run of short lines before the text starts: masthead, organisation
    lines (kickers), title lines, subtitles, datelines, bylines, a letter's addressee and
    salutation. Its first free line (none of these by its own pattern) is the title, as is the
    first free line after a kicker (press releases repeat their heading under the issuer's name).
    """
    flow = doc.flow
    if doc.printed_page:
        return 0
    k = _masthead_block(doc)
    block = k > 1  # (a periodical's head names the paper an archived article is from: that has its title)
    k = k or _periodical_head(doc)
    m = MASTHEAD.match(doc.s(flow[0]).plain)
    if (k == 0 and m and len(words(m["title"])) <= MASTHEAD_MAX_TITLE_WORDS and len(flow) > 1
            and not SECTION_WORD.match(doc.s(flow[0]).plain) and not BREADCRUMB.search(doc.s(flow[0]).plain)
            and _masthead_evidence(doc, m["title"])):
        doc.set(flow[0], "masthead", "masthead: a first line of at most 4 words and an issue number")
        k = 1
    elif k == 0 and len(flow) > 1 and PERIODICAL_ISSUE.match(doc.s(flow[0]).plain) \
            and doc.s(flow[0]).words <= PAGE_HEAD_MAX_WORDS:
        doc.set(flow[0], "masthead", "masthead: a first line naming a periodical's issue («ماهنامه شماره ۱۲۱ - صفحه "
                "۲»)", cert="medium")
        k = 1
    # A periodical page under a masthead block holds articles, not one titled text; opened: a
    # letter's addressee or greeting came.
    titled, has_title, after_kicker, opened = block, False, False, False
    letterhead = False  # a printed field of a letter's head came: the next free lines are the addressee
    title = _Title()
    if k == 0 and (lines := _furniture_title(doc)):
        for i in flow[:lines]:
            doc.set(i, "title", "title: the first lines of the text saying again, word for word, the page's title "
                    "that the furniture above them gives (a browser's print header)")
        title.add(doc, flow[:lines])
        titled = has_title = True
        k = lines
    site_label = False  # the title checked for it is long: take it
    # The edition showed the site's furniture over this text (nashr.convert.edition), or the page opens
    # with its theme's skip links (JUMP_RULE): the first line under that furniture that the edition does
    # not repeat is the page's own, not a guessed section label.
    edition_top = bool(flow) and any(doc.out[j].rule in {EDITION_FURNITURE, JUMP_RULE} for j in range(flow[0]))
    dated = False  # a dateline or an addressee came: an invocation now opens the letter (its salute)
    while k < len(flow) and (doc.role(flow[k]) in {"p", "note"} or _epigraph_verse(doc, k)) and (
            doc.s(flow[k]).speaker not in doc.conv.speakers or _title_like(doc, flow[k])):
        i = flow[k]
        s = doc.s(i)
        if doc.role(i) == "note":  # an editor's note in brackets among the top lines
            k += 1
            continue
        if doc.role(i) == "l":  # a bayt under the invocation: part of the epigraph
            doc.out[i] = replace(doc.out[i], epigraph=True)
            k += 1
            continue
        if k == 0 and (piece := _numbered_piece(doc)) is not None:
            doc.set(i, "byline", "byline: the first line over the title of a numbered piece of a collection (the "
                    "author, or the author and the book)", cert="medium")
            for j in flow[1:piece]:
                doc.set(j, "subtitle", "subtitle: a short line between the author and the title of a numbered piece "
                        "(the book)", cert="medium")
            doc.set(flow[piece], "title", "title: a numbered piece of a collection («شمارهٔ ۱۸ - …») under the "
                    "author's name")
            title.add(doc, [flow[piece]])
            titled = has_title = True
            k = piece + 1
            continue
        found = _top_other(doc, i)
        if k > 0 and doc.role(flow[k - 1]) == "l" and attribution(s):
            doc.set(i, "byline", "byline: the source of the verse above, after a dash or in quotation marks")
        elif has_title and (head := _periodical_lines(doc, i)) is not None:
            k = _mark_periodical(doc, head)  # (the page's title over the gazette's head it reproduces)
            continue
        elif (fields := _telegram_head(doc, k)) is not None:
            for j in flow[k:fields]:
                doc.set(j, "subtitle", "subtitle: a line of a telegram form's head (the ministry, the form's name) "
                        "over its route and fields", cert="medium")
            k = fields
            while k < len(flow) and _telegram_fields(doc.s(flow[k]).plain):
                doc.set(flow[k], "dateline", "dateline: a telegram's route («از … به …») and its form's fields, "
                        "with the dates of sending and arrival, run into one line")
                k += 1
            letterhead = dated = True
            continue
        elif opened and _copy_line(doc, k):
            doc.set(i, "postscript", "postscript: a copy list («رونوشت …», «کپیه …») under the addressee, "
                    "over the text (a telegram's), and its lines wrapped after an item's «،» or copy word")
        elif _letterhead_field(s):
            # (its record, nashr.convert.certainty, with the fields named by register or left empty: right on all
            # 28 lines, so no @cert)
            doc.set(i, "fw", "fw: a printed field of a letter's head (number, enclosure, classification or "
                    "priority mark)")
            letterhead = True
        elif _letterhead_line(s.plain):
            doc.set(i, "fw", "fw: a letter's head with its printed fields run into one line, parted by «؛»")
            letterhead = True
        elif found is not None and (k > 0 or _first_line_matter(doc, i, found[0])):
            doc.set(i, *found)
            opened = opened or found[0] in {"salute", "addressee"}
            dated = dated or found[0] in {"dateline", "addressee"}
        elif has_title and _under_date(doc, k) and _place_over_turns(doc, k):
            doc.set(i, "dateline", "dateline: the place of a speech or session, under its date (or the title under "
                    "it) and above the first turn", cert="medium")
        elif letterhead and DOCUMENT_KIND.match(s.plain) and s.words <= DOCUMENT_KIND_MAX_WORDS and _title_like(doc, i):
            doc.set(i, "title", "title: the document's kind («بخشنامه», «آیین‌نامه …») under the printed fields of a "
                    "letterhead (its title)", cert="medium")
            for j in flow[:k]:  # the lines over the fields named the state and office, not the document
                if doc.role(j) == "title":
                    doc.set(j, "subtitle", "subtitle: a line of a letterhead above its printed fields, the document "
                            "named under them", cert="medium")
        elif (letterhead and _addressed(s) and not (has_title and title.restated(doc, i))
              and not LETTER_OPENING.match(s.plain)):  # («پیرو نامه شماره …» opens the text)
            # (its record once the priority marks said as a sentence were fields: 3 wrong of 11, ``medium``;
            # with set 18, 5 wrong of 13: ``low``)
            doc.set(i, "addressee", "addressee: a short line under the printed fields of a letter's head, before "
                    "the letter", cert="low")
            opened = True
        elif k == 0 and (header := _speech_header(doc, k)) is not None:
            doc.set(i, "byline", "byline: a speaker's name over the speaker's office, at the head of a speech",
                    cert="medium")
            doc.set(header[0], "byline", "byline: the speaker's office under the name, at the head of a speech",
                    cert="medium")
            for j in header[1]:
                doc.set(j, "dateline", "dateline: the place of a speech, between the speaker and the date",
                        cert="medium")
            k += 2 + len(header[1])
            continue
        elif _issuer_over_date(doc, k):
            doc.set(i, "byline", "byline: who issues a statement, the name and office on one line («ند پرایس، سخنگوی "
                    "…»), over its date line", cert="medium")
        elif ADDRESS_ALONE.match(s.plain):
            doc.set(i, "fw", "fw: a site's address, e-mail or a URL's path alone among the top lines (the site's)",
                    cert="medium")
        elif not titled and not HAS_LETTER.search(s.plain) and not SECTION_NUMBER_ALONE.match(s.plain):
            doc.set(i, "fw", LETTERLESS_RULE, cert="medium")
        elif _author_at_top(doc, i, title):
            doc.set(i, "byline", "byline: the author's name at the top, named in the title after «از» or said twice "
                    "there", cert="medium")
        elif k == 0 and _genre_label(doc, i):
            doc.set(i, "subtitle", "subtitle: the kind of piece («گزارش», «یادداشت», «گفت‌وگو») above the headline "
                    "(kicker)", cert="medium")
            after_kicker = True
        elif k == 0 and not edition_top and _over_trail(doc, i):
            doc.set(i, "fw", "fw: the site's name over its breadcrumb trail, the page's heading under them",
                    cert="medium")
            site_label = True
        elif k == 0 and not edition_top and _site_label(doc, i):
            doc.set(i, "fw", "fw: a web page's section label or file name above the title", cert="medium")
            site_label = True
        elif k == 0 and not edition_top and _unsaid_label(doc, i):
            doc.set(i, "fw", "fw: a short first line none of whose words the text under the headline says (a site's "
                    "section label)", cert="medium")
            site_label = True
        elif not titled and k > 0 and _section_label_under_fields(doc, k):
            doc.set(i, "fw", "fw: a news page's section label («اقتصاد», «بین‌الملل») under its record lines, "
                    "above the headline", cert="low")
            site_label = True
        elif dated and OPENING_INVOCATION.match(s.plain):
            doc.set(i, "salute", "salute: an invocation («یا حق», «بسمه تعالی») under the letter's date or "
                    "addressee, opening it", cert="medium")
            opened = True
        elif ((INVOCATION.match(s.plain) and s.words <= INVOCATION_MAX_WORDS and s.end != "terminal")
              or SHORT_INVOCATION.match(s.plain)):
            doc.set(i, "p", "p: an invocation at the top («بسم الله …»), before the text as an epigraph",
                    epigraph=True)
        elif (doc.arabic(i) and s.words <= ARABIC_EPIGRAPH_MAX_WORDS and (k == 0 or doc.out[flow[k - 1]].epigraph)
              and not titled and VOCALIZED.search(s.plain)):
            if k == 0:  # (TEI: an epigraph, as an invocation is)
                doc.set(i, "p", "p: an Arabic line opening the text (a verse of the Quran, a formula: «إنا لله …»), "
                        "before it as an epigraph", cert="medium", epigraph=True)
            else:
                doc.set(i, "quote", "quote: an Arabic line under the invocation at the top (a verse of the Quran)",
                        cert="medium")
        elif has_title and JOURNAL_FIELD.match(s.plain) and s.words <= FIELD_MAX_WORDS:
            doc.set(i, "fw", "fw: a journal article's page field under the title («نوع مقاله : مقاله پژوهشی»)",
                    cert="medium")
        elif has_title and AUTHORS_LABEL.match(s.plain):
            doc.set(i, "byline", "byline: the authors' label of a journal article's page («نویسندگان») under the title",
                    cert="medium")
            affiliations = _affiliations(doc, k + 1)
            for j in affiliations:
                doc.set(j, "byline", "byline: an author's numbered affiliation under the authors' label", cert="medium")
            k += 1 + len(affiliations)
            continue
        elif has_title and ORNAMENT.match(s.plain):
            doc.set(i, "fw", "fw: an ornament («*», «* * *») among the top lines (the page's layout)", cert="medium")
        elif has_title and PART_NUMBER.match(s.plain):
            doc.set(i, "head", "head: a number alone under the title (the number of the part that follows)",
                    cert="medium")
        elif (KICKER.match(s.plain) and s.words <= KICKER_MAX_WORDS and _title_like(doc, i)
              and k + 1 < len(flow) and _kicker_evidence(doc, i)):
            doc.set(i, "subtitle", "subtitle: the issuing organisation on its own line near the top (kicker)",
                    cert="medium")
            after_kicker = True
        elif not titled and PULL_QUOTE.match(s.plain) and s.end == "terminal" and _pull_quote_over_title(doc, k):
            doc.set(i, "quote", "quote: an excerpt of the text opening with suspension points («..... …») above "
                    "the headline (a pull quote)", cert="medium")
        elif not titled and _said_kicker(doc, i):
            doc.set(i, "subtitle", "subtitle: who said the headline, in a short line ending in «:» above it "
                    "(kicker)", cert="medium")
            after_kicker = True
        elif not titled and _author_over_text(doc, i):
            doc.set(i, "byline", "byline: a person's name alone over the text's first paragraph, with no title (the "
                    "author)", cert="medium")
        elif ((not titled or after_kicker) and k + 1 < len(flow) and not _opens_body(doc, i) and not opened
              and (_title_like(doc, i, first=k == 0) or _long_title(doc, i) or (k == 0 and _sentence_title(doc, i))
                   or (site_label and _title_like(doc, i, LONG_TITLE_MAX_WORDS)))):
            doc.set(i, "title", f"title: first free line of the top (at most {TITLE_MAX_WORDS} words, "
                    "no final punctuation)", cert="medium")
            titled = has_title = True
            after_kicker = False
            end = _title_lines(doc, k + 1)
            title.add(doc, flow[k:end])
            k = end
            continue
        elif (has_title and DOCUMENT_KIND.match(s.plain) and s.words <= DOCUMENT_KIND_MAX_WORDS
              and _title_like(doc, i) and doc.role(flow[k - 1]) in {"title", "subtitle", "fw", "byline"}):
            doc.set(i, "title", "title: a line naming the document's kind («قانون اساسی», «بیانیه», «اعلامیه …») "
                    "under the title (the text's own heading)", cert="medium")
        elif has_title and title.restated(doc, i):
            doc.set(i, "title", "title: the title again, or its words again (a page's heading repeated by the "
                    "text's own)", cert="medium")
        elif has_title and _session_line(doc, i):
            # (its record: 10 wrong of 38 in round 36, an image's label a note: medium; 11 of 39, low, before)
            doc.set(i, "subtitle", "subtitle: a session, term or date line under the title", cert="medium")
        elif has_title and PAREN_NOTE.match(s.plain) and s.words <= CAPTION_MAX_WORDS:
            doc.set(i, "note", "note: a sentence in parentheses under the title (a note on the text)", cert="medium")
        elif titled and _caption(doc, i, title.latest):
            doc.set(i, "note", "note: a caption under the title (short, naming what the title or the first "
                    "paragraph names)", cert="medium")  # (its record: 6 wrong of 18 low; 4 of 16, medium, once a
            # title said twice is the title, round 27; 6 of 19, low, once set 27 joined, round 30; 2 of 14, medium,
            # once a caption stands right under the headline, round 34)
        elif has_title and not opened and _addressed_over_opening(doc, k):
            doc.set(i, "addressee", "addressee: a short line «به …» under the title, over the letter's date or "
                    "greeting", cert="medium")
            opened = dated = True
        elif (has_title or opened) and (found := _subtitle(doc, k)) is not None:
            doc.set(i, *found)
        else:
            break
        if doc.role(i) != "title":
            title.unsaid = set(title.words)
        k += 1
    k = _headline_under_page_record(doc, k, title)
    _kicker_over_repeated_title(doc, flow[:k], title)
    _letterhead(doc, flow[:k], title)
    return k


def _furniture_title(doc: Document) -> int:
    """How many of the text's first lines (TITLE_MAX_LINES at most, each at most
    LONG_TITLE_MAX_WORDS words, no final punctuation) say, run together, the words of a line of
    page furniture above them (a browser's print header gives the page's title: :func:`_pdf_pages`):
    the page's own heading, set as the title however long its lines or wrapped its text (a
    journal's article title of 17 words; «… راجع به» / «اجراء …» broken by the print; the
    chromium-pdftotext copies of sets 10 and 11). 0 when they say none."""
    flow = doc.flow
    names = {_bare(doc.s(j).plain) for j in range(flow[0]) if doc.shapes[j] is not None and doc.role(j) == "fw"}
    names.discard("")
    said = ""
    for n, i in enumerate(flow[:TITLE_MAX_LINES]):
        s = doc.s(i)
        if doc.role(i) != "p" or s.end != "none" or not 0 < s.words <= LONG_TITLE_MAX_WORDS:
            return 0
        said = f"{said} {_bare(s.plain)}".strip()
        if said in names:
            return n + 1
        if not any(name.startswith(said + " ") for name in names):
            return 0
    return 0


def _affiliations(doc: Document, k: int) -> list[int]:
    """The numbered affiliations under a journal article's authors' label, from ``flow[k]``: lines
    opening with a number (:data:`AFFILIATION`), one after the other, at most AFFILIATIONS_MAX."""
    out: list[int] = []
    for i in doc.flow[k : k + AFFILIATIONS_MAX]:
        if doc.role(i) != "p" or not AFFILIATION.match(doc.s(i).plain) or doc.s(i).words > AFFILIATION_MAX_WORDS:
            break
        out.append(i)
    return out


def _pull_quote_over_title(doc: Document, k: int) -> bool:
    """Under the excerpt at ``flow[k]`` (:data:`PULL_QUOTE`) stands the headline: the next line
    (an ornament between or not) is title-like and no longer than the excerpt."""
    flow = doc.flow
    nxt = next((i for i in flow[k + 1 : k + 3] if not ORNAMENT_LINE.match(doc.s(i).plain)), None)
    return nxt is not None and _title_like(doc, nxt) and doc.s(nxt).words < doc.s(flow[k]).words


# A letter's addressee that may open a text: «به: …», «به جناب …», «جناب …», «سرکار …», «گیرنده: …»,
# or «حضور»/«خدمت»/«محضر»/«پیشگاه»/«مقام»/«ریاست» followed by an honorific («حضور محترم …»,
# «پیشگاه مبارک …»). Alone, those words open headlines as often («حضور ایران در …»).
ADDRESSEE_OPENING = LazyPattern(
    rf"^(?:{ADDRESS_EPITHET})?(به\s*:|به\s+(?:جناب|سرکار|حضور|خدمت)|گیرنده\s*:|جناب|سرکار|{HONOURED}"
    r"|(?:حضور|خدمت|محضر|پیشگاه|مقام|ریاست)\s+(?:محترم|مبارک|معظم|عالی|انور|مقدس|جناب|سرکار|حضرت|اعلیحضرت|آقای|خانم))")
GREETING_WORD = LazyPattern(r"(^|\s)(سلام|درود)(\s|$|[،,:!.؛;])"
                            rf"|^{SELF_OFFERING}|^{PETITION_OPENING}")


# «به …» naming whom a letter is for, quotation marks around it as a blog may set them.
TO_NAME = LazyPattern(r"^[\s\"'«“]*به\s+\S")


def _addressed_over_opening(doc: Document, k: int) -> bool:
    """The line at ``flow[k]`` names a letter's addressee after «به» («به ابوالحسن معاضد السلطنه»,
    the plain form of Qajar and modern personal letters beside «به جناب …»): short
    (SIGNED_MAX_WORDS words), no final punctuation, and right over the letter's date or greeting
    (:func:`~nashr.convert.document.is_dateline`, :func:`_is_salute`), or between a title naming
    the document's kind (:data:`DOCUMENT_KIND`: «دستخط مبارک همایونی», «فرمان») and its text (a
    decree or rescript «به توسط ولیعهد به اهالی مملکت آذربایجان») — «به» alone opens sentences and
    dedications, the position tells the addressee."""
    s = doc.s(doc.flow[k])
    if not (TO_NAME.match(s.plain) and 0 < s.words <= SIGNED_MAX_WORDS and s.end != "terminal") or \
            k + 1 >= len(doc.flow):
        return False
    nxt, above = doc.flow[k + 1], doc.flow[k - 1] if k > 0 else None
    decreed = (above is not None and doc.role(above) == "title" and DOCUMENT_KIND.match(doc.s(above).plain) is not None
               and doc.s(nxt).words >= PROSE_MIN_WORDS)  # «دستخط مبارک همایونی» / «به … اهالی …» / the text
    return is_dateline(doc.out[nxt].text) or _is_salute(doc.s(nxt)) or decreed


def _first_line_matter(doc: Document, i: int, role: str) -> bool:
    """The first line of a text is usually its title: it is taken for an addressee, a greeting or
    a byline only on the evidence of its own form. An addressee opens with «به:», «جناب», …, or
    an office word and an honorific (:data:`ADDRESSEE_OPENING`), or ends in a comma or colon, or a
    greeting or a second addressee line follows; a greeting says «سلام»/«درود» or ends in
    punctuation («دوست عزیز،»); a byline is a label (a colon or a dash in it: «نوشته: …»,
    «پایگاه خبری …:») or names the writer after «نوشته»/«به قلم». Approval notes and dates keep
    their own patterns."""
    s = doc.s(i)
    text = s.plain.rstrip()
    punctuated = text.endswith((",", "،", ":", "：", "!", "؛"))  # («هموطنان عزیز و ارجمند؛»: Afghan usage)
    if role == "addressee":
        nxt = doc.next(i)
        after = _top_other(doc, nxt) if nxt is not None else None
        return bool(ADDRESSEE_OPENING.match(s.plain) or punctuated
                    or (after is not None and after[0] in {"salute", "addressee"}))
    if role == "salute":
        return bool(GREETING_WORD.search(s.plain) or punctuated)
    if role == "byline":
        return bool(re.search(r"[:：\-–—]", s.plain) or re.match(r"^(نوشته|به قلم)\s", s.plain))
    return True


def _kicker_evidence(doc: Document, i: int) -> bool:
    """An organisation's name over the title (a kicker) is a noun phrase, not a headline that
    opens with an organisation («سازمان ملل خواستار آتش‌بس شد»: :func:`clause`), and what follows
    it is no sentence of the text (a title, another line of the top)."""
    nxt = doc.next(i)
    if nxt is None or clause(doc.s(i).plain):
        return False
    after = doc.s(nxt)
    return not (after.end == "terminal" and after.words >= PROSE_MIN_WORDS)


def _sentence_title(doc: Document, i: int) -> bool:
    """A first line written as one sentence with its full stop (a wiki news headline: «خبر مرگ …
    تایید شد.») is the title when a blank line sets it apart from a paragraph at least twice as
    long, in a text that does not put a blank line after every line."""
    s, nxt = doc.s(i), doc.next(i)
    body = s.plain.rstrip()[:-1]
    return (nxt is not None and s.end == "terminal" and 0 < s.words <= TITLE_MAX_WORDS and doc.blank_after(i)
            and not doc.conv.spaced and not re.search(r"[.!؟?]\s", body) and s.label is None and not s.bullet
            and s.speaker is None and doc.s(nxt).words >= 2 * s.words and not _top_other(doc, i)
            and doc.role(nxt) == "p")


def _headline_under_page_record(doc: Document, k: int, title: _Title) -> int:
    """A news page copied whole: the site's section label first («سیاسی»), the item's date and
    record («کد خبر: …») under it, then the headline (with who said it above, ending in «:»)
    and the lead. When the title found is such a short first line (at most SITE_LABEL_MAX_WORDS
    words), only dates and page records stand between it and the next free line, and that line
    is a headline — twice as long and title-like, before prose or under a kicker ending in «:» —
    the first line is the section label (``fw``) and the headline the title. A kicker ending in
    «:» over a headline is evidence enough without the date or record between. Returns the
    position in ``doc.flow`` after the top."""
    flow = doc.flow
    if len(title.lines) != 1 or title.lines[0] != flow[0] or k >= len(flow):
        return k
    first = flow[0]
    s = doc.s(first)
    between = range(first + 1, flow[k])
    if s.words > SITE_LABEL_MAX_WORDS or any(doc.role(j) not in {"dateline", "fw", "blank"} for j in between):
        return k
    i, nxt = flow[k], doc.next(flow[k])
    kicker = _said_kicker(doc, i) and nxt is not None and _title_like(doc, nxt)
    if not (kicker or any(doc.role(j) in {"dateline", "fw"} for j in between)):
        return k
    head = nxt if kicker else i
    after = doc.next(head) if head is not None else None
    if not (head is not None and _title_like(doc, head) and doc.s(head).words >= 2 * s.words
            and (kicker or (after is not None and doc.s(after).words >= PROSE_MIN_WORDS))):
        return k
    doc.set(first, "fw", "fw: a news page's section label above the headline (and the item's date or record)",
            cert="medium")
    if kicker:
        doc.set(i, "subtitle", "subtitle: who said the headline, in a short line ending in «:» above it (kicker)",
                cert="medium")
    doc.set(head, "title", "title: the headline under a news page's section label (and the item's date or record)",
            cert="medium")
    title.__init__()  # the headline is the title now
    title.add(doc, [head])
    return doc.pos[head] + 1


def _letterhead_field(s: Shape) -> bool:
    """A printed field of an administrative letter's head (:data:`LETTERHEAD_FIELD`,
    :data:`CLASSIFICATION`, :data:`NUMBER_AND_DATE`) — not an author's field of a title page
    («شماره دانشجویی: …», :data:`BYLINE`)."""
    return (LETTERHEAD_FIELD.match(s.plain) is not None and s.words <= FIELD_MAX_WORDS
            and not BYLINE.match(s.plain)) or \
        CLASSIFICATION.match(s.plain) is not None or NUMBER_AND_DATE.match(s.plain) is not None


def _letterhead_line(plain: str) -> bool:
    """A letter's head with its printed fields run into one line, parted by «؛» (the office, the
    number, the dates, the marks: «دفتر نخست وزیر؛ شمارۀ: ۱۶۲۷؛ تاریخ ثبت: …؛ فوری»): a part
    after the first is a field (:data:`LETTERHEAD_FIELD`), each part short."""
    parts = [p.strip() for p in re.split("[؛;]", plain)]
    return (len(parts) >= 2 and all(len(p.split()) <= FIELD_MAX_WORDS for p in parts)
            and any(LETTERHEAD_FIELD.match(p) for p in parts[1:]))


def _telegram_fields(plain: str) -> bool:
    """A telegram's route and fields on one line (:data:`TELEGRAM_ROUTE` first, parted by «؛»,
    a date field among them: :data:`TELEGRAM_DATE_FIELD`): «از شاهی به طهران؛ شماره: ۲۳۳؛ تاریخ اصل: …»."""
    parts = [p.strip() for p in re.split("[؛;]", plain)]
    return (len(parts) >= 2 and TELEGRAM_ROUTE.match(parts[0]) is not None
            and TELEGRAM_DATE_FIELD.search(plain) is not None)


def _telegram_head(doc: Document, k: int) -> int | None:
    """The position in ``doc.flow`` of a telegram's route-and-fields line (:func:`_telegram_fields`)
    at ``k`` or under at most TELEGRAM_HEAD_MAX_LINES short lines from ``k`` (the form's head,
    SUBTITLE_MAX_WORDS words, no final stop); None when there is none."""
    for n in range(k, min(k + TELEGRAM_HEAD_MAX_LINES + 1, len(doc.flow))):
        s = doc.s(doc.flow[n])
        if _telegram_fields(s.plain):
            return n
        if doc.role(doc.flow[n]) != "p" or not 0 < s.words <= SUBTITLE_MAX_WORDS or s.end == "terminal":
            return None
    return None


def _copy_line(doc: Document, k: int) -> bool:
    """``flow[k]``, a short line under the addressee at a letter's top, is in its copy list: it
    opens with the copy word (:data:`POSTSCRIPT`) or goes on from a copy line ending in an item's
    separator or the next copy word (:data:`COPY_LIST_GOES_ON`)."""
    s = doc.s(doc.flow[k])
    if not _addressed(s) or _certified(s):
        return False
    prev = doc.flow[k - 1] if k > 0 else None
    return POSTSCRIPT.match(s.plain) is not None or (
        prev is not None and doc.role(prev) == "postscript" and COPY_LIST_GOES_ON.search(doc.s(prev).plain) is not None)


def _addressed(s: Shape) -> bool:
    """A line that can name a letter's addressee: short, unnumbered, no sentence."""
    return 0 < s.words <= ADDRESSEE_MAX_WORDS and s.end in {"none", "comma"} and s.label is None and not s.bullet


# A sentence in parentheses on its own line: «(در جلسه ۲۵ شهریور ۱۳۲۰ … قرائت شده است.)».
PAREN_NOTE = re.compile(r"^\(.*[.!؟?]\)$")
def _letterhead(doc: Document, top: list[int], title: _Title) -> None:
    """A letter has no title of its own: a short line (at most SITE_LABEL_MAX_WORDS words) taken
    for its title right above its addressee is the letterhead's issuing office (``subtitle``) when
    the letter has a letterhead: the line names an organisation (:data:`KICKER`), or a printed
    field or emblem of the head stands above it (``fw``). Without one, a short line over «جناب …»
    is the title of a letter written for publication («نامه سرگشاده»)."""
    if len(title.lines) != 1:
        return
    line = title.lines[0]
    nxt = doc.next(line)
    if (nxt is not None and doc.role(nxt) == "addressee" and doc.s(line).words <= SITE_LABEL_MAX_WORDS
            and (KICKER.match(doc.s(line).plain) or any(doc.role(i) == "fw" for i in range(line)))):
        doc.set(line, "subtitle", "subtitle: the issuing office of a letterhead, above the addressee", cert="medium")


# A line says the title again when at least this many of its content words, and this share of
# them, are the title's, and they are at least RESTATED_TITLE_SHARE of the title's not yet said again.
RESTATED_MIN_WORDS = 3
# The separator between the parts of a web page's title: «اثر - نویسنده», «عنوان | سایت».
TITLE_PARTS = LazyPattern(r"\s+[-–—|]\s+")
RESTATED_SHARE = 0.6
RESTATED_TITLE_SHARE = 0.5


class _Title:
    """The title of a text as the top rules have found it: its lines, their plain text and content
    words (all, and of the lines added last), and the words not yet said again by a line
    restating it."""

    def __init__(self) -> None:
        self.lines: list[int] = []
        self.texts: set[str] = set()
        self.words: set[str] = set()
        self.order: list[str] = []
        self.unsaid: set[str] = set()
        self.latest: set[str] = set()  # the words of the title lines added last

    def add(self, doc: Document, lines: list[int]) -> None:
        self.latest = {w for i in lines for w in _content_list(doc.s(i).plain)}
        for i in lines:
            self.lines.append(i)
            self.texts.add(doc.s(i).plain)
            own = _content_list(doc.s(i).plain)
            self.order += own
            self.words |= set(own)
        self.unsaid = set(self.words)

    def repeats(self, doc: Document, i: int) -> bool:
        """The line is a title line again, character for character (as ``plain`` reads it)."""
        return doc.s(i).plain in self.texts

    def restated(self, doc: Document, i: int) -> bool:
        """The line says the title again (TEI: a second ``head type="main"``): the same line; the
        title's words followed by more (an approval note, a date appended) or the start of them;
        or mostly the title's words (a web page's title and the text's own heading, which may
        differ in a word or a date); or one part of a title made of parts between dashes or bars
        («بوف کور - صادق هدایت» / «بوف کور»). A title said again over two lines counts line by line."""
        if self.repeats(doc, i):
            return True
        s = doc.s(i)
        twice = any(j is not None and doc.s(j).plain == s.plain for j in (doc.prev(i), doc.next(i)))
        if (twice  # a line written twice in a row: an image's text and its caption
                or not 0 < s.words <= LONG_TITLE_MAX_WORDS + SUBTITLE_MAX_WORDS or s.end != "none"
                or (s.label is not None and s.label.strong) or s.bullet or doc.role(i) != "p"
                or _sentence_goes_on(doc, i)):
            return False
        if any(s.plain.strip() in TITLE_PARTS.split(text) for text in self.texts if TITLE_PARTS.search(text)):
            return True  # one part of a page's title «بوف کور - صادق هدایت»: the work's name
        own = _content_list(s.plain)
        if len(own) >= RESTATED_MIN_WORDS and len(self.order) >= RESTATED_MIN_WORDS and (
                own[: len(self.order)] == self.order or self.order[: len(own)] == own):
            self.unsaid -= set(own)
            return True
        shared = set(own) & self.words
        if (len(shared) >= RESTATED_MIN_WORDS and len(shared) >= RESTATED_SHARE * len(set(own))
                and len(shared & self.unsaid) >= RESTATED_TITLE_SHARE * len(self.unsaid)):
            self.unsaid -= shared
            return True
        return False


def _sentence_goes_on(doc: Document, i: int) -> bool:
    """In a hard-wrapped text, line ``i`` runs to the wrap width and the lines right under it
    (each full but the last, at most TITLE_MAX_LINES) end a sentence or a clause before a colon:
    ``i`` opens a paragraph — a wiki's lead sentence opening with the page's name («میرزا ملکم
    خان … معروف به» / «ناظم‌الدوله، … بود.»), a law's article opening with its heading — not
    the title said again, which ends before a line of its own (a date, an approval note)."""
    if not (doc.conv.wrap and full(doc, i)):
        return False
    for j in range(i + 1, min(i + 1 + TITLE_MAX_LINES, len(doc.shapes))):
        if doc.shapes[j] is None or doc.role(j) != "p":
            return False
        if doc.s(j).end in {"terminal", "colon"}:
            return True
        if not full(doc, j):
            return False
    return False


def _kicker_over_repeated_title(doc: Document, top: list[int], title: _Title) -> None:
    """When the text's own heading, further down the top or right under it, repeats the line under
    the title and not the title, that line is the title and the one above it a kicker (a
    collection's or site's name above the text's title: «سه قطره خون … از صادق هدایت» / «داش آکل»
    … «داش آکل»; a newspaper's series «ایران قرن …» over its item, set 7's ion.ir)."""
    if len(title.lines) != 1 or not top:
        return
    first = title.lines[0]
    second = doc.next(first)
    if second is None or second not in top or doc.role(second) != "subtitle":
        return
    after = doc.next(top[-1])  # the text's own heading, opening the body
    again = [i for i in top if i > second and doc.s(i).plain == doc.s(second).plain]
    if after is not None and doc.role(after) == "p" and doc.s(after).plain == doc.s(second).plain:
        again.append(after)
    if again and all(doc.role(i) in {"subtitle", "title", "p"} for i in again):
        doc.set(first, "subtitle", "subtitle: a line above the title that the text's own heading does not repeat "
                "(kicker)", cert="medium")
        for i in (second, *again):
            doc.set(i, "title", "title: the line the text's own heading repeats")


# A session, term or date line of a record under its title: «جلسه: ۸۱», «دوره چهاردهم قانونگذاری»,
# «صورت مشروح مجلس روز یکشنبه ۱۹ آذر ماه ۱۳۲۳»: a date, or a short line with a number.
SESSION_MAX_WORDS = 20
SESSION_NUMBERED_MAX_WORDS = 5
SESSION_OTHER_MAX_WORDS = 5


def _session_line(doc: Document, i: int) -> bool:
    """A line of a record's heading: a date with at most SESSION_OTHER_MAX_WORDS other words
    («صورت مشروح مجلس روز یکشنبه ۱۹ آذر ماه ۱۳۲۳»), or a short line with a number («جلسه: ۸۱») —
    a noun phrase, not a clause introducing the text («در خاطرات … آمده است:», :func:`clause`)."""
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


def restated_top(doc: Document, body: list[int]) -> None:
    """A web copy of a record may give its heading twice: a summary (title, session, contents)
    and then the full text under the same heading. A body line that is a title line again
    starts the second heading: title, the session lines under it subtitles and a date line
    under it a dateline (as under the first title)."""
    titles = {doc.s(i).plain for i in doc.flow if doc.role(i) == "title"}
    if not titles:
        return
    stack = False
    for i in body:
        if doc.role(i) == "p" and doc.s(i).plain in titles:
            doc.set(i, "title", "title: the title again in the text (the record's own heading after a summary)",
                    cert="low")
            stack = True
        elif stack and doc.role(i) == "p" and is_dateline(doc.out[i].text):
            doc.set(i, "dateline", "dateline: the date line under the title said again in the text")
        elif stack and doc.role(i) == "p" and _session_line(doc, i):
            doc.set(i, "subtitle", "subtitle: a session, term or date line under the title", cert="medium")
        else:
            stack = False


OFFICE_SIGNED_NEAR_END = 4  # an issuer's office and name signed among the text's last lines


def matter_below_top(doc: Document, lines: list[int]) -> None:
    """The matter among the text's ``lines`` (those under the top) that the top and closing rules
    do not reach, the text's own lines or notes standing between it and them:

    * an approval note alone on its line (:data:`APPROVAL_NOTE`: «مصوب ۱۳۵۲.۲.۳», «مصوبه مجلس سنا
      مورخ ۱۳۳۳/۸/۲۶»; at most twice SUBTITLE_MAX_WORDS words, no final punctuation) is a
      ``subtitle`` wherever it stands: under a law's heading in the text (a law database's page
      repeats it) or over the signature that approved it, where the closing rules took it for the
      signer's office. All 12 such lines of the collection are subtitles by hand (10
      publishers); this finds those the top rules do not reach (dastour.ir, wakilmodafe.com);
    * an office and a name (:data:`OFFICE_TITLE`: «رئیس مجلس شورای ملی ـ رضا حکمت», «رئیس ساواک
      استان خوزستان خاوری»; at most SIGNED_MAX_WORDS words, no final punctuation, not a speaker's
      label the text uses for its turns) right under a paragraph ending in punctuation, among the text's last
      OFFICE_SIGNED_NEAR_END lines, is ``signed``: the issuer signs the text, a note on its
      approval or a copy's certification under it (dastour.ir, ir-psri.com)."""
    last = set(lines[-OFFICE_SIGNED_NEAR_END:])
    for i in lines:
        s = doc.s(i)
        prev = doc.prev(i)
        if (doc.role(i) in {"p", "signed"} and APPROVAL_NOTE.match(s.plain) and s.words <= SUBTITLE_MAX_WORDS * 2
                and s.end != "terminal"):
            doc.set(i, "subtitle", "subtitle: an approval note («مصوب …») alone on its line, below the top",
                    cert="medium")
        elif (i in last and doc.role(i) in {"p", "head"} and OFFICE_TITLE.match(s.plain)
              and s.words <= SIGNED_MAX_WORDS and s.end == "none" and s.speaker not in doc.conv.speakers
              and prev is not None and doc.role(prev) == "p" and doc.s(prev).end == "terminal"
              and doc.s(prev).words >= PROSE_MIN_WORDS):
            doc.set(i, "signed", "signed: an office and name right under the text's last paragraph, notes under "
                    "it", cert="medium")


EPIGRAPH_MAX_LINES = 2  # a bayt, or two hemistichs on lines of their own
# The source of a quoted poem or saying, under it after a dash or in quotation marks:
# «— شاهنامهٔ فردوسی», «– حافظ», «(سعدی)», ««حافظ»».
ATTRIBUTION = re.compile(r"^[—–]\s*\S|^[«(\"].{1,40}[»)\"]$")
ATTRIBUTION_MAX_WORDS = 6


def attribution(s: Shape) -> bool:
    """A short line naming the source of verse or a quotation (:data:`ATTRIBUTION`)."""
    return ATTRIBUTION.match(s.plain) is not None and 0 < s.words <= ATTRIBUTION_MAX_WORDS and s.end in {"none",
                                                                                                      "terminal"}


def _epigraph_verse(doc: Document, k: int) -> bool:
    """Line ``flow[k]`` is verse right under an invocation (at most EPIGRAPH_MAX_LINES lines):
    letters and books open with a bayt under «به نام خدا»."""
    flow = doc.flow
    if doc.role(flow[k]) != "l":
        return False
    for back in range(1, EPIGRAPH_MAX_LINES + 1):
        if k - back < 0:
            return False
        before = doc.out[flow[k - back]]
        if before.role == "p" and before.epigraph:
            return True
        if before.role != "l":
            return False
    return False


def _said_kicker(doc: Document, i: int) -> bool:
    """News sites set who said the headline above it, as a short line ending in a colon
    («سخنگوی وزارت امور خارجه:»); the headline follows (or the same line again, in a web copy).
    The line names the speaker: a noun phrase, not a clause («… اعلام کرد:», :func:`clause`) nor a
    section's label («فصل اول:»)."""
    s, nxt = doc.s(i), doc.next(i)
    if (nxt is None or s.end != "colon" or not 0 < s.words <= SUBTITLE_MAX_WORDS or s.speaker in doc.conv.speakers
            or PART_NAME.match(s.plain) or SECTION_WORD.match(s.plain) or clause(s.plain)
            or (s.label is not None and s.label.strong)):
        return False
    return doc.s(nxt).plain == s.plain or _title_like(doc, nxt)


# Names of a kind of text, which with a number are a title («قطعنامه ۵۹۸», «غزل ۱۲», «حکایت ۱۹»),
# not a periodical and its issue.
TEXT_KIND = LazyPattern(r"^(بیانیه|اطلاعیه|اعلامیه|قطعنامه|مصوبه|قانون|گزارش|نامه|پیام|فرمان|غزل|قصیده|رباعی|"
                        r"قطعه|حکایت|سوره|آیه|درس|جلسه|نشست|قسمت|شماره)(\s|$)")


def _masthead_evidence(doc: Document, name: str) -> bool:
    """A first line of a name and a number is a periodical's masthead when the name, or its last
    part after a dash, is no kind of text (:data:`TEXT_KIND`) and the line under it is the
    issue's date, a line naming the issue (:data:`MASTHEAD_MARK`) or a title: a masthead stands
    over the text, a title's number does not stand alone over a second title."""
    flow = doc.flow
    if any(TEXT_KIND.match(part) for part in TITLE_PARTS.split(name.strip())):
        return False  # (also after a dash: «دیوان حافظ - غزل شماره ۱»)
    if name.rstrip()[-1:] in {"-", "–", "—"}:
        return False  # (a work's part after a dash, «تاریخ بدخشان - ۲»: a masthead sets its issue after the name)
    nxt = flow[1]
    return bool(MASTHEAD_MARK.search(doc.s(flow[0]).plain) or is_dateline(doc.out[nxt].text)
                or MASTHEAD_MARK.search(doc.s(nxt).plain) or _title_like(doc, nxt))


def _masthead_line(s: Shape) -> bool:
    """A line of a masthead naming the issue, price or periodicity (:data:`MASTHEAD_MARK`): a
    short noun phrase («(شماره ۳)», «قیمت اشتراک سالیانه»), not a headline that speaks of a price
    or a year («قیمت بنزین در سال ۱۴۰۲ افزایش نمی‌یابد»: :func:`clause`, or longer)."""
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
    of them the issue and none a sentence or a bullet line. None when there is no such head."""
    s = doc.s(start)
    if not (PERIODICAL_NAME.match(s.plain) and s.words <= PERIODICAL_NAME_MAX_WORDS and s.end == "none"
            and not re.search(DIGIT, s.plain)):
        return None  # (a page's title naming a paper with its year: «روزنامه وقایع اتفاقیه (۱۲۳۰ خورشیدی)»)
    head = [start]
    for i in range(start + 1, len(doc.shapes)):
        t = doc.s(i) if doc.shapes[i] is not None else None
        if t is None:
            continue
        if (len(head) == PERIODICAL_HEAD_MAX_LINES or t.bullet
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
    things (:func:`_masthead_line`; two different words of :data:`MASTHEAD_MARK`: a masthead gives
    the year and the issue, or the issue and the price), every line before that dateline is
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


# A line that opens with a preposition completes the phrase above it («اعلامیه کمیته …» /
# «درباره تغییر زمان برگزاری»): a subtitle stands alone as a noun phrase or a sentence.
TITLE_COMPLEMENT = LazyPattern(r"^(درباره|دربارهٔ|درباره‌ی|پیرامون|راجع به|در باره|برای|به مناسبت)\s")


def _title_lines(doc: Document, k: int) -> int:
    """The second and third lines of a title broken inside a phrase (the line above runs on,
    :func:`~nashr.convert.document.runs_on`, or the line opens with a preposition that completes
    it, :data:`TITLE_COMPLEMENT`) or at a hard-wrapped text's width (:func:`wrapped_heading`) and
    written directly under its first. (A short line under a
    complete title is a subtitle: :func:`_subtitle`.)"""
    flow = doc.flow
    lines = 1
    while (k + 1 < len(flow) and lines < TITLE_MAX_LINES and flow[k] == flow[k - 1] + 1
           and (runs_on(doc, flow[k - 1]) or TITLE_COMPLEMENT.match(doc.s(flow[k]).plain)
                or _phrase_in_lead(doc, flow[k - 1], flow[k]) or wrapped_heading(doc, flow[k - 1]))
           and _title_like(doc, flow[k], TITLE_LINE_MAX_WORDS) and not _top_other(doc, flow[k])
           and not PART_NAME.match(doc.s(flow[k]).plain)
           and not KICKER.match(doc.s(flow[k]).plain) and _title_continues(doc, flow[k])):
        doc.set(flow[k], "title", "title: the title goes on in the line under it (broken inside a phrase, or "
                "completed by «درباره …»)", cert="medium")
        k += 1
        lines += 1
    return k


def _phrase_in_lead(doc: Document, above: int, i: int) -> bool:
    """The line break between lines ``above`` and ``i`` falls inside a phrase that the paragraph
    under them says whole: the last word of ``above`` and the first of ``i`` stand side by side
    there («… نخستین جشنواره» / «کتاب کودک …» and «جشنواره کتاب کودک» in the lead)."""
    nxt = doc.next(i)
    first, last = words(doc.s(i).plain), words(doc.s(above).plain)
    if nxt is None or not first or not last or doc.s(nxt).words < PROSE_MIN_WORDS:
        return False
    lead = words(doc.s(nxt).plain)
    return any(a == last[-1] and b == first[0] for a, b in zip(lead, lead[1:], strict=False))


def _over_trail(doc: Document, i: int) -> bool:
    """The first line is the site's name over its breadcrumb trail (:data:`TRAIL_RULE`) when
    the page's own heading follows the trail: short (PAGE_HEAD_MAX_WORDS), no final punctuation,
    the next line a trail and the first line with a letter under it a title
    (:func:`_title_like`; a rating «0.0 (0)» may stand between). Over a trail with the text
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


def _site_label(doc: Document, i: int) -> bool:
    """A first line that labels the web page rather than the text: a file or breadcrumb name
    (words joined by «_», or parts between «»» or «›»: «حافظ » غزلیات » غزل شمارهٔ ۲») above a
    title (with none under it, verse or prose, the breadcrumb names the text: its title), or a few
    words set apart above a title twice as long, or with the page's record lines (date, byline)
    between them, and under those another label set apart (:func:`_label_set_apart`: a news
    site's «سرخط خبرها» under its clock) — not a section's name («باب اول», «مقدمه») or an
    invocation, nor above the first of the text's turns («سؤال ۱: …», a label used through the
    text: no title), and only in a text whose sentences end in punctuation
    (:func:`punctuated_prose`: else the long line may be the first sentence)."""
    s = doc.s(i)
    text = doc.out[i].text
    nxt = _below_record_lines(doc, i)
    if "_" in text and re.search(r"[^\W\d_]_[^\W\d_]", text):
        return True
    if BREADCRUMB.search(s.plain):
        return nxt is not None and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS)  # (else it is the only title)
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


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (:func:`_content_list`) cut to their first STEM_LETTERS letters,
    without harakat, hamza marks or joiners."""
    return {STEM_MARKS.sub("", w)[:STEM_LETTERS] for w in _content_list(text)}


def _unsaid_label(doc: Document, i: int) -> bool:
    """The first line ``i`` labels the page, not the text (:func:`_label_over` the line right under
    it): none of its content words (:func:`_stems`) comes again anywhere in the text under that
    line, which is longer (at most TITLE_MAX_WORDS words) and has a word that does — the headline
    names what the text is about; a site's section label («مطالب پندآموز», «درباره») or a letter
    left by a tag page's index names nothing the text says; an issuing organisation over its office
    (:data:`KICKER`) is no label. The page's own words are the evidence,
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


# A writer's name and occupation after a comma, under a headline: «علی رضایی، پژوهشگر شهرسازی».
# A person's name after an honorific or title of address, alone on its line (the author under a
# book's title): «سید محمد حسن قوچانی», «دکتر …», «میرزا …».
HONORIFIC_NAME = LazyPattern(r"^(?:سید|سيد|دکتر|دكتر|مهندس|حاج|حاجی|آیت‌الله|آيت‌الله|میرزا|ميرزا|شیخ|شيخ)\s+[^\s:،,.؛]+"
                             r"(?:\s+[^\s:،,.؛]+)*$")
HONORIFIC_NAME_MAX_WORDS = 5
AUTHOR_AND_ROLE = re.compile(
    r"^[^،,:.]{3,40}[،,]\s*(?:پژوهشگر|نویسنده|استاد|استادیار|دانشیار|خبرنگار|روزنامه‌نگار|روزنامه نگار|روزنامهنگار"
    r"|کارشناس|مترجم|تحلیلگر|تحلیل‌گر|پزشک|وکیل|فعال|دانشجوی|دانش‌آموخته|عضو|سردبیر|شاعر|منتقد|مورخ)(?=\s|$)")
# A person's name alone: a given name and one or two family names («پروانه بابایی», «حسن مجیدی»), or
# a name of the gazetteer's people («ناصرخسرو», «عطار نیشابوری»).
PERSON_NAME_WORDS = (2, 3)
# «حضرت» ("His Holiness"), the honorific of saints, prophets and religious heads, before an author's name under
# a title («حضرت عبدالبهاء» over a tablet, «حضرت سعدی»): outside the name (the collection's convention).
REVERED = re.compile(r"^حضرت\s+(?=\S)")
# A pen name or a family's other name in parentheses after a person's name: «حسن صفرنژاد (هشترودی)».
PEN_NAME = re.compile(r"\s+\([^()\d\s][^()\d]{1,24}\)\s*$")
NOT_IN_NAME = re.compile(rf"[{DIGIT[1:-1]}:：،,.؛;()«»!?؟/|\[\]*\-–—]")


@cache
def _known_people() -> frozenset[str]:
    """The gazetteer's people (:func:`nashr.entities.places.gazetteer`) in :func:`nashr.entities.candidates.terms.norm`
    form (folded, no spaces or ZWNJ): «ملک الشعرای بهار» as a page without ZWNJ spells «ملک‌الشعرای بهار»."""
    from nashr.entities.candidates.terms import norms_of
    from nashr.entities.places import gazetteer

    return norms_of(name for name, kind in gazetteer().items() if kind == "person")


def person_name(text: str) -> bool:
    """True for a line that is a person's name and nothing else: a name of the gazetteer's people
    (:func:`nashr.entities.places.gazetteer`, spaces and ZWNJ aside: :func:`_known_people`), or
    two or three words of which the first is a given
    name (:func:`nashr.entities.candidates.words.is_given`) that asks no more of a family name than
    an everyday word would be (:func:`~nashr.entities.candidates.words.surname_need`: not «پیام»,
    "message", in «پیام نوروزی») and the others can be a name's and are no common words
    (:func:`~nashr.entities.candidates.words.name_like`, :func:`~nashr.entities.candidates.words.common_words`).
    Digits and punctuation say more than a name («احمد کسروی (۱۲۶۹ – ۱۳۲۴)»: LIFE_DATES)."""
    from nashr.entities.candidates.terms import norm  # the lexicons load only for a short line under a title
    from nashr.entities.candidates.words import ANY_GIVEN, WORD_GIVEN, common_words, is_given, name_like, surname_need
    from nashr.entities.places import gazetteer

    name = text.strip()
    if NOT_IN_NAME.search(name):
        return False
    if gazetteer().get(name) == "person" or norm(name) in _known_people():
        return True
    parts = [norm(w) for w in name.split()]
    return (PERSON_NAME_WORDS[0] <= len(parts) <= PERSON_NAME_WORDS[1] and is_given(parts[0])
            and surname_need(parts[0]) in {ANY_GIVEN, WORD_GIVEN}
            and all(name_like(w) and w not in common_words() for w in parts[1:]))


def _author_over_text(doc: Document, i: int) -> bool:
    """A first free line that is a person's name alone (:func:`person_name`) right over a paragraph
    of prose (PROSE_MIN_WORDS words at least, ending in punctuation) that does not open with that
    name: the author of a text with no title (a story's opening page, a book's page under the
    site's name); a paragraph opening with the name is about the person (a wiki article: its
    title)."""
    nxt = doc.next(i)
    name = doc.s(i).plain.strip()
    return (nxt is not None and person_name(name) and doc.s(nxt).words >= PROSE_MIN_WORDS
            and doc.s(nxt).end != "none" and not doc.s(nxt).plain.startswith(name))


AUTHOR_AGAIN_WITHIN = 8  # lines above or under a name said twice among the top lines


def _author_at_top(doc: Document, i: int, title: _Title) -> bool:
    """A short line of the top (SIGNER_MAX_WORDS words, no digit, no final punctuation) that is
    the author's name: named in the title after «از» («… از ملک‌الشعرا بهار قصیده ۱۱» /
    «ملک‌الشعرا بهار»), or a person's name (:func:`person_name`) said twice among the top lines
    (a page's heading and the text's own: «ناصرخسرو» … «ناصرخسرو»). A name said twice is no
    title. Seen on the pages of two sites of classical texts (shernoosh.ir, ganj.tarikhema.org)."""
    s = doc.s(i)
    if not (0 < s.words <= SIGNER_MAX_WORDS and s.end == "none" and not re.search(DIGIT, s.plain)
            and doc.role(i) == "p" and s.label is None and not s.bullet):
        return False
    name = s.plain.strip()
    if any(re.search(rf"(?:^|\s)از\s+{re.escape(name)}(?:\s|$)", text) for text in title.texts):
        return True
    near = doc.flow[max(doc.pos[i] - AUTHOR_AGAIN_WITHIN, 0) : doc.pos[i] + 1 + AUTHOR_AGAIN_WITHIN]
    return any(j != i and doc.s(j).plain.strip() == name for j in near) and person_name(name)


# The kind of a newspaper or web piece, alone on the line above its headline.
GENRE_LABEL = LazyPattern(r"^(?:گزارش|یادداشت|گفت‌وگو|گفتگو|گفت وگو|مصاحبه|تحلیل|سرمقاله|دیدگاه|نقد|دیدگاه‌ها"
                          r"|گزارش ویژه|گزارش تصویری|یادداشت روز|گفت‌وگوی اختصاصی|گفتگوی اختصاصی|نگاه|روایت)\s*[:：]?$")


def _genre_label(doc: Document, i: int) -> bool:
    """A first line naming the kind of piece («گزارش», «یادداشت») above a headline at least twice
    as long (with a page's record lines between, :func:`_below_record_lines`)."""
    nxt = _below_record_lines(doc, i)
    return (GENRE_LABEL.match(doc.s(i).plain) is not None and nxt is not None
            and _title_like(doc, nxt, LONG_TITLE_MAX_WORDS) and doc.s(nxt).words >= 2 * doc.s(i).words)


SPEAKER_NAME_MAX_WORDS = 4
PLACE_LINE_MAX_WORDS = 5  # «هتل وستین گرند سنترال», «واشنگتن دی.سی» (words as :func:`words` counts them)
PLACE_LINES_MAX = 2


def _speech_header(doc: Document, k: int) -> tuple[int, list[int]] | None:
    """The head of a speech's transcript: the speaker's name on the first line, the speaker's
    office under it (:data:`OFFICE_TITLE`), then at most PLACE_LINES_MAX short lines of the place
    (hall, city) and the date. Returns the office line and the place lines, or None."""
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
# «،», and the office (:data:`OFFICE_TITLE`): «ند پرایس، سخنگوی وزارت امور خارجه ایالات متحده».
# The kind of a speech opening a title that names its speaker: «سخنان مایکل آر. پمپئو، وزیر خارجه …».
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
    document's kind («بیانیه ند پرایس، …», :data:`DOCUMENT_KIND`) or a speech's (:data:`SPEECH_KIND`) is
    the statement's title."""
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
    """``plain`` is a name and an office parted by «،» (:data:`ISSUER_LINE`, :data:`OFFICE_TITLE`), no digit,
    the name of at most SPEAKER_NAME_MAX_WORDS words and opening with no document's or speech's kind
    (:data:`DOCUMENT_KIND`, :data:`SPEECH_KIND`: «بیانیه ند پرایس، …» is a title)."""
    m = ISSUER_LINE.match(plain.strip())
    return (m is not None and not re.search(DIGIT, plain) and len(words(m["name"])) <= SPEAKER_NAME_MAX_WORDS
            and not DOCUMENT_KIND.match(m["name"]) and not SPEECH_KIND.match(m["name"])
            and OFFICE_TITLE.match(m["office"].strip()) is not None)


# A line ending in an abbreviation's dots («واشینگتن، دی.سی.»: a dot inside the last word) ends no sentence.
ABBREVIATION_END = LazyPattern(r"\S\.\S+\.\s*$")


def _place_line(s: Shape) -> bool:
    return (0 < s.words <= PLACE_LINE_MAX_WORDS and not re.search(DIGIT, s.plain)
            and (s.end == "none" or ABBREVIATION_END.search(s.plain) is not None))


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


def punctuated_prose(doc: Document) -> bool:
    """The text ends its sentences with punctuation: most of its long lines (at least
    PROSE_MIN_WORDS words) end in «.», «!», «؟» or «:». Where it does not (classical prose copied
    without punctuation, verse), a long line without final punctuation is no sign of a title."""
    long = [s for s in doc.shapes if s is not None and s.words >= PROSE_MIN_WORDS and s.caesura is None]
    return 2 * sum(1 for s in long if s.end in {"terminal", "colon"}) > len(long)


def _content_list(text: str) -> list[str]:
    """The words of ``text`` that carry its content: no function words, no numbers."""
    return [w for w in words(text) if w not in FUNCTION_WORDS and not DIGITS.fullmatch(w)]


def _content_words(text: str) -> set[str]:
    return set(_content_list(text))


def _caption(doc: Document, i: int, title: set[str]) -> bool:
    """A photo caption under a title: a short line without final punctuation, before the first
    paragraph (or repeated right below itself), naming what the title above it names (``title``:
    the content words of the latest title) or what that paragraph names, or in Latin script (an
    image's alternative text). An image's alternative text followed by its
    caption, which begins with the same words («هفت سین» / «هفت سین، یکی از …»), is two captions."""
    s = doc.s(i)
    nxt, prev = doc.next(i), doc.prev(i)
    if (nxt is None or s.end != "none" or not 0 < s.words <= CAPTION_MAX_WORDS or s.label
            or s.markup_head or (doc.conv.wrap is not None and full(doc, i))
            or prev is None or doc.role(prev) not in {"title", "note"}):
        return False  # (the photo stands right under the headline: under a date line, a credit or the page's
        # furniture a short line is a place, a heading or a label)
    if _extends(doc.s(nxt).plain, s.plain) or (prev is not None and doc.role(prev) == "note"
                                              and _extends(s.plain, doc.s(prev).plain)):
        return True
    said_twice = doc.s(prev).plain == s.plain or doc.s(nxt).plain == s.plain  # (an image's alternative text and
    # its caption: «Iran quake» / «Iran quake»; a Latin label said once is the page's, «E-Book Content», «moic»)
    if doc.s(nxt).plain == s.plain:
        nxt = doc.next(nxt)
        if nxt is None:
            return False
    if doc.s(nxt).words < PROSE_MIN_WORDS or clause(s.plain):
        return False  # (a photo's caption describes it in a noun phrase; a clause is a subtitle or lead)
    own = _content_words(s.plain)
    return (len(own & title) >= CAPTION_SHARED_WORDS or len(own & _content_words(doc.s(nxt).plain)) >= len(own) > 1
            or (LATIN_GLOSS.match(s.plain) is not None and said_twice))


def _extends(longer: str, shorter: str) -> bool:
    """``longer`` begins with ``shorter`` and goes on after a comma or space."""
    return len(longer) > len(shorter) and longer.startswith(shorter) and longer[len(shorter)] in " ،,:-–"


def _opens_body(doc: Document, i: int) -> bool:
    """A first line that is a heading of the body rather than a title: a section word with a
    number («فصل ۱», «بخش دوم»)."""
    s = doc.s(i)
    return SECTION_WORD.match(s.plain) is not None and (s.label is not None or (
        s.words <= SECTION_LABEL_MAX_WORDS and any(re.fullmatch(f"{DIGIT}+", w) or NUMBER_WORD.fullmatch(w)
                                                   for w in words(s.plain)[1:])))


def _title_continues(doc: Document, i: int) -> bool:
    """The line after a title line is more title when what follows it is not more short lines
    of the same block (a list of names, an address) but prose, a blank line or the top matter."""
    nxt = i + 1
    return nxt >= len(doc.shapes) or doc.shapes[nxt] is None or doc.s(nxt).words >= PROSE_MIN_WORDS or bool(
        _top_other(doc, nxt))


RECORD_LINE_MAX_WORDS = 12  # a date, a time, an item's code and its section


# A blog's pull quote: an excerpt of the post cut out of its sentences, the cut marked by
# suspension points at its head («......ملائی و درویشی خودم …», «..... آنی نگذشته است، …»), set
# over the post's headline (the Qajarieh blog's posts of set 11) — an ornament («_», «*») between.
PULL_QUOTE = LazyPattern(r"^(?:\.{3,}|…)\s*\S")
ORNAMENT_LINE = LazyPattern(r"^[_*\-–—.•·\s]+$")


# The fields of a journal article's landing page as Iranian journals' sites print them (Sinaweb's
# Persian labels: «نوع مقاله : مقاله پژوهشی», «نویسندگان» over the authors and their numbered
# affiliations, «چکیده»): the Journal of Rural Cooperatives' page of set 11 printed by a browser.
JOURNAL_FIELD = LazyPattern(r"^نوع\s+(?:مقاله|مطالعه)\s*[:：]")
AUTHORS_LABEL = LazyPattern(r"^(?:نویسندگان|نویسنده|نویسنده[\u200c]?گان|پدیدآورندگان|پدیدآورنده)\s*[:：]?$")
AFFILIATION = LazyPattern(rf"^{DIGIT}{{1,2}}\s*[^\d\s.)\-–—]")  # «۱ کارشناس ارشد …، دانشگاه …»
AFFILIATIONS_MAX = 8
AFFILIATION_MAX_WORDS = 30


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
    if is_dateline(text):
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
            and is_dateline(doc.out[nxt].text)):
        return "byline", "byline: the account that posted the page («moi-af», «mateenqani») between the title and " \
            "the post's date"
    if (m := LIFE_DATES.match(s.plain)) and s.words <= BYLINE_MAX_WORDS and person_name(m["name"]):
        return "byline", "byline: the author's name with the years of birth and death («سعدی (۶۰۶ – ۶۹۰)») near the top"
    if AUTHOR_AND_ROLE.match(s.plain) and s.words <= BYLINE_MAX_WORDS and s.end == "none":
        return "byline", "byline: a writer's name and occupation («…، پژوهشگر …») near the top", "medium"
    if SUBJECT_LINE.match(s.plain) and s.words <= TAGLINE_MAX_WORDS and s.end != "terminal":
        return "subtitle", "subtitle: a letter's or circular's subject line («موضوع: …») at its head"
    if _is_addressee(s):
        return "addressee", "addressee: «به: …», «جناب …», «… محترم» opening a letter"
    if _is_salute(s):
        return "salute", "salute: a greeting («… عزیز،», «با سلام») opening a letter", "medium"
    return None


def _subtitle(doc: Document, k: int) -> tuple[str, str, str] | None:
    if k == 0:
        return None
    i, before = doc.flow[k], doc.flow[k - 1]
    s = doc.s(i)
    tagline = doc.role(before) == "title"
    slogan = tagline and s.plain.endswith("!")
    quoted = tagline and QUOTED_LINE.match(s.plain) is not None  # a saying pulled out under the title
    # (A long line without final punctuation is a tagline where sentences end in punctuation, or
    # set apart by a blank line; else it may be the first line of unpunctuated prose.)
    limit = TAGLINE_MAX_WORDS if tagline and (punctuated_prose(doc) or doc.blank_after(i)) else SUBTITLE_MAX_WORDS
    if (doc.role(before) in {"title", "dateline", "subtitle", "byline"}
            and 0 < s.words <= limit and not s.markup_head and (s.end == "none" or slogan or quoted)
            and (s.label is None or not s.label.strong) and not s.bullet and s.caesura is None
            and not INVOCATION.match(s.plain) and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain)
            and not (doc.conv.wrap and full(doc, i))
            and doc.next(i) is not None):
        nxt = doc.next(i)
        assert nxt is not None
        if runs_on(doc, i) or SECTION_WORD.match(doc.s(nxt).plain):
            return None  # a sentence broken off; a part's heading over its first article
        if s.label is not None and doc.s(nxt).words >= PROSE_MIN_WORDS:
            return None  # a numbered section's heading over its text («۱ هدف آزمایش»)
        if HONORIFIC_NAME.match(s.plain) and s.words <= HONORIFIC_NAME_MAX_WORDS:
            return "byline", "byline: a name after an honorific («سید …», «دکتر …») alone under the title", "medium"
        if ((tagline or doc.role(before) in {"subtitle", "byline"})  # (a second author under the first)
                and person_name(PEN_NAME.sub("", REVERED.sub("", s.plain)))):
            return ("byline",
                    "byline: a person's name alone right under the title or its subtitle (the author or compiler)")
        if _short_run_beyond_top(doc, k):
            return None
        if doc.s(nxt).words >= PROSE_MIN_WORDS or doc.blank_after(i) or _top_other(doc, nxt):
            # A guess (``low``): by hand such lines are subtitles in 22 of the 44 the rules were
            # written with (else fw, title, head, byline …) and in none of the 8 of held-out set 10.
            return "subtitle", "subtitle: a short line without final punctuation under the title", "low"
        if quoted:
            return "subtitle", "subtitle: a saying in quotation marks right under the title (a tagline)", "medium"
    if (doc.role(before) in {"addressee", "salute"} and doc.role(before) != "salute" and s.words <= SIGNED_MAX_WORDS
            and s.end in {"none", "comma"} and not doc.blank_before(i)):
        return "addressee", "addressee: a short line under the addressee line (a title or place)", "medium"
    return None


def _short_run_beyond_top(doc: Document, k: int) -> bool:
    """``flow[k]`` opens a run of more than TOP_SHORT_RUN_MAX short lines (SUBTITLE_MAX_WORDS
    words), none ending in punctuation or holding a list's label or bullet: no title block is so
    long, so the run is the body's (a poem, a contents page) and none of it a subtitle. Looks at
    TOP_SHORT_RUN_MAX + 1 lines at most. Not in a PDF text layer or hard-wrapped text, whose
    lines are short and unpunctuated wherever a sentence goes on."""
    run = doc.flow[k : k + TOP_SHORT_RUN_MAX + 1]
    return not doc.conv.pdf and doc.conv.wrap is None and len(run) > TOP_SHORT_RUN_MAX and all(
        doc.role(i) == "p" and doc.s(i).end == "none" and 0 < doc.s(i).words <= SUBTITLE_MAX_WORDS
        and (doc.s(i).label is None or not doc.s(i).label.strong) and not doc.s(i).bullet for i in run)


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
            doc.set(i, "note", "note: where the text was published («به نقل از …», «منبع: …») at the end")
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
            doc.set(i, "signed", POSITION_SIGNED, cert="medium")
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
    :data:`OFFICE_TITLE`; a statement's issuer under his name, ceo.gov.af), or any such line right under a
    date (the issuer of a decree or notice, «(سپهدار اعظم)»), or a line on behalf of its issuers
    («از طرف …», «از سوی …»: :data:`ON_BEHALF`, how notices and condolences are signed) after
    prose; as the last line after prose, a petition's signers of any length («از طرف …: name، name …»,
    :func:`_signers_on_behalf`). Never a heading or a line of the list under a heading (:func:`_headed`)."""
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
            or _heading_mark(s)):
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


# An official letter's first words after its addressee, as Persian manuals of administrative
# correspondence teach them («آیین نگارش نامه‌های اداری»: «عطف به نامه شماره …», «پیرو …»,
# «بازگشت به …», «در پاسخ …», «احتراماً …») and as the letters and circulars of the 1920s–1940s
# in the collection open («در جواب مراسله نمره …», «اطلاعاً ابلاغ می‌شود …»).
LETTER_OPENING = LazyPattern(r"^(?:عطف به|پیرو|بازگشت به|در (?:پاسخ|جواب)|احتراما|احتراماً|محترما|محترماً|اطلاعا"
                             r"|اطلاعاً|بدین[\s\u200c]?وسیله|به پیوست|خواهشمند است|مقتضی است)(?:\s|،|$)")
# The offices an official letter is addressed to («اداره مالیه خراسان», «ادارات نظمیه- امنیه- …»,
# «کلیه ادارات …»): an organisation's word (:data:`KICKER`) or these.
ADDRESSED_OFFICE = LazyPattern(r"^(?:ادارات|کلیه|عموم|وزارتخانه[\s\u200c]?ها|ایالت|ولایت|حکومت|حکام)\s")
INNER_SIGNED_MAX_LINES = 3  # a name, an office, an organisation


LETTER_TOP_MAX_LINES = 3  # a date, an addressee, a greeting


def letter_top_inside(doc: Document, body: list[int]) -> None:
    """A letter's top inside the text, under a site's title and note on the letter: a run of one to LETTER_TOP_MAX_LINES
    short lines (at most SIGNED_MAX_WORDS words, a greeting as many as :func:`_is_salute` allows it; not running to
    a hard-wrapped text's width: :func:`~nashr.convert.document.full`), each a date line, an addressee or a
    greeting, holding a greeting that says so by its words or punctuation («قربانت گردم», «فدایت شوم», «سلام علیکم»,
    «دوست عزیز،»: :func:`_first_line_matter`), right over the letter's first paragraph (prose, or a full line of a
    hard-wrapped text) — or an addressee right under a date line the rules found (:func:`_dated_addressee`) — and
    under the end of a paragraph, an invocation («هو») or the top: ``dateline``, ``addressee``, ``salute`` — so the
    hard-wrap joiner does not take them into the paragraph. A date line may be the letter's route alone
    (:data:`LETTER_ROUTE`). Under a colon a greeting alone is spoken in a story; a run of two or more lines (an
    addressee or date with the greeting) is a letter the text announces («متن نامه به شرح زیر است:»).
    The words are the vocabulary of Persian letters' openings (:data:`SALUTE_TOP`,
    :data:`ADDRESSEE`); the position decides."""
    for k, i in enumerate(body):
        s = doc.s(i)
        greeting = _is_salute(s)  # (a vocative naming its readers at length is longer: «هموطنان گرامی، … علیکم …!»)
        if (doc.role(i) != "p" or not 0 < s.words <= (VOCATIVE_MAX_WORDS if greeting else SIGNED_MAX_WORDS)
                or (doc.conv.wrap and full(doc, i))
                or not ((greeting and _first_line_matter(doc, i, "salute")) or _dated_addressee(doc, i))):
            continue  # (the run is found from its greeting, or from its addressee under its date)
        first, last = k, k + 1
        while (first > 0 and last - first < LETTER_TOP_MAX_LINES and doc.role(body[first - 1]) == "p"
               and _letter_top_line(doc, body[first - 1])):
            first -= 1
        while (last < len(body) and last - first < LETTER_TOP_MAX_LINES and doc.role(body[last]) == "p"
               and _letter_top_line(doc, body[last])):
            last += 1
        run, after, prev = body[first:last], body[last] if last < len(body) else None, doc.prev(body[first])
        if after is None or doc.role(after) != "p" or not (doc.s(after).words >= PROSE_MIN_WORDS
                                                           or (doc.conv.wrap and full(doc, after))):
            continue
        above = doc.s(prev) if prev is not None and doc.role(prev) in {"p", "p+"} else None
        dated = _letter_date(doc, run[0]) and any(_dated_addressee(doc, j) for j in run)
        if above is not None and not SHORT_INVOCATION.match(above.plain) and not dated and (
                (above.end == "colon" and len(run) < 2)
                or not (above.end in {"terminal", "colon"} or (doc.conv.wrap and not full(doc, prev))
                        or doc.blank_before(body[first]))):
            continue  # a line of a paragraph running on; a greeting spoken after «گفت:» (a letter announced
            # by «… به شرح زیر است:» has its addressee or date over the greeting; «هو» heads a letter;
            # a date line over an addressee goes on with no sentence above it)
        for j in run:
            role = "dateline" if _letter_date(doc, j) else "salute" if _is_salute(doc.s(j)) else "addressee"
            doc.set(j, role, f"{role}: a letter's top (its date, addressee and greeting) inside the text, over its "
                    "first paragraph", cert="medium")


# A seal described in brackets by the transcriber: «[مهر: …]», «[نقش مهر]: …» (its legend after the colon).
SEAL = LazyPattern(r"^\[\s*(?:نقش\s+)?م\u064f?هر\s*(?:[:：][^\]]*\S[^\]]*\]|\]\s*[:：]\s*\S)")
SEAL_NAME_MAX_WORDS = 4  # the name or title the seal goes with, on the line over it: «با با خان سردار»


def letter_seal(doc: Document, body: list[int]) -> None:
    """A seal heading a letter: a seal described in brackets (:data:`SEAL`) with the letter's
    text after it is the sender's, set at the head as Qajar letters and decrees set the seal or
    the sovereign's name (``signed``), and so is a short name over it (SEAL_NAME_MAX_WORDS words,
    no punctuation). The registry stamps a letter received after its text are the archive's
    notes (:func:`closing_matter`, :data:`NOTE_LABEL`): the zone decides, not the words."""
    for k, i in enumerate(body[:-1]):
        if doc.role(i) != "p" or not SEAL.match(doc.s(i).plain) or doc.role(body[k + 1]) == "note":
            continue
        doc.set(i, "signed", "signed: a seal described in brackets («[مهر: …]») heading a letter, over its text",
                cert="medium")
        prev = doc.s(body[k - 1]) if k > 0 else None
        if (prev is not None and doc.role(body[k - 1]) == "p" and 0 < prev.words <= SEAL_NAME_MAX_WORDS
                and prev.end == "none"):
            doc.set(body[k - 1], "signed", "signed: a name over the seal heading a letter (the sender's)",
                    cert="medium")


def petition_salute(doc: Document, body: list[int]) -> None:
    """A petition's opening formula on its own line (:data:`PETITION_OPENING`, «قربان خاکپای …
    گردم») the verse rules took for a hemistich, among the short lines of a Qajar letter's top and
    the bayt it quotes: ``salute``. The formula, not the rhyme, decides: a letter's words."""
    for i in body:
        s = doc.s(i)
        if doc.role(i) == "l" and s.words <= SIGNED_MAX_WORDS and re.match(rf"^{PETITION_OPENING}\s*[،,]?\s*$",
                                                                            s.plain):
            doc.set(i, "salute", "salute: a petition's opening formula («قربان خاکپای … گردم») on its own line, "
                    "not verse", cert="medium")


# A letter's route alone on its line, over its greeting: «از حسین آباد به تهران», «از پاریس به لندن»
# (with a date after it the line is a date line: :data:`nashr.convert.document.ROUTE`).
LETTER_ROUTE = LazyPattern(r"^از\s+[^\s\d]+(?:\s[^\s\d]+)?\s+به\s+[^\s\d]+(?:\s[^\s\d]+)?$")


def _letter_date(doc: Document, i: int) -> bool:
    """A letter's date line, or its route alone (:data:`LETTER_ROUTE`)."""
    return is_dateline(doc.out[i].text) or LETTER_ROUTE.match(doc.s(i).plain) is not None


def _dated_addressee(doc: Document, i: int) -> bool:
    """An addressee (:data:`ADDRESSEE`: «جناب آقای …», «… دام اقباله») right under a date line
    (:func:`_letter_date`): the letter's date over its addressee."""
    prev = doc.prev(i)
    return (_is_addressee(doc.s(i)) and prev is not None
            and (doc.role(prev) == "dateline" or (doc.role(prev) == "p" and _letter_date(doc, prev))))


def _letter_top_line(doc: Document, i: int) -> bool:
    """A short line that can open a letter: a date line or route, an addressee or a greeting."""
    s = doc.s(i)
    return (0 < s.words <= SIGNED_MAX_WORDS and not (doc.conv.wrap and full(doc, i))
            and (_letter_date(doc, i) or _is_salute(s) or _is_addressee(s)))


def letter_edges(doc: Document, body: list[int]) -> None:
    """The edges of a letter inside the text, where the top and the end of the page are not the
    letter's (a site's page holding a letter and the reply to it, a letter quoted in an article):

    * a closing formula (:func:`_closing_formula`: «با تقدیم احترامات فائقه:», «ارادتمند») right
      under a paragraph that ends a sentence, over one to INNER_SIGNED_MAX_LINES short lines
      without final punctuation (the signer's name and office; a date line among them is the
      ``dateline``), is ``salute`` and the short lines ``signed`` — when a second line signs, or
      what follows is no paragraph (a section's heading under «با سپاس» is followed by prose), or
      a letter's top (``salute``, ``addressee``) stands above since the last closing (a letter
      quoted in a report, the report going on under its one signing line), and no more short
      lines follow (a list of members under «با سپاس از داوران:» is longer than a signature); a
      short line right above an addressee ends the signature: it heads the next letter (``head``);
    * an addressee line («جناب آقای …»: :data:`ADDRESSEE`) after a heading or a signature, with at
      most one short line under it (the office), right over a paragraph, is ``addressee``, both;
    * a short line naming an office (:data:`KICKER`, :data:`ADDRESSED_OFFICE`) right over a
      paragraph that opens as an official letter does (:data:`LETTER_OPENING`: «در جواب مراسله
      …», «عطف به …») is the office addressed (``addressee``).

    ``body`` is the lines in reading order (the top block's too). Position and length decide; the
    words are the vocabulary of closings, addressees and letter openings (Persian letter-writing
    manuals and the letters of several sites in the collection).
    """
    where = {i: k for k, i in enumerate(body)}

    def short(i: int) -> bool:
        s = doc.s(i)
        return (0 < s.words <= SIGNED_MAX_WORDS and s.end in {"none", "comma"} and not s.label and not s.bullet
                and not _heading_mark(s) and SECTION_WORD_START.match(s.plain) is None)

    def addressee_at(k: int) -> bool:
        return k < len(body) and doc.role(body[k]) == "p" and FOOT_ADDRESSEE.match(doc.s(body[k]).plain) is not None \
            and _is_addressee(doc.s(body[k]))

    def prose(i: int) -> bool:
        return doc.s(i).words >= PROSE_MIN_WORDS and doc.role(i) == "p"

    opened = False  # a letter's top (greeting, addressee) above, not yet closed
    for k, i in enumerate(body):
        s = doc.s(i)
        opened = opened or doc.role(i) in {"salute", "addressee"}
        if k == 0 or s.words > ENOUGH_SAID_MAX_WORDS or doc.role(i) not in {"p", "head"}:
            continue  # (the longest closing formula: :func:`_closing_formula`)
        above = doc.s(body[k - 1])
        if not (doc.role(body[k - 1]) == "p" and above.end == "terminal" and above.words >= PROSE_MIN_WORDS // 2
                and _closing_formula(s)):
            continue
        block: list[int] = []
        while (k + 1 + len(block) < len(body) and len(block) <= INNER_SIGNED_MAX_LINES
               and doc.role(body[k + 1 + len(block)]) == "p" and short(body[k + 1 + len(block)])
               and not addressee_at(k + 1 + len(block)) and not addressee_at(k + 2 + len(block))):
            block.append(body[k + 1 + len(block)])
        after = k + 1 + len(block)
        if (not block or len(block) > INNER_SIGNED_MAX_LINES  # (more short lines: a list of names)
                or (len(block) < 2 and not opened and after < len(body) and prose(body[after]))):
            continue
        doc.set(i, "salute", "salute: a closing formula under a paragraph, over the signature, inside the text")
        opened = False
        for j in block:
            role = "dateline" if is_dateline(doc.out[j].text) else "signed"
            doc.set(j, role, f"{role}: a short line under a closing formula inside the text", cert="medium")
        if after + 1 < len(body) and short(body[after]) and addressee_at(after + 1):
            doc.set(body[after], "head", "head: a short line between a letter's signature and the next letter's "
                    "addressee", cert="medium")
    for k, i in enumerate(body):
        if k == 0 or doc.role(body[k - 1]) not in {"head", "signed", "title", "subtitle"} or not addressee_at(k):
            continue
        lines = [i]
        if k + 1 < len(body) and doc.role(body[k + 1]) == "p" and short(body[k + 1]):
            lines.append(body[k + 1])
        if where[lines[-1]] + 1 < len(body) and prose(body[where[lines[-1]] + 1]):
            for j in lines:
                doc.set(j, "addressee", "addressee: a line naming the addressee («جناب …») and the line under it, "
                        "after a heading or a signature, over a letter", cert="medium")
    for k, i in enumerate(body[:-1]):
        s, nxt = doc.s(i), doc.s(body[k + 1])
        if (doc.role(i) in {"p", "head", "subtitle"} and s.end == "none" and 0 < s.words <= ADDRESSEE_MAX_WORDS
                and (KICKER.match(s.plain) or ADDRESSED_OFFICE.match(s.plain)) and doc.role(body[k + 1]) == "p"
                and nxt.words >= PROSE_MIN_WORDS and LETTER_OPENING.match(nxt.plain)):
            doc.set(i, "addressee", "addressee: an office right over a paragraph opening as an official letter does "
                    "(«در جواب مراسله …», «عطف به …»)", cert="medium")
    _readers_addressed(doc, body)


VOCATIVE_LOOK = 5  # the first lines of a statement's body where it addresses its readers


def _readers_addressed(doc: Document, body: list[int]) -> None:
    """A statement's or message's vocative to its readers on a line of its own («مردم آزاده وطن!», «هموطنان»:
    :func:`_is_salute`, no sentence but its «!»; a greeting word is another rule's), among the first
    VOCATIVE_LOOK lines of ``body`` (under the title, a motto, a verse of the Quran) and right over a paragraph
    of prose: ``salute``, the first such line only (TEI P5 4.2.2: the ``salute`` of an ``opener``).

    Where seen: the Freedom Movement of Iran's proclamations of the 1340s (nehzateazadi.org: «هموطنان» under
    the title's two lines; 1 line right, none wrong on the collection, round 34)."""
    for k, i in enumerate(body[:VOCATIVE_LOOK]):
        s = doc.s(i)
        sentence = s.end == "terminal" and not s.plain.rstrip().endswith("!")
        if (doc.role(i) not in {"p", "head"} or k + 1 >= len(body) or sentence or not _is_salute(s)
                or GREETING_WORD.search(s.plain)):
            continue
        below, above = body[k + 1], body[k - 1] if k else None
        if above is not None and (doc.s(above).end in {"colon", "comma"} or runs_on(doc, above)):
            continue  # (a greeting spoken in a story, «… آهسته گفت:» / «دوستان عزیز!»)
        if doc.role(below) == "p" and doc.s(below).words >= PROSE_MIN_WORDS:
            doc.set(i, "salute", "salute: the readers addressed on a line of their own («مردم آزاده وطن!», «هموطنان») "
                    "among a statement's first lines, over its prose", cert="medium")
            return
