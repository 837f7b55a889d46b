"""Toponym resolution: the one entry each toponym denotes in its article, and whether to keep it at all.

A sense scores its prominence (what a reader thinks of first: a country, then a world region, a state, a county, a
city by population, a capital a little more) plus its context: how much of the rest of the article lies in the
same country, state (admin1) or county (admin2), read from the other toponyms' current resolutions over a few
rounds, and how well it fits with every sense the other names could have (``place_coherence``). So "Alexandria" in
an article that names Rapides Parish is the Louisiana town, "Georgia" next to "Atlanta" the US state and next to
"Tbilisi" the country, and "New London" next to "Mt. Pleasant" and "Winfield" the Iowa town. Another mention of
the same name never vouches for it. A container named right after the toponym ("Paris, Texas") settled it during
recognition.

A town needs support to be kept: its state or county in the article, or a country the article is about with a
locative cue ("in Logan") or enough people; a famous city (a capital, a million people) needs none. Names that may
be people or common words are kept only as clear places. The weights were set by reasoning, then checked on the
development sets (docs/geoparsing.md).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.gazetteer import Naming, Sense
from eventwire.place_coherence import Footprint, coherence

if TYPE_CHECKING:
    from eventwire.place_recognition import Toponym

_COUNTRY, _SMALL_COUNTRY, _REGION = 8.0, 6.0, 7.5
#: A state is a little less salient than a city of the same population ("Almaty", "New York" the city).
_ADMIN1_DISCOUNT, _ADMIN2_DISCOUNT = 0.5, 1.0
_CAPITAL = 1.0
_NAMING = {Naming.PRIMARY: 0.0, Naming.ALTERNATE: -0.5, Naming.SHORT: -1.0}
#: Bonuses when the rest of the article lies in the same country, state or county, at full strength for the
#: area it is most about.
_IN_COUNTRY, _IN_ADMIN1, _IN_ADMIN2 = 0.75, 3.0, 1.5
#: How much a resolved toponym tells about its area: a named country, state or county more than a town.
_NAMED_AREA, _TOWN, _VILLAGE = 2.0, 1.0, 0.5
#: The weight of spatial coherence with the other names' possible senses (``place_coherence``).
_COHERENCE, _FIT_CAP = 2.0, 1.5
#: The other names' relations to a town (``place_coherence``) that put it in a country, or in an area, the
#: article is about.
_FIT_COUNTRY, _FIT_AREA = 0.5, 2.0
#: Cities this big, and capitals, are kept without any support, even when the name may be a person's.
FAMOUS_POPULATION = 1_000_000
#: Cities this big are kept without support unless the name may be a person's or a common word ("Gainesville man
#: charged"); common words this big are kept all the same ("Mobile").
KNOWN_POPULATION = COMMON_WORD_CITY_POPULATION = 100_000
#: Towns this big are kept in a country the article is about, or after a locative cue.
TOWN_POPULATION = 15_000
#: A town's country is one the article is about when it has this share of the main country's weight.
_COUNTRY_SUPPORT = 0.25
_ROUNDS = 3
#: A famous city of a country the article names outweighs the support of a namesake's state: "Paris" in a report
#: that names France, even when it names Kentucky too.
_AT_HOME = 4.0
#: A sense this much less prominent than its name's first one does not vote on the other names' senses.
_PLAUSIBLE_MARGIN = 1.5


def prominence(sense: Sense) -> float:
    """How readily a reader takes the name for this entry, context aside."""
    place = sense.place
    size = math.log10(place.population + 1)
    if place.feature == "country":
        base = min(_COUNTRY, max(_SMALL_COUNTRY, size + 2))  # Norfolk Island is not what "Norfolk" means first
    elif place.feature == "region":
        base = _REGION
    elif place.feature == "admin1":
        base = size - _ADMIN1_DISCOUNT
    elif place.feature == "admin2":
        base = size - _ADMIN2_DISCOUNT
    else:
        base = size + (_CAPITAL if sense.capital else 0.0)
    return base + _NAMING[sense.naming]


def well_known(sense: Sense) -> bool:
    """A country, a region, a state, a capital or a city of 100,000 people: a name a reader knows as a place."""
    place = sense.place
    if place.feature not in ("city", "admin2"):
        return True
    return sense.capital or place.population >= KNOWN_POPULATION


def contains(container: Sense, inner: Sense) -> bool:
    """``container`` is a country, state or county that ``inner`` lies in."""
    outer, place = container.place, inner.place
    if outer.feature == "country":
        return place.feature not in ("country", "region") and place.country == outer.country
    if outer.feature == "admin1":
        return place.feature in ("admin2", "city") and place.admin1 == outer.admin1
    if outer.feature == "admin2":
        return place.feature == "city" and inner.admin2 is not None and inner.admin2 == container.admin2
    return False


@dataclass
class PlaceContext:
    """How much of an article lies in each country, state and county."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[str] = field(default_factory=Counter)
    admin2: Counter[str] = field(default_factory=Counter)

    def add(self, sense: Sense, weight: float, area_weight: float | None = None) -> None:
        """Count ``sense`` for its country with ``weight``, for its state and county with ``area_weight``."""
        place = sense.place
        area_weight = weight if area_weight is None else area_weight
        if place.country:  # a region inside one country too ("Cisjordania", "Donbas"); others have none
            self.countries[place.country] += weight
        if place.admin1 and place.feature != "country":
            self.admin1[place.admin1] += area_weight
        if sense.admin2:
            self.admin2[sense.admin2] += area_weight

    def merged(self, other: PlaceContext, sign: int = 1) -> PlaceContext:
        """A new context: this one plus (or, with ``sign=-1``, minus) ``other``."""
        merged = PlaceContext(self.countries.copy(), self.admin1.copy(), self.admin2.copy())
        for mine, theirs in zip(merged.levels(), other.levels(), strict=True):
            for key, value in theirs.items():
                mine[key] += sign * value
        return merged

    def levels(self) -> tuple[Counter[str], Counter[str], Counter[str]]:
        return self.countries, self.admin1, self.admin2

    def share(self, level: str, key: str | None) -> float:
        """The weight of ``key`` relative to the article's main area at that level (1.0 for the main one), and to
        one town at least: scraps of weight from ambiguous names do not make an area the article's main one."""
        counts: Counter[str] = getattr(self, level)
        weight = counts.get(key or "", 0.0)
        if weight <= 1e-9:
            return 0.0
        return weight / max(*counts.values(), _TOWN)

    def bonus(self, sense: Sense) -> float:
        place = sense.place
        score = _IN_COUNTRY * self.share("countries", place.country) if place.feature != "region" else 0.0
        if place.feature != "country":
            score += _IN_ADMIN1 * self.share("admin1", place.admin1)
        return score + _IN_ADMIN2 * self.share("admin2", sense.admin2)


