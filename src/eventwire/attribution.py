"""Who reports an event and how firmly: "selon les agences russes", "a déclaré le général X", "without evidence"."""

from __future__ import annotations

import itertools
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
    asides: dict[int, int] = {}  # where each "selon X" starts → where it ends
    for match in lex.report_prepositions.find(tokens, view.first, view.last):
        end = match.last
        near = [a for a in actors if match.last <= a[0] <= match.last + 2]
        following = [a for a in near if _introduced(view, lex, match.last, a)]
        if following:
            group = _listed(view, lex, coordinated(view, following[0], actors))
            end = _with_complements(view, lex, max(a[1] for a in group), actors)
        else:
            # up to the comma, or to an actor: in "according to reports the UK is pushing…" the UK is the subject
            starts = {a[0] for a in actors}
            while end < view.last and end < match.last + 8 and tokens[end].text not in {",", ";", ".", ":"}:
                if end in starts:
                    while end > match.last and tokens[end - 1].lower in lex.determiners:
                        end -= 1  # "according to reports the UK": the UK's article is not the source's
                    break
                end += 1
        if end > match.last:
            sources.append(_source(view, match.first, end, "reported"))  # "selon X": the whole sentence
            asides[match.first] = end
    free = [x for x in actors if not any(s <= x[0] < e for s, e in asides.items())]  # not inside a "selon X"
    speaker: tuple[int, int] | None = None  # the tokens of the last reporting verb's subject
    for match in lex.report_verbs.find(tokens, view.first, view.last):
        before = [a for a in actors if a[1] <= match.first and match.first - a[1] <= 4]
        start = _past_aside(view, match.last, asides)  # "a déclaré, selon les agences russes, le général X"
        after = [a for a in actors if start <= a[0] <= start + 3]
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
        group = coordinated(view, a, free if a in free else actors)
        set_off = [k for k, member in enumerate(group) if _after_comma(view, lex, member[0])]
        if before and a is before[-1] and set_off and not follows_that:
            # "Gunmen killed five villagers, police said": the report covers the whole sentence, and a list before
            # the comma is what it says ("Rebels attacked soldiers, the army said")
            group, scope = group[set_off[-1] :], (view.first, view.last)
        speaker = (group[0][0], group[-1][1])
        sources.append(_source(view, *speaker, "reported", scope))
    return list({(s.start, s.end): s for s in sources}.values())


def _past_aside(view: SentenceView, k: int, asides: dict[int, int]) -> int:
    """Token k, or the first token after the "selon X" set off by commas that starts there."""
    tokens = view.tokens
    j = k + 1 if k < view.last and tokens[k].text == "," else k
    if j not in asides:
        return k
    j = asides[j]
    return j + 1 if j < view.last and tokens[j].text == "," else j


def _listed(view: SentenceView, lex: EventLexicon, group: list) -> list:
    """The members of a group of actors that form a list ("selon les agences russes et kazakhes"), up to the last
    one a coordinator brings: after a comma alone comes the clause's subject ("according to local officials,
    gunmen killed…", "selon les agences russes et kazakhes, les troupes ont quitté…")."""
    gaps = [{t.lower for t in view.tokens[a[1] : b[0]]} for a, b in itertools.pairwise(group)]
    joined = [k for k, gap in enumerate(gaps) if gap & lex.coordinators]
    return group[: joined[-1] + 2] if joined else group[:1]


def _introduced(view: SentenceView, lex: EventLexicon, start: int, actor: tuple) -> bool:
    """The actor a reporting preposition ends at ``start`` introduces: after determiners only ("selon les agences"),
    or closing the source ("according to local officials,"); in "according to reports the UK is pushing…" the UK is
    the clause's subject."""
    tokens = view.tokens
    if all(t.lower in lex.determiners for t in tokens[start : actor[0]]):
        return True
    after = tokens[actor[1]].lower if actor[1] < view.last else "."
    return not after.isalpha() or after in lex.coordinators or after in lex.of_markers


def _with_complements(view: SentenceView, lex: EventLexicon, end: int, actors: list) -> int:
    """The end of a source past the actors that complete it: "selon l'officier de police" is one source, not an
    officer with the police left outside."""
    while end < view.last and view.tokens[end].lower in lex.of_markers:
        complement = next((a for a in actors if end < a[0] <= end + 2), None)
        if complement is None:
            break
        end = complement[1]
    return end


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
