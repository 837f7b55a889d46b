"""Actor accuracy on the development sets (floors a little below what is measured) and the example article's actors.

Measured 2026-11-25 (scripts/dev_scores.py): PLOVER GSR actor country 230/262 = 0.878, sector 139/167 = 0.832;
PETRARCH Spanish actor country 18/24 = 0.750 (AFP set), 118/160 = 0.738 (Colombian fights). The Kazakhstan
article's actors are all coded as its gold says.
"""

from __future__ import annotations

import pytest

from eventwire.devsets import load_devset
from eventwire.evaluate import load_gold, score_events
from eventwire.evaluation_run import predict
from eventwire.knowledge import supported_languages

from .conftest import shared_path


def field_accuracy(gold: list[dict], pipeline, name: str) -> float:
    report = score_events(gold, predict(gold, pipeline=pipeline, quiet=True))
    return report.fields[name].correct / report.fields[name].total


@pytest.fixture(scope="module")
def gsr(pipeline):
    return load_devset(shared_path("data", "plover", "plover_gsr_cameo.jsonl"), "plover-gsr")


def test_actors_gold_plover_gsr_actor_country(gsr, pipeline) -> None:
    assert field_accuracy(gsr, pipeline, "actor_country") >= 0.86


def test_actors_gold_plover_gsr_actor_sector(gsr, pipeline) -> None:
    assert field_accuracy(gsr, pipeline, "actor_sector") >= 0.81


#: Actor country floors on the PETRARCH Spanish sets. Most fight records end in a place line in capitals ("…,
#: ANTIOQUIA, PUEBLORRICO"): it gives their unqualified armed groups their country.
SPANISH_ACTOR_COUNTRY_FLOORS = {
    "spanish_validation_1018_es.jsonl": 0.70,
    "spanish_fight_reduced_validation_es.jsonl": 0.70,
}


@pytest.mark.parametrize("name", sorted(SPANISH_ACTOR_COUNTRY_FLOORS))
def test_actors_gold_petrarch_spanish_actor_country(pipeline, name: str) -> None:
    if "es" not in supported_languages():
        pytest.skip("Spanish has no triggers yet")
    gold = load_devset(
        shared_path("data", "petrarch_validation_dev", name),
        "petrarch",
        cameo_table=shared_path("data", "plover", "CAMEO2PLOVER-2021.txt"),
    )
    assert field_accuracy(gold, pipeline, "actor_country") >= SPANISH_ACTOR_COUNTRY_FLOORS[name]


def test_actors_gold_kazakhstan_example_actors(pipeline) -> None:
    """RUS MIL, the CSTO as IGO, KAZ GOV for Tokayev and "les autorités", the contingent's five countries."""
    gold = load_gold(shared_path("examples", "kazakhstan-2022-fr.gold.jsonl"))
    record = predict(gold, pipeline=pipeline, quiet=True)[gold[0]["id"]]
    coded = {
        (actor["text"], actor["country"], actor["sector"])
        for event in record["events"]
        for actor in event["actor"] + event["recipient"]
    }
    assert ("forces armées russes", "RUS", "MIL") in coded
    assert any(country == "IGO" and sector == "MIL" for _text, country, sector in coded)
    assert any("Tokaïev" in text and (country, sector) == ("KAZ", "GOV") for text, country, sector in coded)
    assert ("autorités", "KAZ", "GOV") in coded
    aid = next(event for event in record["events"] if event["event"] == "AID")
    assert {"IGO", "RUS", "BLR", "ARM", "TJK", "KGZ"} <= {actor["country"] for actor in aid["actor"]}
