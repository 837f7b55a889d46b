"""Verb tenses a language writes as an ending, not a word: the synthetic future ("protestarán", "atacará").

Modality cues are words ("ir a", "will", "va"), but Spanish (like French) marks the future on the verb itself, added
to the infinitive: the verb's lemma followed by one of the endings ``modality.yaml`` lists under
``future_endings``. A headline in capitals drops the accents that tell the future "PROTESTARAN" from the past
subjunctive "protestaran"; in capitals the future is the usual reading, in lowercase only the accented form counts.
"""

from __future__ import annotations

import functools

from eventwire.knowledge import lang_data
from eventwire.lexical import strip_accents
from eventwire.model import Token


@functools.cache
def _future_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(ending as written, ending without accents), longest first."""
    endings = lang_data(lang, "modality").get("future_endings") or ()
    return tuple(sorted(((e, strip_accents(e)) for e in endings), key=lambda pair: -len(pair[0])))


@functools.cache
def _continuing(lang: str) -> frozenset[str]:
    return frozenset(lang_data(lang, "modality").get("continuing") or ())


def synthetic_future(token: Token, lang: str) -> bool:
    """Whether ``token`` is a verb in the synthetic future: its lemma (an infinitive) plus a future ending. A verb of
    continuing ("continuarán", "seguirán") is left out: what it says goes on is happening already."""
    stem = token.lemma
    if len(stem) < 2 or stem in _continuing(lang):
        return False
    capitals = token.text.isupper()
    for ending, folded in _future_endings(lang):
        if token.lower == stem + ending:
            return True
        if capitals and strip_accents(token.lower) == strip_accents(stem) + folded:
            return True
    return False
