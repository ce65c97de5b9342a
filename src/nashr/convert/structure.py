"""Classify the lines of a plain-text source into the roles a TEI editor would encode.

First the document's conventions are learnt (:mod:`nashr.convert.conventions`: blank-line
paragraphs, hard wrapping, speaker labels, verse separators, PDF traces); then every non-blank
line gets one role, the name of the rule that chose it and, where the evidence is thin, a
certainty (``medium`` or ``low``), so ``nashr convert --explain`` can show an editor why. Rules
look at the line, its neighbours, its position and the conventions; none names a word that only
one text uses. The roles, and the TEI each becomes (TEI P5 Guidelines ch. 4 "Default Text
Structure", 3.13 "Verse", 4.2 "Elements common to all divisions", 6, 7):

=============  ===========================================================
role           TEI
=============  ===========================================================
masthead       ``fw type="masthead"`` (periodical title and issue)
fw             ``fw`` (running head, page number left by a print layout)
title          ``head type="main"`` (a title over several lines: each line)
subtitle       ``head type="sub"`` (tagline, approval note, kicker above the title)
byline         ``byline``
dateline       ``dateline`` (at the top, or in the ``closer`` at the end)
addressee      ``opener/address/addrLine`` (a letter's addressee)
salute         ``opener/salute`` at the top, ``closer/salute`` at the end
head           ``head`` opening a ``div``
p              ``p``
p+             ``lb`` and the line, inside the ``p`` of the line before (hard wrapping)
item           ``item`` of a ``list`` (``@n`` = the number)
item+          ``lb`` and the line, inside the ``item`` before
continuation   a further ``p`` inside the previous ``item``
l              ``l`` in an ``lg``: a bayt (hemistichs as ``seg``) or one hemistich
speaker        ``sp`` with ``speaker`` and the rest of the line as ``p``
stage          ``stage`` (a play's stage direction or setting on its own line)
quote          ``quote`` (a block quotation on its own line)
note           ``note`` (a footnote or endnote line)
closer         ``closer`` (slogans such as «زنده باد …»)
signed         ``closer/signed``
postscript     ``postscript`` (a copy list «رونوشت به: …», a P.S.)
trailer        ``trailer`` (a lone «*», «پایان»)
=============  ===========================================================

The rules live by concern: page furniture and the matter at the top and end of a text in the
modules of :mod:`nashr.convert.matter` (``top``, ``closing``, ``page`` …), the pages of PDF text
layers (page numbers, footnotes, contents) in :mod:`nashr.convert.pages`, verse in
:mod:`nashr.convert.verse`, the body (lists, headings, speeches, notes, wrapped lines, quotations)
here; they share a :class:`~nashr.convert.document.Document`.
All passes are linear in the number of lines and in the length of each line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from nashr.convert.around import (
    author_under_heading,
    credit_under_text,
    headline_over_body,
    headline_under_furniture,
    image_labels,
    letter_addressee,
    name_block,
    pen_name_under_poem,
    poem_title,
    poet_over_poem,
    press_office,
    source_credit,
    title_glued,
    title_said_twice,
)
from nashr.convert.boilerplate import boilerplate_edges
from nashr.convert.certainty import (
    EDGE_LINES,
    EDGE_REASON,
    coda_doubts,
    continuation_doubts,
    edge_alternatives,
    edge_doubt,
    reading_doubts,
)
from nashr.convert.conventions import (
    ANSWER_LABELS,
    ANY_DIGIT,
    CHAIR_LABELS,
    DIGIT,
    INTERVIEWER_LABELS,
    QUESTION_LABELS,
    RECORD_SEPARATOR,
    SET_MARK,
    WRAP_OVERRUN,
    Conventions,
    Label,
    Shape,
    dash_list,
    directed,
    first_words,
    follows,
    narrates,
    words,
)
from nashr.convert.document import (
    ADDRESS_LINE,
    DEFAULT_RULE,
    EDITION_FURNITURE,
    PROSE_MIN_WORDS,
    PROSE_ROLES,
    TEXT_ROLES,
    Document,
    Line,
    date_only,
    full,
    is_dateline,
    runs_on,
)
from nashr.convert.forms import form_fields
from nashr.convert.furniture import edge_fields, empty_fields, furniture_blocks, latin_edges, rule_lines
from nashr.convert.gloss import gloss_lines
from nashr.convert.images import image_lines
from nashr.convert.language_switch import language_switches
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.links import links_under_text
from nashr.convert.markup import markup_blocks
from nashr.convert.matter.closing import CERTIFIED, TRAILER, WIKI_HEADING, closing_matter
from nashr.convert.matter.dateline import places_beside_dates, post_stamps
from nashr.convert.matter.foot import FOOT_ABOVE_RULE, foot_above, foot_between, letterless_foot, page_foot
from nashr.convert.matter.letter import letter_edges, letter_seal, letter_top_inside, petition_salute
from nashr.convert.matter.masthead import periodical_page
from nashr.convert.matter.opening import invocation
from nashr.convert.matter.page import page_furniture
from nashr.convert.matter.patterns import (
    APPROVAL_NOTE,
    BYLINE,
    EDIT_LINK,
    INVOCATION,
    PART_NAME,
    SECTION_LABEL_MAX_WORDS,
    SECTION_NUMBER,
    SECTION_WORD,
    SECTION_WORD_START,
    SHORT_INVOCATION,
)
from nashr.convert.matter.people import bulleted_credits, credit_line
from nashr.convert.matter.shapes import CLAUSE_WORDS, CONTINUOUS_VERB, clause, wrapped_heading
from nashr.convert.matter.site import MENU_LABEL_MAX_WORDS, MENU_RULE, menu_foot, menu_top
from nashr.convert.matter.title import poet_over_title, restated_top, wiki_subpage_header
from nashr.convert.matter.top import attribution, matter_below_top, top_matter
from nashr.convert.openers import listed_addressees
from nashr.convert.pages import CONTENTS_MIN_LEADERS, FORMULA, LONE_NUMBER, contents_entry, layout_rows
from nashr.convert.poem_line import poem_lines
from nashr.convert.reading import plain
from nashr.convert.reading import width as text_width
from nashr.convert.scripts import ARABIC_LETTER
from nashr.convert.search import search_boxes
from nashr.convert.turns import labels_taken_for_heads, run_in_labels, unbracketed_directions
from nashr.convert.verse import (
    METRE_MIN_RATIO,
    POET_MAX_WORDS,
    bayt_lines,
    free_verse,
    glosses,
    hemistich_pairs,
    indented_bayts,
    interludes,
    letter_count,
    marked_bayts,
    ornaments,
    poem_headings,
    quatrain_bayts,
    quatrain_lines,
    quatrain_pages,
    quoted_bayts,
    song_lines,
    table_hemistichs,
    verse_lines,
    verse_ornaments,
)

# Colon-final headings are short noun phrases: the longest in the seeds has 6 words
# («فعالیت حزب در سطح بین المللی:»); sentences that introduce what follows are longer or contain
# the object marker «را» («چند نکته دیگر را هم لازم است اشاره کنم:») or a verb that announces a
# list or quotation («… عبارتند از:», «… به شرح زیر است:», «… چنین گفت:»).
HEAD_COLON_MAX_WORDS = 7
# Headings without a colon: up to this many words, between paragraphs, before prose. Their record
# on the collection (nashr.convert.certainty) once split by length: up to 3 words wrong on 4 of 23
# lines (cert medium), longer ones on 12 of 22 (cert low); with 295 texts 10 of 31 and 8 of 20, both
# in the policy's ``low`` band, so the rule gives ``low`` whatever the length. A line set apart
# above a heading is a heading up to HEAD_SURE_WORDS.
HEAD_MAX_WORDS = 12
HEAD_SURE_WORDS = 5
CHECKED_TAIL = 24  # characters at the end of a line looked at for its last word
SECTION_MAX_WORDS = 8
# Footnote lines: «[۱] …», and the marker «[۱]» somewhere before in the text.
# A word processor's superscript numbers stand for the marker too («…قصر رسیدیم¹», «¹ قصر فیروزه …»).
SUPERSCRIPT = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
# («*****» alone parts the text: :func:`nashr.convert.verse.ornaments`.)
NOTE_LINE = re.compile(rf"^\s*[\[(](?P<num>{DIGIT}{{1,3}})[\])]\s*\S|^\s*(?P<star>\*{{1,3}})\s*[^\s*]"
                       rf"|^\s*(?P<sup>{SUPERSCRIPT}{{1,3}})\s*\S")
# A wiki's hatnote under a section's heading, pointing to the article the section sums up («مقالهٔ اصلی: …»,
# «نوشتار اصلی: …»; Wikipedia's {{اصلی}} template), the edit link of the heading above glued before it or not.
HATNOTE = re.compile(r"^(?:\[ویرایش\])?\s*(?:مقاله|نوشتار)(?:ٔ|ی|\u200cی)?\s+(?:اصلی|اصلي)\s*[:：]\s*\S")
HATNOTE_MAX_WORDS = 12
# A reference of a wiki page, copied with MediaWiki's back-link arrow: «↑ «تاریخچه کتابخانه». …».
BACKLINK_NOTE = re.compile(r"^\s*[↑^]\s*\S")
# Markdown link reference definitions (CommonMark 0.31 §4.7): «[label]: URL».
LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+$")
# Note markers in the text: «[۱]», «متن*», and a number in parentheses glued to the word it glosses
# («خواست(۱)», as blogs copy a book's footnote numbers; with a space before it, «(۱)» numbers a
# run-in list instead, unless it is the line's only number in parentheses: SPACED_MARK).
NOTE_MARK = LazyPattern(rf"\[{DIGIT}{{1,3}}\]|\S\*{{1,3}}(?=\s|$)|(?<=\S)(?<![(\[])(?<!{DIGIT})\({DIGIT}{{1,3}}\)"
                        rf"|(?<=[^\s\d{SUPERSCRIPT[1:-1]}]){SUPERSCRIPT}{{1,3}}")
# A number in parentheses after a word and a space («… نیمی به حسین (1)», «شیخ الاسلام (۱) توسط …»): a note's
# marker when it is the only number in parentheses on its line (a run-in list numbers its points on one line:
# «(۱) … (۲) …»). Only a line opening with that number later in the text makes the line a note (_notes).
SPACED_MARK = LazyPattern(rf"(?<=[^\W\d_] )\({DIGIT}{{1,3}}\)")
PARENTHESISED_NUMBER = LazyPattern(rf"\({DIGIT}{{1,3}}\)")
# A line opening with Markdown emphasis («*ریکوئست* (…) را …», «**مهارت های ضروری:**»): its asterisks close on a
# word of the line, no footnote's star («* ثوب : لباس …»).
EMPHASIS_OPENS = LazyPattern(r"^\s*(\*{1,3})[^\s*][^*]*(?<=[^\s*])\1(?!\*)")
INDENT_DOUBT_MIN = 2  # spaces a prose line is indented beyond the text's own lines to be read with doubt (_quotes)
# A photo's credit or caption line (news and blog pages): «… : عکس از …», «ترکیب عکس‌ها توسط …»,
# «تصویر: …», «منبع عکس: …», «Photo by …» — the photo word opening the line or a sentence of it
# (also in parentheses after the caption: «… . (تصویر از آسوشیتدپرس)»).
PHOTO_CREDIT = re.compile(
    r"(?:^|[:.؛]\s*\(?)(?:(?:ترکیب|منبع|اعتبار)\s+)?(?:عکس|عکس‌ها|عکسها|تصویر|تصاویر|فتو)\s*(?:از\s|توسط\s|:)"
    r"|^(?:منبع|توضیح|اعتبار|حق نشر|حق‌نشر|کپی‌رایت)\s+(?:عکس|تصویر)\s*[,،:]"  # «منبع تصویر, Getty Images»
    r"|^(?:Photo|Image)(?:\s+by|\s*:)", re.IGNORECASE)
PHOTO_CREDIT_MAX_WORDS = 25


# A sentence crediting the piece's writer or translator: «ترجمه این مطلب توسط …», «این مطلب را …
# ترجمه کرده است», «نوشته این گزارش از …».
CREDIT_SENTENCE = re.compile(r"^(?:ترجمه|برگردان|نوشته|تهیه|گردآوری)\s+(?:این|از این)\s+"
                             r"(?:مطلب|مقاله|نوشته|گزارش|متن|یادداشت)"
                             r"|^این\s+(?:مطلب|مقاله|نوشته|گزارش|متن|یادداشت)\s+را\s+.{1,60}\s(?:ترجمه|تهیه)\s+کرده")
CREDIT_SENTENCE_MAX_WORDS = 30
# A site's sentence on where it took the text from: «این متن از روزنامۀ کیهان … عینا نقل شده است».
TAKEN_FROM = re.compile(r"^(?:این|متن)\s+(?:متن|مطلب|نوشته|گزارش|سند|نامه|زیر)\s.{0,160}?"
                        r"\s(?:نقل|برداشته|برگرفته|گرفته|اقتباس)\s(?:شده|گردیده)")
# An archive's or editor's sentence on the document itself rather than its text: where the original is
# kept («اصل تصویب نامه در دفتر نخست وزیر است», «اصل در پرونده …»), when this copy was printed
# («تاریخ چاپ این نسخه …»), that it is published for the first time («این نامه برای اولین بار منتشر
# می‌شود …»); with a copy's certification («رونوشت برابر اصل است»: CERTIFIED) inside the text. Seen
# on the pages of four publishers of sets 3, 5, 9 and 10.
DOCUMENT_NOTE = LazyPattern(r"^اصل(?:\s+\S+){0,3}?\s+در\s+(?:دفتر|پرونده|بایگانی|آرشیو|کتابخانه|موزه|مرکز)(?=\s|$)"
                            r"|^(?:تاریخ\s+)?(?:چاپ|انتشار|نگارش)\s+این\s+(?:نسخه|نامه|سند|شماره)\s"
                            r"|^این\s+(?:نامه|سند|نسخه|متن)\s+(?:برای\s+(?:اولین|نخستین)\s+بار|تاکنون)\s")
# Ordinal words by value, as they number the parts of a text («کلمه نخستین …», «کلمه دویم …»,
# «حکایت سیوم»): the classical spellings too (دویم, سیوم, سیم).
ORDINALS = {"اول": 1, "اولین": 1, "نخست": 1, "نخستین": 1, "یکم": 1, "دوم": 2, "دویم": 2, "دومین": 2,
            "سوم": 3, "سیوم": 3, "سیم": 3, "سومین": 3} | {
    stem + end: n
    for n, stem in enumerate("چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده "
                             "بیست".split(), start=4)
    for end in ("م", "مین")}
ORDINAL_SERIES_MIN = 3


@dataclass(frozen=True, slots=True)
class Structure:
    """A classified source: one :class:`Line` per source line, and the document's conventions."""

    lines: list[Line]
    conventions: Conventions


def _prepare(texts: Sequence[str], furniture: frozenset[int] = frozenset()) -> Document:
    """The lines measured, page furniture and verse found, and the conventions learnt (a first
    time for the furniture, which depends on PDF traces; again once verse is set aside).
    ``furniture``: indexes of lines the edition shows to be furniture (:mod:`nashr.convert.edition`)."""
    doc = Document(texts)
    doc.learn()
    page_furniture(doc)
    for i in furniture:
        doc.set(i, "fw", EDITION_FURNITURE)
    poem_headings(doc)
    labels_taken_for_heads(doc)
    doc.set_flow()
    _ordinal_series(doc)
    glossing = glosses(doc, doc.flow)
    with doc.aside(glossing | interludes(doc, doc.flow)):
        verse_lines(doc, doc.flow)
        marked_bayts(doc, doc.flow)
        bayt_lines(doc, doc.flow)
        indented_bayts(doc, doc.flow)
        hemistich_pairs(doc, doc.flow)
        table_hemistichs(doc, doc.flow)
        quoted_bayts(doc, doc.flow)
        free_verse(doc, doc.flow)
        song_lines(doc, doc.flow)
        quatrain_pages(doc, doc.flow)
        quatrain_lines(doc, doc.flow)
        poem_lines(doc, doc.flow)
        quatrain_bayts(doc, doc.flow)
        verse_ornaments(doc, doc.flow)
    gloss_lines(doc, glossing)
    page_foot(doc)
    ornaments(doc, doc.flow)
    search_boxes(doc)
    menu_top(doc)
    doc.set_flow()
    doc.learn()
    return doc


def _ordinal_series(doc: Document) -> None:
    """Parts numbered after a word: lines that open with the same word and an ordinal or a number
    counting up from one («کلمه نخستین در …», «کلمه دویم در …», «کلمه سیوم …»; «حکایت ۱», «حکایت
    ۲»), at least ORDINAL_SERIES_MIN of them
    in order (or the parts between two lines run into the first: :func:`_run_into`) and none
    ending a sentence, number the text's parts. With its text on the same line a
    part is a numbered ``item``; the label alone (at most SECTION_LABEL_MAX_WORDS words: «حکایت
    اول») heads its part. The words of articles and chapters («ماده», «فصل», «اصل»: SECTION_WORD)
    are left to their own rules. Decided before verse, which would take short parts for hemistichs."""
    series: dict[str, list[tuple[int, int]]] = {}
    for i in doc.flow:
        s = doc.s(i)
        tokens = first_words(s.plain, 2)
        n = _ordinal(tokens[1]) if len(tokens) == 2 and doc.role(i) == "p" else None
        if (n is None or SECTION_WORD_START.match(s.plain) or s.end == "terminal" or is_dateline(doc.out[i].text)
                or set(tokens[0]) == {"#"}  # («## ۲. …»: a Markdown heading's marks count no parts)
                or s.plain.startswith("[")):  # («[حاشیهٴ ۲:] …»: an editor's label in brackets numbers notes, no parts)
            continue
        found = series.setdefault(tokens[0], [])
        if n == len(found) + 1 or (found and n > found[-1][1] + 1
                                   and _run_into(doc.out[found[-1][0]].text, tokens[0], range(found[-1][1] + 1, n))):
            found.append((i, n))
    for found in series.values():
        if len(found) < ORDINAL_SERIES_MIN:
            continue
        for i, n in found:
            if doc.s(i).words <= SECTION_LABEL_MAX_WORDS:
                # (its record, nashr.convert.certainty, once «مادۀ اول:» read as an article's label left to the
                # section word's rule, round 49: 4 wrong of 10 — a page's bulleted numbers «• ۲» … «• ۵», fw —,
                # ``low``)
                doc.set(i, "head", "head: a part's label counted after the same word («حکایت اول», «حکایت ۲» …)",
                        cert="low")
            else:
                # (its record, nashr.convert.certainty: once set 35 joined, round 39, 6 wrong of 18 over 4 sets,
                # ``low``, the six a terms page's numbered section headings «## ۱. …», «## ۲. …»; since struct94
                # leaves Markdown heading marks out, round 51, 1 wrong of 16, ``medium``)
                doc.set(i, "item", "item: one of the parts counted after the same word («کلمه "
                        "نخستین …», «کلمه دویم …»)", cert="medium", number=n, list_start=n == 1)


