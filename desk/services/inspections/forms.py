"""巡检记录表 for the forms engine (``inspection_sheet``): every template prints blank (its items
with empty result columns, to fill by hand when the PC is down) and filled from a round.

- ``inspection_sheet_documents(session, id=, day=)``: ``id`` = a round, ``day`` = every round
  closed that day (the form source).
- ``blank_sheet_document(template_id, flat_id=None)``: a template's blank sheet.
- ``showflat_inspection_blank()``: the blank 样板间巡检表 (a paper round of a show flat): the opening
  round's items, then the handover's count rows.
"""
from __future__ import annotations


from desk.db.inspections import PlaceIncident, Round, RoundAnswer, WorkOrder
from desk.services.core.days import day_range
from desk.services.core.staff import staff_names
from desk.services.inspections import rounds as round_service
from desk.services.inspections.templates import get_template, template_by_code, item_standard, items, place_text, schedule_text
from desk.services.showflats import flats as showflats
from desk.services.showflats.forms import blank_count_rows


def _row(item, answer=None, followup: str = "") -> dict:
    row = {"area": item.area, "item": item_standard(item)}
    if answer is not None:
        row["ok" if answer.status == round_service.OK else "fault"] = True
        row["value"] = round_service.answer_value(item, answer)
        row["action"] = "；".join(part for part in (answer.note, followup) if part)
    return row


def blank_sheet_document(template_id: int, flat_id: int | None = None) -> dict:
    """A template's sheet with its items and nothing answered."""
    template = get_template(template_id)
    flat_name = showflats.get_flat(flat_id).name if flat_id is not None else None
    return {"fields": {"template": template.name, "schedule": schedule_text(template),
                       "place": place_text(template, flat_name)},
            "tables": {"checks": [_row(item) for item in items(template.id)]}}


def showflat_inspection_blank() -> dict:
    """The blank 样板间巡检表: the show flats' opening round (its template's items), then a count row
    per category of item and one for the whole list."""
    opening = template_by_code("showflat_opening")
    rows = [_row(item) for item in items(opening.id)] if opening is not None else []
    return {"presets": {"checks": rows + blank_count_rows()}}


def _followups(round_ids: list[int]) -> dict[int, str]:
    """answer id -> "事件 #12" / "工程维修单 GC20261123-001" for the answers that raised one."""
    found: dict[int, str] = {}
    for answer_id, incident_id in (PlaceIncident.select(PlaceIncident.answer, PlaceIncident.id)
                                   .where(PlaceIncident.round.in_(round_ids)).tuples()):
        found[answer_id] = f"已登记事件 #{incident_id}"
    for answer_id, number in (WorkOrder.select(WorkOrder.answer, WorkOrder.number).join(RoundAnswer)
                              .where(RoundAnswer.round.in_(round_ids)).tuples()):
        found[answer_id] = f"已报工程维修 {number}"
    return found


def _round_document(round_: Round, names: dict[int, str], followups: dict[int, str]) -> dict:
    sheet = round_service.round_sheet(round_.id)
    rows = [_row(r.item, r.answer, followups.get(r.answer.id, "") if r.answer is not None else "") for r in sheet]
    inspector = names.get(round_.started_by_id, "")
    return {
        "serial": round_.serial,
        "fields": {"template": round_.template.name, "schedule": schedule_text(round_.template),
                   "place": round_.place, "day": round_.started_at.date(), "time": round_.started_at.time(),
                   "inspector": inspector},
        "tables": {"checks": rows},
        "signatures": {"巡检人": inspector},
    }


def inspection_sheet_documents(session, *, id=None, day=None) -> list[dict]:
    session.require("print")
    if id is not None:
        chosen = [round_service.get_round(id)]
    else:
        since, until = day_range(day)
        chosen = list(round_service.rounds(since=since, until=until, closed_only=True)
                      .order_by(Round.started_at, Round.id))
    if not chosen:
        return []
    names = staff_names()
    followups = _followups([r.id for r in chosen])
    return [_round_document(r, names, followups) for r in chosen]
