"""What set 21's errors taught (issue 12, round 24, «struct28»): bulleted paragraphs of a hard-wrapped
text, the lines of metadata under a poem, and what a batch of one site's pages says of a title. Real
texts of the collection (tests/data/corpus/, their roles by hand) and texts written for these tests."""

from __future__ import annotations

import textwrap

from nashr.convert.edition import MANY, analyse, line_keys, profile
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


def _roles(folder: str) -> list[tuple[int, str, str]]:
    """(line, nashr's role, the role by hand) of every non-blank line of a collection text."""
    wanted = hand_roles(CORPUS / folder)
    return [(line.n, line.role, wanted[line.n]) for line in nashr_roles(CORPUS / folder) if line.role != "blank"]


def test_bulleted_paragraphs_of_a_wrapped_text_are_items_over_their_wrapped_lines() -> None:
    # af.ambafrance.org: paragraphs begun by «- », each wrapped at 72 columns over 2–5 lines
    for folder in ("ambafrance-af-sefarat-mahkum-19-april-wrapped-crlf",
                   "ambafrance-af-sefarat-mahkum-1-mars-2017-wrapped-crlf"):
        body = [(n, got, want) for n, got, want in _roles(folder) if want in {"item", "item+"}]
        assert len(body) >= 10
        assert all(got == want for _, got, want in body), body
    paragraphs = (
        "- سفارت فرانسه در افغانستان حمله دیروز را که در نزدیکی بازار شهر انجام شد و جان شماری از "
        "مردم بیگناه را گرفت با شدیدترین الفاظ محکوم می کند و آن را جنایتی آشکار می داند.",
        "- این حمله بار دیگر نشان داد که عاملان آن از کشتار زنان و کودکان و کارگران روزمزد نیز باکی "
        "ندارند و هدفشان جز ترساندن مردم و برهم زدن آرامش کشور نیست، چنانکه مقامات گفته اند.",
        "- فرانسه مراتب تسلیت خود را به خانواده های قربانیان و به مردم و حکومت افغانستان ابراز می "
        "دارد و همچنان در راه مبارزه با تروریسم در کنار این کشور خواهد ایستاد.")
    text = ["سفارت فرانسه حمله کابل را محکوم می کند", ""]
    for paragraph in paragraphs:
        text += textwrap.wrap(paragraph, 72) + [""]
    roles = [line.role for line in classify(text) if line.role != "blank"]
    assert roles[1:] == ["item", "item+", "item+"] * 3


def test_dialogue_dashes_in_a_wrapped_text_stay_paragraphs() -> None:
    # weare.ir's Hedayat: two turns opened by «–», each under a line of the narrative
    got = {n: (role, want) for n, role, want in _roles("weare-hedayat-dash-akol-wrapped")}
    assert got[12] == ("p", "p") and got[14] == ("p", "p")


def test_the_metre_under_a_poem_is_a_note_on_it() -> None:
    # bonyad.github.io/tahrir: «وزن: …» and «بحر: …» under the last bayt; aryazamyn.com: a sentence
    got = {n: (role, want) for n, role, want in _roles("bonyad-tahrir-hafez-ghazal-058")}
    assert got[21] == got[22] == ("note", "note")
    got = {n: (role, want) for n, role, want in _roles("aryazamyn-saadi-ghazal-314-cp1256")}
    assert got[26] == ("note", "note")
    poem = ["بیا تا گل برافشانیم و می در ساغر اندازیم", "فلک را سقف بشکافیم و طرحی نو دراندازیم",
            "اگر غم لشکر انگیزد که خون عاشقان ریزد", "من و ساقی به هم سازیم و بنیادش براندازیم"]
    lines = classify([*poem, "", "وزن: مفاعیلن مفاعیلن مفاعیلن مفاعیلن", "بحر: هزج مثمن سالم"])
    assert [(line.role, line.cert) for line in lines[5:]] == [("note", "medium"), ("note", "medium")]


