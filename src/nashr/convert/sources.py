"""Read a plain-text source: detect its encoding, drop a byte-order mark, split it into lines.

The decoded text is kept exactly as the source has it (no Unicode normalisation, no ي→ی, no
digit or space changes): normalisation is for analysis only (see ``nashr.entities.normalize``).

Encodings accepted, in the order tried:

1. a byte-order mark: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or BE (FE FF) — Unicode §23.8;
2. strict UTF-8 (RFC 3629);
3. charset-normalizer's best guess restricted to UTF-16 and Windows-1256 (the legacy Arabic-script
   code page), accepted only if the guess decodes to mostly Arabic-script text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from nashr.convert.xmlchars import first_unencodable

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
LEGACY_ENCODINGS = ("utf_16_le", "utf_16_be", "cp1256")
# Share of letters that must be Arabic-script (U+0600–U+06FF, U+0750–U+077F, U+FB50–U+FEFF)
# before a legacy-encoding guess is believed. Persian prose is over 90 % Arabic-script letters;
# a wrong code page on Persian bytes gives Latin-1 letters instead.
MIN_ARABIC_SCRIPT_SHARE = 0.5


class SourceError(ValueError):
    """A source cannot be used. ``str()`` is one line naming the file (and line and column, when
    known: ``file:line:column: message``)."""

    def __init__(self, path: Path, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path = path
        self.line = line
        self.column = column
        where = f"{path}:{line}" if line else str(path)
        where += f":{column}" if line and column else ""
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded plain-text source.

    Attributes:
        path: where it was read from.
        data: the file's bytes, unchanged (for checksums).
        encoding: the codec it was decoded with (Python codec name).
        bom: True if a byte-order mark was removed.
        text: the decoded text without the BOM, otherwise unchanged.
    """

    path: Path
    data: bytes
    encoding: str
    bom: bool
    text: str

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the file's bytes."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def lines(self) -> list[str]:
        """The text split at line boundaries (LF, CRLF, CR; ``str.splitlines`` rules), 1-based
        line ``n`` being ``lines[n - 1]``."""
        return self.text.splitlines()


def _is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _check_controls(path: Path, text: str) -> None:
    bad = first_unencodable(text)
    if bad is not None:
        raise SourceError(path, bad.reason, bad.line, bad.column)


def _decode_legacy(path: Path, data: bytes) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise SourceError(path, "not text in UTF-8, UTF-16 or Windows-1256")
    text = str(best)
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(map(_is_arabic_script, letters)) / len(letters) < MIN_ARABIC_SCRIPT_SHARE:
        raise SourceError(
            path, f"not UTF-8, and as {best.encoding} it is not Arabic-script text; convert it to UTF-8"
        )
    return text, best.encoding


def read_source(path: Path) -> Source:
    """Read and decode one plain-text source.

    Raises:
        SourceError: the file does not exist or cannot be read, is empty (or whitespace only), is
            binary or holds a character XML cannot carry (:mod:`nashr.convert.xmlchars`), or is in
            none of the accepted encodings. The message names the file.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise SourceError(path, "is a directory, not a text file") from exc
    except OSError as exc:
        raise SourceError(path, f"cannot be read: {exc.strerror}") from exc
    if not data:
        raise SourceError(path, "empty file")
    bom = False
    for mark, codec in BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    path, f"starts with a {codec} byte-order mark but is not {codec}: {exc.reason}",
                    _line_of(data, exc.start),
                ) from exc
            encoding, bom = codec, True
            break
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(path, data)
    _check_controls(path, text)
    if not text.strip():
        raise SourceError(path, "no text (only whitespace)")
    return Source(path=path, data=data, encoding=encoding, bom=bom, text=text)
