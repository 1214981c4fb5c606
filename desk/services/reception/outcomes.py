"""Outcomes of the customer cycle: 认购 (subscription: unit, price, date, deposit) and 签约
(contract: date, amount). The consultant records them against the customer; a supervisor approves
or rejects (at the desk with their own 工号 and PIN); an approved 认购 may be withdrawn (退订)
with a reason, unless it has gone on to a 签约. Every step is audited; nothing is deleted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desk.clock import now
from desk.db.base import db, for_update, lock, retrying
from desk.db.reception import Contract, Customer, Subscription, Visit
from desk.services.core import audit, inputs
from desk.services.core.days import parse_day
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from desk.services.core.money import to_money
from desk.services.core.numbers import parse_decimal
from desk.services.core.privacy import phone_for
from desk.services.core.serials import next_record_number
from desk.services.core.session import Session
from desk.services.core.staff import staff_names, verify_cosigner
from desk.services.reception.visitors import get_customer

SUBSCRIPTION, CONTRACT = "subscription", "contract"
KINDS = {SUBSCRIPTION: QT_TRANSLATE_NOOP("reception", "认购"), CONTRACT: QT_TRANSLATE_NOOP("reception", "签约")}
STATUSES = {
    "pending": QT_TRANSLATE_NOOP("reception", "待审批"),
    "approved": QT_TRANSLATE_NOOP("reception", "已批准"),
    "rejected": QT_TRANSLATE_NOOP("reception", "已驳回"),
    "withdrawn": QT_TRANSLATE_NOOP("reception", "已退订"),
}
ACTIVE = ("pending", "approved")
# A customer's stage in the cycle, the furthest reached (shown in 我的客户 and the customer file).
STAGES = {
    "subscription_pending": QT_TRANSLATE_NOOP("reception", "认购待批"),
    "subscribed": QT_TRANSLATE_NOOP("reception", "已认购"),
    "contract_pending": QT_TRANSLATE_NOOP("reception", "签约待批"),
    "signed": QT_TRANSLATE_NOOP("reception", "已签约"),
}


@dataclass
class Outcome:
    kind: str  # subscription / contract
    id: int
    number: str
    customer_id: int
    customer_name: str
    phone: str  # as the session may see it
    consultant_id: int
    consultant_name: str
    unit: str
    day: dt.date
    amount: Decimal  # 认购: the price; 签约: the contract amount
    deposit: Decimal | None
    status: str
    recorded_at: dt.datetime
    recorded_by: str
    decided_at: dt.datetime | None
    decided_by: str
    note: str  # the decision's note, or the reason of a 退订
    withdrawn_at: dt.datetime | None = None
    subscription_id: int | None = None


# -- checks ---------------------------------------------------------------------------------------
def get_subscription(subscription_id, *, locked: bool = False) -> Subscription:
    """The 认购 (``locked``: its row held until the transaction ends, for a decision on it)."""
    query = Subscription.select().where(Subscription.id == subscription_id) if subscription_id else None
    record = (for_update(query) if locked else query).first() if query is not None else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到认购记录：{id}"), id=subscription_id)
    return record


def get_contract(contract_id, *, locked: bool = False) -> Contract:
    query = Contract.select().where(Contract.id == contract_id) if contract_id else None
    record = (for_update(query) if locked else query).first() if query is not None else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到签约记录：{id}"), id=contract_id)
    return record


def _first_day(customer_id: int) -> dt.date | None:
    return Visit.select(fn.MIN(Visit.day)).where(Visit.customer == customer_id).scalar()


def _may_record(session: Session, owner_id: int | None) -> None:
    if session.can("reception.manage") or (session.staff_id is not None and session.staff_id == owner_id):
        return
    raise PermissionDenied(QT_TRANSLATE_NOOP("desk", "只有客户的归属顾问或主管可以登记认购与签约"))


# -- 认购 -----------------------------------------------------------------------------------------
@retrying
def record_subscription(session: Session, customer_id: int, *, unit: str, price, day, deposit=0,
                        at: dt.datetime | None = None) -> Subscription:
    """认购 recorded against the customer, waiting for a supervisor's approval. The consultant is
    the customer's owner (the person recording, when a supervisor records it for a consultant)."""
    session.require("reception.outcome")
    at = at or now()
    unit = inputs.text(unit, "房号", limit=30).upper()
    if not unit:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写认购房号"))
    price = to_money(parse_decimal(price, "成交价", allow_zero=False))
    deposit = to_money(parse_decimal(deposit, "定金", allow_none=True) or 0)
    if deposit > price:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "定金不能大于成交价"))
    day = parse_day(day, "认购日期")
    if day > at.date():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "认购日期不能晚于今天"))
    with db.atomic():
        customer = get_customer(customer_id)
        _may_record(session, customer.owner_id)
        first = _first_day(customer.id)
        if first is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该客户还没有来访记录，不能登记认购"))
        if day < first:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "认购日期不能早于客户首次来访（{day}）"), day=first)
        lock("subscription_unit")  # two PCs subscribing one unit: the second sees the first
        taken = Subscription.get_or_none((Subscription.unit == unit) & Subscription.status.in_(ACTIVE))
        if taken is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号 {unit} 已有认购（{number}），不能重复认购"),
                                  unit=unit, number=taken.number)
        consultant = customer.owner_id
        if consultant is None and session.has_role("consultant"):
            consultant = session.staff_id
        if consultant is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该客户没有归属顾问，请由顾问登记"))
        record = Subscription.create(number=next_record_number("RG", at), customer=customer.id, consultant=consultant,
                                     unit=unit, price=price, deposit=deposit, day=day, recorded_at=at,
                                     recorded_by=session.staff_id)
        audit.record(session, "create", "subscription", record.id, after=audit.snapshot(record))
    return record


