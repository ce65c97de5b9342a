"""nashr validate: messages, hints, formats, safety, schema resolution and the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from lxml import etree
from typer.testing import CliRunner

from conftest import DATA, TEI_ALL
from nashr.commands.validate import schema_app, validate
from nashr.validate import schemas
from nashr.validate.validator import FileReport, Problem, Validator, exit_code, format_reports, validate_files

CORPUS = DATA / "validate" / "corpus"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty NASHR_CACHE_DIR under its tmp_path."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def validator() -> Validator:
    """A validator with tei_all given by path (reduced grammars go to each test's cache)."""
    return Validator(TEI_ALL)


def write(path: Path, body: str) -> Path:
    header = ("<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt>"
              "<p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>")
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/'
                    f'ns/1.0">\n{header}\n<text>\n<body>\n{body}\n</body>\n</text>\n</TEI>\n',
                    encoding="utf-8")
    return path


def test_div_in_p_names_line_column_xpath_and_hint(validator: Validator) -> None:
    [problem] = validator.validate(CORPUS / "invalid-div-in-p.xml")
    assert (problem.line, problem.column) == (6, 7)  # '<p>یک <div>': the div's '<' is char 7
    assert problem.xpath == "/TEI/text/body/p/div"
    assert problem.message.startswith('element "div" not allowed here; expected text, "abbr"')
    assert problem.rule == "p-contains-div"
    assert problem.hint.startswith("p cannot contain div: close the paragraph first")
    assert "پاراگراف را ببندید" in problem.hint_fa


def test_column_counts_characters_of_the_nth_tag_on_the_line(tmp_path: Path,
                                                              validator: Validator) -> None:
    path = write(tmp_path / "a.xml", "<p>الف</p><p>ب <p>ج</p></p>")
    [problem] = validator.validate(path)
    assert problem.xpath == "/TEI/text/body/p[2]/p"
    assert problem.column == len("<p>الف</p><p>ب ") + 1


def test_duplicate_and_malformed_xml_ids_are_reported_once_each(validator: Validator,
                                                               tmp_path: Path) -> None:
    path = write(tmp_path / "ids.xml", '<p xml:id="a">x</p><p xml:id="a">y</p><p xml:id="1">z</p>')
    problems = validator.validate(path)
    assert [p.message for p in problems] == [
        'xml:id "a" is already used on line 6',
        'xml:id "1" is not an XML name (NCName)',
    ]
    assert {p.xpath for p in problems} == {"/TEI/text/body/p[2]", "/TEI/text/body/p[3]"}
    assert all(p.source == "xml:id" for p in problems)


def test_zwnj_in_xml_id_is_explained(validator: Validator) -> None:
    [problem] = validator.validate(CORPUS / "invalid-xml-id-zwnj.xml")
    assert "ZWNJ" in problem.message and problem.rule == "xml-id-invalid"


@pytest.mark.parametrize("name, key", [
    ("invalid-p-in-p.xml", "p-contains-p"),
    ("invalid-head-after-p.xml", "head-not-first"),
    ("invalid-no-namespace.xml", "root-not-tei"),
    ("invalid-not-tei-root.xml", "root-not-a-tei-document"),
    ("invalid-no-teiheader.xml", "text-without-header"),
    ("invalid-lang-attribute.xml", "lang-not-xml-lang"),
    ("invalid-id-attribute.xml", "id-not-xml-id"),
    ("invalid-when-short-month.xml", "date-format"),
    ("invalid-list-type-zwnj.xml", "word-datatype"),
    ("invalid-num-persian-digits.xml", "numeric-value"),
    ("invalid-text-in-body.xml", "text-in-container"),
    ("invalid-empty-titlestmt.xml", "missing-child"),
    ("invalid-cert-value.xml", "certainty-value"),
    ("invalid-unknown-element.xml", "unknown-element"),
    ("invalid-foreign-element.xml", "foreign-element"),
])
def test_common_errors_get_their_hint(name: str, key: str, validator: Validator) -> None:
    problems = validator.validate(CORPUS / name)
    assert key in [p.rule for p in problems]
    assert all(p.hint and p.hint_fa for p in problems if p.rule == key)


