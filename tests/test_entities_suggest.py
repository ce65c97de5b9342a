"""``nashr entities suggest`` and ``nashr entities accept``: growing the registers from the texts
(nashr.entities.suggest)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from lxml import etree
from typer.testing import CliRunner

from nashr.cli import app
from nashr.commands.entities import entities_app
from nashr.entities.registers import load_registers
from nashr.entities.tagger import Tagger
from nashr.markup import tei

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ROOT / "tei" / "registers"
CORPUS = ROOT / "tests" / "data" / "corpus"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def document(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
        f"<teiHeader/><text><body>{body}</body></text></TEI>\n"
    ).encode()


def texts(tmp_path: Path) -> list[Path]:
    """Two texts naming the same unknown people, one in Arabic letters, and a known person."""
    first = tmp_path / "a.xml"
    first.write_bytes(document(
        '<p xml:id="a1">رفیق کاوان ئاسو و حمید تقوائی در شهر بوکان سخنرانی کردند.</p>'
        '<p xml:id="a2">اتحادیه سراسری کارگران فلزکار آلمان اعلام کرد که تولید در فرانسه کم شد.</p>'
    ))
    second = tmp_path / "b.xml"
    second.write_bytes(document('<p xml:id="b1">پیام رفیق كاوان ئاسو به کنگره.</p>'))
    return [first, second]


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def suggested(path: Path) -> list[dict[str, str]]:
    """The rows of ``nashr entities suggest -f csv`` over one TEI file, with the project's registers."""
    result = CliRunner().invoke(entities_app, ["suggest", "-f", "csv", "-r", str(REGISTERS), str(path)])
    assert result.exit_code == 0, result.output
    return rows(result.stdout)


def test_suggest_groups_spellings_across_files_as_csv(tmp_path: Path) -> None:
    result = CliRunner().invoke(entities_app, ["suggest", "-f", "csv", "-r", str(REGISTERS),
                                               *map(str, texts(tmp_path))])
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    by_name = {row["name"]: row for row in table}
    # «كاوان» (Arabic kaf) and «کاوان» are one person, counted twice, first spelling preferred.
    person = by_name["کاوان ئاسو"]
    assert (person["kind"], person["count"], person["variants"]) == ("person", "2", "كاوان ئاسو")
    assert person["id"] == "p-kavan-iasv" and person["decision"] == ""
    assert "a.xml#a1: …رفیق [کاوان ئاسو] و حمید" in person["contexts"]
    assert "b.xml#b1" in person["contexts"]
    assert by_name["اتحادیه سراسری کارگران فلزکار آلمان"]["kind"] == "org"
    # The gazetteer's places are offered for the register too; registered names are not.
    assert by_name["بوکان"]["kind"] == by_name["فرانسه"]["kind"] == "place"
    assert "حمید تقوائی" not in by_name


def test_suggest_as_tei_lists(tmp_path: Path) -> None:
    result = CliRunner().invoke(entities_app, ["suggest", "-f", "tei", "-r", str(REGISTERS),
                                               *map(str, texts(tmp_path))])
    assert result.exit_code == 0
    root = etree.fromstring(result.stdout.encode())
    people = root.findall(f".//{tei('listPerson')}/{tei('person')}")
    assert [p.get(XML_ID) for p in people] == ["p-kavan-iasv"]
    assert people[0].find(tei("idno")).get("type") == "wikidata"
    assert root.find(f".//{tei('listOrg')}/{tei('org')}") is not None


