"""The pages of a PDF text layer and what stands on them besides the text.

``pdftotext`` (poppler) and other extractors write a form feed (U+000C) where each page after the
first begins. Where a text has form feeds its pages are known, and print conventions tell page
furniture from text: the page number stands alone at the foot of the page (or at its head) — in
digits, as a letter of the alphabet (front matter is numbered «الف، ب، پ، ت …») or as a number
word; footnotes fill the foot of the page once they begin (a run of note numbers and glosses in
Latin script), up to the page number; a notice says that a page was left blank; a page of entries
with dot leaders and page numbers is a table of contents. Without form feeds only the footnote
runs themselves are known. All functions are linear in the number of lines.
"""

from __future__ import annotations

import re
import unicodedata

from nashr.convert.conventions import ALPHABETICAL, DIGIT
from nashr.convert.document import NUMBER_WORD, Document
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import BIDI_CONTROLS

# A page number or page furniture: «۱۲», «- ۱۲ -», «صفحه ۱۲», «۱۲ از ۳۰».
PAGE_NUMBER = re.compile(
    rf"^[-–—(\[]?\s*(?P<word>صفحه|ص|[Pp]age)?\s*{DIGIT}{{1,4}}\s*((از|/|of)\s*{DIGIT}{{1,4}})?\s*[-–—)\]]?$")
# A gloss in a footnote: a few words in Latin script (the term a Persian text translates).
LATIN_GLOSS = LazyPattern(r"^[A-Za-z][A-Za-z .\-'’]{0,40}$")
FOOTNOTE_MIN_GLOSSES = 2
# Dot leaders of a table of contents: «شیوهٔ نگارش . . . . . . ۱».
LEADER = re.compile(r"(?:\.\s?){5,}")
# A line of only a dot leader, its page number after it or not: dots, or the ellipses («…») a PDF text
# layer writes them as («……………... 8», «….…..….. 16»).
LEADER_ONLY = re.compile(rf"^(?:(?:\.\s?){{5,}}|…[.…\s]*)\s*(?:{DIGIT}{{1,4}})?$")
CONTENTS_MIN_LEADERS = 2
# A contents entry on one line: a title, a dot leader (or a tab, or three spaces or more: the
# column a typed contents page aligns its numbers in) and the page number («پیشگفتار ...... ۷»).
CONTENTS_ENTRY = LazyPattern(rf"[^\s.]\s*(?:(?:\.\s?){{5,}}|\t| {{3,}})\s*{DIGIT}{{1,4}}\s*$")
# The lines at the head and at the foot of a page where running heads and feet stand.
MARGIN_LINES = 2
# The time a browser printed the page at, in its header (Chromium's default header: the date and
# time, «12/2/26, 1:45 AM», beside the page's title; its footer: the address and «n/m»).
PRINT_TIME = LazyPattern(
    rf"^{DIGIT}{{1,4}}/{DIGIT}{{1,2}}/{DIGIT}{{2,4}},?\s+{DIGIT}{{1,2}}:{DIGIT}{{2}}(?::{DIGIT}{{2}})?(?:\s*[AaPp][Mm])?$")
PRINTED_ADDRESS = LazyPattern(r"^(?:file|https?)://\S+$")
# «این صفحه عمداً خالی گذاشته شده است» (a font may have lost the final «ی» of «خالی»).
BLANK_PAGE = re.compile(r"این صفحه\s.{0,30}خال")


def pages(doc: Document) -> list[list[int]]:
    """The non-blank lines of each page, in order; empty when the text has no form feed."""
    if not any("\f" in text for text in doc.texts):
        return []
    found: list[list[int]] = [[]]
    for i, text in enumerate(doc.texts):
        if text.lstrip(" ").startswith("\f") and found[-1]:
            found.append([])
        if doc.shapes[i] is not None:
            found[-1].append(i)
    return [page for page in found if page]


