"""Stories: the events of different articles — any outlet, any language — that report one real-world happening.

Two events are *linked* when they come from different articles, have the same PLOVER type and modality, their
dates agree (within a day, an event dated only by its article's date may have happened a few days earlier), their
places do not contradict each other (same country; two towns within ``NEARBY_KM``), their actors do not contradict
each other (compared by country and sector codes, so "les forces russes" and "Russian troops" agree), and at least
the place or an actor positively agrees. A story is a connected component of that graph, cut so that it covers at
most ``MAX_STORY_DAYS``: without the cut, a month of daily reports of daily protests would chain into one story.
Links are taken closest in time first; as long as no cut is needed, the stories do not depend on the order in which
articles arrive, and ingesting in any order, or replacing an article, gives the stories a fresh build would.
A story keeps its id as articles join it.

Events dated only to a month or a year, or not at all, are too vague to link: each stays a story of its own.

Stories are kept up to date incrementally inside ``Store.ingest``'s transaction: ``release`` takes the stories of
a replaced article apart, ``assign`` links every storyless event (new, or left by a release) to what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from urllib.parse import urlsplit

import duckdb

from eventwire.geodesy import haversine_km
from eventwire.model import POINT_RESOLUTIONS

#: Dates that agree may still be this many days apart (a late-night event reported on either side of midnight).
DATE_GAP_DAYS = 1
#: An event dated only by its article (``date_precision == "document"``) happened up to this many days earlier.
REPORTING_LAG_DAYS = 2
#: Two towns closer than this are the same place for a story (a city and its suburbs).
NEARBY_KM = 50.0
#: The most days one story covers: a happening lasts longer only as a series (daily protests are daily stories).
#: Ten days is the longest span of a linkable date ("early January": the 1st to the 10th).
MAX_STORY_DAYS = 10
#: Date precisions narrow enough to link events by; month and year spans would join unrelated happenings.
LINKABLE_PRECISIONS: tuple[str, ...] = ("day", "week", "document")

_COARSE_RESOLUTIONS = frozenset({"country", "region"})

#: Where story ids come from: 1, 2, 3… in the order stories are first made.
STORY_ID_SEQUENCE = "story_ids"
#: The stories table: one row per story, rewritten whenever its members change.
STORY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "BIGINT"), ("event", "VARCHAR"), ("date", "DATE"), ("date_end", "DATE"), ("location", "JSON"),
    ("event_ids", "VARCHAR[]"), ("article_ids", "VARCHAR[]"), ("outlets", "VARCHAR[]"), ("languages", "VARCHAR[]"),
    ("num_articles", "INTEGER"), ("num_outlets", "INTEGER"), ("first_seen", "DATE"), ("last_seen", "DATE"),
)  # fmt: skip

_SKETCH_COLUMNS = (
    "e.id, e.article_id, e.event, e.modality, e.date, e.date_end, e.date_precision, e.location_country, "
    "e.location_admin1, e.location_lat, e.location_lon, e.location_resolution, e.story_id, e.actor_codes"
)
# A storyless event: its sketch, then what its story's summary takes from it and from its article.
_PENDING_SELECT = (
    f"SELECT {_SKETCH_COLUMNS}, e.location_text, e.location_geonameid, a.lang, a.outlet, a.url, "
    "coalesce(a.published, a.reference_date) FROM events e JOIN articles a ON a.id = e.article_id "
    "WHERE e.story_id IS NULL"
)
_STORY_SELECT = (
    "SELECT id, event, date, date_end, location::VARCHAR, event_ids, article_ids, outlets, languages, first_seen, "
    "last_seen FROM stories WHERE id IN (SELECT unnest(?::BIGINT[]))"
)
#: The place of a story whose events are in several countries.
MIXED_PLACE = '{"text": null, "country": null, "resolution": "mixed"}'
_STORY_SPAN_SELECT = "SELECT id, date, coalesce(date_end, date) FROM stories WHERE id IN (SELECT unnest(?::BIGINT[]))"


class Agreement(Enum):
    """What two events' places (or actors) say about their being one happening."""

    AGREE = "agree"
    CONTRADICT = "contradict"
    UNKNOWN = "unknown"  # one side does not say


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    resolution: str | None


@dataclass(frozen=True, slots=True)
class EventSketch:
    """What linking needs of a stored event: type, modality, the days it may have happened on, place, actor codes."""

    id: str
    article_id: str
    event: str
    modality: str
    first_day: date
    last_day: date
    place: Place | None
    actors: frozenset[tuple[str | None, str | None]]
    story_id: int | None = None
    span: tuple[date, date] | None = None  # its own dates (first_day is earlier for a date of publication)