def resolve_all(toponyms: list[Toponym], base: PlaceContext) -> list[Sense | None]:
    """Each toponym's sense in context, or None when it is not kept as a place."""
    footprints = {t.name: Footprint.of(t.senses, _plausible(t.senses)) for t in toponyms}
    fits = [coherence(t.senses, [fp for name, fp in footprints.items() if name != t.name]) for t in toponyms]
    chosen: list[Sense | None] = [_resolve(t, base, fit) for t, fit in zip(toponyms, fits, strict=True)]
    for _ in range(_ROUNDS):
        named = frozenset(s.place.country for s in chosen if s is not None and s.place.feature == "country")
        by_name = {t.name: PlaceContext() for t in toponyms}
        for toponym, sense in zip(toponyms, chosen, strict=True):
            if sense is not None:
                weight = _weight(toponym, sense)
                by_name[toponym.name].add(sense, weight, weight * _area_trust(toponym, sense))
        total = base
        for contribution in by_name.values():
            total = total.merged(contribution)
        updated = [
            _resolve(t, total.merged(by_name[t.name], -1), fit, named) for t, fit in zip(toponyms, fits, strict=True)
        ]
        if updated == chosen:
            break
        chosen = updated
    return chosen


def _plausible(senses: list[Sense]) -> list[Sense]:
    """The senses a reader could take the name for: those not far less prominent than its first one. Moscow,
    Idaho, does not put a report of Moscow's talks in Idaho."""
    if not senses:
        return senses
    first = max(prominence(s) for s in senses)
    return [s for s in senses if prominence(s) >= first - _PLAUSIBLE_MARGIN]


def _weight(toponym: Toponym, sense: Sense) -> float:
    """How much a resolved toponym tells about where the article is."""
    feature = sense.place.feature
    if feature in ("country", "admin1", "admin2") or (feature == "region" and sense.place.country):
        return _NAMED_AREA
    if toponym.qualified or sense.place.population >= TOWN_POPULATION:
        return _TOWN
    return _VILLAGE if feature == "city" else 0.0


def _area_trust(toponym: Toponym, sense: Sense) -> float:
    """How far a town's own state and county may pull the article there: a name found in n states only 1/n, or
    two towns that share a state somewhere would settle each other there ("Geneva" and "Washington" are both
    towns of Illinois, and neither is what a report of talks in Geneva means)."""
    if toponym.qualified or sense.place.feature != "city":
        return 1.0
    states = {s.place.admin1 for s in toponym.senses if s.place.feature == "city" and s.place.admin1}
    others = {s.place.country for s in toponym.senses if s.place.country != sense.place.country}
    return 1.0 / max(1, len(states) + len(others))


def _resolve(
    toponym: Toponym, context: PlaceContext, fit: dict[int, float], named: frozenset[str] = frozenset()
) -> Sense | None:
    """The best sense in this context, if the article supports it enough. A village never takes the name of a
    country or a state from it without a container to say so ("Russia, Ohio")."""
    senses = _country_over_its_capital(toponym.senses)
    if any(s.place.feature in ("country", "region", "admin1") for s in senses):
        senses = [s for s in senses if well_known(s) or s.place.population >= TOWN_POPULATION] or senses
    if any(s.place.feature in ("country", "admin1") for s in senses):
        named = frozenset()  # "Mexico", "New York": the country or the state first, as without context
    senses = _own_names_at_home(senses, named)
    home = _home_city(senses, named)
    best = max(
        senses,
        key=lambda s: prominence(s) + context.bonus(s) + _coherent(fit[s.index]) + (_AT_HOME if s is home else 0.0),
    )
    return best if _supported(toponym, best, context, fit[best.index]) else None


