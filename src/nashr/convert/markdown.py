"""Markdown and MDX sources: READMEs, documentation pages, notes exported from editors, wiki pages.

A source is taken for Markdown only when several independent kinds of Markdown markup show in it
(:func:`markdown_signals`, at least :data:`MARKDOWN_MIN_SIGNALS` kinds): plain Persian prose,
verse and statutes with «-» or «*» lists show one kind at most. Its blocks are then found by a
CommonMark parser (markdown-it-py, CommonMark 0.31 with GitHub's tables), not by the plain-text
rules, and mapped to roles (:func:`decide`, applied by :func:`nashr.convert.markup.markup_blocks`, which
recognises the document's markup language first); every character of the source stays in the
line it belongs to, markup included (the TEI keeps the Markdown as text).

The roles (tests/data/corpus/README.md, "Held-out set 6", "Markdown and MDX"):

=========================================  ==========================================================
Markdown                                   role
=========================================  ==========================================================
front matter (``---``/``+++`` lines)       ``fw``; its ``title:`` field ``title``, ``subtitle:`` and
                                           ``description:`` ``subtitle``, ``author:`` ``byline``,
                                           ``date:`` ``dateline``, other fields ``fw`` (a key over a
                                           block value too: «contributors:»)
first heading, of level 1 or 2, only       ``title``
furniture, pictures or code before it
heading (ATX ``#`` …, setext)              ``head`` (a setext underline ``fw``)
paragraph                                  ``p``, its further lines ``p+`` (CommonMark §4.8: soft
                                           line breaks); a line the plain-text rules take for a
                                           salutation, a date, a signature or verse keeps that role
paragraph holding only images              ``note`` (the alternative text is a caption); ``fw`` when
                                           one of them is a badge (:data:`BADGE_ADDRESS`)
paragraph of links to other ``.md`` files  ``fw`` (navigation between a repository's documents)
welcome formula alone («… خوش آمدید!»)     ``salute``
a one-line paragraph of a date             ``dateline`` (:func:`~nashr.convert.document.is_dateline`)
one bold span, short, no final mark        ``head`` (a heading written without «#»)
list item                                  ``item`` (``@n`` for ordered lists), its paragraph's
                                           further lines ``item+``, further blocks ``continuation``
code fence lines                           ``fw``; the listing ``code`` then ``code+`` (across blank
                                           lines; TEI ``eg``, :mod:`nashr.convert.tei`), in a list
                                           item or a callout too
indented code block                        ``code`` then ``code+``
HTML comment; MDX imports, ``{…}``         ``fw``
HTML «<script>», «<style>», «<pre>» block  tag lines ``fw``, the lines inside ``code`` then ``code+``
HTML block line of tags only (MDX too)     ``fw``; ``<summary>``, ``<h1>``…, ``<caption>``,
                                           ``<legend>`` ``head``; ``<li>`` ``item``; ``<img alt>``
                                           ``note``; other text ``p``
blockquote                                 ``note`` when it is a callout (GitHub's ``[!NOTE]``, a
                                           bold label, or any blockquote of a document with code
                                           listings: software documentation) on its text, else the
                                           text's own words ``p`` then ``p+``; in both an empty «>»
                                           line ``fw`` and a code listing as elsewhere
table                                      rows ``item``, the delimiter row ``fw``
callout container («:::tip» … «:::»,       fences ``fw``, the text inside ``note``
«<Note>» … «</Note>»)
admonition of Python-Markdown and MkDocs    :func:`admonition_roles`: the directive line ``fw``, the text
(«!!! tip», «!!! success "label"»)          ``note``; a labelled list ``head`` and ``item``
thematic break                             ``fw``
link reference definition, footnote        ``note``
=========================================  ==========================================================
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from nashr.convert.document import is_dateline
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import plain

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

IMAGE_RULE = "note: a Markdown image with its alternative text (a caption)"
"""A picture in Markdown's image syntax (CommonMark 0.31 §6.4) is a note, its alternative text the caption; also
where the Markdown reader does not take the text (:func:`nashr.convert.matter.page._image_texts`)."""
# A badge: the status image a badge service draws (shields.io, badgen.net, GitHub's «…/badge.svg», pepy's and
# codetriage's «/badge/», «/badges/»), found by its address. The collection: badges `fw` on the 5 publishers whose
# READMEs show them (tdkms, Azure's co-op-translator, firstcontributions, gozargah, ziishaned; 32 lines), alone or in a
# row, as Markdown image links or HTML «<img>»; no other picture's address says «badge» (tests/data/corpus/README.md,
# "Markdown and MDX").
BADGE_ADDRESS = LazyPattern(r"shields\.io|badgen\.net|badge", re.IGNORECASE)
IMG_SRC = LazyPattern(r"<img\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
BADGE_RULE = "fw: a badge (the status image of a badge service: shields.io, «…/badge.svg»), alone or in a row"

# The kinds of Markdown markup counted by markdown_signals (CommonMark 0.31 section numbers), each
# searched once over the whole text with a line break before and after it: «\n» opens a line and
# «(?=\n)» ends one (a literal first character lets the search skip ahead); no pattern crosses a line.
# A kind may have a few patterns (any of them counts): each opens with its own literal, which the
# search skips to, where their alternation would be tried at every character (60× slower).
SIGNALS: dict[str, tuple[re.Pattern[str], ...]] = {kind: tuple(map(re.compile, patterns)) for kind, patterns in {
    "atx heading": (r"\n {0,3}#{1,6}[ \t]+\S",),  # §4.2
    "bullet": (r"\n {0,3}[*+-][ \t]+\S",),  # §5.2
    "fence": (r"\n {0,3}(?:`{3,}|~{3,})",),  # §4.5
    "inline link": (r"\[[^\]\n]+\]\([^()\s]+(?:[ \t]+\"[^\"\n]*\")?\)",),  # §6.3, §6.4 (images too)
    "reference definition": (r"\n {0,3}\[[^\]\n]+\]:[ \t]*\S+[ \t]*(?=\n)",),  # §4.7
    "strong or code": (r"\*\*[^*\s][^*\n]*\*\*", r"__[^_\s][^_\n]*__", r"`[^`\n]+`"),  # §6.1, §6.2
    "table delimiter": (r"\n {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*(?=\n)",),  # GFM
    "html tag line": (r"\n {0,3}</?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?/?>[ \t]*(?=\n)",),  # §4.6, MDX
    # Python-Markdown's and MkDocs' admonitions («!!! note», «??? tip»), Docusaurus' and VuePress' («:::tip»)
    "admonition": (r"\n {0,3}!!![ \t]*[A-Za-z]", r"\n {0,3}\?\?\?\+?[ \t]*[A-Za-z]", r"\n {0,3}:{3,}[ \t]*[A-Za-z]"),
}.items()}
MARKDOWN_MIN_SIGNALS = 3
# MediaWiki's own markup (Help:Formatting): section headings «== … ==», internal links «[[…]]»
# after a space. Its lists also open with «*» and «#» (read as Markdown bullets and headings) and
# «<references />» stands alone on a line: a wiki page is wikitext, not Markdown.
WIKITEXT = LazyPattern(r"\n=={1,5}[^=\n].*==[ \t]*(?=\n)|\s\[\[[^\[\]\n]+\]\]")
FRONT_MATTER = frozenset({"---", "+++"})  # YAML (Jekyll, MDX), TOML (Hugo)
FRONT_MATTER_MAX_LINES = 60
# A field: a key and its value, or a key whose value is the block of lines under it (YAML 1.2 §8.2.2: a
# block mapping's value, «contributors:» over «  - …»).
FRONT_FIELD = LazyPattern(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=](?:\s|$)")
FIELD_ROLES = {"title": "title", "subtitle": "subtitle", "description": "subtitle", "author": "byline",
               "authors": "byline", "date": "dateline"}
TAG = LazyPattern(r"</?[A-Za-z][^<>]*>|&#?\w+;")
HEAD_TAG = LazyPattern(r"^\s*<(?:summary|h[1-6]|caption|legend)\b", re.IGNORECASE)
H1_TAG = re.compile(r"^\s*<h1\b", re.IGNORECASE)
ITEM_TAG = LazyPattern(r"^\s*<li\b", re.IGNORECASE)
IMAGE_ALT = LazyPattern(r"<img\b[^>]*\balt\s*=\s*[\"'][^\"']*\S", re.IGNORECASE)
# A blockquote that is a callout: GitHub's alerts («> [!NOTE]») or a bold label opening it
# («> **نکته:**», «> **Note**»).
CALLOUT = LazyPattern(r"^\s{0,3}>\s*(?:\[![A-Za-z]+\]|\*\*[^*]{1,30}\*\*)")
CALLOUT_RULE = "note: a Markdown blockquote that is a callout ([!NOTE], a bold label, or in software documentation)"
QUOTE_MARKS = LazyPattern(r"^\s{0,3}(?:>\s?)+")  # a blockquote's markers opening a line (CommonMark §5.1)
# An HTML block whose text is code (CommonMark §4.6, start condition 1: «<script>», «<style>», «<pre>»,
# «<textarea>»): a Vue or MDX page's «<script setup>».
RAW_TEXT_TAG = LazyPattern(r"^ {0,3}<(?:script|style|pre|textarea)(?:[\s>]|$)", re.IGNORECASE)
TAG_LINE = LazyPattern(r"^\s*(?:</?[A-Za-z][^<>]*>\s*)+$")
# A welcome formula set apart: «به … خوش آمدید!», «Welcome to …!».
WELCOME = LazyPattern(r"^(?:به\s.{1,60}\sخوش[\s\u200c]?آمدید|welcome\b.{0,60})\s*[!.]?$", re.IGNORECASE)
WELCOME_MAX_WORDS = 10
# A paragraph that is one bold span, short and without a sentence's final mark, heads what
# follows («**منابع**»): the pseudo-heading of Markdown written without «#».
BOLD_HEAD_MAX_WORDS = 8
SENTENCE_END = tuple(".!?؟…")
DOCUMENT_LINK = LazyPattern(r"^(?![a-z][a-z0-9+.-]*:|/)[^\s#?]*\.mdx?(?:#\S*)?$", re.IGNORECASE)
# MDX's code among the text (mdxjs.com, "What is MDX?"): ES module imports and exports, and
# JavaScript expressions in braces alone on a line («{/* a comment */}»).
MDX_CODE = LazyPattern(r"^\s*(?:import\s+(?:[\w*{][^'\"]*\sfrom\s+)?['\"][^'\"]+['\"];?"
                       r"|export\s+(?:default|const|let|var|function|class)\b.*|\{.*\})\s*$")
# A footnote's definition (GitHub Flavored Markdown, Pandoc, markdown-it-footnote): «[^1]: …».
FOOTNOTE = LazyPattern(r"^ {0,3}\[\^[^\]\s]+\]:")
# Callout containers: Docusaurus' and VuePress' admonitions («:::tip عنوان» … «:::») and the
# components documentation sites write for them («<Note>» … «</Note>», «<Pitfall>», «<aside>»).
CONTAINER_OPEN = LazyPattern(r"^ {0,3}:{3,}[ \t]*[A-Za-z]")
CONTAINER_CLOSE = re.compile(r"^ {0,3}:{3,}[ \t]*$")
CALLOUT_TAG = LazyPattern(r"^\s*<(?P<name>Note|Tip|Info|Warning|Caution|Danger|Important|Pitfall|Callout|Admonition|"
                          r"aside)\b[^<>]*>\s*$")
CALLOUT_TEXT = frozenset({"p", "p+", "item", "item+", "continuation", "quote"})
# Admonitions of Python-Markdown and MkDocs (python-markdown.github.io, "Admonition"; pymdown-extensions' «???»
# details): «!!! type "label"», the text indented by four spaces or a tab under it.
ADMONITION_OPEN = LazyPattern(r'^ {0,3}(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][\w-]*(?:[ \t]+"(?P<label>[^"]*)")?[ \t]*$')
ADMONITION_INDENT = LazyPattern(r"^(?: {4}|\t)")
LIST_ROLES = frozenset({"item", "item+", "continuation"})
# The rules the kin share (nashr.convert.markup): a block of one kind has one role whichever lightweight markup
# writes it (Markdown, MDX, MkDocs, reStructuredText).
# The first heading is the title when only furniture, pictures and code listings come before it: of level 1, or of
# level 2 (a README's «## …» under its badges) when the front matter names no title.
TITLE_RULE = ("title: a lightweight-markup document's first heading (Markdown's of level 1, or 2 with no title "
              "before), only furniture, pictures or code before it")
# Markup for the document's builder alone on its line (tests/data/corpus/README.md, set 43 part d, "Markup as
# furniture"): HTML or MDX tags, a reStructuredText directive and its options.
MARKUP_LINE_RULE = ("fw: markup alone on its line for the document's builder (HTML or MDX tags, a reStructuredText "
                    "directive and its options)")
HEAD_RULE = "head: a heading of a lightweight-markup document («#» …, or an underlined line)"
UNDERLINE_RULE = "fw: the underline or overline of a heading of a lightweight-markup document («===», «---»)"
PARAGRAPH_RULE = "p: a paragraph of a lightweight-markup document"
PARAGRAPH_MORE_RULE = "p+: a further line of a paragraph of a lightweight-markup document (a soft line break)"
ITEM_RULE = "item: a list item of a lightweight-markup document («*», «-», «+», «1.», «#.»)"
ITEM_MORE_RULE = "item+: a further line of a list item's paragraph of a lightweight-markup document"
CONTINUATION_RULE = "continuation: a further block inside a list item of a lightweight-markup document"
HTML_TEXT_RULE = "p: text inside an HTML block of a Markdown document"
CODE_RULE = "code: the first line of a code listing of a lightweight-markup document"
CODE_MORE_RULE = "code+: a further line of a code listing of a lightweight-markup document (after blank lines too)"
COMMENT_RULE = "fw: a comment in a lightweight-markup document (to its writers, not shown: «<!-- … -->», «.. »)"
FOOTNOTE_RULE = "note: a footnote's definition in a lightweight-markup document («[^1]: …», «.. [1] …»)"
TABLE_BORDER_RULE = "fw: the delimiter or border row of a table of a lightweight-markup document («---|---», «+---+»)"
TABLE_ROW_RULE = "item: a row of a table of a lightweight-markup document"
ADMONITION_ITEM_RULE = "item: a one-line paragraph under the label of an admonition that frames a list"
ADMONITION_TEXT_RULE = "note: the text of an admonition that gives advice («!!! tip», «.. note::»)"
# Roles the plain-text rules give a paragraph's line that Markdown has no markup for: kept.
KEPT = frozenset({"l", "salute", "dateline", "byline", "signed", "closer", "postscript", "addressee", "speaker",
                  "stage"})


@dataclass(frozen=True, slots=True)
class Decision:
    """The role Markdown gives one line.

    Attributes:
        role: the role (:mod:`nashr.convert.structure`).
        rule: the rule's name (``--explain``).
        number: an ordered list item's number.
        list_start: the item opens a list.
        prose: a line of a paragraph of the text (not in a list, quotation or table), where the
            plain-text rules may know a role Markdown has no markup for (:data:`KEPT`).
        cert: the level of doubt the rule's record earns (:mod:`nashr.convert.certainty`), or None.
    """

    role: str
    rule: str
    number: int | None = None
    list_start: bool = False
    prose: bool = False
    cert: str | None = None


def markdown_signals(lines: Sequence[str]) -> set[str]:
    """The kinds of Markdown markup in ``lines`` (keys of :data:`SIGNALS`, and ``front matter``).

    A kind counts once however often it occurs.
    """
    text = _searchable(lines)
    found = {kind for kind, patterns in SIGNALS.items() if any(p.search(text) for p in patterns)}
    return found | {"front matter"} if front_matter(lines) else found


def is_markdown(lines: Sequence[str]) -> bool:
    """At least :data:`MARKDOWN_MIN_SIGNALS` kinds of Markdown markup (:func:`markdown_signals`).

    On tests/data/corpus/ only Markdown sources reach three kinds (the three documentation pages of
    set 6 and the Contributor Covenant); plain texts reach one (bulleted lists, a flattened table).
    A source with wikitext's own markup (:data:`WIKITEXT`) is no Markdown.
    """
    return _is_markdown(tuple(lines))


@lru_cache(maxsize=4)
def _is_markdown(lines: tuple[str, ...]) -> bool:
    """:func:`is_markdown`, kept for the last few sources: the structure rules and the header
    ask it of the same lines."""
    return len(markdown_signals(lines)) >= MARKDOWN_MIN_SIGNALS and not WIKITEXT.search(_searchable(lines))


def _searchable(lines: Sequence[str]) -> str:
    """``lines`` joined, with a line break before the first and after the last (:data:`SIGNALS`)."""
    return "\n" + "\n".join(lines) + "\n"


# What a title line of Markdown writes besides its title (metadata, as the header's title, reads
# without it): an ATX heading's «#» markers and closing sequence (CommonMark §4.2), a front matter
# field's key and quotes («title: "…"»).
TITLE_MARKUP = LazyPattern(r"^\s{0,3}(?:#{1,6}\s+|title\s*[:=]\s*[\"']?)|(?:\s+#+|[\"'])\s*$", re.IGNORECASE)


def title_text(line: str) -> str:
    """A Markdown title line's title without its markup (:data:`TITLE_MARKUP`):
    «# How-To at a glance» → «How-To at a glance», «title: ابزار توسعه» → «ابزار توسعه»."""
    return TITLE_MARKUP.sub("", line).strip()


