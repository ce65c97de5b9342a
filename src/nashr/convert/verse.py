"""Verse in plain text: bayts on one line (hemistichs separated by a tab, spaces or « / ») and
hemistichs one per line, told from prose and from lists by rhyme and metre (TEI P5 ch. 6 "Verse";
the rhyme of Persian verse: qafia and radif, every second hemistich in ghazal, qasida and
quatrain, each bayt's two hemistichs in masnavi; its metre: every hemistich of a poem of about
one length in letters), and free verse by its stanzas and its lines that run on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import islice, product

from nashr.convert.conventions import (
    ANY_DIGIT,
    CAESURA_MAX_CHARS,
    CELL_BORDERS_END,
    DIGIT,
    OPEN_WORDS,
    WORD,
    WRAP_MIN_WIDTH,
    Shape,
    narrates,
    words,
)
from nashr.convert.document import PROSE_MIN_WORDS, Document, runs_on
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.opening import GREETING_WORD
from nashr.convert.matter.patterns import INVOCATION, PART_NAME, SECTION_LABEL_MAX_WORDS, SECTION_WORD
from nashr.convert.matter.shapes import _is_salute
from nashr.convert.scripts import ARABIC_LETTER

# Verse written one hemistich per line: short lines whose line-ends rhyme.
HEMISTICH_LINE_MAX_WORDS = 14
HEMISTICH_LINE_MAX_CHARS = 55
RHYME_MIN_SHARE = 0.5
# A radif (the words repeated after the rhyme) is at most this many words.
RADIF_MAX_WORDS = 4
# Second hemistichs sharing one rhyme letter: at least this share of them, and this much more
# often than the first hemistichs do.
CHAIN_MIN_SHARE = 0.7
CHAIN_MARGIN = 0.25
CHAIN_MIN_LINES = 3
# Second hemistichs sharing two or more rhyme letters (or a radif): this share of them suffices.
CHAIN2_MIN_SHARE = 0.6
# Lines rhyming on their last letter only (:func:`_monorhyme`): at least this many, all of them,
# and not on a letter that ends the suffixes of Persian inflection and derivation (indefinite and
# adjectival «ی», «ه», plural «ها»/«ان», verbs' persons «م»/«د»/«ند», pronouns «ت»/«ش», «است»),
# which lines of prose and a list's items share by chance.
MONORHYME_MIN_LINES = 4
SUFFIX_LETTERS = ("ی", "ه", "ا", "ن", "د", "م", "ت", "ش")
# A run of short lines above the first paragraph of a prose text is its title block unless it is
# a poem of at least this many lines (an epigraph right under an invocation may be shorter).
TOP_VERSE_MIN_LINES = 4
# A note marker inside a hemistich («دوستان[۱]») is the edition's, not the poem's.
NOTE_MARKER = re.compile(rf"[\[(]{DIGIT}{{1,3}}[\])]")
# Metre (وزن, ʿarūḍ): the hemistichs of a poem are of one metre, so of about one length in
# letters (short vowels are not written; the letters of a hemistich of one poem vary by a fifth at
# most in the collection's 24 poems, by 7 % in the median one). A run of lines rhyming by chance
# (a list of names, a contents page) need not keep a length. Its lines are within
# METRE_MIN_RATIO..METRE_MAX_RATIO of the run's median, but for one in METRE_OUTLIERS (a line
# mistyped, a hemistich of an inserted poem); and the shortest metres of children's verse
# («اتل متل توتوله», «دویدم و دویدم»: seven syllables) are written in eleven letters or more,
# longer than a list's line of a given name and a surname («علی احمدی»: eight, «مهدی نوروزی»: ten).
METRE_MIN_RATIO = 0.65
METRE_MAX_RATIO = 1.5
METRE_OUTLIERS = 5
HEMISTICH_MIN_LETTERS = 11
# The two hemistichs of one bayt: the shorter at least this share of the longer, in letters (in the
# collection's poems no bayt's are further apart than 0.77).
HEMISTICHS_MIN_RATIO = 0.75


# The forms of Persian poems, which head each poem of a collection: alone («قطعه», «ترجیع‌بند»),
# with a number («غزل ۱», «غزل شمارهٔ ۱۲», «رباعی ۳», «دوبیتی ۲۴», «حکایت اول») or with its
# subject («قصیده در مدح …»). Sources: ganjoor.net's section and poem names for the divans of
# Hafez, Saadi (also his Bustan's «حکایت»), Rumi's Shams, Khayyam, Baba Taher, Parvin Etesami and
# Sanai («غزل شمارهٔ ۱۰۰», «رباعی شمارهٔ ۱», «دوبیتی شمارهٔ ۱», «قطعه شمارهٔ ۱», «ترجیعات»,
# «مسمطات»); the farsiLit/Perseus TEI of Hafez's divan («غزل N»); the forms as Shamisa,
# *Anvāʿ-e adabi*, lists them. A form's plural alone («غزلیات») names a divan's part: a PDF
# repeats it as its running head.
POEM_FORMS = ("غزل|قصیده|قصیدهٔ|رباعی|دوبیتی|دو بیتی|قطعه|مثنوی|ترجیع‌بند|ترجیع بند|ترکیب‌بند|ترکیب بند"
              "|مسمط|مستزاد|ملمع|مفرد|تک‌بیت|تک بیت|حکایت|تمثیل|مناظره|چامه|چکامه")
POEM_HEADING = LazyPattern(rf"^(?:{POEM_FORMS})(?:\s+(?:(?:شماره|شمارهٔ|شماره‌ی|شمارۀ)\s*)?"
                           rf"(?:{DIGIT}+|\S+(?:م|مین)|اول|اولین|نخست|نخستین)|\s+در\s+\S.*)?\s*[:.]?$")


def poem_headings(doc: Document) -> None:
    """The poems' headings of a collection (:data:`POEM_HEADING`: «غزل ۱», «غزل ۲» …, «قطعه»
    over each piece) that the running-head rule took for furniture (a short line repeated three
    times or more, :func:`nashr.convert.matter.page.page_furniture`) are heads, each poem under its
    own. A running head of a divan names the book or its part («دیوان حافظ ۱۲۳», «غزلیات»), no
    poem. Run before the document's flow is made, which then holds them."""
    for i, line in enumerate(doc.out):
        if line.role == "fw" and POEM_HEADING.match(doc.s(i).plain):
            doc.set(i, "head", "head: a poem's form and number, over each poem of a collection («غزل ۱», «غزل ۲» …, "
                    "«رباعی ۳»)", cert="medium")


# A line of asterisks alone («*», «* * *», «*** *** ***»): the ornament poetry pages set between
# poems or over one (zamzar.ir's quatrains, one «*» a line, three lines; hassani.ir's «*** *** ***»
# over a qasida).
ASTERISKS = LazyPattern(r"^\s*(?:\*\s*)+$")


VERSE_ORNAMENT_RULE = "fw: an ornament of asterisks («*», «* * *») right over verse (between poems, or over one)"


def verse_ornaments(doc: Document, flow: list[int]) -> None:
    """Lines of asterisks alone (:data:`ASTERISKS`; one or several in a row) right over a line of
    verse: the page's ornament between two poems or over one (``fw``, as the collection gives an
    ornament among a page's top lines), not a trailer, which ends the text («*» after its last
    line, :data:`~nashr.convert.matter.closing.TRAILER`). Run once verse is found. Unmarked: its record
    (nashr.convert.certainty) with set 29 is 0 wrong of 17 over 3 sets."""
    run: list[int] = []
    for i in flow:
        if doc.role(i) in ("p", "p+") and ASTERISKS.match(doc.out[i].text):
            run.append(i)
            continue
        if run and doc.role(i) == "l":
            for j in run:
                doc.set(j, "fw", VERSE_ORNAMENT_RULE)
        run = []


ORNAMENT_RULE = ("fw: an ornament of asterisks («*», «* * *») between parts of a text, over a line the rules have "
                 "not read as verse (a quatrain, a story's part)")


def ornaments(doc: Document, flow: list[int]) -> None:
    """Lines of asterisks alone (:data:`ASTERISKS`) between two lines of the text, the lower not the page's
    furniture: the ornament between its parts (``fw``), over a line not read as verse (quatrains the verse
    rules missed, a story's parts, a Golestan's «حکایت» over its «*»); «*» over the page's foot ends the
    text (a trailer, :data:`~nashr.convert.matter.closing.TRAILER`), and a line with words after its «*» is a
    note's. Run after :func:`verse_ornaments` and the page's foot. Round 34: 7 lines of four sites, all
    ``fw`` by hand (3 were notes, a marker «*» said before)."""
    run: list[int] = []
    for i in flow:
        if doc.role(i) in ("p", "p+") and ASTERISKS.match(doc.out[i].text):
            run.append(i)
            continue
        if run and doc.role(i) != "fw" and doc.prev(run[0]) is not None:
            for j in run:
                doc.set(j, "fw", ORNAMENT_RULE)  # (its transfer record, round 41: 0 wrong of 30 on 12 sites)
        run = []


# A poem with a line in another script after each bayt or hemistich (its transliteration, a Tajik
# blog's Cyrillic; its translation, in Latin script): the verse rules read the poem without them.
# A line is in one script when at least GLOSS_SCRIPT_SHARE of its letters (GLOSS_MIN_LETTERS or more)
# are; the Arabic-script line a bayt or a hemistich (at most CAESURA_MAX_CHARS characters); at least
# GLOSS_MIN_PAIRS pairs in a row.
GLOSS_MIN_PAIRS = 3
GLOSS_MIN_LETTERS = 6
GLOSS_SCRIPT_SHARE = 0.9
GLOSSED = re.compile(f"(?:AO){{{GLOSS_MIN_PAIRS},}}")
_ARABIC_BLOCK_LEADS = (b"\xd8", b"\xd9", b"\xda", b"\xdb")  # UTF-8 lead bytes of U+0600–U+06FF (one a character)


def glosses(doc: Document, flow: list[int]) -> set[int]:
    """The lines of ``flow`` in another script than Arabic's that alternate with short lines in Arabic
    script, GLOSS_MIN_PAIRS pairs or more («… ⇥ …» then «Ba man …», or a hemistich then «Бо ман …»):
    a poem's transliteration or translation line by line, which parts its bayts for the verse rules."""
    marks = "".join(_script_mark(doc.out[i].text) for i in flow)
    return {flow[k] for m in GLOSSED.finditer(marks) for k in range(m.start() + 1, m.end(), 2)}


def _script_mark(text: str) -> str:
    """«A»: a short line in Arabic script; «O»: a line in another script; «x»: neither (:data:`GLOSSED`).
    A line longer than a hemistich with more than a fifth of its characters in the Arabic block (U+0600–U+06FF,
    counted by their UTF-8 lead bytes: a paragraph's usual case) is «x» before its letters are counted. Where
    those characters are letters this is exact (no line has more letters than characters, so more than a fifth
    of its letters are :data:`ARABIC_LETTER`'s, where «O» allows a tenth); the block's digits, signs and marks
    count too, so a line in another script with that share of Persian digits or harakat is no gloss here
    (tests/test_structure_shortcuts.py: no line of the seeds or the collection is one)."""
    if len(text.strip()) > CAESURA_MAX_CHARS:
        encoded = text.encode("utf-8", "surrogatepass")
        if 5 * sum(map(encoded.count, _ARABIC_BLOCK_LEADS)) > len(text):
            return "x"
    letters = sum(map(str.isalpha, text))
    if letters < GLOSS_MIN_LETTERS:
        return "x"
    arabic = len(ARABIC_LETTER.findall(text))
    if arabic >= GLOSS_SCRIPT_SHARE * letters:
        return "A" if len(text.strip()) <= CAESURA_MAX_CHARS else "x"
    return "O" if letters - arabic >= GLOSS_SCRIPT_SHARE * letters else "x"


# A blog's furniture among a poem's lines (a post's date and its labels under every few lines, a calendar's
# cells): runs of at most INTERLUDE_MAX_LINES short lines (INTERLUDE_MAX_WORDS words) with a digit or a label's
# colon before its values («برچسب‌ها: شعر»; a speaker's name before a colon that ends the line is a play's turn,
# tazyehsaray72tan-mihanblog-tazieh-abbas-miranjam's «علیاكبر:»), far out of the metre of the lines around them
# (under METRE_MIN_RATIO of their median), that part lines keeping one metre (:func:`one_metre`) and rhyming as verse
# (:func:`is_verse`) across them; runs at most INTERLUDE_MAX_APART lines apart part one poem, read with
# INTERLUDE_REACH lines on either side of it, and a blog's furniture recurs: INTERLUDE_MIN_RUNS runs or more in
# one poem (one short line with a colon in a poem is its own: Nima's «گفت: راهم بنما.», sheromehr-nima-anke-migeryad).
INTERLUDE_MAX_LINES = 3
INTERLUDE_MAX_WORDS = 6
INTERLUDE_MAX_APART = 8
INTERLUDE_REACH = 2
INTERLUDE_MIN_LINES = 4
INTERLUDE_MIN_RUNS = 2
INTERLUDE_SHAPE = re.compile(rf"{DIGIT}|:\s*\w")


def interludes(doc: Document, flow: list[int]) -> set[int]:
    """The lines of ``flow`` that a blog sets among a poem's lines (a date, «برچسب‌ها: …») which
    part its bayts for the verse rules: short lines with a digit or a colon before a word, in runs of
    INTERLUDE_MAX_LINES or fewer, out of the metre of the lines that rhyme and keep one metre
    across them (the poem's evidence, no word): indices into ``doc.out``, empty when none."""
    texts = [doc.out[i].text for i in flow]
    # (split no further than one word past the most: a paragraph's words are not all listed)
    short = [len(t.split(None, INTERLUDE_MAX_WORDS)) <= INTERLUDE_MAX_WORDS and bool(INTERLUDE_SHAPE.search(t))
             for t in texts]
    gaps: list[tuple[int, int]] = []  # [start, end) in flow, a line not short on either side
    k = 0
    while k < len(flow):
        if not short[k]:
            k += 1
            continue
        end = k
        while end < len(flow) and short[end]:
            end += 1
        if 0 < k and end < len(flow) and end - k <= INTERLUDE_MAX_LINES:
            gaps.append((k, end))
        k = end
    aside: set[int] = set()
    g = 0
    while g < len(gaps):
        last = g
        while last + 1 < len(gaps) and gaps[last + 1][0] - gaps[last][1] <= INTERLUDE_MAX_APART:
            last += 1
        aside |= _poem_interludes(texts, short, flow, gaps[g : last + 1])
        g = last + 1
    return aside


