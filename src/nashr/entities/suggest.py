"""Growing the registers from the texts: ``nashr entities suggest`` and ``nashr entities accept``.

``suggest`` gathers every name the tagger finds in TEI texts that no register entry holds
(``persName``/``orgName``/``placeName`` without ``@ref``: the candidate rules' ``@cert="low"``
and the gazetteer's ``@cert="medium"`` places) and groups them across the whole edition by
kind and matching key (:func:`nashr.entities.normalize.name_key`: spellings that differ only in
ي/ی, ZWNJ, spaces … are one group; a family name alone joins the one person's full name it ends,
:func:`_family_names`). Each group becomes a :class:`Suggestion`: the most
frequent spelling as the preferred name, the others as variants, how often it occurs, and a
few contexts («…before [name] after…» with the file and block). It is written as a CSV table
(:func:`write_csv`) or as TEI register lists (:func:`tei_document`) for an editor to review.

``accept`` reads the reviewed table back (:func:`read_csv`, or TEI lists with
:func:`nashr.entities.registers.read_register`) and adds the entries to the register files
(:func:`accept`): rows marked ``no`` in the ``decision`` column (or deleted) are left out;
every entry gets a stable ``xml:id`` (``p-``/``o-``/``pl-`` + a transliteration of the preferred
name, made unique against the register), its variants, and an empty ``idno type="wikidata"``
for the editor to fill. Names the register already holds are not added twice.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from nashr.convert.reading import logical, pdf_traces
from nashr.entities.candidates.terms import COURT_TITLES
from nashr.entities.normalize import name_key
from nashr.entities.registers import KINDS, NAME_TAGS, Entry, Kind, Registers, register_document, write_register
from nashr.entities.retag import block_content, document_context, iter_blocks, recogniser_for
from nashr.entities.tagger import Tagger
from nashr.xmlinput import Document

CONTEXT_CHARS = 30
MAX_CONTEXTS = 3
COLUMNS = ("decision", "kind", "id", "name", "variants", "count", "contexts")
"""CSV columns; ``variants`` and ``contexts`` hold several values separated by `` | ``."""
SEPARATOR = " | "
REJECT = frozenset({"no", "n", "reject", "x", "نه"})


class TableError(ValueError):
    """A reviewed table is malformed (the message names the file and line)."""


@dataclass(slots=True)
class Suggestion:
    """One proposed register entry: its entry, how often the texts name it, where."""

    entry: Entry
    count: int
    contexts: list[str] = field(default_factory=list)


def _context(text: str, start: int, end: int, where: str) -> str:
    before = " ".join(text[max(0, start - CONTEXT_CHARS) : start].split())
    after = " ".join(text[end : end + CONTEXT_CHARS].split())
    return f"{where}: …{before} [{' '.join(text[start:end].split())}] {after}…"


def suggestions(documents: Iterable[Document], tagger: Tagger) -> list[Suggestion]:
    """Names without a register entry in parsed TEI documents, grouped, most frequent first.

    Each document is tagged block by block as ``nashr convert`` does (its date from
    ``creation/date``, later mentions linked within it; a line of verse and a signature block by
    their own rules: :func:`nashr.entities.retag.recogniser_for`).
    """
    spellings: dict[tuple[Kind, str], Counter[str]] = defaultdict(Counter)
    contexts: dict[tuple[Kind, str], list[str]] = defaultdict(list)
    for document in documents:
        recognise = tagger.document(document_context(document.tree))
        for block in iter_blocks(document.tree):
            try:
                text, _ = block_content(block)
            except ValueError:
                continue
            where = f"{document.path.name}#{block.get('{http://www.w3.org/XML/1998/namespace}id') or block.sourceline}"
            for span in recogniser_for(block, recognise)(text):
                if span.tag not in NAME_TAGS or "ref" in span.attrs:
                    continue
                name = text[span.start : span.end]
                # a PDF layer's name in presentation forms, with bidi controls: its logical reading
                name = " ".join((logical(name) if pdf_traces(name) else name).split())
                key = (NAME_TAGS[span.tag], name_key(name))
                spellings[key][name] += 1
                if len(contexts[key]) < MAX_CONTEXTS:
                    contexts[key].append(_context(text, span.start, span.end, where))
    full = _family_names(spellings)
    for short, whole in full.items():
        contexts[whole] = (contexts[whole] + contexts.pop(short))[:MAX_CONTEXTS]
    taken = set(tagger.registers.by_id())
    result: list[Suggestion] = []
    groups = {key: names for key, names in spellings.items() if key not in full}
    for short, whole in full.items():  # after the full name's own spellings: the full name stays preferred
        groups[whole] = Counter({**groups[whole], **spellings[short]})
    joined = set(full.values())
    ordered = sorted(groups.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    for key, names in ordered:
        kind = key[0]
        # The most frequent spelling is preferred; among equals, the first met (sorted is stable);
        # a family name alone joined to its full name (_family_names) comes after the full name's.
        short_forms = {name for name in names if " " not in name} if key in joined else set()
        preferred, *variants = [n for n, _ in sorted(names.items(), key=lambda kv: (kv[0] in short_forms, -kv[1]))]
        entry_id = unique_id(KINDS[kind].prefix + slug(preferred), taken)
        taken.add(entry_id)
        entry = Entry(entry_id, kind, preferred, tuple(variants), idnos=(("wikidata", ""),))
        result.append(Suggestion(entry, sum(names.values()), contexts[key]))
    return result


_LAQAB_ENDS = frozenset(map(name_key, COURT_TITLES))


def _short_name(name: str) -> bool:
    """True for a name a person is called by after a full mention: one word, or a court laqab of
    two («نجم السلطنه», :data:`nashr.entities.candidates.terms.COURT_TITLES`)."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and name_key(words[1]) in _LAQAB_ENDS)


