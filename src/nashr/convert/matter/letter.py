"""A letter inside or around a text: its top inside the text (:func:`letter_top_inside`), its seal
(:func:`letter_seal`), a petition's salute (:func:`petition_salute`) and a letter's edges, with the
readers it addresses (:func:`letter_edges`). TEI P5 4.2.2 (``opener``, ``closer``, ``salute``,
``address``).
"""

from __future__ import annotations

import re

from nashr.convert.document import (
    PROSE_MIN_WORDS,
    Document,
    full,
    is_dateline,
    runs_on,
)
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.matter.closing import ENOUGH_SAID_MAX_WORDS, FOOT_ADDRESSEE, _closing_formula, _heading_mark
from nashr.convert.matter.dateline import LETTER_ROUTE
from nashr.convert.matter.opening import GREETING_WORD, _first_line_matter
from nashr.convert.matter.patterns import KICKER, LETTER_OPENING, SECTION_WORD_START, SHORT_INVOCATION
from nashr.convert.matter.shapes import (
    ADDRESSEE,
    ADDRESSEE_MAX_WORDS,
    PETITION_OPENING,
    SIGNED_MAX_WORDS,
    VOCATIVE_MAX_WORDS,
    _is_addressee,
    _is_salute,
)

# The offices an official letter is addressed to («اداره مالیه خراسان», «ادارات نظمیه- امنیه- …»,
# «کلیه ادارات …»): an organisation's word (:data:`~nashr.convert.matter.patterns.KICKER`) or these.
ADDRESSED_OFFICE = LazyPattern(r"^(?:ادارات|کلیه|عموم|وزارتخانه[\s\u200c]?ها|ایالت|ولایت|حکومت|حکام)\s")
INNER_SIGNED_MAX_LINES = 3  # a name, an office, an organisation


LETTER_TOP_MAX_LINES = 3  # a date, an addressee, a greeting


def letter_top_inside(doc: Document, body: list[int]) -> None:
    """A letter's top inside the text, under a site's title and note on the letter: a run of one to LETTER_TOP_MAX_LINES
    short lines (at most SIGNED_MAX_WORDS words, a greeting as many as :func:`~nashr.convert.matter.shapes._is_salute`
    allows it, an addressee ADDRESSEE_MAX_WORDS: «مقام محترم منیع ریاست مجلس شورای ملی دام بقائه»; not running to a
    hard-wrapped text's width: :func:`~nashr.convert.document.full`), each a date line, an
    addressee or a greeting, holding a greeting that says so by its words or punctuation («قربانت گردم», «فدایت شوم»,
    «سلام علیکم», «دوست عزیز،»: :func:`~nashr.convert.matter.opening._first_line_matter`), right over the letter's first
    paragraph (prose, or a full line of a hard-wrapped text) — or an addressee right under a date line the rules found
    (:func:`_dated_addressee`) — and under the end of a paragraph, an invocation («هو») or the top: ``dateline``,
    ``addressee``, ``salute`` — so the hard-wrap joiner does not take them into the paragraph. A date line may be the
    letter's route alone (:data:`~nashr.convert.matter.dateline.LETTER_ROUTE`). Under a colon a greeting alone is spoken
    in a story; a run of two or more lines (an addressee or date with the greeting) is a letter the text announces («متن
    نامه به شرح زیر است:»). The words are the vocabulary of Persian letters' openings
    (:data:`~nashr.convert.matter.shapes.SALUTE_TOP`, :data:`~nashr.convert.matter.shapes.ADDRESSEE`); the position
    decides."""
    for k, i in enumerate(body):
        s = doc.s(i)
        greeting = _is_salute(s)  # (a vocative naming its readers at length is longer: «هموطنان گرامی، … علیکم …!»)
        if (doc.role(i) != "p" or not 0 < s.words <= (VOCATIVE_MAX_WORDS if greeting else ADDRESSEE_MAX_WORDS)
                or (doc.conv.wrap and full(doc, i))
                or not ((greeting and _first_line_matter(doc, i, "salute")) or _dated_addressee(doc, i))):
            continue  # (the run is found from its greeting, or from its addressee under its date)
        first, last = k, k + 1
        while (first > 0 and last - first < LETTER_TOP_MAX_LINES and doc.role(body[first - 1]) == "p"
               and _letter_top_line(doc, body[first - 1])):
            first -= 1
        while (last < len(body) and last - first < LETTER_TOP_MAX_LINES and doc.role(body[last]) == "p"
               and _letter_top_line(doc, body[last])):
            last += 1
        run, after, prev = body[first:last], body[last] if last < len(body) else None, doc.prev(body[first])
        if after is None or doc.role(after) != "p" or not (doc.s(after).words >= PROSE_MIN_WORDS
                                                           or (doc.conv.wrap and full(doc, after))):
            continue
        above = doc.s(prev) if prev is not None and doc.role(prev) in {"p", "p+"} else None
        dated = _letter_date(doc, run[0]) and any(_dated_addressee(doc, j) for j in run)
        if above is not None and not SHORT_INVOCATION.match(above.plain) and not dated and (
                (above.end == "colon" and len(run) < 2)
                or not (above.end in {"terminal", "colon"} or (doc.conv.wrap and not full(doc, prev))
                        or doc.blank_before(body[first]))):
            continue  # a line of a paragraph running on; a greeting spoken after «گفت:» (a letter announced
            # by «… به شرح زیر است:» has its addressee or date over the greeting; «هو» heads a letter;
            # a date line over an addressee goes on with no sentence above it)
        for j in run:
            role = "dateline" if _letter_date(doc, j) else "salute" if _is_salute(doc.s(j)) else "addressee"
            doc.set(j, role, f"{role}: a letter's top (its date, addressee and greeting) inside the text, over its "
                    "first paragraph", cert="medium")


