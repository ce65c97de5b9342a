"""Validate TEI files: RELAX NG (lxml/libxml2), ISO Schematron (XSLT 3.0 via saxonche) and the
``xml:id`` rules, with messages a person can act on.

API (the ``nashr validate`` command is a thin wrapper)::

    validator = Validator("tei_all")            # or "nashr", "auto", a .rng/.sch path
    problems = validator.validate(Path("a.xml"))  # [] when valid
    reports = validate_files(paths, schema="auto")
    print(format_reports(reports, fmt="text", lang="fa"))
    raise SystemExit(exit_code(reports))        # 0 valid, 1 invalid, 2 unusable input

Each file is parsed once (:mod:`nashr.xmlinput`: no network, no DTD, no entity expansion) and the
one tree goes to every check. A file that cannot be parsed gives one ``fatal`` problem.

``xml:id`` is checked here, not left to libxml2's parser: W3C xml:id 1.0 §4 makes a duplicate or
non-NCName value an error wherever it occurs (including inside ``egXML`` examples, where the
RELAX NG grammar does not type attributes and jing therefore says nothing).
"""

from __future__ import annotations

import datetime as dt
import mmap
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from nashr import xmlinput
from nashr.validate import hints, relaxng, schemas
from nashr.validate.reports import format_reports

__all__ = [
    "FileReport",
    "Problem",
    "Validator",
    "exit_code",
    "format_reports",
    "validate_files",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: XML 1.0 (fifth edition) §2.3 NameStartChar / NameChar without ":" — an NCName
#: (Namespaces in XML 1.0 §3).
_NAME_START = (
    "A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
NCNAME = re.compile(f"[{_NAME_START}][{_NAME_START}\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*")
#: libxml2 says "Invalid attribute id" for an xml:id that is an NCName by XML 1.0 (5th edition)
#: but not by XML Schema 1.0, whose NCName (the one RELAX NG's xsd:ID uses) follows the name
#: characters of XML 1.0 (2nd edition): no ZWNJ/ZWJ, no characters added to Unicode after 2.0.
XSD_ID_MESSAGE = (
    'xml:id "{value}" is not an xsd:ID: XML Schema 1.0 names allow letters, digits, ".", "-" '
    'and "_" but no format characters such as ZWNJ (U+200C)'
)
SEVERITIES = ("fatal", "error", "warning", "info")
#: The date Schematron rules see when ``SOURCE_DATE_EPOCH`` is not set: the release date of
#: TEI P5 4.10.2 (4 September 2025), the TEI release nashr's schemas follow. A document that
#: conforms to a TEI release keeps conforming to it; ``validUntil`` deprecations announce later
#: releases, so they are judged as of the release the document is checked against.
FIXED_DATE = dt.date(2025, 9, 4)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file.

    Attributes:
        file: the path as given.
        line, column: 1-based position (column in characters) or ``None`` when unknown.
        xpath: the element's XPath, e.g. ``/TEI/text/body/p[2]`` (unprefixed names are in the
            TEI namespace; others carry their prefix) or ``None``.
        message: the schema's or check's own message.
        hint: plain-language advice in English, or ``None``.
        severity: ``fatal`` (file unusable), ``error``, ``warning`` or ``info``.
        hint_fa: the same advice in Persian.
        source: ``xml``, ``relaxng``, ``schematron`` or ``xml:id``.
        rule: the hint key or Schematron rule id, when there is one.
    """

    file: str
    line: int | None
    column: int | None
    xpath: str | None
    message: str
    hint: str | None = None
    severity: str = "error"
    hint_fa: str | None = None
    source: str = "relaxng"
    rule: str | None = None

    def hint_in(self, lang: str) -> str | None:
        """The hint in ``lang`` (``en`` or ``fa``)."""
        return self.hint_fa if lang == "fa" else self.hint


@dataclass(slots=True)
class FileReport:
    """The result for one file: ``problems`` is empty when the file is valid."""

    file: str
    schema: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def unusable(self) -> bool:
        """The file could not be checked (missing, binary, not well-formed, refused)."""
        return any(p.severity == "fatal" for p in self.problems)

    @property
    def valid(self) -> bool:
        """No fatal problem and no error (warnings and info do not make a file invalid)."""
        return not any(p.severity in ("fatal", "error") for p in self.problems)

    @property
    def status(self) -> str:
        """``valid``, ``invalid`` or ``unusable``."""
        return "unusable" if self.unusable else "valid" if self.valid else "invalid"


def exit_code(reports: Iterable[FileReport]) -> int:
    """The CLI exit code: 2 if any file was unusable, else 1 if any invalid, else 0."""
    statuses = {report.status for report in reports}
    return 2 if "unusable" in statuses else 1 if "invalid" in statuses else 0


def readable_xpath(element: etree._Element) -> str:
    """``/TEI/text/body/p[2]``: the element's path from the root, position predicates only where
    siblings share the name; TEI-namespace names unprefixed, others ``prefix:local``."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        qname = etree.QName(node)
        if qname.namespace == TEI_NS or qname.namespace is None:
            name = qname.localname
        else:
            name = f"{node.prefix or 'ns'}:{qname.localname}"
        parent = node.getparent()
        step = name
        if parent is not None:
            same = [s for s in parent if s.tag == node.tag]
            if len(same) > 1:
                step = f"{name}[{same.index(node) + 1}]"
        steps.append(step)
        node = parent
    return "/" + "/".join(reversed(steps))


class _Locator:
    """Columns of elements: libxml2 reports only the line of a RELAX NG error, so the column is
    found in the file's line text (read through ``mmap``, not loaded again): the n-th start tag
    of that name on the line, n counted over the tree in document order."""

    def __init__(self, path: Path, tree: etree._ElementTree) -> None:
        self.path = path
        self.tree = tree
        self._ordinals: dict[etree._Element, int] | None = None
        self._line_starts: list[int] | None = None

    def _index(self, lines: set[int]) -> None:
        counts: dict[tuple[int, str], int] = {}
        self._ordinals = {}
        for node in self.tree.getroot().iter():
            if node.sourceline in lines and isinstance(node.tag, str):
                key = (node.sourceline, node.tag)
                self._ordinals[node] = counts.get(key, 0)
                counts[key] = counts.get(key, 0) + 1

    def _line_text(self, number: int) -> str | None:
        try:
            with self.path.open("rb") as handle, mmap.mmap(
                handle.fileno(), 0, access=mmap.ACCESS_READ
            ) as data:
                if self._line_starts is None:
                    self._line_starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]
                if number > len(self._line_starts):
                    return None
                start = self._line_starts[number - 1]
                end = data.find(b"\n", start)
                raw = data[start : end if end >= 0 else len(data)]
        except (OSError, ValueError):
            return None
        return raw.decode(self.tree.docinfo.encoding or "utf-8", errors="replace")

    def columns(self, elements: list[etree._Element]) -> dict[etree._Element, int]:
        """1-based character columns of the start tags of ``elements`` (where found)."""
        lines = {e.sourceline for e in elements if e.sourceline}
        if not lines:
            return {}
        self._index(lines)
        assert self._ordinals is not None
        found: dict[etree._Element, int] = {}
        for element in elements:
            text = self._line_text(element.sourceline) if element.sourceline else None
            if text is None or element not in self._ordinals:
                continue
            local = etree.QName(element).localname
            name = f"{element.prefix}:{local}" if element.prefix else local
            tags = list(re.finditer(f"<{re.escape(name)}(?=[\\s/>])", text))
            ordinal = self._ordinals[element]
            if ordinal < len(tags):
                found[element] = tags[ordinal].start() + 1
        return found


