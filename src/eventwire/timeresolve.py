"""Resolving a recognised temporal expression (``timexpr.TimeExpr``) against a reference date.

Plain date arithmetic with a news reader's habits: a weekday without more is the last such day on or before the
reference date; a day and month without a year is the one nearest the reference date ("le 12 juillet dernier" the
last one before it, "le 20 janvier prochain" the next one after it); a month without a year is this year's unless
that is more than a month ahead. Parts are thirds: "début janvier" is January 1–10 (FORMAT.md: early = days 1–10,
mid = 11–20, late = 21 to the end), "mid-2021" May–August 2021, "à la fin de la semaine" its Friday to Sunday, and
"in the early hours of Sunday" that Sunday. A range is resolved half by half, the first half against the second.

Precision says how finely the value pins the date down: ``day``, ``week`` (a part of a month, a week, a few days),
``month``, ``year``.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from eventwire.model import TimeValue
from eventwire.timexpr import NEAREST_KINDS, TimeExpr

_THIRDS = {"early": 0, "mid": 1, "late": 2}
#: A part of each period: the days of a month and of a week, the months of a year (first, last; inclusive).
_MONTH_PARTS = ((1, 10), (11, 20), (21, 31))
_WEEK_PARTS = ((0, 1), (2, 3), (4, 6))
_YEAR_PARTS = ((1, 4), (5, 8), (9, 12))
#: The precision of a part of a period of each unit.
_PART_PRECISION = {"year": "month", "month": "week", "week": "week", "day": "day"}


def resolve(expr: TimeExpr, ref: date | None, previous: date | None = None) -> TimeValue | None:
    """The date or interval ``expr`` denotes, or None when it needs a reference date that is unknown.

    ``previous`` is the last day the text named before the expression, for "la veille", "the next day".
    """
    span = _span(expr, ref, previous)
    if span is None:
        return None
    start, end, precision = span
    return TimeValue(start, end, precision, expr.role)


def precision_of(start: date, end: date) -> str:
    """The precision of an interval known only by its ends: one day, else the granularity nearest its length
    (the boundaries are the geometric means of a week and a month, and of a month and a year)."""
    days = (end - start).days + 1
    return "day" if days == 1 else "week" if days <= 14 else "month" if days <= 105 else "year"


def _span(expr: TimeExpr, ref: date | None, previous: date | None) -> tuple[date, date, str] | None:
    kind = expr.kind
    if kind == "date":
        d = date(expr.year, expr.month, expr.day)  # type: ignore[arg-type]
        return d, d, "day"
    if kind == "monthyear":
        return (*_month(expr.year, expr.month), "month")  # type: ignore[arg-type]
    if kind == "year":
        return date(expr.year, 1, 1), date(expr.year, 12, 31), "year"  # type: ignore[arg-type]
    if kind == "range":
        return _range(expr, ref, previous)
    if kind == "vague":
        return _vague(expr, ref)
    if kind == "anchored" and previous is not None:
        d = previous + timedelta(days=expr.offset)  # type: ignore[arg-type]
        return d, d, "day"
    if ref is None:
        return None
    if kind == "month" and expr.month:
        start, end = _month(_month_year(expr.month, ref, expr.direction), expr.month)
        return start, end, "month"
    if kind in {"daymonth", "weekdayday", "weekday", "relday", "anchored"}:
        d = _day(expr, ref)
        return (d, d, "day") if d is not None else None
    if kind == "ago" and expr.role == "since":  # "depuis six semaines": the very day, at the unit's precision
        d = _moved(ref, -expr.amount, expr.unit)  # type: ignore[arg-type, operator]
        return d, d, "day" if expr.unit in {"day", "week"} else expr.unit  # type: ignore[return-value]
    if kind == "ago":
        return _shift(ref, -expr.amount, expr.unit)  # type: ignore[arg-type, operator]
    if kind == "period":
        return _period(ref, {"last": -1, "next": 1}.get(expr.direction or "", 0), expr.unit)  # type: ignore[arg-type]
    if kind == "pastunits":
        return _past_units(expr, ref)
    return None


def _day(expr: TimeExpr, ref: date) -> date | None:
    """The day a day-naming expression without a year denotes, seen from ``ref``."""
    if expr.kind == "relday" or expr.kind == "anchored":
        return ref + timedelta(days=expr.offset)  # type: ignore[arg-type]
    if expr.kind == "daymonth":
        return _day_month(expr.month, expr.day, ref, expr.direction)  # type: ignore[arg-type]
    if expr.kind == "weekdayday":
        return _weekday_day(expr.weekday, expr.day, ref)  # type: ignore[arg-type]
    back = (ref.weekday() - expr.weekday) % 7  # type: ignore[operator]
    if expr.direction == "next":
        return ref + timedelta(days=(expr.weekday - ref.weekday()) % 7 or 7)  # type: ignore[operator]
    if expr.direction == "last":
        return ref - timedelta(days=back or 7)
    if expr.direction == "this":  # "ce vendredi": the one of the current week, before or after the reference
        return ref - timedelta(days=ref.weekday()) + timedelta(days=expr.weekday)  # type: ignore[arg-type]
    return ref - timedelta(days=back)


def _day_month(month: int, day: int, ref: date, direction: str | None) -> date | None:
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "last":
        candidates = [d for d in candidates if d < ref]
    elif direction == "next":
        candidates = [d for d in candidates if d > ref]
    if not candidates:
        return None
    if direction in {"last", "next"}:
        return min(candidates, key=lambda d: abs((d - ref).days))
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def _weekday_day(weekday: int, day: int, ref: date) -> date:
    """ "jeudi 26": the 26th nearest the reference that falls on a Thursday (else simply the nearest 26th)."""
    candidates = []
    for shift in range(-3, 3):
        index = ref.year * 12 + ref.month - 1 + shift
        year, month = divmod(index, 12)
        if day <= calendar.monthrange(year, month + 1)[1]:
            candidates.append(date(year, month + 1, day))
    matching = [d for d in candidates if d.weekday() == weekday] or candidates
    return min(matching, key=lambda d: (abs((d - ref).days), d > ref))


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_year(month: int, ref: date, direction: str | None) -> int:
    """The year of a month named without one: this year's, unless that is more than a month ahead; "janvier
    dernier" is the last January before the current month, "next January" the first after it."""
    if direction == "last":
        return ref.year if month < ref.month else ref.year - 1
    if direction == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year - 1 if (date(ref.year, month, 1) - ref).days > 31 else ref.year


