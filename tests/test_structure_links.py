"""Links to other pages under a web page's text (issue 12; :mod:`nashr.convert.links`): pages of the
collection with their roles by hand, and lines written for these tests."""

from __future__ import annotations

from nashr.convert.links import HEADLINES_RULE, SERIES_RULE
from nashr.convert.structure import classify
from test_boilerplate import PROSE
from test_structure_corpus import CORPUS, hand_roles, nashr_roles


def _roles(name: str) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    folder = CORPUS / name
    return {line.n: (line.role, line.rule) for line in nashr_roles(folder)}, hand_roles(folder)


def test_a_news_agency_s_related_headlines_under_its_release_are_furniture() -> None:
    # khovar.tj: the statement's four paragraphs, then the «اخبار مرتبط» widget's headlines to the page's end
    found, hand = _roles("khovar-tj-far-bayaniye-sefarat-amrika-beytolmoqaddas-2017-cp1256")
    for n in (16, 17, 18, 19):
        assert found[n] == ("fw", HEADLINES_RULE) and hand[n] == "fw"
    assert [found[n][0] for n in (3, 4, 5, 6)] == ["p"] * 4 == [hand[n] for n in (3, 4, 5, 6)]


def test_links_to_the_ghazals_before_and_after_the_page_s_are_furniture() -> None:
    # aryazamyn.com's «غزل شماره 112 - …» and «غزل شماره 114 - …» under «… غزل شماره 113», over its menu
    found, hand = _roles("aryazamyn-hafez-ghazal-113-cp1256")
    assert found[25] == found[26] == ("fw", SERIES_RULE) and hand[25] == hand[26] == "fw"
    assert found[3][0] == "title" == hand[3]
    # شعر.com: «دیوان حافظ - حال دل با تو گفتنم، هوس است» under «دیوان حافظ – الا یا ایها الساقی …»'s poem
    found, hand = _roles("sher-com-divan-hafez-ala-ya-ayyoha-alsaqi")
    assert found[25] == ("fw", SERIES_RULE) and hand[25] == "fw"
    assert found[24][0] == "l" == hand[24]


def test_lines_the_text_goes_on_after_or_that_rhyme_are_not_links() -> None:
    # a decree's heading («آییننامه اجرایی …» / «قانون بودجه سال 1400 کل کشور») over its articles
    found, hand = _roles("dotic-tasvibnameh-ayinnameh-budje-1400")
    assert found[7][0] != "fw" and found[8][0] != "fw" and hand[7] == hand[8] == "title"
    # Jami's quatrain read as prose at the page's end: its lines rhyme («جمیل» / «یمیل»)
    found, hand = _roles("ketabcafe-jami-baharestan-rowze5-hekayat-1-2")
    assert all(found[n][0] != "fw" and hand[n] == "l" for n in (21, 22, 23, 24))


def test_a_list_of_headlines_must_end_the_page() -> None:
    def roles(lines: list[str]) -> list[str]:
        return [line.role for line in classify(lines) if line.role != "blank"]

    links = ["سفیر ایران با وزیر امور خارجه کشور میزبان دیدار و گفتگو کرد",
             "نشست وزیران امور خارجه کشورهای منطقه در پایتخت برگزار شد"]
    assert roles([PROSE, "", PROSE, "", *links]) == ["p", "p", "fw", "fw"]
    assert "fw" not in roles([PROSE, "", *links, "", PROSE])  # the text goes on under them
    assert "fw" not in roles([PROSE, "", PROSE, "", links[0]])  # one line is no list
