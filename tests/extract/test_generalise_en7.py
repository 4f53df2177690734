"""English classes found on held-out set 5 (diplomatic wire news), each checked on sentences
of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import events_in, has_sides, kept

PUBLISHED = date(2023, 3, 8)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a participle clause after a comma has the main clause's subject
        ("Kenya expelled Uganda's envoy on Monday, accusing Kampala of lies.", {"KEN"}, {"UGA"}),
        (
            "QUITO, March 8 (Reuters) - Chile declared Bolivia's ambassador persona non grata "
            "on Monday and gave him 48 hours to leave, accusing Bolivia of meddling.",
            {"CHL"},
            {"BOL"},
        ),
        (
            "Norway summoned the Icelandic charge d'affaires, accusing Iceland of spying.",
            {"NOR"},
            {"ISL"},
        ),
    ],
)
def test_participle_clause_shares_the_main_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    accusations = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert has_sides(accusations, source, target), accusations


def test_participle_clause_after_a_pronoun_subject_names_no_object_as_source() -> None:
    text = "It also sanctioned Ruto two days later, accusing the army of abuses."
    accusations = [e for e in events_in(text, "en", PUBLISHED) if e.type == "accusation"]
    assert not has_sides(accusations, {"KEN"}, set()), accusations


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a time after a long trigger phrase is nearer than the dateline before it
        (
            "QUITO, March 8 (Reuters) - Chile declared Bolivia's ambassador persona non grata "
            "on Monday and gave him 48 hours to leave.",
            "2023-03-06",
        ),
        # a time inside a phrase counts from the phrase's first word
        (
            "On Monday, Oslo had given Reykjavik until midnight on Tuesday to explain the leak.",
            "2023-03-06",
        ),
    ],
)
def test_time_after_a_long_trigger(text: str, start: str) -> None:
    events = [e for e in events_in(text, "en", PUBLISHED) if e.type in ("sanction", "demand")]
    assert events and str(events[0].time.start) == start, events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an announced arrival is a visit to the place's state
        (
            "Zambian envoy Peter Banda is due in Harare next week for talks with Zimbabwean "
            "officials, the ministry said.",
            {"ZMB"},
            {"ZWE"},
        ),
        ("The Dutch foreign minister is due in Nairobi on Friday.", {"NLD"}, {"KEN"}),
    ],
)
def test_due_in_a_place_is_a_visit(text: str, source: set[str], target: set[str]) -> None:
    visits = kept(events_in(text, "en", PUBLISHED), "visit")
    assert has_sides(visits, source, target), visits


@pytest.mark.parametrize(
    "text",
    ["Elections in Malawi are due in 2027.", "The next payment to Zambia is due in March."],
)
def test_due_in_without_a_traveller_is_no_visit(text: str) -> None:
    assert not kept(events_in(text, "en", PUBLISHED), "visit")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # expecting another party to act is a demand on it
        (
            "At a joint news conference, Ruto said Nairobi expected Kampala to take concrete "
            "steps against the rebel group.",
            {"KEN"},
            {"UGA"},
        ),
        ("Kenya expects Somalia to honour the border deal.", {"KEN"}, {"SOM"}),
    ],
)
def test_expecting_a_party_to_act_is_a_demand(
    text: str, source: set[str], target: set[str]
) -> None:
    demands = kept(events_in(text, "en", PUBLISHED), "demand")
    assert has_sides(demands, source, target), demands


def test_expected_to_in_the_passive_is_no_demand() -> None:
    text = "Museveni is expected to take part in the summit in Kigali."
    assert not kept(events_in(text, "en", PUBLISHED), "demand")


def test_dismissing_the_sanctions_answers_whoever_imposed_them() -> None:
    text = (
        "The European Union imposed sanctions on Wednesday on Belarusian President Alexander "
        "Lukashenko. Lukashenko dismissed the sanctions on Thursday, telling reporters in Minsk "
        "he would not change course."
    )
    rejections = kept(events_in(text, "en", PUBLISHED), "rejection")
    assert has_sides(rejections, {"BLR"}, {"EU"}), rejections


@pytest.mark.parametrize("word", ["unfounded", "baseless", "illegal"])
def test_calling_an_expulsion_baseless_accuses_the_expeller(word: str) -> None:
    text = (
        "Kenya expelled Uganda's ambassador on Tuesday. Ugandan President Yoweri Museveni "
        f'called the expulsion "{word}" and said Uganda would respond.'
    )
    accusations = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert has_sides(accusations, {"UGA"}, {"KEN"}), accusations


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # ", which X rejected": what the main clause's subject said or did is rejected
        (
            "The presidents of Chile, Colombia and Brazil issued a joint statement on Monday "
            "calling on Bolivian authorities to respect the former president's rights, which "
            "La Paz rejected as interference.",
            {"BOL"},
            {"CHL", "COL", "BRA"},
        ),
        (
            "Norway published a plan for the disputed waters, which Iceland rejected.",
            {"ISL"},
            {"NOR"},
        ),
    ],
)
def test_which_rejected_answers_the_main_subject(
    text: str, source: set[str], target: set[str]
) -> None:
    rejections = kept(events_in(text, "en", PUBLISHED), "rejection")
    assert has_sides(rejections, source, target), rejections


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the infinitive's "to" governs the verb, not the object after it
        (
            "Ruto is expected to meet AU Commission chairman Moussa Faki in Addis Ababa on "
            "Thursday, a ministry source said.",
            {"KEN"},
            {"AU"},
        ),
        (
            "Ugandan President Yoweri Museveni is due to meet NATO Secretary General Jens "
            "Stoltenberg in Brussels.",
            {"UGA"},
            {"NATO"},
        ),
    ],
)
def test_infinitive_meeting_keeps_its_object(text: str, source: set[str], target: set[str]) -> None:
    meetings = kept(events_in(text, "en", PUBLISHED), "meeting")
    assert has_sides(meetings, source, target), meetings


def test_should_meet_halfway_is_no_meeting() -> None:
    text = '"Norway should take steps to meet the Icelandic side halfway," the spokesman said.'
    assert not kept(events_in(text, "en", PUBLISHED), "meeting")


def test_second_participle_after_and_keeps_the_main_subject() -> None:
    text = (
        "Lukashenko dismissed the report on Thursday, telling reporters in Minsk he would not "
        'change course and accusing Warsaw of "lying" about him.'
    )
    accusations = kept(events_in(text, "en", PUBLISHED), "accusation")
    assert has_sides(accusations, {"BLR"}, {"POL"}), accusations
    assert not kept(events_in(text, "en", PUBLISHED), "intent")


def test_laying_down_arms_is_still_a_promise() -> None:
    events = events_in("The rebels said they would lay down their arms.", "en", PUBLISHED)
    assert any(e.type == "intent" for e in events), events


def test_undated_background_act_is_not_merged_into_the_dated_news() -> None:
    text = (
        "Chile declared Bolivia's ambassador persona non grata on Tuesday and gave him 72 hours "
        "to leave the country. Last week, Chile recalled its own ambassador in La Paz for "
        "consultations."
    )
    sanctions = kept(events_in(text, "en", PUBLISHED), "sanction")
    assert len([e for e in sanctions if has_sides([e], {"CHL"}, {"BOL"})]) == 2, sanctions


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a community named by its state and its ethnicity belongs to the state it lives in
        (
            "The European Union has warned the Bosnian Serb leadership it could face sanctions "
            "if it pressed ahead.",
            {"BIH"},
        ),
        ("The European Union warned Kosovo Serb leaders of sanctions.", {"XKX"}),
    ],
)
def test_state_ethnic_demonyms_name_the_state(text: str, target: set[str]) -> None:
    threats = kept(events_in(text, "en", PUBLISHED), "threat")
    assert has_sides(threats, {"EU"}, target), threats


def test_pronoun_after_said_is_the_speaker_not_the_topic() -> None:
    text = (
        "Norway also wants the accord to cover fishing rights. Icelandic Prime Minister Katrin "
        "Jakobsdottir offered on Thursday to sign the text at a summit, and said she had spoken "
        "by phone with French President Emmanuel Macron."
    )
    calls = kept(events_in(text, "en", date(2023, 3, 10)), "call")
    assert has_sides(calls, {"ISL"}, {"FRA"}), calls
    assert not has_sides(calls, {"NOR"}, {"FRA"}), calls


def test_participle_before_that_is_not_a_demand_of_its_own() -> None:
    text = (
        "The rebels have spurned repeated offers of talks by the Quito government, insisting "
        "that they will only negotiate with Lima."
    )
    events = events_in(text, "en", PUBLISHED)
    top = max(events, key=lambda e: e.confidence)
    assert top.type == "rejection", events
