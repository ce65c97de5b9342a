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
    force: Annotated[bool, typer.Option("--force", help="Rebuild everything, not only what changed.")] = False,
    overwrite_edited: Annotated[bool, typer.Option(
        "--overwrite-edited", help="Overwrite TEI files edited after conversion (else NAME.new.xml).")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for the per-text work [default: the machine's cores].")
    ] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Run the per-text work on this Dask scheduler (tcp://host:8786); "
        "needs nashr[distributed] and the edition at the same path on every worker.")] = None,
    volume: Annotated[bool, typer.Option("--volume/--no-volume", help="Also print the whole edition's volume.")]
    = True,
    wait: Annotated[bool, typer.Option(
        "--wait/--no-wait", help="If another build of this edition runs, wait for it (else exit 2).")] = True,
) -> None:
    """Convert, validate and publish the whole edition: tei/texts/, site/ and pdf/.

    Only what changed since the last build is redone (by content: sources, registers,
    edition.toml, stylesheets, schemas, nashr itself). Exit 1 if a check failed (invalid TEI,
    lost characters), 2 if a source is unusable; every stage still runs on what it can.
    """
    # Every stage's libraries, and the progress bar: imported only when building (fast --help, validate).
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from nashr.pipeline import BuildOptions, Layout, build
    from nashr.runner.executor import SchedulerError
    from nashr.runner.lock import BuildLocked

    edition = load_edition_or_exit(root / "edition.toml")
    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        def waiting(pid: int | None) -> None:
            err.print(f"another nashr build{f' (process {pid})' if pid else ''} is running in {root}; waiting for it")

        options = BuildOptions(force=force, overwrite_edited=overwrite_edited, jobs=jobs, scheduler=scheduler,
                               volume=volume, wait=wait)
        try:
            report = build(Layout(root.resolve(), sources), edition, options, progress=progress, on_wait=waiting)
        except (BuildLocked, SchedulerError) as exc:
            err.print(f"[red]error:[/] {exc}", markup=True)
            raise typer.Exit(Exit.UNUSABLE) from exc
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    for problem in report.unusable + report.failed:
        err.print(f"[red]error:[/] {problem}")
    redone = ", ".join(f"{stage} {n}" for stage, n in report.redone.items() if n) or "nothing, all up to date"
    err.print(f"{len(report.tei)} TEI texts, {len(report.site)} site files, {len(report.pdf)} PDFs; redone: {redone}")
    if report.unusable:
        raise typer.Exit(Exit.UNUSABLE)
    raise typer.Exit(Exit.CHECK_FAILED if report.failed else Exit.DONE)
