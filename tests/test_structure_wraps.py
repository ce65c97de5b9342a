"""Hard-wrapped paragraphs (issue 12): where a wrapped paragraph's line breaks off short of the
page's width inside a sentence, the paragraph goes on in the line under it. Lines of the
collection (tests/data/corpus/), their roles by hand."""

from __future__ import annotations

import pytest

from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


@pytest.mark.parametrize(("folder", "n"), [
    # a wrapped line ending a sentence and opening the next, short of the width: «… به همین سان هیأت موظف»
    ("mohe-gov-af-babari-kankor-rana-1394-01-29-wrapped", 13),
    # paragraphs parted by blank lines: «… هیچ نوع اسناد محصلان شان از سوی» (50 of 72 characters)
    ("mohe-gov-af-etelaiye-master-khososi-1396-07-04-wrapped", 11),
])
def test_a_wrapped_line_broken_short_inside_a_sentence_goes_on(folder: str, n: int) -> None:
    got = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
    assert got[n] == hand_roles(CORPUS / folder)[n] == "p+"


WRAPPED = [
    "وزیر تحصیلات عالی در کنفرانس مطبوعاتی قبل از آغاز امتحانات گفت که امتحان سال",
    "گذشته با شفافیت کامل اخذ گردید و در جریان امتحان یک سلسله آسیب پذیری ها بود و",
    "با تجارب سال قبل توانستیم سیستم بایومتریک را در پروسه کانکور تطبیق نماییم و",
    "امکانات تقلب و جعل را که متصور بود مسدود نماییم. موصوف اضافه کرد همچنان با",
    "تغییر فصل کانکور قادر شدیم تا نصاب درسی مکاتب سرد سیر کشور تکمیل گردد.",
]


def test_lines_under_a_wrapped_paragraph_that_ended_stay_apart() -> None:
    # The line above is no wrapped line of a paragraph (the paragraph ended in «.»; no blank lines part
    # the paragraphs): a signature's lines, each short without final punctuation, are not joined.
    lines = [*WRAPPED, "الحاج دلبر نظری وزیر امور زنان جمهوری اسلامی", "معین مالی و اداری وزارت امور زنان کابل"]
    roles = [line.role for line in classify(lines)]
    assert roles[6] != "p+"


def test_a_short_line_under_a_paragraph_broken_off_short_stays_apart() -> None:
    # The paragraph's last line has no final punctuation and is short of the width, as the line
    # under it: an office's signature, not a line of the paragraph.
    lines = [*WRAPPED[:4], "تغییر فصل کانکور قادر شدیم تا نصاب درسی مکاتب را تکمیل", "دفتر مطبوعاتی وزارت تحصیلات عالی"]
    roles = [line.role for line in classify(lines)]
    assert roles[4] == "p+" and roles[5] != "p+"


@pytest.mark.parametrize(("folder", "n"), [
    # «ذکر جلوس پادشاه جهان قاآن در مسند خاني و دست جهانباني،» (11 words) over the entry (40 words)
    ("arq-jahangushay-jolus-qaan-cp1256", 13),
    # a ruling's summary (10 words, no final punctuation) over its text (50 words)
    ("hoghoogh24-ray-vahdat-raviye-169-1348", 16),
    # «سوال ۱: نمونه‌ی تئوری (فرمول، اثبات، فهرست‌ها)» over the answer
    ("quantaboy-latex-assignment-template-pp1-2-pdftotext", 19),
])
def test_a_paragraph_under_a_short_heading_line_opens_its_own(folder: str, n: int) -> None:
    got = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
    assert got[n] == hand_roles(CORPUS / folder)[n] == "p"


PARTED = ("در این روز پادشاه جهان بر تخت نشست و امیران و بزرگان از هر سوی به درگاه آمدند و هر یک "
          "به رسم خدمت پیشکشی آوردند و شادی‌ها کردند، و فرمان‌ها به اطراف نوشتند")


def test_a_short_line_over_a_line_three_times_as_long_is_no_wrapped_line() -> None:
    # Paragraphs parted by blank lines, lines not wrapped at a width: a line of a few words without
    # final punctuation over one many times longer heads it; a line ending in an ezafe still goes on.
    heading = ["ذکر جلوس پادشاه در مسند خانی،", PARTED, "", PARTED + ".", "", PARTED + "."]
    assert [line.role for line in classify(heading)][1] != "p+"
    ezafe = ["و این سخن از زبان مردم آن روزگار است که در سایهٔ", PARTED, "", PARTED + ".", "", PARTED + "."]
    assert [line.role for line in classify(ezafe)][1] == "p+"


@pytest.mark.parametrize(("folder", "n"), [
    # a blog's copy of the Qabus-nameh wrapped at 63 columns: «… به جای دیگر روی», a blank line, «و چون تو …»
    ("mguitar-persianblog-qabusnameh-kerdar-khub-wrapped", 11),
    # a Qajar letter's date line «19 صفر از تهران عرض شد», a blank line, the letter's text
    ("hastaanonline-tafreshi-maktub-abolmakarem-wrapped", 13),
    # a decree's heading «… ۱۳۱۶ ق», a blank line, its summary
    ("qajarwomen-farman-mozaffar-al-din-shah-tasuj-1316q-wrapped", 9),
    # a wiki article's tagline under the title, a blank line, the article's lead
    ("wiki-x-io-fa-firefox-infobox", 5),
])
def test_a_blank_line_ends_a_wrapped_paragraph_outside_a_pdf_layer(folder: str, n: int) -> None:
    # Typed or copied with hard line breaks (no PDF traces), the text's blank line ends the paragraph, however the
    # line above it breaks off (structure._across_blank).
    got = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
    assert got[n] == hand_roles(CORPUS / folder)[n] == "p"


@pytest.mark.parametrize(("folder", "n"), [
    ("lu-thesis-template-chapter1-pdftotext", 118),
    ("sharif-thesis-template-approval-pages-pdftotext", 74),
    ("scrumguides-expansion-pack-fa-pp1-2-pdftotext", 29),
])
def test_a_pdf_layers_paragraph_goes_on_across_a_blank_line(folder: str, n: int) -> None:
    # A PDF text layer leaves a blank line where a line is set taller: the sentence broken off above it goes on.
    got = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
    assert got[n] == hand_roles(CORPUS / folder)[n] == "p+"
