"""Days and months as the half-open ranges of time that queries select."""
from __future__ import annotations

import datetime as dt


def day_range(first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after ``last`` (default: ``first``) 00:00)."""
    last = first if last is None else last
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last + dt.timedelta(days=1), dt.time())


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of a calendar month."""
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def in_period(query, field, since: dt.datetime | dt.date | None = None, until: dt.datetime | dt.date | None = None):
    """``query`` kept to ``since <= field < until`` (either end left open when None)."""
    if since:
        query = query.where(field >= since)
    if until:
        query = query.where(field < until)
    return query
