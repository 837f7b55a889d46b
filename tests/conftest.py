"""Shared fixtures: one pipeline per test session, and the development data under ../shared read in place."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.model import Article, Doc
from eventwire.pipeline import Pipeline, default_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file of ../shared, or a skip when this machine has none (a user's clone has no ../shared)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data {path} not present")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return default_pipeline()


@pytest.fixture(scope="session")
def run(pipeline: Pipeline):
    """Run the whole pipeline on a text: ``run(text, lang="fr", published=date(2022, 1, 19)) -> Doc``."""

    def _run(text: str, lang: str | None = None, published: date | None = None, doc_id: str = "t") -> Doc:
        result = pipeline.process(Article(id=doc_id, text=text, lang=lang, published=published))
        assert isinstance(result, Doc), result
        return result

    return _run


def store_doc_builders() -> ModuleType:
    """The Doc builders of test_store_ingest.py (make_doc, make_event), loaded by path so any pytest import mode
    works."""
    path = Path(__file__).with_name("test_store_ingest.py")
    spec = importlib.util.spec_from_file_location("store_doc_builders", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
