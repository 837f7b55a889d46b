"""Bad gold files and bad records get an error that names the input and the problem."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluate import EvaluationInputError, load_gold, score_events


def write_lines(tmp_path, lines: list[str]):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good(article_id: str = "a1", **extra) -> str:
    return json.dumps({"id": article_id, "text": "Texte.", "events": [], **extra})


def test_evaluate_load_gold_reads_articles_and_skips_blank_lines(tmp_path):
    path = write_lines(tmp_path, [good("a1"), "", "   ", good("a2")])
    assert [article["id"] for article in load_gold(path)] == ["a1", "a2"]
    assert load_gold(str(path))[0]["text"] == "Texte."


def test_evaluate_load_gold_keeps_unicode_line_separators_inside_a_text(tmp_path):
    text = "Première ligne\u2028seconde\x85troisième"
    path = write_lines(tmp_path, [json.dumps({"id": "a1", "text": text, "events": []}, ensure_ascii=False)])
    assert load_gold(path)[0]["text"] == text


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([good("a1"), '{"id": "a2", "text": '], r"gold\.jsonl:2: invalid JSON"),
        ([good("a1"), good("a2"), "[1, 2]"], r"gold\.jsonl:3: expected a JSON object"),
        ([json.dumps({"text": "x"})], r"gold\.jsonl:1: the article has no 'id'"),
        ([json.dumps({"id": "", "text": "x"})], r"gold\.jsonl:1: the article has no 'id'"),
        ([json.dumps({"id": "a1", "events": []})], r"gold\.jsonl:1: article 'a1' has no 'text'"),
        ([good("a1"), good("a1")], r"gold\.jsonl:2: article id 'a1' already used on line 1"),
        (["", "  "], r"gold\.jsonl: the gold file contains no articles"),
    ],
)
def test_evaluate_load_gold_names_file_and_line_of_bad_input(tmp_path, lines, message):
    path = write_lines(tmp_path, lines)
    with pytest.raises(EvaluationInputError, match=message):
        load_gold(path)


def test_evaluate_load_gold_names_a_missing_file(tmp_path):
    with pytest.raises(EvaluationInputError, match=r"nowhere\.jsonl: no such gold file"):
        load_gold(tmp_path / "nowhere.jsonl")


def gold_with(event: dict, **extra) -> list[dict]:
    base = {"event": "ASSAULT", "date": "2022-01-10"}
    return [{"id": "a1", "text": "x", "events": [{**base, **event}], **extra}]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"event": "KILL"}, r"gold article 'a1' event 0: 'KILL' is not one of the 16 PLOVER event types"),
        ({"event": None}, r"gold article 'a1' event 0: 'event' \(the PLOVER type\) is missing"),
        ({"date": "10/01/2022"}, r"event 0 date: '10/01/2022' is not an ISO date"),
        ({"date": "2022-02-30"}, r"event 0 date: '2022-02-30' is not an ISO date"),
        ({"date_end": "2022-01-01"}, r"event 0: date_end 2022-01-01 needs a date on or before it"),
        ({"salience": "minor"}, r"event 0: salience 'minor' is neither 'main' nor 'background'"),
        ({"size": {"dead": "225"}}, r"event 0: size.dead must be an integer >= 0 or null, got '225'"),
        ({"size": {"dead": -1}}, r"event 0: size.dead must be an integer >= 0"),
        ({"size": [225]}, r"event 0: 'size' must be an object or null, got list"),
        ({"location": {"country": "KAZ", "lat": 148.0, "lon": 68.0}}, r"event 0 location: lat 148.0 is not"),
        ({"actor": {"country": "KAZ"}}, r"event 0: 'actor' must be a list of objects"),
        ({"actor": [{"country": 7}]}, r"event 0 actor\[0\]: 'country' must be a string or null, got int"),
    ],
)
def test_evaluate_bad_gold_event_is_named(event, message):
    with pytest.raises(EvaluationInputError, match=message):
        score_events(gold_with(event), {})


def test_evaluate_gold_without_events_list_is_refused():
    with pytest.raises(EvaluationInputError, match="gold article 'a1': no 'events' list"):
        score_events([{"id": "a1", "text": "x", "toponyms": []}], {})


def test_evaluate_bad_prediction_is_named_and_unknown_predicted_types_are_just_wrong():
    gold = gold_with({})
    with pytest.raises(EvaluationInputError, match=r"prediction for article 'a1' event 0 date: 'yesterday'"):
        score_events(gold, {"a1": {"events": [{"event": "ASSAULT", "date": "yesterday"}]}})
    with pytest.raises(EvaluationInputError, match=r"prediction for article 'a1': 'events' must be a list"):
        score_events(gold, {"a1": {"events": "ASSAULT"}})
    with pytest.raises(EvaluationInputError, match=r"prediction for article 'a1' reference_date: '19/01'"):
        score_events(gold_with({}, expected_reference_date="2022-01-19"), {"a1": {"reference_date": {"date": "19/01"}}})
    report = score_events(gold, {"a1": {"events": [{"event": "KILL", "date": "2022-01-10"}]}})
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({"text": "x", "events": []}, r"gold article #0: expected an object with an 'id' string"),
        ("a1", r"gold article #0: expected an object"),
        ({"id": "a1", "events": []}, r"gold article 'a1': has no 'text'"),
    ],
)
def test_evaluate_hand_made_gold_without_id_or_text_is_named(article, message):
    with pytest.raises(EvaluationInputError, match=message):
        score_events([article], {})
