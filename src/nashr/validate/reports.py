"""Render validation reports as text (for people), JSON (for programs) or JUnit XML (for CI).

Formats:
- ``text``: one line per problem, ``file:line:column: severity: message [xpath]``, the hint on
  the next line (in ``lang``), then one summary line. Labels are translated for ``lang="fa"``;
  the schema's own messages stay as the schema wrote them.
- ``json``: ``{"format": "nashr-validate/1", "files": [...], "summary": {...}}``; each problem
  carries every field of :class:`~nashr.validate.validator.Problem` (both hints), so ``lang`` only chooses
  which hint fills ``hint_text``.
- ``junit``: the JUnit XML shape GitLab, Jenkins and GitHub test reporters read: one
  ``testcase`` per file; an invalid file has a ``failure``, an unusable one an ``error``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from collections.abc import Sequence

    from nashr.validate.validator import FileReport, Problem

FORMATS = ("text", "json", "junit")
LANGS = ("en", "fa")

_LABELS = {
    "en": {"fatal": "fatal", "error": "error", "warning": "warning", "info": "info",
           "hint": "hint", "valid": "valid", "invalid": "invalid", "unusable": "unusable",
           "summary": "{n} file(s): {valid} valid, {invalid} invalid, {unusable} unusable"},
    "fa": {"fatal": "خطای ناخوانایی", "error": "خطا", "warning": "هشدار", "info": "آگاهی",
           "hint": "راهنمایی", "valid": "معتبر", "invalid": "نامعتبر", "unusable": "ناخوانا",
           "summary": "{n} پرونده: {valid} معتبر، {invalid} نامعتبر، {unusable} ناخوانا"},
}


def _position(problem: Problem) -> str:
    parts = [problem.file]
    if problem.line is not None:
        parts.append(str(problem.line))
        if problem.column is not None:
            parts.append(str(problem.column))
    return ":".join(parts)


def _problem_line(problem: Problem, lang: str) -> str:
    labels = _LABELS[lang]
    where = f" [{problem.xpath}]" if problem.xpath else ""
    text = f"{_position(problem)}: {labels[problem.severity]}: {problem.message}{where}"
    hint = problem.hint_in(lang)
    return f"{text}\n  {labels['hint']}: {hint}" if hint else text


def _counts(reports: Sequence[FileReport]) -> dict[str, int]:
    counts = {"n": len(reports), "valid": 0, "invalid": 0, "unusable": 0}
    for report in reports:
        counts[report.status] += 1
    return counts


def _text(reports: Sequence[FileReport], lang: str) -> str:
    labels = _LABELS[lang]
    lines = []
    for report in reports:
        if report.valid and not report.problems:
            lines.append(f"{report.file}: {labels['valid']} ({report.schema})")
        lines.extend(_problem_line(problem, lang) for problem in report.problems)
    lines.append(labels["summary"].format(**_counts(reports)))
    return "\n".join(lines) + "\n"


def _json(reports: Sequence[FileReport], lang: str) -> str:
    files = []
    for report in reports:
        problems = [asdict(p) | {"hint_text": p.hint_in(lang)} for p in report.problems]
        files.append({"file": report.file, "schema": report.schema, "status": report.status,
                      "problems": problems})
    counts = _counts(reports)
    summary = {"files": counts["n"], "valid": counts["valid"], "invalid": counts["invalid"],
               "unusable": counts["unusable"]}
    document = {"format": "nashr-validate/1", "files": files, "summary": summary}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _junit(reports: Sequence[FileReport], lang: str) -> str:
    counts = _counts(reports)
    suites = etree.Element("testsuites", name="nashr validate")
    suite = etree.SubElement(
        suites, "testsuite", name="nashr validate", tests=str(counts["n"]),
        failures=str(counts["invalid"]), errors=str(counts["unusable"]), skipped="0",
    )
    for report in reports:
        case = etree.SubElement(suite, "testcase", classname=f"validate.{report.schema}",
                                name=report.file)
        if report.status == "valid":
            continue
        kind = "error" if report.unusable else "failure"
        first = report.problems[0]
        outcome = etree.SubElement(case, kind, type=report.status, message=first.message)
        outcome.text = "\n".join(_problem_line(p, lang) for p in report.problems)
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True).decode("utf-8")


def format_reports(reports: Sequence[FileReport], fmt: str = "text", lang: str = "en") -> str:
    """Render ``reports`` in ``fmt`` (``text``, ``json``, ``junit``) with labels and hints in
    ``lang`` (``en``, ``fa``).

    Raises:
        ValueError: unknown format or language.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    render = {"text": _text, "json": _json, "junit": _junit}[fmt]
    return render(reports, lang)