def test_accept_adds_reviewed_rows_with_stable_ids(tmp_path: Path, tei_all: etree.RelaxNG) -> None:
    registers = tmp_path / "registers"
    shutil.copytree(REGISTERS, registers)
    runner = CliRunner()
    result = runner.invoke(entities_app, ["suggest", "-f", "csv", "-r", str(registers), *map(str, texts(tmp_path))])
    table = rows(result.stdout)
    for row in table:  # the editor turns down the place
        row["decision"] = "no" if row["kind"] == "place" else "yes"
    reviewed = tmp_path / "reviewed.csv"
    with reviewed.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
    before = load_registers(registers)
    accepted = runner.invoke(entities_app, ["accept", str(reviewed), "-r", str(registers)])
    assert accepted.exit_code == 0, accepted.output
    after = load_registers(registers)
    new = {e.id for e in after.entries} - {e.id for e in before.entries}
    assert "p-kavan-iasv" in new and not any(i.startswith("pl-") for i in new)
    for name in ("persons.xml", "orgs.xml"):  # still TEI, empty wikidata idno included
        assert tei_all.validate(etree.parse(str(registers / name))), tei_all.error_log
    kavan = after.by_id()["p-kavan-iasv"]
    assert kavan.variants == ("كاوان ئاسو",) and kavan.idnos == (("wikidata", ""),)
    # The new entry reaches the texts: the name is now linked.
    tagged = Tagger.from_registers(registers).tag("رفیق کاوان ئاسو گفت")
    assert any(s.attrs.get("ref", "").endswith("#p-kavan-iasv") for s in tagged)
    # Accepting the same table again adds nothing: the names are known now.
    again = runner.invoke(entities_app, ["accept", str(reviewed), "-r", str(registers)])
    assert again.exit_code == 0 and "already in the registers" in again.output
    assert load_registers(registers) == after


