"""What a document does with its lines, learnt before any line is classified.

Plain texts differ in their conventions: blank lines between paragraphs or not, paragraphs
hard-wrapped at a fixed width (e-mail, PDF extraction) or one per line, one sentence per line,
speaker labels («س:», «ج:»), bayts with their two hemistichs on one line separated by a tab or
spaces, traces of PDF extraction (presentation forms, bidi controls, punctuation moved to the
start of lines). :func:`shape` measures one line; :func:`learn` reads the shapes of all lines
and returns the document's :class:`Conventions`. Both are linear in the size of the text.

Digits: Persian (U+06F0–06F9), Arabic-Indic (U+0660–0669) and ASCII digits all count; Python's
``int()`` reads all three (they are Unicode category Nd).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from nashr.convert import reading
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.scripts import ARABIC_LETTERS

DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
# Item separators seen in Persian typing: hyphen-minus, en and em dash, low line, ")" and ".".
ITEM_SEPARATOR = r"[-\u2013\u2014_).]"
ITEM_NUMBER = re.compile(rf"^\s*(?P<label>\(?(?P<num>{DIGIT}{{1,3}})\)?\s*{ITEM_SEPARATOR}?)\s*(?=\S)")
ITEM_NUMBER_PAREN = re.compile(rf"^\s*[(\[](?P<num>{DIGIT}{{1,3}})[)\]]\s*(?=\S)")
# The same in the visual order of a PDF text layer: «.۱دستور …» for «۱. دستور …», «–۴الاقل …»
# for «۴– الاقل …».
ITEM_NUMBER_VISUAL = re.compile(rf"^\s*[.)\-\u2013\u2014]\s?(?P<num>{DIGIT}{{1,3}})(?=[{ARABIC_LETTERS}])")
# (A quoted list opens with its quotation mark: «۱- …».)
ITEM_NUMBER_STRONG = re.compile(rf"^\s*[«\"“]?(?P<num>{DIGIT}{{1,3}})\s*{ITEM_SEPARATOR}\s*(?=\S)")
# The letter alef typed for the digit one, which it looks like («ا- تاریخ جلسه»: a list numbered
# «ا-», «۲ –», «۳-» on a legal blog of the collection): the number 1 (in abjad order alef is one too).
ALEF_ONE = re.compile(rf"^\s*\u0627\s*{ITEM_SEPARATOR}\s*(?=\S)")
# Persian letter numbering: «الف-», «ب)», … in alphabetical and in abjad order (both in use).
ALPHABETICAL = ["الف", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ", "ر", "ز", "ژ", "س", "ش"]
ABJAD = ["الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن", "س", "ع"]
ITEM_LETTER = re.compile(
    r"^\s*(?P<letter>الف|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])\s*[-\u2013\u2014_):]\s*(?=\S)"
)
# (A letter and a colon, «الف: …», «ب: …», numbers the parts of a regulation's article as «الف-» does; an
# interview's «س:» and «ج:» read so too, but no interview labels a turn «الف:», :func:`_list_letters`.)
# A letter in parentheses, «(ب) …», also mirrored as a PDF text layer writes them («)ب( …»), and
# «آ» for the first letter (as Persian LaTeX numbers lists: «(آ)», «(ب)», «(پ)»).
ITEM_LETTER_PAREN = re.compile(
    r"^\s*(?:\((?P<letter>الف|آ|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])\)"
    r"|\)(?P<mirrored>الف|آ|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])\()\s*(?=\S)")
# Clauses numbered by Arabic ordinal adverbs, as Persian statutes, regulations and resolutions
# number the parts of an article («(اولاً) …», «ثانیاً - …», «ثالثاً: …»; the plain text drops the
# tanwin): a label when set apart by brackets or a separator. An adverb followed by a comma or
# nothing («اولاً، باید گفت …») opens a sentence of prose: no label.
ORDINAL_ADVERBS = ("اولا", "ثانیا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا")
ITEM_ORDINAL = re.compile(rf"^\s*(?P<open>[(\[])?(?P<word>{'|'.join(ORDINAL_ADVERBS)})"
                          r"(?(open)[)\]]|\s*[-\u2013\u2014:)])\s*(?=\S)")
# Marks that set a point apart and do nothing else (no dash, which opens a dialogue's turn too): the bullet
# «•», the geometric shapes (U+25A0–U+25FF: «▪», «●», «◾», «◆», «►») and the dingbats and emoji that posts of
# news offices on social media set before their points («✅», «❖», «➖», «➤», «🔹», «🔸», «📌», «👈», «🔴»),
# a variation selector after them or not.
POINT_MARK = ("(?:[\u2022\u25a0-\u25ff\u2705\u2611\u2666\u26aa\u26ab\u2733\u2734\u2747\u2756\u2794-\u27bf"
              "\u2b1b\u2b1c\u2b55\U0001f448\U0001f4cc\U0001f534-\U0001f53b\U0001f7e0-\U0001f7eb]\ufe0f?)")
# Of them, the marks that set a point apart even alone among paragraphs: not the pointers and arrows («►», «➤»,
# «👈»), which a page sets before a link too («► ادامه مطلب»).
SET_MARK = ("(?:[\u2022\u25a0-\u25b1\u25c6-\u25ff\u2705\u2611\u2666\u26aa\u26ab\u2733\u2734\u2747\u2756"
            "\u2795-\u2797\u2b1b\u2b1c\u2b55\U0001f4cc\U0001f534-\U0001f53b\U0001f7e0-\U0001f7eb]\ufe0f?)")
# Bullets: those marks, dashes, a middle dot and check marks at the start of a line.
BULLET = re.compile(rf"^\s*(?:[-\u2013\u2014\u00b7\u2713\u2714]|{POINT_MARK})\s*(?=\S)")
# A tatweel standing alone before a space at the start of a line, typed as a dash («ـ نظر به …»;
# inside a word it only stretches it): a bullet too (it is dropped from the plain text).
TATWEEL_BULLET = re.compile(r"^\s*\u0640+\s+(?=\S)")
# A tatweel typed as the dash after an item's number or letter («۱ـ دفتر …», «۲ـدربارهٔ …», «الف ـ …»,
# «(۳)ـ …»; Persian keyboards put it on Shift+J beside the digits): read as the dash it stands for
# (:func:`label`; the plain text drops tatweel). After a letter only apart from it («الف ـ», «ب ـ»:
# «بـ» stretches the letter).
TATWEEL_SEPARATOR = re.compile(
    rf"^(?P<mark>\s*[(\[]?(?:{DIGIT}{{1,3}}[)\]]?\s*"
    r"|(?:الف|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])[)\]]?\s+))\u0640+")
# Markdown ATX headings (CommonMark 0.31 §4.2): one to six «#» and a space; MediaWiki's section
# headings in wikitext (Help:Wikitext, "Sections"): the title between two to six «=» on each side,
# «== تاریخ ==».
MARKUP_HEAD = re.compile(r"^(?P<hashes>#{1,6})\s+\S|^(?P<equals>={2,6})[^=]+(?P=equals)$")
STAR = re.compile(r"^\s*[*\u2217\u066d]+\s*(?=\S)")
TERMINAL_PUNCTUATION = (".", "!", "?", "؟", "…", "!»", ".»", "؟»", ".)", "!)", "؟)", '."', '!"')
COLONS = (":", "：")
COMMAS = ("،", ",", "؛", ";")
# A hemistich separator: a tab, at least two spaces, « / » or a table's cell border « | » inside a line.
CAESURA = re.compile(r"\S(?P<sep>\t[\t ]*| {2,}[\t ]*| +/{1,2} +| +\| +)\S")
# A table row's empty cells or closing border after its last cell («… را | |»: a poem kept in a page's
# table, hemistichs in its cells, GFM's table extension without the delimiter row).
CELL_BORDERS_END = re.compile(r"(?:\s*\|)+$")
HEMISTICH_MAX_WORDS = 14
# A bayt on one line is never longer than this; longer lines are not looked at for a caesura.
CAESURA_MAX_CHARS = 200
# A first hemistich may end in a question or an exclamation where the bayt goes on (a masnavi's dialogue:
# «گفت : اي موسي كدامست آن يكي ؟ / شرح كن …», saednews; «… آری و آب ؟ / …», didarejan); a full stop there
# ends a sentence of prose before a slash.
QUESTION_END = re.compile(r"[؟?!]\s*$")
# Longer lines are prose whatever their exact word count: they are counted by spaces, faster.
EXACT_WORDS_MAX_CHARS = 200
HEMISTICH_MIN_WORDS = 2
# The shorter hemistich is at least this share of the longer (in letters).
HEMISTICH_BALANCE = 0.45
# A speaker label: one to three words (or «س», «ج») and a colon at the start of a line.
# (A colon between digits is a time's or a ratio's, «ساعت ۹:۳۰ صبح …», not a label's.) A play
# may put a direction in parentheses between the name and the colon («حسن (با خشم): …»: TEI P5
# 7.2.2, a ``stage`` inside the ``sp``): the label is the name before it.
DIRECTION = r"(?:\s*\((?P<direction>[^()]{1,60})\))?"
# A speaker may be named by initials, each letter with its dot, as TED's transcripts shorten a name after the
# first turn («CA:», «ک.آ:», «ا.م.:»).
INITIALS = r"(?:[^\W\d_]\.){1,3}[^\W\d_]?\.?"
SPEAKER = re.compile(rf"^\s*\*?\s*(?P<label>{INITIALS}(?=\s*[:：])"
                     rf"|[^\s:：.،؛*()]{{1,25}}(?: [^\s:：.،؛()]{{1,25}}){{0,3}}){DIRECTION}\s*[:：](?!{DIGIT})\s*")
# The Arabic blessing after an addressee's name or office in Qajar and early Pahlavi letters, last on
# the addressee's line: «… دامت شوکته», «آقای میرآقا ـ دام اقباله العالی!», «… مدظله العالی» (a dash
# before it, an exclamation mark after it).
BLESSING = LazyPattern(r"\s*[-–—ـ]?\s+(?:(?:دام|دامت|مدّ?)\s+\S+ه|مدّ?ظلّ?ه)(?:\s*العالی)?\s*!?$")
# Labels of the chair of a parliamentary record, who opens and gives the floor: «رئیس - …».
CHAIR_LABELS = frozenset({"رئیس", "رییس", "نائب رئیس", "نایب رئیس", "نایب رییس", "رئیس جلسه", "رئیس مجلس"})
# A speaker label followed by a dash between spaces, as parliamentary records and plays write
# turns: «رئیس - …», «فرخ – بلی.», «رئیس ـ …» (a tatweel for a dash), «حاجی (آهسته) – …». A
# tatweel inside a word of the label stretches it («مـیرزا»), no dash.
_LABEL_CHAR = r"(?:[^\s:：.،؛\-–—ـ\d۰-۹٠-٩()]|ـ(?=[^\sـ]))"
SPEAKER_DASH = re.compile(
    rf"^\s*(?P<label>{_LABEL_CHAR}{{1,25}}(?: {_LABEL_CHAR}{{1,25}}){{0,3}})" + DIRECTION
    + r"\s+[-–—ـ]\s+(?=\S)"
    # (The chair of a parliamentary record glued to the dash, as some transcripts write it: «رئیس- …»; typed with
    # the Arabic yeh too, «نايب رئيس- …», as the 1358 assembly's record is.)
    + rf"|^\s*(?P<chair>{'|'.join(re.sub('ی', '[یيى]', c) for c in sorted(CHAIR_LABELS, key=len, reverse=True))})"
    + r"[-–—]\s+(?=\S)")
# Any label glued to its dash, one to three words («سبحاني- …», «رباني شيرازي- …», «يكي از نمايندگان- …»): a
# speaker's only where the text's lines so opened take turns (:func:`_glued_turns`), read then by
# ``shape(…, glued=True)``; a place before its country («بدخشان- افغانستان»), a chapter's label before its title
# («فصل اول- …») open lines so too.
SPEAKER_GLUED = re.compile(rf"^\s*(?P<label>{_LABEL_CHAR}{{2,25}}(?: {_LABEL_CHAR}{{1,25}}){{0,2}})[-–—]\s+(?=\S)")
_SPEAKER_DASHES = re.compile("[-–—ـ]")  # one of them is in every line SPEAKER_DASH matches
# A word: a run of characters other than whitespace, ZWNJ and punctuation.
WORD = re.compile(r"[^\s\u200c،,:;.!?؟()«»\"'\-–—_*\[\]/…]+")
# A word of digits and letters together, and its runs of digits and of other characters.
LETTER = f"[A-Za-z{ARABIC_LETTERS}]"
MIXED = LazyPattern(f"{DIGIT}{LETTER}|{LETTER}{DIGIT}")
# A letter of any script (an Arabic-script letter: nashr.convert.scripts.ARABIC_LETTER).
HAS_LETTER = re.compile(r"[^\W\d_]")
ANY_DIGIT = re.compile(DIGIT)
DIGITS = re.compile(f"{DIGIT}+")  # a run of digits (compiled once: the rules ask it of many words)
DIGIT_RUN = re.compile(r"\d+|\D+")


@lru_cache(maxsize=1 << 14)
def words(text: str) -> list[str]:
    """Words of ``text``: runs between spaces, ZWNJ and punctuation; digits glued to letters
    («١٣٩٩خورشیدی») are two words. Kept for the last texts asked about (the rules ask for the
    same line's words again and again: 41,000 calls for 17,600 texts in the collection); the
    list is shared, to be read, not changed."""
    found = WORD.findall(text)
    if ANY_DIGIT.search(text) is not None and MIXED.search(text) is not None:
        return [part for w in found for part in DIGIT_RUN.findall(w)]
    return found


_DECIMAL = re.compile(r"\d")


def first_words(text: str, count: int) -> list[str]:
    """``words(text)[:count]`` without splitting the whole line: its first ``count`` runs, when
    none of them mixes digits with other characters (only such a word can be cut in two)."""
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        if not word.isdecimal() and _DECIMAL.search(word) is not None:
            return words(text)[:count]
        found.append(word)
        if len(found) == count:
            break
    return found


# Note markers after the last word («… در راه بود.[۱]», a wiki's «[۲][۳]»): not the line's ending.
TRAILING_MARKS = LazyPattern(rf"(?:\[{DIGIT}{{1,3}}\])+\s*$")


def ending(text: str) -> str:
    """How a line ends: ``terminal`` (. ! ? ؟ …), ``colon``, ``comma`` (، , ؛ ;) or ``none`` —
    read before any note markers «[۱]» that follow."""
    end = text.rstrip()
    if end.endswith("]"):  # what TRAILING_MARKS needs: the search is skipped on most lines
        end = TRAILING_MARKS.sub("", end).rstrip()
    if end.endswith(TERMINAL_PUNCTUATION):
        return "terminal"
    if end.endswith(COLONS):
        return "colon"
    if end.endswith(COMMAS):
        return "comma"
    return "none"


@dataclass(frozen=True, slots=True)
class Label:
    """A list label at the start of a line: its number (letters count from 1), whether it has a
    separator («۱-», «(1)», «الف-», «(اولاً)»; a bare «۸ …» has none) and its style (``digit``,
    ``ordinal`` for an ordinal adverb, :data:`ORDINAL_ADVERBS`, or ``letter:<the letter>``)."""

    number: int
    strong: bool
    style: str


def _letter_number(letter: str) -> int:
    for order in (ALPHABETICAL, ABJAD):
        if letter in order:
            return order.index(letter) + 1
    return 0


def label(text: str) -> Label | None:
    """The numbering label a line starts with, if any."""
    m = ITEM_NUMBER_STRONG.match(text) or ITEM_NUMBER_PAREN.match(text) or ITEM_NUMBER_VISUAL.match(text)
    if m:
        return Label(int(m["num"]), True, "digit")
    if text.lstrip()[:1] == "\u0627" and ALEF_ONE.match(text):
        return Label(1, True, "digit")
    m = ITEM_LETTER.match(text) or ITEM_LETTER_PAREN.match(text)
    letter = (m["letter"] or m.groupdict().get("mirrored") or "") if m else ""
    letter = "الف" if letter == "آ" else letter
    if m and _letter_number(letter):
        return Label(_letter_number(letter), True, "letter:" + letter)
    m = ITEM_NUMBER.match(text)
    if m:
        return Label(int(m["num"]), False, "digit")
    if text.lstrip()[:1] in "([اثرخستع" and (m := ITEM_ORDINAL.match(text)):
        return Label(ORDINAL_ADVERBS.index(m["word"]) + 1, True, "ordinal")
    return None


def follows(lab: Label, style: str, last: int, last_letter: str | None) -> bool:
    """True when ``lab`` is the next label of an open list of ``style`` whose last number was
    ``last`` (and last letter ``last_letter``). A letter is accepted at the next position of
    either the alphabetical or the abjad order."""
    if style in {"digit", "ordinal"}:
        return lab.style == style and lab.number == last + 1
    if not lab.style.startswith("letter:") or last_letter is None:
        return False
    letter = lab.style.split(":", 1)[1]
    return any(
        last_letter in order and order.index(last_letter) + 1 < len(order)
        and order[order.index(last_letter) + 1] == letter
        for order in (ALPHABETICAL, ABJAD)
    )


@dataclass(frozen=True, slots=True)
class Shape:
    """What the rules need to know of one non-blank line.

    Attributes:
        plain: the line in :func:`nashr.convert.reading.plain` form, stripped.
        words: number of words of ``plain``.
        end: :func:`ending` of ``plain``.
        label: its numbering label, if any.
        bullet: starts with a bullet mark (dash, dot, square, arrow).
        star: starts with «*» followed by text.
        indent: leading whitespace, in columns (a tab counts 4).
        caesura: ``(start, end)`` of the whitespace between two hemistichs in the source line.
        strong_caesura: that separator has a tab, a slash or at least three spaces (two spaces
            are also a common typing slip in prose).
        markup_head: the level of a Markdown heading («# …», «## …») or of a wikitext one («== … ==»),
            0 for none.
        speaker: the speaker label (``plain``, digits removed) when the line opens with «label:».
        speaker_end: offset in the source line just after that label's colon (and the spaces
            after it); the end of the line when the label stands alone.
        open_end: how the line breaks off inside a phrase, or None: ``ezafe`` (its last word
            carries the ezafe, :data:`EZAFE_END`), ``word`` (it ends, unpunctuated, in a word that
            never ends a sentence or heading, :data:`OPEN_WORDS`), ``letter`` (it ends in a
            letter standing alone: where a PDF font lost a glyph, the text layer breaks the line).
    """

    plain: str
    words: int
    end: str
    label: Label | None
    bullet: bool
    star: bool
    indent: int
    caesura: tuple[int, int] | None
    strong_caesura: bool
    markup_head: int
    speaker: str | None
    speaker_end: int | None
    open_end: str | None = None

    @property
    def length(self) -> int:
        """Characters of ``plain``."""
        return len(self.plain)


def _caesura(text: str) -> tuple[int, int] | None:
    seps = [m for m in CAESURA.finditer(text)]
    if len(seps) != 1:
        return None
    m = seps[0]
    first, second = words(text[: m.start("sep")]), words(text[m.end("sep") :])
    if not (HEMISTICH_MIN_WORDS <= len(first) <= HEMISTICH_MAX_WORDS
            and HEMISTICH_MIN_WORDS <= len(second) <= HEMISTICH_MAX_WORDS):
        return None
    # (in letters: a tatweel draws a letter out, it adds none — «وحـــــــده لا الـــــــــــــه الا هـــــــــــو»)
    a, b = (sum(len(word) - word.count("\u0640") for word in half) for half in (first, second))
    if min(a, b) < HEMISTICH_BALANCE * max(a, b):
        return None
    if ending(text[: m.start("sep")]) == "terminal" and ending(text) != "terminal" \
            and not QUESTION_END.search(text[: m.start("sep")]):
        return None
    return m.start("sep"), m.end("sep")


def shape(text: str, visual: bool = False, glued: bool = False) -> Shape:
    """Measure one non-blank source line (``visual``: the document puts final punctuation at
    the start of lines, :func:`nashr.convert.reading.plain`; ``glued``: a label glued to its dash,
    :data:`SPEAKER_GLUED`, names a speaker, as the document's turns show: :attr:`Conventions.glued`).
    The source's own layout (a caesura's gap, a speaker's label, a bullet, the indent) is read with its
    no-break spaces and bidi embedding controls as spaces (:func:`nashr.convert.reading.layout`): a text saved with NBSP
    for every space, or a PDF layer's lines between RLE and PDF, are measured alike."""
    plain = reading.plain(text, visual).strip()
    text = reading.layout(text)
    end = ending(plain)
    indent = len(text[: len(text) - len(text.lstrip())].expandtabs(4))
    caesura = _caesura_in(text) if len(text) <= CAESURA_MAX_CHARS else None
    # (a label's colon or dash is in the line: most lines of prose are spared the two matches)
    speaker = (SPEAKER.match(text) if ":" in text or "：" in text else None) \
        or ((SPEAKER_DASH.match(text) or (SPEAKER_GLUED.match(text) if glued else None))
            if _SPEAKER_DASHES.search(text) else None)
    speaker_label = None
    if speaker is not None:
        found = speaker["label"] or speaker.groupdict()["chair"]
        speaker_label = re.sub(rf"{DIGIT}+", "", reading.plain(found)).strip() or None
    return Shape(
        plain=plain,
        words=len(words(plain)) if len(plain) <= EXACT_WORDS_MAX_CHARS else len(plain.split()),
        end=end,
        label=label(plain if "\u0640" not in text else
                    reading.plain(TATWEEL_SEPARATOR.sub(r"\g<mark>-", reading.nominal(text)), visual).strip()),
        bullet=BULLET.match(plain) is not None or TATWEEL_BULLET.match(text) is not None,
        star=STAR.match(plain) is not None,
        indent=indent,
        caesura=caesura,
        strong_caesura=caesura is not None and (
            bool(set(text[caesura[0] : caesura[1]]) & {"\t", "/"})
            or (caesura[1] - caesura[0] >= 3 and "|" not in text[caesura[0] : caesura[1]])),
        markup_head=len(m["hashes"] or m["equals"]) if (m := MARKUP_HEAD.match(plain)) else 0,
        speaker=speaker_label,
        speaker_end=speaker.end() if speaker is not None and speaker_label else None,
        open_end=_open_end(text, plain, end),
    )


# The ezafe written at the end of a word links it to the word after: a line ending in one breaks
# off inside a phrase («… سایهٔ» / «یکدیگر را …»). It is written as hamza above, kasra, heh with
# yeh above, or as a yeh after a heh set apart by a ZWNJ or written as the non-joining U+06D5
# («واژه‌نامه‌ی»). Bidi controls may follow in a PDF text layer.
EZAFE_END = re.compile("(\u0654|\u0650|\u06c0|(\u0647\u200c|\u06d5)[\u06cc\u064a\ufbfc-\ufbff])"
                       f"[{reading.BIDI_CONTROLS}\\s]*$")
CHECKED_END = 24  # characters at the end of a line looked at for an ezafe
# Conjunctions, prepositions and the object marker: no Persian sentence or heading ends in them.
OPEN_WORDS = frozenset("و که به از در با برای تا را یا اگر چون اما ولی زیرا بر".split())


def _open_end(text: str, plain: str, end: str) -> str | None:
    if EZAFE_END.search(text[-CHECKED_END:]):
        return "ezafe"
    found = words(plain[-CHECKED_END:]) if end == "none" else None
    if not found:
        return None
    last = found[-1]
    if last in OPEN_WORDS:
        return "word"
    return "letter" if len(last) == 1 and last != "و" and re.match(LETTER, last) and last.isalpha() else None


def _caesura_in(text: str) -> tuple[int, int] | None:
    start = len(text) - len(text.lstrip())
    found = _caesura(CELL_BORDERS_END.sub("", text.strip()))
    return (found[0] + start, found[1] + start) if found else None


@dataclass(frozen=True, slots=True)
class Conventions:
    """A document's conventions (see the module docstring).

    Attributes:
        blank_paragraphs: blank lines separate the paragraphs.
        spaced: a blank line follows (nearly) every line, so blank lines say nothing about
            paragraphs; lines one blank line apart count as neighbours.
        wrap: the width (characters shown, :func:`nashr.convert.reading.width`) at which paragraphs are
            hard-wrapped, or None.
        wrap_max: in a hard-wrapped text, how far its longest lines run: the WRAP_MAX_PERCENTILE
            of the lengths of its lines that are part of the wrapping (at most WRAP_OVERRUN times
            ``wrap``), robust against a few overlong lines.
        blank_inside: in a hard-wrapped text, the blank lines mostly fall inside sentences (a PDF
            text layer leaves one where a line is set taller: a superscript, a formula), so a blank
            line says nothing about paragraphs there.
        paragraph_end: in a hard-wrapped text whose paragraphs end in a comma or colon (the
            recitals of a preamble, «…،»), that :func:`ending`; a full line ending so ends its
            paragraph too.
        sentence_lines: one sentence per line, no blank lines between paragraphs.
        speakers: speaker labels of an interview or dialogue.
        glued: the speakers' labels are glued to their dashes («سبحاني- …», :func:`_glued_turns`).
        caesura_verse: bayts written on one line with a tab or spaces between hemistichs.
        pdf: the text carries traces of PDF extraction (presentation forms, bidi controls).
        paged: the text has page breaks (form feeds, as PDF text extraction writes them).
        visual: sentence punctuation stands at the start of lines (visual-order extraction).
        indent: the usual indentation of the document's lines, in columns.
    """

    blank_paragraphs: bool = False
    spaced: bool = False
    wrap: int | None = None
    wrap_max: int | None = None
    paragraph_end: str | None = None
    blank_inside: bool = False
    sentence_lines: bool = False
    speakers: frozenset[str] = frozenset()
    glued: bool = False
    caesura_verse: bool = False
    pdf: bool = False
    paged: bool = False
    visual: bool = False
    indent: int = 0

    def describe(self, lang: str = "en") -> str:
        """One line for ``--explain`` and the editorial declaration, in English (``en``) or
        Persian (``fa``, with Persian digits)."""
        words_ = _DESCRIPTION[lang]
        parts = [words_["spaced"] if self.spaced else
                 words_["blank"] if self.blank_paragraphs else words_["no blank"]]
        if self.wrap:
            parts.append(words_["wrap"].format(self.wrap))
        if self.blank_inside:
            parts.append(words_["inside"])
        if self.paragraph_end:
            parts.append(words_["end"].format(words_[self.paragraph_end]))
        if self.sentence_lines:
            parts.append(words_["sentences"])
        if self.speakers:
            mark = "-" if self.glued else ":"  # («سبحاني-»: the labels glued to their dashes)
            parts.append(words_["speakers"] + words_["list"].join(f"«{s}{mark}»" for s in sorted(self.speakers)))
        if self.caesura_verse:
            parts.append(words_["caesura"])
        if self.pdf:
            parts.append(words_["pdf"] + (words_["visual"] if self.visual else ""))
        if self.paged:
            parts.append(words_["paged"])
        if self.indent:
            parts.append(words_["indent"].format(self.indent))
        text = words_["semicolon"].join(parts)
        return text.translate(PERSIAN_DIGITS) if lang == "fa" else text


PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DESCRIPTION = {
    "en": {"spaced": "a blank line after every line", "blank": "blank lines between paragraphs",
           "no blank": "no blank lines between paragraphs", "wrap": "hard-wrapped at about {} characters",
           "inside": "blank lines inside paragraphs",
           "end": "paragraphs end in a {}", "list": ", ", "comma": "comma", "colon": "colon",
           "sentences": "one sentence per line",
           "speakers": "speaker labels ", "caesura": "hemistichs separated by a tab or spaces",
           "pdf": "PDF extraction traces", "visual": " (punctuation in visual order)",
           "paged": "page breaks (form feeds)",
           "indent": "lines indented by {}", "semicolon": "; "},
    "fa": {"spaced": "یک سطر خالی پس از هر سطر", "blank": "سطر خالی میان بندها",
           "no blank": "بی سطر خالی میان بندها", "wrap": "سطرها در حدود {} نویسه شکسته شده‌اند",
           "inside": "سطر خالی درون بندها",
           "end": "بندها با {} پایان می‌یابند", "list": "، ", "comma": "ویرگول", "colon": "دونقطه",
           "sentences": "هر جمله در یک سطر",
           "speakers": "نام گویندگان ", "caesura": "مصراع‌ها با تب یا فاصله از هم جدا شده‌اند",
           "pdf": "نشانه‌های استخراج از PDF", "visual": " (نشانه‌های سجاوندی به ترتیب دیداری)",
           "paged": "شکستن صفحه‌ها (نویسهٔ form feed)",
           "indent": "تورفتگی سطرها {} نویسه", "semicolon": "؛ "},
}


# Hard wrapping: a line is "long" at this share of the wrap width; a document is hard-wrapped when
# at least WRAP_MIN_LINES long lines (and this share of its lines of several words) break off
# mid-sentence with the paragraph going on in the next line.
WRAP_LONG = 0.8
# A line longer than the wrap width by more than this share is not part of the wrapping.
WRAP_OVERRUN = 1.25
# The wrap width: this percentile of the lengths of lines of four words or more (most lines of a
# hard-wrapped text run nearly to the width; titles and paragraph ends are shorter).
WRAP_WIDTH_PERCENTILE = 0.75
WRAP_MAX_PERCENTILE = 0.9
WRAP_MAX_WIDTH = 130
WRAP_MIN_WIDTH = 35
# Spaced text: at least this share of neighbouring lines are one blank line apart.
SPACED_SHARE = 0.9
SPACED_MIN_LINES = 6
WRAP_MIN_LINES = 3
# Blank lines inside paragraphs: at least this share of the blank lines after prose lines follow
# a line that breaks off mid-sentence (no final punctuation, or a comma).
BLANK_INSIDE_SHARE = 0.6
BLANK_INSIDE_MIN_WORDS = 4  # (the lines of prose whose ending counts; a shorter one may be a heading)
WRAP_MIN_SHARE = 0.25
# One sentence per line: this share of lines end a sentence, and no blank lines between them.
SENTENCE_LINES_SHARE = 0.8
# A paragraph-final comma or colon: so end at least this share of at least this many short lines.
PARAGRAPH_END_SHARE = 0.8
PARAGRAPH_END_MIN_LINES = 3
SENTENCE_LINES_MIN = 6
SPEAKER_MIN_TURNS = 2
SPEAKER_LABELS_MIN = 2  # speakers taking turns: two labels at least
# A turn: at least this many words of speech after the label, or a label alone above a line of
# at least TURN_PROSE_WORDS words.
TURN_MIN_WORDS = 3
TURN_PROSE_WORDS = 12
SUNG_LABELS_MIN = 2  # labels alone over verse that make the verse speech: characters taking turns
ASKED = re.compile(r"[؟?]\s*$")  # an interviewer's question, shorter than an answer's prose
# Labels of the two sides of an interview (question and answer, interviewer).
INTERVIEWER_LABELS = frozenset({"پرسش", "پاسخ", "سوال", "سؤال", "سئوال", "س", "ج", "جواب", "پرسشگر", "خبرنگار",
                                "گزارشگر",
                                "مجری", "مصاحبه‌کننده", "مصاحبه‌گر", "مصاحبه کننده", "گفتگوکننده"})
# The labels of questions and of answers among them («سؤال ۱: …» / «جواب: …»; a fatwa's, an FAQ's).
QUESTION_LABELS = frozenset({"پرسش", "سوال", "سؤال", "سئوال", "س"})
ANSWER_LABELS = frozenset({"پاسخ", "جواب", "ج"})
# A post's record on a forum or comment page: the writer's name and the date parted by «|».
RECORD_SEPARATOR = " | "
# Plural honorifics that open a roll of names, not a turn.
ROLL_WORDS = frozenset({"آقایان", "آقایون", "خانم‌ها", "خانمها", "رفقا", "حضرات", "اعضا", "نمایندگان"})
# A person's name after an honorific, as a label: «خانم پورتر:», «آقای روحانی:».
HONORIFIC = LazyPattern(r"^(آقای|خانم|دکتر|استاد|مهندس|سرکار خانم|جناب آقای|پرزیدنت|رئیس جمهور|رئیس‌جمهور"
                        r"|وزیر|سفیر|سناتور|نماینده|سخنگو)\s+\S+")
# Labels that open a part of a document, not a turn.
NOT_SPEAKERS = frozenset({"منبع", "منابع", "توضیح", "تبصره", "نکته", "یادداشت", "پانویس", "موضوع", "عنوان",
                          "تاریخ", "کد خبر", "ماده", "نتیجه", "هدف", "مثال", "تلفن", "نشانی", "آدرس", "ایمیل",
                          "پیوست", "رونوشت", "به", "از", "گیرنده", "فرستنده", "شماره", "توجه", "لینک",
                          "ترجمه", "نویسنده", "مترجم", "عکس", "تصویر", "ویدیو", "برچسب‌ها", "برچسب", "کلیدواژه‌ها",
                          "جلسه", "نشست", "دوره", "فهرست", "فهرست مطالب", "فهرست مذاکرات", "دستور", "دستور جلسه",
                          "خبر", "گزارش", "بخش", "فصل", "اصل",
                          # a play's setting, before the turns (TEI P5 7.2.4 ``stage type="setting"``)
                          "صحنه", "مکان", "زمان", "دکور"})
# A verb of saying ending the label («گفت:», «مست گفت:», «گفتند:», «وی افزود:», «پاسخ داد:»)
# names no speaker: it narrates a saying, as the anecdotes of classical prose (Saadi's Golestan,
# Kalila and Dimna), the munazere poems (Parvin E'tesami's «مست و هشیار», a hemistich per line,
# each opening with «گفت:») and news reports write it; a transcript names the speaker alone
# (TEI P5 7.2.2: ``speaker`` holds the name). Past and present forms of «گفتن», «پرسیدن»,
# «فرمودن», and the phrases news agencies report speech with («وی افزود:», «تصریح کرد:»).
SAYING_VERBS = frozenset(
    "گفت گفتا گفتم گفتی گفتند گفتیم گفته گوید گویند گفتش گفتمش گفتندش بگفت بگفتا پرسید پرسیدم پرسیدند"
    " پرسد پرسند بپرسید فرمود فرمودند فرماید فرمایند بفرمود افزود افزودند نوشت نوشتند"
    " می‌گوید می‌گویند میگوید میگویند می‌پرسد میپرسد"
    # (the same in Tajik's Cyrillic alphabet: a masnavi's «Гуфт: «…»» on a Tajik site)
    " гуфт гуфто гуфтам гуфтӣ гуфтанд гуфтем бигуфт пурсид пурсиданд фармуд фармуданд".split())
SAYING_PHRASES = frozenset({"پاسخ داد", "پاسخ دادم", "پاسخ دادند", "جواب داد", "جواب دادم", "جواب دادند",
                            "ادامه داد", "اظهار داشت", "اظهار کرد", "تصریح کرد", "عنوان کرد", "بیان کرد",
                            "خاطرنشان کرد", "تاکید کرد", "تأکید کرد",
                            "داد زد", "فریاد زد", "فریاد کشید", "نعره زد", "داد کشید"})  # (said shouting)


def _paragraph_end(texts: Sequence[str], shapes: Sequence[Shape | None], pairs: list[tuple[int, int]],
                   wrap: int, step: int) -> str | None:
    """How the paragraphs of a hard-wrapped text end when that is a comma or colon: the ending
    of nearly all its short lines that a new line follows (the lines that surely end one)."""
    ends = Counter(
        shapes[a].end for a, b in pairs  # type: ignore[union-attr]
        if b == a + step and reading.width(texts[a]) < WRAP_LONG * wrap and shapes[a].words >= 2  # type: ignore[union-attr]
    )
    total = sum(ends.values())
    if total < PARAGRAPH_END_MIN_LINES:
        return None
    end, count = ends.most_common(1)[0]
    return end if end in {"comma", "colon"} and count >= PARAGRAPH_END_SHARE * total else None


class Turns(NamedTuple):
    """The turns of a text (:func:`_turns`)."""

    counts: Counter[str]  # turns per label
    short: set[str]  # labels of shorter replies
    dialogues: list[list[str]]  # the turns' labels in the order they come, parted where a heading or a list stands
    sung: frozenset[str]  # labels alone over verse, where SUNG_LABELS_MIN labels or more are
    directed: frozenset[int]  # the dialogues (their indices) where a turn holds a stage direction


def _turns(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int],
           verse: Collection[int] = ()) -> Turns:
    """How many turns each label opens: a line «label: speech» with a few words of speech, or a
    label alone followed by a line of prose, by a question («خبرنگار:» over «نظر شما … چیست؟») or by
    verse (``verse``: a ta'zieh's «مصعب:» over the hemistichs he sings, tazieqazvin.mihanblog.com; only
    where SUNG_LABELS_MIN labels or more stand over verse, one label over each poem being its form's); the
    labels of shorter replies («فرخ - بلی.»); the labels of the turns in the order they come, parted into
    dialogues where a heading with a dash (:func:`_dash_heading`) or a list parted by dashes
    (:func:`dash_list`) stands between turns: neither takes a turn, and speakers take turns within one
    dialogue; the dialogues where a turn holds a stage direction (:func:`directed`). (A form's field names
    with nothing after them, and a heading ending in a colon, are no turns; a list parted by dashes is none
    anywhere.)"""
    stream: list[tuple[str, str] | None] = []  # (label, "turn", "directed", "sung" over verse or "heading"),
    # None for a list
    short: set[str] = set()
    said: set[str] = set()
    for k, i in enumerate(content):
        s = shapes[i]
        if s is None or not s.speaker or s.speaker_end is None or RECORD_SEPARATOR in texts[i]:
            continue  # (a post's record, «پاسخ از: … | ۱۲ آبان ۱۴۰۱»: the writer's name and the date, no speech)
        if BLESSING.match(" " + texts[i][s.speaker_end :]):
            continue  # (an addressee and the blessing after the dash, «آقای میرآقا ـ دام اقباله العالی!», is no turn)
        if dash_list(texts[i]):
            stream.append(None)
            continue
        speech = len(texts[i][s.speaker_end :].split())
        if speech and s.plain in said:
            continue  # (a line said again — a page's title over the text's own heading — is no new turn;
            # a label alone over its speech is said again at every turn of a play)
        said.add(s.plain)
        nxt = shapes[content[k + 1]] if k + 1 < len(content) else None
        if speech == 0 and (i + 1 in verse or (i + 2 in verse and shapes[i + 1] is None)):  # (a blank line between)
            stream.append((s.speaker, "sung"))
        elif speech >= TURN_MIN_WORDS or (speech == 0 and nxt is not None and not nxt.speaker and (
                nxt.words >= TURN_PROSE_WORDS or (nxt.words >= TURN_MIN_WORDS and ASKED.search(nxt.plain)))):
            # (a heading's label still counts for the chair's and the interviewer's rules, not for dialogues)
            kind = "heading" if _dash_heading(texts[i], s) else "directed" if directed(texts[i]) else "turn"
            stream.append((s.speaker, kind))
        elif speech:
            short.add(s.speaker)
    if len({e[0] for e in stream if e is not None and e[1] == "sung"}) < SUNG_LABELS_MIN:
        stream = [e for e in stream if e is None or e[1] != "sung"]  # (one label over each poem: «رباعی:», a form's)
    dialogues: list[list[str]] = []
    staged: set[int] = set()
    opened = False  # (a dialogue is under way)
    for e in stream:
        if e is None or e[1] == "heading":
            opened = False
            continue
        if not opened:
            dialogues.append([])
            opened = True
        dialogues[-1].append(e[0])
        if e[1] == "directed":
            staged.add(len(dialogues) - 1)
    return Turns(Counter(e[0] for e in stream if e is not None), short, dialogues,
                 frozenset(e[0] for e in stream if e is not None and e[1] == "sung"), frozenset(staged))


# A stage direction in brackets, after a speaker's name or at the head of the speech: the manner or the one
# spoken to («(با صدای کلفت و با تکبر)», «(به مدعی علیه)») or what the speaker does, a verb of the present,
# third person («(داخل می‌شود و تعظیم می‌کند …)», «(با صدای غرا و خشن می‌خواند:)»; not the past's «می‌کردند»).
DIRECTED = LazyPattern(r"^\s*(?:\*?\s*[^\s:：(]+(?: [^\s:：(]+){0,3})?\s*[-–—ـ:：]?\s*\((?:(?:با|به)\s[^()]*"
                       r"|[^()]*(?:^|\s)(?:می|مي)[\u200c ]?\S*(?<!د)(?:ن|و|وی|ای)ن?د(?:\s[^()]*|:)?)\)")
HEADING_MAX_WORDS = 8  # a heading with a dash: at most this many words, no final punctuation
LIST_MIN_ITEMS = 4  # a list parted by dashes: at least this many items …
LIST_ITEM_MAX_WORDS = 3  # … most of them of at most this many words
SPACED_DASH = re.compile(r"\s[-–—ـ]\s")


def _dash_heading(text: str, s: Shape) -> bool:
    """A line whose label is set apart by a dash, not a colon, of at most HEADING_MAX_WORDS words and without
    final punctuation: a section's heading parting its name from a gloss («همکاری با ما – شرایط پذیرش و چاپ
    آثار»), no speech (a dialogue's turn with a dash says a sentence: «پروین – تو مرده‌ای؟ …»; a
    parliamentary record's short turns, «رئیس - آقای قائم مقام (اجازه)», are read by the chair's rule)."""
    return (":" not in text[: s.speaker_end] and "：" not in text[: s.speaker_end]
            and s.words <= HEADING_MAX_WORDS and s.end == "none")


def directed(text: str) -> bool:
    """The turn holds a stage direction in brackets (:data:`DIRECTED`) between the name and the colon or at the
    head of the speech: a play's turn (TEI P5 7.2.2: a ``stage`` inside the ``sp``), as Behrouz's «جیجک علیشاه»
    (dastankootah.com), a student paper quoting Akhundzadeh (amarm.ir: «خان: (به مدعی علیه) …») and a
    ta'zieh on fa.wikihussain.com («شمر: (با صدای غرا و خشن می‌خواند:)») print them. On the collection no
    other label's brackets so read (a site's name, «(Entekhab.ir)», a poet's years, «(بدون میکروفن)»)."""
    return DIRECTED.search(reading.layout(text)) is not None


def dash_list(text: str) -> bool:
    """The line is a list parted by dashes between spaces: LIST_MIN_ITEMS items or more (the first the label),
    most of them of at most LIST_ITEM_MAX_WORDS words — a play's cast or props on one line («شمر - عمر سعد -
    امام حسین - قاسم - …», fa.wikihussain.com), a menu of links («خانه - درباره ما - تماس با ما - …»): no turn."""
    if len(SPACED_DASH.findall(text)) < LIST_MIN_ITEMS - 1:
        return False
    items = [item for item in SPACED_DASH.split(" " + text.strip() + " ") if item.strip()]
    return (len(items) >= LIST_MIN_ITEMS
            and sum(1 for item in items if len(item.split()) <= LIST_ITEM_MAX_WORDS) * 4 >= 3 * len(items))


def _shortened_dialogue(labels: Sequence[str], speakers: Sequence[str]) -> bool:
    """Turns of a dialogue whose speakers are named in full at their first turn and by their
    surname or given name after it («ستاره درخشش: …», «مایکل انتان: …», «درخشش: …», «انتان: …»;
    the AP Stylebook's and the BBC's transcripts, and Persian news sites' interviews, all shorten
    a name so), or by its initials (:func:`_initials`: «کریس اندرسون: …», «ک.ا: …», as TED's
    transcripts do): a one-word label that is the first or last word of a label of two or three words
    is that speaker (``labels``: one dialogue's turns' labels, ``speakers``: the same so named,
    :func:`_named_in_full`). True when some name is so shortened, some speaker has SPEAKER_MIN_TURNS turns
    or more, two speakers or more speak, and no turn follows a turn of the same speaker (a glossary's terms,
    «دولت:» under «دولت محلی:», come in a row; a list of fields that says one field twice, «ناشر:», names
    no one shortened)."""
    return (labels != speakers and len(set(speakers)) >= 2 and max(Counter(speakers).values()) >= SPEAKER_MIN_TURNS
            and all(a != b for a, b in pairwise(speakers)))


def _named_in_full(order: Sequence[str]) -> list[str]:
    """The labels of ``order`` each as its speaker's full name, where a one-word label is the first or last word
    of a label of two or three words, or its initials (:func:`_shortened_dialogue`)."""
    full = {word: label for label in order if 2 <= len(label.split()) <= 3
            for word in (label.split()[0], label.split()[-1], _initials_of(label))}
    return [full.get(label, full.get(_initials(label) or label, label)) for label in order]


def _fold_initial(letter: str) -> str:
    return "ا" if letter in "آأإ" else letter


def _initials_of(name: str) -> str:
    """The initials of a name of two or three words, as a key: «کریس اندرسون» → «کا»."""
    return "".join(_fold_initial(word[0]) for word in name.split())


def _initials(label: str) -> str | None:
    """A label written as initials — letters each with a dot, or single letters apart («ک.آ», «ا.م.», «ک آ») — as
    the key :func:`_initials_of` gives the full name (TED's transcripts name a speaker so after the first turn);
    None for a label of words."""
    letters = [c for c in label if c not in ". \u200c"]
    dotted = "." in label or all(len(word) == 1 for word in label.split())
    if dotted and 2 <= len(letters) <= 3 and all(c.isalpha() for c in letters):
        return "".join(_fold_initial(c) for c in letters)
    return None


def narrates(label: str) -> bool:
    """``label`` (a :attr:`Shape.speaker`) ends in a verb of saying (:data:`SAYING_VERBS`,
    :data:`SAYING_PHRASES`: «گفت», «مست گفت», «وی افزود», «پاسخ داد»): the narration of a saying,
    not a speaker's name."""
    parts = label.split()
    return parts[-1].lower() in SAYING_VERBS or " ".join(parts[-2:]) in SAYING_PHRASES


def _may_speak(label: str) -> bool:
    """Not a label of a document part (nor one opening with such a word: «تاریخ انتشار»), not in
    brackets, no dash inside (a speaker is named by a name or office), no markup («<img src="https:»), and not a
    roll of names
    («غائبین با اجازه- آقایان: …», «رفقا: …»), and not ending in a verb of saying
    (:func:`narrates`: «گفت:», «مست گفت:»)."""
    return (label not in NOT_SPEAKERS and label.split()[0] not in NOT_SPEAKERS
            and not re.search(r"[\[\]()\-–—<>=\"]", label)
            and label.split()[-1] not in ROLL_WORDS and not narrates(label))


def _numbered_questions(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int]) -> bool:
    """Every line opening with a question's label numbers it («سوال ۱: …», «پرسش ۲: …»)."""
    questions = [i for i in content if shapes[i].speaker in QUESTION_LABELS]  # type: ignore[union-attr]
    return bool(questions) and all(
        ANY_DIGIT.search(texts[i][: shapes[i].speaker_end or 0]) is not None for i in questions)  # type: ignore[union-attr]


