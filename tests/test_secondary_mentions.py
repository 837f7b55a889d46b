"""secondary_mentions: a sentence reports its main clause's event, not the events it names in passing."""

from __future__ import annotations

from datetime import date

import pytest

REF = date(2022, 1, 19)


def types(run, text: str, lang: str = "en") -> list[str]:
    return sorted(e.event for e in run(text, lang=lang, published=REF).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial clause or phrase: the background of the main event
        ("The government imposed a curfew in the capital after a demonstration by students.", ["COERCE"]),
        ("Hundreds of rebels surrendered to the army in the north following a government offensive.", ["RETREAT"]),
        ("Russian troops withdrew from the city on Wednesday despite heavy fighting in the north.", ["RETREAT"]),
        # a relative clause about a noun of the main clause
        ("Troops lifted the curfew in the town, where ten people were killed in riots.", ["CONCEDE"]),
        # a participial adjunct elaborating the main verb
        ("Protesters rioted in the capital on Monday, setting fire to cars.", ["PROTEST"]),
        # a purpose clause: what the main event was for
        ("Police used tear gas to disperse the demonstrators in the capital.", ["ASSAULT"]),
        # a participle after its noun, with its agent
        ("Police arrested two men suspected by the army of attacking a convoy.", ["COERCE"]),
        # the reason or charge of the main event
        ("The United States imposed sanctions on Iran for its support of armed groups.", ["SANCTION"]),
        (
            "The parliament demanded a public admission by Moscow that its secret police murdered the officers.",
            ["REQUEST"],
        ),
        # "as" opening a clause
        (
            "Serbia eased emergency measures in the province, as police in Croatia cracked down on protesters.",
            ["CONCEDE"],
        ),
        # a framing phrase at the start of the sentence, and a parenthesis inside a stretch
        (
            "With the signing of a peace memorandum on Monday, Sudan and the rebels agreed to exchange prisoners.",
            ["AGREE"],
        ),
        ("Hamas threatened on Monday to resume attacks in an escalation of the intifada (uprising).", ["THREATEN"]),
        # "once again" is an adverb, not the conjunction "once": the main event stays main
        ("The government has once again rejected the proposal, urging the rebels to negotiate.", ["REJECT"]),
        # an event noun as the possessor of another noun
        (
            "Israel and Jordan reached an agreement on water sharing on Thursday, the meeting's chairman said.",
            ["AGREE"],
        ),
        # a relative clause inside an adverbial phrase is further from the main event than the phrase
        ("Troops retook the town after fierce fighting with rebels who seized it last week.", ["ASSAULT"]),
        # an attributive participle naming a state an earlier event left
        ("The ousted president of Niger agreed to talks with the junta.", ["AGREE"]),
        # "and that" after a content clause opens a second content clause, not a relative one
        (
            "Blinken told reporters after the meeting that the US would reply next week, and that both sides had "
            "agreed to keep talking.",
            ["AGREE"],
        ),
    ],
)
def test_secondary_mentions_give_way_to_the_main_event(run, text, expected):
    assert types(run, text) == expected


def test_a_sentence_of_secondary_mentions_only_keeps_them(run):
    """With no trigger outside them, the least embedded of the secondary mentions are what the sentence has."""
    assert types(run, "After the army attacked the town on Monday, calm returned.") == ["ASSAULT"]


def test_a_verb_participle_with_its_complement_is_not_attributive(run):
    """'arrested by police' is the passive verb of the clause, not an adjective before a noun."""
    assert "COERCE" in types(run, "Arrested by police on Monday, the activist began a hunger strike in jail.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La police a arrêté trois militants à Paris mardi après une manifestation contre la réforme.", ["COERCE"]),
        (
            "La police a arrêté mardi à Paris trois militants qui avaient attaqué un convoi de la gendarmerie.",
            ["COERCE"],
        ),
        ("La police a utilisé des gaz lacrymogènes pour disperser les manifestants à Paris.", ["ASSAULT"]),
        (
            "Des manifestants ont bloqué les routes de la capitale lundi, demandant la démission du gouvernement.",
            ["PROTEST"],
        ),
        ("Les prisonniers se sont mutinés lundi à Paris, incendiant leurs matelas.", ["PROTEST"]),
    ],
)
def test_french_secondary_mentions(run, text, expected):
    assert types(run, text, "fr") == expected


def test_spanish_keeps_every_trigger(run):
    """The Spanish grammar data opens no secondary stretch: the PETRARCH sentences it is measured on code the
    background events too ("cuando los agentes reprimieron una manifestación")."""
    text = "La policía detuvo a tres activistas en Madrid el martes tras una manifestación contra la reforma."
    assert len(types(run, text, "es")) == 2


SECONDARY_KEYS = (
    "subordinators",
    "relative_markers",
    "purpose_markers",
    "reason_markers",
    "framing_prepositions",
    "adjunct_suffixes",
    "attributive_suffixes",
    "possessive_markers",
    "passive_auxiliaries",
    "performing_verbs",
    "giving_verbs",
    "destination_prepositions",
    "temporal_prepositions",
    "fighting_nouns",
    "plural_determiners",
)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_secondary_mention_keys_are_lists_of_words(lang):
    """The optional grammar keys, where a language has them, are non-empty lists of strings without duplicates."""
    from eventwire.knowledge import lang_data

    grammar = lang_data(lang, "grammar")
    for key in SECONDARY_KEYS:
        if key in grammar:
            words = grammar[key]
            assert isinstance(words, list) and words, (lang, key)
            assert all(isinstance(w, str) and w.strip() for w in words), (lang, key)
            assert len({w.lower() for w in words}) == len(words), (lang, key)
