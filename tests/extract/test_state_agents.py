"""Who acts for whom. A demonym before a state agent noun ("Russian armed forces", "Palestinian
gunmen", "Iranian intelligence") names that state as the actor, as CAMEO codes forces, police and intelligence
services of a state. The nouns are data: ``actor_nouns`` in kg/resources/en/grammar.yaml. And
"X says Y must ...": X appeals to Y (the ``must`` trigger's frame takes the speaker as source)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.grammar import load_grammar
from tests.extract.helpers import codes, events_in

PUBLISHED = date(2023, 3, 8)

AGENT_NOUNS = [
    "armed forces",
    "naval forces",
    "special forces",
    "ground forces",
    "government forces",
    "border guards",
    "commandos",
    "paratroopers",
    "gunmen",
    "intelligence",
    "intelligence services",
]


@pytest.mark.parametrize("noun", AGENT_NOUNS)
def test_agent_nouns_are_grammar_data(noun: str) -> None:
    assert tuple(noun.split()) in {tuple(n.split()) for n in load_grammar("en").actor_nouns}


@pytest.mark.parametrize("noun", AGENT_NOUNS)
def test_a_demonym_before_an_agent_noun_is_the_state(noun: str) -> None:
    events = events_in(
        f"Armenian {noun} attacked a village in Nakhchivan on Monday.", "en", PUBLISHED
    )
    attacks = [e for e in events if e.type == "military"]
    assert attacks, events
    assert codes(attacks[0].source) == {"ARM"}, attacks


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian armed forces shelled Kherson on Tuesday.", {"RUS"}, {"UKR"}),
        ("Palestinian gunmen killed an Israeli soldier on Monday.", {"PSE"}, {"ISR"}),
        # a singular agent ("an Israeli soldier") is its state too, so a place after it
        # ("near Nablus") does not take the target
        ("Palestinian gunmen killed an Israeli soldier near Jenin.", {"PSE"}, {"ISR"}),
        ("Thai special forces raided a Cambodian border post on Sunday.", {"THA"}, {"KHM"}),
    ],
)
def test_state_agents_act_for_their_state(text: str, source: set[str], target: set[str]) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == "military"]
    assert any(codes(e.source) == source and codes(e.target) == target for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey says Armenia must withdraw its troops.", {"TUR"}, {"ARM"}),
        ('"Canberra must stop interfering," the Chinese foreign ministry said.', {"CHN"}, {"AUS"}),
        ("Chile must return to the talks, Bolivia's foreign minister said.", {"BOL"}, {"CHL"}),
    ],
)
def test_who_says_a_party_must_act_appeals_to_it(
    text: str, source: set[str], target: set[str]
) -> None:
    appeals = [e for e in events_in(text, "en", PUBLISHED) if e.type == "appeal"]
    assert any(codes(e.source) == source and codes(e.target) == target for e in appeals), appeals


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Chinese court sentenced a Canadian man to death on Monday.", {"CHN"}),
        ("German prosecutors accused a Syrian officer of torture on Tuesday.", {"DEU"}),
    ],
)
def test_courts_and_prosecutors_act_for_their_state(text: str, source: set[str]) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type != "statement"]
    assert any(codes(e.source) == source for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO -- Militiamen on Sunday dismissed a proposal by Turkey.",
        "AMMAN (AP) -- Unidentified gunmen on Sunday attacked a Turkish convoy.",
    ],
)
def test_a_dateline_is_no_subject(text: str) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type != "statement"]
    assert events and all(not codes(e.source) & {"EGY", "JOR"} for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Brazilian federal police arrested a Paraguayan smuggler on Monday.", {"BRA"}, {"PRY"}),
        ("Iraqi Special Operations Forces attacked a Turkish convoy on Monday.", {"IRQ"}, {"TUR"}),
    ],
)
def test_a_demonym_reaches_its_agent_noun_over_one_or_two_words(
    text: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type != "statement"]
    assert any(codes(e.source) == source and codes(e.target) == target for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Authorities in Uganda expelled a Kenyan journalist on Monday.", {"UGA"}, {"KEN"}),
        ("Police in Lahore arrested an Afghan diplomat on Monday.", {"PAK"}, {"AFG"}),
        ("A US senator met officials in Hanoi on Monday.", {"USA"}, {"VNM"}),
    ],
)
def test_state_agents_placed_in_a_state_are_its_own(
    text: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type != "statement"]
    assert any(
        (codes(e.source), codes(e.target)) in ((source, target), (target, source)) for e in events
    ), events


def test_an_embassy_placed_in_a_state_is_not_its_own() -> None:
    events = events_in("Protesters stormed the British embassy in Tehran.", "en", PUBLISHED)
    assert all("IRN" not in codes(e.source) for e in events), events
