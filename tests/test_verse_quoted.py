"""Verse among the lines around it (issue 12, round 29): a qit'a that a Golestan story quotes one
hemistich a line, between the sentence that brings it in and the page's heading said again, and a
masnavi's bayt whose first hemistich asks a question. The texts are the collection's
(tests/data/corpus), checked against their hand-made roles."""

from __future__ import annotations

from nashr.convert.conventions import shape
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles


def _roles(name: str) -> tuple[dict[int, str], dict[int, str]]:
    folder = CORPUS / name
    return {line.n: line.role for line in classify(read_source(folder / "source.txt").lines)}, hand_roles(folder)


def test_a_qita_between_the_sentence_bringing_it_in_and_a_heading_is_verse() -> None:
    # roozaneh-golestan-bab2-golchin-cp1256 (set 25), lines 9–19: «گفت: بر ظاهرش عیب نمی‌بینم …» (38
    # letters), the qit'a «هر که را جامه پارسا بینی / … / محتسب را درون خانه چه کار» (19–20 letters each, a
    # blank line after each), then the page's heading said again (40 letters): the two long lines no longer
    # make the run «no metre».
    found, hand = _roles("roozaneh-golestan-bab2-golchin-cp1256")
    assert [found[n] for n in (11, 13, 15, 17)] == [hand[n] for n in (11, 13, 15, 17)] == ["l"] * 4
    assert found[9] == hand[9] == "p"


def test_a_numbered_bayt_whose_first_hemistich_asks_is_a_bayt() -> None:
    # saednews-masnavi-musa-feraun-abyat-2509-2520-cp1256 (set 14): «2510) گفت : اي موسي كدامست آن يكي ؟ / شرح
    # كن با من از آن يك ، اندكي» among the masnavi's numbered bayts; didarejan's «… آری و آب ؟ / … اضطراب ؟»
    # ends in a question too and was a bayt already.
    found, hand = _roles("saednews-masnavi-musa-feraun-abyat-2509-2520-cp1256")
    assert [found[n] for n in range(2, 14)] == [hand[n] for n in range(2, 14)] == ["l"] * 12
    found, hand = _roles("didarejan-masnavi-daftar3-2806-numbered-slash")
    assert found[31] == hand[31] == "l"


def test_a_line_under_a_poem_that_leaves_a_bayt_half_made_and_rhymes_with_nothing_is_no_verse() -> None:
    # setiq's two ghazals: the recording's label under each («غزل سعدی با صدای سهیل قاسمی», in the metre of the
    # hemistichs); rayeshmand's Hafez ghazal: the site's note under it, its second line ending a sentence
    # inside («… منتشر شده است. خوشحال میشویم اگر»): all four page lines (fw by hand) were the poems' last
    # hemistichs.
    for name, page_lines, poem in (("setiq-saadi-ghazal-30", [43], range(3, 42)),
                                    ("setiq-saadi-ghazal-44", [61], range(3, 60)),
                                    ("rayeshmand-hafez-ghazal-raftam-be-bagh-site-page", [15, 16], range(1, 15))):
        found, hand = _roles(name)
        assert all(found[n] != "l" and hand[n] == "fw" for n in page_lines), name
        assert [found[n] for n in poem if hand.get(n) == "l"] == [hand[n] for n in poem if hand.get(n) == "l"], name
    # A musammat's tercets end on a line rhyming with the band's («… مفتخر بود(35)» after «… خطر بود»): kept.
    found, hand = _roles("karizyazda-niloblog-kasmai-poems")
    assert found[53] == hand[53] == "l"


def test_a_first_hemistich_ending_in_an_exclamation_keeps_its_bayt() -> None:
    # A first hemistich may end in «!» where the bayt goes on after the slash (conventions.QUESTION_END);
    # an interviewer's question (conventions.ASKED, «؟» only) is another test: when it shadowed this one,
    # four bayts of benchmarks/verse_layouts.py's join-slash layout were read as prose.
    assert shape("ای خدا این وصل را هجران مکن! / سرخوشان عشق را نالان مکن").caesura is not None
    assert shape("گفت : اي موسي كدامست آن يكي ؟ / شرح كن اين را كه تا پيدا شود").caesura is not None
    assert shape("این کار را امروز تمام کنید. / آن کار را فردا شروع کنید").caesura is None
