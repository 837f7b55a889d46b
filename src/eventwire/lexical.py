"""Words as eventwire compares them: lowercase forms and lemmas, for text and for data files alike.

Data files write trigger words, agent nouns and cue phrases naturally ("mettre fin à l'état d'urgence"); they are
tokenised and lemmatised with the same rules as article text, so one entry matches every inflection of its words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import simplemma

from eventwire.knowledge import lang_data
from eventwire.model import Token

GAP = "…"
MAX_GAP = 3
MAX_RELATIVE_GAP = 16  # a gap opening on a relative clause may cross it ("la trêve qui … a été suspendue")


@dataclass(frozen=True, slots=True)
class GapGrammar:
    """The grammar words that let a "…" gap stretch past MAX_GAP: a relative clause opening where the gap starts,
    or a coordinated noun phrase ("prendre des armes lourdes et des otages")."""

    relatives: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()


_TOKEN = re.compile(
    r"(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?)"
    r"|(?P<num>\d+(?:[.,:h]\d+)*(?:er|re|e|st|nd|rd|th)?)"
    r"|(?P<gap>…)"
    r"|(?P<punct>[^\w\s]|_)"
)


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """simplemma's lemma, lowercased, with typographic apostrophes made plain. A word written without its accents
    that simplemma does not know ("pidio", "exigio") is read as the known word its accent would make ("pidió")."""
    if not word[:1].isalpha():
        return word
    found = simplemma.lemmatize(word, lang=lang).lower().replace("’", "'")
    if word.isascii() and found == word.lower() and _lost_accents(lang) and not simplemma.is_known(word, lang=lang):
        restored = _with_accent(word.lower(), lang)
        if restored is not None:
            return lemma(restored, lang)
    return found


@functools.cache
def _lost_accents(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((plain, accented) for plain, accented in lang_data(lang, "segment").get("lost_accents") or ())


def _with_accent(word: str, lang: str) -> str | None:
    """The word with the accent of its ending restored (``segment.yaml`` lost_accents), when that makes a known word."""
    for plain, accented in _lost_accents(lang):
        if word.endswith(plain) and len(word) > len(plain) + 2:
            restored = word[: -len(plain)] + accented
            if simplemma.is_known(restored, lang=lang):
                return restored
    return None


@dataclass(frozen=True, slots=True)
class SplitRules:
    abbreviations: frozenset[str]
    elisions: tuple[str, ...]  # longest first, lowercase, apostrophe normalised to '
    clitics: tuple[str, ...]


@functools.cache
def split_rules(lang: str) -> SplitRules:
    data = lang_data(lang, "segment")

    def normalised(items: Iterable[str] | None) -> tuple[str, ...]:
        return tuple(sorted({i.replace("’", "'").lower() for i in items or ()}, key=len, reverse=True))

    return SplitRules(
        abbreviations=frozenset(data.get("abbreviations") or ()),
        elisions=normalised(data.get("elisions")),
        clitics=normalised(data.get("clitics")),
    )


def token_spans(text: str, start: int, end: int, rules: SplitRules) -> Iterator[tuple[int, int]]:
    """Token spans in ``text[start:end]``, with elisions ("l'", "d'") and clitics ("'s", "n't") split off."""
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if match.lastgroup != "word":
            yield s, e
            continue
        word = text[s:e].replace("’", "'").lower()
        for elision in rules.elisions:
            if word.startswith(elision) and len(word) > len(elision):
                yield s, s + len(elision)
                s, word = s + len(elision), word[len(elision) :]
                break
        for clitic in rules.clitics:
            if word.endswith(clitic) and len(word) > len(clitic):
                yield s, e - len(clitic)
                yield e - len(clitic), e
                break
        else:
            yield s, e


def make_token(text: str, s: int, e: int, lang: str) -> Token:
    surface = text[s:e]
    return Token(s, e, surface, surface.lower().replace("’", "'"), lemma(surface, lang))


def phrase_words(phrase: str, lang: str) -> tuple[tuple[str, str] | None, ...]:
    """A data phrase as (lowercase form, lemma) pairs; ``None`` where the phrase has a "…" gap."""
    rules = split_rules(lang)
    words: list[tuple[str, str] | None] = []
    for s, e in token_spans(phrase, 0, len(phrase), rules):
        piece = phrase[s:e]
        words.append(None if piece == GAP else (piece.lower().replace("’", "'"), lemma(piece, lang)))
    return tuple(words)


#: Shorter words whose accent tells two words apart ("está"/"esta", "él"/"el", "más"/"mas") are not folded.
_MIN_FOLDED = 5


@functools.lru_cache(maxsize=200_000)
def unaccented(word: str) -> str:
    """The word without its accents ("detención" → "detencion"), as capitals and hurried typing often write it;
    a short word keeps them."""
    if word.isascii() or len(word) < _MIN_FOLDED:
        return word
    return strip_accents(word)


def strip_accents(word: str) -> str:
    """The word without any accent, whatever its length ("protestarán" → "protestaran")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def parse_digits(raw: str, thousands: Collection[str], decimal: Collection[str]) -> float | None:
    """Digits with a language's separators: "2.030" is 2030 in French, "2,5" is 2.5; "1,234.5" anywhere. None when
    the separators do not fit the language ("2,5" in English)."""
    if raw.isdigit():
        return float(raw)
    separators = set(re.findall(r"[.,]", raw))
    if len(separators) == 2:
        last = max(raw.rfind("."), raw.rfind(","))
        return float(re.sub(r"[.,]", "", raw[:last]) + "." + raw[last + 1 :])
    (mark,) = separators
    grouped = re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", raw) is not None
    if grouped and mark in thousands:
        return float(raw.replace(mark, ""))
    if mark in decimal and raw.count(mark) == 1:
        return float(raw.replace(mark, "."))
    return float(raw.replace(mark, "")) if grouped else None


