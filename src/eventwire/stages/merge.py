"""merge — one event per real-world happening within an article.

News repeat themselves: the headline, the lead and the body name the same withdrawal, and one sentence can say it
twice ("des manifestations qui ont dégénéré en émeutes"). Two mentions are one happening when they have the same
type, compatible modes, dates, places and actors. Across sentences the modes must agree, unless one mention has no
date of its own: such an undated mention joins the dated event it most likely repeats instead of standing alone.
"""

from __future__ import annotations

from datetime import timedelta

from eventwire.dating import salience
from eventwire.geodesy import haversine_km
from eventwire.model import POINT_RESOLUTIONS, RESOLUTION_RANK, Doc, Event, EventActor, EventLocation
from eventwire.plover import VERBAL_TYPES, crosswalk, mode_score

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "document": 4, "unknown": 5}
_UNDATED = frozenset({"document", "unknown"})
#: A street, an airport or a seat of power is at the spot of a town, or of another such place, this near it.
_SAME_TOWN_KM = 30.0


class MergeStage:
    """Replaces ``doc.events`` by one event per happening, with ids, merged evidence and salience."""

    name = "merge"
    requires = ("events",)
    assigns = ("merged",)

    def __call__(self, doc: Doc) -> Doc:
        sentence_groups = _by_sentence(doc.events)
        dated = [g for g in sentence_groups if _precision(g) not in _UNDATED]
        undated = [g for g in sentence_groups if _precision(g) in _UNDATED]
        clusters: list[list[Event]] = []
        for group in dated:
            home = next((c for c in clusters if _joins(c, group, modes="equal")), None)
            if home is None:
                clusters.append(list(group))
            else:
                home.extend(group)
        for group in undated:
            headline = bool(group[0].evidence) and doc.zone_at(group[0].evidence[0].sentence_start) == "title"
            options = [c for c in clusters if _joins(c, group, modes="compatible", undated=True, headline=headline)]
            if options:
                min(options, key=lambda c: (_mode_of(c) != _mode_of(group), _distance(c, group[0]))).extend(group)
            else:
                clusters.append(list(group))
        merged = [_merge(c, doc) for c in clusters]
        merged.sort(key=lambda e: e.evidence[0].sentence_start if e.evidence else 0)
        for n, event in enumerate(merged, 1):
            event.id = f"{doc.article.id}-e{n:02d}"
        doc.events = merged
        return doc


def _by_sentence(events: list[Event]) -> list[list[Event]]:
    """Mentions of one type in one sentence are one happening ("des manifestations qui ont dégénéré en émeutes"),
    unless they happen in different places."""
    groups: list[list[Event]] = []
    for event in events:
        home = next(
            (
                g
                for g in groups
                if g[0].event == event.event
                and g[0].evidence[0].sentence_start == event.evidence[0].sentence_start
                and _places_compatible(g, event)
            ),
            None,
        )
        if home is None:
            groups.append([event])
        else:
            home.append(event)
    return groups


def _precision(group: list[Event]) -> str:
    return min((e.date_precision for e in group), key=lambda p: _PRECISION_RANK.get(p, 9))


def _mode_of(cluster: list[Event]) -> str | None:
    """The mode a group of mentions stands for: the most intense one named (riots over demonstrations)."""
    modes = [e.mode for e in cluster if e.mode]
    return min(modes, key=lambda m: mode_score(cluster[0].event, m)) if modes else None


def _distance(cluster: list[Event], event: Event) -> int:
    here = event.evidence[0].sentence_start if event.evidence else 0
    return min(abs(e.evidence[0].sentence_start - here) for e in cluster if e.evidence) if cluster else 0


def _joins(
    cluster: list[Event], group: list[Event], *, modes: str, undated: bool = False, headline: bool = False
) -> bool:
    """Whether the mentions of ``group`` (one sentence) are the same happening as ``cluster``.

    ``modes="equal"``: dated mentions in different sentences must name the same mode (an unspecified one included),
    since two dated mentions that differ are as likely two happenings. ``modes="compatible"``: an undated mention
    may join a cluster whose mode it does not contradict. An undated headline joins whatever its actors: a
    headline has no room for the syntax that tells who acted ("des militaires tués" names the victims).
    """
    if cluster[0].event != group[0].event:
        return False
    mode, theirs = _mode_of(cluster), _mode_of(group)
    if modes == "equal" and mode != theirs:
        return False
    if modes == "compatible" and mode and theirs and mode != theirs:
        return False
    if not undated and not any(_dates_overlap(cluster, event) for event in group):
        return False
    return all(
        _places_compatible(cluster, event) and (headline or _actors_compatible(cluster, event)) for event in group
    )


