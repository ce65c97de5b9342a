"""The entity data files that ``scripts/make_entity_data.py`` derives with nashr's own code
(:func:`nashr.entities.candidates.terms.norms_of`) are those the code gives now: a change of the norm
form needs them made again."""

from __future__ import annotations

from importlib.resources import files

import pytest

from nashr.entities import lexicon
from nashr.entities.candidates.terms import norm, norms_of
from nashr.entities.candidates.words import given_names
from nashr.entities.places import gazetteer, provinces_of
from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger


def _rows(filename: str) -> list[str]:
    text = files("nashr.entities").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and line[0] != "#"]


def test_given_names_file_holds_the_norm_forms_of_the_one_word_names_less_the_dictionary_words() -> None:
    dictionary = norms_of(name for name, kind in (row.split("\t") for row in _rows("word_names_fa.tsv"))
                          if kind == "word")
    one_word = norms_of(name for name in lexicon.given_names() if " " not in name.strip())
    assert _rows("given_names_fa.txt") == sorted(one_word - dictionary)


def test_given_names_keep_names_and_leave_dictionary_words_out() -> None:
    # «احمد» is a given name only; «افکار» ("thoughts") is a row of the registry's CSV that hazm
    # lists as a dictionary word (word_names_fa.tsv), «آذر» a month kept as a name (checked by hand).
    assert {norm("احمد"), norm("آذر")} <= given_names()
    assert norm("افکار") not in given_names()


def test_towns_of_afghanistan_and_tajikistan_without_their_homographs() -> None:
    # GeoNames' towns of 15,000 people or more in the three countries where Persian is spoken
    # (scripts/make_entity_data.py), less the names that are Persian words too.
    places = gazetteer(("places_fa.tsv",))
    assert {"جلال‌آباد", "قندوز", "پل خمری", "چاریکار", "خجند", "کابل", "هرات"} <= places.keys()
    assert not {"بوستان", "قراول", "صناعتی", "نیلی", "سر پل"} & places.keys()
    # «سرپل» is the province's name (iso3166-2), glued; "at the bridge" is written apart
    assert places["سرپل"] == "place"
    assert _places("والی سرپل گفت") == ["سرپل"] and _places("او را سر پل دیدم") == []


def _places(text: str) -> list[str]:
    tagger = Tagger(Registers(()))
    return [text[s.start : s.end] for s in tagger.tag(text) if s.tag == "placeName"]


def test_towns_under_15000_people_of_the_three_countries() -> None:
    # data/towns_fa.tsv (GeoNames' cities500): towns the collection names bare, in a list of a
    # 1336 statute (Arabic ي/ك), a news line of the 2012 earthquake, a Qajar travelogue's stage
    assert _places("سرپيشه - بيرجند - شادكان - شوشتر - انديمشك - رامهرمز - كوزه كنان - ايلام") == [
        "بيرجند", "شوشتر", "انديمشك", "رامهرمز", "كوزه كنان", "ايلام"]
    assert _places("به وقت محلی مناطق ورزقان و اهر، تبریز، مرند و جلفا را لرزاند") == [
        "ورزقان", "اهر", "تبریز", "مرند", "جلفا"]
    assert _places("اندکی بعد از ساعت ده به ینگیامام رسیدیم") == ["ینگیامام"]


def test_towns_that_are_words_or_names_are_left_out() -> None:
    # GeoNames has towns named «لب دریا», «آب شیرین», «لاله زار», «کیلان», «رحق» (read in
    # «برحق»), «شیرین»: words of everyday Persian or a given name (scripts/make_entity_data.py)
    towns = gazetteer(("towns_fa.tsv",))
    assert {"ورزقان", "کوزه کنان", "ینگی امام"} <= towns.keys()
    assert not {"لب دریا", "آب شیرین", "لاله زار", "کیلان", "رحق", "شیرین", "دواب"} & towns.keys()
    assert _places("جهاد ومقاومت برحق تمام مردم افغانستان") == ["افغانستان"]


def test_afghan_provinces_named_bare() -> None:
    # data/places_fa.tsv, rows of source iso3166-2 (its Dari and Pashto local names): GeoNames
    # names the provinces' centres, not the provinces, so «در هلمند» found nothing before
    assert _places("درگیری‌ها در هلمند، غزنی، پکتیا و دایکندی ادامه دارد") == ["هلمند", "غزنی", "پکتیا", "دایکندی"]
    provinces = {name for name, kind, _, source in (row.split("\t") for row in _rows("places_fa.tsv"))
                 if source == "iso3166-2"}
    assert {"بدخشان", "ننگرهار", "پنجشیر", "نورستان", "کاپیسا"} <= provinces
    assert "لب آب" not in provinces  # Turkmenistan's Lebap, and "the water's edge": frequent words (wordfreq)
    assert "سرپل" in provinces  # Sar-e Pol, glued of two frequent words: the phrase "at the bridge" is «سر پل»


