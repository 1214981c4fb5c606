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
    return view


def selected_object(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().row_object(index.row())
    return view.model().row_object(rows[0].row())
