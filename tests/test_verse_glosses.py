"""A glossed poem is one poem (round 42, helper «verse66»): the line in another script a page writes under each
hemistich (a Tajik blog's Cyrillic) or under each bayt (a transliteration) is a ``seg type="gloss"`` with its
``xml:lang`` inside the ``l`` it glosses, in one ``lg type="poem"``; the HTML sets each gloss under its hemistich
(or under the bayt's two), the hemistichs side by side. Until round 42 each hemistich was an ``lg`` of its own
between the glosses' ``p``s. The poems are the collection's (tests/data/corpus), written again in
benchmarks/verse_layouts.py's ``gloss-latin`` and ``gloss-cyrillic`` layouts, their words unchanged."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import lxml.html
import pytest
import tinycss2
from lxml import etree

from conftest import ROOT
from nashr import resources
from nashr.config import Edition
from nashr.convert.converter import convert_file
from nashr.convert.fidelity import check_fidelity
from nashr.convert.gloss import gloss_language
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from nashr.entities.retag import retag_file
from nashr.entities.tagger import Tagger
from nashr.markup import XML_NS, tei
from nashr.publish.html import SiteOptions, render_text, site_context
from nashr.validate.validator import Validator
from test_structure_corpus import CORPUS, hand_and_found

sys.path.insert(0, str(ROOT / "benchmarks"))
from verse_layouts import layouts  # noqa: E402

NASHR_RNG = ROOT / "tei" / "schema" / "nashr.rng"
LANG = f"{{{XML_NS}}}lang"
ID = f"{{{XML_NS}}}id"
# (the collection's page, the layout, the language its glosses get, glosses under each hemistich or each bayt)
PAGES = {
    # Parvin E'tesami's qasida, a hemistich a line (ganjoor), a Latin line under each hemistich
    "hemistich-latin": ("ganjoor-parvin-qasida", "gloss-latin", "fa-Latn", 2),
    # a ghazal of Hafez, a hemistich a line, its Cyrillic under each hemistich (a Tajik blog's layout)
    "hemistich-cyrillic": ("seyedrezabazyar-hafez-ghazal-120-utf16", "gloss-cyrillic", "tg-Cyrl", 2),
    # a ghazal of Hafez, a bayt a line parted by a tab (otop), a Latin line under each bayt
    "bayt-latin": ("otop-hafez-ghazal-48-sufi-az-partov-tab", "gloss-latin", "fa-Latn", 1),
}


@pytest.fixture(scope="module")
def glossed(tmp_path_factory: pytest.TempPathFactory, edition: Edition) -> dict[str, tuple[Path, Path]]:
    """Each page of PAGES in its layout, as a source file and its TEI (``nashr convert``)."""
    out = tmp_path_factory.mktemp("glossed")
    made = {}
    for name, (folder, layout, _, _) in PAGES.items():
        hand, _ = hand_and_found(folder)
        lines = read_source(CORPUS / folder / "source.txt").lines
        classified = classify(lines)
        right = {line.n for line in classified if line.role == "l" and hand.get(line.n) == "l"}
        text, _ = layouts(lines, right, classified)[layout]
        source = out / "sources" / f"{name}.txt"
        source.parent.mkdir(exist_ok=True)
        source.write_text("\n".join(text) + "\n", encoding="utf-8")
        made[name] = (source, convert_file(source, out / "tei" / "texts", edition).result.path)
    return made


@pytest.mark.parametrize("name", PAGES)
def test_a_glossed_poem_is_one_lg_of_bayts_with_their_glosses_in_place(glossed, name: str) -> None:
    source, path = glossed[name]
    _, _, lang, per_bayt = PAGES[name]
    tree = etree.parse(str(path))
    body = tree.find(f".//{tei('body')}")
    [poem] = body.findall(f".//{tei('lg')}")
    assert poem.get("type") == "poem" and not body.findall(f".//{tei('p')}")
    bayts = poem.findall(tei("l"))
    assert len(bayts) >= 9
    shape = (["hemistich", "gloss", "caesura", "hemistich", "gloss"] if per_bayt == 2
             else ["hemistich", "caesura", "hemistich", "gloss"])
    for bayt in bayts:
        assert [child.get("type") or etree.QName(child).localname for child in bayt] == shape
        assert {gloss.get(LANG) for gloss in bayt.findall(f"{tei('seg')}[@type='gloss']")} == {lang}
    # every non-blank source line keeps its identifier, in the source's order; every character kept
    numbers = [n for n, line in enumerate(read_source(source).lines, 1) if line.strip()]
    ids = [e.get(ID) for e in body.iter() if re.search(r"\.l\d+$", e.get(ID) or "")]
    assert ids == [f"{path.stem}.l{n}" for n in numbers]
    assert check_fidelity(read_source(source).text, tree) is None


def test_a_glossed_poem_is_valid_tei_all_and_nashr(glossed, tei_all: etree.RelaxNG) -> None:
    for _, path in glossed.values():
        tree = etree.parse(str(path))
        assert tei_all.validate(tree), tei_all.error_log
        assert Validator("nashr").validate(path) == []
        assert tree.find(f".//{tei('langUsage')}/{tei('language')}[@ident='{PAGES[path.stem][2]}']") is not None


def test_the_html_sets_each_gloss_under_its_hemistich_or_bayt(glossed, edition: Edition) -> None:
    site = site_context(edition, SiteOptions(registers_dir=ROOT / "tei" / "registers", search=False))
    for name, (_, path) in glossed.items():
        page = lxml.html.fromstring(render_text(path, site).page)
        [poem] = page.xpath("//div[@id='text']//div[contains(@class, 'tei-lg')]")
        bayts = poem.xpath("div[contains(@class, 'bayt')]")
        assert len(bayts) == len(etree.parse(str(path)).findall(f".//{tei('l')}"))
        for bayt in bayts:
            hemistichs = bayt.xpath("span[@class='hemistich']")
            assert len(hemistichs) == 2
            if PAGES[name][3] == 2:  # each hemistich's gloss in its cell, after it, left to right
                assert all(h.xpath("span[@class='gloss'][@dir='ltr'][@lang]") for h in hemistichs)
                assert not bayt.xpath("span[@class='gloss']")
            else:  # the bayt's gloss after both hemistichs, under them
                assert not bayt.xpath("span[@class='hemistich']/span[@class='gloss']")
                [gloss] = bayt.xpath("span[@class='gloss']")
                assert gloss.get("dir") == "ltr" and gloss.get("lang") == "fa-Latn"
        assert not poem.xpath(".//div[contains(@class, 'bayt')][@dir]")  # the bayt keeps the page's direction


def narrow_rules(css: str) -> dict[str, list[tuple[str, str]]]:
    """The rules of ``css``'s phone layout (the ``@media (max-width: …)`` block that stacks a bayt's hemistichs):
    selector → its declarations (name, value) in order. Parsed with tinycss2, WeasyPrint's own CSS parser."""
    [narrow] = [rule for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
                if rule.type == "at-rule" and rule.lower_at_keyword == "media"
                and "max-width" in tinycss2.serialize(rule.prelude)
                and ".bayt" in tinycss2.serialize(rule.content)]
    return {tinycss2.serialize(rule.prelude).strip(): [
        (d.lower_name, tinycss2.serialize(d.value).strip())
        for d in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
        if d.type == "declaration"]
        for rule in tinycss2.parse_rule_list(narrow.content, skip_comments=True, skip_whitespace=True)}


