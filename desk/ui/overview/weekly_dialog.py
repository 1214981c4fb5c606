"""The 周报 button: its dialog (which weeks, where), starting the work and saying how it went
(``start_weekly_report``), and the work itself (Qt-free, in a thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox,
)

from desk.services.core.errors import DeskError
from desk.services.core.progress import Cancelled
from desk.services.headoffice import weekly as sites_weekly
from desk.services.overview import weekly
from desk.ui.errors import show_error
from desk.ui.worker import run_job


class WeeklyDialog(QDialog):
    """Which week(s) and where to write the report. The week is picked on a calendar (any day of
    it); the dialog says which dates that is."""

    def __init__(self, parent=None, default_week: str = "", folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("周报"))
        form = QFormLayout(self)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        start = weekly.parse_week(default_week).start if default_week else weekly.last_complete_week().start
        self.day.setDate(QDate(start))
        self.dates = QLabel()
        self.dates.setObjectName("dates")
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
        form.addRow(self.tr("最后一周（选其中任一天）"), self.day)
        form.addRow("", self.dates)
        form.addRow(self.tr("连续周数"), self.count)
        form.addRow(self.tr("保存到文件夹"), row)
        form.addRow("", self.excel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.day.dateChanged.connect(self._show_dates)
        self.count.valueChanged.connect(self._show_dates)
        self._show_dates()

    def week(self) -> weekly.IsoWeek:
        return weekly.week_of(self.day.date().toPython())

    def _show_dates(self) -> None:
        weeks = weekly.weeks_ending(self.week(), self.count.value())
        first, last = weeks[0], weeks[-1]
        if len(weeks) == 1:
            text = self.tr("{start} 至 {end}（{year} 年第 {week} 周）").format(
                start=first.start.isoformat(), end=first.end.isoformat(), year=first.year, week=first.week)
        else:
            text = self.tr("{start} 至 {end}（{n} 周：第 {first} 周到第 {last} 周）").format(
                start=first.start.isoformat(), end=last.end.isoformat(), n=len(weeks), first=first.week,
                last=last.week)
        self.dates.setText(text)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def choice(self) -> dict:
        return {"week": self.week().label, "count": self.count.value(),
                "folder": Path(self.folder.text().strip() or "."), "excel": self.excel.isChecked()}

    @classmethod
    def ask(cls, parent=None, default_week: str = "") -> dict | None:
        dialog = cls(parent, default_week)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def start_weekly_report(parent, session, today, say, *, across_sites: bool = False):
    """Ask which weeks and where, then write the report in the background; ``say(text)`` tells how
    it goes (the files written, or nothing on an error, which shows). Returns the job, or None."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("WeeklyDialog", text)

    choice = WeeklyDialog.ask(parent, weekly.last_complete_week(today).label)
    if not choice:
        return None
    try:
        weekly.parse_week(choice["week"])
    except DeskError as exc:
        show_error(parent, exc)
        return None

    def done(paths) -> None:
        say(tr("周报已生成：{files}").format(files="；".join(str(p) for p in paths)))

    def failed(exc) -> None:
        say(tr("已取消") if isinstance(exc, Cancelled) else "")
        if not isinstance(exc, Cancelled):
            show_error(parent, exc)

    say(tr("正在生成各站点周报…") if across_sites else tr("正在生成周报…"))
    return run_job(parent, tr("各站点周报") if across_sites else tr("周报"),
                   lambda progress: write_weekly_files(choice, session, progress, across_sites=across_sites),
                   done, failed)


def write_weekly_files(choice: dict, session, progress=None, *, across_sites: bool = False) -> list[Path]:
    """Qt-free work of the 周报 button (runs in the worker thread). ``across_sites``: head office's
    report, a column per site and the company's total."""
    from desk.excel.weekly import write_sites_weekly, write_weekly  # lazy: openpyxl loads to write
    from desk.printing.weekly import render_sites_weekly, render_weekly  # lazy: reportlab loads to write

    weeks = weekly.weeks_ending(weekly.parse_week(choice["week"]), choice["count"])
    reports = []
    for i, week in enumerate(weeks):
        if progress is not None:
            progress.check()
            progress.report(i, len(weeks) + 1, week.label)
        reports.append(sites_weekly.sites_report(week, session) if across_sites else weekly.report(week, session))
    name = weeks[0].label if len(weeks) == 1 else f"{weeks[0].label}_{weeks[-1].label}"
    stem = "各站点周报" if across_sites else "周报"
    folder = Path(choice["folder"])
    written = [(render_sites_weekly if across_sites else render_weekly)(reports, folder / f"{stem}_{name}.pdf")]
    if choice.get("excel"):
        written.append((write_sites_weekly if across_sites else write_weekly)(folder / f"{stem}_{name}.xlsx", reports))
    if progress is not None:
        progress.report(len(weeks) + 1, len(weeks) + 1, "")
    return written
