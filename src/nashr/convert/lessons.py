"""What an editor's corrections on some pages of an edition teach its other pages (issue 12).

A user converts many pages of one site and corrects some of them (``NAME.roles.tsv``,
:mod:`nashr.convert.corrections`). A line the editor gave a role on one page (the site's name,
its tagline, a section label, a byline, a footer) is said again, in the same words, on the pages
not corrected yet, or in the same shape with other numbers (a date widget, a breadcrumb ending in
the page's number); there it gets the role the editor gave it.

- :func:`learn` makes one pass over the corrected pages (the rows of their sidecars and the
  source lines they name): a line's place (its exact key, :func:`nashr.convert.edition.line_keys`:
  the text normalised, at the page's top or bottom: :func:`placed`) → the role the sidecars give
  it. Every row of a sidecar is the editor's word on its line: ``nashr convert --roles-out`` writes
  every line, the editor corrects the wrong ones and leaves the rest as they stand. A place the
  sidecars give two roles (on one page or on two) teaches nothing: the evidence is split. A role
  that continues the line above (:data:`UNTAUGHT`) is no lesson: it depends on the line above, not
  on the line's words.
- :meth:`Lessons.of_pairs` gives a text the lessons its own lines match (what its conversion
  depends on: :func:`lessons_digest`), and :func:`taught` sets them over the text's roles: the
  rule shown by ``nashr convert --explain`` is :data:`LESSON_RULE` (naming the sidecar and its row),
  the line gets ``@cert`` :data:`LESSON_CERT`; the page's own sidecar, applied afterwards, wins.

The lessons do not depend on the order of the sources: each place's lesson cites the first row
(by sidecar name, then row) that gives it. Linear in the lines of the corrected pages and of the
text: one dict of places, no comparison of pages with each other. Measured on the collection's sites
in ``benchmarks/structure_corrections.py``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from nashr.convert.corrections import Correction, corrected, read_corrections, recast, sidecar
from nashr.convert.edition import BOTTOM, SHAPE, TOP, line_keys, zones
from nashr.convert.sources import SourceError, read_source

if TYPE_CHECKING:
    from nashr.convert.structure import Structure

UNTAUGHT = frozenset({"p+", "item+", "code+", "continuation"})
"""Roles that say a line continues the one above: not carried to another page, where the line
above may be another."""
TAUGHT_ZONES = frozenset({TOP, BOTTOM})
"""Where a lesson holds: a page's first and last :data:`nashr.convert.edition.ZONE_LINES` lines,
where a site's furniture, masthead, bylines and taglines stand. A body line's role depends on its
neighbours more than on its words (a thesis' table of contents lists as an item what its chapter
has as a heading: sharif-thesis; measured in ``benchmarks/structure_corrections.py``: lessons in
the body too, one page corrected per site, +20 lines and a page loses one, against +19 and none)."""
LESSON_CERT = "medium"
"""The ``@cert`` of a taught line, as an inferred role has one (an editor's own row has none). Its
record in ``benchmarks/structure_corrections.py``: 19 lines none wrong with one page corrected per
site, 16 lines 1 wrong with two (Wilson centres 8 % and 15 %): a level between none and ``medium``
on a record from the collection, whose pages the rules were written from. A taught line stands at a
page's edge, where a line that is no sentence is ``medium`` whatever rule chose it
(:func:`nashr.convert.certainty.edge_doubt`): on a site nashr has never seen the evidence may be
wrong (a heading and a site's label in the same words)."""
LESSON_RULE = "edition-lesson: {sidecar} line {row} gives {what} at a page's {zone} the role {role}"
"""The rule ``nashr convert --explain`` shows for a taught line: the sidecar and its row it learned
from, and ``what`` was the same there: :data:`SAME_LINE` or :data:`SAME_SHAPE`."""
SAME_LINE = "the same line"
SAME_SHAPE = "a line of the same shape ({shape})"
LABEL_SHAPE = ":…"
"""How a label's shape key ends (:func:`nashr.convert.edition.shape_of`)."""


@dataclass(frozen=True, slots=True, order=True)
class Lesson:
    """The role the editor gave a line where it stood: ``zone`` (:func:`nashr.convert.edition.zones`:
    the page's top or bottom), ``key`` (the line's exact key, :func:`nashr.convert.edition.line_keys`),
    ``nth`` (1 for the key's first line on its page, 2 for a second, …), ``role``, and the sidecar
    (file name) and its ``row`` that gave it first."""

    zone: str
    key: str
    nth: int
    role: str
    sidecar: str
    row: int

    @property
    def place(self) -> tuple[str, str, int]:
        """``(zone, key, nth)``: the lines of a page the lesson names (:func:`placed`)."""
        return self.zone, self.key, self.nth


@dataclass(frozen=True, slots=True)
class Lessons:
    """An edition's lessons (:func:`learn`): ``(zone, key)`` → its lessons (one per ``nth``)."""

    by_key: dict[tuple[str, str], tuple[Lesson, ...]]

    def of_pairs(self, pairs: Iterable[tuple[str, str]]) -> frozenset[Lesson]:
        """The lessons of a text given by its ``(zone, key)`` pairs (:func:`nashr.convert.edition.text_keys`):
        those that may name one of its lines (what its conversion depends on, :func:`lessons_digest`)."""
        return frozenset(lesson for pair in pairs for lesson in self.by_key.get(pair, ()))


def placed(texts: Sequence[str]) -> dict[int, tuple[tuple[str, str, int], ...]]:
    """Index → the places ``(zone, key, nth)`` of a line of ``texts`` (a source's lines) a lesson may
    name, the surest first: its exact key (:func:`nashr.convert.edition.line_keys`), then its shape
    key when its numbers, dates or web addresses vary (a date widget «دوشنبه ۷ بهمن ۱۳۹۸ ایران ۰۷:۴۹»,
    a breadcrumb ending in the poem's number). Only a line in :data:`TAUGHT_ZONES` whose exact key
    holds a letter (a page number or a row of stars says nothing of its role by its words); not a
    label's shape («تاریخ:…»: what follows a label varies in kind as well as in value, a
    periodical's date in one document of an archive and a letter's in another). ``nth`` counts the
    key's lines on the page from its first line, so a page's own title said again at the start of its
    first paragraph (dpmea.gov.af's statements) is not the title a lesson gives the first one."""
    found, seen = {}, Counter[str]()
    for i, (text, zone) in enumerate(zip(texts, zones(texts), strict=True)):
        if zone is None or not (keys := line_keys(text)) or not any(ch.isalpha() for ch in keys[0]):
            continue
        keys = keys if not keys[-1].endswith(LABEL_SHAPE) else keys[:1]
        seen.update(keys)
        if zone in TAUGHT_ZONES:
            found[i] = tuple((zone, key, seen[key]) for key in keys)
    return found


def page_rows(name: str, corrections: Sequence[Correction], texts: Sequence[str]) -> Iterable[Lesson]:
    """The rows of one sidecar (file name ``name``, rows ``corrections`` of a source whose lines are
    ``texts``) as lessons: one per row whose line :func:`placed` names and whose role is not
    :data:`UNTAUGHT`."""
    where = placed(texts)
    for c in corrections:
        if c.role not in UNTAUGHT:
            for place in where.get(c.n - 1, ()):
                yield Lesson(*place, c.role, name, c.row)


def learn(rows: Iterable[Lesson]) -> Lessons:
    """The lessons of an edition's sidecar rows (:func:`page_rows` of every corrected page): per
    place (zone, key, nth), the role its rows give when they all give one, cited by its least row
    (sidecar name, row); a place given two roles teaches nothing."""
    roles: dict[tuple[str, str, int], set[str]] = {}
    first: dict[tuple[str, str, int], Lesson] = {}
    for lesson in rows:
        place = lesson.place
        roles.setdefault(place, set()).add(lesson.role)
        if place not in first or (lesson.sidecar, lesson.row) < (first[place].sidecar, first[place].row):
            first[place] = lesson
    by_key: dict[tuple[str, str], list[Lesson]] = {}
    for place, lesson in sorted(first.items()):
        if len(roles[place]) == 1:
            by_key.setdefault(place[:2], []).append(lesson)
    return Lessons({pair: tuple(found) for pair, found in by_key.items()})


def source_lessons(paths: Iterable[Path]) -> Lessons:
    """:func:`learn` from the sidecars of the sources ``paths`` (:func:`nashr.convert.corrections.sidecar`);
    a source without a sidecar teaches nothing, nor does an unusable source or sidecar (its own
    conversion reports it)."""

    def rows() -> Iterable[Lesson]:
        for path in paths:
            if not sidecar(path).is_file():
                continue
            try:
                texts = read_source(path).lines
                yield from page_rows(sidecar(path).name, read_corrections(sidecar(path), texts), texts)
            except SourceError:  # (and RolesError, a kind of it)
                continue

    return learn(rows())


def lessons_digest(lessons: frozenset[Lesson]) -> str:
    """A stable digest of a text's lessons: what its conversion depends on of the edition's sidecars."""
    rows = sorted(f"{x.zone}\t{x.key}\t{x.nth}\t{x.role}\t{x.sidecar}\t{x.row}" for x in lessons)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def apply_corrections(source: Path, texts: Sequence[str], structure: Structure,
                      lessons: frozenset[Lesson] = frozenset()) -> Structure:
    """``structure`` (the rules' classification of ``texts``, the lines of ``source``) with the
    editor's word: the ``lessons`` of the edition's sidecars (:func:`taught`) on the lines the
    source's own sidecar (:func:`nashr.convert.corrections.sidecar`) does not name, and that
    sidecar's rows (:func:`nashr.convert.corrections.corrected`): an explicit row always wins.

    Raises:
        RolesError: the source's sidecar is unusable (:func:`nashr.convert.corrections.read_corrections`).
    """
    path = sidecar(source)
    rows = read_corrections(path, texts)
    structure = taught(structure, texts, lessons, frozenset(row.n - 1 for row in rows))
    return corrected(structure, rows, path.name) if rows else structure


def taught(structure: Structure, texts: Sequence[str], lessons: frozenset[Lesson],
           kept: frozenset[int] = frozenset()) -> Structure:
    """``structure`` (the classification of ``texts``) with each line a lesson names given the
    lesson's role, when it has another (rule :data:`LESSON_RULE`, ``@cert`` :data:`LESSON_CERT`),
    save the lines of index in ``kept`` (those the page's own sidecar sets). A taught line is reset
    as an editor's line is (:func:`nashr.convert.corrections.recast`)."""
    if not lessons:
        return structure
    by_place = {lesson.place: lesson for lesson in lessons}
    lines = list(structure.lines)
    for i, places in placed(texts).items():
        line, lesson = lines[i], next((by_place[place] for place in places if place in by_place), None)
        if lesson is None or line.role == lesson.role or i in kept:
            continue
        what = SAME_SHAPE.format(shape=lesson.key[1:]) if lesson.key.startswith(SHAPE) else SAME_LINE
        rule = LESSON_RULE.format(sidecar=lesson.sidecar, row=lesson.row, what=what, zone=lesson.zone, role=lesson.role)
        lines[i] = recast(line, lesson.role, rule, LESSON_CERT)
    return replace(structure, lines=lines)


__all__ = ["LESSON_CERT", "LESSON_RULE", "TAUGHT_ZONES", "UNTAUGHT", "Lesson", "Lessons", "apply_corrections", "learn",
           "lessons_digest", "page_rows", "placed", "source_lessons", "taught"]
