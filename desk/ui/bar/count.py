"""盘点: the shift count sheet, typed by keyboard (Enter moves down), and the count history."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSplitter, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from desk import settings
from desk.services.bar import stock, count as stockcount
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui.changes import announce
from desk.ui.bar.dialogs import QTY_RE, CosignDialog
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.icons import icon
from desk.ui.models.bar import CountHistoryModel, CountSheetModel, t
from desk.ui.widgets import Notice, fit_columns, make_table_view, selected_object


class QuantityDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setValidator(QRegularExpressionValidator(QTY_RE, editor))
        return editor


class CountView(QTableView):
    """Enter (or Tab) after a quantity moves to the next row's 实盘 cell and opens it."""

    last_row_done = Signal()

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(model.COUNTED, QuantityDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(28)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)

    def closeEditor(self, editor, hint):  # noqa: N802
        move = hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                        QAbstractItemDelegate.EndEditHint.EditNextItem)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move:
            self.move_down()

    def start(self) -> None:
        if self.model().rowCount():
            index = self.model().index(0, self.model().COUNTED)
            self.setFocus()
            self.setCurrentIndex(index)
            if self.state() != QAbstractItemView.State.EditingState:
                self.edit(index)

    def move_down(self) -> None:
        row = self.currentIndex().row() + 1
        if row < self.model().rowCount():
            index = self.model().index(row, self.model().COUNTED)
            self.setCurrentIndex(index)
            if self.state() != QAbstractItemView.State.EditingState:
                self.edit(index)
        else:
            self.last_row_done.emit()

    def keyPressEvent(self, event):  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.move_down()
            return
        super().keyPressEvent(event)


class CountTab(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        for kind in stockcount.COUNT_KINDS:
            self.kind.addItem(t(kind) + self.tr("盘点"), kind)
        self.start_button = QPushButton(self.tr("开始盘点"))
        self.submit_button = QPushButton(self.tr("完成盘点 (Ctrl+Enter)"))
        self.submit_button.setEnabled(False)
        self.submit_button.setAutoDefault(True)  # Enter on the focused button submits
        self.state = QLabel()
        top.addWidget(self.kind)
        top.addWidget(self.start_button)
        top.addWidget(self.state, 1)
        top.addWidget(self.submit_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.sheet = CountSheetModel(self)
        self.view = CountView(self.sheet, self)
        self.view.setObjectName("count_sheet")
        splitter.addWidget(self.view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("盘点记录")), 1)
        self.print_button = QPushButton(icon("print"), self.tr("打印盘点表"))
        bar.addWidget(self.print_button)
        self.history = CountHistoryModel(self)
        bar.addWidget(export_button(self, lambda: self.section.session, self.history, self.tr("水吧盘点记录")))
        lower_layout.addLayout(bar)
        self.history_view = make_table_view(self.history, self)
        lower_layout.addWidget(self.history_view)
        splitter.addWidget(lower)
        splitter.setSizes([500, 200])
        layout.addWidget(splitter, 1)
        self.start_button.clicked.connect(self.start_count)
        self.submit_button.clicked.connect(self.submit)
        self.view.last_row_done.connect(self.submit_button.setFocus)
        self.print_button.clicked.connect(self.print_selected)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.submit)
        self.sheet.dataChanged.connect(lambda *_: self._update_state())

    def refresh(self) -> None:
        self.history.refresh()

    def start_count(self) -> None:
        try:
            self.section.session.require("stock.count")
        except DeskError as exc:
            show_error(self, exc)
            return
        self.sheet.load(stockcount.count_sheet(), blind=bool(settings.get("stock_count_blind")),
                        tol=stockcount.tolerance())
        fit_columns(self.view)
        self.submit_button.setEnabled(True)
        self._update_state()
        self.view.start()

    def _update_state(self) -> None:
        if not self.sheet.lines:
            self.state.setText(self.tr("选择开班或交班，按“开始盘点”；输入数量后回车跳到下一项"))
            return
        missing = len(self.sheet.missing())
        self.state.setText(self.tr("共 {n} 项，未盘 {m} 项").format(n=len(self.sheet.lines), m=missing)
                           + (self.tr("（盲盘）") if self.sheet.blind else ""))

    def submit(self) -> None:
        if not self.sheet.lines:
            return
        editor = QApplication.focusWidget()
        if self.view.state() == QAbstractItemView.State.EditingState and editor is not None \
                and self.view.isAncestorOf(editor):
            self.view.commitData(editor)  # keep what is typed in the open cell
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        session = self.section.session
        kind = self.kind.currentData()
        missing = self.sheet.missing()
        if missing:
            Notice.ask(self, self.tr("盘点未完成"), self.tr("还有 {n} 项未盘点：{names}").format(
                n=len(missing), names="、".join(missing[:8])), Notice.WARNING)
            return
        counted = {line.item_id: self.sheet.counted[line.item_id] for line in self.sheet.lines}
        try:
            parsed = {k: stock.parse_quantity(v, allow_zero=True) for k, v in counted.items()}
        except DeskError as exc:
            show_error(self, exc)
            return
        levels = stock.stock_levels()
        tol = stockcount.tolerance()
        diffs = {line.item_id: parsed[line.item_id] - Decimal(str(levels.get(line.item_id, 0)))
                 for line in self.sheet.lines}
        rows = [(line.item_id, f"{line.name}  {stock.qty_value(diffs[line.item_id]):+}{line.unit}")
                for line in self.sheet.lines if stockcount.beyond_tolerance(diffs[line.item_id], tol)]
        cosigner, reasons = None, {}
        if stockcount.needs_cosign(kind, diffs.values()):
            answer = CosignDialog.ask(self, rows, session.staff_id)
            if answer is None:
                return
            cosigner, reasons = answer
        try:
            count = stockcount.submit_count(session, kind, counted, reasons=reasons, cosigner=cosigner)
        except DeskError as exc:
            show_error(self, exc)
            return
        changed = sum(1 for d in diffs.values() if d)
        self.sheet.load([], blind=False, tol=tol)
        self.submit_button.setEnabled(False)
        self.state.setText(self.tr("第 {id} 号{kind}盘点已完成，差异 {n} 项已记账").format(
            id=count.id, kind=t(kind), n=changed))
        announce(changes.STOCK, count.id)

    def print_selected(self) -> None:
        count = selected_object(self.history_view)
        self.section.print_form("bar_count", count.id if count else None)
