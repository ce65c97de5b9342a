"""``nashr entities apply`` right after ``nashr convert`` changes nothing (issue 13): apply tags
each piece of a block where, and as, the converter tagged it (nashr.entities.retag).

Real texts of the test collection (tests/data/corpus): each one ``apply`` changed or left partly
alone before round 13, and every tenth text of the collection besides;
``benchmarks/apply_roundtrip.py`` measures the whole collection (none changed of 212)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.entities.retag import AUTOMATIC, retag_file
from nashr.entities.tagger import Tagger
from nashr.markup import tei

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

ROUNDTRIP = {
    # Verse is tagged with the converter's verse rules (DocumentRecogniser.verse), not as prose.
    "shernoosh-bahar-qasida-11-numbered-bayts": "«ز مهر زانکه» (for love, since): no name in a bayt",
    "wikidorj-saadi-ghazal-325-tatweel-glued": "«دریای غمت» (the sea of your sorrow): no place",
    "sokhanwar-babataher-dobeyti-one-line-excerpts": "«سنگین دلی» (a heavy heart): no town «دلی»",
    "weare-lahuti-ghazal-sar-e-zolf-ellipsis": "«دیشب» (last night): the poem's now, no date",
    "ganjoor-aref-tasnif-34-utf16": "«بادۀ گلگون» (rose-red wine): no name",
    # A caesura is a point between two hemistichs, each tagged apart (it was an empty element).
    "ganjoor-hafez-ghazal-003-slash": "hemistichs split by « / »",
    "miyanali-masnavi-padshah-kanizak-asterisks": "hemistichs split by «*****»",
    "enahang-masnavi-daftar1-bakhsh3-slash": "hemistichs split by «/»",
    "omidataeifard-blog-eshghi-rastakhiz-opening": "hemistichs split by «/ »",
    # A line of a heading (fw) that is one name: the name inside the fw, as the converter writes it.
    "mashruteh-wiki-farman-elan-jang-zhapon-1323-bom": "«محمدرضا شاه پهلوی», a running head inside the title",
    # A periodical's masthead: its title and issue number only, no names or numbers inside the title.
    "wikisource-fa-majlis-16-session-44-1329": "«سال ششم – شماره ۱۵۷۱»: no ordinal «ششم» inside the title",
    # A PDF line's choice: the reg reading is tagged, its spans moved onto orig.
    "lu-thesis-template-chapter1-pdftotext": "footnotes and page furniture inside a paragraph",
    "quantaboy-latex-assignment-template-pp1-2-pdftotext": "section numbers «۱.۰» in reg and orig",
    "quantaboy-latex-assignment-template-pp5-6-pdftotext": "«ﻓﺎﺭﺳ» cut in orig: no place in either reading",
    "sharif-thesis-template-abstract-toc-pdftotext": "a table of contents, a line each",
    "sharif-thesis-template-chapter1-pdftotext": "hemistichs that are each one choice",
    # The date context is the converter's: the first full date of a dateline.
    "kasravi-ahmad-blogspot-parcham-posts-1323-wrapped": "«یکم دیماه»: its dateline has no day, no year given",
    "rouz-behan-hedayat-letter-to-shahid-noorai-11-1325": "«اول اکتبر»: the dateline above the title",
    "voa-fa-macron-congress-2018-04-25": "«روز چهارشنبه»: the page's dateline",
    # Names are remembered in document order, captions (a note of the body) among them.
    "voa-fa-malley-nowruz-1401": "«رابرت مالی» after two captions",
    # The prose is read ahead (DocumentRecogniser.look_ahead): a short form before its full name.
    "voa-fa-macron-khashoggi-4611039": "«خاشقجی» in the headline, «جمال خاشقجی» after",
    "dastankootah-behrouz-jijak-alishah-parde2": "«امیر دواب:» speaker labels before the name in a speech",
    # A control character written as an empty <g> (nashr.convert.xmlchars) is a point, as a <lb/> is (set 49, round 53).
    "mashhadlug-gnupg-ataeyan-pp1-3-impress-pdftotext": "a slide's CC badge glyphs: empty <g> inside the line",
}


SAMPLE = [folder.name for folder in sorted(CORPUS.iterdir())[::10] if (folder / "source.txt").is_file()]
"""Every tenth text of the collection: the prose, letters and lists the list above lacks."""


def _text(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree.getroot().find(tei("text")))


@pytest.mark.parametrize("name", sorted(ROUNDTRIP.keys() | set(SAMPLE)))
def test_apply_right_after_convert_changes_nothing(
        name: str, tagger: Tagger, edition: Edition, tmp_path: Path) -> None:
    """``apply`` with the registers ``convert`` used writes nothing and leaves no block alone;
    and on the text stripped of every name, date and number (an older tagging: none at all) it
    writes back exactly the markup ``convert`` wrote (two of these poems have none: there, that
    nothing is added)."""
    source = Path(shutil.copy(CORPUS / name / "source.txt", tmp_path / f"{name}.txt"))
    converted = convert_file(source, tmp_path / "texts", edition, tagger=tagger).result.path
    data = converted.read_bytes()
    report = retag_file(converted, tagger)
    assert (report.status, report.skipped) == ("unchanged", []), ROUNDTRIP.get(name)
    assert converted.read_bytes() == data
    tree = etree.parse(str(converted))
    expected = _text(tree)
    etree.strip_tags(tree.getroot().find(tei("text")), *(tei(local) for local in AUTOMATIC))
    tree.write(str(tmp_path / "stripped.xml"), encoding="utf-8")
    assert retag_file(tmp_path / "stripped.xml", tagger).skipped == []
    assert _text(etree.parse(str(tmp_path / "stripped.xml"))) == expected, ROUNDTRIP.get(name)


def document(body: str, header: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
        f"<teiHeader>{header}</teiHeader><text><body>{body}</body></text></TEI>\n"
    ).encode()


TEHRAN = '<placeName ref="../registers/places.xml#pl-tehran">تهران</placeName>'
IRAN = '<placeName ref="../registers/places.xml#pl-iran">ایران</placeName>'


def test_a_bayt_is_retagged_around_its_caesura_keeping_the_editors_markup(tagger: Tagger, tmp_path: Path) -> None:
    path = tmp_path / "bayt.xml"
    path.write_bytes(document(
        '<lg><l xml:id="a"><seg type="hemistich">به <hi rend="b">تهران</hi> رسید</seg><caesura/> / '
        '<seg type="hemistich" xml:id="b">دل ما به ایران</seg></l></lg>'))
    report = retag_file(path, tagger)
    assert (report.status, report.skipped) == ("written", [])
    assert (f'<l xml:id="a"><seg type="hemistich">به <placeName ref="../registers/places.xml#pl-tehran">'
            f'<hi rend="b">تهران</hi></placeName> رسید</seg><caesura/> / '
            f'<seg type="hemistich" xml:id="b">دل ما به {IRAN}</seg></l>') in path.read_text(encoding="utf-8")


def test_an_editors_regularisation_is_tagged_and_its_source_reading_left_as_it_is(
        tagger: Tagger, tmp_path: Path) -> None:
    """A ``reg`` that is not nashr's reading of its ``orig`` (an editor's regularisation of
    «طهران»): its names are marked in ``reg``; ``orig``, markup and all, stays as it was."""
    path = tmp_path / "reg.xml"
    orig = '<orig><placeName resp="#nashr">طهرن</placeName></orig>'
    path.write_bytes(document(f'<p xml:id="a"><choice>{orig}<reg>تهران</reg></choice></p>'))
    report = retag_file(path, tagger)
    assert (report.status, report.skipped) == ("written", [])
    assert f'<p xml:id="a"><choice>{orig}<reg>{TEHRAN}</reg></choice></p>' in path.read_text(encoding="utf-8")


def test_a_note_between_paragraphs_is_a_block(tagger: Tagger, tmp_path: Path) -> None:
    path = tmp_path / "note.xml"
    path.write_bytes(document('<p xml:id="a">در تهران</p><note xml:id="n">عکس از ایران</note>'))
    assert retag_file(path, tagger).skipped == []
    assert f'<note xml:id="n">عکس از {IRAN}</note>' in path.read_text(encoding="utf-8")


def test_the_date_context_is_the_first_dated_dateline_as_in_the_converter(tagger: Tagger, tmp_path: Path) -> None:
    """A day and month without a year take the year of the text's first dateline with a full
    date, as ``convert`` gives them (nashr.convert.converter.date_context), not the header's
    creation date, which is the first dateline below the title; a creation date written as an
    ISO date (the catalog's) is the context of a text without a dated dateline."""
    path = tmp_path / "dated.xml"
    creation = '<profileDesc><creation><date when="1946-10-17">۲۵ مهر ۱۳۲۵</date></creation></profileDesc>'
    path.write_bytes(document('<dateline xml:id="d">۳۰ خرداد ۱۳۸۹</dateline><p xml:id="a">روز ۹ مهر</p>', creation))
    retag_file(path, tagger)
    assert 'when-custom="1388-07-09"' in path.read_text(encoding="utf-8")  # the latest 9 Mehr before 30 Khordad 1389
    catalog = '<profileDesc><creation><date when="1946-10-17">1946-10-17</date></creation></profileDesc>'
    path.write_bytes(document('<p xml:id="a">روز ۹ مهر</p>', catalog))
    retag_file(path, tagger)
    assert 'when-custom="1325-07-09"' in path.read_text(encoding="utf-8")


def test_names_in_a_correction_are_kept_as_they_are(tagger: Tagger, tmp_path: Path) -> None:
    """A ``corr`` or a ``reg`` inside a longer piece, which the converter never writes, keeps
    its names, dates and numbers as they are; the block around it is re-tagged."""
    path = tmp_path / "corr.xml"
    corr = '<choice><sic>طهرن</sic><corr><placeName ref="#x">تهران</placeName></corr></choice>'
    path.write_bytes(document(f'<p xml:id="a">در {corr} و ایران</p>'))
    report = retag_file(path, tagger)
    assert (report.status, report.skipped) == ("written", [])
    assert f'<p xml:id="a">در {corr} و {IRAN}</p>' in path.read_text(encoding="utf-8")
