"""The customer file (客户档案): one customer's visits (with what each talk taught), what they were
served, follow-ups, ownership changes and outcomes — on one screen, and printed through the forms
engine (``customer_file_documents``, form ``customer_file``) with phones masked by role.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.db.core import Staff
from desk.db.reception import Customer, OwnershipChange, OwnershipClaim, Serving, Visit, VisitSource
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.reception import completions, customers, outcomes
from desk.services.reception.visitors import CHANNELS

OWNERSHIP_REASONS = {
    "first": QT_TRANSLATE_NOOP("reception", "首次登记"),
    "lapsed": QT_TRANSLATE_NOOP("reception", "归属失效后重新接待"),
    "claim": QT_TRANSLATE_NOOP("reception", "主管批准归属申请"),
}


@dataclass
class VisitLine:
    id: int
    day: dt.date
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    party_size: int
    first_visit: bool
    source: str
    consultant: str
    talk: completions.Talk
    servings: int = 0


@dataclass
class ServingLine:
    visit_id: int
    served_at: dt.datetime
    guest_no: int
    item: str
    cup: str
    refill: bool


@dataclass
class OwnershipLine:
    at: dt.datetime
    from_name: str
    to_name: str
    reason: str  # Chinese source text (context "reception")
    by: str


@dataclass
class CustomerFile:
    customer: customers.CustomerRow
    home_district: str
    work_district: str
    age_band: str
    created_at: dt.datetime | None
    visits: list[VisitLine] = field(default_factory=list)
    servings: list[ServingLine] = field(default_factory=list)
    follow_ups: list[customers.FollowUpRow] = field(default_factory=list)
    ownership: list[OwnershipLine] = field(default_factory=list)
    outcomes: list[outcomes.Outcome] = field(default_factory=list)


def customer_file(session: Session, customer_id: int, *, at: dt.datetime | None = None) -> CustomerFile:
    """Everything about one customer, newest first (phones as the session may see them)."""
    session.require("reception.register")
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该客户"))
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    sources = {s.id: s.name for s in VisitSource.select(VisitSource.id, VisitSource.name)}
    visits = list(Visit.select().where(Visit.customer == customer.id).order_by(Visit.arrived_at.desc(), Visit.id.desc()))
    talks = completions.talks(visits)
    servings = list(Serving.select().where(Serving.visit.in_([v.id for v in visits]))
                    .order_by(Serving.served_at.desc(), Serving.id.desc())) if visits else []
    per_visit: dict[int, int] = {}
    for s in servings:
        per_visit[s.visit_id] = per_visit.get(s.visit_id, 0) + 1
    ownership = [OwnershipLine(o.at, names.get(o.from_staff_id, ""), names.get(o.to_staff_id, ""),
                               OWNERSHIP_REASONS.get(o.reason, o.reason), names.get(o.by_id, ""))
                 for o in OwnershipChange.select().where(OwnershipChange.customer == customer.id)]
    for claim in OwnershipClaim.select().where((OwnershipClaim.customer == customer.id)
                                               & (OwnershipClaim.status == "rejected")):
        ownership.append(OwnershipLine(claim.decided_at or claim.at, names.get(claim.owner_id, ""),
                                       names.get(claim.owner_id, ""), QT_TRANSLATE_NOOP("reception", "归属申请被驳回"),
                                       names.get(claim.decided_by_id, "")))
    ownership.sort(key=lambda o: o.at, reverse=True)
    return CustomerFile(
        customers.customer_row(session, customer.id, at=at), customer.home_district, customer.work_district,
        customer.age_band, customer.created_at,
        [VisitLine(v.id, v.day, v.arrived_at, v.departed_at, v.party_size, v.first_visit,
                   sources.get(v.source_id, ""), names.get(v.consultant_id, ""), talks[v.id], per_visit.get(v.id, 0))
         for v in visits],
        [ServingLine(s.visit_id, s.served_at, s.guest_no, s.item_name, s.cup, s.refill_of_id is not None)
         for s in servings],
        customers.follow_ups(customer.id), ownership, outcomes.outcomes(session, customer_id=customer.id))


# -- printing -------------------------------------------------------------------------------------
def _hm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _talk_text(talk: completions.Talk) -> str:
    parts = [talk.needs, f"抗性：{talk.objections}" if talk.objections else "",
             f"预算 {talk.budget}" if talk.budget else "", f"户型 {talk.unit_type}" if talk.unit_type else ""]
    return "；".join(p for p in parts if p)


def _document(f: CustomerFile) -> dict:
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
    return [_document(customer_file(session, id))]
