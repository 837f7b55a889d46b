"""Toponym recognition (span overlap, exact spans) and resolution (distance) scores."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from rich.console import Console

from eventwire.evaluate import EvaluationInputError, load_gold
from eventwire.evaluate_geo import error_curve_auc, render_place_report, score_places

TEXT = "Protests in Paris and New York City spread to Lyon."  # Paris 12-17, New York City 22-35, Lyon 46-50
LGL = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing" / "lgl" / "lgl.jsonl"


def toponym(start: int, end: int, lat: float | None = None, lon: float | None = None) -> dict:
    return {"start": start, "end": end, "lat": lat, "lon": lon}


def gold(places: list[dict], key: str = "places", article_id: str = "g1") -> list[dict]:
    return [{"id": article_id, "text": TEXT, key: places}]


def test_evaluate_geo_overlapping_spans_match_one_to_one():
    gold_places = [toponym(12, 17), toponym(22, 35), toponym(46, 50)]
    # "Paris", "New York" and "City" (two places for one toponym), "Protests", " L" (one character of "Lyon").
    predicted = [toponym(12, 17), toponym(22, 30), toponym(31, 35), toponym(0, 8), toponym(45, 47)]
    report = score_places(gold(gold_places), {"g1": {"places": predicted}})
    assert (report.recognition.tp, report.recognition.fp, report.recognition.fn) == (3, 2, 0)
    assert (report.exact.tp, report.exact.fp, report.exact.fn) == (1, 4, 2)
    assert report.recognition.precision == pytest.approx(3 / 5)
    assert report.exact.recall == pytest.approx(1 / 3)


def test_evaluate_geo_greedy_matching_prefers_the_longest_overlap():
    gold_places = [toponym(22, 30, 40.71, -74.01), toponym(31, 35, 0.0, 0.0)]  # "New York", "City"
    predicted = [toponym(28, 35, 0.0, 0.0), toponym(22, 35, 40.71, -74.01)]
    report = score_places(gold(gold_places), {"g1": {"places": predicted}})
    # (22-30, 22-35) overlaps by 8 and is taken first; "City" then gets 28-35 (overlap 4).
    assert report.recognition.tp == 2
    assert report.errors_km == [pytest.approx(0.0), pytest.approx(0.0)]


def test_evaluate_geo_distance_accuracy_mean_median_and_unresolved():
    gold_places = [
        toponym(12, 17, 48.8566, 2.3522),  # Paris
        toponym(22, 35, 40.7128, -74.0060),  # New York City
        toponym(46, 50, 45.7640, 4.8357),  # Lyon
        toponym(0, 8),  # "Protests": recognised, not geocoded in the gold
    ]
    predicted = [
        toponym(12, 17, 48.8566, 2.3522),  # 0 km
        toponym(22, 35, 40.7128, -72.0),  # about 170 km east: outside 161 km
        toponym(46, 50),  # no coordinates
        toponym(0, 8, 10.0, 10.0),
    ]
    report = score_places(gold(gold_places), {"g1": {"places": predicted}})
    assert report.recognition.f1 == 1.0
    assert (report.geocoded_pairs, report.within_161km, report.unresolved) == (3, 1, 1)
    assert report.accuracy_161km == pytest.approx(1 / 3)
    assert len(report.errors_km) == 2
    assert 165 < report.errors_km[1] < 175
    assert report.mean_error_km == pytest.approx(report.errors_km[1] / 2)
    assert report.median_error_km == pytest.approx(report.errors_km[1] / 2)


def test_evaluate_geo_auc_of_the_log_error_curve():
    assert error_curve_auc([0.0, 0.0, 0.0]) == 0.0
    assert error_curve_auc([20039.0, 20039.0]) == pytest.approx(1.0, abs=1e-5)
    # Sorted [0, 10, 100]: log1p values 0, ln 11, ln 101; trapezoids (0 + ln 11)/2 + (ln 11 + ln 101)/2.
    expected = (math.log(11) + math.log(101) / 2) / (math.log(20039) * 2)
    assert error_curve_auc([100.0, 0.0, 10.0]) == pytest.approx(expected)
    assert error_curve_auc([5.0]) is None
    assert error_curve_auc([]) is None


def test_evaluate_geo_accepts_toponyms_key_and_counts_missing_and_unknown_records():
    gold_places = gold([toponym(12, 17, 48.8566, 2.3522)], key="toponyms")
    report = score_places(gold_places, {"other": {"places": []}})
    assert report.missing_predictions == ["g1"]
    assert report.unknown_predictions == 1
    assert (report.recognition.tp, report.recognition.fn) == (0, 1)
    assert report.accuracy_161km is None and report.auc is None


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({"places": [], "toponyms": []}, "has both 'places' and 'toponyms'"),
        ({"events": []}, r"no 'places' \(or 'toponyms'\) list"),
        ({"places": [toponym(17, 12)]}, r"places\[0\]: start 17 and end 12 are not offsets"),
        ({"places": [toponym(46, 99)]}, r"places\[0\]: end 99 is past the end of the text"),
        ({"places": [toponym(12, 17, 48.0, 200.0)]}, r"places\[0\]: lon 200.0 is not a number"),
    ],
)
def test_evaluate_geo_bad_gold_is_named(article, message):
    with pytest.raises(EvaluationInputError, match=message):
        score_places([{"id": "g1", "text": TEXT, **article}], {})


def test_evaluate_geo_bad_prediction_is_named():
    with pytest.raises(EvaluationInputError, match=r"prediction for article 'g1' places\[0\]: start '12'"):
        score_places(gold([]), {"g1": {"places": [{"start": "12", "end": 17}]}})


def test_evaluate_geo_report_renders_and_serialises():
    report = score_places(gold([toponym(12, 17, 48.8566, 2.3522)]), {"g1": {"places": [toponym(12, 17, 48.9, 2.4)]}})
    data = json.loads(json.dumps(report.to_dict()))
    assert data["recognition"]["f1"] == 1.0
    assert data["resolution"]["accuracy_161km"] == 1.0
    console = Console(width=120, record=True)
    console.print(render_place_report(report))
    text = console.export_text()
    assert "acc@161" in text and "1.000" in text and "Demonyms aside" in text


def test_evaluate_geo_recall_with_demonyms_aside():
    # Russian 0-7, Sri Lankans 19-30, Paris 36-41, Lyon 46-50
    text = "Russian troops and Sri Lankans left Paris for Lyon."
    article = {"id": "g1", "text": text, "places": [toponym(0, 7), toponym(19, 30), toponym(36, 41), toponym(46, 50)]}
    report = score_places([article], {"g1": {"places": [toponym(0, 7), toponym(36, 41)]}})
    assert report.recognition.recall == pytest.approx(2 / 4)
    assert (report.demonym_toponyms, report.demonyms_found) == (2, 1)
    assert report.recall_demonyms_aside == pytest.approx(1 / 2)  # Paris of Paris and Lyon
    french = {**article, "lang": "fr"}  # read with French demonyms, the English words are no nationality
    assert score_places([french], {"g1": {"places": []}}).demonym_toponyms == 0


@pytest.mark.skipif(not LGL.is_file(), reason=f"development gold {LGL} is absent")
def test_evaluate_geo_lgl_gold_scored_against_itself_is_perfect():
    articles = load_gold(LGL)
    report = score_places(articles, {a["id"]: {"places": a["toponyms"]} for a in articles})
    assert report.recognition.f1 == report.exact.f1 == 1.0
    assert report.geocoded_pairs == sum(t.get("lat") is not None for a in articles for t in a["toponyms"])
    assert report.accuracy_161km == 1.0
    assert report.auc == pytest.approx(0.0, abs=1e-9)
