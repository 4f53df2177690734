"""English extraction: actors, roles and lexicon classes (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.mentions import MentionFinder
from kg.records import Event
from kg.text.document import build_document
from loaders.article import Article
from tests.extract.helpers import codes as _codes
from tests.extract.helpers import events_in

MONDAY = date(2021, 12, 20)


def _events(text: str, min_confidence: float = 0.0) -> list[Event]:
    return events_in(text, "en", MONDAY, min_confidence)


def _dyads(events: list[Event], type_: str) -> list[tuple[set[str], set[str]]]:
    return [(_codes(e.source), _codes(e.target)) for e in events if e.type == type_]


def _has(events: list[Event], type_: str, source: str, target: str) -> bool:
    """An event of ``type_`` from ``source`` to ``target`` (either way round for joint types)."""
    for src, tgt in _dyads(events, type_):
        if (source in src and target in tgt) or (source in tgt and target in src):
            return True
    return False


# --- mentions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Modi met his Japanese counterpart Fumio Kishida.", "JPN"),
        ("Modi met his counterpart Fumio Kishida.", "JPN"),
        ("Modi spoke to his Japanese counterpart on Tuesday.", "JPN"),
        ("Modi phoned his Chinese counterpart Premier Li Keqiang.", "CHN"),
    ],
)
def test_mentions_english_counterpart_with_demonym_or_name(text: str, code: str) -> None:
    tokens = build_document(Article(id="m", text=text, lang="en")).sentences[0].tokens
    mentions = MentionFinder("en").find(tokens, MONDAY)
    counterpart = [m for m in mentions if m.reference == "counterpart" and not m.weak]
    assert counterpart and code in counterpart[0].codes, mentions


def test_mentions_plural_possessive_joins_the_title() -> None:
    text = "Philippines' President Ramon Dela Cruz flew home."
    tokens = build_document(Article(id="m", text=text, lang="en")).sentences[0].tokens
    mention = MentionFinder("en").find(tokens, MONDAY)[0]
    assert mention.actor.kind == "person" and "PHL" in mention.codes


def test_mentions_coast_guard_is_an_actor_not_a_place() -> None:
    events = _events("The Chinese coast guard fired water cannons at Philippine vessels.")
    assert any("CHN" in src for src, _ in _dyads(events, "military"))


# --- coreference ----------------------------------------------------------------------------


def test_both_sides_refers_to_the_last_pair() -> None:
    text = (
        "Kenya and Uganda agreed on Monday to reopen their border. "
        "The foreign ministers of both nations will meet next week."
    )
    assert _has(_events(text), "meeting", "KEN", "UGA")


def test_a_joint_event_between_both_sides_takes_the_pair() -> None:
    text = (
        "Greece and Turkey agreed on Monday to restore military contacts. "
        "The first step will be a meeting of army commanders on both sides in March."
    )
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert any(_codes(e.source) | _codes(e.target) == {"GRC", "TUR"} for e in meetings), _dyads(
        meetings, "meeting"
    )


def test_unlisted_titled_name_takes_the_earlier_holder_of_the_title() -> None:
    text = (
        "Estonia's foreign minister arrived in Paris on Monday. "
        "The French president praised the Baltic states. "
        "Foreign Minister Kalev Tammsaar met the French president on Tuesday. "
        "Tammsaar flew to Berlin on Wednesday."
    )
    events = _events(text)
    assert _has(events, "meeting", "EST", "FRA")
    assert any("EST" in src and "DEU" in tgt for src, tgt in _dyads(events, "visit"))


# --- roles ----------------------------------------------------------------------------------


def test_coordination_across_a_determiner() -> None:
    events = _events("Iran and the P5+1 group held talks in Geneva on Monday.")
    assert _has(events, "meeting", "IRN", "P5+1")


def test_between_parties_with_a_modifier_after_and() -> None:
    text = (
        "The meeting between Cambodian Foreign Minister Prak Sokhonn and acting Thai Foreign "
        "Minister Maris Sangiampongsa was hosted by Malaysia on Monday."
    )
    assert _has(_events(text), "meeting", "KHM", "THA")


def test_english_subject_without_object_is_not_a_dropped_subject() -> None:
    text = "Fighting continued in Yemen on Sunday. Oman, which brokered the talks, kept silent."
    assert all("YEM" not in src for src, _ in _dyads(_events(text), "meeting"))


# --- lexicon --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Morocco summoned the Algerian charge d'affaires on Saturday.", "meeting", "MAR", "DZA"),
        (
            "Kenyan President William Ruto on Friday called President Emmanuel Macron.",
            "call",
            "KEN",
            "FRA",
        ),
        (
            "Iranian Deputy Foreign Minister Abbas Araghchi traveled to Vienna on Tuesday.",
            "visit",
            "IRN",
            "AUT",
        ),
        (
            "The Mexican president fired back, calling Ecuador's raid an authoritarian act.",
            "accusation",
            "MEX",
            "ECU",
        ),
    ],
)
def test_lexicon_confident_events(text: str, type_: str, source: str, target: str) -> None:
    events = _events(text, min_confidence=0.5)
    assert any(source in s and target in t for s, t in _dyads(events, type_)), [
        (e.type, _codes(e.source), _codes(e.target), e.confidence) for e in _events(text)
    ]


def test_purpose_noun_takes_the_verb_subject_and_object() -> None:
    text = "Norway summoned Iran's ambassador on Monday to lodge a formal protest over the arrests."
    events = _events(text, min_confidence=0.5)
    assert any("NOR" in s and "IRN" in t for s, t in _dyads(events, "accusation")), _dyads(
        events, "accusation"
    )
    assert not any("IRN" in s for s, _ in _dyads(events, "accusation"))


def test_late_with_phrase_is_the_partner_of_a_call() -> None:
    text = (
        "Ghana's President Nana Akufo-Addo spoke on the phone on Tuesday evening from his residence "
        "in the coastal city of Cape Coast with Nigerian President Bola Tinubu."
    )
    assert _has(_events(text), "call", "GHA", "NGA")


def test_talks_at_which_a_deal_was_signed_are_an_event() -> None:
    text = "Serbia and Kosovo initialled an accord at Brussels talks on Friday."
    assert _dyads(_events(text), "negotiation")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Moroccan foreign ministry said Tebboune's remarks showed deep irresponsibility.",
            "MAR",
            "DZA",
        ),
        (
            "Chile's foreign minister said the expulsion was a regrettable decision by the "
            "government of Peru.",
            "CHL",
            "PER",
        ),
    ],
)
def test_speaker_of_an_evaluative_word_accuses(text: str, source: str, target: str) -> None:
    events = _events(text, min_confidence=0.5)
    assert any(source in s and target in t for s, t in _dyads(events, "accusation")), [
        (e.type, _codes(e.source), _codes(e.target), e.confidence) for e in _events(text)
    ]


def test_evaluative_word_in_a_quote_is_said_by_the_topic() -> None:
    text = (
        "Canadian Prime Minister Justin Trudeau spoke on Monday. "
        '"These are inexcusable attacks from Russia," he said.'
    )
    events = _events(text, min_confidence=0.5)
    assert any("CAN" in s and "RUS" in t for s, t in _dyads(events, "accusation"))


# --- merging --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "The accord, reached after two weeks of negotiations, reopens the border crossings.",
        "The deal, struck in Doha this week, was welcomed across the region.",
        "The agreement, signed at a hotel in the capital, covers water sharing.",
    ],
)
def test_participle_after_a_definite_event_noun_tells_the_same_event(later: str) -> None:
    text = f"DOHA - Chad and Niger signed a border agreement on Saturday. {later}"
    agreements = [e for e in _events(text, min_confidence=0.5) if e.type == "agreement"]
    assert len(agreements) == 1, [(_codes(e.source), _codes(e.target)) for e in agreements]


@pytest.mark.parametrize(
    "second",
    [
        '"Both Niger and Chad reached a common understanding," the mediator said.',
        "Niger and Chad signed the accord after talks in Doha, officials said.",
    ],
)
def test_an_agreement_told_with_the_parties_swapped_is_one_event(second: str) -> None:
    text = f"Chad and Niger signed a border accord on Saturday. {second}"
    found = [e for e in _events(text, min_confidence=0.3) if e.type == "agreement"]
    assert len(found) == 1, [(_codes(e.source), _codes(e.target)) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto arrived in Tokyo on Monday for a state visit at the "
        "invitation of Japanese Prime Minister Fumio Kishida.",
        "Kenya's foreign minister flew to Tokyo at the invitation of Japan's foreign minister.",
    ],
)
def test_the_inviter_after_a_phrase_ending_in_of_is_the_source(text: str) -> None:
    proposals = _dyads(_events(text), "proposal")
    assert proposals and all("JPN" in s and "KEN" in t for s, t in proposals), proposals


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Oman's foreign minister handed a letter to the emir of Kuwait, who has mediated in "
            "the crisis for months, during a brief visit to Kuwait on Monday.",
            "visit",
            "OMN",
            "KWT",
        ),
        (
            "The Jordanian king, according to palace sources, raised the border issue during "
            "his visit to Iraq.",
            "visit",
            "JOR",
            "IRQ",
        ),
        (
            "Armenia and Azerbaijan initialled a draft treaty at peace talks in Brussels.",
            "negotiation",
            "ARM",
            "AZE",
        ),
    ],
)
def test_event_noun_in_a_during_or_at_adjunct_belongs_to_the_main_clause(
    text: str, type_: str, source: str, target: str
) -> None:
    assert _has(_events(text), type_, source, target), [
        (e.type, _codes(e.source), _codes(e.target), e.confidence) for e in _events(text)
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "NAIROBI (Reuters) — Ethiopia's prime minister met Kenya's president on Sunday.\n\n"
            "Prime Minister Abiy Ahmed began his visit by touring a railway depot.",
            "KEN",
        ),
        (
            "ANKARA, Turkey (AP) — Greek officials arrived on Monday.\n\n"
            "The Greek foreign minister began his two-day visit with a wreath-laying ceremony.",
            "TUR",
        ),
    ],
)
def test_visit_without_destination_goes_to_the_dateline(text: str, target: str) -> None:
    visits = _dyads(_events(text), "visit")
    assert any(target in t for _, t in visits), visits


@pytest.mark.parametrize(
    "text",
    [
        # the destination is named, though not a country
        "SEOUL (AP) — Japan protested on Monday.\n\n"
        "A visit by Japan's foreign minister to the disputed islands was condemned.",
        # the visitor is from the dateline country
        "NAIROBI (Reuters) — Kenya's president began his visit with a speech on Monday.",
        # no dateline: a city in the lead is not set off by a dash
        "Nairobi hosted talks on Monday. Ethiopia's prime minister began his visit on Tuesday.",
    ],
)
def test_visit_takes_no_dateline_destination(text: str) -> None:
    visits = _dyads(_events(text), "visit")
    assert not any(t & {"KOR", "KEN"} for _, t in visits), visits


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Ghana's president spoke by phone on Friday with the Acting Chairman of the African "
            "Union (AU), Senegalese President Macky Sall.",
            {"AU", "SEN"},
        ),
        (
            "Chile's president spoke by phone on Friday with the chairperson of the African Union.",
            {"AU"},
        ),
    ],
)
def test_the_chair_of_an_organisation_is_a_party(text: str, codes: set[str]) -> None:
    calls = _dyads(_events(text, min_confidence=0.5), "call")
    assert any(codes <= t for _, t in calls), calls


def test_meetings_of_different_people_between_two_states_are_two_events() -> None:
    text = (
        "Peruvian Agriculture Minister Jorge Salas will meet Chilean Agriculture Minister Tomas "
        "Brandt on Monday, officials said. Peruvian Economy Minister Ana Ruiz and Chilean "
        "Finance Minister Pablo Hyde will also meet on Monday."
    )
    meetings = [e for e in _events(text, min_confidence=0.3) if e.type == "meeting"]
    assert len(meetings) == 2, [(e.source, e.target) for e in meetings]


def test_one_meeting_told_twice_with_the_same_person_is_one_event() -> None:
    text = (
        "Peruvian Agriculture Minister Jorge Salas met Chilean Agriculture Minister Tomas Brandt "
        "on Monday. Salas met Brandt to discuss frost damage, officials said."
    )
    meetings = [e for e in _events(text, min_confidence=0.3) if e.type == "meeting"]
    assert len(meetings) == 1, [(e.source, e.target) for e in meetings]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Tokyo protested on Sunday over the Chinese navy's use of water cannons against "
            "Japanese fishing boats.",
            "CHN",
            "JPN",
        ),
        (
            "Vietnamese coast guard ships turned water cannon on a Chinese trawler on Friday.",
            "VNM",
            "CHN",
        ),
    ],
)
def test_water_cannon_use_is_a_military_act_of_its_possessor(
    text: str, source: str, target: str
) -> None:
    found = _dyads(_events(text, min_confidence=0.5), "military")
    assert any(source in s and target in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan initialled a border protocol at EU-brokered talks in Brussels.",
        "Armenia and Azerbaijan signed a border protocol after Qatar-mediated negotiations.",
        "Armenia and Azerbaijan signed a border protocol at U.S.-sponsored talks in Washington.",
    ],
)
def test_talks_brokered_by_a_third_party_are_a_negotiation_of_the_subject(text: str) -> None:
    assert any(
        {"ARM", "AZE"} <= s | t for s, t in _dyads(_events(text, min_confidence=0.5), "negotiation")
    ), [(e.type, _codes(e.source), _codes(e.target), e.confidence) for e in _events(text)]


def test_a_hyphenated_participle_alone_is_no_event() -> None:
    events = _events("US-backed fighters entered the town on Monday.", min_confidence=0.3)
    assert not [e for e in events if e.type == "support"], events


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        ("The meeting, held at the airport, lasted an hour.", True),
        ("The talks, hosted by Oman, ended on Friday.", True),
        ("The meeting, a rare one, lasted an hour.", False),
        ("The meeting, holding everyone's attention, lasted an hour.", False),
    ],
)
def test_a_participle_after_an_event_noun_asserts_it(text: str, supported: bool) -> None:
    from kg.extract.events import _noun_supported
    from kg.extract.grammar import load_grammar
    from kg.extract.triggers import trigger_lexicon

    tokens = build_document(Article(id="n", text=text, lang="en")).sentences[0].tokens
    hit = next(h for h in trigger_lexicon("en").find(tokens) if h.is_noun)
    assert _noun_supported(hit, tokens, load_grammar("en")) is supported


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a period after the complement dates the asked-for visit, not the invitation
        "Kenyan President William Ruto today spoke by phone with Japan's prime minister. "
        "In the conversation, Ruto invited the Japanese prime minister to pay a visit to Kenya "
        "next year.",
        # a date line does not push the news out of the lead
        "Kenya and Japan talk trade\n\n20 December 2021\n\n"
        "Kenya's president has long sought closer ties with the large Asian economies.\n\n"
        "Kenyan President William Ruto today spoke by phone with Japan's prime minister.\n\n"
        "In the conversation, Ruto invited the Japanese prime minister to visit Kenya.",
    ],
)
def test_an_undated_invitation_in_the_news_takes_the_news_day(text: str) -> None:
    proposals = [e for e in _events(text) if e.type == "proposal"]
    assert proposals and all(e.time.start == MONDAY for e in proposals), [e.time for e in proposals]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Chad and Niger held border talks in Doha on December 6 and 9.", {6, 9}),
        ("Chad and Niger held border talks in Doha between December 6 and 9.", {6}),
        ("Chad and Niger held border talks in Doha on December 6 and 7.", {6}),
    ],
)
def test_two_listed_days_are_two_events(text: str, days: set[int]) -> None:
    talks = [e for e in _events(text) if e.type in ("negotiation", "meeting")]
    assert {e.time.start.day for e in talks if e.time.start} == days, [e.time for e in talks]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Faced with the threat of EU sanctions and a credit freeze, Serbia and Kosovo agreed "
            "to resume talks.",
            "EU",
            "SRB",
        ),
        (
            "Under the threat of U.S. tariffs on its steel, Mexico offered new border controls.",
            "USA",
            "MEX",
        ),
    ],
)
def test_the_actor_inside_a_threat_phrase_threatens(text: str, source: str, target: str) -> None:
    threats = _dyads(_events(text), "threat")
    assert any(source in s and target in t for s, t in threats), threats


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean delegation prepared to start discussions with their Peruvian counterparts.",
        "Chile and Peru will resume discussions on the maritime border next week.",
    ],
)
def test_starting_or_resuming_discussions_is_a_negotiation(text: str) -> None:
    found = _dyads(_events(text, min_confidence=0.5), "negotiation")
    assert any({"CHL", "PER"} <= s | t for s, t in found), found


def test_an_act_told_with_also_is_one_more_event() -> None:
    text = (
        "Chile on Monday recalled its ambassador to Peru in protest against what it called "
        "Peruvian provocations. Chile's foreign minister also ordered filing a formal "
        "complaint against Peru with the United Nations."
    )
    accusations = [e for e in _events(text, min_confidence=0.5) if e.type == "accusation"]
    assert len(accusations) == 2, [(e.evidence.trigger, e.time) for e in accusations]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gabriel Boric met the Italian prime minister on Monday.", None),
        ("Chilean President Gabriel Boric met the Italian prime minister.", "CHL"),
        ("Gabriel Says Germany Will Act", "DEU"),
    ],
)
def test_a_listed_family_name_followed_by_another_name_is_a_first_name(
    text: str, code: str | None
) -> None:
    tokens = build_document(Article(id="m", text=text, lang="en")).sentences[0].tokens
    first = [m for m in MentionFinder("en").find(tokens, MONDAY) if m.start == 0]
    if code is None:
        assert not first or "DEU" not in first[0].codes, first
    else:
        assert first and code in first[0].codes, first


def test_a_state_then_a_comma_and_a_title_is_a_list_not_one_mention() -> None:
    text = (
        "President Gustavo Petro of Colombia, President Luis Arce of Bolivia and Prime Minister "
        "Ariel Henry of Haiti met in Lima on Monday."
    )
    tokens = build_document(Article(id="m", text=text, lang="en")).sentences[0].tokens
    codes = [m.codes for m in MentionFinder("en").find(tokens, MONDAY) if not m.weak]
    assert [set(c) for c in codes[:3]] == [{"COL"}, {"BOL"}, {"HTI"}], codes
    assert _has(_events(text), "meeting", "COL", "BOL")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Qatar struck a deal on Monday.", False),
        ("Chad agreed on Saturday to extend the deadline by two days.", False),
        ("Chad signed a border agreement with Niger in Doha on Saturday.", True),
    ],
)
def test_an_agreement_needs_a_counterpart(text: str, kept: bool) -> None:
    agreements = [e for e in _events(text, min_confidence=0.5) if e.type == "agreement"]
    assert bool(agreements) is kept, [(e.source, e.target, e.confidence) for e in agreements]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Chile's foreign minister said that the visit of Peru's defence minister to the "
            'disputed islands "undermines years of patient diplomacy".',
            True,
        ),
        ("Rising fuel prices in Peru jeopardize the harvest this year.", False),
    ],
)
def test_undermining_in_reported_speech_is_an_accusation(text: str, accused: bool) -> None:
    found = _dyads(_events(text, min_confidence=0.5), "accusation")
    assert any("CHL" in s and "PER" in t for s, t in found) is accused, found


@pytest.mark.parametrize(
    "text",
    [
        "Chad signed a border accord on Monday, confirmed the French and German presidents.",
        "Chad recalled its ambassador on Monday, said the French foreign minister.",
    ],
)
def test_the_reporters_of_a_post_posed_reporting_clause_are_no_target(text: str) -> None:
    events = [e for e in _events(text) if e.type != "statement"]
    assert events and not any(_codes(e.target) & {"FRA", "DEU"} for e in events), [
        (e.type, _codes(e.source), _codes(e.target)) for e in events
    ]


@pytest.mark.parametrize("name", ["Alexander Lukashenko", "Lukashenko"])
def test_the_belarusian_president_is_listed(name: str) -> None:
    assert _has(_events(f"{name} met Vladimir Putin in Sochi on Monday."), "meeting", "BLR", "RUS")


def test_a_tour_of_unlisted_places_takes_no_dateline_destination() -> None:
    text = (
        "WASHINGTON (Reuters) — Iran's foreign minister left Tehran on Monday.\n\n"
        "Iran's foreign minister began a tour of Asian capitals on Monday."
    )
    visits = _dyads(_events(text), "visit")
    assert not any("USA" in t for _, t in visits), visits


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The EU will impose new sanctions on Belarus if Minsk does not free the prisoners.",
            "EU",
            "BLR",
        ),
        (
            "Washington will slap tariffs on Mexican goods unless Mexico stops the migrants.",
            "USA",
            "MEX",
        ),
        (
            "Turkey will launch a military operation against Syria unless the militants withdraw.",
            "TUR",
            "SYR",
        ),
    ],
)
def test_conditional_sanctions_and_attacks_are_a_threat(
    text: str, source: str, target: str
) -> None:
    events = _events(text, min_confidence=0.5)
    assert any(source in s and target in t for s, t in _dyads(events, "threat")), [
        (e.type, _codes(e.source), _codes(e.target)) for e in events
    ]
    assert not _dyads(events, "sanction") and not _dyads(events, "military")
