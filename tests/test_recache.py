"""Compiled regular expressions kept on disk (nashr.recache): same patterns, never needed."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from nashr import recache

PATTERNS = [
    (r"(?<!\w)(?P<day>\d{1,2})[\s\u200c]+(?P<month>آبان|آذر)(?:[\s\u200c]+(?P<year>\d{4}))?", 0),
    (r"^(?:سید|میرزا)(.{3,})$", re.MULTILINE),
    (rb"[\x00-\x08]+", 0),
]


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NASHR_CACHE_DIR", str(tmp_path / "cache"))
    re.purge()  # re's own in-memory cache would answer before nashr's
    return tmp_path / "cache"


def compile_all() -> list[re.Pattern]:
    re.purge()
    with recache.compiled_patterns("test"):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_cached_patterns_equal_compiled_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    first = compile_all()
    assert recache.cache_file("test").exists()
    calls: list[object] = []
    monkeypatch.setattr(recache, "_program", lambda *args: calls.append(args))  # a miss would fail
    again = compile_all()
    assert calls == []
    expected = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert again == first == expected
    assert [p.groupindex for p in again] == [p.groupindex for p in expected]
    text = "در ۵ آبان ۱۳۸۶ و 12 آذر"
    assert again[0].sub(r"<\g<month>>", text) == expected[0].sub(r"<\g<month>>", text)


def test_broken_cache_file_is_ignored_and_replaced() -> None:
    path = recache.cache_file("test")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    assert compile_all() == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert path.read_bytes() != b"\x00not marshal"


def test_program_sre_rejects_is_compiled_again() -> None:
    compile_all()
    path = recache.cache_file("test")
    stored = marshal.loads(path.read_bytes())
    key = (PATTERNS[0][0], 0)
    flags, code, groups, groupindex, indexgroup = stored[key]
    stored[key] = (flags, [99999, *code], groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps(stored))
    assert compile_all()[0] == re.compile(*PATTERNS[0])


def test_unwritable_cache_leaves_the_run_uncached(cache: Path) -> None:
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the cache folder should be")
    assert compile_all() == [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_compiler_restored_after_the_block() -> None:
    original = re._compiler.compile  # type: ignore[attr-defined]
    with pytest.raises(ZeroDivisionError), recache.compiled_patterns("test"):
        re.compile("a(b)c")
        raise ZeroDivisionError
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    assert not recache.cache_file("test").exists()
