"""Store: opening, idempotent and transactional ingest, rejections.

``make_doc`` and ``make_event`` build Docs by hand; the other test_store_* files load them from here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

import eventwire.store as store_module
from eventwire.errors import StoreError
from eventwire.model import (
    Article,
    Attribution,
    Doc,
    Event,
    EventActor,
    EventLocation,
    Evidence,
    Mention,
    PlaceRef,
    Quantity,
    ReferenceDate,
    Rejection,
    Size,
    TimeValue,
    TriggerRef,
)
from eventwire.store import SCHEMA_VERSION, Store

TEXT = "Des manifestants ont défilé à Paris le 3 mars. La police a arrêté 12 personnes."


def make_event(
    article_id: str,
    number: int,
    *,
    event: str = "PROTEST",
    when: date | None = date(2024, 3, 3),
    until: date | None = None,
    country: str | None = "FRA",
    actors: tuple[tuple[str, str | None], ...] = (("Des manifestants", "FRA"),),
    recipients: tuple[tuple[str, str | None], ...] = (),
    evidence: str = "Des manifestants ont défilé à Paris le 3 mars.",
) -> Event:
    location = None
    if country is not None:
        location = EventLocation("Paris", country, "11", 48.85, 2.35, 2988507, "city", 30, 35)
    return Event(
        id=f"{article_id}-e{number}",
        article_id=article_id,
        event=event,
        mode="demonstrate",
        context=["economic", "political"],
        date=when,
        date_end=until,
        date_precision="day",
        actor=[EventActor(text, code, "CVL") for text, code in actors],
        recipient=[EventActor(text, code, "GOV", name=text, wikidata="Q142") for text, code in recipients],
        location=location,
        size=Size(arrested=12),
        attribution=Attribution(None, "asserted"),
        salience="main",
        confidence=0.8,
        evidence=[Evidence(evidence, 0, len(evidence), {"trigger": [(21, 27)]})],
        quad_code=2,
        intensity=-2.0,
    )


def make_doc(
    article_id: str,
    *,
    events: int | list[Event] = 1,
    text: str = TEXT,
    title: str = "Manifestation à Paris",
    lang: str = "fr",
) -> Doc:
    """A Doc with ``events`` events (a count, or the events themselves) and one mention of each value kind."""
    article = Article(
        id=article_id, text=text, url=f"https://example.org/{article_id}", outlet="example.org", title=title,
        published=date(2024, 3, 4), lang=lang, raw_ref=f"test:{article_id}",
    )  # fmt: skip
    values = {
        "Des manifestants": ("actor", None),
        "Paris": ("place", PlaceRef("Paris", 2988507, 48.85, 2.35, "FRA", "11", "city", 2138551)),
        "3 mars": ("date", TimeValue(date(2024, 3, 3), date(2024, 3, 3), "day")),
        "12": ("quantity", Quantity(12, "arrested", "personnes")),
        "défilé": ("trigger", TriggerRef("PROTEST", "demonstrate", "défiler", contexts=("political",))),
    }
    mentions = [
        Mention(text.index(words), text.index(words) + len(words), kind, value)
        for words, (kind, value) in values.items()
    ]
    if isinstance(events, int):
        events = [make_event(article_id, number) for number in range(events)]
    return Doc(
        article=article,
        lang=lang,
        mentions=mentions,
        reference=ReferenceDate(date(2024, 3, 4), "published"),
        events=events,
    )


def table_counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "actors", "mentions", "rejections")
        }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_store_ingest_twice_is_unchanged(db: Path) -> None:
    with Store(db) as store:
        assert store.ingest(make_doc("a1", events=2)) == "added"
    before = table_counts(db)
    assert before == {"articles": 1, "events": 2, "actors": 2, "mentions": 5, "rejections": 0}
    with Store(db) as store:
        assert store.ingest(make_doc("a1", events=2)) == "unchanged"
    assert table_counts(db) == before


def test_store_ingest_changed_text_replaces_old_rows(db: Path) -> None:
    with Store(db) as store:
        store.ingest(make_doc("a1", events=3))
        store.ingest(make_doc("a2", events=1))
        new = make_doc("a1", text=TEXT + " Mise à jour.", events=[make_event("a1", 7, event="ASSAULT")])
        assert store.ingest(new) == "replaced"
        events = store.query_events()
    assert sorted(e["id"] for e in events) == ["a1-e7", "a2-e0"]
    counts = table_counts(db)
    assert counts["articles"] == 2 and counts["events"] == 2 and counts["actors"] == 2
    assert counts["mentions"] == 10
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT text FROM articles WHERE id = 'a1'").fetchone()[0].endswith("Mise à jour.")


def test_store_ingest_same_event_ids_can_be_replaced(db: Path) -> None:
    """An edited article usually keeps its event ids: they are deleted and inserted in one transaction."""
    with Store(db) as store:
        store.ingest(make_doc("a1", events=2))
        assert store.ingest(make_doc("a1", events=2, text=TEXT + " (corrigé)")) == "replaced"
    assert table_counts(db)["events"] == 2


def test_store_ingest_stores_every_field(db: Path) -> None:
    event = make_event("a1", 0, until=date(2024, 3, 5), recipients=(("le gouvernement", "FRA"),))
    with Store(db) as store:
        store.ingest(make_doc("a1", events=[event]))
        [record] = store.query_events()
    assert record == {**json.loads(json.dumps(event.to_dict())), "story_id": 1}
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "SELECT context, date, date_end, location_country, location_geonameid, arrested, evidence, "
            "modality FROM events"
        ).fetchone()
        assert row == (
            ["economic", "political"], date(2024, 3, 3), date(2024, 3, 5), "FRA", 2988507, 12,
            "Des manifestants ont défilé à Paris le 3 mars.", "asserted",
        )  # fmt: skip
        actors = con.execute(
            "SELECT role, position, text, country, sector, wikidata FROM actors ORDER BY role"
        ).fetchall()
        assert actors == [
            ("actor", 0, "Des manifestants", "FRA", "CVL", None),
            ("recipient", 0, "le gouvernement", "FRA", "GOV", "Q142"),
        ]
        article = con.execute(
            "SELECT published, lang, reference_date, reference_method, text_sha1 FROM articles"
        ).fetchone()
        assert article[:4] == (date(2024, 3, 4), "fr", date(2024, 3, 4), "published") and len(article[4]) == 40
        mentions = dict(con.execute('SELECT kind, value FROM mentions ORDER BY "start"').fetchall())
        texts = dict(con.execute("SELECT kind, text FROM mentions").fetchall())
    assert json.loads(mentions["date"]) == {
        "start": "2024-03-03",
        "end": "2024-03-03",
        "precision": "day",
        "role": "point",
    }
    assert json.loads(mentions["trigger"])["contexts"] == ["political"]
    assert json.loads(mentions["place"])["geonameid"] == 2988507
    assert json.loads(mentions["actor"]) is None
    assert texts == {"actor": "Des manifestants", "place": "Paris", "date": "3 mars", "quantity": "12",
                     "trigger": "défilé"}  # fmt: skip


@pytest.mark.parametrize("replacing", [False, True])
def test_store_ingest_failure_after_events_insert_rolls_back(
    db: Path, monkeypatch: pytest.MonkeyPatch, replacing: bool
) -> None:
    with Store(db) as store:
        store.ingest(make_doc("a0", events=1))
        if replacing:
            store.ingest(make_doc("a1", events=2))
    before = table_counts(db)
    inserted: list[str] = []
    real_insert = store_module._insert_rows

    def insert_then_fail(con, table, columns, rows):  # type: ignore[no-untyped-def]
        real_insert(con, table, columns, rows)
        inserted.append(table)
        if table == "actors":
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_rows", insert_then_fail)
    with Store(db) as store:
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.ingest(make_doc("a1", events=3, text=TEXT + " v2"))
        assert inserted == ["articles", "events", "actors"]
        monkeypatch.setattr(store_module, "_insert_rows", real_insert)
        assert len(store.query_events()) == before["events"]
        # the store is still usable on the same connection
        assert store.ingest(make_doc("a9", events=1)) == "added"
    after = table_counts(db)
    assert after == {**before, "articles": before["articles"] + 1, "events": before["events"] + 1,
                     "actors": before["actors"] + 1, "mentions": before["mentions"] + 5}  # fmt: skip


def test_store_ingest_refuses_inconsistent_docs(db: Path) -> None:
    with Store(db) as store:
        with pytest.raises(ValueError, match="belongs to article other"):
            store.ingest(make_doc("a1", events=[make_event("other", 0)]))
        with pytest.raises(ValueError, match="two events with the id a1-e0"):
            store.ingest(make_doc("a1", events=[make_event("a1", 0), make_event("a1", 0)]))
        with pytest.raises(TypeError, match="needs a Doc"):
            store.ingest("not a doc")  # type: ignore[arg-type]
        bad_value = make_doc("a1")
        bad_value.mentions.append(Mention(0, 3, "cue", object()))
        with pytest.raises(ValueError, match="cue mention at 0-3 cannot be stored as JSON"):
            store.ingest(bad_value)
        assert store.stats()["articles"] == 0


def test_store_event_id_of_another_article_is_a_store_error(db: Path) -> None:
    with Store(db) as store:
        store.ingest(make_doc("a1", events=[make_event("a1", 0)]))
        clash = make_event("a2", 0)
        clash.id = "a1-e0"
        with pytest.raises(StoreError, match="article a2 could not be stored"):
            store.ingest(make_doc("a2", events=[clash]))
        assert store.stats()["articles"] == 1


def test_store_rejections_are_deduplicated(db: Path) -> None:
    with Store(db) as store:
        store.add_rejection(Rejection("in.jsonl:3", "read", "bad-json", "line 3 is not JSON"))
        store.add_rejection(Rejection("in.jsonl:3", "read", "bad-json", "line 3 is not JSON (again)"))
        store.add_rejection(Rejection("in.jsonl:3", "language", "unsupported-language", "looks like 'de'"))
        store.add_rejection(Rejection("in.jsonl:4", "read", "bad-json", "line 4 is not JSON"))
        assert store.stats()["rejections"] == 3
        with pytest.raises(TypeError, match="needs a Rejection"):
            store.add_rejection("oops")  # type: ignore[arg-type]
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute(
            "SELECT message FROM rejections WHERE input_ref = 'in.jsonl:3' AND stage = 'read'"
        ).fetchall()
    assert kept == [("line 3 is not JSON",)]


def test_store_reopening_keeps_the_data(db: Path) -> None:
    with Store(db) as store:
        store.ingest(make_doc("a1", events=2))
        store.add_rejection(Rejection("x", "read", "empty", "x is empty"))
    with Store(db, read_only=True) as store:
        assert [e["id"] for e in store.query_events()] == ["a1-e0", "a1-e1"]
        assert store.stats()["rejections"] == 1
        with pytest.raises(StoreError, match="read-only"):
            store.ingest(make_doc("a2"))


def test_store_closed_store_says_so(db: Path) -> None:
    store = Store(db)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.query_events()


def test_store_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"folder .*nowhere does not exist"):
        Store(tmp_path / "nowhere" / "events.duckdb")


def test_store_folder_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_store_missing_file_read_only_is_a_store_error(db: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(db, read_only=True)
    assert not db.exists()


def test_store_non_duckdb_file_is_a_store_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match=r"cannot open .*notes.duckdb as an eventwire store"):
        Store(notes)
    assert notes.read_text().startswith("these are my notes")


def test_store_foreign_duckdb_database_is_a_store_error(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE sales (id INTEGER)")
    with pytest.raises(StoreError, match=r"not an eventwire store .*sales"):
        Store(db)


def test_store_schema_version_mismatch_is_a_store_error(db: Path) -> None:
    Store(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match=rf"schema version 999.*needs version {SCHEMA_VERSION}"):
        Store(db)


def test_store_in_memory(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        assert store.ingest(make_doc("a1")) == "added"
        assert store.stats()["events"] == 1
    assert list(tmp_path.iterdir()) == []
