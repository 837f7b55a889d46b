"""Events inside other events: the content of a promise, a demand, a threat, a refusal, an accusation.

"agreed to undertake joint exercises" reports an agreement, not exercises; "urged the government to release the
prisoners" a request, not a release; "accused the army of shelling the town" an accusation. As in TimeML's
subordinating links (an event under "promise", "demand", "refuse", "threaten", "accuse" is not asserted to have
happened), a trigger that is the complement of such an event's trigger in the same clause is not a happening of its
own: it is absorbed into its governor, which takes its PLOVER mode from it where it has none (a request for a
release asks the target to yield; an agreement to withdraw is, as PLOVER says, a CONCEDE). A protest's demands and
grievances belong to the protest in the same way, and the charge to the arrest or the conviction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.modality import threat_mode
from eventwire.model import Token
from eventwire.plover import EVENT_TYPES, VERBAL_TYPES
from eventwire.secondary_mentions import in_a_prepositional_phrase
from eventwire.sentence_view import SentenceView

if TYPE_CHECKING:
    from eventwire.stages.events import Candidate

#: Material events whose complements of some types are their content: a protest's demands, an arrest's charges.
MATERIAL_GOVERNORS = {
    "PROTEST": frozenset({"REQUEST", "ACCUSE", "REJECT"}),
    "COERCE": frozenset({"ACCUSE", "PROTEST"}),
    "SANCTION": frozenset({"ACCUSE"}),
}
#: The mode a demand or a refusal takes from what is demanded or refused (PLOVER's REQUEST and REJECT modes).
_ASK_MODES = {"AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet"}
_ASK_MODES["AGREE"] = "meet"
#: What a statement alleges when it says another did it ("a déclaré que les rebelles ont pris des otages"): an
#: attack or a coercion, PLOVER's ACCUSE/allege (CAMEO 112x: accusing of crime, abuses, aggression).
_HOSTILE = frozenset({"ASSAULT", "COERCE"})
_MAX_GAP = 8
_MAX_CLAUSE_GAP = 14
_POSSESSIVE = frozenset({"'s", "’s", "'"})
_ENDABLE = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN"})
#: Punctuation that ends a complement; the language's coordinators do too, and its clause breaks ("but", "mais").
_STOPPERS = frozenset({",", ";", ":", "(", ")"})


def absorb_complements(view: SentenceView, lex: EventLexicon, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are happenings of their own, governors having absorbed their complements."""
    _recode_cessations(view, lex, candidates)
    ordered = sorted(candidates, key=lambda c: c.first)
    absorbed: set[int] = set()
    governing: set[int] = set()
    for index, governor in enumerate(ordered):
        allowed = EVENT_TYPES if governor.event in VERBAL_TYPES else MATERIAL_GOVERNORS.get(governor.event, frozenset())
        if governor.hostile_content:
            allowed = _HOSTILE
        if not allowed:
            continue
        previous = governor
        for candidate in ordered[index + 1 :]:
            if candidate.implied_by is not None or candidate.from_count:
                continue
            linked = _complement_link(view, lex, previous, candidate) or (
                previous is not governor and _coordinated(view, lex, previous, candidate)
            )
            if not linked or candidate.event not in allowed:
                break
            if governor.hostile_content and not _done_by_another(governor, candidate):
                break
            absorbed.add(id(candidate))
            governing.add(id(governor))
            _take_content(governor, candidate)
            previous = candidate
    return [c for c in candidates if id(c) not in absorbed and (not c.needs_content or id(c) in governing)]


def _done_by_another(speaker: Candidate, act: Candidate) -> bool:
    """The act's named actor is not the speaker's side: a government saying its own forces struck reports the
    strike, saying the rebels did accuses them."""
    ours = {(a.value.country, a.value.sector) for a in speaker.actors}
    theirs = {(a.value.country, a.value.sector) for a in act.actors}
    return bool(ours) and bool(theirs) and not ours & theirs


