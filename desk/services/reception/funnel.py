"""Figures managers read every Monday (Qt-free).

``funnel(day_from, day_to, as_of=None)``: the conversion funnel of the customers whose first
visit fell in the span — how many came back (a return visit), subscribed (认购, approved and not
withdrawn) and signed (签约, approved), as known at the end of ``as_of`` (default today) —
in total, by week and by month of the first visit, by 认知途径 (of the first visit) and by the
consultant who received it. Each step's rate is of the first visits.

``league(day_from, day_to, as_of=None)``: per consultant in the span, receptions (groups
received), follow-ups made, follow-ups due and how many were made by their date, 认购 and 签约
dated in the span, and the average days from a customer's first visit to their 认购.

Both read a handful of grouped or indexed queries and count in Python (a year of data in well
under a second; see bench/reception.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import Case, fn

from desk.clock import now
from desk.db.base import db
from desk.db.reception import Contract, FollowUp, Subscription, Visit, VisitCompletion, VisitSource
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.numbers import percent
from desk.services.core.staff import list_staff, staff_names

UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("reception", "未填")
UNASSIGNED = QT_TRANSLATE_NOOP("reception", "未分配")


@dataclass
class FunnelRow:
    key: str  # a week (2026-W47), a month (2026-11), a source or a consultant's name
    first: int = 0  # customers with their first visit in the span
    returned: int = 0  # ... who came back
    subscribed: int = 0  # ... with a 认购 (approved, not withdrawn)
    signed: int = 0  # ... with a 签约 (approved)
    withdrawn: int = 0  # ... whose 认购 was withdrawn (退订)
    staff_id: int | None = None
    source_id: int | None = None

    def count(self, flags: int, n: int) -> None:
        """``n`` first visits whose customers came back (bit 1), subscribed (2), signed (4), withdrew (8)."""
        self.first += n
        self.returned += n if flags & 1 else 0
        self.subscribed += n if flags & 2 else 0
        self.signed += n if flags & 4 else 0
        self.withdrawn += n if flags & 8 else 0

    @property
    def return_rate(self) -> Decimal | None:
        return percent(self.returned, self.first)

    @property
    def subscribe_rate(self) -> Decimal | None:
        return percent(self.subscribed, self.first)

    @property
    def sign_rate(self) -> Decimal | None:
        return percent(self.signed, self.first)


@dataclass
class Funnel:
    day_from: dt.date
    day_to: dt.date
    as_of: dt.date
    total: FunnelRow
    by_week: list[FunnelRow] = field(default_factory=list)
    by_month: list[FunnelRow] = field(default_factory=list)
    by_source: list[FunnelRow] = field(default_factory=list)
    by_consultant: list[FunnelRow] = field(default_factory=list)


def week_label(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def month_label(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _check_span(day_from: dt.date, day_to: dt.date) -> None:
    if day_to < day_from:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "结束日期 {to} 早于开始日期 {start}"), to=day_to, start=day_from)


def _rows(query) -> list[tuple]:
    """A query's plain rows, straight from the driver: a year of first visits is tens of thousands of
    rows, and peewee's per-row conversion would cost more than the query (dates may come back as
    text: see ``_as_date``)."""
    return db.execute(query).fetchall()


def funnel(day_from: dt.date, day_to: dt.date, *, as_of: dt.date | None = None) -> Funnel:
    _check_span(day_from, day_to)
    as_of = as_of or now().date()
    cut = day_range(as_of)[1]
    # a customer's first visit is the one registered while they had none (visitors.register_visit)
    in_span = (Visit.first_visit == True) & (Visit.day >= day_from) & (Visit.day <= day_to)  # noqa: E712
    # Who came back, subscribed, signed (by as_of): read whole and tested in Python — cheaper than
    # narrowing each of these small or index-ranged reads to the span's customers in SQL.
    returned = {cid for (cid,) in _rows(Visit.select(Visit.customer).distinct().where(
        (Visit.first_visit == False) & (Visit.day >= day_from) & (Visit.day <= as_of)))}  # noqa: E712
    live = Case(None, [(Subscription.withdrawn_at.is_null() | (Subscription.withdrawn_at >= cut), 1)], 0)
    subscribed, withdrawn = set(), set()
    for cid, still in _rows(Subscription.select(Subscription.customer, live).where(
            (Subscription.day >= day_from) & (Subscription.day <= as_of)
            & Subscription.status.in_(("approved", "withdrawn")) & (Subscription.decided_at < cut))):
        (subscribed if still else withdrawn).add(cid)
    withdrawn -= subscribed  # a customer who withdrew one unit and subscribed another has subscribed
    signed = {cid for (cid,) in _rows(Contract.select(Contract.customer).distinct().where(
        (Contract.day >= day_from) & (Contract.day <= as_of) & (Contract.status == "approved")
        & (Contract.decided_at < cut)))}
    # count the first visits per day, per source and per consultant, by what became of them
    # (a bit each: came back, subscribed, signed, withdrew)
    per_day: dict = {}
    per_source: dict = {}
    per_staff: dict = {}
    for cid, day, source_id, staff_id in _rows(Visit.select(Visit.customer, Visit.day, Visit.source,
                                                            Visit.consultant).where(in_span)):
        flags = (cid in returned) | (cid in subscribed) << 1 | (cid in signed) << 2 | (cid in withdrawn) << 3
        for counts, key in ((per_day, (day, flags)), (per_source, (source_id, flags)), (per_staff, (staff_id, flags))):
            counts[key] = counts.get(key, 0) + 1

    sources = {s.id: s.name for s in VisitSource.select(VisitSource.id, VisitSource.name)}
    names = staff_names()
    total = FunnelRow("")
    weeks: dict[str, FunnelRow] = {}
    months: dict[str, FunnelRow] = {}
    day = day_from
    while day <= day_to:  # every week and month of the span has its row, empty ones too
        weeks.setdefault(week_label(day), FunnelRow(week_label(day)))
        months.setdefault(month_label(day), FunnelRow(month_label(day)))
        day += dt.timedelta(days=1)
    for (day, flags), n in per_day.items():
        date = _as_date(day)
        for row in (total, weeks[week_label(date)], months[month_label(date)]):
            row.count(flags, n)
    by_source: dict = {}
    for (source_id, flags), n in per_source.items():
        if source_id not in by_source:
            by_source[source_id] = FunnelRow(sources.get(source_id, UNKNOWN_SOURCE), source_id=source_id)
        by_source[source_id].count(flags, n)
    by_staff: dict = {}
    for (staff_id, flags), n in per_staff.items():
        if staff_id not in by_staff:
            by_staff[staff_id] = FunnelRow(names.get(staff_id, UNASSIGNED), staff_id=staff_id)
        by_staff[staff_id].count(flags, n)
    by_count = lambda rows: sorted(rows, key=lambda r: (-r.first, r.key))  # noqa: E731
    return Funnel(day_from, day_to, as_of, total, sorted(weeks.values(), key=lambda r: r.key),
                  sorted(months.values(), key=lambda r: r.key), by_count(by_source.values()),
                  by_count(by_staff.values()))


# -- the consultants' league table ---------------------------------------------------------------
@dataclass
class LeagueRow:
    staff_id: int | None
    name: str
    receptions: int = 0  # groups received
    first: int = 0  # of which first visits
    follow_ups: int = 0  # follow-ups made
    due: int = 0  # follow-ups that fell due in the span (up to as_of)
    kept: int = 0  # ... made by their date (a follow-up or a visit)
    subscriptions: int = 0  # 认购 dated in the span (approved, not withdrawn)
    contracts: int = 0  # 签约 dated in the span (approved)
    days_to_subscription: list[int] = field(default_factory=list, repr=False)

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.kept, self.due)

    @property
    def average_days(self) -> Decimal | None:
        """Average days from the customer's first visit to the 认购."""
        if not self.days_to_subscription:
            return None
        return (Decimal(sum(self.days_to_subscription)) / len(self.days_to_subscription)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP)


