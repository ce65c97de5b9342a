"""The entity rules' shortcuts for speed (issue 14) give what the plain definitions give, on every line of the
seeds and of the test corpus's sources and on each of those texts as one line: the sentence ends a long block's
dates are read between (:data:`nashr.entities.dates._SENTENCE_GAP`, the mark searched first and the letters
before it looked behind from there), the gate of the Latin acronym after a body's head
(:func:`nashr.entities.candidates.body_names.headed_acronym_rule`, two capitals in a row) and the candidate
rules' gates (:data:`nashr.entities.candidates.gates.GATES`: a rule finds nothing where its gate fails); and a
source's lines, split at LF by ``str.split`` when it holds no CR (:attr:`nashr.convert.sources.Source.lines`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import SEEDS
from corpus_sets import CORPUS
from nashr.convert.sources import LINE_BREAK, read_source
from nashr.convert.xmlchars import stand_in
from nashr.entities import dates
from nashr.entities.candidates import body_names, driver, gates
from nashr.entities.normalize import fold
from nashr.entities.tagger import Tagger
from nashr.markup import Span

_PLAIN_GAP = re.compile(rf"(?<=[{dates.ARABIC_LETTERS}]{{2}}[.!?\u061f]) +(?=[{dates.ARABIC_LETTERS}])")
"""A sentence's end as :func:`nashr.entities.dates._stretches` defines it: the spaces after two letters and a
mark, before a letter."""


def _sources() -> list[Path]:
    return [*SEEDS, *sorted(CORPUS.glob("*/source.txt"))]


def _blocks() -> list[str]:
    sources = _sources()
    texts = [source.read_text(encoding="utf-8", errors="replace") for source in sources]  # a few are not UTF-8
    one_line = [" ".join(line.strip() for line in text.splitlines() if line.strip()) for text in texts]
    return [*(line for text in texts for line in text.splitlines() if line.strip()), *one_line]


def _plain_stretches(folded: str, least: int) -> list[tuple[int, int]]:
    stretches, start = [], 0
    for gap in _PLAIN_GAP.finditer(folded, least):
        if gap.end() - start >= least:
            stretches.append((start, gap.end()))
            start = gap.end()
    return [*stretches, (start, len(folded))]


def test_stretches_of_sentences_are_the_plain_definitions() -> None:
    blocks = [fold(block) for block in _blocks()]
    # a mark right before ``least``, spaces from it on; a mark after one letter; a digit after the spaces
    blocks += ["ابجد" * 31 + "ابج. " + "بنگر " * 30, "ب. بنگر " * 40, "بنگر. ۱۲ بنگر " * 30, "بنگر؟  بنگر" * 30]
    cut = 0
    for folded in blocks:
        for least in (0, 1, dates.STRETCH_MIN):
            stretches = list(dates._stretches(folded, least))
            assert stretches == _plain_stretches(folded, least), (folded[:80], least)
            cut += len(stretches) - 1
    assert cut > 10000


def test_the_headed_acronyms_gate_lets_every_acronym_through() -> None:
    blocks = [fold(block) for block in _blocks()]
    acronyms = [block for block in blocks if body_names._HEADED_ACRONYM.search(block)]
    assert all(body_names._TWO_CAPITALS.search(block) for block in acronyms)
    assert len(acronyms) > 100
    # a capital alone opens no acronym: such a block is skipped
    assert body_names._TWO_CAPITALS.search(fold("موسسه U.N. در کابل")) is None


def test_a_sources_lines_are_the_plain_definition() -> None:
    crlf = 0
    for path in _sources():
        source = read_source(path)
        # (the characters the TEI encodes stand in, one code point for one: set 49's deck with NUL bytes, round 53)
        text = stand_in(source.text).removesuffix("\r\n").removesuffix("\n").removesuffix("\r")
        assert source.lines == LINE_BREAK.split(text), path
        crlf += "\r" in text
    assert crlf > 0  # (sources with CR are read by the pattern)



def test_a_candidate_rule_finds_nothing_where_its_gate_fails(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    # every gate open (the plain definitions: each rule runs on every block), each gated rule's finds recorded
    # with what its gate says of the same arguments
    calls: dict[str, list[tuple[bool, list[Span]]]] = {name: [] for name in gates.GATES}
    real = dict(gates.GATES)

    def recorded(name: str, rule: Callable[..., Iterator[Span]]) -> Callable[..., list[Span]]:
        def run(*args: object) -> list[Span]:
            found = list(rule(*args))
            calls[name].append((real[name](*args), found))
            return found
        run.__name__ = name  # (gates.gated finds a rule's gate by its name)
        return run

    for name in real:
        monkeypatch.setattr(driver, name, recorded(name, getattr(driver, name)))
    monkeypatch.setattr(gates, "GATES", {name: lambda *args: True for name in real})
    for block in _blocks():
        tagger.prepare(block)
    for name, outcomes in calls.items():
        assert all(not found for gate, found in outcomes if not gate), name
        assert sum(not gate for gate, _ in outcomes) > len(outcomes) / 4, name  # (the gate skips blocks)
    assert sum(bool(found) for outcomes in calls.values() for _, found in outcomes) > 1000
