import datetime as dt
from decimal import Decimal

import pytest

from desk.db.core import AuditEntry
from desk.db.servicedesk import Complaint, FeeNotice, FeePayment, KeyLoan, Repair, Unit
from desk.services.servicedesk import callbacks, calls, complaints, fees, keys, repairs, targets as servicedesk, specials, surveys, units
from desk.services.core.errors import NotFound, PermissionDenied, ValidationError

T0 = dt.datetime(2026, 11, 2, 9, 0)


def audits(entity):
    return AuditEntry.select().where(AuditEntry.entity == entity).count()


# -- units ------------------------------------------------------------------------------------------
def test_unit_search_by_room_forms_name_and_phone(admin, unit):
    units.add_unit(admin, "3", "2", "1202", owner_name="李娜")
    for text in ("3-1-1202", "3栋1单元1202", "3#1单元1202室", " 3 - 1 - 1202 "):
        assert [u.id for u in units.search_units(admin, text)] == [unit.id], text
    assert {u.owner_name for u in units.search_units(admin, "3栋1202")} == {"张伟", "李娜"}
    assert {u.owner_name for u in units.search_units(admin, "1202")} == {"张伟", "李娜"}
    assert [u.id for u in units.search_units(admin, "张伟")] == [unit.id]
    assert [u.id for u in units.search_units(admin, "5678")] == [unit.id]
    assert units.get_unit("3栋1单元1202").id == unit.id
    assert unit.code == "3-1-1202" and unit.label == "3栋1单元1202"


def test_lists_of_personal_data_are_masked_and_searched_for_the_session(admin, unit, make_staff):
    """Issue 20 point 5: owners' phones and borrowers' ID numbers come back as the session may see
    them, and a phone is found by search only as far as the session may see it."""
    from desk.services.servicedesk import calls, keys

    _, host = make_staff("reception")
    keys.lend(admin, "3-1-1202 大门", "张伟", "110101199001011234", "装修", "王建国", unit=unit.id,
              phone="13812345678")
    calls.take_call(admin, "咨询", caller="张伟", phone="13812345678")
    [row] = units.search_units(host, "3-1-1202")
    assert row.owner_phone == "138****5678"
    assert [u.owner_phone for u in units.search_units(admin, "3-1-1202")] == ["13812345678"]
    assert list(units.search_units(host, "5678")) == []  # digits of a number: the whole one only
    assert [u.id for u in units.search_units(host, "13812345678")] == [unit.id]
    [loan] = keys.list_loans(host)
    assert (loan.borrower_id_number, loan.borrower_phone) == ("****1234", "138****5678")
    assert [c.phone for c in calls.list_calls(host)] == ["138****5678"]
    assert calls.list_calls(host, text="1234").count() == 0
    assert calls.list_calls(admin, text="1234").count() == 1
    with pytest.raises(AttributeError):
        row.save()
    _, cleaner = make_staff("cleaner")
    for listing in (units.search_units, keys.list_loans, calls.list_calls):
        with pytest.raises(PermissionDenied):
            listing(cleaner)


def test_unit_bad_input_changes_nothing(admin, unit):
    with pytest.raises(ValidationError, match="建筑面积不能为负数"):
        units.add_unit(admin, "3", "1", "1203", area="-5")
    with pytest.raises(ValidationError, match="房号已存在"):
        units.add_unit(admin, "3", "1", "1202")
    with pytest.raises(NotFound, match="找不到房号：9-9-999"):
        units.get_unit("9-9-999")
    with pytest.raises(NotFound, match="房号格式不对"):
        units.get_unit("某某小区")
    with pytest.raises(ValidationError, match="建筑面积不能为负数"):
        units.update_unit(admin, unit.id, area="-1")
    assert Unit.select().count() == 1
    assert Unit.get_by_id(unit.id).area == Decimal("89.50")


def test_phone_masked_by_role(desk, admin, unit):
    assert units.owner_phone(desk, unit) == "138****5678"
    assert units.owner_phone(admin, unit) == "13812345678"