def _run_into(text: str, word: str, numbers: range) -> bool:
    """The parts ``numbers`` are run into the line ``text`` after its own, each as ``word`` and its
    number («غزل ۱: … ناولهاغزل ۲: …»: a site's index copied without its line breaks)."""
    found = [int(m[1]) for m in re.finditer(rf"{re.escape(word)}\s*({DIGIT}{{1,3}})\s*[:：\-–]", text)][1:]
    return found == list(numbers)


def _ordinal(token: str) -> int | None:
    """The value of an ordinal word («دویم» → 2) or of a number in digits of any script."""
    if token.isdecimal() and len(token) <= 3:
        return int(token)
    return ORDINALS.get(token)


def classify(lines: Sequence[str]) -> list[Line]:
    """Give every line a role and the rule that chose it (:func:`analyse` without the conventions)."""
    return analyse(lines).lines


def analyse(lines: Sequence[str], furniture: frozenset[int] = frozenset()) -> Structure:
    """Learn the document's conventions, then give every line a role and the rule that chose it.

    Args:
        lines: the source's lines without line breaks (``Source.lines``); line ``n`` is
            ``lines[n - 1]``.
        furniture: indexes of lines set aside as ``fw`` before the rules read the text (the
            edition's furniture: :func:`nashr.convert.edition.analyse`).

    Returns:
        One :class:`Line` per input line, in order, and the conventions learnt.
    """
    doc = _prepare(lines, furniture)
    if not doc.flow:
        return Structure(doc.out, doc.conv)
    top_end = wiki_subpage_header(doc, top_matter(doc))
    poet_over_title(doc, top_end)
    bottom_start, resume = closing_matter(doc, top_end)
    body = [i for i in doc.flow[top_end:] if i < bottom_start or i >= resume]
    restated_top(doc, body)
    matter_below_top(doc, doc.flow[top_end:])
    periodical_page(doc, body)
    form_fields(doc, doc.flow[top_end:])
    _contents_entries(doc, body)
    _contents_box(doc, body)
    _name_lists(doc, body)
    _excerpt_entries(doc, body)
    _pipe_table(doc, body)
    _wiki_signatures(doc, body)
    inside = [i for i in doc.flow[1:] if i < bottom_start or i >= resume]  # the top too, but its first line
    _infobox_rows(doc, inside)
    _speakers(doc, body)
    letter_top_inside(doc, body)
    letter_edges(doc, inside)
    letter_seal(doc, body)
    petition_salute(doc, body)
    _bare_labels(doc, body)
    run_in_labels(doc, body)
    _cast_list(doc, body)
    _stage(doc)
    _exercise_heads(doc, body)
    _post_records(doc)
    _dated_entries(doc, body)
    _section_numbers(doc, body)
    _lists(doc, body)
    _agenda_heads(doc, body)
    bulleted_credits(doc)
    _bullets(doc, body)
    _heads(doc, body)
    _part_titles(doc, body)
    _part_neighbours(doc, body)
    _lost_contents(doc)
    _question_heads(doc, body)
    _marked_heads(doc, body)
    _introduced_points(doc, body)
    _date_alone(doc, body)
    places_beside_dates(doc, body)
    post_stamps(doc)
    _trailers(doc, body)
    _verse_locators(doc)
    _attributions(doc, body)
    _notes(doc, body)
    _metre_notes(doc)
    letter_addressee(doc, inside)
    _wrapped(doc, body)
    _quotes(doc, body)
    _archive_notes(doc)
    markup_blocks(doc)
    language_switches(doc)
    foot_above(doc)
    letterless_foot(doc)
    menu_foot(doc)
    _menu_bullets(doc)
    foot_between(doc)
    _doubtful_defaults(doc)
    layout_rows(doc)
    boilerplate_edges(doc)
    furniture_blocks(doc)
    rule_lines(doc)
    source_credit(doc)
    empty_fields(doc)
    latin_edges(doc)
    search_boxes(doc)
    links_under_text(doc)
    image_lines(doc)
    _poet_under_poem(doc)
    pen_name_under_poem(doc, frozenset({FOOT_ABOVE_RULE, OVER_HEADING}))
    poet_over_poem(doc)
    title_said_twice(doc)
    title_glued(doc)
    headline_over_body(doc)
    headline_under_furniture(doc)
    credit_under_text(doc)
    press_office(doc)
    author_under_heading(doc)
    name_block(doc, frozenset({DOUBTFUL_RULE, HEAD_BETWEEN}))
    poem_title(doc, frozenset({DOUBTFUL_RULE}))
    listed_addressees(doc)
    image_labels(doc)
    edge_fields(doc)
    _doubtful_edges(doc)
    _mark_duplicates(doc.out)
    return Structure(doc.out, doc.conv)



DOUBTFUL_MAX_WORDS = 12
DOUBTFUL_RULE = (f"{DEFAULT_RULE}, doubtful (a short line, at most {DOUBTFUL_MAX_WORDS} words, without final "
                 "punctuation)")
UNSURE_RULE = (f"{DEFAULT_RULE}, unsure (a short line with final punctuation, or a longer one without "
               "it)")


PROSE_RUN = 2  # long lines in a row: the text's body has begun


