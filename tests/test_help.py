"""`nashr … --help` as a user reads it: every word of the help text shown, paragraphs reflowed.

Help texts name things in square and angle brackets (``[paths]``, ``nashr[distributed]``,
``<?xml-model?>``) that a markup mode can swallow: Rich markup took ``[paths]`` for a style tag,
Markdown takes ``<?xml-model?>`` for raw HTML unless it is code.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from nashr.cli import app


def help_text(*command: str, width: int = 80) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.output


def words(text: str) -> str:
    """The text without spaces and the box drawing around panels: wrapping does not change it."""
    return re.sub(r"[\s│╭╮╰╯─]", "", text)


@pytest.mark.parametrize(("command", "literal"), [
    (("build",), "edition.toml's [paths] say"),
    (("build",), "needs nashr[distributed]"),
    (("build",), "[default: the machine's cores]"),
    (("deposit",), "the edition's [paths] deposit"),
    (("validate",), "auto (every <?xml-model?> PI of each file"),
    (("schema", "fetch"), "so <?xml-model?> PIs naming it resolve offline"),
])
def test_bracketed_words_are_shown(command: tuple[str, ...], literal: str) -> None:
    assert words(literal) in words(help_text(*command, width=200))


def test_paragraphs_are_reflowed_to_the_terminal() -> None:
    # The docstring's second paragraph breaks its lines after «(missing,» and «is missing»; at 120
    # columns, reflowed, the words after each break go on on the same line.
    lines = help_text("validate", width=120).splitlines()
    line = next(line for line in lines if "cannot be read" in line)
    assert "(missing, binary, not well-formed XML" in line, line
