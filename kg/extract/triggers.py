"""Event triggers: the words that say an event happened, from the per-language lexicons.

``kg/resources/{lang}/triggers.yaml`` lists, per event class (CAMEO code), the verbs, nouns and
phrases that express it (see :class:`kg.resources.schema.TriggerEntry`). They are compiled once
into an index keyed by the surface form of their first word: Arabic verbs through every form
libqutrub generates (:mod:`kg.extract.ar_verbs`), Arabic nouns with their clitics and suffixes,
English words by lemma (simplemma). Matching a sentence is then one lookup per token, and the
follow-up checks (the rest of a phrase, required context words) run only on hits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter
from typing import Literal, TypeVar

from kg.errors import ResourceError
from kg.extract.ar_verbs import VerbReading, build_verb_index
from kg.extract.arabic import noun_forms
from kg.extract.grammar import load_grammar
from kg.ontology import load_ontology
from kg.resources import load_resource
from kg.resources.schema import Frame, TriggerEntry, TriggersFile
from kg.text.normalize import fold_key
from kg.text.tokens import Token

Tense = Literal["past", "present", "future", "imperative"]
_GAP = "*"
# Marks a phrase gap may cross: commas and quotes around an inserted subject, possessives
# ("called Morocco's decision unjustified"), hyphens inside a word ("a 10-day deadline").
_GAP_PUNCTUATION = frozenset({",", "،", '"', "(", ")", "'s", "'", "-"})
# Punctuation that ends a clause: a verb's object is not looked for past it.
_CLAUSE_ENDS = frozenset({".", "،", ",", "؛", ";", ":", "؟", "?", "!"})
_MAX_GAP = 8  # Arabic VSO puts the subject inside phrases: "حط أمس وزير الخارجية رحاله"
_KEYS_CACHE_SIZE = 100_000  # distinct words whose trigger keys are kept
_NORM = attrgetter("norm")
_V = TypeVar("_V")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "our"})


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """One compiled lexicon entry."""

    entry_id: int
    cameo: str
    type: str
    frame: Frame
    pos: str
    requires: tuple[tuple[str, ...], ...]
    excludes: tuple[tuple[str, ...], ...]
    window: int
    object_reach: int
    weight: float
    is_verb: bool  # an Arabic verb entry, or an English entry whose first word is a verb


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A word sequence: each element a set of acceptable keys, or None for a gap."""

    elements: tuple[frozenset[str] | None, ...]
    spec: TriggerSpec
    # the second element when it is a word (not a gap): find() rejects most phrases with it
    second: frozenset[str] | None = field(init=False)
    # the words after the first (gaps left out): a phrase one of whose words the sentence
    # does not have anywhere cannot match there, and find() skips it
    later: tuple[frozenset[str], ...] = field(init=False)
    # the highest specificity a hit of the pattern can have (its requirement met): find()
    # tries no pattern that cannot beat the best hit at the token
    bound: tuple[int, int, float] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "second", self.elements[1] if len(self.elements) > 1 else None)
        object.__setattr__(self, "later", tuple(e for e in self.elements[1:] if e is not None))
        length = sum(1 for e in self.elements if e is not None)  # TriggerHit.length
        object.__setattr__(self, "bound", (int(bool(self.spec.requires)), length, self.spec.weight))


