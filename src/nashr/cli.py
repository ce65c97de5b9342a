"""The ``nashr`` command line: one command per pipeline stage, plus ``build`` for all of them.

Exit codes (every command): 0 done, 1 a check failed, 2 unusable input or arguments.
"""

import gc

# Loading typer and the commands allocates much and frees little: the garbage collector waits
# until they are loaded, then leaves them out of its rounds (gc.freeze), as for the converter
# (nashr.commands.convert).
_collecting = gc.isenabled()
gc.disable()
try:
    import typer

    from nashr import __version__
    from nashr.commands.build import build_command
    from nashr.commands.convert import convert
    from nashr.commands.deposit import deposit
    from nashr.commands.entities import entities_app
    from nashr.commands.html import html
    from nashr.commands.init import init
    from nashr.commands.pdf import pdf
    from nashr.commands.validate import schema_app, validate
finally:
    if _collecting:
        gc.freeze()
        gc.enable()

app = typer.Typer(
    name="nashr",
    help="Persian plain text → validated TEI P5 → HTML and PDF editions → deposit packages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
app.command()(init)
app.command()(convert)
app.command()(validate)
app.command()(html)
app.command()(pdf)
app.command()(deposit)
app.command("build")(build_command)
app.add_typer(entities_app, name="entities")
app.add_typer(schema_app, name="schema")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nashr {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """nashr: Persian TEI editions from plain text."""
