"""Stories: which events of different articles are linked, and how stories follow ingestion and replacement."""

from __future__ import annotations

import itertools
import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventwire.model import Event, EventLocation
from eventwire.store import Store
from eventwire.stories import (
    MAX_STORY_DAYS,
    MIXED_PLACE,
    Agreement,
    EventSketch,
    Place,
    actors_agree,
    common_place,
    days_of,
    linked,
    places_agree,
)

from .conftest import store_doc_builders

helpers = store_doc_builders()

PLACES = {
    "Paris": EventLocation("Paris", "FRA", "11", 48.8534, 2.3488, 2988507, "city"),
    "Versailles": EventLocation("Versailles", "FRA", "11", 48.8014, 2.1301, 2969679, "city"),
    "Lyon": EventLocation("Lyon", "FRA", "84", 45.7485, 4.8467, 2996944, "city"),
    "France": EventLocation("France", "FRA", None, 46.0, 2.0, 3017382, "country"),
    "Brussels": EventLocation("Brussels", "BEL", "BRU", 50.8505, 4.3488, 2800866, "city"),
}


def event(
    article_id: str,
    number: int = 0,
    *,
    kind: str = "PROTEST",
    when: date | None = date(2024, 3, 3),
    precision: str = "day",
    place: str | None = "Paris",
    actors: tuple[tuple[str | None, str | None], ...] = (("FRA", "CVL"),),
    modality: str = "asserted",
) -> Event:
    built = helpers.make_event(article_id, number, event=kind, when=when)
    built.date_precision = precision
    built.location = PLACES[place] if place else None
    built.actor = [helpers.EventActor(f"actor {i}", country, sector) for i, (country, sector) in enumerate(actors)]
    built.modality = modality
    return built


def ingest(store: Store, article_id: str, *events: Event, lang: str = "fr", text: str = helpers.TEXT) -> None:
    store.ingest(helpers.make_doc(article_id, events=list(events), lang=lang, text=text))


def stories_of(store: Store) -> list[tuple[str, ...]]:
    """Each story's member event ids, sorted; checks on the way that every event has exactly one story."""
    with store.reader() as con:
        rows = con.execute("SELECT id, event_ids FROM stories ORDER BY id").fetchall()
        members = dict(con.execute("SELECT id, story_id FROM events").fetchall())
    assert sorted(itertools.chain.from_iterable(ids for _, ids in rows)) == sorted(members)
    for story_id, ids in rows:
        assert {members[i] for i in ids} == {story_id}
    return sorted(tuple(ids) for _, ids in rows)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "stories.duckdb") as opened:
        yield opened


def test_stories_one_happening_in_two_languages_is_one_story(store: Store) -> None:
    ingest(store, "fr1", event("fr1"))
    ingest(store, "en1", event("en1", place="France"), lang="en")
    assert stories_of(store) == [("en1-e0", "fr1-e0")]
    with store.reader() as con:
        row = con.execute(
            "SELECT event, date, num_articles, num_outlets, languages, first_seen, last_seen, "
            "location->>'text' FROM stories"
        ).fetchone()
    # one report says Paris, the other only France: the story is placed where they agree
    assert row == ("PROTEST", date(2024, 3, 3), 2, 1, ["en", "fr"], date(2024, 3, 4), date(2024, 3, 4), "France")


@pytest.mark.parametrize(
    ("second", "same_story"),
    [
        (event("b", place="Versailles"), True),  # 17 km away
        (event("b", place="Lyon"), False),  # 390 km away
        (event("b", place="Brussels", actors=()), False),  # another country
        (event("b", place=None), True),  # no place, but the same actors
        (event("b", place=None, actors=()), False),  # nothing to tell it is the same happening
        (event("b", when=date(2024, 3, 4)), True),  # a day apart
        (event("b", when=date(2024, 3, 6)), False),
        (event("b", when=date(2024, 3, 5), precision="document"), True),  # dated by an article two days later
        (event("b", when=date(2024, 3, 1), precision="month"), False),  # too vague to link
        (event("b", when=None, precision="unknown"), False),
        (event("b", kind="ASSAULT"), False),
        (event("b", modality="negated"), False),
        (event("b", actors=(("FRA", None),)), True),  # a country code agrees with any of its sectors
        (event("b", actors=((None, "CVL"),)), True),
        (event("b", actors=(("DEU", "CVL"),)), False),  # contradicting actors
        (event("b", actors=(("FRA", "GOV"), ("FRA", "CVL"))), True),
    ],
)
def test_stories_link_rules(store: Store, second: Event, same_story: bool) -> None:
    ingest(store, "a", event("a"))
    ingest(store, "b", second)
    assert (len(stories_of(store)) == 1) is same_story


