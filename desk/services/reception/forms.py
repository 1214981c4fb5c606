"""Printable reception forms: 来访客户登记表 (visitor_register) and 停车票领用登记 (parking_tickets),
filled for a day, and 客户档案 (customer_file) of one customer. Phones are masked for the printing
session (``privacy.phone_for``)."""
from __future__ import annotations

import datetime as dt

from desk.db.reception import ParkingTicketIssue, Visit, VisitSource
from desk.services.bar import stock
from desk.services.reception import customer_file, hall, outcomes, visitors
from desk.services.reception.completions import Talk
from desk.services.reception.visitors import CHANNELS
from desk.services.core import inputs
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import phone_for
from desk.services.core.session import Session
from desk.services.core.staff import staff_names


def _day_of(model, id, day):
    if day is not None:
        return inputs.day(day, "日期")
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
    visits = list(visitors.visit_query(session, visitors.VisitFilter(day_from=day, day_to=day))
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


# -- 客户档案 (customer_file) ------------------------------------------------------------------------
def _talk_text(talk: Talk) -> str:
    parts = [talk.needs, f"抗性：{talk.objections}" if talk.objections else "",
             f"预算 {talk.budget}" if talk.budget else "", f"户型 {talk.unit_type}" if talk.unit_type else ""]
    return "；".join(p for p in parts if p)


def _customer_file_document(f: customer_file.CustomerFile) -> dict:
    c = f.customer
    stage = outcomes.STAGES.get(c.stage, "")
    lapse = ""
    if c.owner_id and c.lapses_on:
        lapse = f"{c.lapses_on:%m-%d}" + ("（已失效）" if c.lapsed else f"（剩 {c.days_left} 天）")
    next_step = " ".join(x for x in (f"{c.next_due:%Y-%m-%d}" if c.next_due else "", c.next_step) if x)
    served: dict[int, dict[str, int]] = {}
    for s in f.servings:
        items = served.setdefault(s.visit_id, {})
        items[s.item] = items.get(s.item, 0) + 1
    visits = [{"day": v.day, "time": f"{_hm(v.arrived_at)}–{_hm(v.departed_at)}", "party": v.party_size,
               "visit": "首访" if v.first_visit else "复访", "source": v.source, "consultant": v.consultant,
               "grade": v.talk.grade, "talk": _talk_text(v.talk),
               "served": "、".join(f"{item}×{n}" if n > 1 else item for item, n in served.get(v.id, {}).items()),
               "next": " ".join(x for x in (f"{v.talk.next_date:%m-%d}" if v.talk.next_date else "", v.talk.next_step)
                                if x)} for v in reversed(f.visits)]
    follow = [{"at": r.at, "staff": r.staff_name, "channel": CHANNELS.get(r.channel, ""), "outcome": r.outcome,
               "next": " ".join(x for x in (f"{r.next_date:%m-%d}" if r.next_date else "", r.next_step) if x)}
              for r in reversed(f.follow_ups)]
    owners = [{"at": o.at, "from": o.from_name, "to": o.to_name, "reason": o.reason, "by": o.by}
              for o in reversed(f.ownership)]
    deals = [{"kind": outcomes.KINDS[o.kind], "number": o.number, "unit": o.unit, "day": o.day, "amount": o.amount,
              "deposit": o.deposit, "status": outcomes.STATUSES.get(o.status, o.status), "note": o.note}
             for o in reversed(f.outcomes)]
    first = min((v.day for v in f.visits), default=None)
    return {
        "serial": f"KH-{c.id:06d}",
        "fields": {"name": c.name or "（未留姓）", "phone": c.phone, "owner": c.owner_name, "grade": c.grade,
                   "stage": stage, "first_visit": first, "visit_count": c.visit_count,
                   "district": " / ".join(x for x in (f.home_district, f.work_district) if x), "age_band": f.age_band,
                   "last_contact": c.last_contact, "lapse": lapse, "next_step": next_step},
        "tables": {"visits": visits, "follow_ups": follow, "ownership": owners,
                   "outcomes": deals},
    }


def customer_file_documents(session: Session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """客户档案 of one customer (``id``: the customer)."""
    session.require("print")
    if id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "客户档案按客户打印，请指定客户编号"))
    return [_customer_file_document(customer_file.customer_file(session, id))]
