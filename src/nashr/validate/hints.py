"""Plain-language hints, in English and Persian, for the most common TEI validation errors.

A hint says what to do, in the editor's words; the schema's own message stays beside it. Each
:class:`Hint` matches a libxml2 RELAX NG message (the wording of libxml2 2.x ``relaxng.c``) or a
nashr check, optionally only for a given element or parent. The rules come from the TEI P5
Guidelines: chapters 1 (the TEI infrastructure: attribute datatypes), 2 (the header), 3 (core
elements: ``p``, ``list``, ``lb``), 4 (default text structure: ``div``, ``head``), 13 (names and
dates) and 16 (linking: ``xml:id``, pointers).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"


@dataclass(frozen=True, slots=True)
class Hint:
    """One hint.

    Attributes:
        key: stable identifier (used in JSON output and tests).
        pattern: regular expression over the problem message; named groups ``elem``/``attr``.
        en, fa: the hint in English and Persian; ``{elem}``, ``{attr}``, ``{parent}`` are
            ``{here}`` are filled from the match, the element's parent and the element;
            ``{guess}``/``{guess_fa}`` suggest the closest schema name, when there is one.
        parent: only when the element's parent has this local name.
        elem: only when the offending element/attribute name group equals this.
        unknown: only when ``elem`` is not an element name of the schema.
    """

    key: str
    pattern: str
    en: str
    fa: str
    parent: str | None = None
    elem: str | None = None
    unknown: bool = False


_NOT_EXPECTED = r"^Did not expect element (?P<elem>\S+) there$"
_BAD_ATTR = r"^Invalid attribute (?P<attr>\S+) for element (?P<elem>\S+)$"


def _bad(*attributes: str) -> str:
    """Pattern of libxml2's message for an invalid value of one of ``attributes``."""
    return rf"^Invalid attribute (?P<attr>{'|'.join(attributes)}) for element (?P<elem>\S+)$"


def _text_in(*elements: str) -> str:
    """Pattern of libxml2's message for text inside one of ``elements``."""
    return rf"^Did not expect text in element (?P<elem>{'|'.join(elements)}) content$"


