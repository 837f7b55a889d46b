"""Whether an event happened: negation, future, conditional, hypothetical and threat cues before its trigger."""

from __future__ import annotations

from eventwire.eventlex import EventLexicon
from eventwire.sentence_view import SentenceView

_MODALITY_WINDOW = 6


def modality_before(view: SentenceView, lex: EventLexicon, first: int) -> str | None:
    """Negation, future, conditional, hypothetical or threat cue in the few tokens before the trigger."""
    clause_start, _ = view.clause(first)
    start = max(clause_start, first - _MODALITY_WINDOW)
    found = lex.modality.find(view.tokens, start, first)
    if not found:
        return None
    priority = ("negation", "threat", "hypothetical", "conditional", "future")
    return min((m.payload for m in found), key=priority.index)
