"""The top of web pages: a wiki's navigation, a news page's date field, a journal's landing page
(issue 12, round 15). Texts written for these tests, and pages of the collection (tests/data/corpus/): since round
47 the short line under the author's line and a page's count near the title."""

from __future__ import annotations

import pytest

from conftest import DATA
from nashr.convert.matter.dateline import STAMP_RULE
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import roles_at

WIKI_HEAD = "میرزا تقی خان\n\nاز ویکی‌تاریخ\nپرش به ناوبری پرش به جستجو\n"
PROSE = "او در سال ۱۱۸۶ در هزاوه به دنیا آمد و پدرش آشپز قائم مقام فراهانی بود و در خانه او درس خواند."


def _roles(text: str) -> dict[int, str]:
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def test_a_line_ending_in_a_colon_under_the_jump_links_stops_the_navigation() -> None:
    # No boundary the page shows (its name again, two blank lines, a heading over prose) before a
    # line that ends in punctuation: the short line over it is not taken for a navigation link.
    roles = _roles(WIKI_HEAD + "صدراعظم ایران در دوره ناصرالدین شاه\nزندگی او را چنین نوشته‌اند:\n\n" + PROSE)
    assert roles[3] == roles[4] == "fw"
    assert roles[5] != "fw"


def test_navigation_longer_than_a_wiki_prints_is_not_taken() -> None:
    # Ten short lines between the jump links and the page's name: more than WIKI_NAV_MAX_LINES.
    places = "تبریز اصفهان شیراز کرمان یزد کاشان قزوین همدان رشت مشهد".split()
    links = "".join(f"سفر به {place}\n\n" for place in places)
    roles = _roles(WIKI_HEAD + links + "میرزا تقی خان\n\n" + PROSE)
    assert all(roles[n] != "fw" for n in range(5, 24, 2))


def test_the_page_name_said_three_times_is_no_running_head() -> None:
    name = "مذاکرات انجمن شهر ۱۲ مهر ۱۳۰۵ نشست ۸"
    text = f"{name}\n\nاز ویکی‌تاریخ\nپرش به: گشتن، جستجو\nانجمن شهر دوره دوم\n\n{name}\n\n{name}\n\n{PROSE}"
    roles = _roles(text)
    assert roles[1] == roles[7] == roles[9] == "title"
    assert roles[5] == "fw"


NEWS_BODY = ("بازدید وزیر از بندر شهید رجایی\n\n"
             "وزیر راه و شهرسازی صبح امروز از بخش‌های مختلف بندر شهید رجایی بازدید کرد و با کارکنان آن گفتگو کرد.\n\n"
             "به گزارش خبرنگار ما، وزیر در این بازدید از پیشرفت طرح توسعه اسکله‌ها خبر داد و گفت که کار تا پایان سال "
             "به پایان می‌رسد.")


def test_a_news_page_s_date_field_with_its_section_run_on_is_its_dateline() -> None:
    # (The shape of the Mehr news agency's pages of set 11; the agency here made up.)
    for field in (" date 2025-08-09   1. اقتصاد کلان", "تاریخ: ۱۴۰۴/۰۵/۱۸ ۲. بازار سرمایه"):
        roles = _roles(field + "\n" + NEWS_BODY)
        assert (roles[1], roles[2], roles[4], roles[6]) == ("dateline", "title", "p", "p"), field


def test_a_date_before_a_headline_of_many_words_is_no_date_field() -> None:
    roles = _roles("2025-08-09 وزیر راه و شهرسازی از بندر شهید رجایی در جنوب کشور بازدید کرد\n\n" + NEWS_BODY)
    assert roles[1] != "dateline"


# A journal article's landing page printed by a browser and read by pdftotext (written for this
# test, round 15; the journal and the article made up, in the shape of set 11's ajcoop page):
# the print header (the time, the page's title), the page's own heading of 14 words in one line
# of the page's width, the article-type field, the authors' label and the numbered affiliations,
# the abstract's label and its text wrapped by the page, the print footer (page, address).
JOURNAL_TITLE = "اثر آموزش ترویجی بر بهره‌وری آب در مزارع گندم و جو در شهرستان نیشابور و حومه"
JOURNAL_PAGE = (
    f"12/3/26, 10:15 AM\n\n{JOURNAL_TITLE}\n\n{JOURNAL_TITLE}\n"
    "نوع مقاله : مقاله پژوهشی\n"
    "نویسندگان\n"
    "۱ دانشیار گروه اقتصاد کشاورزی، دانشکده کشاورزی، دانشگاه فردوسی مشهد، مشهد، ایران.\n"
    "۲ دانشجوی کارشناسی ارشد اقتصاد کشاورزی، دانشکده کشاورزی، دانشگاه فردوسی مشهد، مشهد، ایران.\n"
    "چکیده\n"
    "زمینه و هدف: کمبود آب مهم‌ترین مانع تولید گندم در شرق کشور است و آموزش ترویجی می‌تواند بهره‌وری آن را\n"
    "بالا ببرد. هدف این تحقیق سنجش اثر آموزش ترویجی بر بهره‌وری آب در مزارع گندم بود.\n\n"
    "1/1\n\nfile:///tmp/journal.html\n\n\f")


