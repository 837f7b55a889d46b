"""Common given names and surnames, from the 1990 US census lists the ``names`` package ships (public domain data).

Many towns bear a given name or a surname ("Douglas", "Lincoln", "Lewis"), and a capitalised word next to another
tells nothing when the other is also a common word ("George Bush", "Mitch Lewis", "Linda Daily": "bush", "mitch"
and "daily" are dictionary words). A frequent given name next to a frequent surname is a person's name.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
from pathlib import Path

#: Given names this frequent or more (rank in the census list of each sex): "Mitch" is 852nd, "Madison" 2,029th.
GIVEN_NAME_RANK = 1_000
#: Surnames this frequent or more: "Ching" is 5,882nd; rarer ones are often common words ("Police", "College").
SURNAME_RANK = 5_000


@functools.cache
def given_names() -> frozenset[str]:
    """The frequent given names, in capitals as the census writes them."""
    return _ranked("dist.male.first", GIVEN_NAME_RANK) | _ranked("dist.female.first", GIVEN_NAME_RANK)


@functools.cache
def surnames() -> frozenset[str]:
    """The frequent surnames, in capitals."""
    return _ranked("dist.all.last", SURNAME_RANK)


def person_name(given: str, surname: str) -> bool:
    """Whether two capitalised words read as a given name and a surname ("Brent Ching")."""
    return given.upper() in given_names() and surname.upper() in surnames()


def _ranked(file_name: str, rank: int) -> frozenset[str]:
    """The names of a census list (lines of name, frequency, cumulative frequency, rank, most frequent first) up to
    ``rank``."""
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("eventwire needs the 'names' package for its lists of names; reinstall eventwire")
    path = Path(next(iter(spec.submodule_search_locations))) / file_name
    with path.open(encoding="ascii") as lines:
        rows = (line.split() for line in lines)
        return frozenset(row[0] for row in itertools.takewhile(lambda row: int(row[3]) <= rank, rows))
