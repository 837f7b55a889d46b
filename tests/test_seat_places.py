"""seat_places: a seat of power after a place cue is where something happens, placed at the town it stands in; without
the cue it stays the institution the actors stage reads."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.gazetteer import default_gazetteer
from eventwire.knowledge import lang_data, shared_data
from eventwire.model import Article, Doc, Mention
from eventwire.stages.clean import CleanStage
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage


def places(text: str, lang: str = "en") -> list[Mention]:
    doc = SegmentStage()(CleanStage()(Doc(article=Article(id="t", text=text, lang=lang), lang=lang)))
    return sorted(PlacesStage()(doc).mentions_of("place"), key=lambda m: m.start)


def seats(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    return [
        (text[m.start : m.end], m.value.name, m.value.country) for m in places(text, lang) if m.value.feature == "seat"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Biden met Scholz at the White House on Monday.", ("White House", "White House", "USA")),
        ("en", "Hundreds protested outside the Kremlin.", ("Kremlin", "Kremlin", "RUS")),
        ("fr", "Le président a reçu son homologue à l'Élysée lundi.", ("Élysée", "Élysée", "FRA")),
        ("fr", "Des manifestants se sont rassemblés devant le Kremlin.", ("Kremlin", "Kremlin", "RUS")),
        ("es", "El presidente recibió a su homólogo en la Casa Rosada.", ("Casa Rosada", "Casa Rosada", "ARG")),
    ],
)
def test_seats_after_a_place_cue_are_places(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert seats(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Kremlin said talks would continue."),  # the government speaking
        ("en", "A letter to the White House was sent on Monday."),  # addressed to it
        ("en", "The bill has strong support in Congress."),  # a legislature named like its body has no seat
        ("fr", "Une déclaration du Kremlin a été publiée."),
    ],
)
def test_seats_without_a_place_cue_are_not_places(lang: str, text: str) -> None:
    assert seats(text, lang) == []


def test_seats_are_at_the_point_of_their_town() -> None:
    seat = next(m.value for m in places("They met at the Kremlin."))
    moscow = places("They met in Moscow.")[0].value
    assert (seat.lat, seat.lon, seat.admin1, seat.geonameid) == (moscow.lat, moscow.lon, moscow.admin1, None)
    assert seat.resolution == "place"


def test_seats_give_the_event_its_location(run) -> None:
    text = "President Biden met Chancellor Scholz at the White House on Monday."
    event = next(e for e in run(text, lang="en", published=date(2022, 2, 8)).events if e.event == "CONSULT")
    assert event.location.text == "White House" and event.location.country == "USA"
    assert event.location.admin1 == "US.DC"


def test_seats_each_stand_in_a_town_of_their_country() -> None:
    gaz = default_gazetteer()
    for entry in shared_data("metonyms")["metonyms"]:
        if "seat" in entry:
            towns = [s for s in gaz.senses(entry["seat"]) if s.place.country == entry["country"]]
            assert any(s.place.feature == "city" for s in towns), entry["name"]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru"])
def test_seats_cues_are_a_list_of_strings(lang: str) -> None:
    cues = lang_data(lang, "places")["seat_cues"]
    assert isinstance(cues, list) and all(isinstance(c, str) and c.strip() == c and c for c in cues)
