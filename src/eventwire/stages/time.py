"""time — dates in the text, resolved against the article's reference date (inferred when it is missing or wrong).

Scraped text often comes without its publication date. The reference date is then inferred the way a reader does
it: a dateline's date is the date of writing; otherwise the latest full date in the text (often a photo caption) is
a lower bound, and a bare weekday in the body ("mercredi") names a day of the week the article was written in, so
the first such weekday on or after the lower bound is the reference. A weekday written with its day and month
("lundi 9 janvier") tells the year among the years the text mentions. A publication date that a dateline
contradicts by more than two days is set aside for the dateline's. The method, a confidence and the evidence are
recorded on the Doc so a user can check them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.model import NON_CONTENT_ZONES, Doc, Mention, ReferenceDate, Zone
from eventwire.timeresolve import resolve
from eventwire.timexpr import TimeExpr, TimeGrammar

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A dateline and a publication date this many days apart or more: the input's date is not the article's.
_DATELINE_TOLERANCE = 3
#: Zones whose bare weekdays speak from the day of writing (captions and datelines do not).
_NARRATIVE_ZONES = frozenset({"body", "title"})

#: What follows a date that opens a paragraph as its dateline: "19 janvier 2016 . –", "7 janvier 2016, 11 h 40 UTC —".
_DATELINE_TAIL = re.compile(r"(?:,[^\n.—–]{0,25}?)?\s*\.?\s*[—–-](?:\s|$)")

Found = list[tuple[TimeExpr, Zone]]  # each expression with the zone it sits in


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
        found = _in_content_zones(grammar.find(doc.text, 0, len(doc.text)), doc)
        doc.reference = reference_date(doc.article.published, found, doc.text)
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


def _in_content_zones(exprs: list[TimeExpr], doc: Doc) -> Found:
    """The expressions that lie inside one zone that is not furniture, a credit or a byline, with its kind.

    The whole text is scanned once (a date never runs over a line break, and zones are lines or parts of lines).
    """
    zones = sorted(doc.zones, key=lambda z: z.start)
    found: Found = []
    i = 0
    for expr in exprs:
        while i < len(zones) and zones[i].end <= expr.start:
            i += 1
        inside = i < len(zones) and zones[i].start <= expr.start and expr.end <= zones[i].end
        if inside and zones[i].kind not in NON_CONTENT_ZONES:
            found.append((expr, zones[i]))
    return found


def reference_date(published: date | None, found: Found, text: str) -> ReferenceDate:
    """The date relative expressions resolve against: the publication date unless a dateline contradicts it."""
    if published is None:
        return infer_reference(found, text)
    dateline = _dateline(found, text)
    if dateline is not None and abs((dateline[1] - published).days) >= _DATELINE_TOLERANCE:
        expr, day = dateline
        evidence = (
            f"dateline '{text[expr.start : expr.end]}' = {day}",
            f"the input's publication date {published} is {abs((day - published).days)} days away; set aside",
        )
        return ReferenceDate(day, "inferred-dateline", evidence, 0.8)
    return ReferenceDate(published, "published", ("the input's publication date",))


def infer_reference(found: Found, text: str) -> ReferenceDate:
    """The reference date of an article without a publication date, with how it was reached."""
    dateline = _dateline(found, text)
    if dateline is not None:
        expr, day = dateline
        return ReferenceDate(day, "inferred-dateline", (f"dateline '{text[expr.start : expr.end]}' = {day}",), 0.9)
    full = [(day, expr, zone.kind, "") for expr, zone in found if (day := expr.absolute) and expr.role == "point"]
    full += _weekday_dated(found)
    if not full:
        return ReferenceDate(None, "unknown", ("no full date (day, month and year) in the text",), 0.0)
    latest, latest_expr, latest_zone, how = max(full, key=lambda item: item[0])
    evidence = [f"latest full date '{text[latest_expr.start : latest_expr.end]}' ({latest_zone}{how}) = {latest}"]
    weekdays = [
        expr
        for expr, zone in found
        if expr.kind == "weekday" and expr.direction is None and expr.role == "point" and zone.kind in _NARRATIVE_ZONES
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


def _dateline(found: Found, text: str) -> tuple[TimeExpr, date] | None:
    """The full date of the article's dateline: in a dateline zone, or opening a body paragraph and followed by a
    dash ("19 janvier 2016 . – Le romancier…"); a caption opening on a date is no dateline."""
    for expr, zone in found:
        if expr.absolute is None:
            continue
        opens_paragraph = zone.kind == "body" and expr.start == zone.start
        if zone.kind == "dateline" or (opens_paragraph and _DATELINE_TAIL.match(text, expr.end)):
            return expr, expr.absolute
    return None


def _weekday_dated(found: Found) -> list[tuple[date, TimeExpr, str, str]]:
    """Dates written with their weekday but no year ("lundi 9 janvier"), placed in the one year, among those the
    text mentions (and the year after each), in which that day falls on that weekday."""
    years = {expr.year for expr, _zone in found if expr.year} | {d.year for d in (e.absolute for e, _z in found) if d}
    dated = []
    for expr, zone in found:
        if expr.kind != "daymonth" or expr.weekday is None or expr.direction is not None:
            continue
        matching = set()
        for year in years | {y + 1 for y in years}:
            try:
                if date(year, expr.month, expr.day).weekday() == expr.weekday:  # type: ignore[arg-type]
                    matching.add(date(year, expr.month, expr.day))  # type: ignore[arg-type]
            except ValueError:
                continue
        if len(matching) == 1:
            day = matching.pop()
            dated.append((day, expr, zone.kind, f", a {_WEEKDAY_NAMES[day.weekday()]} in {day.year}"))
    return dated
