"""Reception's records as flat rows, one query each (joins included): the rows of the sync
workbook's reception sheets (``desk/excel/sheets_reception.py``). Phones are raw, with the owner
beside them: the sheet masks them for whoever exports."""
from __future__ import annotations

from types import SimpleNamespace

from peewee import JOIN

from desk.db.core import Staff
from desk.db.reception import (
    Contract, Customer, FollowUp, RotationLog, Serving, Subscription, Visit, VisitCompletion, VisitSource,
)
from desk.services.core.staff import staff_names
from desk.services.reception import funnel
from desk.services.reception.outcomes import CONTRACT, KINDS, STATUSES, SUBSCRIPTION


def visit_select():
    """The visits sheet's query (one SELECT with its joins)."""
    consultant, registrar = Staff.alias("consultant"), Staff.alias("registrar")
    return (Visit.select(Visit.id, Visit.day, Visit.arrived_at, Visit.departed_at, Visit.customer.alias("customer_id"),
                         Customer.surname, Customer.title, Customer.phone, Visit.party_size, Visit.company,
                         Visit.first_visit, VisitSource.name.alias("source_name"), Visit.transport, Visit.plate,
                         Customer.home_district, Customer.work_district, Customer.age_band,
                         Visit.needs, Visit.grade, Visit.notes, Visit.consultant.alias("consultant_id"),
                         consultant.name.alias("consultant_name"), Visit.assignment,
                         registrar.name.alias("registrar_name"))
            .join(Customer, on=(Visit.customer == Customer.id))
            .switch(Visit).join(VisitSource, JOIN.LEFT_OUTER, on=(Visit.source == VisitSource.id))
            .switch(Visit).join(consultant, JOIN.LEFT_OUTER, on=(Visit.consultant == consultant.id))
            .switch(Visit).join(registrar, JOIN.LEFT_OUTER, on=(Visit.registered_by == registrar.id))
            .order_by(Visit.id))


def visit_rows():
    return visit_select().namedtuples().iterator()


def customer_rows():
    owner = Staff.alias("owner")
    return (Customer.select(Customer.id, Customer.surname, Customer.title, Customer.phone,
                            Customer.home_district, Customer.work_district, Customer.age_band,
                            Customer.owner.alias("owner_id"), owner.name.alias("owner_name"), Customer.owner_since,
                            Customer.last_contact_at, Customer.last_grade, Customer.visit_count,
                            Customer.anonymised, Customer.created_at)
            .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
            .order_by(Customer.id).namedtuples().iterator())


def serving_rows():
    staff = Staff.alias("staff")
    return (Serving.select(Serving.id, Serving.visit.alias("visit_id"), Serving.guest_no, Serving.item_name,
                           Serving.cup, Serving.served_at, Serving.refill_of.alias("refill_of_id"),
                           staff.name.alias("staff_name"))
            .join(staff, JOIN.LEFT_OUTER, on=(Serving.staff == staff.id))
            .order_by(Serving.id).namedtuples().iterator())


def rotation_rows():
    staff, by = Staff.alias("staff"), Staff.alias("by")
    return (RotationLog.select(RotationLog.id, RotationLog.at, RotationLog.day, staff.name.alias("staff_name"),
                               RotationLog.action, RotationLog.reason, RotationLog.visit.alias("visit_id"),
                               by.name.alias("by_name"))
            .join(staff, JOIN.LEFT_OUTER, on=(RotationLog.staff == staff.id))
            .switch(RotationLog).join(by, JOIN.LEFT_OUTER, on=(RotationLog.by == by.id))
            .order_by(RotationLog.id).namedtuples().iterator())


def completion_rows():
    """Every completion (and correction) of a visit, oldest first."""
    staff = Staff.alias("staff")
    return (VisitCompletion.select(VisitCompletion.id, VisitCompletion.visit.alias("visit_id"), Visit.day,
                                   Visit.customer.alias("customer_id"), VisitCompletion.corrects.alias("corrects_id"),
                                   VisitCompletion.at, staff.name.alias("staff_name"), VisitCompletion.grade,
                                   VisitCompletion.needs, VisitCompletion.objections, VisitCompletion.budget,
                                   VisitCompletion.unit_type, VisitCompletion.next_step, VisitCompletion.next_date,
                                   VisitCompletion.reason)
            .join(Visit, on=(VisitCompletion.visit == Visit.id))
            .switch(VisitCompletion).join(staff, JOIN.LEFT_OUTER, on=(VisitCompletion.staff == staff.id))
            .order_by(VisitCompletion.id).namedtuples().iterator())


def follow_up_rows():
    """Every follow-up, oldest first, with its customer's phone and owner."""
    staff = Staff.alias("staff")
    return (FollowUp.select(FollowUp.id, FollowUp.at, FollowUp.customer.alias("customer_id"), Customer.surname,
                            Customer.title, Customer.phone, Customer.owner.alias("owner_id"),
                            staff.name.alias("staff_name"), FollowUp.channel, FollowUp.note, FollowUp.next_step,
                            FollowUp.next_date, FollowUp.due_on)
            .join(Customer, on=(FollowUp.customer == Customer.id))
            .switch(FollowUp).join(staff, JOIN.LEFT_OUTER, on=(FollowUp.staff == staff.id))
            .order_by(FollowUp.id).namedtuples().iterator())


def outcome_rows() -> list[SimpleNamespace]:
    """Every 认购 and 签约, in the order they were recorded."""
    names = staff_names()
    units = dict(Subscription.select(Subscription.id, Subscription.unit).tuples())
    rows = []
    for model, kind in ((Subscription, SUBSCRIPTION), (Contract, CONTRACT)):
        for r in (model.select(model, Customer).join(Customer, on=(model.customer == Customer.id))
                  .order_by(model.id)):
            sub = kind == SUBSCRIPTION
            rows.append(SimpleNamespace(
                kind=KINDS[kind], number=r.number, customer_id=r.customer_id,
                customer=r.customer.display_name, phone=r.customer.phone, owner_id=r.customer.owner_id,
                consultant=names.get(r.consultant_id, ""), unit=r.unit if sub else units.get(r.subscription_id, ""),
                day=r.day, amount=r.price if sub else r.amount, deposit=r.deposit if sub else None,
                status=STATUSES.get(r.status, r.status), recorded_at=r.recorded_at,
                recorded_by=names.get(r.recorded_by_id, ""), decided_at=r.decided_at,
                decided_by=names.get(r.decided_by_id, ""), note=r.decision_note,
                withdrawn_at=r.withdrawn_at if sub else None, withdraw_reason=r.withdraw_reason if sub else "",
                subscription=None if sub else r.subscription_id, id=r.id))
    rows.sort(key=lambda r: (r.recorded_at, r.number))
    return rows


FUNNEL_GROUPS = ("by_week", "by_month", "by_source", "by_consultant")


def funnel_rows():
    """The funnel of every first visit so far, a row per week, month, 认知途径 and consultant;
    ``group`` names the grouping (one of ``FUNNEL_GROUPS``)."""
    result = funnel.all_time()
    for group in FUNNEL_GROUPS:
        for row in getattr(result, group):
            yield SimpleNamespace(group=group, key=row.key, first=row.first, returned=row.returned,
                                  return_rate=row.return_rate, subscribed=row.subscribed,
                                  subscribe_rate=row.subscribe_rate, signed=row.signed, sign_rate=row.sign_rate,
                                  withdrawn=row.withdrawn)
