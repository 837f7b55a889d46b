"""Toponym recognition: the gazetteer names an article uses as places.

A name is refused when it only looks like a place: a demonym ("Kazakh officials"), a month, a capitalised word that
is never a place on its own, part of a person's or a club's name ("Chiquita Raquel Henry", "Paris Saint-Germain"),
a name after a person's title ("Sen. Jackson"), or the name of a street, a river or a building ("Dublin Road",
"la gare Saint-Lazare"). Names that may still be people ("Moore said", "Henry" after "Raquel Henry") or common words
("Bell", "Superior") are marked, and resolution keeps them only as clear places. A place named right after another
as its container ("Paris, Texas", "Ivanovo (Russie)", "Alexandria, La.") settles both names at once, and a short
form ("Laurel" for Laurel County, "Ky.") counts only when such a container or the full name confirms it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from eventwire.gazetteer import Gazetteer, NameHit, Naming, Sense
from eventwire.geodesy import haversine_km
from eventwire.lexical import parse_digits
from eventwire.model import NON_CONTENT_ZONES, Doc, PlaceRef, Token
from eventwire.personal_names import person_name
from eventwire.place_resolution import (
    FAMOUS_POPULATION,
    KNOWN_POPULATION,
    TOWN_POPULATION,
    contains,
    prominence,
    well_known,
)
from eventwire.place_rules import PlaceRules
from eventwire.street_places import CAPITAL, placed_at

_QUALIFIER_GAP = re.compile(r"\s*[,(]\s*")
#: A qualifier that closes its phrase: no word of the same noun phrase follows it.
_QUALIFIER_END = re.compile(r"\s*(?:[^\w\s]|$)")
#: Places in capitals as datelines write them: opening a sentence before a comma or a parenthesis ("CHARLESTON,
#: W.Va.", "BEIRUT (AP)"), or anywhere before a dash or a colon ("March 15, 2009 NEWARK --", "BEIRUT:").
_CAPITALS = r"[^\W\d_a-zà-ÿа-я]+(?:[ .'’-]+[^\W\d_a-zà-ÿа-я]+)*\.?"
_CAPITALS_LEAD = re.compile(_CAPITALS + r"(?=\s*[,(])")
#: A dateline whose dash the scrape lost, opening a sentence before the first word of the story: "WASHINGTON
#: Barack Obama pardoned…", "DETROIT The U.S. Transportation Department…" (four letters at least: not "US", "UN").
_CAPITALS_BEFORE_STORY = re.compile(r"(?=[^\W\d_]{4})" + _CAPITALS + r"(?=[ \t]+[^\W\d_a-zà-ÿа-я][a-zà-ÿа-я])")
_CAPITALS_BEFORE_DASH = re.compile(r"(?<![^\W\d_])" + _CAPITALS + r"(?=\s*(?:—|–|--|-\s|:))")
#: Words in capitals inside a sentence in mixed case, as place lines write them ("ejecutaron a dos personas,
#: ANTIOQUIA, PUEBLORRICO"); four letters at least (``_ACRONYM_LETTERS``), which leaves out most acronyms.
_CAPITALS_INSIDE = re.compile(r"(?<![^\W\d_])" + _CAPITALS + r"(?![^\W\d_])")
#: Between the parts of a place line in capitals, and after its last part: "…, META, GRANADA."
_LINE_GAP = re.compile(r"\s*,\s*")
_LINE_END = re.compile(r"\s*\.?\s*")
#: The comma that opens a place line stands within this many characters before its first part.
_LINE_OPENING_REACH = 5
#: At most this many capitalised words before a name in the local name it ends ("el barrio Unión Victoria").
_NAME_WORDS = 3
#: A word after the first of a span, which a function word of the language is lowercase in: "Valle del Cauca".
_INNER_WORD = re.compile(r"(?<=\S )\w+")
#: A dateline's state or country after its city: "EDMONTON, Ky", "PARIS, Texas".
_QUALIFIER_AFTER = re.compile(r",\s*([^\W\d_a-zà-ÿа-я]\w*)")
#: Acronyms this long may spell a place's alternate name.
_ACRONYM_LETTERS = 4
#: Towns linked by a nearby cue lie this close ("Kingston, south of Brisbane": 25 km; "200 km south of Baghdad").
NEARBY_KM = 250.0
#: At most this many distance words and numbers before a nearby cue ("some 20 km").
_DISTANCE_WORDS = 5
#: A stated distance is a rough one: the pair may lie this share, and this many km, nearer or farther.
_STATED_SLACK, _STATED_KM = 0.3, 20.0
#: A town the gazetteer does not list is put at its landmark's point when the text puts it at most this far away.
_AT_LANDMARK_KM = 100.0
#: A number as written in a distance: "20", "1,200", "2.5", "2,5".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: A possessive and a capitalised word: "St. Michael's Hospital".
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s\s+" + CAPITAL)
#: What glues a name to the word after it: a hyphen ("Wal-Mart") or a possessive ("Abbas's").
_PHRASE_GLUE = frozenset("-'’")
#: Abbreviations with a period inside: no word is spelt that way.
_WORD_CHARACTER = re.compile(r"\w")
_DOTTED = re.compile(r"(?:[^\W\d_]+\.\s?)+[^\W\d_]+\.")


@dataclass
class Toponym:
    """A gazetteer name used as a place, with the entries it may still denote."""

    start: int
    end: int
    name: str
    senses: list[Sense]
    introduced: bool  # after a locative cue: "in Geneva", "près de la ville de Mossoul"
    person_like: bool = False  # the name may be a person's here: "Moore said", "Henry" after "Raquel Henry"
    common: bool = False  # a common word as well: "Bell", "Superior"
    cued: bool = False  # right after a cue only places follow: "in Cairns"
    placed: bool = False  # the article places this name somewhere (see ``_established_names``)
    self_evident: bool = False  # the name says it is a place: "Edgar County", "Boulder City"
    local: bool = False  # a place inside a town, named after a noun that says so: "el barrio Buenos Aires"
    qualified: bool = False  # settled together with its container ("Paris, Texas"), or as that container
    opens_sentence: bool = False  # where a capital says nothing: "Man booked for assault"


def recognise(doc: Doc, gaz: Gazetteer, rules: PlaceRules) -> list[Toponym]:
    """The toponyms of the article's content zones, in text order, each with its possible senses. A name keeps one
    sense through an article, so once the article presents it as a place (see ``_established_names``), its other
    mentions are read as places too, even where a common word of the same spelling would be ("in Cairns", then
    "the Cairns police force")."""
    hits = list(_hits(doc, gaz, rules))
    token_at = {tok.start: i for i, tok in enumerate(doc.tokens)}
    found = _toponyms(doc, gaz, rules, hits, token_at, frozenset())
    established = _established_names(doc, found)
    if established:
        found = _toponyms(doc, gaz, rules, hits, token_at, established)
    _settle_containers(doc.text, found)
    _settle_neighbours(doc, token_at, found, rules)
    _settle_kinds(doc.tokens, token_at, found, rules)
    _settle_datelines(doc, found, rules)
    _settle_repeats(found)
    _confirm_short_forms(found)
    return [t for t in found if t.senses]


def _toponyms(
    doc: Doc,
    gaz: Gazetteer,
    rules: PlaceRules,
    hits: list[NameHit],
    token_at: dict[int, int],
    established: frozenset[str],
) -> list[Toponym]:
    """The hits read as places, in text order (``token_at``: token index by start offset); ``established`` names
    are spared the common-word readings."""
    tokens = doc.tokens
    surnames: set[str] = set()
    sentence_starts = {_first_letter(doc.text, s.start, s.end) for s in doc.sentences}
    found: list[Toponym] = []
    for hit in hits:
        if _never_a_place(hit.name, rules):
            continue
        senses = gaz.senses(hit.name)
        if hit.name in rules.institutions and not any(s.place.feature == "country" for s in senses):
            continue
        i = token_at.get(hit.start)
        if hit.name in rules.cued_only and hit.name not in established and not _only_a_place_fits(doc, i, rules):
            continue
        if i is None:
            found.append(Toponym(hit.start, hit.end, hit.name, senses, introduced=False))
            continue
        last = _last_token(tokens, i, hit.end)
        if _after_a_name(doc, hit, i, rules):
            if " " not in hit.name:
                surnames.add(hit.name)
            continue
        if " " not in hit.name and _before_a_name(doc, hit, last, rules):
            continue  # a first name, or a club: "Paris Hilton", "Paris Saint-Germain"
        if _names_a_feature(tokens, i, last, rules):
            continue
        if _heads_a_longer_name(doc.text, hit, senses, rules):
            continue  # "St. Michael's Hospital", "Stade de France": a building after a saint, a foreign name
        if _before_a_region_adjective(tokens, last, rules):
            continue  # "the South East Asian city-state": an adjective, not South East District, Botswana
        known = hit.name in established
        if not known and _common_noun_use(tokens, i, last, hit.name, rules) and not any(_area(s) for s in senses):
            continue  # "at the University of Rochester": the common noun
        toponym = Toponym(hit.start, hit.end, hit.name, senses, known or _after_locative(tokens, i, rules))
        toponym.common = _common_word_name(hit.name, senses, rules)
        toponym.opens_sentence = hit.start in sentence_starts
        toponym.cued = _cue_ends_at(tokens, i, rules.place_cues) and _closes_phrase(doc, last, rules)
        toponym.placed = known
        word_of_a_name = toponym.common and " " not in hit.name and not known
        if word_of_a_name and _before_a_word_of_a_name(doc, hit, last, rules):
            continue  # "the Central Asian country", "Superior Court": a common word opening a longer name
        if word_of_a_name and _after_a_word(doc, i, sentence_starts, rules):
            continue  # "Outstanding Young Man of Arlington": a common word inside a longer title-case name
        single = " " not in hit.name
        toponym.person_like = single and not toponym.introduced and _speaks(tokens, last, rules)
        toponym.self_evident = any(word.lower() in rules.place_nouns for word in hit.name.split()[1:])
        found.append(toponym)
    for toponym in found:
        toponym.person_like = toponym.person_like or toponym.name in surnames
    return found


def _established_names(doc: Doc, found: list[Toponym]) -> frozenset[str]:
    """Names the article presents as places: right after a cue only places follow ("in Cairns", not "in the Gulf"
    nor "according to Conrad"), or in a dateline, and never read as a person's name."""
    datelines = [(z.start, z.end) for z in doc.zones if z.kind == "dateline"]
    people = {t.name for t in found if t.person_like}
    return frozenset(
        t.name
        for t in found
        if t.name not in people
        and (t.cued or _heads_in_capitals(doc, t) or any(start <= t.start < end for start, end in datelines))
    )


