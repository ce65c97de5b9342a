"""An editor's corrections of line roles in ``sources/NAME.roles.tsv`` (nashr.convert.corrections).

The texts are from tests/data/corpus; the corrected roles are copied from their hand-made
roles.tsv, for lines the rules get wrong (checked below before correcting them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from build_edition import make_edition, stamps
from conftest import DATA, SEEDS
from nashr.cli import app
from nashr.config import Edition, load_config
from nashr.convert.converter import convert_file
from nashr.convert.corrections import ROLES, RolesError, recast, sidecar
from nashr.convert.document import Line
from nashr.markup import TEI_NS, XML_NS
from nashr.pipeline import BuildOptions, build

NS = {"t": TEI_NS}
CORPUS = DATA / "corpus"
# A question put by e-mail, its English original signed by its sender: lines 7 and 9 are the
# e-mail's salutation and signature (roles.tsv), the rules read boilerplate (Latin lines outside the body).
LETTER = "voa-fa-director-qa-2004-02-18"
# A page of a play: lines 8 and 10 open with a speaker's name and a dash (roles.tsv: speaker).
PLAY = "wikisource-fa-hedayat-parvin-dokhtar-sasan-page-53"


def copy_text(name: str, folder: Path, stem: str = "text") -> Path:
    """tests/data/corpus/NAME/source.txt copied to ``folder/stem.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(CORPUS / name / "source.txt", folder / f"{stem}.txt"))


def hand_rows(name: str, lines: set[int]) -> str:
    """The rows of NAME's hand-made roles.tsv for ``lines``, as a sidecar."""
    rows = (CORPUS / name / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return "".join(row + "\n" for row in rows if row and int(row.split("\t")[0]) in lines)


def element(tei: Path, stem: str, n: int) -> etree._Element:
    """The element carrying line ``n``'s identifier."""
    found = etree.parse(tei).xpath(f"//*[@xml:id='{stem}.l{n}']", namespaces={"xml": XML_NS})
    assert len(found) == 1
    return found[0]


def test_a_sidecar_sets_the_editors_roles_on_the_lines_the_rules_got_wrong(tmp_path: Path, edition: Edition) -> None:
    source = copy_text(LETTER, tmp_path / "sources")
    plain = convert_file(source, tmp_path / "plain", edition)
    # the rules get both wrong: Latin lines outside the Persian body, taken for a page's boilerplate (``low``, the
    # level that rule's record earns in round 34; ``medium`` in round 32; ``low`` in round 31)
    assert {line.n: (line.role, line.cert) for line in plain.lines if line.n in {7, 9}} == {
        7: ("fw", "low"), 9: ("fw", "low")}
    sidecar(source).write_text("# the e-mail's edges\n" + hand_rows(LETTER, {7, 9}), encoding="utf-8")
    done = convert_file(source, tmp_path / "tei", edition)
    salute, signed = element(done.tei, "text", 7), element(done.tei, "text", 9)
    assert etree.QName(salute).localname == "salute" and etree.QName(signed).localname == "signed"
    assert salute.get("cert") is None and signed.get("cert") is None
    assert {line.n: line.rule for line in done.lines if line.rule.startswith("editor")} == {
        7: "editor: text.roles.tsv line 2", 9: "editor: text.roles.tsv line 3"}
    # every other line as the rules gave it, and the choice declared in the header
    assert [(line.role, line.rule) for line in done.lines if line.n not in {7, 9}] == \
        [(line.role, line.rule) for line in plain.lines if line.n not in {7, 9}]
    declared = etree.parse(done.tei).xpath(".//t:interpretation/t:p[@xml:lang='en']/text()", namespaces=NS)
    assert len(declared) == 2
    assert declared[1].startswith("The role of 2 lines was set by the edition's editor (the file text.roles.tsv")


def test_a_speaker_the_editor_names_is_split_at_the_label_as_the_rules_split_one(tmp_path: Path,
                                                                                 edition: Edition) -> None:
    source = copy_text(PLAY, tmp_path)
    sidecar(source).write_text(hand_rows(PLAY, {8, 10}), encoding="utf-8")
    done = convert_file(source, tmp_path / "tei", edition)
    turn = element(done.tei, "text", 10)
    assert etree.QName(turn).localname == "sp"
    assert turn.findtext("t:speaker", namespaces=NS) == "پروین –"
    assert turn.findtext("t:p", namespaces=NS).startswith("تو مرده")
    assert element(done.tei, "text", 8).findtext("t:speaker", namespaces=NS) == "سایه پرویز –"


def test_a_speaker_the_editor_names_is_split_at_a_label_glued_to_its_dash() -> None:
    # a turn of the 1358 assembly's record (tests/data/corpus, amirmojiry's), whose labels are glued to their dashes
    text = (CORPUS / "amirmojiry-mashrouh-mozakerat-qanun-asasi-1358-jalaseh-51" / "source.txt").read_text(
        encoding="utf-8-sig").splitlines()[39]
    line = recast(Line(40, text, "p", "default: paragraph"), "speaker", "editor")
    assert line.split is not None
    assert text[: line.split[0]] == "سبحاني- "
    assert text[line.split[1] :].startswith("پس اگر")


def test_roles_out_then_convert_with_it_unchanged_gives_the_same_tei(tmp_path: Path) -> None:
    source = copy_text(LETTER, tmp_path / "sources")
    runner = CliRunner()
    written = runner.invoke(app, ["convert", "--roles-out", str(source)])
    assert written.exit_code == 0, written.output
    lines = sidecar(source).read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("# roles: addressee byline closer")  # the roles, for an editor without this repository
    rows = [row for row in lines if not row.startswith("#")]
    assert rows[:2] == ["1\ttitle\t" + rows[0].split("\t")[2], "4\tspeaker\t" + rows[1].split("\t")[2]]
    assert len(rows) == 9  # one per non-blank line (roles.tsv: 9)
    with_it = runner.invoke(app, ["convert", "-o", str(tmp_path / "with"), str(source)])
    sidecar(source).rename(tmp_path / "kept.tsv")
    without = runner.invoke(app, ["convert", "-o", str(tmp_path / "without"), str(source)])
    assert with_it.exit_code == without.exit_code == 0
    # rows that agree with the rules override nothing: not even the header says a word
    assert (tmp_path / "with" / "text.xml").read_bytes() == (tmp_path / "without" / "text.xml").read_bytes()


def test_roles_out_never_overwrites_a_sidecar(tmp_path: Path) -> None:
    source = copy_text(LETTER, tmp_path)
    sidecar(source).write_text("7\tsalute\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", "--roles-out", str(source)])
    assert result.exit_code == 2
    assert f"{sidecar(source)}: exists" in " ".join(result.stderr.split())
    assert sidecar(source).read_text(encoding="utf-8") == "7\tsalute\n"


