"""Office holders: named people coded by the role they held on a date.

"Le président Kassym-Jomart Tokaïev" is KAZ GOV in 2022 and was KAZ LEG in 2015: a person's code depends on when
the article speaks. Two shipped files list people with dated roles: ``data/office_holders.yaml`` (written for
eventwire: recent office holders, names in every supported language) and ``data/office_holders_oeda.tsv`` (derived
from the Open Event Data Alliance's Phoenix dictionary: thousands of office holders, English names, roles up to
about 2014). Where both name a person, the first wins. Names are compared folded (lowercase, without accents,
dots, hyphens or apostrophes), so "Tokaïev" meets "TOKAIEV" and "Zia-ul-Haq" meets "Zia ul Haq".
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import KnowledgeError
from eventwire.knowledge import package_path, shared_data
from eventwire.model import ActorRef, Token

_TSV = "office_holders_oeda.tsv"


#: The last day the derived table (office_holders_oeda.tsv, whose roles end in 2014–2016) knows of: a role it leaves
#: open ("Dean Barrow, BLZ GOV from 2008") is not known to go on after it.
DERIVED_ROLES_KNOWN_UNTIL = date(2016, 12, 31)


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    sector: str | None
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    roles: tuple[Role, ...]
    wikidata: str | None
    curated: bool  # from office_holders.yaml, which wins over the derived table
    surname_listed: bool  # the data names the person by surname alone: the well-known bearer of that surname
    given: frozenset[str]  # the first word of each of the person's full names, folded

    def surely_in_office(self, day: date) -> bool:
        """Holding a dated role (any, ELI included) on ``day``, as far as the data can tell: a role the derived table
        leaves open only says the person was in office when the dictionary was last updated."""
        return any(
            r.dated and r.covers(day) and (r.end is not None or self.curated or day <= DERIVED_ROLES_KNOWN_UNTIL)
            for r in self.roles
        )


@functools.lru_cache(maxsize=100_000)
def fold(word: str) -> tuple[str, ...]:
    """A name word as the parts it is compared by: lowercase, no accents or dots, split at hyphens/apostrophes."""
    plain = word.lower()
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    plain = plain.replace(".", "").replace("’", "-").replace("'", "-")
    return tuple(part for part in plain.split("-") if part)


@dataclass(frozen=True, slots=True)
class OfficeHolders:
    """Every known name of every office holder, as folded word sequences."""

    holders: tuple[Holder, ...]
    names: dict[tuple[str, ...], tuple[int, ...]]  # full names and well-known surnames, after a title
    standalone: dict[tuple[str, ...], tuple[int, ...]]  # those that name someone without a title too
    surnames: dict[tuple[str, ...], tuple[int, ...]]  # the last word of every name: only after a title
    middle: dict[tuple[str, ...], tuple[int, ...]]  # inner words of long names: "Ernesto Samper (Pizano)"
    lowercase_first: frozenset[tuple[str, ...]]  # names written with a lowercase particle first ("von der Leyen")
    longest: int
    first_words: frozenset[str]  # the first part of every name: most tokens start none
    lowercase_starts: frozenset[str]  # the first word of names that start in lowercase ("von der Leyen")

    def named_at(
        self, tokens: list[Token], k: int, last: int, *, titled: bool = False
    ) -> tuple[list[Holder], int] | None:
        """The holders of the longest known name starting at token k, and the token index after it; without a
        title before it, only names that cannot be someone else's (see ``office_holders``)."""
        names = self.names if titled else self.standalone
        head = fold(tokens[k].text)
        if not head or head[0] not in self.first_words:
            return None
        parts: tuple[str, ...] = ()
        best: tuple[list[Holder], int] | None = None
        j = k
        while j < last and len(parts) < self.longest:
            token = tokens[j]
            if token.text == "." and j > k:
                j += 1
                continue
            if not token.text[:1].isalpha():
                break
            parts += fold(token.text)
            j += 1
            ids = names.get(parts)
            if ids and _written_as_name(tokens[k], tokens[j - 1], parts in self.lowercase_first):
                best = [self.holders[i] for i in ids], j
        return best

    def by_surname(self, name: list[Token]) -> list[Holder]:
        """Holders a titled name may be: by its last word ("President Mugabe"), spelt one letter off if no one has
        it ("Mitterand", "Bouteflicka", "Tokaev"), and sharing its first word when it has several ("Francois
        Mitterand"); the well-known bearers of a surname when there are any. A name with a first name may also
        end with the inner word of a longer one: Spanish and Portuguese names drop the mother's surname ("Ernesto
        Samper" is "Ernesto Samper Pizano")."""
        surname = fold(name[-1].text)[-1:]
        if not surname:
            return []
        ids = self.surnames.get(surname, ()) + (self.middle.get(surname, ()) if len(name) > 1 else ())
        if not ids and len(surname[0]) >= _MIN_FUZZY:
            index = _spelling_index()
            near = {word for key in _deletions(surname[0]) for word in index.get(key, ())}
            ids = tuple(sorted({i for word in near for i in self.surnames[(word,)]}))
        found = [self.holders[i] for i in ids]
        if len(name) > 1:
            given = fold(name[0].text)[:1]
            found = [h for h in found if given and given[0] in h.given]
        listed = [h for h in found if h.surname_listed]
        return listed or found

    def sitting(self, surname: str, day: date) -> list[Holder]:
        """The people in office on ``day`` (a dated role other than ELI covering it) who bear ``surname`` as their
        last name or, in a longer name, an inner one (Spanish and Portuguese names are shortened to the father's
        surname: "Samper" for Ernesto Samper Pizano), when all of them serve one country. The press names the
        sitting president or minister by surname alone; an untitled surname names no one else."""
        key = fold(surname)[-1:]
        if len(key) != 1:
            return []
        ids = dict.fromkeys(self.surnames.get(key, ()) + self.middle.get(key, ()))
        found = [
            self.holders[i]
            for i in ids
            if any(r.dated and r.sector not in (None, "ELI") and r.covers(day) for r in self.holders[i].roles)
        ]
        countries = {r.country for h in found for r in h.roles if r.dated and r.covers(day)}
        return found if len(countries) == 1 else []