# -- repairs --------------------------------------------------------------------------------------------
def test_repair_workflow_allowed_and_refused(desk, admin, unit, settings):
    item = specials.add_price_item(admin, "repair", "更换水龙头", "个", "35.00")
    r = repairs.receive(desk, "3-1-1202", "水电", "厨房水龙头漏水", at=T0)
    assert r.status == "received" and r.reporter == "张伟" and r.due_at == T0 + dt.timedelta(hours=24)
    assert r.number.startswith("BX-20261102-")
    with pytest.raises(ValidationError, match="不能完工"):
        repairs.complete(desk, r.id, at=T0)
    with pytest.raises(ValidationError, match="不能回访"):
        repairs.call_back(desk, r.id, True)
    r = repairs.dispatch(desk, r.id, "工程部 老李", at=T0 + dt.timedelta(hours=1))
    with pytest.raises(ValidationError, match="已派工.*不能派工"):
        repairs.dispatch(desk, r.id, "别人")
    r = repairs.complete(desk, r.id, materials="水龙头 1 个", charge_item=item.id, quantity=2,
                         at=T0 + dt.timedelta(hours=5))
    assert r.status == "done" and r.charge == Decimal("70.00")
    assert not repairs.is_overdue(r)
    r = repairs.call_back(desk, r.id, True, "很满意", at=T0 + dt.timedelta(days=1))
    assert r.status == "called_back" and r.satisfied
    with pytest.raises(ValidationError, match="已回访.*不能回访"):
        repairs.call_back(desk, r.id, False)
    assert Repair.get_by_id(r.id).satisfied is True
    assert audits("repair") == 4


def test_repair_bad_input(desk, unit):
    with pytest.raises(NotFound, match="找不到房号"):
        repairs.receive(desk, "8-8-808", "水电", "漏水")
    with pytest.raises(ValidationError, match="未知的报修类别"):
        repairs.receive(desk, unit.id, "园林", "树倒了")
    with pytest.raises(ValidationError, match="请填写报修内容"):
        repairs.receive(desk, unit.id, "水电", "  ")
    r = repairs.receive(desk, unit.id, "门窗", "窗户关不上", at=T0)
    repairs.dispatch(desk, r.id, "老王", at=T0)
    with pytest.raises(ValidationError, match="收费金额不能为负数"):
        repairs.complete(desk, r.id, charge="-3", at=T0)
    assert Repair.select().count() == 1 and Repair.get_by_id(r.id).status == "dispatched"


def test_repair_overdue_uses_setting(desk, unit, settings):
    settings.set("repair_due_hours", 4)
    r = repairs.receive(desk, unit.id, "电器", "插座没电", at=T0)
    assert not repairs.is_overdue(r, T0 + dt.timedelta(hours=3))
    assert repairs.is_overdue(r, T0 + dt.timedelta(hours=5))
    assert [x.id for x in repairs.open_repairs()] == [r.id]


# -- complaints ---------------------------------------------------------------------------------------------
def _complaint(desk, unit, at=T0):
    return complaints.receive(desk, unit.id, "环境卫生", "楼道垃圾无人清理", at=at)


def test_complaint_six_steps_and_callback(desk, supervisor, unit):
    c = _complaint(desk, unit)
    assert c.status == "received" and c.complainant == "张伟"
    c = complaints.judge(desk, c.id, True, "情况属实", at=T0)
    c = complaints.investigate(desk, c.id, "保洁部", "保洁员请假无人顶岗", at=T0)
    c = complaints.propose(desk, c.id, "增派保洁，每日两次清运", at=T0)
    with pytest.raises(PermissionDenied, match="陈静（前台）无权客服台审批与收费标准"):
        complaints.approve(desk, c.id)
    c = complaints.approve(supervisor, c.id, at=T0)
    assert c.approved_by_id == supervisor.staff_id
    with pytest.raises(ValidationError, match="须经业主确认"):
        complaints.implement(desk, c.id, "已增派", False)
    c = complaints.implement(desk, c.id, "已增派保洁", True, at=T0 + dt.timedelta(days=1))
    c = complaints.summarize(desk, c.id, "排班补位制度已完善", at=T0 + dt.timedelta(days=1))
    assert c.status == "closed"
    c = complaints.call_back(desk, c.id, True, "满意", at=T0 + dt.timedelta(days=2))
    assert c.status == "called_back"


def test_complaint_closed_before_approval_refused(desk, unit):
    c = _complaint(desk, unit)
    complaints.judge(desk, c.id, True)
    complaints.investigate(desk, c.id, "工程部")
    complaints.propose(desk, c.id, "更换门禁")
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="尚未经主管批准并实施，不能结案"):
        complaints.summarize(desk, c.id, "结了")
    with pytest.raises(ValidationError, match="尚未经主管批准，不能实施"):
        complaints.implement(desk, c.id, "做了", True)
    with pytest.raises(ValidationError, match="不能回访"):
        complaints.call_back(desk, c.id, True)
    assert Complaint.get_by_id(c.id).status == "planned"
    assert Complaint.get_by_id(c.id).closed_at is None
    assert AuditEntry.select().count() == before


