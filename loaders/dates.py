"""Publication dates from the forms sources use: ISO 8601, RFC 2822, epoch seconds, and a few
spelled-out English forms.

A date with a time zone keeps its *local* calendar day (``2021-12-20T23:30-05:00`` is the
20th), because relative expressions in the article ("yesterday") are written in that day.
Epoch seconds are read as UTC.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime

_FORMATS = (
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
)
_EPOCH = re.compile(r"\d{9,11}(\.\d+)?")


def parse_date(value: object) -> date | None:
    """The calendar date in ``value``; None when it is empty; ValueError when unreadable.

    >>> parse_date("2021-12-20T23:30:00-05:00")
    datetime.date(2021, 12, 20)
    >>> parse_date("Mon, 20 Dec 2021 10:00:00 +0300")
    datetime.date(2021, 12, 20)
    >>> parse_date("2021-12-20 10:00"), parse_date(1640000000), parse_date("December 20, 2021")
    (datetime.date(2021, 12, 20), datetime.date(2021, 12, 20), datetime.date(2021, 12, 20))
    >>> parse_date("")
    >>> parse_date("next Tuesday")
    Traceback (most recent call last):
    ValueError: unreadable date: 'next Tuesday'
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueError(f"unreadable date: {value!r}")
    if isinstance(value, int | float):
        if not 1e8 <= value < 1e11:  # a year or a day count is not a timestamp
            raise ValueError(f"not epoch seconds: {value!r}")
        return _from_epoch(value)
    if not isinstance(value, str):
        raise ValueError(f"unreadable date: {value!r}")
    text = " ".join(value.split())
    if not text:
        return None
    found = _parse_text(text)
    if found is None:
        raise ValueError(f"unreadable date: {value[:60]!r}")
    return found


def _parse_text(text: str) -> date | None:
    if _EPOCH.fullmatch(text):
        return _from_epoch(float(text))
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    if re.search(r"\d{1,2} \w{3,} \d{4}", text) or re.match(r"\w{3},", text):
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _from_epoch(seconds: float) -> date:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError) as e:
        raise ValueError(f"epoch seconds out of range: {seconds!r}") from e
