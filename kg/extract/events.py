"""Documents to events: triggers, roles, time and modality assembled into Event records, and
several mentions of one event in an article merged into one record."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from kg.extract.anaphors import group_statements, org_anaphors, organ_mentions, state_anaphors
from kg.extract.dates import (
    TimeMention,
    find_time_mentions,
    grammar,
    load_time_lexicon,
    resolve_time,
)
from kg.extract.drafts import JOINT_TYPES, Draft, actor_codes
from kg.extract.grammar import Grammar, any_language, load_grammar
from kg.extract.mentions import Mention, MentionFinder
from kg.extract.merging import group_time, lead_end, merge_drafts, news_peg, told_on_peg
from kg.extract.modality import ModalityReading, _without_conjunction, read_modality
from kg.extract.roles import (
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Roles,
    apposed_before,
    assign_roles,
)
from kg.extract.triggers import TriggerHit, trigger_lexicon
from kg.ontology import load_ontology
from kg.records import UNKNOWN_TIME, ActorRef, Event, Evidence, PlaceRef, TimeSpan
from kg.resources.actors import load_gazetteer
from kg.text.document import Document, Sentence
from kg.text.normalize import fold_key
from kg.text.tokens import Token

_DATELINE_SENTENCES = 3  # the headline, a date line, the lead
_DATELINE_REACH = 8  # "SEOUL, Feb. 6 (Yonhap) —"
_ACT_REACH = 5  # "أدانت دولة الكويت بشدة الهجوم": the subject and an adverb before the object
# Types whose events need somebody on the other side to be worth reporting.
_NEEDS_TARGET = frozenset(
    {
        "call",
        "visit",
        "meeting",
        "negotiation",
        "threat",
        "demand",
        "accusation",
        "sanction",
        "rejection",
        "agreement",
        "military",
    }
)


@dataclass(frozen=True, slots=True)
class _Claim:
    """An accusation, demand, proposal ... that a later rejection may answer."""

    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    confident: bool  # confident enough to be answered by "rejected the claim" alone
    word: str  # the trigger word as written: "the allegations" takes up "allegations"


def _claims(drafts: Sequence[Draft], tokens: Sequence[Token]) -> list[_Claim]:
    return [
        _Claim(d.source, d.target, d.confidence >= _CLAIM_CONFIDENCE, tokens[d.hit.anchor].norm)
        for d in drafts
        if d.hit.spec.type in _CLAIM_TYPES and d.source
    ]


@dataclass
class _Context:
    """What the extractor remembers while reading an article."""

    topic: Mention | None = None
    people: dict[str, Mention] | None = None  # family name -> earlier mention (coreference)
    pair: tuple[ActorRef, ActorRef] | None = None  # the last two parties ("the two sides")
    # the last two states ("the two governments", after an AU chief phoned one of them)
    state_pair: tuple[ActorRef, ActorRef] | None = None
    group: tuple[ActorRef, ...] | None = None  # the last list of 3+ states ("the four countries")
    roles: dict[str, str | None] | None = None  # role -> the one code that held it so far
    # title word -> the one code of the people named with it so far ("السلطان هيثم" ... "جلالة
    # السلطان"): finer than the role, which a sultan shares with a president
    titles: dict[str, str | None] = field(default_factory=dict)
    # honorific pronoun ("سموه") -> the last person named with its honorific ("صاحب السمو")
    honoured: dict[str, Mention] = field(default_factory=dict)
    dateline: ActorRef | None = None  # "ISTANBUL (AP) —": the country the news is told from
    # accusations, demands, proposals ... told so far: what "denied the accusation" answers
    claims: list[_Claim] = field(default_factory=list)
    # attacks and trips told so far, with who did them: what "condemned the strikes" or
    # "criticised the trip" is about
    acts: list[tuple[str, tuple[ActorRef, ...]]] = field(default_factory=list)
    # event type -> the target of the last event of that type told so far: whom "London was
    # also imposing sanctions" sanctions
    targets: dict[str, tuple[ActorRef, ...]] = field(default_factory=dict)
    # the doer and the day of the previous sentence's first dated event: what "He offered ..."
    # right after "Moon had called on Monday for ..." happened on
    last_day: tuple[frozenset[str], TimeSpan] | None = None
    # sanctions, attacks, accusations and demands told so far (type, doer, target): whom a
    # retaliation threatened later in the article is against
    hostile: list[tuple[str, tuple[ActorRef, ...], tuple[ActorRef, ...]]] = field(
        default_factory=list
    )


class EventExtractor:
    """Extracts events from documents of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.mentions = MentionFinder(lang)
        self.triggers = trigger_lexicon(lang)
        self.grammar: Grammar = load_grammar(lang)
        self.ontology = load_ontology()
        self._ruling_starts: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.grammar.ruling_bodies:
            self._ruling_starts.setdefault(phrase[0], []).append(phrase)

    def extract(self, doc: Document) -> list[Event]:
        published = doc.article.published
        # each sentence's mentions, found once: the dateline reads the first ones too
        found = [self.mentions.find(s.tokens, published) for s in doc.sentences]
        if self.grammar.organ_heads:
            found = organ_mentions(doc.sentences, found, self.grammar)
        if self.grammar.org_anaphors:
            found = org_anaphors(doc.sentences, found, self.grammar, self.lang)
        if self.grammar.state_anaphors:
            found = state_anaphors(doc.sentences, found, self.grammar)
        if self.grammar.group_statements:
            found = group_statements(doc.sentences, found, self.grammar)
        if self.grammar.ruling_bodies:
            found = self._ruling_bodies(doc.sentences, found)
        context = _Context(people={}, roles={}, dateline=self._dateline(doc, found))
        drafts: list[Draft] = []
        for sentence, mentions in zip(doc.sentences, found, strict=True):
            drafts.extend(self._sentence(doc, sentence, published, context, mentions))
            if self.grammar.follow_suit.phrases:
                drafts.extend(self._followers(sentence, mentions, drafts))
        merged = merge_drafts(drafts)
        peg = news_peg(drafts, lead_end(doc.sentences))
        return [self._record(doc, group, peg) for group in merged]

    # -- one sentence ------------------------------------------------------------------------

    def _sentence(
        self,
        doc: Document,
        sentence: Sentence,
        published: date | None,
        context: _Context,
        found: list[Mention],
    ) -> list[Draft]:
        tokens = sentence.tokens
        hits = _supported_nouns(
            _specified(self.triggers.find(tokens), tokens), tokens, self.grammar
        )
        mentions = self._corefer(found, tokens, context)
        # "بنظيره التركي هاكان فيدان": a word of a listed person's name is no trigger, whatever
        # verb it looks like (a name guessed after a title, "ونظيره المغربي توجت", may be one)
        names = {
            i
            for m in found
            if m.actor.kind == "person"
            and m.actor.id != "unknown"
            and not m.actor.id.startswith(f"person:{m.actor.code}:")
            for i in range(m.start + 1, m.end)
        }
        hits = [h for h in hits if h.anchor not in names]
        hits = self._echoed_calls(hits, tokens)
        if not hits:
            self._update_topic(mentions, context, tokens=tokens)
            context.last_day = None
            return []
        covered = {i for m in mentions for i in range(m.start, m.end)}
        # a date inside a name ("March 23 Movement", "قوى 8 آذار") is not a date
        times = [(i, t) for i, t in self._times(doc, sentence) if i not in covered]
        times, joined = self._joined_days(doc, sentence, times)
        # "أعلنت مملكة البحرين اليوم قطع ...": the subject named right after a light verb
        subjects = frozenset(
            i
            for m in mentions
            if m.start > 0 and self.triggers.keys(tokens[m.start - 1]) & self.grammar.noun_supports
            for i in range(m.start, m.end)
        )
        readings = {id(h): read_modality(h, tokens, self.grammar) for h in hits}
        words = [t.norm for t in tokens]
        parties = [m for m in mentions if not _mediator(m, words, self.grammar)]
        # complements ("threatened to impose sanctions") are no events and do not own dates
        joins = self.grammar.coordinators
        complements = {id(h) for h in hits if _governing_hit(h, hits, tokens, joins) is not None}
        drafts: list[Draft] = []
        previous: tuple[TriggerHit, Sequence[Mention]] | None = None
        previous_object: Sequence[Mention] = ()  # the last verb's object, for "واتهمها"
        told: dict[str, tuple[int, tuple[ActorRef, ...], tuple[ActorRef, ...]]] = {}
        hosted_told: set[str] = set()
        dyads: dict[str, tuple[int, tuple[ActorRef, ...], tuple[ActorRef, ...]]] = {}
        for hit in hits:
            reading = readings[id(hit)]
            if reading.modality == "negated":
                continue
            if (
                self.lang == "ar"
                and any(kind == hit.spec.type for kind, _ in context.acts)
                and _judged(hit, hits, tokens)
            ):
                continue  # "ورحب المبعوث بالزيارة": the visit told before, welcomed
            if id(hit) in complements:
                # "threatened to impose sanctions", "هدد بفرض عقوبات", "called for talks": the
                # sanctions and the talks are what is threatened or asked, not events
                continue
            roles = assign_roles(
                hit, tokens, parties, self.grammar, context.topic, previous, previous_object
            )
            roles = self._occasion_roles(hit, roles, tokens, context.topic)
            roles = _pair_roles(hit, roles, tokens, parties)
            if roles.source and hit.spec.type != "statement":
                previous = (hit, roles.source)
            if roles.target and hit.verb is not None and hit.spec.type != "statement":
                previous_object = roles.target
            source, target = _sides(hit, roles)
            if hit.spec.type == "meeting" and hit.verb is not None and target:
                target = self._hosted_partners(hit, hits, tokens, parties, context, source, target)
            speaker = _quoted_speaker(hit, tokens, parties) if self.lang == "en" else None
            if speaker is not None:
                # '"We will retaliate," spokeswoman Maria Zakharova told reporters': the first
                # person of a quote is its speaker, named after it
                source = (speaker.actor,)
                target = tuple(a for a in target if not a.codes & speaker.actor.codes)
            thanked = _thanked_for(hit, tokens, parties, self.grammar)
            if thanked is not None:
                source, target = thanked
            dateline = context.dateline
            if (
                hit.spec.type == "visit"
                and not target
                and _to_dateline(hit, tokens, source, dateline, self.grammar)
            ):
                # "ISTANBUL (AP) — ... Mitsotakis kicked off his visit by ...": a visit with no
                # destination named is to where the article is filed from
                target = (dateline,) if dateline is not None else ()
            hit = _self_inclusive(hit, source, tokens, mentions, self.grammar)
            hosted = _hosting(hit, source, target)
            if hosted is not hit:
                hit, source, target = hosted, target, source  # the guest visits the host
            echoed = told.get(hit.spec.type)
            own = any(0 <= m.start - hit.end <= _OWN_REACH for m in roles.target)
            if hit.is_noun and echoed and 0 < hit.start - echoed[0] <= _ECHO_REACH and not own:
                # "وصل X إلى كينيا، في زيارة ...": the noun tells the verb's event again (but
                # "في جولة تشمل أيضا قطر" names its own other party)
                source, target = echoed[1], echoed[2]
            elif not hit.is_noun and source and target:
                told[hit.spec.type] = (hit.end, source, target)
                if hit.spec.frame.source == "object":
                    hosted_told.add(hit.spec.type)  # told guest first: the host is named first
                else:
                    hosted_told.discard(hit.spec.type)
            if hit.spec.type in JOINT_TYPES and source and not target:
                # "يزور القاهرة ... تم خلال الزيارة الاتفاق على ...": agreed between the visit's
                # parties; "جلسة مباحثات بين X وY توجت باتفاق": between the talks' parties
                own_codes = actor_codes(source)
                for kind in _DYAD_TYPES:
                    pair = told.get(kind)
                    if pair is None and hit.spec.type == "agreement":
                        pair = dyads.get(kind)
                    if pair and own_codes <= actor_codes(pair[1]) | actor_codes(pair[2]):
                        source, target = pair[1], pair[2]
                        if kind in hosted_told and pair is told.get(kind):
                            # "X received Y ..., where the two signed": in the order named
                            source, target = target, source
                        break
            claim_word = (
                _anaphoric_object(hit, tokens, self.grammar)
                if hit.spec.type == "rejection" and source and not target
                else None
            )
            if (
                hit.spec.type == "rejection"
                and source
                and not target
                and (
                    claim_word is not None
                    or self.triggers.keys(tokens[hit.anchor]) & self.grammar.denial_verbs
                )
            ):
                # "Venezuela rejected the accusation", "ونفت الخارجية القطرية هذه الاتهامات",
                # "Belarus denied engineering the crisis": rejected is the claim made before,
                # so its maker is the target
                target = _claimant(source, _claims(drafts, tokens), context.claims, claim_word)
                # a bare denial that answers a claim told before has no other reading
                answers_claim = bool(target)
            else:
                answers_claim = False
            if hit.spec.type == "accusation" and source:
                # "Iran also condemned the strikes", "criticised the trip to Moscow": the act
                # told before is condemned, so whoever did it is the target; a party named in
                # the next clause is not ("أدانت إيران الضربات، واعتبرها ... انتهاكا لسيادة
                # اليمن"), one in the act's own phrase is ("attacks from Hamas")
                act = _object_act(hit, hits)
                if act is not None and not _named_in_clause(act, roles.target, tokens):
                    target = _actor_of(act, source, drafts, context.acts) or target
                word = _anaphoric_object(hit, tokens, self.grammar) if not target else None
                if word is not None:
                    # "called the expulsion unfounded", "criticised the remarks": the claim or
                    # measure told before is criticised, so whoever made it is the target
                    target = _claimant(source, _claims(drafts, tokens), context.claims, word)
            clause = False
            clause_time: TimeSpan | None = None
            if drafts and self._participle_clause(hit, tokens):
                # "X cut ties with Y on June 5, accusing it of ...", "X expelled two Somali
                # diplomats, accusing them of ...": the participle's doer is the main clause's
                # subject and its pronoun the main clause's other side, even when the nearest
                # actor before it (the diplomats) was read as its doer; the participle asserts
                # the act, as a finite verb would (also with a named object: "X widened
                # sanctions against Y, accusing President Z of ...")
                main = drafts[-1]
                main_sides = actor_codes(main.source) | actor_codes(main.target)
                pronoun = tokens[hit.anchor + 1].norm in self.grammar.participle_objects
                if pronoun and main.source and main.target and actor_codes(source) <= main_sides:
                    source, target, clause = main.source, main.target, True
                    clause_time = main.time
                elif (
                    source
                    and actor_codes(source) == actor_codes(main.source)
                    and any(
                        0 < m.start - hit.anchor <= _PARTICIPLE_OBJECT_REACH for m in roles.target
                    )
                ):
                    clause = True  # its object named right after it, not "drawing a reaction"
                    clause_time = main.time
            if (
                source
                and not target
                and drafts
                and self._joined_to_talks(hit, drafts[-1], tokens)
                and actor_codes(drafts[-1].source) == actor_codes(source)
            ):
                # "X phoned Y on Monday and offered Colombia's help", "X met Y and urged him
                # to ...": what is said in the call or the meeting is said to its partner
                target = drafts[-1].target
            if hit.spec.type == "threat" and drafts:
                warner = _warns_of_itself(hit, roles.target, drafts, tokens, self.grammar)
                if warner is not None:
                    # "X demanded an apology from Y, warning that Spain would adopt all
                    # measures": the state named after "that" is the warner's own
                    source, target = warner.source, ()
                    if self._participle_clause(hit, tokens):
                        clause, clause_time = True, warner.time
            if hit.spec.type == "threat" and source and not target:
                # "said Armenian forces had shelled its positions, and warned that Baku would
                # respond": the retaliation threatened is against the attacker; "said the EU's
                # accusations were absurd and warned that Minsk would respond": against the
                # accuser named in the same sentence; "demanded an apology from Y and warned it
                # would respond": against whom the warner's own demand was made
                target = (
                    _earlier_doer("military", source, drafts)
                    or _earlier_doer("accusation", source, drafts)
                    or _own_earlier_target(source, drafts)
                    or _conditioned(hit, source, parties, tokens, self.grammar)
                    or (
                        # (told by an English verb: "it would retaliate"; not a noun's
                        # "stern warning", whose doer is less sure)
                        _last_hostile(source, context.hostile)
                        if self.lang == "en" and not hit.is_noun
                        else ()
                    )
                )
            if source and not target and _further(hit, roles.source, tokens, self.grammar):
                # "Washington announced sanctions on Russian firms ... London was also imposing
                # sanctions": one more event of the same kind against the same target
                earlier = next(
                    (d.target for d in reversed(drafts) if d.hit.spec.type == hit.spec.type),
                    context.targets.get(hit.spec.type, ()),
                )
                if earlier and not actor_codes(earlier) & actor_codes(source):
                    target = earlier
            if source and target and hit.spec.type in _TALKS:
                dyads.setdefault(hit.spec.type, (hit.end, source, target))
            others = [
                h.anchor
                for h in hits
                if (
                    h.spec.type not in ("statement", hit.spec.type)
                    # "زيارة الجبير ... لزيارة الملك في الخريف": another noun of the same type
                    # is another event, and the time after it is its own
                    or (h.spec.type == hit.spec.type and h.is_noun and hit.is_noun)
                )
                and id(h) not in complements
                and not (hit.is_noun and self._light_verb(tokens[h.anchor]))
            ]
            owners = [h for h in hits if id(h) not in complements]
            # "invited Xi to pay a visit to India this year": the year is the visit's
            own_times = [
                (i, m)
                for i, m in times
                if m.kind not in _COMPLEMENT_TIME_KINDS
                or not any(
                    hit.anchor < h.anchor < i
                    for h in hits
                    if id(h) in complements and _governing_hit(h, hits, tokens, joins) is hit
                )
            ]
            time = self._time_for(
                hit, own_times, published, others, owners, readings, tokens, joined
            )
            time = _nth_day_of(hit, tokens, time, self.lang)
            time = self._lasting(hit, time, times, tokens)
            carried = context.last_day
            if (
                time.precision == "unknown"
                and carried is not None
                and source
                and actor_codes(source) == carried[0]
                and tokens[0].norm in self.grammar.subject_pronouns
                and _pronoun_subject(hit, tokens, self.grammar)
            ):
                # "Moon had called on Monday for ... He offered to work with ...": the speaker
                # goes on, on the same day
                time = carried[1]
            if clause_time is not None and clause_time.precision != "unknown":
                # ", accusing them of rigging the Aug. 9 election": the participle happens with
                # the main verb; a date inside its object is the object's
                time = clause_time
            supported = clause or _noun_supported(hit, tokens, self.grammar, subjects)
            confidence = _confidence(
                hit,
                roles,
                source,
                target,
                time,
                supported,
                reading.modality,
                condemned_act=not target and _condemns_an_act(hit, hits),
                answers_claim=answers_claim,
                said_subject=_pronoun_subject(hit, tokens, self.grammar),
                topic_only=_compound(hit, tokens, self.grammar)
                or (hit.is_noun and _located(roles.target, tokens, self.grammar)),
            )
            places = _event_places(hit, tokens, mentions)
            stops = [(target, time)]
            for stop, stop_time in self._next_stops(hit, hits, target, tokens, mentions, times):
                # "and to Kyiv on July 2": a stop dated on its own is dated so, in the tense
                # of the trip
                tense = reading.tense if reading.tense in ("past", "future") else "unknown"
                stops.append(
                    (stop, time if stop_time is None else resolve_time(stop_time, published, tense))
                )
            for side, (stop, stop_day) in ((v, t) for v in _visitors(hit, source) for t in stops):
                for day in self._listed_days(stop_day):
                    drafts.append(
                        Draft(
                            hit=hit,
                            sentence=sentence,
                            source=side,
                            target=stop,
                            time=day,
                            modality=reading.modality,
                            confidence=confidence,
                            supported=supported,
                            places=places,
                            explicit=not roles.source_from_topic,
                        )
                    )
        context.pair = _dyad(drafts) or context.pair
        context.state_pair = _dyad(drafts, self._is_state) or context.state_pair
        context.group = _listed_group(drafts) or context.group
        context.claims.extend(_claims(drafts, tokens))
        context.hostile.extend(
            (d.hit.spec.type, d.source, d.target)
            for d in drafts
            if d.hit.spec.type in _HOSTILE_TYPES
            and d.source
            and d.target
            and d.confidence >= _CLAIM_CONFIDENCE
        )
        dated = next((d for d in drafts if d.source and d.time.precision == "day"), None)
        context.last_day = (actor_codes(dated.source), dated.time) if dated else None
        for d in drafts:
            if d.target and d.hit.spec.type in _REPEATABLE_TYPES:
                context.targets[d.hit.spec.type] = d.target
        context.acts.extend(
            (d.hit.spec.type, d.source)
            for d in drafts
            if d.hit.spec.type in _ACT_TYPES and d.source and d.confidence >= _CLAIM_CONFIDENCE
        )
        first_subject = next((d for d in drafts if d.hit.spec.type == "statement"), None)
        self._update_topic(mentions, context, drafts[0] if drafts else first_subject, tokens=tokens)
        return drafts

    def _next_stops(
        self,
        hit: TriggerHit,
        hits: Sequence[TriggerHit],
        target: tuple[ActorRef, ...],
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        times: Sequence[tuple[int, TimeMention]] = (),
    ) -> list[tuple[tuple[ActorRef, ...], TimeMention | None]]:
        """ "استهلها بمصر لإجراء محادثات ...، ثم قطر": a state right after "ثم" (then), later
        in the sentence of a visit with a destination and before any other visit trigger, is
        the tour's next stop: a visit of its own by the same visitor. So is a state or capital
        after a destination word that follows a coordinator ("travelled to Moscow for talks
        with Putin, and to Kyiv on July 2"), with the time right after it as its own."""
        grammar = self.grammar
        if hit.spec.type != "visit" or not target or not grammar.sequence_words:
            return []
        later = [h.start for h in hits if h.spec.type == "visit" and h.start >= hit.end]
        bound = min(later, default=len(tokens))
        told = actor_codes(target)
        stops: list[tuple[tuple[ActorRef, ...], TimeMention | None]] = []
        for m in mentions:
            if not hit.end < m.start < bound or m.actor.kind != "state" or m.codes <= told:
                continue
            before = tokens[m.start - 1].norm
            gapped = (
                m.start > 1
                and before in grammar.destination_words
                and (
                    tokens[m.start - 2].norm in grammar.sequence_words
                    or tokens[m.start - 2].norm in grammar.coordinators
                )
            )
            if gapped and not m.place and m.weak:
                continue  # a bare demonym
            if not gapped and (m.weak or before not in grammar.sequence_words):
                continue
            own = next(
                (
                    t
                    for i, t in times
                    if m.end <= i <= m.end + _STOP_TIME_REACH and t.kind != "duration"
                ),
                None,
            )
            stops.append(((m.actor,), own if gapped else None))
            told = told | m.codes
        return stops

    def _lasting(
        self,
        hit: TriggerHit,
        time: TimeSpan,
        times: Sequence[tuple[int, TimeMention]],
        tokens: Sequence[Token],
    ) -> TimeSpan:
        """ "بزيارة إلى الجزائر تستغرق يومين ابتداء من غد": a day count told after the event
        (after a span word) makes its one day the first of a range."""
        if time.precision != "day" or time.start is None or time.end not in (None, time.start):
            return time
        for i, m in times:
            if m.kind != "duration" or m.unit != "day" or m.offset is not None:
                continue
            if not (m.amount and 2 <= m.amount <= _MAX_SPAN_DAYS):
                continue
            if not hit.end <= i <= hit.end + _SPAN_REACH:
                continue
            if any(t.norm in self.grammar.span_words for t in tokens[max(hit.end, i - 2) : i]):
                last = time.start + timedelta(days=m.amount - 1)
                return TimeSpan(time.start, last, "range", f"{time.text}, {m.text}")
        return time

    def _dateline(self, doc: Document, found: list[list[Mention]]) -> ActorRef | None:
        """The place a wire article is filed from: a city or country opening one of the first
        sentences (``found``: the mentions of each) and set off by a dash or colon ("BEIJING -",
        "MANILA, Philippines (AP) —", "Dubai:")."""
        for sentence, mentions in zip(doc.sentences[:_DATELINE_SENTENCES], found, strict=False):
            tokens = sentence.tokens
            first = next((m for m in mentions if m.start == 0), None)
            if first is None or first.end >= len(tokens):
                continue
            if not first.place and not (
                # "الكويت - 12 - 9 (كونا) --": an Arabic dateline may name a city-state
                self.lang == "ar"
                and first.actor.kind == "state"
                and tokens[first.end].norm in ("-", "في")
            ):
                continue
            reach = tokens[first.end : first.end + _DATELINE_REACH]
            if self.lang == "ar" and any(t.norm in self.grammar.agency_tag_marks for t in reach):
                return first.actor  # "أبوظبي في 20 مارس / وام /": the agency's tag after a date
            for token in reach:
                if token.norm in ("-", ":"):
                    return first.actor
                if token.is_word and token.norm.isalpha() and not token.capitalised:
                    break
        return None

    def _listed_days(self, time: TimeSpan) -> list[TimeSpan]:
        """ "held talks on April 6 and 9": two days joined by "and" (not "between ... and",
        not consecutive days) are two events, one each day; any other time is one."""
        if time.precision != "range" or time.start is None or time.end is None:
            return [time]
        conjunctions, range_starts = _time_words(self.lang)
        words = fold_key(time.text).split()
        listed = any(w in conjunctions or w[:1] in conjunctions for w in words)
        if not listed or any(w in range_starts for w in words[:1]):
            return [time]
        if (time.end - time.start).days < 2:
            return [time]  # "on the 4th and 5th": one two-day event
        return [
            TimeSpan(time.start, time.start, "day", time.text),
            TimeSpan(time.end, time.end, "day", time.text),
        ]

    def _followers(
        self, sentence: Sentence, mentions: Sequence[Mention], drafts: Sequence[Draft]
    ) -> list[Draft]:
        """ "ولحقت بها مملكة البحرين بإجراء مماثل", "وحذت حذوها الإمارات": the state named
        right after a follow-suit phrase did the act told just before, to the same target."""
        tokens = sentence.tokens
        firsts = {p[0] for p in self.grammar.follow_suit.phrases}
        words = [t.norm[1:] if t.norm[1:] in firsts else t.norm for t in tokens]  # ولحقت
        out: list[Draft] = []
        for end in range(1, len(words) + 1):
            if not self.grammar.follow_suit.ends_at(words, end):
                continue
            follower = next((m for m in mentions if end <= m.start <= end + 1 and not m.weak), None)
            if follower is None:
                continue
            start = end - 1
            while start > 0 and not self.grammar.follow_suit.ends_at(words[start:end], end - start):
                start -= 1
            before = [
                d
                for d in drafts
                if d.source
                and d.target
                and d.hit.spec.type not in ("statement", "support", "intent")
                and (d.sentence.index < sentence.index or d.hit.anchor < start)
                and not (follower.actor.codes & actor_codes(d.source))
            ]
            if not before:
                continue
            last = max(before, key=lambda d: (d.sentence.index, d.hit.anchor))
            # "فرضت كندا عقوبات": the verb and its noun are drafts of one act; copy the surer
            same = [
                d
                for d in before
                if d.sentence is last.sentence
                and d.hit.spec.type == last.hit.spec.type
                and actor_codes(d.target) == actor_codes(last.target)
            ]
            last = max(same, key=lambda d: d.confidence)
            out.append(replace(last, source=(follower.actor,), explicit=True))
        return out

    def _occasion_roles(
        self, hit: TriggerHit, roles: Roles, tokens: Sequence[Token], topic: Mention | None
    ) -> Roles:
        """ "جاء ذلك خلال اجتماع ... بمشاركة X وY": the event the previous sentence's speaker
        spoke at; the speaker is a party (the source), the parties named are the others."""
        if topic is None or not hit.is_noun:
            return roles
        occasions = self.grammar.previous_speaker_occasions
        firsts = {p[0] for p in occasions.phrases}
        if hit.start == 0:
            return roles
        last = tokens[hit.start - 1].norm
        if not occasions.has_last(last[1:] if last[1:] in firsts else last):
            return roles  # no phrase ends before the noun (most): the words are not needed
        words = [t.norm[1:] if t.norm[1:] in firsts else t.norm for t in tokens]  # وجاء
        if not occasions.ends_at(words, hit.start):
            return roles
        own = topic.codes
        others = tuple(m for m in (*roles.source, *roles.target) if not (m.codes <= own))
        return Roles((topic,), others, False)

    def _hosted_partners(
        self,
        hit: TriggerHit,
        hits: Sequence[TriggerHit],
        tokens: Sequence[Token],
        parties: Sequence[Mention],
        context: _Context,
        source: tuple[ActorRef, ...],
        target: tuple[ActorRef, ...],
    ) -> tuple[ActorRef, ...]:
        """ "يستضيف الصفدي اجتماعا لوزراء خارجية مصر وقطر مع وزير الخارجية الأمريكي": the
        host's verb has the ministers as its guests; the meeting noun it hosts names their
        partner after مع, who is at the meeting too."""
        have = {c for a in source + target for c in a.codes}
        guests = {c for a in target for c in a.codes}
        extra: list[ActorRef] = []
        for noun in hits:
            if not noun.is_noun or noun.spec.type != "meeting" or noun is hit:
                continue
            gap = tokens[hit.end : noun.start]
            if not 0 <= noun.start - hit.end <= _HOSTED_REACH or any(
                t.norm in _CLAUSE_PUNCT for t in gap
            ):
                continue
            roles = assign_roles(noun, tokens, parties, self.grammar, context.topic)
            # "اجتماعا لقادة A وB مع C": the partner after مع in the noun's phrase
            partners = [
                m
                for m in parties
                if m.start > noun.end
                and tokens[m.start - 1].norm in _WITH
                and not any(t.norm in _CLAUSE_PUNCT for t in tokens[noun.end : m.start])
            ]
            sides = roles.source + roles.target
            if not guests & {c for m in sides for c in m.actor.codes} and not partners:
                continue
            sides = sides + tuple(partners)
            for m in sides:
                if m.actor.codes and not m.actor.codes & have:
                    extra.append(m.actor)
                    have |= m.actor.codes
        return target + tuple(extra)

    def _echoed_calls(self, hits: list[TriggerHit], tokens: Sequence[Token]) -> list[TriggerHit]:
        """ "أجرى اتصالا هاتفيا مع نظيره، تناول فيه الخطوات التالية": a verb that is a call only
        with a phone word (بحث، تناول ... هاتفيا), whose phone word is the earlier call's
        (none after the verb), tells what that call discussed; it is no call of its own."""
        calls = [h for h in hits if h.spec.type == "call"]
        if len(calls) < 2:
            return hits
        echoed = set()
        for h in calls:
            if h.is_noun or not h.spec.requires:
                continue
            before = [c for c in calls if c is not h and c.end <= h.start]
            if not before:
                continue
            told = any(t.norm in (",", "،") for t in tokens[before[-1].end : h.start])
            resumed = h.end < len(tokens) and (
                tokens[h.end].norm in self.grammar.resumptive_preps
                or tokens[h.end].norm in self.grammar.adjunct_resumptives
            )
            if not (told or resumed):
                continue  # "اتصال هاتفي أجراه مع": the call's own relative verb
            words = {r[0] for r in h.spec.requires if len(r) == 1}
            after = tokens[h.end : h.end + h.spec.window]
            if not any(self.triggers.keys(t) & words for t in after):
                echoed.add(id(h))
        return [h for h in hits if id(h) not in echoed] if echoed else hits

    def _light_verb(self, token: Token) -> bool:
        """ "The meeting was hosted by X on Monday": a verb that supports an event noun does
        not keep the noun from the date beside it."""
        return bool(self.triggers.keys(token) & self.grammar.noun_supports)

    def _corefer(
        self, mentions: list[Mention], tokens: Sequence[Token], context: _Context
    ) -> list[Mention]:
        """Resolve "بلاده"/"his country" to the topic's country; find people named before by
        their family name alone ("كارين دونفريد" ... "دونفريد ستزور"); place transnational
        groups where the sentence puts them ("مواقع لتنظيم داعش في سوريا")."""
        people = context.people if context.people is not None else {}
        roles = context.roles if context.roles is not None else {}
        resolved: list[Mention] = []
        for m in mentions:
            bare_title = m.actor.id == "unknown" and not m.actor.name  # "الوزير", "the minister"
            if m.actor.id == "unknown" and m.actor.role and m.reference is None:
                # "Greece's prime minister ... Prime Minister Kyriakos Mitsotakis": an unlisted
                # person takes the affiliation of the one earlier holder of the title
                of = roles.get(m.actor.role)
                said = " ".join(t.norm for t in tokens[m.start : m.end])
                if of is None and bare_title and context.titles.get(said):
                    of = context.titles[said]  # "جلالة السلطان": the sultan named before
                if of is None and m.actor.role not in roles:
                    of = self._topic_state(context)
                if of is None and m.actor.role == "ministry" and context.dateline is not None:
                    of = context.dateline.country or context.dateline.code
                if of is None:
                    continue
                if m.actor.role == "ministry":
                    actor = self.mentions._state_actor(of, m.actor.text)
                    actor = replace(actor, sector="GOV")
                else:
                    actor = self.mentions._role_holder(
                        m.actor.role, of, None, m.actor.text, m.actor.name
                    )
                m = replace(m, actor=actor)
            own = m.reference == "own_country"
            speaker = self._sentence_speaker(m, resolved, tokens) if own else None
            if speaker is not None:
                # "أعلن أردوغان أن بلاده أرسلت ...": the speaker of this very sentence
                m = replace(m, actor=self.mentions._state_actor(speaker, m.actor.text))
            elif m.reference == "own_country" and context.topic is not None:
                country = context.topic.actor.country or context.topic.actor.code
                if country:
                    m = replace(m, actor=self.mentions._state_actor(country, m.actor.text))
                else:
                    continue
            elif (
                m.reference == "both_parties"
                and context.state_pair is not None
                and tuple(t.norm for t in tokens[m.start : m.end]) in self.grammar.state_pairs
            ):
                # "the two governments", "both countries": the states of the last event
                # between two states
                m = replace(m, actor=context.state_pair[0], partners=context.state_pair[1:])
            elif m.reference == "both_parties" and context.pair is not None:
                # "the two sides", "both leaders": the parties of the last dyadic event
                m = replace(m, actor=context.pair[0], partners=context.pair[1:])
            elif m.reference == "listed_parties" and context.group is not None:
                # "the four countries presented Doha with ...": the states listed before
                m = replace(m, actor=context.group[0], partners=context.group[1:])
            elif m.reference in ("own_country", "both_parties", "listed_parties"):
                continue
            if m.actor.id == "unknown":
                continue
            code = m.actor.code or m.actor.country
            if m.actor.role and code and not m.reference:
                roles[m.actor.role] = code if roles.get(m.actor.role, code) == code else None
                if m.actor.kind == "person" and m.end - m.start >= 2:
                    word = tokens[m.start].norm
                    known = context.titles.get(word, code)
                    context.titles[word] = code if known == code else None
            if code and m.actor.kind == "state" and self._names_a_ministry(m, tokens):
                # "الخارجية الكويتية": the ministry a later bare "الوزارة" is
                roles["ministry"] = code
            if m.actor.kind == "person" and m.end - m.start >= 2 and not bare_title:
                surname = self._surname(m, tokens)
                shortest = 4 if self.lang == "ar" else 3  # "Theresa May" ... "May said"
                if len(surname) >= shortest and surname.isalpha():
                    people.setdefault(surname, m)
            resolved.append(m)
        context.people = people
        context.roles = roles
        resolved = self._surname_mentions(resolved, tokens, people)
        if self.grammar.honorific_pronouns:
            resolved = self._honorific_mentions(resolved, tokens, context)
        return [self._locate_group(m, resolved) for m in resolved]

    def _honorific_mentions(
        self, mentions: list[Mention], tokens: Sequence[Token], context: _Context
    ) -> list[Mention]:
        """ "كما بحث سموه هاتفيا مع ...": an honorific pronoun is the last person named with
        its honorific ("صاحب السمو الشيخ محمد بن زايد"), read where it stands."""
        pronouns = self.grammar.honorific_pronouns
        covered = {i for m in mentions for i in range(m.start, m.end)}
        named: list[tuple[str, Mention]] = []  # this sentence's honoured people, in order
        for m in mentions:
            if m.actor.kind != "person" or not m.actor.codes:
                continue
            near = {t.norm for t in tokens[max(0, m.start - 3) : min(m.end, m.start + 2)]}
            named.extend((pronoun, m) for pronoun, words in pronouns.items() if near & words)
        added = []
        for i, token in enumerate(tokens):
            norm = token.norm if token.norm in pronouns else token.norm.removeprefix("و")
            if norm not in pronouns or i in covered:
                continue
            here = [m for p, m in named if p == norm and m.end <= i]
            earlier = here[-1] if here else context.honoured.get(norm)
            if earlier is not None:
                added.append(replace(earlier, start=i, end=i + 1, proclitic=""))
        for pronoun, m in named:
            context.honoured[pronoun] = m
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _ruling_bodies(
        self, sentences: Sequence[Sentence], found: list[list[Mention]]
    ) -> list[list[Mention]]:
        """ "Myanmar's military ruler ... pressing the junta", "sanctions on members of the
        junta": a ruling body of ``grammar.ruling_bodies`` named without its state stands for
        the state last named with one (right before it or around it), else for the state the
        article has named most in the sentences before."""
        starts = self._ruling_starts  # first word -> the phrases it opens (most words open none)
        ruled: str | None = None  # the state last named with its rulers
        named: Counter[str] = Counter()  # how often each state was named so far
        out: list[list[Mention]] = []
        for sentence, mentions in zip(sentences, found, strict=True):
            tokens = sentence.tokens
            words = [t.norm for t in tokens]
            added: list[Mention] = []
            i = 0
            while i < len(words):
                phrase = next(
                    (p for p in starts.get(words[i], ()) if tuple(words[i : i + len(p)]) == p),
                    None,
                )
                if phrase is None:
                    i += 1
                    continue
                end = i + len(phrase)
                # "Myanmar's junta", "the Malian junta", "Myanmar's military ruler": named with
                # its state (the state's mention reaches the phrase or overlaps it)
                owner = next(
                    (
                        m
                        for m in mentions
                        if m.start < end and m.end >= i and m.actor.kind == "state"
                    ),
                    None,
                )
                if owner is not None:
                    ruled = owner.actor.code
                elif not any(m.start < end and m.end > i for m in mentions):
                    state = ruled or (named.most_common(1)[0][0] if named else None)
                    if state is not None:
                        actor = self.mentions._state_actor(state, " ".join(words[i:end]))
                        added.append(Mention(i, end, actor))
                i = end
            named.update(m.actor.code for m in mentions if m.actor.kind == "state" and m.actor.code)
            out.append(sorted([*mentions, *added], key=lambda m: m.start) if added else mentions)
        return out

    def _is_state(self, code: str) -> bool:
        return self.mentions.gazetteer.kind_of(code) == "state"

    def _joined_to_talks(self, hit: TriggerHit, before: Draft, tokens: Sequence[Token]) -> bool:
        """Is ``hit`` a verb joined by a coordinator (past ``coordination_gap`` words, no
        comma) to the call or meeting ``before`` of the same sentence?"""
        if hit.is_noun or before.hit.spec.type not in _TALKS or not before.target:
            return False
        j = hit.start - 1
        while j > before.hit.end and tokens[j].norm in self.grammar.coordination_gap:
            j -= 1
        return (
            j > before.hit.end
            and tokens[j].norm in self.grammar.coordinators
            and tokens[j - 1].norm != ","
            and not any(t.norm in (",", ";", ":") for t in tokens[before.hit.end : j])
        )

    def _participle_clause(self, hit: TriggerHit, tokens: Sequence[Token]) -> bool:
        """ ", accusing it of", ", warning Y that": an English participle right after a comma
        (its object is read by the caller: a pronoun of ``participle_objects`` or a name)."""
        return (
            self.lang == "en"
            and 0 < hit.anchor < len(tokens) - 1
            and tokens[hit.anchor - 1].norm == ","
            and tokens[hit.anchor].norm.endswith("ing")
        )

    def _names_a_ministry(self, m: Mention, tokens: Sequence[Token]) -> bool:
        return any(
            t.norm.removeprefix("و") in self.grammar.bare_ministries
            for t in tokens[m.start : m.end - 1]
        )

    def _topic_state(self, context: _Context) -> str | None:
        """English: "Belarus denied ... Foreign Minister Vladimir Makei said": an unlisted
        official with no earlier holder of the title serves the state the article is about
        right then (the topic, when it is a state or a state's official)."""
        if self.lang != "en" or context.topic is None:
            return None
        actor = context.topic.actor
        if actor.kind == "state" or (actor.kind in ("government", "person") and actor.country):
            return actor.country or actor.code
        return None

    def _subordinate_between(self, i: int, anchor: int, tokens: Sequence[Token]) -> bool:
        """A comma right before a subordinating word ("..., after", "، بعد") between ``i`` and
        ``anchor``."""
        lo, hi = min(i, anchor), max(i, anchor)
        return any(
            tokens[k].norm in (",", "،") and tokens[k + 1].norm in SUBORDINATORS
            for k in range(lo, hi - 1)
        )

    def _sentence_speaker(
        self, m: Mention, earlier: Sequence[Mention], tokens: Sequence[Token]
    ) -> str | None:
        """The country of the speaker of a reporting verb before ``m`` in its sentence ("أعلن
        الرئيس التركي أن بلاده ...", "Erdogan said his country ..."): the reporting verb right
        before the mention (VSO) or right after it (SVO)."""
        from kg.extract.roles import _reporting

        for x in reversed(earlier):
            if x.end > m.start or x.weak or x.reference:
                continue
            code = x.actor.country or x.actor.code
            if not code:
                continue
            before = x.start > 0 and _reporting(tokens[x.start - 1], self.grammar)
            after = x.end < len(tokens) and _reporting(tokens[x.end], self.grammar)
            if before or after:
                return code
        return None

    def _surname(self, m: Mention, tokens: Sequence[Token]) -> str:
        """The family name of a named person: the last word, or in Arabic the word before a
        title that follows the name ("خالد بن محمد العطية وزير الخارجية القطري")."""
        if self.lang == "ar":
            for k in range(m.start + 2, m.end):
                if tokens[k].norm in self.grammar.name_stoppers:
                    return tokens[k - 1].norm
        return tokens[m.end - 1].norm

    def _surname_mentions(
        self, mentions: list[Mention], tokens: Sequence[Token], people: dict[str, Mention]
    ) -> list[Mention]:
        if not people:
            return mentions
        norms = [t.norm for t in tokens]
        if people.keys().isdisjoint(norms) and (
            self.lang != "ar" or people.keys().isdisjoint([n[1:] for n in norms])
        ):
            return mentions  # no word of the sentence is a family name met before (most)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for i, token in enumerate(tokens):
            if i in covered:
                continue
            norm, proclitic = token.norm, ""
            if (
                norm not in people
                and self.lang == "ar"
                and norm[:1] in "وفبل"
                and norm[1:] in people
            ):
                norm, proclitic = norm[1:], norm[:1]
            earlier = people.get(norm)
            if earlier is None or (self.lang == "en" and not token.capitalised):
                continue
            if len(norm) < 4 and _date_like(i, tokens):
                continue  # "in May", "May 14": the month, not Theresa May
            added.append(replace(earlier, start=i, end=i + 1, proclitic=proclitic))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _locate_group(self, m: Mention, mentions: Sequence[Mention]) -> Mention:
        """A transnational group (ISIS, al-Qaeda) acts in the country the sentence names next."""
        if m.actor.kind != "group" or m.actor.country:
            return m
        place = next(
            (
                x
                for x in mentions
                if x.start >= m.end and x.start - m.end <= 4 and x.actor.kind == "state"
            ),
            None,
        )
        if place is None:
            return m
        return replace(m, actor=replace(m.actor, country=place.actor.country))

    def _update_topic(
        self,
        mentions: Sequence[Mention],
        context: _Context,
        draft: Draft | None = None,
        tokens: Sequence[Token] = (),
    ) -> None:
        strong = [m for m in mentions if not m.weak and m.actor.id != "unknown"]
        people = [m for m in strong if m.actor.kind == "person"]
        if people:
            context.topic = people[0]
        elif strong and not self._speaker_goes_on(tokens, strong, context):
            context.topic = strong[0]

    def _speaker_goes_on(
        self, tokens: Sequence[Token], strong: Sequence[Mention], context: _Context
    ) -> bool:
        """ "وأضاف ..."، "ومضى إلى القول ...": a sentence opening with a reporting verb whose
        subject is dropped goes on with the person speaking before; the states it names are
        what the speaker talks about. Nor does a first mention behind a clitic preposition
        ("وأعرب عن القلق ... لوكالة الغوث") replace the person: it is no subject."""
        if self.lang != "ar" or not tokens or context.topic is None:
            return False
        if context.topic.actor.kind != "person" or strong[0].start <= 1:
            return False
        if strong[0].prepositional:
            return True  # "وأعرب عن القلق من أوضاع لوكالة ...": a ل/ب-phrase is no subject
        first = tokens[0].norm
        words = self.grammar.reporting_words | self.grammar.continuation_verbs
        return first in words or (first[:1] in "وف" and first[1:] in words)

    def _times(self, doc: Document, sentence: Sentence) -> list[tuple[int, TimeMention]]:
        """Time expressions of the sentence with the index of the token they start at."""
        text = doc.folded.text[sentence.folded_start : sentence.folded_end]
        found = []
        for m in find_time_mentions(text, self.lang):
            offset = sentence.folded_start + m.start
            index = next(
                (i for i, t in enumerate(sentence.tokens) if t.folded_start >= offset),
                len(sentence.tokens) - 1,
            )
            found.append((index, m))
        return found

    def _joined_days(
        self, doc: Document, sentence: Sentence, times: list[tuple[int, TimeMention]]
    ) -> tuple[list[tuple[int, TimeMention]], dict[int, TimeMention]]:
        """ "اليوم وغدا", "on Monday and Tuesday": two days joined by a coordinator are one
        span; the second is dropped from the list and kept as the first one's end."""
        text = doc.folded.text[sentence.folded_start : sentence.folded_end]
        kept: list[tuple[int, TimeMention]] = []
        joined: dict[int, TimeMention] = {}
        for index, m in times:
            if kept:
                first = kept[-1][1]
                between = text[first.end : m.start].split()
                if (
                    first.kind in _DAY_KINDS
                    and m.kind in _DAY_KINDS
                    and len(between) == 1
                    and between[0] in self.grammar.coordinators
                    and id(first) not in joined
                ):
                    joined[id(first)] = m
                    continue
            kept.append((index, m))
        return kept, joined

    def _since(self, index: int, mention: TimeMention, tokens: Sequence[Token]) -> bool:
        """ "the first visit since 2003": a year or month after "since" bounds the event."""
        if mention.kind not in ("year", "month"):
            return False
        near = tokens[max(0, index - 2) : index + 1]
        return any(t.norm in self.grammar.since_words for t in near)

    def _time_for(
        self,
        hit: TriggerHit,
        times: list[tuple[int, TimeMention]],
        published: date | None,
        other_anchors: Sequence[int],
        hits: Sequence[TriggerHit],
        readings: dict[int, ModalityReading],
        tokens: Sequence[Token],
        joined: dict[int, TimeMention] | None = None,
    ) -> TimeSpan:
        """The time expression of the trigger: the nearest one in the sentence that no other
        trigger stands between, resolved in the tense of the verb it belongs to ("announced on
        Monday that the ambassador would be recalled": Monday is past). A time on the event's
        own side of "that" wins over the reporting clause's ("announced on Saturday that the
        meeting will be held today": today)."""
        apposed = apposed_before(hit.start, tokens, self.grammar)
        usable = [
            (i, m)
            for i, m in times
            if m.kind != "duration"
            # "Lavrov, who visited Belgrade in February, has backed ...": the clause's own date
            and not (apposed is not None and apposed[0] <= i < apposed[1])
            and not self._since(i, m, tokens)
            and abs(i - hit.anchor) <= 25
            and not any(min(i, hit.anchor) < a < max(i, hit.anchor) for a in other_anchors)
        ]
        if not usable:
            usable = [(i, m) for i, m in times if _heading(i, tokens) or _fronted(i, tokens)]
        if not usable:
            return UNKNOWN_TIME
        own = [
            (i, m)
            for i, m in usable
            if not any(
                t.norm in self.grammar.complementizers
                for t in tokens[min(i, hit.anchor) + 1 : max(i, hit.anchor)]
            )
        ]
        usable = own or usable
        # "officials said on Wednesday, after X met Y on September 12": a time on the far side
        # of a comma and a subordinator ("after", "بعد") belongs to the other clause
        apart = [(i, m) for i, m in usable if not self._subordinate_between(i, hit.anchor, tokens)]
        usable = apart or usable
        # the distance to the trigger's span ("declared X's ambassador persona non grata on
        # Tuesday": Tuesday, not the dateline's day before the long phrase); a time inside a
        # phrase ("given Moscow until midnight on Tuesday") or past a relative pronoun ("a
        # protest at the shelling which hit the resort yesterday") counts from its anchor
        index, mention = min(
            usable,
            key=lambda im: (
                im[0] - hit.end + 1
                if im[0] >= hit.end
                and not any(t.norm in RELATIVE_PRONOUNS for t in tokens[hit.end : im[0]])
                else abs(im[0] - hit.anchor),
                im[0] < hit.anchor,
            ),
        )
        owner = min(
            hits,
            key=lambda h: (
                # "cut ties on June 5, accusing it of ...": a verb past a comma does not own it
                any(
                    t.norm in (",", "،")
                    for t in tokens[min(h.anchor, index) : max(h.anchor, index)]
                ),
                abs(h.anchor - index),
                h is not hit,
            ),
        )
        tense = readings[id(owner)].tense
        hint = tense if tense in ("past", "future") else "unknown"
        span = resolve_time(mention, published, hint)
        second = (joined or {}).get(id(mention))
        if second is not None and span.precision == "day" and span.start is not None:
            last = resolve_time(second, published, hint)
            if last.precision == "day" and last.start and 0 < (last.start - span.start).days <= 7:
                text = f"{span.text} - {last.text}"
                return TimeSpan(span.start, last.start, "range", text)
        return span

    # -- records -----------------------------------------------------------------------------

    def _record(self, doc: Document, group: list[Draft], peg: TimeSpan | None = None) -> Event:
        first = max(group, key=lambda d: d.confidence)
        ordered = sorted(group, key=lambda d: (d.sentence.index, d.hit.anchor))
        primary = ordered[0] if ordered[0].confidence >= first.confidence - 0.1 else first
        time = group_time(group, primary)
        told = [d for d in group if d is primary or d.confidence >= primary.confidence - 0.1]
        if (
            time.precision == "unknown"
            and peg is not None
            and any(
                # "الجبير يلتقي كيري" (a heading's present) and "بدأ كيري نهاره بلقاء الجبير": a
                # member as confident as the primary may tell the event as news
                told_on_peg(d, self.grammar)
                for d in told
            )
        ):
            time = replace(peg, text=f"{peg.text} (the article's news peg)")
        source, target = primary.source, primary.target
        for d in group:
            if not target and d.target:
                target = d.target
        event_class = self.ontology.event(primary.hit.spec.cameo)
        evidence = [_evidence(d) for d in sorted(group, key=lambda d: d.sentence.index)]
        main = _evidence(primary)
        more = tuple(e for e in evidence if e != main)
        plover = event_class.plover
        ident = hashlib.sha1(
            f"{doc.article.id}|{primary.hit.spec.type}|{main.start}|{main.trigger_start}|"
            f"{','.join(sorted(a.id for a in source))}".encode()
        ).hexdigest()[:16]
        # each further report that asserts the event (not a bare topic noun) adds confidence
        asserted = sum(1 for d in group if d.supported) - 1
        confidence = min(0.99, max(d.confidence for d in group) + 0.05 * max(asserted, 0))
        return Event(
            id=f"ev:{ident}",
            article_id=doc.article.id,
            type=primary.hit.spec.type,
            cameo=event_class.cameo,
            plover_type=plover.type if plover else None,
            plover_mode=plover.mode if plover else None,
            goldstein=event_class.goldstein,
            quad=event_class.quad,
            source=source,
            target=target,
            time=time,
            modality=primary.modality,
            evidence=main,
            more_evidence=more,
            places=tuple({p.id: p for d in group for p in d.places}.values()),
            confidence=confidence,
            lang=doc.lang,
        )


