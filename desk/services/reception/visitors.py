"""Customers and their visits: lookup by phone, registration, ownership (首接负责), claims,
follow-ups, the 认知途径 list, visit lists and retention (anonymisation).

Phones are stored as 11 digits (mainland mobile) or NULL (无手机号); ``phone_rev`` holds the
reversed digits so both a prefix and the last digits are found through an index.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import JOIN

from desk import settings
from desk.clock import now
from desk.db.base import db, publish, query_text, retrying
from desk.db.core import Staff
from desk.db.reception import (
    Customer, FollowUp, OwnershipChange, OwnershipClaim, Visit, VisitSource,
)
from desk.services.core import audit
from desk.services.reception import rotation
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core import named_lists
from desk.services.core.privacy import phone_for
from desk.services.core.session import Session
from desk.services.core.staff import staff_name

PHONE_RE = re.compile(r"^1[3-9]\d{9}$")
TITLES = [QT_TRANSLATE_NOOP("reception", "先生"), QT_TRANSLATE_NOOP("reception", "女士")]
COMPANY = [QT_TRANSLATE_NOOP("reception", "独自"), QT_TRANSLATE_NOOP("reception", "家人"),
           QT_TRANSLATE_NOOP("reception", "朋友")]
TRANSPORT = [QT_TRANSLATE_NOOP("reception", "步行"), QT_TRANSLATE_NOOP("reception", "自驾")]
GRADES = ["A", "B", "C", "D"]
AGE_BANDS = [QT_TRANSLATE_NOOP("reception", "25岁以下"), QT_TRANSLATE_NOOP("reception", "25-35岁"),
             QT_TRANSLATE_NOOP("reception", "36-45岁"), QT_TRANSLATE_NOOP("reception", "46-55岁"),
             QT_TRANSLATE_NOOP("reception", "55岁以上")]
LOCATIONS = [QT_TRANSLATE_NOOP("reception", "沙盘"), QT_TRANSLATE_NOOP("reception", "洽谈区"),
             QT_TRANSLATE_NOOP("reception", "样板间"), QT_TRANSLATE_NOOP("reception", "VIP室")]
MAX_PARTY = 30
MIN_LOOKUP_DIGITS = 4
LOOKUP_LIMIT = 20


# -- phones ---------------------------------------------------------------------------------
def digits_of(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def normalise_phone(text: str | None) -> str:
    """A mainland mobile as 11 digits (spaces, dashes and +86 dropped) or ValidationError."""
    digits = digits_of(text)
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if not PHONE_RE.match(digits):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "desk", "手机号格式不正确：{phone}（须为 1 开头的 11 位大陆手机号；没有手机号请选择“无手机号”）"),
            phone=(text or "").strip() or "空")
    return digits


# -- lookup ---------------------------------------------------------------------------------
@dataclass
class Match:
    customer_id: int
    name: str
    phone: str  # as the session may see it
    visit_count: int
    last_visit: dt.datetime | None
    last_grade: str
    owner_id: int | None
    owner_name: str
    owner_live: bool
    in_hall_visit_id: int | None = None


def lapse_days() -> int:
    return settings.get("ownership_lapse_days")


def ownership_live(customer: Customer, at: dt.datetime | None = None) -> bool:
    """The owner still owns the customer: a visit or follow-up within the lapse days."""
    if customer.owner_id is None or customer.last_contact_at is None:
        return False
    at = at or now()
    return (at - customer.last_contact_at) <= dt.timedelta(days=lapse_days())


def _range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + ":"  # ':' sorts right after '9': an index range scan


def lookup_query(text: str, limit: int = LOOKUP_LIMIT):
    """The indexed query behind ``lookup``: phones starting with the digits, or ending with them."""
    digits = digits_of(text)
    lo, hi = _range(digits)
    rlo, rhi = _range(digits[::-1])
    by_head = Customer.select(Customer.id).where((Customer.phone >= lo) & (Customer.phone < hi)).limit(limit)
    by_tail = Customer.select(Customer.id).where((Customer.phone_rev >= rlo) & (Customer.phone_rev < rhi)).limit(limit)
    ids = [r for (r,) in by_head.tuples()] + [r for (r,) in by_tail.tuples()]
    return ids


# One statement for the hot path (every key typed in the phone field): the head and tail index
# ranges, the owner's name and the open visit, read as plain tuples.
LOOKUP_SQL = """
SELECT c.id, c.surname, c.title, c.phone, c.visit_count, c.last_contact_at, c.last_grade, c.owner_id, s.name,
       (SELECT v.id FROM visit AS v WHERE v.customer_id = c.id AND v.departed_at IS NULL LIMIT 1)
