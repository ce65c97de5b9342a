"""``nashr deposit``: the edition as a BagIt bag (a thin wrapper over :mod:`nashr.deposit.bag`)."""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from nashr.commands._common import EditionOption, Exit, err, error, escape, load_config_or_exit

if TYPE_CHECKING:
    from nashr.deposit.preflight import Problem


def _report(problems: Sequence["Problem"]) -> None:
    """Each problem with its fix; one problem of several files (every text without a creator when
    edition.toml names no editor) once, its files listed under it, in the order found."""
    files: dict[tuple[str, str], list[str]] = {}
    for problem in problems:
        files.setdefault((problem.message, problem.fix), []).append(problem.file)
    for (message, fix), names in files.items():
        if len(names) == 1:
            err().print(f"[red]✗[/] {escape(names[0])}: {escape(message)}")
        else:
            err().print(f"[red]✗[/] {len(names)} files: {escape(message)}\n"
                        + "\n".join(f"    {escape(name)}" for name in names))
        err().print(f"  [dim]fix:[/] {escape(fix)}")
    err().print(f"[red]{len(problems)} problem(s)[/]")


def deposit(
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Directory of the bag to write (default: the edition's [paths] deposit).")] = None,
    check: Annotated[Path | None, typer.Option(
        "--check", help="Validate an existing bag instead of writing one, and say what is wrong.")] = None,
    edition_path: EditionOption = Path("."),
) -> None:
    """Package the edition for a repository: a BagIt bag (SHA-256 and SHA-512 manifests) of the
    TEI texts, registers, schemas, HTML site and PDFs, with Dublin Core, DataCite, Zenodo and
    METS metadata and a teiCorpus of all texts.

    Pre-flight checks run first (XML declaration and schema declaration, validity, no BOM, ASCII
    file names, no duplicate files, PDF/A, licence and creators); any problem stops the deposit
    with the full list and nothing is written. Exit 1 on problems, 2 on unusable arguments.
    """
    # Bagging reads PDFs (pypdf) and runs XSLT: import only when depositing, not for --help.
    from nashr.deposit.bag import DepositError, check_bag, make_deposit
    from nashr.publish.transform import TransformError

    if check is not None:
        if not check.is_dir():
            error(f"{check}: not a directory (give the bag's directory)")
            raise typer.Exit(Exit.UNUSABLE)
        problems = check_bag(check)
        if problems:
            _report(problems)
            raise typer.Exit(Exit.CHECK_FAILED)
        err().print(f"[green]✓[/] {escape(str(check))} is a valid bag")
        raise typer.Exit(Exit.DONE)
    config = load_config_or_exit(edition_path)
    layout = config.layout
    try:
        written = make_deposit(layout.root, output or layout.deposit, config.edition, paths=layout.paths)
    except DepositError as exc:
        _report(exc.problems)
        err().print("Nothing was written.")
        raise typer.Exit(Exit.CHECK_FAILED) from exc
    except TransformError as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc
    err().print(f"[green]✓[/] bag written and validated: {escape(str(written))}")