def test_a_metre_under_its_own_heading_is_that_section_s_text() -> None:
    # setiq.com: the heading «وزن:» over the feet, after the commentary
    got = {n: (role, want) for n, role, want in _roles("setiq-saadi-ghazal-30")}
    assert got[49] == ("head", "head") and got[51] == ("p", "p")


def test_a_title_two_texts_of_a_batch_share_stays_their_title() -> None:
    # qajarwomen.org: two letters of one sender to one addressee, catalogued under one title, beside a
    # farman: the title recurs in 2 texts of 3 (enough to mark the site's name, not a title as furniture)
    folders = sorted(CORPUS.glob("qajarwomen-*"))
    batch = [read_source(folder / "source.txt").lines for folder in folders]
    edition = profile(batch)
    lines = read_source(CORPUS / "qajarwomen-nameh-najm-al-saltaneh-1021a76-wrapped" / "source.txt").lines
    got = analyse(lines, edition.marks(lines)).lines
    # (the site's name, as banner and as heading, furniture both times; the item's title, said twice)
    assert [got[n - 1].role for n in (1, 3, 5, 7, 9)] == ["fw", "fw", "title", "title", "p"]
    # alone too since struct37 (the item's title said twice; the site's name above it furniture, as by hand)
    assert [line.role for line in analyse(lines).lines][:7:2] == ["fw", "fw", "title", "title"]
    # a line in 3 texts is marked once more (MANY): a section label under the site's name, read as the title
    assert ("top", MANY + line_keys(lines[0])[0]) in edition.marks(lines)
    assert ("top", MANY + line_keys(lines[4])[0]) not in edition.marks(lines)


def test_a_signature_guessed_from_its_place_that_every_page_repeats_is_the_site_s_furniture() -> None:
    # af.ambafrance.org: the back-to-top link «قسمت بالایی صفحه» under each communiqué; a text alone
    # read it as a signature (a short line after the last paragraph) until round 35, which reads no issuer
    # under a web page's stamp of publication («تاریخ نشر …»); the batch reads it as the site's footer
    folders = sorted(CORPUS.glob("ambafrance-af-*"))
    edition = profile([read_source(folder / "source.txt").lines for folder in folders])
    for folder in folders:
        lines = read_source(folder / "source.txt").lines
        last = max(hand_roles(folder))
        assert classify(lines)[last - 1].role == "p"
        assert analyse(lines, edition.marks(lines)).lines[last - 1].role == hand_roles(folder)[last] == "fw"
    # a signature mark repeated under every law of a database stays a signature (dastour.ir, with its pages)
    pages = [read_source(page).lines for page in sorted((CORPUS.parent / "edition" / "dastour").glob("*.txt"))]
    lines = read_source(CORPUS / "dastour-qanun-tasvib-1333-lid-44575" / "source.txt").lines
    marks = profile([lines, *pages]).marks(lines)
    assert analyse(lines, marks).lines[4].role == "signed"


def test_an_image_s_format_alone_is_its_placeholder_a_note() -> None:
    got = {n: (role, want) for n, role, want in _roles("ambafrance-af-sefarat-mahkum-23-julai-2016-wrapped-crlf")}
    assert got[19] == ("note", "note") and got[21] == ("dateline", "dateline")
    text = ["نامه ای به دوستان", "", "این نامه را برای شما می نویسم تا بدانید که حال ما خوب است و کار ما پیش می رود.",
            "", "png", "", "علی"]
    assert [line.role for line in classify(text)][4] == "note"


def test_a_title_wrapped_at_the_width_is_one_title_of_up_to_16_words_a_line() -> None:
    # af.ambafrance.org: the communiqué's title wrapped over two lines, the site's «[fr]» link after it
    for folder in ("ambafrance-af-sefarat-mahkum-19-april-wrapped-crlf",
                   "ambafrance-af-sefarat-mahkum-asadabad-kabul-27-feb-wrapped-crlf"):
        got = {n: (role, want) for n, role, want in _roles(folder)}
        assert got[1] == got[2] == ("title", "title")
