"""places — toponyms found with the gazetteer and resolved to one GeoNames entry each, in context.

Recognition refuses what only looks like a place: demonyms ("Kazakh officials"), capitalised common words, and
names inside a longer proper name ("Paris Saint-Germain", "Jean-Yves Le Drian"). Resolution prefers, in order, a
country, a world region, then the city with the best score: population, the countries the article mentions, and a
qualifier right after the name ("Ivanovo (Russie)", "Paris, Texas") which outweighs everything else.
"""

from __future__ import annotations

import math
import re

import simplemma

from eventwire.demonyms import Demonyms, demonyms
from eventwire.gazetteer import Gazetteer, NameHit, default_gazetteer
from eventwire.knowledge import lang_data
from eventwire.model import NON_CONTENT_ZONES, Doc, Mention, PlaceRef, Token

_QUALIFIER = re.compile(r"\s*(?:\(|,)\s*$")
#: A city in a country the article names gets this much on a log10 population scale: enough to prefer a town of
#: that country over one four times bigger elsewhere, not enough to put Geneva, Illinois, before Geneva because
#: the article also names the United States.
_MENTIONED_COUNTRY_BONUS = 0.6
#: A city in a country the article does not name must be introduced as a place ("à Kaboul"), unless it is a
#: capital or this big: famous enough to be named alone ("dirigée par Moscou").
_WELL_KNOWN_POPULATION = 1_000_000
_PLACE_NOUN_FILLERS = frozenset({"le", "la", "les", "l'", "the", "ville", "city", "town", "de", "of"})


class PlacesStage:
    """Adds place mentions (value: PlaceRef)."""

    name = "places"
    requires = ("tokens", "sentences")
    assigns = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    def __getstate__(self) -> dict:
        return {}  # the gazetteer is rebuilt (once) in each process rather than pickled

    def __setstate__(self, state: dict) -> None:
        self._gazetteer = None

    def _well_known(self, place: PlaceRef) -> bool:
        return place.population >= _WELL_KNOWN_POPULATION or place.geonameid in self.gazetteer.capitals

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        gaz = self.gazetteer
        rules = lang_data(lang, "places")
        not_places = frozenset(rules.get("not_places") or ())
        function_words = frozenset(lang_data(lang, "grammar").get("function_words") or ())
        nationalities = demonyms(lang)
        token_at = {tok.start: i for i, tok in enumerate(doc.tokens)}
        hits: list[NameHit] = []
        for zone in doc.zones:
            if zone.kind in NON_CONTENT_ZONES:
                continue
            for hit in _find(gaz, doc.text, zone.start, zone.end, dateline=zone.kind == "dateline"):
                lowered = hit.name.lower()
                if hit.name in not_places or nationalities.word(hit.name) or lowered in function_words:
                    continue
                if _inside_longer_name(doc, hit, token_at, lang, gaz):
                    continue
                hits.append(hit)
        mentioned = _mentioned_countries(hits, gaz, doc.tokens, nationalities)
        locative = frozenset(w.lower() for w in rules.get("locative") or ())
        for index, hit in enumerate(hits):
            qualifier = _qualifier_country(doc.text, hit, hits[index + 1] if index + 1 < len(hits) else None, gaz)
            place = resolve(gaz, hit.name, mentioned, qualifier)
            if place is None:
                continue
            anchored = place.feature != "city" or place.country in mentioned or qualifier is not None
            if not anchored and not self._well_known(place) and not _after_locative(doc, hit, token_at, locative):
                continue  # "une Mercedes est incendiée", "la gare Saint-Lazare": not Uruguay, not Quebec
            doc.mentions.append(Mention(hit.start, hit.end, "place", place))
        return doc


