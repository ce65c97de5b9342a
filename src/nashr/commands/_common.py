"""What every command shares: exit codes, the stderr console, reading edition.toml and the TEI inputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

import typer
from rich.console import Console

from nashr.config import ConfigError, Edition, load_edition


class Exit(IntEnum):
    """Exit codes of every nashr command."""

    DONE = 0  # done; every check passed
    CHECK_FAILED = 1  # a check failed (invalid TEI, a fidelity or pre-flight failure)
    UNUSABLE = 2  # unusable input or arguments


err = Console(stderr=True, highlight=False, soft_wrap=True)


def load_edition_or_exit(path: Path) -> Edition:
    """``edition.toml`` read, or the error printed and exit 2."""
    try:
        return load_edition(path)
    except ConfigError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc


def tei_inputs(given: list[Path] | None, default: Path = Path("tei/texts")) -> list[Path]:
    """The TEI files a publishing command works on: those given, else every ``default/*.xml``;
    exit 2 when there are none."""
    files = list(given) if given else sorted(default.glob("*.xml"))
    if not files:
        err.print(f"[red]error:[/] no TEI files given and none in {default}/")
        raise typer.Exit(Exit.UNUSABLE)
    return files


@dataclass
class Failures:
    """An ``on_error(path, message)`` handler for the stages: prints each and remembers the files."""

    files: list[Path] = field(default_factory=list)

    def __call__(self, path: Path, message: str) -> None:
        self.files.append(path)
        err.print(f"[red]error:[/] {message}")
