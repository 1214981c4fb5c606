"""Excel 同步 section: export and import in the background, the preview dialog, the sync folder."""
import datetime as dt
import os

import openpyxl
import pytest

from desk.db.core import Staff
from desk.excel import sync
from desk.ui.excel import section as section_mod
from desk.ui.excel.folder import FolderSyncController
from desk.ui.excel.preview import ImportPreviewDialog, PreviewAnswer
from desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, database, admin, make_staff):
    for i, name in enumerate(["张磊", "杨帆", "黄晓燕"], start=1):
        make_staff("consultant", code=f"6{i}", name=name, phone=f"1390000600{i}")
    win = MainWindow(admin)
    qtbot.addWidget(win)
    win.show()
    return win


def open_excel(window):
    window.open_section("excel")
    return window.section_widget("excel")


def test_section_just_before_duty_and_only_for_export_or_import(qtbot, database, admin, make_staff):
    from desk.ui.sections import SECTIONS

    keys = [s.key for s in SECTIONS]
    assert keys.index("excel") == keys.index("duty") - 1
    _, host = make_staff("reception", code="10")
    win = MainWindow(host)
    qtbot.addWidget(win)
    assert "excel" not in win.section_keys()


def test_export_in_background(qtbot, window, tmp_path, monkeypatch):
    section = open_excel(window)
    target = tmp_path / "out" / "sync.xlsx"
    monkeypatch.setattr(section_mod.FileChooser, "save_path", classmethod(lambda cls, parent: target))
    section.export_button.click()
    qtbot.waitUntil(lambda: section.job is None, timeout=10000)
    assert target.exists()
    assert "已导出" in section.export_result.text() and section.result.text() == ""  # in the export box
    assert section.history.rowCount() == 1
    ws = openpyxl.load_workbook(target)["置业顾问"]
    assert ws["D2"].value == "139****6001"


def test_full_phones_need_confirmation(qtbot, window, tmp_path, monkeypatch):
    section = open_excel(window)
    target = tmp_path / "full.xlsx"
    monkeypatch.setattr(section_mod.FileChooser, "save_path", classmethod(lambda cls, parent: target))
    monkeypatch.setattr(section_mod.FullPhonesConfirm, "ask", classmethod(lambda cls, parent: False))
    section.full_phones.setChecked(True)
    section.export_button.click()
    assert section.job is None and not target.exists()
    monkeypatch.setattr(section_mod.FullPhonesConfirm, "ask", classmethod(lambda cls, parent: True))
    section.export_button.click()
    qtbot.waitUntil(lambda: section.job is None, timeout=10000)
    assert openpyxl.load_workbook(target)["置业顾问"]["D2"].value == "13900006001"


def test_locked_target_offers_retry(qtbot, window, tmp_path, monkeypatch):
    section = open_excel(window)
    target = tmp_path / "locked.xlsx"
    monkeypatch.setattr(section_mod.FileChooser, "save_path", classmethod(lambda cls, parent: target))
    real = os.replace
    state = {"locked": True, "asked": []}

    def replace(src, dst):
        if state["locked"]:
            raise PermissionError(13, "in use")
        return real(src, dst)

    def retry(cls, parent, message):
        state["asked"].append(message)
        state["locked"] = False  # the user closed Excel
        return True

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(section_mod.RetryLocked, "ask", classmethod(retry))
    section.export_button.click()
    qtbot.waitUntil(lambda: target.exists() and section.job is None, timeout=10000)
    assert "请先关闭 Excel 中的文件" in state["asked"][0]


def test_import_with_preview(qtbot, window, tmp_path, monkeypatch):
    section = open_excel(window)
    session = window.session
    result = sync.export_workbook(session, tmp_path / "s.xlsx")
    wb = openpyxl.load_workbook(result.path)
    wb["置业顾问"]["C2"] = "张磊磊"
    wb.save(tmp_path / "e.xlsx")
    seen = {}

    def ask(cls, parent, plan):
        seen["counts"] = plan.counts()
        return PreviewAnswer(True, False)

    monkeypatch.setattr(section_mod.FileChooser, "open_path", classmethod(lambda cls, parent: tmp_path / "e.xlsx"))
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    section.import_button.click()
    qtbot.waitUntil(lambda: "已导入" in section.result.text(), timeout=10000)
    assert seen["counts"]["change"] == 1
    assert Staff.get(Staff.code == "61").name == "张磊磊"


def test_preview_dialog_conflicts_side_by_side(qtbot, window, tmp_path, qtmodeltester):
    from desk.services.reception.roster import update_consultant

    session = window.session
    result = sync.export_workbook(session, tmp_path / "s.xlsx")
    people = {s.code: s for s in Staff.select()}
    update_consultant(session, people["61"].id, name="张磊（程序）")
    wb = openpyxl.load_workbook(result.path)
    ws = wb["置业顾问"]
    ws["C2"] = "张磊（表格）"
    ws["C3"] = "杨帆二"
    ws.delete_rows(4)
    wb.save(tmp_path / "e.xlsx")
    plan = sync.plan_import(session, tmp_path / "e.xlsx")
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1  # opens on the conflicts
    assert not dialog.apply_button.isEnabled() and "冲突" in dialog.reason.text()
    dialog.view.selectRow(0)
    assert dialog.sides.rowCount() == 4
    texts = [[dialog.sides.index(r, c).data() for c in range(3)] for r in range(dialog.sides.rowCount())]
    assert ["姓名", "张磊（程序）", "张磊（表格）"] in texts
    dialog.workbook_button.click()
    assert plan.conflicts[0].choice == sync.WORKBOOK
    assert "确认停用" in dialog.reason.text()
    dialog.deactivate_box.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.filter.setCurrentIndex(0)
    assert dialog.model.rowCount() == 3
    assert dialog.answer().confirm_deactivate
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_folder_controller_retries_and_shows_status(qtbot, window, tmp_path, settings):
    usb = tmp_path / "usb"
    settings.set("excel_sync_folder", str(usb))
    at = {"now": dt.datetime(2026, 11, 23, 21, 30)}
    controller = FolderSyncController(window, clock=lambda: at["now"], interval_ms=3_600_000)
    controller.tick()
    qtbot.waitUntil(lambda: controller.job is None, timeout=10000)
    assert "不可用" in controller.label.text()
    usb.mkdir()
    at["now"] = dt.datetime(2026, 11, 23, 21, 45)
    controller.tick()
    qtbot.waitUntil(lambda: controller.job is None, timeout=10000)
    assert "已写入" in controller.label.text()
    assert (usb / "案场同步-20261123.xlsx").exists()
    controller.stop()
