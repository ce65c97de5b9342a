"""The entity rules' shortcuts for speed (issue 14) give what the plain definitions give, on every line of the
seeds and of the test corpus's sources and on each of those texts as one line: the sentence ends a long block's
dates are read between (:data:`nashr.entities.dates._SENTENCE_GAP`, the mark searched first and the letters
before it looked behind from there) and the gate of the Latin acronym after a body's head
(:func:`nashr.entities.candidates.body_names.headed_acronym_rule`, two capitals in a row); and a source's
lines, split at LF by ``str.split`` when it holds no CR (:attr:`nashr.convert.sources.Source.lines`)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import SEEDS
from corpus_sets import CORPUS
from nashr.convert.sources import LINE_BREAK, read_source
from nashr.entities import dates
from nashr.entities.candidates import body_names
from nashr.entities.normalize import fold

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
        text = source.text.removesuffix("\r\n").removesuffix("\n").removesuffix("\r")
        assert source.lines == LINE_BREAK.split(text), path
        crlf += "\r" in text
    assert crlf > 0  # (sources with CR are read by the pattern)