# Events whose complement names another event that has not happened: the threat's sanctions,
# the demand's withdrawal, the offer's talks.
_GOVERNING_TYPES = frozenset(
    {"threat", "demand", "appeal", "intent", "proposal", "rejection", "accusation", "agreement"}
)
_COMPLEMENT_REACH = 4
# acts whose phrase may hold what they ask for or put forward ("proposed that X hold talks")
_ASKING_TYPES = frozenset({"threat", "demand", "appeal", "proposal"})
# Time expressions after a complement that date the complement, not the governing act: a
# period ("this year", "next month") is when the asked-for visit is to happen.
_COMPLEMENT_TIME_KINDS = frozenset({"relative_period", "year", "month", "season_or_part"})
_INFINITIVE_REACH = 9  # "invited China's President Xi Jinping to pay a visit"


def _governing_hit(
    hit: TriggerHit,
    hits: Sequence[TriggerHit],
    tokens: Sequence[Token],
    coordinators: frozenset[str] = frozenset(),
) -> TriggerHit | None:
    """The threat/demand/appeal/... whose complement ``hit`` is: a verb of those types right
    before it (at most a few tokens: "to", "بـ", "على", an object), in the same clause."""
    for other in hits:
        if other is hit or other.spec.type not in _GOVERNING_TYPES or other.is_noun:
            continue  # a noun subject ("The proposal came ahead of a visit") governs nothing
        if other.spec.type == hit.spec.type:
            continue
        inside = other.start < hit.start and hit.end <= other.end
        if (
            inside
            and other.spec.type in _ASKING_TYPES
            and any(
                t.norm in any_language("complementizers") for t in tokens[other.start : hit.start]
            )
        ):
            # "proposed that EU countries hold direct talks": talks asked for in a that-clause
            # inside the phrase are its content (not "offered to host talks between X and Y",
            # which names the offer's addressees; nor a rejection's phrase: "will not lift the
            # ban" is read from the negated act inside it)
            return other
        gap = hit.start - other.end
        between = tokens[other.end : hit.start]
        infinitive = any(t.norm in any_language("infinitive_markers") for t in between)
        if other.spec.type == "agreement" and not infinitive:
            continue  # "agreed to hold talks" governs; "signed a deal at talks" does not
        reach = _INFINITIVE_REACH if infinitive else _COMPLEMENT_REACH
        if (
            not infinitive
            and not hit.is_noun
            and hit.start > 0
            and tokens[hit.start - 1].norm in coordinators
        ):
            continue  # "would respond with mirror measures and summoned the ambassador"
        if 0 <= gap <= reach and not any(t.norm in (".", ";", "؛", ":", ",", "،") for t in between):
            return other
    return None


