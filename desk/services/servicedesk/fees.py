"""物业费: periods, one notice per unit (area × unit price × months, to the fen, ROUND_HALF_UP),
arrears of earlier periods, payments (applied oldest notice first) and arrears reminders (催缴).

A unit whose area is not set gets no notice: the issue run lists it, and asking for its charge says so.
Payments are never edited; a mistake is reversed by a negative payment pointing at the original.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from desk.db.base import db, retrying
from desk.db.servicedesk import ArrearsReminder, FeeNotice, FeePayment, FeePeriod, Unit
from desk.services.core import audit
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.progress import NO_PROGRESS, Progress
from desk.clock import or_now
from desk.services.core.numbers import parse_decimal
from desk.services.core.text import required_text
from desk.services.core.money import to_money
from desk.services.core.serials import next_record_number
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit

ZERO = Decimal("0.00")
METHODS = ["现金", "微信", "支付宝", "银行卡", "转账"]


def charge(area, unit_price, months) -> Decimal:
    """area (㎡) × unit price (元/㎡/月) × months, rounded to the fen, half up."""
    return to_money(Decimal(area) * Decimal(unit_price) * int(months))


def get_period(period_id) -> FeePeriod:
    period = FeePeriod.get_or_none(FeePeriod.id == period_id) if period_id else None
    if period is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到收费期间：{id}"), id=period_id)
    return period


def periods():
    return FeePeriod.select().order_by(FeePeriod.start.desc(), FeePeriod.id.desc())


@retrying
def create_period(session: Session, name: str, start: dt.date, months: int, unit_price,
                  due_date: dt.date | None = None) -> FeePeriod:
    session.require("service.manage")
    name = required_text(name, "期间名称")
    price = parse_decimal(unit_price, "单价", allow_zero=False)
    try:
        months = int(months)
    except (TypeError, ValueError):
        months = 0
    if not 1 <= months <= 24:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "计费月数须在 1 到 24 之间"))
    if start is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field="起始日期")
    due_date = due_date or start + dt.timedelta(days=30)
    with db.atomic():
        if FeePeriod.select().where(FeePeriod.name == name).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "收费期间已存在：{name}"), name=name)
        period = FeePeriod.create(name=name, start=start, months=months, unit_price=price, due_date=due_date,
                                  created_by=session.staff_id)
        audit.record(session, "create", "fee_period", period.id, after=audit.snapshot(period))
    return period


def charge_for(unit, period) -> Decimal:
    """What one unit owes for one period; a unit with no area set is refused with a clear message."""
    unit = get_unit(unit)
    period = period if isinstance(period, FeePeriod) else get_period(period)
    if unit.area is None or unit.area <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号 {room} 未登记建筑面积，无法计算物业费"),
                              room=unit.code)
    return charge(unit.area, period.unit_price, period.months)


@retrying
def issue_notices(session: Session, period_id, *, building: str | None = None,
                  progress: Progress = NO_PROGRESS) -> dict:
    """Create the period's notices for every unit (or one building) that has none yet.

    Returns {"created": [FeeNotice], "no_area": [Unit], "existing": int}."""
    session.require("service.manage")
    period = get_period(period_id)
    query = Unit.select().order_by(Unit.building, Unit.entrance, Unit.room)
    if building:
        query = query.where(Unit.building == building)
    units = list(query)
    result = {"created": [], "no_area": [], "existing": 0}
    with db.atomic():
        have = {n.unit_id for n in FeeNotice.select(FeeNotice.unit).where(FeeNotice.period == period)}
        for i, unit in enumerate(units):
            progress.check()
            progress.report(i, len(units), unit.code)
            if unit.id in have:
                result["existing"] += 1
                continue
            if unit.area is None or unit.area <= 0:
                result["no_area"].append(unit)
                continue
            notice = FeeNotice.create(period=period, unit=unit, area=unit.area, unit_price=period.unit_price,
                                      months=period.months, amount=charge(unit.area, period.unit_price, period.months))
            result["created"].append(notice)
        audit.record(session, "create", "fee_notice", None, after={
            "period": period.name, "building": building or "", "created": len(result["created"]),
            "no_area": [u.code for u in result["no_area"]], "existing": result["existing"]}, note="生成缴费通知")
    progress.report(len(units), len(units), "")
    return result


def paid(notice) -> Decimal:
    # summed in Python: SQLite's SUM would go through floating point
    amounts = FeePayment.select(FeePayment.amount).where(FeePayment.notice == notice)
    return to_money(sum((p.amount for p in amounts), ZERO))


def outstanding(notice: FeeNotice) -> Decimal:
    return to_money(notice.amount - paid(notice))


def _unit_notices(unit) -> list[FeeNotice]:
    return list(FeeNotice.select(FeeNotice, FeePeriod).join(FeePeriod)
                .where(FeeNotice.unit == unit).order_by(FeePeriod.start, FeePeriod.id))


def _unit_dues(unit_id) -> list[tuple[FeeNotice, Decimal]]:
    """Every notice of a unit, oldest period first, with what is still owed on it (two queries)."""
    notices = _unit_notices(unit_id)
    paid_by: dict[int, Decimal] = {}
    if notices:
        for p in FeePayment.select(FeePayment.notice, FeePayment.amount).where(
                FeePayment.notice.in_([n.id for n in notices])):
            paid_by[p.notice_id] = paid_by.get(p.notice_id, ZERO) + p.amount
    return [(n, to_money(n.amount - paid_by.get(n.id, ZERO))) for n in notices]


def _earlier(other: FeeNotice, notice: FeeNotice) -> bool:
    return other.id != notice.id and (other.period.start, other.period_id) < (notice.period.start, notice.period_id)


def arrears_before(notice: FeeNotice) -> Decimal:
    """What the unit still owes for periods earlier than this notice's."""
    return to_money(sum((due for other, due in _unit_dues(notice.unit_id) if _earlier(other, notice)), ZERO))


