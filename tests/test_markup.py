"""Lightweight markup (issue 12): which language a document is written in, and its lines' roles by that language.

Checked on the collection's files from repositories, against their roles by hand (tests/data/corpus/README.md,
"Markdown and MDX"): Markdown with MkDocs' admonitions, blockquotes and an MDX «<script setup>» block, and
reStructuredText.
"""

from __future__ import annotations

import pytest

from conftest import DATA, SEEDS
from nashr.convert.markdown import decide
from nashr.convert.markup import language, rst_decide, rst_signals
from nashr.convert.sources import read_source

CORPUS = DATA / "corpus"


def _hand(name: str) -> dict[int, str]:
    rows = (CORPUS / name / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(c[0]): c[1] for c in (r.split("\t") for r in rows) if c[0].isdigit()}


def _roles(name: str) -> dict[int, str]:
    """The roles the document's own markup gives its non-blank lines (1-based line numbers)."""
    lines = read_source(CORPUS / name / "source.txt").lines
    decisions = decide(lines) if language(lines) == "markdown" else rst_decide(lines)
    return {k + 1: d.role for k, d in enumerate(decisions) if d is not None}


def test_the_language_of_every_text_the_project_holds() -> None:
    texts = {p.parent.name: read_source(p).lines for p in sorted(CORPUS.glob("*/source.txt"))}
    texts |= {p.stem: read_source(p).lines for p in sorted((DATA / "structure").glob("*.txt"))}
    texts |= {p.stem: read_source(p).lines for p in SEEDS}
    found = {name: language(lines) for name, lines in texts.items()}
    # Set 46 (round 50) brought Django's Persian docs in reStructuredText: its tutorial reads as rst, its «about» page
    # as Markdown (test_markdown.READ_AS_MARKDOWN: numbered points, bold and raw-HTML lines outnumber its directives).
    assert {name for name, kind in found.items() if kind == "rst"} == {
        "djangopersiandocs-tutorial01-cp1256", "salehhashemi1992-design-patterns-persian-mediator-rst"}
    # A Markdown page with a reStructuredText listing in a fence («```eval_rst»: two kinds of rst) stays Markdown.
    julia = texts["julia-docs-fa-index-cp1256"]
    assert len(rst_signals(julia)) == 2 and found["julia-docs-fa-index-cp1256"] == "markdown"


@pytest.mark.parametrize("name", [
    "salehhashemi1992-design-patterns-persian-mediator-rst",  # rst: titles, directives, admonitions framing lists
    "mahdimajidzadeh-wikilicense-madkhal-mit",  # MkDocs: «!!! success "…"» over an indented list
    "tldr-pages-fa-common-tar-utf16",  # the description in a blockquote, command lines in inline code
    "vuejs-translations-docs-fa-releases",  # «<script setup>» before the first heading
    "cncf-foundation-code-of-conduct-fa",  # «## …» under a logo: the title
    "learnxinyminutes-fa-brainfuck-p-wrapped:1-2",  # a front matter's key over a block value
])
def test_a_document_read_by_its_markup_as_by_hand(name: str) -> None:
    name, _, span = name.partition(":")
    hand, roles = _hand(name), _roles(name)
    if span:
        first, last = map(int, span.split("-"))
        hand = {n: role for n, role in hand.items() if first <= n <= last}
    assert {n: roles.get(n) for n in hand} == hand


@pytest.mark.parametrize(("name", "first", "last"), [
    ("jwasham-coding-interview-university-readme-fa-arabic-yk", 4, 14),  # the author's words: p, p+, «>» fw
    ("azure-co-op-translator-readme-fa", 27, 45),  # a tip box: note, with fenced code inside it
    ("ziishaned-learn-regex-readme-fa", 45, 45),
])
def test_a_blockquote_by_the_collections_convention(name: str, first: int, last: int) -> None:
    hand, roles = _hand(name), _roles(name)
    assert {n: roles.get(n) for n in range(first, last + 1) if n in hand} == \
        {n: role for n, role in hand.items() if first <= n <= last}


def test_restructuredtext_blocks() -> None:
    lines = ["=======", " عنوان", "=======", "", ":author: نویسنده", ":date: 1402", "", "بند نخست", "دنباله بند::",
             "", "    print(1)", "", "    print(2)", "", "- یک", "  دنباله یک", "", "#. دو", "", ".. _پیوند:", "",
             ".. [1] پانویس", "", "بخش", "----", "", ".. note:: پیش از نصب پشتیبان بگیرید.", "",
             "+---+---+", "| ا | ب |", "+---+---+"]
    assert language(lines) == "rst"
    roles = [d.role if d else None for d in rst_decide(lines)]
    assert roles == ["fw", "title", "fw", None, "byline", "dateline", None, "p", "p+", None, "code", None, "code+",
                     None, "item", "item+", None, "item", None, "fw", None, "note", None, "head", "fw", None, "note",
                     None, "fw", "item", "fw"]


def test_an_admonition_that_gives_advice_is_a_note() -> None:
    lines = ["# عنوان", "", "!!! tip", "    پیش از نصب پشتیبان بگیرید.", "", "متن"]
    assert [d.role if d else None for d in decide(lines)] == ["title", None, "fw", "note", None, "p"]
