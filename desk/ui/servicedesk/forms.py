"""One small input dialog for every service-desk step, built from a list of fields.

``FormDialog.ask(parent, title, fields)`` returns a dict of values or None; tests monkeypatch
``ask``. Enter moves to the next field; Enter on the last one (or Ctrl+Enter anywhere) accepts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from desk.ui.widgets import fit_hint


@dataclass
class Field:
    key: str
    label: str  # already translated
    kind: str = "text"  # text / multiline / choice / int / datetime / date / password / label
    choices: list = field(default_factory=list)  # [(label, value)] for choice
    default: Any = None
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 9999


class FormDialog(QDialog):
    def __init__(self, parent, title: str, fields: list[Field], note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.fields = fields
        self.editors: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        layout.addLayout(form)
        for f in fields:
            editor = self._editor(f)
            self.editors[f.key] = editor
            form.addRow(f.label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        editable = [e for f, e in zip(fields, self.editors.values()) if f.kind != "label"]
        for i, editor in enumerate(editable):
            if isinstance(editor, QLineEdit):
                last = i == len(editable) - 1
                editor.returnPressed.connect(self.accept if last else self.focusNextChild)
        if editable:
            editable[0].setFocus()

    def _editor(self, f: Field):
        if f.kind == "multiline":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)
            editor.setPlainText(str(f.default or ""))
        elif f.kind == "choice":
            editor = QComboBox()
            for label, value in f.choices:
                editor.addItem(label, value)
            if f.default is not None:
                index = editor.findData(f.default)
                editor.setCurrentIndex(max(index, 0))
        elif f.kind == "int":
            editor = QSpinBox()
            editor.setRange(f.minimum, f.maximum)
            editor.setValue(int(f.default or f.minimum))
        elif f.kind == "datetime":
            editor = QDateTimeEdit()
            editor.setDisplayFormat("yyyy-MM-dd HH:mm")
            editor.setCalendarPopup(True)
            value = f.default or dt.datetime.now().replace(second=0, microsecond=0)
            editor.setDateTime(QDateTime(value))
        elif f.kind == "date":
            editor = QDateEdit()
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setCalendarPopup(True)
            editor.setDate(QDate(f.default or dt.date.today()))
        elif f.kind == "label":
            editor = QLabel(str(f.default or ""))
            editor.setWordWrap(True)
        else:
            editor = QLineEdit("" if f.default is None else str(f.default))
            if f.placeholder:
                editor.setPlaceholderText(f.placeholder)
                fit_hint(editor)
            if f.kind == "password":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
        editor.setObjectName(f"field_{f.key}")
        return editor

    def values(self) -> dict:
        result = {}
        for f in self.fields:
            editor = self.editors[f.key]
            if f.kind == "multiline":
                result[f.key] = editor.toPlainText().strip()
            elif f.kind == "choice":
                result[f.key] = editor.currentData()
            elif f.kind == "int":
                result[f.key] = editor.value()
            elif f.kind == "datetime":
                result[f.key] = editor.dateTime().toPython().replace(second=0, microsecond=0)
            elif f.kind == "date":
                result[f.key] = editor.date().toPython()
            elif f.kind == "label":
                continue
            else:
                result[f.key] = editor.text().strip()
        return result

    @classmethod
    def ask(cls, parent, title: str, fields: list[Field], note: str = "") -> dict | None:
        dialog = cls(parent, title, fields, note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
