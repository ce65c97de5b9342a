"""The lines around a text's body that a site nashr has never seen shows in its own way, found by
evidence such a page shows too (issue 12, round 27): the poet's name over a poem, the poet's name under it
(the pen name its closing bayt says, round 43) and a credit under the text (``byline``), a poem's title
over its verse (``head``, round 45), a letter's
addressee under its heading, the title a page says twice (and the site's lines above it), a news
release's headline over its body.

The rules here run once the verse, the headings and the lists are found (:func:`nashr.convert.structure.analyse`;
:func:`letter_addressee` before the wrapped paragraphs are joined, the others last) and read only
roles, shapes, the page's own repetitions and the gazetteer's people: no word of one site's furniture.
Each rests on two sites of the collection or more (tests/test_structure_around.py) and gives the
level its record earns (:mod:`nashr.convert.certainty`): ``medium``, the release's headline none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nashr.convert.boilerplate import content_words, unsure
from nashr.convert.conventions import ANY_DIGIT, Shape
from nashr.convert.document import DEFAULT_RULE, PROSE_MIN_WORDS, Document, full, is_dateline
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.closing import SOURCE_NOTE, SOURCE_NOTE_MAX_WORDS
from nashr.convert.matter.people import _known_people, person_name
from nashr.convert.matter.shapes import ADDRESSEE_MAX_WORDS, SIGNED_MAX_WORDS, TITLE_MAX_WORDS, _is_addressee
from nashr.convert.scripts import ARABIC_LETTER, ARABIC_LETTERS
from nashr.convert.verse import METRE_MIN_RATIO, letter_count

POET_OVER_POEM_RULE = "byline: a person's name alone among a poem's top lines, over its first verse (the poet)"
POEM_TOP_MAX_LINES = 6
"""Lines from the page's first to the poem's first verse line looked at: a page's title, a heading, a
subtitle and the poet (nateghe.ir: title, breadcrumb, heading and reading time, poet)."""
POEM_MIN_LINES = 4  # verse lines under the top: two bayts at least, a poem and not a quoted bayt
LEADING_MARK = re.compile(r"^[\s\u200e\u200f\u202a-\u202e]*[•●▪◦\-–—*]\s*")
TOP_ROLES = frozenset({"p", "item", "title", "subtitle", "head"})


def poet_over_poem(doc: Document) -> None:
    """The poet's name among the top lines of a poem's page: a line that is a person's name and
    nothing else (:func:`nashr.convert.matter.people.person_name`: a name of the gazetteer's people or a
    given name with one or two family names; a leading bullet aside), among the POEM_TOP_MAX_LINES
    lines over the page's first verse line (``l``), with at least POEM_MIN_LINES verse lines from
    there on, no prose above it, and another line of the top taken for the title or a heading (the
    poem's own, which the name is not): ``byline``.

    Where seen: nateghe.ir's Bidel pages (the author label with the site's bullet), a poem site's
    Saadi page (the poet's name over the poem's first hemistich said as its title); wrong once, on a
    page of Khayyam's quatrains whose «خیام» over them is the site's label (``fw``)."""
    verse = [i for i in doc.flow if doc.role(i) == "l"]
    if len(verse) < POEM_MIN_LINES:
        return
    first = doc.pos[verse[0]]
    top = doc.flow[max(0, first - POEM_TOP_MAX_LINES) : first]
    if any(doc.s(i).words >= PROSE_MIN_WORDS for i in top):
        return
    names = [i for i in top if doc.role(i) in TOP_ROLES and person_name(LEADING_MARK.sub("", doc.s(i).plain))]
    headed = [i for i in top if doc.role(i) in {"title", "head"} and i not in names]
    if len(names) == 1 and headed:
        doc.set(names[0], "byline", POET_OVER_POEM_RULE, cert="medium")


AUTHOR_UNDER_HEADING_RULE = ("byline: a person's name alone right under a short heading without punctuation, over the "
                             "text's prose after a blank line (the author)")
HEADING_OVER_AUTHOR_MAX_WORDS = 8
AUTHOR_FROM = frozenset({"p", "head"})


def author_under_heading(doc: Document) -> None:
    """A story's or essay's author under its title: a line that is a person's name and nothing else
    (:func:`nashr.convert.matter.people.person_name`, at most NAME_MAX_WORDS words) right under a short line
    without final punctuation (HEADING_OVER_AUTHOR_MAX_WORDS words; no blank line between: the title
    and its author are one block), with a blank line under it and prose after (PROSE_MIN_WORDS words or
    more), that the rules left a paragraph or took for a heading: ``byline``. Whatever the line above
    was taken for (a title, a heading, a paragraph where the page's furniture hid the top).

    Where seen: Hedayat's «سه قطره خون» and «آبجی خانم» on two literary sites, a newspaper archive's
    reprint under its heading (ion.ir); right on all four such lines of the collection."""
    for k in range(1, len(doc.flow) - 1):
        i, above, nxt = doc.flow[k], doc.flow[k - 1], doc.flow[k + 1]
        s, head = doc.s(i), doc.s(above)
        if (doc.role(i) in AUTHOR_FROM and above == i - 1 and nxt > i + 1 and s.end == "none"
                and 0 < s.words <= NAME_MAX_WORDS and head.end == "none"
                and 0 < head.words <= HEADING_OVER_AUTHOR_MAX_WORDS and doc.s(nxt).words >= PROSE_MIN_WORDS
                and doc.role(nxt) in {"p", "p+"} and person_name(s.plain)):
            doc.set(i, "byline", AUTHOR_UNDER_HEADING_RULE, cert="medium")


NAME_BLOCK_RULE = ("byline: a person's name alone as its own block, between blank lines, that the rules left a "
                   "paragraph or took for a heading, no name beside it (the author or poet)")
NAME_BLOCK_MAX_WORDS = 4  # «میرزا فتحعلی آخوندزاده», «ملک الشعرای بهار»: a name, not a sentence about one
TRAILING_RULE = re.compile(r"[\s_\-–—=]+$")  # «صادق هدايت____»: a rule typed on after the name
WIDE_SPACE = re.compile(r"\S\s{3,}\S")  # a ta'zieh's speaker and the start of the line, a table's cells
NAME_LIST_REACH = 2  # lines before and after looked at for another name alone (a cast list under its heading)


def _name_alone(doc: Document, i: int) -> bool:
    """Line ``i`` is a person's name and nothing else (:func:`nashr.convert.matter.people.person_name`; a leading
    bullet and a rule typed after it aside), of at most NAME_BLOCK_MAX_WORDS words, no wide space inside."""
    s = doc.s(i)
    return (0 < s.words <= NAME_BLOCK_MAX_WORDS and not WIDE_SPACE.search(doc.out[i].text.strip())
            and person_name(TRAILING_RULE.sub("", LEADING_MARK.sub("", s.plain))))


def name_block(doc: Document, guessed: frozenset[str]) -> None:
    """A person's name set apart as a block of its own: a line that is a name and nothing else
    (:func:`_name_alone`) with a blank line above and below it, that the rules left to a rule in ``guessed``
    (rule texts: the doubtful default paragraph, a heading between paragraphs:
    ``nashr.convert.structure.DOUBTFUL_RULE``, ``nashr.convert.structure.HEAD_BETWEEN``), not over a verse line (a
    poem's title), with no other name alone among the NAME_LIST_REACH lines before and after it (a play's list of
    characters, a speaker's name over each turn): ``byline``,
    the author under a title or the poet under a poem on a page whose title and verse the rules did not
    find. A guess (``low``): the collection has such a name a ``byline`` on 6 sites (Bahar's name under his
    poem on a blog, Akhundzadeh's under his play's title, Dehkhoda's under «چرند و پرند», Baba Taher's under a
    quatrain on a Tumblr page, a story's writer over its dateline, Hedayat's on a PDF's title page) and
    another role on none; a ta'zieh's speaker names (a name with its line after wide spaces), a cast list's
    names (names one under another) and a poem's title over its first verse line («نوروز ِ کودکان», a forum
    post: the given name «نوروز») are left alone."""
    flow = [i for i, line in enumerate(doc.out) if line.role != "blank"]
    for k, i in enumerate(flow):
        if (doc.out[i].rule in guessed and (i == 0 or doc.shapes[i - 1] is None)
                and doc.blank_after(i) and (k + 1 == len(flow) or doc.role(flow[k + 1]) != "l") and _name_alone(doc, i)
                and not any(_name_alone(doc, j) for j in flow[max(0, k - NAME_LIST_REACH) : k + NAME_LIST_REACH + 1]
                            if j != i)):
            doc.set(i, "byline", NAME_BLOCK_RULE, cert="low")


POEM_TITLE_RULE = ("head: a short line set apart right over a poem's first verse line, shorter than its first "
                   "hemistich, that the rules left a paragraph (the poem's title)")
POEM_TITLE_MAX_WORDS = 4  # «نوروز ِ کودکان», «قصهٔ عاشقان جامي», «داستان مادر سیاوش»: a name, not a hemistich


def poem_title(doc: Document, guessed: frozenset[str]) -> None:
    """A poem's title over its verse: a line the rules left to a rule in ``guessed`` (the doubtful default
    paragraph, ``nashr.convert.structure.DOUBTFUL_RULE``), not the text's first line (the top's), of at most
    POEM_TITLE_MAX_WORDS words in Arabic script without digits or final punctuation, with a blank line under it
    and a verse line (``l``) right after, fewer letters than that line's first hemistich
    (:func:`nashr.convert.verse.letter_count`: no hemistich of the poem the verse rules left out): ``head``, the
    head of the poem's ``div`` (TEI P5 6.2, 4.2.1). The headings' rules have the lines between two poems and
    those under the top over verse line under line (``nashr.convert.structure._poem_title``); this one, run last,
    the title they left a paragraph: over verse spaced by blank lines, or under a paragraph. The poet's
    name over a poem is taken first (:func:`poet_over_poem`); a title may read as a name («نوروز ِ کودکان»: the
    given name «نوروز»).

    Where seen (the collection under leave-one-publisher-out, round 45): 7 lines on 7 sites that were left
    paragraphs, each a ``head`` by hand and no line of another role so placed — the title of a post's poem on a
    forum («نوروز ِ کودکان», daneshnameh.roshd.ir), of a ghazal on a literary site («یاسمین بهــار»,
    afghan-german.com), of a Shahnameh story («داستان مادر سیاوش») and of Jami's «قصهٔ عاشقان جامي»
    (niksalehi.com), of a mosammat's excerpt («پاییز», persianv.com), of a poem quoted on Wikipedia («پرورش
    طبیعت»), and a tasnif's stanza label («بند یك», web.farsi.se)."""
    for k in range(1, len(doc.flow) - 1):
        i, nxt = doc.flow[k], doc.flow[k + 1]
        s, verse = doc.s(i), doc.out[nxt]
        if (doc.out[i].rule not in guessed or verse.role != "l" or not doc.blank_after(i)
                or not 0 < s.words <= POEM_TITLE_MAX_WORDS or s.end != "none" or ANY_DIGIT.search(s.plain)
                or LATIN.search(s.plain) or not ARABIC_LETTER.search(s.plain)):
            continue
        first = verse.text[: verse.split[0]] if verse.split is not None else verse.text
        if letter_count(s.plain) < letter_count(first):
            doc.set(i, "head", POEM_TITLE_RULE, cert="low")


