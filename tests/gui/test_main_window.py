import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desk.services.core import staff as staff_service
from desk.ui.main_window import MainWindow
from desk.ui.signin import SignInDialog


def sign_in_by_keys(qtbot, form, code, pin):
    form.code.setFocus()
    qtbot.keyClicks(form.code, code)
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    qtbot.keyClicks(form.pin, pin)
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)


def test_sign_in_by_keyboard_alone(qtbot, database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in_by_keys(qtbot, dialog.form, "10", "2468")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session.name == "陈静"


def test_wrong_pin_shows_message_and_stays(qtbot, database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in_by_keys(qtbot, dialog.form, "10", "1111")
    assert dialog.session is None
    assert dialog.form.message.text() == "工号或 PIN 不正确"
    assert dialog.form.pin.text() == ""


def test_a_locked_code_is_unlocked_by_a_supervisor_at_the_sign_in(qtbot, database, admin, supervisor,
                                                                    monkeypatch):
    from desk.ui.signin import SupervisorUnlockDialog

    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    for _ in range(5):
        form.code.setText("10")
        form.pin.setText("0000")
        form.submit()
    assert "错误次数过多" in form.message.text() and form.unlock_button.isVisible()
    monkeypatch.setattr(SupervisorUnlockDialog, "ask", classmethod(lambda cls, parent, code: ("02", "1234")))
    form.unlock_button.click()
    assert form.message.text() == "已解锁，请重新输入 PIN" and not form.unlock_button.isVisible()
    sign_in_by_keys(qtbot, form, "", "2468")
    assert dialog.session.name == "陈静"


def test_every_section_has_its_icon_in_the_navigation(qtbot, database, admin):
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.nav.count() == len(window.section_keys()) >= 8
    for row in range(window.nav.count()):
        pixmap = window.nav.item(row).icon().pixmap(16, 16)
        assert not pixmap.isNull(), window.section_keys()[row]  # the image is there to draw


def test_section_hidden_for_role_and_switch_person(qtbot, database, admin, make_staff, monkeypatch):
    _, cleaner = make_staff("cleaner", code="40", pin="4040")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    assert "settings" in window.section_keys()
    settings_widget = window.open_section("settings")
    assert window.stack.currentWidget() is settings_widget
    assert [settings_widget.tabs.tabText(i) for i in range(settings_widget.tabs.count())] == \
        ["员工", "审计记录", "设置", "数据库", "备份"]
    # switching to a cleaner removes the settings section and its widget
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, *a, **k: cleaner))
    window.switch_action.trigger()
    assert window.session.name == cleaner.name
    assert "settings" not in window.section_keys()
    assert window.open_section("settings") is None
    assert window.section_widget("settings") is None
    assert cleaner.name in window.person_label.text()


def _window_on_a_clock(qtbot, session, settings):
    """A main window locking after 5 idle minutes, on a clock the test moves (``now[0]``)."""
    settings.set("idle_lock_minutes", 5)
    now = [dt.datetime(2026, 11, 23, 18, 0)]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.idle.clock = lambda: now[0]
    window.idle.last_activity = now[0]
    window.show()
    return window, now


def test_idle_lock_hides_data_and_unlock_by_other_person(qtbot, database, admin, make_staff, settings):
    staff, host = make_staff("reception", code="10", pin="2468", name="陈静")
    window, now = _window_on_a_clock(qtbot, admin, settings)
    now[0] += dt.timedelta(minutes=4)
    window.idle.check()
    assert not window.is_locked()
    now[0] += dt.timedelta(minutes=2)
    window.idle.check()
    assert window.is_locked()
    assert window.outer.currentWidget() is window.lock_page
    sign_in_by_keys(qtbot, window.lock_page.form, "10", "2468")
    assert not window.is_locked()
    assert window.session.name == "陈静"
    assert "settings" not in window.section_keys()


def test_typing_and_mouse_in_any_window_keep_the_screen_unlocked(qtbot, database, admin, settings):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window, now = _window_on_a_clock(qtbot, admin, settings)
    qtbot.waitExposed(window)
    now[0] += dt.timedelta(minutes=4)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)  # input as the system delivers it
    assert window.idle.last_activity == now[0]
    # a dialog is a window of its own: typing there is activity too
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    now[0] += dt.timedelta(minutes=4)
    QTest.mouseMove(dialog.windowHandle(), QPoint(5, 5))
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert window.idle.last_activity == now[0]
    now[0] += dt.timedelta(minutes=2)
    window.idle.check()
    assert not window.is_locked()  # 2 minutes since the last key, not 10 since start
    now[0] += dt.timedelta(minutes=4)
    window.idle.check()
    assert window.is_locked()
    dialog.close()


def test_duty_section_logs_by_enter(qtbot, database, make_staff):
    _, host = make_staff("reception")
    window = MainWindow(host)
    qtbot.addWidget(window)
    window.show()
    duty = window.open_section("duty")
    duty.open_button.click()
    duty.text.setText("大堂灯不亮")  # QTest.keyClicks only types ASCII
    qtbot.keyClick(duty.text, Qt.Key.Key_Return)
    assert duty.model.rowCount() == 1
    assert duty.model.raw_value(0, 3) == "大堂灯不亮"


