"""Every knowledge file: present for every language, loadable, attributed, with its content key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.knowledge import _CONTENT_KEY, lang_data, package_path, shared_data, supported_languages

CONCEPTS = (
    "agents",
    "boilerplate",
    "contexts",
    "counts",
    "cues",
    "demonyms",
    "grammar",
    "modality",
    "numbers",
    "places",
    "reporting",
    "segment",
    "time",
    "titles",
    "triggers",
)
SHARED = ("country_aliases", "metonyms", "organizations", "plover", "regions")


def test_knowledge_supported_languages_are_french_and_english_at_least() -> None:
    assert {"fr", "en"} <= set(supported_languages())


@pytest.mark.parametrize("lang", supported_languages())
@pytest.mark.parametrize("concept", CONCEPTS)
def test_knowledge_supported_language_has_every_file(lang: str, concept: str) -> None:
    """A language with triggers is fully supported: it must have every concept file."""
    assert package_path("lang", lang, f"{concept}.yaml").is_file(), f"{lang} lacks {concept}.yaml"


@pytest.mark.parametrize(
    ("lang", "concept"),
    [(p.parent.name, p.stem) for p in sorted(Path(package_path("lang")).glob("*/*.yaml"))],
    ids=lambda v: str(v),
)
def test_knowledge_language_file_is_attributed(lang: str, concept: str) -> None:
    """Every language file, in full or partial folders (a language may have dates and places before triggers)."""
    data = lang_data(lang, concept)
    assert data["language"] == lang
    assert str(data["source"]).strip() and str(data["licence"]).strip()
    assert data[_CONTENT_KEY.get(concept, concept)], f"{lang}/{concept}.yaml has an empty content key"


@pytest.mark.parametrize("name", SHARED)
def test_knowledge_shared_file_is_attributed(name: str) -> None:
    data = shared_data(name)
    assert str(data["source"]).strip() and str(data["licence"]).strip()
    assert "language" not in data


@pytest.mark.parametrize(
    "path", sorted(Path(package_path("lang")).glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_knowledge_no_stray_files(path: Path) -> None:
    assert path.stem in CONCEPTS, f"{path} is not a known concept; add it to the loader and this test"
    with path.open(encoding="utf-8") as handle:
        first = handle.readline()
    assert first.startswith("#"), f"{path} must open with a comment saying what it holds"
    yaml.safe_load(path.read_text(encoding="utf-8"))
