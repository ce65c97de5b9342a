"""The publish stages: TEI → the static HTML edition and the PDF edition.

``transform`` (one Saxon processor, stylesheets compiled once), ``html`` (the site and its
search index), ``pdf`` (WeasyPrint: a PDF/A-3b per text and the volume), ``fonts`` (Vazirmatn).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

VOLUME_NAME = "volume.pdf"
"""The PDF of the whole edition, beside the texts' PDFs."""
NEW_VERSION_SUFFIX = ".new.xml"
"""``NAME.new.xml``: the new version ``nashr convert`` keeps beside a hand-edited ``NAME.xml``
(:func:`nashr.convert.tei.write_tei`); a draft for the editor, never published."""


def publishable(tei_files: Iterable[Path]) -> list[Path]:
    """The TEI files to publish: ``tei_files`` in their order, without ``*.new.xml`` drafts."""
    return [path for path in tei_files if not path.name.endswith(NEW_VERSION_SUFFIX)]