def test_complaint_explained_away_and_cosign(desk, make_staff, unit):
    make_staff("supervisor", code="88", pin="8888", name="主管")
    c = _complaint(desk, unit)
    with pytest.raises(ValidationError, match="写明"):
        complaints.judge(desk, c.id, False)
    c = complaints.judge(desk, c.id, False, "属于业主自家装修问题，已解释", at=T0)
    assert c.status == "explained" and c.closed_at == T0
    with pytest.raises(ValidationError, match="不能调查"):
        complaints.investigate(desk, c.id, "工程部")
    c2 = _complaint(desk, unit)
    complaints.judge(desk, c2.id, True)
    complaints.investigate(desk, c2.id, "工程部")
    complaints.propose(desk, c2.id, "修")
    c2 = complaints.cosign_approve(desk, c2.id, "88", "8888")
    assert c2.status == "approved"


def test_complaint_categories_and_statistics(desk, supervisor, unit):
    with pytest.raises(PermissionDenied, match="陈静（前台）无权客服台审批与收费标准"):
        complaints.add_category(desk, "噪音")
    noise = complaints.add_category(supervisor, "噪音")
    with pytest.raises(ValidationError, match="已存在"):
        complaints.add_category(supervisor, "噪音")
    a = complaints.receive(desk, unit.id, "噪音", "夜间施工", at=T0)
    complaints.judge(desk, a.id, False, "已解释：白天施工许可")
    complaints.receive(desk, unit.id, "噪音", "狗叫", at=T0)
    complaints.receive(desk, unit.id, "收费", "多收费", at=dt.datetime(2026, 10, 30, 9))
    stats = {row["category"]: row for row in complaints.category_statistics(2026, 11)}
    assert stats["噪音"]["received"] == 2 and stats["噪音"]["closed"] == 1 and stats["噪音"]["open"] == 1
    assert stats["收费"]["received"] == 0
    complaints.deactivate_category(supervisor, noise.id)
    with pytest.raises(ValidationError, match="未知的投诉类别"):
        complaints.receive(desk, unit.id, "噪音", "又吵")
    assert "噪音" in {r["category"] for r in complaints.category_statistics(2026, 11)}


# -- calls -------------------------------------------------------------------------------------------------------
def test_call_first_responder_and_hand_on(desk, make_staff, unit):
    other_staff, other = make_staff("reception", name="刘婷婷")
    call = calls.take_call(desk, "咨询停车位", unit="3-1-1202", at=T0)
    assert call.responsible_id == desk.staff_id and call.caller == "张伟"
    with pytest.raises(ValidationError, match="首问负责.*陈静"):
        calls.close_call(other, call.id, "已答复")
    with pytest.raises(ValidationError, match="首问负责"):
        calls.hand_on(other, call.id, other_staff.id)
    calls.hand_on(desk, call.id, other_staff.id, "她负责车位")
    assert calls.chain(calls.get_call(call.id)) == "陈静 → 刘婷婷"
    with pytest.raises(ValidationError, match="首问负责.*刘婷婷"):
        calls.close_call(desk, call.id, "答复")
    closed = calls.close_call(other, call.id, "已告知车位价格", "下周回电")
    assert closed.closed_at is not None
    with pytest.raises(ValidationError, match="已办结"):
        calls.hand_on(other, call.id, desk.staff_id)
    with pytest.raises(ValidationError, match="请填写来电事由"):
        calls.take_call(desk, "")


# -- keys --------------------------------------------------------------------------------------------------------------
def test_key_loan_return_twice_refused_and_overdue(desk, unit, settings):
    loan = keys.lend(desk, "3-1-1202 入户门", "王师傅", "110101199003071234", "装修测量", "何伟",
                     unit=unit.id, at=T0)
    assert loan.due_at == T0 + dt.timedelta(hours=4)
    with pytest.raises(ValidationError, match="已被 王师傅 借出"):
        keys.lend(desk, "3-1-1202 入户门", "别人", "110101199003070000", "看房", "何伟", at=T0)
    assert [k.id for k in keys.overdue_keys(T0 + dt.timedelta(hours=5))] == [loan.id]
    assert keys.overdue_keys(T0 + dt.timedelta(hours=3)) == []
    keys.return_key(desk, loan.id, at=T0 + dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="已于 2026-11-02 11:00 归还，不能重复归还"):
        keys.return_key(desk, loan.id, at=T0 + dt.timedelta(hours=3))
    assert KeyLoan.get_by_id(loan.id).returned_at == T0 + dt.timedelta(hours=2)
    assert keys.overdue_keys(T0 + dt.timedelta(days=1)) == []
    with pytest.raises(ValidationError, match="请填写见证人"):
        keys.lend(desk, "车库", "李", "110101199003071234", "取物", "")


