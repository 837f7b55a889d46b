"""The real Kazakhstan gold scored against itself: every score is 1.0 (read from ../shared in place)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rich.console import Console

from eventwire.evaluate import load_gold, score_events
from eventwire.evaluate_render import render_event_report

GOLD = Path(__file__).resolve().parents[2] / "shared" / "examples" / "kazakhstan-2022-fr.gold.jsonl"

pytestmark = pytest.mark.skipif(not GOLD.is_file(), reason=f"development gold {GOLD} is absent")


def self_predictions(gold: list[dict]) -> dict[str, dict]:
    return {
        article["id"]: {
            "id": article["id"],
            "events": copy.deepcopy(article["events"]),
            "places": [],
            "reference_date": {"date": article.get("expected_reference_date"), "method": "inferred-weekday"},
        }
        for article in gold
    }


def test_evaluate_kazakhstan_gold_scored_against_itself_is_perfect():
    gold = load_gold(GOLD)
    assert len(gold[0]["events"]) == 10
    report = score_events(gold, self_predictions(gold))
    overall = report.overall
    assert (overall.tp, overall.fp, overall.fn, overall.ignored) == (10, 0, 0, 0)
    assert overall.precision == overall.recall == overall.recall_main == overall.f1 == 1.0
    for kind, counts in report.per_type.items():
        assert counts.precision == counts.recall == counts.f1 == 1.0, kind
    scored = {name: score for name, score in report.fields.items() if score.total}
    assert {"mode", "actor_country", "recipient_country", "location_161km", "size_dead"} <= set(scored)
    for name, score in scored.items():
        assert score.accuracy == 1.0, name
    assert all(score.spurious == 0 for score in report.fields.values())
    assert report.documents.f1 == 1.0
    assert report.reference_date_score.accuracy == 1.0
    assert not report.missing_predictions and report.unknown_predictions == 0
    json.dumps(report.to_dict())
    console = Console(width=160, record=True)
    console.print(render_event_report(report, details=True))
    assert "kazakhstan-2022-fr" in console.export_text()


def test_evaluate_kazakhstan_losing_one_main_event_costs_main_recall():
    gold = load_gold(GOLD)
    predictions = self_predictions(gold)
    events = predictions[gold[0]["id"]]["events"]
    main = [i for i, event in enumerate(events) if event["salience"] == "main"]
    del events[main[0]]
    report = score_events(gold, predictions)
    assert report.overall.recall == pytest.approx(9 / 10)
    assert report.overall.recall_main == pytest.approx((len(main) - 1) / len(main))
    assert report.overall.precision == 1.0
