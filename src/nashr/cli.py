"""The ``nashr`` command line: one command per pipeline stage, plus ``build`` for all of them.

Exit codes (every command): 0 done, 1 a check failed, 2 unusable input or arguments.
"""

from __future__ import annotations

import typer

from nashr import __version__
from nashr.commands.convert import convert

app = typer.Typer(
    name="nashr",
    help="Persian plain text → validated TEI P5 → HTML and PDF editions → deposit packages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(convert)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nashr {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """nashr: Persian TEI editions from plain text."""
