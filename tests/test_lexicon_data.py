"""Schema checks for the per-language lexicons in ``src/eventwire/lang/<code>/``.

The stages read these files by key name and value type, so a misspelt key, a month numbered 13 or a YAML
``no`` turned into ``False`` would only show up as silently missing annotations. Every file is checked here,
for every language, and the precision of the boilerplate cues is checked on real articles when ../shared is
present.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import babel
import pytest
import yaml

from eventwire.knowledge import supported_languages

REPO = Path(__file__).resolve().parents[1]
LANG_DIR = REPO / "src" / "eventwire" / "lang"
SHARED = REPO.parent / "shared"
LANGUAGES = supported_languages()  # the fully supported languages; partial folders: test_knowledge_schema.py
HEADER_KEYS = frozenset({"source", "licence", "language"})
CONTENT_KEYS = MappingProxyType(
    {
        "segment": frozenset({"abbreviations", "elisions", "clitics", "lost_accents"}),
        "boilerplate": frozenset(
            {
                "furniture",
                "link_cues",
                "credit_cues",
                "byline_cues",
                "byline_max_words",
                "agencies",
                "patterns",
            }
        ),
        "numbers": frozenset({"words", "multipliers", "vague", "approximate", "separators"}),
        "counts": frozenset({"count_nouns", "people_nouns", "casualty_participles"}),
        "time": frozenset(
            {
                "months",
                "weekdays",
                "relative_days",
                "anchored_days",
                "units",
                "ago",
                "last",
                "next",
                "this",
                "order",
                "vague",
                "since",
                "historical_nouns",
                "ordinals",
                "dateline_order",
                "month_prepositions",
                "year_prepositions",
            }
        ),
    }
)
COUNT_CATEGORIES = frozenset({"dead", "injured", "arrested", "troops"})
PARTICIPLE_CATEGORIES = frozenset({"dead", "injured", "arrested"})
TIME_UNITS = frozenset({"day", "week", "month", "year"})
VAGUE_PARTS = frozenset({"early", "mid", "late"})
#: Separators the clean stage strips around furniture phrases (kept in step with stages/clean.py).
FURNITURE_SEPARATORS = " \t|•·-–—:/>»›"


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate mapping keys, which PyYAML resolves silently (last one wins)."""


def _construct_strict_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_strict_mapping)


def lexicon_path(lang: str, concept: str) -> Path:
    return LANG_DIR / lang / f"{concept}.yaml"


def load(lang: str, concept: str) -> dict[str, Any]:
    """The lexicon as the engine sees it, refusing duplicate keys."""
    with lexicon_path(lang, concept).open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_StrictLoader)
    assert isinstance(data, dict), f"{lexicon_path(lang, concept)} must hold a mapping"
    return data


