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
import functools
import re
from dataclasses import dataclass

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
EXAMPLES_NS = "http://www.tei-c.org/ns/Examples"


@dataclass(frozen=True, slots=True)
class Hint:
    """One hint.

    Attributes:
        key: stable identifier (used in JSON output and tests).
        rule: the problem's rule (:mod:`nashr.validate.explain` keys, ``xml:id`` for the
            identifier check, ``None`` for libxml2's own messages).
        en, fa: the hint in English and Persian; ``{elem}``, ``{attr}``, ``{parent}`` and
            ``{here}`` are filled from the problem, the element's parent and the element;
            ``{guess}``/``{guess_fa}`` suggest the closest schema name, when there is one.
        parent: only when the element's parent has this local name.
        elem: only when the named element (or, for attribute rules, attribute) is this.
        detail: only when the datatype description matches this regular expression.
        value: only when the attribute value matches this regular expression.
        message: only when the message matches this regular expression.
        after: only when the element has an earlier sibling of this local name.
        foreign: only when the element (``unknown-element``) or the prefixed attribute
            (``attribute-not-allowed``) is outside the TEI namespace; ``{ns}``/``{ns_fa}`` name its
            namespace and ``{name}`` the element as the document writes it (with its prefix).
        tei: only when the element is in the TEI namespace.
        misspelt_tei: only when the element's namespace is TEI's misspelt (:func:`misspelt_tei`);
            ``{uri}`` names it.
        example: only when the element is inside an ``egXML`` example (TEI Guidelines 22.5.3).
    """

    key: str
    rule: str | None
    en: str
    fa: str
    parent: str | None = None
    elem: str | None = None
    detail: str | None = None
    value: str | None = None
    message: str | None = None
    after: str | None = None
    foreign: bool = False
    tei: bool = False
    misspelt_tei: bool = False
    example: bool = False


_NAMES = re.compile(r'(?:element|attribute) "(?P<first>[^"]+)"(?:.*?(?:element|attribute) '
                    r'"(?P<second>[^"]+)")?')
_VALUE = re.compile(r'^value "(?P<value>.*)" of attribute "(?P<attr>[^"]+)"', re.S)
#: Format and invisible characters (Unicode general categories Cc, Cf, Co, Zs, Zl, Zp).
_INVISIBLE = (r"[\s\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
              r"\ue000-\uf8ff\U000f0000-\U0010ffff]")