def _written_as_name(first: Token, final: Token, particle_first: bool) -> bool:
    return (particle_first or first.text[:1].isupper()) and any(c.isupper() for c in final.text)


def resolve(holders: list[Holder], day: date | None, title_sector: str | None) -> ActorRef | None:
    """The code of a person among ``holders`` on ``day``; None when they could be people of different countries.

    A title saying the person left office ("former president") makes them ELI whatever their role.
    """
    candidates = [h for h in holders if h.curated] or holders
    if day is not None:  # "President Bush" in 2005: the Bush in office then
        active = [h for h in candidates if any(r.dated and r.covers(day) for r in h.roles)]
        titled = [h for h in active if any(r.dated and r.covers(day) and r.sector == title_sector for r in h.roles)]
        candidates = titled or active or candidates
    picks = [(holder, _role_of(holder, day, title_sector)) for holder in candidates]
    if len({role.country for _, role in picks}) != 1:
        return None
    holder, role = picks[0]
    sector = "ELI" if title_sector == "ELI" else role.sector or title_sector
    return ActorRef(role.country, sector, holder.name, holder.wikidata, "person")


def _role_of(holder: Holder, day: date | None, title_sector: str | None) -> Role:
    """The roles covering the day, else the one held outside the dated ones, else (or undated) all of them; among
    those, one the title names, else an office rather than ELI; the latest of these."""
    roles = list(holder.roles)
    if day is not None:
        covering = [r for r in roles if r.dated and r.covers(day)]
        roles = covering or [r for r in roles if not r.dated] or roles
    titled = [r for r in roles if r.sector == title_sector]
    offices = [r for r in roles if r.sector not in (None, "ELI")]
    return max(titled or offices or roles, key=lambda r: r.start or date.min)


@functools.cache
def office_holders() -> OfficeHolders:
    """The office holders of both files, indexed by their folded names."""
    entries = [(entry, True) for entry in _curated()] + [(entry, False) for entry in _derived()]
    holders: list[Holder] = []
    names: dict[tuple[str, ...], list[int]] = {}
    surnames: dict[tuple[str, ...], list[int]] = {}
    middle: dict[tuple[str, ...], list[int]] = {}
    lowercase_first: set[tuple[str, ...]] = set()
    for (name, aliases, roles, wikidata), curated in entries:
        keys: dict[tuple[str, ...], None] = {}
        for alias in (name, *aliases):
            key = tuple(part for word in alias.split() for part in fold(word))
            if key:
                keys[key] = None
                if alias[:1].islower():
                    lowercase_first.add(key)
        full_names = [k for k in keys if len(k) > 1]
        lone_surnames = [k for k in keys if len(k) == 1 and any(k[0] == f[-1] for f in full_names)]
        index = len(holders)
        given = frozenset(k[0] for k in full_names)
        holders.append(Holder(name, roles, wikidata, curated, bool(lone_surnames), given))
        for key in keys:
            if len(key) > 1 or curated or key in lone_surnames:
                names.setdefault(key, []).append(index)
        for key in dict.fromkeys(k[-1:] for k in keys):
            surnames.setdefault(key, []).append(index)
        for key in dict.fromkeys((word,) for k in full_names for word in k[1:-1]):
            middle.setdefault(key, []).append(index)
    standalone = _standalone(names, surnames, holders)
    return OfficeHolders(
        tuple(holders),
        {k: tuple(v) for k, v in names.items()},
        standalone,
        {k: tuple(v) for k, v in surnames.items()},
        {k: tuple(v) for k, v in middle.items()},
        frozenset(lowercase_first),
        max((len(k) for k in names), default=1),
        frozenset(key[0] for key in names),
        frozenset(key[0] for key in lowercase_first),
    )


