"""``nashr init``: a new edition folder, ready for its first ``nashr build``.

The folder gets ``edition.toml`` (the metadata given, and every path written out so the editor
sees what can be moved), an empty ``sources/`` folder, empty but valid registers, nashr's schema
files (the TEI will point to them) and a short README for the editor. Nothing that exists is
ever overwritten.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from nashr.config import CONFIG_NAME, DEFAULT_PATHS, Edition, Layout
from nashr.convert.schemas import install_schemas
from nashr.entities.registers import KINDS, write_register
from nashr.files import atomic_write

_README = """\
# {title}

A digital edition made with nashr (Persian plain text → TEI P5 → HTML and PDF → deposit).
ویرایشی دیجیتال که با نشر ساخته می‌شود: متن ساده‌ی فارسی ← TEI ← وب و PDF ← سپردن در مخزن.

1. Put the texts in `{sources}` as plain text (UTF-8, UTF-16 or Windows-1256), one file per text.
   Optionally, `{sources_dir}/catalog.csv` (columns `file,original_file,title,date,source,notes`)
   gives a title and a date to texts that do not state them.
2. `nashr build` converts them to TEI in `{tei}/`, validates them, and publishes the site in
   `{site}/` and the PDFs in `{pdf}/`. `nashr convert --explain FILE` shows why each line got
   its role.
3. Edit the TEI by hand where needed: nashr never overwrites a text you edited (it writes
   `NAME.new.xml` beside it instead).
4. Grow the registers in `{registers}/` (persons, organisations, places):
   `nashr entities suggest {tei}/*.xml` proposes entries; `nashr entities apply` re-tags the texts.
5. `nashr deposit` packages the edition as a BagIt bag with Dublin Core, DataCite, Zenodo and METS
   metadata in `{deposit}/`.

Settings (title, editors, licence, where each folder is) are in `edition.toml`.
"""


class EditionExists(FileExistsError):
    """The folder already holds an ``edition.toml``."""


def _toml(value: str) -> str:
    # A JSON string is a valid TOML basic string (TOML 1.0 §String: the same escapes).
    return json.dumps(value, ensure_ascii=False)


def edition_toml(edition: Edition) -> str:
    """The text of ``edition.toml`` for ``edition``, with the default ``[paths]`` written out."""
    lines = ["# The edition's settings: nashr reads them for every teiHeader, page, PDF and deposit.", "",
             "[edition]"]
    for field in fields(edition):
        value = getattr(edition, field.name)
        if field.name != "editors":  # an unset key is shown commented out, for the editor to fill
            lines.append(f"{field.name} = {_toml(value)}" if value else f"# {field.name} = \"\"")
    for editor in edition.editors:
        lines += ["", "[[edition.editors]]", f"name = {_toml(editor.name)}", f"role = {_toml(editor.role)}"]
    lines += ["", "# Where the edition's files are, relative to this folder.", "[paths]"]
    lines += [f"{field.name} = {_toml(getattr(DEFAULT_PATHS, field.name))}" for field in fields(DEFAULT_PATHS)]
    return "\n".join(lines) + "\n"


def create_edition(folder: Path, edition: Edition) -> list[Path]:
    """Make a new edition in ``folder`` (created if needed) with the default layout.

    Returns:
        The files written.
    Raises:
        EditionExists: ``folder/edition.toml`` exists (nothing is written).
        OSError: the folder cannot be written.
    """
    config = folder / CONFIG_NAME
    if config.exists():
        raise EditionExists(f"{config} exists; nashr init never overwrites an edition")
    layout = Layout(folder)
    paths = layout.paths
    for directory in (layout.root / Path(paths.sources).parent, layout.texts):
        directory.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in KINDS.values():
        register = layout.registers / spec.filename
        if not register.exists():
            write_register(register, spec.kind, [])
            written.append(register)
    written += install_schemas(layout.schema).written
    readme = folder / "README.md"
    if not readme.exists():
        atomic_write(readme, _README.format(
            title=edition.title, sources=paths.sources, sources_dir=Path(paths.sources).parent.as_posix(),
            tei=paths.tei, site=paths.site, pdf=paths.pdf, registers=paths.registers, deposit=paths.deposit,
        ).encode("utf-8"))
        written.append(readme)
    atomic_write(config, edition_toml(edition).encode("utf-8"))
    return [config, *written]