def _decide(session: Session, record, entity: str, approve: bool, note: str, at) -> None:
    note = inputs.note(note, "审批意见", limit=200)
    if approve is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择批准或驳回"))
    if not approve and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "驳回须写明原因"))
    if record.status != "pending":
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{number} 已处理（{status}），不能再审批"),
                              number=record.number, status=STATUSES.get(record.status, record.status))
    if record.recorded_by_id is not None and record.recorded_by_id == session.staff_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("desk", "登记人不能审批自己登记的 {number}"), number=record.number)
    before = audit.snapshot(record)
    record.status = "approved" if approve else "rejected"
    record.decided_at, record.decided_by, record.decision_note = at or now(), session.staff_id, note
    record.save()
    audit.record(session, "approve" if approve else "reject", entity, record.id, before=before,
                 after=audit.snapshot(record), note=note)


@retrying
def decide_subscription(session: Session, subscription_id: int, approve: bool, note: str = "", *,
                        at: dt.datetime | None = None) -> Subscription:
    session.require("reception.approve")
    with db.atomic():
        record = get_subscription(subscription_id, locked=True)
        _decide(session, record, SUBSCRIPTION, approve, note, at)
    return record


@retrying
def withdraw_subscription(session: Session, subscription_id: int, reason: str, *,
                          at: dt.datetime | None = None) -> Subscription:
    """退订: an approved 认购 withdrawn with a reason (a supervisor). Not once it has a 签约."""
    session.require("reception.approve")
    reason = inputs.note(reason, "原因", limit=200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "退订须写明原因"))
    with db.atomic():
        record = get_subscription(subscription_id, locked=True)
        if record.status != "approved":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "只有已批准的认购可以退订（{number} 为“{status}”）"),
                                  number=record.number, status=STATUSES.get(record.status, record.status))
        if Contract.select().where((Contract.subscription == record.id) & Contract.status.in_(ACTIVE)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "认购 {number} 已登记签约，不能退订"), number=record.number)
        before = audit.snapshot(record)
        record.status = "withdrawn"
        record.withdrawn_at, record.withdrawn_by, record.withdraw_reason = at or now(), session.staff_id, reason
        record.save()
        audit.record(session, "withdraw", SUBSCRIPTION, record.id, before=before, after=audit.snapshot(record),
                     note=reason)
    return record


# -- 签约 -----------------------------------------------------------------------------------------
@retrying
def record_contract(session: Session, subscription_id: int, *, day, amount,
                    at: dt.datetime | None = None) -> Contract:
    """签约 of an approved 认购, waiting for a supervisor's approval."""
    session.require("reception.outcome")
    at = at or now()
    amount = to_money(parse_decimal(amount, "合同金额", allow_zero=False))
    day = parse_day(day, "签约日期")
    if day > at.date():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "签约日期不能晚于今天"))
    with db.atomic():
        sub = get_subscription(subscription_id, locked=True)  # one 签约 per 认购, a 退订 waits
        _may_record(session, sub.consultant_id)
        if sub.status != "approved":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "认购 {number} 尚未批准（{status}），不能签约"),
                                  number=sub.number, status=STATUSES.get(sub.status, sub.status))
        if day < sub.day:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "签约日期不能早于认购日期（{day}）"), day=sub.day)
        if Contract.select().where((Contract.subscription == sub.id) & Contract.status.in_(ACTIVE)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "认购 {number} 已登记签约"), number=sub.number)
        record = Contract.create(number=next_record_number("QY", at), subscription=sub.id, customer=sub.customer_id,
                                 consultant=sub.consultant_id, day=day, amount=amount, recorded_at=at,
                                 recorded_by=session.staff_id)
        audit.record(session, "create", CONTRACT, record.id, after=audit.snapshot(record))
    return record