def statement(notice_id) -> dict:
    """Everything a 缴费通知单 shows for one notice."""
    notice = FeeNotice.get_or_none(FeeNotice.id == notice_id) if not isinstance(notice_id, FeeNotice) else notice_id
    if notice is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到缴费通知：{id}"), id=notice_id)
    return statements([notice])[notice.id]


def statements(notices) -> dict[int, dict]:
    """``statement`` of many notices at once, by notice id: two queries whatever their number
    (the fee grid shows a page of them, its Excel export all of them)."""
    notices = list(notices)
    unit_ids = list({n.unit_id for n in notices})
    dues_by_unit: dict[int, list[tuple[FeeNotice, Decimal]]] = {}
    for i in range(0, len(unit_ids), 500):  # SQLite's limit on bound values
        every = list(FeeNotice.select(FeeNotice, FeePeriod).join(FeePeriod)
                     .where(FeeNotice.unit.in_(unit_ids[i:i + 500])).order_by(FeePeriod.start, FeePeriod.id))
        paid_by: dict[int, Decimal] = {}
        for n in range(0, len(every), 500):
            for p in FeePayment.select(FeePayment.notice, FeePayment.amount).where(
                    FeePayment.notice.in_([e.id for e in every[n:n + 500]])):
                paid_by[p.notice_id] = paid_by.get(p.notice_id, ZERO) + p.amount  # exact: Decimal, not SQL SUM
        for e in every:
            dues_by_unit.setdefault(e.unit_id, []).append((e, to_money(e.amount - paid_by.get(e.id, ZERO))))
    result = {}
    for notice in notices:
        dues = dues_by_unit.get(notice.unit_id, [])
        current = next(due for other, due in dues if other.id == notice.id)
        earlier = [(other, due) for other, due in dues if _earlier(other, notice)]
        arrears = to_money(sum((due for _other, due in earlier), ZERO))
        result[notice.id] = {
            "notice": notice, "unit": notice.unit, "period": notice.period, "area": notice.area,
            "unit_price": notice.unit_price, "months": notice.months, "amount": notice.amount,
            "paid": to_money(notice.amount - current), "current_due": current, "arrears": arrears,
            "total_due": to_money(current + arrears), "earlier": [(o, due) for o, due in earlier if due > 0]}
    return result


def unit_balance(unit) -> Decimal:
    """All the unit still owes (every notice)."""
    return to_money(sum((due for _n, due in _unit_dues(get_unit(unit).id)), ZERO))


@retrying
def record_payment(session: Session, unit, amount, *, method: str = "现金", note: str = "",
                   at: dt.datetime | None = None) -> list[FeePayment]:
    """A payment, applied to the oldest unpaid notices first. More than owed is refused."""
    session.require("service.desk")
    unit = get_unit(unit)
    amount = to_money(parse_decimal(amount, "缴费金额", allow_zero=False))
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的缴费方式：{method}"), method=method)
    at = or_now(at)
    with db.atomic():
        owed = [(n, due) for n, due in _unit_dues(unit.id) if due > 0]
        total = to_money(sum((due for _n, due in owed), ZERO))
        if amount > total:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "缴费金额 {amount} 元超过房号 {room} 的应缴合计 {total} 元"),
                                  amount=f"{amount:.2f}", room=unit.code, total=f"{total:.2f}")
        left = amount
        payments = []
        for notice, due in owed:
            if left <= 0:
                break
            part = min(left, due)
            payment = FeePayment.create(notice=notice, amount=part, paid_at=at, method=method,
                                        received_by=session.staff_id, note=(note or "").strip())
            audit.record(session, "create", "fee_payment", payment.id, after=audit.snapshot(payment))
            payments.append(payment)
            left -= part
    return payments


