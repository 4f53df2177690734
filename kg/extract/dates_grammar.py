"""The regular grammar of time expressions, built once per language from ``time.yaml``.

:func:`build_grammar` turns a :class:`kg.extract.dates.TimeLexicon` into

- one regex branch per expression shape ("13-15 ديسمبر", "الاثنين الماضي", "two days ago"),
  in priority order: at one position the most specific shape is tried first, so the longest
  reading wins;
- for each word that can start a shape, the shapes it can start (``starts``), so that a match
  attempt only tries those (a pattern per set of shapes, compiled once);
- an anchor pattern (a trie of the content words every expression contains: month and day
  names, units, relative words, and numbers), so that the text is scanned once in C and
  matching is only tried near an anchor;
- the folded lookup tables that turn matched words into numbers.

Matching runs on folded text (:func:`kg.text.normalize.fold`); every word of the lexicon is
folded with :func:`kg.text.normalize.fold_key` here, so both sides agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from kg.errors import ResourceError
from kg.text.normalize import fold_key

if TYPE_CHECKING:
    from kg.extract.dates import Offset, TimeLexicon

Unit = Literal["day", "week", "month", "year"]
Part = Literal["early", "mid", "late"]
Season = Literal["spring", "summer", "autumn", "winter"]
Form = Literal["one", "two", "many"]

V = TypeVar("V")
_S = r"\s+"
_OS = r"\s*"
_NEVER = "(?!)"


def key(text: str) -> str:
    """Lookup key of matched (already folded) text: lower-cased, spaces collapsed, no dot."""
    return " ".join(text.lower().split()).rstrip(".")


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled pattern and folded lookup tables of one language."""

    lang: str
    branches: dict[str, str]  # name -> pattern of one expression shape, in priority order
    starts: dict[str, frozenset[str]]  # first word ("#": a number) -> shapes that may start so
    flags: int
    months: dict[str, int]
    abbreviations: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, tuple[Unit, Form]]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    periods: dict[str, Unit]
    parts: dict[str, Part]
    seasons: dict[str, Season]
    ago: frozenset[str]
    ahead: frozenset[str]
    blockers_before: frozenset[str]
    blockers_after: frozenset[str]
    name_nouns_before: frozenset[str]  # "حدود 1967": a date naming a thing
    duration_anchor: re.Pattern[str]  # "من"/"of" after a duration: counted from an event
    conjunctions: frozenset[str]  # "و", "and": join two full dates only after "بين"/"between"
    core: frozenset[str]  # every expression contains one of these words (or a digit)
    anchors: re.Pattern[str]  # finds those words (with Arabic clitics) and numbers

    _compiled: dict[frozenset[str], re.Pattern[str]] = field(default_factory=dict)
    _by_word: dict[str, frozenset[str]] = field(default_factory=dict)

    def shapes_at(self, word: str) -> frozenset[str]:
        """The expression shapes that can start with ``word`` (cached per word)."""
        w = word.lower() if self.lang == "en" else word
        if w[0].isdigit():
            w = "#"
        found = self._by_word.get(w)
        if found is not None:
            return found
        names: set[str] = set()
        for v in _variants(w) if self.lang == "ar" else (w,):
            if v[0].isdigit():
                names |= self.starts.get("#", frozenset())
            else:
                names |= self.starts.get(v, frozenset())
                if v.startswith("ل"):  # "للعام" = "ل" + "العام"
                    names |= self.starts.get("ا" + v, frozenset())
        found = frozenset(names)
        if len(self._by_word) < 50_000:
            self._by_word[w] = found
        return found

    def after(self, names: frozenset[str], name: str) -> frozenset[str]:
        """``names`` without ``name`` and the shapes tried before it."""
        order = list(self.branches)
        if name not in order:
            return frozenset()
        rank = order.index(name)
        return frozenset(n for n in names if order.index(n) > rank)

    def compiled(self, names: frozenset[str]) -> re.Pattern[str]:
        """One pattern trying the shapes ``names`` in priority order (compiled once)."""
        if names not in self._compiled:
            body = "|".join(p for n, p in self.branches.items() if n in names)
            clitic = "(?:[وف](?=\\w))?(?:[بلك](?=\\w))?" if self.lang == "ar" else ""
            self._compiled[names] = re.compile(rf"(?<!\w){clitic}(?:{body})(?!\w)", self.flags)
        return self._compiled[names]

    def lookup(self, table: Mapping[str, V], text: str) -> V | None:
        """Value of ``text`` in ``table``; also undoes the "لل" contraction (للعام -> العام)."""
        k = key(text)
        if k in table:
            return table[k]
        if self.lang == "ar" and k.startswith("ل"):
            return table.get("ا" + k)
        return None


