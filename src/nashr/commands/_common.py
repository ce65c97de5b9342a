"""What every command shares: exit codes, the stderr console, reading edition.toml and the TEI inputs."""

import functools
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nashr.publish import publishable

if TYPE_CHECKING:
    from rich.console import Console

    from nashr.config import Config


class Exit(IntEnum):
    """Exit codes of every nashr command."""

    DONE = 0  # done; every check passed
    CHECK_FAILED = 1  # a check failed (invalid TEI, a fidelity or pre-flight failure)
    UNUSABLE = 2  # unusable input or arguments


@functools.cache
def err() -> "Console":
    """The rich console on stderr, for messages with markup. Made on first use: rich takes tens
    of milliseconds to load, and a plain ``nashr convert`` prints through :func:`note` only."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    """``text`` with rich markup escaped, to print it as written through :func:`err`."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def note(message: str) -> None:
    """Print ``message`` on stderr as written, a line of its own (no rich: see :func:`err`)."""
    typer.echo(message, err=True)


EditionOption = Annotated[Path, typer.Option(
    "--edition", help="The edition's folder, or its edition.toml (default: the current folder).")]


def error(message: str) -> None:
    """Print ``error: message`` on stderr; the message is printed as written (no rich markup)."""
    err().print(f"[red]error:[/] {escape(message)}")


def warning(message: str) -> None:
    """Print ``warning: message`` on stderr, as written."""
    err().print(f"[yellow]warning:[/] {escape(message)}")


def load_config_or_exit(path: Path) -> "Config":
    """The edition's settings (``edition.toml`` in the folder ``path``, or the file ``path``), or
    the error printed and exit 2."""
    # loaded here, not for --help: reading edition.toml loads msgspec (tens of ms)
    from nashr.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc


def tei_inputs(given: list[Path] | None, config: "Config") -> list[Path]:
    """The TEI files a publishing command works on: those given, else the edition's texts; never a
    ``NAME.new.xml`` (the kept new version beside a hand-edited text). Exit 2 when there are none."""
    if given:
        files = publishable(given)
        skipped = [path for path in given if path not in files]
        for path in skipped:
            warning(f"{path}: not published: a .new.xml file is nashr's proposed version of a text "
                    "a person edited; merge it into the text first")
    else:
        files = config.layout.text_files()
    if not files:
        error(f"no TEI files given and none in {config.layout.texts}/")
        raise typer.Exit(Exit.UNUSABLE)
    return files


@dataclass
class Failures:
    """An ``on_error(path, message)`` handler for the stages: prints each and remembers the files."""

    files: list[Path] = field(default_factory=list)

    def __call__(self, path: Path, message: str) -> None:
        self.files.append(path)
        error(message)
