"""The event store: one DuckDB file holding articles, their events, actors, mentions, stories and rejections.

One article is the unit of change. ``ingest`` writes everything about it in one transaction, so a crash or
a kill leaves either the whole article or none of it, and re-ingesting an unchanged article is a no-op. User
values only ever reach SQL as parameters; SQL text built at run time uses only the fixed names below.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import threading
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb

from eventwire import stories
from eventwire.errors import StoreError
from eventwire.export import EXPORT_FORMATS, export_events, records, with_story
from eventwire.knowledge import shared_data
from eventwire.model import Doc, Event, EventActor, Rejection
from eventwire.plover import EVENT_TYPES, INTERNATIONAL_CODES, SECTORS, modes_of

SCHEMA_VERSION = 2
MEMORY = ":memory:"

IngestOutcome = Literal["added", "unchanged", "replaced"]

PLOVER_EVENT_TYPES: tuple[str, ...] = EVENT_TYPES

# (column, DuckDB type) per table: one list drives both the DDL and the bulk inserts.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("url", "VARCHAR"), ("outlet", "VARCHAR"), ("title", "VARCHAR"), ("published", "DATE"),
    ("lang", "VARCHAR"), ("text", "VARCHAR"), ("text_sha1", "VARCHAR"), ("raw_ref", "VARCHAR"),
    ("reference_date", "DATE"), ("reference_method", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
)  # fmt: skip
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"), ("article_id", "VARCHAR"), ("event", "VARCHAR"), ("mode", "VARCHAR"),
    ("context", "VARCHAR[]"), ("date", "DATE"), ("date_end", "DATE"), ("date_precision", "VARCHAR"),
    ("location_text", "VARCHAR"), ("location_country", "VARCHAR"), ("location_admin1", "VARCHAR"),
    ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"), ("location_geonameid", "BIGINT"),
    ("location_resolution", "VARCHAR"), ("dead", "INTEGER"), ("injured", "INTEGER"), ("arrested", "INTEGER"),
    ("troops", "INTEGER"), ("attribution_text", "VARCHAR"), ("stance", "VARCHAR"), ("salience", "VARCHAR"),
    ("confidence", "DOUBLE"), ("quad_code", "INTEGER"), ("intensity", "DOUBLE"), ("cameo_root", "VARCHAR"),
    ("acled_event_type", "VARCHAR"), ("acled_sub_event_type", "VARCHAR"), ("modality", "VARCHAR"),
    ("evidence", "VARCHAR"), ("record", "JSON"), ("story_id", "BIGINT"), ("actor_codes", "VARCHAR[]"),
    ("actor_countries", "VARCHAR[]"), ("actor_words", "VARCHAR"), ("search_text", "VARCHAR"),
)  # fmt: skip
ACTOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"), ("role", "VARCHAR"), ("position", "INTEGER"), ("text", "VARCHAR"),
    ("country", "VARCHAR"), ("sector", "VARCHAR"), ("name", "VARCHAR"), ("wikidata", "VARCHAR"),
)  # fmt: skip
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("kind", "VARCHAR"),
    ("text", "VARCHAR"), ("value", "JSON"),
)  # fmt: skip
REJECTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("input_ref", "VARCHAR"), ("stage", "VARCHAR"), ("code", "VARCHAR"), ("message", "VARCHAR"),
    ("first_seen", "TIMESTAMP"),
)  # fmt: skip

# (table, columns, primary key columns)
TABLES: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    ("meta", (("key", "VARCHAR"), ("value", "VARCHAR")), ("key",)),
    ("articles", ARTICLE_COLUMNS, ("id",)),
    ("events", EVENT_COLUMNS, ("id",)),
    ("actors", ACTOR_COLUMNS, ()),
    ("mentions", MENTION_COLUMNS, ()),
    ("stories", stories.STORY_COLUMNS, ("id",)),
    ("rejections", REJECTION_COLUMNS, ("input_ref", "stage", "code")),
)

#: The filters ``query_events`` and ``export`` accept.
FILTER_NAMES: tuple[str, ...] = (
    "event", "mode", "country", "actor", "story", "article", "date_from", "date_to", "text", "limit", "offset",
)  # fmt: skip

EVENTS_FROM = "FROM events e"
#: Events come by date, then in the order they were stored (cheaper to sort by than their ids).
_ORDER = "ORDER BY e.date ASC NULLS LAST, e.rowid"


def _quoted(name: str) -> str:
    return f'"{name}"'


def create_table_sql(table: str, columns: tuple[tuple[str, str], ...], key: tuple[str, ...]) -> str:
    parts = [f"{_quoted(name)} {kind}" for name, kind in columns]
    if key:
        parts.append(f"PRIMARY KEY ({', '.join(_quoted(name) for name in key)})")
    return f"CREATE TABLE {table} ({', '.join(parts)})"


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple]
) -> None:
    """Insert many rows in one statement: each column travels as one list parameter and is unnested.

    ``executemany`` runs one statement per row and is an order of magnitude slower in DuckDB.
    """
    if not rows:
        return
    names = ", ".join(_quoted(name) for name, _ in columns)
    unnests = ", ".join(f"unnest(?::{kind}[])" for _, kind in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {unnests}", [list(col) for col in zip(*rows, strict=True)])


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _json_default(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def mention_value_json(value: Any) -> str:
    """A mention's value as JSON: a value dataclass through ``dataclasses.asdict``, dates as ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def article_row(doc: Doc, text_sha1: str, ingested_at: datetime) -> tuple:
    article, reference = doc.article, doc.reference
    return (
        article.id, article.url, article.outlet, article.title, article.published, doc.lang or article.lang,
        article.text, text_sha1, article.raw_ref, reference.date if reference else None,
        reference.method if reference else None, ingested_at,
    )  # fmt: skip


