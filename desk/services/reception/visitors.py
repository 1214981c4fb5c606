"""Customers and their visits: lookup by phone, registration, ownership (首接负责), claims,
follow-ups, the 认知途径 list, visit lists and retention (anonymisation).

Phones are stored as 11 digits (mainland mobile) or NULL (无手机号); ``phone_rev`` holds the
reversed digits so both a prefix and the last digits are found through an index.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import JOIN

from desk import settings
from desk.clock import now
from desk.db.base import db, publish, query_text, retrying
from desk.db.core import AuditEntry, Staff
from desk.db.reception import (
    Customer, FollowUp, OwnershipChange, OwnershipClaim, Visit, VisitSource,
)
from desk.services.core import audit, inputs
from desk.services.reception import rotation
from desk.services.reception.completions import refresh_customer
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core import named_lists
from desk.services.core.privacy import (
    Mask, MaskedQuery, masked, may_see_phone, phone_for, scrub_numbers, scrub_snapshot,
)
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


# What a session sees of a customer's visits: the customer's phone, as its owner may.
VISIT_MASK = Mask(related={"customer": Mask(phones=("phone",), owner="owner_id")})
CUSTOMER_MASK = Mask(phones=("phone",), owner="owner_id")


# -- phones ---------------------------------------------------------------------------------
def digits_of(text) -> str:
    """The ASCII digits of what was typed (full-width digits read as ASCII)."""
    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", inputs.clean(text)))


def normalise_phone(text: str | None) -> str:
    """A mainland mobile as 11 digits (spaces, dashes and +86 dropped) or ValidationError."""
    return inputs.mobile(text)


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
    limit = inputs.integer(limit, "条数", minimum=1, maximum=10000)
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


def _lookup_rows(condition, limit: int) -> list[tuple]:
    """The columns of LOOKUP_SQL for the customers matching ``condition``."""
    open_visit = (Visit.select(Visit.id).where((Visit.customer == Customer.id) & Visit.departed_at.is_null())
                  .limit(1))
    return list(Customer.select(Customer.id, Customer.surname, Customer.title, Customer.phone,
                                Customer.visit_count, Customer.last_contact_at, Customer.last_grade,
                                Customer.owner, Staff.name, open_visit)
                .join(Staff, JOIN.LEFT_OUTER, on=(Staff.id == Customer.owner)).where(condition)
                .limit(limit).tuples())


def _as_datetime(value):
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def lookup(session: Session, text: str, *, surname: str = "", at: dt.datetime | None = None,
           limit: int = LOOKUP_LIMIT) -> list[Match]:
    """Customers matching what was typed, for a person who registers visitors. Phones come back
    masked unless the session may see them; an exact number comes first, then the most recent.

    Who may see numbers (supervisors) finds by 4 or more digits at the start or the end of the phone,
    or by a surname. Anyone else needs the full 11 digits, or the last 4 digits with the surname
    ("5678 王", or ``surname``): a masked number can then not be rebuilt digit by digit from lookups."""
    session.require("reception.register")
    text = unicodedata.normalize("NFKC", inputs.clean(text))
    digits = digits_of(text)
    surname = inputs.clean(surname) or re.sub(r"[0-9\s\-+]", "", text)
    limit = inputs.integer(limit, "条数", minimum=1, maximum=200)
    at = inputs.moment(at, "时间", default=now())
    if may_see_phone(session) and not (len(digits) == 4 and surname):
        if len(digits) >= MIN_LOOKUP_DIGITS:
            rev = digits[::-1]
            rows = db.execute_sql(query_text(LOOKUP_SQL), (digits, digits + ":", limit, rev, rev + ":", limit)).fetchall()
        elif surname and not digits:
            rows = db.execute_sql(query_text(SURNAME_SQL), (surname, limit)).fetchall()
        else:
            return []
    elif len(digits) == 11:
        rows = _lookup_rows(Customer.phone == digits, limit)
    elif len(digits) == 4 and surname:
        lo, hi = _range(digits[::-1])
        rows = _lookup_rows((Customer.surname == surname) & (Customer.phone_rev >= lo) & (Customer.phone_rev < hi),
                            limit)
    else:
        return []
    window = dt.timedelta(days=lapse_days())
    out = []
    for cid, surname_, title, phone, count, last, grade, owner_id, owner_name, open_id in rows:
        last = _as_datetime(last)
        live = owner_id is not None and last is not None and (at - last) <= window
        out.append(Match(cid, f"{surname_}{title}" if surname_ else "", phone_for(session, phone, owner_id), count,
                         last, grade, owner_id, owner_name or "", live, open_id))
        out[-1]._exact = phone == digits
    out.sort(key=lambda m: (not m._exact, -(m.last_visit.timestamp() if m.last_visit else 0)))
    return out[:limit]


def customer_history(session: Session, customer_id: int, limit: int = 10) -> list:
    """A customer's latest visits, for a person who registers visitors (the phone masked for them)."""
    session.require("reception.register")
    limit = inputs.integer(limit, "条数", minimum=1, maximum=200)
    query = Visit.select().where(Visit.customer == customer_id).order_by(Visit.arrived_at.desc()).limit(limit)
    return list(MaskedQuery(session, query, VISIT_MASK))


