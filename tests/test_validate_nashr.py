"""nashr's own schemas: nashr.rng (a strict subset of tei_all), nashr.sch (Schematron compiled
by xslt/schematron/compile.xsl and run by saxonche), and the date Schematron rules see."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from lxml import etree
from persiantools.jdatetime import JalaliDate

from conftest import DATA, ROOT, TEI_ALL
from nashr import xmlinput
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger
from nashr.validate import rngreduce, schemas, schematron
from nashr.validate.validator import FIXED_DATE, Validator, schematron_date

NASHR_RNG = ROOT / "tei" / "schema" / "nashr.rng"
NASHR_SCH = ROOT / "tei" / "schema" / "nashr.sch"
CORPUS = DATA / "validate" / "corpus"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def nashr_sch() -> schematron.Checker:
    return schematron.checker(NASHR_SCH, FIXED_DATE)


def tei(path: Path, body: str, *, calendars: bool = True) -> Path:
    desc = ('<profileDesc><calendarDesc><calendar xml:id="jalali"><p>Solar Hijri</p></calendar>'
            '<calendar xml:id="gregorian"><p>Gregorian</p></calendar></calendarDesc></profileDesc>'
            if calendars else "")
    path.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
        '</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
        f'</fileDesc>{desc}</teiHeader><text><body>{body}</body></text></TEI>', encoding="utf-8")
    return path


def rules(checker: schematron.Checker, path: Path) -> list[str | None]:
    return [finding.rule for finding in checker.check(path)]


def test_nashr_rng_is_generated_from_tei_all_and_nashr_odd(tmp_path: Path) -> None:
    out = tmp_path / "nashr.rng"
    assert rngreduce.main(["--odd", str(ROOT / "tei/schema/nashr.odd"), str(TEI_ALL),
                           "-o", str(out)]) == 0
    assert out.read_bytes() == NASHR_RNG.read_bytes()


def test_nashr_odd_is_valid_tei(tei_all: etree.RelaxNG) -> None:
    assert tei_all.validate(etree.parse(str(ROOT / "tei/schema/nashr.odd"))), tei_all.error_log


def test_converted_seeds_are_valid_against_nashr_rng_and_sch(converted: dict[str, Path],
                                                            tmp_path: Path) -> None:
    registers = converted[next(iter(converted))].parent.parent / "registers"
    shutil.copytree(ROOT / "tei" / "registers", registers, dirs_exist_ok=True)
    validator = Validator("nashr")
    for path in converted.values():
        assert validator.validate(path) == [], path


def test_nashr_valid_implies_tei_all_valid(converted: dict[str, Path],
                                          tei_all: etree.RelaxNG) -> None:
    nashr_rng = etree.RelaxNG(etree.parse(str(NASHR_RNG)))
    files = [*converted.values(), *sorted(CORPUS.glob("valid-*.xml")),
             *sorted(CORPUS.glob("invalid-*.xml"))]
    accepted = 0
    for path in files:
        tree = xmlinput.read(path).tree
        if nashr_rng.validate(tree):
            accepted += 1
            assert tei_all.validate(tree), path
    assert accepted >= len(converted) + 10
    assert not nashr_rng.validate(xmlinput.read(CORPUS / "valid-egxml.xml").tree)


def test_jalali_function_agrees_with_persiantools(tmp_path: Path,
                                                  nashr_sch: schematron.Checker) -> None:
    """Every day of 1300–1450 AP: the right Gregorian date passes; the day after fails from 1304
    on (checked on the 1st and 16th of every month, to keep the test fast)."""
    right, wrong, days, wrong_days = [], [], 0, 0
    jalali, last = JalaliDate(1300, 1, 1), JalaliDate(1450, 12, 29)
    while jalali <= last:
        gregorian = jalali.to_gregorian()
        custom = f'datingMethod="#jalali" when-custom="{jalali.isoformat()}"'
        opening = "</p><p>" if jalali.day == 1 and days else ""  # a p per month: short lists
        right.append(f'{opening}<date {custom} when="{gregorian.isoformat()}"/>')
        if jalali.day in (1, 16) and jalali.year >= 1304:  # before 1304 a day off is allowed
            wrong.append(f'{opening if wrong else ""}<date {custom} '
                         f'when="{(gregorian + dt.timedelta(days=1)).isoformat()}"/>')
            wrong_days += 1
        jalali += dt.timedelta(days=1)
        days += 1
    assert days > 55_000
    assert rules(nashr_sch, tei(tmp_path / "r.xml", f"<p>{''.join(right)}</p>")) == []
    assert rules(nashr_sch, tei(tmp_path / "w.xml", f"<p>{''.join(wrong)}</p>")) == \
        ["nashr-jalali-when"] * wrong_days


def test_jalali_ranges_and_malformed_custom_dates(tmp_path: Path,
                                                  nashr_sch: schematron.Checker) -> None:
    good = ('<date from="2007-10-27" to="2007-10-28" from-custom="1386-08-05" '
            'to-custom="1386-08-06" datingMethod="#jalali"/>')
    bad = ('<date from="2007-10-27" to="2007-10-27" from-custom="1386-08-05" '
           'to-custom="1386-08-06" datingMethod="#jalali"/>'
           '<date when="2007-10-27" when-custom="1386-13-01" datingMethod="#jalali"/>')
    assert rules(nashr_sch, tei(tmp_path / "g.xml", f"<p>{good}</p>")) == []
    assert rules(nashr_sch, tei(tmp_path / "b.xml", f"<p>{bad}</p>")) == [
        "nashr-jalali-to", "nashr-jalali-custom-form"]


def test_jalali_dates_before_1304_may_be_a_day_off(tmp_path: Path, nashr_sch: schematron.Checker) -> None:
    """Before 1304 AP the almanacs' years could begin a day apart from the law's calendar, and the
    converter moves a date onto the weekday its text names: one day off passes, two do not."""
    one_off = ('<date when="1921-10-28" when-custom="1300-08-05" datingMethod="#jalali"/>'
               '<date when="1921-10-26" when-custom="1300-08-05" datingMethod="#jalali"/>')
    two_off = '<date when="1921-10-29" when-custom="1300-08-05" datingMethod="#jalali"/>'
    assert rules(nashr_sch, tei(tmp_path / "a.xml", f"<p>{one_off}</p>")) == []
    assert rules(nashr_sch, tei(tmp_path / "b.xml", f"<p>{two_off}</p>")) == ["nashr-jalali-when"]


def test_a_letter_dated_by_its_weekday_before_1304_is_valid(tmp_path: Path, nashr_sch: schematron.Checker,
                                                             edition: Edition, tagger: Tagger) -> None:
    """Mirza Kuchak Khan's last letter is dated «لیله شنبه ۵عقرب ۱۳۰۰»: Friday evening, which the
    converter dates 28 October 1921 (persiantools gives Thursday the 27th for 5 Aqrab 1300); nashr's
    own Schematron refused the TEI it wrote (round 25, found building an edition of it)."""
    source = DATA / "corpus" / "diyarmirza-mirza-kuchak-last-letter-1300" / "source.txt"
    converted = convert_file(source, tmp_path / "out", edition, tagger=tagger)
    dates = etree.parse(str(converted.tei)).findall(".//{http://www.tei-c.org/ns/1.0}date[@when-custom='1300-08-05']")
    assert {d.get("when") for d in dates} == {"1921-10-28"}
    assert rules(nashr_sch, converted.tei) == []


def test_calendars_must_be_declared(tmp_path: Path, nashr_sch: schematron.Checker) -> None:
    body = '<p><date calendar="#jalali" when="2007-10-27"/><date calendar="#hijri" when="2007"/></p>'
    assert rules(nashr_sch, tei(tmp_path / "a.xml", body)) == ["nashr-calendar-declared"]
    assert rules(nashr_sch, tei(tmp_path / "b.xml", body, calendars=False)) == \
        ["nashr-calendar-declared"] * 2


def test_register_links_resolve(tmp_path: Path, nashr_sch: schematron.Checker) -> None:
    (tmp_path / "registers").mkdir()
    (tmp_path / "registers" / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><listPerson><person xml:id="p-a"/>'
        '</listPerson></TEI>', encoding="utf-8")
    (tmp_path / "texts").mkdir()
    body = ('<p><persName ref="../registers/persons.xml#p-a">a</persName>'
            '<persName ref="../registers/persons.xml#p-missing">b</persName>'
            '<persName ref="../registers/nowhere.xml#p-a">c</persName>'
            '<ref target="#nowhere">d</ref></p>')
    findings = nashr_sch.check(tei(tmp_path / "texts" / "t.xml", body))
    assert [f.rule for f in findings] == ["nashr-register-link", "nashr-register-link",
                                          "nashr-local-link"]
    assert "../registers/persons.xml#p-missing" in findings[0].message
    assert findings[0].location == "/*[1]/*[2]/*[1]/*[1]/*[2]"


def test_unique_ids_and_empty_blocks(tmp_path: Path, nashr_sch: schematron.Checker) -> None:
    body = '<head> </head><p xml:id="a">x</p><p xml:id="a">y</p><p><lb/></p><p/>'
    # SVRL order: pattern by pattern (nashr.sch checks identifiers before empty blocks)
    assert rules(nashr_sch, tei(tmp_path / "a.xml", body)) == [
        "nashr-unique-id", "nashr-unique-id", "nashr-empty-block", "nashr-empty-block"]


def test_a_repeated_id_is_reported_once(tmp_path: Path, edition: Edition, tagger: Tagger) -> None:
    """Baba Taher's dobeytis (namakstan.net, held-out set 26) converted, one hemistich's xml:id
    changed by hand to its line's: one problem, at the repeat, naming the first's line, with the
    hint; nashr.sch said it again at both elements (three messages for one slip)."""
    source = ROOT / "tests" / "data" / "corpus" / "namakstan-baba-taher-dobeyti-ha-cp1256" / "source.txt"
    texts = tmp_path / "edition" / "tei" / "texts"
    path = convert_file(source, texts, edition, tagger=tagger).result.path
    shutil.copytree(ROOT / "tei" / "registers", texts.parent / "registers")
    assert Validator("nashr").validate(path) == []
    stem = path.stem
    text = path.read_text(encoding="utf-8")
    assert f'<seg type="hemistich" xml:id="{stem}.l12">' in text
    path.write_text(text.replace(f'xml:id="{stem}.l12"', f'xml:id="{stem}.l10"'), encoding="utf-8")
    [problem] = Validator("nashr").validate(path)
    first = text[: text.index(f'xml:id="{stem}.l10"')].count("\n") + 1
    assert problem.message == f'xml:id "{stem}.l10" is already used on line {first}'
    assert problem.rule == "xml-id-duplicate" and "unique" in problem.hint


def test_a_solar_hijri_date_in_when_is_named(tmp_path: Path, edition: Edition, tagger: Tagger) -> None:
    """kabul.gov.af's news release (held-out set 26) dated «۹ جدی ۱۳۹۶», its date element rewritten
    by hand as an editor might, the Solar Hijri day in @when: valid for the grammar (xs:date takes
    the year 1396), and nashr.sch says what to do; it said nothing. Dari's month names and Iran's
    both count; no text of the collection as converted trips the rule."""
    source = ROOT / "tests" / "data" / "corpus" / "kabul-gov-af-wali-kabul-mojaddedi-didar-1396-10-09" / "source.txt"
    texts = tmp_path / "edition" / "tei" / "texts"
    path = convert_file(source, texts, edition, tagger=tagger).result.path
    shutil.copytree(ROOT / "tei" / "registers", texts.parent / "registers")
    text = path.read_text(encoding="utf-8")
    converted = '<date calendar="#jalali" when="2017-12-30" when-custom="1396-10-09" datingMethod="#jalali">۹ جدی ۱۳۹۶'
    assert text.count(converted) == 2  # the header's creation date and the text's
    body = text.index("<text>")
    by_hand = '<date when="1396-10-09">۹ جدی ۱۳۹۶'
    path.write_text(text[:body] + text[body:].replace(converted, by_hand), encoding="utf-8")
    [problem] = Validator("nashr").validate(path)
    assert problem.rule == "nashr-solar-hijri-in-gregorian"
    assert problem.message == ('@when="1396-10-09" takes a Gregorian date, and «۹ جدی ۱۳۹۶» is a Solar Hijri one: '
                               'put it in @when-custom with datingMethod="#jalali", and its Gregorian day, 2017-12-30, '
                               'in @when.')


def test_schematron_problems_carry_line_and_xpath(tmp_path: Path) -> None:
    path = tmp_path / "d.xml"
    tei(path, "<p>x</p>\n<p/>")
    [problem] = Validator(NASHR_SCH).validate(path)
    assert (problem.source, problem.rule, problem.line) == ("schematron", "nashr-empty-block", 2)
    assert problem.xpath == "/TEI/text/body/p[2]"


def test_validuntil_rules_see_a_fixed_date_not_the_clock(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """TEI's deprecation rule: 'outdated' fires only once the date passes validUntil."""
    doc = tei(tmp_path / "odd.xml", '<p>x</p><elementSpec ident="x" validUntil="2026-03-10">'
              '<desc type="deprecationInfo">gone</desc></elementSpec>')
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert schematron_date() == FIXED_DATE == dt.date(2025, 9, 4)
    before = schematron.checker(TEI_ALL, schematron_date(), embedded=True).check(doc)
    assert [f.severity for f in before] == []
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795392000")  # 2026-11-23T00:00:00Z
    after = schematron.checker(TEI_ALL, schematron_date(), embedded=True).check(doc)
    assert [f.message for f in after if f.severity == "error"] == [
        "The x construct is outdated (as of 2026-03-10); ODD processors may ignore it, "
        "and its use is no longer supported"]


