"""Throughput and peak memory of eventwire's extraction over the WiNER-fr development articles.

Prints articles per second on one core (the pipeline is single-threaded), the start-up cost (models, gazetteer and
lexicons loaded once per process) separately, the time spent in each stage, and the peak resident memory.
Run: ``python benchmarks/throughput.py [--path FILE.jsonl] [--limit N] [--repeat R]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from eventwire.errors import Reject
from eventwire.evaluation_run import gold_article
from eventwire.model import Doc
from eventwire.pipeline import default_pipeline

DEFAULT_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "winer_fr" / "winer_fr_dev.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="JSON Lines articles (default: WiNER-fr dev)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the articles (timed together)")
    parser.add_argument("--given-lang", action="store_true", help="trust the articles' lang field (default: detect)")
    args = parser.parse_args()
    if not args.path.is_file():
        sys.exit(f"no articles at {args.path}; pass --path to a JSON Lines file of articles")
    with args.path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = records[: args.limit] if args.limit else records
    articles = [
        gold_article(
            {
                **r,
                "published": r.get("published") or r.get("date"),
                "lang": r.get("lang") if args.given_lang else None,
            }
        )
        for r in records
    ]
    characters = sum(len(a.text) for a in articles)

    pipeline = default_pipeline()
    started = time.perf_counter()
    pipeline.process(articles[0])  # loads language model, lemmatizer, gazetteer and lexicons
    startup = time.perf_counter() - started

    per_stage: dict[str, float] = defaultdict(float)
    events = rejected = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        for article in articles:
            doc = Doc(article=article, lang=article.lang)
            try:
                for stage in pipeline.stages:
                    t0 = time.perf_counter()
                    doc = stage(doc)
                    per_stage[stage.name] += time.perf_counter() - t0
            except Reject:
                rejected += 1
                continue
            events += len(doc.events)
    elapsed = time.perf_counter() - started
    n = len(articles) * args.repeat
    print(f"articles: {n} ({characters * args.repeat / n:.0f} characters on average), events: {events}")
    print(f"start-up (first article, loads models and gazetteer): {startup:.2f} s")
    print(f"throughput: {n / elapsed:.1f} articles/s on one core ({elapsed / n * 1000:.2f} ms per article)")
    for name in pipeline.names:
        print(f"  {name:<11} {per_stage[name] / n * 1000:7.3f} ms per article")
    print(f"peak memory (max RSS): {peak_rss_mb():.0f} MB")
    if rejected:
        print(f"rejected: {rejected}")


if __name__ == "__main__":
    main()