FROM customer AS c LEFT JOIN staff AS s ON s.id = c.owner_id
WHERE c.id IN (SELECT id FROM (SELECT id FROM customer WHERE phone >= {p} AND phone < {p} LIMIT {p}) AS h
               UNION SELECT id FROM (SELECT id FROM customer WHERE phone_rev >= {p} AND phone_rev < {p} LIMIT {p}) AS t)
"""

SURNAME_SQL = LOOKUP_SQL.split("WHERE c.id IN")[0] + """WHERE c.surname = {p}
ORDER BY c.last_contact_at DESC NULLS LAST LIMIT {p}"""


def _as_datetime(value):
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def lookup(session: Session | None, text: str, *, at: dt.datetime | None = None,
           limit: int = LOOKUP_LIMIT) -> list[Match]:
    """Customers matching what was typed: 4+ digits match the start or the end of the phone; a
    surname (non-digits) matches exactly. Phones come back masked unless the session may see them.
    An exact number comes first, then the most recent."""
    text = (text or "").strip()
    digits = digits_of(text)
    if digits and len(digits) >= MIN_LOOKUP_DIGITS:
        rev = digits[::-1]
        rows = db.execute_sql(query_text(LOOKUP_SQL), (digits, digits + ":", limit, rev, rev + ":", limit)).fetchall()
    elif text and not digits:
        rows = db.execute_sql(query_text(SURNAME_SQL), (text, limit)).fetchall()
    else:
        return []
    at = at or now()
    window = dt.timedelta(days=lapse_days())
    out = []
    for cid, surname, title, phone, count, last, grade, owner_id, owner_name, open_id in rows:
        last = _as_datetime(last)
        live = owner_id is not None and last is not None and (at - last) <= window
        out.append(Match(cid, f"{surname}{title}" if surname else "", phone_for(session, phone, owner_id), count,
                         last, grade, owner_id, owner_name or "", live, open_id))
        out[-1]._exact = phone == digits
    out.sort(key=lambda m: (not m._exact, -(m.last_visit.timestamp() if m.last_visit else 0)))
    return out[:limit]


def customer_history(customer_id: int, limit: int = 10) -> list[Visit]:
    return list(Visit.select().where(Visit.customer == customer_id).order_by(Visit.arrived_at.desc()).limit(limit))


def get_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该客户"))
    return customer


def customers_by_id(ids) -> dict[int, Customer]:
    """Customers by id (one query), for lists that name many."""
    ids = list(set(ids))
    return {c.id: c for c in Customer.select().where(Customer.id.in_(ids))} if ids else {}


def find_by_phone(phone: str) -> Customer | None:
    return Customer.get_or_none(Customer.phone == digits_of(phone))


# -- sources (认知途径) ------------------------------------------------------------------------
def sources(active_only: bool = True) -> list[VisitSource]:
    return named_lists.entries(VisitSource, active_only)


@retrying
def add_source(session: Session, name: str) -> VisitSource:
    session.require("reception.manage")
    name = (name or "").strip()
    if not name or len(name) > 20:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "认知途径名称须为 1 到 20 个字"))
    return named_lists.add_or_reactivate(session, VisitSource, name, kind="visit_source",
                                         exists=QT_TRANSLATE_NOOP("desk", "认知途径“{name}”已存在"))


@retrying
def set_source_active(session: Session, source_id: int, active: bool) -> None:
    session.require("reception.manage")
    named_lists.set_active(session, VisitSource, source_id, active, kind="visit_source",
                           missing=QT_TRANSLATE_NOOP("desk", "找不到该认知途径"))


# -- registration ----------------------------------------------------------------------------
@dataclass
class Registration:
    customer_id: int | None = None  # a known customer picked from the lookup
    surname: str = ""
    title: str = ""
    phone: str = ""
    no_phone: bool = False
    party_size: int = 1
    company: str = "独自"
    source_id: int | None = None
    transport: str = ""
    plate: str = ""
    home_district: str = ""
    work_district: str = ""
    age_band: str = ""
    needs: str = ""
    grade: str = ""
    notes: str = ""
    consultant_id: int | None = None  # None: the owner while live, else the next in rotation
    location: str = "沙盘"
    claim_note: str = ""


class AlreadyInHall(ValidationError):
    """The customer's group is still in the hall; ``visit_id`` is that group."""

    def __init__(self, visit: Visit, consultant: str):
        self.visit_id = visit.id
        super().__init__(QT_TRANSLATE_NOOP("desk", "该客户已在大厅（{location}，顾问 {consultant}，{time} 到访），不能重复登记"),
                         location=visit.location, consultant=consultant or "-",
                         time=visit.arrived_at.strftime("%H:%M"))


