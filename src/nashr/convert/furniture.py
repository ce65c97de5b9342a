"""A web page's furniture as a block at the edges of its text (issue 12).

Page furniture comes in blocks: a forum post's widget of labels and values («کاربر اخراجی» /
«عضویت» / «2017/09/15» / «ارسالی ها» / «3,192»), a text-size switch («تنظیمات متن :» / «رنگ پشت
متن» / «سایز متن» / «21»), a library's search box between its menus, a related post's link between
«Read Next» and «Leave a Reply». The rules find some lines of such a block by their words or shape
(a counter, a menu, a link's label) and leave the others, whose words are any site's own, to the
default paragraph or to a doubtful heading or subtitle. jusText (Pomikálek 2011, "Removing
boilerplate and duplicate content from web corpora", ch. 3; :mod:`nashr.convert.boilerplate`) lets
a short block take the class of the blocks around it; here the same context, read on plain text:

* the text's **body** (:func:`body_span`) runs between blocks of verse or prose (a line and the
  lines the rules joined to it) that are the text's: verse, a sentence of at least BODY_MIN_WORDS
  words, or TITLE_MAX_WORDS words or more as rich in function words as jusText's text (STOPWORDS_LOW);
* **outside** the body, a line the rules were unsure of (a paragraph by default, or a paragraph,
  heading or subtitle at ``low``) that is short (at most LABEL_MAX_WORDS words) and no sentence
  (no final punctuation but a colon) is furniture when the page's furniture (a line some rule made
  ``fw``) stands between it and the body, with only such lines between them
  (:func:`furniture_blocks`). An unsure line next to the body (the body's heading, a poet's name
  under the poem, a signature) stays the text's: a block of furniture never ends on the body's
  side with an unsure line, nor starts with one right under a sentence of prose or verse (no
  blank line between: a thesis abstract's keywords under it).

Measured on the collection: 15 lines right more on seven sites (a forum's, a law firm's, an online
library's, a wiki proxy's, a ministry's, an archive's, a wiki's: title → fw where it was subtitle,
wrong before and after), one wrong more (alamto.com's subtitle between its title and its tags).
"""

from __future__ import annotations

import re

from nashr.convert.boilerplate import STOPWORDS_LOW, blocks, stop_density, unsure
from nashr.convert.conventions import INTERVIEWER_LABELS, SAYING_VERBS
from nashr.convert.document import ADDRESS, DEFAULT_RULE, Document, is_dateline
from nashr.convert.matter.patterns import SECTION_NUMBER_MARKED
from nashr.convert.matter.shapes import TITLE_MAX_WORDS
from nashr.convert.matter.site import LATIN_LETTER
from nashr.convert.scripts import ARABIC_LETTER
from nashr.convert.verse import ORNAMENT_RULE

BODY_MIN_WORDS = 8  # a sentence of the text, not a label («جستجو درون كتاب», «سایز متن»)
LABEL_MAX_WORDS = 8
BODY_ROLES = frozenset({"p", "item", "speaker", "quote", "l"})
UNSURE_ROLES = frozenset({"p", "head", "subtitle"})
PROSE_ABOVE = frozenset({"p", "p+", "item", "item+", "l"})
LABEL_ENDS = frozenset({"none", "colon"})  # (:func:`nashr.convert.conventions.ending`)
BLOCK_RULE = ("fw: a short line the rules were unsure of outside the text's body, with the page's furniture "
              "between it and the body (a widget's label or value, a link's label)")


def _body_block(doc: Document, block: list[int]) -> bool:
    """``block`` (line indexes) is the text's: verse, or prose of BODY_MIN_WORDS words ending in a
    sentence's final punctuation, or of TITLE_MAX_WORDS words as rich in function words as text."""
    role, words = doc.role(block[0]), sum(doc.s(i).words for i in block)
    return role in BODY_ROLES and (
        role == "l" or (words >= BODY_MIN_WORDS and doc.s(block[-1]).end == "terminal")
        or (words >= TITLE_MAX_WORDS and stop_density(" ".join(doc.texts[i] for i in block)) >= STOPWORDS_LOW))


