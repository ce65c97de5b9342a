"""The texts' summaries split by the shared page that reads them (the HTML edition's reduce).

Each text's page comes with its summary (xslt/html/summary.xsl: ``<s:text stem title sort-key>``
with its index row ``s:row``, its names' occurrences ``s:occ`` and its search records). The shared
pages must not hold every summary at once (10,000 texts' summaries are ~100 million characters),
so :func:`split_summaries` reads them a text at a time and writes, into a temporary folder, one
document for each page that reads them:

- the index: every ``s:text`` with all but its occurrences;
- each register's page: ``<s:entries>``, one ``<s:entry key form lang count>`` for each entry the
  texts name (in the order they first name it; ``form``/``lang``: its first occurrence) with the
  distinct forms they write (``<s:form form lang>``, each once, in order);
- each entry's page: its ``<s:entries>`` with that entry's ``<s:entry>`` alone, and ``<s:texts>``,
  the ``s:text`` of each text that names the entry with only those occurrences, in chunks of about
  :data:`CHUNK_BYTES` (each a whole ``<s:texts>``).

Saxon then parses one part per page, so a page's memory grows with what it shows; an entry's
page (on an edition whose every text names the entry it lists an occurrence in every text) takes
its name, count and forms from its own ``<s:entry>`` (the one its register's page shows) and reads
its occurrences a chunk at a time, so it holds one chunk, whatever the edition's size, and reads no
other entry's. The summaries are nashr's own serialisation:
no DTD, no entities.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lxml import etree

SUMMARY_NS = "urn:nashr:summary"
_S = f"{{{SUMMARY_NS}}}"
_ROOT = f'<s:texts xmlns:s="{SUMMARY_NS}">'

CHUNK_BYTES = 2**20
"""An entry's occurrences go into a new chunk once its current one holds this many bytes (a
text's occurrences are never split: a chunk may be larger by one text's)."""

_SAFE_KEY = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*")


def entry_file(key: str) -> str:
    """The file name, without ``.html``, of the page of the register entry ``key`` (an
    ``@xml:id``, or the key of a reference the register lacks): ``key`` itself when it is ASCII
    letters, digits, ``.``, ``_`` and ``-`` not starting with ``.`` (every id nashr makes), else
    ``u`` and its code points in decimal joined by ``-``, a name safe on every file system and in
    a URL for a key from another project's ``@ref``. The same rule as ``n:entry-file`` in
    xslt/html/registers.xsl, which makes the text pages' links."""
    return key if _SAFE_KEY.fullmatch(key) else "u" + "-".join(str(ord(c)) for c in key)


@dataclass
class _Entry:
    """What a register's page shows of an entry the texts name."""

    number: int  # the entry's place among its register's, in the order the texts first name them
    form: str
    lang: str
    count: int = 0
    forms: dict[str, str] = field(default_factory=dict)  # form → the language of its first occurrence
    chunks: list[Path] = field(default_factory=list)
    size: int = 0  # bytes written to the last chunk


@dataclass
class SummaryParts:
    """The documents :func:`split_summaries` wrote: ``index``; for each register, its page's
    ``<s:entries>``; for each entry key, its page's ``<s:entries>`` holding that entry's alone
    (``heads``: an entry's page reads its own, not its register's, so the pages' reading stays
    linear in the number of entries) and the chunks of ``<s:texts>`` of its occurrences."""

    index: Path
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
    is not in ``registers`` is on no page; an entry's chunk takes texts until it holds ``chunk``
    bytes.

    Returns:
        where each part is.
    Raises:
        lxml.etree.XMLSyntaxError: a summary is not well-formed (a bug of summary.xsl).
        OSError: ``folder`` is not writable.
    """
    index = folder / "index.xml"
    found: dict[str, dict[str, _Entry]] = {name: {} for name in registers}
    appender = _Appender()
    try:
        with index.open("w", encoding="utf-8") as rows:
            rows.write(_ROOT)
            for summary in summaries:
                text = etree.fromstring(summary)
                kept: list[etree._Element] = []
                named: dict[tuple[str, str], list[etree._Element]] = {}
                for child in text:
                    if child.tag != f"{_S}occ":
                        kept.append(child)
                    elif child.get("register", "") in found:
                        named.setdefault((child.get("register", ""), child.get("key", "")), []).append(child)
                text[:] = kept
                rows.write(etree.tostring(text, encoding="unicode"))
                for (register, key), occurrences in named.items():
                    entry = found[register].get(key)
                    if entry is None:
                        first = occurrences[0]
                        entry = found[register][key] = _Entry(len(found[register]), first.get("form", ""),
                                                                   first.get("lang", ""))
                    if not entry.chunks or entry.size >= chunk:
                        if entry.chunks:
                            appender.write(entry.chunks[-1], "</s:texts>")
                        entry.chunks.append(folder / f"{register}-{entry.number}-{len(entry.chunks)}.xml")
                        entry.chunks[-1].write_text(_ROOT, encoding="utf-8")
                        entry.size = 0
                    entry.count += len(occurrences)
                    for occurrence in occurrences:
                        entry.forms.setdefault(occurrence.get("form", ""), occurrence.get("lang", ""))
                    text[:] = occurrences
                    written = etree.tostring(text, encoding="unicode")
                    appender.write(entry.chunks[-1], written)
                    entry.size += len(written.encode("utf-8"))
            rows.write("</s:texts>")
    finally:
        appender.close()
    pages: dict[str, Path] = {}
    heads: dict[str, dict[str, Path]] = {}
    for register, entries in found.items():
        heads[register] = {}
        for key, entry in entries.items():
            with entry.chunks[-1].open("a", encoding="utf-8") as handle:
                handle.write("</s:texts>")
            heads[register][key] = folder / f"{register}-{entry.number}.xml"
            heads[register][key].write_bytes(etree.tostring(_entries({key: entry}), encoding="utf-8"))
        pages[register] = folder / f"{register}.xml"
        pages[register].write_bytes(etree.tostring(_entries(entries), encoding="utf-8"))
    return SummaryParts(index, pages, heads, {register: {key: tuple(e.chunks) for key, e in entries.items()}
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
