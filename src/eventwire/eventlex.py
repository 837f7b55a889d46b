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

NEEDS = ("military", "security", "state", "actor", "people", "content", "hostile_content")


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
    by_state: tuple[str, str | None] | None = None  # "by_state: ACCUSE disapprove": the event when a state does it


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
    object_prepositions: frozenset[str]
    coordinators: frozenset[str]  # join two phrases of one clause: "and", "or"
    verb_coordinators: frozenset[str]  # join two verb phrases of one subject: "and", "et", "y"
    relative_adverbs: frozenset[str]  # open a clause with a subject of its own: "où", "donde"
    mutual_markers: frozenset[str]  # "between X and Y": both sides act ("entre policías y delincuentes")
    clause_breaks: PhraseMatcher
    subordinators: PhraseMatcher  # open an adverbial stretch: "after", "when", "despite" (secondary_mentions)
    relative_markers: PhraseMatcher  # open a relative clause: "who", "where", "in which"
    purpose_markers: PhraseMatcher  # before a verb, open a purpose clause: "to disperse", "in order to"
    reason_markers: PhraseMatcher  # after an event, open its reason or charge: "arrested for collaborating"
    adjunct_suffixes: tuple[str, ...]  # after a comma, a word with one opens a participial adjunct (", killing")
    attributive_suffixes: tuple[str, ...]  # a participle before its noun ("the ousted president")
    framing_prepositions: frozenset[str]  # open a sentence with a framing phrase: "With the signing of…, "
    possessive_markers: frozenset[str]  # after a noun, make it a possessor: "the meeting's co-chairman"
    participle_endings: tuple[str, ...] = ()  # a language without them never reads a participle as an adjective
    auxiliaries: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()  # before a participle, make its subject the patient
    progressive_suffixes: tuple[str, ...] = ()  # after "be", a verb with one is progressive: "is suing"
    function_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "la ville de Gao": "de" names the place, it is no origin
    adverb_suffixes: tuple[str, ...] = ()  # "finalement": an adverb between an auxiliary and its participle
    performing_verbs: PhraseMatcher | None = None  # after an event noun, their passive names its agent ("led by")
    giving_verbs: frozenset[str] = frozenset()  # forms whose first object is the receiver: "gave Ukraine aid"
    destination_prepositions: frozenset[str] = frozenset()  # before a place, where a movement goes: "to Kazakhstan"
    temporal_prepositions: PhraseMatcher | None = None  # before an event noun, an adjunct: "after days of fighting"
    fighting_nouns: frozenset[str] = frozenset()  # two-sided: the clause they adjoin names one side


def _matcher(lang: str, entries: dict[str, list[str]] | None, *, forms_as_written: bool = False) -> PhraseMatcher:
    matcher = PhraseMatcher(lang, forms_as_written=forms_as_written)
    for payload, words in (entries or {}).items():
        for word in words or ():
            matcher.add(word, payload)
    return matcher


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in items or ())


def _event_and_mode(value: str | None) -> tuple[str, str | None] | None:
    """ "ACCUSE disapprove" -> ("ACCUSE", "disapprove"); "ACCUSE" -> ("ACCUSE", None)."""
    if not value:
        return None
    event, _, mode = value.partition(" ")
    return event, mode or None


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
                by_state=_event_and_mode(group.get("by_state")),
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
        object_prepositions=_words(grammar.get("object_prepositions")),
        coordinators=_words(grammar.get("coordinators")),
        verb_coordinators=_words(grammar.get("verb_coordinators")),
        relative_adverbs=_words(grammar.get("relative_adverbs")),
        mutual_markers=_words(grammar.get("mutual_markers")),
        clause_breaks=_matcher(lang, {"break": grammar.get("clause_breaks")}),
        subordinators=_matcher(lang, {"subordinator": grammar.get("subordinators")}, forms_as_written=True),
        relative_markers=_matcher(lang, {"relative": grammar.get("relative_markers")}, forms_as_written=True),
        purpose_markers=_matcher(lang, {"purpose": grammar.get("purpose_markers")}, forms_as_written=True),
        reason_markers=_matcher(lang, {"reason": grammar.get("reason_markers")}, forms_as_written=True),
        adjunct_suffixes=tuple(grammar.get("adjunct_suffixes") or ()),
        attributive_suffixes=tuple(grammar.get("attributive_suffixes") or ()),
        framing_prepositions=_words(grammar.get("framing_prepositions")),
        possessive_markers=_words(grammar.get("possessive_markers")),
        participle_endings=tuple(grammar.get("participle_endings") or ()),
        auxiliaries=_words(grammar.get("auxiliaries")),
        passive_auxiliaries=_words(grammar.get("passive_auxiliaries")),
        progressive_suffixes=tuple(grammar.get("progressive_suffixes") or ()),
        function_words=_words(grammar.get("function_words")),
        place_nouns=_words(lang_data(lang, "places").get("place_nouns")),
        adverb_suffixes=tuple(grammar.get("adverb_suffixes") or ()),
        performing_verbs=_matcher(lang, {"performing": grammar.get("performing_verbs")}),
        giving_verbs=_words(grammar.get("giving_verbs")),
        destination_prepositions=_words(grammar.get("destination_prepositions")),
        temporal_prepositions=_matcher(lang, {"temporal": grammar.get("temporal_prepositions")}),
        fighting_nouns=_words(grammar.get("fighting_nouns")),
    )
