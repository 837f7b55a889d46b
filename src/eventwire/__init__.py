"""eventwire: news articles in several languages → PLOVER-coded event data, offline.

>>> import eventwire
>>> events = eventwire.extract("Les forces russes ont achevé mercredi leur retrait du Kazakhstan.",
...                            published=datetime.date(2022, 1, 19))
"""

from __future__ import annotations

import functools
from datetime import date

from eventwire.errors import EventwireError
from eventwire.model import Article, Doc, Event, Rejection, article_id
from eventwire.pipeline import Pipeline, default_pipeline

__all__ = [
    "Article",
    "Doc",
    "Event",
    "EventwireError",
    "Pipeline",
    "Rejection",
    "default_pipeline",
    "extract",
]
__version__ = "0.1.0"


@functools.cache
def _shared_pipeline() -> Pipeline:
    return default_pipeline()


def extract(text: str, lang: str | None = None, published: date | None = None) -> list[Event]:
    """The events of one article's text; raises ``EventwireError`` with the reason if the text is unusable."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the article text as a str, not {type(text).__name__}")
    if not text.strip():
        raise EventwireError("extract() was given an empty text; pass the article's text")
    article = Article(id=article_id(None, text), text=text.replace("\r\n", "\n"), lang=lang, published=published)
    result = _shared_pipeline().process(article)
    if isinstance(result, Rejection):
        raise EventwireError(f"{result.stage}/{result.code}: {result.message}")
    return result.events
