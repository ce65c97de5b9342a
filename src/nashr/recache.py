"""Compiled regular expressions kept on disk between runs, for a faster cold start.

Python compiles a regular expression in pure Python (``re._parser``, ``re._compiler``): the
hundreds of patterns of the converter and the recognisers (the date pattern alone is 12,000
characters) cost about 0.1 s at every start of ``nashr convert``. The compiled program — a list
of integers that ``_sre.compile`` turns into a pattern object — depends only on the pattern, its
flags and the Python that compiled it, so it can be kept.

:func:`compiled_patterns` is a context manager: while it is active, every pattern Python compiles
(``re.compile``, ``re.sub`` … of a pattern not in ``re``'s own cache) is looked up in
``<cache>/re/<name>-<python>.marshal`` (``<cache>`` is :func:`nashr.validate.schemas.cache_dir`,
``<python>`` names the interpreter and its ``_sre`` version); a miss is compiled as usual, and
its program stored only when ``_sre.compile`` of it gives a pattern equal to the one Python made
(same flags, program and source: ``re.Pattern`` equality). The file holds the patterns of the
last run that missed one, so it does not grow with edits of the patterns. The cache is never
needed for a result: an unreadable, foreign or broken file is ignored (and replaced), an
unwritable directory leaves the run uncached, and a program that ``_sre`` rejects is compiled
again.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

_PYTHON = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, group index, index group."""


def _program(pattern: str | bytes, flags: int) -> Program:
    """The program of ``pattern``, as ``re._compiler.compile`` makes it."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file(name: str) -> Path:
    """``<cache>/re/<name>-<python>.marshal``: the programs :func:`compiled_patterns` keeps."""
    from nashr.validate.schemas import cache_dir

    return cache_dir() / "re" / f"{name}-{_PYTHON}.marshal"


def _load(path: Path) -> dict[tuple[str | bytes, int], Program]:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


@contextmanager
def compiled_patterns(name: str) -> Iterator[None]:
    """Compile the regular expressions of the block from the cache file ``name`` (see the module
    docstring); the file is rewritten when the block missed a pattern and ended without error.

    Not thread-safe: meant around the imports and set-up of a command, in one thread.
    """
    path = cache_file(name)
    stored = _load(path)
    used: dict[tuple[str | bytes, int], Program] = {}
    missed = False
    compile_ = _compiler.compile

    def cached(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        nonlocal missed
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return compile_(pattern, flags)
        key = (pattern, flags)
        program = stored.get(key)
        if program is not None:
            try:
                compiled = _sre.compile(pattern, *program)
            except (TypeError, ValueError, RuntimeError):
                pass
            else:
                used[key] = program
                return compiled
        compiled = compile_(pattern, flags)
        program = _program(pattern, flags)
        if _sre.compile(pattern, *program) == compiled:
            used[key] = program
            missed = True
        return compiled

    _compiler.compile = cached
    try:
        yield
    finally:
        _compiler.compile = compile_
    if missed:
        from nashr.files import atomic_write

        try:
            atomic_write(path, marshal.dumps(used))
        except (OSError, ValueError):  # ValueError: a flag or group name marshal cannot write
            pass
