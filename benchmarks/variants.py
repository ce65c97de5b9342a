#!/usr/bin/env python3
"""The same text in a user's other forms gets the same TEI (issues 12 and 14): metamorphic testing.

Users bring one kind of text in many forms: Windows-1256 with CRLF, UTF-16 with or without a
byte-order mark, Arabic ي/ك, no ZWNJ, NBSP for spaces, tatweel, other digits, a PDF text layer,
hard-wrapping, trailing white space, blank lines doubled or removed. The roles and entities nashr
gives a text should not depend on the form. For every text of tests/data/corpus/ and each
transformation T (:data:`TRANSFORMS`, each a small function on a :class:`Variant`; a few combined),
this converts the original and T(original) as ``nashr convert`` does (tests/entity_scoring.py:
structure, the document's date, the tagger) and compares them line by line through the line map T
gives (:attr:`Variant.origin`: a wrapped line's pieces map to the line they were cut from; an added
blank line to none). Per T it reports:

* ``texts``: texts T changed (the others are left out of every count); ``n/w``: texts the
  encoding cannot hold (Windows-1256 has no «ۀ», hamza above, bidi controls …); ``refused``: variants
  ``read_source`` or the converter refused; ``unfaithful``: variants whose TEI does not give back
  T(original) (the converter's fidelity check, :mod:`nashr.convert.fidelity`, or a decoding that is
  not T's text); ``invalid``: TEI that nashr.rng rejects;
* ``roles``: non-blank original lines whose role changed (a wrapped line: its first piece's role, and
  a later piece neither the same role nor ``p+``/``item+``);
* ``gained``/``lost``: entity mentions, by kind (person, org, place, date), compared as (kind, original
  line, the mention's letters read through :func:`nashr.convert.reading.plain` and
  :func:`nashr.entities.normalize.compact`); ``when``: mentions in both whose ``@when``/``@from``/``@to``
  differ;
* ``role acc`` and ``entity F1``: against the hand-made roles.tsv and entities.tsv, of the original
  and of the variant (the hand-made mentions compared the same way).

Usage (repository root)::

    uv run python benchmarks/variants.py [--only T ...] [--texts NAME ...] [--errors]

``--errors`` prints every changed line and mention. Measured on the 227 texts (2 December 2026),
main before round 13 (89b18f2) → after its fixes: line ends, byte-order marks, trailing white
space, digits: nothing changes; UTF-16 without a mark refused 3 texts → 0 (and a Markdown page in
Windows-1256, 2 → 0); NBSP for spaces changed 155 of 3108 lines and lost 13 org names → 35 lines
(Markdown, whose markers CommonMark defines with a space) and none; tatweel lost 179 dates and
changed 6 @when → 0 and 0 (entity F1 0.795 → 0.841, the original's 0.842); Kurdish ە 3 lines →
0, Arabic ي/ك 1 → 0; a PDF layer's presentation forms lost 5 places → 0. Left: a PDF layer's
verse and formula rules (pdf-forms 115, pdf-bidi 228 lines: a PDF's short lines read as broken
prose), visual-order punctuation without other PDF traces (296), re-wrapping (485) and blank lines
doubled or removed (111, 304), where the line structure itself says something else.
tests/test_variants.py holds a dozen texts to it.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import functools
import re
import sys
import tempfile
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from nashr.convert.converter import _nashr_grammar
from nashr.convert.fidelity import check_fidelity
from nashr.convert.reading import plain
from nashr.convert.sources import SourceError, read_source
from nashr.entities.evaluate import KINDS, Mention, read_annotations, tei_mentions
from nashr.entities.normalize import compact
from nashr.entities.tagger import Tagger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from entity_scoring import CORPUS, convert  # noqa: E402

ZWNJ = "\u200c"
NBSP = "\u00a0"
TATWEEL = "\u0640"


@dataclasses.dataclass(frozen=True)
class Variant:
    """A text as lines, with how each line maps to the original and how it is written to bytes.

    Attributes:
        lines: the lines, without line ends.
        origin: for each line, the 1-based number of the original line it comes from; 0 for a line
            T added (a blank line).
        eol: the line end written after every line.
        encoding: the Python codec the file is written in.
        bom: whether a byte-order mark is written first.
    """

    lines: tuple[str, ...]
    origin: tuple[int, ...]
    eol: str = "\n"
    encoding: str = "utf-8"
    bom: bool = False

    @property
    def text(self) -> str:
        """The decoded text nashr should read back (no BOM)."""
        return "".join(line + self.eol for line in self.lines)

    def data(self) -> bytes:
        """The file's bytes. Raises UnicodeEncodeError when the encoding cannot hold the text."""
        mark = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
        return (mark[self.encoding] if self.bom else b"") + self.text.encode(self.encoding)


