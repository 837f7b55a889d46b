"""places — toponyms found with the offline gazetteer and resolved to one GeoNames entry each, in context.

Recognition (``place_recognition``) keeps the gazetteer names the article uses as places and settles "City, State"
pairs; resolution (``place_resolution``) picks each toponym's entry from its prominence and from the countries,
states and counties the rest of the article names (and the area codes of its telephone numbers: ``phone_clues``),
and drops small towns nothing in the article supports. Streets, which no gazetteer lists, are found by their
feature words and placed at their town (``street_places``); airports by theirs, and placed at the airport
(``airport_places``); seats of power after a place cue at their town (``seat_places``).
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.airport_places import find_airports, locate_airports
from eventwire.gazetteer import Gazetteer, default_gazetteer
from eventwire.model import Doc, Mention
from eventwire.phone_clues import phone_places
from eventwire.place_recognition import recognise
from eventwire.place_resolution import PlaceContext, resolve_all
from eventwire.place_rules import place_rules
from eventwire.seat_places import find_seats
from eventwire.street_places import Span, find_streets, locate_streets

#: A telephone number's place tells where the article is as much as a town it names.
PHONE_WEIGHT = 1.0


class PlacesStage:
    """Adds place mentions (value: PlaceRef)."""

    name = "places"
    requires = ("tokens", "sentences")
    assigns = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    def __getstate__(self) -> dict:
        return {}  # the gazetteer is rebuilt (once) in each process rather than pickled

    def __setstate__(self, state: dict) -> None:
        self._gazetteer = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        rules = place_rules(lang)
        toponyms = recognise(doc, self.gazetteer, rules)
        context = PlaceContext()
        for token in doc.tokens:
            country = rules.demonyms.word(token.lower)
            if country:
                context.countries[country] += 1
        for sense in phone_places(doc, self.gazetteer):
            context.add(sense, PHONE_WEIGHT)
        streets = find_streets(doc, rules)
        airports = [a for a in find_airports(doc, rules) if not _overlaps(a, streets)]  # "Airport Road" is a street
        seats = [s for s in find_seats(doc, rules, self.gazetteer) if not _overlaps(s, streets)]  # "Downing Street"
        named_otherwise = [*streets, *seats]
        places = [
            Mention(toponym.start, toponym.end, "place", sense.place)
            for toponym, sense in zip(toponyms, resolve_all(toponyms, context), strict=True)
            if sense is not None and not _overlaps(toponym, named_otherwise)
        ]
        doc.mentions += seats
        doc.mentions += [p for p in places if not _overlaps(p, airports)]
        doc.mentions += locate_streets(doc, streets, places, rules, self.gazetteer)
        doc.mentions += locate_airports(doc, airports, places, self.gazetteer)
        return doc


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)
