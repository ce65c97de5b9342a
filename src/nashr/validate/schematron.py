"""ISO Schematron with nashr's own XSLT 3.0 compiler (``xslt/schematron/compile.xsl``) run by
saxonche.

A schema is compiled once per process and date (:func:`checker`): the compiler stylesheet turns
the ``.sch`` into an XSLT 3.0 stylesheet, which saxonche compiles; each document is then checked
by one transformation whose SVRL output (ISO/IEC 19757-3 Annex D) becomes :class:`Finding`
records. Rules see the date given to :func:`checker` wherever they call ``current-date()``.

Severity from ``@role`` (ISO/IEC 19757-3 leaves its values open): ``warning``, ``warn``,
``nonfatal`` (TEI's word) → ``warning``; ``info``, ``information`` → ``info``; anything else,
including no role, → ``error``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PyXsltExecutable

from nashr import resources, xmlinput
from nashr.publish import transform

COMPILER = resources.folder("xslt") / "schematron" / "compile.xsl"
SVRL = "http://purl.oclc.org/dsdl/svrl"
_ROLES = {"warning": "warning", "warn": "warning", "nonfatal": "warning", "info": "info",
          "information": "info"}


class SchematronError(RuntimeError):
    """The schema could not be compiled, or a check failed to run (message names the file)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed assert or successful report: ``location`` is a positional element path
    (``/*[1]/*[2]``), ``rule`` the assert's, rule's or pattern's id."""

    location: str
    message: str
    severity: str
    rule: str | None


class Checker:
    """A compiled Schematron schema (see :func:`checker`)."""

    def __init__(self, schema: Path, today: dt.date) -> None:
        self.schema = schema
        self.today = today
        self._executable = self._compile()

    def _compile(self) -> PyXsltExecutable:
        try:
            compiler = transform.shared().get(COMPILER)
            generated = compiler.transform_to_string(xdm_node=transform.parse(self.schema))
            xslt = transform.processor().new_xslt30_processor()
            xslt.set_cwd(str(self.schema.parent))
            executable = xslt.compile_stylesheet(stylesheet_text=generated)
        except (PySaxonApiError, transform.TransformError) as exc:
            raise SchematronError(f"{self.schema}: cannot compile the Schematron: {exc}") from exc
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
        for item in svrl.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            text = item.findtext(f"{{{SVRL}}}text") or ""
            findings.append(Finding(
                location=item.get("location", ""),
                message=" ".join(text.split()),
                severity=_ROLES.get((item.get("role") or "").lower(), "error"),
                rule=item.get("id") or None,
            ))
        return findings


_CHECKERS: dict[tuple[Path, dt.date], Checker] = {}


def checker(schema: Path, today: dt.date) -> Checker:
    """The process-wide :class:`Checker` for ``schema`` evaluated as of ``today``.

    Raises:
        SchematronError: the schema does not compile.
    """
    key = (schema.resolve(), today)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(key[0], today)
    return _CHECKERS[key]