# -- special services ---------------------------------------------------------------------------------------------------
def test_special_fee_table_and_orders(desk, supervisor, unit):
    with pytest.raises(ValidationError, match="单价不能为负数"):
        specials.add_price_item(supervisor, "special", "开荒保洁", "㎡", "-1")
    with pytest.raises(PermissionDenied, match="陈静（前台）无权客服台审批与收费标准"):
        specials.add_price_item(desk, "special", "开荒保洁", "㎡", "5")
    item = specials.add_price_item(supervisor, "special", "开荒保洁", "㎡", "5.50", "含玻璃")
    order = specials.order(desk, unit.id, item.id, "89.5")
    assert order.amount == Decimal("492.25") and order.item_name == "开荒保洁"
    specials.update_price_item(supervisor, item.id, price="6")
    assert specials.list_orders().first().amount == Decimal("492.25")  # sold price kept
    specials.deactivate_price_item(supervisor, item.id)
    with pytest.raises(NotFound, match="已停用"):
        specials.order(desk, unit.id, item.id, 1)
    specials.finish_order(desk, order.id)
    with pytest.raises(ValidationError, match="已完成"):
        specials.finish_order(desk, order.id)


# -- fees ------------------------------------------------------------------------------------------------------------------
def test_fee_arithmetic_with_arrears_and_no_area(desk, supervisor, admin, unit):
    no_area = units.add_unit(admin, "3", "1", "1201", owner_name="无面积")
    odd = units.add_unit(admin, "5", "1", "101", area="100.01")
    assert fees.charge(Decimal("89.50"), Decimal("1.8"), 3) == Decimal("483.30")
    assert fees.charge(Decimal("0.05"), Decimal("1.0"), 1) == Decimal("0.05")
    assert fees.charge(Decimal("10.25"), Decimal("0.1"), 1) == Decimal("1.03")  # 1.025 half up
    q3 = fees.create_period(supervisor, "2026年第三季度", dt.date(2026, 7, 1), 3, "1.80", dt.date(2026, 7, 31))
    q4 = fees.create_period(supervisor, "2026年第四季度", dt.date(2026, 10, 1), 3, "1.80", dt.date(2026, 10, 31))
    result = fees.issue_notices(supervisor, q3.id, building="3")
    assert [u.code for u in result["no_area"]] == ["3-1-1201"]
    assert len(result["created"]) == 1
    with pytest.raises(ValidationError, match="3-1-1201 未登记建筑面积"):
        fees.charge_for(no_area, q3)
    assert fees.issue_notices(supervisor, q3.id, building="3")["existing"] == 1
    fees.issue_notices(supervisor, q4.id)
    n4 = FeeNotice.get((FeeNotice.unit == unit) & (FeeNotice.period == q4))
    assert fees.statement(n4.id)["arrears"] == Decimal("483.30")
    assert fees.statement(n4.id)["total_due"] == Decimal("966.60")
    assert FeeNotice.get(FeeNotice.unit == odd).amount == Decimal("540.05")  # 100.01*1.8*3=540.054
    # pay part: oldest first
    pays = fees.record_payment(desk, unit.id, "500", method="微信")
    assert [p.amount for p in pays] == [Decimal("483.30"), Decimal("16.70")]
    st = fees.statement(n4.id)
    assert st["arrears"] == Decimal("0.00") and st["total_due"] == Decimal("466.60")
    with pytest.raises(ValidationError, match="超过房号 3-1-1202 的应缴合计 466.60 元"):
        fees.record_payment(desk, unit.id, "466.61")
    with pytest.raises(ValidationError, match="缴费金额不能为负数"):
        fees.record_payment(desk, unit.id, "-1")
    with pytest.raises(NotFound, match="找不到房号：7-7-777"):
        fees.record_payment(desk, "7-7-777", "1")
    assert FeePayment.select().count() == 2
    rows = fees.arrears(dt.date(2026, 11, 15))
    assert {r["unit"].code: r["amount"] for r in rows} == {"3-1-1202": Decimal("466.60"), "5-1-101": Decimal("540.05")}
    reversal = fees.reverse_payment(supervisor, pays[1].id, "金额录错")
    assert reversal.amount == Decimal("-16.70")
    assert fees.unit_balance(unit.id) == Decimal("483.30")
    with pytest.raises(ValidationError, match="已冲正"):
        fees.reverse_payment(supervisor, pays[1].id, "再冲")
    # the fee grid reads a page of statements at once: the same figures as one by one
    every = list(fees.list_notices())
    bulk = fees.statements(every)
    assert len(bulk) == len(every) == 3
    for n in every:
        one = fees.statement(n.id)
        assert {k: bulk[n.id][k] for k in ("paid", "current_due", "arrears", "total_due", "earlier")} == \
            {k: one[k] for k in ("paid", "current_due", "arrears", "total_due", "earlier")}
    assert bulk[n4.id]["arrears"] == Decimal("0.00") and bulk[n4.id]["total_due"] == Decimal("483.30")  # reversed


