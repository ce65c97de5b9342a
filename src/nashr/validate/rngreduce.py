"""A RELAX NG grammar reduced to the element names one document uses, compiled in milliseconds
instead of the ~10 s libxml2 needs for the whole of tei_all.

Why the verdict is the same. A document matches a RELAX NG pattern through a derivation in which
every ``element`` pattern that is used matches an element of the document. An ``element``
pattern whose name class matches none of the document's element names is therefore never used,
and replacing it by ``notAllowed`` keeps every derivation of the document: valid stays valid.
Replacing a pattern by ``notAllowed`` only removes documents from the language (every RELAX NG
pattern operator is monotone; the one anti-monotone place, ``data/except``, holds no
``element`` patterns), so invalid stays invalid. The ``notAllowed`` patterns are then simplified
away by the rules of RELAX NG (ISO/IEC 19757-2) §4.20, together with two consequences of the
same semantics: an ``element`` whose content is ``notAllowed`` matches nothing, and so does a
``ref`` to a define that is ``notAllowed``. Definitions no longer reachable from ``start`` are
dropped.

Verdict identity with the full grammar is checked on the test corpus (``tests/data/validate``),
since libxml2's validator is an implementation, not the specification.

Reduced grammars are cached on disk (``<cache>/rng-reduced/<key>.rng``, key = SHA-256 of the
schema's bytes, of this module's source — a changed reduction never reuses an old result — and
of the sorted element names) and compiled grammars in memory; a compiled grammar
for a superset of a document's names serves that document too (same argument as above).
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from nashr.files import atomic_write
from nashr.validate import schemas

RNG = "http://relaxng.org/ns/structure/1.0"
Name = tuple[str, str]  # (namespace URI or "", local name)


def _tag(local: str) -> str:
    return f"{{{RNG}}}{local}"


def _inherited_ns(node: etree._Element) -> str:
    for ancestor in node.iterancestors():
        if ancestor.get("ns") is not None:
            return ancestor.get("ns", "")
    return ""


def _ns_of(node: etree._Element) -> str:
    value = node.get("ns")
    return value if value is not None else _inherited_ns(node)


def _qname(text: str, node: etree._Element) -> Name:
    text = text.strip()
    if ":" in text:
        prefix, local = text.split(":", 1)
        return (node.nsmap.get(prefix, ""), local)
    return (_ns_of(node), text)


def name_class_matches(nc: etree._Element, name: Name) -> bool:
    """Whether the name class ``nc`` (``name``, ``anyName``, ``nsName``, ``choice``) matches
    ``name`` (RELAX NG §9.3.7)."""
    local = etree.QName(nc).localname
    if local == "name":
        return _qname(nc.text or "", nc) == name
    if local == "choice":
        return any(name_class_matches(child, name) for child in nc if isinstance(child.tag, str))
    excepted = any(
        name_class_matches(alt, name)
        for exc in nc.iterchildren(_tag("except")) for alt in exc if isinstance(alt.tag, str)
    )
    if local == "anyName":
        return not excepted
    return name[0] == _ns_of(nc) and not excepted  # nsName


def _element_matches(element: etree._Element, names: frozenset[Name]) -> bool:
    if element.get("name") is not None:
        return _qname(element.get("name", ""), element) in names
    nc = next(c for c in element if isinstance(c.tag, str))
    return any(name_class_matches(nc, name) for name in names)


def _not_allowed(node: etree._Element) -> bool:
    return node.tag == _tag("notAllowed")


def _patterns(node: etree._Element) -> list[etree._Element]:
    """The pattern children of ``node``: its RELAX NG element children (other namespaces are
    annotations, §3), minus the name class that opens an ``element`` or ``attribute`` without
    ``@name``."""
    children = [c for c in node if isinstance(c.tag, str) and c.tag.startswith(f"{{{RNG}}}")]
    if node.tag in (_tag("element"), _tag("attribute")) and node.get("name") is None:
        return children[1:]
    return children


class _Simplifier:
    """Reduce a grammar to the element names of one document.

    An ``element`` pattern no name of the document matches becomes a stub,
    ``element name { notAllowed }``: it matches nothing, like ``notAllowed``, but libxml2 can
    still name it in a message ("Expecting element teiHeader, got text"). Patterns that can
    match nothing ("dead") are then dropped where §4.20 allows it without changing the
    language: dead alternatives of a ``choice``, and ``optional``/``zeroOrMore`` of a dead
    pattern (which match only the empty sequence). Deadness propagates through ``group``,
    ``oneOrMore``, ``attribute``, ``list`` and ``ref``, but stops at an ``element`` the document
    uses, so messages point inside that element, as with the full grammar.
    """

    def __init__(self, grammar: etree._Element, names: frozenset[Name]) -> None:
        self.names = names
        self.defines = {d.get("name"): d for d in grammar.iterchildren(_tag("define"))}
        self.state: dict[str, bool] = {}  # define name → dead (absent: not yet simplified)
        self.busy: set[str] = set()

    def define_dead(self, name: str) -> bool:
        if name in self.busy:
            return False  # recursion passes through an element: assume alive (conservative)
        if name not in self.state:
            self.busy.add(name)
            self.state[name] = self.simplify_children(self.defines[name])
            self.busy.discard(name)
        return self.state[name]

    def simplify_children(self, node: etree._Element) -> bool:
        """Simplify the pattern children of ``node`` in place; whether any of them is dead."""
        dead = False
        for child in _patterns(node):
            replacement, child_dead = self.simplify(child)
            if replacement is not child:
                node.replace(child, replacement)
            dead = dead or child_dead
        return dead

    def _stub(self, element: etree._Element) -> etree._Element:
        stub = etree.Element(_tag("element"), nsmap=element.nsmap)
        for attribute in ("name", "ns"):
            if element.get(attribute) is not None:
                stub.set(attribute, element.get(attribute, ""))
        if element.get("ns") is None and element.get("name") is not None:
            stub.set("ns", _ns_of(element))
        if element.get("name") is None:
            stub.append(copy.deepcopy(next(c for c in element if isinstance(c.tag, str))))
        etree.SubElement(stub, _tag("notAllowed"))
        return stub

    def simplify(self, node: etree._Element) -> tuple[etree._Element, bool]:
        """``(replacement, dead)`` for one pattern; the replacement may be ``node`` itself."""
        local = etree.QName(node).localname
        if local == "element":
            if not _element_matches(node, self.names):
                return self._stub(node), True
            self.simplify_children(node)
            return node, False
        if local == "ref":
            return node, self.define_dead(node.get("name", ""))
        if local in ("data", "value", "text", "empty"):
            return node, False  # data/except holds only data, value and choice: no element
        if local == "notAllowed":
            return node, True
        if local == "choice":
            results = [(child, *self.simplify(child)) for child in _patterns(node)]
            alive = [(old, new) for old, new, dead in results if not dead]
            for old, new, dead in results:
                if dead and alive:
                    node.remove(old)
                elif new is not old:
                    node.replace(old, new)
            return node, not alive
        dead = self.simplify_children(node)
        if dead and local in ("zeroOrMore", "optional"):
            return etree.Element(_tag("empty")), False
        # group, interleave, oneOrMore, attribute, list, mixed: dead if a member is (§4.20)
        return node, dead


#: Patterns whose children form a sequence, where ``empty`` beside another pattern is a no-op.
_SEQUENCES = {_tag(n) for n in ("group", "interleave", "oneOrMore", "zeroOrMore", "optional",
                                "element", "define", "start", "list", "mixed")}
#: Patterns that mean ``empty`` when all they hold is ``empty`` (§4.20, §4.12).
_EMPTY_IF_EMPTY = {_tag(n) for n in ("group", "interleave", "oneOrMore", "zeroOrMore",
                                     "optional")}


def _drop_empty(root: etree._Element) -> None:
    """Remove ``empty`` where it is a no-op (``group(p, empty)`` = ``p``, §4.20) and fold
    groups left holding only ``empty``. libxml2 (2.14) misvalidates some patterns with
    ``empty`` members in a group — measured on TEI's ``body`` — so the reduced grammar must
    not contain them."""
    changed = True
    while changed:
        changed = False
        for empty in list(root.iter(_tag("empty"))):
            parent = empty.getparent()
            if parent is None or parent.tag not in _SEQUENCES:
                continue
            if len(_patterns(parent)) > 1:
                parent.remove(empty)
                changed = True
            elif parent.tag in _EMPTY_IF_EMPTY:
                parent.getparent().replace(parent, etree.Element(_tag("empty")))
                changed = True


#: ``outer(inner(p))`` → ``result(p)``: repetitions of repetitions match the same sequences as one
#: repetition ((p+)+ = p+, (p*)+ = (p+)* = (p*)* = (p?)* = (p*)? = (p+)? = p*).
_NESTED_REPEATS = {
    ("oneOrMore", "oneOrMore"): "oneOrMore",
    ("oneOrMore", "zeroOrMore"): "zeroOrMore",
    ("zeroOrMore", "oneOrMore"): "zeroOrMore",
    ("zeroOrMore", "zeroOrMore"): "zeroOrMore",
    ("zeroOrMore", "optional"): "zeroOrMore",
    ("optional", "zeroOrMore"): "zeroOrMore",
    ("optional", "oneOrMore"): "zeroOrMore",
}


def _collapse_repeats(root: etree._Element) -> None:
    """Replace a ``group``/``interleave`` of one pattern by that pattern (§4.12) and a repetition
    of a repetition by one (:data:`_NESTED_REPEATS`). Dropping dead patterns leaves such nests
    where the full grammar had none — TEI's ``listOrg`` content ``((org | listOrg)+,
    (relation | listRelation)*)+`` becomes ``((org | listOrg)+)+`` — and libxml2's content-model
    automaton grows without bound on them: compiling the reduced grammar of a register hung."""
    changed = True
    while changed:
        changed = False
        for node in list(root.iter(_tag("group"), _tag("interleave"), *(_tag(o) for o, _ in _NESTED_REPEATS))):
            parent = node.getparent()
            patterns = _patterns(node)
            if parent is None or len(patterns) != 1:
                continue
            local = etree.QName(node).localname
            inner = patterns[0]
            if local in ("group", "interleave"):
                parent.replace(node, inner)
                changed = True
                continue
            result = _NESTED_REPEATS.get((local, etree.QName(inner).localname))
            if result is not None and len(_patterns(inner)) >= 1:
                collapsed = etree.Element(_tag(result), nsmap=node.nsmap)
                collapsed.extend(_patterns(inner))
                parent.replace(node, collapsed)
                changed = True


def _reachable(grammar: etree._Element, start: etree._Element) -> set[str]:
    defines = {d.get("name"): d for d in grammar.iterchildren(_tag("define"))}
    seen: set[str] = set()
    todo = [start]
    while todo:
        for ref in todo.pop().iter(_tag("ref")):
            name = ref.get("name", "")
            if name not in seen and name in defines:
                seen.add(name)
                todo.append(defines[name])
    return seen


def reducible(grammar: etree._ElementTree) -> bool:
    """Whether :func:`reduce_grammar` handles ``grammar``: a single ``grammar`` with a ``start``,
    no ``include``/``externalRef``/``div``/nested ``grammar`` and no ``combine`` (the shape the
    TEI ODD pipeline writes for tei_all and customisations)."""
    root = grammar.getroot()
    if root.tag != _tag("grammar") or root.find(_tag("start")) is None:
        return False
    nested = ("include", "externalRef", "div", "grammar", "parentRef")
    return not any(root.iterdescendants(*map(_tag, nested))) and not any(
        d.get("combine") for d in root.iterchildren(_tag("define"), _tag("start")))


def reduce_grammar(grammar: etree._ElementTree, names: Iterable[Name]) -> etree._ElementTree:
    """A copy of ``grammar`` (a single RELAX NG ``grammar`` with ``start`` and ``define``s, the
    shape the TEI ODD pipeline writes) reduced to the element ``names`` (namespace, local)."""
    root = etree.fromstring(etree.tostring(grammar))
    simplifier = _Simplifier(root, frozenset(names))
    start = root.find(_tag("start"))
    if start is None:
        raise ValueError("the grammar has no start pattern")
    simplifier.simplify_children(start)
    _drop_empty(root)
    _collapse_repeats(root)
    keep = _reachable(root, start)
    for define in list(root.iterchildren(_tag("define"))):
        if define.get("name") not in keep:
            root.remove(define)
    return etree.ElementTree(root)


def document_names(tree: etree._ElementTree) -> frozenset[Name]:
    """The (namespace, local name) pairs of every element in ``tree``."""
    names = set()
    for element in tree.getroot().iter():
        if isinstance(element.tag, str):
            qname = etree.QName(element)
            names.add((qname.namespace or "", qname.localname))
    return frozenset(names)


class Reducer:
    """Compiled reduced grammars of one RELAX NG schema, cached in memory and on disk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._digest: str | None = None
        self._full: etree._ElementTree | None = None
        self._compiled: dict[frozenset[Name], etree.RelaxNG] = {}
        self._whole: etree.RelaxNG | None = None

    def _key(self, names: frozenset[Name]) -> str:
        if self._digest is None:
            self._digest = schemas.file_digest(self.path) + schemas.file_digest(Path(__file__))
        text = self._digest + "\n" + "\n".join(sorted(f"{ns} {local}" for ns, local in names))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _full_tree(self) -> etree._ElementTree:
        if self._full is None:
            self._full = etree.parse(str(self.path))
        return self._full

    def reduced_source(self, names: frozenset[Name]) -> bytes | None:
        """The reduced grammar's bytes for ``names``, from the disk cache or computed (and
        stored; a cache that cannot be written is skipped silently); ``None`` when the grammar
        is not :func:`reducible`."""
        cached = schemas.cache_dir() / "rng-reduced" / f"{self._key(names)}.rng"
        try:
            return cached.read_bytes()
        except OSError:
            pass
        full = self._full_tree()
        if not reducible(full):
            return None
        data = etree.tostring(reduce_grammar(full, names), xml_declaration=True,
                              encoding="UTF-8")
        try:
            atomic_write(cached, data)
        except OSError:
            pass
        return data

    def compiled_for(self, tree: etree._ElementTree) -> etree.RelaxNG:
        """A compiled grammar that gives ``tree`` the full schema's verdict."""
        names = document_names(tree)
        for known, compiled in self._compiled.items():
            if names <= known:
                return compiled
        if self._whole is not None:
            return self._whole
        source = self.reduced_source(names)
        if source is None:  # not reducible: the whole grammar, compiled once
            self._whole = etree.RelaxNG(self._full_tree())
            return self._whole
        grammar = etree.fromstring(source, base_url=self.path.as_uri())
        compiled = etree.RelaxNG(grammar)
        self._compiled[names] = compiled
        return compiled


