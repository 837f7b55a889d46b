"""Who reports an event and how firmly: "selon les agences russes", "a déclaré le général X", "without evidence"."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.event_actors import coordinated, coordinator_before, shared_subject
from eventwire.eventlex import EventLexicon
from eventwire.sentence_view import SentenceView

#: Words between "and" and a reporting verb that shares the subject before it ("and has said").
_REPORT_GAP = 2


@dataclass(frozen=True, slots=True)
class Source:
    """Who reports, and which tokens of the sentence (``scope``) the report covers."""

    text: str
    start: int
    end: int
    stance: str
    scope: tuple[int, int] = (0, 1 << 30)

    def covers(self, token: int) -> bool:
        return self.scope[0] <= token < self.scope[1]


def find_sources(view: SentenceView, lex: EventLexicon) -> list[Source]:
    """Who the sentence says reports it: 'selon les agences russes', 'a déclaré le général X', 'X said'."""
    tokens = view.tokens
    sources: list[Source] = []
    actors = view.of_kind("actor")
    for match in lex.report_prepositions.find(tokens, view.first, view.last):
        end = match.last
        following = [a for a in actors if match.last <= a[0] <= match.last + 2]
        if following:
            end = max(a[1] for a in coordinated(view, following[0], actors))
        else:
            while end < view.last and end < match.last + 8 and tokens[end].text not in {",", ";", ".", ":"}:
                end += 1
        if end > match.last:
            sources.append(_source(view, match.first, end, "reported"))  # "selon X": the whole sentence
    speaker: tuple[int, int] | None = None  # the tokens of the last reporting verb's subject
    for match in lex.report_verbs.find(tokens, view.first, view.last):
        before = [a for a in actors if a[1] <= match.first and match.first - a[1] <= 4]
        after = [a for a in actors if match.last <= a[0] <= match.last + 3]
        follows_that = match.last < view.last and tokens[match.last].lower in lex.complementizers
        # after "and": the subject of the verb before ("X repeated that Russia had no plans to attack Ukraine and
        # said …" is X's report); "… and Blinken said" has a subject of its own
        shares_subject = coordinator_before(view, lex, match.first, view.first, _REPORT_GAP) is not None
        if speaker is not None and shares_subject:
            first, last = speaker  # "X repeated that … and said …": the same speaker
            sources.append(_source(view, first, last, "reported", (match.last, view.last)))
            continue
        if after and not follows_that and (not before or _after_quote_or_comma(view, match.first)):
            a, scope = after[0], (view.first, match.first)  # inversion: '"…", a déclaré le général X'
        elif before:
            # subject: 'X a affirmé que…', 'X ont fait état de…'; "the minister met X and said…": the minister
            shared = shared_subject(view, lex, match.first, before[-1], actors) if shares_subject else None
            a, scope = shared or before[-1], (match.last, view.last)
        else:
            continue
        group = coordinated(view, a, actors)
        set_off = [k for k, member in enumerate(group) if _after_comma(view, lex, member[0])]
        if before and a is before[-1] and set_off and not follows_that:
            # "Gunmen killed five villagers, police said": the report covers the whole sentence, and a list before
            # the comma is what it says ("Rebels attacked soldiers, the army said")
            group, scope = group[set_off[-1] :], (view.first, view.last)
        speaker = (group[0][0], group[-1][1])
        sources.append(_source(view, *speaker, "reported", scope))
    return list({(s.start, s.end): s for s in sources}.values())


def _after_comma(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """A speaker set off by a comma past its determiner or one modifier (", police said", ", a police spokesman
    said", ", local officials said") reports what the sentence says around it, not only what follows."""
    k = i - 1
    while k > view.first and i - k <= 2 and view.tokens[k].text.isalpha() and view.tokens[k].text.islower():
        if view.tokens[k].lower in lex.verb_coordinators or view.tokens[k].lower in lex.complementizers:
            return False
        k -= 1
    return k > view.first and view.tokens[k].text == ","


def _after_quote_or_comma(view: SentenceView, i: int) -> bool:
    """A reporting verb right after a quotation or a comma is inverted: its subject follows it."""
    k = i - 1
    while k >= view.first and view.tokens[k].lower in {"a", "ont", "avait", "has", "had", "-t-il", "-t-elle"}:
        k -= 1
    return k >= view.first and view.tokens[k].text in {",", '"', "»", "”", "’", "'"}


def _source(view: SentenceView, first: int, last: int, stance: str, scope: tuple[int, int] | None = None) -> Source:
    whole = (view.first, view.last)
    return Source(view.text(first, last), view.tokens[first].start, view.tokens[last - 1].end, stance, scope or whole)


def stance_marker(view: SentenceView, lex: EventLexicon) -> str | None:
    if lex.denied.find(view.tokens, view.first, view.last):
        return "denied"
    if lex.claimed.find(view.tokens, view.first, view.last):
        return "claimed"
    return None