def _exercise(labels: Collection[str], numbered: bool) -> bool:
    """Every label is a question's, each numbered («سوال ۱:», «پرسش ۲:»: an exercise sheet numbers
    its questions so), and none an answer's: the questions head the sections that answer them, no
    one speaks. (Questions without numbers and unlabelled answers are an FAQ's turns.)"""
    return (numbered and bool(labels) and all(k in QUESTION_LABELS for k in labels)
            and not ANSWER_LABELS.intersection(labels))


def _counted_labels(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int]) -> set[str]:
    """Labels that number entries rather than name a speaker: every line the label opens gives
    it a number («غزل ۱: …», «غزل ۳: …» — an index page's entries, several run into one line),
    at least two lines and no number twice; a speaker named with a number («شاهد ۱:») keeps it
    through the turns. Questions are left to :func:`_exercise`, which knows their answers."""
    numbers: dict[str, list[str | None]] = {}
    for i in content:
        s = shapes[i]
        if s is not None and s.speaker and s.speaker_end is not None and s.speaker not in QUESTION_LABELS:
            found = ANY_DIGIT.search(texts[i][: s.speaker_end])
            numbers.setdefault(s.speaker, []).append(
                re.search(rf"{ANY_DIGIT.pattern}+", texts[i][found.start():s.speaker_end])[0] if found else None)  # type: ignore[index]
    return {label for label, found in numbers.items()
            if len(found) >= 2 and None not in found and len(set(found)) == len(found)}


