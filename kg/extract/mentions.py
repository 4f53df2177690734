"""Actor mentions: gazetteer atoms and personal names grouped into actors.

"مستشار الأمن القومي الأمريكي جيك سوليفان" is one mention (title + demonym + name) of a US
person; "Russian Deputy Foreign Minister Sergei Ryabkov" likewise. A group holds at most one
person and one affiliation (state or organisation); a counterpart word ("نظيره", "his
counterpart") or a second person starts a new one. People are resolved by name, or by role and
affiliation on the article's date ("الرئيس الأمريكي" in December 2021 is Biden, and a misspelt
"جون بايدن" resolves to him by the family name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from kg.extract.arabic import has_conjunction, has_preposition
from kg.extract.gazetteer import Atom, Entry, actor_index
from kg.extract.grammar import Grammar, load_grammar
from kg.records import ActorRef
from kg.resources.actors import Gazetteer, load_gazetteer
from kg.resources.schema import RoleSpell
from kg.text.normalize import fold_key
from kg.text.tokens import Token

# Nouns that a capital names rather than stands in for ("Vienna Convention", "اتفاقيات مينسك").
_NAMING_NOUNS_EN = frozenset(
    "convention conventions accord accords agreement agreements protocol declaration summit "
    "process format group talks conference initiative document communique statement "
    "memorandum consensus principles".split()
)
_NAMING_NOUNS_AR = frozenset(
    "اتفاقيه اتفاقيات اتفاق اتفاقات اعلان مؤتمر قمه مسار عمليه صيغه مجموعه بروتوكول مفاوضات "
    "محادثات منصه وثيقه بيان مذكره مبادئ تفاهمات".split()
)

# Honorifics that precede names and belong to the mention.
_HONORIFICS = frozenset(
    "الشيخ الامير الدكتور السيد السيده معالي سمو صاحب السمو الملكي فخامه دوله المشير الفريق "
    "اللواء العميد العقيد mr mrs ms dr sheikh prince sir lord general gen".split()
)
_NAME_PARTICLES = frozenset("بن ابن ال بنت ابو ابي bin ibn al el de van von der bint abu".split())
_AFFILIATION_KINDS = frozenset({"state", "capital", "metonym", "demonym", "org", "place"})
_PLACE_KINDS = frozenset({"state", "capital", "metonym", "place"})  # named, not adjectives


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mentioned in a sentence: tokens [start, end) and who it is."""

    start: int
    end: int
    actor: ActorRef
    proclitic: str = ""  # Arabic proclitic on the first token
    weak: bool = False  # a bare demonym or capital: a modifier or a place, not a party
    place: bool = False  # a capital or city: can be where a visit goes
    has_title: bool = False
    plural_people: bool = False  # "الروس", "the Americans"
    reference: str | None = None  # "own_country", "both_parties", "listed_parties", "counterpart"
    place_name: str | None = None  # the English name of a city or capital mention
    partners: tuple[ActorRef, ...] = ()  # "the two sides": the other party of the pair

    @property
    def codes(self) -> frozenset[str]:
        return self.actor.codes

    @property
    def prepositional(self) -> bool:
        return has_preposition(self.proclitic)

    @property
    def conjoined(self) -> bool:
        return has_conjunction(self.proclitic)


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    atoms: list[Atom] = field(default_factory=list)
    name: tuple[int, int] | None = None  # token span of an unlisted personal name
    # kinds() asked many times per group: kept with the number of atoms it was made of
    # (atoms are only ever appended)
    _kinds: frozenset[str] = frozenset()
    _kinds_of: int = -1

    def kinds(self) -> frozenset[str]:
        if self._kinds_of != len(self.atoms):
            self._kinds = frozenset([a.entry.kind for a in self.atoms])
            self._kinds_of = len(self.atoms)
        return self._kinds

    def first(self, *kinds: str) -> Atom | None:
        for a in self.atoms:
            if a.entry.kind in kinds:
                return a
        return None


_STATE_ACTORS_KEPT = 20_000


