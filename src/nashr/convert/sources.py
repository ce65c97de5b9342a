"""Read a plain-text source: detect its encoding, drop a byte-order mark, split it into lines.

The decoded text is kept exactly as the source has it (no Unicode normalisation, no ي→ی, no
digit or space changes): normalisation is for analysis only (see ``nashr.entities.normalize``).

Encodings accepted, in the order tried:

1. a byte-order mark: UTF-8 (EF BB BF), UTF-32 LE (FF FE 00 00) or BE (00 00 FE FF), UTF-16 LE
   (FF FE) or BE (FE FF) — Unicode §23.8;
2. strict UTF-8 (RFC 3629); UTF-8 that was read once as Windows-1252 (or Latin-1) and saved as
   UTF-8 again («Ø³Ù„Ø§Ù…» for «سلام», mojibake) is decoded twice, and says so
   (:attr:`Source.repaired`);
3. UTF-16 LE, UTF-16 BE without a mark, Windows-1256 (the legacy Arabic-script code page, in
   which Persian files circulate with ZWNJ as byte 0x9D and Arabic ي/ك, as that code page has no
   Persian ی) and ISO-8859-6 (the Arabic code page of Unix and e-mail): each that decodes is
   judged by what the decoded text looks like — the share of its non-ASCII letters that are
   Arabic-script (:func:`arabic_script_share`), less its share of control characters, plus a
   little for the share of its words that are the commonest of Persian and Arabic
   (``COMMON_WORDS``: Windows-1256 and ISO-8859-6 give Arabic letters for each other's, other
   letters) — and the best is taken if that is at least ``MIN_ARABIC_SCRIPT_SHARE``.
   A byte-statistics guess (charset-normalizer and the like) is not used: on short texts and
   texts with ZWNJ it refuses Persian Windows-1256.

A file that is not UTF-8 but whose lines are each either UTF-8 or in one legacy code page (texts
of two encodings joined into one file: ``cat old.txt new.txt``) has each line decoded in its own
encoding, and says which lines were legacy (:attr:`Source.repaired`); a line that is UTF-8 but for
a bad byte is no legacy line, and the file is refused with that line's number.

Strict UTF-8 that holds control characters is tried as in 3 first: UTF-16 without a mark of
letters below U+0680 (Arabic ي/ك and most Persian letters; ASCII) is all bytes below 0x80, which
UTF-8 reads as ASCII with a control character (U+0006, U+0000) after every letter.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from nashr.convert.fidelity import non_whitespace
from nashr.convert.xmlchars import Unencodable, encoded_at, first_refused, located, stand_in

BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 LE's mark starts with UTF-16 LE's: tried first
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
LEGACY_ENCODINGS = ("utf-16-le", "utf-16-be", "cp1256", "iso8859-6")
# The names the IANA character-set registry gives the encodings nashr reads (as Python calls them).
IANA_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE",
              "utf-32-be": "UTF-32BE", "cp1256": "windows-1256", "iso8859-6": "ISO-8859-6"}
# The commonest words of Persian and Arabic prose (Bijankhan's and the Quranic Arabic Corpus's most
# frequent tokens): a code page that gives Arabic letters for the wrong ones gives few of them.
COMMON_WORDS = frozenset("و در به از که را این با است می آن یک برای تا بر هم نیز شد کرد "
                         "في من على إلى الى عن ما لا هذا التي الذي كان ان أن قال".split())
COMMON_WORDS_WEIGHT = 0.2
MOJIBAKE = ("UTF-8 that had been read as Windows-1252 and saved as UTF-8 again (mojibake, «Ø³Ù„Ø§Ù…» for «سلام»): "
            "decoded twice")
# Share of non-ASCII letters that must be Arabic-script (U+0600–U+06FF, U+0750–U+077F,
# U+FB50–U+FEFF) before a legacy-encoding guess is believed. A Persian text's letters beyond ASCII
# are Arabic-script, whatever share of Latin words (Markdown, URLs, code) it has; a wrong code
# page on Persian bytes gives Latin-1 letters instead, and UTF-16 read in the wrong byte order
# CJK ideographs and other letters of no script the text could be in.
MIN_ARABIC_SCRIPT_SHARE = 0.5
# Share of non-ASCII characters that must decode as UTF-8 for a file with a few bad bytes to be
# reported as broken UTF-8 rather than read in a legacy code page.
MIN_UTF8_SHARE = 0.9
# Control characters (Unicode category Cc: U+0000–001F, U+007F–009F) other than TAB, LF, VT,
# FF and CR are not written by editors: where a wrong code page shows many, that code page is wrong.
LINE_BREAK = re.compile("\r\n|\r|\n")
BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Documents people take for text files, by the signature their format specifies for its first
# bytes (PDF: ISO 32000-1 §7.5.2; ZIP, the container of .docx/.odt/.epub: APPNOTE 4.3.7; OLE2,
# the old .doc/.xls: MS-CFB §2.2; RTF 1.9.1: «{\rtf»), and what to do instead.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document, not plain text: extract its text first (for example with poppler's "
     "`pdftotext FILE.pdf FILE.txt`) and convert the .txt"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub document is one), not plain text: save it as "
     "plain text (UTF-8) and convert that"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc), not plain text: save it "
     "as plain text (UTF-8) and convert that"),
    (b"{\\rtf", "an RTF document, not plain text: save it as plain text (UTF-8) and convert that"),
)
# A text may hold a few control characters (pdftotext writes a NUL where a PDF's font maps a glyph
# to nothing: 9 NULs in 980 bytes of a Persian slide deck, under 2 % of its characters), which nashr encodes
# (:mod:`nashr.convert.xmlchars`); binary data has many (random bytes read in a code page: 1 byte
# in 8 is a C0 control) and few letters. Shares of the non-whitespace characters but the format
# characters (Unicode general category Cf: the bidi embeddings U+202A–U+202E that pdftotext writes
# around each run of a layer, 30 % of a `-raw` layer's characters; ZWNJ), which carry no data.
MAX_CONTROL_SHARE = 0.05
MIN_LETTER_SHARE = 0.5
NOT_LETTER = re.compile(r"[\W\d_]")
# Markup at a text's start (after a byte-order mark and white space): XML (TEI made elsewhere
# among it) or an HTML page, which nashr convert would take for words.
MARKUP_START = re.compile(r"\s*(<\?xml\b|<TEI\b|<teiCorpus\b|<!DOCTYPE\s+html\b|<html\b)", re.IGNORECASE)


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
        repaired: how the bytes were decoded when once was not enough (mojibake), in words for
            the teiHeader and the user; empty otherwise.
    """

    path: Path
    data: bytes
    encoding: str
    bom: bool
    text: str
    repaired: str = ""

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the file's bytes."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def encoded(self) -> list[Unencodable]:
        """The control characters the TEI encodes as ``g`` (:mod:`nashr.convert.xmlchars`), in
        order, with their lines and columns; [] for most texts."""
        return located(self.text, encoded_at(self.text))

    @property
    def lines(self) -> list[str]:
        """The text split at its line breaks (CRLF, LF or CR; a CRLF is one break), 1-based line
        ``n`` being ``lines[n - 1]``, with a noncharacter standing in for each control character
        the TEI encodes (:func:`nashr.convert.xmlchars.stand_in`: one code point for one, so
        columns are the source's). Other characters ``str.splitlines`` would break at (form
        feed, which PDF extraction writes between pages; U+2028; …) stay inside lines. A text without CR
        is split at LF by ``str.split`` (the same lines, in C: 690 → 33 µs for 39 KB)."""
        text = stand_in(self.text).removesuffix("\r\n").removesuffix("\n").removesuffix("\r")
        return LINE_BREAK.split(text) if "\r" in text else text.split("\n")