def days_of(when: date | None, until: date | None, precision: str | None) -> tuple[date, date] | None:
    """The days an event may have happened on, or None when its date is too vague to link it by."""
    if when is None or precision not in LINKABLE_PRECISIONS:
        return None
    last = until or when
    if precision == "document":
        return when - timedelta(days=REPORTING_LAG_DAYS), last
    return when, last


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places that have coordinates."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def places_agree(a: Place | None, b: Place | None) -> Agreement:
    """Same country, and (for two towns, or streets at their town's point) near each other; a country-wide place
    agrees with any place inside it."""
    if a is None or b is None:
        return Agreement.UNKNOWN
    if a.country != b.country:
        return Agreement.CONTRADICT
    if a.resolution in _COARSE_RESOLUTIONS or b.resolution in _COARSE_RESOLUTIONS:
        return Agreement.AGREE
    if (
        a.resolution in POINT_RESOLUTIONS
        and b.resolution in POINT_RESOLUTIONS
        and None not in (a.lat, a.lon, b.lat, b.lon)
    ):
        return Agreement.AGREE if distance_km(a, b) <= NEARBY_KM else Agreement.CONTRADICT
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return Agreement.CONTRADICT
    return Agreement.AGREE


def _same_actor(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    (country_a, sector_a), (country_b, sector_b) = a, b
    if country_a and country_b:
        return country_a == country_b and (not sector_a or not sector_b or sector_a == sector_b)
    return bool(sector_a) and sector_a == sector_b


def actors_agree(a: frozenset[tuple[str | None, str | None]], b: frozenset[tuple[str | None, str | None]]) -> Agreement:
    """Actors and recipients pooled (reports may swap who did what to whom), compared by country and sector."""
    if not a or not b:
        return Agreement.UNKNOWN
    return Agreement.AGREE if any(_same_actor(x, y) for x in a for y in b) else Agreement.CONTRADICT


def linked(a: EventSketch, b: EventSketch) -> bool:
    """Whether two events, from different articles, report the same happening."""
    if a.article_id == b.article_id or a.event != b.event or a.modality != b.modality:
        return False
    gap = max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days)
    if gap > DATE_GAP_DAYS:
        return False
    place, actors = places_agree(a.place, b.place), actors_agree(a.actors, b.actors)
    if Agreement.CONTRADICT in (place, actors):
        return False
    return Agreement.AGREE in (place, actors)


def sketch(row: Sequence) -> EventSketch | None:
    """An EventSketch from a row of ``_SKETCH_COLUMNS``; None for an event too vaguely dated to link."""
    (event_id, article_id, event, modality, when, until, precision, country, admin1, lat, lon, resolution,
     story_id, actors) = row  # fmt: skip
    days = days_of(when, until, precision)
    if days is None:
        return None
    place = Place(country, admin1, lat, lon, resolution) if country else None
    codes = frozenset(tuple(part or None for part in code.split("/", 1)) for code in actors or ())
    return EventSketch(event_id, article_id, event, modality, *days, place, codes, story_id, (when, until or when))


Node = tuple[str, str | int]  # ("event", event id) or ("story", story id)


class _Components:
    """Union-find over events and stored stories that keeps each group's days within MAX_STORY_DAYS."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.span: dict[Node, tuple[date, date] | None] = {}  # of each root

    def add(self, node: Node, span: tuple[date, date] | None) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.span[node] = span

    def find(self, node: Node) -> Node:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: Node, b: Node) -> None:
        """Merge the groups of ``a`` and ``b``, unless the merged group would cover more than MAX_STORY_DAYS."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        spans = [span for span in (self.span[root_a], self.span[root_b]) if span]
        merged = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        if merged and (merged[1] - merged[0]).days + 1 > MAX_STORY_DAYS:
            return
        self.parent[root_a] = root_b
        self.span[root_b] = merged

    def groups(self) -> list[list[Node]]:
        found: dict[Node, list[Node]] = {}
        for node in list(self.parent):
            found.setdefault(self.find(node), []).append(node)
        return list(found.values())


def outlet_of(outlet: str | None, url: str | None) -> str | None:
    """Who published an article: the outlet its reader found, else the host of its URL (without ``www.``)."""
    if outlet:
        return outlet
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def common_place(a: str | None, b: str | None) -> str | None:
    """The place two parts of a story agree on (JSON; None: no part has a place): the same place, else their
    country, else ``MIXED_PLACE``.

    The country is that of a country-wide part when there is one, else its code alone. Every choice is a minimum
    over a fixed order, so a story's place does not depend on the order its parts were merged in.
    """
    if a is None or b is None or a == b:
        return a or b
    first, second = json.loads(a), json.loads(b)
    if MIXED_PLACE in (a, b) or first.get("country") != second.get("country"):
        return MIXED_PLACE
    wide = [place for place in (a, b) if json.loads(place).get("resolution") == "country"]
    if wide:
        return min(wide, key=lambda place: (json.loads(place).get("text") is None, place))
    return json.dumps({"text": None, "country": first.get("country"), "resolution": "country"})