def test_on_a_phone_a_wrapped_gloss_is_aligned_as_its_hemistich(glossed, edition: Edition) -> None:
    # At 390 px a left-to-right gloss that wraps (hafez-bayt-latin's «svfy az prtv my raz nhany danst …» under
    # the bayt, two lines) was set at its own start, the left, under hemistichs set at the page's start, the
    # right: the stylesheet the site ships aligns it as its parent (text-align: match-parent, CSS Text 3 § 6.1),
    # the prefixed name first for Chromium, the standard one last to win where it is known. The HTML gives each
    # gloss its own direction inside a parent of the page's (a hemistich or the bayt), so the parent's start
    # is the page's.
    css = (resources.folder("xslt") / "html" / "assets" / "nashr.css").read_text(encoding="utf-8")
    narrow = narrow_rules(css)
    assert ("text-align", "start") in narrow[".text .hemistich"]
    aligns = [value for name, value in narrow[".text .gloss"] if name == "text-align"]
    assert aligns == ["-webkit-match-parent", "match-parent"]
    site = site_context(edition, SiteOptions(registers_dir=ROOT / "tei" / "registers", search=False))
    page = lxml.html.fromstring(render_text(glossed["bayt-latin"][1], site).page)
    assert page.get("dir") == "rtl"
    glosses = page.xpath("//div[@id='text']//span[@class='gloss']")
    assert glosses and all(g.get("dir") == "ltr" and not g.getparent().get("dir") for g in glosses)
    assert "match-parent" not in (resources.folder("xslt") / "print" / "print.css").read_text(encoding="utf-8")


def test_apply_right_after_convert_changes_no_glossed_poem(glossed, edition: Edition, tagger: Tagger,
                                                          tmp_path: Path) -> None:
    # ``nashr entities apply`` reads each seg of a line of verse apart, the gloss too, as the converter does
    for source, _ in glossed.values():
        converted = convert_file(source, tmp_path, edition, tagger=tagger).result.path
        data = converted.read_bytes()
        report = retag_file(converted, tagger)
        assert (report.status, report.skipped) == ("unchanged", [])
        assert converted.read_bytes() == data


def test_a_gloss_in_another_language_is_no_transliteration() -> None:
    # ganjoor-parvin-qasida's first hemistich under a transliteration (ALA-LC) and an English translation
    hemistich = read_source(CORPUS / "ganjoor-parvin-qasida" / "source.txt").lines[0]
    assert hemistich == "ای دل عبث مخور غم دنیا را"
    assert gloss_language("Ey del, ʿabas makhor gham-e donyā rā", hemistich) == "fa-Latn"
    assert gloss_language("O heart, do not grieve in vain for this world", hemistich) == "und-Latn"
    assert gloss_language("Эй дил, абас махӯр ғами дунё ро", hemistich) == "tg-Cyrl"