def _poem_interludes(texts: list[str], short: list[bool], flow: list[int], gaps: list[tuple[int, int]]) -> set[int]:
    """The lines of ``gaps`` (runs of short lines in ``flow``, one poem's) when they are INTERLUDE_MIN_RUNS
    or more, the lines about them (INTERLUDE_REACH beyond the first and the last) keep one metre and
    rhyme as verse, and the gaps' lines are out of that metre."""
    if len(gaps) < INTERLUDE_MIN_RUNS:
        return set()
    lo = gaps[0][0] - INTERLUDE_REACH
    hi = gaps[-1][1] + INTERLUDE_REACH
    poem = [texts[k] for k in range(max(lo, 0), min(hi, len(texts))) if not short[k]]
    if len(poem) < INTERLUDE_MIN_LINES or not one_metre(poem) or not (is_verse(poem) or is_verse(poem[1:])):
        return set()
    median = sorted(letter_count(t) for t in poem)[len(poem) // 2]
    lines = [k for a, b in gaps for k in range(a, b)]
    if any(letter_count(texts[k]) >= METRE_MIN_RATIO * median for k in lines):
        return set()
    return {flow[k] for k in lines}


def verse_lines(doc: Document, body: list[int]) -> None:
    """Bayts on one line, the hemistichs separated by a tab or spaces. Two spaces (a common slip
    in prose) count only between lines of such bayts that rhyme with each other, and so does any
    separator in a line numbered as a list's items are («۱. … ⇥ …»: a table's row may be so) or
    between halves out of metre (:func:`_halves_in_metre`: a table's row of two cells, «آرد سفید ⇥
    دو پیمانه»), unless a strong separator (a tab, a slash, three spaces) parts them right under
    a bayt (a refrain in another rhyme, or in Arabic: «که یکی هست و هیچ نیست جز او ⇥ وحده لا اله
    الا هو»); such a line's number is the bayt's (:func:`bayt_number`). A line after a poem that
    is the first hemistich of the bayt under it is the next poem's title (a ``head``), as
    ganjoor.net titles each poem of a page of several (the first poem's is the page's title: the
    top's rules)."""
    last: int | None = None
    first_prose = next((pos for pos, i in enumerate(body) if doc.s(i).words >= PROSE_MIN_WORDS), len(body))
    for pos, i in enumerate(body):
        s = doc.s(i)
        if s.caesura is None:
            continue
        follows_bayt = s.strong_caesura and last is not None and doc.prev(i) == last and not _list_label(s)
        if pos <= first_prose and _lone_unrhymed(doc, body[max(0, pos - 1) : pos + 2], i) and not follows_bayt:
            continue
        if (not s.strong_caesura or _list_label(s) or not _halves_in_metre(doc.out[i].text, s.caesura)) and not any(
            doc.s(j).caesura is not None and rhymes(_cells(s.plain), _cells(doc.s(j).plain))
            for j in body[max(0, pos - 1) : pos + 2] if j != i
        ) and not follows_bayt:
            continue
        start = last is None or doc.prev(i) != last
        numbered = bayt_number(doc.out[i].text) if _list_label(s) and s.label.style == "digit" else None
        doc.set(i, "l", "l: two hemistichs separated by a tab or spaces", split=s.caesura, group_start=start,
                cert=None if s.strong_caesura else "medium", number=numbered[0] if numbered else None)
        last = i
    for i in body:
        above, nxt = doc.prev(i), doc.next(i)
        if doc.role(i) == "p" and above is not None and doc.role(above) == "l" and nxt is not None \
                and doc.role(nxt) == "l" and _first_hemistich(doc, nxt) == doc.out[i].text.strip():
            doc.set(i, "head", "head: the first hemistich of the poem under it, standing over it as its title (as "
                    "ganjoor.net and the pages that copy it title a poem)", cert="medium")


def _first_hemistich(doc: Document, i: int) -> str | None:
    """The first hemistich of bayt ``i`` (an ``l`` of two hemistichs on one line), as written."""
    split = doc.out[i].split
    return doc.out[i].text[: split[0]].strip() if split is not None else None


# A bayt on one line whose hemistichs a mark parts: a slash, with or without spaces («…بدید/پا
# برهنه…»; a site may put one after the second hemistich too), asterisks (« ***** », « * »: one
# is as rare between two words of prose, benchmarks/verse_layouts.py's join-star) or
# of dots, full stops or ellipses («…زاد مادر.... پستان…», «…بازی می کرد……خواجه…»: the blogs
# behnamtadi.parsiblog.com and weare.ir of the collection).
# Not a slash between digits (a date, «۱۳۹۹/۵/۱۲») and not a slash standing for «or» between two
# words (the halves would be out of metre). A quoted word may end the first hemistich or open the
# second (a poet's name in his signature bayt: «… چشم «سعدی» *** عجبست …»).
BAYT_MARK = LazyPattern(r"(?:(?<=[^\W\d])|(?<=[^\W\d][»”\"]))\s*(/{1,2}|\*+|[.…]*(?:\.{3}|…)[.…]*)\s*"
                        r"(?=[«“\"]?[^\W\d])")
MARKED_BAYTS_MIN_LINES = 2
PUNCTUATED_MIN_BAYTS = 3  # (hemistichs a line that end sentences: _fully_rhymed)


def marked_bayts(doc: Document, flow: list[int]) -> None:
    """Bayts one to a line, their hemistichs parted by a mark (BAYT_MARK: «/» with or without
    spaces, one «*» or a row of them, a row of dots or ellipses): the line has one such mark (a «/» after the second
    hemistich aside), no number and no full stop at its end (prose sentences with a slash end in
    one) unless it is the last of a run of such lines (a poem's last bayt),
    its halves are hemistichs of one metre (:func:`_halves_in_metre`), and MARKED_BAYTS_MIN_LINES
    such lines stand one under the other or a blank line apart (:func:`_next_bayt`), or further apart
    with their second hemistichs rhyming (:func:`_next_marked`), or a lone
    one's halves rhyme (a masnavi's bayt). Each is
    an ``l`` whose split is the mark with the spaces around it (kept in the TEI's ``caesura``).
    Source: the Masnavi pages of enahang.ir («/» without spaces) and miyanali.com (« ***** »),
    held-out set 5 of the corpus; the « / » with spaces is the caesura of
    :func:`~nashr.convert.conventions.shape`."""
    found: list[tuple[int, tuple[int, int]]] = []
    for i in flow:
        split = _bayt_mark(doc, i) if doc.role(i) == "p" and doc.s(i).caesura is None else None
        if split is not None:
            found.append((i, split))
    for k, (i, split) in enumerate(found):
        above = k > 0 and _next_marked(doc, found[k - 1], (i, split))
        below = k + 1 < len(found) and _next_marked(doc, (i, split), found[k + 1])
        text = doc.out[i].text
        if doc.s(i).plain.endswith(".") and not (above and not doc.s(found[k - 1][0]).plain.endswith(".")):
            continue  # (a poem's last bayt may end in a full stop; sentences of prose, one after another, do)
        if above or below or rhymes(text[: split[0]], text[split[1] :], strict=True):
            doc.set(i, "l", "l: a bayt whose hemistichs a «/», a row of «*» or of dots parts, in one metre",
                    split=split, group_start=not above)  # (sure: right on all its 37 lines of the collection, round 25)


def _next_marked(doc: Document, a: tuple[int, tuple[int, int]], b: tuple[int, tuple[int, int]]) -> bool:
    """Marked line ``b`` (its index and split) is the bayt after marked line ``a``: the next bayt
    (:func:`_next_bayt`), or the next line of the text however many blank lines part them with its
    second hemistich rhyming with ``a``'s (a ghazal's or qasida's bayts, each set apart by blank lines
    on a blog: «… روی را *** … موی را», then «… *** … بوی را»)."""
    (i, split_a), (j, split_b) = a, b
    return _next_bayt(doc, i, j) or (doc.prev(j) == i and rhymes(doc.out[i].text[split_a[1] :],
                                                                 doc.out[j].text[split_b[1] :]))


def _bayt_mark(doc: Document, i: int) -> tuple[int, int] | None:
    """``(start, end)`` in line ``i`` of its one mark between hemistichs of one metre
    (:func:`marked_bayts`), None when it has none or more than one."""
    text = doc.out[i].text.rstrip()
    if "/" not in text and "*" not in text and "..." not in text and "…" not in text:
        return None  # (most lines: no need for the pattern)
    text = text[:-1].rstrip() if text.endswith("/") else text
    if next(islice(WORD.finditer(text), 2 * HEMISTICH_LINE_MAX_WORDS, None), None) is not None:
        return None  # (more words than two hemistichs hold, the mark parting none: no need for the pattern)
    marks = list(BAYT_MARK.finditer(text))
    if len(marks) != 1 or _numbered(doc.s(i)):
        return None
    split = marks[0].start(), marks[0].end()
    halves = words(text[: split[0]]), words(text[split[1] :])
    if not all(2 <= len(h) <= HEMISTICH_LINE_MAX_WORDS for h in halves) or not _halves_in_metre(text, split):
        return None
    return split


# A bayt on one line with one space between its hemistichs, set apart by indentation (a prose
# page of an edition: Golestan): the halves rhyme with each other and are of like length.
BAYT_INDENT_MIN = 2  # columns, in a text whose lines are not indented
BAYT_MIN_WORDS = 6
BAYT_MAX_WORDS = 2 * HEMISTICH_LINE_MAX_WORDS
BAYT_HALVES_MIN_RATIO = 0.7  # the shorter half's length over the longer's


def indented_bayts(doc: Document, flow: list[int]) -> None:
    """Bayts written on one line with a single space between the hemistichs, indented in a text
    whose lines are not (:func:`_rhyming_halves`): a masnavi bayt rhymes its two hemistichs, and
    so does a lone bayt quoted in prose («هرکه با پولاد بازو پنجه کرد ساعد مسکین خود را رنجه
    کرد»). Not in hard-wrapped text, where indentation opens paragraphs."""
    if doc.conv.indent != 0 or doc.conv.wrap is not None:
        return
    last: int | None = None
    for i in flow:
        s = doc.s(i)
        if (doc.role(i) != "p" or s.caesura is not None or s.indent < BAYT_INDENT_MIN or s.label is not None
                or not BAYT_MIN_WORDS <= s.words <= BAYT_MAX_WORDS or s.end in {"terminal", "colon"}):
            continue
        gap = _rhyming_halves(doc.out[i].text)
        if gap is None:
            continue
        doc.set(i, "l", "l: an indented line whose two halves rhyme (a bayt, one space between its hemistichs)",
                split=gap, group_start=last is None or doc.prev(i) != last, cert="medium")
        last = i


def _rhyming_halves(text: str, strict: bool = True, letters: int = 2) -> tuple[int, int] | None:
    """``(start, end)`` of the space that parts ``text`` into two halves of like length whose
    ends rhyme in ``letters`` letters at least (:func:`rhymes`, ``strict``; not ``strict``, one letter
    before a radif is enough), the most even split first; None when no split does."""
    tokens = list(re.finditer(r"\S+", text))
    first, last = tokens[0].start(), tokens[-1].end()
    splits = sorted(range(1, len(tokens)),
                    key=lambda k: abs((tokens[k - 1].end() - first) - (last - tokens[k].start())))
    for k in splits:
        a, b = text[first : tokens[k - 1].end()], text[tokens[k].start() : last]
        if min(len(a), len(b)) < BAYT_HALVES_MIN_RATIO * max(len(a), len(b)):
            break  # (the splits further on are less even still)
        if rhymes(NOTE_MARKER.sub("", a), NOTE_MARKER.sub("", b), letters, strict=strict):
            return tokens[k - 1].end(), tokens[k].start()
    return None


def _consonant_halves(text: str) -> bool:
    """``text`` parts into two halves of like length (:func:`_rhyming_halves`) that end in one letter,
    no suffix's (:data:`SUFFIX_LETTERS`): a masnavi's bayt rhyming on a consonant after a vowel the
    script does not write («… از بطر / … عجز بشر», Rumi's Masnavi on Wikisource)."""
    gap = _rhyming_halves(text, letters=1)
    return gap is not None and (_end_words(text) or ("",))[-1][-1:] not in (*SUFFIX_LETTERS, "")


_NO_LETTER = re.compile(r"[\W\d_\u0640\u064b-\u065f\u0670]")  # what letter_count leaves out


def letter_count(text: str) -> int:
    """Letters of ``text``: no spaces, ZWNJ, punctuation, digits or diacritics (harakat, the
    superscript alef) or tatweel (kashida), so that two spellings of a hemistich measure alike."""
    return len(_NO_LETTER.sub("", text))


def one_metre(lines: list[str]) -> bool:
    """``lines`` (one or more hemistichs as text; an empty list raises IndexError) keep one length as the
    hemistichs of one metre do: each METRE_MIN_RATIO .. METRE_MAX_RATIO of their median in letters
    (:func:`letter_count`), but for one line in METRE_OUTLIERS, and the median as long as a hemistich of the
    shortest metre (HEMISTICH_MIN_LETTERS). Source: the quantitative metre of Persian verse (ʿarūḍ;
    L. P. Elwell-Sutton, *The Persian Metres*, 1976): every hemistich of a poem has the same sequence of long
    and short syllables, so nearly the same number of written letters. Used across the converter wherever
    a run of lines is asked whether it is verse (here, :mod:`nashr.convert.poem_line`,
    :mod:`nashr.convert.certainty`)."""
    sizes = sorted(letter_count(line) for line in lines)
    median = sizes[len(sizes) // 2]
    off = sum(1 for n in sizes if not _in_metre(n, median))
    return median >= HEMISTICH_MIN_LETTERS and off * METRE_OUTLIERS <= len(sizes)


def _in_metre(size: int, median: int) -> bool:
    """A line of ``size`` letters keeps the metre of lines of ``median`` letters."""
    return METRE_MIN_RATIO * median <= size <= METRE_MAX_RATIO * median


def _cells(plain: str) -> str:
    """A bayt's line without the empty cells or border a table row ends in («… را | |»: a ghazal kept in a
    page's table, :data:`~nashr.convert.conventions.CELL_BORDERS_END`), for its rhyme."""
    return CELL_BORDERS_END.sub("", plain)


def _lone_unrhymed(doc: Document, near: list[int], i: int) -> bool:
    """Line ``i`` is parted by «/» (:attr:`Shape.strong_caesura` of a slash) with no bayt beside it
    (``near``: it and the non-blank lines around it) and its halves do not rhyme: above the text's
    first line of prose or on it (where :func:`verse_lines` asks), a headline or a title in two parts,
    «نامه آخوندزاده به مستشارالدوله / 25 مارس 1871…» (a blog's post of a letter), «… اعتراض
    دانشجویان به امتحانات حضوری / تصمیم یکباره وزارت علوم» (a news agency's headline), not a bayt,
    whose lone quotation there rhymes in itself (a masnavi's or a matla's: «بنی آدم اعضای یکدیگرند /
    که در آفرینش ز یک گوهرند»). (Below prose a ghazal's bayt quoted alone need not rhyme in itself.)"""
    s = doc.s(i)
    text = doc.out[i].text
    assert s.caesura is not None
    if "/" not in text[s.caesura[0] : s.caesura[1]]:
        return False
    if any(doc.s(j).caesura is not None for j in near if j != i):
        return False
    return not rhymes(text[: s.caesura[0]], text[s.caesura[1] :])


def _halves_in_metre(text: str, split: tuple[int, int]) -> bool:
    """The two halves of ``text`` around ``split`` are hemistichs of one metre: each at least
    HEMISTICH_MIN_LETTERS letters, the shorter HEMISTICHS_MIN_RATIO of the longer at least."""
    a, b = sorted((letter_count(text[: split[0]]), letter_count(text[split[1] :])))
    return a >= HEMISTICH_MIN_LETTERS and a >= HEMISTICHS_MIN_RATIO * b


NOT_LETTER = re.compile(r"[\W\d\u0640]")  # (a tatweel, U+0640, is a word character to re)
# One letter as other keyboards type it: Urdu's heh goal and heh doachashmee («جاہ», «ھلال»: a Persian
# page typed on an Urdu or Pashto layout), Arabic's yeh and kaf; «آ» as «ا». Rhymes compare the letters.
RHYME_LETTERS = str.maketrans({"آ": "ا", "\u06c1": "ه", "\u06be": "ه", "\u06d5": "ه", "ي": "ی", "ى": "ی", "ك": "ک"})


@lru_cache(maxsize=4096)
def _end_words(text: str) -> tuple[str, ...]:
    """The last words of a line, letters only (a number counts as an empty word; a tatweel that
    stretches a word, «عیــــد», is no letter; one letter as other keyboards type it,
    :data:`RHYME_LETTERS`, is one). Kept for the last few thousand lines: the verse
    rules compare each line with several neighbours, and :func:`_quarters` tries the same
    quarters of a line in several cuts."""
    return tuple(NOT_LETTER.sub("", w).translate(RHYME_LETTERS) for w in words(text)[-RADIF_MAX_WORDS - 1 :])


def rhymes(a: str, b: str, letters: int = 2, strict: bool = False, full: bool = False) -> bool:
    """Lines ``a`` and ``b`` (text; their last RADIF_MAX_WORDS + 1 words are compared, letters only, as
    :func:`_end_words` reads them) rhyme as Persian verse does (the qafiya, and the radif after it when they share
    one; source: Shams-i Qays, *al-Muʿjam fī maʿāyīr ashʿār al-ʿajam*, on qafiya and radif). Two line-ends
    rhyme: after the words they share at the end (a radif, «… دل‌ها / … محمل‌ها»), the last words end in the same
    ``letters`` letters; one is enough before a radif, unless ``full`` (two or three lines alone
    must rhyme fully: a see-also list's «… کتابخانه‌های ایران / … ملی ایران» rhymes on «ی» only) or ``strict`` and
    the radif ends in an auxiliary (:data:`AUXILIARIES`: prose's «… ساخته شده است.», «… پوشیده شده است.»; a
    ghazal's «… مشکل ها / … دل ها» rhymes on «ل», the vowel before it unwritten: benchmarks/verse_layouts.py's
    punctuated). Lines that end in the same words and nothing rhymes before them (a price list, a repeated line),
    a line said twice, and lines that share all their words but the first (a list's parallel items, «شعر در
    روزگار قاجار / نثر در روزگار قاجار»: a radif follows a hemistich, not a word) do not rhyme."""
    if a.strip() == b.strip():
        return False
    wa, wb = _end_words(a), _end_words(b)
    auxiliary = bool(wa) and wa[-1] in AUXILIARIES
    radif = 0
    while wa and wb and wa[-1] == wb[-1] and wa[-1]:
        wa, wb, radif = wa[:-1], wb[:-1], radif + 1
    if not wa or not wb or (radif and min(len(words(a)), len(words(b))) - radif <= 1):
        return False  # (lines the same but for their first word are a list's parallel items)
    qa, qb = wa[-1], wb[-1]
    need = 1 if radif and not full and not (strict and auxiliary) else letters
    return len(qa) >= need and len(qb) >= need and qa[-need:] == qb[-need:]


def _share(ends: list[str], letters: int, strict: bool = False) -> float:
    """Share of neighbours in ``ends`` that rhyme (:func:`rhymes`)."""
    if len(ends) < 2:
        return 0.0
    return sum(1 for a, b in zip(ends, ends[1:], strict=False) if rhymes(a, b, letters, strict)) / (len(ends) - 1)


def is_verse(lines: list[str], strict: bool = False) -> bool:
    """``lines`` (two or more hemistichs as text, in reading order: a first hemistich, its second, …; one line
    raises IndexError) rhyme as Persian verse does (the rhyme schemes of the classical forms, source:
    Shams-i Qays, *al-Muʿjam*; checked on the collection's ghazals, qasidas, quatrains and masnavis, :func:`rhymes`
    for each pair): every second hemistich (ghazal, qasida, quatrain: the second hemistichs share one rhyme, the
    first ones do not) or each bayt's two hemistichs (masnavi). Two or three lines must rhyme in pairs, in two
    letters at least besides a radif: so little verse needs a full rhyme; so must every pair or chain of lines
    numbered as a list is (``strict``: a list's items may all end in «… است»)."""
    firsts, seconds = lines[0::2], lines[1::2]
    pairs = list(zip(firsts, seconds, strict=False))
    if len(lines) <= 3:
        return all(rhymes(a, b, full=True) for a, b in pairs) and (
            len(lines) == 2 or rhymes(lines[0], lines[2], full=True) or rhymes(lines[1], lines[2], full=True))
    paired = sum(1 for a, b in pairs if rhymes(a, b, strict=strict)) / len(pairs)
    if paired >= RHYME_MIN_SHARE or _share(seconds, 2, strict) >= CHAIN2_MIN_SHARE:
        return True
    if strict:
        return False
    if _radif(firsts, seconds) or _monorhyme(lines):
        return True
    chained = _share(seconds, 1)
    return (len(seconds) >= CHAIN_MIN_LINES and chained >= CHAIN_MIN_SHARE
            and _share(firsts, 1) <= chained - CHAIN_MARGIN)


def _monorhyme(lines: list[str]) -> bool:
    """Every line (MONORHYME_MIN_LINES or more) ends in one letter that ends no inflection
    (:data:`SUFFIX_LETTERS`): a song or a musammat rhyming each hemistich on a vowel the script
    does not write and one consonant («… بر دل / … منزل به منزل / … بستیم محمل», a folk song
    quoted in Fath-Ali Shah's letter), which two letters in common (:func:`rhymes`) miss."""
    ends = [(_end_words(line) or [""])[-1][-1:] for line in lines]
    return len(lines) >= MONORHYME_MIN_LINES and len(set(ends)) == 1 and ends[0] not in (*SUFFIX_LETTERS, "")


def _radif(firsts: list[str], seconds: list[str]) -> bool:
    """Every second hemistich ends in the same word (the radif of a ghazal or qasida, «… کجا»)
    and the first hemistichs do not, but for the opening bayt's (the matla rhymes both): the radif
    carries the rhyme even where the letters before it differ. At least CHAIN_MIN_LINES bayts."""
    if len(seconds) < CHAIN_MIN_LINES:
        return False
    ends = {(_end_words(line) or [""])[-1] for line in seconds}
    if len(ends) != 1 or not next(iter(ends)):
        return False
    radif = ends.pop()
    return sum(1 for line in firsts[1:] if (_end_words(line) or [""])[-1] == radif) * 3 <= len(firsts) - 1


def _verse_span(ends: list[str], joined: list[bool], strict: bool = False) -> tuple[int, int] | None:
    """The part of a run of short lines that is verse: all of it, or without its first line (a
    title) or its last (a line of prose); None when no part is. ``joined[k]``: line ``k`` stands
    right under line ``k - 1`` (no blank line between them)."""
    n = len(ends)
    for start, end in ((0, n), (1, n), (0, n - 1), (1, n - 1)):
        part = ends[start:end]
        if len(part) >= 2 and len(set(part)) > 1 and is_verse(part, strict):
            if (lone := _lone_bayt(part)) is not None:
                return start + lone, start + lone + 2
            # Bayts come whole: a hemistich left over after an odd number of lines completes one,
            # if it stands right under it.
            return start, end + (end < n and joined[end] and (end - start) % 2 == 1 and end - start >= 3)
    return None


def _lone_bayt(lines: list[str]) -> int | None:
    """Of two pairs of lines, the one that is a bayt when the other is none: the other's lines
    do not rhyme with each other and are not of one metre either (the shorter under
    HEMISTICHS_MIN_RATIO of the longer, in letters: the two hemistichs of a quatrain's third
    line and its fourth, of a ghazal's bayt or of a qit'a's lone bayt, whose first hemistich does
    not rhyme, keep one metre): a title and a salutation over a bayt that opens a letter
    («نامه … به محمدشاه» / «قربان خاکپای … گردم ،» / «فاش میگویم …» / «برده عشقم …»). Its
    first line's place in ``lines`` (0 or 2); None otherwise."""
    if len(lines) != 4:
        return None
    for bayt, other in ((0, 2), (2, 0)):
        a, b = lines[bayt : bayt + 2]
        x, y = lines[other : other + 2]
        sizes = sorted((letter_count(x), letter_count(y)))
        if rhymes(a, b) and not rhymes(x, y) and sizes[0] < HEMISTICHS_MIN_RATIO * sizes[1]:
            return bayt
    return None


def _list_label(s: Shape) -> bool:
    """The line opens with a list's label and its separator («۱- », «۲. », «الف)»)."""
    return s.label is not None and s.label.strong


def _numbered(s: Shape) -> bool:
    """A number stands in the line beyond its list label and note markers: a date, an issue or a
    reference (classical verse writes numbers in words)."""
    text = NOTE_MARKER.sub("", s.plain)
    if s.label is not None:
        text = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""
    return ANY_DIGIT.search(text) is not None


def _above_prose(doc: Document, run: list[int], first_prose: int | None) -> bool:
    """The run stands in the title block of a prose text: before its first paragraph, and not
    right under an invocation (where a bayt is the epigraph)."""
    if first_prose is None or run[0] > first_prose:
        return False
    before = doc.prev(run[0])
    return before is None or not INVOCATION.match(doc.s(before).plain)


ODD_TAIL_MIN_LINES = 5  # (three lines or fewer: a quatrain's lost hemistich, or a title over a bayt)
# A full stop inside a line with words after it ends a sentence of prose: no hemistich has one
# (the collection's hemistichs one to a line: none of 1,400), a site's note under a poem has
# («رایشمند منتشر شده است. خوشحال میشویم اگر»). Not an ellipsis («...») nor a number's («۱. …»).
FULL_STOP_INSIDE = LazyPattern(r"(?<=[^\W\d])\.(?!\.)(?=\s+\S)")


def hemistich_pairs(doc: Document, flow: list[int]) -> None:
    """Verse written one hemistich per line: a run of short, balanced lines, without numbers and
    without labels (but one narrating a saying, «گفت:», which a munazere opens its hemistichs
    with: :func:`~nashr.convert.conventions.narrates`), in one metre (:func:`_metre_parts`,
    :func:`one_metre`: a line out of it parts the run, a heading, and so does a line ending in «:»
    between whole bayts, :func:`_said_between`) whose ends rhyme as Persian verse
    does (:func:`is_verse`; ending sentences, fully: :func:`_hemistich_run`).
    The lines may be numbered in digits (web editions number hemistichs; lettered lines, «(ب) …»,
    are a list's items; numbered as a list is, «۱- …»,
    under a sentence ending in «:» that may introduce a list, they must rhyme fully,
    :func:`is_verse`); a run holds numbered or unnumbered lines, not both. A section label or a
    part's name («فصل دوم», «مقدمه») is a heading, never a hemistich, and neither is a line of a
    PDF text layer that breaks off inside a phrase (:func:`~nashr.convert.document.runs_on`: the
    layer breaks lines where a glyph is lost), nor a run of a list's parallel items (:func:`_parallel`);
    and the short lines above the first paragraph of
    a prose text are its title block unless they make a poem of TOP_VERSE_MIN_LINES lines or
    more."""
    run: list[int] = []
    first_prose = next((i for i in flow if doc.s(i).words >= PROSE_MIN_WORDS), None)

    def close() -> None:
        said_over = _said_over(doc, run)
        pieces: list[list[int]] = [[]]
        for i in run:
            if i in said_over:
                pieces.append([])
            else:
                pieces[-1].append(i)
        for piece in pieces:
            parts = _metre_parts(doc, piece)
            for a, b in parts:
                _hemistich_run(doc, piece[a:b], first_prose)
            for (_, end), (start, _) in zip(parts, parts[1:], strict=False):
                _section_title(doc, piece[end:start], piece[end - 1], piece[start])
        verse_seen = False
        for i in run:
            if i in said_over and doc.role(said_over[i]) == "l":
                doc.set(i, "head" if verse_seen else "title", "title or head: a poem's first hemistich said over "
                        "above it (the page's title and heading; a later poem's heading)", cert="medium")
            verse_seen = verse_seen or doc.role(i) == "l"
        run.clear()

    for i in flow:
        s = doc.s(i)
        short = (doc.role(i) == "p" and 2 <= s.words - (s.label is not None) <= HEMISTICH_LINE_MAX_WORDS
                 and s.length <= HEMISTICH_LINE_MAX_CHARS and (s.speaker is None or _says(s.speaker))
                 and not s.bullet
                 and not s.star and not s.markup_head and not _numbered(s)
                 and (s.label is None or (s.label.strong and s.label.style == "digit"))
                 and not (SECTION_WORD.match(s.plain) and s.words <= SECTION_LABEL_MAX_WORDS)
                 and not PART_NAME.match(s.plain) and not (doc.conv.pdf and runs_on(doc, i))
                 and not _paragraph_tail(doc, i) and not FULL_STOP_INSIDE.search(s.plain)
                 and "\t" not in doc.out[i].text.strip()  # (a table's row: cells parted by a tab)
                 and not _address(s))
        if short and run and doc.prev(i) == run[-1] and len(run) == 2 and _numbered_bayts(doc, run) \
                and s.label is None:
            run.pop(0)  # (a numbered line over unnumbered hemistichs: no numbered bayts, the run goes on without it)
        if short and run and doc.prev(i) == run[-1] and _numbering_holds(doc, run, s):
            run.append(i)
        else:
            close()
            if short:
                run.append(i)
    close()


def _numbering_holds(doc: Document, run: list[int], s: Shape) -> bool:
    """A short line of shape ``s`` goes on ``run`` (:func:`hemistich_pairs`) as its numbering
    goes: every line numbered or none (web editions number hemistichs), or the bayts numbered
    (:func:`_numbered_bayts`: the first hemistich of each numbered, «۱. بشنو این نی …», the second
    not, the numbers counting up by one)."""
    labels = [doc.s(i).label for i in run[:2]]
    if len(run) >= 2 and labels[0] is not None and labels[1] is None:
        last = doc.s(run[-2]).label  # (a numbered line comes at an even place: the last one two lines up)
        return (s.label is None) == (len(run) % 2 == 1) and (
            s.label is None or (last is not None and s.label.number == last.number + 1))
    return (s.label is None) == (labels[-1] is None) or (len(run) == 1 and s.label is None)


def _numbered_bayts(doc: Document, run: list[int]) -> bool:
    """``run`` is a poem's hemistichs whose bayts are numbered (:func:`_numbering_holds`): its
    first line numbered, its second not."""
    return len(run) >= 2 and doc.s(run[0]).label is not None and doc.s(run[1]).label is None


def _said_over(doc: Document, run: list[int]) -> dict[int, int]:
    """The lines of ``run`` that say the line under them again, word for word, each → the first line
    under them that does not: a poem page's title and heading quoting its first hemistich
    (noonoab.ir's «من بدین خوبی و زیبایی ندیدم روی را» three times), which would put the pairs of
    hemistichs out of step. Linear in ``run``."""
    found: dict[int, int] = {}
    for k in range(len(run) - 2, -1, -1):
        if doc.s(run[k]).plain == doc.s(run[k + 1]).plain:
            found[run[k]] = found.get(run[k + 1], run[k + 1])
    return found


def _paragraph_tail(doc: Document, i: int) -> bool:
    """Line ``i`` ends a sentence that the line right above it began: that line is longer than any
    hemistich (more than HEMISTICH_LINE_MAX_WORDS words or HEMISTICH_LINE_MAX_CHARS characters)
    and ends none. The last line of a hard-wrapped paragraph, however short, is prose: it does not
    begin a run of hemistichs, where its final stop would count against the bayt under it (a
    Golestan story that closes on a bayt, «… فراموش می‌کنم.» / «هر سو دود …» / «وان را که …»)."""
    above = doc.prev(i)
    if doc.s(i).end != "terminal" or above is None or not doc.adjacent(above, i) or doc.role(above) != "p":
        return False
    s = doc.s(above)
    return s.end in {"none", "comma"} and (s.words > HEMISTICH_LINE_MAX_WORDS or s.length > HEMISTICH_LINE_MAX_CHARS)


def _metre_parts(doc: Document, run: list[int]) -> list[tuple[int, int]]:
    """``run`` parted at the lines out of the metre of the others (:func:`one_metre`'s ratios to
    the run's median, in letters) and at the lines standing apart between whole bayts
    (:func:`_lines_apart`): a heading between the runs of bayts of a masnavi, a line of prose
    under a poem. The parts of two lines or more, as ``(start, end)`` slices of ``run``;
    none when more than one line in METRE_OUTLIERS is out of metre, a longer line at either end aside
    (:func:`_trimmed`): a run of lines of any length is no metrical verse (free verse,
    :func:`free_verse`, or a list)."""
    sizes = [letter_count(doc.s(i).plain) for i in run]
    if len(run) < 2:
        return []
    median = sorted(sizes)[len(sizes) // 2]
    inner = _trimmed(sizes, median)
    if sum(1 for n in inner if not _in_metre(n, median)) * METRE_OUTLIERS > len(inner):
        return []
    apart = _lines_apart(doc, run) | _said_between(doc, run)
    parts: list[tuple[int, int]] = []
    start = 0
    for k, n in enumerate([*sizes, 0]):
        if k == len(sizes) or not _in_metre(n, median) or k in apart:
            if k - start >= 2:
                parts.append((start, k))
            start = k + 1
    return parts


def _trimmed(sizes: list[int], median: int) -> list[int]:
    """``sizes`` without a line longer than the metre of ``median`` at either end: a sentence of prose
    above the verse it brings in («گفت: بر ظاهرش عیب نمی‌بینم …») and a heading under it stand in the
    run of short lines, not in the poem (a short line there, a stanza's label, stays in)."""
    start = 1 if sizes and sizes[0] > METRE_MAX_RATIO * median else 0
    end = len(sizes) - 1 if len(sizes) > start and sizes[-1] > METRE_MAX_RATIO * median else len(sizes)
    return sizes[start:end]


def _lines_apart(doc: Document, run: list[int]) -> set[int]:
    """Places in ``run`` (not its first or last) of the lines set apart by blank lines above and
    below, where the other lines stand in blocks of whole bayts (an even number of lines: a
    stanza, or a bayt with a blank line after it) and such lines are few (one in METRE_OUTLIERS
    at most): no hemistich stands alone between whole bayts, a heading does (a masnavi's
    «داستان رستم و سهراب», as long as a hemistich)."""
    blocks: list[list[int]] = []
    for k, i in enumerate(run):
        if blocks and doc.adjacent(run[k - 1], i):
            blocks[-1].append(k)
        else:
            blocks.append([k])
    apart = {b[0] for b in blocks[1:-1] if len(b) == 1}
    if any(len(b) % 2 for b in blocks if len(b) > 1) or len(apart) * METRE_OUTLIERS > len(run):
        return set()  # (lines standing apart are few, as headings are: not a poem spaced irregularly)
    return apart


def _said_between(doc: Document, run: list[int]) -> set[int]:
    """Places in ``run`` of the lines ending in «:» with whole bayts above and under them (an even number
    of lines each side): the prose that brings in the next poem («بر تاج کیخسرو نبشته بود :» between a
    Golestan story's two qit'as), in metre by chance, not a hemistich (a masnavi's first hemistich that
    ends in «گفت:» leaves an odd number under it)."""
    return {k for k in range(2, len(run) - 2, 2)
            if doc.s(run[k]).end == "colon" and (len(run) - k - 1) % 2 == 0}


def _section_title(doc: Document, between: list[int], above: int, below: int) -> None:
    """A line alone between two runs of hemistichs of one metre (:func:`_metre_parts`: out of
    that metre, or standing apart between whole bayts), set apart by blank lines and ending no
    sentence, heads the run under it: the title of a masnavi's story («حکایت عاشق شدن پادشاه بر
    کنیزک …»), a ``div`` of its own (TEI P5 4.1)."""
    if (len(between) == 1 and doc.role(above) == doc.role(below) == "l"
            and doc.s(between[0]).end not in ("terminal", "colon")
            and doc.blank_before(between[0]) and doc.blank_before(below)):
        doc.set(between[0], "head", "head: a line set apart between two runs of the same poem's hemistichs (out of "
                "metre, or alone between whole bayts: a masnavi's section title)", cert="medium")


def _parallel(doc: Document, run: list[int]) -> bool:
    """Most lines of ``run`` open with the word the line above opens with: a list's parallel
    items («شهرستان تهران / شهرستان کرمان / شهرستان زنجان»), whose names may end alike; a poem
    repeats its first word in a few lines at most (anaphora, «نه یارای خیرم / نه نیروی شرم»). A
    verb of saying opening a line (:func:`~nashr.convert.conventions.narrates`) is no such word: a
    munazere opens its hemistichs with «گفت:» (Parvin E'tesami's «مست و هشیار»), the words after
    it are the line's."""
    firsts = [_opening(doc.s(i)) for i in run]
    return sum(1 for a, b in zip(firsts, firsts[1:], strict=False) if a and a == b) * 2 > len(run) - 1


def _opening(s: Shape) -> list[str]:
    """The first word of a line (none if it has no word), after its label if that narrates a saying."""
    label = len(words(s.speaker)) if s.speaker is not None and narrates(s.speaker) else 0
    return words(s.plain)[label : label + 1]


def _hemistich_run(doc: Document, run: list[int], first_prose: int | None) -> None:
    """:func:`hemistich_pairs` on one run of short lines in metre: its verse span (:func:`_verse_span`)
    becomes ``l``, one hemistich each; where blank lines part it into stanzas, half of them of
    STANZA_MIN_LINES lines or more (not a blank line after each bayt; a song's refrain may be a
    bayt), each stanza is a poem of its own (``lg``, TEI P5 6.2: stanzas as ``lg`` of ``l``) and
    counts its hemistichs from its first. A run whose lines end sentences, more than one in four,
    must rhyme fully (:func:`_verse_span` strict, as a list's items, and :func:`_fully_rhymed`:
    short sentences of prose may rhyme by chance, verbs alike; an edition that stops every bayt,
    «… нагирам, / … пазирам.» of Tajik Cyrillic, rhymes in more: benchmarks/verse_layouts.py's
    punctuated, 8 → 752 of 1461 lines kept)."""
    punctuated = sum(1 for i in run if doc.s(i).end == "terminal") * 4 > len(run)
    before = doc.prev(run[0])
    listed = before is not None and doc.s(before).end == "colon" and all(_list_label(doc.s(i)) for i in run)
    joined = [k > 0 and doc.adjacent(run[k - 1], i) for k, i in enumerate(run)]
    span = _verse_span([doc.s(i).plain for i in run], joined, listed or punctuated) \
        if not _parallel(doc, run) else None
    if span is None or (punctuated and not _fully_rhymed([doc.s(i).plain for i in run[span[0] : span[1]]])):
        return
    verse = _whole_bayts(doc, run[span[0] : span[1]])
    if verse and (_brings_in_a_list(doc, verse[-1]) or _parted_one_by_one(doc, verse)):
        return
    by_bayt = _numbered_bayts(doc, run)
    if (len(verse) < TOP_VERSE_MIN_LINES and _above_prose(doc, verse, first_prose)) or (
            by_bayt and (doc.s(verse[0]).label is None or len(verse) < 2 * NUMBERED_VERSE_MIN_LINES)):
        return  # (numbered bayts: the numbers fall on first hemistichs, and count at least three bayts)
    lengths = sorted(doc.s(i).length for i in verse)
    median = lengths[len(lengths) // 2]
    if not ((len(verse) >= 4 or all(0.55 * median <= n <= 1.6 * median for n in lengths))
            and one_metre([doc.s(i).plain for i in verse])):
        return
    starts = [k for k, i in enumerate(verse) if k == 0 or not doc.adjacent(verse[k - 1], i)]
    sizes = [b - a for a, b in zip(starts, [*starts[1:], len(verse)], strict=True)]
    stanzas = set(starts) if len(starts) > 1 and sum(1 for n in sizes if n >= STANZA_MIN_LINES) * 2 >= len(sizes) \
        else {0}
    first = 0
    for k, i in enumerate(verse):
        first = k if k in stanzas else first
        label = doc.s(i).label if by_bayt else None
        doc.set(i, "l", "l: short lines rhyming as verse, one hemistich per line", hemistich=1 + (k - first) % 2,
                group_start=k == first,
                number=label.number if label is not None else None, list_start=False)


def _brings_in_a_list(doc: Document, i: int) -> bool:
    """Line ``i`` ends in «:» and a bulleted item follows it: the sentence that brings in a list («مقدار
    مالیاتی که می پردازید به موارد ذیل بستگی دارد:» over «• …», the ATO's Dari page, set 44), not a
    hemistich, whatever its length and its rhyme with the line above."""
    after = doc.next(i)
    return doc.s(i).end == "colon" and after is not None and doc.s(after).bullet


def _parted_one_by_one(doc: Document, verse: list[int]) -> bool:
    """Each line of ``verse`` (three or more) stands apart from the next by a line of furniture set aside
    (:meth:`~nashr.convert.document.Document.aside`): a page's tiles or links, each under its picture's
    alternative text (the ATO's hub page, «null» over each tile, set 44), not a poem's hemistichs, which a page's
    furniture parts now and then (a running head at a page break), never one by one."""
    return len(verse) >= 3 and all(any(doc.shapes[k] is not None and doc.role(k) == "fw" for k in range(a + 1, b))
                                   for a, b in zip(verse, verse[1:], strict=False))


def _fully_rhymed(lines: list[str]) -> bool:
    """Hemistichs that end sentences rhyme as a poem does, not as verbs do: PUNCTUATED_MIN_BAYTS
    bayts at least whose second hemistichs rhyme in three letters (:func:`rhymes`, one before a
    radif), CHAIN2_MIN_SHARE of neighbours («нагирам / пазирам / бимирам»; prose's «… بود.», «…
    می‌رود.» share two, an inflection's), or whose two hemistichs do, RHYME_MIN_SHARE of them (a
    masnavi)."""
    firsts, seconds = lines[0::2], lines[1::2]
    paired = sum(1 for a, b in zip(firsts, seconds, strict=False) if rhymes(a, b, 3))
    return len(seconds) >= PUNCTUATED_MIN_BAYTS and (_share(seconds, 3) >= CHAIN2_MIN_SHARE
                                                     or paired >= RHYME_MIN_SHARE * len(seconds))


def _whole_bayts(doc: Document, verse: list[int]) -> list[int]:
    """``verse`` without a last line that leaves a bayt half made (an odd number of lines,
    ODD_TAIL_MIN_LINES or more) and rhymes with none of the others: the page's line under a poem
    (a recording's label, «غزل سعدی با صدای سهیل قاسمی»; a site's «این مقاله در سایت علمی …»), not
    the first hemistich of a bayt the copy lost. A stanza's last line rhymes with the stanzas
    before it (a musammat's band: «… مفتخر بود» after «… خطر بود», «… قمر بود»), a refrain's first
    hemistich with its second under it, in one letter at least (a tarji'-band's «… جز او / وحده لا اله
    الا هو»)."""
    after = doc.next(verse[-1])
    last = NOTE_MARKER.sub("", doc.s(verse[-1]).plain)
    if len(verse) % 2 and len(verse) >= ODD_TAIL_MIN_LINES and not any(
            rhymes(last, NOTE_MARKER.sub("", doc.s(i).plain)) for i in verse[:-1]) and not (
            after is not None and rhymes(last, doc.s(after).plain, 1)):
        return verse[:-1]
    return verse


# A copy of a poem set in a two-column table (one hemistich a cell): each cell's line ends in the
# border « |», a line «|» alone between the cells; a bayt's number may open its first cell («( 345)…»).
TABLE_CELL = LazyPattern(rf"^\s*(?:\(\s*{DIGIT}{{1,5}}\s*\)\s*)?(?P<cell>[^|]*?\S)\s*\|\s*$")
TABLE_BORDER = LazyPattern(r"^\s*\|\s*$")
TABLE_VERSE_MIN_CELLS = 4
TABLE_RHYME_MIN_SHARE = 0.75


def table_hemistichs(doc: Document, flow: list[int]) -> None:
    """Verse copied from a two-column table, one hemistich a cell (:data:`TABLE_CELL`: the cell's
    text and the border « |» that ends its line, a bayt's number in brackets in front; lines «|»
    alone between, :data:`TABLE_BORDER`): a run of such lines of TABLE_VERSE_MIN_CELLS cells or
    more, each a hemistich long (2..HEMISTICH_LINE_MAX_WORDS words), in one metre (:func:`one_metre`)
    and rhyming as verse (:func:`_table_rhymes`) as read, or with each pair of cells swapped (a copy
    that reads the table's two columns in the wrong order puts the second hemistich first): every
    cell is an ``l``, the borders are the table's (``fw``). Source: rasekhoon.net's qasida of
    Manuchehri (the pairs swapped) and arshiat.parsiblog.com's passages of the Masnavi (numbered)."""
    run: list[int] = []
    for i in [*flow, -1]:
        text = doc.out[i].text if i >= 0 else ""
        if i >= 0 and doc.role(i) == "p" and _table_line(text) and (not run or doc.prev(i) == run[-1]):
            run.append(i)
            continue
        _table_run(doc, run)
        run = [i] if i >= 0 and doc.role(i) == "p" and _table_line(text) else []


def _table_line(text: str) -> bool:
    """True for a line of a table's verse: a cell (:data:`TABLE_CELL`) or a border
    (:data:`TABLE_BORDER`). Both hold a «|»: a substring test spares most lines the two matches
    (the cell's lazy group is tried at every character of a line of prose)."""
    return "|" in text and (TABLE_BORDER.match(text) is not None or TABLE_CELL.match(text) is not None)


def _table_rhymes(cells: list[str]) -> bool:
    """The cells, read as bayts (two a bayt), rhyme as a masnavi (TABLE_RHYME_MIN_SHARE of the bayts'
    two hemistichs) or as a ghazal or qasida (that share of the second hemistichs, one after the
    other, in two letters): more than :func:`is_verse` asks of four lines, as a table's rows of
    prose may end alike by chance («… شده» / «… گیرنده»)."""
    firsts, seconds = cells[0::2], cells[1::2]
    paired = sum(1 for a, b in zip(firsts, seconds, strict=False) if rhymes(a, b)) / len(seconds)
    return paired >= TABLE_RHYME_MIN_SHARE or _share(seconds, 2) >= TABLE_RHYME_MIN_SHARE


def _table_run(doc: Document, run: list[int]) -> None:
    """:func:`table_hemistichs` on one run of a table's lines."""
    cells = [i for i in run if not TABLE_BORDER.match(doc.out[i].text)]
    texts = [TABLE_CELL.match(doc.out[i].text).group("cell") for i in cells]  # type: ignore[union-attr]
    if len(cells) < TABLE_VERSE_MIN_CELLS or not all(2 <= len(words(t)) <= HEMISTICH_LINE_MAX_WORDS for t in texts):
        return
    swapped = [t for k in range(0, len(texts) - 1, 2) for t in (texts[k + 1], texts[k])] + texts[len(texts) // 2 * 2:]
    if not one_metre(texts) or not (_table_rhymes(texts) or _table_rhymes(swapped)):
        return
    for k, i in enumerate(cells):
        doc.set(i, "l", "l: a hemistich in a cell of a two-column table copied as text (« |» ending it, «|» between)",
                hemistich=1 + k % 2, group_start=k == 0)  # (sure: right on its 24 lines of two sets, round 25)
    for i in run:
        if i not in cells:
            doc.set(i, "fw", "fw: a border «|» between the cells of a table of verse", cert="medium")


def quoted_bayts(doc: Document, flow: list[int]) -> None:
    """Bayts quoted in prose, one hemistich to a line: two lines, or four (two bayts of one poem,
    whose second hemistichs end in one letter: the rhyme), one under the other, a paragraph of
    prose (PROSE_MIN_WORDS words or more) right under them and, right above them, one too or a
    line ending in «:» that introduces them («شاعر چه زیبا گفته است که:», «شعر:»); each a
    hemistich long (:func:`_hemistich_alone`), all of like length (HEMISTICHS_MIN_RATIO: the
    hemistichs of a poem are of one metre). Where blank lines part the paragraphs, a blank line may
    part the hemistichs too, each its own paragraph, as web pages of Kelile's or the Golestan's
    prose set them: four such lines, or two in a text with verse elsewhere (a heading and a line
    under a paragraph are two short lines of like length too). A lone bayt of a ghazal or qasida,
    or an Arabic one («فیالیت الشباب یعودلنا یوما / فاخبره بما فعل المشیب»), does not rhyme its
    hemistichs: their metre and their place in the prose tell them. Not in a PDF text layer, whose
    lines break anywhere."""
    if doc.conv.pdf:
        return
    parted: list[list[int]] = []
    for run in _quoted_runs(doc, flow):
        if len(run) == 2 and not doc.adjacent(run[0], run[1]):
            parted.append(run)
        elif len(run) == 2 or rhymes(doc.s(run[1]).plain, doc.s(run[3]).plain, letters=1):
            _quoted(doc, run)
    if any(doc.role(i) == "l" for i in flow):
        for run in parted:
            _quoted(doc, run)


def _quoted_runs(doc: Document, flow: list[int]) -> list[list[int]]:
    """The runs of two or four lines in ``flow`` that :func:`quoted_bayts` may take: each line a
    hemistich long (:func:`_hemistich_alone`), one right under the other (or under a blank line
    where blank lines part paragraphs), all of like length, prose right under them and right
    above them (or a line ending in «:»), and no line said twice (no bayt repeats a hemistich: a
    photo's caption and its alternative text under it do, voa-fa-price-no-agreement-detained), and
    all of them in quotation marks or none (:func:`_in_quotes`: a verse of the Quran in quotation
    marks over a heading, ketabdeh-qabusnameh-hormat-pedar-madar, is no bayt with it)."""
    found = []
    k = 1
    while k < len(flow) - 1:
        run = [flow[k]] if _hemistich_alone(doc, flow[k]) else []
        while run and k + len(run) < len(flow) and _hemistich_alone(doc, flow[k + len(run)]) and (
                doc.conv.blank_paragraphs or doc.adjacent(run[-1], flow[k + len(run)])):
            run.append(flow[k + len(run)])
        before, after = flow[k - 1], flow[k + len(run)] if k + len(run) < len(flow) else None
        k += max(len(run), 1)
        sizes = sorted(letter_count(doc.s(i).plain) for i in run) or [0]
        if (len(run) in {2, 4} and after is not None and doc.role(before) == doc.role(after) == "p"
                and doc.s(after).words >= PROSE_MIN_WORDS
                and (doc.s(before).words >= PROSE_MIN_WORDS or doc.s(before).end == "colon")
                and sizes[0] >= HEMISTICHS_MIN_RATIO * sizes[-1]
                and len({doc.s(i).plain for i in run}) == len(run)  # (one line twice: a caption and its alt text)
                and len({_in_quotes(doc.s(i).plain) for i in run}) == 1):
            found.append(run)
    return found


QUOTED_LINE = LazyPattern(r"^[«\"“”„].*[»\"“”]$")


def _in_quotes(text: str) -> bool:
    """The whole line stands in quotation marks («…», “…”, ”…”, "…")."""
    return QUOTED_LINE.match(text.strip()) is not None


def _quoted(doc: Document, run: list[int]) -> None:
    """The lines of ``run`` are hemistichs of bayts quoted in prose (:func:`quoted_bayts`)."""
    for h, i in enumerate(run):
        doc.set(i, "l", "l: two or four lines of a hemistich's length and of like length between paragraphs "
                "of prose (bayts quoted)", cert="medium", hemistich=1 + h % 2, group_start=h == 0)


def _address(s: Shape) -> bool:
    """A line addressing its readers or greeting them (:func:`~nashr.convert.matter.shapes._is_salute`: «حضار گرامی،
    مهمانان عالیقدر», «السلام علیکم …»), no hemistich: none of the collection's 3,820 lines of verse by hand has the
    shape (round 44). A petition's opening formula («قربان خاکپای … گردم», :data:`GREETING_WORD`) may rhyme with the
    bayt it quotes, and the verse rules keep it (:func:`~nashr.convert.matter.letter.petition_salute`)."""
    return _is_salute(s) and not GREETING_WORD.search(s.plain)


def _hemistich_alone(doc: Document, i: int) -> bool:
    """Line ``i`` may be a hemistich standing in prose: a paragraph of two to
    HEMISTICH_LINE_MAX_WORDS words and HEMISTICH_MIN_LETTERS letters to HEMISTICH_LINE_MAX_CHARS
    characters, ending no sentence, with no number, label, bullet, speaker's label or heading's
    mark, nor a section's label or a part's name."""
    s = doc.s(i)
    return (doc.role(i) == "p" and 2 <= s.words <= HEMISTICH_LINE_MAX_WORDS and s.length <= HEMISTICH_LINE_MAX_CHARS
            and letter_count(s.plain) >= HEMISTICH_MIN_LETTERS and s.end in {"none", "comma"} and s.label is None
            and not s.bullet and s.speaker is None and not s.star and not s.markup_head and not _numbered(s)
            and not SECTION_WORD.match(s.plain) and not PART_NAME.match(s.plain) and not _address(s))


# Web editions number the bayts of a poem: «۱ دل ز جا برد سحر …», or «… مرا ۱» after it.
LEADING_NUMBER = re.compile(rf"^\s*(?P<num>{DIGIT}{{1,3}})\s*[-–.)]?\s+(?=\S)")
TRAILING_NUMBER = re.compile(rf"(?<=\S)\s+[(\[]?(?P<num>{DIGIT}{{1,3}})[)\]]?\s*$")
NUMBERED_VERSE_MIN_LINES = 3


def bayt_number(text: str) -> tuple[int, int, int] | None:
    """The number a web edition writes before or after a bayt (LEADING_NUMBER, TRAILING_NUMBER):
    ``(value, start, end)``, the offsets in ``text`` of the number with its separator and the
    spaces around it; ``start`` is 0 for a number before the bayt. None without one. The TEI
    gives it as the ``l``'s ``@n`` and keeps the source's characters in a ``label`` (TEI P5 6.2:
    «n» of a line of verse; fidelity)."""
    m = LEADING_NUMBER.match(text) or TRAILING_NUMBER.search(text)
    return (int(m["num"]), m.start(), m.end()) if m else None
# Bayts whose halves rhyme, this share of a run or more, are a masnavi's: they may end questions and
# exclamations at the caesura and the line's end, which in prose would be sentences.
MASNAVI_MIN_SHARE = 0.75
# Bayts without numbers and without a visible caesura (hemistichs glued, or one space apart):
# a run of at least this many lines, none ending a sentence.
BAYT_RUN_MIN_LINES = 4
BAYT_MAX_CHARS = 200  # (as CAESURA_MAX_CHARS: no bayt is longer)
# The copula and auxiliaries that end Persian sentences (a radif of prose, not of a poem).
AUXILIARIES = frozenset("است اند هست نیست بود بودند شد شده شود شوند باشد باشند گردید گردد کرد کرده کند کنند".split())
# A sentence ending inside a line (a paragraph of sentences, not a bayt that ends in «.»).
INNER_SENTENCE_END = LazyPattern(r"[.!?؟](?=\s+\S)")


def bayt_lines(doc: Document, flow: list[int]) -> None:
    """Bayts one to a line whose hemistichs are not set apart by a tab or spaces: a run of lines of a
    bayt's length (BAYT_MIN_WORDS to BAYT_MAX_WORDS words), each right under the one before
    (:meth:`~nashr.convert.document.Document.adjacent`), whose ends rhyme as the bayts of a
    ghazal or qasida do (:func:`rhymes` in two letters, one before a radif) or whose halves
    rhyme (a masnavi, :func:`_rhyming_halves`). Numbered bayts (the number before or after each,
    counting up by one) need NUMBERED_VERSE_MIN_LINES of them (numbered as a list is, «۱- …», a
    full rhyme: two letters before a radif, as a list's items may all end in «… است»), none
    ending in a full stop; unnumbered ones BAYT_RUN_MIN_LINES, none holding a number, each longer
    than one hemistich can be (HEMISTICH_LINE_MAX_CHARS: shorter lines are hemistichs,
    :func:`hemistich_pairs`) or its halves rhyming, in one letter at least (a masnavi in a short metre: Attar's «…
    آهو / … هر سو»; one letter no suffix ends, :func:`_consonant_halves`), and where one ends in «.», «!» or «؟»
    (prose lines that rhyme by chance end sentences; a poet's may too, Lahuti's «… سوختم بی تو.») every bayt rhyming
    with the next (:func:`_ended_rhyme`), all in one metre (:func:`one_metre`) and at most one in BAYT_RUN_MIN_LINES
    ending a sentence inside but at its caesura (:func:`_inner_sentence_end`: a hemistich's «دمشق چه؟ …»; prose
    wrapped into lines ends sentences inside most). A blank line may part the bayts (:func:`_next_bayt`), or more
    when they rhyme (:func:`_rhyming_next`). A saying narrated inside a bayt («… مست گفت: ای دوست …», a munazere of
    Parvin's) is no speaker's label. Each is an ``l`` (with its number, :func:`bayt_number`); its hemistichs are
    parted where its halves rhyme, else left as one line. (benchmarks/verse_layouts.py's join-space: the
    collection's poems a bayt a line, one space between the hemistichs.) A run that fails whole may leave out its
    first line or its last (:func:`_bayt_run`; a title over the bayts, «… غزل شماره 68» whose number reads as a
    bayt's, or the metre's note under them), the span whose first and last bayts rhyme with their neighbours
    first (:func:`_ends_belong`), and an end bayt it left out taken back when it keeps the poem's metre
    (:func:`_metre_ends`); a bayt no longer than a hemistich under a longer one it rhymes with goes on the
    run (:func:`_rhymes_over`), and so does one under a masnavi's bayts in their metre (:func:`_masnavi_goes_on`)."""
    run: list[tuple[int, str, int, int | None]] = []  # line, its bayt without the number, where that starts, number

    def close() -> None:
        span = _best_span(doc, run)
        if span is not None:
            span = _metre_ends(doc, run, span)
            part = run[span[0] : span[1]]
            masnavi = _masnavi([NOTE_MARKER.sub("", text) for _, text, _, _ in part])
            for k, (i, text, offset, number) in enumerate(part):
                # (in a masnavi a bayt whose halves end in one word rhymes in one letter before it:
                # «… وی را طوطیی / … گویا طوطیی»)
                gap = _rhyming_halves(text) or (_rhyming_halves(text, strict=False) if masnavi else None)
                doc.set(i, "l", "l: bayts one to a line (numbered in order, or too long for a hemistich) whose ends or "
                        "halves rhyme", group_start=k == 0, number=number, list_start=False,
                        split=(gap[0] + offset, gap[1] + offset) if gap else None)
        run.clear()

    numbered: list[int] = []  # places in run of its numbered bayts
    for i in flow:
        s = doc.s(i)
        found, bare, offset = None, "", 0
        fits = (doc.role(i) == "p" and BAYT_MIN_WORDS <= s.words <= BAYT_MAX_WORDS + 1
                and (s.speaker is None or _says(s.speaker))
                and s.length <= BAYT_MAX_CHARS)
        if fits:  # (most lines are prose: no need to look for a number)
            text = bare = doc.out[i].text
            found = bayt_number(text)
            if found is not None:
                offset = found[2] if found[1] == 0 else 0
                bare = text[offset:] if found[1] == 0 else text[: found[1]]
            fits = (BAYT_MIN_WORDS <= (len(words(bare)) if found else s.words) <= BAYT_MAX_WORDS
                    and (found is None or not s.plain.endswith("."))  # (a numbered list's items end so)
                    and (found is not None or (s.end in {"none", "comma", "terminal"} and s.label is None
                                               and not s.bullet
                                               and not _numbered(s) and (s.length > HEMISTICH_LINE_MAX_CHARS
                                                                         or _rhyming_halves(bare, strict=False)
                                                                         is not None
                                                                         or _consonant_halves(bare)
                                                                         or _rhymes_over(doc, run, bare)
                                                                         or _masnavi_goes_on(run, bare)))))
        number = found[0] if found else None
        if not (fits and run and (_next_bayt(doc, run[-1][0], i) or _rhyming_next(doc, run[-1][:2], (i, bare)))
                and _counts_on(run, numbered, number)):
            close()
            numbered.clear()
        if fits:
            if number is not None:
                numbered.append(len(run))
            run.append((i, bare, offset, number))
    close()


def _rhymes_over(doc: Document, run: list[tuple[int, str, int, int | None]], bare: str) -> bool:
    """The bayt ``bare``, no longer than a hemistich can be, rhymes with the bayt last in ``run``
    (:func:`rhymes`), and that one is longer than a hemistich (HEMISTICH_LINE_MAX_CHARS): a ghazal's bayt in
    fewer letters than its others («… براي دسته پابسته، شام آزادي» under «… احترام آزادي», Farrokhi Yazdi's
    on barayepirozi.blogfa.com). Hemistichs one to a line are never so long: their run stays theirs."""
    return bool(run) and doc.s(run[-1][0]).length > HEMISTICH_LINE_MAX_CHARS and rhymes(run[-1][1], bare)


# A bayt's letters within this share of its neighbour's (or of its poem's median) keep their metre: closer than
# a hemistich's METRE ratios, as a bayt is twice as long.
BAYT_EDGE_RATIO = 0.15


def _masnavi_goes_on(run: list[tuple[int, str, int, int | None]], bare: str) -> bool:
    """The bayt ``bare``, no longer than a hemistich can be and its halves not found to rhyme, goes on a masnavi
    (the last BAYT_RUN_MIN_LINES bayts of ``run`` rhyming in their halves, :func:`_masnavi`) in its metre: its
    letters within BAYT_EDGE_RATIO of the last bayt's. A masnavi's hemistichs may rhyme on a vowel the script
    does not write before a suffix's letter («… بذات حق مده / … بدوش خود منه», Parvin E'tesami's «لطف حق» on
    sorodehay-tarighat.blogfa.com), which :func:`_rhyming_halves` misses; a run of hemistichs one to a line is
    no masnavi's bayts, so it stays theirs. Constant time: the last few bayts only."""
    last = run[-BAYT_RUN_MIN_LINES:]
    if len(last) < BAYT_RUN_MIN_LINES:
        return False
    size = letter_count(last[-1][1])
    return abs(letter_count(bare) - size) <= BAYT_EDGE_RATIO * size and _masnavi(
        [NOTE_MARKER.sub("", text) for _, text, _, _ in last])


def _masnavi(texts: list[str]) -> bool:
    """The halves of MASNAVI_MIN_SHARE of the bayts ``texts`` at least rhyme (:func:`_rhyming_halves`)."""
    return sum(1 for t in texts if _rhyming_halves(t)) >= MASNAVI_MIN_SHARE * len(texts)


def _best_span(doc: Document, run: list[tuple[int, str, int, int | None]]) -> tuple[int, int] | None:
    """``(start, end)`` of the bayts of ``run`` read as a poem (:func:`_bayt_run`): the whole run, or without its
    first line, its last or both, the first of these whose first and last bayts belong (:func:`_ends_belong`), else
    the first that is a poem at all; None when none is."""
    n, first = len(run), None
    for span in ((0, n), (1, n), (0, n - 1), (1, n - 1)):
        if _bayt_run(doc, run[span[0] : span[1]]):
            if _ends_belong(run[span[0] : span[1]]):
                return span
            first = first or span
    return first


def _metre_ends(doc: Document, run: list[tuple[int, str, int, int | None]], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of ``run`` (:func:`_best_span`) with a first or last line it left out taken back when that line is
    a bayt of the poem's metre all the same: its letters within BAYT_EDGE_RATIO of the span's median, no number,
    no sentence ending inside it (:func:`_inner_sentence_end`) and not ending one where none of the span's bayts
    does. :func:`_ends_belong` leaves out an end bayt that rhymes neither with its neighbour nor within itself:
    a title over the poem or a note under it, but also the matla of the next ghazal on the page («اي كه پرسي تا
    به كي در بند در بنديم ما …» over another of Farrokhi Yazdi's on barayepirozi.blogfa.com), which keeps the
    metre a title does not."""
    start, end = span
    texts = [NOTE_MARKER.sub("", text) for _, text, _, _ in run]
    sizes = sorted(letter_count(t) for t in texts[start:end])
    median = sizes[len(sizes) // 2]
    ended = any(doc.s(run[k][0]).end == "terminal" for k in range(start, end))

    def fits(k: int) -> bool:
        i = run[k][0]
        return (abs(letter_count(texts[k]) - median) <= BAYT_EDGE_RATIO * median and run[k][3] is None
                and not _inner_sentence_end(texts[k]) and (ended or doc.s(i).end != "terminal"))

    return (start - 1 if start == 1 and fits(0) else start,
            end + 1 if end == len(run) - 1 and fits(end) else end)


def _ends_belong(run: list[tuple[int, str, int, int | None]]) -> bool:
    """The first and the last bayt of ``run`` rhyme with the bayt next to them (:func:`rhymes`) or within
    themselves (:func:`_rhyming_halves`): no title over the poem («… غزل شماره ۶۸») nor a line under it."""
    texts = [NOTE_MARKER.sub("", text) for _, text, _, _ in run]
    return all(rhymes(a, b) or _rhyming_halves(a, strict=False) is not None
               for a, b in ((texts[0], texts[1]), (texts[-1], texts[-2])))


def _bayt_run(doc: Document, run: list[tuple[int, str, int, int | None]]) -> bool:
    """``run`` (each bayt's line, its text without the number, where that starts, its number) is a poem's
    bayts one to a line, as :func:`bayt_lines` tells them: enough of them, rhyming at their ends or halves,
    and where one ends a sentence all rhyming with the next, in one metre, few ending sentences inside."""
    if not run:
        return False
    texts = [NOTE_MARKER.sub("", text) for _, text, _, _ in run]
    numbered = all(number is not None for _, _, _, number in run)
    enough = len(run) >= (NUMBERED_VERSE_MIN_LINES if numbered else BAYT_RUN_MIN_LINES)
    listed = any(_list_label(doc.s(i)) for i, _, _, _ in run)
    ended = any(doc.s(i).end == "terminal" for i, _, _, _ in run)
    halves = sum(1 for t in texts if _rhyming_halves(t))
    if ended and halves < MASNAVI_MIN_SHARE * len(texts):  # (not a masnavi's, :func:`_masnavi`)
        # (sentences may rhyme by chance, not all of them, one to a line and in one length; the
        # halves of most of them rhyming is a masnavi's, whose hemistichs end questions too)
        enough = (enough and all(_ended_rhyme(a, b) for a, b in zip(texts, texts[1:], strict=False))
                  and one_metre(texts)
                  and sum(1 for text in texts if _inner_sentence_end(text)) * BAYT_RUN_MIN_LINES <= len(texts))
    return enough and (_share(texts, 2, strict=listed) >= CHAIN2_MIN_SHARE or halves * 2 > len(texts))


def _inner_sentence_end(text: str) -> bool:
    """A sentence ends inside the bayt ``text`` (INNER_SENTENCE_END) elsewhere than at its caesura:
    a hemistich may end a question or an exclamation («چه فخر باشد مَر عشق را ز مشتریان؟ چه پشت
    باشد …», Rumi's ghazal on tcenter.ir; Lahuti's «… سوختم بی تو.» ends the bayt), so a stop
    whose halves around it are of one metre (:func:`_halves_in_metre`) is the caesura's."""
    return any(not _halves_in_metre(text, (m.end(), m.end())) for m in INNER_SENTENCE_END.finditer(text))


def _rhyming_next(doc: Document, a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Bayt ``b`` (its line and text) comes after bayt ``a`` however many blank lines part them
    (a blog sets each bayt of a ghazal two or three blank lines apart, noonoab.ir's «… روی را»,
    «… موی را»), as :func:`_next_marked` allows marked bayts: the next line of the text, the two
    ending in one rhyme (:func:`_ended_rhyme`) or each rhyming within itself (a masnavi's,
    :func:`_rhyming_halves`)."""
    (i, x), (j, y) = a, b
    return doc.prev(j) == i and (_ended_rhyme(x, y) or (_rhyming_halves(x) is not None
                                                         and _rhyming_halves(y) is not None))


def _ended_rhyme(a: str, b: str) -> bool:
    """Two bayts that end sentences rhyme (:func:`rhymes`): in two letters, or in one before a
    radif that is more than a verb's auxiliary (sentences of prose end alike in «… ساخته شده است.»,
    «… پوشیده شده است.»: the participle's «ـه» before «شده است» is no rhyme)."""
    return rhymes(a, b, strict=True) or (rhymes(a, b) and (_end_words(a) or [""])[-1] not in AUXILIARIES)


def _next_bayt(doc: Document, a: int, b: int) -> bool:
    """Line ``b`` is the bayt after line ``a``: right under it (:meth:`~nashr.convert.document.
    Document.adjacent`), or one blank line below it with a blank line under it too (a poem page
    may set each bayt apart in a text too short to learn that its lines are spaced; a heading set
    apart over bayts that are not is no bayt)."""
    return doc.adjacent(a, b) or (not doc.conv.spaced and b == a + 2 and doc.shapes[a + 1] is None
                                  and doc.blank_after(b))


def _counts_on(run: list[tuple[int, str, int, int | None]], numbered: list[int], number: int | None) -> bool:
    """A bayt numbered ``number`` (None: not numbered) goes on ``run`` (:func:`bayt_lines`; its
    numbered bayts at the places ``numbered``): the numbers count the bayts, every bayt numbered
    or only some (Nicholson's edition numbers every fifth: «… بیمار شد ۴۰», four bayts without,
    «… مرجان مرا ۴۵»); the first number seen is at least the bayt's place in the run; a run
    numbered bayt by bayt ends at a bayt without one."""
    if number is None:
        return not (len(numbered) >= 2 and len(numbered) == len(run))
    if not numbered:
        return number > len(run)
    k = numbered[-1]
    last = run[k][3]
    return last is not None and number == last + len(run) - k


# Free verse (شعر نیمایی, sepid): lines of one word to a full line, broken mid-clause, in stanzas
# set apart by blank lines, with few or irregular rhymes. Told from prose by the whole text: no
# line long enough for a prose paragraph, most lines ending no sentence.
FREE_VERSE_MIN_LINES = 12
# A poem whose lines are set in steps, at this many indents or more (:func:`_staggered`), may be shorter.
FREE_VERSE_STAGGERED_MIN_LINES = 6
FREE_VERSE_INDENTS = 3
FREE_VERSE_MIN_STANZAS = 1  # (one: :func:`_one_stanza`)
POET_MAX_WORDS = 3  # a poet's name under a poem («نیما یوشیج», «سعدی», «ملک‌الشعرای بهار»)
STANZA_MIN_LINES = 3
FREE_VERSE_MAX_CHARS = 60  # (Nima's longest lines: about 40 characters)
FREE_VERSE_MAX_ENDED = 1 / 3  # share of its lines that end a sentence
FREE_VERSE_MIN_PUNCTUATED = 1 / 10  # share of its lines ending in a comma or a sentence's end
# Lines of free verse may each end a sentence where they are short (Sepehri's «اهل کاشانم. /
# روزگارم بد نیست.»): the median line of such a poem is shorter than this (characters), half
# the length of a sentence of prose.
FREE_VERSE_SHORT_MEDIAN = 30
# A poem's lines run on: a line opening with a conjunction or preposition (conventions.OPEN_WORDS:
# «و», «در», «که» …) goes on with the sentence of the line above (_runs_on). At least this share
# of them in an unpunctuated poem (Forough's «و این منم / زنی تنها / در آستانه فصلی سرد»: 3 of
# 12); a contents page's lines open no sentence of the line above.
FREE_VERSE_MIN_RUN_ON = 1 / 6
FREE_VERSE_MAX_LINES_OUT = 1 / 4  # lines outside the stanzas (title, poet, date) over all
# A line of free verse may have as many words as a line of prose, in few characters (Nima's «آب را
# بلعیده در گود کبود و هر زمان بی تابیش افزون»: 12 words, 49 characters): at most this share of the lines.
FREE_VERSE_MAX_WORDY = 1 / 10
# Prose wrapped at a width breaks a line where the next word would not fit (_filled): more than this
# share of a wrapped paragraph's lines are so (textwrap's, an e-mail's, a narrow column's), fewer of a
# poem's (11 of the 37 of «ققنوس», 1 of the 17 of «آی آدمها»).
FREE_VERSE_MAX_FILLED = 1 / 2


def free_verse(doc: Document, flow: list[int]) -> None:
    """A poem in free verse: the text's lines not yet furniture, nor verse but for a few hemistichs
    (:func:`_few_hemistichs`: the pairs that rhyme), are at least FREE_VERSE_MIN_LINES
    (FREE_VERSE_STAGGERED_MIN_LINES set in steps, :func:`_staggered`), none longer than FREE_VERSE_MAX_CHARS and at
    most FREE_VERSE_MAX_WORDY of them of PROSE_MIN_WORDS words (no prose paragraph); the stanzas end at a line
    numbered, bulleted or opening with a speaker's label (:func:`_labelled`: a date or a note under the poem); at
    least FREE_VERSE_MIN_STANZAS runs of STANZA_MIN_LINES lines or more one right under the other (full stanzas) and
    the shorter runs between them (stanzas of one or two lines, Nima's «وین بانگ باز از دور می آید: / آی آدمها…»)
    hold all but FREE_VERSE_MAX_LINES_OUT of them (the others: title, poet, date above the poem), the stanzas' lines
    are no wrapped paragraph's (:func:`_filled`), at most FREE_VERSE_MAX_ENDED of the stanzas' lines end a sentence
    (the lines break mid-clause) unless they are short (FREE_VERSE_SHORT_MEDIAN: a short sentence to a line,
    Sepehri's), and at least FREE_VERSE_MIN_PUNCTUATED end in a comma or a sentence's end (a poem's lines are
    phrases of sentences; a contents page's or a list's end in nothing: 20 of the 44 lines of «ققنوس» do, 2 of the
    14 of the fixture poem-over-title's) or FREE_VERSE_MIN_RUN_ON open with a word that goes on with the sentence
    above (an unpunctuated poem's lines run on: Forough's) or a stanza comes again (:func:`_refrain`: a song's
    lyrics, unpunctuated, whose lines are phrases of their own). Each stanza is an ``lg`` of ``l``; no rhyme is
    needed (Nima's «ققنوس»). A poem of one stanza leaves out the title and poet no blank line parts from it
    (:func:`_one_stanza`). Collection: sheromehr.ir's Nima (hemistichs found among its lines, a saying narrated in
    one, its date and a note under it: 29 lines) and asare-shamloo.blogsky.com's (set in steps, nine lines), none
    wrong."""
    lines = [i for i in flow if doc.role(i) in ("p", "l")]
    found = [i for i in lines if doc.role(i) == "l"]
    least = FREE_VERSE_STAGGERED_MIN_LINES if _staggered(doc, lines) else FREE_VERSE_MIN_LINES
    if len(lines) < least or not _few_hemistichs(doc, found, lines):
        return
    if any(doc.s(i).length > FREE_VERSE_MAX_CHARS for i in lines):
        return
    if sum(1 for i in lines if doc.s(i).words >= PROSE_MIN_WORDS) > FREE_VERSE_MAX_WORDY * len(lines):
        return
    runs: list[list[int]] = []
    for i in lines:
        if runs and doc.adjacent(runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    full = [k for k, run in enumerate(runs) if len(run) >= STANZA_MIN_LINES]
    stanzas = runs[full[0] : full[-1] + 1] if full else []  # (with the short stanzas between the full ones)
    verse = [i for st in stanzas for i in st]
    cut = next((k for k, i in enumerate(verse) if _labelled(doc.s(i))), len(verse))
    stanzas = _cut(stanzas, cut)
    verse = verse[:cut]
    if (len(full) < FREE_VERSE_MIN_STANZAS or len(verse) < least
            or len(lines) - len(verse) > FREE_VERSE_MAX_LINES_OUT * len(lines)
            or (sum(1 for i in verse if doc.s(i).end == "terminal") > FREE_VERSE_MAX_ENDED * len(verse)
                and sorted(doc.s(i).length for i in verse)[len(verse) // 2] > FREE_VERSE_SHORT_MEDIAN)
            or (sum(1 for i in verse if doc.s(i).end in {"comma", "terminal"}) < FREE_VERSE_MIN_PUNCTUATED * len(verse)
                and sum(1 for st in stanzas for a, b in zip(st, st[1:], strict=False) if _runs_on(doc, a, b))
                < FREE_VERSE_MIN_RUN_ON * len(verse)
                and not _refrain(doc, stanzas))
            or _filled(doc, stanzas)):
        return
    if len(full) == 1:
        stanzas = [_one_stanza(doc, flow, stanzas[0])]
    for st in stanzas:
        for k, i in enumerate(st):
            doc.set(i, "l", "l: free verse: short lines broken mid-clause in stanzas, no line of prose in the text",
                    cert=None, group_start=k == 0, hemistich=None)


def _staggered(doc: Document, lines: list[int]) -> bool:
    """Most of ``lines`` are indented, at FREE_VERSE_INDENTS widths or more: a poem in free verse whose
    lines are set in steps, as Nima's pages set them (asare-shamloo.blogsky.com's «شب همه شب»); prose
    is indented at one width, a paragraph's first line, if at all."""
    indents = Counter(len(doc.out[i].text) - len(doc.out[i].text.lstrip()) for i in lines)
    return len(indents) >= FREE_VERSE_INDENTS and indents[0] * 2 < len(lines)


def _cut(stanzas: list[list[int]], n: int) -> list[list[int]]:
    """The first ``n`` lines of ``stanzas`` (lists of line indexes), still in their stanzas."""
    out: list[list[int]] = []
    for st in stanzas:
        if n <= 0:
            break
        out.append(st[:n])
        n -= len(st)
    return out


def _says(label: str) -> bool:
    """``label`` (a :attr:`~nashr.convert.conventions.Shape.speaker`) is a clause that brings in what
    follows its colon, no speaker's name: it narrates a saying (:func:`~nashr.convert.conventions.narrates`,
    «گفت»), ends in «که» («گفتم او را که: بر اندازه بگو.», Nima's) or in a verb of being
    (:data:`AUXILIARIES`: «حجتم بس بود: الجنس الی جنس یمیل», Jami's hemistich). A line of verse may hold
    one; a speaker is named by a name or an office."""
    last = label.split()[-1] if label.split() else ""
    return narrates(label) or last == "که" or last in AUXILIARIES


def _labelled(s: Shape) -> bool:
    """A line of shape ``s`` opens with a list's label, a bullet or a speaker's label: no line of free
    verse, unless the label narrates a saying (:func:`~nashr.convert.conventions.narrates`, «گفت: راهم
    بنما.») or ends in «که», a clause going on into what is said («گفتم او را که: بر اندازه بگو.»): no
    speaker is named so."""
    return s.label is not None or s.bullet or (s.speaker is not None and not _says(s.speaker))


def _few_hemistichs(doc: Document, found: list[int], lines: list[int]) -> bool:
    """The verse found so far among the text's ``lines`` (``found``) leaves room for free verse: none, or
    fewer than half of them and all read as hemistichs one to a line (:func:`hemistich_pairs`) — the
    lines of a poem of Nima's that rhyme in pairs now and then («… با گردش شب / … به نهان», sheromehr.ir's
    «آنکه می گرید»); a bayt a line or a poem in stanzas of its own rule is no free verse's part."""
    return not found or (len(found) * 2 < len(lines) and all(doc.out[i].hemistich is not None for i in found))


def _one_stanza(doc: Document, flow: list[int], stanza: list[int]) -> list[int]:
    """The lines of a poem in one stanza (``stanza``, flow's line numbers) that no blank line parts from
    the page's title over it or its poet under it (pelicanacademy.ir's Nima, «میتراود مهتاب»: title, poem
    and «نیما یوشیج» in one block; or a text with a blank line after every line, whose blank lines part no
    stanza): without the text's first line (the title, the top's rules) nor the lines that say it again
    over the poem (sheromehr.ir's title three times), its last if of at most
    POET_MAX_WORDS words (the poet's name) and lines without a letter (a page's «-», «+»); none if a line
    labels a stanza (:data:`STANZA_LABEL`, «بند یک»: a song's, spaced as its lines are, :func:`song_lines`)."""
    if any(STANZA_LABEL.match(doc.s(i).plain) for i in stanza):
        return []
    title = doc.s(flow[0]).plain
    again = next((k for k, i in enumerate(stanza) if doc.s(i).plain != title), len(stanza))
    return [i for i in stanza[again:] if letter_count(doc.out[i].text) > 0
            and not (i == flow[-1] and doc.s(i).words <= POET_MAX_WORDS)]


def _filled(doc: Document, stanzas: list[list[int]]) -> bool:
    """The stanzas' lines are a wrapped paragraph's: more than FREE_VERSE_MAX_FILLED of them break
    where the next line's first word would have run past the longest line (a wrap's width), that
    width at least WRAP_MIN_WIDTH characters (under it, a song's short lines: no wrapping is told)."""
    width = max(doc.s(i).length for st in stanzas for i in st)
    pairs = [(a, b) for st in stanzas for a, b in zip(st, st[1:], strict=False)]
    filled = sum(1 for a, b in pairs if doc.s(a).length + 1 + len(doc.out[b].text.split()[0]) > width)
    return width >= WRAP_MIN_WIDTH and filled > FREE_VERSE_MAX_FILLED * len(pairs)


def _refrain(doc: Document, stanzas: list[list[int]]) -> bool:
    """A stanza is said again, line for line (a song's refrain, a poem's «ترجیع»)."""
    seen: set[tuple[str, ...]] = set()
    for st in stanzas:
        key = tuple(doc.s(i).plain for i in st)
        if key in seen:
            return True
        seen.add(key)
    return False


def _runs_on(doc: Document, above: int, i: int) -> bool:
    """Line ``i`` goes on with the sentence of the line ``above`` it: it opens with a conjunction
    or preposition (:data:`~nashr.convert.conventions.OPEN_WORDS`) that the line above does not
    open with (a list's parallel items open alike: «در سیرت پادشاهان / در اخلاق درویشان»)."""
    first, before = words(doc.s(i).plain)[:1], words(doc.s(above).plain)[:1]
    return bool(first) and first[0] in OPEN_WORDS and first != before


# Songs (tasnif) and strophic poems one hemistich to a line: lines of no one metre (a tasnif's
# lines follow its tune: three to twenty syllables), so told by their rhyme in a run of short lines.
SONG_MIN_LINES = 8
SONG_RHYME_REACH = 3  # a line rhymes with one of the lines this far above or below it (AAB CCB …)
SONG_MIN_RHYMED = 0.6  # share of the run's lines that rhyme or come again
SONG_MAX_ENDED = 1 / 4  # share of its lines that end a sentence
SONG_MAX_LETTERS = 30  # the median line, in letters: a hemistich (prose lines are longer)
SONG_TITLE_MAX_WORDS = 6  # a poem's title above it («فلسفهٔ امید», «پرورش طبیعت»)
# A stanza's label inside a song («بند یک», «بند ۲»), its refrain's («برگردان», «ترجیع»).
STANZA_LABEL = LazyPattern(rf"^(بند\s+(\S+م|{DIGIT}+|یک|يك|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|اول|یکم)"
                           r"|برگردان|ترجیع|ترجيع)\s*:?$")
# A suffix is no rhyme (ایطاء, a fault in the rhyme: words that rhyme only by the plural «ها»,
# «ان», «ات», «ین»): a rhyme counted in a song is one of three letters where the two
# last are such a suffix.
SUFFIX_ENDS = ("ها", "ان", "ات", "ین")
# A MediaWiki heading copied with its edit link glued after it («منابعویرایش», «پانویس[ویرایش]»):
# such headings end alike and are no song's lines.
GLUED_EDIT_LINK = re.compile(r"\S(ویرایش|\[ویرایش\])\s*$")


def song_lines(doc: Document, flow: list[int]) -> None:
    """A song's lyrics (tasnif) or a strophic poem written one hemistich to a line, often with a
    blank line after each: a run of SONG_MIN_LINES lines or more (:func:`_song_line`: a
    hemistich's length, no label, number or bullet; the median one HEMISTICH_MIN_LETTERS to
    SONG_MAX_LETTERS letters), at most SONG_MAX_ENDED of them ending a sentence, of which
    SONG_MIN_RHYMED rhyme (:func:`_song_rhyme`) with a line at most SONG_RHYME_REACH lines away
    or come again (a refrain). No one metre is needed: a tasnif's lines follow its tune (Aref
    Qazvini's «بهار نو رسید / گل ار بستان دمید / ای گلعذار! نه وقت خواب است»: AAB CCB); a
    list's or a contents page's short lines rhyme by chance, not in most lines, and a list's
    open alike (:func:`_parallel`). A stanza's label
    inside the run («بند یک», «برگردان»: STANZA_LABEL) heads the stanza under it (``head``),
    which is a ``lg`` of its own; a line at either end of the run rhyming with none and set
    apart by a blank line is no song's line, and the one right above the song, short
    (SONG_TITLE_MAX_WORDS words), ending no sentence and set apart by a blank line, is its
    title (``head``; the text's first line is left to the top matter). Source: the rhyme of
    Persian strophic verse (tarjiʿ-band, mosammat: rhymes within a few lines, a refrain) and
    the tasnif layouts of ganjoor.net and web.farsi.se (corpus README, held-out set 5). The
    lines are unmarked: their record (nashr.convert.certainty) with set 29 is 2 wrong of 79."""
    run: list[int] = []

    def close() -> None:
        body = [i for i in run if not STANZA_LABEL.match(doc.s(i).plain)]
        rhymed = _song_rhymed(doc, body)
        if rhymed is not None:
            # (a line at either end that rhymes with none, set apart by a blank line, is the song's title
            # above it or a heading under it)
            first = run.index(next(i for i in body if i in rhymed))
            last = run.index(next(i for i in reversed(body) if i in rhymed))
            while first and (STANZA_LABEL.match(doc.s(run[first - 1]).plain) or not doc.blank_after(run[first - 1])):
                first -= 1  # (the first stanza's label, the lines of the first stanza)
            while last + 1 < len(run) and not doc.blank_before(run[last + 1]):
                last += 1
            above = run[first - 1] if first else None
            if (above is not None and doc.prev(above) is not None and doc.s(above).end == "none"
                    and doc.blank_after(above) and doc.s(above).words <= SONG_TITLE_MAX_WORDS):
                doc.set(above, "head", "head: the title of a song or poem, set apart right above its lines and rhyming "
                        "with none of them", cert="medium")
            start = True
            for i in run[first : last + 1]:
                if STANZA_LABEL.match(doc.s(i).plain):
                    doc.set(i, "head", "head: a stanza's label («بند یک», «برگردان») inside a song", cert="medium")
                    start = True
                    continue
                doc.set(i, "l", "l: a song's lines: short lines, most rhyming with a line near them or said again",
                        group_start=start)
                start = False
        run.clear()

    for i in flow:
        fits = _song_line(doc, i)
        if not (fits and run and doc.next(run[-1]) == i):
            close()
        if fits:
            run.append(i)
    close()


def _song_line(doc: Document, i: int) -> bool:
    """Line ``i`` may be a song's line: a paragraph of one to HEMISTICH_LINE_MAX_WORDS words and at
    most HEMISTICH_LINE_MAX_CHARS characters, no label, bullet, speaker's label, heading mark,
    number (a note marker aside) or edit link glued after it (GLUED_EDIT_LINK)."""
    s = doc.s(i)
    return (doc.role(i) == "p" and 1 <= s.words <= HEMISTICH_LINE_MAX_WORDS and s.length <= HEMISTICH_LINE_MAX_CHARS
            and s.label is None and not s.bullet and s.speaker is None and not s.star and not s.markup_head
            and not _numbered(s) and "\t" not in doc.out[i].text.strip() and not GLUED_EDIT_LINK.search(s.plain))


def _song_rhymed(doc: Document, run: list[int]) -> set[int] | None:
    """The lines of ``run`` that rhyme with a line near them or come again, if ``run`` is a
    song's (:func:`song_lines`); None if it is not."""
    if len(run) < SONG_MIN_LINES or _parallel(doc, run):
        return None
    texts = [NOTE_MARKER.sub("", doc.s(i).plain) for i in run]
    if sum(1 for i in run if doc.s(i).end == "terminal") > SONG_MAX_ENDED * len(run):
        return None
    if not HEMISTICH_MIN_LETTERS <= sorted(letter_count(t) for t in texts)[len(texts) // 2] <= SONG_MAX_LETTERS:
        return None  # (a list of names is shorter: «علی احمدی / زهرا محمدی» rhyme by chance)
    said = Counter(t.strip(" ،,.!؟?") for t in texts)
    rhymed = {i for k, (i, t) in enumerate(zip(run, texts, strict=True))
              if said[t.strip(" ،,.!؟?")] > 1
              or any(_song_rhyme(t, texts[j]) for j in range(max(0, k - SONG_RHYME_REACH),
                                                              min(len(texts), k + SONG_RHYME_REACH + 1)) if j != k)}
    return rhymed if len(rhymed) >= SONG_MIN_RHYMED * len(run) else None


def _song_rhyme(a: str, b: str) -> bool:
    """``a`` and ``b`` rhyme (:func:`rhymes`: two letters, one before a radif, «چمن شد / زغن شد»),
    in three letters where their two last are a suffix (SUFFIX_ENDS)."""
    if not rhymes(a, b):
        return False
    ends = _end_words(a)
    return not (ends and ends[-1].endswith(SUFFIX_ENDS)) or rhymes(a, b, letters=3, strict=True)


# Quatrains (dobeyti, rubai) one hemistich to a line, a blank line (or more) between them: a page
# of them (a blog's tag page) needs at least QUATRAIN_PAGE_MIN of four lines whose ends rhyme as a
# quatrain does (AABA or AAAA: two of the pairs 1–2, 2–4, 1–4 at least).
QUATRAIN_PAGE_MIN = 2
QUATRAIN_LINES = 4
# A separator between posts: a line without a letter («###», «......», «* * *»).
SEPARATOR = re.compile(r"^[^\w]+$")


def quatrain_pages(doc: Document, flow: list[int]) -> None:
    """Pages of quatrains: parted into blocks (:func:`_quatrain_blocks`), and the quatrains among
    quatrains already read that rhyme on one letter (:func:`_quatrains_among`)."""
    _quatrain_blocks(doc, flow)
    _quatrains_among(doc, flow)


def _quatrain_blocks(doc: Document, flow: list[int]) -> None:
    """A page of quatrains: the text lines fall into blocks parted by more blank lines than
    usually stand between two lines of the text (none, or one where a blank line follows every
    hemistich and more part the poems); at least QUATRAIN_PAGE_MIN blocks are quatrains (four
    hemistich-long lines rhyming as a quatrain does, :func:`_quatrain`), and every block is a poem
    (two to four such lines: ``lg`` of ``l``, a post may break off) or a line standing alone, short
    or a separator. A line without a letter standing alone between them is a separator
    (``trailer``), and the other lines standing alone are the posts' titles (``head``) — the
    first one too, unless it is the only one (then the top matter decides: the page's title)."""
    gaps = Counter(b - a for a, b in zip(flow, flow[1:], strict=False))
    if not gaps:
        return
    inner = gaps.most_common(1)[0][0]  # (ties: the first seen)
    blocks: list[list[int]] = []
    for i in flow:
        if blocks and i - blocks[-1][-1] <= inner:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    poems = [b for b in blocks if 2 <= len(b) <= QUATRAIN_LINES and all(_hemistich_long(doc, i) for i in b)]
    singles = [b[0] for b in blocks if len(b) == 1 and doc.role(b[0]) in {"p", "l", "head"}
               and (SEPARATOR.match(doc.s(b[0]).plain) or (doc.s(b[0]).words <= HEMISTICH_LINE_MAX_WORDS
                                                            and doc.s(b[0]).end != "terminal"))]
    if (sum(1 for b in poems if len(b) == QUATRAIN_LINES and _quatrain([doc.s(i).plain for i in b], rhymes))
            < QUATRAIN_PAGE_MIN or len(poems) + len(singles) < len(blocks)):
        return  # (a text with other lines, a paragraph, is no page of quatrains)
    titles = [i for i in singles if not SEPARATOR.match(doc.s(i).plain)]
    for b in poems:
        for k, i in enumerate(b):
            doc.set(i, "l", "l: a quatrain (or what is left of one) on a page of quatrains, one hemistich per line",
                    cert="medium", group_start=k == 0, hemistich=1 + k % 2)
    for i in singles:
        if i not in titles:
            doc.set(i, "trailer", "trailer: a separator line without letters («###», «......») between the "
                    "quatrains of a page")
        elif len(titles) > 1:
            doc.set(i, "head", "head: a line standing alone above a quatrain on a page of quatrains (a post's title)",
                    cert="medium")


QUATRAIN_AMONG_RULE = ("l: a quatrain among the page's quatrains, of their shape and metre, its first, second and "
                       "fourth hemistichs ending in one letter")


def _quatrains_among(doc: Document, flow: list[int]) -> None:
    """Four hemistich-long lines (:func:`_hemistich_long`) alone between lines of other kinds (a separator, a page's
    foot) on a page where QUATRAIN_PAGE_MIN quatrains at least are read, one hemistich a line
    (:func:`hemistich_pairs`): a quatrain too where its lines stand as theirs do (the same blank lines between
    them), are of their metre (:func:`_in_metre` of their median, in letters) and its first, second and fourth lines
    end in one letter — a quatrain rhyming on a long vowel or one consonant («… پهلو / … رو / … کوکوکوکو», «… دی / …
    طی / … می»), which two letters in common (:func:`rhymes`) miss, or whose lines open alike (:func:`_parallel`:
    «در دهر …», «در ده …», «در کارگه …»). asemooni.com's Khayyam, three quatrains of seven between «*****», and a
    ta'zieh's speeches of four hemistichs under their speakers (tazyehsaray72tan.mihanblog.com): 16 lines on two
    sites, none wrong (unmarked)."""
    groups: list[list[int]] = []
    for i in flow:
        line = doc.out[i]
        if line.role == "l" and line.hemistich is not None and not line.group_start and groups \
                and doc.prev(i) == groups[-1][-1]:
            groups[-1].append(i)
        elif line.role == "l" and line.hemistich is not None:
            groups.append([i])
    found = [g for g in groups if len(g) == QUATRAIN_LINES]
    if len(found) < QUATRAIN_PAGE_MIN:
        return
    sizes = sorted(letter_count(doc.s(i).plain) for g in found for i in g)
    median = sizes[len(sizes) // 2]
    shapes = Counter(_blank_shape(doc, g) for g in found)
    shape = shapes.most_common(1)[0][0]
    run: list[int] = []
    for i in [*flow, None]:
        if i is not None and doc.role(i) == "p" and _hemistich_long(doc, i):
            run.append(i)
            continue
        ends = [(_end_words(doc.s(j).plain) or ("",))[-1][-1:] for j in run]
        if (len(run) == QUATRAIN_LINES and _blank_shape(doc, run) == shape and ends[0] == ends[1] == ends[3] != ""
                and all(_in_metre(letter_count(doc.s(j).plain), median) for j in run)):
            for k, j in enumerate(run):
                doc.set(j, "l", QUATRAIN_AMONG_RULE, group_start=k == 0, hemistich=1 + k % 2)
        run = []


def _blank_shape(doc: Document, lines: list[int]) -> tuple[bool, ...]:
    """Which of ``lines`` stand right under the line before them (no blank line between)."""
    return tuple(b == a + 1 for a, b in zip(lines, lines[1:], strict=False))


def _hemistich_long(doc: Document, i: int) -> bool:
    s = doc.s(i)
    return (doc.role(i) in {"p", "l"} and 2 <= s.words <= HEMISTICH_LINE_MAX_WORDS
            and s.length <= HEMISTICH_LINE_MAX_CHARS and s.end != "terminal" and s.label is None)


def _quatrain[T](lines: Sequence[T], rhyme: Callable[[T, T], bool]) -> bool:
    """Four lines rhyme as a quatrain: two of the pairs 1–2, 2–4 and 1–4 at least (the third line
    is free; a radif may repeat). ``rhyme``: :func:`rhymes`, or the same test of lines named by a key."""
    a, b, _, d = lines
    return rhyme(a, b) + rhyme(b, d) + rhyme(a, d) >= 2


# A whole quatrain written on one line (four hemistichs, no separator): its quarters of like
# length (within QUARTER_MAX_SKEW of their mean) rhyme as a quatrain does. At least
# QUATRAIN_PAGE_MIN such lines in a text.
QUARTER_MAX_SKEW = 0.35
QUARTER_CUTS = 3  # token boundaries tried around each quarter's place


def quatrain_lines(doc: Document, flow: list[int]) -> None:
    """Quatrains one to a line (:func:`_quarters`), none ending a sentence, each of two to four
    hemistichs' length: each an ``l`` (a poem of its own), where there are QUATRAIN_PAGE_MIN of
    them and they are half the lines of that length at least (rhymed prose may rhyme by chance);
    then a short line right above a long one that opens with it is a post's title, the poem's
    first hemistich standing alone (``head``), and the long line is a poem too (an excerpt may
    break off: «…»)."""
    long = [i for i in flow if doc.role(i) == "p" and 4 * 2 <= doc.s(i).words <= 4 * HEMISTICH_LINE_MAX_WORDS]
    open_lines = [i for i in long if doc.s(i).end != "terminal" and doc.s(i).label is None]
    found: set[int] = set()
    missed = len(long) - len(open_lines)
    for i in open_lines:
        if 2 * missed > len(long):
            return  # (fewer than half of them can be quatrains now: no need to part the rest)
        if _quarters(doc.s(i).plain):
            found.add(i)
        else:
            missed += 1
    if len(found) < QUATRAIN_PAGE_MIN or 2 * len(found) < len(long):
        return
    for i in flow:
        above = doc.prev(i)
        titled = (above is not None and doc.role(above) == "p" and doc.role(i) == "p" and doc.adjacent(above, i)
                  and doc.s(i).plain.startswith(doc.s(above).plain) and doc.s(above).length < doc.s(i).length / 2)
        if titled:
            doc.set(above, "head", "head: the first hemistich of the poem under it, standing alone above it (a "
                    "post's title, on a page of quatrains one to a line)", cert="medium")
        if titled or i in found:
            doc.set(i, "l", "l: a whole quatrain on one line (four hemistichs of like length rhyming as a quatrain, "
                    "or opening with the title above it)", cert="medium", group_start=True)


def quatrain_bayts(doc: Document, flow: list[int]) -> None:
    """Quatrains a bayt to a line (a rubai or dobeyti in two lines, one space or none between its
    hemistichs): two lines one right under the other (or a blank line apart, :func:`_next_bayt`),
    each of a bayt's length (BAYT_MIN_WORDS to
    BAYT_MAX_WORDS words) ending no sentence, whose four quarters rhyme as a quatrain does
    (:func:`_quarters` of the two read as one: AA xA). Each pair is a poem of two ``l`` (parted at
    the caesura where its halves rhyme), where there are QUATRAIN_PAGE_MIN of them and they are
    half the lines of that length at least (rhymed prose may rhyme by chance). Runs of bayts
    (:func:`bayt_lines`) need four lines; a page of quatrains parts its poems by two
    (benchmarks/verse_layouts.py's join-space on the collection's pages of rubaiyat: Khayyam's on
    sokhandel.blogspot.com and zamzar, Baba Afzal's and Abu Sa'id's on ganjoor)."""
    long = [i for i in flow if doc.role(i) == "p" and BAYT_MIN_WORDS <= doc.s(i).words <= BAYT_MAX_WORDS
            and doc.s(i).end != "terminal" and doc.s(i).label is None]
    needed = max(QUATRAIN_PAGE_MIN, (len(long) + 3) // 4)  # (the pairs a page of quatrains has at least)
    pairs: list[tuple[int, int]] = []
    for k, (i, j) in enumerate(zip(long, long[1:], strict=False)):
        # Two pairs share no line, so of the places left at most every second holds one: once even
        # that many are too few, no line is parted further (a page of prose parts half of them).
        if len(pairs) + (len(long) - k) // 2 < needed:
            return
        if (not pairs or pairs[-1][1] != i) and _next_bayt(doc, i, j) and _quarters(
                f"{doc.s(i).plain} {doc.s(j).plain}"):
            pairs.append((i, j))
    if len(pairs) < needed:
        return
    for pair in pairs:
        for k, i in enumerate(pair):
            gap = _rhyming_halves(doc.out[i].text, strict=False)
            doc.set(i, "l", "l: a quatrain a bayt to a line (two lines whose four halves rhyme as a quatrain)",
                    cert="medium", group_start=k == 0, split=gap)


def _quarters(text: str) -> bool:
    """``text`` parts at word boundaries into four parts of like length (each within
    QUARTER_MAX_SKEW of their mean) that rhyme as a quatrain does (:func:`_quatrain`); the
    QUARTER_CUTS boundaries nearest each quarter's place are tried."""
    tokens = list(re.finditer(r"\S+", text))
    if len(tokens) < 4:
        return False
    ends = [t.end() for t in tokens[:-1]]
    size = tokens[-1].end() - tokens[0].start()
    near = [sorted(range(len(ends)), key=lambda k, q=q: abs(ends[k] - tokens[0].start() - q * size / 4))[:QUARTER_CUTS]
            for q in (1, 2, 3)]
    # The cuts share their parts (a first quarter has QUARTER_CUTS ends, a second QUARTER_CUTS ** 2
    # bounds): each part is cut once and each two compared once, not once a cut.
    parts: dict[tuple[int, int], str] = {}
    compared: dict[tuple[tuple[int, int], tuple[int, int]], bool] = {}

    def rhyme(x: tuple[int, int], y: tuple[int, int]) -> bool:
        if (x, y) not in compared:
            compared[x, y] = rhymes(parts[x], parts[y])
        return compared[x, y]

    for a, b, c in product(*near):
        if not a < b < c:
            continue
        bounds = ((0, a), (a + 1, b), (b + 1, c), (c + 1, len(tokens) - 1))
        for x, y in bounds:
            if (x, y) not in parts:
                parts[x, y] = text[tokens[x].start() : tokens[y].end()]
        mean = sum(len(parts[xy]) for xy in bounds) / 4
        if all(abs(len(parts[xy]) - mean) <= QUARTER_MAX_SKEW * mean for xy in bounds) and _quatrain(bounds, rhyme):
            return True
    return False
