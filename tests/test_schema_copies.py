"""An edition's copies of nashr's schema files follow nashr's upgrades unless a person edited them.

tests/data/schemas/nashr-round25.sch is nashr.sch as nashr shipped it before round 26's fix (a Solar
Hijri date before 1304 may be a day off its conversion): the copy an edition made then still holds.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from build_edition import make_edition
from conftest import ROOT
from nashr.config import load_config
from nashr.convert.schemas import EDITION_SCHEMAS, install_schemas, shipped_versions
from nashr.pipeline import BuildOptions, build

OLD_SCH = ROOT / "tests" / "data" / "schemas" / "nashr-round25.sch"
LETTER = ROOT / "tests" / "data" / "corpus" / "diyarmirza-mirza-kuchak-last-letter-1300" / "source.txt"


def test_every_schema_file_nashr_ships_is_listed_as_shipped() -> None:
    """A changed schema file must be listed, or editions holding it would later be taken as edited."""
    for name in EDITION_SCHEMAS:
        sha = hashlib.sha256((ROOT / "tei" / "schema" / name).read_bytes()).hexdigest()
        assert (name, sha) in shipped_versions(), f"add the line «{sha}  {name}» to tei/schema/shipped-versions.txt"


def test_missing_copies_are_written_and_current_ones_left(tmp_path: Path) -> None:
    first = install_schemas(tmp_path)
    assert sorted(p.name for p in first.written) == sorted(EDITION_SCHEMAS)
    again = install_schemas(tmp_path)
    assert (again.written, again.refreshed, again.edited) == ([], [], [])


def test_an_earlier_nashrs_copy_is_refreshed_and_an_edited_one_kept(tmp_path: Path) -> None:
    install_schemas(tmp_path)
    shutil.copy(OLD_SCH, tmp_path / "nashr.sch")
    edited = (tmp_path / "nashr.rng").read_bytes().replace(b"</grammar>", b"<!-- ours --></grammar>")
    (tmp_path / "nashr.rng").write_bytes(edited)
    done = install_schemas(tmp_path)
    assert done.refreshed == [tmp_path / "nashr.sch"] and done.edited == [tmp_path / "nashr.rng"]
    assert (tmp_path / "nashr.sch").read_bytes() == (ROOT / "tei" / "schema" / "nashr.sch").read_bytes()
    assert (tmp_path / "nashr.rng").read_bytes() == edited
    refreshed, kept = done.messages()
    assert refreshed.endswith("nashr.sch: an earlier nashr's copy, refreshed with this nashr's")
    assert "nashr.rng: differs from nashr's own nashr.rng and was kept as edited" in kept
    assert done.messages(edited=False) == [refreshed]


@pytest.mark.parametrize("copy", ["earlier", "edited"])
def test_a_build_of_an_edition_made_before_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    copy: str) -> None:
    """Mirza Kuchak Khan's letter («لیله شنبه ۵عقرب ۱۳۰۰», a day off its conversion) was invalid under
    the old nashr.sch: an edition holding the old, unedited copy builds it valid and says the copy
    was refreshed; the same old rules edited by a person stay, and the build says how to take nashr's."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = make_edition(tmp_path / "edition", seeds=[])
    shutil.copy(LETTER, root / "seeds" / "mirza-kuchak.txt")
    old = OLD_SCH.read_bytes() if copy == "earlier" else OLD_SCH.read_bytes() + b"<!-- the editor's -->\n"
    (root / "tei" / "schema" / "nashr.sch").write_bytes(old)
    report = build(load_config(root), BuildOptions(jobs=1, volume=False))
    sch = root / "tei" / "schema" / "nashr.sch"
    if copy == "earlier":
        assert not report.failed, report.failed
        assert f"{sch}: an earlier nashr's copy, refreshed with this nashr's" in report.warnings
        assert sch.read_bytes() == (ROOT / "tei" / "schema" / "nashr.sch").read_bytes()
    else:
        assert sch.read_bytes() == old
        assert any(w.startswith(f"{sch}: differs from nashr's own nashr.sch and was kept as edited")
                   for w in report.warnings)
        assert any("mirza-kuchak" in failure for failure in report.failed), report.failed
