"""Entity rules switched off by name, to measure what each brings (issue 13).

``benchmarks/entities_lopo.py`` switches every rule off in turn and scores the collection again:
the rule's gain on each site, and the score of a site with the rules that gain on no other site
switched off (leave one site out). :data:`DISABLED_RULES` holds the names switched off; it is
empty but in that benchmark. A rule is named by its function's ``__name__``: a candidate rule of
:mod:`nashr.entities.candidates` («given_name_rule»), a step of :mod:`nashr.entities.tagger`
(«_drop_names_continued», «recall»), a file of the gazetteer (:data:`nashr.entities.places.
GAZETTEER_FILES`: «known_people_fa.tsv»), or a word of the candidate rules' lists as the start of a
rule, «word» and its norm form («word حزب», «word آقای»: a head, title, term of address or role
noun that no rule starts from). As :data:`nashr.convert.document.DISABLED_RULES` does
for the structure rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

DISABLED_RULES: ContextVar[frozenset[str]] = ContextVar("disabled_entity_rules", default=frozenset())


def no_spans(*args: object) -> Iterator[Any]:
    """A switched-off rule that finds nothing."""
    return iter(())


def unchanged[T](found: object, spans: T) -> T:
    """A switched-off filter of spans ``(words, spans) -> spans``: the spans as they are."""
    return spans


def never(*args: object) -> bool:
    """A switched-off test: it never holds."""
    return False


def _same[F: Callable[..., Any]](rule: F, instead: Callable[..., Any] = no_spans) -> F:
    return rule


def switch() -> Callable[..., Any]:
    """``on(rule, instead=no_spans)``: ``rule``, or ``instead`` when the rule's name is in
    :data:`DISABLED_RULES` at this call of ``switch`` (read once: take one per block)."""
    off = DISABLED_RULES.get()
    if not off:
        return _same

    def on[F: Callable[..., Any]](rule: F, instead: Callable[..., Any] = no_spans) -> F:
        return instead if rule.__name__ in off else rule  # type: ignore[return-value]

    return on
