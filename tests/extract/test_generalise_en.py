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


@pytest.mark.parametrize(
    ("text", "type_", "members"),
    [
        (
            "Kenya, the Netherlands and Egypt cut diplomatic ties with Iran on June 5.",
            "sanction",
            {"KEN", "NLD", "EGY"},
        ),
        (
            "Ghana, the United Arab Emirates, Peru and Chile condemned Iran on Monday.",
            "accusation",
            {"GHA", "ARE", "PER", "CHL"},
        ),
        (
            "Norway, Sweden, the Philippines and Japan condemned Russia on Monday.",
            "accusation",
            {"NOR", "SWE", "PHL", "JPN"},
        ),
    ],
)
def test_list_keeps_the_member_before_an_item_with_the(
    text: str, type_: str, members: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), type_)
    assert any(codes(e.source) == members for e in events), [codes(e.source) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ghana recalled its ambassador from Togo on Monday, accusing it of harbouring rebels.",
            {"GHA"},
            {"TGO"},
        ),
        (
            "Norway, Sweden and Finland imposed sanctions on Russia on Friday, accusing it of "
            "plotting cyber attacks.",
            {"NOR", "SWE", "FIN"},
            {"RUS"},
        ),
        (
            "Chile cut diplomatic ties with Nicaragua last week, accusing it of rigging the vote.",
            {"CHL"},
            {"NIC"},
        ),
    ],
)
def test_participle_clause_object_pronoun_is_the_main_clause_target(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert any(codes(e.source) == source and codes(e.target) == target for e in events), [
        (codes(e.source), codes(e.target), e.confidence) for e in events_in(text, "en", PUBLISHED)
    ]
