"""Table models of the Excel 同步 section: past exports, and the import preview."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk.excel import sync
from desk.excel.messages import COMMA, SEMICOLON, join, say
from desk.services.core import staff, sync_exports
from desk.ui.models.base import Column, GridModel, QueryTableModel

REASONS = {"manual": "手动", "daily": "同步文件夹", "cli": "命令行"}


class ExportHistoryModel(QueryTableModel):
    def make_columns(self):
        names = staff.staff_names()
        return [
            Column(self.tr("时间"), lambda e: e.at),
            Column(self.tr("人员"), lambda e: names.get(e.staff_id, self.tr("系统"))),
            Column(self.tr("方式"), lambda e: self.tr(REASONS.get(e.reason, e.reason))),
            Column(self.tr("行数"), lambda e: e.rows, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(self.tr("文件"), lambda e: e.path),
        ]

    def refresh(self):
        self.columns = self.make_columns()
        super().refresh()

    def query(self):
        return sync_exports.exports()


ACTION_COLORS = {
    sync.NEW: "#E2F0D9",
    sync.CHANGE: "#DDEBF7",
    sync.DEACTIVATE: "#EDEDED",
    sync.CONFLICT: "#FFF2CC",
    sync.ERROR: "#F8CBAD",
}


def _side(values: dict, changed: dict, which: int) -> str:
    if changed:
        empty = say(sync.EMPTY)
        return join((say(sync.WHERE_WHAT, where=k, message=pair[which] or empty) for k, pair in changed.items()),
                    SEMICOLON)
    return join((f"{k}={v}" for k, v in values.items() if v not in ("", None)), COMMA)


class PreviewModel(GridModel):
    """One line per row of the workbook that would change (or cannot); conflicts side by side."""

    FILTERS = [None, sync.NEW, sync.CHANGE, sync.DEACTIVATE, sync.CONFLICT, sync.ERROR]

    def __init__(self, plan: sync.ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.action_filter: str | None = None
        self.headers = [self.tr("处理"), self.tr("工作表"), self.tr("行"), "ID", self.tr("名称"),
                        self.tr("选择 / 原因"), self.tr("程序中"), self.tr("表格中")]
        self._rows = list(plan.visible_changes)

    def set_filter(self, action: str | None) -> None:
        self.beginResetModel()
        self.action_filter = action
        self._rows = [c for c in self.plan.visible_changes if action is None or c.action == action]
        self.endResetModel()

    def change(self, row: int) -> sync.RowChange:
        return self._rows[row]

    def grid_rows(self) -> list:
        return self._rows

    def _text(self, c: sync.RowChange, column: int) -> str:
        if column == 0:
            return QCoreApplication.translate("excel", c.action_name)
        if column == 1:
            return c.sheet_title
        if column == 2:
            return str(c.row) if c.row else self.tr("（已删除）")
        if column == 3:
            return str(c.record_id or "")
        if column == 4:
            return c.label
        if column == 6:
            return "" if c.action == sync.NEW else _side(c.program, c.changed, 0)
        if column == 7:
            if c.action == sync.DEACTIVATE:
                return self.tr("停用") if c.row else self.tr("表中已删除此行")
            return _side(c.workbook, c.changed, 1)
        if column == 5:
            if c.action == sync.ERROR:
                return join((say(sync.WHERE_WHAT, where=i.column, message=i.message) if i.column else i.message
                             for i in c.issues), SEMICOLON)
            if c.action == sync.CONFLICT:
                return {sync.WORKBOOK: self.tr("以表格为准"), sync.PROGRAM: self.tr("以程序为准")}.get(
                    c.choice, self.tr("请选择"))
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(c, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QBrush(QColor(ACTION_COLORS.get(c.action, "#FFFFFF")))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and (
                c.action == sync.ERROR or (c.action == sync.CONFLICT and c.choice is None)):
            return QBrush(QColor("#C00000"))
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None

    def set_choice(self, rows: list[int], choice: str) -> int:
        n = 0
        for r in rows:
            c = self._rows[r]
            if c.action == sync.CONFLICT:
                c.choice = choice
                n += 1
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        return n

    def row_object(self, row: int):
        return self._rows[row]


class ConflictSidesModel(GridModel):
    """The selected conflict's fields: program and workbook side by side."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.change: sync.RowChange | None = None
        self.headers = [self.tr("栏目"), self.tr("程序中（现在）"), self.tr("表格中")]
        self._rows: list[tuple[str, str, str, bool]] = []

    def set_change(self, change: sync.RowChange | None) -> None:
        self.beginResetModel()
        self.change = change
        self._rows = []
        if change is not None:
            keys = list(change.workbook) or list(change.program)
            for key in keys:
                a, b = change.program.get(key, ""), change.workbook.get(key, "")
                self._rows.append((key, a, b, key in change.changed))
        self.endResetModel()

    def grid_rows(self) -> list:
        return self._rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        key, a, b, differs = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (key, a, b)[index.column()]
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and differs and index.column() > 0:
            return QBrush(QColor("#FFF2CC"))
        return None
