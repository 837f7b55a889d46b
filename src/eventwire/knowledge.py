"""Loading the knowledge eventwire keeps as data files.

Per-language knowledge lives in ``lang/<code>/<concept>.yaml``; shared knowledge in ``data/<name>.yaml``. Every file
carries a ``source`` and a ``licence`` so a user can see where each word list comes from; a file without them is
refused here rather than shipped unattributed. Loaders are memoised: the files are read once per process and the
returned structures are treated as read-only by every caller.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import KnowledgeError

HEADER_KEYS = ("source", "licence")


def package_path(*parts: str) -> Path:
    """Path of a file shipped inside the package (works for editable and wheel installs)."""
    return Path(str(resources.files("eventwire").joinpath(*parts)))


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """Languages with a full set of knowledge files: the ones that have event triggers."""
    root = package_path("lang")
    return tuple(sorted(p.name for p in root.iterdir() if (p / "triggers.yaml").is_file()))


@functools.cache
def place_languages() -> tuple[str, ...]:
    """Languages eventwire reads place names in: the ones with place words."""
    root = package_path("lang")
    return tuple(sorted(p.name for p in root.iterdir() if (p / "places.yaml").is_file()))


def _load(path: Path, required: str) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError:
        raise KnowledgeError(f"knowledge file {path} is missing; reinstall eventwire or restore the file") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"knowledge file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"knowledge file {path} must hold a mapping at its top level")
    missing = [key for key in (*HEADER_KEYS, required) if key not in data]
    if missing:
        raise KnowledgeError(f"knowledge file {path} lacks the key(s) {', '.join(missing)}")
    return data


@functools.cache
def lang_data(lang: str, concept: str) -> dict[str, Any]:
    """The ``concept`` file of language ``lang`` (e.g. ``lang_data("fr", "time")``), as a dict."""
    path = package_path("lang", lang, f"{concept}.yaml")
    if not path.is_file():
        known = ", ".join(supported_languages()) or "none"
        raise KnowledgeError(f"no {concept} knowledge for language '{lang}' (languages with full support: {known})")
    return _load(path, _CONTENT_KEY.get(concept, concept))


@functools.cache
def shared_data(name: str) -> dict[str, Any]:
    """A language-independent knowledge file from ``data/`` (e.g. ``shared_data("organizations")``)."""
    return _load(package_path("data", f"{name}.yaml"), _CONTENT_KEY.get(name, name))


#: The content key of each knowledge file, where it differs from the file's name.
_CONTENT_KEY = {
    "segment": "abbreviations",
    "boilerplate": "furniture",
    "numbers": "words",
    "counts": "count_nouns",
    "time": "months",
    "modality": "negation",
    "reporting": "verbs",
    "plover": "types",
    "grammar": "definite",
    "places": "locative",
}
