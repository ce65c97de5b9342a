"""Two normalised views of a source line: one for the rules, one for readers of PDF-extracted text.

Neither view ever replaces the source's characters in the TEI (the fidelity rule):

* :func:`plain` is what the structure rules look at: presentation forms decomposed (NFKC), bidi
  controls, tatweel, harakat and the stand-ins of C0 controls (:data:`BMP_STAND_INS`) removed,
  Arabic ي/ى/ك, Kurdish ە, «ۀ» (U+06C0, «ه» with the ezafe's hamza above, read as «هٔ» is once its
  harakat are removed) and the Arabic thousands separator read as Persian ی/ک/ه/ه and «،», a
  no-break or other space (:data:`SPACES`) as a space. Its offsets do not match the source's.
* :func:`spaced` is the source line with every space of :data:`SPACES` read as a space, offset
  for offset; :func:`layout` also reads the bidi embedding, override and isolate controls
  (:data:`EMBEDDINGS`) that PDF text layers put before lines as spaces: the view of the rules
  that read the source's own layout (a caesura's gap, a speaker's label, a bullet, the indent).
* :func:`logical` is the reading shown beside a PDF-extracted line, encoded as ``choice/orig/reg``
  (TEI P5 Guidelines 3.5.2, "Regularization and Normalization"): letters in Arabic Presentation
  Forms (U+FB50–U+FDFF, U+FE70–U+FEFC) as their nominal letters (Unicode NFKC, Unicode Standard
  §9.2 "Arabic"), bidi embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) and marks
  (U+200E, U+200F, U+061C) dropped, the stand-ins of C0 controls dropped (the ``g`` of such a
  control stays in the ``orig``: :mod:`nashr.convert.xmlchars`), tatweel (U+0640) that stretches a
  letter dropped (one after a digit is a dash between numbers, «۶۰۱۸ـ۴۹۸۲۳», and stays), Arabic
  ي/ك as Persian ی/ک, and — when the document has it — sentence punctuation that visual-order
  extraction moved to the start of a right-to-left line put back at its end; a letter the font
  mapped to nothing (:data:`LOST_LETTERS`) restored where that makes a known word («ﺩﺍﻧﺸ ﺎﻩ» reads
  «دانشگاه», «ﻓﺮﺩﻭﺳ» reads «فردوسی»: :func:`lost_letters`), and the letters of a lam-alef ligature
  that extraction read back to front put in order where that makes a known word («الیحه» reads
  «لایحه»: :func:`swapped_lam_alef`).

:func:`pdf_traces` says whether a line carries traces of PDF text extraction (presentation forms
or bidi embedding controls): only such lines get a ``reg``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable

from nashr.convert.lazypattern import LazyPattern
from nashr.convert.scripts import ARABIC_LETTER, ARABIC_LETTERS
from nashr.convert.xmlchars import BMP_STAND_INS
from nashr.markup import Span

# (Forms-A's block holds the 32 noncharacters U+FDD0–U+FDEF, no presentation forms: nashr's stand-ins
# for a source's C0 controls and DEL, BMP_STAND_INS, which the rules' view and the readings drop.)
PRESENTATION_FORMS = "\ufb50-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc"
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
TATWEEL = "\u0640"
SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
"""Space separators other than the space (Unicode category Zs): NO-BREAK SPACE, which word
processors and web pages put for spaces, the typographic spaces U+2000–U+200A, NARROW NO-BREAK
SPACE, MEDIUM MATHEMATICAL SPACE and IDEOGRAPHIC SPACE. A rule that looks for a space means any of them."""
HARAKAT = "\u064b-\u065f\u0670"
# Embedding, override and isolate controls: what PDF text layers put around lines and numbers.
# (Left-to-right and right-to-left marks also come from ordinary web text: no trace.)
EMBEDDINGS = "\u202a-\u202e\u2066-\u2069"
_PRESENTATION = re.compile(f"[{PRESENTATION_FORMS}]+")
# Searching for one of a set of characters with a character class is the fastest test in Python
# (a scan in C, no object per character).
_TRACE = re.compile(f"[{PRESENTATION_FORMS}{EMBEDDINGS}]")
_DROPPED = re.compile(f"[{BIDI_CONTROLS}{TATWEEL}{BMP_STAND_INS}]+")
_DROPPED_PLAIN = LazyPattern(f"[{BIDI_CONTROLS}{TATWEEL}{HARAKAT}{BMP_STAND_INS}]+")
# Arabic ي ى ك, Kurdish ە (U+06D5) typed for Persian ه, «ۀ» (U+06C0) read as «ه» as «هٔ» is
# (its hamza above is one of the harakat dropped: an article's label «مادۀ اول:» reads as «ماده اول:»,
# moj.gov.af's statute), Arabic thousands separator «٬» (U+066C) typed as a comma, Arabic-Indic digits
# as Persian digits.
_PERSIAN = dict(zip("يىكەۀ٬٠١٢٣٤٥٦٧٨٩", "ییکهه،۰۱۲۳۴۵۶۷۸۹", strict=True))
_READER = {"ي": "ی", "ك": "ک"}
# Replacing only the few characters that change is many times faster than str.translate over
# every character of a line.
_PERSIAN_CHARS = LazyPattern(f"[{''.join(_PERSIAN)}]")
_READER_CHARS = LazyPattern(f"[{''.join(_READER)}]")
_SPACES = re.compile(f"[{SPACES}]")
# Every character plain() changes.
_PLAIN_CHANGES = re.compile(
    f"[{PRESENTATION_FORMS}{BIDI_CONTROLS}{TATWEEL}{HARAKAT}{''.join(_PERSIAN)}{SPACES}{BMP_STAND_INS}]")
# Punctuation that ends a sentence or clause, as visual-order extraction leaves it at the start
# of a right-to-left line: «.این جمله است» for «این جمله است.». A dot directly before a digit
# is an item number's («.۱دستور …» for «۱. دستور …») and stays.
_VISUAL_START = re.compile(rf"^(?P<punct>[.:!،؛؟]+)(?P<rest>\s*[{ARABIC_LETTERS}].*)$",
                           re.S)


def _nominal(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def pdf_traces(text: str) -> bool:
    """True when ``text`` has a presentation-form letter or a bidi embedding, override or
    isolate control (U+202A–U+202E, U+2066–U+2069)."""
    return _TRACE.search(text) is not None


# Characters around the ends of a line looked at for visual order (controls and spaces included).
_END = 24


def visual_punctuation(text: str) -> bool:
    """True when a line starts with sentence punctuation directly before Arabic-script text and
    does not end with punctuation: the trace of visual-order extraction. Reads only the ends of
    the line."""
    start = _DROPPED.sub("", _PRESENTATION.sub(_nominal, text[:_END])).strip()
    end = _DROPPED.sub("", text[-_END:]).rstrip()
    return _VISUAL_START.match(start) is not None and not end.endswith((".", ":", "!", "؟", "?", "،"))


def nominal(text: str) -> str:
    """``text`` with its Arabic presentation forms as their nominal letters (NFKC), nothing else
    changed: tatweel, controls and spaces stay, for the rules that read them in the source
    (a tatweel typed as an item's dash after «اﻟﻒ» in a PDF text layer)."""
    return _PRESENTATION.sub(_nominal, text) if _PRESENTATION.search(text) else text


def plain(text: str, visual: bool = False) -> str:
    """The view the structure rules read (see the module docstring); not offset-aligned. With
    ``visual``, punctuation at the start of the line goes back to its end (as :func:`logical`)."""
    if _PLAIN_CHANGES.search(text) is None:  # most lines: nothing to change
        view = text
    else:
        view = _DROPPED_PLAIN.sub("", _PRESENTATION.sub(_nominal, text))
        view = spaced(_PERSIAN_CHARS.sub(lambda m: _PERSIAN[m.group()], view))
    return _unvisual(view) if visual else view


_CONTROLS = re.compile(f"[{BIDI_CONTROLS}{BMP_STAND_INS}]")


def width(text: str) -> int:
    """Characters ``text`` shows up to its trailing white space: its bidi controls (:data:`BIDI_CONTROLS`, which a
    PDF text layer puts around each run of another direction: a line with numbers, commas or Latin words
    carries two for each) and the stand-ins of its C0 controls (:data:`BMP_STAND_INS`: a NUL where a
    PDF font maps a glyph to nothing) take no room on the page and are not counted."""
    shown = text.rstrip()
    return len(shown) - len(_CONTROLS.findall(shown)) if _CONTROLS.search(shown) else len(shown)


def spaced(text: str) -> str:
    """``text`` with each space of :data:`SPACES` (NBSP …) read as a space: same length, offsets unchanged."""
    return _SPACES.sub(" ", text) if _SPACES.search(text) else text


_LEAD = LazyPattern(f"^[\\s{EMBEDDINGS}]+")


def layout(text: str) -> str:
    """:func:`spaced` ``text`` with each control of :data:`EMBEDDINGS` among the white space at its
    start read as a space («\u202bـ نظر به …» starts with its bullet, «\u202b   ۱.» is indented
    three): same length, offsets unchanged. Controls further on stay (a PDF layer's
    «…\u202c \u202b…» between two runs is no wider than a space)."""
    view = spaced(text)
    return _LEAD.sub(lambda m: " " * len(m.group()), view) if _TRACE.search(view[:_END]) else view


def _unvisual(text: str) -> str:
    m = _VISUAL_START.match(text.strip())
    return m["rest"].strip() + m["punct"][::-1] if m else text


def source_offsets(text: str, visual: bool = False) -> list[int] | None:
    """For each character of ``logical(text, visual)``, the offset of the source character it
    reads (a ligature's letters all read the ligature: «ﻻ» → «لا»), then ``len(text)``; None
    when the reading cannot be aligned character by character (a composition across letters).
    Dropped controls and tatweel have no reading character; punctuation moved back to the end of
    a visual-order line keeps its source offset."""
    offsets: list[int] = []
    pieces: list[str] = []
    repairs = letter_repairs(text)
    for i in logical_order(text) or range(len(text)):
        read = repairs[i] if i in repairs else _char_reading(text[i])
        pieces.append(read)
        offsets.extend([i] * len(read))
    reading = "".join(pieces)
    if visual and (m := _VISUAL_START.match(reading.strip())) is not None:
        lead = len(reading) - len(reading.lstrip())
        rest = m["rest"]
        first = lead + m.start("rest") + len(rest) - len(rest.lstrip())
        last = lead + m.end("rest") - (len(rest) - len(rest.rstrip()))
        offsets = offsets[first:last] + offsets[lead : lead + len(m["punct"])][::-1]
        reading = reading[first:last] + m["punct"][::-1]
    if reading != logical(text, visual):
        return None
    return [*offsets, len(text)]


def aligned_spans(spans: Iterable[Span], text: str, visual: bool = False) -> tuple[list[Span], list[Span]]:
    """The ``spans`` found in ``logical(text, visual)``, and the same spans moved onto the source
    ``text``: each covers the source characters its reading characters come from
    (:func:`source_offsets`), so the names and dates of a PDF line are marked in ``orig`` too, on
    the characters the fidelity check reads. Returns ``(reading spans, source spans)``.

    A place whose source ends with a letter drawn to join the next one (an initial or medial
    presentation form: «ﺍﻧﮕﻠﯿﺴ», «ﻓﺎﺭﺳ») or begins with one drawn joined to the one before (a
    medial or final form) lost a letter in the extraction — the «ی» of «انگلیسی», «فارسی»,
    the language or nationality — and is dropped from both readings (Unicode Standard §9.2, the
    joining forms of Arabic letters); a person's name cut so is still the person's. A span over
    punctuation that a visual-order line moved is left out of the source spans, and so is every
    span when the reading cannot be aligned."""
    offsets = source_offsets(text, visual)
    read, source = [], []
    for span in spans:
        if offsets is None:
            read.append(span)
            continue
        start, end = offsets[span.start], offsets[span.end - 1] + 1
        if span.tag == "placeName" and start < end and _cut_word(text, start, end):
            continue
        read.append(span)
        if start < end:
            source.append(Span(start, end, span.tag, span.attrs, span.replacement))
    return read, source


def _cut_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with an initial or medial presentation form that no
    letter follows, or starts with a medial or final one that no letter precedes (see
    :func:`aligned_spans`). A letter there is the one the form joins: «ﺑﺘﻬﺮﺍﻥ» («بتهران», the
    preposition glued) holds the whole place «تهران»."""
    return ((_form(text[end - 1]) in ("INITIAL", "MEDIAL") and not ARABIC_LETTER.match(text[end : end + 1]))
            or (_form(text[start]) in ("MEDIAL", "FINAL") and not ARABIC_LETTER.match(text[start - 1 : start])))


def _form(char: str) -> str:
    """``INITIAL``, ``MEDIAL``, ``FINAL`` or ``ISOLATED`` for an Arabic presentation form, else ``""``."""
    if not _PRESENTATION.match(char):
        return ""
    name = unicodedata.name(char, "")
    return name.rsplit(" ", 2)[-2] if name.endswith(" FORM") else ""


def _nominal_char(char: str) -> str:
    read = unicodedata.normalize("NFKC", char)
    return "".join(_READER.get(c, c) for c in read)


@functools.cache
def _char_reading(char: str) -> str:
    """What one source character reads as in :func:`logical` (before any letter is restored);
    kept per character (a text uses a few hundred: a dictionary lookup instead of two pattern
    matches and a normalisation for every character of a PDF line)."""
    if _DROPPED.match(char):
        return ""
    return _nominal_char(char) if _PRESENTATION.match(char) else _READER.get(char, char)


LOST_LETTERS = ("ی", "گ", "ک")
"""Letters that fonts of some PDFs map to no character, in the order they are tried: the final
«ی» and the keheh letters «گ»/«ک» of XeLaTeX's Persian fonts, as the test collection's
pdftotext extractions show them (tests/data/corpus/*-pdftotext: «ﺩﺍﻧﺸ ﺎﻩ», «ﺩﺍﻧﺸ ﺪەﯼ», «ﻣ ﮐﻨﺪ»)."""
_MAX_LOST = 3  # letters restored in one word at most (3³ readings tried)


@functools.cache
def _joining_forms() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(forms drawn joined to the next letter, forms drawn joined to the one before, the pattern
    of a form joined to the next that no letter follows), from the Unicode names of the
    presentation forms (INITIAL/MEDIAL/FINAL FORM; Unicode Standard §9.2)."""
    joins_next, joins_before = [], []
    for code in itertools.chain(range(0xFB50, 0xFE00), range(0xFE70, 0xFEFD)):
        name = unicodedata.name(chr(code), "")
        if name.endswith(("INITIAL FORM", "MEDIAL FORM")):
            joins_next.append(chr(code))
        if name.endswith(("MEDIAL FORM", "FINAL FORM")):
            joins_before.append(chr(code))
    cut = re.compile(f"[{''.join(joins_next)}](?![{ARABIC_LETTERS}])")
    return frozenset(joins_next), frozenset(joins_before), cut


def _known_word(word: str) -> bool:
    """True for an everyday word, a listed family or given name, or one of these with the ezafe
    or indefinite «ی» («دانشکدهی»): the lexicons of :mod:`nashr.entities.candidates`."""
    from nashr.entities.candidates.terms import norm  # the lexicons load only for a PDF line with a cut word
    from nashr.entities.candidates.words import everyday_word, is_given, surnames

    key = norm(word)
    return any(everyday_word(form) or form in surnames() or is_given(form)
               for form in (key, key[:-1] if key.endswith("ی") else key) if form)


def lost_letters(text: str) -> dict[int, str]:
    """Where a PDF line lost letters its font maps to nothing: source offset → what that character
    reads as instead. A letter drawn joined to the next with no letter after it lost the letter
    that followed («ﻓﺮﺩﻭﺳ»: the offset of «ﺳ» → «سی»); a space between a letter drawn joined to
    the next and one drawn joined to the one before stands for the lost letter («ﺩﺍﻧﺸ ﺎﻩ»: the
    space → «گ»). A word's readings are tried with :data:`LOST_LETTERS` and the first that is a
    known word (:func:`_known_word`) is taken; with none, the word is left as it is. A no-break
    space reads as a space (:func:`spaced`)."""
    _, joins_before, cut = _joining_forms()
    text = spaced(text)  # a no-break space stands for a lost letter as a space does
    repairs: dict[int, str] = {}
    ends = [m.start() for m in cut.finditer(text)]
    handled = -1
    for end in ends:
        if end <= handled:
            continue
        start = end
        while start > 0 and ARABIC_LETTER.match(text[start - 1]):
            start -= 1
        slots: list[int] = []  # the lost letters' places: a gap's space or a cut word's last letter
        pos = end
        while pos + 2 < len(text) and text[pos + 1] == " " and text[pos + 2] in joins_before:
            slots.append(pos + 1)  # a space inside the word
            pos += 2
            while pos + 1 < len(text) and ARABIC_LETTER.match(text[pos + 1]):
                pos += 1
            if not cut.match(text, pos):
                break
        else:
            slots.append(pos)  # the word ends cut
        handled = pos
        if len(slots) > _MAX_LOST:
            continue
        for letters in itertools.product(LOST_LETTERS, repeat=len(slots)):
            restored = dict(zip(slots, letters, strict=True))
            word = "".join(
                restored[i] if text[i] == " " else _char_reading(text[i]) + restored[i] if i in restored
                else _char_reading(text[i]) for i in range(start, pos + 1))
            if _known_word(word):
                repairs.update({i: letter if text[i] == " " else _char_reading(text[i]) + letter
                                for i, letter in restored.items()})
                break
    return repairs


_ALEF_LAM = "ال"
_WORD = LazyPattern(f"[{ARABIC_LETTERS}]+")
_MAX_SWAPS = 3  # «ال» pairs in one word tried one by one, then all together


def swapped_lam_alef(text: str) -> dict[int, str]:
    """Where a PDF line has the lam-alef ligature read back to front: source offset → the letter
    it reads as. The ligature «لا» is one glyph; text extraction in visual order (pdftotext on
    Chromium's PDFs) gives its two letters reversed, «ال»: «الیحه» for «لایحه», «اصالح» for
    «اصلاح», «اسالمی» for «اسلامی» (every such layer of the test collection). A word with «ال»
    that is no known word (:func:`_known_word`) reads with one of its «ال», or all of them, as
    «لا» when that makes a known word; «البته», «ریالی», «الدین» are known and stay."""
    if _ALEF_LAM not in text:
        return {}
    repairs: dict[int, str] = {}
    for word in _WORD.finditer(text):
        pairs = [m.start() for m in re.finditer(_ALEF_LAM, word.group())]
        if not pairs or len(pairs) > _MAX_SWAPS:
            continue
        reading = "".join(_char_reading(char) for char in word.group())
        if len(reading) != len(word.group()) or _known_word(reading):
            continue
        for chosen in [*([p] for p in pairs), *([pairs] if len(pairs) > 1 else [])]:
            letters = list(reading)
            for p in chosen:
                letters[p : p + 2] = ["ل", "ا"]
            if _known_word("".join(letters)):
                repairs.update({word.start() + p + k: letter for p in chosen
                                for k, letter in enumerate(("ل", "ا"))})
                break
    return repairs


# Characters a visual-order left-to-right run may start or end with that take the right-to-left
# line's direction beside digits (Unicode Bidirectional Algorithm, UAX #9: the neutrals WS and ON —
# spaces, brackets, quotation marks — and the separators CS the rules N1–N2 resolve with them:
# colon, comma, Arabic comma).
_NEUTRALS = "\\s()\\[\\]{}«»\"'<>:,\u060c"
_LTR_RUN = LazyPattern(f"\u202a(?P<lead>[{_NEUTRALS}]*)(?P<rest>[^{_NEUTRALS}\u202a-\u202e]"
                       f"(?:[^\u202a-\u202e]*[^{_NEUTRALS}\u202a-\u202e])?)?(?P<trail>[{_NEUTRALS}]*)\u202c")


def logical_order(text: str) -> list[int] | None:
    """The source offsets of ``text`` in logical order, or ``None`` when that is the source's.

    A PDF text layer (pdftotext) marks a left-to-right run inside a right-to-left line with
    LEFT-TO-RIGHT EMBEDDING … POP DIRECTIONAL FORMATTING and writes it in visual order: the
    spaces and brackets it starts with stood after its digits or letters in the line's logical
    order, and the spaces and separators it ends with stood before them, where the bidirectional
    algorithm (UAX #9, rules N1–N2) gave them the line's right-to-left direction. They go back
    there, each group in reverse: «‪ )۱‬» reads «۱) », «‪[ ۱۳۳۱‬» «۱۳۳۱ [» (Chromium's PDFs of
    «ماده ۱)», «۱۳۳۱ [قانون»), «‪۶۲۲۱۳۴۰ :‬» «: ۶۲۲۱۳۴۰» (a Word PDF's «نام: ۶۲۲۱۳۴۰»); a run of
    neutrals alone is reversed whole («‪ :‬» reads «: »)."""
    if "\u202a" not in text or not ARABIC_LETTER.search(_LTR_RUN_WHOLE.sub("", text)):
        return None  # a left-to-right line (code, a Latin title): no right-to-left side to go back to
    order: list[int] | None = None
    for m in _LTR_RUN.finditer(text):
        start, end = _paired(m.group("lead"), m.group("rest") or "", m.group("trail"))
        start, end = m.start("lead") + start, m.start("trail") + end
        if start == m.start("lead") and end == m.end("trail"):
            continue
        order = order or list(range(len(text)))
        lead, rest, trail = order[m.start("lead") : start], order[start:end], order[end : m.end("trail")]
        order[m.start("lead") : m.end("trail")] = trail[::-1] + rest + lead[::-1]
    return order


_OPENERS, _CLOSERS = "([{«<", ")]}»>"
_LTR_RUN_WHOLE = LazyPattern("\u202a[^\u202a-\u202e]*\u202c")


def _paired(lead: str, rest: str, trail: str) -> tuple[int, int]:
    """Where a run's leading neutrals end (in ``lead``) and its trailing ones start (in
    ``trail``) once brackets that pair across them stay with the run's content (UAX #9, rule N0:
    a bracket pair takes the direction of what it encloses): «{…}» of «\\usepackage[…]{…}»
    stays; the «[» of «[ ۱۳۳۱», whose partner is not in the run, goes."""
    inner = lead + rest + trail
    opened = {c: inner.count(c) for c in _OPENERS}
    closed = {c: inner.count(c) for c in _CLOSERS}
    start = len(lead)
    while start and lead[start - 1] in _OPENERS and closed[_CLOSERS[_OPENERS.index(lead[start - 1])]]:
        start -= 1
    end = 0
    while end < len(trail) and trail[end] in _CLOSERS and opened[_OPENERS[_CLOSERS.index(trail[end])]]:
        end += 1
    return start, end


DASH_TATWEEL = LazyPattern(f"[0-9\u0660-\u0669\u06f0-\u06f9][{BIDI_CONTROLS}]*(?P<dash>{TATWEEL})")
"""A tatweel after a digit (bidi controls between them): a dash between numbers, no letter drawn
out (group ``dash``, :func:`letter_repairs`)."""


def letter_repairs(text: str) -> dict[int, str]:
    """Source offset → reading for the letters a PDF line lost (:func:`lost_letters`) or has
    back to front (:func:`swapped_lam_alef`), and for a tatweel after a digit (bidi controls
    between them), which reads as itself: no letter is stretched there, it is a dash between
    numbers («6018ـ49823ـ 28/12/1325» in a PDF layer of an official letter's number and date)."""
    repairs = lost_letters(text)
    if TATWEEL in text:
        repairs.update({m.start("dash"): TATWEEL for m in DASH_TATWEEL.finditer(text)})
    return swapped_lam_alef(text) | repairs


def logical(text: str, visual: bool = False) -> str:
    """The logical, normalised reading of a PDF-extracted piece of a line.

    Args:
        text: the piece as in the source.
        visual: the document puts final punctuation at the start of lines (visual order):
            move a leading run of sentence punctuation to the end.

    Returns:
        The reading; equal to ``text`` when there is nothing to normalise.
    """
    repairs = letter_repairs(text)
    order = logical_order(text)
    if repairs or order:
        reading = "".join(repairs[i] if i in repairs else _char_reading(text[i])
                          for i in order or range(len(text)))
    else:
        reading = _READER_CHARS.sub(lambda m: _READER[m.group()], _DROPPED.sub("", _PRESENTATION.sub(_nominal, text)))
    return _unvisual(reading) if visual else reading
