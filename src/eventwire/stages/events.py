"""events — triggers found, checked and coded; arguments linked; one Event per trigger (merged later).

For each readable sentence: every trigger of the language's lexicon that matches and whose conditions hold (a
"retrait" needs armed forces in the sentence to be a withdrawal), coded with its PLOVER type and mode; then
modality (negated and hypothetical events are not emitted; future withdrawals become CONCEDE, threats THREATEN, as
PLOVER says), aid ("déployées à l'invitation de" turns a deployment into AID and implies a REQUEST by the host),
counts (a toll with no event of its own becomes an ASSAULT, arrests a COERCE), dates, places and sources.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from eventwire.attribution import Source, find_sources, stance_marker
from eventwire.dating import DateTracker, salience
from eventwire.event_actors import agents_of_counted_passive, counted_crowd, link_actors, named_by_their_protest
from eventwire.event_location import StoryPlaces, link_location
from eventwire.eventlex import EventLexicon, TriggerSpec, event_lexicon
from eventwire.focus import focus_country
from eventwire.gazetteer import default_gazetteer
from eventwire.lexical import phrase_starts
from eventwire.modality import condition_after, modality_before, recode, reported_threat
from eventwire.model import (
    ActorRef,
    Attribution,
    Doc,
    Event,
    EventActor,
    EventLocation,
    Evidence,
    Mention,
    PlaceRef,
    Quantity,
    Size,
)
from eventwire.plover import crosswalk
from eventwire.references import drop_references, names_a_lasting_state
from eventwire.secondary_mentions import keep_main
from eventwire.sentence_view import SentenceView, sentence_views
from eventwire.subordination import absorb_complements

_EVENT_ZONES = frozenset({"title", "body", "caption"})
_SECURITY = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "PRM"})
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
#: Who voices a state's protest: a country (or its capital) or a state body; police protesting is a workforce's protest.
_STATE_KINDS = frozenset({"country", "metonym"})
_VOICING_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG"})
_PEOPLE_SECTORS = frozenset({"CVL", "OPP", "REF", "JRN", "LAB", "EDU", "MED", "REL", "UAF", "REB", "CRM"})
_OBJECT_REACH = 3  # tokens between a trigger and the forces it moves, past a count ("deployed 3,000 troops")
_MOVEMENTS = frozenset({"MOBILIZE", "AID", "CONSULT"})  # happen where they go: "sent troops to", "visit to"
#: Happen away from their actor, when a place other than the actor's own is named: an aid is where it is received
#: ("Finland will give Tanzania a grant"), a withdrawal where the force leaves ("retiré ses troupes du Kazakhstan");
#: a mobilisation may well be at home ("Britain mobilized reservists for a war against Iraq").
_AWAY_FROM_ACTOR = frozenset({"AID", "RETREAT"})
#: Protests done by a crowd: one that names no one is its civilians' (strikes, boycotts, hunger strikes are not).
_CROWD_MODES = frozenset({"demo", "riot"})
_UNDERGONE = frozenset({"ASSAULT", "COERCE", "ACCUSE"})  # done to someone: the subject of their passive undergoes it
_COUNT_TARGETS = {
    "dead": ("ASSAULT", "PROTEST"),
    "injured": ("ASSAULT", "PROTEST"),
    "arrested": ("COERCE",),
    "troops": ("MOBILIZE", "AID", "RETREAT", "COOPERATE", "ASSAULT"),
}


@dataclass(slots=True)
class Candidate:
    """An event as found in one sentence, before dates are settled and mentions merged."""

    event: str
    mode: str | None
    first: int  # trigger tokens
    last: int
    view: SentenceView
    lemma: str
    contexts: set[str] = field(default_factory=set)
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    location: Mention | None = None
    story_place: Mention | None = None  # the paragraph's place, for an event without one in its clause
    size: dict[str, Mention] = field(default_factory=dict)
    modality: str = "asserted"
    anterior: bool = False
    from_count: bool = False
    needs_content: bool = False  # a demand or a call that is an event only with an event as its content
    hostile_content: bool = False  # a statement that is an allegation only about a hostile act by another
    speaker_acts: bool = False  # the reporting source is the actor, the linked subject the recipient
    by_state: tuple[str, str | None] | None = None  # what the trigger codes when a state does it (trigger data)
    implied_by: Candidate | None = None  # a REQUEST implied by "à l'invitation de": dated like the aid it asked for


class EventsStage:
    """Adds ``doc.events``: one Event per trigger, still unmerged."""

    name = "events"
    requires = ("tokens", "sentences", "dates", "quantities", "places", "actors", "reference")
    assigns = ("events",)

    def __init__(self, *, all_modalities: bool = False) -> None:
        self.all_modalities = all_modalities

    def __call__(self, doc: Doc) -> Doc:
        lex = event_lexicon(doc.lang or "en")
        focus = focus_country(doc)
        focus_place = _focus_place(doc, focus)
        dates = DateTracker(doc, lex)
        places = StoryPlaces(doc)
        candidates: list[Candidate] = []
        views = sentence_views(doc, lex)
        for view in views:
            if view.sentence.zone not in _EVENT_ZONES:
                continue
            found = self._sentence_candidates(view, lex)
            dates.assign(view, found)
            places.carry(view, found)
            candidates.extend(found)
        candidates = [
            c
            for c in drop_references(lex, candidates)
            if c.event == "CONCEDE"  # the state ended ("la levée du couvre-feu"): a happening
            or dates.date_of(c).source != "reference"
            or not names_a_lasting_state(c.view, lex, c.first)
        ]
        quoted = _quote_sources(views, lex, candidates)
        events = []
        for candidate in candidates:
            if candidate.modality != "asserted" and not self.all_modalities:
                continue
            if candidate.event == "PROTEST" and not candidate.actors:
                candidate.actors = _crowd_as_actor(candidate, lex, focus)
            own = [s for s in find_sources(candidate.view, lex) if s.covers(candidate.first)]
            lent = quoted.get(candidate.view.index)
            sources = own or (lent[1] if lent and lent[0] is candidate else [])
            candidate.recipients = _not_reporting(candidate, own)
            if candidate.speaker_acts:
                _speaker_as_actor(candidate, sources)
            else:
                candidate.actors = _not_reporting(candidate, own, actors=True)
            events.append(_to_event(doc, candidate, lex, dates, focus_place, sources))
        doc.events = events
        return doc

    def _sentence_candidates(self, view: SentenceView, lex: EventLexicon) -> list[Candidate]:
        facts = _SentenceFacts.of(view, lex)
        found: list[Candidate] = []
        for (first, last), spec in _triggers(view, lex, facts):
            candidate = Candidate(spec.event, spec.mode, first, last, view, view.tokens[first].lemma)
            candidate.contexts.update(spec.contexts)
            candidate.needs_content = spec.needs in {"content", "hostile_content"}
            candidate.hostile_content = spec.needs == "hostile_content"
            candidate.speaker_acts = spec.speaker_acts
            candidate.by_state = spec.by_state
            found.append(candidate)
        found.extend(_arrivals(view, lex, found))
        for candidate in found:
            undergone = candidate.event in _UNDERGONE
            given = candidate.event == "AID"
            candidate.actors, candidate.recipients = link_actors(
                view, lex, candidate.first, candidate.last, undergone=undergone, given=given
            )
            if candidate.actors and candidate.event in _MOVEMENTS | {"RETREAT"}:
                candidate.recipients = [r for r in candidate.recipients if not _moved_forces(view, lex, candidate, r)]
            protest = candidate.event == "PROTEST" and not candidate.actors
            if protest and named_by_their_protest(view, lex, candidate.recipients):
                candidate.actors, candidate.recipients = candidate.recipients, []
            _voiced_by_state(candidate)
            origin_ok = candidate.event == "RETREAT"  # a withdrawal happens where the force leaves from
            destination_ok = candidate.event in _MOVEMENTS  # a deployment where the force goes
            candidate.location = link_location(
                view,
                lex,
                candidate.first,
                candidate.last,
                origin_ok=origin_ok,
                destination_ok=destination_ok,
                actors=tuple(candidate.actors) if candidate.event in _AWAY_FROM_ACTOR else (),
            )
            candidate.contexts.update(facts.contexts)
            candidate.anterior = facts.anterior_before(candidate.first)
            _apply_modality(view, lex, candidate)
            if candidate.event == "RETREAT" and candidate.mode == "withdraw":
                # the country a force leaves is where the withdrawal happens, not its recipient
                candidate.recipients = [r for r in candidate.recipients if r.value.kind not in {"country", "metonym"}]
            elif not candidate.recipients and candidate.location is not None and _one_side(candidate.actors):
                candidate.recipients = _place_as_recipient(view, candidate)
        _apply_aid(view, lex, found)
        found = absorb_complements(view, lex, found)
        _attach_counts(view, lex, facts, found)
        return keep_main(view, lex, found)


@dataclass(slots=True)
class _SentenceFacts:
    sectors: set[str]
    has_actor: bool
    has_state: bool
    has_people: bool
    has_weapon: bool
    has_troop_count: bool
    non_violent_death: bool
    war_toll: bool
    contexts: set[str]
    words: list[tuple[str, str]]
    anteriority: list[int]  # token index after each anteriority cue

    @classmethod
    def of(cls, view: SentenceView, lex: EventLexicon) -> _SentenceFacts:
        actors: list[ActorRef] = [m[2].value for m in view.of_kind("actor")]
        quantities: list[Quantity] = [m[2].value for m in view.of_kind("quantity")]
        cues = lex.cues.find(view.tokens, view.first, view.last)
        cue_kinds = {c.payload for c in cues}
        tokens = view.tokens[view.first : view.last]
        return cls(
            sectors={a.sector for a in actors if a.sector},
            has_actor=bool(actors),
            has_state=any(a.kind in {"country", "organization", "metonym"} or a.sector in _STATE for a in actors),
            has_people=bool(quantities)
            or any(a.sector in _PEOPLE_SECTORS for a in actors)
            or any(t.lower in lex.people_nouns or t.lemma in lex.people_nouns for t in tokens),
            has_weapon="weapons" in cue_kinds,
            has_troop_count=any(q.category == "troops" for q in quantities),
            non_violent_death="non_violent_death" in cue_kinds,
            war_toll="war_toll" in cue_kinds,
            contexts={m.payload for m in lex.contexts.find(view.tokens, view.first, view.last)},
            words=[(t.lower, t.lemma) for t in tokens],
            anteriority=[c.last for c in cues if c.payload == "anteriority"],
        )

    def satisfies(self, needs: str | None) -> bool:
        if needs is None:
            return True
        if needs == "military":
            return "MIL" in self.sectors or self.has_troop_count
        if needs == "security":
            return bool(self.sectors & _SECURITY) or self.has_weapon
        if needs == "state":
            return self.has_state
        if needs == "actor":
            return self.has_actor
        if needs == "people":
            return self.has_people
        return needs in {"content", "hostile_content"}  # checked once complements are known (subordination)

    def blocked(self, spec: TriggerSpec, view: SentenceView, lang: str, trigger: tuple[int, int]) -> bool:
        """An unless phrase, whole, in the sentence: the other sense shows there ("tir au but"). The whole sentence,
        not the trigger's clause: the topic often stands in another ("après le match, des supporters ont tiré…").
        Not inside the name of an organisation other than the trigger's own: "l'Organisation du traité de sécurité
        collective" is no treaty, but "Amnesty International" keeps "amnesty" from being one."""
        names = [
            (a, b)
            for a, b, m in view.of_kind("actor")
            if m.value.kind == "organization" and (b <= trigger[0] or a >= trigger[1])
        ]
        return any(
            not any(a <= start < b for a, b in names)
            for words in spec.unless
            for start in phrase_starts(view.tokens, view.first, view.last, words, lang)
        )

    def anterior_before(self, first: int) -> bool:
        """An anteriority cue right before the trigger: 'après leur déploiement', 'following the attack'."""
        return any(0 <= first - end <= 2 for end in self.anteriority)


