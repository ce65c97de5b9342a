"""Say what is wrong, in the grammar's terms: libxml2's RELAX NG messages rewritten from the schema.

libxml2 decides the verdict; its messages are vague ("Invalid attribute type for element l" both
when ``l`` does not take ``@type`` and when the value is wrong; "Expecting an element , got
nothing" without naming the element; follow-on errors on every ancestor). This module looks the
offending element up in the full grammar (the prepared tei_all, say) and writes what jing would:

- ``attribute "type" not allowed on element "l"`` or ``value "a b" of attribute "type" is not
  valid: must match [^\\p{C}\\p{Z}]+`` — decided by whether any ``attribute`` pattern of the
  element's definitions matches the name (RELAX NG §9.3.7 name classes);
- ``element "titleStmt" incomplete; missing required element "title"`` and ``element "x" not
  allowed here; expected …`` — from the derivative of the element's content model by its
  children (James Clark, "An algorithm for RELAX NG validation", 2002; attributes and datatypes
  set aside, text as one token), which names what may come next;
- follow-on messages (``failed to validate content``, ``has extra content`` on an ancestor of a
  reported node; a sibling blamed for an element that failed by its attributes) are dropped, so
  each problem is reported once;
- what libxml2 never reached is found by recovering as jing does (:func:`beyond`): libxml2
  stops checking an element's content at its first error, so one misplaced element early in a
  ``teiHeader`` hid every other error of the header.

When the grammar cannot explain an error (several definitions for one name, a name class
nashr does not resolve), libxml2's own message is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass, replace
from functools import lru_cache

from lxml import etree

from nashr.validate import anyuri, wordchars
from nashr.validate.rngreduce import ANY_URI, RNG, Name, element_matches, name_class_matches, qualified_name
from nashr.validate.rngreduce import patterns as _children

XML_NS = "http://www.w3.org/XML/1998/namespace"
XINCLUDE_NS = "http://www.w3.org/2001/XInclude"
#: libxml2 refuses an xml:id that is an NCName by XML 1.0 (5th edition) but not by XML Schema 1.0,
#: whose NCName (the one RELAX NG's xsd:ID uses) follows the name characters of XML 1.0 (2nd
#: edition): no ZWNJ/ZWJ, no characters added to Unicode after 2.0.
XSD_ID_MESSAGE = (
    'xml:id "{value}" is not an xsd:ID: XML Schema 1.0 names allow letters, digits, ".", "-" '
    'and "_" but no format characters such as ZWNJ (U+200C)'
)
#: How an "expected …" list names an ``element`` pattern with a name class (a wildcard).
WILDCARD = "an element of another namespace"
#: At most this many names in an "expected …" list.
EXPECTED_SHOWN = 12

_INVALID_ATTRIBUTE = re.compile(r"^Invalid attribute (?P<attr>\S+) for element (?P<elem>\S+)$")
_NOT_EXPECTED = re.compile(r"^Did not expect element (?P<elem>\S+) there$")
_INCOMPLETE = re.compile(r"^Expecting an element \S*\s*, got nothing$|^Expecting element \S+, got ")
#: libxml2's messages on a sibling of an element that failed (:func:`explain`).
_SIBLING_BLAMED = re.compile(r"^Did not expect element \S+ there$|^Element \S+ has extra content: "
                             r"|^Expecting element \S+, got ")
#: Rules of an attribute problem: the element failed, not its place in the parent.
_ATTRIBUTE_RULES = frozenset({"attribute-not-allowed", "attribute-value", "xml-id-datatype",
                              "missing-attribute"})
_FOLLOW_ON = re.compile(r"^Element \S+ (failed to validate content|has extra content: )"
                        r"|^Invalid sequence in interleave|^Element \S+ failed to validate attributes")


def _tag(local: str) -> str:
    return f"{{{RNG}}}{local}"


def _name(node: etree._Element) -> Name:
    qname = etree.QName(node)
    return (qname.namespace or "", qname.localname)


def _shown(node: etree._Element) -> str:
    """A name as the document writes it (its own prefix)."""
    local = etree.QName(node).localname
    return f"{node.prefix}:{local}" if node.prefix else local


# --- the content model as hashable patterns -------------------------------------------------
# ("empty",) ("notAllowed",) ("text",) ("elem", key) ("choice", a, b) ("group", a, b)
# ("interleave", a, b) ("oneOrMore", p)
EMPTY: tuple = ("empty",)
NOT_ALLOWED: tuple = ("notAllowed",)
TEXT: tuple = ("text",)


def _choice(a: tuple, b: tuple) -> tuple:
    if a == NOT_ALLOWED:
        return b
    if b == NOT_ALLOWED or a == b:
        return a
    return ("choice", a, b)


def _group(a: tuple, b: tuple) -> tuple:
    if NOT_ALLOWED in (a, b):
        return NOT_ALLOWED
    return b if a == EMPTY else a if b == EMPTY else ("group", a, b)


def _interleave(a: tuple, b: tuple) -> tuple:
    if NOT_ALLOWED in (a, b):
        return NOT_ALLOWED
    return b if a == EMPTY else a if b == EMPTY else ("interleave", a, b)


@lru_cache(maxsize=1 << 16)  # bounded: the patterns of one grammar's content models
def nullable(p: tuple) -> bool:
    """Whether ``p`` matches the empty sequence."""
    kind = p[0]
    if kind in ("empty", "text"):
        return True
    if kind == "choice":
        return nullable(p[1]) or nullable(p[2])
    if kind in ("group", "interleave"):
        return nullable(p[1]) and nullable(p[2])
    if kind == "oneOrMore":
        return nullable(p[1])
    return False  # notAllowed, elem


class Model:
    """The content models and attributes of a grammar's element definitions."""

    def __init__(self, grammar: etree._ElementTree) -> None:
        root = grammar.getroot()
        self.defines = {d.get("name", ""): d for d in root.iterchildren(_tag("define"))}
        self.elements = list(root.iter(_tag("element")))
        self._built: dict[str, tuple] = {}
        self.key_of: dict[int, etree._Element] = {}
        self._definitions: dict[Name, list[etree._Element]] = {}
        self._attributes: dict[int, list[tuple[etree._Element, bool]]] = {}
        # a name is a QName (RELAX NG §4.10): trang writes "teix:egXML" where TEI's .rng has
        # name="egXML" ns="…/Examples", and lxml's QName refuses a prefixed name
        self.declared = frozenset(e.get("name", "").split(":")[-1]
                                  for e in self.elements if e.get("name"))

    def definitions(self, element: etree._Element) -> list[etree._Element]:
        """The ``element`` patterns whose name class matches ``element``'s name."""
        name = _name(element)
        if name not in self._definitions:
            self._definitions[name] = [e for e in self.elements if _matches(e, name)]
        return self._definitions[name]

    def content(self, definition: etree._Element) -> tuple:
        """The content model of one ``element`` pattern (attributes set aside)."""
        return self._sequence(_children(definition))

    def _sequence(self, nodes: list[etree._Element]) -> tuple:
        result = EMPTY
        for node in nodes:
            result = _group(result, self._build(node))
        return result

    def _build(self, node: etree._Element) -> tuple:
        kind = etree.QName(node).localname
        if kind == "element":
            self.key_of[id(node)] = node
            return ("elem", id(node))
        if kind == "ref":
            name = node.get("name", "")
            if name not in self._built:
                self._built[name] = NOT_ALLOWED  # guards a (forbidden) recursion without element
                self._built[name] = self._sequence(_children(self.defines[name])) \
                    if name in self.defines else NOT_ALLOWED
            return self._built[name]
        if kind in ("attribute", "empty"):
            return EMPTY
        if kind in ("text", "data", "value", "list"):
            return TEXT
        if kind == "notAllowed":
            return NOT_ALLOWED
        parts = [self._build(child) for child in _children(node)]
        if kind == "choice":
            result = NOT_ALLOWED
            for part in parts:
                result = _choice(result, part)
            return result
        if kind == "interleave":
            result = EMPTY
            for part in parts:
                result = _interleave(result, part)
            return result
        inner = EMPTY
        for part in parts:
            inner = _group(inner, part)
        if kind == "optional":
            return _choice(inner, EMPTY)
        if kind == "zeroOrMore":
            return _choice(("oneOrMore", inner) if inner != EMPTY else EMPTY, EMPTY)
        if kind == "oneOrMore":
            return ("oneOrMore", inner) if inner not in (EMPTY, NOT_ALLOWED) else inner
        if kind == "mixed":
            return _interleave(TEXT, inner)
        return inner  # group, define, start

    def attributes(self, definition: etree._Element) -> list[tuple[etree._Element, bool]]:
        """``(attribute pattern, required)`` for each attribute of an element definition,
        through ``ref``s but not into child elements; required: not under ``optional``,
        ``zeroOrMore`` or ``choice``."""
        if id(definition) in self._attributes:
            return self._attributes[id(definition)]
        found: list[tuple[etree._Element, bool]] = []
        seen: set[str] = set()

        def walk(node: etree._Element, required: bool) -> None:
            for child in _children(node):
                kind = etree.QName(child).localname
                if kind == "attribute":
                    found.append((child, required))
                elif kind == "ref":
                    name = child.get("name", "")
                    if name not in seen and name in self.defines:
                        seen.add(name)
                        walk(self.defines[name], required)
                elif kind != "element":
                    walk(child, required and kind not in ("optional", "zeroOrMore", "choice"))

        walk(definition, True)
        self._attributes[id(definition)] = found
        return found

    def required_choices(self, definition: etree._Element) -> list[list[etree._Element]]:
        """The names of each required ``choice`` of attributes of an element definition (one of
        them must be there: ``element date { (jul_date | greg_date | hij_date), text }``), each
        branch a named ``attribute`` or a ``ref`` to one; required as for :meth:`attributes`."""
        found: list[list[etree._Element]] = []
        seen: set[str] = set()

        def attribute_of(node: etree._Element) -> etree._Element | None:
            while etree.QName(node).localname == "ref" and node.get("name", "") in self.defines:
                inner = _children(self.defines[node.get("name", "")])
                if len(inner) != 1:
                    return None
                node = inner[0]
            return node if etree.QName(node).localname == "attribute" and node.get("name") else None

        def walk(node: etree._Element, required: bool) -> None:
            for child in _children(node):
                kind = etree.QName(child).localname
                if kind == "choice" and required:
                    branches = [attribute_of(branch) for branch in _children(child)]
                    if len(branches) > 1 and all(b is not None for b in branches):
                        found.append(sorted((b for b in branches if b is not None),
                                            key=lambda b: b.get("name", "")))
                elif kind == "ref":
                    name = child.get("name", "")
                    if name not in seen and name in self.defines:
                        seen.add(name)
                        walk(self.defines[name], required)
                elif kind not in ("element", "attribute", "choice"):
                    walk(child, required and kind not in ("optional", "zeroOrMore"))

        walk(definition, True)
        return found


