"""Telephone numbers as clues to where an article is (phone_clues)."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import default_gazetteer
from eventwire.model import Article, Doc, Zone
from eventwire.phone_clues import phone_places


def _places(text: str, zone: str = "body") -> list[tuple[str, str | None, str]]:
    doc = Doc(article=Article(id="t", text=text, lang="en"), lang="en", zones=[Zone(0, len(text), zone)])
    return [(s.place.country or "", s.place.admin1, s.place.feature) for s in phone_places(doc, default_gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 519-661-5670.", ("CAN", "CA.08", "city")),  # London, ON
        ("Call (304) 399-6500.", ("USA", "US.WV", "city")),  # Huntington, WV
        ("Call 304.766.3413.", ("USA", "US.WV", "admin1")),  # the prefix names only the state
        ("Appelez le +33 1 42 68 53 00.", ("FRA", "FR.11", "city")),  # Paris, with its country code
    ],
)
def test_phone_a_number_names_the_place_of_its_prefix(text: str, expected: tuple) -> None:
    assert _places(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Call Crime Stoppers at 1-800-222-8477.",  # toll-free: no place
        "Appelez le 01 42 68 53 00.",  # another plan's number without its country code
        "The vote was 2009-04-15 1234.",  # a date and a number
        "Call 555-123-4567.",  # not a valid number
    ],
)
def test_phone_numbers_that_name_no_place_give_none(text: str) -> None:
    assert _places(text) == []


def test_phone_numbers_outside_the_content_count_for_nothing() -> None:
    assert _places("Contact the newsroom at 519-661-5670.", zone="furniture") == []