_Candidates = tuple[tuple[_Pattern, VerbReading | None], ...]


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a sentence: tokens [start, end), the anchor token, the class."""

    start: int
    end: int
    anchor: int
    spec: TriggerSpec
    verb: VerbReading | None  # the Arabic verb reading, when the anchor is a lexicon verb
    length: int  # words in the matched pattern (specificity)
    required_met: bool
    is_noun: bool  # anchored on an event noun ("زيارة", "talks"): an event only with support
    plural: bool = False  # a plural the matcher made of a listed noun ("لقاءات" of "لقاء")

    @property
    def specificity(self) -> tuple[int, int, float]:
        return (int(self.required_met), self.length, self.spec.weight)


def _arabic_noun_surface_forms(noun: str) -> set[str]:
    """Every written form of an event noun: article, proclitics, dual, plural, accusative
    tanwin, possessive suffixes (زيارته، لقائه), for a folded noun."""
    base = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    stem = base[:-1] + "ت" if base.endswith("ه") else base
    core = {base}
    if base.endswith("ه"):
        core |= {base[:-1] + "ات", base[:-1] + "تان", base[:-1] + "تين"}
    elif base.endswith("ء"):
        core |= {base[:-1] + "ئ", base + "ات"}
    else:
        core |= {base + "ا", base + "ات", base + "ان", base + "ين"}
    possessives = {stem + s for s in ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "ي")}
    if base.endswith("ء"):
        possessives |= {base[:-1] + "ئ" + s for s in ("ه", "ها", "هم", "هما")}
    forms: set[str] = set()
    for word in core | {"ال" + c for c in core} | possessives:
        forms.update(form for form, _ in noun_forms(word))
    return forms


def _arabic_noun_plural_forms(noun: str) -> frozenset[str]:
    """The written forms of the sound feminine plural of a listed singular noun ("لقاءات"،
    "والاتصالات" of "لقاء"، "اتصال"): several such events in general, not one."""
    base = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    plural = base[:-1] + "ات" if base.endswith("ه") else base + "ات"
    if noun.endswith("ات"):
        return frozenset()  # a listed plural (مباحثات) is the event's own name
    return frozenset(form for word in (plural, "ال" + plural) for form, _ in noun_forms(word))


@cache
def _english_lemma_fn() -> object:
    import simplemma  # imported lazily: loading its dictionaries takes a moment

    return simplemma


@lru_cache(maxsize=300_000)
def english_lemma(word: str) -> str:
    """The lemma of a lower-cased English word (cached: news vocabulary repeats)."""
    if not word.isalpha():
        return word
    simplemma = _english_lemma_fn()
    lemma: str = simplemma.lemmatize(word, lang="en").lower()  # type: ignore[attr-defined]
    if lemma.endswith("ll") and word.startswith(lemma) and word[len(lemma) :] in ("ing", "ed"):
        # British spelling doubles a final l ("travelling", "cancelled", "signalled") where
        # the lemmatiser knows only the American form; "calling" stays "call"
        american = word.replace(lemma, lemma[:-1], 1)
        single: str = simplemma.lemmatize(american, lang="en").lower()  # type: ignore[attr-defined]
        if single == lemma[:-1]:
            return single
    return lemma


def _participle_tail(norm: str) -> frozenset[str]:
    """The participle ending an English hyphenated compound ("eu-brokered": "brokered",
    "broker"), or nothing."""
    head, _, tail = norm.rpartition("-")
    if not head or not tail.isalpha() or not tail.endswith("ed") or len(tail) < 4:
        return frozenset()
    return frozenset({tail, english_lemma(tail)})


@lru_cache(maxsize=300_000)
def arabic_keys(norm: str) -> frozenset[str]:
    """What a folded Arabic token can stand for in a phrase: itself, and its stems without
    proclitics and suffixes (so "باتصال" and "اتصالا" both offer "اتصال")."""
    keys = {norm}
    stems = {norm}
    for prefix in (
        "وبال",
        "فبال",
        "وال",
        "فال",
        "بال",
        "كال",
        "ولل",
        "فلل",
        "لل",
        "ال",
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
    ):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            stem = norm[len(prefix) :]
            if prefix.endswith("لل"):
                stem = stem  # لل + noun = ل + ال + noun
            stems.add(stem)
    for stem in list(stems):
        for suffix in ("هما", "هم", "ها", "ه", "ات", "ان", "ين", "ا", "ي"):
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                bare = stem[: -len(suffix)]
                stems.add(bare)
                if bare.endswith("ت"):
                    stems.add(bare[:-1] + "ه")
    keys |= stems
    keys |= {"ال" + s for s in stems if not s.startswith("ال")}
    return frozenset(keys)


class TriggerLexicon:
    """The compiled trigger lexicon of one language."""

    def __init__(self, lang: str, entries: Sequence[TriggerEntry]) -> None:
        self.lang = lang
        ontology = load_ontology()
        self._anchors: dict[str, list[_Pattern]] = defaultdict(list)
        self._verbs: dict[str, list[_Pattern]] = defaultdict(list)  # Arabic verb lemma -> patterns
        self._plurals: set[str] = set()  # plural forms made of listed singular nouns
        verb_pairs: list[tuple[str, str]] = []
        for entry_id, entry in enumerate(entries):
            try:
                event_class = ontology.event(entry.cameo)
            except ResourceError as e:
                raise ResourceError(f"{lang}/triggers.yaml", f"entry {entry_id}: {e}") from e
            spec = TriggerSpec(
                entry_id=entry_id,
                cameo=entry.cameo,
                type=entry.type or event_class.type,
                frame=entry.frame,
                pos=entry.pos,
                requires=tuple(tuple(fold_key(w).split()) for w in entry.requires),
                excludes=tuple(tuple(fold_key(w).split()) for w in entry.excludes),
                window=entry.window,
                object_reach=entry.object_reach,
                weight=entry.weight,
                is_verb=bool(entry.verbs) or entry.pos == "verb",
            )
            for lemma in entry.lemmas:
                self._add_word(fold_key(lemma), spec)
            for noun in entry.nouns:
                self._add_word(fold_key(noun), spec)
            for vocalised, vowel in entry.verbs:
                verb_pairs.append((vocalised, vowel))
                self._verbs[fold_key(vocalised)].append(_Pattern((None,), spec))
            for phrase in entry.phrases:
                self._add_phrase(phrase, spec)
        self.verb_index = build_verb_index(sorted(set(verb_pairs))) if verb_pairs else {}
        # "رفضه التام": a word before one of these adjectives is a noun, not a verb
        self._noun_adjectives = load_grammar(lang).masdar_adjectives
        # A token's keys depend on its folded form alone and are asked for many times per
        # sentence (every phrase element, every context window): computed once per word.
        # Bounded, as a stream's vocabulary keeps growing.
        self._norm_keys = lru_cache(maxsize=_KEYS_CACHE_SIZE)(self._keys_of_norm)
        # Likewise the entries a word may start (find() asks for every token of every sentence)
        self._norm_candidates = lru_cache(maxsize=_KEYS_CACHE_SIZE)(self._candidates)
        # find() looks both up for whole sentences at once: plain dicts read by map() in C
        # (the values are the lru caches' own), emptied when full
        self._keys_memo: dict[str, frozenset[str]] = {}
        self._candidates_memo: dict[str, tuple[_Candidates, _Candidates]] = {}

    # -- building ----------------------------------------------------------------------------

    def _element(self, word: str) -> frozenset[str]:
        return frozenset(fold_key(w) for w in word.split("|"))

    def _add_word(self, word: str, spec: TriggerSpec) -> None:
        pattern = _Pattern((frozenset({word}),), spec)
        if self.lang == "ar":
            for form in _arabic_noun_surface_forms(word):
                self._anchors[form].append(pattern)
            self._plurals |= _arabic_noun_plural_forms(word)
        else:
            self._anchors[word].append(pattern)

    def _add_phrase(self, phrase: str, spec: TriggerSpec) -> None:
        words = phrase.split()
        elements = tuple(None if w == _GAP else self._element(w) for w in words)
        first = elements[0]
        if first is None:
            raise ResourceError(f"{self.lang}/triggers.yaml", f"phrase starts with a gap: {phrase}")
        pattern = _Pattern(elements, spec)
        for word in first:
            if self.lang == "ar":
                self._verbs[word].append(pattern)  # the first word may be a verb lemma
                for form in _arabic_noun_surface_forms(word) | {word}:
                    self._anchors[form].append(pattern)
            else:
                self._anchors[word].append(pattern)

    # -- matching ----------------------------------------------------------------------------

    def is_event_noun(self, norm: str) -> bool:
        """Is the folded word a written form of an event noun or phrase start ("بلقاء")?"""
        return norm in self._anchors and norm not in self.verb_index

    def anchors(self, token: Token) -> bool:
        """Does some entry start at the token ("Says", "Meets")?"""
        return any(key in self._anchors for key in self.keys(token))

    def noun_types(self, token: Token) -> frozenset[str]:
        """The event types a single-word entry gives the token as a noun ("deal": agreement)."""
        return frozenset(
            p.spec.type
            for key in self.keys(token)
            for p in self._anchors.get(key, ())
            if len(p.elements) == 1 and p.spec.pos != "verb"
        )

    def keys(self, token: Token) -> frozenset[str]:
        """What a token can match in a phrase element."""
        return self._norm_keys(token.norm)

    def _keys_of_norm(self, norm: str) -> frozenset[str]:
        if self.lang == "ar":
            readings = self.verb_index.get(norm, ())
            if not readings:
                return arabic_keys(norm)
            return arabic_keys(norm) | {reading.lemma for reading in readings}
        return frozenset({norm, english_lemma(norm)})

    def find(self, tokens: Sequence[Token]) -> list[TriggerHit]:
        """Every trigger in the sentence, the most specific one per anchor token, hits inside a
        better hit's span dropped."""
        hits: list[TriggerHit] = []
        candidates_of = self._norm_candidates
        n = len(tokens)
        keys: list[frozenset[str]] | None = None  # each token's keys, made at the first entry
        present: frozenset[str] | None = None  # every key of the sentence, made when needed
        norms = list(map(_NORM, tokens))
        starts = _memo_map(self._candidates_memo, candidates_of, norms)
        # most words start no entry: only the others are visited (picked out in C)
        for i in compress(range(n), map(any, starts)):
            verbs, others = starts[i]
            token = tokens[i]
            # a word written with ة is no verb, nor one an adjective of degree follows
            # ("، رفضه التام للاعتداءات": his total rejection, not "rejected it")
            noun_only = token.ends_in_taa or (i + 1 < n and norms[i + 1] in self._noun_adjectives)
            if not others and noun_only:
                continue
            if keys is None:
                keys = _memo_map(self._keys_memo, self._norm_keys, norms)
            candidates = others if noun_only else verbs + others
            next_keys = keys[i + 1] if i + 1 < n else frozenset()
            best: TriggerHit | None = None
            best_specificity = (-1, -1, 0.0)
            for pattern, verb_reading in candidates:
                if best is not None and pattern.bound <= best_specificity:
                    continue  # even with its requirement met it would not beat the best
                second = pattern.second
                if second is not None and second.isdisjoint(next_keys):
                    continue  # the phrase's second word is not next (most phrases end here)
                if pattern.later:
                    if present is None:
                        present = frozenset().union(*keys)
                    if any(map(present.isdisjoint, pattern.later)):
                        continue  # a word of the phrase is nowhere in the sentence
                hit = self._try(pattern, tokens, i, verb_reading, keys)
                if hit and (best is None or hit.specificity > best_specificity):
                    best = hit
                    best_specificity = hit.specificity
            if best:
                hits.append(best)
        return _drop_covered(hits)

    def _candidates(self, norm: str) -> tuple[_Candidates, _Candidates]:
        """The patterns a word may start: (through an Arabic verb reading, through the word
        itself). A word written with a final ة takes only the second (a noun, never a verb)."""
        verbs: list[tuple[_Pattern, VerbReading | None]] = []
        others: list[tuple[_Pattern, VerbReading | None]] = []
        if self.lang == "ar":
            for reading in self.verb_index.get(norm, ()):
                verbs.extend((p, reading) for p in self._verbs.get(reading.lemma, ()))
            others.extend((p, None) for p in self._anchors.get(norm, ()))
        else:
            lemma = english_lemma(norm)
            seen = set()
            for key in (norm, lemma):
                if key in seen:
                    continue
                seen.add(key)
                others.extend((p, None) for p in self._anchors.get(key, ()))
            for key in _participle_tail(norm) - seen:
                # "EU-brokered talks" starts the phrase "broker * talk" (phrases only:
                # "US-backed rebels" is no support event)
                others.extend((p, None) for p in self._anchors.get(key, ()) if len(p.elements) > 1)
        return tuple(verbs), tuple(others)

    def _try(
        self,
        pattern: _Pattern,
        tokens: Sequence[Token],
        i: int,
        reading: VerbReading | None,
        keys: Sequence[frozenset[str]],
    ) -> TriggerHit | None:
        spec = pattern.spec
        if (
            self.lang == "en"
            and spec.pos == "verb"
            and i > 0
            and tokens[i - 1].norm in _DETERMINERS
        ):
            return None
        end = self._match_rest(pattern.elements, tokens, i + 1, 1, keys)
        if end is None:
            return None
        if _context(tokens, i, end, spec.excludes, spec.window, keys) or _inside(
            tokens, i + 1, end, spec.excludes, keys
        ):
            return None
        required_met = bool(spec.requires)
        if (
            spec.requires
            and not _context(tokens, i, end, spec.requires, spec.window, keys)
            and not (reading is not None and self._object_ahead(spec, tokens, end, keys))
        ):
            return None
        length = sum(1 for e in pattern.elements if e is not None)
        if (
            reading is not None
            and self.lang == "ar"
            and (i == 0 or tokens[i - 1].norm in _CLAUSE_ENDS)
        ):
            # "ورفض وزير الخارجية ...": a form that is a past verb and its masdar (رفض، دعم)
            # opens a clause as the verb; a nominal sentence opening on a masdar is rare
            length = max(length, 1)
        return TriggerHit(
            start=i,
            end=end,
            anchor=i,
            spec=spec,
            verb=reading,
            length=length,
            required_met=required_met,
            is_noun=self._noun_reading(spec, tokens, i, reading)
            and not (self.lang == "en" and length == 1 and _comma_participle(tokens, i)),
            plural=reading is None and length == 1 and tokens[i].norm in self._plurals,
        )

    def _object_ahead(
        self, spec: TriggerSpec, tokens: Sequence[Token], end: int, keys: Sequence[frozenset[str]]
    ) -> bool:
        """ "وقعت مصر وإريتريا والصومال في أسمرة في تشرين الأول الماضي إعلانا": a VSO
        verb's object may stand past a list of subjects and place and time adjuncts, beyond
        ``window``; up to ``object_reach`` tokens ahead, before the clause ends, with none of
        ``excludes`` on the way (the homograph وَقَعَ "happened" has its own subjects)."""
        if not spec.object_reach:
            return False
        hi = min(len(tokens), end + spec.object_reach)
        for k in range(end, hi):
            if tokens[k].norm in _CLAUSE_ENDS:
                hi = k
                break
        return _occurs(tokens, end, hi, spec.requires, keys) and not _occurs(
            tokens, end, hi, spec.excludes, keys
        )

    def _noun_reading(
        self, spec: TriggerSpec, tokens: Sequence[Token], i: int, reading: VerbReading | None
    ) -> bool:
        if self.lang == "ar":
            return reading is None and spec.pos != "adj"
        if spec.pos in ("verb", "adj"):
            return False
        if spec.pos == "noun":
            return True
        return not english_verb_reading(tokens, i)

    def _match_rest(
        self,
        elements: tuple[frozenset[str] | None, ...],
        tokens: Sequence[Token],
        pos: int,
        k: int,
        keys: Sequence[frozenset[str]],
    ) -> int | None:
        """End token index when elements[k:] match from ``pos`` (gaps up to four tokens);
        ``keys`` are the tokens' keys."""
        if k == len(elements):
            return pos
        element = elements[k]
        if element is None:
            # the word after the gap, checked here before recursing (a gap tries up to nine
            # positions, and most of them fail on that word)
            after = elements[k + 1] if k + 1 < len(elements) else None
            for skip in range(_MAX_GAP + 1):
                p = pos + skip
                if after is None or (p < len(tokens) and not after.isdisjoint(keys[p])):
                    end = self._match_rest(elements, tokens, p, k + 1, keys)
                    if end is not None:
                        return end
                if p >= len(tokens):
                    break
                norm = tokens[p].norm
                if not (norm[:1].isalnum() or norm in _GAP_PUNCTUATION):  # Token.is_word, inlined
                    break
            return None
        if pos >= len(tokens) or element.isdisjoint(keys[pos]):
            return None
        return self._match_rest(elements, tokens, pos + 1, k + 1, keys)