#: Most specific first: the first hint that matches wins.
HINTS: tuple[Hint, ...] = (
    Hint("foreign-element", "unknown-element",
         "{name} is in {ns}, not in TEI's: this schema takes no element of another namespace here. "
         "A project that uses one declares it in its customisation (an ODD; TEI Guidelines 23.3, "
         "Customization) and validates with --schema PATH of the schema made from it.",
         "{name} در {ns_fa} است، نه در فضای نام TEI: این طرح‌واره اینجا عنصری از فضای نام دیگر نمی‌پذیرد. "
         "پروژه‌ای که آن را به کار می‌برد، در سفارشی‌سازی خود (ODD؛ رهنمودهای TEI، ۲۳٫۳) تعریفش می‌کند و "
         "با ‎--schema PATH‎ طرح‌وارهٔ ساخته‌شده از آن بررسی می‌کند.",
         foreign=True),
    Hint("unknown-element", "unknown-element",
         "{elem} is not an element of this schema (names are case-sensitive){guess}",
         "{elem} عنصری از این طرح‌واره نیست (نام‌ها به بزرگی و کوچکی حروف حساس‌اند){guess_fa}"),
    Hint("xinclude", "xinclude",
         "Check without --no-xinclude so that nashr replaces xi:include by the file it names "
         "(W3C XInclude 1.0), as oXygen and jing do.",
         "بدون ‎--no-xinclude بررسی کنید تا nashr به جای xi:include پرونده‌ای را که نام می‌برد بگذارد "
         "(XInclude 1.0 از W3C)، چنان که oXygen و jing می‌کنند."),
    Hint("p-contains-div", "element-not-allowed",
         "p cannot contain div: close the paragraph first, then open the division.",
         "p نمی‌تواند div داشته باشد: نخست پاراگراف را ببندید، سپس بخش (div) را باز کنید.",
         parent="p", elem="div"),
    Hint("p-contains-p", "element-not-allowed",
         "A paragraph cannot contain another paragraph: close the first p before the next.",
         "پاراگراف نمی‌تواند پاراگراف دیگری در خود داشته باشد: پیش از p بعدی، p نخست را ببندید.",
         parent="p", elem="p"),
    Hint("p-contains-block", "element-not-allowed",
         "p holds running text and phrase-level elements only: close the paragraph before "
         "{elem}, or use a phrase-level element instead.",
         "p فقط متن و عنصرهای درون‌خطی می‌پذیرد: پیش از {elem} پاراگراف را ببندید، یا به جای آن "
         "عنصری درون‌خطی به کار ببرید.",
         parent="p"),
    Hint("head-not-first", "element-not-allowed",
         "head must come first in its division, before any p, list or nested div.",
         "head باید نخستین عنصر بخش باشد، پیش از هر p، list یا div درونی.",
         elem="head"),
    Hint("item-outside-list", "element-not-allowed",
         "item belongs inside a list: wrap the items in <list>…</list>.",
         "item باید درون list باشد: آیتم‌ها را در <list>…</list> بگذارید.",
         elem="item"),
    Hint("text-without-header", "element-not-allowed-yet",
         "The teiHeader is missing: a TEI document starts with <teiHeader> before <text>.",
         "teiHeader وجود ندارد: سند TEI با <teiHeader> پیش از <text> آغاز می‌شود.",
         elem="text", parent="TEI"),
    Hint("root-tei-namespace-misspelt", None,
         "The root element is in the namespace \"{uri}\", which is not TEI's but a misspelling of "
         "it: TEI's namespace is exactly \"http://www.tei-c.org/ns/1.0\" (http, www, no \"/\" at the "
         "end). Correct xmlns on the root; until then no element of the file is checked as TEI.",
         "عنصر ریشه در فضای نام «{uri}» است که فضای نام TEI نیست، بلکه نادرست‌نوشتهٔ آن است: فضای نام "
         "TEI دقیقاً «http://www.tei-c.org/ns/1.0» است (با http و www، بی «/» در پایان). xmlns ریشه را "
         "درست کنید؛ تا آن زمان هیچ عنصری از پرونده به‌عنوان TEI بررسی نمی‌شود.",
         message=r"^Did not expect element \S+ there$", misspelt_tei=True),
    Hint("root-not-tei", None,
         "The root element is not in the TEI namespace: write "
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">.",
         "عنصر ریشه در فضای نام TEI نیست: بنویسید <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">.",
         message=r"^Did not expect element (TEI|teiCorpus) there$"),
    Hint("root-tei-p4", None,
         "TEI.2 is the root of a TEI P4 document (before 2007, without a namespace); these "
         "schemas are TEI P5: convert it first (the TEI Stylesheets' p4top5.xsl), then validate "
         "the result.",
         "TEI.2 ریشهٔ سندهای TEI P4 است (پیش از ۲۰۰۷، بی فضای نام)؛ این طرح‌واره‌ها TEI P5 اند: "
         "نخست آن را تبدیل کنید (p4top5.xsl از برگه‌سبک‌های TEI) و سپس نتیجه را بررسی کنید.",
         message=r"^Did not expect element (TEI|tei)\.2 there$"),
    Hint("root-tei-fragment", None,
         "The root element is {here}, a TEI element, but a TEI document starts with TEI or "
         "teiCorpus: this file is a part of one (a project may XInclude it into a document). "
         "Check the document that includes it, or wrap it in <TEI> with a teiHeader.",
         "عنصر ریشه {here} است که عنصری از TEI است، اما سند TEI با TEI یا teiCorpus آغاز می‌شود: "
         "این پرونده پاره‌ای از یک سند است (پروژه‌ای شاید آن را با XInclude در سندی بیاورد). سندی "
         "را که آن را می‌آورد بررسی کنید، یا آن را با teiHeader درون <TEI> بگذارید.",
         message=r"^Did not expect element (?!(TEI|teiCorpus) there$)\S+ there$", tei=True),
    Hint("root-not-a-tei-document", None,
         "The root element is {here}, not TEI or teiCorpus: this file is not a TEI document. "
         "If it follows another schema, check it with --schema PATH.",
         "عنصر ریشه {here} است، نه TEI یا teiCorpus: این پرونده سند TEI نیست. اگر از طرح دیگری "
         "پیروی می‌کند، با ‎--schema PATH‎ بررسی‌اش کنید.",
         message=r"^Did not expect element (?!(TEI|teiCorpus) there$)\S+ there$"),
    Hint("div-then-p", "element-not-allowed",
         "Once a div contains divs it cannot go on with loose {elem}: put it in its own div, "
         "or before the first nested div.",
         "وقتی div بخش‌های درونی دارد، {elem} نمی‌تواند پس از آن‌ها بیاید: آن را در div جداگانه یا "
         "پیش از نخستین div درونی بگذارید.",
         parent="div", after="div"),
    Hint("text-in-empty-element", "text-not-allowed",
         "{elem} is an empty milestone element: write <{elem}/> and put the text after it.",
         "{elem} عنصری تهی (نشانه) است: <{elem}/> بنویسید و متن را پس از آن بگذارید.",
         message=r'element "(lb|pb|cb|milestone|gap|anchor|ptr)"'),
    Hint("text-in-container", "text-not-allowed",
         "{elem} cannot contain text directly: wrap the text in p (or ab, or item in a list).",
         "{elem} نمی‌تواند مستقیماً متن داشته باشد: متن را در p (یا ab، یا item درون list) بگذارید.",
         message=r'expected .*"(p|ab|item|l|div|lg)"'),
    Hint("missing-child", "incomplete",
         "{here} needs the missing child element(s) named above before it is complete (the "
         "Guidelines give the order of its children).",
         "{here} بدون عنصر(های) فرزندی که در پیام آمده کامل نیست (ترتیب فرزندان در رهنمودهای TEI "
         "آمده است)."),
    Hint("lang-not-xml-lang", "attribute-not-allowed",
         "Use xml:lang, not lang: <{here} xml:lang=\"fa\">.",
         "به جای lang از xml:lang استفاده کنید: <{here} xml:lang=\"fa\">.",
         elem="lang"),
    Hint("id-not-xml-id", "attribute-not-allowed",
         "Use xml:id, not id: <{here} xml:id=\"…\">.",
         "به جای id از xml:id استفاده کنید: <{here} xml:id=\"…\">.",
         elem="id"),
    Hint("foreign-attribute", "attribute-not-allowed",
         "@{attr} is in {ns}: {here} takes no attribute of another namespace in this schema. A project "
         "that uses one declares it in its customisation (an ODD; TEI Guidelines 23.3, Customization) "
         "and validates with --schema PATH of the schema made from it.",
         "‎@{attr} در {ns_fa} است: {here} در این طرح‌واره ویژگی‌ای از فضای نام دیگر نمی‌پذیرد. پروژه‌ای که "
         "آن را به کار می‌برد، در سفارشی‌سازی خود (ODD؛ رهنمودهای TEI، ۲۳٫۳) تعریفش می‌کند و با "
         "‎--schema PATH‎ طرح‌وارهٔ ساخته‌شده از آن بررسی می‌کند.",
         foreign=True),
    Hint("attribute-not-allowed", "attribute-not-allowed",
         "{here} does not take @{attr}{instead}",
         "{here} ویژگی ‎@{attr} را نمی‌پذیرد{instead_fa}"),
    Hint("xml-id-duplicate-example", "xml:id",
         "This xml:id is inside an egXML example: W3C xml:id 1.0 makes every xml:id of a document an "
         "ID, examples included (jing and oXygen do not look inside egXML, and say valid). Give each "
         "example's identifiers values of their own (a suffix per example), or leave xml:id off the "
         "repeated ones.",
         "این xml:id درون نمونهٔ egXML است: بنا بر xml:id 1.0 از W3C هر xml:id در سند شناسه است، در "
         "نمونه‌ها نیز (jing و oXygen درون egXML را نمی‌بینند و آن را معتبر می‌دانند). به شناسه‌های هر "
         "نمونه مقداری از آنِ خودش بدهید (پسوندی برای هر نمونه)، یا xml:id را از تکرارها بردارید.",
         message=r"is already used on line", example=True),
    Hint("xml-id-duplicate", "xml:id",
         "Each xml:id must be unique in the document: rename one of the two (and the pointers "
         "#… that mean it).",
         "هر xml:id باید در سند یکتا باشد: نام یکی از این دو را (و اشاره‌های #… به آن را) تغییر دهید.",
         message=r"is already used on line"),
    Hint("xml-id-invalid", "xml:id",
         "xml:id must be an XML name (start with a letter or _, no spaces, not just digits: "
         "p3, not 3) and unique in the document.",
         "xml:id باید نامی مجاز در XML باشد (با حرف یا _ آغاز شود، بی‌فاصله، نه فقط رقم: p3 نه 3) و "
         "در سراسر سند یکتا باشد."),
    Hint("xml-id-invalid", "xml-id-datatype",
         "xml:id must be an XML name (start with a letter or _, no spaces, not just digits: "
         "p3, not 3) and unique in the document.",
         "xml:id باید نامی مجاز در XML باشد (با حرف یا _ آغاز شود، بی‌فاصله، نه فقط رقم: p3 نه 3) و "
         "در سراسر سند یکتا باشد."),
    Hint("date-format", "attribute-value",
         "@{attr} takes an ISO 8601 / XML Schema date in the Gregorian calendar, with two-digit "
         "month and day (2007-10-27, not 2007-10-7 or 1386-8-5); a Solar Hijri date goes in "
         "@{attr}-custom with datingMethod=\"#jalali\".",
         "‎@{attr} تاریخ میلادی به قالب ISO 8601 می‌گیرد، با ماه و روز دو رقمی (2007-10-27 نه 2007-10-7 "
         "یا 1386-8-5)؛ تاریخ خورشیدی در ‎@{attr}-custom با datingMethod=\"#jalali\" می‌آید.",
         detail=r"\bdate\b|gYear"),
    Hint("word-datatype", "attribute-value",
         "@{attr} takes a single word (teidata.word): no spaces and no invisible characters "
         "such as ZWNJ (U+200C) or ZWSP; prefer a Latin keyword (e.g. type=\"ordinal\").",
         "‎@{attr} یک واژه می‌پذیرد (teidata.word): بی‌فاصله و بی‌نویسه‌های نامرئی مانند نیم‌فاصله "
         "(ZWNJ، U+200C)؛ بهتر است کلیدواژه‌ای لاتین به کار ببرید (مانند type=\"ordinal\").",
         detail=re.escape(r"[^\p{C}\p{Z}]+"), value=_INVISIBLE),
    Hint("numeric-value", "attribute-value",
         "@{attr} is a number written with ASCII digits (29, not ۲۹ or ٢٩).",
         "‎@{attr} عددی با رقم‌های لاتین است (29، نه ۲۹ یا ٢٩).",
         detail=r"decimal|[Ii]nteger|double|float", value=r"[\u0660-\u0669\u06f0-\u06f9]"),
    Hint("pointer-datatype", "attribute-value",
         "@{attr} holds URIs separated by spaces (a pointer into this document is #id); inside "
         "one URI write a space as %20 and a % sign as %25, and use # only once.",
         "‎@{attr} نشانی‌هایی (URI) جداشده با فاصله است (اشاره به عنصری از همین سند ‎#id است)؛ درون "
         "یک نشانی فاصله را ‎%20 و نشانهٔ ٪ را ‎%25 بنویسید و # را تنها یک بار به کار ببرید.",
         detail=r"anyURI", value=r"%(?![0-9A-Fa-f]{2})|#.*#"),
    Hint("certainty-value", "attribute-value",
         "@cert takes high, medium, low, unknown, or a probability between 0 and 1.",
         "‎@cert یکی از high، medium، low، unknown یا احتمالی میان 0 و 1 است.",
         elem="cert"),
)


