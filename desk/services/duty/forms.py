"""The printed duty log (值班日志/交接班记录, ``duty_log``) for the forms engine
(``desk/printing/sources.py``): ``id`` = a shift, ``day`` = every shift opened that day (and the
entries written outside a shift). The handover reads across domains: the water bar's handover
count says whether 库存核对 was 无误.
"""
from __future__ import annotations

import datetime as dt

from desk.db.bar import StockCount, StockCountLine
from desk.db.core import DutyLogEntry, Shift
from desk.services.bar.count import HANDOVER
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.services.core.session import Session

OPEN_ISSUE = "遗留问题"


def _shift_name(opened: dt.datetime) -> str:
    if opened.hour < 12:
        return "早班"
    if opened.hour < 18:
        return "中班"
    return "晚班"


def _counts_ok(shift: Shift) -> str | None:
    """库存核对: the water bar's handover count of the shift, 无误 or 有差异 (None: no count)."""
    count = (StockCount.select().where((StockCount.shift == shift.id) & (StockCount.kind == HANDOVER))
             .order_by(StockCount.counted_at.desc()).first())
    if count is None:
        return None
    differs = StockCountLine.select().where((StockCountLine.count == count.id)
                                            & (StockCountLine.difference != 0)).exists()
    return "有差异" if differs else "无误"


def _duty_document(shift: Shift | None, entries: list[DutyLogEntry]) -> dict:
    rows = [{"time": e.at.strftime("%H:%M"), "kind": e.kind,
             "text": (f"更正第 {e.corrects_id} 条：" if e.corrects_id else "") + e.text,
             "staff": e.staff.name} for e in entries]
    fields: dict = {}
    signatures: dict = {}
    if shift is not None:
        names = sorted({shift.opened_by.name, *(e.staff.name for e in entries)})
        # 交班人: who was on duty and hands over; 接班人: who opened the next shift
        successor = (Shift.select().where((Shift.opened_at >= shift.closed_at) & (Shift.id != shift.id))
                     .order_by(Shift.opened_at, Shift.id).first()) if shift.closed_at else None
        issues = [e.text for e in entries if e.kind == OPEN_ISSUE]
        fields = {"day": shift.opened_at.date(), "shift": _shift_name(shift.opened_at),
                  "on_duty": "、".join(names), "handover_at": shift.closed_at,
                  "counts_ok": _counts_ok(shift), "items": shift.handover_note,
                  "open_issues": "；".join(issues) if issues else ("无" if shift.closed_at else "")}
        signatures = {"交班人": shift.opened_by.name if shift.closed_at else "",
                      "接班人": successor.opened_by.name if successor is not None else ""}
    elif entries:
        fields = {"day": entries[0].at.date()}
    return {"fields": fields, "tables": {"events": rows}, "signatures": signatures}


def _entries(shift: Shift) -> list[DutyLogEntry]:
    return list(DutyLogEntry.select().where(DutyLogEntry.shift == shift).order_by(DutyLogEntry.at, DutyLogEntry.id))


def duty_log_documents(session: Session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """值班日志/交接班记录: one shift (``id``), or every shift of a day (``day``)."""
    session.require("shift.run")
    if id is not None:
        shift = Shift.get_or_none(Shift.id == id)
        if shift is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到班次 {id}"), id=id)
        return [_duty_document(shift, _entries(shift))]
    start, end = day_range(day)
    documents = [_duty_document(shift, _entries(shift))
                 for shift in Shift.select().where((Shift.opened_at >= start) & (Shift.opened_at < end))
                 .order_by(Shift.opened_at)]
    loose = list(DutyLogEntry.select().where((DutyLogEntry.shift.is_null()) & (DutyLogEntry.at >= start)
                                             & (DutyLogEntry.at < end)).order_by(DutyLogEntry.at))
    if loose:
        documents.append(_duty_document(None, loose))
    return documents
