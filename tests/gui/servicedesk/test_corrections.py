"""更正… on the repairs and complaints grids: the real dialog, the record kept, the grid corrected."""
import datetime as dt

from PySide6.QtWidgets import QPushButton

from desk.db.servicedesk import Complaint, Correction, Repair
from desk.services.servicedesk import complaints, repairs, units
from desk.ui.main_window import MainWindow
from desk.ui.servicedesk.corrections import CorrectionDialog

T0 = dt.datetime(2026, 11, 2, 9, 0)


def open_desk(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window.open_section("service")


def test_a_repair_is_corrected_through_the_dialog(qtbot, database, admin, make_staff, monkeypatch):
    _, host = make_staff("reception", name="陈静")
    units.add_unit(admin, "3", "1", "1202", owner_name="张伟", owner_phone="13812345678")
    repair = repairs.receive(host, "3-1-1202", "水电", "卫生间漏水", at=T0)
    desk = open_desk(qtbot, host)
    desk.tabs.setCurrentWidget(desk.repairs)
    panel = desk.repairs
    panel.refresh()
    panel.view.selectRow(0)
    seen = {}

    def fill(cls, parent, entity, record, history):
        dialog = CorrectionDialog(parent, entity, record, history)
        qtbot.addWidget(dialog)
        # only what the workflow has filled in can be corrected: not yet the worker
        keys = [dialog.field.itemData(i) for i in range(dialog.field.count())]
        seen["keys"] = keys
        dialog.field.setCurrentIndex(keys.index("description"))
        seen["current"] = dialog.current.text()
        dialog.text.setPlainText("厨房水槽漏水")
        dialog.reason.setText("业主来电说明是厨房")
        return dialog.values()

    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(fill))
    next(b for b in panel.findChildren(QPushButton) if b.objectName() == "correct").click()
    assert seen["keys"] == ["category", "description", "reporter", "reporter_phone"]
    assert seen["current"] == "卫生间漏水"
    assert Repair.get_by_id(repair.id).description == "卫生间漏水"  # kept
    assert Correction.get().value == "厨房水槽漏水"
    assert panel.model.raw_value(0, 3) == "厨房水槽漏水"
    assert panel.model.raw_value(0, panel.model.columnCount() - 1) == "报修内容"


def test_a_complaint_category_is_corrected(qtbot, database, admin, make_staff, monkeypatch):
    _, host = make_staff("reception", name="陈静")
    units.add_unit(admin, "3", "1", "1202", owner_name="张伟")
    complaint = complaints.receive(host, "3-1-1202", "收费", "物业费多收", at=T0)
    desk = open_desk(qtbot, host)
    desk.tabs.setCurrentWidget(desk.complaints)
    panel = desk.complaints
    panel.refresh()
    panel.view.selectRow(0)

    def fill(cls, parent, entity, record, history):
        dialog = CorrectionDialog(parent, entity, record, history)
        qtbot.addWidget(dialog)
        dialog.field.setCurrentIndex(dialog.field.findData("category"))
        assert dialog.current.text() == "收费"
        dialog.choice.setCurrentIndex(dialog.choice.findText("环境卫生"))
        dialog.reason.setText("登记错了类别")
        return dialog.values()

    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(fill))
    next(b for b in panel.findChildren(QPushButton) if b.objectName() == "correct").click()
    assert Complaint.get_by_id(complaint.id).category.name == "收费"
    assert panel.model.raw_value(0, 4) == "环境卫生"
