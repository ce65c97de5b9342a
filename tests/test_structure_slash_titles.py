"""A title in two parts parted by «/» is no bayt (pub27: a letter's title read as verse). A blog's
post of Akhundzadeh's letter, a news agency's headline and a literature site's chapter title each
had their title line set as a poem's only bayt; a bayt alone above the text that rhymes in itself
stays verse."""

from __future__ import annotations

from pathlib import Path

import pytest

from nashr.convert.sources import read_source
from nashr.convert.structure import analyse

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _roles(name: str) -> dict[int, str]:
    return {line.n: line.role for line in analyse(read_source(CORPUS / name / "source.txt").lines).lines}


@pytest.mark.parametrize(("name", "n"), [
    ("do-lc-blogspot-akhundzadeh-nameh-mostashar-al-dowleh-1871-wrapped-crlf", 3),  # «نامه آخوندزاده … / 25 مارس 1871…»
    ("ghatreh-farsnews-tajamo-payamnoor-emtehanat-1400", 21),  # «… امتحانات حضوری / تصمیم یکباره وزارت علوم»
    ("tahlilak-golestan-bab2-hekayat3-footnotes", 3),  # «باب دوم گلستان سعدی / در اخلاق درویشان (قسمت سوم)»
])
def test_a_title_parted_by_a_slash_is_the_title(name: str, n: int) -> None:
    roles = _roles(name)
    assert roles[n] == "title"  # the editor's role (roles.tsv); it was «l», a poem's bayt


def test_a_bayt_alone_above_the_text_stays_verse_when_it_rhymes_in_itself() -> None:
    """The Japanese ambassador's farewell (embjapan.ir) quotes Saadi's two bayts in prose, each on
    a line, its hemistichs parted by «،». Its first bayt set above the text as an epigraph, parted
    by «/» as blogs quote bayts, rhymes in itself (یکدیگرند / گوهرند): still a bayt, where a title
    in two parts would not be. (A ghazal's bayt quoted alone below prose, which need not rhyme in
    itself, stays verse too: tests/data/structure/verse-quoted-in-news.)"""
    lines = read_source(CORPUS / "embjapan-ir-payam-khodahafezi-komano" / "source.txt").lines
    assert lines[6] == '"بنی آدم اعضای یکدیگرند، که در آفرینش ز یک گوهرند،'
    text = ["بنی آدم اعضای یکدیگرند / که در آفرینش ز یک گوهرند", "", *lines]
    assert analyse(text).lines[0].role == "l"
