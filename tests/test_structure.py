"""Line classification against structures written by hand (issue 3).

Each ``tests/data/structure/NAME.expected`` lists, for a source (a seed, or ``NAME.txt`` beside it),
the role of each non-blank line: ``N role [number] [trailer] [copy=K]``; ``* role`` gives the role
of every line not listed; ``genre G`` and ``encoding E`` state the document type and the codec.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, ROOT
from nashr.convert.document import Line
from nashr.convert.sources import read_source
from nashr.convert.structure import classify, genre

CASES = sorted((DATA / "structure").glob("*.expected"))


def _source(expected: Path) -> Path:
    beside = expected.with_suffix(".txt")
    return beside if beside.exists() else ROOT / "seeds" / beside.name


def _describe(line: Line) -> str:
    parts = [line.role]
    if line.number is not None:
        parts.append(str(line.number))
    if line.trailer_at is not None:
        parts.append("trailer")
    if line.copy_of is not None:
        parts.append(f"copy={line.copy_of}")
    return " ".join(parts)


def _expectation(path: Path) -> tuple[dict[int, str], str | None, str | None, str | None]:
    roles: dict[int, str] = {}
    default = kind = encoding = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition(" ")
        if key == "*":
            default = rest
        elif key == "genre":
            kind = rest
        elif key == "encoding":
            encoding = rest
        else:
            roles[int(key)] = rest
    return roles, default, kind, encoding


@pytest.mark.parametrize("expected", CASES, ids=lambda p: p.stem)
def test_structure_matches_hand_encoding(expected: Path) -> None:
    source = read_source(_source(expected))
    roles, default, kind, encoding = _expectation(expected)
    lines = classify(source.lines)
    found = {line.n: _describe(line) for line in lines if line.role != "blank"}
    wanted = {n: roles.get(n, default) for n in found}
    assert found == wanted, {n: (found[n], wanted[n]) for n in found if found[n] != wanted[n]}
    assert set(roles) <= set(found), "expected a role for a blank line"
    if kind is not None:
        assert genre(lines) == kind
    if encoding is not None:
        assert source.encoding == encoding


def test_at_least_eight_layouts_beyond_the_seeds() -> None:
    assert len([p for p in CASES if p.with_suffix(".txt").exists()]) >= 8


def test_a_contents_page_of_short_unpunctuated_lines_is_no_free_verse() -> None:
    # Written for this test: a book's contents, its parts set apart by blank lines. Its lines are as
    # short as free verse's (verse.free_verse) and break no clause, but none ends in a comma or a
    # full stop, as about half the lines of a poem do: no line of it is a line of verse.
    text = ("فهرست مطالب\n\nپیشگفتار\nدرباره این کتاب\nسپاسگزاری\nزندگی نویسنده\n\nبخش نخست\nکودکی در تبریز\n"
            "سال‌های مدرسه\nسفر به تهران\n\nبخش دوم\nروزنامه‌نگاری\nزندان و تبعید\nبازگشت به وطن\n\nپیوست‌ها\nنمایه\n")
    roles = {line.role for line in classify(text.splitlines())}
    assert "l" not in roles
