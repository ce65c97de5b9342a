"""``nashr build``: the whole main job for an edition, stage after stage.

convert (the sources → the TEI folder) → validate (the texts and registers) → html (the site
folder) → pdf (the PDF folder), where ``edition.toml``'s ``[paths]`` say
(:class:`nashr.config.Layout`). Each stage is the same function its own command calls; this
module only runs them in order and collects what went wrong. A stage that fails does not stop the later ones
from running on what is there, so one bad source never hides the rest of the edition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nashr.config import Config
from nashr.convert.converter import FidelityError, SourceError, convert_file
from nashr.entities.tagger import Tagger
from nashr.publish.html import SiteOptions, build_site, copy_pdfs
from nashr.publish.pdf import VOLUME_NAME, render_pdfs, render_volume
from nashr.validate.reports import format_reports
from nashr.validate.validator import validate_files

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` after each unit of work."""


@dataclass(slots=True)
class BuildReport:
    """What a build did: files per stage, and messages naming the file of each problem.

    ``unusable`` lists sources that could not be read; ``failed`` lists checks that failed
    (invalid TEI, fidelity). The exit code of ``nashr build`` follows from them.
    """

    tei: list[Path] = field(default_factory=list)
    site: list[Path] = field(default_factory=list)
    pdf: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _quiet(stage: str, done: int, total: int) -> None:
    del stage, done, total


def build(config: Config, *, force: bool = False, progress: Progress = _quiet) -> BuildReport:
    """Run convert, validate, html and pdf for the edition ``config`` describes.

    With no source matching ``[paths].sources`` nothing is built and the report says so
    (``unusable``): an empty site and volume would hide a wrong glob.
    """
    report = BuildReport()
    layout, edition = config.layout, config.edition
    sources = layout.source_files()
    if not sources:
        report.unusable.append(f"no sources match {layout.paths.sources!r} in {layout.root.resolve()} "
                               "(set [paths] sources in edition.toml)")
        return report
    tagger = Tagger.from_registers(layout.registers)
    for i, path in enumerate(sources, start=1):
        try:
            done = convert_file(path, layout.texts, edition, tagger=tagger, force=force, schema_dir=layout.schema)
        except SourceError as exc:
            report.unusable.append(str(exc))
        except FidelityError as exc:
            report.failed.append(str(exc))
        else:
            report.tei.append(done.tei)
            report.warnings.extend(done.warnings)
        progress("convert", i, len(sources))

    to_check = report.tei + layout.register_files()
    for file_report in validate_files(to_check, schema="auto"):
        if not file_report.valid:
            report.failed.append(format_reports([file_report], "text").strip())
    progress("validate", len(to_check), len(to_check))

    unpublished: list[Path] = []

    def failed(path: Path, message: str) -> None:
        unpublished.append(path)
        report.failed.append(f"{path}: {message}")

    options = SiteOptions(registers_dir=layout.registers)
    report.site = build_site(report.tei, layout.site, edition, options, on_error=failed)
    progress("html", 1, 1)
    report.pdf = render_pdfs(report.tei, layout.pdf, edition, on_error=failed)
    progress("pdf", len(report.pdf), len(report.tei) + 1)
    if not unpublished:  # the volume holds every text, so only when each could be printed
        report.pdf.append(render_volume(report.tei, layout.pdf / VOLUME_NAME, edition))
    progress("pdf", len(report.tei) + 1, len(report.tei) + 1)
    report.site += copy_pdfs(layout.site, report.pdf)  # the site holds the PDFs it links to
    return report
