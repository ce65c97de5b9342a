"""Render validation reports as text (for people), JSON (for programs) or JUnit XML (for CI).

Formats:
Reports are written one file at a time (:class:`Writer`), so a batch of any size needs the
memory of one file's report.

- ``text``: a valid file's verdict (``file: valid (schema)``), then one line per problem,
  ``file:line:column: severity: message [xpath]``, the hint on the next line (in ``lang``) the
  first time the file gets it; a file with more than :data:`GROUPED_FROM` problems ends with
  its problems counted by message, the most frequent first (a project's own attribute on
  every ``l`` of a poem is one fault said hundreds of times); then one summary line. Labels
  are translated for ``lang="fa"``; the schema's own messages stay as the schema wrote them.
- ``json``: ``{"format": "nashr-validate/1", "files": [...], "summary": {...}}``; each problem
  carries every field of :class:`~nashr.validate.validator.Problem` (both hints), so ``lang`` only chooses
  which hint fills ``hint_text``.
- ``junit``: the JUnit XML shape GitLab, Jenkins and GitHub test reporters read: one
  ``testcase`` per file (classname :data:`JUNIT_CLASSNAME`, name the file, the schema in
  ``system-out``); an invalid file has a ``failure``, an unusable one an ``error``, whose
  ``message`` is the first error (or fatal problem), not a note or warning before it.
"""

from __future__ import annotations

import io
import json
import textwrap
from dataclasses import asdict
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml import etree

    from nashr.validate.validator import FileReport, Problem

FORMATS = ("text", "json", "junit")
LANGS = ("en", "fa")

_LABELS = {
    "en": {"fatal": "fatal", "error": "error", "warning": "warning", "info": "info",
           "hint": "hint", "valid": "valid", "invalid": "invalid", "unusable": "unusable",
           "summary": "{n} file(s): {valid} valid, {invalid} invalid, {unusable} unusable",
           "grouped": "{file}: {n} problems, {kinds} different messages:",
           "times": "{count} × {message} (first on line {line})",
           "more": "and {kinds} more messages"},
    "fa": {"fatal": "خطای ناخوانایی", "error": "خطا", "warning": "هشدار", "info": "آگاهی",
           "hint": "راهنمایی", "valid": "معتبر", "invalid": "نامعتبر", "unusable": "ناخوانا",
           "summary": "{n} پرونده: {valid} معتبر، {invalid} نامعتبر، {unusable} ناخوانا",
           "grouped": "{file}: {n} مشکل، {kinds} پیام گوناگون:",
           "times": "{count} × {message} (نخستین بار در سطر {line})",
           "more": "و {kinds} پیام دیگر"},
}


#: The ``classname`` of every JUnit ``testcase``: reporters split it at its dots into package and
#: class, so it holds no schema label (``../meta/x.sch``); the schema goes to ``system-out``.
JUNIT_CLASSNAME = "nashr.validate"
#: A file with more problems than this ends its text report with them counted by message.
GROUPED_FROM = 10
#: How many of the most frequent messages that count names.
GROUPED_SHOWN = 5


def _position(problem: Problem) -> str:
    parts = [problem.file]
    if problem.line is not None:
        parts.append(str(problem.line))
        if problem.column is not None:
            parts.append(str(problem.column))
    return ":".join(parts)


def _problem_line(problem: Problem, lang: str, *, hint: bool = True) -> str:
    labels = _LABELS[lang]
    where = f" [{problem.xpath}]" if problem.xpath else ""
    text = f"{_position(problem)}: {labels[problem.severity]}: {problem.message}{where}"
    advice = problem.hint_in(lang) if hint else None
    return f"{text}\n  {labels['hint']}: {advice}" if advice else text


