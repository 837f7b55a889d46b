"""Temporal expressions: recognising them in text (resolving them is ``timeresolve``).

Recognition is regular expressions assembled in code from each language's word lists (``lang/<code>/time.yaml``,
and the number words of ``numbers.yaml``): the data says which words are months, weekdays, units or vague parts;
the code says how they combine. It runs in two steps. First *atoms*: a date, a weekday, "il y a trois jours",
"début janvier", a year. Then *ranges*: two atoms joined by a dash or by one short word ("du 2 au 5 janvier",
"2018-2019", "de samedi à dimanche", "del 2 al 5 de enero", "с 2 по 5 января"); a bare day number or month name is
read only as the first half of a range, never alone. Where two readings overlap, the longer one wins.

Each expression carries a role: ``point`` (it dates what the sentence reports), ``since`` (a span starts there:
"depuis le 6 janvier"), ``historical`` (a year recalled as background: "depuis l'indépendance en 1991") or
``label`` (a year that names something rather than dating it: "Euro 2016", "la saison 2016-2017").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from eventwire.knowledge import lang_data

_DIGIT_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)(?!\d)"
_AMOUNT_DIGITS = r"\d{1,3}(?!\d)"
_SPACE = r"[^\S\n]"  # dates never run over a line break
#: What may join the two halves of a range: a dash, or one short word ("au", "to", "bis", "по", "y").
_RANGE_GAP = re.compile(rf"{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+\w{{1,3}}{_SPACE}+")
_DASH_GAP = re.compile(rf"{_SPACE}*[-–—]{_SPACE}*")
#: Kinds of atom that name a day (with or without its year) and can end a range of days.
_DAY_KINDS = frozenset({"date", "daymonth"})
#: Two atoms make a range only if they are of one family ("du 6 janvier au 2 février", "de lundi à mercredi").
_FAMILY = {"date": "day", "daymonth": "day", "weekdayday": "day", "month": "month", "monthyear": "month"}
#: Kinds resolved as "the nearest such day": in a range, the first half is resolved against the second.
NEAREST_KINDS = frozenset({"daymonth", "weekday", "weekdayday", "month"})


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A recognised expression before resolution: what the text literally says, with its character span."""

    start: int
    end: int
    kind: str  # date, daymonth, weekdayday, monthyear, month, year, vague, weekday, period, pastunits, ago,
    # relday, anchored, range; weak (only inside a range): day, baremonth
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days, for relday and anchored
    amount: int | None = None
    unit: str | None = None  # day, week, month, year
    part: str | None = None  # early, mid, late (vague)
    direction: str | None = None  # last, next, this
    role: str = "point"
    parts: tuple[TimeExpr, TimeExpr] | None = None  # a range: its first and second halves
    weak: bool = False  # read only as the first half of a range (a bare day number, a bare month name)

    @property
    def absolute(self) -> date | None:
        """The day this expression names without any reference date (a full date, or a range ending on one)."""
        if self.kind == "date":
            return date(self.year, self.month, self.day)  # type: ignore[arg-type]
        if self.kind == "range" and self.parts:
            return self.parts[1].absolute
        return None


def _alternation(words: list[str] | set[str]) -> str:
    """A regex matching any of the phrases, the longest it can; spaces match any run of spaces, apostrophes either
    form. The phrases are merged into a prefix tree ("janv|janvier" → "janv(?:ier)?"): hundreds of number words
    then cost the regex engine a few character tests per position instead of hundreds."""
    tree: dict = {}
    for phrase in {w.strip().lower() for w in words if w and w.strip()}:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_regex(tree) or "(?!)"


