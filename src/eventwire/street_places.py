"""Streets, roads and squares: toponyms no gazetteer lists, recognised by the word that makes a name a street ("Main
Street", "Highway 19", "rue de Rivoli", "calle de Alcalá", "Friedrichstraße", "улица Ленина") and located at the
town the article puts them in.

Crime and protest news happen on streets: "shot on Hutcheson Road", "rassemblés place de la République". GeoNames
has no streets, so a street gets the point of its town: a town named in the same sentence ("Main Street in
Springfield"), else the article's dateline town, else the nearest town named before it (after it, if none is). A
street in an article that names no town keeps its name without coordinates. Its ``feature`` is ``street`` and its
resolution ``place``, finer than a city.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar

from eventwire.gazetteer import Gazetteer
from eventwire.model import NON_CONTENT_ZONES, Doc, Mention, PlaceRef
from eventwire.place_rules import PlaceRules, place_rules

#: A capital letter, in any script.
CAPITAL = r"[^\W\d_a-zß-ÿа-яё]"
#: A capitalised word of a name, hyphens and apostrophes inside ("Hyland-Croy", "Governors’", "O'Hare"), or a
#: compass point abbreviated ("E. Broad St.").
NAME_WORD = CAPITAL + r"[\w'’-]*|[NSEW]\."
#: An ordinal word of a numbered street: "35th Street", "Northwest 8th Avenue".
_ORDINAL = r"\d+(?:st|nd|rd|th)"
#: Feature words written as abbreviations ("St.", "Ave."): "St. Louis", "St. Paul" are saints, not streets.
_NOT_BEFORE_A_NAME = r"(?!\s+" + CAPITAL + ")"
#: Places fine enough to hold a street or to have an airport: towns and counties.
TOWNS = frozenset({"city", "admin2"})
#: The spaces inside a name: a plain or a no-break space.
SPACE = r"[ \u00a0]"
#: Areas whose name may open a road's: "Florida Highway", "Otter Tail County Road".
_AREAS = frozenset({"admin1", "admin2"})


class Span(Protocol):
    """Anything with a start and an end in the text: a street, an airport phrase, a mention."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


@dataclass(frozen=True, slots=True)
class Street:
    start: int
    end: int
    name: str


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The language's street patterns: name then feature word, feature word then name, numbered roads, and
    compounds ending in a feature word ("Friedrichstraße")."""
    rules = place_rules(lang)
    patterns = []
    if rules.streets_after:
        words = "|".join(
            re.escape(w) + (_NOT_BEFORE_A_NAME if w.endswith(".") else r"(?!\w)")
            for w in sorted(rules.streets_after, key=len, reverse=True)
        )
        patterns.append(re.compile(rf"(?<![\w'’.-])(?:(?:{NAME_WORD}|{_ORDINAL}){SPACE}){{1,4}}(?:{words})"))
    if rules.streets_before:
        spellings = {form for w in rules.streets_before for form in (w, w[:1].upper() + w[1:])}
        words = "|".join(re.escape(w) for w in sorted(spellings, key=len, reverse=True))
        name = rf"{particles_pattern(rules)}(?:{NAME_WORD}|{_ORDINAL})"
        patterns.append(re.compile(rf"(?<!\w)(?:{words}){SPACE}+{name}(?:{SPACE}+{name})*"))
    if rules.numbered_roads:
        prefixes = "|".join(
            re.escape(p) + ("" if p.endswith("-") else "[ -]")
            for p in sorted(rules.numbered_roads, key=len, reverse=True)
        )
        patterns.append(re.compile(rf"(?<![\w-])(?:{prefixes})\d{{1,4}}[A-Z]?(?![\w-])"))
    if rules.street_suffixes:
        suffixes = "|".join(re.escape(s) for s in rules.street_suffixes)
        patterns.append(re.compile(rf"(?<![\w-]){CAPITAL}[\w-]+?(?i:{suffixes})(?!\w)"))
    return tuple(patterns)


def particles_pattern(rules: PlaceRules) -> str:
    """Any run of the language's particles that may stand between a feature word and a name ("rue de la Paix",
    "aéroport d'Almaty"), each followed by a space or glued by its apostrophe."""
    particles = "|".join(re.escape(p) for p in sorted(rules.street_particles, key=len, reverse=True))
    return rf"(?:(?:{particles})(?:{SPACE}+|(?<=['’])))*" if particles else ""


def find_streets(doc: Doc, rules: PlaceRules) -> list[Street]:
    """The streets of the article's content zones, in text order; of overlapping matches, the one starting first
    (the longer at the same start)."""
    found = (_trimmed(doc.text, m.start(), m.end(), rules) for m in content_matches(doc, _patterns(rules.lang)))
    return first_of_overlaps([street for street in found if street is not None])


def content_matches(doc: Doc, patterns: Iterable[re.Pattern[str]]) -> Iterator[re.Match[str]]:
    """The matches of each pattern in the article's content zones (not its page furniture)."""
    patterns = tuple(patterns)
    for zone in doc.zones:
        if zone.kind in NON_CONTENT_ZONES:
            continue
        for pattern in patterns:
            yield from pattern.finditer(doc.text, zone.start, zone.end)


