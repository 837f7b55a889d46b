"""actors — who can act in an event, coded with a country and a PLOVER sector.

Sources, in order of trust: named organisations and seats of power (case-sensitive aliases in every language:
OTSC = CSTO = ОДКБ), named people introduced by a title ("le général Andreï Serdioukov" → MIL), agent nouns with
their nationality ("les forces armées russes" → RUS MIL, "troupes russes, bélarusses et arméniennes" → three
actors), countries and capitals used as actors ("conduite par Moscou" → RUS GOV), and demonyms. A domestic agent
with no nationality ("les autorités", "the police") belongs to the article's focus country.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

import ahocorasick

from eventwire.demonyms import Demonyms, demonyms
from eventwire.focus import focus_country
from eventwire.gazetteer import default_gazetteer
from eventwire.knowledge import lang_data, shared_data
from eventwire.lexical import PhraseMatcher
from eventwire.model import ActorRef, Doc, Mention, PlaceRef, Token

#: Sectors of a country's own institutions: without a nationality they belong to the article's focus country.
DOMESTIC_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "MIL", "SPY"})
_COORDINATORS = frozenset({",", "et", "and", "ou", "or", "y", "und", "и"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"})
_NAME_PARTICLES = frozenset({"de", "du", "la", "le", "von", "van", "der", "al", "el", "ben", "bin", "ibn", "da"})


@dataclass(frozen=True, slots=True)
class _Knowledge:
    named: ahocorasick.Automaton  # case-sensitive aliases of organisations and seats of power → ActorRef
    agents: PhraseMatcher  # agent nouns → sector
    titles: PhraseMatcher  # titles → sector
    demonyms: Demonyms


@functools.cache
def _named_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for org in shared_data("organizations")["organizations"]:
        ref = ActorRef(org["code"], org.get("sector"), org.get("name"), org.get("wikidata"), "organization")
        for aliases in (org.get("aliases") or {}).values():
            for alias in aliases:
                automaton.add_word(alias, (alias, ref))
    for seat in shared_data("metonyms")["metonyms"]:
        ref = ActorRef(seat["country"], seat.get("sector"), seat.get("name"), seat.get("wikidata"), "metonym")
        for aliases in (seat.get("aliases") or {}).values():
            for alias in aliases:
                automaton.add_word(alias, (alias, ref))
    automaton.make_automaton()
    return automaton


def _matcher(lang: str, concept: str) -> PhraseMatcher:
    matcher = PhraseMatcher(lang, by_lemma=False)  # the lists spell out every inflection
    for sector, words in lang_data(lang, concept)[concept].items():
        for word in words:
            matcher.add(word, sector)
    return matcher


class ActorsStage:
    """Adds actor mentions (value: ActorRef)."""

    name = "actors"
    requires = ("tokens", "sentences", "places")
    assigns = ("actors",)

    def __init__(self) -> None:
        self._knowledge: dict[str, _Knowledge] = {}

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._knowledge = {}

    def knowledge(self, lang: str) -> _Knowledge:
        if lang not in self._knowledge:
            self._knowledge[lang] = _Knowledge(
                named=_named_automaton(),
                agents=_matcher(lang, "agents"),
                titles=_matcher(lang, "titles"),
                demonyms=demonyms(lang),
            )
        return self._knowledge[lang]

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "en"
        know = self.knowledge(lang)
        found: list[Mention] = []
        found.extend(_named(doc, know))
        found.extend(_places_as_actors(doc, lang))
        named_ends = {m.end: m.value for m in found}
        for sentence in doc.sentences:
            found.extend(_people(doc, know, sentence.first_token, sentence.last_token))
            found.extend(_agents(doc, know, sentence.first_token, sentence.last_token, named_ends))
            found.extend(_demonyms(doc, know, sentence.first_token, sentence.last_token))
        chosen = _without_overlaps(found)
        doc.mentions.extend(chosen)
        focus = focus_country(doc)
        if focus:
            doc.mentions[:] = [_with_focus(m, focus, doc.text) for m in doc.mentions]
        return doc


def _with_focus(mention: Mention, focus: str, text: str) -> Mention:
    """An unqualified domestic agent, or an office holder named through a possessive ("son président"), belongs
    to the focus country; a person merely named with a title ("le général X") keeps an unknown country."""
    value = mention.value
    if not isinstance(value, ActorRef) or value.country is not None or value.sector not in DOMESTIC_SECTORS:
        return mention
    possessive = text[mention.start : mention.end].split(maxsplit=1)[0].lower() in _POSSESSIVES
    if value.kind == "agent" or (value.kind == "person" and possessive):
        return Mention(mention.start, mention.end, "actor", dataclasses.replace(value, country=focus))
    return mention


def _boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not (text[index].isalnum() or text[index] == "-")


def _named(doc: Doc, know: _Knowledge) -> list[Mention]:
    found = []
    text = doc.text
    readable = [(s.start, s.end) for s in doc.sentences]
    for last, (alias, ref) in know.named.iter(text):
        first = last - len(alias) + 1
        inside = any(a <= first and last < b for a, b in readable)
        if inside and _boundary(text, first - 1) and _boundary(text, last + 1):
            found.append(Mention(first, last + 1, "actor", ref))
    return found


def _places_as_actors(doc: Doc, lang: str) -> list[Mention]:
    """Countries are actors as well as places; a capital not introduced as a location stands for its government."""
    locative = {w.lower() for w in lang_data(lang, "places").get("locative") or ()}
    capitals = default_gazetteer().capitals
    tokens_by_end = {tok.end: tok for tok in doc.tokens}
    found = []
    for mention in doc.mentions_of("place"):
        place: PlaceRef = mention.value
        if place.feature == "country":
            found.append(
                Mention(
                    mention.start,
                    mention.end,
                    "actor",
                    ActorRef(place.country, None, place.name, None, "country"),
                )
            )
        elif place.geonameid in capitals:
            before = doc.text[: mention.start].rstrip()
            prev = tokens_by_end.get(len(before))
            if prev is None or prev.lower not in locative:
                ref = ActorRef(capitals[place.geonameid], "GOV", place.name, None, "metonym")
                found.append(Mention(mention.start, mention.end, "actor", ref))
    return found


def _nationalities_after(tokens: list[Token], j: int, last: int, demonyms: Demonyms) -> list[tuple[str, int, int]]:
    """Demonyms right after token j, possibly coordinated: 'russes, bélarusses et kirghizes' → their countries."""
    found: list[tuple[str, int, int]] = []
    k = j
    while k < last:
        hit = demonyms.at(tokens, k, last)
        if hit:
            found.append((hit[0], k, hit[1]))
            k = hit[1]
            continue
        if found and tokens[k].lower in _COORDINATORS and k + 1 < last and demonyms.at(tokens, k + 1, last):
            k += 1
            continue
        break
    return found


def _nationalities_before(tokens: list[Token], i: int, first: int, demonyms: Demonyms) -> list[tuple[str, int, int]]:
    """Demonyms right before token i, possibly coordinated: 'Russian, Belarusian and Armenian troops'."""
    found: list[tuple[str, int, int]] = []
    k = i
    while k > first:
        hit = demonyms.ending_at(tokens, k, first)
        if hit:
            found.append((hit[0], hit[1], k))
            k = hit[1]
            continue
        if found and tokens[k - 1].lower in _COORDINATORS and demonyms.ending_at(tokens, k - 1, first):
            k -= 1
            continue
        break
    return list(reversed(found))


def _agents(doc: Doc, know: _Knowledge, first: int, last: int, named_ends: dict[int, ActorRef]) -> list[Mention]:
    """Agent nouns with the country that qualifies them: a nationality after (fr) or before (en) the noun, a
    named organisation or country right before it ("CSTO troops", "US forces") or after it through de/of ("les
    troupes de l'OTSC", "the army of Mali")."""
    tokens = doc.tokens
    found: list[Mention] = []
    matches = sorted(know.agents.find(tokens, first, last), key=lambda m: (m.first, -(m.last - m.first)))
    taken_until = -1
    for match in matches:
        if match.first < taken_until:
            continue
        taken_until = match.last
        sector = match.payload
        after = _nationalities_after(tokens, match.last, last, know.demonyms)
        if not after and match.last + 1 < last and tokens[match.last].text[:1].islower():
            # French adjectives follow the noun, sometimes after another one: "forces armées russes"
            after = _nationalities_after(tokens, match.last + 1, last, know.demonyms)
        if after:
            for index, (country, a, b) in enumerate(after):
                start = tokens[match.first if index == 0 else a].start
                found.append(Mention(start, tokens[b - 1].end, "actor", ActorRef(country, sector, None, None, "agent")))
            continue
        before = _nationalities_before(tokens, match.first, first, know.demonyms)
        if before:
            for index, (country, a, b) in enumerate(before):
                end = tokens[match.last - 1 if index == len(before) - 1 else b - 1].end
                found.append(Mention(tokens[a].start, end, "actor", ActorRef(country, sector, None, None, "agent")))
            continue
        start = tokens[match.first].start
        owner = named_ends.get(tokens[match.first - 1].end) if match.first > first else None
        if owner is not None and doc.text[tokens[match.first - 1].end : start] == " ":
            country = owner.country  # "CSTO troops", "U.S. forces"
        else:
            country = _of_country(doc, match.last, last)
        found.append(
            Mention(start, tokens[match.last - 1].end, "actor", ActorRef(country, sector, None, None, "agent"))
        )
    return found


def _of_country(doc: Doc, j: int, last: int) -> str | None:
    """'les autorités du Kazakhstan', 'les troupes de l'OTSC', 'the army of Mali': a country or organisation right
    after the agent through de/of."""
    tokens = doc.tokens
    k = j
    while k < last and k < j + 3 and tokens[k].lower in {"de", "du", "des", "d'", "of", "the", "la", "l'", "le"}:
        k += 1
    if k == j or k >= last:
        return None
    for mention in doc.mentions:
        if mention.start != tokens[k].start:
            continue
        if mention.kind == "place" and mention.value.feature == "country":
            return mention.value.country
    for last_tok, (alias, ref) in _named_automaton().iter(doc.text, tokens[k].start, tokens[min(k + 8, last - 1)].end):
        if last_tok - len(alias) + 1 == tokens[k].start:
            return ref.country
    return None


def _people(doc: Doc, know: _Knowledge, first: int, last: int) -> list[Mention]:
    """A title, an optional nationality, then a capitalised name: 'le président russe Vladimir Poutine'."""
    tokens = doc.tokens
    found: list[Mention] = []
    for match in know.titles.find(tokens, first, last):
        nationalities = _nationalities_after(tokens, match.last, last, know.demonyms)
        k = nationalities[-1][2] if nationalities else match.last
        country = nationalities[0][0] if nationalities else _of_country(doc, k, last)
        name_start = k
        while k < last and (tokens[k].text[:1].isupper() or (k > name_start and tokens[k].lower in _NAME_PARTICLES)):
            k += 1
        while k > name_start and tokens[k - 1].lower in _NAME_PARTICLES:
            k -= 1
        if k == name_start:
            continue
        name = doc.text[tokens[name_start].start : tokens[k - 1].end]
        start = tokens[match.first].start
        if match.first > first and tokens[match.first - 1].lower in _POSSESSIVES:
            start = tokens[match.first - 1].start
        found.append(Mention(start, tokens[k - 1].end, "actor", ActorRef(country, match.payload, name, None, "person")))
    return found


def _demonyms(doc: Doc, know: _Knowledge, first: int, last: int) -> list[Mention]:
    """Nationalities on their own: 'les Russes', 'South Koreans' (agents with a nationality were found first)."""
    found = []
    k = first
    while k < last:
        hit = know.demonyms.at(doc.tokens, k, last)
        if hit:
            country, end = hit
            ref = ActorRef(country, None, None, None, "demonym")
            found.append(Mention(doc.tokens[k].start, doc.tokens[end - 1].end, "actor", ref))
            k = end
        else:
            k += 1
    return found


_KIND_RANK = {"organization": 0, "metonym": 1, "person": 2, "agent": 3, "country": 4, "demonym": 5}


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Where actor mentions overlap, keep the most specific: named entities, then the longest."""
    ordered = sorted(mentions, key=lambda m: (_KIND_RANK.get(m.value.kind, 9), m.start - m.end, m.start))
    chosen: list[Mention] = []
    for mention in ordered:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
