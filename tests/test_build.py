"""``nashr build`` end to end on a small edition: every stage runs, one bad source stops nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from nashr.cli import app


@pytest.fixture()
def edition_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two seeds, an empty source, the project's registers, schemas and edition.toml; an empty
    schema cache of the test's own."""
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "edition"
    (root / "seeds").mkdir(parents=True)
    for seed in SEEDS[:2]:
        shutil.copy(seed, root / "seeds" / seed.name)
    (root / "seeds" / "empty.txt").write_bytes(b"")
    shutil.copytree(ROOT / "tei" / "registers", root / "tei" / "registers")
    shutil.copytree(ROOT / "tei" / "schema", root / "tei" / "schema")
    shutil.copy(ROOT / "edition.toml", root / "edition.toml")
    return root


def test_build_publishes_every_usable_text_and_exits_2_for_the_bad_one(edition_root: Path) -> None:
    result = CliRunner().invoke(app, ["build", "--edition", str(edition_root)])
    assert result.exit_code == 2, result.output
    assert "empty.txt: empty file" in result.stderr
    stems = sorted(seed.stem for seed in SEEDS[:2])
    assert sorted(p.stem for p in (edition_root / "tei" / "texts").glob("*.xml")) == stems
    assert sorted(p.stem for p in (edition_root / "site" / "texts").glob("*.html")) == stems
    assert sorted(p.stem for p in (edition_root / "pdf").glob("*.pdf")) == [*stems, "volume"]
    assert result.stderr.count("error:") == 1  # the empty source only: the texts are valid