def _matches(pattern: etree._Element, name: Name) -> bool:
    return element_matches(pattern, frozenset((name,)))


def _children_all(node: etree._Element) -> list[etree._Element]:
    return [c for c in node if isinstance(c.tag, str) and c.tag.startswith(f"{{{RNG}}}")]


def _attribute_matches(pattern: etree._Element, name: Name) -> bool:
    if pattern.get("name") is not None:
        text = pattern.get("name", "")
        if ":" in text:
            return qualified_name(text, pattern) == name
        return (pattern.get("ns", ""), text) == name  # attributes: no ns inheritance (§4.8)
    first = _children_all(pattern)
    return bool(first) and name_class_matches(first[0], name)


def derivative(model: Model, p: tuple, token: Name | None) -> tuple:
    """The derivative of ``p`` by one child: an element name, or ``None`` for text."""
    kind = p[0]
    if kind in ("empty", "notAllowed"):
        return NOT_ALLOWED
    if kind == "text":
        return TEXT if token is None else NOT_ALLOWED
    if kind == "elem":
        return EMPTY if token is not None and _matches(model.key_of[p[1]], token) else NOT_ALLOWED
    if kind == "choice":
        return _choice(derivative(model, p[1], token), derivative(model, p[2], token))
    if kind == "group":
        result = _group(derivative(model, p[1], token), p[2])
        return _choice(result, derivative(model, p[2], token)) if nullable(p[1]) else result
    if kind == "interleave":
        return _choice(_interleave(derivative(model, p[1], token), p[2]),
                       _interleave(p[1], derivative(model, p[2], token)))
    return _group(derivative(model, p[1], token), _choice(p, EMPTY))  # oneOrMore


