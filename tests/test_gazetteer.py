"""The compiled gazetteer: names in every supported language, admin units, points, word boundaries, the cache."""

from __future__ import annotations

import math
import pickle

import pytest

from eventwire.gazetteer import Gazetteer, GazetteerTables, Naming, default_gazetteer
from eventwire.gazetteer_sources import bounding_box_centre, plausible_alias
from eventwire.knowledge import shared_data


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("name", "place", "country"),
    [
        ("Moscou", "Moscow", "RUS"),
        ("Moscú", "Moscow", "RUS"),
        ("Moskau", "Moscow", "RUS"),
        ("Москва", "Moscow", "RUS"),
        ("Londres", "London", "GBR"),
        ("Pékin", "Beijing", "CHN"),
        ("Варшава", "Warsaw", "POL"),
        ("Varsovie", "Warsaw", "POL"),
        ("Múnich", "Munich", "DEU"),
        ("München", "Munich", "DEU"),
        ("Kiev", "Kyiv", "UKR"),
        ("Alma-Ata", "Almaty", "KAZ"),
        ("Nur-Sultan", "Astana", "KAZ"),
        ("Astana", "Astana", "KAZ"),
    ],
)
def test_gazetteer_knows_exonyms_and_historical_names(gaz: Gazetteer, name: str, place: str, country: str) -> None:
    assert (place, country) in {(p.name, p.country) for p in gaz.candidates(name)}, name


@pytest.mark.parametrize(
    ("name", "country"),
    [("Allemagne", "DEU"), ("Alemania", "DEU"), ("Deutschland", "DEU"), ("Германия", "DEU"), ("RDC", "COD")],
)
def test_gazetteer_names_countries_in_every_language(gaz: Gazetteer, name: str, country: str) -> None:
    assert any(p.feature == "country" and p.country == country for p in gaz.candidates(name))


def test_gazetteer_has_first_level_units_of_every_country_with_points(gaz: Gazetteer) -> None:
    texas = gaz.admin("US.TX")
    assert texas is not None and texas.feature == "admin1" and texas.country == "USA"
    assert km(texas.lat, texas.lon, 31.0, -99.5) < 200  # the middle of Texas, from general knowledge
    bavaria = {(p.name, p.admin1) for p in gaz.candidates("Bavaria") if p.feature == "admin1"}
    assert ("Bayern", "DE.02") in bavaria
    assert any(p.feature == "admin1" and p.country == "RUS" for p in gaz.candidates("Dagestan"))
    assert texas.population > 10_000_000  # the sum of its towns: a state is as prominent as its people


def test_gazetteer_has_counties_whose_short_names_need_context(gaz: Gazetteer) -> None:
    laurel = [s for s in gaz.senses("Laurel County") if s.place.feature == "admin2"]
    assert [(s.place.admin1, s.naming) for s in laurel] == [("US.KY", Naming.PRIMARY)]
    short = [s for s in gaz.senses("Laurel") if s.index == laurel[0].index]
    assert short and short[0].naming == Naming.SHORT
    london_ky = [s for s in gaz.senses("London") if s.place.admin1 == "US.KY"]
    assert london_ky and london_ky[0].admin2 == laurel[0].admin2  # London, Kentucky, lies in Laurel County


def test_gazetteer_state_abbreviations_are_short_forms(gaz: Gazetteer) -> None:
    for abbreviation, code in [("Ky.", "US.KY"), ("W.Va.", "US.WV"), ("D.C.", "US.DC"), ("Ont.", "CA.08")]:
        senses = [s for s in gaz.senses(abbreviation) if s.place.feature == "admin1"]
        assert [(s.place.admin1, s.naming) for s in senses] == [(code, Naming.SHORT)], abbreviation
    assert all(gaz.admin(code) for code in shared_data("admin_abbreviations")["admin_abbreviations"])


def test_gazetteer_points_countries_and_continents_where_maps_do(gaz: Gazetteer) -> None:
    usa = gaz.country("USA")
    assert usa is not None and km(usa.lat, usa.lon, 39.83, -98.58) < 1  # data/country_points.yaml
    kazakhstan = gaz.country("KAZ")
    assert kazakhstan is not None and kazakhstan.geonameid == 1522867
    africa = [p for p in gaz.candidates("Africa") if p.feature == "region"]
    assert africa and africa[0].geonameid == 6255146  # the GeoNames continent, with its point
    assert gaz.capitals[next(p.geonameid for p in gaz.candidates("Astana") if p.feature == "city")] == "KAZ"


def test_gazetteer_every_entry_can_be_put_on_a_map(gaz: Gazetteer) -> None:
    unplaced = [i for i in range(len(gaz)) if gaz.place(i).lat is None]
    assert len(gaz) > 200_000
    assert all(gaz.place(i).feature in ("region", "country") for i in unplaced)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Protests in Almaty, then in Nur-Sultan.", ["Almaty", "Nur-Sultan"]),
        ("Almatyville and Kazakhstani officials", []),  # no place glued inside a longer word
        ("Le pouvoir kazakh a parlé.", []),  # matching is case-sensitive
        ("Atlanta-area calls and NATO-Russia talks", ["Atlanta", "Russia"]),
        ("Jean-Yves Le Drian", []),  # a hyphen glues a name to a first name
        ("in Fargo-Moorhead on Friday", ["Fargo", "Moorhead"]),
        ("Встреча в Алма-Ате и Москва", ["Москва"]),  # inflected forms are for the places stage
        ("Moscou, Múnich, Варшава.", ["Moscou", "Múnich", "Варшава"]),
    ],
)
def test_gazetteer_finds_names_on_word_boundaries(gaz: Gazetteer, text: str, names: list[str]) -> None:
    assert [hit.name for hit in gaz.find(text)] == names


def test_gazetteer_longest_name_wins(gaz: Gazetteer) -> None:
    assert [h.name for h in gaz.find("They flew to New York City and Kansas City.")] == ["New York City", "Kansas City"]


def test_gazetteer_tables_round_trip_through_the_cache_format(gaz: Gazetteer, tmp_path) -> None:
    stale = tmp_path / "gazetteer-0123456789abcdef.pickle"
    stale.write_bytes(b"an index of an earlier version")
    path = tmp_path / "gazetteer-fedcba9876543210.pickle"
    gaz.save(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # earlier versions' indexes are removed
    with path.open("rb") as handle:
        tables = pickle.load(handle)
    assert isinstance(tables, GazetteerTables)
    again = Gazetteer(tables)
    assert len(again) == len(gaz)
    assert again.candidates("Nur-Sultan") == gaz.candidates("Nur-Sultan")


def test_gazetteer_bounding_box_centre_crosses_the_antimeridian() -> None:
    assert bounding_box_centre([(10.0, 20.0), (20.0, 40.0)]) == (15.0, 30.0)
    lat, lon = bounding_box_centre([(51.0, 179.0), (52.0, -179.0), (60.0, -150.0)])
    assert lat == 55.5 and (lon > 175 or lon < -160)


@pytest.mark.parametrize(
    ("alias", "kept"),
    [("Nur-Sultan", True), ("Алма-Ата", True), ("NQZ", False), ("ala", False), ("阿拉木图", False)],
)
def test_gazetteer_keeps_alternate_names_in_news_scripts(alias: str, kept: bool) -> None:
    assert plausible_alias(alias) is kept
