"""personal_names: the census lists of given names and surnames read from the ``names`` package."""

from __future__ import annotations

import pytest

from eventwire.personal_names import GIVEN_NAME_RANK, SURNAME_RANK, given_names, person_name, surnames


def test_personal_names_keep_the_frequent_names_of_each_list() -> None:
    assert {"GEORGE", "MARY", "MITCH", "LINDA"} <= given_names()
    assert {"BUSH", "LEWIS", "WHEELER", "SMITH"} <= surnames()
    # Each sex's list contributes its first GIVEN_NAME_RANK names; the surname list its first SURNAME_RANK.
    assert GIVEN_NAME_RANK < len(given_names()) <= 2 * GIVEN_NAME_RANK
    assert len(surnames()) == SURNAME_RANK


@pytest.mark.parametrize(
    ("given", "surname", "expected"),
    [
        ("George", "Bush", True),
        ("Mitch", "Lewis", True),
        ("Austin", "Police", False),  # "police" is far down the surname list
        ("Madison", "Wheeler", False),  # "Madison" is 2,029th of the women's names
        ("Springfield", "Smith", False),
    ],
)
def test_personal_names_read_a_given_name_and_a_surname(given: str, surname: str, expected: bool) -> None:
    assert person_name(given, surname) is expected
