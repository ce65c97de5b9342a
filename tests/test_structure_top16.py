"""The lines around a web page's or a document's text that no one site owns (round 16, «struct16»):
a breadcrumb trail under the page's first line, a sentence on the document itself, the short lines
right above the page's foot. Rules kept only where they gain on three publishers or more of two
held-out sets or more. Texts written for these tests."""

from __future__ import annotations

from nashr.convert.matter.site import breadcrumb_trail
from test_structure_frame import PROSE, TITLE, _roles


def test_a_breadcrumb_trail_under_or_over_the_title_is_the_site_s_furniture() -> None:
    for trail in ("خانه / اخبار / فرهنگ و هنر / نمایشگاه", "سایت کتاب :: اخبار :: فرهنگی",
                  "صفحه اصلی » اخبار » گزارش ها", "خانه | مطالب | گزارش"):
        roles = _roles(f"{TITLE}\n\n{trail}\n\n{PROSE}")
        assert (roles[1], roles[3], roles[5]) == ("title", "fw", "p"), trail
        roles = _roles(f"نام سایت\n\n{trail}\n\n{TITLE}\n\n{PROSE}")
        assert roles[3] == "fw" and roles[7] == "p", trail


def test_what_a_trail_is_not() -> None:
    assert breadcrumb_trail("خانه / اشعار / اشعار سنتی")
    assert not breadcrumb_trail("خانه / اشعار")  # two parts: a title with its site
    assert not breadcrumb_trail("خانه / اشعار » سنتی")  # two separators
    assert not breadcrumb_trail("23 / 8 / 41")  # a date
    # hemistichs between slashes are longer than a trail's parts
    assert not breadcrumb_trail("بشنو این نی چون شکایت می‌کند / از جدایی‌ها حکایت می‌کند / کز نیستان تا مرا ببریده‌اند")



def test_a_sentence_on_the_document_itself_is_a_note() -> None:
    for sentence in ("اصل این نامه در بایگانی وزارت امور خارجه است.", "رونوشت برابر اصل است.",
                     "تاریخ چاپ این نسخه ۱۲ رجب ۱۳۲۴ است.",
                     "این سند برای نخستین بار منتشر می‌شود و تاکنون در خانه نویسنده بوده است."):
        roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{sentence}\n\n{PROSE}")
        assert (roles[3], roles[5], roles[7]) == ("p", "note", "p"), sentence


def test_sentences_on_an_original_that_are_the_text_stay_paragraphs() -> None:
    # «اصل» as a constitution's article, and prose about an original book, are the text.
    for line in ("اصل کتاب به زبان طبری مفقود است و آن گونه که پیداست زبان اثر دیگر بوده است.",
                 "این نامه را برادرش به شهر برد و به دست وزیر داد و پاسخی نگرفت."):
        roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{line}\n\n{PROSE}")
        assert roles[5] == "p", line


FOOT = "نوشته‌های مرتبط\n\nسفری به شیراز در بهار\n\nدیدگاه خود را ثبت کنید"


def test_short_lines_right_above_the_page_s_foot_are_the_foot_s() -> None:
    for above in ("مجله اینترنتی کتاب‌نامه", "مشاهده برنامه در فروشگاه اپل", "https://example.com/images/a1b2.gif"):
        roles = _roles(f"{TITLE}\n\n{PROSE}\n\n{PROSE}\n\n{above}\n\n{FOOT}")
        assert (roles[5], roles[7], roles[9]) == ("p", "fw", "fw"), above


def test_a_sentence_or_a_signature_above_the_foot_is_the_text_s() -> None:
    roles = _roles(f"{TITLE}\n\n{PROSE}\n\nاین سفر سه روز به درازا کشید.\n\n{FOOT}")
    assert roles[5] == "p" and roles[7] == "fw"
    letter = ("جناب آقای وزیر\n\nنامه شما رسید و از لطف شما بسیار سپاسگزارم و پاسخ آن را به زودی خواهم فرستاد "
              "و امیدوارم که کار به خوبی پیش برود.\n\nارادتمند\nعلی رضایی")
    roles = _roles(f"{letter}\n\n{FOOT}")
    assert roles[5] != "fw" and roles[6] != "fw" and roles[8] == "fw", roles

def test_a_trail_from_the_home_page_is_furniture_on_the_first_line_too() -> None:
    trail = "صفحه اصلی > ادبیات > کلیله و دمنه: کبک انجیر و خرگوش و گربه روزه‌دار"  # (its last part: the title)
    assert breadcrumb_trail(trail)
    roles = _roles(f"{trail}\n\n{TITLE}\n\n{PROSE}")
    assert (roles[1], roles[3], roles[5]) == ("fw", "title", "p")
    # A trail of three parts with no heading under it is the site's too (the collection's convention since round 38,
    # ganjoor.net's «حافظ » غزلیات » غزل شمارهٔ ۲»); one step names the text, its title.
    roles = _roles(f"حافظ » غزلیات » غزل شمارهٔ ۲\n\n{PROSE}")
    assert roles[1] == "fw"
    roles = _roles(f"حافظ » غزل شمارهٔ ۲\n\n{PROSE}")
    assert roles[1] == "title"


def test_link_labels_glued_and_doubled_over_the_title_are_furniture() -> None:
    roles = _roles(f"غزلیات سعدیسعدی\n\n{TITLE}\n\n{PROSE}")  # (mastaneh.ir's first line, set 14)
    assert (roles[1], roles[3]) == ("fw", "title")
    roles = _roles(f"{TITLE}\n\nپند به بیگانگان و دوستانتان\n\n{PROSE}")  # (suffixes double three letters)
    assert roles[3] != "fw"
