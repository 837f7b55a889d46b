"""The event knowledge of one language, compiled from its data files into phrase matchers.

``triggers.yaml`` (what happened), ``contexts.yaml`` (in which domain), ``modality.yaml`` (did it really happen),
``reporting.yaml`` (who says so), ``cues.yaml`` (aid, anteriority, tolls, weapons) and ``grammar.yaml`` (how a
clause is read). Each is compiled once per language and process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.knowledge import lang_data
from eventwire.lexical import PhraseMatcher, phrase_words

NEEDS = ("military", "security", "state", "actor", "people", "content")


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    event: str
    mode: str | None
    phrase: str
    length: int  # words in the phrase: longer phrases are more specific
    order: int  # position in the data file: earlier groups win ties
    needs: str | None
    unless: tuple[tuple[tuple[str, str] | None, ...], ...]
    contexts: tuple[str, ...]
    speaker_acts: bool = False  # "actor: speaker": the one who reports it is the actor ("X said Y must …")


@dataclass(frozen=True, slots=True)
class EventLexicon:
    lang: str
    triggers: PhraseMatcher
    contexts: PhraseMatcher
    modality: PhraseMatcher
    report_prepositions: PhraseMatcher
    report_verbs: PhraseMatcher
    claimed: PhraseMatcher
    denied: PhraseMatcher
    cues: PhraseMatcher  # payload: cue kind (aid_request, aid_purpose, anteriority, toll, non_violent_death, weapons)
    people_nouns: frozenset[str]
    definite: frozenset[str]
    determiners: frozenset[str]
    agent_markers: frozenset[str]
    of_markers: frozenset[str]
    location_prepositions: frozenset[str]
    complementizers: frozenset[str]
    origin_prepositions: frozenset[str]
    complement_markers: frozenset[str]
    clause_breaks: PhraseMatcher
    participle_endings: tuple[str, ...] = ()  # a language without them never reads a participle as an adjective
    auxiliaries: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "la ville de Gao": "de" names the place, it is no origin


def _matcher(lang: str, entries: dict[str, list[str]] | None, *, forms_as_written: bool = False) -> PhraseMatcher:
    matcher = PhraseMatcher(lang, forms_as_written=forms_as_written)
    for payload, words in (entries or {}).items():
        for word in words or ():
            matcher.add(word, payload)
    return matcher


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in items or ())


@functools.cache
def event_lexicon(lang: str) -> EventLexicon:
    triggers = PhraseMatcher(lang)
    for order, group in enumerate(lang_data(lang, "triggers")["triggers"]):
        unless = tuple(phrase_words(u, lang) for u in group.get("unless") or ())
        for phrase in group["words"]:
            spec = TriggerSpec(
                event=group["event"],
                mode=group.get("mode"),
                phrase=phrase,
                length=len(phrase_words(phrase, lang)),
                order=order,
                needs=group.get("needs"),
                unless=unless,
                contexts=tuple(group.get("contexts") or ()),
                speaker_acts=group.get("actor") == "speaker",
            )
            triggers.add(phrase, spec)
    modality = lang_data(lang, "modality")
    reporting = lang_data(lang, "reporting")
    cues = lang_data(lang, "cues")["cues"]
    grammar = lang_data(lang, "grammar")
    counts = lang_data(lang, "counts")
    return EventLexicon(
        lang=lang,
        triggers=triggers,
        contexts=_matcher(lang, lang_data(lang, "contexts")["contexts"]),
        modality=_matcher(
            lang,
            {k: modality.get(k) for k in ("negation", "future", "conditional", "hypothetical", "threat", "concessive")},
            forms_as_written=True,
        ),
        report_prepositions=_matcher(lang, {"preposition": reporting.get("prepositions")}),
        report_verbs=_matcher(lang, {"verb": reporting.get("verbs")}),
        claimed=_matcher(lang, {"claimed": reporting.get("claimed")}),
        denied=_matcher(lang, {"denied": reporting.get("denied")}),
        cues=_matcher(lang, cues),
        people_nouns=_words(counts.get("people_nouns")),
        definite=_words(grammar.get("definite")),
        determiners=_words(grammar.get("determiners")),
        agent_markers=_words(grammar.get("agent_markers")),
        of_markers=_words(grammar.get("of_markers")),
        location_prepositions=_words(grammar.get("location_prepositions")),
        complementizers=_words(grammar.get("complementizers")),
        origin_prepositions=_words(grammar.get("origin_prepositions")),
        complement_markers=_words(grammar.get("complement_markers")),
        clause_breaks=_matcher(lang, {"break": grammar.get("clause_breaks")}),
        participle_endings=tuple(grammar.get("participle_endings") or ()),
        auxiliaries=_words(grammar.get("auxiliaries")),
        function_words=_words(grammar.get("function_words")),
        place_nouns=_words(lang_data(lang, "places").get("place_nouns")),
    )