def get_customer(customer_id: int) -> Customer:
    """The customer record for a write of the services here (the UI asks ``find_by_phone``)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该客户"))
    return customer


def find_by_phone(session: Session, phone: str):
    """The customer with this full number (masked for the session), or None."""
    session.require("reception.register")
    digits = digits_of(phone)
    if len(digits) != 11:
        return None
    return masked(session, Customer.get_or_none(Customer.phone == digits), CUSTOMER_MASK)


def customers_by_id(session: Session, ids) -> dict[int, Customer]:
    """Customers by id (one query, masked for the session), for lists that name many."""
    session.require_any("reception.register", "reception.manage")
    try:
        given = [ids] if isinstance(ids, (str, bytes)) else list(ids)
    except TypeError:  # one id rather than several
        given = [ids]
    ids = list({i for i in map(inputs.record_id, given) if i is not None})
    found = Customer.select().where(Customer.id.in_(ids)) if ids else []
    return {c.id: masked(session, c, CUSTOMER_MASK) for c in found}


# -- sources (认知途径) ------------------------------------------------------------------------
def sources(active_only: bool = True) -> list[VisitSource]:
    return named_lists.entries(VisitSource, active_only)


@retrying
def add_source(session: Session, name: str) -> VisitSource:
    session.require("reception.manage")
    name = inputs.clean(name)
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
    """Every field of a registration cleaned and checked in place (text, choices, sizes)."""
    try:
        reg.party_size = inputs.integer(reg.party_size, "来访人数", minimum=1, maximum=MAX_PARTY)
    except ValidationError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "来访人数须为 1 到 {max} 人（填写的是 {size}）"),
                              max=MAX_PARTY, size=inputs.clean(reg.party_size)[:20]) from None
    if reg.company not in COMPANY:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "同行须为：独自、家人或朋友"))
    reg.grade, reg.transport, reg.title, reg.age_band = (
        inputs.clean(reg.grade), inputs.clean(reg.transport), inputs.clean(reg.title), inputs.clean(reg.age_band))
    if reg.grade and reg.grade not in GRADES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "意向等级须为 A、B、C 或 D"))
    if reg.transport and reg.transport not in TRANSPORT:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "交通方式须为步行或自驾"))
    reg.plate = unicodedata.normalize("NFKC", inputs.clean(reg.plate)).replace(" ", "").upper()
    if len(reg.plate) > 10:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "车牌号太长：{plate}"), plate=reg.plate[:20])
    if reg.title and reg.title not in TITLES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "称呼须为先生或女士"))
    if reg.location not in LOCATIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的位置：{location}"), location=inputs.clean(reg.location))
    if reg.age_band and reg.age_band not in AGE_BANDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的年龄段：{band}"), band=reg.age_band)
    reg.surname = inputs.clean(reg.surname)
    if len(reg.surname) > 8:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "姓氏太长"))
    reg.home_district = inputs.text(reg.home_district, "居住区域", limit=inputs.LABEL_LIMIT)
    reg.work_district = inputs.text(reg.work_district, "工作区域", limit=inputs.LABEL_LIMIT)
    reg.needs = inputs.note(reg.needs, "需求")
    reg.notes = inputs.note(reg.notes, "备注")
    reg.claim_note = inputs.note(reg.claim_note, "归属说明")
    reg.no_phone = bool(reg.no_phone)


def _set_owner(session: Session, customer: Customer, staff_id: int, reason: str, at: dt.datetime) -> None:
    """Give ``customer`` to ``staff_id`` and save it (a new customer is inserted), with the journal entry."""
    previous = customer.owner_id
    customer.owner = staff_id
    customer.owner_since = at
    customer.save()
    OwnershipChange.create(customer=customer.id, at=at, from_staff=previous, to_staff=staff_id,
                           reason=reason, by=session.staff_id)


@retrying
def register_visit(session: Session, reg: Registration, *, at: dt.datetime | None = None) -> Visit:
    """Register an arriving group. First or return visit is decided from the data; the consultant
    is the live owner, else the next in rotation (or ``reg.consultant_id``; choosing someone other
    than a live owner files a claim for the supervisor, ownership unchanged)."""
    session.require("reception.register")
    _check(reg)
    at = inputs.moment(at, "到访时间", default=now())
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
            if not inputs.clean(reg.phone):
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

        slots = rotation.ensure_day(day)  # read under the day's lock: the turn below uses it as it is
        next_id = rotation.next_in(slots)
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
            value = getattr(reg, name)
            if value:
                setattr(customer, name, value)
        if reg.grade:
            customer.last_grade = reg.grade
        customer.visit_count = (customer.visit_count or 0) + 1
        claim_needed = bool(owner_id and consultant_id != owner_id)
        new_owner = None  # first registration, or the owner lapsed: whoever receives them now owns them
        if not live and customer.owner_id != consultant_id:
            new_owner = "first" if customer.owner_id is None else "lapsed"
        customer.last_contact_at = at
        customer.next_step, customer.next_due = "", None  # this visit is the contact that was due
        if new_owner:
            _set_owner(session, customer, consultant_id, new_owner, at)
        else:
            customer.save()
        visit = Visit.create(
            customer=customer.id, day=day, arrived_at=at, party_size=reg.party_size, company=reg.company,
            first_visit=first, source=reg.source_id, transport=reg.transport, plate=reg.plate,
            needs=reg.needs, grade=reg.grade, notes=reg.notes,
            consultant=consultant_id, assignment=action, location=reg.location, registered_by=session.staff_id)
        if claim_needed:
            OwnershipClaim.create(customer=customer.id, visit=visit.id, claimant=consultant_id, owner=owner_id,
                                  at=at, note=reg.claim_note)
        rotation.record_turn(session, slots, consultant_id, visit.id, day=day, action=action, at=at)
        audit.record(session, "create", "visit", visit.id, after=audit.snapshot(visit))
        # the other PCs' lists, hall boards, bar, rotation, and the bar's and the consultant's arrival call
        publish("visits", "hall", "rotation", "arrivals", record_id=visit.id)
        audit.record(session, "change" if before else "create", "customer", customer.id, before=before,
                     after=audit.snapshot(customer))
    return visit


# -- ownership -------------------------------------------------------------------------------
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("reception", "电话"),
    "wechat": QT_TRANSLATE_NOOP("reception", "微信"),
    "visit": QT_TRANSLATE_NOOP("reception", "面访"),
}


@retrying
def add_follow_up(session: Session, customer_id: int, note: str = "", *, channel: str = "",
                  next_date: dt.date | None = None, next_step: str = "",
                  at: dt.datetime | None = None) -> FollowUp:
    """A follow-up (``channel`` phone / wechat / visit; ``note`` the outcome; the next step and
    its date). The owner's follow-up keeps ownership live: the lapse moves on from now."""
    session.require("reception.register")
    at = inputs.moment(at, "时间", default=now())
    note = inputs.note(note, "跟进结果", limit=500)
    next_step = inputs.text(next_step, "下一步", limit=100)
    if channel and channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "跟进方式须为电话、微信或面访"))
    if isinstance(next_date, dt.datetime):
        next_date = next_date.date()
    if next_date is not None:
        next_date = inputs.day(next_date, "下次跟进日期")
        if next_date < at.date():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "下次跟进日期不能早于今天（{day}）"), day=at.date())
    with db.atomic():
        customer = get_customer(customer_id)
        entry = FollowUp.create(customer=customer_id, staff=session.staff_id, at=at, note=note, channel=channel,
                                next_step=next_step, next_date=next_date, due_on=customer.next_due)
        if customer.owner_id == session.staff_id and ownership_live(customer, at):
            Customer.update(last_contact_at=at).where(Customer.id == customer_id).execute()
        refresh_customer(customer_id)
        audit.record(session, "create", "follow_up", entry.id, after=audit.snapshot(entry))
    return entry


