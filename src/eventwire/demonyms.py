"""Demonyms and nationality adjectives of one language, matched over tokens ("russes", "South Korean")."""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

from eventwire.errors import KnowledgeError
from eventwire.knowledge import lang_data
from eventwire.lexical import phrase_words
from eventwire.model import Token


@dataclass(frozen=True, slots=True)
class Demonyms:
    forms: dict[tuple[str, ...], str]  # lowercase word sequence → ISO3
    longest: int
    lemmas: dict[tuple[str, ...], str] = field(default_factory=dict)  # lemma sequence → ISO3 (files with match: lemma)
    ethnic: frozenset[str] = frozenset()  # markers that make a demonym an ethnic group ("ethnic Albanians")
    starts: frozenset[str] = frozenset()  # first words (forms and lemmas): most tokens start no demonym
    combining: dict[str, str] = field(default_factory=dict)  # "russo" (of "russo-américain") → ISO3

    def _country(self, words: list[Token]) -> str | None:
        return self.forms.get(tuple(t.lower for t in words)) or self.lemmas.get(tuple(t.lemma for t in words))

    def at(self, tokens: list[Token], k: int, last: int) -> tuple[str, int] | None:
        """(ISO3, index after it) for the longest demonym starting at token k."""
        if self.starts and tokens[k].lower not in self.starts and tokens[k].lemma not in self.starts:
            return None
        for size in range(min(self.longest, last - k), 0, -1):
            country = self._country(tokens[k : k + size])
            if country:
                return country, k + size
        return None

    def ending_at(self, tokens: list[Token], end: int, first: int) -> tuple[str, int] | None:
        """(ISO3, index of its first token) for the longest demonym ending just before token ``end``."""
        for size in range(min(self.longest, end - first), 0, -1):
            country = self._country(tokens[end - size : end])
            if country:
                return country, end - size
        return None

    def word(self, form: str) -> str | None:
        """The country of a one-word form (a capitalised 'Kazakh' is a demonym, not a town)."""
        return self.forms.get((form.lower().replace("’", "'"),))

    def part(self, form: str) -> str | None:
        """The country of one part of a compound nationality: "russo" or "américaine" in "russo-américaine"."""
        return self.combining.get(form.lower()) or self.word(form)

    def of_phrase(self, phrase: str) -> str | None:
        """The country of a phrase that is a demonym on its own, in the singular or the plural ("Kazakh", "Sri
        Lankans", "russes")."""
        words = tuple(phrase.lower().replace("’", "'").split())
        if not words:
            return None
        *head, last = words
        endings = [""] + [e for e in ("s", "es") if last.endswith(e) and len(last) > len(e)]
        return next((c for e in endings if (c := self.forms.get((*head, last[: len(last) - len(e)])))), None)

    def plural(self, words: list[Token]) -> bool:
        """A plural form: a listed form whose words, less -s or -es, are another form of the same country
        ("Nigerians", "Bosnian Serbs", "colombianos", and "chypriotes turcs", where both words agree)."""
        lowered = [t.lower for t in words]
        country = self.forms.get(tuple(lowered))
        if country is None:
            return False
        stems = [[w] + [w[: -len(e)] for e in ("s", "es") if w.endswith(e) and len(w) > len(e)] for w in lowered]
        return any(
            singular != tuple(lowered) and self.forms.get(singular) == country for singular in itertools.product(*stems)
        )


@functools.cache
def demonyms(lang: str) -> Demonyms:
    data = lang_data(lang, "demonyms")
    by_lemma = data.get("match") == "lemma"
    forms: dict[tuple[str, ...], str] = {}
    lemmas: dict[tuple[str, ...], str] = {}
    for iso3, words in data["demonyms"].items():
        for word in words:
            parsed = [w for w in phrase_words(word, lang) if w is not None]
            if parsed:
                forms.setdefault(tuple(w[0] for w in parsed), iso3)
                if by_lemma:
                    lemmas.setdefault(tuple(w[1] for w in parsed), iso3)
    ethnic = frozenset(w.lower() for w in data.get("ethnic") or ())
    starts = frozenset(key[0] for key in (*forms, *lemmas))
    combining = {form.lower(): iso3 for iso3, listed in (data.get("combining_forms") or {}).items() for form in listed}
    return Demonyms(forms, max((len(k) for k in forms), default=1), lemmas, ethnic, starts, combining)


def demonyms_or_none(lang: str) -> Demonyms:
    """The language's demonyms, or none for a language that has no demonyms file yet (places still run on it)."""
    try:
        return demonyms(lang)
    except KnowledgeError:
        return Demonyms({}, 1)
