"""The lines around a web page's or a periodical's text that no one site owns (round 15, «struct15»):
the prompts of comment, share and rating widgets, the count of a post's comments, a periodical's
masthead against a news site's menu of price pages. Texts written for these tests."""

from __future__ import annotations

from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

TITLE = "گزارشی از نمایشگاه کتاب تهران"
PROSE = ("نمایشگاه کتاب تهران امسال با حضور ناشران بسیاری از سراسر کشور برگزار شد و بازدیدکنندگان از "
         "روزهای نخست به سالن‌ها آمدند و کتاب‌های تازه را دیدند.")


def _roles(text: str) -> dict[int, str]:
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def test_widget_prompts_as_sentences_are_the_page_s_furniture() -> None:
    for prompt in ("این مطلب را با دوستانتان به اشتراک بگذارید :", "به این پست امتیاز بدهید",
                   "لطفاً نظر خود را بنویسید:", "هیچ نظری موجود نیست:"):
        roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{prompt}\n\n{PROSE}")
        assert roles[5] == "fw", prompt
        assert roles[3] == roles[7] == "p"


def test_a_post_s_count_of_comments_and_a_required_field_are_widgets() -> None:
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\n/ 0 نظر / 12 بازدید\n\nنظر شما : *\n\n{PROSE}")
    assert roles[5] == roles[7] == "fw"


def test_the_word_for_comment_in_a_sentence_is_the_text() -> None:
    # «نظر» after a number only in a count; a sentence asking to share is the text when it says more.
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\n۲ نظر داشتند.\n\n"
                   "از همه می‌خواهیم که این خبر خوب را با دوستان و همسایگان خود در شهرها به اشتراک بگذارید.")
    assert roles[5] == roles[7] == "p"


MENU = "\n".join(["مطالب مرتبط:", "5 + 1", "یارانه ها", "قیمت جهانی طلا", "قیمت روز طلا و ارز", "قیمت سکه",
                  "آب و هوا", "بازار کار"])


def test_a_news_site_s_menu_naming_prices_is_no_masthead() -> None:
    # One masthead word (price) five times over names no periodical's issue.
    roles = _roles(f"{MENU}\nسه شنبه، 9 آذر 1400\n\n{TITLE}\n\n{PROSE}")
    assert all(roles[n] != "masthead" for n in range(1, 10))


def test_a_masthead_of_year_issue_and_price_over_the_date_stays() -> None:
    masthead = "سال دوم\n\n(شماره ۳)\n\nهفتگی سیاسی\n\nقیمت اشتراک سالیانه\n\n"
    roles = _roles(f"{masthead}پنجشنبه ۲۰ جمادی‌الاول ۱۳۲۷\n\n{TITLE}\n\n{PROSE}")
    assert [roles[n] for n in (1, 3, 5, 7)] == ["masthead"] * 4


def test_a_periodical_named_by_its_kind_and_its_issue_over_an_article() -> None:
    # The paper's name by its kind, its year in words and the issue's number (an archive's fields in
    # brackets or not), the issue's date: the masthead; the article under it keeps its title.
    for head in ("[روزنامه:] اطلاعات\n\nسال بیست و نهم\n\n[شماره:] ۸۶۷۰",
                 "نشریه اینترنتی جنبش سوسیالیستی\n\nشماره: ۹۳\n\nشنبه ۱۶ اردیبهشت ۱۳۳۴"):
        roles = _roles(f"{head}\n\n{TITLE}\n\n{PROSE}")
        assert [roles[n] for n in (1, 3, 5)] == ["masthead"] * 3, head
        assert roles[7] == "title"


def test_a_paper_s_name_with_a_year_or_no_issue_under_it_is_no_masthead() -> None:
    # A wiki page's title naming a paper and its year; a title naming a kind of periodical with the
    # text right under it; a title naming a number under the paper's name is the article's title.
    roles = _roles("روزنامه وقایع اتفاقیه (۱۲۳۰ خورشیدی)\n\nنمرهٔ بیستم\n\n" + PROSE)
    assert roles[1] == "title"
    roles = _roles("مجله‌ای برای کودکان ایران\n\n" + PROSE)
    assert roles[1] == "title"
    roles = _roles("[روزنامه:] اطلاعات\n\nسال بیست و نهم\n\nاعلامیه شماره ۹۳ فرمانداری نظامی تهران\n\n" + PROSE)
    assert [roles[n] for n in (1, 3, 5)] == ["masthead", "masthead", "title"]


def test_a_sentence_naming_the_periodical_under_its_masthead_is_no_masthead() -> None:
    # A news headline under a journal's name and issue (its number before a comma and the season):
    # it names the journal again but is a sentence (a verb, a full stop or none), which no masthead
    # line is; the name and the issue stay the masthead.
    head = "مجله پژوهش‌های جغرافیایی\nشماره ۱۲، پاییز ۱۴۰۲\n\n"
    for headline in ("مجله پژوهش‌های جغرافیایی منتشر شد.", "مجله پژوهش‌های جغرافیایی منتشر شد"):
        lines = classify(f"{head}{headline}\n\n{PROSE}".split("\n"))
        assert [line.role for line in lines[:2]] == ["masthead", "masthead"], headline
        assert lines[3].role != "masthead", headline


def test_a_person_s_name_alone_under_the_title_is_its_byline() -> None:
    for name in ("پروانه بابایی", "فاطمه قاضیها", "عطار نیشابوری"):
        roles = _roles(f"{TITLE}\n\n{name}\n\n{PROSE}")
        assert roles[3] == "byline", name


