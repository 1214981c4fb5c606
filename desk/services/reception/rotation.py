"""Consultant rotation (轮排): today's consultants in order; a new customer goes to the next
available one, who then moves to the back. Skip with a reason (忙/外出/休息) and return keeps
the place. A supervisor reorders. Every assignment and skip is journalled in ``RotationLog``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desk.clock import now
from desk.db.base import db, lock, publish, retrying
from desk.db.core import Staff
from desk.db.reception import RotationLog, RotationSlot, Visit
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.core.staff import staff_names

SKIP_REASONS = [
    QT_TRANSLATE_NOOP("reception", "忙"),
    QT_TRANSLATE_NOOP("reception", "外出"),
    QT_TRANSLATE_NOOP("reception", "休息"),
]

# action keys of the journal -> Chinese
ACTIONS = {
    "join": QT_TRANSLATE_NOOP("reception", "上岗"),
    "assign": QT_TRANSLATE_NOOP("reception", "轮排接待"),
    "owner": QT_TRANSLATE_NOOP("reception", "老客户归属接待"),
    "chosen": QT_TRANSLATE_NOOP("reception", "指定接待"),
    "skip": QT_TRANSLATE_NOOP("reception", "跳过"),
    "return": QT_TRANSLATE_NOOP("reception", "归位"),
    "reorder": QT_TRANSLATE_NOOP("reception", "调整顺序"),
}


@dataclass
class SlotView:
    staff_id: int
    name: str
    position: int
    status: str
    reason: str
    served_today: int
    is_next: bool = False


def consultants() -> list[Staff]:
    """Active staff with the consultant role, by code."""
    return [s for s in Staff.select().where(Staff.active == True).order_by(Staff.code)  # noqa: E712
            if "consultant" in s.role_list]


@retrying
def ensure_day(day: dt.date | None = None) -> list[RotationSlot]:
    """Today's rotation, created on first use from the active consultants (order of the last
    rotation day, then by code). New consultants join at the back."""
    day = inputs.day(day or dt.date.today(), "日期")
    people = consultants()
    slots = _slots(day)
    if {p.id for p in people} <= {s.staff_id for s in slots}:
        return slots
    with db.atomic():
        lock_day(day)
        slots = _slots(day)  # again, under the lock: another PC may have made them meanwhile
        present = {s.staff_id for s in slots}
        missing = [p for p in people if p.id not in present]
        if missing:
            previous_day = (RotationSlot.select(fn.MAX(RotationSlot.day)).where(RotationSlot.day < day).scalar())
            order: dict[int, int] = {}
            if previous_day:
                for s in RotationSlot.select().where(RotationSlot.day == previous_day):
                    order[s.staff_id] = s.position
            missing.sort(key=lambda p: (order.get(p.id, 10**6), p.code))
            top = max((s.position for s in slots), default=0)
            for person in missing:
                top += 1
                slots.append(RotationSlot.create(day=day, staff=person.id, position=top))
                RotationLog.create(day=day, staff=person.id, action="join", at=now())
    return slots


def lock_day(day: dt.date) -> None:
    """Hold the day's rotation until the transaction ends: whoever reads the next consultant and
    moves them to the back does both before another PC reads it (call first in the transaction)."""
    lock("rotation", day.toordinal())


def _slots(day: dt.date) -> list[RotationSlot]:
    return list(RotationSlot.select().where(RotationSlot.day == day).order_by(RotationSlot.position))


def board(day: dt.date | None = None) -> list[SlotView]:
    """The rotation as shown: in order, with the next one marked and today's count each."""
    day = day or dt.date.today()
    slots = ensure_day(day)
    names = staff_names()
    counts = dict(RotationLog.select(RotationLog.staff, fn.COUNT(RotationLog.id))
                  .where((RotationLog.day == day) & (RotationLog.action.in_(["assign", "owner", "chosen"])))
                  .group_by(RotationLog.staff).tuples())
    nxt = next_consultant(day)
    return [SlotView(s.staff_id, names.get(s.staff_id, ""), s.position, s.status, s.reason,
                     counts.get(s.staff_id, 0), nxt is not None and s.staff_id == nxt)
            for s in sorted(slots, key=lambda s: s.position)]


def next_consultant(day: dt.date | None = None) -> int | None:
    """The staff id who gets the next new customer, or None when nobody is available."""
    return next_in(ensure_day(day or dt.date.today()))


def next_in(slots: list[RotationSlot]) -> int | None:
    """The next consultant of a day's ``slots`` (as ``ensure_day`` returns them)."""
    return next((s.staff_id for s in sorted(slots, key=lambda s: s.position) if s.status == "available"), None)


def _slot(day: dt.date, staff_id: int) -> RotationSlot:
    ensure_day(day)
    slot = RotationSlot.get_or_none((RotationSlot.day == day) & (RotationSlot.staff == staff_id))
    if slot is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该顾问不在今天的轮排中"))
    return slot


