"""A web page's furniture as a block at the edges of its text (issue 12;
:mod:`nashr.convert.furniture`): pages of the collection with their roles by hand, and lines written
for these tests."""

from __future__ import annotations

from nashr.convert.furniture import (
    BLOCK_RULE,
    EDGE_FIELD_RULE,
    FIELD_RULE,
    LATIN_EDGE_RULE,
    LONE_MARK_RULE,
    NUMBERS_ALONE_RULE,
    RULE_LINE_RULE,
)
from nashr.convert.markdown import IMAGE_RULE
from nashr.convert.matter.page import SITE_WELCOME_RULE, TODAY_RULE
from nashr.convert.search import SEARCH_RULE
from nashr.convert.structure import classify
from test_boilerplate import PROSE
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


def _roles(name: str) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    folder = CORPUS / name
    return {line.n: (line.role, line.rule) for line in nashr_roles(folder)}, hand_roles(folder)


def test_a_forum_post_s_widget_of_labels_and_values_is_furniture() -> None:
    # «کاربر اخراجی» / «عضویت» / «2017/09/15» / «ارسالی ها» / «3,192» / «امتیاز واکنش» / «2,835» / «امتیاز» / «546»:
    # the counters are links' traces already; the labels between them go with them
    found, hand = _roles("negahdll-forum-naser-khosrow-safarnameh-arafat-site-page")
    for n in (5, 6, 7, 8, 10, 12):
        assert found[n] == ("fw", BLOCK_RULE) and hand[n] == "fw"
    assert found[14][0] == "p" == hand[14]  # the post's text under the widget


def test_a_text_size_switch_is_furniture_and_the_heading_over_the_text_is_not() -> None:
    found, hand = _roles("wakilmodafe-qanun-sherkat-sahami-zerai-1352")
    for n in (7, 8, 9):  # «تنظیمات متن :», «رنگ پشت متن», «سایز متن», then the size «21»
        assert found[n] == ("fw", BLOCK_RULE) and hand[n] == "fw"
    assert found[11][0] != "fw" and hand[11] == "title"  # the law's name, next to its text


def test_a_sentence_among_the_top_s_labels_does_not_open_the_body() -> None:
    # the library's note «این کتاب … تصحیح و مقابله شده است.» (line 8) stands alone among the labels;
    # the body opens where two blocks of text follow each other (line 36), so its search box is furniture
    found, hand = _roles("alhassanain-musavi-esfahani-safar-makke-1315q-utf16")
    for n in (14, 28):  # «توضیحات:», «اندازه اندازه اندازه»
        assert found[n] == ("fw", BLOCK_RULE) and hand[n] == "fw"
    assert found[17] == ("fw", SEARCH_RULE) and hand[17] == "fw"  # «جستجو درون كتاب», beside the furniture
    assert found[38][0] == "p" == hand[38]


def test_lines_next_to_the_body_stay_the_text_s() -> None:
    # the source and the author under the last story, with the post's counters below them
    found, hand = _roles("hr-a-persianblog-asrar-al-towhid-asrar-e-haq-cp1256")
    assert found[25][0] == "fw" == hand[25]
    assert found[21][0] != "fw" and found[23][0] != "fw" and hand[21] == hand[23] == "byline"


