"""A web page's boilerplate at the edges of a text, by jusText's measures (issue 12).

jusText (Pomikálek 2011, "Removing boilerplate and duplicate content from web corpora", PhD thesis,
Masaryk University, ch. 3; the ``justext`` package's ``classify_paragraphs`` and
``revise_paragraph_classification``) tells a page's text from its boilerplate block by block, by
what holds on any site: boilerplate is short, dense in links and poor in function words; text is
long and rich in them; each kind comes in runs. Here the blocks are lines of plain text, where the
links are gone but their traces stay:

* a **block** is a line with the lines the rules joined to it (``p+``, ``item+``, ``code+``);
* its **stopword density** (:func:`stop_density`): the share of its words that are Persian function
  words, hazm's stop list (:func:`nashr.entities.lexicon.stopwords`);
* its **link density** (:func:`link_density`): 1 for a menu or a breadcrumb trail (three parts or
  more parted by «|», «»», «/» …, none over MENU_PART_MAX_WORDS words), else the share of its
  characters in tokens with no Arabic-script letter but a letter or digit (Latin labels,
  addresses, counters, clock times);
* jusText's context-free class (:func:`context_free`) with its default thresholds, and its
  context smoothing (:func:`revise`); the text's **body** runs from the first to the last ``good``
  block.

jusText whole, as a decision, does not fit plain text: called ``bad`` are the title, datelines,
bylines and headings around the body too, and hard-wrapped or short-lined prose; turning into
``fw`` the lines the rules left to the default paragraph that it calls ``bad`` outside the body
gained 26 lines and lost 147 leave one site out (benchmarks/structure_boilerplate.py). What holds
is its link density: :func:`boilerplate_edges`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from nashr.convert.document import DEFAULT_RULE, WRAPPED_ROLES, Document, Line, is_dateline
from nashr.convert.matter.patterns import SESSION_RULE
from nashr.convert.matter.top import ADDRESS_ALONE
from nashr.convert.pages import CONTENTS_ENTRY_RULE
from nashr.convert.scripts import ARABIC_LETTER, ARABIC_LETTERS
from nashr.entities.lexicon import stopwords

# jusText's defaults (justext/core.py): block lengths in characters, densities as shares
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_LINK_DENSITY = 0.2
MENU_PART_MAX_WORDS = 3
MENU_MIN_PARTS = 3

WORD = re.compile(r"[\u0600-\u06ff\u200c]+")
LINK_TOKEN = re.compile(r"[^\W_]")  # a letter or digit of any script: not a lone mark («[…]», «*»)
SEPARATOR = re.compile(r"\s*(?:[|»›•·/>]|\s[-–—]\s)\s*")
SENTENCE_END = re.compile(r"[.!?؟…]\W*$")
URL = re.compile(r"\S*(?:https?://|www\.|@)\S*")
SEPARATOR_CHARS = re.compile(r"[|»›•·/>\-–—]")  # a character every SEPARATOR holds
LETTER_OR_SPACE = re.compile(rf"[{ARABIC_LETTERS}\s]+")  # ARABIC_LETTER or a space

# Never taken for boilerplate (:func:`boilerplate_edges`): blank lines, furniture already, a list's continuation,
# and the text's own apparatus a rule found by its sign even at ``low`` — a note (its marker, a Markdown callout),
# a byline or a subtitle under the title (round 51: the 8 such lines jusText's measures took were all wrong, on 6
# publishers).
NOT_CANDIDATES = frozenset({"blank", "fw", "continuation", "note", "byline", "subtitle"})
BOILERPLATE_RULE = (
    "fw: boilerplate by jusText's measures (outside the body of prose, a line left to the default or "
    "unsure, mostly links' traces: Latin labels, counters, menu parts; few function words; no sentence)")
JOINED_RULE = ("fw: a line the rules joined to a line of boilerplate by jusText's measures (the rest of its block: "
               "a widget's rows, a link's label run on)")
EDGE_DATE_RULE = ("dateline: a date alone outside the body of prose that jusText's measures take for links' traces "
                  "(the page's or the post's date among its links)")


def unsure(line: Line) -> bool:
    """The rules were unsure of ``line``: left to the default paragraph, or given ``low`` by its rule
    (not :data:`~nashr.convert.matter.patterns.SESSION_RULE`'s, ``low`` by its record alone)."""
    return line.rule.startswith(DEFAULT_RULE) or (line.cert == "low" and line.rule != SESSION_RULE)


@cache
def _stop() -> frozenset[str]:
    return frozenset(w for w in stopwords() if "_" not in w)  # its multi-word entries left out


def _persian_letters(text: str) -> str:
    """``text`` with the Arabic letters ي, ك and ى written as Persian ی, ک and ی (three replacements
    made in C, several times faster on a long text than one ``str.translate`` with a table)."""
    return text.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی")


def stop_density(text: str) -> float:
    """The share of the words of ``text`` (runs of Arabic-script letters, ZWNJ kept, Arabic ي/ك read
    as Persian) that are Persian function words (hazm's stop list); 0.0 for a text without words."""
    stop, words, stopped = _stop(), 0, 0
    for word, count in Counter(WORD.findall(_persian_letters(text))).items():  # (each distinct word read once)
        word = word.strip("\u200c")
        if ARABIC_LETTER.search(word):
            words += count
            stopped += count if word in stop else 0
    return stopped / words if words else 0.0


def content_words(text: str) -> frozenset[str]:
    """The distinct words of ``text`` (as :func:`stop_density` reads them) of three letters or more
    that are no Persian function word (hazm's stop list)."""
    found = (w.strip("\u200c") for w in WORD.findall(_persian_letters(text)))
    stop = _stop()
    return frozenset(w for w in found if len(w) >= 3 and ARABIC_LETTER.search(w) and w not in stop)


def link_density(text: str) -> float:
    """What plain text keeps of a block's links: 1.0 for at least MENU_MIN_PARTS parts parted by
    separators, each of at most MENU_PART_MAX_WORDS words; else the share of the characters of
    ``text`` (stripped) in tokens with no Arabic-script letter but a letter or digit. In [0, 1]."""
    text = text.strip()
    parts = [p for p in SEPARATOR.split(text) if p]
    if len(parts) >= MENU_MIN_PARTS and all(len(p.split()) <= MENU_PART_MAX_WORDS for p in parts):
        return 1.0
    traces = sum(len(t) for t in text.split() if not ARABIC_LETTER.search(t) and LINK_TOKEN.search(t))
    return traces / max(len(text), 1)


def may_be_links(text: str) -> bool:
    """False when :func:`link_density` of ``text`` (stripped) cannot exceed MAX_LINK_DENSITY, told by
    two counts made in C: it is no menu, having more tokens (parted by white space) than
    MENU_PART_MAX_WORDS + 1 per separator character and MENU_PART_MAX_WORDS more (a menu has at
    most one part more than separators, each part at most MENU_PART_MAX_WORDS words, and a
    separator takes one whole token at most); and its characters other than Arabic-script letters
    and spaces, of which the links' traces are made, are at most MAX_LINK_DENSITY of it. True
    otherwise: measure it then."""
    text = text.strip()
    separators = len(SEPARATOR_CHARS.findall(text))
    if len(text.split()) <= (MENU_PART_MAX_WORDS + 1) * separators + MENU_PART_MAX_WORDS:
        return True
    return len(LETTER_OR_SPACE.sub("", text)) / max(len(text), 1) > MAX_LINK_DENSITY


def context_free(text: str) -> str:
    """jusText's context-free class of a block: ``bad`` (link density over MAX_LINK_DENSITY, or «©»;
    or short with any link), ``short`` (under LENGTH_LOW characters), ``good`` (stopword density at
    least STOPWORDS_HIGH and over LENGTH_HIGH characters), ``near-good`` (density at least
    STOPWORDS_LOW), else ``bad``."""
    text = text.strip()
    link = link_density(text)
    if link > MAX_LINK_DENSITY or "©" in text:
        return "bad"
    if len(text) < LENGTH_LOW:
        return "bad" if link > 0 else "short"
    density = stop_density(text)
    if density >= STOPWORDS_HIGH:
        return "good" if len(text) > LENGTH_HIGH else "near-good"
    return "near-good" if density >= STOPWORDS_LOW else "bad"


def _nearest(classes: Sequence[str], step: int, near_good: bool) -> list[str]:
    """Per block, the class of the nearest block before it (``step`` −1) or after it (+1) that is
    ``good`` or ``bad`` (or ``near-good`` too, with ``near_good``); ``bad`` past the text's edge."""
    out = ["bad"] * len(classes)
    last = "bad"
    order = range(len(classes)) if step < 0 else range(len(classes) - 1, -1, -1)
    for i in order:
        out[i] = last
        if classes[i] in ("good", "bad") or (near_good and classes[i] == "near-good"):
            last = classes[i]
    return out


def revise(classes: Sequence[str]) -> list[str]:
    """jusText's context-sensitive classification: every block ``good`` or ``bad``. A ``short`` block
    takes the class of the ``good``/``bad`` blocks on both sides when they agree; between a ``bad``
    and a ``good`` one it is ``good`` when a ``near-good`` block stands between it and the ``bad``
    side, else ``bad``. Then a ``near-good`` block is ``bad`` between two ``bad`` blocks, else
    ``good``. The text's edges count as ``bad``. Linear in the number of blocks."""
    before, after = _nearest(classes, -1, False), _nearest(classes, 1, False)
    before_near, after_near = _nearest(classes, -1, True), _nearest(classes, 1, True)
    out = list(classes)
    for i, c in enumerate(classes):
        if c != "short":
            continue
        if before[i] == after[i]:
            out[i] = before[i]
        else:
            near = (before[i] == "bad" and before_near[i] == "near-good") or (
                after[i] == "bad" and after_near[i] == "near-good")
            out[i] = "good" if near else "bad"
    before, after = _nearest(out, -1, False), _nearest(out, 1, False)
    return [("bad" if before[i] == after[i] == "bad" else "good") if c == "near-good" else c
            for i, c in enumerate(out)]


def blocks(roles: Sequence[str]) -> list[list[int]]:
    """The non-blank lines (indexes into ``roles``) as blocks: a line and the lines joined to it."""
    out: list[list[int]] = []
    for i, role in enumerate(roles):
        if role == "blank":
            continue
        if role in WRAPPED_ROLES and out:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def body(texts: Sequence[str], roles: Sequence[str], long_blocks: bool = False) -> tuple[int, int] | None:
    """The first and last line (indexes) of the blocks jusText calls ``good`` among the lines
    ``texts`` with their ``roles``; None when none is (a text of no prose: verse, a list, a form).

    With ``long_blocks``, where jusText calls no block good, the body runs from the first to the
    last block longer than LENGTH_HIGH characters that ends a sentence (:data:`SENTENCE_END`):
    jusText's length of text with its function words left out, which hazm's Persian stop list
    misses in Dari officialese (km.gov.af's and moph.gov.af's news releases, 0.15–0.25 of their
    words against jusText's 0.30; Persian prose has 0.4 and more). Still None without one."""
    groups = blocks(roles)
    final = revise([context_free(" ".join(texts[i] for i in b)) for b in groups])
    good = [b for b, c in zip(groups, final, strict=True) if c == "good"]
    if not good and long_blocks:
        good = [b for b in groups if len(" ".join(texts[i] for i in b).strip()) > LENGTH_HIGH
                and SENTENCE_END.search(texts[b[-1]].strip())]
    return (good[0][0], good[-1][-1]) if good else None


def boilerplate_edges(doc: Document) -> None:
    """A line the rules left to the default paragraph or marked ``low``, before or after the body
    (:func:`body`), whose link density exceeds MAX_LINK_DENSITY and whose stopword density is under
    STOPWORDS_LOW, is ``fw`` (``medium``): a site's Latin labels («Search in content»), counters («دانلود:
    2295»), a number alone, a Markdown fence. Not a sentence (final «.», «!», «?»: a sentence in another
    language has no Persian function word) nor an address alone (a web or e-mail address or a URL's path:
    the text gives it to its reader, or the rules of the top lines know it for the site's,
    :data:`nashr.convert.matter.top.ADDRESS_ALONE`). Measured on the collection
    (benchmarks/structure_boilerplate.py, ``shipped``): leave one site out 13 lines fixed, none broken, on
    five sites; it decides 48 lines there, the other 35 wrong before and after (datelines in clock times, a
    masthead's Latin lines, code): ``low`` then; ``medium`` since round 30, when its record on the grown
    collection (21 wrong of 76, :mod:`nashr.convert.certainty`) left the band. The body is measured only
    when some line is a candidate. Where jusText calls no block good, the body is the page's long sentences
    (:func:`body` with ``long_blocks``; not in a PDF text layer, whose presentation forms are no Arabic
    letters to these measures): on the collection 34 lines right more on two sites, none wrong more
    (km.gov.af's Dari releases, 29: 22 lines of their prayer times and exchange rates, 6 of the widgets'
    labels that :mod:`nashr.convert.furniture` then sets aside, a date; moph.gov.af's English list of
    announcements under its text, 5; its poster's name «Panah_moph», a byline, goes from ``p`` to ``fw``,
    wrong before and after).

    A date alone among those lines (:func:`~nashr.convert.document.is_dateline`: «۱۵ سپتامبر ۲۰۲۳»,
    «02-11-2012, 05:37 PM») is the page's or the post's date, a ``dateline`` (``EDGE_DATE_RULE``;
    tests/data/corpus/README.md: «place and/or date of writing or publication on its own line»):
    right on all 3 lines it takes, on three sites of the collection, so ``medium`` (the band of its
    record's Wilson centre).

    jusText judges blocks, not lines: the lines the rules joined to a line made ``fw`` here
    (:func:`_joined`: ``p+``, ``item+``, ``code+`` under it) are the rest of its block, ``fw`` too
    (``JOINED_RULE``, ``medium`` as a new rule, ``low`` since set 45 joined in round 49: 3 wrong of 8
    on 5 sites left one out). On the collection each page alone 2 lines right more
    (moph.gov.af's «Background image» joined to an announcement's date), none wrong more; leave one
    site out, 15 more (km.gov.af's prayer times, joined as a hard-wrapped paragraph under the first
    when that site's own rules are off): all lines 86.1 % → 86.3 %, ``fw`` 76.4 % → 78.1 %.

    A ``continuation`` is no candidate at any level: the list rules placed it inside an item, in the list's
    block, which jusText judges whole (round 40, when its rule's record moved it to ``low``: a statute's
    towns run into one line under their province, qavanin-taqsimat-keshvar-eslah-1316 line 28, stay the item's); nor is
    an entry of a contents page (``low`` since set 46 joined in round 50: the page's own rule read its lines, a
    contents page's entries in tests/data/structure/pdf-thesis-pages stay ``item``). Nor is a line a rule gave a
    role of the text's apparatus, ``note``, ``byline`` or ``subtitle`` (round 51): on the collection the rule took
    8 such lines, each right before and none ``fw`` by hand, on 6 publishers (Markdown callouts' labels «> **Warning**»
    on two repositories, a footnote «[1] …» under an OJS editorial, a translator's and an editor's credit lines, a
    news site's source line «پایگاه خبری … :», a statute's gazette reference under its title)."""
    found = [i for i, line in enumerate(doc.out) if line.role not in NOT_CANDIDATES and line.rule != CONTENTS_ENTRY_RULE
             and unsure(line) and _traces(line.text.strip())]
    if not found:
        return
    span = body([line.text for line in doc.out], [line.role for line in doc.out], long_blocks=not doc.conv.pdf)
    for i in found:
        if span is not None and not span[0] <= i <= span[1]:
            if is_dateline(doc.out[i].text):
                doc.set(i, "dateline", EDGE_DATE_RULE, cert="medium")  # (its record: right on 3 of 3)
            else:
                # (its record: 19 wrong of 74 in round 29, medium; 25 of 81 with set 28, low; 23 of 80 in
                # round 32, the photo labels it took now notes (nashr.convert.images), medium; 26 of 85 in
                # round 34, a ruling's title left out of the body once its text no longer joins the summary
                # over it (hoghoogh24.ir), low)
                doc.set(i, "fw", BOILERPLATE_RULE, cert="low")
                for j in _joined(doc, i):
                    # (its record: once set 45 joined, round 49, 3 wrong of 8 on 5 sites left one out, low)
                    doc.set(j, "fw", JOINED_RULE, cert="low")


def _joined(doc: Document, i: int) -> list[int]:
    """The lines the rules joined to line ``i`` (``p+``, ``item+``, ``code+`` right under it, blank
    lines aside): the rest of its block (:func:`blocks`)."""
    out: list[int] = []
    for j in range(i + 1, len(doc.out)):
        role = doc.role(j)
        if role == "blank":
            continue
        if role not in WRAPPED_ROLES:
            break
        out.append(j)
    return out


def _traces(text: str) -> bool:
    """Links' traces and few function words, no sentence and no address alone (:func:`boilerplate_edges`)."""
    return (may_be_links(text) and link_density(text) > MAX_LINK_DENSITY and stop_density(text) < STOPWORDS_LOW
            and not SENTENCE_END.search(text) and not URL.fullmatch(text) and not ADDRESS_ALONE.match(text))