def test_stories_never_link_two_events_of_one_article(store: Store) -> None:
    ingest(store, "a", event("a", 0), event("a", 1))
    assert stories_of(store) == [("a-e0",), ("a-e1",)]


def test_stories_a_bridging_article_merges_stories_and_its_replacement_splits_them(store: Store) -> None:
    ingest(store, "a", event("a", when=date(2024, 3, 1)))
    ingest(store, "c", event("c", when=date(2024, 3, 3)))
    assert len(stories_of(store)) == 2
    ingest(store, "b", event("b", when=date(2024, 3, 2)))  # a day from each
    assert stories_of(store) == [("a-e0", "b-e0", "c-e0")]
    ingest(store, "b", event("b", kind="ASSAULT"), text=helpers.TEXT + " (corrigé)")
    assert stories_of(store) == [("a-e0",), ("b-e0",), ("c-e0",)]


def test_stories_keep_their_number_as_articles_join_and_the_smaller_one_when_they_merge(store: Store) -> None:
    ingest(store, "m", event("m", when=date(2024, 3, 1)))
    ingest(store, "z", event("z", when=date(2024, 3, 3)))
    assert story_ids(store) == {"m-e0": 1, "z-e0": 2}
    ingest(store, "a", event("a", when=date(2024, 3, 4)))  # joins z's story
    assert story_ids(store) == {"m-e0": 1, "z-e0": 2, "a-e0": 2}
    ingest(store, "b", event("b", when=date(2024, 3, 2)))  # bridges both stories
    assert story_ids(store) == {"m-e0": 1, "z-e0": 1, "a-e0": 1, "b-e0": 1}
    ingest(store, "n", event("n", when=date(2024, 3, 20)))  # a new story never reuses a number
    assert story_ids(store)["n-e0"] == 3


def story_ids(store: Store) -> dict[str, str]:
    with store.reader() as con:
        return dict(con.execute("SELECT id, story_id FROM events").fetchall())


def test_stories_of_daily_reports_cover_at_most_ten_days(store: Store) -> None:
    """A protest every day for three weeks, each reported the same day: a chain of links, cut into stories."""
    for n in range(21):
        ingest(store, f"d{n:02d}", event(f"d{n:02d}", when=date(2024, 3, 1) + timedelta(days=n)))
    with store.reader() as con:
        spans = con.execute("SELECT date, date_end, num_articles FROM stories ORDER BY date").fetchall()
    assert len(spans) >= 3 and sum(n for _, _, n in spans) == 21
    assert all((last - first).days + 1 <= MAX_STORY_DAYS for first, last, _ in spans)


def test_stories_unchanged_article_keeps_its_stories(store: Store) -> None:
    ingest(store, "a", event("a"))
    ingest(store, "b", event("b"))
    before = stories_of(store)
    ingest(store, "b", event("b"))
    assert stories_of(store) == before


def random_event(rng: random.Random, article_id: str, number: int) -> Event:
    codes = [("FRA", "CVL"), ("FRA", "GOV"), ("FRA", None), (None, "CVL"), ("BEL", "GOV")]
    return event(
        article_id,
        number,
        kind=rng.choice(["PROTEST", "ASSAULT"]),
        when=date(2024, 3, 1) + timedelta(days=rng.randrange(6)),
        precision=rng.choice(["day", "day", "document", "month"]),
        place=rng.choice([*PLACES, None]),
        actors=tuple(rng.sample(codes, rng.randrange(3))),
    )


