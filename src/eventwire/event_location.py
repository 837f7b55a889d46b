"""Where an event happened: the place linked to its trigger, chosen among the sentence's toponyms.

The place comes from the trigger's clause only: one introduced as a location first ("à Almaty", "in Geneva"), then
the finest, then the nearest. A capital standing for its government ("Washington said") is an actor, not a place;
a place after "from"/"de" is where someone comes from ("soldiers from Russia"), except for a withdrawal, which
happens where the force leaves from. Without a place in the clause, an event happened where the paragraph's last
located event did (``StoryPlaces``), else the events stage falls back to the article's focus country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.model import RESOLUTION_RANK, Doc, Mention, PlaceRef
from eventwire.sentence_view import SentenceView

if TYPE_CHECKING:
    from eventwire.stages.events import Candidate

#: Places that are where something happened by the way they are named ("on Main Street", "Heathrow Airport", "at
#: the White House", where the seat of power is a place only after such a cue: see seat_places).
_FEATURE_NAMED = frozenset({"street", "airport", "seat"})
#: Besides the language's coordinators, what joins the places of a list ("par la Russie, la Turquie et l'Iran").
_LIST_COMMA = ","


def _is_origin(view: SentenceView, lex: EventLexicon, place: tuple[int, int, Mention]) -> bool:
    """A place after "from"/"de", or in a list opened by one: where someone comes from, not where it happens
    ("2,030 soldiers from Russia, Belarus and Armenia")."""
    k = place[0] - 1
    places = {p[1]: p for p in view.of_kind("place")}
    while k >= view.first:
        word = view.tokens[k].lower
        if word in lex.origin_prepositions:
            # "dans la ville de Salisbury", "la région de Gao": the preposition names the place, no origin
            return k == view.first or view.tokens[k - 1].lower not in lex.place_nouns
        if _joins_list(word, lex) and (k in places):
            k = places[k][0] - 1
            continue
        if word in lex.definite:
            k -= 1
            continue
        return False
    return False


def _joins_list(word: str, lex: EventLexicon) -> bool:
    """A comma or a coordinator of the language: the next place belongs to the same list."""
    return word == _LIST_COMMA or word in lex.coordinators


def _index_before(view: SentenceView, lex: EventLexicon, place: tuple[int, int, Mention]) -> int:
    """The token before a place, its articles skipped ("à la", "by the", "por los"); below the sentence's first
    token at its start."""
    k = place[0] - 1
    while k >= view.first and view.tokens[k].lower in lex.definite:
        k -= 1
    return k


def _word_before(view: SentenceView, lex: EventLexicon, place: tuple[int, int, Mention]) -> str | None:
    """The word before a place, its articles skipped; None at the start of the sentence."""
    k = _index_before(view, lex, place)
    return view.tokens[k].lower if k >= view.first else None


def _is_agent(view: SentenceView, lex: EventLexicon, place: tuple[int, int, Mention]) -> bool:
    """A place after "par"/"by", articles skipped, or in a list opened by one: the one who acts, not where ("une
    alliance conduite par la Russie", "proposée par la Russie et la Turquie", "shelled by Russia")."""
    places = {p[1]: p for p in view.of_kind("place")}
    while True:
        k = _index_before(view, lex, place)
        word = view.tokens[k].lower if k >= view.first else None
        if word in lex.agent_markers:
            return True
        if word is None or not _joins_list(word, lex) or k not in places:
            return False
        place = places[k]


def link_location(
    view: SentenceView,
    lex: EventLexicon,
    first: int,
    last: int,
    *,
    origin_ok: bool = False,
    destination_ok: bool = False,
    actors: tuple[Mention, ...] = (),
) -> Mention | None:
    """The place of the event, from the trigger's clause only: one introduced as a location first ("à Almaty",
    "in Geneva"; a street is always a location; for a movement, ``destination_ok``, where it goes: "sent troops to
    Kazakhstan"; for a withdrawal, ``origin_ok``, where it leaves), then a place that is none of the ``actors`` the
    caller passes ("La Russie a retiré ses troupes du Kazakhstan" happens in Kazakhstan), then the finest, then the
    nearest. A capital standing for its government ("Washington said") is an actor, not a place. Without a place in
    the clause, the caller falls back to the article's focus."""
    clause_start, clause_end = view.clause(first)
    metonyms = {(m[0], m[1]) for m in view.of_kind("actor") if m[2].value.kind == "metonym"}
    places = [
        p
        for p in view.of_kind("place")
        if clause_start <= p[0] < clause_end
        and p[2].value.country
        and ((p[0], p[1]) not in metonyms or p[2].value.feature == "seat")
        and (origin_ok or not _is_origin(view, lex, p))
        and not _is_agent(view, lex, p)
    ]
    if not places:
        return None

    where = set(lex.location_prepositions)
    if destination_ok:
        where |= lex.destination_prepositions
    if origin_ok:  # "withdrew its troops from Kazakhstan", not "retrait des troupes": "of" names no place left
        where |= lex.origin_prepositions - lex.of_markers

    acting = {(a.start, a.end) for a in actors}

    def rank(p: tuple[int, int, Mention]) -> tuple[int, int, int, int]:
        place: PlaceRef = p[2].value
        introduced = place.feature in _FEATURE_NAMED or _word_before(view, lex, p) in where
        distance = min(abs(p[0] - last), abs(first - p[1]))
        own = (p[2].start, p[2].end) in acting
        return (0 if introduced else 1, own, RESOLUTION_RANK.get(place.resolution, 5), distance)

    return min(places, key=rank)[2]


class StoryPlaces:
    """Where an event without a place in its clause happened: where the last located event of its paragraph did
    ("Vendredi, des manifestants se sont rassemblés à Bruxelles. Deux voitures de police ont été brûlées."), its
    own sentence first. A new paragraph starts afresh; headlines neither give nor take a place."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._last: tuple[int, Mention] | None = None  # end offset of the sentence it was named in, the place

    def carry(self, view: SentenceView, candidates: list[Candidate]) -> None:
        if self._last is not None and self.doc.paragraph_break(self._last[0], view.sentence.start):
            self._last = None
        if view.sentence.zone != "body":
            return
        last = self._last[1] if self._last is not None else None
        for candidate in sorted(candidates, key=lambda c: c.first):
            if candidate.location is not None:
                last = candidate.location
            elif last is not None:
                candidate.story_place = last
        if last is not None:
            self._last = (view.sentence.end, last)
