"""Whether an event happened, and what PLOVER makes of one that did not (yet).

Cues (``lang/<code>/modality.yaml``) are looked for in the trigger's clause, before it. PLOVER codes intentions and
refusals as events of their own: a promised or announced cooperation is AGREE, an announced withdrawal CONCEDE, a
conflict action announced for later (an attack, an arrest, a sanction, a boycott or a strike) or as the
consequence of a condition ("may halt mediation if cooperation founders") a THREATEN, and a
cooperation refused ("will not accept", "did not agree to meet") a REJECT. Other negated, conditional,
hypothetical and future events are not events: they keep their modality so that ``--all-modalities`` can still
show them.
"""

from __future__ import annotations

from eventwire.eventlex import EventLexicon
from eventwire.sentence_view import SentenceView
from eventwire.tense import synthetic_future

_WINDOW = 10
_PAUSES = frozenset({",", ";", ":", "(", "—", "–"})
_PRIORITY = ("negation", "threat", "hypothetical", "conditional", "future")
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
_YIELDING = frozenset({"RETREAT", "CONCEDE"})
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})  # CAMEO 13: threats to boycott too
#: The REJECT mode of a refused event, and the THREATEN mode of a threatened one (PLOVER's mode tables).
_REFUSAL_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "RETREAT": "yield", "CONCEDE": "yield"}
#: CAMEO 133 "threaten with political dissent, protest" is THREATEN relations; 1312 "threaten to boycott" restrict.
_THREAT_MODES = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "restrict", "COERCE": "restrict", "PROTEST": "relations",
}  # fmt: skip


def modality_before(view: SentenceView, lex: EventLexicon, first: int) -> str | None:
    """The strongest negation, threat, hypothetical, conditional or future cue in the clause before the trigger:
    within a few words, except a threat, which covers all it announces ("a prévenu que toute attaque contre ses
    ressortissants, ses diplomates, son armée ou ses emprises entraînerait une riposte")."""
    clause_start, _ = view.clause(first)
    cues = lex.modality.find(view.tokens, clause_start, first)
    # a concessive "if" states a fact ("Si la journaliste a été libérée, …"): its "if" is no hypothesis
    concessive = {m.first for m in cues if m.payload == "concessive"}
    found = [
        m
        for m in cues
        if (m.payload == "threat" or m.first >= first - _WINDOW)
        and m.payload != "concessive"
        and not (m.payload == "hypothetical" and m.first in concessive)
    ]
    cues = {m.payload for m in found}
    if any(synthetic_future(view.tokens[i], lex.lang) for i in range(max(clause_start, first - _WINDOW), first + 1)):
        cues.add("future")  # "protestarán", "realizarán una marcha": the tense is the verb's ending
    return min(cues, key=_PRIORITY.index) if cues else None


def reported_threat(view: SentenceView, lex: EventLexicon, first: int) -> tuple[int, int] | None:
    """The tokens of a threat cue that reports what it announces ("warned that", "a prévenu que", "advertir que") in
    the clause before the trigger: its speaker makes the threat, not the one the announced event would have acting."""
    clause_start, _ = view.clause(first)
    reports = [
        m
        for m in lex.modality.find(view.tokens, clause_start, first)
        if m.payload == "threat" and view.tokens[m.last - 1].lower in lex.complementizers
    ]
    return (reports[-1].first, reports[-1].last) if reports else None


def condition_after(view: SentenceView, lex: EventLexicon, last: int) -> bool:
    """A condition follows the trigger in its clause, with no pause between: the event is the consequence announced
    for it ("may halt mediation if cooperation founders"; not "attacked the town, even if talks went on")."""
    _, clause_end = view.clause(last - 1)
    end = next((i for i in range(last, clause_end) if view.tokens[i].text in _PAUSES), clause_end)
    return any(m.payload == "hypothetical" for m in lex.modality.find(view.tokens, last, end))


def recode(event: str, mode: str | None, cue: str | None, *, conditioned: bool = False) -> tuple[str, str | None, str]:
    """(event, mode, modality) once the cue is applied; modality ``asserted`` means the event is emitted. A
    conflict action announced as the consequence of a condition is a threat (PLOVER THREATEN: CAMEO 13's "threaten
    to halt mediation", "threaten with military force")."""
    if conditioned and event in _CONFLICT and cue in {None, "future", "threat"}:
        return "THREATEN", threat_mode(event, mode), "asserted"
    if cue is None or (event == "THREATEN" and cue in {"threat", "future", "conditional"}):
        return event, mode, "asserted"
    if cue == "threat":
        return "THREATEN", threat_mode(event, mode), "asserted"
    if cue == "future":  # an announced intention; a mere possibility ("pourrait", "could") is no commitment
        if event in _COOPERATIVE:
            return "AGREE", None, "asserted"
        if event in _YIELDING:
            return "CONCEDE", None, "asserted"
        if event in _CONFLICT:
            return "THREATEN", threat_mode(event, mode), "asserted"
    if cue == "negation" and event in _COOPERATIVE | _YIELDING:
        return "REJECT", _REFUSAL_MODES.get(event), "asserted"
    return event, mode, {"negation": "negated"}.get(cue, cue)


def threat_mode(event: str, mode: str | None) -> str | None:
    """The THREATEN mode of a threatened event (PLOVER's mode table: CAMEO 13's codes)."""
    if event == "COERCE" and mode in {"arrest", "deport"}:
        return {"arrest": "arrest", "deport": "expel"}[mode]
    if event == "PROTEST" and mode == "boycott":
        return "restrict"
    return _THREAT_MODES.get(event)