def test_a_line_in_latin_script_outside_a_persian_body_is_furniture() -> None:
    # a document viewer's widgets over the transcript («7 download», «DESCRIPTION», «TRANSCRIPT»), a search
    # button over a ghazal, a blog theme's credit under the anecdotes; the text's own lines stay paragraphs
    for name, lines in (("vdocuments-pub-hedayat-taranehaye-khayyam-pdf-layer", (17, 19, 23)),
                        ("afghan-german-bidel-ghazal-yasmin-bahar-tatweel", (5, 18, 19)),
                        ("baraniam1365-blogsky-latayef-al-tawayef-zarif-bakhil", (78,))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", LATIN_EDGE_RULE) and hand[n] == "fw"
    found, hand = _roles("baraniam1365-blogsky-latayef-al-tawayef-zarif-bakhil")
    assert found[27][0] == "p" == hand[27]  # «خواجه گفت: چه کسی و چه هنری داری؟», in the body


def test_latin_lines_under_a_body_in_latin_script_are_the_text_s() -> None:
    english = "The committee met on Monday and agreed on the new rules for the archive."
    lines = [english, "", english, "", "Read the report", "", "Contact us"]
    assert all(line.rule != LATIN_EDGE_RULE for line in classify(lines))


def test_furniture_must_stand_between_the_line_and_the_body() -> None:
    def roles(lines: list[str]) -> list[str]:
        return [line.role for line in classify(lines) if line.role != "blank"]

    foot = ["Exact matches only", "", "سایز متن", "", "Search in content"]  # links' traces around a label
    assert roles([PROSE, "", PROSE, "", *foot]) == ["p", "p", "fw", "fw", "fw"]
    assert roles([PROSE, "", PROSE, "", *foot[2:]]) == ["p", "p", "p", "fw"]  # next to the body: left alone
    assert roles([PROSE, "", PROSE, "", "سایز متن"]) == ["p", "p", "p"]  # no furniture: nothing changes


def test_a_site_s_link_to_its_hafez_divination_page_is_furniture() -> None:
    # «فال حافظ» in the menu over the poem or the post, on three sites (a Hafez site's, a fal section's, a blog's)
    for name, n in (("seyedrezabazyar-hafez-ghazal-120-utf16", 3),
                    ("kavoshgar-hafez-ghazal-88-shenideam-sokhani-khosh", 3),
                    ("hagheghat-persianblog-asrar-al-towhid-amir-moqameran", 3)):
        found, hand = _roles(name)
        assert found[n][0] == "fw" == hand[n], name
    found, hand = _roles("seyedrezabazyar-hafez-ghazal-120-utf16")
    assert found[1][0] == "title" == hand[1]  # «غزل شماره 120» over it


def test_wordpress_s_related_posts_and_comment_form_in_persian_are_the_page_s_foot() -> None:
    # zibashahr (set 26) under Nima's poem: «ممکن است شما دوست داشته باشید» (related posts), «ارسال یک پاسخ»,
    # «آدرس ایمیل شما منتشر نخواهد شد.» (the comment form); abolghasemkarimi's «شاید دوست داشته باشید: …» and
    # mohandesina's «نشانی ایمیل شما منتشر نخواهد شد.» are the same strings in other translations.
    found, hand = _roles("zibashahr-nima-ay-adamha")
    assert [found[n][0] for n in (34, 36, 38)] == [hand[n] for n in (34, 36, 38)] == ["fw"] * 3
    for name, n in (("abolghasemkarimi-golestan-darvish-mostajab-al-dawa", 10),
                    ("mohandesina-foroughi-yaddasht-1298-08-19", 16)):
        found, hand = _roles(name)
        assert found[n][0] == hand[n] == "fw", name


def test_a_comment_form_s_call_untranslated_or_in_persian_opens_the_page_s_foot() -> None:
    # Blogger's «No comments:» / «Post a Comment» under Nima's poem (foroughs.blogspot.com), WordPress's Persian
    # «پاسخی بگذارید» under a letter (mehdiganjavi.com), «نظر خودتان را ارسال کنید» under quatrains (asemooni.com)
    for name, numbers in (("foroughs-blogspot-nima-chashm-dar-raham-utf16-crlf", (22, 24)),
                          ("mehdiganjavi-nameh-naser-al-dowleh-be-edward-browne-1888", (6,)),
                          ("asemooni-khayyam-robaiyat-haft-robai", (62,))):
        found, hand = _roles(name)
        assert [found[n][0] for n in numbers] == [hand[n] for n in numbers] == ["fw"] * len(numbers), name
    found, hand = _roles("foroughs-blogspot-nima-chashm-dar-raham-utf16-crlf")
    assert found[20][0] == hand[20] == "dateline"  # the poem's date above the foot stays the poem's


def test_a_field_s_label_with_only_a_short_label_under_it_is_furniture() -> None:
    # nateghe.ir's comment box under the ghazal: «درباره نویسنده:» over «پیام بگذارید»; a document site's «Category:»
    # over «Documents» (vdocuments.pub); a login form's «Исм:» / «Рамз:» (termcom.tj)
    for name, lines in (("nateghe-bidel-ghazal-1293", (49, 51)), ("vdocuments-pub-hedayat-taranehaye-khayyam-pdf-layer",
                                                                  (12, 14)),
                        ("termcom-tj-masnavi-daftar3-berun-raftan-khalq-utf16", (17, 18))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", FIELD_RULE) and hand[n] == "fw"


def test_a_heading_ending_in_a_colon_over_its_section_is_no_field() -> None:
    found = {line.n: line.role for line in classify([PROSE, "", "وزن:", "", "فاعلاتن مفاعلن فعلن", "", "نتایج:", "",
                                                     "1. " + PROSE])}
    assert found[3] != "fw" and found[7] != "fw"
    found = {line.n: line.role for line in classify([PROSE, "", "جهت معلومات مزید :", "", "http://www.diplomatie.gouv.fr/",
                                                     "", PROSE])}
    assert found[3] != "fw"  # (a link the text gives under its label)


def test_a_page_s_field_of_a_label_and_its_value_outside_the_body_is_furniture() -> None:
    # a poetry site's category over the ghazal, a ministry's news number under the item, a library's subject and
    # edition between the book's record lines, a poetry bank's counter under the verses
    for name, lines in (("4s3-qaani-ghazal-har-ja-hekayat-arabic-yk", (3,)),
                        ("hpc-org-af-badakhshan-rabbani-khabarnameh-1390", (14,)),
                        ("rafed-mirdamad-nameh-be-etemad-al-dowleh-abolhasan", (13, 15)),
                        ("siminsagh-moshaere-harf-alef", (39,))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", EDGE_FIELD_RULE) and hand[n] == "fw", (name, n)


def test_a_saying_a_turn_or_a_field_inside_the_body_is_no_page_s_field() -> None:
    found = {line.n: (line.role, line.rule) for line in classify(
        ["هر جا حکایت", "", PROSE, "", "شماره : ۲۱", "", PROSE, "", "گفت: دراين رباط فرو ميآيم", "",
         "پرسش: (بدون میکروفن)", "", "تعداد ابیات منتشر شده : 466260"])}
    assert found[13] == ("fw", EDGE_FIELD_RULE)  # under the body
    assert all(found[n][1] != EDGE_FIELD_RULE for n in (5, 9, 11))  # in the body; a saying and a turn under it
    assert found[9][0] == found[11][0] == "p"


def test_headings_alike_but_for_their_numbers_on_a_page_without_pages_are_no_running_head() -> None:
    # kherad.cc's «شمارهٔ ۱» … «شمارهٔ ۴» over Mas'ud-e Sa'd's pieces: each number said once, on a web page
    # (no page numbers there); a running head is said word for word («@bagh_saeb» under each post)
    found, hand = _roles("kherad-masoud-saad-qataat-1-4")
    for n in (5, 22, 31, 44):
        assert found[n][0] == hand[n] == "head"
    found, hand = _roles("xn--r1a-website-bagh-saeb-bidel-eid")
    for n in (17, 32, 41):
        assert found[n][0] == hand[n] == "fw"


def test_a_repeated_line_of_words_is_a_doubtful_running_head_and_a_bare_one_a_likely_one() -> None:
    # namakstan.net's «دوبيتي هاي بابا طاهر» over each quatrain (a heading said again, head by hand) keeps fw but
    # ``low``, by its own rule; rasekhoon.net's «|» between a table's hemistichs and ba.edu.af's «بیشتر» under each
    # news item (fw by hand) are ``medium``
    found, hand = _roles("namakstan-baba-taher-dobeyti-ha-cp1256")
    lines = {line.n: line for line in nashr_roles(CORPUS / "namakstan-baba-taher-dobeyti-ha-cp1256")}
    for n in (18, 28, 38):
        assert found[n][0] == "fw" and found[n][1].startswith("fw: a short line repeated") and hand[n] == "head"
        assert "two Persian words or more" in found[n][1] and lines[n].cert == "low"
    for name, n in (("rasekhoon-manuchehri-qasida-az-buy-e-badi-pipe-table-cp1256", 4),
                    ("ba-edu-af-safhe-asli-moarrefi-pohantun", 9)):
        line = {line.n: line for line in nashr_roles(CORPUS / name)}[n]
        assert line.role == hand_roles(CORPUS / name)[n] == "fw" and "at most one Persian word" in line.rule, name
        assert line.cert == "medium", name


def test_the_page_s_first_line_said_again_among_its_first_lines_is_the_title_not_a_running_head() -> None:
    # the page's heading, then the text's own title under it, then the same words over each piece or as a caption
    # further on: the first ones are the title (by hand on four sites); the later ones stay the running head's, at
    # ``low`` (by hand a heading, a caption or the title again: the editor meets them)
    for name, n, later in (("namakstan-baba-taher-dobeyti-ha-cp1256", 2, 18),
                           ("persianv-manuchehri-mosammat-paeez-glued-excerpt", 5, 30),
                           ("help-molisy-shahname-rostam-sohrab-ad-lines", 4, 17),
                           ("idinco-mehreparsi-dehkhoda-charand-parand-wrapped", 1, 14)):
        found, hand = _roles(name)
        assert found[n][0] == hand[n] == "title", (name, n)
        assert found[later][1].startswith("fw: a short line repeated") and "two Persian words" in found[later][1]


def test_a_refrain_a_sentence_and_a_picture_said_again_are_no_running_head() -> None:
    # Nima's «تو را من چشم در راهم» comes back into the rhyme (after «… فراهم», before «… نمی کاهم»): l; Attar's
    # «گفتند: اگر نبود؟» after each answer ends a sentence: p; OpenITI's page image
    # «![image filename](./0984ShahTahmasp.Tadhkira_0006.png)» between the pages: a note, by the Markdown rule
    for name, ns, role in (("foroughs-blogspot-nima-chashm-dar-raham-utf16-crlf", (10, 16), "l"),
                           ("khayyamnameh-attar-tazkera-bayazid-marg-e-mofaja-utf16", (12, 20, 24), "p"),
                           ("openiti-perbarzakh-tazkere-shah-tahmasp-aghaz-ocr", (13, 38, 65), "note")):
        found, hand = _roles(name)
        for n in ns:
            assert found[n][0] == hand[n] == role, (name, n)
    assert found[38][1] == IMAGE_RULE
    # the question's mark tells it: without it the line said three times between paragraphs is a running head
    for question, role in (("گفتند: اگر نبود؟", "p"), ("گفتند: اگر نبود", "fw")):
        lines = ["مرد راه و مرگ مفاجا", "", PROSE, "", question, "", PROSE, "", question, "", PROSE, "", question, "",
                 PROSE, "", PROSE]
        assert [line.role for line in classify(lines) if line.text == question] == [role] * 3


def test_today_s_date_in_a_site_s_header_is_its_clock_not_the_text_s_date() -> None:
    # «امروز دو شنبه 5 حمل 1398» over a parliament's statement, «امروز : 3 مرداد 1403» over a ghazal
    pages = (("meshran-website-nashest-omumi-1397-01-12-cp1256", 8), ("shaer-ir-hatef-suy-e-khod-khan-ghazal-1", 3))
    for name, n in pages:
        found, hand = _roles(name)
        assert found[n] == ("fw", TODAY_RULE) and hand[n] == "fw"

    def roles(lines: list[str]) -> list[str]:
        return [line.role for line in classify(lines) if line.role != "blank"]

    title = "بیانیه مجلس در پیوند به رویدادهای اخیر"
    assert roles([title, "", "امروز : 3 مرداد 1403", "", PROSE]) == ["title", "fw", "p"]
    assert roles([title, "", "3 مرداد 1403", "", PROSE]) == ["title", "dateline", "p"]  # the text's own date


def test_a_blog_platform_s_count_of_listed_posts_is_furniture() -> None:
    # blog.ir over a topic's and a keyword's list of posts: «۲۰۹ مطلب با موضوع «ریشۀ واژه» ثبت شده است»,
    # «۱ مطلب با کلمهی کلیدی «ترجمه فارسی است» ثبت شده است»; the posts under it stay the text
    for name, n in (("ashkbous-blog-ir-rishe-vazhe-page-8-wrapped", 11),
                    ("ashkbous-blog-ir-tag-tarjome-farsi-ast-wrapped", 11)):
        found, hand = _roles(name)
        assert found[n][0] == hand[n] == "fw", name
        assert found[n + 2][0] == hand[n + 2] == "p", name
    assert classify(["۱۲ مطلب در فروردین ۱۴۰۲ ثبت شده است"])[0].role == "fw"
    assert classify(["در این کتاب ۱۲ مطلب با دقت ثبت شده است."])[0].role != "fw"  # a sentence of the text


def test_a_channel_s_handle_and_a_post_s_vote_counts_are_furniture() -> None:
    # a Telegram mirror's post signed «@Azarbijan_sarab» twice; blog.ir's «۰ نظر موافقین ۰ مخالفین ۰» under each post
    for name, numbers in (("tgchannels-azarbijan-sarab-farman-mohammadshah-sheikholeslam", (9, 13)),
                          ("ashkbous-blog-ir-rishe-vazhe-page-11-wrapped", (17, 27))):
        found, hand = _roles(name)
        assert [found[n][0] for n in numbers] == [hand[n] for n in numbers] == ["fw", "fw"], name
    assert classify(["@bagh_saeb"])[0].role == "fw"
    assert classify(["موافقین طرح"])[0].role != "fw"  # the word without its count


def test_a_pager_s_links_without_their_ye_are_furniture() -> None:
    # historydocuments.org: «صفحه قبل برو به صفحه» over the document and again with «صفحه بعد» under it
    found, hand = _roles("historydocuments-shora-jashn-nameh-dabirestan-andisheh-1346-bom")
    assert [found[n][0] for n in (1, 27, 28)] == [hand[n] for n in (1, 27, 28)] == ["fw"] * 3
    assert classify(["صفحه بعد از ظهر"])[0].role != "fw"  # more words than the link's


def test_a_rule_drawn_with_a_typed_character_is_furniture_and_an_ornament_is_not() -> None:
    # a ministry's «------» / «_________» under its poster's account, a blog's «-----» between a ta'zieh's scenes,
    # «############» under a ghazal, «=====» under a ministry's title
    for name, lines in (("morr-gov-af-bijashodegan-herat", (4,)), ("morr-gov-af-komak-zemestani-farah-wrapped", (4,)),
                        ("mohammad-er-blogfa-tazieh-ali-akbar-matn-e-emam", (23, 41, 55, 69)),
                        ("rasolt-persianblog-attar-ghazal-chon-nist-hich-mardi", (9,)),
                        ("mcit-gov-af-elamiye-tafahomnameh-tahsilat-ali-1391", (10,))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", RULE_LINE_RULE) and hand[n] == "fw", (name, n)
    roles = {line.n: line for line in classify([PROSE, "", "-----------", "", PROSE, "", "* * *", "", PROSE])}
    assert roles[3].rule == RULE_LINE_RULE
    assert roles[7].rule != RULE_LINE_RULE  # asterisks part the text's own sections
    assert classify([PROSE, "", "--", "", PROSE])[2].rule != RULE_LINE_RULE  # (two dashes: no rule drawn)


def test_a_mark_alone_on_its_line_is_furniture_and_the_text_s_own_marks_are_not() -> None:
    # a share bar's «-» between «Facebook» and «X (Twitter)», a blog's «.» between a story and its foot, the «-» under
    # each band of a tarkib-band (karbobala.com), a web mirror's «🌲» under a channel's handle
    for name, lines in (("afghanembassy-se-ravabet-diplomatik-swedan", (7, 9)),
                        ("karbobala-mohtasham-tarkib-band-bandha-page", (4, 23, 29, 35)),
                        ("sarapoem-persiangig-hedayat-se-qatre-khun-sentence-per-line", (7,)),
                        ("nimimzeabogel-persianblog-iraj-mirza-nameh-haj-sheikh-hadi-cp1256", (4, 6)),
                        ("xn--r1a-website-bagh-saeb-bidel-eid", (33,))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", LONE_MARK_RULE) and hand[n] == "fw", (name, n)
    found, hand = _roles("old-supremecourt-gov-af-tarikhche-chromium-pdftotext")
    assert found[30][1] != LONE_MARK_RULE and hand[30] == "item"  # a PDF layer's bullet over its item's text
    for mark in ("...", "[…]", "*", "•", "ً"):  # an omission, an ornament, a bullet, a vowel sign
        assert classify([PROSE, "", mark, "", PROSE])[2].rule != LONE_MARK_RULE, mark


def test_a_site_s_welcome_among_the_first_lines_is_furniture_not_the_title() -> None:
    # «به وب سایت رسمی گروه مدرسه حقوق ، خوش آمدید  09122330365» over a law's title, «به سایت سارا شعر خوش آمدید»
    # under a fiction site's home link, a blog's «خوش امدید» under its name: the title is the post's heading under them
    for name, n in (("madreseyehoghoogh-qanun-mojazat-omumi-1304-mavad-1-5", 1),
                    ("sarapoem-persiangig-hedayat-se-qatre-khun-sentence-per-line", 3),
                    ("idinco-mehreparsi-dehkhoda-charand-parand-wrapped", 3),
                    ("mohammad-er-blogfa-tazieh-ali-akbar-matn-e-emam", 3)):
        found, hand = _roles(name)
        assert found[n] == ("fw", SITE_WELCOME_RULE) and hand[n] == "fw", name
    found, hand = _roles("mohammad-er-blogfa-tazieh-ali-akbar-matn-e-emam")
    assert found[5][0] == hand[5] == "title"  # «متن امام حسین(ع)(تعزیه علی اکبر)»
    title = "قانون مجازات عمومی"
    assert classify(["به وبلاگ من خوش آمدید", "", title, "", PROSE])[0].role == "fw"
    assert classify(["**به `Free-Programming-Books` خوش آمدید!**", "", PROSE])[0].rule != SITE_WELCOME_RULE
    assert classify([title, "", PROSE, "", PROSE, "", PROSE, "", PROSE, "", "به سایت ما خوش آمدید"])[-1].rule \
        != SITE_WELCOME_RULE  # (not among the first lines)


def test_digits_alone_with_marks_between_them_are_furniture_and_a_date_is_not() -> None:
    # a blog calendar's rows over the dobeyti, a forum post's number, a poetry site's counter
    for name, lines in (("rahnik-blogsky-babataher-dobeyti-taqvim-utf16", (3, 4, 5)),
                        ("flashkhor-eshghi-se-tablo-maryam-mosammat-forum-cp1256", (11,)),
                        ("shergram-bahar-qasideh-28-utf16", (5,))):
        found, hand = _roles(name)
        for n in lines:
            assert found[n] == ("fw", NUMBERS_ALONE_RULE) and hand[n] == "fw"
    assert all(line.rule != NUMBERS_ALONE_RULE for line in classify([PROSE, "", "۱۳۹۸/۰۲/۰۳", "", PROSE]))