def _heads_in_capitals(doc: Doc, toponym: Toponym) -> bool:
    """Written in capitals at the head of a sentence, as a dateline inside the text is: "CROMWELL — The…"."""
    surface = doc.text[toponym.start : toponym.end]
    return toponym.opens_sentence and surface.isupper() and sum(c.isalpha() for c in surface) > 3


def _common_noun_use(tokens: list[Token], i: int, last: int, name: str, rules: PlaceRules) -> bool:
    """A common word after a definite article and not followed by another capitalised word: "the University of
    Rochester", "the Metro" (but "the Concord Police Department" names the town's police)."""
    if i == 0 or tokens[i - 1].lower not in rules.definite or not (name.isalpha() and rules.common(name)):
        return False
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return not following[:1].isupper()


def _common_word_name(name: str, senses: list[Sense], rules: PlaceRules) -> bool:
    """A name that is also a common word ("Bell", "Superior"). In German, where the dictionary capitalises its
    nouns and knows the names of countries and cities too, a well-known place's name does not count."""
    if not (name.isalpha() and name.istitle() and rules.common(name)):
        return False
    return not (rules.nouns_capitalised and any(well_known(s) for s in senses))


def _area(sense: Sense) -> bool:
    return sense.place.feature in ("country", "region")


def _hits(doc: Doc, gaz: Gazetteer, rules: PlaceRules) -> Iterator[NameHit]:
    """Gazetteer names in the content zones, in text order. Datelines write places in capitals ("NIAMEY, 31
    juillet —", "CHARLESTON, W.Va. --"), so those are read title-cased as well (same length, so offsets still
    point into the text); in a language whose names inflect, a name in another case is read back to the
    nominative ("в Москве" → Москва)."""
    text = doc.text
    for zone in doc.zones:
        if zone.kind in NON_CONTENT_ZONES:
            continue
        hits = gaz.find(text, zone.start, zone.end)
        capitals = [(zone.start, zone.end)] if zone.kind == "dateline" else []
        for sentence in doc.sentences:
            if zone.start <= sentence.start < zone.end and not text[sentence.start : sentence.end].isupper():
                lead = _CAPITALS_LEAD.match(text, sentence.start, sentence.end)
                lead = lead or _CAPITALS_BEFORE_STORY.match(text, sentence.start, sentence.end)
                capitals += [lead.span()] if lead else []
                capitals += [m.span() for m in _CAPITALS_BEFORE_DASH.finditer(text, sentence.start, sentence.end)]
        seen = {(h.start, h.end) for h in hits}
        for start, end in capitals:  # a dateline zone's name may also lead its sentence: read once
            new = [h for h in _title_cased_hits(text, gaz, rules, start, end) if (h.start, h.end) not in seen]
            hits += new
            seen.update((h.start, h.end) for h in new)
        hits += _in_capitals(doc, gaz, rules, zone.start, zone.end, seen)
        if rules.inflections:
            hits += _inflected(doc, gaz, rules, zone.start, zone.end, hits)
        yield from sorted(hits, key=lambda h: h.start)


