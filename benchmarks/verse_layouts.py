#!/usr/bin/env python3
"""The collection's verse in layouts its sites did not use (issue 12: verse on sites nashr has never seen).

Blogs and poetry sites set one poem in many ways: a hemistich a line or a bayt a line, the
hemistichs parted by a tab, spaces, « / » or « *** », a blank line after every line or none,
words stretched with kashida. Each verse page of tests/data/corpus (at least MIN_LINES hand-made
``l`` lines, nashr right on VERSE_RIGHT of them as the page is) is written again in each layout,
its words unchanged; the lines nashr read as verse on the page are counted again:

* ``kashida``: the longest word of every verse line stretched by five tatweels after a joining letter;
* ``spaced``: a blank line after every line of verse (a stanza's end then says nothing);
* ``packed``: no blank line between two lines of verse;
* ``join-tab``, ``join-spaces``, ``join-slash``, ``join-stars``: a poem written a hemistich a line
  (nashr's ``hemistich`` 1 then 2) written a bayt a line, the hemistichs parted by a tab, five
  spaces, « / » or « *** »;
* ``join-dots``, ``join-star``, ``join-space``, ``join-glued``: as ``join-*``, the hemistichs parted by a
  run of dots (« ...... »), one asterisk (« * ») or one space (a poem copied without its layout), or by
  nothing (glued: the last word of the first hemistich runs into the first of the second, as shaer.ir's
  ghazals are copied, «… یار خوشترنگار اندر …»);
* ``punctuated``: a poem written a hemistich a line with a comma after each first hemistich and a
  full stop after each second (as Tajik editions in Cyrillic punctuate verse: «… нагирам, / …
  пазирам.»);
* ``harakat``: a kasra on every other word of the verse lines (a reader's edition marks the ezafe);
* ``split``: a poem written a bayt a line (nashr's ``split``) written a hemistich a line;
* ``arabic``: the verse lines with Arabic yeh and kaf (ي, ك) for Persian ی, ک (an Arabic keyboard);
* ``numbered``, ``numbered-bayts``: each bayt numbered in Persian digits («۱. », «۲. » …) before
  its first hemistich (a poem written a hemistich a line) or before the bayt (a bayt a line);
* ``gloss-latin``, ``gloss-cyrillic``: a line in another script after each verse line, its letters
  transliterated one by one (:func:`transliterated`: as a bilingual blog writes a poem's
  transliteration or translation under each bayt, a Tajik blog its Cyrillic under each hemistich);
* ``blog-labels``: a blog's date line and label line under every third verse line (a poem among a
  blog calendar's cells);
* ``one-line``: a poem's first ONE_LINE_BAYTS bayts (written a hemistich a line or a bayt a line, one
  after the other with nothing but blank lines between) on one line, parted by a space (a page whose
  line breaks were lost in copying); every verse line of them counts as the one line.

Usage (from the repository root)::

    uv run python benchmarks/verse_layouts.py            # lines kept per layout
    uv run python benchmarks/verse_layouts.py --texts    # and the pages that lose lines in each

Deterministic; no layout is random. Numbered hemistichs joined into one line (a number inside a
bayt) are no layout a site uses: such pages lose lines in ``join-*`` and ``split`` by design.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from nashr.convert.document import Line
from nashr.convert.sources import read_source
from nashr.convert.structure import classify

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from structure_lopo import folders, hand_roles  # noqa: E402

MIN_LINES = 6
VERSE_RIGHT = 0.9
JOINING = set("بپتثجچحخسشصضطظعغفقکگلمنهیئكي")
KASHIDA = "\u0640" * 5
KASRA = "\u0650"
SEPARATORS = {"join-tab": "\t", "join-spaces": " " * 5, "join-slash": " / ", "join-stars": " *** ",
              "join-dots": " ...... ", "join-star": " * ", "join-space": " ", "join-glued": ""}
ARABIC = str.maketrans("یک", "يك")
# Persian letters one by one in Latin and in Tajik Cyrillic (the short vowels, unwritten, left out: a
# gloss line in another script, not a faithful transliteration).
PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ"
TO_LATIN = str.maketrans(dict(zip(PERSIAN_LETTERS, [
    "a", "b", "p", "t", "s", "j", "ch", "h", "kh", "d", "z", "r", "z", "zh", "s", "sh", "s", "z", "t", "z", "'", "gh",
    "f", "q", "k", "g", "l", "m", "n", "v", "h", "y", "a"], strict=True)))
TO_CYRILLIC = str.maketrans(dict(zip(PERSIAN_LETTERS, [
    "о", "б", "п", "т", "с", "ҷ", "ч", "ҳ", "х", "д", "з", "р", "з", "ж", "с", "ш", "с", "з", "т", "з", "ъ", "ғ",
    "ф", "қ", "к", "г", "л", "м", "н", "в", "ҳ", "й", "о"], strict=True)))
BLOG_LABELS = ["۱۲ مهر ۱۳۹۰", "برچسب‌ها: شعر"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ONE_LINE_BAYTS = 8

Layout = tuple[list[str], dict[int, int]]  # the lines, and each verse line's number → its line there


def stretched(line: str) -> str:
    """``line`` with its longest word drawn out by KASHIDA after its first joining letter."""
    words = line.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    word = words[k]
    at = next((p for p in range(1, len(word) - 1) if word[p - 1] in JOINING), None)
    if at is not None:
        words[k] = word[:at] + KASHIDA + word[at:]
    return " ".join(words)


def voweled(line: str) -> str:
    """``line`` with a kasra (U+0650, the ezafe a reader's edition marks) on the last letter of every
    other word, a word's end that is a letter."""
    words = line.split(" ")
    return " ".join(w + KASRA if k % 2 and w[-1:].isalpha() else w for k, w in enumerate(words))


def transliterated(line: str, table: dict[int, str]) -> str:
    """``line`` with its Persian letters in another script (``TO_LATIN``, ``TO_CYRILLIC``), ZWNJ a space."""
    return line.strip().replace("\u200c", " ").translate(table)


def rewritten(lines: list[str], verse: set[int], change: Callable[[int, str], list[str]]) -> Layout:
    """``lines`` with each line ``n`` replaced by ``change(n, line)`` (blank lines too); each verse
    line's number → its first line in the result (1-based)."""
    out: list[str] = []
    where: dict[int, int] = {}
    for n, line in enumerate(lines, 1):
        if n in verse:
            where[n] = len(out) + 1
        out += change(n, line)
    return out, where


def one_line(lines: list[str], verse: set[int], bayts: list[list[int]]) -> Layout | None:
    """``lines`` with the first ONE_LINE_BAYTS of ``bayts`` (each its lines' numbers, in order) on the
    line of the first, parted by a space; None when the page has fewer in a row (a line that is not
    blank between two)."""
    run = bayts[:1]
    for bayt in bayts[1:ONE_LINE_BAYTS]:
        if any(lines[m - 1].strip() for m in range(run[-1][-1] + 1, bayt[0])):
            break
        run.append(bayt)
    if len(run) < ONE_LINE_BAYTS:
        return None
    taken = [n for bayt in run for n in bayt]
    first, last = taken[0], taken[-1]
    text = " ".join(lines[n - 1].strip() for n in taken)
    out, where = rewritten(lines, verse, lambda n, line: [text] if n == first else [] if first < n <= last else [line])
    return out, where | {n: where[first] for n in taken}


def layouts(lines: list[str], verse: set[int], found: list[Line]) -> dict[str, Layout]:
    """The page in each layout that fits it (see the module docstring)."""
    content = [n for n, line in enumerate(lines, 1) if line.strip()]
    after = dict(zip(content, content[1:], strict=False))
    blank_between = {m for a, b in after.items() if a in verse and b in verse for m in range(a + 1, b)}
    result = {
        "kashida": rewritten(lines, verse, lambda n, line: [stretched(line) if n in verse else line]),
        "spaced": rewritten(lines, verse, lambda n, line: [line, ""] if n in verse and n + 1 in after.values()
                            and after.get(n) == n + 1 else [line]),
        "packed": rewritten(lines, verse, lambda n, line: [] if n in blank_between else [line]),
        "harakat": rewritten(lines, verse, lambda n, line: [voweled(line) if n in verse else line]),
        "arabic": rewritten(lines, verse, lambda n, line: [line.translate(ARABIC) if n in verse else line]),
        "gloss-latin": rewritten(lines, verse, lambda n, line: [line, transliterated(line, TO_LATIN)] if n in verse
                                 else [line]),
        "gloss-cyrillic": rewritten(lines, verse, lambda n, line: [line, transliterated(line, TO_CYRILLIC)]
                                    if n in verse else [line]),
        "blog-labels": rewritten(lines, verse, lambda n, line: [line, *BLOG_LABELS] if n in verse and n % 3 == 0
                                 else [line]),
    }
    hemistich = {line.n: line.hemistich for line in found if line.n in verse and line.hemistich}
    pairs = {n: after[n] for n, h in hemistich.items() if h == 1 and hemistich.get(after.get(n, 0)) == 2}
    if len(pairs) * 2 >= max(4, VERSE_RIGHT * len(verse)):
        seconds = {m: n for n, m in pairs.items()}
        for name, sep in SEPARATORS.items():
            out, where = rewritten(lines, verse, lambda n, line, sep=sep: (
                [line.strip() + sep + lines[pairs[n] - 1].strip()] if n in pairs
                else [] if n in seconds or any(n in range(a + 1, b) for a, b in pairs.items()) else [line]))
            result[name] = (out, where | {m: where[n] for m, n in seconds.items()})
        result["punctuated"] = rewritten(lines, verse, lambda n, line: (
            [line.rstrip() + "،"] if n in pairs else [line.rstrip() + "."] if n in seconds else [line]))
        number = {n: k for k, n in enumerate(sorted(pairs), 1)}
        result["numbered"] = rewritten(lines, verse, lambda n, line: (
            [f"{number[n]}. ".translate(PERSIAN_DIGITS) + line.strip()] if n in number else [line]))
        if layout := one_line(lines, verse, [[n, m] for n, m in sorted(pairs.items())]):
            result["one-line"] = layout
    cuts = {line.n: line.split for line in found if line.n in verse and line.split}
    if len(cuts) >= max(3, VERSE_RIGHT * len(verse)):
        result["split"] = rewritten(lines, verse, lambda n, line: (
            [line[: cuts[n][0]].rstrip(), line[cuts[n][1] :].strip()] if n in cuts else [line]))
        number = {n: k for k, n in enumerate(sorted(cuts), 1)}
        result["numbered-bayts"] = rewritten(lines, verse, lambda n, line: (
            [f"{number[n]}. ".translate(PERSIAN_DIGITS) + line.strip()] if n in number else [line]))
        if "one-line" not in result and (layout := one_line(lines, verse, [[n] for n in sorted(cuts)])):
            result["one-line"] = layout
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", action="store_true", help="name the pages that lose lines in each layout")
    args = ap.parse_args()
    kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    losing: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for folder in folders():
        hand = hand_roles(folder)
        verse = {n for n, role in hand.items() if role == "l"}
        if len(verse) < MIN_LINES:
            continue
        lines = read_source(folder / "source.txt").lines
        found = classify(lines)
        right = {line.n for line in found if line.role == "l" and line.n in verse}
        if len(right) < VERSE_RIGHT * len(verse):
            continue
        for name, (out, where) in layouts(lines, right, found).items():
            roles = {line.n: line.role for line in classify(out)}
            ok = sum(1 for n in right if roles.get(where[n]) == "l")
            kept[name][0] += ok
            kept[name][1] += len(right)
            if ok < len(right):
                losing[name].append((folder.name, len(right) - ok, len(right)))
    for name, (ok, total) in kept.items():
        print(f"{name:12} {ok:5} of {total:5} verse lines kept ({ok / total:.1%}); "
              f"pages losing lines: {len(losing[name])}")
    if args.texts:
        for name, pages in losing.items():
            print(f"\n{name}")
            for page, lost, total in sorted(pages, key=lambda p: (-p[1], p[0])):
                print(f"  {page}: {lost} of {total}")


if __name__ == "__main__":
    main()