def test_a_journal_article_s_page_printed_by_a_browser() -> None:
    # The article-type field is the head's kicker, a subtitle (the collection's convention of round 48).
    roles = _roles(JOURNAL_PAGE)
    assert [roles[n] for n in (1, 3, 5, 6, 7, 8, 9, 10, 11)] == [
        "fw", "fw", "title", "subtitle", "byline", "byline", "byline", "head", "p"]


JOURNAL_HEAD = ("نوع مقاله : مقاله پژوهشی\n\nنویسنده\n\n"
                "دانشیار گروه اقتصاد کشاورزی، دانشکده کشاورزی، دانشگاه فردوسی مشهد، مشهد، ایران\n\nچکیده\n\n"
                "کمبود آب مهم‌ترین مانع تولید گندم در شرق کشور است و آموزش ترویجی می‌تواند بهره‌وری آن را بالا ببرد.")


def test_a_journal_article_s_head_whose_title_the_copy_lost() -> None:
    # (The shape of jonsat.nstri.ir's pages in set 44: the type field first; a single author's affiliation
    # without a number.) «چکیده» under the head heads the abstract, no title.
    roles = _roles(JOURNAL_HEAD)
    assert [roles[n] for n in (1, 3, 5, 7, 9)] == ["subtitle", "byline", "byline", "head", "p"]


def test_a_journal_article_s_head_under_a_title_ending_in_a_full_stop() -> None:
    # The top stops at a first line ending in a full stop (jndttech.ir's page of set 44): the head under it is read
    # all the same.
    roles = _roles("بازرسی عیب ترک در مواد مرکب تقویت شده با الیاف کربن به روش حرارت‌نگاری.\n\n" + JOURNAL_HEAD)
    assert [roles[n] for n in (3, 5, 7, 9)] == ["subtitle", "byline", "byline", "head"]


def test_an_affiliation_wrapped_by_the_page_goes_on_in_the_next_line() -> None:
    page = ("نوع مقاله : مقاله پژوهشی\nنویسندگان\n"
            "1 پژوهشکده چرخه سوخت هسته‌ای، پژوهشگاه علوم و فنون هسته‌ای، سازمان انرژی\n"
            "اتمی ایران، تهران- ایران\n2 سازمان انرژی اتمی ایران، تهران- ایران\nچکیده\n"
            "کمبود آب مهم‌ترین مانع تولید گندم در شرق کشور است و آموزش ترویجی می‌تواند بهره‌وری آن را بالا ببرد.")
    roles = _roles(page)
    assert [roles[n] for n in range(1, 7)] == ["subtitle", "byline", "byline", "p+", "byline", "head"]


@pytest.mark.parametrize("poster", ["Anonymous (not verified)", "Sayed Zaher Mo…", "Mpoya"])
@pytest.mark.parametrize("stamp", ["پنجشنبه ۱۴۰۰/۵/۷ - ۱۵:۳۸", "Thu, Oct 08 2020 12:57 PM"])
def test_a_poster_s_name_in_latin_letters_between_the_title_and_the_post_s_stamp(poster: str, stamp: str) -> None:
    # (The shape of four Afghan state bodies' pages: ara, dab, herat-m and mopw.gov.af.)
    roles = _roles(f"اعلامیه مطبوعاتی وزارت فواید عامه به مناسبت روز بیرق ملی\n\n{poster}\n{stamp}\n\n"
                   + PROSE)
    assert (roles[1], roles[3], roles[4]) == ("title", "byline", "dateline")


def test_a_latin_line_between_the_title_and_a_paragraph_is_no_poster() -> None:
    roles = _roles("اعلامیه مطبوعاتی وزارت فواید عامه به مناسبت روز بیرق ملی\n\nMpoya\n\n" + PROSE)
    assert roles[3] != "byline"


def test_the_page_title_of_the_print_header_wrapped_by_the_page_is_the_title_on_both_lines() -> None:
    first, rest = JOURNAL_TITLE.split(" در مزارع ")
    page = JOURNAL_PAGE.replace(f"{JOURNAL_TITLE}\nنوع", f"{first}\nدر مزارع {rest}\nنوع")
    roles = _roles(page)
    assert (roles[3], roles[5], roles[6]) == ("fw", "title", "title")


