"""Writing stored events to files: JSON Lines (the full records), CSV and Parquet (flat columns).

CSV and Parquet are written by DuckDB's own ``COPY … TO``: no row passes through Python and no extra
library is needed. The caller (``Store.export``) supplies the ``FROM events e WHERE … ORDER BY … [LIMIT]`` tail
that selects the events, with its parameters; the selection runs first, and the columns built per event (the
JSON record, the actors' lists) only for the events it keeps.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import StoreError

EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

#: Separator of the several values of one CSV cell (the actors of an event, its contexts).
CSV_LIST_SEPARATOR = "; "

_BATCH = 1000

_ORDER = "ORDER BY chosen.date ASC NULLS LAST, chosen.position"

_EVENT_SCALARS: tuple[str, ...] = (
    "location_text", "location_country", "location_admin1", "location_lat", "location_lon",
    "location_geonameid", "location_resolution", "dead", "injured", "arrested", "troops", "attribution_text",
    "stance", "salience", "confidence", "quad_code", "intensity", "cameo_root", "acled_event_type",
    "acled_sub_event_type", "modality", "evidence",
)  # fmt: skip


def _actor_list(role: str, field: str) -> str:
    return (
        f"coalesce((SELECT list(x.{field} ORDER BY x.position) FROM actors x "
        f"WHERE x.event_id = e.id AND x.role = '{role}'), []::VARCHAR[])"
    )


def _actor_joined(role: str, field: str) -> str:
    return (
        f"(SELECT string_agg(coalesce(x.{field}, ''), '{CSV_LIST_SEPARATOR}' ORDER BY x.position) "
        f"FROM actors x WHERE x.event_id = e.id AND x.role = '{role}')"
    )


def _flat_columns() -> tuple[tuple[str, str, str], ...]:
    """(name, Parquet expression, CSV expression): Parquet keeps lists as lists, CSV joins them."""

    def plain(*names: str) -> list[tuple[str, str, str]]:
        return [(name, f"e.{name}", f"e.{name}") for name in names]

    context = ("context", "e.context", f"array_to_string(e.context, '{CSV_LIST_SEPARATOR}')")
    actors = [
        (f"{role}_{field}", _actor_list(role, field), _actor_joined(role, field))
        for role in ("actor", "recipient")
        for field in ("text", "country", "sector", "name", "wikidata")
    ]
    article = [(f"article_{name}", f"a.{name}", f"a.{name}") for name in ("url", "outlet", "title", "lang")]
    return (
        *plain("id", "article_id", "story_id", "event", "mode"),
        context,
        *plain("date", "date_end", "date_precision"),
        *actors,
        *plain(*_EVENT_SCALARS),
        *article,
    )


FLAT_COLUMNS: tuple[tuple[str, str, str], ...] = _flat_columns()


def export_target(path: Path) -> Path:
    """Check an output path before anything is written, so a typo fails with a clear message."""
    if path.is_dir():
        raise StoreError(f"cannot export to {path}: it is a folder; give a file name")
    if not path.parent.is_dir():
        raise StoreError(f"cannot export to {path}: the folder {path.parent} does not exist")
    return path


def export_events(con: duckdb.DuckDBPyConnection, path: Path, fmt: str, selection: str, params: list[Any]) -> int:
    """Write the selected events to ``path`` in ``fmt`` (one of EXPORT_FORMATS); returns the rows written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    target = export_target(path)
    if fmt == "jsonl":
        return _write_jsonl(con, target, selection, params)
    if fmt == "csv":
        select = _csv_select()
        options = "FORMAT CSV, HEADER"
    else:
        select = ", ".join(f"{parquet} AS {name}" for name, parquet, _ in FLAT_COLUMNS)
        select += ", e.record::VARCHAR AS record"
        options = "FORMAT PARQUET"
    sql = f"COPY ({_chosen(select, selection)}) TO ? ({options})"
    try:
        row = con.execute(sql, [*params, str(target)]).fetchone()
    except duckdb.IOException as exc:
        raise StoreError(f"cannot write {target}: {exc}") from None
    return int(row[0]) if row else 0


def _chosen(columns: str, selection: str) -> str:
    """SELECT ``columns`` (over ``e``, its article ``a``) for the events of ``selection``, in its order."""
    return (
        f"WITH chosen AS MATERIALIZED (SELECT e.id, e.date, e.rowid AS position {selection}) SELECT {columns} "
        f"FROM chosen JOIN events e ON e.id = chosen.id JOIN articles a ON a.id = e.article_id {_ORDER}"
    )


def records(con: duckdb.DuckDBPyConnection, selection: str, params: list[Any]) -> duckdb.DuckDBPyConnection:
    """Run the query of the full records of the events of ``selection``; rows are (record, story_id), to be
    completed with ``with_story``. Selecting the stored text as it is lets DuckDB read it for the kept rows only."""
    return con.execute(f"SELECT e.record::VARCHAR, e.story_id {selection}", params)


def with_story(record: str, story_id: int | None) -> str:
    """An event's stored JSON record (always an object) with the id of its story added as its last field."""
    return f'{record[:-1]},"story_id":{json.dumps(story_id)}}}'


def _csv_select() -> str:
    return ", ".join(f"{expression} AS {name}" for name, _, expression in FLAT_COLUMNS)


def csv_text(con: duckdb.DuckDBPyConnection, selection: str, params: list[Any]) -> str:
    """The selected events as CSV text (header first), for a page of an HTTP answer rather than a file."""
    rows = con.execute(_chosen(_csv_select(), selection), params).fetchall()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(name for name, _, _ in FLAT_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def _write_jsonl(con: duckdb.DuckDBPyConnection, target: Path, selection: str, params: list[Any]) -> int:
    """One full event record per line, streamed in batches so memory stays flat on a large store."""
    cursor = records(con, selection, params)
    written = 0
    try:
        with target.open("w", encoding="utf-8", newline="\n") as out:
            while batch := cursor.fetchmany(_BATCH):
                out.writelines(f"{with_story(record, story_id)}\n" for record, story_id in batch)
                written += len(batch)
    except OSError as exc:
        raise StoreError(f"cannot write {target}: {exc}") from None
    return written
