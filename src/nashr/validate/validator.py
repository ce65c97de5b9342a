"""Validate TEI files: RELAX NG (lxml/libxml2), ISO Schematron (XSLT 3.0 via saxonche) and the
``xml:id`` rules, with messages a person can act on.

API (the ``nashr validate`` command is a thin wrapper)::

    validator = Validator("tei_all")            # or "nashr", "auto", a .rng/.sch path
    problems = validator.validate(Path("a.xml"))  # [] when valid
    reports = validate_files(paths, schema="auto")
    print(format_reports(reports, fmt="text", lang="fa"))
    raise SystemExit(exit_code(reports))        # 0 valid, 1 invalid, 2 unusable input

Each file is parsed once (:mod:`nashr.xmlinput`: no network, no DTD, no entity expansion,
XInclude resolved unless turned off) and the one tree goes to every check. A file that cannot be
parsed, a schema that cannot be used and a Schematron rule that fails at run time each give a
``fatal`` problem for that file; nothing a file or a schema does stops the batch. RELAX NG
errors are rewritten from the grammar (:mod:`nashr.validate.explain`), each problem is reported
once, with line, column and an XPath in the document's own prefixes.

``xml:id`` is checked here, not left to libxml2's parser: W3C xml:id 1.0 §4 makes a duplicate or
non-NCName value an error wherever it occurs (including inside ``egXML`` examples, where the
RELAX NG grammar does not type attributes and jing therefore says nothing).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from nashr import xmlinput
from nashr.validate import anyuri, explain, hints, relaxng, schemas, wordchars
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
        xpath: the element's XPath, e.g. ``/TEI/text/body/p[2]``, with the document's own
            prefixes (none for names in its default namespace), or ``None``.
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


def readable_xpath(element: etree._Element,
                   cache: dict[etree._Element, dict[etree._Element, str]] | None = None) -> str:
    """``/TEI/text/body/p[2]``: the element's path from the root, position predicates only where
    siblings share the name; each name as the document writes it (its own prefix, or none).

    ``cache`` (one dict for many elements of one tree) keeps each parent's children numbered
    once: a register's 1,216 ``person`` elements with 17,808 problems are numbered once, where
    each call alone scans the element's siblings again."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        if parent is None:
            steps.append(_written_name(node))
            break
        numbered = cache.get(parent) if cache is not None else None
        if numbered is None:
            numbered = _numbered(parent)
            if cache is not None:
                cache[parent] = numbered
        steps.append(numbered[node])
        node = parent
    return "/" + "/".join(reversed(steps))


def _numbered(parent: etree._Element) -> dict[etree._Element, str]:
    """Each child element's step: its written name, with its position among the siblings of
    that name when there are several."""
    children = list(parent.iterchildren(etree.Element))
    counts: dict[str, int] = {}
    for child in children:
        counts[child.tag] = counts.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    steps = {}
    for child in children:
        seen[child.tag] = seen.get(child.tag, 0) + 1
        name = _written_name(child)
        steps[child] = f"{name}[{seen[child.tag]}]" if counts[child.tag] > 1 else name
    return steps


#: The ``href`` of an ``xi:include`` (any prefix) in a file's text.
_INCLUDED = re.compile(r"<(?:[^\s<>/:]+:)?include\s[^>]*?\bhref\s*=\s*[\"']([^\"']+)[\"']")
#: A line end as XML 1.0 §2.11 counts them (CR LF, CR alone, LF).
_LINE_END = re.compile("\r\n|\r|\n")