def search_form(text: str) -> str:
    """Text as the search columns hold it, and as search words are compared with it: lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _roles(event: Event) -> list[tuple[str, int, EventActor]]:
    """(role, position, actor) of an event's actors and recipients, refusing anything that is not an EventActor."""
    found = []
    for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
        for position, actor in enumerate(actors):
            if not isinstance(actor, EventActor):
                raise ValueError(f"event {event.id}: {role} {position} is a {type(actor).__name__}, not an EventActor")
            found.append((role, position, actor))
    return found


def event_row(event: Event, title: str | None = None) -> tuple:
    """One events row: the scalar fields flattened for filtering, the full JSON record, no story yet (``stories``),
    and what the filters and story linking read instead of joining other tables: the actors' codes, countries and
    words, and the evidence with the article's ``title`` in ``search_form``."""
    record = event.to_dict()
    loc, size, attribution = event.location, event.size, event.attribution
    place: tuple = (None,) * 7
    if loc is not None:
        place = (loc.text, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonameid, loc.resolution)
    actors = [actor for _, _, actor in _roles(event)]
    codes = sorted({f"{actor.country or ''}/{actor.sector or ''}" for actor in actors} - {"/"})
    countries = sorted({actor.country for actor in actors if actor.country})
    words = " | ".join(
        " ".join(part for part in (actor.country, actor.sector, actor.text, actor.name) if part) for actor in actors
    )
    return (
        event.id, event.article_id, event.event, event.mode, list(event.context), event.date, event.date_end,
        event.date_precision, *place, size.dead, size.injured, size.arrested, size.troops, attribution.text,
        attribution.stance, event.salience, event.confidence, event.quad_code, event.intensity,
        event.cameo_root, event.acled_event_type, event.acled_sub_event_type, event.modality,
        record["evidence"], json.dumps(record, default=_json_default, ensure_ascii=False), None, codes, countries,
        search_form(words), search_form(" ".join(filter(None, (record["evidence"], title)))),
    )  # fmt: skip


def actor_rows(event: Event) -> list[tuple]:
    return [
        (event.id, role, position, actor.text, actor.country, actor.sector, actor.name, actor.wikidata)
        for role, position, actor in _roles(event)
    ]


def mention_rows(doc: Doc) -> list[tuple]:
    text = doc.text
    rows = []
    for mention in doc.mentions:
        try:
            value = mention_value_json(mention.value)
        except TypeError as exc:
            raise ValueError(
                f"article {doc.article.id}: the value of the {mention.kind} mention at "
                f"{mention.start}-{mention.end} cannot be stored as JSON ({exc})"
            ) from None
        rows.append(
            (
                doc.article.id,
                mention.start,
                mention.end,
                mention.kind,
                text[mention.start : mention.end],
                value,
            )
        )
    return rows