def _find(gaz: Gazetteer, text: str, start: int, end: int, *, dateline: bool) -> list[NameHit]:
    """Gazetteer names in a zone; datelines write places in capitals ("NIAMEY, 31 juillet —"), so they are read
    title-cased as well (same length, so offsets still point into the text)."""
    hits = gaz.find(text, start, end)
    if dateline:
        titled = text[start:end].title()
        if len(titled) == end - start:
            padded = " " * start + titled
            seen = {(h.start, h.end) for h in hits}
            hits += [h for h in gaz.find(padded, start, end) if (h.start, h.end) not in seen]
    return hits


def resolve(gaz: Gazetteer, name: str, mentioned: set[str], qualifier: str | None) -> PlaceRef | None:
    """The one entry ``name`` most likely denotes here."""
    scored: list[tuple[float, PlaceRef]] = []
    for entry, primary in gaz.scored_candidates(name):
        if entry.feature == "country":
            score = 1000.0 + (50 if qualifier is None else 0)
        elif entry.feature == "region":
            score = 900.0
        else:
            score = math.log10(entry.population + 1)
            score += _MENTIONED_COUNTRY_BONUS if entry.country in mentioned else 0.0
            score += 0.5 if primary else 0.0
        if qualifier is not None and entry.country == qualifier and entry.feature != "country":
            score += 2000.0
        scored.append((score, entry))
    if not scored:
        return None
    return max(scored, key=lambda item: item[0])[1]


def _mentioned_countries(hits: list[NameHit], gaz: Gazetteer, tokens: list[Token], nationalities: Demonyms) -> set[str]:
    countries: set[str] = set()
    for hit in hits:
        for entry in gaz.candidates(hit.name):
            if entry.feature == "country" and entry.country:
                countries.add(entry.country)
    countries.update(c for c in (nationalities.word(tok.lower) for tok in tokens) if c)
    return countries


def _after_locative(doc: Doc, hit: NameHit, token_at: dict[int, int], locative: frozenset[str]) -> bool:
    """Introduced as a place: "à Kaboul", "in Geneva", "près de la ville de Mossoul"."""
    i = token_at.get(hit.start)
    if i is None:
        return False
    k = i - 1
    while k >= 0 and doc.tokens[k].lower in _PLACE_NOUN_FILLERS:
        if doc.tokens[k].lower in locative:
            return True
        k -= 1
    return k >= 0 and doc.tokens[k].lower in locative


def _qualifier_country(text: str, hit: NameHit, following: NameHit | None, gaz: Gazetteer) -> str | None:
    """The country named right after a place as its qualifier: "Ivanovo (Russie)", "Almaty, Kazakhstan"."""
    if following is None or not _QUALIFIER.match(text[hit.end : following.start]):
        return None
    for entry in gaz.candidates(following.name):
        if entry.feature == "country":
            return entry.country
    return None


def _inside_longer_name(doc: Doc, hit: NameHit, token_at: dict[int, int], lang: str, gaz: Gazetteer) -> bool:
    """True when the name is glued to other capitalised words that are not places: part of a person or club."""
    i = token_at.get(hit.start)
    if i is None:
        return False
    tokens = doc.tokens
    if i > 0:
        prev = tokens[i - 1]
        if _glued_name_part(doc.text, prev, prev.end, hit.start, lang, gaz):
            return True
    j = i
    while j < len(tokens) and tokens[j].end < hit.end:
        j += 1
    if j + 1 < len(tokens):
        nxt = tokens[j + 1]
        return _glued_name_part(doc.text, nxt, hit.end, nxt.start, lang, gaz)
    return False


def _glued_name_part(text: str, token: Token, gap_start: int, gap_end: int, lang: str, gaz: Gazetteer) -> bool:
    """A capitalised neighbour, one space away, that is a place or not a dictionary word: a name's other part.

    Dictionary words are spared so that title-case headlines ("Russian Forces Leave Kazakhstan") and weekdays
    ("in Almaty Monday") do not hide the place.
    """
    if text[gap_start:gap_end] not in {" ", "\u00a0"}:
        return False
    if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
        return False
    if gaz.candidates(token.text):
        return True  # two place names glued without a comma are one name: "Paris Saint-Germain"
    return not simplemma.is_known(token.lower, lang=lang)