@retrying
def take_turn(session: Session, staff_id: int, visit_id: int | None, *, day: dt.date | None = None,
              action: str = "assign", at: dt.datetime | None = None) -> None:
    """Record that a consultant received a group. ``assign`` (a rotation turn) moves them to the
    back; ``owner`` and ``chosen`` are logged but keep their place."""
    day = inputs.day(day or dt.date.today(), "日期")
    at = inputs.moment(at, "时间", default=now())
    with db.atomic():
        lock_day(day)
        slots = ensure_day(day)
        if visit_id is not None and not Visit.select().where(Visit.id == visit_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该组来访"))
        record_turn(session, slots, staff_id, visit_id, day=day, action=action, at=at)


def record_turn(session: Session, slots: list[RotationSlot], staff_id: int, visit_id: int | None, *,
                day: dt.date, action: str, at: dt.datetime) -> None:
    """``take_turn`` inside a transaction that holds the day's lock (``lock_day``) and read the
    day's ``slots`` under it (the registration: one read of the rotation for the whole turn)."""
    slot = next((s for s in slots if s.staff_id == staff_id), None)
    if slot is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该顾问不在今天的轮排中"))
    if action == "assign":
        top = max(s.position for s in slots)
        RotationSlot.update(position=top + 1).where(RotationSlot.id == slot.id).execute()
        slot.position = top + 1
    RotationLog.create(day=day, staff=staff_id, action=action, visit=visit_id, by=session.staff_id, at=at)


@retrying
def skip(session: Session, staff_id: int, reason: str, *, day: dt.date | None = None) -> None:
    session.require("reception.register")
    if reason not in SKIP_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "跳过原因须为：忙、外出或休息"))
    day = inputs.day(day or dt.date.today(), "日期")
    with db.atomic():
        lock_day(day)
        slot = _slot(day, staff_id)
        if slot.status == "skipped":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该顾问已被跳过（{reason}）"), reason=slot.reason)
        slot.status, slot.reason = "skipped", reason
        slot.save()
        RotationLog.create(day=day, staff=staff_id, action="skip", reason=reason, by=session.staff_id)
        publish("rotation", record_id=staff_id)


@retrying
def return_to_rotation(session: Session, staff_id: int, *, day: dt.date | None = None) -> None:
    """A skipped consultant is back: they keep their place in the order."""
    session.require("reception.register")
    day = inputs.day(day or dt.date.today(), "日期")
    with db.atomic():
        lock_day(day)
        slot = _slot(day, staff_id)
        if slot.status != "skipped":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该顾问没有被跳过"))
        slot.status, slot.reason = "available", ""
        slot.save()
        RotationLog.create(day=day, staff=staff_id, action="return", by=session.staff_id)
        publish("rotation", record_id=staff_id)


@retrying
def reorder(session: Session, staff_ids: list[int], *, day: dt.date | None = None) -> None:
    """A supervisor sets the order (every consultant of the day, each once)."""
    session.require("reception.manage")
    day = inputs.day(day or dt.date.today(), "日期")
    staff_ids = [inputs.integer(i, "顾问", minimum=1) for i in staff_ids or ()]
    with db.atomic():
        lock_day(day)
        slots = {s.staff_id: s for s in ensure_day(day)}
        if sorted(staff_ids) != sorted(slots):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "新顺序须包含今天轮排中的每位顾问各一次"))
        before = [s.staff_id for s in sorted(slots.values(), key=lambda s: s.position)]
        for pos, sid in enumerate(staff_ids, start=1):
            RotationSlot.update(position=pos).where(RotationSlot.id == slots[sid].id).execute()
        RotationLog.create(day=day, staff=None, action="reorder", by=session.staff_id,
                           reason=",".join(str(i) for i in staff_ids))
        publish("rotation")
        audit.record(session, "change", "rotation", None, before={"order": before},
                     after={"order": list(staff_ids)}, note=str(day))


def journal(day_from: dt.date, day_to: dt.date, staff_id: int | None = None):
    query = (RotationLog.select().where((RotationLog.day >= day_from) & (RotationLog.day <= day_to))
             .order_by(RotationLog.at.desc(), RotationLog.id.desc()))
    if staff_id:
        query = query.where(RotationLog.staff == staff_id)
    return query


def fairness(day_from: dt.date, day_to: dt.date) -> list[dict]:
    """Per consultant: rotation turns, owner returns, chosen, skips (by reason)."""
    names = staff_names()
    rows: dict[int, dict] = {}
    query = (RotationLog.select(RotationLog.staff, RotationLog.action, RotationLog.reason, fn.COUNT(RotationLog.id))
             .where((RotationLog.day >= day_from) & (RotationLog.day <= day_to) & RotationLog.staff.is_null(False))
             .group_by(RotationLog.staff, RotationLog.action, RotationLog.reason).tuples())
    for staff_id, action, reason, count in query:
        row = rows.setdefault(staff_id, {"staff_id": staff_id, "name": names.get(staff_id, ""), "assign": 0,
                                         "owner": 0, "chosen": 0, "skip": 0, "skip_reasons": {}})
        if action in ("assign", "owner", "chosen", "skip"):
            row[action] += count
        if action == "skip":
            row["skip_reasons"][reason] = row["skip_reasons"].get(reason, 0) + count
    return sorted(rows.values(), key=lambda r: r["name"])
