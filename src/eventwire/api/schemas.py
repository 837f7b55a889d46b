"""The shapes the HTTP API reads and answers, for validation and for the OpenAPI schema.

Read endpoints send JSON assembled by the database (``queries``); these models document it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: Longest article text or page accepted by POST /extract and POST /articles (characters).
MAX_TEXT_CHARS = 500_000

EVENT_RECORD_DOC = (
    "An event record: the gold format of FORMAT.md (event, mode, context, date, date_end, actor, recipient, "
    "location, size, attribution, salience, evidence) plus date_precision, confidence, modality, quad_code, "
    "intensity, cameo_root, ACLED types, evidence_detail (character spans into the article text per field) and "
    "story_id."
)


class ArticleIn(BaseModel):
    """One article to extract events from: its plain text, or an HTML page (main text found with trafilatura)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=MAX_TEXT_CHARS, description="The article as plain text.")
    html: str | None = Field(None, max_length=MAX_TEXT_CHARS, description="The article as an HTML page.")
    id: str | None = Field(None, min_length=1, max_length=200, description="Default: a hash of url and text.")
    lang: str | None = Field(None, min_length=2, max_length=3, description="Language code; detected if absent.")
    published: date | None = Field(None, description="Publication date; inferred from the text if absent.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError('give the article as exactly one of "text" or "html"')
        body = self.text if self.text is not None else self.html
        if not (body or "").strip():
            raise ValueError("the article is empty: there is no text to read")
        return self


class ReferenceDateOut(BaseModel):
    date: date | None
    method: str
    confidence: float
    evidence: list[str]


class ArticleRecord(BaseModel):
    """What ``eventwire extract`` writes for one article."""

    id: str
    lang: str | None
    title: str | None
    url: str | None
    source: str
    reference_date: ReferenceDateOut
    events: list[dict[str, Any]] = Field(description=EVENT_RECORD_DOC)
    places: list[dict[str, Any]] = Field(description="Every resolved toponym: start, end, text, name, lat, lon…")


class IngestResult(BaseModel):
    outcome: str = Field(description="added, replaced (new text for a known id) or unchanged.")
    article: ArticleRecord


class EventsPage(BaseModel):
    total: int = Field(description="How many events match the filters, on every page.")
    limit: int
    offset: int
    events: list[dict[str, Any]] = Field(description=EVENT_RECORD_DOC)


class Story(BaseModel):
    """One real-world happening: the events of several articles, outlets and languages that report it."""

    id: int
    event: str
    date: date | None
    date_end: date | None
    location: dict[str, Any] | None = Field(description="The most precise place among its events.")
    event_ids: list[str]
    article_ids: list[str]
    outlets: list[str]
    languages: list[str]
    num_articles: int
    num_outlets: int
    first_seen: date | None = Field(description="Earliest publication (or reference) date of its articles.")
    last_seen: date | None


class StoriesPage(BaseModel):
    total: int
    limit: int
    offset: int
    stories: list[Story]


class StoredArticle(BaseModel):
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | None
    lang: str | None
    text: str = Field(description="The text every evidence span points into.")
    reference_date: date | None
    reference_method: str | None


class ArticleView(BaseModel):
    article: StoredArticle
    events: list[dict[str, Any]] = Field(description=EVENT_RECORD_DOC)


class DayCount(BaseModel):
    date: date
    event: str
    count: int


class PlaceCount(BaseModel):
    text: str | None
    country: str | None
    lat: float
    lon: float
    count: int


class Stats(BaseModel):
    events: int
    articles: int
    stories: int
    date_from: date | None
    date_to: date | None
    by_day: list[DayCount] = Field(description="Events per day (their first day) and type: the timeline.")
    by_type: dict[str, int]
    by_country: dict[str, int] = Field(description="Events per country of their place (ISO3).")
    by_place: list[PlaceCount] = Field(description="Events per place with coordinates, most reported first: the map.")


class Problem(BaseModel):
    detail: str = Field(description="What was wrong with the request, and how to put it right.")