def same_word(token: Token, word: tuple[str, str]) -> bool:
    form, lem = word
    if token.lower == form or token.lemma == lem or token.lemma == form or token.lower == lem:
        return True
    # a word written without its accents ("DETENCION", "protesto") is still the word; one written with them is
    # only itself ("está" is not "esta")
    return token.lower.isascii() and (token.lower == unaccented(form) or token.lemma == unaccented(lem))


def _same_form(token: Token, word: tuple[str, str]) -> bool:
    return token.lower == word[0] or (token.lower.isascii() and token.lower == unaccented(word[0]))


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    first: int  # token index
    last: int  # token index, exclusive
    payload: Any


class PhraseMatcher:
    """Finds data phrases in a run of tokens, with "…" gaps of up to 3 tokens.

    By default a word matches by lowercase form or lemma (trigger verbs in any tense). With ``by_lemma=False`` it
    matches by form only: lists that spell out every inflection (agent nouns, titles) must not meet a verb that
    shares a lemma with them ("le pouvoir" vs "il peut"). With ``forms_as_written=True`` a word written in the
    data as an inflected form matches that form only, and a word written as its lemma matches every form: the
    modal "pourrait" must not make a cue of the noun "le pouvoir", nor "va" one of "ils sont allés".
    """

    def __init__(self, lang: str, *, by_lemma: bool = True, forms_as_written: bool = False) -> None:
        self.lang = lang
        self._gap_grammar = gap_grammar(lang)
        self.by_lemma = by_lemma
        self.forms_as_written = forms_as_written
        self._index: dict[str, list[tuple[tuple[tuple[str, str] | None, ...], Any]]] = {}

    def add(self, phrase: str, payload: Any) -> None:
        words = phrase_words(phrase, self.lang)
        if not self.by_lemma:
            words = tuple((w[0], w[0]) if w is not None else None for w in words)
        elif self.forms_as_written:  # an inflected form stands for itself; a lemma for all its forms
            words = tuple(w if w is None or w[0] == w[1] else (w[0], f"\x00{w[0]}") for w in words)
        if not words or words[0] is None:
            return
        for key in {part for written in words[0] for part in (written, unaccented(written.lstrip("\x00")))}:
            self._index.setdefault(key, []).append((words, payload))

    def __len__(self) -> int:
        return len(self._index)

    def find(self, tokens: list[Token], first: int, last: int) -> list[PhraseMatch]:
        """Every match in tokens[first:last]; a phrase matching twice at one start is reported once."""
        found: list[PhraseMatch] = []
        for i in range(first, last):
            tok = tokens[i]
            candidates = self._index.get(tok.lower, [])
            if self.by_lemma and tok.lemma != tok.lower:
                candidates = candidates + self._index.get(tok.lemma, [])
            seen: set[int] = set()
            for words, payload in candidates:
                if id(words) in seen:
                    continue
                seen.add(id(words))
                end = _match_from(tokens, i, last, words, self.by_lemma, self._gap_grammar)
                if end is not None:
                    found.append(PhraseMatch(i, end, payload))
        return found


