import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desk.db.showflats import CleaningRecord, Incident, Item
from desk.services.showflats import cleaning, flats as showflats
from desk.ui.main_window import MainWindow
from desk.ui.showflats.check_dialog import AfterGroupCheckDialog, HandoverCheckDialog
from desk.ui.showflats.cleaner import CleanerPage

SHOTS = os.environ.get("DESK_SCREENSHOTS")


@pytest.fixture
def flat(supervisor):
    flat = showflats.add_flat(supervisor, "A户型 128㎡", rooms=["客厅", "主卧"])
    showflats.add_item(supervisor, flat.id, "客厅", "三人位布艺沙发", "家私", 1, "12800")
    showflats.add_item(supervisor, flat.id, "客厅", "抱枕", "软装", 6, "180")
    showflats.add_item(supervisor, flat.id, "主卧", "四件套床品", "布草", 1, "1680")
    return flat


def test_after_group_check_with_one_missing_item_by_keyboard(qtbot, flat, make_staff):
    _, attendant = make_staff("showflat", name="周敏")
    dialog = AfterGroupCheckDialog(attendant, None, flat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    view = dialog.view
    assert dialog.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Down)  # 抱枕
    assert dialog.model.lines[view.currentIndex().row()].item.name == "抱枕"
    qtbot.keyClick(view, Qt.Key.Key_3)  # 缺失
    qtbot.keyClick(view, Qt.Key.Key_Return)  # to the note
    assert dialog.focusWidget() is dialog.note
    dialog.note.setText("少一个")  # Chinese is set, never typed
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # back to the list
    assert dialog.focusWidget() is dialog.view
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted
    check = dialog.check
    assert check.closed_at is not None
    incident = Incident.get()
    assert (incident.item.name, incident.kind, incident.note) == ("抱枕", "缺失", "少一个")
    assert len(showflats.latest_answers(check.id)) == 3


def test_after_group_all_ok_is_one_keystroke(qtbot, flat, make_staff):
    _, attendant = make_staff("showflat")
    dialog = AfterGroupCheckDialog(attendant, None, flat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.check is not None and Incident.select().count() == 0


def test_after_group_unknown_flat_saves_nothing(qtbot, flat, make_staff):
    _, attendant = make_staff("showflat")
    dialog = AfterGroupCheckDialog(attendant, None, 999)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "找不到样板间" in dialog.message.text()
    dialog.save()
    assert dialog.check is None and dialog.result() != dialog.DialogCode.Accepted
    assert showflats.checks().count() == 0


def test_ask_is_the_entry_point(qtbot, flat, make_staff, monkeypatch):
    _, attendant = make_staff("showflat")

    def fake_exec(self):
        self.save()
        return self.result()

    monkeypatch.setattr(AfterGroupCheckDialog, "exec", fake_exec)
    check = AfterGroupCheckDialog.ask(None, attendant, flat_id=flat.id)
    assert check is not None and check.kind == "after_group"


def test_handover_refuses_unanswered_then_saves(qtbot, flat, make_staff):
    _, attendant = make_staff("showflat")
    dialog = HandoverCheckDialog(attendant, None, flat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert "3 项未检查" in dialog.message.text()
    model = dialog.model
    for row, count in enumerate([1, 4, 1]):
        model.setData(model.index(row, model.COL_COUNT), str(count))
    dialog.save()
    assert dialog.check is not None
    assert Incident.get().kind == "缺失" and Incident.get().proposed_qty == 4


def test_opening_check_is_a_round_of_the_flat(qtbot, flat, make_staff, monkeypatch):
    """开馆检查 from the show flats opens the round of the show-flat template at the chosen flat."""
    from desk.services.inspections import flat_rounds, templates
    from desk.ui.inspections.round_dialog import RoundDialog
    from desk.ui.showflats.section import ShowflatsSection

    _, attendant = make_staff("showflat")
    asked = []
    monkeypatch.setattr(RoundDialog, "ask", classmethod(
        lambda cls, parent, session, template_id, flat_id=None: asked.append((template_id, flat_id))))
    section = ShowflatsSection(attendant)
    qtbot.addWidget(section)
    section.checks_tab.opening_button.click()
    section.checks_tab.closing_button.click()
    assert [(templates.get_template(t).code, f) for t, f in asked] == [
        ("showflat_opening", flat.id), ("showflat_closing", flat.id)]
    dialog = RoundDialog(attendant, asked[0][0], None, flat.id)
    qtbot.addWidget(dialog)
    assert dialog.flat.currentData() == flat.id
    temperature = next(n for n, line in enumerate(dialog.model.lines) if line.item.label == "室温")
    dialog.model.set_value(temperature, "26.5")
    dialog.all_ok_and_save()
    assert dialog.round is not None and dialog.round.flat_id == flat.id
    later = dialog.round.started_at.replace(hour=23)
    assert "showflat_opening" not in {d.kind for d in flat_rounds.checks_due(later)}


def test_cleaner_reports_damage_by_touch(qtbot, database, supervisor, make_staff, monkeypatch):
    from desk.db.inspections import PlaceIncident
    from desk.ui.showflats import cleaner

    staff, _ = make_staff("cleaner", name="郑桂兰", pin="4040")
    cleaning.add_task(supervisor, "卫生间", "洁具清洁", "daily", icon="toilet")
    monkeypatch.setattr(cleaner.camera, "take_photo", lambda parent: png_bytes())
    page = CleanerPage(make_staff("cleaner", name="冯秀英", pin="5050")[1])
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    assert page.report_button.height() >= 48
    page.report_button.click()
    place = next(b for b in page.report_places.findChildren(cleaner.QPushButton) if b.text() == "卫生间")
    place.click()
    thing = next(b for b in page.report_things.findChildren(cleaner.QPushButton) if b.text() == "洁具水管")
    assert thing.height() >= 48
    thing.click()
    page.take_photo_button.click()
    assert "已拍照" in page.photo_label.text()
    page.skip_photo_button.click()
    page.choose_signer(staff.id)
    for key in "4040":
        page.keys[key].click()
    page.keys["ok"].click()
    assert "已报告 卫生间 的洁具水管损坏" in page.message.text()
    incident = PlaceIncident.get()
    assert (incident.place, incident.what, incident.kind, incident.opened_by_id, incident.photo_id is not None) == (
        "卫生间", "洁具水管", "损坏", staff.id, True)
    assert page.stack.currentIndex() == 0


def png_bytes():
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 30, 200)).save(out, "PNG")
    return out.getvalue()


