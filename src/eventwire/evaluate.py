"""Score eventwire's events against gold data, as ``shared/eval/FORMAT.md`` ("Scoring") defines it.

Everything here is a pure function over plain dicts (gold articles as read by :func:`load_gold`, prediction
records as written by ``eventwire extract``) so that scores can be pinned by tests and recomputed by anyone.

Where FORMAT.md leaves room, these are the readings taken (a demanding user's, stated so it can be argued):

- **Dates.** A predicted event is placed on one day, its ``date``; a predicted ``date_end`` plays no part in
  matching. That day is compatible with a gold point date d when it falls in [d - 1 day, d + 1 day], and with
  a gold range [start, end] when it falls in [start - 1 day, end + 1 day]: the one-day tolerance absorbs
  reference-date and time-zone slips, which shift either end of a range as much as a point. A gold date of
  null matches anything; a predicted date of null matches only a null gold date.
- **Location.** Only a gold location with a country constrains matching; the predicted country must be equal.
- **Null gold values mean "the gold does not say".** A field is scored on a matched pair only where the gold
  gives it: a null mode, no actor with a country (or sector), a location without country or lat/lon, a null
  size count, a null date are not scored. A prediction that fills a field the gold leaves empty is not marked
  wrong but counted as *spurious*, so that invented death tolls stay visible. Where the gold gives a field and
  the prediction does not, the field is wrong.
- **Actors.** "Any gold actor counts": the actor-country field is right when some predicted actor's country
  equals some gold actor's country; the same for sectors and for recipient countries.
- **Exact date.** The predicted (date, date_end) equals the gold's, a null ``date_end`` meaning a single day.
- **Attribution stance.** Beyond FORMAT.md's list, the stance (asserted, reported, claimed, denied) is scored too,
  where the gold gives one; it plays no part in matching or in field agreement.
- **Location within 161 km.** Haversine distance <= 161 km, scored where the gold has lat/lon; a prediction
  without coordinates is wrong.
- **Matching.** Greedy and one-to-one: among all compatible (gold, predicted) pairs of an article, the pair
  with the highest field agreement is taken first, ties going to the earlier gold event, then to the earlier
  prediction. Field agreement is the number of *correct* fields among mode, actor country, actor sector,
  recipient country, location country, exact date and each size count (the 161 km field is not part of it).
- **Event scores.** A matched pair is a true positive whatever the gold salience. An unmatched prediction that
  is compatible with a ``background`` gold event (one already matched, since matching is greedy) is neither
  true nor false: it is counted as ``ignored``. Precision is TP / (TP + FP); recall is given on all gold
  events and on ``main`` ones; F1 uses recall on all. Counts are summed over articles before dividing
  (micro-average). A ratio whose denominator is zero is None (shown as a dash).
- **Document scores.** Per article, the set of types of all gold events (main and background) against the set
  of types of all predicted events; true/false positives and misses are summed over articles. A second row,
  "article types", uses the types a record declares in ``types`` (eventwire's document classification: what the
  article is about) instead of its events' types, for records that have them.
- **Reference dates.** Checked for gold articles whose ``expected_reference_date`` is not null.
- **Older code schemes.** A gold article may carry ``code_equivalents`` (the development sets read from CAMEO-era
  data do): a prediction's codes are mapped through it before scoring (PLOVER's UNO and EUR are CAMEO's IGO).
- **Missing predictions.** A gold article without a prediction record predicts nothing (and its reference
  date is wrong); prediction records whose id is not in the gold are ignored and counted.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.geodesy import haversine_km
from eventwire.plover import EVENT_TYPES

PLOVER_TYPES: frozenset[str] = frozenset(EVENT_TYPES)
SALIENCES: frozenset[str] = frozenset({"main", "background"})
SIZE_KEYS: tuple[str, ...] = ("dead", "injured", "arrested", "troops")
AGREEMENT_FIELDS: tuple[str, ...] = (
    "mode",
    "actor_country",
    "actor_sector",
    "recipient_country",
    "location_country",
    "date_exact",
    *(f"size_{key}" for key in SIZE_KEYS),
)
FIELDS: tuple[str, ...] = (*AGREEMENT_FIELDS[:5], "location_161km", *AGREEMENT_FIELDS[5:], "attribution_stance")
WITHIN_KM = 161.0
ONE_DAY = timedelta(days=1)
CORRECT, WRONG, SPURIOUS = "correct", "wrong", "spurious"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class EvaluationInputError(ValueError):
    """Gold or prediction data that cannot be scored; the message names the input and the problem."""


# --- reading --------------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSON Lines file: an article per non-blank line, each with a unique ``id`` and ``text``."""
    path = Path(path)
    try:
        # Only "\n" ends a JSON line: str.splitlines() would also split on U+2028 or U+0085 inside a text.
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except FileNotFoundError:
        raise EvaluationInputError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationInputError(f"{path}: cannot read the gold file ({error})") from None
    articles: list[dict] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            article = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"{where}: invalid JSON ({error.msg} at column {error.colno})"
            raise EvaluationInputError(message) from None
        if not isinstance(article, dict):
            raise EvaluationInputError(f"{where}: expected a JSON object (an article), got {_kind(article)}")
        article_id = article.get("id")
        if not isinstance(article_id, str) or not article_id.strip():
            raise EvaluationInputError(f"{where}: the article has no 'id' (a non-empty string)")
        if not isinstance(article.get("text"), str):
            raise EvaluationInputError(f"{where}: article {article_id!r} has no 'text' (a string)")
        if article_id in first_line:
            raise EvaluationInputError(
                f"{where}: article id {article_id!r} already used on line {first_line[article_id]}"
            )
        first_line[article_id] = number
        articles.append(article)
    if not articles:
        raise EvaluationInputError(f"{path}: the gold file contains no articles")
    return articles


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def parse_iso_date(value: Any, where: str) -> date | None:
    """An ISO ``YYYY-MM-DD`` string or null as a date; anything else is an error naming ``where``."""
    if value is None:
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise EvaluationInputError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD) or null")


