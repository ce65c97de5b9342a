"""A poem written on one line: its bayts run together where a copy lost the line breaks between them.

A page copied without its layout may keep a whole ghazal or a masnavi's passage on one line, the bayts parted
by one space («شب فراق که داند که تا سحر چندست   مگر کسی که به زندان عشق دربندست گرفتم از غم دل …»:
mercury77.persianblog.ir's Saadi; osvehsch.ir's eight bayts of the Bustan; doc256.com's text layer of a PDF of
Khayyam's quatrains). No mark parts them; the poem's own evidence does: its hemistichs keep one metre, so one
length in letters (:func:`nashr.convert.verse.letter_count`), and they rhyme as Persian verse does (each bayt's
second hemistich on the poem's rhyme, qafiya and radif; a masnavi's two hemistichs with each other).

The family in the collection (round 42): lines of several bayts whose role by hand is ``l`` on five sites —
mercury77 (11 bayts) and osvehsch.ir (8), found; doc256.com's line, which opens with the PDF's title page, left
to the default; sokhanwar.com's quatrains one to a line (8 lines) and vdocuments.pub's two, which
:func:`nashr.convert.verse.quatrain_lines` and the page's foot decide. Each bayt found is its own ``l`` in the
TEI (``_Body.bayts`` in :mod:`nashr.convert.tei`; the ODD's «Verse» item). No rhymed prose of the collection passes
(the Seven Valleys' and the Golestan's clauses rhyme, but not in one length).
"""

from __future__ import annotations

import re

from nashr.convert.document import DEFAULT_RULE, Document
from nashr.convert.verse import (
    HEMISTICH_LINE_MAX_CHARS,
    HEMISTICH_MIN_LETTERS,
    is_verse,
    letter_count,
    one_metre,
    rhymes,
)

# A hemistich of POEM_HEMISTICH_MIN_LETTERS to POEM_HEMISTICH_MAX_LETTERS letters (the shortest metre's to the
# longest line a hemistich has: HEMISTICH_LINE_MAX_CHARS), each within POEM_METRE_SKEW of the poem's length; at
# least POEM_LINE_MIN_BAYTS bayts from the line's start, the rest shorter than a bayt (a copy cut short).
POEM_HEMISTICH_MIN_LETTERS = HEMISTICH_MIN_LETTERS
POEM_HEMISTICH_MAX_LETTERS = HEMISTICH_LINE_MAX_CHARS * 3 // 4
POEM_METRE_SKEW = 0.15
POEM_LINE_MIN_BAYTS = 4
POEM_LINE_RULE = ("l: a poem written on one line (its bayts run together, one space between them: hemistichs of one "
                  "length in letters rhyming as verse does, bayt after bayt)")
_TOKEN = re.compile(r"\S+")
_WIDE = re.compile(r"\s*(?:\t|\s\s)\s*")  # a tab or two spaces or more between two words
_SENTENCE_INSIDE = re.compile(r"[.!?؟](?=\s+\S)")


Bayt = tuple[int, int, int, int]
"""A bayt inside its line: the offsets where it starts, where the whitespace between its hemistichs starts and
ends, and where it ends (:attr:`nashr.convert.document.Line.bayts`)."""


def poem_lines(doc: Document, flow: list[int]) -> None:
    """Each line of ``flow`` left to the default paragraph that holds a poem of POEM_LINE_MIN_BAYTS bayts or more
    (:func:`bayts`) and ends no sentence inside it is a poem's ``l``, a poem of its own, its bayts kept."""
    for i in flow:
        s = doc.s(i)
        if (doc.role(i) == "p" and doc.out[i].rule.startswith(DEFAULT_RULE)
                and not _SENTENCE_INSIDE.search(s.plain)  # (first: one scan in C ends most paragraphs' test)
                and letter_count(s.plain) >= 2 * POEM_LINE_MIN_BAYTS * POEM_HEMISTICH_MIN_LETTERS
                and (found := bayts(doc.out[i].text))):
            doc.set(i, "l", POEM_LINE_RULE, cert="medium", group_start=True, bayts=found)


def bayts(text: str) -> tuple[Bayt, ...]:
    """The bayts ``text`` runs together from its start (:data:`Bayt`), where it holds POEM_LINE_MIN_BAYTS of them
    or more and what follows them is shorter than a bayt; else empty. For each hemistich length in letters the
    line is cut bayt by bayt at the word boundaries that keep each hemistich within POEM_METRE_SKEW of it,
    choosing the cuts whose second hemistich rhymes (:func:`rhymes`) with the bayt before it's or with its own
    first (a matla, a masnavi's bayt), nearest the length; where the line parts some words by a tab or two spaces
    or more, a caesura there first (the source's own mark: osvehsch.ir's and mercury77's runs of spaces between
    hemistichs, one space between bayts). The hemistichs found must keep one metre (:func:`one_metre`) and rhyme
    as verse (:func:`is_verse`). Linear in the line's words for each of the (bounded) lengths tried."""
    tokens = list(_TOKEN.finditer(text))
    ends, total = [], 0
    for token in tokens:
        total += letter_count(token.group())
        ends.append(total)
    wide = _WIDE.search(text.strip()) is not None
    for size in range(POEM_HEMISTICH_MIN_LETTERS, POEM_HEMISTICH_MAX_LETTERS + 1):
        if total < 2 * POEM_LINE_MIN_BAYTS * size * (1 - POEM_METRE_SKEW):
            break
        found = _chain(text, tokens, ends, size, wide)
        hemistichs = [text[a:b] for start, cut, after, end in found for a, b in ((start, cut), (after, end))]
        if len(found) >= POEM_LINE_MIN_BAYTS and one_metre(hemistichs) and is_verse(hemistichs, strict=True):
            return tuple(found)
    return ()


def _chain(text: str, tokens: list[re.Match[str]], ends: list[int], size: int, wide: bool) -> list[Bayt]:
    """The bayts of hemistichs of about ``size`` letters cut from the start of ``text`` (:func:`bayts`; ``wide``:
    the line parts some words by a tab or two spaces or more), while each rhymes; empty unless the rest after them is
    shorter than a bayt."""
    found: list[Bayt] = []
    start, letters, last = 0, 0, None
    low, high = (1 - POEM_METRE_SKEW) * size, (1 + POEM_METRE_SKEW) * size
    while start < len(tokens):
        best = None
        for a in range(start, len(tokens) - 1):
            if ends[a] - letters > high:
                break
            if ends[a] - letters < low:
                continue
            first = text[tokens[start].start() : tokens[a].end()]
            narrow = wide and not _WIDE.fullmatch(text[tokens[a].end() : tokens[a + 1].start()])
            for b in range(a + 1, len(tokens)):
                length = ends[b] - ends[a]
                if length > high:
                    break
                second = text[tokens[a + 1].start() : tokens[b].end()]
                if length < low or not (rhymes(first, second) or (last is not None and rhymes(last, second))):
                    continue
                score = (narrow, abs(ends[a] - letters - size) + abs(length - size))
                if best is None or score < best[0]:
                    best = (score, a, b, second)
        if best is None:
            break
        _, a, b, last = best
        found.append((tokens[start].start(), tokens[a].end(), tokens[a + 1].start(), tokens[b].end()))
        start, letters = b + 1, ends[b]
    return found if ends[-1] - letters < 2 * low else []
