"""The service desk's records as flat rows, one query each (joins included): the rows of the
sync workbook's service-desk sheets (``desk/excel/sheets_servicedesk.py``)."""
from __future__ import annotations

from decimal import Decimal

from peewee import JOIN, fn

from desk.db.core import Staff
from desk.db.servicedesk import (
    Call, Complaint, ComplaintCategory, FeeNotice, FeePayment, FeePeriod, KeyLoan, PriceItem, Repair, Unit,
)


def unit_rows():
    return Unit.select().order_by(Unit.building, Unit.entrance, Unit.room).iterator()


def units_by_id() -> dict:
    return {u.id: u for u in Unit.select()}


def price_item_rows():
    return PriceItem.select().order_by(PriceItem.kind, PriceItem.sort, PriceItem.id).iterator()


def price_items_by_id() -> dict:
    return {p.id: p for p in PriceItem.select()}


def repair_rows():
    by = Staff.alias("by")
    return (Repair.select(Repair, Unit.building, Unit.entrance, Unit.room, by.name.alias("received_name"))
            .join(Unit, on=(Repair.unit == Unit.id))
            .switch(Repair).join(by, JOIN.LEFT_OUTER, on=(Repair.received_by == by.id))
            .order_by(Repair.id).namedtuples().iterator())


def complaint_rows():
    return (Complaint.select(Complaint, Unit.building, Unit.entrance, Unit.room,
                             ComplaintCategory.name.alias("category_name"))
            .join(Unit, JOIN.LEFT_OUTER, on=(Complaint.unit == Unit.id))
            .switch(Complaint).join(ComplaintCategory, on=(Complaint.category == ComplaintCategory.id))
            .order_by(Complaint.id).namedtuples().iterator())


def call_rows():
    taken, resp = Staff.alias("taken"), Staff.alias("resp")
    return (Call.select(Call, Unit.building, Unit.entrance, Unit.room, taken.name.alias("taken_name"),
                        resp.name.alias("responsible_name"))
            .join(Unit, JOIN.LEFT_OUTER, on=(Call.unit == Unit.id))
            .switch(Call).join(taken, JOIN.LEFT_OUTER, on=(Call.taken_by == taken.id))
            .switch(Call).join(resp, JOIN.LEFT_OUTER, on=(Call.responsible == resp.id))
            .order_by(Call.id).namedtuples().iterator())


def key_loan_rows():
    lent = Staff.alias("lent")
    return (KeyLoan.select(KeyLoan, Unit.building, Unit.entrance, Unit.room, lent.name.alias("lent_name"))
            .join(Unit, JOIN.LEFT_OUTER, on=(KeyLoan.unit == Unit.id))
            .switch(KeyLoan).join(lent, JOIN.LEFT_OUTER, on=(KeyLoan.lent_by == lent.id))
            .order_by(KeyLoan.id).namedtuples().iterator())


def fee_notice_rows():
    """Every fee notice as a dict, with what was paid and what is owed."""
    paid = {nid: (total or Decimal(0)) for nid, total in
            FeePayment.select(FeePayment.notice, fn.SUM(FeePayment.amount)).group_by(FeePayment.notice).tuples()}
    query = (FeeNotice.select(FeeNotice, FeePeriod.name.alias("period_name"), FeePeriod.due_date,
                              Unit.building, Unit.entrance, Unit.room, Unit.owner_name)
             .join(FeePeriod, on=(FeeNotice.period == FeePeriod.id))
             .switch(FeeNotice).join(Unit, on=(FeeNotice.unit == Unit.id))
             .order_by(FeeNotice.id).dicts().iterator())
    for row in query:
        row["paid"] = Decimal(str(paid.get(row["id"], 0))).quantize(Decimal("0.01"))
        row["owing"] = (Decimal(str(row["amount"])) - row["paid"]).quantize(Decimal("0.01"))
        yield row