TEI_NS = "http://www.tei-c.org/ns/1.0"


def odd_elements(odd: Path) -> frozenset[Name]:
    """The TEI elements an ODD's ``schemaSpec`` selects through ``moduleRef/@include`` and
    ``elementRef/@key`` (TEI Guidelines 22.2). Other ODD features (``@except``, ``elementSpec``
    changes) are not read: nashr.odd uses only these two."""
    tree = etree.parse(str(odd))
    names = set()
    for ref in tree.iter(f"{{{TEI_NS}}}moduleRef"):
        names.update(ref.get("include", "").split())
    for ref in tree.iter(f"{{{TEI_NS}}}elementRef"):
        names.add(ref.get("key", ""))
    return frozenset((TEI_NS, name) for name in names if name)


def main(argv: list[str] | None = None) -> int:
    """``python -m nashr.validate.rngreduce --odd ODD SCHEMA -o OUT``: write SCHEMA reduced to the ODD's
    elements (how tei/schema/nashr.rng is made from tei_all.rng)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m nashr.validate.rngreduce", description=main.__doc__)
    parser.add_argument("schema", type=Path, help="RELAX NG grammar to reduce (tei_all.rng)")
    parser.add_argument("--odd", type=Path, required=True, help="ODD selecting the elements")
    parser.add_argument("-o", "--output", type=Path, required=True, help="reduced grammar")
    args = parser.parse_args(argv)
    reduced = reduce_grammar(etree.parse(str(args.schema)), odd_elements(args.odd))
    reduced.getroot().addprevious(etree.Comment(
        f" Generated by nashr.validate.rngreduce from {args.schema.name} and {args.odd.name}: "
        "tei_all reduced to the elements nashr.odd selects. Do not edit; regenerate. "))
    atomic_write(args.output, etree.tostring(reduced, xml_declaration=True,
                                                     encoding="UTF-8", pretty_print=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