@retrying
def decide_contract(session: Session, contract_id: int, approve: bool, note: str = "", *,
                    at: dt.datetime | None = None) -> Contract:
    session.require("reception.approve")
    with db.atomic():
        record = get_contract(contract_id, locked=True)
        _decide(session, record, CONTRACT, approve, note, at)
    return record


def cosign_decide(session: Session, kind: str, record_id: int, approve: bool, code: str, pin: str,
                  note: str = "", *, at: dt.datetime | None = None):
    """At the desk a supervisor approves (or rejects) with their own 工号 and PIN."""
    session.require("reception.outcome")
    supervisor = verify_cosigner(code, pin, "reception.approve")
    decide = decide_subscription if kind == SUBSCRIPTION else decide_contract
    return decide(supervisor, record_id, approve, note, at=at)


def cosign_withdraw(session: Session, subscription_id: int, reason: str, code: str, pin: str, *,
                    at: dt.datetime | None = None) -> Subscription:
    """退订 at the desk, confirmed by a supervisor's own 工号 and PIN."""
    session.require("reception.outcome")
    supervisor = verify_cosigner(code, pin, "reception.approve")
    return withdraw_subscription(supervisor, subscription_id, reason, at=at)


# -- lists ----------------------------------------------------------------------------------------
def outcomes(session: Session | None, *, customer_id: int | None = None, status: str | None = None,
             kind: str | None = None, day_from: dt.date | None = None, day_to: dt.date | None = None,
             consultant_id: int | None = None) -> list[Outcome]:
    """认购 and 签约, newest first, phones as the session may see them."""
    names = staff_names()
    rows: list[Outcome] = []
    for model in (Subscription, Contract):
        if kind and kind != (SUBSCRIPTION if model is Subscription else CONTRACT):
            continue
        query = (model.select(model, Customer).join(Customer, on=(model.customer == Customer.id))
                 .order_by(model.day.desc(), model.id.desc()))
        if customer_id:
            query = query.where(model.customer == customer_id)
        if status:
            query = query.where(model.status == status)
        if day_from:
            query = query.where(model.day >= day_from)
        if day_to:
            query = query.where(model.day <= day_to)
        if consultant_id:
            query = query.where(model.consultant == consultant_id)
        if model is Contract:
            units = {s.id: s.unit for s in Subscription.select(Subscription.id, Subscription.unit)
                     .where(Subscription.id.in_(query.select(Contract.subscription)))} if query.exists() else {}
        for r in query:
            c = r.customer
            is_sub = model is Subscription
            rows.append(Outcome(
                SUBSCRIPTION if is_sub else CONTRACT, r.id, r.number, c.id, c.display_name,
                phone_for(session, c.phone, c.owner_id), r.consultant_id, names.get(r.consultant_id, ""),
                r.unit if is_sub else units.get(r.subscription_id, ""), r.day, r.price if is_sub else r.amount,
                r.deposit if is_sub else None, r.status, r.recorded_at, names.get(r.recorded_by_id, ""),
                r.decided_at, names.get(r.decided_by_id, ""),
                (r.withdraw_reason or r.decision_note) if is_sub else r.decision_note,
                r.withdrawn_at if is_sub else None, None if is_sub else r.subscription_id))
    rows.sort(key=lambda o: (o.day, o.recorded_at), reverse=True)
    return rows


def pending_count() -> int:
    return (Subscription.select().where(Subscription.status == "pending").count()
            + Contract.select().where(Contract.status == "pending").count())


def stages(customer_ids) -> dict[int, str]:
    """The furthest stage each customer has reached (a key of STAGES); absent: none yet."""
    ids = list({int(i) for i in customer_ids if i})
    if not ids:
        return {}
    rank = {"subscription_pending": 1, "subscribed": 2, "contract_pending": 3, "signed": 4}
    result: dict[int, str] = {}

    def raise_to(cid, stage):
        if rank[stage] > rank.get(result.get(cid, ""), 0):
            result[cid] = stage

    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, status in (Subscription.select(Subscription.customer, Subscription.status)
                            .where(Subscription.customer.in_(chunk) & Subscription.status.in_(ACTIVE)).tuples()):
            raise_to(cid, "subscribed" if status == "approved" else "subscription_pending")
        for cid, status in (Contract.select(Contract.customer, Contract.status)
                            .where(Contract.customer.in_(chunk) & Contract.status.in_(ACTIVE)).tuples()):
            raise_to(cid, "signed" if status == "approved" else "contract_pending")
    return result
