"""回访: repairs finished and complaints closed wait for a call-back, due within
``callback_days`` (3) days. One list for both."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from desk import settings
from desk.db.base import count_if
from desk.db.servicedesk import Complaint, Repair, Unit
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.clock import or_now

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
    at = or_now(at)
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
    at = or_now(at)
    late = at - dt.timedelta(days=int(settings.get("callback_days")))
    # overdue when at > closed + days, i.e. closed < at - days
    repairs, repairs_late = (Repair.select(fn.COUNT(Repair.id), count_if(Repair.done_at < late))
                             .where(Repair.status == DONE_REPAIR).tuples().get())
    complaints, complaints_late = (Complaint.select(fn.COUNT(Complaint.id), count_if(Complaint.closed_at < late))
                                   .where(Complaint.status.in_(CLOSED_COMPLAINT)).tuples().get())
    return repairs + complaints, int(repairs_late) + int(complaints_late)


def callbacks_due(at: dt.datetime | None = None) -> list[CallbackDue]:
    """Repairs and complaints closed but not called back within the call-back days: overdue now."""
    return [item for item in pending_callbacks(at) if item.overdue]
