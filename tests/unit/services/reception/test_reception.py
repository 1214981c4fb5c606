import datetime as dt

import pytest

from desk.db.reception import Customer, OwnershipClaim, RotationLog, Serving, Visit, VisitMove
from desk.services.reception import hall, figures, rotation, visitors
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.reception.visitors import Registration

DAY = dt.date(2026, 11, 23)
T0 = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def team(make_staff, supervisor):
    a = make_staff("consultant", code="60", name="张磊")
    b = make_staff("consultant", code="61", name="杨帆")
    c = make_staff("consultant", code="62", name="黄晓燕")
    host = make_staff("reception", code="10", name="陈静")
    return {"a": a, "b": b, "c": c, "host": host[1], "sup": supervisor}


def reg(phone, surname="王", **kw):
    return Registration(phone=phone, surname=surname, title="先生", **kw)


def test_rotation_assigns_in_turn_with_skip_and_return(team):
    host = team["host"]
    a, b, c = team["a"][0].id, team["b"][0].id, team["c"][0].id
    assert rotation.next_consultant(DAY) == a
    v1 = visitors.register_visit(host, reg("13800000001"), at=T0)
    assert v1.consultant_id == a and v1.assignment == "assign"
    assert rotation.next_consultant(DAY) == b
    rotation.skip(host, b, "外出", day=DAY)
    v2 = visitors.register_visit(host, reg("13800000002"), at=T0 + dt.timedelta(minutes=1))
    assert v2.consultant_id == c
    # b is back and keeps the place ahead of a
    rotation.return_to_rotation(host, b, day=DAY)
    assert rotation.next_consultant(DAY) == b
    v3 = visitors.register_visit(host, reg("13800000003"), at=T0 + dt.timedelta(minutes=2))
    assert v3.consultant_id == b
    assert [s.staff_id for s in rotation.board(DAY)] == [a, c, b]
    with pytest.raises(ValidationError, match="跳过原因须为：忙、外出或休息"):
        rotation.skip(host, a, "吃饭", day=DAY)
    actions = [r.action for r in RotationLog.select().where(RotationLog.staff.is_null(False))
               .order_by(RotationLog.id) if r.action != "join"]
    assert actions == ["assign", "skip", "assign", "return", "assign"]
    fair = {r["name"]: r for r in rotation.fairness(DAY, DAY)}
    assert fair["杨帆"]["skip_reasons"] == {"外出": 1}
    assert fair["张磊"]["assign"] == 1


def test_nobody_available_refuses(team):
    host = team["host"]
    for key in "abc":
        rotation.skip(host, team[key][0].id, "休息", day=DAY)
    with pytest.raises(ValidationError, match="没有可接待的顾问"):
        visitors.register_visit(host, reg("13800000001"), at=T0)
    assert Visit.select().count() == 0 and Customer.select().count() == 0


def test_reorder_is_for_supervisor(team):
    ids = [team[k][0].id for k in "cba"]
    with pytest.raises(PermissionDenied, match="陈静（前台）无权调整轮排与客户归属"):
        rotation.reorder(team["host"], ids, day=DAY)
    rotation.reorder(team["sup"], ids, day=DAY)
    assert rotation.next_consultant(DAY) == team["c"][0].id
    with pytest.raises(ValidationError, match="新顺序须包含今天轮排中的每位顾问各一次"):
        rotation.reorder(team["sup"], ids[:2], day=DAY)


def test_return_visitor_goes_to_owner_and_ownership_lapses(team, settings):
    host = team["host"]
    a = team["a"][0].id
    v1 = visitors.register_visit(host, reg("13912345678", grade="B"), at=T0)
    hall.depart(host, v1.id, at=T0 + dt.timedelta(minutes=40))
    customer = Customer.get(Customer.phone == "13912345678")
    assert customer.owner_id == a
    # 10 days later: still owned, goes back to a without taking a's turn
    later = T0 + dt.timedelta(days=10)
    next_before = rotation.next_consultant(later.date())
    assert next_before != a  # the order carries over from the last day: a went to the back
    v2 = visitors.register_visit(host, Registration(customer_id=customer.id), at=later)
    assert v2.consultant_id == a and v2.assignment == "owner" and not v2.first_visit
    hall.depart(host, v2.id, at=later + dt.timedelta(minutes=5))
    assert rotation.next_consultant(later.date()) == next_before  # an owner visit takes no turn
    # 16 days after the last visit: lapsed, next in rotation gets and owns them
    settings.set("ownership_lapse_days", 15)
    lapsed = later + dt.timedelta(days=16)
    assert not visitors.ownership_live(Customer.get_by_id(customer.id), lapsed)
    v3 = visitors.register_visit(host, Registration(customer_id=customer.id), at=lapsed)
    assert v3.assignment == "assign"
    assert Customer.get_by_id(customer.id).owner_id == v3.consultant_id


