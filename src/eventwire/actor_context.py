"""What qualifies a noun or a title with a country: the words around it in the sentence.

A nationality before it ("Russian troops", "U.S. and Russian negotiators") or after it ("troupes russes,
bélarusses et kirghizes"), a named owner before it ("NATO troops", "Kremlin spokesman", "Norway's foreign
minister"), a country, organisation or place after it through of/de ("the army of Mali", "les troupes de l'OTSC"),
or the place it is in ("security forces in Guinea").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from eventwire.actor_lexicon import ActorLexicon, named_automaton
from eventwire.model import ActorRef, Doc, Mention, PlaceRef, Token


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate actor mention and how it ranks when it overlaps another (lower wins)."""

    mention: Mention
    rank: int


#: Ranks: an agent or person that carries its named owner inside its span beats the bare name.
QUALIFIED, ORGANIZATION, METONYM, PERSON, AGENT, COUNTRY, DEMONYM = range(7)


@dataclass(frozen=True, slots=True)
class Qualifier:
    country: str  # ISO3 or an organisation's code (IGO, UNO…)
    first: int  # its tokens (for a possessive, up to the noun it qualifies)
    last: int
    owner: ActorRef | None = None  # the named organisation or seat of power, when it is one
    ethnic: bool = False  # "ethnic Albanian guerrillas": an ethnic group, whose country is where it lives


