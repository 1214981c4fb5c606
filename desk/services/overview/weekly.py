"""The managers' weekly report (周报), Qt-free: every figure for one ISO week in one dict.

``parse_week("2026-W47") -> IsoWeek``; ``report(week, session=None, at=None) -> dict`` with:

- ``days``: visitors per day (groups, people) with the same weekday last week and four weeks
  earlier ("the same week a month ago"), and ``totals`` of the three weeks;
- ``sources``: groups and people per 认知途径; ``consultants``: receptions per consultant with
  rotation turns, owner returns, chosen and skips (from the rotation journal);
- ``conversion``: first visits of the week, return visits of the week, and how many customers
  who came first this week came back within ``RETURN_WINDOW_DAYS`` (as far as known at ``at``);
- ``bar``: consumption per item with its unit cost (weighted average of receipt prices per base
  unit up to the week's end; the item's catalogue price when no receipt has one), total cost,
  cost per visitor; waste per item and reason; stock-count differences;
- ``showflats``: incidents opened in the week; ``service``: repairs and complaints received and
  finished, the three DOMAIN targets (met / missed / no data);
- ``carried``: what is still open at the end of the week (repairs, complaints, call-backs,
  keys out, show-flat incidents, purchase requests waiting), each with its status at that moment.

Receipt prices: ``StockEntry.unit_price`` is the price of the unit the receipt was booked in; a
receipt in packs (``received_unit`` = the pack unit) is divided by the pack factor.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desk.clock import now
from desk.db.bar import Item, PurchaseRequest, StockCount, StockCountLine, StockEntry
from desk.db.reception import Visit, VisitSource
from desk.db.servicedesk import Complaint, ComplaintCategory, KeyLoan, Repair
from desk.db.showflats import Flat, Incident, IncidentEvent, Item as FlatItem
from desk.services.bar import stock
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.money import to_money
from desk.services.core.numbers import percent
from desk.services.core.session import Session
from desk.services.core.staff import staff_names
from desk.services.reception import rotation
from desk.services.servicedesk import complaints as complaint_service, repairs as repair_service, targets
from desk.services.showflats import flats as showflats

RETURN_WINDOW_DAYS = 28
WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


@dataclass(frozen=True)
class IsoWeek:
    year: int
    week: int

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def start(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    def shifted(self, weeks: int) -> "IsoWeek":
        return week_of(self.start + dt.timedelta(weeks=weeks))

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(7)]

    def __str__(self) -> str:
        return self.label


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return dt.date(year, 12, 28).isocalendar()[1]


def week_of(day: dt.date) -> IsoWeek:
    iso = day.isocalendar()
    return IsoWeek(iso[0], iso[1])


_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


def parse_week(text) -> IsoWeek:
    """``2026-W47`` (also ``2026W47``, ``2026-w47``) -> IsoWeek; bad input raises ValidationError."""
    if isinstance(text, IsoWeek):
        return text
    match = _WEEK.match(str(text or ""))
    if not match:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "周的格式应为 2026-W47：{text}"), text=str(text or ""))
    year, week = int(match.group(1)), int(match.group(2))
    if not 1 <= year <= 9998 or not 1 <= week <= weeks_in_year(year):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{year} 年没有第 {week} 周（该年共 {n} 周）"),
                              year=year, week=week, n=weeks_in_year(year) if 1 <= year <= 9998 else 0)
    return IsoWeek(year, week)


def last_complete_week(today: dt.date | None = None) -> IsoWeek:
    today = today or now().date()
    return week_of(today).shifted(-1)


def weeks_ending(last: IsoWeek, count: int) -> list[IsoWeek]:
    """``count`` weeks, oldest first, the last one being ``last``."""
    if count < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "周数至少为 1"))
    if count > 104:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "一次最多 104 周"))
    return [last.shifted(-i) for i in range(count - 1, -1, -1)]


def nice_step(peak: float, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5 × 10^k) giving about ``ticks`` ticks up to ``peak``."""
    raw = max(peak, 1) / ticks
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _dec(value) -> Decimal:
    return Decimal(str(value)) if value is not None else Decimal(0)


