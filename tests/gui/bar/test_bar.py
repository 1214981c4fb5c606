from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desk.db.bar import StockCount, StockEntry
from desk.services.core import shifts
from desk.services.bar import count as bar_count, stock
from desk.services.duty import handover
from desk.ui.bar.dialogs import CosignDialog, OverrideDialog
from desk.ui.main_window import MainWindow
from desk.ui.widgets import Notice


def setup_bar(admin, make_staff):
    _, attendant = make_staff("bar", code="20", name="赵小梅", pin="2020")
    guard_staff, _guard = make_staff("guard", code="50", name="何伟", pin="5050")
    items = []
    for name, qty in (("龙井", 10), ("可乐", 24), ("纸杯", 100)):
        item = stock.save_item(admin, name=name, category="耗材" if name == "纸杯" else "饮料", unit="个",
                               barcode=f"69{len(items)}")
        stock.receive(admin, item.id, qty)
        items.append(item)
    return attendant, guard_staff, items


def current_editor(view):
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def open_bar(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    section = window.open_section("bar")
    assert window.current_section_key() == "bar" and section.tabs.currentWidget() is section.stock_tab
    return window, section


def test_full_shift_count_by_keyboard_with_guard_cosign(qtbot, database, admin, make_staff, monkeypatch):
    attendant, guard_staff, items = setup_bar(admin, make_staff)
    shifts.open_shift(attendant)
    window, section = open_bar(qtbot, attendant)
    tab = section.count_tab
    section.tabs.setCurrentWidget(tab)
    tab.kind.setFocus()
    qtbot.keyClick(tab.kind, Qt.Key.Key_Down)  # 交班盘点
    assert tab.kind.currentData() == "交班"
    tab.start_button.setFocus()
    qtbot.keyClick(tab.start_button, Qt.Key.Key_Space)
    typed = {"龙井": "10", "可乐": "21", "纸杯": "100"}  # 可乐 is 3 short
    for row in range(3):
        qtbot.waitUntil(lambda row=row: tab.view.currentIndex().row() == row
                        and tab.view.state() == tab.view.State.EditingState)
        editor = current_editor(tab.view)
        qtbot.keyClicks(editor, typed[tab.sheet.lines[row].name])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.submit_button.hasFocus())
    assert tab.sheet.counted == {items[0].id: "10", items[1].id: "21", items[2].id: "100"}

    seen = {}

    def answer_by_keyboard(cls, parent, rows, counter_id):
        dialog = cls(parent, rows, counter_id)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["rows"] = rows
        box = dialog.reason_boxes[items[1].id]
        assert box.currentText() == ""  # no reason is given for her: a quick Enter records none
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)  # moves on
        # (keys go straight to each field: inside the submit key handler the dialog is not yet active)
        qtbot.keyClicks(dialog.code, "50")
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, "5050")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.result() != dialog.DialogCode.Accepted
        assert dialog.message.text() == "请为每项差异填写原因"
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Down)  # the first of the usual reasons
        assert box.currentText() == "漏记出品"
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, "20")  # the counter herself is refused
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, "2020")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.message.text()
        dialog.code.clear()
        dialog.code.setFocus()
        qtbot.keyClicks(dialog.code, "50")
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, "5050")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.cosigner, dialog.reasons

    monkeypatch.setattr(CosignDialog, "ask", classmethod(answer_by_keyboard))
    qtbot.keyClick(tab.submit_button, Qt.Key.Key_Return)
    assert [item_id for item_id, _label in seen["rows"]] == [items[1].id]
    count = StockCount.get()
    assert count.kind == "交班" and count.cosigned_by_id == guard_staff.id
    diff = StockEntry.get(StockEntry.kind == "盘点差异")
    assert diff.quantity == -3 and diff.reason == "漏记出品"
    assert stock.stock_level(items[1].id) == 21
    assert tab.history.rowCount() == 1
    assert handover.close_shift(attendant).closed_at is not None


def test_handover_refused_before_the_count(qtbot, database, admin, make_staff, monkeypatch):
    attendant, _guard, _items = setup_bar(admin, make_staff)
    window, _section = open_bar(qtbot, attendant)
    duty = window.open_section("duty")
    duty.open_button.click()
    warnings = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, level: warnings.append(text)))
    duty.close_button.click()
    assert warnings and "盘点" in warnings[0]
    assert shifts.current_shift() is not None


def test_serve_by_barcode_and_bad_input_books_nothing(qtbot, database, admin, make_staff, monkeypatch):
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, parent, text: None))
    attendant, _guard, items = setup_bar(admin, make_staff)
    _window, section = open_bar(qtbot, attendant)
    tab = section.stock_tab
    qtbot.keyClicks(tab.find, "691")  # 可乐's barcode, as a scanner types it
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert stock.stock_level(items[1].id) == 23
    assert "已出品 可乐" in tab.message.text()
    before = StockEntry.select().count()
    for code, qty, expected in (("999", "1", "找不到物品或条码"), ("691", "0", "大于零"), ("691", "-2", "负数"),
                                ("691", "abc", "数字"), ("691", "99", "库存不足")):
        tab.find.setText(code)
        tab.qty.setText(qty)
        qtbot.keyClick(tab.qty, Qt.Key.Key_Return)
        assert expected in tab.message.text(), (code, qty, tab.message.text())
    assert StockEntry.select().count() == before
    assert stock.stock_level(items[1].id) == 23


