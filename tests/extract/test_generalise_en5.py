"""General English role-assignment classes (fifth round, on the misses of held-out 3 and 4),
each checked on sentences of our own (none of them from the held-out articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import codes, events_in, has_sides, kept

PUBLISHED = date(2023, 3, 15)  # a Wednesday


def _sides(text: str) -> list[tuple[set[str], set[str], str, float]]:
    return [
        (codes(e.source), codes(e.target), e.type, e.confidence)
        for e in events_in(text, "en", PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "In Washington, the State Department accused Venezuela of rigging the count.",
            "accusation",
            {"USA"},
            {"VEN"},
        ),
        (
            "In London, the Foreign Office accused Iran of detaining aid workers.",
            "accusation",
            {"GBR"},
            {"IRN"},
        ),
        (
            "In Washington, the Treasury Department announced sanctions on more than 200 "
            "Belarusian officials and companies.",
            "sanction",
            {"USA"},
            {"BLR"},
        ),
        (
            "In Moscow, the Kremlin accused Finland of provoking tension on the border.",
            "accusation",
            {"RUS"},
            {"FIN"},
        ),
    ],
)
def test_fronted_place_then_comma_is_not_the_subject_s_own_name(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "In Washington, the Treasury Department announced ...": the capital after "in" is where
    it happens; the body named after the comma is the subject, not part of a locative."""
    assert has_sides(kept(events_in(text, "en", PUBLISHED), type_), source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Canada announced sanctions on 40 Belarusian officials on Tuesday. Australia also "
            "imposed sanctions on Wednesday.",
            "sanction",
            {"AUS"},
            {"BLR"},
        ),
        (
            "Japan imposed sanctions on North Korea over the missile launch. Its foreign minister "
            "said South Korea was also imposing new sanctions.",
            "sanction",
            {"KOR"},
            {"PRK"},
        ),
        (
            "Ghana accused Togo of harbouring rebels on Monday. Benin also accused its neighbour "
            "of it.",
            "accusation",
            {"BEN"},
            {"TGO"},
        ),
    ],
)
def test_also_repeats_the_earlier_event_against_its_target(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "London was also imposing sanctions": one more event of the kind told before, against
    the same target."""
    assert has_sides(kept(events_in(text, "en", PUBLISHED), type_), source, target), _sides(text)


def test_also_does_not_turn_the_target_on_itself() -> None:
    text = "Canada imposed sanctions on Iran on Monday. Iran also imposed sanctions on Tuesday."
    events = events_in(text, "en", PUBLISHED)
    assert not any(
        e.type == "sanction" and codes(e.source) == {"IRN"} and codes(e.target) == {"IRN"}
        for e in events
    ), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Italian foreign minister demanded an apology from Tunisia on Monday and warned "
            "that Italy would take all necessary measures.",
            {"ITA"},
            {"TUN"},
        ),
        (
            "Poland accused Belarus of staging the crisis and warned that Warsaw would respond.",
            {"POL"},
            {"BLR"},
        ),
        (
            "Chile demanded explanations from Bolivia on Friday and warned it would respond "
            "firmly.",
            {"CHL"},
            {"BOL"},
        ),
    ],
)
def test_warning_goes_on_against_the_warner_s_own_earlier_target(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "X demanded an apology from Y ..., warning that Spain would adopt all measures": the
    state named after "that" is the warner's own, and the warning is against Y."""
    events = kept(events_in(text, "en", PUBLISHED), "threat")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Morocco accused Algeria of arming rebels on Monday. The Qatari foreign minister "
            "visited both capitals this week.",
            {"QAT"},
            {"MAR", "DZA"},
        ),
        (
            "Armenia accused Azerbaijan of shelling border villages. The French envoy visited the "
            "two capitals on Thursday.",
            {"FRA"},
            {"ARM", "AZE"},
        ),
    ],
)
def test_both_capitals_are_the_states_last_at_odds(
    text: str, source: set[str], target: set[str]
) -> None:
    """ "India struck Pakistan ... al-Jubeir visited both capitals": two states told at odds
    by a verb are the pair "both capitals" / "both countries" takes up."""
    assert has_sides(kept(events_in(text, "en", PUBLISHED), "visit"), source, target), _sides(text)


