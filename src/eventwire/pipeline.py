"""The pipeline: a list of stages run in order over each article.

A stage is a small picklable object with a ``name``, the annotations it ``requires`` and ``assigns``, and one method
``__call__(doc) -> doc``. The order is checked when the pipeline is built, so a wrong order fails before any text
runs (as spaCy does). A stage that finds its document unusable raises ``Reject``; the runner turns that, and any
unexpected error, into a ``Rejection`` naming the input, so every article ends as events or as a rejection.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from eventwire.errors import PipelineError, Reject
from eventwire.model import Article, Doc, Rejection


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...


class Pipeline:
    """Runs its stages over articles; picklable as long as its stages are."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)
        self._check_order()

    def _check_order(self) -> None:
        available: set[str] = {"article"}
        for stage in self.stages:
            missing = [need for need in stage.requires if need not in available]
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' needs {', '.join(missing)}, which no earlier stage assigns; "
                    f"put the stage that assigns it before '{stage.name}'"
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def process(self, article: Article) -> Doc | Rejection:
        """One article through every stage: its Doc, or a Rejection saying which stage refused it and why."""
        doc = Doc(article=article, lang=article.lang)
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Reject as refusal:
                return Rejection(article.raw_ref, stage.name, refusal.code, refusal.message)
            except Exception as exc:  # a bug must not lose the article: report it with the input named
                where = traceback.extract_tb(exc.__traceback__)[-1]
                return Rejection(
                    article.raw_ref,
                    stage.name,
                    "internal-error",
                    f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno}); "
                    "please report this with the input",
                )
            doc.done.append(stage.name)
        return doc

    def pipe(self, items: Iterable[Article | Rejection]) -> Iterator[Doc | Rejection]:
        """Stream articles through the pipeline; rejections from reading pass straight through."""
        for item in items:
            yield item if isinstance(item, Rejection) else self.process(item)


def default_pipeline(*, all_modalities: bool = False) -> Pipeline:
    """The standard eventwire pipeline, stages 2–10 of DESIGN.md (reading happens before it), then the article's
    classification."""
    from eventwire.stages.actors import ActorsStage
    from eventwire.stages.classify import ClassifyStage
    from eventwire.stages.clean import CleanStage
    from eventwire.stages.events import EventsStage
    from eventwire.stages.language import LanguageStage
    from eventwire.stages.merge import MergeStage
    from eventwire.stages.places import PlacesStage
    from eventwire.stages.quantities import QuantitiesStage
    from eventwire.stages.segment import SegmentStage
    from eventwire.stages.time import TimeStage

    return Pipeline(
        [
            CleanStage(),
            LanguageStage(),
            SegmentStage(),
            TimeStage(),
            QuantitiesStage(),
            PlacesStage(),
            ActorsStage(),
            EventsStage(all_modalities=all_modalities),
            MergeStage(),
            ClassifyStage(),
        ]
    )
