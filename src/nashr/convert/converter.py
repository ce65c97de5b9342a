"""The convert stage: plain-text source → TEI file, with the fidelity check on every output.

``seeds/catalog.csv`` (columns ``file, original_file, title, date, source, notes``), when it lies
beside a source, gives the source's original file name and a title for texts without a title line.
"""

from __future__ import annotations

import csv
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nashr.config import Edition
from nashr.convert.corrections import RolesError, editor_lines, sidecar
from nashr.convert.document import Line
from nashr.convert.edition import analyse
from nashr.convert.fidelity import check_fidelity
from nashr.convert.lessons import Lesson, apply_corrections
from nashr.convert.names import ncname
from nashr.convert.schemas import install_schemas
from nashr.convert.sources import SourceError, read_source
from nashr.convert.structure import duplicate_lines
from nashr.convert.tei import SourceInfo, WriteResult, build_tei, serialise, write_tei
from nashr.entities.dates import DateContext
from nashr.resources import folder
from nashr.validate.relaxng import Grammar, grammar

if TYPE_CHECKING:
    from nashr.entities.tagger import Tagger

CATALOG = "catalog.csv"
# Every TEI nashr writes is checked against nashr's own schema (a strict subset of tei_all).
SCHEMA = "nashr.rng"
DUPLICATES_SHOWN = 5  # repeated lines named one by one per source; the rest are counted


@functools.cache
def _nashr_grammar() -> Grammar:
    """The process's compiled :data:`SCHEMA` (looked up once: every converted text is checked)."""
    return grammar(folder("schema") / SCHEMA)


class FidelityError(RuntimeError):
    """The converter lost or changed a source character (a bug in nashr: please report it)."""


class InvalidTEIError(FidelityError):
    """The converter built a TEI document its own schema rejects (a bug in nashr: please report
    it). A kind of :class:`FidelityError`: either way nashr must not write the file, and callers
    report both alike."""


@dataclass(frozen=True, slots=True)
class Converted:
    """Result of converting one source: where the TEI went and what to warn about.

    Attributes:
        source: the source path.
        tei: the TEI file of this source (``out_dir/<stem>.xml``); when it was ``kept``, the
            new version went to ``result.path`` instead.
        result: how the TEI file was written (``written``, ``unchanged`` or ``kept``).
        lines: the classified lines (for ``--explain``).
        warnings: one-line messages naming the file and line (duplicate lines, …).
    """

    source: Path
    tei: Path
    result: WriteResult
    lines: list[Line]
    warnings: list[str]


def read_catalog(directory: Path) -> dict[str, dict[str, str]]:
    """Rows of ``directory/catalog.csv`` keyed by ``file``; empty when there is no catalog."""
    path = directory / CATALOG
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def source_info(path: Path, catalog: dict[str, dict[str, str]]) -> SourceInfo:
    """Identifier and catalog data of a source file."""
    row = catalog.get(path.name, {})
    return SourceInfo(
        stem=ncname(path.stem),
        original_file=row.get("original_file") or None,
        catalog_title=row.get("title") or None,
        catalog_date=row.get("date") or None,
    )


def date_context(lines: list[Line], info: SourceInfo) -> DateContext | None:
    """The document's own date, for dates without a year («٢٩ ژوئیه امسال»): the date its title
    and datelines give (:meth:`DateContext.of_document`), else the catalog's date, else None."""
    context = DateContext.of_document((line.role, line.text.strip()) for line in lines)
    if context is None and info.catalog_date:
        return DateContext.from_iso(info.catalog_date)
    return context


