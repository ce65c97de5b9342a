"""nashr validate on the odd files people bring: encodings, line ends, entities, TEI P4, and
Schematron that uses ISO Schematron's macros (abstract patterns, sch:include).

Verdicts of the files in tests/data/validate/corpus/ are checked against jing by
test_validate_corpus.py; here, what each message tells the person who has to fix the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import DATA, TEI_ALL
from nashr import xmlinput
from nashr.validate import schemas
from nashr.validate.schemas import SchemaError
from nashr.validate.schematron import SchematronError, element_context, expand
from nashr.validate.validator import Validator

CORPUS = DATA / "validate" / "corpus"
SCHEMATRON = DATA / "validate" / "schematron"


@pytest.fixture(scope="module", autouse=True)
def validator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Validator]:
    """tei_all by path, with this module's own NASHR_CACHE_DIR (reduced grammars go there)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NASHR_CACHE_DIR", str(tmp_path_factory.mktemp("nashr-cache")))
        yield Validator(TEI_ALL)


def only(validator: Validator, name: str):
    [problem] = validator.validate(CORPUS / name)
    return problem


def test_utf16_declared_without_byte_order_mark_is_read(validator: Validator) -> None:
    """XML 1.0 Appendix F.1: "<?xml" in UTF-16BE (00 3C 00 3F) tells the encoding; jing reads it."""
    report = validator.report(CORPUS / "valid-utf16-declared-without-bom.xml")
    assert report.status == "valid", report.problems


def test_utf16_without_bom_or_declaration_is_named_not_called_binary(validator: Validator) -> None:
    problem = only(validator, "unusable-utf16-without-bom-or-declaration.xml")
    assert problem.severity == "fatal"
    assert "UTF-16" in problem.message and "save the file as UTF-8" in problem.message
    assert "binary" not in problem.message


def test_cr_line_ends_give_the_lines_jing_gives(validator: Validator) -> None:
    """CR alone ends a line (XML 1.0 §2.11); jing places the error at line 7, as a person
    counts them in an editor."""
    problem = only(validator, "invalid-cr-line-ends.xml")
    assert (problem.line, problem.column) == (7, 1)
    assert problem.xpath == "/TEI/text/body/persname"


def test_utf8_declared_as_latin1_is_valid_with_a_warning_naming_the_misread_word(
        validator: Validator) -> None:
    report = validator.report(CORPUS / "valid-latin1-declared-utf8-inside.xml")
    [warning] = report.problems
    assert report.status == "valid" and warning.severity == "warning"
    assert '"café" reads as "cafÃ©"' in warning.message
    assert 'encoding="UTF-8"' in warning.message


def test_latin1_bytes_without_declaration_say_which_encoding_to_declare(
        validator: Validator) -> None:
    problem = only(validator, "unusable-latin1-undeclared.xml")
    assert (problem.line, problem.column) == (5, 10)
    assert "is not UTF-8" in problem.message
    assert 'encoding="windows-1252"' in problem.message and "iconv" in problem.message


def test_undeclared_html_entity_names_the_character_to_write(validator: Validator) -> None:
    problem = only(validator, "unusable-html-entity.xml")
    assert (problem.line, problem.column) == (6, 14)
    assert 'write "—" (U+2014) or &#x2014;' in problem.message


def test_entities_declared_in_the_doctype_are_listed_with_their_characters(
        validator: Validator) -> None:
    problem = only(validator, "unusable-entities-in-internal-subset.xml")
    assert problem.severity == "fatal" and "refuses entity declarations" in problem.message
    assert '&mdash;: write "—" (U+2014) or &#x2014;' in problem.message
    assert "&zwnj;: write (U+200C) or &#x200C;" in problem.message  # invisible: by code point


def test_entity_of_an_external_dtd_names_the_character(tmp_path: Path,
                                                         validator: Validator) -> None:
    doc = tmp_path / "p4.xml"
    doc.write_text('<!DOCTYPE TEI SYSTEM "http://www.tei-c.org/release/xml/tei/custom/schema/dtd/'
                   'tei_all.dtd">\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>a &eacute;</p></TEI>',
                   encoding="utf-8")
    [problem] = validator.validate(doc)
    assert problem.line == 2 and "external DTD" in problem.message
    assert 'write "é" (U+00E9) or &#xE9;' in problem.message


def test_tei_p4_with_parameter_entities_is_refused_with_the_p4_hint(tmp_path: Path,
                                                                      validator: Validator) -> None:
    doc = tmp_path / "p4.xml"
    doc.write_text('<!DOCTYPE TEI.2 PUBLIC "-//TEI P4//DTD Main Document Type//EN" "tei2.dtd" [\n'
                   '<!ENTITY % TEI.prose "INCLUDE">\n<!ENTITY % TEI.XML "INCLUDE">\n]>\n'
                   "<TEI.2><text><body><p>a</p></body></text></TEI.2>", encoding="utf-8")
    [problem] = validator.validate(doc)
    assert "only parameter entities (2 parameter entities)" in problem.message
    assert "Delete the DOCTYPE" in problem.message
    assert problem.rule == "root-tei-p4" and "p4top5.xsl" in problem.hint


def test_lower_case_tei2_root_gets_the_p4_hint(validator: Validator) -> None:
    problem = only(validator, "invalid-tei-p4-lower-case.xml")
    assert problem.rule == "root-tei-p4"