def _list_letters(labels: Collection[str]) -> set[str]:
    """Labels that are a list's letters, not speakers: where «الف» and «ب» both open lines with a
    colon («الف: مطالعه …», «ب: انشاء …», «ج: …»), every label that is one letter of the
    alphabetical or abjad order (:data:`ALPHABETICAL`, :data:`ABJAD`) numbers an item; an
    interview's «س:» and «ج:» come without «الف:»."""
    if "الف" not in labels or "ب" not in labels:
        return set()
    return {label for label in labels if label in ALPHABETICAL or label in ABJAD}


INTRODUCED_MAX_LABELS = 6  # labels of two or three words an interview's turns may open with (a constant bound)


def _introduced(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int],
                turns: Counter[str]) -> frozenset[str]:
    """Labels of two or three words (a person's full name: «رویا زمانی», «بابک سیاووش») that the text
    says, word for word, on a line above the first turn they open: the participants an interview's
    title or lead introduces («گفتگو بابک سیاووش با خبرنگار … رویا زمانی»). At most
    INTRODUCED_MAX_LABELS such labels are looked for, each once over the text (linear time); a text
    with more is no interview of a few speakers."""
    labels = [k for k in turns if 2 <= len(k.split()) <= 3 and _may_speak(k)]
    if len(labels) < 2 or len(labels) > INTRODUCED_MAX_LABELS:
        return frozenset()
    first: dict[str, int] = {}
    for k, i in enumerate(content):
        label = shapes[i].speaker  # type: ignore[union-attr]
        if label in labels and label not in first:
            first[label] = k
    found = set()
    for label, k in first.items():
        if any(label in texts[i] for i in content[:k]):
            found.add(label)
    return frozenset(found)


