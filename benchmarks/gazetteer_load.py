"""Load time and memory of the compiled gazetteer, its build time, and the speed of the places stage.

The targets (issue 4): the cached index loads in under 1 s and under 300 MB. Each measurement runs in a fresh
process, so imports and caches of one do not flatter the next. Prints the figures; asserts nothing.
Run: ``python benchmarks/gazetteer_load.py [--rebuild] [--articles FILE.jsonl] [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_ARTICLES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geoparsing" / "lgl" / "lgl.jsonl"

_LOAD = """
import json, resource, time
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
from eventwire.gazetteer import Gazetteer
gazetteer = Gazetteer.load()
seconds = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_mb": after / 1024, "added_mb": (after - before) / 1024,
                  "entries": len(gazetteer)}))
"""

_STAGE = """
import json, sys, time
from eventwire.evaluation_run import gold_article
from eventwire.model import Doc
from eventwire.stages.clean import CleanStage
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()][: int(sys.argv[2])]
docs = []
for record in records:
    article = gold_article({**record, "lang": record.get("lang") or "en"})
    docs.append(SegmentStage()(CleanStage()(Doc(article=article, lang=article.lang))))
from eventwire.airports import airport_index
places = PlacesStage()
places(docs[0])  # loads the gazetteer and the language's rules
started = time.perf_counter()
airport_index()  # read once per process, when an article first names an airport
airports_seconds = time.perf_counter() - started
started = time.perf_counter()
found = sum(len(places(doc).mentions_of("place")) for doc in docs)
seconds = time.perf_counter() - started
chars = sum(len(doc.text) for doc in docs)
print(json.dumps({"articles": len(docs), "chars": chars, "seconds": seconds, "places": found,
                  "airports_seconds": airports_seconds}))
"""


def _run(code: str, *args: str, cache: str) -> dict:
    """Run ``code`` in a fresh interpreter with the given cache folder; its last line of output is JSON."""
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": cache}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="also time a build from the sources (about 10 s)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSON Lines articles (default: LGL)")
    parser.add_argument("--limit", type=int, default=200, help="articles for the places-stage timing")
    args = parser.parse_args()
    from eventwire.gazetteer import default_cache_dir

    cache = str(default_cache_dir())
    if args.rebuild:
        with tempfile.TemporaryDirectory() as empty:
            built = _run(_LOAD, cache=empty)
        print(f"build from sources (no cache): {built['seconds']:.1f} s, peak RSS {built['rss_mb']:.0f} MB")
    _run(_LOAD, cache=cache)  # make sure the cache exists before timing a load
    loads = [_run(_LOAD, cache=cache) for _ in range(3)]
    best = min(loads, key=lambda r: r["seconds"])
    print(f"entries: {best['entries']:,}")
    print(f"load from cache: {best['seconds']:.2f} s (best of 3; target < 1 s)")
    print(
        f"memory: {best['added_mb']:.0f} MB added by the load, {best['rss_mb']:.0f} MB process peak (target < 300 MB)"
    )
    if args.articles.is_file():
        stage = _run(_STAGE, str(args.articles), str(args.limit), cache=cache)
        per_article = stage["seconds"] / stage["articles"] * 1000
        print(
            f"places stage: {stage['articles']} articles ({stage['chars'] / stage['articles']:.0f} characters on "
            f"average), {per_article:.2f} ms per article, {stage['places']} places; the airport table read "
            f"once before them in {stage['airports_seconds']:.2f} s"
        )
    else:
        print(f"no articles at {args.articles}: places-stage timing skipped (pass --articles)")


if __name__ == "__main__":
    main()