def _next(model: Model, p: tuple) -> dict[str, etree._Element | None]:
    """What may come next in ``p``: each ``element`` pattern under the name the grammar writes
    (:data:`WILDCARD` for a name class), and ``text`` (``None``)."""
    found: dict[str, etree._Element | None] = {}

    def walk(q: tuple) -> None:
        kind = q[0]
        if kind == "text":
            found["text"] = None
        elif kind == "elem":
            node = model.key_of[q[1]]
            found.setdefault(node.get("name") or WILDCARD, node)
        elif kind in ("choice", "interleave"):
            walk(q[1])
            walk(q[2])
        elif kind == "group":
            walk(q[1])
            if nullable(q[1]):
                walk(q[2])
        elif kind == "oneOrMore":
            walk(q[1])

    walk(p)
    return found


def first(model: Model, p: tuple) -> list[str]:
    """The names (and ``text``) that may come next in ``p``, as the grammar writes them."""
    return list(_next(model, p))


def _expected(names: list[str]) -> str:
    if not names:
        return "nothing more"
    shown = [n if n in ("text", WILDCARD) else f'"{n}"'
             for n in sorted(names, key=lambda n: (n != "text", n.lower()))]
    if len(shown) > EXPECTED_SHOWN:
        more = len(shown) - EXPECTED_SHOWN
        return ", ".join(shown[:EXPECTED_SHOWN]) + f" or {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


@dataclass(frozen=True, slots=True)
class Explained:
    """One problem: the element it is about, its line, the message and a rule key
    (``attribute-not-allowed``, ``attribute-value``, ``element-not-allowed``,
    ``element-not-allowed-yet``, ``unknown-element``, ``text-not-allowed``, ``incomplete``,
    ``missing-attribute`` or ``None`` for libxml2's own message); ``detail`` is the datatype description for
    ``attribute-value``; ``known`` the names a misspelling may be meant as (the schema's
    elements, or the attributes the element takes); ``attribute`` the attribute's name as
    lxml writes it (``{ns}local``) for the attribute rules; ``placeholder``, for
    ``missing-attribute``, a value the grammar surely takes (:func:`_placeholder`), which
    :func:`beyond` writes into its copy to go on past the missing attribute, as jing does."""

    element: etree._Element | None
    line: int | None
    message: str
    rule: str | None = None
    detail: str | None = None
    known: frozenset[str] | None = None
    attribute: str | None = None
    placeholder: str | None = None


