"""The top of a text (:func:`top_matter`), the driver that runs the top's passes in order: masthead,
furniture repeating the page's title, kicker, title, subtitles, byline, dateline, a letter's
epigraph and attribution, affiliations and pull quotes; then the matter
below the top (:func:`matter_below_top`). TEI P5 4.2 (``head``, ``opener``, ``epigraph``, ``byline``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nashr.convert.conventions import DIGIT, HAS_LETTER, Shape, words
from nashr.convert.document import (
    EDITION_FURNITURE,
    NUMBER_WORD,
    PROSE_MIN_WORDS,
    Document,
    is_dateline,
)
from nashr.convert.forms import FIELD_MAX_WORDS
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.dateline import (
    _issuer_over_date,
    _place_over_turns,
    _section_label_under_fields,
    _session_line,
    _speech_header,
    _top_other,
    _under_date,
)
from nashr.convert.matter.labels import (
    _genre_label,
    _over_trail,
    _site_label,
    _unsaid_label,
    headline_under_date,
    headline_under_site_name,
)
from nashr.convert.matter.letterhead import (
    _addressed,
    _copy_line,
    _letterhead,
    _letterhead_line,
    _over_letter,
    _telegram_fields,
    _telegram_head,
)
from nashr.convert.matter.masthead import (
    MASTHEAD,
    MASTHEAD_MAX_TITLE_WORDS,
    PERIODICAL_ISSUE,
    _mark_periodical,
    _masthead_block,
    _masthead_evidence,
    _periodical_head,
    _periodical_lines,
)
from nashr.convert.matter.opening import _addressed_over_opening, _first_line_matter
from nashr.convert.matter.patterns import (
    APPROVAL_NOTE,
    BREADCRUMB,
    CAPTION_MAX_WORDS,
    COUNT_RULE,
    DOCUMENT_KIND,
    DOCUMENT_KIND_MAX_WORDS,
    INVOCATION,
    INVOCATION_MAX_WORDS,
    JUMP_RULE,
    KICKER,
    LETTER_OPENING,
    LETTERLESS_RULE,
    LONG_TITLE_MAX_WORDS,
    OFFICE_TITLE,
    PAGE_HEAD_MAX_WORDS,
    PART_NAME,
    SECTION_LABEL_MAX_WORDS,
    SECTION_NUMBER_ALONE,
    SECTION_WORD,
    SESSION_RULE,
    SHORT_INVOCATION,
    SITE_LABEL_MAX_WORDS,
    SUBTITLE_MAX_WORDS,
)
from nashr.convert.matter.shapes import SIGNED_MAX_WORDS, TITLE_MAX_WORDS, _bare, _letterhead_field, _title_like, clause
from nashr.convert.matter.subtitle import _caption, _subtitle
from nashr.convert.matter.title import (
    TITLE_MAX_LINES,
    _author_at_top,
    _author_over_text,
    _kicker_over_repeated_title,
    _long_title,
    _numbered_piece,
    _Title,
    _title_lines,
)

# An Arabic line set apart at the head of a text — a formula («إنا لله و إنا إلیه راجعون»), a verse
# of the Quran under the invocation — is short; a longer one opens the text itself (a classical
# book's doxology «الحمد لله رب العالمین …»).
ARABIC_EPIGRAPH_MAX_WORDS = 15
# Such a verse or formula is written with its vowels or with the hamza under alef Persian does not
# write («إنا لله …»); a book's Arabic title at the head of a page is not («الفوائد الرضویة …»).
VOCALIZED = LazyPattern("[\u064b-\u0652\u0625]")


# Of those, «یا حق», «بسمه تعالی» under a letter's date open it as its salutation; «هو» ("He"),
# alone or with a name of God, heads the page as an epigraph (editors keep it a paragraph: the
# collection's Qajar letters, four publishers).
OPENING_INVOCATION = re.compile(r"^\s*(?:یا\s+\S+|بسمه\s+تعالی|باسمه\s+تعالی)\s*$")


# An ornament line of the page's layout: «*», «* * *», «***».
ORNAMENT = re.compile(r"^\s*(?:[*]\s*)+$")
# A part's number alone on its line («11», «۱۲»): a letter of a numbered series, a chapter.
PART_NUMBER = LazyPattern(rf"^\s*{DIGIT}{{1,3}}\s*$")


# A web page's count near its title: its views or its record's number, five digits or more or grouped in thousands
# («0 2,129», «۱,۰۸۲», «(ثبت: 186498)», «شناسه : 78269»), in a line of at most COUNT_MAX_WORDS words, one word at
# most beside the number (its label).
COUNT = re.compile(r"(?<![\d/.:\-])(?:\d{1,3}(?:[,٬]\d{3})+|\d{5,})(?![\d/.:\-])")
COUNT_MAX_WORDS = 4


def _page_count(doc: Document, k: int) -> bool:
    """``flow[k]``, under the title, is the page's count, not a session's number or a part's: a line of at most
    COUNT_MAX_WORDS words, one word at most beside the number, and no date, holding a number of five digits or more
    or grouped in thousands (:data:`COUNT`: sessions, serial numbers and parts run to four digits); or a number
    alone right under the date line (the views an Afghan ministry's page prints under «org_admin» and its date and
    time: «756», «123»; a number alone right under the title is the part's, «11» over a letter of a series).

    Measured under LOPO (round 47): of the lines of this shape near the top that the rules gave another role, 6
    on 6 sites were fw by hand (the session rule's «0 2,129», «۱,۰۸۲», «(ثبت: 186498)», «شناسه : 78269»; the part
    number's «756», «123»), none another role; the 30 such lines already fw by other rules were right on 28."""
    i = doc.flow[k]
    s = doc.s(i)
    if is_dateline(doc.out[i].text):
        return False
    if PART_NUMBER.match(s.plain):
        return doc.role(doc.flow[k - 1]) == "dateline"
    return (0 < s.words <= COUNT_MAX_WORDS and COUNT.search(s.plain) is not None
            and sum(1 for t in words(s.plain) if HAS_LETTER.search(t)) <= 1)  # (not a name with a student's number)


KICKER_MAX_WORDS = 8


# A site's address or e-mail alone on its line, or a URL's path («news/photo/album»): the site's, at
# the top of a copied page (ois-iran.com's masthead, khamenei.ir's page path). A link with its
# scheme («https://go.usa.gov/…») is one the text gives (a post's link, tx.me): not these.
ADDRESS_ALONE = LazyPattern(r"^\s*(?:www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z0-9_-]+(?:/[a-z0-9_-]+)+/?)\s*$")


def top_matter(doc: Document) -> int:
    """Classify the top block; return the position in ``doc.flow`` of the first line after it.

    The top block is the run of short lines before the text starts: masthead, organisation
    lines (kickers), title lines, subtitles, datelines, bylines, a letter's addressee and
    salutation. Its first free line (none of these by its own pattern) is the title, as is the
    first free line after a kicker (press releases repeat their heading under the issuer's name).
    """
    flow = doc.flow
    if doc.printed_page:
        return 0
    k = _masthead_block(doc)
    block = k > 1  # (a periodical's head names the paper an archived article is from: that has its title)
    k = k or _periodical_head(doc)
    m = MASTHEAD.match(doc.s(flow[0]).plain)
    if (k == 0 and m and len(words(m["title"])) <= MASTHEAD_MAX_TITLE_WORDS and len(flow) > 1
            and not SECTION_WORD.match(doc.s(flow[0]).plain) and not BREADCRUMB.search(doc.s(flow[0]).plain)
            and _masthead_evidence(doc, m["title"])):
        doc.set(flow[0], "masthead", "masthead: a first line of at most 4 words and an issue number")
        k = 1
    elif k == 0 and len(flow) > 1 and PERIODICAL_ISSUE.match(doc.s(flow[0]).plain) \
            and doc.s(flow[0]).words <= PAGE_HEAD_MAX_WORDS:
        doc.set(flow[0], "masthead", "masthead: a first line naming a periodical's issue («ماهنامه شماره ۱۲۱ - صفحه "
                "۲»)", cert="medium")
        k = 1
    # A periodical page under a masthead block holds articles, not one titled text; opened: a
    # letter's addressee or greeting came.
    titled, has_title, after_kicker, opened = block, False, False, False
    letterhead = False  # a printed field of a letter's head came: the next free lines are the addressee
    title = _Title()
    if k == 0 and (lines := _furniture_title(doc)):
        for i in flow[:lines]:
            doc.set(i, "title", "title: the first lines of the text saying again, word for word, the page's title "
                    "that the furniture above them gives (a browser's print header)")
        title.add(doc, flow[:lines])
        titled = has_title = True
        k = lines
    site_label = False  # the title checked for it is long: take it
    # The edition showed the site's furniture over this text (nashr.convert.edition), or the page opens
    # with its theme's skip links (JUMP_RULE): the first line under that furniture that the edition does
    # not repeat is the page's own, not a guessed section label.
    edition_top = bool(flow) and any(doc.out[j].rule in {EDITION_FURNITURE, JUMP_RULE} for j in range(flow[0]))
    dated = False  # a dateline or an addressee came: an invocation now opens the letter (its salute)
    while k < len(flow) and (doc.role(flow[k]) in {"p", "note"} or _epigraph_verse(doc, k)) and (
            doc.s(flow[k]).speaker not in doc.conv.speakers or _title_like(doc, flow[k])):
        i = flow[k]
        s = doc.s(i)
        if doc.role(i) == "note":  # an editor's note in brackets among the top lines
            k += 1
            continue
        if doc.role(i) == "l":  # a bayt under the invocation: part of the epigraph
            doc.out[i] = replace(doc.out[i], epigraph=True)
            k += 1
            continue
        if k == 0 and (piece := _numbered_piece(doc)) is not None:
            doc.set(i, "byline", "byline: the first line over the title of a numbered piece of a collection (the "
                    "author, or the author and the book)", cert="medium")
            for j in flow[1:piece]:
                doc.set(j, "subtitle", "subtitle: a short line between the author and the title of a numbered piece "
                        "(the book)", cert="medium")
            doc.set(flow[piece], "title", "title: a numbered piece of a collection («شمارهٔ ۱۸ - …») under the "
                    "author's name")
            title.add(doc, [flow[piece]])
            titled = has_title = True
            k = piece + 1
            continue
        found = _top_other(doc, i)
        if k > 0 and doc.role(flow[k - 1]) == "l" and attribution(s):
            doc.set(i, "byline", "byline: the source of the verse above, after a dash or in quotation marks")
        elif (has_title or _journal_page(doc, k)) and (end := _journal_head(doc, k)) > k:
            k = end
            titled = True  # (a title over the head, or none the copy kept: «چکیده» under it heads the abstract)
            continue
        elif has_title and (head := _periodical_lines(doc, i)) is not None:
            k = _mark_periodical(doc, head)  # (the page's title over the gazette's head it reproduces)
            continue
        elif (fields := _telegram_head(doc, k)) is not None:
            for j in flow[k:fields]:
                doc.set(j, "subtitle", "subtitle: a line of a telegram form's head (the ministry, the form's name) "
                        "over its route and fields", cert="medium")
            k = fields
            while k < len(flow) and _telegram_fields(doc.s(flow[k]).plain):
                doc.set(flow[k], "dateline", "dateline: a telegram's route («از … به …») and its form's fields, "
                        "with the dates of sending and arrival, run into one line")
                k += 1
            letterhead = dated = True
            continue
        elif opened and _copy_line(doc, k):
            doc.set(i, "postscript", "postscript: a copy list («رونوشت …», «کپیه …») under the addressee, "
                    "over the text (a telegram's), and its lines wrapped after an item's «،» or copy word")
        elif _letterhead_field(s):
            # (its record, nashr.convert.certainty, with the fields named by register or left empty: right on all
            # 28 lines, so no @cert)
            doc.set(i, "fw", "fw: a printed field of a letter's head (number, enclosure, classification or "
                    "priority mark)")
            letterhead = True
        elif _letterhead_line(s.plain):
            doc.set(i, "fw", "fw: a letter's head with its printed fields run into one line, parted by «؛»")
            letterhead = True
        elif found is not None and (k > 0 or _first_line_matter(doc, i, found[0])):
            doc.set(i, *found)
            opened = opened or found[0] in {"salute", "addressee"}
            dated = dated or found[0] in {"dateline", "addressee"}
        elif has_title and _under_date(doc, k) and _place_over_turns(doc, k):
            doc.set(i, "dateline", "dateline: the place of a speech or session, under its date (or the title under "
                    "it) and above the first turn", cert="medium")
        elif letterhead and DOCUMENT_KIND.match(s.plain) and s.words <= DOCUMENT_KIND_MAX_WORDS and _title_like(doc, i):
            doc.set(i, "title", "title: the document's kind («بخشنامه», «آیین‌نامه …») under the printed fields of a "
                    "letterhead (its title)", cert="medium")
            for j in flow[:k]:  # the lines over the fields named the state and office, not the document
                if doc.role(j) == "title":
                    doc.set(j, "subtitle", "subtitle: a line of a letterhead above its printed fields, the document "
                            "named under them", cert="medium")
        elif (letterhead and _addressed(s) and not (has_title and title.restated(doc, i))
              and not LETTER_OPENING.match(s.plain)):  # («پیرو نامه شماره …» opens the text)
            if _over_letter(doc, k):  # (else an archive's label, a classification or a copy line of the head: the
                # line keeps its role and the head goes on to the fields under it)
                # (its record once the priority marks said as a sentence were fields: 3 wrong of 11, ``medium``;
                # with set 18, 5 wrong of 13: ``low``)
                doc.set(i, "addressee", "addressee: a short line under the printed fields of a letter's head, before "
                        "the letter", cert="low")
                opened = True
        elif k == 0 and (header := _speech_header(doc, k)) is not None:
            doc.set(i, "byline", "byline: a speaker's name over the speaker's office, at the head of a speech",
                    cert="medium")
            doc.set(header[0], "byline", "byline: the speaker's office under the name, at the head of a speech",
                    cert="medium")
            for j in header[1]:
                doc.set(j, "dateline", "dateline: the place of a speech, between the speaker and the date",
                        cert="medium")
            k += 2 + len(header[1])
            continue
        elif _issuer_over_date(doc, k):
            doc.set(i, "byline", "byline: who issues a statement, the name and office on one line («ند پرایس، سخنگوی "
                    "…»), over its date line", cert="medium")
        elif ADDRESS_ALONE.match(s.plain):
            doc.set(i, "fw", "fw: a site's address, e-mail or a URL's path alone among the top lines (the site's)",
                    cert="medium")
        elif not titled and not HAS_LETTER.search(s.plain) and not SECTION_NUMBER_ALONE.match(s.plain):
            # (its transfer record, round 41: 1 wrong of 26 on 17 sites; once set 38 joined, round 42: 16 of 17 on
            # 2 sites with the foot's, rahnik.blogsky.com's calendar taken for a foot over Baba Taher's broken
            # hemistichs, ``low``)
            doc.set(i, "fw", LETTERLESS_RULE, cert="low")
        elif _author_at_top(doc, i, title):
            # (its record: 4 wrong of 10 with set 33 counted in round 38: low)
            doc.set(i, "byline", "byline: the author's name at the top, named in the title after «از» or said twice "
                    "there", cert="low")
        elif k == 0 and _genre_label(doc, i):
            doc.set(i, "subtitle", "subtitle: the kind of piece («گزارش», «یادداشت», «گفت‌وگو») above the headline "
                    "(kicker)", cert="medium")
            after_kicker = True
        elif k == 0 and not edition_top and _over_trail(doc, i):
            doc.set(i, "fw", "fw: the site's name over its breadcrumb trail, the page's heading under them",
                    cert="medium")
            site_label = True
        elif k == 0 and not edition_top and _site_label(doc, i):
            # (its record, nashr.convert.certainty, once set 36 joined, round 40: 10 wrong of 33 over 22 sets, ``low``)
            doc.set(i, "fw", "fw: a web page's section label or file name above the title", cert="low")
            site_label = True
        elif k == 0 and not edition_top and _unsaid_label(doc, i):
            doc.set(i, "fw", "fw: a short first line none of whose words the text under the headline says (a site's "
                    "section label)", cert="medium")
            site_label = True
        elif not titled and k > 0 and _section_label_under_fields(doc, k):
            doc.set(i, "fw", "fw: a news page's section label («اقتصاد», «بین‌الملل») under its record lines, "
                    "above the headline", cert="low")
            site_label = True
        elif dated and OPENING_INVOCATION.match(s.plain):
            doc.set(i, "salute", "salute: an invocation («یا حق», «بسمه تعالی») under the letter's date or "
                    "addressee, opening it", cert="medium")
            opened = True
        elif ((INVOCATION.match(s.plain) and s.words <= INVOCATION_MAX_WORDS and s.end != "terminal")
              or SHORT_INVOCATION.match(s.plain)):
            doc.set(i, "p", "p: an invocation at the top («بسم الله …»), before the text as an epigraph",
                    epigraph=True)
        elif (doc.arabic(i) and s.words <= ARABIC_EPIGRAPH_MAX_WORDS and (k == 0 or doc.out[flow[k - 1]].epigraph)
              and not titled and VOCALIZED.search(s.plain)):
            if k == 0:  # (TEI: an epigraph, as an invocation is)
                doc.set(i, "p", "p: an Arabic line opening the text (a verse of the Quran, a formula: «إنا لله …»), "
                        "before it as an epigraph", cert="medium", epigraph=True)
            else:
                doc.set(i, "quote", "quote: an Arabic line under the invocation at the top (a verse of the Quran)",
                        cert="medium")
        elif has_title and ORNAMENT.match(s.plain):
            doc.set(i, "fw", "fw: an ornament («*», «* * *») among the top lines (the page's layout)", cert="medium")
        elif has_title and _page_count(doc, k):
            doc.set(i, "fw", COUNT_RULE, cert="low")
        elif has_title and PART_NUMBER.match(s.plain):
            doc.set(i, "head", "head: a number alone under the title (the number of the part that follows)",
                    cert="medium")
        elif (KICKER.match(s.plain) and s.words <= KICKER_MAX_WORDS and _title_like(doc, i)
              and k + 1 < len(flow) and _kicker_evidence(doc, i)):
            doc.set(i, "subtitle", "subtitle: the issuing organisation on its own line near the top (kicker)",
                    cert="medium")
            after_kicker = True
        elif not titled and PULL_QUOTE.match(s.plain) and s.end == "terminal" and _pull_quote_over_title(doc, k):
            doc.set(i, "quote", "quote: an excerpt of the text opening with suspension points («..... …») above "
                    "the headline (a pull quote)", cert="medium")
        elif not titled and _said_kicker(doc, i):
            after_kicker = True  # (the kicker itself keeps the paragraph's role and doubt: :func:`_said_kicker`)
        elif not titled and _author_over_text(doc, i):
            doc.set(i, "byline", "byline: a person's name alone over the text's first paragraph, with no title (the "
                    "author)", cert="medium")
        elif ((not titled or after_kicker) and k + 1 < len(flow) and not _opens_body(doc, i) and not opened
              and (_title_like(doc, i, first=k == 0) or _long_title(doc, i) or (k == 0 and _sentence_title(doc, i))
                   or (site_label and _title_like(doc, i, LONG_TITLE_MAX_WORDS)))):
            doc.set(i, "title", f"title: first free line of the top (at most {TITLE_MAX_WORDS} words, "
                    "no final punctuation)", cert="medium")
            titled = has_title = True
            after_kicker = False
            end = _title_lines(doc, k + 1)
            title.add(doc, flow[k:end])
            k = end
            continue
        elif (has_title and DOCUMENT_KIND.match(s.plain) and s.words <= DOCUMENT_KIND_MAX_WORDS
              and _title_like(doc, i) and doc.role(flow[k - 1]) in {"title", "subtitle", "fw", "byline"}):
            doc.set(i, "title", "title: a line naming the document's kind («قانون اساسی», «بیانیه», «اعلامیه …») "
                    "under the title (the text's own heading)", cert="medium")
        elif has_title and title.restated(doc, i):
            doc.set(i, "title", "title: the title again, or its words again (a page's heading repeated by the "
                    "text's own)", cert="medium")
        elif has_title and _session_line(doc, i):
            # (its record: 10 wrong of 38 in round 36, an image's label a note: medium; 11 of 39, low, before;
            # 13 of 42 with set 32 counted in round 37: low; 12 of 41 with the record's lines of title.py in round 39,
            # a site's archive label and a blog's tagline no longer taken for the title over a post's title: medium;
            # 16 of 46 with the body's lines of title.py once set 37 joined, round 41, its universities' English date
            # lines dateline 5: low; its transfer record in round 41, 12 of 40 on the sites it was not written for: low;
            # round 42, the universities' English dates («03 Jul, 2019») datelines by is_dateline: 15 of 45, transfer
            # 15 of 43: low)
            doc.set(i, "subtitle", SESSION_RULE, cert="low")
        elif has_title and PAREN_NOTE.match(s.plain) and s.words <= CAPTION_MAX_WORDS:
            doc.set(i, "note", "note: a sentence in parentheses under the title (a note on the text)", cert="medium")
        elif titled and _caption(doc, i, title.latest):
            doc.set(i, "note", "note: a caption under the title (short, naming what the title or the first "
                    "paragraph names)", cert="low")  # (its record: 6 wrong of 18 low; 4 of 16, medium, once a
            # title said twice is the title, round 27; 6 of 19, low, once set 27 joined, round 30; 2 of 14, medium,
            # once a caption stands right under the headline, round 34; 8 of 20 over 7 sets, low, once set 36
            # joined, round 40)
        elif has_title and not opened and _addressed_over_opening(doc, k):
            doc.set(i, "addressee", "addressee: a short line «به …» under the title, over the letter's date or "
                    "greeting", cert="medium")
            opened = dated = True
        elif (has_title or opened) and (found := _subtitle(doc, k)) is not None:
            doc.set(i, *found)
        else:
            break
        if doc.role(i) != "title":
            title.unsaid = set(title.words)
        k += 1
    k = _headline_under_page_record(doc, k, title)
    if len(title.lines) == 1 and ((head := headline_under_site_name(doc, title.lines[0], k)) is not None
                                  or (head := headline_under_date(doc, title.lines[0])) is not None):
        title = _Title()  # the headline is the title now
        title.add(doc, [head])
        k = max(k, doc.pos[head] + 1)
    _kicker_over_repeated_title(doc, flow[:k], title)
    _letterhead(doc, flow[:k], title)
    return k


def _furniture_title(doc: Document) -> int:
    """How many of the text's first lines (TITLE_MAX_LINES at most, each at most
    LONG_TITLE_MAX_WORDS words, no final punctuation) say, run together, the words of a line of
    page furniture above them (a browser's print header gives the page's title:
    :func:`~nashr.convert.matter.page._pdf_pages`): the page's own heading, set as the title however long its lines or
    wrapped its text (a journal's article title of 17 words; «… راجع به» / «اجراء …» broken by the print; the
    chromium-pdftotext copies of sets 10 and 11). 0 when they say none."""
    flow = doc.flow
    names = {_bare(doc.s(j).plain) for j in range(flow[0]) if doc.shapes[j] is not None and doc.role(j) == "fw"}
    names.discard("")
    said = ""
    for n, i in enumerate(flow[:TITLE_MAX_LINES]):
        s = doc.s(i)
        if doc.role(i) != "p" or s.end != "none" or not 0 < s.words <= LONG_TITLE_MAX_WORDS:
            return 0
        said = f"{said} {_bare(s.plain)}".strip()
        if said in names:
            return n + 1
        if not any(name.startswith(said + " ") for name in names):
            return 0
    return 0


JOURNAL_FIELD_RULE = ("subtitle: a journal article's type field («نوع مقاله : مقاله پژوهشی») at the head of its page "
                      "(a kicker)")
AUTHORS_RULE = "byline: the authors' label of a journal article's page («نویسندگان»)"
AFFILIATION_RULE = "byline: an author's affiliation under the authors' label"
AFFILIATION_WRAP_RULE = "p+: an affiliation under the authors' label goes on in the line under it (hard-wrapped)"


def _journal_page(doc: Document, k: int) -> bool:
    """``flow[k]`` opens a journal article's head without a title over it (the copy lost it): the authors' label
    (:data:`AUTHORS_LABEL`) is that line or the next, under the article's type field."""
    return any(AUTHORS_LABEL.match(doc.s(i).plain) for i in doc.flow[k : k + 2])


def _journal_head(doc: Document, k: int) -> int:
    """The head of a journal article's landing page from ``flow[k]`` (Sinaweb, as jokl, ajcoop, jndttech and jonsat
    run it; the collection's convention of round 48, TEI P5 4.2.1–4.2.2): the article's type field («نوع مقاله :
    مقاله پژوهشی», :data:`JOURNAL_FIELD`, at most FIELD_MAX_WORDS words) is a kicker of the head, ``subtitle``;
    the authors' label («نویسندگان», «نویسنده»: :data:`AUTHORS_LABEL`) is a ``byline`` with the affiliations
    under it (:func:`_affiliations`). Returns the position after the lines it gave a role, ``k`` when
    ``flow[k]`` is neither (or not a paragraph's line still)."""
    i = doc.flow[k]
    s = doc.s(i)
    if doc.role(i) != "p":
        return k
    if JOURNAL_FIELD.match(s.plain) and s.words <= FIELD_MAX_WORDS:
        doc.set(i, "subtitle", JOURNAL_FIELD_RULE, cert="medium")
        return k + 1
    if not AUTHORS_LABEL.match(s.plain):
        return k
    # (the label's and the affiliations' records with set 47, round 51: 0 wrong of 20 over 6 sets and of 37 over
    # 4 sets: sure)
    doc.set(i, "byline", AUTHORS_RULE)
    affiliations = _affiliations(doc, k + 1)
    for j, wrapped in affiliations:
        if wrapped:
            doc.set(j, "p+", AFFILIATION_WRAP_RULE, cert="medium")
        else:
            doc.set(j, "byline", AFFILIATION_RULE)
    return k + 1 + len(affiliations)


def _affiliations(doc: Document, k: int) -> list[tuple[int, bool]]:
    """The affiliations under a journal article's authors' label, from ``flow[k]``, each with whether it is the
    wrapped rest of the one above: lines opening with a number (:data:`AFFILIATION`), one after the other, at most
    AFFILIATIONS_MAX, each with the line right under it that goes on with it in a hard-wrapped copy (the one above
    ends in no punctuation, the next opens with no number: «… سازمان انرژی» / «اتمی ایران، صندوق پستی: …»); or
    one affiliation without a number, a single author's (:data:`INSTITUTION` and a comma in it: «دکتری زبان و ادبیات
    فارسی، دانشگاه شهید مدنی آذربایجان، تبریز، ایران»). Each at most AFFILIATION_MAX_WORDS words, a
    paragraph's line still."""
    out: list[tuple[int, bool]] = []

    def fits(i: int) -> bool:
        return doc.role(i) == "p" and 0 < doc.s(i).words <= AFFILIATION_MAX_WORDS

    for i in doc.flow[k : k + AFFILIATIONS_MAX]:
        s = doc.s(i)
        if not fits(i):
            break
        if AFFILIATION.match(s.plain):
            out.append((i, False))
        elif (out and not out[-1][1] and doc.adjacent(out[-1][0], i) and doc.s(out[-1][0]).end in {"none", "comma"}
              and not PART_NAME.match(s.plain)):
            out.append((i, True))
        elif not out and INSTITUTION.search(s.plain) and ("،" in s.plain or "," in s.plain):
            return [(i, False)]
        else:
            break
    return out


def _pull_quote_over_title(doc: Document, k: int) -> bool:
    """Under the excerpt at ``flow[k]`` (:data:`PULL_QUOTE`) stands the headline: the next line
    (an ornament between or not) is title-like and no longer than the excerpt."""
    flow = doc.flow
    nxt = next((i for i in flow[k + 1 : k + 3] if not ORNAMENT_LINE.match(doc.s(i).plain)), None)
    return nxt is not None and _title_like(doc, nxt) and doc.s(nxt).words < doc.s(flow[k]).words


def _kicker_evidence(doc: Document, i: int) -> bool:
    """An organisation's name over the title (a kicker) is a noun phrase, not a headline that
    opens with an organisation («سازمان ملل خواستار آتش‌بس شد»: :func:`~nashr.convert.matter.shapes.clause`), and what
    follows it is no sentence of the text (a title, another line of the top)."""
    nxt = doc.next(i)
    if nxt is None or clause(doc.s(i).plain):
        return False
    after = doc.s(nxt)
    return not (after.end == "terminal" and after.words >= PROSE_MIN_WORDS)


def _sentence_title(doc: Document, i: int) -> bool:
    """A first line written as one sentence with its full stop (a wiki news headline: «خبر مرگ …
    تایید شد.») is the title when a blank line sets it apart from a paragraph at least twice as
    long, in a text that does not put a blank line after every line."""
    s, nxt = doc.s(i), doc.next(i)
    body = s.plain.rstrip()[:-1]
    return (nxt is not None and s.end == "terminal" and 0 < s.words <= TITLE_MAX_WORDS and doc.blank_after(i)
            and not doc.conv.spaced and not re.search(r"[.!؟?]\s", body) and s.label is None and not s.bullet
            and s.speaker is None and doc.s(nxt).words >= 2 * s.words and not _top_other(doc, i)
            and doc.role(nxt) == "p")


def _headline_under_page_record(doc: Document, k: int, title: _Title) -> int:
    """A news page copied whole: the site's section label first («سیاسی»), the item's date and
    record («کد خبر: …») under it, then the headline (with who said it above, ending in «:»)
    and the lead. When the title found is such a short first line (at most SITE_LABEL_MAX_WORDS
    words), only dates and page records stand between it and the next free line, and that line
    is a headline — twice as long and title-like, before prose or under a kicker ending in «:» —
    the first line is the section label (``fw``) and the headline the title. A kicker ending in
    «:» over a headline is evidence enough without the date or record between. Returns the
    position in ``doc.flow`` after the top."""
    flow = doc.flow
    if len(title.lines) != 1 or title.lines[0] != flow[0] or k >= len(flow):
        return k
    first = flow[0]
    s = doc.s(first)
    between = range(first + 1, flow[k])
    if s.words > SITE_LABEL_MAX_WORDS or any(doc.role(j) not in {"dateline", "fw", "blank"} for j in between):
        return k
    i, nxt = flow[k], doc.next(flow[k])
    kicker = _said_kicker(doc, i) and nxt is not None and _title_like(doc, nxt)
    if not (kicker or any(doc.role(j) in {"dateline", "fw"} for j in between)):
        return k
    head = nxt if kicker else i
    after = doc.next(head) if head is not None else None
    if not (head is not None and _title_like(doc, head) and doc.s(head).words >= 2 * s.words
            and (kicker or (after is not None and doc.s(after).words >= PROSE_MIN_WORDS))):
        return k
    doc.set(first, "fw", "fw: a news page's section label above the headline (and the item's date or record)",
            cert="medium")
    doc.set(head, "title", "title: the headline under a news page's section label (and the item's date or record)",
            cert="medium")
    title.__init__()  # the headline is the title now
    title.add(doc, [head])
    return doc.pos[head] + 1


# A sentence in parentheses on its own line: «(در جلسه ۲۵ شهریور ۱۳۲۰ … قرائت شده است.)».
PAREN_NOTE = re.compile(r"^\(.*[.!؟?]\)$")


OFFICE_SIGNED_NEAR_END = 4  # an issuer's office and name signed among the text's last lines


# A blog platform's footer under a post, naming the poster after the time of posting: «نوشته شده در 1389/02/19 ساعت
# 19:36 توسط باران» (blogsky), «نگارش در تاريخ چهار شنبه 18 خرداد 1390 … توسط آراز» (loxblog), and persianblog's «+
# NAME ; ٤:٠٤ ب.ظ ; DATE» (the poster, the clock time, the date). The collection: byline on the 4 sites that have one
# (the blog post footers of the README's conventions, «نوشته شده توسط …»); a footer that opens with the date, or a
# wiki's «اصلاح شده در … توسط …» (an edit, not the posting), is no such line (round 48).
POST_FOOTER = LazyPattern(rf"^(?:(?:نوشته|ارسال|نگارش)(?:[\s\u200c]?شده)?\s+در\s.{{1,60}}?\sتوسط\s+\S"
                          rf"|\+\s*[^;؛:]{{2,40}}?\s+[;؛\-–]\s*{DIGIT}{{1,2}}\s*[:：]\s*{DIGIT}{{2}}\s*[بق]\.\s?ظ)")
POST_FOOTER_MAX_WORDS = 16


def matter_below_top(doc: Document, lines: list[int]) -> None:
    """The matter among the text's ``lines`` (those under the top) that the top and closing rules
    do not reach, the text's own lines or notes standing between it and them:

    * an approval note alone on its line (:data:`~nashr.convert.matter.patterns.APPROVAL_NOTE`: «مصوب ۱۳۵۲.۲.۳», «مصوبه
      مجلس سنا مورخ ۱۳۳۳/۸/۲۶»; at most twice SUBTITLE_MAX_WORDS words, no final punctuation) is a
      ``subtitle`` wherever it stands: under a law's heading in the text (a law database's page
      repeats it) or over the signature that approved it, where the closing rules took it for the
      signer's office. All 12 such lines of the collection are subtitles by hand (10
      publishers); this finds those the top rules do not reach (dastour.ir, wakilmodafe.com);
    * an office and a name (:data:`~nashr.convert.matter.patterns.OFFICE_TITLE`: «رئیس مجلس شورای ملی ـ رضا حکمت», «رئیس
      ساواک استان خوزستان خاوری»; at most SIGNED_MAX_WORDS words, no final punctuation, not a speaker's
      label the text uses for its turns) right under a paragraph ending in punctuation, among the text's last
      OFFICE_SIGNED_NEAR_END lines, is ``signed``: the issuer signs the text, a note on its
      approval or a copy's certification under it (dastour.ir, ir-psri.com);
    * a blog's post footer naming the poster after the time of posting (:data:`POST_FOOTER`, at most
      POST_FOOTER_MAX_WORDS words) is a ``byline`` wherever it stands (TEI P5 4.2.2), as the collection's blog post
      footers «نوشته شده توسط …» are: under LOPO 4 lines right more on 4 sites, none wrong more (round 48);
    * a journal article's head among the text's first JOURNAL_HEAD_LINES lines (:func:`_journal_head`), where the
      top stopped over it (a title ending in a full stop, jndttech.ir's)."""
    if lines:
        k = doc.pos[lines[0]]
        while k < min(JOURNAL_HEAD_LINES, len(doc.flow)):
            k = end if _journal_page(doc, k) and (end := _journal_head(doc, k)) > k else k + 1
    last = set(lines[-OFFICE_SIGNED_NEAR_END:])
    for i in lines:
        s = doc.s(i)
        prev = doc.prev(i)
        if (doc.role(i) in {"p", "signed"} and APPROVAL_NOTE.match(s.plain) and s.words <= SUBTITLE_MAX_WORDS * 2
                and s.end != "terminal"):
            doc.set(i, "subtitle", "subtitle: an approval note («مصوب …») alone on its line, below the top",
                    cert="medium")
        elif (i in last and doc.role(i) in {"p", "head"} and OFFICE_TITLE.match(s.plain)
              and s.words <= SIGNED_MAX_WORDS and s.end == "none" and s.speaker not in doc.conv.speakers
              and prev is not None and doc.role(prev) == "p" and doc.s(prev).end == "terminal"
              and doc.s(prev).words >= PROSE_MIN_WORDS):
            doc.set(i, "signed", "signed: an office and name right under the text's last paragraph, notes under "
                    "it", cert="medium")
        elif (doc.role(i) in {"p", "head"} and s.words <= POST_FOOTER_MAX_WORDS
              and POST_FOOTER.match(doc.out[i].text.strip())):
            doc.set(i, "byline", "byline: a blog's post footer naming the poster after the time of posting («نوشته شده "
                    "در … توسط …», «+ NAME ; ٤:٠٤ ب.ظ ; …»)", cert="medium")


EPIGRAPH_MAX_LINES = 2  # a bayt, or two hemistichs on lines of their own
# The source of a quoted poem or saying, under it after a dash or in quotation marks:
# «— شاهنامهٔ فردوسی», «– حافظ», «(سعدی)», ««حافظ»».
ATTRIBUTION = re.compile(r"^[—–]\s*\S|^[«(\"].{1,40}[»)\"]$")
ATTRIBUTION_MAX_WORDS = 6


def attribution(s: Shape) -> bool:
    """A short line naming the source of verse or a quotation (:data:`ATTRIBUTION`)."""
    return ATTRIBUTION.match(s.plain) is not None and 0 < s.words <= ATTRIBUTION_MAX_WORDS and s.end in {"none",
                                                                                                      "terminal"}


def _epigraph_verse(doc: Document, k: int) -> bool:
    """Line ``flow[k]`` is verse right under an invocation (at most EPIGRAPH_MAX_LINES lines):
    letters and books open with a bayt under «به نام خدا»."""
    flow = doc.flow
    if doc.role(flow[k]) != "l":
        return False
    for back in range(1, EPIGRAPH_MAX_LINES + 1):
        if k - back < 0:
            return False
        before = doc.out[flow[k - back]]
        if before.role == "p" and before.epigraph:
            return True
        if before.role != "l":
            return False
    return False


def _said_kicker(doc: Document, i: int) -> bool:
    """News sites set who said the headline above it, as a short line ending in a colon
    («سخنگوی وزارت امور خارجه:»); the headline follows (or the same line again, in a web copy).
    The line names the speaker: a noun phrase, not a clause («… اعلام کرد:»,
    :func:`~nashr.convert.matter.shapes.clause`) nor a section's label («فصل اول:»). The line is
    evidence for the headline under it but is no ``subtitle`` of its own: read so it was wrong on its
    5 lines on 5 sites of the collection (a title or heading ending in «:» over the same words again
    or the text, a field's label «از:», a count), and the collection has the kicker on one site
    (farsnews.ir); it keeps the default paragraph's role and doubt (round 45)."""
    s, nxt = doc.s(i), doc.next(i)
    if (nxt is None or s.end != "colon" or not 0 < s.words <= SUBTITLE_MAX_WORDS or s.speaker in doc.conv.speakers
            or PART_NAME.match(s.plain) or SECTION_WORD.match(s.plain) or clause(s.plain)
            or (s.label is not None and s.label.strong)):
        return False
    return doc.s(nxt).plain == s.plain or _title_like(doc, nxt)


def _opens_body(doc: Document, i: int) -> bool:
    """A first line that is a heading of the body rather than a title: a section word with a
    number («فصل ۱», «بخش دوم»)."""
    s = doc.s(i)
    return SECTION_WORD.match(s.plain) is not None and (s.label is not None or (
        s.words <= SECTION_LABEL_MAX_WORDS and any(re.fullmatch(f"{DIGIT}+", w) or NUMBER_WORD.fullmatch(w)
                                                   for w in words(s.plain)[1:])))


# A blog's pull quote: an excerpt of the post cut out of its sentences, the cut marked by
# suspension points at its head («......ملائی و درویشی خودم …», «..... آنی نگذشته است، …»), set
# over the post's headline (the Qajarieh blog's posts of set 11) — an ornament («_», «*») between.
PULL_QUOTE = LazyPattern(r"^(?:\.{3,}|…)\s*\S")
ORNAMENT_LINE = LazyPattern(r"^[_*\-–—.•·\s]+$")


# The fields of a journal article's landing page as Iranian journals' sites print them (Sinaweb's
# Persian labels: «نوع مقاله : مقاله پژوهشی», «نویسندگان» over the authors and their numbered
# affiliations, «چکیده»): the Journal of Rural Cooperatives' page of set 11 printed by a browser.
JOURNAL_FIELD = LazyPattern(r"^نوع\s+(?:مقاله|مطالعه)\s*[:：]")
AUTHORS_LABEL = LazyPattern(r"^(?:نویسندگان|نویسنده|نویسنده[\u200c]?گان|پدیدآورندگان|پدیدآورنده)\s*[:：]?$")
AFFILIATION = LazyPattern(rf"^{DIGIT}{{1,2}}\s*[^\d\s.)\-–—]")  # «۱ کارشناس ارشد …، دانشگاه …»
# The institutions an affiliation names («دانشگاه تربیت مدرس», «دانشکده مهندسی مکانیک», «پژوهشگاه علوم و فنون
# هسته‌ای»).
INSTITUTION = LazyPattern(r"(?:^|\s)(?:دانشگاه|دانشکده|پژوهشگاه|پژوهشکده|پوهنتون|پوهنځی|مؤسسه|موسسه|سازمان)\s")
AFFILIATIONS_MAX = 8
JOURNAL_HEAD_LINES = 6  # the type field and the authors' label stand among a landing page's first lines
AFFILIATION_MAX_WORDS = 30