def _is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _check_controls(path: Path, text: str) -> None:
    """Refuse a text holding a lone surrogate or a noncharacter, or whose control characters say
    it is binary data (:func:`reads_as_text`), naming the first such character's line and column."""
    if (bad := first_refused(text)) is not None:
        raise SourceError(path, bad.reason, bad.line, bad.column)
    controls = list(encoded_at(text))
    if controls and not reads_as_text(text, len(controls)):
        first = Unencodable.at(text, controls[0])
        raise SourceError(path, f"{first.reason} ({len(controls)} control characters among "
                          f"{len(non_whitespace(text))} non-space characters)", first.line, first.column)


def reads_as_text(text: str, controls: int) -> bool:
    """True when ``text``, holding ``controls`` control characters to encode, is a text with a few
    of them rather than binary data: they are at most ``MAX_CONTROL_SHARE`` of its non-whitespace
    characters, and letters (``str.isalpha``) at least ``MIN_LETTER_SHARE`` of the others; format
    characters (general category Cf, Unicode Standard § 4.5) are not counted."""
    visible = "".join(ch for ch in non_whitespace(text) if unicodedata.category(ch) != "Cf")
    others = max(len(visible) - controls, 0)
    letters = len(NOT_LETTER.sub("", visible))
    return controls <= MAX_CONTROL_SHARE * len(visible) and letters >= MIN_LETTER_SHARE * others


