import datetime as dt
from decimal import Decimal

import pytest

from desk.db.bar import PurchaseLine, StockBatch, StockCount, StockEntry
from desk.services.bar import alerts as bar_alerts, closing as barclosing, purchasing, stock, count as stockcount
from desk.services.core import shifts
from desk.services.core.errors import NotFound, PermissionDenied, ValidationError
from desk.services.core.staff import verify_cosigner
from desk.services.duty import handover


@pytest.fixture
def bar(database, make_staff, admin):
    _, attendant = make_staff("bar", code="20", name="赵小梅")
    _, guard = make_staff("guard", code="50", name="何伟", pin="5050")
    cola = stock.save_item(admin, name="可乐", category="饮料", unit="罐", pack_unit="箱", pack_factor=24,
                           min_stock=12, par_level=48, barcode="6901234567890", shelf_life_days=365)
    tea = stock.save_item(admin, name="龙井", category="茶", unit="包", min_stock=5, par_level=20)
    return dict(admin=admin, attendant=attendant, guard=guard, cola=cola, tea=tea)


def entries_count():
    return StockEntry.select().count()


def test_serving_takes_oldest_batch_first_across_batches(bar):
    s, cola = bar["admin"], bar["cola"]
    later = stock.receive(s, cola.id, 10, best_before=dt.date(2027, 3, 1))
    older = stock.receive(s, cola.id, 5, best_before=dt.date(2026, 12, 31))
    served = stock.book_serving(bar["attendant"], cola.id, 7, ref_type="visit", ref_id=3)
    assert [(e.batch_id, e.quantity) for e in served] == [(older.batch_id, Decimal("-5")),
                                                         (later.batch_id, Decimal("-2"))]
    assert all(e.ref_type == "visit" and e.ref_id == 3 for e in served)
    assert StockBatch.get_by_id(older.batch_id).remaining == 0
    assert StockBatch.get_by_id(later.batch_id).remaining == 8
    assert stock.stock_level(cola.id) == 8
    assert stock.stock_levels()[cola.id] == 8 == stock.journal_levels()[cola.id]


def test_receipt_in_packs_and_unknown_unit_refused(bar):
    s, cola = bar["admin"], bar["cola"]
    entry = stock.receive(s, cola.id, 2, "箱")
    assert entry.quantity == 48 and entry.pack_quantity == 2
    n = entries_count()
    with pytest.raises(ValidationError, match="物品 可乐 没有单位“斤”（可用：罐、箱）") as exc:
        stock.receive(s, cola.id, 2, "斤")
    assert "没有单位“斤”" in exc.value.message
    assert entries_count() == n and stock.stock_level(cola.id) == 48


@pytest.mark.parametrize("bad, message", [
    (0, "数量必须大于零"), (-3, "数量不能为负数"), ("abc", "数量必须是数字：abc"), ("", "请填写数量"),
    ("1e999", "数量太大：1e999"), ("1.23456", "数量最多三位小数"), (None, "数量必须是数字：None"),
    (True, "数量必须是数字"),
])
def test_bad_quantities_refused_and_nothing_booked(bar, bad, message):
    s, cola = bar["admin"], bar["cola"]
    stock.receive(s, cola.id, 10)
    n = entries_count()
    for call in (lambda: stock.book_serving(s, cola.id, bad), lambda: stock.receive(s, cola.id, bad),
                 lambda: stock.book_waste(s, cola.id, bad, "破损")):
        with pytest.raises(ValidationError, match=f"^{message}$"):
            call()
    assert entries_count() == n and stock.stock_level(cola.id) == 10


def test_unknown_barcode_is_a_chinese_not_found(bar):
    assert stock.find_item_by_barcode("6901234567890").name == "可乐"
    with pytest.raises(NotFound, match="未知条码：0000") as exc:
        stock.find_item_by_barcode("0000")
    assert exc.value.message == "未知条码：0000"


def test_reversal_of_a_reversal(bar):
    s, cola = bar["admin"], bar["cola"]
    stock.receive(s, cola.id, 10)
    served = stock.book_serving(s, cola.id, 3)[0]
    undo = stock.reverse_entry(s, served.id, "点错了")
    assert undo.reverses_id == served.id and undo.quantity == 3
    assert stock.stock_level(cola.id) == 10
    redo = stock.reverse_entry(s, undo.id, "其实已出品")
    assert redo.reverses_id == undo.id and redo.quantity == -3
    assert stock.stock_level(cola.id) == 7 == stock.journal_levels()[cola.id]
    with pytest.raises(ValidationError, match="第 2 条已冲销过"):
        stock.reverse_entry(s, served.id, "再冲一次")
    with pytest.raises(ValidationError, match="冲销须填写原因"):
        stock.reverse_entry(s, redo.id, "  ")
    # nothing edited in place
    assert StockEntry.get_by_id(served.id).quantity == -3