def _ending(name: str, words: int) -> str:
    """The matching key of the last ``words`` words of ``name``."""
    return name_key(" ".join(name.split()[-words:]))


def _family_names(spellings: dict[tuple[Kind, str], Counter[str]]) -> dict[tuple[Kind, str], tuple[Kind, str]]:
    """Person groups named by one word, or by a court laqab (:func:`_short_name`), that ends exactly
    one person's longer name in the edition («خاشقجی» and «جمال خاشقجی», «ترامپ» and «دونالد ترامپ»,
    «نجم السلطنه» and «ملک تاج نجم السلطنه») → that longer name's group: the same person, as a text
    names him after a full mention (issue 13, «the same person mentioned later by surname only»). A
    surname that two longer names end with («رضایی» of «محمد رضایی» and «علی رضایی») stays its own
    group, for the editor to decide. One pass over the groups."""
    ends: dict[str, set[tuple[Kind, str]]] = defaultdict(set)
    for key, names in spellings.items():
        if key[0] == "person":
            for name in names:
                size = len(name.split())
                for words in (1, 2)[: size - 1]:
                    ends[_ending(name, words)].add(key)
    return {key: next(iter(ends[key[1]])) for key, names in spellings.items()
            if key[0] == "person" and all(_short_name(name) for name in names) and len(ends.get(key[1], ())) == 1}


