"""benchmarks/table_lines.py's period scan on the collection's texts: a table flattened one cell a line is found
by its period, and the same scan finds the site furniture that shares its shape (why no rule gives every such run
the cells' role: CHANGELOG, round 52, «struct98»; round 54's rule, nashr.convert.pages.table_cells, takes only runs
of lone numbers standing together that do not count up)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from table_lines import cell_shape, periodic_runs  # noqa: E402

from nashr.convert.sources import read_source

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def runs_of(folder: str) -> list[tuple[int, int, int]]:
    """The periodic runs of a collection text as (first line number, last line number, period)."""
    lines = read_source(CORPUS / folder / "source.txt").lines
    filled = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    return [(filled[start][0], filled[end - 1][0], k)
            for start, end, k in periodic_runs([cell_shape(line) for _, line in filled])]


def test_cell_shapes():
    assert [cell_shape(t) for t in ("17", " ۱,۷۸۸ ", "2017/09/15", "\u202b\u202aGoodbye\u202c\u202c", "ذکور",
                                    "دانشکده تعلیم و تربیه در سال 1373 با داشتن دو تن استاد", "تاریخچه دانشکده:")] \
        == ["N", "N", "N", "L", "S", "X", "X"]


def test_table_cells_one_a_line_are_found_by_their_period():
    # tu.edu.af's staff table: its counts one a line (blank lines between), after its column heads
    assert (47, 69, 1) in runs_of("tu-edu-af-daneshkade-talim-tarbiye-tarikhche-jadval")
    # PurePersian's glossary page read out cell by cell: a usage note, its English word, row after row
    assert runs_of("purepersian-ganjineh-vajeha-p9-salam-pdftotext") == [(21, 26, 2)]


def test_a_forums_member_box_has_the_same_period():
    # roman98's member box (label, value: «عضويت» «21/4/19», «ارسال ها» «5,793» …) is furniture, `fw` by hand
    assert runs_of("roman98-forum-kalila-demna-bab-shir-gav-cp1256") == [(8, 16, 2)]


def test_verse_and_prose_hold_no_run():
    # short labels alone (hemistichs one a line) are no table; nor is a page of prose
    assert runs_of("abolghasemkarimi-golestan-darvish-mostajab-al-dawa") == []
    assert runs_of("tu-edu-af-maram-ahdaf-cp1256") == []


def test_the_scan_compares_each_line_with_one_line_a_period_back():
    shapes = ["S", "N"] * 5 + ["X"] + ["N"] * 4 + ["S"] * 6
    assert periodic_runs(shapes) == [(0, 10, 2), (11, 15, 1)]
    assert periodic_runs(shapes, min_rows=6) == []
