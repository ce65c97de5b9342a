"""Line classification against structures written by hand (issue 3).

Each ``tests/data/structure/NAME.expected`` lists, for a source (a seed, or ``NAME.txt`` beside it),
the role of each non-blank line: ``N role [number] [trailer] [copy=K] [cert=C]``; ``* role`` gives the
role of every line not listed; ``genre G`` and ``encoding E`` state the document type and the codec.
``cert=low`` marks a line nashr leaves to the editor: its role is nashr's doubtful reading, not the
hand role (which the file's comments give), and the test asserts that the line carries that doubt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, ROOT
from nashr.convert.conventions import first_words, learn, shape, words
from nashr.convert.document import Line
from nashr.convert.sources import read_source
from nashr.convert.structure import classify, genre

CASES = sorted((DATA / "structure").glob("*.expected"))


def _source(expected: Path) -> Path:
    beside = expected.with_suffix(".txt")
    return beside if beside.exists() else ROOT / "seeds" / beside.name


def _describe(line: Line, cert: bool = False) -> str:
    parts = [line.role]
    if line.number is not None:
        parts.append(str(line.number))
    if line.trailer_at is not None:
        parts.append("trailer")
    if line.copy_of is not None:
        parts.append(f"copy={line.copy_of}")
    if cert:
        parts.append(f"cert={line.cert}")
    return " ".join(parts)


def _expectation(path: Path) -> tuple[dict[int, str], str | None, str | None, str | None]:
    roles: dict[int, str] = {}
    default = kind = encoding = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition(" ")
        if key == "*":
            default = rest
        elif key == "genre":
            kind = rest
        elif key == "encoding":
            encoding = rest
        else:
            roles[int(key)] = rest
    return roles, default, kind, encoding


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.stem)
def test_structure_matches_hand_encoding(expected: Path) -> None:
    source = read_source(_source(expected))
    roles, default, kind, encoding = _expectation(expected)
    lines = classify(source.lines)
    found = {line.n: _describe(line, "cert=" in roles.get(line.n, "")) for line in lines if line.role != "blank"}
    wanted = {n: roles.get(n, default) for n in found}
    assert found == wanted, {n: (found[n], wanted[n]) for n in found if found[n] != wanted[n]}
    assert set(roles) <= set(found), "expected a role for a blank line"
    if kind is not None:
        assert genre(lines) == kind
    if encoding is not None:
        assert source.encoding == encoding


def test_at_least_eight_layouts_beyond_the_seeds() -> None:
    assert len([p for p in CASES if p.with_suffix(".txt").exists()]) >= 8


def test_a_contents_page_of_short_unpunctuated_lines_is_no_free_verse() -> None:
    # Written for this test: a book's contents, its parts set apart by blank lines. Its lines are as
    # short as free verse's (verse.free_verse) and break no clause, but none ends in a comma or a
    # full stop, as about half the lines of a poem do: no line of it is a line of verse.
    text = ("فهرست مطالب\n\nپیشگفتار\nدرباره این کتاب\nسپاسگزاری\nزندگی نویسنده\n\nبخش نخست\nکودکی در تبریز\n"
            "سال‌های مدرسه\nسفر به تهران\n\nبخش دوم\nروزنامه‌نگاری\nزندان و تبعید\nبازگشت به وطن\n\nپیوست‌ها\nنمایه\n")
    roles = {line.role for line in classify(text.splitlines())}
    assert "l" not in roles


# Written for these tests (issue 12, verse precision): lists whose lines rhyme by chance. A list of
# given names and surnames in «‌ی» (pairs rhyme: «احمدی / محمدی», «کریمی / رحیمی»), one of
# surnames in «‌زاده», «‌پور», «‌وزی», and a book's contents whose lines are parallel («شعر در
# روزگار قاجار / نثر در روزگار قاجار»), and news headlines in «…ان» of lengths from 11 letters to 42.
# Their lines are shorter than any hemistich (verse.one_metre: a name is eight to ten letters), keep
# no length as a metre does (verse.one_metre), or repeat all their words but the first (verse.rhymes:
# no radif).
CHANCE_RHYMES = {
    "names": "اسامی برگزیدگان جشنواره\n\nهیئت داوران پس از بررسی آثار رسیده نام برگزیدگان این دوره را "
             "به شرح زیر اعلام کرد:\n\nعلی احمدی\nزهرا محمدی\nفاطمه کریمی\nمریم رحیمی\nسید حسین موسوی\n"
             "رضا عیسوی\nنرگس کاظمی\nمحمد هاشمی\n\nجوایز برگزیدگان در هفته آینده اهدا خواهد شد.\n",
    "surnames": "فهرست شرکت‌کنندگان\n\nشرکت‌کنندگان در دوره آموزشی امسال، که از استان‌های مختلف آمده بودند، "
                "اینان بودند:\n\nمحمدرضا حسن‌زاده\nعلیرضا قلی‌زاده\nمهدی نوروزی\nسعید فیروزی\nحمید رضاپور\n"
                "مجید علی‌پور\n",
    "headlines": "خبرهای کوتاه\n\nسفر وزیر به تهران\nبارش شدید باران و برف در بیشتر استان‌های غربی ایران\n"
                 "افتتاح پل تازه در کرمان\nبرگزاری نمایشگاه بزرگ کتاب کودک و نوجوان در اصفهان\nکاهش قیمت نان\n"
                 "آغاز ثبت‌نام دانشجویان تازه‌وارد دانشگاه‌ها از آبان\n",
    "contents": "فهرست\n\nسخن ناشر\nپیشگفتار مترجم\nزندگی و زمانه شاعر\nشعر در روزگار قاجار\n"
                "نثر در روزگار قاجار\nسفرنامه‌ها و خاطره‌ها\nروزنامه‌ها و مجله‌ها\n",
}


@pytest.mark.parametrize("name", sorted(CHANCE_RHYMES))
def test_a_list_rhyming_by_chance_is_no_verse(name: str) -> None:
    roles = [line.role for line in classify(CHANCE_RHYMES[name].splitlines())]
    assert "l" not in roles


@pytest.mark.parametrize(("name", "starts"), [("verse-children-stanzas", [3, 8]), ("verse-ghazal-page-dated", [5]),
                                              ("verse-masnavi-sections", [3, 14]),
                                              ("verse-song-refrain", [3, 8, 11, 16])])
def test_each_stanza_is_a_poem_of_its_own(name: str, starts: list[int]) -> None:
    # Stanzas of three lines or more set apart by blank lines are each an lg (TEI P5 6.2), but a
    # blank line after every bayt (a ghazal's page) parts no stanzas; a section's title parts two.
    lines = classify(read_source(DATA / "structure" / f"{name}.txt").lines)
    assert [line.n for line in lines if line.role == "l" and line.group_start] == starts
    assert [line.hemistich for line in lines if line.role == "l"][:2] == [1, 2]


def test_a_contents_page_whose_lines_open_alike_is_no_free_verse() -> None:
    # Written for this test: a contents page of chapters each opening with «در» («در سیرت
    # پادشاهان»), in two groups. An unpunctuated poem's lines run on from the line above, opening
    # with a conjunction or preposition (verse._runs_on); parallel items opening with the same
    # word as the line above do not.
    text = ("فهرست مطالب\n\nدر ستایش خرد\nدر آفرینش عالم\nدر آفرینش مردم\nدر آفرینش آفتاب\nدر آفرینش ماه\n"
            "در ستایش پیغمبر\n\nدر سیرت پادشاهان\nدر اخلاق درویشان\nدر فضیلت قناعت\nدر فواید خاموشی\n"
            "در عشق و جوانی\nدر ضعف و پیری\n")
    assert "l" not in {line.role for line in classify(text.splitlines())}


def test_two_short_lines_of_unlike_length_between_paragraphs_are_no_bayt() -> None:
    # Written for this test: a heading over two lines between paragraphs of a report. Each line
    # is as long as a hemistich and neither ends a sentence, as a bayt quoted in prose; but their
    # lengths (25 letters and 15) are no metre's (verse.quoted_bayts: the hemistichs of a bayt
    # are of like length).
    text = ("گزارش هفتگی\n\nمذاکرات هفته گذشته پس از چند روز گفت‌وگوی فشرده میان هیئت‌های دو کشور در "
            "پایتخت به پایان رسید و بیانیه مشترکی منتشر شد.\n\nواکنش‌های بین‌المللی به توافق\n"
            "دیدگاه کارشناسان\n\nبسیاری از کارشناسان سیاست خارجی این توافق را گامی مهم در کاهش تنش‌های "
            "منطقه‌ای دانسته‌اند و از ادامه گفت‌وگوها استقبال کرده‌اند.\n")
    assert "l" not in {line.role for line in classify(text.splitlines())}



def test_four_short_lines_of_like_length_between_paragraphs_whose_ends_do_not_rhyme_are_no_bayts() -> None:
    # Written for this test: a society's four plans under a sentence ending in «:», between
    # paragraphs. Each line is as long as a hemistich, all four of like length (20 to 24 letters),
    # as two bayts quoted in prose; but the second and the fourth end in «ی» and «ه», no rhyme
    # (verse.quoted_bayts: the second hemistichs of two bayts of one poem rhyme).
    text = ("گزارش سالانه انجمن\n\nانجمن دوستداران کتاب در سال گذشته کارهای بسیاری انجام داد و برای سال "
            "آینده چهار کار را در برنامه خود گذاشته است که هیئت مدیره آنها را چنین برشمرد:\n"
            "گردآوری نسخه‌های خطی شهر\nفهرست‌نویسی اسناد خانوادگی\nآموزش کتابداران جوان شهر\n"
            "برگزاری نشست‌های ماهانه\nهیئت مدیره امیدوار است که با یاری اعضا و پشتیبانی دانشگاه همه این "
            "کارها تا پایان سال انجام شود.\n")
    assert [line.role for line in classify(text.splitlines())][3:7] == ["item"] * 4


def test_a_date_alone_under_a_line_closed_by_its_source_is_a_dateline() -> None:
    # Written for this test: a report's title closed by its source in brackets, «(روزنامه …، شماره
    # ۱۲۳۴۵)», and the report's date alone right under it, in a text whose paragraphs blank lines
    # part. The title ends no sentence, but its closed reference ends the block
    # (structure._closed_reference): the date does not continue it (p+), it stands alone.
    text = ("یادداشت های روزانه\n\nدر این صفحه بخشی از گزارش های رسیده از شهرستان ها را می آوریم که در "
            "روزنامه های آن روزگار منتشر شده است و خوانندگان گرامی می توانند متن کامل آنها را در بایگانی "
            "ببینند.\n\nگزارش فرمانداری کاشان درباره برداشت محصول گندم در بخش های شهرستان (روزنامه اطلاعات، "
            "شماره ۱۲۳۴۵)\n۱۳۴۵/۰۴/۱۲\nفرمانداری کاشان گزارش داده است که برداشت گندم در بیشتر بخش های "
            "شهرستان به پایان رسیده و محصول امسال از سال گذشته بیشتر بوده است.\n\nاین گزارش ها نشان می دهد "
            "که کار کشاورزی و ساختمان مدارس در روستاهای استان در آن سال ها با شتاب پیش می رفت و مردم نیز در "
            "آن سهم داشتند.\n")
    assert classify(text.splitlines())[5].role == "dateline"


def test_a_short_unpunctuated_line_left_a_paragraph_by_default_is_marked_doubtful() -> None:
    # Written for this test: a news page copied with the site's link under the text («بازگشت به
    # صفحه نخست», no rule knows it). The rules leave it a paragraph by default; that guess is
    # marked @cert="low" (and named in --explain) so an editor checks it first, while the
    # paragraphs, whole sentences, keep the default without a doubt.
    text = ("بازار کتاب در نمایشگاه امسال\n\nنمایشگاه کتاب امسال با حضور ناشران بسیاری از سراسر کشور "
            "برگزار شد و بازدیدکنندگان زیادی از آن دیدن کردند.\n\nبه گفته برگزارکنندگان، فروش کتاب در "
            "روزهای پایانی نمایشگاه بیش از سال گذشته بود.\n\nبازگشت به صفحه نخست\n")
    lines = {line.n: line for line in classify(text.splitlines())}
    assert (lines[7].role, lines[7].cert) == ("p", "low") and "doubtful" in lines[7].rule
    assert (lines[3].role, lines[3].cert, lines[5].cert) == ("p", None, None)

# Written for these tests: tables of two columns, their cells parted by a tab, as a bayt's
# hemistichs may be. A glossary whose meanings rhyme by chance («افسرده / افتاده») is no run of
# hemistichs (a hemistich holds no tab: verse.hemistich_pairs); a recipe's rows are no bayts, their
# cells too short for hemistichs (verse._halves_in_metre).
TABLES = {
    "glossary": "واژه‌نامه\n\nدر این واژه‌نامه معنی برخی از واژه‌های دشوار متن به ترتیب آمدن در کتاب آورده شده "
                "است تا خواندن آن آسان‌تر شود.\n\nنژند\tاندوهگین و افسرده\nفرتوت\tپیر و از کار افتاده\n"
                "گزند\tآسیب و زیان\nستوه\tخسته و درمانده\nآزرم\tشرم و حیا\n",
    "recipe": "مواد لازم\n\nآرد سفید\tدو پیمانه\nشکر\tیک پیمانه\nتخم مرغ\tسه عدد\nشیر\tنصف لیوان\n",
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_of_two_columns_is_no_verse(name: str) -> None:
    assert "l" not in {line.role for line in classify(TABLES[name].splitlines())}


def test_a_long_run_of_short_lines_under_the_title_is_no_subtitle_block() -> None:
    # Written for this test (round 9): a book's contents page, ten short unpunctuated lines under
    # its title. A title block is a few lines (matter.TOP_SHORT_RUN_MAX): before round 9 all ten
    # were chained as subtitles. They are the body (a contents page's entries; which role the
    # body's rules give them is not asked here), and the references' name at the end a heading.
    lines = classify(read_source(DATA / "structure" / "r9-contents-under-title.txt").lines)
    roles = {line.n: line.role for line in lines if line.role != "blank"}
    assert roles[1] == "title"
    assert "subtitle" not in roles.values()
    assert roles[23] == "head"


@pytest.mark.parametrize(("title", "kind"), [
    ("نامه سفیر به وزیر امور خارجه", "letter"),
    ("متن نامهٔ دهخدا به سفارت", "letter"),
    ("آیین نامه داخلی مجلس شورای اسلامی", None),  # a bylaw, the ZWNJ lost
    ("اساسنامه حزب", None),
    ("زندگی‌نامه پروین اعتصامی", None),
    ("سفرنامه ناصرالدین شاه", None),
])
def test_a_document_named_with_nameh_is_no_letter(title: str, kind: str | None) -> None:
    # «نامه» alone names a letter; as the second part of a compound it names another document
    lines = classify([title, "", "متن این سند در چند جمله آمده است و پایان می‌یابد."])
    assert genre(lines) == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("حکایت اول در سیرت پادشاهان", ["حکایت", "اول"]),
    ("کلمه‌ دویم: در صفات", ["کلمه", "دویم"]),
    ("۱۳۹۹خورشیدی آغاز شد", ["۱۳۹۹", "خورشیدی"]),  # digits glued to letters: two words
    ("ماده ۱۲ از قانون سال ۱۳۹۹خورشیدی", ["ماده", "۱۲"]),  # a glued word later changes nothing here
    ("«حکایت» ۲", ["حکایت", "۲"]),
    ("تنها", ["تنها"]),
    ("", []),
])
def test_first_words_are_the_first_of_words(text: str, expected: list[str]) -> None:
    """:func:`first_words` gives the line's first words as :func:`words` splits them, digits glued
    to letters set apart, without splitting the whole line."""
    assert first_words(text, 2) == expected == words(text)[:2]


def test_visual_order_is_read_only_from_a_text_layer_with_its_traces() -> None:
    """Lines that open with their full stop (visual order) make a text visual only with a PDF text
    layer's traces (bidi embeddings here); the same lines typed plainly are not (:func:`learn`)."""
    layer = ["\u202b.این جمله پایان یافت\u202c", "\u202b.آن سطر هم چنین است\u202c", "\u202bسطری دیگر بی نقطه\u202c"]
    assert learn(layer, [shape(t) for t in layer]).visual
    typed = [t.strip("\u202b\u202c") for t in layer]
    assert not learn(typed, [shape(t) for t in typed]).visual