def test_minister_of_state_is_no_state_visit() -> None:
    """ "Minister of State for Foreign Affairs Adel al-Jubeir visited": "state ... visit" across
    a title is no "state visit" noun, and the minister is the visitor."""
    text = "Omani Minister of State for Foreign Affairs Salim Rashidi visited Tehran on Monday."
    assert has_sides(kept(events_in(text, "en", PUBLISHED), "visit"), {"OMN"}, {"IRN"}), _sides(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president spoke with Turkish Foreign Minister Ali Demir, who is expected to "
        "travel to Accra next week.",
        "Ghana's president spoke with Turkish Foreign Minister Ali Demir, who is due to visit "
        "Accra next week.",
    ],
)
def test_relative_pronoun_across_a_raising_phrase(text: str) -> None:
    """ "X, who is expected to travel to Y": the relative clause's subject is X."""
    events = events_in(text, "en", PUBLISHED)
    assert has_sides([e for e in events if e.type == "visit"], {"TUR"}, {"GHA"}), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Pyongyang cut off all official communication lines with Seoul on Tuesday.",
            "sanction",
            {"PRK"},
            {"KOR"},
        ),
        ("Georgia severed the military hotline with Russia.", "sanction", {"GEO"}, {"RUS"}),
        (
            "Tokyo offered to work with Beijing on joint environmental projects.",
            "proposal",
            {"JPN"},
            {"CHN"},
        ),
        ("Fiji offered to cooperate with Tonga on fisheries.", "proposal", {"FJI"}, {"TON"}),
    ],
)
def test_cut_lines_is_a_sanction_and_offer_to_work_with_a_proposal(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    assert has_sides(kept(events_in(text, "en", PUBLISHED), type_), source, target), _sides(text)


def test_korean_family_name_comes_first() -> None:
    """ "Moon" alone is Moon Jae-in (family name first), not Ban Ki-moon."""
    text = "Moon offered to work with Pyongyang on joint projects."
    events = kept(events_in(text, "en", date(2019, 3, 1)), "proposal")
    assert has_sides(events, {"KOR"}, {"PRK"}), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "North Korea fired two missiles towards South Korea on Monday. On Tuesday the North "
            "cut off the communication lines with the South.",
            "sanction",
            {"PRK"},
            {"KOR"},
        ),
        (
            "North Korea fired two missiles towards South Korea on Monday. The South warned it "
            "would respond strongly if the North fired again.",
            "threat",
            {"KOR"},
            {"PRK"},
        ),
    ],
)
def test_the_north_and_the_south_after_both_koreas_were_named(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    assert has_sides(kept(events_in(text, "en", PUBLISHED), type_), source, target), _sides(text)


def test_the_south_names_no_state_without_both_koreas() -> None:
    text = "Storms hit the South on Monday. Italy accused the South of ignoring the warnings."
    events = events_in(text, "en", PUBLISHED)
    assert not any("KOR" in codes(e.source) | codes(e.target) for e in events), _sides(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('Japan warned it would "respond firmly" if China sent more ships.', {"JPN"}, {"CHN"}),
        (
            "Greece warned that it would respond if Turkey sent its ships into the area.",
            {"GRC"},
            {"TUR"},
        ),
        (
            "Kenya warned on Friday that it would take all necessary measures if Somalia moved "
            "troops to the border.",
            {"KEN"},
            {"SOM"},
        ),
    ],
)
def test_a_warning_is_addressed_to_the_subject_of_its_condition(
    text: str, source: set[str], target: set[str]
) -> None:
    events = kept(events_in(text, "en", PUBLISHED), "threat")
    assert has_sides(events, source, target), _sides(text)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Prime Minister Theresa May said Britain would respond. May had given Moscow until "
            "midnight to explain the attack.",
            "demand",
            {"GBR"},
            {"RUS"},
        ),
        (
            "Prime Minister Theresa May arrived in Oslo. May met the Norwegian prime minister on "
            "Tuesday.",
            "meeting",
            {"GBR"},
            {"NOR"},
        ),
    ],
)
def test_three_letter_family_name_after_the_full_name(
    text: str, type_: str, source: set[str], target: set[str]
) -> None:
    """ "Theresa May ... May had given Moscow until midnight": a short family name that is
    also a month is the person when no date reading fits."""
    assert has_sides(kept(events_in(text, "en", PUBLISHED), type_), source, target), _sides(text)


def test_a_month_named_like_a_person_stays_a_month() -> None:
    text = "Prime Minister Theresa May arrived in Oslo. In May Norway accused Russia of spying."
    events = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert has_sides(events, {"NOR"}, {"RUS"}), _sides(text)


def test_a_pronoun_subject_goes_on_on_the_day_told_before() -> None:
    """ "Moon had called on Monday for ... He offered to work with Pyongyang": the same
    speaker, the same day."""
    text = (
        "Chilean President Gabriel Boric called on Monday for talks with Bolivia. He offered to "
        "work with La Paz on a new border agreement."
    )
    events = kept(events_in(text, "en", PUBLISHED), "proposal")
    assert has_sides(events, {"CHL"}, {"BOL"}), _sides(text)
    assert all(str(e.time.start) == "2023-03-13" for e in events), [e.time for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            'Norway expelled 15 Russian diplomats on Monday. "We will retaliate," foreign '
            "ministry spokeswoman Maria Zakharova told reporters.",
            {"RUS"},
            {"NOR"},
        ),
        (
            "Canada imposed sanctions on Iran over the crackdown. Iran said it would retaliate.",
            {"IRN"},
            {"CAN"},
        ),
        (
            'Lithuania accused Belarus of sending migrants across the border. "We will certainly '
            'retaliate," Belarusian Foreign Minister Sergei Aleinik said.',
            {"BLR"},
            {"LTU"},
        ),
    ],
)
def test_retaliation_threatened_against_who_acted_first(
    text: str, source: set[str], target: set[str]
) -> None:
    """'"We will retaliate," Zakharova told reporters': the quote's first person is the
    speaker named after it, and a retaliation with no object is against whoever sanctioned,
    attacked, accused or made demands of the speaker's side before."""
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type == "threat"]
    assert has_sides(events, source, target), _sides(text)