def _in_capitals(doc: Doc, gaz: Gazetteer, rules: PlaceRules, start: int, end: int, seen: set) -> list[NameHit]:
    """Places in a sentence written all in capitals, as wire headlines are ("LONDRES LAMENTA…", "RIOTS IN
    DUBLIN"): the sentence read title-cased (same length, so offsets still point into the text), keeping the names
    that are not common words of the language, or that name a place every reader knows (a country, a capital, a
    large city), since every word of such a sentence looks like a name. In a sentence in mixed case, words in
    capitals are a place if they are all one name, no common word, of a place every reader knows ("…, ANTIOQUIA,
    PUEBLORRICO"): the other words in capitals there are mostly acronyms; or if they are one part of a place line
    and the part before contains them, or they contain the part after (``_place_line``)."""
    text = doc.text
    hits: list[NameHit] = []
    for sentence in doc.sentences:
        if not (start <= sentence.start < end):
            continue
        if _all_capitals(text[sentence.start : sentence.end]):
            for hit in _title_cased_hits(text, gaz, rules, sentence.start, sentence.end):
                if (hit.start, hit.end) in seen:
                    continue
                if not _common_phrase(hit.name, rules) or any(well_known(s) for s in gaz.senses(hit.name)):
                    hits.append(hit)
            continue
        wholes: list[NameHit | None] = []
        segments = []
        for words in _CAPITALS_INSIDE.finditer(text, sentence.start, sentence.end):
            if sum(c.isalpha() for c in words.group()) < _ACRONYM_LETTERS:
                continue
            segments.append(words)
            found = [h for h in _title_cased_hits(text, gaz, rules, *words.span()) if _whole(h, words)]
            wholes.append(found[0] if found and (found[0].start, found[0].end) not in seen else None)
        in_line = _place_line(text, gaz, segments, wholes, sentence.end)
        hits += [
            hit
            for k, hit in enumerate(wholes)
            if hit is not None
            and (
                k in in_line
                or (
                    not _common_phrase(hit.name, rules)
                    and any(well_known(s) and _not_an_acronym(hit.name, s) for s in gaz.senses(hit.name))
                )
            )
        ]
    return hits


