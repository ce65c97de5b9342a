r"""A RELAX NG grammar reduced to the element names one document uses, compiled in milliseconds
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

Speed. Reducing takes a few milliseconds: the schema is parsed once per process and prepared
(:func:`prepare`: annotations dropped, identical ``data`` patterns shared by one ``define`` so
libxml2 compiles each regular expression once — tei_all repeats ``[^\p{C}\p{Z}]+`` 176 times),
and a reduction copies only the definitions it reaches. Compiled grammars are kept in memory
only, in a small bounded cache (:class:`Reducer`): a compiled grammar for a superset of a
document's names serves that document too (same argument as above), so documents of one
project share one grammar, grown to the union of their names. That grammar gives the verdict
only: libxml2's error list depends on the grammar it walks, so an invalid document's errors come
from its own reduction (:meth:`Reducer.compiled_exact`), the same in a batch as alone. Nothing is
written to disk, so processes share nothing and the cache cannot grow: reducing again costs less
than reading a cached copy would.

Shipped. Every text ``nashr convert`` writes is checked against nashr.rng; reducing it for a
process's first text (parsing, :func:`prepare`, :func:`reduce_grammar`) took about 55 ms of a
cold ``nashr convert``. nashr.rng reduced to :data:`CONVERTED_NAMES`, the element names the
converter writes, is generated with the package (``python -m nashr.validate.rngreduce
--converted``, like nashr.rng itself) and shipped as :data:`CONVERTED_RNG`, which records the
SHA-256 of the grammar it was reduced from and the names it was reduced to. A :class:`Reducer`
uses it only for its own grammar's exact bytes and for documents whose names it covers (it
compiles in about 18 ms); a test checks it equals the reduction computed at run time.
"""

from __future__ import annotations

import copy
import hashlib
import shutil
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lxml import etree

from nashr.files import atomic_write
from nashr.validate import schemas

RNG = "http://relaxng.org/ns/structure/1.0"
TEI_NS = "http://www.tei-c.org/ns/1.0"
Name = tuple[str, str]  # (namespace URI or "", local name)

#: The TEI elements nashr's converter writes: those of the TEI it writes for the seeds and the
#: texts of ``tests/data/corpus`` (81 names), and ``ab`` (a block holding several blocks). Each
#: name more costs compile time (all 172 of nashr.rng compile in about 230 ms); a document using
#: another name gets a reduction of its own, as without :data:`CONVERTED_RNG`.
CONVERTED_NAMES: frozenset[Name] = frozenset((TEI_NS, name) for name in (
    "TEI", "ab", "addrLine", "address", "analytic", "appInfo", "application", "availability", "bibl",
    "biblScope", "biblStruct", "body", "byline", "caesura", "calendar", "calendarDesc", "change", "choice",
    "closer", "correspAction", "correspDesc", "creation", "date", "dateline", "div", "editor",
    "editorialDecl", "eg", "encodingDesc", "epigraph", "fileDesc", "fw", "head", "idno", "imprint",
    "interpretation", "item", "keywords", "l", "label", "langUsage", "language", "lb", "lg", "licence",
    "list", "monogr", "name", "normalization", "note", "num", "opener", "orgName", "orig", "p", "persName",
    "placeName", "postscript", "profileDesc", "projectDesc", "publicationStmt", "publisher", "quote", "reg",
    "resp", "respStmt", "revisionDesc", "salute", "seg", "segmentation", "signed", "sourceDesc", "sp",
    "speaker", "stage", "teiHeader", "term", "text", "textClass", "title", "titleStmt", "trailer"))
#: nashr.rng reduced to :data:`CONVERTED_NAMES` (generated: ``python -m nashr.validate.rngreduce
#: --converted tei/schema/nashr.rng -o src/nashr/validate/nashr-converted.rng``).
CONVERTED_RNG = Path(__file__).with_name("nashr-converted.rng")
#: The processing instruction before a shipped reduction's root: ``sha256="HEX"`` (the
#: grammar it was reduced from) and ``elements="{ns}local …"`` (the names it was reduced to).
SHIPPED_PI = "nashr-reduced"


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