class ActorContext:
    """A document's tokens with its named actors and places located by token, for one language's actor words."""

    def __init__(self, doc: Doc, lex: ActorLexicon, named: list[Mention]) -> None:
        self.doc = doc
        self.lex = lex
        self.tokens: list[Token] = doc.tokens
        self._starts = [t.start for t in doc.tokens]
        self._token_starts = frozenset(self._starts)
        self._named_by_last: dict[int, tuple[int, ActorRef]] = {}
        self._named_by_first: dict[int, tuple[int, ActorRef]] = {}
        for mention in named:
            if not self.on_token(mention):
                continue
            first, last = self.span(mention)
            self._named_by_last[last] = (first, mention.value)
            self._named_by_first.setdefault(first, (last, mention.value))
        #: The countries the article names, as places or as actors: what a surname alone may point to.
        self.countries: frozenset[str] = frozenset(
            {m.value.country for m in named if m.value.country}
            | {m.value.country for m in doc.mentions_of("place") if m.value.country}
        )
        self._places_by_first: dict[int, tuple[int, str]] = {}
        self._places_by_last: dict[int, tuple[int, ActorRef]] = {}
        for mention in doc.mentions_of("place"):
            place: PlaceRef = mention.value
            if place.country and self.on_token(mention):
                first, last = self.span(mention)
                self._places_by_first[first] = (last, place.country)
                self._places_by_last[last] = (first, ActorRef(place.country, None, place.name, None, "country"))
        self._in_places = frozenset(k for first, (last, _) in self._places_by_first.items() for k in range(first, last))

    def in_a_place(self, k: int) -> bool:
        """Whether token k belongs to a place name ("irakien" in "Kurdistan irakien")."""
        return k in self._in_places

    def place_ending_at(self, k: int) -> bool:
        """Whether a place name ends just before token k ("País Vasco" before "español")."""
        return k in self._places_by_last

    def place_starting_at(self, k: int) -> bool:
        """Whether a place name starts at token k ("Basque Country" after "Spanish")."""
        return k in self._places_by_first

    def on_token(self, mention: Mention) -> bool:
        """Whether a mention starts a token: "Syria" inside "anti-Syria" qualifies nothing."""
        return mention.start in self._token_starts

    def span(self, mention: Mention) -> tuple[int, int]:
        """The token range [first, last) of a mention."""
        first = bisect.bisect_left(self._starts, mention.start)
        return first, max(first + 1, bisect.bisect_left(self._starts, mention.end))

    def before(self, i: int, first: int) -> list[Qualifier]:
        """Qualifiers right before token i, coordinated or not: "U.S. and Russian negotiators", past a modifier:
        "Nigerian junior foreign minister"."""
        found: list[Qualifier] = []
        k = i - 1 if i - 1 > first and self.tokens[i - 1].lower in self.lex.modifiers else i
        while k > first:
            one = self._one_before(k, first)
            if one is not None:
                found.append(one)
                k = one.first
                continue
            if found and self.tokens[k - 1].lower in self.lex.coordinators and self._one_before(k - 1, first):
                k -= 1
                continue
            break
        return list(reversed(found))

    def _one_before(self, k: int, first: int) -> Qualifier | None:
        led = self._led_by(self.tokens[k - 1])
        if led is not None:  # "Saudi-led coalition"
            return Qualifier(led, k - 1, k)
        hit = self.lex.demonyms.ending_at(self.tokens, k, first)
        if hit is not None:
            ethnic = hit[1] > first and self.tokens[hit[1] - 1].lower in self.lex.demonyms.ethnic
            return Qualifier(hit[0], hit[1] - ethnic, k, ethnic=ethnic)
        named = self._named_by_last.get(k)
        if named is not None and named[1].country:
            return Qualifier(named[1].country, named[0], k, named[1])
        # a possessive up to two words back: "Norway's foreign minister", "Nicaragua's Sandinista government"
        for j in range(k - 1, max(first, k - 4), -1):
            if self.tokens[j].lower in self.lex.genitive_markers:
                named = self._named_by_last.get(j) or self._places_by_last.get(j)
                if named is not None and named[1].country:
                    return Qualifier(named[1].country, named[0], k, named[1])
                break
            if not self.tokens[j].text[:1].isalpha():
                break
        return None

    def _led_by(self, token: Token) -> str | None:
        """The nationality or organisation fused with "-led": "Saudi-led" → SAU, "NATO-led" → IGO."""
        for suffix in self.lex.led_suffixes:
            if token.lower.endswith(suffix) and len(token.lower) > len(suffix):
                leader = token.text[: -len(suffix)]
                named = named_automaton().get(leader, None)
                return self.lex.demonyms.word(leader) or (named[1].country if named else None)
        return None

    def after(self, j: int, last: int) -> list[Qualifier]:
        """Nationalities right after token j, coordinated ("troupes russes, bélarusses et kirghizes"), or after one
        more lowercase word ("forces armées russes"), in a language that puts them there."""
        if not self.lex.nationality_follows_noun:
            return []
        found = self._nationalities_from(j, last)
        if not found and j + 1 < last and self.tokens[j].text[:1].islower():
            found = self._nationalities_from(j + 1, last)
        return found

    def _nationalities_from(self, j: int, last: int) -> list[Qualifier]:
        found: list[Qualifier] = []
        k = j
        while k < last:
            hit = self.lex.demonyms.at(self.tokens, k, last)
            if hit is not None:
                found.append(Qualifier(hit[0], k, hit[1]))
                k = hit[1]
                continue
            coordinator = self.tokens[k].lower in self.lex.coordinators
            if found and coordinator and k + 1 < last and self.lex.demonyms.at(self.tokens, k + 1, last):
                k += 1
                continue
            break
        return found

    def of_owner(self, j: int, last: int) -> Qualifier | None:
        """A country, organisation or place right after token j through of/de: "the army of Mali", "les troupes de
        l'OTSC", "the government of Sindh province"."""
        if j >= last or self.tokens[j].lower not in self.lex.of_markers:
            return None
        return self._named_or_place(j, self._skip_articles(j + 1, last), last)

    def located(self, j: int, last: int) -> Qualifier | None:
        """The place right after token j through a locative: "security forces in Guinea"; not one that owns the
        next noun ("troops near Ukraine's borders" are not Ukraine's)."""
        word = self.tokens[j].lower if j < last else ""
        if word not in self.lex.locative or word in self.lex.directional:
            return None  # "troops to Kazakhstan" are not Kazakhstan's
        found = self._named_or_place(j, self._skip_articles(j + 1, last), last)
        if found is None or (found.owner is not None and found.owner.kind != "country"):
            return None
        owns = found.last < last and self.tokens[found.last].lower in self.lex.genitive_markers
        return None if owns else found

    def _skip_articles(self, k: int, last: int) -> int:
        skipped = 0
        while k < last and skipped < 2 and self.tokens[k].lower in self.lex.of_markers | self.lex.definite:
            k += 1
            skipped += 1
        return k

    def _named_or_place(self, j: int, k: int, last: int) -> Qualifier | None:
        """The named actor or place at token k, or past one lowercase word ("of southern Serbia")."""
        for at in (k, k + 1):
            if at >= last or (at > k and not self.tokens[k].text[:1].islower()):
                break
            named = self._named_by_first.get(at)
            if named is not None and named[1].country:
                return Qualifier(named[1].country, j, named[0], named[1])
            place = self._places_by_first.get(at)
            if place is not None:
                return Qualifier(place[1], j, place[0])
        return None
