"""Score toponym recognition and resolution (``eventwire evaluate --geo``) against geoparsing gold data.

Gold articles are ``{"id", "text", "places": [{"start", "end", "lat", "lon", …}]}``; the development sets
(LGL, TR-News) call the list ``toponyms`` and either name is accepted. Predictions are ``eventwire extract``
records, whose ``places`` carry ``start``, ``end``, ``lat`` and ``lon``.

The readings taken, stated so they can be argued:

- **Recognition.** A predicted place matches a gold toponym when their character spans share at least one
  character. Matching is one-to-one and greedy: the pair with the longest overlap first, ties going to the
  earlier gold toponym, then to the earlier prediction. Precision, recall and F1 are micro-averaged.
- **Exact spans.** Counted apart: a predicted span identical to a gold span, one-to-one.
- **Demonyms aside.** Gold sets may mark nationality words as toponyms ("Russian", "Palestinians"); eventwire reads
  them as actors, not places. Recall is also given over the gold toponyms that are not a demonym of the article's
  language (its ``lang``, English by default) as ``lang/<code>/demonyms.yaml`` lists them.
- **Resolution** is scored over the matched pairs whose gold toponym has lat/lon (gold toponyms without
  coordinates count for recognition only). Accuracy within 161 km counts a prediction without coordinates as
  wrong; such predictions are reported as ``unresolved`` and have no error distance, so the mean, the median
  and the AUC describe the places that were resolved.
- **AUC** follows Gritta et al. (2018, "What's missing in geographical parsing?"): the error distances sorted
  ascending, each mapped to ln(1 + km), integrated with the trapezoidal rule at unit spacing and divided by
  ln(20039) (half the Earth's circumference, the largest possible error) times (n - 1). 0 is perfect, 1 the
  worst; it needs at least two distances and is None otherwise. (The authors' script integrates the errors in
  corpus order; sorting changes only the two end terms of the sum.)
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from eventwire.demonyms import demonyms_or_none
from eventwire.evaluate import (
    PRF,
    WITHIN_KM,
    EvaluationInputError,
    coordinates,
    gold_article_id,
    haversine_km,
    prediction_record,
)
from eventwire.evaluate_render import fmt

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the normaliser of Gritta et al.'s AUC


@dataclass(frozen=True, slots=True)
class _Place:
    start: int
    end: int
    coords: tuple[float, float] | None
    demonym: bool = False  # a gold toponym that is a nationality word


def _places(holder: dict, key: str, where: str, text_length: int | None) -> list[_Place]:
    """Validated spans (and coordinates) of a gold article's toponyms or a prediction's places."""
    raw = holder.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise EvaluationInputError(f"{where}: '{key}' must be a list, got {type(raw).__name__}")
    places = []
    for i, place in enumerate(raw):
        here = f"{where} {key}[{i}]"
        if not isinstance(place, dict):
            raise EvaluationInputError(f"{here}: expected an object with start, end, lat, lon")
        start, end = place.get("start"), place.get("end")
        spans_ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)) and 0 <= start < end
        if not spans_ok:
            raise EvaluationInputError(f"{here}: start {start!r} and end {end!r} are not offsets 0 <= start < end")
        if text_length is not None and end > text_length:
            raise EvaluationInputError(f"{here}: end {end} is past the end of the text ({text_length} characters)")
        places.append(_Place(start, end, coordinates(place, here)))
    return places


def _gold_places(article: dict) -> list[_Place]:
    where = f"gold article {article['id']!r}"
    if "places" in article and "toponyms" in article:
        raise EvaluationInputError(f"{where}: has both 'places' and 'toponyms'; keep one list of toponyms")
    if "places" not in article and "toponyms" not in article:
        raise EvaluationInputError(f"{where}: no 'places' (or 'toponyms') list (is this a geoparsing gold file?)")
    places = _places(article, "places" if "places" in article else "toponyms", where, len(article["text"]))
    nationalities = demonyms_or_none(article.get("lang") or "en")
    text = article["text"]
    return [replace(p, demonym=nationalities.of_phrase(text[p.start : p.end]) is not None) for p in places]


def _match(gold: list[_Place], pred: list[_Place]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans (chosen longest overlap first), in gold order."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    pairs, gold_used, pred_used = [], set(), set()
    for _, gi, pi in candidates:
        if gi not in gold_used and pi not in pred_used:
            gold_used.add(gi)
            pred_used.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _exact_matches(gold: list[_Place], pred: list[_Place]) -> int:
    """How many gold spans a prediction reproduces exactly, each predicted span used once."""
    common = Counter((g.start, g.end) for g in gold) & Counter((p.start, p.end) for p in pred)
    return sum(common.values())


def error_curve_auc(errors_km: list[float]) -> float | None:
    """Gritta et al.'s AUC of the sorted log error curve: 0 if all errors are 0 km, 1 if all are maximal."""
    if len(errors_km) < 2:
        return None
    curve = [math.log1p(error) for error in sorted(errors_km)]
    area = sum((left + right) / 2 for left, right in itertools.pairwise(curve))
    return area / (math.log(MAX_ERROR_KM) * (len(curve) - 1))