def qualified_name(text: str, node: etree._Element) -> Name:
    """``(namespace, local)`` of a name written in the grammar at ``node`` (its prefix, else
    the ``ns`` in scope, RELAX NG §4.10)."""
    text = text.strip()
    if ":" in text:
        prefix, local = text.split(":", 1)
        if prefix == "xml":  # bound by definition, never declared (Namespaces in XML §3)
            return ("http://www.w3.org/XML/1998/namespace", local)
        return (node.nsmap.get(prefix, ""), local)
    return (_ns_of(node), text)


def name_class_matches(nc: etree._Element, name: Name) -> bool:
    """Whether the name class ``nc`` (``name``, ``anyName``, ``nsName``, ``choice``) matches
    ``name`` (RELAX NG §9.3.7)."""
    local = etree.QName(nc).localname
    if local == "name":
        return qualified_name(nc.text or "", nc) == name
    if local == "choice":
        return any(name_class_matches(child, name) for child in nc if isinstance(child.tag, str))
    excepted = any(
        name_class_matches(alt, name)
        for exc in nc.iterchildren(_tag("except")) for alt in exc if isinstance(alt.tag, str)
    )
    if local == "anyName":
        return not excepted
    return name[0] == _ns_of(nc) and not excepted  # nsName


def element_matches(element: etree._Element, names: frozenset[Name]) -> bool:
    """Whether the ``element`` pattern's name (or name class) matches one of ``names``."""
    if element.get("name") is not None:
        return qualified_name(element.get("name", ""), element) in names
    nc = next(c for c in element if isinstance(c.tag, str))
    return any(name_class_matches(nc, name) for name in names)


def _not_allowed(node: etree._Element) -> bool:
    return node.tag == _tag("notAllowed")


def patterns(node: etree._Element) -> list[etree._Element]:
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
        for child in patterns(node):
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
            if not element_matches(node, self.names):
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
            results = [(child, *self.simplify(child)) for child in patterns(node)]
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
            if len(patterns(parent)) > 1:
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
            children = patterns(node)
            if parent is None or len(children) != 1:
                continue
            local = etree.QName(node).localname
            inner = children[0]
            if local in ("group", "interleave"):
                parent.replace(node, inner)
                changed = True
                continue
            result = _NESTED_REPEATS.get((local, etree.QName(inner).localname))
            if result is not None and len(patterns(inner)) >= 1:
                collapsed = etree.Element(_tag(result), nsmap=node.nsmap)
                collapsed.extend(patterns(inner))
                parent.replace(node, collapsed)
                changed = True


def _reachable(defines: dict[str, etree._Element], start: etree._Element) -> set[str]:
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
    TEI ODD pipeline writes for tei_all and customisations), every ``ref`` naming a ``define``
    (otherwise libxml2 says what is wrong when it compiles the whole grammar)."""
    root = grammar.getroot()
    if root.tag != _tag("grammar") or root.find(_tag("start")) is None:
        return False
    nested = ("include", "externalRef", "div", "grammar", "parentRef")
    defined = {d.get("name") for d in root.iterchildren(_tag("define"))}
    return not any(root.iterdescendants(*map(_tag, nested))) and not any(
        d.get("combine") for d in root.iterchildren(_tag("define"), _tag("start"))) and all(
        ref.get("name") in defined for ref in root.iter(_tag("ref")))


def reduce_grammar(grammar: etree._ElementTree, names: Iterable[Name],
                   start: Iterable[str] = ()) -> etree._ElementTree:
    """A copy of ``grammar`` (a single RELAX NG ``grammar`` with ``start`` and ``define``s, the
    shape the TEI ODD pipeline writes) reduced to the element ``names`` (namespace, local).
    ``start``: names of ``define``s that replace the grammar's start pattern (their choice),
    as :func:`element_defines` gives them for an element to be checked wherever it stands."""
    root = etree.fromstring(etree.tostring(grammar))
    reduced = etree.ElementTree(root)
    reduced.docinfo.URL = grammar.docinfo.URL
    simplifier = _Simplifier(root, frozenset(names))
    start = _restart(root, tuple(start)) if start else root.find(_tag("start"))
    if start is None:
        raise ValueError("the grammar has no start pattern")
    simplifier.simplify_children(start)
    _drop_unreachable(root, start)  # first: the passes below then walk the reduced grammar only
    _drop_empty(root)
    _collapse_repeats(root)
    _drop_unreachable(root, start)
    return reduced


def _restart(root: etree._Element, defines: tuple[str, ...]) -> etree._Element:
    """Replace ``root``'s start pattern by the choice of ``defines``; the new ``start``."""
    start = etree.Element(_tag("start"))
    choice = etree.SubElement(start, _tag("choice")) if len(defines) > 1 else start
    for name in defines:
        etree.SubElement(choice, _tag("ref"), name=name)
    old = root.find(_tag("start"))
    if old is None:
        root.append(start)
    else:
        root.replace(old, start)
    return start


