"""Floors on the Spanish development sets (PETRARCH validation sentences, CAMEO mapped to PLOVER), read in place."""

from __future__ import annotations

import pytest

from eventwire.devsets import load_devset
from eventwire.evaluate import score_events
from eventwire.evaluation_run import predict
from eventwire.knowledge import supported_languages

from .conftest import shared_path

pytestmark = pytest.mark.skipif(
    "es" not in supported_languages(), reason="Spanish is not supported yet (src/eventwire/lang/es/triggers.yaml)"
)

#: Event F1 measured with `eventwire evaluate --format petrarch` (docs/evaluation.md: 0.664 and 0.852 on 2026-11-25),
#: pinned a little below.
FLOORS = {
    "spanish_validation_1018_es.jsonl": 0.64,
    "spanish_fight_reduced_validation_es.jsonl": 0.83,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_spanish_devset_event_f1_stays_above_its_floor(pipeline, name: str) -> None:
    gold = load_devset(
        shared_path("data", "petrarch_validation_dev", name),
        "petrarch",
        cameo_table=shared_path("data", "plover", "CAMEO2PLOVER-2021.txt"),
    )
    report = score_events(gold, predict(gold, pipeline=pipeline, quiet=True))
    assert report.overall.f1 >= FLOORS[name], f"{name}: event F1 {report.overall.f1:.3f} < {FLOORS[name]}"
