"""The service desk's three targets, for its 业主 page and the weekly report (Qt-free).

``targets(since, until)`` measures a date range against the targets in DOMAIN:
satisfaction ≥ 95 % (call-backs of repairs and complaints in the range that were satisfied),
complaints handled 100 % (complaints received in the range that are closed),
repairs on time ≥ 95 % (repairs received in the range finished by their due time; open repairs
not yet due are left out, open ones past due count as late).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.db.servicedesk import Complaint, Repair
from desk.services.servicedesk.complaints import CLOSED
from desk.clock import or_now
from desk.services.core.days import day_range, month_range
from desk.services.core.numbers import percent

TARGETS = {"satisfaction": Decimal("95"), "complaints_handled": Decimal("100"), "repairs_on_time": Decimal("95")}
LABELS = {"satisfaction": "满意率", "complaints_handled": "投诉处理率", "repairs_on_time": "维修及时率"}


def _figure(key: str, num: int, den: int) -> dict:
    value = percent(num, den)
    return {"label": LABELS[key], "value": value, "num": num, "den": den, "target": TARGETS[key],
            "met": None if value is None else value >= TARGETS[key]}


def targets(since: dt.date, until: dt.date, *, at: dt.datetime | None = None) -> dict:
    """{"satisfaction"|"complaints_handled"|"repairs_on_time": {label, value (% Decimal or None),
    num, den, target, met}} for the days since..until inclusive."""
    at = or_now(at)
    start, end = day_range(since, until)
    satisfied = answered = 0
    for model in (Repair, Complaint):
        for row in model.select(model.satisfied).where((model.callback_at >= start) & (model.callback_at < end)):
            answered += 1
            satisfied += bool(row.satisfied)
    complaints = list(Complaint.select(Complaint.status).where(
        (Complaint.received_at >= start) & (Complaint.received_at < end)))
    handled = sum(1 for c in complaints if c.status in CLOSED)
    on_time = judged = 0
    for r in Repair.select(Repair.done_at, Repair.due_at).where(
            (Repair.received_at >= start) & (Repair.received_at < end)):
        if r.done_at is None:
            if at > r.due_at:
                judged += 1
            continue
        judged += 1
        on_time += r.done_at <= r.due_at
    return {
        "satisfaction": _figure("satisfaction", satisfied, answered),
        "complaints_handled": _figure("complaints_handled", handled, len(complaints)),
        "repairs_on_time": _figure("repairs_on_time", on_time, judged),
    }


def month_targets(year: int, month: int, *, at: dt.datetime | None = None) -> dict:
    return targets(*month_range(year, month), at=at)
