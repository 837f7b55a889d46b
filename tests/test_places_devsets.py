"""Toponym recognition and resolution floors on the geoparsing development sets (LGL, TR-News), read in place.

The floors sit a little below what was measured (docs/geoparsing.md), so that a regression fails here. Only the
stages the places stage needs run, which keeps this to a few seconds per set.
"""

from __future__ import annotations

import pytest

from eventwire.evaluate import load_gold
from eventwire.evaluate_geo import PlaceReport, score_places
from eventwire.evaluation_run import predict
from eventwire.pipeline import Pipeline
from eventwire.stages.clean import CleanStage
from eventwire.stages.language import LanguageStage
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage

from .conftest import shared_path

#: (precision, recall, recall with demonyms aside, accuracy within 161 km) floors; measured 0.885 / 0.823 / 0.878 /
#: 0.881 (LGL), 0.937 / 0.851 / 0.938 / 0.901 (TR-News) on 2026-11-25.
FLOORS = {"lgl": (0.87, 0.81, 0.86, 0.87), "tr-news": (0.92, 0.84, 0.92, 0.89)}


def _report(name: str) -> PlaceReport:
    gold = load_gold(shared_path("data", "geoparsing", name, f"{name}.jsonl"))
    pipeline = Pipeline([CleanStage(), LanguageStage(), SegmentStage(), PlacesStage()])
    return score_places(gold, predict(gold, pipeline=pipeline, quiet=True))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_places_devset_floors(name: str) -> None:
    report = _report(name)
    precision, recall, recall_demonyms_aside, accuracy = FLOORS[name]
    assert report.recognition.precision >= precision
    assert report.recognition.recall >= recall
    assert report.recall_demonyms_aside is not None and report.recall_demonyms_aside >= recall_demonyms_aside
    assert report.accuracy_161km is not None and report.accuracy_161km >= accuracy
