"""报修: received → dispatched (派工) → done (完工, materials and charge) → called back (回访).

Each step is allowed only from the step before it; a refused step changes nothing.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk import settings
from desk.clock import now
from desk.db.base import db, retrying
from desk.db.servicedesk import PriceItem, Repair, Unit
from desk.services.core import audit, inputs
from desk.services.core.days import in_period
from desk.services.core.privacy import Mask, MaskedQuery
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.money import to_money
from desk.services.core.numbers import parse_decimal
from desk.services.core.serials import next_record_number
from desk.services.core.text import required_text
from desk.services.servicedesk.stages import stage_at
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit, parse_room

CATEGORIES = [
    QT_TRANSLATE_NOOP("service", "水电"),
    QT_TRANSLATE_NOOP("service", "门窗"),
    QT_TRANSLATE_NOOP("service", "墙面"),
    QT_TRANSLATE_NOOP("service", "管道"),
    QT_TRANSLATE_NOOP("service", "电器"),
    QT_TRANSLATE_NOOP("service", "其他"),
]

STATUSES = {
    "received": QT_TRANSLATE_NOOP("service", "已受理"),
    "dispatched": QT_TRANSLATE_NOOP("service", "已派工"),
    "done": QT_TRANSLATE_NOOP("service", "已完工"),
    "called_back": QT_TRANSLATE_NOOP("service", "已回访"),
}
OPEN = ("received", "dispatched")
# Each status and the field that holds when a repair reached it, in order.
STAGES = (("received", "received_at"), ("dispatched", "dispatched_at"), ("done", "done_at"),
          ("called_back", "callback_at"))


def status_at(repair: Repair, moment: dt.datetime) -> str:
    """The status the repair had at ``moment`` (a past week's report shows that, not today's)."""
    return stage_at(repair, STAGES, moment)


def get_repair(repair_id) -> Repair:
    repair = Repair.get_or_none(Repair.id == repair_id) if repair_id else None
    if repair is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到报修单：{id}"), id=repair_id)
    return repair


def _refuse(repair: Repair, action: str):
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "报修单 {number} 当前为“{status}”，不能{action}"),
                          number=repair.number, status=STATUSES.get(repair.status, repair.status), action=action)


@retrying
def receive(session: Session, unit, category: str, description: str, *, reporter: str = "",
            reporter_phone: str = "", at: dt.datetime | None = None) -> Repair:
    session.require("service.desk")
    unit = get_unit(unit)
    if category not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的报修类别：{category}"), category=category)
    description = required_text(description, "报修内容")
    reporter = inputs.text(reporter, "报修人", limit=inputs.NAME_LIMIT) or unit.owner_name
    reporter_phone = inputs.phone(reporter_phone, "报修人电话") or unit.owner_phone
    at = inputs.when(at, "报修时间")
    due = at + dt.timedelta(hours=int(settings.get("repair_due_hours")))
    with db.atomic():
        repair = Repair.create(number=next_record_number("BX", at), unit=unit, category=category,
                               description=description, reporter=reporter, reporter_phone=reporter_phone,
                               received_at=at, received_by=session.staff_id, due_at=due)
        audit.record(session, "create", "repair", repair.id, after=audit.snapshot(repair))
    return repair


@retrying
def dispatch(session: Session, repair_id, worker: str, *, at: dt.datetime | None = None) -> Repair:
    session.require("service.desk")
    worker = required_text(worker, "维修人员", limit=inputs.NAME_LIMIT, multiline=False)
    at = inputs.when(at, "派工时间")
    with db.atomic():
        repair = get_repair(repair_id)
        if repair.status != "received":
            _refuse(repair, "派工")
        before = audit.snapshot(repair)
        repair.worker = worker
        repair.dispatched_at = at
        repair.dispatched_by = session.staff_id
        repair.status = "dispatched"
        repair.save()
        audit.record(session, "change", "repair", repair.id, before, audit.snapshot(repair), "派工")
    return repair


@retrying
def complete(session: Session, repair_id, *, materials: str = "", charge_item: int | None = None,
             quantity=1, charge=None, note: str = "", at: dt.datetime | None = None) -> Repair:
    """完工. The charge comes from the internal charge list (item × quantity) when an item is given,
    otherwise from ``charge`` (default nothing)."""
    session.require("service.desk")
    amount = Decimal("0.00")
    item = None
    qty = None
    if charge_item:
        item = PriceItem.get_or_none((PriceItem.id == charge_item) & (PriceItem.kind == "repair"))
        if item is None or not item.active:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "收费项目不存在或已停用"))
        qty = parse_decimal(quantity, "数量", allow_zero=False, maximum=Decimal(10000), places=2)
        amount = to_money(item.price * qty)
    elif charge not in (None, ""):
        amount = to_money(parse_decimal(charge, "收费金额", places=2))
    materials = inputs.note(materials, "材料")
    note = inputs.note(note, "完工说明")
    at = inputs.when(at, "完工时间")
    with db.atomic():
        repair = get_repair(repair_id)
        if repair.status != "dispatched":
            _refuse(repair, "完工")
        if at < repair.received_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "完工时间不能早于报修时间"))
        before = audit.snapshot(repair)
        repair.done_at = at
        repair.materials = materials
        repair.charge_item = item
        repair.charge_quantity = qty
        repair.charge = amount
        repair.done_note = note
        repair.status = "done"
        repair.save()
        audit.record(session, "change", "repair", repair.id, before, audit.snapshot(repair), "完工")
    return repair


@retrying
def call_back(session: Session, repair_id, satisfied: bool, comment: str = "", *,
              at: dt.datetime | None = None) -> Repair:
    session.require("service.desk")
    if satisfied is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择业主是否满意"))
    comment = inputs.note(comment, "回访意见")
    at = inputs.when(at, "回访时间")
    with db.atomic():
        repair = get_repair(repair_id)
        if repair.status != "done":
            _refuse(repair, "回访")
        before = audit.snapshot(repair)
        repair.callback_at = at
        repair.callback_by = session.staff_id
        repair.satisfied = bool(satisfied)
        repair.callback_comment = comment
        repair.status = "called_back"
        repair.save()
        audit.record(session, "change", "repair", repair.id, before, audit.snapshot(repair), "回访")
    return repair


def is_overdue(repair: Repair, at: dt.datetime | None = None) -> bool:
    """Not finished by its due time (still open past it, or finished late)."""
    at = inputs.when(at)
    if repair.done_at is None:
        return at > repair.due_at
    return repair.done_at > repair.due_at


REPAIR_MASK = Mask(phones=("reporter_phone",), related={"unit": Mask(phones=("owner_phone",))})


def list_repairs(session: Session, *, status: str | None = None, open_only: bool = False, overdue: bool = False,
                 text: str = "", since: dt.datetime | None = None, until: dt.datetime | None = None,
                 at: dt.datetime | None = None) -> MaskedQuery:
    """Repairs, newest first, with the reporters' and owners' phones masked for the session;
    ``overdue``: still open past their due time (``is_overdue`` of an open one)."""
    session.require_any("service.desk", "print")
    at = inputs.moment(at, "时间", default=now()) if overdue else at
    query = Repair.select(Repair, Unit).join(Unit).order_by(Repair.received_at.desc(), Repair.id.desc())
    status = inputs.clean(status)
    if status:
        query = query.where(Repair.status == status)
    if open_only:
        query = query.where(Repair.status.in_(OPEN))
    if overdue:
        query = query.where(Repair.status.in_(OPEN) & (Repair.due_at < at))
    query = in_period(query, Repair.received_at, since, until)
    text = inputs.clean(text)
    if text:
        parts = parse_room(text)
        if parts:
            query = query.where((Unit.building == parts[0]) & (Unit.entrance == parts[1]) & (Unit.room == parts[2]))
        else:
            query = query.where(Repair.number.contains(text) | Repair.description.contains(text)
                                | Repair.reporter.contains(text) | Repair.worker.contains(text))
    return MaskedQuery(session, query, REPAIR_MASK)


def open_repairs():
    """Repairs not yet finished (受理 or 派工), oldest first."""
    return list(Repair.select().where(Repair.status.in_(OPEN)).order_by(Repair.received_at))
