"""time: expressions recognised and resolved against a reference date; the reference inferred when missing."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Doc, Zone
from eventwire.stages.time import TimeStage
from eventwire.timexpr import TimeGrammar, resolve

REF = date(2022, 1, 19)  # a Wednesday


def resolved(text: str, lang: str, ref: date = REF) -> list[tuple[str, str, str, str]]:
    grammar = TimeGrammar(lang)
    out = []
    for expr in grammar.find(text, 0, len(text)):
        value = resolve(expr, ref)
        if value is not None:
            out.append((text[expr.start : expr.end], value.start.isoformat(), value.end.isoformat(), value.role))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("fr", "le 14 janvier 2022", "2022-01-14", "2022-01-14"),
        ("fr", "le 1er mars 2021", "2021-03-01", "2021-03-01"),
        ("fr", "dépêché le 6 janvier", "2022-01-06", "2022-01-06"),
        ("fr", "le 28 décembre", "2021-12-28", "2021-12-28"),
        ("fr", "mercredi", "2022-01-19", "2022-01-19"),
        ("fr", "lundi", "2022-01-17", "2022-01-17"),
        ("fr", "jeudi prochain", "2022-01-20", "2022-01-20"),
        ("fr", "mercredi dernier", "2022-01-12", "2022-01-12"),
        ("fr", "hier", "2022-01-18", "2022-01-18"),
        ("fr", "avant-hier", "2022-01-17", "2022-01-17"),
        ("fr", "début janvier", "2022-01-01", "2022-01-10"),
        ("fr", "mi-janvier", "2022-01-11", "2022-01-20"),
        ("fr", "fin décembre", "2021-12-21", "2021-12-31"),
        ("fr", "dans les premiers jours de janvier", "2022-01-01", "2022-01-10"),
        ("fr", "il y a trois jours", "2022-01-16", "2022-01-16"),
        ("fr", "en janvier 2021", "2021-01-01", "2021-01-31"),
        ("fr", "la semaine dernière", "2022-01-10", "2022-01-16"),
        ("fr", "2022-01-06", "2022-01-06", "2022-01-06"),
        ("fr", "06/01/2022", "2022-01-06", "2022-01-06"),
        ("en", "on Jan. 6, 2022", "2022-01-06", "2022-01-06"),
        ("en", "January 14th, 2022", "2022-01-14", "2022-01-14"),
        ("en", "on January 6", "2022-01-06", "2022-01-06"),
        ("en", "6 January 2022", "2022-01-06", "2022-01-06"),
        ("en", "on Wednesday", "2022-01-19", "2022-01-19"),
        ("en", "last Tuesday", "2022-01-18", "2022-01-18"),
        ("en", "next Friday", "2022-01-21", "2022-01-21"),
        ("en", "yesterday", "2022-01-18", "2022-01-18"),
        ("en", "in early January", "2022-01-01", "2022-01-10"),
        ("en", "in mid-January", "2022-01-11", "2022-01-20"),
        ("en", "late December", "2021-12-21", "2021-12-31"),
        ("en", "two weeks ago", "2022-01-02", "2022-01-08"),
        ("en", "01/06/2022", "2022-01-06", "2022-01-06"),
        ("en", "last week", "2022-01-10", "2022-01-16"),
    ],
)
def test_time_expressions_resolve(lang: str, text: str, start: str, end: str) -> None:
    found = resolved(text, lang)
    assert found, f"nothing recognised in {text!r}"
    assert found[0][1:3] == (start, end), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "pendant trois jours"),
        ("fr", "2.030 troupes"),
        ("fr", "la planète Mars"),
        ("en", "troops will march"),
        ("en", "she may leave"),
        ("en", "for three days"),
    ],
)
def test_time_ignores_durations_and_lookalikes(lang: str, text: str) -> None:
    assert resolved(text, lang) == []


def test_time_historical_years_are_kept_apart() -> None:
    found = resolved("les plus graves depuis l'indépendance de ce pays en 1991", "fr")
    assert found and found[0][3] == "historical"
    assert resolved("the worst since independence in 1991", "en")[0][3] == "historical"


def doc_with(text: str, lang: str, published: date | None = None, zones: list[Zone] | None = None) -> Doc:
    doc = Doc(Article("t", text, published=published), lang=lang)
    doc.zones = zones or [Zone(0, len(text), "body")]
    return TimeStage()(doc)


def test_time_reference_from_caption_date_and_weekday() -> None:
    caption = "Les forces russes, le 14 janvier 2022, à leur arrivée à Ivanovo (Russie)"
    body = "Les forces russes ont achevé mercredi leur retrait du Kazakhstan."
    text = caption + "\n\n" + body
    doc = doc_with(text, "fr", zones=[Zone(0, len(caption), "caption"), Zone(len(caption) + 2, len(text), "body")])
    assert doc.reference.date == date(2022, 1, 19)
    assert doc.reference.method == "inferred-weekday"
    assert any("mercredi" in e for e in doc.reference.evidence)
    dates = {text[m.start : m.end]: m.value.start for m in doc.mentions_of("date")}
    assert dates["mercredi"] == date(2022, 1, 19)


def test_time_reference_from_dateline() -> None:
    text = "ALMATY, Jan. 19, 2022 —\nTroops left on Wednesday."
    doc = doc_with(text, "en", zones=[Zone(0, 23, "dateline"), Zone(24, len(text), "body")])
    assert doc.reference.date == date(2022, 1, 19)
    assert doc.reference.method == "inferred-dateline"


def test_time_published_date_wins() -> None:
    doc = doc_with("Les troupes sont parties mercredi.", "fr", published=date(2022, 1, 20))
    assert doc.reference.method == "published"
    assert doc.mentions_of("date")[0].value.start == date(2022, 1, 19)


def test_time_unknown_reference_leaves_relative_dates_unresolved() -> None:
    doc = doc_with("Les troupes sont parties mercredi, le 6 janvier 2022 au plus tôt.", "fr")
    assert doc.reference.date == date(2022, 1, 6)
    doc = doc_with("Les troupes sont parties mercredi.", "fr")
    assert doc.reference.date is None and doc.reference.method == "unknown"
    assert doc.mentions_of("date") == []
