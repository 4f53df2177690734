"""Arabic counterparts of the English state-agent classes: courts act for their state
("قضت محكمة مصرية"), state agents placed in a state are its own ("السلطات في باكستان"), and a
stance on an act told by a relative clause targets the act's doer ("أدانت مصر الهجوم الذي
شنته إسرائيل")."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import actors_named
from tests.extract.helpers import codes, events_in, has_sides

PUBLISHED = date(2023, 3, 8)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("قضت محكمة أردنية أمس بسجن صحفي سوري.", {"JOR"}),
        ("اعتقلت السلطات في أوغندا صحفيا أمس.", {"UGA"}),
        ("اعتقلت الشرطة في لاهور صحفيا أمس.", {"PAK"}),
    ],
)
def test_state_agents_act_for_their_state(text: str, source: set[str]) -> None:
    events = [e for e in events_in(text, "ar", PUBLISHED) if e.type != "statement"]
    assert any(codes(e.source) == source for e in events), events


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("أدانت الأردن الهجوم الذي شنته إسرائيل على لبنان.", "accusation", {"JOR"}, {"ISR"}),
        ("رحبت عمان بالمبادرة التي أطلقتها قطر لوقف إطلاق النار.", "support", {"OMN"}, {"QAT"}),
    ],
)
def test_a_stance_on_an_act_told_by_a_relative_clause_targets_its_doer(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "ar", PUBLISHED) if e.type == type_]
    assert has_sides(events, source, target), events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("اعتقلت الشرطة دبلوماسيا أفغانيا", "AFG"),
        ("استقبل الوزير وفدا إيرانيا", "IRN"),
        ("التقى مسؤولا سعوديا", "SAU"),
        ("زار روسيا", "RUS"),  # the state's own name, not an adjective
    ],
)
def test_indefinite_accusative_demonyms_are_found(text: str, code: str) -> None:
    assert any(code in a.codes for a in actors_named(text, "ar")), actors_named(text, "ar")
