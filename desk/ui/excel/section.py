"""Excel 同步: export the whole sync workbook, import the managers' lists with a preview,
and the sync folder. Slow work runs in the background with progress and cancel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desk import settings
from desk.excel import sheets as sheet_registry
from desk.excel import sync
from desk.excel.messages import join, tr
from desk.services.core import options
from desk.excel.writer import TargetLocked
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of, show_error
from desk.ui.excel.preview import ImportPreviewDialog
from desk.ui.models.excel import ExportHistoryModel
from desk.ui.widgets import Confirm, make_table_view
from desk.ui.worker import run_job


# What an import may change: water-bar and show-flat items, consultants, 认知途径, the fee table, units.
IMPORTED = (changes.STOCK, changes.SHOWFLATS, changes.STAFF, changes.SETTINGS, changes.SERVICE)


class FullPhonesConfirm:
    """A manager confirms writing full phone numbers; tests monkeypatch ``ask``."""

    @classmethod
    def ask(cls, parent) -> bool:
        return Confirm.ask(parent, parent.tr("完整手机号"), parent.tr(
            "导出的工作簿将包含客户和业主的完整手机号。请妥善保管，不得外传。确认导出完整号码吗？"), default_yes=True)


class FileChooser:
    """File dialogs; tests monkeypatch these classmethods."""

    @classmethod
    def save_path(cls, parent) -> Path | None:
        name = f"案场同步-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(parent, parent.tr("导出同步工作簿"), name, "Excel (*.xlsx)")
        if not path:
            return None
        return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    @classmethod
    def open_path(cls, parent) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, parent.tr("选择要导入的工作簿"), "",
                                              "Excel (*.xlsx);;" + parent.tr("所有文件") + " (*)")
        return Path(path) if path else None

    @classmethod
    def folder(cls, parent, current: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, parent.tr("选择同步文件夹"), current)
        return path or None


class RetryLocked:
    @classmethod
    def ask(cls, parent, message: str) -> bool:
        return Confirm.ask(parent, parent.tr("文件被占用"), message, retry=True, default_yes=True, level="Warning")


class ExcelSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.job = None
        self.last_plan: sync.ImportPlan | None = None
        layout = QVBoxLayout(self)

        export_box = QGroupBox(self.tr("导出同步工作簿"))
        ex = QVBoxLayout(export_box)
        self.sheet_list = QLabel()
        self.sheet_list.setWordWrap(True)
        ex.addWidget(self.sheet_list)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setShortcut("Ctrl+E")
        self.full_phones = QCheckBox(self.tr("包含完整手机号（需确认）"))
        row.addWidget(self.export_button)
        row.addWidget(self.full_phones)
        self.export_result = QLabel()  # what the export did, in the export's own box
        self.export_result.setObjectName("export_result")
        self.export_result.setWordWrap(True)
        row.addWidget(self.export_result, 1)
        ex.addLayout(row)
        layout.addWidget(export_box)

        import_box = QGroupBox(self.tr("从 Excel 导入名单"))
        im = QVBoxLayout(import_box)
        self.import_help = QLabel()
        self.import_help.setWordWrap(True)
        im.addWidget(self.import_help)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入 Excel…"))
        self.import_button.setShortcut("Ctrl+I")
        row.addWidget(self.import_button)
        self.result = QLabel()
        row.addWidget(self.result, 1)
        im.addLayout(row)
        layout.addWidget(import_box)

        folder_box = QGroupBox(self.tr("同步文件夹"))
        fo = QHBoxLayout(folder_box)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        self.folder_now = QPushButton(self.tr("立即写入"))
        fo.addWidget(self.folder_label, 1)
        fo.addWidget(self.folder_button)
        fo.addWidget(self.folder_now)
        layout.addWidget(folder_box)

        layout.addWidget(QLabel(self.tr("导出记录")))
        self.history = ExportHistoryModel(self)
        self.history_view = make_table_view(self.history, self)
        layout.addWidget(self.history_view, 1)

        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_now.clicked.connect(self.write_folder_now)
        follow(self, {changes.SETTINGS}, self.refresh, shown_refreshes=True)
        self.set_session(session)

    # -- state ---------------------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.export_button.setEnabled(session.can("export"))
        self.import_button.setEnabled(session.can("import"))
        self.full_phones.setEnabled(session.can("phone.full"))
        self.full_phones.setChecked(False)
        self.folder_button.setEnabled(session.can("settings.edit"))
        self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        specs = sheet_registry.sheets_for(self.session)
        self.sheet_list.setText(self.tr("工作表：{sheets}，另有“说明”表。ID 列锁定；手机号按您的权限打码。").format(
            sheets=join(tr(s.title) for s in specs)))
        editable = [tr(s.title) for s in specs if s.editable]
        self.import_help.setText(self.tr(
            "可导入：{sheets}。按 ID 对应，ID 留空为新增，删除的行停用（不会删除）。先预览，确认后全部生效或全部不生效。").format(
            sheets=join(editable) or "-"))
        folder = settings.get("excel_sync_folder")
        controller = self._folder_controller()
        status = controller.status_text() if controller else ""
        self.folder_label.setText(self.tr("{folder}　{status}").format(
            folder=folder or self.tr("未设置（设置 → 设置 → Excel 同步，或点“选择文件夹…”）"), status=status))
        self.folder_now.setEnabled(bool(folder) and self.session.can("export"))
        self.history.refresh()

    def _folder_controller(self):
        window = self.window()
        return getattr(window, "folder_sync", None)

    # -- export --------------------------------------------------------------------------------
    def export(self, path: Path | None = None):
        try:
            self.session.require("export")
        except DeskError as exc:
            show_error(self, exc)
            return None
        full = self.full_phones.isChecked()
        if full and not FullPhonesConfirm.ask(self):
            return None
        path = path or FileChooser.save_path(self)
        if path is None:
            return None
        session = self.session

        def work(progress):
            return sync.export_workbook(session, path, full_phones=full, progress=progress)

        def done(result):
            self.job = None
            self.export_result.setText(self.tr("已导出 {rows} 行到 {path}").format(rows=result.rows, path=result.path))
            self.refresh()

        def failed(exc):
            self.job = None
            if isinstance(exc, TargetLocked):
                if RetryLocked.ask(self, message_of(exc)):
                    self.export(path)
                return
            show_error(self, exc)

        self.job = run_job(self, self.tr("正在导出 Excel…"), work, done, failed)
        return self.job

    # -- import --------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None):
        try:
            self.session.require("import")
        except DeskError as exc:
            show_error(self, exc)
            return None
        path = path or FileChooser.open_path(self)
        if path is None:
            return None
        session = self.session

        def work(progress):
            return sync.plan_import(session, path, progress)

        def planned(plan):
            self.job = None
            self.last_plan = plan
            answer = ImportPreviewDialog.ask(self, plan)
            if answer.apply:
                self.apply(plan, answer.confirm_deactivate)
            else:
                self.result.setText(self.tr("已取消导入：{summary}").format(summary=plan.summary()))

        def failed(exc):
            self.job = None
            show_error(self, exc)

        self.job = run_job(self, self.tr("正在读取工作簿…"), work, planned, failed)
        return self.job

    def apply(self, plan: sync.ImportPlan, confirm_deactivate: bool):
        session = self.session

        def work(progress):
            return sync.apply_import(session, plan, confirm_deactivate=confirm_deactivate, progress=progress)

        def done(result):
            self.job = None
            self.result.setText(self.tr("已导入：{summary}").format(summary=result.summary() or self.tr("无改动")))
            for topic in IMPORTED:  # the lists a workbook brings back
                announce(topic)
            self.refresh()

        def failed(exc):
            self.job = None
            show_error(self, exc)
            self.result.setText(self.tr("未导入任何内容"))

        self.job = run_job(self, self.tr("正在导入…"), work, done, failed)
        return self.job

    # -- sync folder -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        try:
            self.session.require("settings.edit")
        except DeskError as exc:
            show_error(self, exc)
            return
        folder = FileChooser.folder(self, settings.get("excel_sync_folder"))
        if folder:
            try:
                options.change(self.session, "excel_sync_folder", folder)
            except DeskError as exc:
                show_error(self, exc)
                return
            announce(changes.SETTINGS)

    def write_folder_now(self) -> None:
        controller = self._folder_controller()
        if controller is not None:
            controller.run(closing=True, on_finished=self.refresh)
