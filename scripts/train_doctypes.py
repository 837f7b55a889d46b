"""Train the document event-type models (``src/eventwire/models/doctypes-*.json``) on the POLECAT synthetic stories.

The stories are split by a hash of their id: one fifth is held out and never trained on; the figures printed for it
are the ones docs/evaluation.md quotes. Two models are written: ``doctypes-en.json`` (what the lexicons found plus
the English lemmas) and ``doctypes-any.json`` (what the lexicons found only, usable in every language).
Run: ``python scripts/train_doctypes.py [--csv PATH]`` (needs ../shared, NumPy).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.devsets import held_out, load_devset
from eventwire.doctypes import DocTypeModel, lexical_counts
from eventwire.evaluation_run import gold_article
from eventwire.model import Doc
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.plover import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "polecat_synthetic_en" / "gpt_synthetic_events_2023-10-19_19.csv"
MIN_DF = 5
L2 = 1e-4
EPOCHS = 40
#: Weights below this in every class are dropped: they change no prediction and would weigh on the package.
PRUNE = 0.05
SEED = 13


def extract(articles: list[dict]) -> list[Doc]:
    pipeline = default_pipeline()
    pipeline = Pipeline([s for s in pipeline.stages if s.name != "classify"])  # the model's own input, not its output
    docs = []
    for record in articles:
        result = pipeline.process(gold_article(record))
        if not isinstance(result, Doc):
            sys.exit(f"story {record['id']} was rejected: {result}")
        docs.append(result)
    return docs


def idf_of(docs: list[Doc]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(lexical_counts(doc)))
    n = len(docs)
    return {f: math.log((1 + n) / (1 + d)) + 1 for f, d in df.items() if d >= MIN_DF}


def design(docs: list[Doc], model: DocTypeModel, vocab: dict[str, int]) -> list[tuple[np.ndarray, np.ndarray]]:
    rows = []
    for doc in docs:
        features = [(vocab[f], v) for f, v in model.features(doc).items() if f in vocab]
        rows.append((np.array([i for i, _ in features], dtype=np.int64), np.array([v for _, v in features])))
    return rows


def train(
    rows: list[tuple[np.ndarray, np.ndarray]], labels: np.ndarray, n_features: int
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression with L2, Adam over mini-batches (sparse rows, dense weights)."""
    rng = random.Random(SEED)
    k = len(EVENT_TYPES)
    weights, bias = np.zeros((n_features, k)), np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(weights), np.zeros_like(weights), np.zeros(k), np.zeros(k)
    step, lr, beta1, beta2 = 0, 0.05, 0.9, 0.999
    order = list(range(len(rows)))
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            grad_w, grad_b = L2 * weights, np.zeros(k)
            for i in batch:
                idx, val = rows[i]
                logits = val @ weights[idx] + bias
                probs = np.exp(logits - logits.max())
                probs /= probs.sum()
                probs[labels[i]] -= 1.0
                grad_w[idx] += np.outer(val, probs) / len(batch)
                grad_b += probs / len(batch)
            step += 1
            for param, grad, m, v in ((weights, grad_w, m_w, v_w), (bias, grad_b, m_b, v_b)):
                m *= beta1
                m += (1 - beta1) * grad
                v *= beta2
                v += (1 - beta2) * grad * grad
                param -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return weights, bias


def scores(
    model: DocTypeModel, docs: list[Doc], gold: list[str], threshold: float
) -> tuple[float, float, float, float]:
    """Top-1 accuracy, and document P/R/F1 of the types the record would carry (top type, plus any >= threshold)."""
    tp = fp = fn = hits = 0
    for doc, label in zip(docs, gold, strict=True):
        ranked = model.predict(doc)
        chosen = {ranked[0][0]} | {c for c, p in ranked if p >= threshold}
        hits += ranked[0][0] == label
        tp += label in chosen
        fp += len(chosen - {label})
        fn += label not in chosen
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return hits / len(docs), precision, recall, 2 * precision * recall / (precision + recall)


def fit(name: str, docs: list[Doc], labels: list[str], idf: dict[str, float]) -> DocTypeModel:
    blank = DocTypeModel(tuple(EVENT_TYPES), (0.0,) * len(EVENT_TYPES), {}, idf)
    vocab: dict[str, int] = {}
    for doc in docs:
        for feature in blank.features(doc):
            vocab.setdefault(feature, len(vocab))
    rows = design(docs, blank, vocab)
    y = np.array([EVENT_TYPES.index(label) for label in labels])
    weights, bias = train(rows, y, len(vocab))
    kept = {f: tuple(float(w) for w in weights[i]) for f, i in vocab.items() if np.abs(weights[i]).max() >= PRUNE}
    print(f"{name}: {len(vocab)} features, {len(kept)} kept")
    return DocTypeModel(tuple(EVENT_TYPES), tuple(float(b) for b in bias), kept, {f: idf[f] for f in idf if f in kept})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--threshold", type=float, default=0.5, help="types above this probability are reported")
    args = parser.parse_args()
    if not args.csv.is_file():
        sys.exit(f"no POLECAT stories at {args.csv}")
    articles = load_devset(args.csv, "polecat")
    docs = extract(articles)
    labels = [a["events"][0]["event"] for a in articles]
    train_idx = [i for i, a in enumerate(articles) if not held_out(a["id"])]
    test_idx = [i for i, a in enumerate(articles) if held_out(a["id"])]
    train_docs, test_docs = [docs[i] for i in train_idx], [docs[i] for i in test_idx]
    train_y, test_y = [labels[i] for i in train_idx], [labels[i] for i in test_idx]
    models_dir = ROOT / "src" / "eventwire" / "models"
    models_dir.mkdir(exist_ok=True)
    meta = {
        "trained_on": "POLECAT synthetic stories (ahalterman/NGEC, MIT), 4/5 split by sha1(id) % 5 != 0",
        "script": "scripts/train_doctypes.py",
    }
    for name, idf in (("doctypes-any", {}), ("doctypes-en", idf_of(train_docs))):
        model = fit(name, train_docs, train_y, idf)
        accuracy, precision, recall, f1 = scores(model, test_docs, test_y, args.threshold)
        print(
            f"{name}: held-out {len(test_docs)} stories: top-1 accuracy {accuracy:.3f}; "
            f"document types P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
        )
        model.to_file(models_dir / f"{name}.json", {**meta, "held_out_accuracy": round(accuracy, 4)})


if __name__ == "__main__":
    main()
