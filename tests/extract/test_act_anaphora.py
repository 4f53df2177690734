"""An accusation whose object is an act told before ("condemned the strikes", "criticised the
trip") targets whoever did the act; with no such act told, it keeps no target."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, kept

PUBLISHED = date(2023, 3, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "lang", "accuser", "accused"),
    [
        (
            "Chilean President Gabriel Boric travelled to Caracas on Monday for talks with "
            "Nicolas Maduro. Peru and Ecuador criticised the trip on Tuesday.",
            "en",
            {"PER", "ECU"},
            {"CHL"},
        ),
        (
            "Turkish Prime Minister Ali Demir flew to Tehran on Wednesday. Sweden's foreign "
            "minister condemned the visit on Thursday.",
            "en",
            {"SWE"},
            {"TUR"},
        ),
        (
            "شنت طائرات حربية إسرائيلية الليلة الماضية غارات على مواقع في ريف دمشق. وأدانت "
            "مصر الغارات في بيان اليوم.",
            "ar",
            {"EGY"},
            {"ISR"},
        ),
        (
            "زار الرئيس الإيراني دمشق أمس في زيارة رسمية. وانتقدت فرنسا الزيارة.",
            "ar",
            {"FRA"},
            {"IRN"},
        ),
    ],
)
def test_condemned_act_targets_its_doer(
    text: str, lang: str, accuser: set[str], accused: set[str]
) -> None:
    events = kept(events_in(text, lang, PUBLISHED), "accusation")
    assert any(codes(e.source) == accuser and codes(e.target) == accused for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Egypt condemned the attack on a church in Cairo on Thursday.", "en"),
        ("أدانت دولة الكويت بشدة الهجوم الذي استهدف مسجدا في بيشاور.", "ar"),
    ],
)
def test_condemned_act_with_no_doer_told_keeps_no_target(text: str, lang: str) -> None:
    events = [e for e in events_in(text, lang, PUBLISHED) if e.type == "accusation"]
    assert events and all(not e.target for e in events), events


def test_the_accuser_is_never_the_accused_of_its_own_act() -> None:
    """ "Iran launched strikes ... Iran condemned the raid" is no accusation of itself: the
    act of the accuser is passed over."""
    text = (
        "Iran launched strikes on targets in Iraq on Tuesday. On Wednesday Iran condemned "
        "the raid on its embassy in Baghdad."
    )
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == "accusation"]
    assert events and all("IRN" not in codes(e.target) for e in events), events


def test_launched_strikes_is_a_military_act() -> None:
    text = "The United States launched strikes on militia targets in Syria on Thursday."
    events = kept(events_in(text, "en", PUBLISHED), "military")
    assert any(codes(e.source) == {"USA"} and "SYR" in codes(e.target) for e in events), events
