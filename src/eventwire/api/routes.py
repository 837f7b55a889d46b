"""The read endpoints: events, stories, articles, counts, the map's outlines, and a health check.

Each request reads through a connection of its own (``Store.reader``), so requests run side by side in the
server's thread pool; answers are kept for repeated requests (``cache``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from eventwire.api import queries
from eventwire.api.params import FILTER_PARAMS, PAGE_PARAMS, Page, event_filters, only, page
from eventwire.api.schemas import ArticleView, EventsPage, Problem, StoriesPage
from eventwire.api.schemas import Stats as StatsOut
from eventwire.api.world import world_geojson

router = APIRouter()
PROBLEMS: dict[int | str, dict[str, Any]] = {400: {"model": Problem}, 422: {"model": Problem}}
JSON = "application/json"


async def reader(request: Request) -> AsyncIterator[duckdb.DuckDBPyConnection]:
    """A connection for this request's thread (opening one takes microseconds: no thread hop needed)."""
    with request.app.state.store.reader() as con:
        yield con


Reader = Annotated[duckdb.DuckDBPyConnection, Depends(reader)]
Filters = Annotated[dict[str, Any], Depends(event_filters)]
Paging = Annotated[Page, Depends(page)]


def answer(request: Request, compute: Callable[[], str], media_type: str = JSON, **headers: str) -> Response:
    """The body ``compute`` gives, or the one it gave for the same request before (``app.state.cache``)."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    body = request.app.state.cache.get(key)
    if body is None:
        body = compute().encode()
        request.app.state.cache.put(key, body)
    return Response(body, media_type=media_type, headers=headers)


@router.get(
    "/events",
    response_model=EventsPage,
    responses={**PROBLEMS, 200: {"content": {"text/csv": {}}}},
    dependencies=[Depends(only(*FILTER_PARAMS, *PAGE_PARAMS, "format"))],
    summary="Events matching every filter given, by date, then in the order they were stored",
)
def events(
    request: Request,
    con: Reader,
    filters: Filters,
    paging: Paging,
    format: Annotated[Literal["json", "csv"], Query(description="json (records) or csv (flat rows)")] = "json",
) -> Response:
    limit, offset = paging.limit, paging.offset
    if format == "csv":
        csv = answer(request, lambda: queries.events_csv(con, filters, limit, offset), "text/csv")
        csv.headers["content-disposition"] = "attachment; filename=events.csv"
        return csv
    return answer(request, lambda: queries.events_json(con, filters, limit, offset))


@router.get(
    "/stories",
    response_model=StoriesPage,
    responses=PROBLEMS,
    dependencies=[Depends(only(*FILTER_PARAMS, *PAGE_PARAMS, "min_articles"))],
    summary="Stories with an event matching the filters, the most reported first",
)
def stories(
    request: Request,
    con: Reader,
    filters: Filters,
    paging: Paging,
    min_articles: Annotated[int, Query(ge=1, le=10_000, description="Only stories reported this often.")] = 1,
) -> Response:
    return answer(request, lambda: queries.stories_json(con, filters, min_articles, paging.limit, paging.offset))


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleView,
    responses={404: {"model": Problem}},
    dependencies=[Depends(only())],
    summary="An article's text with its events; evidence_detail spans are offsets into the text",
)
def article(request: Request, con: Reader, article_id: Annotated[str, Path(max_length=500)]) -> Response:
    def view() -> str:
        found = queries.article_json(con, article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r} in this store")
        return found

    return answer(request, view)


@router.get(
    "/stats",
    response_model=StatsOut,
    responses=PROBLEMS,
    dependencies=[Depends(only(*FILTER_PARAMS))],
    summary="Counts of the matching events by day and type, type, country and place",
)
def stats(request: Request, con: Reader, filters: Filters) -> Response:
    return answer(request, lambda: queries.stats_json(con, filters))


@router.get("/world.geojson", summary="Country outlines for the map (GeoJSON)", dependencies=[Depends(only())])
def world() -> Response:
    return Response(world_geojson(), media_type="application/geo+json", headers={"cache-control": "max-age=86400"})


@router.get("/health", summary="Whether the server is up, and whether it accepts articles")
def health(request: Request) -> dict[str, Any]:
    return {"status": "ok", "accepts_articles": request.app.state.ingest_token is not None}