def test_negative_stock_refused_then_supervisor_override(bar):
    cola, attendant = bar["cola"], bar["attendant"]
    stock.receive(bar["admin"], cola.id, 2)
    n = entries_count()
    with pytest.raises(ValidationError, match="库存不足：可乐 现有 2罐，要出 3罐") as exc:
        stock.book_serving(attendant, cola.id, 3)
    assert "库存不足" in exc.value.message
    with pytest.raises(PermissionDenied, match="库存不足时出库须由主管确认"):  # an attendant cannot override herself
        stock.book_serving(attendant, cola.id, 3, override_reason="客户急需")
    assert entries_count() == n
    sup = verify_cosigner("01", "1234", "stock.adjust")
    entries = stock.book_serving(attendant, cola.id, 3, override=sup, override_reason="新货在路上，先出品")
    assert stock.stock_level(cola.id) == -1
    assert entries[-1].override_by_id == sup.staff_id and entries[-1].override_reason


def test_receipt_signoff_setting(bar, settings):
    settings.set("stock_receipt_signoff", True)
    entry = stock.receive(bar["attendant"], bar["tea"].id, 10)
    assert entry.needs_signoff and entry.signed_by_id is None
    assert [e.id for e in stock.unsigned_receipts()] == [entry.id]
    assert any(a.kind == "signoff" for a in bar_alerts.alerts())
    with pytest.raises(PermissionDenied, match="赵小梅（水吧客服）无权调整库存、签批、维护物品"):
        stock.sign_receipt(bar["attendant"], entry.id)
    signed = stock.sign_receipt(bar["admin"], entry.id)
    assert signed.signed_by_id == bar["admin"].staff_id
    assert not list(stock.unsigned_receipts())
    wrong = stock.receive(bar["attendant"], bar["tea"].id, 5)
    stock.reverse_entry(bar["attendant"], wrong.id, "录入错误")
    assert not list(stock.unsigned_receipts())  # a reversed receipt waits for nobody
    settings.set("stock_receipt_signoff", False)
    assert not stock.receive(bar["attendant"], bar["tea"].id, 1).needs_signoff


def test_inactive_item_cannot_be_counted_or_served(bar):
    s = bar["admin"]
    old = stock.save_item(s, name="旧茶", category="茶", unit="包")
    stock.save_item(s, old.id, active=False)
    with pytest.raises(ValidationError, match="物品 旧茶 已停用，不能盘点") as exc:
        stockcount.submit_count(bar["attendant"], "开班", {old.id: 1})
    assert "已停用" in exc.value.message
    with pytest.raises(ValidationError, match="物品 旧茶 已停用"):
        stock.book_serving(s, old.id, 1)
    assert StockCount.select().count() == 0


def test_purchase_proposal_on_a_known_history(bar, settings):
    s, cola, tea = bar["admin"], bar["cola"], bar["tea"]
    today = dt.date(2026, 11, 23)
    stock.receive(s, cola.id, 80, at=dt.datetime(2026, 11, 1, 9))
    stock.receive(s, tea.id, 30, at=dt.datetime(2026, 11, 1, 9))
    # 14 days to today: 70 cans served (5 a day) -> 10 left; one serving before the window.
    for i in range(14):
        stock.book_serving(s, cola.id, 5, at=dt.datetime(2026, 11, 10 + i, 15))
    # tea: 28 used in the window incl. 2 wasted and a reversed serving of 4
    for i in range(13):
        stock.book_serving(s, tea.id, 2, at=dt.datetime(2026, 11, 10 + i, 11))
    wrong = stock.book_serving(s, tea.id, 4, at=dt.datetime(2026, 11, 23, 12))[0]
    stock.reverse_entry(s, wrong.id, "点错", at=dt.datetime(2026, 11, 23, 12, 5))
    stock.book_waste(s, tea.id, 2, "已冲泡/已倒出", at=dt.datetime(2026, 11, 23, 18))
    stock.book_serving(s, cola.id, 3, at=dt.datetime(2026, 11, 9, 15))  # outside the window
    proposal = {p.item.name: p for p in purchasing.propose(today=today)}
    cola_p = proposal["可乐"]
    assert cola_p.stock == 7 and cola_p.daily_use == 5
    # need = 48 - 7 + 5 = 46 -> 2 cases of 24
    assert cola_p.packs == 2 and cola_p.quantity == 48
    tea_p = proposal["龙井"]
    assert tea_p.stock == 2 and tea_p.daily_use == 2  # 28 / 14
    assert tea_p.quantity == 20  # 20 - 2 + 2, by the 包
    request = purchasing.create_request(bar["attendant"], today=today)
    assert request.number == "CG-20261123-001" and request.status == "待审批"
    lines = {line.item.name: line for line in purchasing.request_lines(request.id)}
    purchasing.set_line_quantity(bar["attendant"], lines["龙井"].id, 30)
    with pytest.raises(PermissionDenied, match="赵小梅（水吧客服）无权调整库存、签批、维护物品"):
        purchasing.approve(bar["attendant"], request.id)
    with pytest.raises(ValidationError, match="采购申请待审批，不能按它入库"):  # not approved yet
        purchasing.receive_line(bar["attendant"], lines["可乐"].id, 2, "箱")
    purchasing.approve(s, request.id)
    with pytest.raises(ValidationError, match="不能再修改"):
        purchasing.set_line_quantity(bar["attendant"], lines["龙井"].id, 10)
    entry = purchasing.receive_line(bar["attendant"], lines["可乐"].id, 2, "箱")
    assert entry.ref_type == "purchase_request" and entry.ref_id == request.id and entry.quantity == 48
    assert purchasing.get_request(request.id).status == "部分到货"
    purchasing.receive_line(bar["attendant"], lines["龙井"].id, 30)
    assert purchasing.get_request(request.id).status == "已到货"
    assert PurchaseLine.get_by_id(lines["龙井"].id).received == 30