LETTER_ADDRESSEE_RULE = ("addressee: a block opening with a form of address («جناب …», «حضور …») under a heading, "
                         "ending in no sentence, over the letter")
ADDRESSEE_BLOCK_MAX_LINES = 3  # names, titles and blessing wrapped: «جناب مستطابان … / دامت برکاتهما …:»
ADDRESSEE_BLOCK_MAX_WORDS = 2 * ADDRESSEE_MAX_WORDS
HEADED_BY = frozenset({"title", "subtitle", "head"})


def letter_addressee(doc: Document, body: list[int]) -> None:
    """A letter's addressee under the heading a page gives the letter: a block of at most
    ADDRESSEE_BLOCK_MAX_LINES lines (no blank line between them; ADDRESSEE_BLOCK_MAX_WORDS words)
    whose first line opens as an addressee does (:func:`nashr.convert.matter.shapes._is_addressee`:
    «جناب …», «حضور …», «خدمت …»; after an invocation «هو» on the same line) and whose last line
    ends in no sentence (a colon, a comma or nothing), after a blank line, right under a heading, a
    title or a line of at most TITLE_MAX_WORDS words without final punctuation (the page's
    subtitle), with a paragraph under it: ``addressee``, every line of the block — so the hard-wrap
    joiner does not take the names into the letter, nor the heading rules its last line ending in
    «:». A first line the top's rules took for the addressee keeps its rule; its block's other lines
    get this one.

    ``body`` is the lines in reading order, the top's too (but its first). Where seen: a telegram of
    Mohammad Ali Shah on mashrootiat (its addressees wrapped over two lines ending in «:»), a Qajar
    letter on hastaanonline («هو  حضور مبارک …» wrapped over three lines). Run before the wrapped
    paragraphs are joined (:func:`nashr.convert.structure._wrapped`)."""
    where = {i: k for k, i in enumerate(body)}
    for i in body:
        k = where[i]
        if (k == 0 or doc.role(i) not in {"p", "addressee"} or doc.shapes[i - 1] is not None
                or not _is_addressee(_opening(doc.s(i)))):
            continue  # (a block's first line, after a blank line: not a wrapped line opening with «جناب»)
        above = doc.s(body[k - 1])
        if not (doc.role(body[k - 1]) in HEADED_BY
                or (doc.role(body[k - 1]) == "p" and above.end == "none" and 0 < above.words <= TITLE_MAX_WORDS)):
            continue
        block = [i]
        while (len(block) < ADDRESSEE_BLOCK_MAX_LINES + 1 and k + len(block) < len(body)
               and body[k + len(block)] == block[-1] + 1 and doc.role(body[k + len(block)]) in {"p", "head"}):
            block.append(body[k + len(block)])
        after = k + len(block)
        if (len(block) > ADDRESSEE_BLOCK_MAX_LINES or sum(doc.s(j).words for j in block) > ADDRESSEE_BLOCK_MAX_WORDS
                or doc.s(block[-1]).end not in {"none", "colon", "comma"}
                or after >= len(body) or doc.role(body[after]) != "p"):
            continue
        for j in block:
            if doc.role(j) != "addressee":
                doc.set(j, "addressee", LETTER_ADDRESSEE_RULE, cert="medium")


