"""The per-language words toponym recognition reads, gathered from the language's knowledge files.

A language may have place knowledge before it has everything else (a partial folder): any file it lacks counts as
empty, so the places stage still runs on Spanish text before Spanish demonyms exist.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import simplemma

from eventwire.demonyms import Demonyms, demonyms_or_none
from eventwire.errors import KnowledgeError
from eventwire.knowledge import lang_data, shared_data


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """What toponym recognition reads in one language (see the keys of ``lang/<code>/places.yaml``)."""

    lang: str
    nouns_capitalised: bool  # German capitalises every noun: a known word tells nothing about being a name
    locative: frozenset[tuple[str, ...]]  # lowercase token sequences that introduce a place ("in", "près de")
    place_cues: frozenset[tuple[str, ...]]  # the locative cues only places follow ("in", not "to" or "from")
    place_nouns: frozenset[str]  # "city", "ville": may stand between the cue and the name ("in the city of X")
    kind_nouns: dict[tuple[str, ...], str]  # "city of", "province de" → the feature of the place named next
    nearby_cues: frozenset[tuple[str, ...]]  # "south of", "près de": between two names, the second is close by
    distance_words: frozenset[str]  # "about", "some": may stand before a nearby cue, with numbers and place nouns
    distance_units: dict[str, float]  # "miles" → 1.609: a distance stated before a nearby cue, in km
    region_adjectives: frozenset[str]  # "Asian": a name right before one is part of an adjective ("South East Asian")
    thousands: frozenset[str]  # digit separators of numbers.yaml, to read a stated distance ("1.200", "2,5")
    decimal: frozenset[str]
    not_places: frozenset[str]  # capitalised words that are never toponyms on their own
    cued_only: frozenset[str]  # common words that are towns too: places only right after a place cue
    feature_after: frozenset[str]  # "Street", "River": after a name, they name a street or a river, not the town
    feature_before: frozenset[str]  # "rue", "gare": the same, written before the name
    streets_after: frozenset[str]  # "Street", "Highway": after a name, they make it a street (see street_places)
    streets_before: frozenset[str]  # "rue", "calle", "улица": before a name, the same (capitalised too, as written)
    street_particles: frozenset[str]  # "de la", "del": between such a word and the name ("rue de la Paix")
    street_particle_words: frozenset[str]  # the words of those particles, lowercase: "de", "la", "del"
    numbered_roads: frozenset[str]  # "Highway", "I-": before a number, a road ("Highway 19", "I-95")
    street_suffixes: frozenset[str]  # "straße", "platz": ending a compound, a street ("Friedrichstraße")
    airports_after: frozenset[str]  # "Airport", "air base": after a name, an airport (see airport_places)
    airports_before: frozenset[str]  # "aéroport", "аэропорту": before a name, the same; particles as for streets
    seat_cues: frozenset[str]  # "at", "devant": before a seat of power, it is a place (see seat_places)
    person_titles: frozenset[str]  # "Mr.", "Secretary of State", as written: a person's name follows
    reporting_verbs: frozenset[str]  # lemmas: "Moore said" is a person speaking
    calendar_words: frozenset[str]  # months and weekdays, lowercase: "March", "Sunday" are never towns
    institutions: frozenset[str]  # organisations and seats of power ("Hamas", "Duma", "Matignon"), every language
    function_words: frozenset[str]
    definite: frozenset[str]  # articles that may stand between a cue and the name ("in the Bronx")
    inflections: tuple[tuple[str, tuple[str, ...]], ...]  # case ending → nominative endings, longest first
    demonyms: Demonyms

    def common(self, word: str) -> bool:
        """A dictionary word that is not a proper noun (see ``common_word``)."""
        return common_word(word, self.lang, self.nouns_capitalised)


def _optional(lang: str, concept: str) -> dict[str, Any]:
    """A knowledge file of the language, or nothing when the language does not have it yet."""
    try:
        return lang_data(lang, concept)
    except KnowledgeError:
        return {}


def _title_phrases(lang: str) -> set[str]:
    """Every title of titles.yaml as written: the words that stand right before a person's name. Case counts
    here: "Miss Smith" is a person, "miss Rochester" is not."""
    phrases: set[str] = set()
    for titles in (_optional(lang, "titles").get("titles") or {}).values():
        phrases.update(" ".join(title.split()) for title in titles)
    return phrases


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase as the lowercase tokens the tokenizer makes of it: an elided article is a token ("à l'est" → "à",
    "l'", "est")."""
    return tuple(re.sub(r"(?<=\w')(?=\w)", " ", phrase.lower().replace("’", "'")).split())


