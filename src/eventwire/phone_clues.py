"""Where an article's telephone numbers ring: a clue to where the article is.

Local news prints local numbers ("call London police at 519-661-5670", "the Edwards Cancer Center in Huntington at
304-399-6500"), and a number's area code says where it is: 519 is south-western Ontario, 304 West Virginia. A reader
of the London Free Press knows which London is meant without the word "Ontario"; the number tells eventwire too.
The numbering plans and the places of their area codes come from phonenumbers (Google's libphonenumber data,
Apache 2.0), offline. A number counts only if it is valid in its plan and its prefix names a place; toll-free and
mobile numbers name none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from eventwire.gazetteer import Gazetteer, Sense
from eventwire.gazetteer_sources import iso3_by_alpha2
from eventwire.model import Doc
from eventwire.place_resolution import prominence
from eventwire.street_places import content_matches

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

#: What a telephone number looks like in print: an optional +country code, then groups of digits separated by
#: spaces, dots or hyphens, the first maybe in parentheses ("(304) 399-6500", "519-661-5670", "+33 1 42 68 53 00").
_NUMBER = re.compile(
    r"(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\) ?|\d{1,4}[ .-])\d{2,4}(?:[ .-]\d{2,4}){1,3}(?![\w.-]*\d)"
)
#: The plan a number without its country code is read in: the North American one, whose ten-digit numbers
#: local news print bare; other plans' numbers count only with their +country code.
_HOME_PLAN = "US"
#: The clues of one article: a newsroom prints a few numbers at most.
_MOST_NUMBERS = 10


def phone_places(doc: Doc, gaz: Gazetteer) -> Iterator[Sense]:
    """The place of each telephone number in the article's content zones whose area code names one."""
    import phonenumbers  # on first use, not with eventwire: a command that reads no article never pays for it

    seen: set[str] = set()
    for match in content_matches(doc, (_NUMBER,)):
        digits = re.sub(r"\D", "", match.group())
        if digits in seen or len(seen) >= _MOST_NUMBERS:
            continue
        seen.add(digits)
        try:
            number = phonenumbers.parse(match.group(), _HOME_PLAN)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            sense = _place_of(number, gaz)
            if sense is not None:
                yield sense


def _place_of(number: PhoneNumber, gaz: Gazetteer) -> Sense | None:
    """The gazetteer entry of the place a number's prefix names ("Huntington, WV", "Ontario", "Paris"), in the
    country of its plan; a US state's postal code picks the town among namesakes (GeoNames' US admin1 codes are
    those postal codes)."""
    import phonenumbers
    from phonenumbers import geocoder  # loads its index of prefix places (0.24 s) when a first number is found

    country = _iso3().get(phonenumbers.region_code_for_number(number) or "")
    description = geocoder.description_for_number(number, "en")
    if not country or not description:
        return None
    name, _comma, state = description.partition(", ")
    senses = [
        s for s in gaz.senses(name) if s.place.country == country and s.place.feature in ("city", "admin1", "admin2")
    ]
    in_state = [s for s in senses if state and (s.place.admin1 or "").endswith("." + state)]
    return max(in_state or senses, key=prominence, default=None)


@functools.cache
def _iso3() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes (as the numbering plans give them) to eventwire's alpha-3 ones, read once."""
    return iso3_by_alpha2()