def body_span(doc: Document) -> tuple[int, int] | None:
    """The first and last line (indexes into ``doc.out``) of the text's body: from the first body
    block (:func:`_body_block`) that the next block, furniture aside, continues (another body block)
    to the last one that continues the block before it — a sentence alone among the top's lines
    (a site's note on its copy) is not the body's start; with no two body blocks in a row, from the
    first body block to the last. None for a page without one. Blocks: a line and the lines the
    rules joined to it (:func:`nashr.convert.boilerplate.blocks`)."""
    found = [b for b in blocks([line.role for line in doc.out]) if doc.role(b[0]) != "fw"]
    body = [_body_block(doc, b) for b in found]
    if not any(body):
        return None
    pairs = [k for k in range(len(found) - 1) if body[k] and body[k + 1]]
    if not pairs:
        ones = [k for k, good in enumerate(body) if good]
        return found[ones[0]][0], found[ones[-1]][-1]
    return found[pairs[0]][0], found[pairs[-1] + 1][-1]


def _unsure(doc: Document, i: int) -> bool:
    """Line ``i`` is one the rules were unsure of, short and no sentence (module docstring)."""
    line, s = doc.out[i], doc.s(i)
    return (line.role in UNSURE_ROLES and unsure(line)
            and 0 < s.words <= LABEL_MAX_WORDS and s.end in LABEL_ENDS)


def _runs_on(doc: Document, i: int) -> bool:
    """Line ``i`` stands right under a line of prose or verse that ends a sentence (no blank line
    between): it goes on with that text (a thesis abstract's keywords under it), it opens no block
    of furniture."""
    return (i > 0 and doc.shapes[i - 1] is not None and doc.role(i - 1) in PROSE_ABOVE
            and doc.s(i - 1).end == "terminal")


def furniture_blocks(doc: Document) -> None:
    """Make ``fw`` the unsure short lines outside the text's body that the page's furniture
    separates from the body (module docstring), ``low`` by the rule's record (15 wrong of 47 once set 36
    joined, round 40; ``medium`` before, when 15 of 17 lines were right: :mod:`nashr.convert.certainty`).
    Nothing changes on a page without a body (only labels). Linear in the number of lines.
    Decided once every other rule has read the text."""
    span = body_span(doc)
    if span is None:
        return
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    above = [i for i in content if i < span[0]]
    under = [i for i in reversed(content) if i > span[1]]
    for edge in (above, under):  # each read from the page's edge towards the body
        run: list[int] = []
        for i in edge:
            if doc.role(i) == "fw" and doc.out[i].rule != ORNAMENT_RULE:  # (an ornament parts the text's own parts)
                for j in run:
                    # (its record, nashr.convert.certainty, once set 36 joined, round 40: 15 wrong of 47, ``low``)
                    doc.set(j, "fw", BLOCK_RULE, cert="low")
                run = []
            elif _unsure(doc, i) and not (not run and _runs_on(doc, i)):
                run.append(i)
            else:
                run = []


LATIN_EDGE_RULE = ("fw: a line in Latin script alone outside the body of a Persian text (a site's or viewer's "
                   "button, link or label: «Go Search», «Embed Size (px)», «Design By : Pars Skin»)")
PERSIAN_BODY_SHARE = 2 / 3  # of the body's lines, those in Arabic script: a Persian text