def test_stories_do_not_depend_on_the_order_of_ingestion(tmp_path: Path) -> None:
    """Stories are the connected components of ``linked``: any order, and replacements, give the same ones."""
    rng = random.Random(7)
    articles = {f"r{i}": [random_event(rng, f"r{i}", n) for n in range(rng.randrange(1, 4))] for i in range(24)}
    events = [e for article in articles.values() for e in article]
    expected = _components(sorted(e.id for e in events), [s for s in map(_sketch, events) if s is not None])
    assert any(len(ids) > 2 for ids in expected), "the random articles should make some multi-article stories"
    for attempt in range(3):
        order = list(articles)
        rng.shuffle(order)
        with Store(tmp_path / f"order{attempt}.duckdb") as store:
            for article_id in order[:8]:  # a first version of some articles, replaced later
                ingest(store, article_id, event(article_id, 9, when=date(2024, 3, 3)), text=helpers.TEXT + " (v1)")
            for article_id in order:
                ingest(store, article_id, *articles[article_id])
            assert stories_of(store) == expected


def _sketch(e: Event) -> EventSketch | None:
    """What ``stories`` reads back from the store, built from the Event itself."""
    days = days_of(e.date, e.date_end, e.date_precision)
    if days is None:
        return None
    loc = e.location
    place = Place(loc.country, loc.admin1, loc.lat, loc.lon, loc.resolution) if loc and loc.country else None
    return EventSketch(
        e.id, e.article_id, e.event, e.modality, *days, place, frozenset((a.country, a.sector) for a in e.actor)
    )


def _components(ids: list[str], sketches: list[EventSketch]) -> list[tuple[str, ...]]:
    """Brute force: connected components of the ``linked`` graph."""
    group = {i: {i} for i in ids}
    for a, b in itertools.combinations(sketches, 2):
        if linked(a, b) and group[a.id] is not group[b.id]:
            merged = group[a.id] | group[b.id]
            for member in merged:
                group[member] = merged
    return sorted({tuple(sorted(members)) for members in map(frozenset, group.values())})


def test_stories_place_is_where_every_part_agrees_whatever_the_merge_order() -> None:
    places = [json.dumps({"text": name, "country": country, "resolution": resolution}) for name, country, resolution
              in (("Paris", "FRA", "city"), ("Lyon", "FRA", "city"), ("France", "FRA", "country"),
                  ("Berlin", "DEU", "city"))]  # fmt: skip
    paris, lyon, france, berlin = places
    assert common_place(paris, paris) == paris and common_place(paris, None) == paris
    assert common_place(paris, france) == france
    assert json.loads(common_place(paris, lyon))["resolution"] == "country"
    assert common_place(paris, berlin) == MIXED_PLACE
    for a, b, c in itertools.product([*places, None], repeat=3):
        assert common_place(common_place(a, b), c) == common_place(a, common_place(b, c))
        assert common_place(a, b) == common_place(b, a)


def test_stories_agreement_helpers() -> None:
    paris, lyon = Place("FRA", "11", 48.85, 2.35, "city"), Place("FRA", "84", 45.75, 4.85, "city")
    assert places_agree(paris, None) is Agreement.UNKNOWN
    assert places_agree(paris, lyon) is Agreement.CONTRADICT
    assert places_agree(Place("FRA", "11", None, None, "admin1"), paris) is Agreement.AGREE
    assert places_agree(Place("FRA", "84", None, None, "admin1"), paris) is Agreement.CONTRADICT
    assert actors_agree(frozenset(), frozenset({("FRA", "CVL")})) is Agreement.UNKNOWN
    assert actors_agree(frozenset({("IGO", "MIL")}), frozenset({("RUS", "MIL"), ("IGO", None)})) is Agreement.AGREE
    assert days_of(date(2024, 3, 5), None, "document") == (date(2024, 3, 3), date(2024, 3, 5))
    assert days_of(date(2024, 3, 1), date(2024, 3, 31), "month") is None
