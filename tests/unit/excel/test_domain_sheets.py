"""The domains' sheets: each exports, and the managers' lists import through the domain services."""
import datetime as dt
import decimal

import openpyxl

from desk.db.bar import Item
from desk.db.reception import Customer, Visit, VisitSource
from desk.db.servicedesk import PriceItem, Unit
from desk.db.showflats import Item as FlatItem, QuantityChange
from desk.excel import sync
from desk.services.bar import stock
from desk.services.core.session import Session
from desk.services.servicedesk import fees, keys, specials, units
from desk.services.showflats import flats as showflats


def export_and_load(session, tmp_path):
    result = sync.export_workbook(session, tmp_path / "s.xlsx")
    return result, openpyxl.load_workbook(result.path)


def header_index(ws):
    return {c.value: i for i, c in enumerate(ws[1])}


def test_bar_items_round_trip(admin, tmp_path):
    tea = stock.save_item(admin, None, name="龙井", category="茶", unit="包", min_stock=5, par_level=20,
                          unit_price=decimal.Decimal("12.5"))
    stock.save_item(admin, None, name="可乐", category="饮料", unit="瓶", pack_unit="箱", pack_factor=24)
    result, wb = export_and_load(session := admin, tmp_path)
    for title in ("水吧物品", "库存流水", "水吧盘点", "采购申请"):
        assert title in wb.sheetnames
    ws = wb["水吧物品"]
    h = header_index(ws)
    assert ws.protection.sheet
    assert any("茶" in dv.formula1 for dv in ws.data_validations.dataValidation)
    row = next(r for r in ws.iter_rows(min_row=2) if r[h["名称"]].value == "龙井")
    assert row[h["单价"]].value == 12.5 and row[h["单价"]].number_format == "#,##0.00"
    row[h["单价"]].value = "１５.００"
    row[h["最低库存"]].value = "8"
    new = [None] * len(h)
    new[h["名称"]], new[h["类别"]], new[h["单位"]], new[h["存放位置"]] = "铁观音", "茶", "包", "吧台"
    ws.append(new)
    bad = list(new)
    bad[h["名称"]], bad[h["类别"]] = "奶茶", "奶制品"
    ws.append(bad)
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(session, tmp_path / "e.xlsx")
    assert [i.column for i in plan.all_issues] == ["类别"]
    ws.delete_rows(ws.max_row)
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(session, tmp_path / "e.xlsx")
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    assert plan.counts()["change"] == 1 and plan.counts()["new"] == 1
    sync.apply_import(session, plan)
    tea = Item.get_by_id(tea.id)
    assert tea.unit_price == decimal.Decimal("15.00") and tea.min_stock == 8
    assert Item.get(Item.name == "铁观音").category == "茶"