class _Locator:
    """Where elements' start tags are: libxml2 reports only the line of a RELAX NG error, so the
    column is found in the line's text: the n-th start tag of that local name (any prefix) on the
    line, n counted over the tree in document order.

    An element brought in by XInclude has its line in the file it came from: the top of each
    inclusion from another file carries the ``xml:base`` of XInclude's base URI fix-up
    (:func:`nashr.xmlinput.read` adds it where libxml2 leaves it out). An ``xml:base`` the document writes
    itself (Beta maṣāḥǝft's ``<teiHeader xml:base="https://betamasaheft.eu/">``, a manuscript
    whose pages were pasted in with theirs) is found in the line's text and changes nothing. The
    position is then in the included file (named as jing names it), or unknown (no column) when
    that is not a local file. Each file is read once, only when a column is needed in it."""

    def __init__(self, path: Path, tree: etree._ElementTree) -> None:
        self.path = path
        self.tree = tree
        self._texts: dict[str, list[str] | None] = {}

    def _text(self, file: str) -> list[str] | None:
        if file not in self._texts:
            try:
                raw = Path(file).read_bytes()
            except OSError:
                self._texts[file] = None
            else:
                encoding = self.tree.docinfo.encoding if file == str(self.path) else None
                text = raw.decode(encoding or "utf-8", errors="replace")
                self._texts[file] = _LINE_END.split(text)
        return self._texts[file]

    def _written(self, element: etree._Element, file: str | None) -> bool:
        """Whether ``file`` itself writes ``element``'s ``xml:base`` (on its start tag's lines)."""
        text = self._text(file) if file is not None else None
        line = element.sourceline or 0
        if text is None or not 0 < line <= len(text):
            return False
        value = re.escape(element.get(xmlinput.XML_BASE, ""))
        written = re.compile(f"xml:base\\s*=\\s*([\"']){value}\\1")
        return any(written.search(text[number - 1]) for number in range(line, max(0, line - 50), -1))

    def sources(self) -> dict[etree._Element, tuple[str | None, etree._Element]]:
        """The file each element was read from (``None``: not a local file) and the top element
        of the inclusion it came with (the root for the document's own): one walk of the tree,
        which looks at the text only where an element carries ``xml:base``."""
        root = self.tree.getroot()
        found: dict[etree._Element, tuple[str | None, etree._Element]] = {}
        stack: list[tuple[etree._Element, str | None, etree._Element]] = [(root, str(self.path), root)]
        while stack:
            element, file, top = stack.pop()
            if element.get(xmlinput.XML_BASE) is not None and element.getparent() is not None \
                    and not self._written(element, file):
                base = element.base or ""
                file = base if base and "://" not in base and Path(base).is_file() else None
                top = element
            found[element] = (file, top)
            stack.extend((child, file, top) for child in element.iterchildren(etree.Element))
        return found

    def positions(self, elements: list[etree._Element]) -> dict[etree._Element, tuple[str | None, int, int | None]]:
        """``(file, line, column)`` (1-based, column in characters) where the start tags of
        ``elements`` begin, as far as found: libxml2's line is where a start tag ends. The n-th
        tag of a name on a line is counted within one inclusion (a file may be included twice)."""
        wanted = {e for e in elements if e.sourceline}
        if not wanted:
            return {}
        sources = self.sources()
        keys = {(sources[e][1], e.sourceline) for e in wanted}
        ordinals: dict[etree._Element, int] = {}
        counts: dict[tuple[etree._Element, int, str], int] = {}
        for node in self.tree.getroot().iter(etree.Element):
            top = sources[node][1]
            if (top, node.sourceline) in keys:
                key = (top, node.sourceline, etree.QName(node).localname)
                ordinals[node] = counts.get(key, 0)
                counts[key] = counts.get(key, 0) + 1
        found: dict[etree._Element, tuple[str | None, int, int | None]] = {}
        for element in wanted:
            file = sources[element][0]
            found[element] = (file, element.sourceline, None)
            text = self._text(file) if file is not None else None
            if text is None or element.sourceline > len(text) or element not in ordinals:
                continue
            local = re.escape(etree.QName(element).localname)  # any prefix: counted by local name
            tag = re.compile(f"<(?:[^\\s<>/:]+:)?{local}(?=[\\s/>]|$)")
            tags = list(tag.finditer(text[element.sourceline - 1]))
            if ordinals[element] < len(tags):
                found[element] = (file, element.sourceline, tags[ordinals[element]].start() + 1)
                continue
            # libxml2 gives the line where the start tag ends: look back for where it began
            for number in range(element.sourceline - 1, max(0, element.sourceline - 50), -1):
                before = list(tag.finditer(text[number - 1]))
                if before:
                    found[element] = (file, number, before[-1].start() + 1)
                    break
            else:
                found[element] = self._nested(file, element.sourceline, tag) or found[element]
        return found

    def _nested(self, file: str | None, line: int,
                tag: re.Pattern[str]) -> tuple[str, int, int] | None:
        """Where a start tag that ``file`` does not have at ``line`` is, in a file ``file``
        XIncludes (and so on, five deep): libxml2 gives no ``xml:base`` to what an included file
        brings from a file of its own folder, so such an element seems to come from the file that
        included it. The first included file with the tag on that line, else ``None``."""
        todo, seen = [(file, 0)], set()
        while todo:
            current, depth = todo.pop(0)
            text = self._text(current) if current is not None else None
            if text is None or current in seen or depth > 5:
                continue
            seen.add(current)
            if depth and line <= len(text) and (match := tag.search(text[line - 1])):
                return current, line, match.start() + 1
            folder = Path(current).parent
            todo += [(str(folder / href), depth + 1) for href in _INCLUDED.findall("\n".join(text))
                     if "://" not in href]
        return None


