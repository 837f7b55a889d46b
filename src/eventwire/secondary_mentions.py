"""A sentence's main event and its secondary mentions.

A news sentence reports one happening in its main clause and often names others in passing: the background of an
adverbial clause ("after two days of fierce fighting", "when Idi Amin expelled them"), a relative clause ("the town,
where 28 people were killed"), a participial adjunct that elaborates the main verb ("rioted, setting fire to their
mattresses"), a purpose clause ("used tear gas to disperse the crowd"), a reason or charge ("imposed sanctions for
its support of terrorism"), a participle that modifies a noun ("the ousted president", "nationals suspected by the
West") or an event noun that is the possessor of another ("the meeting's co-chairman"). PLOVER codes the sentence's
main event; these mentions are not happenings the sentence reports. Each trigger's depth is the number of such
stretches that hold it; the sentence keeps its least embedded triggers (a sentence whose every trigger is
secondary keeps the shallowest).

What opens a secondary stretch is the language's grammar data (``grammar.yaml``: ``subordinators``,
``relative_markers``, ``purpose_markers``, ``reason_markers``, ``framing_prepositions``, ``adjunct_suffixes``,
``attributive_suffixes``, ``possessive_markers``); a language without these keys keeps every trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.eventlex import EventLexicon
from eventwire.model import Token
from eventwire.sentence_view import SentenceView

if TYPE_CHECKING:
    from eventwire.stages.events import Candidate

#: Punctuation that closes a secondary stretch; so does the next clause break (``grammar.yaml``) or the sentence end.
#: A parenthesis does not: "the intifada (uprising)" stays inside the stretch it belongs to.
_STRETCH_ENDS = frozenset({",", ";", ":", "—", "–"})


def keep_main(view: SentenceView, lex: EventLexicon, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates the sentence reports as happenings: secondary mentions go when a main one is there."""
    if len(candidates) < 2:
        return candidates
    stretches = secondary_stretches(view, lex, min(c.last for c in candidates))
    depth = {id(c): _depth(c, stretches) + _modifies_noun(view, lex, c) for c in candidates}
    shallowest = min(depth.values())
    return [c for c in candidates if depth[id(c)] == shallowest]


def secondary_stretches(view: SentenceView, lex: EventLexicon, first_trigger_end: int) -> list[tuple[int, int]]:
    """Token ranges of the sentence's adverbial, relative, participial, purpose and reason stretches: each runs from
    its opener to the next pause or clause break."""
    tokens = view.tokens
    stretches = []
    for start in sorted(set(_openers(view, lex, first_trigger_end))):
        ends = [i for i in range(start + 1, view.last) if tokens[i].text in _STRETCH_ENDS or i in view.breaks]
        if _opens_a_noun_phrase(view, lex, start):
            ends += [i for i in range(start + 2, view.last) if tokens[i].lower in lex.complementizers][:1]
        stretches.append((start, min(ends) if ends else view.last))
    return stretches


