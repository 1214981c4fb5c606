"""Shifts and the duty log (值班日志): open a shift, the current one, log entries and corrections.

Closing a shift (交接班) needs what other domains say about it (the water-bar count, workers still
in a show flat), so it lives above them, in ``desk.services.duty.handover``.
"""
from __future__ import annotations

import datetime as dt

from desk.clock import now
from desk.db.base import db, lock, publish, retrying
from desk.db.core import DutyLogEntry, Shift
from desk.services.core import audit, inputs
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session

LOG_KINDS = [
    QT_TRANSLATE_NOOP("duty", "事件"),
    QT_TRANSLATE_NOOP("duty", "设备故障"),
    QT_TRANSLATE_NOOP("duty", "遗留问题"),
    QT_TRANSLATE_NOOP("duty", "交接"),
    QT_TRANSLATE_NOOP("duty", "更正"),
]

def current_shift() -> Shift | None:
    return Shift.select().where(Shift.closed_at.is_null()).order_by(Shift.id.desc()).first()


@retrying
def open_shift(session: Session) -> Shift:
    session.require("shift.run")
    with db.atomic():
        lock("shift")  # two PCs opening (or closing) at once: one after the other
        if current_shift() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "已有未交班的班次，请先交班"))
        shift = Shift.create(opened_by=session.staff_id)
        audit.record(session, "create", "shift", shift.id, after=audit.snapshot(shift))
        publish("shift", record_id=shift.id)
    return shift


@retrying
def add_log_entry(session: Session, kind: str, text: str, *, corrects: int | None = None,
                  at: dt.datetime | None = None) -> DutyLogEntry:
    session.require("shift.run")
    text = inputs.note(text, "日志内容", limit=inputs.TEXT_LIMIT)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "日志内容不能为空"))
    at = inputs.moment(at, "时间", default=now())
    if kind not in LOG_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的日志类别：{kind}"), kind=kind)
    with db.atomic():
        if corrects is not None and not DutyLogEntry.select().where(DutyLogEntry.id == corrects).exists():
            raise NotFound(QT_TRANSLATE_NOOP("desk", "要更正的日志不存在"))
        shift = current_shift()
        entry = DutyLogEntry.create(shift=shift, kind=kind, text=text, staff=session.staff_id,
                                    corrects=corrects, at=at)
        audit.record(session, "correct" if corrects else "create", "duty_log", entry.id,
                     after=audit.snapshot(entry))
    return entry


def log_entries(*, shift_id: int | None = None, since: dt.datetime | None = None,
                until: dt.datetime | None = None, kind: str | None = None):
    query = DutyLogEntry.select().order_by(DutyLogEntry.at.desc(), DutyLogEntry.id.desc())
    if shift_id:
        query = query.where(DutyLogEntry.shift == shift_id)
    query = in_period(query, DutyLogEntry.at, since, until)
    kind = inputs.clean(kind)
    if kind:
        query = query.where(DutyLogEntry.kind == kind)
    return query


def day_handed_over(day: dt.date) -> bool:
    """A shift was handed over on ``day`` and none is open since: the day's work is closed."""
    closed_today = Shift.select().where(Shift.closed_at >= dt.datetime.combine(day, dt.time())).exists()
    return closed_today and current_shift() is None


def shifts(limit: int = 100):
    limit = inputs.integer(limit, "条数", minimum=1, maximum=10000)
    return Shift.select().order_by(Shift.id.desc()).limit(limit)