def test_count_variance_and_cosignature_rules(bar, settings):
    s, cola, tea, attendant, guard = bar["admin"], bar["cola"], bar["tea"], bar["attendant"], bar["guard"]
    settings.set("stock_count_tolerance", 1)
    settings.set("stock_handover_cosign", False)
    stock.receive(s, cola.id, 24)
    stock.receive(s, tea.id, 10)
    # within tolerance: no reason, no co-signature needed
    count = stockcount.submit_count(attendant, "开班", {cola.id: 23, tea.id: 10})
    assert count.cosigned_by_id is None
    assert stock.stock_level(cola.id) == 23
    diff_entries = list(stock.journal(kind="盘点差异"))
    assert len(diff_entries) == 1 and diff_entries[0].ref_id == count.id
    n = entries_count()
    # beyond tolerance: reason first, then the guard
    with pytest.raises(ValidationError, match="可乐 差异 -3罐 超出容差，请填写原因") as exc:
        stockcount.submit_count(attendant, "交班", {cola.id: 20, tea.id: 10})
    assert "超出容差" in exc.value.message
    with pytest.raises(ValidationError, match="需当班保安输入工号和 PIN 会签") as exc:
        stockcount.submit_count(attendant, "交班", {cola.id: 20, tea.id: 10}, reasons={cola.id: "破损 3 罐"})
    assert "保安" in exc.value.message
    with pytest.raises(PermissionDenied, match="赵小梅 无权会签盘点"):
        stockcount.submit_count(attendant, "交班", {cola.id: 20, tea.id: 10}, reasons={cola.id: "破损"},
                                cosigner=attendant)
    with pytest.raises(ValidationError, match="还有 1 项未盘点：龙井"):  # missing item
        stockcount.submit_count(attendant, "交班", {cola.id: 20})
    with pytest.raises(ValidationError, match="可乐：数量必须是数字：二十"):
        stockcount.submit_count(attendant, "交班", {cola.id: "二十", tea.id: 10})
    assert entries_count() == n
    cosigner = verify_cosigner("50", "5050", "stock.cosign")
    count = stockcount.submit_count(attendant, "交班", {cola.id: 20, tea.id: 12},
                                    reasons={cola.id: "破损 3 罐", tea.id: "上班多领"}, cosigner=cosigner)
    assert count.cosigned_by_id == guard.staff_id
    assert stock.stock_level(cola.id) == 20 and stock.stock_level(tea.id) == 12
    lines = {line.item.name: line for line in stockcount.count_lines(count.id)}
    assert lines["可乐"].difference == -3 and lines["龙井"].difference == 2
    assert lines["可乐"].entry_id is not None
    assert stock.journal_levels() == stock.stock_levels()


def test_handover_refused_before_the_count(bar, settings):
    attendant = bar["attendant"]
    stock.receive(bar["admin"], bar["cola"].id, 5)
    shifts.open_shift(attendant)
    with pytest.raises(handover.ShiftCannotClose, match="水吧交班盘点尚未完成并经保安会签"):
        handover.close_shift(attendant)
    levels = stock.stock_levels()
    counted = {i.id: levels.get(i.id, 0) for i in stock.active_items()}
    with pytest.raises(ValidationError,
                       match="需当班保安输入工号和 PIN 会签"):  # handover count always needs the guard (setting on)
        stockcount.submit_count(attendant, "交班", counted)
    stockcount.submit_count(attendant, "交班", counted, cosigner=verify_cosigner("50", "5050", "stock.cosign"))
    assert handover.close_shift(attendant).closed_at is not None