def coordinates(holder: dict, where: str) -> tuple[float, float] | None:
    """``(lat, lon)`` of a dict that has both, None when either is null; out-of-range values are errors."""
    lat, lon = holder.get("lat"), holder.get("lon")
    if lat is None or lon is None:
        return None
    for name, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not -limit <= value <= limit:
            raise EvaluationInputError(f"{where}: {name} {value!r} is not a number in [-{limit}, {limit}]")
    return float(lat), float(lon)


@dataclass(frozen=True, slots=True)
class _Event:
    """The parts of an event record that scoring looks at, validated once."""

    event: str
    mode: str | None
    date: date | None
    date_end: date | None
    actor_countries: frozenset[str]
    actor_sectors: frozenset[str]
    recipient_countries: frozenset[str]
    location_country: str | None
    coords: tuple[float, float] | None
    size: tuple[int | None, ...]
    salience: str
    stance: str | None = None

    @property
    def last_day(self) -> date | None:
        return self.date_end or self.date


def _optional_str(holder: dict, key: str, where: str) -> str | None:
    value = holder.get(key)
    if value is not None and not isinstance(value, str):
        raise EvaluationInputError(f"{where}: '{key}' must be a string or null, got {_kind(value)}")
    return value or None


def _dict_or_empty(value: Any, what: str, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise EvaluationInputError(f"{where}: '{what}' must be an object or null, got {_kind(value)}")
    return value


def _actor_codes(raw: dict, key: str, where: str) -> tuple[frozenset[str], frozenset[str]]:
    actors = raw.get(key) or []
    if not isinstance(actors, list) or not all(isinstance(actor, dict) for actor in actors):
        raise EvaluationInputError(f"{where}: '{key}' must be a list of objects")
    countries = {_optional_str(actor, "country", f"{where} {key}[{i}]") for i, actor in enumerate(actors)}
    sectors = {_optional_str(actor, "sector", f"{where} {key}[{i}]") for i, actor in enumerate(actors)}
    return frozenset(countries - {None}), frozenset(sectors - {None})


def _size(raw: dict, where: str) -> tuple[int | None, ...]:
    size = _dict_or_empty(raw.get("size"), "size", where)
    counts = []
    for key in SIZE_KEYS:
        value = size.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise EvaluationInputError(f"{where}: size.{key} must be an integer >= 0 or null, got {value!r}")
        counts.append(value)
    return tuple(counts)


def _parse_event(raw: Any, where: str, *, gold: bool) -> _Event:
    if not isinstance(raw, dict):
        raise EvaluationInputError(f"{where}: an event must be a JSON object, got {_kind(raw)}")
    kind = raw.get("event")
    if not isinstance(kind, str) or not kind:
        raise EvaluationInputError(f"{where}: 'event' (the PLOVER type) is missing")
    if gold and kind not in PLOVER_TYPES:
        raise EvaluationInputError(f"{where}: {kind!r} is not one of the 16 PLOVER event types")
    start = parse_iso_date(raw.get("date"), f"{where} date")
    end = parse_iso_date(raw.get("date_end"), f"{where} date_end")
    if end is not None and (start is None or end < start):
        raise EvaluationInputError(f"{where}: date_end {end} needs a date on or before it (date is {start})")
    salience = raw.get("salience") or "main"
    if not gold and not isinstance(salience, str):
        salience = "main"  # a prediction's salience plays no part in scoring
    if gold and salience not in SALIENCES:
        raise EvaluationInputError(f"{where}: salience {salience!r} is neither 'main' nor 'background'")
    location = _dict_or_empty(raw.get("location"), "location", where)
    actor_countries, actor_sectors = _actor_codes(raw, "actor", where)
    recipient_countries, _ = _actor_codes(raw, "recipient", where)
    return _Event(
        event=kind,
        mode=_optional_str(raw, "mode", where),
        date=start,
        date_end=end if end != start else None,
        actor_countries=actor_countries,
        actor_sectors=actor_sectors,
        recipient_countries=recipient_countries,
        location_country=_optional_str(location, "country", f"{where} location"),
        coords=coordinates(location, f"{where} location"),
        size=_size(raw, where),
        salience=salience,
        stance=_optional_str(_dict_or_empty(raw.get("attribution"), "attribution", where), "stance", where),
    )


def _event_list(holder: dict, where: str, *, gold: bool) -> list[_Event]:
    events = holder.get("events")
    if gold and "events" not in holder:
        raise EvaluationInputError(f"{where}: no 'events' list (is this an event gold file?)")
    if events is None and not gold:
        return []
    if not isinstance(events, list):
        raise EvaluationInputError(f"{where}: 'events' must be a list, got {_kind(events)}")
    return [_parse_event(raw, f"{where} event {i}", gold=gold) for i, raw in enumerate(events)]


def _describe(event: _Event) -> str:
    """One line a developer can read in ``--details``: type/mode, dates, place, actors and counts."""
    parts = [event.event + (f"/{event.mode}" if event.mode else "")]
    parts.append(f"{event.date}..{event.date_end}" if event.date_end else str(event.date or "no date"))
    if event.location_country:
        parts.append(f"@{event.location_country}")
    for label, codes in (
        ("actor", event.actor_countries),
        ("sector", event.actor_sectors),
        ("recipient", event.recipient_countries),
    ):
        if codes:
            parts.append(f"{label}={'+'.join(sorted(codes))}")
    parts += [f"{key}={value}" for key, value in zip(SIZE_KEYS, event.size, strict=True) if value is not None]
    return " ".join(parts)


# --- matching -------------------------------------------------------------------------------------


def dates_compatible(gold_date: date | None, gold_end: date | None, predicted: date | None) -> bool:
    """Whether a predicted day is within a day of the gold day or range (any day when the gold has none)."""
    if gold_date is None:
        return True
    if predicted is None:
        return False
    return gold_date - ONE_DAY <= predicted <= (gold_end or gold_date) + ONE_DAY


def _compatible(gold: _Event, pred: _Event) -> bool:
    return (
        gold.event == pred.event
        and dates_compatible(gold.date, gold.date_end, pred.date)
        and (gold.location_country is None or gold.location_country == pred.location_country)
    )


def _distance(gold: _Event, pred: _Event) -> float | None:
    if gold.coords is None or pred.coords is None:
        return None
    return haversine_km(*gold.coords, *pred.coords)


def _field_outcomes(gold: _Event, pred: _Event) -> dict[str, str]:
    """Each field the gold gives, as correct or wrong; each field only the prediction gives, as spurious."""
    distance = _distance(gold, pred)
    checks = [("mode", gold.mode, pred.mode, gold.mode == pred.mode)]
    for name, gold_codes, pred_codes in (
        ("actor_country", gold.actor_countries, pred.actor_countries),
        ("actor_sector", gold.actor_sectors, pred.actor_sectors),
        ("recipient_country", gold.recipient_countries, pred.recipient_countries),
    ):
        checks.append((name, gold_codes or None, pred_codes or None, bool(gold_codes & pred_codes)))
    checks += [
        (
            "location_country",
            gold.location_country,
            pred.location_country,
            gold.location_country == pred.location_country,
        ),
        ("location_161km", gold.coords, pred.coords, distance is not None and distance <= WITHIN_KM),
        ("date_exact", gold.date, pred.date, (gold.date, gold.last_day) == (pred.date, pred.last_day)),
        *((f"size_{key}", g, p, g == p) for key, g, p in zip(SIZE_KEYS, gold.size, pred.size, strict=True)),
        ("attribution_stance", gold.stance, pred.stance, gold.stance == pred.stance),
    ]
    outcomes = {}
    for name, gold_value, pred_value, agree in checks:
        if gold_value is not None:
            outcomes[name] = CORRECT if agree else WRONG
        elif pred_value is not None:
            outcomes[name] = SPURIOUS
    return outcomes


@dataclass(slots=True)
class EventNote:
    """An event of an article named by its position in the gold or prediction list, for the details view."""

    index: int
    event: str
    salience: str
    summary: str


@dataclass(slots=True)
class MatchedPair:
    """A gold event and the prediction matched to it, with each scored field's outcome."""

    gold: EventNote
    predicted: EventNote
    agreement: int
    fields: dict[str, str]  # field -> correct / wrong / spurious
    distance_km: float | None


@dataclass(slots=True)
class ArticleResult:
    """What happened to one gold article: its matched pairs, missed gold events and unmatched predictions."""

    id: str
    has_prediction: bool
    pairs: list[MatchedPair]
    missed: list[EventNote]
    false_positives: list[EventNote]
    ignored: list[EventNote]  # unmatched predictions compatible with a background gold event
    gold_types: list[str]
    predicted_types: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _note(index: int, event: _Event) -> EventNote:
    return EventNote(index, event.event, event.salience, _describe(event))


def _match_article(article_id: str, gold: list[_Event], pred: list[_Event], has_prediction: bool) -> ArticleResult:
    """Greedy one-to-one matching of an article's predictions to its gold events, best agreement first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if _compatible(g, p):
                outcomes = _field_outcomes(g, p)
                agreement = sum(outcomes.get(name) == CORRECT for name in AGREEMENT_FIELDS)
                candidates.append((-agreement, gi, pi, outcomes))
    candidates.sort(key=lambda candidate: candidate[:3])
    pairs, gold_used, pred_used = [], set(), set()
    for negative_agreement, gi, pi, outcomes in candidates:
        if gi not in gold_used and pi not in pred_used:
            gold_used.add(gi)
            pred_used.add(pi)
            pairs.append(
                MatchedPair(
                    _note(gi, gold[gi]),
                    _note(pi, pred[pi]),
                    -negative_agreement,
                    outcomes,
                    _distance(gold[gi], pred[pi]),
                )
            )
    pairs.sort(key=lambda pair: pair.gold.index)
    background = [g for g in gold if g.salience == "background"]
    false_positives, ignored = [], []
    for pi, p in enumerate(pred):
        if pi not in pred_used:
            echoes_background = any(_compatible(g, p) for g in background)
            (ignored if echoes_background else false_positives).append(_note(pi, p))
    return ArticleResult(
        id=article_id,
        has_prediction=has_prediction,
        pairs=pairs,
        missed=[_note(gi, g) for gi, g in enumerate(gold) if gi not in gold_used],
        false_positives=false_positives,
        ignored=ignored,
        gold_types=sorted({g.event for g in gold}),
        predicted_types=sorted({p.event for p in pred}),
    )


# --- scores ---------------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class PRF:
    """True positives, false positives and misses, summed over articles (micro-average)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class EventCounts(PRF):
    """PRF over all gold events, plus recall on the ``main`` ones and the background echoes left out."""

    main: int = 0
    tp_main: int = 0
    ignored: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def recall_main(self) -> float | None:
        return _ratio(self.tp_main, self.main)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "gold": self.gold, "recall_main": self.recall_main}


