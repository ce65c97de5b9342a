"""RELAX NG validation with lxml (libxml2), one compiled grammar per schema file per process.

:class:`Grammar` wraps ``lxml.etree.RelaxNG``. Compiling tei_all takes about 10 s with libxml2
(see ``../shared/schemas/README.md``), so a grammar compiles lazily, once, and is shared by every
:class:`~nashr.validate.validator.Validator` of the process (:func:`grammar`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from nashr.validate import rngreduce

if TYPE_CHECKING:
    from nashr.validate import explain


@dataclass(frozen=True, slots=True)
class RngError:
    """One libxml2 RELAX NG error: ``line`` (1-based), ``node_path`` (libxml2's XPath of the
    node, e.g. ``/*/*[2]/*``) and libxml2's ``message``."""

    line: int | None
    node_path: str | None
    message: str


class Grammar:
    """A RELAX NG schema (XML syntax) that validates lxml trees.

    With ``reduce=True`` (the default) each document is checked against the schema reduced to
    the element names it uses (:mod:`nashr.validate.rngreduce`), which compiles in a fraction of the
    time of the full schema and gives the same verdict; reduced grammars are cached in memory,
    and nashr.rng's for converted texts is shipped (:data:`~nashr.validate.rngreduce.CONVERTED_RNG`).
    """

    def __init__(self, path: Path, *, reduce: bool = True) -> None:
        self.path = path
        self.reduce = reduce
        self._full: etree.RelaxNG | None = None
        self._reducer: rngreduce.Reducer | None = None
        self._explainer: explain.Explainer | None = None

    def _compiled_for(self, tree: etree._ElementTree) -> etree.RelaxNG:
        if self._reducer is None:
            self._reducer = rngreduce.Reducer(self.path)
        if not self.reduce:
            if self._full is None:
                self._full = etree.RelaxNG(self._reducer.prepared())
            return self._full
        return self._reducer.compiled_for(tree)

    def explainer(self) -> explain.Explainer:
        """The :class:`~nashr.validate.explain.Explainer` of the whole (prepared) grammar."""
        if self._explainer is None:
            if self._reducer is None:
                self._reducer = rngreduce.Reducer(self.path)
            from nashr.validate import explain  # only for invalid documents (25 ms to load)

            self._explainer = explain.Explainer(self._reducer.prepared())
        return self._explainer

    def check(self, tree: etree._ElementTree, *,
              like: etree._ElementTree | None = None) -> list[RngError]:
        """Validate ``tree``; ``[]`` when valid. ``like``: a tree whose (reduced) grammar is
        used instead of ``tree``'s, e.g. the document ``tree`` is a cut-down copy of (its
        element names a subset: same verdicts, nothing compiled again). The verdict may come
        from a grammar shared with documents checked before; the errors of an invalid ``tree``
        come from ``like``'s (or ``tree``'s) own reduction
        (:meth:`~nashr.validate.rngreduce.Reducer.compiled_exact`), so they never depend on
        what was checked before.

        Raises:
            lxml.etree.RelaxNGParseError: the schema itself is not valid RELAX NG.
        """
        compiled = self._compiled_for(tree if like is None else like)
        if compiled.validate(tree):
            return []
        if self.reduce:  # errors from the document's own reduction, not a batch's shared one
            assert self._reducer is not None
            compiled = self._reducer.compiled_exact(tree if like is None else like)
        return _errors(compiled, tree)

    def check_rooted(self, tree: etree._ElementTree, *,
                     like: etree._ElementTree | None = None) -> list[RngError] | None:
        """Validate ``tree`` with its root element checked against its own definitions, as if
        it stood where the grammar allows it (:meth:`~nashr.validate.rngreduce.Reducer.compiled_rooted`:
        ``tree`` is a copy of an element not allowed where it is); ``[]`` when valid, ``None``
        when the grammar cannot check an element on its own. ``like``: as for :meth:`check`.

        Raises:
            lxml.etree.RelaxNGParseError: the schema itself is not valid RELAX NG.
        """
        if self._reducer is None:
            self._reducer = rngreduce.Reducer(self.path)
        compiled = self._reducer.compiled_rooted(tree if like is None else like)
        return None if compiled is None else _errors(compiled, tree)


def _errors(compiled: etree.RelaxNG, tree: etree._ElementTree) -> list[RngError]:
    """libxml2's errors for ``tree``; ``[]`` when it is valid."""
    if compiled.validate(tree):
        return []
    errors = [
        RngError(entry.line or None, entry.path or None, entry.message)
        for entry in compiled.error_log
    ]
    if not errors:  # libxml2 says nothing when no start pattern can match the root
        root = tree.getroot()
        errors.append(RngError(root.sourceline, tree.getpath(root),
                               f"Did not expect element {etree.QName(root).localname} there"))
    return errors


_GRAMMARS: dict[tuple[Path, bool], Grammar] = {}


def grammar(path: Path, *, reduce: bool = True) -> Grammar:
    """The process-wide :class:`Grammar` for ``path`` (created on first use)."""
    key = (path.resolve(), reduce)
    if key not in _GRAMMARS:
        _GRAMMARS[key] = Grammar(key[0], reduce=reduce)
    return _GRAMMARS[key]