def _place_line(
    text: str, gaz: Gazetteer, segments: list[re.Match[str]], wholes: list[NameHit | None], sentence_end: int
) -> set[int]:
    """The parts of a place line that are places: a line that ends a sentence in mixed case, its parts in capitals
    after a comma and separated by commas, from the largest place to the smallest ("…, ANTIOQUIA, SAN RAFAEL",
    "…, META, GRANADA"). A part is a place, common word or not, when it contains the part after it or the part
    before contains it: the pair is then settled by ``_settle_containers``."""
    line: list[int] = []
    end = sentence_end
    for k in range(len(segments) - 1, -1, -1):
        gap = _LINE_END if not line else _LINE_GAP
        if not gap.fullmatch(text, segments[k].end(), end):
            break
        line.insert(0, k)
        end = segments[k].start()
    if not line or not text[max(0, end - _LINE_OPENING_REACH) : end].rstrip().endswith(","):
        return set()
    places: set[int] = set()
    for k, j in itertools.pairwise(line):
        outer, inner = wholes[k], wholes[j]
        if outer is None or inner is None:
            continue
        if any(contains(a, b) for a in gaz.senses(outer.name) for b in gaz.senses(inner.name)):
            places.update((k, j))
    return places


def _whole(hit: NameHit, words: re.Match[str]) -> bool:
    """The name is all the words in capitals there: "NEW MIAMI" is New Miami, or nothing, but not Miami."""
    return hit.start == words.start() and hit.end >= len(words.group().rstrip(".")) + words.start()


def _not_an_acronym(name: str, sense: Sense) -> bool:
    """A word of four capitals is read as a place by the place's own name only: "IRNA" and "NISH" are an agency
    and a pronunciation, though alternate names of Salerno and Niš."""
    return len(name) > _ACRONYM_LETTERS or sense.naming != Naming.ALTERNATE


def _common_phrase(name: str, rules: PlaceRules) -> bool:
    """A name made of common words and function words only: "LOS COLONOS CORTAN…" is "the settlers", not the
    Mexican village of Los Colonos."""
    words = name.split()
    return rules.common(name) or all(rules.common(w) or w.lower() in rules.function_words for w in words)


def _title_cased_hits(text: str, gaz: Gazetteer, rules: PlaceRules, start: int, end: int) -> list[NameHit]:
    """Gazetteer names in ``text[start:end]`` read title-cased ("CHARLESTON" as "Charleston"), and also with the
    language's function words in lowercase after the first word ("VALLE DEL CAUCA" as "Valle del Cauca", "ISLE OF
    WIGHT" as "Isle of Wight"; "LOS ANGELES" still as "Los Angeles"): same length, so the hits' offsets still point
    into the text."""
    titled = text[start:end].title()
    lowered = _INNER_WORD.sub(
        lambda m: m.group().lower() if m.group().lower() in rules.function_words else m.group(), titled
    )
    renderings = {" " * start + titled, " " * start + lowered}
    return gaz.find_in_renderings(sorted(renderings), start, end)


def _all_capitals(sentence: str) -> bool:
    """Written in capitals throughout, with at least two words of letters (not an acronym on its own)."""
    return sentence.isupper() and sum(1 for word in sentence.split() if len(word) > 1 and word.isalpha()) >= 2


def _inflected(
    doc: Doc, gaz: Gazetteer, rules: PlaceRules, start: int, end: int, found: list[NameHit]
) -> list[NameHit]:
    """Capitalised words (or pairs of words) outside the names found, whose nominative is a gazetteer name."""
    taken = [(h.start, h.end) for h in found]
    tokens = [
        t for t in doc.tokens if start <= t.start < end and t.text[:1].isupper() and t.text.replace("-", "").isalpha()
    ]
    hits: list[NameHit] = []
    i = 0
    while i < len(tokens):
        pair = tokens[i : i + 2] if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end + 1 else []
        for words in (pair, tokens[i : i + 1]):
            if not words or any(a < words[-1].end and words[0].start < b for a, b in taken):
                continue
            name = next((n for n in _nominatives(words, rules) if gaz.senses(n)), None)
            if name:
                hits.append(NameHit(words[0].start, words[-1].end, name))
                i += len(words) - 1
                break
        i += 1
    return hits


def _nominatives(words: list[Token], rules: PlaceRules) -> Iterator[str]:
    """The names ``words`` may be inflected forms of, every word read back through the language's case endings."""
    for forms in itertools.product(*(_word_nominatives(w.text, rules) for w in words)):
        yield " ".join(forms)


def _word_nominatives(word: str, rules: PlaceRules) -> list[str]:
    forms = []
    for ending, nominatives in rules.inflections:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms += [word[: -len(ending)] + nominative for nominative in nominatives]
    return [*forms, word]


def _never_a_place(name: str, rules: PlaceRules) -> bool:
    return (
        name in rules.not_places
        or name.lower() in rules.calendar_words
        or name.lower() in rules.function_words
        or bool(rules.demonyms.word(name))
    )


def _only_a_place_fits(doc: Doc, i: int | None, rules: PlaceRules) -> bool:
    """Right after a place cue written in lowercase and closing its phrase, where a common word that is also a
    town's name can only be the town: "stabbed in Independence", not "Independence Day" nor a title-case headline
    ("Man Dies In Mobile Home Fire")."""
    if i is None or i == 0 or not doc.tokens[i - 1].text.islower():
        return False
    return _cue_ends_at(doc.tokens, i, rules.place_cues) and _closes_phrase(doc, i, rules)


def _last_token(tokens: list[Token], i: int, end: int) -> int:
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].start < end:
        j += 1
    return j


