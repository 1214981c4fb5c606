"""Demo data of the water bar: a realistic catalogue and ``ctx.days`` days of journal.

Each day, in the order it happens: the opening count (开班), servings by group, the parking tickets
consultants took at reception (the reception step's issues) leaving the stock as the hall board
books them (an issue and its stock entry pointing at each other), waste at closing (cut fruit, brewed tea, anything expired), a handover count (交班,
co-signed by a guard; now and then a difference with a reason) before each shift the duty log hands
over, and, when stock runs low, a purchase request approved by the supervisor and received the
next morning.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.clock import now
from desk.db.core import Shift, Staff
from desk.db.bar import Item, PurchaseRequest, StockCount, StockEntry
from desk.db.reception import ParkingTicketIssue
from desk.services.bar import closing as barclosing, purchasing, stock, count as stockcount
from desk.services.core.errors import DeskError
from desk.services.core.session import Session

# name, category, unit, pack unit, factor, min, par, shelf days, open days, place, barcode, price, use/day
CATALOGUE = [
    ("西湖龙井", "茶", "包", "盒", 10, 5, 20, 540, None, "吧台", "6921168509256", "12.00", 3),
    ("安溪铁观音", "茶", "包", "盒", 10, 5, 20, 540, None, "吧台", "6921168509263", "8.00", 3),
    ("碧螺春", "茶", "包", "盒", 10, 3, 15, 540, None, "吧台", "6921168509270", "9.00", 2),
    ("普洱熟茶", "茶", "包", "盒", 10, 3, 10, 720, None, "吧台", "6921168509287", "6.00", 1),
    ("菊花茶", "茶", "包", "盒", 20, 5, 20, 365, None, "吧台", "6921168509294", "2.00", 2),
    ("立顿红茶", "茶", "袋", "盒", 100, 20, 100, 720, None, "吧台", "6901939621257", "0.50", 4),
    ("咖啡豆", "咖啡", "袋", "箱", 10, 2, 6, 270, 14, "吧台", "6954767430125", "88.00", 0.4),
    ("雀巢速溶咖啡", "咖啡", "条", "盒", 48, 20, 96, 540, None, "吧台", "6917878036526", "1.20", 5),
    ("咖啡伴侣", "咖啡", "条", "盒", 50, 20, 100, 365, None, "吧台", "6917878002101", "0.40", 4),
    ("方糖", "咖啡", "盒", "", 1, 2, 6, 720, None, "储物间", "6902083881405", "9.90", 0.3),
    ("农夫山泉 550ml", "饮用水", "瓶", "箱", 24, 48, 144, 365, None, "储物间", "6921168500018",
     "1.50", 22),
    ("百岁山 570ml", "饮用水", "瓶", "箱", 24, 24, 72, 365, None, "储物间", "6922255451427", "2.80", 8),
    ("可口可乐 330ml", "饮料", "罐", "箱", 24, 24, 72, 365, None, "储物间", "6928804011173", "2.20", 6),
    ("雪碧 330ml", "饮料", "罐", "箱", 24, 12, 48, 365, None, "储物间", "6928804014648", "2.20", 4),
    ("王老吉 310ml", "饮料", "罐", "箱", 24, 12, 48, 540, None, "储物间", "6901028075022", "3.00", 3),
    ("汇源橙汁 1L", "饮料", "盒", "箱", 12, 4, 12, 270, 2, "吧台", "6902083880163", "9.50", 2),
    ("纯牛奶 250ml", "饮料", "盒", "箱", 24, 12, 48, 45, 1, "储物间", "6907992100272", "2.60", 4),
    ("苏打水 410ml", "饮料", "瓶", "箱", 15, 6, 30, 365, None, "储物间", "6921581596048", "3.50", 2),
    ("苹果", "水果", "斤", "", 1, 5, 15, 10, None, "吧台", None, "6.80", 3),
    ("橙子", "水果", "斤", "", 1, 5, 15, 10, None, "吧台", None, "5.50", 3),
    ("西瓜", "水果", "个", "", 1, 1, 3, 7, 1, "吧台", None, "25.00", 1),
    ("香蕉", "水果", "斤", "", 1, 3, 10, 5, None, "吧台", None, "4.50", 2),
    ("圣女果", "水果", "斤", "", 1, 2, 6, 5, 1, "吧台", None, "12.00", 1.5),
    ("水果糖", "糖果点心", "袋", "箱", 20, 3, 10, 365, None, "吧台", "6911988000123", "15.00", 0.5),
    ("德芙巧克力", "糖果点心", "盒", "箱", 12, 2, 8, 365, None, "吧台", "6914973600041", "28.00", 0.5),
    ("曲奇饼干", "糖果点心", "盒", "箱", 12, 2, 8, 180, 3, "吧台", "6901668053602", "18.00", 0.6),
    ("开心果", "糖果点心", "袋", "箱", 20, 3, 10, 270, 7, "吧台", "6943290501045", "22.00", 0.5),
    ("纸杯", "耗材", "只", "箱", 1000, 300, 1500, None, None, "储物间", "6972345600018", "0.08", 45),
    ("杯盖", "耗材", "只", "箱", 1000, 200, 1000, None, None, "储物间", "6972345600025", "0.03", 15),
    ("抽纸", "耗材", "包", "箱", 48, 12, 48, None, None, "储物间", "6922266437625", "2.50", 4),
    ("湿巾", "耗材", "包", "箱", 60, 10, 40, 720, None, "储物间", "6922266440519", "1.80", 2),
    ("鞋套", "耗材", "只", "包", 100, 200, 1000, None, None, "储物间", "6970112233445", "0.10", 30),
    ("吸管", "耗材", "包", "箱", 50, 2, 10, None, None, "储物间", "6970112233452", "3.00", 0.3),
    ("搅拌棒", "耗材", "包", "箱", 50, 2, 10, None, None, "储物间", "6970112233469", "2.00", 0.3),
    ("停车票", "停车票", "张", "本", 50, 50, 300, None, None, "吧台", None, None, 6),
]

COUNT_REASONS = ["漏记出品", "破损未登记", "上班交接差错", "赠送试饮"]


def _sessions(role: str) -> list[Session]:
    return [Session.for_staff(s) for s in Staff.select().where(Staff.active == True)  # noqa: E712
            if role in s.role_list]


def demo_bar(ctx) -> None:
    """``ctx.parking_issues(day, day)``: the parking tickets the reception step issued that day (the
    demo passes it in: the bar may not import the reception)."""
    if Item.select().exists():
        return
    admin = Session.system()
    bar = _sessions("bar") or [admin]
    guards = _sessions("guard")
    supervisors = _sessions("supervisor") or [admin]
    rng = ctx.rng
    items: dict[str, Item] = {}
    use: dict[int, float] = {}
    for (name, cat, unit, pack, factor, minimum, par, shelf, opened, place, code, price, per_day) in CATALOGUE:
        item = stock.save_item(admin, name=name, category=cat, unit=unit, pack_unit=pack, pack_factor=factor,
                               min_stock=minimum, par_level=par, shelf_life_days=shelf, open_shelf_days=opened,
                               place=place, barcode=code, unit_price=price)
        items[name] = item
        use[item.id] = per_day
    start = dt.datetime.combine(ctx.start, dt.time(8, 30))
    first = supervisors[0]
    for item in items.values():  # the opening stock, delivered the first morning
        stock.receive(first, item.id, item.par_level, at=start, supplier="开业备货", _signed=True)
    cutoff = now()
    by_id = {i.id: i for i in items.values()}
    drinks = [i for i in items.values() if i.category in stock.DRINK_CATEGORIES]
    snacks = [i for i in items.values() if i.category in ("水果", "糖果点心")]
    cups, lids, tissues, covers = items["纸杯"], items["杯盖"], items["抽纸"], items["鞋套"]
    tickets = items["停车票"]
    pending: PurchaseRequest | None = None
    days = list(ctx.dates())
    hosts = _sessions("reception") or bar
    for n, day in enumerate(days):
        ctx.progress(f"水吧 {day.isoformat()}")
        attendant = bar[n % len(bar)]
        guard = guards[n % len(guards)] if guards else None
        morning = dt.datetime.combine(day, dt.time(8, 5))
        if morning > cutoff:
            break
        # The day's events in the order they happen, so that every count finds the stock as it was:
        # groups served, consultants taking parking tickets, the closing waste, and before each
        # shift is handed over its 交班 count co-signed by the guard (the rule the program enforces).
        events: list[tuple[dt.datetime, int, str, object]] = []
        midnight = dt.datetime.combine(day, dt.time())
        handovers = [s.closed_at for s in Shift.select().where(
            (Shift.closed_at >= midnight) & (Shift.closed_at < midnight + dt.timedelta(days=1)))]
        for closed in handovers:
            events.append((closed - dt.timedelta(minutes=5), 3, "handover", None))
        if guard is not None and n:
            events.append((morning, 0, "opening", None))
        if pending is not None:  # yesterday's request arrives at 9:30
            events.append((morning + dt.timedelta(minutes=85), 1, "delivery", pending))
            pending = None
        weekend = day.weekday() >= 5
        for _g in range(rng.randint(10, 22) + (8 if weekend else 0)):
            at = dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=rng.randint(0, 600))
            events.append((at, 2, "group", rng.choice([1, 2, 2, 2, 3, 3, 4, 5])))
        for issue in ctx.parking_issues(day, day):  # the tickets consultants took at reception
            events.append((issue.at, 2, "tickets", issue))
        closing = dt.datetime.combine(day, dt.time(19, 40))
        events.append((closing, 2, "closing", None))
        events.sort(key=lambda e: (e[0], e[1]))
        # The last fortnight is booked serving by serving; older days as one serving per item
        # between two counts (the same quantities), which keeps a year of demo data quick to make.
        detailed = (ctx.today - day).days < DETAILED_DAYS
        serve = _serve if detailed else _collect
        day_totals: dict[int, tuple] = {}

        def flush(attendant=attendant, day_totals=day_totals) -> None:
            for _item_id, (item, qty, at, note) in day_totals.items():
                _serve(None, attendant, item, qty, at, note)
            day_totals.clear()

        for at, _order, kind, what in events:
            if at > cutoff:
                break
            if kind == "opening":
                _count(attendant, guard, "开班", at, rng, chance=0.05)
            elif kind == "handover":
                flush()
                if guard is not None:
                    _count(attendant, guard, "交班", at, rng, chance=0.12)
            elif kind == "delivery":
                for line in purchasing.request_lines(what.id):
                    try:
                        purchasing.receive_line(attendant, line.id, line.quantity, at=at,
                                                supplier=rng.choice(["鑫源副食批发", "百果园", "美宜佳配送"]))
                    except DeskError:
                        pass
            elif kind == "tickets":
                flush()
                _book_tickets(hosts, tickets, what)
            elif kind == "closing":
                flush()
                lines = [(c.batch_id, c.quantity, c.reason) for c in barclosing.waste_candidates(day)]
                if rng.random() < 0.5:
                    tea = rng.choice([i for i in drinks if i.category == "茶"])
                    if stock.stock_level(tea.id) > 0:
                        stock.book_waste(attendant, tea.id, 1, "已冲泡/已倒出", at=at, ref_type="closing")
                if lines:
                    try:
                        barclosing.book_closing_waste(attendant, lines, at=at)
                    except DeskError:
                        pass
            else:  # a group sits down
                people = what
                serve(day_totals, attendant, covers, people * 2, at, f"来访 {people} 人")
                if rng.random() < 0.3:
                    serve(day_totals, attendant, tissues, 1, at, "")
                order: dict[int, Decimal] = {}
                for _p in range(people):
                    item = rng.choices(drinks, weights=[use[i.id] for i in drinks])[0]
                    order[item.id] = order.get(item.id, Decimal(0)) + (Decimal("0.2") if item.name == "咖啡豆" else 1)
                hot = 0
                for item_id, qty in order.items():
                    item = by_id[item_id]
                    serve(day_totals, attendant, item, qty, at, "")
                    if item.category in ("茶", "咖啡"):
                        hot += 1 if item.name == "咖啡豆" else int(qty)
                if hot:
                    serve(day_totals, attendant, cups, hot, at, "")
                    if rng.random() < 0.4:
                        serve(day_totals, attendant, lids, hot, at, "")
                if rng.random() < 0.5:
                    item = rng.choice(snacks)
                    qty = Decimal("0.5") if item.unit == "斤" else (1 if item.name != "西瓜" else Decimal("0.5"))
                    serve(day_totals, attendant, item, qty, at, "果盘/点心")
        flush()
        if closing > cutoff:
            break
        if purchasing.propose(today=day) and day < days[-1]:
            try:
                request = purchasing.create_request(attendant, today=day)
                purchasing.approve(supervisors[n % len(supervisors)], request.id)
                PurchaseRequest.update(approved_at=closing + dt.timedelta(minutes=30)).where(
                    PurchaseRequest.id == request.id).execute()
                pending = request
            except DeskError:
                pending = None
    # receipts are signed off by a supervisor the same evening, except the last day's
    last_day = days[-1]
    for entry in stock.unsigned_receipts():
        if entry.at.date() < last_day:
            StockEntry.update(signed_by=supervisors[0].staff_id,
                              signed_at=dt.datetime.combine(entry.at.date(), dt.time(20, 30))).where(
                StockEntry.id == entry.id).execute()
    _link_counts_to_shifts()


DETAILED_DAYS = 14


def _collect(totals, session, item, qty, at, note) -> None:
    """Add a serving to the day's total of the item (booked once, at the day's last serving)."""
    _item, total, _at, _note = totals.get(item.id, (item, 0, at, ""))
    totals[item.id] = (item, total + qty, max(at, _at), "当日出品合计")


def _serve(_totals, session, item, qty, at, note) -> None:
    try:
        stock.book_serving(session, item.id, qty, at=at, note=note, ref_type="visit" if note.startswith("来访") else "")
    except DeskError:
        pass  # ran out: the attendant offers something else


def _book_tickets(hosts, tickets, issue) -> None:
    """Parking tickets a consultant took at reception leave the stock as the hall board books them:
    the stock entry points at the issue and the issue at the entry."""
    host = next((h for h in hosts if h.staff_id == issue.by_id), hosts[0])
    try:
        entries = stock.book_serving(host, tickets.id, issue.quantity, ref_type="parking_ticket", ref_id=issue.id,
                                     note="置业顾问领用停车票", at=issue.at)
    except DeskError:  # none left: the consultant got none
        ParkingTicketIssue.delete().where(ParkingTicketIssue.id == issue.id).execute()
        return
    ParkingTicketIssue.update(stock_entry_id=entries[0].id).where(ParkingTicketIssue.id == issue.id).execute()


def _count(attendant, guard, kind, at, rng, *, chance: float) -> None:
    levels = stock.stock_levels()
    counted = {i.id: levels.get(i.id, 0) for i in stock.active_items()}
    reasons = {}
    if rng.random() < chance:
        candidates = [k for k, v in counted.items() if v >= 2]
        if candidates:
            item_id = rng.choice(candidates)
            counted[item_id] = counted[item_id] - rng.choice([1, 1, 2])
            reasons[item_id] = rng.choice(COUNT_REASONS)
    stockcount.submit_count(attendant, kind, counted, reasons=reasons, cosigner=guard, at=at)


def _link_counts_to_shifts() -> None:
    """Each count belongs to the shift it was made in (a count books into the shift open when it is
    submitted: while the demo writes the past, that is the shift under way now)."""
    for count in StockCount.select():
        shift = (Shift.select().where((Shift.opened_at <= count.counted_at)
                                      & ((Shift.closed_at >= count.counted_at) | Shift.closed_at.is_null()))
                 .order_by(Shift.opened_at.desc()).first())
        StockCount.update(shift=shift.id if shift else None).where(StockCount.id == count.id).execute()
    # and so does each stock entry: the one it was booked in, by its time
    StockEntry.update(shift=None).execute()
    for shift in Shift.select():
        within = StockEntry.at >= shift.opened_at
        if shift.closed_at is not None:
            within &= StockEntry.at <= shift.closed_at
        StockEntry.update(shift=shift.id).where(within).execute()
