"""Event floors on the English development sets read in place: the PLOVER gold records (one sentence each)."""

from __future__ import annotations

from eventwire.devsets import load_devset
from eventwire.evaluate import score_events
from eventwire.evaluation_run import predict

from .conftest import shared_path


def test_events_plover_gold_records_f1_stays_above_its_floor(pipeline) -> None:
    """Event F1 measured 0.831 (P 0.846, R 0.817) on 2026-11-25 (docs/evaluation.md); the issue's target is 0.75."""
    gold = load_devset(shared_path("data", "plover", "plover_gsr_cameo.jsonl"), "plover-gsr")
    report = score_events(gold, predict(gold, pipeline=pipeline, quiet=True))
    assert report.overall.f1 >= 0.81
    assert report.overall.precision >= 0.82
    assert report.overall.recall >= 0.79