def open_visit_of(customer_id: int) -> Visit | None:
    return Visit.get_or_none((Visit.customer == customer_id) & Visit.departed_at.is_null())


def _check(reg: Registration) -> None:
    try:
        size = int(reg.party_size)
    except (TypeError, ValueError):
        size = 0
    if not 1 <= size <= MAX_PARTY:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "来访人数须为 1 到 {max} 人（填写的是 {size}）"),
                              max=MAX_PARTY, size=reg.party_size)
    reg.party_size = size
    if reg.company not in COMPANY:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "同行须为：独自、家人或朋友"))
    if reg.party_size == 1 and reg.company != "独自":
        pass  # a person may register for family arriving later; allowed
    if reg.grade and reg.grade not in GRADES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "意向等级须为 A、B、C 或 D"))
    if reg.transport and reg.transport not in TRANSPORT:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "交通方式须为步行或自驾"))
    reg.plate = (reg.plate or "").strip().upper()
    if reg.plate and len(reg.plate) > 10:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "车牌号太长：{plate}"), plate=reg.plate)
    if reg.title and reg.title not in TITLES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "称呼须为先生或女士"))
    if reg.location not in LOCATIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的位置：{location}"), location=reg.location)
    if reg.age_band and reg.age_band not in AGE_BANDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的年龄段：{band}"), band=reg.age_band)
    reg.surname = (reg.surname or "").strip()
    if len(reg.surname) > 8:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "姓氏太长"))


def _set_owner(session: Session, customer: Customer, staff_id: int, reason: str, at: dt.datetime) -> None:
    OwnershipChange.create(customer=customer.id, at=at, from_staff=customer.owner_id, to_staff=staff_id,
                           reason=reason, by=session.staff_id)
    customer.owner = staff_id
    customer.owner_since = at


@retrying
def register_visit(session: Session, reg: Registration, *, at: dt.datetime | None = None) -> Visit:
    """Register an arriving group. First or return visit is decided from the data; the consultant
    is the live owner, else the next in rotation (or ``reg.consultant_id``; choosing someone other
    than a live owner files a claim for the supervisor, ownership unchanged)."""
    session.require("reception.register")
    _check(reg)
    at = at or now()
    day = at.date()
    with db.atomic():
        # a PC registering at the same moment waits here: the next consultant is read and moved
        # to the back by one PC at a time, and one customer never gets two open visits or records
        rotation.lock_day(day)
        customer: Customer | None = None
        if reg.customer_id is not None:
            customer = get_customer(reg.customer_id)
        elif reg.no_phone:
            if not reg.surname:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有手机号的客户须填写姓氏"))
        else:
            if not (reg.phone or "").strip():
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写手机号，或选择“无手机号”"))
            phone = normalise_phone(reg.phone)
            customer = Customer.get_or_none(Customer.phone == phone)
            if customer is None:
                if not reg.surname:
                    raise ValidationError(QT_TRANSLATE_NOOP("desk", "新客户须填写姓氏"))
                customer = Customer(phone=phone, phone_rev=phone[::-1])
        if customer is None:
            customer = Customer(phone=None, phone_rev=None)
        if customer.id is not None:
            open_visit = open_visit_of(customer.id)
            if open_visit is not None:
                raise AlreadyInHall(open_visit, staff_name(open_visit.consultant_id))
        if reg.source_id is not None and not VisitSource.select().where(VisitSource.id == reg.source_id).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的认知途径"))
        first = customer.id is None or customer.visit_count == 0
        live = customer.id is not None and ownership_live(customer, at)
        owner_id = customer.owner_id if live else None

        rotation.ensure_day(day)
        next_id = rotation.next_consultant(day)
        consultant_id = reg.consultant_id
        if consultant_id is None:
            consultant_id = owner_id if owner_id else next_id
            if consultant_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "当前没有可接待的顾问（全部被跳过或未排班）"))
        else:
            person = Staff.get_or_none((Staff.id == consultant_id) & (Staff.active == True))  # noqa: E712
            if person is None or "consultant" not in person.role_list:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "所选人员不是在岗的置业顾问"))
        if owner_id and consultant_id == owner_id:
            action = "owner"
        elif consultant_id == next_id and not owner_id:
            action = "assign"
        else:
            action = "chosen"

        before = audit.snapshot(customer) if customer.id else None
        if customer.id is None or not customer.surname:
            if reg.surname:
                customer.surname = reg.surname
        if reg.title:
            customer.title = reg.title
        for name in ("home_district", "work_district", "age_band"):
            value = (getattr(reg, name) or "").strip()
            if value:
                setattr(customer, name, value)
        if reg.grade:
            customer.last_grade = reg.grade
        customer.visit_count = (customer.visit_count or 0) + 1
        if customer.id is None:
            customer.save()
        claim_needed = bool(owner_id and consultant_id != owner_id)
        if not live:
            # first registration, or the owner lapsed: whoever receives them now owns them
            if customer.owner_id is None:
                _set_owner(session, customer, consultant_id, "first", at)
            elif customer.owner_id != consultant_id:
                _set_owner(session, customer, consultant_id, "lapsed", at)
        customer.last_contact_at = at
        customer.save()
        visit = Visit.create(
            customer=customer.id, day=day, arrived_at=at, party_size=reg.party_size, company=reg.company,
            first_visit=first, source=reg.source_id, transport=reg.transport, plate=reg.plate,
            needs=(reg.needs or "").strip(), grade=reg.grade, notes=(reg.notes or "").strip(),
            consultant=consultant_id, assignment=action, location=reg.location, registered_by=session.staff_id)
        if claim_needed:
            OwnershipClaim.create(customer=customer.id, visit=visit.id, claimant=consultant_id, owner=owner_id,
                                  at=at, note=(reg.claim_note or "").strip())
        rotation.take_turn(session, consultant_id, visit.id, day=day, action=action, at=at)
        audit.record(session, "create", "visit", visit.id, after=audit.snapshot(visit))
        for topic in ("visits", "hall", "rotation"):  # the other PCs' lists, hall boards, bar, rotation
            publish(topic, visit.id)
        audit.record(session, "change" if before else "create", "customer", customer.id, before=before,
                     after=audit.snapshot(customer))
    return visit