def unique_id(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3`` … the first not in ``taken``."""
    n, value = 1, candidate
    while value in taken:
        n += 1
        value = f"{candidate}-{n}"
    return value


def write_csv(found: Iterable[Suggestion]) -> str:
    """The suggestions as a CSV table (:data:`COLUMNS`), ``decision`` empty for the editor."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in found:
        entry = item.entry
        writer.writerow(["", entry.kind, entry.id, entry.name, SEPARATOR.join(entry.variants),
                         item.count, SEPARATOR.join(item.contexts)])
    return out.getvalue()


def tei_document(found: Iterable[Suggestion]) -> bytes:
    """The suggestions as one TEI document with a ``listPerson``, ``listOrg`` and ``listPlace``
    (entries as in the registers, each with a note giving the count and contexts)."""
    items = list(found)
    root: etree._Element | None = None
    for kind in KINDS:
        entries = [
            Entry(i.entry.id, kind, i.entry.name, i.entry.variants, idnos=i.entry.idnos,
                  note=f"{i.count} × — {SEPARATOR.join(i.contexts)}")
            for i in items if i.entry.kind == kind
        ]
        tree = register_document(kind, entries).getroot()
        if root is None:
            root = tree
            continue
        body = root.find(".//{http://www.tei-c.org/ns/1.0}body")
        listing = tree.find(".//{http://www.tei-c.org/ns/1.0}body")
        assert body is not None and listing is not None
        body.extend(list(listing))
    assert root is not None
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def read_csv(path: Path) -> list[Entry]:
    """The accepted entries of a reviewed CSV table (rows not marked ``no``).

    Raises:
        TableError: a missing column, an unknown kind or an empty name.
    """
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"kind", "name"} - set(reader.fieldnames or ())
        if missing:
            raise TableError(f"{path}:1: missing column(s) {', '.join(sorted(missing))}")
        entries = []
        for number, row in enumerate(reader, start=2):
            if (row.get("decision") or "").strip().lower() in REJECT:
                continue
            kind, name = (row.get("kind") or "").strip(), " ".join((row.get("name") or "").split())
            if kind not in KINDS:
                raise TableError(f"{path}:{number}: kind must be person, org or place, not {kind!r}")
            if not name:
                raise TableError(f"{path}:{number}: empty name")
            variants = tuple(v.strip() for v in (row.get("variants") or "").split("|") if v.strip())
            entries.append(Entry((row.get("id") or "").strip(), kind, name, variants, idnos=(("wikidata", ""),)))  # type: ignore[arg-type]
    return entries


@dataclass(slots=True)
class Accepted:
    """What :func:`accept` did: entries added per kind, names the registers already held."""

    added: list[Entry] = field(default_factory=list)
    known: list[str] = field(default_factory=list)


def accept(entries: Iterable[Entry], registers: Registers, directory: Path) -> Accepted:
    """Add ``entries`` to the register files in ``directory`` (written atomically).

    An entry whose name or a variant already matches a register name is reported in
    ``known`` and not added; ids are made unique (an entry without one gets a transliteration
    of its name).
    """
    keys = {name_key(n) for e in registers.entries for n in e.names}
    taken = set(registers.by_id())
    report = Accepted()
    for entry in entries:
        names = {name_key(n) for n in entry.names}
        if names & keys:
            report.known.append(entry.name)
            continue
        prefix = KINDS[entry.kind].prefix
        wanted = entry.id if entry.id.startswith(prefix) else prefix + slug(entry.name)
        entry_id = unique_id(wanted, taken)
        taken.add(entry_id)
        keys |= names
        idnos = entry.idnos if any(t == "wikidata" for t, _ in entry.idnos) else (*entry.idnos, ("wikidata", ""))
        report.added.append(Entry(entry_id, entry.kind, entry.name, entry.variants, entry.latin, idnos, entry.note))
    for kind, spec in KINDS.items():
        new = [e for e in report.added if e.kind == kind]
        if new:
            write_register(directory / spec.filename, kind, [*registers.of_kind(kind), *new])
    return report


_LATIN = dict(
    zip(
        "اآأإبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكئؤةۀء",
        "a a a e b p t s j ch h kh d z r z zh s sh s z t z _ gh f q k g l m n v h i i k i o h h _"
        .split(),
        strict=True,
    )
)


def slug(name: str) -> str:
    """A rough ASCII id for a Persian name («سارا نیکپور» → ``sara-nikpvr``); editors refine it."""
    words = []
    for word in name.replace("\u200c", " ").split():
        latin = "".join(_LATIN.get(c, c if c.isascii() and c.isalnum() else "") for c in word)
        latin = latin.replace("_", "")
        if latin:
            words.append(latin.lower())
    return "-".join(words) or "name"