def arabic_script_share(text: str) -> float:
    """Share (0–1) of the non-ASCII letters (``str.isalpha``) of ``text`` that are Arabic-script;
    0 without such letters. ASCII letters are left out: a Persian Markdown page or README is mostly
    Latin letters (links, code) and still Persian text."""
    letters = [ch for ch in text if ch.isalpha() and not ch.isascii()]
    return sum(map(_is_arabic_script, letters)) / len(letters) if letters else 0.0


def _mostly_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 but for a few bad bytes: at least ``MIN_UTF8_SHARE`` of its
    non-ASCII characters decode. Windows-1256 Persian decodes as UTF-8 almost nowhere (its letters
    are single bytes above 0x7F, which UTF-8 only allows in sequences)."""
    text = data.decode("utf-8", errors="replace")
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    return non_ascii > 0 and 1 - text.count("\ufffd") / non_ascii >= MIN_UTF8_SHARE


def _decode_legacy(path: Path, data: bytes) -> tuple[str, str]:
    judged: list[tuple[float, str, str]] = []
    for codec in LEGACY_ENCODINGS:
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # A wrong codec also shows as control characters (UTF-16 bytes read one by one).
        controls = len(BINARY_CONTROL.findall(text))
        judged.append((arabic_script_share(text) - controls / max(len(text), 1)
                       + COMMON_WORDS_WEIGHT * _common_share(text), codec, text))
    if not judged:
        raise SourceError(path, "not text in UTF-8, UTF-16, Windows-1256 or ISO-8859-6")
    share, codec, text = max(judged)
    if share < MIN_ARABIC_SCRIPT_SHARE:
        raise SourceError(
            path, "not UTF-8, and neither as UTF-16 nor as Windows-1256 or ISO-8859-6 is it Arabic-script "
            "text; convert it to UTF-8")
    return text, codec


def _common_share(text: str) -> float:
    """Share (0–1) of the words of ``text`` that are in ``COMMON_WORDS`` or open with the Arabic
    article «ال»."""
    found = [word.strip(".,:;!?«»()\"'،؛؟") for word in text.split()]
    return sum(w in COMMON_WORDS or (w.startswith("ال") and len(w) > 3) for w in found) / len(found) if found else 0.0


def _undo_mojibake(text: str) -> str | None:
    """``text`` decoded again when it is UTF-8 that was read as Windows-1252 (Latin-1 for the five
    bytes that code page leaves undefined, as Windows does) and written out as UTF-8 again:
    Arabic-script letters come out as pairs of Latin-1 letters and symbols («Ø³Ù„Ø§Ù…»), which give
    back the original bytes. None unless the text has no Arabic-script letter of its own and its
    undoing is Arabic-script text."""
    if not re.search("[\u00d8\u00d9\u00da\u00db]", text) or any(map(_is_arabic_script, text)):
        return None
    data = bytearray()
    for ch in text:
        try:
            data += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            data.append(ord(ch))
    try:
        undone = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return undone if arabic_script_share(undone) >= MIN_ARABIC_SCRIPT_SHARE else None


def _joined_encodings(path: Path, data: bytes) -> tuple[str, str] | None:
    """``(text, note)`` when ``data`` (not UTF-8 as a whole) is lines of UTF-8 and lines of one
    legacy code page (Windows-1256 or ISO-8859-6, as judged in :func:`_decode_legacy` on those
    lines together), each line decoded in its own; ``note`` names the legacy lines (at most five,
    and a count). None when no line holds UTF-8 Arabic-script letters, when a line that fails is
    itself mostly UTF-8 (a bad byte in a UTF-8 line: refused by the caller) or when the lines that
    fail are no legacy Arabic-script text. Lines end at LF, CR or CRLF, bytes that neither code
    page uses inside a line. Linear in the file's length."""
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            if _mostly_utf8(line):
                return None
            decoded.append(None)
    utf8 = "".join(text for text in decoded if text)
    if not any(map(_is_arabic_script, utf8)) or arabic_script_share(utf8) < MIN_ARABIC_SCRIPT_SHARE:
        return None
    legacy = [n for n, text in enumerate(decoded) if text is None]
    try:
        _, codec = _decode_legacy(path, b"".join(lines[n] for n in legacy))
    except SourceError:
        return None
    if codec.startswith("utf-16"):
        return None
    text = "".join(lines[n].decode(codec) if part is None else part for n, part in enumerate(decoded))
    shown = ", ".join(str(n + 1) for n in legacy[:5]) + (f" … ({len(legacy)} lines)" if len(legacy) > 5 else "")
    return text, (f"line{'s' if len(legacy) > 1 else ''} {shown} in {IANA_NAMES[codec]}, the rest UTF-8 (texts of two "
                  "encodings joined in one file): each line decoded in its own encoding")


