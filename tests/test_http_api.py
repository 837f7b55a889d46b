"""The HTTP API's read endpoints, in process (FastAPI's TestClient), over a store of the bundled examples.

``example_store`` is also used by test_dashboard.py.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api.cache import ResponseCache
from eventwire.api.params import MAX_PAGE
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.readers import read_inputs
from eventwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "examples"


def example_store(path: Path, pipeline: Pipeline | None = None) -> Path:
    """A store file holding the four example articles (README.md excluded)."""
    pipeline = pipeline or default_pipeline()
    with Store(path) as store:
        for result in pipeline.pipe(read_inputs([str(EXAMPLES / "*.txt")])):
            store.ingest(result)
    return path


@pytest.fixture(scope="module")
def client(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = example_store(tmp_path_factory.mktemp("http") / "examples.duckdb", pipeline)
    with Store(path, read_only=True) as store, TestClient(create_app(store)) as test_client:
        yield test_client


def get(client: TestClient, path: str, status: int = 200, **params: object) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def ids(page: dict) -> list[str]:
    return [event["id"] for event in page["events"]]


def test_http_events_lists_every_event_by_date_with_a_total(client: TestClient) -> None:
    page = get(client, "/events", limit=MAX_PAGE)
    assert page["total"] == len(page["events"]) > 20 and page["offset"] == 0
    dates = [event["date"] for event in page["events"] if event["date"]]
    assert dates == sorted(dates)
    first = page["events"][0]
    assert {"event", "actor", "location", "evidence_detail", "story_id", "article_id"} <= set(first)


def test_http_events_filters_combine(client: TestClient) -> None:
    withdrawals = get(client, "/events", type="RETREAT")
    assert sorted(ids(withdrawals)) == ["kazakhstan-withdrawal-en-e01", "kazakhstan-withdrawal-fr-e01"]
    assert get(client, "/events", type="retreat", mode="withdraw")["total"] == 2
    assert get(client, "/events", type="RETREAT", country="kaz")["total"] == 2
    assert get(client, "/events", type="RETREAT", country="NER")["total"] == 0
    niger = get(client, "/events", country="NER")
    assert niger["total"] > 3 and all(e["article_id"] == "niger-protest-fr" for e in niger["events"])
    assert all(e["date"] >= "2023-07-30" for e in get(client, "/events", **{"from": "2023-07-30"})["events"])
    january = get(client, "/events", **{"from": "2022-01-01", "to": "2022-01-31"})
    assert january["total"] > 10 and all(e["article_id"] != "niger-protest-fr" for e in january["events"])


def test_http_events_words_ignore_case_and_accents(client: TestClient) -> None:
    assert get(client, "/events", text="TOKAIEV")["total"] == get(client, "/events", text="tokaïev")["total"] >= 1
    assert get(client, "/events", text="'; DROP TABLE events; --")["total"] == 0
    assert get(client, "/events")["total"] > 20  # the words above reached SQL as a parameter, nothing else


def test_http_events_actor_matches_codes_and_names(client: TestClient) -> None:
    military = get(client, "/events", actor="MIL", limit=MAX_PAGE)["events"]
    assert military and all(any(a["sector"] == "MIL" for a in e["actor"] + e["recipient"]) for e in military)
    assert get(client, "/events", actor="junte")["total"] >= 1


def test_http_events_actor_code_is_matched_exactly_words_are_not(client: TestClient) -> None:
    """ "MIL" is the sector (the demo's crowd of "plusieurs milliers de personnes" is no MIL actor); "milliers" is a
    word of that crowd's text; "kaz" a country code, in any case."""
    crowd = get(client, "/events", actor="milliers")["events"]
    assert crowd and all(not any(a["sector"] == "MIL" for a in e["actor"] + e["recipient"]) for e in crowd)
    military = ids(get(client, "/events", actor="MIL", limit=MAX_PAGE))
    assert not set(ids({"events": crowd})) & set(military)
    assert get(client, "/events", actor="kaz")["total"] == get(client, "/events", actor="KAZ")["total"] >= 1


def test_http_events_pages(client: TestClient) -> None:
    everything = ids(get(client, "/events", limit=MAX_PAGE))
    first, second = get(client, "/events", limit=5), get(client, "/events", limit=5, offset=5)
    assert ids(first) + ids(second) == everything[:10]
    assert first["total"] == second["total"] == len(everything)
    assert get(client, "/events", offset=len(everything))["events"] == []


def test_http_events_of_a_story_and_of_an_article(client: TestClient) -> None:
    story = get(client, "/events", type="RETREAT")["events"][0]["story_id"]
    assert sorted(ids(get(client, "/events", story=story))) == [
        "kazakhstan-withdrawal-en-e01",
        "kazakhstan-withdrawal-fr-e01",
    ]
    assert {e["article_id"] for e in get(client, "/events", article="ukraine-talks-en")["events"]} == {
        "ukraine-talks-en"
    }


def test_http_events_as_csv(client: TestClient) -> None:
    response = client.get("/events", params={"type": "RETREAT", "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(row["id"] for row in rows) == ["kazakhstan-withdrawal-en-e01", "kazakhstan-withdrawal-fr-e01"]
    assert {row["article_lang"] for row in rows} == {"en", "fr"} and rows[0]["actor_country"] == "IGO"


def test_http_stories_most_reported_first(client: TestClient) -> None:
    page = get(client, "/stories")
    counts = [story["num_articles"] for story in page["stories"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2
    [withdrawal] = get(client, "/stories", type="RETREAT")["stories"]
    assert withdrawal["languages"] == ["en", "fr"] and withdrawal["num_articles"] == 2
    assert withdrawal["article_ids"] == ["kazakhstan-withdrawal-en", "kazakhstan-withdrawal-fr"]
    assert withdrawal["location"]["country"] == "KAZ" and withdrawal["first_seen"] == "2022-01-19"
    shared = get(client, "/stories", min_articles=2)
    assert shared["total"] >= 2 and all(story["num_articles"] >= 2 for story in shared["stories"])


def test_http_article_gives_the_text_its_events_point_into(client: TestClient) -> None:
    view = get(client, "/articles/kazakhstan-withdrawal-fr")
    text = view["article"]["text"]
    assert view["article"]["lang"] == "fr" and text.startswith("Les troupes de l'OTSC")
    withdrawal = next(e for e in view["events"] if e["event"] == "RETREAT")
    assert withdrawal["evidence_detail"]  # the headline and the opening sentence both report it
    for detail in withdrawal["evidence_detail"]:
        assert text[detail["sentence_start"] : detail["sentence_end"]] == detail["sentence"]
        [(start, end)] = detail["spans"]["trigger"]
        assert "retrait" in text[start:end]
    missing = get(client, "/articles/no-such-article", status=404)
    assert missing["detail"] == "no article with id 'no-such-article' in this store"


def test_http_stats_count_by_day_type_country_and_place(client: TestClient) -> None:
    stats = get(client, "/stats")
    assert stats["events"] == get(client, "/events")["total"] and stats["articles"] == 4
    assert stats["by_type"]["RETREAT"] == 2 and stats["by_country"]["KAZ"] >= 10
    assert sum(day["count"] for day in stats["by_day"]) == sum(stats["by_type"].values())
    almaty = next(place for place in stats["by_place"] if place["text"] == "Almaty")
    assert almaty["country"] == "KAZ" and 43 < almaty["lat"] < 44
    niger = get(client, "/stats", country="NER")
    assert niger["articles"] == 1 and set(niger["by_country"]) <= {"NER", "NGA", "FRA"}


def test_http_world_outlines_for_the_map(client: TestClient) -> None:
    response = client.get("/world.geojson")
    world = response.json()
    assert response.headers["content-type"] == "application/geo+json"
    countries = {feature["id"] for feature in world["features"]}
    assert {"KAZ", "NER", "UKR", "FRA"} <= countries and len(countries) > 150


def test_http_dashboard_is_served_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<script type="module" src="/static/app.js">' in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from another site
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200


@pytest.mark.parametrize(
    ("path", "params", "status", "detail"),
    [
        ("/events", {"typ": "PROTEST"}, 400, "unknown query parameter(s) typ; this endpoint takes"),
        ("/events", {"type": "RIOT"}, 400, "unknown event type 'RIOT': choose one of AGREE"),
        ("/events", {"mode": "shouting"}, 400, "unknown mode 'shouting'"),
        ("/events", {"country": "France"}, 422, "query parameter 'country': String should have at most 3"),
        ("/events", {"country": "F1"}, 400, "country 'F1' is not a three-letter code"),
        (
            "/events",
            {"limit": MAX_PAGE + 1},
            422,
            f"query parameter 'limit': Input should be less than or equal to {MAX_PAGE}",
        ),
        ("/events", {"limit": 0}, 422, "query parameter 'limit': Input should be greater than or equal to 1"),
        ("/events", {"offset": -1}, 422, "query parameter 'offset'"),
        ("/events", {"from": "yesterday"}, 422, "query parameter 'from': Input should be a valid date"),
        (
            "/events",
            {"from": "2022-02-01", "to": "2022-01-01"},
            400,
            "date_from 2022-02-01 is after date_to 2022-01-01",
        ),
        ("/events", {"text": " "}, 400, "text filter ' ' is empty"),
        ("/events", {"text": "x" * 201}, 422, "query parameter 'text': String should have at most 200 characters"),
        ("/events", {"format": "xml"}, 422, "query parameter 'format': Input should be 'json' or 'csv'"),
        ("/events", {"story": "abc"}, 422, "query parameter 'story': Input should be a valid integer"),
        ("/stories", {"min_articles": 0}, 422, "query parameter 'min_articles'"),
        ("/stats", {"limit": 5}, 400, "unknown query parameter(s) limit"),
        ("/nowhere", {}, 404, "no such endpoint: /nowhere"),
    ],
)
def test_http_bad_requests_say_what_was_wrong(
    client: TestClient, path: str, params: dict, status: int, detail: str
) -> None:
    assert get(client, path, status, **params)["detail"].startswith(detail)


def test_http_read_endpoints_refuse_other_methods(client: TestClient) -> None:
    response = client.delete("/events")
    assert response.status_code == 405 and response.json()["detail"] == "DELETE is not allowed on /events"


def test_http_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    schema = get(client, "/openapi.json")
    assert {"/extract", "/events", "/stories", "/articles/{article_id}", "/stats", "/articles"} <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert parameters >= {"type", "mode", "country", "actor", "from", "to", "text", "limit", "offset", "format"}


def test_http_cache_keeps_recent_answers_within_its_budget() -> None:
    cache = ResponseCache(max_bytes=800)
    for n in range(10):
        cache.put(("/events", (("offset", str(n)),)), b"x" * 100)
    assert cache.get(("/events", (("offset", "0"),))) is None  # the oldest went first
    assert cache.get(("/events", (("offset", "9"),))) == b"x" * 100
    cache.put("big", b"x" * 101)  # more than an eighth of the budget: not kept
    assert cache.get("big") is None
    cache.clear()
    assert cache.get(("/events", (("offset", "9"),))) is None
    with pytest.raises(ValueError, match="0 or more bytes"):
        ResponseCache(-1)
