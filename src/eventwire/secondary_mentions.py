"""A sentence's main event and its secondary mentions.

A news sentence reports one happening in its main clause and often names others in passing: the background of an
adverbial clause ("after two days of fierce fighting", "when Idi Amin expelled them"), a relative clause ("the town,
where 28 people were killed"), a participial adjunct that elaborates the main verb ("rioted, setting fire to their
mattresses") or an attributive participle ("the ousted president", "the besieged town"). PLOVER codes the sentence's
main event; these mentions are not happenings the sentence reports. When a sentence has a trigger outside such
positions, the triggers inside them are dropped; a sentence whose every trigger is secondary keeps them all.

What opens a secondary stretch is the language's grammar data (``grammar.yaml``: ``subordinators``,
``relative_markers``, ``adjunct_suffixes``, ``attributive_suffixes``); a language without these keys keeps every
trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.sentence_view import SentenceView

if TYPE_CHECKING:
    from eventwire.stages.events import Candidate

#: Punctuation that closes a secondary stretch; so does the next clause break (``grammar.yaml``) or the sentence end.
_STRETCH_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def keep_main(view: SentenceView, lex: EventLexicon, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates the sentence reports as happenings: secondary mentions go when a main one is there."""
    if len(candidates) < 2:
        return candidates
    stretches = secondary_stretches(view, lex)
    secondary = {id(c) for c in candidates if _inside(c, stretches) or _attributive(view, lex, c)}
    if len(secondary) == len(candidates) or not secondary:
        return candidates
    return [c for c in candidates if id(c) not in secondary]


def secondary_stretches(view: SentenceView, lex: EventLexicon) -> list[tuple[int, int]]:
    """Token ranges of the sentence's adverbial, relative and participial stretches."""
    tokens = view.tokens
    openers = [m.first for m in lex.subordinators.find(tokens, view.first, view.last)]
    openers += [m.first for m in lex.relative_markers.find(tokens, view.first, view.last) if m.first > view.first]
    if lex.adjunct_suffixes:
        for i in range(view.first + 1, view.last):
            word = tokens[i].lower
            if tokens[i - 1].text == "," and _has_suffix(word, lex.adjunct_suffixes):
                openers.append(i)
    stretches = []
    for start in sorted(set(openers)):
        ends = [i for i in range(start + 1, view.last) if tokens[i].text in _STRETCH_ENDS or i in view.breaks]
        end = ends[0] if ends else view.last
        stretches.append((start, end))
    return stretches


def _inside(candidate: Candidate, stretches: list[tuple[int, int]]) -> bool:
    return any(start <= candidate.first < end for start, end in stretches)


def _attributive(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> bool:
    """A participle before its noun names a state an earlier event left ("the ousted president", "Besieged towns"):
    the participle opens the noun phrase (sentence start or after a determiner) and a noun, not an object, follows."""
    if not lex.attributive_suffixes or candidate.from_count:
        return False
    tokens = view.tokens
    word = tokens[candidate.first].lower
    if not _has_suffix(word, lex.attributive_suffixes):
        return False
    opens_phrase = candidate.first == view.first or tokens[candidate.first - 1].lower in lex.determiners
    after = candidate.first + 1
    if not opens_phrase or after >= view.last:
        return False
    follower = tokens[after]
    return follower.text[:1].isalpha() and follower.lower not in lex.function_words


def _has_suffix(word: str, suffixes: tuple[str, ...]) -> bool:
    """The word ends with one of the suffixes and has a stem of three letters or more before it."""
    return any(word.endswith(s) and len(word) >= len(s) + 3 for s in suffixes)