Transform = Callable[[Variant], Variant]


def each_line(change: Callable[[str], str]) -> Transform:
    """A transformation that changes every line by itself (the line map is kept)."""
    def transform(variant: Variant) -> Variant:
        return dataclasses.replace(variant, lines=tuple(map(change, variant.lines)))
    transform.__doc__ = change.__doc__
    return transform


def arabic_letters(line: str) -> str:
    """Persian ی/ک typed as Arabic ي/ك (an Arabic keyboard, Windows-1256 files)."""
    return line.replace("ی", "ي").replace("ک", "ك")


_FINAL_HE = re.compile(r"ه(?![\u0620-\u064a\u066e-\u06d3\u06d5])")


def kurdish_he(line: str) -> str:
    """A word-final ه typed as Kurdish ە (U+06D5), as Kurdish and some Sorani layouts type it."""
    return _FINAL_HE.sub("ە", line)


def zwnj_space(line: str) -> str:
    """ZWNJ typed as a space («می‌رود» → «می رود»)."""
    return line.replace(ZWNJ, " ")


def zwnj_none(line: str) -> str:
    """ZWNJ left out («می‌رود» → «میرود»)."""
    return line.replace(ZWNJ, "")


def nbsp(line: str) -> str:
    """Every space a no-break space (U+00A0), as word processors and web pages leave them."""
    return line.replace(" ", NBSP)


# Letters drawn joined to the next one: the dual-joining letters, those with an initial form among
# the presentation forms (Unicode Standard §9.2).
_WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d3]{4,}")


def tatweel(line: str) -> str:
    """A tatweel (U+0640) after the first letter of every word of four letters or more whose first
    letter joins the next («کشیده» → «کـشیده»), as display titles and verse pages stretch words."""
    joins_next = _shapes()[1]
    return _WORD.sub(lambda m: m[0][0] + TATWEEL + m[0][1:] if m[0][0] in joins_next else m[0], line)


def digits_arabic(line: str) -> str:
    """Persian digits ۰–۹ as Arabic-Indic ٠–٩ (an Arabic keyboard or locale)."""
    return line.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"))


