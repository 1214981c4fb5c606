"""Table model of the duty log (值班日志)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.services.core import shifts, staff
from desk.ui.models.base import Column, QueryTableModel


class DutyLogTableModel(QueryTableModel):
    def __init__(self, parent=None):
        self.filters: dict = {}
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda e: e.id),
            Column(self.tr("时间"), lambda e: e.at),
            Column(self.tr("类别"), lambda e: QCoreApplication.translate("duty", e.kind)),
            Column(self.tr("内容"), lambda e: e.text),
            Column(self.tr("记录人"), lambda e: self._names.get(e.staff_id, "")),
            Column(self.tr("更正自"), lambda e: e.corrects_id or ""),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def query(self):
        return shifts.log_entries(**self.filters)