def test_cleaner_page_by_clicks_alone(qtbot, database, supervisor, make_staff, tmp_path):
    staff, cleaner = make_staff("cleaner", name="郑桂兰", pin="4040")
    make_staff("cleaner", name="冯秀英", pin="5050")
    created = dt.datetime.now() - dt.timedelta(days=3)
    for area, name, freq, icon in [("大堂", "地面清洁", "daily", "floor"), ("大堂", "扶手擦拭", "daily", "rail"),
                                   ("大堂", "玻璃门擦拭", "weekly", "glass"), ("大堂", "灯具除尘", "weekly", "lamp"),
                                   ("大堂", "2 米以上部位除尘", "half_monthly", "high"),
                                   ("大堂", "大理石养护", "monthly", "marble"),
                                   ("卫生间", "洁具清洁", "daily", "toilet")]:
        cleaning.add_task(supervisor, area, name, freq, icon=icon, created=created)
    if SHOTS:
        from desk.ui.app import load_font
        from PySide6.QtWidgets import QApplication

        family = load_font()
        if family:
            QApplication.instance().setFont(QFont(family, 10))
    window = MainWindow(cleaner)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    assert window.current_section_key() == "cleaning"  # the cleaner lands on the touch page
    page = window.section_widget("cleaning")
    assert isinstance(page, CleanerPage)
    assert set(page.area_buttons) == {"大堂", "卫生间"}
    qtbot.waitExposed(window)
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cleaner-areas.png"))
    page.area_buttons["大堂"].click()
    assert len(page.task_buttons) == 6
    for button in list(page.task_buttons.values())[:2]:
        assert button.height() >= 48
        button.click()
    qtbot.wait(10)
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cleaner-tasks.png"))
    assert page.sign_button.isEnabled()
    page.sign_button.click()
    assert page.signer_id == staff.id  # preselected: the signed-in cleaner
    for key in "1111":
        page.keys[key].click()
    page.keys["ok"].click()
    assert page.error.text() == "PIN 不正确，请重新输入"  # her name was tapped: no 工号 to get wrong
    assert CleaningRecord.select().count() == 0
    for key in "4040":
        page.keys[key].click()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cleaner-pin.png"))
    assert all(b.height() >= 48 for b in page.keys.values())
    page.keys["ok"].click()
    assert CleaningRecord.select().count() == 2
    assert {r.staff_id for r in CleaningRecord.select()} == {staff.id}
    assert "已记录 2 项" in page.message.text()
    assert page.stack.currentIndex() == 0
    assert page.undo_button.isVisible() and page.undo_button.height() >= 48
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cleaner-undo.png"))
    page.undo_button.click()  # tapped the wrong tasks: 撤销 right after signing
    assert "已撤销 2 项" in page.message.text() and not page.undo_button.isVisible()
    assert CleaningRecord.select().where(CleaningRecord.corrects.is_null(False)).count() == 2  # nothing deleted
    page.area_buttons["大堂"].click()
    assert len(page.task_buttons) == 6  # due again
    for button in list(page.task_buttons.values())[:2]:
        button.click()
    page.sign_button.click()
    for key in "4040":
        page.keys[key].click()
    page.keys["ok"].click()
    page.undo_timer.timeout.emit()  # 15 seconds later: the offer ends, the records stand
    assert not page.undo_button.isVisible()
    page.area_buttons["大堂"].click()
    assert len(page.task_buttons) == 4  # only what is still due


