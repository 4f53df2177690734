"""The function-word files (kg/resources/{lang}/grammar.yaml): each loads, each of its fields is
read by the extractor, and every word of a field folds to a lookup key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.grammar import LANGUAGES, GrammarFile, any_language, load_grammar
from kg.resources import load_resource
from kg.text.normalize import fold_key

EXTRACT = Path(__file__).resolve().parents[2] / "kg" / "extract"
CODE = "\n".join(
    p.read_text(encoding="utf-8") for p in EXTRACT.glob("*.py") if p.name != "grammar.py"
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_file_loads(lang: str) -> None:
    grammar = load_grammar(lang)
    assert grammar.lang == lang and grammar.coordinators


@pytest.mark.parametrize("field", sorted(GrammarFile.__struct_fields__))
def test_grammar_field_is_read_by_the_extractor(field: str) -> None:
    # a field no code reads is a word list nobody reviews for what it does
    if field == "lang":
        return
    assert re.search(rf"\.{field}\b|\"{field}\"", CODE), field


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_words_are_non_empty_lookup_keys(lang: str) -> None:
    raw = load_resource(f"{lang}/grammar.yaml", GrammarFile)
    for field in GrammarFile.__struct_fields__:
        value = getattr(raw, field)
        words = [w for ws in value.values() for w in ws] if isinstance(value, dict) else value
        if isinstance(words, list):
            assert all(isinstance(w, str) and fold_key(w) for w in words), (lang, field)


def test_grammar_any_language_joins_the_languages() -> None:
    assert {"to", "ان"} <= any_language("infinitive_markers")
    assert {"in", "في"} <= any_language("place_preps")