def running_lines(doc: Document, layout: list[list[int]]) -> set[int]:
    """Running heads and feet: lines among the first or last MARGIN_LINES of a page whose text,
    numbers aside, stands in the margin of another page too (a book's running head; the header a
    browser prints with the date and the page's title, its footer with the address). A book
    repeats its title over the later pages only: on the first page such a line is furniture only
    when another one stands there too (a printed header or footer is on every page)."""
    keys: dict[int, str] = {}
    pages_of: dict[str, set[int]] = {}
    for n, page in enumerate(layout):
        for i in {*page[:MARGIN_LINES], *page[-MARGIN_LINES:]}:
            if not page_mark(doc, i):
                keys[i] = re.sub(f"{DIGIT}+", "#", doc.s(i).plain)
                pages_of.setdefault(keys[i], set()).add(n)
    found = {i for i, key in keys.items() if len(pages_of[key]) >= 2}
    first = found.intersection(layout[0])
    return found - first if len(first) < 2 else found


def printed_margins(doc: Document, layout: list[list[int]]) -> set[int]:
    """The header and footer a browser printed on each page of a PDF (:data:`PRINT_TIME`): on a
    page whose first MARGIN_LINES lines hold the time of printing, those lines (the time and the
    page's title beside it, in either order as the extractor reads them) and an address alone
    among its last MARGIN_LINES lines (:data:`PRINTED_ADDRESS`: «file:///…», «https://…»). Found
    on one page too, where :func:`running_lines` has no other page to compare with."""
    found: set[int] = set()
    for page in layout:
        top = page[:MARGIN_LINES]
        if any(PRINT_TIME.match(doc.s(i).plain) for i in top):
            found.update(top)
            found.update(i for i in page[-MARGIN_LINES:] if PRINTED_ADDRESS.match(doc.s(i).plain))
    return found


def page_number_text(plain: str) -> bool:
    """``plain`` (a line in :func:`~nashr.convert.reading.plain` form, stripped) can be a page
    number: digits (:data:`PAGE_NUMBER`), one letter of the alphabet, or one number word («اول»)."""
    return PAGE_NUMBER.match(plain) is not None or plain in ALPHABETICAL or NUMBER_WORD.fullmatch(plain) is not None


def page_mark(doc: Document, i: int) -> bool:
    """Line ``i`` can be a page number (:func:`page_number_text`)."""
    return page_number_text(doc.s(i).plain)


NOTE_NUMBER = re.compile(rf"^({DIGIT}{{1,2}})$")  # a note's number alone on its line


def counting_up(doc: Document, lines: list[int]) -> bool:
    """Lines ``lines`` (two) are lone numbers counting up by one («1», «2»)."""
    found = [NOTE_NUMBER.match(doc.s(i).plain.strip()) for i in lines]
    values = [int("".join(str(unicodedata.digit(c)) for c in m[1])) for m in found if m]
    return len(values) == 2 and values[1] == values[0] + 1


# A column of a table flattened one cell a line (a web page's table copied, a wiki's schedule template, a
# PDF layer read cell by cell): lone numbers standing together, at most TABLE_GAP_MAX cells between two of
# them, at least TABLE_NUMBERS_MIN in a run and two of them on consecutive lines. A page holds more than one
# line of text, so page numbers never stand so close.
TABLE_NUMBERS_MIN = 3
TABLE_GAP_MAX = 1
# A cell between two of a run's numbers: a short label (a day with its month, a phase's name, «ذکور»).
TABLE_CELL_MAX_WORDS = 4
TABLE_CELL_RULE = ("item: a cell of a table flattened one cell a line (lone numbers standing together that do "
                   "not count up, and the short cells between them)")


def _value(plain: str) -> int | None:
    """The value of a lone number (:data:`NOTE_NUMBER`), or None."""
    m = NOTE_NUMBER.match(plain.strip())
    return int("".join(str(unicodedata.digit(c)) for c in m[1])) if m else None