def _schedules(day_from: dt.date, day_to: dt.date) -> list[tuple[int, int, dt.datetime, dt.date]]:
    """Every promised next contact due in the span: (staff, customer, promised at, due date) from
    follow-ups and from the newest completion of each visit (promised at the visit)."""
    rows = [(staff, cid, at, _as_date(due)) for staff, cid, at, due in
            FollowUp.select(FollowUp.staff, FollowUp.customer, FollowUp.at, FollowUp.next_date)
            .where((FollowUp.next_date >= day_from) & (FollowUp.next_date <= day_to)).tuples()]
    newest = VisitCompletion.select(fn.MAX(VisitCompletion.id)).group_by(VisitCompletion.visit)
    for staff, cid, at, due in (VisitCompletion.select(Visit.consultant, Visit.customer, Visit.arrived_at,
                                                       VisitCompletion.next_date)
                                .join(Visit, on=(VisitCompletion.visit == Visit.id))
                                .where((VisitCompletion.next_date >= day_from) & (VisitCompletion.next_date <= day_to)
                                       & VisitCompletion.id.in_(newest)).tuples()):
        rows.append((staff, cid, at, _as_date(due)))
    return rows


def _contacts(customer_ids: set[int]) -> dict[int, list[dt.datetime]]:
    contacts: dict[int, list[dt.datetime]] = {}
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, at in FollowUp.select(FollowUp.customer, FollowUp.at).where(FollowUp.customer.in_(chunk)).tuples():
            contacts.setdefault(cid, []).append(at)
        for cid, at in Visit.select(Visit.customer, Visit.arrived_at).where(Visit.customer.in_(chunk)).tuples():
            contacts.setdefault(cid, []).append(at)
    return contacts


