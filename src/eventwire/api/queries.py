"""The read queries behind the HTTP API, each on one reader connection, each answering ready-to-send JSON.

Event records are stored as JSON, so a page of events is assembled from the stored text without parsing it.
Every filter value reaches SQL as a parameter (``store.event_where``); the SQL text is fixed.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import duckdb

from eventwire.export import csv_text, records, with_story
from eventwire.store import EVENTS_FROM, event_filter_sql, event_where

#: Places drawn on the map: the most reported ones, enough for a world map without flooding the browser.
MAP_PLACES = 2000

_STORY_JSON = (
    "json_object('id', s.id, 'event', s.event, 'date', s.date, 'date_end', s.date_end, 'location', s.location, "
    "'event_ids', s.event_ids, 'article_ids', s.article_ids, 'outlets', s.outlets, "
    "'languages', s.languages, 'num_articles', s.num_articles, 'num_outlets', s.num_outlets, "
    "'first_seen', s.first_seen, 'last_seen', s.last_seen)::VARCHAR"
)


_ARTICLE_FIELDS = ("id", "url", "outlet", "title", "published", "lang", "text", "reference_date", "reference_method")


def _page(total: int, limit: int, offset: int, key: str, records: list[str]) -> str:
    return f'{{"total":{total},"limit":{limit},"offset":{offset},"{key}":[{",".join(records)}]}}'


def events_json(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], limit: int, offset: int) -> str:
    """``{"total", "limit", "offset", "events": [record…]}``: one page of the events matching ``filters``.

    A page that is not full tells the total itself; only a full (or empty, later) page needs a count.
    """
    tail, page_params = event_filter_sql(limit=limit, offset=offset, **filters)
    rows = records(con, tail, page_params).fetchall()
    if 0 < len(rows) < limit or (not rows and offset == 0):
        total = offset + len(rows)
    else:
        where, params = event_where(**filters)
        (total,) = con.execute(f"SELECT count(*) {EVENTS_FROM}{where}", params).fetchone()
    return _page(total, limit, offset, "events", [with_story(record, story) for record, story in rows])


def events_csv(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], limit: int, offset: int) -> str:
    """The same page as CSV, one flat row per event (the columns of ``eventwire export``)."""
    tail, params = event_filter_sql(limit=limit, offset=offset, **filters)
    return csv_text(con, tail, params)


def stories_json(
    con: duckdb.DuckDBPyConnection, filters: dict[str, Any], min_articles: int, limit: int, offset: int
) -> str:
    """Stories with at least one event matching ``filters``, the most reported first."""
    where, params = event_where(**filters)
    selection = "FROM stories s WHERE s.num_articles >= ?"
    if where:
        selection += f" AND s.id IN (SELECT e.story_id {EVENTS_FROM}{where})"
    params = [min_articles, *params]
    (total,) = con.execute(f"SELECT count(*) {selection}", params).fetchone()
    rows = con.execute(
        f"SELECT {_STORY_JSON} {selection} ORDER BY s.num_articles DESC, s.date DESC NULLS LAST, s.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return _page(total, limit, offset, "stories", [record for (record,) in rows])


def article_json(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """The article's text and metadata with its events (whose ``evidence_detail`` spans point into the text)."""
    row = con.execute(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    article = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in zip(_ARTICLE_FIELDS, row, strict=True)
    }
    tail, params = event_filter_sql(article=article_id)
    events = ",".join(with_story(record, story) for record, story in records(con, tail, params).fetchall())
    return f'{{"article":{json.dumps(article, ensure_ascii=False)},"events":[{events}]}}'


def _also(where: str, condition: str) -> str:
    """``where`` (from ``event_where``, possibly empty) with one more fixed condition."""
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


def stats_json(con: duckdb.DuckDBPyConnection, filters: dict[str, Any]) -> str:
    """Counts of the events matching ``filters``: in all, by day and type (timeline), by type, country and place."""
    where, params = event_where(**filters)

    def rows(select: str, condition: str | None = None, tail: str = "") -> list[tuple]:
        clause = _also(where, condition) if condition else where
        return con.execute(f"SELECT {select} {EVENTS_FROM}{clause} {tail}", params).fetchall()

    [(events, articles, stories, first, last)] = rows(
        "count(*), count(DISTINCT e.article_id), count(DISTINCT e.story_id), min(e.date), "
        "max(coalesce(e.date_end, e.date))"
    )
    by_day = rows("e.date, e.event, count(*)", "e.date IS NOT NULL", "GROUP BY 1, 2 ORDER BY 1, 2")
    by_country = rows("e.location_country, count(*)", "e.location_country IS NOT NULL", "GROUP BY 1 ORDER BY 2 DESC, 1")
    places = rows(
        "e.location_text, e.location_country, e.location_lat, e.location_lon, count(*)",
        "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL",
        f"GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT {MAP_PLACES}",
    )
    figures = {
        "events": events,
        "articles": articles,
        "stories": stories,
        "date_from": first.isoformat() if first else None,
        "date_to": last.isoformat() if last else None,
        "by_day": [{"date": day.isoformat(), "event": event, "count": n} for day, event, n in by_day],
        "by_type": dict(rows("e.event, count(*)", tail="GROUP BY 1 ORDER BY 2 DESC, 1")),
        "by_country": dict(by_country),
        "by_place": [
            {"text": text, "country": country, "lat": lat, "lon": lon, "count": n}
            for text, country, lat, lon, n in places
        ],
    }
    return json.dumps(figures, ensure_ascii=False)