def _content_after_a_phrase(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """ "that" right after a subordinator's noun phrase, before a subject of its own, opens the content of the verb
    before, not a relative clause: "told reporters after the meeting that both sides had agreed" (but "after the
    attack that killed six")."""
    if view.tokens[i].lower not in lex.complementizers or i + 1 >= view.last:
        return False
    subject = view.tokens[i + 1]
    opens_subject = subject.lower in lex.function_words or subject.text[:1].isupper()
    return opens_subject and in_a_prepositional_phrase(view, lex, i - 1)


def _after_a_coordinator(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """Token i follows "and" or "or" (past a comma): a second clause of the kind the first one was."""
    return i - 1 > view.first and view.tokens[i - 1].lower in lex.coordinators


def in_a_prepositional_phrase(view: SentenceView, lex: EventLexicon, i: int) -> bool:
    """Token i is the noun of a subordinator used as a preposition, a few words after it ("after the meeting")."""
    return any(_opens_a_noun_phrase(view, lex, k) for k in range(max(view.first, i - 3), i - 1))


def _opens_a_noun_phrase(view: SentenceView, lex: EventLexicon, start: int) -> bool:
    """A subordinator used as a preposition ("told reporters after the meeting that …"): its stretch is the noun
    phrase, which a complementizer ends; what follows is the content of the verb before."""
    after = start + 1
    if after >= view.last or not lex.subordinators.find(view.tokens, start, after + 1):
        return False
    follower = view.tokens[after]
    return follower.lower in lex.determiners or follower.text[:1].isdigit()


def _openers(view: SentenceView, lex: EventLexicon, first_trigger_end: int) -> list[int]:
    """Where secondary stretches start. A purpose or a reason needs an event before it to belong to: with none,
    "to" is the complement of a verb that is not a trigger ("failed to reach agreement", "decided to impose")."""
    tokens = view.tokens
    openers = [m.first for m in lex.subordinators.find(tokens, view.first, view.last)]
    openers += [
        m.first
        for m in lex.relative_markers.find(tokens, view.first, view.last)
        if m.first > view.first and not _content_after_a_phrase(view, lex, m.first)
    ]
    said = False  # a complementizer before opened what a verb says ("said that …"), not a relative clause
    for m in lex.reason_markers.find(tokens, view.first, view.last):
        if tokens[m.first].lower in lex.complementizers and (
            m.first < first_trigger_end
            or _content_after_a_phrase(view, lex, m.first)
            or (said and _after_a_coordinator(view, lex, m.first))
        ):
            said = True  # "… that the US would reply, and that both sides had agreed"
        elif m.first >= first_trigger_end:
            openers.append(m.first)
    if tokens[view.first].lower in lex.framing_prepositions:
        openers.append(view.first)  # "With the signing of a memorandum, the two sides agreed…"
    for i in range(view.first + 1, view.last):
        if tokens[i - 1].text == "," and _has_suffix(tokens[i].lower, lex.adjunct_suffixes):
            openers.append(i)  # ", setting fire to…"
    for match in lex.purpose_markers.find(tokens, view.first, view.last):
        if match.first >= first_trigger_end and match.last < view.last and _verb_like(tokens[match.last], lex):
            openers.append(match.first)  # "to disperse", not "to the border"
    return openers


def _verb_like(token: Token, lex: EventLexicon) -> bool:
    """Lowercase and not a function word: what can follow an infinitive marker as its verb."""
    return token.text[:1].islower() and token.lower not in lex.function_words


def _depth(candidate: Candidate, stretches: list[tuple[int, int]]) -> int:
    """How many secondary stretches hold the trigger ("after fierce fighting with guerrillas who overran it": 2)."""
    return sum(start <= candidate.first < end for start, end in stretches)


def _modifies_noun(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> bool:
    return (
        _attributive(view, lex, candidate)
        or _reduced_relative(view, lex, candidate)
        or _possessor(view, lex, candidate)
    )


def _possessor(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> bool:
    """An event noun as the possessor of another ("the meeting's co-chairman said") names its subject's context."""
    return candidate.last < view.last and view.tokens[candidate.last].lower in lex.possessive_markers


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


def _reduced_relative(view: SentenceView, lex: EventLexicon, candidate: Candidate) -> bool:
    """A participle right after its noun, with its agent, says what was done to the noun before: "two nationals
    suspected by the West", "the demonstration staged by students"."""
    if not lex.attributive_suffixes or candidate.from_count or candidate.first <= view.first:
        return False
    tokens = view.tokens
    word, before = tokens[candidate.first].lower, tokens[candidate.first - 1]
    after = candidate.first + 1
    return (
        _has_suffix(word, lex.attributive_suffixes)
        and after < view.last
        and tokens[after].lower in lex.agent_markers
        and before.text[:1].islower()
        and before.text.isalpha()
        and before.lower not in lex.function_words
    )


def _has_suffix(word: str, suffixes: tuple[str, ...]) -> bool:
    """The word ends with one of the suffixes and has a stem of three letters or more before it."""
    return any(word.endswith(s) and len(word) >= len(s) + 3 for s in suffixes)
