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
    assert 1 <= entry.window <= 12
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
