"""Query parameters shared by the read endpoints: event filters and paging, checked before any query runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import HTTPException, Query, Request

from eventwire.plover import EVENT_TYPES
from eventwire.store import event_where

#: Largest page of events or stories one request may ask for.
MAX_PAGE = 1000
#: Deepest offset accepted: past it, narrow the filters instead of paging.
MAX_OFFSET = 1_000_000

FILTER_PARAMS: tuple[str, ...] = ("type", "mode", "country", "actor", "story", "article", "from", "to", "text")
PAGE_PARAMS: tuple[str, ...] = ("limit", "offset")


async def event_filters(
    type: Annotated[str | None, Query(max_length=20, description=f"PLOVER type: {', '.join(EVENT_TYPES)}.")] = None,
    mode: Annotated[str | None, Query(max_length=40, description="PLOVER mode, e.g. withdraw, riot.")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO3 of the event's place or an actor.")] = None,
    actor: Annotated[
        str | None,
        Query(max_length=100, description="Actor code (RUS, MIL) or name words."),
    ] = None,
    story: Annotated[int | None, Query(ge=1, description="A story's number: the events of that story.")] = None,
    article: Annotated[str | None, Query(max_length=500, description="An article's id: its events.")] = None,
    date_from: Annotated[date | None, Query(alias="from", description="Events on or after this day.")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Events on or before this day.")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the evidence or the title.")] = None,
) -> dict[str, Any]:
    """The event filters of the request, in ``Store`` terms; a 400 naming the bad one if a value is unusable.

    This and the other dependencies here are ``async`` only so that FastAPI runs them without a thread hop.
    """
    filters = {
        "event": type, "mode": mode, "country": country, "actor": actor, "story": story, "article": article,
        "date_from": date_from, "date_to": date_to, "text": text,
    }  # fmt: skip
    filters = {name: value for name, value in filters.items() if value is not None}
    try:
        event_where(**filters)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
    return filters


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


async def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Results per page (at most {MAX_PAGE}).")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip.")] = 0,
) -> Page:
    return Page(limit, offset)


def only(*names: str) -> Callable[[Request], Awaitable[None]]:
    """A dependency refusing query parameters the endpoint does not know, so a misspelt filter is not ignored."""
    known = frozenset(names)

    async def check(request: Request) -> None:
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise HTTPException(
                400,
                f"unknown query parameter(s) {', '.join(unknown)}; this endpoint takes "
                f"{', '.join(sorted(known)) or 'none'}",
            )

    return check
