"""Store: queries, exports and stats over a small hand-built store."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.model import Rejection
from eventwire.store import Store

from .conftest import store_doc_builders

helpers = store_doc_builders()
make_doc, make_event = helpers.make_doc, helpers.make_event


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Four articles: French protests in Paris, an English assault in Kyiv, an undated agreement, a range."""
    with Store(tmp_path / "events.duckdb") as opened:
        opened.ingest(make_doc("fr1", events=[
            make_event("fr1", 0, when=date(2024, 3, 3)),
            make_event("fr1", 1, when=date(2024, 3, 1), evidence="La POLICE a arrêté 12 personnes."),
        ]))  # fmt: skip
        opened.ingest(make_doc("en1", lang="en", title="Missile strike on Kyiv", events=[
            make_event("en1", 0, event="ASSAULT", when=date(2024, 2, 10), country="UKR",
                       actors=(("Russian forces", "RUS"),), recipients=(("Ukraine", "UKR"),),
                       evidence="A missile hit a block of flats in Kyiv."),
        ]))  # fmt: skip
        opened.ingest(make_doc("en2", lang="en", title="Talks", events=[
            make_event("en2", 0, event="AGREE", when=None, country=None, actors=(("Mali", "MLI"),),
                       evidence="Mali and Niger signed a pact."),
        ]))  # fmt: skip
        opened.ingest(make_doc("fr2", title="Grève", events=[
            make_event("fr2", 0, when=date(2024, 1, 1), until=date(2024, 1, 10),
                       evidence="Une grève a duré."),
        ]))  # fmt: skip
        opened.add_rejection(Rejection("bad.html", "read", "empty", "bad.html has no text"))
        yield opened


def ids(events: list[dict]) -> list[str]:
    return [event["id"] for event in events]


def test_store_query_all_ordered_by_date_then_id(store: Store) -> None:
    events = store.query_events()
    assert ids(events) == ["fr2-e0", "en1-e0", "fr1-e1", "fr1-e0", "en2-e0"]
    assert events[1]["article_id"] == "en1" and events[1]["actor"][0]["country"] == "RUS"
    assert events[1]["evidence"] == "A missile hit a block of flats in Kyiv."


def test_store_query_by_event_type_is_case_insensitive(store: Store) -> None:
    assert ids(store.query_events(event="assault")) == ["en1-e0"]
    assert ids(store.query_events(event="Protest")) == ["fr2-e0", "fr1-e1", "fr1-e0"]
    assert store.query_events(event="SANCTION") == []


def test_store_query_by_country_matches_location_and_actors(store: Store) -> None:
    assert ids(store.query_events(country="ukr")) == ["en1-e0"]
    assert ids(store.query_events(country="RUS")) == ["en1-e0"]  # actor only
    assert ids(store.query_events(country="MLI")) == ["en2-e0"]  # actor of an event without location
    assert ids(store.query_events(country="FRA")) == ["fr2-e0", "fr1-e1", "fr1-e0"]
    assert store.query_events(country="DEU") == []


def test_store_query_by_date_range_overlaps(store: Store) -> None:
    assert ids(store.query_events(date_from=date(2024, 3, 1))) == ["fr1-e1", "fr1-e0"]
    assert ids(store.query_events(date_to=date(2024, 2, 10))) == ["fr2-e0", "en1-e0"]
    assert ids(store.query_events(date_from=date(2024, 1, 5), date_to=date(2024, 1, 6))) == ["fr2-e0"]
    assert store.query_events(date_from=date(2024, 3, 4)) == []


def test_store_query_by_text_searches_evidence_and_title(store: Store) -> None:
    assert ids(store.query_events(text="police")) == ["fr1-e1"]
    assert ids(store.query_events(text="KYIV")) == ["en1-e0"]
    assert ids(store.query_events(text="strike")) == ["en1-e0"]  # title only
    assert ids(store.query_events(text="grève")) == ["fr2-e0"]
    assert ids(store.query_events(text="GRÈVE")) == ["fr2-e0"]
    assert store.query_events(text="100%") == []


