"""Table models of the show flats: item list, checks, incidents, worker log, reports, and the
editable sheet of a check being filled in."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.core import staff
from desk.services.showflats import cleaning, flats as showflats, workers
from desk.ui.models.base import Column, GridModel, ListTableModel, QueryTableModel
from desk.ui.widgets import COLORS, ERROR

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QBrush(QColor(COLORS[ERROR]))
AMBER = QBrush(QColor("#fff1c2"))


def tr_sf(text: str) -> str:
    return QCoreApplication.translate("showflats", text) if text else ""


class ItemsTableModel(QueryTableModel):
    def __init__(self, parent=None):
        self.flat_id: int | None = None
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("房间"), lambda i: i.room.name),
            Column(self.tr("物品"), lambda i: i.name),
            Column(self.tr("类别"), lambda i: tr_sf(i.category)),
            Column(self.tr("应有数量"), lambda i: i.expected_qty, RIGHT),
            Column(self.tr("价值（元）"), lambda i: i.value, RIGHT),
            Column(self.tr("照片"), lambda i: self.tr("有") if i.photo_id else ""),
            Column(self.tr("备注"), lambda i: i.note),
        ]

    def query(self):
        return showflats.items(self.flat_id or 0)  # no flat chosen: no items


class ChecksTableModel(QueryTableModel):
    def __init__(self, parent=None):
        self.flat_id: int | None = None
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda c: c.id, RIGHT),
            Column(self.tr("开始"), lambda c: c.started_at),
            Column(self.tr("样板间"), lambda c: c.flat.name),
            Column(self.tr("类型"), lambda c: tr_sf(showflats.CHECK_KINDS[c.kind])),
            Column(self.tr("检查人"), lambda c: self._names.get(c.started_by_id, "")),
            Column(self.tr("结束"), lambda c: c.closed_at or self.tr("进行中")),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def query(self):
        return showflats.checks(self.flat_id)


class IncidentsTableModel(QueryTableModel):
    def __init__(self, parent=None):
        self.open_only = True
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda i: i.id, RIGHT),
            Column(self.tr("登记时间"), lambda i: i.opened_at),
            Column(self.tr("样板间"), lambda i: i.flat.name),
            Column(self.tr("物品"), lambda i: i.item.name if i.item_id else ""),
            Column(self.tr("类型"), lambda i: tr_sf(i.kind), foreground=lambda i: RED),
            Column(self.tr("状态"), lambda i: tr_sf(i.status),
                   background=lambda i: AMBER if i.status == "登记" else None),
            Column(self.tr("清点数量"), lambda i: "" if i.proposed_qty is None else i.proposed_qty, RIGHT),
            Column(self.tr("说明"), lambda i: i.note),
            Column(self.tr("登记人"), lambda i: self._names.get(i.opened_by_id, "")),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def query(self):
        return showflats.incidents(open_only=self.open_only)


class WorkerVisitsTableModel(QueryTableModel):
    def __init__(self, parent=None):
        self.day = None
        self.inside_only = False
        self._names: dict[int, str] = {}
        self._flats: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("单位"), lambda v: v.company),
            Column(self.tr("证件号"), workers.masked_id),
            Column(self.tr("事由"), lambda v: v.purpose),
            Column(self.tr("样板间"), lambda v: self._flats.get(v.flat_id, "")),
            Column(self.tr("陪同"), lambda v: self._names.get(v.escort_id, "")),
            Column(self.tr("进场"), lambda v: v.time_in),
            Column(self.tr("离场"), lambda v: v.time_out or self.tr("尚未离场"),
                   foreground=lambda v: RED if v.time_out is None else None),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        self._flats = showflats.flat_names()
        super().refresh()

    def query(self):
        return workers.visits(self.day, inside_only=self.inside_only)


class ReportTableModel(ListTableModel):
    """A read-only grid over a report's rows; each report brings its own columns."""

    def make_columns(self):
        return []

    def set_report(self, columns: list[Column], rows: list[Any]) -> None:
        self.beginResetModel()
        self.columns = columns
        self._rows = list(rows)
        self.endResetModel()


# -- the sheet of a check being filled in ---------------------------------------------------
@dataclass
class SheetLine:
    item: Any  # the show flat's item
    status: str | None = None  # None: unanswered
    counted: int | None = None
    note: str = ""
    photo: str | None = None  # a file path, checked when chosen and again on save
    extra: dict = field(default_factory=dict)


