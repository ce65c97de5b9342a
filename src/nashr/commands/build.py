"""``nashr build``: the whole main job for an edition."""

import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Annotated

import typer

from nashr.commands._common import EditionOption, Exit, err, error, load_config_or_exit, warning

if TYPE_CHECKING:
    from nashr.config import Config


def _left_out(config: "Config") -> list[Path]:
    """The files beside the edition's sources that ``[paths] sources`` leaves out (a Markdown page
    among ``*.txt`` sources, a file saved as ``.text``), without the sources' own companions
    (``catalog.csv``, ``NAME.roles.tsv``) and hidden files; none when the pattern's folder is a glob."""
    from nashr.convert.corrections import sidecar  # not the converter: a build with nothing to do loads no rules

    layout = config.layout
    folder = PurePosixPath(layout.paths.sources).parent
    if any(ch in str(folder) for ch in "*?["):
        return []
    chosen = set(layout.source_files())
    companions = {layout.root / folder / "catalog.csv", *(sidecar(source) for source in chosen)}  # converter.CATALOG
    try:
        beside = sorted((layout.root / folder).iterdir())
    except OSError:
        return []
    return [path for path in beside
            if path.is_file() and not path.name.startswith(".") and path not in chosen and path not in companions]


def _shown(message: str, root: Path) -> str:
    """``message`` with the edition's absolute folder (``root``, as the build reports it) written
    relative to the current folder, as the user named it: ``letters/sources/a.txt:3: …`` after
    ``nashr build --edition letters``, ``sources/a.txt:3: …`` inside it."""
    folder = os.path.relpath(root)
    return message.replace(f"{root}{os.sep}", "" if folder == "." else f"{folder}{os.sep}")


def build_command(
    edition_path: EditionOption = Path("."),
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
    edition_evidence: Annotated[bool | None, typer.Option(
        "--edition-evidence/--no-edition-evidence",
        help="Take lines that many of the edition's texts repeat at their top or bottom for the site's "
             "furniture and fields, and give a line the role a sidecar gives it on another page "
             "[default: edition.toml's [convert] edition_evidence, else on].")] = None,
) -> None:
    """Convert, validate and publish the whole edition: its TEI texts, site and PDFs, where
    edition.toml's [paths] say.

    Only what changed since the last build is redone (by content: sources, registers,
    edition.toml, stylesheets, schemas, nashr itself); the record is kept in .nashr/.
    Exit 1 if a check failed (invalid TEI, lost characters), 2 if a source is unusable or no
    source matches [paths] sources (every stage still runs on what it can), or if a register or
    a TEI text is not well-formed XML (the build stops, naming the file and line).
    """
    # Every stage's libraries, and the progress bar: imported only when building (fast --help, validate).
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from nashr.entities.registers import RegisterError
    from nashr.pipeline import BuildOptions, build
    from nashr.publish.pdf import PdfError
    from nashr.publish.transform import TransformError
    from nashr.runner.executor import SchedulerError
    from nashr.runner.lock import BuildLocked

    config = load_config_or_exit(edition_path)
    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err(), transient=False) as bar:
        tasks: dict[str, int] = {}
        last_report = [bar.get_time()]

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
                # The shared pages and the volume report once, when done: a stage's time counts
                # from the previous report, not from its own first one.
                next(task for task in bar.tasks if task.id == tasks[stage]).start_time = last_report[0]
            bar.update(tasks[stage], completed=done, total=total)
            last_report[0] = bar.get_time()

        def waiting(pid: int | None) -> None:
            err().print(f"another nashr build{f' (process {pid})' if pid else ''} is running in "
                      f"{config.layout.root}; waiting for it", markup=False)

        options = BuildOptions(force=force, overwrite_edited=overwrite_edited, jobs=jobs, scheduler=scheduler,
                               volume=volume, wait=wait, edition_evidence=edition_evidence)
        try:
            report = build(config, options, progress=progress, on_wait=waiting)
        except (BuildLocked, SchedulerError) as exc:
            error(str(exc))
            raise typer.Exit(Exit.UNUSABLE) from exc
        except (RegisterError, PdfError, TransformError) as exc:
            # a register or a hand-edited text that cannot be read (not well-formed, an xml:id used
            # twice) stops the stage that reads it whole: the file and line, not a traceback
            error(f"{exc}; the build stopped there (nashr validate names every problem of the TEI files)")
            raise typer.Exit(Exit.UNUSABLE) from exc
    root = Path(os.path.abspath(config.layout.root))  # as the build reports it
    for message in report.warnings:
        warning(_shown(message, root))
    for path in _left_out(config):
        warning(f"{path.relative_to(config.layout.root)}: not converted: it does not match [paths] sources = "
                f"{config.layout.paths.sources!r} in edition.toml")
    for problem in report.unusable + report.failed:
        error(_shown(problem, root))
    redone = ", ".join(f"{stage} {n}" for stage, n in report.redone.items() if n) or (
        "nothing" if report.unusable or report.failed else "nothing, all up to date")
    err().print(f"{len(report.tei)} TEI texts, {len(report.site)} site files, {len(report.pdf)} PDFs; redone: {redone}",
              markup=False)
    if report.unusable:
        raise typer.Exit(Exit.UNUSABLE)
    raise typer.Exit(Exit.CHECK_FAILED if report.failed else Exit.DONE)