def _vague(expr: TimeExpr, ref: date | None) -> tuple[date, date, str] | None:
    """A part of a month, a year, a calendar period or a day."""
    if expr.month is not None:
        if expr.year is None and ref is None:
            return None
        year = expr.year or _month_year(expr.month, ref, None)  # type: ignore[arg-type]
        return (*_part(*_month(year, expr.month), "month", expr.part), "week")
    if expr.year is not None:
        return (*_part(date(expr.year, 1, 1), date(expr.year, 12, 31), "year", expr.part), "month")
    if ref is None:
        return None
    if expr.weekday is not None:
        d = _day(replace(expr, kind="weekday"), ref)
        return d, d, "day"  # type: ignore[return-value]
    step = {"last": -1, "next": 1}.get(expr.direction or "", 0)
    start, end, _precision = _period(ref, step, expr.unit)  # type: ignore[arg-type]
    return (*_part(start, end, expr.unit, expr.part), _PART_PRECISION[expr.unit])  # type: ignore[arg-type, index]


def _part(start: date, end: date, unit: str, part: str | None) -> tuple[date, date]:
    """The early, mid or late third of the period ``start``–``end`` (a month, a week, a year; a day is itself)."""
    third = _THIRDS.get(part or "")
    if third is None or unit == "day":
        return start, end
    if unit == "month":
        first, last = _MONTH_PARTS[third]
        return start.replace(day=first), start.replace(day=min(last, end.day))
    if unit == "week":
        first, last = _WEEK_PARTS[third]
        return start + timedelta(days=first), start + timedelta(days=last)
    first, last = _YEAR_PARTS[third]
    return _month(start.year, first)[0], _month(start.year, last)[1]


def _shift(ref: date, amount: int, unit: str) -> tuple[date, date, str]:
    """The day, week, month or year ``amount`` units from ``ref`` ("il y a deux semaines")."""
    if unit == "day":
        d = ref + timedelta(days=amount)
        return d, d, "day"
    if unit == "week":
        d = ref + timedelta(weeks=amount)
        return d - timedelta(days=3), d + timedelta(days=3), "week"
    if unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + amount, 12)
        return (*_month(year, month + 1), "month")
    return date(ref.year + amount, 1, 1), date(ref.year + amount, 12, 31), "year"


def _period(ref: date, step: int, unit: str) -> tuple[date, date, str]:
    """The calendar day, week, month or year ``step`` periods from the one holding ``ref``."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week"
    return _shift(ref, step, unit)


def _past_units(expr: TimeExpr, ref: date) -> tuple[date, date, str]:
    """ "les trois derniers jours", "the next two weeks": from the reference date back (or on) that many units."""
    sign = 1 if expr.direction == "next" else -1
    far = _moved(ref, sign * expr.amount, expr.unit)  # type: ignore[arg-type, operator]
    start, end = (far, ref) if sign < 0 else (ref, far)
    return start, end, precision_of(start, end)


def _moved(ref: date, amount: int, unit: str) -> date:
    """``ref`` moved by ``amount`` days, weeks, months or years (the day of the month kept where it exists)."""
    if unit in {"day", "week"}:
        return ref + timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * (12 if unit == "year" else 1)
    year, month = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    return date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))


def _range(expr: TimeExpr, ref: date | None, previous: date | None) -> tuple[date, date, str] | None:
    first, second = expr.parts  # type: ignore[misc]
    last = _span(second, ref, previous)
    if last is None:
        return None
    # "de mercredi à vendredi": the Wednesday before that Friday, not the one before the reference date
    head = _span(first, last[0] if first.kind in NEAREST_KINDS else ref, previous)
    if head is None:
        return None
    start, end = min(head[0], last[0]), max(head[1], last[1])
    return start, end, precision_of(start, end)