@dataclass
class FieldScore:
    """How often a field is right over the matched pairs where the gold gives it."""

    correct: int = 0
    total: int = 0
    spurious: int = 0  # pairs where only the prediction fills the field

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "accuracy": self.accuracy}


@dataclass(slots=True)
class ReferenceDateCheck:
    """The reference date a gold article expects, and what eventwire found (and how)."""

    article_id: str
    expected: str
    predicted: str | None
    method: str | None

    @property
    def correct(self) -> bool:
        return self.predicted == self.expected

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "correct": self.correct}


@dataclass
class EventReport:
    """Every event score of a gold set, with per-article detail for ``--details``."""

    articles: list[ArticleResult]
    overall: EventCounts
    per_type: dict[str, EventCounts]
    fields: dict[str, FieldScore]
    documents: PRF
    documents_classified: PRF  # from the records' declared ``types`` where they have them
    reference_dates: list[ReferenceDateCheck]
    missing_predictions: list[str]
    unknown_predictions: int

    @property
    def reference_date_score(self) -> FieldScore:
        return FieldScore(sum(check.correct for check in self.reference_dates), len(self.reference_dates))

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "missing_predictions": self.missing_predictions,
            "unknown_predictions": self.unknown_predictions,
            "events": self.overall.to_dict(),
            "per_type": {kind: counts.to_dict() for kind, counts in self.per_type.items()},
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "documents": self.documents.to_dict(),
            "documents_classified": self.documents_classified.to_dict(),
            "reference_dates": {
                **self.reference_date_score.to_dict(),
                "articles": [check.to_dict() for check in self.reference_dates],
            },
            "details": [article.to_dict() for article in self.articles],
        }


