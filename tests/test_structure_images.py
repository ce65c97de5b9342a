"""An image a copy of a web page kept as text: its file name alone is the image's label (``note``),
its address alone the page's (``fw``) — :mod:`nashr.convert.images`."""

from __future__ import annotations

from conftest import DATA
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

PROSE = ("نایب اول مشرانوجرگه امروز با رییس جمعیت اصلاح افغانستان ملاقات نمود و در مورد صلح و ثبات کشور "
         "صحبت کرد.")


def roles(lines: list[str]) -> dict[int, str]:
    return {line.n: line.role for line in classify(lines) if line.role != "blank"}


def test_a_photo_s_file_name_between_paragraphs_is_its_label() -> None:
    # meshran.website's news: the photo's file name, a date in it («9-4-1400»), between two paragraphs.
    folder = DATA / "corpus" / "meshran-website-nashest-mashverati-moslemyar-1400-04-09-cp1256"
    lines = read_source(folder / "source.txt").lines
    assert lines[17].strip() == "9-4-1400-MUL1.jpg"
    assert roles(lines)[18] == "note"


def test_an_image_s_address_under_the_title_is_the_page_s() -> None:
    folder = DATA / "corpus" / "smskade-hafez-yusof-gomgashte-arabic-yeh-kaf"
    assert roles(read_source(folder / "source.txt").lines)[5] == "fw"


def test_a_file_name_in_a_sentence_or_a_page_s_address_is_no_image() -> None:
    found = {line.n: line for line in classify(["گزارش", "", PROSE, "", "عکس را با نام photo.jpg ذخیره کنید.", "",
                                                "https://meshran.gov.af/fa", "", PROSE])}
    assert found[5].role == "p"
    assert "image" not in found[7].rule