def _check_doc(doc: Doc) -> None:
    """Refuse a Doc whose events would land under another article or collide with each other."""
    if not isinstance(doc, Doc):
        raise TypeError(f"Store.ingest needs a Doc, not a {type(doc).__name__}")
    article_id = doc.article.id
    if not isinstance(article_id, str) or not article_id:
        raise ValueError(f"article from {doc.article.raw_ref} has no id; give it one (model.article_id) first")
    seen: set[str] = set()
    for event in doc.events:
        if event.article_id != article_id:
            raise ValueError(f"event {event.id} says it belongs to article {event.article_id}, not {article_id}")
        if event.id in seen:
            raise ValueError(f"article {article_id} has two events with the id {event.id}")
        seen.add(event.id)


@functools.cache
def _known_modes() -> frozenset[str]:
    return frozenset(mode for event in PLOVER_EVENT_TYPES for mode in modes_of(event))


@functools.cache
def _actor_codes() -> frozenset[str]:
    """What an actor filter matches as a code, exactly: PLOVER sectors, ISO3 countries, PLOVER's other codes."""
    countries = shared_data("country_wikidata")["country_wikidata"]
    return SECTORS | INTERNATIONAL_CODES | frozenset(countries) | {"KOS"}


def _words(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} filter {value!r} is empty: give the words to look for")
    return value.strip()


