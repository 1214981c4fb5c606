"""A small known data set around ISO week 2026-W47 (Mon 16 Nov – Sun 22 Nov 2026), written with the
models directly so every figure of the overview and the weekly report can be checked by hand.

Last week is 2026-W46 (9–15 Nov), "a month ago" is 2026-W43 (19–25 Oct).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.datetime


def build(make_staff) -> dict:
    from desk.db.reception import Customer, RotationLog, Serving, Visit, VisitSource
    from desk.db.servicedesk import Complaint, ComplaintCategory, KeyLoan, Repair, Unit
    from desk.db.showflats import Flat, Incident, IncidentEvent, Item as FlatItem, Room
    from desk.db.bar import (
        Item, PurchaseRequest, StockBalance, StockBatch, StockCount, StockCountLine, StockEntry,
    )

    from desk.db.core import Staff

    # no PINs: hashing one takes a while and these people never sign in
    a = Staff.create(code="11", name="张伟", roles="consultant")
    b = Staff.create(code="12", name="李娜", roles="consultant")
    sup = Staff.create(code="02", name="王主管", roles="supervisor")
    walk = VisitSource.get(VisitSource.name == "路过")
    friend = VisitSource.get(VisitSource.name == "朋友介绍")
    c = {n: Customer.create(surname=n, title="先生") for n in ("赵", "钱", "孙", "周", "吴")}

    def visit(cust, at, party, first, source, consultant, departed=True):
        return Visit.create(customer=c[cust], day=at.date(), arrived_at=at, party_size=party, first_visit=first,
                            source=source, consultant=consultant,
                            departed_at=at + dt.timedelta(minutes=40) if departed else None)

    v1 = visit("赵", D(2026, 11, 16, 10, 15), 2, True, walk, a)
    v2 = visit("钱", D(2026, 11, 16, 14, 30), 3, True, friend, b, departed=False)
    visit("赵", D(2026, 11, 18, 10, 40), 1, False, None, a)
    visit("孙", D(2026, 11, 22, 16, 0), 1, True, walk, a)
    visit("周", D(2026, 11, 10, 11, 0), 4, True, walk, b)  # last week (Tuesday)
    visit("吴", D(2026, 10, 19, 9, 30), 2, True, friend, a)  # four weeks earlier (Monday)
    visit("钱", D(2026, 11, 26, 15, 0), 3, False, None, b)  # 钱 comes back within 28 days
    Serving.create(visit=v1, guest_no=1, item_name="矿泉水", served_at=D(2026, 11, 16, 10, 20))
    Serving.create(visit=v1, guest_no=2, item_name="龙井", served_at=D(2026, 11, 16, 10, 20))
    Serving.create(visit=v2, guest_no=1, item_name="矿泉水", served_at=D(2026, 11, 16, 14, 35))
    for staff, action, reason, day in ((a, "assign", "", 16), (a, "assign", "", 22), (a, "owner", "", 18),
                                       (b, "assign", "", 16), (b, "skip", "忙", 17), (b, "skip", "休息", 19),
                                       (a, "skip", "外出", 12)):
        RotationLog.create(day=dt.date(2026, 11, day), at=D(2026, 11, day, 9), staff=staff, action=action,
                           reason=reason)

    # water bar
    water = Item.create(name="矿泉水", category="饮用水", unit="瓶", pack_unit="箱", pack_factor=24, min_stock=0,
                        unit_price=Decimal("1.50"))
    tea = Item.create(name="龙井", category="茶", unit="包", min_stock=10, unit_price=Decimal("3.00"))
    melon = Item.create(name="西瓜", category="水果", unit="斤", min_stock=0)
    StockBalance.create(item=water, quantity=49)
    StockBalance.create(item=tea, quantity=4)
    StockBalance.create(item=melon, quantity=Decimal("2.5"))
    StockBatch.create(item=tea, received_at=D(2026, 11, 1), best_before=dt.date(2026, 11, 17), quantity=10,
                      remaining=4)

    def entry(kind, item, qty, at, **kw):
        return StockEntry.create(kind=kind, item=item, quantity=Decimal(str(qty)), at=at, **kw)

    entry("入库", water, 48, D(2026, 11, 1, 9), unit_price=Decimal("24.00"), received_unit="箱", pack_quantity=2)
    entry("入库", water, 24, D(2026, 11, 10, 9), unit_price=Decimal("1.30"), received_unit="瓶")
    entry("入库", water, 24, D(2026, 11, 25, 9), unit_price=Decimal("5.00"), received_unit="瓶")  # after the week
    entry("入库", tea, 10, D(2026, 11, 1, 9), received_unit="包")  # no price: the catalogue's 3.00
    entry("入库", melon, 5, D(2026, 11, 15, 9), received_unit="斤")  # no price anywhere
    entry("出库", water, -10, D(2026, 11, 16, 10, 20))
    entry("出库", water, -4, D(2026, 11, 18, 10, 45))
    wrong = entry("出库", water, -2, D(2026, 11, 19, 11))
    entry("出库", water, 2, D(2026, 11, 19, 11, 5), reverses=wrong)
    entry("出库", tea, -3, D(2026, 11, 16, 10, 20))
    entry("出库", melon, "-2.5", D(2026, 11, 20, 15))
    entry("出库", water, -1, D(2026, 11, 15, 23, 59))  # last week
    entry("出库", water, -5, D(2026, 11, 23, 0, 0))  # next week
    entry("报损", melon, "-1.5", D(2026, 11, 18, 18), reason="切开未用完的水果")
    entry("报损", water, -1, D(2026, 11, 19, 18), reason="破损")
    count = StockCount.create(kind="交班", serial="PD-20261120-001", counted_at=D(2026, 11, 20, 18))
    StockCountLine.create(count=count, item=water, expected=50, counted=49, difference=-1, reason="漏记出品")
    StockCountLine.create(count=count, item=tea, expected=4, counted=4, difference=0)
    PurchaseRequest.create(number="CG-20261121-001", created_at=D(2026, 11, 21, 17), for_day=dt.date(2026, 11, 22))

    # show flats
    flat = Flat.create(name="A户型 128㎡")
    room = Room.create(flat=flat, name="客厅")
    sofa = FlatItem.create(flat=flat, room=room, name="三人沙发", category="家私")
    Incident.create(flat=flat, item=sofa, kind="损坏", status="登记", opened_at=D(2026, 11, 10, 15))
    Incident.create(flat=flat, item=sofa, kind="损坏", status="已上报", opened_at=D(2026, 11, 17, 11), note="扶手划痕")
    closed = Incident.create(flat=flat, item=sofa, kind="缺失", status="关闭", opened_at=D(2026, 11, 21, 10))
    IncidentEvent.create(incident=closed, status="关闭", at=D(2026, 11, 21, 16))

    # service desk
    unit = Unit.create(building="1", entrance="1", room="101")
    cat = ComplaintCategory.create(name="噪音")

    def repair(n, received, due, done=None, callback=None, satisfied=None, status="received"):
        return Repair.create(number=f"WX-{n}", unit=unit, category="水电", description=f"漏水{n}", status=status,
                             received_at=received, due_at=due, done_at=done, callback_at=callback,
                             satisfied=satisfied)

    repair(0, D(2026, 11, 5, 9), D(2026, 11, 6, 9), D(2026, 11, 6, 8), status="done")  # never called back
    repair(1, D(2026, 11, 16, 9), D(2026, 11, 17, 9), D(2026, 11, 16, 15), D(2026, 11, 18, 10), True, "called_back")
    repair(2, D(2026, 11, 18, 10), D(2026, 11, 19, 10), D(2026, 11, 20, 10), D(2026, 11, 21, 10), False,
           "called_back")
    repair(3, D(2026, 11, 21, 10), D(2026, 11, 22, 10))  # open, past due
    Complaint.create(number="TS-1", unit=unit, complainant="赵女士", category=cat, content="楼上装修噪音",
                     status="called_back", received_at=D(2026, 11, 17, 9), closed_at=D(2026, 11, 19, 9),
                     callback_at=D(2026, 11, 20, 9), satisfied=True)
    Complaint.create(number="TS-0", unit=unit, complainant="钱先生", category=cat, content="车位被占",
                     received_at=D(2026, 11, 12, 9))  # last week, still open
    KeyLoan.create(key_label="1-1-101 大门", unit=unit, borrower="装修队", purpose="装修", out_at=D(2026, 11, 20, 9),
                   due_at=D(2026, 11, 20, 13))
    return {"a": a, "b": b, "sup": sup}


# -- tests ------------------------------------------------------------------------------------
import pytest  # noqa: E402

from desk.services.core.errors import PermissionDenied, ValidationError  # noqa: E402

AT = D(2026, 11, 30, 12)


@pytest.fixture
def known(make_staff):
    return build(make_staff)


@pytest.fixture
def rep(known):
    from desk.services.overview import weekly

    return weekly.report("2026-W47", at=AT)


def test_iso_week_math():
    from desk.services.overview import weekly

    w47 = weekly.parse_week("2026-W47")
    assert (w47.start, w47.end) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert weekly.parse_week("2026w47") == w47 == weekly.parse_week(" 2026-W47 ")
    assert w47.shifted(-1).label == "2026-W46" and w47.shifted(-4).label == "2026-W43"
    w53 = weekly.parse_week("2026-W53")  # 2026 has 53 ISO weeks
    assert (w53.start, w53.end) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    w1 = weekly.parse_week("2027-W01")
    assert w1.start == dt.date(2027, 1, 4) and w1.shifted(-1) == w53
    assert w53.shifted(1) == w1 and w53.shifted(-4).label == "2026-W49"
    assert weekly.week_of(dt.date(2027, 1, 1)) == w53
    assert weekly.week_of(dt.date(2024, 12, 30)).label == "2025-W01"
    assert [w.label for w in weekly.weeks_ending(w1, 3)] == ["2026-W52", "2026-W53", "2027-W01"]
    assert weekly.last_complete_week(dt.date(2026, 11, 23)).label == "2026-W47"
    for bad, message in (("2025-W53", "2025 年没有第 53 周（该年共 52 周）"),
                         ("2026-W00", "2026 年没有第 0 周（该年共 53 周）"),
                         ("2026-47", "周的格式应为 2026-W47：2026-47"), ("第47周", "周的格式应为 2026-W47：第47周"),
                         ("", "周的格式应为 2026-W47：$"), (None, "周的格式应为 2026-W47：$")):
        with pytest.raises(ValidationError, match=message):
            weekly.parse_week(bad)
    with pytest.raises(ValidationError, match="周数至少为 1"):
        weekly.weeks_ending(w1, 0)


def test_visitors_by_day_with_last_week_and_month_ago(rep):
    v = rep["visitors"]
    assert [r["day"] for r in v["rows"]] == [dt.date(2026, 11, 16) + dt.timedelta(days=i) for i in range(7)]
    mon, tue, wed, sun = v["rows"][0], v["rows"][1], v["rows"][2], v["rows"][6]
    assert (mon["groups"], mon["people"], mon["month_ago_people"]) == (2, 5, 2)
    assert (tue["people"], tue["last_week_people"]) == (0, 4)
    assert (wed["groups"], wed["people"], sun["people"]) == (1, 1, 1)
    t = v["totals"]
    assert (t["groups"], t["people"], t["last_week_people"], t["month_ago_people"]) == (4, 7, 4, 2)
    assert t["change_last_week"] == Decimal("75.0") and t["change_month_ago"] == Decimal("250.0")
    assert (v["last_week"], v["month_ago"]) == ("2026-W46", "2026-W43")


def test_sources_consultants_and_rotation_skips(rep):
    assert [(s["source"], s["groups"], s["people"], s["share"]) for s in rep["sources"]] == [
        ("路过", 2, 3, Decimal("50.0")), ("朋友介绍", 1, 3, Decimal("25.0")), ("未填", 1, 1, Decimal("25.0"))]
    by_name = {c["name"]: c for c in rep["consultants"]}
    a, b = by_name["张伟"], by_name["李娜"]
    assert (a["groups"], a["people"], a["first"], a["return"]) == (3, 4, 2, 1)
    assert (a["assign"], a["owner"], a["skip"]) == (2, 1, 0)
    assert (b["groups"], b["people"], b["assign"], b["skip"], b["skip_reasons"]) == (1, 3, 1, 2, {"忙": 1, "休息": 1})
    assert rep["consultants"][0]["name"] == "张伟"  # most receptions first


def test_conversion_of_first_to_return_visits(rep, known):
    conv = rep["conversion"]
    assert (conv["first_groups"], conv["return_groups"], conv["return_share"]) == (3, 1, Decimal("25.0"))
    # 赵 came back on Wednesday, 钱 on 26 Nov, 孙 not (yet)
    assert (conv["first_customers"], conv["came_back"], conv["rate"]) == (3, 2, Decimal("66.7"))
    assert conv["complete"] is False  # the 28-day window runs to 20 Dec
    from desk.services.overview import weekly

    earlier = weekly.report("2026-W47", at=D(2026, 11, 24, 12))["conversion"]
    assert earlier["came_back"] == 1  # on 24 Nov 钱 had not come back yet


def test_bar_consumption_cost_waste_and_count_differences(rep):
    bar = rep["bar"]
    rows = {r["name"]: r for r in bar["consumption"]}
    # water: 48 bottles at 24.00/箱 (1.00 a bottle) and 24 at 1.30 -> 1.10; the receipt after the week ignored
    assert rows["矿泉水"]["quantity"] == 14 and rows["矿泉水"]["unit_cost"] == Decimal("1.10")
    assert rows["矿泉水"]["cost"] == Decimal("15.40")
    assert rows["龙井"]["unit_cost"] == Decimal("3.00") and rows["龙井"]["cost"] == Decimal("9.00")
    assert rows["西瓜"]["quantity"] == Decimal("2.5") and rows["西瓜"]["cost"] is None
    assert bar["unpriced"] == ["西瓜"]
    assert bar["cost"] == Decimal("24.40") and bar["people"] == 7
    assert bar["cost_per_visitor"] == Decimal("3.49")
    waste = {r["name"]: r for r in bar["waste"]}
    assert waste["西瓜"]["quantity"] == Decimal("1.5") and waste["矿泉水"]["cost"] == Decimal("1.10")
    assert bar["waste_cost"] == Decimal("1.10")
    assert bar["waste_reasons"] == {"切开未用完的水果": 1, "破损": 1}
    [diff] = bar["count_differences"]
    assert (diff["name"], diff["expected"], diff["counted"], diff["difference"], diff["reason"]) == (
        "矿泉水", 50, 49, -1, "漏记出品")
    assert diff["value"] == Decimal("-1.10") and bar["difference_value"] == Decimal("-1.10")


def test_showflat_incidents_service_targets_and_carried_over(rep):
    inc = rep["showflats"]
    assert [(r["kind"], r["status"]) for r in inc["rows"]] == [("损坏", "已上报"), ("缺失", "关闭")]
    assert inc["by_kind"] == {"损坏": 1, "缺失": 1}
    svc = rep["service"]
    assert svc["repairs"] == {"received": 3, "done": 2, "late": 2}
    assert (svc["complaints"]["received"], svc["complaints"]["closed"], svc["complaints"]["handled"]) == (1, 1, 1)
    assert svc["complaints"]["by_category"] == {"噪音": 1}
    t = svc["targets"]
    assert (t["satisfaction"]["num"], t["satisfaction"]["den"], t["satisfaction"]["met"]) == (2, 3, False)
    assert (t["complaints_handled"]["value"], t["complaints_handled"]["met"]) == (Decimal("100"), True)
    assert (t["repairs_on_time"]["num"], t["repairs_on_time"]["den"], t["repairs_on_time"]["met"]) == (1, 3, False)
    car = rep["carried"]
    assert (car["repairs"], car["complaints"], car["callbacks"], car["keys_out"], car["incidents"],
            car["purchase_requests"]) == (1, 1, 1, 1, 2, 1)
    assert [r["number"] for r in car["rows"]] == ["TS-0", "WX-3"]
    assert car["rows"][1]["status"] == "已受理"


def test_carried_over_shows_the_status_at_the_end_of_the_week(known):
    """Printed a week later, the report still says where each open case stood on Sunday night."""
    from desk.db.servicedesk import Complaint, ComplaintCategory, Repair, Unit
    from desk.services.overview import weekly

    unit = Unit.get()
    Repair.update(status="done", dispatched_at=D(2026, 11, 21, 14), done_at=D(2026, 11, 24, 9)).where(
        Repair.number == "WX-3").execute()  # dispatched on Saturday, done on Tuesday of the next week
    Complaint.update(status="closed", judged_at=D(2026, 11, 17, 9), investigated_at=D(2026, 11, 25, 9),
                     closed_at=D(2026, 11, 27, 9)).where(Complaint.number == "TS-0").execute()
    Complaint.create(number="TS-2", unit=unit, complainant="孙先生", category=ComplaintCategory.get(),
                     content="快递柜", status="explained", received_at=D(2026, 11, 18, 9),
                     judged_at=D(2026, 11, 18, 11), closed_at=D(2026, 11, 18, 11))  # explained the same day

    rows = weekly.report("2026-W47", at=AT)["carried"]["rows"]
    assert [(r["number"], r["status"]) for r in rows] == [("TS-0", "已判断"), ("WX-3", "已派工")]
    rows = weekly.report("2026-W46", at=AT)["carried"]["rows"]
    assert [(r["number"], r["status"]) for r in rows] == [("TS-0", "已受理")]


def test_status_at_reads_each_stage_in_turn(known):
    from desk.db.servicedesk import Complaint, Repair
    from desk.services.servicedesk import complaints, repairs

    repair = Repair.get(Repair.number == "WX-1")  # received 16th 9:00, done 16th 15:00, called back 18th
    assert [repairs.status_at(repair, D(2026, 11, d, h)) for d, h in ((16, 8), (16, 12), (17, 9), (19, 9))] == [
        "received", "received", "done", "called_back"]
    complaint = Complaint.get(Complaint.number == "TS-1")  # closed 19th, called back 20th
    assert [complaints.status_at(complaint, D(2026, 11, d, 12)) for d in (18, 19, 20)] == [
        "received", "closed", "called_back"]
    complaint.judged_at = complaint.closed_at = D(2026, 11, 17, 10)  # judged not valid: explained at once
    assert complaints.status_at(complaint, D(2026, 11, 17, 11)) == "explained"


def test_empty_week(known):
    from desk.services.overview import weekly

    rep = weekly.report("2026-W30", at=AT)
    assert rep["visitors"]["totals"]["people"] == 0 and rep["visitors"]["totals"]["change_last_week"] is None
    assert rep["sources"] == [] and rep["consultants"] == []
    assert rep["conversion"]["rate"] is None
    assert rep["bar"]["consumption"] == [] and rep["bar"]["cost_per_visitor"] is None
    assert all(f["met"] is None for f in rep["service"]["targets"].values())
    assert rep["showflats"]["rows"] == []


def test_week_across_the_year_end(make_staff):
    from desk.db.reception import Customer, Visit
    from desk.services.overview import weekly

    cust = Customer.create(surname="郑")
    for day, party in ((dt.date(2026, 12, 31), 2), (dt.date(2027, 1, 2), 3), (dt.date(2027, 1, 9), 1),
                       (dt.date(2026, 12, 27), 5)):
        Visit.create(customer=cust, day=day, arrived_at=dt.datetime.combine(day, dt.time(10)), party_size=party)
    w53 = weekly.report("2026-W53", at=AT)
    assert [r["people"] for r in w53["visitors"]["rows"]] == [0, 0, 0, 2, 0, 3, 0]
    assert w53["visitors"]["rows"][6]["last_week_people"] == 5  # Sunday 27 Dec, in 2026-W52
    w1 = weekly.report("2027-W01", at=AT)
    assert w1["visitors"]["totals"]["people"] == 1 and w1["visitors"]["rows"][5]["last_week_people"] == 3
    assert w1["visitors"]["last_week"] == "2026-W53"


def test_report_needs_reports_permission(known, make_staff):
    from desk.services.overview import weekly

    _staff, host = make_staff("reception")
    with pytest.raises(PermissionDenied, match="员工101（前台）无权查看报表"):
        weekly.report("2026-W47", host)
    _staff, boss = make_staff("supervisor")
    assert weekly.report("2026-W47", boss, at=AT)["label"] == "2026-W47"


def test_overview_today_figures(known):
    from desk.services.overview import today as overview

    fig = overview.today(dt.date(2026, 11, 16), None, at=D(2026, 11, 16, 16))
    r = fig["reception"]
    assert (r["groups"], r["people"], r["in_hall_groups"], r["in_hall_people"]) == (2, 5, 1, 3)
    assert (r["first"], r["return"], r["first_people"], r["return_people"]) == (2, 0, 5, 0)
    assert r["by_hour"] == {10: 1, 14: 1}
    assert r["by_source"] == {"路过": 1, "朋友介绍": 1}
    assert r["by_consultant"] == {"张伟": 1, "李娜": 1}
    assert r["servings"] == 3
    b = fig["bar"]
    assert [x["name"] for x in b["below_minimum"]] == ["龙井"]
    assert [(x["name"], x["quantity"]) for x in b["expiring"]] == [("龙井", 4)] and b["expired"] == []
    assert (b["items_out"], b["drinks_out"], b["waste"]) == (2, 13, [])  # water 10 and tea 3
    b18 = overview.today(dt.date(2026, 11, 18), None)["bar"]
    assert [x["name"] for x in b18["expired"]] == ["龙井"]
    assert [(x["name"], x["quantity"]) for x in b18["waste"]] == [("西瓜", Decimal("1.5"))]
    s = fig["showflats"]
    assert s["open_incidents"] == 2 and s["workers_inside"] == 0 and s["cleaning_due"] == 0
    assert any("已逾期：样板间开馆检查" in text for text in s["checks_due"])
    i = fig["inspections"]
    assert any(text.startswith("销售大厅开馆检查（销售大厅）08:30") for text in i["overdue"])
    assert any(text.startswith("夜间巡逻") for text in i["missed"])  # the night before: no patrol
    assert (i["open_incidents"], i["open_orders"], i["vehicles_inside"]) == (0, 0, 0)
    d = fig["service"]
    assert (d["open_repairs"], d["overdue_repairs"], d["open_complaints"]) == (1, 0, 1)
    assert (d["overdue_keys"], d["keys_out"], d["callbacks_pending"], d["callbacks_overdue"]) == (0, 1, 1, 1)
    later = overview.today(dt.date(2026, 11, 22), None, at=D(2026, 11, 22, 12))["service"]
    assert (later["overdue_repairs"], later["overdue_keys"]) == (1, 1)


def test_overview_shows_only_what_the_session_may_see(known, make_staff):
    from desk.services.overview import today as overview

    day = dt.date(2026, 11, 16)
    _s, bar = make_staff("bar")
    assert set(overview.today(day, bar)) == {"day", "at", "bar", "inspections"}
    _s, host = make_staff("reception")
    assert set(overview.today(day, host)) == {"day", "at", "reception", "bar", "showflats", "service", "inspections"}
    _s, consultant = make_staff("consultant")
    assert set(overview.today(day, consultant)) == {"day", "at", "reception"}
    _s, guard = make_staff("guard")
    assert set(overview.today(day, guard)) == {"day", "at", "inspections"}


# -- PDF, Excel and the command ----------------------------------------------------------------
def test_weekly_pdf_has_every_part_with_whole_chinese_labels(rep, tmp_path):
    import io

    from pypdf import PdfReader

    from desk.printing.weekly import render_weekly

    pdf = render_weekly([rep])
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ("案场周报 2026-W47", "一、来访", "上周（2026-W46）", "四周前（2026-W43）", "路过", "朋友介绍",
                     "张伟", "李娜", "休息1、忙1", "矿泉水", "15.40", "人均成本", "¥3.49", "盘点差异 1 条",
                     "漏记出品", "扶手划痕", "满意率", "投诉处理率", "维修及时率", "未达标", "达标", "遗留事项",
                     "TS-0", "WX-3", "〓" * 0):
        assert expected in text, expected
    assert "〓" not in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.add(bool(descriptor.get_object().get("/FontFile2")))
    assert fonts == {True}  # every font embedded


def test_weekly_pdf_compares_only_with_weeks_the_program_was_in_use_and_signs_money_first(known, paper):
    from desk.printing.weekly import render_weekly
    from desk.services.overview import weekly

    early = weekly.report("2026-W46", at=AT)  # four weeks before it the program had no visits yet
    t = early["visitors"]["totals"]
    assert t["month_ago_complete"] is False and t["change_month_ago"] is None
    assert t["last_week_complete"] is True
    sheet = paper(render_weekly([early, weekly.report("2026-W47", at=AT)]))
    assert sheet.page_of("较四周前（人数）数据不足") is not None
    assert "-¥1.10" in sheet.text and "¥-" not in sheet.text  # the count difference of W47
    assert sheet.line_starts() == [] and sheet.bad_breaks() == []


def test_several_weeks_in_one_pdf_and_empty_week(known):
    import io

    from pypdf import PdfReader

    from desk.printing.weekly import render_weekly
    from desk.services.overview import weekly

    reports = [weekly.report(w, at=AT) for w in weekly.weeks_ending(weekly.parse_week("2026-W47"), 3)]
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(render_weekly(reports))).pages]
    firsts = [next(w for w in ("2026-W45", "2026-W46", "2026-W47") if f"案场周报 {w}\n" in p)
              for p in pages if any(f"案场周报 {w}\n" in p for w in ("2026-W45", "2026-W46", "2026-W47"))]
    assert firsts == ["2026-W45", "2026-W46", "2026-W47"]  # each week starts on its own page, in order
    empty = render_weekly([weekly.report("2026-W30", at=AT)])
    assert "本周无来访" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(empty)).pages)


def test_weekly_workbook_holds_the_same_figures(rep, tmp_path):
    from openpyxl import load_workbook

    from desk.excel.weekly import write_weekly

    path = write_weekly(tmp_path / "周报.xlsx", [rep])
    wb = load_workbook(path)
    assert wb.sheetnames == ["汇总", "来访按日", "来源", "顾问接待", "水吧消耗", "报损", "盘点差异", "样板间事件",
                             "客服目标", "遗留事项", "遗留明细"]
    summary = [c.value for c in wb["汇总"][2]]
    assert summary[:5] == ["2026-W47", dt.datetime(2026, 11, 16), dt.datetime(2026, 11, 22), 4, 7]
    assert summary[11] == pytest.approx(24.40) and summary[12] == pytest.approx(3.49)
    days = list(wb["来访按日"].iter_rows(min_row=2, values_only=True))
    assert len(days) == 7 and days[1][6] == 4  # Tuesday: 4 people last week
    targets = {r[1]: r[6] for r in wb["客服目标"].iter_rows(min_row=2, values_only=True)}
    assert targets == {"满意率": "未达标", "投诉处理率": "达标", "维修及时率": "未达标"}


def test_print_weekly_command(known, data_dir, tmp_path, capsys):
    from desk.cli import main

    pdf, xlsx = tmp_path / "w.pdf", tmp_path / "w.xlsx"
    code = main(["--data-dir", str(data_dir.root), "print", "weekly", "--week", "2026-W47", "--out", str(pdf),
                 "--xlsx", str(xlsx)])
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and xlsx.exists()
    assert "已生成" in capsys.readouterr().out
    many = tmp_path / "four.pdf"
    assert main(["--data-dir", str(data_dir.root), "weekly", "--week", "2027-W01", "--weeks", "4",
                 "--out", str(many)]) == 0
    assert many.exists()
    assert main(["--data-dir", str(data_dir.root), "weekly", "--week", "2025-W53", "--out", str(many)]) == 2
    assert "2025 年没有第 53 周" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir.root), "weekly", "--weeks", "0", "--out", str(many)]) == 2