def test_follow_up_keeps_ownership(team):
    host = team["host"]
    a_staff, a_session = team["a"]
    v = visitors.register_visit(host, reg("13912345678"), at=T0)
    hall.depart(host, v.id, at=T0 + dt.timedelta(minutes=5))
    visitors.add_follow_up(a_session, v.customer_id, "电话回访", at=T0 + dt.timedelta(days=12))
    c = Customer.get_by_id(v.customer_id)
    assert visitors.ownership_live(c, T0 + dt.timedelta(days=20))
    assert not visitors.ownership_live(c, T0 + dt.timedelta(days=28))


def test_other_consultant_files_claim_not_reassigned(team):
    host, sup = team["host"], team["sup"]
    a, b = team["a"][0].id, team["b"][0].id
    v1 = visitors.register_visit(host, reg("13912345678"), at=T0)
    hall.depart(host, v1.id, at=T0 + dt.timedelta(minutes=5))
    v2 = visitors.register_visit(host, Registration(customer_id=v1.customer_id, consultant_id=b,
                                                    claim_note="客户点名"), at=T0 + dt.timedelta(days=1))
    assert v2.consultant_id == b
    assert Customer.get_by_id(v1.customer_id).owner_id == a  # unchanged
    claim = OwnershipClaim.get()
    assert (claim.claimant_id, claim.owner_id, claim.status) == (b, a, "pending")
    assert list(visitors.claims()) == [claim]
    with pytest.raises(PermissionDenied, match="陈静（前台）无权调整轮排与客户归属"):
        visitors.decide_claim(host, claim.id, True)
    visitors.decide_claim(sup, claim.id, True, "同意")
    assert Customer.get_by_id(v1.customer_id).owner_id == b
    with pytest.raises(ValidationError, match="该归属申请已处理"):
        visitors.decide_claim(sup, claim.id, False)


def test_bad_input_saves_nothing(team):
    host = team["host"]
    for bad in ("1381234567", "23812345678", "abc", ""):
        message = f"手机号格式不正确：{bad}（须为 1 开头" if bad else "请填写手机号，或选择“无手机号”"
        with pytest.raises(ValidationError, match=message):
            visitors.register_visit(host, reg(bad), at=T0)
    with pytest.raises(ValidationError, match="1 到 30"):
        visitors.register_visit(host, reg("13812345678", party_size=0), at=T0)
    with pytest.raises(ValidationError, match="1 到 30"):
        visitors.register_visit(host, reg("13812345678", party_size=100), at=T0)
    with pytest.raises(ValidationError, match="没有手机号的客户须填写姓氏"):
        visitors.register_visit(host, Registration(no_phone=True), at=T0)
    assert Visit.select().count() == 0 and Customer.select().count() == 0
    assert RotationLog.select().where(RotationLog.action == "assign").count() == 0
    # no phone is an explicit choice
    v = visitors.register_visit(host, Registration(no_phone=True, surname="李", title="女士"), at=T0)
    assert v.customer.phone is None


def test_second_registration_in_hall_is_refused(team):
    host = team["host"]
    v = visitors.register_visit(host, reg("138 1234 5678"), at=T0)
    with pytest.raises(visitors.AlreadyInHall, match="该客户已在大厅（沙盘，顾问 张磊，10:00 到访），不能重复登记") as info:
        visitors.register_visit(host, reg("13812345678"), at=T0 + dt.timedelta(minutes=3))
    assert info.value.visit_id == v.id
    assert "已在大厅" in str(info.value)
    assert Visit.select().count() == 1