#: What to do with an attribute the element does not take when no name it takes is close
#: (Escher's ``person/@type``, Syriaca's ``persName/@syriaca-tags``).
_NO_SUCH_ATTRIBUTE = (": take it out, or say the same with an attribute or child element {here} has (the "
                      "Guidelines' reference page for {here} lists them). A project's own attribute is "
                      "declared in its customisation (an ODD) and checked with --schema PATH of the "
                      "schema made from it.")
_NO_SUCH_ATTRIBUTE_FA = ("؛ آن را بردارید، یا همین را با ویژگی یا عنصر فرزندی که {here} دارد بیان کنید (صفحهٔ "
                         "{here} در رهنمودهای TEI آن‌ها را برمی‌شمارد). ویژگیِ ویژهٔ یک پروژه در سفارشی‌سازی "
                         "آن (ODD) تعریف و با ‎--schema PATH‎ طرح‌وارهٔ ساخته‌شده از آن بررسی می‌شود.")


def _local(node: etree._Element | None) -> str:
    if node is None or not isinstance(node.tag, str):
        return ""
    return etree.QName(node).localname


def misspelt_tei(uri: str | None) -> bool:
    """Whether ``uri`` is TEI's namespace misspelt: not it, but it once case, ``https``, ``www.``
    and a ``/`` at the end are set aside (``http://www.tei-c.org/ns/1.0/``, a real project's)."""
    if not uri or uri == TEI_NS:
        return False
    plain = uri.strip().lower().rstrip("/").replace("https://", "http://", 1).replace("://www.", "://", 1)
    return plain == "http://tei-c.org/ns/1.0"