def test_an_element_before_a_missing_one_is_not_allowed_yet_and_what_follows_is_checked(
        validator: Validator) -> None:
    """A fileDesc without its titleStmt: jing 20220510 says 'element "publicationStmt" not
    allowed yet; missing required element "titleStmt"' (5:24) and, going on as if it were
    there, the attribute bogus not allowed on sourceDesc's p (9:44), and nothing else; libxml2
    stops checking fileDesc at publicationStmt and never enters sourceDesc."""
    problems = validator.validate(CORPUS / "invalid-publicationstmt-before-titlestmt.xml")
    assert [(p.line, p.rule, p.message) for p in problems] == [
        (5, "element-not-allowed-yet",
         'element "publicationStmt" not allowed yet; missing required element "titleStmt"'),
        (9, "attribute-not-allowed", 'attribute "bogus" not allowed on element "p"')]


@pytest.mark.parametrize("name, words", [
    ("unusable-binary.xml", "binary file"),
    ("unusable-empty.xml", "empty file"),
    ("unusable-not-well-formed.xml", "not well-formed XML: Opening and ending tag mismatch"),
    ("unusable-xxe.xml", "refuses entity declarations"),
    ("unusable-billion-laughs.xml", "refuses entity declarations"),
])
def test_unusable_files_give_one_fatal_problem(name: str, words: str,
                                               validator: Validator) -> None:
    report = validator.report(CORPUS / name)
    [problem] = report.problems
    assert problem.severity == "fatal" and words in problem.message
    assert report.status == "unusable" and exit_code([report]) == 2


def test_xxe_is_never_fetched(tmp_path: Path, validator: Validator) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    doc = tmp_path / "x.xml"
    doc.write_text(f'<!DOCTYPE TEI [\n{"<!-- pad -->" * 400}\n<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
                   '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&s;</p></TEI>', encoding="utf-8")
    [problem] = validator.validate(doc)
    assert "refuses entity declarations" in problem.message and "SECRET" not in problem.message


def test_missing_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    reports = validate_files([tmp_path / "nope.xml", CORPUS / "valid-minimal.xml"], TEI_ALL)
    assert [r.status for r in reports] == ["unusable", "valid"]
    assert reports[0].problems[0].message == "no such file"
    assert exit_code(reports) == 2


def test_exit_codes() -> None:
    valid, invalid = FileReport("a", "s"), FileReport("b", "s")
    invalid.problems.append(Problem("b", 1, 1, None, "m"))
    assert (exit_code([valid]), exit_code([valid, invalid])) == (0, 1)


def test_json_and_junit_formats(validator: Validator) -> None:
    reports = [validator.report(CORPUS / "valid-minimal.xml"),
               validator.report(CORPUS / "invalid-div-in-p.xml"),
               validator.report(CORPUS / "unusable-binary.xml")]
    data = json.loads(format_reports(reports, "json", "fa"))
    assert data["summary"] == {"files": 3, "valid": 1, "invalid": 1, "unusable": 1}
    problem = data["files"][1]["problems"][0]
    assert problem["line"] == 6 and problem["hint_text"] == problem["hint_fa"]
    junit = etree.fromstring(format_reports(reports, "junit").encode("utf-8"))
    suite = junit.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = suite.findall("testcase")
    assert [[child.tag for child in c] for c in cases] == [
        ["system-out"], ["failure", "system-out"], ["error", "system-out"]]
    assert {c.get("classname") for c in cases} == {"nashr.validate"}
    assert cases[0].findtext("system-out") == f"schema: {reports[0].schema}"


def test_junit_failure_message_is_the_first_error_not_a_note() -> None:
    """A Schnitzler letter whose only <?xml-model?> names a Schematron that is not here: its
    report starts with a note and a warning (no line); CI shows a failure by its message, which
    must be the error that failed the file (jing's first: line 1, the xsi:schemaLocation)."""
    report = Validator("auto").report(DATA / "validate" / "real" / "schnitzler-briefe-L03001.xml")
    assert [p.severity for p in report.problems[:3]] == ["info", "warning", "error"]
    case = etree.fromstring(format_reports([report], "junit").encode("utf-8")).find(".//testcase")
    assert case.find("failure").get("message") == \
        'attribute "xsi:schemaLocation" not allowed on element "TEI"'


def test_text_format_in_persian(validator: Validator) -> None:
    text = format_reports([validator.report(CORPUS / "invalid-div-in-p.xml")], "text", "fa")
    assert 'invalid-div-in-p.xml:6:7: خطا: element "div" not allowed here; expected' in text
    assert "راهنمایی: p نمی‌تواند div داشته باشد" in text
    assert text.endswith("1 پرونده: 0 معتبر، 1 نامعتبر، 0 ناخوانا\n")