# A blog's post (written for this test, round 15; the blog made up, in the shape of the Qajarieh
# blog's posts of set 11): the sidebar's labels, a pull quote cut out of the letter with
# suspension points at its head, the headline, the text.
BLOG_POST = (
    "آخرین مطالب\nلینک های روزانه\n"
    "..... و اگر این خدمت را به انجام نرسانم از خاکپای مبارک شرمنده خواهم بود و روی بازگشت نخواهم داشت.....\n"
    "نامه امیر نظام به ولیعهد در باب سپاه آذربایجان\n\n"
    "قربان خاکپای مبارکت گردم، عریضه‌ای که در باب سپاه آذربایجان فرموده بودید رسید و فدوی در انجام آن "
    "کوتاهی نکرده است و سپاه را به نظم درآورده است.")


def test_a_blog_s_sidebar_labels_and_pull_quote_over_the_headline() -> None:
    roles = _roles(BLOG_POST)
    assert [roles[n] for n in (1, 2, 3, 4)] == ["fw", "fw", "quote", "title"]


def test_a_site_s_lists_of_its_latest_and_most_read_items_over_the_headline_are_furniture() -> None:
    # The labels of a news or state site's lists (cg-afg.com's «آخرین اطلاعیه ها», farhangiran.com's «تازه ترین ها»
    # and «پر بیننده ترین ها», moic.gov.af's «تازه ترین اخبار»), as the page keeps them over the item's headline.
    for label in ("آخرین اطلاعیه ها", "تازه ترین ها", "پر بیننده ترین ها", "تازه ترین اخبار"):
        roles = _roles(f"{label}\n\nنکات قابل توجه برای متقاضیان پاسپورت الکترونیکی\n\n{PROSE}")
        assert (roles[1], roles[3]) == ("fw", "title"), label


def test_suspension_points_opening_the_text_under_no_headline_are_no_pull_quote() -> None:
    # The next line is the text's own sentence, longer than the first: no headline under it.
    text = ("..... و اگر این خدمت را به انجام نرسانم شرمنده خواهم بود.\n\n"
            "قربان خاکپای مبارکت گردم، عریضه‌ای که در باب سپاه آذربایجان فرموده بودید رسید و فدوی در انجام آن "
            "کوتاهی نکرده است.")
    assert _roles(text)[1] != "quote"


def test_a_theme_s_skip_links_over_the_title_are_furniture() -> None:
    # A WordPress theme's skip links, as the collection's hastaanonline.ir pages keep them, and a
    # Wikipedia mirror's «پرش به محتوا» (MediaWiki's jumptocontent): the page's first line, not its title.
    for links in ("رفتن به محتوا رفتن به فوتر", "پرش به محتوا"):
        roles = _roles(f"{links}\n\nمیرزا تقی خان امیرکبیر\n\n{PROSE}\n\n{PROSE}")
        assert roles[1] == "fw"
        assert roles[3] == "title"



def test_a_date_among_the_page_s_links_is_its_dateline() -> None:
    # A forum's post date under its archive notice, a State Department page's date over the text: jusText's
    # link density takes them for links' traces (digits, Latin), but a date alone is the page's date.
    lines = classify(read_source(DATA / "corpus" / "pnuclub-forum-torkamanchay-dibache-cp1256" / "source.txt").lines)
    # (round 43: «02-11-2012, 05:37 PM» is a date with its clock time, which the post's stamp rule takes first)
    assert (lines[3].role, lines[3].rule) == ("dateline", STAMP_RULE)
    # (round 34: under the statement's issuer, a byline now, the top's own rules read the State Department's date)
    lines = classify(read_source(DATA / "corpus" / "state-gov-fa-blinken-mahsa-amini-video-2023-09-15-bom"
                                 / "source.txt").lines)
    assert lines[13].role == "dateline"


def test_a_post_s_date_in_latin_script_over_a_persian_text_is_its_dateline() -> None:
    # Blogger stamps a post in its locale (do-lc.blogspot.com, sokhandel.blogspot.com in English,
    # farsikulturstube.blogspot.com in German): the date, not a banner, and the title under it stays.
    for stamp in ("Wednesday, July 13, 2016", "Dienstag, 17. Juli 2012", "December 26, 2012"):
        roles = _roles(f"{stamp}\n\nنامه آخوندزاده به مستشارالدوله\n\n{PROSE}")
        assert (roles[1], roles[3]) == ("dateline", "title")


