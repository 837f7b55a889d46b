"""The date of each event: its own expression, else what the text lets a reader carry over, else the reference.

1. A date expression belongs to the nearest trigger of its sentence, in its clause first ("ont achevé mercredi leur
   retrait" → the withdrawal; "menacé début janvier par des émeutes" → the riots). A recent "since" date ("depuis
   mercredi") dates an ongoing event from that day to the reference date; years recalled as background, years used
   as labels and distant "since" dates ("les plus graves depuis 1991") date nothing.
2. An event introduced as earlier than the sentence's own ("après leur déploiement") takes no date from it.
3. A definite event noun repeats an event named before and takes its date ("les violences" after "les violences
   de début janvier"); a casualty toll ("le bilan") belongs to the last dated violent event.
4. Other events of a sentence whose date was carried over share it, except what is said about the happening named
   there: an accusation, a demand or a denial about "les violences" came after they began, so it is dated from
   their start to the reference date.
5. A material event (an attack, an arrest, a deployment) with no date of its own in a paragraph that has just
   dated another one continues its story ("Le mercredi 23 décembre, des militaires ont franchi la frontière. Des
   combats les ont alors opposés…"): it takes that date, until the paragraph ends, or beyond when the next one
   opens with a word of sequence ("Peu après, …"). What is said (an accusation, a
   demand) may come later than what it is about, so it takes none.
6. Otherwise the reference date, with precision ``document``: the merge stage lets such an event join a dated
   event of the same kind rather than stand as a separate happening.

Every date comes with its precision (day, week, month, year, document, unknown) so users can filter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.model import Doc, Mention, TimeValue
from eventwire.plover import crosswalk
from eventwire.timeresolve import precision_of

if TYPE_CHECKING:
    from eventwire.sentence_view import SentenceView
    from eventwire.stages.events import Candidate

_OTHER_CLAUSE_PENALTY = 50
#: A toll or a definite "the violence" refers back this many sentences at most; further back, it is a new topic.
_ANAPHORA_REACH = 5
_VIOLENT = frozenset({"ASSAULT", "PROTEST", "COERCE"})
#: PLOVER's verbal quad classes (verbal cooperation, verbal conflict): events that are things said.
_VERBAL_QUADS = frozenset({1, 3})
#: Precisions of a "since" date that make it the start of an ongoing event rather than a distant comparison.
_FINE = frozenset({"day", "week"})


@dataclass(frozen=True, slots=True)
class When:
    start: date | None
    end: date | None
    precision: str  # day, week, month, year, document (the reference date), unknown
    mention: Mention | None
    source: str  # explicit, anaphora, toll, sentence, after, story, reference, unknown


class DateTracker:
    """Assigns dates sentence by sentence, remembering what earlier sentences dated."""

    def __init__(self, doc: Doc, lex: EventLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self._by_lemma: dict[str, Mention] = {}
        self._last_violent: Mention | None = None
        self._last_violent_at = -_ANAPHORA_REACH - 1  # sentence index of the last dated violent happening
        self._when: dict[int, When] = {}
        self._narrative: tuple[int, When] | None = None  # end offset of the last sentence of the story, its date

    def date_of(self, candidate: Candidate) -> When:
        return self._when.get(id(candidate)) or self._fallback()

    def _fallback(self) -> When:
        ref = self.doc.reference.date if self.doc.reference else None
        if ref is None:
            return When(None, None, "unknown", None, "unknown")
        return When(ref, ref, "document", None, "reference")

    def assign(self, view: SentenceView, candidates: list[Candidate]) -> None:
        own: dict[int, tuple[int, Mention]] = {}
        reference = self.doc.reference.date if self.doc.reference else None
        for first, last, mention in view.of_kind("date"):
            if not _dates_events(mention.value) or not candidates:
                continue
            clause = view.clause(first)
            # nothing reported has happened after the article was written: a later date is that of what is
            # promised or planned ("cessera ses frappes d'ici le 22 février"), and a promise is dated when made
            if reference is not None and mention.value.start > reference:
                continue
            eligible = [
                c for c in candidates if c.implied_by is None and (not c.anterior or clause[0] <= c.first < clause[1])
            ]
            if not eligible:
                continue  # an earlier event mentioned in passing takes no date from another clause
            best = min(eligible, key=lambda c: _distance(c, first, last, clause))
            distance = _distance(best, first, last, clause)
            if id(best) not in own or distance < own[id(best)][0]:
                own[id(best)] = (distance, mention)
        cues = self.lex.cues.find(view.tokens, view.first, view.last)
        has_toll = any(m.payload == "toll" for m in cues)
        carried = self._event_nouns(view, [m.first for m in cues if m.payload == "event_nouns"])
        for candidate in candidates:
            if id(candidate) in own:
                self._when[id(candidate)] = self._explicit(own[id(candidate)][1], "explicit")
                continue
            if candidate.anterior or candidate.implied_by is not None:
                continue
            when = self._anaphora(view, candidate)
            if when is None and (has_toll or candidate.from_count) and self._recent_violence(view) is not None:
                when = self._explicit(self._recent_violence(view), "toll")
            if when is not None:
                self._when[id(candidate)] = when
                carried = carried or when
        for candidate in candidates:
            if candidate.implied_by is not None and id(candidate.implied_by) in self._when:
                self._when[id(candidate)] = self._when[id(candidate.implied_by)]
        if carried is not None:
            for candidate in candidates:
                if id(candidate) not in self._when and not candidate.anterior:
                    self._when[id(candidate)] = self._carried_to(candidate, carried)
        self._continue_story(view, candidates)
        for candidate in candidates:
            when = self._when.get(id(candidate))
            if when is None or when.mention is None:
                continue
            if when.source == "explicit":
                self._by_lemma[candidate.lemma] = when.mention
            if candidate.event in _VIOLENT:
                self._last_violent, self._last_violent_at = when.mention, view.index

    def _continue_story(self, view: SentenceView, candidates: list[Candidate]) -> None:
        """Rule 5: the last day-dated event of the paragraph dates the undated material events that follow it."""
        story = self._narrative
        new_paragraph = story is not None and self.doc.paragraph_break(story[0], view.sentence.start)
        if new_paragraph and not self._goes_on(view):
            self._narrative = None
        if view.sentence.zone != "body":
            return
        dated = [
            self._when[id(c)]
            for c in sorted(candidates, key=lambda c: c.first)
            if id(c) in self._when and not c.anterior and self._when[id(c)].source == "explicit"
        ]
        if dated:
            fine = [when for when in dated if when.precision in _FINE]
            self._narrative = (view.sentence.end, fine[-1]) if fine else None
            return
        if self._narrative is None:
            return
        story = replace(self._narrative[1], source="story")
        for candidate in candidates:
            if id(candidate) not in self._when and not candidate.anterior and not _is_verbal(candidate):
                self._when[id(candidate)] = story
        self._narrative = (view.sentence.end, self._narrative[1])

    def _goes_on(self, view: SentenceView) -> bool:
        """A paragraph that opens with a word of sequence ("Ensuite,", "Peu après,") goes on with the story of the
        one before."""
        return any(
            c.first == view.first and c.payload == "sequel"
            for c in self.lex.cues.find(view.tokens, view.first, view.last)
        )

    def _event_nouns(self, view: SentenceView, positions: list[int]) -> When | None:
        """Nouns that name what happened without being events themselves ("les violences", "the unrest"): with a
        date of their own they become anchors; definite and without one, they carry an anchor's date here."""
        carried = None
        dates = [d for d in view.of_kind("date") if _dates_events(d[2].value)]
        for i in positions:
            lemma = view.tokens[i].lemma
            clause = view.clause(i)
            own = [d for d in dates if clause[0] <= d[0] < clause[1] and min(abs(d[0] - i), abs(i - d[1])) <= 3]
            if own:
                self._by_lemma[lemma] = own[0][2]
                self._last_violent, self._last_violent_at = own[0][2], view.index
            elif i > view.first and view.tokens[i - 1].lower in self.lex.definite:
                # "les violences" after "les violences de début janvier"; else "the violence" after the last
                # dated violent happening, whatever it was called
                antecedent = self._by_lemma.get(lemma) or self._recent_violence(view)
                if antecedent is not None:
                    carried = carried or self._explicit(antecedent, "anaphora")
        return carried

    def _recent_violence(self, view: SentenceView) -> Mention | None:
        """The date of the last violent happening, if it was named in the last few sentences."""
        return self._last_violent if view.index - self._last_violent_at <= _ANAPHORA_REACH else None

    def _anaphora(self, view: SentenceView, candidate: Candidate) -> When | None:
        first = candidate.first
        if first <= view.first or view.tokens[first - 1].lower not in self.lex.definite:
            return None
        antecedent = self._by_lemma.get(candidate.lemma)
        return self._explicit(antecedent, "anaphora") if antecedent is not None else None

    def _explicit(self, mention: Mention, source: str) -> When:
        value: TimeValue = mention.value
        if value.role == "since":  # "les manifestations se poursuivent depuis mercredi": from then until now
            return self._until_reference(value.start, mention, source)
        return When(value.start, value.end, value.precision, mention, source)

    def _carried_to(self, candidate: Candidate, carried: When) -> When:
        """The date a sentence's carried-over date gives one of its undated events."""
        if carried.source == "anaphora" and carried.start is not None and _is_verbal(candidate):
            return self._until_reference(carried.start, carried.mention, "after")
        return When(carried.start, carried.end, carried.precision, carried.mention, "sentence")

    def _until_reference(self, start: date, mention: Mention | None, source: str) -> When:
        reference = self.doc.reference.date if self.doc.reference else None
        end = max(start, reference) if reference is not None else start
        return When(start, end, precision_of(start, end), mention, source)


def _dates_events(value: TimeValue) -> bool:
    """A point in time, or a recent start ("depuis mercredi"); not a background year, a label or "depuis 1991"."""
    return value.role == "point" or (value.role == "since" and value.precision in _FINE)


def _is_verbal(candidate: Candidate) -> bool:
    return crosswalk(candidate.event, candidate.mode).get("quad_code") in _VERBAL_QUADS


def _distance(candidate: Candidate, first: int, last: int, clause: tuple[int, int]) -> int:
    gap = min(abs(candidate.first - last), abs(first - candidate.last))
    same_clause = clause[0] <= candidate.first < clause[1]
    return gap + (0 if same_clause else _OTHER_CLAUSE_PENALTY)


def salience(last_day: date | None, zones: list[str], doc: Doc) -> str:
    """``background`` for what happened more than a day before the article, or is only seen in photo captions."""
    if zones and all(zone == "caption" for zone in zones):
        return "background"
    reference = doc.reference.date if doc.reference else None
    if reference is not None and last_day is not None and (reference - last_day).days > 1:
        return "background"
    return "main"
