"""quantities: numbers in digits, words and vague amounts, with what they count."""

from __future__ import annotations

from datetime import date

import pytest


def quantities(run, text: str, lang: str) -> list[tuple[int, str | None, bool]]:
    doc = run(text, lang=lang, published=date(2022, 1, 19))
    return [(m.value.value, m.value.category, m.value.approximate) for m in doc.mentions_of("quantity")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le contingent comprenait 2.030 troupes russes.", (2030, "troops", False)),
        ("fr", "Les autorités ont fait état de quelque 12.000 arrestations.", (12000, "arrested", True)),
        ("fr", "Le bilan officiel est de 225 morts.", (225, "dead", False)),
        ("fr", "Quatre avions ont décollé.", (4, None, False)),
        ("fr", "Au moins 12 000 personnes ont été arrêtées.", (12000, "arrested", True)),
        ("fr", "Des dizaines de manifestants ont été blessés.", (12, "injured", True)),
        ("fr", "L'attaque a fait trois morts et vingt-deux blessés.", (3, "dead", False)),
        ("fr", "Des centaines de soldats ont été déployés.", (100, "troops", True)),
        ("fr", "Douze soldats ont été tués dans l'embuscade.", (12, "dead", False)),
        ("en", "Dozens of people were killed in the clashes.", (12, "dead", True)),
        ("en", "At least 225 people were killed.", (225, "dead", True)),
        ("en", "Police arrested 12,000 people.", (12000, "arrested", False)),
        ("en", "Officials said 12,000 people attended the rally.", (12000, None, False)),
        ("en", "The contingent of 2,030 troops left.", (2030, "troops", False)),
        ("en", "Hundreds of protesters were detained.", (100, "arrested", True)),
        ("en", "The blast left four dead and 1.5 million without power.", (4, "dead", False)),
        ("es", "Varios millones de personas huyeron del país.", (1000000, None, True)),
        ("es", "Los desplazados se cuentan por millones.", (1000000, None, True)),
        ("es", "Decenas de millones de personas votaron.", (10000000, None, True)),
    ],
)
def test_quantities_read_numbers_and_what_they_count(run, lang: str, text: str, expected: tuple) -> None:
    found = quantities(run, text, lang)
    assert found and found[0] == expected, found


def test_quantities_second_count_in_a_sentence(run) -> None:
    found = quantities(run, "L'attaque a fait trois morts et vingt-deux blessés.", "fr")
    assert (22, "injured", False) in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 14 janvier 2022, à 14h30, le G20 s'est réuni."),
        ("fr", "Une version des faits a circulé."),
        ("en", "In 1991, the country became independent."),
    ],
)
def test_quantities_skip_dates_times_names_and_articles(run, lang: str, text: str) -> None:
    assert quantities(run, text, lang) == []