def _count(result: ArticleResult, overall: EventCounts, per_type: dict[str, EventCounts]) -> None:
    """Add an article's outcomes to the overall and per-type counts (gold type for hits and misses)."""

    def bump(note: EventNote, attribute: str) -> None:
        for counts in (overall, per_type.setdefault(note.event, EventCounts())):
            setattr(counts, attribute, getattr(counts, attribute) + 1)

    for pair in result.pairs:
        bump(pair.gold, "tp")
        if pair.gold.salience == "main":
            bump(pair.gold, "main")
            bump(pair.gold, "tp_main")
    for note in result.missed:
        bump(note, "fn")
        if note.salience == "main":
            bump(note, "main")
    for note in result.false_positives:
        bump(note, "fp")
    for note in result.ignored:
        bump(note, "ignored")


def _reference_date_check(article: dict, record: dict | None) -> ReferenceDateCheck:
    """Compare a prediction's reference date with the gold's (only called when the gold has one)."""
    gold_where = f"gold article {article['id']!r} expected_reference_date"
    expected = parse_iso_date(article["expected_reference_date"], gold_where)
    where = f"prediction for article {article['id']!r}"
    reference = _dict_or_empty((record or {}).get("reference_date"), "reference_date", where)
    predicted = parse_iso_date(reference.get("date"), f"{where} reference_date")
    method = reference.get("method")
    return ReferenceDateCheck(
        article_id=article["id"],
        expected=str(expected),
        predicted=predicted.isoformat() if predicted else None,
        method=None if method is None else str(method),
    )


