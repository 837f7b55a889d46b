"""time — dates in the text, resolved against the article's reference date (inferred when it is missing).

Scraped text often comes without its publication date. The reference date is then inferred the way a reader does
it: the latest full date in the text (often a photo caption or a dateline) is a lower bound, and a bare weekday in
the body ("mercredi") names a day of the week the article was written in; the first such weekday on or after the
lower bound is the reference. The method and its evidence are recorded on the Doc so a user can check them.
"""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.model import NON_CONTENT_ZONES, Doc, Mention, ReferenceDate
from eventwire.timexpr import TimeExpr, TimeGrammar, resolve

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class TimeStage:
    """Adds date mentions (value: TimeValue) and ``doc.reference``."""

    name = "time"
    requires = ("zones", "lang")
    assigns = ("dates", "reference")

    def __init__(self) -> None:
        self._grammars: dict[str, TimeGrammar] = {}

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._grammars = {}

    def grammar(self, lang: str) -> TimeGrammar:
        if lang not in self._grammars:
            self._grammars[lang] = TimeGrammar(lang)
        return self._grammars[lang]

    def __call__(self, doc: Doc) -> Doc:
        grammar = self.grammar(doc.lang or "en")
        found: list[tuple[TimeExpr, str]] = []
        for zone in doc.zones:
            if zone.kind in NON_CONTENT_ZONES:
                continue
            found.extend((expr, zone.kind) for expr in grammar.find(doc.text, zone.start, zone.end))
        if doc.article.published is not None:
            doc.reference = ReferenceDate(doc.article.published, "published", ("the input's publication date",))
        else:
            doc.reference = infer_reference(found, doc.text)
        ref = doc.reference.date
        previous: date | None = None
        for expr, _zone in found:
            value = resolve(expr, ref, previous)
            if value is None:
                continue
            doc.mentions.append(Mention(expr.start, expr.end, "date", value))
            if value.role == "point" and value.precision == "day":
                previous = value.start
        return doc


def infer_reference(found: list[tuple[TimeExpr, str]], text: str) -> ReferenceDate:
    """The reference date of an article without a publication date, with how it was reached."""
    full = [(expr, zone) for expr, zone in found if expr.has_year and expr.role == "point"]
    datelines = [(expr, zone) for expr, zone in full if zone == "dateline"]
    if datelines:
        expr, _zone = datelines[0]
        d = _as_date(expr)
        return ReferenceDate(d, "inferred-dateline", (f"dateline '{text[expr.start : expr.end]}' = {d}",), 0.9)
    if not full:
        return ReferenceDate(None, "unknown", ("no full date (day, month and year) in the text",), 0.0)
    latest_expr, latest_zone = max(full, key=lambda item: _as_date(item[0]))
    latest = _as_date(latest_expr)
    evidence = [f"latest full date '{text[latest_expr.start : latest_expr.end]}' ({latest_zone}) = {latest}"]
    weekdays = [
        expr for expr, zone in found if expr.kind == "weekday" and expr.direction is None and zone in {"body", "title"}
    ]
    if weekdays:
        candidates = [latest + timedelta(days=(expr.weekday - latest.weekday()) % 7) for expr in weekdays]  # type: ignore[operator]
        if max(candidates) - min(candidates) <= timedelta(days=6):
            ref = max(candidates)
            named = weekdays[candidates.index(ref)]
            evidence.append(
                f"weekday '{text[named.start : named.end]}' → first {_WEEKDAY_NAMES[ref.weekday()]} "
                f"on or after it = {ref}"
            )
            return ReferenceDate(ref, "inferred-weekday", tuple(evidence), 0.8)
        evidence.append("weekdays in the text disagree with each other; ignored")
    return ReferenceDate(latest, "inferred-latest-date", tuple(evidence), 0.5)


def _as_date(expr: TimeExpr) -> date:
    return date(expr.year, expr.month, expr.day)  # type: ignore[arg-type]