def test_lookup_prefix_tail_and_masking(team, make_staff):
    host = team["host"]
    a_staff, a_session = team["a"]
    b_session = team["b"][1]
    sup = team["sup"]
    visitors.register_visit(host, reg("13812345678"), at=T0)
    visitors.register_visit(host, reg("13812349999", surname="赵"), at=T0)
    # a supervisor (who sees numbers) finds by 4+ digits at either end, or by a surname
    assert len(visitors.lookup(sup, "138")) == 0  # fewer than 4 digits
    assert len(visitors.lookup(sup, "1381234")) == 2
    assert visitors.lookup(sup, "5678")[0].phone == "13812345678"
    assert [m.name for m in visitors.lookup(sup, "赵")] == ["赵先生"]
    # anyone else: the whole number, or the last 4 with the surname
    assert visitors.lookup(host, "1381234") == [] and visitors.lookup(host, "5678") == []
    assert visitors.lookup(host, "赵") == []
    [m] = visitors.lookup(host, "13812345678")
    assert m.name == "王先生" and m.phone == "138****5678"  # reception host: masked
    assert [m.name for m in visitors.lookup(host, "5678 王")] == ["王先生"]
    assert [m.name for m in visitors.lookup(host, "9999", surname="赵")] == ["赵先生"]
    assert visitors.lookup(host, "5678", surname="赵") == []
    assert visitors.lookup(a_session, "13812345678")[0].phone == "13812345678"  # owner
    assert visitors.lookup(b_session, "王5678")[0].phone == "138****5678"  # other consultant
    assert m.in_hall_visit_id is not None
    # the visit list finds the full number even where it is shown masked, and masks it itself
    [row] = visitors.visit_query(host, visitors.VisitFilter(text="13812345678"))
    assert row.customer.phone == "138****5678"
    assert visitors.visit_query(host, visitors.VisitFilter(text="1381234")).count() == 0
    assert visitors.visit_query(sup, visitors.VisitFilter(text="1381234")).count() == 2