def _voiced_by_state(candidate: Candidate) -> None:
    """ "El ejército protestó contra…", "the government protested": a state's protest is words, which PLOVER codes
    ACCUSE disapprove ("diplomatic protests"; PROTEST "presumes significant physical/material activity"); the
    trigger data says what its word means from a state (``by_state``)."""
    actors = [m.value for m in candidate.actors]
    if candidate.by_state and actors and all(a.kind in _STATE_KINDS or a.sector in _VOICING_SECTORS for a in actors):
        candidate.event, candidate.mode = candidate.by_state


def _triggers(
    view: SentenceView, lex: EventLexicon, facts: _SentenceFacts
) -> list[tuple[tuple[int, int], TriggerSpec]]:
    """The trigger matches of a sentence that hold, one spec per span. Of overlapping spans of one type the longest
    is kept (the more specific phrase: "threatened with death" over "was threatened"); of two types, the one that
    starts first, as the verb that governs the other's noun ("accepted demands from the rebels": a concession)."""
    matches = [m for m in lex.triggers.find(view.tokens, view.first, view.last)]
    lang = lex.triggers.lang
    valid = [
        m
        for m in matches
        if facts.satisfies(m.payload.needs) and not facts.blocked(m.payload, view, lang, (m.first, m.last))
    ]
    valid.sort(key=lambda m: (-(m.last - m.first), -m.payload.length, m.payload.order, m.first))
    chosen: list[tuple[tuple[int, int], TriggerSpec]] = []
    for match in valid:
        overlapping = [item for item in chosen if not (match.last <= item[0][0] or match.first >= item[0][1])]
        if not overlapping:
            chosen.append(((match.first, match.last), match.payload))
        elif all(spec.event != match.payload.event and match.first < a for (a, _b), spec in overlapping):
            chosen = [item for item in chosen if item not in overlapping]
            chosen.append(((match.first, match.last), match.payload))
    return sorted(chosen, key=lambda item: item[0][0])


