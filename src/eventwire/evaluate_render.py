"""Rendering ``eventwire evaluate``'s scores as tables (rich), apart from the scoring itself."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from eventwire.evaluate import CORRECT, ArticleResult, EventReport


def fmt(value: float | None) -> str:
    """A score with three decimals, or an em dash when it is undefined (nothing to divide by)."""
    return "—" if value is None else f"{value:.3f}"


def _event_table(report: EventReport) -> Table:
    table = Table(title="Events (micro-averaged over articles)", title_justify="left")
    for header in ("type", "gold", "main", "TP", "FP", "ignored", "P", "R main", "R all", "F1"):
        table.add_column(header, justify="left" if header == "type" else "right")
    rows = [("all", report.overall), *report.per_type.items()]
    for index, (name, c) in enumerate(rows):
        table.add_row(
            Text(name, style="bold" if index == 0 else ""),
            str(c.gold),
            str(c.main),
            str(c.tp),
            str(c.fp),
            str(c.ignored),
            fmt(c.precision),
            fmt(c.recall_main),
            fmt(c.recall),
            fmt(c.f1),
            end_section=index == 0,
        )
    return table


def _field_table(report: EventReport) -> Table:
    table = Table(title="Fields over matched pairs (scored where the gold gives them)", title_justify="left")
    for header in ("field", "correct", "total", "accuracy", "spurious"):
        table.add_column(header, justify="left" if header == "field" else "right")
    for name, score in report.fields.items():
        table.add_row(name, str(score.correct), str(score.total), fmt(score.accuracy), str(score.spurious))
    return table


def _document_table(report: EventReport) -> Table:
    table = Table(title="Documents (event-type sets)", title_justify="left")
    for header in ("types from", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(header, justify="left" if header == "types from" else "right")
    for name, d in (("events", report.documents), ("article types", report.documents_classified)):
        table.add_row(name, str(d.tp), str(d.fp), str(d.fn), fmt(d.precision), fmt(d.recall), fmt(d.f1))
    return table


def _reference_table(report: EventReport) -> Table:
    score = report.reference_date_score
    table = Table(title=f"Reference dates: {score.correct}/{score.total} correct", title_justify="left")
    for header in ("article", "expected", "predicted", "method", ""):
        table.add_column(header)
    for check in report.reference_dates:
        table.add_row(
            Text(check.article_id),
            check.expected,
            check.predicted or "—",
            Text(check.method or "—"),
            Text("ok", style="green") if check.correct else Text("WRONG", style="red"),
        )
    return table


def _details_table(result: ArticleResult) -> Table:
    table = Table(
        title=f"{result.id}" + ("" if result.has_prediction else " (no prediction record)"),
        title_justify="left",
        show_lines=False,
    )
    for header in ("", "gold", "predicted", "agreement / wrong fields"):
        table.add_column(header)
    for pair in result.pairs:
        wrong = [name for name, outcome in pair.fields.items() if outcome != CORRECT]
        notes = [f"{name} ({pair.fields[name]})" for name in wrong]
        table.add_row(
            Text("match", style="green"),
            Text(pair.gold.summary),
            Text(pair.predicted.summary),
            Text(f"{pair.agreement}" + (f"; {', '.join(notes)}" if notes else "")),
        )
    for note in result.missed:
        table.add_row(Text("missed", style="red"), Text(f"{note.summary} [{note.salience}]"), "", "")
    for note in result.false_positives:
        table.add_row(Text("false +", style="red"), "", Text(note.summary), "")
    for note in result.ignored:
        table.add_row(Text("ignored", style="dim"), "", Text(note.summary), "echoes a background event")
    return table


def render_event_report(report: EventReport, *, details: bool = False) -> RenderableType:
    """The scores as rich tables; with ``details``, a table per article showing what matched and what not."""
    summary = Text(
        f"{len(report.articles)} gold articles, {len(report.missing_predictions)} without a prediction; "
        f"{report.unknown_predictions} prediction records not in the gold (ignored)"
    )
    parts: list[RenderableType] = [
        summary,
        _event_table(report),
        _field_table(report),
        _document_table(report),
    ]
    if report.reference_dates:
        parts.append(_reference_table(report))
    if details:
        parts += [_details_table(result) for result in report.articles]
    return Group(*parts)