@retrying
def reverse_payment(session: Session, payment_id: int, reason: str) -> FeePayment:
    """冲正: a negative payment pointing at the one it cancels (supervisor)."""
    session.require("service.manage")
    reason = required_text(reason, "冲正原因")
    with db.atomic():
        original = FeePayment.get_or_none(FeePayment.id == payment_id)
        if original is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到缴费记录：{id}"), id=payment_id)
        if original.reverses_id is not None or original.reversals.count():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该缴费记录已冲正或本身是冲正记录"))
        reversal = FeePayment.create(notice=original.notice, amount=-original.amount, method=original.method,
                                     received_by=session.staff_id, note=reason, reverses=original, paid_at=or_now(None))
        audit.record(session, "correct", "fee_payment", reversal.id, after=audit.snapshot(reversal), note=reason)
    return reversal


def list_notices(*, period_id: int | None = None, building: str | None = None, unpaid_only: bool = False):
    query = (FeeNotice.select(FeeNotice, FeePeriod, Unit).join(FeePeriod).switch(FeeNotice).join(Unit)
             .order_by(FeePeriod.start.desc(), Unit.building, Unit.entrance, Unit.room))
    if period_id:
        query = query.where(FeeNotice.period == period_id)
    if building:
        query = query.where(Unit.building == building)
    if unpaid_only:
        paid_sq = (FeePayment.select(fn.COALESCE(fn.SUM(FeePayment.amount), 0))
                   .where(FeePayment.notice == FeeNotice.id))
        query = query.where(FeeNotice.amount - paid_sq > 0.005)  # a filter only; money is summed exactly elsewhere
    return query


def list_payments(*, unit=None, since=None, until=None):
    query = FeePayment.select().order_by(FeePayment.paid_at.desc(), FeePayment.id.desc())
    if unit is not None:
        query = query.join(FeeNotice).where(FeeNotice.unit == get_unit(unit))
    query = in_period(query, FeePayment.paid_at, since, until)
    return query


def arrears(as_of: dt.date | None = None, *, building: str | None = None) -> list[dict]:
    """Units owing on notices already past their due date: [{unit, periods:[name], amount}]."""
    as_of = as_of or dt.date.today()
    rows: dict[int, dict] = {}
    query = (FeeNotice.select(FeeNotice, FeePeriod, Unit).join(FeePeriod).switch(FeeNotice).join(Unit)
             .where(FeePeriod.due_date < as_of).order_by(Unit.building, Unit.entrance, Unit.room, FeePeriod.start))
    if building:
        query = query.where(Unit.building == building)
    for notice in query:
        due = outstanding(notice)
        if due <= 0:
            continue
        row = rows.setdefault(notice.unit_id, {"unit": notice.unit, "periods": [], "amount": ZERO})
        row["periods"].append(notice.period.name)
        row["amount"] = to_money(row["amount"] + due)
    return list(rows.values())


@retrying
def issue_reminders(session: Session, as_of: dt.date | None = None, *, unit_id: int | None = None) -> list[dict]:
    """催缴: a numbered reminder (催缴通知书, ``CJ-年月日-序号``) for every unit in arrears on ``as_of``
    (or for the one unit ``unit_id``). Issuing again for the same day gives back the same
    reminders. Returns the ``arrears`` rows, each with its ``reminder`` and ``count`` (this is the
    unit's how-manieth reminder: the 催缴次数)."""
    session.require("service.desk")
    as_of = as_of or dt.date.today()
    rows = arrears(as_of)
    if unit_id is not None:
        rows = [r for r in rows if r["unit"].id == unit_id]
    with db.atomic():
        for row in rows:
            unit = row["unit"]
            reminder = ArrearsReminder.get_or_none((ArrearsReminder.unit == unit.id) & (ArrearsReminder.as_of == as_of))
            if reminder is None:
                reminder = ArrearsReminder.create(unit=unit.id, as_of=as_of, number=next_record_number("CJ", as_of),
                                                  amount=row["amount"], issued_by=session.staff_id)
                audit.record(session, "create", "arrears_reminder", reminder.id, after=audit.snapshot(reminder))
            row["reminder"] = reminder
        units = [r["unit"].id for r in rows]
        counts = dict(ArrearsReminder.select(ArrearsReminder.unit, fn.COUNT(ArrearsReminder.id))
                      .where(ArrearsReminder.unit.in_(units) & (ArrearsReminder.as_of <= as_of))
                      .group_by(ArrearsReminder.unit).tuples()) if units else {}
    for row in rows:
        row["count"] = counts.get(row["unit"].id, 1)
    return rows