def _recode_cessations(view: SentenceView, lex: EventLexicon, candidates: list[Candidate]) -> None:
    """ "lifted the curfew", "suspension of attacks", "called off the strike": ending a coercion, an attack, a
    sanction or a protest is a concession (PLOVER CONCEDE), not the thing ended."""
    cessations = [m for m in lex.cues.find(view.tokens, view.first, view.last) if m.payload == "cessation"]
    for candidate in candidates:
        if candidate.event not in _ENDABLE:
            continue
        for cue in cessations:
            gap = [t.lower for t in view.tokens[cue.last : candidate.first]]
            if (
                cue.last <= candidate.first
                and len(gap) <= 3
                and all(w in lex.determiners or w in lex.complement_markers for w in gap)
            ):
                candidate.event, candidate.mode = "CONCEDE", None
                break


def _complement_link(view: SentenceView, lex: EventLexicon, governor: Candidate, candidate: Candidate) -> bool:
    """The candidate's trigger is the governor's complement: close after it, joined by a complement marker or
    as its direct object, in the same clause, with no anteriority cue (that would make it an earlier event)."""
    gap = view.tokens[governor.last : candidate.first]
    # a "that" clause holds its own subject before its verb ("prétendent que des milices associées au gouvernement
    # ont mis en place des barrages")
    reach = _MAX_CLAUSE_GAP if view.tokens[governor.last - 1].lower in lex.complementizers else _MAX_GAP
    if len(gap) > reach or view.clause(governor.first) != view.clause(candidate.first):
        return False
    words = [t.lower for t in gap]
    if any(w in _STOPPERS or w in lex.coordinators for w in words):
        return False
    if words and words[0] in lex.complementizers and in_a_prepositional_phrase(view, lex, governor.first):
        return False  # "told reporters after the meeting that both sides had agreed": the content of "told"
    if any(m.payload == "anteriority" for m in lex.cues.find(view.tokens, governor.last, candidate.first)):
        return False
    if view.tokens[governor.last - 1].lower in lex.complement_markers:
        return True  # the governor's own words end with the link: "agreed to", "accusé de"
    if _direct_object(gap, lex):
        return True  # "rejected the proposal", "accepted demands", "rejected an Australian ultimatum"
    return any(w in lex.complement_markers for w in words)


def _direct_object(gap: list[Token], lex: EventLexicon) -> bool:
    """Only what can stand before a noun in its own phrase: determiners, names and nationalities (capitalised),
    a possessive, and at most one other modifier ("North Korea's consistent demand")."""
    if len(gap) > 5:
        return False
    others = [
        t for t in gap if t.lower not in lex.determiners and not t.text[:1].isupper() and t.lower not in _POSSESSIVE
    ]
    return len(others) <= 1 and not any(t.text[:1].isdigit() for t in others)


def _coordinated(view: SentenceView, lex: EventLexicon, previous: Candidate, candidate: Candidate) -> bool:
    """'to tighten sanctions and impose a blockade': the second complement shares the first one's governor. After a
    comma, a determiner starts a new subject ("…the cessation of hostilities, the two governments agreed"), not a
    second complement."""
    gap = [t.lower for t in view.tokens[previous.last : candidate.first]]
    if gap[:1] == [","] and any(w in lex.determiners for w in gap[1:]):
        return False
    return 0 < len(gap) <= 4 and (gap[0] in lex.coordinators or gap[0] == ",") and "," not in gap[1:]


def _take_content(governor: Candidate, content: Candidate) -> None:
    governor.contexts.update(content.contexts)
    if governor.event == "AGREE" and content.event in {"RETREAT", "CONCEDE"}:
        governor.event, governor.mode = "CONCEDE", None  # PLOVER: an agreed or promised withdrawal is a CONCEDE
        return
    if governor.mode is not None:
        return
    if governor.event in {"REQUEST", "REJECT"}:
        governor.mode = _ASK_MODES.get(content.event, governor.mode)
    elif governor.event == "THREATEN":
        if content.event == "SANCTION" and content.mode in {"withdraw", "expel"}:
            governor.mode = {"withdraw": "relations", "expel": "expel"}[content.mode]
        else:
            governor.mode = threat_mode(content.event, content.mode)