# -- reception --------------------------------------------------------------------------------
def _people_by_day(first: dt.date, last: dt.date) -> dict[dt.date, tuple[int, int]]:
    rows = (Visit.select(Visit.day, fn.COUNT(Visit.id), fn.COALESCE(fn.SUM(Visit.party_size), 0))
            .where((Visit.day >= first) & (Visit.day <= last)).group_by(Visit.day).tuples())
    result = {}
    for day, groups, people in rows:
        if not isinstance(day, dt.date):
            day = dt.date.fromisoformat(str(day))
        result[day] = (int(groups), int(people))
    return result


def visitors(week: IsoWeek) -> dict:
    month_ago = week.shifted(-4)
    counts = _people_by_day(month_ago.start, week.end)
    rows = []
    for i, day in enumerate(week.days()):
        groups, people = counts.get(day, (0, 0))
        last_groups, last_people = counts.get(day - dt.timedelta(days=7), (0, 0))
        month_groups, month_people = counts.get(day - dt.timedelta(days=28), (0, 0))
        rows.append({"day": day, "weekday": WEEKDAYS[i], "groups": groups, "people": people,
                     "last_week_groups": last_groups, "last_week_people": last_people,
                     "month_ago_groups": month_groups, "month_ago_people": month_people})
    totals = {key: sum(r[key] for r in rows) for key in (
        "groups", "people", "last_week_groups", "last_week_people", "month_ago_groups", "month_ago_people")}
    # a week before the first recorded visit (the program was not yet in use) is no comparison
    first = _first_visit_day()
    for key, other in (("last_week", week.shifted(-1)), ("month_ago", month_ago)):
        complete = first is not None and first <= other.start
        totals[f"{key}_complete"] = complete
        totals[f"change_{key}"] = percent(totals["people"] - totals[f"{key}_people"], totals[f"{key}_people"]) \
            if complete else None
    return {"rows": rows, "totals": totals, "last_week": week.shifted(-1).label, "month_ago": month_ago.label}


def _first_visit_day() -> dt.date | None:
    first = Visit.select(fn.MIN(Visit.day)).scalar()
    if first is not None and not isinstance(first, dt.date):
        first = dt.date.fromisoformat(str(first))
    return first


def sources(week: IsoWeek) -> list[dict]:
    names = {s.id: s.name for s in VisitSource.select(VisitSource.id, VisitSource.name)}
    rows = (Visit.select(Visit.source, fn.COUNT(Visit.id), fn.COALESCE(fn.SUM(Visit.party_size), 0))
            .where((Visit.day >= week.start) & (Visit.day <= week.end)).group_by(Visit.source).tuples())
    merged: dict[str, list[int]] = {}
    for source_id, groups, people in rows:
        row = merged.setdefault(names.get(source_id, "未填"), [0, 0])
        row[0] += int(groups)
        row[1] += int(people)
    total = sum(g for g, _p in merged.values())
    result = [{"source": name, "groups": g, "people": p, "share": percent(g, total)} for name, (g, p) in merged.items()]
    result.sort(key=lambda r: (-r["groups"], r["source"]))
    return result


def consultants(week: IsoWeek) -> list[dict]:
    names = staff_names()
    rows: dict[int | None, dict] = {}

    def row(staff_id):
        return rows.setdefault(staff_id, {"staff_id": staff_id, "name": names.get(staff_id, "未分配"),
                                          "groups": 0, "people": 0, "first": 0, "return": 0, "assign": 0,
                                          "owner": 0, "chosen": 0, "skip": 0, "skip_reasons": {}})

    for staff_id, first, groups, people in (
            Visit.select(Visit.consultant, Visit.first_visit, fn.COUNT(Visit.id),
                         fn.COALESCE(fn.SUM(Visit.party_size), 0))
            .where((Visit.day >= week.start) & (Visit.day <= week.end))
            .group_by(Visit.consultant, Visit.first_visit).tuples()):
        r = row(staff_id)
        r["groups"] += int(groups)
        r["people"] += int(people)
        r["first" if first else "return"] += int(groups)
    for fair in rotation.fairness(week.start, week.end):
        r = row(fair["staff_id"])
        for key in ("assign", "owner", "chosen", "skip"):
            r[key] += fair[key]
        r["skip_reasons"] = dict(fair["skip_reasons"])
    result = list(rows.values())
    result.sort(key=lambda r: (r["staff_id"] is None, -r["groups"], r["name"]))
    return result


