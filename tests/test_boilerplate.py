"""jusText's measures on lines of plain text, and the boilerplate they find at a page's edges
(issue 12; :mod:`nashr.convert.boilerplate`, benchmarks/structure_boilerplate.py). Pages of the
collection (roles by hand) and lines written for these tests."""

from __future__ import annotations

from nashr.convert.boilerplate import (
    BOILERPLATE_RULE,
    MAX_LINK_DENSITY,
    STOPWORDS_LOW,
    body,
    context_free,
    link_density,
    may_be_links,
    revise,
    stop_density,
)
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

PROSE = ("او در سال ۱۱۸۶ در هزاوه به دنیا آمد و پدرش آشپز قائم مقام فراهانی بود و در خانه او درس خواند و "
         "پس از مرگ قائم مقام به خدمت محمد شاه درآمد و در کارهای لشکر و دیوان به کار گماشته شد و از آن پس "
         "به امور کشور دست یافت.")


def test_stopword_density_is_the_share_of_persian_function_words() -> None:
    assert stop_density("از این به بعد") == 1.0  # «از», «این», «به», «بعد» are all in hazm's list
    assert stop_density("صفحه اصلی") == 0.0
    assert stop_density("اين كتاب") == 0.5  # Arabic ي/ك read as Persian: «این» counts, «کتاب» does not
    assert stop_density("2295 :") == 0.0  # no words
    assert stop_density(PROSE) >= STOPWORDS_LOW


def test_may_be_links_holds_wherever_the_link_density_is_over_the_threshold() -> None:
    """The pre-test of :func:`boilerplate_edges` leaves out no line it would measure over MAX_LINK_DENSITY,
    on every line of the collection, and leaves out most lines of prose."""
    lines = [line for folder in sorted(CORPUS.iterdir()) if (folder / "source.txt").exists()
             for line in read_source(folder / "source.txt").lines if line.strip()]
    assert all(may_be_links(line) for line in lines if link_density(line) > MAX_LINK_DENSITY)
    assert may_be_links("خانه | اخبار | ورزش | تماس با ما") and may_be_links("Search in content")
    assert not may_be_links(PROSE)
    prose = [line for line in lines if len(line.split()) > 20]  # (long lines)
    assert sum(map(may_be_links, prose)) < len(prose) / 4


def test_link_density_keeps_the_traces_of_links_in_plain_text() -> None:
    assert link_density("خانه | اخبار | ورزش | تماس با ما") == 1.0  # a menu: short parts parted by «|»
    assert link_density("Search in content") == 15 / 17  # its letters, not the spaces between its words
    assert link_density("دانلود: 2295") > MAX_LINK_DENSITY  # a counter
    assert link_density("[…]") == 0.0  # an omission mark is no link
    assert link_density(PROSE) < MAX_LINK_DENSITY


def test_context_free_classes_follow_justext_s_decision_tree() -> None:
    assert context_free(PROSE) == "good"  # long, rich in function words
    assert context_free("سایز متن") == "short"
    assert context_free("Generic selectors") == "bad"  # links' traces
    assert context_free("حقوق این سایت محفوظ است ©") == "bad"
    names = "حسن و حسین و تقی و نقی و علی و رضا و مهدی و هادی و جعفر و صادق و کاظم و باقر و سجاد"
    assert context_free(names) == "near-good"  # 70 characters or more, «و» a third of the words


def test_smoothing_sets_short_blocks_by_their_neighbours() -> None:
    # between boilerplate and text, the near-good block nearest the boilerplate is the border
    # (jusText's doc/algorithm.rst): the short block before it goes with the boilerplate
    assert revise(["bad", "short", "near-good", "short", "good"]) == ["bad", "bad", "good", "good", "good"]
    assert revise(["good", "short", "short", "good"]) == ["good"] * 4
    assert revise(["short", "near-good", "short"]) == ["bad"] * 3  # the text's edges count as boilerplate


def test_a_text_without_a_block_of_prose_has_no_body() -> None:
    lines = ["غزل", "", "دلا بسوز که سوز تو کارها بکند", "نیاز نیم شبی دفع صد بلا بکند"]
    assert body(lines, ["title", "blank", "l", "l"]) is None
    assert body(["Search", PROSE, "*"], ["p", "p", "p"]) == (1, 1)


def test_without_a_good_block_the_long_sentences_are_the_body() -> None:
    # a news release of the Kabul municipality in Dari: its paragraphs hold few of hazm's Persian
    # function words (0.15-0.25 of their words), so jusText calls none good
    lines = read_source(CORPUS / "km-gov-af-konferans-tanzifi-mayhew" / "source.txt").lines
    roles = [line.role for line in classify(lines)]
    assert stop_density(lines[28]) < STOPWORDS_LOW and body(lines, roles) is None
    assert body(lines, roles, long_blocks=True) == (28, 28)  # line 29, its one block of over 200 characters
    verse = ["غزل", "", "دلا بسوز که سوز تو کارها بکند", "نیاز نیم شبی دفع صد بلا بکند"]
    assert body(verse, ["title", "blank", "l", "l"], long_blocks=True) is None  # no long block: no body still