def table_cells(doc: Document, content: list[int], numbers: set[int]) -> set[int]:
    """The cells of tables flattened one cell a line among ``content`` (the non-blank lines, in order):
    runs of the lone numbers ``numbers`` (lines :data:`PAGE_NUMBER` matches without a page word), at most
    TABLE_GAP_MAX lines between two of them, each such line a short label (at most TABLE_CELL_MAX_WORDS
    words, no final punctuation), with at least TABLE_NUMBERS_MIN numbers, two of them on consecutive lines,
    and no three of them counting up by one (that is a numbering: a poem's lines, a listing's, a page number
    over them or not). Returns the numbers and the labels between them; linear in ``len(content)``.

    Source: the collection's tables flattened one cell a line, ``item`` by hand (README, «A PDF layer's
    tables», round 51; a schedule table one cell a line, round 53): the days of Persian Wikipedia's election
    schedules and tu.edu.af's staff counts had been taken for page numbers («one of several lone numbers»)
    and the labels beside them for running heads."""
    found: set[int] = set()
    run: list[int] = []  # positions in content of the current run's lines, numbers first and last

    def close() -> None:
        nums = [content[k] for k in run if content[k] in numbers]
        steps = [_value(doc.s(b).plain) for b in nums]
        adjacent = any(b - a == 1 for a, b in zip(run, run[1:], strict=False)
                       if content[a] in numbers and content[b] in numbers)
        counting = any(x is not None and y is not None and z is not None and z == y + 1 == x + 2
                       for x, y, z in zip(steps, steps[1:], steps[2:], strict=False))
        if len(nums) >= TABLE_NUMBERS_MIN and adjacent and not counting:
            found.update(content[k] for k in run)

    gap: list[int] = []
    for k, i in enumerate(content):
        if i in numbers:
            run.extend(gap)
            run.append(k)
            gap = []
            continue
        s = doc.s(i)
        if run and len(gap) < TABLE_GAP_MAX and 0 < s.words <= TABLE_CELL_MAX_WORDS and s.end == "none":
            gap.append(k)
            continue
        if run:
            close()
        run, gap = [], []
    if run:
        close()
    return found


def page_numbers(doc: Document, page: list[int]) -> set[int]:
    """The page number of a page: its first line when that is a number, else its last line — or
    the line before the last, where the extractor's reading order put a form's last field after
    it — when that is a page mark (:func:`page_mark`); none at the foot when its last two lines
    count up by one (:func:`counting_up`: the numbers of the notes above them, which a Word-made
    PDF's text layer writes after the page's foot — OWASP's ASVS 4.0.1 in Persian, set 46)."""
    found = {page[0]} if PAGE_NUMBER.match(doc.s(page[0]).plain) and len(page) > 1 else set()
    if found:
        return found  # a page has one number: a lone number at its foot is then a note's
    if len(page) > 2 and counting_up(doc, page[-2:]):
        return found
    for i in reversed(page[-2:]):
        if page_mark(doc, i):
            found.add(i)
            break
    return found


def footnotes(doc: Document, lines: list[int], known_page: bool) -> set[int]:
    """The footnotes among ``lines``: runs of lines each a number or a few words in Latin script,
    with at least FOOTNOTE_MIN_GLOSSES glosses; on a ``known_page`` (a page of a text with form
    feeds, its page number left out of ``lines``), everything from the first such run in the
    page's foot (its last FOOTNOTE_MAX_SHARE, or its last FOOTNOTE_FOOT_MIN lines: a web page's
    search box printed at the top holds Latin labels too, «Exact matches only») — or from the
    first line of the notes that end the page (:func:`_closing_notes`), if that comes first — to
    the foot of the page."""
    run: list[int] = []  # positions in ``lines``
    found: set[int] = set()
    closing = _closing_notes(doc, lines) if known_page else len(lines)
    # a run starts the notes in the page's foot, or under the page's last line of its own text
    start_from = min(len(lines) - max(FOOTNOTE_FOOT_MIN, int(len(lines) * FOOTNOTE_MAX_SHARE)),
                     _last_prose(doc, lines) + 1) if known_page else 0
    for k, i in enumerate([*lines, -1]):
        s = doc.s(i) if i >= 0 else None
        if s is not None and (LATIN_GLOSS.match(s.plain) or PAGE_NUMBER.match(s.plain)):
            run.append(k)
            continue
        if sum(1 for j in run if LATIN_GLOSS.match(doc.s(lines[j]).plain)) >= FOOTNOTE_MIN_GLOSSES:
            if known_page and run[0] >= start_from:
                return set(lines[min(run[0], closing) :])
            if not known_page:
                found.update(lines[j] for j in run)
        run = []
    return found | set(lines[closing:])


def _last_prose(doc: Document, lines: list[int]) -> int:
    """The position in ``lines`` of the page's last line of its own text (at least
    PROSE_NOTE_MIN_WORDS words, no gloss, no note's start); -1 when there is none. Glosses above
    it are no footnotes, which end a page."""
    return max((k for k, i in enumerate(lines) if doc.s(i).words >= PROSE_NOTE_MIN_WORDS
                and not LATIN_GLOSS.match(doc.s(i).plain) and not NOTE_START.match(doc.s(i).plain)), default=-1)


