"""PLOVER's tables as eventwire uses them: quad class, intensity score, CAMEO root, ACLED event types.

All of it is read from ``data/plover.yaml`` (derived from the PLOVER manual, CC BY-SA 4.0, and ACLED's codebook).
"""

from __future__ import annotations

import functools
from typing import Any

from eventwire.knowledge import shared_data

EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
#: PLOVER's actor sectors (the manual's agent codes).
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU",
    "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})  # fmt: skip
#: PLOVER's codes for actors that are no country: organisations, movements, multinationals.
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
#: The types done by saying (PLOVER's verbal cooperation and verbal conflict quads, 1 and 3): a statement, whose
#: content may be another event and whose speaker tells one statement from another.
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


@functools.cache
def _types() -> dict[str, dict[str, Any]]:
    return shared_data("plover")["types"]


def modes_of(event: str) -> tuple[str, ...]:
    return tuple((_types().get(event, {}).get("modes") or {}).keys())


def mode_score(event: str, mode: str | None) -> float:
    """PLOVER's intensity score of an event type and mode (lower is more hostile)."""
    spec = _types().get(event, {})
    modes = spec.get("modes") or {}
    value = modes.get(mode) if mode else None
    return float(value if value is not None else spec.get("score", 0.0))


def crosswalk(event: str, mode: str | None) -> dict[str, Any]:
    """The Event fields derived from type and mode: quad_code, intensity, cameo_root and ACLED's types.

    A mode listed with ``null`` in the ACLED crosswalk has no ACLED equivalent; an unlisted mode takes the type's.
    """
    spec = _types().get(event, {})
    acled = spec.get("acled") or {}
    by_mode = acled.get("modes") or {}
    chosen = (by_mode.get(mode) or {}) if mode in by_mode else acled
    cameo = (spec.get("mode_cameo_root") or {}).get(mode or "", spec.get("cameo_root"))
    return {
        "quad_code": spec.get("quad"),
        "intensity": mode_score(event, mode) if spec else None,
        "cameo_root": str(cameo).zfill(2) if cameo is not None else None,
        "acled_event_type": chosen.get("event_type"),
        "acled_sub_event_type": chosen.get("sub_event_type"),
    }
