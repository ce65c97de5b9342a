"""Convert texts as ``nashr convert`` does and score their entities against hand-made lists:
the test collection (tests/data/corpus/*/entities.tsv) and the five seeds
(tests/data/entities/*.tsv). Shared by the entity tests and benchmarks/entities_corpus.py."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from nashr.config import load_edition
from nashr.convert.converter import date_context, read_catalog, source_info
from nashr.convert.sources import Source, read_source
from nashr.convert.structure import analyse
from nashr.convert.tei import build_tei
from nashr.entities.evaluate import Score, read_annotations, read_counted_list, tei_mentions
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
SEEDS = ROOT / "seeds"
SEED_LISTS = ROOT / "tests" / "data" / "entities"


def annotated() -> list[Path]:
    """Folders of the collection that have hand-made entities."""
    return sorted(p.parent for p in CORPUS.glob("*/entities.tsv"))


def convert(path: Path, tagger: Tagger) -> tuple[Source, etree._ElementTree]:
    """The decoded source and its TEI, built as ``nashr convert`` builds it (structure, the
    catalog beside the file, the document's date, then the tagger block by block)."""
    source = read_source(path)
    structure = analyse(source.lines)
    info = source_info(path, read_catalog(path.parent))
    context = date_context(structure.lines, info)
    edition = load_edition(ROOT / "edition.toml")
    return source, build_tei(source, structure.lines, info, edition, tagger.document(context), structure.conventions)


def score_collection(tagger: Tagger, folders: list[Path] | None = None) -> Score:
    """Convert the annotated texts of the collection (or ``folders``, annotated ones among them)
    with ``tagger`` and score them."""
    score = Score()
    for folder in annotated() if folders is None else [f for f in folders if f in annotated()]:
        source, tree = convert(folder / "source.txt", tagger)
        score.add(folder.name, read_annotations(folder / "entities.tsv", source.text), tei_mentions(tree))
    return score


def score_seeds(tagger: Tagger) -> Score:
    """Convert the five seeds with ``tagger`` and score every entity element against their lists."""
    score = Score()
    for table in sorted(SEED_LISTS.glob("*.tsv")):
        source, tree = convert(SEEDS / f"{table.stem}.txt", tagger)
        score.add(table.stem, read_counted_list(table, source.text), tei_mentions(tree))
    return score
