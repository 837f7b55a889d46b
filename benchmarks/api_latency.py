"""Latency of ``GET /events`` on a store of 100,000 events, with 20 clients querying a real server at once.

The events are synthetic — random types, places, actors, dates and evidence words, written through ``Store.ingest``
in one ``Store.bulk`` block so that stories are built as usual: a latency test needs volume and variety, not real
articles. The server is ``eventwire serve`` in its own process. Each client is a thread with its own kept-alive
connection sending one request after another, with no pause (filters drawn at random: none, type, country, actor,
dates, words, combinations, later pages); the script prints the throughput and the latency percentiles.
With ``--think S`` each client pauses a random time of mean S seconds between requests, as a person at the
dashboard does; without it the clients saturate the server, and the latency is mostly queueing.
Run: ``python benchmarks/api_latency.py [--events N] [--clients C] [--seconds S] [--think S] [--db FILE]
[--cache-mb M]``.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

from eventwire.model import Article, Attribution, Doc, Event, EventActor, EventLocation, Evidence, Size
from eventwire.plover import EVENT_TYPES
from eventwire.store import Store

EVENTS_PER_ARTICLE = 10
FIRST_DAY = date(2022, 1, 1)
DAYS = 730
PLACES = [
    ("Paris", "FRA", 48.85, 2.35), ("Lyon", "FRA", 45.75, 4.85), ("Kyiv", "UKR", 50.45, 30.52),
    ("Kharkiv", "UKR", 49.99, 36.23), ("Moscow", "RUS", 55.75, 37.62), ("Almaty", "KAZ", 43.25, 76.95),
    ("Niamey", "NER", 13.51, 2.11), ("Bamako", "MLI", 12.65, -8.0), ("Dakar", "SEN", 14.69, -17.44),
    ("Geneva", "CHE", 46.2, 6.14), ("Washington", "USA", 38.9, -77.04), ("Caracas", "VEN", 10.49, -66.88),
    ("Khartoum", "SDN", 15.55, 32.53), ("Gaza", "PSE", 31.5, 34.47), ("Beirut", "LBN", 33.89, 35.5),
    ("Kabul", "AFG", 34.53, 69.17), ("Yangon", "MMR", 16.8, 96.16), ("Manila", "PHL", 14.6, 120.98),
    ("Lima", "PER", -12.04, -77.03), ("Nairobi", "KEN", -1.28, 36.82),
]  # fmt: skip
SECTORS = ["GOV", "MIL", "COP", "CVL", "REB", "OPP", "JUD", "MED"]
# News-like words, drawn with Zipf's law (the n-th word 1/n as often as the first), so that evidence sentences are as
# long as real ones (about 250 characters) and a searched word matches a realistic share of them.
WORDS: tuple[str, ...] = (
    "the", "of", "to", "in", "and", "a", "on", "said", "for", "that", "with", "by", "police", "government",
    "forces", "president", "minister", "army", "killed", "people", "protesters", "city", "capital", "troops",
    "attack", "security", "officials", "talks", "border", "election", "ceasefire", "convoy", "protest", "court",
    "sanctions", "aid", "opposition", "rebels", "military", "villages", "strike", "agreement", "leaders",
    "parliament", "crisis", "violence", "refugees", "arrested", "wounded", "fighting", "region", "province",
    "spokesman", "statement", "ministry", "national", "united", "nations", "council", "meeting", "foreign",
    "defence", "interior", "state", "emergency", "curfew", "demonstrators", "clashes", "rally", "march", "blockade",
    "embassy", "negotiations", "deal", "summit", "envoy", "mediation", "withdrawal", "deployment", "offensive",
    "airstrike", "shelling", "drone", "missile", "explosion", "bomb", "gunmen", "kidnapped", "hostages", "prison",
    "journalists", "media", "internet", "shutdown", "fraud", "vote", "ballot", "campaign", "candidate",
    "party", "coalition", "resignation", "inquiry", "corruption", "charges", "trial", "verdict", "appeal",
    "sentence",
)  # fmt: skip
ZIPF = [1 / rank for rank in range(1, len(WORDS) + 1)]


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choices(WORDS, weights=ZIPF, k=count))


def synthetic_doc(rng: random.Random, number: int) -> Doc:
    """An article of EVENTS_PER_ARTICLE random events; the text holds each event's evidence sentence."""
    article_id = f"synthetic-{number:06d}"
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    sentences, events = [], []
    offset = 0
    for index in range(EVENTS_PER_ARTICLE):
        name, country, lat, lon = rng.choice(PLACES)
        sentence = f"Event {index} in {name}: {words(rng, rng.randint(20, 45))}."
        place_start = offset + len(f"Event {index} in ")
        evidence = Evidence(
            sentence, offset, offset + len(sentence), {"location": [(place_start, place_start + len(name))]}
        )
        actor = EventActor("officials", rng.choice([p[1] for p in PLACES]), rng.choice(SECTORS))
        events.append(
            Event(
                id=f"{article_id}-e{index:02d}",
                article_id=article_id,
                event=rng.choice(EVENT_TYPES),
                mode=None,
                context=[],
                date=published - timedelta(days=rng.randrange(3)),
                date_end=None,
                date_precision=rng.choice(["day", "day", "document"]),
                actor=[actor],
                recipient=[],
                location=EventLocation(name, country, None, lat, lon, None, "city"),
                size=Size(dead=rng.randrange(5)),
                attribution=Attribution(),
                salience="main",
                confidence=0.7,
                evidence=[evidence],
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = "\n".join(sentences)
    url = f"https://outlet{number % 40}.example/{number}"
    lang = rng.choice(["en", "fr"])
    article = Article(article_id, text, url=url, title=words(rng, 8), published=published, lang=lang)
    return Doc(article=article, lang=article.lang, events=events)


def build_store(path: Path, events: int) -> None:
    rng = random.Random(1)
    started = time.perf_counter()
    with Store(path) as store, store.bulk():
        for number in range(events // EVENTS_PER_ARTICLE):
            store.ingest(synthetic_doc(rng, number))
    print(f"store: {events:,} synthetic events written in {time.perf_counter() - started:.0f} s ({path})")


def random_query(rng: random.Random) -> dict[str, str]:
    """One of the queries a dashboard user makes: a page of events, most of them filtered."""
    params: dict[str, str] = {"limit": "50"}
    if rng.random() < 0.4:
        params["type"] = rng.choice(EVENT_TYPES)
    if rng.random() < 0.3:
        params["country"] = rng.choice(PLACES)[1]
    if rng.random() < 0.15:
        params["actor"] = rng.choice(SECTORS)
    if rng.random() < 0.3:
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 60))
        params["from"], params["to"] = start.isoformat(), (start + timedelta(days=rng.randrange(1, 60))).isoformat()
    if rng.random() < 0.2:
        params["text"] = rng.choices(WORDS, weights=ZIPF)[0]
    if rng.random() < 0.2:
        params["offset"] = str(50 * rng.randrange(1, 20))
    return params


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int, cache_mb: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port), "--quiet",
               "--cache-mb", str(cache_mb)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped: {server.stderr.read() if server.stderr else ''}")
        try:
            with urlopen(f"http://127.0.0.1:{port}/health", timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("the server did not answer within 60 s")


def client(port: int, seed: int, stop_at: float, latencies: list[float], errors: list[str], think: float = 0.0) -> None:
    """One client: a kept-alive connection, one request after another (stdlib http.client: little overhead), or,
    with a mean pause of ``think`` seconds between requests, a new connection for each (as a browser after a
    pause longer than the server's keep-alive)."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        while time.perf_counter() < stop_at:
            if think:
                time.sleep(rng.expovariate(1 / think))
                connection.close()  # a pause may outlast the server's keep-alive: start each request afresh
            path = "/events?" + urlencode(random_query(rng))
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            latencies.append(time.perf_counter() - started)
            if response.status != 200:
                errors.append(f"{response.status} {path}: {body[:200]!r}")
    finally:
        connection.close()


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[round(share * 1000) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events in the store (default 100,000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the clients query (default 30)")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of queries not counted (default 3)")
    parser.add_argument("--db", type=Path, help="store to use; built with --events synthetic events if absent")
    parser.add_argument(
        "--think",
        type=float,
        default=0.0,
        help="mean pause of each client between requests, in seconds (default 0: none)",
    )
    parser.add_argument("--cache-mb", type=int, default=64, help="the server's answer cache (0: none; default 64)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as scratch:
        db = args.db or Path(scratch) / "bench.duckdb"
        if not db.exists():
            build_store(db, args.events)
        with Store(db, read_only=True) as store:
            stored = store.stats()["events"]
        port = free_port()
        load_before = os.getloadavg()[0]
        server = start_server(db, port, args.cache_mb)
        try:
            latencies: list[float] = []
            errors: list[str] = []
            warm_until = time.perf_counter() + args.warmup
            client(port, 0, warm_until, [], errors)
            stop_at = time.perf_counter() + args.seconds
            threads = [
                threading.Thread(target=client, args=(port, seed, stop_at, latencies, errors, args.think))
                for seed in range(1, args.clients + 1)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    if errors:
        sys.exit(f"{len(errors)} requests failed, first: {errors[0]}")
    ms = [1000 * value for value in latencies]
    print(
        f"GET /events, {stored:,} events stored, {args.clients} concurrent clients "
        f"({f'mean pause {args.think:g} s' if args.think else 'no pause'}), {len(ms):,} requests in "
        f"{args.seconds:.0f} s ({len(ms) / args.seconds:.0f} per second), cache {args.cache_mb} MB, "
        f"{os.cpu_count()} CPUs, load average before {load_before:.2f}"
    )
    print(
        f"latency ms: p50 {percentile(ms, 0.50):.1f}  p95 {percentile(ms, 0.95):.1f}  "
        f"p99 {percentile(ms, 0.99):.1f}  max {max(ms):.1f}"
    )


if __name__ == "__main__":
    main()
