"""Finding actor words in text: states, capitals, seats of power, demonyms, organisations,
people, role titles, counterpart words.

Every written form of every gazetteer entry is put in one index keyed by its first token
(Arabic forms already carry their proclitics and inflections), so matching is one dict lookup
per token plus a check of the following tokens; the longest match wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Literal, NamedTuple

from kg.extract.arabic import demonym_forms, indefinite_accusative, noun_forms
from kg.extract.grammar import load_grammar
from kg.resources.actors import Gazetteer, load_gazetteer
from kg.resources.schema import Metonym, Names
from kg.text.normalize import fold, fold_key
from kg.text.tokens import Token, tokenize

AtomKind = Literal[
    "state",
    "capital",
    "metonym",
    "demonym",
    "org",
    "person",
    "title",
    "counterpart",
    "actor_noun",
    "own_country",
    "both_parties",
    "listed_parties",
    "blocker",
    "place",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer form stands for."""

    kind: AtomKind
    ref: str  # state/org code, person id, role id, or sector for actor nouns
    sector: str | None = None
    plural: bool = False  # a plural demonym ("الروس", "Russians") names people, not a state
    alias: bool = False  # a family name alone: weaker than a full name
    acronym: bool = False  # English all-caps form: matched only in capitals ("US" not "us")
    proper: bool = False  # English proper name: matched only when capitalised
    label: str | None = None  # a place's English name (capitals, cities)
    state: str | None = None  # a title only one state uses: its state when the text names none


# Names made of letters and single spaces only tokenize as their words.
_PLAIN_WORDS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


class Atom(NamedTuple):
    """One gazetteer hit in a sentence: tokens [start, end) of the sentence's token list (a
    named tuple: every sentence makes several, and a tuple is built far faster than a frozen
    dataclass)."""

    start: int
    end: int
    entry: Entry
    proclitic: str  # Arabic proclitic on the first token ("ب", "ل", "و", ...)


class _Form(NamedTuple):
    """One written form in the index (a named tuple: hundreds of thousands are built)."""

    rest: tuple[str, ...]
    entry: Entry
    proclitic: str
    final_taa: bool = False  # written with ة in the data: the text must write ة too


class ActorIndex:
    """All actor forms of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._first: dict[str, list[_Form]] = defaultdict(list)
        self.first_names: set[str] = set()
        self._ordered = False  # forms sorted for match() (done once, after the last add)
        # first word -> a trie of its forms' other words: match() walks the sentence's next
        # words down it instead of trying every form of the first word in turn (filled as
        # words are met, emptied by add())
        self._grouped: dict[str, _Node] = {}

    def add(self, text: str, entry: Entry, *, strict_taa: bool = False) -> None:
        if _PLAIN_WORDS.match(text):
            tokens = fold_key(text).split()  # what the tokenizer would make of it, faster
        else:
            tokens = [t.norm for t in tokenize(fold(" ".join(text.split())))]
        if not tokens:
            return
        self._ordered = False
        self._grouped = {}
        if self.lang == "ar":
            final_taa = strict_taa and text.rstrip().endswith("\u0629")
            for form, proclitic in noun_forms(tokens[0]):
                self._first[form].append(_Form(tuple(tokens[1:]), entry, proclitic, final_taa))
        else:
            self._first[tokens[0]].append(_Form(tuple(tokens[1:]), entry, ""))

    def has_form(self, form: str) -> bool:
        """True when a one-word form is already in the index (for any entry)."""
        return any(not f.rest for f in self._first.get(form, ()))

    def starts_form(self, word: str) -> bool:
        """True when some form (of any length) begins with the folded word."""
        return word in self._first

    def match(self, tokens: Sequence[Token]) -> list[Atom]:
        """Longest non-overlapping hits, left to right."""
        atoms: list[Atom] = []
        i, n = 0, len(tokens)
        first = self._first
        if not self._ordered:
            self._order()
        norms = [t.norm for t in tokens]  # once per sentence: forms compare by slice, in C
        # only the words that start some form are visited (picked out in C, far
        # cheaper than a loop step per token); a hit moves ``i`` past its end, and starts
        # inside it are skipped
        grouped = self._grouped
        for start in compress(range(n), map(first.__contains__, norms)):
            if start < i:
                continue
            i = start
            word = norms[i]
            node = grouped.get(word)
            if node is None:
                node = grouped[word] = _trie(first[word])
            # the forms whose other words are the sentence's next ones, by length
            fitting = [(i + 1, node[0])] if node[0] else []
            end = i + 1
            while end < n:
                child = node[1].get(norms[end])
                if child is None:
                    break
                node = child
                end += 1
                if node[0]:
                    fitting.append((end, node[0]))
            best: Atom | None = None
            # forms are ordered best first (longest, then highest rank): the first that fits
            # wins
            for end, forms in reversed(fitting):
                for form in forms:
                    if not self._case_ok(form.entry, tokens[i]):
                        continue
                    if form.final_taa and not tokens[end - 1].ends_in_taa:
                        continue  # "جدة" (Jeddah), not "جده" (his grandfather)
                    best = Atom(i, end, form.entry, form.proclitic)
                    break
                if best:
                    break
            if best:
                atoms.append(best)
                i = best.end
        return atoms

    def _order(self) -> None:
        """Sort each word's forms best first: longest, then by kind (:func:`_rank`); the sort
        is stable, so of two equal forms the one added first still wins."""
        for forms in self._first.values():
            forms.sort(key=lambda f: (len(f.rest), _rank(f.entry)), reverse=True)
        self._ordered = True

    def _case_ok(self, entry: Entry, token: Token) -> bool:
        if self.lang != "en":
            return True
        if entry.acronym:
            return token.upper
        if entry.proper:
            return token.capitalised
        return True


# A trie node: the forms that end here (in their best-first order), and the next words.
_Node = tuple[list[_Form], dict[str, "_Node"]]


def _trie(forms: list[_Form]) -> _Node:
    """A first word's forms (ordered best first) in a trie of their other words."""
    root: _Node = ([], {})
    for form in forms:
        node = root
        for word in form.rest:
            node = node[1].setdefault(word, ([], {}))
        node[0].append(form)
    return root


