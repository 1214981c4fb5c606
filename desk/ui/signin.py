"""Signing in, switching person and unlocking: a staff code and a PIN, by keyboard alone."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.services.core import staff as staff_service
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.ui.errors import message_of
from desk.ui.widgets import message_line


class SignInForm(QWidget):
    """工号 → Enter → PIN → Enter. Emits ``signed_in(Session)``."""

    signed_in = Signal(object)

    def __init__(self, parent=None, *, prompt: str | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt or self.tr("请输入工号和 PIN"))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.prompt.setFont(font)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("工号"))
        self.code.setMaxLength(16)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        form.addRow(self.tr("工号"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("登录"))
        self.button.setDefault(True)
        layout.addWidget(self.button)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def reset(self, code: str = "") -> None:
        self.code.setText(code)
        self.pin.clear()
        self.message.clear()
        (self.pin if code else self.code).setFocus()

    def submit(self) -> None:
        try:
            session = staff_service.sign_in(self.code.text(), self.pin.text())
        except DeskError as exc:
            self.message.setText(message_of(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.message.clear()
        self.pin.clear()
        self.signed_in.emit(session)


class SignInDialog(QDialog):
    def __init__(self, parent=None, *, title: str | None = None, prompt: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("登录 案场助手"))
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        self.form = SignInForm(self, prompt=prompt)
        layout.addWidget(self.form)
        self.form.signed_in.connect(self._accept)
        self.setMinimumWidth(360)
        self.form.reset()

    def _accept(self, session: Session) -> None:
        self.session = session
        self.accept()

    @classmethod
    def ask(cls, parent=None, **kwargs) -> Session | None:
        dialog = cls(parent, **kwargs)
        return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None


class LockPage(QWidget):
    """What the window shows while locked: nothing of the data, only the sign-in form."""

    unlocked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("屏幕已锁定"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.form = SignInForm(self, prompt=self.tr("输入工号和 PIN 继续（可换人登录）"))
        self.form.setMaximumWidth(420)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.form.signed_in.connect(self.unlocked.emit)