def test_accept_reports_a_bad_table(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("decision,kind,name\n,animal,گربه\n", encoding="utf-8")
    result = CliRunner().invoke(entities_app, ["accept", str(bad), "-r", str(REGISTERS)])
    assert result.exit_code == 2
    assert "bad.csv:2: kind must be person, org or place" in result.output


def test_accept_reads_reviewed_tei_lists(tmp_path: Path) -> None:
    registers = tmp_path / "registers"
    shutil.copytree(REGISTERS, registers)
    runner = CliRunner()
    lists = runner.invoke(entities_app, ["suggest", "-f", "tei", "-r", str(registers), *map(str, texts(tmp_path))])
    reviewed = tmp_path / "reviewed.xml"
    reviewed.write_text(lists.stdout, encoding="utf-8")
    result = runner.invoke(entities_app, ["accept", str(reviewed), "-r", str(registers)])
    assert result.exit_code == 0, result.output
    ids = load_registers(registers).by_id()
    assert {"p-kavan-iasv", "o-athadih-srasri-kargran-flzkar-alman", "pl-bvkan"} <= ids.keys()


def test_suggest_offers_the_new_kinds_of_candidates(tmp_path: Path) -> None:
    """Issue 13's families: a foreign name, a name after a role and its complement, a
    government named by its holder, an office by shape and an outlet cited by a news text."""
    path = tmp_path / "c.xml"
    path.write_bytes(document(
        '<p xml:id="c1">به گزارش رویترز، سخنگوی وزارت امور خارجه ایالات متحده، ند پرایس، گفت که '
        'هوگو شاوز با دولت ترامپ و دفتر هماهنگی امور بشردوستانه سازمان ملل متحد دیدار کرد.</p>'
    ))
    kinds = {row["name"]: row["kind"] for row in suggested(path)}
    assert {name: kinds.get(name) for name in ("ند پرایس", "هوگو شاوز", "رویترز", "دولت ترامپ",
                                               "دفتر هماهنگی امور بشردوستانه سازمان ملل متحد")} == {
        "ند پرایس": "person", "هوگو شاوز": "person", "رویترز": "org", "دولت ترامپ": "org",
        "دفتر هماهنگی امور بشردوستانه سازمان ملل متحد": "org"}


def test_suggest_reads_a_signature_and_verse_as_the_converter_does(tmp_path: Path) -> None:
    # a governor's letter signed by a family name alone (bic-archive-shahrekord-borujen-letter-1329),
    # and a hemistich whose «دریای غمت» ("the sea of your sorrow") verse leaves unnamed
    path = tmp_path / "d.xml"
    path.write_bytes(document(
        '<p xml:id="d1">مراتب را به استحضار می‌رساند.</p><closer><signed xml:id="d2">خردپیشه، امضاء</signed></closer>'
        '<lg><l xml:id="d3">در دریای غمت غرق شدم</l></lg>'
    ))
    names = {row["name"] for row in suggested(path)}
    assert "خردپیشه" in names and not {name for name in names if "دریای" in name}


def test_suggest_joins_a_family_name_alone_to_the_one_full_name_it_ends(tmp_path: Path) -> None:
    """VOA's report names «جمال خاشقجی» once and then «آقای خاشقجی» (voa-fa-macron-khashoggi-4611039,
    lines 4 and 10): one person, the full name preferred. «رضایی» ends two full names: left alone."""
    path = tmp_path / "e.xml"
    khashoggi = CORPUS / "voa-fa-macron-khashoggi-4611039" / "source.txt"
    lines = khashoggi.read_text(encoding="utf-8").splitlines()
    path.write_bytes(document(
        f'<p xml:id="e1">{lines[3]}</p><p xml:id="e2">{lines[9]}</p>'
        '<p xml:id="e3">محمد رضایی و علی رضایی به دیدار آقای رضایی رفتند.</p>'
    ))
    by_name = {row["name"]: row for row in suggested(path)}
    assert (by_name["جمال خاشقجی"]["variants"], by_name["جمال خاشقجی"]["count"]) == ("خاشقجی", "2")
    assert "e.xml#e2: …ناپدیدشدن آقای [خاشقجی] واکنش" in by_name["جمال خاشقجی"]["contexts"]
    assert "خاشقجی" not in by_name
    assert {name for name in by_name if "رضایی" in name} == {"محمد رضایی", "علی رضایی", "رضایی"}


def test_suggest_joins_a_court_laqab_to_the_one_full_name_it_ends(tmp_path: Path) -> None:
    """A Qajar letter's page names its writer «نجم السلطنه» in its title and «ملک تاج نجم السلطنه» in
    its description (qajarwomen-nameh-najm-al-saltaneh-1021a75-wrapped, lines 5 and 9): one person,
    one row, the laqab and the full name its spellings."""
    path = tmp_path / "e.xml"
    lines = (CORPUS / "qajarwomen-nameh-najm-al-saltaneh-1021a75-wrapped" / "source.txt").read_text(
        encoding="utf-8").splitlines()
    path.write_bytes(document(f'<p xml:id="e1">{lines[4]}</p><p xml:id="e2">{lines[8]}</p>'))
    rows = [row for row in suggested(path) if "السلطنه" in row["name"] + row["variants"]]
    assert len(rows) == 1 and {rows[0]["name"], rows[0]["variants"]} == {"نجم السلطنه", "ملک تاج نجم السلطنه"}
    assert rows[0]["count"] == "2"


def test_suggest_names_a_pdf_layers_people_and_places_in_plain_letters(tmp_path: Path) -> None:
    """A PDF text layer in Arabic presentation forms: the row names «اداره کتابخانه‌های عمومی», not
    «ﺍﺩﺍﺭﻩ ﮐﺘﺎﺑﺨﺎﻧﻪ‌ﻫﺎﯼ ﻋﻤﻮﻣﯽ» with the id ``o-name`` (the register's entries, ids and variants are
    made from these names)."""
    source = ROOT / "tests" / "data" / "structure" / "pdf-presentation-forms.txt"
    out = tmp_path / "tei"
    assert CliRunner().invoke(app, ["convert", str(source), "-o", str(out)]).exit_code == 0
    names = [row["name"] for row in suggested(out / f"{source.stem}.xml")]
    assert names and not [name for name in names if any(0xFB50 <= ord(ch) <= 0xFEFF for ch in name)]
