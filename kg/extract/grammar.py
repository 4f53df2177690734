"""Function words per language (``kg/resources/{lang}/grammar.yaml``), folded for lookup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import msgspec

from kg.resources import load_resource
from kg.text.normalize import fold_key


class GrammarFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    lang: str
    target_preps: list[str]
    source_preps: list[str]
    coordinators: list[str]
    negators: list[str]
    future_markers: list[str]
    conditional_markers: list[str]
    hypothetical_markers: list[str]
    reporting_words: list[str]
    complementizers: list[str]
    actor_nouns: dict[str, list[str]]
    counterparts: list[str]
    own_country: list[str]
    both_parties: list[str]
    name_stoppers: list[str]
    alias_stoplist: list[str] = []
    listed_parties: list[str] = []
    not_actors: list[str] = []
    noun_supports: list[str] = []
    future_adjectives: list[str] = []
    locative_preps: list[str] = []
    noun_supports_after: list[str] = []
    topic_heads: list[str] = []
    gratitude_verbs: list[str] = []
    gratitude_preps: list[str] = []
    previous_speaker_occasions: list[str] = []
    follow_suit: list[str] = []
    possibility_markers: list[str] = []
    continuation_verbs: list[str] = []
    since_words: list[str] = []
    reason_words: list[str] = []
    adjunct_preps: list[str] = []
    evaluated_preps: list[str] = []
    time_conjunctions: list[str] = []
    subordinator_adverbs: list[str] = []
    past_like_base: list[str] = []
    list_gap: list[str] = []
    participle_objects: list[str] = []
    ruling_bodies: list[str] = []
    addressee_preps: list[str] = []
    state_pairs: list[str] = []
    denial_verbs: list[str] = []
    gerund_adverbials: list[str] = []
    relation_nouns: list[str] = []
    relation_modifiers: list[str] = []
    honorifics: list[str] = []
    possessive_determiners: list[str] = []
    trip_nouns: list[str] = []
    allegiance_phrases: list[str] = []
    vicinity_preps: list[str] = []
    agent_preps: list[str] = []
    located_agents: list[str] = []
    located_agent_preps: list[str] = []
    passive_origin_preps: list[str] = []
    passive_origin_types: list[str] = []
    list_quantifiers: list[str] = []
    relative_pronouns: list[str] = []
    base_form_governors: list[str] = []
    destination_words: list[str] = []
    destination_next: list[str] = []
    resumptive_preps: list[str] = []
    adjunct_resumptives: list[str] = []
    sequence_words: list[str] = []
    street_nouns: list[str] = []
    agency_tag_marks: list[str] = []
    bare_ministries: list[str] = []
    lam_objects: list[str] = []
    success_words: list[str] = []
    anaphoric_objects: list[str] = []
    claim_nouns: list[str] = []
    claim_owner_preps: list[str] = []
    coordination_gap: list[str] = []
    participles: list[str] = []
    past_auxiliaries: list[str] = []
    list_separators: list[str] = []
    governor_stops: list[str] = []
    title_connectors: list[str] = []
    infinitive_markers: list[str] = []
    place_preps: list[str] = []
    definite_words: list[str] = []
    further_words: list[str] = []
    span_words: list[str] = []
    definite_prefixes: list[str] = []
    mediator_before: list[str] = []
    mediator_after: list[str] = []
    org_anaphors: dict[str, list[str]] = {}
    honorific_pronouns: dict[str, list[str]] = {}
    state_anaphors: dict[str, list[str]] = {}
    organ_heads: list[str] = []
    masdar_adjectives: list[str] = []
    antecedent_epithets: list[str] = []
    relative_ma_heads: list[str] = []
    masculine_states: list[str] = []
    group_statements: list[str] = []
    membership_preps: list[str] = []
    signatory_preps: list[str] = []
    held_places: list[str] = []
    affiliation_preps: list[str] = []
    object_pronouns: list[str] = []
    subject_pronouns: list[str] = []
    pronoun_complementizers: list[str] = []
    feminine_endings: list[str] = []


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(fold_key(w) for w in words)


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first."""
    return tuple(sorted({tuple(fold_key(w).split()) for w in words}, key=len, reverse=True))


