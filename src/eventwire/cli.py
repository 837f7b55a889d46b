"""The ``eventwire`` command: a thin click layer over the library (readers, pipeline, store, evaluate).

Output goes to stdout (JSON Lines, tables); progress, rejections and the final summary go to stderr, so
``eventwire extract … > events.jsonl`` stays clean.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.table import Table

from eventwire.devsets import FORMATS, SPLITS
from eventwire.errors import EventwireError
from eventwire.model import Doc, Rejection
from eventwire.output import article_record, rejection_record
from eventwire.plover import EVENT_TYPES


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    rejected: int = 0

    def line(self) -> str:
        return f"{self.articles} articles read, {self.events} events found, {self.rejected} inputs rejected"


def _processed(
    inputs: tuple[str, ...],
    lang: str | None,
    fmt: str | None,
    all_modalities: bool,
    quiet: bool,
    summary: RunSummary,
) -> Iterator[Doc | Rejection]:
    """Read and process inputs as a stream, with a live progress line on a terminal."""
    from eventwire.pipeline import default_pipeline
    from eventwire.readers import read_inputs

    try:
        items = read_inputs(list(inputs) or ["-"], lang=lang, fmt=fmt)
        pipeline = default_pipeline(all_modalities=all_modalities)
    except (ValueError, TypeError) as exc:
        raise click.UsageError(str(exc)) from None
    console = _err()
    show = not quiet and console.is_terminal
    progress = None
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console)
        task = progress.add_task("starting…")
        progress.start()
    try:
        for result in pipeline.pipe(items):
            if isinstance(result, Rejection):
                summary.rejected += 1
                if progress is not None:
                    progress.console.print(f"[yellow]rejected[/] {result}")
                elif not quiet:
                    console.print(f"rejected {result}", markup=False)
            else:
                summary.articles += 1
                summary.events += len(result.events)
            if progress is not None:
                progress.update(task, description=summary.line())
            yield result
    finally:
        if progress is not None:
            progress.stop()


def _finish(summary: RunSummary, strict: bool, quiet: bool) -> None:
    if not quiet:
        _err().print(summary.line(), markup=False)
    if strict and summary.rejected:
        sys.exit(2)


def _write_jsonl(handle: IO[str], record: dict[str, Any]) -> None:
    handle.write(json.dumps(record, ensure_ascii=False) + "\n")


input_options = [
    click.argument("inputs", nargs=-1),
    click.option("--lang", help="Force the language of every article (e.g. fr, en)."),
    click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "html"]), help="Force the input format."),
    click.option("--all-modalities", is_flag=True, help="Also emit negated, future and conditional events."),
    click.option("--strict", is_flag=True, help="Exit with status 2 when any input was rejected."),
    click.option("-q", "--quiet", is_flag=True, help="No progress, no rejection messages, no summary."),
]


def with_input_options(func: Any) -> Any:
    for option in reversed(input_options):
        func = option(func)
    return func


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: news articles → PLOVER-coded events. Inputs are files, folders, globs or - for stdin."""


@main.command()
@with_input_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write JSONL here.")
@click.option("--rejections", type=click.File("w", encoding="utf-8"), help="Also write rejections as JSONL here.")
def extract(
    inputs: tuple[str, ...],
    lang: str | None,
    fmt: str | None,
    all_modalities: bool,
    strict: bool,
    quiet: bool,
    output: IO[str],
    rejections: IO[str] | None,
) -> None:
    """Extract events: one JSON line per article, {"id", "events", "places", …}."""
    summary = RunSummary()
    for result in _processed(inputs, lang, fmt, all_modalities, quiet, summary):
        if isinstance(result, Rejection):
            if rejections is not None:
                _write_jsonl(rejections, rejection_record(result))
            continue
        _write_jsonl(output, article_record(result))
    output.flush()
    _finish(summary, strict, quiet)


@main.command()
@with_input_options
@click.option("--db", default="eventwire.duckdb", show_default=True, help="The DuckDB store.")
@click.option("--jsonl", "jsonl_path", type=click.Path(dir_okay=False), help="Also write the events as JSONL here.")
def ingest(
    inputs: tuple[str, ...],
    lang: str | None,
    fmt: str | None,
    all_modalities: bool,
    strict: bool,
    quiet: bool,
    db: str,
    jsonl_path: str | None,
) -> None:
    """Extract events and store them (idempotent: the same article twice changes nothing)."""
    from eventwire.store import Store

    summary = RunSummary()
    outcomes: dict[str, int] = {"added": 0, "unchanged": 0, "replaced": 0}
    try:
        store = Store(db)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    jsonl = open(jsonl_path, "w", encoding="utf-8") if jsonl_path else None  # noqa: SIM115 — closed below
    try:
        for result in _processed(inputs, lang, fmt, all_modalities, quiet, summary):
            if isinstance(result, Rejection):
                store.add_rejection(result)
                continue
            outcomes[store.ingest(result)] += 1
            if jsonl is not None:
                for event in result.events:
                    _write_jsonl(jsonl, event.to_dict())
    finally:
        store.close()
        if jsonl is not None:
            jsonl.close()
    if not quiet:
        _err().print(
            f"store {db}: {outcomes['added']} added, {outcomes['replaced']} replaced, "
            f"{outcomes['unchanged']} unchanged",
            markup=False,
        )
    _finish(summary, strict, quiet)


