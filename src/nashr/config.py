"""Edition-wide metadata from ``edition.toml`` (read with :mod:`tomllib`).

The file has one ``[edition]`` table and ``[[edition.editors]]`` entries; see the project's
``edition.toml`` for a commented example. The build date is never the clock: it is
``SOURCE_DATE_EPOCH`` (the reproducible-builds.org convention) when set, else ``[edition].date``.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LICENCE = "CC BY 4.0"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


class ConfigError(ValueError):
    """``edition.toml`` is missing, unreadable or lacks a required key (message names the file)."""


@dataclass(frozen=True, slots=True)
class Editor:
    """A person or body responsible for the edition: ``name`` and ``role`` (free text)."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Edition:
    """The edition's metadata, as written in ``edition.toml``.

    ``date`` is the edition's publication date (ISO 8601 ``YYYY-MM-DD``), see :func:`build_date`.
    """

    title: str
    title_en: str
    description: str
    publisher: str
    licence: str
    licence_url: str
    base_url: str
    contact: str
    date: str
    language: str
    editors: tuple[Editor, ...]


REQUIRED = ("title", "publisher", "date")


def load_edition(path: Path = Path("edition.toml")) -> Edition:
    """Read ``edition.toml``.

    Raises:
        ConfigError: the file does not exist, is not valid TOML, or lacks ``title``,
            ``publisher`` or ``date`` in ``[edition]``, or ``date`` is not ``YYYY-MM-DD``.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: edition file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    table = data.get("edition")
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: no [edition] table")
    missing = [key for key in REQUIRED if not table.get(key)]
    if missing:
        raise ConfigError(f"{path}: [edition] lacks {', '.join(missing)}")
    try:
        dt.date.fromisoformat(str(table["date"]))
    except ValueError as exc:
        raise ConfigError(f"{path}: [edition] date {table['date']!r} is not YYYY-MM-DD") from exc
    editors = tuple(
        Editor(name=str(e["name"]), role=str(e.get("role", "editor")))
        for e in table.get("editors", [])
    )
    return Edition(
        title=str(table["title"]),
        title_en=str(table.get("title_en", "")),
        description=str(table.get("description", "")),
        publisher=str(table["publisher"]),
        licence=str(table.get("licence", DEFAULT_LICENCE)),
        licence_url=str(table.get("licence_url", DEFAULT_LICENCE_URL)),
        base_url=str(table.get("base_url", "")),
        contact=str(table.get("contact", "")),
        date=str(table["date"]),
        language=str(table.get("language", "fa")),
        editors=editors,
    )


def build_date(edition: Edition) -> dt.date:
    """The date stamped on outputs: ``SOURCE_DATE_EPOCH`` (UTC) if set, else ``edition.date``.

    Raises:
        ConfigError: ``SOURCE_DATE_EPOCH`` is set but is not an integer.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except ValueError as exc:
            raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not an integer") from exc
    return dt.date.fromisoformat(edition.date)
