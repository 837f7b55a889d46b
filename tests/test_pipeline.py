"""pipeline: stage order checked at build time, stages pickle, every article ends as a Doc or a Rejection."""

from __future__ import annotations

import pickle

import pytest

from eventwire.errors import PipelineError, Reject
from eventwire.model import Article, Doc, Rejection
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.stages.clean import CleanStage
from eventwire.stages.segment import SegmentStage


def test_pipeline_refuses_a_wrong_order() -> None:
    with pytest.raises(PipelineError, match="segment"):
        Pipeline([SegmentStage(), CleanStage()])


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pipeline_pickles_small_after_use(pipeline: Pipeline, protocol: int) -> None:
    pipeline.process(Article("warm", "Les troupes russes ont quitté le Kazakhstan mercredi.", lang="fr"))
    blob = pickle.dumps(pipeline, protocol=protocol)
    assert len(blob) < 20_000  # models and gazetteer are reloaded in a worker, never shipped
    clone = pickle.loads(blob)
    assert clone.names == pipeline.names
    doc = clone.process(
        Article("x", "Les troupes russes ont quitté le Kazakhstan mercredi 19 janvier 2022.", lang="fr")
    )
    assert isinstance(doc, Doc) and doc.events


class _Exploding:
    name, requires, assigns = "explode", ("article",), ()

    def __call__(self, doc: Doc) -> Doc:
        raise ZeroDivisionError("boom")


class _Refusing:
    name, requires, assigns = "refuse", ("article",), ()

    def __call__(self, doc: Doc) -> Doc:
        raise Reject("too-short", "the article has 3 words")


def test_pipeline_turns_a_crash_into_a_rejection_naming_the_input() -> None:
    result = Pipeline([_Exploding()]).process(Article("a", "text", raw_ref="inbox/a.txt"))
    assert isinstance(result, Rejection)
    assert result.input_ref == "inbox/a.txt" and result.stage == "explode" and result.code == "internal-error"
    assert "ZeroDivisionError" in result.message


def test_pipeline_turns_a_refusal_into_a_rejection() -> None:
    result = Pipeline([_Refusing()]).process(Article("a", "text", raw_ref="x.jsonl:3"))
    assert result == Rejection("x.jsonl:3", "refuse", "too-short", "the article has 3 words")


def test_pipeline_rejects_an_unsupported_language(pipeline: Pipeline) -> None:
    result = pipeline.process(Article("de", "Die russischen Truppen haben Kasachstan am Mittwoch verlassen. " * 3))
    assert isinstance(result, Rejection) and result.code == "unsupported-language"
    assert "'de'" in result.message


def test_default_pipeline_stage_names() -> None:
    assert default_pipeline().names == [
        "clean",
        "language",
        "segment",
        "time",
        "quantities",
        "places",
        "actors",
        "events",
        "merge",
        "classify",
    ]
