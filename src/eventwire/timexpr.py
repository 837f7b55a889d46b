"""Temporal expressions: recognising them in text and resolving them against a reference date.

Recognition is regular expressions assembled in code from each language's word lists (``lang/<code>/time.yaml``):
the data says which words are months, weekdays or vague parts; the code says how they combine. Resolution is plain
date arithmetic with the news reader's habits: a weekday without more is the last such day on or before the
reference date, a day and month without a year is the one nearest the reference date, and "début janvier" is
January 1–10 (FORMAT.md: early = days 1–10, mid = 11–20, late = 21 to the end).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.knowledge import lang_data
from eventwire.model import TimeValue

_NUMBER = r"\d{1,3}"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_SUFFIX = r"(?:er|re|e|st|nd|rd|th)?"
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A recognised expression before resolution (what the text literally says)."""

    start: int
    end: int
    kind: str  # full, daymonth, monthyear, month, vague, weekday, relday, previous, ago, lastunit, year, iso, numeric
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days, for relday/previous
    amount: int | None = None
    unit: str | None = None
    part: str | None = None  # early, mid, late
    direction: str | None = None  # last, next, this
    role: str = "point"

    @property
    def has_year(self) -> bool:
        return self.year is not None and self.kind in {"full", "iso", "numeric"}


def _alternation(words: list[str]) -> str:
    unique = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in unique)


def _bounded(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})(?![\w])"


