"""The English trigger lexicon (kg/resources/en/triggers.yaml): it loads through the schema, every
entry is well formed, every word is a lemma the extractor can meet, every CAMEO code exists, and a
table of words and phrases finds the event class it should.

Lemmas: the extractor keys an English token by its lower-cased form and its simplemma lemma, so a
lexicon word must be a lemma simplemma produces: its own lemma ("meet", "talk"), or the lemma
simplemma gives for the plural when it maps the singular further ("meetings" -> "meeting", which
"meet" does not reach). Words with an apostrophe or hyphen ("won't", "cease-fire") are not
lemmatised by the extractor and are matched as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import simplemma

from kg.resources import load_resource
from kg.resources.schema import TriggerEntry, TriggersFile

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "schemas" / "ontology.yaml"
PLOVER_TABLE = Path("/work/shared/reference/CAMEO2PLOVER-2021.txt")

KG_TYPES = {
    "call", "visit", "meeting", "negotiation", "proposal", "threat", "agreement", "intent",
    "demand", "appeal", "accusation", "rejection", "support", "sanction", "military", "aid",
    "cooperation", "statement", "yield", "investigate", "protest", "coerce",
}  # fmt: skip

# Type of each CAMEO root, used only when schemas/ontology.yaml is absent.
ROOT_TYPES = {
    "01": "statement", "02": "appeal", "03": "intent", "04": "meeting", "05": "support",
    "06": "cooperation", "07": "aid", "08": "yield", "09": "investigate", "10": "demand",
    "11": "accusation", "12": "rejection", "13": "threat", "14": "protest", "15": "military",
    "16": "sanction", "17": "coerce", "18": "military", "19": "military", "20": "military",
}  # fmt: skip

# One token as kg.text.tokens cuts it (letters, with inner apostrophes or hyphens).
_TOKEN = re.compile(r"[a-z\u00e0-\u00f6\u00f8-\u024f]+(?:['\-][a-z\u00e0-\u00f6\u00f8-\u024f]+)*")

LEXICON = load_resource("en/triggers.yaml", TriggersFile)
ENTRIES = LEXICON.triggers
IDS = [f"{i:03d}-{e.cameo}" for i, e in enumerate(ENTRIES)]


def _cameo_types() -> dict[str, str]:
    """Every valid CAMEO code with its default kg type: the ontology if present, else the
    CAMEO2PLOVER table (codes only; types by root)."""
    if ONTOLOGY.exists():
        from kg.ontology import load_ontology

        return {e.cameo: e.type for e in load_ontology().events}
    text = PLOVER_TABLE.read_text(encoding="utf-8")
    return {c: ROOT_TYPES[c[:2]] for c in re.findall(r"^(\d{2,4}):", text, re.M)}


CAMEO_TYPES = _cameo_types()


def _type(entry: TriggerEntry) -> str:
    return entry.type or CAMEO_TYPES[entry.cameo]


def _is_lexicon_word(word: str) -> bool:
    """A word the extractor can meet: a simplemma lemma, or a word it matches as written."""
    if not _TOKEN.fullmatch(word):
        return False
    if not word.isalpha():
        return True
    return simplemma.lemmatize(word, lang="en").lower() == word or (
        simplemma.lemmatize(word + "s", lang="en").lower() == word
    )


def _phrase_words(phrase: str) -> list[str]:
    return [alt for part in phrase.split() if part != "*" for alt in part.split("|")]


# --- the file and its entries --------------------------------------------------------------------


def test_en_triggers_loads_through_the_schema() -> None:
    assert LEXICON.lang == "en"
    assert "PETRARCH" in LEXICON.source
    assert len(ENTRIES) >= 300


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_en_triggers_entry_is_well_formed(entry: TriggerEntry) -> None:
    assert entry.lemmas or entry.phrases, "nothing to match"
    assert not entry.verbs and not entry.nouns, "verbs and nouns are for Arabic"
    assert entry.type is None or entry.type in KG_TYPES
    assert entry.cameo in CAMEO_TYPES, f"CAMEO code {entry.cameo} does not exist"
    assert _type(entry) in KG_TYPES
    assert 0 < entry.weight <= 2
    # a speaker frame looks for its reporting verb across a long reported clause
    assert 1 <= entry.window <= (30 if entry.frame.source == "speaker" else 12)
    assert len(set(entry.lemmas)) == len(entry.lemmas), "a lemma listed twice"
    for phrase in entry.phrases:
        parts = phrase.split()
        assert len(parts) >= 2, f"one-word phrase {phrase!r}: list it under lemmas"
        assert parts[0] != "*" and parts[-1] != "*", phrase
        assert all(alt for part in parts for alt in part.split("|")), phrase
    for word in entry.requires + entry.excludes:
        assert word == word.lower() and word.strip() == word, word
    if entry.frame.source == "prep":
        assert entry.frame.source_preps, "source: prep needs source_preps"
    if entry.frame.source != "subject":
        assert entry.note, "say in the note who the subject is when it is not the source"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_en_triggers_words_are_lemmas(entry: TriggerEntry) -> None:
    words = list(entry.lemmas) + [w for p in entry.phrases for w in _phrase_words(p)]
    bad = [w for w in words if not _is_lexicon_word(w)]
    assert not bad, f"not a simplemma lemma: {bad}"


def test_en_triggers_have_no_duplicate_entries() -> None:
    seen: dict[bytes, int] = {}
    for i, entry in enumerate(ENTRIES):
        key = repr(entry).encode()
        assert key not in seen, f"entries {seen[key]} and {i} are the same"
        seen[key] = i


def test_en_triggers_cover_every_kg_type() -> None:
    assert {_type(e) for e in ENTRIES} == KG_TYPES


# --- looking words up ----------------------------------------------------------------------------


def lookup(form: str) -> list[TriggerEntry]:
    """Entries that list ``form`` as a lemma or as one of their phrases (written exactly)."""
    return [e for e in ENTRIES if form in e.lemmas or form in e.phrases]


def readings(form: str) -> set[str]:
    """CAMEO codes, roots and kg types of every entry that lists ``form``."""
    return {r for e in lookup(form) for r in (e.cameo, e.cameo[:2], _type(e))}


CASES = [
    # call
    ("phone", "call"), ("telephone", "call"), ("call", "call"),
    ("receive * call", "call"),
    # visit
    ("visit", "visit"), ("arrive", "visit"), ("trip", "visit"), ("travel to", "visit"),
    ("host", "visit"),
    # meeting and negotiation
    ("meet", "meeting"), ("meeting", "meeting"), ("summon", "meeting"), ("receive", "meeting"),
    ("convene", "meeting"), ("negotiate", "negotiation"), ("negotiation", "negotiation"),
    ("talk", "negotiation"), ("mediate", "04"),
    # proposal
    ("propose", "proposal"), ("proposal", "proposal"), ("invite", "proposal"),
    ("put forward", "proposal"),
    # threat
    ("threaten", "threat"), ("threaten * to", "threat"), ("ultimatum", "threat"),
    ("or face", "threat"),
    # agreement
    ("sign", "agreement"), ("reach", "agreement"), ("hammer out * deal|agreement|accord", "057"),
    # intent
    ("readiness", "intent"), ("pledge", "intent"), ("agree * to", "intent"),
    ("accept * invitation", "03"),
    # demand, appeal
    ("demand", "demand"), ("insist", "demand"), ("pressure * to", "10"),
    ("urge", "appeal"), ("appeal", "appeal"), ("call on", "appeal"), ("ask", "02"),
    # accusation
    ("accuse", "accusation"), ("condemn", "accusation"), ("criticize", "accusation"),
    ("criticise", "accusation"), ("denounce", "accusation"), ("blame", "accusation"),
    ("slam", "11"), ("sue", "11"), ("convict", "11"), ("indict", "11"), ("complain", "accusation"),
    # rejection
    ("reject", "rejection"), ("refuse", "rejection"), ("dismiss", "rejection"),
    ("veto", "12"), ("rebuff", "rejection"), ("renege on", "rejection"),
    # support
    ("welcome", "support"), ("praise", "support"), ("back", "support"), ("endorse", "support"),
    ("congratulate", "05"), ("hail", "support"), ("defend", "05"),
    # sanction
    ("recall", "sanction"), ("sever", "sanction"), ("sanction", "sanction"), ("embargo", "16"),
    ("persona non grata", "sanction"),
    # military
    ("attack", "military"), ("airstrike", "military"), ("shell", "19"), ("deploy", "15"),
    ("mobilize", "military"), ("bombing", "18"), ("massacre", "20"), ("invasion", "military"),
    ("war game", "military"),
    # aid, cooperation
    ("donate", "aid"), ("lend", "aid"), ("cooperate", "cooperation"), ("extradite", "06"),
    # statement
    ("say", "statement"), ("announce", "statement"), ("stress", "01"), ("affirm", "statement"),
    # the extra kg types
    ("release", "yield"), ("resign", "08"), ("surrender", "yield"), ("lift", "yield"),
    ("investigate", "investigate"), ("probe", "09"), ("inquiry", "investigate"),
    ("protest", "protest"), ("demonstrate", "14"), ("boycott", "protest"),
    ("arrest", "coerce"), ("detain", "17"), ("deport", "coerce"), ("curfew", "coerce"),
    ("seize", "coerce"),
]  # fmt: skip


@pytest.mark.parametrize(("form", "expected"), CASES, ids=[f"{f}->{x}" for f, x in CASES])
def test_en_triggers_lookup(form: str, expected: str) -> None:
    found = readings(form)
    assert found, f"{form!r} is in no entry"
    assert expected in found, f"{form!r} reads as {sorted(found)}, not {expected}"


@pytest.mark.parametrize(
    ("form", "not_expected"),
    [
        ("warn", "accusation"),  # a plain warning is a statement or a threat
        ("call", "sanction"),
        ("meet", "yield"),  # "meet the demands" is a phrase of its own
    ],
)
def test_en_triggers_lookup_excludes(form: str, not_expected: str) -> None:
    assert not_expected not in readings(form)


def test_en_triggers_ambiguous_words_are_split() -> None:
    """The words with several readings carry them in separate entries."""
    assert {"appeal", "call"} <= {_type(e) for e in ENTRIES if "call" in e.lemmas} | {
        _type(e) for e in ENTRIES if any(p.startswith("call on") for p in e.phrases)
    }
    summon = {(e.cameo, _type(e)) for e in lookup("summon")}
    assert ("040", "meeting") in summon and ("114", "meeting") in summon
    warn = {_type(e) for e in lookup("warn")}
    assert warn == {"threat", "statement"}
    release = {e.cameo for e in lookup("release")}
    assert {"0841", "0353", "1243"} & release
    host = next(e for e in lookup("host") if e.cameo == "043")
    assert host.frame.source == "object" and not host.frame.object_is_target


# --- sentences: the lexicon on whole sentences (our own wording, not corpus text) ----------------


def _sentence_types(sentence: str) -> set[str]:
    """kg types of the trigger hits the English lexicon finds in ``sentence``."""
    from kg.extract.triggers import trigger_lexicon
    from kg.text.normalize import fold
    from kg.text.tokens import tokenize

    return {hit.spec.type for hit in trigger_lexicon("en").find(tokenize(fold(sentence)))}


SENTENCES = [
    # "called off talks" / "called for talks" are no phone call
    ("Ruritania called off the planned border talks with Freedonia.", "rejection", True),
    ("Ruritania called off the planned border talks with Freedonia.", "call", False),
    ("The minister talked with his Freedonian counterpart in a call on Monday.", "call", True),
    # inability is no refusal; refusing is
    ("The president could not attend the summit because of illness.", "rejection", False),
    ("The president would not meet the Freedonian envoy.", "rejection", True),
    # occupying a post is no occupation
    ("Ruritania occupies the first vice-presidency of the bloc.", "military", False),
    ("Ruritanian troops occupy the northern province.", "military", True),
    # urging talks is an appeal, proposing them a proposal
    ("The UN envoy urged dialogue between the two governments.", "appeal", True),
    ("The UN envoy urged dialogue between the two governments.", "proposal", False),
    ("Ruritania proposed talks with Freedonia next month.", "proposal", True),
    # announcing a review of ties is a threat
    ("Ruritania said it would review its security cooperation with Freedonia.", "threat", True),
    ("Ruritania said it would review its security cooperation with Freedonia.", "cooperation",
     False),
    # being somewhere for a trip is a visit
    ("The Ruritanian king is in Freedonia for a three-day trip.", "visit", True),
    # witnessing a signing is an agreement
    ("The two presidents oversaw the signing of five trade accords.", "agreement", True),
    # efforts to restore ties are not the act
    ("The talks are part of an effort to restore relations with Freedonia.", "support", False),
    ("Ruritania restored diplomatic relations with Freedonia.", "support", True),
    # a condition is no concession
    ("Ruritania will comply only after Freedonia has lifted the sanctions.", "yield", False),
    ("Freedonia lifted the sanctions on Ruritania on Monday.", "yield", True),
    # "the siege countries" is a label
    ("The response was handed to the siege countries on Sunday.", "military", False),
    # demands made vs demands answered
    ("The four states sent Ruritania a list of 13 demands.", "demand", True),
    ("Ruritania handed over its response to the bloc's demands.", "demand", False),
    # protests and sanctions target people too
    ("A protest targeting the Freedonian envoy was held in the capital.", "military", False),
    ("The new sanctions target Freedonian banks.", "military", False),
    # taking part in talks, hours of talks
    ("The leaders were involved in discussions on Tuesday.", "meeting", True),
    ("The deal came after 16 hours of talks in the capital.", "negotiation", True),
    # on behalf of is no appeal
    ("The chairman called on behalf of the member states.", "appeal", False),
    ("The chairman called on Freedonia to release the prisoners.", "appeal", True),
    # intelligence sharing promised or carried out
    ("Both countries would look for ways to share intelligence.", "cooperation", False),
    ("Both countries would look for ways to share intelligence.", "intent", True),
    ("Ruritania shared intelligence with Freedonia on the plot.", "cooperation", True),
    # meeting someone halfway is a concession
    ("Ruritania finally met Freedonia halfway on the border issue.", "yield", True),
    ("Ruritania finally met Freedonia halfway on the border issue.", "meeting", False),
    # a statement released is no release of persons
    ("A statement from the Ruritanian government released on Monday says so.", "yield", False),
    ("Freedonia released the two Ruritanian fishermen.", "yield", True),
    # discussing a topic (the object is no party; the frame is checked in the entry test below)
    ("The ministers discussed the crisis with their Freedonian counterparts.", "meeting", True),
    # mobilising troops is a mobilisation, not a campaign of opposition
    ("Ruritania mobilized its troops for a war against Freedonia.", "accusation", False),
    ("Ruritania mobilized its troops for a war against Freedonia.", "military", True),
    ("The opposition mobilized voters against the new constitution.", "accusation", True),
    # an announced curfew, an announced boycott
    ("The government said it will extend the curfew in the capital.", "coerce", True),
    ("The opposition parties said they would boycott the elections.", "threat", True),
    ("The opposition parties said they would boycott the elections.", "protest", False),
    ("The delegates boycotted the conference in protest.", "rejection", True),
    # promised aid is intent, aid handed over is aid
    ("Ruritania will provide financial assistance to the flood victims.", "intent", True),
    ("Ruritania will provide financial assistance to the flood victims.", "aid", False),
    ("Ruritania provided financial assistance to the flood victims.", "aid", True),
    # "X must do Y" is an appeal to X
    ("Freedonia said Ruritania must end its attacks on the border villages.", "appeal", True),
    # ordering a newspaper shut is coercion
    ("The junta ordered the weekly newspaper to suspend publication.", "coerce", True),
    # a condition is no refusal
    ("Talks will stop if the detainees are not released by Friday.", "rejection", False),
    ("The rebels said they would not release the hostages.", "rejection", True),
    # summoned to complain, with the complaint at the end of a long clause
    ("Ruritania summoned a senior Freedonian diplomat to its foreign ministry on Monday to"
     " complain about the shelling.", "meeting", True),
    # "out of the question" is a refusal
    ("The president said that lifting the ban was out of the question.", "rejection", True),
    # more pressure is a threat
    ("Ruritania will increase pressure on Freedonia, the minister said.", "threat", True),
    # announcing that cooperation will be scaled back is a threat, not support
    ("Ruritania would consider scaling back intelligence co-operation with Freedonia.",
     "threat", True),
    ("Ruritania would consider scaling back intelligence co-operation with Freedonia.",
     "support", False),
    # a court ordering a release
    ("A court ordered the release of the former minister from jail.", "yield", True),
    # returned property
    ("Customs officers returned an 18th century, hand-written, leather-bound manuscript to"
     " the town.", "yield", True),
    # commitment to a principle, agreeing to a plan
    ("The president reaffirmed his commitment to the One Ruritania principle.", "support",
     True),
    ("Both prime ministers agreed to the two-track approach.", "support", True),
    # whether a deal would be reached is no agreement
    ("Much depends on whether Ruritania would manage to reach a deal with the rebels.",
     "agreement", False),
    ("Ruritania reached a deal with the rebels on Monday.", "agreement", True),
    # a street protest against an envoy is no diplomatic complaint
    ("Activists staged an anti-war protest targeting the Freedonian ambassador to Ruritania.",
     "accusation", False),
    ("The foreign ministry lodged a formal protest with the Freedonian embassy.", "accusation",
     True),
    # ordering a complaint filed is the complaint, not a demand
    ("The prime minister ordered filing an official complaint against Freedonia to the UN.",
     "accusation", True),
    ("The prime minister ordered filing an official complaint against Freedonia to the UN.",
     "demand", False),
    # an official visit
    ("The Ruritanian premier is on an official visit to Freedonia.", "visit", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "kg_type", "present"),
    SENTENCES,
    ids=[f"{i:02d}-{t}-{'yes' if p else 'no'}" for i, (_, t, p) in enumerate(SENTENCES)],
)
def test_en_triggers_sentence(sentence: str, kg_type: str, present: bool) -> None:
    found = _sentence_types(sentence)
    assert (kg_type in found) == present, f"{sentence!r}: found {sorted(found)}"


def test_en_triggers_discussion_object_is_the_topic() -> None:
    """The object of discuss/discussion ("discussed the crisis") is the topic, no party."""
    entries = [e for e in ENTRIES if "discuss" in e.lemmas]
    assert entries and all(not e.frame.object_is_target for e in entries)
