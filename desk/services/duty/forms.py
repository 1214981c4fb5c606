"""The printed duty log (值班日志/交接班记录, ``duty_log``) for the forms engine
(``desk/printing/sources.py``): ``id`` = a shift, ``day`` = every shift opened that day (and the
entries written outside a shift)."""
from __future__ import annotations

import datetime as dt

from desk.db.core import DutyLogEntry, Shift
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.services.core.session import Session


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
    if id is not None:
        shift = Shift.get_or_none(Shift.id == id)
        if shift is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到班次 {id}"), id=id)
        entries = list(DutyLogEntry.select().where(DutyLogEntry.shift == shift).order_by(DutyLogEntry.at))
        return [_duty_document(shift, entries)]
    start, end = day_range(day)
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
