"""places: toponyms recognised and resolved offline, in context; false toponyms refused."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import default_gazetteer


def places(run, text: str, lang: str) -> dict[str, tuple[str, str | None, str]]:
    doc = run(text, lang=lang)
    return {text[m.start : m.end]: (m.value.name, m.value.country, m.value.feature) for m in doc.mentions_of("place")}


def test_places_kazakhstan_example_sentences(run) -> None:
    found = places(
        run,
        "Les forces russes, le 14 janvier 2022, à leur arrivée à Ivanovo (Russie). Quatre avions ont décollé des "
        "aéroports de Nur-Sultan et d'Almaty, au Kazakhstan, pays d'Asie centrale. Le pouvoir kazakh a affirmé "
        "que l'alliance était conduite par Moscou.",
        "fr",
    )
    assert found["Ivanovo"] == ("Ivanovo", "RUS", "city")  # the Russian city, not Ivanava in Belarus
    assert found["Nur-Sultan"] == ("Astana", "KAZ", "city")
    assert found["Almaty"] == ("Almaty", "KAZ", "city")
    assert found["Kazakhstan"] == ("Kazakhstan", "KAZ", "country")
    assert found["Asie centrale"][2] == "region"
    assert found["Moscou"] == ("Moscow", "RUS", "city")
    assert "kazakh" not in found


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("fr", "Le ministre est arrivé à Londres puis à Pékin.", "Londres", ("London", "GBR")),
        ("fr", "Le ministre est arrivé à Londres puis à Pékin.", "Pékin", ("Beijing", "CHN")),
        ("fr", "Des manifestations ont eu lieu aux États-Unis.", "États-Unis", ("United States", "USA")),
        ("en", "Talks opened in Geneva on Monday.", "Geneva", ("Geneva", "CHE")),
        ("en", "Troops left Kazakhstan for Russia.", "Russia", ("Russia", "RUS")),
        ("en", "Officials met in Paris, France.", "Paris", ("Paris", "FRA")),
        # news writes names in title case that CLDR writes in sentence case
        ("fr", "L'Arabie Saoudite et les Émirats Arabes Unis ont rompu.", "Arabie Saoudite", ("Saudi Arabia", "SAU")),
        (
            "fr",
            "L'Arabie Saoudite et les Émirats Arabes Unis ont rompu.",
            "Émirats Arabes Unis",
            ("United Arab Emirates", "ARE"),
        ),
        (
            "fr",
            "Des combats ont eu lieu en République Démocratique du Congo.",
            "République Démocratique du Congo",
            ("Democratic Republic of the Congo", "COD"),
        ),
    ],
)
def test_places_resolve_names_in_each_language(run, lang: str, text: str, name: str, expected: tuple) -> None:
    found = places(run, text, lang)
    assert found[name][:2] == expected


@pytest.mark.parametrize(
    ("lang", "text", "not_a_place"),
    [
        ("en", "Kazakh officials said the toll had risen.", "Kazakh"),
        ("fr", "Les autorités ont parlé.", "Les"),
        ("fr", "Le match du Paris Saint-Germain a été reporté.", "Paris"),
        ("fr", "Selon Bernard Cazeneuve, l'homme était inconnu.", "Cazeneuve"),
        ("fr", "Une Mercedes a été incendiée près de la gare Saint-Lazare.", "Mercedes"),
        ("fr", "Une Mercedes a été incendiée près de la gare Saint-Lazare.", "Saint-Lazare"),
    ],
)
def test_places_refuse_false_toponyms(run, lang: str, text: str, not_a_place: str) -> None:
    assert not_a_place not in places(run, text, lang)


def test_places_multilingual_names_resolve() -> None:
    gaz = default_gazetteer()
    for name, country in [
        ("Варшава", "POL"),
        ("Múnich", "DEU"),
        ("Moscou", "RUS"),
        ("Kiev", "UKR"),
        ("Alma-Ata", "KAZ"),
    ]:
        assert any(entry.country == country for entry in gaz.candidates(name)), name


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country"),
    [
        ("es", "MILES DE PERSONAS MARCHAN EN MADRID CONTRA LA REFORMA", "MADRID", "ESP"),
        ("en", "RIOTS SPREAD FROM PARIS TO LYON", "PARIS", "FRA"),
        ("fr", "MANIFESTATION MONSTRE A BERLIN", "BERLIN", "DEU"),
    ],
)
def test_places_headlines_in_capitals_name_places(run, lang: str, text: str, surface: str, country: str) -> None:
    assert places(run, text, lang)[surface][1] == country


@pytest.mark.parametrize(
    "text",
    [
        "LA POLICIA DISPERSA UNA MARCHA DE ESTUDIANTES",
        "LOS COLONOS CORTAN LA CARRETERA",  # "Los Colonos" is a Mexican village: every word of it is common
    ],
)
def test_places_headlines_in_capitals_give_no_common_words_as_places(run, text: str) -> None:
    assert places(run, text, "es") == {}


def test_places_a_place_line_in_capitals_names_a_well_known_place(run) -> None:
    text = "Paramilitares ejecutaron a dos personas, ANTIOQUIA, PUEBLORRICO"
    assert places(run, text, "es")["ANTIOQUIA"] == ("Antioquia", "COL", "admin1")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # Common words of Spanish ("meta", "granada", "cali") and towns nobody abroad knows, read in their department.
        ("Paramilitares ejecutaron a dos personas, META, GRANADA.", [("Meta", "admin1"), ("Granada", "city")]),
        (
            "Un grupo armado asesinó a un hombre, VALLE DEL CAUCA, CALI",
            [("Valle del Cauca", "admin1"), ("Cali", "city")],
        ),
        ("Un campesino fue desaparecido, ANTIOQUIA, SAN RAFAEL", [("Antioquia", "admin1"), ("San Rafael", "city")]),
    ],
)
def test_places_a_place_line_in_capitals_reads_each_part_inside_the_one_before(run, text: str, line: list) -> None:
    doc = run(text, lang="es")
    found = [(m.value.name, m.value.feature, m.value.country, m.value.admin1) for m in doc.mentions_of("place")]
    assert [(name, feature) for name, feature, _, _ in found] == line
    assert len({(country, admin1) for _, _, country, admin1 in found}) == 1 and found[0][2] == "COL"


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo armado asesinó a un hombre, dijo la META, GRANADA Y ASOCIADOS",  # not the line's end
        "Paramilitares ejecutaron a dos personas, GRANADA, META",  # the smaller place first: no place line
    ],
)
def test_places_capitals_that_are_no_place_line_give_no_common_words(run, text: str) -> None:
    assert places(run, text, "es") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Paramilitares ejecutaron a un campesino en la vereda Buenos Aires.",
        "Un grupo armado asesinó a un taxista en el barrio Unión Victoria.",
        "Una persona fue muerta en el caserío Belén.",
    ],
)
def test_places_a_place_inside_a_town_is_no_namesake_far_away(run, text: str) -> None:
    # Nothing in the article says which department the vereda is in: no place at all, not Buenos Aires.
    assert places(run, text, "es") == {}


def test_places_a_place_inside_a_town_is_a_village_of_the_department_the_article_names(run) -> None:
    found = places(
        run, "Paramilitares ejecutaron a un campesino en el corregimiento San José, ANTIOQUIA, LA CEJA", "es"
    )
    assert found.get("San José", ("", "COL"))[1] == "COL" and found["LA CEJA"][1:] == ("COL", "city")


def test_places_a_state_is_found_without_its_accents_unless_the_plain_name_is_another_place(run) -> None:
    found = places(run, "Farmers in Narino and Quindio protested on Monday.", "en")
    assert {surface: (country, feature) for surface, (_, country, feature) in found.items()} == {
        "Narino": ("COL", "admin1"),
        "Quindio": ("COL", "admin1"),
    }
    # "Zurich" is the city's own alternate name: the canton Zürich does not take it.
    assert places(run, "Bankers met in Zurich on Monday.", "en")["Zurich"][2] == "city"


def test_places_headlines_in_capitals_keep_the_small_words_of_a_name_in_lowercase(run) -> None:
    found = places(run, "STORMS HIT THE ISLE OF WIGHT AND LOS ANGELES", "en")
    assert found["ISLE OF WIGHT"][0] == "Isle of Wight" and found["LOS ANGELES"][0] == "Los Angeles"


@pytest.mark.parametrize(
    "text",
    [
        "Officials from NATO and the FARC met in town.",  # acronyms
        "The agency IRNA quoted NICE officials.",  # an alternate name of Salerno; a common word
        "The school board of NEW MIAMI met on Monday.",  # New Miami, Ohio is no Miami
    ],
)
def test_places_words_in_capitals_in_a_mixed_case_sentence_need_a_whole_well_known_name(run, text: str) -> None:
    assert places(run, text, "en") == {}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "feature"),
    [
        ("en", "Officials in the city of Washington said the road was closed.", "Washington", "city"),
        ("en", "Wildfires spread across the state of Washington on Monday.", "Washington", "admin1"),
        ("es", "Miles de personas marcharon en la ciudad de Mendoza.", "Mendoza", "city"),
        ("es", "Miles de personas marcharon en la provincia de Mendoza.", "Mendoza", "admin1"),
        # a kind noun inside a longer name says nothing: the Southern District of Ohio is a court's
        ("en", "The case is before the U.S. District Court, Southern District of Ohio.", "Ohio", "admin1"),
    ],
)
def test_places_a_kind_noun_before_a_name_says_which_kind_of_place_it_is(
    run, lang: str, text: str, surface: str, feature: str
) -> None:
    assert places(run, text, lang)[surface][2] == feature


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline city alone is the one every reader knows, even in a report full of England
        (
            "WASHINGTON, Jan. 12, 2017 — A former British spy worked in London and Manchester, England, for years.",
            "USA",
        ),
        # its state after it says which, even one the gazetteer does not know
        ("EDMONTON, Ky -- A fire destroyed a barn in Metcalfe County, Kentucky.", "USA"),
    ],
)
def test_places_a_dateline_city_alone_is_the_famous_one(run, text: str, expected: str) -> None:
    doc = run(text, lang="en")
    first = min(doc.mentions_of("place"), key=lambda m: m.start)
    assert first.start == 0 and first.value.country == expected
    assert sum(m.start == 0 for m in doc.mentions_of("place")) == 1  # read once, not once per capitals rule


def test_places_a_surname_is_no_place_even_after_a_cue(run) -> None:
    text = "Jeb Bush ran in the primary. His spokeswoman denied any involvement between Bush and Steele."
    assert "Bush" not in places(run, text, "en")
