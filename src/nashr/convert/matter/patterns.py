"""The patterns and limits that more than one module of the matter reads: title and subtitle lengths,
section words and labels, invocations, kickers, bylines, the fields of a letter's head, the addressee's
words, the rule names two passes share. A pattern or limit read by one module only stays in that module.
TEI P5 ch. 4.2 (elements common to all divisions) and 11.6 (``fw``).
"""

from __future__ import annotations

import re

from nashr.convert.conventions import DIGIT
from nashr.convert.lazypattern import LazyPattern

# What a periodical's masthead says: its year and issue, price and subscription, periodicity,
# editor, address for letters.
MASTHEAD_MARK = LazyPattern(
    rf"(^|[(﴿\s])(سال|شماره|نمره)\s+({DIGIT}+|\S+م)\b|قیمت|اشتراک|آبونه|مدیر مسئول|صاحب امتیاز|سردبیر"
    r"|عنوان مراسلات|هفتگی|روزانه|هفته‌نامه|ماهنامه|دوهفته‌نامه")


# The first free line taken for the title is ``medium`` whatever its length (nashr.convert.certainty):
# its record once set 6 words or more apart (1 wrong of 41 on 295 texts, no @cert); with set 28 joined
# they are wrong on 9 of 89 (10 %: a site's label, a letter's addressee, a poem's first line), in the
# ``medium`` band like the shorter ones.
LONG_TITLE_MAX_WORDS = 32


SUBTITLE_MAX_WORDS = 12
# A title block is a few lines: under the title, at most this many short lines without final
# punctuation one after the other may be its subtitles (the collection's texts have four at most,
# with a date or a name among them, as many again in a PDF text layer); a longer run of them is
# the body (a song's lines, a contents page, a list).
TOP_SHORT_RUN_MAX = 8
SITE_LABEL_MAX_WORDS = 4
BREADCRUMB = re.compile(r"\S\s+[»›]\s+\S")


TRAIL_RULE = "fw: a site's breadcrumb trail («خانه / اشعار / …») below the page's first line, or from its home page"


# A tagline or slogan (ending in «!») directly under the title may be long.
TAGLINE_MAX_WORDS = 40
# An invocation opening a text («بسم الله الرحمن الرحیم», «به نام خدا», «به یاری خدای …»): a paragraph of
# its own.
INVOCATION = re.compile(r"^(بسم|بسمه|باسمه|به نام|بنام|به یاری|بیاری)\s")
INVOCATION_MAX_WORDS = 8


# The short invocations that head letters and notes: «یا حق», «یا علی», «هو», «هو الحق», «بسمه تعالی».
SHORT_INVOCATION = re.compile(r"^\s*(?:یا\s+\S+|هو(?:\s*ال\S+)?|بسمه\s+تعالی|باسمه\s+تعالی)\s*$")


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


# A caption left by a web page under a news title: short, and naming what the title or the
# first paragraph names (at least this many of the same content words).
CAPTION_MAX_WORDS = 20
CAPTION_SHARED_WORDS = 2


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


# An editor's credit, «به کوشش …», «به تصحیح …», «به اهتمام …» ("by the efforts of", "edited by"), as Persian
# books name who edited or compiled them (:data:`~nashr.convert.matter.title.EDITION_CREDIT` in a wiki subpage's
# header).
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
    r"|(?:تایپ|ارسال|نوشته|تهیه|ترجمه|منتشر)(?:[\s\u200c]?شده)?(?:\s+در)?\s+توسط|تایپ\s*:"
    # A post's poster as blogs and news sites label it: «توسط: نوشا», «ارسالی : قاسم باز» ("sent in by"); two labels
    # of one field parted by a slash, «نویسنده/ارسالی: …».
    r"|توسط\s*[:：]|ارسالی\s*[:：])(?=[\s:：/]|$)"  # (not «ترجمه‌ای»)
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


# An office opening a signature line: «معاون آموزش ابتدایی», «رئیس هیئت مدیره».
OFFICE_TITLE = LazyPattern(r"^(?:معاون|مدیر|مدیرکل|مدیر کل|رئیس|رییس|وزیر|دبیر|دبیرکل|سرپرست|فرماندار|استاندار"
                           r"|شهردار|سخنگوی|دادستان|فرمانده|مسئول)(?:\s|$)")


SIGNER_MAX_WORDS = 4


# Structure words that head a section with their number: «فصل دوم», «ماده ۱۲», «بخش ۳».
SECTION_WORD = re.compile(r"^(فصل|بخش|باب|ماده|مبحث|گفتار|قسمت|کتاب|دفتر|مقاله|پیوست|ضمیمه)\s+\S+"
                          rf"|^اصل\s+({DIGIT}+|[^\s]+م|اول|یکم)\s*[-–:]?$")
SECTION_WORD_START = LazyPattern(r"^(فصل|بخش|باب|ماده|مبحث|گفتار|قسمت|کتاب|دفتر|مقاله|پیوست|ضمیمه|اصل)\s")
SECTION_LABEL_MAX_WORDS = 3  # «فصل ۱», «بخش دوم», «باب سوم»
# The names of the usual parts of a text, standing alone: headings wherever they stand. The
# references' heading: the lines under it at the end of a text are notes. MediaWiki puts an edit
# link after every section heading; copied as text: «منابع[ویرایش]», and where the wiki has both editors, the
# visual one and the source's, the two links in one bracket: «شرح مجلس[ویرایش | ویرایش مبدأ]», «History[edit | edit
# source]» (fa.wikihussain.com; Wikipedia's own pages with the visual editor on).
# The notes' heading also as a book or a word processor names it, its ZWNJ typed as one, as a space or lost
# («پانوشت», «پی نوشت», «زیرنویس‌ها», «پاورقی», «یادداشتها»).
REFERENCE_NAMES = ("منابع|منبع|مآخذ|ماخذ|کتابنامه|کتاب‌نامه|پانویس‌ها|پانویسها|پانویس|پی‌نوشت‌ها|پی‌نوشتها|یادداشت‌ها"
                   "|پانوشت(?:[\u200c ]?ها)?|پی[\u200c ]?نوشت(?:[\u200c ]?ها)?|زیرنویس(?:[\u200c ]?ها)?"
                   "|پاورقی(?:[\u200c ]?ها)?|یادداشت[\u200c ]?ها")