# Words that open a speech addressed to someone («آقای وزیر، …», «جناب آقای سفیر، …», «خانم پورتر، …»).
ADDRESS_WORDS = frozenset({"آقای", "خانم", "جناب", "سرکار"})
ADDRESS_OPENING_WORDS = 3  # an address opens a turn within its first words


def _exchange(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int]) -> frozenset[str]:
    """The labels of two turns one right under the other, where the first speaks to the second: an
    interview's or a play's exchange that each speaker opens once («اسپوتنیک: جناب آقای سفیر، سلام عرض می کنم! …» /
    «جاگاریان: من در ساختمان سفارت روسیه …»). Two lines in a row (``content``: the text's non-blank lines), each
    opening with a different label that may name a speaker (:func:`_may_speak`) and saying a sentence after it
    (TURN_MIN_WORDS words or more, ending in final punctuation or of TURN_PROSE_WORDS words or more), the first
    of which addresses the second speaker: says the second label («سایه پرویز – … پروین من دیگر …» /
    «پروین – …») or opens with a word of address (:data:`ADDRESS_WORDS` within ADDRESS_OPENING_WORDS words:
    «اسپوتنیک: جناب آقای سفیر، …»). A list of terms or fields says no one's name to the next («اشتراک گذاری: …»
    / «تطبیق: …», a licence's terms; «Methods: …» / «Results: …», an abstract's parts).

    Measured on the collection (round 52, benchmarks/structure_lopo.py): it holds on 8 publishers (an interview on
    Sputnik and on VOA's pages reposted by gooya.com, a radio interview on a blog, two trials of Mosaddegh, plays
    quoted on amarm.ir, dastankootah.com and Wikisource), every line it names a speaker's by hand; speaker 97 →
    101 of 126 lines (Sputnik's, Wikisource's), none made wrong; the others' speakers were found before."""
    found: set[str] = set()
    for a, b in pairwise(content):
        first, second = shapes[a], shapes[b]
        if (first is None or second is None or not first.speaker or not second.speaker or first.speaker_end is None
                or second.speaker_end is None or first.speaker == second.speaker
                or not _may_speak(first.speaker) or not _may_speak(second.speaker)
                or not _says_sentence(texts[a][first.speaker_end :], first)
                or not _says_sentence(texts[b][second.speaker_end :], second)):
            continue
        said = WORD.findall(reading.plain(texts[a][first.speaker_end :]))
        named = " ".join(WORD.findall(second.speaker))  # (its words as the speech's are read: «علی‌اکبر», two)
        if f" {named} " in f" {' '.join(said)} " or ADDRESS_WORDS.intersection(said[:ADDRESS_OPENING_WORDS]):
            found.update((first.speaker, second.speaker))
    return frozenset(found)


