"""The body's quotations and captions (issue 12): a line in Arabic standing alone in Persian prose
is a quotation (a verse of the Quran, a hadith); a Persian line holding one Arabic word is not; a
picture's caption on its own line is a note. Lines of the collection (tests/data/corpus/), their
roles by hand."""

from __future__ import annotations

import pytest

from nashr.convert.conventions import shape
from nashr.convert.document import arabic
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

# Persian lines with one Arabic word in them (an office «کل», a title «الشعرا», «الی» between
# times, a book's name), from six sites; none is a quotation.
PERSIAN = [
    "غزل شماره 114 - هماي اوج سعادت به دام ما افتد",  # aryazamyn.com, Windows-1256
    "قانون بودجه سال 1400 کل کشور",  # dotic.ir
    "منبع:کتاب اسرار التوحيد",  # hr-a.persianblog.ir
    "ملک الشعرای بهار( قصاید )",  # shergram.com
    "دو ساعت بظهر مانده الی دو ساعت مانده بغروب",  # Persian Wikisource
    "اداره کل نظمیه – اداره کل امنیه – اداره کل احصائیه و سجل احوال- ثبت اسناد",  # nezamat.ir
]
# Arabic quotations: two Arabic words, or one in a vocalised line (60barg.ir, nedayeazadi.net,
# mzare.mihanblog.com, ketabdeh.ir).
ARABIC = [
    "اعملوا آل داود شکرا و قلیل من عبادی الشکور",
    "ان الله لايغير مابقوم حتي يغيروا مابانفسهم",
    "أَ لَمْ نَشْرَحْ لَكَ صَدْرَكَ،",
    "” فَلا تَقُل لَهُما اُفِ و لا تَنهَرهُما و قُل لَهُما قولاً کَریماً",
]


@pytest.mark.parametrize("text", PERSIAN)
def test_one_arabic_word_makes_no_arabic_line(text: str) -> None:
    assert not arabic(shape(text), text)


@pytest.mark.parametrize("text", ARABIC)
def test_two_arabic_words_or_a_vocalised_one_make_an_arabic_line(text: str) -> None:
    assert arabic(shape(text), text)


@pytest.mark.parametrize(("folder", "line", "role"), [
    ("mzare-mihanblog-meybodi-kashf-al-asrar-anam-utf16", 7, "quote"),
    ("ketabdeh-qabusnameh-hormat-pedar-madar", 15, "quote"),
    ("shergram-bahar-qasideh-28-utf16", 4, "fw"),  # the poet's name and the book's part, over the poem
    ("nezamat-circular-mamlekati-1314", 12, "p"),
    # A paragraph indented further than the text's other lines, on a university's and two blogs' pages (no quotation)
    ("kpu-edu-af-molaqat-usaid-pashto-headline-1397", 9, "p"),
    ("faryab-edu-af-tarikhche-pohantun-faryab", 5, "p"),
    ("mmahmoodichemazcoty-persianblog-golestan-do-hekayat-spaced", 15, "p"),
    ("blogefun-blog-ir-golestan-se-hekayat-bab-1", 9, "p"),
])
def test_quotations_of_the_collection(folder: str, line: int, role: str) -> None:
    assert hand_roles(CORPUS / folder)[line] == role
    got = next(ln.role for ln in nashr_roles(CORPUS / folder) if ln.n == line)
    assert got == role if role == "quote" else got != "quote"


@pytest.mark.parametrize(("folder", "line"), [
    ("sgtool-wikipedia-fa-chahardah-masum-wrapped", 9),  # «تصویری از اسامی چهارده معصوم»
    ("wikipedia-fa-karvansara-wrapped", 4),  # «طرحی از یک کاروانسرا در کاشان، ۱۷۵۰ م.»
])
def test_a_pictures_caption_is_a_note(folder: str, line: int) -> None:
    assert hand_roles(CORPUS / folder)[line] == "note"
    assert next(ln.role for ln in nashr_roles(CORPUS / folder) if ln.n == line) == "note"