def _supported_nouns(
    hits: list[TriggerHit], tokens: Sequence[Token], grammar: Grammar
) -> list[TriggerHit]:
    """ "أجرى الخميس الماضي اتصالا هاتفيا بـ X": a light verb that is itself a call trigger
    ("أجرى") and its call noun a few words on are one call, told by the verb (a meeting noun
    after "عقد" names its parties better than the verb: "سيعقد اجتماعا ثلاثيا مع ..."); the
    noun is not a second call whose subject would be looked for on its own (and fall back to
    the previous sentence's topic)."""
    verbs = [
        h
        for h in hits
        if not h.is_noun and _without_conjunction(tokens[h.anchor].norm) in grammar.noun_supports
    ]
    if not verbs:
        return hits

    def told_by_verb(h: TriggerHit) -> bool:
        return h.is_noun and any(
            v.spec.type == h.spec.type == "call"
            and v.end <= h.start
            and h.start - v.end <= _SUPPORT_GAP
            and not any(t.norm in _CLAUSE_PUNCT for t in tokens[v.end : h.start])
            for v in verbs
        )

    return [h for h in hits if not told_by_verb(h)]


_SUPPORT_GAP = 5
_CLAUSE_PUNCT = frozenset({",", "،", ".", ";", "؛", ":"})


