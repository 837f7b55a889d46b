"""Airports: names made an airport's by the word beside them ("Heathrow Airport", "l'aéroport d'Almaty", "aeropuerto
de Barajas", "Flughafen Tegel", "аэропорту Домодедово") and placed at the airport itself.

Airports are where evacuations, seizures and attacks happen, and GeoNames' city files have none. The name is looked
up in ``airports``: a name that is exactly a town the article's places resolved ("Kabul airport", "aéroport de
Kaboul") gives that town's airport; another name gives the airport it names ("Heathrow", "Charles-de-Gaulle",
"JFK"). A town with several airports (Moscow, London) or an airport airportsdata does not know keeps the point of
its town, as a street does. A bare name without the word ("at Heathrow") is not read: airport names are also
surnames and towns ("Pearson", "Logan", "Kennedy").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.airports import Airport, airport_index
from eventwire.gazetteer import Gazetteer
from eventwire.geodesy import haversine_km
from eventwire.model import Doc, Mention, PlaceRef
from eventwire.place_rules import PlaceRules, place_rules
from eventwire.street_places import (
    NAME_WORD,
    SPACE,
    TOWNS,
    content_matches,
    first_of_overlaps,
    particles_pattern,
    placed_at,
    town_of,
    towns_named,
)

#: An airport's town, as airportsdata names it, is looked for in the gazetteer this near the airport.
_TOWN_KM = 50.0
_OPENING_QUOTES = frozenset('«"“')
_CLOSING_QUOTES = frozenset('»"”')


@dataclass(frozen=True, slots=True)
class AirportPhrase:
    start: int  # the phrase, feature word included: "Heathrow Airport", "aéroport d'Almaty"
    end: int
    name_start: int  # the name alone: "Heathrow", "Almaty"
    name_end: int
    known_words_only: bool = False  # a German name of dictionary nouns only ("Flughafen Betreiber"): kept if known

    @property
    def name(self) -> tuple[int, int]:
        return self.name_start, self.name_end


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Name then feature word ("Kabul International Airport"), feature word then name ("aéroport international de
    Kaboul"); a number may close the name ("Pulkovo 2 Airport")."""
    rules = place_rules(lang)
    patterns = []
    if rules.airports_after:
        words = "|".join(re.escape(w) for w in sorted(rules.airports_after, key=len, reverse=True))
        patterns.append(
            re.compile(
                rf"(?<![\w'’.-])(?P<name>(?:(?:{NAME_WORD}){SPACE}){{1,6}}(?:\d{{1,2}}{SPACE})?)(?:{words})(?!\w)"
            )
        )
    if rules.airports_before:
        spellings = {form for w in rules.airports_before for form in (w, w[:1].upper() + w[1:])}
        words = "|".join(re.escape(w) for w in sorted(spellings, key=len, reverse=True))
        name = rf"(?:{NAME_WORD})(?:{SPACE}(?:{NAME_WORD})){{0,4}}(?:{SPACE}\d{{1,2}}(?!\w))?"
        patterns.append(
            re.compile(rf"(?<!\w)(?:{words}){SPACE}+{particles_pattern(rules)}(?:[«\"“]{SPACE}?)?(?P<name>{name})")
        )
    return tuple(patterns)


def find_airports(doc: Doc, rules: PlaceRules) -> list[AirportPhrase]:
    """The airport phrases of the article's content zones, in text order, overlaps resolved for the first."""
    found = (_trimmed(doc.text, match, rules) for match in content_matches(doc, _patterns(rules.lang)))
    return first_of_overlaps([phrase for phrase in found if phrase is not None])


