"""Table models: ``ListTableModel`` over a list, ``QueryTableModel`` over a peewee query loaded
page by page (both read-only), and ``GridModel``, the shape of the grids a person edits.

Subclass one per grid: set ``columns`` (header, value getter, optional alignment)
and, for a query, implement ``query()``. ``refresh()`` reloads after a write; ``QTableView`` calls
``fetchMore`` as the user scrolls, so a year of data opens at once.
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


@dataclass
class Column:
    header: str  # already translated
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag | None = None
    foreground: Callable[[Any], Any] | None = None
    background: Callable[[Any], Any] | None = None


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, decimal.Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class ListTableModel(QAbstractTableModel):
    """A grid over a Python list the screen sets with ``set_rows``. Subclass it once per grid and
    set ``columns`` in ``make_columns()``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[Column] = self.make_columns()
        self._rows: list[Any] = []

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].header
        return None

    def raw_value(self, row: int, column: int) -> Any:
        return self.columns[column].value(self._rows[row])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        col = self.columns[index.column()]
        obj = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(col.value(obj))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(obj)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(obj)
        if role == Qt.ItemDataRole.UserRole:
            return obj
        return None

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def rows_as_values(self):
        """Every row as raw values, for 导出 Excel of what the grid shows."""
        for obj in self._rows:
            yield [c.value(obj) for c in self.columns]


class GridModel(QAbstractTableModel):
    """Rows, columns and header of a grid with its own ``data``/``setData`` (a count sheet, an
    import preview): subclasses set ``self.headers`` and return their list from ``grid_rows()``."""

    headers: list[str] = []

    def grid_rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.grid_rows())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None


class QueryTableModel(ListTableModel):
    """A ListTableModel over a peewee query, loaded page by page (``query()`` to implement)."""

    page_size = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._exhausted = False

    def query(self):
        """A peewee select (ordered); paging is added here."""
        raise NotImplementedError

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._load_page()
        self.endResetModel()

    def prepare(self, rows: list[Any]) -> None:
        """Called with each page of rows before they are shown or exported: a grid whose columns need
        more than the row reads it here for the whole page at once, not with a query per row."""

    def _next_page(self) -> list[Any]:
        page = list(self.query().offset(len(self._rows)).limit(self.page_size))
        if len(page) < self.page_size:
            self._exhausted = True
        self.prepare(page)
        return page

    def _load_page(self) -> list[Any]:
        page = self._next_page()
        self._rows.extend(page)
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        page = self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def rows_as_values(self):
        """Every row (all pages) as raw values, for 导出 Excel of what the grid shows: one pass over
        the query, prepared a page at a time."""
        page: list[Any] = []
        for obj in self.query():
            page.append(obj)
            if len(page) == self.page_size:
                yield from self._values(page)
                page = []
        yield from self._values(page)

    def _values(self, page: list[Any]):
        self.prepare(page)
        for obj in page:
            yield [c.value(obj) for c in self.columns]
