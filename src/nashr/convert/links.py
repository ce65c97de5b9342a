"""Links to other pages under a web page's text (issue 12).

A page copied whole keeps, under its text, the links its site sets there: the previous and next
pieces of the same series, and a list of other headlines. Read alone, a page still shows them by
their shape, which any template gives them:

* a **list of headlines** (:func:`headline_lists`): under the text's body
  (:func:`nashr.convert.furniture.body_span`) of a text that ends its sentences with punctuation
  (:func:`nashr.convert.matter.shapes.punctuated_prose`), two lines or more one under the other that the
  rules left to the paragraph, each a title's length (HEADLINE_MIN_WORDS to TITLE_MAX_WORDS words)
  and none a sentence (no final punctuation, not breaking off into the next line), rhyming with none
  of the two lines under it (a quatrain's lines, read as prose, rhyme) and not in a hard-wrapped text,
  whose lines are short and unpunctuated wherever a sentence goes on: khovar.tj's «اخبار مرتبط» under its
  news release, aryazamyn.com's links to the ghazals before and after the page's;
* a **link to the same series** (:func:`series_links`): under the body, a line «label – text» whose
  label (numbers aside) the page's title says before its own number or dash («غزل شماره ۱۰۳»,
  «دیوان حافظ – …»), naming another piece of the series: aryazamyn.com's «غزل شماره ۱۰۲ – …» and
  «غزل شماره ۱۰۴ – …» around the page's ghazal 103, شعر.com's «دیوان حافظ – …» under the page's poem.

Both are ``fw`` at ``medium`` (new rules: a record of 8 and 9 lines, none wrong, on two sites each;
:mod:`nashr.convert.certainty`). Decided once every other rule has read the text (after the
furniture blocks, :func:`nashr.convert.furniture.furniture_blocks`); linear in the number of lines.

Measured on the collection, each page alone: headline lists 8 lines right more (khovar.tj 4,
aryazamyn.com 4), series links 9 more (aryazamyn.com 8, شعر.com 1), none wrong more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nashr.convert.conventions import DIGIT, DIGITS, words
from nashr.convert.document import DEFAULT_RULE, Document, runs_on
from nashr.convert.furniture import body_span
from nashr.convert.matter.shapes import TITLE_MAX_WORDS, punctuated_prose
from nashr.convert.verse import rhymes

HEADLINE_MIN_WORDS = 6  # a headline names who did what; a signature, a source, a poet's name are shorter
HEADLINES_MIN = 2
RHYME_REACH = 2  # a line rhymes with the next one (a masnavi) or the one after it (a ghazal, a quatrain)
HEADLINES_RULE = ("fw: a list of headlines under the text (two lines or more of a title's length, none a sentence, "
                  "none rhyming), links to other pages")
SERIES_RULE = ("fw: a link under the text to another piece of the series its title names («غزل شماره ۱۰۲ – …» under "
               "«… غزل شماره ۱۰۳»)")
# «label – text»: a series' name (and the piece's number) before a dash, the piece's name or first line after it.
LINK = re.compile(r"^\s*(?P<label>[^-–—:|]{2,40}?)\s+[-–—]\s+(?P<text>\S.*)$")


def _foot(doc: Document, link: Callable[[Document, int], bool]) -> list[int]:
    """The lines that may be links (``link``) among the page's last lines: walking up from its end
    over the page's furniture (``fw``), the lines ``link`` takes, up to the first line that is
    neither or to the text's body (:func:`~nashr.convert.furniture.body_span`), in reading order;
    none on a page without a body. Lines the text goes on under (a statute's heading over its
    articles) are no links."""
    span = body_span(doc)
    if span is None:
        return []
    found: list[int] = []
    for i in range(len(doc.shapes) - 1, span[1], -1):
        if doc.shapes[i] is None or doc.role(i) == "fw":
            continue
        if not link(doc, i):
            break
        found.append(i)
    return found[::-1]


def _headline(doc: Document, i: int) -> bool:
    """Line ``i`` may be a link's headline: left to the paragraph (by default, or as a wrapped line),
    a title's length, no sentence, no list label or bullet, not breaking off into the next line."""
    line, s = doc.out[i], doc.s(i)
    return (line.role in ("p", "p+") and (line.role == "p+" or line.rule.startswith(DEFAULT_RULE))
            and HEADLINE_MIN_WORDS <= s.words <= TITLE_MAX_WORDS and s.end == "none"
            and s.label is None and not s.bullet and not runs_on(doc, i))


def _rhymed(doc: Document, run: list[int]) -> bool:
    ends = [doc.s(i).plain for i in run]
    return any(rhymes(a, b, strict=True) for k, a in enumerate(ends) for b in ends[k + 1 : k + 1 + RHYME_REACH])


def headline_lists(doc: Document) -> None:
    """Make ``fw`` the lists of headlines under the text (module docstring)."""
    if doc.conv.wrap or not punctuated_prose(doc):
        return
    runs: list[list[int]] = []
    for i in _foot(doc, _headline):
        if runs and all(doc.shapes[j] is None for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) >= HEADLINES_MIN and not _rhymed(doc, run):
            for i in run:
                doc.set(i, "fw", HEADLINES_RULE, cert="medium")


def _numbers(text: str) -> set[int]:
    """The numbers written in ``text``, in any script's digits («۱۰۳» and «103» alike)."""
    return {int(d) for d in DIGITS.findall(text)}


def _link_shaped(doc: Document, i: int) -> bool:
    return LINK.match(doc.s(i).plain) is not None


def series_links(doc: Document) -> None:
    """Make ``fw`` the links under the text to other pieces of the series the title names (module
    docstring): the label's words, numbers aside, said in the title right before a number or a dash,
    the link's own number (if any) not the title's, and its text not the title's."""
    title = " ".join(doc.s(i).plain for i, line in enumerate(doc.out) if line.role == "title")
    if not title:
        return
    for i in _foot(doc, _link_shaped):
        m = LINK.match(doc.s(i).plain)
        assert m is not None
        label = " ".join(w for w in words(m["label"]) if not DIGITS.fullmatch(w))
        if (label and re.search(rf"(?:^|\s){re.escape(label)}\s*(?:{DIGIT}+|[-–—])", title)
                and not _numbers(m["label"]) & _numbers(title) and m["text"].strip() not in title):
            doc.set(i, "fw", SERIES_RULE, cert="medium")


def links_under_text(doc: Document) -> None:
    """The links to other pages under the text: lists of headlines, then links to the same series."""
    headline_lists(doc)
    series_links(doc)
