"""Every development figure docs/evaluation.md quotes, measured in one run and printed as a Markdown table.

Reads the development sets in ../shared in place (see docs/evaluation.md for what each one is).
Run: ``python scripts/dev_scores.py [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventwire.devsets import load_devset, with_texts
from eventwire.evaluate import EventReport, load_gold, score_events
from eventwire.evaluate_geo import score_places
from eventwire.evaluation_run import gold_article, predict
from eventwire.model import Doc
from eventwire.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _field(report: EventReport, name: str) -> str:
    score = report.fields[name]
    return f"{_fmt(score.accuracy)} ({score.correct}/{score.total})"


def event_row(name: str, report: EventReport) -> str:
    e = report.overall
    return (
        f"| {name} | {e.tp}/{e.gold} | {e.fp} | {_fmt(e.precision)} | {_fmt(e.recall)} | {_fmt(e.f1)} | "
        f"{_field(report, 'actor_country')} | {_field(report, 'actor_sector')} | {_fmt(report.documents.f1)} | "
        f"{_fmt(report.documents_classified.f1)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    shared = args.shared
    if not shared.is_dir():
        sys.exit(f"no development data at {shared}")
    pipeline = default_pipeline()
    data = shared / "data"
    sets = [
        ("Kazakhstan example (fr)", load_gold(shared / "examples" / "kazakhstan-2022-fr.gold.jsonl")),
        (
            "French dev gold, 35 WiNER-fr articles",
            with_texts(
                ROOT / "tests" / "data" / "winer_fr_events_gold.jsonl", data / "winer_fr" / "winer_fr_dev.jsonl"
            ),
        ),
        ("PLOVER gold records (en)", load_devset(data / "plover" / "plover_gsr_cameo.jsonl", "plover-gsr")),
        (
            "PETRARCH Spanish validation (es)",
            load_devset(
                data / "petrarch_validation_dev" / "spanish_validation_1018_es.jsonl",
                "petrarch",
                cameo_table=data / "plover" / "CAMEO2PLOVER-2021.txt",
            ),
        ),
        (
            "PETRARCH Spanish fights, Colombia (es)",
            load_devset(
                data / "petrarch_validation_dev" / "spanish_fight_reduced_validation_es.jsonl",
                "petrarch",
                cameo_table=data / "plover" / "CAMEO2PLOVER-2021.txt",
            ),
        ),
        (
            "POLECAT synthetic, held-out fifth (en)",
            load_devset(
                data / "polecat_synthetic_en" / "gpt_synthetic_events_2023-10-19_19.csv", "polecat", split="held-out"
            ),
        ),
    ]
    print("| set | matched/gold | FP | P | R | F1 | actor country | actor sector | doc F1 (events) | doc F1 (types) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    spanish_gold: list[dict] = []
    spanish_predicted: dict[str, dict] = {}
    for name, gold in sets:
        predicted = predict(gold, pipeline=pipeline, quiet=True)
        print(event_row(name, score_events(gold, predicted)))
        if "(es)" in name:  # the Spanish sets are scored together too, from the same predictions
            spanish_gold += gold
            spanish_predicted.update(predicted)
    print(event_row("PETRARCH Spanish, both sets together (es)", score_events(spanish_gold, spanish_predicted)))
    ids_file = ROOT / "tests" / "data" / "winer_fr_non_political.txt"
    ids = {line.strip() for line in ids_file.read_text().splitlines() if line.strip() and not line.startswith("#")}
    with (data / "winer_fr" / "winer_fr_dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if json.loads(line)["id"] in ids]
    events = 0
    for row in rows:
        doc = pipeline.process(gold_article({**row, "published": row["date"]}))
        events += len(doc.events) if isinstance(doc, Doc) else 0
    print(f"\nEvents found in the {len(rows)} sport, culture and science WiNER-fr articles: {events}")
    print("\n| toponyms | P | R | F1 | acc@161km | median km |")
    print("|---|---|---|---|---|---|")
    for name, path in (
        ("LGL", data / "geoparsing" / "lgl" / "lgl.jsonl"),
        ("TR-News", data / "geoparsing" / "tr-news" / "tr-news.jsonl"),
    ):
        gold = load_gold(path)
        report = score_places(gold, predict(gold, pipeline=pipeline, quiet=True))
        r = report.recognition
        print(
            f"| {name} | {_fmt(r.precision)} | {_fmt(r.recall)} | {_fmt(r.f1)} | {_fmt(report.accuracy_161km)} | "
            f"{report.median_error_km:.1f} |"
            if report.median_error_km is not None
            else f"| {name} | — |"
        )


if __name__ == "__main__":
    main()