def _tree_regex(node: dict) -> str:
    pieces = {" ": r"\s+", "'": "['’]"}
    branches = [pieces.get(char, re.escape(char)) + _tree_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def squash(text: str) -> str:
    """The lookup form of a matched phrase: lowercase, one space, straight apostrophes."""
    return " ".join(text.lower().replace("’", "'").split())


class TimeGrammar:
    """The compiled date patterns of one language; ``find`` lists the expressions in a stretch of text."""

    def __init__(self, lang: str) -> None:
        data = lang_data(lang, "time")
        numbers = lang_data(lang, "numbers")
        self.lang = lang
        self.months = {squash(k).rstrip("."): int(v) for k, v in data["months"].items()}
        self.weekdays = {squash(k): int(v) for k, v in data["weekdays"].items()}
        self.ordinals = {squash(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
        self.relative_days = {squash(k): int(v) for k, v in data["relative_days"].items() if v is not None}
        self.anchored_days = {squash(k): int(v) for k, v in (data.get("anchored_days") or {}).items()}
        self.units = {squash(k): str(v) for k, v in data["units"].items()}
        self.number_words = {squash(k): int(v) for k, v in numbers["words"].items()}
        self.dmy = data.get("dateline_order", "dmy") == "dmy"
        self.direction = {squash(w): key for key in ("last", "next", "this") for w in data.get(key) or []}
        self.vague = {squash(p): part for part, phrases in data["vague"].items() for p in phrases}
        self.since = {squash(w) for w in data.get("since") or []}
        self.historical = [squash(w) for w in data.get("historical_nouns") or []]
        self._compile(data)

    def _compile(self, data: dict) -> None:
        order = data.get("order", "after")
        moving = _alternation([w for w, key in self.direction.items() if key != "this"])
        month = rf"(?P<month>{_alternation(list(data['months']))})(?!\w)"
        weekday = rf"(?P<weekday>{_alternation(list(data['weekdays']))})"
        day = rf"(?P<day>{_alternation(list(data.get('ordinals') or {}))}|{_DIGIT_DAY})"
        unit = rf"(?P<unit>{_alternation(list(data['units']))})"
        this = rf"(?P<this>{_alternation(list(data.get('this') or []))})"
        before = rf"(?:(?P<dir>{moving})\s+)?" if order in {"before", "both"} else ""
        after = rf"(?:\s+(?P<dir2>{moving}))?" if order in {"after", "both"} else ""
        ahead = rf"(?:{this}|(?P<dir>{moving}))" if order in {"before", "both"} else this
        period = rf"(?:{ahead}\s+)?{unit}{after}"  # "cette semaine", "last week", "la semaine dernière"
        named = rf"(?:{weekday}(?:,\s+(?:\w{{1,3}}\s+)?|\s+))?"  # "mercredi 6", "mercredi, le 6", "Dienstag, den 6."
        year_preps = _alternation(data.get("year_prepositions") or [])
        link = rf"(?:(?:{year_preps})\s+)?"  # "6 de enero [de] 2022"
        ago = data.get("ago") or {}
        agos = []  # "il y a trois jours", "two days ago", "a week ago"; only on the side(s) the language uses
        if ago.get("before"):
            agos.append(("ago", rf"(?:{_alternation(ago['before'])})\s+{self._amount_group()}\s+{unit}"))
        if ago.get("after"):
            agos.append(("ago", rf"(?:{self._amount_group()}\s+)?{unit}\s+(?:{_alternation(ago['after'])})"))
        if self.since:  # "depuis six semaines": what still goes on started that long before the reference date
            agos.append(("sinceunits", rf"(?:{_alternation(sorted(self.since))})\s+{self._amount_group()}\s+{unit}"))
        specs: list[tuple[str, str]] = [
            ("iso", r"(?P<year>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
            ("numeric", r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"),
            ("date", rf"{before}{named}{day}\s+{month}(?:,?\s+{link}{_year()})?{after}"),
            ("date", rf"{before}{named}{month}\s+{day}(?:,?\s+{link}{_year()})?"),
            (
                "vague",
                rf"(?P<vague>{_alternation(list(self.vague))})\s*"
                rf"(?:{month}(?:,?\s+{link}{_year()})?|{link}{_year('vyear')}|{weekday}|{period})",
            ),
            ("weekdayday", rf"{weekday},?\s+{day}"),
            ("monthyear", rf"{month},?\s+{link}{_year()}"),
            ("month", rf"(?P<prep>{_alternation(data.get('month_prepositions') or [])})\s+{month}{after}"),
            ("year", rf"(?P<prep>{year_preps}|{_alternation(self.since)})\s+{_year()}"),
            ("bareyear", rf"{_year()}(?:\s*[-–/]\s*(?P<year2>1[5-9]\d\d|20\d\d|\d\d)(?!\d))?"),
            *agos,
            (
                "pastunits",  # "the last three days", "les trois derniers jours"
                rf"(?:(?P<dir>{moving})\s+{self._amount_group()}|{self._amount_group('amount2')}\s+(?P<dir2>{moving}))"
                rf"\s+{unit}",
            ),
            ("weekday", rf"(?:{this}\s+)?{before}{weekday}{after}"),
            ("period", period),
            (
                "relday",
                rf"(?P<rel>{_alternation(list(self.relative_days))})|(?P<prev>{_alternation(list(self.anchored_days))})",
            ),
            ("day", rf"{day}(?:\s*,\s*{_DIGIT_DAY})*"),
            ("baremonth", month),
        ]
        # The text is lowercased before matching (as the phrases are). Dates never run over a line break: whitespace
        # in the patterns is any whitespace but "\n".
        self.patterns = [(kind, re.compile(rf"(?<!\w)(?:{p})(?!\w)".replace(r"\s", _SPACE))) for kind, p in specs]
        since = _alternation(self.since)
        self._since_before = re.compile(rf"(?<!\w)(?:{since})\s+(?:\w{{1,3}}\s+|\w['’]\s*)?$".replace(r"\s", _SPACE))
        self._year_preposition_before = re.compile(rf"(?<!\w)({year_preps}|{since})\s+$".replace(r"\s", _SPACE))

    def _amount_group(self, name: str = "amount") -> str:
        return rf"(?P<{name}>{_AMOUNT_DIGITS}|{_alternation(list(self.number_words))})"

    # --- recognition -------------------------------------------------------------------------

    def find(self, text: str, start: int, end: int) -> list[TimeExpr]:
        """All expressions in ``text[start:end]``, in text order, none overlapping another."""
        lowered = _lowered(text)
        atoms: list[tuple[int, TimeExpr]] = []
        for priority, (kind, pattern) in enumerate(self.patterns):
            for match in pattern.finditer(lowered, start, end):
                expr = self._build(kind, match, text, lowered)
                if expr is not None:
                    atoms.append((priority, expr))
        candidates = [(p, e) for p, e in atoms if not e.weak]
        candidates.extend((len(self.patterns), r) for r in _ranges([e for _p, e in atoms], text))
        candidates.sort(key=lambda item: (item[1].start - item[1].end, item[0], item[1].start))
        chosen: list[TimeExpr] = []
        for _priority, expr in candidates:
            if all(expr.end <= c.start or expr.start >= c.end for c in chosen):
                chosen.append(expr)
        return sorted(chosen, key=lambda e: e.start)

    def _build(self, kind: str, m: re.Match[str], text: str, lowered: str) -> TimeExpr | None:
        g = m.groupdict()
        s, e = m.span()
        if kind == "day":  # weak atoms first: every number up to 31 is one
            return TimeExpr(s, e, "day", day=self._day(g["day"]), weak=True)
        month = self.months.get(squash(g["month"]).rstrip(".")) if g.get("month") else None
        if kind == "baremonth":
            return TimeExpr(s, e, "baremonth", month=month, weak=True)
        year = int(g["year"]) if g.get("year") else None
        weekday = self.weekdays.get(squash(g["weekday"])) if g.get("weekday") else None
        day = self._day(g.get("day"))
        unit = self.units.get(squash(g["unit"])) if g.get("unit") else None
        direction = self._direction(g)
        role = "since" if self._since_before.search(lowered, max(0, s - 30), s) else "point"
        if kind == "iso":
            return _checked(TimeExpr(s, e, "date", year=year, month=int(g["m"]), day=int(g["d"]), role=role))
        if kind == "numeric":
            a, b = int(g["a"]), int(g["b"])
            first, second = (a, b) if self.dmy else (b, a)
            if second > 12 >= first:  # no 13th month: the writer used the other order ("12/25/2021" in French)
                first, second = second, first
            return _checked(TimeExpr(s, e, "date", year=year, month=second, day=first, role=role))
        if kind == "date":
            kind = "date" if year else "daymonth"
            return _checked(TimeExpr(s, e, kind, year, month, day, weekday, direction=direction, role=role))
        if kind == "weekdayday":
            # "samedi 18." is a date; in "samedi 20 manifestants ont été arrêtés" the number counts people, unless
            # a range follows ("dans la nuit de lundi 3 à mardi 4 décembre")
            return TimeExpr(s, e, kind, day=day, weekday=weekday, role=role, weak=_lowercase_word_follows(text, e))
        if kind == "monthyear":
            return TimeExpr(s, e, "monthyear", year=year, month=month, role=role)
        if kind == "month":  # the span leaves out the preposition: "en [janvier]", "last [January]"
            prep = squash(g["prep"])
            role = "since" if prep in self.since else role
            direction = direction or self.direction.get(prep)
            return TimeExpr(m.start("month"), e, "month", month=month, direction=direction, role=role)
        if kind in {"year", "bareyear"}:  # the span leaves out the preposition: "en [1991]"
            return self._year(g, m.start("year"), e, year, text, lowered)  # type: ignore[arg-type]
        if kind == "vague":
            phrase = squash(g["vague"])
            if unit and not direction and not (_linked(phrase) or _linked(squash(g["unit"]))):
                return None  # "en fin de semaine", "Mitte der Woche" are dates; "his early years" is not
            if unit == "day" and not direction:
                return None  # "à la mi-journée", "late in the day": a time of the day the story is about, no date
            year = year or (int(g["vyear"]) if g.get("vyear") else None)
            part = self.vague[phrase]
            return TimeExpr(s, e, "vague", year, month, None, weekday, unit=unit, part=part, direction=direction)
        if kind in {"ago", "pastunits", "sinceunits"}:
            raw = g.get("amount") or g.get("amount2")
            amount = self._amount(raw)
            if amount is None and (raw or not _linked(squash(g["unit"]))):
                return None  # "weeks ago" without a number is no date; "a week ago" carries its own
            if kind == "sinceunits":
                return TimeExpr(s, e, "ago", amount=amount or 1, unit=unit, role="since")
            return TimeExpr(s, e, kind, amount=amount or 1, unit=unit, direction=direction, role=role)
        if kind == "weekday":
            return TimeExpr(s, e, "weekday", weekday=weekday, direction=direction, role=role)
        if kind == "period":  # "la semaine dernière", "this year"; "the last day (of the talks)" is no yesterday
            if direction is None or (unit == "day" and direction != "this"):
                return None
            return TimeExpr(s, e, "period", unit=unit, direction=direction, role=role)
        if kind == "relday":
            if g.get("rel"):
                return TimeExpr(s, e, "relday", offset=self.relative_days[squash(g["rel"])], role=role)
            return TimeExpr(s, e, "anchored", offset=self.anchored_days[squash(g["prev"])], role=role)
        return None

    def _year(self, g: dict, s: int, e: int, year: int, text: str, lowered: str) -> TimeExpr | None:
        """A year, or two ("2016-2017"). After a year preposition it dates what the sentence reports, after "since"
        a span starts there, after a historical noun it is background; with none of these it is a label."""
        prep = squash(g["prep"]) if g.get("prep") else self._preposition_before(lowered, s)
        if prep is None and not g.get("year2") and (_part_of_number(text, s) or _word_follows(text, e)):
            return None  # "12 2000", "2000 personnes", "1747 mètres": a count or a measure, not a year
        role = "since" if prep in self.since else "point" if prep else "label"
        if role != "since" and self._historical_before(text, s):
            role = "historical"
        if not g.get("year2"):
            return TimeExpr(s, e, "year", year=year, role=role)
        second = g["year2"]
        last = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        if not year < last <= year + 30:
            return None
        halves = (TimeExpr(s, s + 4, "year", year=year), TimeExpr(e - len(second), e, "year", year=last))
        return TimeExpr(s, e, "range", role=role, parts=halves)

    def _preposition_before(self, lowered: str, start: int) -> str | None:
        match = self._year_preposition_before.search(lowered, max(0, start - 30), start)
        return squash(match.group(1)) if match else None

    def _direction(self, g: dict) -> str | None:
        word = g.get("dir") or g.get("dir2")  # before "this": "this past Sunday" is last Sunday
        if word:
            return self.direction.get(squash(word))
        return "this" if g.get("this") else None

    def _day(self, raw: str | None) -> int | None:
        if not raw:
            return None
        lowered = squash(raw)
        if lowered in self.ordinals:
            return self.ordinals[lowered]
        digits = re.match(r"\d+", lowered)
        return int(digits.group()) if digits else None

    def _amount(self, raw: str | None) -> int | None:
        if not raw:
            return None
        lowered = squash(raw)
        return int(lowered) if lowered.isdigit() else self.number_words.get(lowered)

    def _historical_before(self, text: str, start: int) -> bool:
        """A year recalled as background: a historical noun or a "since" word in the words just before it ("les
        plus graves depuis la chute de l'URSS en 1991"). One- and two-letter "since" words ("с") are also common
        prepositions ("with") and are left out of this test."""
        window = squash(text[max(0, start - 60) : start])
        return any(noun in window for noun in self.historical) or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", window) for w in self.since if len(w) > 2
        )


def _ranges(atoms: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Pairs of atoms joined by a dash or one short word that read as one span ("du 2 au 5 janvier")."""
    by_start: dict[int, list[TimeExpr]] = {}
    for atom in atoms:
        by_start.setdefault(atom.start, []).append(atom)
    found = []
    for first in atoms:
        gap = _RANGE_GAP.match(text, first.end)
        if gap is None:
            continue
        for second in by_start.get(gap.end(), []):
            joined = _join(first, second, text, dashed=bool(_DASH_GAP.fullmatch(gap.group())))
            if joined is not None:
                found.append(joined)
    return found


def _join(first: TimeExpr, second: TimeExpr, text: str, *, dashed: bool) -> TimeExpr | None:
    """The range ``first``–``second``, with what the first half leaves unsaid taken from the second."""
    if second.weak and not (
        (second.kind == "day" and first.kind == "daymonth" and dashed)
        or (second.kind == "baremonth" and first.kind in {"month", "monthyear"})
    ):
        return None
    a, b = first, second
    if a.kind in {"day", "weekdayday"} and b.kind in _DAY_KINDS:
        if a.kind == "day" and not _short_word_before(text, a.start):
            return None  # "killing 12 on 6 January": the number counts people
        month, year = b.month, b.year
        if a.day > b.day:  # type: ignore[operator]  # "du 30 au 2 janvier"
            month, year = (month - 1, year) if month > 1 else (12, year and year - 1)  # type: ignore[operator]
        a = replace(a, kind="daymonth" if year is None else "date", month=month, year=year)
    elif a.kind == "daymonth" and b.kind == "day":
        if not text[a.end - 1].isdigit():
            return None  # only month-first dates take a bare day after a dash: "January 2-5"
        b = replace(b, kind="daymonth", month=a.month)
    elif a.kind == "daymonth" and b.kind == "date":  # "du 30 décembre au 2 janvier 2022"
        year = b.year if (a.month, a.day) <= (b.month, b.day) else b.year - 1  # type: ignore[operator]
        a = replace(a, kind="date", year=year)
    elif a.kind == "baremonth" and b.kind in {"monthyear", "month"}:
        a = replace(a, kind="monthyear" if b.year else "month", year=b.year)
    elif a.kind in {"month", "monthyear"} and b.kind == "baremonth":
        b = replace(b, kind="monthyear" if a.year else "month", year=a.year)
    elif a.weak or _FAMILY.get(a.kind, a.kind) != _FAMILY.get(b.kind, b.kind):
        return None
    if any(half.kind in _DAY_KINDS and not _valid_day(half) for half in (a, b)):
        return None
    roles = {a.role, b.role}
    role = "historical" if "historical" in roles else "label" if roles == {"label"} else "point"
    return TimeExpr(first.start, second.end, "range", role=role, parts=(a, b))


def _short_word_before(text: str, start: int) -> bool:
    """The first half of a range of days follows a short word or punctuation: "du 2", "from 2", "les 16", "– 28"."""
    before = text[max(0, start - 12) : start].rstrip()
    word = re.search(r"\w+$", before)
    return word is None or len(word.group()) <= 4


def _linked(phrase: str) -> bool:
    """A phrase of several words, or with an elided article ("la semaine", "l'année", "a week")."""
    return " " in phrase or "'" in phrase


def _valid_day(expr: TimeExpr) -> bool:
    if expr.month is None or expr.day is None or not 1 <= expr.month <= 12:
        return False
    return expr.day <= calendar.monthrange(expr.year or 2000, expr.month)[1]  # 2000: 29 February survives


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>{_YEAR})"


def _lowered(text: str) -> str:
    """``text`` in lowercase, character for character (offsets must not move: "İ" lowercases to two)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _checked(expr: TimeExpr) -> TimeExpr | None:
    """Drop impossible dates ("31 février") rather than guess."""
    return expr if _valid_day(expr) else None


def _part_of_number(text: str, start: int) -> bool:
    """Digits or a digit group just before: "12 000", "2.030", "+2000"."""
    before = text[max(0, start - 2) : start]
    return bool(re.search(r"\d[\s.,\u00a0\u202f]?$|[+#№]$", before))


def _word_follows(text: str, end: int) -> bool:
    """A lowercase word of four letters or more right after: a counted noun or a unit ("2000 personnes", "1747
    mètres"); "Tour de France 2016" at the end of a line, "en 2016 et 2017", "(1964)" stay years."""
    match = re.match(r"[ \t\u00a0]+(\w{4,})", text[end : end + 40])
    return bool(match and match.group(1)[0].islower())


def _lowercase_word_follows(text: str, end: int) -> bool:
    match = re.match(r"\s+(\w)", text[end : end + 4])
    return bool(match and match.group(1).islower())
