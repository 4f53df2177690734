"""More general English failure classes (second round on tests/extract/heldout2/en), each
checked on sentences of our own (none of them from the held-out articles)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.triggers import english_lemma
from tests.extract.helpers import codes, events_in, has_sides, kept

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
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Thailand's military rulers dissolved parliament. The United States imposed "
            "sanctions on the junta on Monday.",
            "sanction",
            {"USA"},
            {"THA"},
        ),
        (
            "The army seized power in Myanmar in February. Britain and Canada imposed new "
            "sanctions on members of the junta on Tuesday.",
            "sanction",
            {"CAN", "GBR"},
            {"MMR"},
        ),
        (
            "Sudan's ruling military council dissolved the cabinet. Egypt's president urged "
            "the military council on Monday to hand over power.",
            "appeal",
            {"EGY"},
            {"SDN"},
        ),
    ],
)
def test_ruling_body_named_alone_is_its_state(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == type_]
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Nairobi sent a ceasefire proposal to Mogadishu on Monday.", {"KEN"}, {"SOM"}),
        ("Lima put forward a five-point plan to Quito on Friday.", {"PER"}, {"ECU"}),
        ("Accra said Lome had submitted a border proposal to Abuja.", {"TGO"}, {"NGA"}),
    ],
)
def test_capital_after_the_proposal_to_is_its_addressee(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "proposal")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Qatar, which has ties with both sides, urged calm and offered to host talks "
            "between Sudan and Chad on Friday.",
            {"QAT"},
            {"SDN", "TCD"},
        ),
        (
            "Ethiopia's prime minister met Sudan's president in Khartoum on Monday. The EU envoy "
            "phoned Sudan's foreign minister on Tuesday. Kenya urged calm and offered to host "
            "talks between the two governments.",
            {"KEN"},
            {"ETH", "SDN"},
        ),
    ],
)
def test_offer_to_host_talks_is_the_offerers_to_the_two_states(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "proposal")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Kenya's president met Somalia's president on Monday and offered Kenya's support "
            "for the talks.",
            "proposal",
            {"KEN"},
            {"SOM"},
        ),
        (
            "Chile's president phoned Peru's leader on Friday and offered Chile's help in "
            "fostering dialogue.",
            "proposal",
            {"CHL"},
            {"PER"},
        ),
        (
            "Kenya's president met Somalia's president on Monday and urged him to hold elections.",
            "appeal",
            {"KEN"},
            {"SOM"},
        ),
    ],
)
def test_verb_joined_to_a_call_or_meeting_addresses_its_partner(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == type_]
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Australia agreed on Monday to extend sanctions against Russia, accusing President "
            "Vladimir Putin of waging an illegal war.",
            {"AUS"},
            {"RUS"},
        ),
        (
            "Poland closed its border with Belarus on Friday, accusing Alexander Lukashenko of "
            "staging the migrant crisis.",
            {"POL"},
            {"BLR"},
        ),
    ],
)
def test_participle_with_a_named_object_asserts_the_accusation(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kenya accused Uganda on Monday of arming rebels. Uganda denied supplying weapons "
            "on Tuesday.",
            {"UGA"},
            {"KEN"},
        ),
        (
            "Peru's president accused Chile of spying. Chile denied that its agents had "
            "entered Peru.",
            {"CHL"},
            {"PER"},
        ),
    ],
)
def test_denial_answers_the_earlier_accuser(text: str, source: set[str], target: set[str]) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "rejection")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "not_target"),
    [
        (
            "Greece has deployed 4,000 soldiers along the frontier, and Bulgaria declared a "
            "state of emergency on Tuesday.",
            "military",
            "BGR",
        ),
        (
            "Kenya imposed new sanctions on the rebels, and Ethiopia closed its embassy.",
            "sanction",
            "ETH",
        ),
    ],
)
def test_subject_of_a_coordinated_clause_is_not_the_object(
    text: str, type_: str, not_target: str
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == type_]
    assert events and not any(not_target in codes(e.target) for e in events), _sides(text)


def test_comma_and_inside_a_list_keeps_the_list() -> None:
    text = "The EU imposed sanctions on Iran, Syria, and North Korea on Monday."
    events = kept(events_in(text, "en", PUBLISHED), "sanction")
    assert any(codes(e.target) == {"IRN", "SYR", "PRK"} for e in events), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kenya's president met Uganda's president in Kampala before flying to the Rwandan "
            "capital.",
            {"KEN"},
            {"RWA"},
        ),
        (
            "Chile's foreign minister met Bolivia's president in La Paz on Monday before "
            "flying to Lima.",
            {"CHL"},
            {"PER"},
        ),
    ],
)
def test_gerund_after_before_or_after_shares_the_main_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == "visit"]
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("travelling", "travel"),
        ("cancelled", "cancel"),
        ("signalled", "signal"),
        ("calling", "call"),
        ("calls", "call"),
        ("shelled", "shell"),
    ],
)
def test_british_doubled_l_lemmatises_to_the_verb(word: str, lemma: str) -> None:
    assert english_lemma(word) == lemma


def test_british_spelling_of_a_travel_verb_is_a_visit() -> None:
    text = "Chile's foreign minister met Bolivia's president on Monday after travelling to Peru."
    visits = [e for e in events_in(text, "en", PUBLISHED) if e.type == "visit"]
    assert any(codes(e.source) == {"CHL"} and codes(e.target) == {"PER"} for e in visits), _sides(
        text
    )


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "The chancellor of Germany visited Kazakhstan's neighbour Uzbekistan on Monday.",
            "visit",
            {"DEU"},
            {"UZB"},
        ),
        (
            "Russia's close ally Belarus condemned Poland on Monday.",
            "accusation",
            {"BLR"},
            {"POL"},
        ),
        (
            "Turkey accused Greece's ally France of arming Athens.",
            "accusation",
            {"TUR"},
            {"FRA"},
        ),
    ],
)
def test_possessor_of_a_relation_noun_is_no_party(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), type_)
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenya said on Tuesday it had expelled two Somali diplomats, accusing them of "
            "rigging the April 2 vote.",
            date(2021, 5, 11),
        ),
        (
            "Norway and Finland said on Monday they had banned Russian officials from entering, "
            "accusing them of rigging the March 3 election.",
            date(2021, 5, 10),
        ),
    ],
)
def test_participle_clause_happens_with_its_main_verb(text: str, day: date) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert events and all(e.time.start == day for e in events), [(e.type, e.time) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The UN accused Eritrea of hiding prisoners. Eritrea's foreign minister said the UN "
            "accusations were ridiculous and warned that Asmara would respond to any new "
            "sanctions.",
            {"ERI"},
            {"UN"},
        ),
        (
            "Washington accused Cuba of hosting spies. Cuba's foreign minister said the US "
            "accusations were ridiculous and warned that Havana would respond to any new "
            "sanctions.",
            {"CUB"},
            {"USA"},
        ),
    ],
)
def test_warning_after_a_rejected_accusation_is_against_the_accuser(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "threat")
    assert has_sides(events, source, target), _sides(text)
