"""Floors on WiNER-fr (../shared, skipped when absent), a little below what ``benchmarks/winer_dates.py`` measures
(recall 0.965, precision of absolute expressions 0.993, reference date withheld and re-inferred exactly 1125/1131)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Doc
from eventwire.stages.clean import CleanStage
from eventwire.stages.time import TimeStage
from eventwire.timeresolve import resolve

from .conftest import read_jsonl, shared_path


@pytest.fixture(scope="module")
def winer() -> list[dict]:
    return read_jsonl(shared_path("data", "winer_fr", "winer_fr_dev.jsonl"))


def test_time_winer_gold_dates_are_found(winer: list[dict]) -> None:
    clean, stage = CleanStage(languages=("fr",)), TimeStage()
    gold_total = found = absolute = absolute_gold = 0
    for record in winer:
        article = Article(record["id"], record["text"], published=date.fromisoformat(record["date"][:10]), lang="fr")
        doc = stage(clean(Doc(article, lang="fr")))
        spans = [(m.start, m.end) for m in doc.mentions_of("date")]
        gold = [(e["start"], e["end"]) for e in record["entities"] if e["type"] == "Date"]
        gold_total += len(gold)
        found += sum(any(s < g_end and g_start < e for s, e in spans) for g_start, g_end in gold)
        exprs = stage.grammar("fr").find(doc.text, 0, len(doc.text))
        for start, end in {(x.start, x.end) for x in exprs if resolve(x, None) is not None} & set(spans):
            absolute += 1
            absolute_gold += any(start < g_end and g_start < end for g_start, g_end in gold)
    assert found / gold_total >= 0.95
    assert absolute_gold / absolute >= 0.98


def test_time_winer_reference_date_is_inferred_when_withheld(winer: list[dict]) -> None:
    clean, stage = CleanStage(languages=("fr",)), TimeStage()
    exact = 0
    for record in winer:
        doc = stage(clean(Doc(Article(record["id"], record["text"], lang="fr"), lang="fr")))
        exact += doc.reference.date == date.fromisoformat(record["date"][:10])
    assert exact / len(winer) >= 0.98
