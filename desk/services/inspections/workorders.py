"""工程维修单: repairs to the sales center's own facilities, not tied to an owner's flat.

报修 (a place, an asset, what is wrong; who reported) → 派工 (who fixes it) → 完工 (when, cost,
materials) → 验收 (a supervisor checks the work). Each step only from the one before it; a refused
step changes nothing. Due ``repair_due_hours`` after the report; the on-time figure is the share of
work orders judged (finished, or open past due) that were finished in time.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from desk import settings
from desk.clock import or_now
from desk.db.base import count_if, db, retrying
from desk.db.inspections import PlaceIncident, RoundAnswer, WorkOrder
from desk.services.core import audit, inputs
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.money import to_money
from desk.services.core.numbers import parse_decimal, percent
from desk.services.core.serials import next_record_number
from desk.services.core.session import Session
from desk.services.core.text import bounded_text, required_text

STATUSES: dict[str, str] = {
    "reported": QT_TRANSLATE_NOOP("inspections", "已报修"),
    "dispatched": QT_TRANSLATE_NOOP("inspections", "已派工"),
    "done": QT_TRANSLATE_NOOP("inspections", "已完工"),
    "accepted": QT_TRANSLATE_NOOP("inspections", "已验收"),
}
OPEN = ("reported", "dispatched")


def get_work_order(order_id) -> WorkOrder:
    order = WorkOrder.get_or_none(WorkOrder.id == order_id) if isinstance(order_id, int) else None
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到工程维修单：{ref}"), ref=order_id)
    return order


def _refuse(order: WorkOrder, action: str):
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "工程维修单 {number} 当前为“{status}”，不能{action}"),
                          number=order.number, status=STATUSES[order.status], action=action)


@retrying
def create_order(session: Session, place: str, description: str, *, asset: str = "",
                 at: dt.datetime | None = None, answer_id: int | None = None,
                 incident_id: int | None = None) -> WorkOrder:
    """报修. From a failed round item (``answer_id``) or an incident (``incident_id``, linked to it)."""
    session.require("workorder.report")
    place = bounded_text(required_text(place, "地点"), "地点", limit=64)
    description = bounded_text(required_text(description, "报修内容"), "报修内容", limit=500)
    asset = bounded_text(asset, "设施设备", required=False, limit=160)  # a round's item: area (32) and label (120)
    at = inputs.when(at, "报修时间")
    with db.atomic():
        answer_id = inputs.referred_id(RoundAnswer, answer_id, QT_TRANSLATE_NOOP("desk", "找不到巡检结果：{ref}"))
        incident_id = inputs.referred_id(PlaceIncident, incident_id, QT_TRANSLATE_NOOP("desk", "找不到事件：{ref}"))
        order = WorkOrder.create(number=next_record_number("GC", at), place=place, asset=asset, description=description,
                                 reported_at=at, reported_by=session.staff_id, answer=answer_id,
                                 due_at=at + dt.timedelta(hours=int(settings.get("repair_due_hours"))))
        if incident_id is not None:
            PlaceIncident.update(work_order=order.id).where(PlaceIncident.id == incident_id).execute()
        audit.record(session, "create", "work_order", order.id, after=audit.snapshot(order))
    return order


@retrying
def dispatch(session: Session, order_id: int, worker: str, *, at: dt.datetime | None = None) -> WorkOrder:
    session.require("inspection.manage")
    worker = bounded_text(required_text(worker, "维修人员"), "维修人员", limit=64)
    with db.atomic():
        order = get_work_order(order_id)
        if order.status != "reported":
            _refuse(order, "派工")
        before = audit.snapshot(order)
        order.worker = worker
        order.dispatched_at = or_now(at)
        order.dispatched_by = session.staff_id
        order.status = "dispatched"
        order.save()
        audit.record(session, "change", "work_order", order.id, before, audit.snapshot(order), "派工")
    return order


@retrying
def complete(session: Session, order_id: int, *, cost=None, materials: str = "", note: str = "",
             at: dt.datetime | None = None) -> WorkOrder:
    """完工: when, what it cost (exact money), materials used."""
    session.require("inspection.manage")
    amount = to_money(parse_decimal(cost, "费用")) if cost not in (None, "") else Decimal("0.00")
    if amount >= Decimal("100000000"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "费用太大"))
    with db.atomic():
        order = get_work_order(order_id)
        if order.status != "dispatched":
            _refuse(order, "完工")
        at = or_now(at)
        if at < order.reported_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "完工时间不能早于报修时间"))
        before = audit.snapshot(order)
        order.done_at = at
        order.cost = amount
        order.materials = bounded_text(materials, "材料", required=False, limit=500)
        order.done_note = bounded_text(note, "说明", required=False, limit=500)
        order.status = "done"
        order.save()
        audit.record(session, "change", "work_order", order.id, before, audit.snapshot(order), "完工")
    return order


@retrying
def accept(session: Session, order_id: int, note: str = "", *, at: dt.datetime | None = None) -> WorkOrder:
    """验收 by a supervisor."""
    session.require("inspection.manage")
    with db.atomic():
        order = get_work_order(order_id)
        if order.status != "done":
            _refuse(order, "验收")
        before = audit.snapshot(order)
        order.accepted_at = or_now(at)
        order.accepted_by = session.staff_id
        order.accept_note = bounded_text(note, "验收意见", required=False, limit=500)
        order.status = "accepted"
        order.save()
        audit.record(session, "change", "work_order", order.id, before, audit.snapshot(order), "验收")
    return order


def is_overdue(order: WorkOrder, at: dt.datetime | None = None) -> bool:
    """Not finished by its due time (still open past it, or finished late)."""
    at = or_now(at)
    if order.done_at is None:
        return at > order.due_at
    return order.done_at > order.due_at


def orders(*, open_only: bool = False, since: dt.datetime | None = None, until: dt.datetime | None = None):
    query = WorkOrder.select().order_by(WorkOrder.reported_at.desc(), WorkOrder.id.desc())
    if open_only:
        query = query.where(WorkOrder.status.in_(OPEN))
    return in_period(query, WorkOrder.reported_at, since, until)


def on_time(since: dt.datetime | None = None, until: dt.datetime | None = None,
            at: dt.datetime | None = None) -> dict:
    """The on-time figure of work orders reported in [since, until): judged are those finished and
    those still open past their due time. {"judged", "on_time", "percent" (Decimal or None)}."""
    at = or_now(at)
    query = WorkOrder.select(
        count_if(WorkOrder.done_at.is_null(False) | (WorkOrder.due_at < at)),
        count_if(WorkOrder.done_at.is_null(False) & (WorkOrder.done_at <= WorkOrder.due_at)))
    judged, in_time = (int(v or 0) for v in in_period(query, WorkOrder.reported_at, since, until).tuples().get())
    return {"judged": judged, "on_time": in_time, "percent": percent(in_time, judged)}


def open_counts(at: dt.datetime | None = None) -> tuple[int, int]:
    """(open work orders, of which overdue)."""
    at = or_now(at)
    total, late = (WorkOrder.select(fn.COUNT(WorkOrder.id), count_if(WorkOrder.due_at < at))
                   .where(WorkOrder.status.in_(OPEN)).tuples().get())
    return int(total or 0), int(late or 0)

