"""``nashr build``: the whole main job for the edition in the current directory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import Exit, err, load_edition_or_exit


def build_command(
    root: Annotated[Path, typer.Option("--root", help="The edition's directory (holds edition.toml).")] = Path("."),
    sources: Annotated[str, typer.Option("--sources", help="Glob of the plain-text sources, relative to the root.")]
    = "seeds/*.txt",
    force: Annotated[bool, typer.Option("--force", help="Overwrite TEI files edited after conversion.")] = False,
) -> None:
    """Convert, validate and publish the whole edition: tei/texts/, site/ and pdf/.

    Exit 1 if a check failed (invalid TEI, lost characters), 2 if a source is unusable; every
    stage still runs on what it can.
    """
    # Every stage's libraries, and the progress bar: imported only when building (fast --help, validate).
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from nashr.pipeline import Layout, build

    edition = load_edition_or_exit(root / "edition.toml")
    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = build(Layout(root.resolve(), sources), edition, force=force, progress=progress)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    for problem in report.unusable + report.failed:
        err.print(f"[red]error:[/] {problem}")
    err.print(f"{len(report.tei)} TEI texts, {len(report.site)} site files, {len(report.pdf)} PDFs")
    if report.unusable:
        raise typer.Exit(Exit.UNUSABLE)
    raise typer.Exit(Exit.CHECK_FAILED if report.failed else Exit.DONE)