@dataclass
class PlaceReport:
    """Toponym recognition (overlap and exact spans) and resolution (distance) scores."""

    articles: int
    recognition: PRF
    exact: PRF
    demonym_toponyms: int  # gold toponyms that are nationality words
    demonyms_found: int  # of those, how many a prediction overlaps
    geocoded_pairs: int  # matched pairs whose gold toponym has coordinates
    within_161km: int
    unresolved: int  # of those pairs, predictions without coordinates
    errors_km: list[float]
    missing_predictions: list[str]
    unknown_predictions: int

    @property
    def recall_demonyms_aside(self) -> float | None:
        """Recall over the gold toponyms that are not nationality words."""
        places = self.recognition.tp + self.recognition.fn - self.demonym_toponyms
        return (self.recognition.tp - self.demonyms_found) / places if places else None

    @property
    def accuracy_161km(self) -> float | None:
        return self.within_161km / self.geocoded_pairs if self.geocoded_pairs else None

    @property
    def mean_error_km(self) -> float | None:
        return statistics.fmean(self.errors_km) if self.errors_km else None

    @property
    def median_error_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    @property
    def auc(self) -> float | None:
        return error_curve_auc(self.errors_km)

    def to_dict(self) -> dict[str, Any]:
        """The scores as JSON-able data (the list of error distances is left out)."""
        return {
            "articles": self.articles,
            "missing_predictions": self.missing_predictions,
            "unknown_predictions": self.unknown_predictions,
            "recognition": self.recognition.to_dict(),
            "exact_spans": self.exact.to_dict(),
            "demonyms_aside": {
                "demonym_toponyms": self.demonym_toponyms,
                "demonyms_found": self.demonyms_found,
                "recall": self.recall_demonyms_aside,
            },
            "resolution": {
                "pairs": self.geocoded_pairs,
                "within_161km": self.within_161km,
                "accuracy_161km": self.accuracy_161km,
                "unresolved": self.unresolved,
                "mean_error_km": self.mean_error_km,
                "median_error_km": self.median_error_km,
                "auc": self.auc,
            },
        }


def score_places(gold: list[dict], predicted: dict[str, dict]) -> PlaceReport:
    """Score predicted places against gold toponyms: recognition PRF, exact spans, distance accuracy."""
    recognition, exact = PRF(), PRF()
    geocoded = within = unresolved = nationalities = nationalities_found = 0
    errors: list[float] = []
    missing = []
    for position, article in enumerate(gold):
        gold_article_id(article, position)
        record = prediction_record(predicted, article["id"])
        if record is None:
            missing.append(article["id"])
        gold_places = _gold_places(article)
        pred_places = _places(record or {}, "places", f"prediction for article {article['id']!r}", None)
        pairs = _match(gold_places, pred_places)
        nationalities += sum(p.demonym for p in gold_places)
        nationalities_found += sum(gold_places[gi].demonym for gi, _pi in pairs)
        recognition.tp += len(pairs)
        recognition.fp += len(pred_places) - len(pairs)
        recognition.fn += len(gold_places) - len(pairs)
        found = _exact_matches(gold_places, pred_places)
        exact.tp += found
        exact.fp += len(pred_places) - found
        exact.fn += len(gold_places) - found
        for gi, pi in pairs:
            gold_coords, pred_coords = gold_places[gi].coords, pred_places[pi].coords
            if gold_coords is None:
                continue
            geocoded += 1
            if pred_coords is None:
                unresolved += 1
                continue
            error = haversine_km(*gold_coords, *pred_coords)
            errors.append(error)
            within += error <= WITHIN_KM
    gold_ids = {article["id"] for article in gold}
    return PlaceReport(
        articles=len(gold),
        recognition=recognition,
        exact=exact,
        demonym_toponyms=nationalities,
        demonyms_found=nationalities_found,
        geocoded_pairs=geocoded,
        within_161km=within,
        unresolved=unresolved,
        errors_km=errors,
        missing_predictions=missing,
        unknown_predictions=sum(1 for article_id in predicted if article_id not in gold_ids),
    )


def _km(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def render_place_report(report: PlaceReport) -> RenderableType:
    """The toponym scores as two rich tables: recognition, then resolution."""
    summary = Text(
        f"{report.articles} gold articles, {len(report.missing_predictions)} without a prediction; "
        f"{report.unknown_predictions} prediction records not in the gold (ignored)"
    )
    spans = Table(title="Toponym recognition (micro-averaged)", title_justify="left")
    for header in ("spans", "TP", "FP", "FN", "P", "R", "F1"):
        spans.add_column(header, justify="left" if header == "spans" else "right")
    for name, prf in (("overlapping", report.recognition), ("exact", report.exact)):
        spans.add_row(name, str(prf.tp), str(prf.fp), str(prf.fn), fmt(prf.precision), fmt(prf.recall), fmt(prf.f1))
    aside = Text(
        f"Demonyms aside: recall {fmt(report.recall_demonyms_aside)} over the gold toponyms that are not nationality "
        f"words ({report.demonym_toponyms} are, {report.demonyms_found} of them overlapped by a predicted place; "
        "eventwire codes nationalities as actors)"
    )
    resolution = Table(title="Toponym resolution (matched pairs with gold coordinates)", title_justify="left")
    for header in ("pairs", "≤161 km", "acc@161", "unresolved", "mean km", "median km", "AUC"):
        resolution.add_column(header, justify="right")
    resolution.add_row(
        str(report.geocoded_pairs),
        str(report.within_161km),
        fmt(report.accuracy_161km),
        str(report.unresolved),
        _km(report.mean_error_km),
        _km(report.median_error_km),
        fmt(report.auc),
    )
    return Group(summary, spans, aside, resolution)
