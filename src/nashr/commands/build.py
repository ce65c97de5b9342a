"""``nashr build``: the whole main job for an edition."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import EditionOption, Exit, err, error, load_config_or_exit, warning


def build_command(
    edition_path: EditionOption = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite TEI files edited after conversion.")] = False,
) -> None:
    """Convert, validate and publish the whole edition: its TEI texts, site and PDFs, where
    edition.toml's [paths] say.

    Exit 1 if a check failed (invalid TEI, lost characters), 2 if a source is unusable or no
    source matches [paths] sources; every stage still runs on what it can.
    """
    # Every stage's libraries, and the progress bar: imported only when building (fast --help, validate).
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from nashr.pipeline import build

    config = load_config_or_exit(edition_path)
    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = build(config, force=force, progress=progress)
    for message in report.warnings:
        warning(message)
    for problem in report.unusable + report.failed:
        error(problem)
    err.print(f"{len(report.tei)} TEI texts, {len(report.site)} site files, {len(report.pdf)} PDFs")
    if report.unusable:
        raise typer.Exit(Exit.UNUSABLE)
    raise typer.Exit(Exit.CHECK_FAILED if report.failed else Exit.DONE)
