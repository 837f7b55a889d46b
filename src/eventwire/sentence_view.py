"""A sentence seen with its mentions located by token index, and its clauses: what argument linking reads."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from eventwire.eventlex import EventLexicon
from eventwire.model import Doc, Mention, Sentence, Token


@dataclass(slots=True)
class SentenceView:
    """A sentence with its mentions, located by token index."""

    doc: Doc
    sentence: Sentence
    index: int
    mentions: dict[str, list[tuple[int, int, Mention]]] = field(default_factory=dict)  # kind → (first, last, m)
    breaks: list[int] = field(default_factory=list)  # token indices where a clause ends

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    @property
    def first(self) -> int:
        return self.sentence.first_token

    @property
    def last(self) -> int:
        return self.sentence.last_token

    def text(self, a: int, b: int) -> str:
        return self.doc.text[self.tokens[a].start : self.tokens[b - 1].end]

    def of_kind(self, kind: str) -> list[tuple[int, int, Mention]]:
        return self.mentions.get(kind, [])

    def clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause holding token i."""
        start = max((b for b in self.breaks if b <= i), default=self.first)
        end = min((b for b in self.breaks if b > i), default=self.last)
        return start, end


def sentence_views(doc: Doc, lex: EventLexicon) -> list[SentenceView]:
    starts = [tok.start for tok in doc.tokens]
    views = [SentenceView(doc, s, n) for n, s in enumerate(doc.sentences)]
    sentence_starts = [s.start for s in doc.sentences]
    for mention in doc.mentions:
        n = bisect.bisect_right(sentence_starts, mention.start) - 1
        if n < 0 or mention.end > doc.sentences[n].end:
            continue
        first = max(0, bisect.bisect_right(starts, mention.start) - 1)  # the token holding it: "russo" of "russo-…"
        last = max(first + 1, bisect.bisect_left(starts, mention.end))
        views[n].mentions.setdefault(mention.kind, []).append((first, last, mention))
    for view in views:
        for match in lex.clause_breaks.find(doc.tokens, view.first, view.last):
            view.breaks.append(match.first)
    return views