def first_of_overlaps(spans: list[S]) -> list[S]:
    """The spans in text order; of overlapping ones, the one starting first, the longer at the same start."""
    kept: list[S] = []
    for span in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def placed_at(name: str, feature: str, where: PlaceRef | None, country: str | None = None) -> PlaceRef:
    """A place GeoNames does not list (a street, an airport it knows no better, a seat of power), at the point of
    ``where``, the town or area it lies in, if any."""
    return PlaceRef(
        name=name,
        geonameid=None,
        lat=where.lat if where else None,
        lon=where.lon if where else None,
        country=country or (where.country if where else None),
        admin1=where.admin1 if where else None,
        feature=feature,
    )


def _trimmed(text: str, start: int, end: int, rules: PlaceRules) -> Street | None:
    """The match from the word after its last function word or date word ("Man Shot On Main Street" → "Main
    Street"); None if only the feature word is left, or if a compound is a dictionary word in a language that
    capitalises its nouns ("Arbeitsplatz")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > 1 and words[-1].group() in rules.streets_after:
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if _not_a_name_word(w.group(), rules)), default=0)
        words = words[cut:]
        if len(words) < 2:
            return None
    start = start + words[0].start()
    surface = text[start:end]
    if len(words) == 1 and rules.street_suffixes and rules.common(surface):
        return None
    return Street(start, end, " ".join(surface.split()))


def _not_a_name_word(word: str, rules: PlaceRules) -> bool:
    lowered = word.lower()
    return lowered in rules.function_words or lowered in rules.calendar_words


def locate_streets(
    doc: Doc, streets: Iterable[Street], places: list[Mention], rules: PlaceRules, gaz: Gazetteer
) -> list[Mention]:
    """A place mention for each street, at the point of the state or county that names it ("Florida Highway 60",
    "Otter Tail County Road 1"), else of the town the article puts it in (see the module)."""
    towns, dateline = towns_named(doc, places)
    states = {m.value.admin1 for m in places if m.value.admin1}
    located = []
    for street in streets:
        town = town_of(doc, street.start, towns, dateline)
        where = _area_naming(street, rules, gaz, states) or (town.value if town is not None else None)
        located.append(Mention(street.start, street.end, "place", placed_at(street.name, "street", where)))
    return located


def _area_naming(street: Street, rules: PlaceRules, gaz: Gazetteer, states: set[str]) -> PlaceRef | None:
    """The state or county a road is named after ("Missouri State Highway", "Douglas County Road"), the one in a
    state the article names if several share the name. Only roads of a numbered network count: "Michigan Avenue" is
    in Chicago, not at Michigan's point, and "Oxford Road" runs in the town the article is about."""
    road = next((r for r in sorted(rules.numbered_roads, key=len, reverse=True) if street.name.endswith(" " + r)), None)
    if road is None:
        return None
    name = street.name[: -len(road)].strip()
    names = [name, f"{name} {road.split()[0]}"] if " " in road else [name]  # "Otter Tail" + "County" (Road)
    areas = [s.place for n in names for s in gaz.senses(n) if s.place.feature in _AREAS]
    if not areas:
        return None
    return max(areas, key=lambda place: (place.admin1 in states, place.feature == "admin1", place.population))


def towns_named(doc: Doc, places: list[Mention]) -> tuple[list[Mention], Mention | None]:
    """The article's towns and counties with a point, in text order, and the one of its dateline if any."""
    towns = sorted((m for m in places if m.value.feature in TOWNS and m.value.lat is not None), key=lambda m: m.start)
    dateline = next(
        (m for m in towns if any(z.kind == "dateline" and z.start <= m.start < z.end for z in doc.zones)), None
    )
    return towns, dateline


def town_of(doc: Doc, start: int, towns: list[Mention], dateline: Mention | None) -> Mention | None:
    """The town the article puts what starts at ``start`` in, a street or an airport it knows no better (see the
    module): a town of the same sentence, the dateline's, the nearest named before, the first named after."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is not None:
        beside = [m for m in towns if sentence.start <= m.start < sentence.end]
        if beside:
            return min(beside, key=lambda m: abs(m.start - start))
    if dateline is not None:
        return dateline
    before = [m for m in towns if m.start < start]
    if before:
        return before[-1]
    return towns[0] if towns else None