class TimeGrammar:
    """The compiled patterns of one language."""

    def __init__(self, lang: str) -> None:
        data = lang_data(lang, "time")
        numbers = lang_data(lang, "numbers")
        self.lang = lang
        self.months = {k.lower().rstrip("."): int(v) for k, v in data["months"].items()}
        self.weekdays = {k.lower(): int(v) for k, v in data["weekdays"].items()}
        self.relative_days = {_squash(k): int(v) for k, v in data["relative_days"].items() if v is not None}
        self.previous_relative = {_squash(k): int(v) for k, v in (data.get("anchored_days") or {}).items()}
        self.units = {k.lower(): v for k, v in data["units"].items()}
        self.number_words = {k.lower(): int(v) for k, v in numbers["words"].items()}
        self.order_after = data.get("order", "after") == "after"
        self.dmy = data.get("dateline_order", "dmy") == "dmy"
        self.direction = {}
        for key in ("last", "next", "this"):
            for word in data.get(key) or []:
                self.direction[word.lower()] = key
        self.vague = {}
        for part, phrases in data["vague"].items():
            for phrase in phrases:
                self.vague[_squash(phrase)] = part
        self.since = [w.lower() for w in data.get("since") or []]
        self.historical = [w.lower() for w in data.get("historical_nouns") or []]
        self.ordinals = {k.lower(): int(v) for k, v in (data.get("ordinals") or {}).items()}
        self._compile(data)

    def _compile(self, data: dict) -> None:
        month = rf"(?P<month>{_alternation(list(data['months']))})"
        weekday = rf"(?P<weekday>{_alternation(list(data['weekdays']))})"
        word_ordinals = [k for k in self.ordinals if not k[:1].isdigit()]
        day = rf"(?P<day>{_DAY}{_DAY_SUFFIX}" + (rf"|{_alternation(word_ordinals)}" if word_ordinals else "") + ")"
        year = rf"(?P<year>{_YEAR})"
        vague = rf"(?P<vague>{_alternation(list(self.vague_phrases(data)))})"
        numword = _alternation(list(self.number_words))
        amount = rf"(?P<amount>{_NUMBER}" + (rf"|{numword}" if numword else "") + ")"
        unit = rf"(?P<unit>{_alternation(list(data['units']))})"
        direction_words = _alternation(list(self.direction))
        direction = rf"(?P<direction>{direction_words})" if direction_words else r"(?P<direction>(?!))"
        ago = data.get("ago") or {}
        before_ago = _alternation(ago.get("before") or [])
        after_ago = _alternation(ago.get("after") or [])
        preps = _alternation(data.get("month_prepositions") or [])
        rel = _alternation([k for k, v in data["relative_days"].items() if v is not None])
        prev = _alternation(list(data.get("anchored_days") or {}))
        year_preps = _alternation((data.get("year_prepositions") or []) + (data.get("since") or []))
        specs: list[tuple[str, str]] = [
            ("iso", r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
            ("numeric", r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})"),
            ("full", rf"(?:{weekday},?\s+)?(?:le\s+)?{day}\s+(?:de\s+)?{month},?\s+{year}"),
            ("full", rf"(?:{weekday},?\s+)?{month}\s+{day},?\s+{year}"),
            ("vague", rf"{vague}\s*(?:de\s+|d['’]\s*)?{month}(?:\s+{year})?"),
            ("vague", rf"{vague}\s*{year}"),
            ("daymonth", rf"(?:{weekday},?\s+)?{day}\s+(?:de\s+)?{month}"),
            ("daymonth", rf"(?:{weekday},?\s+)?{month}\s+{day}"),
            ("monthyear", rf"{month}\s+{year}"),
        ]
        if preps:
            specs.append(("month", rf"(?:{preps})\s+{month}"))
        if year_preps:
            specs.append(("year", rf"(?P<prep>{year_preps})\s+(?:l['’]an\s+|the\s+year\s+)?{year}"))
        if before_ago:
            specs.append(("ago", rf"(?:{before_ago})\s+{amount}\s+{unit}"))
        if after_ago:
            specs.append(("ago", rf"{amount}\s+{unit}\s+(?:{after_ago})"))
        if self.order_after:
            specs.append(("weekday", rf"{weekday}(?:\s+{direction})?"))
            specs.append(("lastunit", rf"(?:l['’]|la\s+|le\s+|cette\s+|ce\s+)?{unit}\s+{direction}"))
        else:
            specs.append(("weekday", rf"(?:{direction}\s+)?{weekday}"))
            specs.append(("lastunit", rf"{direction}\s+{unit}"))
        if rel:
            specs.append(("relday", rf"(?P<rel>{rel})"))
        if prev:
            specs.append(("previous", rf"(?P<prev>{prev})"))
        self.patterns = [(kind, re.compile(_bounded(p), re.IGNORECASE)) for kind, p in specs]

    def vague_phrases(self, data: dict) -> list[str]:
        return [p for phrases in data["vague"].values() for p in phrases]

    # --- recognition -------------------------------------------------------------------------

    def find(self, text: str, start: int, end: int) -> list[TimeExpr]:
        """All expressions in ``text[start:end]``; where two overlap, the longer (then the earlier pattern) wins."""
        candidates: list[tuple[int, int, TimeExpr]] = []
        for priority, (kind, pattern) in enumerate(self.patterns):
            for match in pattern.finditer(text, start, end):
                expr = self._build(kind, match, text)
                if expr is not None:
                    candidates.append((expr.start - expr.end, priority, expr))
        candidates.sort(key=lambda item: (item[0], item[1]))
        chosen: list[TimeExpr] = []
        for _length, _priority, expr in candidates:
            if all(expr.end <= c.start or expr.start >= c.end for c in chosen):
                chosen.append(expr)
        return sorted(chosen, key=lambda e: e.start)

    def _build(self, kind: str, m: re.Match[str], text: str) -> TimeExpr | None:
        groups = m.groupdict()
        s, e = m.span()
        month = self.months.get(groups["month"].lower().rstrip(".")) if groups.get("month") else None
        year = int(groups["year"]) if groups.get("year") else None
        weekday = self.weekdays.get(groups["weekday"].lower()) if groups.get("weekday") else None
        day = self._day(groups.get("day"))
        if kind == "iso":
            return _checked(TimeExpr(s, e, "iso", year=year, month=int(groups["m"]), day=int(groups["d"])))
        if kind == "numeric":
            a, b = int(groups["a"]), int(groups["b"])
            d, mo = (a, b) if self.dmy else (b, a)
            return _checked(TimeExpr(s, e, "numeric", year=year, month=mo, day=d))
        if kind == "full":
            return _checked(TimeExpr(s, e, "full", year=year, month=month, day=day, weekday=weekday))
        if kind == "daymonth":
            return _checked(TimeExpr(s, e, "daymonth", month=month, day=day, weekday=weekday))
        if kind == "monthyear":
            return TimeExpr(s, e, "monthyear", year=year, month=month)
        if kind == "month":
            return TimeExpr(s, e, "month", month=month)
        if kind == "vague":
            part = self.vague.get(_squash(groups["vague"]))
            return TimeExpr(s, e, "vague", year=year, month=month, part=part)
        if kind == "year":
            role = "since" if groups["prep"].lower() in self.since else "point"
            if role == "point" and self._historical_before(text, s):
                role = "historical"
            return TimeExpr(s, e, "year", year=year, role=role)
        if kind == "ago":
            amount = self._amount(groups["amount"])
            unit = self.units.get(groups["unit"].lower())
            return TimeExpr(s, e, "ago", amount=amount, unit=unit) if amount and unit else None
        if kind == "weekday":
            direction = self.direction.get((groups.get("direction") or "").lower())
            return TimeExpr(s, e, "weekday", weekday=weekday, direction=direction)
        if kind == "lastunit":
            direction = self.direction.get(groups["direction"].lower())
            unit = self.units.get(groups["unit"].lower())
            return TimeExpr(s, e, "lastunit", unit=unit, direction=direction) if unit else None
        if kind == "relday":
            return TimeExpr(s, e, "relday", offset=self.relative_days.get(_squash(groups["rel"])))
        if kind == "previous":
            return TimeExpr(s, e, "previous", offset=self.previous_relative.get(_squash(groups["prev"])))
        return None

    def _day(self, raw: str | None) -> int | None:
        if not raw:
            return None
        lowered = raw.lower()
        if lowered in self.ordinals:
            return self.ordinals[lowered]
        digits = re.match(r"\d+", lowered)
        return int(digits.group()) if digits else None

    def _amount(self, raw: str) -> int | None:
        lowered = _squash(raw)
        return int(lowered) if lowered.isdigit() else self.number_words.get(lowered)

    def _historical_before(self, text: str, start: int) -> bool:
        window = text[max(0, start - 60) : start].lower()
        return any(noun in window for noun in self.historical) or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", window) for w in self.since
        )


