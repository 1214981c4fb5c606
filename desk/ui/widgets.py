"""Small shared widgets: a table view set up the same way everywhere, and a dialog of fields
through which Enter moves."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableView


def make_table_view(model, parent=None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, max_width: int = 360) -> None:
    """Size columns to what they show (sampled rows), capped so one long text cannot take the grid."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount()):
        if header.sectionSize(col) > max_width:
            header.resizeSection(col, max_width)


def selected_object(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().row_object(index.row())
    return view.model().row_object(rows[0].row())


class FieldsDialog(QDialog):
    """A dialog of fields where Enter moves on to the next field and saves from the last one (wire
    that with ``returnPressed``); Ctrl+Enter saves anywhere. Its buttons are never the default, so
    Enter in a field never clicks 保存 behind the person's back."""

    def add_buttons(self, layout, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.buttons = buttons
        return buttons

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        for button in self.buttons.buttons():  # the button box makes OK the default when shown
            button.setAutoDefault(False)
            button.setDefault(False)
