"""segment — tokens with lemmas, and sentences, over the readable zones of an article.

Tokens keep offsets into the article text. Lemmas come from simplemma (a dictionary lemmatizer covering 40+
languages in pure Python, by trafilatura's author), so trigger words are written once as lemmas in the data files
and match every inflection. French elisions (l', d', qu') and English clitics ('s, n't) are split off because the
words they attach to are the ones that matter ("d'Almaty", "Russia's").
"""

from __future__ import annotations

from eventwire.lexical import SplitRules, make_token, split_rules, token_spans
from eventwire.model import NON_CONTENT_ZONES, Doc, Sentence, Token

_FINAL = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "»", "”", "’", ")", "]"})


class SegmentStage:
    """Adds ``doc.tokens`` (with lowercase forms and lemmas) and ``doc.sentences``."""

    name = "segment"
    requires = ("zones", "lang")
    assigns = ("tokens", "sentences")

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        rules = split_rules(lang)
        text = doc.text
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for zone in doc.zones:
            if zone.kind in NON_CONTENT_ZONES:
                continue
            first = len(tokens)
            tokens.extend(make_token(text, s, e, lang) for s, e in token_spans(text, zone.start, zone.end, rules))
            for a, b in sentence_bounds(tokens, first, len(tokens), rules):
                sentences.append(Sentence(tokens[a].start, tokens[b - 1].end, zone.kind, a, b))
        doc.tokens = tokens
        doc.sentences = sentences
        return doc


def sentence_bounds(tokens: list[Token], first: int, last: int, rules: SplitRules) -> list[tuple[int, int]]:
    """Split tokens[first:last] (one zone) into sentences at final punctuation that is not an abbreviation."""
    bounds: list[tuple[int, int]] = []
    start = first
    i = first
    while i < last:
        if tokens[i].text in _FINAL and i > start and not _is_abbreviation(tokens, i, rules):
            j = i + 1
            while j < last and (tokens[j].text in _FINAL or tokens[j].text in _CLOSERS):
                j += 1
            if j >= last or _opens_sentence(tokens[j].text):
                bounds.append((start, j))
                start = i = j
                continue
        i += 1
    if start < last:
        bounds.append((start, last))
    return bounds


def _is_abbreviation(tokens: list[Token], i: int, rules: SplitRules) -> bool:
    if tokens[i].text != ".":
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    if prev.text + "." in rules.abbreviations:
        return True
    return len(prev.text) == 1 and prev.text.isupper()  # an initial: "A. Serdioukov"


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "\"«“'(-–—¿¡"
