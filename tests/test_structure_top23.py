"""The top and the foot of a page (round 23, «struct23»): a page's number and its running head
whatever told the page apart, the foot opened by a line without a letter, a web page's title said
again and again, an official gazette's head under a page's title, a site's bulleted menu over the
text. Texts written for these tests, in the shapes the collection shows (a channel's post, a poetry
blog's counter, a printed page transcribed line by line, a parliament's session, a library's reader)."""

from __future__ import annotations

from pathlib import Path

from nashr.convert.matter.page import PAGE_NUMBER_RULE, RUNNING_HEAD_RULE
from nashr.convert.matter.patterns import LETTERLESS_RULE
from nashr.convert.matter.site import MENU_RULE
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_frame import PROSE, TITLE

VERSE = ("هر که با پولاد بازو پنجه کرد", "ساعد مسکین خود را رنجه کرد", "باش تا دستش ببندد روزگار",
         "پس به کام دوستان مغزش برآر")


def _lines(text: str) -> dict[int, tuple[str, str]]:
    return {line.n: (line.role, line.rule) for line in classify(text.split("\n")) if line.role != "blank"}


def test_a_line_without_a_letter_opens_the_foot_and_takes_the_short_lines_under_it() -> None:
    # A channel's post: the text, then its emoji, hashtag and the labels of its source.
    text = f"{TITLE}\n\n{PROSE}\n{PROSE}\n\n📕\n#گلستان سعدی\nباب سوم در فضیلت قناعت\nحکایت شمارهٔ ۳"
    lines = _lines(text)
    assert [lines[n] for n in (6, 7, 8, 9)] == [("fw", LETTERLESS_RULE)] * 4
    assert lines[3][0] == lines[4][0] == "p"


def test_a_count_as_the_last_line_under_a_poem_is_furniture() -> None:
    text = f"{TITLE}\n\n" + "\n".join(VERSE) + "\n\nعطار نیشابوری\n\n0"
    lines = _lines(text)
    assert lines[10] == ("fw", LETTERLESS_RULE)
    assert all(lines[n][0] == "l" for n in (3, 4, 5, 6))


def test_what_does_not_open_the_foot() -> None:
    # An omission mark is the text's; a number over lines numbers them; a sentence after the line
    # says the text goes on.
    for tail in ("[…]", "* * *", "۲\nفصل دوم", "📕\n" + PROSE):
        lines = _lines(f"{TITLE}\n\n{PROSE}\n\n{tail}")
        assert lines[5][1] != LETTERLESS_RULE, tail


def test_a_printed_page_s_number_and_running_head_are_the_page_number_and_running_head_rules() -> None:
    # A page of a book transcribed line by line: its number alone, its running head right under it.
    text = f"۳۹\nدر سیرت پادشاهان\n\n{PROSE}\n\n{PROSE}"
    lines = _lines(text)
    assert lines[1] == ("fw", PAGE_NUMBER_RULE)
    assert lines[2] == ("fw", RUNNING_HEAD_RULE)
    assert lines[4][0] == "p"


def test_a_web_page_s_title_said_again_and_again_is_the_title_at_the_top() -> None:
    # A poem's page: the title, then over every stanza the page repeats it (a caption, a link). (The
    # same bayt under it each time would be a refrain, matter.page._refrain_couplets: the stanzas differ.)
    # The first repeat, among the page's first lines, is the text's own title under the page's (round 53:
    # title by hand on namakstan.net, persianv.com, help.molisy.ir and idinco.ir); the later ones are furniture.
    stanzas = ["\n".join(VERSE[k : k + 2]) for k in (0, 2, 0)]
    text = f"{TITLE}\n\n" + "\n\n".join(f"{TITLE}\n\n{stanza}" for stanza in stanzas)
    lines = _lines(text)
    assert lines[1][0] == lines[3][0] == "title"
    assert {lines[n][0] for n in (8, 13)} == {"fw"}


def test_a_pdf_s_running_head_on_its_first_page_stays_furniture() -> None:
    pages = "\f".join(f"{TITLE}\n{PROSE}\n{PROSE}\n" for _ in range(3))
    lines = _lines(pages)
    assert lines[1][0] == "fw"


