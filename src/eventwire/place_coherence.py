"""Spatial coherence: how well each sense of a toponym fits with the places the article's other names may denote.

An article is about one area, so its toponyms' senses should lie together: "Athens" next to "Henderson County" is
the Texas town, the seat of Henderson County, Texas; "Paris" next to "Henry County" is Paris, Tennessee. Each other
name is read through its footprint — every country, state and county any of its senses is or lies in — so no name
has to be resolved first. What counts is how specific a relation is: Paris, Tennessee, is the only Paris in a
county called Henry, so "Henry County" votes for it alone; "Springfield", found in thirty states, shares a state
with many Parises and gives each of them a small share of its vote.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from eventwire.gazetteer import Sense

#: What it means for a sense that another name may denote a place related to it, strongest first.
IN_NAMED_COUNTY, SAME_COUNTY, IN_NAMED_STATE, HOLDS_ITS_PLACE, SAME_STATE, SAME_COUNTRY = 1.0, 0.8, 0.6, 0.6, 0.5, 0.15
#: A name found in n states weighs n ** -_AMBIGUITY.
_AMBIGUITY = 0.25


@dataclass(frozen=True, slots=True)
class Footprint:
    """Where a name's senses are: the areas it may name, and the areas its places lie in."""

    weight: float  # how much the name says: less the more states it could be in
    countries: frozenset[str]  # countries its senses are or lie in
    admin1: frozenset[str]  # states its towns and counties lie in
    admin2: frozenset[str]  # counties its towns lie in
    named_admin1: frozenset[str]  # states it may name
    named_admin2: frozenset[str]  # counties it may name

    @classmethod
    def of(cls, senses: list[Sense], plausible: list[Sense] | None = None) -> Footprint:
        """The footprint of a name's senses. Sharing a county is specific enough to count for any sense; sharing
        a state or a country counts only for the ``plausible`` senses, those a reader could take the name for:
        Geneva and Washington both have namesakes in Illinois, which says nothing about either."""
        plausible = senses if plausible is None else plausible
        towns = [s for s in senses if s.place.feature in ("city", "admin2")]
        states = {s.place.admin1 for s in senses if s.place.admin1}
        return cls(
            weight=len(states) ** -_AMBIGUITY if states else 1.0,
            countries=frozenset(s.place.country for s in plausible if s.place.country and s.place.feature != "region"),
            admin1=frozenset(
                s.place.admin1 for s in plausible if s.place.feature in ("city", "admin2") and s.place.admin1
            ),
            admin2=frozenset(s.admin2 for s in towns if s.admin2 and s.place.feature == "city"),
            named_admin1=frozenset(s.place.admin1 for s in senses if s.place.feature == "admin1" and s.place.admin1),
            named_admin2=frozenset(s.admin2 for s in senses if s.place.feature == "admin2" and s.admin2),
        )

    def relation(self, sense: Sense) -> float:
        """How closely this name may relate to ``sense``: 1.0 when it may name the county ``sense`` lies in."""
        place = sense.place
        feature = place.feature
        if feature == "region":
            return 0.0
        if feature == "country":
            return HOLDS_ITS_PLACE if place.country in self.countries else 0.0
        if feature == "admin1" and place.admin1 in self.admin1 | self.named_admin1:
            return HOLDS_ITS_PLACE
        if feature == "admin2" and sense.admin2 in self.admin2 | self.named_admin2:
            return IN_NAMED_COUNTY
        if feature == "city" and sense.admin2 is not None:
            if sense.admin2 in self.named_admin2:
                return IN_NAMED_COUNTY
            if sense.admin2 in self.admin2:
                return SAME_COUNTY
        if feature != "admin1" and place.admin1 in self.named_admin1:
            return IN_NAMED_STATE
        if feature != "admin1" and place.admin1 in self.admin1:
            return SAME_STATE
        return SAME_COUNTRY if place.country in self.countries else 0.0


def coherence(senses: list[Sense], others: list[Footprint]) -> dict[int, float]:
    """For each sense (by entry index), the other names' votes: each name's relation to the sense, divided by the
    number of senses it relates to at least as closely."""
    votes = dict.fromkeys((s.index for s in senses), 0.0)
    for footprint in others:
        relations = [(s.index, footprint.relation(s)) for s in senses]
        counts = Counter(relation for _, relation in relations if relation > 0)
        at_least = {value: sum(n for other, n in counts.items() if other >= value) for value in counts}
        for index, relation in relations:
            if relation > 0:
                votes[index] += footprint.weight * relation / at_least[relation]
    return votes
