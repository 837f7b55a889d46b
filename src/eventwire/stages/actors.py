"""actors — who can act in an event, coded with a country and a PLOVER sector.

Sources, in order of trust: named organisations and seats of power (case-sensitive aliases in every language:
OTSC = CSTO = ОДКБ), people (a title with its qualifiers and a name, or a known office holder, coded by the role
they held on the article's date), agent nouns with the nationality or owner that qualifies them, countries and
capitals used as actors ("conduite par Moscou" → RUS GOV), and demonyms. Then simple coreference ("le contingent",
"its forces", a person named again by surname or as "he"), and an unqualified agent belongs to the place it is in
or to the article's focus country.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from eventwire.actor_agents import find_agents, find_nationals
from eventwire.actor_compounds import find_compound_nationals
from eventwire.actor_context import COUNTRY, METONYM, ORGANIZATION, ActorContext, Found
from eventwire.actor_coreference import resolve_references
from eventwire.actor_lexicon import ActorLexicon, actor_lexicon, country_wikidata, named_automaton
from eventwire.actor_people import find_people
from eventwire.actor_pronouns import with_pronouns
from eventwire.actor_surnames import with_repeated_surnames
from eventwire.focus import focus_country
from eventwire.gazetteer import default_gazetteer
from eventwire.model import ActorRef, Doc, Mention, PlaceRef
from eventwire.office_holders import on_day
from eventwire.plover import INTERNATIONAL_CODES


class ActorsStage:
    """Adds actor mentions (value: ActorRef)."""

    name = "actors"
    requires = ("tokens", "sentences", "places", "reference")
    assigns = ("actors",)

    def __call__(self, doc: Doc) -> Doc:
        lex = actor_lexicon(doc.lang or "en")
        day = doc.reference.date if doc.reference else None
        named = _named(doc, day) + _places_as_actors(doc, lex)
        ctx = ActorContext(doc, lex, [f.mention for f in named])
        found = list(named)
        for sentence in doc.sentences:
            first, last = sentence.first_token, sentence.last_token
            found += find_people(ctx, first, last, day)
            found += find_agents(ctx, first, last)
            found += find_nationals(ctx, first, last)
            found += find_compound_nationals(ctx, first, last)
        actors = with_repeated_surnames(doc, resolve_references(ctx, _without_overlaps(found)))
        actors = with_pronouns(doc, lex, actors)
        doc.mentions.extend(actors)
        focus = focus_country(doc) or _most_named_country(actors)
        if focus:
            doc.mentions[:] = [_with_focus(m, focus, lex, doc.text) for m in doc.mentions]
        return doc


def _with_focus(mention: Mention, focus: str, lex: ActorLexicon, text: str) -> Mention:
    """An unqualified agent ("les autorités", "protesters", "refugees"), or an office holder named through a
    possessive ("son président"), belongs to the focus country; a person merely named with a title ("le général
    X") keeps an unknown country."""
    value = mention.value
    if not isinstance(value, ActorRef) or value.country is not None or value.sector is None:
        return mention
    possessive = text[mention.start : mention.end].split(maxsplit=1)[0].lower() in lex.possessives
    if value.kind == "agent" or (value.kind == "person" and possessive):
        return dataclasses.replace(mention, value=dataclasses.replace(value, country=focus))
    return mention


def _most_named_country(actors: list[Mention]) -> str | None:
    """Without places to go by, the country the article's actors most often belong to ("Ibo elders demanded that
    the Nigerian Interior Ministry…" is about Nigeria)."""
    counts = Counter(m.value.country for m in actors if m.value.country and m.value.country not in INTERNATIONAL_CODES)
    return max(counts, key=counts.__getitem__) if counts else None  # ties: the first named


def _boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not (text[index].isalnum() or text[index] == "-")


def _named(doc: Doc, day: date | None) -> list[Found]:
    """Organisations and seats of power, by their case-sensitive aliases, inside readable sentences, coded as on
    the article's date (a group that took power is a government from then on)."""
    found = []
    text = doc.text
    readable = [(s.start, s.end) for s in doc.sentences]
    for last, (alias, ref, roles) in named_automaton().iter(text):
        first = last - len(alias) + 1
        inside = any(a <= first and last < b for a, b in readable)
        if inside and _boundary(text, first - 1) and _boundary(text, last + 1):
            rank = ORGANIZATION if ref.kind == "organization" else METONYM
            found.append(Found(Mention(first, last + 1, "actor", on_day(ref, roles, day)), rank))
    return found


def _places_as_actors(doc: Doc, lex: ActorLexicon) -> list[Found]:
    """Countries are actors as well as places; a capital not introduced as a location stands for its government."""
    capitals = default_gazetteer().capitals
    tokens_by_end = {tok.end: tok for tok in doc.tokens}
    token_starts = {tok.start for tok in doc.tokens}
    found = []
    for mention in doc.mentions_of("place"):
        place: PlaceRef = mention.value
        if mention.start not in token_starts:
            continue  # "Syria" inside "anti-Syria" is not an actor
        if place.feature == "country":
            ref = ActorRef(place.country, None, place.name, country_wikidata().get(place.country or ""), "country")
            found.append(Found(Mention(mention.start, mention.end, "actor", ref), COUNTRY))
        elif place.geonameid in capitals:
            prev = tokens_by_end.get(len(doc.text[: mention.start].rstrip()))
            if prev is None or prev.lower not in lex.locative:
                ref = ActorRef(capitals[place.geonameid], "GOV", place.name, None, "metonym")
                found.append(Found(Mention(mention.start, mention.end, "actor", ref), METONYM))
    return found


def _without_overlaps(found: list[Found]) -> list[Mention]:
    """Where actor mentions overlap, keep the most trusted (see the ranks in actor_context), then the longest."""
    ordered = sorted(found, key=lambda f: (f.rank, f.mention.start - f.mention.end, f.mention.start))
    chosen: list[Mention] = []
    for candidate in ordered:
        mention = candidate.mention
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
