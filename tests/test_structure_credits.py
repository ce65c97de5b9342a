"""A credit line among a page's fields (round 25, «struct33»): «نویسنده: …» in a book page's field
list and «عکس و خوانش: …» (two credits joined by «و» over one name) under a document are the
text's byline, not a pair of a gloss list (an infobox's rows, a recipe's ingredients, as read until round 45). The
collection's pages of two sites have them (alhassanain.org, hastaanonline.ir)."""

from __future__ import annotations

import pytest

from conftest import DATA
from nashr.convert.matter.patterns import BYLINE
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import hand_roles

CORPUS = DATA / "corpus"


@pytest.mark.parametrize(("folder", "n", "start"), [
    ("alhassanain-musavi-esfahani-safar-makke-1315q-utf16", 10, "نویسنده:"),
    ("hastaanonline-fathali-shah-nameh-malek-qasem-mirza", 11, "عکس و خوانش:"),
])
def test_a_credit_among_a_page_s_fields_is_a_byline(folder: str, n: int, start: str) -> None:
    lines = {line.n: line for line in classify(read_source(CORPUS / folder / "source.txt").lines)}
    assert lines[n].text.strip().startswith(start)
    assert lines[n].role == "byline"


@pytest.mark.parametrize("line", ["عکس و خوانش: میرغوغا", "تحقیق و نگارش: علی رضایی", "تهیه و تنظیم: حسن مجیدی"])
def test_two_credits_joined_by_and_are_a_credit(line: str) -> None:
    assert BYLINE.match(line)


@pytest.mark.parametrize("line", ["توسط: نوشا", "ارسالی : قاسم باز", "نویسنده/ارسالی: نبیل عزیزی"])
def test_a_post_s_poster_labelled_as_blogs_label_it_is_a_credit(line: str) -> None:
    # Round 50 («struct92»): 7farvardin.blogsky.com, dawatmedia24.com, tgchannels.org, afghan-german.com.
    assert BYLINE.match(line)


POEM = "ای سرو بلند قامت دوست\nوه وه که شمایلت چه نیکوست\nدر پای لطافت تو میراد\nهر سرو سهی که بر لب جوست\n"


@pytest.mark.parametrize("credits", [["▨ شاعر: سعدی", "▨ با صدای: دکتر محمدجعفر محجوب"],
                                     ["• ارسال شده توسط : احسان پاکرو", "• نوشته‌شده توسط"]])
def test_credits_set_as_a_bulleted_list_are_bylines(credits: list[str]) -> None:
    # (The shapes of brapodcast.se's, osvehsch.ir's and afghanembassy-ir's pages.)
    lines = classify(("\n".join(credits) + "\n\n" + POEM).split("\n"))
    assert [line.role for line in lines[:2]] == ["byline", "byline"]


def test_a_bulleted_item_opening_with_a_credit_s_word_is_no_credit() -> None:
    items = ["• ترجمه قوانین و سیاستها از ویکی انگلیسی", "• نوشتن مقاله‌های تازه درباره شهرها"]
    lines = classify(["کارهایی که داوطلبان می‌کنند:", *items])
    assert [line.role for line in lines[1:]] == ["item", "item"]


@pytest.mark.parametrize("line", ["سلام و درود: بر همه", "کشور و پایتخت: ایران، تهران", "عکس: میرغوغا"])
def test_other_labels_joined_by_and_are_no_credit(line: str) -> None:
    assert not BYLINE.match(line)


def test_rows_of_a_label_and_a_value_are_no_list_of_their_own() -> None:
    # Round 45 («struct76»): lines in a row of a short label, «:» and a short value were items of a gloss list, a
    # rule wrong on all its 11 lines on 5 sites (a PDF page's running head, a poem's fields, a press release's
    # number, a clock time's colon), removed. The Kabul municipality's prayer times stay the page's furniture.
    folder = CORPUS / "km-gov-af-jalase-aludegi-hawa-1399-06-17"
    lines = {line.n: line for line in classify(read_source(folder / "source.txt").lines)}
    assert lines[10].text.startswith("اذان عصر 4:1")
    assert [lines[n].role for n in range(7, 13)] == [hand_roles(folder)[n] for n in range(7, 13)] == ["fw"] * 6