def _earliest(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else a or b


def _latest(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else a or b


@dataclass(slots=True)
class StorySummary:
    """A stories row being built. Every field merges by union, minimum or maximum, so the summary of a merged story
    comes from its parts' summaries without reading their events again."""

    event: str
    date: date | None
    date_end: date | None
    location: str | None  # JSON
    event_ids: set[str]
    article_ids: set[str]
    outlets: set[str]
    languages: set[str]
    first_seen: date | None
    last_seen: date | None

    @classmethod
    def of_event(cls, row: Sequence) -> StorySummary:
        """The summary of a story of one event, from a row of ``_PENDING_SELECT``."""
        (event_id, article_id, event, _, when, until, _, country, admin1, lat, lon, resolution, _, _,
         text, geonameid, lang, outlet, url, seen) = row  # fmt: skip
        location = None
        if country is not None:
            fields = {"text": text, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
                      "geonameid": geonameid, "resolution": resolution}  # fmt: skip
            location = json.dumps(fields, ensure_ascii=False)
        outlets = {name for name in (outlet_of(outlet, url),) if name}
        languages = {lang} if lang else set()
        return cls(event, when, until or when, location, {event_id}, {article_id}, outlets, languages, seen, seen)

    @classmethod
    def of_story(cls, row: Sequence) -> StorySummary:
        """The summary of a stored story, from a row of ``_STORY_SELECT`` (its id first)."""
        _, event, when, until, location, event_ids, article_ids, outlets, languages, first, last = row
        return cls(event, when, until, location, set(event_ids), set(article_ids), set(outlets), set(languages),
                   first, last)  # fmt: skip

    def merge(self, other: StorySummary) -> None:
        self.date, self.date_end = _earliest(self.date, other.date), _latest(self.date_end, other.date_end)
        self.location = common_place(self.location, other.location)
        self.event_ids |= other.event_ids
        self.article_ids |= other.article_ids
        self.outlets |= other.outlets
        self.languages |= other.languages
        self.first_seen = _earliest(self.first_seen, other.first_seen)
        self.last_seen = _latest(self.last_seen, other.last_seen)

    def row(self, story_id: int) -> tuple:
        """The stories row, in ``STORY_COLUMNS`` order."""
        return (
            story_id, self.event, self.date, self.date_end, self.location, sorted(self.event_ids),
            sorted(self.article_ids), sorted(self.outlets), sorted(self.languages), len(self.article_ids),
            len(self.outlets), self.first_seen, self.last_seen,
        )  # fmt: skip


def release(con: duckdb.DuckDBPyConnection, article_id: str) -> None:
    """Take apart the stories of an article about to be replaced: their other events become storyless.

    ``assign`` then regroups them (without the article they may form several stories) with the new events.
    """
    owned = "(SELECT story_id FROM events WHERE article_id = ?)"
    con.execute(f"DELETE FROM stories WHERE id IN {owned}", [article_id])
    con.execute(f"UPDATE events SET story_id = NULL WHERE story_id IN {owned}", [article_id])


def assign(con: duckdb.DuckDBPyConnection) -> None:
    """Put every storyless event into a story: link it to stored events, merging the stories it bridges."""
    components = _Components()
    summaries: dict[Node, StorySummary] = {}
    pending: list[EventSketch] = []
    for row in con.execute(_PENDING_SELECT).fetchall():
        node = ("event", row[0])
        summaries[node] = StorySummary.of_event(row)
        found = sketch(row[:14])
        components.add(node, found.span if found else None)
        if found is not None:
            pending.append(found)
    if not summaries:
        return
    candidates = _candidates(con, pending)
    stories = sorted({c.story_id for c in candidates if c.story_id})
    if stories:
        for story_id, first, last in con.execute(_STORY_SPAN_SELECT, [stories]).fetchall():
            components.add(("story", story_id), (first, last) if first else None)
    links = []
    for event, other in _close_in_time(pending, candidates):
        if linked(event, other):
            gap = max((event.first_day - other.last_day).days, (other.first_day - event.last_day).days)
            other_node = ("story", other.story_id) if other.story_id else ("event", other.id)
            components.add(other_node, other.span)
            links.append((gap, event.id, str(other_node[1]), other_node))
    for _, event_id, _, other_node in sorted(links):  # closest in time first: the same batch, the same stories
        components.union(("event", event_id), other_node)
    _write(con, components.groups(), summaries)


def _days(first: date, last: date) -> Iterator[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def _close_in_time(
    pending: list[EventSketch], candidates: list[EventSketch]
) -> Iterator[tuple[EventSketch, EventSketch]]:
    """The (pending, candidate) pairs of one type whose days are at most DATE_GAP_DAYS apart, through day buckets,
    so that a large batch (a whole corpus) is not compared pair by pair."""
    buckets: dict[tuple[str, date], list[EventSketch]] = {}
    for candidate in candidates:
        for day in _days(candidate.first_day, candidate.last_day):
            buckets.setdefault((candidate.event, day), []).append(candidate)
    slack = timedelta(days=DATE_GAP_DAYS)
    for event in pending:
        seen = {event.id}
        for day in _days(event.first_day - slack, event.last_day + slack):
            for other in buckets.get((event.event, day), ()):
                if other.id not in seen:
                    seen.add(other.id)
                    yield event, other


def _candidates(con: duckdb.DuckDBPyConnection, pending: list[EventSketch]) -> list[EventSketch]:
    """Stored events that may link to a pending one (a superset: ``linked`` decides).

    Plain constant filters (the pending events' types and countries, the span of their days), not a join on date
    ranges: DuckDB answers them with one quick scan, where a range join is an order of magnitude slower.
    """
    if not pending:
        return []
    slack = timedelta(days=DATE_GAP_DAYS)
    countries = {s.place.country for s in pending if s.place}
    rows = con.execute(
        f"SELECT {_SKETCH_COLUMNS} FROM events e WHERE e.date <= ? AND coalesce(e.date_end, e.date) >= ? "
        "AND list_contains(?::VARCHAR[], e.event) AND list_contains(?::VARCHAR[], e.date_precision) "
        "AND (? OR e.location_country IS NULL OR list_contains(?::VARCHAR[], e.location_country))",
        [
            max(s.last_day for s in pending) + slack + timedelta(days=REPORTING_LAG_DAYS),
            min(s.first_day for s in pending) - slack,
            sorted({s.event for s in pending}),
            list(LINKABLE_PRECISIONS),
            any(s.place is None for s in pending),
            sorted(countries),
        ],
    ).fetchall()
    return [found for found in map(sketch, rows) if found is not None]


def _write(con: duckdb.DuckDBPyConnection, groups: list[list[Node]], summaries: dict[Node, StorySummary]) -> None:
    """Store each group as one story: it keeps the smallest id of the stored stories it merges (so a story keeps
    its id as articles join it), or takes the next number of ``STORY_ID_SEQUENCE``."""
    stored = sorted(int(key) for group in groups for kind, key in group if kind == "story")
    if stored:
        for row in con.execute(_STORY_SELECT, [stored]).fetchall():
            summaries["story", row[0]] = StorySummary.of_story(row)
    groups = sorted(groups, key=lambda group: min(str(key) for _, key in group))
    new = sum(all(kind == "event" for kind, _ in group) for group in groups)
    fresh = iter(
        [number for (number,) in con.execute(f"SELECT nextval('{STORY_ID_SEQUENCE}') FROM range(?)", [new]).fetchall()]
    )
    event_story: dict[str, int] = {}
    renamed: dict[int, int] = {}
    rows = []
    for group in groups:
        stories = sorted(int(key) for kind, key in group if kind == "story")
        story_id = stories[0] if stories else next(fresh)
        renamed.update((old, story_id) for old in stories[1:])
        event_story.update((str(key), story_id) for kind, key in group if kind == "event")
        summary, *others = (summaries[node] for node in group)
        for other in others:
            summary.merge(other)
        rows.append(summary.row(story_id))
    if renamed:
        con.execute(
            "UPDATE events SET story_id = m.new_id FROM (SELECT unnest(?::BIGINT[]) AS old_id, "
            "unnest(?::BIGINT[]) AS new_id) m WHERE events.story_id = m.old_id",
            [list(renamed), list(renamed.values())],
        )
    con.execute(
        "UPDATE events SET story_id = m.story_id FROM (SELECT unnest(?::VARCHAR[]) AS event_id, "
        "unnest(?::BIGINT[]) AS story_id) m WHERE events.id = m.event_id",
        [list(event_story), list(event_story.values())],
    )
    if stored:
        con.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?::BIGINT[]))", [stored])
    unnests = ", ".join(f"unnest(?::{kind}[])" for _, kind in STORY_COLUMNS)
    con.execute(f"INSERT INTO stories SELECT {unnests}", [list(column) for column in zip(*rows, strict=True)])
