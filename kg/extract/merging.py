"""Several mentions of one event in an article merged into one: drafts of the same type whose
parties and dates agree form a group, and the group's date is the most precise one its
confident members tell (background told in passing does not date news)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.drafts import JOINT_TYPES, SYMMETRIC_TYPES, Draft, actor_codes
from kg.extract.grammar import Grammar, any_language, load_grammar
from kg.extract.triggers import trigger_lexicon
from kg.records import UNKNOWN_TIME, TimeSpan
from kg.text.document import Sentence

_PRECISION_RANK = {"day": 4, "range": 4, "month": 3, "year": 2, "unknown": 0}


_PEG_SENTENCES = 3  # the lead: where wire news dates what it is about


_LINE_TOKENS = 8  # a sentence this short is a date line or a byline ("29 May 2014"), not lead


def lead_end(sentences: Sequence[Sentence]) -> int:
    """Index of the first sentence after the lead: the first sentences of the article, date
    lines and bylines not counted."""
    counted = 0
    for sentence in sentences:
        if len(sentence.tokens) >= _LINE_TOKENS:
            counted += 1
        if counted == _PEG_SENTENCES:
            return sentence.index + 1
    return len(sentences)


def news_peg(drafts: Sequence[Draft], lead_end: int = _PEG_SENTENCES) -> TimeSpan | None:
    """The day the article's news happened: the first day-precise date of an event told in the
    lead. Undated events told as part of the same news (statements at the meeting, the visit
    the lead announces) happened that day too."""
    for draft in sorted(drafts, key=lambda d: (d.sentence.index, d.hit.anchor)):
        if draft.sentence.index >= lead_end:
            return None
        if draft.time.precision == "day" and draft.modality in ("asserted", "reported"):
            return draft.time
    return None


# Words that put an event before the news: pluperfect, "previously", "since", "last year".
_BACKGROUND = frozenset(
    "كان كانت سبق سبقت سابق سابقا منذ وكان وكانت قبل الماضي السابق had previously earlier "
    "since formerly once ago last".split()
)


def told_on_peg(draft: Draft, grammar: Grammar) -> bool:
    """May an undated event take the news peg's date? Only a past event told without any
    sign that it is background ("كان قد", "had", "since 2011") or still to come."""
    if draft.modality not in ("asserted", "reported"):
        return False
    verb = draft.hit.verb
    said_now = verb is not None and verb.tense == "present" and draft.hit.spec.type in _SPEECH_ACTS
    if verb is not None and verb.tense != "past" and not said_now:
        return False
    return not _background(draft)


# Events done by saying them: "Washington condemns ...", told in the present, happen when said.
_SPEECH_ACTS = frozenset({"accusation", "demand", "appeal", "rejection", "support", "threat"})


def _background(draft: Draft) -> bool:
    """Is the event told as background ("كان قد أجرى زيارة", "had visited", "since 2011")?"""
    tokens = draft.sentence.tokens
    lo = max(0, draft.hit.anchor - 6)
    return any(t.norm in _BACKGROUND for t in tokens[lo : draft.hit.end + 3])


def _dated_background(draft: Draft) -> bool:
    """Background dated by a month or a year ("had visited Russia in June", "منذ 2011"); a
    pluperfect arrival "the evening before yesterday" is still the news."""
    return draft.time.precision in ("month", "year") and _background(draft)


def group_time(group: Sequence[Draft], primary: Draft) -> TimeSpan:
    """The date of a merged event: the most precise time of its members. A member too weak
    to be an event of its own ("المشاورات التي بدأت في مايو الماضي", no parties) may add to a
    date the others give ("في سبتمبر" ... "تستمر الزيارة من 7 إلى 9 سبتمبر"), but a month or
    a year it names (often background) does not date an event the others leave undated."""
    strong = [d.time for d in group if d is primary or d.confidence >= _DATING_CONFIDENCE]
    if _best_time(strong).precision == "unknown":
        return _best_time([d.time for d in group if d.time.precision in ("day", "range")])
    return _best_time([d.time for d in group])


def _best_time(times: Sequence[TimeSpan]) -> TimeSpan:
    # a range that starts on the day another report gives ("يزور الجزائر غدا" in the title,
    # "زيارة تستغرق يومين ابتداء من غد" in the body) tells more than that day
    days = {t.start for t in times if t.precision == "day"}
    return (
        max(
            times,
            key=lambda t: (
                _PRECISION_RANK[t.precision],
                t.precision == "range" and t.start in days,
            ),
        )
        if times
        else UNKNOWN_TIME
    )


def _same_event(a: Draft, b: Draft) -> bool:
    if a.hit.spec.type != b.hit.spec.type:
        return False
    if a.hit.spec.type == "statement" and a.sentence.index != b.sentence.index:
        return False  # one speaker's statements are several events
    if not _times_agree(a.time, b.time):
        return False
    a_people, b_people = _people(a), _people(b)
    if a_people and b_people and not a_people & b_people:
        return False  # "Villalobos will meet Perdue"; "Marquez and Ross will meet": two meetings
    if _dated_background(a) != _dated_background(b) and (
        a.time.precision == "unknown" or b.time.precision == "unknown"
    ):
        # "X's visit to Moscow ..." and "X had visited Russia in June": an undated news event
        # is not the dated visit told as background
        return False
    if (
        {a.time.precision, b.time.precision} == {"day", "unknown"}
        and _background(a if a.time.precision == "unknown" else b)
        and not _background(a if a.time.precision == "day" else b)
    ):
        # "Peru declared the ambassador persona non grata on Tuesday ... Last week, Peru
        # recalled its own ambassador": an undated act told as background is not the dated news
        return False
    a_src, a_tgt, b_src, b_tgt = (
        actor_codes(a.source),
        actor_codes(a.target),
        actor_codes(b.source),
        actor_codes(b.target),
    )
    if a.hit.spec.type in SYMMETRIC_TYPES:
        a_all, b_all = a_src | a_tgt, b_src | b_tgt
        return bool(a_all & b_all) and (a_all <= b_all or b_all <= a_all)
    if a.hit.spec.type in JOINT_TYPES and a_tgt and b_tgt and a_src | a_tgt == b_src | b_tgt:
        return True  # "Chad and Niger agreed ...", "Both Niger and Chad reached a deal"
    if not (a_src & b_src):
        return False
    return not a_tgt or not b_tgt or bool(a_tgt & b_tgt)


def _widens(draft: Draft, reps: Sequence[Draft]) -> bool:
    """Does a symmetric draft name more parties than every representative of its group?"""
    if draft.hit.spec.type not in SYMMETRIC_TYPES:
        return False
    parties = actor_codes(draft.source) | actor_codes(draft.target)
    return all(actor_codes(r.source) | actor_codes(r.target) < parties for r in reps)


def _people(draft: Draft) -> frozenset[str]:
    """The named people taking part in a draft event."""
    return frozenset(a.id for a in (*draft.source, *draft.target) if a.kind == "person")


def _anaphoric(draft: Draft) -> bool:
    """ "The deal, reached after three weeks of talks", "الزيارة": a definite event noun in a
    later sentence refers back to the event already told."""
    hit = draft.hit
    if draft.sentence.index == 0:
        return False
    tokens = draft.sentence.tokens
    token = tokens[hit.anchor]
    if token.arabic:
        # Arabic puts the article on generic nouns too ("الزيارات الرسمية"): measured on the
        # dev set, treating ال-nouns as references merges unrelated events
        return False
    if not hit.is_noun:
        return _anaphoric_participle(draft)
    return hit.anchor > 0 and tokens[hit.anchor - 1].norm in load_grammar("en").definite_words


def _anaphoric_participle(draft: Draft) -> bool:
    """ "The deal, reached after three weeks of talks, ...", "The accord, signed in May, ...":
    a participle after a definite event noun of its own type and a comma tells that event
    again."""
    hit, tokens = draft.hit, draft.sentence.tokens
    if draft.sentence.index == 0 or hit.anchor < 2 or tokens[hit.anchor - 1].norm != ",":
        return False
    noun = tokens[hit.anchor - 2]
    if noun.arabic:
        return False
    lexicon = trigger_lexicon("en")
    named = {w[0] for w in hit.spec.requires if len(w) == 1}  # "reach" requires "deal"
    if not (lexicon.keys(noun) & named or hit.spec.type in lexicon.noun_types(noun)):
        return False
    definite = load_grammar("en").definite_words
    return any(t.norm in definite for t in tokens[max(0, hit.anchor - 5) : hit.anchor - 2])


def _time_compatible(draft: Draft, representatives: Sequence[Draft]) -> bool:
    dated = [r for r in representatives if r.time.precision != "unknown"]
    return not dated or _times_agree(draft.time, dated[0].time)


def _times_agree(a: TimeSpan, b: TimeSpan) -> bool:
    """Can two mentions' dates be one event's? Yes when either is undated, when they start
    on the same day, or when a month or year contains the other date ("في سبتمبر" and then
    "من 7 إلى 9 سبتمبر")."""
    if a.start is None or b.start is None or a.start == b.start:
        return True
    for wide, narrow in ((a, b), (b, a)):
        if wide.precision in ("month", "year") and narrow.precision in ("day", "range"):
            wide_end = wide.end or wide.start
            narrow_end = narrow.end or narrow.start
            if wide.start <= narrow.start and narrow_end <= wide_end:  # type: ignore[operator]
                return True
    return False


def _further(draft: Draft) -> bool:
    """Is the event told as one more act ("Ensour also ordered filing a complaint")
    right before its trigger?"""
    tokens = draft.sentence.tokens
    further = any_language("further_words")
    return any(t.norm in further for t in tokens[max(0, draft.hit.start - 2) : draft.hit.start])


_DATING_CONFIDENCE = 0.2  # below it a merged member's time does not date the event
_MERGE_LOOKBACK = 50  # groups of the same type a draft is compared with (bounded work)


def merge_drafts(drafts: list[Draft]) -> list[list[Draft]]:
    """Group the drafts that are one event. A draft joins the most recent compatible group (a
    later undated mention usually refers back to the event just told). A group is represented
    by its first draft and its first dated draft, so long articles merge in linear time."""
    groups: list[list[Draft]] = []
    representatives: list[list[Draft]] = []
    by_type: dict[str, list[int]] = {}
    for draft in drafts:
        candidates = by_type.setdefault(draft.hit.spec.type, [])
        anaphoric = _anaphoric(draft)
        further = _further(draft)
        for index in reversed(candidates[-_MERGE_LOOKBACK:]):
            if further and all(d.sentence.index < draft.sentence.index for d in groups[index]):
                continue  # "X also filed a complaint": another act than the one told before
            if (anaphoric and _time_compatible(draft, representatives[index])) or all(
                _same_event(draft, rep) for rep in representatives[index]
            ):
                groups[index].append(draft)
                reps = representatives[index]
                if draft.time.precision != "unknown" and all(
                    r.time.precision == "unknown" for r in reps
                ):
                    reps.append(draft)
                if draft.source and draft.target and not any(r.source and r.target for r in reps):
                    # "Kerry met ..." then "Kerry met Lavrov": the group now has its two sides,
                    # and later mentions with other parties are other events
                    reps.append(draft)
                elif _widens(draft, reps):
                    # "met Jubeir and the Emir of Qatar": a joint event with more parties than
                    # told so far; a later one with another third party is another meeting
                    reps.append(draft)
                break
        else:
            candidates.append(len(groups))
            groups.append([draft])
            representatives.append([draft])
    return groups