def _opening(s: Shape) -> Shape:
    """``s`` without an invocation «هو» opening the line (a Qajar letter's «هو  حضور مبارک …»)."""
    m = OPENING_HU.match(s.plain)
    return replace(s, plain=s.plain[m.end():], words=s.words - 1) if m else s


OPENING_HU = re.compile(r"^هو\s+(?=\S)")


TITLE_TWICE_RULE = "title: a line said twice among the top lines (the page's heading and the text's own)"
ABOVE_TITLE_TWICE_RULE = "fw: a line above the title a page says twice (the site's name, section or links)"
TOP_MAX_LINES = 12  # the top lines looked at: from the page's first to the first paragraph or verse
TITLE_TWICE_FROM = frozenset({"p", "p+", "subtitle", "note", "title"})
TITLE_TWICE_MIN_WORDS = 2  # (one word said twice is an image's label and its caption: «انگشتی» / «انگشتی»)
TITLE_TWICE_MAX_WORDS = 30  # (a news release's headline said twice may run longer than a title alone: 22 words)


def title_said_twice(doc: Document) -> None:
    """The title a page says twice, as its own heading and the text's: a line of TITLE_TWICE_MIN_WORDS
    to TITLE_TWICE_MAX_WORDS words in Persian script, without final punctuation, no date line and no
    person's name (that is the author's: :func:`nashr.convert.matter.people.person_name`), no bullet, that
    comes twice (:func:`nashr.entities.candidates.terms.norm`: spaces and ZWNJ aside), never on two lines
    in a row (an image's label and its caption) nor with a copy of another line between the two (a
    block typed twice: tests/data/structure/duplicates), among the top lines — the first TOP_MAX_LINES lines
    before the first paragraph of prose (a sentence, or a hard-wrapped line of the full width) or
    verse line — where the rules took neither for the title: ``title``, both
    (tests/data/corpus/README.md: «Page titles … repeated by the content's own heading: both
    ``title``»). The lines above its first saying that the rules took for the title, a subtitle
    or left to the default paragraph are the site's (its name, a section, links): ``fw``. The page's
    own repetition is the evidence: the text starts where the page says its title.

    Where seen: the pages of four sites (a poem site's «قصیدهٔ ۲۸», a blog's «شعر مادر ایرج میرزا»,
    a radio site's «دو حکایت از اسرارالتوحید», qajarwomen.org's document titles); a long headline said
    as the page's first two lines, even as long as a paragraph and ending in a full stop: kabul.gov.af's
    and idlg.gov.af's news."""
    from nashr.entities.candidates.terms import norm

    top: list[int] = []
    flow = doc.flow[:TOP_MAX_LINES]
    for k, i in enumerate(flow):
        s = doc.s(i)
        if doc.role(i) == "l" or (s.words >= PROSE_MIN_WORDS and (s.end == "terminal" or full(doc, i))):
            # (a hard-wrapped paragraph's first line runs to the width without punctuation; a long
            # headline said twice, the page's first two lines, is the title: kabul.gov.af, idlg.gov.af)
            opens = all(shape is None for shape in doc.shapes[:i])  # (the page's very first line)
            if k == 0 and opens and len(flow) > 1 and norm(s.plain) == norm(doc.s(flow[1]).plain):
                top += flow[:2]
            break
        top.append(i)
    said: dict[str, list[int]] = {}
    for i in top:
        said.setdefault(norm(doc.s(i).plain), []).append(i)
    for lines in said.values():
        s = doc.s(lines[0])
        if (len(lines) < 2 or not all(doc.role(i) in TITLE_TWICE_FROM and not doc.s(i).bullet for i in lines)
                or any(b == a + 1 for a, b in zip(lines, lines[1:], strict=False))  # (an image's label, its caption)
                # (a block typed twice: a line said above the first saying is said again between the two)
                or any(said[key][0] < lines[0] < k < lines[-1] for key in said for k in said[key][1:])
                or all(doc.role(i) == "title" for i in lines)
                or not TITLE_TWICE_MIN_WORDS <= s.words <= TITLE_TWICE_MAX_WORDS
                or (s.end == "terminal" and lines != flow[:2])  # (a news headline may end in a full stop)
                or not ARABIC_LETTER.search(s.plain) or is_dateline(doc.out[lines[0]].text) or person_name(s.plain)):
            continue
        for i in lines:
            doc.set(i, "title", TITLE_TWICE_RULE)  # (sure by its record: 0 of its 8 lines wrong, round 28)
        for i in top[: top.index(lines[0])]:
            if doc.role(i) in {"title", "subtitle"} or doc.out[i].rule.startswith(DEFAULT_RULE):
                # (its record, nashr.convert.certainty, once set 37 joined, round 41: 3 wrong of 9, ``low``)
                doc.set(i, "fw", ABOVE_TITLE_TWICE_RULE, cert="low")
        return