def _after_a_name(doc: Doc, hit: NameHit, i: int, rules: PlaceRules) -> bool:
    """Right after a title or a first name ("Sen. Jackson", "Raquel Henry"): a surname here, maybe elsewhere."""
    if i == 0:
        return False
    tokens = doc.tokens
    words = doc.text[max(0, hit.start - 80) : hit.start].split()[-4:]
    if any(" ".join(words[-n:]) in rules.person_titles for n in range(1, len(words) + 1)):
        return True
    before = tokens[i - 1]
    if before.text == "." and i >= 2 and _initial(tokens[i - 2]) and tokens[i - 2].end == before.start:
        return True  # "Derek D. Moore"
    gap, surface = doc.text[before.end : hit.start], doc.text[hit.start : hit.end]
    if " " not in hit.name and before.lower not in rules.function_words and _given_and_surname(gap, before, surface):
        return True  # "Mitch Lewis": both common words, but a frequent given name and a frequent surname
    return _glued_name_part(gap, before, surface, rules)


def _initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _before_a_name(doc: Doc, hit: NameHit, last: int, rules: PlaceRules) -> bool:
    """Right before another proper name: a first name or a club ("Paris Hilton", "Paris Saint-Germain")."""
    if last + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[last + 1]
    if _initial(after) and last + 2 < len(doc.tokens) and doc.tokens[last + 2].text == ".":
        return after.start == hit.end + 1  # a first name before a middle initial: "Terry A. Corbin"
    gap, surface = doc.text[hit.end : after.start], doc.text[hit.start : hit.end]
    place_or_date = (
        after.text in rules.feature_after or after.lower in rules.place_nouns or after.lower in rules.calendar_words
    )
    if not place_or_date and _given_and_surname(gap, after, surface, given_first=True):
        return True  # "George Bush", "Mary Wheeler", but "Lincoln County", "Austin Police", "Alexandria Friday"
    return _glued_name_part(gap, after, surface, rules)


def _given_and_surname(gap: str, neighbour: Token, surface: str, given_first: bool = False) -> bool:
    """The name and its capitalised neighbour one space away read as a frequent given name and a frequent
    surname (see ``personal_names``), the name being the given name if ``given_first``, else the surname."""
    if not _capitalised_neighbour(gap, neighbour, surface):
        return False
    return person_name(surface, neighbour.text) if given_first else person_name(neighbour.text, surface)


def _before_a_word_of_a_name(doc: Doc, hit: NameHit, last: int, rules: PlaceRules) -> bool:
    """Right before a capitalised word that is not a place noun ("Central Asian", but "Mobile County")."""
    if last + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[last + 1]
    neighbour = _capitalised_neighbour(doc.text[hit.end : after.start], after, doc.text[hit.start : hit.end])
    return neighbour and after.lower not in rules.place_nouns


def _after_a_word(doc: Doc, i: int, sentence_starts: set[int], rules: PlaceRules) -> bool:
    """Right after a capitalised word that does not open its sentence and does not qualify places ("North
    London"): inside a longer title-case name."""
    if i == 0:
        return False
    before, token = doc.tokens[i - 1], doc.tokens[i]
    if before.start in sentence_starts or before.text in rules.not_places or before.lower in rules.place_nouns:
        return False
    return _capitalised_neighbour(doc.text[before.end : token.start], before, token.text)


def _first_letter(text: str, start: int, end: int) -> int:
    """Offset of the first letter or digit in ``text[start:end]``, -1 if none."""
    match = _WORD_CHARACTER.search(text, max(0, start), end)
    return match.start() if match else -1


def _capitalised_neighbour(gap: str, token: Token, surface: str) -> bool:
    """A capitalised word one space away, in the same case style as the name (not a dateline in capitals)."""
    return gap in {" ", "\u00a0"} and token.text[:1].isupper() and surface.isupper() == token.text.isupper()


def _glued_name_part(gap: str, token: Token, surface: str, rules: PlaceRules) -> bool:
    """A capitalised neighbour one space away that is a proper noun, not a common noun: a name's other part.

    Common nouns are spared, so organisations named after a place ("Alexandria Police", "Minnesota Department of
    Transportation") and title-case headlines keep the place; so are weekdays and months ("Sunday Alexandria
    Police went…"). A neighbour in another case style (a dateline in capitals: "WASHINGTON Barack Obama") is not
    glued either.
    """
    if not _capitalised_neighbour(gap, token, surface) or not token.text.replace("-", "").isalpha():
        return False
    return token.lower not in rules.calendar_words and not rules.common(token.text)


def _speaks(tokens: list[Token], last: int, rules: PlaceRules) -> bool:
    """The subject of a reporting verb is a person, unless a capital stands for its government: "Moore said",
    "Moore told reporters"."""
    return last + 1 < len(tokens) and tokens[last + 1].lemma in rules.reporting_verbs


def _names_a_feature(tokens: list[Token], i: int, last: int, rules: PlaceRules) -> bool:
    """The name of a street, a river or a building rather than of the town: "Dublin Road", "rue de Paris". Only
    particles and articles stand between the feature word and the name: in "Avalon Boulevard in Los Angeles" the
    town is not the boulevard's name."""
    if last + 1 < len(tokens) and tokens[last + 1].text in rules.feature_after:
        return True
    k = i - 1
    while k >= 0 and (tokens[k].lower in rules.street_particle_words or tokens[k].lower in rules.definite):
        k -= 1
    return k >= 0 and tokens[k].lower in rules.feature_before