# -- ownership -------------------------------------------------------------------------------
@retrying
def add_follow_up(session: Session, customer_id: int, note: str = "", *, at: dt.datetime | None = None) -> FollowUp:
    """A follow-up (call, message) by a consultant; the owner's follow-up keeps ownership live."""
    session.require("reception.register")
    at = at or now()
    with db.atomic():
        customer = get_customer(customer_id)
        entry = FollowUp.create(customer=customer_id, staff=session.staff_id, at=at, note=(note or "").strip())
        if customer.owner_id == session.staff_id and ownership_live(customer, at):
            Customer.update(last_contact_at=at).where(Customer.id == customer_id).execute()
        audit.record(session, "create", "follow_up", entry.id, after=audit.snapshot(entry))
    return entry


@retrying
def claim_customer(session: Session, customer_id: int, note: str = "", *,
                   at: dt.datetime | None = None) -> OwnershipClaim:
    """A consultant claims a customer owned by someone else: flagged for the supervisor."""
    session.require("reception.register")
    at = at or now()
    with db.atomic():
        customer = get_customer(customer_id)
        if customer.owner_id == session.staff_id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "您已是该客户的归属顾问"))
        if OwnershipClaim.select().where((OwnershipClaim.customer == customer_id)
                                         & (OwnershipClaim.claimant == session.staff_id)
                                         & (OwnershipClaim.status == "pending")).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "您对该客户的归属申请还在等待主管处理"))
        claim = OwnershipClaim.create(customer=customer_id, claimant=session.staff_id, owner=customer.owner_id,
                                      at=at, note=(note or "").strip())
        audit.record(session, "create", "ownership_claim", claim.id, after=audit.snapshot(claim))
    return claim


def claims(status: str | None = "pending"):
    query = OwnershipClaim.select().order_by(OwnershipClaim.at.desc(), OwnershipClaim.id.desc())
    if status:
        query = query.where(OwnershipClaim.status == status)
    return query


@retrying
def decide_claim(session: Session, claim_id: int, approve: bool, note: str = "", *,
                 at: dt.datetime | None = None) -> OwnershipClaim:
    """The supervisor approves (ownership moves to the claimant) or rejects (owner stays)."""
    session.require("reception.manage")
    at = at or now()
    with db.atomic():
        claim = OwnershipClaim.get_or_none(OwnershipClaim.id == claim_id)
        if claim is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该归属申请"))
        if claim.status != "pending":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该归属申请已处理"))
        before = audit.snapshot(claim)
        claim.status = "approved" if approve else "rejected"
        claim.decided_by, claim.decided_at, claim.decision_note = session.staff_id, at, (note or "").strip()
        claim.save()
        if approve:
            customer = Customer.get_by_id(claim.customer_id)
            _set_owner(session, customer, claim.claimant_id, "claim", at)
            customer.last_contact_at = at
            customer.save()
        audit.record(session, "change", "ownership_claim", claim.id, before=before, after=audit.snapshot(claim))
    return claim


