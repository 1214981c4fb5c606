"""The hall board: groups now inside, where they are, what each guest was served, refills due,
moving and departing; parking tickets (停车票领用).

Drinks and tickets are booked in the water-bar stock journal through ``desk.services.bar.stock``
(``book_serving``); the stock entry's id is kept on the serving row. Time is passed in (``at=``)
so the board's clock can be injected in tests.

Every move is journalled (``VisitMove``); the screen offers the show-flat check after a group
that leaves 样板间.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from desk import settings
from desk.clock import now
from desk.db.base import db, publish, retrying
from desk.db.reception import Customer, ParkingTicketIssue, Serving, Visit, VisitMove
from desk.services.bar import stock
from desk.services.core import audit, inputs
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import masked, phone_for
from desk.services.core.session import Session
from desk.services.core.staff import staff_names, verify_staff_pin
from desk.services.reception.visitors import LOCATIONS, VISIT_MASK

SHOW_FLAT = "样板间"
CUPS = {
    "paper": QT_TRANSLATE_NOOP("reception", "纸杯"),
    "china": QT_TRANSLATE_NOOP("reception", "瓷杯"),
    "none": QT_TRANSLATE_NOOP("reception", "不续杯"),
}

@dataclass
class DrinkChoice:
    item_id: int | None
    name: str
    cup: str  # default cup kind


def default_cup(name: str, category: str = "") -> str:
    text = f"{name}{category}"
    if any(w in text for w in ("矿泉水", "瓶", "可乐", "雪碧", "果盘", "糖", "零食", "水果", "小食")):
        return "none"
    if any(w in text for w in ("咖啡", "果汁", "饮料")):
        return "paper"
    return "china"


SERVABLE_CATEGORIES = ("茶", "咖啡", "饮料", "饮用水", "水果", "糖果点心")


def default_cup_for(name: str, category: str) -> str:
    if category == "茶":
        return "china"
    if category in ("咖啡", "饮料") and not any(w in name for w in ("可乐", "雪碧", "罐", "瓶")):
        return "paper"
    if category in ("咖啡",):
        return "paper"
    if category:
        return "none"
    return default_cup(name)


def drink_choices() -> list[DrinkChoice]:
    """What can be served: the water bar's active drinks, fruit and sweets (not cups or tickets)."""
    return [DrinkChoice(item.id, item.name, default_cup_for(item.name, item.category))
            for item in stock.active_items() if item.category in SERVABLE_CATEGORIES]


def refill_minutes(cup: str) -> int | None:
    if cup == "paper":
        return settings.get("refill_paper_minutes")
    if cup == "china":
        return settings.get("refill_china_minutes")
    return None


# -- the board -------------------------------------------------------------------------------
@dataclass
class GuestView:
    guest_no: int
    servings: list[Serving] = field(default_factory=list)  # first serving and refills, in order
    last: Serving | None = None
    refill_due_at: dt.datetime | None = None
    due: bool = False

    def served_text(self) -> str:
        if not self.servings:
            return ""
        firsts = [s for s in self.servings if s.refill_of_id is None]
        parts = []
        for f in firsts:
            n = sum(1 for s in self.servings if s.refill_of_id == f.id)
            parts.append(f.item_name + (f"（续{n}）" if n else ""))
        return "、".join(parts)


@dataclass
class GroupView:
    visit: Visit
    name: str
    phone: str
    consultant: str
    guests: list[GuestView]
    dwell_minutes: int
    due_count: int

    @property
    def visit_id(self) -> int:
        return self.visit.id


def _guest_views(visit: Visit, servings: list[Serving], at: dt.datetime) -> list[GuestView]:
    guests = {n: GuestView(n) for n in range(1, visit.party_size + 1)}
    for s in sorted(servings, key=lambda s: (s.served_at, s.id)):
        guests.setdefault(s.guest_no, GuestView(s.guest_no)).servings.append(s)
    for g in guests.values():
        if not g.servings:
            continue
        g.last = g.servings[-1]
        minutes = refill_minutes(g.last.cup)
        if minutes:
            g.refill_due_at = g.last.served_at + dt.timedelta(minutes=minutes)
            g.due = at >= g.refill_due_at
    return [guests[k] for k in sorted(guests)]


