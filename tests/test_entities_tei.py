"""Entities as the TEI builder asks for them (nashr.convert.tei): in a PDF text layer written in
Arabic Presentation Forms, found in the normalised reading (``reg``) and marked on the source
characters (``orig``) too (nashr.convert.reading.aligned_spans), the fidelity check still
passing; in verse, with the verse context (nashr.entities.tagger.DocumentRecogniser.verse)."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from nashr.convert import reading
from nashr.convert.fidelity import check_fidelity
from nashr.entities.evaluate import tei_mentions
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger
from nashr.markup import Span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entity_scoring import convert  # noqa: E402

# «در دانشگاه لرستان و شهر تهران» and «متن انگلیسی با قلم فارسی نوشته شد» as a XeLaTeX PDF's text
# layer gives them: presentation forms, and the final «ی» of «انگلیسی», «فارسی» lost, so their
# «س» is drawn joining a letter that is not there (medial «ﺴ», initial «ﺳ»).
PLACES = "ﺩﺭ ﺩﺍﻧﺸﮕﺎﻩ ﻟﺮﺳﺘﺎﻥ ﻭ ﺷﻬﺮ ﺗﻬﺮﺍﻥ"
CUT = "ﻣﺘﻦ ﺍﻧﮕﻠﯿﺴ ﺑﺎ ﻗﻠﻢ ﻓﺎﺭﺳ ﻧﻮﺷﺘﻪ ﺷﺪ"


def test_the_test_lines_read_as_written() -> None:
    assert unicodedata.normalize("NFKC", PLACES) == "در دانشگاه لرستان و شهر تهران"
    assert unicodedata.normalize("NFKC", CUT) == "متن انگلیس با قلم فارس نوشته شد"


@pytest.mark.parametrize("visual", [False, True])
def test_reading_offsets_point_at_the_source_letters(visual: bool) -> None:
    line = "\u202b." + "ﭘﺎﺭﺱ ﻻﺗﮏ" + "\u202c"  # a bidi embedding, a lam-alef ligature, visual punctuation
    offsets = reading.source_offsets(line, visual)
    assert offsets is not None
    read = reading.logical(line, visual)
    # each reading character is (part of) the nominal form of the source character it points at
    assert all(char in unicodedata.normalize("NFKC", line[o]) for char, o in zip(read, offsets, strict=False))
    assert offsets[-1] == len(line)
    assert read == ("پارس لاتک." if visual else ".پارس لاتک")
    # a span over «لاتک» in the reading covers the ligature and the two letters after it
    _, source = reading.aligned_spans([Span(read.index("لاتک"), read.index("لاتک") + 4, "orgName")], line, visual)
    assert [line[s.start : s.end] for s in source] == ["ﻻﺗﮏ"]


def test_names_of_a_pdf_line_are_marked_on_its_source_characters(tmp_path: Path) -> None:
    path = tmp_path / "thesis.txt"
    path.write_text(f"{PLACES}\n\n{CUT}\n\n{PLACES}\n", encoding="utf-8")
    source, tree = convert(path, Tagger(Registers(())))
    assert check_fidelity(source.text, tree) is None
    found = [(m.kind, m.text) for m in tei_mentions(tree)]
    assert found == [("place", "ﻟﺮﺳﺘﺎﻥ"), ("org", "ﺩﺍﻧﺸﮕﺎﻩ ﻟﺮﺳﺘﺎﻥ"), ("place", "ﺗﻬﺮﺍﻥ")] * 2
    # the reading keeps its marks too
    regs = tree.getroot().iter("{http://www.tei-c.org/ns/1.0}reg")
    assert ["".join(p.itertext()) for r in regs for p in r.iter("{http://www.tei-c.org/ns/1.0}placeName")] \
        == ["لرستان", "تهران"] * 2


# Saadi's ghazal 325, hemistichs apart by « / » (public domain).
GHAZAL = """غزل

کس ندیدست به شیرینی و لطف و نازش / کس نبیند که نخواهد که ببیند بازش
مطرب ما را دردیست که خوش می نالد / مرغ عاشق طرب انگیز بود آوازش
غرق دریای غمت را رمقی بیش نماند / آخر اکنون که بکشتی به کنار اندازش
خون سعدی کم از آنست که دست آلایی / ملخ آن قدر ندارد که بگیرد بازش
"""


def test_lines_of_verse_are_tagged_as_verse(tmp_path: Path) -> None:
    path = tmp_path / "ghazal.txt"
    path.write_text(GHAZAL, encoding="utf-8")
    _, tree = convert(path, Tagger(Registers(())))
    assert tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}lg") is not None
    # the poet's pen name; not «دریای غمت» ("the sea of your sorrow"), which prose would take
    assert [(m.kind, m.text) for m in tei_mentions(tree)] == [("person", "سعدی")]


def test_a_signature_block_ends_with_its_signer() -> None:
    # a governor's letter (tests/data/corpus/): «خردپیشه، امضاء» under the office's line; the
    # office alone signs nothing («نخست وزیر» of a prime minister's letter)
    corpus = Path(__file__).resolve().parent / "data" / "corpus"
    signed = "{http://www.tei-c.org/ns/1.0}signed"
    for folder, names in (("bic-archive-shahrekord-borujen-letter-1329", ["خردپیشه"]),
                          ("bic-archive-prime-minister-letter-khorasan-1323", [])):
        _, tree = convert(corpus / folder / "source.txt", Tagger(Registers(())))
        blocks = list(tree.getroot().iter(signed))
        assert blocks
        found = ["".join(name.itertext()) for block in blocks
                 for name in block.iter("{http://www.tei-c.org/ns/1.0}persName")]
        assert found == names


def test_a_byline_that_is_a_name_alone_is_the_name() -> None:
    # the compiler's name on its line under the title (movarekhan.com, iichs.org): prose proves no family
    # name in «قاضیها» (a plural's shape) or «بابايي» (an adjective's); as a byline the line is the name
    corpus = Path(__file__).resolve().parent / "data" / "corpus"
    byline = "{http://www.tei-c.org/ns/1.0}byline"
    for folder, name in (("movarekhan-etezad-saltaneh-nameh-telegraf-1282-utf16", "فاطمه قاضیها"),
                         ("iichs-amir-kabir-letter-to-naser-al-din-shah-cp1256", "پروانه بابايي")):
        _, tree = convert(corpus / folder / "source.txt", Tagger(Registers(())))
        found = ["".join(person.itertext()) for block in tree.getroot().iter(byline)
                 for person in block.iter("{http://www.tei-c.org/ns/1.0}persName")]
        assert name in found, folder
