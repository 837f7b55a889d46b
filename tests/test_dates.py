"""Each event's own date, through the whole pipeline: the expression of its clause, what a reader carries over,
else the reference date, always with the precision users filter on."""

from __future__ import annotations

from datetime import date

import pytest

REF = date(2022, 1, 19)  # a Wednesday


def dated(run, text: str, lang: str, published: date | None = REF) -> dict[str, tuple]:
    """Event type → (date, date_end, date_precision) of each event found in ``text``."""
    doc = run(text, lang=lang, published=published)
    return {e.event: (e.date, e.date_end, e.date_precision) for e in doc.events}


@pytest.mark.parametrize(
    ("lang", "text", "event", "expected"),
    [
        ("fr", "Les troupes russes se sont retirées du Kazakhstan mercredi.", "RETREAT", (REF, None, "day")),
        ("en", "Police arrested three activists in Paris on Tuesday.", "COERCE", (date(2022, 1, 18), None, "day")),
        (
            "fr",
            "Des émeutes ont éclaté début janvier à Almaty.",
            "PROTEST",
            (date(2022, 1, 1), date(2022, 1, 10), "week"),
        ),
        (
            "fr",
            "La police a arrêté des centaines de manifestants du 2 au 5 janvier à Almaty.",
            "COERCE",
            (date(2022, 1, 2), date(2022, 1, 5), "week"),
        ),
        (
            "fr",
            "Les forces russes ont quitté le Kazakhstan il y a deux semaines.",
            "RETREAT",
            (date(2022, 1, 2), date(2022, 1, 8), "week"),
        ),
        # "le jour où": the day named just before
        (
            "fr",
            "Les troupes russes se sont retirées du Kazakhstan mercredi, le jour où le gouvernement a levé l'état "
            "d'urgence.",
            "CONCEDE",
            (REF, None, "day"),
        ),
        # no date of its own: the reference date, marked so
        ("fr", "La police a arrêté trois militants à Paris.", "COERCE", (REF, None, "document")),
        # a background year or a label dates nothing
        (
            "fr",
            "Des manifestants ont incendié la mairie d'Almaty, du jamais vu depuis l'indépendance en 1991.",
            "ASSAULT",
            (REF, None, "document"),
        ),
        (
            "fr",
            "La police a arrêté trois supporters anglais pendant l'Euro 2016 à Marseille.",
            "COERCE",
            (REF, None, "document"),
        ),
    ],
)
def test_dates_event_takes_its_clause_date(run, lang: str, text: str, event: str, expected: tuple) -> None:
    found = dated(run, text, lang)
    assert found.get(event) == expected, found


@pytest.mark.parametrize(
    ("lang", "text", "published", "start"),
    [
        ("fr", "Les manifestations se poursuivent depuis mercredi à Almaty.", date(2022, 1, 21), date(2022, 1, 19)),
        ("en", "Protests have continued in Almaty since Monday.", REF, date(2022, 1, 17)),
    ],
)
def test_dates_recent_since_dates_an_ongoing_event_until_the_reference(
    run, lang: str, text: str, published: date, start: date
) -> None:
    assert dated(run, text, lang, published)["PROTEST"] == (start, published, "week")


def test_dates_a_duration_since_dates_an_ongoing_event_from_that_long_ago(run) -> None:
    text = "Depuis trois semaines, des manifestations ont lieu chaque samedi à Dakar."
    assert dated(run, text, "fr")["PROTEST"][:2] == (date(2021, 12, 29), REF)
    distant = "Des manifestations ont lieu à Dakar depuis cinq ans."
    assert dated(run, distant, "fr")["PROTEST"][2] == "document"  # a distant start dates nothing


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des émeutes ont éclaté début janvier à Almaty. Le gouvernement a accusé des terroristes d'avoir organisé "
            "les violences.",
        ),
        ("en", "Riots broke out in Almaty in early January. The government blamed the violence on terrorists."),
    ],
)
def test_dates_what_is_said_about_a_happening_comes_after_it(run, lang: str, text: str) -> None:
    """The riots keep their early-January interval; the accusation about them is dated from their start to the
    article's date, not copied from them."""
    found = dated(run, text, lang)
    assert found["PROTEST"] == (date(2022, 1, 1), date(2022, 1, 10), "week")
    assert found["ACCUSE"] == (date(2022, 1, 1), REF, "month")


def test_dates_without_any_reference_are_unknown(run) -> None:
    assert dated(run, "La police a arrêté trois militants à Paris.", "fr", None)["COERCE"] == (None, None, "unknown")


def test_dates_example_vague_events_are_early_january_intervals(run) -> None:
    """The canonical example: the riots, the toll, the arrests and the arson of "début janvier" are 1–10 January."""
    from .conftest import shared_path

    text = shared_path("examples", "kazakhstan-2022-fr.txt").read_text(encoding="utf-8")
    doc = run(text, lang="fr")
    assert doc.reference.date == REF
    early = {(e.event, e.mode) for e in doc.events if (e.date, e.date_end) == (date(2022, 1, 1), date(2022, 1, 10))}
    assert {("PROTEST", "riot"), ("COERCE", "arrest")} <= early
    assert any(event == "ASSAULT" for event, _mode in early)
    assert all(e.date_precision == "week" for e in doc.events if e.date_end == date(2022, 1, 10))
    by_type = {e.event: e for e in doc.events}
    assert (by_type["RETREAT"].date, by_type["RETREAT"].date_precision) == (REF, "day")
    assert (by_type["ACCUSE"].date, by_type["ACCUSE"].date_end) == (date(2022, 1, 1), REF)


def test_dates_a_paragraph_continues_the_story_of_its_last_dated_event(run) -> None:
    text = (
        "Le lundi 17 janvier, des soldats ont franchi la frontière du Mali. "
        "Des rebelles ont alors attaqué un poste de police.\n\n"
        "La police a arrêté trois hommes à Gao."
    )
    found = dated(run, text, "fr")
    assert found["ASSAULT"] == (date(2022, 1, 17), None, "day")
    assert found["COERCE"] == (REF, None, "document")  # a new paragraph, a new story


def test_dates_a_paragraph_opening_with_a_word_of_sequence_goes_on_with_the_story(run) -> None:
    text = (
        "Le lundi 17 janvier, des soldats ont franchi la frontière du Mali.\n\n"
        "Peu après, des rebelles ont attaqué un poste de police près de Gao."
    )
    found = dated(run, text, "fr")
    assert found["ASSAULT"] == (date(2022, 1, 17), None, "day")


def test_dates_a_statement_does_not_continue_the_story(run) -> None:
    text = "Le lundi 17 janvier, des soldats ont attaqué un poste. Le gouvernement a accusé les rebelles."
    found = dated(run, text, "fr")
    assert found["ACCUSE"][2] == "document"


@pytest.mark.parametrize("when", ["à la mi-journée", "en fin de journée"])
def test_dates_a_time_of_day_takes_the_day_of_the_story(run, when: str) -> None:
    """ "à la mi-journée" says when in the day, not which day: not the reference date."""
    text = f"Le lundi 17 janvier, des soldats ont franchi la frontière. Des rebelles ont attaqué {when} un poste."
    assert dated(run, text, "fr")["ASSAULT"] == (date(2022, 1, 17), None, "day")