class CheckSheetModel(GridModel):
    """Items of a flat with the answer being given. After a group every line starts 正常 (one key
    saves); at handover every line starts unanswered and the count column is edited."""

    COL_ROOM, COL_ITEM, COL_EXPECTED, COL_STATUS, COL_COUNT, COL_NOTE = range(6)

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.lines: list[SheetLine] = []
        self.headers = [self.tr("房间"), self.tr("物品"), self.tr("应有"), self.tr("状态"),
                        self.tr("实点数量"), self.tr("备注")]

    def load(self, flat_id: int | None) -> None:
        self.beginResetModel()
        self.lines = []
        if flat_id is not None:
            default = showflats.OK if self.kind == "after_group" else None
            self.lines = [SheetLine(item, default) for item in showflats.items(flat_id)]
        self.endResetModel()

    def grid_rows(self) -> list:
        return self.lines

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in (self.COL_COUNT, self.COL_NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_ROOM:
                return line.item.room.name
            if col == self.COL_ITEM:
                return line.item.name + (" 📷" if line.photo else "")
            if col == self.COL_EXPECTED:
                return line.item.expected_qty
            if col == self.COL_STATUS:
                return tr_sf(line.status) if line.status else self.tr("未检查")
            if col == self.COL_COUNT:
                if role == Qt.ItemDataRole.EditRole:
                    return "" if line.counted is None else str(line.counted)
                return "" if line.counted is None else line.counted
            if col == self.COL_NOTE:
                return line.note
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            if line.status in showflats.INCIDENT_KINDS:
                return RED
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.status is None:
                return AMBER
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_EXPECTED, self.COL_COUNT):
            return int(RIGHT)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.lines[index.row()]
        if index.column() == self.COL_COUNT:
            text = str(value).strip()
            if text == "":
                line.counted = None
            else:
                try:
                    line.counted = int(text)
                except ValueError:
                    return False
                if line.counted >= 0 and line.status in (None, showflats.OK, showflats.MISSING):
                    line.status = showflats.OK if line.counted >= line.item.expected_qty else showflats.MISSING
            self._changed(index.row())
            return True
        if index.column() == self.COL_NOTE:
            line.note = str(value)
            self._changed(index.row())
            return True
        return False

    def set_status(self, row: int, status: str) -> None:
        line = self.lines[row]
        line.status = status
        if self.kind == "handover" and line.counted is None and status in (showflats.OK, showflats.MOVED):
            line.counted = line.item.expected_qty
        self._changed(row)

    def set_photo(self, row: int, path: str | None) -> None:
        self.lines[row].photo = path
        self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def unanswered(self) -> list[str]:
        return [line.item.name for line in self.lines if line.status is None]

    def exceptions(self) -> list[SheetLine]:
        return [line for line in self.lines if line.status not in (None, showflats.OK)]

    def answers(self, *, only_exceptions: bool) -> list[dict]:
        lines = self.exceptions() if only_exceptions else [line for line in self.lines if line.status]
        return [dict(item=line.item.id, status=line.status, counted=line.counted, note=line.note,
                     photo=line.photo) for line in lines]


def tr(text: str) -> str:
    """The report columns' texts: lupdate files a bare ``tr()`` outside a class under the empty
    context, so they are looked up there (not in the context of the widget that shows them)."""
    return QCoreApplication.translate("", text)


def report_columns(kind: str) -> list[Column]:
    """Columns of each report of the show flats (kept here, with the models)."""
    if kind == "stale":
        return [Column(tr("样板间"), lambda s: s.item.flat.name), Column(tr("房间"), lambda s: s.item.room.name),
                Column(tr("物品"), lambda s: s.item.name), Column(tr("类别"), lambda s: tr_sf(s.item.category)),
                Column(tr("上次盘点"), lambda s: s.last_checked or tr("从未盘点")),
                Column(tr("未盘点天数"), lambda s: "" if s.days is None else s.days, RIGHT)]
    if kind == "history":
        return [Column(tr("时间"), lambda r: r.at), Column(tr("样板间"), lambda r: r.flat),
                Column(tr("物品/项目"), lambda r: r.item), Column(tr("事项"), lambda r: r.event),
                Column(tr("详情"), lambda r: r.detail), Column(tr("人员"), lambda r: r.staff)]
    if kind == "cleaning":
        return [Column(tr("区域"), lambda s: s.task.area), Column(tr("任务"), lambda s: s.task.name),
                Column(tr("频率"), lambda s: tr_sf(cleaning.FREQUENCIES[s.task.frequency])),
                Column(tr("上次完成"), lambda s: s.last_done or tr("从未")),
                Column(tr("应完成日"), lambda s: s.due),
                Column(tr("逾期"), lambda s: tr("逾期") if s.overdue else "",
                       foreground=lambda s: RED if s.overdue else None)]
    if kind == "cleaning_records":
        def result(r):
            if r.corrects_id:
                return tr("撤销第 {id} 条").format(id=r.corrects_id)
            return tr("完成（已撤销）") if r.undone else tr("完成")

        return [Column(tr("编号"), lambda r: r.id, RIGHT), Column(tr("日期"), lambda r: r.day),
                Column(tr("时间"), lambda r: r.at), Column(tr("区域"), lambda r: r.task.area),
                Column(tr("任务"), lambda r: r.task.name),
                Column(tr("人员"), lambda r: r.staff.name if r.staff_id else ""),
                Column(tr("结果"), result, foreground=lambda r: RED if r.corrects_id or r.undone else None),
                Column(tr("备注"), lambda r: r.note)]
    raise KeyError(kind)