def _menu_bullets(doc: Document) -> None:
    """A site's menu set as a bulleted list over the text (:data:`MENU_RULE`): a run of bulleted items
    (:func:`_bullets`) that stands before the body — the first PROSE_RUN lines in a row of at least
    PROSE_MIN_WORDS words — each at most MENU_LABEL_MAX_WORDS words without final punctuation: a
    pager, download links, a reader's text-size buttons («• قبلی», «• دانلود PDF», «• متن بزرگتر»),
    the same as a run of such labels without bullets (:func:`nashr.convert.matter.site.menu_top`). A text
    with no such body (a list of links is the text) keeps its items. Decided once every other rule
    has read the text."""
    flow = doc.flow
    start = next((k for k in range(len(flow) - PROSE_RUN + 1)
                  if all(doc.s(i).words >= PROSE_MIN_WORDS for i in flow[k : k + PROSE_RUN])), None)
    if start is None:
        return
    runs: list[list[int]] = []
    for k, i in enumerate(flow[:start]):
        rule = doc.out[i].rule
        if rule != BULLET_RULE and not (rule == ITEM_GOES_ON and runs and runs[-1][-1] == flow[k - 1]):
            continue
        if runs and not doc.out[i].list_start and runs[-1][-1] == flow[k - 1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if all(doc.s(i).words <= MENU_LABEL_MAX_WORDS and doc.s(i).end != "terminal" for i in run):
            for i in run:
                doc.set(i, "fw", MENU_RULE)


def _doubtful_defaults(doc: Document) -> None:
    """A line no rule decided is a paragraph by default; how sure that default is goes with the
    line's length and final punctuation, and says so (``@cert``, shown by ``--explain``), so an
    editor checks the guesses first. Measured on the test collection (tests/data/corpus/, every
    set; nashr.convert.certainty): a short line (at most DOUBTFUL_MAX_WORDS words) without final
    punctuation has another role by hand in 79 of 119 lines (``low``: page furniture, datelines,
    headings and infobox rows the rules did not recognise); a short line with it or a longer line
    without it (notes, items, signatures, bylines, page furniture) had another role in 31 of 177
    (``medium``) until set 28 joined the texts rules are written with: 152 of 493 with set 29
    (31 %, ``low``), 144 of 486 in round 33 once release headlines and wrapped lines were read
    (29.6 %, ``medium`` again), 164 of 524 in round 35 (``low``), 153 of 513 once verse in one stanza
    and bayts of a one-letter rhyme were read (29.8 %, ``medium``), and on the sites it was not
    written for (its transfer record, leave one publisher out: nashr.convert.certainty.TRANSFER) 250
    of 715 in round 41 (35 %, ``low``, where the collection counts 166 of 626); a longer line with
    it in 15 of 396 (unmarked)."""
    for i in doc.flow:
        line, s = doc.out[i], doc.s(i)
        if line.rule != DEFAULT_RULE:
            continue
        short, bare = s.words <= DOUBTFUL_MAX_WORDS, s.end == "none"
        if short and bare:
            doc.set(i, "p", DOUBTFUL_RULE, cert="low")
        elif short or bare:
            doc.set(i, "p", UNSURE_RULE, cert="low")

POET_RULE = "byline: a short line right under a poem's last verse, only the page's furniture below it (the poet)"


def _poet_under_poem(doc: Document) -> None:
    """The poet's name under the poem a page gives (tests/data/corpus/README.md: ``byline``, the author):
    a line the rules left to the default paragraph, of at most POET_MAX_WORDS words without digits or
    punctuation, right under a verse line (``l``), with nothing but ``fw`` under it (the page's foot:
    comments, counters) — the end of the text, so no heading of a next poem. Two blogs of the collection
    (a Saadi ghazal, an Attar story in verse)."""
    lines = [i for i, line in enumerate(doc.out) if line.role != "blank"]
    for k, i in enumerate(lines[1:], 1):
        s = doc.s(i)
        if (doc.out[i].role == "p" and doc.out[i].rule.startswith(DEFAULT_RULE) and doc.out[lines[k - 1]].role == "l"
                and 0 < s.words <= POET_MAX_WORDS and s.end == "none" and not ANY_DIGIT.search(s.plain)
                and all(doc.out[j].role == "fw" for j in lines[k + 1 :])):
            doc.set(i, "byline", POET_RULE, cert="low")  # (its record: right on 2 of 2, too few to be surer)


def _doubtful_edges(doc: Document) -> None:
    """A line near an edge of the text that is no sentence, and a line whose reading the page
    speaks against, get at least ``medium`` and the reason (``Line.doubt``), whatever rule chose
    the role (:func:`nashr.convert.certainty.edge_doubt`, :func:`~nashr.convert.certainty.reading_doubts`);
    then a line that goes on with a block whose first line its rule doubted
    (:func:`~nashr.convert.certainty.continuation_doubts`) and prose after a poem
    (:func:`~nashr.convert.certainty.coda_doubts`); role and rule stay."""
    lines = [i for i, line in enumerate(doc.out) if line.role != "blank"]
    readings = reading_doubts([(doc.out[i].text, doc.out[i].role, doc.out[i].split, doc.s(i)) for i in lines])
    for position, i in enumerate(lines):
        s, line = doc.s(i), doc.out[i]
        if line.cert is not None:
            continue
        if edge_doubt(position, len(lines), line.role, s.words, s.end == "terminal" or clause(s.plain)):
            start = position < EDGE_LINES
            doc.out[i] = replace(line, cert="medium", doubt=EDGE_REASON.format(
                end="the start" if start else "the end", other=edge_alternatives(line.role, start)))
        elif position in readings:
            doc.out[i] = replace(line, cert="medium", doubt=readings[position])
    ruled = [(i + 1, doc.out[i].role, None if doc.out[i].doubt else doc.out[i].cert, doc.s(i)) for i in lines]
    for position, reason in continuation_doubts(ruled).items():
        if doc.out[lines[position]].cert in (None, "medium"):
            doc.out[lines[position]] = replace(doc.out[lines[position]], cert="medium", doubt=reason)
    codas = coda_doubts([(doc.out[i].role, doc.out[i].cert) for i in lines])
    for position, reason in codas.items():
        doc.out[lines[position]] = replace(doc.out[lines[position]], cert="medium", doubt=reason)

# A list of names after a label: «غایبین بااجازه - آقایان : مقدم - افخمی - هدایت» (a record's
# absent members), the names parted by dashes (with or without a space before the dash: «جلیلی- نراقی»),
# the last closed by a full stop or by the parenthesis the list of lines opened.
NAME_LIST = re.compile(r"^[^:]{2,60}:\s*(?P<names>[^:]+?)[.)]?$")
NAME_SEPARATOR = re.compile(r"\s*[-–—]\s")
NAME_LIST_MIN_NAMES = 3
NAME_MAX_WORDS = 4


def _names(s: Shape, least: int = NAME_LIST_MIN_NAMES) -> bool:
    """The line is a label, «:», and ``least`` names or more parted by dashes."""
    m = NAME_LIST.match(s.plain)
    if m is None:
        return False
    names = [n.strip() for n in NAME_SEPARATOR.split(m["names"])]
    return len(names) >= least and all(0 < len(n.split()) <= NAME_MAX_WORDS for n in names)


def _name_lists(doc: Document, body: list[int]) -> None:
    """Two or more lines in a row under a line ending in «:», each a label and a list of names
    (:func:`_names`: a record's members absent with and without leave, late), one of them at least
    NAME_LIST_MIN_NAMES names (the others two or more: two members came late): list items, not
    speakers' turns or headings.

    Measured on the collection: two names on a line, a dash without a space before it and the
    list's closing «.» or «)» taken too bring 4 lines right more on 2 publishers (a record of the
    Majlis on mashruteh.org and on the Parliament's library), none wrong more."""
    k = 0
    while k < len(body):
        run = []
        while k + len(run) < len(body) and doc.role(body[k + len(run)]) == "p" and _names(doc.s(body[k + len(run)]), 2):
            run.append(body[k + len(run)])
        above = doc.prev(run[0]) if run else None
        if (len(run) >= 2 and above is not None and doc.s(above).end == "colon"
                and any(_names(doc.s(i)) for i in run)):
            for j, i in enumerate(run):
                doc.set(i, "item", "item: one of two or more lines of names after a label («غایبین … : … - …») "
                        "under a line ending in «:»", cert="medium", list_start=j == 0)
        k += max(len(run), 1)


# The ellipsis that cuts off an entry of an index or search page («… مطابق مقررات این...»), with the
# bidi controls a PDF text layer puts around it.
EXCERPT_END = re.compile(r"(?:\.{3,}|…)[\s\u202a-\u202e]*$")
EXCERPT_MIN_ENTRIES = 3
EXCERPT_MAX_LINES = 3


def _excerpt_entries(doc: Document, body: list[int]) -> None:
    """An index or search page shows each entry by its opening, cut off with an ellipsis
    (:data:`EXCERPT_END`; a law database's list of laws, each by its first article, printed to PDF
    and wrapped by the page's width): at least EXCERPT_MIN_ENTRIES runs in a row of two to
    EXCERPT_MAX_LINES lines of prose, each breaking off without a full stop but the last, which
    ends in the ellipsis, are the entries of a list — an ``item`` and its wrapped lines ``item+``
    — not paragraphs. (Prose trails off with suspension points at the end of a sentence or a
    line of dialogue, not at the end of every second line.)

    Measured on the collection: 28 lines right more, on the two pages of a law database (nezamat.ir,
    held-out sets 16 and 17, both scored blind before), none wrong more; no other publisher's
    text has such a page."""
    entries: list[list[int]] = []
    block: list[int] = []

    def close() -> None:
        if len(entries) >= EXCERPT_MIN_ENTRIES:
            for n, entry in enumerate(entries):
                doc.set(entry[0], "item", "item: an entry of an index page cut off with an ellipsis, one of several "
                        "in a row", cert="medium", list_start=n == 0, split=None)
                for i in entry[1:]:
                    doc.set(i, "item+", "item+: a wrapped line of an index page's entry cut off with an ellipsis",
                            cert="medium")
        entries.clear()
        block.clear()

    for i in body:
        if doc.role(i) != "p" or doc.s(i).words == 0:
            close()
            continue
        block.append(i)
        text = doc.out[i].text
        if ("…" in text or "..." in text) and EXCERPT_END.search(text):  # (most lines: no scan)
            if len(block) < 2:
                close()
                continue
            entries.append(list(block))
            block.clear()
        elif len(block) >= EXCERPT_MAX_LINES or doc.s(i).end == "terminal":
            close()
    close()


# A table flattened to text with its cells parted by «|» (GitHub Flavored Markdown's table, which a
# page reader such as wikiwand.com writes an infobox as): its delimiter row «---|---|» under the
# first row, and rows of at least two cells or of one cell closed by «|».
TABLE_DELIMITER = LazyPattern(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
TABLE_ROW = LazyPattern(r"^\|?[^|]+\|(?:[^|]*\|)*[^|]*$")


def _pipe_table(doc: Document, body: list[int]) -> None:
    """A table of rows whose cells «|» parts, with its delimiter row (:data:`TABLE_DELIMITER`; GFM
    spec 0.29, «Tables (extension)»): the delimiter row is ``fw`` (the conversion's, not the
    page's), each row right above or under it, one line after the other, an ``item`` (an infobox's
    label and value, TEI's ``list`` of ``item``s as the corpus encodes a flattened infobox)."""
    for i in body:
        if doc.role(i) != "p" or "|" not in doc.s(i).plain or not TABLE_DELIMITER.match(doc.s(i).plain):
            continue  # (a dash rule alone, «---», is a thematic break)
        rows = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(doc.shapes) and doc.shapes[j] is not None and doc.role(j) == "p" \
                    and TABLE_ROW.match(doc.s(j).plain) and not TABLE_DELIMITER.match(doc.s(j).plain):
                rows.append(j)
                j += step
        if not rows:
            continue
        doc.set(i, "fw", "fw: a table's delimiter row («---|---|») under its first row")
        for k, j in enumerate(sorted(rows)):
            doc.set(j, "item", "item: a row of a table whose cells «|» parts (a flattened infobox), by its delimiter "
                    "row", list_start=k == 0)


# A wiki user's signature with its timestamp, as MediaWiki writes «~~~~» (Help:Signatures): the
# name after a dash, the time, the date, the time zone in brackets («--سندباد ۰۸:۰۷، ۱۲ ژوئن ۲۰۰۷ (UTC)»).
WIKI_SIGNATURE = LazyPattern(rf"(?:^|\s|[.!؟?])(?:--|—|–)\s*\S[^\n]{{0,60}}?\s{DIGIT}{{1,2}}:{DIGIT}{{2}}[،,]?\s"
                             rf"[^()]{{3,30}}\s{DIGIT}{{4}}\s*\((?:UTC|IRST|ایران|ساعت هماهنگ جهانی)\)$")
WIKI_SIGNED_MAX_WORDS = 16


def _wiki_signatures(doc: Document, body: list[int]) -> None:
    """A short line (WIKI_SIGNED_MAX_WORDS words at most: a closing word of thanks and the
    signature) ending in a wiki user's signature with its timestamp (:data:`WIKI_SIGNATURE`) signs
    the post above it: ``signed``; a longer comment signed at its end stays a paragraph."""
    for i in body:
        s = doc.s(i)
        if doc.role(i) == "p" and s.words <= WIKI_SIGNED_MAX_WORDS and WIKI_SIGNATURE.search(s.plain):
            doc.set(i, "signed", "signed: a short line ending in a wiki user's signature and its timestamp "
                    "(«--… ۰۸:۰۷، ۱۲ ژوئن ۲۰۰۷ (UTC)»)", cert="medium")


# The labels of Persian Wikipedia's infoboxes (the templates of people, places, works and
# periodicals), which a copy of the page may glue to their values («کشورایران», «زبانفارسی»).
INFOBOX_LABEL = LazyPattern(
    r"^(?:زاده|زادروز|زادگاه|درگذشت|درگذشته|آرامگاه|ملیت|تابعیت|پیشه|همسر|همسران|فرزندان|والدین|لقب|دین|مذهب"
    r"|تحصیلات|سال‌های فعالیت|سالهای فعالیت|جوایز|آثار|کشور|استان|شهرستان|بخش|جمعیت|مساحت|ارتفاع|پایتخت"
    r"|زبان|زبان‌ها|زبانها|زبان رسمی|واحد پول|منطقه زمانی|نویسنده|شاعر|اثر|مترجم|ناشر|تاریخ انتشار|ژانر|سبک|قالب"
    r"|موضوع|شمار صفحات|شابک|شمار ابیات|بنیان‌گذار|بنیانگذار|سردبیر|صاحب امتیاز|بسامد|نخستین شماره|آخرین شماره"
    r"|مستقر در|وبگاه|تأسیس|تاسیس|بنیان‌گذاری|بنیانگذاری"
    # The rows of the infoboxes of websites, companies and software («الگو:جعبه اطلاعات وبگاه»,
    # «… شرکت», «… نرم‌افزار»), the screenshot's label «نماگرفت» with them.
    r"|گونه|در دسترس به|مالک|نشانی|رتبه الکسا|رتبه در الکسا|تجاری|نیاز به ثبت[\s\u200c]?نام|عضویت|آغاز به کار"
    r"|راه[\s\u200c]?اندازی|وضعیت کنونی|نماگرفت|توسعه[\s\u200c]?دهنده|سازنده|صنعت|محصولات|فرآورده[\s\u200c]?ها"
    r"|مدیرعامل|شمار کارکنان|کارکنان|دفتر مرکزی|سیستم[\s\u200c]?عامل|مجوز|پروانه|نسخه پایدار"
    r"|انتشار نخست|نخستین انتشار|آخرین انتشار|نوشته[\s\u200c]?شده با"
    # Round 12: the other rows of the software, company, film, book, person, settlement and
    # university templates («الگو:جعبه اطلاعات نرم‌افزار», «… شرکت», «… فیلم», «… کتاب», «… شخص»,
    # «… آبادی», «… دانشگاه»), whose parameters are those of English Wikipedia's «Infobox software»
    # … (author, developer, released, latest release, repo, engine, included with, genre …) as the
    # Hindi, Assamese, Bengali and Min Nan wikis render them too. Words that open prose as often
    # («نوع», «مجموعه», «دوره») count only inside a run (:func:`_infobox_rows`).
    r"|انتشار اولیه|انتشار پایدار|انتشار آزمایشی|نسخه آزمایشی|وضعیت توسعه|مخزن|موتور(?:های)?(?: نرم[\s\u200c]?افزاری)?"
    r"|همراه با|سکو|اندازه|جایگزین|طراح|نام[\s\u200c]?های دیگر|نام اصلی|نام محلی|بنیان[\s\u200c]?گذاران"
    r"|منطقه خدمت[\s\u200c]?رسانی|افراد کلیدی|درآمد|سود خالص|سود عملیاتی|شرکت مادر|زیرمجموعه[\s\u200c]?ها|شعار"
    r"|کارگردان|تهیه[\s\u200c]?کننده|فیلمنامه[\s\u200c]?نویس|بازیگران|موسیقی|فیلم[\s\u200c]?برداری|فیلم[\s\u200c]?بردار"
    r"|تدوین|تدوینگر|شرکت تولید|توزیع[\s\u200c]?کننده|تاریخ[\s\u200c]?های انتشار|مدت زمان|بودجه|فروش گیشه"
    r"|عنوان اصلی|تصویرگر|طراح جلد|نوع رسانه|تاریخ نشر|محل زندگی|شناخته[\s\u200c]?شده برای|آثار برجسته"
    r"|حزب سیاسی|دانشگاه|دانشجویان|کارکنان علمی|دهستان|تراکم جمعیت|پیش[\s\u200c]?شماره|کد پستی|شهردار|مختصات)"
    r"(?=\S|\s|$)")
# A word of the templates' rows that opens prose too: a row only beside rows of :data:`INFOBOX_LABEL`.
INFOBOX_RUN_LABEL = LazyPattern(
    r"^(?:نوع|مجموعه|دوره|ساز(?:\(ها\))?|سبک(?:\(ها\))?|مکتب|وابستگی|رئیس|رنگ|امضا)(?=\S|\s|$)")
# A word that joins the label's word to another (a contents line, a heading: «زبان و ادبیات»,
# «دین در ایران باستان»); an infobox's value never opens with one.
CONNECTIVE = frozenset("و در از به با برای که را تا".split())
# What a top block takes a short line of an infobox's row for, before the rows are seen as a run
# («زادروز۱۲ مهر ۱۳۲۰» a dateline, «پیشهنویسنده» a byline).
INFOBOX_TAKES = frozenset({"p", "dateline", "subtitle", "byline"})
INFOBOX_MIN_ROWS = 3
INFOBOX_ROW_MAX_WORDS = 8
# A row among rows may hold a long value (the operating systems, the languages of a program).
INFOBOX_LONG_ROW_MAX_WORDS = 24
INFOBOX_CAPTION_MAX_WORDS = 6
INFOBOX_VALUE_LINES = 3  # a row's value on lines of its own (a value, its date, a second value)


def _infobox_rows(doc: Document, body: list[int]) -> None:
    """An infobox flattened into lines, each row a label of Wikipedia's infobox templates
    (:data:`INFOBOX_LABEL`) and its value, spaced or glued («کشورایران»; a colon after the label
    makes a list of fields, :func:`_lists`, unless the row stands among other rows): INFOBOX_MIN_ROWS
    such lines or more one right under the other, each ending no sentence, are ``item``s. The run
    decides, not the line: its first row is short (INFOBOX_ROW_MAX_WORDS words), a row among rows
    may hold a long value (INFOBOX_LONG_ROW_MAX_WORDS: the operating systems a program runs on) or
    open with a label that opens prose as often (:data:`INFOBOX_RUN_LABEL`: «نوع», «سبک»); up to
    INFOBOX_VALUE_LINES short lines between two rows (a value under its label, its date and
    footnote mark: «(۲۰ مرداد ۱۳۹۹)[1]», a second value) are ``item+``. A short line right above
    the rows without punctuation (the box's caption, the subject's name) is their ``head``; with a
    second such line over it, the upper is the caption and the lower the box's tagline row
    (``item``; set 7's convention for a flattened infobox). The rows may stand between the title and
    the lead, where the top block took them for datelines and bylines (:data:`INFOBOX_TAKES`); a
    run whose labels are all spaced from what follows, one of them by a connective
    (:data:`CONNECTIVE`: «زبان و ادبیات»), is a contents list or sentences, not an infobox."""
    run: list[int] = []  # the rows and the value lines between them
    values: list[int] = []  # value lines after the last row so far
    for i in [*body, -1]:
        adjacent = bool(run) and i == (values or run)[-1] + 1
        row = short = False
        if i >= 0 and doc.role(i) in INFOBOX_TAKES and doc.s(i).end != "terminal":
            s = doc.s(i)
            short = s.words <= INFOBOX_ROW_MAX_WORDS
            row = (s.words <= (INFOBOX_LONG_ROW_MAX_WORDS if adjacent else INFOBOX_ROW_MAX_WORDS)
                   and (INFOBOX_LABEL.match(s.plain) is not None
                        or (adjacent and INFOBOX_RUN_LABEL.match(s.plain) is not None))
                   and (adjacent or not re.search("[:：]", s.plain)))
        if row and (not run or adjacent):
            run += [*values, i]
            values = []
            continue
        if short and adjacent and len(values) < INFOBOX_VALUE_LINES:
            values.append(i)
            continue
        _infobox(doc, run)
        run, values = ([i] if row else []), []


def _infobox(doc: Document, run: list[int]) -> None:
    """Classify one run of :func:`_infobox_rows` (rows and the value lines between them)."""
    if len(run) < INFOBOX_MIN_ROWS:
        return
    rows = [j for j in run if INFOBOX_LABEL.match(doc.s(j).plain)
            or (j != run[0] and INFOBOX_RUN_LABEL.match(doc.s(j).plain))]
    if sum(1 for j in rows if INFOBOX_LABEL.match(doc.s(j).plain)) < INFOBOX_MIN_ROWS:
        return
    glued = spaced = False  # a row glues its label to its value; a spaced label's word joins another
    for j in rows:
        label = INFOBOX_LABEL.match(doc.s(j).plain) or INFOBOX_RUN_LABEL.match(doc.s(j).plain)
        assert label is not None
        after = doc.s(j).plain[label.end() :]
        glued = glued or (after[:1].strip() != "" and after[:1] not in ":：")
        spaced = spaced or (after.split()[:1] != [] and after.split()[0] in CONNECTIVE)
    if spaced and not glued:
        return  # (a contents line, a sentence: «زبان و ادبیات», «دین در ایران باستان»)
    for k, j in enumerate(run):
        if j in rows:
            doc.set(j, "item", "item: a row of an infobox, a label of Wikipedia's infoboxes and its value",
                    list_start=k == 0)
        else:
            doc.set(j, "item+", "item+: a value of an infobox's row on a line of its own, between its rows",
                    cert="medium")
    caption = [j for j in (run[0] - 2, run[0] - 1) if j >= 0 and doc.shapes[j] is not None
               and doc.role(j) in {"p", "title"} and 0 < doc.s(j).words <= INFOBOX_CAPTION_MAX_WORDS
               and doc.s(j).end == "none"]
    if caption and caption[-1] == run[0] - 1 and doc.role(caption[-1]) == "p":
        if len(caption) == 2:
            doc.set(caption[0], "head", "head: the caption of an infobox over its tagline row", cert="medium")
            doc.set(caption[1], "item", "item: an infobox's tagline, the row under its caption", cert="medium",
                    list_start=True)
            doc.out[run[0]] = replace(doc.out[run[0]], list_start=False)
        else:
            doc.set(caption[-1], "head", "head: the caption of an infobox right above its rows", cert="medium")


def _speakers(doc: Document, body: list[int]) -> None:
    """Turns opening with a label of the document's speakers (:attr:`Conventions.speakers`). Its
    record on the collection (nashr.convert.certainty) once labels numbering entries were no longer
    speakers (:func:`~nashr.convert.conventions.learn`) and a list's mark read as one went back to
    its list (:func:`_mark_as_speaker`): wrong on 1 line of 52 (7 of 56 before), so no ``@cert``. A list
    parted by dashes that a speaker's name opens (a ta'zieh's cast, «شمر - عمر سعد - امام حسین - …»,
    :func:`~nashr.convert.conventions.dash_list`) is no turn."""
    if not doc.conv.speakers:
        return
    for i in body:
        s = doc.s(i)
        if (doc.role(i) == "p" and s.speaker in doc.conv.speakers and s.speaker_end is not None
                and not dash_list(doc.out[i].text)):
            # (its transfer record, round 41: 8 wrong of 78 on 19 sites, centre of its interval 12.1 %: medium;
            # round 47, once speakers had to take turns (nashr.convert.conventions._taking_turns): 4 wrong of 90
            # on 20 sites, no ``@cert``)
            doc.set(i, "speaker", "speaker: a turn opening with a speaker label used through the text",
                    split=(s.speaker_end, s.speaker_end))


BARE_LABEL_MAX_WORDS = 3
BARE_LABELS_MIN = 2  # speakers, each naming at least two turns
BARE_LABEL_DENSITY = 3  # a turn's label at least every third line between the first and the last
SPEECH_ROLES = frozenset({"p", "l"})  # a turn's speech: prose, or verse (a ta'zieh's sung turns)


def _bare_labels(doc: Document, body: list[int]) -> None:
    """A play or dialogue may set each speaker's name alone on a line over the speech, with no
    colon (as screenplays and many printed plays do): short lines (BARE_LABEL_MAX_WORDS words, no
    punctuation, no number) each right over a line of speech, where at least BARE_LABELS_MIN
    different such lines each stand over two turns or more, the text has no other speaker labels,
    and between the first and the last of them no other heading or short unpunctuated line stands
    and a label comes at least every BARE_LABEL_DENSITY lines (turns are short; sections under
    headings said again run longer), are the speakers' labels — the same line said again and again
    over speech is no section heading. The speech may be verse (a ta'zieh's characters over the
    hemistichs they sing: with colons, «مصعب:», «حر:» of tazieqazvin.mihanblog.com, set 31, the text's
    speakers already, :func:`_speakers`; without, the names the running-head rule took go back to the
    text first, :func:`~nashr.convert.turns.labels_taken_for_heads`): its lines are the turn's, counted
    neither in the density nor as short lines between the labels."""
    if doc.conv.speakers:
        return
    found: dict[str, list[int]] = {}
    for i in body:
        s, nxt = doc.s(i), doc.next(i)
        if (doc.role(i) in {"p", "head"} and 0 < s.words <= BARE_LABEL_MAX_WORDS and s.end in {"none", "colon"}
                and s.label is None and not s.bullet and not s.star and nxt is not None
                and (doc.role(nxt) == "p" and doc.s(nxt).words > BARE_LABEL_MAX_WORDS or doc.role(nxt) == "l"
                     or (s.end == "colon" and doc.role(nxt) in SPEECH_ROLES))):
            found.setdefault(s.plain, []).append(i)
    labels = sorted(i for turns in found.values() if len(turns) >= 2 for i in turns)
    if sum(1 for turns in found.values() if len(turns) >= 2) < BARE_LABELS_MIN:
        return
    span = [i for i in body[body.index(labels[0]) : body.index(labels[-1]) + 1] if doc.role(i) != "l"]
    chosen = set(labels)
    if len(labels) * BARE_LABEL_DENSITY < len(span) or any(
            i not in chosen and (doc.role(i) == "head" or (_heading_like(doc.s(i)) and doc.s(i).end == "none"))
            for i in span):
        return  # (sections under headings said again — «روش», «نتایج» of each experiment — have other headings)
    for i in labels:
        end = len(doc.out[i].text.rstrip())
        doc.set(i, "speaker", "speaker: a name alone over speech, said again over two turns or more, as another "
                "such name is (a play's labels without colons)", cert="medium", split=(end, end))


def _cast_list(doc: Document, body: list[int]) -> None:
    """A play lists its persons before the first act, each name with a few words on who they are
    after a dash or colon («جعفرخان – جوان فرنگ‌رفته»), under a line ending in «:» («اشخاص بازی:»):
    two or more such lines in a row, taken for turns by their labels, with no final punctuation
    (speech ends its sentences) and no name said twice, are the items of the cast list (TEI P5
    7.1.4 ``castList``), not speeches."""
    for i in body:
        if doc.role(i) not in {"head", "p"} or doc.s(i).end != "colon":
            continue
        run: list[int] = []
        names: set[str | None] = set()
        j = doc.next(i)
        while (j is not None and doc.role(j) == "speaker" and doc.s(j).end in {"none", "comma"}
               and doc.s(j).speaker not in names and doc.adjacent(run[-1] if run else i, j)):
            run.append(j)
            names.add(doc.s(j).speaker)
            j = doc.next(j)
        if len(run) >= 2:
            for k, j in enumerate(run):
                doc.set(j, "item", "item: a person and who they are, one of two or more under a line ending in «:» "
                        "(a play's cast list)", cert="medium", split=None, list_start=k == 0)


# A stage direction on a line of its own, wholly in parentheses or brackets («(در می‌زنند.)»,
# «[حسن کنار پنجره می‌رود.]»), or a play's setting after its label («صحنه: اتاقی محقر …»).
STAGE_BRACKETED = LazyPattern(r"^\s*(?:\((?P<paren>[^()]+)\)|\[(?P<bracket>[^\[\]]+)\])[.]?\s*$")
STAGE_LABEL = LazyPattern(r"^(?:صحنه|مکان|زمان|دکور)\s*[:：]\s*\S")
STAGE_MIN_WORDS = 2
STAGE_MIN_SPEAKERS = 2


def _stage(doc: Document) -> None:
    """Stage directions (TEI P5 7.2.2 "Speech Contents": ``stage`` beside the ``sp``): in a text of
    speakers' turns with at least STAGE_MIN_SPEAKERS speakers named (labels other than an
    interviewer's, a question's or an answer's: a play's persons), a line of words wholly in
    parentheses or brackets, or a setting after its label («صحنه: …»), is a direction, not a
    paragraph or an editor's note — neither a date in brackets (a record's «[1396/05/04]»), an
    omission «[…]», nor an end mark («(پایان)»). Plays set directions so in every printed convention
    (Persian plays since Akhundzadeh's; Hedayat, Sa'edi, Beyzaie). A turn that holds a direction itself
    (:func:`~nashr.convert.conventions.directed`: «شمر: (با صدای غرا و خشن می‌خواند:)») is a play's too, one
    speaker named or more. A debate's record, whose chair gives the floor (:data:`CHAIR_LABELS` among the labels),
    is no play: its note of what the house did, alone on its line and in brackets («(اخذ رأي به عمل آمد و نتيجه به
    شرح زير اعلام شد)»), is a paragraph (tests/data/corpus/README.md, «A debate's verbatim record»: ical, mashruteh,
    Wikisource, tarikhirani). Measured in round 54: mashruteh's record of 1303 2 lines made right, the 1358
    record's 3 kept ``p``; on blind set 51 (counts only) one line by hand ``stage`` lost."""
    named = {doc.s(i).speaker or doc.s(i).plain for i in doc.flow if doc.role(i) == "speaker"}
    play = not CHAIR_LABELS.intersection(named) and (
        len(named - INTERVIEWER_LABELS - QUESTION_LABELS - ANSWER_LABELS) >= STAGE_MIN_SPEAKERS
        or any(doc.role(i) == "speaker" and directed(doc.out[i].text) for i in doc.flow))
    unbracketed_directions(doc, play)
    if not play:
        return  # (a bracketed line among an interview's or a Q&A's turns is an editor's note, a reference)
    for i in doc.flow:
        s = doc.s(i)
        if doc.role(i) not in {"p", "note"} or TRAILER.match(s.plain) or is_dateline(doc.out[i].text):
            continue
        m = STAGE_BRACKETED.match(s.plain)
        if m and len(words(m["paren"] or m["bracket"])) >= STAGE_MIN_WORDS:
            doc.set(i, "stage", "stage: a line wholly in parentheses or brackets in a text of speakers' turns (a "
                    "stage direction)", cert="medium")
        elif STAGE_LABEL.match(s.plain) and doc.role(i) == "p":
            doc.set(i, "stage", "stage: a setting after its label («صحنه: …») in a text of speakers' turns",
                    cert="medium")


def _exercise_heads(doc: Document, body: list[int]) -> None:
    """An exercise sheet or exam numbers its questions with a label («سوال ۱: …», «پرسش ۲: …»)
    and gives no labelled answers (:func:`~nashr.convert.conventions._exercise`: no speakers): at
    least two such lines in the body, their numbers counting up by one, each heads the section
    that holds the question's text and answer (the set-4 convention of the collection: «سوال ۱:»
    of a LaTeX assignment is a ``head``)."""
    if doc.conv.speakers:
        return
    found: list[int] = []
    last = 0
    for i in body:
        s = doc.s(i)
        if doc.role(i) != "p" or s.speaker not in QUESTION_LABELS or s.speaker_end is None:
            continue
        number = re.search(f"{DIGIT}+", doc.out[i].text[: s.speaker_end])
        if number is None or (found and int(number[0]) != last + 1):
            continue
        found.append(i)
        last = int(number[0])
    if len(found) < 2:
        return
    for i in found:
        doc.set(i, "head", "head: a question numbered after its label («سوال ۱: …»), counting up, in a text with no "
                "labelled answers (an exercise sheet)", cert="medium")


# A post's record on a forum or a comment page: the writer's name and the date parted by «|»
# («ارسال شده توسط: امیر | ۱۲ آبان ۱۴۰۱، ۲۱:۴۰»); the quotation of a post replied to («نقل قول از
# امیر: …», phpBB's and vBulletin's "Quote").
POST_NAME_MAX_WORDS = 6
POST_RECORDS_MIN = 2
QUOTED_POST = LazyPattern(r"^(?:نقل[\s\u200c]?قول)(?:\s+از\s+[^:：]{1,40})?\s*[:：]\s*\S")


def _post_record(doc: Document, i: int) -> bool:
    parts = [p.strip() for p in doc.out[i].text.split(RECORD_SEPARATOR)]
    dated = [p for p in parts if is_dateline(p)]
    return 2 <= len(parts) <= 3 and len(dated) == 1 and all(
        0 < len(words(p)) <= POST_NAME_MAX_WORDS for p in parts if p not in dated)


def _post_records(doc: Document) -> None:
    """A forum thread or a page of comments heads each post with its record — the writer's name
    and the date parted by «|» (:data:`~nashr.convert.conventions.RECORD_SEPARATOR`), one part a
    date (:func:`~nashr.convert.document.is_dateline`), the other short, at least
    POST_RECORDS_MIN of them (posts answer each other): a ``byline``; in a text
    with such records, a post's quotation of the post it answers («نقل قول از …: …») is a
    ``quote``."""
    records = [i for i in doc.flow if RECORD_SEPARATOR in doc.out[i].text
               and doc.role(i) in {"p", "subtitle", "head", "dateline"} and _post_record(doc, i)]
    if len(records) < POST_RECORDS_MIN:
        return  # (a single line so may be a page's own record: its date and item code)
    for i in records:
        doc.set(i, "byline", "byline: a post's record, the writer's name and the date parted by «|»", cert="medium")
    for i in doc.flow:
        if doc.role(i) == "p" and QUOTED_POST.match(doc.s(i).plain):
            doc.set(i, "quote", "quote: a post's quotation of the post it answers («نقل قول از …:»), in a thread of "
                    "posts", cert="medium")


DATED_ENTRIES_MIN = 2
DATELINE_MAX_WORDS = 16  # (a longer line is no date line: is_dateline allows 80 characters; a cheap test first)


def _dated_entries(doc: Document, body: list[int]) -> None:
    """A diary, a travelogue or a log opens each entry with its date on a line of its own
    («شنبه ۳ مهر ۱۳۵۷», «روز دوم – ۱۳ فروردین»): a date line in the body with a paragraph under
    it, in a text with at least DATED_ENTRIES_MIN date lines (a dateline at the top counts), is
    the entry's ``dateline`` — not a law's approval note («مصوب ۱۲ آبان ۱۳۰۷») under its heading
    (TEI P5 4.2.2: a ``dateline`` opens a ``div`` of a diary). A page of comments or posts puts
    the writer's name right over each date: where DATED_ENTRIES_MIN entries or more have such a
    line (:func:`_entry_writer`), each is a ``byline``."""
    dates = [i for i in body if doc.role(i) == "p" and doc.s(i).words <= DATELINE_MAX_WORDS
             and is_dateline(doc.out[i].text)
             and not APPROVAL_NOTE.match(doc.s(i).plain) and (nxt := doc.next(i)) is not None
             and doc.role(nxt) == "p" and not is_dateline(doc.out[nxt].text)]
    top = sum(1 for i in doc.flow if doc.role(i) == "dateline")
    if not dates or len(dates) + top < DATED_ENTRIES_MIN:
        return
    for i in dates:
        doc.set(i, "dateline", "dateline: a date on its own line opening an entry, in a text of dated entries (a "
                "diary, a travelogue)", cert="low")  # (its record: 7 wrong of 17 once set 27 joined, round 30)
    writers = [w for i in doc.flow if doc.role(i) == "dateline" and (w := _entry_writer(doc, i)) is not None]
    if len(writers) >= DATED_ENTRIES_MIN:
        for w in writers:
            doc.set(w, "byline", "byline: a name right over an entry's date, as over every other entry (a comment's "
                    "or post's writer)", cert="medium")


ENTRY_WRITER_MAX_WORDS = 4


def _entry_writer(doc: Document, date: int) -> int | None:
    """The line right over an entry's date when it can be its writer's name: short
    (ENTRY_WRITER_MAX_WORDS words), unpunctuated, unnumbered and not itself a date or a day's count
    («روز اول»)."""
    i = doc.prev(date)
    if i is None or not doc.adjacent(i, date) or doc.role(i) not in {"p", "subtitle"}:
        return None
    s = doc.s(i)
    if (0 < s.words <= ENTRY_WRITER_MAX_WORDS and s.end == "none" and s.label is None and not s.bullet
            and not date_only(words(s.plain))):
        return i
    return None


def _contents_entries(doc: Document, body: list[int]) -> None:
    """A table of contents typed as text: at least CONTENTS_MIN_LEADERS lines, each a title and
    its page number after a dot leader or in a column of its own («فصل دوم: سبک و زبان ........ ۴۵»,
    «مقدمه<tab>۹», :func:`~nashr.convert.pages.contents_entry`), are the entries of a list, not
    headings."""
    entries = [i for i in body if doc.role(i) in {"p", "head"} and contents_entry(doc.s(i).plain)]
    if len(entries) < CONTENTS_MIN_LEADERS:
        return
    for k, i in enumerate(entries):
        doc.set(i, "item", "item: an entry of a table of contents (a title, a dot leader, its page number)",
                list_start=k == 0 or not doc.adjacent(entries[k - 1], i))


# An entry of a contents box: a section number of one level or more and the section's title
# («۲ جغرافیا», «۲.۱ آب و هوا»), as a wiki page or an e-book lists its sections before the text.
BOX_ENTRY = LazyPattern(rf"^{DIGIT}{{1,2}}(?:\.{DIGIT}{{1,2}})*\.?\s+(?P<title>\S.*)$")
BOX_MIN_ENTRIES = 3


def _contents_box(doc: Document, body: list[int]) -> None:
    """A contents box copied with the text (a wiki page's «محتویات», an e-book's contents): a run
    of BOX_MIN_ENTRIES lines or more in a row, each a section number and a short title
    (:data:`BOX_ENTRY`), at least half of whose titles stand again as lines further on (the
    sections' headings), are the box's entries (``item``), and a short unpunctuated line right
    above them its heading — not numbered headings over no text."""
    last: dict[str, int] | None = None  # where each line's text stands last (made when a run is found)
    k = 0
    while k < len(body):
        run = []
        while k + len(run) < len(body) and _box_entry(doc, body[k + len(run)]) is not None and (
                not run or doc.adjacent(run[-1], body[k + len(run)])):
            run.append(body[k + len(run)])
        if len(run) < BOX_MIN_ENTRIES:
            k += max(len(run), 1)
            continue
        if last is None:
            last = {doc.s(j).plain: j for j in body}
        said = sum(1 for i in run if last.get(_box_entry(doc, i) or "", -1) > run[-1])
        if said * 2 >= len(run):
            for n, i in enumerate(run):
                doc.set(i, "item", "item: an entry of a contents box (a section number and a title the text heads a "
                        "section with further on)", cert="medium", list_start=n == 0)
            above = doc.prev(run[0])
            if above is not None and doc.adjacent(above, run[0]) and doc.role(above) == "p" and _heading_like(
                    doc.s(above), HEAD_SURE_WORDS) and doc.s(above).end == "none":
                doc.set(above, "head", "head: the heading of a contents box", cert="medium")
        k += len(run)


def _box_entry(doc: Document, i: int) -> str | None:
    """The title of line ``i`` when it can be an entry of a contents box (:data:`BOX_ENTRY`: short,
    unpunctuated), else None."""
    s = doc.s(i)
    m = BOX_ENTRY.match(s.plain) if (s.plain[:1].isdecimal() and doc.role(i) == "p" and s.end == "none"
                                     and s.words <= SECTION_MAX_WORDS) else None
    return m["title"].strip() if m else None


def _fragment(doc: Document, i: int) -> bool:
    """Line ``i`` has no Arabic letter but some letter or sign: a formula's fragment or a line of
    code in a Persian text."""
    plain = doc.s(i).plain
    return ARABIC_LETTER.search(plain) is None and (FORMULA.search(plain) is not None
                                                     or any(c.isalpha() for c in plain))


def _formula_number(doc: Document, i: int) -> bool:
    """Line ``i`` is a number alone under a fragment of a display formula (a denominator, an
    exponent: :data:`~nashr.convert.pages.FORMULA`), not a heading."""
    prev = doc.prev(i)
    return (LONE_NUMBER.match(doc.s(i).plain) is not None and prev is not None
            and FORMULA.search(doc.s(prev).plain) is not None)


def _heading_like(s: Shape, max_words: int = HEAD_MAX_WORDS) -> bool:
    return 0 < s.words <= max_words and s.end in {"none", "colon"} and s.caesura is None


# A numbered list run into one line: «1 - قم 2 - كاشان 3 - تهران …» (each next number after a space,
# with a dash or a dot after it).
RUN_IN_NUMBER = LazyPattern(rf"\s(?P<num>{DIGIT}{{1,3}})\s*[-–—.]\s")


def _run_in(s: Shape) -> bool:
    """The line is a numbered list run into one line: it opens with «1 -» and the numbers 2, 3 …
    follow inside it."""
    if s.label is None or not s.label.strong or s.label.number != 1:
        return False
    numbers = [int(m["num"]) for m in RUN_IN_NUMBER.finditer(s.plain)]
    return bool(numbers) and numbers == list(range(2, len(numbers) + 2))


# A run of numbered lines counting up by one from a number above one is a list whose first items
# the text lacks (an excerpt of a statute opening at its second province), at least this many lines.
SEQUENCE_MIN_ITEMS = 3


def _sequence_openers(doc: Document, body: list[int]) -> set[int]:
    """The lines that open a run of at least SEQUENCE_MIN_ITEMS lines numbered in digits with a
    separator, counting up by one from a number above one («۲ - …», «۳ - …», «۴ - …»), other lines
    (a list of the item's own, run into one line) between them: the document's own numbering
    sequence, not one numbered line, is the evidence of a list. The run opens at 2 (the first item
    lost) or under a line that announces it with «:» (:func:`_announced`); paragraphs numbered from
    further on («۱۰) روز …», «۱۱) …»: a diary's days) are no list of this kind. One pass: each
    numbered line carries on the run that expects its number."""
    runs: dict[int, list[int]] = {}  # the next number expected → the run's lines
    found: list[list[int]] = []
    for i in body:
        lab = doc.s(i).label
        if doc.role(i) != "p" or lab is None or not lab.strong or lab.style != "digit":
            continue
        run = runs.pop(lab.number, None)
        if run is None:
            run = [i]
            found.append(run)
        else:
            run.append(i)
        runs[lab.number + 1] = run
    return {run[0] for run in found if len(run) >= SEQUENCE_MIN_ITEMS and doc.s(run[0]).label.number > 1  # type: ignore[union-attr]
            and (doc.s(run[0]).label.number == 2 or _announced(doc, run[0]))}  # type: ignore[union-attr]


# A further paragraph of an item (the README's ``continuation``): between the item and the next item of its
# list — an unnumbered paragraph, a list of the item's own run into one line, a digest headline's story. Its
# record (nashr.convert.certainty) with round 22: 1 wrong of 9 lines on 3 sites, ``medium``; once set 36 joined,
# round 40: 4 wrong of 12 over 5 sets, ``low``.
CONTINUATION = ("continuation: a paragraph between an item and the next item of its list (unnumbered, or a list of "
                "the item's own)")


def _lists(doc: Document, body: list[int]) -> None:
    """Numbered and lettered lists; a numbered sequence of short lines each followed by prose is
    a sequence of numbered section headings. A list opens at its number 1 («۱-», «الف-», «(اولاً)»)
    or, where the text lacks its first items, at a run counting up by one (:func:`_sequence_openers`);
    a line between item n and item n + 1 belongs to item n (``continuation``), a list of the
    item's own run into one line (:func:`_run_in`) too."""
    style: str | None = None  # "digit" or "letter" while a list is open
    last = 0
    last_letter: str | None = None
    items: list[int] = []

    def close() -> None:
        nonlocal style, items
        if items and _numbered_heads(doc, items):
            for j in items:
                doc.set(j, "head", "head: numbered short lines, each followed by prose (numbered section headings)",
                        number=None, list_start=False)
            _uncontinue(doc, items[0])
        elif len(items) == 1:  # a list of one item is a numbered paragraph, not a list …
            only = items[0]
            if _announced(doc, only):
                pass  # … unless a sentence announced it: the list the text breaks off in
            elif _heading_like(doc.s(only)) and _prose_follows(doc, only):
                doc.set(only, "head", "head: a short numbered line before prose", cert="medium",
                        number=None, list_start=False)
            else:  # (its record, round 44: wrong on its 4 lines on 4 sites, footnotes «(۱)», a count, a list cut
                # off; an item instead would be wrong too, and unmarked: its role in doubt)
                doc.set(only, "p", "paragraph: a single numbered line is not a list", cert="low", number=None,
                        list_start=False)
            _uncontinue(doc, only)
        style, items = None, []

    openers = _sequence_openers(doc, body)
    for pos, i in enumerate(body):
        lab = doc.s(i).label
        if doc.role(i) != "p" and not (style and lab and _mark_as_speaker(doc, i) and follows(lab, style, last,
                                                                                             last_letter)):
            if doc.role(i) == "speaker":
                close()  # (a list does not run on across a turn of speech)
            continue
        following = _next_label(doc, body, pos)
        # (a line numbered 1 between item n and item n + 1, n > 1, is a list of the item's own, below; so is one
        # that holds such a list whole, run into it, «۱ - ورامین ۲ - شهریار …» (:func:`_run_in`), right under an item)
        inside = style is not None and (
            (last > 1 and following is not None and follows(following, style, last, last_letter))
            or (_run_in(doc.s(i)) and doc.prev(i) == items[-1] and doc.adjacent(items[-1], i)))
        if lab and lab.strong and lab.number == 1 and not inside:
            close()
            style = "letter" if lab.style.startswith("letter:") else lab.style
            last, last_letter = 1, lab.style.split(":", 1)[1] if style == "letter" else None
            items = [i]
            # (a style of numbering as «۱-» and «الف-» are: clauses numbered by ordinal adverbs,
            # conventions.ITEM_ORDINAL, as statutes and resolutions number an article's parts)
            doc.set(i, "item", "item: a line numbered 1 (or «الف», «(اولاً)») with a separator opens a list", number=1,
                    list_start=True)
        elif i in openers and lab is not None:
            close()
            style, last, last_letter, items = "digit", lab.number, None, [i]
            doc.set(i, "item", "item: a numbered line opening a run of lines counting up by one (a list whose first "
                    "items the text lacks)", number=lab.number, list_start=True)
        elif lab and style and follows(lab, style, last, last_letter):
            last += 1
            if style == "letter":
                last_letter = lab.style.split(":", 1)[1]
            items.append(i)
            rule = "item: the next number of the open list"
            if not lab.strong:
                rule += " (no separator after the number)"
            doc.set(i, "item", rule, number=last, split=None)
        elif style and doc.conv.wrap is not None and pos > 0 and _wrap_join(doc, body[pos - 1], i):
            continue  # a wrapped line of the item before (item+, see _wrapped)
        elif style and pos > 0 and _item_tail(doc, body[pos - 1], i):
            doc.set(i, "item+", ITEM_GOES_ON, cert="medium")
        elif style:
            if inside or (following and follows(following, style, last, last_letter)):
                doc.set(i, "continuation", CONTINUATION, cert="low")
            elif _item_paragraphs(doc, body, pos, style, last, last_letter):
                doc.set(i, "continuation", FURTHER_PARAGRAPHS, cert="medium")
            else:
                close()
        elif (lab and lab.strong and _heading_like(doc.s(i), HEAD_MAX_WORDS) and _prose_follows(doc, i)
              and not is_dateline(doc.out[i].text)):  # («30-ثور-1399» opens with a day, no section's number)
            # (its record, nashr.convert.certainty, with set 28: 3 wrong of 8 over 7 sets: low; with set 47, round 51:
            # 0 wrong of 10 over 8 sets: medium)
            doc.set(i, "head", "head: a short numbered line before prose", cert="medium")
    close()


# An item's further paragraphs before the next item of its list: an election commission's or a council's
# numbered points, each over paragraphs of its own (README: ``continuation``). At most ITEM_PARAGRAPHS_MAX
# paragraphs over at most ITEM_PARAGRAPHS_MAX_LINES lines (a hard-wrapped paragraph runs over several) are looked
# at: a constant bound, linear time.
ITEM_PARAGRAPHS_MAX = 4
ITEM_PARAGRAPHS_MAX_LINES = 16
FURTHER_PARAGRAPHS = ("continuation: one of a few paragraphs between an item and the next item of its list (the "
                      "item's further paragraphs)")


def _item_paragraphs(doc: Document, body: list[int], pos: int, style: str, last: int, last_letter: str | None) -> bool:
    """``body[pos]`` opens a paragraph under item ``last`` of an open list, and the next item of that list
    (:func:`~nashr.convert.conventions.follows`) comes within ITEM_PARAGRAPHS_MAX paragraphs, only unlabelled
    paragraphs ending their sentences between (in a hard-wrapped text, each over the lines its wrapping joins:
    :func:`_wrap_join`): ``body[pos]`` is one of the item's further paragraphs. A line without final punctuation
    that no line continues (a heading, a sentence broken off) ends the list instead, as before."""
    paragraphs = 0
    window = body[pos : pos + ITEM_PARAGRAPHS_MAX_LINES + 1]
    for k, i in enumerate(window):
        s = doc.s(i)
        if s.label is not None and s.label.strong and follows(s.label, style, last, last_letter):
            return k > 0
        if doc.role(i) != "p" or s.label is not None or s.bullet:
            return False
        if doc.conv.wrap is not None and k + 1 < len(window) and _wrap_join(doc, i, window[k + 1]):
            continue  # (a line of a hard-wrapped paragraph that goes on under it)
        paragraphs += 1
        if s.end != "terminal" or paragraphs > ITEM_PARAGRAPHS_MAX:
            return False
    return False


def _mark_as_speaker(doc: Document, i: int) -> bool:
    """Line ``i`` was read as a turn whose speaker is its own list mark alone («د - اسامی …», a
    parliamentary record's chair speaking «رئیس - …» before it): the next item of the open list
    if the mark follows it."""
    s = doc.s(i)
    return doc.role(i) == "speaker" and s.label is not None and s.speaker == s.label.style.partition(":")[2]


def _section_numbers(doc: Document, body: list[int]) -> None:
    """Sections numbered by level («۱.۲ این همه فایل؟!», «۳.۱» alone above its title): a line
    opening with a section number of two levels or more, short (at most HEAD_MAX_WORDS words)
    and not a sentence (no final punctuation but «؟» or «!»), is a heading, not a list item —
    lists count with one number. Not a date («۱۲.۳.۱۳۹۹», :func:`~nashr.convert.document.is_dateline`)."""
    for i in body:
        s = doc.s(i)
        if (doc.role(i) == "p" and SECTION_NUMBER.match(s.plain) and s.words <= HEAD_MAX_WORDS
                and (s.end == "none" or s.plain.endswith(("؟", "?", "!", "؟!"))) and not is_dateline(doc.out[i].text)):
            doc.set(i, "head", "head: a line opening with a section number of two levels or more («۱.۲ …»)")
            if SECTION_NUMBER.fullmatch(s.plain):
                _section_title(doc, i)


SECTION_TITLE_MAX_LINES = 2


def _section_title(doc: Document, number: int) -> None:
    """The title under a section number standing alone: a short line (SECTION_MAX_WORDS words)
    right after it without final punctuation, not a fragment of a formula
    (:data:`~nashr.convert.pages.FORMULA`); and, up to SECTION_TITLE_MAX_LINES, the line after
    one that breaks off (:func:`~nashr.convert.document.runs_on`: a PDF text layer breaks a title
    where a font lost its glyphs, «ی» / «نامساوی تمیز» for «یک نامساوی تمیز»)."""
    i, above = doc.next(number), number
    for k in range(SECTION_TITLE_MAX_LINES):
        if i is None or (k > 0 and not runs_on(doc, above)):
            return
        s = doc.s(i)
        if (doc.role(i) != "p" or s.words > SECTION_MAX_WORDS or s.end != "none" or s.label is not None or s.bullet
                or FORMULA.search(s.plain) or SECTION_NUMBER.match(s.plain)):
            return
        doc.set(i, "head", "head: a line of the title under a section number standing alone", cert="medium")
        i, above = doc.next(i), i


def _agenda_heads(doc: Document, body: list[int]) -> None:
    """Records and reports list their agenda at the top («فهرست مذاکرات: ۱- تصویب صورت مجلس …»)
    and head each section with the same numbered line: an item that says an earlier item again
    and stands between the text of sections (not in a run of items: the agenda given twice; a list
    of names, :func:`_names`, may come before) is that section's heading."""
    listed: set[str] = set()
    for i in body:
        s = doc.s(i)
        if doc.role(i) != "item" and not (doc.role(i) == "p" and s.label is not None and s.label.strong):
            continue
        nxt, prev = doc.next(i), doc.prev(i)
        if (s.plain in listed and nxt is not None and doc.role(nxt) in {"p", "speaker", "continuation"}
                and prev is not None and (doc.role(prev) not in {"item", "item+"} or _names(doc.s(prev), 2))):
            doc.set(i, "head", "head: a numbered line that says an item of the agenda again, before its section",
                    number=None, list_start=False)
            if doc.role(nxt) == "continuation":
                _uncontinue(doc, i)
        elif doc.role(i) == "item":
            listed.add(s.plain)


def _uncontinue(doc: Document, first: int) -> None:
    """Paragraphs marked as continuations of a list that turned out not to be one become paragraphs."""
    k = doc.pos[first] + 1
    while k < len(doc.flow) and doc.role(doc.flow[k]) in {"continuation", "head", "item"}:
        if doc.role(doc.flow[k]) == "continuation":
            doc.set(doc.flow[k], "p", DEFAULT_RULE)
        k += 1


def _announced(doc: Document, item: int) -> bool:
    """The numbered line ``item`` stands right under a line ending in «:» that announces a list
    («… اصطلاحات زیر در معانی مشروح مربوط به کار می‌روند:», «اشخاص مفصله ذیل نمی‌توانند …:»): an item
    of a list of one, or of a list cut off with the text (a statute's excerpt in a law database and
    on a law blog of the collection), not a numbered paragraph."""
    prev = doc.prev(item)
    return prev is not None and doc.s(prev).end == "colon"


def _numbered_heads(doc: Document, items: list[int]) -> bool:
    """Most numbered lines of the sequence are heading-like and each is followed by prose."""
    if len(items) < 2:
        return False
    headings = sum(1 for j in items if _heading_like(doc.s(j)) and _prose_follows(doc, j))
    return headings * 3 >= len(items) * 2 and all(doc.s(j).end != "terminal" for j in items)


TOP_ROLES = frozenset({"title", "subtitle", "byline", "masthead", "fw"})


def _poem_title(doc: Document, i: int, nxt: int) -> bool:
    """Line ``i`` heads the poem under it: a line without punctuation or label, verse under it,
    and either verse above it too, the line short (HEAD_SURE_WORDS words) and shorter than the
    metre of the verse under it allows a line to be (METRE_MIN_RATIO of it in letters,
    :func:`~nashr.convert.verse.letter_count`: the hemistichs of one poem keep one length,
    Elwell-Sutton, *The Persian Metres*), so no line of it: the next poem's title (a blog or
    anthology page of several poems, each under its name); or the top's lines above it and blank
    lines around it where the verse under it stands line under line (a story's or chapter's title
    over the bayts of a masnavi page, «حکایت عاشق شدن پادشاه …»)."""
    s, above = doc.s(i), doc.prev(i)
    if (above is None or doc.role(nxt) != "l" or s.end != "none" or s.label is not None or s.bullet
            or INVOCATION.match(s.plain) or invocation(s.plain) or is_dateline(doc.out[i].text)):
        return False
    if doc.role(above) == "l":
        return _heading_like(s, HEAD_SURE_WORDS) and letter_count(s.plain) < METRE_MIN_RATIO * letter_count(
            doc.s(nxt).plain)
    return (doc.role(above) in TOP_ROLES and _heading_like(s) and doc.blank_before(i) and doc.blank_after(i)
            and not doc.blank_after(nxt))


def _section_follows(doc: Document, i: int, nxt: int) -> bool:
    """What follows line ``i`` (which ends in «:») is a section it heads, not what it announces:
    prose after a blank line, or a short line of words (Arabic script, at most SECTION_MAX_WORDS
    words, no final punctuation) right under it, the first of a list. A line that announces verse,
    a formula (no Arabic letter) or the paragraph written right under it is the paragraph's own
    («شعر زیبای مادر از ایرج میرزا:», «از زیباترین … حکایات :»).

    Measured on the collection: 4 lines right more on 3 publishers (ganjineh-danesh, a
    persianblog page of the Golestan, a LaTeX template's PDF), 1 wrong more (a line set apart
    above the formula's announcement, taken for a column title over it no longer)."""
    s = doc.s(nxt)
    if _marked_list_follows(doc, i):
        return True
    if doc.blank_after(i):
        return _prose_follows(doc, i)
    return (doc.role(nxt) in {"p", "item"} and 0 < s.words <= SECTION_MAX_WORDS and s.end == "none"
            and ARABIC_LETTER.search(s.plain) is not None)


def _marked_list_follows(doc: Document, i: int) -> bool:
    """The line after ``i`` opens a list whose items are numbered or bulleted («1. …», «• …»): a short
    line (at most HEAD_SURE_WORDS words, with an Arabic-script letter) over it heads the section that
    list is, with or without «:» and a blank line between («زمان مراجعه و سپردن اسناد:» / «1. برای سپردن
    اسناد …», «فهرست قانون اساسی افغانستان» / «• فصل اول : دولت»). Not a longer line (the sentence that
    introduces the list, :func:`_list_intro_follows`), a line without Arabic letters (a command, a
    formula), a field with a colon inside («موضوع: …»), nor a line that says the line above it again (the
    page's title said twice, :func:`~nashr.convert.matter.title.title_said_twice`).

    Measured under LOPO (issue 12, round 48): 5 lines right more on 5 publishers (the pages of an Afghan
    embassy, a university and the Supreme Court's PDF, an import–export site's copy of a constitution, a
    MkDocs wiki), none wrong more; 4 wrong lines of two universities' home pages (a news and a notices
    label over their links, ``fw`` by hand) go from the doubtful paragraph to a doubtful heading."""
    nxt, prev, s = doc.next(i), doc.prev(i), doc.s(i)
    if (nxt is None or doc.role(nxt) != "item" or s.words > HEAD_SURE_WORDS or ARABIC_LETTER.search(s.plain) is None
            or ":" in s.plain.replace("：", ":").rstrip().rstrip(":")
            or (prev is not None and doc.s(prev).plain.strip() == s.plain.strip())):
        return False
    t = doc.s(nxt)
    return t.bullet or t.label is not None


def _prose_follows(doc: Document, i: int) -> bool:
    nxt = doc.next(i)
    if nxt is None:
        return False
    s = doc.s(nxt)
    # (a turn of speech is prose: an agenda item over it; so is a stage direction: a scene's heading over it,
    # «مجلس اول» over the scene's setting in parentheses, isamajidi.blogfa.com)
    return (doc.role(nxt) in {"p", "continuation", "speaker", "stage"}
            and (s.words >= PROSE_MIN_WORDS or doc.conv.wrap is not None))


LIST_INTRO_MIN_WORDS = 4  # a sentence introducing the list, not a label («مراحل کار:»)


def _list_intro_follows(doc: Document, i: int) -> bool:
    """The line after ``i`` is a sentence introducing a list, ending in «:» with the list's items
    under it («به طور کلی پاسداری از ویکی‌سفر در چهار مرحله انجام می‌شود:» / «• آموزش کاربران جدید»,
    «Objects (usually streets) which have no name:» / «• without name=*»): the section's prose,
    however short — a heading over it heads a section whose text is that list (wiki pages of
    Wikivoyage and the OpenStreetMap wiki, sets 27 and 29)."""
    nxt = doc.next(i)
    if nxt is None or doc.role(nxt) != "p" or doc.s(nxt).end != "colon" or doc.s(nxt).words < LIST_INTRO_MIN_WORDS:
        return False
    after = doc.next(nxt)
    return after is not None and doc.role(after) == "item"


ITEM_TAIL_MAX_WORDS = PROSE_MIN_WORDS // 2
# An item's text run over a line break where no wrapping width says so: the item breaks off (no final
# punctuation) and the line under it, without a label or bullet, goes on with it — its sentence's last
# words (:func:`_item_tail`), or a line right between two bulleted items (:func:`_bullets`).
ITEM_GOES_ON = "item+: a line without a label going on with the item above, which breaks off"


def _item_tail(doc: Document, item: int, i: int) -> bool:
    """Line ``i`` ends the sentence of the ``item`` above it, which breaks off without punctuation
    (a copy's line break inside an article's clause, «… معین» / «میشوند.»): a few words
    (ITEM_TAIL_MAX_WORDS) without a label, ending the sentence."""
    s = doc.s(i)
    return (doc.role(item) in {"item", "item+"} and doc.s(item).end == "none" and s.label is None and not s.bullet
            and 0 < s.words <= ITEM_TAIL_MAX_WORDS and s.end == "terminal")


# An article's label with its separator opening a line: «ماده ۳ - …», «ماده اول – …», «اصل ۲: …»
# (in a PDF text layer's visual order the number may follow the dash: «ماده – ۲…»).
ARTICLE_START = LazyPattern(r"^(?:ماده|اصل|تبصره)\s+(?:[^\s\-–—:]+\s*)?[-–—:]")


def _article_follows(doc: Document, i: int) -> bool:
    """The line after ``i`` is an article of a law with its text («ماده ۳ - انتخاب کنندگان …»):
    a heading over it heads a part of the law, however short the article — in a hard-wrapped
    text too, however long the heading."""
    nxt = doc.next(i)
    return (nxt is not None and doc.role(nxt) == "p" and SECTION_WORD_START.match(doc.s(nxt).plain) is not None
            and doc.s(nxt).words > SECTION_LABEL_MAX_WORDS)


def _next_label(doc: Document, body: list[int], pos: int) -> Label | None:
    return doc.s(body[pos + 1]).label if pos + 1 < len(body) else None


# A round bullet opening a line, after an indent and direction marks: a list's mark and nothing else
# (a dash opens a dialogue's turn or an aside, an asterisk a note; «•» only an item), so a line
# opening with it is an item even alone, between paragraphs: a news digest's headlines, each over
# its story (a Wikipedia portal's «وقایع کنونی»), a FAQ's question, a rule of a contest (sets 3, 6,
# 7 and 10, four sites). With it the shapes and emoji that only set points apart (:data:`SET_MARK`: «▪», «◾»,
# «🔹», «✅»; round 33), not the pointers a page sets before its links too.
ROUND_BULLET = re.compile(rf"^[\s\u200e\u200f\u202a-\u202e]*{SET_MARK}\s")


BULLET_RULE = "item: one of several lines starting with a bullet"


def _bullets(doc: Document, body: list[int]) -> None:
    """Runs of two or more lines starting with a bullet (or «*») are list items. A line without
    a bullet right between two of them, under one that breaks off (no final punctuation, or a
    comma), goes on with the item above (``item+``: the item's text ran over a line break). In a
    hard-wrapped text an item runs over the lines that its wrapping joins to it
    (:func:`_wrap_join`), and the next bullet after them goes on with the run: each bulleted
    paragraph is an item, its wrapped lines ``item+`` (:func:`_wrapped`), as where the same
    paragraphs stand one a line (af.ambafrance.org's communiqués, set 21). A line opening with a
    round bullet (:data:`ROUND_BULLET`) is an item alone too (not the page's first line past its furniture: a
    headline a site's news list set a bullet before, on 4 sites), and a paragraph between two such
    items is the first one's own (``continuation``: a digest headline's story)."""
    run: list[int] = []
    wrapped: list[int] = []
    tail: int | None = None  # (in a hard-wrapped text: the last line of the run's last item)

    def close() -> None:
        if len(run) >= 2:
            for j, i in enumerate(run):
                # (its record, nashr.convert.certainty, with set 18: 9 wrong of 16, ``low``; once a site's bulleted
                # menu over the text was told apart, _menu_bullets: 0 wrong of 15, ``medium``; with the bulleted
                # paragraphs of set 21's wrapped communiqués, 0 wrong of 29 from 5 sets: sure; its transfer record,
                # round 43: 5 wrong of 119 on 18 sites; once set 40 joined, round 44: 23 of 137 on 20, crida.gov.af's
                # bulleted top bar and date / time / place block and nepa.gov.af's bulleted menu, ``medium``)
                doc.set(i, "item", BULLET_RULE, cert="medium", list_start=j == 0)
            for i in wrapped:
                doc.set(i, "item+", ITEM_GOES_ON, cert="medium")
        run.clear()
        wrapped.clear()

    for k, i in enumerate(body):
        s = doc.s(i)
        nxt = body[k + 1] if k + 1 < len(body) else None
        marked = doc.role(i) == "p" and (s.bullet or s.star)
        if (run and tail is not None and doc.role(i) == "p" and not marked and doc.prev(i) == tail
                and _wrap_join(doc, tail, i)):
            tail = i
            continue
        if (run and doc.role(i) == "p" and not (s.bullet or s.star) and doc.prev(i) == run[-1]
                and doc.adjacent(run[-1], i) and doc.s(run[-1]).end in {"none", "comma"} and nxt is not None
                and doc.adjacent(i, nxt) and doc.role(nxt) == "p" and doc.s(nxt).bullet):
            wrapped.append(i)
            run.append(i)
            continue
        if marked and not (run and doc.prev(i) not in {run[-1], tail}):
            run.append(i)
        elif marked:
            close()
            run.append(i)
        else:
            close()
        tail = i if marked and doc.conv.wrap is not None else None
    close()
    first = next((i for i in doc.flow if doc.role(i) != "fw"), None)
    for i in body:
        if doc.role(i) == "p" and ROUND_BULLET.match(doc.out[i].text) and i != first:
            doc.set(i, "item", "item: a line opening with a round bullet («•»), alone among paragraphs", cert="low",
                    list_start=True)  # (wrong on 3 of 10 lines of the collection with set 21: the policy's low)
    # (a headline's story between it and the next headline: the item's own paragraph; a point's few paragraphs,
    # each ending its sentences, before the next point: its further paragraphs)
    point: int | None = None
    between: list[int] = []  # the first line of each paragraph under the point
    last = -1  # the last line read under the point
    ended = True  # each paragraph but the last read so far ends its sentence
    for i in body:
        if doc.role(i) == "item" and ROUND_BULLET.match(doc.out[i].text):
            if point is not None and between and doc.next(last) == i and (len(between) == 1 or (
                    len(between) <= ITEM_PARAGRAPHS_MAX and ended and doc.s(last).end == "terminal")):
                for j in between:
                    doc.set(j, "continuation", CONTINUATION if len(between) == 1 else FURTHER_PARAGRAPHS,
                            cert="low" if len(between) == 1 else "medium")
            point, between, last, ended = i, [], i, True
        elif point is not None and doc.role(i) == "p" and doc.next(last) == i:
            if not (doc.conv.wrap is not None and _wrap_join(doc, last, i)):  # (else a wrapped line of the block)
                ended = ended and (last == point or doc.s(last).end == "terminal")
                between.append(i)
            last = i
        else:
            point, between = None, []


# A wiki page copied from its mobile view glues the edit link, without its brackets, to the end of
# each section heading («یادداشت‌هاویرایش», «منابعویرایش»); a word may end so too («پیش‌ویرایش»), so
# at least GLUED_EDIT_MIN short lines of the page must.
GLUED_EDIT = re.compile(r"[^\s\[\]]ویرایش$")
GLUED_EDIT_MIN = 2
# A wiki heading's edit link copied at the start of the line under it, glued to that line's first
# word: «[ویرایش]نمونه‌های اولیه» (desktop Wikipedia, the link floated right of the heading),
# «ویرایشاین کتاب شامل …» (the mobile site, without brackets: then only where at least
# GLUED_EDIT_MIN lines of the text open so, as words such as «ویرایشگر» open lines too).
GLUED_EDIT_START = re.compile(r"^(?P<bracket>\[(?:ویرایش|edit)\])?(?(bracket)|ویرایش)[^\s\[\]:：.،]")


# A column's or part's title over a heading: one level over the heading it stands on, never over another such
# title (a run of short lines set apart, each over the next, is a list: a contents page's entries, vdocuments.pub).
OVER_HEADING = "head: a short line set apart right above a heading (a column or part title)"
HEAD_BETWEEN = (f"head: a line of at most {HEAD_MAX_WORDS} words without final punctuation, between paragraphs, "
                "before prose")


def _heads(doc: Document, body: list[int]) -> None:
    """Section headings, decided from the end of the text backwards so that a line can see that
    a heading follows it (a column title over an article's title)."""
    glued = sum(1 for i in body if doc.s(i).words <= SECTION_MAX_WORDS and GLUED_EDIT.search(doc.s(i).plain))
    opened = {i for i in body if GLUED_EDIT_START.match(doc.s(i).plain)}
    if len(opened) < GLUED_EDIT_MIN:
        opened = {i for i in opened if GLUED_EDIT_START.match(doc.s(i).plain)["bracket"]}
    for i in body:
        if doc.role(i) == "p" and wrapped_heading(doc, i) and doc.role(i + 1) == "p":
            for j in (i, i + 1):
                doc.set(j, "head", "head: a heading over two lines, wrapped at a hard-wrapped text's width, set apart "
                        "under the top or a heading", cert="medium")
    for i in reversed(body):
        if doc.role(i) != "p":
            continue
        s = doc.s(i)
        if s.words <= HEAD_MAX_WORDS and _edit_link_under(doc, i):
            doc.set(i, "head", "head: a wiki's section heading with its edit link («[ویرایش]», «[edit]») on the line "
                    "under it")
            continue
        if s.words <= SECTION_MAX_WORDS and glued >= GLUED_EDIT_MIN and GLUED_EDIT.search(s.plain):
            doc.set(i, "head", "head: a wiki's section heading with its edit link glued after it, without brackets "
                    "(«منابعویرایش»), as other headings of the page (its section may be cut off)", cert="medium")
            continue
        nxt = doc.next(i)
        if nxt in opened and s.words <= SECTION_MAX_WORDS and s.end == "none" and not s.bullet:
            doc.set(i, "head", "head: a wiki's section heading whose edit link is glued to the start of the line "
                    "under it («[ویرایش]نمونه‌ها …», «ویرایشاین کتاب …»)", cert="medium")
            continue
        if nxt is not None and _poem_title(doc, i, nxt):  # (whatever the width of the line)
            # (its transfer record, nashr.convert.certainty, round 49: 3 wrong of 9 on 6 sites, ``low``; kherad.cc's
            # «شمارهٔ ۲» … «شمارهٔ ۴», right, joined it once «مادۀ اول:» read as a section word and the rule of
            # parts counted after one word, which took them, no longer gained on any other site)
            doc.set(i, "head", "head: a line over a poem, out of its metre after another poem or set apart under the "
                    "top (the poem's or the story's title)", cert="low")
            continue
        if (nxt is None or (doc.conv.wrap is not None and full(doc, i) and not s.markup_head
                            and not _article_follows(doc, i))
                or INVOCATION.match(s.plain) or invocation(s.plain) or is_dateline(doc.out[i].text) or runs_on(doc, i)
                or (s.words <= HEAD_MAX_WORDS + 1 and _continues(doc, i))  # (longer lines are no headings)
                or _formula_number(doc, i)):
            continue
        if TRAILER.match(s.plain):
            continue
        if ADDRESS_LINE.match(doc.out[i].text):
            # (a link the text gives, no heading: it keeps the default paragraph's role and doubt. A rule of its own
            # that made it a sure paragraph was wrong on 6 of its 9 lines on 4 of 6 sites, a page's furniture or a
            # link run on from the line above, and gained on none; removed in round 44)
            continue
        # (a line opening with «#» or wrapped in «== … ==» outside a Markdown source, nashr.convert.markdown, is no
        # heading by that mark alone: a rule that took it for one was wrong on 11 of its 14 lines under LOPO on
        # its 2 sites, an OpenITI file whose «# » opens paragraphs and hemistichs and a site's furniture; its
        # wikitext part was right on 2 lines of one site only. Removed in round 46)
        if credit_line(s):
            # (its transfer record, nashr.convert.certainty: 5 wrong of 17 on 8 sites, medium; once set 38 joined,
            # round 42: 6 of 18 on 9 sites, ``low``)
            doc.set(i, "byline", "byline: the agency or site a news item comes from, on its own line", cert="low")
        elif (s.end == "colon" and s.words <= HEAD_COLON_MAX_WORDS and not clause(s.plain) and not s.speaker
              and _section_follows(doc, i, nxt)):
            doc.set(i, "head",
                    f"head: a line of at most {HEAD_COLON_MAX_WORDS} words ending in «:», not a clause (no «را», "
                    "no verb)")
        elif s.end == "colon" and s.words <= HEAD_COLON_MAX_WORDS and s.speaker and s.speaker_end is not None \
                and not doc.out[i].text[s.speaker_end:].strip():
            # (its record, nashr.convert.certainty, once a page's foot took a comment form's fields: 4 wrong of 16,
            # ``medium``; with set 18, 6 wrong of 18: ``low``)
            doc.set(i, "head", "head: a short line ending in «:»", cert="low")
        elif PART_NAME.match(s.plain):
            doc.set(i, "head", "head: the name of a part of the text («مقدمه», «نتیجه‌گیری», «منابع»)")
        elif s.words <= HEAD_MAX_WORDS + 1 and WIKI_HEADING.search(s.plain):
            doc.set(i, "head", "head: a wiki's section heading, copied with its edit link («…[ویرایش]»)")

        elif (SECTION_WORD.match(s.plain) and s.words <= SECTION_MAX_WORDS and s.end != "terminal"
              and not (ARTICLE_START.match(s.plain) and clause(s.plain))):  # («ماده ۲ - … از قرار ذیل است:»)
            # (its record, nashr.convert.certainty: 3 wrong of 46 over 8 sets once, no @cert; with set 28
            # 2 wrong of the 8 lines it still decides alone: low)
            doc.set(i, "head", "head: a section word with its number («فصل دوم», «ماده ۱۲»)", cert="medium")
        elif s.star and _heading_like(s) and doc.role(nxt) in {"p", "continuation"}:
            doc.set(i, "head", "head: a short line marked with «*» before a paragraph")
        elif (
            _heading_like(s)
            and s.end == "none"
            and (s.label is None or not s.label.strong)
            and not s.bullet
            and not _ends_in_verb(s)
            and (_prose_follows(doc, i) or _article_follows(doc, i) or _list_intro_follows(doc, i)
                 or _marked_list_follows(doc, i))
            and _after_paragraph_end(doc, i)
            and not TRAILER.match(s.plain)
        ):
            doc.set(i, "head", HEAD_BETWEEN, cert="low")
        elif (doc.role(nxt) == "head" and doc.out[nxt].rule != OVER_HEADING and _heading_like(s, HEAD_SURE_WORDS)
              and s.end == "none" and not s.label and not s.bullet and doc.blank_before(i) and doc.blank_after(i)
              and _after_paragraph_end(doc, i)):
            doc.set(i, "head", OVER_HEADING, cert="low")
        elif (doc.role(nxt) in {"stage", "speaker"} and _heading_like(s, HEAD_SURE_WORDS) and s.end == "none"
              and not s.bullet and doc.blank_before(i) and doc.blank_after(i)):
            doc.set(i, "head", "head: a short line set apart above a stage direction or a turn (a play's act or "
                    "scene)", cert="medium")


def _ends_in_verb(s: Shape) -> bool:
    """The line ends in a finite verb («… تشکیل گردید», «… اجباری است»:
    :data:`~nashr.convert.matter.shapes.CLAUSE_WORDS` but the object marker,
    :data:`~nashr.convert.matter.shapes.CONTINUOUS_VERB`) and is no noun with a relative clause
    («متقاضیان … که در خارج از ایران زندگی می‌کنند»): a sentence that lost its full stop, not a heading (a
    heading is a noun phrase; it may hold «را», «حکایت … خریدن پادشاه کنیزک را»)."""
    found = words(s.plain[-CHECKED_TAIL:])
    last = found[-1] if found else ""
    verb = (last in CLAUSE_WORDS and last != "را") or CONTINUOUS_VERB.match(last) is not None
    return verb and "که" not in words(s.plain)


def _part_titles(doc: Document, body: list[int]) -> None:
    """The title of a part under its bare label: a line right under a heading that is only a
    section word and its number («باب اول», «فصل دوم»: at most SECTION_LABEL_MAX_WORDS words,
    :data:`~nashr.convert.matter.patterns.SECTION_WORD`), itself short (HEAD_MAX_WORDS), without final
    punctuation or a label, not an article («ماده ۱ - …»), is the part's title (``head``), as
    statutes and classical books title their parts («فصل اول» / «در تقسیم مملکت …», «باب هفتم» /
    «اندر بیشی جستن …»; the part's text may open with another heading, «مقدمه»)."""
    for i in body:
        s = doc.s(i)
        if doc.role(i) != "head" or s.words > SECTION_LABEL_MAX_WORDS or not SECTION_WORD.match(s.plain):
            continue
        nxt = doc.next(i)
        if nxt is None or doc.role(nxt) != "p" or not doc.adjacent(i, nxt):
            continue
        t = doc.s(nxt)
        if (0 < t.words <= HEAD_MAX_WORDS and t.end == "none" and t.label is None and not t.bullet
                and SECTION_WORD_START.match(t.plain) is None and not runs_on(doc, nxt)):
            doc.set(nxt, "head", "head: a part's title under its bare label («فصل اول» / «در …»)")


PART_NEIGHBOUR = ("head: a short line set apart next to a part's label, under «فصل دوم» or over «ماده سوم:» (the "
                  "part's or the article's title)")


def _part_neighbours(doc: Document, body: list[int]) -> None:
    """The title of a part or an article set apart from its label by a blank line: a line the rules left a
    paragraph, short (HEAD_MAX_WORDS) without final punctuation, a label or a bullet, no clause, starting a
    block, right under a heading that is a section word and its number in digits or an ordinal («فصل دوم» /
    «تشکیل») or, at most HEAD_SURE_WORDS words, right over a line that is one («اصطلاحات» / «ماده سوم:»),
    is that part's title (``head``): statutes title their chapters and articles so, on a line of their own
    (:func:`_part_titles` takes the title written right under its label). Not a line with no Arabic letter (a
    site's Latin tag), nor one over a short line without final punctuation (the entries of a contents list under
    a part's label).

    Measured under LOPO (issue 12, round 48): 4 lines right more on 4 publishers (a blog's and a personal
    site's copies of Afghan laws, a lawyers' site's rules of procedure, a Golestan page's «حکایت» under «باب
    دوم …»), 1 wrong more (that lawyers' page's top read again: a line of its header taken for the title), 1
    wrong line of a retyped gazette (a credit under a link «بخش سوم») from the doubtful paragraph to a doubtful
    heading. Left out, it also takes the titles :func:`_part_titles` takes right under their labels, and its
    transfer record (nashr.convert.certainty.TRANSFER) is 1 wrong of 12 lines on 9 sites: ``medium``."""
    def label(j: int | None) -> bool:
        if j is None or doc.role(j) not in {"head", "p"}:
            return False
        found = words(doc.s(j).plain)
        return (len(found) >= 2 and SECTION_WORD_START.match(doc.s(j).plain) is not None
                and _ordinal(found[1]) is not None and doc.s(j).words <= SECTION_MAX_WORDS)

    for i in body:
        s = doc.s(i)
        if (doc.role(i) != "p" or not doc.out[i].rule.startswith(DEFAULT_RULE) or not _heading_like(s)
                or s.end != "none" or s.label is not None or s.bullet or s.speaker or clause(s.plain)
                or _ends_in_verb(s) or runs_on(doc, i) or _continues(doc, i) or is_dateline(doc.out[i].text)
                or not _after_paragraph_end(doc, i) or SECTION_WORD_START.match(s.plain)
                or ARABIC_LETTER.search(s.plain) is None):
            continue
        prev, nxt = doc.prev(i), doc.next(i)
        listed = (nxt is not None and doc.role(nxt) == "p" and doc.s(nxt).end == "none"
                  and doc.s(nxt).words <= HEAD_SURE_WORDS)
        if ((prev is not None and doc.role(prev) == "head" and label(prev) and not listed)
                or (s.words <= HEAD_SURE_WORDS and label(nxt))):
            doc.set(i, "head", PART_NEIGHBOUR, cert="medium")


# The label of a table of contents, alone on its line («فهرست مندرجات», «فهرست مطالب |»: a wiki's
# collapsible box, a PDF journal's link), with a separator or a colon left by the page's layout.
CONTENTS_LABEL = LazyPattern(r"^(?:فهرست مندرجات|فهرست مطالب|فهرست)\s*[|:：]?$")
CONTENTS_LOST = ("fw: the label of a table of contents whose entries the copy lost (a heading or the page's head "
                 "under it)")


def _lost_contents(doc: Document) -> None:
    """A table of contents' label (:data:`CONTENTS_LABEL`) right over a heading or over the lines of
    the page's head (masthead, title) heads nothing of the text: its entries were lost when the page
    was copied (a wiki's box kept only its label; a PDF journal's link to its contents). ``fw``,
    as the collection's annotators gave it on two publishers (Persian Wikipedia's static dump, a
    journal's PDF); over prose or a list it is the part's heading (:func:`_heads`)."""
    for i in doc.flow:
        nxt = doc.next(i)
        if (doc.role(i) in {"p", "head"} and nxt is not None and CONTENTS_LABEL.match(doc.s(i).plain)
                and doc.role(nxt) in {"head", "masthead", "title", "subtitle"}):
            doc.set(i, "fw", CONTENTS_LOST, cert="medium")


def _date_alone(doc: Document, body: list[int]) -> None:
    """A line of a date and nothing else (every word a date's: :func:`~nashr.convert.document.date_only`,
    «۴ نوامبر ۲۰۲۳», «شنبه ۷ آذرماه ۱۳۳۲», «تاریخ انتشار: ۰۹:۴۲ - ۲۱ مهر ۱۴۰۳») standing as a block of
    its own (after a paragraph's end, not running on into the next line) is a ``dateline``
    wherever it stands (tests/data/corpus/README.md: «place and/or date of writing or publication
    on its own line»): a statement's or a record's date under its heading block, a page's
    publication date between its lead and its text."""
    for i in body:
        s = doc.s(i)
        if (doc.role(i) != "p" or s.words > DATELINE_MAX_WORDS or not date_only(words(s.plain))
                or not is_dateline(doc.out[i].text) or not _after_paragraph_end(doc, i)
                or s.end in {"comma", "colon"} or runs_on(doc, i)):
            continue
        nxt = doc.next(i)
        if nxt is not None and doc.adjacent(i, nxt) and not doc.blank_after(i) and _wrap_join(doc, i, nxt):
            continue  # (a line of a hard-wrapped paragraph)
        # (its record, nashr.convert.certainty, once set 36 joined, round 40: 1 wrong of 26 over 12 sets, no @cert)
        doc.set(i, "dateline", "dateline: a line of a date alone, a block of its own inside the text")


def _edit_link_under(doc: Document, i: int) -> bool:
    """The next non-blank line under line ``i`` is a wiki's edit link alone (:data:`EDIT_LINK`)."""
    j = i + 1
    while j < len(doc.shapes) and doc.shapes[j] is None:
        j += 1
    return j < len(doc.shapes) and EDIT_LINK.match(doc.s(j).plain) is not None


def _continues(doc: Document, i: int) -> bool:
    """Line ``i`` goes on with the text of the line before it: that line breaks off inside a
    phrase (:func:`~nashr.convert.document.runs_on`), or, in a hard-wrapped text, the wrapping
    joins the two (:func:`_wrap_join`), the line before does not end a sentence and ``i`` is not
    marked as a heading by its own form (a section word and its number, «فصل دوم»; a wiki's edit
    link). Such a line is no heading, whatever its length."""
    prev = doc.prev(i)
    s = doc.s(i)
    if prev is None or doc.role(prev) not in CONTINUED or s.markup_head or PART_NAME.match(s.plain):
        return False
    marked = (SECTION_WORD.match(s.plain) is not None and s.words <= SECTION_MAX_WORDS) or WIKI_HEADING.search(s.plain)
    wrapped = doc.conv.wrap is not None and not marked and doc.s(prev).end not in {"terminal", "colon"}
    return (runs_on(doc, prev) or wrapped) and _wrap_join(doc, prev, i)


# A question heading a section: at most this many words («کتاب خواندن چه فایده‌ای دارد؟»).
QUESTION_HEAD_MAX_WORDS = 10
# Points introduced by a sentence ending in «:», one per line: at most this many words each.
POINT_MAX_WORDS = 10


def _question_heads(doc: Document, body: list[int]) -> None:
    """Sections headed by questions (blogs, explainers, interviews' highlights): a short line
    ending in «؟», set apart by a blank line before it and followed by prose, is a heading when
    the text has another such question or another heading (the document's own convention: one
    question alone between paragraphs of a text without headings is a sentence of the text)."""
    found = [i for i in body if doc.role(i) == "p" and _question_head(doc, i)]
    heads = sum(1 for i in body if doc.role(i) == "head")
    if not found or len(found) + heads < 2:
        return
    for i in found:
        doc.set(i, "head", "head: a short question set apart before prose, in a text with other headings or "
                "questions so", cert="medium")


def _question_head(doc: Document, i: int) -> bool:
    s = doc.s(i)
    return (0 < s.words <= QUESTION_HEAD_MAX_WORDS and s.plain.rstrip().endswith(("؟", "?")) and s.speaker is None
            and (s.label is None or not s.label.strong) and s.caesura is None and not s.bullet
            and doc.blank_before(i) and doc.prev(i) is not None and _prose_follows(doc, i)
            and _after_paragraph_end(doc, i))


def _marked_heads(doc: Document, body: list[int]) -> None:
    """Sections headed by a line marked with «-», «•» or «*» (a news summary, a blog, an
    interview's highlights headed by its questions «- چرا …؟»): when every marked line of the text
    that is no list item stands alone, is short with no final punctuation or is a short question,
    and is followed by prose, and there are at least two, they are headings. Dialogue opened by
    dashes has its replies marked too, and they end in «.»; a list has its marked lines in a run
    (items, :func:`_bullets`)."""
    marked = [i for i in body if doc.role(i) == "p" and (doc.s(i).bullet or doc.s(i).star)]
    if len(marked) < 2 or not all(
            _marked_head_like(doc.s(i)) and _prose_follows(doc, i) and _after_paragraph_end(doc, i) for i in marked):
        return
    for i in marked:
        doc.set(i, "head", "head: a short line (or question) marked with «-» or «*» before prose, as every marked "
                "line of the text", cert="medium")


def _marked_head_like(s: Shape) -> bool:
    """A heading after its mark: a short line without final punctuation, or a short question."""
    question = (0 < s.words <= QUESTION_HEAD_MAX_WORDS and s.plain.rstrip().endswith(("؟", "?"))
                and s.caesura is None and s.speaker is None)
    return question or (_heading_like(s) and s.end == "none")


def _introduced_points(doc: Document, body: list[int]) -> None:
    """Points written one per line without numbers or bullets under a sentence that introduces
    them with «:» («… عبارت از اینست:», «… چنین اعلام می‌کند:»), or under a heading when they are
    all its section holds (a wiki's «جستارهای وابسته» whose bullets were lost in the copy): two
    or more short lines with no final punctuation, each right under the one before (the first one under the
    sentence also after a blank line, as web pages set a list apart; a line under a point that the rules took
    for a heading, unsure, too), are items. Three or more such lines each set apart by a blank line, as the
    first is from the line introducing them, are items too: a web page's list items copied one a paragraph
    (an embassy's documents to bring, a PDF's contents list of poem titles, translators' names between a
    PDF layer's bullets; round 51, issue 12: 18 lines right on 3 sites, none wrong; two such lines stay
    paragraphs, as a colon may introduce a short paragraph and another). The introducing line is
    a paragraph (no heading), the points are not full lines of a hard-wrapped text and do not
    break off inside a phrase (:func:`~nashr.convert.document.runs_on`), and each holds an
    Arabic-script letter: the pieces of a formula a PDF text layer breaks over lines («n(n + ۱»,
    «۲») are no points (LOPO, issue 12: the rule's only loss, 2 lines of a LaTeX template's PDF)."""
    for i in body:
        headed = doc.role(i) == "head"
        if not headed and (doc.role(i) != "p" or doc.s(i).end != "colon" or doc.s(i).speaker is not None):
            continue
        run: list[int] = []
        j = doc.next(i)
        prev = i
        gapped: bool | None = None  # the points each set apart by a blank line (as the second is from the first)
        while (j is not None and _point(doc, j)
               and (doc.role(j) == "p" or (run and doc.role(j) == "head" and doc.out[j].cert == "low"))):
            if run:
                gapped = not doc.adjacent(prev, j) if gapped is None else gapped
                if doc.adjacent(prev, j) == gapped:
                    break
            run.append(j)
            prev = j
            j = doc.next(j)
        apart = bool(run) and not doc.adjacent(i, run[0])  # (the first point set apart from the line introducing it)
        if headed and run and not (doc.blank_after(run[-1]) or j is None or doc.role(j) == "head"):
            continue  # under a heading, the run must end its section: a list, not its first lines
        if (len(run) >= 3 and gapped and apart) or (len(run) >= 2 and not gapped and not (headed and apart)):
            # (its transfer record, round 42: 8 wrong of 26 on 5 sites, low; once set 39 joined, round 43: 8 of 44
            # on 6 sites, 18 lines more and none of them wrong, ``medium``)
            for k, j in enumerate(run):
                doc.set(j, "item", "item: one of two or more short lines under a sentence ending in «:» or under a "
                        "heading, ending the section", cert="medium", list_start=k == 0)


def _point(doc: Document, i: int) -> bool:
    s = doc.s(i)
    return (0 < s.words <= POINT_MAX_WORDS and s.end == "none" and s.label is None and not s.bullet
            and ARABIC_LETTER.search(s.plain) is not None and s.caesura is None and s.speaker is None
            and not runs_on(doc, i)
            and not (doc.conv.wrap is not None and full(doc, i)) and not is_dateline(doc.out[i].text))


def _trailers(doc: Document, body: list[int]) -> None:
    """An end mark («*», «(بقیه دارد)») between the text of a section and the next heading
    closes that section: a trailer."""
    for i in body:
        nxt, prev = doc.next(i), doc.prev(i)
        if (doc.role(i) == "p" and TRAILER.match(doc.s(i).plain) and nxt is not None and doc.role(nxt) == "head"
                and prev is not None and doc.role(prev) in TEXT_ROLES and not doc.out[prev].epigraph):
            doc.set(i, "trailer", "trailer: an end mark («*», «بقیه دارد») between a section and a heading")


def _attributions(doc: Document, body: list[int]) -> None:
    """A short line after a dash or in quotation marks right under verse or a quotation names its
    source (:func:`~nashr.convert.matter.top.attribution`): a ``byline`` (the attribution of an
    epigraph or quotation). A sentence of its own that says who wrote or translated the piece
    («ترجمه این مطلب توسط …», :data:`CREDIT_SENTENCE`) is a ``byline`` too. A short line set apart
    over a poem's credit (:data:`~nashr.convert.matter.patterns.BYLINE`: «شاعر: …», «شعر از: …») right over
    its verse (a page of poems by several poets) is the poem's title (``head``; also where it was
    taken for a first line of verse: the credit parts it from the poem)."""
    for i in body:
        s, prev = doc.s(i), doc.prev(i)
        if doc.role(i) == "p" and CREDIT_SENTENCE.match(s.plain) and s.words <= CREDIT_SENTENCE_MAX_WORDS:
            doc.set(i, "byline", "byline: a sentence saying who wrote or translated the piece («ترجمه این مطلب "
                    "توسط …»)", cert="medium")
            continue
        if doc.role(i) == "p" and attribution(s) and prev is not None and doc.role(prev) in {"l", "quote"}:
            doc.set(i, "byline", "byline: the source of the verse or quotation above, after a dash", cert="medium")
            continue
        nxt = doc.next(i)
        if (doc.role(i) == "byline" and BYLINE.match(s.plain) and nxt is not None and doc.role(nxt) == "l"
                and prev is not None and doc.adjacent(prev, i) and doc.role(prev) in {"p", "l"}
                and doc.blank_before(prev) and _heading_like(doc.s(prev), HEAD_SURE_WORDS)
                and doc.s(prev).end == "none"):
            doc.set(prev, "head", "head: a short line set apart over a poem's credit (the poem's title)",
                    cert="medium", hemistich=None, group_start=False)


def _after_paragraph_end(doc: Document, i: int) -> bool:
    """Line ``i`` starts a new block: after a blank line, a heading, the top matter, an
    invocation standing as the text's epigraph («بسم الله …», «هو الله»: a block of its own
    whatever its punctuation), or a line that ends a sentence or a statement closed by a number or
    a reference (:func:`_closed_reference`; in a hard-wrapped text: a line that is not full)."""
    prev = doc.prev(i)
    if (prev is None or doc.blank_before(i) or doc.role(prev) not in {"p", "continuation", "item", "l", "speaker"}
            or doc.out[prev].epigraph or SHORT_INVOCATION.match(doc.s(prev).plain)):
        return True
    if doc.conv.wrap is not None:
        return not full(doc, prev) or doc.s(prev).end == "terminal"
    return (doc.s(prev).end in {"terminal", "colon"} or doc.role(prev) in {"l", "item"}
            or _closed_reference(doc.s(prev)))


def _notes(doc: Document, body: list[int]) -> None:
    """Footnote lines «[۱] …» (or «* …», «(۱) …») after a line that carries the same marker (:data:`NOTE_MARK`; a
    number in parentheses after a space, :data:`SPACED_MARK`, when it is its line's only one; a line opening with
    Markdown emphasis, :data:`EMPHASIS_OPENS`, is no star's note); numbered footnotes after the text
    (:func:`_numbered_notes`). Round 50: the spaced marker and the emphasis made the rule of the marker used earlier
    right on 5 lines of 5 sites (borhani.ir, hastaanonline, journals.sbmu, tgchannels, wocoshiac), where it had been
    right on 3 and wrong on 2 (DjangoGirls' «*ریکوئست* …» and the line under it)."""
    marks: set[str] = set()
    spaced: set[str] = set()  # the numbers of SPACED_MARK markers (not read by _numbered_notes: a list's numbers)
    last_marked: int | None = None
    for i in body:
        s = doc.s(i)
        if LINK_DEFINITION.match(s.plain) and doc.role(i) == "p":
            doc.set(i, "note", "note: a Markdown link reference definition («[label]: URL»)")
            continue
        if TAKEN_FROM.match(s.plain) and doc.role(i) == "p" and s.words <= CREDIT_SENTENCE_MAX_WORDS:
            doc.set(i, "note", "note: a sentence saying where the text was taken from («این متن از روزنامه … نقل شده "
                    "است»)", cert="medium")
            continue
        if ((DOCUMENT_NOTE.match(s.plain) or CERTIFIED.match(s.plain)) and doc.role(i) == "p"
                and s.words <= CREDIT_SENTENCE_MAX_WORDS):
            doc.set(i, "note", "note: a sentence on the document itself (where its original is kept, when this copy "
                    "was printed, «رونوشت برابر اصل است»)", cert="medium")
            continue
        if doc.role(i) == "p" and s.words <= PHOTO_CREDIT_MAX_WORDS and PHOTO_CREDIT.search(s.plain):
            doc.set(i, "note", "note: a photo's credit or caption («عکس از …», «تصویر: …») on its own line",
                    cert="medium")
            continue
        if HATNOTE.match(s.plain) and doc.role(i) in {"p", "head"} and s.words <= HATNOTE_MAX_WORDS:
            doc.set(i, "note", "note: a wiki's hatnote pointing to the main article («مقالهٔ اصلی: …»)", cert="medium")
            continue
        if BACKLINK_NOTE.match(s.plain) and doc.role(i) in {"p", "item"}:
            doc.set(i, "note", "note: a wiki reference with its back-link arrow («↑ …»)", number=None, list_start=False)
            continue
        m = NOTE_LINE.match(s.plain)
        if m and doc.role(i) in {"p", "item", "head"}:
            key = m["star"] or _note_key(m["num"] or m["sup"])
            if (key in marks and not (m["star"] and EMPHASIS_OPENS.match(s.plain))) or (m["num"] and key in spaced):
                # (low since set 46 joined, round 50: its record was 9 wrong of 10, a Markdown glossary's bold terms
                # «**API** — …» read as star notes; EMPHASIS_OPENS now leaves those out and the record is 4 lines, none
                # wrong — under the 8 lines a record needs to move a level, so it stays low)
                doc.set(i, "note", "note: a line opening with a note marker used earlier in the text",
                        cert="low", number=None, list_start=False)
                continue
        for mark in NOTE_MARK.findall(s.plain) if MARK_CHARS.search(s.plain) else ():
            marks.add(mark[1:] if mark.endswith("*") else _note_key(mark.strip("[]()")))
            last_marked = i
        if "(" in s.plain and len(PARENTHESISED_NUMBER.findall(s.plain)) == 1:
            spaced.update(_note_key(mark.strip("()")) for mark in SPACED_MARK.findall(s.plain))
    _numbered_notes(doc, body, marks, last_marked)


MARK_CHARS = LazyPattern(rf"[\[*(]|{SUPERSCRIPT}")  # (a note's marker has one: most lines are spared NOTE_MARK)


def _note_key(number: str) -> str:
    """A note marker's number, in digits of any script or superscript («۱», «12», «¹²»), as «[n]»."""
    return f"[{int(''.join(str(unicodedata.digit(c)) for c in number))}]"


# The words that state a poem's metre: the feet of Persian prosody (the afā'īl «فاعلاتن», «مفاعلن» …,
# in the spellings :func:`~nashr.convert.reading.plain` gives) and the names of the metres and their
# variants («رمل», «هزج», «مثمن», «محذوف» …). Few of them are words of prose (a metre's name or
# variant may be: «رمل», «سریع», «مربع», «سالم»), so a line needs METRE_MIN_WORDS of them.
METRE_WORDS = frozenset(
    "فاعلاتن فاعلن فعلاتن فعلن فعولن مفاعلن مفاعیلن مفاعیل مفعول مفعولن مستفعلن مفتعلن متفاعلن مفاعلتن فاعلات "
    "فعلات هزج رجز رمل مجتث مضارع منسرح خفیف سریع متقارب متدارک مقتضب مثمن مسدس مربع محذوف مقصور مخبون اخرب "
    "مکفوف مقبوض مطوی مقطوع اخرم مشکول مکشوف موقوف ابتر سالم".split())
METRE_MIN_WORDS = 3
METRE_RULE = "note: the metre of the poem above (its feet «فاعلاتن …» or its metre's name) on a line of its own"


# Where the verse above stands in its book: a page, volume, daftar or bayt number after its
# abbreviation or word («ص191», «ج ۲، ص ۱۲», «د2/ب345تا349», «دفتر سوم، بیت ۱۲»).
LOCATOR = LazyPattern(rf"(?<![^\W\d_])(?:ص|صص|صفحه|ج|جلد|د|دفتر|ب|بیت|ابیات)\s*\.?\s*:?\s*{DIGIT}")
LOCATOR_MAX_WORDS = 6
LOCATOR_RULE = "note: where the verse above stands in its book (page, daftar or bayt numbers: «ص191», «د2/ب345»)"


def _verse_locators(doc: Document) -> None:
    """A short line (at most LOCATOR_MAX_WORDS words) right under verse that gives the verse's
    place in its book (:data:`LOCATOR`: «(گلستان - ص191)», «د2/ب345تا349») is a note on it, not
    its attribution (a poet's or work's name alone after a dash: :func:`_attributions`). Source:
    hassani.ir's Golestan and arshiat.parsiblog.com's Masnavi (round 25)."""
    for i in doc.flow:
        prev = doc.prev(i)
        s = doc.s(i)
        if (prev is not None and doc.role(prev) == "l" and doc.role(i) == "p" and s.words <= LOCATOR_MAX_WORDS
                and LOCATOR.search(s.plain)):
            doc.set(i, "note", LOCATOR_RULE, cert="medium")


def _metre_notes(doc: Document) -> None:
    """A line that states the metre of the poem right above it — at least METRE_MIN_WORDS words of
    :data:`METRE_WORDS` («وزن: مفاعلن فعلاتن مفاعلن فعلن», «بحر: مجتث مثمن مخبون محذوف», «وزن این شعر،
    «…» در بحر «…» می باشد.») — is a note on the poem, as are further such lines under it, whatever
    their label made them (a row of label and value, a paragraph). Under a heading («وزن:») the
    metre is that section's text and stays so.

    Measured on the collection: 14 lines right more on 2 sites of set 21 (aryazamyn.com's metre
    sentence, bonyad.github.io/tahrir's «وزن: …» and «بحر: …»), none wrong more (setiq.com's metre
    under its heading «وزن:» stays a paragraph); ``medium``: one set's evidence."""
    above: str | None = None
    for i in doc.flow:
        s = doc.s(i)
        if (above in {"l", METRE_RULE} and doc.role(i) in {"p", "item"}
                and sum(w in METRE_WORDS for w in words(s.plain)) >= METRE_MIN_WORDS):
            doc.set(i, "note", METRE_RULE, cert="medium", number=None, list_start=False)
        above = METRE_RULE if doc.out[i].rule == METRE_RULE else doc.role(i)


def _numbered_notes(doc: Document, body: list[int], marks: set[str], last_marked: int | None) -> None:
    """Footnotes numbered like a list («1. ص: دشمنان.», «2. صفت.») after the last line of text
    that carries a marker «[۱]» (or «خواست(۱)»: :data:`NOTE_MARK`): a run of numbered lines whose
    first number is a marker used in the text are the notes those markers point to, not a list."""
    if last_marked is None:
        return
    tail = [i for i in body if i > last_marked]
    k = 0
    while k < len(tail):
        lab = doc.s(tail[k]).label
        if lab is None or f"[{lab.number}]" not in marks or doc.role(tail[k]) not in {"p", "item"}:
            k += 1
            continue
        run = [tail[k]]
        while (k + len(run) < len(tail) and doc.role(tail[k + len(run)]) in {"p", "item", "item+", "p+"}
               and (doc.s(tail[k + len(run)]).label is not None or doc.role(tail[k + len(run)]).endswith("+"))):
            run.append(tail[k + len(run)])
        for i in run:
            doc.set(i, "note", "note: a numbered footnote after the last line carrying a marker «[n]» with its number",
                    number=None, list_start=False)
        k += len(run)


# Direct speech opens with a dash or a quotation mark («– …», «(( … ))», «« … »»).
SPEECH_OPENS = LazyPattern(r"^[-–—«\"“(]")
CONTINUED = {"p": "p+", "p+": "p+", "item": "item+", "item+": "item+", "continuation": "p+",
             "quote": "quote", "note": "note", "stage": "p+"}


def _across_blank(doc: Document, prev: int, i: int) -> bool:
    """Line ``i`` comes one blank line after line ``prev`` in a PDF text layer (``Conventions.pdf``: its traces, or
    ``Conventions.paged``: the form feeds of its page breaks; not in a text with a blank line after every line),
    where a hard-wrapped paragraph may go on across it: a PDF layer leaves a blank line where a line is set taller
    (a superscript, a formula). In a text typed or copied with hard line breaks (an e-mail, a blog's copy of a
    book) a blank line ends the paragraph. Round 54 (helper «struct105»), at 70e9bc2d: the collection's joins
    across a blank line were right on 47 lines of 4 sites, every one a PDF layer (three theses' LaTeX templates, a
    PDF guide), and wrong on 14 lines of 10 sites without PDF traces or page breaks, where the blank line ended a
    paragraph (a blog's copy of a prose text, a newsletter's items, a wiki article's lead under its tagline, a
    gettext catalogue's entries)."""
    conv = doc.conv
    return i == prev + 2 and doc.shapes[prev + 1] is None and not conv.spaced and (conv.pdf or conv.paged)


def _wrap_join(doc: Document, prev: int, i: int) -> bool:
    """Whether line ``i`` continues the block of line ``prev`` (the text line before it): in a
    hard-wrapped text, when ``prev`` is full (it ran to the wrap width, or the first word of ``i``
    would not have fitted after it) — also across one blank line, which PDF extraction leaves
    inside paragraphs, when the text is a PDF layer (its traces or page breaks: a typed or copied text's blank
    line ends its paragraph, :func:`_across_blank`) and ``prev`` breaks off mid-sentence and is no
    note (however short ``prev`` is where the text's blank lines mostly fall inside sentences:
    ``Conventions.blank_inside``); where blank
    lines separate paragraphs, when no blank line comes between and ``prev`` ends neither a
    sentence nor a statement closed by a number or a bracketed reference (:func:`_closed_reference`:
    a law's article with its source after it, a report's title with its newspaper). A line that
    ends a sentence (or a colon) ends its paragraph when the first word of ``i`` would have fitted
    after it within the text's longest wrapped line (wrapping fills lines), when ``i`` opens
    direct speech after a colon, or when ``i`` opens with a label and a colon («کلیدواژه‌ها: …»).
    A line ending in an ezafe
    (:func:`~nashr.convert.document.runs_on`) always goes on in ``i``. Never joined: a bullet
    under a bullet or an item (the next item), an article's label («ماده ۲ - …»,
    :data:`ARTICLE_START`), a line under a date line alone, and a line in another language than
    a line before it that does not run to the wrap width (an Arabic quotation set apart in Persian
    prose, :func:`~nashr.convert.document.arabic`, ends without a Persian full stop, and the kasra
    of its last word is no ezafe).

    A join is sure (no ``@cert``): the joins once marked ``medium`` (across a blank line, after an
    ezafe, between long lines where blank lines part paragraphs) were wrong on 10 of 149 lines of
    the collection (7 %, 8 sets), below the policy's ``medium`` band (:mod:`nashr.convert.certainty`).
    """
    conv = doc.conv
    s, ps = doc.s(i), doc.s(prev)
    if s.bullet and (ps.bullet or doc.role(prev) in {"item", "item+"}):
        return False  # the next bullet of a list opens an item of its own
    if ARTICLE_START.match(s.plain):
        return False  # an article of a law opens its own paragraph («ماده ۲ - …»)
    if is_dateline(doc.out[prev].text):
        return False  # a date line alone is whole («مورخ ۱۲ حمل ۱۳۹۷ …»; «۱۰) روز حرکت …» under «۱۰ شهر شعبان …»)
    if doc.arabic(prev) != doc.arabic(i) and not (conv.wrap is not None and full(doc, prev)):
        return False  # an Arabic quotation ends without a Persian full stop (its kasra is no ezafe)
    if runs_on(doc, prev) and (doc.adjacent(prev, i) or (i == prev + 2 and doc.shapes[prev + 1] is None)):
        return True
    if conv.wrap is not None:
        mid_sentence = ps.end in {"none", "comma"}
        across = _across_blank(doc, prev, i)
        # (Where blank lines fall inside sentences, a line that breaks off before one goes on
        # after it, however short: a PDF text layer also breaks lines where a glyph is lost.)
        inside = conv.blank_inside and mid_sentence
        if not (doc.adjacent(prev, i) or (across and mid_sentence and (full(doc, prev) or inside)
                                          and doc.role(prev) != "note")):
            return False  # (a note, a caption under the title, ends at a blank line)
        first = text_width(doc.out[i].text.split(maxsplit=1)[0])
        length = text_width(doc.out[prev].text)
        no_room = length <= WRAP_OVERRUN * conv.wrap and length + 1 + first > conv.wrap
        joined = ((full(doc, prev) or no_room or (inside and across) or _broken_short(doc, prev, i))
                  and not (ps.end == "terminal" and s.indent > conv.indent))
        if not joined or (conv.paragraph_end is not None and ps.end == conv.paragraph_end):
            return False
        fits = length + 1 + first <= (conv.wrap_max or conv.wrap)
        if ps.end in {"terminal", "colon"} and (fits or (ps.end == "colon" and SPEECH_OPENS.match(s.plain))
                                               or s.speaker is not None):
            return False  # a sentence ended where the next word would have fitted; speech after «گفت:»; «label: …»
        return True
    return (conv.blank_paragraphs and doc.adjacent(prev, i) and ps.words >= PROSE_MIN_WORDS // 2
            and ps.end not in {"terminal", "colon"} and not _closed_reference(ps) and not _heading_over(ps, s))


# A line broken inside a paragraph of a text that is not hard-wrapped is one of its lines, about as long as
# the next; a short line over a line several times its length is a heading or a label over its paragraph.
HEADING_OVER_RATIO = 3


def _heading_over(ps: Shape, s: Shape) -> bool:
    """The line of shape ``ps`` is short (HEAD_MAX_WORDS words at most) and the line under it, of shape
    ``s``, more than HEADING_OVER_RATIO times as long: in a text whose paragraphs blank lines part and
    whose lines are not wrapped at a width, ``ps`` is a heading or a label over its paragraph («ذکر جلوس
    پادشاه جهان قاآن …، » over the chronicle's entry, a ruling's summary over its text, «سوال ۱: …» over
    the answer), not the first line of a paragraph broken where the copy broke it. A line ending in an
    ezafe goes on all the same (:func:`~nashr.convert.document.runs_on`, tested first)."""
    return ps.words <= HEAD_MAX_WORDS and s.words > HEADING_OVER_RATIO * ps.words


def _broken_short(doc: Document, prev: int, i: int) -> bool:
    """In a hard-wrapped text whose paragraphs are parted by blank lines, line ``prev`` breaks off
    short of the wrap width inside a sentence (no final punctuation or a comma; a statement of
    PROSE_MIN_WORDS // 2 words or more, not closed by a number or a reference,
    :func:`_closed_reference`) and ``i`` follows with no blank line between, itself a full line
    (:func:`~nashr.convert.document.full`; a signature or a heading under a paragraph is short): the
    copy broke the paragraph where its source had a line break (mohe.gov.af's releases: «… به همین
    سان هیأت موظف» / «ریاست مؤسسات تحصیلات عالی …»), and the paragraph goes on."""
    ps = doc.s(prev)
    return ((doc.conv.blank_paragraphs or doc.role(prev) in {"p+", "item+"}) and doc.adjacent(prev, i)
            and full(doc, i) and ps.end in {"none", "comma"} and ps.words >= PROSE_MIN_WORDS // 2
            and not _closed_reference(ps))


# The end of a line that ends a statement without a full stop: a date or a number, or a reference in
# brackets closed on the line («… (ماده ۴۴۱ قانون اصول محاکمات حقوقی مصوب ۱۲۹۰/۸/۲۹)», «… ۱۳۷۴/۲/۱۸»).
CLOSED_REFERENCE = re.compile(rf"(?:{DIGIT}|[)\]])\s*$")


def _closed_reference(s: Shape) -> bool:
    """The line of shape ``s`` is a statement (PROSE_MIN_WORDS // 2 words or more: no label or call
    number, «GIIIA 119») that ends in a number or a closing bracket (:data:`CLOSED_REFERENCE`)
    with every bracket it opens closed. A number inside a bracket still open («… (ماده ۴۴۳») goes
    on in the next line."""
    text = s.plain
    return (s.words >= PROSE_MIN_WORDS // 2 and CLOSED_REFERENCE.search(text) is not None
            and text.count("(") <= text.count(")") and text.count("[") <= text.count("]"))


WRAP_SURE_MIN_CHARS = 50
"""A hard-wrapped paragraph's join is sure under a line of this many characters or more (a wrap width); under a
shorter line it is ``low``. Round 46, the collection's 1604 ``p+`` joins: under a line of fewer than 50 characters
79 of 108 wrong (by hand ``l``, ``fw``, ``p``: short verse lines and a page's labels joined), under a longer one 78 of
1496 (5.2 %); under LOPO (transfer records) 86 of 116 on 39 sites and 68 of 1117 on 135 sites (6.1 %), where the
rule as one part was wrong on 125 of 1201 lines on 147 sites (10.4 %, ``medium``), set 42's hemistichs among them."""


def _wrapped(doc: Document, body: list[int]) -> None:
    """Hard-wrapped paragraphs: a line continues the block of the line before it
    (:func:`_wrap_join`) as p+ or item+; in a PDF text layer, the first line of a page also
    continues the paragraph that broke off above the footnotes of the page before
    (:func:`_resumed`)."""
    for i in body:
        prev = doc.prev(i)
        if doc.role(i) != "p" or prev is None:
            continue
        if (before := _resumed(doc, i)) is not None:
            role = CONTINUED[doc.role(before)]
            # (its record once set 49 joined, round 53: 5 wrong of 8 on 6 sets, a slide's first line read as running
            # on from the slide before, ``low``)
            doc.set(i, role, f"{role}: continues the paragraph broken off before the footnotes and the page break",
                    cert="low")
            continue
        if doc.role(prev) not in CONTINUED:
            continue
        if doc.conv.pdf and i - prev <= 2 and _fragment(doc, i) and _fragment(doc, prev):
            role = CONTINUED[doc.role(prev)]
            # (its record once set 48 joined, round 52: 7 wrong of 19 on 4 sets, slides' Latin lists read as
            # listings, ``low``)
            doc.set(i, role, f"{role}: a line of a formula or code listing under another (no Arabic letter; a PDF "
                    "layer breaks them into lines)", cert="low")
            continue
        if _formula_number(doc, i) and doc.adjacent(prev, i):
            role = CONTINUED[doc.role(prev)]
            doc.set(i, role, f"{role}: a number alone under a fragment of a display formula (its denominator or "
                    "exponent)", cert="low")
            continue
        if _wrap_join(doc, prev, i):
            role = CONTINUED[doc.role(prev)]
            # (``item+``'s record once set 49 joined, round 53: 4 wrong of 38 left one publisher out, on 8 sites,
            # ``medium``; ``p+``'s under a short line ``low``, under a longer one ``none``)
            doc.set(i, role, f"{role}: continues the line above (hard-wrapped paragraph)",
                    cert="low" if role == "p+" and text_width(doc.out[prev].text.strip()) < WRAP_SURE_MIN_CHARS
                    else "medium" if role == "item+" else None)


def _resumed(doc: Document, i: int) -> int | None:
    """The text line that line ``i`` continues across a page break (and the footnotes and page
    furniture at the foot and head of the pages): the last line before ``i`` that is not a
    note, when a form feed comes between and that line breaks off (no final punctuation, or
    :func:`~nashr.convert.document.runs_on`); else None."""
    if not doc.conv.paged:
        return None
    k = doc.pos[i] - 1
    while k >= 0 and doc.role(doc.flow[k]) == "note":
        k -= 1
    if k < 0 or doc.role(doc.flow[k]) not in PROSE_ROLES:
        return None
    before = doc.flow[k]
    broken = doc.s(before).end in {"none", "comma"} or runs_on(doc, before)
    return before if broken and any("\f" in doc.texts[j] for j in range(before + 1, i + 1)) else None


QUOTE_MIN_WORDS = 8  # a quoted paragraph: at least this many words (a title or a name in quotation marks has fewer)
QUOTE_MARKS = {"«": "»", "“": "”", '"': '"'}
QUOTED_RULE = ("quote: a paragraph wholly in quotation marks, set apart on its own line (not speech a line of "
               "narration reports, «… گفت:»)")


def _quoted_whole(text: str) -> bool:
    """``text`` (a line's plain form) is one quotation from its first character to its last but final punctuation:
    it opens with a quotation mark (after a dash or suspension points at most: «- "…"», «" ....…») whose closing mark
    ends it, the quotation closed nowhere before (a line opening «"X" و "Y" …» quotes two words, not itself)."""
    body = text.strip().lstrip("-–—. ")
    if not body or body[0] not in QUOTE_MARKS:
        return False
    opening, closing = body[0], QUOTE_MARKS[body[0]]
    inner = body.rstrip(".!?؟…: ").rstrip()
    if len(inner) < 2 or inner[-1] != closing:
        return False
    if opening == closing:
        return inner.count(opening) == 2
    depth = 0
    for c in inner[:-1]:
        depth += (c == opening) - (c == closing)
        if depth == 0:
            return False  # (closed before the end)
    return True


OPENING_ROLES = frozenset({"salute", "addressee"})  # a letter's or declaration's address: its own text under it


def _reports_speech(s: Shape) -> bool:
    """The line ends in a verb of saying or shouting and a colon (:func:`~nashr.convert.conventions.narrates`:
    «… گفت:», «… دوباره داد زد:»): narration reporting the speech under it."""
    said = s.plain.rstrip(":： ")
    return s.end == "colon" and bool(said) and narrates(said)


def _quotes(doc: Document, body: list[int]) -> None:
    """Block quotations: a line in Arabic standing alone in Persian prose (a verse of the Quran,
    a saying); a paragraph wholly in quotation marks (:func:`_quoted_whole`), QUOTE_MIN_WORDS words or more,
    left to the default paragraph on its own line — a saying of the day, an inscription, a king's note, a
    letter's passage quoted by a blog or a memoir — but the speech a line of narration reports right above it
    (:func:`_reports_speech`: «… از مابین دندان‌هایش گفت:», «… دوباره داد زد:», «… با شبکه اسکای گفت:»: ``p``,
    tests/data/corpus/README.md) and the first paragraph under a letter's or declaration's address (its own
    text, «هموطن:» over «اقتضای اطاعت از «خدا» …»). Measured on the collection (round 48): 6 lines, all
    quotations by hand, on 4 sites (ariapars.persianblog.ir, figures-azerbaijan.blogfa.com,
    gilehmards.blogspot.com, Persian Wikisource), none wrong; ``low``, as its record earns.
    A prose line indented further than the text's own lines is no sign of one: on the
    collection all 27 such lines (15 sites: blog and university pages whose editors indent
    paragraphs and verse at will) were verse, paragraphs or their continuations, none a quotation.
    Such a line stays a paragraph, marked ``low``: the indent says the page set it apart, and most such
    lines are no paragraph either (its record, round 43: 19 wrong of 25 — verse 9, continuations 3, ``p+`` 3;
    src/nashr/convert/data/rule_records.tsv)."""
    for i in body:
        prev, nxt = doc.prev(i), doc.next(i)
        if (doc.role(i) == "p" and doc.arabic(i) and prev is not None and nxt is not None
                and doc.role(prev) in TEXT_ROLES and not doc.arabic(prev) and not invocation(doc.s(i).plain)):
            doc.set(i, "quote", "quote: a line in Arabic standing alone in Persian prose", cert="low")
        elif (doc.role(i) == "p" and doc.out[i].rule.startswith(DEFAULT_RULE) and doc.s(i).words >= QUOTE_MIN_WORDS
              and _quoted_whole(doc.s(i).plain) and (nxt is None or doc.role(nxt) != "p+")
              and not (prev is not None and (doc.role(prev) in OPENING_ROLES or _reports_speech(doc.s(prev))))):
            doc.set(i, "quote", QUOTED_RULE, cert="low")
    if doc.conv.wrap is not None:
        return
    for i in body:
        s = doc.s(i)
        if doc.role(i) == "p" and doc.conv.indent == 0 and s.indent >= INDENT_DOUBT_MIN and s.words >= 4:
            doc.set(i, "p", "p: a prose line indented further than the text, its role in doubt", cert="low")


# A marginal note transcribed after its label in brackets: «[حاشیهٴ ۱:] دبیران، ۱۴/۹/۲۲.».
MARGIN_LABEL = LazyPattern(r"^\[[^\[\]\d]{2,30}[\d۰-۹]*\s*:\]\s*\S")
ARCHIVE_NOTE = "note: an editor's or archive's note in brackets on its own line"


def _archive_notes(doc: Document) -> None:
    """An archive's transcription of a letter, after the signature: a line opening with a
    bracketed label («[حاشیهٴ ۱:] …», :data:`MARGIN_LABEL`) is a marginal note; and the archive's
    note in brackets announcing a handwritten note («[یادداشت دستنویسی در پائین صفحه]») makes
    every line after it, to the end, that note."""
    signed = [i for i in doc.flow if doc.role(i) == "signed"]
    announced = False
    for i in doc.flow:
        after = bool(signed) and i > signed[0]
        if after and doc.role(i) in {"p", "dateline"} and MARGIN_LABEL.match(doc.s(i).plain):
            doc.set(i, "note", "note: a marginal note after its label in brackets («[حاشیه ۱:] …»)", cert="medium")
        elif announced and doc.role(i) != "note":
            doc.set(i, "note", "note: a line of the handwritten note that an archive's bracketed note after the "
                    "signature announces", cert="low")
        elif after and doc.out[i].rule == ARCHIVE_NOTE:
            announced = True


def _mark_duplicates(out: list[Line]) -> None:
    seen: dict[str, int] = {}
    for i, line in enumerate(out):
        if line.role in {"blank", "fw"}:
            continue
        key = line.text.strip()
        if key in seen:
            out[i] = replace(line, copy_of=seen[key])
        else:
            seen[key] = line.n


def duplicate_lines(lines: Sequence[Line]) -> list[Line]:
    """Lines that repeat an earlier line exactly (``copy_of`` set)."""
    return [line for line in lines if line.copy_of is not None]


NAMEH_COMPOUND = LazyPattern(
    r"(?<![\w\u200c])(?:آیین|آئین|اساس|نظام|شیوه|تفاهم|وصیت|روز|هفته|ماه|فصل|گاه|زندگی|سفر|پایان|پرسش|شناس|گواهی|اجازه)"
    r"[\s\u200c]*نامه")
"""Nouns compounded with «نامه» that name no letter: a bylaw («آیین‌نامه»), charter, regulation,
memorandum, will, newspaper and periodicals, biography, travelogue, thesis, questionnaire,
certificates («-نامه» as the second part of a document's name, as Persian dictionaries list these
compounds), written with ZWNJ, a space where a copy lost it, or glued."""


def genre(lines: Sequence[Line]) -> str | None:
    """The document type, where the title (or the layout) makes it clear.

    Returns one of ``statement``, ``resolution``, ``report``, ``announcement``, ``letter``,
    ``news``, ``interview``, ``drama`` (turns and stage directions), ``verse`` or None. Keywords
    are the standard Persian names of these document types.
    """
    title = next((plain(line.text).strip() for line in lines if line.role == "title"), "")
    rules = (
        (("اطلاعیه پایانی", "بیانیه", "اعلامیه"), "statement"),
        (("قطعنامه", "قرار ", "مصوبه"), "resolution"),
        (("گزارش",), "report"),
        (("اطلاعیه", "فراخوان"), "announcement"),
        (("خبر", "اخبار"), "news"),
        (("نامه",), "letter"),
        (("گفتگو", "گفت‌وگو", "مصاحبه"), "interview"),
    )
    for keys, name in rules:
        if any(title.startswith(k) or f" {k}" in f" {title}" for k in keys) \
                and not (name == "letter" and NAMEH_COMPOUND.search(title)):
            return name
    roles = Counter(line.role for line in lines if line.role != "blank")
    if roles["salute"] or roles["addressee"]:
        return "letter"
    if roles["speaker"] >= 2 and roles["stage"]:
        return "drama"
    if roles["speaker"] >= 2:
        return "interview"
    if roles["l"] * 2 > sum(roles.values()):
        return "verse"
    return None
