"""The actor knowledge of one language, compiled from its data files.

``agents.yaml`` (nouns for groups → sector, and the words that bind actors together: coordinators, possessives,
members cues, anaphoric nouns), ``titles.yaml`` (offices before a name), ``demonyms.yaml`` (nationalities), the
shared organisations and seats of power (``data/organizations.yaml``, ``data/metonyms.yaml``: case-sensitive aliases
in every language) and the function words of ``grammar.yaml`` and ``places.yaml`` the actor finders read.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import ahocorasick

from eventwire.demonyms import Demonyms, demonyms
from eventwire.errors import KnowledgeError
from eventwire.knowledge import lang_data, shared_data
from eventwire.lexical import PhraseMatcher, unaccented
from eventwire.model import ActorRef
from eventwire.office_holders import roles_of


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    lang: str
    agents: PhraseMatcher  # payload: sector
    owned_agents: PhraseMatcher  # actors only with a nationality or an owner ("Israeli intelligence"); payload: sector
    titles: PhraseMatcher  # payload: sector
    anaphors: PhraseMatcher  # collective nouns that refer back to a named actor ("le contingent", "the group")
    members: PhraseMatcher  # cues before the members of a compound actor ("comprenait", "including")
    demonyms: Demonyms
    coordinators: frozenset[str]  # one-word coordinators ("," "and"), between nationalities
    list_words: frozenset[str]  # every word that may join actors in a list ("as well as", "et leurs")
    possessives: frozenset[str]
    person_pronouns: frozenset[str]  # "he", "il": a subject that stands for a person named before
    nationality_follows_noun: bool  # "troupes russes": a nationality after its noun qualifies it
    territory_nouns: PhraseMatcher  # "territory", "espace aérien": a nationality beside one names a place
    impersonal_after: frozenset[str]  # after a pronoun, words that make it impersonal ("il y a", "il faut")
    genitive_markers: frozenset[str]  # clitics that make the word before them an owner ("Norway's")
    modifiers: frozenset[str]  # words between a nationality and its noun ("Nigerian junior foreign minister")
    led_suffixes: tuple[str, ...]  # "Saudi-led coalition": a nationality fused with one of these qualifies the noun
    undergoers: frozenset[str]  # "hostages", "otages": people an event happens to, never the agent of its trigger
    protesters: frozenset[str]  # "protesters", "manifestants": named by their protest, its actors, never its target
    role_heads: frozenset[str]  # "officials", "leaders": after another agent noun, people of that body
    communities: frozenset[str]  # "kurdos", "juifs" (unaccented): a noun for people, or qualifies an agent noun
    name_particles: frozenset[str]
    former: frozenset[str]  # "former", "ancien": before a title, the person left office (ELI)
    definite: frozenset[str]
    determiners: frozenset[str]
    plural_determiners: frozenset[str]  # "les", "los": a nationality right after one is a plural noun
    of_markers: frozenset[str]
    locative: frozenset[str]
    directional: frozenset[str] = frozenset()  # only where a movement goes: "troops to Mali" are not Mali's


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in items or ())


def _matcher(lang: str, entries: dict[str, list[str]] | list[str] | None, *, by_lemma: bool) -> PhraseMatcher:
    matcher = PhraseMatcher(lang, by_lemma=by_lemma)
    groups = entries.items() if isinstance(entries, dict) else [(True, entries or [])]
    for payload, words in groups:
        for word in words or ():
            matcher.add(word, payload)
    return matcher


def _optional(lang: str, concept: str) -> dict:
    """A file a partial language folder may not have yet (its words then count as none)."""
    try:
        return lang_data(lang, concept)
    except KnowledgeError:
        return {}


@functools.cache
def actor_lexicon(lang: str) -> ActorLexicon:
    agents = lang_data(lang, "agents")
    titles = lang_data(lang, "titles")
    grammar = _optional(lang, "grammar")
    # Lists spell out every inflection unless the file says its words are lemmas (match: lemma), which suits
    # languages with many cases; by form, a noun never meets a verb sharing its lemma ("le pouvoir" / "il peut").
    agents_by_lemma = agents.get("match") == "lemma"
    return ActorLexicon(
        lang=lang,
        agents=_matcher(lang, agents["agents"], by_lemma=agents_by_lemma),
        owned_agents=_matcher(lang, agents.get("owned"), by_lemma=agents_by_lemma),
        titles=_matcher(lang, titles["titles"], by_lemma=titles.get("match") == "lemma"),
        anaphors=_matcher(lang, agents.get("anaphors"), by_lemma=agents_by_lemma),
        members=_matcher(lang, agents.get("members"), by_lemma=False),
        demonyms=demonyms(lang),
        coordinators=frozenset(w for w in _words(agents.get("coordinators")) if " " not in w),
        list_words=frozenset(
            word
            for phrase in _words(agents.get("coordinators")) | _words(agents.get("possessives"))
            for word in phrase.split()
        ),
        possessives=_words(agents.get("possessives")),
        person_pronouns=_words(agents.get("person_pronouns")),
        nationality_follows_noun=bool(agents.get("nationality_follows_noun")),
        territory_nouns=_matcher(lang, agents.get("territory_nouns"), by_lemma=False),
        impersonal_after=_words(agents.get("impersonal_after")),
        genitive_markers=_words(agents.get("genitive_markers")),
        modifiers=_words(agents.get("modifiers")),
        led_suffixes=tuple(_words(agents.get("led_suffixes"))),
        undergoers=_words(agents.get("undergoers")),
        protesters=_words(agents.get("protesters")),
        role_heads=_words(agents.get("role_heads")),
        communities=frozenset(unaccented(w) for w in _words(agents.get("communities"))),
        name_particles=_words(titles.get("name_particles")),
        former=_words(titles.get("former")),
        definite=_words(grammar.get("definite")),
        determiners=_words(grammar.get("determiners")),
        plural_determiners=_words(grammar.get("plural_determiners")),
        of_markers=_words(grammar.get("of_markers")),
        locative=_words(_optional(lang, "places").get("locative")),
        directional=_words(grammar.get("destination_prepositions")) - _words(grammar.get("location_prepositions")),
    )


@functools.cache
def country_wikidata() -> dict[str, str]:
    """ISO3 → Wikidata id of each country (data/country_wikidata.yaml)."""
    return dict(shared_data("country_wikidata")["country_wikidata"])


@functools.cache
def named_automaton() -> ahocorasick.Automaton:
    """Every alias of every organisation and seat of power, in every language, matched case-sensitively; the
    payload is (alias, usual code, dated roles)."""
    automaton = ahocorasick.Automaton()
    for org in shared_data("organizations")["organizations"]:
        ref = ActorRef(org["code"], org.get("sector"), org.get("name"), org.get("wikidata"), "organization")
        roles = roles_of(org, "data/organizations.yaml")
        for aliases in (org.get("aliases") or {}).values():
            for alias in aliases:
                automaton.add_word(alias, (alias, ref, roles))
    for seat in shared_data("metonyms")["metonyms"]:
        ref = ActorRef(seat["country"], seat.get("sector"), seat.get("name"), seat.get("wikidata"), "metonym")
        for aliases in (seat.get("aliases") or {}).values():
            for alias in aliases:
                automaton.add_word(alias, (alias, ref, ()))
    automaton.make_automaton()
    return automaton