def test_xml_model_schematron_is_honoured(tmp_path: Path) -> None:
    schemas.fetch(TEI_ALL)
    doc = tmp_path / "m.xml"
    tei(doc, "<p/>")
    text = doc.read_text(encoding="utf-8")
    doc.write_text(f'<?xml-model href="{NASHR_SCH.as_uri()}" schematypens="http://purl.oclc.org'
                   f'/dsdl/schematron"?>\n{text}', encoding="utf-8")
    report = Validator("auto").report(doc)
    assert [p.rule for p in report.problems if p.severity != "info"] == ["nashr-empty-block"]
    # no grammar named: tei_all's is checked too (the document is valid there), and said so
    assert report.schema.startswith("tei_all (RELAX NG) + ")
    assert [p.message for p in report.problems if p.severity == "info"] == [schemas.NO_GRAMMAR_NOTE]


def test_shipped_reduction_is_nashr_rng_reduced_at_run_time(tmp_path: Path) -> None:
    """The grammar shipped for converted texts is what the reducer computes from nashr.rng now,
    for the converter's names, with nashr.rng's SHA-256."""
    out = tmp_path / "converted.rng"
    assert rngreduce.main(["--converted", str(NASHR_RNG), "-o", str(out)]) == 0
    assert out.read_bytes() == rngreduce.CONVERTED_RNG.read_bytes()
    shipped = rngreduce.read_shipped(rngreduce.CONVERTED_RNG)
    assert shipped is not None
    digest, names, _ = shipped
    assert digest == hashlib.sha256(NASHR_RNG.read_bytes()).hexdigest()
    assert names == rngreduce.CONVERTED_NAMES


