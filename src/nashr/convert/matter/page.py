"""Page furniture (:func:`page_furniture`), each line set ``fw`` by the rule that found it: running
heads and page numbers of PDF text layers and printed pages (not a series of headings counted from
one, nor a song's refrain), a wiki page's header, tagline and redirect notice, a site's clock,
widgets, item record, counters and rights lines, a press release's mark, image texts. The site's
trails, menus, tags and banners are :mod:`~nashr.convert.matter.site`'s. TEI P5 11.6 (``fw``).
"""

from __future__ import annotations

import re
from collections import Counter

from nashr.convert.conventions import ANY_DIGIT, DIGIT, DIGITS, Shape, words
from nashr.convert.document import (
    Document,
    is_dateline,
)
from nashr.convert.forms import FILL_IN, SIGNATURE_MARK
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.markdown import IMAGE_RULE
from nashr.convert.matter.patterns import (
    BRACKETED,
    CAPTION_MAX_WORDS,
    IMAGE_TEXT,
    MASTHEAD_MARK,
    PAGE_HEAD_MAX_WORDS,
    SECTION_LABEL_MAX_WORDS,
    SECTION_WORD,
    SECTION_WORD_START,
    SITE_LABEL_MAX_WORDS,
    TRAIL_RULE,
)
from nashr.convert.matter.shapes import _content_words
from nashr.convert.matter.site import (
    HOME_LINK,
    TRAIL_SEPARATOR,
    WIKI_TAGLINE_RULE,
    _ad_slot,
    _latin_banner,
    _law_fields,
    _tag_line,
    _translation_notices,
    _wiki_jump,
    breadcrumb_trail,
)
from nashr.convert.pages import (
    BLANK_PAGE,
    CONTENTS_ENTRY_RULE,
    PAGE_NUMBER,
    TABLE_CELL_RULE,
    contents_page,
    contents_roles,
    footnotes,
    page_numbers,
    pages,
    printed_margins,
    running_lines,
    table_cells,
    trailing_numbers,
)
from nashr.convert.scripts import ARABIC_LETTER
from nashr.convert.verse import rhymes

# A site's menu copied as one line: the home page's link (:data:`~nashr.convert.matter.site.HOME_LINK`'s words) and the
# other links after it, with spaces or glued («صفحه اصلیقوانیننشانی مراجع قضایی…»: a law firm's site of set 13),
# among the first HOME_MENU_LINES lines, at least HOME_MENU_MIN_WORDS words and no digit (a breadcrumb
# trail, :func:`~nashr.convert.matter.site.breadcrumb_trail`, has its own rule).
HOME_MENU = re.compile(r"^(?:صفحه[\s\u200c]?(?:ی\s)?(?:اصلی|نخست)|خانه)[\s|]*[^\W\d_]")
HOME_MENU_LINES = 8
HOME_MENU_MIN_WORDS = 6  # (a caption naming the home page is shorter, and dated: «صفحهٔ اصلی ویکی‌پدیا در ۲۰۱۵»)
HOME_MENU_MIN_PIPES = 2  # or its links parted by «|», however few («صفحه اصلي| پشتو | English |», meshran.website)


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
                r"|Home|HOME"  # (the home page's link in English on a Persian page: idinco.ir's)
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
                # A news or state site's lists of its latest and most read items, the same labels over its
                # notices and news («آخرین اطلاعیه ها», «تازه ترین ها», «پر بیننده ترین ها», «تازه ترین اخبار»;
                # round 49, under LOPO: 13 lines right more on 4 publishers, none wrong more).
                r"|(?:آخرین|تازه[\s\u200c]?ترین)\s(?:اطلاعیه|خبر|اخبار|مقالات)(?:[\s\u200c]?ها)?"
                r"|(?:تازه|پر[\s\u200c]?بیننده|پر[\s\u200c]?بازدید)[\s\u200c]?ترین[\s\u200c]?ها"
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


WIDGET_ONE = rf"(?:{NUMBER}\s+)*(?:{WIDGET_WORDS})(?:[\s:：()]+{NUMBER})*"  # («« قبلی ۱ ۲ ۳ بعدی »»)
# (A form's field keeps its colon and the star of a required field: «نظر شما : *».)
WIDGET = LazyPattern(rf"^[\s«»<>|:：\-–—()/]*{WIDGET_ONE}(?:[\s«»<>|/•·\-–—()]+{WIDGET_ONE})*[\s«»<>|:：*\-–—().…]*$")


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


