"""time stage: date mentions on the Doc, and the reference date inferred when missing or wrong (the expressions
themselves are tabled in ``test_time_expressions.py``)."""

from __future__ import annotations

import pickle
from datetime import date

from eventwire.model import Article, Doc, Zone
from eventwire.stages.time import TimeStage

REF = date(2022, 1, 19)  # a Wednesday


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


def test_time_dateline_opening_a_paragraph_is_the_reference() -> None:
    """Wire style: the article's date opens the first paragraph; weekdays in it are days before that date."""
    text = "Décès d'un romancier\n\n19 janvier 2016 . – Le romancier est mort mardi à Paris."
    doc = doc_with(text, "fr", zones=[Zone(0, 20, "title"), Zone(22, len(text), "body")])
    assert doc.reference.date == date(2016, 1, 19)
    assert doc.reference.method == "inferred-dateline"
    dates = {text[m.start : m.end]: m.value.start for m in doc.mentions_of("date")}
    assert dates["mardi"] == date(2016, 1, 19)


def test_time_dateline_sets_aside_a_contradicting_publication_date() -> None:
    """A page date weeks after its dateline (a crawl or update date) is not the article's date."""
    text = "ALMATY, Jan. 19, 2022 —\nTroops left on Wednesday."
    zones = [Zone(0, 23, "dateline"), Zone(24, len(text), "body")]
    doc = doc_with(text, "en", published=date(2022, 3, 2), zones=zones)
    assert doc.reference.date == date(2022, 1, 19) and doc.reference.method == "inferred-dateline"
    assert any("set aside" in line for line in doc.reference.evidence)
    assert doc_with(text, "en", published=date(2022, 1, 20), zones=zones).reference.method == "published"


def test_time_weekday_with_day_and_month_gives_the_year() -> None:
    """ "lundi 9 janvier" falls on a Monday in 2017, among the years the article mentions."""
    text = "Lundi 9 janvier, les candidats à la primaire de 2017 ont débattu."
    doc = doc_with(text, "fr")
    assert doc.reference.date == date(2017, 1, 9)
    assert any("Monday in 2017" in line for line in doc.reference.evidence)


def test_time_stage_pickles_small() -> None:
    """The compiled grammars stay behind: a worker compiles its own."""
    stage = TimeStage()
    doc = Doc(Article("t", "mercredi", published=REF), lang="fr")
    doc.zones = [Zone(0, 8, "body")]
    assert stage(doc).mentions_of("date")
    assert len(pickle.dumps(stage)) < 200
    assert isinstance(pickle.loads(pickle.dumps(stage)), TimeStage)