def conversion(week: IsoWeek, at: dt.datetime) -> dict:
    """First visits this week and how many of those customers came back within the window."""
    in_week = (Visit.day >= week.start) & (Visit.day <= week.end)
    first_groups = Visit.select().where(in_week & (Visit.first_visit == True)).count()  # noqa: E712
    return_groups = Visit.select().where(in_week & (Visit.first_visit == False)).count()  # noqa: E712
    firsts = (Visit.select(Visit.customer, fn.MIN(Visit.arrived_at).alias("first_at"))
              .where(in_week & (Visit.first_visit == True)).group_by(Visit.customer))  # noqa: E712
    customers = {cid: first_at for cid, first_at in firsts.tuples()}
    came_back = 0
    if customers:
        later = (Visit.select(Visit.customer, Visit.arrived_at)
                 .where(Visit.customer.in_(list(customers)) & (Visit.first_visit == False)  # noqa: E712
                        & (Visit.arrived_at <= at)).tuples())
        back = set()
        for cid, arrived in later:
            first_at = customers[cid]
            if isinstance(first_at, str):
                first_at = dt.datetime.fromisoformat(first_at)
            if first_at < arrived <= first_at + dt.timedelta(days=RETURN_WINDOW_DAYS):
                back.add(cid)
        came_back = len(back)
    window_end = week.end + dt.timedelta(days=RETURN_WINDOW_DAYS)
    return {
        "first_groups": first_groups, "return_groups": return_groups,
        "return_share": percent(return_groups, first_groups + return_groups),
        "first_customers": len(customers), "came_back": came_back, "rate": percent(came_back, len(customers)),
        "window_days": RETURN_WINDOW_DAYS, "complete": at.date() > window_end,
    }


# -- water bar --------------------------------------------------------------------------------
def unit_costs(until: dt.datetime) -> dict[int, Decimal]:
    """Cost per base unit of every item: weighted average of receipt prices before ``until``."""
    items = {i.id: i for i in Item.select()}
    sums: dict[int, list[Decimal]] = {}
    for item_id, price, quantity, unit, packs in (
            StockEntry.select(StockEntry.item, StockEntry.unit_price, StockEntry.quantity,
                              StockEntry.received_unit, StockEntry.pack_quantity)
            .where((StockEntry.kind == stock.RECEIPT) & StockEntry.unit_price.is_null(False)
                   & (StockEntry.at < until)).tuples()):
        item = items.get(item_id)
        if item is None:
            continue
        per_base = _dec(price)
        if item.pack_unit and unit == item.pack_unit and item.pack_unit != item.unit and item.pack_factor:
            per_base = per_base / Decimal(item.pack_factor)
        acc = sums.setdefault(item_id, [Decimal(0), Decimal(0)])
        acc[0] += per_base * _dec(quantity)
        acc[1] += _dec(quantity)
    costs = {}
    for item_id, item in items.items():
        acc = sums.get(item_id)
        if acc and acc[1] > 0:
            costs[item_id] = acc[0] / acc[1]
        elif item.unit_price is not None:
            costs[item_id] = _dec(item.unit_price)
    return costs


