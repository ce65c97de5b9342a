"""``nashr entities suggest`` (candidate register entries), ``nashr entities accept`` (add the
reviewed ones to the registers) and ``nashr entities apply`` (re-tag texts after the registers
change). The work is done by :mod:`nashr.entities.suggest` and :mod:`nashr.entities.retag`."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nashr.commands._common import Exit, err

if TYPE_CHECKING:
    from nashr.entities.tagger import Tagger
    from nashr.xmlinput import Document, UnusableInput

entities_app = typer.Typer(
    help="Names, dates and numbers: suggest and accept register entries, re-tag texts.",
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


def _unusable(path: Path, exc: "UnusableInput") -> None:
    where = f":{exc.line}" if exc.line else ""
    err().print(f"[red]error:[/] {path}{where}: {exc.message}")


def _tagger(registers: Path) -> "Tagger":
    # The tagger compiles its patterns and reads the lexicons: only when a command needs it.
    from nashr.entities.registers import RegisterError
    from nashr.entities.tagger import Tagger

    try:
        tagger = Tagger.from_registers(registers)
    except RegisterError as exc:
        err().print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    for name, kept, ignored in tagger.duplicates:
        err().print(f"[yellow]warning:[/] {registers}: «{name}» is a name of {kept} and {ignored}; "
                  f"matched to {kept}")
    return tagger


@entities_app.command("suggest")
def suggest(
    files: Annotated[list[Path], typer.Argument(help="TEI files to search for names the registers lack.")],
    registers: RegistersOption = DEFAULT_REGISTERS,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help="table (to read), csv (to review and accept) or tei (register lists).",
    )] = "table",
    xml: Annotated[bool, typer.Option(
        "--xml", help="Print only the register entries, one per line, to paste as they are.",
    )] = False,
) -> None:
    """Propose register entries for the people, organisations and places the texts name but
    the registers lack, grouped across all the files (spelling variants together), most
    frequent first, with counts and contexts. Review the CSV (mark rows «no» in the decision
    column) and add the rest with `nashr entities accept`.

    Exit 0 when done, 2 if a file or the registers cannot be read (the other files are still
    searched).
    """
    from nashr.entities.registers import entry_xml
    from nashr.entities.suggest import suggestions, tei_document, write_csv
    from nashr.xmlinput import UnusableInput, read

    if output_format not in ("table", "csv", "tei"):
        err().print(f"[red]error:[/] --format must be table, csv or tei, not {output_format!r}")
        raise typer.Exit(Exit.UNUSABLE)
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
    elif output_format == "csv":
        typer.echo(write_csv(found), nl=False)
    elif output_format == "tei":
        typer.echo(tei_document(found).decode(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title="Candidate register entries", show_lines=False)
        for column in ("kind", "name", "variants", "count", "id", "first context"):
            table.add_column(column, overflow="fold")
        for item in found:  # (names and contexts as written, not read as rich markup: «[مهر] …»)
            entry = item.entry
            table.add_row(entry.kind, Text(entry.name), Text(" | ".join(entry.variants)), str(item.count), entry.id,
                          Text(item.contexts[0] if item.contexts else ""))
        Console(soft_wrap=True).print(table)
    err().print(f"{len(found)} candidate(s) in {len(documents)} file(s)")
    raise typer.Exit(code)


@entities_app.command("accept")
def accept(
    table: Annotated[Path, typer.Argument(help="The reviewed table: CSV from `suggest --format csv`, or TEI lists.")],
    registers: RegistersOption = DEFAULT_REGISTERS,
) -> None:
    """Add the reviewed suggestions to the registers: every row not marked «no» in the decision
    column becomes an entry with a stable id, its variants and an empty idno type="wikidata"
    to fill. Names a register already holds are reported and not added twice. Re-tag the
    texts afterwards with `nashr entities apply`.

    Exit 0 when done, 2 if the table or the registers cannot be read.
    """
    from nashr.entities.registers import KINDS, RegisterError, load_registers, read_register
    from nashr.entities.suggest import TableError, read_csv
    from nashr.entities.suggest import accept as add_entries

    try:
        current = load_registers(registers)
        if table.suffix.lower() == ".xml":
            entries = [e for kind in KINDS for e in read_register(table, kind)]
        else:
            entries = read_csv(table)
    except (RegisterError, TableError, OSError, UnicodeDecodeError) as exc:
        err().print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    report = add_entries(entries, current, registers)
    for name in report.known:
        err().print(f"[yellow]skipped:[/] «{name}» is already in the registers")
    for entry in report.added:
        err().print(f"added {entry.id} «{entry.name}» to {KINDS[entry.kind].filename}")
    err().print(f"{len(report.added)} entr{'y' if len(report.added) == 1 else 'ies'} added to {registers}")
    raise typer.Exit(Exit.DONE)


@entities_app.command("apply")
def apply(
    files: Annotated[list[Path], typer.Argument(help="TEI files to re-tag in place.")],
    registers: RegistersOption = DEFAULT_REGISTERS,
) -> None:
    """Re-tag TEI files after the registers changed: persName, orgName, placeName, date and
    num are found again, where and as `nashr convert` finds them (line by line, each hemistich
    apart, verse as verse, a PDF line's regularised reading, the dates of the text's dateline),
    so that with unchanged registers nothing changes; everything else (choice/sic/corr, ids,
    header, elements an editor marked with their own @resp) stays as it is. Files are written
    atomically and only when something changed.

    Exit 0 when done, 1 if re-tagging a file would change its text (that file is not
    written), 2 if a file or the registers cannot be read (the other files still go on).
    """
    from nashr.entities.retag import FidelityLost, retag_file
    from nashr.xmlinput import UnusableInput

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
            err().print(f"[red]failed:[/] {exc}")
            code = max(code, Exit.CHECK_FAILED)
            continue
        for message in report.skipped:
            err().print(f"[yellow]warning:[/] {path}: {message}")
        err().print(f"{path}: {report.status}")
    raise typer.Exit(code)
