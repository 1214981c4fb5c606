"""The show flats' records as flat rows, one query each (joins included): the rows of the sync
workbook's show-flat sheets (``desk/excel/sheets_showflats.py``)."""
from __future__ import annotations

from peewee import JOIN

from desk.db.core import Staff
from desk.db.showflats import Check, CheckAnswer, Flat, Incident, Item, Room
from desk.services.showflats.flats import CHECK_KINDS


def flat_names() -> list[str]:
    """Every flat's name, oldest first (the choices of the items sheet's 样板间 column)."""
    return [f.name for f in Flat.select().order_by(Flat.id)]


def flat_id_named(name: str) -> int | None:
    flat = Flat.get_or_none(Flat.name == name)
    return flat.id if flat is not None else None


def flat_rows():
    return Flat.select().order_by(Flat.id).iterator()


def _items_query():
    return (Item.select(Item, Flat, Room).join(Flat, on=(Item.flat == Flat.id))
            .switch(Item).join(Room, on=(Item.room == Room.id)))


def item_rows():
    """Every item (retired ones too) with its flat and room."""
    return _items_query().order_by(Flat.id, Room.sort, Item.sort, Item.id).iterator()


def items_by_id() -> dict:
    return {i.id: i for i in _items_query()}


def answer_rows():
    """Every check answer as a dict, with the check's kind in words and ``target`` (the item, or the
    check point of an opening/closing check left behind by migration step 9)."""
    staff = Staff.alias("staff")
    query = (CheckAnswer.select(CheckAnswer.id, Check.serial, Flat.name.alias("flat_name"), Check.kind,
                                CheckAnswer.at, Item.name.alias("item_name"), CheckAnswer.point, CheckAnswer.status,
                                CheckAnswer.counted, CheckAnswer.reading, CheckAnswer.note,
                                staff.name.alias("staff_name"), CheckAnswer.corrects.alias("corrects_id"),
                                Check.id.alias("check_id"))
             .join(Check, on=(CheckAnswer.check == Check.id))
             .join(Flat, on=(Check.flat == Flat.id))
             .switch(CheckAnswer).join(Item, JOIN.LEFT_OUTER, on=(CheckAnswer.item == Item.id))
             .switch(CheckAnswer).join(staff, JOIN.LEFT_OUTER, on=(CheckAnswer.staff == staff.id))
             .order_by(CheckAnswer.id).dicts().iterator())
    for row in query:
        row["kind"] = CHECK_KINDS.get(row["kind"], row["kind"])
        row["target"] = row["item_name"] or row["point"] or ""
        yield row


def incident_rows():
    staff = Staff.alias("staff")
    return (Incident.select(Incident.id, Flat.name.alias("flat_name"), Item.name.alias("item_name"), Incident.kind,
                            Incident.status, Incident.proposed_qty, Incident.note, Incident.opened_at,
                            staff.name.alias("staff_name"), Incident.check.alias("check_id"))
            .join(Flat, on=(Incident.flat == Flat.id))
            .switch(Incident).join(Item, JOIN.LEFT_OUTER, on=(Incident.item == Item.id))
            .switch(Incident).join(staff, JOIN.LEFT_OUTER, on=(Incident.opened_by == staff.id))
            .order_by(Incident.id).namedtuples().iterator())
