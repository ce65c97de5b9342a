"""A letter's opening found by its place under the top (issue 12, rounds 28–29): the addressees a
letter or a decree lists under its title.

The rule runs once the top, the headings and the letter's edges are found
(:func:`nashr.convert.structure.analyse`) and reads only roles, shapes and the vocabulary of
organisations (:data:`nashr.convert.matter.patterns.KICKER`); it rests on two sites of the collection
(tests/test_structure_openers.py) and gives ``medium``, as its record earns (14 lines, none wrong:
:mod:`nashr.convert.certainty`).
"""

from __future__ import annotations

from nashr.convert.document import PROSE_MIN_WORDS, Document
from nashr.convert.matter.patterns import KICKER
from nashr.convert.matter.shapes import clause

LISTED_ADDRESSEES_RULE = ("addressee: one of three or more organisations listed line by line under the title, two "
                          "named by the same word («سفارت … مقیم سویدن», «سفارت … مقیم ناروی»), over the text")
ADDRESSEES_MIN_LINES = 3  # (a letterhead's ministry and its office are two lines, named by two words)
ADDRESSEES_FROM_MAX = 4  # lines of the top above the list at most: a title, a subtitle, a date


def listed_addressees(doc: Document) -> None:
    """The addressees a letter or a decree lists under its title: a run of ADDRESSEES_MIN_LINES
    lines or more in a row (no blank line between), each opening with an organisation's word
    (:data:`nashr.convert.matter.patterns.KICKER`: «سفارت», «وزارت», «بانک» …) and no sentence (no final
    punctuation, no verb: :func:`nashr.convert.matter.shapes.clause`; one line may list several
    organisations between dashes), two of them or more opening with the same word, that starts
    under the text's first line but within its first ADDRESSEES_FROM_MAX + 1 lines, with no
    paragraph of prose (PROSE_MIN_WORDS words or more) above it but the first line (a long title)
    nor a line ending in «:» right above it (a list the text announces), and a paragraph of prose
    right under it: ``addressee``, each line, whatever the top's rules took it for.

    An organisation over the title, or a letterhead's ministry and its office under it, are one
    body named by different words («وزارت کشور» / «ادارۀ امور شهرداریها»: ``subtitle``); bodies
    of one kind named line by line, the same word opening them, are those the text is sent to.
    Where seen: the Afghan foreign ministry's letter to ten embassies (afghanha.se: «سفارت ج.ا.ا
    مقیم …», ten lines), an Iranian cabinet decree's ministries and bank (dotic.ir, four lines)."""
    flow = doc.flow
    k = 1
    while k <= min(ADDRESSEES_FROM_MAX, len(flow) - 1):
        if k > 1 and (doc.s(flow[k - 1]).words >= PROSE_MIN_WORDS or doc.s(flow[k - 1]).end == "colon"):
            return  # (under a paragraph, or a line announcing a list: the text's own list)
        run = []
        while k + len(run) < len(flow) and _organisation_line(doc, flow[k + len(run)]) and (
                not run or doc.adjacent(run[-1], flow[k + len(run)])):
            run.append(flow[k + len(run)])
        after = k + len(run)
        words = [KICKER.match(doc.s(i).plain)[1] for i in run]  # type: ignore[index]
        if (len(run) >= ADDRESSEES_MIN_LINES and len(set(words)) < len(words) and after < len(flow)
                and doc.role(flow[after]) == "p" and doc.s(flow[after]).words >= PROSE_MIN_WORDS):
            for i in run:
                doc.set(i, "addressee", LISTED_ADDRESSEES_RULE, cert="medium")
            return
        k = after + 1 if run else k + 1


def _organisation_line(doc: Document, i: int) -> bool:
    s = doc.s(i)
    return (doc.role(i) in {"p", "p+", "subtitle", "title"} and KICKER.match(s.plain) is not None
            and s.end in {"none", "comma"} and not clause(s.plain))