def test_store_query_filters_combine_and_page(store: Store) -> None:
    assert ids(store.query_events(event="PROTEST", country="FRA", text="manifestants")) == ["fr1-e0"]
    assert ids(store.query_events(limit=2)) == ["fr2-e0", "en1-e0"]
    assert ids(store.query_events(limit=2, offset=2)) == ["fr1-e1", "fr1-e0"]
    assert ids(store.query_events(offset=4)) == ["en2-e0"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"event": "RIOT"}, "unknown event type 'RIOT': choose one of AGREE"),
        ({"country": "France"}, "country 'France' is not a three-letter code"),
        ({"date_from": "2024-01-01"}, "date_from must be a date"),
        (
            {"date_from": date(2024, 2, 1), "date_to": date(2024, 1, 1)},
            "date_from 2024-02-01 is after date_to",
        ),
        ({"text": "  "}, "text filter '  ' is empty"),
        ({"limit": -1}, "limit must be a whole number"),
        ({"offset": 1.5}, "offset must be a whole number"),
    ],
)
def test_store_query_bad_filters_are_named(store: Store, filters: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        store.query_events(**filters)


def test_store_query_filter_values_never_become_sql(store: Store) -> None:
    assert store.query_events(text="'; DROP TABLE events; --") == []
    assert len(store.query_events()) == 5


def test_store_export_jsonl(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert store.export(out, "jsonl", event="PROTEST") == 3
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records == store.query_events(event="PROTEST")


def test_store_export_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert store.export(out, "CSV") == 5
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == ["fr2-e0", "en1-e0", "fr1-e1", "fr1-e0", "en2-e0"]
    kyiv = rows[1]
    assert kyiv["event"] == "ASSAULT" and kyiv["date"] == "2024-02-10" and kyiv["location_country"] == "UKR"
    assert kyiv["actor_country"] == "RUS" and kyiv["recipient_text"] == "Ukraine"
    assert kyiv["context"] == "economic; political" and kyiv["arrested"] == "12"
    assert kyiv["article_title"] == "Missile strike on Kyiv" and kyiv["article_lang"] == "en"
    assert rows[4]["location_country"] == "" and rows[4]["date"] == ""


def test_store_export_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert store.export(out, "parquet", country="FRA", date_to=date(2024, 3, 1)) == 2
    with duckdb.connect() as con:
        rows = con.execute(
            "SELECT id, date, context, actor_country, recipient_country, record FROM read_parquet(?)",
            [str(out)],
        ).fetchall()
    assert [row[:5] for row in rows] == [
        ("fr2-e0", date(2024, 1, 1), ["economic", "political"], ["FRA"], []),
        ("fr1-e1", date(2024, 3, 1), ["economic", "political"], ["FRA"], []),
    ]
    assert json.loads(rows[0][5])["evidence"] == "Une grève a duré."


def test_store_export_empty_selection_writes_no_rows(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "none.jsonl"
    assert store.export(out, "jsonl", event="SANCTION") == 0
    assert out.read_text() == ""


def test_store_export_unknown_format_names_the_choices(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown export format 'xlsx': choose one of jsonl, csv, parquet"):
        store.export(tmp_path / "events.xlsx", "xlsx")
    assert not (tmp_path / "events.xlsx").exists()


def test_store_export_unknown_filter_is_named(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"unknown export filter.* colour"):
        store.export(tmp_path / "events.csv", "csv", colour="red")


def test_store_export_to_missing_folder_is_a_store_error(store: Store, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "parquet"):
        with pytest.raises(StoreError, match=r"folder .*missing does not exist"):
            store.export(tmp_path / "missing" / f"events.{fmt}", fmt)


def test_store_stats(store: Store) -> None:
    assert store.stats() == {
        "articles": 4,
        "events": 5,
        "rejections": 1,
        "stories": 5,  # fr1's two events are one article's two happenings; fr2 is two months earlier
        "events_by_type": {"PROTEST": 3, "AGREE": 1, "ASSAULT": 1},
        "events_by_country": {"FRA": 3, "UKR": 1},
        "events_by_language": {"fr": 3, "en": 2},
        "date_from": "2024-01-01",
        "date_to": "2024-03-03",
    }


def test_store_stats_of_an_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as empty:
        stats = empty.stats()
    assert stats["articles"] == stats["events"] == 0
    assert stats["events_by_type"] == {} and stats["date_from"] is None and stats["date_to"] is None
