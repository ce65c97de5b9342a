"""The convert stage on the five seeds and on bad input (issue 2)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest import SEEDS, TEI_ALL
from nashr.cli import app
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.fidelity import check_fidelity
from nashr.convert.sources import read_source
from nashr.entities.tagger import Tagger
from nashr.markup import TEI_NS

NS = {"t": TEI_NS}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_is_valid_tei_all_by_lxml(seed: Path, converted: dict[str, Path], tei_all: etree.RelaxNG) -> None:
    doc = etree.parse(str(converted[seed.name]))
    assert tei_all.validate(doc), tei_all.error_log


def test_seeds_are_valid_tei_all_by_jing(converted: dict[str, Path]) -> None:
    run = subprocess.run(["jing", str(TEI_ALL), *map(str, converted.values())],
                         capture_output=True, text=True, check=False)
    errors = [line for line in run.stdout.splitlines() if "error" in line]
    assert run.returncode == 0 and not errors, run.stdout


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_keeps_every_character(seed: Path, converted: dict[str, Path]) -> None:
    assert check_fidelity(read_source(seed).text, etree.parse(str(converted[seed.name]))) is None


def _first_p(tree: etree._ElementTree) -> etree._Element:
    """The first paragraph that starts with at least 10 characters of plain text."""
    return next(p for p in tree.iterfind(".//t:body//t:p", NS) if p.text and len(p.text.strip()) >= 10)


@pytest.mark.parametrize("mutation", ["drop", "change", "add"])
def test_fidelity_check_fails_on_one_character(mutation: str, converted: dict[str, Path]) -> None:
    seed = SEEDS[0]
    tree = etree.parse(str(converted[seed.name]))
    p = _first_p(tree)
    text = p.text
    assert text and len(text) > 10
    other = "ک" if text[5] == "ی" else "ی"
    mutated = {"drop": text[:5] + text[6:], "change": text[:5] + other + text[6:], "add": text[:5] + "ی" + text[5:]}
    p.text = mutated[mutation]
    difference = check_fidelity(read_source(seed).text, tree)
    assert difference is not None
    assert str(difference).startswith("at non-space character")


def test_fidelity_reads_sic_and_skips_corr(converted: dict[str, Path]) -> None:
    seed = SEEDS[0]
    tree = etree.parse(str(converted[seed.name]))
    p = _first_p(tree)
    word = p.text[:3]
    choice = etree.Element(f"{{{TEI_NS}}}choice")
    sic = etree.SubElement(choice, f"{{{TEI_NS}}}sic")
    sic.text = word
    corr = etree.SubElement(choice, f"{{{TEI_NS}}}corr")
    corr.text = "اصلاح"
    choice.tail = p.text[3:]
    p.text = None
    p.insert(0, choice)
    assert check_fidelity(read_source(seed).text, tree) is None


def test_conversion_is_deterministic(tmp_path: Path, edition: Edition, converted: dict[str, Path],
                                    tagger: Tagger) -> None:
    for seed in SEEDS:
        again = convert_file(seed, tmp_path, edition, tagger=tagger).result.path
        assert again.read_bytes() == converted[seed.name].read_bytes()


def test_masthead_goes_to_source_description_and_stays_in_text(converted: dict[str, Path]) -> None:
    tree = etree.parse(str(converted["internasional-216-plenum-29-statement.txt"]))
    monogr = tree.find(".//t:sourceDesc/t:biblStruct/t:monogr", NS)
    assert monogr.findtext("t:title[@level='j']", namespaces=NS) == "انترناسیونال"
    assert monogr.find("t:imprint/t:biblScope[@unit='issue']", NS).get("n") == "216"
    fw = tree.find(".//t:body/t:fw[@type='masthead']", NS)
    assert "".join(fw.itertext()) == "انترناسیونال ۲۱۶"
    assert tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "fa"
    assert tree.findtext(".//t:licence", namespaces=NS) == "CC BY 4.0"


def test_numbered_lines_become_items(converted: dict[str, Path]) -> None:
    tree = etree.parse(str(converted["internasional-273-resolution-on-the-party.txt"]))
    lists = tree.findall(".//t:body//t:list", NS)
    assert [[item.get("n") for item in lst.findall("t:item", NS)] for lst in lists] == [
        [str(n) for n in range(1, 9)]] * 2


def test_edited_tei_is_never_overwritten(tmp_path: Path, edition: Edition) -> None:
    seed = SEEDS[0]
    first = convert_file(seed, tmp_path, edition).result.path
    assert convert_file(seed, tmp_path, edition).result.status == "unchanged"
    edited = first.read_bytes().replace("پلنوم".encode(), "پلنومِ".encode(), 1)
    first.write_bytes(edited)
    kept = convert_file(seed, tmp_path, edition)
    assert kept.result.status == "kept"
    assert first.read_bytes() == edited
    assert kept.result.path == tmp_path / (first.stem + ".new.xml")
    assert any("edited after conversion" in w for w in kept.warnings)
    forced = convert_file(seed, tmp_path, edition, force=True)
    assert forced.result.status == "written" and first.read_bytes() != edited


@pytest.fixture()
def bad_batch(tmp_path: Path) -> tuple[list[Path], Path]:
    good = tmp_path / "good.txt"
    shutil.copy(SEEDS[0], good)
    text = SEEDS[0].read_text(encoding="utf-8")
    cp1256 = tmp_path / "legacy-cp1256.txt"
    # Windows-1256 has Arabic ي and no Persian digits: legacy files used ASCII digits.
    cp1256.write_bytes(text.translate(str.maketrans("ی۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "ي01234567890123456789")).encode("cp1256"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    return [good, cp1256, utf16, empty, binary, missing], tmp_path / "out"


def test_bad_input_batch(bad_batch: tuple[list[Path], Path]) -> None:
    sources, out = bad_batch
    result = CliRunner().invoke(app, ["convert", *map(str, sources), "-o", str(out)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    for name in ("empty.txt", "image.txt", "missing.txt"):
        assert sum(name in line for line in errors) == 1
    assert sorted(p.name for p in out.glob("*.xml")) == ["good.xml", "legacy-cp1256.xml", "utf16.xml"]


def test_legacy_encodings_are_decoded(bad_batch: tuple[list[Path], Path]) -> None:
    sources, _ = bad_batch
    assert read_source(sources[1]).encoding == "cp1256"
    assert read_source(sources[1]).text.startswith(" انترناسيونال 216")
    assert read_source(sources[2]).text == SEEDS[0].read_text(encoding="utf-8")
