"""Cost of the time stage per article, and how dateparser compares on the same dates.

The articles (WiNER-fr development set by default) are cleaned first, untimed; then the time stage alone is timed
over them, with the publication date given and without it (reference-date inference then runs too). The target is
at most 2 ms per article on average. Wall-clock time is printed with its median and 95th percentile, and the
process's CPU time per article, which a busy machine does not inflate. ``--dateparser`` also resolves each gold
``Date`` mention of WiNER-fr with dateparser (language fixed to French, the article's date as the relative base) and
with eventwire's grammar, and prints the time per call and how often the two agree on the day.
Run: ``python benchmarks/time_stage.py [--path FILE.jsonl] [--limit N] [--repeat R] [--dateparser]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from eventwire.model import Article, Doc
from eventwire.stages.clean import CleanStage
from eventwire.stages.time import TimeStage
from eventwire.timeresolve import resolve
from eventwire.timexpr import TimeGrammar

DEFAULT_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "winer_fr" / "winer_fr_dev.jsonl"


def cleaned(records: list[dict], *, published: bool) -> list[Doc]:
    clean = CleanStage()
    docs = []
    for r in records:
        day = date.fromisoformat(r["date"][:10]) if published and r.get("date") else None
        article = Article(str(r["id"]), r["text"], published=day, lang=r.get("lang") or "fr")
        docs.append(clean(Doc(article, lang=article.lang)))
    return docs


def time_stage(docs: list[Doc], repeat: int) -> tuple[list[float], float, int]:
    """Wall-clock seconds per article, CPU seconds per article on average, and the date mentions found."""
    stage = TimeStage()
    stage(replace(docs[0], mentions=[]))  # compiles the grammar once, as a worker does on its first article
    per_article: list[float] = []
    mentions = 0
    cpu_started = time.process_time()
    for _ in range(repeat):
        for doc in docs:
            fresh = replace(doc, mentions=[])
            started = time.perf_counter()
            stage(fresh)
            per_article.append(time.perf_counter() - started)
            mentions += len(fresh.mentions)
    cpu = (time.process_time() - cpu_started) / len(per_article)
    return per_article, cpu, mentions // repeat


def compare_with_dateparser(records: list[dict]) -> None:
    import dateparser  # installed with trafilatura; measured here, not used by eventwire

    grammar = TimeGrammar("fr")
    ours = theirs = agree = total = 0.0
    for r in records:
        ref = date.fromisoformat(r["date"][:10])
        for entity in r["entities"]:
            if entity["type"] != "Date":
                continue
            text = entity["text"]
            t0 = time.perf_counter()
            found = grammar.find(text, 0, len(text))
            value = resolve(found[0], ref) if found else None
            t1 = time.perf_counter()
            parsed = dateparser.parse(
                text, languages=["fr"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)}
            )
            t2 = time.perf_counter()
            ours, theirs, total = ours + t1 - t0, theirs + t2 - t1, total + 1
            if value is not None and parsed is not None and value.start <= parsed.date() <= value.end:
                agree += 1
    n = max(total, 1)
    print(f"dateparser vs eventwire on {int(total)} gold Date mentions of WiNER-fr (language fixed):")
    print(f"  eventwire grammar: {ours / n * 1000:.3f} ms per expression; dateparser: {theirs / n * 1000:.3f} ms")
    print(f"  dateparser's day inside eventwire's value: {agree / n:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="JSON Lines articles (default: WiNER-fr dev)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles")
    parser.add_argument("--dateparser", action="store_true", help="compare with dateparser on WiNER's gold dates")
    args = parser.parse_args()
    if not args.path.is_file():
        sys.exit(f"no articles at {args.path}; pass --path to a JSON Lines file of articles")
    with args.path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()][: args.limit]
    characters = statistics.mean(len(r["text"]) for r in records)
    print(f"articles: {len(records)} ({characters:.0f} characters on average), {args.repeat} passes")
    for published in (True, False):
        per_article, cpu, mentions = time_stage(cleaned(records, published=published), args.repeat)
        label = "publication date given" if published else "reference date inferred"
        p95 = statistics.quantiles(per_article, n=20)[-1]
        print(
            f"time stage, {label}: {statistics.mean(per_article) * 1000:.3f} ms per article on average "
            f"(median {statistics.median(per_article) * 1000:.3f}, p95 {p95 * 1000:.3f}; CPU time {cpu * 1000:.3f} "
            f"ms); {mentions} date mentions"
        )
    if args.dateparser:
        compare_with_dateparser([r for r in records if r.get("entities")])


if __name__ == "__main__":
    main()
