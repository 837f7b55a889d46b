"""Mentions that refer to a happening instead of reporting one: participles used as adjectives, lasting states.

A past participle that qualifies a noun ("les otages libérés ont été conduits au camp", "un missile tiré depuis un
sous-marin") says what the noun went through, as a reminder of a happening the article reports elsewhere or only
recalls; it is not a new happening. Such a mention is dropped when the article reports a happening of the same type
in another way; alone, it stays, being then the only trace of that happening. Headlines are left alone: they report
with the same construction ("Burundi : deux journalistes arrêtés hier").

A lasting state named with a definite determiner and no date of its own ("met en danger la très fragile trêve",
"malgré le blocus") is referred to as it goes on: what the article reports is what happens to it, not the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.model import Token
from eventwire.sentence_view import SentenceView

if TYPE_CHECKING:
    from eventwire.stages.events import Candidate

#: Words between the determiner and the participle: the noun and perhaps one adjective ("les jeunes otages libérés").
_NOUN_PHRASE_WORDS = 2
#: Modifiers allowed between a determiner and a state noun ("la très fragile trêve").
_STATE_MODIFIERS = 2


def qualifies_a_noun(view: SentenceView, lex: EventLexicon, first: int, last: int) -> bool:
    """Whether a trigger ends with a past participle right after a determined noun ("les otages libérés", "un
    missile tiré"), the noun inside the trigger or before it."""
    participle = view.tokens[last - 1]
    if not lex.participle_endings or not participle.lower.endswith(lex.participle_endings):
        return False
    if last - first > 1 and participle.lemma == participle.lower:
        return False  # inside a phrase, a word the lemmatiser knows as no verb form: "une insurrection armée"
    k = last - 2
    for _ in range(_NOUN_PHRASE_WORDS):
        if k - 1 < view.first or not _content_word(view.tokens[k], lex):
            return False
        before = view.tokens[k - 1]
        if before.lower in lex.determiners or any(ch.isdigit() for ch in before.text):
            return True
        k -= 1
    return False


def _content_word(token: Token, lex: EventLexicon) -> bool:
    word = token.lower
    return (
        word[:1].isalpha()
        and word not in lex.function_words
        and word not in lex.auxiliaries
        and word not in lex.determiners
        and not (lex.adverb_suffixes and word.endswith(lex.adverb_suffixes))  # "ont finalement libéré"
    )


def drop_references(lex: EventLexicon, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the participles that only qualify a noun, where the article reports their type."""
    references = [
        c for c in candidates if c.view.sentence.zone != "title" and qualifies_a_noun(c.view, lex, c.first, c.last)
    ]
    if not references:
        return candidates
    ids = {id(c) for c in references}
    reported = {c.event for c in candidates if id(c) not in ids}
    return [c for c in candidates if id(c) not in ids or c.event not in reported]


def names_a_lasting_state(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    """Whether a trigger is a state noun ("trêve", "blocus") after a definite determiner, a few modifiers apart."""
    if not any(m.first == first for m in lex.cues.find(view.tokens, first, view.last) if m.payload == "state_nouns"):
        return False
    for k in range(first - 1, max(view.first, first - 1 - _STATE_MODIFIERS) - 1, -1):
        word = view.tokens[k].lower
        if word in lex.definite:  # not the partitive "de la" ("de la loi martiale ont été mis en place")
            return k == view.first or view.tokens[k - 1].lower not in lex.of_markers
        if not word[:1].isalpha():
            return False
    return False
