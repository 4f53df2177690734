"""Organisations named again without their name: "الجامعة" after "جامعة الدول العربية", "the bloc"
after ECOWAS, and a summit's final statement ("البيان الختامي") speaking for its organisation.
Each pass adds mentions to the sentences' mention lists before roles are assigned."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.arabic import noun_forms
from kg.extract.grammar import Grammar
from kg.extract.mentions import Mention
from kg.records import ActorRef
from kg.resources.actors import load_gazetteer
from kg.text.document import Sentence
from kg.text.tokens import Token


def org_anaphors(
    sentences: Sequence[Sentence], found: list[list[Mention]], grammar: Grammar, lang: str
) -> list[list[Mention]]:
    """ "جامعة الدول العربية ... واتهم الجامعة", "ECOWAS ... the bloc": a head noun of
    ``grammar.org_anaphors``, in no mention and with no adjective of its own after it (Arabic)
    or after "the" (English), is the last organisation named earlier in the article whose name
    starts with (Arabic) or holds (English) one of the words it stands for."""
    if lang == "en":
        return _english_org_anaphors(sentences, found, grammar)
    table = {f: (head, p) for head in grammar.org_anaphors for f, p in noun_forms(head)}
    last: dict[str, Mention] = {}  # head noun -> the latest organisation it may take up
    out: list[list[Mention]] = []
    for sentence, mentions in zip(sentences, found, strict=True):
        tokens = sentence.tokens
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        for i, token in enumerate(tokens):
            if i in covered or token.norm not in table:
                continue
            # "انسحابها من المجموعة الاقتصادية ...، متهمة المجموعة": named earlier in the
            # sentence too
            _name_organisations([m for m in mentions if m.end <= i], tokens, grammar, last)
            head, proclitic = table[token.norm]
            antecedent = last.get(head)
            following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            if antecedent is not None and not following.startswith("ال"):
                # "طائرات التحالف", "ضمن قوات التحالف": the actor noun before it belongs to
                # the mention, so a preposition before that governs it
                start = i - 1 if i > 0 and tokens[i - 1].norm in grammar.actor_nouns else i
                if start < i:
                    proclitic = ""
                added.append(replace(antecedent, start=start, end=i + 1, proclitic=proclitic))
        _name_organisations(mentions, tokens, grammar, last)
        out.append(sorted([*mentions, *added], key=lambda m: m.start) if added else mentions)
    return out


def state_anaphors(
    sentences: Sequence[Sentence], found: list[list[Mention]], grammar: Grammar
) -> list[list[Mention]]:
    """ "North Korea ... the North cut off all communication lines with the South": a
    capitalised word of ``grammar.state_anaphors`` right after "the", in no mention, stands
    for its state once the article has named that state and its counterpart (the state's
    latest mention is taken up)."""
    last: dict[str, Mention] = {}  # code -> the latest mention of that state
    out: list[list[Mention]] = []
    for sentence, mentions in zip(sentences, found, strict=True):
        tokens = sentence.tokens
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        for i, token in enumerate(tokens):
            codes = grammar.state_anaphors.get(token.norm)
            if not codes or i in covered or i == 0 or not token.capitalised:
                continue
            if tokens[i - 1].norm not in grammar.definite_words or tokens[i - 1].norm == "this":
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and after.capitalised and after.is_word:
                continue  # "the South China Sea", "the North Atlantic"
            earlier = [last.get(c) for c in codes]
            if all(m is not None for m in earlier) and earlier[0] is not None:
                added.append(replace(earlier[0], start=i, end=i + 1, proclitic="", weak=False))
        for m in mentions:
            if m.actor.kind == "state" and m.actor.code and not m.weak:
                last[m.actor.code] = m
        out.append(sorted([*mentions, *added], key=lambda m: m.start) if added else mentions)
    return out


_ORGAN_ADJECTIVES = 2  # "المجلس الأعلى"، "الأمانة العامة"، "المجلس الوزاري"


def organ_mentions(
    sentences: Sequence[Sentence], found: list[list[Mention]], grammar: Grammar
) -> list[list[Mention]]:
    """ "أكد المجلس الأعلى لمجلس التعاون": a head noun of ``grammar.organ_heads`` with up to
    two definite adjectives, right before لـ and an organisation, is a body of it; the mention
    grows back over the head noun and loses the preposition, so the body is the party."""
    out: list[list[Mention]] = []
    for sentence, mentions in zip(sentences, found, strict=True):
        tokens = sentence.tokens
        covered = {i for m in mentions for i in range(m.start, m.end)}
        grown: list[Mention] = []
        for m in mentions:
            if m.actor.kind in ("igo", "org") and m.proclitic in ("ل", "لل"):
                head = _organ_head(tokens, m.start, covered, grammar)
                if head is not None:
                    m = replace(m, start=head, proclitic="")
            grown.append(m)
        out.append(grown)
    return out


def _organ_head(
    tokens: Sequence[Token], start: int, covered: set[int], grammar: Grammar
) -> int | None:
    """Where the organ's head noun stands before the organisation at ``start``, if it does."""
    for back in range(1, _ORGAN_ADJECTIVES + 2):
        j = start - back
        if j < 0 or j in covered or not tokens[j].is_word:
            return None
        word = tokens[j].norm
        if word in grammar.organ_heads or (word[1:] in grammar.organ_heads and word[0] in "وف"):
            return j
        if not word.startswith("ال"):
            return None
    return None


