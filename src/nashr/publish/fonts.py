"""The Vazirmatn typeface of the HTML and PDF editions (SIL Open Font License 1.1).

nashr ships the font files it uses (``fonts/vazirmatn/`` of the repository, package data in an
installed nashr; see ``fonts/vazirmatn/README.md`` for their source and checksums), so nothing is
downloaded at set-up or run time. ``$NASHR_FONT_DIR`` may name another folder holding the same
file names, for example a newer Vazirmatn release.
"""

from __future__ import annotations

import os
from pathlib import Path

from nashr import resources

#: Environment variable that points at a directory holding ``Vazirmatn-*.ttf``.
FONT_DIR_ENV = "NASHR_FONT_DIR"
#: Files the PDF edition cannot do without.
REQUIRED_FONTS = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
#: The web font of the HTML edition (a variable font: every weight from 100 to 900).
WEB_FONT = "Vazirmatn-Variable.woff2"
LICENCE_FILE = "OFL.txt"


class FontError(RuntimeError):
    """The font is missing; the message names the folder and how to fix it."""


def font_dir() -> Path:
    """The directory holding Vazirmatn's files: ``$NASHR_FONT_DIR`` when set, else nashr's own copy.

    Raises:
        FontError: the directory lacks one of :data:`REQUIRED_FONTS`.
    """
    override = os.environ.get(FONT_DIR_ENV)
    directory = Path(override) if override else resources.folder("fonts") / "vazirmatn"
    missing = [name for name in REQUIRED_FONTS if not (directory / name).is_file()]
    if missing:
        source = f"${FONT_DIR_ENV}" if override else "nashr's installation"
        raise FontError(
            f"Vazirmatn font not found in {directory} ({source}; missing {', '.join(missing)}). "
            f"Set {FONT_DIR_ENV} to a directory holding {' and '.join(REQUIRED_FONTS)}"
            + ("." if override else ", or reinstall nashr.")
        )
    return directory
