import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from desk.ui.widgets import Notice

from desk.db.servicedesk import Repair
from desk.services.servicedesk import specials, units
from desk.ui.main_window import MainWindow
from desk.ui.servicedesk.forms import FormDialog


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
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text)))
    return shown


def open_desk(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "service" in window.section_keys()
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


def test_complaint_received_with_its_channel(qtbot, database, admin, make_staff, answers, warnings):
    """投诉方式 is asked when a complaint is received, so the printed 业主投诉登记表 can tick it."""
    from desk.db.servicedesk import Complaint

    _, host = make_staff("reception", name="陈静")
    units.add_unit(admin, "3", "1", "1202", area="89.5", owner_name="张伟", owner_phone="13812345678")
    window, desk = open_desk(qtbot, host)
    queue, titles = answers
    desk.tabs.setCurrentWidget(desk.complaints)
    queue.append({"unit": "3-1-1202", "category": "环境卫生", "channel": "来电", "content": "楼道垃圾未清运",
                  "complainant": "", "phone": ""})
    desk.complaints.findChild(type(desk.complaints.export), "receive").click()
    complaint = Complaint.get()
    assert (complaint.channel, complaint.category.name) == ("来电", "环境卫生"), warnings


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


def test_every_tab_opens_with_demo_data_and_has_export(qtbot, qtmodeltester, database, settings):
    from desk.db.core import Staff
    from desk.services.core.session import Session
    from desk.services.demo import fill_demo
    from desk.ui.export import export_model

    fill_demo(30, today=dt.date.today())  # demo data goes into a new database only
    admin = Session.for_staff(Staff.get(Staff.code == "01"))
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
    for panel in panels:
        qtmodeltester.check(panel.model, force_py=True)
    rows = list(desk.fees.arrears.model.rows_as_values())
    assert rows and all(len(r) == 5 for r in rows)


def test_fee_notices_for_a_building_in_one_pdf_with_progress(qtbot, database, admin, monkeypatch, warnings):
    import io

    from pypdf import PdfReader

    from desk.services.servicedesk import fees
    from desk.ui.forms import preview
    from desk.ui.worker import Job

    for room in ("101", "102", "201", "202", "301"):
        units.add_unit(admin, "7", "1", room, area="100", owner_name="业主" + room)
    units.add_unit(admin, "7", "1", "401", owner_name="没面积")
    units.add_unit(admin, "8", "1", "101", area="90", owner_name="别栋")
    period = fees.create_period(admin, "2026年第四季度", dt.date(2026, 10, 1), 3, "1.80", dt.date(2026, 10, 31))
    fees.issue_notices(admin, period.id)
    fees.record_payment(admin, "7-1-101", "100")

    reports, pdfs = [], []
    original = Job._on_progress
    monkeypatch.setattr(Job, "_on_progress", lambda self, d, t, text: (reports.append((d, t)), original(self, d, t, text)))
    monkeypatch.setattr(preview.PreviewDialog, "open_pdf", classmethod(lambda cls, parent, data, title: pdfs.append(data)))

    window, desk = open_desk(qtbot, admin)
    desk.tabs.setCurrentWidget(desk.fees)
    panel = desk.fees.notices
    panel.load_choices()
    assert panel.period.currentData() == period.id
    panel.building.setCurrentIndex(panel.building.findData("7"))
    assert panel.model.rowCount() == 5  # 7-1-401 has no area: no notice
    job = panel.print_building()
    assert job is not None and job.dialog is not None  # the progress dialog with 取消
    qtbot.waitUntil(lambda: bool(pdfs), timeout=20000)
    reader = PdfReader(io.BytesIO(pdfs[0]))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 5
    for room in ("101", "102", "201", "202", "301"):
        assert f"7栋1单元{room}" in text
    assert "别栋" not in text and "没面积" not in text
    assert "540.00" in text and "本期已缴" in text
    assert reports and max(t for _d, t in reports) >= 5


def test_reception_calls_an_owner_back_by_showing_the_number_once_audited(qtbot, database, admin, make_staff,
                                                                         warnings):
    """待回访 and 来电 stay masked for the host who calls back; 显示号码 shows the whole number to dial,
    and the audit trail says who saw which number."""
    from desk.db.core import AuditEntry
    from desk.services.servicedesk import calls, repairs

    _, host = make_staff("reception", name="陈静")
    units.add_unit(admin, "3", "1", "1202", area="89.5", owner_name="张伟", owner_phone="13812345678")
    repair = repairs.receive(host, "3-1-1202", "水电", "厨房水龙头漏水")
    repairs.dispatch(host, repair.id, "李师傅")
    repairs.complete(host, repair.id)
    calls.take_call(host, "咨询", caller="王先生", phone="13912345678")
    window, desk = open_desk(qtbot, host)
    desk.tabs.setCurrentWidget(desk.owners)
    panel = desk.owners.callbacks
    assert panel.model.rowCount() == 1 and panel.model.raw_value(0, 4) == "138****5678"
    panel.view.selectRow(0)
    panel.findChild(type(panel.export), "reveal").click()
    assert warnings == ["3-1-1202 张伟：13812345678\n（已记入审计记录）"]
    desk.tabs.setCurrentWidget(desk.calls)
    assert desk.calls.model.raw_value(0, 2) == "139****5678"
    desk.calls.view.selectRow(0)
    desk.calls.findChild(type(desk.calls.export), "reveal").click()
    assert warnings[-1].startswith("王先生：13912345678")
    seen = [(e.entity, e.staff_id) for e in AuditEntry.select().where(AuditEntry.action == "reveal")]
    assert seen == [("repair", host.staff_id), ("call", host.staff_id)]
    assert "138****5678" == panel.model.raw_value(0, 4)  # the list stays masked
