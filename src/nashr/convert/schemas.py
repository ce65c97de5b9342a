"""The schema files an edition's TEI points to: nashr's customisation, copied into the edition.

Every converted text declares ``nashr.rng`` and ``nashr.sch`` by a relative URI (its
``<?xml-model?>`` processing instructions), so that oXygen, jing and ``nashr validate --schema auto``
find them wherever the edition folder is copied. tei_all is declared by the TEI Consortium's URL,
which ``nashr validate`` maps to the copy nashr ships.
"""

from __future__ import annotations

from pathlib import Path

from nashr.files import atomic_write
from nashr.validate.schemas import NASHR_SCHEMA_DIR

#: nashr's schema files an edition holds: the grammar and rules its texts point to, and the ODD
#: that documents them.
EDITION_SCHEMAS = ("nashr.rng", "nashr.sch", "nashr.odd")


def install_schemas(schema_dir: Path) -> list[Path]:
    """Copy each of :data:`EDITION_SCHEMAS` that ``schema_dir`` lacks from nashr's own copy.

    A file already there is left alone (the editor may have customised it, or it is the same).

    Returns:
        The files written.
    Raises:
        OSError: ``schema_dir`` cannot be created or written.
    """
    written = []
    for name in EDITION_SCHEMAS:
        target = schema_dir / name
        if not target.exists():
            atomic_write(target, (NASHR_SCHEMA_DIR / name).read_bytes())
            written.append(target)
    return written
