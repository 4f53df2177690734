"""Failure classes found on tests/extract/heldout3 (after its first run), each checked on
sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, kept

PUBLISHED = date(2023, 9, 21)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi expelled a senior Ugandan intelligence official on Monday.",
        "Warsaw on Tuesday expelled a Belarusian military official working at the embassy.",
    ],
)
def test_expelling_a_foreign_states_official_reduces_relations(text: str) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "sanction")
    assert len(events) == 1 and codes(events[0].target) in ({"UGA"}, {"BLR"}), events