def _says_sentence(speech: str, s: Shape) -> bool:
    """``speech`` (a line's words after its label, ``s`` the line's shape) is a sentence: TURN_MIN_WORDS words
    or more ending in final punctuation, or TURN_PROSE_WORDS words or more."""
    n = len(speech.split())
    return n >= TURN_PROSE_WORDS or (n >= TURN_MIN_WORDS and s.end == "terminal")


ALTERNATION = 4  # speakers alternate: a turn follows one of the same speaker at most once in this many


def _taking_turns(speakers: Sequence[str], sung: int = 0) -> bool:
    """Speakers take turns in one dialogue (``speakers``: its turns' labels in the order they come, a name
    shortened after its first turn counted as the full name's, :func:`_named_in_full`; ``sung``: how many of
    its labels stand alone over verse, :func:`_turns`). A dialogue alternates between a few speakers
    (A, B, A, B …; a moderator and several guests; «س:» / «ج:»), each of whom speaks again:
    SPEAKER_LABELS_MIN speakers or more; a turn follows a turn of the same speaker at most once in
    ALTERNATION (paragraphs opening with the same noun come in a row); the speakers who speak again
    hold half its turns or more (a list of fields «نام کتاب: …», «ناشر: …», «قطع: …» says each label
    once, one said again among them) — unless SUNG_LABELS_MIN labels stand alone over verse, a ta'zieh's
    form, where each character may sing once (tazyehsaray72tan.mihanblog.com: «زینب:», «ابن‌سعد:»,
    «امام حسین:», «علی‌اکبر:», «زینب:», «عباس:»); and either SPEAKER_LABELS_MIN speakers each take
    SPEAKER_MIN_TURNS turns or more (a play's characters, an interview's two sides), or one speaker's turns
    have another's between them (a ta'zieh's «ابن زیاد:», «خطیب:», «ابن زیاد:»). One label said again at
    the head of two lines names no one taking turns: a news item's paragraphs opening «اسپوتنیک - …»
    (sputnik.ir), a source line «KAYNAK: …» said twice (acikders.ankara.edu.tr).

    Measured on the collection (round 48, under leave-one-publisher-out, benchmarks/structure_lopo.py): every
    play's, ta'zieh's, interview's and parliamentary record's speakers stay; with the dialogues parted at headings
    and lists (:func:`_turns`) and a turn's direction (:func:`directed`), speaker 94 → 97 of 112 lines, lines
    wrongly ``speaker`` 6 → 4; an «about» page and a list of fields (tests/test_structure_turns.py) give none."""
    said = Counter(speakers)
    if len(said) < SPEAKER_LABELS_MIN:
        return False
    if sum(1 for a, b in pairwise(speakers) if a == b) * ALTERNATION > len(speakers) - 1:
        return False
    if sum(n for n in said.values() if n >= SPEAKER_MIN_TURNS) * 2 < len(speakers) and sung < SUNG_LABELS_MIN:
        return False
    if sum(1 for n in said.values() if n >= SPEAKER_MIN_TURNS) >= SPEAKER_LABELS_MIN:
        return True
    runs = [label for k, label in enumerate(speakers) if k == 0 or speakers[k - 1] != label]
    return len(runs) > len(set(runs))