def _in_example(element: etree._Element) -> bool:
    """Whether ``element`` is inside an ``egXML`` (its content is in TEI's Examples namespace)."""
    return etree.QName(element).namespace == EXAMPLES_NS or next(
        element.iterancestors(f"{{{EXAMPLES_NS}}}egXML"), None) is not None


def _namespace(rule: str | None, element: etree._Element | None, attr: str) -> str | None:
    """The namespace URI, outside TEI's, of the element (``unknown-element``) or the prefixed
    attribute (``attribute-not-allowed``) a problem names (``""``: no namespace); None when it is
    TEI's or the problem names neither (``xml:`` attributes are XML's own, W3C Namespaces in XML
    1.0 §3)."""
    if element is None:
        return None
    if rule == "unknown-element":
        uri = etree.QName(element).namespace
    elif rule == "attribute-not-allowed" and ":" in attr and not attr.startswith("xml:"):
        uri = element.nsmap.get(attr.split(":")[0])
    else:
        return None
    return None if uri == TEI_NS else uri or ""


@functools.lru_cache(maxsize=4096)
def _guess(name: str, known: frozenset[str], cutoff: float = 0.6) -> str | None:
    """The known name ``name`` is most like (case apart, else difflib's ratio ≥ ``cutoff``);
    cached: a project's attribute on every ``person`` of a register asks the same thousands
    of times (DISCO's prosopography: 17,808 problems)."""
    same = [k for k in known if k.lower() == name.lower()]
    close = same or difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return close[0] if close else None


