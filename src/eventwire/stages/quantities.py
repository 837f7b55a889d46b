"""quantities — numbers and what they count: dead, injured, arrested, troops (or anything else).

Numbers are read the way the article's language writes them ("2.030" and "12 000" are thousands in French, "12,000"
in English), as words ("quatre", "vingt-deux", "deux cents") and as vague amounts recorded by ACLED's conservative
convention ("des dizaines" → 12, "hundreds" → 100). What a number counts is the noun after it ("225 morts"), or a
casualty participle after a people noun ("12 personnes ont été tuées", "12 people were killed"), or a casualty verb
before it ("killing 12 people").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.knowledge import lang_data
from eventwire.lexical import PhraseMatcher, lemma, parse_digits, phrase_words
from eventwire.model import Doc, Mention, Quantity, Token

_LOOKAHEAD_NOUN = 4
PEOPLE = "people"  # a people noun: what it counts depends on the participle that follows
_LOOKAHEAD_PARTICIPLE = 5


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word → (word sequence, value), longest first
    approximate: dict[str, tuple[tuple[str, ...], ...]]  # last word → word sequences, longest first
    thousands: frozenset[str]
    decimal: frozenset[str]
    nouns: PhraseMatcher  # count nouns → category; people nouns → PEOPLE
    participles: dict[str, str]


def _tokens_of(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(word[0] for word in phrase_words(phrase, lang) if word is not None)


def _load(lang: str) -> _Lexicon:
    numbers = lang_data(lang, "numbers")
    counts = lang_data(lang, "counts")
    nouns = PhraseMatcher(lang)
    for category, phrases in counts["count_nouns"].items():
        for phrase in phrases:
            nouns.add(phrase, category)
    for phrase in counts.get("people_nouns") or []:
        nouns.add(phrase, PEOPLE)
    participles: dict[str, str] = {}
    for category, forms in (counts.get("casualty_participles") or {}).items():
        for form in forms:
            head = form.split()[0]
            participles.setdefault(head.lower(), category)
            participles.setdefault(lemma(head, lang), category)
    vague: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, value in numbers["vague"].items():
        seq = _tokens_of(phrase, lang)
        vague.setdefault(seq[0], []).append((seq, int(value)))
    approximate: dict[str, list[tuple[str, ...]]] = {}
    for phrase in numbers.get("approximate") or []:
        seq = _tokens_of(phrase, lang)
        approximate.setdefault(seq[-1], []).append(seq)
    separators = numbers.get("separators") or {}
    return _Lexicon(
        words={k.lower(): int(v) for k, v in numbers["words"].items()},
        multipliers={k.lower(): int(v) for k, v in (numbers.get("multipliers") or {}).items()},
        vague={k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in vague.items()},
        approximate={k: tuple(sorted(v, key=len, reverse=True)) for k, v in approximate.items()},
        thousands=frozenset(separators.get("thousands") or []),
        decimal=frozenset(separators.get("decimal") or []),
        nouns=nouns,
        participles=participles,
    )


class QuantitiesStage:
    """Adds quantity mentions (value: Quantity); numbers inside dates are left alone."""

    name = "quantities"
    requires = ("tokens", "sentences", "dates")
    assigns = ("quantities",)

    def __init__(self) -> None:
        self._lexicons: dict[str, _Lexicon] = {}

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._lexicons = {}

    def lexicon(self, lang: str) -> _Lexicon:
        if lang not in self._lexicons:
            self._lexicons[lang] = _load(lang)
        return self._lexicons[lang]

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lexicon(doc.lang or "en")
        taken = [(m.start, m.end) for m in doc.mentions if m.kind == "date"]
        tokens = doc.tokens
        for sentence in doc.sentences:
            i = sentence.first_token
            while i < sentence.last_token:
                found = _read_number(tokens, i, sentence.last_token, lex, doc.text)
                if found is None or _overlaps(tokens[i].start, tokens[found[1] - 1].end, taken):
                    i += 1
                    continue
                value, after = found
                approximate = _approximate_before(tokens, i, sentence.first_token, lex) or _is_vague(tokens, i, lex)
                start = tokens[i].start
                category, unit, end_tok = _counted(tokens, i, after, sentence.last_token, lex)
                if category is None and _not_a_count(tokens[i], value):
                    i = after
                    continue
                end = tokens[end_tok - 1].end if end_tok > after else tokens[after - 1].end
                doc.mentions.append(Mention(start, end, "quantity", Quantity(value, category, unit, approximate)))
                taken.append((start, end))
                i = max(after, end_tok)
        return doc


def _not_a_count(first: Token, value: int) -> bool:
    """'une version' is an article, not a count of one; a bare '1991' is a year."""
    if not first.text[:1].isdigit():
        return value <= 1
    return first.text.isdigit() and len(first.text) == 4 and 1800 <= value <= 2100


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _match_seq(tokens: list[Token], i: int, limit: int, seq: tuple[str, ...]) -> bool:
    if i + len(seq) > limit:
        return False
    return all(tokens[i + k].lower == part for k, part in enumerate(seq))


def _read_number(tokens: list[Token], i: int, limit: int, lex: _Lexicon, text: str) -> tuple[int, int] | None:
    """(value, index after the number) when a number starts at token i."""
    for seq, value in lex.vague.get(tokens[i].lower, ()):
        if _match_seq(tokens, i, limit, seq):
            return value, i + len(seq)
    tok = tokens[i]
    if tok.text[:1].isdigit():
        if i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].text[:1].isalpha():
            return None  # part of a name: G20, M23, A380
        if re.search(r"[:h]", tok.text) or not re.fullmatch(r"[\d.,]+", tok.text):
            return None  # a time (14h30) or an ordinal (6e, 1st): not a count
        digits, j = tok.text, i + 1
        while (
            j < limit
            and re.fullmatch(r"\d{3}", tokens[j].text)
            and text[tokens[j - 1].end : tokens[j].start] in lex.thousands
            and tokens[j].start - tokens[j - 1].end == 1
        ):
            digits += tokens[j].text  # "12 000": the space is a thousands separator here
            j += 1
        number = parse_digits(digits, lex.thousands, lex.decimal)
        if number is None:
            return None
        return _apply_multiplier(number, tokens, j, limit, lex)
    word = tok.lower
    if word in lex.words and word not in lex.multipliers:
        value, j = lex.words[word], i + 1
        return _apply_multiplier(value, tokens, j, limit, lex)
    return None


def _is_vague(tokens: list[Token], i: int, lex: _Lexicon) -> bool:
    return any(_match_seq(tokens, i, len(tokens), seq) for seq, _ in lex.vague.get(tokens[i].lower, ()))


def _apply_multiplier(value: float, tokens: list[Token], j: int, limit: int, lex: _Lexicon) -> tuple[int, int]:
    while j < limit and tokens[j].lower in lex.multipliers:
        value *= lex.multipliers[tokens[j].lower]
        j += 1
    return round(value), j


def _approximate_before(tokens: list[Token], i: int, first: int, lex: _Lexicon) -> bool:
    if i == first:
        return False
    for seq in lex.approximate.get(tokens[i - 1].lower, ()):
        k = i - len(seq)
        if k >= first and all(tokens[k + n].lower == part for n, part in enumerate(seq)):
            return True
    return False


def _counted(tokens: list[Token], i: int, after: int, limit: int, lex: _Lexicon) -> tuple[str | None, str | None, int]:
    """(category, counted noun, token index after the noun) for the number that ends at ``after``.

    A casualty participle after the noun wins over the noun's own category: "12 soldats ont été tués" counts
    dead, not troops.
    """
    j = after
    if j < limit and tokens[j].lower in {"de", "d'", "of"}:
        j += 1
    matches = lex.nouns.find(tokens, j, min(limit, j + _LOOKAHEAD_NOUN + 3))
    for k in range(j, min(limit, j + _LOOKAHEAD_NOUN)):
        if not tokens[k].text[:1].isalpha():
            break
        here = [m for m in matches if m.first == k]
        if here:
            best = max(here, key=lambda m: m.last - m.first)
            noun = " ".join(t.text for t in tokens[best.first : best.last])
            if best.payload not in (PEOPLE, "troops"):
                return best.payload, noun, best.last  # "225 morts", "12.000 arrestations"
            participle = _participle_category(tokens, i, best.last, limit, lex)
            return participle or (None if best.payload == PEOPLE else best.payload), noun, best.last
        if k > j and tokens[k].text[:1].isupper():
            break
    if j < limit and tokens[j].text[:1].isalpha() and tokens[j].text[:1].islower():
        return None, tokens[j].text, j + 1
    return None, None, after


def _participle_category(tokens: list[Token], i: int, k: int, limit: int, lex: _Lexicon) -> str | None:
    """A casualty participle shortly after the counted noun ("ont été tués"), or a casualty verb before the number
    ("killing 12")."""
    for m in range(k, min(limit, k + _LOOKAHEAD_PARTICIPLE)):
        tok = tokens[m]
        category = lex.participles.get(tok.lower) or lex.participles.get(tok.lemma)
        if category:
            return category
        if tok.text in {".", ";", ","} or tok.lower in {"et", "and", "ou", "or"} or tok.text[:1].isdigit():
            break
    for m in range(max(0, i - 2), i):
        category = lex.participles.get(tokens[m].lower) or lex.participles.get(tokens[m].lemma)
        if category:
            return category
    return None
