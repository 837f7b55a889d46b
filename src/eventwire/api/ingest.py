"""The endpoints that run the pipeline: POST /extract (answers events, stores nothing) and POST /articles (stores
the article; only on a server started with an ingest token, and only for requests that bring it)."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from eventwire.api.params import only
from eventwire.api.schemas import ArticleIn, ArticleRecord, IngestResult, Problem
from eventwire.model import Article, Doc, Rejection
from eventwire.output import article_record
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.readers import read_text
from eventwire.readers.errors import ReadError
from eventwire.readers.html import read_html
from eventwire.readers.options import check_lang
from eventwire.store import Store

router = APIRouter()

#: The environment variable ``eventwire serve`` reads the ingest token from (never from the command line).
TOKEN_VARIABLE = "EVENTWIRE_INGEST_TOKEN"


class Extractor:
    """The pipeline, built on first use and run for one article at a time (its stages are not made for threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipeline: Pipeline | None = None

    def process(self, article: Article) -> Doc | Rejection:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = default_pipeline()
            return self._pipeline.process(article)


def article_from(body: ArticleIn, endpoint: str) -> Article:
    """The Article a request describes (its source: the endpoint and its id); a 422 naming what cannot be read."""
    try:
        lang = check_lang(body.lang)
        if body.html is not None:
            article = read_html(body.html.encode("utf-8"), ref=endpoint, stem=None, lang=lang)
            article.id = body.id or article.id
            article.published = body.published or article.published
            article.title = body.title or article.title
            article.url = body.url or article.url
        else:
            article = read_text(body.text or "", id=body.id, lang=lang, published=body.published, title=body.title,
                                url=body.url)  # fmt: skip
    except ReadError as exc:
        raise HTTPException(422, exc.message) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    article.outlet = body.outlet or article.outlet
    article.raw_ref = f"{endpoint} {article.id}"
    return article


async def _processed(request: Request, article: Article) -> Doc:
    """The pipeline's Doc for the article; a rejected article is a 422 (recorded in the store when it is writable)."""
    result = await run_in_threadpool(request.app.state.extractor.process, article)
    if isinstance(result, Doc):
        return result
    if request.app.state.ingest_token is not None:
        await run_in_threadpool(_write, request, lambda store: store.add_rejection(result))
    raise HTTPException(422, f"the article was rejected: [{result.stage}/{result.code}] {result.message}")


def _write(request: Request, action: Callable[[Store], Any]) -> Any:
    """Writes go through the store's own connection, one at a time; cached answers are then out of date."""
    with request.app.state.write_lock:
        try:
            return action(request.app.state.store)
        finally:
            request.app.state.cache.clear()


async def require_token(request: Request) -> None:
    """Ingestion needs the server's token as ``Authorization: Bearer <token>``."""
    expected: str | None = request.app.state.ingest_token
    if expected is None:
        raise HTTPException(
            403, "this server is read-only: start it with EVENTWIRE_INGEST_TOKEN set to accept articles"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "send the ingest token as 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(403, "the ingest token is not valid")


@router.post(
    "/extract",
    response_model=ArticleRecord,
    responses={413: {"model": Problem}, 422: {"model": Problem}},
    dependencies=[Depends(only())],
    summary="Events of one article (text or HTML); nothing is stored",
)
async def extract(request: Request, body: ArticleIn) -> dict[str, Any]:
    return article_record(await _processed(request, article_from(body, "POST /extract")))


@router.post(
    "/articles",
    response_model=IngestResult,
    responses={401: {"model": Problem}, 403: {"model": Problem}, 413: {"model": Problem}, 422: {"model": Problem}},
    dependencies=[Depends(require_token), Depends(only())],
    summary="Extract one article's events and store them (needs the server's ingest token)",
)
async def ingest(request: Request, body: ArticleIn) -> dict[str, Any]:
    doc = await _processed(request, article_from(body, "POST /articles"))
    outcome = await run_in_threadpool(_write, request, lambda store: store.ingest(doc))
    return {"outcome": outcome, "article": article_record(doc)}
