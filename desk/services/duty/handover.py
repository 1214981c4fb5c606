"""交接班: a shift closes only when every domain's condition holds.

A check is ``fn(shift) -> list[str]``: the reasons the shift may not close yet (empty when fine).
A domain with a condition adds its check to ``CLOSE_CHECKS``; this module sits above the domains
(they import ``desk.services.core.shifts``, not this), so it names their checks directly.
"""
from __future__ import annotations

from desk.clock import now
from desk.db.base import db, lock, publish, retrying
from desk.db.core import Shift
from desk.services.bar import count as bar_count
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from desk.services.core.session import Session
from desk.services.core.shifts import current_shift
from desk.services.inspections import schedule as inspection_schedule
from desk.services.showflats import workers

CLOSE_CHECKS = [
    bar_count.handover_check,  # the water-bar count of the shift is done and co-signed (交班前须盘点)
    workers.close_check,  # no worker is still inside a show flat
    inspection_schedule.handover_reasons,  # no round of a template that blocks handover is overdue
]


class ShiftCannotClose(DeskError):
    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__(QT_TRANSLATE_NOOP("desk", "还不能交班：{reasons}"), reasons="；".join(reasons))


def close_reasons(shift: Shift) -> list[str]:
    reasons: list[str] = []
    for check in CLOSE_CHECKS:
        reasons.extend(check(shift))
    return reasons


@retrying
def close_shift(session: Session, handover_note: str = "") -> Shift:
    session.require("shift.run")
    with db.atomic():
        lock("shift")  # the checks and the closing together, one PC at a time
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
        publish("shift", record_id=shift.id)
    return shift