WIKI_EDIT = r"\s*\[(?:ویرایش|ویرایش مبدأ|edit)(?:\s*\|\s*(?:ویرایش مبدأ|edit source))?\]"
PART_NAME = re.compile(r"^(فهرست مندرجات|فهرست مطالب|فهرست|مقدمه|پیشگفتار|پیش‌گفتار|دیباچه|سرآغاز|درآمد|خلاصه"
                       r"|چکیده|نتیجه‌گیری|نتیجه گیری|نتیجه|جستارهای وابسته|پیوند به بیرون|پیوندهای بیرونی"
                       rf"|جمع‌بندی|جمع بندی|سخن آخر|پیوست‌ها|{REFERENCE_NAMES})\s*:?({WIKI_EDIT})?$")


EDIT_LINK = re.compile(rf"^{WIKI_EDIT}$")  # the edit link on a line of its own, under its heading


# Section numbers (TEI P5 4.1.2: numbered divisions), in the three shapes the rules read:
# - a section's number alone, its title on the next line («۲.۱», «3.», «۴»; a PDF's layout);
SECTION_NUMBER_ALONE = LazyPattern(rf"^\s*{DIGIT}{{1,3}}(?:[.٫]{DIGIT}{{1,3}})*[.)\-]?\s*$")
# - the same alone with a final dot or two levels («3.», «۲.۱»), which a page's counter («83») has not;
SECTION_NUMBER_MARKED = LazyPattern(rf"^{DIGIT}+(?:\.{DIGIT}+)*\.$|^{DIGIT}+(?:\.{DIGIT}+)+$")
# - two levels or more at the start of a line («۱.۲», «2.1.3»; in a PDF text layer's visual order the final dot
#   may come first: «.۳.۱»), alone or before a short title.
SECTION_NUMBER = LazyPattern(rf"^\.?{DIGIT}{{1,2}}(?:\.{DIGIT}{{1,2}})+\.?(?!{DIGIT})")
# A whole line in square brackets: the editor's or archive's words, not the source's (an
# omission «[…]» is the source's gap: no words).
BRACKETED = re.compile(r"^\[(?P<inside>[^\[\]]+)\]$")


PAGE_HEAD_MAX_WORDS = 8


JUMP_RULE = "fw: a page's jump or skip links («پرش به ناوبری», «پرش به جستجو», «رفتن به محتوا»)"


# An image's text kept on its own line by a page's copy: «تصویر …» ("picture of …"), «تصویری از …»,
# «طرحی از …» ("a drawing of …"), «عکسی از …», with or without the bullet a list of images gives it
# (the alternative text, or the caption under it); or the image's format alone where the copy kept
# no text of it («JPEG»: a placeholder for the picture).
IMAGE_TEXT = LazyPattern(r"^[•·]?\s*(?:تصویر\s+[^\W\d_]|(?:تصویری|طرحی|عکسی|نقاشی‌ای|نقاشیای)\s+از\s"
                         r"|(?i:jpe?g|png|gif|webp|svg|bmp|tiff?)$)")


SESSION_RULE = "subtitle: a session, term or date line under the title"
"""A line of a parliament's session, term or date under the title (matter.top, matter.title). ``low``
by its transfer record since round 41 (nashr.convert.certainty.TRANSFER); the rules that take a line
a rule was unsure of (``low``) for the page's furniture (nashr.convert.boilerplate, nashr.convert.furniture)
leave it alone, as they did at ``medium``: a level moved by a record changes no role."""
COUNT_RULE = "fw: a web page's count under its title or date (its views, its record's number)"
"""A page's count near its title (:func:`nashr.convert.matter.top._page_count`); the lines under it go on with the
title block as if it were not there (:func:`nashr.convert.matter.subtitle._subtitle`)."""
LETTERLESS_RULE = ("fw: a line without a letter above the title or opening the page's foot (a rating, a count, "
                   "an archive's code, an emoji), and the foot's short lines under it")


# The separator between the parts of a web page's title: «اثر - نویسنده», «عنوان | سایت».
TITLE_PARTS = LazyPattern(r"\s+[-–—|]\s+")


# An official letter's first words after its addressee, as Persian manuals of administrative
# correspondence teach them («آیین نگارش نامه‌های اداری»: «عطف به نامه شماره …», «پیرو …»,
# «بازگشت به …», «در پاسخ …», «احتراماً …») and as the letters and circulars of the 1920s–1940s
# in the collection open («در جواب مراسله نمره …», «اطلاعاً ابلاغ می‌شود …»).
LETTER_OPENING = LazyPattern(r"^(?:عطف به|پیرو|بازگشت به|در (?:پاسخ|جواب)|احتراما|احتراماً|محترما|محترماً|اطلاعا"
                             r"|اطلاعاً|بدین[\s\u200c]?وسیله|به پیوست|خواهشمند است|مقتضی است)(?:\s|،|$)")