CREDIT_RULE = "byline: a short line under the text's last verse or paragraph naming a known poet or writer (a credit)"
CREDIT_MAX_WORDS = 6
CREDIT_LOOK = 3  # lines under the text's last long line looked at (the poet, the poster, a date)
TEXT_LINE_MIN_WORDS = 8  # a verse line or a paragraph's line, not a label
WORK_OF = re.compile(r"^[(«]?\s*اثر\s+\S")  # «اثر محمد بن منور»: "the work of"
NAME_PART = re.compile(r"[^\s().؛;:،,«»*…]+")
NAME_MAX_WORDS = 3


def credit_under_text(doc: Document) -> None:
    """The credit under a text: one of the CREDIT_LOOK lines (furniture aside) under the text's
    last verse line or quoted line (however short: free verse's «باز در گوش این نداها»; Nima's lines
    indented, read as a quotation, over «نیما یوشیج») or paragraph line
    (TEXT_LINE_MIN_WORDS words at least), left to the default
    paragraph, of at most CREDIT_MAX_WORDS words without final punctuation, that names a poet or
    writer of the gazetteer (:func:`nashr.convert.matter.people._known_people`, one to NAME_MAX_WORDS words of
    the line: «شعر.... زنده یاد ایرج میرزا», «(پروین اعتصامی ؛نوروز)») or says whose work the text
    is («اثر …»): ``byline``. So is the last line read as verse when it is a known poet's name and nothing
    else (NAME_MAX_WORDS words at most), set apart by a blank line under a verse line: free verse's short
    lines took «نیما یوشیج» under Nima's poem for one more (foroughs.blogspot.com).

    Where seen: three blogs (an Iraj Mirza poem, a Parvin E'tesami poem, a story of the Asrar
    al-Towhid «اثر محمد بن منور»)."""
    from nashr.entities.candidates.terms import norm  # (its lexicons load only when a text is read)

    lines = [i for i, line in enumerate(doc.out) if line.role not in {"blank", "fw"}]
    last = max((k for k, i in enumerate(lines) if doc.role(i) in {"l", "quote"}
                or (doc.role(i) in {"p", "p+"} and doc.s(i).words >= TEXT_LINE_MIN_WORDS)), default=None)
    if last is None:
        return
    people = _known_people()
    verse = max((k for k, i in enumerate(lines) if doc.role(i) == "l"), default=0)
    i = lines[verse]
    if (verse > 0 and doc.role(lines[verse - 1]) == "l" and doc.blank_before(i) and doc.s(i).words <= NAME_MAX_WORDS
            and "".join(norm(w) for w in NAME_PART.findall(doc.s(i).plain)) in people):
        doc.set(i, "byline", CREDIT_RULE, cert="medium")  # (the poet's name alone, taken for the poem's last line)
    for i in lines[last + 1 : last + 1 + CREDIT_LOOK]:
        s = doc.s(i)
        if doc.role(i) != "p" or not doc.out[i].rule.startswith(DEFAULT_RULE) or not 0 < s.words <= CREDIT_MAX_WORDS \
                or s.end == "terminal":
            continue
        parts = [norm(w) for w in NAME_PART.findall(s.plain)]
        named = any("".join(parts[a:b]) in people for a in range(len(parts))
                    for b in range(a + 1, min(len(parts), a + NAME_MAX_WORDS) + 1))
        if named or WORK_OF.match(s.plain):
            doc.set(i, "byline", CREDIT_RULE, cert="medium")


# The press office that issues a news release, named on its own line after the release's text: «آمریت اطلاعات و
# ارتباط عامه», «دفتر سخنگوی وزارت دفاع ملی», «دفتر مطبوعات مقام ولایت», «آمریت ارتباطات و آگاهی عامه پوهنتون
# بلخ.» — an office word, then within three words the word for the office's work (information, press, spokesman,
# public awareness, publications).
PRESS_OFFICE = LazyPattern(r"^(?:آمریت|ریاست|دفتر|مدیریت|اداره|ادارهٔ|واحد|بخش|معاونیت|مرکز|دیپارتمنت)\s+"
                           r"(?:\S+\s+){0,2}?(?:اطلاعات|ارتباط|ارتباطات|آگاهی|مطبوعات|مطبوعاتی|سخنگوی|سخنگو|اطلاع[\s\u200c]?رسانی"
                           r"|رسانه|نشرات)(?:\s|$)")
