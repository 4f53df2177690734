"""General English failure classes (found on tests/extract/heldout2/en), each checked on
sentences of our own (none of them from the held-out articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, kept

PUBLISHED = date(2021, 5, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        (
            "Kenya rejected the report. Foreign Minister Omar Hadley said on Tuesday that "
            "Nairobi accused Somalia of sheltering rebels.",
            "accusation",
            "KEN",
        ),
        (
            "Peru denied the claims. Defence Minister Rosa Quintal accused Ecuador of "
            "arming smugglers on the border.",
            "accusation",
            "PER",
        ),
        (
            "Ghana recalled its envoy. Foreign Minister Kwame Addoley condemned Togo over the "
            "border closure.",
            "accusation",
            "GHA",
        ),
    ],
)
def test_unlisted_titled_official_serves_the_state_told_before(
    text: str, type_: str, source: str
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), type_)
    assert any(codes(e.source) == {source} for e in events), events
