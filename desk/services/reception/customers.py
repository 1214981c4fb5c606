"""我的客户: the customers a consultant owns, with what is due, and the daily reminders.

A customer is owned while the owner's last contact (a visit, or the owner's follow-up) is within
``ownership_lapse_days``; ``days_left`` counts the days until the lapse. A follow-up is due on
the customer's ``next_due`` (from the newest completion or follow-up). Reminders for a day:
customers lapsing within ``LAPSE_WARN_DAYS``, follow-ups overdue, and warm customers (grade A or B)
whose ownership lapsed in the last ``RETURNED_DAYS`` days (returned to the pool: the next visit goes
to the rotation). Most first visitors never come back and lapse quietly; they are not listed.
A consultant sees their own; a supervisor (``reception.manage``) sees everyone's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk.clock import now
from desk.db.reception import Customer, FollowUp
from desk.services.core.privacy import phone_for
from desk.services.core.session import Session
from desk.services.core.staff import staff_names
from desk.services.reception import outcomes
from desk.services.reception.visitors import get_customer, lapse_days

LAPSE_WARN_DAYS = 3
RETURNED_DAYS = 7
WARM_GRADES = ("A", "B")
GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}


@dataclass
class CustomerRow:
    id: int
    name: str
    phone: str  # as the session may see it
    owner_id: int | None
    owner_name: str
    last_contact: dt.datetime | None
    grade: str
    next_step: str
    next_due: dt.date | None
    lapses_on: dt.date | None  # the day ownership lapses (or lapsed)
    days_left: int | None  # days from today until the lapse (negative: lapsed)
    visit_count: int
    stage: str = ""  # a key of outcomes.STAGES, or ""
    today: dt.date | None = None

    @property
    def due(self) -> bool:
        """A follow-up is due today or overdue."""
        return self.next_due is not None and self.today is not None and self.next_due <= self.today

    @property
    def overdue(self) -> bool:
        return self.next_due is not None and self.today is not None and self.next_due < self.today

    @property
    def lapsing(self) -> bool:
        """Ownership lapses within LAPSE_WARN_DAYS (and has not yet)."""
        return self.days_left is not None and 0 <= self.days_left <= LAPSE_WARN_DAYS

    @property
    def lapsed(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def _rows(session: Session | None, customers, at: dt.datetime) -> list[CustomerRow]:
    customers = list(customers)
    names = staff_names()
    window = dt.timedelta(days=lapse_days())
    stage = outcomes.stages(c.id for c in customers)
    today = at.date()
    rows = []
    for c in customers:
        lapse_at = c.last_contact_at + window if c.last_contact_at else None
        rows.append(CustomerRow(
            c.id, c.display_name, phone_for(session, c.phone, c.owner_id), c.owner_id,
            names.get(c.owner_id, ""), c.last_contact_at, c.last_grade, c.next_step, c.next_due,
            lapse_at.date() if lapse_at else None,
            (lapse_at.date() - today).days if lapse_at else None, c.visit_count, stage.get(c.id, ""), today))
    return rows


def _urgency(row: CustomerRow):
    """Most urgent first: follow-ups due, then ownership about to lapse, then by the next date."""
    return (not row.due, not row.lapsing, row.next_due or dt.date.max, row.days_left if row.days_left is not None
            else 10**6, row.name)


def _scope(session: Session, staff_id: int | None) -> int | None:
    """Whose customers the session may list: its own, or (a supervisor) anyone's / everyone's."""
    if not session.can("reception.manage"):
        session.require("reception.outcome")
        return session.staff_id
    return staff_id


def my_customers(session: Session, *, staff_id: int | None = None, at: dt.datetime | None = None,
                 text: str = "") -> list[CustomerRow]:
    """The customers a consultant owns now (a supervisor: ``staff_id``'s, or every owned customer
    when None), most urgent first. ``text`` narrows to a surname or part of the phone."""
    at = at or now()
    owner = _scope(session, staff_id)
    live_since = at - dt.timedelta(days=lapse_days())
    query = Customer.select().where(Customer.owner.is_null(False) & (Customer.last_contact_at >= live_since))
    if owner is not None:
        query = query.where(Customer.owner == owner)
    text = (text or "").strip()
    if text:
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits and len(digits) == len(text):
            query = query.where(Customer.phone.contains(digits))
        else:
            query = query.where(Customer.surname == text)
    return sorted(_rows(session, query, at), key=_urgency)


def customer_row(session: Session, customer_id: int, *, at: dt.datetime | None = None) -> CustomerRow:
    return _rows(session, [get_customer(customer_id)], at or now())[0]


@dataclass
class Reminders:
    day: dt.date
    scope: str  # own / all
    lapsing: list[CustomerRow]
    overdue: list[CustomerRow]
    returned: list[CustomerRow]  # warm ones lapsed in the last RETURNED_DAYS days: back in the pool

    @property
    def total(self) -> int:
        return len(self.lapsing) + len(self.overdue) + len(self.returned)


def reminders(session: Session, *, at: dt.datetime | None = None, staff_id: int | None = None) -> Reminders:
    """The day's reminder list: a consultant's own, or everyone's for a supervisor."""
    at = at or now()
    owner = _scope(session, staff_id)
    window = dt.timedelta(days=lapse_days())
    today = at.date()
    live_since = at - window
    # Ownership lapses at last_contact_at + window: lapsing ones (by day, within LAPSE_WARN_DAYS)
    # and those lapsed in the last RETURNED_DAYS days lie in one range of last_contact_at.
    warn_until = dt.datetime.combine(today + dt.timedelta(days=LAPSE_WARN_DAYS + 1), dt.time()) - window
    near = Customer.select().where(Customer.owner.is_null(False)
                                   & (Customer.last_contact_at >= live_since - dt.timedelta(days=RETURNED_DAYS))
                                   & (Customer.last_contact_at < warn_until))
    late = Customer.select().where(Customer.owner.is_null(False) & (Customer.next_due < today)
                                   & (Customer.last_contact_at >= live_since))
    if owner is not None:
        near, late = near.where(Customer.owner == owner), late.where(Customer.owner == owner)
    lapsing, returned = [], []
    for row in _rows(session, near, at):
        if row.last_contact < live_since:
            if row.grade in WARM_GRADES:
                returned.append(row)
        elif row.lapsing:
            lapsing.append(row)
    overdue = _rows(session, late, at)
    grade = lambda r: GRADE_ORDER.get(r.grade, 4)  # noqa: E731
    lapsing.sort(key=lambda r: (r.days_left, grade(r), r.owner_name, r.name))
    overdue.sort(key=lambda r: (r.next_due, grade(r), r.owner_name, r.name))
    returned.sort(key=lambda r: (-r.lapses_on.toordinal(), grade(r), r.owner_name, r.name))
    return Reminders(today, "own" if owner is not None else "all", lapsing, overdue, returned)


@dataclass
class FollowUpRow:
    id: int
    at: dt.datetime
    staff_name: str
    channel: str  # a key of visitors.CHANNELS, or ""
    outcome: str
    next_step: str
    next_date: dt.date | None
    due_on: dt.date | None

    @property
    def on_time(self) -> bool | None:
        """Made by the date it was due (None when nothing was due)."""
        return None if self.due_on is None else self.at.date() <= self.due_on


def follow_ups(customer_id: int) -> list[FollowUpRow]:
    names = staff_names()
    return [FollowUpRow(f.id, f.at, names.get(f.staff_id, ""), f.channel, f.note, f.next_step, f.next_date, f.due_on)
            for f in FollowUp.select().where(FollowUp.customer == customer_id)
            .order_by(FollowUp.at.desc(), FollowUp.id.desc())]