#: RFC 3986's URI reference as XML Schema's anyURI was first written here: the scheme apart.
_ANY_URI_WITH_SCHEME = r"([a-zA-Z][a-zA-Z0-9+\-.]*:)?([^#%]|%[0-9A-Fa-f]{2})*(#([^#%]|%[0-9A-Fa-f]{2})*)?"


def _uri_checker(pattern: str) -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(
        '<element name="u" xmlns="http://relaxng.org/ns/structure/1.0"><attribute name="v">'
        '<data type="token" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">'
        f'<param name="pattern">{pattern}</param></data></attribute></element>'))


def test_any_uri_pattern_takes_what_it_took_with_the_scheme_apart(converted: dict[str, Path]) -> None:
    """libxml2 accepts and refuses the same values with :data:`rngreduce.ANY_URI` as with the
    scheme written apart (its characters are among ``[^#%]``): every URI the converted seeds
    hold, and values at the edges of the pattern."""
    uris = {value for path in converted.values() for element in etree.parse(str(path)).iter()
            for name, value in element.attrib.items() if name in ("ref", "target", "url", "scheme", "corresp")}
    edges = {"http://host:/path", "a:b", "1a:b", ":x", "-a:b", "#", "##", "a#b#c", "%41", "%4", "%zz", "%",
             "mailto:x@y", "", " x ", "x y", "http://x/#frag%20", "urn:a:b#%41%42", "a+b-c.d:e"}
    assert len(uris) > 10
    now, before = _uri_checker(rngreduce.ANY_URI), _uri_checker(_ANY_URI_WITH_SCHEME)
    verdicts = {value: now.validate(etree.Element("u", v=value)) for value in uris | edges}
    assert verdicts == {value: before.validate(etree.Element("u", v=value)) for value in uris | edges}
    assert not verdicts["##"] and not verdicts["%zz"] and verdicts["http://host:/path"]