def test_fee_period_bad_input(supervisor):
    with pytest.raises(ValidationError, match="单价不能为负数"):
        fees.create_period(supervisor, "X", dt.date(2026, 1, 1), 3, "-1.8")
    with pytest.raises(ValidationError, match="月数"):
        fees.create_period(supervisor, "X", dt.date(2026, 1, 1), 0, "1.8")


# -- call-backs and figures --------------------------------------------------------------------------------------------------
def _done_repair(desk, unit, received, done, category="水电"):
    r = repairs.receive(desk, unit.id, category, "问题", at=received)
    repairs.dispatch(desk, r.id, "老李", at=received)
    return repairs.complete(desk, r.id, at=done)


def test_callbacks_due_list(desk, supervisor, unit, settings):
    r_old = _done_repair(desk, unit, T0, T0 + dt.timedelta(hours=2))
    r_new = _done_repair(desk, unit, T0 + dt.timedelta(days=3), T0 + dt.timedelta(days=3, hours=2))
    c = _complaint(desk, unit)
    complaints.judge(desk, c.id, False, "已解释", at=T0 + dt.timedelta(hours=1))
    now = T0 + dt.timedelta(days=3, hours=5)
    pending = callbacks.pending_callbacks(now)
    assert [(p.kind, p.id) for p in pending] == [("complaint", c.id), ("repair", r_old.id), ("repair", r_new.id)]
    due = callbacks.callbacks_due(now)
    assert [(d.kind, d.id) for d in due] == [("complaint", c.id), ("repair", r_old.id)]
    repairs.call_back(desk, r_old.id, True)
    assert [(d.kind, d.id) for d in callbacks.callbacks_due(now)] == [("complaint", c.id)]
    settings.set("callback_days", 5)
    assert callbacks.callbacks_due(now) == []


