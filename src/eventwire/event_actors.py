"""Who did it and to whom: the actors and recipients linked to a trigger, chosen among the sentence's actors.

The actor is the nearest actor before the trigger in its clause (the subject), unless a passive or an event noun
names it after ("tués par la police", "le retrait des troupes russes"); the recipient is the first actor after the
trigger that is not where the event happens; actors joined by commas and conjunctions come as a list ("les forces
russes et leurs alliés").
"""

from __future__ import annotations

from eventwire.eventlex import EventLexicon
from eventwire.model import ActorRef, Mention
from eventwire.sentence_view import SentenceView

_COORDINATION = frozenset({",", "et", "and", "ainsi", "que", "as", "well", "leurs", "leur", "their", "its"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "the"})
_MAX_ACTOR_DISTANCE = 25  # tokens between a subject and its verb, beyond which the link is a guess


def coordinated(
    view: SentenceView, chosen: tuple[int, int, Mention], actors: list[tuple[int, int, Mention]]
) -> list[tuple[int, int, Mention]]:
    """The chosen actor and those joined to it by commas and conjunctions ("X, Y et Z", "X et leurs alliés")."""
    group = [chosen]
    ordered = sorted(actors, key=lambda a: a[0])
    position = ordered.index(chosen)
    for step in (-1, 1):
        k = position
        while 0 <= k + step < len(ordered):
            a, b = (ordered[k + step], ordered[k]) if step == -1 else (ordered[k], ordered[k + step])
            gap = [t.lower for t in view.tokens[a[1] : b[0]]]
            joined = any(w in _COORDINATION for w in gap) and all(w in _COORDINATION or w in _ARTICLES for w in gap)
            if not joined or len(gap) > 3:
                break
            k += step
            group.append(ordered[k])
    return sorted(group, key=lambda a: a[0])


def link_actors(view: SentenceView, lex: EventLexicon, first: int, last: int) -> tuple[list[Mention], list[Mention]]:
    """(actors, recipients) for a trigger spanning tokens [first, last)."""
    actors = view.of_kind("actor")
    clause_start, clause_end = view.clause(first)
    before = [a for a in actors if a[1] <= first and a[0] >= clause_start and first - a[1] <= _MAX_ACTOR_DISTANCE]
    after = [a for a in actors if a[0] >= last and a[0] < clause_end]
    tokens = view.tokens
    agent: tuple[int, int, Mention] | None = None
    for candidate in after:
        gap = [t.lower for t in tokens[last : candidate[0]]]
        if gap and gap[0] in lex.agent_markers and len(gap) <= 3:
            agent = candidate  # passive: "tués par la police", "killed by gunmen"
            break
        if _is_event_noun(view, lex, first) and gap and gap[0] in lex.of_markers and len(gap) <= 3 and not before:
            agent = candidate  # event noun: "le retrait des troupes russes"
            break
    recipients_pool = [a for a in after if a is not agent and not _is_location_slot(view, lex, a)]
    if agent is not None:
        actor_group = coordinated(view, agent, actors)
        subject = before[-1:] if before else []
        recipient_group = coordinated(view, subject[0], actors) if subject else []
    else:
        actor_group = coordinated(view, before[-1], actors) if before else []
        recipient_group = coordinated(view, recipients_pool[0], actors) if recipients_pool else []
    actor_ids = {id(a[2]) for a in actor_group}
    recipient_group = [r for r in recipient_group if id(r[2]) not in actor_ids]
    return [a[2] for a in actor_group], [r[2] for r in recipient_group]


def _is_event_noun(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    return first > view.first and view.tokens[first - 1].lower in lex.determiners


def _is_location_slot(view: SentenceView, lex: EventLexicon, actor: tuple[int, int, Mention]) -> bool:
    """A country or capital after 'en', 'dans', 'from'… is where the event happens, not who undergoes it."""
    ref: ActorRef = actor[2].value
    if ref.kind not in {"country", "metonym"}:
        return False
    k = actor[0] - 1
    while k >= view.first and view.tokens[k].lower in {"le", "la", "les", "l'", "the"}:
        k -= 1
    return k >= view.first and view.tokens[k].lower in lex.location_prepositions
