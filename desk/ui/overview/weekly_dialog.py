"""The 周报 button's dialog (which weeks, where) and the work it starts (Qt-free, in a thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox,
)

from desk.services.overview import weekly


class WeeklyDialog(QDialog):
    """Which week(s) and where to write the report."""

    def __init__(self, parent=None, default_week: str = "", folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("周报"))
        form = QFormLayout(self)
        self.week = QLineEdit(default_week)
        self.week.setPlaceholderText("2026-W47")
        self.count = QSpinBox()
        self.count.setRange(1, 52)
        self.count.setSuffix(self.tr(" 周"))
        self.folder = QLineEdit(str(folder or Path.home()))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.excel = QCheckBox(self.tr("同时导出 Excel"))
        self.excel.setChecked(True)
        form.addRow(self.tr("最后一周（ISO 周）"), self.week)
        form.addRow(self.tr("连续周数"), self.count)
        form.addRow(self.tr("保存到文件夹"), row)
        form.addRow("", self.excel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def choice(self) -> dict:
        return {"week": self.week.text().strip(), "count": self.count.value(),
                "folder": Path(self.folder.text().strip() or "."), "excel": self.excel.isChecked()}

    @classmethod
    def ask(cls, parent=None, default_week: str = "") -> dict | None:
        dialog = cls(parent, default_week)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def write_weekly_files(choice: dict, session, progress=None) -> list[Path]:
    """Qt-free work of the 周报 button (runs in the worker thread)."""
    from desk.excel.weekly import write_weekly  # lazy: openpyxl loads to write
    from desk.printing.weekly import render_weekly  # lazy: reportlab loads to write

    weeks = weekly.weeks_ending(weekly.parse_week(choice["week"]), choice["count"])
    reports = []
    for i, week in enumerate(weeks):
        if progress is not None:
            progress.check()
            progress.report(i, len(weeks) + 1, week.label)
        reports.append(weekly.report(week, session))
    name = weeks[0].label if len(weeks) == 1 else f"{weeks[0].label}_{weeks[-1].label}"
    folder = Path(choice["folder"])
    written = [render_weekly(reports, folder / f"周报_{name}.pdf")]
    if choice.get("excel"):
        written.append(write_weekly(folder / f"周报_{name}.xlsx", reports))
    if progress is not None:
        progress.report(len(weeks) + 1, len(weeks) + 1, "")
    return written