_STEP = re.compile(r"^(?P<name>[^\[\]]+)(?:\[(?P<index>\d+)\])?$")


class _Nodes:
    """Finds the element at a path libxml2 or the Schematron wrote: ``/*[1]/*[2]``,
    ``/TEI/text``, ``/*/*[2]/x:foo`` (steps by position, or by the name with the document's own
    prefix); ``None`` when there is none. Each element's children (of a name) are listed once
    per instance, so thousands of paths through one long list (a register's ``listPerson``)
    cost what the list is long once, not once per path. One instance per checked file."""

    def __init__(self) -> None:
        self._children: dict[tuple[etree._Element, str], list[etree._Element]] = {}

    def __call__(self, tree: etree._ElementTree, node_path: str | None) -> etree._Element | None:
        if not node_path or not node_path.startswith("/"):
            return None
        node: etree._Element | None = None
        for step in node_path.strip("/").split("/"):
            match = _STEP.match(step)
            if match is None:
                return None
            candidates = [tree.getroot()] if node is None else self._named(node, match["name"])
            if match["name"] != "*" and node is None:
                candidates = [c for c in candidates if _written_name(c) == match["name"]]
            index = int(match["index"] or 1) - 1
            if index >= len(candidates):
                return None
            node = candidates[index]
        return node

    def _named(self, node: etree._Element, name: str) -> list[etree._Element]:
        key = (node, name)
        if key not in self._children:
            children = list(node.iterchildren(etree.Element))
            self._children[key] = children if name == "*" else [
                c for c in children if _written_name(c) == name]
        return self._children[key]


def _written_name(element: etree._Element) -> str:
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local


@dataclass(frozen=True, slots=True)
class _Raw:
    """A problem before it gets its column and hint."""

    element: etree._Element | None
    line: int | None
    message: str
    source: str
    severity: str = "error"
    rule: str | None = None
    detail: str | None = None
    known: frozenset[str] | None = None


def _problem(file: str, line: int | None, column: int | None, raw: _Raw,
             steps: dict[etree._Element, dict[etree._Element, str]]) -> Problem:
    found = hints.find(raw.message, raw.element, raw.rule, raw.known, raw.detail)
    key, en, fa = found if found is not None else (raw.rule, None, None)
    element, message, source, severity = raw.element, raw.message, raw.source, raw.severity
    return Problem(
        file=file, line=line, column=column,
        xpath=readable_xpath(element, steps) if element is not None else None,
        message=message, hint=en, severity=severity, hint_fa=fa, source=source, rule=key,
    )


#: The id of nashr.sch's assertion that an xml:id is used once (tei/schema/nashr.sch).
UNIQUE_ID_RULE = "nashr-unique-id"


