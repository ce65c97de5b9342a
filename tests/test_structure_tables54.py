"""Tables as plain text that round 54 («struct104») took up (issue 12): a table flattened one cell a line, its
numbers standing together, is no run of page numbers; a PDF layer's table in layout mode, its cells on one line
parted by runs of spaces in columns the next row shares, is rows, not prose or furniture. Real texts of the
collection (tests/data/corpus/, their roles by hand) and texts written for these tests."""

from __future__ import annotations

import pytest

from nashr.convert.matter.page import PAGE_NUMBER_RULE
from nashr.convert.pages import LAYOUT_ROW_RULE, TABLE_CELL_RULE
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles, nashr_roles

PROSE = ("این گزارش درباره نشست روز گذشته است که در آن نمایندگان همه ولایات شرکت کردند و درباره برنامه "
         "های سال آینده سخن گفتند.")


def _lines(folder: str) -> dict[int, tuple[str, str, str]]:
    """Line number → (nashr's role, its rule, the role by hand) of a collection text's lines that have one."""
    hand = hand_roles(CORPUS / folder)
    return {line.n: (line.role, line.rule, hand[line.n]) for line in nashr_roles(CORPUS / folder) if line.n in hand}


@pytest.mark.parametrize(("folder", "first", "last"), [
    # a wiki election's schedule template, one cell a line: two calendars' days and the phases' names
    ("wikipedia-fa-entekhabat-heyat-nezarat-dor-chahardahom", 17, 39),
    # a university page's staff table, its counts one a line with blank lines between
    ("tu-edu-af-daneshkade-talim-tarbiye-tarikhche-jadval", 47, 69),
])
def test_numbers_standing_together_are_a_table_s_cells(folder: str, first: int, last: int) -> None:
    lines = _lines(folder)
    cells = [n for n in lines if first <= n <= last]
    assert cells and all(lines[n] == ("item", TABLE_CELL_RULE, "item") for n in cells)


def test_a_numbering_and_page_numbers_are_no_table() -> None:
    # a verse page's line numbers 1–8 over its hemistichs count up: furniture, by hand and by nashr
    lines = _lines("hafezfal-hafez-ghazal-4-two-columns")
    assert [lines[n][0] for n in range(1, 9)] == ["fw"] * 8 == [lines[n][2] for n in range(1, 9)]
    # page numbers with the pages' text between them stay page numbers
    got = {x.n: (x.role, x.rule) for x in classify(["۱۲", "", PROSE, "", "۱۳", "", PROSE, "", "۱۴", "", PROSE])}
    assert [got[n] for n in (1, 5, 9)] == [("fw", PAGE_NUMBER_RULE)] * 3
    # a listing's line numbers under a page number (a LaTeX template's PDF layer) count up: no table's cells
    got = {x.n: x.rule for x in classify([PROSE, "", "۵", "", "1", "2", "3", "4", "", PROSE])}
    assert TABLE_CELL_RULE not in got.values()


@pytest.mark.parametrize(("folder", "rows"), [
    ("purepersian-ganjineh-vajeha-pp1-3-pdftotext-layout", (37, 38, 54, 55, 56)),  # a glossary's rows
    ("yoosofan-ballot-majma-senfi-asatid-firefox-pdftotext-layout-utf16", (5, 6, 17, 18)),  # a ballot's names
    ("shirazlinux-libreplanet2025-common-voice-amar-pp11-12-googleslides-pdftotext-layout-utf16", (4,)),  # a slide's
])
def test_rows_in_layout_mode_sharing_columns_are_a_table_s_rows(folder: str, rows: tuple[int, ...]) -> None:
    lines = _lines(folder)
    assert all(lines[n] == ("item", LAYOUT_ROW_RULE, "item") for n in rows)


def test_spaced_hemistichs_and_a_lone_spaced_line_are_no_rows() -> None:
    # a bayt laid out with its hemistichs spaced apart keeps `l`; a line with three cells alone is no table
    lines = _lines("nimimzeabogel-persianblog-iraj-mirza-nameh-haj-sheikh-hadi-cp1256")
    assert all(role == "l" for role, _, hand in lines.values() if hand == "l")
    got = [x.rule for x in classify([PROSE, "", "نام      نام خانوادگی      شماره", "", PROSE])]
    assert LAYOUT_ROW_RULE not in got
