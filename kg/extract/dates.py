"""Time expressions in Arabic and English news text: found, then resolved to dates.

Two pure steps. :func:`find_time_mentions` scans *folded* text (see
:func:`kg.text.normalize.fold`) with one compiled pattern per language and returns
:class:`TimeMention` records: what was said ("17 ديسمبر", "الاثنين الماضي", "next month"), as
numbers, not yet dates. :func:`resolve_time` turns one mention into a
:class:`kg.records.TimeSpan` against the article's publication date and the tense of the event
it dates, following the annotation guide (``corpus/ANNOTATION.md``, "Dates"):

- أمس/yesterday = published - 1, اليوم/today = published, غدا/tomorrow = published + 1;
- a day and month without a year take the year that puts them nearest to publication,
  consistent with the tense; a date of the publication month stays in that month whatever
  the tense (a report of a planned visit that already happened);
- week-level expressions ("الأسبوع المقبل", "next week") resolve to precision ``unknown``
  (their text is kept); month- and year-level ones to precision ``month`` / ``year``;
- without a publication date only expressions that name their year resolve.

The vocabulary (month names of every Arabic region, weekdays, ordinals, number words, relative
words and modifiers) is data: ``kg/resources/{ar,en}/time.yaml``, read once.

>>> from datetime import date
>>> from kg.text.normalize import fold
>>> text = fold("قال الاثنين إنه سيزور موسكو من 13 إلى 15 ديسمبر الجاري").text
>>> [m.text for m in find_time_mentions(text, "ar")]
['الاثنين', 'من 13 الي 15 ديسمبر الجاري']
>>> m = find_time_mentions("He arrived on Dec. 17, 2021.", "en")[0]
>>> resolve_time(m, None, "past").to_json()
{'start': '2021-12-17', 'end': '2021-12-17', 'precision': 'day', 'text': 'Dec. 17, 2021'}
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

import msgspec

from kg.errors import ResourceError
from kg.extract.dates_grammar import Grammar, Part, Season, Unit, build_grammar, key
from kg.extract.dates_resolve import resolve
from kg.records import TimeSpan
from kg.resources import load_resource

Kind = Literal[
    "date",
    "range",
    "month",
    "year",
    "relative_day",
    "weekday",
    "relative_period",
    "season_or_part",
    "duration",
]
Tense = Literal["past", "future", "unknown"]
Calendar = Literal["gregorian", "hijri"]
LANGUAGES = ("ar", "en")


# --- the shape of time.yaml -------------------------------------------------------------------


class _Strict(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


class Offset(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A word and what it shifts by: days for relative days, periods for modifiers."""

    text: str
    offset: int