def _heads_a_longer_name(text: str, hit: NameHit, senses: list[Sense], rules: PlaceRules) -> bool:
    """A name no reader knows as a place opens a longer one: a saint's name before a possessive and another
    name ("St. Michael's Hospital" is not Saint Michael, Minnesota), or a name before a particle and another name
    ("Stade de France" is not Stade, Lower Saxony)."""
    if any(well_known(s) for s in senses):
        return False  # "St. Petersburg's Pulkovo airport"
    first = hit.name.split()[0]
    if " " in hit.name and first in rules.person_titles and _POSSESSIVE_BEFORE_NAME.match(text, hit.end):
        return True
    return any(
        re.match(rf" {re.escape(particle)} ?{CAPITAL}", text[hit.end : hit.end + len(particle) + 3])
        for particle in rules.street_particles
    )


def _before_a_region_adjective(tokens: list[Token], last: int, rules: PlaceRules) -> bool:
    """Right before a continent's adjective, a name is part of a compound adjective ("South East Asian")."""
    return last + 1 < len(tokens) and tokens[last + 1].text in rules.region_adjectives


def _after_locative(tokens: list[Token], i: int, rules: PlaceRules) -> bool:
    """Introduced as a place: "in Geneva", "à Kaboul", "près de la ville de Mossoul"; a place noun written with a
    capital is the start of another name ("at City Hall")."""
    k = i
    while k > 0 and (tokens[k - 1].lower in rules.definite or _place_noun_in_lowercase(tokens[k - 1], rules)):
        if _cue_ends_at(tokens, k, rules.locative):
            return True
        k -= 1
    return _cue_ends_at(tokens, k, rules.locative)


def _place_noun_in_lowercase(token: Token, rules: PlaceRules) -> bool:
    """A place noun as a common noun is written: in lowercase, or capitalised where every noun is (German)."""
    return token.lower in rules.place_nouns and (token.text == token.lower or rules.nouns_capitalised)


def _closes_phrase(doc: Doc, last: int, rules: PlaceRules) -> bool:
    """The name ends its noun phrase: punctuation, a function word or a date follows, not a noun it qualifies ("in
    Olympic record time", "in Wal-Mart stores", "in Abbas's detention centres")."""
    if last + 1 >= len(doc.tokens):
        return True
    after = doc.tokens[last + 1]
    if after.text[:1] in _PHRASE_GLUE:
        return False
    return not after.text[:1].isalnum() or after.lower in rules.function_words or after.lower in rules.calendar_words


def _cue_ends_at(tokens: list[Token], k: int, cues: Collection[tuple[str, ...]]) -> bool:
    """One of ``cues`` ends right before token k."""
    return _phrase_ending_at(tokens, k, cues) is not None


