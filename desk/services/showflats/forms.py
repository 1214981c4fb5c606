"""Printable documents of the show flats for the forms engine (``desk/printing/sources.py``):

- ``showflat_items`` 样板间物品清单: ``id`` = a check that counted items (after a group, handover),
  ``day`` = every such check closed that day; ``flat_items_document(flat_id)`` is the list of a
  flat to count by hand.
- ``showflat_inspection`` 样板间巡检表: ``id`` = an opening / closing / handover check, ``day`` = all
  of that day; its rows are the program's check points (``POINT_ROWS``) and, for a handover, the
  item count, so a filled sheet ticks every row it prints; ``showflat_inspection_blank`` prints
  the same rows on a blank sheet.
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
ROUNDS = {"opening": "开放前", "handover": "交接班", "closing": "闭馆后"}


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


# The inspection sheet's rows: the program's check points (flats.POINTS, in order) with the
# standard each is checked against, then the item count of a handover.
POINT_ROWS = {
    "doors": ("全屋", "门窗开闭正常，门锁完好，玻璃洁净无破损"),
    "aircon": ("全屋", "空调运行正常"),
    "audio": ("全屋", "背景音乐音响正常，音量适中"),
    "lighting": ("全屋", "照明、灯带全部点亮，无闪烁"),
    "temperature": ("全屋", "室内温度 25—27 ℃"),
    "shoe_covers": ("入口", "鞋套机、鞋套充足，鞋套篓清空"),
}
COUNT_ROW = ("全屋", "物品清点与清单相符（{n} 件）")


def _point_row(point: str) -> dict:
    area, item = POINT_ROWS.get(point, ("全屋", showflats.POINTS[point]))
    return {"area": area, "item": item}


def showflat_inspection_blank() -> dict:
    """The blank 样板间巡检表 lists the points the program checks (and the item count)."""
    rows = [_point_row(p) for p in showflats.POINTS]
    rows.append({"area": COUNT_ROW[0], "item": COUNT_ROW[1].replace("（{n} 件）", "")})
    return {"presets": {"checks": rows}}


def _answer_row(row: dict, ok: bool, action: str) -> dict:
    return dict(row, ok=ok, fault=not ok, action=action)


def _inspection_rows(check: Check, answers: dict) -> list[dict]:
    """A row for every point the check covers (opening / closing) or for its item count (handover),
    with 正常 or 异常 ticked once answered."""
    rows = []
    if check.kind in showflats.POINT_KINDS:
        for point in showflats.POINTS:
            row = _point_row(point)
            answer = answers.get(point)
            if answer is None:
                rows.append(row)
                continue
            reading = f"{answer.reading} ℃" if answer.reading is not None else ""
            action = " ".join(x for x in (reading, answer.note) if x)
            rows.append(_answer_row(row, answer.status == showflats.OK, action))
        return rows
    item_answers = [a for k, a in answers.items() if isinstance(k, int)]
    by_category: dict[str, list] = {}
    for a in item_answers:
        by_category.setdefault(a.item.category or "其他", []).append(a)
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
    for check in _checks(id, day, ("opening", "closing", "handover")):
        answers = showflats.latest_answers(check.id)
        temperature = answers.get("temperature")
        documents.append({
            "serial": check.serial,
            "fields": {"flat": check.flat.name, "day": check.started_at.date(), "time": check.started_at.time(),
                       "round": ROUNDS[check.kind], "inspector": names.get(check.started_by_id, ""),
                       "temperature": temperature.reading if temperature is not None else ""},
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
