"""The data model: what flows through the pipeline and what comes out of it.

Offsets everywhere refer to ``Article.text``: stages annotate, they never edit the text.
Value objects are frozen dataclasses with ``slots`` so that a Doc pickles small and fast
(the same pipeline runs in worker processes and on a cluster).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

#: Zones whose text is page furniture, not reporting: no mention is taken from them.
NON_CONTENT_ZONES: frozenset[str] = frozenset({"credit", "byline", "furniture"})


def article_id(url: str | None, text: str) -> str:
    """A stable id for an article that came without one: a hash of its url and text."""
    digest = hashlib.sha1(f"{url or ''}\n{text}".encode()).hexdigest()
    return f"a-{digest[:16]}"


@dataclass(slots=True)
class Article:
    """One news article as read from its source; ``text`` is what every offset points into."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    raw_ref: str = "<memory>"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an Article or a Doc, with a reason a user can act on."""

    input_ref: str
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.input_ref}: [{self.stage}/{self.code}] {self.message}"


# --- annotation values ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Zone:
    """A marked stretch of the text: title, body paragraph, caption, credit line, byline, furniture."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    zone: str
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved temporal expression: a day or an interval, with how precise it is."""

    start: date
    end: date
    precision: str  # day, week, month, year, document
    role: str = "point"  # point, since, until, duration-free historical reference…

    @property
    def is_interval(self) -> bool:
        return self.start != self.end


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    category: str | None  # dead, injured, arrested, troops, or None
    unit: str | None  # the counted noun as written
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    admin1: str | None
    #: country, region, admin1, admin2, city; street (street_places), airport, seat (seat_places), and locality: a
    #: town the gazetteer does not list, named with its state ("Holliday, Missouri") and placed at the state's point,
    #: or near a town every reader knows ("the Cincinnati suburb of West Chester") and placed at that town's point
    feature: str
    population: int = 0

    @property
    def resolution(self) -> str:
        return {
            "region": "region",
            "country": "country",
            "admin1": "admin1",
            "locality": "admin1",
            "street": "place",
            "airport": "place",
            "seat": "place",
        }.get(self.feature, "city")


#: Resolutions that are points: towns, streets and seats of power (which carry their town's point), airports.
POINT_RESOLUTIONS = frozenset({"city", "place"})
#: Resolutions from the finest: of two places for one event, the finer says more.
RESOLUTION_RANK = {"place": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


@dataclass(frozen=True, slots=True)
class ActorRef:
    country: str | None  # ISO3 or PLOVER IGO/UNO/EUR/NGO/ISM/IMG/MNC
    sector: str | None
    name: str | None = None  # canonical name of a known entity
    wikidata: str | None = None
    kind: str = "agent"  # country, demonym, organization, person, agent, metonym


@dataclass(frozen=True, slots=True)
class TriggerRef:
    event: str
    mode: str | None
    lemma: str
    nominal: bool = False
    contexts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the article text and what it denotes: ``kind`` is date, quantity, place, actor or trigger, and
    ``value`` the matching value object (TimeValue, Quantity, PlaceRef, ActorRef, TriggerRef)."""

    start: int
    end: int
    kind: str
    value: Any

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The date relative expressions resolve against, and how eventwire knows it."""

    date: date | None
    method: str  # published, inferred-weekday, inferred-latest-date, unknown
    evidence: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(slots=True)
class Doc:
    """An article plus everything the stages found in it."""

    article: Article
    lang: str | None = None
    zones: list[Zone] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reference: ReferenceDate | None = None
    events: list[Event] = field(default_factory=list)
    types: list[tuple[str, float]] = field(default_factory=list)  # the article's main event types, most likely first
    done: list[str] = field(default_factory=list)  # names of the stages that ran, in order

    @property
    def text(self) -> str:
        return self.article.text

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def paragraph_break(self, start: int, end: int) -> bool:
        """Whether a paragraph ends between the two offsets: stories of dates and places start afresh after one."""
        return "\n" in self.article.text[start:end]

    def zone_at(self, offset: int) -> str:
        for zone in self.zones:
            if zone.start <= offset < zone.end:
                return zone.kind
        return "body"


# --- output -------------------------------------------------------------------------------------


@dataclass(slots=True)
class EventActor:
    text: str | None
    country: str | None
    sector: str | None
    name: str | None = None
    wikidata: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class EventLocation:
    text: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    resolution: str | None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    troops: int | None = None


@dataclass(slots=True)
class Attribution:
    text: str | None = None
    stance: str = "asserted"


@dataclass(slots=True)
class Evidence:
    """Why the event has each field: the sentence and the span behind each value."""

    sentence: str
    sentence_start: int
    sentence_end: int
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass(slots=True)
class Event:
    id: str
    article_id: str
    event: str
    mode: str | None
    context: list[str]
    date: date | None
    date_end: date | None
    date_precision: str
    actor: list[EventActor]
    recipient: list[EventActor]
    location: EventLocation | None
    size: Size
    attribution: Attribution
    salience: str
    confidence: float
    evidence: list[Evidence]
    quad_code: int | None = None
    intensity: float | None = None
    cameo_root: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    modality: str = "asserted"  # asserted, negated, future, conditional

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: FORMAT.md's event record plus eventwire's extra fields."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["date_end"] = self.date_end.isoformat() if self.date_end else None
        details = data.pop("evidence")
        for ev in details:
            ev["spans"] = {k: [list(s) for s in v] for k, v in ev["spans"].items()}
        data["evidence"] = " … ".join(ev["sentence"] for ev in details) if details else None
        data["evidence_detail"] = details
        return data


@dataclass(slots=True)
class Story:
    """One real-world happening, reported by one or more articles (built by a later stage)."""

    id: str
    event: str
    date: date | None
    date_end: date | None
    location: EventLocation | None
    event_ids: list[str]
    num_articles: int
    num_outlets: int
    languages: list[str]