# A seal described in brackets by the transcriber: «[مهر: …]», «[نقش مهر]: …» (its legend after the colon).
SEAL = LazyPattern(r"^\[\s*(?:نقش\s+)?م\u064f?هر\s*(?:[:：][^\]]*\S[^\]]*\]|\]\s*[:：]\s*\S)")
SEAL_NAME_MAX_WORDS = 4  # the name or title the seal goes with, on the line over it: «با با خان سردار»


def letter_seal(doc: Document, body: list[int]) -> None:
    """A seal heading a letter: a seal described in brackets (:data:`SEAL`) with the letter's
    text after it is the sender's, set at the head as Qajar letters and decrees set the seal or
    the sovereign's name (``signed``), and so is a short name over it (SEAL_NAME_MAX_WORDS words,
    no punctuation). The registry stamps a letter received after its text are the archive's
    notes (:func:`~nashr.convert.matter.closing.closing_matter`, :data:`~nashr.convert.matter.closing.NOTE_LABEL`): the
    zone decides, not the words."""
    for k, i in enumerate(body[:-1]):
        if doc.role(i) != "p" or not SEAL.match(doc.s(i).plain) or doc.role(body[k + 1]) == "note":
            continue
        doc.set(i, "signed", "signed: a seal described in brackets («[مهر: …]») heading a letter, over its text",
                cert="medium")
        prev = doc.s(body[k - 1]) if k > 0 else None
        if (prev is not None and doc.role(body[k - 1]) == "p" and 0 < prev.words <= SEAL_NAME_MAX_WORDS
                and prev.end == "none"):
            doc.set(body[k - 1], "signed", "signed: a name over the seal heading a letter (the sender's)",
                    cert="medium")


def petition_salute(doc: Document, body: list[int]) -> None:
    """A petition's opening formula on its own line (:data:`~nashr.convert.matter.shapes.PETITION_OPENING`, «قربان
    خاکپای … گردم») the verse rules took for a hemistich, among the short lines of a Qajar letter's top and
    the bayt it quotes: ``salute``. The formula, not the rhyme, decides: a letter's words."""
    for i in body:
        s = doc.s(i)
        if doc.role(i) == "l" and s.words <= SIGNED_MAX_WORDS and re.match(rf"^{PETITION_OPENING}\s*[،,]?\s*$",
                                                                            s.plain):
            doc.set(i, "salute", "salute: a petition's opening formula («قربان خاکپای … گردم») on its own line, "
                    "not verse", cert="medium")


def _letter_date(doc: Document, i: int) -> bool:
    """A letter's date line, or its route alone or with its year (:data:`~nashr.convert.matter.dateline.LETTER_ROUTE`:
    «از طهران به رشت ، سنۀ۱۲۹۵»)."""
    return is_dateline(doc.out[i].text) or LETTER_ROUTE.match(doc.s(i).plain) is not None


def _dated_addressee(doc: Document, i: int) -> bool:
    """An addressee (:data:`~nashr.convert.matter.shapes.ADDRESSEE`: «جناب آقای …», «… دام اقباله»; ending in «!» too,
    its date the evidence: «به اعضای محترم کنگره …!») right under a date line (:func:`_letter_date`): the letter's
    date over its addressee."""
    prev = doc.prev(i)
    return (_is_addressee(doc.s(i), exclaimed=True) and prev is not None
            and (doc.role(prev) == "dateline" or (doc.role(prev) == "p" and _letter_date(doc, prev))))