def front_matter(lines: Sequence[str]) -> int:
    """The number of lines of the front matter opening ``lines`` (YAML between «---» lines, TOML
    between «+++» lines, as Jekyll, Hugo and MDX write it), 0 when there is none."""
    if not lines or lines[0].rstrip() not in FRONT_MATTER:
        return 0
    fence = lines[0].rstrip()
    for k in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        if lines[k].rstrip() == fence:
            return k + 1 if k > 1 and FRONT_FIELD.match(lines[1]) else 0
    return 0


def field_rule(role: str) -> str:
    """The rule that gives a field of a document's front matter (Markdown's YAML or TOML, reStructuredText's
    bibliographic fields: :mod:`nashr.convert.markup`) ``role`` (:data:`FIELD_ROLES`)."""
    return f"{role}: a field of a lightweight-markup document's front matter («title: …», «:author: …»)"


def front_matter_decisions(lines: Sequence[str]) -> list[Decision | None]:
    """The roles of the front matter's lines (:func:`front_matter`), None for every other line.

    A field's role by its key (:data:`FIELD_ROLES`, else ``fw``), a delimiter, a list value or a
    folded value's line ``fw``; a blank line between fields (YAML allows it) stays blank.
    """
    out: list[Decision | None] = [None] * len(lines)
    head = front_matter(lines)
    for k in range(head):
        if not lines[k].strip():
            continue
        key = FRONT_FIELD.match(lines[k]) if 0 < k < head - 1 else None
        role = FIELD_ROLES.get(key["key"].lower(), "fw") if key else "fw"
        out[k] = Decision(role, field_rule(role) if key else
                          "fw: a delimiter of a Markdown document's front matter («---», «+++»)")
    return out


