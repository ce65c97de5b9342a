"""``nashr html``: TEI texts → the static HTML edition (a thin wrapper over :mod:`nashr.publish.html`)."""

from pathlib import Path
from typing import Annotated

import typer

from nashr.commands._common import EditionOption, Exit, Failures, err, error, load_config_or_exit, tei_inputs


def html(
    tei: Annotated[list[Path] | None, typer.Argument(
        help="TEI texts to publish (default: the edition's texts).")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Site folder (default: the edition's).")] = None,
    edition_path: EditionOption = Path("."),
    registers: Annotated[Path | None, typer.Option(
        "--registers",
        help="Folder of persons.xml, orgs.xml, places.xml (default: the edition's).")] = None,
    pdf_base: Annotated[str, typer.Option(
        "--pdf-base",
        help="Where the pages link to PDFs: a folder of the site or a URL; '' for no PDF links.")] = "pdf/",
    pdf_dir: Annotated[Path | None, typer.Option(
        "--pdf-dir",
        help="PDFs made by 'nashr pdf' to copy into the site's pdf/, those there (default: the edition's).")] = None,
    tei_base: Annotated[str, typer.Option(
        "--tei-base", help="Where the pages link to TEI files: a folder of the site (copies) or a URL.")] = "tei/",
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of the site's own words: fa or en (default: the edition's language).")] = None,
    search: Annotated[bool, typer.Option("--search/--no-search", help="Build the Pagefind search index.")] = True,
) -> None:
    """Publish TEI texts as a static right-to-left HTML site that stands alone (copy it to any web server).

    A page per text, an index, registers of persons, organisations and places, an about page, full-text search;
    the site holds copies of the TEI files and of the PDFs it links to. NAME.new.xml drafts are not published.

    Exit 2 if a text cannot be read or transformed (named, with its line where known); the others are still published.
    """
    # Saxon and Pagefind load in seconds: only when publishing, not for --help.
    from nashr.publish.html import SiteOptions, build_site
    from nashr.publish.transform import TransformError

    config = load_config_or_exit(edition_path)
    edition = config.edition
    if lang not in (None, "fa", "en"):
        error(f"--lang {lang!r}: use fa or en")
        raise typer.Exit(Exit.UNUSABLE)
    files = tei_inputs(tei, config)
    failures = Failures()
    output = output or config.layout.site

    pdfs = pdf_dir or config.layout.pdf
    options = SiteOptions(pdf_base=pdf_base, tei_base=tei_base, registers_dir=registers or config.layout.registers,
                          ui_lang=lang, search=search, pdf_dir=pdfs if pdf_base and "://" not in pdf_base else None)
    try:
        written = build_site(files, output, edition, options, on_error=failures)
    except TransformError as exc:
        error(str(exc))
        raise typer.Exit(Exit.UNUSABLE) from exc
    pages = sum(1 for p in written if p.suffix == ".html")
    err().print(f"{len(files) - len(failures.files)} texts → {output}/ ({pages} pages)")
    raise typer.Exit(Exit.UNUSABLE if failures.files else Exit.DONE)
