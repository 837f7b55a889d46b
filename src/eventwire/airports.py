"""Airports with scheduled service, from the airportsdata package (MIT), looked up by the names news give them.

GeoNames' city files have no airports, yet airports are where much conflict and disaster news happens ("Kabul
airport", "l'aéroport d'Almaty", "аэропорт Донецка"). airportsdata lists 28,000 airfields; the 7,900 with an IATA
code are the ones with scheduled flights, the ones news name. An airport is found by its own name as the news shorten
it ("Heathrow" for "London Heathrow Airport", "Charles de Gaulle", "JFK"), or as the airport of a town the gazetteer
resolved ("Kabul airport").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

import airportsdata

from eventwire.gazetteer_sources import iso3_by_alpha2
from eventwire.geodesy import haversine_km
from eventwire.lexical import strip_accents

#: Words of airportsdata's English names that say what a place is, not which: "Kabul International Airport" is
#: known as "Kabul"; the same words written in a text ("Kabul International") are dropped too.
_GENERIC_WORDS = frozenset(
    {"international", "intl", "airport", "airfield", "aerodrome", "airbase", "air", "base", "force", "regional", "s"}
)
#: How near a town an airport must be to be that town's airport, when airportsdata names another town.
TOWN_AIRPORT_KM = 30.0


@dataclass(frozen=True, slots=True)
class Airport:
    name: str
    iata: str
    city: str
    country: str | None  # ISO3
    lat: float
    lon: float

    @property
    def international(self) -> bool:
        return "international" in self.name.lower()


def name_words(name: str) -> tuple[str, ...]:
    """A name as comparable words: accents, case, punctuation and the generic words gone ("Montréal-Pierre Elliott
    Trudeau International Airport" → montreal pierre elliott trudeau)."""
    return tuple(w for w in re.split(r"[\W_]+", strip_accents(name.casefold())) if w and w not in _GENERIC_WORDS)


class AirportIndex:
    """Airports under the keys a text may name them by, each key ranked by how fully it names the airport."""

    def __init__(self, airports: list[Airport]) -> None:
        self._by_key: dict[tuple[str, ...], dict[int, list[Airport]]] = defaultdict(lambda: defaultdict(list))
        self._by_city: dict[tuple[str, ...], list[Airport]] = defaultdict(list)
        self._by_country: dict[str | None, list[Airport]] = defaultdict(list)
        for airport in airports:
            for rank, key in _keys(airport):
                if airport not in self._by_key[key][rank]:
                    self._by_key[key][rank].append(airport)
            self._by_city[name_words(airport.city)].append(airport)
            self._by_country[airport.country].append(airport)
        self._airports = airports

    def __len__(self) -> int:
        return len(self._airports)

    def named(self, name: str, countries: frozenset[str] = frozenset()) -> Airport | None:
        """The one airport a name as written names: its full name, without its town ("Heathrow"), the words after
        the town ("Pierre Elliott Trudeau"), its IATA code ("JFK"), some of its words ("Hartsfield-Jackson"); of
        several, the one in a country the article names, else the international one; None if still several. A
        name with words of its own before the airport's ("Roissy-Charles-de-Gaulle", a terminal's "Pulkovo 2")
        names it only in a country the article names: "Smith-Jackson Airport" is not Jackson's."""
        words = name_words(name)
        while words and words[-1].isdigit():
            words = words[:-1]
        for skip in range(len(words)):
            ranks = self._by_key.get(words[skip:])
            if ranks:
                airport = _one(ranks[min(ranks)], countries)
                if skip == 0 or (airport is not None and airport.country in countries):
                    return airport
        return None

    def serving(self, town: str, lat: float, lon: float, country: str | None) -> Airport | None:
        """The airport of a town: the one airportsdata puts in it or within ``TOWN_AIRPORT_KM`` of its point, of
        several the one named after the town ("Domodedovo"), else the international one; None for a town of several
        international airports (Moscow, London)."""
        words = name_words(town)
        named_town = [a for a in self._by_city.get(words, ()) if a.country == country]
        near = [a for a in self._by_country.get(country, ()) if haversine_km(lat, lon, a.lat, a.lon) <= TOWN_AIRPORT_KM]
        candidates = list(dict.fromkeys(named_town + near))
        after_town = [a for a in candidates if _holds(name_words(a.name), words)]
        return _one(after_town or candidates, frozenset())


def _keys(airport: Airport) -> list[tuple[int, tuple[str, ...]]]:
    """(rank, key) pairs, rank 0 the fullest: the full name, the name without its town, the part after a dash or
    slash ("Ottawa / Macdonald-Cartier"), the IATA code, then any run of the name's words ("Trudeau",
    "Hartsfield Jackson")."""
    full = name_words(airport.name)
    city = name_words(airport.city)
    keys = [(0, full)]
    if city and full[: len(city)] == city and len(full) > len(city):
        keys.append((0, full[len(city) :]))
    for part in re.split(r"\s*/\s*|\s+-\s+|(?<=\w)-(?=\w)", airport.name, maxsplit=1)[1:]:
        if name_words(part):
            keys.append((1, name_words(part)))
    keys.append((1, (airport.iata.lower(),)))
    keys += [(2, full[i:j]) for i in range(len(full)) for j in range(i + 1, len(full) + 1) if (i, j) != (0, len(full))]
    return [(rank, key) for rank, key in keys if key]


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return bool(part) and any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _one(candidates: list[Airport], countries: frozenset[str]) -> Airport | None:
    for keep in (lambda a: True, lambda a: a.country in countries, lambda a: a.international):
        chosen = [a for a in candidates if keep(a)]
        if len(chosen) == 1:
            return chosen[0]
        if chosen:
            candidates = chosen
    return None


@functools.cache
def airport_index() -> AirportIndex:
    """The airports with an IATA code (about 0.3 s to read, once per process, when an article first names one)."""
    iso3 = iso3_by_alpha2()
    airports = [
        Airport(row["name"], row["iata"], row["city"], iso3.get(row["country"]), float(row["lat"]), float(row["lon"]))
        for row in airportsdata.load("IATA").values()
        if row["iata"]
    ]
    return AirportIndex(airports)
