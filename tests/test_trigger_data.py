"""Schema checks for the event knowledge files: triggers, contexts, modality, reporting, cues and plover.yaml.

The engine trusts these files, so every mistake a contributor can make in them (a mode that PLOVER does not
have, a context name with a typo, a YAML ``no`` read as a boolean, an ``unless`` word that silences its own
trigger) is caught here, before any text runs.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
import simplemma
import yaml

from eventwire.knowledge import supported_languages

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"
LANGUAGES = supported_languages()  # the fully supported languages; partial folders: test_knowledge_schema.py
PLOVER_MANUAL = Path("/work/shared/data/plover/PLOVER_MANUAL.tex")
GAP = "…"

EVENT_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
CONTEXTS = frozenset(
    {
        "military", "intelligence", "executive", "legislative", "election", "political_institutions",
        "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
        "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
        "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration", "disasters",
        "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation",
        "crime", "corruption", "illegal_drugs", "trafficking",
    }
)  # fmt: skip
# The manual's quad table, with SANCTION moved to material conflict as its own section says.
QUADS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
NEEDS = frozenset({"military", "security", "state", "actor", "people", "content", "hostile_content"})
GROUP_KEYS = frozenset({"event", "mode", "words", "needs", "unless", "contexts", "actor", "by_state"})
HEADER_KEYS = frozenset({"source", "licence"})
LANGUAGE_FILES = {
    "triggers.yaml": {"triggers"},
    "contexts.yaml": {"contexts"},
    "modality.yaml": {"negation", "future", "conditional", "hypothetical", "threat"},
    "reporting.yaml": {"prepositions", "verbs", "claimed", "denied"},
    "cues.yaml": {"cues"},
}
#: Lists a language may give when its grammar needs them: "si" before a past tense states a fact in French
#: (concessive); a future written as a verb ending (tense.py), with the verbs of continuing.
OPTIONAL_KEYS = {"modality.yaml": {"concessive", "future_endings", "continuing"}}
# The cue lists every language must give; the event stage may read more (aid_purpose, event_nouns…).
CUE_LISTS = frozenset({"aid_request", "anteriority", "toll", "non_violent_death", "weapons"})
ACLED_EVENT_TYPES = frozenset(
    {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments",
    }
)  # fmt: skip
ACLED_SUB_EVENT_TYPES = frozenset(
    {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
        "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
        "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory", "Other",
    }
)  # fmt: skip
ELISION = re.compile(r"^((?:[dlnjmtsc]|qu|jusqu|lorsqu|puisqu)')(.+)$", re.IGNORECASE)


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{path}: the top level must be a mapping"
    return data


def _language_file(lang: str, name: str) -> dict[str, Any]:
    return _load(PACKAGE / "lang" / lang / name)


def _plover() -> dict[str, Any]:
    return _load(PACKAGE / "data" / "plover.yaml")


def _strings(node: Any, where: str) -> list[tuple[str, str]]:
    """Every scalar below ``node`` with a readable location, so a failure names the entry to fix."""
    if isinstance(node, dict):
        return [item for key, value in node.items() for item in _strings(value, f"{where}.{key}")]
    if isinstance(node, list):
        return [item for i, value in enumerate(node) for item in _strings(value, f"{where}[{i}]")]
    return [(where, node)]


def _tokens(phrase: str, lang: str) -> list[str]:
    """Split an entry the way the engine's tokenizer would, enough to compare lemmas (elisions apart)."""
    tokens = []
    for part in phrase.replace("’", "'").split():
        match = ELISION.match(part) if lang == "fr" else None
        tokens.extend(match.groups() if match else [part])
    return tokens


def _keys(token: str, lang: str) -> set[str]:
    lower = token.lower()
    return {lower, simplemma.lemmatize(lower, lang=lang).lower()}


def _groups(lang: str) -> list[dict[str, Any]]:
    return _language_file(lang, "triggers.yaml")["triggers"]


def _modes_by_type() -> dict[str, set[str]]:
    return {name: set(spec["modes"]) for name, spec in _plover()["types"].items()}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(LANGUAGE_FILES))
def test_trigger_data_language_files_have_header_and_content_keys(lang: str, name: str) -> None:
    path = PACKAGE / "lang" / lang / name
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# ") and len(first_line) > 10, f"{path}: must start with a comment saying what it is"
    data = _load(path)
    required = HEADER_KEYS | {"language"} | LANGUAGE_FILES[name]
    assert required <= set(data) <= required | OPTIONAL_KEYS.get(name, set()), f"{path}: unexpected top-level keys"
    for key in OPTIONAL_KEYS.get(name, set()) & set(data):
        values = data[key]
        assert isinstance(values, list) and values and all(isinstance(v, str) and v for v in values), f"{path}: {key}"
    assert data["language"] == lang, f"{path}: language is {data['language']!r}, expected {lang!r}"
    for key in HEADER_KEYS:
        assert isinstance(data[key], str) and data[key].strip(), f"{path}: {key} must be a non-empty string"