def _dates_overlap(cluster: list[Event], event: Event) -> bool:
    slack = timedelta(days=1)
    for other in cluster:
        if other.date is None or event.date is None:
            continue
        a_end = other.date_end or other.date
        b_end = event.date_end or event.date
        if other.date - slack <= b_end and event.date - slack <= a_end:
            return True
    return all(other.date is None for other in cluster) or event.date is None


def _places_compatible(cluster: list[Event], event: Event) -> bool:
    if event.location is None:
        return True
    for other in cluster:
        loc = other.location
        if loc is None:
            continue
        if loc.country and event.location.country and loc.country != event.location.country:
            return False
        both_points = loc.resolution in POINT_RESOLUTIONS and event.location.resolution in POINT_RESOLUTIONS
        if both_points and not _same_spot(loc, event.location):
            return False
    return True


def _same_spot(a: EventLocation, b: EventLocation) -> bool:
    """One town: the same GeoNames entry, or, for a street or an airport (which have none), a point within
    ``_SAME_TOWN_KM`` of the other: a street carries its town's point, an airport lies outside its town. A place the
    article does not locate may be anywhere."""
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _SAME_TOWN_KM


def _actors_compatible(cluster: list[Event], event: Event) -> bool:
    """Actors of one country at least, if both name some; for a statement, of one sector too: the rebels' claim
    and the militias' claim are two allegations, whatever country both sides belong to."""
    theirs = {a.country for e in cluster for a in e.actor if a.country}
    ours = {a.country for a in event.actor if a.country}
    if theirs and ours and not theirs & ours:
        return False
    if event.event in VERBAL_TYPES:
        their_sides = {(a.country, a.sector) for e in cluster for a in e.actor if a.country and a.sector}
        our_sides = {(a.country, a.sector) for a in event.actor if a.country and a.sector}
        return not their_sides or not our_sides or bool(their_sides & our_sides)
    return True


def _merge(cluster: list[Event], doc: Doc) -> Event:
    if len(cluster) == 1:
        event = cluster[0]
        event.salience = _salience(event, doc)
        return event
    by_date = sorted(cluster, key=lambda e: _PRECISION_RANK.get(e.date_precision, 9))
    best_dated = by_date[0]
    mode = _mode_of(cluster)
    location_events = [e for e in cluster if e.location is not None]
    location = (
        min(location_events, key=lambda e: RESOLUTION_RANK.get(e.location.resolution or "", 9)).location
        if location_events
        else None
    )
    actors = _union_actors([a for e in cluster for a in e.actor])
    actor_keys = {(a.country, a.sector) for a in actors}
    recipients = [
        r for r in _union_actors([r for e in cluster for r in e.recipient]) if (r.country, r.sector) not in actor_keys
    ]
    size = cluster[0].size
    for field in ("dead", "injured", "arrested", "troops"):
        values = [getattr(e.size, field) for e in cluster if getattr(e.size, field) is not None]
        setattr(size, field, values[0] if values else None)
    # who reports the happening: the source of its best-dated mention, the first one that names a source
    attribution = min(
        (e for e in cluster), key=lambda e: (_PRECISION_RANK.get(e.date_precision, 9), e.attribution.text is None)
    ).attribution
    base = cluster[0]
    base.mode = mode
    base.context = sorted({c for e in cluster for c in e.context})
    base.date, base.date_end, base.date_precision = (
        best_dated.date,
        best_dated.date_end,
        best_dated.date_precision,
    )
    base.actor, base.recipient, base.location, base.size, base.attribution = (
        actors,
        recipients,
        location,
        size,
        attribution,
    )
    base.evidence = [ev for e in cluster for ev in e.evidence]
    base.confidence = round(min(0.95, max(e.confidence for e in cluster) + 0.05 * (len(cluster) - 1)), 2)
    base.modality = "asserted" if any(e.modality == "asserted" for e in cluster) else base.modality
    if mode != cluster[0].mode:
        for key, value in crosswalk(base.event, mode).items():
            setattr(base, key, value)
    base.salience = _salience(base, doc)
    return base


def _union_actors(actors: list[EventActor]) -> list[EventActor]:
    """Distinct actors by code; an actor without a country gives way to one with the same sector and a country."""
    kept: list[EventActor] = []
    for actor in actors:
        key = (actor.country, actor.sector)
        if any((k.country, k.sector) == key for k in kept):
            continue
        if actor.country is None and any(k.sector == actor.sector and k.country for k in kept):
            continue
        kept = [k for k in kept if not (k.country is None and k.sector == actor.sector and actor.country)]
        kept.append(actor)
    return kept


def _salience(event: Event, doc: Doc) -> str:
    zones = [doc.zone_at(ev.sentence_start) for ev in event.evidence]
    return salience(event.date_end or event.date, zones, doc)