# -- lists -----------------------------------------------------------------------------------
@dataclass
class VisitFilter:
    day_from: dt.date | None = None
    day_to: dt.date | None = None
    consultant_id: int | None = None
    source_id: int | None = None
    grade: str = ""
    text: str = ""  # full or partial phone (digits) or surname
    first_only: bool | None = None
    extra: dict = field(default_factory=dict)


def visit_query(flt: VisitFilter | None = None):
    """Visits (joined with the customer), newest first. Phone search works on the full number."""
    flt = flt or VisitFilter()
    query = (Visit.select(Visit, Customer).join(Customer, JOIN.INNER, on=(Visit.customer == Customer.id))
             .order_by(Visit.arrived_at.desc(), Visit.id.desc()))
    if flt.day_from:
        query = query.where(Visit.day >= flt.day_from)
    if flt.day_to:
        query = query.where(Visit.day <= flt.day_to)
    if flt.consultant_id:
        query = query.where(Visit.consultant == flt.consultant_id)
    if flt.source_id:
        query = query.where(Visit.source == flt.source_id)
    if flt.grade:
        query = query.where(Visit.grade == flt.grade)
    if flt.first_only is not None:
        query = query.where(Visit.first_visit == flt.first_only)
    text = (flt.text or "").strip()
    if text:
        digits = digits_of(text)
        if digits and len(digits) == len(text.replace(" ", "")):
            ids = lookup_query(digits, limit=1000) if len(digits) >= MIN_LOOKUP_DIGITS else []
            query = query.where(Visit.customer.in_(ids))
        else:
            query = query.where(Customer.surname == text)
    return query


# -- retention -------------------------------------------------------------------------------
def _months_back(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _anonymise_targets(months: int, today: dt.date):
    cutoff = _months_back(today, months)
    cutoff_at = dt.datetime.combine(cutoff, dt.time())
    recent = Visit.select(Visit.customer).where(Visit.day >= cutoff)
    customers = Customer.select(Customer.id).where(
        (Customer.anonymised == False) & Customer.id.not_in(recent)  # noqa: E712
        & ((Customer.last_contact_at < cutoff_at) | Customer.last_contact_at.is_null()))
    visits = Visit.select(Visit.id).where((Visit.day < cutoff) & ((Visit.plate != "") | (Visit.notes != "")))
    return cutoff, customers, visits


def anonymise_preview(months: int | None = None, today: dt.date | None = None) -> dict:
    """What ``anonymise`` would do: the cutoff date, customers and visits touched, visits kept."""
    months = settings.get("visit_retention_months") if months is None else months
    today = today or dt.date.today()
    if not months:
        return {"enabled": False, "cutoff": None, "customers": 0, "visits": 0,
                "old_visits": 0}
    cutoff, customers, visits = _anonymise_targets(months, today)
    return {"enabled": True, "cutoff": cutoff, "customers": customers.count(), "visits": visits.count(),
            "old_visits": Visit.select().where(Visit.day < cutoff).count()}


@retrying
def anonymise(session: Session, months: int | None = None, today: dt.date | None = None) -> dict:
    """Remove names, phones, plates and notes of visits older than N months. Visits stay (counts,
    sources, grades, consultants, times) so the figures do not change."""
    session.require("settings.edit")
    months = settings.get("visit_retention_months") if months is None else months
    if not months:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未启用来访记录匿名化（保留月数为 0）"))
    today = today or dt.date.today()
    with db.atomic():
        preview = anonymise_preview(months, today)
        cutoff, customers, visits = _anonymise_targets(months, today)
        customer_ids = [r for (r,) in customers.tuples()]
        visit_ids = [r for (r,) in visits.tuples()]
        for start in range(0, len(customer_ids), 500):
            chunk = customer_ids[start:start + 500]
            Customer.update(surname="", title="", phone=None, phone_rev=None, anonymised=True).where(
                Customer.id.in_(chunk)).execute()
            OwnershipClaim.update(note="").where(OwnershipClaim.customer.in_(chunk)).execute()
            FollowUp.update(note="").where(FollowUp.customer.in_(chunk)).execute()
        for start in range(0, len(visit_ids), 500):
            Visit.update(plate="", notes="").where(Visit.id.in_(visit_ids[start:start + 500])).execute()
        audit.record(session, "anonymise", "customer", None, after={
            "cutoff": str(cutoff), "customers": len(customer_ids), "visits": len(visit_ids)})
    return preview
