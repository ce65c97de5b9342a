"""The ``nashr`` command line: one command per pipeline stage, plus ``build`` for all of them.

Exit codes (every command): 0 done, 1 a check failed, 2 unusable input or arguments.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

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


class _Nashr(typer.Typer):
    """The ``nashr`` application: typer's, with a shorter way into ``nashr convert``.

    typer converts each parameter's value through a pydantic validator it builds on every run:
    loading pydantic and building them is about a third of a cold ``nashr convert`` of one text
    (benchmarks/startup.py). A ``convert`` command line whose parameters all read as plain
    paths and flags (:func:`plain_arguments`) is read by typer's own parser, without the
    validators; any other — help, a mistake, another command — goes through typer.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs and sys.argv[1:2] == ["convert"]:
            arguments = plain_arguments(self, sys.argv[1:])
            if arguments is not None:
                try:
                    convert(**arguments)
                except typer.Exit as exc:  # how typer ends, and the other exits as typer's
                    sys.exit(exc.exit_code)
                except KeyboardInterrupt:
                    sys.exit(130)
                except BrokenPipeError:  # «nashr convert --explain … | head»: quietly (Python's docs, SIGPIPE)
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                    sys.exit(1)
        return super().__call__(*args, **kwargs)


def plain_arguments(application: typer.Typer, argv: list[str]) -> dict[str, Any] | None:
    """The keyword arguments typer would pass to the command ``argv[0]`` of ``application`` for
    the rest of ``argv``, when they need no validator: each parameter a path (``Path``,
    ``Path | None``), a list of paths or a flag, with no callback, prompt or environment variable,
    the arguments given and nothing else. None when typer must read the line itself (a help
    option, an unknown or malformed option, a missing argument, another kind of parameter)."""
    import typer.main

    try:  # only this command is built (typer builds all of them: 30 ms)
        info = next(info for info in application.registered_commands
                    if (info.name or typer.main.get_command_name(info.callback.__name__)) == argv[0])
        command = typer.main.get_command_from_info(info, pretty_exceptions_short=application.pretty_exceptions_short,
                                                   rich_markup_mode=application.rich_markup_mode)
        parser = command.make_parser(command.context_class(command, info_name=argv[0]))
        values, rest, _ = parser.parse_args(args=list(argv[1:]))
    except Exception:  # noqa: BLE001 — typer reads it again and reports what is wrong
        return None
    params = {param.name: param for param in command.params}
    if rest or not set(values) <= set(params):
        return None
    given = [item for value in values.values() if not isinstance(value, bool)
             for item in (value if isinstance(value, tuple) else (value,))]
    # typer's path checks, with their defaults: an existing path must be readable; "" is refused
    if not all(isinstance(item, str) and item and (not os.path.exists(item) or os.access(item, os.R_OK))
               for item in given):
        return None
    arguments: dict[str, Any] = {}
    for name, param in params.items():
        annotation, info = param.type_descriptor.annotation, param.type_descriptor.parameter_info
        if param.callback is not None or param.envvar or getattr(param, "prompt", None) or not param.expose_value \
                or info.parser is not None or info.exists or info.resolve_path or info.writable \
                or not (info.file_okay and info.dir_okay and info.readable):
            return None
        value = values.get(name)
        if annotation == list[Path] and param.nargs == -1:
            if param.required and not value:
                return None
            arguments[name] = [Path(item) for item in value or ()]
        elif annotation is bool and getattr(param, "is_flag", False) and not getattr(param, "secondary_opts", None):
            arguments[name] = bool(value) if value is not None else bool(param.default)
        elif annotation is Path and param.nargs == 1 and not getattr(param, "multiple", False):
            value = value if value is not None else param.default
            if value is None and param.required:
                return None
            arguments[name] = None if value is None else Path(value)
        else:
            return None
    return arguments


app = _Nashr(
    name="nashr",
    help="Persian plain text → validated TEI P5 → HTML and PDF editions → deposit packages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