def test_converted_seeds_use_the_shipped_reduction(converted: dict[str, Path]) -> None:
    reducer = rngreduce.Reducer(NASHR_RNG)
    for path in converted.values():
        assert reducer.compiled_for(etree.parse(str(path))).validate(etree.parse(str(path)))
    assert list(reducer._compiled) == [rngreduce.CONVERTED_NAMES]
    assert reducer._base is None  # nashr.rng itself was never parsed


def test_document_names_are_each_tags_namespace_and_local_name(converted: dict[str, Path]) -> None:
    # the tags' pairs are parsed once a process (rngreduce._name_of): each converted seed, and a tree with an
    # element of no namespace and one of another, gives the pairs etree.QName gives its tags
    trees = [etree.parse(str(path)) for path in converted.values()]
    trees.append(etree.ElementTree(etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><x xmlns=""/>'
                                                    '<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"/></TEI>')))
    for tree in trees:
        plain = {(etree.QName(e).namespace or "", etree.QName(e).localname) for e in tree.iter(etree.Element)}
        assert rngreduce.document_names(tree) == plain
        assert rngreduce.document_names(tree) == plain  # (the second time from the parsed tags)
    assert ("", "x") in rngreduce.document_names(trees[-1])
    assert ("http://www.w3.org/1998/Math/MathML", "math") in rngreduce.document_names(trees[-1])


