"""The consultant's customer cycle: completing a visit (a correction entry, the original kept),
follow-ups and reminders, 认购 / 签约 / 退订, the funnel and the league table."""
import datetime as dt
from decimal import Decimal

import pytest

from desk.db.core import AuditEntry
from desk.db.reception import Customer, FollowUp, Subscription, Visit, VisitCompletion
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.reception import completions, customers, funnel, hall, outcomes, visitors
from desk.services.reception.visitors import Registration

T0 = dt.datetime(2026, 11, 23, 10, 0)  # a Monday


@pytest.fixture
def team(make_staff, supervisor):
    a = make_staff("consultant", code="60", name="张磊")
    b = make_staff("consultant", code="61", name="杨帆")
    host = make_staff("reception", code="10", name="陈静")
    return {"a": a, "b": b, "host": host[1], "sup": supervisor}


def visit(team, phone, at=T0, surname="王", **kw):
    v = visitors.register_visit(team["host"], Registration(phone=phone, surname=surname, title="先生", **kw), at=at)
    hall.depart(team["host"], v.id, at=at + dt.timedelta(minutes=40))
    return v


# -- completing a visit ---------------------------------------------------------------------------
def test_completion_is_a_new_entry_and_the_registration_is_kept(team):
    a_staff, a = team["a"]
    v = visit(team, "13912345678", grade="C", needs="看看")
    first = completions.complete_visit(a, v.id, grade="B", needs="三房，学区", objections="单价高", budget="200万",
                                       unit_type="三房两厅", next_step="带父母看样板间", next_date=dt.date(2026, 11, 26),
                                       at=T0 + dt.timedelta(hours=1))
    assert first.corrects_id is None and first.visit_id == v.id and first.staff_id == a_staff.id
    fixed = completions.complete_visit(a, v.id, grade="A", needs="三房，学区", objections="单价高", budget="220万",
                                       unit_type="三房两厅", next_step="带父母看样板间",
                                       next_date=dt.date(2026, 11, 26), reason="客户当晚来电追加预算",
                                       at=T0 + dt.timedelta(hours=5))
    assert fixed.corrects_id == first.id
    # the registration's values and the first completion are untouched
    original = Visit.get_by_id(v.id)
    assert (original.grade, original.needs) == ("C", "看看")
    assert VisitCompletion.get_by_id(first.id).grade == "B"
    now_known = completions.talk(v.id)
    assert (now_known.grade, now_known.budget, now_known.completed, now_known.entries) == ("A", "220万", True, 2)
    kinds = [(e.kind, e.grade, e.staff_name) for e in completions.history(v.id)]
    assert kinds == [("registration", "C", "陈静"), ("completion", "B", "张磊"), ("correction", "A", "张磊")]
    assert completions.history(v.id)[-1].reason == "客户当晚来电追加预算"
    customer = Customer.get_by_id(v.customer_id)
    assert (customer.last_grade, customer.next_step, customer.next_due) == ("A", "带父母看样板间", dt.date(2026, 11, 26))
    audits = list(AuditEntry.select().where(AuditEntry.entity == "visit_completion").order_by(AuditEntry.id))
    assert [(e.action, e.entity_id, e.staff_id) for e in audits] == [("create", first.id, a_staff.id),
                                                                      ("correct", fixed.id, a_staff.id)]
    assert audits[1].before["grade"] == "B" and audits[1].after["grade"] == "A"
    assert audits[1].note == "客户当晚来电追加预算"


def test_a_correction_needs_a_reason_a_change_and_the_right_person(team):
    b = team["b"][1]
    a = team["a"][1]
    v = visit(team, "13912345678")
    completions.complete_visit(a, v.id, grade="B", needs="三房")
    with pytest.raises(ValidationError, match="原因"):
        completions.complete_visit(a, v.id, grade="A", needs="三房")
    with pytest.raises(ValidationError, match="没有改动"):
        completions.complete_visit(a, v.id, grade="B", needs="三房", reason="再存一次")
    with pytest.raises(PermissionDenied, match="只有接待顾问、补录人或主管可以更正"):
        completions.complete_visit(b, v.id, grade="D", needs="三房", reason="我觉得不行")
    completions.complete_visit(team["sup"], v.id, grade="A", needs="三房", reason="主管复核")
    with pytest.raises(ValidationError, match="A、B、C 或 D"):
        completions.complete_visit(team["sup"], v.id, grade="E", reason="x")
    with pytest.raises(ValidationError, match="早于来访日期"):
        completions.complete_visit(team["sup"], v.id, grade="B", next_date=dt.date(2026, 11, 1), reason="x")
    assert VisitCompletion.select().count() == 2
    assert AuditEntry.select().where(AuditEntry.entity == "visit_completion").count() == 2