def board(session: Session | None, at: dt.datetime | None = None) -> list[GroupView]:
    """Groups now in the hall, earliest arrival first (the customers' phones masked for the session)."""
    at = inputs.moment(at, "时间", default=now())
    visits = list(Visit.select(Visit, Customer).join(Customer, on=(Visit.customer == Customer.id))
                  .where(Visit.departed_at.is_null()).order_by(Visit.arrived_at, Visit.id))
    if not visits:
        return []
    ids = [v.id for v in visits]
    servings: dict[int, list[Serving]] = {}
    for s in Serving.select().where(Serving.visit.in_(ids)):
        servings.setdefault(s.visit_id, []).append(s)
    names = staff_names()
    out = []
    for v in visits:
        guests = _guest_views(v, servings.get(v.id, []), at)
        c = v.customer
        out.append(GroupView(masked(session, v, VISIT_MASK), c.display_name, phone_for(session, c.phone, c.owner_id),
                             names.get(v.consultant_id, ""), guests,
                             max(0, int((at - v.arrived_at).total_seconds() // 60)),
                             sum(1 for g in guests if g.due)))
    return out


@dataclass(frozen=True)
class ArrivalCall:
    """A group just registered, as a PC announces it: the water bar prepares drinks for
    ``party_size`` at ``location``; the consultant assigned learns who waits where."""
    visit_id: int
    party_size: int
    location: str  # source text, context "reception" (沙盘, 洽谈区 …)
    customer: str  # 王先生, or "" when nameless
    consultant: str
    first_visit: bool
    for_bar: bool
    for_consultant: bool


def arrival_call(session: Session, visit_id: int | None) -> ArrivalCall | None:
    """The call this session's PC makes for a registration: the water bar's attendant (role 水吧客服)
    gets the number of guests and their place, the visit's consultant who is waiting where. None
    for everybody else, for whoever registered the group (they know) and for a group gone already."""
    bar = session.has_role("bar")
    if session.staff_id is None or visit_id is None or not (bar or session.can("reception.register")):
        return None
    visit = (Visit.select(Visit, Customer).join(Customer, on=(Visit.customer == Customer.id))
             .where(Visit.id == visit_id).first())
    if visit is None or visit.departed_at is not None or visit.registered_by_id == session.staff_id:
        return None
    mine = visit.consultant_id == session.staff_id
    if not (bar or mine):
        return None
    return ArrivalCall(visit.id, visit.party_size, visit.location, visit.customer.display_name if mine else "",
                       staff_names().get(visit.consultant_id, ""), visit.first_visit, bar, mine)


def refills_due(at: dt.datetime | None = None) -> list[tuple[Visit, GuestView]]:
    at = at or now()
    return [(g.visit, guest) for g in board(None, at) for guest in g.guests if guest.due]


def _open_visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该组来访"))
    if visit.departed_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该组已于 {time} 离场"),
                              time=visit.departed_at.strftime("%H:%M"))
    return visit


@retrying
def serve(session: Session, visit_id: int, guest_no: int, choice: DrinkChoice, *, cup: str | None = None,
          at: dt.datetime | None = None) -> Serving:
    """Serve one guest; books the item out of the water-bar stock (refused when none is left)."""
    require_serving(session)
    at = inputs.moment(at, "出品时间", default=now())
    cup = cup or choice.cup
    if cup not in CUPS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的杯型：{cup}"), cup=inputs.clean(cup))
    guest_no = inputs.integer(guest_no, "客人序号", minimum=1, maximum=1000)
    with db.atomic():
        visit = _open_visit(visit_id)
        if not 1 <= guest_no <= visit.party_size:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该组只有 {n} 位客人"), n=visit.party_size)
        if at < visit.arrived_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "出品时间早于到访时间"))
        serving = Serving.create(visit=visit.id, guest_no=guest_no, item_id=choice.item_id, item_name=choice.name,
                                 cup=cup, served_at=at, staff=session.staff_id)
        _book(session, serving, choice.item_id)
        audit.record(session, "create", "serving", serving.id, after=audit.snapshot(serving))
        publish("hall", record_id=serving.visit_id)
    return serving


def require_serving(session: Session) -> None:
    """Serving and refilling guests in the hall: the reception host or the water-bar attendant."""
    if not session.can("stock.serve"):
        session.require("reception.register")


def _book(session: Session, serving: Serving, item_id: int | None) -> None:
    if item_id is None:
        return
    entries = stock.book_serving(session, item_id, 1, ref_type="reception_serving", ref_id=serving.id,
                                 note=f"来访#{serving.visit_id} 第{serving.guest_no}位", at=serving.served_at)
    if entries:
        serving.stock_entry_id = entries[0].id
        serving.save()