_KIND_RANK: dict[str, int] = {
    "person": 9,
    "org": 8,
    "state": 7,
    "capital": 6,
    "metonym": 5,
    "place": 5,
    "demonym": 4,
    "title": 3,
    "counterpart": 2,
    "own_country": 2,
    "both_parties": 2,
    "listed_parties": 2,
    "actor_noun": 1,
    "blocker": 10,
}


def _rank(entry: Entry) -> int:
    """Which of two equally long forms wins: names over common nouns, full names over aliases."""
    return _KIND_RANK[entry.kind] * 2 - (1 if entry.alias else 0)


def _english_demonym_forms(base: str) -> list[str]:
    forms = [base]
    if not base.endswith(("ese", "sh", "ch", "ss", "s")):
        forms.append(base + "s")
    return forms


def english_plural_title(phrase: str) -> str:
    """The plural of an English title: "foreign minister" -> "foreign ministers",
    "secretary of state" -> "secretaries of state".

    >>> english_plural_title("Secretary of State"), english_plural_title("foreign minister")
    ('Secretaries of State', 'foreign ministers')
    """
    words = phrase.split()
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[head]
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch")):
        plural = word + "es"
    elif word.endswith("man"):
        plural = word[:-3] + "men"
    else:
        plural = word + "s"
    return " ".join([*words[:head], plural, *words[head + 1 :]])


def _capitalised(text: str) -> bool:
    """Written with a capital in the data: then it must be capitalised in the text too."""
    return text[:1].isupper()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and len(letters) <= 6
        and all(c.isupper() for c in letters)
        and " " not in text
    )


def _add_names(
    index: ActorIndex,
    names: Names,
    kind: AtomKind,
    code: str,
    default_sector: str | None,
    capital_label: str | None = None,
) -> None:
    english = index.lang == "en"
    for name in names.names:
        index.add(
            name,
            Entry(
                kind,
                code,
                default_sector,
                acronym=english and _is_acronym(name),
                proper=english and _capitalised(name),
            ),
        )
    for capital in names.capitals:
        index.add(
            capital,
            Entry(
                "capital",
                code,
                "GOV",
                proper=english and _capitalised(capital),
                label=capital_label or capital,
            ),
        )
    for metonym in names.metonyms:
        m = metonym if isinstance(metonym, Metonym) else Metonym(name=metonym)
        index.add(m.name, Entry("metonym", code, m.sector, proper=english and _capitalised(m.name)))
    for demonym in names.demonyms:
        if english:
            for form in _english_demonym_forms(demonym):
                index.add(form, Entry("demonym", code, proper=True, plural=form != demonym))
        else:
            for form in demonym_forms(fold_key(demonym)):
                is_plural = form.endswith(("ون", "ين")) and not form.endswith(("يين", "ئين"))
                index.add(form, Entry("demonym", code, plural=is_plural))
                if form.endswith(("يين", "يون")):
                    index.add(form, Entry("demonym", code, plural=True))
            accusative = indefinite_accusative(fold_key(demonym))
            if accusative and not index.has_form(accusative):
                # "استقبل وفدا إيرانيا": but "روسيا", "تركيا" are the states' own names
                index.add(accusative, Entry("demonym", code))
    for plural_form in names.plural_demonyms:
        index.add(plural_form, Entry("demonym", code, plural=True, proper=english))


