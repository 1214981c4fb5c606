"""Days and months as the half-open ranges of time that queries select, and a day typed into a
field."""
from __future__ import annotations

import datetime as dt

from desk.services.core import inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError


def day_range(first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after ``last`` (default: ``first``) 00:00). The days are checked
    (``inputs.day``): a report or a form for year 1 or 9999 is a ValidationError, not an OverflowError."""
    first = inputs.day(first, "日期")
    last = first if last is None else inputs.day(last, "日期")
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last + dt.timedelta(days=1), dt.time())


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of a calendar month."""
    year = inputs.integer(year, "年份", minimum=inputs.EARLIEST.year, maximum=2100)
    month = inputs.integer(month, "月份", minimum=1, maximum=12)
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def in_period(query, field, since: dt.datetime | dt.date | None = None, until: dt.datetime | dt.date | None = None):
    """``query`` kept to ``since <= field < until`` (either end left open when None). Each end must be
    a date or a date and time (any year: a filter, not a record)."""
    for end, label in ((since, "开始时间"), (until, "截止时间")):
        if end and not isinstance(end, dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的时间：{value}"), field=label,
                                  value=inputs.clean(end)[:40])
    if since:
        query = query.where(field >= since)
    if until:
        query = query.where(field < until)
    return query


def parse_day(value, label: str) -> dt.date:
    """A date, a datetime (its day) or text ``YYYY-MM-DD`` as a date, or a ValidationError naming
    the field."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}格式应为 YYYY-MM-DD：{value}"),
                              field=label, value=value or "") from None