# -- reminders --------------------------------------------------------------------------------------
def test_a_lapse_three_days_out_appears_and_a_follow_up_moves_it(team, settings):
    settings.set("ownership_lapse_days", 15)
    a_staff, a = team["a"]
    v = visit(team, "13912345678")
    other = visit(team, "13900001111", at=T0 + dt.timedelta(minutes=5), surname="李")  # b's, not a's
    assert other.consultant_id == team["b"][0].id
    day10 = T0 + dt.timedelta(days=10, hours=1)
    assert customers.reminders(a, at=day10).lapsing == []  # five days left
    day12 = T0 + dt.timedelta(days=12, hours=1)  # the lapse is on day 15: three days out
    rows = customers.reminders(a, at=day12).lapsing
    assert [(r.id, r.days_left, r.lapses_on) for r in rows] == [(v.customer_id, 3, dt.date(2026, 12, 8))]
    mine = customers.my_customers(a, at=day12)
    assert [r.id for r in mine] == [v.customer_id] and mine[0].lapsing
    # the supervisor sees both consultants' lapsing customers
    assert {r.id for r in customers.reminders(team["sup"], at=day12).lapsing} == {v.customer_id, other.customer_id}
    visitors.add_follow_up(a, v.customer_id, "约周末看房", channel="phone", next_date=dt.date(2026, 12, 6),
                           next_step="周末看样板间", at=day12)
    assert customers.reminders(a, at=day12).lapsing == []
    row = customers.customer_row(a, v.customer_id, at=day12)
    assert (row.days_left, row.next_due, row.next_step) == (15, dt.date(2026, 12, 6), "周末看样板间")


def test_overdue_follow_ups_and_customers_returned_to_the_pool(team, settings):
    settings.set("ownership_lapse_days", 15)
    a_staff, a = team["a"]
    v = visit(team, "13912345678")
    cold = visit(team, "13912340000", at=T0 + dt.timedelta(minutes=2), surname="赵")  # a, never comes back
    completions.complete_visit(a, v.id, grade="B", next_step="电话回访", next_date=dt.date(2026, 11, 25))
    completions.complete_visit(a, cold.id, grade="D")
    assert customers.reminders(a, at=T0 + dt.timedelta(days=2)).overdue == []  # due today, not late yet
    row = customers.my_customers(a, at=T0 + dt.timedelta(days=2))[0]
    assert row.due and not row.overdue
    late = customers.reminders(a, at=T0 + dt.timedelta(days=3))
    assert [r.id for r in late.overdue] == [v.customer_id]
    # a follow-up made late is recorded as answering the due date
    entry = visitors.add_follow_up(a, v.customer_id, "未接", channel="wechat", at=T0 + dt.timedelta(days=3))
    assert entry.due_on == dt.date(2026, 11, 25)
    assert customers.follow_ups(v.customer_id)[0].on_time is False
    assert customers.reminders(a, at=T0 + dt.timedelta(days=3)).overdue == []
    # 15 days after the last contact ownership lapses: a warm customer is listed back in the pool
    # for a week; the cold one lapses quietly
    gone = T0 + dt.timedelta(days=19)
    r = customers.reminders(a, at=gone)
    assert [x.id for x in r.returned] == [v.customer_id] and r.lapsing == []
    assert customers.my_customers(a, at=gone) == []
    assert customers.reminders(a, at=T0 + dt.timedelta(days=30)).returned == []


def test_a_consultant_lists_only_their_own_customers(team):
    b = team["b"][1]
    visit(team, "13912345678")
    with pytest.raises(PermissionDenied, match="无权"):
        customers.my_customers(team["host"])
    assert customers.my_customers(b, staff_id=team["a"][0].id, at=T0) == []  # staff_id ignored for b
    assert len(customers.my_customers(team["sup"], staff_id=team["a"][0].id, at=T0)) == 1


def test_follow_up_input_is_checked(team):
    a = team["a"][1]
    v = visit(team, "13912345678")
    with pytest.raises(ValidationError, match="电话、微信或面访"):
        visitors.add_follow_up(a, v.customer_id, "x", channel="fax", at=T0)
    with pytest.raises(ValidationError, match="早于今天"):
        visitors.add_follow_up(a, v.customer_id, "x", channel="phone", next_date=dt.date(2026, 11, 1), at=T0)
    assert FollowUp.select().count() == 0


