"""Shared pieces of the owner service desk: money, serial numbers, unit lookup, the clock, a
record's status at a past moment."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from desk.db.base import now
from desk.db.core import Counter, Staff
from desk.services.core import inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound

FEN = Decimal("0.01")


def to_money(value) -> Decimal:
    """Exact money rounded to the fen (ROUND_HALF_UP). Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def parse_decimal(value, label: str, *, allow_none: bool = False, allow_zero: bool = True,
                  maximum: Decimal = inputs.MONEY_MAX, places: int | None = None) -> Decimal | None:
    """User input (text or number) as a non-negative Decimal of at most ``maximum`` (and ``places``
    decimals), or a ValidationError naming the field."""
    return inputs.decimal_number(value, label, maximum=maximum, places=places, required=not allow_none,
                                 positive=not allow_zero)


def required_text(value, label: str, *, limit: int = inputs.TEXT_LIMIT, multiline: bool = True) -> str:
    """Cleaned text (see ``inputs.text``) that must not be empty: "请填写{field}"."""
    return inputs.text(value, label, limit=limit, required=True, multiline=multiline)


def next_number(prefix: str, at: dt.datetime | None = None) -> str:
    """A serial number like BX20261123-003 (per prefix and day); call inside the write's transaction."""
    day = (at or now()).strftime("%Y%m%d")
    name = f"{prefix}{day}"
    counter, _ = Counter.get_or_create(name=name, defaults={"value": 0})
    Counter.update(value=Counter.value + 1).where(Counter.name == name).execute()
    value = Counter.get_by_id(name).value
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


def clock(at: dt.datetime | None, label: str = "时间") -> dt.datetime:
    """``at`` (now when None), checked to be a plausible moment (see ``inputs.moment``)."""
    return inputs.moment(at, label, default=now())


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