#: Most specific first: the first hint that matches wins.
HINTS: tuple[Hint, ...] = (
    Hint("unknown-element", _NOT_EXPECTED,
         "{elem} is not an element of this schema (names are case-sensitive){guess}",
         "{elem} عنصری از این طرح‌واره نیست (نام‌ها به بزرگی و کوچکی حروف حساس‌اند){guess_fa}",
         unknown=True),
    Hint("p-contains-div", _NOT_EXPECTED,
         "p cannot contain div: close the paragraph first, then open the division.",
         "p نمی‌تواند div داشته باشد: نخست پاراگراف را ببندید، سپس بخش (div) را باز کنید.",
         parent="p", elem="div"),
    Hint("p-contains-p", _NOT_EXPECTED,
         "A paragraph cannot contain another paragraph: close the first p before the next.",
         "پاراگراف نمی‌تواند پاراگراف دیگری در خود داشته باشد: پیش از p بعدی، p نخست را ببندید.",
         parent="p", elem="p"),
    Hint("p-contains-block", _NOT_EXPECTED,
         "p holds running text and phrase-level elements only: close the paragraph before "
         "{elem}, or use a phrase-level element instead.",
         "p فقط متن و عنصرهای درون‌خطی می‌پذیرد: پیش از {elem} پاراگراف را ببندید، یا به جای آن "
         "عنصری درون‌خطی به کار ببرید.",
         parent="p"),
    Hint("head-not-first", _NOT_EXPECTED,
         "head must come first in its division, before any p, list or nested div.",
         "head باید نخستین عنصر بخش باشد، پیش از هر p، list یا div درونی.",
         elem="head"),
    Hint("item-outside-list", _NOT_EXPECTED,
         "item belongs inside a list: wrap the items in <list>…</list>.",
         "item باید درون list باشد: آیتم‌ها را در <list>…</list> بگذارید.",
         elem="item"),
    Hint("text-without-header", _NOT_EXPECTED,
         "The teiHeader is missing: a TEI document starts with <teiHeader> before <text>.",
         "teiHeader وجود ندارد: سند TEI با <teiHeader> پیش از <text> آغاز می‌شود.",
         elem="text"),
    Hint("root-not-tei", r"^Did not expect element (?P<elem>TEI|teiCorpus) there$",
         "The root element is not in the TEI namespace: write "
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">.",
         "عنصر ریشه در فضای نام TEI نیست: بنویسید <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">."),
    Hint("div-then-p", _NOT_EXPECTED,
         "Once a div contains divs it cannot go on with loose {elem}: put it in its own div, "
         "or before the first nested div.",
         "وقتی div بخش‌های درونی دارد، {elem} نمی‌تواند پس از آن‌ها بیاید: آن را در div جداگانه یا "
         "پیش از نخستین div درونی بگذارید.",
         parent="div"),
    Hint("element-misplaced", _NOT_EXPECTED,
         "{elem} is not allowed at this place in {parent}: check the order of the children and "
         "the spelling (TEI names are case-sensitive: persName, not persname).",
         "{elem} در این جای {parent} مجاز نیست: ترتیب عنصرها و املای نام را بررسی کنید (نام‌های "
         "TEI به بزرگی و کوچکی حروف حساس‌اند: persName نه persname)."),
    Hint("text-in-empty-element", _text_in("lb", "pb", "cb", "milestone", "gap", "anchor", "ptr"),
         "{elem} is an empty milestone element: write <{elem}/> and put the text after it.",
         "{elem} عنصری تهی (نشانه) است: <{elem}/> بنویسید و متن را پس از آن بگذارید."),
    Hint("text-in-container", _text_in(r"\S+"),
         "{elem} cannot contain text directly: wrap the text in p (or ab, or item in a list).",
         "{elem} نمی‌تواند مستقیماً متن داشته باشد: متن را در p (یا ab، یا item درون list) بگذارید."),
    Hint("missing-child", r"^Expecting an element (?P<elem>\S*)\s*, got nothing$",
         "A required child element is missing in {here} (e.g. titleStmt needs a title, "
         "fileDesc needs titleStmt, publicationStmt and sourceDesc, body needs a p or div).",
         "عنصر فرزندی که لازم است در {here} نیامده است (مثلاً titleStmt به title نیاز دارد، "
         "fileDesc به titleStmt و publicationStmt و sourceDesc، و body به p یا div)."),
    Hint("lang-not-xml-lang", _BAD_ATTR,
         "Use xml:lang, not lang: <{elem} xml:lang=\"fa\">.",
         "به جای lang از xml:lang استفاده کنید: <{elem} xml:lang=\"fa\">.",
         elem="lang"),
    Hint("id-not-xml-id", _BAD_ATTR,
         "Use xml:id, not id: <{elem} xml:id=\"…\">.",
         "به جای id از xml:id استفاده کنید: <{elem} xml:id=\"…\">.",
         elem="id"),
    Hint("xml-id-invalid", r"^xml:id .*$",
         "xml:id must be an XML name (start with a letter or _, no spaces, not just digits: "
         "p3, not 3) and unique in the document.",
         "xml:id باید نامی مجاز در XML باشد (با حرف یا _ آغاز شود، بی‌فاصله، نه فقط رقم: p3 نه 3) و "
         "در سراسر سند یکتا باشد."),
    Hint("date-format", _bad("when", "notBefore", "notAfter", "from", "to"),
         "@{attr} takes an ISO 8601 / XML Schema date in the Gregorian calendar, with two-digit "
         "month and day (2007-10-27, not 2007-10-7 or 1386-8-5); a Solar Hijri date goes in "
         "@{attr}-custom with datingMethod=\"#jalali\".",
         "‎@{attr} تاریخ میلادی به قالب ISO 8601 می‌گیرد، با ماه و روز دو رقمی (2007-10-27 نه 2007-10-7 "
         "یا 1386-8-5)؛ تاریخ خورشیدی در ‎@{attr}-custom با datingMethod=\"#jalali\" می‌آید."),
    Hint("word-datatype", _bad("type", "subtype", "unit", "role", "place", "scheme", "ident", "reason", "agent",
                          "rend"),
         "@{attr} takes a single word (teidata.word): no spaces and no invisible characters "
         "such as ZWNJ (U+200C) or ZWSP; prefer a Latin keyword (e.g. type=\"ordinal\").",
         "‎@{attr} یک واژه می‌پذیرد (teidata.word): بی‌فاصله و بی‌نویسه‌های نامرئی مانند نیم‌فاصله "
         "(ZWNJ، U+200C)؛ بهتر است کلیدواژه‌ای لاتین به کار ببرید (مانند type=\"ordinal\")."),
    Hint("numeric-value", _bad("value", "atLeast", "atMost", "min", "max", "quantity"),
         "@{attr} is a number written with ASCII digits (29, not ۲۹ or ٢٩).",
         "‎@{attr} عددی با رقم‌های لاتین است (29، نه ۲۹ یا ٢٩)."),
    Hint("pointer-datatype", _bad("ref", "target", "corresp", "resp", "who", "ana", "sameAs", "source", "facs",
                              "calendar", "datingMethod", "hand", "next", "prev"),
         "@{attr} holds URIs separated by spaces; a pointer to an element of this document is "
         "#id (calendar=\"#jalali\"); a space inside a URI is written %20.",
         "‎@{attr} نشانی‌هایی (URI) جداشده با فاصله است؛ اشاره به عنصری از همین سند ‎#id است "
         "(calendar=\"#jalali\")؛ فاصلهٔ درون نشانی را ‎%20 بنویسید."),
    Hint("certainty-value", _bad("cert"),
         "@cert takes high, medium, low, unknown, or a probability between 0 and 1.",
         "‎@cert یکی از high، medium، low، unknown یا احتمالی میان 0 و 1 است."),
    Hint("attribute-not-allowed", _BAD_ATTR,
         "{elem} does not take @{attr}, or its value has the wrong form: check the spelling "
         "(attribute names are case-sensitive) and the attribute's datatype in the Guidelines.",
         "{elem} ویژگی ‎@{attr} را نمی‌پذیرد، یا مقدار آن نادرست است: املای نام ویژگی (حساس به "
         "بزرگی و کوچکی حروف) و نوع دادهٔ آن را در رهنمودهای TEI بررسی کنید."),
    Hint("extra-content", r"^Element (?P<elem>\S+) has extra content: (?P<attr>\S+)$",
         "{elem} cannot contain {attr} at this place: move it, or close {elem} before it.",
         "{elem} نمی‌تواند {attr} را در این جا داشته باشد: آن را جابه‌جا کنید یا پیش از آن {elem} "
         "را ببندید."),
    Hint("wrong-order", r"^Expecting element (?P<elem>\S+), got (?P<attr>\S+)$",
         "{elem} is required before {attr} here: add it, or put the children in the order the "
         "Guidelines give.",
         "این جا پیش از {attr} به {elem} نیاز است: آن را بیفزایید یا فرزندان را به ترتیب رهنمودها "
         "بچینید."),
)


def _local(node: etree._Element | None) -> str:
    if node is None or not isinstance(node.tag, str):
        return ""
    return etree.QName(node).localname


def _guess(name: str, known: frozenset[str]) -> str | None:
    same = [k for k in known if k.lower() == name.lower()]
    close = same or difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


def find(message: str, element: etree._Element | None,
         known: frozenset[str] | None = None) -> tuple[str, str, str] | None:
    """The first hint for a problem.

    Args:
        message: the schema's message (libxml2 wording) or a nashr check's message.
        element: the element the problem is about, when known (gives ``{parent}``).
        known: the schema's element local names, for the ``unknown-element`` hint.

    Returns:
        ``(key, english, persian)`` or ``None`` when no hint applies.
    """
    parent = _local(element.getparent()) if element is not None else ""
    for hint in HINTS:
        match = re.match(hint.pattern, message)
        if match is None:
            continue
        groups = {k: v or "" for k, v in match.groupdict().items()}
        named = groups.get("attr") if hint.pattern == _BAD_ATTR else groups.get("elem")
        if hint.elem is not None and named != hint.elem:
            continue
        if hint.parent is not None and parent != hint.parent:
            continue
        if hint.unknown and (known is None or groups.get("elem", "") in known):
            continue
        if hint.key == "root-not-tei" and element is not None and element.getparent() is not None:
            continue
        guess = _guess(groups.get("elem", ""), known) if hint.unknown and known else None
        values = {"elem": groups.get("elem", ""), "attr": groups.get("attr", ""),
                  "guess": f": did you mean {guess}?" if guess else ".",
                  "guess_fa": f"؛ آیا منظورتان {guess} بود؟" if guess else ".",
                  "parent": parent or "its parent", "here": _local(element) or "this element"}
        return hint.key, hint.en.format(**values), hint.fa.format(**values)
    return None
