"""A site's menu or links copied with a page: a run of short labels one under the other at the top
or the bottom of the page is furniture (``fw``), not the title and paragraphs; so is the label of a
table of contents whose entries were lost (issue 12, round 19), and so is the page's foot a theme's
words open. Pages of the collection (roles by hand) and texts written for these tests."""

from __future__ import annotations

import pytest

from nashr.convert.matter.foot import FOOT_RULE
from nashr.convert.matter.site import MENU_RULE
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

PROSE = "او در سال ۱۱۸۶ در هزاوه به دنیا آمد و پدرش آشپز قائم مقام فراهانی بود و در خانه او درس خواند."


def _roles(text: str) -> dict[int, str]:
    return {line.n: line.role for line in classify(text.split("\n")) if line.role != "blank"}


def test_a_news_aggregator_s_section_menu_over_the_headline_is_furniture() -> None:
    folder = CORPUS / "ghatreh-farsnews-tajamo-payamnoor-emtehanat-1400"  # «یارانه ها» / «مسکن مهر» / …
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    assert all(found[n].role == "fw" == hand[n] and found[n].rule == MENU_RULE for n in range(3, 19))
    assert found[19].role == "dateline" == hand[19]  # the date field under it, no longer the menu's line


def test_a_post_s_footer_links_under_the_text_are_furniture() -> None:
    folder = CORPUS / "shernoosh-naser-khosrow-safarnameh-7-qazvin"  # «عکس نوشته» / «کامنت» / «comment» / «بنر»
    found = {line.n: line.role for line in nashr_roles(folder)}
    assert [found[n] for n in range(19, 23)] == ["fw"] * 4 == [hand_roles(folder)[n] for n in range(19, 23)]
    assert found[17] == "p"


def test_a_wordpress_theme_s_related_posts_and_comment_form_are_the_page_s_foot() -> None:
    # zibashahr.com: «ممکن است شما دوست داشته باشید» («You may also like»), «ارسال یک پاسخ», «آدرس ایمیل شما
    # منتشر نخواهد شد.» under Nima's poem and his name
    folder = CORPUS / "zibashahr-nima-ay-adamha"
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    for n in (34, 36, 38):
        assert found[n].role == "fw" == hand[n] and found[n].rule == FOOT_RULE
    assert found[32].role != "fw" and hand[32] == "byline"  # «نیما یوشیج»: the poet's name stays the text's
    text = "\n".join([PROSE, "", "مجله ادبی ما", "", "شاید دوست داشته باشید:", "", "غزلی دیگر از همین شاعر"])
    assert list(_roles(text).values()) == ["p", "fw", "fw", "fw"]  # the site's name over the foot goes with it
    text = "\n".join([PROSE, "", "نیما یوشیج", "", "شاید دوست داشته باشید:", "", "غزلی دیگر از همین شاعر"])
    assert list(_roles(text).values())[:2] == ["p", "byline"]  # a person's name signs the text above


def test_a_title_block_of_five_short_lines_is_no_menu() -> None:
    roles = _roles("وزارت امور خارجه\nدفتر سخنگو\nبیانیه مطبوعاتی\nدرباره سفر وزیر\nبه آسیای میانه\n\n" + PROSE)
    assert "fw" not in roles.values() and roles[1] != "p"


def test_three_short_lines_under_the_text_are_no_menu() -> None:
    roles = _roles("بیانیه\n\n" + PROSE + "\n\nمحمد مصدق\nحسین فاطمی\nکریم سنجابی")
    assert "fw" not in roles.values()


@pytest.mark.parametrize(("folder", "n"), [
    ("wikipedia-fa-2007-dump-malkam-khan-wrapped", 4),  # «فهرست مندرجات |» over «[ویرایش] زندگی»
    ("wikipedia-fa-2007-dump-user-sandbad-survey-talk", 8),  # «فهرست مندرجات» over a section's heading
    ("magiran-pajuheshnameh-adabiyat-kordi-1397-chromium-pdftotext", 5),  # «فهرست مطالب» over the masthead
])
def test_a_contents_label_without_its_entries_is_furniture(folder: str, n: int) -> None:
    line = next(line for line in nashr_roles(CORPUS / folder) if line.n == n)
    assert line.role == "fw" == hand_roles(CORPUS / folder)[n]


def test_a_contents_label_over_prose_heads_it() -> None:
    folder = CORPUS / "aryana-blog-us-constitution-fa"  # «فهرست مندرجات» over the text's first paragraph
    line = next(line for line in nashr_roles(folder) if line.n == 8)
    assert line.role == "head" == hand_roles(folder)[8]