def _standalone(
    names: dict[tuple[str, ...], list[int]], surnames: dict[tuple[str, ...], list[int]], holders: list[Holder]
) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The names that stand for a person without a title: all of the curated file's; of the derived table's, those
    whose surname only people of one country bear ("Vladimir Putin", "Bush"; not "John Smith", "Ahmed Hassan",
    nor "Clinton" while a Haitian minister Clinton is listed). A name both files know is the curated person's."""
    kept = {}
    for key, ids in names.items():
        curated = [i for i in ids if holders[i].curated]
        bearers = surnames.get(key[-1:], ())
        if curated or len({r.country for i in bearers for r in holders[i].roles}) == 1:
            kept[key] = tuple(curated or ids)
    return kept


#: Surnames shorter than this are too close to other words to be matched one letter off.
_MIN_FUZZY = 6


@functools.cache
def _spelling_index() -> dict[str, list[str]]:
    """Every surname of at least six letters under each of its one-letter deletions (and itself), so that a name
    one edit away from it (a letter added, dropped or changed) shares a key with it."""
    index: dict[str, list[str]] = {}
    for (surname,) in office_holders().surnames:
        if len(surname) >= _MIN_FUZZY:
            for key in _deletions(surname):
                index.setdefault(key, []).append(surname)
    return index


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def roles_of(entry: dict[str, Any], where: str) -> tuple[Role, ...]:
    """The dated roles of a data entry: ``roles: [{country, sector, from, to}]``."""
    return tuple(
        Role(role["country"], role.get("sector"), _day(role.get("from"), where), _day(role.get("to"), where))
        for role in entry.get("roles") or ()
    )


def on_day(ref: ActorRef, roles: tuple[Role, ...], day: date | None) -> ActorRef:
    """An organisation's code on a day: the dated role covering it, else its usual code ("Taliban": AFG REB until
    15 August 2021, AFG GOV since)."""
    role = next((r for r in roles if day is not None and r.covers(day)), None)
    return ActorRef(role.country, role.sector, ref.name, ref.wikidata, ref.kind) if role else ref


def _curated() -> list[tuple[str, list[str], tuple[Role, ...], str | None]]:
    entries = []
    for entry in shared_data("office_holders")["office_holders"]:
        aliases = [alias for names in (entry.get("aliases") or {}).values() for alias in names]
        entries.append((entry["name"], aliases, roles_of(entry, "data/office_holders.yaml"), entry.get("wikidata")))
    return entries


@functools.cache
def _derived() -> list[tuple[str, list[str], tuple[Role, ...], None]]:
    path = package_path("data", _TSV)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KnowledgeError(f"knowledge file {path} is missing; reinstall eventwire or restore the file") from None
    header = {line[2:].split(":", 1)[0] for line in lines if line.startswith("# ") and ":" in line}
    missing = [key for key in ("source", "licence") if key not in header]
    if missing:
        raise KnowledgeError(f"knowledge file {path} lacks the header line(s) '# {': …', '# '.join(missing)}: …'")
    entries = []
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise KnowledgeError(f"{path}:{number}: expected 3 tab-separated columns, found {len(fields)}")
        name, aliases, roles = fields
        parsed = tuple(_tsv_role(role, f"{path}:{number}") for role in roles.split(";"))
        entries.append((name, [a for a in aliases.split("|") if a], parsed, None))
    return entries


def _tsv_role(text: str, where: str) -> Role:
    parts = text.split(" ")
    if len(parts) != 4:
        raise KnowledgeError(f"{where}: a role is 'COUNTRY SECTOR FROM TO', not {text!r}")
    country, sector, start, end = parts
    return Role(country, sector or None, _day(start or None, where), _day(end or None, where))


def _day(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