def gold_article_id(article: Any, position: int) -> str:
    """The id of a gold article dict (``load_gold`` guarantees one; hand-made lists may not)."""
    if not isinstance(article, dict) or not isinstance(article.get("id"), str) or not article["id"]:
        raise EvaluationInputError(f"gold article #{position}: expected an object with an 'id' string")
    if not isinstance(article.get("text"), str):
        raise EvaluationInputError(f"gold article {article['id']!r}: has no 'text' (a string)")
    return article["id"]


def prediction_record(predicted: dict[str, Any], article_id: str) -> dict | None:
    """The prediction record of an article, None when there is none; a record not an object is an error."""
    record = predicted.get(article_id)
    if record is not None and not isinstance(record, dict):
        where = f"prediction for article {article_id!r}"
        raise EvaluationInputError(f"{where}: expected an object, got {_kind(record)}")
    return record


def _recoded(event: _Event, equivalents: dict[str, str]) -> _Event:
    """A prediction's codes in the gold's older scheme (e.g. UNO and EUR are IGO in CAMEO-era gold)."""

    def codes(values: frozenset[str]) -> frozenset[str]:
        return frozenset(equivalents.get(v, v) for v in values)

    return dataclasses.replace(
        event,
        actor_countries=codes(event.actor_countries),
        recipient_countries=codes(event.recipient_countries),
        location_country=equivalents.get(event.location_country, event.location_country)
        if event.location_country
        else None,
    )


