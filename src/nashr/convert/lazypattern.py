"""A regular expression compiled on its first use (issue 14: the cold start of ``nashr convert``).

Compiling the converter's patterns took about 125 ms of a cold ``nashr convert`` of one text, and
many of them serve texts of a kind the text at hand may not be (letters, statutes, PDF layers,
wiki pages, dates before the common era …): their rules test a cheaper condition first. A
:class:`LazyPattern` stands where such a module-level ``re.compile(...)`` stood and compiles the
same pattern text with the same flags when a method is first asked of it; then the compiled
pattern's methods are set on it, so later calls cost what a compiled pattern's do. The matches are
those of the compiled pattern.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when a method of it is first used.

    ``pattern`` (the text) is readable at once without compiling; ``search``, ``match``,
    ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``, ``split`` and any other attribute
    of :class:`re.Pattern` (``flags``, ``groupindex`` …) compile it. Raises :class:`re.error` on first use for a
    pattern that does not compile. Not a :class:`re.Pattern`: give it to ``re`` functions as
    ``LAZY.pattern`` only if recompiling there is intended.
    """

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute not set yet: the methods before the first use, and the
        # compiled pattern's other attributes (groupindex, groups) at any time.
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)