def _utf16_read_as_utf8(path: Path, data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` when ``data``, valid UTF-8 with control characters, is UTF-16 without a
    byte-order mark as judged in :func:`_decode_legacy`; None otherwise (a UTF-8 text with a stray
    control character stays UTF-8, never read as Windows-1256)."""
    try:
        text, codec = _decode_legacy(path, data)
    except SourceError:
        return None
    return (text, codec) if codec.startswith("utf-16") else None


def read_source(path: Path) -> Source:
    """Read and decode one plain-text source.

    Raises:
        SourceError: the file does not exist or cannot be read, is empty (or whitespace only), is
            a document of another format (PDF, ZIP, .doc, RTF: ``SIGNATURES``; XML or HTML:
            ``MARKUP_START``), is binary (control characters beyond a few of a text:
            :func:`reads_as_text`), holds a lone surrogate or a noncharacter
            (:mod:`nashr.convert.xmlchars`), or is in none of the accepted encodings. The message
            names the file and says what to do.
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
    for signature, message in SIGNATURES:
        if data.startswith(signature):
            raise SourceError(path, message)
    bom, repaired = False, ""
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
            if (undone := _undo_mojibake(text)) is not None:
                text, repaired = undone, MOJIBAKE
            elif BINARY_CONTROL.search(text):  # UTF-16 without a mark may be valid UTF-8 (module docstring)
                text, encoding = _utf16_read_as_utf8(path, data) or (text, encoding)
        except UnicodeDecodeError as exc:
            if (joined := _joined_encodings(path, data)) is not None:
                (text, repaired), encoding = joined, "utf-8"
            elif _mostly_utf8(data):
                raise SourceError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start}: "
                                  f"{exc.reason}), though the rest is UTF-8", _line_of(data, exc.start)) from exc
            else:
                text, encoding = _decode_legacy(path, data)
    if markup := MARKUP_START.match(text):
        raise SourceError(path, (
            "an HTML page, not plain text: save the page's text (a browser's «save as text», or copy "
            "and paste it) and convert that" if "html" in markup.group(1).lower() else
            "XML, not plain text: nashr convert makes TEI from plain text; to check a TEI file, "
            "use `nashr validate`"))
    _check_controls(path, text)
    if not text.strip():
        raise SourceError(path, "no text (only whitespace)")
    return Source(path=path, data=data, encoding=encoding, bom=bom, text=text, repaired=repaired)
