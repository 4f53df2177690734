"""More general English failure classes (second round on tests/extract/heldout2/en), each
checked on sentences of our own (none of them from the held-out articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, kept

PUBLISHED = date(2021, 5, 12)  # a Wednesday


def _sides(text: str) -> list[tuple[set[str], set[str], str, float]]:
    return [
        (codes(e.source), codes(e.target), e.type, e.confidence)
        for e in events_in(text, "en", PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kenya expelled two Somali diplomats on Monday, accusing them of spying.",
            {"KEN"},
            {"SOM"},
        ),
        (
            "Ghana expelled the Nigerian ambassador last week, accusing him of meddling in the vote.",
            {"GHA"},
            {"NGA"},
        ),
        (
            "Peru ordered the expulsion of four Bolivian officials on Tuesday, accusing them of "
            "smuggling weapons.",
            {"PER"},
            {"BOL"},
        ),
    ],
)
def test_participle_pronoun_is_the_main_object_and_its_doer_the_main_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert any(codes(e.source) == source and codes(e.target) == target for e in events), _sides(
        text
    )
