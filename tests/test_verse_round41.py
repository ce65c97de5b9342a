"""A poem with a line in another script after each of its lines (issue 12, round 41, helper «struct64»): a
bilingual blog's transliteration or translation under each bayt, a Tajik blog's Cyrillic under each hemistich
(blind sets 37 and 38). The poems are the collection's (tests/data/corpus), written again in
benchmarks/verse_layouts.py's ``gloss-latin`` and ``gloss-cyrillic`` layouts, their words unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

from nashr.convert.document import Document
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from nashr.convert.verse import glosses, interludes
from test_structure_corpus import CORPUS, hand_and_found

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from verse_layouts import BLOG_LABELS, layouts  # noqa: E402


def _kept(folder: str, layout: str) -> tuple[int, int]:
    """The verse lines of ``folder`` (hand-made ``l`` that nashr reads as ``l`` on the page) kept as ``l`` in
    ``layout``, and how many there are."""
    hand, found = hand_and_found(folder)
    lines = read_source(CORPUS / folder / "source.txt").lines
    classified = classify(lines)
    right = {line.n for line in classified if line.role == "l" and hand.get(line.n) == "l"}
    out, where = layouts(lines, right, classified)[layout]
    roles = {line.n: line.role for line in classify(out)}
    return sum(1 for n in right if roles[where[n]] == "l"), len(right)


def test_a_latin_line_under_each_bayt_leaves_the_bayts_verse() -> None:
    # ganjoor-parvin-qasida: Parvin E'tesami's qasida a bayt a line (38 lines); with a Latin line under each bayt no
    # two bayts were neighbours and none was verse (0 of 38).
    kept, total = _kept("ganjoor-parvin-qasida", "gloss-latin")
    assert total == 38 and kept == total


def test_a_cyrillic_line_under_each_hemistich_leaves_the_hemistichs_verse() -> None:
    # seyedrezabazyar-hafez-ghazal-120-utf16: a ghazal of Hafez a hemistich a line; with its Cyrillic under each
    # hemistich (a Tajik blog's layout) the hemistichs were short paragraphs.
    kept, total = _kept("seyedrezabazyar-hafez-ghazal-120-utf16", "gloss-cyrillic")
    assert total >= 14 and kept == total


def test_paragraphs_alternating_with_their_translation_are_no_glosses() -> None:
    # A Persian paragraph longer than any bayt (wikipedia-fa-2007-dump-jebhe-melli-iran, the founders of the
    # National Front, 200 characters and more) with an English line after it, three times: a bilingual page of
    # prose, whose English lines stay in the flow the verse rules read.
    lines = read_source(CORPUS / "wikipedia-fa-2007-dump-jebhe-melli-iran" / "source.txt").lines
    paragraph = next(line for line in lines if len(line) > 200)
    doc = Document([paragraph, "The founders of the National Front were nineteen, among them Dr Mosaddegh."] * 3)
    doc.learn()
    doc.set_flow()
    assert glosses(doc, doc.flow) == set()


def test_a_date_and_labels_under_every_third_line_leave_the_bayts_verse() -> None:
    # ganjoor-parvin-qasida: Parvin E'tesami's qasida a bayt a line (38 lines); with a blog's date line and label
    # line («۱۲ مهر ۱۳۹۰», «برچسب‌ها: شعر») under every third line the bayts on either side were no neighbours.
    kept, total = _kept("ganjoor-parvin-qasida", "blog-labels")
    assert total == 38 and kept == total


def test_short_lines_with_a_colon_twice_between_prose_are_no_interludes() -> None:
    # The same date and label lines between the three paragraphs of a page of prose (145 to 575 characters: no
    # metre, no rhyme across them) stay in the flow the verse rules read.
    lines = read_source(CORPUS / "wikipedia-fa-2007-dump-jebhe-melli-iran" / "source.txt").lines
    paragraphs = [line for line in lines if len(line) > 60]
    doc = Document([paragraphs[0], *BLOG_LABELS, paragraphs[1], *BLOG_LABELS, paragraphs[2]])
    doc.learn()
    doc.set_flow()
    assert interludes(doc, doc.flow) == set()