def test_shipped_reduction_serves_no_other_grammar(tmp_path: Path, converted: dict[str, Path]) -> None:
    """A grammar whose bytes differ from nashr.rng's (here: a TEI root no longer allowed) is
    reduced itself, so the shipped reduction cannot give it nashr.rng's verdict."""
    changed = tmp_path / "nashr.rng"
    start = b'<start>\n      <choice>\n         <ref name="TEI"/>\n'
    assert start in NASHR_RNG.read_bytes()
    changed.write_bytes(NASHR_RNG.read_bytes().replace(start, b"<start>\n      <choice>\n"))
    seed = etree.parse(str(next(iter(converted.values()))))
    assert not rngreduce.Reducer(changed).compiled_for(seed).validate(seed)
    assert rngreduce.Reducer(NASHR_RNG).compiled_for(seed).validate(seed)


def test_names_beyond_the_shipped_reduction_get_a_reduction_of_their_own(tmp_path: Path) -> None:
    """A document using an element the converter does not write (``table``) first or after a
    converted text gets the full grammar's verdict."""
    table = '<table><row><cell>a</cell></row></table>'
    valid = etree.parse(str(tei(tmp_path / "valid.xml", f"<p>a</p>{table}")))
    invalid = etree.parse(str(tei(tmp_path / "invalid.xml", "<table><cell>a</cell></table>")))
    assert (rngreduce.TEI_NS, "table") not in rngreduce.CONVERTED_NAMES
    full = etree.RelaxNG(rngreduce.prepare(etree.parse(str(NASHR_RNG))))
    assert full.validate(valid) and not full.validate(invalid)
    plain = etree.parse(str(tei(tmp_path / "plain.xml", "<p>a</p>")))
    for first in (None, plain):
        reducer = rngreduce.Reducer(NASHR_RNG)
        if first is not None:
            assert reducer.compiled_for(first).validate(first)
        assert reducer.compiled_for(valid).validate(valid)
        assert not reducer.compiled_for(invalid).validate(invalid)
