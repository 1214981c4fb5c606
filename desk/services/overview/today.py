"""Today at a glance (概览), Qt-free: every figure the overview page shows, in one call.

``today(day, session, at=None) -> dict`` returns one entry per part the session may see:

- ``"reception"`` (reports.view or reception.register): groups and people so far, groups and
  people in the hall now, first vs return, arrivals by hour, by source, receptions per consultant.
- ``"bar"`` (reports.view or any water-bar permission): items below minimum, expiring soon and
  expired, today's drinks out (base units of drink categories) and kinds of items out, today's waste.
- ``"showflats"`` (reports.view or show-flat check/manage): open incidents, checks due, cleaning
  tasks due, workers inside.
- ``"service"`` (reports.view or service desk): open and overdue repairs, open complaints,
  overdue keys, call-backs pending and overdue.
- ``"inspections"`` (reports.view, rounds, the vehicle log): rounds overdue, due and missed today,
  open incidents at any place, open and overdue work orders, vehicles in the car park.

``sales_today(session, at)`` is the consultants' part, read after the page's first frame: the
day's reminders (a consultant's own, everyone's for a supervisor), 认购/签约 waiting for approval,
and for managers (reports.view) the league table and the rotation's fairness of the last 7 days
and the funnel of the customers who first came in the last 28 days.

A part the session may not see is absent. Every figure is an aggregate query on indexed
columns (or a small state table), so the page opens fast on a year of data.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from desk.clock import now
from desk.db.base import count_if
from desk.db.reception import Serving, Visit
from desk.db.servicedesk import Complaint, KeyLoan, Repair
from desk.db.showflats import Incident, WorkerVisit
from desk.db.bar import Item, StockEntry
from desk.services.inspections import flat_rounds, incidents as place_incidents, schedule, vehicles, workorders
from desk.services.servicedesk import callbacks, complaints, repairs
from desk.services.showflats import cleaning, flats as showflats
from desk.services.bar import stock
from desk.services.reception import figures as visit_figures, hall, rotation
from desk.services.core.days import day_range
from desk.services.core.session import Session

PART_PERMISSIONS: dict[str, frozenset[str]] = {
    "reception": frozenset({"reports.view", "reception.register"}),
    "bar": frozenset({"reports.view", "stock.serve", "stock.count", "stock.receive", "stock.adjust"}),
    "showflats": frozenset({"reports.view", "showflat.check", "showflat.manage"}),
    "service": frozenset({"reports.view", "service.desk", "service.manage"}),
    "inspections": frozenset({"reports.view", "inspection.do", "inspection.manage", "vehicle.log"}),
}


def may_see(session: Session | None, part: str) -> bool:
    if session is None:
        return True
    return any(session.can(p) for p in PART_PERMISSIONS.get(part, ()))


# -- reception --------------------------------------------------------------------------------
def reception_today(day: dt.date) -> dict:
    figures = visit_figures.day_figures(day)
    servings = (Serving.select(fn.COUNT(Serving.id)).join(Visit)
                .where(Visit.day == day).scalar() or 0)
    return {
        "groups": figures["groups"], "people": figures["people"],
        "in_hall_groups": figures["in_hall"], "in_hall_people": figures["in_hall_people"],
        "first": figures["first"], "return": figures["return"],
        "first_people": figures["first_people"], "return_people": figures["people"] - figures["first_people"],
        "by_hour": figures["by_hour"], "by_source": figures["by_source"],
        "by_consultant": figures["by_consultant"], "consultants": figures["consultants"],
        "servings": int(servings),
    }


# -- water bar --------------------------------------------------------------------------------
def bar_today(day: dt.date) -> dict:
    start, end = day_range(day)
    below = [{"item_id": item.id, "name": item.name, "quantity": level, "unit": item.unit,
              "min": stock.qty_value(item.min_stock)} for item, level in stock.below_minimum()]
    expiring: dict[int, dict] = {}
    expired: dict[int, dict] = {}
    for batch in stock.expiring(today=day):
        target = expired if batch.best_before < day else expiring
        row = target.setdefault(batch.item.id, {"item_id": batch.item.id, "name": batch.item.name,
                                                "quantity": Decimal(0), "unit": batch.item.unit,
                                                "date": batch.best_before})
        row["quantity"] += Decimal(str(batch.remaining))
        row["date"] = min(row["date"], batch.best_before)
    for rows in (expiring, expired):
        for row in rows.values():
            row["quantity"] = stock.qty_value(row["quantity"])
    per_kind: dict[str, dict] = {stock.SERVING: {}, stock.WASTE: {}}
    for kind, item_id, total in (
            StockEntry.select(StockEntry.kind, StockEntry.item, fn.SUM(StockEntry.quantity))
            .where(StockEntry.kind.in_(list(per_kind)) & (StockEntry.at >= start) & (StockEntry.at < end))
            .group_by(StockEntry.kind, StockEntry.item).tuples()):
        if total:
            per_kind[kind][item_id] = -Decimal(str(total))
    wanted = set(per_kind[stock.SERVING]) | set(per_kind[stock.WASTE])
    items = {i.id: i for i in Item.select(Item.id, Item.name, Item.unit, Item.category)
             .where(Item.id.in_(list(wanted)))} if wanted else {}
    drinks = sum((q for i, q in per_kind[stock.SERVING].items()
                  if i in items and items[i].category in stock.DRINK_CATEGORIES), Decimal(0))
    waste = [{"item_id": i, "name": items[i].name, "quantity": stock.qty_value(q), "unit": items[i].unit}
             for i, q in sorted(per_kind[stock.WASTE].items(), key=lambda kv: items[kv[0]].name) if q > 0]
    return {
        "below_minimum": below,
        "expiring": sorted(expiring.values(), key=lambda r: (r["date"], r["name"])),
        "expired": sorted(expired.values(), key=lambda r: (r["date"], r["name"])),
        "items_out": sum(1 for q in per_kind[stock.SERVING].values() if q > 0),  # kinds of items
        "drinks_out": stock.qty_value(drinks),
        "waste": waste,
    }


# -- show flats -------------------------------------------------------------------------------
def showflats_today(day: dt.date, at: dt.datetime) -> dict:
    open_incidents = Incident.select().where(Incident.status != showflats.CLOSED).count()
    due = flat_rounds.checks_due(at=at)
    cleaning_due = cleaning.tasks_due(day=day)
    inside = WorkerVisit.select().where(WorkerVisit.time_out.is_null()).count()
    return {
        "open_incidents": open_incidents,
        "checks_due": [d.text for d in due],
        "cleaning_due": len(cleaning_due),
        "cleaning_overdue": sum(1 for s in cleaning_due if s.overdue),
        "workers_inside": inside,
    }


# -- service desk -----------------------------------------------------------------------------
def service_today(at: dt.datetime) -> dict:
    open_repairs, overdue_repairs = (Repair.select(fn.COUNT(Repair.id), count_if(Repair.due_at < at))
                                     .where(Repair.status.in_(repairs.OPEN)).tuples().get())
    keys_out, overdue_keys = (KeyLoan.select(fn.COUNT(KeyLoan.id), count_if(KeyLoan.due_at < at))
                              .where(KeyLoan.returned_at.is_null()).tuples().get())
    pending, overdue = callbacks.callback_counts(at)
    return {
        "open_repairs": open_repairs, "overdue_repairs": int(overdue_repairs),
        "open_complaints": Complaint.select().where(Complaint.status.in_(complaints.OPEN)).count(),
        "overdue_keys": int(overdue_keys), "keys_out": keys_out,
        "callbacks_pending": pending,
        "callbacks_overdue": overdue,
    }


# -- inspections ------------------------------------------------------------------------------
def _slot_text(slot) -> str:
    return f"{slot.template.name}（{slot.place}）{slot.due_at:%H:%M}"


def inspections_today(at: dt.datetime) -> dict:
    summary = schedule.day_summary(at)
    open_orders, overdue_orders = workorders.open_counts(at)
    return {
        "overdue": [_slot_text(s) for s in summary.overdue],
        "due": len(summary.due),
        "missed": [_slot_text(s) for s in summary.missed],
        "open_incidents": place_incidents.open_count(),
        "open_orders": open_orders, "overdue_orders": overdue_orders,
        "vehicles_inside": vehicles.inside_count(),
    }


# -- the consultants' cycle -------------------------------------------------------------------
SALES_PERMISSIONS = frozenset({"reception.outcome", "reception.manage"})


def may_see_sales(session: Session | None) -> bool:
    return session is None or any(session.can(p) for p in SALES_PERMISSIONS)


def may_see_league(session: Session | None) -> bool:
    return session is None or session.can("reports.view")


LEAGUE_DAYS = 7
FUNNEL_DAYS = 28


def sales_today(session: Session, at: dt.datetime | None = None) -> dict:
    """``reminders`` (customers.Reminders), ``pending`` approvals (approvers), and for managers:
    ``league`` rows and ``fairness`` by staff over ``week`` (the last 7 days), the ``funnel``
    total over ``funnel_span`` (first visits of the last 28 days).

    Its modules load here, after the page's first frame (registration and the cycle's services
    would add tens of milliseconds to the start-up)."""
    from desk.services.reception import customers, funnel, outcomes  # lazy: start-up (the cycle's services load after the overview's first frame; bench/startup.py)

    at = at or now()
    result: dict = {"at": at}
    if may_see_sales(session):
        result["reminders"] = customers.reminders(session, at=at)
    if session.can("reception.approve"):
        result["pending"] = outcomes.pending_count()
    if may_see_league(session):
        day = at.date()
        start = day - dt.timedelta(days=LEAGUE_DAYS - 1)
        result["week"] = (start, day)
        result["league"] = funnel.league(start, day, as_of=day)
        result["fairness"] = {r["staff_id"]: r for r in rotation.fairness(start, day)}
        result["funnel_span"] = (day - dt.timedelta(days=FUNNEL_DAYS - 1), day)
        result["funnel"] = funnel.funnel(*result["funnel_span"], as_of=day).total
    return result


def today(day: dt.date | None = None, session: Session | None = None, *, at: dt.datetime | None = None) -> dict:
    """Every figure of the overview for ``day`` (default today), limited to what ``session`` may see.

    ``at`` is the moment "now" (overdue, in the hall, checks due); default: the end of ``day``
    when it is past, else the current time."""
    current = now()
    day = day or current.date()
    if at is None:
        at = current if day >= current.date() else dt.datetime.combine(day, dt.time(23, 59, 59))
    result: dict = {"day": day, "at": at}
    if may_see(session, "reception"):
        result["reception"] = reception_today(day)
    if may_see(session, "bar"):
        result["bar"] = bar_today(day)
        result["bar"]["refills_due"] = len(hall.refills_due(at))  # the attendant refills: shown to the bar too
    if may_see(session, "showflats"):
        result["showflats"] = showflats_today(day, at)
    if may_see(session, "service"):
        result["service"] = service_today(at)
    if may_see(session, "inspections"):
        result["inspections"] = inspections_today(at)
    return result
