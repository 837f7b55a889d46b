"""clean: page furniture, bylines, captions and credits marked — never deleted — on French and English scrapes."""

from __future__ import annotations

from eventwire.model import Article, Doc
from eventwire.stages.clean import CleanStage

FR_PAGE = """Les forces russes ont quitté le pays

Access to the comments Discussion
Par\u00a0Euronews \u00a0avec\u00a0AFP
Les soldats, le 14 janvier 2022, à leur arrivée à Ivanovo (Russie)
Les soldats, le 14 janvier 2022, à leur arrivée à Ivanovo (Russie) \u00a0 - \u00a0Tous droits réservés Ministère/AFP

Les forces armées russes ont achevé mercredi leur retrait.

Lire aussi : Les soldats russes attaquent une base
Partager cet article
"""

EN_PAGE = """Russian-led troops leave Kazakhstan

By Jane Doe, Reuters
ALMATY, Jan 19 (Reuters) - Russian-led troops completed their withdrawal on Wednesday.
Troops board a plane in Almaty. Photo: Pavel Mikheyev/Reuters
Share this article
Advertisement
"""


def zones(text: str) -> dict[str, list[str]]:
    doc = CleanStage()(Doc(Article("t", text)))
    found: dict[str, list[str]] = {}
    for zone in doc.zones:
        found.setdefault(zone.kind, []).append(text[zone.start : zone.end])
    return found


def test_clean_marks_french_page_furniture() -> None:
    found = zones(FR_PAGE)
    assert found["title"] == ["Les forces russes ont quitté le pays"]
    assert "Access to the comments Discussion" in found["furniture"]
    assert any(line.startswith("Lire aussi") for line in found["furniture"])
    assert "Partager cet article" in found["furniture"]
    assert found["byline"] == ["Par\u00a0Euronews \u00a0avec\u00a0AFP"]
    assert len(found["caption"]) == 2 and all(c.endswith("(Russie)") for c in found["caption"])
    assert found["credit"] == ["Tous droits réservés Ministère/AFP"]
    assert found["body"] == ["Les forces armées russes ont achevé mercredi leur retrait."]


def test_clean_marks_english_page_furniture() -> None:
    found = zones(EN_PAGE)
    assert found["title"] == ["Russian-led troops leave Kazakhstan"]
    assert found["byline"] == ["By Jane Doe, Reuters"]
    assert "Share this article" in found["furniture"] and "Advertisement" in found["furniture"]
    assert any(c.startswith("Photo:") for c in found["credit"])


def test_clean_never_changes_the_text() -> None:
    doc = CleanStage()(Doc(Article("t", FR_PAGE)))
    assert doc.text == FR_PAGE
    for zone in doc.zones:
        assert 0 <= zone.start < zone.end <= len(FR_PAGE)
        assert FR_PAGE[zone.start : zone.end].strip() == FR_PAGE[zone.start : zone.end]


def test_clean_dateline_line_is_marked() -> None:
    text = "France : attaque à Valence\n\n1er janvier 2016, 14h30 . –\nUn homme a foncé sur des militaires."
    found = zones(text)
    assert found["dateline"] == ["1er janvier 2016, 14h30 . –"]
    assert found["title"] == ["France : attaque à Valence"]


def test_clean_a_credit_inside_a_paragraph_takes_only_its_sentence_and_name() -> None:
    """Text scraped into one paragraph keeps the article around a photo's caption and credit."""
    text = (
        "Rebels seized the northern town on Monday after two days of fighting with the army, residents and a local "
        "official said, adding that dozens of families had fled towards the border overnight. Soldiers patrol the "
        "main road into the town. Photo: AFP The army said it would retake the town within days."
    )
    found = zones(text)
    assert found["caption"] == ["Soldiers patrol the main road into the town."]
    assert found["credit"] == ["Photo: AFP"]
    assert found["body"][0].startswith("Rebels seized the northern town")
    assert found["body"][-1] == "The army said it would retake the town within days."
