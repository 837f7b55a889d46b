"""street_places: streets, roads and squares found by their feature words in five languages, and located at the town
the article puts them in."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.knowledge import supported_languages
from eventwire.model import Article, Doc, Mention
from eventwire.stages.clean import CleanStage
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage


def places(text: str, lang: str = "en") -> list[Mention]:
    """Place mentions of the places stage, on text segmented by the language's rules, by English ones for a language
    that has place knowledge but no segmentation rules yet (German, Russian)."""
    doc = CleanStage()(Doc(article=Article(id="t", text=text, lang=lang), lang=lang))
    doc.lang = lang if lang in supported_languages() else "en"
    doc = SegmentStage()(doc)
    doc.lang = lang
    return sorted(PlacesStage()(doc).mentions_of("place"), key=lambda m: m.start)


def streets(text: str, lang: str = "en") -> list[str]:
    return [text[m.start : m.end] for m in places(text, lang) if m.value.feature == "street"]


def town_of(text: str, street: str, lang: str = "en") -> tuple[str | None, str | None, float | None]:
    """(country, admin1, latitude) of the street."""
    found = [m for m in places(text, lang) if text[m.start : m.end] == street]
    assert found, f"{street!r} not found in {text!r}"
    place = found[0].value
    return place.country, place.admin1, place.lat


def point_of(text: str, name: str, lang: str = "en") -> tuple[float | None, float | None]:
    found = [m.value for m in places(text, lang) if text[m.start : m.end] == name]
    assert found, f"{name!r} not found in {text!r}"
    return found[0].lat, found[0].lon


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A man was shot on Hutcheson Road on Sunday.", ["Hutcheson Road"]),
        ("en", "Crews shut Northwest 34th Street and E. Broad St.", ["Northwest 34th Street", "E. Broad St."]),
        ("en", "Traffic on Interstate 45, I-95 and Highway 19 was halted.", ["Interstate 45", "I-95", "Highway 19"]),
        ("en", "Protesters filled Tahrir Square again.", ["Tahrir Square"]),
        ("en", "Witnesses saw the gunmen on Boulevard Voltaire.", ["Boulevard Voltaire"]),
        ("fr", "Ils ont défilé boulevard Voltaire et rue de la Paix.", ["boulevard Voltaire", "rue de la Paix"]),
        ("fr", "La police a bloqué l'avenue des Champs-Élysées.", ["avenue des Champs-Élysées"]),
        ("es", "Marcharon por la calle de Alcalá hasta la plaza de Cibeles.", ["calle de Alcalá", "plaza de Cibeles"]),
        ("de", "Sie zogen über die Friedrichstraße und die Karl-Marx-Allee.", ["Friedrichstraße", "Karl-Marx-Allee"]),
        ("ru", "Митинг прошёл на проспекте Мира и на улице Ленина.", ["проспекте Мира", "улице Ленина"]),
    ],
)  # fmt: skip
def test_streets_found_by_their_feature_words(lang: str, text: str, expected: list[str]) -> None:
    assert streets(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Supreme Court ruled on Monday and the United Way gave money."),  # courts and charities
        ("en", "He flew to St. Louis and climbed Mount St. Helens."),  # saints, not "St." streets
        ("en", "The U.S. 2020 election was close, and the Street was empty."),  # a year, a feature word alone
        ("fr", "À la place de Macron, le Premier ministre a parlé au Quai d'Orsay."),  # "instead of", a ministry
        ("fr", "Elle a pris la rue sans rien dire."),  # no name after the feature word
        ("de", "Der Arbeitsplatz ist sicher."),  # a dictionary word, not a square
    ],
)
def test_streets_not_read_into_other_phrases(lang: str, text: str) -> None:
    assert streets(text, lang) == []


def test_streets_title_case_headline_keeps_only_the_name() -> None:
    assert streets("Man Shot On Main Street In Dayton") == ["Main Street"]


def test_streets_are_located_at_the_town_of_their_sentence() -> None:
    text = "Police in Springfield, Ohio, closed Hutcheson Road after the shooting."
    assert town_of(text, "Hutcheson Road")[:2] == ("USA", "US.OH")
    assert point_of(text, "Hutcheson Road") == point_of(text, "Springfield")


def test_streets_are_located_at_the_dateline_town_when_their_sentence_names_none() -> None:
    text = "DAYTON, Ohio (AP) — A fire broke out downtown.\n\nFirefighters closed Main Street for two hours."
    assert point_of(text, "Main Street") == point_of(text, "DAYTON")


def test_streets_are_located_at_the_town_named_before_them_without_a_dateline() -> None:
    text = "The fire started in Toledo, Ohio, on Friday.\n\nFirefighters closed Main Street for two hours."
    assert point_of(text, "Main Street") == point_of(text, "Toledo")


def test_streets_in_an_article_that_names_no_town_have_no_point() -> None:
    assert town_of("Firefighters closed Main Street for two hours.", "Main Street") == (None, None, None)


def test_streets_numbered_roads_of_a_state_or_county_are_located_there() -> None:
    text = "The crash on Florida Highway 60 closed lanes, officials in Atlanta said."
    assert town_of(text, "Florida Highway")[:2] == ("USA", "US.FL")  # not Atlanta, Georgia


def test_streets_named_after_a_state_are_in_their_town() -> None:
    text = "Thousands marched down Michigan Avenue in Chicago."
    assert town_of(text, "Michigan Avenue")[:2] == ("USA", "US.IL")  # not at Michigan's point


def test_streets_hide_the_town_they_are_named_after() -> None:
    assert [m.value.feature for m in places("He lived on Dublin Road in Columbus, Ohio.")] == [
        "street",
        "city",
        "admin1",
    ]


def test_streets_give_the_event_its_location(run) -> None:
    text = "A man was shot dead on Hutcheson Road in Springfield, Ohio, on Sunday night, police said."
    event = next(e for e in run(text, lang="en", published=date(2016, 12, 5)).events if e.event == "ASSAULT")
    assert event.location.text == "Hutcheson Road" and event.location.resolution == "place"
    assert event.location.country == "USA" and event.location.admin1 == "US.OH"