def element_defines(grammar: etree._ElementTree, name: Name) -> tuple[str, ...] | None:
    """The ``define``s holding the grammar's ``element`` patterns for ``name``, each such
    pattern the one pattern of its ``define`` (the shape the TEI ODD pipeline writes); ``None``
    when a pattern for ``name`` stands elsewhere, ``()`` when there is none. Their choice is
    what jing checks an element against where its parent does not allow it (the content of
    every ``element`` pattern of the grammar whose name class matches the name)."""
    found = []
    for element in grammar.getroot().iter(_tag("element")):
        if not element_matches(element, frozenset((name,))):
            continue
        parent = element.getparent()
        if parent is None or parent.tag != _tag("define") or len(patterns(parent)) != 1:
            return None
        found.append(parent.get("name", ""))
    return tuple(dict.fromkeys(found))


def _drop_unreachable(root: etree._Element, start: etree._Element) -> None:
    keep = _reachable({d.get("name", ""): d for d in root.iterchildren(_tag("define"))}, start)
    for define in list(root.iterchildren(_tag("define"))):
        if define.get("name") not in keep:
            root.remove(define)


XSD = "http://www.w3.org/2001/XMLSchema-datatypes"
#: XML Schema 1.0 Part 2 §3.2.17 ``anyURI``: a string that, once the characters XLink §5.4
#: escapes (non-ASCII, space, ``<>"{}|\^```) are %-escaped, is a URI reference (RFC 3986 §4.1;
#: RFC 2396 at the time): an optional scheme, then any characters with ``%`` only as the start
#: of an escape, and at most one ``#``. Its ``whiteSpace`` facet is ``collapse``, as ``token``'s.
#: The scheme (``[a-zA-Z][a-zA-Z0-9+\-.]*:``) is left out of the pattern: its characters are
#: all among the ``[^#%]`` that follow, so the strings matched are the same, and libxml2 checks a
#: value 12 % faster without the choice at its start (validating 120 converted texts of the
#: collection against nashr-converted.rng: 531 -> 468 µs a text).
ANY_URI = r"([^#%]|%[0-9A-Fa-f]{2})*(#([^#%]|%[0-9A-Fa-f]{2})*)?"


def prepare(grammar: etree._ElementTree) -> etree._ElementTree:
    """A copy of ``grammar`` for validation:

    - annotations (elements outside RELAX NG's namespace, §3) dropped;
    - XML Schema's ``anyURI`` written as ``token`` with the :data:`ANY_URI` pattern: libxml2
      checks ``anyURI`` with its own URI parser, which refuses what RFC 3986 allows (an empty
      port, ``http://host:/path``);
    - every ``data`` pattern with parameters or ``except`` that occurs more than once moved
      into one shared ``define`` (``nashr.data.N``) referenced where it occurred. A ``ref`` to a
      ``define`` is its content (§4.19), so the language is unchanged; libxml2 then compiles
      each pattern facet once instead of at each occurrence.
    """
    root = copy.deepcopy(grammar.getroot())
    for node in list(root.iter()):
        if not isinstance(node.tag, str) or not node.tag.startswith(f"{{{RNG}}}"):
            node.getparent().remove(node)
    for data in root.iter(_tag("data")):
        if data.get("type") == "anyURI" and _datatype_library(data) == XSD:
            data.set("type", "token")
            pattern = etree.Element(_tag("param"), name="pattern")
            pattern.text = ANY_URI
            data.insert(0, pattern)
    prepared = etree.ElementTree(root)
    prepared.docinfo.URL = grammar.docinfo.URL  # relative hrefs still resolve
    counts: dict[tuple[str, bytes], list[etree._Element]] = {}
    for data in root.iter(_tag("data")):
        if len(data) and not any(a.tag == _tag("data") for a in data.iterancestors()):
            key = (_datatype_library(data), etree.tostring(data))
            counts.setdefault(key, []).append(data)
    for number, ((library, _), occurrences) in enumerate(
            (k, v) for k, v in counts.items() if len(v) > 1):
        name = f"nashr.data.{number}"
        define = etree.SubElement(root, _tag("define"), name=name)
        shared = copy.deepcopy(occurrences[0])
        shared.set("datatypeLibrary", library)
        define.append(shared)
        for data in occurrences:
            data.getparent().replace(data, etree.Element(_tag("ref"), name=name))
    return prepared