def test_trigger_data_plover_file_has_header_and_no_language() -> None:
    path = PACKAGE / "data" / "plover.yaml"
    assert path.read_text(encoding="utf-8").startswith("# "), f"{path}: must start with a comment"
    data = _plover()
    assert set(data) == HEADER_KEYS | {"contexts", "types"}, f"{path}: unexpected top-level keys {sorted(data)}"
    assert "CC BY-SA 4.0" in data["licence"], f"{path}: the PLOVER-derived parts are CC BY-SA 4.0"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", [*sorted(LANGUAGE_FILES), "plover.yaml"])
def test_trigger_data_has_no_empty_or_non_string_entries(lang: str, name: str) -> None:
    path = PACKAGE / "data" / name if name == "plover.yaml" else PACKAGE / "lang" / lang / name
    data = _load(path)
    body = {key: value for key, value in data.items() if key not in HEADER_KEYS | {"language"}}
    for where, value in _strings(body, path.name):
        if name == "plover.yaml" and (value is None or isinstance(value, int | float)):
            continue  # scores and null crosswalks are numbers and nulls by design
        if name == "triggers.yaml" and where.endswith(".mode") and value is None:
            continue
        assert isinstance(value, str), f"{where}: {value!r} is not a string (quote it in the YAML)"
        assert value.strip() == value and value, f"{where}: {value!r} is empty or has stray spaces"
        assert "..." not in value, f"{where}: {value!r} uses '...'; write the gap as '…'"


def test_trigger_data_plover_types_and_contexts_are_plovers() -> None:
    data = _plover()
    assert set(data["types"]) == EVENT_TYPES
    assert len(data["contexts"]) == len(CONTEXTS) and set(data["contexts"]) == CONTEXTS


def test_trigger_data_plover_types_are_well_formed() -> None:
    for name, spec in _plover()["types"].items():
        assert spec["quad"] == QUADS[name], f"{name}: quad {spec['quad']} (expected {QUADS[name]})"
        assert -10 <= spec["score"] <= 10, f"{name}: score {spec['score']} outside -10..10"
        assert re.fullmatch(r"\d\d", spec["cameo_root"]), f"{name}: cameo_root must be a two-digit string"
        for mode, score in spec["modes"].items():
            assert score is None or -10 <= score <= 10, f"{name}/{mode}: score {score} outside -10..10"
        for mode, root in spec.get("mode_cameo_root", {}).items():
            assert mode in spec["modes"], f"{name}: mode_cameo_root names unknown mode {mode!r}"
            assert re.fullmatch(r"\d\d", root), f"{name}/{mode}: CAMEO root must be a two-digit string"


def _check_acled(where: str, crosswalk: Any) -> None:
    if crosswalk is None:
        return
    assert set(crosswalk) <= {"event_type", "sub_event_type", "modes"}, f"{where}: unexpected keys"
    event_type, sub_event_type = crosswalk.get("event_type"), crosswalk.get("sub_event_type")
    assert event_type is None or event_type in ACLED_EVENT_TYPES, f"{where}: unknown ACLED type {event_type!r}"
    assert sub_event_type is None or sub_event_type in ACLED_SUB_EVENT_TYPES, (
        f"{where}: unknown ACLED sub-event type {sub_event_type!r}"
    )
    assert (event_type is None) == (sub_event_type is None), f"{where}: give both ACLED fields or neither"


def test_trigger_data_plover_acled_crosswalk_uses_acled_names() -> None:
    for name, spec in _plover()["types"].items():
        crosswalk = spec["acled"]
        _check_acled(name, crosswalk)
        for mode, per_mode in (crosswalk or {}).get("modes", {}).items():
            assert mode in spec["modes"], f"{name}: ACLED crosswalk names unknown mode {mode!r}"
            _check_acled(f"{name}/{mode}", per_mode)


def _manual_scores() -> dict[tuple[str, str | None], float]:
    """The manual's conflict-cooperation score table, as (TYPE, mode) -> score."""
    # An older version of the table is still in the manual, commented out: read live lines only.
    lines = PLOVER_MANUAL.read_text(encoding="utf-8").splitlines()
    live = "\n".join(line for line in lines if not line.lstrip().startswith("%"))
    start = live.index(r"\caption{PLOVER conflict--cooperation scores}")
    table = live[start : live.index(r"\label{tab:ploverscores}", start)].replace(r"\cellcolor{gray!25}", "")
    scores: dict[tuple[str, str | None], float] = {}
    for event, mode, score in re.findall(r"([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(-?[\d.]+)", table):
        scores[(event, mode.lower() or None)] = float(score)
    return scores