class Explainer:
    """Rewrites libxml2's errors for one grammar (see the module docstring)."""

    def __init__(self, grammar: etree._ElementTree) -> None:
        self.model = Model(grammar)
        self._typed: dict[tuple[Name, str, Callable[[etree._Element], bool]], bool] = {}

    def content(self, element: etree._Element, *, recover: bool = False) -> list[Explained]:
        """Content problems of ``element`` by its content model (the choice of its
        definitions' models when several patterns match its name, as tei_all's wildcards for
        other namespaces do): a child not allowed where it is, or required children missing at
        the end. Only the first, unless ``recover``: then every child not allowed, each skipped
        as jing skips it, and what is missing at the end."""
        state = self._state(element)
        if state == NOT_ALLOWED:
            return []
        tokens: list[tuple[etree._Element | None, Name | None, int | None]] = []
        if element.text and element.text.strip():
            tokens.append((None, None, element.sourceline))
        for child in element:
            if isinstance(child.tag, str):
                tokens.append((child, _name(child), child.sourceline))
            if child.tail and child.tail.strip():
                tokens.append((None, None, child.sourceline))
        found = []
        for child, token, line in tokens:
            after = derivative(self.model, state, token)
            if after != NOT_ALLOWED:
                state = after
                continue
            missing = self._missing_before(state, child)
            if missing is None:
                found.append(self._not_allowed(element, child, line, state))
            else:
                names, later = missing
                what = (f'missing required element "{names[0]}"' if len(names) == 1
                        else f"expected {_expected(first(self.model, state))}")
                found.append(Explained(child, line, f'element "{_shown(child)}" not allowed yet; {what}',
                                       "element-not-allowed-yet"))
                state = later
            if not recover:
                return found
        if not nullable(state):
            missing = first(self.model, state)
            what = "required element" if len(missing) == 1 else "one of"
            found.append(Explained(element, element.sourceline,
                                   f'element "{_shown(element)}" incomplete; missing {what} '
                                   f"{_expected(missing)}", "incomplete"))
        return found

    def _state(self, element: etree._Element) -> tuple:
        """The content model of ``element``: the choice of its definitions' models
        (``NOT_ALLOWED`` when the grammar has none for its name)."""
        state = NOT_ALLOWED
        for definition in self.model.definitions(element):
            state = _choice(state, self.model.content(definition))
        return state

    def takes(self, element: etree._Element) -> bool:
        """Whether the grammar has a content model for ``element`` and it takes the children as
        they are (attributes and datatypes set aside, as in :meth:`content`)."""
        return self._state(element) != NOT_ALLOWED and not self.content(element)

    def _missing_before(self, state: tuple, child: etree._Element | None) -> tuple[list[str], tuple] | None:
        """The required elements whose absence keeps ``child`` out where the content model is
        at ``state``, each of which would let it in (jing's "not allowed yet": with one, "missing
        required element X"; with several, as ``availability`` first in a ``publicationStmt``
        that needs one of ``authority``, ``distributor`` or ``publisher`` before it, "expected
        …"), and the state after any of them and ``child``, as jing goes on (it then does not
        call the parent incomplete); ``None`` when nothing is required there or none would."""
        if child is None or nullable(state):
            return None
        token = _name(child)
        names, later = [], NOT_ALLOWED
        for shown, node in _next(self.model, state).items():
            if node is not None and node.get("name") is not None:
                before = derivative(self.model, state, qualified_name(node.get("name", ""), node))
                after = derivative(self.model, before, token)
                if after != NOT_ALLOWED:
                    names.append(shown)
                    later = _choice(later, after)
        return (names, later) if names else None

    def _not_allowed(self, element: etree._Element, child: etree._Element | None,
                     line: int | None, state: tuple) -> Explained:
        """The problem of ``child`` (``None``: text) where ``element``'s content model is at
        ``state`` and does not allow it."""
        expected = _expected(first(self.model, state))
        if child is None:
            return Explained(element, line, f'text not allowed here in element '
                             f'"{_shown(element)}"; expected {expected}', "text-not-allowed")
        local = etree.QName(child).localname
        if etree.QName(child).namespace == XINCLUDE_NS:
            return Explained(child, line, f'XInclude element "{_shown(child)}" was not '
                             "resolved, and the schema does not allow it here", "xinclude")
        if local not in self.model.declared:
            return Explained(child, line, f'element "{_shown(child)}" is not declared '
                             "in the schema", "unknown-element", known=self.model.declared)
        return Explained(child, line, f'element "{_shown(child)}" not allowed here; '
                         f"expected {expected}", "element-not-allowed")

    def attribute(self, element: etree._Element, attribute: str) -> Explained | None:
        """``@attribute`` (as lxml names it, or a local name) of ``element``, which libxml2
        calls invalid: not allowed there, or a value its datatype refuses."""
        definitions = self.model.definitions(element)
        if not definitions:
            return None
        qualified = attribute if attribute in element.attrib else next(
            (k for k in element.attrib if etree.QName(k).localname == attribute), None)
        if qualified is None:
            return None
        qname = etree.QName(qualified)
        name = (qname.namespace or "", qname.localname)
        shown = _shown_attribute(element, qualified)
        patterns = self._patterns(element, name)
        if not patterns:
            taken = frozenset(a.get("name", "") for d in definitions
                              for a, _ in self.model.attributes(d) if a.get("name"))
            return Explained(element, element.sourceline,
                             f'attribute "{shown}" not allowed on element "{_shown(element)}"',
                             "attribute-not-allowed", known=taken, attribute=qualified)
        value = element.get(qualified, "")
        if name == (XML_NS, "id"):
            return Explained(element, element.sourceline, XSD_ID_MESSAGE.format(value=value),
                             "xml-id-datatype", attribute=qualified)
        detail = describe(self.model, patterns[0])
        return Explained(element, element.sourceline,
                         f'value "{value}" of attribute "{shown}" is not valid: {detail}'
                         + _why_not_uri(value, detail), "attribute-value", detail,
                         attribute=qualified)

    def _patterns(self, element: etree._Element, name: Name) -> list[etree._Element]:
        """The ``attribute`` patterns of ``element``'s definitions that match ``name``."""
        return [a for d in self.model.definitions(element) for a, _ in self.model.attributes(d)
                if _attribute_matches(a, name)]

    def meant(self, element: etree._Element, local: str) -> str:
        """The attribute of ``element`` (as lxml names it) libxml2 means by ``local``: it
        names an attribute by its local name only, and of several with that name (``type``
        and ``fore:type`` on one ``div``) one that no pattern matches is the invalid one."""
        candidates = [k for k in element.attrib if etree.QName(k).localname == local]
        return next((k for k in candidates if not self._patterns(
            element, (etree.QName(k).namespace or "", local))), candidates[0] if candidates else local)

    def typed_attribute(self, element: etree._Element, attribute: str,
                        leaf: Callable[[etree._Element], bool]) -> bool:
        """Whether every pattern of ``element``'s definitions for ``@attribute`` (``{ns}local``)
        takes only values of ``data`` patterns ``leaf`` accepts (one, or a list of them:
        through ``ref``, ``list``, ``choice`` and repetitions); cached by ``leaf``."""
        key = (_name(element), attribute, leaf)
        if key not in self._typed:
            qname = etree.QName(attribute)
            patterns = self._patterns(element, (qname.namespace or "", qname.localname))
            self._typed[key] = bool(patterns) and all(
                _leaves_only(self.model, p, leaf) for p in patterns)
        return self._typed[key]

    def empty_values(self, element: etree._Element) -> list[Explained]:
        """The attributes of ``element`` whose value is empty (or only spaces) where every
        pattern for it takes only values of at least one non-space character (``\\S+``,
        ``[^\\p{C}\\p{Z}]+``): libxml2 says only that the element "failed to validate
        attributes" for ``<graphic url=""/>``, where jing names the attribute."""
        return [found for name, value in element.items()
                if not value.strip() and self.typed_attribute(element, name, _nonempty_leaf)
                and (found := self.attribute(element, name)) is not None]

    def missing_attributes(self, element: etree._Element) -> list[Explained]:
        """Required attributes ``element`` lacks (when it has one definition), and required
        choices of attributes it has none of (worded as jing words them)."""
        definitions = self.model.definitions(element)
        if len(definitions) != 1:
            return []
        present = {(etree.QName(k).namespace or "", etree.QName(k).localname)
                   for k in element.attrib}
        found = []
        for pattern, required in self.model.attributes(definitions[0]):
            if required and pattern.get("name") and not any(
                    _attribute_matches(pattern, name) for name in present):
                found.append(Explained(element, element.sourceline,
                                       f'element "{_shown(element)}" missing required attribute '
                                       f'"{pattern.get("name")}"', "missing-attribute",
                                       attribute=pattern.get("name"),
                                       placeholder=_placeholder(pattern, self.model.defines)))
        for branches in self.model.required_choices(definitions[0]):
            if not any(_attribute_matches(pattern, name) for pattern in branches for name in present):
                names = [f'"{pattern.get("name")}"' for pattern in branches]
                found.append(Explained(element, element.sourceline,
                                       f'element "{_shown(element)}" missing one or more required '
                                       f"attributes; expected attribute {', '.join(names[:-1])} or {names[-1]}",
                                       "missing-attribute", attribute=branches[0].get("name"),
                                       placeholder=_placeholder(branches[0], self.model.defines)))
        return found


def _placeholder(attribute: etree._Element, defines: dict[str, etree._Element]) -> str | None:
    """A value any attribute of this pattern takes: ``x`` for text (no content, ``text``, a
    string or token type without facets), the first of its ``value``s; ``None`` for any other
    datatype (recovery then stops there, as before)."""
    content = _children(attribute)
    while len(content) == 1 and etree.QName(content[0]).localname == "ref" \
            and content[0].get("name", "") in defines:
        content = _children(defines[content[0].get("name", "")])
    if not content:
        return "x"
    if len(content) != 1:
        return None
    node = content[0]
    kind = etree.QName(node).localname
    if kind == "choice" and len(_children(node)):
        node, kind = _children(node)[0], etree.QName(_children(node)[0]).localname
    if kind == "text" or kind == "data" and node.get("type") in ("string", "token", "normalizedString") \
            and not _children(node):
        return "x"
    return node.text or "" if kind == "value" else None


