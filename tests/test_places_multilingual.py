"""places in French, Spanish, German and Russian: exonyms, inflected names, and each language's cues."""

from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import lang_data
from eventwire.model import Article, Doc
from eventwire.place_rules import place_rules
from eventwire.stages.clean import CleanStage
from eventwire.stages.places import PlacesStage
from eventwire.stages.segment import SegmentStage


def places_in(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    """(surface, name, country, feature) of each place the stage finds, for a language that may not have every
    knowledge file yet: segmented with its own rules where it has them, with English ones otherwise."""
    doc = CleanStage()(Doc(article=Article(id="t", text=text, lang=lang), lang=lang))
    try:
        doc = SegmentStage()(doc)
    except KnowledgeError:
        doc.lang = "en"
        doc = SegmentStage()(doc)
        doc.lang = lang
    doc = PlacesStage()(doc)
    return [
        (text[m.start : m.end], m.value.name, m.value.country, m.value.feature)
        for m in sorted(doc.mentions_of("place"), key=lambda m: m.start)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le ministre est arrivé à Londres puis à Pékin et à Varsovie.", ["London", "Beijing", "Warsaw"]),
        ("fr", "Des troupes ont quitté Moscou pour Alma-Ata.", ["Moscow", "Almaty"]),
        ("es", "Las tropas llegaron a Múnich y luego a Pekín.", ["Munich", "Beijing"]),
        ("es", "Hubo protestas en Londres y en Moscú.", ["London", "Moscow"]),
        ("de", "Die Polizei in München meldete Proteste, ebenso in Moskau.", ["Munich", "Moscow"]),
        ("de", "Deutschlands Regierung verhandelt mit Frankreich.", ["Germany", "France"]),
        ("ru", "Варшава и Москва подписали соглашение.", ["Warsaw", "Moscow"]),
        ("ru", "Войска прибыли в Москву, а затем в Алма-Ату.", ["Moscow", "Almaty"]),
        ("ru", "В Нижнем Новгороде и в Казахстане прошли протесты.", ["Nizhniy Novgorod", "Kazakhstan"]),
        ("ru", "Президент встретился в Нур-Султане с делегацией из Германии.", ["Astana", "Germany"]),
    ],
)
def test_places_resolve_exonyms_and_inflected_names(lang: str, text: str, expected: list[str]) -> None:
    assert [name for _surface, name, _country, _feature in places_in(text, lang)] == expected


def test_places_inflected_name_keeps_its_span() -> None:
    text = "Протесты прошли в Казахстане."
    assert places_in(text, "ru") == [("Казахстане", "Kazakhstan", "KAZ", "country")]


@pytest.mark.parametrize(
    ("lang", "text", "not_a_place"),
    [
        ("es", "El tráfico se cortó en la calle de Alcalá.", "Alcalá"),
        ("de", "Der Fluss Jordan trat über die Ufer.", "Jordan"),
        ("ru", "Лодка перевернулась на реке Днепр.", "Днепр"),
        ("fr", "Une Mercedes a été incendiée près de la gare Saint-Lazare.", "Saint-Lazare"),
    ],
)
def test_places_streets_named_after_places_are_not_those_places(lang: str, text: str, not_a_place: str) -> None:
    assert not_a_place not in {surface for surface, *_ in places_in(text, lang)}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru"])
def test_places_rules_load_for_every_language_even_with_missing_files(lang: str) -> None:
    rules = place_rules(lang)
    assert rules.locative, f"{lang}/places.yaml has no locative cues"
    assert rules.place_cues and rules.place_cues <= rules.locative, f"{lang}: place_cues must be locative cues"
    assert rules.lang == lang


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru"])
def test_places_nearby_cues_and_distances_are_well_formed(lang: str) -> None:
    data = lang_data(lang, "places")
    for key in ("nearby_cues", "distance_words"):
        assert data[key] and all(isinstance(w, str) and w == w.strip() and w for w in data[key]), f"{lang}: {key}"
    assert all(isinstance(km, float) and 0 < km < 10 for km in data["distance_units"].values()), lang
    rules = place_rules(lang)
    assert not rules.distance_words & set(rules.distance_units), f"{lang}: a unit is read with its number"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country"),
    [
        ("de", "Ein Junge starb in Kingston, etwa 20 km südlich von Brisbane.", "Kingston", "AUS"),
        ("ru", "Взрыв произошёл в Перте, к северу от Эдинбурга.", "Перте", "GBR"),  # alone, Perth is Australia's
    ],
)
def test_places_nearby_cues_in_german_and_russian(lang: str, text: str, surface: str, country: str) -> None:
    assert {s: c for s, _n, c, _f in places_in(text, lang)}.get(surface) == country


def test_places_language_without_places_file_still_runs() -> None:
    rules = place_rules("it")  # no lang/it/ folder at all: every list is empty, nothing breaks
    assert not rules.locative and not rules.inflections
