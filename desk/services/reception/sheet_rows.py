"""Reception's records as flat rows, one query each (joins included): the rows of the sync
workbook's reception sheets (``desk/excel/sheets_reception.py``)."""
from __future__ import annotations

from peewee import JOIN

from desk.db.core import Staff
from desk.db.reception import Customer, RotationLog, Serving, Visit, VisitSource


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
