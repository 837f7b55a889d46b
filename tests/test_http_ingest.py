"""POST /extract and POST /articles: the pipeline over HTTP, the ingest token, and the request size limit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api.app import MIN_TOKEN_LENGTH
from eventwire.store import Store

TOKEN = "s3cret-token-for-the-tests"
FR = (
    "Les troupes de l'OTSC ont achevé leur retrait du Kazakhstan\n\n"
    "ALMATY, 19 janvier 2022 — Les forces de l'OTSC ont terminé mercredi leur retrait du Kazakhstan."
)
PAGE = f"""<!doctype html><html><head><title>Retrait</title></head><body><nav>Accueil · Monde</nav>
<article><h1>Les troupes de l'OTSC ont achevé leur retrait du Kazakhstan</h1>
<p>{FR.split(chr(10))[-1]} Le contingent de 2 030 militaires avait été déployé le 6 janvier.</p></article>
<footer>© Journal</footer></body></html>"""


@pytest.fixture
def reading(tmp_path: Path) -> Iterator[TestClient]:
    """A server on a store it may only read (the default)."""
    Store(tmp_path / "read.duckdb").close()
    with Store(tmp_path / "read.duckdb", read_only=True) as store, TestClient(create_app(store)) as client:
        yield client


@pytest.fixture
def writing(tmp_path: Path) -> Iterator[TestClient]:
    """A server started with an ingest token, with a small body limit."""
    with (
        Store(tmp_path / "write.duckdb") as store,
        TestClient(create_app(store, ingest_token=TOKEN, max_body_bytes=20_000)) as client,
    ):
        yield client


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_http_extract_text_answers_events_and_stores_nothing(reading: TestClient) -> None:
    response = reading.post("/extract", json={"text": FR, "lang": "fr"})
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["lang"] == "fr" and record["reference_date"]["date"] == "2022-01-19"
    assert (record["events"][0]["event"], record["events"][0]["mode"]) == ("RETREAT", "withdraw")
    assert reading.get("/events").json()["total"] == 0


def test_http_extract_html_page(reading: TestClient) -> None:
    record = reading.post("/extract", json={"html": PAGE, "id": "page-1", "published": "2022-01-19"}).json()
    assert record["id"] == "page-1" and "RETREAT" in {e["event"] for e in record["events"]}
    assert "Accueil" not in (record["title"] or "")


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({}, 'give the article as exactly one of "text" or "html"'),
        ({"text": FR, "html": PAGE}, 'give the article as exactly one of "text" or "html"'),
        ({"text": "  \n"}, "the article is empty"),
        ({"text": FR, "published": "19/01/2022"}, "body field 'published': Input should be a valid date"),
        ({"text": FR, "colour": "red"}, "body field 'colour': Extra inputs are not permitted"),
        ({"text": FR, "lang": "français"}, "body field 'lang': String should have at most 3 characters"),
        ({"text": FR, "lang": "f1"}, "invalid language code 'f1'"),
        ({"html": "<html><body><p>menu</p></body></html>"}, "no article text found in page POST /extract"),
        (
            {"text": "Der Bundestag hat am Mittwoch ein neues Gesetz beschlossen.", "lang": "xx"},
            "the article was rejected",
        ),
    ],
)
def test_http_extract_bad_articles_say_why(reading: TestClient, body: dict, detail: str) -> None:
    response = reading.post("/extract", json=body)
    assert response.status_code == 422
    assert detail in response.json()["detail"]


def test_http_extract_refuses_what_is_not_a_json_object(reading: TestClient) -> None:
    broken = reading.post("/extract", content=b'{"text": ', headers={"content-type": "application/json"})
    assert broken.status_code == 422 and "not valid JSON" in broken.json()["detail"]
    listed = reading.post("/extract", json=[FR])
    assert listed.status_code == 422 and listed.json()["detail"].startswith("the request body:")


def test_http_read_only_server_refuses_articles(reading: TestClient) -> None:
    response = reading.post("/articles", json={"text": FR}, headers=bearer())
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_http_articles_need_the_token(writing: TestClient) -> None:
    missing = writing.post("/articles", json={"text": FR})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writing.post("/articles", json={"text": FR}, headers=bearer("not-the-token-at-all"))
    assert wrong.status_code == 403 and wrong.json()["detail"] == "the ingest token is not valid"
    assert writing.get("/events").json()["total"] == 0


def test_http_articles_with_the_token_are_stored_and_served(writing: TestClient) -> None:
    assert writing.get("/events").json()["total"] == 0  # cached now, must be forgotten after the write
    stored = writing.post("/articles", json={"text": FR, "id": "fr-1", "outlet": "Le Journal"}, headers=bearer())
    assert stored.status_code == 200, stored.text
    assert stored.json()["outcome"] == "added" and stored.json()["article"]["id"] == "fr-1"
    again = writing.post("/articles", json={"text": FR, "id": "fr-1"}, headers=bearer())
    assert again.json()["outcome"] == "unchanged"
    events = writing.get("/events", params={"type": "RETREAT"}).json()
    assert events["total"] == 1 and events["events"][0]["article_id"] == "fr-1"
    [story] = writing.get("/stories").json()["stories"]
    assert story["outlets"] == ["Le Journal"] and story["languages"] == ["fr"]


def test_http_rejected_articles_are_recorded_by_a_writing_server(writing: TestClient) -> None:
    response = writing.post("/articles", json={"text": "Ein kurzer deutscher Satz.", "lang": "xx"}, headers=bearer())
    assert response.status_code == 422
    store: Store = writing.app.state.store  # type: ignore[attr-defined]
    assert store.stats()["rejections"] == 1


def test_http_body_over_the_limit_is_refused(writing: TestClient) -> None:
    declared = writing.post("/extract", json={"text": "Le Kazakhstan. " * 2000})
    assert declared.status_code == 413 and "larger than this server accepts (20,000 bytes)" in declared.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}'

    streamed = writing.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["detail"] == declared.json()["detail"]


def test_http_ingest_token_must_be_long_and_need_a_writable_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(ValueError, match=f"at least {MIN_TOKEN_LENGTH}"):
        create_app(store, ingest_token="short")
    with Store(tmp_path / "s.duckdb", read_only=True) as store, pytest.raises(ValueError, match="for writing"):
        create_app(store, ingest_token=TOKEN)