def test_a_dari_page_s_widgets_are_boilerplate_outside_its_long_sentences() -> None:
    # prayer times and exchange rates over the Kabul municipality's release: the clock times and prices
    # are links' traces; the widgets' labels between them go with them (nashr.convert.furniture). The prayer
    # times, no longer a gloss list's items (round 45), are one block of short lines: since round 46 a join under a
    # line shorter than a wrap's width is unsure (structure.WRAP_SURE_MIN_CHARS), so jusText's measures judge each
    # line of it as they judge the exchange rates'
    folder = CORPUS / "km-gov-af-konferans-tanzifi-mayhew"
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    for n in (*range(7, 13), *range(16, 22)):  # «اذان صبح 5:32 ق-ظ», «1 دالر 75.90 افغانی» …
        assert found[n].role == "fw" == hand[n] and found[n].rule == BOILERPLATE_RULE
    for n in (3, 5, 14):  # «لیست پرواز ها», «اوقات شرعی کابل», «نرخ اسعار امروز»
        assert found[n].role == "fw" == hand[n]
    assert found[29].role == "p" == hand[29]
    # the Ministry of Public Health's announcement, its site's English list of other announcements under it
    folder = CORPUS / "moph-gov-af-elamiye-kovid-ta-til-jawza"
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    for n in (14, 16, 21, 23, 28):  # «Latest announcements», «Wed, Feb 21 2024 10:17 AM», …
        assert found[n].role == "fw" == hand[n] and found[n].rule == BOILERPLATE_RULE
    assert [found[n].role for n in (8, 10, 12)] == ["p"] * 3 == [hand[n] for n in (8, 10, 12)]


def test_a_pdf_text_layer_keeps_justext_s_verdict_without_a_good_block() -> None:
    # presentation forms are no Arabic letters to jusText's measures: every line of a PDF layer looks
    # like links' traces, so its long sentences are no body (the thesis template's approval page)
    folder = CORPUS / "sharif-thesis-template-approval-pages-pdftotext"
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    for n in (9, 47, 49):  # «عنوان:», «عنوان رساله …», «نام استاد …»: the form's lines
        assert found[n].role == "p" == hand[n]


def test_a_site_s_search_widget_over_a_printed_page_is_furniture() -> None:
    folder = CORPUS / "farhangesoorni-qanun-estekhdam-1301-sharayet-chromium-pdftotext"  # «Search in content» …
    found = {line.n: line for line in nashr_roles(folder)}
    hand = hand_roles(folder)
    for n in range(8, 14):
        # (low: the level the rule's record earns in round 34, 26 wrong of 85; medium since the photo labels it
        # took are notes, round 32: 23 wrong of 80; low with set 28, round 31: 25 of 81)
        assert found[n].role == "fw" == hand[n] and found[n].rule == BOILERPLATE_RULE and found[n].cert == "low"
    assert found[14].role != "fw" and hand[14] == "title"  # the page's heading under it stays text


def test_a_latin_sentence_and_an_address_are_not_boilerplate() -> None:
    folder = CORPUS / "voa-fa-director-qa-2004-02-18"  # an English e-mail quoted over its Persian reading
    found = {line.n: line for line in nashr_roles(folder)}
    assert found[8].role == "p" == hand_roles(folder)[8]  # a sentence: final «?»
    folder = CORPUS / "usembassy-af-dari-embassy-status-2021"
    found = {line.n: line for line in nashr_roles(folder)}
    assert found[11].role == "p" == hand_roles(folder)[11]  # «…@state.gov»: the address the text gives


def test_boilerplate_is_found_only_outside_the_body() -> None:
    def roles(lines: list[str]) -> list[tuple[str, str]]:
        return [(line.role, line.rule) for line in classify(lines) if line.role != "blank"]

    assert roles([PROSE, "", PROSE, "", "Exact matches only"])[2] == ("fw", BOILERPLATE_RULE)  # under the text
    assert roles([PROSE, "", "Exact matches only", "", PROSE])[1][0] != "fw"  # between its paragraphs


def test_the_text_s_apparatus_is_not_taken_for_boilerplate() -> None:
    # A note, a byline or a subtitle a rule found by its sign stays, even at ``low`` (round 51: the 8 such
    # lines jusText's measures took on the collection were right before, on 6 publishers).
    for name, n, role in [("datamweb-shield-anti-phishing-readme-fa-arabic-yk", 4, "note"),  # «> **Warning**»
                          ("semver-semver-org-fa-spec-v2-0-0", 122, "byline"),  # the translator's credit
                          ("entekhab-naser-al-din-safarnameh-khorasan-1246-06-19", 8, "byline")]:  # the source line
        folder = CORPUS / name
        found = {line.n: line for line in nashr_roles(folder)}
        assert found[n].role == role == hand_roles(folder)[n]
        assert found[n].rule != BOILERPLATE_RULE
