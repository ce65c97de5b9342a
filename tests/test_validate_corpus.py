"""Verdicts on the validation corpus: nashr's, the full tei_all grammar's, and jing's.

The corpus (tests/data/validate/corpus/) names each file's expected verdict in its prefix;
verdicts.toml lists where jing disagrees and how each case was settled from the specifications.
"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from conftest import DATA, TEI_ALL
from nashr import xmlinput
from nashr.validate import relaxng
from nashr.validate.validator import Validator, readable_xpath

CORPUS_DIR = DATA / "validate" / "corpus"
CORPUS = sorted(CORPUS_DIR.glob("*.xml"))
NOT_FOR_JING = {"unusable-billion-laughs.xml", "unusable-empty.xml"}
DISAGREEMENTS = tomllib.loads((DATA / "validate" / "verdicts.toml").read_text("utf-8"))[
    "disagreements"
]


@pytest.fixture(scope="module", autouse=True)
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """NASHR_CACHE_DIR under pytest's tmp directory (reduced grammars are cached there)."""
    path = tmp_path_factory.mktemp("nashr-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NASHR_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(TEI_ALL)


def expected(path: Path) -> str:
    return path.name.split("-", 1)[0]


def test_corpus_is_large_and_mixed() -> None:
    kinds = [expected(p) for p in CORPUS]
    assert len(CORPUS) >= 30
    assert {"valid", "invalid", "unusable"} <= set(kinds)
    assert all(name in {p.name for p in CORPUS} for name in DISAGREEMENTS)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_nashr_verdict(path: Path, validator: Validator) -> None:
    report = validator.report(path)
    assert report.status == expected(path), [p.message for p in report.problems]


@pytest.mark.parametrize("path", [p for p in CORPUS if not p.name.startswith("unusable")],
                         ids=lambda p: p.name)
def test_reduced_grammar_gives_the_full_grammars_verdict(path: Path,
                                                        tei_all: etree.RelaxNG) -> None:
    tree = xmlinput.read(path).tree
    reduced = relaxng.grammar(TEI_ALL).check(tree)
    assert (reduced == []) == tei_all.validate(tree), reduced


def test_reduced_grammar_on_converted_seeds(converted: dict[str, Path],
                                            tei_all: etree.RelaxNG) -> None:
    for path in converted.values():
        tree = xmlinput.read(path).tree
        assert (relaxng.grammar(TEI_ALL).check(tree) == []) == tei_all.validate(tree), path


def jing(files: list[Path]) -> set[str]:
    """The files jing reports an error or fatal error for (one JVM for all of ``files``)."""
    run = subprocess.run(["jing", str(TEI_ALL), *map(str, files)], capture_output=True,
                         text=True, check=False, timeout=300)
    return {line.split(":", 1)[0] for line in run.stdout.splitlines()
            if ": error:" in line or ": fatal:" in line}


def test_jing_disagrees_exactly_where_recorded() -> None:
    """jing (installed by scripts/setup as the test oracle): the well-formed files in one JVM;
    each unusable file (and each file recorded ``alone``) alone, since jing abandons the rest of
    a batch after a fatal error.
    Left out: the billion-laughs file (jing expands it for minutes, see verdicts.toml) and the
    empty file, checked alone (jing's message for it does not name the file)."""
    batch = [p for p in CORPUS if expected(p) != "unusable" and
             not DISAGREEMENTS.get(p.name, {}).get("alone")]
    flagged = jing(batch)
    for path in CORPUS:
        if path.name in NOT_FOR_JING:
            continue
        if path not in batch:
            flagged |= jing([path])
        verdict = "invalid" if str(path) in flagged else "valid"
        ours = "invalid" if expected(path) == "unusable" else expected(path)
        assert verdict == DISAGREEMENTS.get(path.name, {}).get("jing", ours), path.name
    empty = subprocess.run(["jing", str(TEI_ALL), str(CORPUS_DIR / "unusable-empty.xml")],
                           capture_output=True, text=True, check=False, timeout=120)
    assert empty.returncode != 0 and "Premature end of file" in empty.stdout


REAL = DATA / "validate" / "real"  # sources and licences: its README.md


def test_arabic_periodical_with_xinclude_and_verse(validator: Validator) -> None:
    """The shapes of issue 16's sample: an xi:include pointing into another file by xml:id, l/@type
    (not allowed: the hint must not talk about a value's format), repeated xml:ids."""
    tree = xmlinput.read(REAL / "muqtabas-i_6-excerpt.xml").tree
    assert tree.find(".//{http://www.tei-c.org/ns/1.0}encodingDesc") is not None  # included
    report = validator.report(REAL / "muqtabas-i_6-excerpt.xml")
    assert report.status == "invalid"
    verse = [p for p in report.problems if p.source == "relaxng"]
    assert [p.message for p in verse] == ['attribute "type" not allowed on element "l"'] * 2
    assert all(p.rule == "attribute-not-allowed" and "ZWNJ" not in p.hint for p in verse)
    ids = [p for p in report.problems if p.source == "xml:id"]
    assert len(ids) == 5 and all(p.line and p.column and p.xpath for p in report.problems)
    assert "/TEI/teiHeader/revisionDesc/tei:change[9]/tei:gi[2]" in [p.xpath for p in ids]
    assert len({(p.line, p.column, p.message) for p in report.problems}) == len(report.problems)


def test_errors_past_the_first_of_an_element_as_jing_finds_them(validator: Validator) -> None:
    """GreekDraCor's Agamemnon: libxml2 stops checking teiHeader's content at the misplaced
    extent and fileDesc's at the bibl after sourceDesc; jing 20220510 goes on and reports 26
    errors, on the elements that start on these lines (jing gives where a tag ends: biblStruct's
    "incomplete" at its end tag, line 39). Among them are errors inside elements not allowed
    where they stand, which jing checks against their own definition: the imprint inside the
    misplaced bibl (line 33), the respStmt and item inside the change after revisionDesc (lines
    195 and 199)."""
    report = validator.report(REAL / "greekdracor-agamemnon-excerpt.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    in_change = [107 + 4 * n for n in range(14)]  # respStmt, item, respStmt, … in revisionDesc
    assert sorted({p.line for p in relaxng}) == [27, 29, 30, 33, 41, 49, 61, 101, *in_change,
                                                 193, 195, 199]
    inside = [p.message for p in relaxng if p.line in (195, 199)]
    assert [m.split(";")[0] for m in inside] == ['element "respStmt" not allowed here',
                                                 'element "item" not allowed here']
    language = [p.message for p in relaxng if p.line == 101]
    assert language == ['attribute "id" not allowed on element "language"',
                        'element "language" missing required attribute "ident"']
    assert all(p.rule is not None and p.column for p in relaxng)


def test_column_under_the_documents_own_xml_base(validator: Validator) -> None:
    """The DTA base format's ODD sets xml:base on its root: its elements are still this file's
    (XIncluded ones are told apart by a base other than the root's), so they get a column. jing
    says 69:548, where the empty attList's tag ends; it begins at 492."""
    [problem] = validator.report(REAL / "dtabf-basisformat-excerpt.xml").problems
    assert (problem.line, problem.column, problem.rule) == (69, 492, "missing-child")


def test_missing_dtd_is_unusable_as_for_jing(validator: Validator) -> None:
    report = validator.report(REAL / "tei-test-testbare.xml")
    assert report.status == "unusable" and "testbare.dtd" in report.problems[0].message


@pytest.mark.parametrize("name", ["muqtabas-i_6-excerpt.xml", "tei-test-testbare.xml"])
def test_jing_stops_at_the_real_cases(name: str) -> None:
    run = subprocess.run(["jing", str(TEI_ALL), str(REAL / name)], capture_output=True, text=True,
                         check=False, timeout=120)
    assert run.returncode != 0 and "fatal" in run.stdout


def test_tei_inside_an_element_of_another_namespace_as_jing_finds_it(validator: Validator) -> None:
    """Faust edition transcript (excerpt): f:overw, f:under and f:over are not TEI; tei_all's
    wildcards match them, so jing checks inside them and finds the TEI handShift and mod that a
    wildcard's content (text and non-TEI elements only) does not allow. jing 20181222 reports
    the elements starting on lines 15, 17, 20, 21, 24 (f:grLine, f:overw) and 26."""
    report = validator.report(REAL / "faust-391087-0007-excerpt.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    assert [p.line for p in relaxng] == [15, 17, 20, 21, 24, 24, 26]
    inside = [(p.line, p.message) for p in relaxng if p.rule == "element-not-allowed"]
    assert inside == [
        (line, f'element "{name}" not allowed here; expected text or an element of another '
               "namespace")
        for line, name in ((17, "handShift"), (21, "mod"), (26, "handShift"))]
    assert all(p.column for p in relaxng)


def test_uri_tokens_jing_refuses_are_errors_with_the_rule(validator: Validator) -> None:
    """CMIF's template for printed editions: "[URL of the publisher]" and "[Authority …]" in
    pointers. jing refuses the tokens "[URL" and "[Authority" (RFC 2732 allows "[" only around
    an IPv6 host); libxml2 took them. jing 20181222 reports lines 19, 23 (@when), 30 (@type and
    @xml:id), 39, 40 and 48."""
    report = validator.report(REAL / "cmif-printed-edition.xml")
    errors = [p for p in report.problems if p.severity == "error"]
    assert [p.line for p in errors] == [19, 23, 30, 30, 39, 40, 48]
    uris = [p for p in errors if "anyURI" in p.message]
    assert [p.line for p in uris] == [19, 39, 40, 48]
    assert uris[0].message == (
        'value "[URL of the publisher]" of attribute "target" is not valid: must be of type '
        'anyURI; "[URL" is not a URI: "[" and "]" are allowed only around an IPv6 address in '
        "the host (RFC 2732 §3): write them as %5B and %5D")
    assert all(p.column and p.rule == "attribute-value" for p in uris)


def test_every_bad_value_among_siblings_as_jing_finds_them(validator: Validator) -> None:
    """GreekDraCor's Trachiniae (excerpt): three personGrp in one listPerson have a @role of two
    words (teidata.enumerated: one token matching [^\\p{C}\\p{Z}]+). jing 20220510 reports all
    three (lines 71, 76, 80); libxml2, checking teiHeader again once the misplaced extent is out,
    stopped in listPerson at the first, so the other two were missing. The other errors are on
    the elements jing reports (its biblStruct "incomplete" at the end tag, line 40)."""
    report = validator.report(REAL / "greekdracor-trachiniae-excerpt.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    roles = [(p.line, p.message) for p in relaxng if '"role"' in p.message]
    pattern = r"must be of type token (pattern [^\p{C}\p{Z}]+)"
    assert roles == [(71, f'value "chorus virgo" of attribute "role" is not valid: {pattern}'),
                     (76, f'value "semichorus virgo" of attribute "role" is not valid: {pattern}'),
                     (80, f'value "semichorus virgo" of attribute "role" is not valid: {pattern}')]
    in_change = [122 + 4 * n for n in range(12)]  # respStmt, item, respStmt, … in revisionDesc
    assert sorted({p.line for p in relaxng}) == [27, 29, 30, 34, 42, 50, 71, 76, 80, 116,
                                                 *in_change, 193, 195, 199]
    assert all(p.column for p in relaxng)


#: personGrp/@role values (teidata.enumerated: xsd:token with the pattern [^\p{C}\p{Z}]+),
#: each judged by hand by XML Schema 1.0 Part 2: a token's value is whitespace-collapsed
#: (§3.3.2, §4.3.6) before the pattern, which must match the whole value (Appendix F:
#: "regular expressions ... match entire literals"); \p{C} and \p{Z} are the Unicode general
#: categories C* and Z* (F.1.1), here as UnicodeData.txt gives them.
WORDS_VALID = [
    "chorus",            # letters (L)
    "Χορός",             # Greek letters
    "نیم‌ویژه"[:3],       # Persian letters, no joiner
    "e\u0301",           # a combining acute (Mn): marks are not C or Z
    "a-b.c_1",           # punctuation (P) and a digit (Nd)
    "€§",                # symbols (Sc, So)
    " chorus ",          # leading/trailing spaces go with the collapse of xsd:token
]
WORDS_INVALID = [
    "chorus virgo",      # U+0020 SPACE (Zs) left inside by the collapse; a match of "chorus"
                         # alone is no match (anchored)
    "a\u00a0b",          # NO-BREAK SPACE (Zs)
    "a\u2009b",          # THIN SPACE (Zs)
    "a\u3000b",          # IDEOGRAPHIC SPACE (Zs)
    "a\u2028b",          # LINE SEPARATOR (Zl)
    "a\u2029b",          # PARAGRAPH SEPARATOR (Zp)
    "a\u200cb",          # ZWNJ (Cf)
    "a\u00adb",          # SOFT HYPHEN (Cf)
    "a\u200fb",          # RIGHT-TO-LEFT MARK (Cf)
    "a\u0085b",          # NEXT LINE (Cc)
    "\u2067a\u2069",     # RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE (Cf, Unicode 6.3)
    "a\u061cb",          # ARABIC LETTER MARK (Cf, Unicode 6.3)
    "a\ue001b",          # private use (Co), inside U+E000–U+F8FF
    "a\U000f0041b",      # supplementary private use area A (Co)
    "",                  # "+": at least one character
]


def test_word_pattern_on_generated_values_follows_xml_schema(validator: Validator,
                                                             tmp_path: Path) -> None:
    """Every value of :data:`WORDS_INVALID` is reported, on its own personGrp, after a person
    (listPerson's content), and no value of :data:`WORDS_VALID` (jing agrees on the Z ones and
    the valid ones; it lets C through, see verdicts.toml). libxml2 lets the isolates, the
    Arabic letter mark and private use after U+E000 through (:mod:`nashr.validate.wordchars`)."""
    values = [*WORDS_VALID, *WORDS_INVALID]
    document = tmp_path / "roles.xml"
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>"
        '</sourceDesc></fileDesc><profileDesc><particDesc><listPerson><person role="senex"/>'
        "</listPerson></particDesc></profileDesc></teiHeader><text><body><p>x</p></body>"
        "</text></TEI>")
    listing = root.find(".//{http://www.tei-c.org/ns/1.0}listPerson")
    for n, value in enumerate(values):
        etree.SubElement(listing, "{http://www.tei-c.org/ns/1.0}personGrp", n=str(n), role=value)
    etree.ElementTree(root).write(document, encoding="utf-8")
    report = validator.report(document)
    detail = r'of attribute "role" is not valid: must be of type token (pattern [^\p{C}\p{Z}]+)'
    assert all(detail in p.message for p in report.problems)
    bad = sorted(int(p.xpath.rsplit("[", 1)[1].rstrip("]")) - 1 for p in report.problems)
    assert [values[n] for n in bad] == WORDS_INVALID
    isolate = next(p for p in report.problems if "\u2067" in p.message)
    assert isolate.message.endswith("; U+2067 RIGHT-TO-LEFT ISOLATE is a format character (Cf), "
                                    r"which \p{C} excludes (XML Schema 1.0 Part 2, F.1.1)")
    assert isolate.hint and "no invisible characters" in isolate.hint


def test_no_message_from_a_branch_libxml2_abandoned(validator: Validator) -> None:
    """A letter of the Schnitzler correspondence with errors in its text and back: libxml2 also
    said "Did not expect element biblStruct there" and "Element listBibl has extra content" on
    line 105, though the listBibl's content is what the grammar takes (jing finds nothing
    there). jing 20220510 reports lines 1, 158, 203, 604, 605 and 610–632."""
    report = validator.report(REAL / "schnitzler-briefe-L03001.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    assert report.status == "invalid"
    assert [p.line for p in relaxng] == [1, 158, 203, 604, 605, *range(610, 633)]
    assert all(p.rule is not None for p in relaxng)


@pytest.mark.parametrize(("path", "lines"), [
    # DISCO's prosopography (RDFa attributes on persons); jing 20220510 against tei_all.rng:
    # 27 (encodingDesc inside fileDesc), then two or one bad attributes on each line below
    ("disco/ancillary-files/prosopography-excerpt.xml",
     [27, 40, 40, 43, 44, 46, 47, 47, 51, 51, 52, 52, 53, 53, 62, 62, 63, 63, 66, 67, 69, 70, 70,
      74, 74, 76, 76, 77, 77, 80, 80, 86, 86, 89, 89]),
    # the Schnitzler letter's own Schematron is not in tests/data: TEI's stands in for it
    ("schnitzler-briefe-L03001.xml", [1, 158, 203, 604, 605, *range(610, 633)]),
])
def test_a_schematron_alone_in_xml_model_gets_tei_all_grammar_too(path: str, lines: list[int]) -> None:
    """A TEI file whose only ``<?xml-model?>`` names a Schematron (DISCO's prosopography, the
    Schnitzler letters): ``auto`` checked the Schematron alone and called DISCO's file valid,
    though jing finds 35 errors against tei_all. Now tei_all's grammar is checked too, with a
    note that says so, and its errors are jing's."""
    report = Validator("auto").report(REAL / path)
    assert report.status == "invalid"
    assert report.schema.startswith("tei_all (RELAX NG) + ")
    assert report.schema.endswith("(Schematron)")
    assert [p.line for p in report.problems if p.source == "relaxng"] == lines
    notes = [p.message for p in report.problems if p.severity == "info"]
    assert any("names a Schematron and no grammar" in note for note in notes)


def test_a_grammar_given_beside_auto_is_not_doubled_by_tei_all(tmp_path: Path) -> None:
    """``--schema PATH --schema auto`` on such a file: the user's grammar and the file's
    Schematron, and no tei_all grammar added (DISCO's own attributes would be errors there)."""
    grammar = tmp_path / "any.rng"
    grammar.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element>'
                       '<anyName/><ref name="any"/></element></start><define name="any">'
                       '<zeroOrMore><choice><attribute><anyName/></attribute><text/><element>'
                       '<anyName/><ref name="any"/></element></choice></zeroOrMore></define>'
                       '</grammar>', "utf-8")
    report = Validator([grammar, "auto"]).report(REAL / "disco/ancillary-files/prosopography-excerpt.xml")
    assert report.schema == f"{grammar} (RELAX NG) + ../schema/constrictions-prosopography.sch (Schematron)"
    assert report.status == "valid"


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")])
def test_an_arabic_file_in_utf16_or_with_bom_and_crlf_gives_the_same_places(
        validator: Validator, tmp_path: Path, encoding: str, bom: bytes) -> None:
    """Digital Muqtabas' excerpt saved as UTF-16 (or UTF-8 with a BOM) with CRLF line ends, as
    Windows editors save: every problem at the line and column (in characters) of the UTF-8
    original, including line 89's, 3727 characters into a line of Arabic."""
    name = "muqtabas-i_6-excerpt.xml"
    original = [(p.line, p.column, p.message) for p in validator.report(REAL / name).problems]
    assert (89, 3727) in {(line, column) for line, column, _ in original}
    text = (REAL / name).read_text("utf-8").replace("\n", "\r\n")
    if encoding != "utf-8":
        text = text.replace("encoding='UTF-8'", "encoding='UTF-16'").replace(
            'encoding="UTF-8"', 'encoding="UTF-16"')
    (tmp_path / name).write_bytes(bom + text.encode(encoding))
    shutil.copy(REAL / "oclc_4770057679-master_teiHeader.TEIP5.xml", tmp_path)
    assert [(p.line, p.column, p.message) for p in validator.report(tmp_path / name).problems] == original


def test_xpaths_numbered_once_per_parent_are_the_same() -> None:
    """readable_xpath with a cache (each parent's children numbered once, as a report does)
    gives every element of a real file (Digital Muqtabas: tei: prefixes, sibling ps and lgs)
    the path it gives alone."""
    tree = xmlinput.read(REAL / "muqtabas-i_6-excerpt.xml").tree
    elements = list(tree.getroot().iter(etree.Element))
    cache: dict = {}
    assert [readable_xpath(e, cache) for e in elements] == [readable_xpath(e) for e in elements]
    assert len({readable_xpath(e) for e in elements}) == len(elements)


def test_root_not_allowed_has_its_content_checked(validator: Validator) -> None:
    """A gazetteer record of EDEp whose root is a ``place``: jing 20220510 says
    ``2:61: element "place" not allowed here; expected element "TEI" or "teiCorpus"``, then
    checks the ``place`` as tei_all defines it: ``13:36`` and ``14:36`` value of attribute
    "target" is invalid (empty), ``13:42`` and ``14:43`` text not allowed here (in ``ptr``)."""
    report = validator.report(REAL / "edep-place-G003586.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    assert report.status == "invalid"
    assert [(p.line, p.xpath) for p in relaxng] == [
        (2, "/place"), (13, "/place/ptr[1]"), (13, "/place/ptr[1]"),
        (14, "/place/ptr[2]"), (14, "/place/ptr[2]")]
    # a TEI element as root: a part of a TEI document, not a file of another schema (round 22:
    # the hint said "this file is not a TEI document")
    assert relaxng[0].rule == "root-tei-fragment" and "place, a TEI element" in relaxng[0].hint
    assert [p.message.startswith('text not allowed here in element "ptr"') for p in relaxng[1:]] == [
        True, False, True, False]
    assert all('of attribute "target" is not valid' in p.message for p in relaxng[2::2])


def test_empty_attribute_value_is_named(validator: Validator) -> None:
    """A Wellcome catalogue record with ``<graphic url=""/>``: libxml2 says only "Element graphic
    failed to validate attributes". jing 20220510 reports one error, ``140:25: value of
    attribute "url" is invalid; must be a URI matching the regular expression "\\S+"``; nashr
    names the attribute and its pattern, once (the attribute, taken out to go on, is not then
    reported missing)."""
    report = validator.report(REAL / "wellcome-indic-beta-2197.xml")
    relaxng = [p for p in report.problems if p.source == "relaxng"]
    assert report.status == "invalid"
    assert [(p.line, p.xpath, p.message) for p in relaxng] == [
        (140, "/TEI/facsimile/graphic",
         'value "" of attribute "url" is not valid: must be of type anyURI (pattern \\S+)')]


def test_attribute_of_another_namespace_with_a_known_local_name(validator: Validator) -> None:
    """An EDEp inscription whose ``div`` has ``type="textpart"`` and ``fore:type="repeatable"``
    (line 236): libxml2 says "Invalid attribute type for element div". jing 20220510 reports
    one error there, ``236:183: attribute "fore:type" not allowed here``; nashr called the
    valid ``type="textpart"`` a bad value and reported "fore:type" as "type"."""
    report = validator.report(REAL / "edep-E0000038.xml")
    here = [p.message for p in report.problems if p.source == "relaxng" and p.line == 236]
    assert report.status == "invalid"
    assert here == ['attribute "fore:type" not allowed on element "div"']


def test_attribute_of_an_undeclared_namespace_gets_its_own_hint(validator: Validator) -> None:
    """A Syriaca.org gazetteer entry whose ``placeName`` carries ``srophe:tags`` (line 104), an
    attribute of the project's own namespace that tei_all does not declare: jing 20220510 reports
    it once, ``104:124: attribute "srophe:tags" not allowed here``; nashr's hint spoke of the case
    of attribute names, where the cure is the project's customisation."""
    [problem] = validator.report(REAL / "srophe-place-2395.xml").problems
    assert (problem.line, problem.message) == (104, 'attribute "srophe:tags" not allowed on element "placeName"')
    assert problem.rule == "foreign-attribute"
    assert "https://srophe.app" in problem.hint and "ODD" in problem.hint
    assert "https://srophe.app" in problem.hint_fa


def test_elements_of_an_xincluded_file_are_placed_in_it(validator: Validator) -> None:
    """A Shelley-Godwin Archive manuscript that XIncludes its three pages: each page's
    ``surface`` carries ``mith:folio`` and ``mith:shelfmark``, which tei_all does not declare.
    jing 20220510 reports the six errors in the page files (``hu-hm_2177-fb045v.xml:5:119``, where
    the start tag ends); nashr reported them in the manuscript's file, at the page's line and
    without a column, where a person finds nothing."""
    report = validator.report(REAL / "sga" / "hu" / "hu-hm_2177.xml")
    pages = REAL / "sga" / "hu" / "hu-hm_2177"
    assert report.status == "invalid"
    assert [(Path(p.file).name, p.line, p.column) for p in report.problems] == [
        (f"hu-hm_2177-{page}.xml", 4, 1) for page in ("fb045v", "fb046r", "fb046v") for _ in (1, 2)]
    assert all(Path(p.file).parent == pages for p in report.problems)


def test_errors_of_an_xpointer_fragment_are_placed_in_its_file() -> None:
    """The Shelley-Godwin Archive's master ODD XIncludes two ``specGrp`` of the page ODD beside it
    by shorthand XPointers (``xpointer="modules"``, ``"mainSpec"``). TEI's Schematron finds two
    ``constraintSpec scheme="isoschematron"`` in them, at lines 484 and 817 of the page ODD, where
    it finds them when the page ODD is checked itself. libxml2 writes no ``xml:base`` for a file in
    the same folder, so nashr named the master ODD, at the page ODD's lines, without a column (jing
    20220510 resolves no shorthand XPointer and stops)."""
    odd = REAL / "sga" / "odd"
    both = Validator([TEI_ALL, f"schematron:{TEI_ALL}"])
    included = [(p.file, p.line, p.column, p.message) for p in both.report(odd / "shelley-godwin-master.odd").problems]
    alone = [(p.file, p.line, p.column, p.message) for p in both.report(odd / "shelley-godwin-page.odd").problems]
    assert [(line, column) for _, line, column, _ in included] == [(484, 25), (817, 25)]
    assert included == alone
    assert all(file == str(odd / "shelley-godwin-page.odd") for file, *_ in included)


def test_an_xml_base_the_document_writes_keeps_its_elements_here(validator: Validator) -> None:
    """A Beta maṣāḥǝft record whose ``teiHeader`` and ``text`` carry ``xml:base`` themselves:
    ``condition`` (line 45) may not have ``@key``. jing 20220510 says 45:48; nashr took the header
    for XIncluded and gave no column."""
    report = validator.report(REAL / "betamasaheft-EMML6891.xml")
    [problem] = [p for p in report.problems if p.severity == "error"]
    assert (problem.file, problem.line, problem.column) == (str(REAL / "betamasaheft-EMML6891.xml"), 45, 25)
    assert problem.message == 'attribute "key" not allowed on element "condition"'


def test_an_element_allowed_after_one_of_several_missing_ones_is_not_allowed_yet(validator: Validator) -> None:
    """FreeDict's ODD opens its ``publicationStmt`` with ``availability``, which may only follow a
    ``publisher``, ``distributor`` or ``authority``. jing 20220510 reports one error, ``17:41:
    element "availability" not allowed yet; expected element "ab", "authority", "distributor", "p"
    or "publisher"``; nashr said "not allowed here" and then called ``publicationStmt`` incomplete."""
    report = validator.report(REAL / "freedict-P5.xml")
    assert [(p.line, p.message) for p in report.problems if p.source == "relaxng"] == [
        (17, 'element "availability" not allowed yet; expected "ab", "authority", "distributor", "p" or "publisher"')]


def test_a_tei_p4_document_is_told_to_convert(validator: Validator) -> None:
    """FreeDict's dictionary template is TEI P4: a DOCTYPE naming the P4 DTD by URL, whose
    internal subset selects modules with parameter entities, and the root ``TEI.2``. jing
    20220510 stops ("fatal": it tries to fetch the DTD). nashr refuses the entity declarations, as
    for any file; the hint said to write the characters themselves, which does not apply: it now
    says the file is P4 and how to get P5."""
    [problem] = validator.report(REAL / "freedict-la1-la2.template.tei").problems
    assert problem.severity == "fatal" and problem.rule == "root-tei-p4"
    assert "p4top5.xsl" in problem.hint and "p4top5.xsl" in problem.hint_fa


def test_an_attribute_nothing_close_to_gets_what_to_do() -> None:
    """The Escher letters' register writes ``<person type="…">`` (TEI's ``person`` has no
    ``@type``); the hint said only that attribute names are case-sensitive, which is not the
    trouble when no attribute of the element is spelt like it. Checked on the first person of
    ``data/people/people.xml`` (stazh/briefedition-escher @ 1f40190d), in a TEI document of its
    own."""
    from nashr.validate import hints

    person = etree.fromstring('<person xmlns="http://www.tei-c.org/ns/1.0" type="Person"/>')
    key, en, fa = hints.find('attribute "type" not allowed on element "person"', person,
                             "attribute-not-allowed", frozenset({"role", "sex", "age", "xml:id"}))
    assert key == "attribute-not-allowed" and "case-sensitive" not in en
    assert en.startswith("person does not take @type: take it out") and "ODD" in en and "ODD" in fa
    key, en, _ = hints.find('attribute "Role" not allowed on element "person"', person,
                            "attribute-not-allowed", frozenset({"role", "sex", "age", "xml:id"}))
    assert en == "person does not take @Role: did you mean role? (attribute names are case-sensitive)"


def test_what_stands_in_for_a_remote_grammar_is_named() -> None:
    """A Syriaca.org draft names only its compact-syntax grammar by URL; nashr does not download
    it and checks tei_all's RELAX NG in its place (no Schematron: the document names none). The
    warning said "TEI's own grammar and Schematron", which the report's schema label contradicted."""
    report = Validator("auto").report(REAL / "syriaca-draft-work-1356.xml")
    [warning] = [p for p in report.problems if p.severity == "warning"]
    assert report.status == "valid" and report.schema == "tei_all (RELAX NG)"
    assert "http://syriaca.org/documentation/syriaca-tei-main.rnc" in warning.message
    assert "checked against tei_all's grammar (TEI's RELAX NG) in its place" in warning.message
