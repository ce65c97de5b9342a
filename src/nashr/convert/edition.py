"""Cross-text evidence of an edition: the page furniture and fields a site repeats on every page.

A user's batch often comes from one site (thirty news pages of one agency, a blog's posts, an
archive's letters). One page alone shows little of a site's furniture; the batch shows it: a line
that recurs at the same end of many texts is the site's furniture (its name, menu, footer), and the
same line *shape* (digits, dates and web addresses replaced, or the label before «:» with any value)
recurring there is a field (a news code, a publication date, an author line). This is the
cross-page and duplicate evidence of boilerplate removal (Kohlschütter, Fankhauser and Nejdl 2010,
"Boilerplate detection using shallow text features"; jusText's and trafilatura's duplicate
heuristics), counted here on a whole edition rather than on one page.

Two steps:

- :func:`profile` makes one linear pass over the edition's texts (their lines only; no
  classification): for each line key it counts the texts it occurs in, per zone (the first
  :data:`ZONE_LINES` content lines, the last :data:`ZONE_LINES`, or the body between).
- :meth:`Profile.marks` gives a text the keys of its own lines that the profile marks: a key in
  the top or bottom zone of at least :func:`Profile.needed` texts, and in the body of fewer texts
  than that zone (a line repeated inside many texts is their text, not a page's furniture).
  :func:`analyse` then classifies the text with those marks: its own rules first, then the lines
  the marks name are given ``fw`` (furniture) or the field's role, but only where the text's own
  rules left a role that the pass may override (:data:`FURNITURE_OVER`, :data:`FIELD_OVER`: never
  verse, headings, openers, salutes or signatures), and the text is read again without its
  furniture (so its title is found under the site's masthead).

A text's marks are all it needs of the profile: their digest (:func:`marks_digest`) is what its
conversion depends on, so a text added to the edition rebuilds only the texts whose marks change.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from nashr.convert.document import PROSE_MIN_WORDS, WEEKDAYS, Line, is_dateline, month
from nashr.convert.forms import FIELD_MAX_WORDS
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import plain
from nashr.convert.sources import SourceError, read_source

if TYPE_CHECKING:
    from nashr.convert.structure import Structure
# The profile (what a build's own process computes before it hands the texts to the workers)
# needs no classifier: nashr.convert.structure and matter are imported where a text is analysed,
# so a build with nothing to convert does not load them (about 0.3 s).

ZONE_LINES = 5
"""Content lines (not blank) at each end of a text that make its top and bottom zone."""
MIN_TEXTS = 2
"""A key marks furniture only when it occurs in at least this many texts of the edition …"""
MIN_SHARE = 0.3
"""… and in at least this share of them (see :meth:`Profile.needed`; measured in
``benchmarks/structure_edition.py``: two texts rather than three, on the collection's publishers
with two texts or more as batches, 6 lines right more (hastaanonline.ir's skip links over two of
its four pages and the headlines under them, a Yale archive's shelf mark on both of its pages),
none wrong more; the lines the pass makes furniture, 6 of them, all right: fewer than
:data:`nashr.convert.certainty.MIN_LINES`, so they keep their level)."""
SENTENCE_MIN_TEXTS = 3
"""A sentence (at least :data:`nashr.convert.document.PROSE_MIN_WORDS` words ending in «.», «!» or
«؟») marks furniture only in at least this many texts: two texts of a batch may quote the same
sentence (a report's paragraph quoted by another text); a site's search form or notice under every
page is repeated by more (dastour.ir's «عنـوان قانون شامل: باشد. …» on six of six pages). Measured
on the collection's publishers: setiq.com's disclaimer at the foot of two of three ghazals, a note
by hand, is left to the text."""
TITLE_MIN_TEXTS = 3
"""A line that a text's rules take for its title once the furniture above it is set aside is the
site's furniture (a section label under its name) only when it recurs in at least this many texts:
two texts of a batch may share their title (two letters of one sender to one addressee, catalogued
alike: qajarwomen.org's «نجم السلطنه به عبدالحسین میرزا فرمانفرما», set 21), as two may quote a
sentence (:data:`SENTENCE_MIN_TEXTS`); a site's section label stands over more (kavoshgar.net's
«فال حافظ شیرازی» on four of four pages). Such a key is marked once more, as ``MANY`` + key."""
KEY_MAX_CHARS = 200
"""Longer lines are prose: never furniture, not counted."""
LABEL_MAX_WORDS = 3
"""A field's label («کد خبر», «تاریخ انتشار», «نویسنده») has at most this many words."""

FURNITURE_OVER = frozenset({"p", "p+", "continuation", "item", "item+", "quote"})
"""The roles a text's own rules may give a repeated line that the pass turns into ``fw``: the
body's defaults, and ``title`` for the text's first line (the site's name over every page,
which a text alone takes for its title; not a headline over the body, which a series' releases
may share: dpmea.gov.af's monthly «اعلامیۀ … در پیوند به گزارش اخیر بانک جهانی …»,
:data:`nashr.convert.around.HEADLINE_RULE`) or for a line saying again one made furniture above it (the
site's name as banner and as heading: qajarwomen.org, set 21). Never ``l`` (a refrain), ``head`` (a series' repeated
heading), ``subtitle`` or a title under other lines (a series' kicker and title, «وزارت خارجه
ایالات متحده», «جلسه مطبوعاتی وزارتخانه»: the collection's state.gov briefings), ``note`` (an
archive's editorial note on every letter), ``opener``/``salute``/``signed`` (a letter's
invocation and formulas, save a signature guessed from its place alone,
:data:`nashr.convert.matter.closing.POSITION_SIGNED`: af.ambafrance.org's back-to-top link at the foot of six
pages, set 21), ``byline``, ``dateline``, ``masthead`` or ``fw``."""
FIELD_OVER = frozenset({"p", "p+", "continuation", "item", "item+"})
"""The roles a field (a repeated shape) may replace; also ``subtitle`` when the field is a date or
an author line, and a page's field the text alone read by its shape (``fw`` at ``low``:
:func:`nashr.convert.furniture.edge_fields`). Not ``title`` (a series' numbered titles share a shape:
«غزل شمارهٔ ۱۲») nor ``note`` (an archive's marginal notes «[حاشیهٴ ۲:] …» share their label)."""

TOP, BOTTOM, BODY = "top", "bottom", "body"
EXACT, SENTENCE, SHAPE, MANY = "=", ".", "~", "+"

_SPACE = re.compile(r"\s+")
_URL = LazyPattern(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|ir|org|net|af|tj|info|io)\b\S*", re.IGNORECASE)
_NUMBER = LazyPattern(r"\d+(?:[.,/:٫٬،-]\d+)*")
_LABEL = LazyPattern(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
_EDGE_PUNCT = LazyPattern(r"^[\s\W_]+|[\s\W_]+$")


def normal(text: str) -> str:
    """The line as the profile compares it: :func:`nashr.convert.reading.plain` (Arabic letter
    forms, marks and bidi controls set aside), ZWNJ as a space, spaces collapsed, Latin lowered,
    punctuation at both ends dropped; digits of any script as ASCII."""
    view = plain(text).replace("\u200c", " ")
    view = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in view)
    return _EDGE_PUNCT.sub("", _SPACE.sub(" ", view).lower())


def shape_of(norm: str) -> str | None:
    """The field a normalised line is, or None when it is no field: a field is short (at most
    :data:`nashr.convert.forms.FIELD_MAX_WORDS` words: not a speaker's turn «پرسش: …» nor a
    paragraph) and has a variable part: ``label:…`` for a short label before «:» and any value;
    else, for a line with a number or a web address, the line with web addresses as ``<url>``,
    numbers as ``#``, months and weekdays as ``<d>``."""
    if len(norm.split()) > FIELD_MAX_WORDS:
        return None
    if (m := _LABEL.match(norm)) and len(m["label"].split()) <= LABEL_MAX_WORDS:
        return f"{m['label']}:…"
    shaped = _NUMBER.sub("#", _URL.sub("<url>", norm))
    if shaped == norm:
        return None
    # In a line with a number: the month and weekday of a date vary with it («دوشنبه ۷ بهمن ۱۳۹۸»).
    return " ".join("<d>" if month(w) or w in WEEKDAYS else w for w in shaped.split())


def line_keys(text: str) -> tuple[str, ...]:
    """The keys of one line: its exact key (``=`` + :func:`normal`; ``.`` + it for a sentence, see
    :data:`SENTENCE_MIN_TEXTS`) and its shape key (``~`` + :func:`shape_of`) when it has one; none
    for a blank or very long line."""
    norm = normal(text)
    if not norm or len(norm) > KEY_MAX_CHARS:
        return ()
    sentence = len(norm.split()) >= PROSE_MIN_WORDS and plain(text).rstrip().endswith((".", "!", "؟", "?"))
    exact = (SENTENCE if sentence else EXACT) + norm
    shaped = shape_of(norm)
    return (exact,) if shaped is None else (exact, SHAPE + shaped)


def zones(lines: Sequence[str]) -> list[str | None]:
    """The zone of each line (:data:`TOP`, :data:`BOTTOM`, :data:`BODY`; None for a blank line):
    the first :data:`ZONE_LINES` content lines are the top zone, the last ones the bottom zone
    (top first, in a short text)."""
    content = [i for i, text in enumerate(lines) if text.strip()]
    found: list[str | None] = [None] * len(lines)
    for k, i in enumerate(content):
        found[i] = TOP if k < ZONE_LINES else BOTTOM if k >= len(content) - ZONE_LINES else BODY
    return found


def text_keys(lines: Sequence[str]) -> set[tuple[str, str]]:
    """The ``(zone, key)`` pairs of a text's lines (:func:`zones`, :func:`line_keys`)."""
    return {(zone, key) for text, zone in zip(lines, zones(lines), strict=True) if zone is not None
            for key in line_keys(text)}


@dataclass(frozen=True, slots=True)
class Profile:
    """How many texts of the edition hold each ``(zone, key)``.

    Attributes:
        texts: the texts counted.
        counts: ``(zone, key)`` → number of texts holding it.
    """

    texts: int
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def needed(self, key: str = EXACT) -> int:
        """Texts a key must occur in to be marked: ``max(MIN_TEXTS, ceil(MIN_SHARE × texts))``, and
        at least :data:`SENTENCE_MIN_TEXTS` for a sentence's key."""
        least = SENTENCE_MIN_TEXTS if key.startswith(SENTENCE) else MIN_TEXTS
        return max(least, math.ceil(MIN_SHARE * self.texts))

    def marked(self, zone: str, key: str) -> bool:
        """``key`` recurs in ``zone`` (top or bottom) of enough texts, and in the body of fewer."""
        count = self.counts[(zone, key)]
        return zone != BODY and count >= self.needed(key) and self.counts[(BODY, key)] < count

    def marks(self, lines: Sequence[str]) -> frozenset[tuple[str, str]]:
        """The ``(zone, key)`` pairs of ``lines`` that this profile marks (:meth:`marked`), and
        ``(zone, MANY + key)`` for a line's exact key marked in :data:`TITLE_MIN_TEXTS` texts or more."""
        return self.marked_of(text_keys(lines))

    def marked_of(self, pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """:meth:`marks` of a text given by its ``(zone, key)`` pairs."""
        found = [pair for pair in pairs if self.marked(*pair)]
        many = [(zone, MANY + key) for zone, key in found
                if key.startswith(EXACT) and self.counts[(zone, key)] >= TITLE_MIN_TEXTS]
        return frozenset(found + many)


def profile(texts: Iterable[Sequence[str]]) -> Profile:
    """Count the ``(zone, key)`` pairs of ``texts`` (each a source's lines), once per text.

    One pass, linear in the lines: a dict of keys, no comparison of texts with each other.
    """
    return _counted(text_keys(lines) for lines in texts)


def _counted(pair_sets: Iterable[set[tuple[str, str]]]) -> Profile:
    counts: Counter[tuple[str, str]] = Counter()
    n = 0
    for pairs in pair_sets:
        counts.update(pairs)
        n += 1
    return Profile(n, counts)


def edition_marks(texts: Iterable[tuple[str, Sequence[str]]]) -> dict[str, frozenset[tuple[str, str]]]:
    """Each text's marks in its edition: ``(name, lines)`` pairs → name → :meth:`Profile.marks`.

    The texts are counted as :func:`profile` counts them (:func:`keyed_marks`), so they are read
    once and not held.
    """
    return keyed_marks((name, text_keys(lines)) for name, lines in texts)


def keyed_marks(keyed: Iterable[tuple[str, set[tuple[str, str]]]]) -> dict[str, frozenset[tuple[str, str]]]:
    """:func:`edition_marks` of texts given by their :func:`text_keys` (``(name, pairs)``): a
    build keeps each source's pairs by its content hash and need not read it again.

    Only each text's top and bottom pairs are kept (the only ones the profile may mark).
    """
    ends: dict[str, set[tuple[str, str]]] = {}

    def pair_sets() -> Iterator[set[tuple[str, str]]]:
        for name, pairs in keyed:
            ends[name] = {pair for pair in pairs if pair[0] != BODY}
            yield pairs

    found = _counted(pair_sets())
    return {name: found.marked_of(pairs) for name, pairs in ends.items()}


def source_keys(path: Path) -> set[tuple[str, str]] | None:
    """:func:`text_keys` of a source file (:func:`nashr.convert.sources.read_source`), or None for
    an unusable source (its conversion reports it)."""
    try:
        return text_keys(read_source(path).lines)
    except SourceError:
        return None


def source_marks(paths: Iterable[Path]) -> dict[str, frozenset[tuple[str, str]]]:
    """:func:`edition_marks` of the source files ``paths`` (keyed by ``str(path)``), each read
    once; an unusable source is left out."""
    return keyed_marks((str(path), pairs) for path in paths if (pairs := source_keys(path)) is not None)


def marks_digest(marks: frozenset[tuple[str, str]]) -> str:
    """A stable digest of a text's marks: what its conversion depends on of the whole edition."""
    return hashlib.sha256("\n".join(sorted(f"{zone}\t{key}" for zone, key in marks)).encode()).hexdigest()


FURNITURE_RULE = "edition-furniture: the same line at the {zone} of many texts of the edition"
FIELD_RULE = "edition-field: a line of the same shape at the {zone} of many texts of the edition ({shape})"


def _field_role(text: str) -> str:
    """The role of a repeated field: a date → ``dateline``, an author's label → ``byline``, else
    ``fw`` (a news code, a view counter, a category)."""
    from nashr.convert.matter.patterns import BYLINE, BYLINE_MAX_WORDS

    bare = plain(text).strip()
    if is_dateline(text):
        return "dateline"
    if BYLINE.match(bare) and len(bare.split()) <= BYLINE_MAX_WORDS:
        return "byline"
    if (m := _LABEL.match(bare)) and is_dateline(m["value"]):
        return "dateline"
    return "fw"


def _decisions(lines: Sequence[Line], texts: Sequence[str], found: Sequence[str | None],
               marks: frozenset[tuple[str, str]]) -> dict[int, Line]:
    """Index → the line as the pass sets it, for the marked lines whose role it may override.

    A marked line next to verse (the nearest content line before or after it is ``l``) is left
    as the text's rules read it: a refrain repeated at the end of every poem, or a poem's
    opening bayt, is the poem's own, though the text's rules may miss its layout. A marked line
    that the text has said before, with a line of the text's own between, is left too: a page
    repeats its own title at the start of its first paragraph (dpmea.gov.af's statements, whose
    pages share one title, under their photo's file name), not the site's furniture a second time;
    the site's name said twice above the page's own lines (qajarwomen.org) stays furniture. An invocation
    («هو الأبهی», «بسم الله …»: :func:`~nashr.convert.matter.opening.invocation`) opens each text as its own,
    as an epigraph does, wherever the text's rules met it."""
    from nashr.convert.around import HEADLINE_RULE
    from nashr.convert.furniture import EDGE_FIELD_RULE
    from nashr.convert.matter.closing import POSITION_SIGNED
    from nashr.convert.matter.opening import invocation

    decided: dict[int, Line] = {}
    furniture: set[str] = set()  # (the keys of the lines made furniture so far)
    seen: set[str] = set()  # (the first keys of the text's lines so far)
    own = False  # (a line the pass leaves to the text's rules has come)
    content = [i for i, zone in enumerate(found) if zone is not None]
    for k, i in enumerate(content):
        zone, line, keys = found[i], lines[i], line_keys(texts[i])
        said_again = own and bool(keys) and keys[0] in seen
        seen.update(keys[:1])
        opening = line.epigraph or (line.role == "p" and invocation(plain(texts[i])))  # (the text's own)
        if zone == BODY or opening or said_again or any(
                lines[j].role == "l" for j in content[max(0, k - 1) : k + 2] if j != i):
            own = True
            continue
        if keys and (zone, keys[0]) in marks and (
                line.role in FURNITURE_OVER or line.rule == POSITION_SIGNED
                or (line.role == "title" and line.rule != HEADLINE_RULE and (k == 0 or keys[0] in furniture))):
            decided[i] = replace(line, role="fw", rule=FURNITURE_RULE.format(zone=zone), cert=None, doubt=None)
            furniture.add(keys[0])
        elif len(keys) > 1 and (zone, keys[1]) in marks:
            role = _field_role(texts[i])
            # (a field the text alone read by its shape, ``low``: the edition's repeated shape confirms it)
            if line.role in FIELD_OVER or line.rule == EDGE_FIELD_RULE or (line.role == "subtitle" and role != "fw"):
                shape = "a label and its value" if keys[1].endswith(":…") else "numbers or dates varying"
                decided[i] = replace(line, role=role, rule=FIELD_RULE.format(zone=zone, shape=shape), cert="medium",
                                     doubt=None)
        own = own or i not in decided
    return decided


def _furniture_run(first: Sequence[Line], found: Sequence[str | None], i: int) -> dict[int, Line]:
    """Line ``i`` — a field of the edition in the top zone that the text alone read as furniture (``fw``),
    or a widget's field under furniture (:func:`_inside_widget`) — and the lines after it that the text
    alone read as furniture, up to the first line read otherwise: index → the line as the text alone
    read it. Setting the edition's furniture aside above a widget's
    block (km.gov.af's weather label over its prayer times and exchange rates, whose values change from
    page to page) must not make the block's next line the title: the block stays as the page alone
    read it."""
    run: dict[int, Line] = {i: first[i]}
    for j in range(i + 1, len(first)):
        if found[j] is None:
            continue  # (a blank line)
        if first[j].role != "fw":
            break
        run[j] = first[j]
    return run


def _inside_widget(first: Sequence[Line], again: Sequence[Line], found: Sequence[str | None], i: int) -> bool:
    """Whether line ``i``, which the text alone read as an unsure (``@cert`` low) furniture line or list
    item, lies under a line that both readings (``first`` alone, ``again`` under the edition's
    furniture) take for furniture: a widget's next field (km.gov.af's prayer times, «اذان عصر 4:1 ب-ظ»
    under «اذان ظهر 12:30 ب-ظ»), which setting the edition's furniture aside must not make the title."""
    if first[i].role not in {"fw", "item"} or first[i].cert != "low":
        return False
    above = next((j for j in range(i - 1, -1, -1) if found[j] is not None), None)
    return above is not None and first[above].role == again[above].role == "fw"


def analyse(texts: Sequence[str], marks: frozenset[tuple[str, str]] = frozenset()) -> Structure:
    """Classify a text's lines with the marks its edition gives it (:meth:`Profile.marks`).

    Without marks this is :func:`nashr.convert.structure.analyse`. With marks: the text is
    classified alone; the marked lines whose role the pass may override (:data:`FURNITURE_OVER`,
    :data:`FIELD_OVER`) are decided; if some are furniture the text is classified again with
    those lines set aside as ``fw`` (so the rules read the text under them), and a repeated line
    that this second reading takes for the title is furniture too (the text is then read again
    without it); the pass's lines are then set over the result. Under the edition's furniture the
    text's rules do not guess that the first line is a site's section label
    (:func:`nashr.convert.matter.top.top_matter`): the edition shows the site's furniture, and a line
    it does not repeat is the page's own (kavoshgar.net's ghazal named by its URL slug under the
    site's tagline and section label; hastaanonline.ir's headline under its skip links).

    Args:
        texts: the source's lines (``Source.lines``).
        marks: ``(zone, key)`` pairs (:func:`line_keys`, :func:`zones`).
    Returns:
        A :class:`~nashr.convert.structure.Structure` (the rules of the pass named ``edition-…``).
    """
    from nashr.convert.structure import analyse as analyse_text

    structure = analyse_text(texts)
    if not marks:
        return structure
    first, found = structure.lines, zones(texts)
    decided = _decisions(first, texts, found, marks)
    furniture = frozenset(i for i, line in decided.items() if line.role == "fw")
    while furniture:
        structure = analyse_text(texts, furniture=furniture)
        # A title is a text's own: a repeated line that becomes the title only once the furniture
        # above it is set aside is furniture too (a section label, which alone reads as the subtitle
        # under the site's name) when TITLE_MIN_TEXTS texts hold it, and the text is read again
        # without it (at most once per line of the top zone); a line the text alone gave another
        # role keeps it (a signature mark «[امضاء]» on every law of a database: signed). A field of the
        # edition (its shape repeated, its values varying) that the text alone read as furniture stays so,
        # with the run of furniture it opens (_furniture_run); so does a widget's field under it (_inside_widget).
        # A line the text alone read as a heading keeps it: setting the furniture above aside does not make it
        # the title (measured: of 3 such lines, none was the title by hand: a tag page's first post title, head,
        # on ashkbous.blog.ir; km.gov.af's widget labels ×2, fw).
        for i, line in enumerate(structure.lines):
            if line.role != "title" or first[i].role == "title":
                continue
            if _inside_widget(first, structure.lines, found, i):
                decided.update(_furniture_run(first, found, i))
            elif first[i].role == "head":
                decided[i] = first[i]  # a heading among the text's headings (a tag page's post titles) stays one
            elif found[i] != TOP:
                continue
            elif (keys := line_keys(texts[i])) and (TOP, MANY + keys[0]) in marks:
                decided[i] = first[i] if first[i].role not in FURNITURE_OVER | {"subtitle"} else replace(
                    line, role="fw", rule=FURNITURE_RULE.format(zone=TOP), cert="medium", doubt=None)
            elif first[i].role == "fw" and len(keys) > 1 and (TOP, keys[1]) in marks:
                decided.update(_furniture_run(first, found, i))
        furniture, before = frozenset(i for i, line in decided.items() if line.role == "fw"), furniture
        if furniture == before:
            break
    return replace(structure, lines=[decided.get(i, line) for i, line in enumerate(structure.lines)])


__all__ = ["MIN_SHARE", "MIN_TEXTS", "Profile", "analyse", "edition_marks", "keyed_marks", "line_keys", "marks_digest",
           "profile", "source_keys", "source_marks", "text_keys", "zones"]
