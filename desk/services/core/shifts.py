"""Shifts and the duty log (值班日志 / 交接班).

Other parts of the program add conditions that must hold before a shift may close:
``register_close_check(fn)`` where ``fn(shift) -> list[str]`` returns the reasons it may not
close yet (empty when fine).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from desk.db.base import db, now
from desk.db.core import DutyLogEntry, Shift
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, NotFound, ValidationError
from desk.services.core.session import Session

LOG_KINDS = [
    QT_TRANSLATE_NOOP("duty", "事件"),
    QT_TRANSLATE_NOOP("duty", "设备故障"),
    QT_TRANSLATE_NOOP("duty", "遗留问题"),
    QT_TRANSLATE_NOOP("duty", "交接"),
    QT_TRANSLATE_NOOP("duty", "更正"),
]

_close_checks: list[Callable[[Shift], list[str]]] = []

# Modules that register a close check when imported; imported before a shift is checked, so the
# checks hold whatever was loaded at start-up.
CLOSE_CHECK_MODULES = [
    "desk.services.bar.stock",  # the water-bar count is done and co-signed (交班前须盘点)
    "desk.services.showflats.workers",  # no worker is still inside a show flat
]


def register_close_check(check: Callable[[Shift], list[str]]) -> None:
    if check not in _close_checks:
        _close_checks.append(check)


class ShiftCannotClose(DeskError):
    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__(QT_TRANSLATE_NOOP("desk", "还不能交班：{reasons}"), reasons="；".join(reasons))


def current_shift() -> Shift | None:
    return Shift.select().where(Shift.closed_at.is_null()).order_by(Shift.id.desc()).first()


def open_shift(session: Session) -> Shift:
    session.require("shift.run")
    with db.atomic():
        if current_shift() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "已有未交班的班次，请先交班"))
        shift = Shift.create(opened_by=session.staff_id)
        audit.record(session, "create", "shift", shift.id, after=audit.snapshot(shift))
    return shift


def close_reasons(shift: Shift) -> list[str]:
    import importlib

    for name in CLOSE_CHECK_MODULES:
        importlib.import_module(name)
    reasons: list[str] = []
    for check in _close_checks:
        reasons.extend(check(shift))
    return reasons


def close_shift(session: Session, handover_note: str = "") -> Shift:
    session.require("shift.run")
    with db.atomic():
        shift = current_shift()
        if shift is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "当前没有进行中的班次"))
        reasons = close_reasons(shift)
        if reasons:
            raise ShiftCannotClose(reasons)
        before = audit.snapshot(shift)
        shift.closed_at = now()
        shift.closed_by = session.staff_id
        shift.handover_note = inputs.note(handover_note, "交接说明", limit=inputs.TEXT_LIMIT)
        shift.save()
        audit.record(session, "change", "shift", shift.id, before=before, after=audit.snapshot(shift))
    return shift


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
    if since:
        query = query.where(DutyLogEntry.at >= since)
    if until:
        query = query.where(DutyLogEntry.at < until)
    if kind:
        query = query.where(DutyLogEntry.kind == kind)
    return query


def shifts(limit: int = 100):
    limit = inputs.integer(limit, "条数", minimum=1, maximum=10000)
    return Shift.select().order_by(Shift.id.desc()).limit(limit)


def _shift_name(opened: dt.datetime) -> str:
    if opened.hour < 12:
        return "早班"
    if opened.hour < 18:
        return "中班"
    return "晚班"


def _duty_document(shift: Shift | None, entries) -> dict:
    rows = [{"time": e.at.strftime("%H:%M"), "kind": e.kind,
             "text": (f"更正第 {e.corrects_id} 条：" if e.corrects_id else "") + e.text,
             "staff": e.staff.name} for e in entries]
    fields: dict = {}
    signatures: dict = {}
    if shift is not None:
        names = sorted({shift.opened_by.name, *(e.staff.name for e in entries)})
        fields = {"day": shift.opened_at.date(), "shift": _shift_name(shift.opened_at),
                  "on_duty": "、".join(names), "handover_at": shift.closed_at,
                  "open_issues": shift.handover_note}
        signatures = {"交班人": shift.closed_by.name if shift.closed_by_id else ""}
    elif entries:
        fields = {"day": entries[0].at.date()}
    return {"fields": fields, "tables": {"events": rows}, "signatures": signatures}


def duty_log_documents(session: Session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """值班日志/交接班记录: one shift (``id``), or every shift of a day (``day``)."""
    session.require("shift.run")
    if id is None:
        day = inputs.day(day, "日期")
    if id is not None:
        shift = Shift.get_or_none(Shift.id == id)
        if shift is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到班次 {id}"), id=id)
        entries = list(DutyLogEntry.select().where(DutyLogEntry.shift == shift).order_by(DutyLogEntry.at))
        return [_duty_document(shift, entries)]
    start = dt.datetime.combine(day, dt.time())
    end = start + dt.timedelta(days=1)
    day_shifts = list(Shift.select().where((Shift.opened_at >= start) & (Shift.opened_at < end))
                      .order_by(Shift.opened_at))
    documents = []
    for shift in day_shifts:
        entries = list(DutyLogEntry.select().where(DutyLogEntry.shift == shift).order_by(DutyLogEntry.at))
        documents.append(_duty_document(shift, entries))
    loose = list(DutyLogEntry.select().where((DutyLogEntry.shift.is_null()) & (DutyLogEntry.at >= start)
                                             & (DutyLogEntry.at < end)).order_by(DutyLogEntry.at))
    if loose:
        documents.append(_duty_document(None, loose))
    return documents
