"""导出 Excel for what a grid currently shows (any QueryTableModel)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desk.services.core.errors import DeskError
from desk.ui.errors import show_error
from desk.ui.icons import icon
from desk.ui.widgets import Notice
from desk.ui.worker import run_job


def ask_save_path(parent: QWidget, title: str) -> Path | None:
    """The file dialog; tests monkeypatch this."""
    name = f"{title}-{dt.date.today():%Y%m%d}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("export", "导出 Excel"), name, "Excel (*.xlsx)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def export_model(parent: QWidget, session, model, title: str, money_columns: set[int] | None = None,
                 path: Path | None = None):
    """Write every row the grid's query yields (all pages) to a workbook, in the background."""
    try:
        session.require("export")
    except DeskError as exc:
        show_error(parent, exc)
        return None
    path = path or ask_save_path(parent, title)
    if path is None:
        return None
    headers = model.headers()
    rows = list(model.rows_as_values())  # read on the UI thread's connection; writing is off it

    def work(progress):
        from desk.excel.writer import SheetData, write_workbook  # lazy: openpyxl loads with the first export

        sheet = SheetData(title, headers, rows, money_columns=money_columns or set())
        return write_workbook(path, [sheet], progress)

    def done(target):
        Notice.ask(parent, QCoreApplication.translate("export", "导出 Excel"),
                   QCoreApplication.translate("export", "已导出到 {path}").format(path=target))

    return run_job(parent, QCoreApplication.translate("export", "正在导出 Excel…"), work, done)


def export_button(parent: QWidget, get_session, model, title: str, money_columns: set[int] | None = None):
    """A 导出 Excel button for a grid; hidden work is refused in the service check too."""
    button = QPushButton(icon("export"), QCoreApplication.translate("export", "导出 Excel"))
    button.clicked.connect(lambda: export_model(parent, get_session(), model, title, money_columns))
    return button
