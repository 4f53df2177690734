"""Calendar arithmetic behind :func:`kg.extract.dates.resolve_time`.

Every resolver takes a :class:`~kg.extract.dates.TimeMention`, the publication date (or None)
and the tense of the event, and returns ``(start, end, precision)`` or None when the text does
not say enough; :func:`resolve` wraps that into a :class:`kg.records.TimeSpan`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hijridate import Gregorian, Hijri

from kg.records import Precision, TimeSpan

if TYPE_CHECKING:
    from kg.extract.dates import Tense, TimeMention

Span = tuple[date, date, Precision]
Candidate = tuple[date, date]  # first and last day of one reading (a day, a month, a season)

_ONE_DAY = timedelta(days=1)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}


def resolve(m: TimeMention, published: date | None, tense: Tense) -> TimeSpan:
    """``m`` as dates; precision ``unknown`` (no dates, text kept) when it cannot be known."""
    try:
        span = _RESOLVERS[m.kind](m, published, tense)
    except (ValueError, OverflowError):  # 29 February of a common year, Hijri out of range
        span = None
    if span is None:
        return TimeSpan(text=m.text)
    start, end, precision = span
    return TimeSpan(start=start, end=end, precision=precision, text=m.text)


# --- small helpers ----------------------------------------------------------------------------


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_of(year: int, month: int) -> Candidate:
    return date(year, month, 1), _last_day(year, month)


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31), "year"


def _span(c: Candidate, precision: Precision) -> Span:
    if precision == "day" and c[0] != c[1]:
        precision = "range"
    return c[0], c[1], precision


def _hijri_day(year: int, month: int, day: int) -> date:
    g = Hijri(year, month, day).to_gregorian()
    return date(g.year, g.month, g.day)


def _hijri_month(year: int, month: int) -> Candidate:
    length = Hijri(year, month, 1).month_length()
    return _hijri_day(year, month, 1), _hijri_day(year, month, length)


def _hijri_year_of(d: date) -> int:
    return int(Gregorian(d.year, d.month, d.day).to_hijri().year)


def _choose(
    cands: Sequence[Candidate],
    pub: date,
    tense: Tense,
    modifier: int | None,
    *,
    day_level: bool,
) -> Candidate:
    """The reading of a date without a year that fits the publication date and tense.

    Without a modifier: past takes the latest reading that starts on or before ``pub`` (a day
    may be one day after it, for time zones); future the earliest that ends on or after it
    (one day before allowed); unknown the nearest. A day of the publication month stays in
    that month whatever the tense. الماضي/last: the latest before ``pub`` (a day may be
    ``pub`` itself; a month must have ended); المقبل/next: the earliest after it.
    """
    if not cands:
        raise ValueError("no valid reading")
    slack = _ONE_DAY if day_level else timedelta(0)
    if modifier is not None and modifier < 0:
        ok = [c for c in cands if (c[0] <= pub if day_level else c[1] < pub)]
        return max(ok)
    if modifier is not None and modifier > 0:
        ok = [c for c in cands if (c[0] >= pub if day_level else c[0] > pub)]
        return min(ok)
    if day_level:
        for c in cands:
            if (c[0].year, c[0].month) == (pub.year, pub.month):
                return c
    if tense == "past":
        return max(c for c in cands if c[0] <= pub + slack)
    if tense == "future":
        return min(c for c in cands if c[1] >= pub - slack)

    def distance(c: Candidate) -> tuple[int, bool]:
        if c[0] <= pub <= c[1]:
            return 0, False
        return min(abs((c[0] - pub).days), abs((c[1] - pub).days)), c[0] > pub

    return min(cands, key=distance)


def _valid_days(month: int, day: int, years: range) -> list[Candidate]:
    out = []
    for y in years:
        if day <= calendar.monthrange(y, month)[1]:
            d = date(y, month, day)
            out.append((d, d))
    return out


def _near(pub: date) -> range:
    return range(pub.year - 1, pub.year + 2)


def _explicit_year(m: TimeMention, pub: date | None) -> int | None:
    if m.year is not None:
        return m.year
    if m.year_offset is not None and pub is not None:
        return pub.year + m.year_offset
    if m.modifier == 0 and pub is not None:  # "ديسمبر الجاري", "this December"
        return pub.year
    return None


# --- one resolver per kind --------------------------------------------------------------------


def _date(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if m.day is not None and m.month is None and m.unit == "month" and m.offset is not None:
        if pub is None:  # "الرابع عشر من الشهر الماضي": a day of a relative month
            return None
        y, mo = _shift_month(pub.year, pub.month, m.offset)
        d = date(y, mo, m.day)
        return d, d, "day"
    if m.day is None or m.month is None:
        return None
    if m.calendar == "hijri":
        if m.year is not None:
            d = _hijri_day(m.year, m.month, m.day)
            return d, d, "day"
        if pub is None:
            return None
        hy = _hijri_year_of(pub)
        cands = [(d, d) for y in (hy - 1, hy, hy + 1) for d in [_hijri_day(y, m.month, m.day)]]
        c = _choose(cands, pub, tense, m.modifier, day_level=True)
        return _span(c, "day")
    year = _explicit_year(m, pub)
    if year is not None:
        d = date(year, m.month, m.day)
        return d, d, "day"
    if pub is None:
        return None
    c = _choose(_valid_days(m.month, m.day, _near(pub)), pub, tense, m.modifier, day_level=True)
    return _span(c, "day")


def _range(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if m.month is None:  # years: "بين عامي 2011 و2013"
        if m.year is None or m.end_year is None:
            return None
        return date(m.year, 1, 1), date(m.end_year, 12, 31), "range"
    if m.day is None or m.end_day is None or m.end_month is None:
        return None
    start = _date(m, pub, tense)
    if start is None:
        return None
    first = start[0]
    end_year = m.end_year
    if end_year is None or (m.year is None and m.year_offset is None):
        later = (m.end_month, m.end_day) < (first.month, first.day)
        end_year = first.year + 1 if later else first.year
    last = date(end_year, m.end_month, m.end_day)
    if last < first:
        return None
    return _span((first, last), "day")


def _month(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if m.month is None:
        return None
    if m.calendar == "hijri":
        if m.year is not None:
            return _span(_hijri_month(m.year, m.month), "range")
        if pub is None:
            return None
        hy = _hijri_year_of(pub)
        cands = [_hijri_month(y, m.month) for y in (hy - 1, hy, hy + 1)]
        return _span(_choose(cands, pub, tense, m.modifier, day_level=False), "range")
    year = _explicit_year(m, pub)
    if year is not None:
        return _span(_month_of(year, m.month), "month")
    if pub is None:
        return None
    cands = [_month_of(y, m.month) for y in _near(pub)]
    return _span(_choose(cands, pub, tense, m.modifier, day_level=False), "month")


def _year(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if m.year is None:
        return None
    if m.calendar == "hijri":
        return _hijri_day(m.year, 1, 1), _hijri_month(m.year, 12)[1], "range"
    return _year_span(m.year)


def _relative_day(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    """pub + offset; when a weekday is named too ("اليوم الاثنين", "أمس الخميس") and
    disagrees, the weekday wins: the day with that name nearest to pub + offset (crawl dates
    and time zones are off by a day more often than writers misname the day)."""
    if pub is None or m.offset is None:
        return None
    d = pub + timedelta(days=m.offset)
    if m.weekday is not None:
        shift = (m.weekday - d.weekday()) % 7
        d += timedelta(days=shift if shift <= 3 else shift - 7)
    return d, d, "day"


def _weekday(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if pub is None or m.weekday is None:
        return None
    back = (pub.weekday() - m.weekday) % 7  # days since the most recent one, 0 = today
    ahead = (m.weekday - pub.weekday()) % 7  # days to the next one, 0 = today
    mod = m.modifier
    if mod is None:
        # a weekday that is the publication's own weekday is that very day in either tense:
        # wire copy published on a Monday about talks "on Monday" means today
        d = pub + timedelta(days=ahead) if tense == "future" else pub - timedelta(days=back)
    elif mod < 0:
        d = pub - timedelta(days=(back or 7) + 7 * (-mod - 1))
    elif mod > 0:
        d = pub + timedelta(days=(ahead or 7) + 7 * (mod - 1))
    else:
        d = pub - timedelta(days=back) if tense == "past" else pub + timedelta(days=ahead)
    return d, d, "day"


def _relative_period(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if pub is None or m.offset is None or m.unit in (None, "week", "day"):
        return None  # "الأسبوع المقبل", "next week": no day is given
    if m.unit == "month":
        y, mo = _shift_month(pub.year, pub.month, m.offset)
        return _span(_month_of(y, mo), "month")
    return _year_span(pub.year + m.offset)


def _season_or_part(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if m.season is not None:
        return _season(m, pub)
    if m.month is not None:
        return _month(m, pub, tense)
    if m.year is not None:
        return _year_span(m.year)
    return None


def _season(m: TimeMention, pub: date | None) -> Span | None:
    """Northern seasons by whole months; winter Y is December Y to February Y+1."""
    first, last = _SEASONS[m.season or "summer"]

    def of(y: int) -> Candidate:
        ly, lm = _shift_month(y, first, last - first)
        return date(y, first, 1), _last_day(ly, lm)

    year = m.year
    if year is None and m.year_offset is not None and pub is not None:
        year = pub.year + m.year_offset
    if year is not None:
        return _span(of(year), "range")
    if pub is None or m.modifier is None:
        return None
    cands = [of(y) for y in range(pub.year - 2, pub.year + 2)]
    if m.modifier == 0:
        return _span(
            min(cands, key=lambda c: (not c[0] <= pub <= c[1], c[0].year != pub.year)), "range"
        )
    return _span(_choose(cands, pub, "unknown", m.modifier, day_level=False), "range")


def _duration(m: TimeMention, pub: date | None, tense: Tense) -> Span | None:
    if pub is None or m.offset is None or m.unit in (None, "week"):
        return None
    if m.unit == "day":
        d = pub + timedelta(days=m.offset)
        return d, d, "day"
    if m.unit == "month":
        y, mo = _shift_month(pub.year, pub.month, m.offset)
        return _span(_month_of(y, mo), "month")
    return _year_span(pub.year + m.offset)


_RESOLVERS: dict[str, Callable[[TimeMention, date | None, Tense], Span | None]] = {
    "date": _date,
    "range": _range,
    "month": _month,
    "year": _year,
    "relative_day": _relative_day,
    "weekday": _weekday,
    "relative_period": _relative_period,
    "season_or_part": _season_or_part,
    "duration": _duration,
}
