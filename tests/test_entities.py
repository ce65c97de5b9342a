"""The Tagger's matching rules (nashr.entities.tagger) on the seeds and on written cases; the
seeds' scores against their hand-made lists are tests/test_entities_seeds.py."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from nashr.entities.tagger import DateContext, Tagger
from nashr.markup import fill, resolve_overlaps, tei

ROOT = Path(__file__).resolve().parents[1]
REGISTERS = ROOT / "tei" / "registers"
EXPECTED = Path(__file__).resolve().parent / "data" / "entities"
SEED_STEMS = sorted(p.stem for p in EXPECTED.glob("*.tsv"))


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.from_registers(REGISTERS)


def catalog_context(stem: str) -> DateContext | None:
    with (ROOT / "seeds" / "catalog.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["file"] == f"{stem}.txt":
                return DateContext.from_iso(row["date"])
    return None


def expected(stem: str) -> Counter[tuple[str, str, str]]:
    rows: Counter[tuple[str, str, str]] = Counter()
    for line in (EXPECTED / f"{stem}.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            tag, text, val, count = line.split("\t")
            rows[(tag, text, val)] += int(count)
    return rows


def test_expected_lists_point_into_the_registers(tagger: Tagger) -> None:
    ids = set(tagger.registers.by_id())
    for stem in SEED_STEMS:
        for tag, _, val in expected(stem):
            assert tag == "date" or val in ids, (stem, val)


def spans(tagger: Tagger, text: str) -> list[tuple[str, str, str]]:
    return [(s.tag, text[s.start : s.end], s.attrs.get("ref", "")) for s in tagger.tag(text)]


def test_arabic_letters_zwnj_and_spacing_do_not_matter(tagger: Tagger) -> None:
    for text in (
        "رفیق حمید تقوايي گفت",  # Arabic yeh
        "رفیق حمید\u00a0تقوایی گفت",  # NBSP
        "در حزب کمونیست\u200cکارگری ایران",  # ZWNJ instead of a space
        "در حزب كمونيست كارگري ايران",  # Arabic kaf and yeh throughout
    ):
        assert any(ref.endswith(("#p-hamid-taqvai", "#o-wpi")) for _, _, ref in spans(tagger, text))


def test_never_inside_a_word(tagger: Tagger) -> None:
    assert spans(tagger, "پناهندگان ایرانی و ایرانیان") == []
    assert [s[1] for s in spans(tagger, "کشور ایران‌ ")] == ["ایران"]  # stray ZWNJ after it


def test_longest_match_wins_and_names_nest(tagger: Tagger) -> None:
    text = "اطلاعیه کمیته مرکزی حزب کمونیست کارگری ایران"
    assert spans(tagger, text) == [
        ("orgName", "کمیته مرکزی حزب کمونیست کارگری ایران", "../registers/orgs.xml#o-wpi-cc"),
        ("orgName", "حزب کمونیست کارگری ایران", "../registers/orgs.xml#o-wpi"),
        ("placeName", "ایران", "../registers/places.xml#pl-iran"),
    ]


def test_a_body_named_inside_an_organ_nests_but_not_after_its_kind(tagger: Tagger) -> None:
    """The organ of a body holds the body («حکومت طالبان»: the reference encoding's nesting); a
    kind noun and the body's name are one mention («گروه طالبان», «خبرگزاری رویترز»)."""
    text = "به گزارش خبرگزاری رویترز، گروه طالبان و حکومت طالبان در کابل دیدار کردند."
    assert [(tag, name) for tag, name, _ in spans(tagger, text)] == [
        ("orgName", "خبرگزاری رویترز"),
        ("orgName", "گروه طالبان"),
        ("orgName", "حکومت طالبان"),
        ("orgName", "طالبان"),
        ("placeName", "کابل"),
    ]


def test_a_name_inside_a_longer_name_of_the_same_entry_is_not_repeated(tagger: Tagger) -> None:
    assert spans(tagger, "هزینه تلویزیون کانال جدید") == [
        ("orgName", "تلویزیون کانال جدید", "../registers/orgs.xml#o-kanal-jadid")
    ]


def test_offsets_fill_back_to_the_source(tagger: Tagger) -> None:
    """Every seed line, tagged and filled, gives back exactly its characters (fidelity)."""
    for stem in SEED_STEMS:
        for line in (ROOT / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").split("\n"):
            element = etree.Element(tei("p"))
            result = tagger.tag(line, catalog_context(stem))
            assert resolve_overlaps(result) == result  # never crossing
            fill(element, line, result)
            assert "".join(element.itertext()) == line


def test_ref_base_is_configurable() -> None:
    tagger = Tagger.from_registers(REGISTERS, ref_base="")
    assert tagger.tag("ایران")[0].attrs == {"ref": "places.xml#pl-iran"}


def test_a_year_an_archive_supplies_in_brackets_is_part_of_the_date(tagger: Tagger) -> None:
    text = "تاریخ پاکنویس: ۲۵ آبان [۱۳۲۳]؛ نامهٴ ۲۹ آبان [۱۳۲۳ و بعد"
    found = [(text[s.start : s.end], s.attrs.get("when")) for s in tagger.tag(text) if s.tag == "date"]
    # 25 Aban 1323 = 16 November 1944; an unclosed bracket leaves the year out
    assert found == [("۲۵ آبان [۱۳۲۳]", "1944-11-16"), ("۲۹ آبان", None)]


def test_a_year_alone_after_a_noun(tagger: Tagger) -> None:
    text = "پس از جنگ ۱۹۶۷، تا انتخابات ۱۴۰۰ در ایران؛ بیشتر از ۱۳۰۰ نفر، پیرو نامهٴ ۱۳۰۳ – و هیات مختلط ۱۳۳۰"
    found = [(text[s.start : s.end], dict(s.attrs)) for s in tagger.tag(text) if s.tag == "date"]
    values = [(t, a.get("when"), a.get("from")) for t, a in found]
    assert values == [("۱۹۶۷", "1967", None), ("۱۴۰۰", None, "2021-03-21")]


def test_a_year_ending_its_line_after_a_dash_or_in(tagger: Tagger) -> None:
    # cso.gov.af's report title, afg-news' constitution and Wikipedia's main page of a year (tests/data/corpus/):
    # the year a heading dates itself by, or the year something happened in; after another noun, a name's
    # number as «هیات مختلط ۱۳۳۰» above, and before a word, a dash leads on («جنگ - ۱۹۶۷ آغاز»)
    for line, year in (("سروی اقتصادی، اجتماعی و دموگرافی ولایت هرات- ۱۳۹۵", "۱۳۹۵"),
                       ("قانون اساسي افغانستان - 1343", "1343"), ("صفحهٔ اصلی ویکی‌پدیای فارسی در ۲۰۱۵", "۲۰۱۵"),
                       ("جنگ - ۱۹۶۷ آغاز شد", None), ("قادر ۱۳۹۸", None)):
        found = [line[s.start : s.end] for s in tagger.tag(line) if s.tag == "date"]
        assert found == ([year] if year else []), line


def test_nowruz_is_a_date_unless_a_name_goes_on_after_it(tagger: Tagger) -> None:
    # the named day alone is a date (tests/data/corpus/README.md); «نوروز» is also a given name,
    # one in «حاج نوروز علی», «میرزا نوروز خان», not at the end of «جهان نوروز» ("the world … Nowruz")
    text = "حاج نوروز علی و میرزا نوروز خان گفتند که مردم جهان نوروز را جشن می‌گیرند و نوروز نزدیک است."
    found = [(s.tag, text[s.start : s.end]) for s in tagger.tag(text) if s.tag in ("date", "persName")]
    assert found == [("persName", "حاج نوروز علی"), ("persName", "میرزا نوروز خان"),
                     ("date", "نوروز"), ("date", "نوروز")]


def test_a_document_without_a_date_takes_the_year_its_text_gives(tagger: Tagger) -> None:
    recognise = tagger.document()
    recognise("صورت مشروح مجلس روز یکشنبه ۱۹ آذر ماه ۱۳۲۳")
    text = "صورت مجلس روز پنجشنبه ۱۶ آذر ماه قرائت شد."
    dates = [(text[s.start : s.end], s.attrs.get("when")) for s in recognise(text) if s.tag == "date"]
    assert dates == [("روز پنجشنبه ۱۶ آذر ماه", "1944-12-07")]  # Thursday 16 Azar 1323
    undated = tagger.document()
    assert [s.attrs.get("when") for s in undated(text) if s.tag == "date"] == [None]
    # the block that gives the first full date dates those before it too (an office's letter of 1322)
    head = "دفتر نخست وزیر؛ تاریخ پاکنویس: ۱۵/۹، تاریخ ثبت: ۲۰/۹/۲۲؛ فوری"
    assert [(head[s.start : s.end], s.attrs.get("when")) for s in tagger.document()(head) if s.tag == "date"] == [
        ("۱۵/۹", "1943-12-07"), ("۲۰/۹/۲۲", "1943-12-12")]  # 15 and 20 Azar 1322
    # and those its calendar alone was known of: a day and month with «سال جاری» (khovar.tj's release)
    lead = "دوشنبه، 26.04.2023 /خاور/. وزارت امور خارجه به اطلاع مي رساند که در تاريخ 26 آوريل سال جاري، 2 تن"
    assert [(lead[s.start : s.end], s.attrs.get("when")) for s in tagger.document()(lead) if s.tag == "date"] == [
        ("26.04.2023", "2023-04-26"), ("26 آوريل سال جاري", "2023-04-26")]


def test_a_time_before_a_date_is_no_day_range(tagger: Tagger) -> None:
    text = "تاریخ انتشار: ۰۴ : ۰۰ - ۱۱ تير ۱۳۹۸"
    found = [(text[s.start : s.end], s.attrs.get("when")) for s in tagger.tag(text) if s.tag == "date"]
    assert found == [("۱۱ تير ۱۳۹۸", "2019-07-02")]  # 11 Tir 1398


def test_a_block_tagged_again_reuses_what_the_look_ahead_prepared(tagger: Tagger,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A document's blocks tagged again after the look-ahead (the header reads its title and the
    line under it a second time) take what :meth:`Tagger.prepare` found in them from the
    look-ahead, and give the spans a new preparation gives: the first paragraphs of a seed, read
    ahead, returned, then each a second time; in the catalogue's date context, and in none, where
    the blocks before the first full date are read ahead without a context and again with that
    date's (their dates made again, their names taken where the dates cover the same ranges)."""
    stem = SEED_STEMS[0]
    blocks = [line for line in (ROOT / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
              if line.strip()][:8]
    prepared: list[tuple[str, bool]] = []
    original = Tagger.prepare

    def counted(self: Tagger, text: str, *args: object, **kwargs: object) -> object:
        prepared.append((text, kwargs.get("earlier") is not None))
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Tagger, "prepare", counted)

    def again(context: DateContext | None, reuse: bool) -> list[list[tuple[str, int, int, dict[str, str]]]]:
        document = tagger.document(context)
        document.look_ahead(blocks)
        for block in blocks:
            document(block)
        if not reuse:
            document._prepared.clear()
        return [[(s.tag, s.start, s.end, s.attrs) for s in document(block)] for block in blocks]

    for context in (catalog_context(stem), None):
        prepared.clear()
        reused = again(context, reuse=True)
        again_prepared = prepared[len(blocks):]
        assert [text for text, _ in prepared[: len(blocks)]] == blocks
        assert all(earlier for _, earlier in again_prepared)  # (the context changed: the dates made again)
        assert bool(again_prepared) == (context is None)
        prepared.clear()
        assert again(context, reuse=False) == reused and prepared == [(block, False) for block in [*blocks, *blocks]]
        assert sum(map(len, reused)) > 5  # (names and dates found)
