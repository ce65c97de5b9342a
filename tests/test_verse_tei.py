"""Verse in the TEI (issue 12): a numbered bayt's number is its ``l``'s ``@n``, and the source's
number with its separator stays in a ``label`` before or after the hemistichs (TEI P5 6.2; every
source character kept), valid against nashr's schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import DATA, ROOT
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.fidelity import check_fidelity
from nashr.convert.sources import read_source
from nashr.markup import tei

NASHR_RNG = ROOT / "tei" / "schema" / "nashr.rng"


@pytest.mark.parametrize(("name", "labels", "before"), [
    ("numbered-bayts-tab", ["۱.", "۲.", "۳."], True),  # «۱. … ⇥ …»
    ("numbered-bayts", ["1", "2", "3", "4", "5"], True),  # «1 … …»
    ("verse-numbered-after", ["(۱)", "(۲)", "(۳)", "(۴)"], False),  # «… … (۱)»
    ("numbered-first-hemistichs", ["۱.", "۲.", "۳.", "۴."], True),  # «۱. …», the second hemistich under it
])
def test_a_numbered_bayt_keeps_its_number_as_n_and_label(tmp_path: Path, edition: Edition, name: str,
                                                         labels: list[str], before: bool) -> None:
    source = DATA / "structure" / f"{name}.txt"
    tree = etree.parse(str(convert_file(source, tmp_path, edition).result.path))
    lines = tree.getroot().findall(f".//{tei('l')}")
    assert [line.get("n") for line in lines] == [str(k) for k in range(1, len(labels) + 1)]
    assert [line.find(tei("label")).text for line in lines] == labels
    assert all((line[0].tag == tei("label")) == before for line in lines)
    assert all(line.find(tei("seg")) is not None for line in lines)  # (the bayt itself, apart from its number)
    assert check_fidelity(read_source(source).text, tree) is None
    rng = etree.RelaxNG(etree.parse(str(NASHR_RNG)))
    assert rng.validate(tree), rng.error_log