def _shown_attribute(element: etree._Element, qualified: str) -> str:
    """An attribute's name (``{ns}local``) as the document writes it: ``xml:id``, ``fore:type``."""
    qname = etree.QName(qualified)
    if qname.namespace is None:
        return qualified
    if qname.namespace == XML_NS:
        return f"xml:{qname.localname}"
    prefix = next((p for p, uri in element.nsmap.items() if uri == qname.namespace and p), None)
    return f"{prefix}:{qname.localname}" if prefix else qname.localname


def _why_not_uri(value: str, detail: str) -> str:
    """``"; token "x": reason`` for the first token of ``value`` that is not an ``anyURI``
    when ``detail`` is an ``anyURI`` type, else ``""``."""
    if "anyURI" not in detail:
        return ""
    bad = next((token for token in anyuri.tokens(value) if not anyuri.valid(token)), None)
    return f'; "{bad}" is not a URI: {anyuri.reason(bad)}' if bad is not None else ""


def _uri_leaf(data: etree._Element) -> bool:
    """Whether a ``data`` pattern is ``anyURI`` (as :func:`~nashr.validate.rngreduce.prepare`
    writes it)."""
    return any(p.text == ANY_URI for p in data.iterchildren(_tag("param")))


def _word_leaf(data: etree._Element) -> bool:
    """Whether a ``data`` pattern has the pattern facet ``[^\\p{C}\\p{Z}]+``."""
    return any(p.get("name") == "pattern" and p.text == wordchars.WORD_PATTERN
               for p in data.iterchildren(_tag("param")))


def _nonempty_leaf(data: etree._Element) -> bool:
    """Whether a ``data`` pattern has a pattern facet that no empty value matches."""
    return any(p.get("name") == "pattern" and p.text in (r"\S+", wordchars.WORD_PATTERN)
               for p in data.iterchildren(_tag("param")))


def _refused_uri(explainer: Explainer, element: etree._Element, attribute: str,
                 value: str) -> tuple[str, str] | None:
    """(detail, why) when ``value`` of an ``anyURI`` attribute is one jing refuses."""
    if not anyuri.suspect(value) or all(anyuri.valid(token) for token in anyuri.tokens(value)) \
            or not explainer.typed_attribute(element, attribute, _uri_leaf):
        return None
    detail = "must be of type anyURI"
    return detail, _why_not_uri(value, detail)


def _refused_word(explainer: Explainer, element: etree._Element, attribute: str,
                  value: str) -> tuple[str, str] | None:
    """(detail, why) when ``value`` of a ``[^\\p{C}\\p{Z}]+`` attribute has a Cf or Co
    character libxml2 let through (:mod:`nashr.validate.wordchars`)."""
    char = wordchars.excluded(value)
    if char is None or not explainer.typed_attribute(element, attribute, _word_leaf):
        return None
    qname = etree.QName(attribute)
    definitions = explainer.model.definitions(element)
    pattern = next(a for d in definitions for a, _ in explainer.model.attributes(d)
                   if _attribute_matches(a, (qname.namespace or "", qname.localname)))
    return describe(explainer.model, pattern), "; " + wordchars.reason(char)


def refused_values(explainer: Explainer, tree: etree._ElementTree,
                   found: list[Explained]) -> list[Explained]:
    """Attribute values libxml2 let through that XML Schema refuses, as ``attribute-value``
    problems: ``anyURI`` values (or lists of them) that jing refuses and the RELAX NG grammar's
    looser pattern lets through (:mod:`nashr.validate.anyuri`), and ``[^\\p{C}\\p{Z}]+``
    values with a format or private-use character libxml2's Unicode tables miss
    (:mod:`nashr.validate.wordchars`); not for attributes ``found`` already reports, nor inside
    an element no pattern of the grammar matches (jing does not look into it)."""
    reported = {(item.element, item.attribute) for item in found if item.attribute}
    skipped = {item.element for item in found if item.rule == "unknown-element"}
    more = []
    for element in tree.getroot().iter(etree.Element):
        for attribute, value in element.items():
            if (element, attribute) in reported:
                continue
            refused = _refused_uri(explainer, element, attribute, value) or \
                _refused_word(explainer, element, attribute, value)
            if refused is None or any(e in skipped for e in (element, *element.iterancestors())):
                continue
            shown = _shown_attribute(element, attribute)
            detail, why = refused
            more.append(Explained(element, element.sourceline,
                                  f'value "{value}" of attribute "{shown}" is not valid: '
                                  f"{detail}{why}", "attribute-value", detail,
                                  attribute=attribute))
    return more


def _not_allowed_attributes(explainer: Explainer, element: etree._Element) -> list[Explained]:
    """The attributes of ``element`` that none of its definitions takes (libxml2 names none of
    them when a required attribute is missing too)."""
    found = (explainer.attribute(element, name) for name in element.attrib)
    return [item for item in found if item is not None and item.rule == "attribute-not-allowed"]


LEAVES = ("value", "data", "text", "empty", "element", "attribute")
"""Patterns an attribute's value pattern ends in (:func:`_value_patterns` does not go inside them)."""