class PhraseSet:
    """Word sequences indexed by their last word, to test "does one end here?" in one lookup.

    >>> PhraseSet((("in", "case"), ("if",))).ends_at(["we", "act", "in", "case"], 4)
    True
    """

    def __init__(self, phrases: tuple[tuple[str, ...], ...]) -> None:
        self.phrases = phrases
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            self._by_last.setdefault(phrase[-1], []).append(phrase)

    def has_last(self, word: str) -> bool:
        """Does some phrase end with ``word``?"""
        return word in self._by_last

    def ends_at(self, words: Sequence[str], end: int) -> bool:
        """Does a phrase end right before index ``end`` of ``words``?"""
        candidates = self._by_last.get(words[end - 1]) if end > 0 else None
        if not candidates:
            return False
        for phrase in candidates:
            start = end - len(phrase)
            if start >= 0 and tuple(words[start:end]) == phrase:
                return True
        return False


_NO_PHRASES = PhraseSet(())


@dataclass(frozen=True, slots=True)
class Grammar:
    lang: str
    target_preps: frozenset[str]
    source_preps: frozenset[str]
    coordinators: frozenset[str]
    negators: PhraseSet
    future_markers: PhraseSet
    conditional_markers: PhraseSet
    hypothetical_markers: PhraseSet
    reporting_words: frozenset[str]
    complementizers: frozenset[str]
    actor_nouns: dict[str, str]  # folded noun -> sector
    counterparts: frozenset[str]
    own_country: tuple[tuple[str, ...], ...]
    both_parties: tuple[tuple[str, ...], ...]
    name_stoppers: frozenset[str]
    alias_stoplist: frozenset[str]
    not_actors: tuple[tuple[str, ...], ...]
    noun_supports: frozenset[str]
    future_adjectives: PhraseSet
    locative_preps: frozenset[str] = frozenset()
    noun_supports_after: frozenset[str] = frozenset()
    # "X's mediation efforts": nouns an event noun only modifies, so X's owns no event
    topic_heads: frozenset[str] = frozenset()
    # "thanked Conde for the call": verbs (lemmas) of thanks and the preposition before what
    # the one thanked did (he called; the thanker is the other party)
    gratitude_verbs: frozenset[str] = frozenset()
    gratitude_preps: frozenset[str] = frozenset()
    # "جاء ذلك خلال": the event noun after it is where the previous sentence's speaker spoke
    previous_speaker_occasions: PhraseSet = _NO_PHRASES
    follow_suit: PhraseSet = _NO_PHRASES
    # "لا نستبعد أن ...": what the clause after them tells is a possibility
    possibility_markers: PhraseSet = _NO_PHRASES
    # "ومضى إلى القول": verbs that go on with the previous speaker's words
    continuation_verbs: frozenset[str] = frozenset()
    # "the first visit since 2003": a year or month after them bounds the event, never dates it
    since_words: frozenset[str] = frozenset()
    # "من المستبعد أن يلتقي ... لأن ...": a clause of reason is asserted, not a possibility
    reason_words: frozenset[str] = frozenset()
    # "during a short visit": an event noun after them takes the main clause's subject
    adjunct_preps: frozenset[str] = frozenset()
    # "called the decision irresponsible by X": the actor after them owns the evaluated act
    evaluated_preps: frozenset[str] = frozenset()
    # "قبل أن ينتقل": a verb after them and the complementizer shares the main subject
    # "the four countries", "الدول الأربع": the states of the last list of three or more
    listed_parties: tuple[tuple[str, ...], ...] = ()
    # "الجامعة" after "جامعة الدول العربية": a head noun -> the first words of the names it
    # stands for (the last organisation so named earlier in the article)
    org_anaphors: dict[str, frozenset[str]] = field(default_factory=dict)
    # "سموه" (his Highness): the last person named with "سمو" before him
    honorific_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # "the North" after North and South Korea were named: a capitalised word after "the" ->
    # the state it stands for, then the states the article must have named before
    state_anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "المجلس الأعلى لمجلس التعاون", "الأمانة العامة لجامعة الدول العربية": a body of an
    # organisation named by a head noun (and its adjectives) with لـ and the organisation
    organ_heads: frozenset[str] = frozenset()
    # "رفضه التام", "إدانتها الشديدة": adjectives of degree that follow only a noun (a verb
    # form with an object pronoun before them is the masdar with a possessive)
    masdar_adjectives: frozenset[str] = frozenset()
    # "رئيس الجمهورية العربية السورية الشقيقة، الذي وصل": words that may close the
    # antecedent of a relative pronoun after its mention
    antecedent_epithets: frozenset[str] = frozenset()
    # "وهو ما رفضته القاهرة": after these, ما is the relative "what", not a negator
    relative_ma_heads: frozenset[str] = frozenset()
    # "واتهم الجامعة": a masculine verb does not agree with a state (feminine unless listed in
    # masculine_states) or a noun with a feminine ending, so they are its object
    masculine_states: frozenset[str] = frozenset()
    feminine_endings: tuple[str, ...] = ()
    # "وطالب البيان الختامي إيران": a summit's final statement speaks for the one organisation
    # the article has named before it
    group_statements: tuple[tuple[str, ...], ...] = ()
    # "القوات المصرية التي تشارك ... ضمن قوات التحالف": the group one belongs to, no party
    membership_preps: frozenset[str] = frozenset()
    # "ووقع الاتفاق عن الجانب الأمريكي X، وعن الحركة Y": each side signed for
    signatory_preps: frozenset[str] = frozenset()
    # "غارات على مواقع لجماعة الحوثي": the owner of the places struck is the one attacked
    held_places: frozenset[str] = frozenset()
    # "القيادي في حماس": a bare title, then the organisation it is held in
    affiliation_preps: frozenset[str] = frozenset()
    # "متهما إياها": a free-standing object pronoun after a participle
    object_pronouns: frozenset[str] = frozenset()
    # "He had travelled to Moscow": pronouns that tell a verb's subject (taken up from before)
    subject_pronouns: frozenset[str] = frozenset()
    # "وأكدت أنها ترفض": a complementizer whose pronoun is the subject of the verb after it
    pronoun_complementizers: frozenset[str] = frozenset()
    time_conjunctions: frozenset[str] = frozenset()
    # "بعد ذلك", "after that": a subordinator followed by them is an adverb, not a clause
    subordinator_adverbs: frozenset[str] = frozenset()
    # "cut", "hit", "set": English verbs whose past is the base form (read as past unless a
    # word of ``base_form_governors`` - modal, "to", "do" - stands right before them)
    past_like_base: frozenset[str] = frozenset()
    # "X and his Ugandan counterpart Y": words after a coordinator that keep a list going
    list_gap: frozenset[str] = frozenset()
    # ", accusing it of ...": object pronouns of a participle clause that stand for the
    # main clause's other party
    participle_objects: frozenset[str] = frozenset()
    # "the junta", "the ruling military council": a state's rulers named without the state
    ruling_bodies: tuple[tuple[str, ...], ...] = ()
    # "a proposal to Yerevan": the preposition before whom a proposal or demand is put to
    addressee_preps: frozenset[str] = frozenset()
    # "the two governments": of ``both_parties``, those that name two states
    state_pairs: frozenset[tuple[str, ...]] = frozenset()
    # "denied engineering the crisis": verbs whose object is always a claim made before
    denial_verbs: frozenset[str] = frozenset()
    # "before flying to Riga": a gerund after these shares the main verb's subject
    gerund_adverbials: frozenset[str] = frozenset()
    # "Kazakhstan's neighbour Uzbekistan": the possessor of these only qualifies the actor
    relation_nouns: frozenset[str] = frozenset()
    # "Russia's close ally Belarus": words between the possessive and the relation noun
    relation_modifiers: frozenset[str] = frozenset()
    # "Mr.", "Sheikh", "السيد": a courtesy word before a person's name is part of the mention
    honorifics: frozenset[str] = frozenset()
    # "from his British counterpart": words that may stand between a preposition and its party
    possessive_determiners: frozenset[str] = frozenset()
    # "cancelled a visit to Washington": nouns of travel whose destination is the snubbed host
    trip_nouns: frozenset[str] = frozenset()
    # "forces loyal to X": after an armed actor noun, the words that make it X's side
    allegiance_phrases: tuple[tuple[str, ...], ...] = ()
    # "a Turkish ship off Misrata": prepositions that place an object, not name a party
    vicinity_preps: frozenset[str] = frozenset()
    # "the attack by Israel": the preposition of an act's agent inside a noun phrase
    agent_preps: frozenset[str] = frozenset()
    # "authorities in Pakistan": state agents that belong to the state they are placed in
    located_agents: frozenset[str] = frozenset()
    located_agent_preps: frozenset[str] = frozenset()
    # "were expelled from Russia": in a passive with no agent, the state after one of these
    # prepositions is the source of an event of these types
    passive_origin_preps: frozenset[str] = frozenset()
    passive_origin_types: frozenset[str] = frozenset()
    # "كل من X وY" (each of): the word before من that makes it no preposition
    list_quantifiers: frozenset[str] = frozenset()
    # "X, which borders both countries, staged ...": pronouns opening an apposed relative clause
    relative_pronouns: frozenset[str] = frozenset()
    base_form_governors: frozenset[str] = frozenset()
    # "a visit to islands it controls": a destination is named even when no state is found
    destination_words: frozenset[str] = frozenset()
    # "a visit of the region", right after the visit noun: a destination is named
    destination_next: frozenset[str] = frozenset()
    # "في الوقت الذي طالب فيه X": a preposition with a pronoun back to the relative antecedent,
    # between a relative verb and its subject
    resumptive_preps: frozenset[str] = frozenset()
    # "تناول خلاله": "during it", back to an event told before
    adjunct_resumptives: frozenset[str] = frozenset()
    # "استهلها بمصر ...، ثم قطر": the state after them is a tour's next stop
    sequence_words: frozenset[str] = frozenset()
    # "حي الجولان", "Egypt Street": a place named after a state is not that state
    street_nouns: frozenset[str] = frozenset()
    agency_tag_marks: frozenset[str] = frozenset()
    bare_ministries: frozenset[str] = frozenset()
    lam_objects: frozenset[str] = frozenset()
    success_words: frozenset[str] = frozenset()
    # "rejected the accusation", "رفضت هذا الطلب": the object names an earlier claim
    anaphoric_objects: frozenset[str] = frozenset()
    # "rejected calls from Canberra": nouns of a claim besides ``anaphoric_objects``, and the
    # prepositions after one of them before whoever made it (the rejection's target)
    claim_nouns: frozenset[str] = frozenset()
    claim_owner_preps: frozenset[str] = frozenset()
    # "and also warned", "and then travelled": words between a coordinator and its verb
    coordination_gap: frozenset[str] = frozenset()
    # "، متهما إيران بـ": a circumstantial participle tells what the sentence's subject did
    participles: frozenset[str] = frozenset()
    # "زيارة تستغرق يومين": a day count after these gives the event's last day
    span_words: frozenset[str] = frozenset()
    # "المنشآت السعودية": a definite state name after a definite noun is its adjective
    definite_prefixes: tuple[str, ...] = ()
    # "brokered by X", "with X acting as mediator": X is no party to the event
    mediator_before: PhraseSet = _NO_PHRASES
    # "Egypt, Ethiopia, and Sudan": besides coordinators, what stands between listed actors
    list_separators: frozenset[str] = frozenset()
    # "had met", "was received": auxiliaries before an English past participle
    past_auxiliaries: frozenset[str] = frozenset()
    # where the search for a future verb governing an Arabic event noun stops
    governor_stops: frozenset[str] = frozenset()
    # "Minister of State for Foreign Affairs", "وزير الدولة لشؤون": words inside a title
    title_connectors: frozenset[str] = frozenset()
    # "agreed to hold talks", "اتفقا على أن": a complement verb after these is governed
    infinitive_markers: frozenset[str] = frozenset()
    # "in Geneva", "في الدوحة": a city after these is where the event happened
    place_preps: frozenset[str] = frozenset()
    # "the deal", "this visit": a determiner that makes an event noun tell an earlier event
    definite_words: frozenset[str] = frozenset()
    # "also ordered": the event is one more act of its sentence's subject
    further_words: frozenset[str] = frozenset()
    mediator_after: tuple[tuple[str, ...], ...] = ()


