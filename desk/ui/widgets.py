"""Small shared widgets: a table view set up the same way everywhere."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