def _node(tree: etree._ElementTree, node_path: str | None) -> etree._Element | None:
    if not node_path:
        return None
    try:
        nodes = tree.xpath(node_path, namespaces={k: v for k, v in
                                                 tree.getroot().nsmap.items() if k})
    except etree.XPathError:
        return None
    return nodes[0] if isinstance(nodes, list) and nodes and \
        isinstance(nodes[0], etree._Element) else None


@dataclass(frozen=True, slots=True)
class _Raw:
    """A problem before it gets its column and hint."""

    element: etree._Element | None
    line: int | None
    message: str
    source: str
    severity: str = "error"
    rule: str | None = None


def _problem(file: str, line: int | None, column: int | None, element: etree._Element | None,
             message: str, source: str, severity: str = "error", rule: str | None = None,
             known: frozenset[str] | None = None) -> Problem:
    found = hints.find(message, element, known)
    key, en, fa = found if found is not None else (rule, None, None)
    return Problem(
        file=file, line=line, column=column,
        xpath=readable_xpath(element) if element is not None else None,
        message=message, hint=en, severity=severity, hint_fa=fa, source=source, rule=key,
    )


def check_xml_ids(tree: etree._ElementTree) -> list[tuple[etree._Element, str]]:
    """``(element, message)`` for every ``xml:id`` that is not an NCName or repeats an earlier
    one (W3C xml:id 1.0 §4; Namespaces in XML 1.0 §3)."""
    seen: dict[str, etree._Element] = {}
    found = []
    for element in tree.getroot().iter():
        if not isinstance(element.tag, str):
            continue
        value = element.get(XML_ID)
        if value is None:
            continue
        normalised = value.strip(" \t\r\n")
        if not NCNAME.fullmatch(normalised):
            found.append((element, f'xml:id "{value}" is not an XML name (NCName)'))
        elif normalised in seen:
            first = seen[normalised].sourceline
            found.append((element, f'xml:id "{value}" is already used on line {first}'))
        else:
            seen[normalised] = element
    return found