def strings_in(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a nested structure (keys included), with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key, f"{path}/<key>")
            yield from strings_in(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings_in(item, f"{path}[{index}]")


def assert_string_list(
    value: Any, what: str, *, lowercase: bool = False, allow_empty: bool = False, case_sensitive: bool = False
) -> None:
    """A list of distinct non-empty strings; distinct ignoring case unless the engine matches it with case."""
    assert isinstance(value, list), f"{what} must be a list"
    assert allow_empty or value, f"{what} must not be empty"
    for item in value:
        assert isinstance(item, str) and item.strip(), f"{what} holds {item!r}, not a non-empty string"
        if lowercase:
            assert item == item.lower(), f"{what}: {item!r} must be lowercase"
    folded = value if case_sensitive else [item.casefold() for item in value]
    duplicates = sorted({item for item in folded if folded.count(item) > 1})
    assert not duplicates, f"{what} repeats {duplicates}"


def assert_int_mapping(value: Any, what: str, low: int, high: int) -> None:
    assert isinstance(value, dict) and value, f"{what} must be a non-empty mapping"
    for key, number in value.items():
        assert isinstance(key, str) and key.strip(), f"{what}: key {key!r} is not a string"
        assert type(number) is int, f"{what}: {key!r} maps to {number!r}, not an int"
        assert low <= number <= high, f"{what}: {key!r} maps to {number}, outside {low}..{high}"
    folded = [key.casefold() for key in value]
    assert len(set(folded)) == len(folded), f"{what} has keys that differ only by case"


ALL_FILES = tuple((lang, concept) for lang in LANGUAGES for concept in CONTENT_KEYS)


# --- every file ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "concept"), ALL_FILES)
def test_lexicon_data_header_and_exact_keys(lang: str, concept: str) -> None:
    first_line = lexicon_path(lang, concept).read_text(encoding="utf-8").splitlines()[0]
    assert re.fullmatch(r"# \S.{10,}", first_line), f"{concept}.yaml ({lang}) must open with a comment on what it is"
    data = load(lang, concept)
    assert set(data) == HEADER_KEYS | CONTENT_KEYS[concept]
    assert data["language"] == lang
    for key in ("source", "licence"):
        assert isinstance(data[key], str) and len(data[key]) > 10, f"{key} must say where the data comes from"


@pytest.mark.parametrize(("lang", "concept"), ALL_FILES)
def test_lexicon_data_strings_are_clean(lang: str, concept: str) -> None:
    """No stray spaces; apostrophes written as ' (the engine normalises ’ in text, not in data)."""
    data = load(lang, concept)
    for where, text in strings_in({k: v for k, v in data.items() if k not in {"separators", "patterns"}}):
        assert text == text.strip(), f"{concept}.yaml ({lang}) {where}: {text!r} has surrounding spaces"
        assert "  " not in text, f"{concept}.yaml ({lang}) {where}: {text!r} has a double space"
        assert "’" not in text, f"{concept}.yaml ({lang}) {where}: {text!r} must write its apostrophe as '"


def test_lexicon_data_duplicate_keys_are_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key 'janvier'"):
        yaml.load("months:\n  janvier: 1\n  janvier: 2\n", Loader=_StrictLoader)


# --- segment ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_segment(lang: str) -> None:
    data = load(lang, "segment")
    abbreviations = data["abbreviations"]
    assert_string_list(abbreviations, "abbreviations", case_sensitive=True)
    for abbreviation in abbreviations:
        assert abbreviation.endswith(".") and " " not in abbreviation, f"{abbreviation!r} is not 'token.'"
    if lang == "fr":
        assert_string_list(data["elisions"], "elisions", lowercase=True)
        assert all(e.endswith("'") for e in data["elisions"])
        assert {"l'", "d'", "qu'", "jusqu'"} <= set(data["elisions"])
        assert data["clitics"] == []
    elif lang == "en":
        assert_string_list(data["clitics"], "clitics", lowercase=True)
        assert all("'" in c for c in data["clitics"])
        assert {"'s", "n't"} <= set(data["clitics"])
        assert data["elisions"] == []
    else:  # no apostrophe elisions or clitics ("del" and "al" are words of their own)
        assert data["elisions"] == [] and data["clitics"] == []
    for pair in data["lost_accents"]:  # [plain ending, accented ending]
        assert isinstance(pair, list) and len(pair) == 2 and all(isinstance(e, str) and e for e in pair), pair
        assert pair[0].isascii() and not pair[1].isascii(), f"{pair}: the plain ending, then the accented one"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_month_abbreviations_do_not_end_sentences(lang: str) -> None:
    """A month abbreviation with its period ("15 janv. 2022") must be a segmentation abbreviation too."""
    abbreviations = set(load(lang, "segment")["abbreviations"])
    dotted = {month for month in load(lang, "time")["months"] if month.endswith(".")}
    assert dotted, "months should list abbreviations with their period"
    assert dotted <= abbreviations, f"missing from segment.yaml: {sorted(dotted - abbreviations)}"


# --- boilerplate --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_lists(lang: str) -> None:
    data = load(lang, "boilerplate")
    assert_string_list(data["furniture"], "furniture")
    assert len(data["furniture"]) >= 50
    assert_string_list(data["link_cues"], "link_cues")
    assert_string_list(data["credit_cues"], "credit_cues")
    assert_string_list(data["byline_cues"], "byline_cues", case_sensitive=True)
    assert_string_list(data["agencies"], "agencies", case_sensitive=True)
    assert type(data["byline_max_words"]) is int and 3 <= data["byline_max_words"] <= 30
    patterns = data["patterns"]
    assert isinstance(patterns, list) and patterns
    names = [p.get("name") for p in patterns]
    assert len(set(names)) == len(names), f"pattern names repeat: {names}"
    for pattern in patterns:
        assert set(pattern) == {"name", "regex"}, f"pattern {pattern} must have exactly name and regex"
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", pattern["name"]), f"{pattern['name']!r} is not kebab-case"
        re.compile(pattern["regex"])


def test_lexicon_data_boilerplate_covers_the_canonical_example() -> None:
    """The furniture of shared/examples/kazakhstan-2022-fr.txt, as a user's French pages carry it."""
    data = load("fr", "boilerplate")
    furniture = {phrase.lower() for phrase in data["furniture"]}
    assert {"access to the comments", "discussion"} <= furniture
    assert "tous droits réservés" in {cue.lower() for cue in data["credit_cues"]}
    assert "Par" in data["byline_cues"]
    assert {"Euronews", "AFP"} <= set(data["agencies"])


#: Words that open real headlines ("Live: …", "Vidéo : …"). The clean stage reads a line as furniture
#: when a furniture phrase followed by ":" opens it, so none of these may be furniture.
HEADLINE_OPENERS = (
    "Live",
    "Watch",
    "Video",
    "Update",
    "Breaking",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Google",
    "Direct",
    "En direct",
    "Vidéo",
    "Exclusif",
    "Analyse",
    "Info",
    "Urgent",
    "Alerte",
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_furniture_spares_headline_openers(lang: str) -> None:
    furniture = {phrase.casefold() for phrase in load(lang, "boilerplate")["furniture"]}
    clashes = sorted(opener for opener in HEADLINE_OPENERS if opener.casefold() in furniture)
    assert not clashes, f"these open headlines and must not be furniture: {clashes}"


FURNITURE_LINES = MappingProxyType(
    {
        "fr": (
            "Publié le 19/01/2022 - 16:40",
            "Mis à jour le mercredi 19 janvier 2022 à 17h02",
            "Dernière mise à jour : 7 février 2016 à 19:15 (UTC)",
            "Publié le 19 janv. 2022 à 16h40, mis à jour à 17h02",
            "Publié il y a 3 heures",
            "Temps de lecture : 3 min",
            "3 min de lecture",
            "1 / 12",
        ),
        "en": (
            "Updated: 19/01/2022 - 16:40",
            "Published January 19, 2022 4:40pm GMT",
            "First published on Wed 19 Jan 2022 16.40 GMT",
            "Last updated on Jan. 19, 2022 at 5:02 p.m. ET",
            "Updated 3 hours ago",
            "3 min read",
            "Image 3 of 8",
        ),
        "es": (
            "Publicado el 19/01/2022 - 16:40",
            "Actualizado: 19 de enero de 2022 a las 17:02 h",
            "Última actualización: miércoles, 19 ene. 2022, 17:02 CET",
            "Publicado hace 3 horas",
            "Tiempo de lectura: 3 min",
            "3 min de lectura",
            "Foto 3 de 8",
        ),
    }
)
ARTICLE_LINES = (
    "1er janvier 2016, 14h30 . –",
    "Mise à jour : Frank Habermann, qui avait quitté le checkpoint à 2h59 le 11 janvier, a fait demi-tour.",
    "Publié le 3 mai, le rapport accuse Moscou",
    "Perez (0/3)",
    "Updated figures show 225 people were killed in January.",
    "Published in 2016, the report said 12 people died.",
    "Posted by Jane Doe",
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_patterns_match_whole_furniture_lines(lang: str) -> None:
    patterns = [re.compile(p["regex"]) for p in load(lang, "boilerplate")["patterns"]]
    for line in FURNITURE_LINES[lang]:
        assert any(p.fullmatch(line) for p in patterns), f"no {lang} pattern matches furniture {line!r}"
    for line in ARTICLE_LINES:
        hits = [p.pattern for p in patterns if p.fullmatch(line)]
        assert not hits, f"article line {line!r} matched {hits}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_patterns_do_not_backtrack(lang: str) -> None:
    """A run of digits or separators that fails must fail fast: with "\\d{1,4}" instead of a possessive
    "\\d++", 24 digits alone take seconds (every split of the run is tried), 40 take hours."""
    patterns = [re.compile(p["regex"]) for p in load(lang, "boilerplate")["patterns"]]
    cue = {"fr": "Publié le ", "es": "Publicado el "}.get(lang, "Updated on ")
    hostile = [cue + "2" * 24 + "x", cue + "- " * 2000 + "x"]
    started = time.perf_counter()
    for line in hostile:
        assert not any(p.fullmatch(line) for p in patterns)
    assert time.perf_counter() - started < 0.5


# Real articles (read in place from ../shared; a user's machine has none, so these checks skip there).
CORPORA = MappingProxyType(
    {
        "fr": ("data/winer_fr/winer_fr_dev.jsonl",),
        "en": ("data/geoparsing/tr-news/tr-news.jsonl",),
    }
)


def corpus_lines(lang: str) -> list[str]:
    if lang not in CORPORA:
        pytest.skip(f"no development corpus of {lang} articles in ../shared")
    paths = [SHARED / name for name in CORPORA[lang]]
    if not all(path.is_file() for path in paths):
        pytest.skip("../shared development data is not available")
    lines = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in handle:
                text = json.loads(row)["text"]
                lines.extend(line.strip() for line in text.split("\n") if line.strip())
    return lines


def is_furniture_line(line: str, phrases: list[str]) -> bool:
    """The line is nothing but furniture phrases and separators (how the clean stage reads ``furniture``)."""
    rest = line.lower().strip(FURNITURE_SEPARATORS)
    ordered = sorted((p.lower() for p in phrases), key=len, reverse=True)
    while rest:
        for phrase in ordered:
            if rest.startswith(phrase) and (len(rest) == len(phrase) or not rest[len(phrase)].isalnum()):
                rest = rest[len(phrase) :].strip(FURNITURE_SEPARATORS)
                break
        else:
            return False
    return True


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_cues_spare_real_sentences(lang: str) -> None:
    """On real articles, cues fire only on short lines: furniture, credits, not reporting."""
    lines = corpus_lines(lang)
    data = load(lang, "boilerplate")
    patterns = [re.compile(p["regex"]) for p in data["patterns"]]
    credit_cues = [cue.lower() for cue in data["credit_cues"]]
    for line in lines:
        assert not any(p.fullmatch(line) for p in patterns), f"a pattern matches the article line {line!r}"
        if is_furniture_line(line, data["furniture"]):
            assert len(line.split()) <= 6, f"furniture phrases swallow the article line {line!r}"
        found = [cue for cue in credit_cues if cue in line.lower()]
        if found:
            assert len(line) <= 100, f"credit cue {found} fires inside the article line {line!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_boilerplate_headlines_do_not_open_with_furniture(lang: str) -> None:
    """No real headline may open with a furniture phrase and ":" ("Google : …" would read as a link)."""
    corpus_lines(lang)  # skips without ../shared
    phrases = [phrase.lower() for phrase in load(lang, "boilerplate")["furniture"]]
    for name in CORPORA[lang]:
        with (SHARED / name).open(encoding="utf-8") as handle:
            titles = [json.loads(row)["title"] for row in handle]
        for title in titles:
            lowered = title.lower()
            for phrase in phrases:
                if lowered.startswith(phrase) and lowered[len(phrase) :].lstrip().startswith(":"):
                    pytest.fail(f"headline {title!r} opens with the furniture phrase {phrase!r}")


def test_lexicon_data_boilerplate_wikinews_share_bar_is_furniture() -> None:
    lines = corpus_lines("fr")
    furniture = load("fr", "boilerplate")["furniture"]
    assert sum(line == "Partager cet article :" for line in lines) >= 10
    assert is_furniture_line("Partager cet article :", furniture)
    assert is_furniture_line("Access to the comments Discussion", furniture)
    assert not is_furniture_line("Partager les richesses : le débat reprend au Parlement", furniture)


# --- numbers ------------------------------------------------------------------------------------------------


def compound_value(phrase: str, words: dict[str, int]) -> int:
    """The value of a compound number from its parts: sums, except that "quatre-vingt(s)" is 4 × 20."""
    parts = [part for part in re.split(r"[- ]", phrase) if part not in {"et", "and", "y"}]
    total = 0
    previous = None
    for part in parts:
        if part in {"vingt", "vingts"} and previous == "quatre":
            total += 80 - 4
        else:
            assert part in words, f"{phrase!r}: part {part!r} is not itself a number word"
            total += words[part]
        previous = part
    return total


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_numbers_words(lang: str) -> None:
    words = load(lang, "numbers")["words"]
    assert_int_mapping(words, "words", 0, 1000)
    covered = set(words.values())
    missing = sorted(set(range(100)) - covered)
    assert not missing, f"no word for {missing}"
    for phrase, value in words.items():
        if re.search(r"[- ]", phrase):
            expected = compound_value(phrase, words)
            assert expected == value, f"{phrase!r} is {value}, its parts make {expected}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_numbers_multipliers_vague_approximate(lang: str) -> None:
    data = load(lang, "numbers")
    assert_int_mapping(data["multipliers"], "multipliers", 12, 10**12)
    for word, value in data["multipliers"].items():
        assert value == 12 or str(value).rstrip("0") == "1", f"multiplier {word!r} = {value}: not 10^n"
    assert_int_mapping(data["vague"], "vague", 1, 10**9)
    link = (" de", " d'") if lang == "fr" else (" of",)
    for phrase, value in data["vague"].items():
        for suffix in link:
            if phrase.endswith(suffix):
                bare = phrase[: -len(suffix)]
                assert data["vague"].get(bare) == value, f"{phrase!r} needs its bare form {bare!r} = {value}"
    if lang == "fr":
        for phrase, value in data["vague"].items():
            if not phrase.endswith(link):
                linked = [data["vague"].get(phrase + suffix) for suffix in link]
                assert linked == [value, value], f"{phrase!r} needs its 'de' and 'd'' forms"
    assert_string_list(data["approximate"], "approximate", lowercase=True)
    vague_and_approximate = set(data["vague"]) & set(data["approximate"])
    assert not vague_and_approximate, f"listed twice: {vague_and_approximate}"


def test_lexicon_data_numbers_follow_acled_for_vague_amounts() -> None:
    fr = load("fr", "numbers")["vague"]
    en = load("en", "numbers")["vague"]
    assert en["dozens of"] == 12 and en["hundreds of"] == 100 and en["thousands of"] == 1000
    assert fr["des dizaines de"] == 12 and fr["des centaines de"] == 100 and fr["des milliers de"] == 1000
    assert fr["une centaine"] == 100 and fr["une vingtaine"] == 20


@pytest.mark.parametrize(("lang", "thousands", "decimal"), [("fr", ".", ","), ("en", ",", ".")])
def test_lexicon_data_numbers_separators(lang: str, thousands: str, decimal: str) -> None:
    separators = load(lang, "numbers")["separators"]
    assert set(separators) == {"thousands", "decimal"}
    for kind in ("thousands", "decimal"):
        assert isinstance(separators[kind], list) and separators[kind]
        assert all(isinstance(s, str) and len(s) == 1 for s in separators[kind])
    assert not set(separators["thousands"]) & set(separators["decimal"])
    assert thousands in separators["thousands"] and separators["decimal"] == [decimal]
    if lang == "fr":
        assert {" ", "\u00a0", "\u202f"} <= set(separators["thousands"])


# --- counts -------------------------------------------------------------------------------------------------


def assert_disjoint_categories(mapping: Any, categories: frozenset[str], what: str) -> None:
    assert isinstance(mapping, dict), f"{what} must be a mapping"
    assert set(mapping) == categories, f"{what} must have exactly {sorted(categories)}"
    seen: dict[str, str] = {}
    for category, items in mapping.items():
        assert_string_list(items, f"{what}.{category}", lowercase=True)
        for item in items:
            assert item not in seen, f"{what}: {item!r} is in both {seen[item]} and {category}"
            seen[item] = category


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_counts(lang: str) -> None:
    data = load(lang, "counts")
    assert_disjoint_categories(data["count_nouns"], COUNT_CATEGORIES, "count_nouns")
    assert_disjoint_categories(data["casualty_participles"], PARTICIPLE_CATEGORIES, "casualty_participles")
    assert_string_list(data["people_nouns"], "people_nouns", lowercase=True)
    expected = {
        "fr": {"dead": "morts", "arrested": "arrestations", "troops": "troupes", "injured": "blessés"},
        "en": {"dead": "killed", "arrested": "arrests", "troops": "troops", "injured": "wounded"},
        "es": {"dead": "muertos", "arrested": "detenidos", "troops": "efectivos", "injured": "heridos"},
    }[lang]
    for category, noun in expected.items():
        assert noun in data["count_nouns"][category]
    people = {"fr": "personnes", "en": "people", "es": "personas"}[lang]
    assert people in data["people_nouns"]


# --- time ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_time_calendar_names(lang: str) -> None:
    data = load(lang, "time")
    assert_int_mapping(data["months"], "months", 1, 12)
    assert set(data["months"].values()) == set(range(1, 13))
    assert_int_mapping(data["weekdays"], "weekdays", 0, 6)
    assert sorted(data["weekdays"].values()) == list(range(7))
    # cross-checked with Unicode CLDR: every full month and weekday name, with its number (Monday = 0 in both)
    cldr = babel.Locale.parse(lang)
    months = {name.casefold(): number for name, number in data["months"].items()}
    for number, name in cldr.months["format"]["wide"].items():
        assert months.get(name.casefold()) == number, f"month {name!r} should be {number}"
    weekdays = {name.casefold(): number for name, number in data["weekdays"].items()}
    for number, name in cldr.days["format"]["wide"].items():
        assert weekdays.get(name.casefold()) == number, f"weekday {name!r} should be {number}"
    assert_int_mapping(data["ordinals"], "ordinals", 1, 31)
    if lang == "en":
        assert sorted(data["ordinals"].values()) == list(range(1, 32))
    else:
        assert data["ordinals"][{"fr": "1er", "es": "1º"}[lang]] == 1
    assert data["dateline_order"] == {"fr": "dmy", "en": "mdy", "es": "dmy"}[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_time_relative_expressions(lang: str) -> None:
    data = load(lang, "time")
    relative = data["relative_days"]
    assert isinstance(relative, dict) and relative
    for phrase, offset in relative.items():
        valid = offset is None or (type(offset) is int and -7 <= offset <= 7)
        assert valid, f"{phrase!r}: offset {offset!r} is neither null nor a day count"
    yesterday = {"fr": "hier", "en": "yesterday", "es": "ayer"}[lang]
    assert relative[yesterday] == -1
    anchored = data["anchored_days"]
    assert_int_mapping(anchored, "anchored_days", -7, 7)
    assert set(anchored) == {p for p, offset in relative.items() if offset is None}
    units = data["units"]
    assert isinstance(units, dict) and set(units.values()) == TIME_UNITS
    assert set(data["ago"]) == {"before", "after"}
    for side in ("before", "after"):
        assert_string_list(data["ago"][side], f"ago.{side}", lowercase=True, allow_empty=True)
    assert data["ago"]["after" if lang == "en" else "before"], "ago needs its cue on the language's side"
    for key in ("last", "next", "this", "since", "month_prepositions", "year_prepositions"):
        assert_string_list(data[key], key, lowercase=True)
    assert data["order"] == {"fr": "after", "en": "before", "es": "both"}[lang]
    assert_string_list(data["historical_nouns"], "historical_nouns", lowercase=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_data_time_vague_parts(lang: str) -> None:
    vague = load(lang, "time")["vague"]
    assert isinstance(vague, dict) and set(vague) == VAGUE_PARTS
    seen: set[str] = set()
    for part in sorted(VAGUE_PARTS):
        assert_string_list(vague[part], f"vague.{part}", lowercase=True)
        assert not seen & set(vague[part]), f"vague.{part} repeats a phrase of another part"
        seen |= set(vague[part])
    early = {"fr": "début", "en": "early", "es": "principios de"}[lang]
    assert early in vague["early"]
