"""The same text in a user's other forms gets the same TEI (issues 12 and 14).

First the causes benchmarks/variants.py found, each on a hand-written line in the form that broke
it; then the metamorphic property on a dozen texts of the test collection: each text, written in the
forms that changed its roles or entities before round 13, gets the same roles and the same entity
mentions as the original (benchmarks/variants.py measures the whole collection in every form).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from nashr.convert.conventions import shape
from nashr.convert.reading import aligned_spans, logical, plain
from nashr.convert.sources import SourceError, read_source
from nashr.convert.structure import classify
from nashr.entities.dates import DateContext, date_spans
from nashr.entities.normalize import without_tatweel
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger
from nashr.markup import Span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import variants  # noqa: E402  (benchmarks/variants.py: the transformations and the comparison)

NBSP = "\u00a0"

# Arabic ي/ك and ASCII digits (a text that went through Windows-1256): every letter is below U+0680,
# so its UTF-16 without a mark is all bytes below 0x80, valid UTF-8.
STATUTE = "قانون ثبت اسناد مصوب 21 حمل 1302\nماده 1 - در هر شهر اداره‌اي به اسم ثبت اسناد تشكيل ميشود.\n"
# A Persian Markdown page: more Latin letters (a link) than Arabic-script ones.
README = ("# راهنما\n\nبرای افزودن کتاب [CONTRIBUTING](https://github.com/EbookFoundation/free-programming-books/"
          "blob/main/docs/CONTRIBUTING.md) را بخوانید.\n")


@pytest.mark.parametrize("text", [STATUTE, README], ids=["arabic-letters", "markdown"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "source.txt"
    path.write_bytes(text.encode(codec))
    source = read_source(path)
    assert (source.encoding, source.text) == (codec, text)


def test_utf8_with_a_control_character_is_still_refused_not_read_as_a_code_page(tmp_path: Path) -> None:
    path = tmp_path / "source.txt"
    path.write_bytes("سلام\x07 دنیا\n".encode())
    with pytest.raises(SourceError, match="U\\+0007 is a control character"):
        read_source(path)


def test_plain_reads_a_no_break_space_as_a_space() -> None:
    # A rule's «ماده ۱ - » pattern sees one form whatever space the text was typed with.
    assert plain(f"ماده ۱ -{NBSP}متن{NBSP}قانون") == "ماده ۱ - متن قانون"


def test_a_no_break_space_in_a_pdf_word_stands_for_its_lost_letter_as_a_space_does() -> None:
    # «ﺩﺍﻧﺸ ﺎﻩ»: the font mapped «گ» to nothing (nashr.convert.reading.lost_letters).
    assert logical(f"ﺩﺍﻧﺸ{NBSP}ﺎﻩ") == logical("ﺩﺍﻧﺸ ﺎﻩ") == "دانشگاه"


def test_a_line_saved_with_no_break_spaces_has_its_caesura_and_speaker() -> None:
    # Khayyam's bayt as a web page saves it: NBSP for every space, four between the hemistichs.
    bayt = "برخیز و بیا بتا برای دل ما    حل کن به جمال خویشتن مشکل ما"
    assert shape(bayt.replace(" ", NBSP)).caesura == shape(bayt).caesura == (26, 30)
    turn = "رئیس مجلس: جلسه رسمی است و دستور روز طرح می‌شود."
    assert shape(turn.replace(" ", NBSP)).speaker == shape(turn).speaker == "رئیس مجلس"


def test_a_pdf_layer_line_between_bidi_controls_keeps_its_bullet_and_indent() -> None:
    # A statement's clauses, each after a tatweel as a dash, as a PDF text layer gives them.
    clause = "ـ نظر به لزوم صیانت حقوق ملت ایران"
    assert shape(f"\u202b{clause}\u202c").bullet and shape(clause).bullet
    assert shape(f"\u202b   {clause}\u202c").indent == shape(f"    {clause}").indent == 4


# A dated line with its month name stretched by a tatweel, as titles and datelines draw it.
STRETCHED = "تهران، ۳۰ شهـریور ۱۳۳۰"
LETTER_DATE = "نامه مورخ ۳۰ شهـریور ۱۳۳۰ رسید و روز ۱۹ مـرداد ۱۳۲۳ را یاد کرد."


def test_a_date_with_a_tatweel_is_found_on_the_source_characters_with_its_value() -> None:
    stretched = without_tatweel(date_spans, LETTER_DATE)
    assert [LETTER_DATE[s.start : s.end] for s in stretched] == ["۳۰ شهـریور ۱۳۳۰", "روز ۱۹ مـرداد ۱۳۲۳"]
    assert [dict(s.attrs) for s in stretched] == [dict(s.attrs) for s in date_spans(LETTER_DATE.replace("\u0640", ""))]
    assert stretched[1].attrs["when"] == "1944-08-10"  # 19 Mordad 1323: day 143 of a year from 21 March 1944


def test_a_tatweel_after_a_digit_is_a_dash_not_a_stretch() -> None:
    # a letter's number and date in a PDF layer's reading (solh.ir's approval of 1326, tests/data/corpus/):
    # dropping the tatweels would glue «49823» to the day
    number = "بنا به پیشنهاد شماره 6018ـ49823ـ28/12/1325 وزارت فرهنگ"
    spans = without_tatweel(date_spans, number)
    assert [(number[s.start : s.end], s.attrs["when"]) for s in spans] == [("28/12/1325", "1947-03-19")]


def test_the_tagger_finds_a_date_drawn_with_a_tatweel() -> None:
    spans = Tagger(Registers(())).tag(LETTER_DATE)
    dates = [LETTER_DATE[s.start : s.end] for s in spans if s.tag == "date"]
    assert dates == ["۳۰ شهـریور ۱۳۳۰", "روز ۱۹ مـرداد ۱۳۲۳"]


def test_a_dateline_with_a_tatweel_dates_the_document() -> None:
    context = DateContext.from_text(STRETCHED)
    assert context is not None and context == DateContext.from_text(STRETCHED.replace("\u0640", ""))


def test_a_reprint_credit_typed_with_kurdish_he_is_a_byline() -> None:
    # «روزنامە» with U+06D5 for the final ه, as a Kurdish or Sorani keyboard types it.
    text = ["دبیرستان فیروز بهرام", "",
            "این دبیرستان در سال ۱۲۹۹ به همت انجمن زرتشتیان در تهران بنیاد شد و شاگردان بسیاری از آن برخاستند.", "",
            "ساختمان تازه دبیرستان با یاری نیکوکاران ساخته شد و امسال برای نخستین بار در آن درس داده می‌شود.", "",
            "روزنامه ایران- شنبه 3 دی 1311"]
    for form in (text, [line.replace("روزنامه", "روزنامە") for line in text]):
        assert classify(form)[-1].role == "byline"



def test_a_markdown_welcome_typed_with_arabic_letters_is_a_salute() -> None:
    page = ["# کتاب‌های رایگان برنامه‌نویسی", "", "**به `Free-Programming-Books` خوش آمدید!**", "",
            "از مشارکت شما سپاسگزاریم. لطفاً پیش از ارسال درخواست، [راهنما](CONTRIBUTING.md) را بخوانید.", ""]
    for form in (page, [line.replace("ی", "ي").replace("ک", "ك") for line in page]):
        assert classify(form)[2].role == "salute"

# A dozen texts of different families and sites that changed in one of these forms before round 13.
TEXTS = [
    "irannewspaper-borideh-jarideh-honarestan-honarpisheh-1318",  # news, a reprint credit at the end
    "ion-iran-qarn-1311-dabirestan-firuzbahram",  # news
    "nedayeazadi-nehzat-azadi-maramnameh-1340-cp1256",  # a statement's clauses after a tatweel dash
    "ganjoor-khayyam-rubaiyat",  # quatrains, hemistichs parted by spaces
    "state-gov-fa-briefing-2021-03-17",  # interview turns
    "mashruteh-wiki-mosaddegh-trial-session-17-1332",  # a court record's turns
    "aryana-blog-us-constitution-fa",  # a statute
    "ghavanin-tasmim-komision-farhang-talimat-ejbari-1336-cp1256",  # a hard-wrapped resolution
    "mossadeq-com-resignation-letter-1331",  # a letter
    "rouz-behan-hedayat-letter-to-shahid-noorai-11-1325",  # a personal letter, dated
    "wikipedia-fa-parvaresh-tabiat-kasmai",  # an encyclopaedia article quoting verse
    "wikisource-fa-masaalek-mohsenin-page-288",  # a travelogue's page
]
FORMS = ["nbsp", "tatweel", "pdf-bidi", "kurdish-he"]
# Texts refused in a form before round 13 (UTF-16 without a mark; a Markdown page in Windows-1256).
REFUSED = [("blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256", "utf16le"),
           ("ebookfoundation-fpb-howto-fa-md", "utf16le"),
           ("ebookfoundation-fpb-books-fa-index-md", "utf16be"),
           ("ebookfoundation-fpb-books-fa-index-md", "cp1256-crlf")]


@functools.cache
def _tagger() -> Tagger:
    return Tagger.from_registers(ROOT / "tei" / "registers")


@functools.cache
def _original(name: str, tmp: Path) -> tuple[variants.Variant, variants.Outcome]:
    start = variants.original(read_source(ROOT / "tests" / "data" / "corpus" / name / "source.txt").text)
    path = tmp / name / "original" / "source.txt"
    path.parent.mkdir(parents=True)
    path.write_bytes(start.data())
    return start, variants.run(path, start, _tagger())


@pytest.mark.parametrize(("name", "form"), [(n, f) for n in TEXTS for f in FORMS] + REFUSED)
def test_the_same_text_in_another_form_gets_the_same_roles_and_entities(
        tmp_path_factory: pytest.TempPathFactory, name: str, form: str) -> None:
    start, base = _original(name, tmp_path_factory.getbasetemp())
    variant = variants.TRANSFORMS[form](start)
    path = tmp_path_factory.mktemp(form) / "source.txt"
    path.write_bytes(variant.data())
    other = variants.run(path, variant, _tagger())
    assert other.problem == ""
    assert other.roles == base.roles
    assert other.mentions == base.mentions


def test_a_place_glued_to_its_preposition_in_a_pdf_layer_is_kept() -> None:
    # «بتهران» as a PDF layer draws it: «ت» in its medial form, joined to the «ب» before it.
    source = "ﺍﺯ ﺗﺒﺮﯾﺰ ﺑﺘﻬﺮﺍﻥ ﺭﻓﺖ"
    start = logical(source).index("تهران")
    read, spans = aligned_spans([Span(start, start + 5, "placeName")], source)
    assert [source[s.start : s.end] for s in spans] == ["ﺘﻬﺮﺍﻥ"] and len(read) == 1


def test_a_speaker_label_stretched_by_tatweels_is_still_a_label() -> None:
    # A parliamentary record's turn, «name ـ speech», the name's words drawn long («مـیرزا»).
    turn = "میرزا سید حسن کاشانی ـ آقای جلیل الملک چند روز است مریض است."
    stretched = "مـیرزا سـید حسن کـاشانی ـ آقای جـلیل الملک چند روز است مریض است."
    assert shape(stretched).speaker == shape(turn).speaker == "میرزا سید حسن کاشانی"