def bar(week: IsoWeek, people: int) -> dict:
    start, end = day_range(week.start, week.end)
    items = {i.id: i for i in Item.select()}
    costs = unit_costs(end)
    in_week = (StockEntry.at >= start) & (StockEntry.at < end)

    def per_item(kind):
        return {item_id: -_dec(total) for item_id, total in
                StockEntry.select(StockEntry.item, fn.SUM(StockEntry.quantity))
                .where(in_week & (StockEntry.kind == kind)).group_by(StockEntry.item).tuples()}

    def lines(values):
        rows = []
        for item_id, qty in values.items():
            if qty <= 0 or item_id not in items:
                continue
            item = items[item_id]
            cost = costs.get(item_id)
            rows.append({"item_id": item_id, "name": item.name, "category": item.category, "unit": item.unit,
                         "quantity": stock.qty_value(qty), "unit_cost": None if cost is None else to_money(cost),
                         "cost": None if cost is None else to_money(cost * qty)})
        rows.sort(key=lambda r: (r["category"], r["name"]))
        return rows

    consumption = lines(per_item(stock.SERVING))
    waste = lines(per_item(stock.WASTE))
    reasons: dict[str, int] = {}
    for reason, n in (StockEntry.select(StockEntry.reason, fn.COUNT(StockEntry.id))
                      .where(in_week & (StockEntry.kind == stock.WASTE) & StockEntry.reverses.is_null())
                      .group_by(StockEntry.reason).tuples()):
        reasons[reason or "未填"] = int(n)
    cost = sum((r["cost"] for r in consumption if r["cost"] is not None), Decimal(0))
    waste_cost = sum((r["cost"] for r in waste if r["cost"] is not None), Decimal(0))
    differences = []
    for line, count in _count_lines(start, end):
        item = items.get(line.item_id)
        unit_cost = costs.get(line.item_id)
        differences.append({"at": count.counted_at, "kind": count.kind, "serial": count.serial,
                            "name": item.name if item else "", "unit": item.unit if item else "",
                            "expected": stock.qty_value(line.expected), "counted": stock.qty_value(line.counted),
                            "difference": stock.qty_value(line.difference), "reason": line.reason,
                            "value": None if unit_cost is None else to_money(unit_cost * _dec(line.difference))})
    return {
        "consumption": consumption, "cost": to_money(cost), "people": people,
        "cost_per_visitor": to_money(cost / people) if people else None,
        "unpriced": [r["name"] for r in consumption if r["cost"] is None],
        "waste": waste, "waste_cost": to_money(waste_cost), "waste_reasons": reasons,
        "count_differences": differences,
        "difference_value": to_money(sum((d["value"] for d in differences if d["value"] is not None), Decimal(0))),
    }


def _count_lines(start: dt.datetime, end: dt.datetime):
    counts = {c.id: c for c in StockCount.select().where((StockCount.counted_at >= start)
                                                         & (StockCount.counted_at < end))}
    if not counts:
        return []
    lines = (StockCountLine.select().where(StockCountLine.count.in_(list(counts))
                                           & (StockCountLine.difference != 0))
             .order_by(StockCountLine.count, StockCountLine.id))
    return [(line, counts[line.count_id]) for line in lines]


# -- show flats and service desk --------------------------------------------------------------
def showflat_incidents(week: IsoWeek) -> dict:
    start, end = day_range(week.start, week.end)
    flats = {f.id: f.name for f in Flat.select(Flat.id, Flat.name)}
    incidents = list(Incident.select().where((Incident.opened_at >= start) & (Incident.opened_at < end))
                     .order_by(Incident.opened_at, Incident.id))
    item_ids = {i.item_id for i in incidents if i.item_id}
    items = ({i.id: i.name for i in FlatItem.select(FlatItem.id, FlatItem.name)
              .where(FlatItem.id.in_(list(item_ids)))} if item_ids else {})
    rows = [{"id": i.id, "at": i.opened_at, "flat": flats.get(i.flat_id, ""), "item": items.get(i.item_id, ""),
             "kind": i.kind, "status": i.status, "note": i.note} for i in incidents]
    by_kind: dict[str, int] = {}
    for r in rows:
        by_kind[r["kind"]] = by_kind.get(r["kind"], 0) + 1
    return {"rows": rows, "by_kind": by_kind}


