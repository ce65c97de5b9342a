"""nashr.publish.transform: one Saxon processor, stylesheets compiled once, safe parsing, parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from nashr.publish.transform import (
    Stylesheets,
    TransformError,
    call_template,
    call_template_to_file,
    parse,
    processor,
    transform,
)

SHEET = """<xsl:stylesheet version="3.0" expand-text="yes" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="word" as="xs:string" select="'-'"/>
  <xsl:param name="n" as="xs:integer" select="0"/>
  <xsl:param name="flag" as="xs:boolean" select="false()"/>
  <xsl:param name="docs" as="document-node()*" select="()"/>
  <xsl:template match="/">{$word}|{$n + 1}|{$flag}|{count($docs)}|{string(/*)}</xsl:template>
  <xsl:template name="main">{string-join($docs/*/name(), ',')}</xsl:template>
</xsl:stylesheet>
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xsl") / "t.xsl"
    path.write_text(SHEET, encoding="utf-8")
    return path


def test_processor_is_one_per_process() -> None:
    assert processor() is processor()


def test_stylesheet_is_compiled_once(sheet: Path) -> None:
    sheets = Stylesheets()
    assert sheets.get(sheet) is sheets.get(sheet.parent / "." / sheet.name)


def test_parameters_of_every_kind(sheet: Path, tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text("<a>متن</a>", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<b/>", encoding="utf-8")
    docs = [parse(tmp_path / "a.xml"), parse(tmp_path / "b.xml")]
    executable = Stylesheets().get(sheet)
    out = transform(executable, tmp_path / "a.xml", {"word": "سلام", "n": 41, "flag": True, "docs": docs})
    assert out == "سلام|42|true|2|متن"
    # parameters do not leak into the next run
    assert transform(executable, docs[0]) == "-|1|false|0|متن"
    assert call_template(executable, "main", {"docs": docs}) == "a,b"


def test_missing_or_broken_stylesheet(tmp_path: Path) -> None:
    with pytest.raises(TransformError, match="not found"):
        Stylesheets().get(tmp_path / "none.xsl")
    broken = tmp_path / "broken.xsl"
    broken.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                      '<xsl:template match="/"><xsl:value-of select="1 +"/></xsl:template></xsl:stylesheet>',
                      encoding="utf-8")
    with pytest.raises(TransformError, match="broken.xsl: does not compile"):
        Stylesheets().get(broken)


def test_not_well_formed_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>\n<text>\n</TEI>\n", encoding="utf-8")
    with pytest.raises(TransformError, match=r"bad\.xml:3: not well-formed"):
        parse(bad)


def test_entities_never_reach_saxon(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(f'<!DOCTYPE a [<!ENTITY s SYSTEM "{secret.as_uri()}"><!ENTITY x "boom">]><a>&s;&x;</a>',
                   encoding="utf-8")
    with pytest.raises(TransformError) as caught:
        parse(xxe)
    assert "TOP-SECRET" not in str(caught.value)


def test_a_failed_transformation_names_the_file_not_the_document(tmp_path: Path) -> None:
    """A parsed document's error names its file: str() of the node is the whole document, which
    `nashr build` printed as the error of a page that failed."""
    sheet = tmp_path / "fails.xsl"
    sheet.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                     '<xsl:template match="/"><xsl:value-of select="replace(string(/*), \'a\', \'\\\')"/>'
                     '</xsl:template></xsl:stylesheet>', encoding="utf-8")
    text = tmp_path / "text.xml"
    text.write_text("<TEI><text>a long text</text></TEI>", encoding="utf-8")
    with pytest.raises(TransformError) as failed:
        transform(Stylesheets().get(sheet), parse(text))
    message = str(failed.value)
    assert message.startswith(f"{text}: ") and "<TEI" not in message, message


def test_a_template_written_to_a_file_is_what_it_returns_and_a_failure_leaves_the_file(sheet: Path,
                                                                                       tmp_path: Path) -> None:
    """call_template_to_file: the same text as call_template, in UTF-8 (Persian kept); a failing
    call (no such template) raises and leaves the earlier file whole, with no temporary beside it."""
    compiled = Stylesheets().get(sheet)
    target = tmp_path / "out" / "page.txt"
    params = {"docs": [processor().parse_xml(xml_text="<متن/>"), processor().parse_xml(xml_text="<b/>")]}
    call_template_to_file(compiled, "main", params, target)
    assert target.read_text(encoding="utf-8") == call_template(compiled, "main", params) == "متن,b"
    with pytest.raises(TransformError, match="missing"):
        call_template_to_file(compiled, "missing", params, target)
    assert target.read_text(encoding="utf-8") == "متن,b"
    assert [p.name for p in target.parent.iterdir()] == ["page.txt"]
