"""Table models of the water bar (水吧): stock levels, journal, counts, purchase requests,
the catalogue, and the in-memory grids of a count sheet and of the closing waste."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desk.services.bar import purchasing, stock, count as stockcount
from desk.services.core import staff
from desk.services.core.errors import DeskError
from desk.ui.models import audit_text
from desk.ui.models.base import Column, GridModel, QueryTableModel, display
from desk.ui.widgets import COLORS, ERROR

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QBrush(QColor(COLORS[ERROR]))
AMBER = QBrush(QColor("#fff4d6"))
GREY = QBrush(QColor("#888888"))


def t(text: str) -> str:
    return QCoreApplication.translate("stock", text)


def num(value):
    """A quantity for a grid: int when whole, else float (shown as 16.5, exported as a number)."""
    v = stock.qty_value(value)
    return float(v) if isinstance(v, Decimal) else v


class StockLevelModel(QueryTableModel):
    """库存: every active item with its current quantity."""

    def __init__(self, parent=None):
        self.levels: dict[int, object] = {}
        self.category: str | None = None
        super().__init__(parent)

    def make_columns(self):
        low = lambda i: RED if i.min_stock and self.level(i) < i.min_stock else None  # noqa: E731
        return [
            Column(self.tr("类别"), lambda i: t(i.category)),
            Column(self.tr("物品"), lambda i: i.name, foreground=low),
            Column(self.tr("库存"), self.level, RIGHT, foreground=low),
            Column(self.tr("单位"), lambda i: i.unit),
            Column(self.tr("最低库存"), lambda i: num(i.min_stock), RIGHT),
            Column(self.tr("标准库存"), lambda i: num(i.par_level), RIGHT),
            Column(self.tr("包装"), lambda i: f"1{i.pack_unit}={i.pack_factor}{i.unit}" if i.pack_unit else ""),
            Column(self.tr("存放"), lambda i: t(i.place)),
            Column(self.tr("条码"), lambda i: i.barcode or ""),
        ]

    def level(self, item):
        return num(self.levels.get(item.id, 0))

    def refresh(self):
        self.levels = stock.stock_levels()
        super().refresh()

    def query(self):
        return stock.catalogue_query(active_only=True, category=self.category)


class CatalogueModel(QueryTableModel):
    """物品: the whole catalogue, stopped items included."""

    def make_columns(self):
        days = lambda v: v or ""  # noqa: E731
        return [
            Column(self.tr("物品"), lambda i: i.name, foreground=lambda i: None if i.active else GREY),
            Column(self.tr("类别"), lambda i: t(i.category)),
            Column(self.tr("单位"), lambda i: i.unit),
            Column(self.tr("采购包装"), lambda i: f"1{i.pack_unit}={i.pack_factor}{i.unit}" if i.pack_unit else ""),
            Column(self.tr("最低库存"), lambda i: num(i.min_stock), RIGHT),
            Column(self.tr("标准库存"), lambda i: num(i.par_level), RIGHT),
            Column(self.tr("保质期（天）"), lambda i: days(i.shelf_life_days), RIGHT),
            Column(self.tr("开封后（天）"), lambda i: days(i.open_shelf_days), RIGHT),
            Column(self.tr("存放"), lambda i: t(i.place)),
            Column(self.tr("条码"), lambda i: i.barcode or ""),
            Column(self.tr("单价"), lambda i: i.unit_price, RIGHT),
            Column(self.tr("在用"), lambda i: self.tr("是") if i.active else self.tr("停用")),
        ]

    def query(self):
        return stock.catalogue_query()


class JournalModel(QueryTableModel):
    """库存流水 with filters (``filters`` are ``stock.journal`` keywords)."""

    def __init__(self, parent=None):
        self.filters: dict = {}
        self._names: dict[int, str] = {}
        self._items: dict = {}  # stock items by id
        super().__init__(parent)

    def _item(self, e):
        return self._items.get(e.item_id)

    def make_columns(self):
        unit = lambda e: self._item(e).unit if self._item(e) else ""  # noqa: E731
        neg = lambda e: RED if e.quantity < 0 else None  # noqa: E731

        def signoff(e):
            if e.kind != stock.RECEIPT or e.reverses_id:
                return ""
            if e.signed_by_id:
                return self._names.get(e.signed_by_id, "")
            return self.tr("待签批") if e.needs_signoff else ""

        def link(e):
            if e.reverses_id:
                return self.tr("冲销第 {id} 条").format(id=e.reverses_id)
            if e.ref_type:
                label = audit_text.ref_type_text(e.ref_type)
                return f"{label} #{e.ref_id}" if e.ref_id else label
            return ""

        def qty(e):
            if e.kind == stock.TRANSFER:
                return f"{num(e.moved)} {e.from_place}→{e.to_place}"
            return num(e.quantity)

        return [
            Column(self.tr("编号"), lambda e: e.id, RIGHT),
            Column(self.tr("时间"), lambda e: e.at),
            Column(self.tr("类型"), lambda e: t(e.kind)),
            Column(self.tr("物品"), lambda e: self._item(e).name if self._item(e) else ""),
            Column(self.tr("数量"), qty, RIGHT, foreground=neg),
            Column(self.tr("单位"), unit),
            Column(self.tr("原因/说明"), lambda e: " ".join(x for x in (e.reason, e.note, e.override_reason) if x)),
            Column(self.tr("关联"), link),
            Column(self.tr("经手人"), lambda e: self._names.get(e.staff_id, "") if e.staff_id else self.tr("系统")),
            Column(self.tr("签批"), signoff),
            Column(self.tr("供应商"), lambda e: e.supplier),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        self._items = {i.id: i for i in stock.all_items()}
        super().refresh()

    def query(self):
        return stock.journal(**self.filters)


class ExpiringModel(QueryTableModel):
    """临期: batches with stock left whose best-before falls within ``days`` (expired first)."""

    def __init__(self, parent=None):
        self.days: int | None = None
        super().__init__(parent)

    def make_columns(self):
        expired = lambda b: RED if b.best_before < dt.date.today() else None  # noqa: E731
        return [
            Column(self.tr("到期日"), lambda b: b.best_before, foreground=expired),
            Column(self.tr("物品"), lambda b: b.item.name, foreground=expired),
            Column(self.tr("剩余"), lambda b: num(b.remaining), RIGHT),
            Column(self.tr("单位"), lambda b: b.item.unit),
            Column(self.tr("入库时间"), lambda b: b.received_at),
            Column(self.tr("开封"), lambda b: b.opened_at or ""),
            Column(self.tr("存放"), lambda b: t(b.item.place)),
        ]

    def query(self):
        return stock.expiring(self.days)


class CountHistoryModel(QueryTableModel):
    def __init__(self, parent=None):
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda c: c.id, RIGHT),
            Column(self.tr("时间"), lambda c: c.counted_at),
            Column(self.tr("类型"), lambda c: t(c.kind) + self.tr("盘点")),
            Column(self.tr("班次"), lambda c: c.shift_id or ""),
            Column(self.tr("盘点人"), lambda c: self._names.get(c.counted_by_id, "")),
            Column(self.tr("会签保安"), lambda c: self._names.get(c.cosigned_by_id, "")),
            Column(self.tr("盲盘"), lambda c: c.blind),
            Column(self.tr("备注"), lambda c: c.note),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def query(self):
        return stockcount.counts()


class PurchaseRequestModel(QueryTableModel):
    def __init__(self, parent=None):
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("单号"), lambda r: r.number),
            Column(self.tr("申请时间"), lambda r: r.created_at),
            Column(self.tr("需用日期"), lambda r: r.for_day),
            Column(self.tr("状态"), lambda r: t(r.status),
                   background=lambda r: AMBER if r.status == purchasing.PENDING else None),
            Column(self.tr("申请人"), lambda r: self._names.get(r.created_by_id, "")),
            Column(self.tr("审批人"), lambda r: self._names.get(r.approved_by_id, "")),
            Column(self.tr("备注"), lambda r: r.note),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def query(self):
        return purchasing.requests()


class PurchaseLineModel(QueryTableModel):
    """Lines of one request; 申请数量 is editable while the request waits for approval."""

    QTY_COLUMN = 5
    failed = Signal(object)  # a refused edit (DeskError), for the widget to show

    def __init__(self, parent=None):
        self.request_id: int | None = None
        self.session = None
        self.editable = False
        self.last_error: DeskError | None = None
        super().__init__(parent)

    def make_columns(self):
        def packs(line):
            item = line.item
            if item.pack_unit and item.pack_factor > 1:
                return f"{num(Decimal(str(line.quantity)) / item.pack_factor)}{item.pack_unit}"
            return ""

        return [
            Column(self.tr("物品"), lambda x: x.item.name),
            Column(self.tr("单位"), lambda x: x.item.unit),
            Column(self.tr("申请时库存"), lambda x: num(x.stock), RIGHT),
            Column(self.tr("日均用量"), lambda x: num(x.daily_use), RIGHT),
            Column(self.tr("建议数量"), lambda x: num(x.proposed), RIGHT),
            Column(self.tr("申请数量"), lambda x: num(x.quantity), RIGHT),
            Column(self.tr("折合包装"), packs, RIGHT),
            Column(self.tr("已到货"), lambda x: num(x.received), RIGHT),
        ]

    def query(self):
        return purchasing.request_lines(self.request_id or 0)  # none chosen: no lines

    def flags(self, index):
        base = super().flags(index)
        if self.editable and index.column() == self.QTY_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return display(self.raw_value(index.row(), index.column()))
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.QTY_COLUMN or self.session is None:
            return False
        line = self.row_object(index.row())
        try:
            updated = purchasing.set_line_quantity(self.session, line.id, value)
        except DeskError as exc:
            self.last_error = exc
            self.failed.emit(exc)
            return False
        line.quantity = updated.quantity
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


class CountSheetModel(GridModel):
    """The count being typed: one row per active item; 实盘 editable, Enter moves down."""

    COUNTED = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[stockcount.SheetLine] = []
        self.counted: dict[int, str] = {}
        self.blind = False
        self.tol = Decimal(0)
        self.headers = [self.tr("类别"), self.tr("物品"), self.tr("单位"), self.tr("账面"), self.tr("实盘"),
                        self.tr("差异")]

    def load(self, lines, *, blind: bool, tol: Decimal) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.counted = {}
        self.blind = blind
        self.tol = tol
        self.endResetModel()

    def difference(self, line) -> Decimal | None:
        raw = self.counted.get(line.item_id)
        if raw in (None, ""):
            return None
        try:
            return Decimal(str(raw)) - Decimal(str(line.expected))
        except Exception:
            return None

    def grid_rows(self) -> list:
        return self.lines

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COUNTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return t(line.category)
            if col == 1:
                return line.name
            if col == 2:
                return line.unit
            if col == 3:
                return "—" if self.blind else display(line.expected)
            if col == self.COUNTED:
                return self.counted.get(line.item_id, "")
            if col == 5:
                diff = self.difference(line)
                if self.blind or diff is None:
                    return ""
                return display(num(diff)) if diff else "0"
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and not self.blind:
            diff = self.difference(line)
            if diff is not None and abs(diff) > self.tol:
                return RED
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COUNTED:
            return AMBER if line.item_id not in self.counted else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COUNTED:
            return False
        line = self.lines[index.row()]
        text = str(value).strip()
        if text:
            self.counted[line.item_id] = text
        else:
            self.counted.pop(line.item_id, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def missing(self) -> list[str]:
        return [line.name for line in self.lines if line.item_id not in self.counted]


class WasteCandidateModel(GridModel):
    """日结 waste offers, each checked by default; 数量 editable."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.checked: set[int] = set()
        self.headers = [self.tr("报损"), self.tr("物品"), self.tr("数量"), self.tr("单位"), self.tr("原因"),
                        self.tr("情况")]

    def load(self, candidates) -> None:
        self.beginResetModel()
        self.rows = list(candidates)
        self.checked = set(range(len(self.rows)))
        self.endResetModel()

    def grid_rows(self) -> list:
        return self.rows

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if index.row() in self.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            qty = row.quantity if isinstance(row.quantity, str) else display(num(row.quantity))
            return {1: row.name, 2: qty, 3: row.unit, 4: t(row.reason), 5: row.why}.get(col)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            (self.checked.add if checked else self.checked.discard)(index.row())
            self.dataChanged.emit(index, index)
            return True
        if index.column() == 2 and role == Qt.ItemDataRole.EditRole:
            self.rows[index.row()].quantity = str(value).strip()
            self.dataChanged.emit(index, index)
            return True
        return False

    def chosen(self) -> list[tuple[int, object, str]]:
        return [(r.batch_id, r.quantity, r.reason) for i, r in enumerate(self.rows) if i in self.checked]