def test_a_masked_number_cannot_be_rebuilt_by_lookups(team, make_staff):
    """Issue 20: 59 prefix lookups rebuilt 159****9928 from a cleaner's session."""
    from desk.services.core.errors import PermissionDenied

    host = team["host"]
    visitors.register_visit(host, reg("15912349928"), at=T0)
    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="无权来访登记"):
        visitors.lookup(cleaner, "1591")
    shown = set()
    for n in range(10_000 // 97):  # prefixes and suffixes an attacker would try
        for text in (f"159{n % 10}", f"1591{n:03d}", f"{n:03d}9928", f"{n % 10}9928"):
            shown.update(m.phone for m in visitors.lookup(host, text))
    assert shown == set()
    [m] = visitors.lookup(host, "15912349928")
    assert m.phone == "159****9928"


def test_services_listing_personal_data_mask_for_the_session(team, make_staff):
    host, sup = team["host"], team["sup"]
    v = visitors.register_visit(host, reg("13812345678"), at=T0)
    assert visitors.find_by_phone(host, "13812345678").phone == "138****5678"
    assert visitors.find_by_phone(sup, "13812345678").phone == "13812345678"
    [h] = visitors.customer_history(host, v.customer_id)
    assert h.customer.phone == "138****5678"
    with pytest.raises(AttributeError):
        h.customer.phone = "13800000000"  # a masked record cannot be written back
    _, cleaner = make_staff("cleaner")
    from desk.services.core.errors import PermissionDenied

    for call in (lambda: visitors.customer_history(cleaner, v.customer_id),
                 lambda: visitors.find_by_phone(cleaner, "13812345678"),
                 lambda: visitors.visit_query(cleaner)):
        with pytest.raises(PermissionDenied):
            call()
    # customers by id: masked, and ids in any shape the program or a fuzzer passes find what they name
    cid = v.customer_id
    assert visitors.customers_by_id(host, [cid, str(cid)])[cid].phone == "138****5678"
    assert list(visitors.customers_by_id(host, cid)) == [cid]
    assert visitors.customers_by_id(host, [None, "x", 1.5, [cid]]) == {}


def test_hall_serving_refill_due_move_and_depart(team, settings):
    host = team["host"]
    v = visitors.register_visit(host, reg("13812345678", party_size=2, company="家人"), at=T0)
    tea = hall.DrinkChoice(None, "龙井", "china")
    coffee = hall.DrinkChoice(None, "咖啡", "paper")
    s1 = hall.serve(host, v.id, 1, tea, at=T0 + dt.timedelta(minutes=2))
    hall.serve(host, v.id, 2, coffee, at=T0 + dt.timedelta(minutes=2))
    with pytest.raises(ValidationError, match="该组只有 2 位客人"):
        hall.serve(host, v.id, 3, tea, at=T0)
    [group] = hall.board(host, at=T0 + dt.timedelta(minutes=18))
    assert [g.due for g in group.guests] == [False, True]  # paper 15 min, china 20 min
    assert group.dwell_minutes == 18
    assert len(hall.refills_due(T0 + dt.timedelta(minutes=23))) == 2
    hall.refill(host, s1.id, at=T0 + dt.timedelta(minutes=23))
    [group] = hall.board(host, at=T0 + dt.timedelta(minutes=23))
    assert group.guests[0].served_text() == "龙井（续1）"
    assert not group.guests[0].due
    hall.move(host, v.id, "样板间", at=T0 + dt.timedelta(minutes=30))
    hall.move(host, v.id, "洽谈区", at=T0 + dt.timedelta(minutes=50))
    assert [(m.from_location, m.to_location) for m in VisitMove.select().order_by(VisitMove.id)] == [
        ("沙盘", "样板间"), ("样板间", "洽谈区")]
    with pytest.raises(ValidationError, match="早于到访时间"):
        hall.depart(host, v.id, at=T0 - dt.timedelta(minutes=1))
    assert Visit.get_by_id(v.id).departed_at is None
    hall.depart(host, v.id, at=T0 + dt.timedelta(minutes=60))
    assert hall.board(host, at=T0 + dt.timedelta(minutes=61)) == []
    assert Serving.select().count() == 3


def test_figures(team):
    host = team["host"]
    v1 = visitors.register_visit(host, reg("13812345678", party_size=3, company="家人"), at=T0)
    v2 = visitors.register_visit(host, reg("13812340000", party_size=2), at=T0 + dt.timedelta(hours=2))
    hall.depart(host, v1.id, at=T0 + dt.timedelta(minutes=30))
    hall.depart(host, v2.id, at=T0 + dt.timedelta(hours=2, minutes=50))
    v3 = visitors.register_visit(host, Registration(customer_id=v1.customer_id), at=T0 + dt.timedelta(hours=3))
    assert figures.people_count(DAY) == 6
    f = figures.day_figures(DAY)
    assert (f["groups"], f["people"], f["first"], f["return"]) == (3, 6, 2, 1)
    assert f["by_hour"] == {10: 1, 12: 1, 13: 1}
    assert f["average_dwell_minutes"] == 40.0
    assert f["in_hall"] == 1
    assert sum(f["by_consultant"].values()) == 3
    assert v3.first_visit is False


def test_anonymise_keeps_counts(team, settings):
    host, sup = team["host"], team["sup"]
    old = dt.datetime(2025, 1, 10, 10, 0)
    v_old = visitors.register_visit(host, reg("13812345678", plate="粤B12345", transport="自驾",
                                              notes="张总介绍"), at=old)
    hall.depart(host, v_old.id, at=old + dt.timedelta(minutes=30))
    v_new = visitors.register_visit(host, reg("13900001111", surname="刘"), at=T0)
    before = figures.range_figures(dt.date(2025, 1, 1), DAY)
    preview = visitors.anonymise_preview(12, today=DAY)
    assert (preview["customers"], preview["visits"]) == (1, 1)
    assert visitors.anonymise_preview(0, today=DAY)["enabled"] is False
    with pytest.raises(PermissionDenied, match="陈静（前台）无权修改设置"):
        visitors.anonymise(host, 12, today=DAY)
    visitors.anonymise(sup, 12, today=DAY)
    c_old = Customer.get_by_id(v_old.customer_id)
    assert (c_old.surname, c_old.phone, c_old.anonymised) == ("", None, True)
    assert Visit.get_by_id(v_old.id).plate == ""
    assert Customer.get_by_id(v_new.customer_id).phone == "13900001111"
    after = figures.range_figures(dt.date(2025, 1, 1), DAY)
    assert after == before
    assert visitors.lookup(sup, "5678") == []


def test_anonymise_clears_the_audit_trail_and_numbers_in_free_text(team):
    from desk.db.core import AuditEntry

    host, sup = team["host"], team["sup"]
    v_old = visitors.register_visit(host, reg("13812345678", needs="三房，客户说打 138 1234 5678 或 0571-88886666",
                                              notes="备注", plate="浙A12345"), at=dt.datetime(2025, 1, 10, 10))
    visitors.anonymise(sup, 12, today=DAY)
    assert Visit.get_by_id(v_old.id).needs == "三房，客户说打 **** 或 ****"
    trail = " ".join(str(e.before) + str(e.after) + e.note for e in AuditEntry.select())
    for secret in ("13812345678", "8765432183", "王", "浙A12345", "88886666"):
        assert secret not in trail, secret


def test_sources_editable(team):
    sup = team["sup"]
    names = [s.name for s in visitors.sources()]
    assert "朋友介绍" in names
    s = visitors.add_source(sup, "抖音")
    with pytest.raises(ValidationError, match="认知途径“抖音”已存在"):
        visitors.add_source(sup, "抖音")
    visitors.set_source_active(sup, s.id, False)
    assert "抖音" not in [x.name for x in visitors.sources()]


def test_parking_tickets_need_pin_and_limit(team, make_staff):
    host = team["host"]
    a_staff, _ = team["a"]
    with pytest.raises(ValidationError, match="每次领用停车票须为 1 到 3 张"):
        hall.issue_parking_tickets(host, a_staff.id, "1234", 4)
    with pytest.raises(ValidationError, match="工号或 PIN 不正确"):
        hall.issue_parking_tickets(host, a_staff.id, "9999", 2)
    issue = hall.issue_parking_tickets(host, a_staff.id, "1234", 3, plate="粤b12345")
    assert issue.quantity == 3 and issue.plate == "粤B12345"
    guard, _ = make_staff("guard", pin="1234")
    with pytest.raises(ValidationError, match="置业顾问"):
        hall.issue_parking_tickets(host, guard.id, "1234", 1)


def test_serving_and_parking_book_stock(team, admin):
    from desk.services.bar import stock

    host = team["host"]
    cola = stock.save_item(admin, name="可乐", category="饮料", unit="罐")
    tea = stock.save_item(admin, name="龙井", category="茶", unit="包")
    tickets = stock.save_item(admin, name="停车票", category="停车票", unit="张")
    stock.receive(admin, cola.id, 1)
    stock.receive(admin, tea.id, 5)
    stock.receive(admin, tickets.id, 10)
    names = {c.name: c for c in hall.drink_choices()}
    assert set(names) == {"可乐", "龙井"} and names["龙井"].cup == "china"
    v = visitors.register_visit(host, reg("13812345678", party_size=3, company="朋友"), at=T0)
    s1 = hall.serve(host, v.id, 1, names["可乐"], at=T0 + dt.timedelta(minutes=1))
    assert s1.stock_entry_id is not None and stock.stock_level(cola.id) == 0
    with pytest.raises(ValidationError, match="库存不足：可乐 现有 0罐，要出 1罐"):  # none left: refused, nothing saved
        hall.serve(host, v.id, 2, names["可乐"], at=T0 + dt.timedelta(minutes=2))
    assert Serving.select().count() == 1
    s2 = hall.serve(host, v.id, 2, names["龙井"], at=T0 + dt.timedelta(minutes=2))
    hall.refill(host, s2.id, at=T0 + dt.timedelta(minutes=25))  # tea refill: hot water, no stock
    assert stock.stock_level(tea.id) == 4
    issue = hall.issue_parking_tickets(host, team["a"][0].id, "1234", 2, visit_id=v.id)
    assert issue.stock_entry_id is not None and stock.stock_level(tickets.id) == 8
