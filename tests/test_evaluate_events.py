"""Each scoring rule of FORMAT.md pinned on a hand-made gold/prediction case."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from eventwire.evaluate import (
    EvaluationInputError,
    dates_compatible,
    haversine_km,
    score_events,
)
from eventwire.evaluate_render import render_event_report


def event(kind: str = "ASSAULT", date: str | None = "2022-01-10", **fields) -> dict:
    record = {
        "event": kind,
        "mode": None,
        "context": [],
        "date": date,
        "date_end": None,
        "actor": [],
        "recipient": [],
        "location": None,
        "size": {"dead": None, "injured": None, "arrested": None, "troops": None},
        "attribution": {"text": None, "stance": "asserted"},
        "salience": "main",
        "evidence": "…",
    }
    record.update(fields)
    return record


def article(events: list[dict], article_id: str = "a1", **extra) -> dict:
    return {"id": article_id, "lang": "en", "published": "2022-01-10", "text": "…", "events": events, **extra}


def score(gold_events: list[dict], predicted_events: list[dict]):
    return score_events([article(gold_events)], {"a1": {"id": "a1", "events": predicted_events}})


def place(country: str | None, lat: float | None = None, lon: float | None = None) -> dict:
    return {"text": "x", "country": country, "lat": lat, "lon": lon, "resolution": "city"}


def actor(country: str | None, sector: str | None = None) -> dict:
    return {"text": "x", "country": country, "sector": sector}


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_date", "gold_end", "predicted", "compatible"),
    [
        ("2022-01-10", None, "2022-01-10", True),
        ("2022-01-10", None, "2022-01-09", True),
        ("2022-01-10", None, "2022-01-11", True),
        ("2022-01-10", None, "2022-01-12", False),
        ("2022-01-10", None, "2022-01-08", False),
        ("2022-01-01", "2022-01-10", "2022-01-05", True),
        ("2022-01-01", "2022-01-10", "2022-01-11", True),
        ("2022-01-01", "2022-01-10", "2021-12-31", True),
        ("2022-01-01", "2022-01-10", "2022-01-12", False),
        ("2022-01-01", "2022-01-10", "2021-12-30", False),
        (None, None, "1999-05-05", True),
        (None, None, None, True),
        ("2022-01-10", None, None, False),
    ],
)
def test_evaluate_date_compatibility(gold_date, gold_end, predicted, compatible):
    report = score([event(date=gold_date, date_end=gold_end)], [event(date=predicted)])
    assert report.overall.tp == int(compatible)
    assert report.overall.fp == int(not compatible)


def test_evaluate_predicted_range_is_placed_on_its_start_date():
    # The predicted range overlaps the gold day, but its start is two days before it: no match.
    report = score([event(date="2022-01-10")], [event(date="2022-01-08", date_end="2022-01-12")])
    assert report.overall.tp == 0
    assert dates_compatible(None, None, None)


# --- location and type ------------------------------------------------------------------------------


def test_evaluate_location_country_required_only_when_gold_has_one():
    gold = [
        event(location=place("KAZ")),
        event("PROTEST", location=None),
        event("COERCE", location=place(None)),
    ]
    predicted = [
        event(location=place("RUS")),
        event("PROTEST", location=place("FRA")),
        event("COERCE", location=None),
    ]
    report = score(gold, predicted)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 1)
    assert [pair.gold.event for pair in report.articles[0].pairs] == ["PROTEST", "COERCE"]
    assert report.articles[0].missed[0].event == "ASSAULT"


def test_evaluate_event_type_must_be_equal():
    report = score([event("ASSAULT")], [event("COERCE")])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)


# --- greedy one-to-one matching -----------------------------------------------------------------------


def test_evaluate_two_predictions_for_one_gold_give_one_true_and_one_false_positive():
    report = score([event(mode="firearms")], [event(mode="firearms"), event(mode="firearms")])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 0)
    assert report.overall.precision == 0.5
    assert report.articles[0].pairs[0].predicted.index == 0
    assert report.articles[0].false_positives[0].index == 1


def test_evaluate_better_agreeing_prediction_wins_the_gold_event():
    gold = [event(mode="firearms", size={"dead": 12})]
    predicted = [event(mode="bombing"), event(mode="firearms", size={"dead": 12})]
    report = score(gold, predicted)
    pair = report.articles[0].pairs[0]
    assert pair.predicted.index == 1
    assert pair.agreement == 3  # mode, exact date and size_dead
    assert report.articles[0].false_positives[0].index == 0


def test_evaluate_greedy_matching_takes_best_pair_first_across_gold_events():
    gold = [event(mode="firearms"), event(mode="bombing")]
    predicted = [event(mode="bombing"), event(mode="firearms")]
    report = score(gold, predicted)
    assert [(p.gold.index, p.predicted.index) for p in report.articles[0].pairs] == [(0, 1), (1, 0)]
    assert report.fields["mode"].accuracy == 1.0


# --- background rule, main and all recall --------------------------------------------------------------


def test_evaluate_duplicate_of_background_event_is_not_a_false_positive():
    gold = [event(salience="background"), event("PROTEST", salience="main")]
    predicted = [event(), event(), event("PROTEST"), event("PROTEST")]
    report = score(gold, predicted)
    counts = report.overall
    assert (counts.tp, counts.fp, counts.fn, counts.ignored) == (2, 1, 0, 1)
    assert report.articles[0].ignored[0].event == "ASSAULT"
    assert report.articles[0].false_positives[0].event == "PROTEST"
    assert counts.precision == pytest.approx(2 / 3)


def test_evaluate_prediction_unrelated_to_background_event_is_a_false_positive():
    report = score([event(date="2022-01-01", salience="background")], [event(date="2022-01-01"), event()])
    assert (report.overall.tp, report.overall.fp, report.overall.ignored) == (1, 1, 0)


def test_evaluate_recall_on_main_and_on_all_events():
    gold = [
        event("ASSAULT", salience="main"),
        event("PROTEST", salience="main"),
        event("COERCE", salience="background"),
        event("AID", salience="background"),
    ]
    report = score(gold, [event("ASSAULT"), event("COERCE"), event("AID"), event("REJECT")])
    counts = report.overall
    assert counts.recall_main == 0.5
    assert counts.recall == 0.75
    assert counts.precision == 0.75
    assert counts.f1 == pytest.approx(0.75)
    assert (counts.gold, counts.main, counts.tp_main) == (4, 2, 1)


def test_evaluate_micro_average_and_per_type_scores():
    gold = [
        article([event("ASSAULT"), event("PROTEST")], "a1"),
        article([event("ASSAULT"), event("ASSAULT", date="2022-02-01")], "a2"),
    ]
    predicted = {
        "a1": {"events": [event("ASSAULT"), event("COERCE")]},
        "a2": {"events": [event("ASSAULT"), event("ASSAULT", date="2022-03-01")]},
    }
    report = score_events(gold, predicted)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 2, 2)
    assault = report.per_type["ASSAULT"]
    assert (assault.tp, assault.fp, assault.fn) == (2, 1, 1)
    assert assault.precision == pytest.approx(2 / 3)
    assert assault.recall == pytest.approx(2 / 3)
    assert report.per_type["PROTEST"].recall == 0.0
    assert report.per_type["PROTEST"].precision is None
    assert report.per_type["COERCE"].precision == 0.0
    assert list(report.per_type) == ["ASSAULT", "COERCE", "PROTEST"]


# --- field accuracies -----------------------------------------------------------------------------------


def test_evaluate_mode_and_actor_fields_any_gold_actor_counts():
    gold = [
        event(
            mode="withdraw",
            actor=[actor("RUS", "MIL"), actor("IGO", "MIL")],
            recipient=[actor("KAZ", "GOV")],
        )
    ]
    predicted = [event(mode="retreat", actor=[actor("IGO", "GOV"), actor(None, "REB")], recipient=[actor("UKR")])]
    report = score(gold, predicted)
    fields = report.fields
    assert (fields["mode"].correct, fields["mode"].total) == (0, 1)
    assert (fields["actor_country"].correct, fields["actor_country"].total) == (1, 1)
    assert (fields["actor_sector"].correct, fields["actor_sector"].total) == (0, 1)
    assert (fields["recipient_country"].correct, fields["recipient_country"].total) == (0, 1)


def test_evaluate_fields_the_gold_leaves_null_are_not_scored_but_spurious_values_are_counted():
    gold = [event(mode=None, actor=[actor(None, None)], size={"dead": None})]
    predicted = [event(mode="firearms", actor=[actor("SYR", "MIL")], size={"dead": 40, "injured": None})]
    fields = score(gold, predicted).fields
    for name in ("mode", "actor_country", "actor_sector", "size_dead"):
        assert (fields[name].total, fields[name].spurious) == (0, 1), name
    assert (fields["size_injured"].total, fields["size_injured"].spurious) == (0, 0)


def test_evaluate_field_given_by_gold_but_missing_from_prediction_is_wrong():
    gold = [event(mode="arrest", actor=[actor("KAZ", "GOV")], size={"arrested": 12000})]
    fields = score(gold, [event()]).fields
    for name in ("mode", "actor_country", "actor_sector", "size_arrested"):
        assert (fields[name].correct, fields[name].total) == (0, 1), name


def test_evaluate_location_country_and_161_km_accuracy():
    almaty = (43.25, 76.95)
    gold = [
        event(location=place("KAZ", *almaty)),
        event("PROTEST", location=place("KAZ", *almaty)),
        event("COERCE", location=place("KAZ", *almaty)),
        event("AID", location=place("KAZ")),
    ]
    predicted = [
        event(location=place("KAZ", 43.25, 78.0)),  # about 85 km east
        event("PROTEST", location=place("KAZ", 51.17, 71.45)),  # Astana, about 970 km
        event("COERCE", location=place("KAZ")),  # no coordinates: wrong
        event("AID", location=place("KAZ", 48.0, 68.0)),  # gold has no coordinates: not scored
    ]
    report = score(gold, predicted)
    assert (report.fields["location_country"].correct, report.fields["location_country"].total) == (4, 4)
    within = report.fields["location_161km"]
    assert (within.correct, within.total, within.spurious) == (1, 3, 1)
    assert report.articles[0].pairs[0].distance_km == pytest.approx(haversine_km(*almaty, 43.25, 78.0))
    assert 80 < report.articles[0].pairs[0].distance_km < 90


def test_evaluate_161_km_threshold_is_inclusive():
    # One degree of latitude is about 111.2 km; 1.45 degrees about 161.2 km.
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.01)
    gold = [event(location=place(None, 0.0, 0.0)), event("PROTEST", location=place(None, 0.0, 0.0))]
    predicted = [event(location=place(None, 1.44, 0.0)), event("PROTEST", location=place(None, 1.46, 0.0))]
    within = score(gold, predicted).fields["location_161km"]
    assert (within.correct, within.total) == (1, 2)


def test_evaluate_exact_date_accuracy():
    gold = [
        event(date="2022-01-10"),
        event("PROTEST", date="2022-01-01", date_end="2022-01-10"),
        event("COERCE", date="2022-01-10"),
        event("AID", date=None),
        event("REJECT", date="2022-01-10", date_end="2022-01-10"),
    ]
    predicted = [
        event(date="2022-01-11"),  # compatible, not exact
        event("PROTEST", date="2022-01-01", date_end="2022-01-10"),  # exact range
        event("COERCE", date="2022-01-10", date_end="2022-01-12"),  # a range is not the gold day
        event("AID", date="2022-01-10"),  # gold gives no date: spurious
        event("REJECT", date="2022-01-10"),  # a one-day range is that day
    ]
    exact = score(gold, predicted).fields["date_exact"]
    assert (exact.correct, exact.total, exact.spurious) == (2, 4, 1)


def test_evaluate_size_counts_scored_only_where_gold_gives_them():
    gold = [
        event(size={"dead": 225, "injured": None, "arrested": 12000, "troops": None}),
        event("AID", size={"troops": 2030}),
    ]
    predicted = [
        event(size={"dead": 225, "injured": 5, "arrested": 1200, "troops": None}),
        event("AID", size={"troops": 2030}),
    ]
    fields = score(gold, predicted).fields
    assert (fields["size_dead"].correct, fields["size_dead"].total) == (1, 1)
    assert (fields["size_arrested"].correct, fields["size_arrested"].total) == (0, 1)
    assert (fields["size_troops"].correct, fields["size_troops"].total) == (1, 1)
    assert (fields["size_injured"].total, fields["size_injured"].spurious) == (0, 1)
    assert fields["size_dead"].accuracy == 1.0 and fields["size_injured"].accuracy is None


def test_evaluate_fields_are_scored_on_background_matches_too():
    gold = [event(mode="firearms", salience="background")]
    assert score(gold, [event(mode="firearms")]).fields["mode"].correct == 1


# --- documents, reference dates, missing records --------------------------------------------------------


def test_evaluate_document_scores_use_type_sets():
    gold = [
        article([event("ASSAULT"), event("ASSAULT"), event("PROTEST", salience="background")], "a1"),
        article([event("AID")], "a2"),
    ]
    predicted = {
        # Wrong dates: no event matches, but the types are right at document level.
        "a1": {"events": [event("ASSAULT", date="2020-01-01"), event("COERCE"), event("COERCE")]},
        "a2": {"events": []},
    }
    report = score_events(gold, predicted)
    docs = report.documents
    assert (docs.tp, docs.fp, docs.fn) == (1, 1, 2)
    assert docs.precision == 0.5
    assert docs.recall == pytest.approx(1 / 3)
    assert docs.f1 == pytest.approx(0.4)
    assert report.overall.tp == 0


def test_evaluate_reference_dates_are_checked_where_gold_expects_one():
    gold = [
        article([], "a1", expected_reference_date="2022-01-19"),
        article([], "a2", expected_reference_date="2022-01-19"),
        article([], "a3", expected_reference_date="2022-01-19"),
        article([], "a4"),
    ]
    predicted = {
        "a1": {"events": [], "reference_date": {"date": "2022-01-19", "method": "inferred-weekday"}},
        "a2": {"events": [], "reference_date": {"date": "2022-01-14", "method": "inferred-latest-date"}},
        "a4": {"events": [], "reference_date": {"date": None, "method": "unknown"}},
    }
    report = score_events(gold, predicted)
    checks = [(c.article_id, c.predicted, c.method, c.correct) for c in report.reference_dates]
    assert checks == [
        ("a1", "2022-01-19", "inferred-weekday", True),
        ("a2", "2022-01-14", "inferred-latest-date", False),
        ("a3", None, None, False),
    ]
    score_ = report.reference_date_score
    assert (score_.correct, score_.total) == (1, 3)


def test_evaluate_missing_prediction_record_predicts_nothing_and_unknown_ids_are_counted():
    gold = [article([event()], "a1"), article([event(), event("AID")], "a2")]
    predicted = {"a1": {"events": [event()]}, "zz": {"events": [event()]}, "yy": {"events": []}}
    report = score_events(gold, predicted)
    assert report.missing_predictions == ["a2"]
    assert report.unknown_predictions == 2
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 2)
    assert not report.articles[1].has_prediction
    assert [note.event for note in report.articles[1].missed] == ["ASSAULT", "AID"]


def test_evaluate_prediction_record_that_is_not_an_object_is_an_error():
    with pytest.raises(EvaluationInputError, match="prediction for article 'a1'"):
        score_events([article([event()])], {"a1": [event()]})


# --- report -----------------------------------------------------------------------------------------------


def test_evaluate_report_to_dict_is_json_and_render_shows_the_scores():
    gold = [article([event(), event("PROTEST")], expected_reference_date="2022-01-10")]
    predicted = {"a1": {"events": [event(), event("COERCE")], "reference_date": {"date": "2022-01-10"}}}
    report = score_events(gold, predicted)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["events"]["precision"] == 0.5
    assert data["events"]["recall_main"] == 0.5
    assert data["per_type"]["PROTEST"]["precision"] is None
    assert data["fields"]["location_161km"]["accuracy"] is None
    assert data["reference_dates"]["correct"] == 1
    assert data["details"][0]["false_positives"][0]["event"] == "COERCE"
    console = Console(width=150, record=True)
    console.print(render_event_report(report, details=True))
    text = console.export_text()
    for expected in ("ASSAULT", "PROTEST", "COERCE", "0.500", "false +", "missed", "2022-01-10", "size_dead"):
        assert expected in text
