"""``nashr convert``: plain text → TEI P5."""

import gc
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nashr.commands._common import EditionOption, Exit, error, load_config_or_exit, note, warning

if TYPE_CHECKING:
    from rich.table import Table

    from nashr.convert.document import Line
    from nashr.convert.structure import Structure


DOUBTFUL = ("low", "medium")
"""The ``@cert`` levels an editor is sent to check (nashr.convert.certainty: how often each is wrong)."""


def doubtful_count(lines: "list[Line]") -> tuple[int, str]:
    """How many of ``lines`` have a doubtful ``@cert`` (:data:`DOUBTFUL`), and the summary's words
    for them: ``(0, "")`` or ``(4, "; 4 lines to check (3 low, 1 medium)")``."""
    counts = Counter(line.cert for line in lines if line.cert in DOUBTFUL)
    total = sum(counts.values())
    levels = ", ".join(f"{counts[level]} {level}" for level in DOUBTFUL if counts[level])
    return total, f"; {total} line{'s' if total > 1 else ''} to check ({levels})" if total else ""


def explain_table(path: Path, structure: "Structure", doubtful: bool = False) -> "Table":
    """A table of each source line with the role chosen, its certainty where the evidence is
    thin, the rule that chose it (and why the page doubts it), and, for a marked line, how often
    lines so marked were wrong on nashr's test collection and the roles they had by hand (the
    roles competing with the one chosen: nashr.convert.certainty.explanation); the caption gives
    the document's conventions. ``doubtful``: only the lines whose certainty is ``low`` or
    ``medium`` (:data:`DOUBTFUL`). Every cell is rich ``Text``, not markup: a line's own brackets
    («[![codecov](…)](…)», «[حاشیه ۱:]») are shown as written."""
    from rich.table import Table
    from rich.text import Text

    from nashr.convert.certainty import explanation

    shown = [line for line in structure.lines
             if line.role != "blank" and (not doubtful or line.cert in DOUBTFUL)]
    kept = f"; {len(shown)} lines of low or medium certainty shown" if doubtful else ""
    table = Table(title=Text(str(path)), caption=Text(f"conventions: {structure.conventions.describe()}{kept}"),
                  show_lines=False)
    table.add_column("line", justify="right")
    table.add_column("role")
    table.add_column("cert")
    table.add_column("rule")
    table.add_column("text")
    for line in shown:
        text = " ".join(line.text.split())
        role = line.role + (f" {line.number}" if line.number else "")
        if line.copy_of:
            role += f" (copy of {line.copy_of})"
        shown_text = text[:60] + ("…" if len(text) > 60 else "")
        table.add_row(str(line.n), Text(role), line.cert or "", Text(explanation(line)), Text(shown_text))
    return table