def _arrivals(view: SentenceView, lex: EventLexicon, found: list[Candidate]) -> list[Candidate]:
    """Armed forces arriving somewhere: back in their own country it is a withdrawal completed (RETREAT), in
    another a deployment (MOBILIZE); a trigger already on the word wins."""
    made = []
    for cue in lex.cues.find(view.tokens, view.first, view.last):
        if cue.payload != "arrival" or any(c.first <= cue.first < c.last for c in found):
            continue
        actors, _recipients = link_actors(view, lex, cue.first, cue.last)
        forces = [a for a in actors if a.value.sector == "MIL" and a.value.country]
        where = link_location(view, lex, cue.first, cue.last)
        if not forces or where is None or not where.value.country:
            continue
        home = where.value.country == forces[0].value.country
        kind, mode = ("RETREAT", "withdraw") if home else ("MOBILIZE", "troops")
        candidate = Candidate(kind, mode, cue.first, cue.last, view, view.tokens[cue.first].lemma)
        candidate.contexts.add("military")
        made.append(candidate)
    return made


def _apply_aid(view: SentenceView, lex: EventLexicon, found: list[Candidate]) -> None:
    """A deployment meant to help is AID; "à l'invitation de X" also makes X's REQUEST for that aid."""
    cues = lex.cues.find(view.tokens, view.first, view.last)
    if not any(c.payload in {"aid_purpose", "aid_request"} for c in cues):
        return
    actors = view.of_kind("actor")
    for candidate in [c for c in found if c.event == "MOBILIZE"]:
        candidate.event, candidate.mode = "AID", None
        candidate.contexts.add("military")
        for cue in cues:
            if cue.payload != "aid_request" or cue.first < candidate.first:
                continue
            request = Candidate("REQUEST", "assist", cue.first, cue.last, view, "request", implied_by=candidate)
            request.contexts.update(candidate.contexts)
            asker = [a for a in actors if cue.last <= a[0] <= cue.last + 3]
            request.actors = [asker[0][2]] if asker else []
            request.recipients = list(candidate.actors)
            request.location = candidate.location
            found.append(request)
    found.sort(key=lambda c: c.first)


