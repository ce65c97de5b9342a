"""The signature fields of forms and letters inside a text.

An approval page, a declaration, minutes or a letter may carry, in the middle of the text, the
fields a person fills in and signs: a role and a name over a signature mark («امضا», «[امضاء]»,
«امضاء:»), a date field («تاریخ:») and dotted lines to write on. They are the ``signed`` and
``dateline`` of a ``closer`` (TEI P5 4.2.2 "Openers and Closers"), wherever they stand. Linear
in the number of lines.
"""

from __future__ import annotations

import re

from nashr.convert.document import Document
from nashr.convert.lazypattern import LazyPattern

# A signature mark: «امضا», «امضاء:», «[امضاء]», «(محل امضا)»; with the party who signs
# («امضای موجر», «محل امضای خریدار», «امضا و اثر انگشت فروشنده»), as contracts end.
SIGNATURE_MARK = re.compile(r"^[(\[]?\s*(محل\s+)?امضا[ءئ]?(?:(?:ی|\s+و\s+\S+(?:\s+\S+)?)(?:\s+[^\s.:،]+){1,3})?"
                            r"\s*[)\]]?[.:]?$")
# A form's line of dots to fill in by hand («.......», «... ... .. ...»), its date field and
# its name fields.
FILL_IN = re.compile(r"^[.…\s]{6,}$")
DATE_FIELD = LazyPattern(r"^تاریخ\s*[:：][.…\s]*$")
NAME_FIELD = LazyPattern(r"^نام\s[^:：]{1,40}[:：]$")
FIELD_MAX_WORDS = 8


def form_fields(doc: Document, body: list[int]) -> None:
    """The signature fields of a form or a letter inside the text (an approval page, a
    declaration): a signature mark («امضا», «امضاء:», «امضای موجر») is ``signed``, and so are the
    role and name written above it («استاد راهنما: دکتر …», or the role over the name: «استاد مدعو:»,
    «مفتش مالیه و کل قشون سلطانی» over «درخشان» over «[امضا]»); in a run of short
    field lines around a mark, a date field («تاریخ:») is a ``dateline``, a name field («نام …:»)
    ``signed``, and a dotted line to fill in takes the role of the field above it."""
    marks = [i for i in body if doc.role(i) == "p" and SIGNATURE_MARK.match(doc.s(i).plain)]
    for m in marks:
        doc.set(m, "signed", "signed: a signature mark («امضا») of a form or letter")
        above = doc.prev(m)
        if above is None or doc.role(above) != "p" or not _field(doc, above):
            continue
        if DATE_FIELD.match(doc.s(above).plain):
            doc.set(above, "dateline", "dateline: the date field of a form («تاریخ:»)")
            continue
        doc.set(above, "signed", "signed: the role and name above a signature mark")
        label = doc.prev(above)
        if (doc.s(above).end == "none" and not _labelled(doc, above) and label is not None
                and doc.role(label) == "p" and doc.s(label).end in {"colon", "none"} and _field(doc, label)
                and not _labelled(doc, label)):
            doc.set(label, "signed", "signed: the role above the name over a signature mark")
    if not marks:
        return
    run: list[int] = []
    for i in [*body, -1]:
        if i >= 0 and (doc.role(i) in {"signed", "dateline"} or (doc.role(i) == "p" and _field(doc, i) and (
                doc.s(i).end == "colon" or FILL_IN.match(doc.s(i).plain)))):
            run.append(i)
            continue
        if any(doc.role(j) == "signed" for j in run):
            _fill_form(doc, run)
        run = []


def _fill_form(doc: Document, run: list[int]) -> None:
    before = None
    for i in run:
        plain = doc.s(i).plain
        if doc.role(i) == "p" and DATE_FIELD.match(plain):
            doc.set(i, "dateline", "dateline: the date field of a form («تاریخ:»)")
        elif doc.role(i) == "p" and NAME_FIELD.match(plain):
            doc.set(i, "signed", "signed: a name field beside a signature mark («نام …:»)")
        elif doc.role(i) == "p" and FILL_IN.match(plain) and before in {"signed", "dateline"}:
            doc.set(i, before, f"{before}: a dotted line to fill in under a {before} field")
        before = doc.role(i)


def _field(doc: Document, i: int) -> bool:
    """A short line of a form: at most FIELD_MAX_WORDS words, no sentence, no list label."""
    s = doc.s(i)
    return FILL_IN.match(s.plain) is not None or (
        s.words <= FIELD_MAX_WORDS and s.end != "terminal" and (s.label is None or not s.label.strong))


def _labelled(doc: Document, i: int) -> bool:
    """«label: value» on one line."""
    s = doc.s(i)
    return ":" in s.plain and s.end != "colon"
