"""Seats of power as places: "talks at the White House", "a rally outside the Kremlin", "reçu à l'Élysée".

The actors stage reads a seat of power as its institution ("the Kremlin said" is Russia's government). After a
place cue, the language's ``seat_cues``, the seat is where something happens instead; it is placed at the point of
the town it stands in (``seat`` in ``data/metonyms.yaml``), its feature ``seat`` and its resolution ``place``. The
cue decides, not the verb: "a letter to the White House" and "a statement from the Kremlin" stay actors.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventwire.gazetteer import Gazetteer
from eventwire.knowledge import shared_data
from eventwire.model import Doc, Mention, PlaceRef
from eventwire.place_rules import PlaceRules, place_rules
from eventwire.street_places import SPACE, content_matches, placed_at


@dataclass(frozen=True, slots=True)
class Seat:
    name: str
    country: str
    town: str


@functools.cache
def _seats(lang: str) -> dict[str, Seat]:
    """The language's aliases of seats of power, as written, each to its seat."""
    seats: dict[str, Seat] = {}
    for entry in shared_data("metonyms")["metonyms"]:
        if "seat" not in entry:
            continue  # a legislature named like its body: "in Congress" is membership, not a building
        seat = Seat(entry["name"], entry["country"], entry["seat"])
        for alias in (entry.get("aliases") or {}).get(lang) or ():
            seats[alias] = seat
    return seats


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A cue, maybe an article ("at the", "devant l'"), then an alias, the cue in either case at a sentence start."""
    rules = place_rules(lang)
    seats = _seats(lang)
    if not rules.seat_cues or not seats:
        return None
    cues = {form for cue in rules.seat_cues for form in (cue, cue[:1].upper() + cue[1:])}
    cue = "|".join(re.escape(c).replace(r"\ ", SPACE) for c in sorted(cues, key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in sorted(rules.definite, key=len, reverse=True) if not a.endswith("'"))
    article = rf"(?:(?:{articles}){SPACE}+|l['’])?" if articles else ""
    aliases = "|".join(re.escape(a) for a in sorted(seats, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{cue}){SPACE}+{article}(?P<seat>{aliases})(?!\w)")


def find_seats(doc: Doc, rules: PlaceRules, gaz: Gazetteer) -> list[Mention]:
    """A place mention for each seat of power after a place cue, at its town's point."""
    pattern = _pattern(rules.lang)
    if pattern is None:
        return []
    seats = _seats(rules.lang)
    found = []
    for match in content_matches(doc, (pattern,)):
        seat = seats[match.group("seat")]
        start, end = _without_article(doc.text, match.start("seat"), match.end("seat"), rules)
        found.append(Mention(start, end, "place", placed_at(seat.name, "seat", _town(seat, gaz), seat.country)))
    return found


def _without_article(text: str, start: int, end: int, rules: PlaceRules) -> tuple[int, int]:
    """The span of the name alone: an alias may open with its article ("the Kremlin", "le Kremlin")."""
    first, _, rest = text[start:end].partition(" ")
    if rest and first.lower() in rules.definite:
        return start + len(first) + 1, end
    return start, end


def _town(seat: Seat, gaz: Gazetteer) -> PlaceRef | None:
    towns = [s.place for s in gaz.senses(seat.town) if s.place.country == seat.country and s.place.feature == "city"]
    return max(towns, key=lambda place: place.population) if towns else None