def _in_full(dialogues: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each dialogue's labels as their speakers' full names (:func:`_named_in_full`, read over all of them:
    a name given in full in one dialogue is shortened in the next)."""
    named = _named_in_full([label for dialogue in dialogues for label in dialogue])
    out, at = [], 0
    for dialogue in dialogues:
        out.append(named[at : at + len(dialogue)])
        at += len(dialogue)
    return out


def _speakers(turns: Turns, numbered: bool = False, introduced: frozenset[str] = frozenset(),
              exchanged: frozenset[str] = frozenset()) -> frozenset[str]:
    """Speaker labels (from :func:`_turns`). Labels of document parts («منبع», «تبصره», «جلسه» …)
    and labels in brackets never are. Once a label of an interviewer («پرسش», «س», «خبرنگار» …)
    or of the chair of a parliamentary record («رئیس», «نائب رئیس») opens a turn, every label is,
    also of short replies; when speakers take turns in a dialogue (:func:`_taking_turns`), a turn of a
    dialogue holds a stage direction (:func:`directed`: a play's), or a speaker
    opens two turns whose name is shortened after the first turn (:func:`_shortened_dialogue`), every label
    of a turn of the text's dialogues is (not a heading's, :func:`_dash_heading`);
    two speakers or more whose full names the text gives above their first turns (:func:`_introduced`:
    an interview of one question and one answer, as blogs and radio sites print them) or who speak to each other in
    two turns in a row (:func:`_exchange`) are; otherwise
    only persons named with an honorific or an office («خانم پورتر», «وزیر خارجه پمپئو»). A short reply's
    label that gives the initials of a speaker's full name («ا.م: حتماً.») is that speaker's.
    None in an exercise sheet (``numbered``: its questions numbered, :func:`_exercise`)."""
    labels = {k: v for k, v in turns.counts.items() if _may_speak(k)}
    if _exercise(labels, numbered):
        return frozenset()
    if any(k.split()[0] in INTERVIEWER_LABELS or k in CHAIR_LABELS for k in labels):
        return frozenset(labels) | frozenset(k for k in turns.short if _may_speak(k))
    dialogues = [[k for k in dialogue if k in labels] for dialogue in turns.dialogues]
    if any(k in turns.directed or _taking_turns(speakers, len(turns.sung.intersection(dialogue)))
           or _shortened_dialogue(dialogue, speakers)
           for k, (dialogue, speakers) in enumerate(zip(dialogues, _in_full(dialogues), strict=True))):
        named = {_initials_of(k) for k in labels if 2 <= len(k.split()) <= 3}
        return (frozenset(k for dialogue in dialogues for k in dialogue)
                | frozenset(k for k in turns.short if _may_speak(k) and _initials(k) in named))
    if len(introduced & labels.keys()) >= 2 or len(exchanged & labels.keys()) >= 2:
        return frozenset((introduced | exchanged) & labels.keys()) | frozenset(k for k in labels if HONORIFIC.match(k))
    return frozenset(k for k in labels if HONORIFIC.match(k))


GLUED_MIN_TURNS = 3  # lines opening with a label glued to its dash, at least


def _glued_turns(texts: Sequence[str], shapes: Sequence[Shape | None], content: list[int]) -> bool:
    """The text's speakers' labels are glued to their dashes, as the typed record of the 1358 assembly for the
    constitution writes them («نايب رئيس- آقاي عضدي بفرماييد» / «عضدي- بسم الله …» / «سبحاني- پس اگر …»): of
    the lines that open with a label of one to three words glued to a dash (:data:`SPEAKER_GLUED`, no digit:
    «اصل 1/ 118- …» numbers an article) and say TURN_MIN_WORDS words or more after it, GLUED_MIN_TURNS or more
    open with labels that may name a speaker (:func:`_may_speak`), two labels or more among them, and either
    the chair of a parliamentary record opens some (:data:`CHAIR_LABELS`: the chair gives the floor in turn) or
    the labels take turns as a dialogue's do (:func:`_taking_turns`). A place glued to its country over a news
    release («بدخشان- افغانستان : …»), a chapter's label before its title («فصل اول- …»), a newspaper's name
    before its date are said once or open no alternating turns.

    Measured on the collection (round 54, benchmarks/structure_lopo.py): the shape is one publisher's there
    (amirmojiry's record of 1358, set 49: 55 turns made ``speaker``, none made wrong); no other text's lines
    glued to a dash take turns (hpc.org.af's places, law-ir's and vakilt's chapters, mashruteh's rolls of
    absent members under the chair's turns). The rule reads the text's turns, not its names, and the turns it
    finds go to the rule on speakers' labels used through the text (24 sites)."""
    labels = []
    for i in content:
        m = SPEAKER_GLUED.match(texts[i]) if _SPEAKER_DASHES.search(texts[i]) else None
        if (m is None or shapes[i].speaker_end not in {None, m.end()}  # type: ignore[union-attr]
                or len(texts[i][m.end() :].split()) < TURN_MIN_WORDS or dash_list(texts[i])):
            continue  # (a label with a colon opens the line: «نام: …- …»)
        label = reading.plain(m["label"]).strip()
        if _may_speak(label):
            labels.append(label)
    if len(labels) < GLUED_MIN_TURNS or len(set(labels)) < SPEAKER_LABELS_MIN:
        return False
    return bool(CHAIR_LABELS.intersection(labels)) or _taking_turns(labels)


def _percentile(values: Sequence[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0


def learn(texts: Sequence[str], shapes: Sequence[Shape | None], verse: Collection[int] = ()) -> Conventions:
    """The conventions of a document from its lines (``texts``) and their shapes (None for a
    blank line). Lines in ``verse`` (indices already known to be verse) do not count for the
    conventions of prose (wrapping, sentences per line, indentation)."""
    content = [i for i, s in enumerate(shapes) if s is not None]
    if not content:
        return Conventions()
    pairs = list(zip(content, content[1:], strict=False))
    gaps = sum(1 for a, b in pairs if b > a + 1)
    spaced = len(pairs) >= SPACED_MIN_LINES and sum(1 for a, b in pairs if b == a + 2) >= SPACED_SHARE * len(pairs)
    blank_paragraphs = bool(pairs) and gaps >= max(2, len(pairs) // 4) and not spaced
    step = 2 if spaced else 1
    caesuras = sum(1 for i in content if shapes[i].strong_caesura)  # type: ignore[union-attr]
    content = [i for i in content if i not in verse]
    if not content:
        return Conventions(blank_paragraphs=blank_paragraphs, spaced=spaced, caesura_verse=caesuras >= 2)
    pairs = list(zip(content, content[1:], strict=False))
    lengths = [reading.width(texts[i]) for i in content if shapes[i].words >= 4]  # type: ignore[union-attr]
    width = _percentile(lengths, WRAP_WIDTH_PERCENTILE)
    wrap = wrap_max = None
    if WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        # (A line followed by a numbered or bulleted line ends an item: no evidence of wrapping.)
        broken = sum(
            1 for a, b in pairs
            if b == a + step and reading.width(texts[a]) >= WRAP_LONG * width
            and shapes[a].end in {"none", "comma"}  # type: ignore[union-attr]
            and shapes[b].label is None and not shapes[b].bullet  # type: ignore[union-attr]
        )
        if broken >= max(WRAP_MIN_LINES, WRAP_MIN_SHARE * len(lengths)):
            wrap = width
            wrap_max = _percentile([n for n in lengths if n <= WRAP_OVERRUN * width], WRAP_MAX_PERCENTILE)
    paragraph_end = _paragraph_end(texts, shapes, pairs, wrap, step) if wrap else None
    # (Blank lines after lines of prose: inside a sentence, or where one ends.)
    gap_ends = [shapes[a].end for a, b in pairs if b > a + step and shapes[a].words >= BLANK_INSIDE_MIN_WORDS]  # type: ignore[union-attr]
    blank_inside = bool(wrap) and len(gap_ends) >= WRAP_MIN_LINES and sum(
        1 for end in gap_ends if end in {"none", "comma"}) >= BLANK_INSIDE_SHARE * len(gap_ends)
    prose = [shapes[i] for i in content if shapes[i].words >= 4]  # type: ignore[union-attr]
    ends = sum(1 for s in prose if s is not None and s.end == "terminal")
    sentence_lines = (not blank_paragraphs and wrap is None and len(prose) >= SENTENCE_LINES_MIN
                      and ends >= SENTENCE_LINES_SHARE * len(prose))
    turns = _turns(texts, shapes, content, verse)
    speakers = _speakers(turns, numbered=_numbered_questions(texts, shapes, content),
                         introduced=_introduced(texts, shapes, content, turns.counts),
                         exchanged=_exchange(texts, shapes, content))
    speakers -= _counted_labels(texts, shapes, content)
    speakers -= _list_letters(speakers)
    traces = sum(1 for i in content if reading.pdf_traces(texts[i]))
    # (visual order counts only with a text layer's traces: not measured without them)
    visual = sum(1 for i in content if reading.visual_punctuation(texts[i])) if traces else 0
    indents = Counter(shapes[i].indent for i in content)  # type: ignore[union-attr]
    return Conventions(
        blank_paragraphs=blank_paragraphs and not blank_inside,
        spaced=spaced,
        wrap=wrap,
        wrap_max=wrap_max,
        paragraph_end=paragraph_end,
        blank_inside=blank_inside,
        sentence_lines=sentence_lines,
        speakers=speakers,
        glued=_glued_turns(texts, shapes, content),
        caesura_verse=caesuras >= 2,
        pdf=traces >= max(1, len(content) // 10),
        paged=any("\f" in text for text in texts),
        visual=traces > 0 and visual >= max(2, len(content) // 10),
        indent=indents.most_common(1)[0][0],
    )
