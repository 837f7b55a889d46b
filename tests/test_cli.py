"""The eventwire command: extract, ingest, query, export, stats, evaluate — and bad inputs that never stop a run."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main

FR = (
    "Les forces russes ont quitté le Kazakhstan\n\n"
    "ALMATY, 19 janvier 2022 — Les forces armées russes ont achevé mercredi leur retrait du Kazakhstan. "
    "La police a arrêté 12.000 personnes début janvier.\n"
)
EN = "Troops leave Kazakhstan\n\nALMATY, Jan. 19, 2022 — Russian troops completed their withdrawal on Wednesday.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": FR, "lang": "fr", "published": "2022-01-19"}) + "\n{not json\n",
        encoding="utf-8",
    )
    return folder


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_cli_extract_writes_one_line_per_article_and_reports_rejections(corpus: Path) -> None:
    result = invoke("extract", str(corpus))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert sorted(r["id"] for r in lines) == ["en", "fr", "j1"]
    fr = next(r for r in lines if r["id"] == "fr")
    assert {e["event"] for e in fr["events"]} >= {"RETREAT", "COERCE"}
    assert all({"start", "end", "text", "lat", "lon", "geonameid", "country"} <= set(p) for p in fr["places"])
    assert "3 articles read" in result.stderr and "3 inputs rejected" in result.stderr
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr and "feed.jsonl:2" in result.stderr


def test_cli_extract_strict_exits_non_zero_on_rejections(corpus: Path) -> None:
    assert invoke("extract", "--strict", "-q", str(corpus)).exit_code == 2
    assert invoke("extract", "--strict", "-q", str(corpus / "fr.txt")).exit_code == 0


def test_cli_extract_reads_stdin() -> None:
    result = invoke("extract", "-q", "-", input=EN)
    record = json.loads(result.stdout)
    assert record["lang"] == "en" and record["events"][0]["event"] == "RETREAT"


def test_cli_ingest_is_idempotent_and_queries(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    first = invoke("ingest", str(corpus), "--db", db, "--jsonl", str(tmp_path / "events.jsonl"))
    assert "3 added" in first.stderr
    counts = duckdb.connect(db, read_only=True).execute("SELECT count(*) FROM events").fetchone()
    second = invoke("ingest", str(corpus), "--db", db)
    assert "3 unchanged" in second.stderr
    assert duckdb.connect(db, read_only=True).execute("SELECT count(*) FROM events").fetchone() == counts
    assert len((tmp_path / "events.jsonl").read_text().splitlines()) == counts[0]
    table = invoke("query", "--db", db, "--type", "RETREAT")
    assert "RETREAT/withdraw" in table.stdout
    rows = [json.loads(line) for line in invoke("query", "--db", db, "--country", "KAZ", "--json").stdout.splitlines()]
    assert rows and all(r["event"] for r in rows)
    assert invoke("query", "--db", db, "--from", "2030-01-01", "--json").stdout.strip() == ""


def test_cli_export_and_stats(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    invoke("ingest", "-q", str(corpus), "--db", db)
    for suffix in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{suffix}"
        result = invoke("export", str(out), "--db", db)
        assert result.exit_code == 0 and out.stat().st_size > 0
    parquet_rows = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'events.parquet'}'").fetchall()[0][0]
    assert parquet_rows == len((tmp_path / "events.jsonl").read_text().splitlines())
    stats = json.loads(invoke("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 3 and stats["rejections"] == 3


def test_cli_store_commands_name_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "eventwire ingest" in result.output


def test_cli_evaluate_prints_scores_as_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    event = {
        "event": "RETREAT",
        "mode": "withdraw",
        "context": [],
        "date": "2022-01-19",
        "date_end": None,
        "actor": [{"text": "forces", "country": "RUS", "sector": "MIL"}],
        "recipient": [],
        "location": {
            "text": "Kazakhstan",
            "country": "KAZ",
            "lat": 48.0,
            "lon": 68.0,
            "resolution": "country",
        },
        "size": {},
        "attribution": {"text": None, "stance": "asserted"},
        "salience": "main",
        "evidence": "",
    }
    gold.write_text(
        json.dumps({"id": "g", "lang": "fr", "published": "2022-01-19", "text": FR, "events": [event]}) + "\n"
    )
    scores = json.loads(invoke("evaluate", str(gold), "--json").stdout)
    assert scores["events"]["tp"] == 1
    geo = tmp_path / "geo.jsonl"
    start = FR.index("Kazakhstan")
    geo.write_text(
        json.dumps({"id": "g", "text": FR, "places": [{"start": start, "end": start + 10, "lat": 48.0, "lon": 68.0}]})
        + "\n"
    )
    geo_scores = json.loads(invoke("evaluate", str(geo), "--geo", "--json").stdout)
    assert geo_scores["resolution"]["accuracy_161km"] == 1.0
