"""The FastAPI application: the HTTP API over one store, and the dashboard at ``/``, served by the same process."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.api import errors, ingest, routes
from eventwire.api.cache import ResponseCache
from eventwire.api.guard import Guard
from eventwire.store import Store

#: Largest request body accepted (an HTML page of a long article fits with room to spare).
MAX_BODY_BYTES = 2_000_000
#: Memory for answers kept for repeated requests (``cache``).
CACHE_BYTES = 64_000_000
#: Shortest ingest token accepted: anything shorter could be guessed.
MIN_TOKEN_LENGTH = 16
WEB = Path(__file__).resolve().parents[1] / "web"

DESCRIPTION = """PLOVER-coded events extracted from news articles, their stories, and the articles' text with the
evidence for every field. Read-only unless the server was started with an ingest token. Every refused request
answers a 4xx with `{"detail": "what was wrong"}`."""


def create_app(
    store: Store,
    *,
    ingest_token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    cache_bytes: int = CACHE_BYTES,
) -> FastAPI:
    """The API and dashboard over ``store`` (the caller opens and closes it).

    With ``ingest_token`` (a store opened for writing), ``POST /articles`` stores articles for requests that bring
    the token; without it the server only reads. Answers to repeated requests come from a cache of ``cache_bytes``.
    """
    if ingest_token is not None:
        if len(ingest_token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"the ingest token must be at least {MIN_TOKEN_LENGTH} characters long")
        if store.read_only:
            raise ValueError("an ingest token needs the store opened for writing (read_only=False)")
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store
    app.state.ingest_token = ingest_token
    app.state.extractor = ingest.Extractor()
    app.state.write_lock = threading.Lock()
    app.state.cache = ResponseCache(cache_bytes)
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB / "index.html")

    app.add_middleware(Guard, max_body_bytes=max_body_bytes)
    return app
