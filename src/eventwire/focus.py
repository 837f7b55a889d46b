"""The article's focus country: the country it is mostly about.

Unqualified domestic actors ("les autorités", "the police") and events without a place of their own belong to it,
which is how a reader resolves them too. A dateline ("NIAMEY, 31 juillet —") and the place a headline opens with
("Niger : des manifestants…") say it most plainly; other places in the headline count double, places in the body
once, nationalities half. A country named in the body without a preposition of place before it ("les États-Unis
ont affirmé") is mostly an actor, not where things happen: it counts half too.
"""

from __future__ import annotations

import bisect
from collections import Counter

from eventwire.eventlex import EventLexicon, event_lexicon
from eventwire.model import ActorRef, Doc, Mention, PlaceRef

_DATELINE, _HEADLINE_FIRST, _HEADLINE, _BODY, _NATIONALITY, _BARE_COUNTRY = 3.0, 3.0, 2.0, 1.0, 0.5, 0.5


def _introduced(doc: Doc, starts: list[int], mention: Mention, lex: EventLexicon) -> bool:
    """Whether a place is introduced as where something is ("en Syrie", "dans le pays"), articles skipped."""
    articles = lex.definite & lex.determiners
    k = bisect.bisect_left(starts, mention.start) - 1
    while k >= 0 and doc.tokens[k].lower in articles:
        k -= 1
    return k >= 0 and doc.tokens[k].lower in lex.location_prepositions


def focus_country(doc: Doc) -> str | None:
    counts: Counter[str] = Counter()
    lex = event_lexicon(doc.lang or "en")
    starts = [token.start for token in doc.tokens]
    first_in_title: set[int] = set()
    for mention in sorted(doc.mentions_of("place"), key=lambda m: m.start):
        if doc.zone_at(mention.start) == "title":
            first_in_title.add(mention.start)
            break
    for mention in doc.mentions:
        value = mention.value
        zone = doc.zone_at(mention.start)
        if isinstance(value, PlaceRef) and value.country:
            if zone == "dateline":
                weight = _DATELINE
            elif mention.start in first_in_title:
                weight = _HEADLINE_FIRST
            else:
                weight = _HEADLINE if zone == "title" else _BODY
                bare = not _introduced(doc, starts, mention, lex)
                if zone != "title" and value.feature == "country" and bare:
                    weight = _BARE_COUNTRY
            counts[value.country] += weight
        elif isinstance(value, ActorRef) and value.kind == "demonym" and value.country:
            counts[value.country] += _NATIONALITY
    countries = [(n, c) for c, n in counts.items() if len(c) == 3 and c.isalpha()]
    return max(countries)[1] if countries else None