@cache
def _parser() -> MarkdownIt:
    """CommonMark with GitHub's tables; markdown-it is loaded only when a source is Markdown (its
    import takes longer than classifying a page of plain text)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def decide(lines: Sequence[str]) -> list[Decision | None]:
    """The role of each line of a Markdown source, from its CommonMark blocks (None for blank lines).

    Args:
        lines: the source's lines without line breaks.

    Returns:
        One decision per line, or None for a blank line.
    """
    out = front_matter_decisions(lines)
    head = front_matter(lines)
    admonitions = _admonitions(lines)
    body = list(lines)
    for start, end in admonitions:  # (the parser reads an admonition's text as it reads the document's)
        body[start] = ""
        body[start + 1 : end] = [ADMONITION_INDENT.sub("", line) for line in body[start + 1 : end]]
    text = "\n".join([""] * head + body[head:])
    _Walk(lines, out, _parser().parse(text)).run()
    for start, end in admonitions:
        opening = ADMONITION_OPEN.match(lines[start])
        admonition_roles(out, start, end, opening is not None and bool((opening["label"] or "").strip()))
    for start, end in _containers(lines):
        for k in (start, end):
            if out[k] is not None and out[k].role != "fw":  # (a «<Note>» line is fw already)
                out[k] = Decision("fw", "fw: the fence of a callout container («:::tip», «:::»)")
        for k in range(start + 1, end):
            decision = out[k]
            if decision is not None and decision.role in CALLOUT_TEXT:
                # (its record, nashr.convert.certainty, once set 35 joined, round 39: 8 wrong of 8, ``low``: a
                # guide's pull quotes in «<aside>», their quotation and credit line by hand `quote` and `byline`)
                out[k] = Decision("note", "note: text inside a callout container («:::tip» … «:::», «<Note>» … "
                                  "«</Note>»)", cert="low")
    for k, line in enumerate(lines):
        if out[k] is None and line.strip():  # markdown-it drops reference definitions: nothing else
            out[k] = Decision("note", "note: a Markdown link reference definition («[label]: URL»)")
    _unread_items(lines, out)
    return out


# A list's marker that CommonMark does not read as one (§5.2 wants ASCII digits, and a space after a bullet), or
# that an HTML block swallowed (a list item opening with a tag, «1. <img …>», runs an HTML block on over the next
# items): a number of one to three Persian or Arabic-Indic digits before «.» or «)» («۱. …»), a dash glued to a word
# in Arabic script or to a link («-دانلود», «-[…](…)»; not a command's option «-v»), and inside an HTML block a
# number or a bullet before a space.
UNREAD_MARKER = LazyPattern(r"^ {0,3}(?:(?P<fa>[۰-۹٠-٩]{1,3})[.)][ \t]+\S|-(?=[\u0621-\u064a\u067e-\u06d3\[]))")
HTML_MARKER = LazyPattern(r"^ {0,3}(?:(?P<n>[0-9]{1,3})[.)]|[-*+])[ \t]+\S")
UNREAD_MIN_ITEMS = 2
UNREAD_ITEM_RULE = ("item: a paragraph opening with a list's marker the Markdown parser did not read («۱.» in Persian "
                    "digits, «-» glued to its word, items an HTML block ran over), one of two or more so")


def _unread_items(lines: Sequence[str], out: list[Decision | None]) -> None:
    """The list items whose markers CommonMark did not read (:data:`UNREAD_MARKER`, :data:`HTML_MARKER`): a
    paragraph's first line (or a line of text inside an HTML block) that opens with one is an ``item``, its
    paragraph's further lines ``item+``, when the document has at least UNREAD_MIN_ITEMS such lines (the same
    marker repeated is the document's evidence of a list; one such line may be a paragraph that opens with a
    number). Where seen (round 53, issue 12): READMEs numbering their steps in Persian digits (ReadYou, the Django
    documentation's translators' guide), a README's download links with the dash glued («-دانلود»), a course's
    installation steps each opening with a screenshot's tag (Microsoft's Web Development for Beginners); 16
    lines on 4 sites, none of the collection's paragraphs opening so."""
    found: list[tuple[int, int | None]] = []
    for k, line in enumerate(lines):
        decision = out[k]
        if decision is None or decision.role != "p":
            continue
        if decision.rule == PARAGRAPH_RULE and (unread := UNREAD_MARKER.match(line)):
            found.append((k, int(unread["fa"]) if unread["fa"] else None))
        elif decision.rule == HTML_TEXT_RULE and (swallowed := HTML_MARKER.match(line)):
            found.append((k, int(swallowed["n"]) if swallowed["n"] else None))
    if len(found) < UNREAD_MIN_ITEMS:
        return
    for k, number in found:
        before = next((out[j] for j in range(k - 1, -1, -1) if out[j] is not None), None)
        out[k] = Decision("item", UNREAD_ITEM_RULE, number=number,
                          list_start=before is None or before.role not in LIST_ROLES)
        for j in range(k + 1, len(lines)):
            if (decision := out[j]) is None or decision.rule != PARAGRAPH_MORE_RULE:
                break
            out[j] = Decision("item+", ITEM_MORE_RULE, cert="low")  # (the level of the item's further lines, above)