PROSE_NOTE_MIN_WORDS = 4


# The start of a footnote at a page's foot: its number glued to its text (a superscript mark
# extracted without a space: «۱بر اساس …»), a web address alone (a note that only gives a link),
# or a note number alone on its line (the extractor's reading order put it after its text).
NOTE_START = LazyPattern(rf"^{DIGIT}{{1,2}}(?=[^\W\d_])|^(?:https?://|www\.)\S+$|^{DIGIT}{{1,2}}$")
LONE_NUMBER = re.compile(rf"^{DIGIT}{{1,2}}$")
LISTING_MIN_LINES = 3
# The notes that end a page stand at its foot: they begin in the last third of its lines (at
# most; in the collection's theses under a fifth) or among its last FOOTNOTE_FOOT_MIN lines.
FOOTNOTE_MAX_SHARE = 1 / 3
FOOTNOTE_FOOT_MIN = 3
# A fragment of a display formula that a PDF text layer breaks up: an operator or relation sign
# (ISO 80000-2), a bar or a floor or ceiling bracket, or a single Latin letter (a variable).
FORMULA = LazyPattern(r"[=+<>∑∏∫√±×÷≤≥⩽⩾⊆⊂⊃⊇∈∉∪∩∞|⌊⌋⌈⌉]|^[A-Za-z]$")


def _closing_notes(doc: Document, lines: list[int]) -> int:
    """Where the notes that end a page begin (a position in ``lines``; ``len(lines)`` when
    none): at the first line that starts a note (:data:`NOTE_START`) in the page's foot (its
    last FOOTNOTE_MAX_SHARE, or its last FOOTNOTE_FOOT_MIN lines) after which every line starts a
    note too or goes on with the one above (which did not end a sentence) — a page's text never
    follows its notes. A number alone next to a fragment of a display formula (:data:`FORMULA`:
    an exponent, a limit of a sum) starts no note."""
    start: int | None = None
    foot = len(lines) - max(FOOTNOTE_FOOT_MIN, int(len(lines) * FOOTNOTE_MAX_SHARE))
    for k, i in enumerate(lines):
        if k >= foot and NOTE_START.match(doc.s(i).plain) and not _in_formula(doc, lines, k):
            start = k if start is None else start
        elif start is not None and doc.s(lines[k - 1]).end == "terminal":
            start = None
    return len(lines) if start is None else start


def _in_formula(doc: Document, lines: list[int], k: int) -> bool:
    """``lines[k]`` is a number alone beside a fragment of a display formula (:data:`FORMULA`)."""
    if not LONE_NUMBER.match(doc.s(lines[k]).plain):
        return False
    return any(FORMULA.search(doc.s(lines[j]).plain) for j in (k - 1, k + 1) if 0 <= j < len(lines))


def trailing_numbers(doc: Document, page: list[int]) -> list[int]:
    """The numbers alone that end a page after its text when they end in a count from one of
    LISTING_MIN_LINES or more (a code listing's line numbers that the extractor moved to the
    page's foot, beside the page number): no note follows them, so they are page furniture, not
    note numbers; else none."""
    k = len(page)
    while k > 0 and LONE_NUMBER.match(doc.s(page[k - 1]).plain):
        k -= 1
    values = [int(doc.s(i).plain) for i in page[k:]]
    count = values[-1] if values else 0
    counted = LISTING_MIN_LINES <= count <= len(values) and values[-count:] == list(range(1, count + 1))
    return page[k:] if k > 0 and counted else []


def contents_entry(plain: str) -> bool:
    """``plain`` (a line's plain text, stripped) is a contents entry on one line
    (:data:`CONTENTS_ENTRY`); only a line ending in a digit is searched."""
    return plain[-1:].isdecimal() and CONTENTS_ENTRY.search(plain) is not None


def contents_page(doc: Document, page: list[int]) -> bool:
    """A table of contents: at least CONTENTS_MIN_LEADERS lines with dot leaders and as many
    lines of only a page number (a form's dotted lines to fill in have no numbers)."""
    return (sum(1 for i in page if LEADER.search(doc.s(i).plain)) >= CONTENTS_MIN_LEADERS
            and sum(1 for i in page if PAGE_NUMBER.match(doc.s(i).plain)) >= CONTENTS_MIN_LEADERS)


