"""Simple coreference within an article: who a definite collective noun or a possessive agent stands for.

"Le contingent" or "the group", with no qualifier of its own, is the named organisation the article spoke of last
(of the same sector when there is one: the contingent is the CSTO's military mission); "its forces" and "ses forces"
belong to the nearest actor before them in the sentence ("Russia said its forces had left" → RUS MIL). A collective
noun that is not an agent and finds no antecedent is not an actor.
"""

from __future__ import annotations

import bisect
import dataclasses

from eventwire.actor_context import ActorContext
from eventwire.model import ActorRef, Mention


def resolve_references(ctx: ActorContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions (in text order) with their anaphors resolved; unresolved bare collective nouns left out."""
    sentence_starts = [s.start for s in ctx.doc.sentences]
    resolved: list[Mention] = []
    for mention in mentions:
        ref: ActorRef = mention.value
        if ref.country is None and ref.kind in {"agent", "anaphor"}:
            first, last = ctx.span(mention)
            before = ctx.tokens[first - 1].lower if first > 0 else ""
            antecedent = None
            if ref.kind == "agent" and before in ctx.lex.possessives:
                sentence_start = sentence_starts[bisect.bisect_right(sentence_starts, mention.start) - 1]
                antecedent = _possessor(resolved, sentence_start)
            elif before in ctx.lex.definite and _anaphoric(ctx, first, last):
                antecedent = _organisation(resolved, ref.sector)
            if antecedent is not None:
                mention = _with_antecedent(mention, antecedent.value)
        if mention.value.kind != "anaphor":
            resolved.append(mention)
    return resolved


def _anaphoric(ctx: ActorContext, first: int, last: int) -> bool:
    return any(m.first == first and m.last == last for m in ctx.lex.anaphors.find(ctx.tokens, first, last))


def _possessor(mentions: list[Mention], sentence_start: int) -> Mention | None:
    """The nearest actor with a country earlier in the same sentence."""
    return next((m for m in reversed(mentions) if m.start >= sentence_start and m.value.country), None)


def _organisation(mentions: list[Mention], sector: str | None) -> Mention | None:
    """The last named organisation before, of the same sector when the noun has one and such an organisation does."""
    organisations = [m for m in mentions if m.value.kind == "organization" and m.value.country]
    same = [m for m in organisations if sector is not None and m.value.sector == sector]
    return (same or organisations or [None])[-1]


def _with_antecedent(mention: Mention, antecedent: ActorRef) -> Mention:
    ref: ActorRef = mention.value
    if ref.kind == "anaphor":
        return dataclasses.replace(mention, value=antecedent)
    sector = antecedent.sector if antecedent.kind == "organization" and antecedent.sector else ref.sector
    return dataclasses.replace(mention, value=dataclasses.replace(ref, country=antecedent.country, sector=sector))