def test_a_short_line_under_the_title_that_is_no_name_stays_a_subtitle() -> None:
    # «پیام» is a given name and the word "message": «پیام نوروزی» is a message, not a person.
    for line in ("پیام نوروزی", "نمونه هایی از دیگر اشعار او", "گلستان فکرم"):
        roles = _roles(f"{TITLE}\n\n{line}\n\n{PROSE}")
        assert roles[3] != "byline", line


def test_wikipedia_s_tagline_without_jump_links_is_the_site_s_line() -> None:
    for tagline in ("از ویکی‌پدیا، دانشنامهٔ آزاد", "از ویکیپدیای فارسی، دانشنامه آزاد"):
        roles = _roles(f"زبان کردی\n\n{tagline}\n\n{PROSE}")
        assert roles[1] == "title" and roles[3] == "fw", tagline


def test_a_round_bullet_alone_between_paragraphs_is_an_item() -> None:
    # A news digest: each headline with its bullet over its story; indented, as a wiki renders it.
    roles = _roles(f"{TITLE}\n\n  • همسر حسنی مبارک بازداشت شد\n\n{PROSE}\n\n  • گسترش اعتراضات در سوریه\n\n{PROSE}")
    assert roles[3] == roles[7] == "item"
    # The story between two headlines is the first item's own paragraph (``continuation``, as the hand-made
    # roles of the collection's digest, wikipedia-fa-vaghaye-konuni-2011-05-13, give it); the last one, with
    # no headline under it, is not known to belong to the list.
    assert (roles[5], roles[9]) == ("continuation", "p")


def test_a_dash_alone_between_paragraphs_is_no_item() -> None:
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\n- گفت که فردا می‌آید و کتاب‌ها را با خود می‌آورد.\n\n{PROSE}")
    assert roles[5] != "item"


def test_a_travel_diary_named_as_a_journal_over_its_first_day_is_no_masthead() -> None:
    roles = _roles("روزنامه سفر قم\n\nشنبه غره ربیع‌الاول\n" + PROSE)
    assert roles[1] == "title" and roles[3] == "dateline"


def test_a_diary_s_day_named_with_the_month_of_is_a_dateline() -> None:
    # «غره شهر رمضان», «چهاردهم شهر جمادی الثانی»: «شهر» ("the month of") between the day and the month
    # (Naser al-Din Shah's diaries: tabrizinfo-naseroddin-shah-…-ghorre-ramazan, iichs-naser-al-din-shah-…)
    for day in ("روز پنجشنبه غره شهر رمضان", "شب یکشنبه چهاردهم شهر جمادی الثانی"):
        roles = _roles(f"روزنامه سفر قم\n\n{day}\n" + PROSE)
        assert roles[3] == "dateline", day
    for folder, n in (("tabrizinfo-naseroddin-shah-safar-sevvom-farang-ghorre-ramazan", 17),
                      ("iichs-naser-al-din-shah-nowruz-1303q-wrapped", 19)):
        assert {line.n: line.role for line in nashr_roles(CORPUS / folder)}[n] == hand_roles(CORPUS / folder)[n]


def test_a_name_alone_over_the_first_paragraph_is_its_author_not_its_title() -> None:
    # A text with no title line: the author's name over the first paragraph; a paragraph opening
    # with the name is about the person (a wiki article's title).
    roles = _roles(f"صادق هدایت\n\n{PROSE}")
    assert roles[1] == "byline"
    roles = _roles("صادق هدایت\n\nصادق هدایت نویسنده و مترجم ایرانی بود که در تهران به دنیا آمد و در پاریس درگذشت.")
    assert roles[1] == "title"


GHAZAL = ("اگر تو فارغی از حال دوستان یارا\n\nفراغت از تو میسر نمی‌شود ما را\n\n"
          "تو را در آینه دیدن جمال طلعت خویش\n\nبیان کند که چه بودست ناشکیبا را")


def test_a_name_under_the_last_verse_above_the_page_s_foot_is_the_poet() -> None:
    roles = _roles(f"{GHAZAL}\n\nسعدی شیرازی\n\nنظرات (۰)")
    assert roles[9] == "byline"
    roles = _roles(f"{GHAZAL}\n\nسعدی شیرازی")  # (the end of the text)
    assert roles[9] == "byline"


def test_a_short_line_between_two_poems_is_no_poet() -> None:
    roles = _roles(f"{GHAZAL}\n\nغزل دوم\n\n{GHAZAL}")
    assert roles[9] != "byline"


def test_a_blog_platform_s_advertising_slot_over_the_post() -> None:
    # As Parsiblog («سفارش تبلیغ» over an advertiser's link) and Blogsky («تبلیغات») print it over
    # every post of the collection's blogs: the label and the link are furniture; the title is the post's.
    for label in ("سفارش تبلیغ", "تبلیغات"):
        roles = _roles(f"{label}\n\nصبا ویژن\n\n{TITLE}\n\n{PROSE}")
        assert [roles[n] for n in (1, 3, 5, 7)] == ["fw", "fw", "title", "p"], label


def test_advertising_in_the_text_is_the_text() -> None:
    # The word in a heading under the title is no slot: only among a page's first lines, alone.
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\nتبلیغات\n\n{PROSE}")
    assert roles[9] != "fw"