def _table(name: str, entries: Iterable[tuple[str, int | str]]) -> dict[str, int | str]:
    out: dict[str, int | str] = {}
    for word, value in entries:
        k = fold_key(word)
        if not k:
            raise ResourceError(name, "empty entry")
        if out.get(k, value) != value:
            raise ResourceError(name, f"{word!r} has two values")
        out[k] = value
    return out


def _numbered(name: str, mapping: Mapping[int, list[str]], lo: int, hi: int) -> dict[str, int]:
    missing = set(range(lo, hi + 1)) - set(mapping)
    extra = set(mapping) - set(range(lo, hi + 1))
    if missing or extra:
        raise ResourceError(name, f"keys must be {lo}..{hi}")
    table = _table(name, ((w, n) for n, ws in mapping.items() for w in ws))
    return {k: int(v) for k, v in table.items()}


class _Builder:
    """Regex pieces; ``p`` prefixes keep group names unique across alternatives."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.ar = lex.lang == "ar"
        self.lex = lex
        months = [w for ws in lex.months.values() for w in ws]
        abbr = [w for ws in lex.month_abbreviations.values() for w in ws]
        if self.ar:
            self.mon = self.alt(months)
            self.monf = self.mon
        else:  # case-sensitive month names: "May" is a month, "may" a verb
            cased = [v for w in months for v in (w, w.upper())]
            cased_abbr = [v for w in abbr for v in (w, w.upper())]
            full = "|".join(sorted((re.escape(w) for w in cased), key=len, reverse=True))
            short = "|".join(sorted((re.escape(w) for w in cased_abbr), key=len, reverse=True))
            self.monf = f"(?-i:{full})"
            self.mon = f"(?-i:{full}|(?:{short})\\.?)" if short else self.monf
        self.wd = self.alt(w for ws in lex.weekdays.values() for w in ws)
        self.ord = self.alt(w for ws in lex.ordinals.values() for w in ws)
        self.of = self.alt(lex.of_words)
        self.era = self.alt(lex.era_suffixes)
        self.yw = self.alt(lex.year_words)
        self.moda = self.alt(o.text for o in lex.modifiers_after)
        self.modb = self.alt(o.text for o in lex.modifiers_before)
        self.per_year = self.alt(lex.periods.year)
        self.art = self.alt(lex.articles)

    def alt(self, words: Iterable[str]) -> str:
        """Alternation of folded words, longest first; spaces match any run of spaces."""
        keys = sorted({fold_key(w) for w in words}, key=lambda w: (-len(w), w))
        if not keys:
            return _NEVER
        parts = []
        for k in keys:
            p = _S.join(re.escape(t) for t in k.split())
            if self.ar and k.startswith("ال") and len(k) > 3:
                p = "(?:ال|(?<=ل)ل)" + p[2:]  # "للعام" = "ل" + "العام"
            parts.append(p)
        return "(?:" + "|".join(parts) + ")"

    def dayn(self, p: str) -> str:
        suffix = "" if self.ar else "(?:st|nd|rd|th)?"
        return rf"(?<!\d[.,/:])(?P<{p}dn>0?[1-9]|[12][0-9]|3[01])(?!\d){suffix}"

    def day(self, p: str) -> str:
        return f"(?:{self.dayn(p)}|(?P<{p}do>{self.ord}))"

    def year(self, p: str) -> str:
        return (
            rf"(?P<{p}y>1\d{{3}}|2[01]\d\d)(?!\d|[.,]\d)"
            rf"(?:{_OS}(?P<{p}era>{self.era})(?!\w))?"
        )

    def yrel(self, p: str) -> str:
        return (
            f"(?:(?P<{p}ymb>{self.modb}){_S}{self.per_year}"
            f"|{self.per_year}{_S}(?P<{p}yma>{self.moda}))"
        )

    def ysuf(self, p: str) -> str:
        return (
            f"(?:{_OS}[,،]?{_OS}(?:{self.of}{_S})?"
            f"(?:(?:{self.yw}{_S})?{self.year(p)}|{self.yrel(p)}))"
        )

    def tail(self, p: str) -> str:
        return f"(?:{self.ysuf(p)}|{_S}(?P<{p}ma>{self.moda}))?"

    def month(self, p: str, names: str | None = None) -> str:
        m = names or self.mon
        gloss = rf"(?:{_OS}\({_OS}{m}{_OS}\)|{_OS}/{_OS}{m}|{_S}-{_S}{m})"
        return f"(?P<{p}m>{m})(?P<{p}g>{gloss})?"

    def wd_prefix(self) -> str:
        lex = self.lex
        return (
            f"(?:(?:{self.alt(lex.day_prefixes)}{_S})?{self.wd}{_OS}[,،]?{_OS}"
            f"(?:{self.alt(lex.date_prefixes)}{_S})?)?"
        )


def _alternatives(b: _Builder) -> list[tuple[str, str]]:
    """(name, pattern) of every expression shape, most specific first."""
    lex = b.lex
    rs, rj = b.alt(lex.range_starts), b.alt([*lex.range_joins, *lex.conjunctions])
    hmon = b.alt(w for ws in lex.hijri_months.values() for w in ws)
    hsuf = b.alt(lex.hijri_suffixes)
    per = b.alt([*lex.periods.week, *lex.periods.month, *lex.periods.year])
    parts = b.alt([*lex.period_parts.early, *lex.period_parts.mid, *lex.period_parts.late])
    seasons = b.alt(
        [*lex.seasons.spring, *lex.seasons.summer, *lex.seasons.autumn, *lex.seasons.winter]
    )
    units = b.alt(
        w
        for forms in (lex.units.day, lex.units.week, lex.units.month, lex.units.year)
        for w in (*forms.one, *forms.two, *forms.many)
    )
    dpb, dpa = b.alt(lex.day_parts_before), b.alt(lex.day_parts_after)
    dpre = b.alt(lex.day_prefixes)
    art = f"(?:{b.art}{_S})?"
    join = f"{_OS}(?P<{{p}}j>{rj}){_OS}"
    out: list[tuple[str, str]] = []
    # 13-15 December / from 28 November to 2 December
    out.append(
        (
            "range_full",
            f"(?:(?P<fr>{rs}){_S})?{b.day('f1')}(?:{_S}(?P<f1of>{b.of}))?{_S}{b.month('f1')}"
            f"(?:{_OS}[,،]?{_OS}{b.year('f1')})?{join.format(p='f')}"
            f"{b.day('f2')}(?:{_S}(?P<f2of>{b.of}))?{_S}{b.month('f2')}{b.tail('f2')}",
        )
    )
    if not b.ar:
        out.append(
            (
                "range_full_md",
                f"(?:(?P<gr>{rs}){_S})?{b.month('g1')}{_S}{b.dayn('g1')}"
                f"(?:{_OS},?{_OS}{b.year('g1')})?{join.format(p='g')}"
                f"{b.month('g2')}{_S}{b.dayn('g2')}{b.tail('g2')}",
            )
        )
    out.append(
        (
            "range_dm",
            f"(?:(?P<ar>{rs}){_S})?{art}{b.day('a1')}{join.format(p='a')}{b.day('a2')}"
            f"(?:{_S}(?P<aof>{b.of}))?{_S}{b.month('a')}{b.tail('a')}",
        )
    )
    if not b.ar:
        out.append(
            (
                "range_md",
                f"(?:(?P<br>{rs}){_S})?{b.month('b')}{_S}{b.dayn('b1')}{join.format(p='b')}"
                f"{b.dayn('b2')}{b.tail('b')}",
            )
        )
    out.append(
        (
            "range_year",
            f"(?:(?P<cr>{rs}){_S})?(?:(?P<cw>{b.yw}){_S})?{b.year('c1')}{join.format(p='c')}"
            f"(?:{b.yw}{_S})?{b.year('c2')}",
        )
    )
    out.append(
        (
            "hijri",
            rf"(?:(?P<hd>0?[1-9]|[12][0-9]|30)(?!\d){_S}(?:{b.of}{_S})?)?(?P<hm>{hmon})"
            rf"(?:{_S}(?:{b.yw}{_S})?(?P<hy>\d{{4}})(?!\d)(?:{_OS}{hsuf}(?!\w))?)?",
        )
    )
    out.append(("hijri_year", rf"(?:{b.yw}{_S})?(?P<hyy>1[3-5]\d\d)(?!\d){_OS}{hsuf}(?!\w)"))
    out.append(
        (
            "date_dm",
            f"{b.wd_prefix()}{art}{b.day('d')}(?:{_S}(?P<dof>{b.of}))?{_S}"
            f"(?:{b.alt(lex.month_prefixes)}{_S})?{b.month('d')}{b.tail('d')}",
        )
    )
    out.append(
        (
            "date_rel",  # "الرابع عشر من الشهر الماضي", "the 14th of this month"
            f"{art}{b.day('r')}{_S}{b.of}{_S}{art}(?:(?P<rmb>{b.modb}){_S})?"
            f"(?P<rper>{b.alt(lex.periods.month)})(?:{_S}(?P<rma>{b.moda}))?",
        )
    )
    if not b.ar:
        out.append(("date_md", f"{b.wd_prefix()}{b.month('e')}{_S}{b.dayn('e')}{b.tail('e')}"))
    out.append(
        (
            "date_num",
            r"(?<![\d/.\-])(?:(?P<nd>\d{1,2})(?P<ns>[/.\-])(?P<nm>\d{1,2})(?P=ns)(?P<ny>\d{4})"
            r"|(?P<ny2>\d{4})(?P<ns2>[/.\-])(?P<nm2>\d{1,2})(?P=ns2)(?P<nd2>\d{1,2}))"
            r"(?![\d/]|[.\-]\d)",
        )
    )
    out.append(
        (
            "month",
            f"(?:(?P<mpp>{b.alt(lex.month_prepositions)}){_S})?(?P<b_month>"
            f"(?:(?P<mmb>{b.modb}){_S})?(?:(?P<mpre>{b.alt(lex.month_prefixes)}){_S})?"
            f"{b.month('m')}{b.tail('m')})",
        )
    )
    out.append(
        (
            "part",
            f"(?P<pp>{parts})(?:{_S}|{_OS}-{_OS})(?:{b.month('q')}{b.tail('q')}"
            f"|(?:{b.yw}{_S})?{b.year('qq')}"
            f"|{art}(?:(?P<qpb>{b.modb}){_S})?(?P<qper>{per})(?:{_S}(?P<qpa>{b.moda}))?)",
        )
    )
    out.append(
        (
            "season",
            f"{art}(?:(?P<smb>{b.modb}){_S})?(?P<sn>{seasons})"
            f"(?:{_S}(?P<sma>{b.moda})|{b.ysuf('s')})?",
        )
    )
    out.append(
        (
            "period",
            f"(?:(?P<rpb>{b.modb}){_S})?(?P<rpn>{per})(?:{_S}(?P<rpa>{b.moda}))?",
        )
    )
    out.append(
        (
            "relday",
            f"(?:(?P<rdp>{dpb}){_S})?(?:{dpre}{_S})?"
            f"(?P<rd>{b.alt(o.text for o in lex.relative_days)})"
            rf"(?:{_OS}[,،]?{_OS}\(?{_OS}(?P<rdw>{b.wd}){_OS}\)?)?(?:{_S}(?P<rdpa>{dpa}))?",
        )
    )
    out.append(
        (
            "weekday",
            f"(?:(?P<wdp>{dpb}){_S})?(?:(?P<wmb>{b.modb}){_S})?(?:{dpre}{_S})?(?P<wd>{b.wd})"
            f"(?:{_S}(?P<wma>{b.moda}))?(?:{_S}(?P<wdpa>{dpa}))?",
        )
    )
    out.append(
        (
            "year",
            f"(?:(?P<ypp>{b.alt(lex.year_prepositions)}){_S})?(?P<b_year>"
            f"(?:(?P<ykw>{b.yw}){_S})?{b.year('y')})",
        )
    )
    direction = b.alt([*lex.ago_before, *lex.ahead_before])
    numbers = b.alt(w for ws in lex.numbers.values() for w in ws)
    after = b.alt([*lex.ago_after, *lex.ahead_after])
    out.append(
        (
            "duration",
            f"(?:(?P<dub>{direction}){_S})?(?:{b.alt(lex.approximately)}{_S})?"
            rf"(?:(?P<dun>\d{{1,3}}(?!\d|[.,]\d)|{numbers})"
            f"{_S})?(?P<duu>{units})(?!{_OS}\\d|{_S}{b.wd})(?:{_S}(?P<dua>{after}))?",
        )
    )
    return out


def build_grammar(lex: TimeLexicon) -> Grammar:
    """Compile the pattern and tables of one language (call once; callers cache)."""
    b = _Builder(lex)
    branches: dict[str, str] = {}
    for name, body in _alternatives(b):
        if f"(?P<b_{name}>" in body:  # a preposition before the span is not part of it
            branches[name] = body
        else:
            branches[name] = f"(?P<b_{name}>{body})"
    starts: dict[str, set[str]] = {}
    for name, words in _first_words(lex).items():
        if name in branches:
            for w in words:
                starts.setdefault(w, set()).add(name)
    flags = 0 if b.ar else re.IGNORECASE
    core = _core_words(lex)
    units: dict[str, tuple[Unit, Form]] = {}
    for unit in ("day", "week", "month", "year"):
        forms = getattr(lex.units, unit)
        for form in ("one", "two", "many"):
            for w in getattr(forms, form):
                units[fold_key(w)] = (unit, form)
    abbr = [w for ws in lex.month_abbreviations.values() for w in ws]
    grammar_ = Grammar(
        lang=lex.lang,
        branches=branches,
        starts={w: frozenset(ns) for w, ns in starts.items()},
        flags=flags,
        months=_numbered(
            f"{lex.lang}/time.yaml months", _merge(lex.months, lex.month_abbreviations), 1, 12
        ),
        abbreviations=frozenset(fold_key(w) for w in abbr),
        hijri_months=_numbered(f"{lex.lang}/time.yaml hijri_months", lex.hijri_months, 1, 12),
        weekdays=_numbered(f"{lex.lang}/time.yaml weekdays", lex.weekdays, 0, 6),
        ordinals=_numbered(f"{lex.lang}/time.yaml ordinals", lex.ordinals, 1, 31),
        numbers=_numbered(f"{lex.lang}/time.yaml numbers", lex.numbers, 1, 31),
        units=units,
        relative_days={
            k: int(v)
            for k, v in _rel(lex.relative_days, f"{lex.lang}/time.yaml relative_days").items()
        },
        modifiers={
            k: int(v)
            for k, v in _rel(
                [*lex.modifiers_after, *lex.modifiers_before], f"{lex.lang}/time.yaml modifiers"
            ).items()
        },
        periods={
            fold_key(w): u for u in ("week", "month", "year") for w in getattr(lex.periods, u)
        },
        parts={
            fold_key(w): p for p in ("early", "mid", "late") for w in getattr(lex.period_parts, p)
        },
        seasons={
            fold_key(w): s
            for s in ("spring", "summer", "autumn", "winter")
            for w in getattr(lex.seasons, s)
        },
        ago=frozenset(fold_key(w) for w in (*lex.ago_before, *lex.ago_after)),
        ahead=frozenset(fold_key(w) for w in (*lex.ahead_before, *lex.ahead_after)),
        blockers_before=frozenset(fold_key(w) for w in lex.relative_day_blockers_before),
        blockers_after=frozenset(fold_key(w) for w in lex.relative_day_blockers_after),
        name_nouns_before=frozenset(fold_key(w) for w in lex.name_nouns_before),
        duration_anchor=re.compile(rf"{_S}{b.alt(lex.duration_anchors)}(?!\w)", flags),
        conjunctions=frozenset(fold_key(w) for w in lex.conjunctions),
        core=core,
        anchors=_anchor_pattern(core, arabic=b.ar),
    )
    for names in {frozenset(ns) for ns in starts.values()}:
        grammar_.compiled(names)  # compile now: the first article should not pay for it
    return grammar_


def _merge(a: Mapping[int, list[str]], b: Mapping[int, list[str]]) -> dict[int, list[str]]:
    return {n: [*a.get(n, []), *b.get(n, [])] for n in {*a, *b}}


def _rel(entries: Iterable[Offset], name: str) -> dict[str, int | str]:
    return _table(name, ((e.text, e.offset) for e in entries))


_PIECES = re.compile(r"\w+")


def _core_words(lex: TimeLexicon) -> frozenset[str]:
    """Words that anchor a search: at least one is in every expression the pattern matches.

    Content words of month names, weekdays, units, relative days, periods and seasons (with
    numbers, which the anchor pattern adds). Number words and ordinals are left out: they
    never come without a unit or a month. So are function words (prepositions, modifiers,
    parts of day) unless an entry has nothing else ("last night"), so that the scan stops at
    few places.
    """
    function = {
        p
        for w in (
            *lex.year_prepositions,
            *lex.month_prepositions,
            *(o.text for o in (*lex.modifiers_after, *lex.modifiers_before)),
            *lex.period_parts.early,
            *lex.period_parts.mid,
            *lex.period_parts.late,
            *lex.day_parts_before,
            *lex.day_parts_after,
            *lex.day_prefixes,
            *lex.date_prefixes,
            *lex.month_prefixes,
            *lex.articles,
            *lex.of_words,
            *lex.range_starts,
            *lex.range_joins,
            *lex.conjunctions,
            *lex.approximately,
            *lex.ago_before,
            *lex.ago_after,
            *lex.ahead_before,
            *lex.ahead_after,
        )
        for p in _PIECES.findall(fold_key(w))
    }
    entries = [
        *(
            w
            for table in (lex.months, lex.month_abbreviations, lex.hijri_months)
            for ws in table.values()
            for w in ws
        ),
        *(w for ws in lex.weekdays.values() for w in ws),
        *(
            w
            for forms in (lex.units.day, lex.units.week, lex.units.month, lex.units.year)
            for w in (*forms.one, *forms.two, *forms.many)
        ),
        *(o.text for o in lex.relative_days),
        *lex.periods.week,
        *lex.periods.month,
        *lex.periods.year,
        *lex.seasons.spring,
        *lex.seasons.summer,
        *lex.seasons.autumn,
        *lex.seasons.winter,
    ]
    core: set[str] = set()
    for entry in entries:
        pieces = _PIECES.findall(fold_key(entry))
        content = [p for p in pieces if p not in function] or pieces[-1:]
        # One piece is enough: the first long one ("كانون الثاني" -> كانون, "Rabi al-Awwal"
        # -> rabi), so that "الثاني" or "al" do not stop the scan everywhere.
        core.add(([p for p in content if len(p) > 2] or content)[0])
    if lex.lang == "ar":  # "للعام": the clitic "ل" before "العام" eats its alef
        core.update("ل" + w[1:] for w in list(core) if w.startswith("ال"))
    return frozenset(core)


def _variants(word: str) -> list[str]:
    """``word`` with its Arabic proclitics peeled: وفي -> في, بالأمس -> الأمس, و15 -> 15."""
    out = [word]
    if word[0] in "وف" and len(word) > 1:
        out.append(word[1:])
    for w in list(out):
        if w[0] in "بلك" and len(w) > 1:
            out.append(w[1:])
    return out


def _first_words(lex: TimeLexicon) -> dict[str, set[str]]:
    """Per expression shape, the words it can start with ("#": a number)."""

    def first(*groups: Iterable[str]) -> set[str]:
        return {_PIECES.findall(fold_key(w))[0] for g in groups for w in g if _PIECES.search(w)}

    def flat(table: Mapping[int, list[str]]) -> list[str]:
        return [w for ws in table.values() for w in ws]

    rs, art, dayw = first(lex.range_starts), first(lex.articles), first(flat(lex.ordinals))
    mon = first(flat(lex.months), flat(lex.month_abbreviations))
    wd, dpre, modb = (
        first(flat(lex.weekdays)),
        first(lex.day_prefixes),
        first(o.text for o in lex.modifiers_before),
    )
    yw, dpb = first(lex.year_words), first(lex.day_parts_before)
    units = [
        w
        for forms in (lex.units.day, lex.units.week, lex.units.month, lex.units.year)
        for w in (*forms.one, *forms.two, *forms.many)
    ]
    n = {"#"}
    return {
        "range_full": rs | n | dayw,
        "range_full_md": rs | mon,
        "range_dm": rs | art | n | dayw,
        "range_md": rs | mon,
        "range_year": rs | yw | n,
        "hijri": n | first(flat(lex.hijri_months)),
        "hijri_year": yw | n,
        "date_dm": dpre | wd | art | n | dayw,
        "date_rel": art | n | dayw,
        "date_md": dpre | wd | mon,
        "date_num": n,
        "month": first(lex.month_prepositions, lex.month_prefixes) | modb | mon,
        "part": first(lex.period_parts.early, lex.period_parts.mid, lex.period_parts.late),
        "season": art
        | modb
        | first(lex.seasons.spring, lex.seasons.summer, lex.seasons.autumn, lex.seasons.winter),
        "period": modb | first(lex.periods.week, lex.periods.month, lex.periods.year),
        "relday": dpb | dpre | first(o.text for o in lex.relative_days),
        "weekday": dpb | modb | dpre | wd,
        "year": first(lex.year_prepositions) | yw | n,
        "duration": first(lex.ago_before, lex.ahead_before, lex.approximately, units)
        | n
        | first(flat(lex.numbers)),
    }


def _anchor_pattern(words: Iterable[str], *, arabic: bool) -> re.Pattern[str]:
    """One pass over the text for anchor words, as a trie so that each position costs little."""
    trie: dict[str, dict[str, Any]] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    clitic = "[وف]?[بلك]?" if arabic else ""
    flags = 0 if arabic else re.IGNORECASE
    return re.compile(rf"(?<!\w){clitic}(?:\d|{emit(trie)}(?!\w))", flags)