def latin_edges(doc: Document) -> None:
    """A line in Latin script alone (a Latin letter and no Arabic one) that the rules left to the default
    paragraph, above or under the body (:func:`body_span`) of a text whose body's lines are in Arabic script
    (PERSIAN_BODY_SHARE at least), is the page's: a site's search button, a document viewer's widget
    («Embed Size (px)», «Citation preview», «TRANSCRIPT»), a theme's credit, the site's address. Not a
    Markdown heading, nor a date (:func:`~nashr.convert.document.is_dateline`: the post's dateline), nor in a
    PDF text layer (a formula's lines under an assignment's question). Decided once every other rule has
    read the text; linear in the number of lines.

    The family (round 47, «struct81»): of the 655 lines of the furniture-topped texts left wrongly ``p`` under
    leave-one-publisher-out, 14 are such lines on 9 sites (the widest shape among them). Measured: 15 lines right
    more on 10 sites (a ghazal site's «Go Search» and addresses, vdocuments.pub's widgets, blog themes' credits,
    an OpenStreetMap wiki's «Jump to navigation», a law site's «error:»), one wrong more (the OpenStreetMap wiki's
    English sentence «Objects … which have no name:» under its Persian body); the same left out (LOPO 83.02 % →
    83.13 %, 16 lines). Its 25 lines left out, 10 wrong (9 wrong as paragraphs too: a source's address under the
    text, a caption, a code prompt), make it ``low``."""
    span = body_span(doc)
    if span is None or doc.conv.pdf:
        return
    body = [i for i in doc.flow if span[0] <= i <= span[1]]
    if sum(ARABIC_LETTER.search(doc.s(i).plain) is not None for i in body) < PERSIAN_BODY_SHARE * len(body):
        return
    for i in doc.flow:
        if span[0] <= i <= span[1]:
            continue
        s, line = doc.s(i), doc.out[i]
        if (line.role == "p" and line.rule.startswith(DEFAULT_RULE) and LATIN_LETTER.search(s.plain)
                and not ARABIC_LETTER.search(s.plain) and not s.markup_head and not is_dateline(s.plain)):
            doc.set(i, "fw", LATIN_EDGE_RULE, cert="low")  # (its record left out: 10 wrong of 25 on 15 sites)


# A rule drawn across the page with a typed character repeated («------», «_________», «=====», «#####»):
# not an ornament of the text (asterisks and dots, «* * *», «……», part its own sections: ORNAMENT_RULE).
RULE_LINE = re.compile(r"^\s*[-_=#~–—]{3,}\s*$")
RULE_LINE_RULE = "fw: a rule drawn across the page with a typed character («------», «_____», «=====», «#####»)"


# A mark alone on its line: one or two characters, none a letter, digit or combining mark, that no other rule read
# («-», «–», «.», «..», «|», «+», «🌲»): a link's separator, a share button's or text-size switch's glyph, the rule a
# blog's editor left between parts. The text's own marks of this shape are read by other rules or left out here:
# asterisks (ORNAMENT_RULE, a trailer), an ellipsis of three dots or «[…]» (an omission in a quoted text, ``p``), a
# bullet (a PDF text layer sets a list's bullet on a line of its own, over its item's text).
LONE_MARK = re.compile(r"^\s*[^\w\s*…\[\]()•●▪◦\u064b-\u065f\u0670]{1,2}\s*$")
LONE_MARK_RULE = "fw: a mark alone on its line, one or two characters and no letter («-», «.», «|», «+»)"
# A line of digits with marks between them and no letter: a forum post's number «#1», a blog calendar's row
# «4 | 5 | 6 | 7 |», a page's counter «83», a player's clock «00:12», an OCR layer's locator «۲, 2, 194 ۰».
NUMBERS_ALONE = re.compile(r"^[^\w]*\d[\d\W]*$")
NUMBERS_ALONE_RULE = ("fw: digits alone on their line with marks between them and no letter, that no rule read "
                      "(a post's number «#1», a calendar's row, a counter, a clock)")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # a PDF text layer's embeddings