def test_an_official_gazette_s_head_under_the_page_s_title_is_masthead() -> None:
    # A wiki's page of a parliament's session: its title, then the gazette's head it reproduces (the
    # paper's name, what it holds, its year and number, its editor, the date), then the session.
    text = ("مذاکرات مجلس شورای ملی، جلسه ۴۴\n\nروزنامه رسمی کشور\n\n"
            "شامل متن قوانین – صورت مفصل مذاکرات مجلس – آگهی‌های رسمی و قانونی\n\nسال ششم – شماره ۱۵۷۱\n\n"
            f"مدیر سیدمحمد هاشمی\n\n۵شنبه ۲۲ تیر ماه ۱۳۲۹\n\n{PROSE}")
    roles = {n: role for n, (role, _) in _lines(text).items()}
    assert roles[1] == "title"
    assert [roles[n] for n in (3, 5, 7, 9, 11)] == ["masthead"] * 5
    assert roles[13] == "p"


def test_a_paper_named_over_a_diary_s_first_day_is_no_masthead() -> None:
    # «روزنامه» also names a diary: a date under it, with no issue, heads its first day.
    text = f"سفرنامه\n\nروزنامه سفر قم\n\nیکشنبه ۲ رجب ۱۳۰۲\n\n{PROSE}"
    roles = {n: role for n, (role, _) in _lines(text).items()}
    assert "masthead" not in roles.values()


LONG = PROSE + " " + PROSE


def test_a_bulleted_menu_over_the_text_is_the_site_s_menu() -> None:
    # An online library's reader: a pager and download links in bullets, then the book's text.
    menu = "\n".join(f"• {label}" for label in ("شروع", "قبلی", "۱۹۶ /", "بعدی", "پایان", "دانلود PDF"))
    text = f"{TITLE}\n\n{menu}\n\n{LONG}\n\n{LONG}"
    lines = _lines(text)
    assert [lines[n] for n in range(3, 9)] == [("fw", MENU_RULE)] * 6
    assert lines[1][0] == "title"


def test_a_bulleted_list_inside_or_without_a_body_keeps_its_items() -> None:
    items = "\n".join(f"• {label}" for label in ("نشر کتاب", "فروش کتاب", "ترجمه کتاب"))
    after_body = _lines(f"{TITLE}\n\n{LONG}\n\n{LONG}\n\n{items}")
    assert [after_body[n][0] for n in (7, 8, 9)] == ["item"] * 3
    without_body = _lines(f"{TITLE}\n\n{items}")
    assert [without_body[n][0] for n in (3, 4, 5)] == ["item"] * 3
    long_items = "\n".join(f"• {PROSE}" for _ in range(3))
    with_sentences = _lines(f"{TITLE}\n\n{long_items}\n\n{LONG}\n\n{LONG}")
    assert [with_sentences[n][0] for n in (3, 4, 5)] == ["item"] * 3


def test_a_search_boxs_latin_labels_at_a_pdf_pages_top_are_no_footnotes() -> None:
    """farhangesoorni.ir's page printed by Chromium (set 19): its search box's labels («Generic
    selectors», «Exact matches only» …) stand under the page's heading, above the statute. Taken for
    the Latin glosses of footnotes, they made the rest of the page notes (19 lines); the glosses of a
    thesis's footnotes, with nothing of the page's text under them, stay notes."""
    corpus = Path(__file__).resolve().parent / "data" / "corpus"
    page = classify(read_source(corpus / "farhangesoorni-qanun-estekhdam-1301-sharayet-chromium-pdftotext"
                                / "source.txt").lines)
    assert not [line.n for line in page if line.role == "note"]
    assert [line.role for line in page if 19 <= line.n <= 26] == ["item", "item", "item", "item+", "item",
                                                                   "item+", "item", "item+"]
    thesis = classify(read_source(corpus / "sharif-thesis-template-chapter1-pdftotext" / "source.txt").lines)
    assert {line.role for line in thesis if line.n in (38, 40, 41, 42, 43)} == {"note"}