class Validator:
    """Validates files against one schema choice; compiled schemas are shared process-wide.

    Args:
        schema: ``"tei_all"`` (the cached copy, see :mod:`nashr.validate.schemas`), ``"nashr"``,
            ``"auto"`` (each document's ``<?xml-model?>`` PIs, else tei_all) or a path to a
            ``.rng`` (RELAX NG XML syntax) or ``.sch`` (ISO Schematron) file.
        reduce: check each document against the RELAX NG grammar reduced to the elements it
            uses (same verdicts, far faster cold start; :mod:`nashr.validate.rngreduce`). ``False``
            compiles the whole grammar once (about 10 s for tei_all).
        today: the date Schematron rules see (``validUntil`` deprecations); default
            ``SOURCE_DATE_EPOCH`` if set, else :data:`FIXED_DATE` — never the clock, so a
            verdict does not change with the day it is computed.

    Raises:
        nashr.validate.schemas.SchemaNotFound: a named or given schema has no local copy (for
            ``auto`` this surfaces per file as a fatal problem instead).
    """

    def __init__(self, schema: str | Path = "tei_all", *, reduce: bool = True,
                 today: dt.date | None = None) -> None:
        self.schema = schema
        self.reduce = reduce
        self.today = today or schematron_date()
        self._fixed = None if schema == "auto" else schemas.resolve(schema, None, Path("."))

    def report(self, path: Path) -> FileReport:
        """Check one file and return its :class:`FileReport`."""
        file = str(path)
        label = self._fixed.label if self._fixed is not None else "auto"
        try:
            document = xmlinput.read(path)
        except xmlinput.UnusableInput as exc:
            return FileReport(file, label, [Problem(file, exc.line, exc.column, None,
                                                    exc.message, severity="fatal",
                                                    source="xml")])
        tree = document.tree
        try:
            chosen = self._fixed or schemas.resolve(self.schema, tree, path)
        except schemas.SchemaNotFound as exc:
            return FileReport(file, label, [Problem(file, None, None, None, str(exc),
                                                    severity="fatal", source="xml")])
        raw: list[_Raw] = []
        id_problems = check_xml_ids(tree)
        flagged = {element for element, _ in id_problems}
        raw.extend(_Raw(element, element.sourceline, message, "xml:id")
                   for element, message in id_problems)
        known: frozenset[str] | None = None
        if chosen.rng is not None:
            grammar = relaxng.grammar(chosen.rng, reduce=self.reduce)
            errors = grammar.check(tree)
            if any(e.message.startswith("Did not expect element") for e in errors):
                known = grammar.element_names()
            for error in errors:
                element = _node(tree, error.node_path)
                message = error.message
                if element is not None and message.startswith("Invalid attribute id "):
                    if element in flagged:
                        continue  # already reported by check_xml_ids, in clearer words
                    if element.get("id") is None and element.get(XML_ID) is not None:
                        message = XSD_ID_MESSAGE.format(value=element.get(XML_ID))
                raw.append(_Raw(element, error.line, message, "relaxng"))
        if chosen.sch is not None:
            from nashr.validate import schematron  # imports saxonche: only when a Schematron is used

            for finding in schematron.checker(chosen.sch, self.today).check(path, tree):
                element = _node(tree, finding.location)
                raw.append(_Raw(element, element.sourceline if element is not None else None,
                                finding.message, "schematron", finding.severity,
                                finding.rule))
        columns = _Locator(path, tree).columns([r.element for r in raw if r.element is not None])
        problems = [
            _problem(file, r.line, columns.get(r.element) if r.element is not None else None,
                     r.element, r.message, r.source, r.severity, r.rule, known)
            for r in raw
        ]
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        return FileReport(file, chosen.label, problems)

    def validate(self, path: Path) -> list[Problem]:
        """Check one file; ``[]`` when it is valid."""
        return self.report(path).problems


def schematron_date() -> dt.date:
    """The date Schematron rules are evaluated against (their ``validUntil`` deprecations): the
    UTC date of ``SOURCE_DATE_EPOCH`` (reproducible-builds.org specification) when set, else
    :data:`FIXED_DATE`. Never the clock: a verdict must not change with the day it is computed."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return FIXED_DATE


def validate_files(paths: Iterable[Path], schema: str | Path = "auto", *,
                   reduce: bool = True) -> list[FileReport]:
    """Check every file (one bad file never stops the batch); reports in input order.
    Compiled grammars are shared process-wide, so repeated calls compile nothing again.

    Args:
        paths: files to check.
        schema: as for :class:`Validator`.
        reduce: as for :class:`Validator`.

    Raises:
        nashr.validate.schemas.SchemaNotFound: a named or given schema has no local copy.
    """
    validator = Validator(schema, reduce=reduce)
    return [validator.report(Path(path)) for path in paths]