def rule_lines(doc: Document) -> None:
    """A line that is only a typed character drawn three times or more (:data:`RULE_LINE`: a horizontal
    rule of the web page or the blog's editor, TEI P5 11.6 ``fw``) and that the rules were unsure of (a
    paragraph by default, a heading or subtitle at ``low``: no rule read it as a trailer or an ornament)
    is the page's furniture, wherever it stands: under the title of a ministry's news, between the scenes
    of a ta'zieh on a blog, between a poem and the blog's foot. Run after :func:`furniture_blocks`: a
    rule between the scenes of a play whose verse the rules left to paragraphs is no edge of a block of
    furniture.

    Measured on the collection: 9 lines right more on four sites (mohammad-er.blogfa.com 4, morr.gov.af
    3, rasolt.persianblog.ir 1, mcit.gov.af 1), none wrong more; ``medium`` (a new rule).

    So is a mark alone on its line (:data:`LONE_MARK`: one or two characters, no letter, digit, combining mark,
    asterisk, ellipsis, bracket or bullet; bidirectional controls aside) that the rules were unsure of: ``fw``,
    the separator between a share bar's links, a text-size switch's «-», a blog's «.» between a poem and its
    foot. Measured on the collection (round 45): 17 lines right more on 12 sites (karbobala.com 4,
    afghanembassy.se 2, nimimzeabogel.persianblog.ir 2, dailyafghanistan.com, iran-emrooz.net, irpress.org,
    kabulnath.de, nu.edu.af, pelicanacademy.ir, sarapoem.persiangig.com, tamashagah.blog.ir, a Telegram mirror's
    «🌲»), none wrong more (a PDF layer's bullet alone over its item, ``item`` by hand, is left to the list's
    rules; a mark alone is no field's value for :func:`empty_fields`: nu.edu.af's last heading «معاونیت امور
    علمی:» over a «.»); no ``@cert``: its record left out (nashr.convert.certainty) at ``low`` was 0 wrong of 18 on
    13 sites.

    So are digits alone with marks between them and no letter (:data:`NUMBERS_ALONE`), but a date
    (:func:`~nashr.convert.document.is_dateline`), when the rules were unsure of the line: a forum post's «#1», a blog
    calendar's rows «4 | 5 | 6 | 7 |», a poetry site's counter «83», a subtitle player's clock «00:12», an OCR
    layer's locator; not a section's number over its title («3.», «۲.۱»:
    :data:`~nashr.convert.matter.patterns.SECTION_NUMBER_MARKED`), nor in a PDF
    text layer (a formula's digit, an equation's number «(۱.۱)»). The family (round
    47, «struct81»): 9 of the 655 lines of the furniture-topped texts left wrongly ``p`` under
    leave-one-publisher-out, on 7 sites, all ``fw`` by hand. Measured on the collection: 8 lines right more on 5
    sites (rahnik.blogsky.com 4, eng.lish.video, flashkhor.com, gregorycrane/Shahnameh, shergram.com), none wrong
    more (a date's half «2 /4», a heading by the rules, wrong before); no ``@cert``: its record left out 0 wrong of
    5 on 3 sites; ``low`` since set 45 joined (round 49: 3 wrong of 8 on 4 sites, a journal page's ISSNs and year
    under their field labels)."""
    for i in doc.flow:
        line = doc.out[i]
        if line.role not in UNSURE_ROLES or not unsure(line):
            continue
        if RULE_LINE.match(line.text):
            doc.set(i, "fw", RULE_LINE_RULE, cert="medium")
        elif LONE_MARK.match(BIDI_CONTROLS.sub("", line.text)):
            doc.set(i, "fw", LONE_MARK_RULE)  # (its record left out at ``low``: 0 wrong of 18 on 13 sites)
        elif (NUMBERS_ALONE.match(line.text) and not SECTION_NUMBER_MARKED.match(line.text.strip())
              and not is_dateline(doc.s(i).plain) and not doc.conv.pdf):
            # (its record, once set 45 joined, round 49: 3 wrong of 8 on 4 sites left one out, low: a journal
            # page's ISSNs and year under their field labels, by hand the fields' values)
            doc.set(i, "fw", NUMBERS_ALONE_RULE, cert="low")