def _name_organisations(
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    grammar: Grammar,
    last: dict[str, Mention],
) -> None:
    """Record in ``last`` (head noun -> organisation) the organisations of ``mentions`` that
    a head noun of ``grammar.org_anaphors`` may take up."""
    for m in mentions:
        if m.actor.kind not in ("igo", "org", "government", "state"):
            # "الأمين العام لمجلس التعاون ... رفض المجلس": the council named inside the
            # title of its officer is the one taken up
            words = {t.norm.removeprefix("ل") for t in tokens[m.start + 1 : m.end]}
            org = _organisation(m.actor.code)
            for head, firsts in grammar.org_anaphors.items():
                if words & firsts and org is not None:
                    last[head] = replace(m, actor=org, has_title=False)
            continue  # a state: its army ("الجيش السوداني"), by the head-word check below
        word = tokens[m.start].norm[len(m.proclitic) :]
        for head, firsts in grammar.org_anaphors.items():
            if word in firsts:
                last[head] = m


def _organisation(code: str | None) -> ActorRef | None:
    """The organisation ``code`` as an actor, when it is one."""
    gazetteer = load_gazetteer()
    org = gazetteer.organisations.get(code or "")
    if org is None or org.kind not in ("igo", "organisation"):
        return None
    return ActorRef(
        id=org.code,
        name=gazetteer.name_of(org.code),
        kind="igo" if org.kind == "igo" else "organisation",
        code=org.code,
        wikidata=org.wikidata,
    )


def group_statements(
    sentences: Sequence[Sentence], found: list[list[Mention]], grammar: Grammar
) -> list[list[Mention]]:
    """ "وطالب البيان الختامي إيران بـ ...": a phrase of ``grammar.group_statements``, in no
    mention, speaks for the organisation the article has named before it, when it has named
    exactly one (a summit of the GCC); with more, whose statement it is is not told."""
    named: dict[str, Mention] = {}  # organisation code -> its latest mention
    # first word -> the phrases it opens, longest first (most words open none)
    starts: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(grammar.group_statements, key=len, reverse=True):
        starts.setdefault(p[0], []).append(p)
    out: list[list[Mention]] = []
    for sentence, mentions in zip(sentences, found, strict=True):
        tokens = sentence.tokens
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        voice = next(iter(named.values())) if len(named) == 1 else None
        i = 0
        while voice is not None and i < len(tokens):
            phrase = next(
                (
                    p
                    for p in starts.get(tokens[i].norm, ())
                    if tuple(t.norm for t in tokens[i : i + len(p)]) == p
                    and not covered & set(range(i, i + len(p)))
                ),
                None,
            )
            if phrase is None:
                i += 1
                continue
            added.append(replace(voice, start=i, end=i + len(phrase), proclitic=""))
            i += len(phrase)
        for m in mentions:
            if m.actor.kind in ("igo", "org") and m.actor.code:
                named[m.actor.code] = m
        out.append(sorted([*mentions, *added], key=lambda m: m.start) if added else mentions)
    return out


def _english_org_anaphors(
    sentences: Sequence[Sentence], found: list[list[Mention]], grammar: Grammar
) -> list[list[Mention]]:
    last: dict[str, Mention] = {}  # head noun -> the latest organisation it may take up
    # "the bloc" (any organisation) is the one the article has named most so far ("EU" told
    # three times, then "plans to join NATO", then "the bloc": the EU); ties go to the latest
    named: Counter[str] = Counter()
    out: list[list[Mention]] = []
    for sentence, mentions in zip(sentences, found, strict=True):
        tokens = sentence.tokens
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        for i, token in enumerate(tokens):
            antecedent = last.get(token.norm)
            if antecedent is None or i in covered or (token.capitalised and i > 0):
                continue
            before = [t.norm for t in tokens[max(0, i - 2) : i]]
            determined = bool(before) and before[-1] in grammar.definite_words
            adjective = (
                len(before) == 2
                and before[0] in grammar.definite_words
                and not tokens[i - 1].capitalised
                and i - 1 not in covered
            )
            if determined or adjective:
                added.append(replace(antecedent, start=i, end=i + 1, proclitic=""))
        for m in mentions:
            named[m.actor.code or ""] += 1  # "EU ministers" name the EU too
            if m.actor.kind not in ("igo", "org") or m.actor.code is None:
                continue
            words = {t.norm for t in tokens[m.start : m.end]} | {m.actor.code.lower()}
            for head, holds in grammar.org_anaphors.items():
                if "*" in holds and m.actor.kind == "igo":
                    held = last.get(head)
                    if held is None or named[m.actor.code] >= named[held.actor.code or ""]:
                        last[head] = m
                elif words & holds:
                    last[head] = m
        out.append(sorted([*mentions, *added], key=lambda m: m.start) if added else mentions)
    return out