def league(day_from: dt.date, day_to: dt.date, *, as_of: dt.date | None = None) -> list[LeagueRow]:
    """The consultants' league table for a span, best converters first."""
    _check_span(day_from, day_to)
    as_of = as_of or now().date()
    cut = day_range(as_of)[1]
    start, end = day_range(day_from, day_to)
    names = staff_names()
    rows: dict[int | None, LeagueRow] = {}

    def row(staff_id) -> LeagueRow:
        if staff_id not in rows:
            rows[staff_id] = LeagueRow(staff_id, names.get(staff_id, UNASSIGNED))
        return rows[staff_id]

    for person in list_staff(active_only=True, role="consultant"):
        row(person.id)
    for staff_id, first, n in (Visit.select(Visit.consultant, Visit.first_visit, fn.COUNT(Visit.id))
                               .where((Visit.day >= day_from) & (Visit.day <= day_to))
                               .group_by(Visit.consultant, Visit.first_visit).tuples()):
        r = row(staff_id)
        r.receptions += n
        r.first += n if first else 0
    for staff_id, n in (FollowUp.select(FollowUp.staff, fn.COUNT(FollowUp.id))
                        .where((FollowUp.at >= start) & (FollowUp.at < end) & (FollowUp.at < cut))
                        .group_by(FollowUp.staff).tuples()):
        row(staff_id).follow_ups += n
    schedules = [s for s in _schedules(day_from, min(day_to, as_of))]
    contacts = _contacts({cid for _s, cid, _a, _d in schedules})
    for staff_id, cid, promised, due in schedules:
        kept = any(promised < c < cut and c.date() <= due for c in contacts.get(cid, ()))
        if due >= as_of and not kept:
            continue  # due today or later and not made yet: not late yet
        r = row(staff_id)
        r.due += 1
        r.kept += kept
    firsts = dict(Visit.select(Visit.customer, fn.MIN(Visit.day)).where(Visit.customer.in_(
        Subscription.select(Subscription.customer).where((Subscription.day >= day_from) & (Subscription.day <= day_to))))
        .group_by(Visit.customer).tuples())
    for staff_id, cid, day, withdrawn_at in (
            Subscription.select(Subscription.consultant, Subscription.customer, Subscription.day,
                                Subscription.withdrawn_at)
            .where((Subscription.day >= day_from) & (Subscription.day <= day_to) & (Subscription.decided_at < cut)
                   & Subscription.status.in_(("approved", "withdrawn"))).tuples()):
        if withdrawn_at is not None and withdrawn_at < cut:
            continue
        r = row(staff_id)
        r.subscriptions += 1
        if cid in firsts:
            r.days_to_subscription.append((_as_date(day) - _as_date(firsts[cid])).days)
    for staff_id, n in (Contract.select(Contract.consultant, fn.COUNT(Contract.id))
                        .where((Contract.day >= day_from) & (Contract.day <= day_to) & (Contract.status == "approved")
                               & (Contract.decided_at < cut)).group_by(Contract.consultant).tuples()):
        row(staff_id).contracts += n
    result = [r for r in rows.values() if r.staff_id is not None or r.receptions]
    result.sort(key=lambda r: (-r.subscriptions, -r.contracts, -r.receptions, r.name))
    return result


def all_time(*, as_of: dt.date | None = None) -> Funnel:
    """The funnel of every customer's first visit since the first one on record."""
    as_of = as_of or now().date()
    first = Visit.select(fn.MIN(Visit.day)).scalar()
    first = _as_date(first) if first else as_of
    return funnel(min(first, as_of), as_of, as_of=as_of)
