"""Labels at the edges of statements and letters on the collection (issue 12, round 35, «struct53»):
signatures under a statement's last paragraph, and what is no signature though it stands last — lines
of the collection against their roles by hand."""

from __future__ import annotations

import pytest

from test_structure_corpus import roles_at, text_roles

SIGNED = [
    # A statement of ceo.gov.af (set 31's Afghan statements): the issuer's name, then his office alone last
    ("ceo-gov-af-elamiye-hamle-kabul-utf16", 13),
    ("ceo-gov-af-elamiye-hamle-kabul-utf16", 15),
    # A regulation's minister, last under its list (davoudabadi.ir, a PDF's text layer)
    ("davoudabadi-eslah-ayinnameh-komision-afv-1342-chromium-pdftotext", 16),
]


@pytest.mark.parametrize(("folder", "line"), SIGNED)
def test_an_office_alone_last_signs_a_statement(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("signed", "signed")


@pytest.mark.parametrize(("folder", "line"), [
    ("ambafrance-af-sefarat-mahkum-1-mars-2017-wrapped-crlf", 21),
    ("ambafrance-af-sefarat-mahkum-asadabad-kabul-27-feb-wrapped-crlf", 18),
])
def test_the_site_s_link_under_its_stamp_of_publication_signs_nothing(folder: str, line: int) -> None:
    # «تاریخ نشر 07/09/2020» is the web page's date, not the statement's: «قسمت بالایی صفحه» under it is
    # the site's link to the page's top, no issuer signing under the date; the stamp stays a date line.
    hand, nashr = roles_at(folder, line)
    assert hand == "fw"
    assert nashr != "signed"
    assert roles_at(folder, line - 2) == ("dateline", "dateline")


@pytest.mark.parametrize(("folder", "line"), [
    ("shaer-ir-hatef-suy-e-khod-khan-ghazal-1", 18),
    ("shaer-ir-molavi-dar-in-sarma-va-baran-240", 16),
    ("shaer-ir-molavi-del-bar-ma-shodast-cp1256", 20),  # (in Arabic letters: «گروه كتاب پايگاه خبري شاعر»)
])
def test_a_desk_of_a_news_site_under_the_text_is_its_byline(folder: str, line: int) -> None:
    # «گروه کتاب پایگاه خبری شاعر»: the desk, then the site it works for, on a line of its own (set 31).
    assert roles_at(folder, line) == ("byline", "byline")


def test_a_group_named_in_a_sentence_is_no_desk() -> None:
    roles = text_roles("خبر\n\nگروه تروریستی طالبان دیروز به یک پاسگاه در ولایت هلمند حمله کرد و چند نفر کشته شدند.\n\n"
                       "گروه کتاب پایگاه خبری شاعر")
    assert roles[3] == "p"
    assert roles[5] == "byline"


def test_the_poet_s_name_set_apart_under_free_verse_is_the_credit() -> None:
    # Nima's «تو را من چشم در راهم» (foroughs.blogspot.com): the short lines of free verse took the poet's
    # name under the poem, set apart by blank lines, for one more line of it.
    assert roles_at("foroughs-blogspot-nima-chashm-dar-raham-utf16-crlf", 19) == ("byline", "byline")


def test_a_short_last_line_of_free_verse_that_names_no_poet_stays_verse() -> None:
    poem = ("تو را من چشم در راهم\nشباهنگام\nکه می گیرند در شاخ تلاجن سایه ها رنگ سیاهی\n"
            "وزان دلخستگانت راست اندوهی فراهم\nتو را من چشم در راهم\n\nشباهنگام")
    roles = text_roles(f"شعر\n\n{poem}")
    assert roles[9] != "byline"


def test_a_credit_s_label_alone_names_no_one() -> None:
    # «نویسنده:» with its field left empty by the copy (alhassanain.org): a form's label, no byline.
    assert roles_at("alhassanain-musavi-esfahani-safar-makke-1315q-utf16", 33) == ("fw", "fw")


INTERVIEW = ("گفتگوی صدای آمریکا با وزیر خارجه درباره مذاکرات\n\n"
             "خبرنگار:\nآیا فکر می‌کنید که مذاکرات به نتیجه خواهد رسید؟\n"
             "وزیر خارجه:\nمن فکر می‌کنم که هنوز زمان زیادی لازم است و باید صبر کرد تا طرفین به توافق برسند.\n\n"
             "خبرنگار:\nنظر شما درباره تحریم‌ها چیست؟\n"
             "وزیر خارجه:\nتحریم‌ها به مردم آسیب می‌زند و دولت باید راه دیگری پیدا کند تا اقتصاد بهتر شود.\n")


def test_an_interviewer_s_label_alone_over_a_short_question_opens_a_turn() -> None:
    # Each label alone with its colon over the speech: the questions are shorter than an answer's prose.
    roles = text_roles(INTERVIEW)
    assert [roles[n] for n in (3, 5, 8, 10)] == ["speaker"] * 4
    assert [roles[n] for n in (4, 6, 9, 11)] == ["p"] * 4
