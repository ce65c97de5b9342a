"""Control characters in a text layer (issues 12 and 14 point 8): a few in a text are encoded as
``g`` declared in ``charDecl``, the TEI stays valid and faithful and gives the source back; many,
or in no text, are binary data and refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest import ROOT
from nashr.cli import app
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.edition import analyse
from nashr.convert.fidelity import check_fidelity, declared_characters, non_whitespace, text_characters
from nashr.convert.sources import SourceError, read_source
from nashr.convert.xmlchars import STAND_IN, Unencodable, encoded_at, located, stand_in
from nashr.entities.tagger import Tagger
from nashr.markup import tei
from nashr.publish.html import SiteOptions, build_site
from nashr.validate.validator import Validator
from test_html import diplomatic_text, page

# A real PDF text layer (poppler's pdftotext of the US Department of Justice's Persian flyer), with
# what a font that maps glyphs to nothing makes pdftotext write: NULs after words, a UNIT SEPARATOR.
FLYER = ROOT / "tests" / "data" / "corpus" / "justice-gov-crt-osc-eeoc-farsi-flyer-pdf" / "source.txt"


def with_controls(text: str) -> str:
    """``text`` with a NUL after every 18th space (9 in the flyer) and a U+001F in its fifth line."""
    words = text.split(" ")
    marked = " ".join(word + ("\x00" if n % 18 == 17 else "") for n, word in enumerate(words))
    lines = marked.split("\n")
    lines[4] = lines[4].replace(" ", " \x1f", 1)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def layer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layer") / "flyer.txt"
    path.write_text(with_controls(FLYER.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def test_a_text_layer_with_nuls_converts_valid_and_faithful(layer: Path, tmp_path: Path, edition: Edition,
                                                            tagger: Tagger) -> None:
    source = read_source(layer)
    assert source.text.count("\x00") == 9 and len(source.encoded) == 10
    done = convert_file(layer, tmp_path, edition, tagger=tagger)
    tree = etree.parse(str(done.tei))
    assert check_fidelity(source.text, tree) is None
    assert Validator("nashr").report(done.tei).valid
    assert Validator("tei_all").report(done.tei).valid
    gs = tree.findall(f".//{tei('text')}//{tei('g')}")
    assert len(gs) == 10 and {g.get("ref") for g in gs} == {"#flyer.U0000", "#flyer.U001F"}
    assert all(g.text is None and len(g) == 0 for g in gs)
    normalization = tree.find(f".//{tei('editorialDecl')}/{tei('normalization')}")
    assert normalization is not None and "U+0000, U+001F" in "".join(normalization.itertext())
    first = source.encoded[0]
    assert [w for w in done.warnings if "control character" in w] == [
        f"{layer}:{first.line}:{first.column}: 10 control characters (U+0000, U+001F; a PDF extraction writes them "
        "where a font maps a glyph to nothing) encoded as <g> declared in the header's charDecl, this the first; "
        "the editions do not show them"]


def test_the_tei_gives_the_source_back(layer: Path, tmp_path: Path, edition: Edition) -> None:
    # A reader of the TEI alone: each g's @ref → charDecl's char → localProp codepoint.
    tree = etree.parse(str(convert_file(layer, tmp_path, edition).tei))
    declared = declared_characters(tree.getroot())
    assert declared == {"#flyer.U0000": "\x00", "#flyer.U001F": "\x1f"}
    for char in tree.iterfind(f".//{tei('charDecl')}/{tei('char')}"):
        prop = char.find(tei("localProp"))
        assert prop is not None and prop.get("name") == "codepoint"
    text = read_source(layer).text
    assert text_characters(tree) == non_whitespace(text)
    # the characters in their places: the text's g's in document order are the source's controls in order
    controls = [ch for ch in text if ch in "\x00\x1f"]
    assert [declared[g.get("ref", "")] for g in tree.iter(tei("g"))] == controls


def test_the_controls_change_no_line_role(layer: Path) -> None:
    with_nuls = analyse(read_source(layer).lines).lines
    without = analyse(read_source(FLYER).lines).lines
    assert [line.role for line in with_nuls] == [line.role for line in without]


def test_stand_ins_keep_lines_and_columns() -> None:
    text = "الف\x00ب\n\fصفحه\x0c دو\x0c\x0c\n"
    carried = stand_in(text)
    assert len(carried) == len(text) and carried.count("\n") == 2
    assert carried == f"الف{STAND_IN[chr(0)]}ب\n\fصفحه{STAND_IN[chr(12)]} دو{STAND_IN[chr(12)] * 2}\n"
    assert len(set(STAND_IN.values())) == len(STAND_IN) == 62
    found = [Unencodable.at(text, index) for index in encoded_at(text)]
    assert [(c.line, c.column, c.code) for c in found] == [(1, 4, "U+0000"), (2, 6, "U+000C"), (2, 10, "U+000C"),
                                                            (2, 11, "U+000C")]


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f"])
def test_each_kind_of_control_in_a_persian_text_is_encoded(tmp_path: Path, edition: Edition, control: str) -> None:
    path = tmp_path / "one.txt"
    path.write_text(f"عنوان\n\nاین یک متن فارسی است که{control} یک نویسهٔ کنترلی در میان خود دارد.\n",
                    encoding="utf-8")
    tree = etree.parse(str(convert_file(path, tmp_path / "out", edition).tei))
    assert check_fidelity(read_source(path).text, tree) is None
    assert [g.get("ref") for g in tree.iter(tei("g"))] == [f"#one.U{ord(control):04X}"]


def test_a_form_feed_inside_a_line_is_encoded_and_one_opening_a_line_is_layout(tmp_path: Path,
                                                                                edition: Edition) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("عنوان سند\n\nصفحهٔ یکم متن است.\n\fصفحهٔ دوم متن \fاست و ادامه دارد.\n", encoding="utf-8")
    tree = etree.parse(str(convert_file(path, tmp_path / "out", edition).tei))
    assert [g.get("ref") for g in tree.iter(tei("g"))] == ["#pages.U000C"]
    assert check_fidelity(read_source(path).text, tree) is None


def test_a_layer_whose_bidi_embeddings_outnumber_its_letters_is_text(tmp_path: Path, edition: Edition) -> None:
    # An exam sheet as `pdftotext -layout` writes it: each run inside U+202B (or U+202A for a
    # formula) … U+202C, formulas of digits and signs, a NUL where a font maps a glyph to nothing.
    def rtl(run: str) -> str:
        return f"\u202b{run}\u202c"

    def ltr(run: str) -> str:
        return f"\u202a{run}\u202c"

    lines = [rtl("برگه امتحان ریاضی"), "", f"{rtl('نام:')} {rtl('کلاس:')} {rtl('تاریخ:')}\x00"]
    for n in range(1, 9):
        lines.append(f"{rtl(f'{n}.')} {rtl('حاصل')} {ltr(f'({n} + ۲) × ۳ = ?')} {rtl('را')} {rtl('بیابید')}")
    layer = "\n".join(lines) + "\n"
    visible = non_whitespace(layer)
    assert sum(ch.isalpha() for ch in visible) < len(visible) / 2
    path = tmp_path / "exam.txt"
    path.write_text(layer, encoding="utf-8")
    tree = etree.parse(str(convert_file(path, tmp_path / "out", edition).tei))
    assert check_fidelity(read_source(path).text, tree) is None
    assert [g.get("ref") for g in tree.iter(tei("g"))] == ["#exam.U0000"]


@pytest.mark.parametrize("data", [
    "سلام\x00\x00\x00 دنیا\n".encode(),  # 3 controls in 11 non-space characters
    b"\x00\x01\x02\x03" * 50 + "متن".encode(),  # binary with a word
    "۱۲۳۴\x00۵۶۷۸\x00۹۰۱۲\x00،؛\n".encode() * 3 + "الف".encode(),  # few letters
])
def test_binary_data_is_still_refused_with_a_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=r"is a control character: binary data, not text that XML can carry "
                       r"\(\d+ control characters among \d+ non-space characters\)"):
        read_source(path)


def test_the_command_converts_a_layer_with_controls_and_says_so(layer: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["convert", str(layer), "-o", str(tmp_path), "--edition",
                                      str(ROOT / "edition.toml")])
    assert result.exit_code == 0, result.output
    assert "10 control characters (U+0000, U+001F;" in result.stderr


def test_the_html_page_and_search_show_every_character_but_the_controls(layer: Path, tmp_path: Path,
                                                                        edition: Edition) -> None:
    tei_path = convert_file(layer, tmp_path / "tei", edition).tei
    build_site([tei_path], tmp_path / "site", edition, SiteOptions(search_batch=1))
    html = (tmp_path / "site" / "texts" / "flyer.html").read_text(encoding="utf-8")
    shown = non_whitespace(diplomatic_text(page(tmp_path / "site" / "texts" / "flyer.html")))
    assert shown == non_whitespace(read_source(layer).text.replace("\x00", "").replace("\x1f", ""))
    assert "tei-g" not in html and not any(char in html for char in (*STAND_IN, *STAND_IN.values()))
    records = (tmp_path / "site" / "search" / "flyer.json").read_text(encoding="utf-8")
    assert "\\u0000" not in records and "\\u001f" not in records and "\ufdd0" not in records


def test_a_pdf_line_keeps_its_control_in_orig_and_its_reading_leaves_it_out(tmp_path: Path, edition: Edition) -> None:
    path = tmp_path / "forms.txt"  # Arabic Presentation Forms: a PDF text layer's line, given a reg
    path.write_text("ﻋﻨﻮﺍﻥ ﺳﻨﺪ\n\nﺍﻳﻦ ﻳﮏ ﻣﺘﻦ\x00 ﺍﺳﺖ ﮐﻪ ﺍﺯ ﻳﮏ PDF ﺁﻣﺪﻩ ﺍﺳﺖ.\n", encoding="utf-8")
    tree = etree.parse(str(convert_file(path, tmp_path / "out", edition).tei))
    orig = tree.find(f".//{tei('orig')}[{tei('g')}]")
    reg = None if orig is None else orig.getnext()
    assert reg is not None and reg.tag == tei("reg") and reg.find(f".//{tei('g')}") is None
    assert "".join(reg.itertext()).endswith("این یک متن است که از یک PDF آمده است.")
    assert check_fidelity(read_source(path).text, tree) is None


def test_located_gives_each_control_the_line_and_column_unencodable_at_gives() -> None:
    # one scan for all (newlines counted between controls), the same places as one lookup each
    text = "\x00سلام\nدنیا \x01 و\n\n\x1fمتن\x00\n\x7f"
    indexes = list(encoded_at(text))
    assert len(indexes) == 5
    assert located(text, indexes) == [Unencodable.at(text, i) for i in indexes]
    assert [(u.line, u.column) for u in located(text, indexes)] == [(1, 1), (2, 6), (4, 1), (4, 5), (5, 1)]