# Rounds 28–29 («struct41», «struct43»): bylines of sites the rules had not seen, each form on two sites of the
# collection.
BYLINES_SEEN = [
    # an editor's credit, «به کوشش …» spelt apart or glued (revayatnameh.com's diary, do-ln.blogspot's Nima letter)
    ("revayatnameh-al-e-ahmad-yaddasht-ruzaneh-bagh-e-melli", 1),
    ("do-ln-blogspot-nima-nameh-nakta-1316-chromium-pdftotext", 22),
    # a blog's post record left without its category or date (parsiblog, a WordPress site)
    ("behnamtadi-parsiblog-iraj-madar", 18),
    ("rashtgpa-saadi-qasideh-sobhdam-space-columns", 3),
    # a poet's name with years in parentheses (asriran's life dates, hambastegimeli's labelled dates, 110kalaam's
    # year in two calendars after «از»)
    ("asriran-saadi-ghazal-agar-to-faregh-1402", 9),
    ("hambastegimeli-parvin-monazere-do-qatre-khun", 1),
    ("110kalaam-persianblog-rudaki-buye-juye-muliyan-kashida-utf16be", 5),
    # the account that posted the page, under the title (two Afghan offices' sites)
    ("ago-gov-af-didar-doshanbe-2020-08-31", 3),
    ("moph-gov-af-elamiye-kovid-ta-til-jawza", 3),
    # … joined by a hyphen or by nothing, over the post's date and time (two more Afghan ministries)
    ("moi-gov-af-radio-polis-1400-cp1256", 3),
    ("moic-gov-af-vakonesh-etelaf-jahani-resaneha-1401", 3),
    # the author of a tablet under its page title, a known person, with «حضرت» before the name or not
    ("oceanoflights-abdul-baha-makateeb-05-032", 3),
    ("oceanoflights-abdul-baha-selections-05-255", 3),
]


@pytest.mark.parametrize(("folder", "n"), BYLINES_SEEN)
def test_bylines_of_sites_the_rules_had_not_seen(folder: str, n: int) -> None:
    assert hand_roles(CORPUS / folder)[n] == "byline"
    lines = {line.n: line for line in classify(read_source(CORPUS / folder / "source.txt").lines)}
    assert lines[n].role == "byline"


@pytest.mark.parametrize("line", ["به کوشش سیروس طاهباز", "بکوشش: محمدحسین دانایی", "به تصحیح نیکلسون",
                                  "ارسال شده در توسط behnam tadi", "منتشر شده توسط علی در تاریخ"])
def test_an_editor_s_credit_and_a_post_s_record_are_credits(line: str) -> None:
    assert BYLINE.match(line)


@pytest.mark.parametrize("line", ["به کوشش‌های او کتاب چاپ شد.", "منتشر شد", "کوشش ما بی‌ثمر ماند"])
def test_sentences_on_effort_and_publishing_are_no_credits(line: str) -> None:
    assert not BYLINE.match(line)  # (the credit's words whole: «کوشش‌های» goes on after a ZWNJ)


def test_a_title_with_a_year_in_parentheses_is_no_poet() -> None:
    # A name with years is the author's only when the name is a person's: a law with its year stays the title.
    roles = {line.n: line.role for line in classify(["قانون مدنی (۱۳۰۷)", "", "ماده ۱ - " + "قوانین " * 14 + "."])}
    assert roles[1] != "byline"


def test_an_account_over_the_text_with_no_title_above_it_is_no_byline() -> None:
    roles = {line.n: line.role for line in classify(["Human_Right_fa", "", "اعلامیه جهانی حقوق بشر", "",
                                                     "از آنجا که " + "شناسایی حیثیت ذاتی " * 6 + "است."])}
    assert roles[1] != "byline"


def test_a_latin_word_under_a_title_without_the_post_s_date_under_it_is_no_account() -> None:
    # An image's file name left under a title («Untitled-1») names no account: only a date under it says so.
    text = ["رباعیات خیام", "", "Untitled-1", "", "این رباعیات " + "از خیام نیشابوری است " * 4 + "."]
    assert {line.n: line.role for line in classify(text)}[3] != "byline"
    text[3:4] = ["سهشنبه 1400/8/11 - 15:34"]
    text[2] = "moi-af"
    assert {line.n: line.role for line in classify(text)}[3] == "byline"