CONTENTS_ENTRY_RULE = "item: an entry of a contents page"


def contents_roles(doc: Document, page: list[int]) -> list[tuple[int, str, str]]:
    """Roles on a contents page (its page number left out): the first line is its heading; a
    line of only a page number or only a dot leader continues the entry before it (``item+``,
    or ``item`` right under the heading); every other line is an entry."""
    roles = [(page[0], "head", "head: the heading of a contents page (lines with dot leaders)")]
    for i in page[1:]:
        plain = doc.s(i).plain
        if PAGE_NUMBER.match(plain) or LEADER_ONLY.match(plain):
            if roles[-1][1] == "head":
                roles.append((i, "item", "item: a page number or dot leader under the heading of a contents page"))
            else:
                roles.append((i, "item+", "item+: the page number or dot leader of the entry before (contents page)"))
        else:
            roles.append((i, "item", CONTENTS_ENTRY_RULE))
    return roles


# A row of a table as ``pdftotext -layout`` writes it: its cells on one line, parted by runs of at least
# LAYOUT_GAP spaces (or tabs), at LAYOUT_MIN_GAPS runs or more (three cells: two hemistichs have one run).
LAYOUT_GAP = LazyPattern(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
LAYOUT_MIN_GAPS = 2
LAYOUT_SHARED = 2  # column edges a row shares with the row next to it (a column's start or end, ±1)
LAYOUT_ROW_RULE = ("item: a row of a table in a PDF layer's layout mode (cells parted by runs of spaces, columns "
                   "shared with the next or last row)")
_LAYOUT_DROPPED = LazyPattern(f"[\f{BIDI_CONTROLS}]")


def _edges(text: str) -> set[tuple[str, int]] | None:
    """The column edges of a row laid out with runs of spaces: each cell's start (``s``) and end (``e``)
    as a column; None where the line has fewer than LAYOUT_MIN_GAPS runs."""
    text = _LAYOUT_DROPPED.sub("", text).rstrip()
    gaps = list(LAYOUT_GAP.finditer(text))
    if len(gaps) < LAYOUT_MIN_GAPS:
        return None
    lead = len(text) - len(text.lstrip())
    return ({("s", lead), ("e", len(text))} | {("s", m.end()) for m in gaps} | {("e", m.start()) for m in gaps})


def _shared(a: set[tuple[str, int]], b: set[tuple[str, int]]) -> int:
    """How many edges of ``a`` stand at an edge of the same kind in ``b`` (a column apart at most)."""
    return sum(1 for kind, x in a if any((kind, y) in b for y in (x - 1, x, x + 1)))


def layout_rows(doc: Document) -> None:
    """Rows of a table a PDF text layer writes in layout mode (``pdftotext -layout``): two lines or more one
    under the other, each with at least three cells parted by runs of spaces (:data:`LAYOUT_GAP`), each
    sharing LAYOUT_SHARED column edges with the row next to it, are ``item`` where the rules read them as
    prose or furniture (``p``, ``p+``, ``fw``, ``head``: a verse line's spaced hemistichs keep ``l``).
    Linear in the number of lines (a line's edges are compared with its neighbour's only). Certainty
    ``medium``: its record on the sites it was not written from (round 54, set 50's exam sheets among them:
    columns of a question's options and fractions) is 3 wrong of 17 lines on 4 sites.

    Source: the collection's tables in a PDF's layout mode, header rows and rows ``item`` (README, «A PDF
    layer's tables», round 51: PurePersian's glossary, LibrePlanet's statistics slide, a ballot's columns of
    names)."""
    flow = [i for i, s in enumerate(doc.shapes) if s is not None]
    edges = [_edges(doc.texts[i]) for i in flow]
    rows: set[int] = set()
    for k in range(len(flow) - 1):
        a, b = edges[k], edges[k + 1]
        if a and b and flow[k + 1] - flow[k] == 1 and _shared(a, b) >= LAYOUT_SHARED:
            rows.update((flow[k], flow[k + 1]))
    for i in sorted(rows):
        if doc.role(i) in ("p", "p+", "fw", "head"):
            doc.set(i, "item", LAYOUT_ROW_RULE, cert="medium")
