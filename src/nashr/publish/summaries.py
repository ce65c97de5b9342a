"""The texts' summaries split by the shared page that reads them (the HTML edition's reduce).

Each text's page comes with its summary (xslt/html/summary.xsl: ``<s:text stem title sort-key>``
with its index row ``s:row``, its names' occurrences ``s:occ`` and its search records). The shared
pages must not hold every summary at once (10,000 texts' summaries are ~100 million characters),
so :func:`split_summaries` reads them a text at a time and writes, into a temporary folder, one
document for each page that reads them:

- the index: ``<s:index count dated cells>``, what it says of all texts (their count, whether one
  is dated, which of the columns type and source one fills, the titles two texts share, each an
  ``<s:shared title>``), and its rows: every ``s:text`` with all but its occurrences, in chunks of
  about :data:`CHUNK_BYTES` (each a whole ``<s:texts>``);
- each register's page: ``<s:entries>``, one ``<s:entry key form lang count>`` for each entry the
  texts name (in the order they first name it; ``form``/``lang``: its first occurrence) with the
  distinct forms they write (``<s:form form lang>``, each once, in order);
- each entry's page: its ``<s:entries>`` with that entry's ``<s:entry>`` alone, and ``<s:texts>``,
  the ``s:text`` of each text that names the entry with only those occurrences, in chunks of about
  :data:`CHUNK_BYTES` (each a whole ``<s:texts>``).

Saxon then parses one part per page, so a page's memory grows with what it shows; the index and
an entry's page (on an edition whose every text names the entry it lists an occurrence in every
text) take what they say of all their texts from a small document (``<s:index>``; the entry's own
``<s:entry>``, the one its register's page shows: its name, count and forms) and read their rows or
occurrences a chunk at a time, so each holds one chunk, whatever the edition's size, and an entry's
page reads no other entry's. The summaries are nashr's own serialisation: no DTD, no entities.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lxml import etree

SUMMARY_NS = "urn:nashr:summary"
_S = f"{{{SUMMARY_NS}}}"
_ROOT = f'<s:texts xmlns:s="{SUMMARY_NS}">'

CHUNK_BYTES = 2**20
"""The index's rows and an entry's occurrences go into a new chunk once the current one holds
this many bytes (a text's row or occurrences are never split: a chunk may be larger by one
text's)."""

_SAFE_KEY = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")


def entry_file(key: str) -> str:
    """The file name, without ``.html``, of the page of the register entry ``key`` (an
    ``@xml:id``, or the key of a reference the register lacks): ``key`` itself when it is ASCII
    letters, digits, ``.``, ``_`` and ``-`` not starting with ``.`` (every id nashr makes), else
    ``u`` and its code points in decimal joined by ``-``, a name safe on every file system and in
    a URL for a key from another project's ``@ref``. The same rule as ``n:entry-file`` in
    xslt/html/registers.xsl, which makes the text pages' links."""
    return key if _SAFE_KEY.fullmatch(key) else "u" + "-".join(str(ord(c)) for c in key)


class _Chunks:
    """A part written in chunks of whole texts (each a whole ``<s:texts>``): the index's rows or an
    entry's occurrences."""

    def __init__(self, name: str) -> None:
        self.name = name  # the chunks' file name without its number and .xml
        self.paths: list[Path] = []
        self.size = 0  # bytes written to the last chunk

    def add(self, text: str, folder: Path, chunk: int, appender: _Appender) -> None:
        """Append ``text`` (a serialised ``s:text``, or ``""``) to the last chunk, first closing it
        and opening the next when it holds ``chunk`` bytes or there is none."""
        if not self.paths or self.size >= chunk:
            if self.paths:
                appender.write(self.paths[-1], "</s:texts>")
            self.paths.append(folder / f"{self.name}-{len(self.paths)}.xml")
            self.paths[-1].write_text(_ROOT, encoding="utf-8")
            self.size = 0
        appender.write(self.paths[-1], text)
        self.size += len(text.encode("utf-8"))


_NORMALIZE_SPACE = etree.XPath("normalize-space(.)", smart_strings=False)
_TITLE = etree.XPath("normalize-space(@title)", smart_strings=False)  # a plain str, not one keeping its text


class _Seen:
    """What the index says of all texts (``<s:index>``), gathered a text at a time: the rules of
    xslt/html/index.xsl's columns and of the titles it tells apart, on XPath's ``normalize-space``.
    It holds each text's title, as the build holds them already (its order, the search index)."""

    def __init__(self) -> None:
        self.count = 0
        self.dated = False
        self.cells: set[int] = set()
        self.titles: Counter[str] = Counter()

    def add(self, text: etree._Element) -> None:
        """Count ``text`` (an ``s:text``): dated when its sort key starts with ``0`` (n:sort-key);
        each cell of its row's columns 3 and 4 (type, source) that is not blank."""
        self.count += 1
        self.dated = self.dated or text.get("sort-key", "").startswith("0")
        for row in text.iterfind(f"{_S}row/*"):
            cells = list(row.iterchildren("*"))
            self.cells.update(c for c in (3, 4) if len(cells) >= c and _NORMALIZE_SPACE(cells[c - 1]))
        self.titles[_TITLE(text)] += 1

    def element(self) -> etree._Element:
        """``<s:index count dated cells>`` with an ``<s:shared title>`` for each title two texts
        share, in the order the texts first give it."""
        root = etree.Element(f"{_S}index", nsmap={"s": SUMMARY_NS}, count=str(self.count),
                             dated=str(self.dated).lower(), cells=" ".join(map(str, sorted(self.cells))))
        for title, count in self.titles.items():
            if count > 1:
                etree.SubElement(root, f"{_S}shared", title=title)
        return root


@dataclass
class _Entry:
    """What a register's page shows of an entry the texts name, and its page's chunks."""

    number: int  # the entry's place among its register's, in the order the texts first name them
    form: str
    lang: str
    chunks: _Chunks
    count: int = 0
    forms: dict[str, str] = field(default_factory=dict)  # form → the language of its first occurrence


@dataclass
class SummaryParts:
    """The documents :func:`split_summaries` wrote: ``index``, the index's ``<s:index>``, and
    ``rows``, the chunks of ``<s:texts>`` of its rows (one at least); for each register, its page's
    ``<s:entries>``; for each entry key, its page's ``<s:entries>`` holding that entry's alone
    (``heads``: an entry's page reads its own, not its register's, so the pages' reading stays
    linear in the number of entries) and the chunks of ``<s:texts>`` of its occurrences."""

    index: Path
    rows: tuple[Path, ...]
    registers: dict[str, Path]
    heads: dict[str, dict[str, Path]]
    entries: dict[str, dict[str, tuple[Path, ...]]]


class _Appender:
    """Files written to in turn, each opened for appending when next written to; at most
    ``limit`` open at once (an edition may name thousands of entries)."""

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit
        self.handles: OrderedDict[Path, TextIO] = OrderedDict()

    def write(self, path: Path, text: str) -> None:
        handle = self.handles.pop(path, None)
        if handle is None:
            if len(self.handles) >= self.limit:
                self.handles.popitem(last=False)[1].close()
            handle = path.open("a", encoding="utf-8")
        self.handles[path] = handle
        handle.write(text)

    def close(self) -> None:
        while self.handles:
            self.handles.popitem()[1].close()


def split_summaries(summaries: Iterable[str], folder: Path, registers: Sequence[str],
                    chunk: int = CHUNK_BYTES) -> SummaryParts:
    """Write the parts of ``summaries`` (each a text's ``s:text``, in the site's order) into
    ``folder``, a text at a time (see the module's description); an occurrence whose ``register``
    is not in ``registers`` is on no page; a chunk of the index or of an entry takes texts until
    it holds ``chunk`` bytes.

    Returns:
        where each part is.
    Raises:
        lxml.etree.XMLSyntaxError: a summary is not well-formed (a bug of summary.xsl).
        OSError: ``folder`` is not writable.
    """
    index, seen = _Chunks("index"), _Seen()
    found: dict[str, dict[str, _Entry]] = {name: {} for name in registers}
    appender = _Appender()
    try:
        index.add("", folder, chunk, appender)  # one chunk at least: an edition without texts
        for summary in summaries:
            text = etree.fromstring(summary)
            seen.add(text)
            kept: list[etree._Element] = []
            named: dict[tuple[str, str], list[etree._Element]] = {}
            for child in text:
                if child.tag != f"{_S}occ":
                    kept.append(child)
                elif child.get("register", "") in found:
                    named.setdefault((child.get("register", ""), child.get("key", "")), []).append(child)
            text[:] = kept
            index.add(etree.tostring(text, encoding="unicode"), folder, chunk, appender)
            for (register, key), occurrences in named.items():
                entry = found[register].get(key)
                if entry is None:
                    first, number = occurrences[0], len(found[register])
                    entry = found[register][key] = _Entry(number, first.get("form", ""), first.get("lang", ""),
                                                           _Chunks(f"{register}-{number}"))
                entry.count += len(occurrences)
                for occurrence in occurrences:
                    entry.forms.setdefault(occurrence.get("form", ""), occurrence.get("lang", ""))
                text[:] = occurrences
                entry.chunks.add(etree.tostring(text, encoding="unicode"), folder, chunk, appender)
        for chunks in [index, *(entry.chunks for entries in found.values() for entry in entries.values())]:
            appender.write(chunks.paths[-1], "</s:texts>")
    finally:
        appender.close()
    (folder / "index.xml").write_bytes(etree.tostring(seen.element(), encoding="utf-8"))
    pages: dict[str, Path] = {}
    heads: dict[str, dict[str, Path]] = {}
    for register, entries in found.items():
        heads[register] = {}
        for key, entry in entries.items():
            heads[register][key] = folder / f"{register}-{entry.number}.xml"
            heads[register][key].write_bytes(etree.tostring(_entries({key: entry}), encoding="utf-8"))
        pages[register] = folder / f"{register}.xml"
        pages[register].write_bytes(etree.tostring(_entries(entries), encoding="utf-8"))
    return SummaryParts(folder / "index.xml", tuple(index.paths), pages, heads,
                        {register: {key: tuple(e.chunks.paths) for key, e in entries.items()}
                         for register, entries in found.items()})


def _entries(entries: dict[str, _Entry]) -> etree._Element:
    """A register page's ``<s:entries>`` (or an entry page's, ``entries`` that entry alone)."""
    root = etree.Element(f"{_S}entries", nsmap={"s": SUMMARY_NS})
    for key, entry in entries.items():
        element = etree.SubElement(root, f"{_S}entry", key=key, form=entry.form, lang=entry.lang,
                                   count=str(entry.count))
        for form, lang in entry.forms.items():
            etree.SubElement(element, f"{_S}form", form=form, lang=lang)
    return root