# -- outcomes ---------------------------------------------------------------------------------------
def test_subscription_approved_withdrawn_and_audited(team):
    a_staff, a = team["a"]
    sup = team["sup"]
    v = visit(team, "13912345678")
    day = T0.date() + dt.timedelta(days=5)
    sub = outcomes.record_subscription(a, v.customer_id, unit="3-1-1202", price="2150000", deposit="50000",
                                       day=day, at=T0 + dt.timedelta(days=5))
    assert (sub.status, sub.consultant_id, sub.price, sub.deposit) == ("pending", a_staff.id, Decimal("2150000.00"),
                                                                      Decimal("50000.00"))
    assert sub.number.startswith("RG-20261128-")
    with pytest.raises(PermissionDenied, match="无权"):
        outcomes.decide_subscription(a, sub.id, True)
    with pytest.raises(ValidationError, match="已有认购"):
        outcomes.record_subscription(sup, v.customer_id, unit="3-1-1202", price="1", day=day,
                                     at=T0 + dt.timedelta(days=5))
    with pytest.raises(ValidationError, match="尚未批准"):
        outcomes.record_contract(a, sub.id, day=day, amount="2150000", at=T0 + dt.timedelta(days=5))
    with pytest.raises(ValidationError, match="驳回须写明原因"):
        outcomes.decide_subscription(sup, sub.id, False)
    outcomes.decide_subscription(sup, sub.id, True, at=T0 + dt.timedelta(days=5, hours=1))
    assert outcomes.stages([v.customer_id]) == {v.customer_id: "subscribed"}
    with pytest.raises(ValidationError, match="退订须写明原因"):
        outcomes.withdraw_subscription(sup, sub.id, " ")
    with pytest.raises(PermissionDenied, match="无权"):
        outcomes.withdraw_subscription(a, sub.id, "贷款未批")
    outcomes.withdraw_subscription(sup, sub.id, "贷款未批", at=T0 + dt.timedelta(days=9))
    sub = Subscription.get_by_id(sub.id)
    assert (sub.status, sub.withdraw_reason, sub.price) == ("withdrawn", "贷款未批", Decimal("2150000.00"))
    assert outcomes.stages([v.customer_id]) == {}
    # the unit is free again
    outcomes.record_subscription(a, v.customer_id, unit="3-1-1202", price="2100000", day=T0.date() + dt.timedelta(days=9),
                                 at=T0 + dt.timedelta(days=9))
    actions = [(e.action, e.entity) for e in AuditEntry.select().where(
        AuditEntry.entity.in_(["subscription", "contract"])).order_by(AuditEntry.id)]
    assert actions == [("create", "subscription"), ("approve", "subscription"), ("withdraw", "subscription"),
                       ("create", "subscription")]


def test_contract_follows_an_approved_subscription_and_blocks_withdrawal(team):
    a_staff, a = team["a"]
    sup = team["sup"]
    v = visit(team, "13912345678")
    at = T0 + dt.timedelta(days=3)
    sub = outcomes.record_subscription(a, v.customer_id, unit="5-2-801", price="1800000", day=at.date(), at=at)
    outcomes.cosign_decide(a, outcomes.SUBSCRIPTION, sub.id, True, "02", "1234", at=at)
    with pytest.raises(ValidationError, match="不能早于认购日期"):
        outcomes.record_contract(a, sub.id, day=T0.date(), amount="1800000", at=at)
    contract = outcomes.record_contract(a, sub.id, day=at.date() + dt.timedelta(days=7), amount="1,780,000.00",
                                        at=at + dt.timedelta(days=7))
    assert contract.amount == Decimal("1780000.00") and contract.number.startswith("QY")
    with pytest.raises(ValidationError, match="已登记签约"):
        outcomes.withdraw_subscription(sup, sub.id, "反悔")
    outcomes.decide_contract(sup, contract.id, True, at=at + dt.timedelta(days=7))
    assert outcomes.stages([v.customer_id]) == {v.customer_id: "signed"}
    rows = outcomes.outcomes(a, customer_id=v.customer_id)
    assert [(o.kind, o.status, o.unit) for o in rows] == [("contract", "approved", "5-2-801"),
                                                          ("subscription", "approved", "5-2-801")]
    assert rows[0].phone == "13912345678"  # a's own customer
    assert outcomes.outcomes(team["b"][1], customer_id=v.customer_id)[0].phone == "139****5678"


