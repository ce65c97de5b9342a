"""nashr: Persian plain texts → validated TEI P5 → HTML and PDF editions → deposit packages.

The package mirrors the pipeline: :mod:`nashr.convert`, :mod:`nashr.entities`,
:mod:`nashr.validate`, :mod:`nashr.publish`, :mod:`nashr.deposit`; :mod:`nashr.pipeline` runs them
all. The names below are the small public API the ``nashr`` command is a thin layer over; they
are imported on first use, so ``import nashr`` stays fast (the recognisers load hazm, the PDF
stage WeasyPrint).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nashr.config import Edition, load_edition
    from nashr.convert.converter import convert_file
    from nashr.deposit.bag import check_bag, make_deposit
    from nashr.entities.tagger import Tagger
    from nashr.pipeline import build
    from nashr.publish.html import build_site
    from nashr.publish.pdf import render_pdfs
    from nashr.publish.volume import render_volume
    from nashr.validate.validator import Validator, validate_files

__version__ = "0.1.0"

_API = {
    "load_edition": "nashr.config",
    "Edition": "nashr.config",
    "convert_file": "nashr.convert.converter",
    "Tagger": "nashr.entities.tagger",
    "validate_files": "nashr.validate.validator",
    "Validator": "nashr.validate.validator",
    "build_site": "nashr.publish.html",
    "render_pdfs": "nashr.publish.pdf",
    "render_volume": "nashr.publish.volume",
    "make_deposit": "nashr.deposit.bag",
    "check_bag": "nashr.deposit.bag",
    "build": "nashr.pipeline",
}

__all__ = [
    "Edition", "Tagger", "Validator", "__version__", "build", "build_site", "check_bag", "convert_file",
    "load_edition", "make_deposit", "render_pdfs", "render_volume", "validate_files",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'nashr' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
