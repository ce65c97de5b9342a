"""The matter around a text's top and end (round 18, «structm»): an archive's label over the
document it transcribes, a line without a letter or a site's address above the title, the
site's name over its breadcrumb trail, the title said again right under the top, the author's
name at the top, approval notes, rules of dots ending a text. Rules kept only where they gain
on two publishers or more of the collection and lose on none. Texts written for these tests."""

from __future__ import annotations

from nashr.convert.matter.page import DOCUMENT_LABEL
from test_structure_frame import PROSE, TITLE, _roles


def test_an_archive_s_label_over_the_document_is_furniture() -> None:
    for label in ("متن سند:", "[متن سند]:", "سند نامه ::", "سند:"):
        roles = _roles(f"تاریخ سند: ۵ بهمن ۱۳۱۴\n{TITLE}\n{label}\nوزارت مالیه\n\n{PROSE}")
        assert roles[3] == "fw", label
        assert roles[1] == "dateline" and roles[6] == "p", label


def test_what_an_archive_s_label_is_not() -> None:
    assert DOCUMENT_LABEL.match("متن سند:")
    assert not DOCUMENT_LABEL.match("متن سند: نامه وزیر به حاکم")  # the label with its text
    assert not DOCUMENT_LABEL.match("فهرست مطالب:")  # a heading over its list
    assert not DOCUMENT_LABEL.match("سندی از واقعه تنباکو")  # a title
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\nفهرست مطالب:\n\n۱- تصویب صورت مجلس\n۲- انتخاب هیئت رئیسه")
    assert roles[5] == "head"


def test_the_line_the_text_s_heading_repeats_right_under_the_top_is_the_title() -> None:
    # A newspaper's series above its item's title; the item's heading opens the text under the top.
    text = ("  • چهارشنبه ۱۸ تیر ۱۳۹۹\n\nایران قرن 1311(نیمه دوم)\n\nجشن افتتاح دبیرستان فیروزبهرام\n\n"
            f"جشن افتتاح دبیرستان فیروزبهرام\nحسن مجیدی\n\n{PROSE}")
    roles = _roles(text)
    assert (roles[1], roles[3], roles[5], roles[7], roles[10]) == ("dateline", "subtitle", "title", "title", "p")


def test_without_the_repeat_the_first_line_stays_the_title() -> None:
    text = f"ایران قرن 1311(نیمه دوم)\n\nجشن افتتاح دبیرستان فیروزبهرام\n\n{PROSE}"
    roles = _roles(text)
    assert roles[1] == "title" and roles[3] != "title"


def test_the_author_named_in_the_title_after_az_is_a_byline() -> None:
    text = ("دل ز جا برد سحر مرغ از ملک‌الشعرا بهار قصیده ۱۱\n\nملک‌الشعرا بهار\n\nملک‌الشعرا بهار\n\n"
            f"دل ز جا برد سحر مرغ سحرخیز مرا\n\n{PROSE}")
    roles = _roles(text)
    assert (roles[1], roles[3], roles[5]) == ("title", "byline", "byline")


def test_a_person_s_name_said_twice_at_the_top_is_the_author_not_the_title() -> None:
    text = f"ناصرخسرو\n\nناصرخسرو\n\nبخش ۱۹ - جند قنسرین و استوانهٔ سنگینش\n\n{PROSE}\n\n{PROSE}"
    roles = _roles(text)
    assert (roles[1], roles[3], roles[5], roles[7]) == ("byline", "byline", "title", "p")


def test_a_name_said_once_or_a_repeated_line_that_is_no_name_keeps_its_role() -> None:
    # «کاخ سفید» is no person's name; a name alone once over a paragraph is the author of a text
    # without title (an older rule), and the title under a name said once stays the title.
    roles = _roles(f"کاخ سفید\n\nکاخ سفید\n\n{PROSE}")
    assert roles[1] != "byline"
    roles = _roles(f"{TITLE}\n\nعطار نیشابوری\n\n{PROSE}")
    assert roles[1] == "title"


def test_a_line_without_a_letter_above_the_title_is_furniture() -> None:
    for line in ("0.0 (0)", "13141105", "5 + 1", "  _", "|"):
        roles = _roles(f"{line}\n\n{TITLE}\n\n{PROSE}")
        assert (roles[1], roles[3], roles[5]) == ("fw", "title", "p"), line


def test_a_number_under_the_title_or_a_date_above_it_keeps_its_role() -> None:
    roles = _roles(f"{TITLE}\n\n۲\n\n{PROSE}")
    assert roles[3] == "head"  # the number of the part that follows
    roles = _roles(f"۱۳۹۹/۰۴/۱۸\n\n{TITLE}\n\n{PROSE}")
    assert roles[1] == "dateline"
    for number in ("۲.۱", "3."):  # a section's number alone over its title («۴» alone: a page number)
        roles = _roles(f"{number}\n\nنامساوی ساده\n\n{PROSE}")
        assert roles[1] != "fw", number


TRAIL = "صفحه اصلی » مشروح مذاکرات » مشروح مذاکرات مجلس ملی » دوره نوزدهم مجلس ملی"


