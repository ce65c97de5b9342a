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
- each entry's page: ``<s:texts>``, the ``s:text`` of each text that names the entry with only
  those occurrences.

Saxon then parses one part per page, so a page's memory grows with what it shows. The
summaries are nashr's own serialisation: no DTD, no entities.
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

    part: Path
    form: str
    lang: str
    count: int = 0
    forms: dict[str, str] = field(default_factory=dict)  # form → the language of its first occurrence


@dataclass
class SummaryParts:
    """The documents :func:`split_summaries` wrote: ``index``; for each register, its page's
    ``<s:entries>`` and, for each entry key, the ``<s:texts>`` of that entry's page."""

    index: Path
    registers: dict[str, Path]
    entries: dict[str, dict[str, Path]]


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


def split_summaries(summaries: Iterable[str], folder: Path, registers: Sequence[str]) -> SummaryParts:
    """Write the parts of ``summaries`` (each a text's ``s:text``, in the site's order) into
    ``folder``, a text at a time (see the module's description); an occurrence whose ``register``
    is not in ``registers`` is on no page.

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
                        part = folder / f"{register}-{len(found[register])}.xml"
                        part.write_text(_ROOT, encoding="utf-8")
                        entry = found[register][key] = _Entry(part, first.get("form", ""), first.get("lang", ""))
                    entry.count += len(occurrences)
                    for occurrence in occurrences:
                        entry.forms.setdefault(occurrence.get("form", ""), occurrence.get("lang", ""))
                    text[:] = occurrences
                    appender.write(entry.part, etree.tostring(text, encoding="unicode"))
            rows.write("</s:texts>")
    finally:
        appender.close()
    pages: dict[str, Path] = {}
    for register, entries in found.items():
        for entry in entries.values():
            with entry.part.open("a", encoding="utf-8") as handle:
                handle.write("</s:texts>")
        pages[register] = folder / f"{register}.xml"
        pages[register].write_bytes(etree.tostring(_entries(entries), encoding="utf-8"))
    return SummaryParts(index, pages, {register: {key: e.part for key, e in entries.items()}
                                       for register, entries in found.items()})


def _entries(entries: dict[str, _Entry]) -> etree._Element:
    """A register page's ``<s:entries>``."""
    root = etree.Element(f"{_S}entries", nsmap={"s": SUMMARY_NS})
    for key, entry in entries.items():
        element = etree.SubElement(root, f"{_S}entry", key=key, form=entry.form, lang=entry.lang,
                                   count=str(entry.count))
        for form, lang in entry.forms.items():
            etree.SubElement(element, f"{_S}form", form=form, lang=lang)
    return root