@pytest.mark.skipif(not PLOVER_MANUAL.exists(), reason="the PLOVER manual is development data, not in the repo")
def test_trigger_data_plover_scores_match_the_manual() -> None:
    manual = _manual_scores()
    assert len(manual) > 60, "the manual's score table was not parsed"
    for name, spec in _plover()["types"].items():
        expected = manual[(name, None)]
        if name == "ACCUSE":
            expected = -abs(expected)  # the manual prints 3; plover.yaml documents why it reads -3
        assert spec["score"] == expected, f"{name}: score {spec['score']}, manual {expected}"
        for mode, score in spec["modes"].items():
            assert manual.get((name, mode)) == score, f"{name}/{mode}: score {score}, manual {manual.get((name, mode))}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_groups_use_plover_types_modes_needs_and_contexts(lang: str) -> None:
    modes = _modes_by_type()
    for i, group in enumerate(_groups(lang)):
        where = f"{lang}/triggers.yaml group {i} ({group.get('event')}/{group.get('mode')})"
        assert set(group) <= GROUP_KEYS, f"{where}: unexpected keys {sorted(set(group) - GROUP_KEYS)}"
        assert group["event"] in EVENT_TYPES, f"{where}: {group['event']!r} is not a PLOVER event type"
        assert "mode" in group, f"{where}: give a mode, or null"
        mode = group["mode"]
        assert mode is None or mode in modes[group["event"]], f"{where}: {mode!r} is not a mode of {group['event']}"
        assert group.get("needs") is None or group["needs"] in NEEDS, f"{where}: needs {group['needs']!r} unknown"
        assert group.get("actor") in (None, "speaker"), f"{where}: actor {group['actor']!r} unknown (speaker)"
        if group.get("by_state"):  # "EVENT mode": what the words code when a state does it
            state_event, _, state_mode = group["by_state"].partition(" ")
            assert state_event in EVENT_TYPES, f"{where}: by_state {state_event!r} is not a PLOVER event type"
            assert not state_mode or state_mode in modes[state_event], f"{where}: by_state mode {state_mode!r}"
        for context in group.get("contexts", []):
            assert context in CONTEXTS, f"{where}: {context!r} is not a PLOVER context"
        assert isinstance(group["words"], list) and group["words"], f"{where}: words must be a non-empty list"
        lowered = [word.lower() for word in group["words"]]
        duplicates = sorted({word for word in lowered if lowered.count(word) > 1})
        assert not duplicates, f"{where}: duplicate words {duplicates}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_covers_every_event_type(lang: str) -> None:
    assert {group["event"] for group in _groups(lang)} == EVENT_TYPES


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(LANGUAGE_FILES))
def test_trigger_data_gaps_stand_between_words(lang: str, name: str) -> None:
    data = _language_file(lang, name)
    for where, value in _strings({k: v for k, v in data.items() if k not in HEADER_KEYS}, f"{lang}/{name}"):
        if not isinstance(value, str) or GAP not in value:
            continue
        parts = value.split()
        assert parts[0] != GAP and parts[-1] != GAP, f"{where}: {value!r} starts or ends with a gap"
        assert all(GAP not in part or part == GAP for part in parts), f"{where}: {value!r}: put spaces around '…'"
        assert all(not (a == b == GAP) for a, b in itertools.pairwise(parts)), f"{where}: double gap"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_unless_entries_are_words_or_phrases(lang: str) -> None:
    """An ``unless`` entry blocks only where it occurs whole (stages/events.py), so a phrase ("tomar protesta") may
    name a sense of a trigger word; it must not be one of its group's own trigger phrases, which it would silence."""
    for group in _groups(lang):
        own = {" ".join(_tokens(entry, lang)).lower() for entry in group["words"]}
        for entry in group.get("unless", []):
            assert isinstance(entry, str) and entry.strip(), f"{lang} {group['event']}: empty unless entry"
            assert " ".join(_tokens(entry, lang)).lower() not in own, f"{lang} {group['event']}: unless {entry!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_unless_never_blocks_its_own_words(lang: str) -> None:
    """An ``unless`` word that shares a lemma with a trigger word would silence that trigger everywhere."""
    for group in _groups(lang):
        blocked = set().union(*(_keys(word, lang) for word in group.get("unless", [])))
        for entry in group["words"]:
            for token in _tokens(entry, lang):
                clash = _keys(token, lang) & blocked if token != GAP else set()
                assert not clash, f"{lang} {group['event']}/{group['mode']}: unless {sorted(clash)} blocks {entry!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_contexts_file_covers_every_plover_context(lang: str) -> None:
    contexts = _language_file(lang, "contexts.yaml")["contexts"]
    assert set(contexts) == CONTEXTS, f"{lang}: missing {sorted(CONTEXTS - set(contexts))}"
    for name, cues in contexts.items():
        assert isinstance(cues, list) and cues, f"{lang} contexts.{name}: give at least one cue"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_data_cue_lists_are_complete(lang: str) -> None:
    cues = _language_file(lang, "cues.yaml")["cues"]
    assert set(cues) >= CUE_LISTS, f"{lang}/cues.yaml: missing {sorted(CUE_LISTS - set(cues))}"
    lists = dict(cues)
    for name in ("modality.yaml", "reporting.yaml"):
        data = _language_file(lang, name)
        lists.update({key: data[key] for key in LANGUAGE_FILES[name]})
    for name, values in lists.items():
        assert isinstance(values, list) and values, f"{lang}: {name} must be a non-empty list"
        lowered = [value.lower() for value in values]
        assert len(set(lowered)) == len(lowered), f"{lang}: {name} has duplicate entries"
