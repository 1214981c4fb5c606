import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk.db.service import Repair
from desk.services import specials, units
from desk.ui.main_window import MainWindow
from desk.ui.service.forms import FormDialog


@pytest.fixture
def answers(monkeypatch):
    """Queue of dicts the next FormDialog.ask calls return (in order); records the titles."""
    queue, titles = [], []

    def ask(cls, parent, title, fields, note=""):
        titles.append(title)
        keys = {f.key for f in fields if f.kind != "label"}
        values = queue.pop(0)
        assert set(values) <= keys, (title, set(values) - keys)
        return values

    monkeypatch.setattr(FormDialog, "ask", classmethod(ask))
    return queue, titles


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def open_desk(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "service" in window.section_keys()  # 概览 comes first since the overview (issue 9)
    return window, window.open_section("service")


def test_repair_from_receipt_to_call_back(qtbot, database, admin, make_staff, answers, warnings):
    _, host = make_staff("reception", name="陈静")
    units.add_unit(admin, "3", "1", "1202", area="89.5", owner_name="张伟", owner_phone="13812345678")
    item = specials.add_price_item(admin, "repair", "更换水龙头", "个", "35")
    window, desk = open_desk(qtbot, host)
    # find the unit by its Chinese room form, choose it
    desk.units.search.setText("3栋1单元1202")
    qtbot.keyClick(desk.units.search, Qt.Key.Key_Return)
    assert desk.units.model.rowCount() == 1
    assert desk.units.model.raw_value(0, 6) == "138****5678"  # masked for the host
    desk.units.view.selectRow(0)
    assert desk.current_unit_code() == "3-1-1202"

    queue, titles = answers
    desk.tabs.setCurrentWidget(desk.repairs)
    panel = desk.repairs
    queue.append({"unit": "3-1-1202", "category": "水电", "description": "厨房水龙头漏水", "reporter": "",
                  "reporter_phone": ""})
    receive = panel.findChild(type(panel.export), "receive")
    assert receive.shortcut().toString() == "Ctrl+N"
    receive.click()
    assert panel.model.rowCount() == 1, (titles, warnings)
    repair = Repair.get()
    assert repair.status == "received" and repair.reporter == "张伟"
    panel.view.selectRow(0)
    # completing before dispatch is refused with a clear message, nothing changes
    queue.append({"materials": "", "charge_item": None, "quantity": "1", "charge": "", "note": ""})
    panel.findChild(type(panel.export), "complete").click()
    assert "不能完工" in warnings[-1]
    assert Repair.get().status == "received"
    queue.append({"worker": "工程部 李师傅"})
    panel.findChild(type(panel.export), "dispatch").click()
    queue.append({"materials": "水龙头 1 个", "charge_item": item.id, "quantity": "1", "charge": "", "note": "已更换"})
    panel.findChild(type(panel.export), "complete").click()
    repair = Repair.get()
    assert repair.status == "done" and repair.charge == Decimal("35.00")
    # it now waits for a call-back in the one list
    desk.tabs.setCurrentWidget(desk.owners)
    callbacks = desk.owners.callbacks
    assert callbacks.model.rowCount() == 1 and callbacks.model.raw_value(0, 1) == repair.number
    callbacks.view.selectRow(0)
    queue.append({"satisfied": True, "comment": "很满意"})
    callbacks.findChild(type(callbacks.export), "call_back").click()
    assert Repair.get().status == "called_back" and Repair.get().satisfied is True
    assert callbacks.model.rowCount() == 0
    desk.tabs.setCurrentWidget(desk.repairs)
    assert panel.model.raw_value(0, 8) == "已回访"
    assert titles[:2] == ["报修登记", f"完工 {repair.number}"]


def test_bad_input_in_the_ui_changes_nothing(qtbot, database, admin, make_staff, answers, warnings):
    _, host = make_staff("reception")
    window, desk = open_desk(qtbot, host)
    queue, _ = answers
    desk.tabs.setCurrentWidget(desk.repairs)
    queue.append({"unit": "9-9-909", "category": "水电", "description": "漏水", "reporter": "", "reporter_phone": ""})
    desk.repairs.findChild(type(desk.repairs.export), "receive").click()
    assert warnings[-1] == "找不到房号：9-9-909"
    assert Repair.select().count() == 0
    desk.tabs.setCurrentWidget(desk.units)
    queue.append({"building": "1", "entrance": "1", "room": "101", "area": "-3", "owner_name": "", "owner_phone": ""})
    desk.units.findChild(type(desk.units.export), "add_unit").click()
    assert warnings[-1] == "建筑面积不能为负数：-3"
    assert desk.units.model.rowCount() == 0


def test_every_tab_opens_with_demo_data_and_has_export(qtbot, database, admin, settings):
    from desk.services.demo import fill_demo
    from desk.ui.export import export_model

    fill_demo(30, today=dt.date.today())
    window, desk = open_desk(qtbot, admin)
    for i in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(i)
    assert desk.repairs.model.rowCount() > 20
    assert desk.keys.model.rowCount() > 5
    assert "未完工报修" in desk.status.text()
    panels = [desk.units, desk.repairs, desk.complaints, desk.calls, desk.keys, desk.specials.prices,
              desk.specials.orders, desk.fees.notices, desk.fees.payments, desk.fees.arrears,
              desk.owners.callbacks, desk.owners.visits, desk.owners.survey]
    for panel in panels:
        assert panel.export.text() == "导出 Excel"
    rows = list(desk.fees.arrears.model.rows_as_values())
    assert rows and all(len(r) == 5 for r in rows)