def test_only_the_owner_or_a_supervisor_records_outcomes(team):
    b = team["b"][1]
    v = visit(team, "13912345678")
    with pytest.raises(PermissionDenied, match="归属顾问"):
        outcomes.record_subscription(b, v.customer_id, unit="1-1-101", price="1000000", day=T0.date(), at=T0)
    with pytest.raises(PermissionDenied, match="前台）无权跟进客户、登记认购与签约"):
        outcomes.record_subscription(team["host"], v.customer_id, unit="1-1-101", price="1000000", day=T0.date(),
                                     at=T0)
    for bad, match in (({"price": "0"}, "成交价必须大于零"), ({"price": "abc"}, "不是有效的数字"),
                       ({"deposit": "2000000"}, "定金不能大于成交价"), ({"day": "2026-11-30"}, "不能晚于今天"),
                       ({"day": "2026-11-01"}, "不能早于客户首次来访"), ({"unit": " "}, "请填写认购房号")):
        values = dict(unit="1-1-101", price="1000000", day=T0.date(), deposit="0") | bad
        with pytest.raises(ValidationError, match=match):
            outcomes.record_subscription(team["a"][1], v.customer_id, at=T0 + dt.timedelta(hours=2), **values)
    assert Subscription.select().count() == 0


# -- figures ------------------------------------------------------------------------------------------
def test_funnel_arithmetic_on_a_hand_built_week(team, make_staff):
    """Week 2026-W48 (Nov 23-29): 5 first visits; 3 come back, 2 subscribe (one withdraws later),
    1 signs. A first visit of the week before and a return visit of an older customer stay out."""
    a_staff, a = team["a"]
    sup = team["sup"]
    host = team["host"]
    old = visit(team, "13700000000", at=T0 - dt.timedelta(days=7))  # W47
    people = [visit(team, f"1391234500{i}", at=T0 + dt.timedelta(days=i % 3, minutes=10 * i)) for i in range(5)]
    for i in (0, 1, 2):
        again = visitors.register_visit(host, Registration(customer_id=people[i].customer_id),
                                        at=T0 + dt.timedelta(days=4, minutes=i))
        hall.depart(host, again.id, at=T0 + dt.timedelta(days=4, minutes=30 + i))
    visitors.register_visit(host, Registration(customer_id=old.customer_id), at=T0 + dt.timedelta(days=4, hours=2))

    def subscribe(v, unit, day):
        owner = Customer.get_by_id(v.customer_id).owner_id
        session = team["a"][1] if owner == a_staff.id else team["b"][1]
        at = dt.datetime.combine(day, dt.time(15))
        sub = outcomes.record_subscription(session, v.customer_id, unit=unit, price="1000000", day=day, at=at)
        outcomes.decide_subscription(sup, sub.id, True, at=at)
        return sub, session

    s0, session0 = subscribe(people[0], "1-1-101", dt.date(2026, 11, 28))
    s1, _ = subscribe(people[1], "1-1-102", dt.date(2026, 11, 29))
    contract = outcomes.record_contract(session0, s0.id, day=dt.date(2026, 12, 3), amount="1000000",
                                        at=dt.datetime(2026, 12, 3, 10))
    outcomes.decide_contract(sup, contract.id, True, at=dt.datetime(2026, 12, 3, 11))
    outcomes.withdraw_subscription(sup, s1.id, "资金不足", at=dt.datetime(2026, 12, 5, 9))

    week = funnel.funnel(dt.date(2026, 11, 23), dt.date(2026, 11, 29), as_of=dt.date(2026, 12, 10))
    t = week.total
    assert (t.first, t.returned, t.subscribed, t.signed, t.withdrawn) == (5, 3, 1, 1, 1)
    assert (t.return_rate, t.subscribe_rate, t.sign_rate) == (Decimal("60.0"), Decimal("20.0"), Decimal("20.0"))
    assert [(r.key, r.first) for r in week.by_week] == [("2026-W48", 5)]
    assert [(r.key, r.first) for r in week.by_month] == [("2026-11", 5)]
    assert sum(r.first for r in week.by_consultant) == 5
    assert {r.key for r in week.by_consultant} == {"张磊", "杨帆"}
    # as known at the end of the week: both 认购 counted, nothing signed or withdrawn yet
    then = funnel.funnel(dt.date(2026, 11, 23), dt.date(2026, 11, 29), as_of=dt.date(2026, 11, 29)).total
    assert (then.first, then.returned, then.subscribed, then.signed, then.withdrawn) == (5, 3, 2, 0, 0)
    # two weeks: the older customer joins the first visits and has come back
    both = funnel.funnel(dt.date(2026, 11, 16), dt.date(2026, 11, 29), as_of=dt.date(2026, 12, 10))
    assert [(r.key, r.first, r.returned) for r in both.by_week] == [("2026-W47", 1, 1), ("2026-W48", 5, 3)]
    with pytest.raises(ValidationError, match="结束日期 2026-11-23 早于开始日期 2026-11-29"):
        funnel.funnel(dt.date(2026, 11, 29), dt.date(2026, 11, 23))