@retrying
def refill(session: Session, serving_id: int, *, at: dt.datetime | None = None) -> Serving:
    """Refill what a guest was served (a new serving row pointing at the first)."""
    require_serving(session)
    at = inputs.moment(at, "续杯时间", default=now())
    with db.atomic():
        last = Serving.get_or_none(Serving.id == serving_id)
        if last is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该出品记录"))
        visit = _open_visit(last.visit_id)
        first_id = last.refill_of_id or last.id
        serving = Serving.create(visit=visit.id, guest_no=last.guest_no, item_id=last.item_id,
                                 item_name=last.item_name, cup=last.cup, served_at=at, refill_of=first_id,
                                 staff=session.staff_id)
        _book(session, serving, last.item_id if _refill_books_stock(last) else None)
        audit.record(session, "create", "serving", serving.id, after=audit.snapshot(serving), note="续杯")
        publish("hall", record_id=serving.visit_id)
    return serving


def _refill_books_stock(serving: Serving) -> bool:
    """A refill of tea is hot water on the same leaves; coffee and juice are a new cup."""
    if "茶" in serving.item_name:
        return False
    if serving.item_id is None:
        return True
    return stock.get_item(serving.item_id).category != "茶"


@retrying
def move(session: Session, visit_id: int, location: str, *, at: dt.datetime | None = None) -> Visit:
    session.require("reception.register")
    at = inputs.moment(at, "时间", default=now())
    if location not in LOCATIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的位置：{location}"), location=inputs.clean(location))
    with db.atomic():
        visit = _open_visit(visit_id)
        if visit.location == location:
            return visit
        before = visit.location
        VisitMove.create(visit=visit.id, at=at, from_location=before, to_location=location, staff=session.staff_id)
        visit.location = location
        visit.save()
        audit.record(session, "change", "visit", visit.id, before={"location": before}, after={"location": location})
        publish("hall", record_id=visit.id)
    return visit


@retrying
def depart(session: Session, visit_id: int, *, at: dt.datetime | None = None) -> Visit:
    """Stamp the departure (never before the arrival)."""
    session.require("reception.register")
    at = inputs.moment(at, "离场时间", default=now())
    with db.atomic():
        visit = _open_visit(visit_id)
        if at < visit.arrived_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "离场时间 {left} 早于到访时间 {arrived}，未保存"),
                                  left=at.strftime("%m-%d %H:%M"), arrived=visit.arrived_at.strftime("%m-%d %H:%M"))
        visit.departed_at = at
        visit.save()
        publish("hall", record_id=visit.id)
        audit.record(session, "change", "visit", visit.id, before={"departed_at": None},
                     after={"departed_at": at.isoformat()})
    return visit


# -- parking tickets -------------------------------------------------------------------------
def parking_ticket_item_id() -> int | None:
    item = stock.parking_ticket_item()
    return item.id if item is not None else None


@retrying
def issue_parking_tickets(session: Session, consultant_id: int, pin: str, quantity: int, *,
                          visit_id: int | None = None, plate: str = "", note: str = "",
                          at: dt.datetime | None = None) -> ParkingTicketIssue:
    """A consultant takes parking tickets (at most the setting, 3 by default), confirmed with their
    own PIN; booked out of the stock item 停车票."""
    session.require("reception.register")
    limit = settings.get("parking_tickets_max")
    try:
        quantity = inputs.integer(quantity, "张数", minimum=1, maximum=limit)
    except ValidationError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "每次领用停车票须为 1 到 {max} 张"), max=limit) from None
    plate = unicodedata.normalize("NFKC", inputs.text(plate, "车牌号", limit=10)).upper()
    note = inputs.note(note, "备注")
    taker = verify_staff_pin(consultant_id, pin)
    if not taker.has_role("consultant"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "只有置业顾问可以领用停车票"))
    at = inputs.moment(at, "领用时间", default=now())
    with db.atomic():
        if visit_id is not None and not Visit.select().where(Visit.id == visit_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该组来访"))
        issue = ParkingTicketIssue.create(at=at, staff=consultant_id, quantity=quantity, visit=visit_id,
                                          plate=plate, note=note, by=session.staff_id)
        item_id = parking_ticket_item_id()
        if item_id is not None:
            entries = stock.book_serving(session, item_id, quantity, ref_type="parking_ticket", ref_id=issue.id,
                                         note=f"{taker.name} 领用停车票", at=at)
            if entries:
                issue.stock_entry_id = entries[0].id
                issue.save()
        audit.record(session, "create", "parking_ticket", issue.id, after=audit.snapshot(issue))
        publish("hall", record_id=visit_id)
    return issue


def parking_issues(day_from: dt.date, day_to: dt.date):
    start, end = day_range(day_from, day_to)
    return (ParkingTicketIssue.select().where((ParkingTicketIssue.at >= start) & (ParkingTicketIssue.at < end))
            .order_by(ParkingTicketIssue.at))
