"""airport_places and airports: airports found by the word beside their name in five languages, looked up in
airportsdata, and placed at the airport, or at their town when the name does not say which airport."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.airports import airport_index, name_words
from eventwire.knowledge import lang_data, supported_languages
from eventwire.model import Article, Doc, EventLocation, Mention
from eventwire.stages.clean import CleanStage
from eventwire.stages.merge import _same_spot
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage


def places(text: str, lang: str = "en") -> list[Mention]:
    doc = CleanStage()(Doc(article=Article(id="t", text=text, lang=lang), lang=lang))
    doc.lang = lang if lang in supported_languages() else "en"
    doc = SegmentStage()(doc)
    doc.lang = lang
    return sorted(PlacesStage()(doc).mentions_of("place"), key=lambda m: m.start)


def airports(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """(surface, name) of each airport found."""
    return [(text[m.start : m.end], m.value.name) for m in places(text, lang) if m.value.feature == "airport"]


@pytest.mark.parametrize(
    ("name", "iata"),
    [
        ("Heathrow", "LHR"),  # London Heathrow Airport, without its town
        ("Toronto Pearson International", "YYZ"),
        ("Macdonald-Cartier", "YOW"),  # after the slash of "Ottawa / Macdonald-Cartier"
        ("Pierre-Elliott-Trudeau", "YUL"),
        ("JFK", "JFK"),  # the IATA code
        ("Charles de Gaulle", "CDG"),
        ("Roissy-Charles-de-Gaulle", "CDG"),  # a word of its own first: France is named
        ("Hartsfield-Jackson", "ATL"),  # some of the name's words
        ("Pulkovo 2", "LED"),  # a terminal's number
        ("Domodedovo", "DME"),
    ],
)
def test_airports_index_finds_an_airport_by_the_names_news_give_it(name: str, iata: str) -> None:
    airport = airport_index().named(name, frozenset({"FRA", "RUS"}))
    assert airport is not None and airport.iata == iata


def test_airports_index_does_not_guess_from_a_last_word_in_an_unnamed_country() -> None:
    assert airport_index().named("Smith-Jackson") is None
    assert airport_index().named("Roissy-Charles-de-Gaulle") is None


def test_airports_index_gives_a_town_its_one_airport_and_none_to_a_town_of_several() -> None:
    index = airport_index()
    assert index.serving("Kabul", 34.53, 69.17, "AFG").iata == "KBL"
    assert index.serving("Domodedovo", 55.44, 37.75, "RUS").iata == "DME"  # Ostafyevo is near too
    assert index.serving("Moscow", 55.75, 37.62, "RUS") is None  # Sheremetyevo, Vnukovo, Domodedovo


def test_airports_name_words_drop_accents_punctuation_and_generic_words() -> None:
    assert name_words("Montréal-Pierre Elliott Trudeau International Airport") == (
        "montreal",
        "pierre",
        "elliott",
        "trudeau",
    )


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        ("en", "Flights resumed at Heathrow Airport on Monday.", "Heathrow Airport", "London Heathrow Airport"),
        ("en", "Crowds gathered outside Kabul airport.", "Kabul airport", "Kabul International Airport"),
        ("en", "A rocket hit Bagram Air Base.", "Bagram Air Base", "Bagram Air Base"),
        ("en", "Man Arrested At JFK Airport", "JFK Airport", "John F Kennedy International Airport"),
        ("fr", "Des manifestants ont pris l'aéroport d'Almaty.", "aéroport d'Almaty", "Almaty International Airport"),
        (
            "fr",
            "L'aéroport international de Kaboul a fermé.",
            "aéroport international de Kaboul",
            "Kabul International Airport",
        ),
        (
            "fr",
            "Les vols ont repris à l'aéroport Charles-de-Gaulle.",
            "aéroport Charles-de-Gaulle",
            "Charles de Gaulle International Airport",
        ),
        (
            "es",
            "El avión aterrizó en el aeropuerto de Barajas.",
            "aeropuerto de Barajas",
            "Madrid Barajas International Airport",
        ),
        ("de", "Am Flughafen Tegel landeten Passagiere.", "Flughafen Tegel", "Berlin-Tegel International Airport"),
        ("de", "Der Flughafen BER wurde geschlossen.", "Flughafen BER", "Berlin Brandenburg Airport"),
        ("ru", "Бои шли у аэропорта Донецка.", "аэропорта Донецка", "Donetsk International Airport"),
        (
            "ru",
            "Самолёт из России сел в аэропорту Домодедово.",
            "аэропорту Домодедово",
            "Domodedovo International Airport",
        ),
    ],
)
def test_airports_found_by_their_feature_words(lang: str, text: str, surface: str, name: str) -> None:
    assert airports(text, lang) == [(surface, name)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The airport was closed on Sunday."),  # no name
        ("en", "Flights were delayed at Heathrow."),  # a bare name: also a village, and names are also surnames
        ("de", "Der Flughafen Betreiber sagte nichts."),  # dictionary nouns after the word, no airport of that name
        ("fr", "Les avions ont décollé des aéroports de Nur-Sultan et d'Almaty."),  # a plural: the towns stay towns
    ],
)
def test_airports_not_read_into_other_phrases(lang: str, text: str) -> None:
    assert airports(text, lang) == []


def test_airports_a_possessive_town_before_the_name_stays_a_town() -> None:
    text = "Passengers waited at Toronto's Pearson International Airport."
    assert [(text[m.start : m.end], m.value.feature) for m in places(text)] == [
        ("Toronto", "city"),
        ("Pearson International Airport", "airport"),
    ]


def test_airports_of_a_town_of_several_airports_take_the_towns_point() -> None:
    found = [m.value for m in places("The plane landed at Moscow airport.")]
    assert len(found) == 1
    moscow = places("The plane landed in Moscow.")[0].value
    assert (found[0].feature, found[0].name, found[0].country) == ("airport", "Moscow airport", "RUS")
    assert (found[0].lat, found[0].lon, found[0].admin1) == (moscow.lat, moscow.lon, moscow.admin1)


def test_airports_widen_over_a_place_their_name_cuts() -> None:
    text = "She flew to San Francisco from a New Jersey airport."
    assert ("New Jersey airport", "New Jersey airport") in airports(text)


def test_airports_road_named_after_an_airport_is_a_street() -> None:
    text = "They met on Airport Road in Springfield, Illinois."
    assert [m.value.feature for m in places(text)] == ["street", "city", "admin1"]


def test_airports_are_in_the_state_of_their_town() -> None:
    found = [m.value for m in places("Flights were cancelled at Dulles Airport.")]
    assert found[0].name == "Washington Dulles International Airport" and found[0].country == "USA"
    assert found[0].admin1 == "US.DC"  # airportsdata's town for it is Washington


def test_airports_give_the_event_its_location(run) -> None:
    text = "Security forces fired on protesters at Kabul airport on Monday, killing three people, officials said."
    event = next(e for e in run(text, lang="en", published=date(2021, 8, 20)).events if e.event == "ASSAULT")
    assert event.location.text == "Kabul airport" and event.location.resolution == "place"
    assert event.location.country == "AFG" and event.location.geonameid is None
    assert (round(event.location.lat, 2), round(event.location.lon, 2)) == (34.57, 69.21)  # not the city's point


def test_airports_are_at_the_spot_of_their_town_when_merging() -> None:
    def at(lat: float, lon: float, geonameid: int | None) -> EventLocation:
        return EventLocation(
            text="x", geonameid=geonameid, lat=lat, lon=lon, country="AFG", admin1=None, resolution="place"
        )

    kabul, airport, kandahar = at(34.53, 69.17, 1138958), at(34.57, 69.21, None), at(31.61, 65.71, None)
    assert _same_spot(airport, kabul) and not _same_spot(kandahar, kabul)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru"])
def test_airports_words_are_lists_of_strings(lang: str) -> None:
    data = lang_data(lang, "places")
    words = [*data["airports_after"], *data["airports_before"]]
    assert words and all(isinstance(w, str) and w.strip() == w and w for w in words)