class UnitForms(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    one: list[str]  # singular: "منذ أسبوع" (one week), "a week ago"
    two: list[str] = []  # Arabic dual: the number is in the word ("يومين")
    many: list[str]  # plural and counted forms: "ثلاثة أيام", "15 عاما", "two days"


class Units(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    day: UnitForms
    week: UnitForms
    month: UnitForms
    year: UnitForms


class Periods(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    week: list[str]
    month: list[str]
    year: list[str]


class PeriodParts(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    early: list[str]
    mid: list[str]
    late: list[str]


class Seasons(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    spring: list[str]
    summer: list[str]
    autumn: list[str]
    winter: list[str]


class TimeLexicon(_Strict, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """``kg/resources/{lang}/time.yaml``; the comments in the files say what each list is."""

    lang: Literal["ar", "en"]
    months: dict[int, list[str]]
    month_abbreviations: dict[int, list[str]] = {}
    hijri_months: dict[int, list[str]]
    weekdays: dict[int, list[str]]
    ordinals: dict[int, list[str]]
    numbers: dict[int, list[str]]
    units: Units
    relative_days: list[Offset]
    relative_day_blockers_before: list[str] = []
    relative_day_blockers_after: list[str] = []
    name_nouns_before: list[str] = []
    modifiers_after: list[Offset] = []
    modifiers_before: list[Offset] = []
    periods: Periods
    day_parts_before: list[str] = []
    day_parts_after: list[str] = []
    day_prefixes: list[str] = []
    date_prefixes: list[str] = []
    month_prefixes: list[str] = []
    period_parts: PeriodParts
    seasons: Seasons
    year_words: list[str]
    year_prepositions: list[str]
    month_prepositions: list[str]
    era_suffixes: list[str] = []
    hijri_suffixes: list[str] = []
    of_words: list[str] = []
    range_starts: list[str] = []
    range_joins: list[str] = []
    conjunctions: list[str] = []
    articles: list[str] = []
    ago_before: list[str] = []
    ago_after: list[str] = []
    ahead_before: list[str] = []
    ahead_after: list[str] = []
    approximately: list[str] = []
    duration_anchors: list[str] = []


@cache
def load_time_lexicon(lang: str) -> TimeLexicon:
    """The time vocabulary of ``lang`` ("ar" or "en"), validated (unknown keys are errors)."""
    if lang not in LANGUAGES:
        raise ResourceError(f"{lang}/time.yaml", f"no time vocabulary for language {lang!r}")
    lex = load_resource(f"{lang}/time.yaml", TimeLexicon)
    if lex.lang != lang:
        raise ResourceError(f"{lang}/time.yaml", f"declares lang {lex.lang!r}")
    return lex


@cache
def grammar(lang: str) -> Grammar:
    """The compiled pattern and lookup tables of ``lang`` (built once)."""
    return build_grammar(load_time_lexicon(lang))


# --- mentions ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression as the text says it, not yet a date.

    ``start``/``end``/``text`` locate it in the (folded) text given to
    :func:`find_time_mentions`. The other fields are what resolution needs: ``day``,
    ``month``, ``year`` (and ``end_*`` for ranges) in ``calendar``; ``year_offset`` for "of
    last year"; ``weekday`` (0 = Monday); ``modifier`` -1/0/1 for الماضي/الجاري/المقبل,
    last/this/next (-2/2 one further); ``unit`` and ``offset`` for relative days (offset in
    days), relative periods (offset in units) and durations (signed amount, None when the
    duration is not counted from publication); ``part`` early/mid/late of a month, year or
    period; ``season``; ``day_part`` the part of day word (does not change the date).
    """

    start: int
    end: int
    text: str
    kind: Kind
    calendar: Calendar = "gregorian"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    year_offset: int | None = None
    weekday: int | None = None
    modifier: int | None = None
    unit: Unit | None = None
    offset: int | None = None
    amount: int | None = None
    part: Part | None = None
    season: Season | None = None
    day_part: str | None = None


def find_time_mentions(text: str, lang: str) -> list[TimeMention]:
    """Time expressions in folded ``text``: sorted, non-overlapping, longest reading first.

    >>> found = find_time_mentions("Talks began last week and end on Monday night.", "en")
    >>> [(m.kind, m.text) for m in found]
    [('relative_period', 'last week'), ('weekday', 'Monday night')]
    """
    g = grammar(lang)
    words, shapes_at, compiled = _WORD.finditer, g.shapes_at, g.compiled
    out: list[TimeMention] = []
    pos = 0
    for anchor in g.anchors.finditer(text):
        a = anchor.start()
        if a < pos:
            continue
        # The expression holding this word starts at most _BACK words before it.
        starts = [(w.start(), w.group()) for w in words(text, max(pos, a - _WINDOW), a)]
        del starts[:-_BACK]
        starts.append((a, anchor.group()))
        for s, first in starts:
            if s < pos:
                continue
            names = shapes_at(first)
            while names and (m := compiled(names).match(text, s)) is not None:
                shape = (m.lastgroup or "")[2:]
                mention = _mention(g, shape, text, m)
                if mention is not None:
                    if not _names_a_thing(g, text, mention.start):
                        out.append(mention)
                    pos = m.end()
                    break
                # a reading the rules refuse ("on 5 March and 7 April" is no range): try
                # the shapes after it at the same place
                names = g.after(names, shape)
            if pos > a:
                break
    return out


_WORD = re.compile(r"\w+")
_BACK = 5  # words: "the beginning of the month", "منذ أكثر من أربعة أعوام"
_WINDOW = 80  # characters searched for those words


def resolve_time(m: TimeMention, published: date | None, tense: Tense) -> TimeSpan:
    """The dates ``m`` stands for, given the publication date and the event's tense.

    Weekdays: a bare weekday is the most recent such day on or before ``published`` when the
    tense is past or unknown (so "Monday" in an article of a Monday is that day), the next
    one on or after it when the tense is future (wire copy of a Monday about talks "on
    Monday" means that day). With الماضي/"last" it is the most recent
    such day strictly before ``published`` ("last Monday" on a Tuesday is the day before,
    not the Monday of the previous week); with المقبل/القادم/"next" the first strictly after
    (on a Monday, "next Tuesday" is the next day); with "this" the nearest on or after
    (future, unknown) or on or before (past) ``published``.

    >>> m = find_time_mentions("وصل الوزير الاثنين الماضي", "ar")[0]
    >>> resolve_time(m, date(2021, 12, 21), "past").start
    datetime.date(2021, 12, 20)
    """
    return resolve(m, published, tense)


# --- from a match to a mention ----------------------------------------------------------------

_WORD_BEFORE = re.compile(r"(\w+)\s*$")  # the word just before, in the same clause
_WORD_AFTER = re.compile(r"\s*(\w+)")


class Groups(Mapping[str, str | None]):
    """A match's named groups, read on demand: ``groupdict()`` of the dates regex builds a
    dict of its hundreds of groups for the few a builder reads."""

    __slots__ = ("_index", "_match")

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match
        self._index = match.re.groupindex

    def __getitem__(self, name: str) -> str | None:
        if name not in self._index:
            raise KeyError(name)
        return self._match.group(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def _mention(g: Grammar, shape: str, text: str, m: re.Match[str]) -> TimeMention | None:
    """The mention ``m`` (a match of ``shape``) stands for, or None if the rules refuse it."""
    start, end = m.start(f"b_{shape}"), m.end()
    if shape == "relday" and _blocked(g, text, start, end):
        return None
    anchored = shape == "duration" and g.duration_anchor.match(text, end) is not None
    return _BUILDERS[shape](g, Groups(m), _Span(start, end, text[start:end], anchored))


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    text: str
    anchored: bool  # a duration followed by "من"/"of": counted from another event


def _blocked(g: Grammar, text: str, start: int, end: int) -> bool:
    """A relative-day word that is not a date: "ذلك اليوم", "اليوم الأول", "(اليوم)"."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if before and before.group(1).lower() in g.blockers_before:
        return True
    if after and after.group(1).lower() in g.blockers_after:
        return True
    left, right = text[max(0, start - 2) : start].strip(), text[end : end + 2].strip()
    return left.endswith("(") and right.startswith(")")


def _names_a_thing(g: Grammar, text: str, start: int) -> bool:
    """A date that is part of a name ("حدود الرابع من يونيو 1967", "حرب 1973"): no event's."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() in g.name_nouns_before


def _new(kind: Kind, at: _Span, **fields: object) -> TimeMention:
    return TimeMention(at.start, at.end, at.text, kind, **fields)  # type: ignore[arg-type]


def _int(g: Grammar, table: Mapping[str, int], word: str | None) -> int | None:
    return None if word is None else g.lookup(table, word)


def _day(g: Grammar, gd: Groups, p: str) -> int | None:
    digits = gd.get(f"{p}dn")
    return int(digits) if digits else _int(g, g.ordinals, gd.get(f"{p}do"))


def _tail(g: Grammar, gd: Groups, p: str) -> tuple[int | None, int | None, int | None]:
    """Year, year offset, modifier after a month name ("2021", "من العام الماضي", "الجاري")."""
    y = gd.get(f"{p}y")
    return (
        int(y) if y else None,
        _int(g, g.modifiers, gd.get(f"{p}ymb") or gd.get(f"{p}yma")),
        _int(g, g.modifiers, gd.get(f"{p}ma")),
    )


def _valid(day: int | None, month: int | None, year: int | None) -> bool:
    if day is None or month is None:
        return False
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]  # 2000: Feb has 29


def _needs_of(gd: Groups, p: str, of: str) -> bool:
    """An ordinal word is a day only before "من"/"of" ("السابع عشر من ديسمبر")."""
    return gd.get(f"{p}do") is not None and gd.get(of) is None


def _date(g: Grammar, gd: Groups, at: _Span, p: str) -> TimeMention | None:
    day, month = _day(g, gd, p), _int(g, g.months, gd.get(f"{p}m"))
    year, year_offset, modifier = _tail(g, gd, p)
    if _needs_of(gd, p, f"{p}of") or not _valid(day, month, year):
        return None
    return _new(
        "date", at, day=day, month=month, year=year, year_offset=year_offset, modifier=modifier
    )


def _date_rel(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    offset = _int(g, g.modifiers, gd.get("rmb") or gd.get("rma"))
    day = _day(g, gd, "r")
    if offset is None or day is None:
        return None
    return _new("date", at, day=day, unit="month", offset=offset)


def _date_num(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    if gd.get("ny"):
        d, mo, y = int(gd["nd"] or 0), int(gd["nm"] or 0), int(gd["ny"] or 0)
        if mo > 12 and d <= 12:  # 12/31/2021: month first; otherwise day first
            d, mo = mo, d
    else:
        d, mo, y = int(gd["nd2"] or 0), int(gd["nm2"] or 0), int(gd["ny2"] or 0)
    if not (1 <= mo <= 12 and _valid(d, mo, y)):
        return None
    return _new("date", at, day=d, month=mo, year=y)


def _range_days(g: Grammar, gd: Groups, at: _Span, p: str) -> TimeMention | None:
    """ "13-15 ديسمبر", "بين 13 و15 ديسمبر", "December 13-15", "the 4th and 5th of August"."""
    d1, d2 = _day(g, gd, f"{p}1"), _day(g, gd, f"{p}2")
    month = _int(g, g.months, gd.get(f"{p}m"))
    year, year_offset, modifier = _tail(g, gd, p)
    if _needs_of(gd, f"{p}2", f"{p}of") or d1 is None or d2 is None or d2 <= d1:
        return None
    w1, w2 = gd.get(f"{p}1do"), gd.get(f"{p}2do")
    if w1 and w2 and key(f"{w1} {gd.get(f'{p}j') or ''}{w2}") in g.ordinals:
        return None  # "الثاني والعشرين" is one ordinal (22), not the 2nd and the 20th
    if not (_valid(d1, month, year) and _valid(d2, month, year)):
        return None
    return _new(
        "range",
        at,
        day=d1,
        month=month,
        year=year,
        end_day=d2,
        end_month=month,
        end_year=year,
        year_offset=year_offset,
        modifier=modifier,
    )


def _range_full(g: Grammar, gd: Groups, at: _Span, p: str) -> TimeMention | None:
    """ "from 28 November to 2 December 2021": two dates, the year given (if at all) last."""
    p1, p2 = f"{p}1", f"{p}2"
    d1, d2 = _day(g, gd, p1), _day(g, gd, p2)
    m1, m2 = _int(g, g.months, gd.get(f"{p1}m")), _int(g, g.months, gd.get(f"{p2}m"))
    if _needs_of(gd, p1, f"{p1}of") or _needs_of(gd, p2, f"{p2}of"):
        return None
    if key(gd.get(f"{p}j") or "") in g.conjunctions and not gd.get(f"{p}r"):
        return None  # "on 5 March and 7 April" lists two dates; "between ... and ..." is a range
    y2, year_offset, modifier = _tail(g, gd, p2)
    y1s = gd.get(f"{p1}y")
    y1 = int(y1s) if y1s else None
    if d1 is None or d2 is None or m1 is None or m2 is None or (m1, d1) == (m2, d2):
        return None
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    if not (_valid(d1, m1, y1) and _valid(d2, m2, y2)):
        return None
    return _new(
        "range",
        at,
        day=d1,
        month=m1,
        year=y1,
        end_day=d2,
        end_month=m2,
        end_year=y2,
        year_offset=year_offset,
        modifier=modifier,
    )


def _range_year(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    y1, y2 = int(gd["c1y"] or 0), int(gd["c2y"] or 0)
    if not (gd.get("cr") or gd.get("cw")) or not (y1 < y2 < y1 + 100):
        return None
    return _new("range", at, year=y1, end_year=y2)


def _hijri(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    day = int(gd["hd"] or 0) if gd.get("hd") else None
    year = int(gd["hy"] or 0) if gd.get("hy") else None
    if day is None and year is None:
        return None  # "رمضان قديروف", "رجب طيب أردوغان": a name, not a month
    if year is not None and not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
        return None
    month = _int(g, g.hijri_months, gd.get("hm"))
    kind: Kind = "date" if day is not None else "month"
    return _new(kind, at, calendar="hijri", day=day, month=month, year=year)


def _hijri_year(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    year = int(gd["hyy"] or 0)
    if not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
        return None
    return _new("year", at, calendar="hijri", year=year)


def _month(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    month = _int(g, g.months, gd.get("mm"))
    year, year_offset, modifier = _tail(g, gd, "m")
    before = _int(g, g.modifiers, gd.get("mmb"))
    modifier = before if before is not None else modifier
    has_year = year is not None or year_offset is not None
    if not (has_year or gd.get("mpp") or gd.get("mpre") or gd.get("mg") or modifier is not None):
        return None  # a bare "مارس" may be a verb, "May" a modal
    if not has_year and key(gd.get("mm") or "") in g.abbreviations:
        return None
    return _new("month", at, month=month, year=year, year_offset=year_offset, modifier=modifier)


def _part(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    part = g.lookup(g.parts, gd.get("pp") or "")
    if gd.get("qm"):
        year, year_offset, modifier = _tail(g, gd, "q")
        month = _int(g, g.months, gd.get("qm"))
        return _new(
            "season_or_part",
            at,
            part=part,
            month=month,
            year=year,
            year_offset=year_offset,
            modifier=modifier,
        )
    if gd.get("qqy"):
        return _new("season_or_part", at, part=part, year=int(gd["qqy"] or 0))
    offset = _int(g, g.modifiers, gd.get("qpb") or gd.get("qpa"))
    unit = g.lookup(g.periods, gd.get("qper") or "")
    return _new("relative_period", at, part=part, unit=unit, offset=offset or 0)


def _season(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    modifier = _int(g, g.modifiers, gd.get("smb") or gd.get("sma"))
    year, year_offset, _ = _tail(g, gd, "s")
    if modifier is None and year is None and year_offset is None:
        return None  # "ربيع" alone is also a first name
    season = g.lookup(g.seasons, gd.get("sn") or "")
    return _new(
        "season_or_part", at, season=season, year=year, year_offset=year_offset, modifier=modifier
    )


def _period(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    offset = _int(g, g.modifiers, gd.get("rpb") or gd.get("rpa"))
    if offset is None:
        return None
    return _new("relative_period", at, unit=g.lookup(g.periods, gd.get("rpn") or ""), offset=offset)


def _relday(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    return _new(
        "relative_day",
        at,
        offset=_int(g, g.relative_days, gd.get("rd")),
        weekday=_int(g, g.weekdays, gd.get("rdw")),
        day_part=gd.get("rdp") or gd.get("rdpa"),
    )


def _weekday(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    return _new(
        "weekday",
        at,
        weekday=_int(g, g.weekdays, gd.get("wd")),
        modifier=_int(g, g.modifiers, gd.get("wmb") or gd.get("wma")),
        day_part=gd.get("wdp") or gd.get("wdpa"),
    )


def _year(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    year = int(gd["yy"] or 0)
    if not (gd.get("ykw") or gd.get("yera") or (gd.get("ypp") and 1900 <= year <= 2099)):
        return None  # "4000 فتوى", "in 1500 words": a number, not a year
    return _new("year", at, year=year)


def _duration(g: Grammar, gd: Groups, at: _Span) -> TimeMention | None:
    unit, form = g.units[key(gd.get("duu") or "")]
    number = gd.get("dun")
    word = key(gd.get("dub") or gd.get("dua") or "")
    direction = -1 if word in g.ago else 1 if word in g.ahead else 0
    if number is None:
        if form == "many" or (form == "one" and not direction):
            return None
        amount = 2 if form == "two" else 1
    elif number.isdigit():
        amount = int(number)
    elif direction:
        amount = _int(g, g.numbers, number) or 0
    else:
        return None  # bare "three weeks": counted, not dated; digits ("15 عاما") are kept
    offset = direction * amount if direction and not at.anchored else None
    return _new("duration", at, unit=unit, amount=amount, offset=offset)


HIJRI_YEARS = (1343, 1500)  # what hijridate (Umm al-Qura tables) converts

_BUILDERS: dict[str, Callable[[Grammar, Groups, _Span], TimeMention | None]] = {
    "range_full": lambda g, gd, at: _range_full(g, gd, at, "f"),
    "range_full_md": lambda g, gd, at: _range_full(g, gd, at, "g"),
    "range_dm": lambda g, gd, at: _range_days(g, gd, at, "a"),
    "range_md": lambda g, gd, at: _range_days(g, gd, at, "b"),
    "range_year": _range_year,
    "hijri": _hijri,
    "hijri_year": _hijri_year,
    "date_dm": lambda g, gd, at: _date(g, gd, at, "d"),
    "date_md": lambda g, gd, at: _date(g, gd, at, "e"),
    "date_rel": _date_rel,
    "date_num": _date_num,
    "month": _month,
    "part": _part,
    "season": _season,
    "period": _period,
    "relday": _relday,
    "weekday": _weekday,
    "year": _year,
    "duration": _duration,
}
