"""Convert the test collection's texts and score their entities (shared by the corpus test and
benchmarks/entities_corpus.py)."""

from __future__ import annotations

from pathlib import Path

from nashr.config import load_edition
from nashr.convert.converter import date_context, source_info
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from nashr.convert.tei import build_tei
from nashr.entities.evaluate import Score, read_annotations, tei_mentions
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"


def annotated() -> list[Path]:
    """Folders of the collection that have hand-made entities."""
    return sorted(p.parent for p in CORPUS.glob("*/entities.tsv"))


def score_collection(tagger: Tagger) -> Score:
    """Convert every annotated text with ``tagger`` (as ``nashr convert`` does) and score it."""
    edition = load_edition(ROOT / "edition.toml")
    score = Score()
    for folder in annotated():
        source = read_source(folder / "source.txt")
        lines = classify(source.lines)
        info = source_info(folder / "source.txt", {})
        context = date_context(lines, info)
        tree = build_tei(source, lines, info, edition, tagger.document(context))
        expected = read_annotations(folder / "entities.tsv", source.text)
        score.add(folder.name, expected, tei_mentions(tree))
    return score
