"""A document's links to its own translations (a language switch): the site's or repository's furniture.

A README or a web page names the languages it is written in, each a link to its version: a row
(«[English](README.md) | [Deutsch](README.de.md) | فارسی»), a bulleted list («• العربية», «• English»), a run
of link-only lines. The collection gives every line of it ``fw`` (tests/data/corpus/README.md, the Markdown
conventions: «the language-switch link `fw`»; site furniture: «language switchers»). Its shape is read, not
its words: every entry of the line is a language's name — in its own script («Deutsch», «日本語»), in English
or in Persian («انگلیسی», «پشتو»), as the CLDR's locale display names give them through langcodes and its
``language_data`` — or a link whose target is the same document in another language («README.de.md»,
«README-zh-CN.md», «/ja/README.md»).

Where seen in the collection (before it was written): ghadirekhom.com («• العربية» / «• English» over a poem),
vpo.gov.af («پشتو پشتو    English» over a law committee's page), kabulnath.de («Deutsch»), kodoom.com
(«English» over a Wikipedia copy), alhassanain.org («فارسی»), ebookfoundation's free-programming-books («[این
متن را در زبان‌های دیگر بخوانید](README.md#translations)»).
"""

from __future__ import annotations

import re
from functools import lru_cache

import langcodes

from nashr.convert.document import Document
from nashr.convert.lazypattern import LazyPattern
from nashr.convert.reading import plain

SWITCH_RULE = ("fw: a language switch, a document's links to its own translations (each entry a language's name "
               "or a link to the same document in another language)")
MIN_SPEAKERS = 1_000_000  # a switch offers the languages of many readers («Even», «Mon» name no such language)
MIN_ENTRIES = 2  # a row of names, or a run of lines each a name; one link alone may be a switch too
NAME_MAX_CHARS = 40

# A Markdown link «[text](target "title")» or an HTML anchor «<a href="target">text</a>».
LINK = LazyPattern(r"\[(?P<text>[^\[\]\n]{1,80})\]\(\s*<?(?P<target>[^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
                   r"|<a\s[^>]*?href\s*=\s*[\"'](?P<href>[^\"']+)[\"'][^>]*>(?P<anchor>.{1,120}?)</a\s*>",
                   re.IGNORECASE)
# Markup around the entries: HTML tags («<p align="center">», «<br>», «<b>»), emphasis, a list's marker.
MARKUP = LazyPattern(r"</?[A-Za-z][^<>]*>|&nbsp;|\*\*?|(?<!\w)__?|(?<!\w)_|^\s*(?:[-*+•·▪]|\d{1,2}[.)])\s+")
# What parts the entries: bars, dots, slashes, commas, dashes, spaces, and flags (regional indicator pairs).
SEPARATORS = LazyPattern(r"[\s|│·•/,،;؛\-–—\u200c\U0001F1E6-\U0001F1FF\U0001F310]+")
# The same document in another language: «README.de.md», «README-zh-CN.md», «README_fa.md», «/ja/README.md».
TRANSLATION = LazyPattern(r"(?:^|/)(?:README|index)[._-](?P<tag>[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(?:mdx?|html?|rst)"
                          # (the version itself, not one of its sections: «README_fa.md#سی» is an entry of the
                          # document's own table of contents)
                          r"(?:#readme)?$"
                          # (a folder of its own at the root of the repository or site: «/ja/», «./de/README.md»)
                          r"|(?:^(?:\.{1,2})?/?|://[^/]+/)(?P<dir>[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)/"
                          r"(?:README\.mdx?|index\.html?)?(?:#readme)?$"
                          # (or the document's own list of its translations: «README.md#translations»)
                          r"|^[^\s#]*#(?:translations?|languages?|other-languages)$", re.IGNORECASE)
BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
# A tracker's page (an issue, a pull or merge request, a discussion): a language's name linked to one is a
# translation asked for or under way, not a version to read (set 43's coding-interview-university: its list
# «در حال ترجمه:», 15 links to issues, is the text's own list, `item` by hand).
TRACKER = re.compile(r"/(?:issues|pulls?|discussions|merge_requests)/\d+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def language_name(text: str) -> bool:
    """``text`` is a language's name: a language of at least MIN_SPEAKERS speakers (langcodes'
    ``speaking_population``) that langcodes finds by this name, the name being its own («Deutsch»,
    «日本語», «Русский», «العربية»), its English («English», «Persian») or its Persian one («انگلیسی»,
    «پشتو»), or a variety's name langcodes knows («دری», «Dari», «简体中文»). A variety in brackets after
    the name («Português (Brasil)») is the name's."""
    name = BRACKETED.sub(" ", text).strip()
    if not name or len(name) > NAME_MAX_CHARS or any(c.isdigit() for c in name):
        return False
    try:  # (as written — «العربية» with its Arabic yeh — then in its plain view: «فارسي» is «فارسی»)
        found = langcodes.find(name)
    except LookupError:
        try:
            name = plain(name)
            found = langcodes.find(name)
        except LookupError:
            return False
    if found.speaking_population() < MIN_SPEAKERS:
        return False
    if found.script or found.territory:
        return True  # (a variety's own name: «دری» for fa-AF, «简体中文» for zh-Hans)
    names = {found.autonym(), found.display_name("en"), found.display_name("fa")}
    return name.casefold() in {BRACKETED.sub(" ", n).strip().casefold() for n in names}


def _translation(target: str) -> bool:
    """``target`` is the same document in another language (:data:`TRANSLATION`), its tag a valid BCP 47 tag
    (langcodes), or the list of its translations."""
    found = TRANSLATION.search(target)
    if found is None:
        return False
    tag = found["tag"] or found["dir"]
    return tag is None or langcodes.tag_is_valid(tag.replace("_", "-"))


def switch_entries(line: str) -> tuple[int, int]:
    """The entries of a language switch on ``line``: (how many, how many of them links); (0, 0) when
    the line holds anything else (a word that names no language, an image: a badge is no switch, a
    language's name linked to a tracker's page: :data:`TRACKER`)."""
    if "![" in line or re.search(r"<img\b", line, re.IGNORECASE):
        return 0, 0
    links = 0
    for found in LINK.finditer(line):
        text = MARKUP.sub(" ", found["text"] or found["anchor"] or "").strip()
        target = found["target"] or found["href"] or ""
        if not (_translation(target) or (language_name(SEPARATORS.sub(" ", text).strip())
                                         and not TRACKER.search(target))):
            return 0, 0
        links += 1
    rest = MARKUP.sub(" ", LINK.sub("|", line))
    counted = 0
    for part in re.split(r"\s*[|│·•/,،;؛]\s*|\s{2,}|\s[-–—]\s", rest):
        words = SEPARATORS.sub(" ", part).split()
        if not words:
            continue
        if language_name(" ".join(words)):
            counted += 1
        elif len(words) >= 2 and all(language_name(word) for word in words):
            counted += len(words)  # («پشتو پشتو English»: a switch copied without its separators)
        else:
            return 0, 0
    return links + counted, links


def language_switches(doc: Document) -> None:
    """Lines of a language switch (:func:`switch_entries`) are ``fw``: a line of MIN_ENTRIES entries or more
    (a row), a run of MIN_ENTRIES lines or more each of entries (a list, blank lines between them or not), or
    one link alone on its line whose text or target is a translation's. Run once the Markdown blocks and the
    plain-text rules have read the text (a switch's names are short lines they take for verse, items or a
    title)."""
    run: list[int] = []
    for i in [*doc.flow, None]:
        entries, links = switch_entries(doc.out[i].text) if i is not None else (0, 0)
        if entries:
            run.append(i)  # type: ignore[arg-type]
            if entries >= MIN_ENTRIES or links:
                _set(doc, [i])  # type: ignore[list-item]
            continue
        if len(run) >= MIN_ENTRIES:
            _set(doc, run)
        run = []


def _set(doc: Document, lines: list[int]) -> None:
    for i in lines:
        if doc.role(i) != "fw":
            doc.set(i, "fw", SWITCH_RULE)
