"""Producing the predictions ``eventwire evaluate`` scores: the pipeline over the gold articles' own text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.model import Article, Rejection, article_id
from eventwire.output import article_record
from eventwire.pipeline import Pipeline, default_pipeline


def gold_article(record: dict[str, Any]) -> Article:
    """The Article a gold record describes; its ``published`` is used only when the gold gives it."""
    published = record.get("published")
    text = record["text"]
    return Article(
        id=str(record.get("id") or article_id(record.get("url"), text)),
        text=text,
        url=record.get("url"),
        title=record.get("title"),
        published=date.fromisoformat(published[:10]) if isinstance(published, str) and published else None,
        lang=record.get("lang"),
        raw_ref=f"gold:{record.get('id')}",
    )


def predict(gold: list[dict[str, Any]], *, pipeline: Pipeline | None = None, quiet: bool = False) -> dict[str, dict]:
    """``{article id: extract record}`` for every gold article; a rejected article predicts nothing."""
    pipeline = pipeline or default_pipeline()
    predicted: dict[str, dict] = {}
    for record in gold:
        article = gold_article(record)
        result = pipeline.process(article)
        if isinstance(result, Rejection):
            predicted[article.id] = {
                "id": article.id,
                "events": [],
                "places": [],
                "rejection": result.to_dict(),
            }
            if not quiet:
                from rich.console import Console

                Console(stderr=True).print(f"rejected {result}", markup=False)
            continue
        predicted[article.id] = article_record(result)
    return predicted


def read_predictions(path: str | Path) -> dict[str, dict]:
    """An ``eventwire extract`` output file, by article id."""
    predicted: dict[str, dict] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EventwireError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if "id" not in record:
                continue  # a rejection line
            predicted[str(record["id"])] = record
    return predicted