def _phrase_ending_at(tokens: list[Token], k: int, phrases: Collection[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (three words at most) that ends right before token k, if any."""
    for size in (3, 2, 1):
        phrase = tuple(t.lower for t in tokens[k - size : k]) if k - size >= 0 else ()
        if phrase in phrases:
            return phrase
    return None


def _settle_containers(text: str, found: list[Toponym]) -> None:
    """A place followed by its container ("Paris, Texas", "Ivanovo (Russie)"), or in capitals after it as place
    lines write them ("…, ANTIOQUIA, SAN RAFAEL"), keeps only the pair of senses that fit together, the most
    prominent pair if several do; both names are then settled."""
    for a, b in itertools.pairwise(found):
        if not _QUALIFIER_GAP.fullmatch(text, a.end, b.start):
            continue
        pairs = [(sa, sb) for sa in a.senses for sb in b.senses if contains(sb, sa)]
        if pairs:
            best_a, best_b = _most_prominent(pairs)
            if _demotes_known_place(a, best_a) and not _QUALIFIER_END.match(text, b.end):
                continue  # "in Russia, U.S. officials said" names no Russia in the U.S.
            _settle(a, best_a, b, best_b)
        elif _QUALIFIER_END.match(text, b.end) and (state := _state_of_an_unlisted_town(a, b)):
            _settle(a, _unlisted_town(a, state), b, state)
        elif text[a.start : a.end].isupper() and text[b.start : b.end].isupper():
            outer = [(sa, sb) for sa in a.senses for sb in b.senses if contains(sa, sb)]
            if outer:  # a place line in capitals, the container first: "…, ANTIOQUIA, SAN RAFAEL"
                best_a, best_b = _most_prominent(outer)
                _settle(a, best_a, b, best_b)


def _most_prominent(pairs: list[tuple[Sense, Sense]]) -> tuple[Sense, Sense]:
    """The pair of senses a reader thinks of first, of those that fit together."""
    return max(pairs, key=lambda pair: prominence(pair[0]) + prominence(pair[1]))


def _settle(a: Toponym, sense_a: Sense, b: Toponym, sense_b: Sense) -> None:
    """Two names that settle each other keep one sense each, as qualified names do."""
    a.senses, b.senses = [sense_a], [sense_b]
    a.qualified = b.qualified = True


def _settle_neighbours(doc: Doc, token_at: dict[int, int], found: list[Toponym], rules: PlaceRules) -> None:
    """Two names linked by a nearby cue ("Kingston, south of Brisbane", "the Cincinnati suburb of West Chester")
    are the pair of towns that lie close to each other (within ``NEARBY_KM``, or about as far apart as the text
    says: "20 km south of"), one of them what its name means first (the landmark), the most prominent pair
    if several do: Kingston, Queensland, not Kingston, Jamaica. Both names are then settled. A name that means a
    state or a country first, or that qualifies a noun ("near the New York border"), is no landmark."""
    if not rules.nearby_cues:
        return
    tokens = doc.tokens
    for a, b in itertools.pairwise(found):
        i, k = token_at.get(a.start), token_at.get(b.start)
        if a.qualified or i is None or k is None:
            continue
        span = _nearby_span(tokens, _last_token(tokens, i, a.end) + 1, k, rules)
        if span is None or not _closes_phrase(doc, _last_token(tokens, k, b.end), rules):
            continue
        first_a, first_b = _first_sense(a), _first_sense(b)
        if any(first is None or first.place.feature != "city" for first in (first_a, first_b)):
            continue
        pairs = [
            (sa, sb)
            for sa in a.senses
            for sb in b.senses
            if sa.place.feature == sb.place.feature == "city"
            and (sa is first_a or sb is first_b)
            and _apart(sa.place, sb.place, span)
        ]
        if pairs:
            best_a, best_b = _most_prominent(pairs)
            _settle(a, best_a, b, best_b)
        elif span.stated is None or span.stated <= _AT_LANDMARK_KM:
            _place_at_landmark(a, b, first_a, first_b)


def _place_at_landmark(a: Toponym, b: Toponym, first_a: Sense, first_b: Sense) -> None:
    """Of two names linked by a nearby cue, a town the gazetteer does not list near the other, a place every reader
    knows, is put at that landmark's point: West Chester in "the Cincinnati suburb of West Chester" (not listed in
    Ohio) is not West Chester, Pennsylvania, 756 km away. The town keeps its own name as a locality."""
    for town, landmark, first in ((a, b, first_b), (b, a, first_a)):
        if well_known(first) and _a_town_name_only(town):
            _settle(town, _unlisted_town(town, first), landmark, first)
            return


def _first_sense(toponym: Toponym) -> Sense | None:
    return max(toponym.senses, key=prominence, default=None)


class _Span(NamedTuple):
    """How far apart two towns may lie, in km, and the distance the text states, if it does."""

    low: float
    high: float
    stated: float | None


def _nearby_span(tokens: list[Token], start: int, end: int, rules: PlaceRules) -> _Span | None:
    """How far apart the tokens between two names put them, if they say the second is close to the first: a comma
    at most, distance words, a number and its unit, place nouns ("about 20 miles", "a small town"), then a nearby
    cue and maybe an article. None if they say nothing of the kind."""
    k = end - 1 if end - 1 >= start and tokens[end - 1].lower in rules.definite else end
    cue = _phrase_ending_at(tokens, k, rules.nearby_cues)
    if cue is None or k - len(cue) < start:
        return None
    before = tokens[start : k - len(cue)]
    if before and before[0].text == ",":
        before = before[1:]
    stated = None
    for previous, token in zip([None, *before], before, strict=False):
        digits = previous is not None and _NUMBER.fullmatch(previous.text)
        number = parse_digits(previous.text, rules.thousands, rules.decimal) if digits else None
        if token.lower in rules.distance_units and number is not None:
            stated = number * rules.distance_units[token.lower]
        elif not (
            _NUMBER.fullmatch(token.text) or token.lower in rules.distance_words or token.lower in rules.place_nouns
        ):
            return None
    if len(before) > _DISTANCE_WORDS:
        return None
    if stated is None:
        return _Span(0.0, NEARBY_KM, None)
    if stated > NEARBY_KM:
        return None  # "186 miles southeast of": too far for a pair to stand out from chance
    return _Span(stated * (1 - _STATED_SLACK) - _STATED_KM, stated * (1 + _STATED_SLACK) + _STATED_KM, stated)


def _apart(a: PlaceRef, b: PlaceRef, span: _Span) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return span.low <= haversine_km(a.lat, a.lon, b.lat, b.lon) <= span.high


def _only_countries(toponym: Toponym) -> bool:
    return all(s.place.feature in ("country", "region") for s in toponym.senses)


def _state_of_an_unlisted_town(town: Toponym, container: Toponym) -> Sense | None:
    """The state a town names as its container when the gazetteer has no town of that name there: "Holliday,
    Missouri" (140 people, below cities500) is not Holliday, Texas. Only a town's name qualifies (no country, state
    or known city: "Russia, Ukraine", "Chicago, Texas and Ohio" are lists), and only a state or province does."""
    if not _a_town_name_only(town):
        return None
    states = [s for s in container.senses if s.place.feature == "admin1"]
    return max(states, key=prominence) if states else None


def _a_town_name_only(toponym: Toponym) -> bool:
    """The name of towns only, none a place every reader knows: a name that may be a town the gazetteer does not
    list ("Holliday", "West Chester" in Ohio), not a country, a state or a known city."""
    return all(s.place.feature == "city" and not well_known(s) for s in toponym.senses)


def _unlisted_town(town: Toponym, where: Sense | None = None) -> Sense:
    """A town the gazetteer does not list, placed at the point of its state or of the town it lies near (so
    resolved no finer than the state), or without a point when nothing says where it is ("the city of Turkey": no
    country is a city)."""
    place = placed_at(town.name, "locality", where.place if where else None)
    return Sense(-1 - where.index if where else -1, place, Naming.PRIMARY, admin2=None, capital=False)


def _settle_kinds(tokens: list[Token], token_at: dict[int, int], found: list[Toponym], rules: PlaceRules) -> None:
    """A name after a noun that says what kind of place it is ("the city of Edwardsville", "la province de Kunar")
    is introduced as a place and keeps the senses of that kind, if it has any, in all its mentions; it is settled
    when one of them is a town of 15,000 people or an administrative unit. A village still needs the article's
    support: "the village of Bujak" in a report on Somalia is no Russian village. A town named like a country only
    ("the city of Turkey", in Texas) is one the gazetteer does not list, and stays without a point. A name after a
    noun of the places inside a town (``locality``: "el barrio Buenos Aires", "la vereda San José") is a village at
    most, never the well-known place of that name, and only one in a state or county the article is about."""
    if not rules.kind_nouns:
        return
    kinds: dict[str, str] = {}
    for toponym in found:
        i = token_at.get(toponym.start)
        if toponym.qualified or i is None:
            continue
        phrase = _phrase_ending_at(tokens, i, rules.kind_nouns)
        if phrase is None:  # the name ends a local one: "el barrio Unión Victoria"
            opening = _name_opening(tokens, i)
            phrase = _phrase_ending_at(tokens, opening, rules.kind_nouns) if opening < i else None
            if phrase is None or rules.kind_nouns[phrase] != "locality":
                continue
            i = opening
        if _inside_a_name(tokens, i - len(phrase)):
            continue
        feature = rules.kind_nouns[phrase]
        if feature == "locality":
            kinds.setdefault(toponym.name, feature)
        elif any(s.place.feature == feature for s in toponym.senses) or (
            feature == "city" and _only_countries(toponym)
        ):
            kinds.setdefault(toponym.name, feature)
            toponym.introduced = True
    for toponym in found:
        if kinds.get(toponym.name) == "locality" and not toponym.qualified:
            toponym.senses = [s for s in toponym.senses if s.place.feature == "city" and not well_known(s)]
            toponym.local = True
        elif toponym.name in kinds and not toponym.qualified:
            of_kind = [s for s in toponym.senses if s.place.feature == kinds[toponym.name]]
            toponym.senses = of_kind or [_unlisted_town(toponym)]
            toponym.qualified = not of_kind or any(
                s.place.feature != "city" or s.place.population >= TOWN_POPULATION for s in of_kind
            )


def _name_opening(tokens: list[Token], i: int) -> int:
    """The first of the capitalised words that token ``i`` ends, a few at most: "Unión" for "Unión Victoria"."""
    k = i
    while k > max(0, i - _NAME_WORDS) and tokens[k - 1].text[:1].isupper():
        k -= 1
    return k


def _settle_datelines(doc: Doc, found: list[Toponym], rules: PlaceRules) -> None:
    """A dateline city without its state or country is one every reader knows, as wire style wants ("WASHINGTON",
    "LONDON", "MOSCOW"): a capital of 100,000 people or a city of a million, by its own name, whatever else the
    article names (a report from Washington about British spies is not from Washington, England); the name keeps
    that sense through the article."""
    datelines = [(z.start, z.end) for z in doc.zones if z.kind == "dateline"]
    for toponym in found:
        in_dateline = any(start <= toponym.start < end for start, end in datelines)
        if toponym.qualified or not (in_dateline or _heads_in_capitals(doc, toponym)):
            continue
        qualifier = _QUALIFIER_AFTER.match(doc.text, toponym.end)
        if qualifier and qualifier.group(1).lower() not in rules.calendar_words:
            continue  # "EDMONTON, Ky": its state, even one the gazetteer does not know, says which ("PARIS, Jan." not)
        famous = [
            s
            for s in toponym.senses
            if s.place.feature == "city"
            and s.naming == Naming.PRIMARY
            and (s.place.population >= FAMOUS_POPULATION or (s.capital and s.place.population >= KNOWN_POPULATION))
        ]
        if famous:
            toponym.senses, toponym.qualified = [max(famous, key=prominence)], True


def _inside_a_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word after another is part of a longer name: "Southern District of Ohio", "the Oakland Police
    Department of Oakland" (but "the City of Edwardsville", "Town of Groton" at a sentence's start)."""
    before = tokens[k - 1].text if k > 0 else ""
    return tokens[k].text[:1].isupper() and before[:1].isupper() and before.isalpha()


