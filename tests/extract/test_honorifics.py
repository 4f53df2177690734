"""Courtesy words and ranks before a name ("Mr. Erdogan", "Gen. Lich", "Sheikh Tamim"): the
abbreviation is one token with its full stop (no clause break), and the courtesy word is part
of the person's mention, so a preposition before it governs the person."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.grammar import load_grammar
from kg.text.normalize import fold
from kg.text.tokens import NAME_ABBREVIATIONS, tokenize
from tests.extract.helpers import events_in, has_sides

PUBLISHED = date(2022, 6, 15)


@pytest.mark.parametrize("abbreviation", NAME_ABBREVIATIONS)
def test_an_abbreviation_before_a_name_is_one_token(abbreviation: str) -> None:
    norms = [t.norm for t in tokenize(fold(f"They met {abbreviation}. Okafor on Monday."))]
    assert norms == ["they", "met", f"{abbreviation.lower()}.", "okafor", "on", "monday", "."]


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        # a full stop that ends a sentence stays a token of its own
        ("He was a Dr. ", ["he", "was", "a", "dr", "."]),
        ("It fell in Dec. Prices rose.", ["it", "fell", "in", "dec", ".", "prices", "rose", "."]),
    ],
)
def test_other_full_stops_stay_tokens(text: str, norms: list[str]) -> None:
    assert [t.norm for t in tokenize(fold(text))] == norms


def test_honorifics_are_grammar_data() -> None:
    honorifics = load_grammar("en").honorifics
    assert {"mr.", "mrs.", "ms.", "sheikh"} <= honorifics


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Berlin rejected a request by Mr. Erdogan to hold a rally.", {"DEU"}, {"TUR"}),
        ("Sweden rejected a proposal from Mrs. Merkel on Monday.", {"SWE"}, {"DEU"}),
        ("Qatar's emir received a call from Mr. Biden on Tuesday.", {"USA"}, {"QAT"}),
        ("Mr. Erdogan met Mr. Putin in Sochi on Friday.", {"TUR"}, {"RUS"}),
    ],
)
def test_a_courtesy_word_does_not_cut_a_person_from_the_event(
    text: str, source: set[str], target: set[str]
) -> None:
    assert has_sides(events_in(text, "en", PUBLISHED, 0.5), source, target)
