"""Table model of head office's 全部 page: today's key figures, a row per site and the total."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from desk.services.headoffice.sites import KEY_FIGURES
from desk.ui.models.base import Column, ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOTAL = object()  # the total row's marker


class KeyFiguresModel(ListTableModel):
    def make_columns(self):
        columns = [Column(self.tr("站点"), lambda r: self.tr("合计") if r.get("site") is TOTAL else r["site"]),
                   Column(self.tr("数据截至"), lambda r: "" if r.get("site") is TOTAL else r.get("heard") or "—")]
        for key, label in KEY_FIGURES:
            columns.append(Column(QCoreApplication.translate("desk", label), lambda r, k=key: r[k], RIGHT))
        return columns

    def set_figures(self, figures: dict) -> None:
        self.set_rows([*figures["rows"], {"site": TOTAL, "heard": None, **figures["total"]}])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_object(index.row()).get("site") is TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