FIELD_VALUE_MAX_WORDS = 2  # a widget's label under a field («پیام بگذارید», «Documents»), no section's text
FIELD_RULE = ("fw: a field's label ending in «:» with no text under it but a short label (a comment box's, a login "
              "form's, a category field's)")


def _field_like(doc: Document, i: int, max_words: int) -> bool:
    """Line ``i`` is one the rules were unsure of (:func:`_unsure`: a heading or paragraph at ``low``
    or by default), of at most ``max_words`` words, ending in a colon or no punctuation; holding no web
    or e-mail address (:data:`~nashr.convert.document.ADDRESS`: a link the text gives under «جهت معلومات مزید :»)."""
    s = doc.s(i)
    return _unsure(doc, i) and s.words <= max_words and not ADDRESS.search(s.plain)


def empty_fields(doc: Document) -> None:
    """A short line ending in «:» (at most LABEL_MAX_WORDS words) that the rules were unsure of,
    under which comes no section but a short label (at most FIELD_VALUE_MAX_WORDS words, no final
    punctuation; or a line as short that a rule made ``fw``) or another field, is a form's or
    widget's field with its value left out by the copy: the page's, ``fw``, and the label under it
    too (a blog's «درباره نویسنده:» over «پیام بگذارید», a login form's «Исм:» / «Рамз:», a document
    site's «Category:» over «Documents», a ministry's «ايميل آدرس:»). A heading ending in «:» has
    its section under it: prose, a list, a bayt, or a line of three words or more («وزن:» over
    «فاعلاتن مفاعلن فعلن»). Not in a PDF text layer: a printed form's fields are the document's (a
    thesis's approval page: ``p`` by hand). Decided once every other rule has read the text; linear
    in the number of lines.

    Measured on the collection, each page alone: 12 lines right more on four sites (nateghe.ir 6,
    termcom.tj 2, mohe.gov.af 2, vdocuments.pub 2), none wrong more (6 wrong more in two LaTeX
    templates' PDF layers without the PDF guard); ``medium`` (a new rule), no @cert since round 39 (its record 0 wrong
    of 16 over 5 sets)."""
    if doc.conv.pdf:
        return  # (a printed form's fields are the document's: a thesis's approval page, an assignment's)
    for i in doc.flow:
        nxt = doc.next(i)
        if (nxt is None or doc.s(i).end != "colon" or not _field_like(doc, i, LABEL_MAX_WORDS)
                or not (_field_like(doc, nxt, FIELD_VALUE_MAX_WORDS)
                        or (doc.role(nxt) == "fw" and doc.s(nxt).words <= FIELD_VALUE_MAX_WORDS
                            and doc.out[nxt].rule != LONE_MARK_RULE))):  # (a mark alone is no field's value)
            continue
        # (its record, nashr.convert.certainty, once set 35 joined, round 39: 0 wrong of 16 over 5 sets, no @cert)
        doc.set(i, "fw", FIELD_RULE)
        if doc.role(nxt) != "fw":
            doc.set(nxt, "fw", FIELD_RULE)


# A page's field «label: value» on one line: a label of one to four words, one colon, a value of one to six
# words (a category «مجموعه: شعر و ترانه», a number «شماره : ۲۱», a counter «تعداد ابیات منتشر شده : 466260»,
# an edition «الطبعة: ١», a viewer's page «Page 1: …»). «:» and the Arabic-script «：» both part them.
EDGE_FIELD = re.compile(r"^[^\w]*(?P<label>[^:：]*\w[^:：]*?)\s*[:：]\s*(?P<value>[^:：]*\w[^:：]*)$")
EDGE_FIELD_LABEL_MAX_WORDS = 4
EDGE_FIELD_VALUE_MAX_WORDS = 6
EDGE_FIELD_RULE = ("fw: a page's field «label: value» on one line outside the text's body (a category, a number, a "
                   "counter, an edition: «مجموعه: شعر و ترانه», «شماره : ۲۱»)")


