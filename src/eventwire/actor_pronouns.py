"""Subject pronouns that stand for a person: "Blinken told reporters… He warned that…" is Blinken warning.

A pronoun of ``person_pronouns`` ("he", "she", "il", "elle", "él", "ella") takes the actor that opens the nearest
stretch of text before it naming any actor: earlier in its own sentence ("Lavrov said he…"), else the nearest
sentence before it, at most ``_REACH`` sentences back. News names the subject first, so that actor is most often
the one the pronoun continues; it must be a person, since "il" and "elle" also stand for a government or a country
("Le gouvernement a démenti. Il a ajouté…"), and a pronoun that does not follow a person is left unresolved rather
than guessed. "Il y a", "il faut" (``impersonal_after``) name no one.
"""

from __future__ import annotations

import bisect
import dataclasses

from eventwire.actor_lexicon import ActorLexicon
from eventwire.model import Doc, Mention

#: Sentences a pronoun looks back over for its person (its own included).
_REACH = 2


def with_pronouns(doc: Doc, lex: ActorLexicon, actors: list[Mention]) -> list[Mention]:
    """The actors (in text order) with each subject pronoun that continues a person added as that person."""
    if not lex.person_pronouns:
        return actors
    starts = [s.start for s in doc.sentences]
    taken = {(m.start, m.end) for m in actors}
    added = []
    for token in doc.tokens:
        if token.lower not in lex.person_pronouns or (token.start, token.end) in taken:
            continue
        if _impersonal(doc.text, token.end, lex):
            continue
        person = _person_before(actors, starts, token.start)
        if person is not None:
            added.append(dataclasses.replace(person, start=token.start, end=token.end))
    return sorted(actors + added, key=lambda m: m.start) if added else actors


def _impersonal(text: str, end: int, lex: ActorLexicon) -> bool:
    """One of ``impersonal_after`` follows the pronoun: "il y a", "il faut", "il s'agit"."""
    following = text[end : end + 40].lstrip().lower().replace("’", "'")
    return any(
        following.startswith(words) and not following[len(words) : len(words) + 1].isalpha()
        for words in lex.impersonal_after
    )


def _person_before(actors: list[Mention], starts: list[int], offset: int) -> Mention | None:
    """The actor opening the nearest stretch before ``offset`` that names one — its own sentence up to the pronoun,
    else a sentence before — when that actor is a person."""
    own = bisect.bisect_right(starts, offset) - 1
    for k in range(own, max(-1, own - _REACH - 1), -1):
        start = starts[k]
        end = offset if k == own else starts[k + 1]
        named = [m for m in actors if start <= m.start and m.end <= end]
        if named:
            first = min(named, key=lambda m: m.start)
            return first if first.value.kind == "person" else None
    return None