def test_three_figures_on_known_data(desk, supervisor, unit):
    # 20 repairs in November: 19 on time (2 h), 1 late (30 h); due 24 h
    for i in range(20):
        received = T0 + dt.timedelta(days=i % 10, minutes=i)
        r = _done_repair(desk, unit, received, received + dt.timedelta(hours=30 if i == 0 else 2))
        repairs.call_back(desk, r.id, i != 1, at=received + dt.timedelta(days=1))
    # one open repair not yet due (left out), one open past due (late)
    repairs.receive(desk, unit.id, "墙面", "开裂", at=dt.datetime(2026, 11, 28, 9))
    repairs.receive(desk, unit.id, "墙面", "起皮", at=dt.datetime(2026, 11, 20, 9))
    # complaints: 3 received, 2 closed
    for i in range(3):
        c = _complaint(desk, unit, at=T0 + dt.timedelta(days=i))
        if i < 2:
            complaints.judge(desk, c.id, False, "已解释", at=T0 + dt.timedelta(days=i))
            complaints.call_back(desk, c.id, True, at=T0 + dt.timedelta(days=i + 1))
    at = dt.datetime(2026, 11, 28, 12)
    figures = servicedesk.targets(dt.date(2026, 11, 1), dt.date(2026, 11, 30), at=at)
    sat, handled, on_time = figures["satisfaction"], figures["complaints_handled"], figures["repairs_on_time"]
    assert (sat["num"], sat["den"], sat["value"], sat["met"]) == (21, 22, Decimal("95.5"), True)
    assert (handled["num"], handled["den"], handled["value"], handled["met"]) == (2, 3, Decimal("66.7"), False)
    assert (on_time["num"], on_time["den"], on_time["value"], on_time["met"]) == (19, 21, Decimal("90.5"), False)
    assert servicedesk.month_targets(2026, 11, at=at) == figures
    empty = servicedesk.targets(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert empty["satisfaction"]["value"] is None and empty["satisfaction"]["met"] is None
    assert len(complaints.open_complaints()) == 1


# -- visits and surveys ---------------------------------------------------------------------------------------------------------
def test_visit_welcome_and_survey(desk, admin, unit):
    v = surveys.record_visit(desk, unit.id, "入住回访", "了解入住情况", opinion="电梯等待时间长")
    assert v.visitor_id == desk.staff_id
    letter = surveys.welcome_letter(unit.id)
    assert letter["owner"] == "张伟" and letter["unit"] == "3栋1单元1202"
    other = units.add_unit(admin, "3", "1", "1203", area="90")
    with pytest.raises(ValidationError, match="尚未登记业主姓名"):
        surveys.welcome_letter(other.id)
    q = surveys.QUESTIONS
    surveys.enter_survey(desk, unit.id, 2026, {q[0]: "满意", q[1]: "不满意", q[2]: "基本满意"})
    surveys.enter_survey(desk, other.id, 2026, {q[0]: "满意", q[1]: "满意"})
    with pytest.raises(ValidationError, match="已录入"):
        surveys.enter_survey(desk, unit.id, 2026, {q[0]: "满意"})
    with pytest.raises(ValidationError, match="只能是"):
        surveys.enter_survey(desk, unit.id, 2025, {q[0]: "还行"})
    figures = surveys.survey_figures(2026)
    assert figures["responses"] == 2 and figures["rate"] == Decimal("80.0")
    row = figures["rows"][1]
    assert (row["满意"], row["不满意"], row["rate"]) == (1, 1, Decimal("50.0"))


def test_migration_from_version_one(empty_database):
    from desk.db.migrations import LATEST, schema_version, upgrade
    from desk.db.servicedesk import ComplaintCategory

    database = empty_database("old")
    assert upgrade(database, 1) == 1
    assert upgrade(database) == LATEST
    assert schema_version(database) >= 6
    assert ComplaintCategory.select().count() >= 6


def test_a_corrected_phone_in_a_masked_list_is_shown_masked(desk, admin, unit):
    """Lists come back masked for the session and show each record's newest correction: the corrected
    number is masked too (the row shown is read-only; the correction goes to the record behind it)."""
    from desk.services.servicedesk import corrections

    r = repairs.receive(desk, "3-1-1202", "水电", "厨房水龙头漏水", reporter_phone="13800001111", at=T0)
    corrections.correct(admin, corrections.REPAIR, r.id, "reporter_phone", "13900002222", "登记时记错号码",
                        at=T0 + dt.timedelta(minutes=5))
    [row] = corrections.apply(corrections.REPAIR, repairs.list_repairs(desk))
    assert row.reporter_phone == "139****2222" and row.corrected == ["reporter_phone"]
    [row] = corrections.apply(corrections.REPAIR, repairs.list_repairs(admin))
    assert row.reporter_phone == "13900002222"


def test_reveal_phone_is_for_the_service_desk_and_audited(database, admin, make_staff):
    from desk.db.core import AuditEntry
    from desk.services.core.errors import NotFound, PermissionDenied
    from desk.services.servicedesk import calls
    from desk.services.servicedesk.reveal import reveal_phone

    _, host = make_staff("reception", name="陈静")
    _, cleaner = make_staff("cleaner")
    call = calls.take_call(host, "漏水", caller="王先生", phone="13912345678")
    assert reveal_phone(host, "call", call.id) == "13912345678"
    entry = AuditEntry.get(AuditEntry.action == "reveal")
    assert (entry.entity, entry.entity_id, entry.staff_id) == ("call", call.id, host.staff_id)
    with pytest.raises(PermissionDenied):
        reveal_phone(cleaner, "call", call.id)
    with pytest.raises(NotFound, match="找不到该记录"):
        reveal_phone(host, "call", call.id + 100)
    assert AuditEntry.select().where(AuditEntry.action == "reveal").count() == 1  # refusals reveal nothing
