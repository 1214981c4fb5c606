"""Printable documents of the show flats for the forms engine (``desk/printing/sources.py``):

- ``showflat_items`` 样板间物品清单: ``id`` = a check that counted items (after a group, handover),
  ``day`` = every such check closed that day; ``flat_items_document(flat_id)`` is the list of a
  flat to count by hand.
- ``showflat_inspection`` 样板间巡检表: ``id`` = a handover check, ``day`` = all of that day; a row
  per category of the items counted and one for the whole list, each ticked 正常 or 异常, so a
  filled sheet ticks every row it prints. A blank one prints the same rows for the categories the
  flats hold (``blank_count_rows``), after the opening round's items
  (``inspections.forms.showflat_inspection_blank``). The opening and closing checks are inspection
  rounds: they print as 巡检记录表 (``inspection_sheet``).
- ``worker_log`` 施工人员进出登记表: ``day`` = that day's visits; ``id`` = a visit (its day's log).
"""
from __future__ import annotations

import re

from desk.db.showflats import Check, Flat, WorkerVisit
from desk.services.showflats import flats as showflats, workers
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import mask_id
from desk.services.core.staff import staff_names

PRINTED_STATUS = {showflats.OK: "完好"}
ROUNDS = {"handover": "交接班"}


def _layout(flat: Flat) -> str:
    """户型 / 面积: the area in the flat's name (A户型 128㎡), else its note."""
    found = re.search(r"\d+(?:\.\d+)?\s*(?:㎡|平方米|平米)", flat.name)
    return found.group(0) if found else flat.note


def _checks(id, day, kinds) -> list[Check]:
    if id is not None:
        check = showflats.get_check(id)
        if check.kind not in kinds:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "第 {id} 号检查是“{kind}”，不能印成这张表"),
                                  id=id, kind=showflats.CHECK_KINDS[check.kind])
        return [check]
    start, end = day_range(day)
    return list(Check.select().where((Check.kind.in_(kinds)) & (Check.started_at >= start)
                                     & (Check.started_at < end)).order_by(Check.started_at, Check.id))


def _item_rows(flat_id: int, answers: dict | None) -> list[dict]:
    rows = []
    for item in showflats.items(flat_id):
        answer = answers.get(item.id) if answers else None
        row = dict(room=item.room.name, category=item.category, item=item.name, qty=item.expected_qty,
                   spec="", note=item.note)
        if answer is not None:
            row["counted"] = answer.counted if answer.counted is not None else (
                item.expected_qty if answer.status in (showflats.OK, showflats.MOVED, showflats.DAMAGED) else None)
            row["status"] = PRINTED_STATUS.get(answer.status, answer.status)
            if answer.note:
                row["note"] = answer.note
        rows.append(row)
    return rows


def flat_items_document(flat_id: int) -> dict:
    """The item list of a flat with empty count and status columns, to count by hand."""
    flat = showflats.get_flat(flat_id)
    return {"fields": {"flat": flat.name, "layout": _layout(flat)}, "tables": {"items": _item_rows(flat.id, None)}}


def showflat_items_documents(session, *, id=None, day=None) -> list[dict]:
    session.require("print")
    names = staff_names()
    documents = []
    for check in _checks(id, day, showflats.ITEM_KINDS):
        answers = showflats.latest_answers(check.id)
        documents.append({
            "fields": {"flat": check.flat.name, "layout": _layout(check.flat), "day": check.started_at.date(),
                       "counter": names.get(check.started_by_id, "")},
            "tables": {"items": _item_rows(check.flat_id, answers)},
            "signatures": {"清点人": names.get(check.started_by_id, "")},
        })
    return documents


COUNT_ROW = ("全屋", "物品清点与清单相符（{n} 件）")


def blank_count_rows() -> list[dict]:
    """The count rows of a blank 样板间巡检表: one per category of item the flats hold, and the total."""
    categories = sorted({i.category or "其他" for i in showflats.items()})
    rows = [{"area": c, "item": f"{c}清点 ____ 件"} for c in categories]
    rows.append({"area": COUNT_ROW[0], "item": COUNT_ROW[1].replace("（{n} 件）", "")})
    return rows


def _answer_row(row: dict, ok: bool, action: str) -> dict:
    return dict(row, ok=ok, fault=not ok, action=action)


def _inspection_rows(check: Check, answers: dict) -> list[dict]:
    """A row per category of the items counted at the handover and one for the whole list, each
    with 正常 or 异常 ticked."""
    item_answers = [a for k, a in answers.items() if isinstance(k, int)]
    by_category: dict[str, list] = {}
    for a in item_answers:
        by_category.setdefault(a.item.category or "其他", []).append(a)
    rows = []
    for category, group in by_category.items():
        bad = [a for a in group if a.status != showflats.OK]
        action = "；".join(f"{a.item.name}{a.status}" + (f"（{a.note}）" if a.note else "") for a in bad)
        rows.append(_answer_row({"area": category, "item": f"{category}清点 {len(group)} 件"}, not bad, action))
    area, text = COUNT_ROW
    total = {"area": area, "item": text.format(n=len(item_answers))}
    rows.append(_answer_row(total, all(a.status == showflats.OK for a in item_answers), "") if item_answers
                else total)
    return rows


def showflat_inspection_documents(session, *, id=None, day=None) -> list[dict]:
    session.require("print")
    names = staff_names()
    documents = []
    for check in _checks(id, day, ("handover",)):
        answers = showflats.latest_answers(check.id)
        documents.append({
            "serial": check.serial,
            "fields": {"flat": check.flat.name, "day": check.started_at.date(), "time": check.started_at.time(),
                       "round": ROUNDS[check.kind], "inspector": names.get(check.started_by_id, "")},
            "tables": {"checks": _inspection_rows(check, answers)},
            "signatures": {"巡检人": names.get(check.started_by_id, "")},
        })
    return documents


def worker_log_documents(session, *, id=None, day=None) -> list[dict]:
    session.require("print")
    if id is not None:
        visit = WorkerVisit.get_or_none(WorkerVisit.id == id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该进场登记"))
        day = visit.time_in.date()
    visits = list(workers.visits(day).order_by(WorkerVisit.time_in, WorkerVisit.id))
    if not visits:
        return []
    names = staff_names()
    flats = {f.id: f.name for f in Flat.select(Flat.id, Flat.name)}
    places = list(dict.fromkeys(flats[v.flat_id] for v in visits if v.flat_id))
    recorders = list(dict.fromkeys(names.get(v.registered_by_id, "") for v in visits))
    rows = [dict(name=v.name, company=v.company, id_no=mask_id(v.id_last4), phone="",
                 purpose=v.purpose + (f"（{flats[v.flat_id]}）" if v.flat_id and len(places) > 1 else ""),
                 tools="", in_at=v.time_in.strftime("%H:%M"),
                 out_at=v.time_out.strftime("%H:%M") if v.time_out else "未离场",
                 checked_by=names.get(v.out_by_id, ""), note=v.note)
            for v in visits]
    return [{"fields": {"place": "、".join(places) or "售楼处", "day": day,
                        "recorder": "、".join(r for r in recorders if r)},
             "tables": {"workers": rows}}]
