"""nashr.convert.lazypattern: a pattern compiled on first use matches as the compiled one does."""

import re

import pytest

from nashr.convert.lazypattern import LazyPattern


def test_compiles_on_first_use_only() -> None:
    lazy = LazyPattern(r"(?P<word>[^\W\d]+)\s+(?P<n>\d+)", re.IGNORECASE)
    assert lazy._compiled is None
    assert lazy.pattern == r"(?P<word>[^\W\d]+)\s+(?P<n>\d+)"
    assert lazy._compiled is None
    assert lazy.search("xx غزل 12").group("word", "n") == ("غزل", "12")
    compiled = lazy._compiled
    assert compiled is not None
    assert lazy.groupindex == {"word": 1, "n": 2}
    assert lazy.flags == re.compile("", re.IGNORECASE).flags
    assert lazy._compiled is compiled  # compiled once


def test_same_results_as_the_compiled_pattern() -> None:
    text = "Ab 1, cd 22; EF 333"
    lazy, compiled = LazyPattern(r"([a-z]+) (\d+)", re.IGNORECASE), re.compile(r"([a-z]+) (\d+)", re.IGNORECASE)
    assert lazy.match(text).span() == compiled.match(text).span()
    assert lazy.fullmatch("ab 1") is not None and lazy.fullmatch(text) is None
    assert lazy.findall(text) == compiled.findall(text) == [("Ab", "1"), ("cd", "22"), ("EF", "333")]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub(r"\2", text) == compiled.sub(r"\2", text) == "1, 22; 333"
    assert lazy.subn("", text) == compiled.subn("", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.search(text, 3).span() == compiled.search(text, 3).span()


def test_a_broken_pattern_raises_on_first_use() -> None:
    lazy = LazyPattern("(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")
