"""The inspections' records as flat rows, one query each (joins included): the rows of the sync
workbook's inspection sheets (``desk/excel/sheets_inspections.py``)."""
from __future__ import annotations

from peewee import JOIN

from desk.db.core import Staff
from desk.db.inspections import PlaceIncident, Round, RoundAnswer, Template, TemplateItem, VehicleEntry, WorkOrder
from desk.db.showflats import Flat
from desk.services.inspections import templates


def active_flat_names() -> list[str]:
    """The flats in use, by name (the choices of the templates sheet's 样板间 column)."""
    return [f.name for f in Flat.select(Flat.name).where(Flat.active == True).order_by(Flat.name)]  # noqa: E712


def template_rows():
    return templates.templates(active_only=False).iterator()


def templates_by_id() -> dict:
    return {t.id: t for t in templates.templates(active_only=False)}


def template_id_named(name: str) -> int | None:
    template = Template.get_or_none(Template.name == (name or "").strip())
    return template.id if template is not None else None


def _items_query():
    return (TemplateItem.select(TemplateItem, Template).join(Template)
            .order_by(Template.sort, Template.id, TemplateItem.sort, TemplateItem.id))


def item_rows():
    """Every template item (retired ones too) with its template, in the templates' order."""
    return _items_query().iterator()


def items_by_id() -> dict:
    return {i.id: i for i in _items_query()}


def answer_rows():
    """Every answer of every round as a row: the round, its template and place, the item, who."""
    staff = Staff.alias("staff")
    query = (RoundAnswer.select(RoundAnswer.id, Round.id.alias("round_id"), Round.serial, Template.name.alias("template"),
                                Round.place, RoundAnswer.at, TemplateItem.area, TemplateItem.label,
                                RoundAnswer.status, RoundAnswer.reading, RoundAnswer.counted, RoundAnswer.choice,
                                RoundAnswer.note, staff.name.alias("staff_name"),
                                RoundAnswer.corrects.alias("corrects_id"))
             .join(Round, on=(RoundAnswer.round == Round.id))
             .join(Template, on=(Round.template == Template.id))
             .switch(RoundAnswer).join(TemplateItem, on=(RoundAnswer.item == TemplateItem.id))
             .switch(RoundAnswer).join(staff, JOIN.LEFT_OUTER, on=(RoundAnswer.staff == staff.id))
             .order_by(RoundAnswer.id).namedtuples())
    return query.iterator()


def incident_rows():
    """Every incident at a place as a row, with who registered it and its work order's number."""
    staff = Staff.alias("staff")
    return (PlaceIncident.select(PlaceIncident.id, PlaceIncident.place, PlaceIncident.what, PlaceIncident.kind,
                                 PlaceIncident.status, PlaceIncident.note, PlaceIncident.opened_at,
                                 staff.name.alias("staff_name"), PlaceIncident.round.alias("round_id"),
                                 WorkOrder.number.alias("order_number"))
            .join(staff, JOIN.LEFT_OUTER, on=(PlaceIncident.opened_by == staff.id))
            .switch(PlaceIncident).join(WorkOrder, JOIN.LEFT_OUTER, on=(PlaceIncident.work_order == WorkOrder.id))
            .order_by(PlaceIncident.id).namedtuples().iterator())


def order_rows():
    """Every work order, with ``reporter_name``."""
    reporter = Staff.alias("reporter")
    return (WorkOrder.select(WorkOrder, reporter.name.alias("reporter_name"))
            .join(reporter, JOIN.LEFT_OUTER, on=(WorkOrder.reported_by == reporter.id))
            .order_by(WorkOrder.id).objects().iterator())


def vehicle_rows():
    """Every vehicle entry, with ``registered_by_name``."""
    registrar = Staff.alias("registrar")
    return (VehicleEntry.select(VehicleEntry, registrar.name.alias("registered_by_name"))
            .join(registrar, JOIN.LEFT_OUTER, on=(VehicleEntry.registered_by == registrar.id))
            .order_by(VehicleEntry.id).objects().iterator())
