"""Compound nationalities: one word that names two sides ("un accord russo-américain", "Israeli-Palestinian
clashes", "US-Russian talks", "the Russia-Ukraine war"); each part is an actor of its own, so the event has both.

A part is a combining form of the language ("russo", "Sino"), a demonym ("américain", "Palestinian") or a country
name ("US", "Russia"), and every part must be one: "Indo-Pacific", "Russian-speaking" and "Guinea-Bissau" name no
two countries. A compound the demonyms list as one nationality ("nord-coréen", "Greek-Cypriot") stays one.
"""

from __future__ import annotations

from eventwire.actor_agents import beside_a_territory
from eventwire.actor_context import DEMONYM, ActorContext, Found
from eventwire.gazetteer import Gazetteer, default_gazetteer
from eventwire.model import ActorRef, Mention, Token


def find_compound_nationals(ctx: ActorContext, first: int, last: int) -> list[Found]:
    """One demonym actor per part of each compound nationality in tokens [first, last)."""
    demonyms = ctx.lex.demonyms
    found: list[Found] = []
    for k in range(first, last):
        token = ctx.tokens[k]
        if "-" not in token.text.strip("-") or beside_a_territory(ctx, k, k + 1, first, last):
            continue  # "la frontière turco-syrienne", "the Turkish-Syrian border": a place
        if demonyms.word(token.text) or demonyms.of_phrase(token.text.replace("-", " ")):
            continue  # "nord-coréen", "Greek-Cypriot": one nationality
        parts = _parts(token)
        countries = [demonyms.part(text) or _country_named(default_gazetteer(), text) for _, _, text in parts]
        if len(parts) < 2 or None in countries or len(set(countries)) < len(parts):
            continue
        for (start, end, _), country in zip(parts, countries, strict=True):
            ref = ActorRef(country, None, None, None, "demonym")
            found.append(Found(Mention(start, end, "actor", ref), DEMONYM))
    return found


def _parts(token: Token) -> list[tuple[int, int, str]]:
    """The hyphen-separated parts of a token with their character offsets."""
    parts = []
    offset = token.start
    for text in token.text.split("-"):
        if text:
            parts.append((offset, offset + len(text), text))
        offset += len(text) + 1
    return parts


def _country_named(gaz: Gazetteer, name: str) -> str | None:
    """The country a name is the name of ("US", "Russia"), if it is a country's."""
    return next((s.place.country for s in gaz.senses(name) if s.place.feature == "country"), None)