@retrying
def claim_customer(session: Session, customer_id: int, note: str = "", *,
                   at: dt.datetime | None = None) -> OwnershipClaim:
    """A consultant claims a customer owned by someone else: flagged for the supervisor."""
    session.require("reception.register")
    at = inputs.moment(at, "时间", default=now())
    note = inputs.note(note, "说明")
    with db.atomic():
        customer = get_customer(customer_id)
        if customer.owner_id == session.staff_id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "您已是该客户的归属顾问"))
        if OwnershipClaim.select().where((OwnershipClaim.customer == customer_id)
                                         & (OwnershipClaim.claimant == session.staff_id)
                                         & (OwnershipClaim.status == "pending")).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "您对该客户的归属申请还在等待主管处理"))
        claim = OwnershipClaim.create(customer=customer_id, claimant=session.staff_id, owner=customer.owner_id,
                                      at=at, note=note)
        audit.record(session, "create", "ownership_claim", claim.id, after=audit.snapshot(claim))
    return claim


def claims(status: str | None = "pending"):
    query = OwnershipClaim.select().order_by(OwnershipClaim.at.desc(), OwnershipClaim.id.desc())
    status = inputs.clean(status)
    if status:
        query = query.where(OwnershipClaim.status == status)
    return query


@retrying
def decide_claim(session: Session, claim_id: int, approve: bool, note: str = "", *,
                 at: dt.datetime | None = None) -> OwnershipClaim:
    """The supervisor approves (ownership moves to the claimant) or rejects (owner stays)."""
    session.require("reception.manage")
    at = inputs.moment(at, "时间", default=now())
    note = inputs.note(note, "处理说明")
    with db.atomic():
        claim = OwnershipClaim.get_or_none(OwnershipClaim.id == claim_id)
        if claim is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该归属申请"))
        if claim.status != "pending":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该归属申请已处理"))
        before = audit.snapshot(claim)
        claim.status = "approved" if approve else "rejected"
        claim.decided_by, claim.decided_at, claim.decision_note = session.staff_id, at, note
        claim.save()
        if approve:
            customer = Customer.get_by_id(claim.customer_id)
            customer.last_contact_at = at
            _set_owner(session, customer, claim.claimant_id, "claim", at)
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


