"""PDF text layers read as the page shows them (issue 12): a line's width without its bidi controls
(nashr.convert.reading.width), and an article's label written with «ۀ» read as the section word it is.

The lines are the collection's: pages Chromium printed and pdftotext extracted (moj.gov.af's statute,
foroozandeh.net's «قانون معارف»), and the LU-Thesis LaTeX template's chapter (XeLaTeX, pdftotext).
"""

from __future__ import annotations

from nashr.convert.document import DISABLED_RULES
from nashr.convert.reading import plain, width
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_and_found, hand_roles

SERIES = "head: a part's label counted after the same word («حکایت اول», «حکایت #» …)"


def test_bidi_controls_take_no_room() -> None:
    line = "\u202bقانون معارف\u202a ۱۲۹۰\u202c\u202c  "
    assert width(line) == len("قانون معارف ۱۲۹۰")
    assert width("سطر بی نشانه  ") == len("سطر بی نشانه")
    assert width("\u202b\u202c") == 0


def test_an_articles_label_with_the_ezafe_letter_is_a_section_word() -> None:
    # «مادۀ اول:» … «مادۀ پنجم:» over the articles of moj.gov.af's statute: read as «ماده اول:», headings by the
    # rule of section words, not only as parts counted after one word (a rule no other site's lines needed).
    assert plain("\u202bمادۀ اول\u202a:\u202c\u202c") == "ماده اول:"
    folder = CORPUS / "moj-gov-af-qanun-nashr-asnad-taqnini-chromium-pdftotext"
    token = DISABLED_RULES.set(frozenset({SERIES}))
    try:
        found = {line.n: line for line in classify(read_source(folder / "source.txt").lines)}
    finally:
        DISABLED_RULES.reset(token)
    hand = hand_roles(folder)
    for n in (8, 11, 13, 15, 17):
        assert (found[n].role, hand[n]) == ("head", "head")
        assert found[n].rule.startswith("head: a section word with its number")


def test_a_line_full_only_with_its_controls_ends_its_sentence() -> None:
    # «ماده – ۸ مکاتب و مدارس بر دو قسمت است رسمی و غیر رسمی:» shows 54 characters (60 with its controls) in a
    # text whose longest wrapped lines show 61: the first word of «رسمی آن است که …» would have fitted after it,
    # so its colon ended the paragraph and the next sentence opens one.
    hand, found = hand_and_found("foroozandeh-qanun-maaref-1290-chromium-pdftotext")
    assert (found[25].role, hand[25]) == ("p", "p")
    assert (found[26].role, hand[26]) == ("p+", "p+")


def test_a_line_ending_a_sentence_at_the_width_goes_on() -> None:
    # LaTeX justifies the paragraph: «… نگران مقوله اول باشد.» shows 94 characters, the text's longest wrapped
    # lines 97; the first word of the next line would not have fitted after it (counted with their controls it
    # seemed to: 102 of 108), so the paragraph goes on in «لاتک همه کارها را برای وی انجام می‌دهد. …».
    hand, found = hand_and_found("lu-thesis-template-chapter1-pdftotext")
    assert (found[24].role, hand[24]) == ("p+", "p+")