PRESS_OFFICE_RULE = ("byline: the press office issuing a release, on its own line after the text («آمریت اطلاعات و "
                     "ارتباط عامه», «دفتر سخنگوی …»)")
UNDER_PRESS_OFFICE = frozenset({"blank", "fw", "note", "dateline", "trailer"})  # the release's date, a picture's text


def press_office(doc: Document) -> None:
    """The press office that issued a news release, on its own line right under the release's last paragraph
    (a line ending a sentence) and over nothing but the page's furniture, notes and dates (roles
    UNDER_PRESS_OFFICE): a line of at most SIGNED_MAX_WORDS words that names such an office (:data:`PRESS_OFFICE`),
    whatever the rules before took it for (a signature, a heading, a paragraph), is ``byline`` — the convention of
    tests/data/corpus/README.md («an issuing office after the text» stays ``byline``, round 38) and TEI P5 4.2.2
    (responsibility for the text). An office line above the text is its issuer's (``subtitle``) and is not looked
    at. Linear in the number of lines.

    The family (round 53, «struct101»): 4 such lines on 4 Afghan state sites (acaa.gov.af, ba.edu.af,
    baghlan.gov.af, mod.gov.af), all ``byline`` by hand; no line of the collection's last lines matching
    :data:`PRESS_OFFICE` has another role."""
    below = [i for i, line in enumerate(doc.out) if line.role not in UNDER_PRESS_OFFICE]
    if len(below) < 2:
        return
    i, above = below[-1], below[-2]
    s = doc.s(i)
    if (doc.role(above) in {"p", "p+"} and doc.s(above).end == "terminal" and PRESS_OFFICE.match(s.plain)
            and s.words <= SIGNED_MAX_WORDS and s.end in {"none", "terminal"}):
        doc.set(i, "byline", PRESS_OFFICE_RULE, cert="medium")


SOURCE_CREDIT_RULE = ("byline: where the text was taken from («نقل از …», «به نقل از: …», «برداشت از …») on a line the "
                      "rules were unsure of, wherever it stands")
SOURCE_CREDIT_FROM = frozenset({"p", "fw", "head", "subtitle"})


def source_credit(doc: Document) -> None:
    """A line saying where the text was taken from (:data:`nashr.convert.matter.closing.SOURCE_NOTE`: «به نقل از …»,
    «نقل از …», «برگرفته از …», «برداشت از …», a blog's mark before it; at most SOURCE_NOTE_MAX_WORDS words: a news
    sentence «به نقل از ایرنا، یک زلزله …» runs longer) that the rules were unsure of
    (:func:`nashr.convert.boilerplate.unsure`: the default paragraph, or a paragraph, heading, subtitle or
    furniture at ``low``): ``byline``, wherever it stands — over the text under its header, between the text and a
    post's stamp, under a signature — where the closing rules (:func:`nashr.convert.matter.closing`) read it at the
    text's very end only.

    Measured on the collection (round 45): 3 lines right more on 3 sites (a blog's Qabusnameh excerpt over its
    wrapped second line, shabnegar.com's «- به نقل از: طلوعی …» over the post's stamp, vekalatonline.ir's «نقل از
    شماره … روزنامه رسمی» over a law's title), none wrong more; with a leading mark the closing rules read a Telegram
    mirror's «🔸برداشت از کانال …» under the channel's handle. Its record left out (nashr.convert.certainty): 0 wrong
    of 8 on 5 sites, ``medium``."""
    for i, line in enumerate(doc.out):
        s = doc.shapes[i]
        if (s is not None and line.role in SOURCE_CREDIT_FROM and unsure(line) and SOURCE_NOTE.match(s.plain)
                and s.words <= SOURCE_NOTE_MAX_WORDS):
            doc.set(i, "byline", SOURCE_CREDIT_RULE, cert="medium")


PEN_NAME_RULE = ("byline: a short line right under a poem's last verse that names its poet (a name its closing "
                 "bayts say, or a known person's)")
PEN_NAME_MAX_WORDS = 4  # «سعدی کبیر», «#بیدل_دهلوی», «ابوسعيد ابوالخير»: a name, a pen name, an epithet
PEN_NAME_MIN_LETTERS = 3  # a word of the name to look for in the poem: not «از», «و»
VOCATIVE = "ا"  # «سعدیا»: the poet addresses himself in the closing bayt
NAME_RUN = re.compile(f"[{ARABIC_LETTERS}]+")  # (a hashtag's «#» and «_» part its words)


def _name_words(text: str) -> set[str]:
    """The words of ``text`` of PEN_NAME_MIN_LETTERS letters or more, folded
    (:func:`nashr.entities.candidates.terms.norm`); a hashtag's parts apart («#بیدل_دهلوی»: «بیدل», «دهلوی»)."""
    from nashr.entities.candidates.terms import norm

    return {w for w in (norm(part) for part in NAME_RUN.findall(text)) if len(w) >= PEN_NAME_MIN_LETTERS}