def test_text_format_gives_a_valid_file_with_warnings_its_verdict() -> None:
    # A foreign file checked against tei_all in place of a schema nashr lacks is valid with a
    # warning: the reader must not have to infer the verdict from the summary alone.
    report = FileReport("dracor.xml", "tei_all (RELAX NG)")
    report.problems.append(Problem("dracor.xml", None, None, None, "no local copy", severity="warning"))
    lines = format_reports([report], "text").splitlines()
    assert lines[0] == "dracor.xml: valid (tei_all (RELAX NG))"
    assert lines[1] == "dracor.xml: warning: no local copy"


def test_cache_dir_follows_environment(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    assert schemas.cache_dir() == cache
    monkeypatch.delenv("NASHR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert schemas.cache_dir() == tmp_path / "xdg" / "nashr"


def test_tei_all_is_shipped_and_needs_no_fetch(cache: Path) -> None:
    assert not (cache / "schemas").exists()
    assert schemas.tei_all() == schemas.NASHR_SCHEMA_DIR / "tei_all.rng"
    assert Validator("tei_all").report(CORPUS / "valid-minimal.xml").status == "valid"
    assert Validator("tei_all").report(CORPUS / "invalid-p-in-p.xml").status == "invalid"


def test_fetch_from_local_file_fills_cache_and_catalog(cache: Path) -> None:
    installed = schemas.fetch(TEI_ALL)
    assert installed == cache / "schemas" / "tei_all.rng"
    assert installed.read_bytes() == TEI_ALL.read_bytes()
    assert schemas.catalog()[schemas.TEI_ALL_URL] == installed.resolve()
    report = Validator("auto").report(CORPUS / "valid-xml-model-pi.xml")
    assert (report.status, report.schema) == ("valid", "tei_all (RELAX NG)")


def test_fetch_refuses_a_non_schema(tmp_path: Path) -> None:
    with pytest.raises(schemas.SchemaError):
        schemas.fetch(CORPUS / "valid-minimal.xml")


def test_xml_model_with_unknown_uri_is_checked_against_tei_all_with_a_warning(tmp_path: Path) -> None:
    # DraCor's plays name https://dracor.org/schema.rng, which nashr does not download.
    doc = tmp_path / "m.xml"
    doc.write_text('<?xml-model href="https://example.org/s.rng" schematypens="http://relaxng.org'
                   '/ns/structure/1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>',
                   encoding="utf-8")
    report = Validator("auto").report(doc)
    [warning] = [p for p in report.problems if p.severity == "warning"]
    assert "https://example.org/s.rng" in warning.message and "nashr schema fetch" in warning.message
    assert report.schema == "tei_all (RELAX NG)"
    # tei_all's verdict: a TEI element without its header is invalid, not unusable
    assert report.status == "invalid"


def test_xml_model_naming_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    # Projects ship their TEI with a schema in a sibling folder; a copy of the texts alone
    # names a file that is not there (muqtabas: ../schema/tei_periodical.rng).
    doc = tmp_path / "texts" / "m.xml"
    doc.parent.mkdir()
    doc.write_text('<?xml-model href="../schema/project.rng" schematypens="http://relaxng.org'
                   '/ns/structure/1.0"?>\n<?xml-model href="../schema/project.rng" schematypens='
                   '"http://purl.oclc.org/dsdl/schematron"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>',
                   encoding="utf-8")
    report = Validator("auto").report(doc)
    [warning] = [p for p in report.problems if p.severity == "warning"]  # one per missing file
    assert str(tmp_path / "schema" / "project.rng") in warning.message
    assert "--schema PATH" in warning.message and "in its place" in warning.message
    assert report.schema == "tei_all (RELAX NG) + tei_all (Schematron)"


def test_xml_model_of_a_document_outside_tei_naming_a_missing_schema_is_fatal(tmp_path: Path) -> None:
    # tei_all says nothing useful about a document that is not TEI: no stand-in.
    doc = tmp_path / "m.xml"
    doc.write_text('<?xml-model href="gone.rng"?>\n<a>text</a>', encoding="utf-8")
    [problem] = Validator("auto").validate(doc)
    assert problem.severity == "fatal" and "gone.rng, which does not exist" in problem.message


def test_xml_model_relative_href_is_resolved_against_the_document(tmp_path: Path) -> None:
    (tmp_path / "s.rng").write_bytes(
        b'<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
    doc = tmp_path / "d.xml"
    doc.write_text('<?xml-model href="s.rng"?>\n<a>text</a>', encoding="utf-8")
    report = Validator("auto").report(doc)
    assert report.schema == "s.rng (RELAX NG)" and report.status == "invalid"


def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(validate)
    app.add_typer(schema_app, name="schema")
    return app


def test_cli_validate_and_fetch(cache: Path) -> None:
    runner = CliRunner()
    shipped = runner.invoke(cli(), ["validate", "--schema", "tei_all",
                                    str(CORPUS / "valid-minimal.xml")])
    assert shipped.exit_code == 0 and "valid (tei_all (RELAX NG) + tei_all (Schematron))" in \
        shipped.stdout
    fetched = runner.invoke(cli(), ["schema", "fetch", "--from", str(TEI_ALL)])
    assert fetched.exit_code == 0 and (cache / "schemas" / "tei_all.rng").is_file()
    ok = runner.invoke(cli(), ["validate", str(CORPUS / "valid-minimal.xml")])
    assert ok.exit_code == 0 and "valid (tei_all (RELAX NG) + tei_all (Schematron))" in ok.stdout
    bad = runner.invoke(cli(), ["validate", "--format", "json",
                                str(CORPUS / "invalid-p-in-p.xml")])
    assert bad.exit_code == 1 and json.loads(bad.stdout)["summary"]["invalid"] == 1
    wrong = runner.invoke(cli(), ["validate", "--format", "xml", str(CORPUS / "valid-minimal.xml")])
    assert wrong.exit_code == 2


def test_cli_validates_the_xml_files_of_a_folder(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "texts" / "letters").mkdir(parents=True)
    (project / ".git").mkdir()
    shutil.copy(CORPUS / "valid-minimal.xml", project / "texts" / "a.xml")
    shutil.copy(CORPUS / "invalid-p-in-p.xml", project / "texts" / "letters" / "b.xml")
    shutil.copy(CORPUS / "invalid-p-in-p.xml", project / ".git" / "c.xml")  # hidden: not a text
    (project / "texts" / "notes.txt").write_text("not XML", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli(), ["validate", "--schema", "tei_all", "--format", "json",
                                        str(project), str(empty)])
    files = [r["file"] for r in json.loads(result.stdout)["files"]]
    assert files == [str(project / "texts" / "a.xml"), str(project / "texts" / "letters" / "b.xml"),
                     str(empty)]
    assert result.exit_code == 2  # the empty folder is unusable, b.xml invalid


def test_misspelt_element_gets_the_schemas_spelling(validator: Validator) -> None:
    [problem] = validator.validate(CORPUS / "invalid-unknown-element.xml")
    assert problem.hint.endswith("(names are case-sensitive): did you mean persName?")
    assert problem.hint_fa.endswith("آیا منظورتان persName بود؟")


def test_format_characters_only_where_the_word_pattern_is(tmp_path: Path,
                                                          validator: Validator) -> None:
    """A right-to-left isolate (U+2067, Cf) libxml2 lets through is refused in @type
    (teidata.enumerated, [^\\p{C}\\p{Z}]+) with its line and column, and allowed in @n
    (teidata.text: any string) and in text; an unassigned code point (U+0378, Cn) is left to
    libxml2, which takes it (nashr.validate.wordchars)."""
    path = write(tmp_path / "isolates.xml",
                 '<p n="\u2067۱\u2069">\u2067متن\u2069</p>\n<p><seg type="\u2067a\u2069">x</seg>'
                 '</p>\n<p><seg type="a\u0378">y</seg></p>')
    [problem] = validator.validate(path)
    assert (problem.line, problem.column, problem.xpath) == (7, 4, "/TEI/text/body/p[2]/seg")
    assert problem.rule == "word-datatype" and "U+2067 RIGHT-TO-LEFT ISOLATE" in problem.message
    valid = write(tmp_path / "valid.xml",
                  '<p n="\u2067۱\u2069"><seg type="نیم">\u2067متن\u2069</seg></p>')
    assert validator.validate(valid) == []


def test_remote_xinclude_is_noted_and_its_fallback_checked(validator: Validator, tmp_path: Path) -> None:
    """An xi:include naming a URL, with an xi:fallback, as the Inscriptions of Israel/Palestine
    (Brown-University-Library/iip-texts) write their publicationStmt: nashr never fetches it and
    checks the fallback (jing 20220510, offline, the same: "warning: … Include operation failed,
    reverting to fallback"), and says so, once per xi:include, with its line."""
    path = write(tmp_path / "remote.xml", '<div>\n<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                 'href="http://example.org/include_taxonomies.xml"><xi:fallback><p>fallback</p>'
                 "</xi:fallback></xi:include>\n</div>")
    report = validator.report(path)
    assert report.status == "valid"
    [note] = [p for p in report.problems if p.severity != "error"]
    assert note.message.startswith("the xi:include on line 7 names http://example.org/include_taxonomies.xml; "
                                   "nashr never reads the network, so its xi:fallback was checked in its place")


_BIBLIOGRAPHY = (  # the shape of TEI's P5/Test/testms.xml: a listBibl of P4-style bibl
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
    '</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
    '</fileDesc></teiHeader>\n<text><body>{milestone}<listBibl>\n'
    '<bibl><editor>E</editor><title level="s">S</title>\n'
    '<biblScope type="volume">II</biblScope><pubPlace>P</pubPlace><date>1773</date></bibl>\n'
    '<bibl><author>A</author><title level="a">H</title><biblScope type="pages">pp. 92</biblScope>'
    '</bibl>\n</listBibl></body></text></TEI>')


def test_a_files_errors_do_not_depend_on_the_files_checked_before_it() -> None:
    """testms.xml (TEI's P5/Test) had another error list after TEI's other test files than
    alone: a batch's reduced grammar, grown to every element name seen, holds ``pb``, and
    libxml2 then also says «listBibl has extra content: bibl». Its errors now come from its own
    reduction; the verdict may still come from the shared grammar."""
    from nashr.validate import relaxng

    tree = etree.fromstring(_BIBLIOGRAPHY.format(milestone="")).getroottree()
    before = etree.fromstring(_BIBLIOGRAPHY.format(milestone='<pb n="1"/>')).getroottree()
    alone = relaxng.Grammar(TEI_ALL).check(tree)
    assert [e.message for e in alone] == ["Invalid attribute type for element biblScope"] * 2
    batch = relaxng.Grammar(TEI_ALL)
    assert batch.check(before)  # invalid too: its grammar (with pb) now covers tree's names
    assert batch.check(tree) == alone


def test_a_list_attributes_values_are_named_once(tmp_path: Path) -> None:
    """DISCO's sonnets (pruizf/disco) declare ``<metDecl type="enjamb">``; tei_all's
    ``metDecl/@type`` is a list of one to three of "met", "real", "rhyme", which the message
    listed three times, ending «or of type a space-separated list» (jing: «token "enjamb"
    invalid; must be equal to "met", "real" or "rhyme"»)."""
    path = tmp_path / "sonnet.xml"
    path.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
        '</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
        '</fileDesc><encodingDesc><metDecl type="met"><p>m</p></metDecl>\n'
        '<metDecl type="enjamb"><p>e</p></metDecl></encodingDesc></teiHeader>'
        '<text><body><p>a</p></body></text></TEI>', "utf-8")
    [problem] = [p for p in Validator([TEI_ALL]).report(path).problems if p.severity == "error"]
    assert (problem.line, problem.xpath) == (2, "/TEI/teiHeader/encodingDesc/metDecl[2]")
    assert problem.message == ('value "enjamb" of attribute "type" is not valid: must be one or '
                               'more of "met", "real", "rhyme", separated by spaces')


def test_a_fault_said_on_every_line_is_counted_once_at_the_end(tmp_path: Path) -> None:
    """Digital Muqtabas (OpenArabicPE) writes ``<l type="…">`` on every verse, which tei_all's
    ``l`` does not take: 68 errors in one issue, each with the same hint. The hint is written
    once per file, and a file with more than ten problems ends with them counted by message."""
    verses = "".join(f'<l type="bayt">بيت {i}</l>\n' for i in range(12))
    path = write(tmp_path / "issue.xml", f'<lg>\n{verses}</lg><p xml:lang="ar" type="a b">x</p>')
    report = Validator([TEI_ALL]).report(path)
    text = format_reports([report])
    message = 'attribute "type" not allowed on element "l"'
    assert text.count(message) == 13 and text.count("hint: l does not take @type") == 1
    first = next(p.line for p in report.problems if p.message == message)
    assert f"{path}: 13 problems, 2 different messages:\n  12 × error: {message} (first on line " \
        f"{first})\n  1 × error: " in text
    assert text.endswith("1 file(s): 0 valid, 1 invalid, 0 unusable\n")