def check_xml_ids(tree: etree._ElementTree) -> list[tuple[etree._Element, str]]:
    """``(element, message)`` for every ``xml:id`` that is not an NCName or repeats an earlier
    one (W3C xml:id 1.0 §4; Namespaces in XML 1.0 §3)."""
    seen: dict[str, etree._Element] = {}
    found = []
    for element in tree.xpath("//*[@xml:id]"):  # in C: only the elements that carry one
        value = element.get(XML_ID)
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
        schema: one value or several (each checked in turn): ``"tei_all"`` (TEI's RELAX NG and
            the ISO Schematron embedded in it; the cached copy, see
            :mod:`nashr.validate.schemas`), ``"nashr"``, ``"auto"`` (every ``<?xml-model?>`` PI
            of each document, else tei_all), a path to a ``.rng`` / ``.rnc`` (RELAX NG) or
            ``.sch`` (ISO Schematron) file, or ``schematron:PATH`` (the Schematron embedded in
            the grammar PATH).
        reduce: check each document against the RELAX NG grammar reduced to the elements it
            uses (same verdicts, far faster cold start; :mod:`nashr.validate.rngreduce`). ``False``
            compiles the whole grammar once.
        today: the date Schematron rules see (``validUntil`` deprecations); default
            ``SOURCE_DATE_EPOCH`` if set, else :data:`FIXED_DATE` — never the clock, so a
            verdict does not change with the day it is computed.
        xinclude: resolve ``xi:include`` (W3C XInclude 1.0) before checking, as oXygen and
            Debian's jing do.

    Raises:
        nashr.validate.schemas.SchemaNotFound: a named or given schema file does not exist.
        nashr.validate.schemas.SchemaError: a given file is not a RELAX NG or Schematron schema.
        (A schema that fails to compile, and anything ``auto`` finds in a document, surface per
        file as a ``fatal`` problem instead: the rest of the batch is still checked.)
    """

    def __init__(self, schema: str | Path | Sequence[str | Path] = "tei_all", *,
                 reduce: bool = True, today: dt.date | None = None,
                 xinclude: bool = True) -> None:
        self.schema = schema
        self.reduce = reduce
        self.today = today or schematron_date()
        self.xinclude = xinclude
        specs = [schema] if isinstance(schema, str | Path) else list(schema)
        automatic = any(str(spec) == "auto" for spec in specs)
        self._fixed = None if automatic else schemas.resolve(specs, None, Path("."))

    def report(self, path: Path) -> FileReport:
        """Check one file and return its :class:`FileReport` (never raises for a file's or a
        schema's problem: those are ``fatal`` problems of the report)."""
        file = str(path)
        label = self._fixed.label if self._fixed is not None else "auto"
        try:
            document = xmlinput.read(path, xinclude=self.xinclude)
        except xmlinput.UnusableInput as exc:
            return FileReport(file, label, [_unusable(path, exc)])
        tree = document.tree
        try:
            chosen = self._fixed or schemas.resolve(self.schema, tree, path)
        except (schemas.SchemaNotFound, schemas.SchemaError) as exc:
            return FileReport(file, label, [_fatal(file, str(exc))])
        raw: list[_Raw] = [_Raw(None, None, note, "xml", "info")
                           for note in (*document.notes, *chosen.notes)]
        raw.extend(_Raw(None, None, warning, "xml", "warning")
                   for warning in (*document.warnings, *chosen.warnings))
        id_problems = check_xml_ids(tree)
        raw.extend(_Raw(element, element.sourceline, message, "xml:id", rule="xml:id")
                   for element, message in id_problems)
        flagged = {element for element, _ in id_problems}
        # a flagged id that is an NCName repeats an earlier one: said once, here, not again by the
        # project's Schematron at every element that carries it (nashr.sch's nashr-unique-id)
        repeated = {value for element in flagged if NCNAME.fullmatch(value := element.get(XML_ID).strip(" \t\r\n"))}
        for schema in chosen.schemas:
            try:
                if schema.kind == "rng":
                    raw.extend(self._relaxng(schema, tree, flagged))
                else:
                    raw.extend(r for r in self._schematron(schema, path, tree)
                               if not (r.rule == UNIQUE_ID_RULE and r.element is not None
                                       and (r.element.get(XML_ID) or "").strip(" \t\r\n") in repeated))
            except (etree.RelaxNGError, schemas.SchemaError) as exc:  # SchematronError too
                raw.append(_Raw(None, None, f"schema {schema.label} could not be used: "
                                f"{_first_line(exc)}", "xml", "fatal"))
            except Exception as exc:  # noqa: BLE001 - last resort: one file, never the batch
                raw.append(_Raw(None, None, f"nashr could not check this file against "
                                f"{schema.label} ({type(exc).__name__}: {_first_line(exc)}); "
                                "please report it", "xml", "fatal"))
        problems = _problems(file, path, tree, raw)
        return FileReport(file, chosen.label, problems)

    def _relaxng(self, schema: schemas.Schema, tree: etree._ElementTree,
                 flagged: set[etree._Element]) -> list[_Raw]:
        grammar = relaxng.grammar(schemas.xml_syntax(schema.path), reduce=self.reduce)
        errors = grammar.check(tree)
        if not errors and not any(anyuri.suspect(value) or wordchars.excluded(value)
                                  for value in tree.xpath("//@*")):
            return []
        explainer = grammar.explainer()
        node = _Nodes()
        found = list(explain.explain(explainer, tree, errors, node))
        found += explain.beyond(lambda copy: grammar.check(copy, like=tree), explainer, tree,
                                found, node, grammar.check_rooted)
        found += explain.inside(lambda copy, like: grammar.check_rooted(copy, like=like),
                                explainer, found, node)
        found += explain.refused_values(explainer, tree, found)
        return [_Raw(e.element, e.line, e.message, "relaxng", rule=e.rule, detail=e.detail,
                     known=e.known)
                for e in found if not (e.element in flagged and e.rule == "xml-id-datatype")]

    def _schematron(self, schema: schemas.Schema, path: Path,
                    tree: etree._ElementTree) -> list[_Raw]:
        from nashr.validate import schematron  # imports saxonche: only when a Schematron is used

        source = schemas.xml_syntax(schema.path) if schema.embedded else schema.path
        found = []
        node = _Nodes()
        for finding in schematron.checker(source, self.today, schema.embedded).check(path, tree):
            element = node(tree, finding.location)
            found.append(_Raw(element, element.sourceline if element is not None else None,
                              finding.message, "schematron", finding.severity, finding.rule))
        return found

    def validate(self, path: Path) -> list[Problem]:
        """Check one file; ``[]`` when it is valid."""
        return self.report(path).problems


def _fatal(file: str, message: str, line: int | None = None,
           column: int | None = None) -> Problem:
    return Problem(file, line, column, None, message, severity="fatal", source="xml")


#: A TEI P4 document's root or DOCTYPE (``<!DOCTYPE TEI.2 PUBLIC "-//TEI P4//DTD …"``), in a
#: file's first bytes.
_TEI_P4 = re.compile(rb"<!DOCTYPE\s+TEI\.2\b|<TEI\.2[\s>]", re.I)


def _unusable(path: Path, exc: xmlinput.UnusableInput) -> Problem:
    """The fatal problem of a file that could not be read; a TEI P4 document (whose DTD
    selects its modules with parameter entities, which nashr refuses) is told how to go on."""
    problem = _fatal(str(path), exc.message, exc.line, exc.column)
    try:
        with path.open("rb") as stream:
            head = stream.read(xmlinput.SNIFF_BYTES)
    except OSError:
        return problem
    if not _TEI_P4.search(head):
        return problem
    found = hints.find("Did not expect element TEI.2 there", None)  # the root-tei-p4 hint
    if found is None:
        return problem
    key, en, fa = found
    return replace(problem, hint=en, hint_fa=fa, rule=key)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _problems(file: str, path: Path, tree: etree._ElementTree, raw: list[_Raw]) -> list[Problem]:
    """Problems with columns and hints, each once, in document order."""
    positions = _Locator(path, tree).positions([r.element for r in raw if r.element is not None])
    seen = set()
    problems = []
    steps: dict[etree._Element, dict[etree._Element, str]] = {}
    for r in raw:
        key = (r.element, r.message)
        if key in seen:
            continue
        seen.add(key)
        source, line, column = positions.get(r.element, (str(path), r.line, None))
        where = file if source == str(path) else source or f"{file} (an included file)"
        problems.append(_problem(where, line, column, r, steps))
    problems.sort(key=lambda p: (p.file != file, p.file, p.line or 0, p.column or 0))
    return problems


def schematron_date() -> dt.date:
    """The date Schematron rules are evaluated against (their ``validUntil`` deprecations): the
    UTC date of ``SOURCE_DATE_EPOCH`` (reproducible-builds.org specification) when set, else
    :data:`FIXED_DATE`. Never the clock: a verdict must not change with the day it is computed."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return FIXED_DATE


def validate_files(paths: Iterable[Path], schema: str | Path | Sequence[str | Path] = "auto", *,
                   reduce: bool = True, xinclude: bool = True) -> list[FileReport]:
    """Check every file (one bad file never stops the batch); reports in input order.
    Compiled grammars are shared process-wide, so repeated calls compile nothing again.

    Args:
        paths: files to check.
        schema, reduce, xinclude: as for :class:`Validator`.

    Raises:
        nashr.validate.schemas.SchemaNotFound: a named or given schema file does not exist.
        nashr.validate.schemas.SchemaError: a given file is not a RELAX NG or Schematron schema.
    """
    validator = Validator(schema, reduce=reduce, xinclude=xinclude)
    return [validator.report(Path(path)) for path in paths]