def event_where(
    *,
    event: str | None = None,
    mode: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    story: int | None = None,
    article: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    text: str | None = None,
) -> tuple[str, list[Any]]:
    """The ``WHERE …`` clause (or "") over ``events e`` for the filters given; checks each filter.

    ``country`` is the event's place or any actor's country; ``actor`` an actor's or recipient's code, exactly
    (``RUS``, ``MIL``: not the "mil" of "milliers"), or words of its text or name (``Tokayev``); ``text`` words of
    the evidence or the article's title. Words match whatever their case and accents. A date filter keeps events whose
    date span overlaps it, so events without a date are then left out.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if event is not None:
        if not isinstance(event, str) or event.strip().upper() not in PLOVER_EVENT_TYPES:
            raise ValueError(f"unknown event type {event!r}: choose one of {', '.join(PLOVER_EVENT_TYPES)}")
        clauses.append("e.event = ?")
        params.append(event.strip().upper())
    if mode is not None:
        if not isinstance(mode, str) or mode.strip().lower() not in _known_modes():
            raise ValueError(f"unknown mode {mode!r}: choose one of {', '.join(sorted(_known_modes()))}")
        clauses.append("e.mode = ?")
        params.append(mode.strip().lower())
    if country is not None:
        code = country.strip().upper() if isinstance(country, str) else ""
        if len(code) != 3 or not code.isalpha():
            raise ValueError(
                f"country {country!r} is not a three-letter code (ISO 3166-1 alpha-3 such as FRA, or IGO…)"
            )
        clauses.append("(e.location_country = ? OR list_contains(e.actor_countries, ?))")
        params += [code, code]
    if actor is not None:
        words = search_form(_words("actor", actor))
        code = words.upper()
        if code in _actor_codes():  # "MIL" is the sector, not the start of "milliers"; the words find it fast
            clauses.append(
                "contains(e.actor_words, ?) AND (list_contains(e.actor_countries, ?)"
                " OR len(list_filter(e.actor_codes, lambda c: c LIKE ?)) > 0)"
            )
            params += [words, code, f"%/{code}"]
        else:
            clauses.append("contains(e.actor_words, ?)")
            params.append(words)
    if story is not None:
        if isinstance(story, bool) or not isinstance(story, int) or story < 1:
            raise ValueError(f"story must be a story number (1, 2, …), not {story!r}")
        clauses.append("e.story_id = ?")
        params.append(story)
    if article is not None:
        clauses.append("e.article_id = ?")
        params.append(_words("article", article))
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise ValueError(f"{name} must be a date, not {value!r}")
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}")
    if date_from is not None:
        clauses.append("coalesce(e.date_end, e.date) >= ?")
        params.append(date_from)
    if date_to is not None:
        clauses.append("e.date <= ?")
        params.append(date_to)
    if text is not None:
        clauses.append("contains(e.search_text, ?)")
        params.append(search_form(_words("text", text)))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def check_page(limit: int | None, offset: int) -> None:
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise ValueError(f"{name} must be a whole number of at least 0, not {value!r}")


def event_filter_sql(*, limit: int | None = None, offset: int = 0, **filters: Any) -> tuple[str, list[Any]]:
    """The ``FROM … WHERE … ORDER BY … LIMIT`` tail selecting events (filters as ``event_where``), with parameters."""
    where, params = event_where(**filters)
    check_page(limit, offset)
    sql = f"{EVENTS_FROM}{where} {_ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return sql, params


def select_events(
    con: duckdb.DuckDBPyConnection, *, limit: int | None = None, offset: int = 0, **filters: Any
) -> list[dict]:
    """``Store.query_events`` on a given connection (a ``Store.reader()`` in a server thread)."""
    tail, params = event_filter_sql(limit=limit, offset=offset, **filters)
    return [json.loads(with_story(record, story)) for record, story in records(con, tail, params).fetchall()]


class Store:
    """An eventwire DuckDB file, opened for reading and writing (or reading only); a context manager."""

    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> None:
        self.path = path if str(path) == MEMORY else Path(path).expanduser()
        self.read_only = read_only
        self._bulk = False
        self._reader_lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._con = self._open()
        try:
            self._ensure_schema()
        except BaseException:
            self.close()
            raise

    def _open(self) -> duckdb.DuckDBPyConnection:
        if isinstance(self.path, Path):
            if self.path.is_dir():
                raise StoreError(
                    f"store path {self.path} is a folder; give a file name such as {self.path}/events.duckdb"
                )
            if not self.path.parent.is_dir():
                raise StoreError(f"cannot create store {self.path}: the folder {self.path.parent} does not exist")
            if self.read_only and not self.path.exists():
                raise StoreError(f"store {self.path} does not exist; run 'eventwire ingest' to create it")
        elif self.read_only:
            raise StoreError("an in-memory store cannot be opened read-only: it would always be empty")
        try:
            return duckdb.connect(str(self.path), read_only=self.read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} as an eventwire store: {exc}") from None

    def _ensure_schema(self) -> None:
        con = self._connection()
        tables = {
            row[0]
            for row in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
            ).fetchall()
        }
        if "meta" not in tables:
            if tables:
                holds = ", ".join(sorted(tables))
                raise StoreError(
                    f"{self.path} is a DuckDB database but not an eventwire store (it holds {holds}); use another file"
                )
            if self.read_only:
                raise StoreError(f"{self.path} is an empty DuckDB database, not an eventwire store")
            self._create_schema()
            return
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
        if found != str(SCHEMA_VERSION):
            raise StoreError(
                f"store {self.path} has schema version {found}, but this eventwire needs version "
                f"{SCHEMA_VERSION}; ingest your articles into a new store file"
            )

    def _create_schema(self) -> None:
        con = self._connection()
        con.begin()
        try:
            for table, columns, key in TABLES:
                con.execute(create_table_sql(table, columns, key))
            con.execute(f"CREATE SEQUENCE {stories.STORY_ID_SEQUENCE} START 1")
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.commit()
        except BaseException:
            self._rollback()
            raise

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con

    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StoreError(f"store {self.path} was opened read-only; open it without read_only to write")
        return self._connection()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------------

    def ingest(self, doc: Doc) -> IngestOutcome:
        """Store one article with its events, actors and mentions, and update the stories, all or nothing.

        The same id with the same text is left alone ("unchanged"); a new text replaces its old rows.
        """
        con = self._writable()
        _check_doc(doc)
        article_id = doc.article.id
        sha1 = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        con.begin()
        try:
            stored = con.execute("SELECT text_sha1 FROM articles WHERE id = ?", [article_id]).fetchone()
            if stored is not None and stored[0] == sha1:
                con.commit()
                return "unchanged"
            if stored is not None:
                stories.release(con, article_id)
                self._delete_article(article_id)
            _insert_rows(con, "articles", ARTICLE_COLUMNS, [article_row(doc, sha1, _utc_now())])
            _insert_rows(con, "events", EVENT_COLUMNS, [event_row(event, doc.article.title) for event in doc.events])
            actors = [row for event in doc.events for row in actor_rows(event)]
            _insert_rows(con, "actors", ACTOR_COLUMNS, actors)
            _insert_rows(con, "mentions", MENTION_COLUMNS, mention_rows(doc))
            if not self._bulk:
                stories.assign(con)
            con.commit()
        except duckdb.ConstraintException as exc:
            self._rollback()
            raise StoreError(
                f"article {article_id} could not be stored: {exc} "
                "(does one of its event ids already belong to another article?)"
            ) from exc
        except BaseException:
            self._rollback()
            raise
        return "replaced" if stored is not None else "added"

    @contextlib.contextmanager
    def bulk(self) -> Iterator[Store]:
        """Ingest many articles faster: stories are linked once, when the block ends, not after each article.

        Inside the block new events have no story yet (``story_id`` is null); if the process dies there, the next
        ingest or ``link_stories`` links them. Each article is still written in its own transaction.
        """
        self._bulk = True
        try:
            yield self
        finally:
            self._bulk = False
            self.link_stories()

    def link_stories(self) -> None:
        """Put every event that has no story yet into one (see ``eventwire.stories``), in one transaction."""
        con = self._writable()
        con.begin()
        try:
            stories.assign(con)
            con.commit()
        except BaseException:
            self._rollback()
            raise

    def _delete_article(self, article_id: str) -> None:
        con = self._connection()
        con.execute("DELETE FROM actors WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)", [article_id])
        con.execute("DELETE FROM events WHERE article_id = ?", [article_id])
        con.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _rollback(self) -> None:
        # A failed COMMIT may already have ended the transaction; the original error is the one to report.
        with contextlib.suppress(duckdb.Error):
            self._connection().rollback()

    def add_rejection(self, rejection: Rejection) -> None:
        """Record an input that did not become events; each (input, stage, code) is kept once, first seen."""
        if not isinstance(rejection, Rejection):
            raise TypeError(f"Store.add_rejection needs a Rejection, not a {type(rejection).__name__}")
        self._writable().execute(
            "INSERT INTO rejections VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [rejection.input_ref, rejection.stage, rejection.code, rejection.message, _utc_now()],
        )

    # --- reading ---------------------------------------------------------------------------------

    def reader(self) -> contextlib.closing[duckdb.DuckDBPyConnection]:
        """A connection of its own for one thread's reads (a DuckDB connection must not be shared by threads).

        Safe to call from any thread; it sees every committed write of this store. Close it when done
        (``with store.reader() as con:``).
        """
        with self._reader_lock:
            return contextlib.closing(self._connection().cursor())

    def query_events(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict]:
        """Event records (``Event.to_dict()`` form plus ``story_id``) matching every filter, by date, then as stored.

        Filters are those of ``event_where``: event, mode, country, actor, story, article, date_from, date_to, text.
        """
        return select_events(self._connection(), limit=limit, offset=offset, **filters)

    def export(self, path: str | Path, fmt: str, **filters: Any) -> int:
        """Write the events selected by ``filters`` (see ``query_events``) to ``path``; returns how many."""
        if not isinstance(fmt, str) or fmt.lower() not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
        unknown = sorted(set(filters) - set(FILTER_NAMES))
        if unknown:
            raise ValueError(f"unknown export filter(s) {', '.join(unknown)}: choose from {', '.join(FILTER_NAMES)}")
        tail, params = event_filter_sql(**filters)
        return export_events(self._connection(), Path(path).expanduser(), fmt.lower(), tail, params)

    def stats(self) -> dict[str, Any]:
        """Counts for a quick look at the store; dates as ISO strings so the result is ready for JSON."""
        con = self._connection()
        articles, events, rejections, story_count, first, last = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM rejections), (SELECT count(*) FROM stories), "
            "(SELECT min(date) FROM events), (SELECT max(coalesce(date_end, date)) FROM events)"
        ).fetchone()

        def counts(sql: str) -> dict[str, int]:
            return dict(con.execute(sql + " ORDER BY 2 DESC, 1").fetchall())

        return {
            "articles": articles,
            "events": events,
            "rejections": rejections,
            "stories": story_count,
            "events_by_type": counts("SELECT event, count(*) FROM events GROUP BY 1"),
            "events_by_country": counts(
                "SELECT location_country, count(*) FROM events WHERE location_country IS NOT NULL GROUP BY 1"
            ),
            "events_by_language": counts(
                "SELECT a.lang, count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE a.lang IS NOT NULL GROUP BY 1"
            ),
            "date_from": first.isoformat() if first else None,
            "date_to": last.isoformat() if last else None,
        }
