"""更正 a repair's or a complaint's field: pick the field, type the right value and the reason. The
record keeps what was first written; the corrections so far are listed below (who, when, from
what to what, why)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout,
)

from desk.services.core.errors import DeskError
from desk.services.servicedesk import complaints, corrections, repairs
from desk.ui.errors import show_error
from desk.ui.models.servicedesk import CorrectionModel, tr_service
from desk.ui.widgets import FieldsDialog, fit_columns, make_table_view


class CorrectionDialog(FieldsDialog):
    def __init__(self, parent, entity: str, record, history: list):
        super().__init__(parent)
        self.entity = entity
        self.record = record
        self.setWindowTitle(self.tr("更正 {number}").format(number=record.number))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.field = QComboBox()
        self.field.setObjectName("field")
        for key, (label, stage, _required) in corrections.FIELDS[entity].items():
            if getattr(record, stage) is not None:  # only what the workflow has filled in
                self.field.addItem(tr_service(label), key)
        form.addRow(self.tr("更正项目"), self.field)
        self.current = QLabel()
        self.current.setObjectName("current")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("现在的内容"), self.current)
        self.text = QPlainTextEdit()
        self.text.setObjectName("value")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        self.choice = QComboBox()
        self.choice.setObjectName("value_choice")
        self.form = form
        form.addRow(self.tr("更正为"), self.text)
        form.addRow(self.tr("更正为"), self.choice)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("为什么更正（必填）"))
        form.addRow(self.tr("原因"), self.reason)
        layout.addWidget(QLabel(self.tr("更正记录（原内容保留，不会被覆盖）")))
        self.history = CorrectionModel(self)
        self.history.set_rows(history)
        view = make_table_view(self.history, self)
        view.setObjectName("corrections")
        fit_columns(view)
        layout.addWidget(view, 1)
        self.add_buttons(layout, self.tr("保存更正"))
        self.reason.returnPressed.connect(self.accept)
        self.field.currentIndexChanged.connect(lambda *_: self._show_field())
        self._show_field()
        self.field.setFocus()

    def _choices(self, key: str) -> list[tuple[str, str]]:
        if self.entity == corrections.REPAIR:
            return [(tr_service(c), c) for c in repairs.CATEGORIES]
        return [(c.name, str(c.id)) for c in complaints.categories()]

    def _show_field(self) -> None:
        key = self.field.currentData()
        if key is None:
            return
        if key == "category":
            value = str(getattr(self.record, "category_id", None) or self.record.category)
            self.choice.clear()
            for label, data in self._choices(key):
                self.choice.addItem(label, data)
            self.choice.setCurrentIndex(max(self.choice.findData(value), 0))
            shown = self.choice.currentText()
        else:
            shown = str(getattr(self.record, key) or "")
            self.text.setPlainText(shown)
        self.form.setRowVisible(self.choice, key == "category")  # a list for a category, else text
        self.form.setRowVisible(self.text, key != "category")
        self.current.setText(shown or self.tr("（空）"))

    def values(self) -> dict:
        key = self.field.currentData()
        value = self.choice.currentData() if key == "category" else self.text.toPlainText().strip()
        return {"field": key, "value": value, "reason": self.reason.text().strip()}

    @classmethod
    def ask(cls, parent, entity: str, record, history: list) -> dict | None:
        dialog = cls(parent, entity, record, history)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


def correct_selected(panel, entity: str) -> None:
    """The 更正… button of the repairs and complaints grids."""
    record = panel.need_selection()
    if record is None:
        return
    try:
        history = corrections.history(entity, record.id)
    except DeskError as exc:
        show_error(panel, exc)
        return
    values = CorrectionDialog.ask(panel, entity, record, history)
    if values is not None:
        panel.act(corrections.correct, entity, record.id, values["field"], values["value"], values["reason"])