def _demotes_known_place(toponym: Toponym, sense: Sense) -> bool:
    """Reading the name as this sense would set aside a place every reader knows (a country, a capital, a city)."""
    return not well_known(sense) and any(well_known(s) for s in toponym.senses)


def _settle_repeats(found: list[Toponym]) -> None:
    """A name settled by its container once means the same place throughout the article: "Springfield, Ohio",
    then "Springfield"."""
    settled = {t.name: t.senses for t in found if t.qualified}
    for toponym in found:
        if not toponym.qualified and toponym.name in settled:
            toponym.senses, toponym.qualified = settled[toponym.name], True


def _confirm_short_forms(found: list[Toponym]) -> None:
    """Short forms stand only as a container, when the article also names the place in full or a town in it
    ("Middlesex" next to London, Ontario), or when they are dotted abbreviations no word shares ("S.C.", "W.Va.")."""
    named_in_full = {s.index for t in found for s in t.senses if s.naming != Naming.SHORT}
    counties = {
        (t.name, s.admin2) for t in found for s in t.senses if s.place.feature == "city" and s.naming != Naming.SHORT
    }
    for toponym in found:
        if toponym.qualified or _DOTTED.fullmatch(toponym.name):
            continue
        towns_around = {county for name, county in counties if name != toponym.name}
        toponym.senses = [
            s
            for s in toponym.senses
            if s.naming != Naming.SHORT or s.index in named_in_full or (s.admin2 and s.admin2 in towns_around)
        ]
