"""Schema of the date knowledge (``time.yaml``, ``numbers.yaml``) in every language folder, partial ones included.

``tests/test_lexicon_data.py`` checks the fully supported languages; a language may have its dates before its
event triggers (Spanish, German, Russian), and ``TimeGrammar`` must work for it all the same.
"""

from __future__ import annotations

from pathlib import Path

import babel
import pytest
import yaml

from eventwire.knowledge import package_path
from eventwire.timexpr import TimeGrammar

from .test_lexicon_data import CONTENT_KEYS

LANG_DIR = Path(package_path("lang"))
TIME_LANGUAGES = sorted(p.parent.name for p in LANG_DIR.glob("*/time.yaml"))
TIME_KEYS = CONTENT_KEYS["time"]  # the schema test of every knowledge file lists them once
LISTS = ("last", "next", "this", "since", "historical_nouns", "month_prepositions", "year_prepositions")


def load(lang: str, concept: str) -> dict:
    return yaml.safe_load((LANG_DIR / lang / f"{concept}.yaml").read_text(encoding="utf-8"))


def test_time_data_covers_the_five_languages() -> None:
    assert {"fr", "en", "es", "de", "ru"} <= set(TIME_LANGUAGES)


@pytest.mark.parametrize("lang", TIME_LANGUAGES)
def test_time_data_keys_and_header(lang: str) -> None:
    data = load(lang, "time")
    assert set(data) == TIME_KEYS | {"source", "licence", "language"}
    assert data["language"] == lang and len(data["source"]) > 20 and len(data["licence"]) > 5
    assert (LANG_DIR / lang / "time.yaml").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("lang", TIME_LANGUAGES)
def test_time_data_calendar_names_agree_with_cldr(lang: str) -> None:
    """Every wide month and weekday name CLDR knows for the language (both grammatical forms) maps to its number."""
    data = load(lang, "time")
    months = {name.casefold(): number for name, number in data["months"].items()}
    weekdays = {name.casefold(): number for name, number in data["weekdays"].items()}
    assert set(months.values()) == set(range(1, 13)) and set(weekdays.values()) == set(range(7))
    locale = babel.Locale.parse(lang)
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            assert months.get(name.casefold()) == number, f"month {name!r} should be {number}"
    for number, name in locale.days["format"]["wide"].items():
        assert weekdays.get(name.casefold()) == number, f"weekday {name!r} should be {number}"


@pytest.mark.parametrize("lang", TIME_LANGUAGES)
def test_time_data_values(lang: str) -> None:
    data = load(lang, "time")
    relative = data["relative_days"]
    assert all(v is None or (type(v) is int and -7 <= v <= 7) for v in relative.values())
    assert set(data["anchored_days"]) == {phrase for phrase, v in relative.items() if v is None}
    assert all(type(v) is int and -7 <= v <= 7 for v in data["anchored_days"].values())
    assert set(data["units"].values()) == {"day", "week", "month", "year"}
    assert set(data["ago"]) == {"before", "after"} and (data["ago"]["before"] or data["ago"]["after"])
    assert set(data["vague"]) == {"early", "mid", "late"}
    phrases = [p for part in data["vague"].values() for p in part]
    assert len(phrases) == len(set(phrases)), "a vague phrase is in two parts"
    assert data["order"] in {"before", "after", "both"} and data["dateline_order"] in {"dmy", "mdy"}
    assert all(type(v) is int and 1 <= v <= 31 for v in data["ordinals"].values())
    for key in (*LISTS, "ago"):
        values = data[key] if key != "ago" else data["ago"]["before"] + data["ago"]["after"]
        assert all(isinstance(v, str) and v == v.lower() == v.strip() for v in values), key
        assert len(values) == len(set(values)), f"{key} repeats a word"


@pytest.mark.parametrize("lang", TIME_LANGUAGES)
def test_time_data_number_words_reach_99(lang: str) -> None:
    numbers = load(lang, "numbers")
    assert {"source", "licence", "language", "words", "multipliers", "vague", "approximate", "separators"} == set(
        numbers
    )
    assert set(range(100)) <= set(numbers["words"].values())
    assert all(type(v) is int and 0 <= v <= 1000 for v in numbers["words"].values())
    assert set(numbers["separators"]) == {"thousands", "decimal"}


@pytest.mark.parametrize("lang", TIME_LANGUAGES)
def test_time_data_compiles_for_every_folder(lang: str) -> None:
    """A partial language (no event triggers yet) still gets its dates read."""
    grammar = TimeGrammar(lang)
    text = "2022-01-06"
    assert [e.absolute.isoformat() for e in grammar.find(text, 0, len(text))] == ["2022-01-06"]