def test_the_bar_count_is_one_of_the_checks_before_a_handover():
    assert bar_count.handover_check in handover.CLOSE_CHECKS


def test_bar_models_pass_the_model_tester(qtmodeltester, database, admin, make_staff):
    from desk.services.bar import purchasing, count as stockcount
    from desk.ui.models import bar as models

    attendant, _guard, items = setup_bar(admin, make_staff)
    stock.book_serving(attendant, items[0].id, 2)
    purchasing.create_request(attendant, [(items[1].id, 24)])
    sheet = models.CountSheetModel()
    sheet.load(stockcount.count_sheet(), blind=False, tol=0)
    sheet.setData(sheet.index(0, sheet.COUNTED), "3")
    waste = models.WasteCandidateModel()
    for model in (models.StockLevelModel(), models.CatalogueModel(), models.JournalModel(), models.ExpiringModel(),
                  models.CountHistoryModel(), models.PurchaseRequestModel()):
        model.refresh()
        assert model.rowCount() > 0 or isinstance(model, (models.CountHistoryModel, models.ExpiringModel))
        qtmodeltester.check(model)
    lines = models.PurchaseLineModel()
    lines.request_id = purchasing.requests().first().id
    lines.refresh()
    assert lines.rowCount() == 1
    for model in (lines, sheet, waste):
        qtmodeltester.check(model)


def test_supervisor_overrides_below_zero_with_a_reason(qtbot, database, admin, make_staff, monkeypatch):
    attendant, _guard, items = setup_bar(admin, make_staff)
    _window, section = open_bar(qtbot, attendant)
    tab = section.stock_tab

    def supervisor_answers(cls, parent, text):
        assert "库存不足" in text
        dialog = cls(parent, text)
        qtbot.addWidget(dialog)
        dialog.reason.setCurrentText("新货已到未入库")
        qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.code, "01")
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, "1234")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.approver, dialog.reason_text

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(supervisor_answers))
    tab.find.setText("691")
    tab.qty.setText("30")
    qtbot.keyClick(tab.qty, Qt.Key.Key_Return)
    assert stock.stock_level(items[1].id) == -6
    last = StockEntry.select().order_by(StockEntry.id.desc()).first()
    assert last.override_by_id == admin.staff_id and last.override_reason == "新货已到未入库"


def test_waste_needs_a_reason_chosen_a_quick_enter_books_nothing(qtbot, database, admin, make_staff):
    from desk.ui.bar.dialogs import MovementDialog

    attendant, _guard, items = setup_bar(admin, make_staff)
    tea = items[0]
    before = stock.stock_level(tea.id)
    dialog = MovementDialog(None, attendant, stock.WASTE, tea.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.currentText() == "（请选择原因）"
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)  # 1 of it, at once
    assert dialog.message.text() == "请选择报损原因" and dialog.result() != dialog.DialogCode.Accepted
    assert stock.stock_level(tea.id) == before
    dialog.reason.setCurrentIndex(dialog.reason.findData("破损"))
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stock.stock_level(tea.id) == before - 1
    assert StockEntry.select().order_by(StockEntry.id.desc()).first().reason == "破损"


def test_the_water_bar_sees_the_hall_and_refills_when_due(qtbot, database, admin, make_staff):
    """The attendant refills: 水吧 → 大厅续杯 shows the groups with 续杯到时 and serves and refills there
    (moving groups and their departure stay with the host); the overview counts the refills due."""
    import datetime as dt

    from desk.db.reception import Serving
    from desk.services.reception import hall, visitors
    from desk.services.reception.visitors import Registration

    attendant, _guard, items = setup_bar(admin, make_staff)
    make_staff("consultant", name="张磊")
    _, host = make_staff("reception", name="陈静")
    visit = visitors.register_visit(host, Registration(phone="13912345678", surname="王", party_size=2),
                                    at=dt.datetime.now() - dt.timedelta(minutes=40))
    tea = next(c for c in hall.drink_choices() if c.name == "龙井")
    hall.serve(host, visit.id, 1, tea, cup="china", at=dt.datetime.now() - dt.timedelta(minutes=35))
    window, section = open_bar(qtbot, attendant)
    overview = window.open_section("overview")
    assert overview.links["bar.refills"].text() == "大厅续杯到时 1 位"
    overview.links["bar.refills"].click()
    board = section.hall_tab
    assert window.current_section_key() == "bar" and section.tabs.currentWidget() is board
    assert board.model.rowCount() == 1 and "1 位到时" in board.model.data(board.model.index(0, 9))
    assert not board.move_button.isVisible() and not board.depart_button.isVisible()
    qtbot.keyClick(board.view, Qt.Key.Key_F8)  # 离场 is the host's: nothing happens
    assert board.model.rowCount() == 1
    board.refill_button.click()
    assert board.message.text() == "已续杯 1 位"
    assert Serving.select().where(Serving.refill_of.is_null(False)).count() == 1
    window.open_section("overview")
    assert overview.links["bar.refills"].text() == "大厅续杯到时 0 位"
