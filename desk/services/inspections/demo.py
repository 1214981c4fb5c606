"""Demo data for the inspections: a month of rounds of every shipped template (now and then an
异常 with its incident or work order), today's rounds done up to an hour ago (so some are due and
one is overdue), a cleaner's damage report, the hall's work orders at every step, and the guard's
vehicle log of today (cars of today's visitors matched to them). The demo site wants its hall
closing check done before the evening handover."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.clock import now
from desk.db.base import insert_rows
from desk.db.core import Staff
from desk.db.inspections import PlaceIncident, PlaceIncidentEvent, Round, RoundAnswer, Template, VehicleEntry, WorkOrder
from desk.db.reception import Visit
from desk.services.core.serials import next_record_number
from desk.services.core.session import Session
from desk.services.inspections import incidents, rounds, schedule, templates, vehicles, workorders
from desk.services.showflats.flats import INCIDENT_FLOW

FAULT_NOTES = {
    "ok": ["不符合要求，已当场处理", "已通知保洁处理", "已报主管，等待处理"],
    "work_order": ["有异响，需工程部检查", "运行不正常，已报修"],
    "yesno": ["已补齐", "已当场处理并报主管"],
    "count": ["少一件，已问保洁未找到"],
}
WORK_ORDERS = [
    ("洽谈区", "3 号吊灯", "吊灯两个灯泡不亮", "工程部 李师傅", 3, "24.00", "灯泡两个"),
    ("卫生间", "男卫洗手盆", "下水慢，有异味", "工程部 王师傅", 5, "60.00", "疏通剂"),
    ("销售大厅", "自动门", "感应迟钝，开门慢", "宏达门业", 30, "380.00", "感应器一个"),
    ("水吧", "制冰机", "出冰少", "工程部 赵师傅", 6, "0.00", ""),
    ("停车场", "道闸", "抬杆后不落", "", 0, "", ""),
    ("VIP 室", "空调", "制冷差", "工程部 李师傅", 0, "", ""),
]
PLATES = ["粤B3K521", "粤B88D17", "湘A6N230", "粤BD12345", "赣C1P772"]


def _staff(role: str) -> list[Staff]:
    return [s for s in Staff.select() if role in s.role_list]


def _answers(round_id: int, items, staff_id: int, at: dt.datetime, rng, fault_rate: float) -> list[tuple]:
    """Answers of a demo round: readings near their limits, now and then an 异常 (returned for follow-up)."""
    rows, faults = [], []
    for item in items:
        row = dict(round=round_id, item=item.id, status=rounds.OK, reading=None, counted=None, choice="", note="",
                   at=at, staff=staff_id, corrects=None, photo=None, legacy_answer=None)
        if item.kind == "reading":
            low = item.low if item.low is not None else item.high - 3
            high = item.high if item.high is not None else item.low + 3
            outside = rng.random() < fault_rate * 2
            value = Decimal(str(round(rng.uniform(float(high) + 0.2, float(high) + 1.2) if outside
                                      else rng.uniform(float(low) + 0.2, float(high) - 0.2), 1)))
            row["reading"] = value
            row["status"] = rounds.OK if rounds.within(item, value) else rounds.FAULT
            if row["status"] == rounds.FAULT:
                row["note"] = "已调空调，半小时后复测" if value > high else "已调高温度"
        elif item.kind == "count":
            row["counted"] = item.expected
        elif item.kind == "yesno":
            row["choice"] = item.normal_answer
        if item.kind in FAULT_NOTES and rng.random() < fault_rate:
            row["status"] = rounds.FAULT
            row["note"] = rng.choice(FAULT_NOTES["work_order" if item.on_fail == "work_order" else item.kind])
            if item.kind == "count":
                row["counted"] = max((item.expected or 1) - 1, 0)
            if item.kind == "yesno":
                row["choice"] = templates.NO if item.normal_answer == templates.YES else templates.YES
        (faults if row["status"] == rounds.FAULT else rows).append(row)
    insert_rows(RoundAnswer, rows)
    return faults


def _followup(fault: dict, round_: Round, item, staff_id: int, at: dt.datetime, stage: int, rng) -> None:
    answer = RoundAnswer.create(**fault)
    if item.on_fail == "none":
        return
    if item.on_fail == "work_order":
        what = templates.item_name(item)
        order = WorkOrder.create(number=next_record_number("GC", at), place=round_.place,
                                 asset=what, description=f"{round_.template.name}：{fault['note']}",
                                 reported_at=at, reported_by=staff_id, due_at=at + dt.timedelta(hours=24),
                                 answer=answer.id)
        if stage:
            order.worker, order.dispatched_at, order.status = "工程部 王师傅", at + dt.timedelta(hours=1), "dispatched"
            order.done_at, order.cost, order.status = at + dt.timedelta(hours=rng.randint(3, 30)), Decimal("0"), "done"
            order.save()
        return
    kind = incidents.MISSING if item.kind == "count" else incidents.FAULT
    what = templates.item_name(item)
    incident = PlaceIncident.create(place=round_.place, flat=round_.flat_id, what=what, kind=kind,
                                    status=INCIDENT_FLOW[stage], note=fault["note"], round=round_.id,
                                    answer=answer.id, opened_at=at, opened_by=staff_id)
    for n in range(stage + 1):
        PlaceIncidentEvent.create(incident=incident, status=INCIDENT_FLOW[n], note=fault["note"] if n == 0 else "",
                                  at=at + dt.timedelta(hours=n), staff=staff_id)


def demo_inspections(ctx) -> None:
    if Round.select().exists():
        return
    rng = ctx.rng
    current = now()
    Template.update(blocks_handover=True).where(Template.code == "hall_closing").execute()
    people = {role: _staff(role) for role in templates.ROUND_ROLES}
    fallback = list(Staff.select().limit(1))
    items = {t.id: templates.items(t.id) for t in Template.select()}
    first = dt.datetime.combine(max(ctx.start, ctx.today - dt.timedelta(days=29)), dt.time())
    for slot in schedule.slots(first, current):
        age = current - slot.due_at
        if slot.due_at > current - dt.timedelta(hours=1) or (age < dt.timedelta(hours=20) and rng.random() < 0.02):
            continue  # the last hour's rounds are still to do (and, rarely, one was skipped)
        staff = rng.choice(people.get(slot.template.role) or fallback)
        at = slot.due_at + dt.timedelta(minutes=rng.randint(-10, 15))
        at = max(at, slot.start)
        round_ = Round.create(template=slot.template, flat=slot.flat, place=slot.place, started_at=at, started_by=staff,
                              closed_at=at + dt.timedelta(minutes=rng.randint(3, 12)), closed_by=staff,
                              serial=rounds._serial(at))
        faults = _answers(round_.id, items[slot.template.id], staff.id, at, rng, 0.01)
        by_id = {i.id: i for i in items[slot.template.id]}
        for fault in faults:
            stage = 3 if age > dt.timedelta(days=3) else rng.randint(0, 2)
            _followup(fault, round_, by_id[fault["item"]], staff.id, at, stage, rng)
    _work_orders(ctx, current)
    _cleaner_report(ctx)
    _vehicles(ctx, current)


def _work_orders(ctx, current: dt.datetime) -> None:
    reporters = [Session.for_staff(s) for s in _staff("reception")] or [ctx.session]
    chief = ctx.session
    for n, (place, asset, text, worker, hours, cost, materials) in enumerate(WORK_ORDERS):
        at = current - dt.timedelta(days=len(WORK_ORDERS) - n, hours=ctx.rng.randint(0, 5))
        order = workorders.create_order(reporters[n % len(reporters)], place, text, asset=asset, at=at)
        if worker:
            workorders.dispatch(chief, order.id, worker, at=at + dt.timedelta(hours=1))
        if hours:
            workorders.complete(chief, order.id, cost=cost, materials=materials, at=at + dt.timedelta(hours=hours))
            if n % 2 == 0:
                workorders.accept(chief, order.id, "已验收，运行正常", at=at + dt.timedelta(hours=hours + 2))


def _cleaner_report(ctx) -> None:
    cleaners = _staff("cleaner")
    if cleaners:
        incidents.report_damage(Session.for_staff(cleaners[0]), "卫生间", "洁具水管", note="女卫第二个水龙头漏水",
                                at=now() - dt.timedelta(hours=2))


def _vehicles(ctx, current: dt.datetime) -> None:
    guards = [Session.for_staff(s) for s in _staff("guard")] or [ctx.session]
    guard = guards[0]
    visits = list(Visit.select().where((Visit.day == current.date()) & (Visit.plate != "")).order_by(Visit.arrived_at))
    for visit in visits[:6]:
        entry = vehicles.register_in(guard, visit.plate, purpose="看房", at=visit.arrived_at - dt.timedelta(minutes=2))
        if visit.departed_at is not None:
            vehicles.register_out(guard, entry.id, at=visit.departed_at + dt.timedelta(minutes=3))
    for n, plate in enumerate(PLATES):
        at = current - dt.timedelta(hours=len(PLATES) - n, minutes=ctx.rng.randint(0, 40))
        if at.date() != current.date() or VehicleEntry.select().where(VehicleEntry.plate == plate).exists():
            continue
        purpose, driver = [("送货", "顺丰快递"), ("施工", "宏达装饰 刘师傅"), ("业主办事", "业主 陈先生"),
                           ("看房", ""), ("其他", "")][n]
        entry = vehicles.register_in(guard, plate, driver=driver, purpose=purpose, at=at)
        if n % 2 == 0:
            vehicles.register_out(guard, entry.id, at=min(current, at + dt.timedelta(minutes=50)))