def _memo_map(memo: dict[str, _V], make: Callable[[str], _V], words: list[str]) -> list[_V]:
    """``[make(w) for w in words]`` through ``memo`` (values are never empty or false)."""
    found: list[_V | None] = list(map(memo.get, words))
    if all(found):
        return found  # type: ignore[return-value]
    for j, value in enumerate(found):
        if value is None:
            if len(memo) >= _KEYS_CACHE_SIZE:
                memo.clear()
            found[j] = memo[words[j]] = make(words[j])
    return found  # type: ignore[return-value]


_NOUN_MARKERS = _DETERMINERS | {"'s", "'"}  # a word after them is a noun
_AUXILIARIES = frozenset(
    "to will would 'll can could may might must shall should did does do has have had not n't "
    "also has been have been was were is are be being reportedly then later".split()
)


def _comma_participle(tokens: Sequence[Token], i: int) -> bool:
    """ "Kenya expelled the envoy, accusing Kampala of lies": a one-word trigger in -ing right
    after a comma opens a participle clause; it is a verb, not a gerund. So is one after "and"
    that goes on with such a clause (", telling reporters ... and accusing X of lying"). Not
    one before "that"."""
    if i == 0 or not _participle(tokens[i].norm):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm == "that":
        # "spurned the offers, insisting that it will only negotiate with X": a participle
        # that reports what is said elaborates the main act; it stays as it was read before
        return False
    if tokens[i - 1].norm == ",":
        return True
    return tokens[i - 1].norm == "and" and any(
        tokens[k - 1].norm == "," and _participle(tokens[k].norm) for k in range(1, i - 1)
    )


