"""Modality and tense of a trigger: asserted, planned, conditional, negated, reported,
hypothetical; past or future (what date resolution needs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Literal

from kg.extract.grammar import Grammar, PhraseSet, load_grammar
from kg.extract.triggers import TriggerHit
from kg.records import Modality
from kg.text.tokens import Token

TenseHint = Literal["past", "future", "unknown"]

_NEGATION_REACH = 3  # tokens before the trigger a negator may stand
_POSSIBILITY_REACH = 20  # "لم يستبعد المبعوث الخاص ...، أن تكون الجولة القادمة من مشاورات"
_MARKER_REACH = 8  # tokens before the trigger a future/conditional/hypothetical marker may stand


@dataclass(frozen=True, slots=True)
class ModalityReading:
    modality: Modality
    tense: TenseHint


def _without_conjunction(word: str) -> str:
    """ "ولم" is "و" + "لم": the conjunction does not change the particle."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


_NORM = attrgetter("norm")  # a token's folded form, mapped in C


@cache
def _possible_lasts(phrases: PhraseSet) -> frozenset[str]:
    """Every word that can end one of ``phrases`` in the text: a last word, or one with a
    conjunction before it ("ولم"). One set per phrase set of the (cached) grammars."""
    lasts = {phrase[-1] for phrase in phrases.phrases}
    return frozenset(lasts | {c + w for w in lasts for c in "وف" if len(w) >= 2})


def _phrase_before(
    tokens: Sequence[Token],
    anchor: int,
    phrases: PhraseSet,
    reach: int,
    stops: frozenset[str] = frozenset(),
) -> bool:
    if _possible_lasts(phrases).isdisjoint(map(_NORM, tokens[max(0, anchor - reach) : anchor])):
        return False  # the common case, answered without building the word lists below
    words = [t.norm for t in tokens[max(0, anchor - reach - 4) : anchor]]
    if words and any(t.arabic for t in tokens[max(0, anchor - reach) : anchor]):
        words = [w if phrases.has_last(w) else _without_conjunction(w) for w in words]
    offset = max(0, anchor - reach - 4)
    for end in range(anchor, max(0, anchor - reach), -1):
        if tokens[end - 1].norm in (".", ";", "؛", ":") or tokens[end - 1].norm in stops:
            return False
        if phrases.ends_at(words, end - offset):
            return True
    return False


def _named_may(tokens: Sequence[Token], anchor: int, grammar: Grammar) -> bool:
    """ "May had given Moscow until midnight", "May spoke by phone": a capitalised "May" right
    before a past form or an auxiliary is a person (Theresa May), no modal."""
    if grammar.lang != "en":
        return False
    for i in range(max(0, anchor - 2), anchor):
        if tokens[i].norm == "may" and tokens[i].capitalised and i + 1 < len(tokens):
            after = tokens[i + 1].norm
            if after in grammar.past_auxiliaries or after.endswith("ed") or after in _PAST_FORMS:
                return True
    return False


_PAST_FORMS = frozenset({"said", "told", "spoke", "met", "gave", "made", "sent", "took", "went"})


def _phrase_after(tokens: Sequence[Token], end: int, phrases: PhraseSet, reach: int) -> bool:
    stop = min(len(tokens), end + reach)
    if not any(phrases.has_last(t.norm) for t in tokens[end:stop]):
        return False  # no phrase can end there: skip building the words of the sentence
    words = [t.norm for t in tokens[:stop]]
    return any(phrases.ends_at(words, e) for e in range(end + 1, stop + 1))