class MentionFinder:
    """Finds actor mentions in the sentences of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.index = actor_index(lang)
        self.grammar: Grammar = load_grammar(lang)
        self.gazetteer: Gazetteer = load_gazetteer()
        self._connectors = load_grammar(lang).title_connectors
        self._state_actors: dict[tuple[str, str], ActorRef] = {}  # _state_actor's, bounded
        # role -> (spell, person id, the person's names folded into words), for
        # _titled_given_name: folding every holder's names on each call was a hot spot
        self._titled: dict[str, list[tuple[RoleSpell, str, tuple[tuple[str, ...], ...]]]] = {}
        self._titled_by_word: dict[
            str, dict[str, list[tuple[RoleSpell, str, tuple[tuple[str, ...], ...]]]]
        ] = {}
        for (held, _of), spells in self.gazetteer.role_spells():
            for spell, person in spells:
                names = person.ar if lang == "ar" else person.en
                folded = tuple(tuple(fold_key(n).split()) for n in names if n)
                self._titled.setdefault(held, []).append((spell, person.id, folded))
                # and by the first word of the names: a given name is compared only with the
                # holders whose names start with it (a role has hundreds of holders)
                by_word = self._titled_by_word.setdefault(held, {})
                for word in {n[0] for n in folded if n}:
                    by_word.setdefault(word, []).append((spell, person.id, folded))

    def find(self, tokens: Sequence[Token], on: date | None) -> list[Mention]:
        atoms = self.index.match(tokens)
        if self.lang == "en":
            atoms = [a for a in atoms if not self._first_name(a, tokens, atoms)]
        groups = self._group(tokens, atoms)
        mentions = []
        for group in groups:
            if self._street_name(group, tokens) or self._agency_tag(group, tokens):
                continue
            mention = self._resolve(group, tokens, on)
            if mention is not None:
                mentions.append(mention)
        mentions = self._grown_back(mentions, tokens)
        return self._relation_possessors(self._share_titles(mentions, tokens), tokens)

    def _grown_back(self, mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
        """Words before a mention that belong to it: a courtesy word ("a request by Mr.
        Erdogan"), armed men loyal to it ("Forces loyal to Khalifa Hifter dismissed"), state
        agents placed in it ("Authorities in Pakistan imposed"). The mention grows back over
        them, so what governs them governs it and it can be a subject."""
        out = []
        previous_end = 0
        for m in mentions:
            for head in (self._honorific, self._loyal_forces, self._located_agents):
                start = head(m, tokens)
                if start is not None and start >= previous_end:
                    m = replace(m, start=start, weak=False, place=False)
                    break
            out.append(m)
            previous_end = m.end
        return out

    def _honorific(self, m: Mention, tokens: Sequence[Token]) -> int | None:
        """ "Mr. Erdogan", "Sheikh Tamim": where the courtesy word before a person starts."""
        if (
            m.start > 0
            and m.actor.kind == "person"
            and tokens[m.start - 1].norm in self.grammar.honorifics
        ):
            return m.start - 1
        return None

    def _loyal_forces(self, m: Mention, tokens: Sequence[Token]) -> int | None:
        """ "Forces loyal to Khalifa Hifter", "fighters loyal to Ouattara": the armed men are
        the side of the one they are loyal to; where their noun starts."""
        for phrase in self.grammar.allegiance_phrases:
            head = m.start - len(phrase) - 1
            if (
                head >= 0
                and tuple(t.norm for t in tokens[head + 1 : m.start]) == phrase
                and self.grammar.actor_nouns.get(tokens[head].norm) == "MIL"
            ):
                return head
        return None

    def _located_agents(self, m: Mention, tokens: Sequence[Token]) -> int | None:
        """ "Authorities in Pakistan", "police in Lagos", "a court in Lyon": state agents
        placed in a state or city are that state's (not embassies: "the embassy in Tehran" is
        not Iran's); where their noun starts."""
        head = m.start - 2
        if (
            head >= 0
            and m.actor.kind == "state"
            and tokens[m.start - 1].norm in self.grammar.located_agent_preps
            and tokens[head].norm in self.grammar.located_agents
        ):
            return head
        return None

    def _relation_possessors(
        self, mentions: list[Mention], tokens: Sequence[Token]
    ) -> list[Mention]:
        """ "Kazakhstan's neighbour Uzbekistan", "Moscow's ally Minsk": the possessor of a
        ``relation_nouns`` word in apposition to another actor only says whose neighbour or
        ally that actor is; it is a modifier (weak), not a party."""
        if not self.grammar.relation_nouns:
            return mentions
        starts = {m.start for m in mentions}
        out = []
        for m in mentions:
            j = m.end
            if j < len(tokens) and tokens[j].norm in ("'s", "'"):
                j += 1
            while j < len(tokens) and tokens[j].norm in self.grammar.relation_modifiers:
                j += 1  # "Russia's close ally Belarus"
            if (
                j > m.end
                and j < len(tokens) - 1
                and tokens[j].norm in self.grammar.relation_nouns
                and j + 1 in starts
            ):
                m = replace(m, weak=True)
            out.append(m)
        return out

    def _street_name(self, group: _Group, tokens: Sequence[Token]) -> bool:
        """A state or city named right after a street noun ("في حي الجولان شمالي المدينة",
        "شارع لبنان") is part of a local place name, not an actor."""
        if not group.start or not group.kinds() <= _PLACE_KINDS:
            return False
        before = tokens[group.start - 1].norm
        nouns = self.grammar.street_nouns
        return before in nouns or (before[:1] in "وب" and before[1:] in nouns)

    def _agency_tag(self, group: _Group, tokens: Sequence[Token]) -> bool:
        """A name between the marks of a wire dateline ("الدوحة في 16 يناير /قنا/") is the news
        agency that filed the copy (قنا is Qatar's agency, not the Egyptian city Qena): no
        actor of the news."""
        marks = self.grammar.agency_tag_marks
        return (
            group.start > 0
            and group.end < len(tokens)
            and tokens[group.start - 1].norm in marks
            and tokens[group.end].norm in marks
        )

    def _first_name(self, atom: Atom, tokens: Sequence[Token], atoms: Sequence[Atom]) -> bool:
        """A listed family name used alone ("Gabriel" for Sigmar Gabriel) that another name
        follows ("Gabriel Boric", "Gabriel Attal") is somebody else's first name."""
        if not atom.entry.alias or atom.end >= len(tokens):
            return False
        after = tokens[atom.end]
        if not after.capitalised or after.upper or not after.norm.isalpha():
            return False
        if after.norm in self.grammar.name_stoppers or any(a.start == atom.end for a in atoms):
            return False
        from kg.extract.triggers import trigger_lexicon

        return not trigger_lexicon(self.lang).anchors(after)  # "Lavrov Says", "Modi Meets"

    def _share_titles(self, mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
        """ "The South Korean and Japanese foreign ministers", "وزيرا خارجية مصر والأردن": the
        title after a list of demonyms belongs to each of them."""
        out = list(mentions)
        if self.lang == "ar":
            out = self._shared_head(out, tokens)
        for i in range(len(out) - 2, -1, -1):
            m, n = out[i], out[i + 1]
            if not (
                m.weak
                and not m.place
                and m.actor.kind == "state"
                and (n.has_title or (not n.weak and n.actor.kind == "state" and n.actor.sector))
            ):
                continue
            gap = [t.norm for t in tokens[m.end : n.start]]
            if gap and all(g in self.grammar.coordinators or g in (",", "،") for g in gap):
                role = n.actor.role or "official"
                actor = self._role_holder(
                    role, m.actor.code or m.actor.id, None, m.actor.text, None
                )
                out[i] = replace(
                    m,
                    actor=replace(actor, id=f"official:{m.actor.code}:{role}", kind="government"),
                    weak=False,
                    has_title=True,
                )
        return out

    def _shared_head(self, mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
        """ "الوفدان الروسي والأوكراني", "القوات الأمريكية والبريطانية": a bare demonym joined
        by و right after a title or actor noun with its demonym shares that head noun; it is
        a party like the first, not a modifier."""
        out = list(mentions)
        for i in range(1, len(out)):
            m, n = out[i - 1], out[i]
            if not (
                n.weak
                and not n.place
                and n.actor.kind == "state"
                and n.proclitic == "و"
                and n.start == m.end
                and n.end == n.start + 1
                and not m.weak
                and m.end - m.start >= 2
                and m.actor.kind in ("state", "government")
                and (m.has_title or m.actor.sector)
                and tokens[m.end - 1].norm.startswith("ال")
            ):
                continue
            role = m.actor.role or "official"
            if m.actor.kind == "state":
                actor = replace(n.actor, sector=m.actor.sector)
            else:
                holder = self._role_holder(
                    role, n.actor.code or n.actor.id, None, n.actor.text, None
                )
                actor = replace(holder, id=f"official:{n.actor.code}:{role}", kind="government")
            out[i] = replace(n, actor=actor, weak=False, has_title=m.has_title)
        return out

    # -- grouping ----------------------------------------------------------------------------

    def _group(self, tokens: Sequence[Token], atoms: list[Atom]) -> list[_Group]:
        groups: list[_Group] = []
        for atom in atoms:
            current = groups[-1] if groups else None
            if current and self._joins(current, atom, tokens):
                current.atoms.append(atom)
                current.end = atom.end
            else:
                groups.append(_Group(atom.start, atom.end, [atom]))
        for group in groups:
            self._attach_name(group, tokens, atoms)
        return groups

    def _joins(self, group: _Group, atom: Atom, tokens: Sequence[Token]) -> bool:
        """Does ``atom`` continue ``group`` (same actor) rather than start a new mention?"""
        gap = [t.norm for t in tokens[group.end : atom.start]]
        if (
            gap
            and self._portfolio_gap(gap, tokens[group.end : atom.start])
            and (
                (atom.entry.kind == "title" and group.kinds() & _AFFILIATION_KINDS)
                or (
                    atom.entry.kind == "demonym"
                    and "title" in group.kinds()
                    and self.lang == "ar"
                    # "رئيس الوزراء الياباني السياسة الروسية": a title that has its state or
                    # its holder is complete; the noun after it starts the object
                    and not group.kinds() & (_AFFILIATION_KINDS | {"person"})
                )
            )
        ):
            # "Mexican Economy Secretary", "وزير الزراعة المكسيكي": a portfolio between
            return True
        if (
            self.lang == "ar"
            and atom.entry.kind == "demonym"
            and group.kinds() == {"actor_noun"}
            and 0 < len(gap) <= 2
            and all(self._adjective_like(t) for t in tokens[group.end : atom.start])
        ):
            return True  # "طائرات حربية تركية", "القوات الجوية الملكية السعودية"
        if (
            self.lang == "en"
            and atom.entry.kind in _AFFILIATION_KINDS
            and "title" in group.kinds()
            and not group.kinds() & (_AFFILIATION_KINDS | {"person"})
            and 2 <= len(gap) <= 5
            and gap[-1] == "of"
            and all(t.capitalised and t.is_word for t in tokens[group.end : atom.start - 1])
        ):
            return True  # "Prime Minister Magdalena Andersson of Sweden"
        if (
            "counterpart" in group.kinds()
            and not group.kinds() & _AFFILIATION_KINDS
            and atom.entry.kind in _AFFILIATION_KINDS
            and gap in (["في"], ["من"], ["in"], ["from"], ["of"])
        ):
            return True  # "نظراءه في دول مجلس التعاون", "his counterparts from the Gulf states"
        if (
            group.kinds() == {"title"}
            and atom.entry.kind == "org"
            and len(gap) == 1
            and gap[0] in self.grammar.affiliation_preps
        ):
            return True  # "القيادي في حماس": an official of the organisation
        if (
            self.lang == "en"
            and atom.entry.kind == "actor_noun"
            and group.kinds() == {"demonym"}
            and 1 <= len(gap) <= 2
            and all(
                t.is_word and t.norm.isalpha() and t.norm not in self.grammar.name_stoppers
                for t in tokens[group.end : atom.start]
            )
        ):
            return True  # "Brazilian federal police", "Iraqi Special Operations Forces"
        if len(gap) > 2 or any(g not in self._connectors and g not in _HONORIFICS for g in gap):
            return False
        if self.lang == "ar" and has_conjunction(atom.proclitic):
            return False  # "وروسيا": a second party
        if self.lang == "en" and "and" in gap:
            return False
        if (
            self.lang == "en"
            and "," in gap
            and group.kinds() <= _PLACE_KINDS
            and self._locative(group, tokens, "")
        ):
            return False  # "In Washington, the Treasury Department announced": place, subject
        kinds = group.kinds()
        kind = atom.entry.kind
        if (
            kind == "counterpart"
            and self.lang == "en"
            and kinds <= _AFFILIATION_KINDS
            and all(g in ("'s", "'") for g in gap)
        ):
            return True  # "his Chinese counterpart", "Russia's counterpart"
        if kind in ("counterpart", "own_country", "both_parties", "listed_parties"):
            return False
        if kind == "person":
            return "person" not in kinds and group.name is None
        if kind == "title" and self.lang == "en" and gap == [","] and kinds & _AFFILIATION_KINDS:
            return False  # "... of Turkey, President Sauli Niinisto of Finland": a list
        if kind == "title":
            # "Russian Deputy Foreign Minister", "مساعد وزير الخارجية": titles stack; a title
            # after a person is an apposition ("Ryabkov, deputy foreign minister"). An Arabic
            # title never follows the state it belongs to ("وزير خارجية مصر", not "مصر وزير"):
            # "تستقبل مصر نائب رئيس وزراء المجر" is the subject, then the object
            # ("بالعاصمة الرياض الرئيس السيسي": the capital, then the person)
            return not (
                self.lang == "ar"
                and kinds & _PLACE_KINDS
                and kinds - {"actor_noun"} <= _PLACE_KINDS
            )
        if kind in _AFFILIATION_KINDS:
            if self.lang == "ar" and "person" in kinds and has_preposition(atom.proclitic):
                return False  # "زيارة كيري للدوحة": a named person's ل/ب place is elsewhere
            if self.lang == "ar" and "person" in kinds and kind in _PLACE_KINDS:
                return False  # "يزور لافروف قطر", "وصل المعلم مسقط": verb, subject, object
            if (
                self.lang == "ar"
                and kinds <= {"title", "actor_noun"}
                # "العاصمة نيروبي": a place noun stands in apposition with the name after it
                and all(a.entry.sector != "PLACE" for a in group.atoms)
                and kind != "demonym"
                and not gap
                and not atom.proclitic
                and tokens[atom.start - 1].norm.startswith(self.grammar.definite_prefixes)
            ):
                # "واتهم الرئيس إسرائيل", "ودعت الحكومة إيران": a definite title or actor noun
                # is no construct state, so the state named after it is the object
                return False
            has_affiliation = bool(kinds & _AFFILIATION_KINDS)
            if has_affiliation and kind == "demonym" and atom.entry.plural:
                return False
            if has_affiliation:
                # "US State Department", "the Kremlin spokesman" keep one affiliation; a second
                # different one is a new mention unless joined by "of" ("President of Guinea")
                codes = {a.entry.ref for a in group.atoms if a.entry.kind in _AFFILIATION_KINDS}
                return atom.entry.ref in codes or ("of" in gap and "person" in kinds)
            return bool(kinds & {"title", "person", "actor_noun", "counterpart"})
        if kind == "actor_noun":
            return bool(kinds & _AFFILIATION_KINDS) and self.lang == "en"
        return False

    def _in_a_name(self, group: _Group, tokens: Sequence[Token]) -> bool:
        """A capital naming a treaty, format or meeting ("Vienna Convention", "اتفاقيات
        مينسك", "Astana talks") is not an actor."""
        if self.lang == "en":
            after = tokens[group.end] if group.end < len(tokens) else None
            return after is not None and after.norm in _NAMING_NOUNS_EN
        before = tokens[group.start - 1].norm if group.start else ""
        return before in _NAMING_NOUNS_AR or before.removeprefix("و") in _NAMING_NOUNS_AR

    def _locative(self, group: _Group, tokens: Sequence[Token], proclitic: str) -> bool:
        """Is the mention where something happens ("في موسكو", "بموسكو", "in Moscow")?"""
        if proclitic.endswith("ب"):
            return True
        before = tokens[group.start - 1].norm if group.start else ""
        return before in ("في", "in", "at", "from", "من", "to", "الي", "near", "قرب")

    def _adjective_like(self, token: Token) -> bool:
        return (
            token.arabic
            and token.norm not in self.grammar.name_stoppers
            and not self._is_verb(token)
        )

    def _portfolio_gap(self, gap: list[str], gap_tokens: Sequence[Token]) -> bool:
        """One or two words naming a portfolio: capitalised in English ("Economy",
        "Commerce"), with the article in Arabic ("الزراعة", "الاقتصاد")."""
        if len(gap) > 2:
            return False
        if self.lang == "en":
            return all(t.capitalised and t.is_word and not t.upper for t in gap_tokens)
        return all(w.startswith("ال") and w not in self.grammar.name_stoppers for w in gap)

    def _attach_name(self, group: _Group, tokens: Sequence[Token], atoms: list[Atom]) -> None:
        """An unlisted personal name right after a title (Arabic and English) or, in English,
        capitalised words right before one."""
        if "title" not in group.kinds() and "counterpart" not in group.kinds():
            return
        if "person" in group.kinds():
            return
        taken = {i for a in atoms for i in range(a.start, a.end)}
        # right after the last title ("Prime Minister Magdalena Andersson of Sweden"), which
        # may lie inside the group when an affiliation followed with "of"
        title_end = max(
            (a.end for a in group.atoms if a.entry.kind in ("title", "counterpart")),
            default=group.end,
        )
        start = title_end if title_end not in taken else group.end
        while start < len(tokens) and tokens[start].norm in _HONORIFICS:
            start += 1
        end = start
        while end < len(tokens) and end - start < 4 and end not in taken:
            if not self._name_like(tokens[end], first=end == start):
                break
            end += 1
        while end > start and tokens[end - 1].norm in _NAME_PARTICLES:
            end -= 1
        if (
            self.lang == "ar"
            and end > start
            and tokens[start].norm.startswith("ال")
            and any(a.start == end and a.entry.kind == "demonym" for a in atoms)
        ):
            return  # "وزير الخارجية الهندي الموقف الصيني": a noun and its nisba, not a name
        if end > start:
            group.name = (start, end)
            group.end = max(group.end, end)

    def _after_its_verb(self, group: _Group, tokens: Sequence[Token]) -> bool:
        """Is the bare ministry the subject right after its verb ("وطالبت الوزارة", "استدعت
        وزارة الخارجية")? After a noun it is a genitive or an adjective ("وزراء الخارجية",
        "مجلس العلاقات الخارجية"), no party."""
        i = group.start - 1
        if i > 0 and tokens[i].norm == "وزاره":
            i -= 1
        return i >= 0 and self._is_verb(tokens[i])

    def _is_verb(self, token: Token) -> bool:
        """A trigger verb form ("يزور", "أكد") never continues a personal name."""
        from kg.extract.triggers import trigger_lexicon

        return token.norm in trigger_lexicon(self.lang).verb_index

    def _name_like(self, token: Token, *, first: bool) -> bool:
        norm = token.norm
        if not token.is_word or norm in self.grammar.name_stoppers:
            return False
        if norm in _NAME_PARTICLES:
            return not first
        if self.lang == "en":
            return token.capitalised and not token.upper
        return (
            token.arabic
            and len(norm) >= 2
            and not self._is_verb(token)
            and not (norm[:1] in "بل" and self._is_event_noun(token))
        )

    def _is_event_noun(self, token: Token) -> bool:
        """ "بلقاء", "لزيارة": an event noun after a preposition never continues a name."""
        from kg.extract.triggers import trigger_lexicon

        return trigger_lexicon(self.lang).is_event_noun(token.norm)

    # -- resolution --------------------------------------------------------------------------

    def _resolve(self, group: _Group, tokens: Sequence[Token], on: date | None) -> Mention | None:
        atoms = group.atoms
        proclitic = atoms[0].proclitic if atoms and atoms[0].start == group.start else ""
        text = " ".join(t.norm for t in tokens[group.start : group.end])
        kinds = group.kinds()
        affiliation = group.first(*_AFFILIATION_KINDS)
        aff_code = affiliation.entry.ref if affiliation else None
        title = group.first("title")
        role = title.entry.ref if title else None
        if aff_code is None and title is not None and title.entry.state:
            aff_code = title.entry.state  # "Assistant Secretary of State X": a US-only title
        person_atom = group.first("person")

        def base(actor: ActorRef, **fields: Any) -> Mention:
            # built directly: dataclasses.replace of a placeholder cost more than the mention
            return Mention(group.start, group.end, actor, proclitic=proclitic, **fields)

        for reference in ("counterpart", "own_country", "both_parties", "listed_parties"):
            if reference in kinds:
                actor = self._state_actor(aff_code, text) if aff_code else _placeholder(text)
                name = _span_text(tokens, group.name) if group.name else None
                if reference == "counterpart" and person_atom:
                    actor = self._known_person(person_atom.entry, aff_code, on, text)
                elif reference == "counterpart" and name and not aff_code:
                    # "his counterpart Sergey Lavrov": a known person codes the mention
                    actor = self._person_by_name(name, role, None, on) or actor
                elif aff_code and reference == "counterpart":
                    actor = self._role_holder(role or "counterpart", aff_code, on, text, name)
                return base(actor, reference=reference, has_title=True)

        if person_atom:
            actor = self._known_person(person_atom.entry, aff_code, on, text)
            return base(actor, has_title=title is not None)
        if title and (aff_code or group.name):
            name = _span_text(tokens, group.name) if group.name else None
            if aff_code is None:
                found = self._person_by_name(name or "", role, None, on)
                if found is None and name and role:
                    found = self._titled_given_name(name, role, on)
                if found is None and name and role:
                    # "Prime Minister Kyriakos Mitsotakis", unlisted: the article may say
                    # whose prime minister (coreference codes it, or drops it)
                    unlisted = ActorRef(id="unknown", name=name, kind="person", role=role)
                    return base(replace(unlisted, text=text), has_title=True)
                if found is None:
                    return None  # a title with no name and no affiliation: cannot code it
                return base(replace(found, text=text), has_title=True)
            if title is not None and title.entry.plural and not name:
                on = None  # "the foreign ministers": several people, never one holder
                actor = self._anonymous_official(role or "official", aff_code, text)
            else:
                actor = self._role_holder(role or "official", aff_code, on, text, name)
            return base(actor, has_title=True)
        if title and role and not title.entry.plural and kinds == {"title"}:
            # "واتهم الوزير ...", "لكن الرئيس رفض": a bare title; coreference gives it the one
            # earlier holder of the title in the article, or drops it
            bare = ActorRef(id="unknown", name="", kind="person", role=role)
            return base(replace(bare, text=text), has_title=True)
        if (
            kinds == {"actor_noun"}
            and text.removeprefix("و") in self.grammar.bare_ministries
            and self._after_its_verb(group, tokens)
        ):
            # "وطالبت الوزارة": a ministry with no state; coreference gives it the state of the
            # ministry named before, or of the dateline, or drops it
            bare = ActorRef(id="unknown", name="", kind="government", role="ministry")
            return base(replace(bare, text=text))
        if affiliation:
            entry = affiliation.entry
            actor = self._state_actor(aff_code or entry.ref, text)
            sector = next((a.entry.sector for a in atoms if a.entry.kind == "actor_noun"), None)
            if sector == "PLACE":  # "العاصمة الماليزية", "Syrian territory": where, not who
                return base(actor, weak=True, place=True)
            sector = sector or entry.sector
            if sector and sector != actor.sector:
                actor = replace(actor, sector=sector)
            weak = (
                entry.kind in ("demonym", "capital", "place")
                and len(atoms) == 1
                and not entry.plural
            )
            if (
                weak
                and entry.kind == "capital"
                and not self._locative(group, tokens, proclitic)
                and not self._in_a_name(group, tokens)
            ):
                weak = False  # "موسكو تقترح على واشنطن": capitals stand for their governments
            return base(
                actor,
                weak=weak,
                place=entry.kind in ("capital", "place"),
                place_name=entry.label if entry.kind in ("capital", "place") else None,
                plural_people=entry.plural,
            )
        return None

    def _state_actor(self, code: str, text: str) -> ActorRef:
        """The state or organisation ``code`` as written ``text`` (an immutable record: the
        same one is handed out again, as most mentions repeat)."""
        key = (code, text)
        actor = self._state_actors.get(key)
        if actor is None:
            if len(self._state_actors) >= _STATE_ACTORS_KEPT:
                self._state_actors.clear()
            actor = self._state_actors[key] = self._new_state_actor(code, text)
        return actor

    def _new_state_actor(self, code: str, text: str) -> ActorRef:
        kind = self.gazetteer.kind_of(code)
        org = self.gazetteer.organisations.get(code)
        if kind == "state":
            return ActorRef(
                id=code,
                name=self.gazetteer.name_of(code),
                kind="state",
                country=code,
                code=code,
                wikidata=self.gazetteer.states[code].wikidata,
                text=text,
            )
        if org is not None:
            return ActorRef(
                id=code,
                name=self.gazetteer.name_of(code),
                kind="group"
                if org.kind == "group"
                else "igo"
                if org.kind == "igo"
                else "organisation",
                country=org.country,
                # a principal organ acts for its body, as CAMEO codes it and the guide's gold
                # does ("مجلس الأمن" is UN; the id keeps the organ): UNSC -> UN, EC -> EU
                code=org.parent if org.organ and org.parent else code,
                wikidata=org.wikidata,
                text=text,
            )
        return ActorRef(id=code, name=code, kind="state", country=code, code=code, text=text)

    def _person_ref(self, person_id: str, on: date | None, text: str) -> ActorRef:
        coded = self.gazetteer.coded.get(person_id)
        if coded is not None:
            found = self.gazetteer.coded_country(person_id, on)
            country, sector = found if found else (None, None)
            return ActorRef(
                id=f"person:{person_id}",
                name=coded.en[0] if coded.en else person_id,
                kind="person",
                country=country,
                code=country,
                sector=sector,
                text=text,
            )
        person = self.gazetteer.people[person_id]
        spell = self.gazetteer.role_on(person_id, on)
        of = spell.of if spell else None
        state = of if of and self.gazetteer.kind_of(of) == "state" else None
        names = person.en
        return ActorRef(
            id=f"person:{person.id}",
            name=names[0] if names else person.id,
            kind="person",
            country=state,
            code=of,
            sector="GOV",
            wikidata=person.wikidata,
            role=spell.role if spell else None,
            text=text,
            role_since=spell.since if spell else None,
            role_until=spell.until if spell else None,
        )

    def _known_person(
        self, entry: Entry, aff_code: str | None, on: date | None, text: str
    ) -> ActorRef:
        return self._person_ref(entry.ref, on, text)

    def _person_by_name(
        self, name: str, role: str | None, of: str | None, on: date | None
    ) -> ActorRef | None:
        if not name:
            return None
        tokens = _fake_tokens(name)
        atoms = actor_index(self.lang).match(tokens)
        for atom in atoms:
            if atom.entry.alias and atom.end < len(tokens):
                continue  # "Gabriel Boric": a listed family name as a first name
            if atom.entry.kind == "person":
                return self._person_ref(atom.entry.ref, on, name)
        return None

    def _titled_given_name(self, name: str, role: str, on: date | None) -> ActorRef | None:
        """ "الملك سلمان", "King Salman": a title and a given name too common to stand alone
        name the one person who held that title on the date and whose listed name starts
        with it (never a guess when the date is unknown or several holders match)."""
        if on is None:
            return None
        words = tuple(fold_key(name).split())
        found = set()
        holders = (
            self._titled_by_word.get(role, {}).get(words[0], ())
            if words
            else self._titled.get(role, ())
        )
        for spell, person_id, names in holders:
            if (spell.since and on < spell.since) or (spell.until and on > spell.until):
                continue
            if any(n[: len(words)] == words for n in names):
                found.add(person_id)
        if len(found) != 1:
            return None
        return self._person_ref(found.pop(), on, name)

    def _anonymous_official(self, role: str, of: str, text: str) -> ActorRef:
        kind_of = self.gazetteer.kind_of(of)
        return ActorRef(
            id=f"official:{of}:{role}",
            name=f"{self.gazetteer.name_of(of)} {role.replace('_', ' ')}",
            kind="government" if kind_of == "state" else "organisation",
            country=of if kind_of == "state" else None,
            code=of,
            sector="GOV",
            role=role,
            text=text,
        )

    def _role_holder(
        self, role: str, of: str, on: date | None, text: str, name: str | None
    ) -> ActorRef:
        """The person holding ``role`` for ``of`` on the date, matched by family name when a
        name is given; an anonymous official of ``of`` when nobody matches."""
        holders = self.gazetteer.holders(role, of, on) if role != "counterpart" else ()
        if name:
            surname = name.split()[-1]
            for person in self.gazetteer.holders(role, of, on) or ():
                for known in person.en + person.ar:
                    if known and _close(surname, known.split()[-1]):
                        return self._person_ref(person.id, on, text)
            found = self._person_by_name(name, role, of, on)
            if found is not None:
                return replace(found, text=text)
        elif len(holders) == 1:
            return self._person_ref(holders[0].id, on, text)
        kind_of = self.gazetteer.kind_of(of)
        org = self.gazetteer.organisations.get(of)
        # a group's officials act in the group's country ("وفد الائتلاف الوطني السوري": SYR)
        country = of if kind_of == "state" else org.country if org is not None else None
        ident = f"person:{of}:{_slug(name)}" if name else f"official:{of}:{role}"
        return ActorRef(
            id=ident,
            name=name or f"{self.gazetteer.name_of(of)} {role.replace('_', ' ')}",
            kind="person" if name else "government" if kind_of == "state" else "organisation",
            country=country,
            code=of,
            sector="GOV",
            role=role,
            text=text,
        )


def _placeholder(text: str = "") -> ActorRef:
    return ActorRef(id="unknown", name=text, kind="government", text=text)


def _span_text(tokens: Sequence[Token], span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    return " ".join(t.norm for t in tokens[span[0] : span[1]])


def _fake_tokens(text: str) -> list[Token]:
    return [
        Token(
            norm=w,
            start=0,
            end=0,
            folded_start=0,
            capitalised=True,
            upper=False,
            arabic=not w.isascii(),
        )
        for w in text.split()
    ]


def _slug(name: str | None) -> str:
    return "-".join((name or "").split())


def _close(a: str, b: str) -> bool:
    """Family names equal after folding, or one edit apart when long enough."""
    from kg.text.normalize import fold_key

    a, b = fold_key(a), fold_key(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return _edit_distance_at_most_one(a, b)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return edits + (len(b) - j) <= 1
