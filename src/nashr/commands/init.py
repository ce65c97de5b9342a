"""``nashr init``: start a new edition (a thin wrapper over :mod:`nashr.scaffold`)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import Exit, err, error, escape

QUESTIONS = {"title": "Title (Persian)", "publisher": "Publisher",
             "date": "Date of the edition (YYYY-MM-DD, YYYY-MM or YYYY)", "title_en": "Title (English)",
             "licence": "Licence", "description": "Description",
             "contact": "Contact e-mail", "base_url": "Web address where the site will live (https://…)"}
"""What ``nashr init`` asks, in a terminal, for each value not given as an option."""
DEFAULTS = {"title_en": "", "licence": "CC BY 4.0", "description": "", "contact": "", "base_url": ""}
"""The values that have a default; the others (title, publisher, date) are required."""


def init(
    folder: Annotated[Path, typer.Argument(help="The new edition's folder (created if missing).")],
    title: Annotated[str | None, typer.Option(help="The edition's title, in Persian. Required.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who publishes the edition. Required.")] = None,
    date: Annotated[str | None, typer.Option(
        help="The edition's date, ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY, Gregorian; a year or month "
        "stamps outputs with its first day). Required.")] = None,
    title_en: Annotated[str | None, typer.Option(
        "--title-en", help="The title in English (for repositories).")] = None,
    editor: Annotated[list[str] | None, typer.Option(
        "--editor", help="An editor's name (repeat for several).")] = None,
    licence: Annotated[str | None, typer.Option(
        help="An SPDX identifier, a Creative Commons name or a URL; CC BY 4.0 if not given.")] = None,
    description: Annotated[str | None, typer.Option(
        help="One or two sentences on the edition (repositories require it).")] = None,
    contact: Annotated[str | None, typer.Option(
        help="An e-mail address for the edition (repositories require it).")] = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", help="Where the site will live, an http(s) URL (repositories require it: "
        "DataCite's identifier).")] = None,
    language: Annotated[str, typer.Option(help="The texts' language (ISO 639-1).")] = "fa",
) -> None:
    """Start a new edition in FOLDER: edition.toml, sources/, empty registers, the schema files
    the TEI will point to, and a README for the editor. In a terminal, asks for what is not given
    as an option; in a script (input not a terminal), `--title`, `--publisher` and `--date` are
    required and the rest take their defaults.

    Exit 2 if FOLDER already holds an edition.toml (nothing is overwritten), a required value is
    missing or a value is wrong.
    """
    from nashr.config import Edition, Editor
    from nashr.scaffold import EditionExists, create_edition

    given = {"title": title, "publisher": publisher, "date": date, "title_en": title_en, "licence": licence,
             "description": description, "contact": contact, "base_url": base_url}
    interactive = sys.stdin.isatty()
    missing = [name for name, value in given.items() if value is None and name not in DEFAULTS]
    if missing and not interactive:
        error("missing " + ", ".join("--" + name for name in missing)
              + " (nashr init asks for them only in a terminal)")
        raise typer.Exit(Exit.UNUSABLE)
    for name, value in given.items():
        if value is None:
            given[name] = typer.prompt(QUESTIONS[name], default=DEFAULTS.get(name)) if interactive else DEFAULTS[name]
    if editor is None and interactive:
        names = typer.prompt("Editors (comma-separated)", default="", show_default=False)
        editor = [name.strip() for name in names.split(",") if name.strip()]
    try:
        edition = Edition(**given, language=language, editors=tuple(Editor(name) for name in editor or ()))
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
