"""How many of WiNER-fr's gold ``Date`` mentions the time stage finds, how many of its date mentions are gold, and
how well it infers each article's date when the publication date is withheld.

Each article goes through the clean and time stages with its publication date (so every relative expression can be
resolved). A gold mention counts as found when a predicted date span overlaps it (a range such as "du 23 au 25
novembre" is one mention for eventwire and two for WiNER); exact-span figures are printed too. WiNER also tags as
dates things that are not calendar dates ("Noël", "le paléolithique", "XXIe siècle"): they stay in the denominator.
WiNER tags only dates that name a day, a month or a year by themselves, not "hier", "mercredi" or "la semaine
dernière", so precision is printed for all predicted spans and for those absolute ones alone.
Run: ``python benchmarks/winer_dates.py [--path FILE.jsonl] [--part all|even|odd] [--misses N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from eventwire.model import Article, Doc, ReferenceDate
from eventwire.stages.clean import CleanStage
from eventwire.stages.time import TimeStage
from eventwire.timeresolve import resolve

DEFAULT_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "winer_fr" / "winer_fr_dev.jsonl"


def date_spans(record: dict, clean: CleanStage, time_stage: TimeStage) -> list[tuple[int, int, str, bool]]:
    """The date mentions eventwire finds in one WiNER record: (start, end, role, absolute)."""
    article = Article(record["id"], record["text"], published=published(record), lang="fr")
    doc = time_stage(clean(Doc(article, lang="fr")))
    exprs = time_stage.grammar("fr").find(doc.text, 0, len(doc.text))
    absolute = {(e.start, e.end) for e in exprs if resolve(e, None) is not None}
    return [(m.start, m.end, m.value.role, (m.start, m.end) in absolute) for m in doc.mentions_of("date")]


def inferred_reference(record: dict, clean: CleanStage, time_stage: TimeStage) -> ReferenceDate:
    """The reference date eventwire infers for a WiNER record whose publication date is withheld."""
    doc = time_stage(clean(Doc(Article(record["id"], record["text"], lang="fr"), lang="fr")))
    return doc.reference  # type: ignore[return-value]


def published(record: dict) -> date:
    return date.fromisoformat(record["date"][:10])


def shown(record: dict, start: int, end: int) -> str:
    text = record["text"]
    return f"{record['id']}: …{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 20]}…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="WiNER-fr JSON Lines (default: the dev set)")
    parser.add_argument("--part", choices=("all", "even", "odd"), default="all", help="all articles or every other")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed and spurious mentions")
    args = parser.parse_args()
    if not args.path.is_file():
        sys.exit(f"no WiNER-fr data at {args.path}; pass --path to winer_fr_dev.jsonl")
    with args.path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if args.part != "all":
        records = records[args.part == "odd" :: 2]
    clean, time_stage = CleanStage(languages=("fr",)), TimeStage()
    counts: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    references: Counter[str] = Counter()
    misses: list[str] = []
    spurious: list[str] = []
    for record in records:
        gold = [(e["start"], e["end"]) for e in record["entities"] if e["type"] == "Date"]
        predicted = date_spans(record, clean, time_stage)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        for start, end in gold:
            hit = [p for p in predicted if p[0] < end and start < p[1]]
            counts["found"] += bool(hit)
            counts["exact"] += any(p[:2] == (start, end) for p in hit)
            if not hit:
                misses.append(shown(record, start, end))
        for start, end, role, absolute in predicted:
            roles[role] += 1
            hit = any(g[0] < end and start < g[1] for g in gold)
            counts["correct"] += hit
            counts["absolute"] += absolute
            counts["absolute correct"] += hit and absolute
            if not hit:
                spurious.append(shown(record, start, end))
        reference = inferred_reference(record, clean, time_stage)
        gap = abs((reference.date - published(record)).days) if reference.date else None
        references["exact" if gap == 0 else "within a day" if gap == 1 else "wrong or unknown"] += 1
        references[reference.method] += 1
    print(f"articles: {len(records)} ({args.part}); gold dates {counts['gold']}, predicted {counts['predicted']}")
    for label, part, whole in (
        ("recall (overlap)", "found", "gold"),
        ("recall (exact span)", "exact", "gold"),
        ("precision (overlap)", "correct", "predicted"),
        ("precision, absolute expressions only", "absolute correct", "absolute"),
    ):
        print(f"{label}: {counts[part] / counts[whole]:.3f}  ({counts[part]}/{counts[whole]})")
    print("predicted roles: " + ", ".join(f"{role} {n}" for role, n in roles.most_common()))
    print("reference date, publication date withheld: " + ", ".join(f"{k} {n}" for k, n in references.most_common()))
    for title, lines in (("missed", misses), ("spurious", spurious)):
        if args.misses:
            print(f"\n{title} ({len(lines)}):")
            print("\n".join(lines[: args.misses]).replace("\r", " "))


if __name__ == "__main__":
    main()
