"""Free verse (issue 12, round 29): a poem in stanzas of unequal lines, told from prose by the whole
text (:func:`nashr.convert.verse.free_verse`). The poems and the prose are the collection's
(tests/data/corpus), named at each test; the prose is wrapped here as a narrow column or an e-mail
wraps it (Python's textwrap, as the collectors of sets 24–26 wrapped their hard-wrapped texts)."""

from __future__ import annotations

import textwrap

import pytest

from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from test_structure_corpus import CORPUS, hand_roles

FREE_VERSE = "l: free verse"


def test_a_poems_short_stanza_between_full_ones_and_a_long_line_stay_free_verse() -> None:
    # zibashahr-nima-ay-adamha (set 26): Nima's «آی آدمها», stanzas of 9, 3, 4, 2 and 4 lines (the two-line one
    # «وین بانگ باز از دور می آید: / آی آدمها…» between full ones) and a line of 12 words in 49 characters
    # («آب را بلعیده در گود کبود و هر زمان بی تابیش افزون»); the poem read as hard-wrapped prose before.
    folder = CORPUS / "zibashahr-nima-ay-adamha"
    hand = hand_roles(folder)
    found = {line.n: line for line in classify(read_source(folder / "source.txt").lines)}
    stanzas = [n for n in range(3, 29) if n in hand]
    assert [found[n].role for n in stanzas] == [hand[n] for n in stanzas] == ["l"] * 22
    assert all(found[n].rule.startswith(FREE_VERSE) for n in stanzas)
    assert found[1].role == hand[1] == "title"


@pytest.mark.parametrize(("name", "width"), [
    ("govuk-fa-e3-vozara-barjam-2020-01-14", 44),  # a statement of three governments
    ("idlg-gov-af-wali-herat-miras-farhangi-utf16", 52),  # an Afghan office's news release (set 26)
    ("entekhab-naser-al-din-safarnameh-khorasan-1246-06-21", 52),  # a Qajar travel diary
])
def test_prose_wrapped_as_a_narrow_column_is_no_free_verse(name: str, width: int) -> None:
    # Each paragraph's lines break where the next word would run past the width, as few of a poem's do;
    # read as free verse before (every line of these paragraphs an «l»).
    paragraphs = [line.strip() for line in read_source(CORPUS / name / "source.txt").lines if len(line.split()) > 20]
    lines = [wrapped for paragraph in paragraphs[:5] for wrapped in [*textwrap.wrap(paragraph, width), ""]]
    found = classify(lines)
    assert len([line for line in found if line.role != "blank"]) >= 12
    assert not any(line.rule.startswith(FREE_VERSE) for line in found)
    assert {line.role for line in found} <= {"p", "p+", "blank", "title", "head"}


def test_a_poem_of_one_stanza_under_its_title_and_over_its_poet_is_free_verse() -> None:
    # pelicanacademy-nima-mitaravad-mahtab (set 29): Nima's «میتراود مهتاب», 28 lines in one block with the
    # page's title over them and «نیما یوشیج» under them, no blank line between; read as prose before.
    folder = CORPUS / "pelicanacademy-nima-mitaravad-mahtab"
    hand = hand_roles(folder)
    found = {line.n: line for line in classify(read_source(folder / "source.txt").lines)}
    poem = list(range(5, 33))
    assert [found[n].role for n in poem] == [hand[n] for n in poem] == ["l"] * 28
    assert all(found[n].rule.startswith(FREE_VERSE) for n in poem)
    assert (found[1].role, found[33].role) == (hand[1], hand[33]) == ("title", "byline")


@pytest.mark.parametrize("width", [36, 44, 52])
def test_one_paragraph_wrapped_as_a_narrow_column_is_no_free_verse(width: int) -> None:
    # A stanza alone (no blank line in the text) is a wrapped paragraph when its lines break where the next
    # word would not fit: the paragraphs of a statement of three governments joined and wrapped as one.
    paragraphs = [line.strip() for line in read_source(CORPUS / "govuk-fa-e3-vozara-barjam-2020-01-14" / "source.txt")
                  .lines if len(line.split()) > 20]
    found = classify(textwrap.wrap(" ".join(paragraphs[:3]), width))
    assert len(found) >= 12
    assert not any(line.rule.startswith(FREE_VERSE) for line in found)
