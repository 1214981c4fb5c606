"""Shared pieces of the owner service desk: money, serial numbers, unit lookup, the clock, a
record's status at a past moment."""
from __future__ import annotations

import datetime as dt
import decimal
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from desk.db.base import now
from desk.db.core import Staff, draw_counter
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

FEN = Decimal("0.01")


def to_money(value) -> Decimal:
    """Exact money rounded to the fen (ROUND_HALF_UP). Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def parse_decimal(value, label: str, *, allow_none: bool = False, allow_zero: bool = True) -> Decimal | None:
    """User input (text or number) as a non-negative Decimal, or a ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (decimal.InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"),
                              field=label, value=value) from None
    if not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"), field=label, value=value)
    if number < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不能为负数：{value}"), field=label, value=value)
    if number == 0 and not allow_zero:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}必须大于零"), field=label)
    return number


def required_text(value, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    return text


def next_number(prefix: str, at: dt.datetime | None = None) -> str:
    """A serial number like BX20261123-003 (per prefix and day); call inside the write's transaction."""
    day = (at or now()).strftime("%Y%m%d")
    name = f"{prefix}{day}"
    value = draw_counter(name)
    return f"{prefix}{day}-{value:03d}"


def staff_name(staff_id) -> str:
    if not staff_id:
        return ""
    staff = Staff.get_or_none(Staff.id == staff_id)
    return staff.name if staff else ""


def get_staff(staff_id) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
    return staff


def clock(at: dt.datetime | None) -> dt.datetime:
    return (at or now()).replace(microsecond=0)


def day_range(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[since 00:00, the day after until 00:00)."""
    return (dt.datetime.combine(since, dt.time()),
            dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def percent(num: int, den: int) -> Decimal | None:
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def lower(field):
    return fn.LOWER(field)


def stage_at(record, stages: tuple[tuple[str, str], ...], moment: dt.datetime) -> str:
    """The status ``record`` had at ``moment``: the last of ``stages`` (status, field holding when it
    was reached, in the order a record goes through them) reached before ``moment``. The first stage
    is where every record starts."""
    status = stages[0][0]
    for name, field in stages[1:]:
        reached = getattr(record, field)
        if reached is not None and reached < moment:
            status = name
    return status
