"""我的客户 by keyboard, the customer file, 成交 and 转化分析 through real widgets."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.db.reception import FollowUp, Subscription, VisitCompletion
from desk.services.reception import completions, hall, outcomes, visitors
from desk.services.reception.visitors import Registration
from desk.ui.models.reception import FOLLOW_BRUSH, LAPSE_BRUSH
from desk.ui.reception.customer_file import CustomerFileDialog
from desk.ui.reception.followup import FollowUpDialog, TalkDialog
from desk.ui.reception.section import ReceptionSection
from desk.ui.servicedesk.forms import FormDialog

T0 = dt.datetime(2026, 11, 23, 10, 0)
LATER = T0 + dt.timedelta(days=12, hours=2)  # a's first customer lapses in three days


@pytest.fixture
def cycle(qtbot, make_staff, supervisor, settings):
    settings.set("ownership_lapse_days", 15)
    a_staff, a = make_staff("consultant", code="60", name="张磊")
    make_staff("consultant", code="61", name="杨帆")
    _, host = make_staff("reception", code="10", name="陈静")

    def come(phone, surname, at):
        v = visitors.register_visit(host, Registration(phone=phone, surname=surname, title="先生"), at=at)
        hall.depart(host, v.id, at=at + dt.timedelta(minutes=30))
        return v

    lapsing = come("13900000001", "王", T0)  # a's: lapse on 12-08
    come("13900000002", "李", T0 + dt.timedelta(minutes=1))  # b's
    due = come("13900000003", "赵", T0 + dt.timedelta(days=6))  # a's, a follow-up due on the day
    completions.complete_visit(a, due.id, grade="A", next_step="约看样板间", next_date=LATER.date(),
                               at=T0 + dt.timedelta(days=6, hours=1))
    clock = [LATER]
    section = ReceptionSection(a, clock=lambda: clock[0])
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    return {"section": section, "a": a, "a_staff": a_staff, "sup": supervisor, "host": host, "clock": clock,
            "lapsing": lapsing, "due": due}


def focused():
    return QApplication.focusWidget()


def test_my_customers_by_keyboard(qtbot, cycle, monkeypatch):
    section = cycle["section"]
    section.tabs.setCurrentIndex(0)
    section.form.phone.setFocus()
    qtbot.keyClick(section.form.phone, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    panel = section.customers
    assert section.tabs.currentWidget() is panel
    assert focused() is panel.view
    model = panel.model
    assert model.rowCount() == 2  # b's customer is not a's
    names = [model.row_object(i).name for i in range(2)]
    assert names == ["赵先生", "王先生"]  # the follow-up due today first, then the lapse in three days
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 0), bg) is FOLLOW_BRUSH
    assert model.data(model.index(1, 0), bg) is LAPSE_BRUSH
    assert "归属 3 天内失效 1 位" in panel.summary.text()

    asked = []

    def ask(cls, parent, row, today):
        asked.append((row.name, today))
        return {"channel": "wechat", "note": "约了周六看房", "next_date": today + dt.timedelta(days=3),
                "next_step": "周六带家人来"}

    monkeypatch.setattr(FollowUpDialog, "ask", classmethod(ask))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.selected().name == "王先生"
    qtbot.keyClick(panel.view, Qt.Key.Key_F8)
    assert asked == [("王先生", LATER.date())]
    entry = FollowUp.get()
    assert (entry.channel, entry.note, entry.next_step) == ("wechat", "约了周六看房", "周六带家人来")
    assert entry.next_date == LATER.date() + dt.timedelta(days=3) and entry.at == LATER
    # the follow-up moved the lapse: no longer red, and it keeps its row selected
    row = next(r for r in model.rows() if r.name == "王先生")
    assert row.days_left == 15 and not row.lapsing
    i = model.rows().index(row)
    assert model.data(model.index(i, 0), bg) is None
    assert panel.selected().name == "王先生" and focused() is panel.view
    assert "归属 3 天内失效 0 位" in panel.summary.text()
    opened = []
    monkeypatch.setattr(CustomerFileDialog, "open_for",
                        classmethod(lambda cls, parent, session, customer_id, clock=None: opened.append(customer_id)))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter: the customer file
    assert opened == [cycle["lapsing"].customer_id]


def test_the_follow_up_dialog_by_keyboard(qtbot, cycle):
    from desk.services.reception import customers

    row = customers.customer_row(cycle["a"], cycle["lapsing"].customer_id, at=LATER)
    dialog = FollowUpDialog(None, row, LATER.date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.outcome)  # typing starts at the outcome
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # 微信
    assert dialog.values()["channel"] == "wechat" and focused() is dialog.outcome
    dialog.outcome.insert("约了周六看房")  # Chinese arrives committed by the input method, not as keys
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    assert focused() is dialog.next_step
    dialog.next_step.insert("周六带家人来")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.next_step, Qt.Key.Key_Return)
    assert dialog.values() == {"channel": "wechat", "note": "约了周六看房", "next_step": "周六带家人来",
                               "next_date": LATER.date() + dt.timedelta(days=3)}


def test_the_talk_is_completed_and_corrected_from_the_customer_file(qtbot, cycle, monkeypatch):
    a = cycle["a"]
    lapsing = cycle["lapsing"]
    dialog = CustomerFileDialog(None, a, lapsing.customer_id, clock=lambda: LATER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.visit_model.rowCount() == 1 and dialog.facts["phone"].text() == "13900000001"
    answers = iter([
        {"grade": "B", "needs": "三房", "objections": "价格", "budget": "200 万", "unit_type": "C2",
         "next_step": "回电", "next_date": LATER.date() + dt.timedelta(days=2), "reason": ""},
        {"grade": "A", "needs": "三房", "objections": "价格", "budget": "230 万", "unit_type": "C2",
         "next_step": "回电", "next_date": LATER.date() + dt.timedelta(days=2), "reason": "客户追加预算"}])
    seen = []

    def ask(cls, parent, label, talk, history, minimum):
        seen.append([e.kind for e in history])
        return next(answers)

    monkeypatch.setattr(TalkDialog, "ask", classmethod(ask))
    dialog.visits.setFocus()
    qtbot.keyClick(dialog.visits, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.visits, Qt.Key.Key_Return)
    assert seen == [["registration"], ["registration", "completion"]]
    assert [c.corrects_id is not None for c in VisitCompletion.select().where(
        VisitCompletion.visit == lapsing.id).order_by(VisitCompletion.id)] == [False, True]
    assert dialog.visit_model.row_object(0).talk.budget == "230 万"
    assert dialog.facts["grade"].text() == "A"
    assert "已更正" in dialog.visit_model.data(dialog.visit_model.index(0, 13))


def test_subscription_recorded_approved_by_cosign_and_withdrawn(qtbot, cycle, monkeypatch):
    a, sup = cycle["a"], cycle["sup"]
    lapsing = cycle["lapsing"]
    answers = iter([
        {"unit": "3-1-1202", "price": "2150000", "deposit": "50000", "day": LATER.date()},
        {"approve": True, "note": "", "code": "02", "pin": "1234"},
    ])
    monkeypatch.setattr(FormDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    dialog = CustomerFileDialog(None, a, lapsing.customer_id, clock=lambda: LATER)
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.print_button), "subscribe_button").click()
    sub = Subscription.get()
    assert (sub.unit, sub.status, sub.recorded_by_id) == ("3-1-1202", "pending", cycle["a_staff"].id)
    assert dialog.outcome_model.rowCount() == 1
    dialog.findChild(type(dialog.print_button), "decide_button").click()  # the supervisor's PIN at the desk
    assert Subscription.get().status == "approved" and Subscription.get().decided_by_id == sup.staff_id
    assert dialog.facts["stage"].text() == "已认购"
    # the supervisor withdraws it from 成交
    section = cycle["section"]
    section.set_session(sup)
    section.tabs.setCurrentWidget(section.outcomes)
    panel = section.outcomes
    panel.status.setCurrentIndex(0)
    assert panel.model.rowCount() == 1
    monkeypatch.setattr(FormDialog, "ask", classmethod(lambda cls, *a, **k: {"reason": "贷款未批"}))
    panel.view.selectRow(0)
    panel.withdraw_button.click()
    assert Subscription.get().status == "withdrawn"
    assert "已退订" in panel.model.data(panel.model.index(0, 9))


def test_conversion_tab_for_managers_only(qtbot, cycle):
    section = cycle["section"]
    assert not section.tabs.isTabVisible(section.conversion_index)  # a consultant
    section.set_session(cycle["sup"])
    assert section.tabs.isTabVisible(section.conversion_index)
    section.tabs.setCurrentWidget(section.conversion)
    panel = section.conversion
    assert "首访 3 位" in panel.total.text()
    names = {panel.league_model.row_object(i).name for i in range(panel.league_model.rowCount())}
    assert names == {"张磊", "杨帆"}
    panel.group.setCurrentIndex(panel.group.findData("by_consultant"))
    assert panel.funnel_model.headerData(0, Qt.Orientation.Horizontal) == "顾问"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, cycle):
    section = cycle["section"]
    section.set_session(cycle["sup"])
    for panel in (section.customers, section.outcomes, section.conversion):
        panel.on_shown()
    dialog = CustomerFileDialog(None, cycle["a"], cycle["due"].customer_id, clock=lambda: LATER)
    qtbot.addWidget(dialog)
    for model in (section.customers.model, section.outcomes.model, section.conversion.funnel_model,
                  section.conversion.league_model, dialog.visit_model, dialog.follow_model, dialog.owner_model,
                  dialog.served_model, dialog.outcome_model):
        qtmodeltester.check(model)


def test_the_overview_lists_the_day_reminders(qtbot, cycle):
    from desk.ui.overview.section import OverviewSection

    overview = OverviewSection(cycle["a"], clock=lambda: LATER)
    qtbot.addWidget(overview)
    overview.refresh()
    qtbot.wait(10)
    assert overview.sales == {}  # not before the page's first frame: the start-up stays quick
    overview.show()
    qtbot.waitUntil(lambda: "reminders" in overview.sales)
    assert overview.links["sales.lapsing"].text() == "归属 3 天内失效 1 位"
    assert "王先生" in overview.sales_detail.text()
    assert not overview.boxes["league"].isVisibleTo(overview)
    boss = OverviewSection(cycle["sup"], clock=lambda: LATER)
    qtbot.addWidget(boss)
    boss.refresh_sales()
    assert "张磊：失效 1" in boss.sales_detail.text()
    assert "张磊" in boss.league_table.text()


def test_outcome_input_errors_are_shown_and_nothing_saved(qtbot, cycle, monkeypatch):
    shown = []
    monkeypatch.setattr("desk.ui.reception.deals.show_error", lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(FormDialog, "ask", classmethod(
        lambda cls, *a, **k: {"unit": "3-1-1202", "price": "很多", "deposit": "", "day": LATER.date()}))
    dialog = CustomerFileDialog(None, cycle["a"], cycle["lapsing"].customer_id, clock=lambda: LATER)
    qtbot.addWidget(dialog)
    dialog.subscribe()
    assert shown == ["成交价不是有效的数字：很多"] and Subscription.select().count() == 0
    assert outcomes.pending_count() == 0