def _datatype_library(node: etree._Element) -> str:
    for element in (node, *node.iterancestors()):
        if element.get("datatypeLibrary") is not None:
            return element.get("datatypeLibrary", "")
    return ""


@lru_cache(maxsize=1024)
def _name_of(tag: str) -> Name:
    """The (namespace, local name) pair of a Clark-notation tag («{ns}local»), parsed once a process for the
    last 1,024 tags: a converted text has some 30 distinct tags of nashr.rng's few hundred, and parsing each
    again (``etree.QName``) was half of :func:`document_names` (round 45: 104 → 44 µs a text of the collection)."""
    q = etree.QName(tag)
    return q.namespace or "", q.localname


def document_names(tree: etree._ElementTree) -> frozenset[Name]:
    """The (namespace, local name) pairs of every element in ``tree``."""
    return frozenset(map(_name_of, {element.tag for element in tree.getroot().iter(etree.Element)}))


class Reducer:
    """Compiled reduced grammars of one RELAX NG schema, cached in memory (at most
    :attr:`LIMIT`, least recently used dropped first).

    libxml2's compile time grows with the square of a content model's size (the whole of
    tei_all takes about 10 s; a grammar reduced to a document's 60 elements, milliseconds), and
    reducing costs tens of milliseconds. So a document whose names no cached grammar covers
    gets a grammar for the union of its names and those of the cached grammar it shares most
    names with, when that adds few names (at most :attr:`GROWTH` or a tenth) and stays within
    :attr:`MAX_NAMES` declared elements — grown at once to every name seen so far when that
    still fits: documents of one project converge on one small grammar after a few compiles.
    A document that uses more than :attr:`MAX_NAMES` of the schema's elements (an ODD with
    examples of everything) is checked against the whole grammar, compiled once.
    """

    LIMIT = 4
    ROOTED_LIMIT = 16
    MAX_NAMES = 200
    GROWTH = 8

    def __init__(self, path: Path) -> None:
        self.path = path
        self._base: etree._ElementTree | None = None
        self._declared: frozenset[Name] = frozenset()
        self._compiled: OrderedDict[frozenset[Name], etree.RelaxNG] = OrderedDict()
        self._whole: etree.RelaxNG | None = None
        self._seen: frozenset[Name] = frozenset()  # every name of every document so far
        self._shipped_tried = False
        self._rooted: OrderedDict[tuple[Name, frozenset[Name]], etree.RelaxNG] = OrderedDict()
        self._exact: OrderedDict[frozenset[Name], etree.RelaxNG] = OrderedDict()
        self._defines: dict[Name, tuple[str, ...] | None] = {}

    def prepared(self) -> etree._ElementTree:
        """The schema as :func:`prepare` leaves it (parsed once)."""
        if self._base is None:
            # earlier nashr versions kept reduced grammars on disk, one file per set of names, never
            # removed: forget them (another process may be doing the same: errors are ignored)
            shutil.rmtree(schemas.cache_dir() / "rng-reduced", ignore_errors=True)
            self._base = prepare(etree.parse(str(self.path), _SAFE_PARSER))
            self._declared = frozenset(
                qualified_name(e.get("name", ""), e) for e in self._base.iter(_tag("element"))
                if e.get("name"))
        return self._base

    def _names_for(self, names: frozenset[Name]) -> frozenset[Name]:
        best = max(self._compiled, key=lambda known: len(known & names), default=None)
        if best is None:
            return names
        union = best | names
        added = len((union - best) & self._declared)
        if added > max(self.GROWTH, len(best & self._declared) // 10) or \
                len(union & self._declared) > self.MAX_NAMES:
            return names
        del self._compiled[best]
        # a grammar that had to grow will likely grow again: give it every name seen so far
        # (the vocabulary of the project being checked) while that stays small
        ahead = union | self._seen
        return ahead if len(ahead & self._declared) <= self.MAX_NAMES else union

    def _whole_grammar(self) -> etree.RelaxNG:
        if self._whole is None:
            self._whole = etree.RelaxNG(self.prepared())
        return self._whole

    def _load_shipped(self, names: frozenset[Name]) -> None:
        """Take :data:`CONVERTED_RNG` as the first compiled grammar when it was reduced from
        this schema's exact bytes, to names covering ``names`` (the first document's)."""
        shipped = read_shipped(CONVERTED_RNG)
        if shipped is None or not names <= shipped[1]:
            return
        digest, covered, reduced = shipped
        if digest == hashlib.sha256(self.path.read_bytes()).hexdigest():
            self._compiled[covered] = etree.RelaxNG(reduced)

    def compiled_for(self, tree: etree._ElementTree) -> etree.RelaxNG:
        """A compiled grammar that gives ``tree`` the full schema's verdict.

        Raises:
            lxml.etree.RelaxNGParseError: the schema is not valid RELAX NG.
        """
        names = document_names(tree)
        self._seen |= names
        if not self._shipped_tried:
            self._shipped_tried = True
            self._load_shipped(names)
        for known, compiled in self._compiled.items():
            if names <= known:
                self._compiled.move_to_end(known)
                return compiled
        base = self.prepared()
        if self._whole is not None or not reducible(base) or \
                len(names & self._declared) > self.MAX_NAMES:
            return self._whole_grammar()
        names = self._names_for(names)
        compiled = etree.RelaxNG(reduce_grammar(base, names))
        self._compiled[names] = compiled
        while len(self._compiled) > self.LIMIT:
            self._compiled.popitem(last=False)
        return compiled

    def compiled_exact(self, tree: etree._ElementTree) -> etree.RelaxNG:
        """The grammar reduced to exactly ``tree``'s element names (the whole grammar when
        :meth:`compiled_for` would use it whatever came before): what ``tree`` gets when it is
        checked alone. Its verdict is :meth:`compiled_for`'s, but libxml2's error list depends
        on the grammar it walks (a content model with more alternatives fails elsewhere and
        says other things), so errors are taken from this one: a file gets the same errors in
        a batch as alone, whatever the batch held before it.

        Raises:
            lxml.etree.RelaxNGParseError: the schema is not valid RELAX NG.
        """
        names = document_names(tree)
        if names in self._exact:
            self._exact.move_to_end(names)
            return self._exact[names]
        base = self.prepared()
        if not reducible(base) or len(names & self._declared) > self.MAX_NAMES:
            return self._whole_grammar()
        compiled = etree.RelaxNG(reduce_grammar(base, names))
        self._exact[names] = compiled
        while len(self._exact) > self.LIMIT:
            self._exact.popitem(last=False)
        return compiled

    def compiled_rooted(self, tree: etree._ElementTree) -> etree.RelaxNG | None:
        """A compiled grammar that checks ``tree``'s root element against every definition of
        its name (:func:`element_defines`), wherever the full grammar allows it: how jing goes
        on inside an element that is not allowed where it stands. ``None`` when the grammar
        cannot do that (not :func:`reducible`, no definition, one outside a ``define``).
        Reduced to the names of ``tree`` (the grammar keeps only what the root's definitions
        reach), never to those of documents checked before: the errors are the document's own.

        Raises:
            lxml.etree.RelaxNGParseError: the schema is not valid RELAX NG.
        """
        qname = etree.QName(tree.getroot())
        name = (qname.namespace or "", qname.localname)
        names = document_names(tree)
        for key, compiled in self._rooted.items():
            if key[0] == name and names <= key[1]:
                self._rooted.move_to_end(key)
                return compiled
        base = self.prepared()
        if name not in self._defines:
            self._defines[name] = element_defines(base, name) if reducible(base) else None
        defines = self._defines[name]
        if not defines:
            return None
        compiled = etree.RelaxNG(reduce_grammar(base, names, defines))
        self._rooted[(name, names)] = compiled
        while len(self._rooted) > self.ROOTED_LIMIT:
            self._rooted.popitem(last=False)
        return compiled


_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def shipped_reduction(schema: Path, names: frozenset[Name]) -> bytes:
    """``schema`` prepared and reduced to ``names`` (as :meth:`Reducer.compiled_for` reduces
    it), as a file of its own: the reduction preceded by the :data:`SHIPPED_PI` processing
    instruction naming ``schema``'s SHA-256 and the ``names`` (sorted)."""
    data = schema.read_bytes()
    reduced = reduce_grammar(prepare(etree.parse(str(schema), _SAFE_PARSER)), names)
    elements = " ".join(f"{{{ns}}}{local}" for ns, local in sorted(names))
    reduced.getroot().addprevious(etree.ProcessingInstruction(
        SHIPPED_PI, f'sha256="{hashlib.sha256(data).hexdigest()}" elements="{elements}"'))
    reduced.getroot().addprevious(etree.Comment(
        f" Generated by nashr.validate.rngreduce from {schema.name}: the grammar reduced to the elements "
        "named above. Do not edit; regenerate. "))
    return etree.tostring(reduced, xml_declaration=True, encoding="UTF-8")


def read_shipped(path: Path) -> tuple[str, frozenset[Name], etree._ElementTree] | None:
    """The SHA-256 (hex) of the grammar a file of :func:`shipped_reduction` was reduced from,
    the names it was reduced to, and the reduced grammar; None when ``path`` is missing or has
    no :data:`SHIPPED_PI`."""
    try:
        tree = etree.parse(str(path), _SAFE_PARSER)
    except OSError:
        return None
    node = tree.getroot().getprevious()
    while node is not None and not (isinstance(node, etree._ProcessingInstruction) and node.target == SHIPPED_PI):
        node = node.getprevious()
    if node is None:
        return None
    digest, elements = node.get("sha256"), node.get("elements")
    if not digest or elements is None:
        return None
    names = frozenset((q.namespace or "", q.localname) for q in map(etree.QName, elements.split()))
    return digest, names, tree


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
    elements (how tei/schema/nashr.rng is made from tei_all.rng); ``--converted SCHEMA -o OUT``:
    write :func:`shipped_reduction` of SCHEMA to :data:`CONVERTED_NAMES` (how
    :data:`CONVERTED_RNG` is made from nashr.rng)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m nashr.validate.rngreduce", description=main.__doc__)
    parser.add_argument("schema", type=Path, help="RELAX NG grammar to reduce (tei_all.rng, nashr.rng)")
    chosen = parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--odd", type=Path, help="ODD selecting the elements")
    chosen.add_argument("--converted", action="store_true", help="the elements nashr's converter writes")
    parser.add_argument("-o", "--output", type=Path, required=True, help="reduced grammar")
    args = parser.parse_args(argv)
    if args.converted:
        atomic_write(args.output, shipped_reduction(args.schema, CONVERTED_NAMES))
        return 0
    reduced = reduce_grammar(etree.parse(str(args.schema)), odd_elements(args.odd))
    reduced.getroot().addprevious(etree.Comment(
        f" Generated by nashr.validate.rngreduce from {args.schema.name} and {args.odd.name}: "
        "tei_all reduced to the elements nashr.odd selects. Do not edit; regenerate. "))
    atomic_write(args.output, etree.tostring(reduced, xml_declaration=True,
                                                     encoding="UTF-8", pretty_print=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