def read_modality(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> ModalityReading:
    """How the sentence presents the event of ``hit``."""
    anchor = hit.anchor
    verb = hit.verb
    future = bool(verb and verb.tense == "future")
    # "وهو ما رفضته القاهرة": "which Cairo rejected", no negation
    relative = (
        grammar.lang == "ar"
        and verb is not None
        and anchor > 1
        and _without_conjunction(tokens[anchor - 1].norm) == "ما"
        and tokens[anchor - 2].norm in grammar.relative_ma_heads
    )
    if grammar.lang == "ar" and verb is not None and anchor > 0:
        before = _without_conjunction(tokens[anchor - 1].norm)
        if before in ("سوف", "لن") and verb.tense == "present":
            future = True
        negator = before in ("لم", "لن", "لا", "ما", "لما")
        if negator and not relative and verb.tense in ("present", "past"):
            return ModalityReading("negated", "future" if before == "لن" else "past")
    if not relative and _phrase_before(tokens, anchor, grammar.negators, _NEGATION_REACH):
        return ModalityReading("negated", "past")
    if not future:
        future = _phrase_before(tokens, anchor, grammar.future_markers, _MARKER_REACH) or (
            hit.is_noun and _phrase_after(tokens, hit.end, grammar.future_adjectives, 3)
        )
    if not future and verb is None and grammar.lang == "ar":
        future = _future_verb_before(tokens, anchor, hit.end)
    tense: TenseHint = (
        "future" if future else "past" if verb is None or verb.tense == "past" else "unknown"
    )
    if verb is None and not future and _present_support(tokens, anchor, grammar):
        # "الجامعة العربية تعقد اجتماعا طارئا السبت": an event noun after a light verb in the
        # imperfect is happening now or coming, so a bare weekday is today or the next one;
        # only the date reading changes (the imperfect alone does not make it planned)
        tense = "future"
    elif verb is None and not future:
        tense = (
            "past" if grammar.lang != "en" or _english_past(tokens, anchor, grammar) else "unknown"
        )
    if _phrase_before(tokens, anchor, grammar.conditional_markers, _MARKER_REACH):
        return ModalityReading("conditional", tense)
    # "من المرجح أن تجري المشاورات": a noun right after its light verb is as hypothetical as it
    supported = (
        grammar.lang == "ar"
        and verb is None
        and anchor > 0
        and _without_conjunction(tokens[anchor - 1].norm) in grammar.noun_supports
    )
    marked = anchor - 1 if supported else anchor
    if (
        _phrase_before(tokens, marked, grammar.hypothetical_markers, 2)
        and not (grammar.lang == "ar" and verb is not None and verb.tense == "past")
        and not _named_may(tokens, marked, grammar)
    ):
        # "قد" before a past verb means "already", before a present verb "may"
        return ModalityReading("hypothetical", tense)
    if _phrase_before(
        tokens, anchor, grammar.possibility_markers, _POSSIBILITY_REACH, grammar.reason_words
    ):
        return ModalityReading("hypothetical", tense)
    if future:
        return ModalityReading("planned", "future")
    if _reported(tokens, anchor, grammar):
        return ModalityReading("reported", tense)
    return ModalityReading("asserted", tense)


_GOVERNOR_REACH = 12  # "سيجري رئيس النمسا هاينز فيشر في سبتمبر (أيلول) أول زيارة"


def _english_past(tokens: Sequence[Token], anchor: int, grammar: Grammar) -> bool:
    """Does the English trigger read as past: an inflected verb form ("met", "visited") or a
    past auxiliary before it ("had talks", "was held")? An event noun on its own ("a meeting
    on Aug. 4") has no tense: its date is the nearest reading."""
    from kg.extract.triggers import english_lemma

    norm = tokens[anchor].norm
    if any(t.norm == "to" for t in tokens[max(0, anchor - 2) : anchor]):
        return False  # "to be hosted", "to visit": not finite
    if norm != english_lemma(norm) and not norm.endswith(("ing", "s")):
        return True
    if norm in grammar.past_like_base and anchor > 0:
        # "Kenya cut ties with Somalia on June 5": a verb whose past is its base form, after
        # its subject and with no modal or "to" before it, narrates the past in wire news
        before = tokens[max(0, anchor - 2) : anchor]
        if not any(t.norm in grammar.base_form_governors for t in before):
            return True
    return any(t.norm in grammar.past_auxiliaries for t in tokens[max(0, anchor - 3) : anchor])


def _present_support(tokens: Sequence[Token], anchor: int, grammar: Grammar) -> bool:
    """Is the Arabic event noun at ``anchor`` the object of a light verb right before it
    ("تعقد اجتماعا", "يجري مباحثات") that reads only as an imperfect, with no كان before it
    ("كانت تجري مباحثات" narrates the past)?"""
    from kg.extract.triggers import trigger_lexicon

    if grammar.lang != "ar" or anchor == 0:
        return False
    before = tokens[anchor - 1].norm
    if _without_conjunction(before) not in grammar.noun_supports:
        return False
    readings = trigger_lexicon("ar").verb_index.get(before, ())
    if not readings or any(r.tense != "present" for r in readings):
        return False
    return not any(
        _without_conjunction(t.norm) in grammar.past_auxiliaries
        for t in tokens[max(0, anchor - 4) : anchor - 1]
    )


def _future_verb_before(tokens: Sequence[Token], anchor: int, end: int) -> bool:
    """An event noun governed by a future verb in its clause ("سيجري ... في سبتمبر أول
    زيارة") or inside its phrase ("الزيارة التي سيقوم بها") is planned. The search stops at
    punctuation and at "بعد/قبل/منذ" (a noun after them is not the verb's object)."""
    from kg.extract.triggers import trigger_lexicon

    index = trigger_lexicon("ar").verb_index
    stops = load_grammar("ar").governor_stops
    lo = anchor
    while lo > 0 and anchor - lo < _GOVERNOR_REACH and tokens[lo - 1].norm not in stops:
        lo -= 1
    for token in tokens[lo:end]:
        if token.norm.startswith(("س", "وس", "فس")) and any(
            r.tense == "future" for r in index.get(token.norm, ())
        ):
            return True
    return False


def _reported(tokens: Sequence[Token], anchor: int, grammar: Grammar) -> bool:
    """A complementizer (أن، إن، that) after a reporting word, before the trigger."""
    seen_complementizer = False
    for j in range(anchor - 1, -1, -1):
        norm = tokens[j].norm
        if norm in grammar.complementizers:
            seen_complementizer = True
        elif seen_complementizer and (
            norm in grammar.reporting_words or _reporting_stem(norm, grammar)
        ):
            return True
    return False


def _reporting_stem(norm: str, grammar: Grammar) -> bool:
    if grammar.lang == "en":
        from kg.extract.triggers import english_lemma

        return english_lemma(norm) in grammar.reporting_words
    for prefix in ("و", "ف"):
        if norm.startswith(prefix) and norm[1:] in grammar.reporting_words:
            return True
    return norm.rstrip("ت") in grammar.reporting_words