def pen_name_under_poem(doc: Document, guessed: frozenset[str]) -> None:
    """The poet's name right under a poem's last verse line: a line of one to PEN_NAME_MAX_WORDS words,
    no digit, no final punctuation or colon (a ta'zieh's speaker label «امام حسین:» is no credit), shorter
    than the poem's hemistichs (under METRE_MIN_RATIO of the median letters of the POEM_MIN_LINES lines right
    above it, all verse, ``l``: no verse line left out), left to the default paragraph or to a rule in
    ``guessed`` (rule texts: a role given for want of another, the page's foot below it, a heading below
    it, :data:`nashr.convert.matter.foot.FOOT_ABOVE_RULE`, ``nashr.convert.structure.OVER_HEADING``), that
    names the poet: a word of it is a word of those lines (the pen name, takhallus, that a ghazal's closing
    bayt says, a hemistich a line or two bayts a line, «سعديا بارکش …» over «سعدی کبیر»; a vocative «ا» aside), or it is
    a person's name (:func:`nashr.convert.matter.people.person_name`): ``byline``
    (tests/data/corpus/README.md: the poet's name after the poem).

    Where seen: a Saadi ghazal on a Blogger blog over its comment form, a Telegram channel's Bidel ghazals
    each under a hashtag of the poet's name, a quatrain of Abusaeed over a site's related posts; the
    same evidence names the poet on four more sites whose lines other rules decide (ystad, aghagol,
    academytaraneh, hasanagha)."""
    flow = [i for i, line in enumerate(doc.out) if line.role != "blank"]  # (the page's foot too: a name over it)
    for k in range(POEM_MIN_LINES, len(flow)):
        i = flow[k]
        s, line = doc.s(i), doc.out[i]
        poem = flow[k - POEM_MIN_LINES : k]
        if (not (line.rule.startswith(DEFAULT_RULE) or line.rule in guessed) or not 0 < s.words <= PEN_NAME_MAX_WORDS
                or s.end != "none" or ANY_DIGIT.search(s.plain) or any(doc.role(j) != "l" for j in poem)):
            continue
        sizes = sorted(letter_count(doc.s(j).plain) for j in poem)
        if letter_count(s.plain) >= METRE_MIN_RATIO * sizes[len(sizes) // 2]:
            continue
        last = set().union(*(_name_words(doc.s(j).plain) for j in poem))
        said = {w.removesuffix(VOCATIVE) for w in last} | last
        if _name_words(s.plain) & said or person_name(LEADING_MARK.sub("", s.plain).lstrip("#").replace("_", " ")):
            doc.set(i, "byline", PEN_NAME_RULE, cert="medium")


HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 8, 35
HEADLINE_BODY_RATIO = 1.5  # the body's first paragraph is at least this many times the headline's words
HEADLINE_SAID_AGAIN = 0.5  # the share of the headline's content words its body's first paragraph says again
HEADLINE_SAID_AGAIN_DATED = 0.2  # … under the release's date line, where the date says what the page is
HEADLINE_LEAD_MAX_LINES = 5  # the lines of prose under the headline read as its lead, up to a blank line
HEADLINE_MAX_LINES = 2  # a headline hard-wrapped once
HEADLINE_OVER = frozenset({"fw", "dateline", "subtitle", "masthead", "byline"})
"""The roles of the lines a headline may stand under: the page's furniture, date, kicker, masthead and
credit (mohe.gov.af's ministry and date over each release), never a title or prose."""
HEADLINE_RULE = "title: the page's first block, a headline of one or two lines set apart over a longer paragraph"


def _block(doc: Document, start: int) -> list[int]:
    """The lines of ``doc.flow`` from position ``start`` up to a blank line, at most
    HEADLINE_MAX_LINES + 1 (one more than a headline has: then it is none)."""
    block = [doc.flow[start]]
    while (not doc.blank_after(block[-1]) and len(block) <= HEADLINE_MAX_LINES
           and start + len(block) < len(doc.flow)):
        block.append(doc.flow[start + len(block)])
    return block


def headline_over_body(doc: Document) -> None:
    """A news release's headline as the page's first block: one line, or a line hard-wrapped once
    (HEADLINE_MAX_LINES), that the rules left to a paragraph, of HEADLINE_MIN_WORDS to
    HEADLINE_MAX_WORDS words however it ends but in «:» or «،» (a headline may be a sentence with its
    verb, «… دیدار کرد», and end in «.» or «!»; a line ending in «:» introduces the text under it),
    set apart by a blank line, with nothing above it but the page's furniture, date, kicker or
    credit (HEADLINE_OVER), over the page's first paragraph of prose
    (after any furniture: an image's file name; its lines up to a blank line, at most
    HEADLINE_LEAD_MAX_LINES) that is HEADLINE_BODY_RATIO times as long or longer and says again at
    least HEADLINE_SAID_AGAIN of the headline's content words
    (:func:`~nashr.convert.boilerplate.content_words`: a release's lead restates its headline; a
    story's first sentence and the paragraph under it share fewer) — HEADLINE_SAID_AGAIN_DATED under
    a date line (a release's date over its headline says what the page is; its lead may name the
    event in other words): ``title``, each line (tests/data/corpus/README.md: a title hard-wrapped
    is ``title`` on each line). The same block said again right under it (a page's title repeated
    as the article's heading) is the headline again, ``title`` too, the lead is read under it, and
    the page's saying it twice is evidence enough (no restatement asked). A text whose first
    paragraph is short beside the next (a letter's «با سلام») is no such page. In a text with a
    blank line after every line, the block is no evidence.

    Where seen: Afghan offices' releases of five sites (dpmea.gov.af ×4, hard-wrapped and ending in
    «!»; idlg.gov.af's «… با … والی بلخ دیدار کرد»; ago.gov.af's sentence-long headline;
    mohe.gov.af's headlines under the ministry's name and the date, hard-wrapped; takhar.gov.af's
    headline said twice)."""
    flow = doc.flow
    start = next((k for k, i in enumerate(flow) if doc.role(i) not in HEADLINE_OVER), len(flow))
    if (start + 1 >= len(flow) or doc.conv.spaced
            or (any(doc.shapes[: flow[start]]) and not doc.blank_before(flow[start]))):
        return
    block = _block(doc, start)
    if (len(block) > HEADLINE_MAX_LINES or doc.role(block[0]) != "p" or doc.s(block[-1]).end in {"colon", "comma"}
            or any(doc.role(i) not in {"p", "p+"} for i in block[1:])
            or not HEADLINE_MIN_WORDS <= (words := sum(doc.s(i).words for i in block)) <= HEADLINE_MAX_WORDS):
        return
    rest = start + len(block)
    again = flow[rest : rest + len(block)]
    twice = [doc.s(i).plain for i in again] == [doc.s(i).plain for i in block]
    if twice:
        block, rest = block + again, rest + len(again)
    prose = next((i for i in flow[rest:] if doc.role(i) in {"p", "p+"}), None)
    if prose is None:
        return
    body, i = [prose], prose
    while (len(body) < HEADLINE_LEAD_MAX_LINES and not doc.blank_after(i) and (i := doc.next(i)) is not None
           and doc.role(i) in {"p", "p+"}):
        body.append(i)
    headline = content_words(" ".join(doc.s(i).plain for i in block))
    lead = content_words(" ".join(doc.s(i).plain for i in body))
    dated = any(doc.role(i) == "dateline" for i in flow[:start])
    said = 0.0 if twice else HEADLINE_SAID_AGAIN_DATED if dated else HEADLINE_SAID_AGAIN
    if (sum(doc.s(i).words for i in body) >= HEADLINE_BODY_RATIO * words
            and len(headline & lead) >= said * len(headline)):
        for i in block:
            doc.set(i, "title", HEADLINE_RULE)  # (its record, round 33: right on all 16 lines of 5 sites)


HEADLINE_UNDER_FURNITURE_RULE = ("title: the headline right over the text's body, the page's furniture between it and "
                                 "the short line the top took for the title")
ABOVE_HEADLINE_RULE = "fw: a line the top took for the title, or left unsure, with the page's furniture under it"
UNDER_HEADLINE = frozenset({"dateline", "byline", "note", "subtitle"})  # between a headline and its body's text
UNDER_HEADLINE_MAX_LINES = 2
BODY_MIN_WORDS = 8  # the body's first sentence (nashr.convert.furniture: a sentence of the text, not a label)
LABEL_MAX_WORDS = 8  # an unsure line between the top's title and the headline: a menu's or widget's label


def headline_under_furniture(doc: Document) -> None:
    """A web page copied whole: the site's labels, menus and widgets above the text, the headline right over
    the text's body. The top rules take the first short line they meet — a widget's name («وضعیت هوای کابل»), a
    menu («منو»), a site's welcome — for the title, and the headline, under the furniture, is left a paragraph.

    The line right over the body's first sentence (BODY_MIN_WORDS words at least, or verse; up to
    UNDER_HEADLINE_MAX_LINES lines of its date, author, caption or approval note between), left to the default
    paragraph, title-like (:func:`~nashr.convert.matter.shapes._title_like`: short, no final punctuation), no part's
    heading, and naming what the text under it says (HEADLINE_SAID_SHARE of its content words said again,
    :func:`~nashr.convert.matter.labels._stems`; not a greeting, «یا حق», over a letter), is the headline
    (``title``) when a ``title`` line stands above it with the page's furniture (``fw`` by a rule) between them and
    no prose or verse above it. The lines the top took for the title are then the site's (``fw``), but one that
    says the headline's words again (a page's title repeated by the text's heading: both ``title``,
    tests/data/corpus/README.md), and so are the short unsure lines between (LABEL_MAX_WORDS words, no final
    punctuation: a menu's labels). The furniture between the two is the evidence: a site sets nothing between its
    headline and its text but the text's date, author and image.

    Where seen (round 40, the furniture-topped pages' lines wrongly ``p``): km.gov.af (a weather widget's name over
    prayer times and exchange rates), wakilmodafe.com (its «منو» over the menu and a text-size switch),
    sarapoem.persiangig.com (a link home over the site's welcome), termcom.tj (a visitor's greeting over the language
    switch, the menu and a login form): 23 lines right more on 4 sites, none wrong more; leaving each site out, a
    greeting over a Hedayat letter (rouz-behan.blogspot.com) was taken for the headline until the text had to say
    its words again."""
    from nashr.convert.matter.labels import HEADLINE_SAID_SHARE, _part_heading, _stems
    from nashr.convert.matter.shapes import _title_like

    texts: list[int] = []
    for i, s in enumerate(doc.shapes):
        if s is None:
            continue
        if doc.role(i) == "l" or (doc.role(i) in {"p", "p+"} and s.words >= BODY_MIN_WORDS and s.end == "terminal"):
            break  # (the body's first verse or sentence)
        texts.append(i)
    else:
        return
    k = len(texts) - 1
    while k >= 0 and len(texts) - 1 - k < UNDER_HEADLINE_MAX_LINES and (
            doc.role(texts[k]) in UNDER_HEADLINE or person_name(doc.s(texts[k]).plain)):
        k -= 1  # (the text's date, author, caption or approval note under the headline)
    if k < 1:
        return
    head = texts[k]
    s = doc.s(head)
    if not doc.out[head].rule.startswith(DEFAULT_RULE) or not _title_like(doc, head) or _part_heading(s):
        return
    said = _stems(s.plain)
    below: set[str] = set()
    for i in range(head + 1, len(doc.shapes)):
        if doc.shapes[i] is not None:
            below |= _stems(doc.s(i).plain)
    if len(said & below) < HEADLINE_SAID_SHARE * len(said):
        return  # (a headline names what its text says: not a greeting, «یا حق», over a letter)
    above = texts[:k]
    titles = [i for i in above if doc.role(i) == "title"]
    if not titles or not any(doc.role(i) == "fw" for i in range(titles[-1] + 1, head)):
        return
    # (their records once set 48 joined, round 52: the headline 4 wrong of 8 on 7 sets, the lines over it 16 of 47 on 7
    # sets, ``low``: a `-layout` slide's heading and bullets taken for furniture over a bullet taken for the headline)
    doc.set(head, "title", HEADLINE_UNDER_FURNITURE_RULE, cert="low")
    for i in above:
        line, t = doc.out[i], doc.s(i)
        if line.role == "title" and not (said and (said <= _stems(t.plain) or _stems(t.plain) <= said)):
            doc.set(i, "fw", ABOVE_HEADLINE_RULE, cert="low")
        elif (i > titles[0] and line.role == "p" and line.rule.startswith(DEFAULT_RULE)
              and 0 < t.words <= LABEL_MAX_WORDS and t.end == "none"):
            doc.set(i, "fw", ABOVE_HEADLINE_RULE, cert="low")


GLUED_RULE = ("fw: a line that says the page's title glued to other words (a breadcrumb ending in it, the title run "
              "into a widget's label or count)")
GLUED_TITLE_MIN_WORDS = 2  # a one-word title may be any word's part
GLUED_PIECE_MIN_CHARS = 4


def _glued(text: str, title: str) -> bool:
    """``text`` says ``title`` glued to a word of its own, no space between: a copy that lost the
    markup parting a page's labels («خانهبیدل دهلویغزلیاتغزل شمارهٔ ۳۱۳», «… ۱۳۱۶ ق0%»). Glued is
    a digit against a letter or a letter against a digit, or GLUED_PIECE_MIN_CHARS letters or more
    (a suffix or a prefix, «ابتدایی» + «ه», is no word of its own)."""
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        before = text[:at].rsplit(maxsplit=1)[-1] if text[:at].strip() and not text[at - 1].isspace() else ""
        after = text[end:].split(maxsplit=1)[0] if text[end:].strip() and not text[end].isspace() else ""
        for piece, edge in ((before[-1:], title[0]), (after[:1], title[-1])):
            if piece and piece.isalnum() and piece.isdigit() != edge.isdigit():
                return True
        if any(len(p) >= GLUED_PIECE_MIN_CHARS and p.isalnum() for p in (before, after)):
            return True
        at = text.find(title, at + 1)
    return False


def title_glued(doc: Document) -> None:
    """A line that says the page's title (its shortest ``title`` line, of GLUED_TITLE_MIN_WORDS words
    or more) glued to other words (:func:`_glued`), no sentence and not verse, is the page's
    furniture — a breadcrumb whose last link is the title, the title run into a reading time, a
    download count or a field's label — and the title is the line that says it alone: ``fw``.

    Where seen: nateghe.ir's Bidel pages (its breadcrumb and its reading time, each glued to the
    ghazal's name), alhassanain.org's book page (the book's name glued to a progress count «0%» over
    its heading, which says it alone). On the collection 7 lines right more, none wrong more, each
    page alone and leave one site out."""
    titles = [i for i in doc.flow if doc.role(i) == "title" and doc.s(i).words >= GLUED_TITLE_MIN_WORDS]
    if not titles:
        return
    title = min(titles, key=lambda i: len(doc.s(i).plain))
    said = doc.s(title).plain
    for i in doc.flow:
        s = doc.s(i)
        if i != title and doc.role(i) != "l" and s.end != "terminal" and _glued(s.plain, said):
            # (its record with set 47, round 51: 3 wrong of 10 over 5 sets, a title said again by an accordion's
            # label among them: low)
            doc.set(i, "fw", GLUED_RULE, cert="low")


IMAGE_LABEL_RULE = ("note: a short label in Latin script set apart between two lines of Persian under the title, in "
                    "lower case or with a number (an image's alternative text or file name: «ashraf ghani photo», "
                    "«img dastan general», «59ghj»)")
IMAGE_LABEL = re.compile(r"^(?!.*(?:https?:|www\.))[A-Za-z0-9][\w .()-]*$", re.ASCII)
IMAGE_LABEL_MAX_WORDS = 6  # (a phone's photo: «WhatsApp Image 2023-08-01 at 11.34.59_0_3»)
IMAGE_LABEL_FROM = frozenset({"p", "fw", "head", "subtitle"})
LATIN = re.compile(r"[A-Za-z]")


def _image_label(text: str) -> bool:
    """``text`` has the shape of an image's label a site's editor left: Latin letters, digits, and
    «_ . - ( )» only (no address, no markup), at most IMAGE_LABEL_MAX_WORDS words, each in lower case
    or holding a digit — or a file name's underscore: «ashraf ghani photo», «123d», «Untitled-1» —
    not a site's label in title case («Read Previous», «E-Book Content», «TED»)."""
    tokens = text.split()
    return (bool(IMAGE_LABEL.match(text)) and len(tokens) <= IMAGE_LABEL_MAX_WORDS and LATIN.search(text) is not None
            and ("_" in text or all(t.islower() or any(c.isdigit() for c in t) for t in tokens)))


def image_labels(doc: Document) -> None:
    """An image a page shows between its title and its text leaves its label where a copy of the page
    reads the text: a short line in Latin script (:func:`_image_label`) alone between blank lines,
    below the title and above the text's first verse or paragraph of prose (PROSE_MIN_WORDS words:
    inside the text such a line is its own, a command or a term), with Persian on the text lines
    right above and right under it, is the image's alternative text or file name — ``note``, as the
    collection's image labels and captions are (tests/data/corpus/README.md), not the site's
    furniture or a heading. Runs after
    :func:`nashr.convert.images.image_lines` (a label with an image format's extension).

    Where seen: the Afghan ministry of economy's releases (dpmea.gov.af: «123d», «59ghj», a phone's
    photo name), the president's office (ocs.gov.af: «ashraf ghani photo»), kalamezendeh.com's Golestan
    («img dastan general»), parsseh.com's («sadi»), asemooni.com's Khayyam («Untitled-1»)."""
    texts = [i for i, s in enumerate(doc.shapes) if s is not None]
    titled = False
    for k, i in enumerate(texts):
        if doc.role(i) == "l" or (doc.role(i) in {"p", "p+"} and doc.s(i).words >= PROSE_MIN_WORDS):
            break  # (the text has begun)
        titled = titled or doc.role(i) == "title"
        if (not titled or doc.role(i) not in IMAGE_LABEL_FROM or not 0 < k < len(texts) - 1
                or not doc.blank_before(i) or not doc.blank_after(i) or not _image_label(doc.out[i].text.strip())):
            continue
        if all(ARABIC_LETTER.search(doc.out[j].text) for j in (texts[k - 1], texts[k + 1])):
            # (its record, nashr.convert.certainty, once set 35 joined, round 39: 3 wrong of 10 over 7 sets, ``low``)
            doc.set(i, "note", IMAGE_LABEL_RULE, cert="low")
