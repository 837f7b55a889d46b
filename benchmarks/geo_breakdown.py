"""What the geoparsing scores of ``eventwire evaluate --geo`` are made of, on the LGL and TR-News development sets.

Prints, for each set: recall without the gold's demonyms ("American", "Palestinians": the gold counts them as
toponyms, eventwire codes them as actors), recall without the demonyms and the gold toponyms that have no GeoNames
entry (streets, roads, parks), and accuracy within 161 km counting a prediction of the gold's own GeoNames entry as
right (the gold puts countries and states at GeoNames' points, eventwire at centroids). docs/geoparsing.md quotes
these figures. Run: ``python benchmarks/geo_breakdown.py [lgl] [tr-news]`` from the repository, with ../shared.
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.demonyms import Demonyms, demonyms
from eventwire.evaluate import haversine_km, load_gold
from eventwire.evaluation_run import predict
from eventwire.gazetteer import Gazetteer, default_gazetteer

SETS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geoparsing"


def is_demonym(phrase: str, lookup: Demonyms, gazetteer: Gazetteer) -> bool:
    """A gold toponym that is a nationality word: a listed demonym, or -ian/-ese/-ish and no gazetteer name."""
    if lookup.of_phrase(phrase):
        return True  # "Kazakh", "Sri Lankans"
    return phrase.endswith(("ian", "ians", "ese", "ish")) and not gazetteer.candidates(phrase)


def breakdown(name: str) -> None:
    gold = load_gold(SETS / name / f"{name}.jsonl")
    predicted = predict(gold, quiet=True)
    lookup, gazetteer = demonyms("en"), default_gazetteer()
    total = found = nationality = no_entry = found_no_entry = found_with_entry = 0
    pairs = within = same_entity = 0
    for record in gold:
        places = predicted[record["id"]]["places"]
        for toponym in record["toponyms"]:
            total += 1
            matches = [p for p in places if p["start"] < toponym["end"] and toponym["start"] < p["end"]]
            found += bool(matches)
            if is_demonym(toponym["phrase"], lookup, gazetteer):
                nationality += 1
            elif not toponym.get("geonameid"):
                no_entry += 1
                found_no_entry += bool(matches)
            else:
                found_with_entry += bool(matches)
                if matches and toponym.get("lat") is not None and matches[0]["lat"] is not None:
                    pairs += 1
                    km = haversine_km(toponym["lat"], toponym["lon"], matches[0]["lat"], matches[0]["lon"])
                    within += km <= 161
                    same_entity += km <= 161 or str(matches[0]["geonameid"]) == str(toponym["geonameid"])
    without_demonyms = (found_with_entry + found_no_entry) / (total - nationality)
    print(
        f"{name}: {total} gold toponyms, {nationality} demonyms, {no_entry} others without a GeoNames entry\n"
        f"  recall {found / total:.3f}; without the demonyms {without_demonyms:.3f}; "
        f"without them and the entry-less ones {found_with_entry / (total - nationality - no_entry):.3f}\n"
        f"  accuracy within 161 km {within / pairs:.3f}, counting the gold's own entry as right "
        f"{same_entity / pairs:.3f} ({pairs} pairs with a GeoNames entry)"
    )


if __name__ == "__main__":
    for set_name in sys.argv[1:] or ["lgl", "tr-news"]:
        breakdown(set_name)