def test_showflats_section_opens_and_lists(qtbot, flat, supervisor, make_staff, monkeypatch):
    _, attendant = make_staff("showflat")
    showflats.after_group_check(attendant, flat.id, [dict(item=Item.get(Item.name == "抱枕").id, status="缺失")])
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("showflats")
    assert section.items_tab.model.rowCount() == 3
    assert section.incidents_tab.model.rowCount() == 1
    assert "(1)" in section.tabs.tabText(section.tabs.indexOf(section.incidents_tab))
    from desk.ui.showflats.dialogs import PhotoDialog

    shown = []
    monkeypatch.setattr(PhotoDialog, "ask", classmethod(lambda cls, parent, photo, title: shown.append(photo)))
    incident = Incident.get()
    from desk.db.showflats import Photo
    from desk.services.showflats import photos
    from PySide6.QtGui import QImage
    from PySide6.QtCore import QBuffer, QByteArray

    image, data = QImage(40, 30, QImage.Format.Format_RGB32), QByteArray()
    image.fill(0xCC2020)
    buffer = QBuffer(data)
    image.save(buffer, "PNG")
    blob, width, height, _ = photos.prepare(bytes(data))
    Incident.update(photo=Photo.create(data=blob, width=width, height=height)).execute()
    section.incidents_tab.refresh()
    section.incidents_tab.view.selectRow(0)
    section.incidents_tab.show_photo()
    assert shown and shown[0].width == 40 and incident.id
    section.reports_tab.kind.setCurrentIndex(section.reports_tab.kind.findData("stale"))
    section.reports_tab.days.setValue(0)
    assert section.reports_tab.model.rowCount() == 3


def test_print_buttons_write_pdfs(qtbot, flat, supervisor, make_staff, monkeypatch, tmp_path):
    from desk.ui.showflats import printing

    _, attendant = make_staff("showflat")
    showflats.record_check(attendant, flat.id, "handover", [], all_ok_rest=True)
    opened = []
    paths = iter([tmp_path / "items.pdf", tmp_path / "check.pdf"])
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, name: next(paths))
    monkeypatch.setattr(printing, "open_pdf", lambda path: opened.append(path))
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("showflats")
    section.items_tab.print_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    section.checks_tab.view.selectRow(0)
    section.checks_tab.print_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert all(p.exists() and p.read_bytes()[:4] == b"%PDF" for p in opened)