def _participle(norm: str) -> bool:
    return norm.endswith("ing") and norm != english_lemma(norm)


def english_verb_reading(tokens: Sequence[Token], i: int) -> bool:
    """Is the English word at ``i`` used as a verb? Without a tagger: an -ed form, a word after
    an auxiliary or "to", or a base/-s form right after a name ("Kenya recalls envoy",
    "Ethiopia, Eritrea sign declaration"); otherwise a noun ("the visit", "rights clash").

    >>> from kg.text.normalize import fold
    >>> from kg.text.tokens import tokenize
    >>> toks = tokenize(fold("Kenya recalls its envoy after the clash"))
    >>> english_verb_reading(toks, 1), english_verb_reading(toks, 6)
    (True, False)
    """
    norm = tokens[i].norm
    lemma = english_lemma(norm)
    previous = tokens[i - 1] if i else None
    if previous is not None and previous.norm in _NOUN_MARKERS:
        return False
    if norm not in (lemma, lemma + "s", lemma + "es") and not norm.endswith("ing"):
        return True  # met, visited, signed, spoke
    if previous is None:
        return False
    if previous.norm in _AUXILIARIES:
        return True
    return previous.capitalised and not norm.endswith("ing")


def _context(
    tokens: Sequence[Token],
    start: int,
    end: int,
    words: tuple[tuple[str, ...], ...],
    window: int,
    keys: Sequence[frozenset[str]],
) -> bool:
    """Does one of ``words`` (each a word sequence) occur within ``window`` tokens?
    ``keys`` are the tokens' keys (:meth:`TriggerLexicon.keys`)."""
    lo, hi = max(0, start - window), min(len(tokens), end + window)
    return _occurs(tokens, lo, start, words, keys) or _occurs(tokens, end, hi, words, keys)