def test_duty_section_prints_the_shift_into_the_preview(qtbot, database, make_staff, monkeypatch):
    from desk.ui.forms.preview import PreviewDialog

    _, host = make_staff("reception")
    window = MainWindow(host)
    qtbot.addWidget(window)
    duty = window.open_section("duty")
    duty.open_button.click()
    duty.text.setText("大堂灯不亮")
    duty.add_entry()
    opened = []
    monkeypatch.setattr(PreviewDialog, "open_pdf", classmethod(lambda cls, parent, data, title: opened.append(
        (data, title))))
    duty.print_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0][1] == "值班日志/交接班记录" and opened[0][0].startswith(b"%PDF")


def test_sections_learn_of_each_others_writes_through_the_hub(qtbot, database, admin, make_staff):
    """A write in one section shows in the others (the status line, the overview) without them calling each other."""
    make_staff("consultant", name="张磊")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    assert window.shift_label.text() == "未开班"
    window.open_section("duty").open_button.click()
    assert window.shift_label.text().startswith("班次自")
    overview = window.open_section("overview")
    assert overview.links["reception.today"].text() == "今日来访 0 组 / 0 人"
    reception = window.open_section("reception")
    form = reception.form
    form.phone.setText("13912345678")
    form.phone_entered()
    form.surname.setText("钱")
    form.party_size.setValue(3)
    form.register()
    assert "已登记：钱" in form.message.text()
    reception.tabs.setCurrentWidget(reception.board)
    assert reception.board.model.rowCount() == 1  # the hall board (another tab) has the group
    assert window.open_section("overview").links["reception.today"].text() == "今日来访 1 组 / 3 人"


@pytest.mark.parametrize("where", ["sign_in", "switch_person", "unlock"])
def test_each_wrong_pin_counts_once_and_the_fifth_locks(qtbot, database, admin, settings, where):
    """By keyboard: Enter after the 工号 only moves on; an empty PIN is not tried; each wrong PIN is
    one failure (in the audit trail) and the fifth locks the 工号 (the README's promise)."""
    from desk.db.core import AuditEntry
    from desk.ui.signin import LockPage

    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    if where == "unlock":
        widget = LockPage()
    else:
        widget = SignInDialog(title="切换人员" if where == "switch_person" else None)
    qtbot.addWidget(widget)
    widget.show()
    form = widget.form
    form.reset()

    def failures() -> int:
        return AuditEntry.select().where(AuditEntry.action == "sign_in_failed").count()

    qtbot.keyClicks(form.code, "10")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    assert widget.focusWidget() is form.pin and form.message.text() == "" and failures() == 0
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)  # nothing typed yet
    assert form.message.text() == "请输入 PIN" and failures() == 0
    for attempt in range(1, 5):
        qtbot.keyClicks(form.pin, "1111")
        qtbot.keyClick(form.pin, Qt.Key.Key_Return)
        assert (failures(), form.message.text()) == (attempt, "工号或 PIN 不正确")
    qtbot.keyClicks(form.pin, "1111")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert failures() == 5  # the seconds left may read 61 when a second passes between the calls
    assert re.fullmatch(r"错误次数过多，请 6[01] 秒后再试，或请主管解锁", form.message.text())
    assert form.unlock_button.isVisible()  # and Enter in the PIN below does not open it
    qtbot.keyClicks(form.pin, "2468")  # the right PIN, while locked
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert "错误次数过多" in form.message.text()
    assert where == "unlock" or widget.session is None


def test_touch_screen_signs_in_on_the_number_pad(qtbot, database, admin, settings):
    staff_service.add_staff(admin, "40", "郑桂兰", ["cleaner"], "4040")
    settings.set("touch_screen", True)
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    pad = dialog.form.pad
    assert all(b.height() >= 64 for b in pad.keys.values())
    for key in ("4", "0", "enter", "4", "0", "4", "0", "enter"):
        pad.keys[key].click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.session.name == "郑桂兰"


@pytest.mark.sqlite_only  # the file swapped under the window (a server restores through pg_restore)
def test_restore_from_a_backup_in_the_window_as_desk_restore_does(qtbot, database, admin, data_dir, monkeypatch):
    """设置 → 备份 → 从备份恢复…: the chosen backup replaces the database (the current one kept in
    aside/), every screen shows the restored data and the window asks who signs in."""
    from desk.services.core import backups
    from desk.ui.widgets import Confirm, Notice

    said = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, *a: said.append(text)))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    tab = window.open_section("settings")
    tab.tabs.setCurrentIndex([tab.tabs.tabText(i) for i in range(tab.tabs.count())].index("备份"))
    page = tab.tabs.currentWidget()
    page.backup_button.click()
    assert page.list.count() == 1 and said[-1].startswith("已备份到")
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")  # after the backup
    page.restore_button.click()
    assert said[-1].startswith("已从 desk-") and "aside" in said[-1]
    assert [s.code for s in staff_service.list_staff()] == ["01"]  # as it was at the backup
    assert list(data_dir.aside.glob("desk-*-before-restore.db"))
    assert window.is_locked()
    junk = data_dir.backups / "desk-99999999-junk.db"
    junk.write_bytes(b"not a database")
    page.reload()
    page.list.setCurrentRow(0)
    window.lock_page.form.reset()
    page.restore()
    assert said[-1].startswith("不能恢复：该文件不能用于恢复")
    assert [s.code for s in staff_service.list_staff()] == ["01"] and backups.backups(data_dir)[0] == junk
