"""A web page's search box, copied with its text (issue 12).

Every site has one, and a copy keeps its label or its prompt as a line of its own: «جستجوگر در این
تارنما» (a blog's sidebar), «نمایش و جستجوی تک واژه ای قوانین» and «جستجوی بیشتر..» (a legal
blog's search widget), «جستجو درون کتاب» (an online library's), «واژه مورد نظر خود را جستجو کنید»
(a poetry site's prompt). Such a line is short and says «search» (:data:`SEARCH`: «جستجو»,
«جست‌وجو», «جستوجو», with «ی» or «گر»); a line of verse may say it too («در این سکوت تلخ و سیه
جستجو کنم»), so the rule runs once verse is found and takes only lines left to the paragraph.

Measured on the collection (tests/data/corpus/, each page alone): every short line saying «search»
outside verse is furniture by hand (16 lines on 9 sites); the rules had 3 of them wrong on two sites
(farhangesoorni.ir, farhangi-sanati.blogspot.com), read as the title or a paragraph: right now, each
page alone and leave one site out, none wrong more. A coursework's title naming a search algorithm
among its title page's lines (no furniture beside it) stays.
"""

from __future__ import annotations

import re

from nashr.convert.document import DEFAULT_RULE, Document

# «search» and its forms: «جستجو», «جست‌وجو», «جستوجو», «جستجوی …», «جستجوگر»; Arabic ي/ك read alike.
SEARCH = re.compile(r"(?:^|[\s\u200c«(])جست[\s\u200c]?و?جو(?:ی|گر)?(?=$|[\s\u200c.,:،؛)»…]|ها)")
SEARCH_MAX_WORDS = 8  # a label or a prompt («واژه مورد نظر خود را جستجو کنید»), not a sentence of the text
SEARCH_RULE = "fw: a web page's search box, its label or prompt («جستجو …», «جستجوگر …») on its own line"


def search_boxes(doc: Document) -> None:
    """Make ``fw`` (``medium``: a new rule, :mod:`nashr.convert.certainty`) every line left to the
    default paragraph of at most SEARCH_MAX_WORDS words that says «search» (:data:`SEARCH`) and
    stands beside the page's furniture: the page's first or last line, or right under or over a
    line the rules made ``fw`` (a search box among the site's menus and widgets; not a title that
    names a search, «الگوریتم‌های جستجوی ناآگاهانه», among a title page's lines). Called once verse
    is found (its lines are ``l``) and before the top's title is chosen, so the line under a search
    box can be the title, and again once every other rule has read the text, beside the furniture
    found since. Linear in the number of lines."""
    content = [i for i, s in enumerate(doc.shapes) if s is not None]
    for k, i in enumerate(content):
        s = doc.s(i)
        if not (doc.role(i) == "p" and doc.out[i].rule.startswith(DEFAULT_RULE) and s.words <= SEARCH_MAX_WORDS
                and SEARCH.search(s.plain)):
            continue
        if k in (0, len(content) - 1) or any(doc.role(content[j]) == "fw" for j in (k - 1, k + 1)):
            doc.set(i, "fw", SEARCH_RULE, cert="medium")