def test_a_university_s_english_date_under_the_news_title_is_its_dateline() -> None:
    # Afghan universities' sites stamp a news item under its title with the month's English abbreviation
    # («03 Jul, 2019»): sreu.edu.af (set 38) and kpu.edu.af (set 37) had it a session line (subtitle).
    for folder in ("sreu-edu-af-eftetah-klasterhaye-nesab-1398", "kpu-edu-af-molaqat-raees-ba-sefarat-amrika-1397"):
        lines = classify(read_source(DATA / "corpus" / folder / "source.txt").lines)
        assert [line.role for line in lines[:3]] == ["title", "blank", "dateline"]


def test_a_month_s_abbreviation_inside_a_longer_latin_word_is_no_dateline() -> None:
    roles = _roles(f"03 Julian, 2019\n\nنامه آخوندزاده به مستشارالدوله\n\n{PROSE}")
    assert roles[1] != "dateline"


def test_a_latin_line_naming_a_month_in_a_sentence_is_no_dateline() -> None:
    roles = _roles(f"Published by the archive in July 2016 for readers\n\nنامه آخوندزاده به مستشارالدوله\n\n{PROSE}")
    assert roles[1] == "fw"


def test_an_afghan_release_s_date_under_its_title_is_its_dateline() -> None:
    # kabul.gov.af: the title said twice, then the date alone, its month named by the sign («جدی»,
    # «ثور»: words of their own out of a date), over the release's text.
    for date in ("۹ جدی ۱۳۹۶", "30-ثور-1399"):
        lines = classify(["والی کابل با والی اسبق کابل در دفتر کار شان دیدار و ملاقات نمود.", "", date, PROSE])
        assert [line.role for line in lines][2] == "dateline"


def test_a_sign_s_name_without_a_day_is_no_date() -> None:
    lines = classify(["والی کابل با والی اسبق کابل در دفتر کار شان دیدار و ملاقات نمود.", "", "کار جدی ۱۳۹۶", PROSE])
    assert [line.role for line in lines][2] != "dateline"


@pytest.mark.parametrize(("folder", "line", "role"), [
    ("irannewspaper-borideh-jarideh-honarestan-honarpisheh-1318", 6, "head"),  # over the reprinted item's prose
    ("rasekhoon-forum-tazkerat-ol-owliya-ebrahim-adham-crlf", 3, "head"),  # «ذكر ابراهيم ادهم …» over Attar's prose
    ("shahintofighi-persianblog-parvin-mast-o-hoshyar", 9, "head"),  # «مست وهشیار» over the poem
    ("alhassanain-musavi-esfahani-safar-makke-1315q-utf16", 4, "fw"),  # «گروه: سایر کتابها» over the book's title
    ("shernoosh-naser-khosrow-safarnameh-7-qazvin", 5, "fw"),  # «آثار ناصرخسرو قبادیانی» over the author again
    ("rta-af-delawar-afghanha-moqim-kharej", 5, "fw"),  # «وروستی خبرونه», the latest news, over the headline
    ("oceanoflights-abdul-baha-makateeb-05-032", 4, "fw"),  # «اصلی فارسی», the text's language, over its invocation
])
def test_a_short_line_under_the_author_s_line_is_no_subtitle(folder: str, line: int, role: str) -> None:
    # Under the byline a short line heads the text's first part when prose or verse follows it, else
    # it is the site's label: under LOPO none of the 15 such lines the subtitle rule took was a subtitle.
    assert roles_at(folder, line) == (role, role)


@pytest.mark.parametrize(("folder", "line", "role"), [
    ("dawatmedia24-sokhanrani-daoud-khan-herat-1354-utf16", 3, "fw"),  # «0 2,129», the views, under the title
    ("infosufi-rumi-ghazal-hal-e-ma-bi-an-mah-hemistich-blank-lines", 3, "fw"),  # «۱,۰۸۲»
    ("sherepaak-attar-mosibatname-majnun-padeshah-site-page", 5, "fw"),  # «(ثبت: 186498)»
    ("yazdfarda-vahshi-bafqi-gele-yar-delazar-print-page", 2, "fw"),  # «شناسه : 78269»
    ("moi-gov-af-radio-polis-1400-cp1256", 5, "fw"),  # «756» under «org_admin» and the date
    ("saripul-gov-af-didar-vali-ba-mardom-balkhab-1401", 5, "fw"),  # «123»
    ("rouz-behan-hedayat-letter-to-shahid-noorai-11-1325", 4, "head"),  # «11» right under the title: the letter's
    ("dawatmedia24-sokhanrani-daoud-khan-herat-1354-utf16", 7, "title"),  # the title said again under the count
])
def test_a_page_s_count_near_the_title_is_its_furniture(folder: str, line: int, role: str) -> None:
    # A number of five digits or more, or grouped in thousands, with one word at most beside it, or a number
    # alone under the date line: the page's views or record, not a session line or a part's number.
    assert roles_at(folder, line) == (role, role)