def visit_query(session: Session, flt: VisitFilter | None = None) -> MaskedQuery:
    """Visits (joined with the customer), newest first, phones masked for the session. The text
    finds a surname, or digits of a phone as ``lookup`` allows the session (a supervisor: 4 or more
    digits at the start or end; anyone else: the full number, or the last 4 with the surname)."""
    session.require_any("reception.register", "reports.view", "print")
    flt = flt or VisitFilter()
    query = (Visit.select(Visit, Customer).join(Customer, JOIN.INNER, on=(Visit.customer == Customer.id))
             .order_by(Visit.arrived_at.desc(), Visit.id.desc()))
    if flt.day_from:
        query = query.where(Visit.day >= inputs.any_day(flt.day_from, "开始日期"))
    if flt.day_to:
        query = query.where(Visit.day <= inputs.any_day(flt.day_to, "截止日期"))
    if flt.consultant_id:
        query = query.where(Visit.consultant == flt.consultant_id)
    if flt.source_id:
        query = query.where(Visit.source == flt.source_id)
    if flt.grade:
        query = query.where(Visit.grade == inputs.clean(flt.grade))
    if flt.first_only is not None:
        query = query.where(Visit.first_visit == bool(flt.first_only))
    text = unicodedata.normalize("NFKC", inputs.clean(flt.text))
    if text:
        digits = digits_of(text)
        surname = re.sub(r"[0-9\s\-+]", "", text)
        if not digits:
            query = query.where(Customer.surname == text)
        elif may_see_phone(session) and len(digits) >= MIN_LOOKUP_DIGITS and not surname:
            query = query.where(Visit.customer.in_(lookup_query(digits, limit=1000)))
        elif len(digits) == 11 and not surname:
            query = query.where(Customer.phone == digits)
        elif len(digits) == 4 and surname:
            lo, hi = _range(digits[::-1])
            query = query.where((Customer.surname == surname) & (Customer.phone_rev >= lo)
                                & (Customer.phone_rev < hi))
        else:
            query = query.where(Customer.id.is_null())  # not enough to find a phone by
    return MaskedQuery(session, query, VISIT_MASK)


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
    visits = Visit.select(Visit.id).where((Visit.day < cutoff) & (
        (Visit.plate != "") | (Visit.notes != "") | (Visit.needs != "") | Visit.customer.in_(customers)))
    return cutoff, customers, visits