def _occurs(
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    words: tuple[tuple[str, ...], ...],
    keys: Sequence[frozenset[str]],
) -> bool:
    """Does one of ``words`` (each a word sequence) start at a token in [lo, hi)?"""
    if not words:
        return False
    firsts = _first_words(words)
    for j in range(lo, hi):
        here = keys[j]
        if firsts.isdisjoint(here):
            continue  # no sequence starts here (the common case: one set operation)
        for seq in words:
            if seq[0] in here and all(
                j + m < len(tokens) and seq[m] in keys[j + m] for m in range(1, len(seq))
            ):
                return True
    return False


def _first_words(words: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words the sequences start with (per lexicon entry: a few thousand at most)."""
    # memo keyed by identity: hashing the nested tuple on every call cost more than the
    # lookup; the memo keeps ``words`` alive, so its id is never reused
    memo = _FIRST_WORDS.get(id(words))
    if memo is None or memo[0] is not words:
        if len(_FIRST_WORDS) >= 4096:
            _FIRST_WORDS.clear()  # bounded, like the lru_cache it replaces
        memo = _FIRST_WORDS[id(words)] = (words, frozenset(seq[0] for seq in words))
    return memo[1]


_FIRST_WORDS: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = {}


def _inside(
    tokens: Sequence[Token],
    start: int,
    end: int,
    words: tuple[tuple[str, ...], ...],
    keys: Sequence[frozenset[str]],
) -> bool:
    """Does an excluded word stand inside the matched span (in a phrase's gap)?"""
    if start >= end:
        return False  # a one-word match has no inside (the usual case)
    singles = _single_words(words)
    return bool(singles) and any(not keys[j].isdisjoint(singles) for j in range(start, end))


@lru_cache(maxsize=4096)
def _single_words(words: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The one-word sequences of ``words`` (per lexicon entry: a few thousand at most)."""
    return frozenset(w[0] for w in words if len(w) == 1)


def _drop_covered(hits: list[TriggerHit]) -> list[TriggerHit]:
    """Drop a hit whose anchor lies inside a more specific hit's span ("held talks": the noun
    "talks" is part of the phrase)."""
    kept = []
    for hit in hits:
        covered = any(
            other is not hit
            and other.start <= hit.anchor < other.end
            and (other.length, other.specificity) > (hit.length, hit.specificity)
            for other in hits
        )
        if not covered:
            kept.append(hit)
    return kept


@cache
def trigger_lexicon(lang: str) -> TriggerLexicon:
    """The trigger lexicon of ``lang``, compiled once per process."""
    data = load_resource(f"{lang}/triggers.yaml", TriggersFile)
    if data.lang != lang:
        raise ResourceError(f"{lang}/triggers.yaml", f"declares lang {data.lang!r}")
    return TriggerLexicon(lang, data.triggers)