def _add_sets(score: PRF, gold: set[str], predicted: set[str]) -> None:
    score.tp += len(gold & predicted)
    score.fp += len(predicted - gold)
    score.fn += len(gold - predicted)


def _declared_types(record: dict | None, found: set[str]) -> set[str]:
    """The article's event types as the record declares them (``types``: eventwire's document classification),
    or, for a record without them, the types of its events."""
    declared = (record or {}).get("types")
    if not isinstance(declared, list):
        return found
    return {t["event"] if isinstance(t, dict) else str(t) for t in declared}


def score_events(gold: list[dict], predicted: dict[str, dict]) -> EventReport:
    """Score predictions against gold: event PRF, field accuracies, document and reference-date scores."""
    articles, checks, missing = [], [], []
    overall, per_type, documents, classified = EventCounts(), {}, PRF(), PRF()
    fields = {name: FieldScore() for name in FIELDS}
    for position, article in enumerate(gold):
        article_id = gold_article_id(article, position)
        record = prediction_record(predicted, article_id)
        if record is None:
            missing.append(article_id)
        gold_events = _event_list(article, f"gold article {article_id!r}", gold=True)
        pred_events = _event_list(record or {}, f"prediction for article {article_id!r}", gold=False)
        equivalents = article.get("code_equivalents")
        if isinstance(equivalents, dict) and equivalents:
            pred_events = [_recoded(event, equivalents) for event in pred_events]
        result = _match_article(article_id, gold_events, pred_events, record is not None)
        articles.append(result)
        _count(result, overall, per_type)
        for pair in result.pairs:
            for name, outcome in pair.fields.items():
                score = fields[name]
                score.correct += outcome == CORRECT
                score.total += outcome != SPURIOUS
                score.spurious += outcome == SPURIOUS
        gold_types, pred_types = set(result.gold_types), set(result.predicted_types)
        _add_sets(documents, gold_types, pred_types)
        _add_sets(classified, gold_types, _declared_types(record, pred_types))
        if article.get("expected_reference_date") is not None:
            checks.append(_reference_date_check(article, record))
    gold_ids = {article["id"] for article in gold}
    return EventReport(
        articles=articles,
        overall=overall,
        per_type=dict(sorted(per_type.items())),
        fields=fields,
        documents=documents,
        documents_classified=classified,
        reference_dates=checks,
        missing_predictions=missing,
        unknown_predictions=sum(1 for article_id in predicted if article_id not in gold_ids),
    )
