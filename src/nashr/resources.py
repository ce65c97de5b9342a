"""Files nashr needs at run time: the XSLT stylesheets, the schemas and the fonts.

An installed nashr (a wheel) carries them as package data under ``nashr/resources/``
(``xslt/``, ``schema/``, ``fonts/``), found with :mod:`importlib.resources`. The repository keeps
one copy of each, in its top-level folders (``xslt/``, ``tei/schema/``, ``fonts/``); the wheel
maps them in (``[tool.hatch.build.targets.wheel.force-include]`` in ``pyproject.toml``), and a
source checkout (an editable install) reads them where they are.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

#: Resource folder → where the repository keeps it (relative to the checkout's root).
CHECKOUT_FOLDERS = {"xslt": "xslt", "schema": "tei/schema", "fonts": "fonts"}


class ResourceMissing(FileNotFoundError):
    """A resource folder is in neither the installed package nor a source checkout."""


@cache
def folder(name: str) -> Path:
    """The directory of one resource folder: ``"xslt"``, ``"schema"`` or ``"fonts"``.

    Raises:
        KeyError: ``name`` is not a resource folder.
        ResourceMissing: nashr is installed without its resources (a broken install).
    """
    checkout_relative = CHECKOUT_FOLDERS[name]
    packaged = Path(str(files("nashr"))) / "resources" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / checkout_relative
    if checkout.is_dir():
        return checkout
    raise ResourceMissing(f"nashr's {name} files are missing (looked in {packaged} and {checkout}); "
                          "reinstall nashr")