def _squash(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _checked(expr: TimeExpr) -> TimeExpr | None:
    """Drop impossible dates ("31 février") rather than guess."""
    if expr.month is None or expr.day is None or not 1 <= expr.month <= 12:
        return None
    year = expr.year or 2000  # a leap year, so 29 February without a year survives
    if expr.day > calendar.monthrange(year, expr.month)[1]:
        return None
    return expr


# --- resolution --------------------------------------------------------------------------------


def _nearest_year(month: int, day: int, ref: date) -> date:
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def _month_span(year: int, month: int, part: str | None = None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = _PARTS.get(part or "", (1, last))
    return date(year, month, first_day), date(year, month, min(last_day, last))


def _recent_month_year(month: int, ref: date) -> int:
    """The year of a month named without one: this year, unless that is more than a month ahead."""
    start = date(ref.year, month, 1)
    return ref.year - 1 if (start - ref).days > 31 else ref.year


def resolve(expr: TimeExpr, ref: date | None, previous: date | None = None) -> TimeValue | None:
    """The date or interval ``expr`` denotes, or None when it needs a reference date that is unknown."""
    if expr.kind in {"full", "iso", "numeric"}:
        d = date(expr.year, expr.month, expr.day)  # type: ignore[arg-type]
        return TimeValue(d, d, "day", expr.role)
    if expr.kind == "monthyear" and expr.month:
        return TimeValue(*_month_span(expr.year, expr.month), "month", expr.role)  # type: ignore[arg-type]
    if expr.kind == "year" and expr.year:
        return TimeValue(date(expr.year, 1, 1), date(expr.year, 12, 31), "year", expr.role)
    if expr.kind == "vague" and expr.month is None and expr.year and expr.part:
        start_month, end_month = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[expr.part]
        end = date(expr.year, end_month, calendar.monthrange(expr.year, end_month)[1])
        return TimeValue(date(expr.year, start_month, 1), end, "month", expr.role)
    if ref is None:
        if expr.kind == "previous" and previous is not None and expr.offset is not None:
            d = previous + timedelta(days=expr.offset)
            return TimeValue(d, d, "day", expr.role)
        return None
    if expr.kind == "daymonth" and expr.month and expr.day:
        d = _nearest_year(expr.month, expr.day, ref)
        return TimeValue(d, d, "day", expr.role)
    if expr.kind in {"month", "vague"} and expr.month:
        year = expr.year or _recent_month_year(expr.month, ref)
        start, end = _month_span(year, expr.month, expr.part if expr.kind == "vague" else None)
        return TimeValue(start, end, "week" if expr.kind == "vague" and expr.part else "month", expr.role)
    if expr.kind == "weekday" and expr.weekday is not None:
        back = (ref.weekday() - expr.weekday) % 7
        if expr.direction == "next":
            d = ref + timedelta(days=(expr.weekday - ref.weekday()) % 7 or 7)
        elif expr.direction == "last":
            d = ref - timedelta(days=back or 7)
        else:
            d = ref - timedelta(days=back)
        return TimeValue(d, d, "day", expr.role)
    if expr.kind == "relday" and expr.offset is not None:
        d = ref + timedelta(days=expr.offset)
        return TimeValue(d, d, "day", expr.role)
    if expr.kind == "previous" and expr.offset is not None:
        d = (previous or ref) + timedelta(days=expr.offset)
        return TimeValue(d, d, "day", expr.role)
    if expr.kind == "ago" and expr.amount and expr.unit:
        return _shift(ref, -expr.amount, expr.unit, expr.role)
    if expr.kind == "lastunit" and expr.unit:
        step = {"last": -1, "next": 1}.get(expr.direction or "", 0)
        return _period(ref, step, expr.unit, expr.role)
    return None


def _shift(ref: date, amount: int, unit: str, role: str) -> TimeValue:
    if unit == "day":
        d = ref + timedelta(days=amount)
        return TimeValue(d, d, "day", role)
    if unit == "week":
        d = ref + timedelta(weeks=amount)
        return TimeValue(d - timedelta(days=3), d + timedelta(days=3), "week", role)
    if unit == "month":
        month_index = ref.year * 12 + ref.month - 1 + amount
        year, month = divmod(month_index, 12)
        return TimeValue(*_month_span(year, month + 1), "month", role)
    year = ref.year + amount
    return TimeValue(date(year, 1, 1), date(year, 12, 31), "year", role)


def _period(ref: date, step: int, unit: str, role: str) -> TimeValue:
    """The calendar week, month or year ``step`` periods from the one holding ``ref``."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return TimeValue(monday, monday + timedelta(days=6), "week", role)
    if unit == "day":
        d = ref + timedelta(days=step)
        return TimeValue(d, d, "day", role)
    return (
        _shift(ref, step, unit, role)
        if unit == "month"
        else TimeValue(date(ref.year + step, 1, 1), date(ref.year + step, 12, 31), "year", role)
    )
