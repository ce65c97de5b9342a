"""A column's or part's title set apart over a heading (nashr.convert.structure.OVER_HEADING) stands one
level over that heading and never over another such title (round 37, «struct59»): a run of short lines set
apart, each over the next, is a list (a contents page's entries), not a tower of headings."""

from __future__ import annotations

from nashr.convert.structure import OVER_HEADING, classify
from test_structure_corpus import CORPUS, nashr_roles

PROSE = ("این ترانه‌ها در سال‌های پایانی زندگی شاعر گردآوری شد و هر یک از آن‌ها اندیشه‌ای از او را درباره "
         "جهان و گذر روزگار بازمی‌گوید.")


def test_a_part_title_over_a_heading_is_one() -> None:
    lines = classify(f"ترانه‌ها\n\n{PROSE}\n\nترانه‌های فلسفی\n\nراز آفرینش\n\n{PROSE}".split("\n"))
    assert [(ln.n, ln.rule) for ln in lines if ln.rule == OVER_HEADING] == [(5, OVER_HEADING)]


def test_a_contents_page_s_entries_of_the_collection_are_no_headings() -> None:
    # the contents of Hedayat's «ترانه‌های خیام» in a PDF's text layer (vdocuments.pub): items by hand
    lines = {ln.n: ln.role for ln in nashr_roles(CORPUS / "vdocuments-pub-hedayat-taranehaye-khayyam-pdf-layer")}
    assert [lines[n] for n in range(39, 54, 2)].count("head") == 0