class Writer:
    """Writes reports one file at a time, so memory stays flat in the number of files: text and
    JSON go straight to ``out``; JUnit, whose header carries the counts, keeps each file's
    rendered ``testcase`` until :meth:`close`.

    Raises:
        ValueError: unknown format or language.
    """

    def __init__(self, out: TextIO, fmt: str = "text", lang: str = "en") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
        self.out, self.fmt, self.lang = out, fmt, lang
        self.counts = {"n": 0, "valid": 0, "invalid": 0, "unusable": 0}
        self._cases: list[str] = []
        if fmt == "json":
            out.write('{\n  "format": "nashr-validate/1",\n  "files": [')

    def add(self, report: FileReport) -> None:
        """Write (or keep, for JUnit) one file's report."""
        first = self.counts["n"] == 0
        self.counts["n"] += 1
        self.counts[report.status] += 1
        if self.fmt == "text":
            self.out.write("".join(line + "\n" for line in _text_lines(report, self.lang)))
        elif self.fmt == "json":
            text = json.dumps(_json_file(report, self.lang), ensure_ascii=False, indent=2)
            self.out.write(("\n" if first else ",\n") + textwrap.indent(text, "    "))
        else:
            from lxml import etree  # JUnit only: the command line loads this module for --help

            self._cases.append(etree.tostring(_junit_case(report, self.lang), encoding="unicode"))

    def close(self) -> None:
        """Write the summary (and, for JUnit, the whole document)."""
        counts = self.counts
        if self.fmt == "text":
            self.out.write(_LABELS[self.lang]["summary"].format(**counts) + "\n")
        elif self.fmt == "json":
            summary = {"files": counts["n"], "valid": counts["valid"],
                       "invalid": counts["invalid"], "unusable": counts["unusable"]}
            self.out.write(("\n  " if counts["n"] else "") + '],\n  "summary": ' +
                           json.dumps(summary) + "\n}\n")
        else:
            from lxml import etree

            suites = etree.Element("testsuites", name="nashr validate")
            suite = etree.SubElement(
                suites, "testsuite", name="nashr validate", tests=str(counts["n"]),
                failures=str(counts["invalid"]), errors=str(counts["unusable"]), skipped="0")
            for case in self._cases:
                suite.append(etree.fromstring(case))
            self.out.write(etree.tostring(suites, xml_declaration=True, encoding="UTF-8",
                                          pretty_print=True).decode("utf-8"))


def _text_lines(report: FileReport, lang: str) -> list[str]:
    lines = []
    if report.valid:  # its problems, if any, are warnings: the verdict first, then them
        lines.append(f"{report.file}: {_LABELS[lang]['valid']} ({report.schema})")
    given: set[str | None] = set()
    for problem in report.problems:
        advice = problem.hint_in(lang)
        lines.append(_problem_line(problem, lang, hint=advice not in given))
        given.add(advice)
    if len(report.problems) > GROUPED_FROM:
        lines.extend(_grouped(report, lang))
    return lines


def _grouped(report: FileReport, lang: str) -> list[str]:
    """A file's problems counted by severity and message, the most frequent first (ties in
    the order they first occur), at most :data:`GROUPED_SHOWN` of them."""
    labels = _LABELS[lang]
    counts: dict[tuple[str, str], list] = {}
    for problem in report.problems:
        counts.setdefault((problem.severity, problem.message), [0, problem.line])[0] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1][0])
    lines = [labels["grouped"].format(file=report.file, n=len(report.problems), kinds=len(counts))]
    lines += ["  " + labels["times"].format(count=count, message=f"{labels[severity]}: {message}",
                                             line=line if line is not None else "?")
              for (severity, message), (count, line) in ranked[:GROUPED_SHOWN]]
    if len(ranked) > GROUPED_SHOWN:
        lines.append("  " + labels["more"].format(kinds=len(ranked) - GROUPED_SHOWN))
    return lines


def _json_file(report: FileReport, lang: str) -> dict:
    problems = [asdict(p) | {"hint_text": p.hint_in(lang)} for p in report.problems]
    return {"file": report.file, "schema": report.schema, "status": report.status,
            "problems": problems}


def _junit_case(report: FileReport, lang: str) -> etree._Element:
    from lxml import etree

    case = etree.Element("testcase", classname=JUNIT_CLASSNAME, name=report.file)
    if report.status != "valid":
        kind = "error" if report.unusable else "failure"
        decisive = ("fatal",) if report.unusable else ("fatal", "error")
        first = next(p for p in report.problems if p.severity in decisive)
        outcome = etree.SubElement(case, kind, type=report.status, message=first.message)
        outcome.text = "\n".join(_problem_line(p, lang) for p in report.problems)
    etree.SubElement(case, "system-out").text = f"schema: {report.schema}"
    return case


def format_reports(reports: Sequence[FileReport], fmt: str = "text", lang: str = "en") -> str:
    """Render ``reports`` in ``fmt`` (``text``, ``json``, ``junit``) with labels and hints in
    ``lang`` (``en``, ``fa``) — :class:`Writer` into a string.

    Raises:
        ValueError: unknown format or language.
    """
    buffer = io.StringIO()
    writer = Writer(buffer, fmt, lang)
    for report in reports:
        writer.add(report)
    writer.close()
    return buffer.getvalue()
