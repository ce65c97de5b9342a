"""``nashr pdf``: TEI texts → PDF/A-3b, one per text and the volume (a thin wrapper over :mod:`nashr.pdf`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import Exit, err
from nashr.config import ConfigError, load_edition
from nashr.fonts import FontError
from nashr.pdf import VOLUME_NAME, PdfError, render_pdfs, render_volume


def pdf(
    tei: Annotated[
        list[Path] | None, typer.Argument(help="TEI texts to print (default: every tei/texts/*.xml).")
    ] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="PDF folder.")] = Path("pdf"),
    edition_file: Annotated[Path, typer.Option("--edition", help="Edition metadata file.")] = Path("edition.toml"),
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
    try:
        edition = load_edition(edition_file)
    except ConfigError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    files = list(tei) if tei else sorted(Path("tei/texts").glob("*.xml"))
    if not files:
        err.print("[red]error:[/] no TEI files given and none in tei/texts/")
        raise typer.Exit(Exit.UNUSABLE)
    failed: list[Path] = []

    def report(path: Path, message: str) -> None:
        failed.append(path)
        err.print(f"[red]error:[/] {message}")

    try:
        written = render_pdfs(files, output, edition, jobs=jobs, on_error=report)
        if volume and not failed:
            written.append(render_volume(files, output / VOLUME_NAME, edition))
    except (FontError, PdfError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(Exit.UNUSABLE) from exc
    err.print(f"{len(written)} PDFs → {output}/")
    raise typer.Exit(Exit.UNUSABLE if failed else Exit.DONE)