def _value_patterns(model: Model, pattern: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """The patterns inside an attribute's value ``pattern`` as (kind, element), in document order,
    through each ``ref`` once; not inside :data:`LEAVES`, ``param``, ``except`` or name classes."""
    seen: set[str] = set()

    def walk(node: etree._Element) -> Iterator[tuple[str, etree._Element]]:
        for child in _children_all(node):
            kind = etree.QName(child).localname
            if kind == "ref":
                name = child.get("name", "")
                if name not in seen and name in model.defines:
                    seen.add(name)
                    yield from walk(model.defines[name])
            elif kind not in ("param", "except", "anyName", "name", "nsName"):
                yield kind, child
                if kind not in LEAVES:
                    yield from walk(child)

    return walk(pattern)


def _leaves_only(model: Model, pattern: etree._Element,
                 leaf: Callable[[etree._Element], bool]) -> bool:
    """Whether the leaves of ``pattern`` (an ``attribute``) are all ``data`` that ``leaf``
    accepts, through ``ref``, ``list``, ``choice`` and repetitions."""
    leaves = [kind == "data" and leaf(child)
              for kind, child in _value_patterns(model, pattern) if kind in LEAVES]
    return bool(leaves) and all(leaves)


def describe(model: Model, attribute: etree._Element) -> str:
    """What an attribute's value must be, from its pattern: the values of a closed list, or
    the datatypes (with their ``pattern`` facets), each named once; for a ``list`` pattern
    (tei_all's ``metDecl/@type`` is a list of one to three of the same three values), that
    there may be several, separated by spaces, as the value of a RELAX NG ``list`` is (ISO/IEC
    19757-2 §6.2.10, whitespace-separated tokens)."""
    values: list[str] = []
    types: list[str] = []
    listed = False
    for kind, child in _value_patterns(model, attribute):
        if kind == "value":
            values.append(f'"{child.text or ""}"')
        elif kind == "data":
            params = list(child.iterchildren(_tag("param")))
            uri = any(p.text == ANY_URI for p in params)
            facets = [f"{p.get('name')} {p.text}" for p in params if p.text != ANY_URI]
            name = "anyURI" if uri else child.get("type", "")
            types.append(name + (f" ({', '.join(facets)})" if facets else ""))
        elif kind == "text":
            types.append("text")
        elif kind == "list":
            listed = True
    values = list(dict.fromkeys(values))
    parts = []
    if values:
        parts.append(("one or more of " if listed else "one of ") +
                     ", ".join(values[:EXPECTED_SHOWN]) +
                     (f" (and {len(values) - EXPECTED_SHOWN} more)" if len(values) > EXPECTED_SHOWN else ""))
    if types:
        parts.append(("values " if listed else "") + "of type " + " or ".join(dict.fromkeys(types)))
    if not parts:
        return "must be a space-separated list" if listed else "its value does not match the schema"
    return "must be " + ", or ".join(parts) + (", separated by spaces" if listed else "")


def explain(explainer: Explainer | None, tree: etree._ElementTree,
            errors: list, node: object) -> Iterator[Explained]:
    """The problems behind libxml2's ``errors`` (:class:`~nashr.validate.relaxng.RngError`),
    each once; ``node`` finds an error's element from its path."""
    located = [(node(tree, e.node_path), e) for e in errors]
    reported: set[etree._Element] = set()
    out: list[Explained] = []
    for element, error in located:
        if element is None or explainer is None:
            out.append(Explained(element, error.line, error.message))
            continue
        match = _INVALID_ATTRIBUTE.match(error.message)
        if match:
            found = explainer.attribute(element, explainer.meant(element, match["attr"]))
            out.append(found or Explained(element, error.line, error.message))
            continue
        if _NOT_EXPECTED.match(error.message) or error.message.startswith(
                "Did not expect text") or _INCOMPLETE.match(error.message):
            parent = element if _INCOMPLETE.match(error.message) or \
                error.message.startswith("Did not expect text") else element.getparent()
            found = explainer.content(parent) if parent is not None else []
            out.extend(found or [Explained(element, error.line, error.message)])
            continue
        if error.message.startswith(f"Element {element.tag.split('}')[-1]} has extra content"):
            found = explainer.content(element)
            if found:
                out.extend(found)
                continue
        if error.message.endswith("failed to validate attributes"):
            missing = explainer.missing_attributes(element)
            if missing:
                out.extend(_not_allowed_attributes(explainer, element))
                out.extend(missing)
                continue
            empty = explainer.empty_values(element)
            if empty:
                out.extend(empty)
                continue
        out.append(Explained(element, error.line, error.message))
    for item in out:
        if item.rule is not None and item.element is not None:
            reported.add(item.element)
    # a child that failed by its attributes makes libxml2 try the parent's content model again
    # and blame a sibling ("Did not expect element person there", "Expecting element desc, got
    # person"; which one varies) though the model takes them: when the grammar finds nothing
    # wrong with the parent's content, that is no error of its own
    failed_in = {item.element.getparent() for item in out
                 if item.rule in _ATTRIBUTE_RULES and item.element is not None} - {None}
    final = []
    for item in out:
        follow_on = item.rule is None and item.element is not None and (
            _FOLLOW_ON.match(item.message) and any(
                r is item.element or item.element in r.iterancestors() for r in reported)
            or _SIBLING_BLAMED.match(item.message) and item.element.getparent() in failed_in
            or bool(reported) and _abandoned(explainer, item))
        if not follow_on:
            final.append(item)
    return iter(final)


def _abandoned(explainer: Explainer, item: Explained) -> bool:
    """Whether libxml2's own message ``item`` is left from a branch it abandoned.

    When a later part of a document fails, libxml2 backtracks through the choices above it and
    may keep messages of a branch it gave up on elements whose content the grammar takes (on a
    letter of the Schnitzler correspondence, "Did not expect element biblStruct there" in a
    ``listBibl`` that jing accepts, after errors in the ``text``). Such a message, on content
    the grammar's model takes, is no error of its own while other problems are reported."""
    if not _SIBLING_BLAMED.match(item.message):
        return False
    element = item.element
    named = item.message.startswith(f"Element {etree.QName(element).localname} ")
    judged = element if named else element.getparent()
    return judged is not None and explainer.takes(judged)


#: At most this many rounds of :func:`beyond`; each reaches one more error inside the content
#: of every element libxml2 stopped in.
RECOVERY_ROUNDS = 10
#: Rules whose cause :func:`beyond` takes out of its copy: the element, attribute or text that
#: is not allowed, as jing skips it to go on.
_SKIPPED_ELEMENT = frozenset({"element-not-allowed", "element-not-allowed-yet", "unknown-element",
                              "xinclude"})
_DROPPED_ATTRIBUTE = frozenset({"attribute-not-allowed", "attribute-value", "xml-id-datatype"})


def beyond(check: Callable[[etree._ElementTree], list], explainer: Explainer,
           tree: etree._ElementTree, found: list[Explained], node: object,
           rooted: Callable[[etree._ElementTree], list | None] | None = None) -> list[Explained]:
    """The problems libxml2 did not reach, beyond those ``found`` in ``tree``.

    libxml2 stops checking an element's content at its first error; jing recovers: it skips
    the element, attribute or text that is not allowed and goes on, so it reports every error
    of a header, not the first. This does the same: it takes out what the problems found point
    at (an element not allowed where it is, an attribute not allowed or with a bad value, text
    not allowed), checks again and keeps the new errors the grammar explains (libxml2's own
    vague messages on a cut-down copy are not trusted), until nothing new is found or
    :data:`RECOVERY_ROUNDS` rounds. The other children not allowed in the same element are
    found at once (:func:`_rest_of_content`). A missing attribute is written in with a value the
    grammar surely takes (:func:`_placeholder`; never reported itself); a missing element, or an
    attribute whose datatype gives no such value, cannot be: what follows it in the same element
    stays unchecked (an attribute taken out for its value is not then reported missing); the
    content of an element that
    is not allowed is :func:`inside`'s.

    What is checked again: with ``rooted`` (``Grammar.check_rooted``, libxml2's errors for a
    copy of an element checked on its own, ``None`` when the grammar cannot), a copy of each
    element whose content had a problem (:func:`_scope`), as it is once the causes are out —
    libxml2 went on with the rest of the document; without it (or when it cannot), a copy of
    the whole of ``tree``, with ``check`` (libxml2's errors for a tree).

    Returns:
        The new problems, their ``element`` in ``tree`` (not in a copy), each once.
    """
    rounds: list[Callable[[list[Explained], list[Explained]], list[Explained] | None]] = []
    if rooted is not None:
        rounds.append(_ScopedRound(rooted, check, explainer, node))
    rounds.append(_WholeRound(check, explainer, tree, node))
    for next_round in rounds:
        seen = {(item.element, item.message) for item in found}
        settled: set[etree._Element] = set()
        more = _rest_of_content(explainer, found, seen, settled)
        pending = [*found, *more]
        taken: list[Explained] = []
        for _ in range(RECOVERY_ROUNDS):
            taken.extend(pending)
            explained = next_round(taken, pending)
            if explained is None:
                break
            pending = []
            dropped = {(item.element, item.attribute) for item in taken if item.rule in _DROPPED_ATTRIBUTE}
            placed = {(item.element, item.attribute) for item in taken
                      if item.rule == "missing-attribute" and item.placeholder is not None}
            for item in explained:
                if item.rule is not None and (item.element, item.message) not in seen \
                        and not _settled(item, settled) and not (
                            item.rule == "missing-attribute" and (item.element, item.attribute) in dropped) \
                        and not (item.rule in _DROPPED_ATTRIBUTE and (item.element, item.attribute) in placed):
                    seen.add((item.element, item.message))
                    pending.append(item)
            pending += _rest_of_content(explainer, pending, seen, settled)
            if not pending:
                return more
            more.extend(pending)
        else:
            return more
    return []


class _WholeRound:
    """A round of :func:`beyond` on a copy of the whole tree."""

    def __init__(self, check: Callable[[etree._ElementTree], list], explainer: Explainer,
                 tree: etree._ElementTree, node: object) -> None:
        self.check, self.explainer, self.node = check, explainer, node
        self.copy = deepcopy(tree)
        self.to_original = dict(zip(self.copy.iter(), tree.iter(), strict=True))
        self.to_copy = {original: mine for mine, original in self.to_original.items()}

    def __call__(self, taken: list[Explained], pending: list[Explained]) -> list[Explained]:
        if not _take_out(pending, self.to_copy):
            return []
        return [replace(item, element=self.to_original.get(item.element))
                for item in explain(self.explainer, self.copy, self.check(self.copy), self.node)
                if item.element is not None]


class _ScopedRound:
    """A round of :func:`beyond` on a copy of each element whose content had a problem
    (:func:`_scope`), checked on its own (with ``rooted``; the root with ``check``); ``None``
    when the grammar cannot check one on its own."""

    def __init__(self, rooted: Callable[[etree._ElementTree], list | None],
                 check: Callable[[etree._ElementTree], list], explainer: Explainer,
                 node: object) -> None:
        self.rooted, self.check, self.explainer, self.node = rooted, check, explainer, node

    def __call__(self, taken: list[Explained],
                 pending: list[Explained]) -> list[Explained] | None:
        scopes = dict.fromkeys(scope for scope in map(_scope, pending) if scope is not None)
        found = []
        for scope in scopes:
            if any(ancestor in scopes for ancestor in scope.iterancestors()):
                continue
            root = deepcopy(scope)
            root.tail = None
            to_copy = dict(zip(scope.iter(), root.iter(), strict=True))
            _take_out(taken, to_copy)
            alone = etree.ElementTree(root)
            # the document's root: its own grammar, compiled already, not a rooted one
            errors = self.rooted(alone) if scope.getparent() is not None else self.check(alone)
            if errors is None:
                return None
            to_original = {mine: original for original, mine in to_copy.items()}
            found += [replace(item, element=to_original.get(item.element))
                      for item in explain(self.explainer, alone, errors, self.node)
                      if item.element is not None]
        return found


def _scope(item: Explained) -> etree._Element | None:
    """The element whose content (or attributes) libxml2 stopped checking at ``item``'s
    cause, when that cause can be taken out: the parent of an element not allowed; the parent
    of an element with an attribute not allowed or a bad value (that element failed, and
    libxml2 may stop checking its parent's content there: GreekDraCor's Trachiniae lost two of
    three bad ``personGrp/@role`` in one ``listPerson``), the element itself at the root; the
    element text is not allowed in."""
    if item.element is None:
        return None
    if item.rule in _SKIPPED_ELEMENT:
        return item.element.getparent()
    if item.rule in _DROPPED_ATTRIBUTE or item.rule == "missing-attribute" and item.placeholder is not None:
        parent = item.element.getparent()
        return item.element if parent is None else parent
    if item.rule == "text-not-allowed":
        return item.element
    return None


def _rest_of_content(explainer: Explainer, items: list[Explained],
                     seen: set[tuple[etree._Element | None, str]],
                     settled: set[etree._Element]) -> list[Explained]:
    """The other content problems (:meth:`Explainer.content` with recovery) of the elements
    whose content ``items`` found a child or text not allowed in, not yet ``seen`` (added to
    it): libxml2 gives one such problem per element and validation, so a header with four
    unknown elements in a row took four validations of the whole document. Those elements are
    added to ``settled``: their content problems are all found."""
    parents = dict.fromkeys(_scope(item) for item in items
                            if item.rule in _SKIPPED_ELEMENT or item.rule == "text-not-allowed")
    found = []
    for parent in parents:
        if parent is None or parent in settled:
            continue
        settled.add(parent)
        for problem in explainer.content(parent, recover=True):
            if (problem.element, problem.message) not in seen:
                seen.add((problem.element, problem.message))
                found.append(problem)
    return found


#: Rules of the problems :meth:`Explainer.content` finds in an element's content.
_CONTENT_RULES = _SKIPPED_ELEMENT | {"text-not-allowed", "incomplete"}


def _settled(item: Explained, settled: set[etree._Element]) -> bool:
    """Whether ``item`` is a content problem of an element whose content problems are all
    found (:func:`_rest_of_content`, recovering as jing does). Taking a cause out of a copy
    can leave libxml2 new complaints there that jing does not make: with an element that is
    "not allowed yet" taken out, the required element is still missing before the next one."""
    if item.rule not in _CONTENT_RULES or item.element is None:
        return False
    owner = item.element if item.rule in ("text-not-allowed", "incomplete") else item.element.getparent()
    return owner in settled


#: Rules of an element :func:`inside` checks on its own.
_LOOKED_INTO = frozenset({"element-not-allowed", "element-not-allowed-yet", "unknown-element"})


def inside(check: Callable[[etree._ElementTree, etree._ElementTree | None], list | None],
           explainer: Explainer, found: list[Explained], node: object) -> list[Explained]:
    """The problems inside the elements ``found`` says are not allowed where they stand.

    libxml2 (and :func:`beyond`, which takes such an element out) never look inside it; jing
    checks its attributes and content against the element's own definitions (every pattern of
    the grammar for its name) and goes on. This does the same: each such element is copied into
    a document of its own and checked with ``check(copy, like)`` (``like`` as for
    :meth:`~nashr.validate.relaxng.Grammar.check_rooted`, which ``check`` is; ``None`` when
    the grammar cannot check an element on its own), explained and recovered like a document,
    and so on for the elements not allowed inside it. That holds for an element of another
    namespace too, which a wildcard of the grammar (tei_all's ``anyElement_…``) matches; an
    element no pattern matches is not looked into: jing skips it whole ("not allowed
    anywhere").

    Returns:
        The new problems (those :func:`explain` gives a rule), their ``element`` in the
        original tree, each once.
    """
    seen = {(item.element, item.message) for item in found}
    todo = [unchecked for item in found for unchecked in _unchecked(item.rule, item.element)]
    todo += [item.element for item in found if _root_not_allowed(item)]
    done: set[etree._Element] = set()
    more: list[Explained] = []
    while todo:
        element = todo.pop(0)
        if element in done:
            continue
        done.add(element)
        root = deepcopy(element)
        root.tail = None
        alone = etree.ElementTree(root)
        errors = check(alone, None)
        if not errors:
            continue
        here = list(explain(explainer, alone, errors, node))
        if any(item.rule is not None for item in here):
            here += beyond(lambda copy, like=alone: check(copy, like) or [], explainer, alone,
                           here, node, lambda copy: check(copy, None))
        else:  # libxml2's messages say nothing the grammar explains (wildcards: "extra content")
            here = _walk(explainer, root)
        to_original = dict(zip(root.iter(), element.iter(), strict=True))
        for item in here:
            original = to_original.get(item.element) if item.element is not None else None
            if original is None or item.rule is None or (original, item.message) in seen:
                continue
            seen.add((original, item.message))
            more.append(replace(item, element=original))
            todo.extend(_unchecked(item.rule, original))
    return more


def _unchecked(rule: str | None, element: etree._Element | None) -> list[etree._Element]:
    """The elements libxml2 never checks because of a problem of ``rule`` at ``element``: the
    element itself when it is not allowed where it stands (:data:`_LOOKED_INTO`); after an
    element "not allowed yet", every element after it in its parent too, as jing checks them:
    the required element is still missing when :func:`beyond` takes it out, so libxml2 stops
    there again."""
    if rule not in _LOOKED_INTO or element is None:
        return []
    if rule != "element-not-allowed-yet":
        return [element]
    return [element, *(sibling for sibling in element.itersiblings() if isinstance(sibling.tag, str))]


def _root_not_allowed(item: Explained) -> bool:
    """Whether ``item`` is libxml2's complaint that the document's root is not one the grammar
    starts with ("Did not expect element place there" on a ``place`` of its own): jing says
    the element is not allowed there and checks its content against the grammar's definition of
    it all the same (EDEp's gazetteer files), as for any element not allowed where it stands."""
    return (item.rule is None and item.element is not None and item.element.getparent() is None
            and _NOT_EXPECTED.match(item.message) is not None)


def _walk(explainer: Explainer, root: etree._Element) -> list[Explained]:
    """The content problems of every element under ``root`` (and of ``root``), each element's
    by :meth:`Explainer.content` with recovery, not entering a child that is not allowed: what
    is left when libxml2's messages on an invalid tree explain nothing. Attributes and
    datatypes are not checked."""
    found: list[Explained] = []
    todo = [root]
    while todo:
        element = todo.pop()
        problems = explainer.content(element, recover=True)
        found.extend(problems)
        skipped = {p.element for p in problems if p.rule in _SKIPPED_ELEMENT}
        todo.extend(c for c in element if isinstance(c.tag, str) and c not in skipped)
    return found


def _take_out(items: list[Explained], to_copy: dict) -> bool:
    """Take what ``items`` are about out of the copy; whether anything was taken out."""
    changed = False
    for item in items:
        target = to_copy.get(item.element) if item.element is not None else None
        if target is None:
            continue
        if item.rule in _SKIPPED_ELEMENT and target.getparent() is not None:
            _remove(target)
        elif item.rule in _DROPPED_ATTRIBUTE and item.attribute in target.attrib:
            del target.attrib[item.attribute]
        elif item.rule == "missing-attribute" and item.placeholder is not None and item.attribute \
                and item.attribute not in target.attrib:
            target.set(item.attribute, item.placeholder)
        elif item.rule == "text-not-allowed":
            target.text = None if target.text and target.text.strip() else target.text
            for child in target:
                child.tail = None if child.tail and child.tail.strip() else child.tail
        else:
            continue
        changed = True
    return changed


def _remove(element: etree._Element) -> None:
    """Remove ``element`` but not the text after it (its tail)."""
    parent, previous, tail = element.getparent(), element.getprevious(), element.tail
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
