"""``nashr pdf``: TEI texts → PDF/A-3b, one per text and the volume (a thin wrapper over :mod:`nashr.publish.pdf`)."""

from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import EditionOption, Exit, Failures, err, error, load_config_or_exit, tei_inputs
from nashr.publish import VOLUME_NAME


def pdf(
    tei: Annotated[
        list[Path] | None, typer.Argument(help="TEI texts to print (default: the edition's texts).")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="PDF folder (default: the edition's).")] = None,
    edition_path: EditionOption = Path("."),
    volume: Annotated[
        bool, typer.Option("--volume/--no-volume", help=f"Also print the whole edition as {VOLUME_NAME}.")
    ] = True,
    jobs: Annotated[
        int | None,
        typer.Option("-j", "--jobs", min=1, help="Worker processes for the per-text PDFs (default: by batch size)."),
    ] = None,
) -> None:
    """Print TEI texts as PDF/A-3b: one PDF per text and a volume of all of them.

    Right to left in Vazirmatn, Persian page numbers, footnotes for corrections and notes, the
    TEI source attached. The volume adds a title page, contents, an index of names and a colophon.

    Exit 2 if a text cannot be read or transformed (named with its line where known), if
    edition.toml is unusable or if the Vazirmatn font is missing. The other texts are still
    printed; the volume only when every text could be read.
    """
    # WeasyPrint and Saxon load in seconds: only when printing, not for --help.
    from nashr.publish.fonts import FontError
    from nashr.publish.pdf import PdfError, render_pdfs
    from nashr.publish.volume import render_volume

    config = load_config_or_exit(edition_path)
    edition = config.edition
    files = tei_inputs(tei, config)
    failures = Failures()
    output = output or config.layout.pdf

    try:
        written = render_pdfs(files, output, edition, jobs=jobs, on_error=failures)
        if volume and not failures.files:
            written.append(render_volume(files, output / VOLUME_NAME, edition))
    except (FontError, PdfError) as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc
    err().print(f"{len(written)} PDFs → {output}/")
    raise typer.Exit(Exit.UNUSABLE if failures.files else Exit.DONE)