def service(week: IsoWeek, at: dt.datetime) -> dict:
    start, end = day_range(week.start, week.end)
    received = Repair.select().where((Repair.received_at >= start) & (Repair.received_at < end))
    repairs = {
        "received": received.count(),
        "done": Repair.select().where((Repair.done_at >= start) & (Repair.done_at < end)).count(),
        # finished after its due time, or still open past it
        "late": sum(1 for r in received if (r.done_at or at) > r.due_at),
    }
    got = Complaint.select().where((Complaint.received_at >= start) & (Complaint.received_at < end))
    categories: dict[str, int] = {}
    names = {c.id: c.name for c in ComplaintCategory.select()}
    for c in got:
        key = names.get(getattr(c, "category_id", None), "未分类")
        categories[key] = categories.get(key, 0) + 1
    complaints = {
        "received": got.count(),
        "closed": Complaint.select().where((Complaint.closed_at >= start) & (Complaint.closed_at < end)).count(),
        "handled": sum(1 for c in got if c.status in complaint_service.CLOSED),
        "by_category": dict(sorted(categories.items(), key=lambda kv: -kv[1])),
    }
    return {"repairs": repairs, "complaints": complaints,
            "targets": targets.targets(week.start, week.end, at=at)}


def carried_over(week: IsoWeek, at: dt.datetime) -> dict:
    """What was still open at the end of the week (or at ``at`` when the week is not over)."""
    _start, end = day_range(week.start, week.end)
    cut = min(end, at)
    repairs = list(Repair.select().where((Repair.received_at < cut)
                                         & (Repair.done_at.is_null() | (Repair.done_at >= cut)))
                   .order_by(Repair.received_at))
    complaints = list(Complaint.select().where((Complaint.received_at < cut)
                                               & (Complaint.closed_at.is_null() | (Complaint.closed_at >= cut)))
                      .order_by(Complaint.received_at))
    not_called = [Repair.select().where((Repair.done_at < cut)
                                        & (Repair.callback_at.is_null() | (Repair.callback_at >= cut))),
                  Complaint.select().where((Complaint.closed_at < cut)
                                           & (Complaint.callback_at.is_null() | (Complaint.callback_at >= cut)))]
    callbacks = sum(query.count() for query in not_called)
    keys = KeyLoan.select().where((KeyLoan.out_at < cut)
                                  & (KeyLoan.returned_at.is_null() | (KeyLoan.returned_at >= cut))).count()
    closed_before = (IncidentEvent.select(IncidentEvent.incident)
                     .where((IncidentEvent.status == showflats.CLOSED) & (IncidentEvent.at < cut)))
    incidents = (Incident.select().where((Incident.opened_at < cut) & Incident.id.not_in(closed_before))
                 .count())
    purchases = PurchaseRequest.select().where((PurchaseRequest.created_at < cut)
                                               & (PurchaseRequest.status == "待审批")).count()
    rows = []
    for r in repairs:
        rows.append({"kind": "报修", "number": r.number, "since": r.received_at,
                     "text": f"{r.category}：{r.description}",
                     "status": repair_service.STATUSES[repair_service.status_at(r, cut)]})
    for c in complaints:
        rows.append({"kind": "投诉", "number": c.number, "since": c.received_at, "text": c.content,
                     "status": complaint_service.STATUSES[complaint_service.status_at(c, cut)]})
    rows.sort(key=lambda r: r["since"])
    return {"repairs": len(repairs), "complaints": len(complaints), "callbacks": callbacks, "keys_out": keys,
            "incidents": incidents, "purchase_requests": purchases, "rows": rows, "at": cut}


# -- the whole report -------------------------------------------------------------------------
def report(week, session: Session | None = None, *, at: dt.datetime | None = None) -> dict:
    """Every figure of the weekly report for ``week`` ("2026-W47" or an IsoWeek)."""
    if session is not None:
        session.require("reports.view")
    week = parse_week(week)
    at = at or now()
    started = time.perf_counter()
    days = visitors(week)
    people = days["totals"]["people"]
    data = {
        "week": week, "label": week.label, "start": week.start, "end": week.end, "at": at,
        "visitors": days,
        "sources": sources(week),
        "consultants": consultants(week),
        "conversion": conversion(week, at),
        "bar": bar(week, people),
        "showflats": showflat_incidents(week),
        "service": service(week, at),
        "carried": carried_over(week, at),
    }
    data["query_seconds"] = time.perf_counter() - started
    return data


TARGET_MARKS = {True: QT_TRANSLATE_NOOP("desk", "达标"), False: QT_TRANSLATE_NOOP("desk", "未达标"),
                None: QT_TRANSLATE_NOOP("desk", "无数据")}
