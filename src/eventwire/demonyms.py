"""Demonyms and nationality adjectives of one language, matched over tokens ("russes", "South Korean")."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.knowledge import lang_data
from eventwire.lexical import phrase_words
from eventwire.model import Token


@dataclass(frozen=True, slots=True)
class Demonyms:
    forms: dict[tuple[str, ...], str]  # lowercase word sequence → ISO3
    longest: int

    def at(self, tokens: list[Token], k: int, last: int) -> tuple[str, int] | None:
        """(ISO3, index after it) for the longest demonym starting at token k."""
        for size in range(min(self.longest, last - k), 0, -1):
            country = self.forms.get(tuple(t.lower for t in tokens[k : k + size]))
            if country:
                return country, k + size
        return None

    def ending_at(self, tokens: list[Token], end: int, first: int) -> tuple[str, int] | None:
        """(ISO3, index of its first token) for the longest demonym ending just before token ``end``."""
        for size in range(min(self.longest, end - first), 0, -1):
            country = self.forms.get(tuple(t.lower for t in tokens[end - size : end]))
            if country:
                return country, end - size
        return None

    def word(self, form: str) -> str | None:
        """The country of a one-word form (a capitalised 'Kazakh' is a demonym, not a town)."""
        return self.forms.get((form.lower().replace("’", "'"),))


@functools.cache
def demonyms(lang: str) -> Demonyms:
    forms: dict[tuple[str, ...], str] = {}
    for iso3, words in lang_data(lang, "demonyms")["demonyms"].items():
        for word in words:
            key = tuple(w[0] for w in phrase_words(word, lang) if w is not None)
            if key:
                forms.setdefault(key, iso3)
    return Demonyms(forms, max((len(k) for k in forms), default=1))
