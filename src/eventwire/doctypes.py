"""What an article is about: its event types, predicted from the events found and (where trained) its words.

A linear model over two kinds of features: what the multilingual lexicons found (per event type: how often, in the
headline, in the lead, with an actor, with a date of its own), which works in every language, and, for languages
with training data, the lemmas of the article (unigrams and bigrams, tf-idf weighted). It is trained by
``scripts/train_doctypes.py`` on the POLECAT synthetic stories (a held-out fifth is never trained on) and shipped as
``models/doctypes-<lang|any>.json``. Inference is plain Python: a few thousand dictionary lookups per article.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.knowledge import package_path
from eventwire.model import NON_CONTENT_ZONES, Doc

#: Tokens that carry no topic: punctuation, digits.
_SKIP_FIRST = frozenset("0123456789.,;:!?()[]{}\"'«»“”‘’-–—/%&*+")


def structural_features(doc: Doc) -> dict[str, float]:
    """Per event type found: mentions, headline, lead, actor, own date, share of all mentions, and its modes."""
    features: dict[str, float] = {}
    first_body = next((s.start for s in doc.sentences if s.zone == "body"), None)
    total = sum(len(e.evidence) for e in doc.events) or 1
    by_type: dict[str, list] = {}
    for event in doc.events:
        by_type.setdefault(event.event, []).append(event)
    for kind, events in by_type.items():
        starts = [ev.sentence_start for e in events for ev in e.evidence]
        mentions = len(starts)
        features[f"{kind}|mentions"] = math.log1p(mentions)
        features[f"{kind}|share"] = mentions / total
        features[f"{kind}|title"] = float(any(doc.zone_at(s) == "title" for s in starts))
        features[f"{kind}|lead"] = float(first_body in starts)
        features[f"{kind}|actor"] = float(any(e.actor for e in events))
        features[f"{kind}|dated"] = float(any(e.date_precision not in {"document", "unknown"} for e in events))
        for event in events:
            if event.mode:
                features[f"{kind}:{event.mode}|mode"] = 1.0
    return features


def lexical_counts(doc: Doc) -> Counter[str]:
    """Lemma unigrams and bigrams of the readable text, the headline's kept apart ("t:") from the body's ("b:")."""
    counts: Counter[str] = Counter()
    zone_of = {s.first_token: s.zone for s in doc.sentences}
    for sentence in doc.sentences:
        if sentence.zone in NON_CONTENT_ZONES:
            continue
        prefix = "t:" if zone_of.get(sentence.first_token) == "title" else "b:"
        lemmas = [
            t.lemma for t in doc.tokens[sentence.first_token : sentence.last_token] if t.text[:1] not in _SKIP_FIRST
        ]
        counts.update(prefix + lemma for lemma in lemmas)
        counts.update(f"{prefix}{a} {b}" for a, b in itertools.pairwise(lemmas))
    return counts


@dataclass(frozen=True, slots=True)
class DocTypeModel:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature → one weight per class
    idf: dict[str, float]  # lexical features only; empty for a structural-only model

    def features(self, doc: Doc) -> dict[str, float]:
        features = structural_features(doc)
        if self.idf:
            lexical = {f: math.log1p(n) * self.idf[f] for f, n in lexical_counts(doc).items() if f in self.idf}
            norm = math.sqrt(sum(v * v for v in lexical.values())) or 1.0
            features.update((f, v / norm) for f, v in lexical.items())
        return features

    def predict(self, doc: Doc) -> list[tuple[str, float]]:
        """Every class with its probability, most likely first."""
        scores = list(self.bias)
        for feature, value in self.features(doc).items():
            row = self.weights.get(feature)
            if row is not None:
                for k, weight in enumerate(row):
                    scores[k] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return sorted(((c, e / total) for c, e in zip(self.classes, exps, strict=True)), key=lambda x: -x[1])

    @classmethod
    def from_file(cls, path: Path) -> DocTypeModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            classes=tuple(data["classes"]),
            bias=tuple(data["bias"]),
            weights={f: tuple(w) for f, w in data["weights"].items()},
            idf=dict(data.get("idf") or {}),
        )

    def to_file(self, path: Path, meta: dict) -> None:
        data = {"meta": meta, "classes": list(self.classes), "bias": list(self.bias), "idf": self.idf}
        data["weights"] = {f: [round(w, 4) for w in row] for f, row in self.weights.items()}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@functools.cache
def doctype_model(lang: str) -> DocTypeModel | None:
    """The language's model if one was trained for it, else the structural model every language can use."""
    for name in (f"doctypes-{lang}.json", "doctypes-any.json"):
        path = package_path("models", name)
        if path.is_file():
            return DocTypeModel.from_file(path)
    return None