def test_league_counts_receptions_follow_ups_on_time_and_days_to_subscription(team):
    a_staff, a = team["a"]
    sup = team["sup"]
    v = visit(team, "13912345678")  # a, Monday
    w = visit(team, "13912345679", at=T0 + dt.timedelta(minutes=5))  # b
    completions.complete_visit(a, v.id, grade="A", next_step="回电", next_date=dt.date(2026, 11, 24))
    completions.complete_visit(team["b"][1], w.id, grade="B", next_step="回电", next_date=dt.date(2026, 11, 24))
    visitors.add_follow_up(a, v.customer_id, "约看房", channel="phone", next_date=dt.date(2026, 11, 26),
                           at=T0 + dt.timedelta(days=1))  # on time
    # b never calls back; a's second promise (26th) is kept by a visit
    again = visitors.register_visit(team["host"], Registration(customer_id=v.customer_id),
                                    at=T0 + dt.timedelta(days=3))
    hall.depart(team["host"], again.id, at=T0 + dt.timedelta(days=3, minutes=50))
    sub = outcomes.record_subscription(a, v.customer_id, unit="2-1-301", price="990000", day=dt.date(2026, 11, 27),
                                       at=T0 + dt.timedelta(days=4))
    outcomes.decide_subscription(sup, sub.id, True, at=T0 + dt.timedelta(days=4))
    table = {r.name: r for r in funnel.league(dt.date(2026, 11, 23), dt.date(2026, 11, 29),
                                              as_of=dt.date(2026, 11, 30))}
    za, yf = table["张磊"], table["杨帆"]
    assert (za.receptions, za.first, za.follow_ups, za.due, za.kept, za.subscriptions) == (2, 1, 1, 2, 2, 1)
    assert za.on_time_rate == Decimal("100.0") and za.average_days == Decimal("4.0")
    assert (yf.receptions, yf.due, yf.kept, yf.subscriptions, yf.on_time_rate) == (1, 1, 0, 0, Decimal("0.0"))
    assert list(table) == ["张磊", "杨帆"]


# -- the customer file ---------------------------------------------------------------------------------
def test_customer_file_and_its_print_mask_the_phone_by_role(team):
    from desk.printing.sources import documents_for
    from desk.services.reception import customer_file

    a_staff, a = team["a"]
    host = team["host"]
    v = visit(team, "13912345678")
    completions.complete_visit(a, v.id, grade="A", needs="三房", next_step="回电", next_date=dt.date(2026, 11, 25))
    visitors.add_follow_up(a, v.customer_id, "约看房", channel="phone", at=T0 + dt.timedelta(days=1))
    f = customer_file.customer_file(host, v.customer_id, at=T0 + dt.timedelta(days=1))
    assert f.customer.phone == "139****5678" and [x.talk.grade for x in f.visits] == ["A"]
    assert [r.outcome for r in f.follow_ups] == ["约看房"] and f.visits[0].servings == 0
    assert [(o.to_name, o.reason) for o in f.ownership] == [("张磊", "首次登记")]
    doc = documents_for(host, "customer_file", id=v.customer_id)[0]
    assert doc["fields"]["phone"] == "139****5678" and doc["fields"]["grade"] == "A"
    assert doc["tables"]["visits"][0]["talk"].startswith("三房") and doc["tables"]["follow_ups"][0]["channel"] == "电话"
    assert documents_for(a, "customer_file", id=v.customer_id)[0]["fields"]["phone"] == "13912345678"  # the owner
    with pytest.raises(ValidationError, match="按客户打印"):
        documents_for(host, "customer_file", day=T0.date())