@pytest.mark.parametrize(("rows", "says"), [
    ("7\tsalute\n9\theading\n", "text.roles.tsv:2: unknown role 'heading'"),
    ("# sidecar\n14\tp\n", "text.roles.tsv:2: line 14 is outside the text (lines 1–13)"),
    ("2\tp\n", "text.roles.tsv:1: line 2 of the text is blank"),
    ("7 salute\n", "text.roles.tsv:1: not '<line><TAB><role>[<TAB><comment>]'"),
    ("seven\tsalute\n", "text.roles.tsv:1: not '<line><TAB><role>"),
    ("7\tsalute\n\n7\tp\n", "text.roles.tsv:3: line 7 was given a role already on line 1"),
])
def test_an_unusable_sidecar_is_named_with_its_row_and_the_batch_goes_on(tmp_path: Path, rows: str,
                                                                        says: str) -> None:
    source = copy_text(LETTER, tmp_path / "sources")
    other = copy_text(PLAY, tmp_path / "sources", "other")
    sidecar(source).write_text(rows, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", "-o", str(tmp_path / "tei"), str(source), str(other)],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 2
    assert says in result.stderr and "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "tei").glob("*.xml")) == ["other.xml"]
    explained = CliRunner().invoke(app, ["convert", "--explain", str(source)])
    assert explained.exit_code == 2 and says in explained.stderr


def test_every_role_on_every_line_gives_valid_tei(tmp_path: Path, edition: Edition) -> None:
    """The TEI writer places each role wherever an editor sets it (convert_file validates what it
    writes against nashr.rng and raises instead of writing invalid TEI)."""
    source = copy_text(PLAY, tmp_path)
    lines = [n for n, text in enumerate(source.read_text(encoding="utf-8").splitlines(), 1) if text.strip()]
    for n in lines:
        for role in sorted(ROLES):
            sidecar(source).write_text(f"{n}\t{role}\n", encoding="utf-8")
            done = convert_file(source, tmp_path / "tei", edition, force=True)
            assert done.lines[n - 1].role == role


def test_roles_error_is_an_unusable_source(tmp_path: Path, edition: Edition) -> None:
    source = copy_text(LETTER, tmp_path)
    sidecar(source).write_bytes(b"7\tsalute\xff\n")
    with pytest.raises(RolesError, match=r"text.roles.tsv: not UTF-8"):
        convert_file(source, tmp_path / "tei", edition)


def test_a_changed_sidecar_reconverts_its_text_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = make_edition(tmp_path / "edition")
    config = load_config(root)
    options = BuildOptions(jobs=1, volume=False)
    assert not build(config, options).failed
    changed, other = (root / "seeds" / seed.name for seed in SEEDS[:2])
    before = stamps(root)
    # (The title, which the other text does not share: a row on its masthead «انترناسیونال ۲۱۶» would
    # teach the other issue's masthead too, and reconvert it: tests/test_lessons.py.)
    sidecar(changed).write_text("2\tfw\n", encoding="utf-8")
    report = build(config, options)
    assert report.redone["convert"] == 1 and not report.failed and not report.unusable
    after = stamps(root)
    rewritten = {path for path in after if after[path] != before.get(path)}
    assert f"tei/texts/{changed.stem}.xml" in rewritten and f"tei/texts/{other.stem}.xml" not in rewritten
    assert element(root / "tei" / "texts" / f"{changed.stem}.xml", changed.stem, 2).tag == f"{{{TEI_NS}}}fw"
    assert build(config, options).redone["convert"] == 0
    sidecar(changed).write_text("1\theading\n", encoding="utf-8")
    broken = build(config, options)
    assert broken.redone["convert"] == 1
    assert [message for message in broken.unusable if "roles.tsv" in message] == [
        f"{sidecar(changed)}:1: unknown role 'heading' (the roles: {', '.join(sorted(ROLES))})"]


def test_roles_the_tei_cannot_hold_where_they_stand_are_reported_and_nothing_is_written(tmp_path: Path,
                                                                                       edition: Edition) -> None:
    """A code listing's further line after furniture that follows its first line: the listing would
    take it over the furniture, out of the source's order (found by setting random roles)."""
    source = copy_text("avalfars-khayyam-rubaiyat-chahar-robai", tmp_path)
    sidecar(source).write_text("9\tcode\n10\tfw\n11\tcode+\n", encoding="utf-8")
    with pytest.raises(RolesError, match=r"text.roles.tsv: the roles it sets cannot be encoded where they stand, "
                                         r"nothing was written \(the TEI would not keep the source text"):
        convert_file(source, tmp_path / "tei", edition)
    assert not (tmp_path / "tei" / "text.xml").exists()