def test_handover_counts_typed_by_keyboard(qtbot, flat, make_staff):
    _, attendant = make_staff("showflat")
    dialog = HandoverCheckDialog(attendant, None, flat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    for row, count in enumerate(("1", "5", "1")):
        assert dialog.view.currentIndex().row() == row
        qtbot.keyClicks(dialog.view, count)  # starts editing the count cell
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # commits (queued) and moves down
        qtbot.waitUntil(lambda: dialog.model.lines[row].counted is not None)
    assert [line.counted for line in dialog.model.lines] == [1, 5, 1]
    assert dialog.model.lines[1].status == "缺失"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.check is not None and dialog.check.closed_at is not None
    assert Incident.get().proposed_qty == 5


def test_dialogs_refuse_bad_input_and_save_good(qtbot, flat, supervisor, tmp_path, monkeypatch):
    from desk.ui.showflats import check_dialog
    from desk.ui.showflats.dialogs import CleaningTaskDialog, ItemDialog, WorkerEntryDialog

    dialog = ItemDialog(supervisor, None, flat.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("花瓶")
    dialog.qty.setText("-1")
    dialog._accept()
    assert "不能为负数" in dialog.message.text() and dialog.result_object is None
    bad = tmp_path / "x.jpg"
    bad.write_bytes(b"not an image at all")
    monkeypatch.setattr("desk.ui.showflats.dialogs.choose_photo", lambda parent: str(bad))
    dialog.pick_photo()
    assert "不是图片" in dialog.message.text() and dialog.photo_path is None
    dialog.qty.setText("2")
    dialog._accept()
    assert dialog.result_object.expected_qty == 2
    assert Item.select().count() == 4

    worker = WorkerEntryDialog(supervisor, None, flat.id)
    qtbot.addWidget(worker)
    worker.name.setText("刘师傅")
    worker.purpose.setText("维修灯具")
    worker.id_number.setText("12")
    worker._accept()
    assert "证件号码" in worker.message.text()
    worker.id_number.setText("110105198003154512")
    worker._accept()
    assert worker.result_object.id_last4 == "4512"

    task = CleaningTaskDialog(supervisor, None)
    qtbot.addWidget(task)
    task.area.setCurrentText("A户型 128㎡")
    task.name.setText("地面清洁")
    task._accept()
    assert task.result_object.flat_id == flat.id


def test_items_are_edited_and_retired_from_the_list(qtbot, flat, supervisor, monkeypatch):
    from desk.db.core import AuditEntry
    from desk.ui.widgets import ReasonDialog
    from desk.ui.showflats.dialogs import ItemDialog

    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("showflats")
    row = next(r for r in range(section.items_tab.model.rowCount()) if section.items_tab.model.row_object(r).name == "抱枕")
    section.items_tab.view.selectRow(row)
    pillow = section.items_tab.model.row_object(row)

    def edit(dialog):  # what the person does in the dialog: the form comes filled in
        assert dialog.name.text() == "抱枕" and dialog.room.currentText() == "客厅" and dialog.qty is None
        assert not dialog.flat.isEnabled()
        dialog.name.setText("丝绒抱枕")
        dialog.room.setCurrentText("主卧")
        dialog.value.setText("220")
        dialog._accept()
        return dialog.result_object

    monkeypatch.setattr(ItemDialog, "exec", lambda dialog: ItemDialog.DialogCode.Accepted if edit(dialog) else 0)
    section.items_tab.edit_item_button.click()
    changed = Item.get_by_id(pillow.id)
    assert (changed.name, changed.room.name, changed.value, changed.expected_qty) == ("丝绒抱枕", "主卧", 220, 6)
    assert AuditEntry.select().where(AuditEntry.entity == "showflat_item", AuditEntry.action == "change").count() == 1
    assert "丝绒抱枕" in [section.items_tab.model.row_object(r).name for r in range(section.items_tab.model.rowCount())]

    row = next(r for r in range(section.items_tab.model.rowCount()) if section.items_tab.model.row_object(r).id == pillow.id)
    section.items_tab.view.selectRow(row)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title, prompt, choices=(): None))
    section.items_tab.retire_item_button.click()  # cancelled: nothing changes
    assert Item.get_by_id(pillow.id).active
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title, prompt, choices=(): "损坏报废"))
    section.items_tab.retire_item_button.click()
    assert not Item.get_by_id(pillow.id).active
    assert section.items_tab.model.rowCount() == 2  # off the list, kept in the database and the audit trail
    assert AuditEntry.get(AuditEntry.entity == "showflat_item", AuditEntry.note == "损坏报废").entity_id == pillow.id


