"""A text's name: its TEI file (``<name>.xml``) and its ``TEI/@xml:id``, made from its source's
file name (:func:`ncname`), and the check that no two sources get one name (:func:`tei_names`).

Kept apart from the converter: ``nashr build`` checks its sources' names at every run, also when
it converts nothing, without loading the structure rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from anyascii import anyascii
from lxml import etree

from nashr.convert.sources import SourceError
from nashr.markup import TEI_NS

HEADER_IDS = frozenset({"nashr", "jalali", "gregorian", "hijri"})
"""The ``xml:id`` values a text's header gives its own elements (nashr.convert.header: the
application ``nashr`` and the calendars of ``CALENDARS``): no text is named so."""
TEI_NAMES = ("a TEI file's name keeps the Latin letters and digits of its source's and transliterates the others: "
             "rename one of the two")


def ncname(stem: str) -> str:
    """An XML NCName (Namespaces in XML 1.0 §3) made from a file stem: ASCII letters, digits,
    ``.``, ``-``, ``_``. Letters and digits of other scripts are transliterated first (anyascii's
    table: «نامهٔ ۱ (پیش‌نویس)» → ``nmh-1-pyshnwys``, an abjad's consonants), so that sources named
    in Persian get names of their own (they all were ``text``). A leading non-letter, or a name the
    header itself uses as an ``xml:id`` (``nashr``, a calendar), gets the prefix ``t-``."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", anyascii(stem)).strip("-") or "text"
    reserved = name in HEADER_IDS
    return name if re.match(r"[A-Za-z_]", name) and not reserved else f"t-{name}"


def tei_names(sources: Iterable[Path], out_dir: Path | None = None) -> tuple[list[Path], list[SourceError]]:
    """``(kept, clashes)``: the sources in order, less each whose TEI file (``<stem>.xml``,
    :func:`ncname` of its file name) is another's, and a :class:`SourceError`
    for each of those naming both — they would overwrite each other's TEI («a b.txt» and
    «a-b.txt», or two names in a script the transliteration leaves alike). Another's: that of an
    earlier source of ``sources``, or, with ``out_dir``, a TEI file there made from another source
    that is still beside this one (:func:`_made_from`; a renamed source's old TEI is replaced).
    ``nashr build`` passes all the edition's sources and no ``out_dir``: its batch is the whole
    edition, and its TEI folder is not read again at every build."""
    first: dict[str, Path] = {}
    kept, clashes = [], []
    for path in sources:
        stem = ncname(path.stem)
        made_from = _made_from(out_dir / f"{stem}.xml") if out_dir is not None else None
        if stem in first:
            clashes.append(SourceError(path, f"its TEI would be {stem}.xml, as that of {first[stem]}: {TEI_NAMES}"))
        elif made_from not in (None, path.name) and (path.parent / made_from).exists():
            clashes.append(SourceError(path, f"its TEI would be {out_dir / stem}.xml, which is that of "
                                             f"{path.parent / made_from}: {TEI_NAMES}"))
        else:
            first[stem] = path
            kept.append(path)
    return kept, clashes


def _made_from(tei: Path) -> str | None:
    """The source file name a TEI file records (``idno type="filename"``, as nashr writes it in
    the header's ``sourceDesc``), or None: no such file, none recorded, or not readable XML. The
    parser fetches nothing and expands no entity."""
    try:
        for _, idno in etree.iterparse(str(tei), tag=f"{{{TEI_NS}}}idno", resolve_entities=False, no_network=True):
            if idno.get("type") == "filename":
                return idno.text
    except (OSError, etree.XMLSyntaxError):
        return None
    return None