def _country_over_its_capital(senses: list[Sense]) -> list[Sense]:
    """A name a country shares with its capital, when it is not the capital's own, is the country: Spanish "México"
    (Mexico City is "Ciudad de México"); "la ciudad de México" kept only the city during recognition."""
    countries = {s.place.country for s in senses if s.place.feature == "country"}
    return [s for s in senses if not (s.capital and s.naming != Naming.PRIMARY and s.place.country in countries)]


def _own_names_at_home(senses: list[Sense], named: frozenset[str]) -> list[Sense]:
    """A city's other name (old or foreign) gives way to a town whose own name it is, in a country the article
    names and the city's is not: "Salisbury" in a report that names the United Kingdom is the English town, not
    Harare."""
    if not any(s.naming == Naming.PRIMARY and s.place.feature == "city" and s.place.country in named for s in senses):
        return senses
    return [
        s
        for s in senses
        if not (s.naming == Naming.ALTERNATE and s.place.feature == "city" and s.place.country not in named)
    ]


def _home_city(senses: list[Sense], named: frozenset[str]) -> Sense | None:
    """The city a reader takes the name for in a report that names its country: a famous one (a capital, a million
    people) there, so "Paris" with France named is Paris even when the article names Kentucky too; else a known one
    (100,000 people) that is the only place of that name in the countries named, when no famous namesake is at home
    either: "London" in a report that names Canada and not the United Kingdom is London, Ontario, but two
    Gainesvilles in the United States stay for the context to tell apart."""
    at_home = [s for s in senses if s.place.feature == "city" and s.place.country in named]
    famous = [s for s in at_home if s.capital or s.place.population >= FAMOUS_POPULATION]
    if famous:
        return max(famous, key=prominence)
    if len(at_home) == 1 and at_home[0].place.population >= KNOWN_POPULATION:
        return at_home[0]
    return None


def _coherent(fit: float) -> float:
    """The bonus for fitting with the other names, capped: a long article must not outvote a country's name."""
    return _COHERENCE * min(fit, _FIT_CAP)


def _by_a_capital_name(toponym: Toponym, sense: Sense) -> bool:
    """A capital named by its own name, by another if it is the size of a town or the text introduces it as a place
    ("à La Valette"): GeoNames' unlabelled alternate names of a small capital include surnames ("Mitch Lewis" is not
    in St. George's, Grenada, 7,500 people)."""
    return sense.naming == Naming.PRIMARY or sense.place.population >= TOWN_POPULATION or toponym.introduced


def _supported(toponym: Toponym, sense: Sense, context: PlaceContext, fit: float) -> bool:
    """Whether the article backs this sense enough to keep the toponym at all."""
    place = sense.place
    if toponym.qualified:
        return True
    famous = place.population >= FAMOUS_POPULATION or (sense.capital and _by_a_capital_name(toponym, sense))
    if toponym.person_like and not famous and place.feature not in ("country", "region"):
        return False  # "Jeb Bush" … "between Bush and Steele" is the man, not Būsh, Egypt
    if toponym.common and sense.naming != Naming.PRIMARY:
        # "Man" (the Isle of Man), "Gold" (Gold Coast), "Chili" (Chile in French); "Pékin" is famous enough.
        return toponym.introduced or (famous and place.feature == "city")
    if place.feature in ("country", "region"):
        return True
    in_country = context.share("countries", place.country) >= _COUNTRY_SUPPORT or fit >= _FIT_COUNTRY
    in_area = context.share("admin1", place.admin1) >= 0.5 or context.share("admin2", sense.admin2) > 0
    if toponym.local:
        return in_area  # "la vereda San José": a village of the department the article names, or nothing
    big = place.feature != "city" or place.population >= TOWN_POPULATION
    if toponym.common:
        famous_word = place.feature == "city" and place.population >= COMMON_WORD_CITY_POPULATION
        if toponym.opens_sentence and not (famous or in_country):
            famous_word = False  # the capital says nothing there: "Man booked for assault" (Man, Côte d'Ivoire)
        state = place.feature == "admin1" and in_country  # "as well as Michigan": a state of a country in play
        return (toponym.introduced and big) or famous_word or in_area or state
    in_area = in_area or fit >= _FIT_AREA
    sizable_unit = place.feature == "admin1" and place.population >= TOWN_POPULATION  # not Man's parish "Patrick"
    if famous or toponym.self_evident or sizable_unit or place.population >= KNOWN_POPULATION:
        return True
    if big and (in_country or toponym.introduced):
        return True
    only_place = toponym.placed and len({s.index for s in toponym.senses}) == 1  # "in Whitestown": no namesake
    return in_area or (toponym.introduced and in_country) or only_place