NOTE_MIN_WORDS = 3
FIELD_NUMBER = re.compile(rf"^\[[^\]]{{1,20}}:?\]\s*{DIGIT}[{DIGIT[1:-1]}/\-]*$")


RUNNING_HEAD_MIN_REPEATS = 3
# A page's number and its running head, wherever the copy shows the page (a PDF's form feed, a printed
# page transcribed line by line, numbers in a sequence): one rule each, whatever told the page apart.
PAGE_NUMBER_RULE = ("fw: a line of only a page number («صفحه ۱», «– ۱۶ –», one of several lone numbers, or one "
                    "opening a printed page)")
PAGE_NUMBER_CERT = "medium"
""":data:`PAGE_NUMBER_RULE`'s level, judged by its record: its transfer record, round 41: 3 wrong of 29; with
page_furniture's lone numbers, round 42: 14 wrong of 77 on 14 sites; once set 39 joined, round 43: 32 of 95 on 15,
tu.edu.af's table of staff flattened one cell a line, its counts taken for page numbers, ``low``; once set 48 joined,
round 52: 37 of 150, its subtitles' cue numbers right, ``medium``; once set 49 joined, round 53: 158 of 274 on 20 sets,
two wiki election schedules flattened one cell a line, their days taken for page numbers, ``low``; once lone numbers
standing together are read as a table's cells (:func:`nashr.convert.pages.table_cells`), round 54: 15 of 141 on 18
sites left out, ``medium``."""
RUNNING_HEAD_RULE = ("fw: a running head: a short line without final punctuation beside a page's number or "
                     "opening a page (under its number, or repeating an earlier heading)")
RUNNING_HEAD_CERT = "medium"
""":data:`RUNNING_HEAD_RULE`'s level, judged by its record: once set 48 joined, round 52, 1 wrong of 14 on 4 sets,
``medium``; once set 49 joined, round 53, 18 of 48 on 12 sets (the election schedules' cells beside their day
numbers), ``low``; once those cells are a table's, round 54: 4 of 34 on 6 sites left out, ``medium``."""
RUNNING_HEAD_MAX_WORDS = 12


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
        # (its record once set 49 joined, round 53: 4 wrong of 10 on 3 sets, a slide deck's heading said again on the
        # next slide taken for a running head, ``low``)
        doc.set(i, "fw", "fw: a line at the head or foot of a page that stands there on another page too, numbers "
                "aside (a running head or foot)", cert="low")
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
                # (an entry's record, once set 46 joined, round 50: 50 wrong of 90 on 2 sites left one out, low: the
                # prose column beside a PowerPoint-made contents column, its lines read as entries)
                doc.set(i, role, rule, cert="low" if rule == CONTENTS_ENTRY_RULE else None,
                        list_start=role == "item" and first)
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
        # (its record once set 49 joined, round 53: 0 wrong of 16 on 7 sets, ``none``)
        doc.set(status, "note", "note: a wiki page's proofreading status under the page's name")
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
    doc.set(first, "fw", PAGE_NUMBER_RULE, cert=PAGE_NUMBER_CERT)
    s = doc.s(head)
    if (doc.role(first) == "fw" and abs(head - first) == 1 and s.words <= PAGE_HEAD_MAX_WORDS and s.end == "none"
            and doc.role(head) == "p" and (doc.blank_after(head) or head < first)):
        doc.set(head, "fw", RUNNING_HEAD_RULE, cert=RUNNING_HEAD_CERT)
        # Only the number and its running head together say the page was taken from inside a book
        # (a number alone may be a poem's or a statement's, its title below it).
        doc.printed_page = doc.role(head) == "fw"


# The tagline of Wikipedia's pages («از ویکی‌پدیا، دانشنامهٔ آزاد», MediaWiki's message tagline on
# fa.wikipedia.org; a mirror's «از ویکیپدیای فارسی، دانشنامه آزاد»), kept by a copy with or without
# the jump links: the site's line wherever it stands (sets 10 and 12: Wikipedia and a mirror of it).
ENCYCLOPEDIA_TAGLINE = re.compile(r"^از\s+ویکی[\s\u200c]?پدیا(?:ی\s+فارسی)?\s*[،,]\s*دانشنامه\s+آزاد$")


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
# A site's welcome among the page's first lines: «خوش آمدید» alone, or after «به» and the site named as one
# («به سایت …», «به وب سایت رسمی …», «به وبلاگ …»; a phone number may follow): its header, not the text's
# title. A text's own welcome names what it welcomes to without such a word («به `Free-Programming-Books`
# خوش آمدید!»: a salute). Seen on a legal group's site, a literary site, a fiction site and a blog (sets 13,
# 27, 28, 33).
SITE_WELCOME = LazyPattern(rf"^(?:به\s+(?:وب[\s\u200c]?سا[یي]ت|سا[یي]ت|وبلاگ|پا[یي]گاه|وب[\s\u200c]?گاه)\s.{{1,60}}?)?"
                           rf"خوش[\s\u200c]?[آا]مد[یي]د(?:\s+{DIGIT}+)?[\s!.]*$")