def test_supervisor_corrects_a_closed_check_through_the_dialog(qtbot, flat, supervisor, make_staff, monkeypatch):
    from desk.ui.showflats.dialogs import CorrectionDialog

    _, attendant = make_staff("showflat")
    check = showflats.start_check(attendant, flat.id, "handover")
    showflats.mark_rest_ok(attendant, check.id)
    showflats.close_check(attendant, check.id)
    pillow = Item.get(Item.name == "抱枕")
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("showflats")
    assert not section.checks_tab.correct_button.isHidden()  # a supervisor may correct
    section.checks_tab.view.selectRow(0)

    def correct(dialog):  # the form: the check's items with their answers; a reason is required
        assert dialog.target.count() == 3 and "（正常）" in dialog.target.itemText(0)
        dialog.target.setCurrentIndex(dialog.target.findData(pillow.id))
        dialog.status.setCurrentIndex(dialog.status.findData("缺失"))
        dialog.amount.setText("5")
        dialog._accept()
        assert "更正原因" in dialog.message.text() and dialog.result_object is None
        dialog.reason.setText("交接时看漏")
        dialog._accept()
        return dialog.result_object

    monkeypatch.setattr(CorrectionDialog, "exec", lambda d: CorrectionDialog.DialogCode.Accepted if correct(d) else 0)
    section.checks_tab.correct_button.click()
    latest = showflats.latest_answers(check.id)[pillow.id]
    assert (latest.status, latest.counted, latest.note) == ("缺失", 5, "交接时看漏")
    assert section.incidents_tab.model.rowCount() == 1  # the missing pillow is an incident now


def test_supervisor_undoes_a_cleaning_record_from_the_report(qtbot, database, supervisor, make_staff, monkeypatch):
    from desk.ui.widgets import ReasonDialog

    _, cleaner = make_staff("cleaner")
    task = cleaning.add_task(supervisor, "大堂", "地面清洁", "daily", icon="floor")
    record = cleaning.record_done(cleaner, [task.id])[0]
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("showflats")
    assert not section.reports_tab.undo_cleaning_button.isEnabled()
    section.reports_tab.kind.setCurrentIndex(section.reports_tab.kind.findData("cleaning_records"))
    assert section.reports_tab.undo_cleaning_button.isEnabled() and section.reports_tab.model.rowCount() == 1
    assert section.reports_tab.model.data(section.reports_tab.model.index(0, 6)) == "完成"
    section.reports_tab.view.selectRow(0)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, title, prompt, choices=(): "误点"))
    section.reports_tab.undo_cleaning_button.click()
    assert section.reports_tab.model.rowCount() == 2  # the correction is a new record; nothing deleted
    results = {section.reports_tab.model.row_object(r).id: section.reports_tab.model.data(section.reports_tab.model.index(r, 6))
               for r in range(2)}
    assert results[record.id] == "完成（已撤销）" and f"撤销第 {record.id} 条" in results.values()
    assert [s.task.id for s in cleaning.tasks_due()] == [task.id]  # due again
    shown = []
    monkeypatch.setattr("desk.ui.showflats.section.show_error", lambda parent, exc: shown.append(str(exc)))
    row = next(r for r in range(2) if section.reports_tab.model.row_object(r).id == record.id)
    section.reports_tab.view.selectRow(row)
    section.reports_tab.undo_cleaning_button.click()  # twice: refused
    assert shown and "已撤销" in shown[0]



def test_cleaners_tablet_needs_no_keyboard_and_full_screen_shows_the_page_alone(qtbot, database, make_staff, settings):
    """A touch screen: finger-sized navigation rows and menu; 全屏 hides navigation, menu and status
    line; the idle lock's unlock has the number pad."""
    _, cleaner = make_staff("cleaner", code="40", name="郑桂兰", pin="4040")
    settings.set("touch_screen", True)
    window = MainWindow(cleaner)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.nav.visualItemRect(window.nav.item(0)).height() >= 56
    assert window.menuBar().height() >= 48
    page = window.section_widget("cleaning")
    page.fullscreen_button.click()
    assert window.isFullScreen() and page.fullscreen_button.text() == "退出全屏"
    assert not window.nav.isVisible() and not window.menuBar().isVisible() and not window.statusBar().isVisible()
    page.fullscreen_button.click()
    assert not window.isFullScreen() and window.nav.isVisible() and window.statusBar().isVisible()
    window.lock()
    pad = window.lock_page.form.pad
    for key in ("4", "0", "enter", "4", "0", "4", "0", "enter"):
        pad.keys[key].click()
    assert not window.is_locked()