def test_abstract_patterns_abstract_rules_lets_and_includes_are_checked() -> None:
    """macros.sch (by hand): play.xml's first act has no head, its second speech no speaker and
    a stage direction inside it, and its title is 53 characters and 11 words long."""
    found = [(p.line, p.severity, p.message)
             for p in Validator("auto").validate(SCHEMATRON / "play.xml")]
    assert found == [
        (None, "info", schemas.NO_GRAMMAR_NOTE),  # and tei_all's grammar finds nothing
        (4, "error", "too long: 53 characters"),
        (4, "warning", "a title of 11 words"),
        (7, "error", "Element div needs t:head."),
        (9, "error", "Element sp needs t:speaker."),
        (9, "info", "a stage direction inside a speech"),
    ]


def test_is_a_naming_no_abstract_pattern_is_a_schema_error(tmp_path: Path) -> None:
    schema = tmp_path / "bad.sch"
    schema.write_text('<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron">'
                      '<sch:pattern is-a="nowhere" id="p"/></sch:schema>', encoding="utf-8")
    with pytest.raises(SchematronError, match='is-a="nowhere", but the schema has no abstract'):
        expand(xmlinput.read(schema).tree, schema)


@pytest.mark.parametrize("href, words", [
    ("missing.sch", "names missing.sch, which does not exist"),
    ("https://example.org/rules.sch", "nashr never reads the network"),
    ("self.sch", "nests more than 20 deep"),
])
def test_sch_include_that_cannot_be_followed_says_why(href: str, words: str,
                                                       tmp_path: Path) -> None:
    schema = tmp_path / "self.sch"
    schema.write_text('<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron">'
                      f'<sch:include href="{href}"/></sch:schema>', encoding="utf-8")
    with pytest.raises(SchemaError, match=words):
        expand(xmlinput.read(schema).tree, schema)


@pytest.mark.parametrize("context, elements", [
    ("tei:p", True), ("tei:*[@when]", True), ("//tei:p", True), ("element()", True),
    ("tei:a|tei:b[x|y]", True), ("tei:list[@type = 'gloss']/tei:item[2]", True),
    ("tei:rt/@target", False), ("tei:a|@b", False), ("text()", False), ("node()", False),
    ("/", False), ("$element", False), ("(tei:a|tei:b)", False),
])
def test_contexts_that_match_elements_only(context: str, elements: bool) -> None:
    assert element_context(context) is elements


def test_a_rule_on_attributes_still_fires_where_the_others_walk_elements_only(
        tmp_path: Path) -> None:
    """The walk of a pattern whose rules match elements only skips attributes and text; one
    with a rule on an attribute (as TEI's on tei:rt/@target) must still reach it."""
    schema = tmp_path / "rules.sch"
    schema.write_text(
        '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
        '<sch:ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/>'
        '<sch:pattern><sch:rule context="t:ref/@target">'
        '<sch:assert test="starts-with(., \'#\')">a local pointer</sch:assert></sch:rule></sch:pattern>'
        '<sch:pattern><sch:rule context="t:ref"><sch:assert test="@target">a target</sch:assert>'
        '</sch:rule></sch:pattern></sch:schema>', encoding="utf-8")
    doc = tmp_path / "doc.xml"
    doc.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><ref target="x">a</ref>'
                   '<ref>b</ref></p></body></text></TEI>', encoding="utf-8")
    found = sorted(p.message for p in Validator([schema]).validate(doc))
    assert found == ["a local pointer", "a target"]


def test_an_xinclude_cycle_is_named_as_one(tmp_path: Path, validator: Validator) -> None:
    """libxml2 says it "could not load" b.xml, which exists: the cycle a → b → a is the cause."""
    ns = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"'
    (tmp_path / "a.xml").write_text(f'<TEI {ns}><text><body><xi:include href="sub/b.xml"/>'
                                    "</body></text></TEI>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.xml").write_text(f'<div {ns}><xi:include href="../a.xml"/></div>',
                                            encoding="utf-8")
    [problem] = validator.validate(tmp_path / "a.xml")
    assert problem.severity == "fatal"
    assert "a cycle, a.xml → sub/b.xml → a.xml" in problem.message


def test_an_error_two_inclusions_deep_is_placed_in_its_own_file(tmp_path: Path,
                                                               validator: Validator) -> None:
    """a.xml includes sub/b.xml, which includes c.xml of its own folder: jing names
    sub/c.xml:2 for the unknown element; libxml2 leaves c.xml's content without xml:base."""
    ns = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"'
    header = ("<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt>"
              "<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>")
    (tmp_path / "a.xml").write_text(f'<TEI {ns}>{header}<text><body><xi:include href="sub/b.xml"/>'
                                    "</body></text></TEI>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.xml").write_text(f'<div {ns}>\n<xi:include href="c.xml"/></div>',
                                            encoding="utf-8")
    (tmp_path / "sub" / "c.xml").write_text('<p xmlns="http://www.tei-c.org/ns/1.0">\n'
                                            "deep <foo/></p>", encoding="utf-8")
    [problem] = validator.validate(tmp_path / "a.xml")
    assert (Path(problem.file), problem.line, problem.column) == (tmp_path / "sub" / "c.xml", 2, 6)
    assert problem.xpath == "/TEI/text/body/div/p/foo"
