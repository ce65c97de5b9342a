"""Shared fixtures: the seeds, the tei_all schema nashr ships, and the converted seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from nashr.config import Edition, load_edition
from nashr.convert.converter import convert_file
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEI_ALL = ROOT / "tei" / "schema" / "tei_all.rng"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def edition() -> Edition:
    return load_edition(ROOT / "edition.toml")


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """tei_all (TEI P5 4.10.2) compiled by lxml once per test session (about 10 s)."""
    return etree.RelaxNG(etree.parse(str(TEI_ALL)))


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    """The entity tagger over the project's registers, built once per session."""
    return Tagger.from_registers(ROOT / "tei" / "registers")


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory, edition: Edition, tagger: Tagger) -> dict[str, Path]:
    """The five seeds converted as ``nashr convert`` does, once per session: seed name → TEI path."""
    out = tmp_path_factory.mktemp("tei")
    return {seed.name: convert_file(seed, out, edition, tagger=tagger).result.path for seed in SEEDS}
