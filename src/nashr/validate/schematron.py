"""ISO Schematron with nashr's own XSLT 3.0 compiler (``xslt/schematron/compile.xsl``) run by
saxonche, standalone (``.sch``) or embedded in a RELAX NG grammar (:func:`extract_embedded`).

A schema is compiled once per process and date (:func:`checker`): the compiler stylesheet turns
the ``.sch`` into an XSLT 3.0 stylesheet, which saxonche compiles; each document is then checked
by one transformation whose SVRL output (ISO/IEC 19757-3 Annex D) becomes :class:`Finding`
records. Rules see the date given to :func:`checker` wherever they call ``current-date()``.

Severity from ``@role`` (ISO/IEC 19757-3 leaves its values open): ``warning``, ``warn``,
``nonfatal`` (TEI's word) → ``warning``; ``info``, ``information`` → ``info``; anything else,
including no role, → ``error``.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PyXdmNode, PyXsltExecutable

from nashr import resources, xmlinput
from nashr.publish import transform
from nashr.validate import schemas

COMPILER = resources.folder("xslt") / "schematron" / "compile.xsl"
SVRL = "http://purl.oclc.org/dsdl/svrl"
SCH = "http://purl.oclc.org/dsdl/schematron"
#: Prefixes TEI's embedded rules use without declaring them (see :func:`extract_embedded`).
IMPLICIT_PREFIXES = {"xs": "http://www.w3.org/2001/XMLSchema", "sch": SCH,
                     "sch1x": "http://www.ascc.net/xml/schematron"}
_ROLES = {"warning": "warning", "warn": "warning", "nonfatal": "warning", "info": "info",
          "information": "info"}


class SchematronError(schemas.SchemaError):
    """The schema could not be compiled, or a check failed to run (message names the file)."""


def extract_embedded(grammar: etree._ElementTree) -> etree._ElementTree:
    """The ISO Schematron schema embedded in a RELAX NG grammar: its ``sch:ns`` and
    ``sch:pattern`` elements, in document order, in one ``sch:schema`` (``queryBinding="xslt2"``,
    as TEI's ODD processor writes them; the embedding is the one TEI's ``extract-isosch.xsl``
    reads: ISO/IEC 19757-3 Annex A's "Schematron in other schema languages").

    Two portability fixes, both needed by TEI P5 4.10.x (measured on its tei_all.rng):

    - a pattern instantiating an abstract pattern (``@is-a``) that the grammar does not contain
      is dropped: TEI withdrew the ``declarable`` abstract pattern in 4.10.1 but still writes
      ``is-a="declarable"`` instances, which no Schematron processor can expand;
    - the prefixes some TEI rules use without an ``sch:ns`` are declared: those in scope on the
      patterns in the grammar, then ``xs``, ``sch`` and ``sch1x`` (:data:`IMPLICIT_PREFIXES`).

    Raises:
        SchematronError: the grammar holds no Schematron pattern.
    """
    root = grammar.getroot()
    patterns = list(root.iter(f"{{{SCH}}}pattern"))
    abstract = {p.get("id") for p in patterns if p.get("abstract") == "true"}
    kept = [p for p in patterns if p.get("is-a") is None or p.get("is-a") in abstract]
    if not kept:
        raise SchematronError("the RELAX NG grammar embeds no Schematron pattern")
    schema = etree.Element(f"{{{SCH}}}schema", queryBinding="xslt2", nsmap={"sch": SCH})
    declared = set()
    for ns in root.iter(f"{{{SCH}}}ns"):
        if ns.get("prefix") not in declared:
            declared.add(ns.get("prefix"))
            etree.SubElement(schema, f"{{{SCH}}}ns", prefix=ns.get("prefix", ""), uri=ns.get("uri", ""))
    in_scope = {prefix: uri for pattern in kept for node in pattern.iter()
                if isinstance(node.tag, str) for prefix, uri in node.nsmap.items() if prefix}
    for prefix, uri in {**IMPLICIT_PREFIXES, **in_scope}.items():
        if prefix not in declared:
            declared.add(prefix)
            etree.SubElement(schema, f"{{{SCH}}}ns", prefix=prefix, uri=uri)
    for pattern in kept:
        schema.append(copy.deepcopy(pattern))
    return etree.ElementTree(schema)


def _read(path: Path) -> etree._ElementTree:
    """A schema file parsed with nashr's safe parser.

    Raises:
        SchematronError: missing or not well-formed (message names the file).
    """
    try:
        return etree.parse(str(path), xmlinput.parser())
    except (OSError, etree.XMLSyntaxError) as exc:
        raise SchematronError(f"{path}: cannot read the schema: {exc}") from exc


#: How deep ``sch:include`` may nest (a deeper chain is taken for a cycle).
MAX_INCLUDE_DEPTH = 20
#: The attributes of a pattern instance where ISO/IEC 19757-3:2016 §6.3 lets ``$name`` stand
#: for an abstract pattern's parameter (queries and the paths of messages).
PARAMETRIZED = ("context", "test", "select", "path", "value", "subject")


def expand(schema: etree._ElementTree, path: Path) -> etree._ElementTree:
    """``schema`` with ISO Schematron's two macros expanded, as the standard's reference
    preprocessors (``iso_dsdl_include.xsl``, ``iso_abstract_expand.xsl``) do before compiling:

    - each ``sch:include`` is replaced by the element its ``href`` names (a local file, read
      safely, or an element of it by ``#id``), itself expanded (§5.4.4);
    - each pattern with ``is-a`` becomes a copy of that abstract pattern's content whose
      ``$name`` parameters (in :data:`PARAMETRIZED` attributes) are replaced by the instance's
      ``sch:param`` values, the longest name first; abstract patterns themselves are dropped
      (§6.3).

    Raises:
        SchematronError: an included file is missing or not XML, the includes nest deeper than
            :data:`MAX_INCLUDE_DEPTH` (a cycle), or ``is-a`` names no abstract pattern — each
            message names the file and what to fix.
    """
    root = copy.deepcopy(schema.getroot())
    _include(root, path, 0)
    patterns = list(root.iter(f"{{{SCH}}}pattern"))
    abstract = {p.get("id"): p for p in patterns if p.get("abstract") == "true"}
    for pattern in patterns:
        if pattern.get("abstract") == "true":
            pattern.getparent().remove(pattern)
        elif pattern.get("is-a") is not None:
            _instantiate(pattern, abstract, path)
    return etree.ElementTree(root)


#: nashr's attribute on a pattern whose rules can match only elements (the compiler then walks
#: elements only, not their attributes and text, when it looks for the rules' nodes).
ELEMENTS_ONLY = "{urn:nashr:schematron}elements-only"
#: The last step of a path pattern that matches elements only (predicates taken out):
#: ``tei:p``, ``tei:*``, ``*``, ``*:p``, ``p``, ``element()``, ``element(name)``.
_ELEMENT_STEP = re.compile(r"(?:child::|descendant::|descendant-or-self::|self::)?"
                           r"(?:\*|[\w.\-]+:\*|\*:[\w.\-]+|[\w.\-]+(?::[\w.\-]+)?|element\([^()]*\))")


def mark_element_patterns(schema: etree._ElementTree) -> etree._ElementTree:
    """``schema`` with :data:`ELEMENTS_ONLY` set on each pattern all of whose rule contexts can
    match only elements (:func:`element_context`): every rule of TEI's embedded Schematron but
    those on attributes (``tei:rt/@target``). A pattern's walk then visits the elements of a
    document instead of every node: on a 20 MB TEI text, TEI's 91 patterns take a fifth of the
    time (``benchmarks/validate_big.py``). Findings are the same: a rule whose context cannot
    match a text node or an attribute never fires on one."""
    for pattern in schema.getroot().iter(f"{{{SCH}}}pattern"):
        rules = [r for r in pattern.iter(f"{{{SCH}}}rule") if r.get("abstract") != "true"]
        if all(element_context(r.get("context") or "") for r in rules):
            pattern.set(ELEMENTS_ONLY, "true")
    return schema


def element_context(context: str) -> bool:
    """Whether the XSLT pattern ``context`` surely matches only elements: each of its ``|``
    alternatives ends in an element step (:data:`_ELEMENT_STEP`, predicates aside). Anything
    else (attributes, ``node()``, ``text()``, ``/``, variables, functions) is taken as able to
    match other nodes."""
    if "$" in context or not context.strip():
        return False
    alternatives, depth, current = [], 0, []
    for char in context:  # split at top-level "|", dropping predicates (nested ones too)
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif depth == 0 and char == "|":
            alternatives.append("".join(current))
            current = []
        elif depth == 0:
            current.append(char)
    alternatives.append("".join(current))
    return all(_ELEMENT_STEP.fullmatch(a.strip().rsplit("/", 1)[-1].strip()) is not None
               and a.strip() not in ("", "/") for a in alternatives)


def _include(element: etree._Element, path: Path, depth: int) -> None:
    for node in list(element.iter(f"{{{SCH}}}include")):
        if depth >= MAX_INCLUDE_DEPTH:
            raise SchematronError(f"{path}: sch:include nests more than {MAX_INCLUDE_DEPTH} "
                                  "deep; is a file including itself?")
        href, _, fragment = (node.get("href") or "").partition("#")
        target = (path.parent / href).resolve() if href else path
        if "://" in href:
            raise SchematronError(f"{path}: sch:include names {href}; nashr never reads the "
                                  "network: put a copy beside the schema and include that")
        if not target.is_file():
            raise SchematronError(f"{path}: sch:include names {href}, which does not exist "
                                  f"(looked for {target})")
        found = _read(target).getroot()
        if fragment:
            found = next((e for e in found.iter() if e.get("id") == fragment
                          or e.get("{http://www.w3.org/XML/1998/namespace}id") == fragment), None)
            if found is None:
                raise SchematronError(f"{path}: sch:include names #{fragment}, which {href or 'the schema'} "
                                      "does not have")
        found = copy.deepcopy(found)
        _include(found, target, depth + 1)
        node.getparent().replace(node, found)


def _instantiate(pattern: etree._Element, abstract: dict[str, etree._Element], path: Path) -> None:
    name = pattern.get("is-a")
    model = abstract.get(name)
    if model is None:
        raise SchematronError(f"{path}: pattern {pattern.get('id') or ''} is-a=\"{name}\", but the "
                              "schema has no abstract pattern of that id")
    params = {p.get("name", ""): p.get("value", "") for p in pattern.findall(f"{{{SCH}}}param")}
    names = sorted(params, key=len, reverse=True)
    for child in list(pattern):
        pattern.remove(child)
    del pattern.attrib["is-a"]
    for child in model:
        copied = copy.deepcopy(child)
        for node in copied.iter(etree.Element):
            for attribute in PARAMETRIZED:
                value = node.get(attribute)
                if value is not None and "$" in value:
                    for param in names:
                        value = re.sub(rf"\${re.escape(param)}(?![\w.\-])",
                                       lambda _, v=params[param]: v, value)
                    node.set(attribute, value)
        pattern.append(copied)


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed assert or successful report: ``location`` is a positional element path
    (``/*[1]/*[2]``), ``rule`` the assert's, rule's or pattern's id."""

    location: str
    message: str
    severity: str
    rule: str | None
    test: str = ""


class Checker:
    """A compiled Schematron schema (see :func:`checker`)."""

    def __init__(self, schema: Path, today: dt.date, embedded: bool = False) -> None:
        self.schema = schema
        self.today = today
        self.embedded = embedded
        self._executable = self._compile()

    def _source(self) -> PyXdmNode:
        schema = _read(self.schema)
        if self.embedded:
            schema = extract_embedded(schema)
        text = etree.tostring(mark_element_patterns(expand(schema, self.schema)),
                              encoding="unicode")
        builder = transform.processor().new_document_builder()
        builder.set_base_uri(self.schema.resolve().as_uri())
        return builder.parse_xml(xml_text=text)

    def _compile(self) -> PyXsltExecutable:
        try:
            compiler = transform.shared().get(COMPILER)
            generated = compiler.transform_to_string(xdm_node=self._source())
            xslt = transform.processor().new_xslt30_processor()
            xslt.set_cwd(str(self.schema.parent))
            executable = xslt.compile_stylesheet(stylesheet_text=generated)
        except (PySaxonApiError, transform.TransformError) as exc:
            raise SchematronError(f"{self.schema}: cannot compile the Schematron: {exc}") from exc
        if executable is None:
            raise SchematronError(f"{self.schema}: cannot compile the Schematron")
        executable.set_parameter(
            "nashr-today", transform.processor().make_string_value(self.today.isoformat()))
        return executable

    def check(self, path: Path, tree: etree._ElementTree | None = None) -> list[Finding]:
        """Run the rules on one document.

        Args:
            path: the document (gives the base URI, for rules that read other files).
            tree: the document already parsed by lxml (:mod:`nashr.xmlinput`), handed to Saxon
                as text so the file is read once; without it the file is read here.

        Raises:
            SchematronError: the file is unusable, or a rule failed at run time (e.g. a type
                error in a test).
        """
        try:
            if tree is None:
                tree = xmlinput.read(path).tree
            builder = transform.processor().new_document_builder()
            builder.set_base_uri(path.resolve().as_uri())
            node = builder.parse_xml(xml_text=etree.tostring(tree.getroot(), encoding="unicode"))
            output = self._executable.transform_to_string(xdm_node=node)
        except xmlinput.UnusableInput as exc:
            raise SchematronError(f"{path}: {exc.message}") from exc
        except PySaxonApiError as exc:
            raise SchematronError(f"{path}: Schematron {self.schema.name} failed: {exc}") from exc
        svrl = etree.fromstring(output.encode("utf-8"))
        findings = []
        seen = set()
        for item in svrl.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            text = item.findtext(f"{{{SVRL}}}text") or ""
            finding = Finding(
                location=item.get("location", ""),
                message=" ".join(text.split()),
                severity=_ROLES.get((item.get("role") or "").lower(), "error"),
                rule=item.get("id") or None,
                test=item.get("test", ""),
            )
            # one problem once: TEI states some constraints twice, in English and in French
            key = (finding.location, finding.test, finding.severity, item.tag)
            if key not in seen:
                seen.add(key)
                findings.append(finding)
        return findings


_CHECKERS: dict[tuple[Path, dt.date, bool], Checker] = {}


def checker(schema: Path, today: dt.date, embedded: bool = False) -> Checker:
    """The process-wide :class:`Checker` for ``schema`` evaluated as of ``today``;
    ``embedded``: the Schematron embedded in the RELAX NG grammar ``schema``.

    Raises:
        SchematronError: the schema does not compile.
    """
    key = (schema.resolve(), today, embedded)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(key[0], today, embedded)
    return _CHECKERS[key]