def _specified(hits: list[TriggerHit], tokens: Sequence[Token]) -> list[TriggerHit]:
    """ "Modi and Biden on Monday discussed ... in their first phone conversation": a generic
    consultation verb and a call noun in one clause are one call, told by the verb (its
    parties, its date)."""
    # a bare plural ("الاتصالات بين البلدين", contacts) is no phone call
    calls = [h for h in hits if h.is_noun and h.spec.type == "call" and not h.plural]
    if not calls:
        return hits
    out: list[TriggerHit] = []
    absorbed: set[int] = set()
    for hit in hits:
        if not hit.is_noun and hit.spec.type == "meeting" and hit.spec.cameo == "040":
            lo, hi = _clause_span(tokens, hit.anchor)
            call = next((c for c in calls if lo <= c.anchor < hi and id(c) not in absorbed), None)
            if call is not None:
                absorbed.add(id(call))
                hit = replace(hit, spec=call.spec)
        out.append(hit)
    return [h for h in out if id(h) not in absorbed]


# Joint events: "Japan and South Korea reached a deal" has the parties on both sides.


_PLACE_REACH = 12


def _event_places(
    hit: TriggerHit, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> tuple[PlaceRef, ...]:
    """Cities and capitals where the event happened: after a locative preposition ("في
    الدوحة", "in Geneva"), or the destination of a visit, near the trigger."""
    found: dict[str, PlaceRef] = {}
    for m in mentions:
        if not m.place or not m.place_name or abs(m.start - hit.anchor) > _PLACE_REACH:
            continue
        before = tokens[m.start - 1].norm if m.start else ""
        locative = before in any_language("place_preps") or m.proclitic.endswith("ب")
        destination = hit.spec.type == "visit" and m.start > hit.anchor
        if locative or destination:
            country = m.actor.country or m.actor.code
            ident = f"place:{country}:{'-'.join(m.place_name.lower().split())}"
            found.setdefault(ident, PlaceRef(ident, m.place_name, country, m.actor.text))
    return tuple(found.values())


@cache
def _time_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The conjunctions ("and", "و") and range openers ("between", "بين") of dates."""
    lexicon = load_time_lexicon(lang)
    return (
        frozenset(fold_key(w) for w in lexicon.conjunctions),
        frozenset(fold_key(w) for w in lexicon.range_starts),
    )


# Words after a visit that introduce a destination the gazetteer may not know: anywhere near
# ("to the disputed islands"), or right after the trigger ("a tour of Asian capitals", "a trip
# around the Gulf").
def _to_dateline(
    hit: TriggerHit,
    tokens: Sequence[Token],
    source: tuple[ActorRef, ...],
    dateline: ActorRef | None,
    grammar: Grammar,
) -> bool:
    """May a visit with no destination take the dateline's country? Not when the visitor is
    from there, nor when a "to"-phrase names a destination the gazetteer does not know ("a
    visit by Lee to islands it controls")."""
    if dateline is None or not source or dateline.codes & actor_codes(source):
        return False
    if hit.end < len(tokens) and tokens[hit.end].norm in grammar.destination_next:
        return False
    after = tokens[hit.end : hit.end + _PLACE_REACH]
    return not any(t.norm in grammar.destination_words for t in after)


def _state_only(actors: Sequence[ActorRef]) -> bool:
    return bool(actors) and all(a.kind == "state" for a in actors)


def _hosting(
    hit: TriggerHit, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...]
) -> TriggerHit:
    """ "تستقبل مصر X", "Egypt hosts X": a state receiving someone hosts a visit (CAMEO 043),
    not a meeting of its own."""
    if hit.spec.cameo == "043" and hit.spec.type == "meeting" and _state_only(source) and target:
        return replace(hit, spec=replace(hit.spec, type="visit"))
    return hit


_OBLIGATIONS = frozenset({"demand", "appeal"})
_ADDRESSEE_REACH = 10


def _self_inclusive(
    hit: TriggerHit,
    source: tuple[ActorRef, ...],
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    grammar: Grammar,
) -> TriggerHit:
    """ "يجب على الولايات المتحدة وكينيا أن تتعاونا" said by Obama, "we and Kenya must work
    together": an obligation the speaker's own state shares is a commitment (intent to
    cooperate, CAMEO 030), not a demand on the others. The addressees are the parties between
    the trigger and its complementizer."""
    if hit.spec.type not in _OBLIGATIONS or not source:
        return hit
    end = next(
        (
            j
            for j in range(hit.end, min(len(tokens), hit.end + _ADDRESSEE_REACH))
            if tokens[j].norm in grammar.complementizers
        ),
        None,
    )
    if end is None:
        return hit
    own = {c for a in source for c in a.codes}
    addressed = [m for m in mentions if hit.end <= m.start < end and m.codes]
    if not any(m.codes <= own for m in addressed) or all(m.codes <= own for m in addressed):
        return hit
    return replace(hit, spec=replace(hit.spec, type="intent", cameo="030"))


def _visitors(hit: TriggerHit, source: tuple[ActorRef, ...]) -> list[tuple[ActorRef, ...]]:
    """Several delegations arriving are several visits ("وصل إلى القاهرة الرئيس التوغولي
    ووزير الخارجية الأردني ..."); one visitor is one visit, and so is any other event."""
    if hit.spec.type != "visit" or len(source) < 2:
        return [source]
    by_state: dict[frozenset[str], list[ActorRef]] = {}
    for actor in source:
        by_state.setdefault(actor.codes, []).append(actor)
    return [tuple(actors) for actors in by_state.values()]


def _sides(hit: TriggerHit, roles: Roles) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    source = _unique(a for m in roles.source for a in (m.actor, *m.partners))
    named_target = [
        a
        for m in roles.target
        for a in (m.actor, *m.partners)
        if a.codes and not a.codes & {c for x in source for c in x.codes}
    ]
    if (
        hit.spec.type == "meeting"
        and not hit.is_noun
        and len(roles.source) > 1  # named one by one, not "the two ministers"
        and named_target
    ):
        # "Pashinyan and Aliyev will meet Putin in Sochi": both subjects meet the object
        return source, _unique(named_target)
    if hit.spec.type in JOINT_TYPES and len(source) > 1:
        # "Iran, Saudi Arabia agree to resume ties, with China's help": the joint subject is
        # the dyad; a "with" phrase after it is not the other party
        first_codes = source[0].codes
        rest = tuple(a for a in source[1:] if not a.codes <= first_codes)
        if rest:
            return source[:1], rest
    source_codes = {c for a in source for c in a.codes}
    target = tuple(
        a
        for a in _unique(a for m in roles.target for a in (m.actor, *m.partners))
        if not (a.codes <= source_codes and a.codes) or _rival_at_home(source, a)
    )
    return source, target


def _rival_at_home(source: Sequence[ActorRef], other: ActorRef) -> bool:
    """ "واتهمت قوات الدعم السريع الجيش": a group shares its country's code with the state
    it fights in, yet that state is another party, not the group again."""
    return bool(source) and all(a.kind == "group" and a.code != other.code for a in source)


_DYAD_CONFIDENCE = 0.4
_HOSTED_REACH = 8  # tokens from a host's verb to the meeting noun it hosts
_WITH = frozenset({"مع"})
_DYAD_TYPES = JOINT_TYPES | {"visit"}
_PAIRING_TYPES = frozenset({"military", "accusation", "sanction", "threat"})
_TALKS = frozenset({"meeting", "negotiation", "call"})  # an agreement may be their outcome


def _listed_group(drafts: Sequence[Draft]) -> tuple[ActorRef, ...] | None:
    """The side of three or more states of the sentence's most confident event that has one
    ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Doha"): what "the four
    countries" later points back to."""
    for d in sorted(drafts, key=lambda d: -d.confidence):
        for side in (d.source, d.target):
            states = _unique(a for a in side if a.kind in ("state", "government") and a.codes)
            if len(states) >= 3:
                return states
    return None


def _dyad(
    drafts: Sequence[Draft], is_state: Callable[[str], bool] | None = None
) -> tuple[ActorRef, ActorRef] | None:
    """The two parties of the sentence's most confident event between two countries: what
    "the two sides", "both leaders" refer to in the sentences after it; with ``is_state``,
    between two states only (what "the two governments" refer to)."""
    dyadic = [
        d
        for d in drafts
        if d.source
        and d.target
        and d.confidence >= _DYAD_CONFIDENCE
        and (
            d.hit.spec.type in _DYAD_TYPES
            # "India struck Pakistan ... visited both capitals": two states at odds are a pair
            # of countries too
            # (told by a verb: "Russia's invasion of Ukraine" in the background is no pair)
            or (is_state is not None and d.hit.spec.type in _PAIRING_TYPES and not d.hit.is_noun)
        )
        and d.explicit
        and d.source[0].codes
        and d.target[0].codes
        and not d.source[0].codes & d.target[0].codes
        # "the two governments", "both countries": states (an organisation's call to one of
        # them, "the AU chief phoned Ethiopia's premier", is no pair of countries)
        and (is_state is None or all(is_state(c) for c in d.source[0].codes | d.target[0].codes))
    ]
    if not dyadic:
        return None
    best = max(dyadic, key=lambda d: d.confidence)
    if best.hit.spec.frame.source == "object":
        # "استقبل السيسي أردوغان ... ووقع الرئيسان": the parties in the order named, the host
        # first (the guest is the event's source)
        return best.target[0], best.source[0]
    return best.source[0], best.target[0]


def _pair_roles(
    hit: TriggerHit, roles: Roles, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> Roles:
    """A joint event with no parties of its own in a clause that names "both sides" ("a
    meeting of the commanders on both sides") is between the two sides."""
    if hit.spec.type not in JOINT_TYPES or (roles.source and not roles.source_from_topic):
        return roles
    if roles.target:
        return roles
    lo, hi = _clause_span(tokens, hit.anchor)
    pair = next(
        (m for m in mentions if m.partners and lo <= m.start < hi and m not in roles.source),
        None,
    )
    return Roles((pair,), ()) if pair is not None else roles


def _clause_span(tokens: Sequence[Token], anchor: int) -> tuple[int, int]:
    lo = anchor
    while lo > 0 and tokens[lo - 1].norm not in (".", ";", "؛", ":"):
        lo -= 1
    hi = anchor
    while hi < len(tokens) and tokens[hi].norm not in (".", ";", "؛", ":"):
        hi += 1
    return lo, hi


def _unique(actors: object) -> tuple[ActorRef, ...]:
    seen: dict[str, ActorRef] = {}
    for a in actors:  # type: ignore[attr-defined]
        seen.setdefault(a.id, a)
    return tuple(seen.values())


# Types the annotation guide can make required (the core diplomatic repertoire); the others
# (statements, intents, appeals, support, aid, cooperation ...) are reported with lower
# confidence, so the default threshold keeps them only when the evidence is strong.
CORE_TYPES = frozenset(
    {
        "call",
        "visit",
        "meeting",
        "negotiation",
        "proposal",
        "threat",
        "agreement",
        "demand",
        "accusation",
        "rejection",
        "sanction",
        "military",
    }
)


_CALIBRATION_SHIFT = 0.30


def _condemns_an_act(hit: TriggerHit, hits: Sequence[TriggerHit]) -> bool:
    """ "أدانت دولة الكويت بشدة الهجوم الذي استهدف ...", "condemned the bombing": an accusation
    whose object is an attack (a military event noun a few words after it, nothing else
    between) needs no named accused: whoever did it is not known, and the party the attack hit
    is no target of the condemnation."""
    act = _object_act(hit, hits)
    return act is not None and act.spec.type == "military"


def _object_act(hit: TriggerHit, hits: Sequence[TriggerHit]) -> TriggerHit | None:
    """The event noun an accusation is about: an attack or a trip named right after it
    ("condemned the strikes", "انتقد الزيارة"), with no other trigger between."""
    if hit.spec.type != "accusation":
        return None
    after = [h for h in hits if hit.end <= h.anchor <= hit.end + _ACT_REACH]
    if after and after[0].is_noun and after[0].spec.type in _ACT_TYPES:
        return after[0]
    return None


def _named_in_clause(act: TriggerHit, named: Sequence[Mention], tokens: Sequence[Token]) -> bool:
    """Does one of ``named`` stand in the clause of ``act`` (no clause end between them)?"""
    return any(not any(t.norm in _CLAUSE_PUNCT for t in tokens[act.end : m.start]) for m in named)


def _actor_of(
    act: TriggerHit,
    accuser: tuple[ActorRef, ...],
    drafts: Sequence[Draft],
    acts: Sequence[tuple[str, tuple[ActorRef, ...]]],
) -> tuple[ActorRef, ...]:
    """Who did the latest act of ``act``'s type told before it (earlier in the sentence, then
    earlier in the article) that the ``accuser`` took no part in; none when nothing was told."""
    own = actor_codes(accuser)
    here = [
        (d.hit.spec.type, d.source)
        for d in drafts
        if d.hit.anchor < act.anchor and d.source and d.confidence >= _CLAIM_CONFIDENCE
    ]
    for kind, doer in reversed([*acts, *here]):
        if kind == act.spec.type and not actor_codes(doer) & own:
            return doer
    return ()


def _confidence(
    hit: TriggerHit,
    roles: Roles,
    source: tuple[ActorRef, ...],
    target: tuple[ActorRef, ...],
    time: TimeSpan,
    supported: bool,
    modality: str = "asserted",
    condemned_act: bool = False,
    answers_claim: bool = False,
    said_subject: bool = False,
    topic_only: bool = False,
) -> float:
    """How sure the extractor is that this is a real, correctly coded event (0..1): evidence
    for it (a core type, a specific trigger, parties, a date) scaled by the lexicon entry's
    weight, minus what speaks against it (nobody doing it, nobody on the other side of a
    dyadic event, an event noun used as a topic). ``answers_claim``: a rejection that answers
    a claim made before in the article."""
    type_ = hit.spec.type
    score = 0.55 if type_ in CORE_TYPES else 0.35
    if hit.length > 1 or hit.required_met:
        score += 0.1
    if source and not roles.source_from_topic:
        score += 0.15
    elif source and said_subject:
        score += 0.15  # "He had travelled to Moscow": the subject is told, as a pronoun
    elif source:
        score += 0.1  # the subject of an earlier sentence ("وأضاف", "during his visit")
    if target or condemned_act:
        score += 0.1  # the other side: a party, or for a condemnation the act condemned
    if time.precision != "unknown":
        score += 0.03
    # an ambiguous trigger ("denied", weighed down) is sure once it answers an earlier claim
    weight = max(hit.spec.weight, 1.0) if answers_claim else hit.spec.weight
    score *= min(weight, 1.2)
    if not source:
        score -= 0.3  # nobody identifiable did it: kept only for sentence-level coding
    if (
        not target
        and type_ in _NEEDS_TARGET
        and not condemned_act
        and not _members_meet(type_, source)
    ):
        score -= 0.25
    # an event noun with both sides named is an event without a light verb, unless the other
    # side is only where it happens ("the main broker in Syria") or the noun only modifies a
    # topic ("Qatar's mediation efforts with Sudan")
    named = type_ in _TRAVEL and source and target and not hit.plural and not topic_only
    if hit.is_noun and not supported and not named:
        # "زيارة الرئيس إلى القاهرة", "talks with Lavrov": a visit or meeting with both parties
        # named is an event even without a light verb
        # a noun phrase is some evidence of an event ("اتصال هاتفي"); a plan or a deal named
        # as a topic ("the Russian proposals", "الاتفاق النووي") is none
        if type_ in ("proposal", "agreement"):
            score = min(score - 0.25, 0.45)
        else:
            score -= 0.25 if hit.length == 1 else 0.12
    if modality in ("conditional", "hypothetical"):
        score -= 0.2  # "if X attacks": the content of a threat, not an event
    if type_ == "statement":
        score = min(score, 0.3)
    # calibration: on the dev sets about half of the events scoring 0.5 are right
    return max(0.02, min(0.97, score - _CALIBRATION_SHIFT))


_TRAVEL = frozenset({"visit", "meeting", "call"})


_THANKED_REACH = 4  # tokens from "for" to the event noun ("for the telephone call")


def _further(
    hit: TriggerHit, source: Sequence[Mention], tokens: Sequence[Token], grammar: Grammar
) -> bool:
    """ "London was also imposing sanctions": a further word between the subject and the
    trigger makes the event one more of a kind told before."""
    if hit.spec.type not in _REPEATABLE_TYPES or not source or hit.is_noun:
        return False
    start = (
        max(m.end for m in source if m.end <= hit.start)
        if any(m.end <= hit.start for m in source)
        else hit.start
    )
    gap = [t.norm for t in tokens[start : hit.start]]
    return len(gap) <= 4 and any(w in grammar.further_words for w in gap)


def _date_like(i: int, tokens: Sequence[Token]) -> bool:
    """Does the short word at ``i`` (a family name that is also a month: "May") stand in a
    date: a number right after it, or a time preposition or modifier right before it?"""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    before = tokens[i - 1].norm if i > 0 else ""
    return after[:1].isdigit() or before in _MONTH_BEFORE


def _thanked_for(
    hit: TriggerHit, tokens: Sequence[Token], parties: Sequence[Mention], grammar: Grammar
) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]] | None:
    """ "Buhari thanked Conde for the telephone call": the one thanked made the call (or the
    visit) and the thanker is its other party, whatever the noun's own phrase names."""
    if not hit.is_noun or not grammar.gratitude_verbs:
        return None
    fors = [
        i
        for i in range(max(0, hit.start - _THANKED_REACH), hit.start)
        if tokens[i].norm in grammar.gratitude_preps
    ]
    if not fors or any(t.norm in _CLAUSE_PUNCT for t in tokens[fors[-1] : hit.start]):
        return None
    thanked = next((m for m in parties if m.end == fors[-1]), None)
    if thanked is None or thanked.start < 2:
        return None
    verb = tokens[thanked.start - 1]
    if not trigger_lexicon(grammar.lang).keys(verb) & grammar.gratitude_verbs:
        return None
    thanker = next((m for m in parties if m.end == thanked.start - 1), None)
    if thanker is None:
        return None
    return (thanked.actor,), (thanker.actor,)


