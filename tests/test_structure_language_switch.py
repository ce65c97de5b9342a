"""A document's links to its own translations are furniture (round 47, «struct83»: nashr.convert.language_switch).
Lines of the collection against their roles by hand (two sites), and rows and lists written for these tests in the
shapes GitHub READMEs and sites give a switch, against lines the rule must leave alone."""

from __future__ import annotations

import pytest

from nashr.convert.language_switch import language_name, switch_entries
from test_structure_corpus import roles_at, text_roles


@pytest.mark.parametrize(("folder", "line"), [
    # a bulleted switch over a poem (ghadirekhom.com): «• العربية» / «• English», by hand `fw`, items before
    ("ghadirekhom-shoaraye-ghadir-qaani-ghadiriyye-utf16", 3),
    ("ghadirekhom-shoaraye-ghadir-qaani-ghadiriyye-utf16", 4),
    # a switch copied without its separators over a law committee's page (vpo.gov.af): «پشتو پشتو    English»,
    # the page's title before
    ("vpo-gov-af-komite-qavanin-tarh-ha-1394-1395-wrapped-crlf", 1),
])
def test_language_switches_of_the_collection_are_furniture(folder: str, line: int) -> None:
    assert roles_at(folder, line) == ("fw", "fw")


@pytest.mark.parametrize("name", ["Deutsch", "日本語", "Русский", "English", "فارسی", "العربية", "پښتو", "پشتو",
                                  "دری", "简体中文", "Português (Brasil)", "Tiếng Việt", "انگلیسی"])
def test_names_of_languages(name: str) -> None:
    assert language_name(name)


@pytest.mark.parametrize("word", ["README", "More", "Even", "Docs", "سلام", "KAYNAK", "English Version 2"])
def test_words_that_name_no_language_of_many_readers(word: str) -> None:
    # («More» and «Even» are names of languages — Mossi's, by another spelling, and Even's, of a few thousand
    # speakers —, no switch's entries)
    assert not language_name(word)


@pytest.mark.parametrize(("line", "entries"), [
    ("[English](README.md) | [Deutsch](README.de.md) | فارسی", (3, 2)),
    ('<p align="center"><a href="README.ja.md">日本語</a> · <a href="README.zh-CN.md">简体中文</a></p>', (2, 2)),
    ("- [Русский](https://example.org/ru/)", (1, 1)),
    ("[🇬🇧 English](README.en.md)", (1, 1)),
    ("*[این متن را در زبان‌های دیگر بخوانید](README.md#translations)*", (1, 1)),
    ("[Español](./es/README.md), [Français](./fr/README.md)", (2, 2)),
])
def test_entries_of_a_switch(line: str, entries: tuple[int, int]) -> None:
    assert switch_entries(line) == entries


@pytest.mark.parametrize("line", [
    "[![English](https://img.shields.io/badge/lang-en-red.svg)](README.md)",  # a badge (its image) is no switch
    "[راهنما](docs/fa/README.md)",  # a guide in the repository's Persian folder
    "[Install](#install)",
    "زبان فارسی یکی از زبان‌های هندواروپایی است.",
    "English | [Docs](docs/README.md)",
    # (coding-interview-university's list «در حال ترجمه:», line 40: a translation under way, linked to its issue)
    "- [Afrikaans](https://github.com/jwasham/coding-interview-university/issues/1164)",
    # (a table of contents' entry: a section of the Persian version itself)
    "   -  [سی](https://github.com/gurugio/lowlevelprogramming-university/blob/master/README_fa.md#سی)",
])
def test_lines_that_are_no_switch(line: str) -> None:
    assert switch_entries(line) == (0, 0)


def test_a_markdown_readme_s_switch_list_and_row_are_furniture() -> None:
    text = ("# پروژه نمونه\n\n- [English](README.md)\n- [Deutsch](README.de.md)\n- [日本語](README.ja.md)\n\n"
            "این پروژه ابزاری برای تبدیل متن فارسی به قالب‌های دیگر است و با پایتون نوشته شده است.\n\n"
            "## نصب\n\nبرای نصب این دستور را اجرا کنید و سپس راهنما را بخوانید.\n\n"
            "```sh\npip install sample\n```\n")
    roles = text_roles(text)
    assert [roles[n] for n in (1, 3, 4, 5, 7)] == ["title", "fw", "fw", "fw", "p"]
