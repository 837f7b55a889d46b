"""The Python API: eventwire.extract()."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire


def test_api_extract_returns_events() -> None:
    events = eventwire.extract(
        "Les forces armées russes ont achevé mercredi leur retrait du Kazakhstan.",
        published=date(2022, 1, 19),
    )
    assert [(e.event, e.mode, e.date) for e in events] == [("RETREAT", "withdraw", date(2022, 1, 19))]
    assert events[0].to_dict()["evidence"].startswith("Les forces armées russes")


def test_api_extract_with_a_given_language() -> None:
    events = eventwire.extract(
        "Police arrested 40 protesters in Almaty on Tuesday.", lang="en", published=date(2022, 1, 19)
    )
    assert events[0].event == "COERCE" and events[0].size.arrested == 40


@pytest.mark.parametrize("bad", ["", "   \n"])
def test_api_extract_refuses_empty_text(bad: str) -> None:
    with pytest.raises(eventwire.EventwireError, match="empty"):
        eventwire.extract(bad)


def test_api_extract_refuses_unsupported_language() -> None:
    with pytest.raises(eventwire.EventwireError, match="unsupported-language"):
        eventwire.extract("Die Truppen haben das Land verlassen.", lang="de")


def test_api_extract_refuses_non_text() -> None:
    with pytest.raises(TypeError, match="str"):
        eventwire.extract(b"bytes")  # type: ignore[arg-type]
