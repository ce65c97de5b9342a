"""The headline under a site's name (issue 12, round 38, helper «struct61»): a web page copied whole opens with the
site's or blog's name — and its tagline, a section label — over the text's own headline; the top rules took the name
for the title and the headline for a subtitle. The texts are the collection's (tests/data/corpus), named at each test;
the rule is :func:`nashr.convert.matter.labels.headline_under_site_name`."""

from __future__ import annotations

from test_structure_corpus import hand_and_found


def test_a_blog_name_said_four_times_over_the_post_title_is_the_sites() -> None:
    # aqajani-blogsky-qabusnameh-piri-javani-cp1256 (set 28): «ادبيات، نقد ادبي», the blog's category, four times
    # over the post's title «قابوسنامه- متن کلاسي»; the post says «قابوسنامه» again, the category's words never.
    hand, found = hand_and_found("aqajani-blogsky-qabusnameh-piri-javani-cp1256")
    assert [found[n].role for n in (1, 3, 5, 7, 9)] == [hand[n] for n in (1, 3, 5, 7, 9)] == ["fw"] * 4 + ["title"]


def test_a_blog_name_and_tagline_over_the_post_title_are_the_sites() -> None:
    # mguitar-persianblog-qabusnameh-pand-dad-deh (set 33): the blog's name «سکوت سنگین» and its tagline (a sentence
    # without its stop, whose words the post does not say) over the post's title «پند قابوس نامه».
    hand, found = hand_and_found("mguitar-persianblog-qabusnameh-pand-dad-deh")
    assert [found[n].role for n in (1, 3, 5)] == [hand[n] for n in (1, 3, 5)] == ["fw", "fw", "title"]


def test_a_search_label_and_the_post_date_over_a_letter_title() -> None:
    # razaqmamoon-nameh-amanullah-be-qasem-afghan-1928 (set 28): «جستجوی این وبلاگ», the post's date, then the title
    # of the letter «نامه شاه امان الله به استاد قاسم افغان», whose words the letter says again («قاسم جان! …»).
    hand, found = hand_and_found("razaqmamoon-nameh-amanullah-be-qasem-afghan-1928")
    assert [found[n].role for n in (3, 5, 7)] == [hand[n] for n in (3, 5, 7)] == ["fw", "dateline", "title"]


def test_a_gallery_label_over_a_press_invitation() -> None:
    # iec-org-af-davatnameh-jender-taqvim-1398 (set 30): the election commission's page, its gallery link «تصاویر»
    # over the release's title «دعوتنامۀ مطبوعاتی».
    hand, found = hand_and_found("iec-org-af-davatnameh-jender-taqvim-1398")
    assert [found[n].role for n in (3, 5)] == [hand[n] for n in (3, 5)] == ["fw", "title"]


def test_a_title_the_page_says_again_under_the_headline_stays_the_title() -> None:
    # tarikhirani-mosaddegh-military-court-session-4-1332 (set 3): «گناهم این است که تسلیم خارجیها نشدم», the page's
    # title, is said again under the series line «دفاعیات دکتر مصدق …»: the page's own title, no site's name.
    hand, found = hand_and_found("tarikhirani-mosaddegh-military-court-session-4-1332")
    assert found[1].role == hand[1] == "title"


def test_a_poets_name_over_the_poem_is_no_sites_name() -> None:
    # nimayooshij-qoqnus-1316 (set 4): «نیما یوشیج» over «ققنوس»: the poet's name (a byline), not the site's.
    hand, found = hand_and_found("nimayooshij-qoqnus-1316")
    assert found[1].role == hand[1] == "byline"


def test_a_site_archive_label_and_tagline_over_the_post_title_are_the_sites() -> None:
    # arq-jahangushay-jolus-qaan-cp1256 (set 24, round 39): the history blog's archive label of eight words
    # «بايگاني ماهانه ارگ ايران همراه تعداد نوشته ها» and its tagline «هفت نوشته تازه ارگ ايران» over the post's title
    # «بررسي تاريخ جهانگشاي جويني 3», whose words the post says again, the label's never.
    hand, found = hand_and_found("arq-jahangushay-jolus-qaan-cp1256")
    assert [found[n].role for n in (3, 5, 7)] == [hand[n] for n in (3, 5, 7)] == ["fw", "fw", "title"]