@cache
def load_grammar(lang: str) -> Grammar:
    """The function words of ``lang`` (``ar`` or ``en``).

    >>> "مع" in load_grammar("ar").target_preps
    True
    """
    raw = load_resource(f"{lang}/grammar.yaml", GrammarFile)
    nouns = {fold_key(n): sector for sector, words in raw.actor_nouns.items() for n in words}
    return Grammar(
        lang=raw.lang,
        target_preps=_keys(raw.target_preps),
        source_preps=_keys(raw.source_preps),
        coordinators=_keys(raw.coordinators),
        negators=PhraseSet(_phrases(raw.negators)),
        future_markers=PhraseSet(_phrases(raw.future_markers)),
        conditional_markers=PhraseSet(_phrases(raw.conditional_markers)),
        hypothetical_markers=PhraseSet(_phrases(raw.hypothetical_markers)),
        reporting_words=_keys(raw.reporting_words),
        complementizers=_keys(raw.complementizers),
        actor_nouns=nouns,
        counterparts=_keys(raw.counterparts),
        own_country=_phrases(raw.own_country),
        both_parties=_phrases(raw.both_parties),
        listed_parties=_phrases(raw.listed_parties),
        org_anaphors={fold_key(k): _keys(v) for k, v in raw.org_anaphors.items()},
        honorific_pronouns={fold_key(k): _keys(v) for k, v in raw.honorific_pronouns.items()},
        state_anaphors={fold_key(k): tuple(v) for k, v in raw.state_anaphors.items()},
        organ_heads=_keys(raw.organ_heads),
        masdar_adjectives=_keys(raw.masdar_adjectives),
        antecedent_epithets=_keys(raw.antecedent_epithets),
        relative_ma_heads=_keys(raw.relative_ma_heads),
        name_stoppers=_keys(raw.name_stoppers),
        alias_stoplist=_keys(raw.alias_stoplist),
        not_actors=_phrases(raw.not_actors),
        noun_supports=_keys(raw.noun_supports),
        future_adjectives=PhraseSet(_phrases(raw.future_adjectives)),
        locative_preps=_keys(raw.locative_preps),
        noun_supports_after=_keys(raw.noun_supports_after),
        topic_heads=_keys(raw.topic_heads),
        gratitude_verbs=_keys(raw.gratitude_verbs),
        gratitude_preps=_keys(raw.gratitude_preps),
        previous_speaker_occasions=PhraseSet(_phrases(raw.previous_speaker_occasions)),
        follow_suit=PhraseSet(_phrases(raw.follow_suit)),
        possibility_markers=PhraseSet(_phrases(raw.possibility_markers)),
        continuation_verbs=_keys(raw.continuation_verbs),
        since_words=_keys(raw.since_words),
        reason_words=_keys(raw.reason_words),
        adjunct_preps=_keys(raw.adjunct_preps),
        evaluated_preps=_keys(raw.evaluated_preps),
        time_conjunctions=_keys(raw.time_conjunctions),
        subordinator_adverbs=_keys(raw.subordinator_adverbs),
        past_like_base=_keys(raw.past_like_base),
        list_gap=_keys(raw.list_gap),
        participle_objects=_keys(raw.participle_objects),
        ruling_bodies=_phrases(raw.ruling_bodies),
        addressee_preps=_keys(raw.addressee_preps),
        state_pairs=frozenset(_phrases(raw.state_pairs)),
        denial_verbs=_keys(raw.denial_verbs),
        gerund_adverbials=_keys(raw.gerund_adverbials),
        relation_nouns=_keys(raw.relation_nouns),
        relation_modifiers=_keys(raw.relation_modifiers),
        honorifics=_keys(raw.honorifics),
        possessive_determiners=_keys(raw.possessive_determiners),
        trip_nouns=_keys(raw.trip_nouns),
        allegiance_phrases=_phrases(raw.allegiance_phrases),
        vicinity_preps=_keys(raw.vicinity_preps),
        agent_preps=_keys(raw.agent_preps),
        located_agents=_keys(raw.located_agents),
        located_agent_preps=_keys(raw.located_agent_preps),
        passive_origin_preps=_keys(raw.passive_origin_preps),
        passive_origin_types=frozenset(raw.passive_origin_types),
        list_quantifiers=_keys(raw.list_quantifiers),
        relative_pronouns=_keys(raw.relative_pronouns),
        base_form_governors=_keys(raw.base_form_governors),
        destination_words=_keys(raw.destination_words),
        destination_next=_keys(raw.destination_next),
        resumptive_preps=_keys(raw.resumptive_preps),
        adjunct_resumptives=_keys(raw.adjunct_resumptives),
        sequence_words=_keys(raw.sequence_words),
        street_nouns=_keys(raw.street_nouns),
        agency_tag_marks=_keys(raw.agency_tag_marks),
        bare_ministries=_keys(raw.bare_ministries),
        lam_objects=_keys(raw.lam_objects),
        success_words=_keys(raw.success_words),
        anaphoric_objects=_keys(raw.anaphoric_objects),
        claim_nouns=_keys(raw.claim_nouns),
        claim_owner_preps=_keys(raw.claim_owner_preps),
        coordination_gap=_keys(raw.coordination_gap),
        participles=_keys(raw.participles),
        span_words=_keys(raw.span_words),
        definite_prefixes=tuple(fold_key(w) for w in raw.definite_prefixes),
        mediator_before=PhraseSet(_phrases(raw.mediator_before)),
        mediator_after=_phrases(raw.mediator_after),
        past_auxiliaries=_keys(raw.past_auxiliaries),
        list_separators=_keys(raw.list_separators),
        governor_stops=_keys(raw.governor_stops),
        title_connectors=_keys(raw.title_connectors),
        infinitive_markers=_keys(raw.infinitive_markers),
        place_preps=_keys(raw.place_preps),
        definite_words=_keys(raw.definite_words),
        further_words=_keys(raw.further_words),
        masculine_states=_keys(raw.masculine_states),
        feminine_endings=tuple(fold_key(w) for w in raw.feminine_endings),
        group_statements=_phrases(raw.group_statements),
        membership_preps=_keys(raw.membership_preps),
        signatory_preps=_keys(raw.signatory_preps),
        held_places=_keys(raw.held_places),
        affiliation_preps=_keys(raw.affiliation_preps),
        object_pronouns=_keys(raw.object_pronouns),
        subject_pronouns=_keys(raw.subject_pronouns),
        pronoun_complementizers=_keys(raw.pronoun_complementizers),
    )


@cache
def any_language(field: str) -> frozenset[str]:
    """The words of a grammar ``field`` in every language kg reads: for rules that run before
    a sentence's language matters (a mixed-script sentence, a token of either script)."""
    words: frozenset[str] = frozenset()
    for lang in LANGUAGES:
        value = getattr(load_grammar(lang), field)
        words |= value
    return words


LANGUAGES = ("ar", "en")
