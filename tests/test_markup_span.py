"""nashr.markup.Span: a frozen dataclass with an ``__init__`` of its own (set through its slots)
that behaves as the generated one did."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from nashr.markup import Span


def test_fields_defaults_and_equality() -> None:
    span = Span(3, 9, "persName", {"ref": "#p1"})
    assert (span.start, span.end, span.tag, span.attrs, span.replacement) == (3, 9, "persName", {"ref": "#p1"}, None)
    assert span == Span(start=3, end=9, tag="persName", attrs={"ref": "#p1"})
    assert span != Span(3, 9, "orgName", {"ref": "#p1"})
    assert repr(Span(0, 1, "num")) == "Span(start=0, end=1, tag='num', attrs={}, replacement=None)"


def test_each_span_gets_its_own_attributes() -> None:
    first, second = Span(0, 2, "date"), Span(0, 2, "date")
    first.attrs["when"] = "1951-03-20"  # type: ignore[index]
    assert second.attrs == {}


def test_frozen_replace_and_pickle() -> None:
    span = Span(1, 4, "placeName", {"ref": "#tehran"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    moved = dataclasses.replace(span, start=0)
    assert moved == Span(0, 4, "placeName", {"ref": "#tehran"}) and span.start == 1
    assert pickle.loads(pickle.dumps(span)) == span


@pytest.mark.parametrize(("start", "end", "tag"), [(3, 3, "persName"), (4, 2, "date"), (-1, 2, "num"), (-1, -1, "pb")])
def test_empty_or_negative_ranges_are_refused(start: int, end: int, tag: str) -> None:
    with pytest.raises(ValueError, match="empty or negative span"):
        Span(start, end, tag)


def test_a_point_has_no_width() -> None:
    assert Span(5, 5, "pb").end == 5