def test_the_cycle_goes_on_after_the_demo_data(database):
    """The demo writes its rows in bulk with their ids (on both engines): what a consultant records
    afterwards takes the next ids and numbers."""
    from desk.db.core import Staff
    from desk.services.core.session import Session
    from desk.services.demo import fill_demo

    fill_demo(3, today=T0.date())
    demo_ids = {model: model.select(model.id).order_by(model.id.desc()).scalar()
                for model in (Customer, Visit, VisitCompletion, FollowUp, Subscription)}
    assert all(demo_ids.values())
    host = Session.for_staff(Staff.get(Staff.code == "10"))
    consultant = Session.for_staff(Staff.get(Staff.code == "60"))
    at = T0 + dt.timedelta(hours=1)
    v = visitors.register_visit(host, Registration(phone="13700001234", surname="新", title="先生",
                                                   consultant_id=consultant.staff_id), at=at)
    hall.depart(host, v.id, at=at + dt.timedelta(minutes=30))
    talk = completions.complete_visit(consultant, v.id, grade="A", needs="三房", at=at + dt.timedelta(minutes=40))
    follow = visitors.add_follow_up(consultant, v.customer_id, "客户约周末复访", channel="phone",
                                    at=at + dt.timedelta(hours=2))
    sub = outcomes.record_subscription(consultant, v.customer_id, unit="9-9-999", price="1000000", day=T0.date(),
                                       at=at + dt.timedelta(hours=3))
    assert v.customer_id > demo_ids[Customer] and v.id > demo_ids[Visit]
    assert talk.id > demo_ids[VisitCompletion] and follow.id > demo_ids[FollowUp] and sub.id > demo_ids[Subscription]
    taken = {number for id_, number in Subscription.select(Subscription.id, Subscription.number).tuples()
             if id_ != sub.id}
    assert sub.number.startswith("RG-20261123-") and sub.number not in taken


def test_the_cycles_text_goes_through_the_input_checks(team, tmp_path):
    """What a consultant types into a talk, a 认购 and a decision goes through the one set of input
    checks (issue 20): control characters removed (Word's Shift+Enter a line break where the field
    has lines), lengths bounded (an approval note of a megabyte refused), and the export still works."""
    from desk.excel import sync

    _, a = team["a"]
    sup = team["sup"]
    v = visit(team, "13912345678")
    talk = completions.complete_visit(a, v.id, grade=" b\x07", needs="三房\x0b朝南\x01", objections="价格\x1b",
                                      budget="300万\x00", unit_type="A1\x07", next_step="约看\x0b样板间",
                                      at=T0 + dt.timedelta(hours=1))
    assert (talk.grade, talk.needs, talk.objections, talk.budget, talk.unit_type, talk.next_step) == \
        ("B", "三房\n朝南", "价格", "300万", "A1", "约看 样板间")  # one line: a space
    fixed = completions.complete_visit(a, v.id, reason="客户\x0b补充\x01", grade="A", needs=123,
                                       at=T0 + dt.timedelta(hours=2))
    assert (fixed.reason, fixed.needs) == ("客户\n补充", "123")
    with pytest.raises(ValidationError, match="需求太长"):
        completions.complete_visit(a, v.id, reason="改", needs="房" * 501, at=T0 + dt.timedelta(hours=3))
    with pytest.raises(ValidationError, match="原因太长"):
        completions.complete_visit(a, v.id, reason="因" * 201, grade="C", at=T0 + dt.timedelta(hours=3))

    day = T0.date() + dt.timedelta(days=1)
    sub = outcomes.record_subscription(a, v.customer_id, unit="3-1-1202\x1b", price="2150000", day=day,
                                       at=T0 + dt.timedelta(days=1))
    assert sub.unit == "3-1-1202"
    with pytest.raises(ValidationError, match="审批意见太长"):
        outcomes.decide_subscription(sup, sub.id, False, "理由" * 500_000)
    outcomes.decide_subscription(sup, sub.id, True, "同意\x07", at=T0 + dt.timedelta(days=1, hours=1))
    assert Subscription.get_by_id(sub.id).decision_note == "同意"
    with pytest.raises(ValidationError, match="退订须写明原因"):
        outcomes.withdraw_subscription(sup, sub.id, "\x0b\x01")
    outcomes.withdraw_subscription(sup, sub.id, "贷款\x0b未批\x1b", at=T0 + dt.timedelta(days=3))
    assert Subscription.get_by_id(sub.id).withdraw_reason == "贷款\n未批"
    stored = [c.needs + c.objections + c.budget + c.unit_type + c.next_step + c.reason
              for c in VisitCompletion.select()]
    assert not any(ch in "".join(stored) for ch in "\x00\x01\x07\x0b\x1b")
    assert sync.export_workbook(sup, tmp_path / "s.xlsx").path.exists()
