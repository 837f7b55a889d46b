"""The JSON shapes eventwire writes: one record per article (``extract``), one per rejection."""

from __future__ import annotations

from typing import Any

from eventwire.model import Doc, PlaceRef, Rejection


def places_of(doc: Doc) -> list[dict[str, Any]]:
    """Every resolved toponym, in text order, as ``evaluate --geo`` reads it."""
    places = []
    for mention in sorted(doc.mentions_of("place"), key=lambda m: m.start):
        place: PlaceRef = mention.value
        places.append(
            {
                "start": mention.start,
                "end": mention.end,
                "text": doc.text[mention.start : mention.end],
                "name": place.name,
                "lat": place.lat,
                "lon": place.lon,
                "geonameid": place.geonameid,
                "country": place.country,
                "feature": place.feature,
                "admin1": place.admin1,
            }
        )
    return places


def article_record(doc: Doc) -> dict[str, Any]:
    """``{"id", "events", "places", …}``: the line ``eventwire extract`` writes for one article."""
    reference = doc.reference
    return {
        "id": doc.article.id,
        "lang": doc.lang,
        "title": doc.article.title,
        "url": doc.article.url,
        "source": doc.article.raw_ref,
        "reference_date": {
            "date": reference.date.isoformat() if reference and reference.date else None,
            "method": reference.method if reference else "unknown",
            "confidence": reference.confidence if reference else 0.0,
            "evidence": list(reference.evidence) if reference else [],
        },
        "types": [{"event": kind, "probability": round(p, 3)} for kind, p in doc.types],
        "events": [event.to_dict() for event in doc.events],
        "places": places_of(doc),
    }


def rejection_record(rejection: Rejection) -> dict[str, Any]:
    return {"rejected": rejection.input_ref, **rejection.to_dict()}