def digits_ascii(line: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits (a Latin keyboard, Windows-1256 files)."""
    return line.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2))


@functools.cache
def _shapes() -> tuple[dict[tuple[str, str], str], frozenset[str]]:
    """(letter, form) → presentation form (ISOLATED, INITIAL, MEDIAL, FINAL), from the Unicode
    names of U+FB50–U+FDFF and U+FE70–U+FEFC; and the letters that have an initial form."""
    table: dict[tuple[str, str], str] = {}
    for code in [*range(0xFE70, 0xFEFD), *range(0xFB50, 0xFE00)]:
        char = chr(code)
        name = unicodedata.name(char, "")
        base = unicodedata.normalize("NFKC", char)
        if name.endswith(" FORM") and name.startswith(("ARABIC LETTER", "ARABIC LIGATURE LAM WITH ALEF")):
            table.setdefault((base, name.rsplit(" ", 2)[-2]), char)
    return table, frozenset(base for base, form in table if form == "INITIAL" and len(base) == 1)


def _shape(line: str) -> str:
    table, joins_next = _shapes()
    joins = joins_next | {TATWEEL}
    out = []
    i = 0
    while i < len(line):
        pair = line[i : i + 2]
        letter = pair if pair in ("لا", "لآ", "لأ", "لإ") else line[i]
        after = line[i + len(letter) : i + len(letter) + 1]
        before = line[i - 1 : i] if i else ""
        joined_before = before in joins
        joined_after = letter in joins_next and bool(after) and (after in joins or (after, "FINAL") in table)
        form = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}.get(
            (joined_before, joined_after), "ISOLATED")
        if (letter, form) not in table and form == "MEDIAL":
            form = "FINAL"
        out.append(table.get((letter, form), letter))
        i += len(letter)
    return "".join(out)


def presentation_forms(line: str) -> str:
    """Letters as Arabic Presentation Forms (U+FB50–U+FDFF, U+FE70–U+FEFC) in logical order, the
    lam-alef ligatures included: what pdftotext gives for many PDFs."""
    return _shape(line)


def bidi_embedding(line: str) -> str:
    """A non-blank line between RIGHT-TO-LEFT EMBEDDING (U+202B) and POP DIRECTIONAL FORMATTING
    (U+202C), as PDF text layers and some word processors' exports put them; a form feed that
    starts a page stays first (pdftotext writes it before the page's first line)."""
    page = line[: len(line) - len(line.lstrip("\f"))]
    return f"{page}\u202b{line[len(page):]}\u202c" if line.strip() else line


_FINAL_PUNCT = re.compile(r"^(?P<text>.*?[\u0600-\u06ff][^.:!؟،؛]*?)(?P<punct>[.:!؟،؛]+)(?P<space>\s*)$")


def visual_punctuation(line: str) -> str:
    """A line's final sentence punctuation at its start, as visual-order PDF extraction leaves it
    («این جمله است.» → «.این جمله است»)."""
    m = _FINAL_PUNCT.match(line)
    return m["punct"][::-1] + m["text"] + m["space"] if m else line


def trailing_space(line: str) -> str:
    """Two spaces and a tab after every line, as editors and exports leave them."""
    return line + "  \t"


def wrap70(variant: Variant) -> Variant:
    """Lines longer than 70 characters hard-wrapped at spaces to at most 70 (Python's textwrap,
    words never broken), each piece mapped to the line it was cut from."""
    lines: list[str] = []
    origin: list[int] = []
    for line, n in zip(variant.lines, variant.origin, strict=True):
        pieces = textwrap.wrap(line, 70, break_long_words=False, break_on_hyphens=False) if len(line) > 70 else [line]
        lines += pieces or [line]
        origin += [n] * len(pieces or [line])
    return dataclasses.replace(variant, lines=tuple(lines), origin=tuple(origin))


def blank_doubled(variant: Variant) -> Variant:
    """Every blank line doubled."""
    lines: list[str] = []
    origin: list[int] = []
    for line, n in zip(variant.lines, variant.origin, strict=True):
        lines.append(line)
        origin.append(n)
        if not line.strip():
            lines.append("")
            origin.append(0)
    return dataclasses.replace(variant, lines=tuple(lines), origin=tuple(origin))


def blank_removed(variant: Variant) -> Variant:
    """Every blank line removed."""
    kept = [(line, n) for line, n in zip(variant.lines, variant.origin, strict=True) if line.strip()]
    return dataclasses.replace(variant, lines=tuple(line for line, _ in kept), origin=tuple(n for _, n in kept))


def written(eol: str = "\n", encoding: str = "utf-8", bom: bool = False) -> Transform:
    """Written with another line end, encoding or byte-order mark."""
    def transform(variant: Variant) -> Variant:
        return dataclasses.replace(variant, eol=eol, encoding=encoding, bom=bom)
    return transform


def windows_1256(variant: Variant) -> Variant:
    """Windows-1256 with CRLF, as Persian files of Windows editors circulate: the code page has no
    Persian ی nor Persian or Arabic-Indic digits, so ی is written ي and digits ASCII."""
    lines = [digits_ascii(line.replace("ی", "ي")) for line in variant.lines]
    return dataclasses.replace(variant, lines=tuple(lines), eol="\r\n", encoding="cp1256")


def chain(*steps: Transform) -> Transform:
    """The transformations one after the other."""
    return functools.reduce(lambda f, g: lambda v: g(f(v)), steps)


TRANSFORMS: dict[str, Transform] = {
    "crlf": written("\r\n"),
    "cr": written("\r"),
    "utf8-bom": written(bom=True),
    "utf16le-bom": written(encoding="utf-16-le", bom=True),
    "utf16be-bom": written(encoding="utf-16-be", bom=True),
    "utf16le": written(encoding="utf-16-le"),
    "utf16be": written(encoding="utf-16-be"),
    "cp1256-crlf": windows_1256,
    "arabic-yk": each_line(arabic_letters),
    "kurdish-he": each_line(kurdish_he),
    "zwnj-space": each_line(zwnj_space),
    "zwnj-none": each_line(zwnj_none),
    "nbsp": each_line(nbsp),
    "tatweel": each_line(tatweel),
    "digits-arabic": each_line(digits_arabic),
    "digits-ascii": each_line(digits_ascii),
    "pdf-forms": each_line(presentation_forms),
    "pdf-bidi": each_line(bidi_embedding),
    "pdf-visual": each_line(visual_punctuation),
    "pdf-layer": chain(each_line(visual_punctuation), each_line(presentation_forms), each_line(bidi_embedding)),
    "wrap70": wrap70,
    "trailing": each_line(trailing_space),
    "blank-doubled": blank_doubled,
    "blank-removed": blank_removed,
    "typist": chain(each_line(zwnj_space), each_line(arabic_letters), each_line(digits_arabic), each_line(nbsp)),
    "windows-wrapped": chain(wrap70, each_line(trailing_space), windows_1256),
}
"""Each transformation, by the name the report gives it."""


def original(text: str) -> Variant:
    """The decoded original as a variant with the identity line map, LF line ends and UTF-8."""
    lines = read_lines(text)
    return Variant(tuple(lines), tuple(range(1, len(lines) + 1)))


def read_lines(text: str) -> list[str]:
    """Lines as nashr splits them (:attr:`nashr.convert.sources.Source.lines`)."""
    return re.split("\r\n|\r|\n", text.removesuffix("\r\n").removesuffix("\n").removesuffix("\r"))


def mention_key(mention: Mention, line_of: Callable[[int], int]) -> tuple[str, int, str]:
    """(kind, original line, letters) of a mention: the comparison key across forms."""
    return mention.kind, line_of(mention.start), compact(plain(mention.text))


def line_finder(text: str, origin: tuple[int, ...]) -> Callable[[int], int]:
    """Non-whitespace offset → the original line number of the line it falls in."""
    ends = []
    total = 0
    for line in read_lines(text):
        total += len("".join(line.split()))
        ends.append(total)
    return lambda offset: origin[min(bisect.bisect_right(ends, offset), len(origin) - 1)]


@dataclasses.dataclass
class Outcome:
    """One text in one form: its roles by line and its mentions by key (values of each)."""

    roles: dict[int, list[str]]
    mentions: dict[tuple[str, int, str], list[tuple[tuple[str, str], ...]]]
    problem: str = ""


def run(path: Path, variant: Variant, tagger: Tagger) -> Outcome:
    """Convert the file at ``path`` (holding ``variant``) and read back its roles and mentions."""
    from nashr.convert.structure import analyse

    try:
        source, tree = convert(path, tagger)
    except SourceError as exc:
        return Outcome({}, {}, f"refused: {exc}")
    except Exception as exc:  # a crash is reported with the text, not raised: the run goes on
        return Outcome({}, {}, f"refused: {type(exc).__name__} {exc}")
    roles: dict[int, list[str]] = defaultdict(list)
    for line in analyse(source.lines).lines:
        n = variant.origin[line.n - 1] if line.n <= len(variant.origin) else 0
        if n and line.role != "blank":
            roles[n].append(line.role)
    line_of = line_finder(source.text, variant.origin)
    mentions: dict[tuple[str, int, str], list[tuple[tuple[str, str], ...]]] = defaultdict(list)
    for mention in tei_mentions(tree):
        mentions[mention_key(mention, line_of)].append(mention.values)
    problem = ""
    if source.text != variant.text:
        problem = "unfaithful: decoded differently from T's text"
    elif (difference := check_fidelity(source.text, tree)) is not None:
        problem = f"unfaithful: {difference}"
    elif errors := _nashr_grammar().check(tree):
        problem = f"invalid: {errors[0].message}"
    return Outcome(dict(roles), dict(mentions), problem)


@dataclasses.dataclass
class Tally:
    """The counts of one transformation over the collection."""

    texts: int = 0
    unwritable: int = 0
    refused: int = 0
    unfaithful: int = 0
    invalid: int = 0
    lines: int = 0
    roles_changed: int = 0
    gained: Counter[str] = dataclasses.field(default_factory=Counter)
    lost: Counter[str] = dataclasses.field(default_factory=Counter)
    when: int = 0
    gold_lines: int = 0
    right: list[int] = dataclasses.field(default_factory=lambda: [0, 0])  # original, variant
    gold_mentions: int = 0
    found: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    hits: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    errors: list[str] = dataclasses.field(default_factory=list)

    def row(self, name: str) -> str:
        def f1(i: int) -> float:
            p = self.hits[i] / self.found[i] if self.found[i] else 1.0
            r = self.hits[i] / self.gold_mentions if self.gold_mentions else 1.0
            return 2 * p * r / (p + r) if p + r else 0.0

        def kinds(counts: Counter[str]) -> str:
            return "/".join(str(counts[k]) for k in KINDS)

        acc = [right / max(self.gold_lines, 1) for right in self.right]
        return (f"{name:<16}{self.texts:>5}{self.unwritable:>5}{self.refused:>5}{self.unfaithful:>5}{self.invalid:>5}"
                f"{self.roles_changed:>6}/{self.lines:<6}{kinds(self.gained):>13}{kinds(self.lost):>13}{self.when:>5}"
                f"{acc[0]:>8.1%}{acc[1]:>7.1%}{f1(0):>8.3f}{f1(1):>7.3f}")


HEADER = (f"{'T':<16}{'texts':>5}{'n/w':>5}{'ref':>5}{'unf':>5}{'inv':>5}{'roles changed':>13}"
          f"{'gained p/o/l/d':>15}{'lost p/o/l/d':>13}{'when':>5}{'role acc orig/T':>16}{'entity F1 o/T':>14}")


def hand_roles(folder: Path) -> dict[int, str]:
    """Line number → role from roles.tsv."""
    rows = (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
    return {int(cells[0]): cells[1] for cells in (row.split("\t") for row in rows) if cells[0].isdigit()}


def gold_keys(folder: Path, text: str) -> Counter[tuple[str, int, str]]:
    """The hand-made mentions of ``folder`` (none without entities.tsv) by :func:`mention_key`."""
    if not (folder / "entities.tsv").exists():
        return Counter()
    lines = read_lines(text)
    line_of = line_finder(text, tuple(range(1, len(lines) + 1)))
    return Counter(mention_key(m, line_of) for m in read_annotations(folder / "entities.tsv", text))


def compare(name: str, folder: Path, base: Outcome, other: Outcome, gold: Counter[tuple[str, int, str]],
            tally: Tally) -> None:
    """Add one text's original and variant to ``tally``."""
    tally.texts += 1
    if other.problem:
        kind = other.problem.split(":")[0]
        setattr(tally, kind, getattr(tally, kind) + 1)
        tally.errors.append(f"{name} {folder.name}: {other.problem[:200]}")
        if kind == "refused":
            return
    wanted = hand_roles(folder)
    for n, roles in base.roles.items():
        tally.lines += 1
        found = other.roles.get(n, [])
        if not found or found[0] != roles[0] or any(r not in (roles[0], "p+", "item+") for r in found[1:]):
            tally.roles_changed += 1
            tally.errors.append(f"{name} {folder.name}:{n}: role {roles[0]} → {' '.join(found) or 'none'}")
        if n in wanted:
            tally.gold_lines += 1
            tally.right[0] += roles[0] == wanted[n]
            tally.right[1] += bool(found) and found[0] == wanted[n]
    base_keys = Counter({k: len(v) for k, v in base.mentions.items()})
    other_keys = Counter({k: len(v) for k, v in other.mentions.items()})
    for key, count in (other_keys - base_keys).items():
        tally.gained[key[0]] += count
        tally.errors.append(f"{name} {folder.name}:{key[1]}: gained {key[0]} «{key[2]}»")
    for key, count in (base_keys - other_keys).items():
        tally.lost[key[0]] += count
        tally.errors.append(f"{name} {folder.name}:{key[1]}: lost {key[0]} «{key[2]}»")
    for key, values in base.mentions.items():
        if key in other.mentions and sorted(values) != sorted(other.mentions[key]):
            tally.when += 1
            tally.errors.append(f"{name} {folder.name}:{key[1]}: {key[2]} {values} → {other.mentions[key]}")
    if gold:
        tally.gold_mentions += sum(gold.values())
        for i, keys in enumerate((base_keys, other_keys)):
            tally.found[i] += sum(keys.values())
            tally.hits[i] += sum((keys & gold).values())


def measure(names: list[str], folders: list[Path]) -> dict[str, Tally]:
    """Convert every text of ``folders`` in its original form and in each form of ``names``."""
    tagger = Tagger.from_registers(ROOT / "tei" / "registers")
    tallies = {name: Tally() for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "source.txt"
        for folder in folders:
            text = read_source(folder / "source.txt").text
            start = original(text)
            work.write_bytes(start.data())
            base = run(work, start, tagger)
            gold = gold_keys(folder, text)
            for name in names:
                variant = TRANSFORMS[name](start)
                try:
                    data = variant.data()
                except UnicodeEncodeError as exc:
                    tallies[name].unwritable += 1
                    tallies[name].errors.append(f"{name} {folder.name}: not written: {exc.object[exc.start]!r}")
                    continue
                if data == start.data():
                    continue
                work.write_bytes(data)
                compare(name, folder, base, run(work, variant, tagger), gold, tallies[name])
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=list(TRANSFORMS), default=list(TRANSFORMS))
    parser.add_argument("--texts", nargs="+", help="folder names of tests/data/corpus (default: all)")
    parser.add_argument("--errors", action="store_true", help="print every changed line and mention")
    args = parser.parse_args()
    folders = sorted(p for p in CORPUS.iterdir() if (p / "roles.tsv").exists())
    if args.texts:
        folders = [f for f in folders if f.name in args.texts]
    tallies = measure(args.only, folders)
    print(f"{len(folders)} texts of tests/data/corpus\n{HEADER}")
    for name, tally in tallies.items():
        print(tally.row(name))
    if args.errors:
        for tally in tallies.values():
            print(*tally.errors, sep="\n")


if __name__ == "__main__":
    main()