def test_a_citys_plene_spelling_that_is_a_word_is_left_out() -> None:
    # GeoNames spells Qom «قوم» too, "people, tribe", which the Afghan provincial news (set 29)
    # and a Nima poem use as the word (scripts/make_entity_data.py, plene_word); «مشهد», whose
    # one spelling is a frequent word as well, stays a place
    assert "قوم" not in gazetteer(("places_fa.tsv",))
    assert _places("بزرگان قوم نورزايي ولسوالي هاي ولایت هرات با اعلام حمايت") == ["هرات"]
    assert _places("بزرگان این قوم از مشهد آمدند") == ["مشهد"]


def test_the_provinces_of_a_country_by_their_iso_codes() -> None:
    # places_fa.tsv's ISO 3166-2 rows: Afghanistan's provinces, not Iran's
    afghan = provinces_of("AF")
    assert {"بدخشان", "کندز", "هلمند"} <= afghan and "اصفهان" not in afghan
    # the provinces named as their centres, which GeoNames names as cities (and «سرپل», glued of two
    # words, which the phrase "at the bridge" is not: «سر پل»)
    assert {"کابل", "هرات", "خوست", "زابل", "سمنگان", "سرپل", "قندهار", "قندوز"} <= afghan
    assert "اصفهان" in provinces_of("IR")
    with pytest.raises(KeyError):
        provinces_of("ZZ")


def test_world_cities_of_cldrs_time_zones() -> None:
    # places_fa.tsv's cldr-city rows (CLDR's Persian exemplar cities): cities GeoNames lacks in the
    # Persian alphabet; GeoNames' «ریگا», «تیرانا», «کلمبو» were left out as hazm dictionary entries
    # never counted (the next test), which CLDR names as well
    cities = {name for name, kind, _, source in (row.split("\t") for row in _rows("places_fa.tsv"))
              if source == "cldr-city"}
    assert {"کپنهاگ", "بلگراد", "نووسیبیریسک", "بریسبین", "کیشیناو", "کوناکری"} <= cities
    assert {"ریگا", "تیرانا", "کلمبو", "براتیسلاوا", "هونولولو"} <= gazetteer(("places_fa.tsv",)).keys()
    assert _places("هیئت از کپنهاگ به ریگا رفت و در براتیسلاوا ماند") == ["کپنهاگ", "ریگا", "براتیسلاوا"]
    # names that are words or people's names too are left out (make_entity_data.exemplar_word):
    # «کاین» "that this" of classical verse, «چوک» the Afghan square, «داروین», «کریسمس», «قناری»,
    # «بانگی» (Bangui) read as «بانگ» + «ی» "a cry" in the collection's Kalila and Dimna
    assert not {"کاین", "چوک", "داروین", "کریسمس", "قناری", "سنت جان", "بانگی"} & gazetteer().keys()
    assert _places("و بنشاط هرچه تمامتر بانگی بکرد بلند. و در حوالی آن مرغزار شیری بود") == []


def test_cities_that_hazms_dictionary_holds_but_never_counts() -> None:
    # hazm's dictionary holds place names among its entries its corpus never counts: such an entry
    # is a word only by another sign (make_entity_data.uncounted_word). Jawzjan's centre, in the
    # province's page of the collection; Afghan and Iranian centres, cities abroad (GeoNames)
    assert _places("راهاندازی حشر عمومی به منظور پاک کاری شهر شبرغان") == ["شبرغان"]
    places = gazetteer(("places_fa.tsv",))
    assert {"میمنه", "زرنج", "گردیز", "پغمان", "کوهدشت", "قروه", "روتردام", "زنجبار", "لاذقیه"} <= places.keys()
    # ... but not the entries that are words or names by another sign: «پیرم» (Perm; "my old man"),
    # «دوشا» ("milking", the Shahnameh's «گاو دوشا»), «کاین» (Cayenne; «که این» of the verse),
    # «رقه» (Raqqa; the note of the Bahá'í tablets: counted by wordfreq, never by hazm's news),
    # «گرمی», «مرادی» (an everyday word, a family name)
    assert not {"پیرم", "دوشا", "کاین", "رقه", "گرمی", "مرادی"} & places.keys()
