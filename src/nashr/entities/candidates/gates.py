"""The candidate rules' gates: for a rule, a test of its block and arguments that holds wherever the rule can
find something, cheaper than the rule itself (issue 14: most rules find nothing in most blocks, 0.28 rules a
block of the collection find one). :func:`nashr.entities.candidates.driver.candidate_spans` calls a rule only
where its gate (:data:`GATES`) holds, so a gate must follow from the rule's own definition (the pattern or loop
every candidate comes out of), not from what the collection holds: ``tests/test_entity_shortcuts.py`` runs each
rule without its gate on every line of the seeds and the collection and checks that it finds nothing where the
gate fails. The driver calls a gated rule only through :func:`gated`, so :data:`GATES` is the one place a rule's gate
is named.

Each gate takes the arguments of its rule (the words first) and returns a bool.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sized
from typing import Any

from nashr.entities.candidates.people import _KIN_WORDS
from nashr.entities.normalize import Words

LATIN_CAPITAL = re.compile("[A-Z]")
"""A capital of the Latin alphabet (ASCII, as the Latin rules' patterns are: one scan in C)."""


def latin_script(words: Words, *_: object) -> bool:
    """A Latin capital in the block: every candidate of the Latin rules starts at one or holds one. A title
    (``bylines._LATIN_TITLE``, «Mr. Jackson»: the titles are capitalised) or a capitalised name in brackets
    (``bylines._LATIN_BRACKETED``) for :func:`~.bylines.latin_rule`, a capitalised given name
    (``bylines._LATIN_GIVEN``) for :func:`~.bylines.latin_given_rule`, a run of capitalised words
    (``body_names._LATIN_RUN``) for :func:`~.body_names.latin_body_rule`, an acronym's capitals
    (``body_names._HEADED_ACRONYM``) for :func:`~.body_names.headed_acronym_rule`."""
    return LATIN_CAPITAL.search(words.folded) is not None


def opening_bracket(words: Words) -> bool:
    """Nothing before the block's first word, and an opening bracket in it: :func:`~.bylines.biography_rule`
    yields only when the block's text starts with its first word and a word of birth follows «(» or stands
    before it (``names._born_after``: the gap before that word, or the next one, is «(», and a gap is the
    block's folded text)."""
    return not words.gaps[0].strip() and "(" in words.folded


def imprint_colon(words: Words, places: Collection[object]) -> bool:
    """A place found and a colon in the block: :func:`~.body_names.publisher_rule` reads a publisher after a
    place only where the gap after it is a colon (``body_names._IMPRINT_COLON``)."""
    return bool(places) and ":" in words.folded


def kin_word(words: Words, triggers: Sized, taken: object) -> bool:
    """A rule's start and a kinship noun in the block: :func:`~.people.kin_given_rule` walks the triggers
    and yields only after a word of ``people._KIN_WORDS``."""
    return bool(triggers) and not words.vocabulary.isdisjoint(_KIN_WORDS)


def bracket_opened(words: Words, *_: object) -> bool:
    """An opening bracket in the block: :func:`~.body_names.defined_acronym_rule` yields only where «(» (or
    «)(», a mirrored pair) follows a word (``body_names._DEFINED_ACRONYM``)."""
    return "(" in words.folded


def walk_not_empty(words: Words, collection: Sized, *_: object) -> bool:
    """The rule's first argument after the words is not empty: the rule walks it and yields only inside
    that walk (the triggers of :func:`~.people.given_name_rule`, :func:`~.people.arabic_nisba_rule`,
    :func:`~.people.letter_name_rule`; the eulogies of :func:`~.arabic_names.eulogy_rule`; the persons of
    :func:`~.people.list_rule` and :func:`~.people.person_list_rule`, the places of
    :func:`~.places.place_list_rule` (``places.list_items`` starts from a known name),
    :func:`~.places.glued_feature_rule` and :func:`~.places.district_rule`; the bodies of
    :func:`~.body_names.short_name_rule`)."""
    return bool(collection)


def branch_places(words: Words, orgs: Sized, places: Sized) -> bool:
    """An organisation and a place found: :func:`~.bodies.branch_rule` walks the organisations and yields
    where a place found follows one (``bodies.branch_place``)."""
    return bool(orgs) and bool(places)


GATES: dict[str, Callable[..., bool]] = {
    "latin_rule": latin_script,
    "latin_given_rule": latin_script,
    "latin_body_rule": latin_script,
    "headed_acronym_rule": latin_script,
    "defined_acronym_rule": bracket_opened,
    "biography_rule": opening_bracket,
    "publisher_rule": imprint_colon,
    "kin_given_rule": kin_word,
    "given_name_rule": walk_not_empty,
    "arabic_nisba_rule": walk_not_empty,
    "letter_name_rule": walk_not_empty,
    "eulogy_rule": walk_not_empty,
    "list_rule": walk_not_empty,
    "person_list_rule": walk_not_empty,
    "place_list_rule": walk_not_empty,
    "glued_feature_rule": walk_not_empty,
    "district_rule": walk_not_empty,
    "short_name_rule": walk_not_empty,
    "branch_rule": branch_places,
}
"""Each gated rule's name → its gate."""


def gated(on: Callable[..., Any], rule: Callable[..., Iterable[Any]], *args: object) -> Iterable[Any]:
    """``on(rule)(*args)`` (the rule, or what the switches put in its place) where the rule's gate in
    :data:`GATES` holds for ``args``; no spans elsewhere. Raises KeyError for a rule with no gate."""
    return on(rule)(*args) if GATES[rule.__name__](*args) else ()
