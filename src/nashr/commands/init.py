"""``nashr init``: start a new edition (a thin wrapper over :mod:`nashr.scaffold`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import Exit, err, error, escape
from nashr.config import Edition, Editor


def init(
    folder: Annotated[Path, typer.Argument(help="The new edition's folder (created if missing).")],
    title: Annotated[str, typer.Option(help="The edition's title, in Persian.", prompt="Title (Persian)")],
    publisher: Annotated[str, typer.Option(help="Who publishes the edition.", prompt="Publisher")],
    date: Annotated[str, typer.Option(
        help="The edition's date, ISO 8601 (YYYY-MM-DD, Gregorian).", prompt="Date of the edition (YYYY-MM-DD)")],
    title_en: Annotated[str, typer.Option(
        "--title-en", help="The title in English (for repositories).", prompt="Title (English)")] = "",
    editor: Annotated[list[str] | None, typer.Option(
        "--editor", help="An editor's name (repeat for several).")] = None,
    licence: Annotated[str, typer.Option(
        help="An SPDX identifier, a Creative Commons name or a URL.", prompt="Licence")] = "CC BY 4.0",
    description: Annotated[str, typer.Option(
        help="One or two sentences on the edition (repositories require it).", prompt="Description")] = "",
    contact: Annotated[str, typer.Option(
        help="An e-mail address for the edition (repositories require it).", prompt="Contact e-mail")] = "",
    language: Annotated[str, typer.Option(help="The texts' language (ISO 639-1).")] = "fa",
) -> None:
    """Start a new edition in FOLDER: edition.toml, sources/, empty registers, the schema files
    the TEI will point to, and a README for the editor. Asks for what is not given as an option.

    Exit 2 if FOLDER already holds an edition.toml (nothing is overwritten) or a value is wrong.
    """
    from nashr.scaffold import EditionExists, create_edition

    if editor is None and sys.stdin.isatty():
        names = typer.prompt("Editors (comma-separated)", default="", show_default=False)
        editor = [name.strip() for name in names.split(",") if name.strip()]
    try:
        edition = Edition(title=title, title_en=title_en, publisher=publisher, date=date, licence=licence,
                          description=description, contact=contact, language=language,
                          editors=tuple(Editor(name) for name in editor or ()))
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc
    try:
        written = create_edition(folder, edition)
    except (EditionExists, OSError) as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc
    for path in written:
        err().print(escape(f"  {path}"))
    err().print(escape(f"A new edition in {folder}/: put the texts in {folder}/sources/, then run "
                     f"'nashr build --edition {folder}'."))
