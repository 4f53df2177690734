"""Who did what to whom: source and target of a trigger from the mentions around it.

Arabic allows verb–subject–object and subject–verb–object order; English is subject–verb–object
with passives. The rules, in order:

* the frame of the lexicon entry says where each side is (subject, object, after a preposition);
* a subject is a mention that is not governed by a preposition: in Arabic first the one right
  after the verb (VSO), else the nearest before it (SVO); in English the nearest before the verb,
  or the agent after "by" in a passive; with no subject in the sentence, the topic (the last
  subject, for dropped pronouns: "وأضاف أن ...");
* a target is the first mention after the trigger (and after the subject) that is a direct
  object or follows a target preposition; coordinated mentions ("X وY", "X and Y") join the side;
* event nouns take their parties from genitives and possessives ("زيارة الرئيس إلى ...",
  "لقائه الوزير", "Putin's visit to ...") and from adjectives ("اتفاق أميركي روسي").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.ar_verbs import VerbReading
from kg.extract.gazetteer import actor_index
from kg.extract.grammar import Grammar
from kg.extract.mentions import Mention
from kg.extract.triggers import TriggerHit, trigger_lexicon
from kg.text.tokens import Token

_SUBJECT_REACH_AFTER = 6
_SUBJECT_REACH_BEFORE = 12
_TARGET_REACH = 14
_ORIGIN_REACH = 4  # "were expelled on Monday from Russia"
_WITH_REACH = 24
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
_POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما")
_CLAUSE_BREAKS = frozenset({".", ";", "؛", ":", "!", "?", "؟"})
# Event nouns whose lone genitive is the party acted upon ("اجتياح أوكرانيا" = the invasion OF
# Ukraine, "إدانة الهجوم"), not the agent as with "زيارة الرئيس" (the president's visit).
GENITIVE_IS_TARGET = frozenset(
    {
        "military",
        "sanction",
        "coerce",
        "accusation",
        "rejection",
        "support",
        "threat",
        "demand",
        "appeal",
        "protest",
        "investigate",
        "yield",
        "aid",
    }
)


@dataclass(frozen=True, slots=True)
class Roles:
    source: tuple[Mention, ...]
    target: tuple[Mention, ...]
    source_from_topic: bool = False


def _between_words(tokens: Sequence[Token], start: int, end: int) -> list[str]:
    return [t.norm for t in tokens[start:end]]


def _governing_prep(m: Mention, tokens: Sequence[Token], grammar: Grammar) -> str | None:
    """The preposition governing a mention: its own proclitic (بـ، لـ) or the word before."""
    if grammar.lang == "ar" and m.prepositional:
        return m.proclitic[-1]
    if m.start == 0:
        return None
    prev = tokens[m.start - 1].norm
    if m.start > 1 and tokens[m.start - 2].norm in grammar.list_quantifiers:
        return None  # "أرسلت كل من أوغندا وكينيا قوات": "each of", not "from"
    if prev in grammar.target_preps or prev in grammar.source_preps:
        return prev
    if prev in grammar.membership_preps:
        return prev  # a preposition of no role: the mention is no party
    if grammar.lang == "ar" and len(prev) > 2 and prev[0] in "وف":
        bare = prev[1:]  # "ومن مصر", "وإلى الدوحة"
        if bare in grammar.target_preps or bare in grammar.source_preps:
            return bare
    if grammar.lang == "en":
        # "to neighbouring Algeria", "with the visiting Chinese envoy": up to two modifiers
        for back in (2, 3):
            if m.start < back:
                break
            between = tokens[m.start - back + 1 : m.start]
            if not all(
                t.is_word and not t.capitalised and t.norm not in grammar.coordinators
                for t in between
            ):
                break
            word = tokens[m.start - back].norm
            if word in grammar.target_preps or word in grammar.source_preps:
                return word
    return None


def _coordinated(
    first: Mention, mentions: Sequence[Mention], tokens: Sequence[Token], grammar: Grammar
) -> list[Mention]:
    """``first`` and the mentions joined to it by و/and/commas."""
    side = [first]
    last = first
    for m in mentions:
        if m.start < last.end or m is first:
            continue
        gap = _between_words(tokens, last.end, m.start)
        joined = (
            (grammar.lang == "ar" and m.conjoined and all(g in (",", "،") for g in gap))
            or (
                gap
                and all(
                    g in grammar.coordinators
                    or g in grammar.list_separators
                    or g in grammar.list_gap
                    for g in gap
                )
                and any(g in grammar.coordinators for g in gap)
            )
            or (gap in ([","], [")", ","], [",", "the"]) and grammar.lang == "en" and not m.weak)
            or (grammar.lang == "ar" and not m.weak and _listed_title(gap))
        )
        if not joined or (m.weak and not m.place):
            break
        side.append(m)
        last = m
    return side


# What may stand between the members of a list besides a coordinator ("Iran and the P5+1").
def _listed_title(gap: list[str]) -> bool:
    """ "...، ورئيس مجلس الأمة (البرلمان) الجزائري X": a comma, then a conjoined title or noun
    phrase that the gazetteer did not take into the mention."""
    return (
        2 <= len(gap) <= 7
        and gap[0] in (",", "،")
        and gap[1][:1] == "و"
        and len(gap[1]) > 2
        and not any(g in (".", ":", "؛") for g in gap)
    )


def _clause_bounds(tokens: Sequence[Token], anchor: int) -> tuple[int, int]:
    lo = anchor
    while lo > 0 and tokens[lo - 1].norm not in _CLAUSE_BREAKS:
        lo -= 1
    hi = anchor
    while hi < len(tokens) and tokens[hi].norm not in _CLAUSE_BREAKS:
        hi += 1
    return lo, hi


def _is_passive(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    if hit.verb is not None:
        return hit.verb.passive
    if grammar.lang != "en":
        return False
    prev = [t.norm for t in tokens[max(0, hit.anchor - 2) : hit.anchor]]
    return any(p in _PASSIVE_AUX for p in prev) and tokens[hit.anchor].norm.endswith(
        ("ed", "en", "wn", "ld", "ne", "ht", "ung", "ade")
    )


def assign_roles(
    hit: TriggerHit,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    grammar: Grammar,
    topic: Mention | None,
    previous: tuple[TriggerHit, Sequence[Mention]] | None = None,
    previous_object: Sequence[Mention] = (),
) -> Roles:
    """Source and target mentions of one trigger. ``previous`` is the trigger before it in the
    same sentence with its subject: Arabic chains verbs that share one ("يلتقي دي ميستورا ...
    قبل أن ينتقل إلى تركيا"). ``previous_object`` is the object of the verb before it, which
    an object pronoun of a coordinated verb takes up ("طالب X إيران ...، واتهمها بـ")."""
    lo, hi = _clause_bounds(tokens, hit.anchor)
    in_clause = [m for m in mentions if lo <= m.start and m.end <= hi]
    strong = [m for m in in_clause if not m.weak]
    frame = hit.spec.frame
    passive = _is_passive(hit, tokens, grammar)

    subject, from_topic = _subject(
        hit, tokens, strong, in_clause, grammar, topic, passive, previous
    )
    participle = any(tokens[j].norm in grammar.participles for j in range(hit.start, hit.end))
    if grammar.lang == "ar" and participle:
        reported = _reported_clause(hit, tokens, mentions, grammar)
        if reported is not None:
            # "أعلن مكتب نتنياهو أن حماس تراجعت عن التفاهمات، متهما إياها": the participle
            # goes on with the one who reports, not with the subject of what is reported;
            # its object pronoun takes that subject up
            reporter, reported_subject = reported
            subject, from_topic = [reporter], False
            pronoun = hit.end < len(tokens) and tokens[hit.end].norm in grammar.object_pronouns
            if pronoun and reported_subject is not None:
                side = _coordinated(reported_subject, mentions, tokens, grammar)
                return Roles((reporter,), tuple(side), False)
    if (
        grammar.lang == "ar"
        and not hit.is_noun
        and hit.start > 0
        and tokens[hit.start - 1].norm in grammar.pronoun_complementizers
    ):
        # "وأكدت [الخارجية المغربية] أنها ترفض ...": the pronoun is the reporter
        speaker = _reporter_before(hit.start - 1, tokens, mentions, grammar)
        if speaker is not None:
            subject, from_topic = [speaker], False
    if grammar.lang == "ar" and (from_topic or (participle and not subject)):
        main = _main_subject(hit, tokens, mentions, lo, grammar)
        if main is not None:
            subject = [main]  # "وأعرب X عن ...؛ ...، معلنا عن زيارة له": the sentence's subject
            # "وأوضح الجبير ...، متهما إيران": the participle's doer is named in its sentence
            from_topic = from_topic and not participle
    if passive and grammar.lang == "en" and not (subject and subject[0].start > hit.anchor):
        # "Rwanda is accused of breaching its commitments": no agent is named; the grammatical
        # subject is the one acted upon
        patient = [
            m for m in strong if m.end <= hit.start and _governing_prep(m, tokens, grammar) is None
        ]
        if patient and not frame.object_is_target and frame.source == "subject":
            # "Spain's ambassador to Argentina was recalled", "... was called home from
            # Nairobi": the envoy is the recalling state's own; where he serves is the target
            aimed = [
                m
                for m in in_clause  # the capital stands for the state: "in Paris"
                if m is not patient[-1]
                and _governing_prep(m, tokens, grammar) in frame.target_preps
            ]
            source = tuple(_coordinated(patient[-1], strong, tokens, grammar))
            return Roles(source, tuple(aimed[:1]), False)
        if patient and hit.spec.frame.source != "object":
            acted_on = tuple(_coordinated(patient[-1], strong, tokens, grammar))
            # "Two British diplomats were expelled from Russia": where they are sent away
            # from is who expels them
            origin = [
                m
                for m in strong
                if hit.end <= m.start <= hit.end + _ORIGIN_REACH
                and hit.spec.type in grammar.passive_origin_types
                and _governing_prep(m, tokens, grammar) in grammar.passive_origin_preps
                and not m.codes & {c for t in acted_on for c in t.codes}
            ]
            return Roles(tuple(origin[:1]), acted_on, False)
    if passive and grammar.lang == "en" and subject and subject[0].start > hit.anchor:
        # "a patrol was fired on by paramilitaries": the agent acts, the grammatical subject
        # is acted upon
        patient = [
            m for m in strong if m.end <= hit.start and _governing_prep(m, tokens, grammar) is None
        ]
        target = _coordinated(patient[-1], strong, tokens, grammar) if patient else []
        if hit.spec.frame.source == "object":
            return Roles(tuple(target), tuple(subject), False)
        return Roles(tuple(subject), tuple(target), False)
    if frame.source == "speaker":
        spoken = _speaker_roles(hit, tokens, mentions, grammar, topic)
        if spoken is not None:
            return spoken
        if grammar.lang == "ar":
            return Roles((), (), False)  # an Arabic evaluative noun is an event only when said
    signed = _signatories(hit, tokens, mentions, grammar)
    if signed is not None:
        return signed
    between = _between_parties(hit, tokens, in_clause, grammar)
    if between is not None:
        return between
    carried = _purpose_noun(hit, tokens, strong, grammar, previous)
    if carried is not None:
        return carried
    resumed = _resumptive_object(hit, tokens, strong, grammar) if grammar.lang == "ar" else None
    if resumed is not None and resumed not in subject:
        target = [resumed]
    elif (
        previous_object
        and hit.verb is not None
        and hit.verb.object_suffix
        and _conjoined_verb(tokens[hit.anchor].norm, hit.verb, grammar)
    ):
        target = [m for m in previous_object if m not in subject]
    elif (rejected := _relative_rejected(hit, tokens, mentions, grammar, subject)) is not None:
        target = _coordinated(rejected, mentions, tokens, grammar)
    else:
        target = _target(hit, tokens, in_clause, grammar, hit.anchor + 1, subject)
    if grammar.lang != "en" or target:
        # English names its subject before the verb: a subject with no object is no dropped one
        subject, target, from_topic = _undegenerate(hit, subject, target, from_topic, topic)

    if frame.source == "object":
        return Roles(tuple(target), tuple(subject), False)
    if frame.source == "prep":
        # the preposition may be the last word of the phrase ("at the invitation of X")
        own = set(frame.source_preps)
        from_prep = [
            m
            for m in in_clause
            if m.start > hit.anchor
            and (
                _governing_prep(m, tokens, grammar) in own
                or (m.start == hit.end and tokens[m.start - 1].norm in own)
            )
        ]
        if from_prep:
            receiver = [m for m in subject or target if m is not from_prep[0]]
            if not receiver:
                # "Medvedev arrived ... at the invitation of Li": the noun phrase's "of" is the
                # inviter; the one invited is the subject of the clause
                before = [
                    m
                    for m in strong
                    if m.end <= hit.start and _governing_prep(m, tokens, grammar) is None
                ]
                receiver = before[-1:]
            return Roles(
                (from_prep[0],), tuple(m for m in receiver if m is not from_prep[0]), False
            )
    return Roles(tuple(subject), tuple(target), from_topic)


_BETWEEN = frozenset({"بين", "between"})
_RECIPROCAL = frozenset({"meeting", "call", "negotiation"})
_JOINT = frozenset({"meeting", "call", "negotiation", "agreement", "cooperation"})


def _between_parties(
    hit: TriggerHit, tokens: Sequence[Token], in_clause: Sequence[Mention], grammar: Grammar
) -> Roles | None:
    """ "جولة مباحثات بين كيري ووزراء الخارجية الخليجيين", "talks between Serbia and Kosovo":
    the two sides of a joint event follow "between", whoever the verb's subject is."""
    if hit.spec.type not in _JOINT:
        return None
    for j in range(hit.end, min(len(tokens), hit.end + _BOTH_REACH)):
        if tokens[j].norm in _BETWEEN:
            after = [m for m in in_clause if m.start > j and m.start - j <= 3 and not m.weak]
            if j >= hit.end + 4:
                # "الاجتماع الوزاري الخامس لمنتدى التعاون بين الجانبين": far from the noun only
                # "the two sides" is sure to be its parties
                after = [m for m in after if m.reference == "both_parties" and m.start == j + 1]
            if not after:
                return None
            if after[0].reference == "both_parties" and after[0].partners:
                return Roles((after[0],), (), False)  # "بين الجانبين": the two sides told before
            side = _coordinated(after[0], [m for m in in_clause if not m.weak], tokens, grammar)
            if len(side) < 2:
                second = _between_second(side[-1], in_clause, tokens)
                side = [*side, second] if second is not None else side
            if len(side) < 2:
                second = _between_modified(side[-1], in_clause, tokens, grammar)
                side = [*side, second] if second is not None else side
            if len(side) >= 2:
                return Roles((side[0],), tuple(side[1:]), False)
            return None
    return None


def _signatories(
    hit: TriggerHit, tokens: Sequence[Token], mentions: Sequence[Mention], grammar: Grammar
) -> Roles | None:
    """ "ووقع الاتفاق عن الجانب الأمريكي المبعوث X، وعن الحركة رئيس مكتبها السياسي لطالبان":
    an agreement signed for each side (signatory_preps right after it) has as parties the one
    named after each of them, before the next comma."""
    if hit.spec.type != "agreement" or not grammar.signatory_preps:
        return None
    after = range(hit.end, min(len(tokens), hit.end + 2))
    if not any(tokens[j].norm in grammar.signatory_preps for j in after):
        return None
    parties: list[Mention] = []
    for j in range(hit.end, len(tokens)):
        if tokens[j].norm in _CLAUSE_BREAKS:
            break
        if tokens[j].norm not in grammar.signatory_preps:
            continue
        for m in mentions:
            if m.start <= j or m.weak:
                continue
            gap = tokens[j + 1 : m.start]
            if any(t.norm in (",", "،") or t.norm in grammar.signatory_preps for t in gap):
                break
            if m.actor.code or m.actor.country:
                parties.append(m)
                break
    codes = {m.actor.country or m.actor.code for m in parties}
    if len(codes) < 2:
        return None
    return Roles((parties[0],), tuple(parties[1:]), False)


_BETWEEN_GAP = 5
_BOTH_REACH = 8  # tokens after a joint noun where "بين الجانبين" still names its parties


def _between_second(
    first: Mention, in_clause: Sequence[Mention], tokens: Sequence[Token]
) -> Mention | None:
    """ "بين كيري ووزراء الخارجية في مجلس التعاون": "between" takes two sides, so after the
    first one the و-phrase names the second, even when the gazetteer finds only the last noun
    of it (the organisation the ministers belong to)."""
    for m in in_clause:
        if m.start < first.end or m.weak:
            continue
        gap = [t.norm for t in tokens[first.end : m.start]]
        if (
            gap
            and len(gap) <= _BETWEEN_GAP
            and gap[0][:1] == "و"
            and len(gap[0]) > 2
            and not any(g in _CLAUSE_BREAKS or g in (",", "،") for g in gap)
        ):
            return m
        return None
    return None


_SPEAKER_REACH = 12


def _reporting(token: Token, grammar: Grammar) -> bool:
    if grammar.lang == "en":
        from kg.extract.triggers import english_lemma

        return english_lemma(token.norm) in grammar.reporting_words
    norm = token.norm
    return norm in grammar.reporting_words or (
        norm[:1] in "وف" and norm[1:] in grammar.reporting_words
    )


def _speaker_roles(
    hit: TriggerHit,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    grammar: Grammar,
    topic: Mention | None,
) -> Roles | None:
    """An evaluative word in reported speech ("X said Y's remarks were irresponsible",
    "'... unacceptable attacks by Y,' he said", "وقال X: «... تدخلات Y»"): the speaker
    accuses, the owner of the evaluated act (a possessor, the agent after "by"/"from", the
    subject of the reported clause) is accused. None when no reporting verb frames the word."""
    lo, hi = _clause_bounds(tokens, hit.anchor)
    if grammar.lang == "ar" and lo > 1 and tokens[lo - 1].norm == ":":
        lo = _clause_bounds(tokens, lo - 2)[0]  # "وقال: «...»": the quote belongs to the verb
    in_clause = [m for m in mentions if lo <= m.start and m.end <= hi]
    strong = [m for m in in_clause if not m.weak]
    said = [
        j
        for j in range(lo, hi)
        if not lo <= hit.start <= j < hit.end and _reporting(tokens[j], grammar)
    ]
    if not said:
        return None
    before = [j for j in said if j < hit.start]
    r = before[-1] if before else said[0]
    source: list[Mention] = []
    if r < hit.start:
        speakers = [
            m
            for m in strong
            if m.end <= r
            and r - m.end <= _SPEAKER_REACH
            and _governing_prep(m, tokens, grammar) is None
        ]
        after = [
            m
            for m in strong
            if r < m.start < hit.start
            and m.start - r <= 2
            and _governing_prep(m, tokens, grammar) is None
        ]
        if grammar.lang == "ar" and not after:
            after = _conjoined_speaker(r, before, tokens, strong, grammar)
        if grammar.lang == "ar" and after:
            source = [after[0]]  # "وقال وزير الخارجية X إن ...": verb-subject order
        elif speakers:
            source = [_coordinated_backwards(speakers[-1], strong, tokens, grammar)]
    else:
        for m in strong:
            gap = tokens[m.end : r] if m.end <= r else tokens[r + 1 : m.start]
            near = m.end <= r or m.start - r <= 1
            if near and m.start >= hit.end and all(not t.is_word for t in gap):
                source = [m]  # "..., the ministry said", "..., said Foreign Minister X"
                break
    from_topic = not source and topic is not None
    if from_topic and topic is not None:
        source = [topic]
    codes = {c for m in source for c in m.codes}
    others = [m for m in in_clause if not (m.codes and m.codes <= codes) and m not in source]
    target = next(
        (
            m
            for m in others
            if not m.weak
            and hit.end <= m.start <= hit.end + 8
            and _governing_prep(m, tokens, grammar) in grammar.evaluated_preps
        ),
        None,
    )
    if target is None and grammar.lang == "ar":
        target = _arabic_owner(hit, tokens, others, grammar) or _pronoun_owner(hit, tokens, others)
    if target is None:
        start = r + 1 if r < hit.start else lo
        owners = [m for m in others if not m.weak and start <= m.start and m.end <= hit.start]
        if grammar.lang == "ar":
            # "مواقف X المتعنتة"، "ما تقوم به X من انتهاكات": the owner stands right before
            owners = [
                m
                for m in owners
                if m.end == hit.start
                or (m.end == hit.start - 1 and tokens[m.end].norm in grammar.source_preps)
            ]
        target = owners[-1] if owners else None
    return Roles(tuple(source), (target,) if target is not None else (), from_topic)


def _conjoined_speaker(
    r: int,
    said: Sequence[int],
    tokens: Sequence[Token],
    strong: Sequence[Mention],
    grammar: Grammar,
) -> list[Mention]:
    """ "أكد الوزير X أن ...، وشدد على أن ...": a reporting verb joined by و with no subject of
    its own shares the subject of the reporting verb before it in the clause."""
    if tokens[r].norm[:1] != "و" or tokens[r].norm in grammar.reporting_words:
        return []
    for earlier in reversed([j for j in said if j < r]):
        subject = [
            m
            for m in strong
            if earlier < m.start < r
            and m.start - earlier <= 2
            and _governing_prep(m, tokens, grammar) is None
        ]
        if subject:
            return subject
        if tokens[earlier].norm[:1] != "و":
            break
    return []


_OWNER_REACH = 2


def _arabic_owner(
    hit: TriggerHit, tokens: Sequence[Token], others: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """ "تدخلات إيران"، "تدخلات وزعزعة إيران"، "الاعتداءات الإسرائيلية": the owner of an
    evaluated act follows the Arabic noun as its genitive or nisba adjective, at most one
    coordinated noun away, with no preposition or clause break between."""
    for m in others:
        if m.start <= hit.anchor:
            continue
        gap = tokens[hit.anchor + 1 : m.start]
        if m.weak and gap:
            return None  # a bare demonym counts only as the noun's own adjective
        if gap and gap[-1].norm in grammar.locative_preps:
            return None  # "تدخلها في اليمن": where the act took place, not who did it
        if (
            len(gap) <= _OWNER_REACH
            and all(t.is_word and t.norm not in _CLAUSE_BREAKS for t in gap)
            and _governing_prep(m, tokens, grammar) in (None, "من")
        ):
            return m
        return None
    return None


def _pronoun_owner(
    hit: TriggerHit, tokens: Sequence[Token], others: Sequence[Mention]
) -> Mention | None:
    """ "دعم طهران للنظام، بالإضافة إلى تدخلها في اليمن": an evaluated act owned by a
    pronoun suffix belongs to the last actor named before it that agrees with the pronoun: ها
    (she, and every state or organisation) or ه (he, a person)."""
    word = tokens[hit.anchor]
    norm = word.norm
    if len(norm) <= 4 or word.ends_in_taa:
        return None
    if norm.endswith("ها"):
        person = False
    elif norm.endswith("ه") and not norm.endswith(("اه", "ته")):
        person = True
    else:
        return None
    before = [
        m
        for m in others
        if not m.weak and m.end <= hit.start and (m.actor.kind == "person") == person
    ]
    return before[-1] if before else None


_PURPOSE_REACH = 10


def _purpose_noun(
    hit: TriggerHit,
    tokens: Sequence[Token],
    strong: Sequence[Mention],
    grammar: Grammar,
    previous: tuple[TriggerHit, Sequence[Mention]] | None,
) -> Roles | None:
    """ "summoned China's ambassador to convey a protest", "summoned the envoy to lodge a
    complaint": an English event noun, or a verb right after "to", in the purpose clause of the
    verb before it belongs to that verb's subject, and the verb's object is the other party.
    (Verbs whose object does the infinitive, "urged X to", govern it: it is no event.)"""
    if grammar.lang != "en" or previous is None or not previous[1]:
        return None
    if not hit.is_noun and not (hit.start > 0 and tokens[hit.start - 1].norm == "to"):
        return None
    verb, subject = previous
    if verb.is_noun or not 0 < hit.start - verb.end <= _PURPOSE_REACH:
        return None
    between = tokens[verb.end : hit.start]
    if any(t.norm in _CLAUSE_BREAKS or t.norm in (",", "،") for t in between):
        return None
    to = next((verb.end + k for k, t in enumerate(between) if t.norm == "to"), None)
    if to is None:
        return None
    objects = [m for m in strong if verb.end <= m.start and m.end <= to and m not in subject]
    if not objects:
        return None
    return Roles(tuple(subject), tuple(objects), False)


def _between_modified(
    first: Mention, in_clause: Sequence[Mention], tokens: Sequence[Token], grammar: Grammar
) -> Mention | None:
    """ "between Cambodian Prime Minister Hun Manet and acting Thai Prime Minister ...": after
    the coordinator, lower-case modifiers the mention does not include."""
    for m in in_clause:
        if m.start < first.end or m.weak:
            continue
        between = tokens[first.end : m.start]
        if (
            1 < len(between) <= 3
            and between[0].norm in grammar.coordinators
            and all(t.is_word and not t.capitalised for t in between[1:])
        ):
            return m
        return None
    return None


def _subject(
    hit: TriggerHit,
    tokens: Sequence[Token],
    strong: Sequence[Mention],
    in_clause: Sequence[Mention],
    grammar: Grammar,
    topic: Mention | None,
    passive: bool,
    previous: tuple[TriggerHit, Sequence[Mention]] | None = None,
) -> tuple[list[Mention], bool]:
    apposed = apposed_before(hit.start, tokens, grammar)
    if apposed is not None:
        # "Iran, which borders both countries, staged drills": not "both countries"
        strong = [m for m in strong if not apposed[0] <= m.start < apposed[1]]
    if (
        previous is not None
        and previous[1]
        and hit.anchor > 0
        and tokens[hit.anchor - 1].norm in grammar.gerund_adverbials
        and tokens[hit.anchor].norm.endswith("ing")
    ):
        # "X met Y in Vilnius before flying to Riga": the gerund's doer is the main verb's
        return list(previous[1]), False
    if passive and grammar.lang == "en":
        for m in strong:
            if m.start >= hit.end and _governing_prep(m, tokens, grammar) == "by":
                return _coordinated(m, strong, tokens, grammar), False
    participle = any(tokens[j].norm in grammar.participles for j in range(hit.start, hit.end))
    if hit.is_noun and not participle:
        # (a participle is a verb: "متهمين إثيوبيا" names its object, not its doer)
        noun_subject = _noun_subject(hit, tokens, in_clause, strong, grammar, topic)
        if noun_subject is not None:
            return noun_subject
    if hit.is_noun and grammar.lang == "en" and _adjunct(hit, tokens, grammar):
        # "X handed over the reply to Y ... during a short visit to Z", "X and Y initialled a
        # deal at talks in Brussels": an event noun in a temporal adjunct is the main clause's
        main = [
            m for m in strong if m.end <= hit.start and _governing_prep(m, tokens, grammar) is None
        ]
        if main:
            return _coordinated(main[0], strong, tokens, grammar), False
    antecedent = _relative_antecedent(hit, tokens, strong, grammar)
    if antecedent is not None:
        return [antecedent], False
    if _unnamed_antecedent(hit, tokens, grammar):
        return [], False  # "وفد برلماني، الذي زار الصين": the delegation, nobody named
    if _thing_relative(hit, tokens, in_clause, grammar):
        # "الهجوم الذي استهدف منشأتين", "the attack that targeted ...": the relative verb's
        # subject is the noun before the pronoun, which is no party
        return [], False
    if grammar.lang == "ar" and not passive:
        if not hit.is_noun and _unlisted_plural_subject(hit, tokens, grammar):
            return [], False  # "طالب فيه المشرعون": a group the gazetteer does not know
        adjacent = _adjacent_subject(hit, tokens, strong, grammar)
        if adjacent is not None:
            return adjacent, False
        fronted: Mention | None = None  # a prepositional phrase before the subject
        for m in strong if not hit.is_noun else ():
            # after the verb, or inside a phrase's gap ("حط أمس وزير الخارجية رحاله في")
            if hit.anchor < m.start <= hit.end + _SUBJECT_REACH_AFTER:
                if any(t.norm in grammar.complementizers for t in tokens[hit.end : m.start]):
                    break  # "يجب على X أن يخبر Y": Y is the subject of the complement clause
                if _attributive(m, tokens, grammar):
                    continue  # "وهددت بشن هجمات على المنشآت السعودية": an adjective
                governed = _governing_prep(m, tokens, grammar) is not None or (
                    m.start > 0 and tokens[m.start - 1].norm in grammar.locative_preps
                )
                if fronted is None and governed:
                    # "ووصل إلى مصر أمس الرئيس الفرنسي", "والتقى في موسكو أمس الوزير": the
                    # place comes first, the subject after it
                    fronted = m
                    continue
                if fronted is not None and (
                    m.conjoined or governed or not _apart(fronted, m, tokens, grammar)
                ):
                    break
                if (
                    hit.spec.type == "visit"
                    and hit.spec.frame.source == "subject"
                    and m.actor.kind == "state"
                    and not m.has_title
                ):
                    break  # "يزور ماليزيا": the country is where he goes (but "تستقبل مصر": hosts)
                if hit.spec.type in _RECIPROCAL and m.reference == "counterpart":
                    break  # "سيلتقي نظراءه": "his counterparts" are met; the subject is "he"
                if (m.start == hit.end + 1 and _event_noun(tokens[hit.end])) or (
                    m.start == hit.end
                    and tokens[m.start].norm in grammar.actor_nouns
                    and _event_noun(tokens[m.start], True)
                ):
                    # "كما أدان إطلاق الحوثيين صواريخ", "وأدان قصف روسيا": the mention is the
                    # genitive of the verb's object, an event noun; the subject is not after
                    # the verb
                    break
                if _disagrees(hit, m, tokens, grammar):
                    continue  # "واتهم الجامعة": the object; the subject comes after or before
                if not governed and not _verb_between(tokens, hit.end, m.start):
                    return _coordinated(m, strong, tokens, grammar), False
                break
        if previous is not None and previous[1] and previous[0].end <= hit.start:
            # no subject of its own: the verb shares the subject of the verb before it, unless a
            # new subject stands right between them
            between = [m for m in strong if previous[0].end <= m.start and m.end <= hit.start]
            if _time_clause(tokens, hit.start, grammar) or not any(
                _governing_prep(m, tokens, grammar) is None and m.start > previous[0].end + 6
                for m in between
            ):
                return list(previous[1]), False
    if grammar.lang == "en" and not hit.is_noun and not passive:
        shared = _shared_subject(hit, tokens, strong, grammar)
        if shared is not None:
            return shared, False
    before = [
        m
        for m in strong
        if m.end <= hit.start
        and hit.start - m.end <= _SUBJECT_REACH_BEFORE
        and _governing_prep(m, tokens, grammar) is None
        and not (
            grammar.lang == "ar"
            and m.start > 0
            and tokens[m.start - 1].norm in grammar.locative_preps
        )
        # "CAIRO -- Militiamen dismissed ...": the place a story is filed from acts in it
        # only when it is its subject's whole name, never as a dateline
        and not (m.start == 0 and m.place and _dateline(m, tokens))
    ]
    if before:
        group_start = _coordinated_backwards(before[-1], strong, tokens, grammar)
        # a subject before the verb does not run on past it ("، واتهم إيران": the object)
        group = _coordinated(group_start, strong, tokens, grammar)
        return [m for m in group if m.end <= hit.start], False
    if grammar.lang == "en":
        speaker = _pronoun_speaker(hit, tokens, strong, grammar)
        if speaker is not None:
            return speaker, False
    if topic is not None and not _unnamed_speaker(hit, tokens, in_clause, grammar):
        return [topic], True
    return [], False


_PRONOUN_REACH = 3  # "said he had spoken": the pronoun a few words before the verb


def _pronoun_speaker(
    hit: TriggerHit, tokens: Sequence[Token], strong: Sequence[Mention], grammar: Grammar
) -> list[Mention] | None:
    """ "Pashinyan offered to sign ..., and said he had spoken by phone with X": "he" right
    after a verb of saying is that verb's subject, the sentence's first party named with no
    preposition (not the previous sentence's topic)."""
    for j in range(hit.start - 1, max(0, hit.start - 1 - _PRONOUN_REACH), -1):
        if tokens[j].norm not in grammar.subject_pronouns:
            continue
        if j == 0 or not _reporting(tokens[j - 1], grammar):
            return None
        first = next(
            (
                m
                for m in strong
                if m.end <= j - 1
                and not _dateline(m, tokens)
                and _governing_prep(m, tokens, grammar) is None
            ),
            None,
        )
        if first is None or first.actor.kind != "person":
            return None
        return [first]
    return None


_NOMINATIVE_PLURAL = "ون"  # the sound masculine plural of a subject (المشرعون، المعارضون)


def _disagrees(hit: TriggerHit, m: Mention, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is ``m`` a feminine state or organisation after a masculine singular verb ("واتهم
    الجامعة العربية", "وانتقد إيران"), so no subject of it? The gender is the first word's:
    people are left alone (a title's gender is not read), and so are the states that take a
    masculine verb."""
    verb = hit.verb
    if verb is None or verb.gender != "masculine" or verb.number != "singular":
        return False
    if not _conjoined_verb(tokens[hit.anchor].norm, verb, grammar):
        # a verb opening a relative or main clause ("هجوما استهدف السفارة الأمريكية") has
        # its subject nowhere else in the sentence; a coordinated one shares the one before
        return False
    if m.has_title or m.reference or m.actor.kind == "person":
        return False
    word = tokens[m.start].norm.removeprefix(m.proclitic)
    if m.actor.kind == "state" and word not in grammar.actor_nouns:
        return word not in grammar.masculine_states  # the state's own name
    # "الحكومة الأمريكية" (feminine), "المسؤولون الروس" (masculine): the head noun's ending
    return m.actor.kind in ("state", "igo", "org") and word.endswith(grammar.feminine_endings)


def _event_noun(token: Token, heads_mention: bool = False) -> bool:
    """Is the Arabic word an event noun of the lexicon (إطلاق، هجوم) and, unless it is the
    actor noun heading a mention ("قصف روسيا"), no verb (a verb after the verb opens a clause
    of its own)?"""
    lexicon = trigger_lexicon("ar")
    return bool(lexicon.noun_types(token)) and (
        heads_mention or token.norm not in lexicon.verb_index
    )


def _conjoined_verb(word: str, verb: VerbReading, grammar: Grammar) -> bool:
    """Does the verb form carry a one-letter coordinator ("واتهم"، "وهاجم")?"""
    return any(
        word.startswith(c) and not verb.lemma.startswith(c)
        for c in grammar.coordinators
        if len(c) == 1
    )


def _unlisted_plural_subject(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is the Arabic verb followed (past a resumptive "فيه") by a definite nominative plural
    the gazetteer does not know ("طالب المشرعون بـ"، "وانتقد المعارضون ...")? The nominative
    case makes it the verb's subject: a group with no state of its own, so neither an earlier
    mention nor the topic is."""
    j = hit.end
    if j < len(tokens) and tokens[j].norm in grammar.resumptive_preps:
        j += 1
    if j >= len(tokens):
        return False
    word = tokens[j].norm
    return (
        word.startswith("ال")
        and word.endswith(_NOMINATIVE_PLURAL)
        and len(word) > 5
        and word.isalpha()
        and not _gazetteer_word(word)
        and word not in grammar.actor_nouns
    )


def _unnamed_speaker(
    hit: TriggerHit, tokens: Sequence[Token], in_clause: Sequence[Mention], grammar: Grammar
) -> bool:
    """ "وقال فيل روبرتسون من المنظمة: «يجب على ...»": a quote whose reporting verb has a
    subject the gazetteer does not know (a name, "مصدر") is that speaker's, not the topic's.
    Arabic only; a title ("وقال الوزير:") or a place or time word after the verb does not
    count."""
    if grammar.lang != "ar":
        return False
    lo = hit.start
    while lo > 0 and tokens[lo - 1].norm not in _CLAUSE_BREAKS:
        lo -= 1
    if lo < 2 or tokens[lo - 1].norm != ":":
        return False
    plo = lo - 1
    while plo > 0 and tokens[plo - 1].norm not in _CLAUSE_BREAKS:
        plo -= 1
    lexicon = trigger_lexicon("ar")
    verbs = [
        j
        for j in range(plo, lo - 2)
        if _reporting(tokens[j], grammar) or lexicon.keys(tokens[j]) & grammar.reporting_words
    ]
    if not verbs:
        return False
    after = tokens[verbs[0] + 1]
    word = after.norm
    return (
        after.is_word
        and word.isalpha()
        and word not in grammar.complementizers
        and word not in grammar.target_preps
        and word not in grammar.source_preps
        and word not in grammar.locative_preps
        and word not in _SVO_GAP_WORDS
        and not _gazetteer_word(word)
        and not _gazetteer_word(word[2:] if word.startswith("ال") else "ال" + word)
    )


_DATELINE_ENDS = frozenset({"(", "-", "—", "–"})
_DATELINE_REACH = 5  # ", April 22" or ", South Korea" between the place and "(Reuters)"


def _dateline(m: Mention, tokens: Sequence[Token]) -> bool:
    """Is the mention the place a news item is filed from ("HANOI (AFP) -", "HONIARA, April 22
    (Reuters) -")? Only a comma, capitalised words and numbers stand between it and the
    agency's bracket or dash."""
    for token in tokens[m.end : m.end + _DATELINE_REACH + 1]:
        if token.norm in _DATELINE_ENDS:
            return True
        if not (token.norm == "," or token.capitalised or token.norm.isdigit()):
            return False
    return False


def _apposed_relative(
    start: int, tokens: Sequence[Token], grammar: Grammar
) -> tuple[int, int] | None:
    """ "Iran, which borders both countries, staged drills": the span [comma, comma] of a
    non-restrictive relative clause that ends right before the verb at ``start``; the parties
    it names are not the verb's subject."""
    if not grammar.relative_pronouns or start < 3 or tokens[start - 1].norm != ",":
        return None
    for j in range(start - 2, max(0, start - 2 - _APPOSED_REACH), -1):
        norm = tokens[j].norm
        if norm in _CLAUSE_BREAKS:
            return None
        if norm == "," and tokens[j + 1].norm in grammar.relative_pronouns:
            return j, start
    return None


_APPOSED_REACH = 16


def apposed_before(start: int, tokens: Sequence[Token], grammar: Grammar) -> tuple[int, int] | None:
    """The apposed relative clause that closes (with a comma) at most three words before the
    trigger at ``start`` ("Lavrov, who visited Belgrade in February, has backed ...")."""
    closing = next(
        (j for j in range(start - 1, max(0, start - 4), -1) if tokens[j].norm == ","), None
    )
    return _apposed_relative(closing + 1, tokens, grammar) if closing is not None else None


def _shared_subject(
    hit: TriggerHit, tokens: Sequence[Token], strong: Sequence[Mention], grammar: Grammar
) -> list[Mention] | None:
    """ "Vietnam accused China of ramming its boats, and demanded that Beijing ...": an English
    verb after "and" with no subject of its own shares the subject of the main clause, also
    after a reported clause ("X said that Y had shelled ..., and warned that ...")."""
    j = hit.start - 1
    while j >= 0 and tokens[j].norm in grammar.coordination_gap:
        j -= 1
    clause = j >= 1 and tokens[j].norm == "," and _participle_form(tokens[hit.anchor])
    if (
        not clause
        and j >= 1
        and tokens[j].norm in grammar.coordinators
        and _participle_form(tokens[hit.anchor])
    ):
        # "..., telling reporters he would not change course and accusing X of lying": the
        # second participle of a participle clause goes on with the main clause's subject
        clause = any(tokens[k - 1].norm == "," and _participle_form(tokens[k]) for k in range(1, j))
    # "Kenya expelled the envoy, accusing Kampala of lies": a participle clause after a comma
    # has the main clause's subject
    if not clause and (j < 1 or tokens[j].norm not in grammar.coordinators):
        return None
    if not clause and tokens[j - 1].norm != ",":
        # without the comma "and" may join two objects ("killed X and his son"); but a second
        # verb of saying ("X said the EU's claims were absurd and warned that ...") goes on
        # with the speaker of the first, and so does a finite verb ("X urged restraint and
        # offered to host talks"): a verb after "and" opens no noun phrase (but after a
        # reported clause, "X said Y had attacked ... and signed", it may go on with Y)
        speaker = _speaker_goes_on(hit, j, tokens, strong, grammar)
        if (
            speaker is not None
            or hit.is_noun
            or _participle_form(tokens[hit.anchor])
            or any(t.norm in grammar.complementizers or _reporting(t, grammar) for t in tokens[:j])
        ):
            return speaker
    apposed = [_apposed_relative(m.end + 1, tokens, grammar) for m in strong]
    inside = {
        id(m)
        for m in strong
        for span in apposed
        if span is not None and span[0] <= m.start < span[1]
    }
    for m in strong:
        if m.end > j:
            return None
        if _governing_prep(m, tokens, grammar) is not None or id(m) in inside:
            continue
        if _dateline(m, tokens):
            continue  # "HANOI (AFP) -", "HONIARA, April 22 (Reuters) -": where it is filed from
        if any(
            t.norm in grammar.complementizers or _reporting(t, grammar) for t in tokens[: m.start]
        ):
            return None  # the first mention is inside a reported clause
        if clause and any(
            t.norm in grammar.subject_pronouns or t.norm in grammar.participle_objects
            for t in tokens[: m.start]
        ):
            return []  # "It also sanctioned X, accusing ...": the subject is a pronoun
        return _coordinated(m, strong, tokens, grammar)
    return None


def _participle_form(token: Token) -> bool:
    """ "and meeting", "and rising": an English -ing form after "and" may be a noun or an
    adjective, not a finite verb."""
    return token.norm.endswith("ing")


def _speaker_goes_on(
    hit: TriggerHit, j: int, tokens: Sequence[Token], strong: Sequence[Mention], grammar: Grammar
) -> list[Mention] | None:
    """ "X said ... and warned that ...": the subject of the first verb of saying before ``j``
    (the "and") when the verb of ``hit`` is one too."""
    if not _reporting(tokens[hit.anchor], grammar):
        return None
    said = next((k for k in range(j) if _reporting(tokens[k], grammar)), None)
    if said is None:
        return None
    speakers = [
        m
        for m in strong
        if m.end <= said and said - m.end <= 2 and _governing_prep(m, tokens, grammar) is None
    ]
    if not speakers:
        return None
    group_start = _coordinated_backwards(speakers[-1], strong, tokens, grammar)
    return _coordinated(group_start, strong, tokens, grammar)


def _adjunct(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is the English event noun inside "during ..." / "at ..." ("during a short visit", "at
    EU-brokered talks")?"""
    before = tokens[max(0, hit.start - 3) : hit.start]
    return any(t.norm in grammar.adjunct_preps for t in before) and all(
        t.is_word and t.norm not in ("'s", "'") for t in before
    )


def _apart(first: Mention, second: Mention, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is ``second`` a new noun phrase, not a continuation of ``first`` (no comma or "و"
    between them)?"""
    gap = _between_words(tokens, first.end, second.start)
    return not any(g in grammar.coordinators or g in (",", "،") for g in gap)


def _verb_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    return False


RELATIVE_PRONOUNS = frozenset(
    {
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللتان",
        "اللذين",
        "اللتين",
        "اللواتي",
        "who",
        "which",
        "that",
    }
)


def _resumptive_object(
    hit: TriggerHit, tokens: Sequence[Token], strong: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """ "في الكويت، التي وصلها أمس": a relative verb with an object pronoun (ها) has the
    antecedent as its object."""
    if hit.verb is None or not hit.verb.object_suffix:
        return None
    return _relative_antecedent(hit, tokens, strong, grammar, resumptive=True)


_MAIN_SUBJECT_START = 3


def _reported_clause(
    hit: TriggerHit, tokens: Sequence[Token], mentions: Sequence[Mention], grammar: Grammar
) -> tuple[Mention, Mention | None] | None:
    """For a participle after a complement clause ("أعلن X أن Y تراجعت ...، متهما"): the main
    clause's subject (the first party named before the complementizer, with no preposition)
    and the complement's (the first party after it, with none); none when the sentence has no
    complement clause before the participle."""
    complementizer = next(
        (
            j
            for j in range(hit.start - 1, -1, -1)
            if tokens[j].norm in grammar.complementizers or tokens[j].norm in _CLAUSE_BREAKS
        ),
        None,
    )
    if complementizer is None or tokens[complementizer].norm not in grammar.complementizers:
        return None
    reporter = _reporter_before(complementizer, tokens, mentions, grammar)
    if reporter is None:
        return None
    reported = next(
        (
            m
            for m in mentions
            if not m.weak
            and _governing_prep(m, tokens, grammar) is None
            and complementizer < m.start < hit.start
        ),
        None,
    )
    return reporter, reported


def _reporter_before(
    complementizer: int, tokens: Sequence[Token], mentions: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """The subject of the clause a complementizer depends on: the sentence's first party
    before it with no preposition, within the last clause a subordinator opens ("ورحبت حماس
    ...، فيما أعلنت البحرين أن ... وأنها استدعت سفيرها": Bahrain, not Hamas)."""
    opened = max(
        (
            j
            for j in range(complementizer)
            if tokens[j].norm in _CLAUSE_OPENERS
            or (tokens[j].norm[:1] in "وف" and tokens[j].norm[1:] in _CLAUSE_OPENERS)
        ),
        default=-1,
    )
    candidates = [
        m
        for m in mentions
        if m.end <= complementizer and not m.weak and _governing_prep(m, tokens, grammar) is None
    ]
    return next((m for m in candidates if m.start > opened), candidates[0] if candidates else None)


def _main_subject(
    hit: TriggerHit,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    lo: int,
    grammar: Grammar,
) -> Mention | None:
    """The person a sentence opens with ("وأعرب شتاينماير ..."): a later clause of the same
    sentence with no subject of its own goes on with it rather than with the previous
    sentence's topic."""
    for m in mentions:
        if m.start > _MAIN_SUBJECT_START or m.end > lo:
            return None
        if not m.weak and m.actor.kind == "person" and _governing_prep(m, tokens, grammar) is None:
            return m
    return None


def _relative_antecedent(
    hit: TriggerHit,
    tokens: Sequence[Token],
    strong: Sequence[Mention],
    grammar: Grammar,
    resumptive: bool = False,
) -> Mention | None:
    """ "كيري الذي يصل إلى كوالالمبور", "Kerry, who arrived in ...": the subject of a relative
    clause is the mention the pronoun follows (with ``resumptive``, the object of a verb that
    carries an object pronoun)."""
    j = hit.start - 1
    while j >= 0 and tokens[j].norm in _SVO_GAP_WORDS | _RELATIVE_GAP_WORDS:
        j -= 1
    if j < 0 or tokens[j].norm not in RELATIVE_PRONOUNS:
        return None
    if hit.verb is not None and hit.verb.object_suffix and not resumptive:
        return None  # "الكويت التي وصلها": the antecedent is the object (ها), not the subject
    k = j - 1
    if k >= 0 and tokens[k].norm in (",", "،"):
        k -= 1
    # "الرئيس بشار الأسد رئيس الجمهورية العربية السورية الشقيقة، الذي": past the epithets
    # and the rest of a state's name that close the antecedent's title
    for _ in range(_EPITHET_REACH):
        if k >= 0 and tokens[k].norm in grammar.antecedent_epithets:
            k -= 1
    for m in strong:
        if m.end == k + 1:
            return m
    return None


_EPITHET_REACH = 3


def _unnamed_antecedent(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is the Arabic verb the subject-relative verb of a noun that names no actor ("مع وفد
    برلماني، الذي زار الصين")? With no object pronoun and no resumptive "فيه" after it, the
    antecedent is its subject, so no earlier mention and no topic is."""
    if grammar.lang != "ar" or hit.verb is None or hit.verb.object_suffix or hit.start < 2:
        return False
    if tokens[hit.start - 1].norm not in RELATIVE_PRONOUNS:
        return False
    if hit.end < len(tokens) and tokens[hit.end].norm in grammar.resumptive_preps:
        return False  # "في الوقت الذي طالب فيه": the antecedent is not the subject
    k = hit.start - 2
    if tokens[k].norm in (",", "،"):
        k -= 1
    return k >= 0 and tokens[k].is_word and not _gazetteer_word(tokens[k].norm)


def _attributive(m: Mention, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is a one-word state name a definite adjective of the noun before it ("المنشآت
    السعودية": Saudi facilities), not the state itself?"""
    if m.end - m.start != 1 or m.start == 0 or m.actor.kind != "state":
        return False
    word, before = tokens[m.start].norm, tokens[m.start - 1]
    return before.is_word and any(
        word.startswith(p) and before.norm.startswith(p) for p in grammar.definite_prefixes
    )


def _thing_relative(
    hit: TriggerHit, tokens: Sequence[Token], mentions: Sequence[Mention], grammar: Grammar
) -> bool:
    """Does a verb follow a relative pronoun whose antecedent is no actor (a noun)? Not when a
    resumptive preposition follows the verb ("في الوقت الذي التقى فيه X"): the antecedent is
    then a circumstance, and the subject comes after."""
    if hit.end < len(tokens) and tokens[hit.end].norm in grammar.resumptive_preps:
        return False
    j = hit.start - 1
    while j >= 0 and tokens[j].norm in _SVO_GAP_WORDS:
        j -= 1
    if j < 1 or tokens[j].norm not in RELATIVE_PRONOUNS or tokens[j - 1].norm in (",", "،"):
        return False
    if hit.verb is not None and hit.verb.object_suffix:
        return False  # "الكويت التي وصلها": the antecedent is the object
    return tokens[j - 1].is_word and not any(m.start <= j - 1 < m.end for m in mentions)


def _undegenerate(
    hit: TriggerHit,
    subject: list[Mention],
    target: list[Mention],
    from_topic: bool,
    topic: Mention | None,
) -> tuple[list[Mention], list[Mention], bool]:
    """A meeting whose two sides are one state ("والتقى الوزير العماني يوسف بن علوي" after a
    sentence about the Syrian minister) has a dropped subject: the topic. The first party named
    becomes the object."""
    if hit.spec.type not in ("meeting", "call", "negotiation") or topic is None or from_topic:
        return subject, target, from_topic
    if hit.spec.frame.source == "prep":
        # "وتلقى الملك اتصالا من الرئيس الأمريكي": the other side is the caller after من
        return subject, target, from_topic
    codes = {c for m in subject for c in m.codes}
    target_codes = {c for m in target for c in m.codes}
    if codes and target_codes <= codes and not (topic.codes & codes):
        return [topic], subject + target, True
    return subject, target, from_topic


# between an English relative pronoun and its verb: auxiliaries and raising phrases ("who is
# expected to travel", "who is due to arrive", "who was scheduled to visit")
_RELATIVE_GAP_WORDS = frozenset(
    {
        "will",
        "would",
        "has",
        "had",
        "have",
        "was",
        "is",
        "also",
        "expected",
        "due",
        "set",
        "scheduled",
        "slated",
        "to",
        "later",
        "been",
    }
)
_SVO_GAP_WORDS = frozenset(
    {"قد", "لقد", "فقد", "وقد", "سوف", "ايضا", "بدوره", "بدورها", "امس", "اليوم"}
)


def _adjacent_subject(
    hit: TriggerHit, tokens: Sequence[Token], strong: Sequence[Mention], grammar: Grammar
) -> list[Mention] | None:
    """Arabic subject–verb order: a mention ending right before the verb ("أن سوليفان أبلغ",
    "روسيا طرحت"), at most a particle or a time word between them."""
    for m in reversed(strong):
        if m.end > hit.start:
            continue
        gap = [t.norm for t in tokens[m.end : hit.start]]
        if len(gap) > 2 or any(g not in _SVO_GAP_WORDS for g in gap):
            return None
        if _governing_prep(m, tokens, grammar) is not None:
            return None
        group = _coordinated_backwards(m, strong, tokens, grammar)
        return _coordinated(group, strong, tokens, grammar)
    return None


def _coordinated_backwards(
    m: Mention, strong: Sequence[Mention], tokens: Sequence[Token], grammar: Grammar
) -> Mention:
    """The first mention of the coordinated group that ends with ``m`` ("X وY طرحا")."""
    group_start = m
    after_comma = m  # the first member after the last comma crossed
    crossed = False
    earlier = [x for x in strong if x.end <= m.start]
    for x in reversed(earlier):
        gap = _between_words(tokens, x.end, group_start.start)
        listed = (
            bool(gap)
            and all(
                g in grammar.coordinators or g in grammar.list_separators or g in grammar.list_gap
                for g in gap
            )
            and (
                (gap[-1] != "the" and gap[-1] not in grammar.list_gap)
                or any(g in grammar.coordinators for g in gap)
                # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
                or (grammar.lang == "en" and gap == [",", "the"] and not x.weak)
            )
        )
        if listed or (grammar.lang == "ar" and group_start.conjoined and not gap):
            if any(g in (",", "،") for g in gap) and not crossed:
                after_comma, crossed = group_start, True
            group_start = x
        else:
            break
    if (
        grammar.lang == "ar"
        and crossed
        and after_comma is not group_start
        and group_start.start > 0
        and tokens[group_start.start - 1].norm in trigger_lexicon("ar").verb_index
    ):
        # "أنها تدعم حزب الله والحوثيين، وواشنطن تدين ...": the list before the comma is the
        # object (or subject) of the verb before it; the new clause starts after the comma
        return after_comma
    return group_start


def _noun_subject(
    hit: TriggerHit,
    tokens: Sequence[Token],
    in_clause: Sequence[Mention],
    strong: Sequence[Mention],
    grammar: Grammar,
    topic: Mention | None,
) -> tuple[list[Mention], bool] | None:
    """Parties of an event noun: adjectives and genitives right after it (Arabic) or a
    possessive/adjective right before it (English)."""
    anchor_norm = tokens[hit.anchor].norm
    if grammar.lang == "ar":
        right_after = [m for m in in_clause if hit.end <= m.start <= hit.end + 1]
        if (
            right_after
            and right_after[0].weak
            and not right_after[0].place
            and _governing_prep(right_after[0], tokens, grammar) is None
        ):
            # "اتفاق أميركي روسي": adjectives name the parties
            side = [right_after[0]]
            for m in in_clause:
                if m.start == side[-1].end and m.weak and not m.place:
                    side.append(m)
            return side, False
        anchor_token = tokens[hit.anchor]
        possessive = (
            anchor_norm.endswith(_POSSESSIVE_SUFFIXES)
            and not anchor_token.ends_in_taa  # زيارة is not زيارته
            and not anchor_norm.endswith("اه")
        )
        if possessive:
            before = [
                m
                for m in strong
                if m.end <= hit.start and _governing_prep(m, tokens, grammar) is None
            ]
            if before:
                return [before[0]], False
            if topic is not None:
                return [topic], True
        for m in strong:
            if hit.end <= m.start <= hit.end + 2 and _governing_prep(m, tokens, grammar) is None:
                if _idafa_chain(tokens, hit.end, m.start, grammar):
                    return None  # "مبادرة تشكيل التحالف": the genitive of the noun after it
                if hit.spec.type in _RECIPROCAL and m.reference == "counterpart":
                    return None  # "بلقاء نظيره": his counterpart is met; "he" meets him
                if hit.spec.type in _RECIPROCAL and anchor_norm.startswith("بل"):
                    return None  # "بدأ كيري نهاره بلقاء الجبير": the verb's subject meets him
                if hit.spec.type in GENITIVE_IS_TARGET and not _lam_object_follows(
                    m, in_clause, grammar, tokens
                ):
                    return None  # the genitive is the object; the agent is the verb's subject
                return _coordinated(m, strong, tokens, grammar), False
        return None
    # English: "Russia's proposal", "the Russian proposal", "Putin's visit"
    for m in in_clause:
        if hit.anchor + 1 < m.start and m.end < hit.end and not m.place:
            return [m], False  # "the threat of U.N. sanctions": the actor inside the phrase
    for m in in_clause:
        if m.end == hit.start or (m.end == hit.start - 1 and tokens[m.end].norm in ("'s", "'")):
            return [m], False
    for m in strong:
        if hit.end <= m.start <= hit.end + 2 and tokens[m.start - 1].norm in ("by", "of"):
            return [m], False
        if hit.end <= m.start <= hit.end + 10 and tokens[m.start - 1].norm == "by":
            return [m], False  # "a planned visit to Egypt today by Secretary Kerry"
    return None


def _idafa_chain(tokens: Sequence[Token], start: int, end: int, grammar: Grammar) -> bool:
    """Is the one word between an Arabic event noun and the mention after it an indefinite
    noun ("مبادرة تشكيل التحالف": the initiative of forming the coalition)? Then the mention is
    that noun's genitive, what the event is about, not the event's agent."""
    if end - start != 1:
        return False
    word = tokens[start].norm
    return (
        word.isalpha()
        and not word.startswith("ال")
        and word not in grammar.target_preps
        and word not in grammar.source_preps
        and word not in grammar.locative_preps
        and word not in _SVO_GAP_WORDS
        and not _gazetteer_word(word)
    )


def _gazetteer_word(word: str) -> bool:
    """Does the word (or its stem before a dual or plural ending: "وزيري" from "وزير") start
    an actor, title or name form ("اجتماع وزيري الخارجية الجبير وشكري")?"""
    index = actor_index("ar")
    stems = [word, *(word[: -len(end)] for end in _NUMBER_ENDINGS if word.endswith(end))]
    return any(index.starts_form(stem) for stem in stems)


_NUMBER_ENDINGS = ("ي", "ا", "ان", "ين", "ون")


# Hostile events whose target may be named only by an adjective in the object ("condemned
# the Australian actions", "recalled the Australian ambassador").
ADJECTIVE_TARGET_TYPES = frozenset(
    {"accusation", "sanction", "rejection", "threat", "demand", "military", "protest", "coerce"}
)

# Events whose target may be given as a place: the visited country, the bombed country.
PLACE_IS_TARGET = frozenset({"visit", "military", "sanction"})

# Stances on an act named in their object: the act's agent ("the attack by X") is the target.
AGENT_IS_TARGET = frozenset({"accusation", "rejection", "support"})

# Events put to an addressee ("a proposal to Yerevan", "a demand to Moscow"): a capital after
# the addressee preposition is a government, not a place.
ADDRESSED_TYPES = frozenset({"proposal", "demand", "appeal"})

# Events whose counterpart may be named with "مع/with" anywhere in the object phrase
# ("طرحت روسيا مشروع معاهدة مع الولايات المتحدة").
WITH_IS_COUNTERPART = frozenset(
    {"proposal", "agreement", "negotiation", "meeting", "call", "cooperation", "intent"}
)


_SUBORDINATORS = frozenset(
    {"بعد", "عقب", "حيث", "اذ", "لان", "بينما", "فيما", "after", "while", "because", "whereas"}
)
SUBORDINATORS = _SUBORDINATORS  # also read by the date attachment (kg.extract.events)
# Subordinators that open a clause with a subject of its own ("..., فيما أعلنت البحرين أن")
_CLAUSE_OPENERS = frozenset({"بينما", "فيما"})


def _time_clause(tokens: Sequence[Token], start: int, grammar: Grammar) -> bool:
    """ "يلتقي X بالرئيس ... قبل أن ينتقل": a verb right after "قبل أن"/"بعد أن" with no
    subject of its own shares the main clause's subject (what stands between are objects)."""
    if start < 2 or tokens[start - 1].norm != "ان":
        return False
    word = tokens[start - 2].norm
    conjunctions = grammar.time_conjunctions
    return word in conjunctions or (word[:1] in "وف" and word[1:] in conjunctions)


def _coordinated_clause_start(
    tokens: Sequence[Token], after: int, in_clause: Sequence[Mention], grammar: Grammar
) -> int:
    """English: where ", and Lithuania declared ..." opens a new clause after ``after``: a
    comma and a coordinator before an actor with no preposition, the comma not ending an
    actor (", and Sudan" after "Egypt, Ethiopia" goes on with a list). The new clause's
    subject is not the trigger's object."""
    if grammar.lang != "en":
        return len(tokens)
    starts = {m.start for m in in_clause}
    ends = {m.end for m in in_clause}
    for j in range(after, len(tokens) - 2):
        if tokens[j].norm != "," or tokens[j + 1].norm not in grammar.coordinators or j in ends:
            continue
        k = j + 2
        while k < len(tokens) and tokens[k].norm in grammar.definite_words:
            k += 1  # ", and the Kremlin said"
        if k in starts:
            return j
    return len(tokens)


def _subordinate_start(tokens: Sequence[Token], after: int, grammar: Grammar) -> int:
    """Index of the first subordinating word after ``after`` (the end of the trigger's
    clause for target search), or the end of the sentence."""
    for j in range(after, len(tokens)):
        norm = tokens[j].norm
        if norm in _SUBORDINATORS or (norm[:1] in "وف" and norm[1:] in _SUBORDINATORS):
            if j + 1 < len(tokens) and tokens[j + 1].norm in grammar.subordinator_adverbs:
                continue  # "يتوجه بعد ذلك إلى X": "after that" is an adverb of the clause
            return j
    return len(tokens)


def _suffixed_verb_start(tokens: Sequence[Token], after: int, grammar: Grammar) -> int:
    """Index of the first Arabic verb after ``after`` that carries an object pronoun ("على
    هامش قمة تستضيفها رابطة ...", "المحادثات التي يرعاها X"): a relative clause on a noun of
    the object phrase; what follows the verb is its own subject, not the trigger's party."""
    if grammar.lang != "ar":
        return len(tokens)
    lexicon = trigger_lexicon("ar")
    for j in range(after, len(tokens)):
        readings = lexicon.verb_index.get(tokens[j].norm, ())
        if (
            readings
            and all(r.object_suffix for r in readings)
            and not lexicon.keys(tokens[j]) & grammar.noun_supports
            and not _locative_antecedent(tokens, j, grammar)
        ):
            return j  # (but "مفاوضات أجرتها مع X": a light verb's party is the noun's)
    return len(tokens)


def _relative_start(tokens: Sequence[Token], after: int, grammar: Grammar) -> int:
    """Index of the first Arabic relative pronoun from ``after`` on ("... ويليام روتو، الذي
    يواجه اتهامات أمام المحكمة"): a clause about a noun of the object phrase, whose parties
    are its own. (A relative pronoun right after an event noun, "المباحثات التي أجراها مع X",
    tells the event itself: the search starts past it; so does one on the place or occasion
    of the event, "في المؤتمر الذي عقد في الهند".)"""
    if grammar.lang != "ar":
        return len(tokens)
    for j in range(after, len(tokens)):
        if tokens[j].norm in RELATIVE_PRONOUNS and not _locative_antecedent(tokens, j, grammar):
            return j
    return len(tokens)


_ANTECEDENT_REACH = 3


def _locative_antecedent(tokens: Sequence[Token], j: int, grammar: Grammar) -> bool:
    """Is the noun phrase before the relative pronoun at ``j`` governed by a locative
    preposition ("في المؤتمر الذي"), with no comma between?"""
    for k in range(j - 1, max(-1, j - 1 - _ANTECEDENT_REACH), -1):
        norm = tokens[k].norm
        if norm in (",", "،") or norm in _CLAUSE_BREAKS:
            return False
        if norm in grammar.locative_preps:
            return True
    return False


def _reporting_tail(tokens: Sequence[Token], after: int, grammar: Grammar) -> int:
    """Index of a post-posed reporting clause (", confirmed the four presidents", ", the
    ministry said"'s verb-first form ", said X"): its people are the reporters, not the other
    party. English only; the end of the sentence when there is none."""
    if grammar.lang != "en":
        return len(tokens)
    for j in range(max(after, 1), len(tokens)):
        if tokens[j - 1].norm == "," and _reporting(tokens[j], grammar):
            return j
    return len(tokens)


def _people_noun(word: str, grammar: Grammar) -> bool:
    """Is the word (maybe behind و/ب/ل) a noun for people acting for a state ("مسؤولين"،
    "نظرائه")?"""
    forms = (word, word[1:]) if word[:1] in "وبل" else (word,)
    return any(f in grammar.actor_nouns or f in grammar.counterparts for f in forms)


def _lam_object_follows(
    m: Mention, in_clause: Sequence[Mention], grammar: Grammar, tokens: Sequence[Token]
) -> bool:
    """ "إدانة مصر للهجوم": after the genitive agent, the object takes لـ, a party or what
    was said or done ("رفض دولة الكويت القاطع لما ورد في الحكم"). Not any لـ + noun: in
    "رفض الجانبين للإرهاب" a stance would pass for an answer to a claim."""
    if any(
        x.start >= m.end and x.start - m.end <= 3 and x.proclitic.endswith("ل") for x in in_clause
    ):
        return True
    return any(t.norm in grammar.lam_objects for t in tokens[m.end : m.end + 3])


def _adjuncts(tokens: Sequence[Token], start: int, end: int, grammar: Grammar) -> int:
    """Tokens of Arabic comma-delimited place/time adjuncts between start and end ("استقبل X،
    في مكتبه ... قبل ظهر اليوم (الاثنين)، وزراء ..."): they do not push the object away."""
    if grammar.lang != "ar":
        return 0
    count, j = 0, start
    while j < end:
        if tokens[j].norm in (",", "،") and j + 1 < end:
            first = tokens[j + 1].norm
            if first in grammar.locative_preps or first[1:] in grammar.locative_preps:
                k = j + 1
                while k < end and tokens[k].norm not in (",", "،", *_CLAUSE_BREAKS):
                    k += 1
                if k < end and tokens[k].norm in (",", "،"):
                    count += k - j
                    j = k
                    continue
        j += 1
    return count


_ADDRESSEE_GAP = 4  # "put forward [a new peace plan] to": the object between verb and "to"


def _addressed(hit: TriggerHit, m: Mention, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """ "proposal to Yerevan", "put forward a new plan to Quito": ``m`` right after an addressee
    preposition that follows the trigger across at most a short object, with no infinitive in
    between ("offered to travel to Abuja" is a destination)."""
    if m.start < 1 or tokens[m.start - 1].norm not in grammar.addressee_preps:
        return False
    gap = tokens[hit.end : m.start - 1]
    return len(gap) <= _ADDRESSEE_GAP and not any(
        t.norm in grammar.infinitive_markers or t.norm in grammar.addressee_preps or not t.is_word
        for t in gap
    )


def _holder_of_places(
    m: Mention, prep: str | None, tokens: Sequence[Token], grammar: Grammar, preps: set[str]
) -> bool:
    """ "على مواقع لجماعة الحوثي"، "على مقرات الجيش": the owner of places (held_places) that
    stand after one of the event's target prepositions."""
    if prep not in (None, "ل") or m.start < 2:
        return False
    place, before = tokens[m.start - 1].norm, tokens[m.start - 2].norm
    return place in grammar.held_places and before in preps


def _rival_at_home(m: Mention, subject: Sequence[Mention]) -> bool:
    """ "واتهمت قوات الدعم السريع الجيش": a group and the state it fights in share a country
    code, yet the state is another party, not the subject again."""
    return bool(subject) and all(
        s.actor.kind == "group" and s.actor.code != m.actor.code for s in subject
    )  # (the same check on actors: events._rival_at_home)


_CLAIM_REACH = (
    4  # tokens from a rejection to the claim noun it takes ("rejected the repeated calls")
)


def _claim_owner(
    hit: TriggerHit, tokens: Sequence[Token], in_clause: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """ "rejected calls from Canberra", "dismissed the accusations by Beijing": the party right
    after an owner preposition that follows the rejected claim noun made the claim. A capital
    counts (it speaks for its government), as it does for an addressee."""
    nouns = grammar.anaphoric_objects | grammar.claim_nouns
    for k in range(hit.start + 1, min(hit.end + _CLAIM_REACH, len(tokens) - 2)):
        word = tokens[k].norm
        if not tokens[k].is_word:
            return None  # the clause ends before any claim
        if word not in nouns or tokens[k + 1].norm not in grammar.claim_owner_preps:
            continue
        after = k + 2  # "from the United States", "from his British counterpart"
        while after < len(tokens) - 1 and (
            tokens[after].norm in grammar.definite_words
            or tokens[after].norm in grammar.possessive_determiners
        ):
            after += 1
        return next((m for m in in_clause if m.start == after), None)
    return None


def _relative_rejected(
    hit: TriggerHit,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    grammar: Grammar,
    subject: Sequence[Mention],
) -> Mention | None:
    """ "أخطرت إثيوبيا مصر ببدء الملء، وهو ما رفضته القاهرة", "X issued a statement calling on
    Y to ..., which Lima rejected": a rejection of "what" the clause before told answers the
    subject of that clause."""
    if grammar.lang == "en":
        return _which_rejected(hit, tokens, mentions, grammar, subject)
    if (
        hit.spec.type != "rejection"
        or hit.start < 2
        or tokens[hit.start - 1].norm != "ما"
        or tokens[hit.start - 2].norm not in grammar.relative_ma_heads
    ):
        return None
    own = {c for m in subject for c in m.codes}
    doer = _reporter_before(hit.start - 2, tokens, mentions, grammar)
    return doer if doer is not None and not (doer.codes & own) else None


def _which_rejected(
    hit: TriggerHit,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    grammar: Grammar,
    subject: Sequence[Mention],
) -> Mention | None:
    """ ", which Lima rejected as interference": the English relative pronoun right before the
    rejecter, after a comma; the main clause's subject (no dateline) made what is rejected."""
    if hit.spec.type != "rejection" or not subject:
        return None
    first = min(subject, key=lambda m: m.start)
    if (
        first.start < 2
        or first.end != hit.start
        or tokens[first.start - 1].norm not in grammar.relative_pronouns
        or tokens[first.start - 2].norm != ","
    ):
        return None
    own = {c for m in subject for c in m.codes}
    doer = next(
        (
            m
            for m in mentions
            if m.end <= first.start - 2
            and not m.weak
            and not _dateline(m, tokens)
            and _governing_prep(m, tokens, grammar) is None
        ),
        None,
    )
    return doer if doer is not None and not (doer.codes & own) else None


def _sanctions_owner(
    hit: TriggerHit,
    m: Mention,
    prep: str | None,
    in_clause: Sequence[Mention],
    stop: int,
    tokens: Sequence[Token],
    grammar: Grammar,
) -> bool:
    """ "إعادة فرض عقوبات الأمم المتحدة على إيران": an organisation in the genitive of the
    sanctions, with a party after "على" later in the clause, is whose sanctions they are; the
    party after "على" is the one sanctioned."""
    if (
        grammar.lang != "ar"
        or hit.spec.type != "sanction"
        or prep is not None
        or m.actor.kind not in ("igo", "org")
    ):
        return False
    return any(
        m.start < n.start < stop and _governing_prep(n, tokens, grammar) in ("علي", "ضد")
        for n in in_clause
    )


def _target(
    hit: TriggerHit,
    tokens: Sequence[Token],
    in_clause: Sequence[Mention],
    grammar: Grammar,
    after: int,
    subject: Sequence[Mention],
) -> list[Mention]:
    frame = hit.spec.frame
    preps = set(frame.target_preps) | (
        set(grammar.target_preps) if not frame.target_preps else set()
    )
    if hit.spec.type in WITH_IS_COUNTERPART:
        preps |= {"مع", "with", "between", "بين"}
    used = {id(m) for m in subject}
    subject_codes = {c for m in subject for c in m.codes}
    weak_fallback: Mention | None = None
    if hit.spec.type == "rejection":
        owner = _claim_owner(hit, tokens, in_clause, grammar)
        if owner is not None and id(owner) not in used and not (owner.codes <= subject_codes):
            return _coordinated(owner, in_clause, tokens, grammar)
    # where the object stands: after the verb, or after a subject that follows it (VSO)
    object_start = max([hit.end, *(m.end for m in subject if m.start >= hit.end)])
    stop = min(
        _subordinate_start(tokens, after, grammar),
        _reporting_tail(tokens, after, grammar),
        _suffixed_verb_start(tokens, max(after, hit.end), grammar),
        _relative_start(tokens, max(after, hit.end + 1), grammar),
        _coordinated_clause_start(tokens, max(after, hit.end), in_clause, grammar),
    )
    if hit.spec.type in AGENT_IS_TARGET:
        # "condemned the attack by Israel on Lebanon", "welcomed the offer by Qatar": the doer
        # of the act named in the object is whom the stance is about
        for m in in_clause:
            if m.start < after or id(m) in used or m.weak or m.codes <= subject_codes:
                continue
            if m.start - after > _TARGET_REACH:
                break
            if m.start < stop and _governing_prep(m, tokens, grammar) in grammar.agent_preps:
                return _coordinated(m, in_clause, tokens, grammar)
            if (
                grammar.lang == "ar"
                and m.start - 2 == stop
                and tokens[stop].norm in RELATIVE_PRONOUNS
                and tokens[stop + 1].is_word
                and not m.prepositional
            ):
                # "أدانت مصر الهجوم الذي شنته إسرائيل على لبنان": the subject of the relative
                # verb right after the object did the act
                return _coordinated(m, in_clause, tokens, grammar)
    if hit.spec.type == "visit":
        # "زيارة لرئيس أوروبي إلى إيران": the إلى-phrase is the destination
        for m in in_clause:
            if not (after <= m.start < stop) or id(m) in used:
                continue
            prep = _governing_prep(m, tokens, grammar)
            if prep in ("الي", "to"):
                return _coordinated(m, in_clause, tokens, grammar)
            if prep is None and m.actor.kind == "state" and not m.weak:
                break  # "وصل المعلم مسقط قادما من طهران ...": the object is the destination
    for m in in_clause:
        if m.start < after or id(m) in used:
            continue
        if m.start - after - _adjuncts(tokens, after, m.start, grammar) > _TARGET_REACH and not (
            # "spoke on the phone on Wednesday in the province of X with Y": the partner of a
            # joint event may come late
            m.start - after <= _WITH_REACH
            and hit.spec.type in WITH_IS_COUNTERPART
            and _governing_prep(m, tokens, grammar) in ("with", "مع")
        ):
            continue
        if m.start >= stop:
            break  # the next clause ("بعد توصل إيران ومجموعة 5+1 ...") has its own parties
        if (
            hit.spec.type == "visit"
            and m.actor.kind == "person"
            and _governing_prep(m, tokens, grammar) == "ل"
        ):
            continue  # "زيارة لرئيس": a visit BY him
        if hit.spec.type == "visit" and m.reference == "counterpart":
            continue  # "يزور الخليج لطمأنة نظرائه": counterparts are met, not visited
        if m.codes and m.codes <= subject_codes and not m.weak and not _rival_at_home(m, subject):
            continue  # the subject again ("محمود عباس "أبو مازن""), not the other party
        if m.place and hit.spec.type in ADDRESSED_TYPES and _addressed(hit, m, tokens, grammar):
            # "submitted a peace proposal to Yerevan", "put forward a plan to Quito": a capital
            # after the proposal's "to" is whom it is put to (its government), not where it goes
            return _coordinated(m, in_clause, tokens, grammar)
        if (
            m.place
            and hit.spec.type == "rejection"
            and any(tokens[j].norm in grammar.trip_nouns for j in range(hit.start, hit.end))
            and _governing_prep(m, tokens, grammar) in grammar.destination_words
        ):
            # "cancelled a planned visit to Washington": the trip's host is who is snubbed
            return _coordinated(m, in_clause, tokens, grammar)
        if (
            m.place
            and weak_fallback is not None
            and not (weak_fallback.codes <= subject_codes)
            and m.start > 0
            and tokens[m.start - 1].norm in grammar.vicinity_preps
        ):
            # "attacked a Turkish ship off Misrata", "shelled Syrian positions near Afrin": the
            # object's own demonym says whom; the place after it only where
            return [weak_fallback]
        if m.weak and not (m.place and hit.spec.type in PLACE_IS_TARGET):
            if (
                grammar.lang == "ar"
                and not m.place
                and hit.spec.type in ADJECTIVE_TARGET_TYPES
                and m.start == object_start + 1
                and tokens[object_start].is_word
                and tokens[object_start].norm[:2] == "ال"
                and _governing_prep(m, tokens, grammar) is None
                and not (m.codes <= subject_codes)
            ):
                return [m]  # "وهاجم الدور الأوروبي في ...": the object's own nisba adjective
            if weak_fallback is None and not m.place and hit.spec.type in ADJECTIVE_TARGET_TYPES:
                weak_fallback = m  # "condemned the Australian actions"
            continue  # a bare demonym is a modifier; a city is where, not whom (but visits)
        prep = _governing_prep(m, tokens, grammar)
        if (
            prep is not None
            and hit.spec.type in _RECIPROCAL
            and hit.start > 0
            and m.start >= hit.end
            and tokens[hit.start - 1].norm == prep
        ):
            # "is expected to meet OAS Secretary General X": "to" is the verb's (meetings, calls
            # and talks only: "lined up to condemn the raid" keeps its old reading)
            prep = None
        if (
            prep is None
            and grammar.lang == "ar"
            and hit.spec.type in _RECIPROCAL
            and m.start > 1
            and tokens[m.start - 1].norm in grammar.locative_preps
            and not _people_noun(tokens[m.start - 2].norm, grammar)
        ):
            # "مباحثات تتطرق إلى الأوضاع في اليمن": where, not with whom (but "التقى
            # بمسؤولين في السعودية": the officials there)
            continue
        if _holder_of_places(m, prep, tokens, grammar, preps):
            return _coordinated(m, in_clause, tokens, grammar)
        if _sanctions_owner(hit, m, prep, in_clause, stop, tokens, grammar):
            continue  # "فرض عقوبات الأمم المتحدة على إيران": whose sanctions, not on whom
        # with "source: object" ("X received Y", "X hosted Y") the object is found here too
        as_object = frame.object_is_target or frame.source == "object"
        if (prep is None and as_object) or (prep is not None and prep in preps):
            side = _coordinated(m, in_clause, tokens, grammar)
            return [x for x in side if id(x) not in used]
    if weak_fallback is not None and not (weak_fallback.codes <= subject_codes):
        return [weak_fallback]
    return []
