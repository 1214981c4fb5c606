"""回访: repairs finished and complaints closed wait for a call-back, due within
``callback_days`` (3) days. One list for both."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from desk import settings
from desk.db.service import Complaint, Repair, Unit
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.service_common import clock

DONE_REPAIR = "done"  # a repair in this state waits for its call-back
CLOSED_COMPLAINT = ("closed", "explained")  # so does a complaint in these
KIND_NAMES = {"repair": QT_TRANSLATE_NOOP("service", "报修"), "complaint": QT_TRANSLATE_NOOP("service", "投诉")}


@dataclass
class CallbackDue:
    kind: str  # "repair" / "complaint"
    id: int
    number: str
    unit: Unit | None
    person: str
    phone: str
    summary: str
    closed_at: dt.datetime
    deadline: dt.datetime
    overdue: bool

    @property
    def unit_code(self) -> str:
        return self.unit.code if self.unit else ""


def pending_callbacks(at: dt.datetime | None = None) -> list[CallbackDue]:
    """Every repair done and complaint closed that has not been called back, oldest first."""
    at = clock(at)
    days = dt.timedelta(days=int(settings.get("callback_days")))
    items: list[CallbackDue] = []
    for r in Repair.select(Repair, Unit).join(Unit).where(Repair.status == DONE_REPAIR):
        deadline = r.done_at + days
        items.append(CallbackDue("repair", r.id, r.number, r.unit, r.reporter, r.reporter_phone,
                                 f"{r.category}：{r.description}", r.done_at, deadline, at > deadline))
    for c in (Complaint.select(Complaint, Unit).join(Unit, JOIN.LEFT_OUTER)
              .where(Complaint.status.in_(CLOSED_COMPLAINT))):
        deadline = c.closed_at + days
        items.append(CallbackDue("complaint", c.id, c.number, c.unit, c.complainant, c.phone,
                                 c.content, c.closed_at, deadline, at > deadline))
    items.sort(key=lambda i: (i.closed_at, i.kind, i.id))
    return items


def callback_counts(at: dt.datetime | None = None) -> tuple[int, int]:
    """(pending, overdue) call-backs, counted in the database: what ``pending_callbacks`` lists."""
    at = clock(at)
    late = at - dt.timedelta(days=int(settings.get("callback_days")))
    repairs = Repair.select().where(Repair.status == DONE_REPAIR)
    complaints = Complaint.select().where(Complaint.status.in_(CLOSED_COMPLAINT))
    pending = repairs.count() + complaints.count()
    # overdue when at > closed + days, i.e. closed < at - days
    overdue = repairs.where(Repair.done_at < late).count() + complaints.where(Complaint.closed_at < late).count()
    return pending, overdue


def callbacks_due(at: dt.datetime | None = None) -> list[CallbackDue]:
    """Repairs and complaints closed but not called back within the call-back days: overdue now."""
    return [item for item in pending_callbacks(at) if item.overdue]