def _located(target: Sequence[Mention], tokens: Sequence[Token], grammar: Grammar) -> bool:
    """Is every target named after a place preposition ("in the DRC", "at the Elysée")?"""

    if grammar.lang != "en":
        return False  # "وزراء الخارجية في مجلس التعاون": Arabic في also ties people to a body

    def place_prep(i: int) -> bool:
        while i > 0 and tokens[i - 1].norm in grammar.definite_words:
            i -= 1
        return i > 0 and tokens[i - 1].norm in grammar.place_preps

    return bool(target) and all(place_prep(m.start) for m in target)


def _pronoun_subject(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """ "He had travelled to Moscow", "she also met": a subject pronoun right before the verb
    (across auxiliaries and adverbs) says the event has a doer, taken up from before."""
    i = hit.start - 1
    while i >= 0 and (
        tokens[i].norm in grammar.past_auxiliaries or tokens[i].norm in grammar.coordination_gap
    ):
        i -= 1
    return not hit.is_noun and i >= 0 and tokens[i].norm in grammar.subject_pronouns


def _members_meet(type_: str, source: tuple[ActorRef, ...]) -> bool:
    """ "NATO leaders gather in Washington", "EU ministers met in Brussels": a meeting of an
    organisation's members has no other side."""
    gazetteer = load_gazetteer()
    return (
        type_ == "meeting"
        and bool(source)
        and all(gazetteer.kind_of(a.code or a.country or "") == "igo" for a in source)
    )


def _noun_supported(
    hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar, names: frozenset[int] = frozenset()
) -> bool:
    """Is an event noun asserted as an event ("عقد اجتماعا", "during his visit", "Putin's
    visit") rather than named as a topic ("the nuclear deal")?"""
    if not hit.is_noun or _participle(hit, tokens, grammar):
        return True  # "، متهما إيران بدعم الإرهاب": the participle asserts the act
    lexicon = trigger_lexicon(grammar.lang)
    inside = range(hit.start, hit.end) if grammar.lang == "ar" else range(hit.start, hit.start + 1)
    if hit.length > 1 and any(lexicon.keys(tokens[j]) & grammar.noun_supports for j in inside):
        # a phrase with its light verb: "تم ... الاتفاق على", "تفاهم تم التوصل إليه"
        return True
    # three words back, or the verb before its subject ("أعلنت مملكة البحرين اليوم قطع")
    back = [j for j in range(hit.start - 1, -1, -1) if j not in names][:3]
    near = range(max(0, hit.start - 3), hit.start)
    verbs = {
        j for j in back if j + 1 in names and not lexicon.keys(tokens[j]) & grammar.adjunct_preps
    }
    for j in sorted(set(near) | verbs):
        if lexicon.keys(tokens[j]) & grammar.noun_supports:
            if j > 0 and tokens[j - 1].norm == "من" and tokens[j].norm == "خلال":
                continue  # "من خلال اتفاق" is "by means of a deal", not "during"
            return True
    if _succeeded(hit, tokens, grammar):
        return True
    if hit.end < len(tokens) and tokens[hit.end].norm in grammar.masdar_adjectives:
        return True  # "إدانته الشديدة", "رفضها القاطع": a stance told, not a topic
    for j in range(hit.end, min(len(tokens), hit.end + 3)):
        if tokens[j].norm in grammar.noun_supports_after:
            return True  # "جولة إقليمية شملت السعودية": the tour is told as it went
    if (
        hit.end + 1 < len(tokens)
        and tokens[hit.end].norm in (",", "،")
        and lexicon.keys(tokens[hit.end + 1]) & grammar.noun_supports
        and not tokens[hit.end + 1].norm.endswith("ing")
    ):
        return True  # "The meeting, held at the airport, ...": a participle tells it happened
    # "Putin's visit" tells a visit; "Lourenço's mediation efforts" only names his efforts
    return (
        grammar.lang == "en"
        and hit.start >= 1
        and tokens[hit.start - 1].norm in ("'s", "'")
        and not _compound(hit, tokens, grammar)
    )


def _compound(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """ "mediation efforts", "visit plans": the event noun only modifies a topic noun."""
    return hit.is_noun and hit.end < len(tokens) and tokens[hit.end].norm in grammar.topic_heads


_SUCCESS_REACH = (
    14  # "نجاح الوساطة المشتركة لدولة قطر وجمهورية مصر العربية والولايات المتحدة ... في"
)


def _succeeded(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    """An Arabic event noun right after في/عن, in the clause of a success word ("نجاح
    الوساطة ... في التوصل إلى اتفاق", "أثمرت الجهود عن التوصل"): what succeeded happened."""
    if not grammar.success_words or hit.start == 0:
        return False
    if tokens[hit.start - 1].norm not in ("في", "عن"):
        return False
    for j in range(hit.start - 2, max(-1, hit.start - 2 - _SUCCESS_REACH), -1):
        norm = tokens[j].norm
        if norm in _CLAUSE_PUNCT:
            return False
        if norm in grammar.success_words or norm.removeprefix("و") in grammar.success_words:
            return True
    return False


_JUDGING = frozenset({"support", "accusation"})
_JUDGED_REACH = 8  # tokens from a verb of welcome or blame to the event noun it judges


def _judged(hit: TriggerHit, hits: Sequence[TriggerHit], tokens: Sequence[Token]) -> bool:
    """ "ورحب المبعوث الأممي ... بالزيارة" (welcomed the visit): a definite event noun with بـ
    after a verb of welcome or blame is an event already told, judged; the one who judges it
    does not do it."""
    if not hit.is_noun or not tokens[hit.anchor].norm.startswith("بال"):
        return False
    for verb in hits:
        if verb.is_noun or verb.spec.type not in _JUDGING or verb.end > hit.start:
            continue
        between = tokens[verb.end : hit.start]
        if len(between) <= _JUDGED_REACH and not any(t.norm in ("،", ",", ".") for t in between):
            return True
    return False


def _participle(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> bool:
    return any(tokens[j].norm in grammar.participles for j in range(hit.start, hit.end))


def _evidence(d: Draft) -> Evidence:
    tokens = d.sentence.tokens
    t_start, t_end = tokens[d.hit.start].start, tokens[d.hit.end - 1].end
    full = d.sentence.text
    return Evidence(
        text=full,
        start=d.sentence.start,
        end=d.sentence.end,
        trigger=full[t_start - d.sentence.start : t_end - d.sentence.start],
        trigger_start=t_start,
        trigger_end=t_end,
        sentence=d.sentence.index,
    )


_DAY_KINDS = frozenset({"relative_day", "weekday"})


def _heading(index: int, tokens: Sequence[Token]) -> bool:
    """ "- 30 يونيو: الملك سلمان يعرب ...", "June 30: ...": a date heading a timeline entry
    dates every event of the entry, however far."""
    return index <= 2 and any(t.norm == ":" for t in tokens[index + 1 : index + 5])


def _mediator(m: Mention, words: Sequence[str], grammar: Grammar) -> bool:
    """ "with Norway acting as mediator", "talks brokered by Qatar": the mediator is no party."""
    if grammar.mediator_before.ends_at(words, m.start):
        return True
    return any(tuple(words[m.end : m.end + len(p)]) == p for p in grammar.mediator_after)


def _fronted(index: int, tokens: Sequence[Token]) -> bool:
    """ "On Monday, X received Y in Jakarta, where the two signed ...": a time set before the
    sentence's first clause with a comma dates every event of the sentence."""
    return index <= 1 and any(t.norm in (",", "،") for t in tokens[index + 1 : index + 4])


_STOP_TIME_REACH = 2  # tokens from a stop to its own date ("to Kyiv on July 2")
_SPAN_REACH = 12  # tokens from the trigger to "تستغرق يومين"
_MAX_SPAN_DAYS = 14

# what a rejection answers: a claim, or a decision taken against the rejecter ("cut ties with
# Morocco ... Rabat rejects the false justifications")
_CLAIM_TYPES = frozenset({"accusation", "demand", "appeal", "proposal", "threat", "sanction"})
_ACT_TYPES = frozenset({"military", "visit"})  # acts others condemn or criticise
# one-sided acts whose target a warning of the same doer goes on against
_MONTH_BEFORE = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "through",
        "during",
        "before",
        "after",
        "on",
        "between",
        "and",
        "-",
    }
)
_QUOTES = frozenset({'"', "“", "”"})
_FIRST_PERSON = frozenset({"we", "i"})
_MODALS = frozenset({"will", "would", "shall", "'ll", "must", "can", "could", "also"})
_HOSTILE_TYPES = frozenset({"sanction", "military", "accusation", "demand"})
_CONDITION_REACH = 10  # "warned it would \"respond strongly\" if the North": warning to subject
_OWN_ACTS = frozenset({"demand", "accusation", "sanction", "rejection"})
# one-sided acts that "also" makes one more against the target told before
_REPEATABLE_TYPES = frozenset({"sanction", "accusation", "threat", "demand", "military"})
_CLAIM_CONFIDENCE = 0.2
# tokens after a rejection where "the accusation" stands (Arabic: after the subject,
# "نفت وزارة الخارجية القطرية هذه الاتهامات")
_ANAPHOR_REACH = 10


def _anaphoric_object(hit: TriggerHit, tokens: Sequence[Token], grammar: Grammar) -> str | None:
    """The rejection's object when it is a noun that points back at an earlier claim ("denied
    the accusation", "رفضت أديس أبابا هذا الطلب")."""
    for t in tokens[hit.start + 1 : hit.end + _ANAPHOR_REACH]:  # or inside the phrase
        if t.norm in grammar.anaphoric_objects:
            return t.norm
        if t.norm in _CLAUSE_PUNCT:
            return None
    return None


def _earlier_doer(
    kind: str, sufferer: tuple[ActorRef, ...], drafts: Sequence[Draft]
) -> tuple[ActorRef, ...]:
    """Who did an event of ``kind`` to the ``sufferer`` earlier in the sentence (the last one
    by another party): the attacker of a victim, the accuser of the accused."""
    own = actor_codes(sufferer)
    for d in reversed(drafts):
        done_to = d.hit.spec.type == kind and actor_codes(d.target) & own
        if done_to and d.source and not actor_codes(d.source) & own:
            return d.source
    return ()


def _warns_of_itself(
    hit: TriggerHit,
    target: Sequence[Mention],
    drafts: Sequence[Draft],
    tokens: Sequence[Token],
    grammar: Grammar,
) -> Draft | None:
    """ "X recalled its envoy ..., warning that Spain would adopt all measures": the one
    warned about, right after "that", is the state that did the sentence's acts before; that
    act (the last one with a doer) tells the warner."""
    if not target or hit.end + 1 >= len(tokens):
        return None
    if tokens[hit.end].norm not in grammar.complementizers or target[0].start != hit.end + 1:
        return None
    named = actor_codes([m.actor for m in target])
    for d in reversed(drafts):
        if d.hit.spec.type in _OWN_ACTS and d.source:
            return d if named <= actor_codes(d.source) else None
    return None


def _conditioned(
    hit: TriggerHit,
    source: tuple[ActorRef, ...],
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    grammar: Grammar,
) -> tuple[ActorRef, ...]:
    """ "warned it would respond strongly if the North took further steps": the subject of
    the condition after a warning is whom it is addressed to."""
    words = [t.norm for t in tokens]
    own = actor_codes(source)
    for m in mentions:
        if m.start <= hit.end or m.start - hit.end > _CONDITION_REACH:
            continue
        j = m.start - 1 if words[m.start - 1] not in grammar.definite_words else m.start - 2
        if (
            j > hit.end
            and grammar.conditional_markers.ends_at(words, j + 1)
            and m.actor.codes
            and not m.actor.codes & own
            and not m.weak
        ):
            return (m.actor,)
    return ()


def _quoted_speaker(
    hit: TriggerHit, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> Mention | None:
    """The speaker of a quote that opens the sentence, when the trigger's subject in it is
    "we" or "I" ('"We will retaliate," Zakharova told reporters'): the mention right after
    the closing quote."""
    if not tokens or tokens[0].norm not in _QUOTES or hit.start < 2:
        return None
    if tokens[hit.start - 1].norm not in _FIRST_PERSON and not (
        tokens[hit.start - 2].norm in _FIRST_PERSON and tokens[hit.start - 1].norm in _MODALS
    ):
        return None
    close = next((i for i in range(hit.end, len(tokens)) if tokens[i].norm in _QUOTES), None)
    if close is None:
        return None
    return next((m for m in mentions if close < m.start <= close + 2 and not m.weak), None)


def _last_hostile(
    threatener: tuple[ActorRef, ...],
    hostile: Sequence[tuple[str, tuple[ActorRef, ...], tuple[ActorRef, ...]]],
) -> tuple[ActorRef, ...]:
    """ "Britain expelled 23 Russian diplomats ... 'We will retaliate,' Zakharova said": the
    doer of the latest sanction, attack, accusation or demand told before against the one who
    threatens, in an earlier sentence."""
    own = actor_codes(threatener)
    for _kind, doer, aimed in reversed(hostile):
        if actor_codes(aimed) & own and not actor_codes(doer) & own:
            return doer
    return ()


def _own_earlier_target(
    source: tuple[ActorRef, ...], drafts: Sequence[Draft]
) -> tuple[ActorRef, ...]:
    """Whom the ``source``'s own last demand, accusation or sanction in the sentence was aimed
    at: the one its warning is then addressed to."""
    own = actor_codes(source)
    for d in reversed(drafts):
        own_act = d.hit.spec.type in _OWN_ACTS and actor_codes(d.source) & own
        if own_act and d.target and not actor_codes(d.target) & own:
            return d.target
    return ()


def _claimant(
    rejecter: tuple[ActorRef, ...],
    here: Sequence[_Claim],
    claims: Sequence[_Claim],
    word: str | None,
) -> tuple[ActorRef, ...]:
    """Who made the claim the ``rejecter`` answers, newest first (this sentence first): the
    claim told with the very noun of the rejection ("pursuing 'credible allegations' ...
    India dismissed the allegations"), however weakly it read as an event; else the latest
    confident claim addressed to the rejecter ("the junta accused France ... The French
    ministry dismissed the allegation", past a warning to nobody named since); else the latest
    one addressed to nobody named."""
    own = actor_codes(rejecter)
    answerable = [
        c
        for c in reversed([*claims, *here])
        if not actor_codes(c.source) & own and (not c.target or actor_codes(c.target) & own)
    ]
    for claim in answerable:
        if word is not None and claim.word == word:
            return claim.source
    for claim in answerable:
        if claim.confident and claim.target:
            return claim.source
    for claim in answerable:
        if claim.confident:
            return claim.source
    return ()


_PARTICIPLE_OBJECT_REACH = 2  # ", accusing [President] Z of": the object right after
_OWN_REACH = 6  # tokens after an event noun where its own other party stands
_ECHO_REACH = 16  # tokens from a verb to the event noun that tells its event again


def _nth_day_of(hit: TriggerHit, tokens: Sequence[Token], time: TimeSpan, lang: str) -> TimeSpan:
    """ "التقى ... الجمعة في اليوم الثاني من زيارته", "on the second day of his visit": the
    date is the n-th day of the event, which began n-1 days before."""
    if not hit.is_noun or time.precision != "day" or time.start is None or hit.start < 3:
        return time
    day_word, ordinal, of = (t.norm for t in tokens[hit.start - 3 : hit.start])
    times = grammar(lang)
    unit = times.units.get(day_word.removeprefix("ال")) or times.units.get(day_word)
    n = times.ordinals.get(ordinal)
    if unit is None or unit[0] != "day" or n is None or of not in _of_words(lang):
        return time
    start = time.start - timedelta(days=n - 1)
    return TimeSpan(start, start, "day", f"{time.text} ({ordinal} {day_word})")


@cache
def _of_words(lang: str) -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_time_lexicon(lang).of_words)
