"""A poem written on one line (nashr.convert.poem_line): its bayts found in the line, each its own ``l``."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from conftest import DATA, ROOT
from nashr.config import load_edition
from nashr.convert.converter import convert_file
from nashr.convert.poem_line import POEM_LINE_RULE, bayts
from nashr.convert.sources import read_source
from nashr.convert.structure import classify
from nashr.markup import TEI_NS

CORPUS = DATA / "corpus"
GHAZAL = "mercury77-persianblog-saadi-ghazal-shab-e-feraq-cp1256"  # line 5: Saadi's ghazal, 11 bayts
BUSTAN = "osvehsch-ir-ruz-saadi-bustan-dibache-one-line"  # line 6: eight bayts of the Bustan's preface


def _line(folder: str, n: int) -> str:
    return read_source(CORPUS / folder / "source.txt").lines[n - 1]


def _parts(text: str) -> list[tuple[str, str]]:
    return [(text[start:cut], text[after:end]) for start, cut, after, end in bayts(text)]


def test_a_ghazal_on_one_line_parts_at_its_bayts() -> None:
    # Hemistichs parted by three spaces, bayts by one (seven before «عجب»); the rhyme «…ندست» ends every bayt.
    parts = _parts(_line(GHAZAL, 5))
    assert len(parts) == 11
    assert parts[0] == ("شب فراق که داند که تا سحر چندست", "مگر کسي که به زندان عشق دربندست")
    # the caesura where the source puts its spaces («… قياس کني   به زير …»), not where the lengths alone would
    assert parts[6] == ("عجب در آن که تو مجموع و گر قياس کني", "به زير هر خم مويت دلي پراکندست")
    assert parts[-1] == ("ز ضعف طاقت آهم نماند و ترسم خلق", "گمان برند که سعدي ز دوست خرسندست")


def test_a_masnavi_on_one_line_parts_at_its_bayts() -> None:
    # A masnavi: each bayt rhymes in itself («بسی / کسی», «یافتم / یافتم»), no rhyme runs through the poem.
    parts = _parts(_line(BUSTAN, 6))
    assert len(parts) == 8
    assert parts[0] == ("در اقصای عالم بگشتم بسی", "به سر بردم ایام با هر کسی")
    assert parts[-1] == ("نه قندی که مردم به صورت خورند", "که ارباب معنی به کاغذ برند»")


def test_rhymed_prose_is_no_poem() -> None:
    # The Seven Valleys' rhymed prose («… بسوزد و در هر دیار که علم برافرازد …»): clauses that rhyme, but of
    # unlike lengths (20 to 30 letters), no metre.
    assert bayts(_line("lancejpollard-haft-vadi-bahaullah-vadi-talab-eshgh-marefat", 58)) == ()
    # The Golestan's preface, rhymed prose with its sentences («… فراش باد صبا را گفته تا فرش زمردین بگسترد و دایه
    # ابر بهاری را فرموده تا بنات نبات را در مهد زمین بپرورد …», 57 words).
    assert bayts(_line("60barg-golestan-dibache", 33)) == ()


def test_the_lines_are_verse() -> None:
    for folder, n, count in ((GHAZAL, 5, 11), (BUSTAN, 6, 8)):
        line = classify(read_source(CORPUS / folder / "source.txt").lines)[n - 1]
        assert (line.role, line.rule, line.group_start, len(line.bayts)) == ("l", POEM_LINE_RULE, True, count)


def test_each_bayt_is_an_l_and_every_character_is_kept(tmp_path: Path) -> None:
    edition = load_edition(ROOT / "edition.toml")
    # (convert_file checks that the TEI keeps every character of the source: nashr.convert.fidelity)
    tree = etree.parse(str(convert_file(CORPUS / BUSTAN / "source.txt", tmp_path, edition).result.path))
    ns = {"t": TEI_NS}
    poem = tree.find(".//t:lg[@type='poem']", ns)
    assert poem is not None
    ids = [l_.get("{http://www.w3.org/XML/1998/namespace}id") for l_ in poem.findall("t:l", ns)]
    assert ids == ["source.l6"] + [f"source.l6.b{k}" for k in range(2, 9)]
    second = poem.findall("t:l", ns)[1]
    assert ["".join(seg.itertext()) for seg in second.findall("t:seg", ns)] == [
        "تمتع به هر گوشه ای یافتم", "ز هر خرمنی خوشه ای یافتم"]
    assert second.find("t:caesura", ns).tail == " " * 9  # the source's spaces between the hemistichs