def test_the_site_s_name_over_its_trail_and_the_page_s_heading_is_furniture() -> None:
    roles = _roles(f"کتابخانه، موزه و مرکز اسناد مجلس\n\n{TRAIL}\n\n0.0 (0)\n{TITLE}\n\n{PROSE}")
    assert (roles[1], roles[3], roles[5], roles[6], roles[8]) == ("fw", "fw", "fw", "title", "p")
    roles = _roles(f"قالب وردپرس افزونه وردپرس\n{TRAIL}\n\n{TITLE}\n\n{PROSE}")
    assert (roles[1], roles[2], roles[4]) == ("fw", "fw", "title")


def test_the_page_s_title_over_its_trail_and_the_text_stays_the_title() -> None:
    roles = _roles(f"بخش ۱ - باب شیر و گاو\n\nنصرالله منشی / کلیله و دمنه / باب الاسد و الثور\n\n{PROSE}")
    assert (roles[1], roles[3], roles[5]) == ("title", "fw", "p")


def test_a_web_or_mail_address_or_a_url_path_among_the_top_lines_is_furniture() -> None:
    for address in ("www.ois-iran.com", "socialistha@ois-iran.com", "news/photo/album"):
        roles = _roles(f"{address}\n\n{TITLE}\n\n{PROSE}")
        assert (roles[1], roles[3]) == ("fw", "title"), address
        roles = _roles(f"{TITLE}\n{address}\n\n{PROSE}")
        assert (roles[1], roles[2]) == ("title", "fw"), address


def test_a_wiki_page_s_name_or_a_link_the_text_gives_is_no_site_address() -> None:
    roles = _roles(f"Iranian Wikimedians User Group/Meetings/2025\n\n{PROSE}")
    assert roles[1] != "fw"
    roles = _roles(f"{TITLE}\nhttps://go.usa.gov/xXYm2\n\n{PROSE}")
    assert roles[2] != "fw"


def test_a_rule_of_dots_dashes_or_colons_ending_the_text_is_a_trailer() -> None:
    for rule in (".......", "------", "::", "……"):
        roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{PROSE}\n\n{rule}")
        assert roles[7] == "trailer", rule


def test_a_single_dot_or_dash_is_no_trailer_rule() -> None:
    from nashr.convert.matter.closing import TRAILER

    for line in (".", "-", ":", "- ۱۲ -"):
        assert not TRAILER.match(line), line


def test_an_approval_note_alone_on_its_line_below_the_top_is_a_subtitle() -> None:
    # Under a law's heading said again in the text, and over the signature that approved it.
    text = (f"منو\n\n{PROSE}\n\nقانون تشکیل شرکتهای سهامی زراعی\nمصوب 1352.2.3\n"
            "ماده اول - به منظور فراهم نمودن موجبات افزایش درآمد سرانه کشاورزان و آشنا نمودن زارعان با اصول "
            "و شیوه‌های نوین کشاورزی این قانون اجرا می‌شود.")
    assert _roles(text)[6] == "subtitle"
    text = f"{TITLE}\n\n{PROSE}\n\nمصوبه مجلس شورای ملی مورخ 1333/9/11\n[امضاء]"
    roles = _roles(text)
    assert (roles[5], roles[6]) == ("subtitle", "signed")


def test_a_sentence_on_an_approval_stays_a_paragraph() -> None:
    text = f"{TITLE}\n\n{PROSE}\n\nمصوبات شورای شهر در جلسه امروز به اطلاع شهروندان رسید.\n\n{PROSE}"
    assert _roles(text)[5] == "p"
    text = f"{TITLE}\n\n{PROSE}\n\nمصوب شد که این قانون از امروز اجرا شود.\n\n{PROSE}"
    assert _roles(text)[5] == "p"


LAW = ("این قانون که مشتمل بر دو ماده و ۲۴ تبصره است در جلسه پنجشنبه یازدهم آذر ماه ۱۳۳۳ به تصویب مجلس "
       "شورای ملی رسید.")


def test_an_office_and_name_under_the_last_paragraph_with_notes_under_it_is_signed() -> None:
    senate = "قانون بالا در جلسه ۲۶ آبان ۱۳۳۳ به تصویب مجلس سنا رسیده است."
    text = f"{TITLE}\n\n{PROSE}\n\n{LAW}\nرییس مجلس شورای ملی ـ رضا حکمت\n{senate}"
    roles = _roles(text)
    assert (roles[5], roles[6], roles[7]) == ("p", "signed", "p")
    text = f"{TITLE}\n\n{LAW}\nرئیس ساواک استان خوزستان خاوری\nرونوشت برابر اصل است.\nاصل در پرونده ۱۳"
    assert _roles(text)[4] == "signed"


def test_an_office_heading_far_from_the_end_is_not_signed() -> None:
    text = f"{TITLE}\n\n{LAW}\nوزیر امور خارجه\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
    assert _roles(text)[4] != "signed"


def test_a_letter_s_number_and_date_on_one_line_is_its_head_s_field() -> None:
    for fields in ("شماره : 41ـ10396 / 15 ب 2 تاریخ 23 / 8 / 41", "۳۳۱۵ – ۱۳۱۴/۵/۸"):
        roles = _roles(f"{TITLE}\n{fields}\n\n{PROSE}")
        assert (roles[1], roles[2], roles[4]) == ("title", "fw", "p"), fields


def test_a_date_alone_or_a_date_range_stays_a_dateline() -> None:
    for date in ("تاریخ ۵ ماه بهمن ۱۳۱۴", "۱۳۱۴/۵/۸"):
        roles = _roles(f"{TITLE}\n{date}\n\n{PROSE}")
        assert roles[2] == "dateline", date