SITE_WELCOME_RULE = "fw: a site's welcome among the page's first lines («به سایت … خوش آمدید», «خوش آمدید»)"


# A caption may end in the year of the picture with its era's abbreviation: «…، ۱۷۵۰ م.».
DATED_CAPTION_END = LazyPattern(rf"{DIGIT}\s*(?:م|ق|ش|ه\.?\s?ق|ه\.?\s?ش)\.$")


# A picture in Markdown's image syntax alone on its line («![alt](source)», CommonMark 0.31 §6.4) in a text the
# Markdown reader does not take (OpenITI's mARkdown, whose page images stand between the transcribed pages): a note,
# by the rule that makes it one in a Markdown document (nashr.convert.markdown.IMAGE_RULE). The collection: note on
# all 4 publishers that have one alone on its line; said on every page, the repeat rule took it for a running head
# (round 44).
MARKDOWN_IMAGE = LazyPattern(r"^!\[[^\]]*\]\([^()\s]+\)$")
# A picture's credit or alternative text in Latin script, copied where the picture stood: a social network's
# automatic description («Image may contain: 1 person, sitting …», «May be an image of text»), a maker's credit
# («Cartoon by : …», «Photo by …»), an agency's or photographer's credit after «©» with no year («(© Shutterstock.com)»,
# «© Sputnik / Maksim Blinov», a caption ending in one) and Wikimedia Commons' attribution («…, Public domain, via
# Wikimedia Commons»). A copyright notice has its year («© 1996 – 2009 …», «Iran Emrooz©1998-2025»: a page's foot).
# The collection: note on all 5 sites that have one (7 lines), fw on none (round 48).
IMAGE_CREDIT = LazyPattern(r"^(?:Image may contain\b|May be an image\b|(?:Cartoon|Photo|Photograph|Illustration)\s+by\b"
                           r"|\(?©\s*[^\W\d_][^\d]*$|[^\d©]*\(©\s*[^\W\d_][^\d()]*\)$"
                           r"|[^\d]*,\s*via Wikimedia Commons$)")


IMAGE_CREDIT_RULE = ("note: a picture's credit or alternative text in Latin script («Image may contain: …», «(© "
                     "Shutterstock.com)», «…, via Wikimedia Commons»)")


def _image_texts(doc: Document, content: list[int]) -> None:
    """An image's text on its own line (:data:`~nashr.convert.matter.patterns.IMAGE_TEXT`, at most CAPTION_MAX_WORDS
    words, no final punctuation but after the picture's year, :data:`DATED_CAPTION_END`) is a note, as the
    collection's captions are, whatever else its place would make it (a running head when the page
    repeats it, an item under its bullet).

    Measured on the collection: 5 lines right more on 2 publishers (a Masnavi page's photo of a
    mosque, a letter's page showing the writer's portrait three times), none wrong more; with the
    format alone, 1 more on a third (af.ambafrance.org's «JPEG» between a communiqué and its
    publication line, set 21; the closing matter passes over it); with «تصویری از …», «طرحی از …»
    and a caption's year, 2 more on 2 more (a picture's caption in Wikipedia and in a proxy's copy
    of it, round 26). A picture's credit or alternative text in Latin script (:data:`IMAGE_CREDIT`, at most
    CAPTION_MAX_WORDS words) is one too, before the copyright rule and the page's foot take it for furniture:
    under LOPO 7 lines right more on 5 sites, none wrong more (round 48)."""
    for i in content:
        s = doc.s(i)
        if doc.role(i) == "p" and MARKDOWN_IMAGE.match(doc.out[i].text.strip()):
            doc.set(i, "note", IMAGE_RULE)
        elif doc.role(i) == "p" and (s.end == "none" or DATED_CAPTION_END.search(s.plain)) \
                and 0 < s.words <= CAPTION_MAX_WORDS and IMAGE_TEXT.match(doc.out[i].text.strip()):
            doc.set(i, "note", "note: an image's text on its own line («تصویر …»: the picture it names)",
                    cert="medium")
        elif doc.role(i) == "p" and 0 < len(doc.out[i].text.split()) <= CAPTION_MAX_WORDS \
                and IMAGE_CREDIT.match(doc.out[i].text.strip()):
            doc.set(i, "note", IMAGE_CREDIT_RULE, cert="medium")


