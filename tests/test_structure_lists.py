"""Lists and numbered headings decided by the document's own numbering (issue 12, round 22,
«struct24»): every numbering style through one mechanism («۱-», «الف-», «الف:», «(اولاً)», «ا-»
typed for «۱-»), a run counting up from a number above one, a list of an item's own run into the
line under it, and short lines that are sentences, not headings. Real texts of the collection
(tests/data/corpus/, their roles by hand) and texts written for these tests."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from nashr.convert.conventions import Label, label, learn, shape
from nashr.convert.document import DISABLED_RULES
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

OPENS = "item: a line numbered 1 (or «الف», «(اولاً)») with a separator opens a list"
NEXT = "item: the next number of the open list"


def _lines(folder: str, numbers: Iterable[int]) -> list[tuple[str, str, int | None]]:
    found = {line.n: line for line in nashr_roles(CORPUS / folder)}
    return [(found[n].role, hand_roles(CORPUS / folder)[n], found[n].number) for n in numbers if n in found
            and found[n].role != "blank"]


def test_alef_typed_for_one_numbers_the_first_item() -> None:
    assert label("ا- تاریخ جلسه محاکمه.") == Label(1, True, "digit")
    assert label("اسم و شهرت مدعی") is None  # (a word opening with alef)
    # «ا- تاریخ جلسه …», «۲ – اسم و شهرت …», «۳-اسم و شهرت …» under «در رأی کتبی نکات مفصله باید قید شود:»
    assert _lines("farhangesoorni-osul-mohakemat-hoquqi-1290-mavad-440-444", range(11, 14)) == [
        ("item", "item", 1), ("item", "item", 2), ("item", "item", 3)]


def test_clauses_numbered_by_ordinal_adverbs_are_a_list_as_any_other() -> None:
    lines = {line.n: line for line in nashr_roles(CORPUS / "blogfa-rashidnahal-qanun-sabt-asnad-1329q-cp1256")}
    assert [(lines[n].role, lines[n].number) for n in (31, 33, 35, 37)] == [("item", 1), ("item", 2), ("item", 3),
                                                                            ("item", 4)]
    assert (lines[31].rule, lines[33].rule) == (OPENS, NEXT)


def test_a_run_counting_up_from_two_is_a_list_whose_first_item_is_lost() -> None:
    # A statute's provinces from the second on, each over its towns run into one line («۱ - قم ۲ - كاشان …»).
    folder = "qavanin-taqsimat-keshvar-eslah-1316"
    found = _lines(folder, range(12, 31))
    assert all(got == want for got, want, _ in found), found
    assert [n for got, _, n in found if got == "item"] == [2, 3, 4, 5, 6, 7, 8]
    assert sum(1 for got, *_ in found if got == "continuation") == 6


def test_one_numbered_line_in_a_run_of_two_is_no_list() -> None:
    text = ("قانون نمونه\n\nماده ۵ - این قانون از تاریخ تصویب اجرا می‌شود و وزارت کشور مأمور اجرای آن است.\n\n"
            "۲ - اسم و شهرت اعضای هیئت که رأی داده‌اند در رأی نوشته می‌شود.\n"
            "۳ - تاریخ جلسه.\n\nاین متن برای آزمون نوشته شده است و هیچ فهرستی ندارد که از یک آغاز شود.")
    roles = {line.n: line.role for line in classify(text.split("\n"))}
    assert (roles[5], roles[6]) == ("p", "p")  # (a run of two from two: too little to call a list)


def test_a_list_lettered_with_colons_is_no_dialogue() -> None:
    # A regulation's article: «الف : مطالعه …», «ب : انشاء …», «ج : …», «د : …», «هـ : …» under «… به شرح زیر میباشد:»
    folder = "adlio-ayinnameh-osul-85-138-madde-7-chromium-pdftotext"
    assert _lines(folder, range(7, 12)) == [("item", "item", n) for n in range(1, 6)]
    lines = read_source(CORPUS / folder / "source.txt").lines
    speakers = learn(lines, [shape(t) if t.strip() else None for t in lines]).speakers
    assert not speakers & {"الف", "ب", "ج", "د", "ه"}, speakers
    # An interview's «س:» and «ج:» stay speakers: no «الف:» among its labels.
    interview = ["س: نظر شما درباره این کتاب تازه چیست و چرا آن را نوشتید؟",
                 "ج: این کتاب را برای جوانانی نوشتم که تاریخ خود را نمی‌شناسند.",
                 "س: واکنش خوانندگان به این کتاب چه بوده است تا امروز؟",
                 "ج: بیشتر خوانندگان از آن استقبال کرده‌اند و نامه نوشته‌اند."]
    assert learn(interview, [shape(t) for t in interview]).speakers == {"س", "ج"}


def test_a_short_line_ending_in_a_verb_is_a_sentence_not_a_heading() -> None:
    # «مجلس نیم ساعت پیش از ظهر به ریاست آقاى اسفندیارى تشکیل گردید» between the record's paragraphs
    assert _lines("ical-majlis-12-session-91-1320-01-31", range(34, 35)) == [("p", "p", None)]
    # … but a noun with its relative clause heads a section: «متقاضیان ویزای آمریکا که … اقامت دارند»
    assert _lines("usembassy-ir-fa-nonimmigrant-visa", range(10, 11)) == [("head", "head", None)]


def test_a_heading_under_a_full_line_ending_a_sentence_in_a_wrapped_text() -> None:
    # «… و بی هنر لقمه چیند و سختی بیند.» (a full line of a text wrapped at 70 columns), then «حکایت دوم»
    # over prose: a heading by the general rule too, not only as one of the parts counted after «حکایت».
    folder = CORPUS / "eghtesadmedia-golestan-se-hekayat-wrapped"
    series = "head: a part's label counted after the same word («حکایت اول», «حکایت #» …)"
    token = DISABLED_RULES.set(frozenset({series}))
    try:
        line = classify(read_source(folder / "source.txt").lines)[9]
    finally:
        DISABLED_RULES.reset(token)
    assert (line.n, line.role, hand_roles(folder)[10]) == (10, "head", "head")


def test_paragraphs_numbered_from_further_on_are_no_list() -> None:
    # A diary's days numbered as the book counts them («۱۰) روز حرکت …»), not a list whose first items were lost.
    days = "\n\n".join(f"{n}) روز {d} از منزل حرکت کردیم و تا عصر در راه بودیم، شب را در کاروانسرا ماندیم."
                       for n, d in ((10, "دوشنبه"), (11, "سه شنبه"), (12, "چهارشنبه")))
    roles = {line.n: line.role for line in classify(f"روزنامه سفر\n\n{days}".split("\n"))}
    assert [roles[n] for n in (3, 5, 7)] == ["p", "p", "p"]


def test_notes_numbered_after_a_label_in_brackets_are_no_parts_counted() -> None:
    # «[حاشیهٴ ۱:] به عرض برسد …», «[حاشیهٴ ۲:] …» under a letter: an archive's marginal notes, numbered by its
    # editor, not the parts of a text counted after the same word («کلمه نخستین …», «کلمه دویم …»).
    folder = "bic-archive-interior-ministry-letter-mahallat-1322"
    assert _lines(folder, range(27, 36)) == [("note", "note", None)] * 5
    lines = {line.n: line for line in nashr_roles(CORPUS / folder)}
    assert not any(lines[n].rule.startswith("item: one of the parts counted") for n in range(27, 36))


def test_a_lettered_list_in_presentation_forms_with_a_tatweel_for_its_dash() -> None:
    # A statute's PDF text layer in Arabic Presentation Forms, its letters' dash typed as a tatweel: «اﻟﻒ ـ …»
    # (lam and feh as their initial and final forms) opens the list as «الف ـ …» does.
    assert shape("اﻟﻒ ـ ﺗﺤﺼﻴﻞ ، ﺗﻤﻠﻚ").label == Label(1, True, "letter:الف")
    assert _lines("saderat-exchange-qanun-mobareze-ba-pulshuyi-apf", range(6, 9)) == [
        ("item", "item", n) for n in range(1, 4)]


STATEMENT = "اعلامیه کمیسیون مستقل انتخابات\n\nکمیسیون مستقل انتخابات موارد زیر را به اطلاع عموم می‌رساند:\n\n"
POINTS = ["ثبت نام رأی دهندگان از تاریخ اول حمل آغاز می‌شود.", "نامزدان باید اسناد خود را تا پانزدهم حمل تسلیم نمایند.",
          "نتایج ابتدایی یک هفته پس از روز انتخابات اعلام می‌گردد."]
FURTHER = ["رأی دهندگان باید تذکره تابعیت خود را همراه داشته باشند.",
           "مراکز ثبت نام در تمام ولایات از ساعت هشت صبح باز می‌باشند."]


def _point_roles(marks: list[str], further: list[str]) -> list[str]:
    lines = [f"{marks[0]} {POINTS[0]}", *further, f"{marks[1]} {POINTS[1]}", further[0], f"{marks[2]} {POINTS[2]}"]
    text = STATEMENT + "\n".join(lines) + "\n\nکمیسیون از همه همکاری می‌خواهد."
    return [line.role for line in classify(text.split("\n")) if line.role != "blank"][2:-1]


def test_a_numbered_point_over_paragraphs_of_its_own_goes_on_to_the_next_point() -> None:
    # An election commission's points, the first over two further paragraphs: the list goes on at «۲-».
    assert _point_roles(["۱-", "۲-", "۳-"], FURTHER) == [
        "item", "continuation", "continuation", "item", "continuation", "item"]
    assert _point_roles(["•", "•", "•"], FURTHER) == ["item", "continuation", "continuation", "item", "continuation",
                                                      "item"]


def test_a_line_broken_off_between_two_numbers_ends_the_list() -> None:
    # (a heading between «۱-» and «۲-», no final punctuation: a section, not the item's paragraph)
    roles = _point_roles(["۱-", "۲-", "۳-"], ["مراکز ثبت نام", FURTHER[1]])
    assert roles[1:3] != ["continuation", "continuation"]


@pytest.mark.parametrize("mark", ["◾", "🔹", "✅", "➖", "❖", "▪️", "📌"])
def test_points_marked_with_shapes_and_emoji_are_items(mark: str) -> None:
    assert shape(f"{mark} {POINTS[0]}").bullet
    text = STATEMENT + "\n".join(f"{mark} {p}" for p in POINTS)
    assert [line.role for line in classify(text.split("\n")) if line.role != "blank"][2:] == ["item"] * 3


def test_an_ornament_alone_is_no_bullet() -> None:
    assert not shape("🔹").bullet and not shape("◾ ").bullet


def test_points_set_apart_by_a_blank_line_under_the_sentence_announcing_them() -> None:
    text = ("فهرست قوانین\n\nقوانین زیر در این دوره به تصویب رسیده است:\n\nقانون مجازات عمومی مصوب ۱۳۰۴\n"
            "قانون ثبت اسناد و املاک مصوب ۱۳۱۰\nقانون مدنی مصوب ۱۳۰۷\n\n"
            "این فهرست بر اساس روزنامه رسمی کشور تهیه شده است و ممکن است کامل نباشد.")
    roles = [line.role for line in classify(text.split("\n")) if line.role != "blank"]
    assert roles[2:5] == ["item"] * 3 and roles[5] == "p"
    # (under a sentence that announces nothing, the same lines stay as they were)
    unannounced = [line.role for line in classify(text.replace("است:", "است.").split("\n")) if line.role != "blank"]
    assert "item" not in unannounced


def test_a_hard_wrapped_point_s_further_paragraph_keeps_the_list_open() -> None:
    # A council's statement wrapped at 60 characters: «۱- …» over two lines, a further paragraph of three lines,
    # then «۲- …»: the paragraph is the point's, and «۲-» the list's next item.
    import textwrap

    point1 = ("۱- شورا از تلاش‌های دولت برای آغاز گفتگوهای صلح حمایت می‌کند و خواهان آن است که این گفتگوها "
              "هرچه زودتر و با حضور همه طرف‌ها آغاز شود.")
    further = ("شورا همچنین تأکید می‌کند که دستاوردهای هجده سال گذشته باید حفظ شود و حقوق زنان و آزادی بیان در "
               "هر توافقی تضمین گردد و کسی نباید آن را نادیده بگیرد.")
    point2 = ("۲- شورا از جامعه جهانی می‌خواهد که به حمایت‌های خود از روند صلح ادامه دهد و کشورهای همسایه نیز "
              "در این راه همکاری کنند و نقش سازنده داشته باشند.")
    intro = ("شورای عالی صلح افغانستان در نشست امروز خود که با حضور اعضای شورا و نمایندگان ولایات برگزار شد "
             "موارد زیر را تصویب کرد و از همه نهادهای دولتی خواست تا آن را اجرا کنند:")
    lines = ["اعلامیه شورای عالی صلح", ""]
    for block in (intro, point1, further, point2):
        lines += [*textwrap.wrap(block, 60), ""]
    found = {line.n: line.role for line in classify(lines)}
    first_further = lines.index(textwrap.wrap(further, 60)[0]) + 1
    second = lines.index(textwrap.wrap(point2, 60)[0]) + 1
    assert found[first_further] == "continuation"
    assert found[second] == "item"


def test_a_pointer_before_a_link_alone_among_paragraphs_is_no_item() -> None:
    # «► ادامه مطلب» under a story: a link's pointer, not a point of a list (a run of them still is a list).
    para = "وزیر امور خارجه امروز با سفیر ترکیه دیدار کرد و دو طرف درباره همکاری‌های دو کشور گفتگو کردند."
    roles = {line.n: line.role for line in classify(["خبر", "", para, "", "► ادامه مطلب را بخوانید", "", para])}
    assert roles[5] != "item"
    roles = {line.n: line.role for line in classify(["خبر", "", para, "", "🔹 دیدار با سفیر ترکیه", "", para])}
    assert roles[5] == "item"


def test_a_heading_over_a_short_sentence_introducing_a_list_heads_its_section() -> None:
    # «مراحل کار» over «به طور کلی پاسداری از ویکیسفر در چهار مرحله انجام میشود:» and its bullets; «راهنمای
    # گروه» right above it; the OpenStreetMap wiki's «Unnamed objects» over «Objects … which have no name:»
    for folder, numbers in (("fa-wikivoyage-rahnamaye-davtalab", (8, 10)), ("osm-wiki-fa-editing-standards", (29,))):
        found = {line.n: line.role for line in nashr_roles(CORPUS / folder)}
        hand = hand_roles(CORPUS / folder)
        assert [found[n] for n in numbers] == [hand[n] for n in numbers] == ["head"] * len(numbers)
    intro = "به طور کلی کار در سه مرحله انجام می‌شود:"
    items = ["• آموزش کاربران جدید", "• اصلاح ویرایش‌های کاربران"]
    prose = "این متن یک پاراگراف کامل است که جمله‌ای بلند دارد و با نقطه پایان می‌یابد تا نثر شمرده شود."

    def roles(lines: list[str]) -> list[str]:
        return [line.role for line in classify(lines) if line.role != "blank"]

    assert roles([prose, "", "مراحل کار", "", intro, "", *items, "", prose]) == ["p", "head", "p", "item", "item", "p"]
    assert roles([prose, "", "مراحل کار", "", intro, "", prose])[1] == "p"  # no list under the sentence: no heading


def test_points_each_set_apart_by_blank_lines_under_a_colon_or_a_heading() -> None:
    # An embassy's documents to bring, one a paragraph under «… اسناد ذیل را به همراه داشته باشد:», and a PDF's
    # contents list of poem titles, one a paragraph under its part's heading: three or more such points are items.
    assert [(role, hand) for role, hand, _ in _lines("embassyofafghanistan-se-viza-ejazenameh-vorudi",
                                                     range(7, 12))] == [("item", "item")] * 3
    assert {(role, hand) for role, hand, _ in _lines("vdocuments-pub-hedayat-taranehaye-khayyam-pdf-layer",
                                                     range(39, 54))} == {("item", "item")}
    intro = "سفارت اعلام می‌کند که متقاضیان باید اسناد ذیل را به همراه داشته باشند:"
    points = ["پاسپورت اصلی", "دو قطعه عکس", "کاپی تذکره"]
    text = "\n\n".join(["ویزه", intro, *points, "برای گرفتن ویزه به اخذ نوبت قبلی ضرورت نیست."])
    roles = [line.role for line in classify(text.split("\n")) if line.role != "blank"]
    assert roles[2:5] == ["item"] * 3
    # (two such lines are not yet a list: a short paragraph and another may follow a colon so)
    two = "\n\n".join(["ویزه", intro, *points[:2], "برای گرفتن ویزه به اخذ نوبت قبلی ضرورت نیست."])
    assert "item" not in [line.role for line in classify(two.split("\n"))]


def test_a_markdown_heading_s_marks_count_no_parts() -> None:
    # «## ۲. مشارکت شما», «## ۳. حساب شما» …: a terms page's numbered section headings, not parts counted after
    # the same word «##».
    lines = {line.n: line for line in nashr_roles(CORPUS / "mozilla-legal-docs-common-voice-terms-fa-bom-crlf")}
    assert not any(line.rule.startswith("item: one of the parts counted") for line in lines.values())
    assert [lines[n].role for n in (13, 34, 43, 47, 56)] == ["head"] * 5


def test_a_dot_leader_of_ellipses_goes_on_with_its_contents_entry() -> None:
    # A PDF text layer writes a contents page's dot leaders as ellipses («……………………... 8»): the entry's own line.
    assert _lines("owasp-top10-2017-fa-darbareh-owasp-pdftotext", (46, 50, 109, 133)) == [("item+", "item+", None)] * 4


def test_a_round_bullet_before_the_first_line_of_a_page_is_no_item() -> None:
    # «• سفر معین وزارت …»: the page's headline, a bullet before it from the site's news list.
    assert _lines("afghanembassy-tr-safar-moin-mohajerin-torkiye-2019", range(1, 2)) == [("title", "title", None)]