def _family_name(full: str, lang: str) -> str | None:
    """The family name used alone in news ("Lavrov", "لافروف"); None for names built with
    بن/bin or too short to be safe."""
    tokens = fold_key(full).split()
    if len(tokens) < 2 or len(tokens) > 3:
        return None
    if any(t in ("بن", "ابن", "bin", "ibn", "ben", "ال", "al", "abu", "ابو") for t in tokens):
        return None
    last = tokens[-1]
    return last if len(last) >= 4 else None


def _family_name_first(names: Sequence[str]) -> str | None:
    """ "Moon Jae-in", "Ban Ki-moon", "Kim Jong-un": a Korean name, written with its hyphenated
    given name last, puts the family name first; None for other names. ("Moon" is Moon Jae-in,
    never Ban Ki-moon.)"""
    for name in names:
        parts = name.split()
        if len(parts) == 2 and "-" in parts[1]:
            head, _, tail = parts[1].partition("-")
            if head[:1].isupper() and tail[:1].islower() and len(head) <= 4 and len(tail) <= 4:
                first = fold_key(parts[0])
                return first if len(first) >= 4 else ""
    return None


def _add_people(index: ActorIndex, gazetteer: Gazetteer, stoplist: frozenset[str]) -> None:
    english = index.lang == "en"
    family: dict[str, set[str]] = defaultdict(set)
    for person in gazetteer.people.values():
        names = person.en if english else person.ar
        for name in names:
            index.add(name, Entry("person", person.id, proper=english))
            tokens = fold_key(name).split()
            if len(tokens) >= 2:
                index.first_names.add(tokens[0])
            first = _family_name_first(person.en) if english else None
            surname = first if first is not None else _family_name(name, index.lang)
            if surname:
                family[surname].add(person.id)
    curated_names = {fold_key(n) for p in gazetteer.people.values() for n in (p.en + p.ar)}
    for coded in gazetteer.coded.values():
        for name in coded.en if english else coded.ar:
            if fold_key(name) not in curated_names:
                index.add(name, Entry("person", coded.id, proper=english))
    for surname, ids in family.items():
        # a family name alone stands for the person only when it names nobody else and is no
        # other word of the index (a demonym, a title) or of the stoplist (months, ordinals)
        if len(ids) == 1 and surname not in stoplist and not index.has_form(surname):
            index.add(surname, Entry("person", next(iter(ids)), alias=True, proper=english))


def _add_words(index: ActorIndex, words: Iterable[str], entry: Entry) -> None:
    for word in words:
        index.add(word, entry)


@cache
def actor_index(lang: str) -> ActorIndex:
    """The actor index of ``lang``, built once per process."""
    gazetteer = load_gazetteer()
    grammar = load_grammar(lang)
    index = ActorIndex(lang)
    for title in gazetteer.titles[lang].values():
        for phrase in title.phrases:
            index.add(phrase, Entry("title", title.role, title.sector))
            if lang == "en":
                plural = english_plural_title(phrase)
                if plural != phrase:
                    index.add(plural, Entry("title", title.role, title.sector, plural=True))
        for state_code, phrases in title.national_phrases.items():
            for phrase in phrases:
                index.add(phrase, Entry("title", title.role, title.sector, state=state_code))
    _add_words(index, grammar.counterparts, Entry("counterpart", "counterpart"))
    for noun, sector in grammar.actor_nouns.items():
        index.add(noun, Entry("actor_noun", sector, sector))
    for words in grammar.own_country:
        index.add(" ".join(words), Entry("own_country", "own_country"))
    for words in grammar.both_parties:
        index.add(" ".join(words), Entry("both_parties", "both_parties"))
    for words in grammar.listed_parties:
        index.add(" ".join(words), Entry("listed_parties", "listed_parties"))
    for words in grammar.not_actors:
        index.add(" ".join(words), Entry("blocker", "blocker"))
    for state in gazetteer.states.values():
        capital = state.en.capitals[0] if state.en.capitals else None
        _add_names(index, getattr(state, lang), "state", state.code, None, capital)
    for org in gazetteer.organisations.values():
        _add_names(index, getattr(org, lang), "org", org.code, None)
    _add_people(index, gazetteer, grammar.alias_stoplist)
    english = lang == "en"
    for place in gazetteer.places:
        for name in getattr(place, lang):
            index.add(
                name,
                Entry(
                    "place",
                    place.country,
                    proper=english and _capitalised(name),
                    label=place.en[0] if place.en else name,
                ),
                strict_taa=True,
            )
    return index
