"""A small edition for the ``nashr build`` tests: seeds, the project's registers, schemas and
edition.toml copied into a folder; and helpers to compare the files a build leaves."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from conftest import ROOT, SEEDS

OUTPUTS = ("tei/texts", "site", "pdf")


def make_edition(root: Path, seeds: Sequence[Path] = SEEDS[:2]) -> Path:
    """An edition under ``root`` (created): ``seeds/`` holds copies of ``seeds``."""
    (root / "seeds").mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, root / "seeds" / seed.name)
    shutil.copytree(ROOT / "tei" / "registers", root / "tei" / "registers")
    shutil.copytree(ROOT / "tei" / "schema", root / "tei" / "schema")
    shutil.copy(ROOT / "edition.toml", root / "edition.toml")
    return root


def output_files(root: Path) -> dict[str, bytes]:
    """Every file a build wrote (TEI, site, PDF), by path relative to ``root``, with its bytes."""
    found = {}
    for folder in OUTPUTS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                found[str(path.relative_to(root))] = path.read_bytes()
    return found


def stamps(root: Path) -> dict[str, int]:
    """Modification time (ns) of every output file, by relative path: unchanged = not rewritten."""
    return {str(p.relative_to(root)): p.stat().st_mtime_ns
            for folder in OUTPUTS for p in (root / folder).rglob("*") if p.is_file()}
