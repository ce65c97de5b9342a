"""``nashr entities suggest`` (candidate names for the registers) and ``nashr entities apply``
(re-tag texts after the registers change). The work is done by :mod:`nashr.entities.retag`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from nashr.commands._common import Exit, err
from nashr.entities.registers import RegisterError, entry_xml
from nashr.xmlinput import Document, UnusableInput, read

if TYPE_CHECKING:
    from nashr.entities.tagger import Tagger

entities_app = typer.Typer(
    help="Names, dates and numbers: suggest register entries, re-tag texts.",
    no_args_is_help=True,
)

RegistersOption = Annotated[
    Path,
    typer.Option(
        "--registers", "-r",
        help="Directory holding persons.xml, orgs.xml and places.xml.",
    ),
]  # fmt: skip
DEFAULT_REGISTERS = Path("tei/registers")


def _unusable(path: Path, exc: UnusableInput) -> None:
    where = f":{exc.line}" if exc.line else ""
    err.print(f"[red]error:[/] {path}{where}: {exc.message}")


def _tagger(registers: Path) -> Tagger:
    # The tagger imports hazm (seconds): only when a command needs it, not for --help.
    from nashr.entities.tagger import Tagger

    try:
        tagger = Tagger.from_registers(registers)
    except RegisterError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    for name, kept, ignored in tagger.duplicates:
        err.print(f"[yellow]warning:[/] {registers}: «{name}» is a name of {kept} and {ignored}; "
                  f"matched to {kept}")
    return tagger


@entities_app.command("suggest")
def suggest(
    files: Annotated[list[Path], typer.Argument(help="TEI files to search for unknown names.")],
    registers: RegistersOption = DEFAULT_REGISTERS,
    xml: Annotated[bool, typer.Option(
        "--xml", help="Print only the register entries, one per line, to paste as they are.",
    )] = False,
) -> None:
    """Print the candidate names (cert="low") of TEI files as a table: kind, name, how often,
    where first, and the register entry to paste into persons.xml, orgs.xml or places.xml.

    Exit 0 when done, 2 if a file or the registers cannot be read (the other files are still
    searched).
    """
    from nashr.entities.retag import suggestions

    tagger = _tagger(registers)
    documents: list[Document] = []
    code = Exit.DONE
    for path in files:
        try:
            documents.append(read(path))
        except UnusableInput as exc:
            _unusable(path, exc)
            code = Exit.UNUSABLE
    found = suggestions(documents, tagger)
    if xml:
        for item in found:
            typer.echo(entry_xml(item.entry))
        raise typer.Exit(code)
    table = Table(title="Candidate register entries", show_lines=False)
    for column in ("kind", "name", "count", "first seen", "register entry"):
        table.add_column(column, overflow="fold")
    for item in found:
        table.add_row(item.entry.kind, item.entry.name, str(item.count), item.first,
                      entry_xml(item.entry))
    Console(soft_wrap=True).print(table)
    err.print(f"{len(found)} candidate(s) in {len(documents)} file(s)")
    raise typer.Exit(code)


@entities_app.command("apply")
def apply(
    files: Annotated[list[Path], typer.Argument(help="TEI files to re-tag in place.")],
    registers: RegistersOption = DEFAULT_REGISTERS,
) -> None:
    """Re-tag TEI files after the registers changed: persName, orgName, placeName, date and
    num are found again; everything else (choice/sic/corr, ids, header, elements an editor
    marked with their own @resp) stays as it is. Files are written atomically and only when
    something changed.

    Exit 0 when done, 1 if re-tagging a file would change its text (that file is not
    written), 2 if a file or the registers cannot be read (the other files still go on).
    """
    from nashr.entities.retag import FidelityLost, retag_file

    tagger = _tagger(registers)
    code = Exit.DONE
    for path in files:
        try:
            report = retag_file(path, tagger)
        except UnusableInput as exc:
            _unusable(path, exc)
            code = max(code, Exit.UNUSABLE)
            continue
        except FidelityLost as exc:
            err.print(f"[red]failed:[/] {exc}")
            code = max(code, Exit.CHECK_FAILED)
            continue
        for message in report.skipped:
            err.print(f"[yellow]warning:[/] {path}: {message}")
        err.print(f"{path}: {report.status}")
    raise typer.Exit(code)