def _filters(event: str | None, country: str | None, since: date | None, until: date | None, text: str | None) -> dict:
    return {
        "event": event,
        "country": country.upper() if country else None,
        "date_from": since,
        "date_to": until,
        "text": text,
    }


filter_options = [
    click.option("--type", "event", type=click.Choice(EVENT_TYPES, case_sensitive=False), help="PLOVER event type."),
    click.option("--country", help="ISO3 code: the event's place or any actor's country."),
    click.option("--from", "since", type=click.DateTime(["%Y-%m-%d"]), help="Events on or after this date."),
    click.option("--to", "until", type=click.DateTime(["%Y-%m-%d"]), help="Events on or before this date."),
    click.option("--text", help="Words in the evidence or the article title."),
]


def with_filter_options(func: Any) -> Any:
    for option in reversed(filter_options):
        func = option(func)
    return func


def _open_store(db: str) -> Any:
    from eventwire.store import Store

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db}; create one with 'eventwire ingest INPUTS --db {db}'")
    try:
        return Store(db, read_only=True)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None


def _day(value: Any) -> date | None:
    return value.date() if value is not None else None


@main.command()
@click.option("--db", default="eventwire.duckdb", show_default=True)
@with_filter_options
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
def query(
    db: str,
    event: str | None,
    country: str | None,
    since: Any,
    until: Any,
    text: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Show stored events, filtered."""
    store = _open_store(db)
    try:
        rows = store.query_events(**_filters(event, country, _day(since), _day(until), text), limit=limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        store.close()
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    _console().print(event_table(rows))


def _actors_text(actors: list[dict]) -> str:
    parts = []
    for actor in actors or []:
        code = " ".join(x for x in (actor.get("country"), actor.get("sector")) if x)
        parts.append(code or (actor.get("text") or "?"))
    return ", ".join(dict.fromkeys(parts))


def _when(row: dict) -> str:
    start, end = row.get("date"), row.get("date_end")
    when = (
        f"{start}…{end[5:]}"
        if end and start and end[:4] == start[:4]
        else (f"{start}…{end}" if end else (start or "?"))
    )
    return when + ("*" if row.get("date_precision") == "document" else "")


def event_table(rows: list[dict]) -> Table:
    """A readable table of event records: one line each, the evidence cut to fit."""
    table = Table(title=f"{len(rows)} events", caption="* no date of its own: the article's reference date")
    for column, width in (
        ("date", None),
        ("event", None),
        ("actor", 18),
        ("recipient", 14),
        ("where", 16),
        ("size", 13),
        ("source", 20),
        ("evidence", 48),
    ):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=width)
    for row in rows:
        loc = row.get("location") or {}
        where = loc.get("text") or ""
        if loc.get("country") and loc.get("country") not in where:
            where = f"{where} ({loc['country']})" if where else loc["country"]
        size = " ".join(f"{k}={v}" for k, v in (row.get("size") or {}).items() if v is not None)
        attribution = row.get("attribution") or {}
        source = attribution.get("text") or ""
        if attribution.get("stance") not in (None, "asserted", "reported"):
            source = f"{attribution['stance']}: {source}"
        event = row.get("event", "") + (f"/{row['mode']}" if row.get("mode") else "")
        table.add_row(
            _when(row),
            event,
            _actors_text(row.get("actor")),
            _actors_text(row.get("recipient")),
            where,
            size,
            source,
            " ".join((row.get("evidence") or "").split()),
        )
    return table


def _console() -> Console:
    """stdout; wide enough for the event table when it is not a terminal (a file, a pipe, make's output)."""
    console = Console()
    return console if console.is_terminal else Console(width=180)


@main.command()
@click.argument("output", type=click.Path(dir_okay=False))
@click.option("--db", default="eventwire.duckdb", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), help="Default: from OUTPUT's suffix.")
@with_filter_options
def export(
    db: str,
    output: str,
    fmt: str | None,
    event: str | None,
    country: str | None,
    since: Any,
    until: Any,
    text: str | None,
) -> None:
    """Export stored events to JSONL, CSV or Parquet."""
    fmt = fmt or Path(output).suffix.lstrip(".").lower()
    if fmt not in {"jsonl", "csv", "parquet"}:
        raise click.UsageError(f"cannot tell the format of {output}; pass --format jsonl, csv or parquet")
    store = _open_store(db)
    try:
        count = store.export(output, fmt, **_filters(event, country, _day(since), _day(until), text))
    except (ValueError, EventwireError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    _err().print(f"{count} events written to {output}", markup=False)


@main.command()
@click.option("--db", default="eventwire.duckdb", show_default=True)
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts of stored articles, events and rejections, by type, country and language."""
    store = _open_store(db)
    try:
        figures = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, default=str, indent=2))
        return
    console = Console()
    table = Table(title=f"store {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in figures.items():
        if isinstance(value, dict):
            for sub, n in value.items():
                table.add_row(f"{key}: {sub}", str(n))
        else:
            table.add_row(key, str(value))
    console.print(table)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--geo",
    is_flag=True,
    help="Score toponyms (gold: {id, text, places|toponyms: [{start, end, lat, lon}]}).",
)
@click.option(
    "--predictions",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this extract output instead of running the pipeline.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True, help="Per-article matches, misses and false positives.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold articles.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="eventwire",
    show_default=True,
    help="The gold's format: FORMAT.md's, or a public development set read as such.",
)
@click.option("--cameo-table", type=click.Path(exists=True, dir_okay=False), help="CAMEO2PLOVER table (petrarch).")
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="all",
    show_default=True,
    help="For a development set: the fifth models are never trained on (held-out), the rest (train), or all.",
)
@click.option(
    "--texts",
    type=click.Path(exists=True, dir_okay=False),
    help="JSON Lines of articles ({id, text, published…}) giving the text of gold records that carry only an id.",
)
def evaluate(
    gold: str,
    geo: bool,
    predictions: str | None,
    as_json: bool,
    details: bool,
    limit: int | None,
    fmt: str,
    cameo_table: str | None,
    texts: str | None,
    split: str,
) -> None:
    """Score eventwire against gold data (shared/eval/FORMAT.md)."""
    from eventwire.devsets import load_devset, with_texts
    from eventwire.evaluate import EvaluationInputError, load_gold, score_events
    from eventwire.evaluate_geo import render_place_report, score_places
    from eventwire.evaluate_render import render_event_report
    from eventwire.evaluation_run import predict, read_predictions

    try:
        if fmt == "eventwire":
            articles = load_gold(gold) if texts is None else with_texts(gold, texts)
        else:
            articles = load_devset(gold, fmt, cameo_table=cameo_table, split=split)
    except (EvaluationInputError, EventwireError) as exc:
        raise click.ClickException(str(exc)) from None
    if limit:
        articles = articles[:limit]
    predicted = read_predictions(predictions) if predictions else predict(articles, quiet=as_json)
    if geo:
        report = score_places(articles, predicted)
        rendered = render_place_report(report)
    else:
        report = score_events(articles, predicted)
        rendered = render_event_report(report, details=details)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        Console().print(rendered)


@main.command()
@click.option("--db", default="eventwire.duckdb", show_default=True, help="The DuckDB store.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--cache-mb",
    type=click.IntRange(min=0),
    default=64,
    show_default=True,
    help="Memory for answers to repeated requests (0: none).",
)
@click.option("-q", "--quiet", is_flag=True, help="No access log.")
def serve(db: str, host: str, port: int, cache_mb: int, quiet: bool) -> None:
    """Serve the HTTP API and the dashboard (http://HOST:PORT/) over a store.

    Read-only, unless the environment variable EVENTWIRE_INGEST_TOKEN holds a token of 16 characters or more:
    then POST /articles stores the articles of requests sent with 'Authorization: Bearer <token>'. The API's
    schema is at /openapi.json.
    """
    import os

    import uvicorn

    from eventwire.api import create_app
    from eventwire.api.ingest import TOKEN_VARIABLE
    from eventwire.store import Store

    token = os.environ.get(TOKEN_VARIABLE) or None
    try:
        store = _open_store(db) if token is None else Store(db)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        app = create_app(store, ingest_token=token, cache_bytes=cache_mb * 1_000_000)
    except ValueError as exc:
        store.close()
        raise click.ClickException(f"{TOKEN_VARIABLE}: {exc}") from None
    mode = "accepting articles with the ingest token" if token else "read-only"
    _err().print(f"eventwire: store {db} ({mode}); dashboard at http://{host}:{port}/ — Ctrl-C stops", markup=False)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info", access_log=not quiet)
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover
    main()