def anonymise_preview(months: int | None = None, today: dt.date | None = None) -> dict:
    """What ``anonymise`` would do: the cutoff date, customers and visits touched, visits kept."""
    months = settings.get("visit_retention_months") if months is None else months
    months = inputs.integer(months, "保留月数", minimum=0, maximum=240)
    today = inputs.day(today or dt.date.today(), "日期")
    if not months:
        return {"enabled": False, "cutoff": None, "customers": 0, "visits": 0,
                "old_visits": 0}
    cutoff, customers, visits = _anonymise_targets(months, today)
    return {"enabled": True, "cutoff": cutoff, "customers": customers.count(), "visits": visits.count(),
            "old_visits": Visit.select().where(Visit.day < cutoff).count()}


# What anonymising empties in the audit trail's snapshots of each kind of record.
ANONYMISED_FIELDS = {
    "customer": {"surname", "title", "phone", "phone_rev", "home_district", "work_district"},
    "visit": {"plate", "notes"},
    "follow_up": {"note"},
    "ownership_claim": {"note", "decision_note"},
}


def _scrub_audit(entity: str, ids: list[int]) -> None:
    """Personal data out of the audit trail's before/after snapshots of these records."""
    fields = ANONYMISED_FIELDS[entity]
    for start in range(0, len(ids), 500):
        query = AuditEntry.select().where((AuditEntry.entity == entity)
                                          & AuditEntry.entity_id.in_(ids[start:start + 500]))
        for entry in query:
            before, after = scrub_snapshot(entry.before, fields), scrub_snapshot(entry.after, fields)
            note = scrub_numbers(entry.note)
            if (before, after, note) != (entry.before, entry.after, entry.note):
                AuditEntry.update(before=before, after=after, note=note).where(AuditEntry.id == entry.id).execute()


@retrying
def anonymise(session: Session, months: int | None = None, today: dt.date | None = None) -> dict:
    """Remove names, phones, plates and notes of visits older than N months, phone and ID numbers
    inside their 需求, and the same data in the audit trail's snapshots of those records. Visits stay
    (counts, sources, grades, consultants, times) so the figures do not change."""
    session.require("settings.edit")
    months = settings.get("visit_retention_months") if months is None else months
    months = inputs.integer(months, "保留月数", minimum=0, maximum=240)
    if not months:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未启用来访记录匿名化（保留月数为 0）"))
    today = inputs.day(today or dt.date.today(), "日期")
    with db.atomic():
        preview = anonymise_preview(months, today)
        cutoff, customers, visits = _anonymise_targets(months, today)
        customer_ids = [r for (r,) in customers.tuples()]
        visit_ids = [r for (r,) in visits.tuples()]
        for start in range(0, len(customer_ids), 500):
            chunk = customer_ids[start:start + 500]
            Customer.update(surname="", title="", phone=None, phone_rev=None, home_district="", work_district="",
                            anonymised=True).where(Customer.id.in_(chunk)).execute()
            OwnershipClaim.update(note="", decision_note="").where(OwnershipClaim.customer.in_(chunk)).execute()
            FollowUp.update(note="").where(FollowUp.customer.in_(chunk)).execute()
            _scrub_audit("follow_up", [r for (r,) in FollowUp.select(FollowUp.id).where(
                FollowUp.customer.in_(chunk)).tuples()])
            _scrub_audit("ownership_claim", [r for (r,) in OwnershipClaim.select(OwnershipClaim.id).where(
                OwnershipClaim.customer.in_(chunk)).tuples()])
        _scrub_audit("customer", customer_ids)
        for start in range(0, len(visit_ids), 500):
            chunk = visit_ids[start:start + 500]
            Visit.update(plate="", notes="").where(Visit.id.in_(chunk)).execute()
            for visit_id, needs in Visit.select(Visit.id, Visit.needs).where(
                    Visit.id.in_(chunk) & (Visit.needs != "")).tuples():
                if scrub_numbers(needs) != needs:
                    Visit.update(needs=scrub_numbers(needs)).where(Visit.id == visit_id).execute()
        _scrub_audit("visit", visit_ids)
        audit.record(session, "anonymise", "customer", None, after={
            "cutoff": str(cutoff), "customers": len(customer_ids), "visits": len(visit_ids)})
    return preview