def _admonitions(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The admonitions of Python-Markdown and MkDocs in ``lines`` (:data:`ADMONITION_OPEN`): pairs of the
    directive's line and the line after its text (the lines indented under it, blank lines among them; blank lines
    after it are outside)."""
    found = []
    for k, line in enumerate(lines):
        if ADMONITION_OPEN.match(line):
            end = k + 1
            for j in range(k + 1, len(lines)):
                if lines[j].strip() and not ADMONITION_INDENT.match(lines[j]):
                    break
                if lines[j].strip():
                    end = j + 1
            found.append((k, end))
    return found


def admonition_roles(out: list[Decision | None], start: int, end: int, label: bool) -> None:
    """The roles of an admonition's lines (``out[start]`` its directive, ``out[start + 1 : end]`` its text, as the
    document's own markup decided them), by the collection's convention (tests/data/corpus/README.md, "Markdown and
    MDX", round 47): one that frames the text's own list under a label (``label``: the directive names one; or its
    text opens with a heading) keeps the label ``head`` and the list ``item`` (a one-line paragraph under the label is
    an entry of the list too), the bare directive line ``fw``; one that gives advice is ``note``, its directive line
    ``fw``. Shared by the kin (:mod:`nashr.convert.markup`: reStructuredText's «.. note::»)."""
    inside = [k for k in range(start + 1, end) if out[k] is not None]
    roles = [out[k].role for k in inside]  # type: ignore[union-attr]
    heading = inside[0] if roles and roles[0] == "head" else None
    entries = [k for k, role in zip(inside, roles, strict=True) if role not in {"head", "fw"}]
    framed = (label or heading is not None) and bool(entries) and \
        all(out[k].role in LIST_ROLES | {"p"} for k in entries)  # type: ignore[union-attr]
    out[start] = Decision("head", HEAD_RULE) if framed and label else Decision("fw", MARKUP_LINE_RULE)
    for n, k in enumerate(entries):
        if framed and out[k].role == "p":  # type: ignore[union-attr]
            out[k] = Decision("item", ADMONITION_ITEM_RULE, list_start=n == 0)
        elif not framed and out[k].role in CALLOUT_TEXT:  # type: ignore[union-attr]
            out[k] = Decision("note", ADMONITION_TEXT_RULE)


def _containers(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The callout containers of ``lines`` (:data:`CONTAINER_OPEN`, :data:`CALLOUT_TAG`): pairs of
    the opening and the closing line, in order; one open at a time (an inner one is text of the
    outer), and one never closed is none."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    closing: re.Pattern[str] | None = None
    for k, line in enumerate(lines):
        if closing is not None and start is not None and closing.match(line):
            found.append((start, k))
            start = closing = None
        elif closing is None and CONTAINER_OPEN.match(line):
            start, closing = k, CONTAINER_CLOSE
        elif closing is None and (tag := CALLOUT_TAG.match(line)):
            start, closing = k, re.compile(rf"^\s*</{tag['name']}>\s*$")
    return found


class _Walk:
    """One pass over markdown-it's block tokens, deciding the lines of each block."""

    def __init__(self, lines: Sequence[str], out: list[Decision | None], tokens: list[Token]) -> None:
        self.lines, self.out, self.tokens = lines, out, tokens
        self.code = any(t.type in {"fence", "code_block"} for t in tokens)
        self.items: list[tuple[int, int | None]] = []  # open list items: first line, number
        self.list_open: list[bool] = []  # per open list: its first item is still to come
        self.started = False  # a block of text has been seen (a heading after it is no title)
        self.titled = any(decision is not None and decision.role == "title" for decision in out)  # (front matter)
        self.last_line = max((k for k, line in enumerate(lines) if line.strip()), default=0)

    def run(self) -> None:
        skip_to = -1
        for k, token in enumerate(self.tokens):
            if k < skip_to:
                continue
            kind = token.type
            if kind in {"bullet_list_open", "ordered_list_open"}:
                self.list_open.append(True)
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                self.list_open.pop()
            elif kind == "list_item_open":
                assert token.map is not None
                self.items.append((token.map[0], int(token.info) if token.info.isdigit() else None))
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "blockquote_open":
                skip_to = self.blockquote(k)
            elif kind == "heading_open":
                self.heading(token)
            elif kind == "paragraph_open":
                self.paragraph(token, self.tokens[k + 1])
            elif kind in {"fence", "code_block"}:
                self.listing(token)
            elif kind == "html_block":
                self.html(token)
            elif kind == "table_open":
                self.table(token)
            elif kind == "hr":
                self.set_lines(token, "fw", "fw: a Markdown thematic break («---», «***»)")

    def lines_of(self, token: Token) -> list[int]:
        assert token.map is not None
        return [k for k in range(*token.map) if self.lines[k].strip()]

    def set_lines(self, token: Token, role: str, rule: str, cert: str | None = None) -> None:
        for k in self.lines_of(token):
            self.out[k] = Decision(role, rule, cert=cert)
        self.started = self.started or role not in {"fw", "note"}  # (a logo or badges may come before the title)

    def opening(self, first: int, role: str, rule: str, prose: bool = False) -> Decision:
        """The decision for a block's first line: the item itself when the block opens a list
        item, a further block of the item, or ``role``."""
        if self.items and self.items[-1][0] == first:
            start = self.list_open[-1]
            self.list_open[-1] = False
            return Decision("item", ITEM_RULE, number=self.items[-1][1],
                            list_start=start)
        if self.items:
            return Decision("continuation", CONTINUATION_RULE)
        return Decision(role, rule, prose=prose)

    def heading(self, token: Token) -> None:
        rows = self.lines_of(token)
        setext = token.markup in {"=", "-"}
        text_rows = rows[:-1] if setext else rows
        if (token.tag == "h1" or token.tag == "h2" and not self.titled) and not self.started and not self.items:
            decision = Decision("title", TITLE_RULE)
        else:
            decision = Decision("head", HEAD_RULE)
        for k in text_rows:
            self.out[k] = decision
        if setext:
            self.out[rows[-1]] = Decision("fw", UNDERLINE_RULE)
        self.started = True

    def paragraph(self, token: Token, inline: Token) -> None:
        rows = self.lines_of(token)
        children = inline.children or []
        if all(MDX_CODE.match(self.lines[k]) for k in rows):
            self.set_lines(token, "fw", "fw: MDX's imports, exports and «{…}» expressions (code among the text)")
            return
        if FOOTNOTE.match(self.lines[rows[0]]):
            self.set_lines(token, "note", FOOTNOTE_RULE)
            return
        pictures = _pictures(children)
        if pictures and any(BADGE_ADDRESS.search(source) for source in pictures):
            self.set_lines(token, "fw", BADGE_RULE)
            return
        if _only(children, {"image"}):
            self.set_lines(token, "note", IMAGE_RULE)
            return
        if _navigation(children):
            # (its record, nashr.convert.certainty, once set 45 joined, round 49: 4 wrong of 22 on 4 sites left one
            # out, ``medium``: a README's links to its own guides under its headings, by hand `p`; 0 wrong before)
            self.set_lines(token, "fw", "fw: links to the repository's other Markdown documents (navigation)",
                           cert="medium")
            return
        self.started = True
        if len(rows) == 1 and not self.items and _welcome(children):
            self.out[rows[0]] = Decision("salute", "salute: a welcome formula set apart («به … خوش آمدید!»)")
            return
        if len(rows) == 1 and not self.items and is_dateline(self.lines[rows[0]]):
            self.out[rows[0]] = Decision("dateline", "dateline: a Markdown paragraph that is a date and little else")
            return
        if len(rows) == 1 and not self.items and [c.type for c in children if c.type != "text" or c.content.strip()] \
                == ["code_inline"]:  # (a command line set apart: a one-line listing)
            self.out[rows[0]] = Decision("code", CODE_RULE)
            return
        if len(rows) == 1 and not self.items and _bold_head(children) and rows[0] < self.last_line:
            self.out[rows[0]] = Decision("head", f"head: a paragraph that is one bold span of at most "
                                         f"{BOLD_HEAD_MAX_WORDS} words without a sentence's final mark, text after it")
            return
        first = self.opening(rows[0], "p", PARAGRAPH_RULE, prose=True)
        self.out[rows[0]] = first
        # (the item's further lines: their record, nashr.convert.certainty, once set 45 joined, round 49: 4 wrong
        # of 13 on 3 sites left one out, ``low``: a paragraph run on under a list's last item without a blank line,
        # by hand a new paragraph of the text; 0 wrong before)
        role, rule, cert = {"item": ("item+", ITEM_MORE_RULE, "low")}.get(first.role, ("p+", PARAGRAPH_MORE_RULE, None))
        for k in rows[1:]:
            if _reference_definition(self.lines[k]):
                self.out[k] = Decision("note", "note: a Markdown link reference definition («[label]: URL»)")
            else:
                self.out[k] = Decision(role, rule, prose=first.prose, cert=cert)

    def listing(self, token: Token) -> None:
        rows = self.lines_of(token)
        if token.type == "fence":
            fence = Decision("fw", "fw: a Markdown code fence («```», «~~~»)")
            self.out[rows[0]] = fence
            rows = rows[1:]
            if rows and QUOTE_MARKS.sub("", self.lines[rows[-1]]).strip().startswith(token.markup):
                self.out[rows[-1]] = fence
                rows = rows[:-1]
        if rows:
            self.out[rows[0]] = Decision("code", CODE_RULE)
            for k in rows[1:]:
                self.out[k] = Decision("code+", CODE_MORE_RULE)

    def html(self, token: Token) -> None:
        if token.content.lstrip().startswith("<!--"):
            self.set_lines(token, "fw", COMMENT_RULE)
            return
        if RAW_TEXT_TAG.match(token.content):
            rows = self.lines_of(token)
            inner = [k for k in rows if not TAG_LINE.match(self.lines[k])]
            for k in rows:
                self.out[k] = Decision("fw", MARKUP_LINE_RULE)
            for n, k in enumerate(inner):
                self.out[k] = Decision("code", CODE_RULE) if n == 0 else Decision("code+", CODE_MORE_RULE)
            return
        for k in self.lines_of(token):
            line = self.lines[k]
            text = TAG.sub("", line).strip()
            if text and HEAD_TAG.match(line):
                title = H1_TAG.match(line) is not None and not self.started
                self.out[k] = Decision("title", "title: a Markdown document's first block, an HTML level-1 heading") \
                    if title else Decision("head", "head: an HTML heading or label («<summary>», «<h2>», «<caption>»)")
            elif text and ITEM_TAG.match(line):
                self.out[k] = Decision("item", "item: an HTML list item («<li>») in a Markdown document")
            elif (source := IMG_SRC.search(line)) and BADGE_ADDRESS.search(source[1]):
                self.out[k] = Decision("fw", BADGE_RULE)
                continue
            elif IMAGE_ALT.search(line):  # (its text is in the tag)
                # (its record, nashr.convert.certainty, once set 43 joined, round 47: 4 wrong of 14 on 5 sites, ``low``:
                # logos and a screenshot inside a README's HTML header, by hand `fw`; 3 wrong of 3 before; once set 45
                # joined, round 49: 2 wrong of 17 on 4 sites left one out, ``medium``, its screenshots right)
                self.out[k] = Decision("note", "note: an HTML image with its alternative text", cert="medium")
                continue
            elif text:
                # (its record, nashr.convert.certainty, once set 36 joined, round 40: 18 wrong of 43, ``low``; a
                # hard-wrapped page's «<p dir='rtl'>» lines, by hand `item` and `p+` as well as `p`)
                self.out[k] = Decision("p", HTML_TEXT_RULE, cert="low")
            else:
                self.out[k] = Decision("fw", MARKUP_LINE_RULE)
                continue
            self.started = True

    def table(self, token: Token) -> None:
        rows = self.lines_of(token)
        for n, k in enumerate(rows):
            self.out[k] = Decision("fw", TABLE_BORDER_RULE) if n == 1 else \
                Decision("item", TABLE_ROW_RULE, list_start=n == 0)
        self.started = True

    def blockquote(self, k: int) -> int:
        """Every line of the blockquote opened by token ``k``; returns the index after its close.

        The collection's convention (tests/data/corpus/README.md, "Markdown and MDX", round 47): a callout (an advisory
        or tip box: GitHub's «[!NOTE]», a bold label opening it, or any blockquote of software documentation, a document
        with code listings) is ``note`` on its label and text, the text's own words set off in a blockquote (an
        author's introduction, tldr's description) ``p`` then ``p+`` as any paragraph; in both the empty «>» lines are
        ``fw`` and a code listing inside ``fw`` on its fences, ``code``/``code+``.
        """
        token = self.tokens[k]
        rows = self.lines_of(token)
        callout = self.code or bool(rows and CALLOUT.match(self.lines[rows[0]]))
        depth, end = 0, k
        for end in range(k, len(self.tokens)):
            depth += {"blockquote_open": 1, "blockquote_close": -1}.get(self.tokens[end].type, 0)
            if depth == 0:
                break
        # (the callout's record: ``medium`` since round 51, 1 wrong of 13 once jusText's measures no longer took
        # its bold labels, «> **Warning**», for the page's boilerplate, nashr.convert.boilerplate.NOT_CANDIDATES)
        for row in rows:
            self.out[row] = Decision("fw", MARKUP_LINE_RULE) if not QUOTE_MARKS.sub("", self.lines[row]).strip() else \
                Decision("note", CALLOUT_RULE, cert="medium") if callout else Decision("p", PARAGRAPH_RULE, prose=True)
        for inner in self.tokens[k + 1 : end]:
            if inner.type in {"fence", "code_block"}:
                self.listing(inner)
            elif inner.type == "paragraph_open" and not callout:
                lines = self.lines_of(inner)
                for n, row in enumerate(lines):
                    self.out[row] = Decision("p", PARAGRAPH_RULE, prose=True) if n == 0 else \
                        Decision("p+", PARAGRAPH_MORE_RULE, prose=True)
        self.started = True
        return end + 1


def _only(children: list[Token], kinds: set[str]) -> bool:
    """Inline ``children`` hold ``kinds`` (at least one) and otherwise only links, line breaks
    and blank text."""
    seen = False
    for child in children:
        if child.type in kinds:
            seen = True
        elif child.type not in {"link_open", "link_close", "softbreak", "hardbreak"} and \
                not (child.type == "text" and not child.content.strip()):
            return False
    return seen


def _pictures(children: list[Token]) -> list[str]:
    """The addresses of the pictures of a paragraph's inline ``children`` that hold only pictures (Markdown images,
    HTML «<img>» tags), links around them, line breaks and blank text; an empty list for any other paragraph."""
    found = []
    for child in children:
        if child.type == "image":
            found.append(str(child.attrs.get("src", "")))
        elif child.type == "html_inline" and (source := IMG_SRC.search(child.content)):
            found.append(source[1])
        elif child.type == "html_inline" and child.content.lstrip().startswith("</"):
            continue
        elif child.type not in {"link_open", "link_close", "softbreak", "hardbreak"} and \
                not (child.type == "text" and not child.content.strip()):
            return []
    return found


def _navigation(children: list[Token]) -> bool:
    """Inline ``children`` are links to other Markdown files of the repository («README.md#…»,
    «docs/HOWTO.md»), with only emphasis and separators («|», «·», «/») around them."""
    links = [c for c in children if c.type == "link_open"]
    inside = 0
    for child in children:
        inside += {"link_open": 1, "link_close": -1}.get(child.type, 0)
        if child.type == "text" and not inside and child.content.strip(" |·•/,،-–—"):
            return False
        if child.type not in {"text", "link_open", "link_close", "em_open", "em_close", "strong_open",
                              "strong_close", "softbreak", "hardbreak"}:
            return False
    return bool(links) and all(DOCUMENT_LINK.match(str(c.attrs.get("href", ""))) for c in links)


def _welcome(children: list[Token]) -> bool:
    """A welcome formula (:data:`WELCOME`) as the paragraph's whole text, of at most
    :data:`WELCOME_MAX_WORDS` words, read in its plain view (Arabic ي/ك, NBSP: :func:`nashr.convert.reading.plain`)."""
    text = plain("".join(c.content for c in children if c.type in {"text", "code_inline"})).strip()
    return len(text.split()) <= WELCOME_MAX_WORDS and WELCOME.match(text) is not None


def _bold_head(children: list[Token]) -> bool:
    """Inline ``children`` are one strong span («**…**», «__…__») of at most
    :data:`BOLD_HEAD_MAX_WORDS` words whose text does not end a sentence."""
    children = [c for c in children if c.type != "text" or c.content.strip()]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close" or \
            any(c.type in {"strong_open", "strong_close"} for c in children[1:-1]):
        return False
    text = "".join(c.content for c in children[1:-1]).strip()
    return 0 < len(text.split()) <= BOLD_HEAD_MAX_WORDS and not text.endswith(SENTENCE_END)


def _reference_definition(line: str) -> bool:
    """``line`` alone is a link reference definition (CommonMark §4.7), as markdown-it reads it."""
    env: dict[str, object] = {}
    return line.lstrip().startswith("[") and not _parser().parse(line, env) and bool(env.get("references"))
