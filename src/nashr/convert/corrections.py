"""An editor's corrections of line roles, kept beside the source: ``sources/NAME.roles.tsv``.

The sidecar has the format of the test collection's ``roles.tsv`` (tests/data/corpus/README.md,
«roles.tsv»): one row ``<line>\\t<role>[\\t<comment>]`` per corrected line, with the 1-based line
numbers of the decoded source (CRLF and CR count as one break); ``#`` rows and blank rows are
ignored. A row whose role differs from the one the rules chose overrides it (the rule shown by
``nashr convert --explain`` is then ``editor: NAME.roles.tsv line K``, K the row's line in the
sidecar, and the element gets no ``@cert``: TEI P5 21.1, an editor's decision is not
«certainty» nashr assigns); every other line keeps the rules' role, a row that agrees with them
included (its rule and ``@cert`` stay as the rules gave them). The sidecar is read at every
conversion, so the corrections survive a changed source, changed registers and a new nashr.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from nashr.convert.conventions import shape
from nashr.convert.document import ROLES, Line
from nashr.convert.sources import SourceError
from nashr.files import atomic_write

if TYPE_CHECKING:
    from nashr.convert.structure import Structure

SUFFIX = ".roles.tsv"
EDITOR_RULE = "editor: {name} line {row}"


class RolesError(SourceError):
    """A sidecar cannot be used (a malformed row, an unknown role, a line outside the text or a
    blank one, or roles the TEI cannot hold where they stand). ``str()`` is one line
    ``file:line: message``; a kind of :class:`~nashr.convert.sources.SourceError`, so the callers
    report it as an unusable input (``nashr convert`` exits 2 and goes on with the other sources)."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One row of a sidecar: the source line ``n`` gets ``role``; ``row`` is its line in the sidecar."""

    n: int
    role: str
    row: int


def sidecar(source: Path) -> Path:
    """The sidecar of a source: ``sources/NAME.txt`` → ``sources/NAME.roles.tsv``."""
    return source.with_name(source.stem + SUFFIX)


def read_corrections(path: Path, texts: Sequence[str]) -> list[Correction]:
    """The rows of the sidecar ``path`` for a source whose lines are ``texts``; [] when there is none.

    Raises:
        RolesError: the first unusable row: not ``<line>\\t<role>[\\t<comment>]``, a role not in
            :data:`ROLES`, a line number outside ``1..len(texts)`` or of a blank line, a line given
            twice; or the file is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        rows = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise RolesError(path, f"not UTF-8 (byte {exc.start})") from None
    found: dict[int, Correction] = {}
    for row, text in enumerate(rows, 1):
        if not text.strip() or text.startswith("#"):
            continue
        fields = text.split("\t")
        if len(fields) < 2 or not fields[0].strip().isdecimal() or not fields[0].strip().isascii():
            raise RolesError(path, f"not '<line><TAB><role>[<TAB><comment>]': {text[:40]!r}", row)
        n, role = int(fields[0]), fields[1].strip()
        if role not in ROLES:
            raise RolesError(path, f"unknown role {role!r} (the roles: {', '.join(sorted(ROLES))})", row)
        if not 1 <= n <= len(texts):
            raise RolesError(path, f"line {n} is outside the text (lines 1–{len(texts)})", row)
        if not texts[n - 1].strip():
            raise RolesError(path, f"line {n} of the text is blank", row)
        if n in found:
            raise RolesError(path, f"line {n} was given a role already on line {found[n].row}", row)
        found[n] = Correction(n, role, row)
    return sorted(found.values(), key=lambda c: c.n)


def corrected(structure: Structure, corrections: Sequence[Correction], name: str) -> Structure:
    """``structure`` with the lines the corrections give another role set to it (:func:`recast`,
    without ``@cert``). ``name``: the sidecar's file name, for the rule."""
    lines = list(structure.lines)
    for correction in corrections:
        line = lines[correction.n - 1]
        if line.role != correction.role:
            lines[correction.n - 1] = recast(line, correction.role, EDITOR_RULE.format(name=name, row=correction.row))
    return replace(structure, lines=lines)


def recast(line: Line, role: str, rule: str, cert: str | None = None) -> Line:
    """``line`` given ``role`` by ``rule`` (an editor's row, or a lesson from one:
    :mod:`nashr.convert.lessons`), at ``cert``: it keeps its text, number and ``copy_of``; what
    belonged to the old role is dropped (an item's number, a bayt's hemistichs, a doubt, …) and what
    the new role needs is measured on the line as the rules measure it: a bayt's caesura and a
    speaker label's end (:func:`nashr.convert.conventions.shape`, a label glued to its dash read too: «سبحاني- …»,
    the editor says the line is a turn; a line without a label is a speaker's name alone)."""
    split = None
    if role == "l":
        split = shape(line.text).caesura
    elif role == "speaker":
        end = shape(line.text, glued=True).speaker_end or len(line.text.rstrip())
        split = (end, end)
    return replace(line, role=role, rule=rule, cert=cert, number=None, list_start=False, trailer_at=None, split=split,
                   hemistich=None, group_start=False, epigraph=False, doubt=None)


def editor_lines(lines: Sequence[Line]) -> int:
    """How many of ``lines`` an editor's sidecar set (their rule is :data:`EDITOR_RULE`)."""
    prefix = EDITOR_RULE.split("{", 1)[0]
    return sum(line.rule.startswith(prefix) for line in lines)


def sidecar_text(lines: Sequence[Line]) -> str:
    """A sidecar listing every non-blank line with its role and, as comment, the rule that chose it
    (and its certainty where the evidence was thin), for an editor to correct."""
    rows = ["# line<TAB>role<TAB>comment: correct the roles that are wrong; rows left as they are change "
            "nothing (what each role gives in TEI: nashr's README, «Correcting line roles»)",
            f"# roles: {' '.join(sorted(ROLES))}"]
    for line in lines:
        if line.role == "blank":
            continue
        comment = " ".join(line.rule.split()) + (f" (cert {line.cert})" if line.cert else "")
        rows.append(f"{line.n}\t{line.role}\t{comment}")
    return "\n".join(rows) + "\n"


def write_sidecar(source: Path, lines: Sequence[Line]) -> Path:
    """Write :func:`sidecar_text` of ``lines`` to the sidecar of ``source`` (atomically) and return its path.

    Raises:
        FileExistsError: the sidecar exists (it may hold an editor's corrections: never overwritten).
        OSError: the folder is not writable.
    """
    path = sidecar(source)
    if path.exists():
        raise FileExistsError(f"{path}: exists (it may hold an editor's corrections); not overwritten — "
                              "rename or delete it to write a new one")
    atomic_write(path, sidecar_text(lines).encode("utf-8"))
    return path


__all__ = ["EDITOR_RULE", "ROLES", "SUFFIX", "Correction", "RolesError", "corrected", "editor_lines",
           "read_corrections", "recast", "sidecar", "sidecar_text", "write_sidecar"]
