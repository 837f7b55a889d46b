"""merge: mentions of one happening within an article become one event."""

from __future__ import annotations

from datetime import date

from eventwire.model import (
    Article,
    Attribution,
    Doc,
    Event,
    EventActor,
    EventLocation,
    Evidence,
    ReferenceDate,
    Size,
    Zone,
)
from eventwire.stages.merge import MergeStage

TEXT = "Mali : des soldats tués\n\nLundi, l'armée nigérienne a tué par erreur trois soldats maliens."
REF = date(2022, 1, 19)


def _event(start: int, end: int, when: date, precision: str, actor: str) -> Event:
    return Event(
        id="",
        article_id="a",
        event="ASSAULT",
        mode=None,
        context=[],
        date=when,
        date_end=None,
        date_precision=precision,
        actor=[EventActor("x", actor, "MIL")],
        recipient=[],
        location=EventLocation("Mali", "MLI", None, 17.0, -4.0, 2453866, "country"),
        size=Size(),
        attribution=Attribution(),
        salience="main",
        confidence=0.5,
        evidence=[Evidence(TEXT[start:end], start, end)],
    )


def _doc(events: list[Event]) -> Doc:
    title_end = TEXT.index("\n")
    doc = Doc(
        Article("a", TEXT, published=REF, lang="fr"),
        lang="fr",
        zones=[Zone(0, title_end, "title"), Zone(title_end + 2, len(TEXT), "body")],
        reference=ReferenceDate(REF, "published", (), 1.0),
    )
    doc.events = events
    return doc


def test_merge_an_undated_headline_joins_its_dated_happening_whatever_its_actors() -> None:
    body_start = TEXT.index("Lundi")
    headline = _event(0, TEXT.index("\n"), REF, "document", "MLI")
    body = _event(body_start, len(TEXT), date(2022, 1, 17), "day", "NER")
    merged = MergeStage()(_doc([headline, body])).events
    assert [(e.date, len(e.evidence)) for e in merged] == [(date(2022, 1, 17), 2)]


def test_merge_an_undated_body_mention_with_other_actors_stays_apart() -> None:
    first = TEXT.index("Lundi")
    dated = _event(first, len(TEXT), date(2022, 1, 17), "day", "NER")
    undated = _event(first, len(TEXT), REF, "document", "MLI")
    undated.evidence = [Evidence("Autre phrase.", len(TEXT), len(TEXT))]
    assert len(MergeStage()(_doc([dated, undated])).events) == 2


def test_merge_statements_by_different_sides_of_one_country_stay_apart() -> None:
    """Two allegations of one day by the rebels and by the militias are two statements; two by the rebels one."""
    first = TEXT.index("Lundi")

    def claim(sector: str, start: int) -> Event:
        event = _event(first, len(TEXT), date(2022, 1, 17), "day", "SYR")
        event.event, event.mode = "ACCUSE", "allege"
        event.actor = [EventActor("x", "SYR", sector)]
        event.evidence = [Evidence("Une phrase.", start, start + 11)]
        return event

    assert len(MergeStage()(_doc([claim("REB", 0), claim("PRM", 20)])).events) == 2
    assert len(MergeStage()(_doc([claim("REB", 0), claim("REB", 20)])).events) == 1
