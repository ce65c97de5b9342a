"""Persons named at the top of a text: a credit line («نوشته …», «به قلم …») and a person's name as the
gazetteer and the given-name lexicon know it (:func:`person_name`), which bylines, subtitles and the
foot's furniture test. TEI P5 4.2.2 (``byline`` in an ``opener``).
"""

from __future__ import annotations

import re
from functools import cache

from nashr.convert.conventions import BULLET, DIGIT, Shape
from nashr.convert.document import Document
from nashr.convert.matter.patterns import BYLINE, BYLINE_MAX_WORDS


def credit_line(s: Shape) -> bool:
    """A credit (:data:`~nashr.convert.matter.patterns.BYLINE`) of two to BYLINE_MAX_WORDS words: a label alone names no
    one («نویسنده:» with its field left empty by the copy, «خبرنگار» over an interviewer's question)."""
    return BYLINE.match(s.plain) is not None and 1 < s.words <= BYLINE_MAX_WORDS


BULLETED_CREDIT_RULE = "byline: a credit line after a bullet («• ارسال شده توسط : …», «▨ شاعر: …», «• نوشته‌شده توسط»)"


def bulleted_credits(doc: Document) -> None:
    """A line opening with a bullet (:data:`~nashr.convert.conventions.BULLET`) whose words after it are a credit
    (:func:`credit_line`'s pattern and length) naming its person after a colon or «توسط» («• ارسال شده توسط : احسان
    پاکرو», «▨ شاعر: سعدی», «▨ با صدای: …», a post's empty field «• نوشته‌شده توسط») is a ``byline`` (TEI P5 4.2.2):
    a site sets its credits as a bulleted list over or under the text, and the bullets' rule would take them for
    the text's list. Not a list's item that opens with such a word and names no one by a label («• ترجمه قوانین و
    سیاستها از ویکی انگلیسی»: no colon, no «توسط»). Decided before the bullets' rule; linear in the number of
    lines. The family (round 50, «struct92»): 5 bulleted credit lines on 3 sites (brapodcast.se, osvehsch.ir,
    afghanembassy-ir), all ``byline`` by hand; with the credit labels :data:`BYLINE` did not read («توسط:»,
    «ارسالی :», «نویسنده/ارسالی:») 7 sites."""
    for i in doc.flow:
        s = doc.s(i)
        if doc.role(i) != "p" or not s.bullet or (m := BULLET.match(s.plain)) is None:
            continue
        rest = s.plain[m.end():]
        if (BYLINE.match(rest) is not None and (":" in rest or "توسط" in rest)
                and 1 < s.words <= BYLINE_MAX_WORDS):
            doc.set(i, "byline", BULLETED_CREDIT_RULE, cert="medium")


# A person's name alone: a given name and one or two family names («پروانه بابایی», «حسن مجیدی»), or
# a name of the gazetteer's people («ناصرخسرو», «عطار نیشابوری»).
PERSON_NAME_WORDS = (2, 3)


NOT_IN_NAME = re.compile(rf"[{DIGIT[1:-1]}:：،,.؛;()«»!?؟/|\[\]*\-–—]")


@cache
def _known_people() -> frozenset[str]:
    """The gazetteer's people (:func:`nashr.entities.places.gazetteer`) in :func:`nashr.entities.candidates.terms.norm`
    form (folded, no spaces or ZWNJ): «ملک الشعرای بهار» as a page without ZWNJ spells «ملک‌الشعرای بهار»."""
    from nashr.entities.candidates.terms import norms_of
    from nashr.entities.places import gazetteer

    return norms_of(name for name, kind in gazetteer().items() if kind == "person")


def person_name(text: str) -> bool:
    """True for a line that is a person's name and nothing else: a name of the gazetteer's people
    (:func:`nashr.entities.places.gazetteer`, spaces and ZWNJ aside: :func:`_known_people`), or
    two or three words of which the first is a given
    name (:func:`nashr.entities.candidates.words.is_given`) that asks no more of a family name than
    an everyday word would be (:func:`~nashr.entities.candidates.words.surname_need`: not «پیام»,
    "message", in «پیام نوروزی») and the others can be a name's and are no common words
    (:func:`~nashr.entities.candidates.words.name_like`, :func:`~nashr.entities.candidates.words.common_words`).
    Digits and punctuation say more than a name («احمد کسروی (۱۲۶۹ – ۱۳۲۴)»: LIFE_DATES)."""
    from nashr.entities.candidates.terms import norm  # the lexicons load only for a short line under a title
    from nashr.entities.candidates.words import ANY_GIVEN, WORD_GIVEN, common_words, is_given, name_like, surname_need
    from nashr.entities.places import gazetteer

    name = text.strip()
    if NOT_IN_NAME.search(name):
        return False
    if gazetteer().get(name) == "person" or norm(name) in _known_people():
        return True
    parts = [norm(w) for w in name.split()]
    return (PERSON_NAME_WORDS[0] <= len(parts) <= PERSON_NAME_WORDS[1] and is_given(parts[0])
            and surname_need(parts[0]) in {ANY_GIVEN, WORD_GIVEN}
            and all(name_like(w) and w not in common_words() for w in parts[1:]))