def convert_file(path: Path, out_dir: Path, edition: Edition, tagger: Tagger | None = None,
                 force: bool = False, schema_dir: Path | None = None,
                 marks: frozenset[tuple[str, str]] = frozenset(),
                 lessons: frozenset[Lesson] = frozenset()) -> Converted:
    """Convert one plain-text source to ``out_dir/<stem>.xml``.

    ``tagger`` marks up names, dates and numbers (``nashr.entities.tagger.Tagger``); None gives
    structure only. ``schema_dir`` is the edition's schema folder, which the TEI points to
    (default ``out_dir/../schema``); nashr's schema files are copied there when missing, and an
    earlier nashr's unedited copy is refreshed (:func:`nashr.convert.schemas.install_schemas`).
    ``marks``: what the edition's other texts show of this one's lines
    (:meth:`nashr.convert.edition.Profile.marks`; none: the text alone). ``lessons``: what the
    editor's corrections of the edition's pages teach this one (:meth:`nashr.convert.lessons.Lessons.of_pairs`),
    set over the rules' roles; the editor's corrections in the source's own sidecar ``NAME.roles.tsv``
    are set over both (:mod:`nashr.convert.corrections`).

    Raises:
        SourceError: the source is unusable (missing, empty, binary, unknown encoding).
        RolesError: (a kind of SourceError) the sidecar is unusable, or the roles it sets give TEI
            that would lose source text or that nashr.rng rejects (nothing is written).
        FidelityError: the TEI would not keep every source character (nothing is written).
        InvalidTEIError: the TEI would not be valid against nashr.rng (nothing is written).
    """
    source = read_source(path)
    structure = apply_corrections(path, source.lines, analyse(source.lines, marks), lessons)
    lines = structure.lines
    info = source_info(path, read_catalog(path.parent))
    context = date_context(lines, info)
    recognise = tagger.document(context) if tagger is not None else None
    schema_dir = schema_dir if schema_dir is not None else out_dir.parent / "schema"
    href = Path(os.path.relpath(schema_dir.resolve(), out_dir.resolve())).as_posix()
    tree = build_tei(source, lines, info, edition, recognise, structure.conventions, schema_href=href)
    difference = check_fidelity(source.text, tree)
    errors = _nashr_grammar().check(tree) if difference is None else []
    if (difference is not None or errors) and editor_lines(lines):
        # The editor's roles put a line where the TEI cannot hold it (a code+ line after furniture
        # that follows its code line, …): the sidecar is to be corrected, not nashr.
        found = (f"the TEI would not keep the source text {difference}" if difference is not None
                 else f"{SCHEMA} rejects the TEI: {errors[0].node_path}: {errors[0].message}")
        raise RolesError(sidecar(path), f"the roles it sets cannot be encoded where they stand, nothing was written "
                         f"({found}); check the lines it sets against the roles' table in nashr's README, "
                         "«Correcting line roles»")
    if difference is not None:
        raise FidelityError(f"{path}: the TEI would not keep the source text {difference}")
    if errors:
        first = errors[0]
        raise InvalidTEIError(
            f"{path}: nashr built TEI that its schema {SCHEMA} rejects — a bug in nashr, please report it "
            f"with this file; nothing was written ({first.node_path}: {first.message}"
            + (f", and {len(errors) - 1} more" if len(errors) > 1 else "") + ")")
    tei = out_dir / f"{info.stem}.xml"
    result = write_tei(tei, serialise(tree), force=force)
    copies = install_schemas(schema_dir)
    # A repeated paragraph may be a slip of copying, worth an editor's look; a poem's refrain and a
    # line without letters (a rule, a code fence) repeat by nature: marked, not reported. A text that
    # repeats itself throughout (a dataset, a glossary) gets the first few and a count, not a page.
    repeats = [line for line in duplicate_lines(lines) if line.role != "l" and any(ch.isalpha() for ch in line.text)]
    warnings = [f"{path}:{line.n}: duplicate of line {line.copy_of}; kept and marked with @copyOf"
                for line in repeats[:DUPLICATES_SHOWN]]
    if len(repeats) > DUPLICATES_SHOWN:
        warnings.append(f"{path}: {len(repeats) - DUPLICATES_SHOWN} more lines duplicate earlier ones, kept and "
                        f"marked with @copyOf (`nashr convert --explain {path}` shows each «copy of» line)")
    if source.repaired:
        warnings.append(f"{path}: {source.repaired}")
    if encoded := source.encoded:
        first = encoded[0]
        codes = ", ".join(sorted({char.code for char in encoded}))
        warnings.append(f"{path}:{first.line}:{first.column}: {len(encoded)} control character"
                        f"{'s' if len(encoded) > 1 else ''} ({codes}; a PDF extraction writes them where a font maps a "
                        "glyph to nothing) encoded as <g> declared in the header's charDecl, this the first; the "
                        "editions do not show them")
    warnings += copies.messages(edited=False)
    if result.status == "kept":
        warnings.append(
            f"{tei}: edited after conversion; kept it and wrote the new "
            f"version to {result.path} (`nashr convert --force` or `nashr build --overwrite-edited` "
            "overwrites it)"
        )
    return Converted(path, tei, result, lines, warnings)


__all__ = ["Converted", "FidelityError", "InvalidTEIError", "SourceError", "convert_file", "read_catalog",
           "source_info"]