def find(message: str, element: etree._Element | None, rule: str | None = None,
         known: frozenset[str] | None = None,
         detail: str | None = None) -> tuple[str, str, str] | None:
    """The first hint for a problem.

    Args:
        message: the problem's message (from :mod:`nashr.validate.explain`, a nashr check, or
            libxml2 itself).
        element: the element the problem is about, when known (gives ``{parent}``).
        rule: the problem's rule key (see :class:`Hint`).
        known: names to guess from: the schema's element names (``unknown-element``) or the
            attributes the element takes (``attribute-not-allowed``).
        detail: for ``attribute-value``, the datatype description.

    Returns:
        ``(key, english, persian)`` or ``None`` when no hint applies.
    """
    parent = _local(element.getparent()) if element is not None else ""
    names = _NAMES.search(message)
    first = names["first"] if names else ""
    value_match = _VALUE.match(message)
    attr = value_match["attr"] if value_match else first
    namespace = _namespace(rule, element, attr)
    for hint in HINTS:
        if hint.rule != rule or (hint.message and not re.search(hint.message, message)):
            continue
        named = attr if rule in ("attribute-not-allowed", "attribute-value") else first
        if hint.elem is not None and named != hint.elem:
            continue
        if hint.foreign and namespace is None:
            continue
        if hint.tei and (element is None or etree.QName(element).namespace != TEI_NS):
            continue
        if hint.misspelt_tei and not misspelt_tei(etree.QName(element).namespace if element is not None else None):
            continue
        if hint.example and (element is None or not _in_example(element)):
            continue
        if hint.parent is not None and parent != hint.parent:
            continue
        if hint.after is not None and (element is None or not any(
                _local(s) == hint.after for s in element.itersiblings(preceding=True))):
            continue
        if hint.detail is not None and not re.search(hint.detail, detail or ""):
            continue
        if hint.value is not None and not (value_match and re.search(hint.value, value_match["value"])):
            continue
        if hint.key.startswith("root-") and element is not None and element.getparent() is not None:
            continue
        cutoff = 0.8  # "authorGender" is 0.67 like "author": only near-misspellings count
        guess = _guess(named, known, cutoff) if known and hint.key in (
            "unknown-element", "attribute-not-allowed") else None
        values = {"elem": first.split(":")[-1], "attr": attr,
                  "guess": f": did you mean {guess}?" if guess else ".",
                  "guess_fa": f"؛ آیا منظورتان {guess} بود؟" if guess else ".",
                  "instead": f": did you mean {guess}? (attribute names are case-sensitive)" if guess
                  else _NO_SUCH_ATTRIBUTE.format(here=_local(element) or "this element"),
                  "instead_fa": f"؛ آیا منظورتان {guess} بود؟ (نام ویژگی‌ها به بزرگی و کوچکی حروف حساس‌اند)"
                  if guess else _NO_SUCH_ATTRIBUTE_FA.format(here=_local(element) or "این عنصر"),
                  "parent": parent or "its parent", "here": _local(element) or "this element",
                  "uri": etree.QName(element).namespace if element is not None else "",
                  "name": first, "ns": f"the namespace {namespace}" if namespace else "no namespace",
                  "ns_fa": f"فضای نام {namespace}" if namespace else "هیچ فضای نامی"}
        return hint.key, hint.en.format(**values), hint.fa.format(**values)
    return None
