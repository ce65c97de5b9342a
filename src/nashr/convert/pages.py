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

