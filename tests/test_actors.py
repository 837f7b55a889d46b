"""actors: countries, demonyms, organisations, named people and agent nouns coded with country and sector."""

from __future__ import annotations

import pytest


def actors(run, text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    doc = run(text, lang=lang)
    return {text[m.start : m.end]: (m.value.country, m.value.sector) for m in doc.mentions_of("actor")}


@pytest.mark.parametrize(
    ("lang", "text", "span", "expected"),
    [
        ("fr", "Les forces armées russes ont quitté le Kazakhstan.", "forces armées russes", ("RUS", "MIL")),
        ("fr", "Le pouvoir kazakh a affirmé sa version.", "pouvoir kazakh", ("KAZ", "GOV")),
        ("fr", "Une mission de l'OTSC a été déployée.", "OTSC", ("IGO", "MIL")),
        (
            "fr",
            "L'Organisation du traité de sécurité collective est dirigée par Moscou.",
            "Moscou",
            ("RUS", "GOV"),
        ),
        ("fr", "La police française a interpellé trois hommes.", "police française", ("FRA", "COP")),
        (
            "fr",
            "Selon le ministère de la Défense, les avions russes ont décollé de Moscou.",
            "ministère de la Défense",
            ("RUS", "MIL"),
        ),
        ("en", "Russian troops left Kazakhstan.", "Russian troops", ("RUS", "MIL")),
        ("en", "The CSTO said its mission was over.", "CSTO", ("IGO", "MIL")),
        ("en", "NATO and the United Nations condemned the attack.", "NATO", ("IGO", "MIL")),
        ("en", "The Kremlin denied the report.", "Kremlin", ("RUS", "GOV")),
        ("en", "South Korean police detained the suspect.", "South Korean police", ("KOR", "COP")),
    ],
)
def test_actors_coded_with_country_and_sector(run, lang: str, text: str, span: str, expected: tuple) -> None:
    found = actors(run, text, lang)
    assert found.get(span) == expected, found


def test_actors_coordinated_nationalities_become_several_actors(run) -> None:
    found = actors(
        run,
        "Le contingent comprenait 2.030 troupes russes, bélarusses, arméniennes, tadjikes et kirghizes.",
        "fr",
    )
    countries = {country for country, sector in found.values() if sector == "MIL"}
    assert {"RUS", "BLR", "ARM", "TJK", "KGZ"} <= countries
    found = actors(run, "Russian, Belarusian and Armenian troops arrived on Thursday.", "en")
    assert {"RUS", "BLR", "ARM"} <= {c for c, s in found.values() if s == "MIL"}


def test_actors_titles_name_people(run) -> None:
    doc = run("Le général Andreï Serdioukov a déclaré que la mission était achevée.", lang="fr")
    people = [m.value for m in doc.mentions_of("actor") if m.value.kind == "person"]
    assert people and people[0].name == "Andreï Serdioukov" and people[0].sector == "MIL"
    doc = run("President Kassym-Jomart Tokayev asked for help.", lang="en")
    people = [m.value for m in doc.mentions_of("actor") if m.value.kind == "person"]
    assert people and people[0].name == "Kassym-Jomart Tokayev" and people[0].sector == "GOV"


def test_actors_unqualified_authorities_belong_to_the_focus_country(run) -> None:
    found = actors(run, "Au Kazakhstan, les autorités ont annoncé la fin de l'état d'urgence au Kazakhstan.", "fr")
    assert found["autorités"] == ("KAZ", "GOV")


def test_actors_verb_forms_are_not_agent_nouns(run) -> None:
    found = actors(run, "Le gouvernement peut encore changer d'avis.", "fr")
    assert "peut" not in found