@functools.cache
def _institutions() -> frozenset[str]:
    """The names of the organisations and seats of power the actors stage knows: a town that shares one ("Duma",
    "Matignon", "Westminster") is not what the news mean by it."""
    names: set[str] = set()
    for stem in ("organizations", "metonyms"):
        for entry in shared_data(stem)[stem]:
            for forms in (entry.get("aliases") or {}).values():
                names.update(forms)
    return frozenset(names)


@functools.cache
def place_rules(lang: str) -> PlaceRules:
    """The rules of ``lang``, read once per process."""
    places = _optional(lang, "places")
    grammar = _optional(lang, "grammar")
    time = _optional(lang, "time")
    numbers = _optional(lang, "numbers")
    separators = numbers.get("separators") or {}
    nationalities = demonyms_or_none(lang)
    return PlaceRules(
        lang=lang,
        nouns_capitalised=bool(places.get("nouns_capitalised")),
        locative=frozenset(_words(cue) for cue in places.get("locative") or ()),
        place_cues=frozenset(_words(cue) for cue in places.get("place_cues") or ()),
        place_nouns=frozenset(w.lower() for w in places.get("place_nouns") or ()),
        kind_nouns={
            _words(phrase): feature
            for feature, phrases in (places.get("kind_nouns") or {}).items()
            for phrase in phrases
        },
        nearby_cues=frozenset(_words(cue) for cue in places.get("nearby_cues") or ()),
        distance_words=frozenset(
            {
                *(w.lower() for w in places.get("distance_words") or ()),
                *(str(w).lower() for w in numbers.get("words") or ()),
            }
        ),
        distance_units={unit.lower(): float(km) for unit, km in (places.get("distance_units") or {}).items()},
        region_adjectives=frozenset(places.get("region_adjectives") or ()),
        thousands=frozenset(separators.get("thousands") or ()),
        decimal=frozenset(separators.get("decimal") or ()),
        not_places=frozenset(places.get("not_places") or ()),
        cued_only=frozenset(places.get("cued_only") or ()),
        feature_after=frozenset((*(places.get("feature_after") or ()), *(places.get("streets_after") or ()))),
        feature_before=frozenset(
            w.lower() for w in (*(places.get("feature_before") or ()), *(places.get("streets_before") or ()))
        ),
        streets_after=frozenset(places.get("streets_after") or ()),
        streets_before=frozenset(places.get("streets_before") or ()),
        street_particles=frozenset(places.get("street_particles") or ()),
        street_particle_words=frozenset(w.lower() for p in places.get("street_particles") or () for w in p.split()),
        numbered_roads=frozenset(places.get("numbered_roads") or ()),
        street_suffixes=frozenset(places.get("street_suffixes") or ()),
        airports_after=frozenset(places.get("airports_after") or ()),
        airports_before=frozenset(places.get("airports_before") or ()),
        seat_cues=frozenset(places.get("seat_cues") or ()),
        person_titles=frozenset(
            {*(" ".join(t.split()) for t in places.get("person_titles") or ()), *_title_phrases(lang)}
        ),
        reporting_verbs=frozenset(v for v in _optional(lang, "reporting").get("verbs") or () if " " not in v),
        calendar_words=frozenset(w.lower() for w in (*(time.get("months") or ()), *(time.get("weekdays") or ()))),
        institutions=_institutions(),
        function_words=frozenset(grammar.get("function_words") or ()),
        definite=frozenset(grammar.get("definite") or ()),
        inflections=tuple(
            sorted(
                ((end, tuple(nominatives)) for end, nominatives in (places.get("inflections") or {}).items()),
                key=lambda item: -len(item[0]),
            )
        ),
        demonyms=nationalities,
    )


@functools.lru_cache(maxsize=100_000)
def common_word(word: str, lang: str, nouns_capitalised: bool = False) -> bool:
    """A dictionary word that is not a proper noun: simplemma lemmatises "police" to "police" but "george" to
    "George", and does not know "Raquel". Where every noun is capitalised (German), any known word counts."""
    lowered = word.lower()
    try:
        if nouns_capitalised:
            return simplemma.is_known(word, lang=lang) or simplemma.is_known(lowered, lang=lang)
        return simplemma.is_known(lowered, lang=lang) and simplemma.lemmatize(lowered, lang=lang)[:1].islower()
    except ValueError:  # a language simplemma does not cover: no word is known to be common
        return False
