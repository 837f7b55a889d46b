"""Stories on the bundled examples: the French and English reports of the CSTO withdrawal are one story."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline
from eventwire.readers import read_inputs
from eventwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "examples"


@pytest.fixture(scope="module")
def stories(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    with Store(tmp_path_factory.mktemp("stories") / "examples.duckdb") as store:
        for result in pipeline.pipe(read_inputs([str(EXAMPLES / "*.txt")])):
            store.ingest(result)
        with store.reader() as con:
            columns = ["id", "event", "event_ids", "article_ids", "languages", "num_articles", "location"]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM stories ORDER BY id").fetchall()
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_stories_example_withdrawal_in_french_and_english_is_one_story(stories: list[dict]) -> None:
    [withdrawal] = [story for story in stories if story["event"] == "RETREAT"]
    assert withdrawal["article_ids"] == ["kazakhstan-withdrawal-en", "kazakhstan-withdrawal-fr"]
    assert withdrawal["languages"] == ["en", "fr"] and withdrawal["num_articles"] == 2
    assert '"country":"KAZ"' in withdrawal["location"].replace(" ", "")


def test_stories_example_never_join_reports_of_different_crises(stories: list[dict]) -> None:
    crises = ("kazakhstan", "niger", "ukraine")
    for story in stories:
        topics = {crisis for crisis in crises for article in story["article_ids"] if article.startswith(crisis)}
        assert len(topics) == 1, story
    multilingual = [story for story in stories if story["languages"] == ["en", "fr"]]
    assert {story["event"] for story in multilingual} >= {"RETREAT", "PROTEST"}
    assert all(story["article_ids"][0].startswith("kazakhstan") for story in multilingual)
