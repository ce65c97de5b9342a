"""Lightweight markup: which language a document is written in, then its lines' roles by that language.

Users bring documentation files from repositories as text: READMEs, documentation chapters, changelogs, glossaries,
written in Markdown and its kin. The document's language is recognised first, from its own markup
(:func:`language`: the kinds of each language's markup that show in it, the language with the most kinds), then its
lines are classified by that language's blocks: Markdown, MDX and MkDocs by a CommonMark parser
(:func:`nashr.convert.markdown.decide`), reStructuredText by its markup specification (:func:`rst_decide`). Every
character of the source stays in its line, markup included (the TEI keeps the markup as text), and the kin share one
mapping of blocks to roles (tests/data/corpus/README.md, "Markdown and MDX", round 49).

reStructuredText (docutils' «reStructuredText Markup Specification»), each block with the role of the Markdown block of
its kind:

=============================================  =================================================================
reStructuredText                               role
=============================================  =================================================================
section title (underlined, or over- and        ``title`` for the first before any text, else ``head``; the
underlined, with «=», «-», «~», «^», «*» …)    adornment lines ``fw`` (a setext heading's underline)
paragraph, block quote                         ``p``, its further lines ``p+``
bullet or enumerated list item                 ``item`` (``@n``), its further lines ``item+``, further
                                               paragraphs ``continuation``
literal block after «::», «.. code-block::»    ``code`` then ``code+``; a «::» alone ``fw``
directive («.. image::», «.. toctree::»)       ``fw``, its options («:alt: …») and a builder's content ``fw``
one-line paragraph under «.. image::»          ``note`` (its caption or credit)
admonition («.. note::», «.. caution::»)       the directive ``fw``, its text ``note``; one that frames the text's
                                               own list under a label keeps the label ``head`` and the list
                                               ``item`` (:func:`~nashr.convert.markdown.admonition_roles`)
«.. centered::», «.. rubric::»                 ``head`` (the directive's argument is a heading)
comment, hyperlink target («.. _x:»)           ``fw``
footnote, citation («.. [1] …»)                ``note``
bibliographic field before the text            as a front matter's field
(«:author: …»)                                 (:data:`~nashr.convert.markdown.FIELD_ROLES`), else ``fw``; a
                                               field list in the text ``item``
table (grid or simple)                         border lines ``fw``, rows ``item``
transition (a lone rule)                       ``fw``
=============================================  =================================================================
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nashr.convert.document import Document
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.markdown import (
    ADMONITION_TEXT_RULE,
    CODE_MORE_RULE,
    CODE_RULE,
    COMMENT_RULE,
    CONTINUATION_RULE,
    FIELD_ROLES,
    FOOTNOTE_RULE,
    HEAD_RULE,
    IMAGE_RULE,
    ITEM_MORE_RULE,
    ITEM_RULE,
    KEPT,
    MARKUP_LINE_RULE,
    PARAGRAPH_MORE_RULE,
    PARAGRAPH_RULE,
    TABLE_BORDER_RULE,
    TABLE_ROW_RULE,
    TITLE_RULE,
    UNDERLINE_RULE,
    Decision,
    admonition_roles,
    decide,
    field_rule,
    front_matter_decisions,
    is_markdown,
    markdown_signals,
)

# The kinds of reStructuredText markup counted by rst_signals, each searched once over the whole text with a line
# break before and after it (as markdown.SIGNALS): directives, section titles, fields (a directive's options or a
# field list), inline literals and interpreted text with a role, hyperlink targets, and the «::» that opens a literal
# block.
RST_SIGNALS: dict[str, tuple[re.Pattern[str], ...]] = {kind: tuple(map(re.compile, patterns)) for kind, patterns in {
    "directive": (r"\n[ \t]*\.\. [A-Za-z][\w:+-]*::(?:[ \t]|(?=\n))",),
    "section title": (r"\n[^\s].*\n([=\-~^*+#\"'`:._])\1{2,}[ \t]*(?=\n)",),
    "field": (r"\n[ \t]*:[A-Za-z][\w -]*:(?:[ \t]|(?=\n))",),
    "inline literal or role": (r"``[^`\n]+``", r":[a-z][\w-]*:`[^`\n]+`"),
    "hyperlink target": (r"\n\.\. _[^:\n]+:",),
    "literal block": (r"::[ \t]*\n[ \t]*\n[ \t]+\S",),
}.items()}
RST_MIN_SIGNALS = 2
# (0) the indentation, (1) the directive's name, (2) its argument.
DIRECTIVE = LazyPattern(r"^(?P<indent>\s*)\.\. (?P<name>[A-Za-z][\w:+-]*)::[ \t]*(?P<argument>.*)$")
EXPLICIT = LazyPattern(r"^\s*\.\.(?:\s|$)")  # a comment, a target, a footnote or a directive
FOOTNOTE = LazyPattern(r"^\s*\.\. \[[^\]\s]+\]")
FIELD = LazyPattern(r"^\s*:(?P<key>[A-Za-z][\w -]*):(?:\s|$)")
ADORNMENT = LazyPattern(r"^([=\-~^*+#\"'`:._])\1{2,}[ \t]*$")
BULLET = LazyPattern(r"^\s*[-*+•‣⁃][ \t]+\S")
ENUMERATED = LazyPattern(r"^\s*\(?(?P<n>\d+|[A-Za-z#]|[ivxlcdm]+)[.)][ \t]+\S")
TABLE_BORDER = LazyPattern(r"^\s*(?:\+[-=+]+\+|=+(?:[ \t]+=+)+)[ \t]*$")
ADMONITIONS = frozenset({"note", "tip", "hint", "important", "warning", "caution", "danger", "attention", "error",
                         "admonition", "seealso", "todo"})
HEADINGS = frozenset({"centered", "rubric"})
CODE = frozenset({"code-block", "code", "sourcecode"})
PICTURES = frozenset({"image", "figure"})  # a one-line paragraph right under one is its caption or credit (``note``)


def rst_signals(lines: Sequence[str]) -> set[str]:
    """The kinds of reStructuredText markup in ``lines`` (keys of :data:`RST_SIGNALS`); a kind counts once."""
    text = "\n" + "\n".join(lines) + "\n"
    return {kind for kind, patterns in RST_SIGNALS.items() if any(p.search(text) for p in patterns)}


def language(lines: Sequence[str]) -> str | None:
    """The lightweight markup ``lines`` are written in: ``"markdown"`` (CommonMark, MDX, MkDocs:
    :func:`nashr.convert.markdown.is_markdown`), ``"rst"`` (at least :data:`RST_MIN_SIGNALS` kinds of
    reStructuredText markup, :func:`rst_signals`, and more kinds than of Markdown: a Markdown page with an rst
    listing or setext headings stays Markdown), or None for a plain text.

    On tests/data/corpus/ the reStructuredText is design-patterns-persian's page (directives, section titles,
    fields); no plain text shows two kinds.
    """
    if is_markdown(lines):
        return "markdown"
    rst = rst_signals(lines)
    return "rst" if len(rst) >= RST_MIN_SIGNALS and len(rst) > len(markdown_signals(lines)) else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def rst_decide(lines: Sequence[str]) -> list[Decision | None]:
    """The role of each line of a reStructuredText source (None for blank lines), by the table above.

    Args:
        lines: the source's lines without line breaks.

    Returns:
        One decision per line, or None for a blank line.
    """
    out: list[Decision | None] = [None] * len(lines)
    _Reader(lines, out).region(list(range(len(lines))), top=True)
    return out


class _Reader:
    """reStructuredText's body elements in a region of lines (the document, or a directive's content)."""

    def __init__(self, lines: Sequence[str], out: list[Decision | None]) -> None:
        self.lines, self.out = lines, out
        self.started = False  # a paragraph, list or section title has been read (a later title is a heading)
        self.body = False  # a paragraph, list or table has been read (a field list after it is no docinfo)
        self.caption: int | None = None  # the index into the region's rows after a picture's directive

    def block(self, rows: list[int], k: int, indent: int) -> int:
        """The end (an index into ``rows``) of the block that opens at ``rows[k]``: the lines after it indented more
        than ``indent``, and blank lines among them."""
        end = k + 1
        for j in range(k + 1, len(rows)):
            line = self.lines[rows[j]]
            if line.strip() and _indent(line) <= indent:
                break
            if line.strip():
                end = j + 1
        return end

    def set(self, row: int, role: str, rule: str, **kw: object) -> None:
        self.out[row] = Decision(role, rule, **kw)  # type: ignore[arg-type]

    def region(self, rows: list[int], top: bool = False) -> None:
        lines = self.lines
        base = min((_indent(lines[j]) for j in rows if lines[j].strip()), default=0)
        k = 0
        previous_blank = True
        while k < len(rows):
            row, line = rows[k], lines[rows[k]]
            if not line.strip():
                k, previous_blank = k + 1, True
                continue
            pending, self.caption = self.caption, None
            nxt = lines[rows[k + 1]] if k + 1 < len(rows) else ""
            after = lines[rows[k + 2]] if k + 2 < len(rows) else ""
            indent = _indent(line)
            if ADORNMENT.match(line) and nxt.strip() and not ADORNMENT.match(nxt) and ADORNMENT.match(after) \
                    and after.strip()[0] == line.strip()[0]:  # an overlined title
                self.title(rows[k + 1])
                for j in (row, rows[k + 2]):
                    self.set(j, "fw", UNDERLINE_RULE)
                k += 3
            elif previous_blank and indent == base and not ADORNMENT.match(line) and ADORNMENT.match(nxt) \
                    and not EXPLICIT.match(line):
                self.title(row)
                self.set(rows[k + 1], "fw", UNDERLINE_RULE)
                k += 2
            elif ADORNMENT.match(line) and not nxt.strip():  # a transition
                self.set(row, "fw", UNDERLINE_RULE)
                k += 1
            elif (directive := DIRECTIVE.match(line)) is not None:
                k = self.directive(rows, k, directive)
            elif EXPLICIT.match(line):  # a footnote or citation is a note, a comment or a target the builder's
                role, rule = ("note", FOOTNOTE_RULE) if FOOTNOTE.match(line) else ("fw", COMMENT_RULE)
                end = self.block(rows, k, indent)
                for j in rows[k:end]:
                    if lines[j].strip():
                        self.set(j, role, rule)
                k = end
            elif TABLE_BORDER.match(line) or (line.lstrip().startswith("|") and k and
                                              self.out[rows[k - 1]] is not None and
                                              self.out[rows[k - 1]].rule == TABLE_BORDER_RULE):  # type: ignore[union-attr]
                k = self.table(rows, k)
            elif (field := FIELD.match(line)) is not None:
                end = self.block(rows, k, indent)
                role = FIELD_ROLES.get(field["key"].lower().strip(), "fw") if not self.body else "item"
                for n, j in enumerate(rows[k:end]):
                    if lines[j].strip():
                        self.set(j, role if n == 0 or role != "item" else "item+", field_rule(role)
                                 if role != "item" else "item: a field of a reStructuredText field list in the text")
                k = end
            elif BULLET.match(line) or ENUMERATED.match(line):
                k = self.item(rows, k, indent)
            else:
                k = self.paragraph(rows, k, pending)
            previous_blank = False

    def title(self, row: int) -> None:
        self.set(row, *(("head", HEAD_RULE) if self.started else ("title", TITLE_RULE)))
        self.started = True

    def paragraph(self, rows: list[int], k: int, caption: int | None = None) -> int:
        """A paragraph from ``rows[k]`` to the next blank line; a literal block after it when it ends in «::». One line
        right under a picture's directive (``caption``: the index into ``rows`` after it) is its caption or credit."""
        end = k
        while end < len(rows) and self.lines[rows[end]].strip():
            end += 1
        first = self.lines[rows[k]].strip()
        if caption is not None and end == k + 1 and all(not self.lines[j].strip() for j in rows[caption:k]):
            self.set(rows[k], "note", IMAGE_RULE)
        elif first == "::" and end == k + 1:
            self.set(rows[k], "fw", "fw: the «::» that opens a reStructuredText literal block")
        else:
            for n, j in enumerate(rows[k:end]):
                self.set(j, "p" if n == 0 else "p+", PARAGRAPH_RULE if n == 0 else PARAGRAPH_MORE_RULE, prose=True)
            self.started = self.body = True
        if self.lines[rows[end - 1]].rstrip().endswith("::"):
            return self.code(rows, end, _indent(self.lines[rows[k]]))
        return end

    def code(self, rows: list[int], k: int, indent: int) -> int:
        """The literal block after ``rows[k - 1]``: the lines indented more than ``indent`` (blank lines among them)."""
        end = self.block(rows, k - 1, indent)
        self.listing(rows[k:end])
        return max(end, k)

    def listing(self, rows: list[int]) -> None:
        """A code listing's lines: the first non-blank ``code``, the others ``code+``."""
        listed = [j for j in rows if self.lines[j].strip()]
        for n, j in enumerate(listed):
            self.set(j, "code" if n == 0 else "code+", CODE_RULE if n == 0 else CODE_MORE_RULE)

    def item(self, rows: list[int], k: int, indent: int) -> int:
        line = self.lines[rows[k]]
        number = ENUMERATED.match(line)
        start = k == 0 or self.out[rows[k - 1]] is None and not (
            k > 1 and self.out[rows[k - 2]] is not None and self.out[rows[k - 2]].role in {  # type: ignore[union-attr]
                "item", "item+", "continuation"})
        self.set(rows[k], "item", ITEM_RULE, number=int(number["n"]) if number and number["n"].isdigit() else None,
                 list_start=start)
        self.started = self.body = True
        end = self.block(rows, k, indent)
        blank = False
        for j in rows[k + 1 : end]:
            if not self.lines[j].strip():
                blank = True
            else:
                self.set(j, *(("continuation", CONTINUATION_RULE) if blank else ("item+", ITEM_MORE_RULE)))
                blank = False
        # the item's text may open a literal block
        if self.lines[rows[end - 1]].rstrip().endswith("::"):
            return self.code(rows, end, indent)
        return end

    def table(self, rows: list[int], k: int) -> int:
        end = k
        while end < len(rows) and self.lines[rows[end]].strip():
            end += 1
        first = True
        for j in rows[k:end]:
            if TABLE_BORDER.match(self.lines[j]):
                self.set(j, "fw", TABLE_BORDER_RULE)
            else:
                self.set(j, "item", TABLE_ROW_RULE, list_start=first)
                first = False
        self.started = self.body = True
        return end

    def directive(self, rows: list[int], k: int, directive: re.Match[str]) -> int:
        indent = len(directive["indent"])
        name = directive["name"].lower()
        end = self.block(rows, k, indent)
        body = rows[k + 1 : end]
        options = 0
        while options < len(body) and FIELD.match(self.lines[body[options]]):
            options += 1
        content = body[options:]
        if name in PICTURES:
            self.caption = end
        if name in HEADINGS and directive["argument"].strip():
            self.set(rows[k], "head", HEAD_RULE)
        else:
            self.set(rows[k], "fw", MARKUP_LINE_RULE)
        for j in body[:options]:
            self.set(j, "fw", MARKUP_LINE_RULE)
        if name in ADMONITIONS:
            self.region(content)
            last = rows[end - 1] + 1 if end > k + 1 else rows[k] + 1
            label = name == "admonition" and bool(directive["argument"].strip())
            admonition_roles(self.out, rows[k], last, label)
            if directive["argument"].strip() and name != "admonition" and self.out[rows[k]].role == "fw":  # type: ignore[union-attr]
                self.set(rows[k], "note", ADMONITION_TEXT_RULE)
        elif name in CODE:
            self.listing(content)
        else:
            for j in content:
                if self.lines[j].strip():
                    self.set(j, "fw", MARKUP_LINE_RULE)
        return end


def markup_blocks(doc: Document) -> None:
    """In a document written in a lightweight markup (:func:`language`), the roles of its blocks
    (:func:`nashr.convert.markdown.decide`, :func:`rst_decide`) replace those of the plain-text rules, except on a
    paragraph's line that those rules found to be something the markup has no markup for
    (:data:`~nashr.convert.markdown.KEPT`: a salutation, a date, a signature, verse). In any other source a front
    matter opening it (a page saved from Jekyll or Hugo whose body is plain prose) gets its fields' roles
    (:func:`nashr.convert.markdown.front_matter_decisions`), the rest the plain-text rules'."""
    kind = language(doc.texts)
    decisions = decide(doc.texts) if kind == "markdown" else rst_decide(doc.texts) if kind == "rst" else \
        front_matter_decisions(doc.texts)
    for i, decision in enumerate(decisions):
        if decision is None or (decision.prose and doc.role(i) in KEPT):
            continue
        doc.set(i, decision.role, decision.rule, decision.cert, number=decision.number, list_start=decision.list_start,
                trailer_at=None, split=None, hemistich=None, group_start=False, epigraph=False)