def convert(
    sources: Annotated[list[Path], typer.Argument(
        help="Plain-text sources (UTF-8, UTF-16, UTF-32, Windows-1256 or ISO-8859-6).")],
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Directory for the TEI files (default: the edition's TEI folder).")] = None,
    edition_path: EditionOption = Path("."),
    registers: Annotated[Path | None, typer.Option(
        "--registers", help="Directory of the registers (persons.xml, orgs.xml, places.xml) to link names to "
                            "(default: the edition's).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite TEI files edited after conversion.")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Print each line's role and the rule that chose it; for a line of low or medium "
                          "certainty (@cert), also why, and how often such lines were wrong in nashr's tests and "
                          "what they were by hand; write nothing.")] = False,
    doubtful: Annotated[bool, typer.Option(
        "--doubtful", help="As --explain, showing only the lines of low or medium certainty (@cert), the ones "
                           "to check.")] = False,
    edition_evidence: Annotated[bool | None, typer.Option(
        "--edition-evidence/--no-edition-evidence",
        help="With several sources: take lines that many of them repeat at their top or bottom for the "
             "site's furniture and fields, and give a line the role a sidecar gives it on another page "
             "[default: edition.toml's [convert] edition_evidence, else on].")] = None,
    roles_out: Annotated[bool, typer.Option(
        "--roles-out", help="Write each source's line roles to NAME.roles.tsv beside it, for an editor to correct "
                            "(never over an existing one); convert nothing.")] = False,
) -> None:
    """Convert plain-text sources to TEI P5, one file per source.

    Several sources (or a shell glob of a folder) are one batch: a line that many of them repeat at
    their top or bottom (at least 2 texts and 30 % of them) is taken for the site's furniture
    (fw) or a field (dateline, byline, fw); --explain names these rules «edition-…». One source is
    converted alone.

    A TEI file that a person edited after conversion is never overwritten: the new version is
    written beside it as NAME.new.xml (use --force to overwrite). Exit 2 if any source is unusable;
    the other sources are still converted.

    An editor corrects line roles in NAME.roles.tsv beside sources/NAME.txt (a line
    number, a role and a comment per row, tab-separated; the roles are listed in the file's
    second row and in nashr's README, «Correcting line roles»): convert sets them over the rules'
    roles at every conversion, --explain names them «editor: …». In a batch, a line at a page's
    top or bottom that a sidecar gives a role takes it on the other pages where the same line (or
    one of its shape, with other numbers or dates) stands at the same end («edition-lesson: …»,
    @cert medium; a page's own row wins). --roles-out writes that file from the current roles, to
    start from. The lines to check first are those of low or medium
    certainty (@cert): the summary counts them, --doubtful lists them.
    """
    explain = explain or doubtful
    config = load_config_or_exit(edition_path)
    layout = config.layout
    code = Exit.DONE
    # The converter and its recognisers load only when converting, not for --help. Loading
    # allocates much and frees little: on the first load of the process the garbage collector
    # waits, then leaves what was loaded out of its rounds (gc.freeze).
    first_load = "nashr.convert.converter" not in sys.modules and gc.isenabled()
    if first_load:
        gc.disable()
    try:
        from nashr.convert.converter import FidelityError, convert_file
        from nashr.convert.corrections import write_sidecar
        from nashr.convert.edition import analyse, keyed_marks, source_keys
        from nashr.convert.lessons import Lessons, apply_corrections, source_lessons, taught
        from nashr.convert.names import tei_names
        from nashr.convert.sources import SourceError, read_source
        from nashr.entities.tagger import Tagger

        tagger = None if explain or roles_out else Tagger.from_registers(registers or layout.registers)
    finally:
        if first_load:
            gc.freeze()
            gc.enable()
    if explain:
        from rich.console import Console

        out = Console(highlight=False, soft_wrap=True)
    evidence = config.convert.edition_evidence if edition_evidence is None else edition_evidence
    # The batch's evidence (nashr.convert.edition) and what its sidecars teach (nashr.convert.lessons).
    keyed = {str(path): pairs for path in sources if (pairs := source_keys(path)) is not None} \
        if evidence and len(sources) > 1 else {}
    marks = keyed_marks(keyed.items())
    lessons = source_lessons(sources) if keyed else Lessons({})
    to_check = 0
    if not (explain or roles_out):
        sources, clashes = tei_names(sources, output or layout.texts)
        for clash in clashes:
            error(str(clash))
            code = Exit.UNUSABLE
    for path in sources:
        own, taught_here = marks.get(str(path), frozenset()), lessons.of_pairs(keyed.get(str(path), ()))
        if explain or roles_out:
            try:
                texts = read_source(path).lines
                if roles_out:
                    note(f"{path} → {write_sidecar(path, taught(analyse(texts, own), texts, taught_here).lines)}")
                else:
                    structure = apply_corrections(path, texts, analyse(texts, own), taught_here)
                    out.print(explain_table(path, structure, doubtful))
            except (SourceError, FileExistsError) as exc:  # and RolesError, a kind of SourceError
                error(str(exc))
                code = Exit.UNUSABLE
            except OSError as exc:
                error(f"{path}: cannot write its roles ({exc.strerror})")
                code = Exit.UNUSABLE
            continue
        try:
            done = convert_file(path, output or layout.texts, config.edition, tagger=tagger, force=force,
                                schema_dir=layout.schema, marks=own, lessons=taught_here)
        except SourceError as exc:
            error(str(exc))
            code = Exit.UNUSABLE
            continue
        except FidelityError as exc:  # and InvalidTEIError, a kind of it
            error(str(exc))
            code = max(code, Exit.CHECK_FAILED)
            continue
        for message in done.warnings:
            warning(message)
        count, words = doubtful_count(done.lines)
        to_check += count
        note(f"{path} → {done.result.path} ({done.result.status}){words}")
    if to_check:  # (a batch's evidence changes some lines' roles: the same sources list the same lines)
        note("list the lines to check: nashr convert --doubtful "
             + (str(sources[0]) if len(sources) == 1 else f"with the same {len(sources)} sources"))
    raise typer.Exit(code)