def test_reception_sheets_and_sources(admin, make_staff, tmp_path):
    consultant, consultant_session = make_staff("consultant", code="61", name="张磊")
    other, _ = make_staff("consultant", code="62", name="杨帆")
    at = dt.datetime(2026, 11, 20, 10, 30)
    mine = Customer.create(surname="王", title="先生", phone="13812345678", owner=consultant.id)
    theirs = Customer.create(surname="李", title="女士", phone="13987654321", owner=other.id)
    source = VisitSource.get(VisitSource.name == "路过")
    for c, who in ((mine, consultant), (theirs, other)):
        Visit.create(customer=c, day=at.date(), arrived_at=at, party_size=2, source=source, consultant=who.id)
    # A consultant (allowed to export here) sees the phones of their own customers only.
    limited = Session(consultant_session.staff_id, "张磊", ("consultant",), frozenset({"export"}))
    result = sync.export_workbook(limited, tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(result.path)["来访登记"]
    h = header_index(ws)
    phones = sorted(r[h["手机"]] for r in ws.iter_rows(min_row=2, values_only=True))
    assert phones == ["13812345678", "139****4321"]
    assert isinstance(ws.cell(2, h["到访时间"] + 1).value, dt.datetime)

    result, wb = export_and_load(admin, tmp_path)
    ws = wb["认知途径"]
    h = header_index(ws)
    for row in ws.iter_rows(min_row=2):
        if row[h["名称"]].value == "短信":
            row[h["在用"]].value = "否"
    ws.append([None, "抖音", None, "是"])
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    sync.apply_import(admin, plan)
    assert VisitSource.get(VisitSource.name == "短信").active is False
    assert VisitSource.get(VisitSource.name == "抖音").active is True
    # Renaming an existing source is refused with a reason (history refers to it)
    result, wb = export_and_load(admin, tmp_path)
    ws = wb["认知途径"]
    ws.cell(2, header_index(ws)["名称"] + 1).value = "路过2"
    wb.save(tmp_path / "r.xlsx")
    plan = sync.plan_import(admin, tmp_path / "r.xlsx")
    assert plan.has_errors and "不能改名" in plan.all_issues[0].message


def test_showflat_items_round_trip(admin, tmp_path):
    flat = showflats.add_flat(admin, "A户型 128㎡", rooms=["客厅", "主卧"])
    sofa = showflats.add_item(admin, flat.id, "客厅", "三人沙发", "家私", 1, "8800")
    lamp = showflats.add_item(admin, flat.id, "主卧", "床头灯", "电器", 2, "420")
    result, wb = export_and_load(admin, tmp_path)
    for title in ("样板间", "样板间物品", "样板间巡检", "样板间事件"):
        assert title in wb.sheetnames
    ws = wb["样板间物品"]
    h = header_index(ws)
    rows = {r[h["名称"]].value: r for r in ws.iter_rows(min_row=2)}
    rows["三人沙发"][h["价值"]].value = 9200
    rows["床头灯"][h["数量"]].value = "３"
    new = [None] * len(h)
    new[h["样板间"]], new[h["房间"]], new[h["名称"]], new[h["类别"]], new[h["数量"]] = \
        "A户型 128㎡", "书房", "台灯", "电器", 1
    ws.append(new)
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    assert plan.counts()["change"] == 2 and plan.counts()["new"] == 1
    sync.apply_import(admin, plan)
    assert FlatItem.get_by_id(sofa.id).value == decimal.Decimal("9200.00")
    assert FlatItem.get_by_id(lamp.id).expected_qty == 3
    assert QuantityChange.select().where(QuantityChange.item == lamp.id).count() == 1  # confirmed, journalled
    assert FlatItem.get(FlatItem.name == "台灯").room.name == "书房"

    # The same workbook again: the 台灯 row (still without ID) is the lamp now in the program.
    again = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert not again.has_errors and again.nothing_to_do, [c.summary() for c in again.visible_changes]
    # Its quantity edited in that row: a change of that lamp, not a second lamp.
    wb = openpyxl.load_workbook(tmp_path / "e.xlsx")
    ws = wb["样板间物品"]
    desk_lamp = [r for r in ws.iter_rows(min_row=2) if r[h["名称"]].value == "台灯"][0]
    desk_lamp[h["数量"]].value = 2
    wb.save(tmp_path / "e2.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e2.xlsx")
    assert (plan.counts()["new"], plan.counts()["change"]) == (0, 1), [c.summary() for c in plan.visible_changes]
    sync.apply_import(admin, plan)
    assert [i.expected_qty for i in FlatItem.select().where(FlatItem.name == "台灯")] == [2]

    # Twins made before (two 台灯 in 书房): a row without ID cannot say which one it means.
    twin = showflats.add_item(admin, flat.id, "书房", "台灯", "电器", 1)
    plan = sync.plan_import(admin, tmp_path / "e2.xlsx")
    assert plan.has_errors
    assert any(f"{twin.id}" in i.message and "请填写 ID" in i.message for i in plan.all_issues)
    # Both retired: the row without ID is a new 台灯 again, as a new row always was.
    for item in FlatItem.select().where(FlatItem.name == "台灯"):
        showflats.retire_item(admin, item.id, "搬走")
    plan = sync.plan_import(admin, tmp_path / "e2.xlsx")
    assert not plan.has_errors and plan.counts()["new"] == 1, [i.text() for i in plan.all_issues]


def test_units_and_fee_table_round_trip(admin, tmp_path):
    u1 = units.add_unit(admin, "3", "1", "1202", area="128.5", owner_name="王建", owner_phone="13811112222")
    units.add_unit(admin, "3", "1", "1203", area="96", owner_name="李梅", owner_phone="13933334444")
    fee = specials.add_price_item(admin, "special", "开荒保洁", "次", "300")
    result, wb = export_and_load(admin, tmp_path)
    for title in ("房号与业主", "收费标准", "报修", "投诉", "来电", "钥匙借用", "物业费通知"):
        assert title in wb.sheetnames
    ws = wb["房号与业主"]
    h = header_index(ws)
    rows = {r[h["房号"]].value: r for r in ws.iter_rows(min_row=2)}
    assert rows["1202"][h["业主电话"]].value == "138****2222"
    rows["1202"][h["业主"]].value = "王建国"  # the masked phone is left as exported
    new = [None] * len(h)
    new[h["楼栋"]], new[h["单元"]], new[h["房号"]], new[h["建筑面积"]], new[h["业主电话"]] = \
        "３", "1", "1301", "88.00", "13755556666"
    new[h["入住日期"]] = "2026年11月23日"
    ws.append(new)
    fees = wb["收费标准"]
    fh = header_index(fees)
    fees.cell(2, fh["单价"] + 1).value = "¥350"
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(admin, tmp_path / "e.xlsx")
    assert not plan.has_errors, [i.text() for i in plan.all_issues]
    assert plan.counts()["change"] == 2 and plan.counts()["new"] == 1
    sync.apply_import(admin, plan)
    u1 = Unit.get_by_id(u1.id)
    assert u1.owner_name == "王建国" and u1.owner_phone == "13811112222"
    new_unit = Unit.get((Unit.building == "3") & (Unit.room == "1301"))
    assert str(new_unit.move_in) == "2026-11-23" and new_unit.owner_phone == "13755556666"
    assert PriceItem.get_by_id(fee.id).price == decimal.Decimal("350.00")
    # a unit removed from the sheet cannot be deactivated: an error naming it, nothing applied
    result, wb = export_and_load(admin, tmp_path)
    ws = wb["房号与业主"]
    ws.delete_rows(2)
    ws.cell(2, header_index(ws)["业主"] + 1).value = "改名"
    wb.save(tmp_path / "d.xlsx")
    plan = sync.plan_import(admin, tmp_path / "d.xlsx")
    assert plan.has_errors and any("不能停用或删除" in i.message for i in plan.all_issues)


def test_workbook_prints_tidily(admin, make_staff, tmp_path):
    """Every sheet on paper: A4, landscape when wide, one page wide, the header row on each page, a
    footer with the sheet's name and page; the 说明 text wraps; 面积 and 单价 have number formats;
    钥匙借用's 电话 is filled, masked unless a manager asks for full numbers."""
    unit = units.add_unit(admin, "3", "1", "1202", area="128.5", owner_name="王建", owner_phone="13811112222")
    period = fees.create_period(admin, "2026年第四季度", dt.date(2026, 10, 1), 3, "2.2", dt.date(2026, 10, 31))
    fees.issue_notices(admin, period.id)
    keys.lend(admin, "3-1-1202 入户门", "王师傅", "110101199003071234", "装修", "何伟", unit=unit.id,
              phone="13712345678")
    _, host = make_staff("reception", "supervisor")
    result, wb = export_and_load(host, tmp_path)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        setup = ws.page_setup
        assert str(setup.paperSize) == ws.PAPERSIZE_A4, ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1", ws.title
        assert "&A" in ws.oddFooter.center.text and "&P" in ws.oddFooter.center.text
        width = sum(ws.column_dimensions[c].width or 0 for c in ws.column_dimensions)
        assert setup.orientation == ("landscape" if width > 95 else "portrait"), (ws.title, width)
    info = wb["说明"]
    long_text = [c for row in info.iter_rows() for c in row if isinstance(c.value, str) and len(c.value) > 60]
    assert long_text and all(c.alignment.wrap_text for c in long_text)
    notices = wb["物业费通知"]
    h = header_index(notices)
    row = next(notices.iter_rows(min_row=2))
    assert row[h["面积"]].value == 128.5 and row[h["面积"]].number_format == "#,##0.00"
    assert row[h["单价（元/㎡/月）"]].number_format == "0.00##"
    loans = wb["钥匙借用"]
    assert next(loans.iter_rows(min_row=2))[header_index(loans)["电话"]].value == "137****5678"
    full = openpyxl.load_workbook(sync.export_workbook(host, tmp_path / "f.xlsx", full_phones=True).path)
    loans = full["钥匙借用"]
    assert next(loans.iter_rows(min_row=2))[header_index(loans)["电话"]].value == "13712345678"  # a manager asked


def test_the_customer_cycles_sheets_mask_phones_for_the_person_exporting(admin, make_staff, supervisor, tmp_path):
    """洽谈补录, 客户跟进, 认购与签约 and 转化漏斗 are in the sync workbook; a consultant sees the
    numbers of their own customers only (issue 21's sheets under issue 20's masking)."""
    from desk.services.reception import completions, hall, outcomes, visitors
    from desk.services.reception.visitors import Registration

    mine_staff, mine = make_staff("consultant", code="61", name="张磊")
    other_staff, other = make_staff("consultant", code="62", name="杨帆")
    _, host = make_staff("reception", code="10", name="陈静")
    at = dt.datetime(2026, 11, 20, 10, 30)
    for phone, who in (("13812345678", mine_staff), ("13987654321", other_staff)):
        v = visitors.register_visit(host, Registration(phone=phone, surname="王", title="先生", consultant_id=who.id),
                                    at=at)
        hall.depart(host, v.id, at=at + dt.timedelta(minutes=30))
        session = mine if who is mine_staff else other
        completions.complete_visit(session, v.id, grade="A", needs="三房", at=at + dt.timedelta(hours=1))
        visitors.add_follow_up(session, v.customer_id, "约周末", channel="phone", at=at + dt.timedelta(days=1))
        sub = outcomes.record_subscription(session, v.customer_id, unit=f"3-1-{phone[-4:]}", price="2000000",
                                           day=at.date() + dt.timedelta(days=1), at=at + dt.timedelta(days=1))
        outcomes.decide_subscription(supervisor, sub.id, True, at=at + dt.timedelta(days=1, hours=1))
    limited = Session(mine.staff_id, "张磊", ("consultant",), frozenset({"export", "reports.view"}))
    wb = openpyxl.load_workbook(sync.export_workbook(limited, tmp_path / "c.xlsx").path)
    assert {"洽谈补录", "客户跟进", "认购与签约", "转化漏斗"} <= set(wb.sheetnames)
    for title in ("客户跟进", "认购与签约"):
        ws = wb[title]
        h = header_index(ws)
        assert sorted(r[h["手机"]] for r in ws.iter_rows(min_row=2, values_only=True)) == \
            ["13812345678", "139****4321"], title
    talks = wb["洽谈补录"]
    assert [r[header_index(talks)["需求"]] for r in talks.iter_rows(min_row=2, values_only=True)] == ["三房", "三房"]
    funnel_sheet = wb["转化漏斗"]
    h = header_index(funnel_sheet)
    assert any(r[h["认购"]] == 2 for r in funnel_sheet.iter_rows(min_row=2, values_only=True))
    # and a supervisor's workbook (without 完整号码) masks both
    wb = openpyxl.load_workbook(sync.export_workbook(supervisor.without("phone.full"), tmp_path / "s.xlsx").path)
    ws = wb["认购与签约"]
    assert all("****" in r[header_index(ws)["手机"]] for r in ws.iter_rows(min_row=2, values_only=True))
