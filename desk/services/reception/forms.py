"""Printable reception forms: 来访客户登记表 (visitor_register) and 停车票领用登记 (parking_tickets),
filled for a day. Phones are masked for the printing session (``privacy.phone_for``)."""
from __future__ import annotations

import datetime as dt

from desk.db.reception import ParkingTicketIssue, Visit, VisitSource
from desk.services.bar import stock
from desk.services.reception import hall, visitors
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import phone_for
from desk.services.core.staff import staff_names


def _day_of(model, id, day):
    if day is not None:
        return day
    if id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请指定记录编号或日期"))
    record = model.get_or_none(model.id == id)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到编号 {id} 的记录"), id=id)
    return record.day if hasattr(record, "day") else record.at.date()


def _hm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


def visitor_register_documents(session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """来访客户登记表 for a day (``id``: the day of that visit), groups in order of arrival."""
    session.require("print")
    day = _day_of(Visit, id, day)
    visits = list(visitors.visit_query(visitors.VisitFilter(day_from=day, day_to=day))
                  .order_by(Visit.arrived_at, Visit.id))
    if not visits:
        return []
    names = staff_names()
    sources = {s.id: s.name for s in VisitSource.select()}
    rows = []
    for v in visits:
        c = v.customer
        district = " / ".join(x for x in (c.home_district, c.work_district) if x)
        rows.append({
            "arrived": _hm(v.arrived_at), "name": c.display_name or "（匿名）",
            "phone": phone_for(session, c.phone, c.owner_id), "party": v.party_size,
            "visit": "首访" if v.first_visit else "复访", "source": sources.get(v.source_id, ""),
            "transport": " ".join(x for x in (v.transport, v.plate) if x), "district": district,
            "needs": "；".join(x for x in (v.needs, v.notes) if x), "grade": v.grade,
            "consultant": names.get(v.consultant_id, ""), "left": _hm(v.departed_at),
        })
    recorders = {v.registered_by_id for v in visits if v.registered_by_id}
    return [{"fields": {"day": day, "weather": "", "total": len(visits),
                        "recorder": "、".join(names.get(r, "") for r in sorted(recorders))},
             "tables": {"visitors": rows}}]


def _ticket_moves(start: dt.datetime, end: dt.datetime) -> tuple:
    """停车票 stock at ``start`` and at ``end``, and what came in between (receipts): (opening,
    received, closing), or None when there is no 停车票 item."""
    item_id = hall.parking_ticket_item_id()
    if item_id is None:
        return None
    return stock.level_before(item_id, start), stock.received_between(item_id, start, end), \
        stock.level_before(item_id, end)


def parking_tickets_documents(session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """停车票领用登记 for a day: every issue, and the stock of 停车票 so that it adds up:
    上班结存 + 当日补领 − 领用合计 = 下班结存 (anything else, such as a count difference, on a row of its own)."""
    session.require("print")
    day = _day_of(ParkingTicketIssue, id, day)
    issues = list(hall.parking_issues(day, day))
    if not issues:
        return []
    names = staff_names()
    customers = {v.id: v.customer.display_name for v in Visit.select().where(
        Visit.id.in_([i.visit_id for i in issues if i.visit_id]))}
    rows = []
    for i in issues:
        rows.append({"time": _hm(i.at), "consultant": names.get(i.staff_id, ""), "qty": i.quantity,
                     "ticket_no": "", "customer": " / ".join(x for x in (customers.get(i.visit_id, ""), i.plate) if x),
                     "issued_by": names.get(i.by_id, ""), "sign": "", "note": i.note})
    issued = sum(i.quantity for i in issues)
    fields = {"period": day.isoformat(), "issued": issued}
    moves = _ticket_moves(*day_range(day))
    if moves is not None:
        opening, received, closing = moves
        fields.update(opening=opening, received=received, closing=closing)
        other = closing - (opening + received - issued)
        if other:
            rows.append({"note": f"盘点差异等其他出入 {other:+} 张"})
    return [{"fields": fields, "tables": {"issues": rows}}]
