"""English role classes found through the PLOVER sentences' marked spans (``kg evaluate
--plover`` role agreement), each checked on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.grammar import load_grammar
from tests.extract.helpers import events_in, has_sides

PUBLISHED = date(2019, 4, 10)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a possessive between the owner preposition and the claim's maker
        ("Kenya rejected a request from its Ugandan neighbour.", {"KEN"}, {"UGA"}),
        (
            "Pakistan's prime minister rejected a request from his British counterpart.",
            {"PAK"},
            {"GBR"},
        ),
        # a cancelled or postponed trip snubs its host, named by its capital
        ("Modi postponed his trip to Dhaka on Monday.", {"IND"}, {"BGD"}),
        ("The Dutch prime minister cancelled a planned visit to Ankara.", {"NLD"}, {"TUR"}),
    ],
)
def test_rejection_targets(text: str, source: set[str], target: set[str]) -> None:
    rejections = [e for e in events_in(text, "en", PUBLISHED) if e.type == "rejection"]
    assert has_sides(rejections, source, target), rejections


def test_a_city_after_a_cancelled_meeting_is_no_target() -> None:
    rejections = [
        e
        for e in events_in("Egypt cancelled talks in Cairo.", "en", PUBLISHED)
        if e.type == "rejection"
    ]
    assert rejections and all(not e.target for e in rejections), rejections


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Seoul's prime minister held talks with the Vietnamese defense chief.", {"KOR"}, {"VNM"}),
        ("The Pentagon chief met Japan's defence minister in Tokyo.", {"USA"}, {"JPN"}),
    ],
)
def test_defence_chiefs_stand_for_their_state(
    text: str, source: set[str], target: set[str]
) -> None:
    meetings = [e for e in events_in(text, "en", PUBLISHED) if e.type == "meeting"]
    assert has_sides(meetings, source, target) or has_sides(meetings, target, source), meetings


@pytest.mark.parametrize(
    "field",
    [
        "possessive_determiners",
        "trip_nouns",
        "allegiance_phrases",
        "vicinity_preps",
        "agent_preps",
        "passive_origin_preps",
        "passive_origin_types",
    ],
)
def test_the_new_grammar_lists_are_data(field: str) -> None:
    assert getattr(load_grammar("en"), field)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Forces loyal to Bashar al-Assad shelled Turkish positions on Tuesday.", {"SYR"}, {"TUR"}),
        ("Fighters loyal to Khalifa Hifter attacked a Turkish ship on Monday.", {"LBY"}, {"TUR"}),
    ],
)
def test_forces_loyal_to_a_leader_are_his_side(
    text: str, source: set[str], target: set[str]
) -> None:
    attacks = [e for e in events_in(text, "en", PUBLISHED) if e.type == "military"]
    assert has_sides(attacks, source, target), attacks


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Fighters loyal to Khalifa Hifter attacked a Turkish ship off Misrata.", {"LBY"}, {"TUR"}),
        ("Palestinian gunmen killed an Israeli settler near Nablus.", {"PSE"}, {"ISR"}),
        # no demonym on the object: the place still says whom
        ("Russian warplanes struck rebel positions near Idlib.", {"RUS"}, {"SYR"}),
    ],
)
def test_a_place_after_an_object_with_its_own_demonym_is_only_where(
    text: str, source: set[str], target: set[str]
) -> None:
    attacks = [e for e in events_in(text, "en", PUBLISHED) if e.type == "military"]
    assert has_sides(attacks, source, target), attacks


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Jordan condemned the attack by Israel on Lebanon.", "accusation", {"JOR"}, {"ISR"}),
        (
            "Egypt condemned the raid by Turkish forces on Tal Abyad.",
            "accusation",
            {"EGY"},
            {"TUR"},
        ),
        ("Oman welcomed the offer by Qatar to mediate.", "support", {"OMN"}, {"QAT"}),
        ("Chile rejected the plan put forward by Bolivia.", "rejection", {"CHL"}, {"BOL"}),
        # the passive still reads its agent as the source
        ("Egypt was condemned by Israel for the raid.", "accusation", {"ISR"}, {"EGY"}),
    ],
)
def test_a_stance_on_an_act_targets_its_agent(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == type_]
    assert has_sides(events, source, target), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Two Czech diplomats were expelled from Russia on Monday.", {"RUS"}, {"CZE"}),
        ("Three Turkish diplomats were deported from Azerbaijan on Friday.", {"AZE"}, {"TUR"}),
        ("Two Czech diplomats were expelled by Russia on Monday.", {"RUS"}, {"CZE"}),
    ],
)
def test_in_a_passive_expulsion_the_state_sent_away_from_expels(
    text: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type in ("sanction", "coerce")]
    assert has_sides(events, source, target), events