def _trimmed(text: str, match: re.Match[str], rules: PlaceRules) -> AirportPhrase | None:
    """The phrase without the words of its name that cannot be a name's: function and date words ("At Heathrow
    Airport" in a headline), and in German, nouns after the name ("Flughafen Tegel Passagiere"). None if no name
    word is left."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[match.start("name") : match.end("name")])]
    words = [(match.start("name") + s, match.start("name") + e) for s, e in words]
    before_name = match.start("name") > match.start()  # the feature word comes first

    def not_a_name(span: tuple[int, int]) -> bool:
        word = text[span[0] : span[1]]
        lowered = word.lower()
        return (
            lowered in rules.function_words
            or lowered in rules.calendar_words
            or (before_name and rules.nouns_capitalised and rules.common(word))
        )

    if before_name:
        while len(words) > 1 and not_a_name(words[-1]):
            words.pop()
        if not_a_name(words[0]) and not rules.nouns_capitalised:
            return None
    else:  # after function words, and after a town's possessive, which names the town: "Toronto's Pearson Airport"
        cut = max((i + 1 for i, w in enumerate(words) if not_a_name(w) or _possessive(text[w[0] : w[1]])), default=0)
        words = words[cut:]
    if not words:
        return None
    name_start, name_end = words[0][0], words[-1][1]
    start, end = (match.start(), name_end) if before_name else (name_start, match.end())
    if before_name and text[end : end + 1] in _CLOSING_QUOTES and text[match.start("name") - 1] in _OPENING_QUOTES:
        end += 1
    known_words_only = rules.nouns_capitalised and all(rules.common(text[s:e]) for s, e in words)
    return AirportPhrase(start, end, name_start, name_end, known_words_only)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def locate_airports(doc: Doc, phrases: Iterable[AirportPhrase], places: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A place mention for each airport phrase: the airport it names, else the point of its town (see the module)."""
    phrases = list(phrases)
    if not phrases:
        return []
    index = airport_index()
    countries = frozenset(m.value.country for m in places if m.value.country)
    towns, dateline = towns_named(doc, places)
    located = []
    for phrase in phrases:
        phrase = _over_places(phrase, places)
        surface = " ".join(doc.text[phrase.start : phrase.end].split())
        inside = next((m.value for m in places if phrase.start <= m.start and m.end <= phrase.end), None)
        town = next((m.value for m in towns if (m.start, m.end) == phrase.name), None)
        if town is not None:
            airport = index.serving(town.name, town.lat, town.lon, town.country)  # type: ignore[arg-type]
        else:
            name = doc.text[phrase.name_start : phrase.name_end]
            airport = index.named(name, countries) or _airport_of_a_town_named(name, gaz, countries)
        if airport is not None:
            value = _airport_place(airport, gaz, inside)
        elif phrase.known_words_only and inside is None:
            continue
        else:
            fallback = town_of(doc, phrase.start, towns, dateline)
            value = placed_at(surface, "airport", inside or (fallback.value if fallback is not None else None))
        located.append(Mention(phrase.start, phrase.end, "place", value))
    return located


def _over_places(phrase: AirportPhrase, places: list[Mention]) -> AirportPhrase:
    """The phrase widened to hold a place its name cuts ("New Jersey airport", where "New" ends the run of function
    words before "Jersey")."""
    for m in places:
        if m.start < phrase.name_start < m.end <= phrase.name_end:
            return AirportPhrase(
                min(m.start, phrase.start), phrase.end, m.start, phrase.name_end, phrase.known_words_only
            )
    return phrase


def _airport_of_a_town_named(name: str, gaz: Gazetteer, countries: frozenset[str]) -> Airport | None:
    """The airport of the town the name is, when the article's places did not keep the town ("аэропорту
    Домодедово" in an article that never names Russia): the word "airport" vouches for it. Of several towns, those
    in a country the article names; None if they still have different airports."""
    index = airport_index()
    towns = [s.place for s in gaz.senses(name) if s.place.feature in TOWNS and s.place.lat is not None]
    if countries and any(t.country in countries for t in towns):
        towns = [t for t in towns if t.country in countries]
    found = {index.serving(t.name, t.lat, t.lon, t.country) for t in towns}  # type: ignore[arg-type]
    return found.pop() if len(found) == 1 else None


def _airport_place(airport: Airport, gaz: Gazetteer, town: PlaceRef | None) -> PlaceRef:
    """The airport at its own point, in the state of its town: the town its name holds, else the nearest town of
    airportsdata's name for it."""
    if town is None or town.country != airport.country:
        near = [
            s.place
            for s in gaz.senses(airport.city)
            if s.place.country == airport.country
            and s.place.lat is not None
            and haversine_km(s.place.lat, s.place.lon, airport.lat, airport.lon) <= _TOWN_KM  # type: ignore[arg-type]
        ]
        town = near[0] if near else None
    return PlaceRef(
        name=airport.name,
        geonameid=None,
        lat=airport.lat,
        lon=airport.lon,
        country=airport.country,
        admin1=town.admin1 if town else None,
        feature="airport",
    )