def test_waste_at_closing_and_alerts(bar, settings):
    s, attendant = bar["admin"], bar["attendant"]
    melon = stock.save_item(s, name="西瓜", category="水果", unit="个", open_shelf_days=1, shelf_life_days=5,
                            min_stock=1)
    today = dt.date(2026, 11, 23)
    stock.receive(s, melon.id, 3, at=dt.datetime(2026, 11, 23, 9))
    stock.receive(s, bar["cola"].id, 4, best_before=dt.date(2026, 11, 22), at=dt.datetime(2026, 11, 1, 9))
    stock.book_serving(attendant, melon.id, Decimal("0.5"), at=dt.datetime(2026, 11, 23, 10))
    candidates = barclosing.waste_candidates(today)
    assert {(c.name, c.quantity, c.reason) for c in candidates} == {("西瓜", 1, "切开未用完的水果"), ("可乐", 4, "过期")}
    kinds = {a.kind for a in bar_alerts.alerts(today=today)}
    assert {"expired", "below_min"} <= kinds
    barclosing.book_closing_waste(attendant, [(c.batch_id, c.quantity, c.reason) for c in candidates],
                                  at=dt.datetime(2026, 11, 23, 20))
    assert stock.stock_level(melon.id) == Decimal("1.5") and stock.stock_level(bar["cola"].id) == 0
    figures = barclosing.closing_figures(today)
    assert dict((i.name, q) for i, q in figures.waste) == {"西瓜": 1, "可乐": 4}
    assert dict((i.name, q) for i, q in figures.consumption) == {"西瓜": Decimal("0.5")}


def test_parking_alert(bar, settings):
    tickets = stock.save_item(bar["admin"], name="停车票", category="停车票", unit="张")
    assert stock.parking_ticket_item().id == tickets.id
    stock.receive(bar["admin"], tickets.id, 60)
    assert not [a for a in bar_alerts.alerts() if a.kind == "parking"]
    stock.book_serving(bar["attendant"], tickets.id, 10)
    assert [a.text for a in bar_alerts.alerts() if a.kind == "parking"] == ["停车票仅剩 50 张，请补充"]


def test_item_validation(bar):
    s = bar["admin"]
    with pytest.raises(ValidationError, match="物品 可乐 已存在"):
        stock.save_item(s, name="可乐", category="饮料", unit="罐")
    with pytest.raises(ValidationError, match="未知类别：不存在"):
        stock.save_item(s, name="雪碧", category="不存在", unit="罐")
    with pytest.raises(ValidationError, match="条码 6901234567890 已用于 可乐"):
        stock.save_item(s, name="雪碧", category="饮料", unit="罐", barcode="6901234567890")
    with pytest.raises(ValidationError, match="包装换算必须是正整数"):
        stock.save_item(s, name="雪碧", category="饮料", unit="罐", pack_factor=0)
    with pytest.raises(PermissionDenied, match="赵小梅（水吧客服）无权调整库存、签批、维护物品"):
        stock.save_item(bar["attendant"], name="雪碧", category="饮料", unit="罐")
    stock.add_category(s, "酒水")
    assert "酒水" in stock.categories()


def test_cups_per_visitor_from_the_day_s_visitors(bar, make_staff):
    from desk.services.reception import rotation, visitors

    s = bar["admin"]
    stock.receive(s, bar["cola"].id, 20, at=dt.datetime(2026, 11, 23, 8))
    stock.receive(s, bar["tea"].id, 20, at=dt.datetime(2026, 11, 23, 8))
    stock.book_serving(s, bar["cola"].id, 6, at=dt.datetime(2026, 11, 23, 10))
    stock.book_serving(s, bar["tea"].id, 3, at=dt.datetime(2026, 11, 23, 11))
    figures = barclosing.closing_figures(dt.date(2026, 11, 23))
    assert figures.drinks_served == 9 and figures.visitors == 0 and figures.cups_per_visitor is None
    make_staff("consultant", code="60", name="张磊")
    _, host = make_staff("reception", code="10")
    rotation.ensure_day(dt.date(2026, 11, 23))
    for i, size in enumerate((5, 7)):
        visitors.register_visit(host, visitors.Registration(surname="王", phone=f"1380000000{i}", party_size=size),
                                at=dt.datetime(2026, 11, 23, 9 + i))
    visitors.register_visit(host, visitors.Registration(surname="李", phone="13800000009", party_size=4),
                            at=dt.datetime(2026, 11, 24, 9))  # another day: not counted
    figures = barclosing.closing_figures(dt.date(2026, 11, 23))
    assert figures.visitors == 12 and figures.cups_per_visitor == Decimal("0.75")


def test_blind_count_is_recorded(bar, settings):
    settings.set("stock_count_blind", True)
    settings.set("stock_handover_cosign", False)
    count = stockcount.submit_count(bar["attendant"], "开班", {bar["cola"].id: 0, bar["tea"].id: 0})
    assert count.blind