def page_furniture(doc: Document) -> None:
    """Page numbers and running heads: lone numbers in a sequence, short lines repeated on
    every page; in a PDF text layer also footnotes and contents pages."""
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    glosses = _pdf_pages(doc, content) if doc.conv.pdf or doc.conv.paged else set()
    numbers = [(i, m) for i in content
               if doc.role(i) == "p" and (m := PAGE_NUMBER.match(doc.s(i).plain)) and i not in glosses]
    cells = table_cells(doc, content, {i for i, m in numbers if not m["word"]})
    for i, m in numbers:
        if i in cells:
            continue
        if m["word"] or len(numbers) >= 2 or FRAMED_NUMBER.match(doc.s(i).plain):
            doc.set(i, "fw", PAGE_NUMBER_RULE, cert=PAGE_NUMBER_CERT)
    for i in sorted(cells):
        if doc.role(i) == "p":
            doc.set(i, "item", TABLE_CELL_RULE)
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
            # (its record, once set 46 joined, round 50: 6 wrong of 41 on 5 sites left one out, medium: Word- and
            # PowerPoint-made PDFs' page numbers, running feet and footnotes run on, read as the notes' lines; once
            # set 48 joined, round 52: 25 of 68 on 5 sets, a browser-printed deck's Latin title block and bullets, low)
            doc.set(i, "note", "note: a footnote of a PDF page (a number, a gloss in Latin script, a note number "
                    "glued to its text, a web address, and the lines after it to the page's foot)", cert="low")
        elif doc.role(i) != "p":
            continue
        elif (_page_top(doc, i) and s.words <= PAGE_HEAD_MAX_WORDS
              and (s.end == "none" or s.plain.endswith(("؟", "?", "!"))) and _running_head(s, seen)):
            doc.set(i, "fw", RUNNING_HEAD_RULE, cert=RUNNING_HEAD_CERT)
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
        elif i in top and s.words <= RUNNING_HEAD_MAX_WORDS and SITE_WELCOME.match(s.plain):
            doc.set(i, "fw", SITE_WELCOME_RULE, cert="medium")
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
                doc.set(j, "fw", RUNNING_HEAD_RULE, cert=RUNNING_HEAD_CERT)
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
    refrain = set() if paged else _refrain_couplets(places) | _rhymed_refrains(doc, content, places)
    for i, key in short.items():
        at = places[key]
        title = (not paged and position[i] == at[0] and i in top and doc.s(i).words > SECTION_LABEL_MAX_WORDS
                 and said[doc.s(i).plain] >= RUNNING_HEAD_MIN_REPEATS)
        # A sentence said again, ended by its stop or question mark, is the text's own on a page without pages (a
        # dialogue's «گفتند: اگر نبود؟» after each answer; the collection's short lines said twice or more that end
        # a sentence: title 15 on 8 publishers, l 10 on 3, p 4, note 2, fw 4 on one, a site's notice run on).
        sentence = not paged and doc.s(i).end == "terminal"
        # The page's first line, of two Persian words or more (:func:`_worded`), said again word for word among its
        # first lines (TOP_LABEL_LINES) is the title said again over the text on a page without pages (the page's
        # heading, then the text's own), however short: a title of three words is no part's label («چرند و پرند»);
        # a form's one word said over each poem («قطعه», «غزلیات») and headings alike but for their numbers
        # («غزل 1», «غزل 2» …) are no title said again. Round 53, under leave-one-publisher-out: 4 lines right more
        # on 4 sites (title by hand: namakstan.net, persianv.com, help.molisy.ir, idinco.ir), none wrong more; the
        # later repeats stay the running head's («دوبيتي هاي بابا طاهر» over each quatrain).
        opening = (not paged and i in top and doc.s(i).plain == doc.s(content[0]).plain and _worded(doc.s(i).plain)
                   and said[doc.s(i).plain] >= RUNNING_HEAD_MIN_REPEATS)
        if (len(at) < RUNNING_HEAD_MIN_REPEATS or at[-1] - at[0] < len(at) or title or sentence or opening
                or key in refrain):
            continue
        if not paged and _counted_from_one([doc.s(content[k]).plain for k in at]):
            doc.set(i, "head", NUMBERED_HEADS_RULE, cert="medium")
        elif _worded(doc.s(i).plain):
            # (its record, nashr.convert.certainty, with set 29: 18 wrong of 59 over 9 sets: low; with set 30
            # and numbered headings left out, 18 wrong of 81: medium; with a channel's handle its own rule,
            # 18 wrong of 60: low; round 44, apart from the lines of few words: WORDED_REPEAT_RULE's comment)
            doc.set(i, "fw", WORDED_REPEAT_RULE.format(times=len(at)), cert="low")
        else:
            # (its transfer record: 6 wrong of 47 on 8 sites, medium; round 45, with set 41's Shahnameh table and its
            # 37 cell borders «|» on anvari.org, 6 wrong of 84 on 9 sites: none; round 46, a move to a surer level
            # only as far as the record without its largest site allows, nashr.convert.certainty.earned_level: 3
            # wrong of 51 on 7 sites, 3 of the 22 off anvari.org's 29: medium again)
            doc.set(i, "fw", BARE_REPEAT_RULE.format(times=len(at)), cert="medium")