def test_a_blogs_notice_without_its_stop_over_the_date_and_the_title_is_the_sites() -> None:
    # g-hunar-blogspot-siavash-radio-ashna-interview-utf16 (set 29, round 39): the blog's terms of reuse «استفاده از
    # محتویات این وبگاه با ذکر منبع مجاز است» (ten words, one of them said again below) over the post's date and its
    # title, most of whose words the interview says again.
    hand, found = hand_and_found("g-hunar-blogspot-siavash-radio-ashna-interview-utf16")
    assert [found[n].role for n in (1, 3, 5)] == [hand[n] for n in (1, 3, 5)] == ["fw", "dateline", "title"]


def test_a_long_title_over_a_part_heading_stays_the_title() -> None:
    # rahapress-af-qanun-asasi-1343-fasl-1-wrapped (set 25): the article's title «قانون اساسی دوره ظاهر شاه که قرار
    # است توسط طالبان تطبیق شود» over «فصل اول», the constitution's first chapter: a part's heading, no headline.
    hand, found = hand_and_found("rahapress-af-qanun-asasi-1343-fasl-1-wrapped")
    assert [found[n].role for n in (3, 5)] == [hand[n] for n in (3, 5)] == ["title", "head"]


def test_a_collection_named_with_its_author_over_the_story_is_no_sites_line() -> None:
    # wikisource-fa-hedayat-dash-akol: Wikisource's header «سه قطره خون (۱۳۳۳ خورشیدی) از صادق هدایت», the book
    # and its author over the story's name «داش آکل»: the book's line, a subtitle, not the site's.
    hand, found = hand_and_found("wikisource-fa-hedayat-dash-akol")
    assert found[1].role == hand[1] == "subtitle"


def test_a_blogs_motto_over_the_post_date_and_its_title_is_the_sites() -> None:
    # The Blogger layout (round 50, «struct91»): the blog's name or motto, the post's date, the post's title, the post.
    # enkaar-blogspot-qanun-nomre-yekom-1307-wrapped (set 41): the motto «ابلها مردا من عدوی تو نیستم؛ من انکار تو ام»
    # over «۱۳۸۹ اردیبهشت ۲۲, چهارشنبه» and the post's title «متجاوز از صدسال پیش»; the post says none of the motto's
    # words. gilehmards-blogspot-nameh-ghazali-be-soltan-sanjar (set 38): the followers' widget «دنبال کننده ها» over
    # the date and «نامه غزالی به سلطان سنجر».
    hand, found = hand_and_found("enkaar-blogspot-qanun-nomre-yekom-1307-wrapped")
    assert [found[n].role for n in (1, 3, 5)] == [hand[n] for n in (1, 3, 5)] == ["fw", "dateline", "title"]
    hand, found = hand_and_found("gilehmards-blogspot-nameh-ghazali-be-soltan-sanjar")
    assert [found[n].role for n in (1, 3, 5)] == [hand[n] for n in (1, 3, 5)] == ["fw", "dateline", "title"]


def test_a_letters_title_over_its_date_and_sender_stays_the_title() -> None:
    # melliun-mosaddegh-letter-to-shepherd-1330 (set 1): «نامه دکتر محمد مصدق به سفیر کبیر انگلیس» over the letter's
    # date and «از نخست وزیر»: the letter says every word of it again, and its sender's line is no title.
    # foroozandeh-qanun-maaref-1290-chromium-pdftotext (set 8): «قانون معارف», a document's kind, over its approval
    # date and the Majlis's approval note stays the title.
    hand, found = hand_and_found("melliun-mosaddegh-letter-to-shepherd-1330")
    assert found[1].role == hand[1] == "title"
    hand, found = hand_and_found("foroozandeh-qanun-maaref-1290-chromium-pdftotext")
    assert found[5].role == hand[5] == "title"
