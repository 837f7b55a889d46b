"""Argument linking: which actor, recipient and source go with a trigger inside its sentence (places:
``event_location.py``).

The rules are those of a careful reader without a parser: the actor is the nearest actor before the trigger in its
clause (the subject), unless a passive or an event noun names it after ("tués par", "le retrait des troupes");
the recipient is the first actor after the trigger that is not a place of the event; the source is what follows
"selon" or who a reporting verb quotes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from eventwire.eventlex import EventLexicon
from eventwire.model import ActorRef, Doc, Mention, Sentence, Token

_COORDINATION = frozenset({",", "et", "and", "ainsi", "que", "as", "well", "leurs", "leur", "their", "its"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "the"})
_MAX_ACTOR_DISTANCE = 25  # tokens between a subject and its verb, beyond which the link is a guess


@dataclass(slots=True)
class SentenceView:
    """A sentence with its mentions, located by token index."""

    doc: Doc
    sentence: Sentence
    index: int
    mentions: dict[str, list[tuple[int, int, Mention]]] = field(default_factory=dict)  # kind → (first, last, m)
    breaks: list[int] = field(default_factory=list)  # token indices where a clause ends

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    @property
    def first(self) -> int:
        return self.sentence.first_token

    @property
    def last(self) -> int:
        return self.sentence.last_token

    def text(self, a: int, b: int) -> str:
        return self.doc.text[self.tokens[a].start : self.tokens[b - 1].end]

    def of_kind(self, kind: str) -> list[tuple[int, int, Mention]]:
        return self.mentions.get(kind, [])

    def clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause holding token i."""
        start = max((b for b in self.breaks if b <= i), default=self.first)
        end = min((b for b in self.breaks if b > i), default=self.last)
        return start, end


def sentence_views(doc: Doc, lex: EventLexicon) -> list[SentenceView]:
    starts = [tok.start for tok in doc.tokens]
    views = [SentenceView(doc, s, n) for n, s in enumerate(doc.sentences)]
    sentence_starts = [s.start for s in doc.sentences]
    for mention in doc.mentions:
        n = bisect.bisect_right(sentence_starts, mention.start) - 1
        if n < 0 or mention.end > doc.sentences[n].end:
            continue
        first = bisect.bisect_left(starts, mention.start)
        last = max(first + 1, bisect.bisect_left(starts, mention.end))
        views[n].mentions.setdefault(mention.kind, []).append((first, last, mention))
    for view in views:
        for match in lex.clause_breaks.find(doc.tokens, view.first, view.last):
            view.breaks.append(match.first)
    return views


# --- actors --------------------------------------------------------------------------------------


def _coordinated(
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
        actor_group = _coordinated(view, agent, actors)
        subject = before[-1:] if before else []
        recipient_group = _coordinated(view, subject[0], actors) if subject else []
    else:
        actor_group = _coordinated(view, before[-1], actors) if before else []
        recipient_group = _coordinated(view, recipients_pool[0], actors) if recipients_pool else []
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


# --- attribution ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    text: str
    start: int
    end: int
    stance: str


def find_sources(view: SentenceView, lex: EventLexicon) -> list[Source]:
    """Who the sentence says reports it: 'selon les agences russes', 'a déclaré le général X', 'X said'."""
    tokens = view.tokens
    sources: list[Source] = []
    actors = view.of_kind("actor")
    for match in lex.report_prepositions.find(tokens, view.first, view.last):
        end = match.last
        following = [a for a in actors if match.last <= a[0] <= match.last + 2]
        if following:
            end = max(a[1] for a in _coordinated(view, following[0], actors))
        else:
            while end < view.last and end < match.last + 8 and tokens[end].text not in {",", ";", ".", ":"}:
                end += 1
        if end > match.last:
            sources.append(_source(view, match.first, end, "reported"))
    for match in lex.report_verbs.find(tokens, view.first, view.last):
        before = [a for a in actors if a[1] <= match.first and match.first - a[1] <= 4]
        after = [a for a in actors if match.last <= a[0] <= match.last + 3]
        follows_that = match.last < view.last and tokens[match.last].lower in lex.complementizers
        if after and not follows_that and (not before or _after_quote_or_comma(view, match.first)):
            a = after[0]  # inversion: '"…", a déclaré le général X'
        elif before:
            a = before[-1]  # subject: 'X a affirmé que…'
        else:
            continue
        group = _coordinated(view, a, actors)
        sources.append(_source(view, group[0][0], group[-1][1], "reported"))
    return list({(s.start, s.end): s for s in sources}.values())


def _after_quote_or_comma(view: SentenceView, i: int) -> bool:
    """A reporting verb right after a quotation or a comma is inverted: its subject follows it."""
    k = i - 1
    while k >= view.first and view.tokens[k].lower in {"a", "ont", "avait", "has", "had", "-t-il", "-t-elle"}:
        k -= 1
    return k >= view.first and view.tokens[k].text in {",", '"', "»", "”", "’", "'"}


def _source(view: SentenceView, first: int, last: int, stance: str) -> Source:
    return Source(view.text(first, last), view.tokens[first].start, view.tokens[last - 1].end, stance)


def stance_marker(view: SentenceView, lex: EventLexicon) -> str | None:
    if lex.denied.find(view.tokens, view.first, view.last):
        return "denied"
    if lex.claimed.find(view.tokens, view.first, view.last):
        return "claimed"
    return None


# --- modality ------------------------------------------------------------------------------------

_MODALITY_WINDOW = 6


def modality_before(view: SentenceView, lex: EventLexicon, first: int) -> str | None:
    """Negation, future, conditional, hypothetical or threat cue in the few tokens before the trigger."""
    clause_start, _ = view.clause(first)
    start = max(clause_start, first - _MODALITY_WINDOW)
    found = lex.modality.find(view.tokens, start, first)
    if not found:
        return None
    priority = ("negation", "threat", "hypothetical", "conditional", "future")
    return min((m.payload for m in found), key=priority.index)
