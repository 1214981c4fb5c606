"""The customer file (客户档案): one customer's visits (with what each talk taught), what they were
served, follow-ups, ownership changes and outcomes — on one screen, and printed through the forms
engine (``forms.customer_file_documents``, form ``customer_file``) with phones masked by role.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk.db.reception import OwnershipChange, OwnershipClaim, Serving, Visit, VisitSource
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.session import Session
from desk.services.core.staff import staff_names
from desk.services.reception import completions, customers, outcomes
from desk.services.reception.visitors import get_customer

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
    """Everything about one customer, newest first (phones as the session may see them): for the
    people who register visits, and printed (also from the command line, masked) with ``print``."""
    session.require_any("reception.register", "print")
    customer = get_customer(customer_id)
    names = staff_names()
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
