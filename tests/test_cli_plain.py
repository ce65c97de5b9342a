"""``nashr convert`` read without typer's validators (nashr.cli.plain_arguments): the same
arguments as typer gives, or typer reads the line itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from nashr.cli import app, plain_arguments

ROOT = Path(__file__).resolve().parents[1]


def typer_arguments(argv: list[str]) -> dict[str, object]:
    """What typer passes to the command for ``argv`` (its parser and its validators)."""
    command = typer.main.get_command(app).commands[argv[0]]  # type: ignore[attr-defined]
    context = command.make_context(argv[0], list(argv[1:]))
    return {name: list(value) if isinstance(value, tuple) else value for name, value in context.params.items()}


@pytest.mark.parametrize("argv", [
    ["convert", "a.txt"],
    ["convert", "a.txt", "b.txt", "-o", "out", "--force"],
    ["convert", "--output=out", "a.txt", "--edition", "ed", "--registers", "regs", "--explain"],
    ["convert", "a.txt", "--", "-b.txt"],
    ["convert", "-o", "first", "a.txt", "-o", "second"],
])
def test_same_arguments_as_typer(argv: list[str]) -> None:
    arguments = plain_arguments(app, argv)
    assert arguments is not None
    assert arguments == typer_arguments(argv)
    assert all(isinstance(path, Path) for path in arguments["sources"])


@pytest.mark.parametrize("argv", [
    ["convert"],  # the sources are required: typer says so
    ["convert", "--help"],
    ["convert", "a.txt", "--bogus"],
    ["convert", "a.txt", "-o"],
    ["convert", ""],
    ["validate", "a.xml"],  # other commands: typer
])
def test_typer_reads_the_rest(argv: list[str]) -> None:
    assert plain_arguments(app, argv) is None


def test_convert_runs_without_pydantic(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("سلام بر دکتر محمد مصدق در تهران.\n", encoding="utf-8")
    script = ("import sys\nfrom nashr.cli import app\nsys.argv = ['nashr', *sys.argv[1:]]\n"
              "try:\n    app()\nexcept SystemExit as exc:\n    code = exc.code\n"
              "print(code, 'pydantic' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script, "convert", str(source), "-o", str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stderr.splitlines()[-1] == "0 False"
    assert (tmp_path / "out" / "one.xml").exists()
