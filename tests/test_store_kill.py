"""Store: a process killed (SIGKILL) in the middle of ingesting leaves no half article behind."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import eventwire.store as store_module
from eventwire.store import Store

HELPERS = Path(__file__).with_name("test_store_ingest.py")


def _load_helpers():  # type: ignore[no-untyped-def]
    """The Doc builders of test_store_ingest.py, loaded by path so any pytest import mode works."""
    spec = importlib.util.spec_from_file_location("store_doc_builders", HELPERS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Ingests forever: 30 article ids over and over, each time with a new text (so most ingests replace an
# article) and a new number of events, written into the title so the checker knows what was given.
CHILD = """
import importlib.util, sys
from eventwire.store import Store
spec = importlib.util.spec_from_file_location("helpers", sys.argv[2])
helpers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(helpers)
start = int(sys.argv[3])
with Store(sys.argv[1]) as store:
    i = start
    while True:
        n = i * 7 % 6 + 1
        article_id = f"k{i % 30}"
        doc = helpers.make_doc(article_id, events=n, title=f"{n} events", text=f"{helpers.TEXT} Version {i}.")
        store.ingest(doc)
        if i == start + 40:
            print("ready", flush=True)
        i += 1
"""


def run_and_kill(db: Path, start: int, rng: random.Random) -> None:
    source = str(Path(store_module.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (source, os.environ.get("PYTHONPATH"))))}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(HELPERS), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "ready", f"the ingesting child failed: {child.stderr.read() if child.stderr else ''}"
        time.sleep(rng.uniform(0.0, 0.2))
        assert child.poll() is None, "the child stopped before it could be killed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def check_every_article_is_whole(db: Path) -> int:
    with Store(db) as store:  # reopening replays DuckDB's write-ahead log
        stats = store.stats()
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute(
            "SELECT a.id, a.title, "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM actors x JOIN events e ON e.id = x.event_id WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a"
        ).fetchall()
        for article_id, title, events, actors, mentions in articles:
            given = int(title.split()[0])
            assert (events, actors, mentions) == (given, given, 5), f"article {article_id} is incomplete"
        orphans = con.execute(
            "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)), "
            "(SELECT count(*) FROM actors WHERE event_id NOT IN (SELECT id FROM events)), "
            "(SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))"
        ).fetchone()
        assert orphans == (0, 0, 0)
    assert (len(articles), sum(row[2] for row in articles)) == (stats["articles"], stats["events"])
    return len(articles)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_store_kill_during_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    helpers = _load_helpers()
    db = tmp_path / "killed.duckdb"
    rng = random.Random(20240303)
    for round_number in range(3):
        run_and_kill(db, start=round_number * 1000, rng=rng)
        assert check_every_article_is_whole(db) == 30
    with Store(db) as store:
        assert store.ingest(helpers.make_doc("after-kill", events=2)) == "added"
        assert len(store.query_events(text="manifestants")) >= 2
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events WHERE article_id = 'after-kill'").fetchone() == (2,)
