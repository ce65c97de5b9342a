"""A poem's glosses: the line in another script a page writes under each hemistich or bayt (a bilingual
blog's transliteration or translation, a Tajik blog's Cyrillic), found by :func:`nashr.convert.verse.glosses`
and set aside while the verse rules read the poem. Here they join the poem: each is a line of it (``l``) that
the TEI writes inside the line of verse it glosses (:meth:`nashr.convert.tei._Body.verse`), with its language.

The language: the script of the gloss (Unicode blocks: Cyrillic U+0400–U+052F, Latin), and whether it is a
transliteration of the line it glosses — the initials of its words follow the initials of the Persian words, in
order (:data:`INITIALS`, by the romanisation tables of ALA-LC and the UN for Persian, and the Tajik alphabet of
1998 for Cyrillic). A transliteration is Persian in that script (``fa-Latn``; in Cyrillic Tajik, ``tg-Cyrl``,
the Persian of Tajikistan as its books write classical verse); another gloss is a translation into a language
the converter does not name (``und-Latn``, ``und-Cyrl``: BCP 47's «undetermined»).
"""

from __future__ import annotations

import re

from nashr.convert.document import Document

GLOSS_RULE = "l: a line in another script under a hemistich or bayt of a poem (its transliteration or translation)"

# The languages of glosses as the header's langUsage names them (in Persian, as it names the text's own).
LANGUAGE_NAMES = {"fa-Latn": "فارسی به خط لاتین", "tg-Cyrl": "تاجیکی (فارسی به خط سیریلیک)",
                  "und-Latn": "زبانی دیگر به خط لاتین", "und-Cyrl": "زبانی دیگر به خط سیریلیک", "und": "زبانی دیگر"}

# Each Persian letter that opens a word → the families of the letters that open its transliteration.
_FAMILIES = {
    "V": "اآأإعئ", "B": "ب", "P": "پ", "T": "تط", "S": "ثسص", "J": "ج", "C": "چ", "H": "حهة", "X": "خ", "D": "د",
    "Z": "ذزضظ", "R": "ر", "ZH": "ژ", "SH": "ش", "Q": "غق", "F": "ف", "K": "کك", "G": "گ", "L": "ل", "M": "م",
    "N": "ن", "W": "و", "Y": "یيى",
}
# The vowels that write و and ی at a word's start («o», «u», «va»; «i», «e»), and ه («e» for «ke» is not initial).
_ALSO = {"W": "V", "Y": "V"}
INITIALS: dict[str, frozenset[str]] = {
    letter: frozenset({family, *([_ALSO[family]] if family in _ALSO else [])})
    for family, letters in _FAMILIES.items() for letter in letters}
# The letters that open a word of a transliteration → their family: two-letter digraphs first.
_LATIN = {"kh": "X", "sh": "SH", "ch": "C", "gh": "Q", "zh": "ZH",
          **{c: "V" for c in "aeiouāēīōū'ʿʾ’"}, "b": "B", "p": "P", "t": "T", "ṭ": "T", "s": "S", "ṣ": "S",
          "ṯ": "S", "j": "J", "ǧ": "J", "č": "C", "c": "C", "h": "H", "ḥ": "H", "x": "X", "ḫ": "X", "d": "D",
          "z": "Z", "ż": "Z", "ẓ": "Z", "ẕ": "Z", "ḍ": "Z", "r": "R", "ž": "ZH", "š": "SH", "q": "Q", "ğ": "Q",
          "ġ": "Q", "f": "F", "k": "K", "g": "G", "l": "L", "m": "M", "n": "N", "v": "W", "w": "W", "y": "Y"}
_CYRILLIC = {**{c: "V" for c in "аеиоуэёюяӣӯъ"}, "б": "B", "п": "P", "т": "T", "с": "S", "ҷ": "J", "ч": "C",
             "ҳ": "H", "х": "X", "д": "D", "з": "Z", "р": "R", "ж": "ZH", "ш": "SH", "ғ": "Q", "қ": "Q", "ф": "F",
             "к": "K", "г": "G", "л": "L", "м": "M", "н": "N", "в": "W", "й": "Y"}
# A gloss is a transliteration when at least this share of the words of the longer line match, in order.
TRANSLITERATION_MIN_SHARE = 0.6
CYRILLIC = re.compile("[\u0400-\u052f]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_WORD_START = re.compile(r"[^\W\d_]|['ʿʾ’]")


def gloss_lines(doc: Document, lines: set[int]) -> None:
    """Each line of ``lines`` (indices into ``doc.out``: :func:`nashr.convert.verse.glosses`) right under a
    line the verse rules read as verse is a line of that poem (``l`` with :attr:`Line.gloss`, its language:
    :func:`gloss_language`), as sure as the line it glosses. Run once verse is found, the flow whole again."""
    for i in sorted(lines):
        glossed = doc.prev(i)
        if glossed is None or doc.role(glossed) != "l" or doc.out[glossed].gloss is not None:
            continue
        doc.set(i, "l", GLOSS_RULE, cert=doc.out[glossed].cert,
                gloss=gloss_language(doc.out[i].text, doc.out[glossed].text))


def gloss_language(gloss: str, glossed: str) -> str:
    """The BCP 47 tag of ``gloss``, a line in Latin or Cyrillic script under the Persian line ``glossed``:
    ``fa-Latn`` or ``tg-Cyrl`` for its transliteration (:func:`transliterates`), ``und-Latn`` or ``und-Cyrl``
    for a translation, ``und`` in another script."""
    cyrillic, latin = len(CYRILLIC.findall(gloss)), len(LATIN.findall(gloss))
    if not cyrillic and not latin:
        return "und"
    script = "Cyrl" if cyrillic > latin else "Latn"
    if transliterates(gloss, glossed, _CYRILLIC if script == "Cyrl" else _LATIN):
        return "tg-Cyrl" if script == "Cyrl" else "fa-Latn"
    return f"und-{script}"


def transliterates(gloss: str, glossed: str, table: dict[str, str]) -> bool:
    """Whether the words of ``gloss`` open, in order, as the words of ``glossed`` do (their initials' families:
    :data:`INITIALS`, ``table``) for at least TRANSLITERATION_MIN_SHARE of the longer line's words (a longest
    common subsequence; a line has a few words, so its quadratic cost is bounded)."""
    source = [INITIALS.get(w[0], frozenset()) for w in _words(glossed)]
    target = [_family(w, table) for w in _words(gloss.lower())]
    if not source or not target:
        return False
    row = [0] * (len(target) + 1)
    for families in source:
        diagonal = 0
        for k, family in enumerate(target, 1):
            diagonal, row[k] = row[k], diagonal + 1 if family in families else max(row[k], row[k - 1])
    return row[-1] >= TRANSLITERATION_MIN_SHARE * max(len(source), len(target))


def _words(text: str) -> list[str]:
    """The words of ``text`` from their first letter (or the apostrophe that writes «ع»), without
    what stands before it (punctuation, a bracket); words without a letter left out."""
    return [word[m.start():] for word in text.split() if (m := _WORD_START.search(word))]


def _family(word: str, table: dict[str, str]) -> str:
    """The family of the letter (or digraph) that opens ``word`` in ``table``; '' for none."""
    return table.get(word[:2]) or table.get(word[:1], "")