def _letter_top_line(doc: Document, i: int) -> bool:
    """A short line that can open a letter: a date line or route, an addressee or a greeting."""
    s = doc.s(i)
    return (0 < s.words and not (doc.conv.wrap and full(doc, i))
            and ((s.words <= SIGNED_MAX_WORDS and (_letter_date(doc, i) or _is_salute(s))) or _is_addressee(s)))


def letter_edges(doc: Document, body: list[int]) -> None:
    """The edges of a letter inside the text, where the top and the end of the page are not the
    letter's (a site's page holding a letter and the reply to it, a letter quoted in an article):

    * a closing formula (:func:`~nashr.convert.matter.closing._closing_formula`: «با تقدیم احترامات فائقه:», «ارادتمند»)
      right under a paragraph that ends a sentence, over one to INNER_SIGNED_MAX_LINES short lines
      without final punctuation (the signer's name and office; a date line among them is the
      ``dateline``), is ``salute`` and the short lines ``signed`` — when a second line signs, or
      what follows is no paragraph (a section's heading under «با سپاس» is followed by prose), or
      a letter's top (``salute``, ``addressee``) stands above since the last closing (a letter
      quoted in a report, the report going on under its one signing line), and no more short
      lines follow (a list of members under «با سپاس از داوران:» is longer than a signature); a
      short line right above an addressee ends the signature: it heads the next letter (``head``);
    * an addressee line («جناب آقای …»: :data:`~nashr.convert.matter.shapes.ADDRESSEE`) after a heading or a signature,
      with at most one short line under it (the office), right over a paragraph, is ``addressee``, both;
    * a short line naming an office (:data:`~nashr.convert.matter.patterns.KICKER`, :data:`ADDRESSED_OFFICE`) right over
      a paragraph that opens as an official letter does (:data:`~nashr.convert.matter.patterns.LETTER_OPENING`: «در جواب
      مراسله …», «عطف به …») is the office addressed (``addressee``).

    ``body`` is the lines in reading order (the top block's too). Position and length decide; the
    words are the vocabulary of closings, addressees and letter openings (Persian letter-writing
    manuals and the letters of several sites in the collection).
    """
    where = {i: k for k, i in enumerate(body)}

    def short(i: int) -> bool:
        s = doc.s(i)
        return (0 < s.words <= SIGNED_MAX_WORDS and s.end in {"none", "comma"} and not s.label and not s.bullet
                and not _heading_mark(s) and SECTION_WORD_START.match(s.plain) is None)

    def addressee_at(k: int) -> bool:
        return k < len(body) and doc.role(body[k]) == "p" and FOOT_ADDRESSEE.match(doc.s(body[k]).plain) is not None \
            and _is_addressee(doc.s(body[k]))

    def prose(i: int) -> bool:
        return doc.s(i).words >= PROSE_MIN_WORDS and doc.role(i) == "p"

    opened = False  # a letter's top (greeting, addressee) above, not yet closed
    for k, i in enumerate(body):
        s = doc.s(i)
        opened = opened or doc.role(i) in {"salute", "addressee"}
        if k == 0 or s.words > ENOUGH_SAID_MAX_WORDS or doc.role(i) not in {"p", "head"}:
            continue  # (the longest closing formula: :func:`~nashr.convert.matter.closing._closing_formula`)
        above = doc.s(body[k - 1])
        if not (doc.role(body[k - 1]) == "p" and above.end == "terminal" and above.words >= PROSE_MIN_WORDS // 2
                and _closing_formula(s)):
            continue
        block: list[int] = []
        while (k + 1 + len(block) < len(body) and len(block) <= INNER_SIGNED_MAX_LINES
               and doc.role(body[k + 1 + len(block)]) == "p" and short(body[k + 1 + len(block)])
               and not addressee_at(k + 1 + len(block)) and not addressee_at(k + 2 + len(block))):
            block.append(body[k + 1 + len(block)])
        after = k + 1 + len(block)
        if (not block or len(block) > INNER_SIGNED_MAX_LINES  # (more short lines: a list of names)
                or (len(block) < 2 and not opened and after < len(body) and prose(body[after]))):
            continue
        doc.set(i, "salute", "salute: a closing formula under a paragraph, over the signature, inside the text")
        opened = False
        for j in block:
            role = "dateline" if is_dateline(doc.out[j].text) else "signed"
            doc.set(j, role, f"{role}: a short line under a closing formula inside the text", cert="medium")
        if after + 1 < len(body) and short(body[after]) and addressee_at(after + 1):
            doc.set(body[after], "head", "head: a short line between a letter's signature and the next letter's "
                    "addressee", cert="medium")
    for k, i in enumerate(body):
        if k == 0 or doc.role(body[k - 1]) not in {"head", "signed", "title", "subtitle"} or not addressee_at(k):
            continue
        lines = [i]
        if k + 1 < len(body) and doc.role(body[k + 1]) == "p" and short(body[k + 1]):
            lines.append(body[k + 1])
        if where[lines[-1]] + 1 < len(body) and prose(body[where[lines[-1]] + 1]):
            for j in lines:
                doc.set(j, "addressee", "addressee: a line naming the addressee («جناب …») and the line under it, "
                        "after a heading or a signature, over a letter", cert="medium")
    for k, i in enumerate(body[:-1]):
        s, nxt = doc.s(i), doc.s(body[k + 1])
        if (doc.role(i) in {"p", "head", "subtitle"} and s.end == "none" and 0 < s.words <= ADDRESSEE_MAX_WORDS
                and (KICKER.match(s.plain) or ADDRESSED_OFFICE.match(s.plain)) and doc.role(body[k + 1]) == "p"
                and nxt.words >= PROSE_MIN_WORDS and LETTER_OPENING.match(nxt.plain)):
            doc.set(i, "addressee", "addressee: an office right over a paragraph opening as an official letter does "
                    "(«در جواب مراسله …», «عطف به …»)", cert="medium")
    _readers_addressed(doc, body)