# A line said three times or more on a page without pages is a running head or the page's furniture when it is
# bare: a separator («|» between a table's hemistichs, rasekhoon.net, arshiat.parsiblog.com), a link's label
# («بیشتر» under each news item, ba.edu.af, baghlan.edu.af), a notice in Latin script (law.acku.edu.af). With two
# Persian words or more it is as often the text's own line said again (round 44, the collection: 35 of 52 such
# lines not fw by hand, on 11 publishers: the page's title said again over the text, title, 6 publishers; a
# heading over each quatrain, head; a picture's caption repeating the title, note; a refrain, l; a question
# said in turn in a dialogue, p), right on 17 (6 publishers: a book's title in its reader's frame, a related
# post's author, a poem page's ornamented title): kept ``fw`` as the likeliest single role, marked ``low`` by
# a rule of its own so that the editor meets it; the bare lines are wrong on 6 of 31 (a stage direction
# «بلافاصله» said before each speech, a Latin verse's «And»).
WORDED_REPEAT_RULE = ("fw: a short line repeated {times} times, two Persian words or more (a running head; or "
                      "the text's title, heading, caption or refrain said again)")
BARE_REPEAT_RULE = ("fw: a short line repeated {times} times, at most one Persian word (a separator, a link's "
                    "label, a running head in Latin script)")
REPEAT_WORDS_MIN = 2


def _worded(plain: str) -> bool:
    """``plain`` holds at least REPEAT_WORDS_MIN words in Arabic script
    (:data:`~nashr.convert.scripts.ARABIC_LETTER`)."""
    return sum(1 for w in words(plain) if ARABIC_LETTER.search(w)) >= REPEAT_WORDS_MIN


NUMBERED_HEADS_RULE = ("head: one of a series of short lines alike but for their number, counting from one, on a "
                       "page without pages («شمارهٔ ۱» … «شمارهٔ ۴»)")


def _counted_from_one(texts: list[str]) -> bool:
    """Each of ``texts`` holds one number, and the numbers count 1, 2, 3 … in order: a series of
    headings, not a page's running head (a book's pages are numbered from further on). (``int`` reads
    the Persian and Arabic-Indic digits of :data:`DIGITS` as it reads ASCII ones.)"""
    numbers = [DIGITS.findall(text) for text in texts]
    return all(len(found) == 1 and int(found[0]) == k for k, found in enumerate(numbers, start=1))


REFRAIN_MIN_RHYMES = 2


def _rhymed_refrains(doc: Document, content: list[int], places: dict[str, list[int]]) -> set[str]:
    """The repeated lines that rhyme (:func:`~nashr.convert.verse.rhymes`) with the line right above or below them
    at REFRAIN_MIN_RHYMES of their places or more (positions among the ``content`` lines): a poem's refrain coming
    back into its rhyme (Nima's «تو را من چشم در راهم» after «… فراهم», «… نمی کاهم»), not a running head. Measured
    in round 44 on the 83 lines the repeat rule took: the 2 lines of the refrain rhyme beside them, none of the
    other 81 (42 of them furniture by hand on 10 publishers: separators, link labels, ornamented or Latin lines, a
    book's title in its reader's frame) does."""
    found = set()
    for key, ats in places.items():
        if len(ats) < RUNNING_HEAD_MIN_REPEATS:
            continue
        text = doc.s(content[ats[0]]).plain
        beside = sum(1 for at in ats if any(0 <= k < len(content) and rhymes(text, doc.s(content[k]).plain)
                                            for k in (at - 1, at + 1)))
        if beside >= REFRAIN_MIN_RHYMES:
            found.add(key)
    return found


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