def _apply_modality(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> None:
    cue = modality_before(view, lex, candidate.first)
    conditioned = condition_after(view, lex, candidate.last)
    announced = candidate.event
    candidate.event, candidate.mode, candidate.modality = recode(
        candidate.event, candidate.mode, cue, conditioned=conditioned
    )
    if cue == "threat" and announced != "THREATEN" and candidate.event == "THREATEN":
        _warner_as_actor(view, lex, candidate)


def _warner_as_actor(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> None:
    """ "Washington warned that any invasion by Moscow would be met with sanctions": the one who warns threatens; the
    side the announced event would have acting is the one threatened ("warned that it would sanction Moscow": the
    warner acts in both, the announced event's recipient is threatened)."""
    warning = reported_threat(view, lex, candidate.first)
    if warning is None:
        return
    warners, _ = link_actors(view, lex, *warning)
    others = [m for m in candidate.actors if all(m is not w for w in warners)]
    candidate.actors = warners
    candidate.recipients = others or candidate.recipients


def _attach_counts(view: SentenceView, lex: EventLexicon, facts: _SentenceFacts, found: list[Candidate]) -> None:
    """Each count goes to the nearest event it can size; a toll or arrest count with none makes its own event."""
    for first, last, mention in view.of_kind("quantity"):
        quantity: Quantity = mention.value
        if quantity.category is None:
            continue
        targets = [c for c in found if c.event in _COUNT_TARGETS[quantity.category] and quantity.category not in c.size]
        if quantity.category == "arrested":
            targets = [c for c in targets if c.mode in {"arrest", None}]
        if targets:
            nearest = min(targets, key=lambda c: min(abs(c.first - last), abs(first - c.last)))
            nearest.size[quantity.category] = mention
            continue
        if quantity.category in {"dead", "injured"} and not (facts.non_violent_death or facts.war_toll):
            made = Candidate("ASSAULT", None, first, last, view, "casualties", from_count=True)
        elif quantity.category == "arrested":
            made = Candidate("COERCE", "arrest", first, last, view, "arrest", from_count=True)
        else:
            continue
        made.size[quantity.category] = mention
        made.actors, made.recipients = link_actors(view, lex, first, last, undergone=True)
        if not made.actors:  # "una persona fue muerta … por guerrilleros": the agent of the count's passive
            made.actors = agents_of_counted_passive(view, lex, last)
            made.recipients = [r for r in made.recipients if r not in made.actors]
        made.location = link_location(view, lex, first, last)
        made.contexts.update(facts.contexts)
        _apply_modality(view, lex, made)
        found.append(made)
    found.sort(key=lambda c: c.first)


def _focus_place(doc: Doc, focus: str | None) -> Mention | PlaceRef | None:
    """Where an event without a place of its own happened: the focus country, as the article names it if it does."""
    if focus is None:
        return None
    for mention in doc.mentions_of("place"):
        if mention.value.feature == "country" and mention.value.country == focus:
            return mention
    return default_gazetteer().country(focus)


def _event_actor(doc: Doc, mention: Mention) -> EventActor:
    ref: ActorRef = mention.value
    return EventActor(
        doc.text[mention.start : mention.end],
        ref.country,
        ref.sector,
        ref.name,
        ref.wikidata,
        mention.start,
        mention.end,
    )


def _event_location(doc: Doc, where: Mention | PlaceRef | None) -> EventLocation | None:
    if where is None:
        return None
    if isinstance(where, PlaceRef):  # the focus country, which the article names only through its cities
        return EventLocation(None, where.country, None, where.lat, where.lon, where.geonameid, where.resolution)
    place: PlaceRef = where.value
    return EventLocation(
        doc.text[where.start : where.end],
        place.country,
        place.admin1,
        place.lat,
        place.lon,
        place.geonameid,
        place.resolution,
        where.start,
        where.end,
    )


#: Quotation marks: a sentence that lends its source to the one before quotes what was said.
_QUOTE_MARKS = frozenset('"«»“”„')


def _quote_sources(
    views: list[SentenceView], lex: EventLexicon, candidates: list[Candidate]
) -> dict[int, tuple[Candidate, list[Source]]]:
    """News back a claim with a quote: a sentence that only reports ('"L'opération est achevée", a déclaré le
    général X') lends its source to the main event of the sentence before it (its first), when it has none."""
    first_event: dict[int, Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: c.first):
        first_event.setdefault(candidate.view.index, candidate)
    lent: dict[int, tuple[Candidate, list[Source]]] = {}
    for previous, view in itertools.pairwise(views):
        if view.index in first_event or previous.index not in first_event or view.sentence.zone != "body":
            continue
        if not _QUOTE_MARKS.intersection(view.text(view.first, view.last)):
            continue  # "Lavrov repeated that …": a report of its own, not the quote that backs the sentence before
        sources = find_sources(view, lex)
        if sources:
            lent[previous.index] = (first_event[previous.index], sources)
    return lent


def _one_side(actors: list[Mention]) -> bool:
    """Named actors of one country: a one-sided event. Several countries may be the two sides of a clash or a
    coalition acting abroad, whose place says where, not who undergoes it."""
    return len({a.value.country for a in actors}) == 1


def _moved_forces(view: SentenceView, lex: EventLexicon, candidate: Candidate, recipient: Mention) -> bool:
    """Forces a deployment or a withdrawal moves ("Russia sent troops to Kazakhstan", "a envoyé des troupes",
    "deployed 3,000 troops") are the actor's, not its recipient: an armed agent noun in the trigger or its object,
    with no preposition before it ("sent aid to the police" gives to the police)."""
    ref: ActorRef = recipient.value
    if ref.kind != "agent" or ref.sector not in _SECURITY:
        return False
    k = next((a[0] for a in view.of_kind("actor") if a[2] is recipient), None)
    if k is None or not candidate.first < k <= candidate.last + _OBJECT_REACH:
        return False
    linking = lex.location_prepositions | lex.destination_prepositions | lex.object_prepositions | lex.agent_markers
    return not any(t.lower in linking for t in view.tokens[candidate.first + 1 : k])


def _crowd_as_actor(candidate: Candidate, lex: EventLexicon, focus: str | None) -> list[Mention]:
    """A protest whose subject is a count of people ("Hundreds of thousands of people blocked streets in Hong
    Kong") is done by civilians of the country it happens in, else of the article's focus — as PLOVER codes such
    crowds (HKG CVL) and ACLED its "Protesters (country)". So is a demonstration or a riot that names no one
    ("des manifestations monstres ont lieu à Séoul", "Riots broke out in Lagos"): the protest names its crowd."""
    count = counted_crowd(candidate.view, lex, candidate.first)
    tokens = candidate.view.tokens
    if count is not None:  # "Thousands", not "Thousands protested"
        start, end = count[2].start, min(count[2].end, tokens[candidate.first - 1].end)
    elif candidate.mode in _CROWD_MODES:
        start, end = tokens[candidate.first].start, tokens[candidate.last - 1].end
    else:
        return []
    where = candidate.location or candidate.story_place
    country = where.value.country if where is not None and where.value.country else focus
    return [Mention(start, end, "actor", ActorRef(country, "CVL", None, None, "agent"))]


def _place_as_recipient(view: SentenceView, candidate: Candidate) -> list[Mention]:
    """ "Serbia lifted a night curfew in Montenegro", "Israeli tanks fired at targets in Jericho": an actor's event
    with no named recipient is undergone by the country it happens in (PLOVER codes the target country) — a country
    named after the trigger in its clause ("imposé des sanctions au Niger", not the summit's "à Abuja"), else the
    country of the event's place."""
    _, clause_end = view.clause(candidate.first)
    named = [
        a[2] for a in view.of_kind("actor") if candidate.last <= a[0] < clause_end and a[2].value.kind == "country"
    ]
    if named:
        return named[:1]
    location = candidate.location
    place: PlaceRef | None = location.value if location is not None else None
    if location is None or place is None or not place.country:
        return []
    if any(a.start == location.start and a.end == location.end for a in candidate.actors):
        return []  # "the UK has demanded…": the actor named as a place does not undergo its own event
    ref = ActorRef(place.country, None, place.name, None, "country")
    return [Mention(location.start, location.end, "actor", ref)]


def _not_reporting(candidate: Candidate, sources: list[Source], *, actors: bool = False) -> list[Mention]:
    """The recipients, less whoever reports the event: in "Protesters stormed the building, police said" the police
    report the storming, they do not undergo it, nor do they in "Police and army officials said five people were
    killed", where the victims are no actor. With ``actors``, the actors, less a source set off from the clause it
    reports ("Selon l'officier de police, l'attaque aurait été perpétrée par trois hommes", "…, police said"); the
    subject of "X said they arrested…" stays, as its report covers only what follows."""
    trigger_start = candidate.view.tokens[candidate.first].start
    trigger_end = candidate.view.tokens[candidate.last - 1].end
    if actors:
        sources = [s for s in sources if s.scope[0] <= candidate.view.first]
    return [
        r
        for r in (candidate.actors if actors else candidate.recipients)
        if not any(
            (trigger_end <= s.start or s.end <= trigger_start) and s.start <= r.start and r.end <= s.end
            for s in sources
        )
    ]


def _speaker_as_actor(candidate: Candidate, sources: list[Source]) -> None:
    """ "Russia said Sudan must return the helicopter": Russia demands, Sudan is asked. The actors named in the
    sources become the actors, the subject linked to the trigger the recipient; without a named source, nothing
    changes."""
    speakers = [
        mention
        for _first, _last, mention in candidate.view.of_kind("actor")
        if any(s.start <= mention.start and mention.end <= s.end for s in sources)
    ]
    if speakers:
        candidate.recipients = candidate.actors or candidate.recipients
        candidate.actors = speakers


def _to_event(
    doc: Doc,
    c: Candidate,
    lex: EventLexicon,
    dates: DateTracker,
    focus_place: Mention | PlaceRef | None,
    sources: list[Source],
) -> Event:
    view = c.view
    tokens = view.tokens
    location = c.location or c.story_place or focus_place
    when = dates.date_of(c)
    marker = stance_marker(view, lex)
    attribution = Attribution()
    spans: dict[str, list[tuple[int, int]]] = {"trigger": [(tokens[c.first].start, tokens[c.last - 1].end)]}
    if sources:
        attribution = Attribution(", ".join(s.text for s in sources), "reported")
        spans["attribution"] = [(s.start, s.end) for s in sources]
    if (c.event == "ACCUSE" and c.mode == "allege") or marker == "claimed":
        attribution.stance = "claimed"
        if attribution.text is None and c.actors:
            attribution.text = doc.text[c.actors[0].start : c.actors[0].end]
    if marker == "denied":
        attribution.stance = "denied"
    if c.from_count and attribution.text is None:
        tolls = [m for m in lex.cues.find(tokens, view.first, view.last) if m.payload == "toll"]
        if tolls:  # "Le bilan officiel est de 225 morts": the toll is the source of the count
            toll = max(tolls, key=lambda m: m.last - m.first)
            first = (
                toll.first - 1
                if toll.first > view.first and tokens[toll.first - 1].lower in lex.determiners
                else toll.first
            )
            attribution = Attribution(view.text(first, toll.last), "reported")
    size = Size(**{k: m.value.value for k, m in c.size.items()})
    for key, mention in [("actor", a) for a in c.actors] + [("recipient", r) for r in c.recipients]:
        spans.setdefault(key, []).append((mention.start, mention.end))
    if c.location is not None:
        spans["location"] = [(c.location.start, c.location.end)]
    if when.mention is not None:
        spans["date"] = [(when.mention.start, when.mention.end)]
    for key, mention in c.size.items():
        spans[key] = [(mention.start, mention.end)]
    evidence = Evidence(
        doc.text[view.sentence.start : view.sentence.end], view.sentence.start, view.sentence.end, spans
    )
    confidence = 0.5 + 0.1 * bool(c.actors) + 0.1 * bool(c.location) + 0.1 * (when.precision != "document")
    if view.sentence.zone == "caption":
        confidence -= 0.2
    walk = crosswalk(c.event, c.mode)
    return Event(
        id="",
        article_id=doc.article.id,
        event=c.event,
        mode=c.mode,
        context=sorted(c.contexts),
        date=when.start,
        date_end=when.end if when.end != when.start else None,
        date_precision=when.precision,
        actor=[_event_actor(doc, m) for m in c.actors],
        recipient=[_event_actor(doc, m) for m in c.recipients],
        location=_event_location(doc, location),
        size=size,
        attribution=attribution,
        salience=salience(when.end, [view.sentence.zone], doc),
        confidence=round(min(confidence, 0.95), 2),
        evidence=[evidence],
        modality=c.modality,
        **walk,
    )