def phrase_within(
    tokens: list[Token], first: int, last: int, words: tuple[tuple[str, str] | None, ...], lang: str | None = None
) -> bool:
    """Whether the whole phrase (a ``phrase_words`` result, "…" gaps included) occurs in tokens[first:last], by
    form or lemma: an exclusion such as "tomar … protesta" (a swearing-in in Mexico) must not fire on "protesta"."""
    return bool(phrase_starts(tokens, first, last, words, lang))


def phrase_starts(
    tokens: list[Token], first: int, last: int, words: tuple[tuple[str, str] | None, ...], lang: str | None = None
) -> list[int]:
    """Where the whole phrase (as for ``phrase_within``) starts in tokens[first:last]."""
    if not words:
        return []
    grammar = gap_grammar(lang) if lang else GapGrammar()
    return [i for i in range(first, last) if _match_from(tokens, i, last, words, True, grammar) is not None]


@functools.cache
def gap_grammar(lang: str) -> GapGrammar:
    """grammar.yaml's relative_markers, coordinators and determiners, lowercase (a language may lack any)."""
    data = lang_data(lang, "grammar")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower().replace("’", "'") for w in data.get(key) or ())

    return GapGrammar(words("relative_markers"), words("coordinators"), words("determiners"))


def _gap_reach(tokens: list[Token], pos: int, last: int, grammar: GapGrammar) -> int:
    """How many tokens a gap at ``pos`` may skip: MAX_GAP; or a whole relative clause that opens there, up to the
    next punctuation ("le cessez-le-feu qui a permis à 8 000 personnes de partir a été suspendu"); or MAX_GAP more
    past a coordinator and its determiner within MAX_GAP ("prendre des armes lourdes et des otages")."""
    if pos < last and tokens[pos].lower in grammar.relatives:
        reach = 0
        while reach < MAX_RELATIVE_GAP and pos + reach < last and tokens[pos + reach].lower[:1].isalnum():
            reach += 1
        return max(reach, MAX_GAP)
    for k in range(pos, min(pos + MAX_GAP + 1, last - 1)):
        if tokens[k].lower in grammar.coordinators and tokens[k + 1].lower in grammar.determiners:
            return k - pos + 1 + MAX_GAP
    return MAX_GAP


def _match_from(
    tokens: list[Token],
    i: int,
    last: int,
    words: tuple[tuple[str, str] | None, ...],
    by_lemma: bool,
    grammar: GapGrammar = GapGrammar(),
) -> int | None:
    """Index after the match of ``words`` starting at token i, or None."""
    same = same_word if by_lemma else _same_form
    pos = i
    k = 0
    while k < len(words):
        word = words[k]
        if word is None:  # a gap: the next word up to MAX_GAP tokens later, or past a relative clause or a coordination
            following = words[k + 1]
            assert following is not None
            for skip in range(_gap_reach(tokens, pos, last, grammar) + 1):
                if pos + skip < last and same(tokens[pos + skip], following):
                    pos += skip + 1
                    break
            else:
                return None
            k += 2
            continue
        if pos >= last or not same(tokens[pos], word):
            return None
        pos += 1
        k += 1
    return pos
