"""Later mentions of a person by surname alone: news names someone in full once ("U.S. Secretary of State Antony
Blinken") and by surname afterwards ("Blinken told reporters"); the later mention is the same actor.
"""

from __future__ import annotations

import bisect
import dataclasses

from eventwire.model import ActorRef, Doc, Mention

_MIN_SURNAME = 3  # letters: shorter capitalised words are initials and abbreviations, not surnames


def with_repeated_surnames(doc: Doc, actors: list[Mention]) -> list[Mention]:
    """The actors (in text order) with each later lone occurrence of a named person's surname added as that person:
    a capitalised token equal to the last word of the name, in no other mention, not joined to another capitalised
    word (which would make it part of someone else's name)."""
    occupied = sorted((m.start, m.end) for m in doc.mentions + actors)
    starts = [a for a, _ in occupied]
    tokens = doc.tokens
    added: list[Mention] = []
    for person in actors:
        ref: ActorRef = person.value
        if ref.kind != "person" or not ref.name:
            continue
        surname = ref.name.split()[-1]
        if len(surname) < _MIN_SURNAME or not (surname.isalpha() and surname.istitle()):
            continue
        for k, token in enumerate(tokens):
            if token.start < person.end or token.text != surname or _inside(occupied, starts, token.start):
                continue
            if any(0 <= j < len(tokens) and _capitalised(tokens[j].text) for j in (k - 1, k + 1)):
                continue
            added.append(dataclasses.replace(person, start=token.start, end=token.end))
            bisect.insort(occupied, (token.start, token.end))
            starts = [a for a, _ in occupied]
    return sorted(actors + added, key=lambda m: m.start)


def _inside(occupied: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    k = bisect.bisect_right(starts, offset) - 1
    return any(a <= offset < b for a, b in occupied[max(0, k - 3) : k + 1])


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()