def edge_fields(doc: Document) -> None:
    """A line that is a field of the page, «label: value» (:data:`EDGE_FIELD`: a label of at most
    EDGE_FIELD_LABEL_MAX_WORDS words, one colon, a value of at most EDGE_FIELD_VALUE_MAX_WORDS words, no final
    punctuation), that the rules left to the default paragraph above or under the text's body (:func:`body_span`),
    is the page's metadata, ``fw`` (TEI P5 11.6): a poetry site's category «مجموعه: شعر و ترانه», a library's
    «الموضوع : الفلسفة والمنطق» and «الطبعة: ١», a journal's «نوع مقاله : مقاله پژوهشی», a ministry's «شماره : ۲۱»,
    a site's counter «تعداد ابیات منتشر شده : 466260». The fields the rules read by their label (a date, a byline,
    a speaker, an addressee) are not left to the default. Not a saying (a label ending in a verb of saying,
    :data:`~nashr.convert.conventions.SAYING_VERBS`: «گفت: …») nor an interview's turn
    (:data:`~nashr.convert.conventions.INTERVIEWER_LABELS`: «پرسش: …»), not a web address («http://…»), not a run
    of fields under a line ending in «:» (a recipe's ingredients under «مواد لازم:»: the text's list), and not
    in a PDF text layer (a printed form's fields, an assignment's «سوال ۱: …», are the document's). Decided once
    every other rule has read the text; linear in the number of lines.

    The family (round 48, «struct85»): of the 654 lines of the furniture-topped texts left wrongly ``p`` under
    leave-one-publisher-out, 19 are such fields (``fw`` by hand) on 11 sites. Measured on the collection: 14 lines
    right more on 9 sites (siminsagh.net 4, hpc.org.af 2, books.rafed.net 2, 4s3.ir, fliphtml5.com, hemmaty.com,
    karbobala.com, persianbook.org, vdocuments.pub), one wrong more (a consulate's fee «هزينه اخذ وکالتخط : 125
    دالر», ``p`` by hand); 6 wrong before and after (a byline «المحقق: …», a subject «موضوع: …», a hemistich
    opening «بگفتا: …»). Left out: 15 lines of the topped texts right more. ``low`` by its record (7 wrong of 21;
    left out 8 of 22 on 16 sites: :mod:`nashr.convert.certainty`)."""
    span = body_span(doc)
    if span is None or doc.conv.pdf:
        return
    fields = [i for i in doc.flow if not span[0] <= i <= span[1] and _edge_field(doc, i)]
    for i in fields:
        above = doc.prev(i)
        while above is not None and above in fields:
            above = doc.prev(above)
        if above is None or doc.s(above).end != "colon":  # (under «مواد لازم:», a recipe's ingredients)
            doc.set(i, "fw", EDGE_FIELD_RULE, cert="low")


def _edge_field(doc: Document, i: int) -> bool:
    """Line ``i`` has a page's field's shape (:func:`edge_fields`) and the rules left it to the default paragraph."""
    s, line = doc.s(i), doc.out[i]
    if line.role != "p" or not line.rule.startswith(DEFAULT_RULE) or s.end != "none" or "://" in line.text:
        return False
    field = EDGE_FIELD.match(BIDI_CONTROLS.sub("", line.text).strip())
    if field is None:
        return False
    label = field["label"].split()
    return (len(label) <= EDGE_FIELD_LABEL_MAX_WORDS and len(field["value"].split()) <= EDGE_FIELD_VALUE_MAX_WORDS
            and label[-1] not in SAYING_VERBS and " ".join(label) not in INTERVIEWER_LABELS)