VOCATIVE_LOOK = 5  # the first lines of a statement's body where it addresses its readers


def _readers_addressed(doc: Document, body: list[int]) -> None:
    """A statement's or message's vocative to its readers on a line of its own («مردم آزاده وطن!», «هموطنان»:
    :func:`~nashr.convert.matter.shapes._is_salute`, no sentence but its «!»; a greeting word is another rule's), among
    the first VOCATIVE_LOOK lines of ``body`` (under the title, a motto, a verse of the Quran), with the address
    lines right under it (:func:`_address_run`) and right over a paragraph of prose: ``salute``, the first such run
    only (TEI P5 4.2.2: the ``salute`` of an ``opener``).

    Where seen: the Freedom Movement of Iran's proclamations of the 1340s (nehzateazadi.org: «هموطنان» under
    the title's two lines; 1 line right, none wrong on the collection, round 34); a president's speech opening on
    two address lines and the Islamic greeting (parmakhtag.com, set 40: «خواهران و برادران، هموطنان عزیز؛» /
    «السلام علیکم ورحمة الله و برکاته», round 44)."""
    for k, i in enumerate(body[:VOCATIVE_LOOK]):
        s = doc.s(i)
        sentence = s.end == "terminal" and not s.plain.rstrip().endswith("!")
        if (doc.role(i) not in {"p", "head"} or k + 1 >= len(body) or sentence or not _is_salute(s)
                or GREETING_WORD.search(s.plain)):
            continue
        above = body[k - 1] if k else None
        if above is not None and (doc.s(above).end in {"colon", "comma"} or runs_on(doc, above)) and not (
                doc.s(above).end == "comma" and ADDRESSEE.match(doc.s(above).plain)):
            continue  # (a greeting spoken in a story, «… آهسته گفت:» / «دوستان عزیز!»; not under those addressed)
        run = _address_run(doc, body[k:])
        below = body[k + len(run)] if k + len(run) < len(body) else None
        if below is not None and doc.role(below) == "p" and doc.s(below).words >= PROSE_MIN_WORDS:
            for j in run:
                doc.set(j, "salute", "salute: the readers addressed on a line of their own («مردم آزاده وطن!», "
                        "«هموطنان») among a statement's first lines, over its prose", cert="medium")
            return


def _address_run(doc: Document, lines: list[int]) -> list[int]:
    """The first of ``lines`` and the lines right under it that address the readers too, or greet them
    (:func:`~nashr.convert.matter.shapes._is_salute`, the Islamic greeting among them), each a line of its own
    that no rule but the default or an Arabic line's took (``p``, ``head``, ``quote``): the run of a speech's
    address lines."""
    run = lines[:1]
    for j in lines[1:]:
        if doc.role(j) not in {"p", "head", "quote"} or not doc.adjacent(run[-1], j) or not _is_salute(doc.s(j)):
            break
        run.append(j)
    return run
