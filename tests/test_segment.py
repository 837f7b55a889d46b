"""segment: tokens (elisions, clitics, abbreviations) and sentence boundaries, in French and English."""

from __future__ import annotations

import pytest

from eventwire.lexical import split_rules, token_spans
from eventwire.model import Article, Doc, Zone
from eventwire.stages.segment import SegmentStage


def tokens_of(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in token_spans(text, 0, len(text), split_rules(lang))]


def sentences_of(text: str, lang: str) -> list[str]:
    doc = Doc(Article("t", text), lang=lang, zones=[Zone(0, len(text), "body")])
    doc = SegmentStage()(doc)
    return [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "l'état d'urgence", ["l'", "état", "d'", "urgence"]),
        (
            "fr",
            "aéroports de Nur-Sultan et d'Almaty",
            ["aéroports", "de", "Nur-Sultan", "et", "d'", "Almaty"],
        ),
        ("fr", "aujourd'hui", ["aujourd'hui"]),
        ("fr", "2.030 troupes, le 14 janvier", ["2.030", "troupes", ",", "le", "14", "janvier"]),
        ("en", "Russia's troops didn't leave", ["Russia", "'s", "troops", "did", "n't", "leave"]),
        ("en", "the U.S. said", ["the", "U.S.", "said"]),
    ],
)
def test_segment_tokens_split_elisions_and_clitics(lang: str, text: str, expected: list[str]) -> None:
    assert tokens_of(text, lang) == expected


def test_segment_lemmas_normalise_inflections() -> None:
    text = "Les forces ont quitté le pays après des arrestations."
    doc = SegmentStage()(Doc(Article("t", text), lang="fr", zones=[Zone(0, len(text), "body")]))
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["quitté"] == "quitter"
    assert lemmas["arrestations"] == "arrestation"
    assert lemmas["Les"] == "le"


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "M. Macron est arrivé. Il a parlé.", 2),
        ("fr", "Le général A. Serdioukov a parlé. La mission est achevée.", 2),
        ("fr", "« L'opération (...) est achevée », a-t-il dit. Les troupes partent.", 2),
        ("en", "Mr. Smith arrived in the U.S. on Monday. He spoke.", 2),
        ("en", 'He said "it is over." Then he left.', 2),
        ("en", "Gen. Serdyukov said so. Troops left on Jan. 19.", 2),
    ],
)
def test_segment_sentences_respect_abbreviations(lang: str, text: str, count: int) -> None:
    assert len(sentences_of(text, lang)) == count


def test_segment_offsets_point_into_the_text() -> None:
    text = "Première phrase.  Deuxième phrase !"
    for sentence in sentences_of(text, "fr"):
        assert sentence in text
    doc = SegmentStage()(Doc(Article("t", text), lang="fr", zones=[Zone(0, len(text), "body")]))
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
