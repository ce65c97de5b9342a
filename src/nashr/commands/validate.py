"""``nashr validate`` (check TEI files) and ``nashr schema fetch`` (install tei_all)."""

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from nashr.commands._common import Exit, err
from nashr.validate.reports import FORMATS, LANGS


def validate(
    files: Annotated[list[Path], typer.Argument(
        help="TEI files to check; a folder stands for the .xml files in it and its subfolders.")],
    schema: Annotated[list[str] | None, typer.Option(
        "--schema", "-s",
        help="auto (every `<?xml-model?>` PI of each file, else tei_all), tei_all (TEI's RELAX NG "
             "and the Schematron embedded in it), nashr, a .rng / .rnc (RELAX NG) or .sch "
             "(Schematron) file, or schematron:FILE.rng (the Schematron embedded in a grammar). "
             "Give it more than once to check against several.")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help=f"Report format: {', '.join(FORMATS)}.")] = "text",
    lang: Annotated[str, typer.Option(
        "--lang", help=f"Language of labels and hints: {', '.join(LANGS)}.")] = "en",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    full_grammar: Annotated[bool, typer.Option(
        "--full-grammar",
        help="Compile the whole RELAX NG grammar (about 10 s for tei_all) instead of the "
             "grammar reduced to the elements each file uses (same verdicts).")] = False,
    xinclude: Annotated[bool, typer.Option(
        "--xinclude/--no-xinclude",
        help="Resolve xi:include elements (from local files) before checking, as oXygen and "
             "jing do.")] = True,
) -> None:
    """Validate TEI files against RELAX NG and Schematron; report file:line:column, XPath,
    the schema's message and a hint.

    Exit 0 if every file is valid, 1 if any is invalid, 2 if any cannot be read (missing,
    binary, not well-formed XML, declares entities, a failed XInclude) or a schema is missing
    or unusable; every file of the batch is still checked.
    """
    # The validator and its schema machinery load only when checking, not for --help.
    from nashr.validate import schemas
    from nashr.validate.reports import Writer
    from nashr.validate.validator import Validator, exit_code

    if fmt not in FORMATS or lang not in LANGS:
        err().print(f"[red]error:[/] --format must be one of {', '.join(FORMATS)} and --lang "
                  f"one of {', '.join(LANGS)}")
        raise typer.Exit(Exit.UNUSABLE)
    try:
        validator = Validator(schema or ["auto"], reduce=not full_grammar, xinclude=xinclude)
    except (schemas.SchemaNotFound, schemas.SchemaError) as exc:
        err().print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    code = 0
    with _output(output) as out:
        writer = Writer(out, fmt, lang)
        for file in xml_files(files):
            report = validator.report(file)
            code = max(code, exit_code([report]))
            writer.add(report)
        writer.close()
    raise typer.Exit(code)


def xml_files(paths: list[Path]) -> Iterator[Path]:
    """Each path as given, but a folder → the ``*.xml`` files in it and its subfolders, in path
    order, hidden folders and files (``.git``, ``.nashr``) left out; a folder without any stays
    itself, to be reported as unusable."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found = sorted(p for p in path.rglob("*.xml")
                       if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        yield from found or [path]


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or ``path`` written atomically once the report is complete."""
    if path is None:
        yield sys.stdout
        return
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent or Path("."),
                                     prefix=f".{path.name}.", delete=False) as handle:
        try:
            yield handle
        except BaseException:
            handle.close()
            Path(handle.name).unlink(missing_ok=True)
            raise
    os.replace(handle.name, path)


schema_app = typer.Typer(help="Manage the schemas nashr validates against.",
                         no_args_is_help=True)


@schema_app.command("fetch")
def fetch(
    source: Annotated[str | None, typer.Option(
        "--from", help="Local file or URL to install instead of downloading tei_all.rng "
                       "from the TEI Consortium (for machines without network).")] = None,
    name: Annotated[str | None, typer.Option(
        "--name", help="File name in the cache (default: the source's name).")] = None,
    as_uri: Annotated[list[str] | None, typer.Option(
        "--as", help="A URL `<?xml-model href?>` PIs name, to map to this copy (offline use); "
                     "may be given more than once.")] = None,
) -> None:
    """Install tei_all.rng (or another schema) into nashr's per-user cache
    ($NASHR_CACHE_DIR, else $XDG_CACHE_HOME/nashr, else ~/.cache/nashr) and register it in the
    cache's XML catalog so `<?xml-model?>` PIs naming it resolve offline."""
    from nashr.validate import schemas

    try:
        path = schemas.fetch(source, name=name, uris=as_uri or ())
    except (schemas.SchemaNotFound, schemas.SchemaError) as exc:
        err().print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    err().print(f"installed {path}")


@schema_app.command("path")
def path() -> None:
    """Print the cache directory where schemas are installed."""
    from nashr.validate import schemas

    typer.echo(str(schemas.schema_cache_dir()))
